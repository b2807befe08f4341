package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"dateline/feed/samplefeed"
)

// testFetcher has timeouts short enough for tests.
func testFetcher(t *testing.T, opt FetcherOptions) *Fetcher {
	t.Helper()
	if opt.Timeout == 0 {
		opt.Timeout = 3 * time.Second
	}
	if opt.HeaderTimeout == 0 {
		opt.HeaderTimeout = 2 * time.Second
	}
	f := NewFetcher(opt)
	t.Cleanup(f.Close)
	return f
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

const tinyRSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Tiny</title>` +
	`<item><title>One</title><guid>1</guid><link>https://tiny.example/1</link><description>Hello</description></item></channel></rss>`

func TestFetchSendsValidators(t *testing.T) {
	tests := []struct {
		name   string
		state  FetchState
		header string
	}{
		{"etag", FetchState{ETag: `"v1"`}, "If-None-Match"},
		{"last-modified", FetchState{LastModified: "Wed, 01 May 2024 10:00:00 GMT"}, "If-Modified-Since"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got http.Header
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				got = r.Header.Clone()
				w.WriteHeader(http.StatusNotModified)
			})
			resp, err := testFetcher(t, FetcherOptions{}).Fetch(context.Background(), srv.URL, tt.state)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.state.ETag + tt.state.LastModified
			if got.Get(tt.header) != want {
				t.Errorf("%s = %q, want %q", tt.header, got.Get(tt.header), want)
			}
			if !resp.NotModified || len(resp.Body) != 0 || resp.State != tt.state {
				t.Errorf("response %+v, want NotModified with the old state", resp)
			}
			if ua := got.Get("User-Agent"); ua != "dateline/dev (+https://dateline.invalid)" {
				t.Errorf("User-Agent %q", ua)
			}
			if !strings.HasPrefix(got.Get("Accept"), "application/rss+xml") {
				t.Errorf("Accept %q", got.Get("Accept"))
			}
		})
	}
}

