package article

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
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
	doc := Render(out)
	text := doc.Text()
	wantLinks := []Link{{1, "https://courier.example/reports/culvert-2025", "report last autumn"}}
	if !reflect.DeepEqual(doc.Links, wantLinks) {
		t.Errorf("links = %+v, want %+v (relative links made absolute)", doc.Links, wantLinks)
	}
	for _, want := range []string{
		"The River Alder burst its banks in the early hours of Friday",
		"“We had about forty minutes’ warning,” said Tomas Varga",
		"Defences overwhelmed",
		"The culvert was always going to be the problem.",
		"Councillor Ruth Abernethy",
		"Sandbags are available from the depot on Station Road while stocks last.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("story text missing %q", want)
		}
	}
	for _, unwanted := range []string{
		"Politics", "Weather", // navigation
		"Advertisement", "sparkling water", "garden furniture", "Cheap flights", // ads
		"Related stories", "Quay wall opens", // related links
		"floodwatcher77", "Nobody ever listens", "Write a comment", // comments
		"All rights reserved", "Privacy policy", // footer
		"dataLayer", "font-family", // script, style
	} {
		if strings.Contains(text, unwanted) {
			t.Errorf("extracted text contains %q:\n%s", unwanted, text)
		}
	}
}

// Paywall words around a full article, or in scripts, do not hide it.
func TestExtractFullArticleDespitePaywallWords(t *testing.T) {
	page := strings.Replace(readFixture(t, "news.html"), "</footer>",
		"<p>Already a subscriber? Sign in.</p><script>var paywall = {enabled: false};</script></footer>", 1)
	out, err := Extract(strings.NewReader(page), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Sandbags are available") {
		t.Errorf("article missing: %q", out)
	}
}

func TestExtractLegacyEncoding(t *testing.T) {
	page := strings.Replace(readFixture(t, "news.html"), `<meta charset="utf-8">`, `<meta charset="iso-8859-1">`, 1)
	page = strings.Replace(page, "the lower town of Brackenford", "the lower town of Br\xe6kenford caf\xe9", 1)
	out, err := Extract(strings.NewReader(page), pageURL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Brækenford café") {
		t.Errorf("Latin-1 text not decoded: %q", out)
	}
}

// A page far over MaxPage is read only up to the cap, and still yields its
// article.
func TestExtractHugePage(t *testing.T) {
	page := readFixture(t, "news.html")
	filler := "<div class=\"archive\"><p>" + strings.Repeat("more filler words here ", 40) + "</p></div>\n"
	huge := strings.Replace(page, "</main>", strings.Repeat(filler, (2*MaxPage)/len(filler))+"</main>", 1)
	if len(huge) < 2*MaxPage {
		t.Fatalf("test page is only %d bytes", len(huge))
	}
	out, err := Extract(strings.NewReader(huge), pageURL)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "The River Alder burst its banks") {
		t.Errorf("story missing from a huge page's extract (%d bytes)", len(out))
	}
	if len(out) > MaxPage {
		t.Errorf("extract is %d bytes, more than the %d read", len(out), MaxPage)
	}
}

// bigNewsPage pads the news page to about 200 KB the way real pages are
// padded: inline scripts and styles, long menus, related links, comments.
func bigNewsPage(tb testing.TB) string {
	page := readFixture(tb, "news.html")
	var script, menu, comments strings.Builder
	for i := range 1200 {
		fmt.Fprintf(&script, "window.__cfg[%d]={slot:'ad-%d',sizes:[[300,250],[728,90]],targeting:{section:'news'}};\n", i, i)
	}
	for i := range 400 {
		fmt.Fprintf(&menu, "<li><a href=\"/section/%d\">Section number %d</a></li>", i, i)
	}
	for i := range 450 {
		fmt.Fprintf(&comments, "<div class=\"comment\"><span>reader%d</span><p>Comment %d: I have lived here for years and this keeps happening every winter.</p></div>\n", i, i)
	}
	page = strings.Replace(page, "</head>", "<script>"+script.String()+"</script></head>", 1)
	page = strings.Replace(page, "</nav>", "<ul>"+menu.String()+"</ul></nav>", 1)
	return strings.Replace(page, "</section>", comments.String()+"</section>", 1)
}

func BenchmarkExtract(b *testing.B) {
	page := bigNewsPage(b)
	if len(page) < 150<<10 {
		b.Fatalf("benchmark page is only %d bytes", len(page))
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Extract(strings.NewReader(page), pageURL); err != nil {
			b.Fatal(err)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		page string
		want error
	}{
		{"paywall", readFixture(t, "paywall.html"), ErrPaywall},
		{"paywall, schema.org flag only", `<html><head><script type="application/ld+json">{"isAccessibleForFree": "False"}</script></head>
<body><article><h1>Deal</h1><p>` + strings.Repeat("A teaser sentence about the deal. ", 12) + `</p></article></body></html>`, ErrPaywall},
		{"no article", readFixture(t, "noarticle.html"), ErrNoArticle},
		{"empty", "", ErrNotHTML},
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
