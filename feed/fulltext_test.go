package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"dateline/feed/article"
)

func TestFetchFullText(t *testing.T) {
	page := readFixture(t, "page-article.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) { w.Write(page) })
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		// "café" in Latin-1, in a page long enough to count as an article.
		w.Write([]byte(strings.Replace(string(page), "a cafe", "a caf\xe9", 1)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	srv := serve(t, mux.ServeHTTP)
	f := testFetcher(t, FetcherOptions{HeaderTimeout: 300 * time.Millisecond})

	html, ents, err := FetchFullText(context.Background(), f, srv.URL+"/story")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(html, "cranes running again") || strings.Contains(html, "<nav") {
		t.Errorf("extracted %q", html)
	}
	if want := EntitiesOf(html); fmt.Sprint(ents) != fmt.Sprint(want) {
		t.Errorf("entities %v, want %v", ents, want)
	}
	html, _, err = FetchFullText(context.Background(), f, srv.URL+"/latin")
	if err != nil || !strings.Contains(html, "a café") {
		t.Errorf("Latin-1 page: %v, café not found", err)
	}

	tests := []struct{ link, failure string }{
		{srv.URL + "/slow", "timeout"},
		{srv.URL + "/missing", "HTTP 404"},
		{"javascript:alert(1)", `not a web link: "javascript:alert(1)"`},
	}
	for _, tt := range tests {
		_, _, err := FetchFullText(context.Background(), f, tt.link)
		if got := FullTextFailure(err); got != tt.failure {
			t.Errorf("%s: failure %q (%v), want %q", tt.link, got, err, tt.failure)
		}
	}
}

func TestFullTextFailure(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{nil, ""},
		{fmt.Errorf("x: %w", article.ErrPaywall), "paywall"},
		{fmt.Errorf("%w: too deep", article.ErrNoArticle), "no article found"},
		{&HTTPError{Code: 403, Status: "403 Forbidden"}, "HTTP 403"},
		{fmt.Errorf("%w after 30s", ErrTimeout), "timeout"},
		{&TooLargeError{What: "body", Limit: 5 << 20}, "page too large"},
		{article.ErrNotHTML, "not HTML"},
		{errors.New("connection refused\x1b[2J"), "connection refused"}, // a server's words, sanitised
	}
	for _, tt := range tests {
		if got := FullTextFailure(tt.err); got != tt.want {
			t.Errorf("FullTextFailure(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