func TestFetchKeepsValidators(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"abc"`)
		w.Header().Set("Last-Modified", "Wed, 01 May 2024 10:00:00 GMT")
		fmt.Fprint(w, tinyRSS)
	})
	resp, err := testFetcher(t, FetcherOptions{}).Fetch(context.Background(), srv.URL, FetchState{})
	if err != nil {
		t.Fatal(err)
	}
	want := FetchState{ETag: `"abc"`, LastModified: "Wed, 01 May 2024 10:00:00 GMT"}
	if resp.State != want || string(resp.Body) != tinyRSS {
		t.Errorf("state %+v body %q", resp.State, resp.Body)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, tinyRSS) })
	mux.Handle("/moved", http.RedirectHandler("/moved2", http.StatusMovedPermanently))
	mux.Handle("/moved2", http.RedirectHandler("/feed", http.StatusPermanentRedirect))
	mux.Handle("/temp", http.RedirectHandler("/feed", http.StatusFound))
	mux.Handle("/mixed", http.RedirectHandler("/temp", http.StatusMovedPermanently))
	mux.Handle("/loop-a", http.RedirectHandler("/loop-b", http.StatusFound))
	mux.Handle("/loop-b", http.RedirectHandler("/loop-a", http.StatusFound))
	mux.HandleFunc("/endless/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, r.URL.Path+"x", http.StatusFound)
	})
	srv := serve(t, mux.ServeHTTP)
	tests := []struct{ path, redirected, err string }{
		{"/moved", srv.URL + "/feed", ""},
		{"/temp", "", ""},
		{"/mixed", "", ""}, // a temporary hop on the way: the old URL stays right
		{"/loop-a", "", "redirect loop at " + srv.URL + "/loop-a"},
		{"/endless/", "", "stopped after 10 redirects"},
	}
	f := testFetcher(t, FetcherOptions{})
	for _, tt := range tests {
		resp, err := f.Fetch(context.Background(), srv.URL+tt.path, FetchState{})
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%s: error %v, want %q", tt.path, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		if resp.RedirectedTo != tt.redirected || resp.FinalURL != srv.URL+"/feed" {
			t.Errorf("%s: RedirectedTo %q FinalURL %q, want %q", tt.path, resp.RedirectedTo, resp.FinalURL, tt.redirected)
		}
	}
}

func TestFetchRetryAfter(t *testing.T) {
	tests := []struct {
		name, retry string
		code        int
		calls       int32
		err         string
	}{
		{"seconds", "1", http.StatusServiceUnavailable, 2, ""},
		{"too long", "120", http.StatusTooManyRequests, 1, "HTTP 429 Too Many Requests (retry after 2m0s)"},
		{"none", "", http.StatusServiceUnavailable, 1, "HTTP 503 Service Unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					if tt.retry != "" {
						w.Header().Set("Retry-After", tt.retry)
					}
					w.WriteHeader(tt.code)
					return
				}
				fmt.Fprint(w, tinyRSS)
			})
			start := time.Now()
			_, err := testFetcher(t, FetcherOptions{MaxRetryWait: 2 * time.Second}).Fetch(context.Background(), srv.URL, FetchState{})
			if (err == nil) != (tt.err == "") || (err != nil && err.Error() != tt.err) {
				t.Errorf("error %v, want %q", err, tt.err)
			}
			if calls.Load() != tt.calls {
				t.Errorf("%d requests, want %d", calls.Load(), tt.calls)
			}
			if tt.calls == 2 && time.Since(start) < 900*time.Millisecond {
				t.Errorf("retried after %v, before Retry-After", time.Since(start))
			}
		})
	}
}

func TestFetchRetryAfterRespectsContext(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := testFetcher(t, FetcherOptions{MaxRetryWait: 10 * time.Second, Timeout: 20 * time.Second}).Fetch(ctx, srv.URL, FetchState{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("cancelled wait took %v", d)
	}
}

func TestRetryAfterParse(t *testing.T) {
	now := time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)
	tests := map[string]time.Duration{
		"7":                             7 * time.Second,
		"-3":                            0,
		"Wed, 01 May 2024 10:00:30 GMT": 30 * time.Second,
		"Wed, 01 May 2024 09:00:00 GMT": 0,
		"soon":                          0,
	}
	for in, want := range tests {
		if got := retryAfter(in, now); got != want {
			t.Errorf("retryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestFetchFailures(t *testing.T) {
	bomb := gzipBomb(t, 64<<20)
	mux := http.NewServeMux()
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", 500) })
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(599) })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 2<<20))
	})
	mux.HandleFunc("/biglen", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(50<<20))
		w.Write(bytes.Repeat([]byte("x"), 64<<10)) // the rest never comes: the fetch must not wait for it
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<rss>"))
		for {
			w.(http.Flusher).Flush()
			select {
			case <-time.After(20 * time.Millisecond):
				w.Write([]byte(" "))
			case <-r.Context().Done():
				return
			}
		}
	})
	srv := serve(t, mux.ServeHTTP)
	f := testFetcher(t, FetcherOptions{MaxBody: 1 << 20, Timeout: 600 * time.Millisecond, HeaderTimeout: 300 * time.Millisecond})
	tests := []struct{ path, want string }{
		{"/404", "HTTP 404 Not Found"},
		{"/500", "HTTP 500 Internal Server Error"},
		{"/teapot", "HTTP 599"},
		{"/big", "body larger than 1 MiB"},
		{"/biglen", "body larger than 1 MiB"},
		{"/bomb", "body larger than 1 MiB"},
		{"/slow", "timed out: net/http: timeout awaiting response headers"},
		{"/trickle", "timed out after 600ms"},
	}
	for _, tt := range tests {
		start := time.Now()
		_, err := f.Fetch(context.Background(), srv.URL+tt.path, FetchState{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.path, err, tt.want)
		}
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: took %v to fail", tt.path, d)
		}
	}
	if got := (&TooLargeError{What: "body", Limit: 20 << 20}).Error(); got != "body larger than 20 MiB" {
		t.Errorf("default cap message %q", got)
	}
}

func gzipBomb(t *testing.T, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < n; i += len(zero) {
		zw.Write(zero)
	}
	zw.Close()
	return buf.Bytes()
}

func TestFetchDeclaredCharset(t *testing.T) {
	body := readFixture(t, "cp1251-noprolog.xml")
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=windows-1251")
		w.Write(body)
	})
	resp, err := testFetcher(t, FetcherOptions{}).Fetch(context.Background(), srv.URL, FetchState{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(resp.Body, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if f.Articles[0].Title != "Привет, Москва" {
		t.Errorf("title %q", f.Articles[0].Title)
	}
}

func TestFetchLocal(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(path, []byte(tinyRSS), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.xml")
	if err := os.WriteFile(big, bytes.Repeat([]byte(" "), 2<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	f := testFetcher(t, FetcherOptions{MaxBody: 1 << 20})
	t.Chdir(dir)
	for _, u := range []string{path, "file://" + path, "feed.xml", "./feed.xml"} {
		resp, err := f.Fetch(context.Background(), u, FetchState{})
		if err != nil || string(resp.Body) != tinyRSS {
			t.Errorf("%s: %v %+v", u, err, resp)
		}
	}
	resp, err := f.Fetch(context.Background(), samplefeed.URL, FetchState{})
	if err != nil || !bytes.Equal(resp.Body, samplefeed.Data) {
		t.Errorf("builtin:sample: %v", err)
	}
	if _, err := f.Fetch(context.Background(), big, FetchState{}); err == nil || err.Error() != "file larger than 1 MiB" {
		t.Errorf("big file: %v", err)
	}
	if _, err := f.Fetch(context.Background(), "gopher://x.example/", FetchState{}); err == nil || !strings.Contains(err.Error(), "not a feed URL") {
		t.Errorf("gopher: %v", err)
	}
	if _, err := f.Fetch(context.Background(), "missing.xml", FetchState{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestFetchPerHost(t *testing.T) {
	var cur, peak atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		defer cur.Add(-1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		time.Sleep(30 * time.Millisecond)
		fmt.Fprint(w, tinyRSS)
	})
	f := testFetcher(t, FetcherOptions{PerHost: 2})
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Fetch(context.Background(), fmt.Sprintf("%s/%d", srv.URL, i), FetchState{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if peak.Load() != 2 {
		t.Errorf("peak concurrency per host %d, want 2", peak.Load())
	}
}

func TestFetchGzip(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("no gzip in Accept-Encoding")
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write([]byte(tinyRSS))
		zw.Close()
	})
	resp, err := testFetcher(t, FetcherOptions{}).Fetch(context.Background(), srv.URL, FetchState{})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != tinyRSS {
		t.Errorf("gzip feed body %q", resp.Body)
	}
}
