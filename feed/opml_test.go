package feed

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

const opmlSample = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
<head><title>Export</title></head>
<body>
  <outline text="News">
    <outline text="World">
      <outline text="BBC" title="BBC World" type="rss" xmlUrl="https://bbc.example/rss" htmlUrl="https://bbc.example/"/>
    </outline>
    <outline text="NPR" type="rss" xmlUrl=" https://npr.example/rss " category="/radio,us"/>
  </outline>
  <outline text="https://flat.example/feed" xmlUrl="https://flat.example/feed"/>
  <outline text="No URL, no feed"/>
</body>
</opml>`

func TestReadOPML(t *testing.T) {
	got, err := ReadOPML(strings.NewReader(opmlSample))
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{URL: "https://bbc.example/rss", Title: "BBC World", Tags: []string{"News", "World"}},
		{URL: "https://npr.example/rss", Title: "NPR", Tags: []string{"News", "radio", "us"}},
		{URL: "https://flat.example/feed"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	subs := []Subscription{
		{URL: "https://a.example/rss?x=1&y=2", Title: `A & "B" <C>`, Tags: []string{"news", "world news"}},
		{URL: "https://b.example/", Tags: []string{"news"}, Hidden: true},
		{URL: "https://c.example/", Title: "Untagged"},
		{URL: "https://d.example/", Title: "Tech", Tags: []string{"tech", "linux", "go"}},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, subs); err != nil {
		t.Fatal(err)
	}
	got, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	byURL := map[string]Subscription{}
	for _, s := range got {
		byURL[s.URL] = s
	}
	for _, s := range subs {
		if !reflect.DeepEqual(byURL[s.URL], s) {
			t.Errorf("round trip of %s: got %+v", s.URL, byURL[s.URL])
		}
	}
	if len(got) != len(subs) {
		t.Errorf("got %d subscriptions, want %d", len(got), len(subs))
	}
}

func TestReadOPMLHostile(t *testing.T) {
	deep := "<opml><body>" + strings.Repeat("<outline text='x'>", 100) + strings.Repeat("</outline>", 100) + "</body></opml>"
	huge := "<opml><body>" + strings.Repeat("<outline text='x' xmlUrl='https://x.example/'/>", maxOPMLSize/40) + "</body></opml>"
	tests := []struct{ name, in, want string }{
		{"deep", deep, "opml line 1: nested deeper than 64 levels"},
		{"html", "<html><body>hi</body></html>", "opml: not an OPML document (root element <html>)"},
		{"empty", "", "opml: not an OPML document (empty)"},
		{"syntax", "<opml>\n<body>\n<outline text='a'></body>", "opml: XML syntax error on line 3: element <outline> closed by </body>"},
	}
	for _, tt := range tests {
		_, err := ReadOPML(strings.NewReader(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.want)
		}
	}
	_, err := ReadOPML(strings.NewReader(huge))
	var tl *TooLargeError
	if !errors.As(err, &tl) || !strings.Contains(err.Error(), "OPML file larger than 10 MiB") {
		t.Errorf("huge: error = %v", err)
	}
}

func FuzzReadOPML(f *testing.F) {
	f.Add(opmlSample)
	f.Add("<opml><body><outline xmlUrl='x'><outline xmlUrl='y' category='a,/b'/></outline></body></opml>")
	f.Fuzz(func(t *testing.T, in string) {
		subs, err := ReadOPML(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range subs {
			if s.URL == "" {
				t.Fatalf("subscription without URL from %q", in)
			}
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, subs); err != nil {
			t.Fatal(err)
		}
		if again, err := ReadOPML(&buf); err != nil || len(again) != len(subs) {
			t.Fatalf("re-reading the export: %d of %d feeds, %v", len(again), len(subs), err)
		}
	})
}
