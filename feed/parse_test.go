package feed

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file, title, site string
		first             Article // only the fields set here are compared
		n                 int
	}{
		{"rss091.xml", "Harbour Gazette", "https://gazette.example/", Article{
			Title: "Ferry service resumes", Link: "https://gazette.example/news/ferry",
			GUID: "https://gazette.example/news/ferry", Content: "The ferry to Hull resumed on Monday.",
		}, 2},
		{"rss10.rdf", "RDF Wire", "https://rdf.example/", Article{
			Title: "Council votes on budget", Link: "https://rdf.example/a1", GUID: "https://rdf.example/a1",
			Author: "Ana Reyes", Published: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC),
			Content: "The council voted 7 to 2.", Categories: []string{"Politics"},
		}, 1},
		{"rss20.xml", "The Daily Planet", "https://planet.example/", Article{
			Title: "Breaking: talks & terms", Link: "https://planet.example/articles/talks", GUID: "planet-1",
			Author: "Lois Lane", Published: time.Date(2024, 4, 30, 8, 15, 0, 0, time.UTC),
			Content:    `<p>"We are close to a deal," said Maria Lopez in Lisbon on Monday.</p><p>Talks resume in Kyiv.</p>`,
			Summary:    "Short teaser.",
			Categories: []string{"World", "Europe", "Politics", "Diplomacy"},
		}, 2},
		{"atom.xml", "Atom Times", "https://atom.example/", Article{
			Title: "Rain again", Link: "https://atom.example/2024/rain", GUID: "tag:atom.example,2024:rain",
			Author: "Jo Weather, Sam Cloud", Published: time.Date(2024, 5, 2, 9, 0, 0, 0, time.UTC),
			Updated: time.Date(2024, 5, 2, 11, 30, 0, 0, time.UTC),
			Content: "<p>It rained in Paris all day.</p>", Summary: "It rained.", Categories: []string{"Weather"},
		}, 1},
		{"feed.json", "JSON Journal", "https://json.example/", Article{
			Title: "Bridge opens", Link: "https://json.example/j1", GUID: "j1", Author: "Kari Nord",
			Published: time.Date(2024, 5, 3, 7, 0, 0, 0, time.UTC),
			Content:   "<p>The bridge opened in Oslo.</p>", Summary: "A bridge.", Categories: []string{"Local", "Transport"},
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(readFixture(t, tt.file), "https://feeds.example/"+tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != tt.title || f.SiteLink != tt.site || len(f.Articles) != tt.n {
				t.Fatalf("feed %q %q with %d articles, want %q %q %d", f.Title, f.SiteLink, len(f.Articles), tt.title, tt.site, tt.n)
			}
			got := f.Articles[0]
			want := tt.first
			want.FeedURL, want.FeedTitle = f.URL, tt.title
			if want.Updated.IsZero() && !got.Updated.Equal(got.Published) {
				want.Updated = got.Updated // RSS gives no separate update time
			}
			if want.Updated.IsZero() {
				want.Updated = got.Updated
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("first article:\n got  %+v\n want %+v", got, want)
			}
		})
	}
}

