package article

import (
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"
)

func readFixture(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var pageURL = &url.URL{Scheme: "https", Host: "courier.example", Path: "/news/local/alder-floods"}

func TestExtractNewsPage(t *testing.T) {
	out, err := Extract(strings.NewReader(readFixture(t, "news.html")), pageURL)
	if err != nil {
		t.Fatal(err)
	}
	text := Render(out).Text()
	t.Log(text)
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		page string
		want error
	}{
		{"paywall", readFixture(t, "paywall.html"), ErrPaywall},
		{"no article", readFixture(t, "noarticle.html"), ErrNoArticle},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", ErrNotHTML},
		{"json", `{"title": "not a page", "items": [1, 2, 3]}`, ErrNotHTML},
		{"deep", strings.Repeat("<div>", 100000) + strings.Repeat("text ", 200), ErrNoArticle},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, err := Extract(strings.NewReader(tc.page), pageURL)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Extract = %q, %v; want %v", out, err, tc.want)
			}
		})
	}
}