func TestParseHostileItem(t *testing.T) {
	f, err := Parse(readFixture(t, "rss20.xml"), "https://planet.example/rss")
	if err != nil {
		t.Fatal(err)
	}
	a := f.Articles[1]
	if strings.ContainsAny(a.Title, "\x1b\u202e") {
		t.Errorf("title kept control characters: %q", a.Title)
	}
	if a.Link != "" {
		t.Errorf("javascript: link kept: %q", a.Link)
	}
	if a.Content != "<p>Only a description here.</p>" || a.Summary != "" {
		t.Errorf("description-only item: content %q summary %q", a.Content, a.Summary)
	}
	if a.GUID == "" {
		t.Error("item without guid or link got no GUID")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		notFeed        bool
	}{
		{"html", string(readFixture(t, "page.html")), "not a feed: got an HTML page", true},
		{"garbage", "\x00\x01binary junk", "not a feed: no RSS, Atom or JSON Feed found", true},
		{"empty", "  \n", "not a feed: empty document", true},
		{"truncated", string(readFixture(t, "truncated.xml")), "parse feed: XML syntax error on line 4: unexpected EOF", false},
		{"bad json", `{"version": "https://jsonfeed.org/version/1", "items": [`, "parse feed:", false},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.in), "https://x.example/")
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || errors.Is(err, ErrNotFeed) != tt.notFeed {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestParseCaps(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss version="2.0"><channel><title>Big</title>`)
	for i := range MaxItems + 5 {
		fmt.Fprintf(&b, "<item><title>%s</title><guid>g%d</guid><description>%s</description></item>",
			strings.Repeat("t", 3000), i, map[bool]string{true: strings.Repeat("x", MaxContent+10)}[i == 0])
	}
	b.WriteString("</channel></rss>")
	f, err := Parse([]byte(b.String()), "https://big.example/")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Articles) != MaxItems {
		t.Errorf("%d articles, want the cap %d", len(f.Articles), MaxItems)
	}
	if n := len([]rune(f.Articles[0].Title)); n > 1024 {
		t.Errorf("title of %d runes kept", n)
	}
	if n := len(f.Articles[0].Content); n > MaxContent {
		t.Errorf("content of %d bytes kept", n)
	}
}

func TestNormaliseCategories(t *testing.T) {
	got := NormaliseCategories([]string{" World / Europe ", "politics,  Diplomacy", "WORLD", "", "/", "<b>Tech</b>"})
	want := []string{"World", "Europe", "politics", "Diplomacy", "Tech"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestToUTF8(t *testing.T) {
	tests := []struct {
		file, contentType, title, item string
	}{
		{"latin1.xml", "", "Café Crème", "Naïve façade in München"},
		{"latin1.xml", "application/rss+xml; charset=ISO-8859-1", "Café Crème", "Naïve façade in München"},
		{"latin1.xml", "text/xml; charset=utf-8", "Café Crème", "Naïve façade in München"}, // the header lies; the prolog wins
		{"cp1251.xml", "", "Новости", "Привет, Москва"},
		{"cp1251-noprolog.xml", "text/xml; charset=windows-1251", "Новости", "Привет, Москва"},
		{"rss20.xml", "text/xml", "The Daily Planet", "Breaking: talks & terms"},
	}
	for _, tt := range tests {
		body, err := toUTF8(readFixture(t, tt.file), tt.contentType)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		f, err := Parse(body, "https://x.example/")
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if f.Title != tt.title || f.Articles[0].Title != tt.item {
			t.Errorf("%s (%s): got %q / %q", tt.file, tt.contentType, f.Title, f.Articles[0].Title)
		}
	}
}

func TestToUTF8Repairs(t *testing.T) {
	body, err := toUTF8([]byte("<rss version=\"2.0\"><channel><title>bad \xff\xfe byte</title></channel></rss>"), "")
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(body, "https://x.example/")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "bad \uFFFD\uFFFD byte" && f.Title != "bad \uFFFD byte" {
		t.Errorf("title %q", f.Title)
	}
	_, err = toUTF8([]byte(`<?xml version="1.0" encoding="x-klingon"?><rss/>`), "")
	if err == nil || err.Error() != `unknown charset "x-klingon"` {
		t.Errorf("unknown charset: error %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"rss091.xml", "rss10.rdf", "rss20.xml", "atom.xml", "feed.json", "truncated.xml"} {
		f.Add(readFixture(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		body, err := toUTF8(data, "")
		if err != nil {
			return
		}
		feed, err := Parse(body, "https://fuzz.example/feed")
		if err != nil {
			return
		}
		for _, a := range feed.Articles {
			if strings.ContainsAny(a.Title+a.Author+a.GUID+a.Link, "\x1b\n\r\x00") || !utf8.ValidString(a.Content) {
				t.Fatalf("unsanitised article %+v", a)
			}
		}
	})
}

func TestParseRemovesRawEscapeSequencesWhole(t *testing.T) {
	doc := "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T\x1b]0;pwned\x07 feed</title>" +
		"<item><title>A \x1b[2Jcalm\x1b]52;c;Zm9v\x07 title</title><guid>g</guid><description>x</description></item></channel></rss>"
	f, err := Parse([]byte(doc), "https://x.test/f")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "T feed" || f.Articles[0].Title != "A calm title" {
		t.Fatalf("escape sequences left text behind: %q, %q", f.Title, f.Articles[0].Title)
	}
}
