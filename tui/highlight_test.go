package tui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dateline/feed/article"
	"dateline/feed/entity"
)

func TestWrapRunes(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  [][2]int
	}{
		{"hello world foo", 11, [][2]int{{0, 11}, {12, 15}}},
		{"hello world foo", 40, [][2]int{{0, 15}}},
		{"abcdefghij", 4, [][2]int{{0, 4}, {4, 8}, {8, 10}}},
		{"ab\ncd", 10, [][2]int{{0, 2}, {3, 5}}},
		{"", 10, [][2]int{{0, 0}}},
		{"日本語の文", 4, [][2]int{{0, 2}, {2, 4}, {4, 5}}}, // wide runes: 2 cells each
	}
	for _, tt := range tests {
		if got := wrapRunes([]rune(tt.text), tt.width); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("wrapRunes(%q, %d) = %v, want %v", tt.text, tt.width, got, tt.want)
		}
	}
}

func TestMarksLayers(t *testing.T) {
	res := entity.Result{
		People: []entity.Person{{Name: "A", Quoted: true, Mentions: []entity.Span{{Start: 2, End: 4}}}, {Name: "B", Mentions: []entity.Span{{Start: 6, End: 7}}}},
		Quotes: []entity.Quote{{Start: 0, End: 8, Speaker: "A"}},
		Places: []entity.Place{{Name: "P", Mentions: []entity.Span{{Start: 7, End: 9}}}},
	}
	marks := marksFor(res, map[string]int{"A": 0}, 1, 9) // runes 1..9
	kinds := make([]markKind, len(marks))
	for i, m := range marks {
		kinds[i] = m.kind
	}
	want := []markKind{markQuote, markSpeakerName, markSpeakerName, markQuote, markQuote, markPerson, markPlace, markPlace, markNone}
	if !reflect.DeepEqual(kinds, want) {
		t.Fatalf("marks = %v, want %v", kinds, want)
	}
}

func TestSpeakerOrderIsFirstQuote(t *testing.T) {
	res := entity.Result{Quotes: []entity.Quote{{Start: 50, Speaker: "B"}, {Start: 10, Speaker: "A"}, {Start: 70, Speaker: "B"}}}
	if got := speakerOrder(res); !reflect.DeepEqual(got, []string{"A", "B"}) {
		t.Fatalf("order %v", got)
	}
}

// TestRenderBodyHighlights checks that spans given as offsets into the
// whole text land on the right runes of a later block, across a wrap.
func TestRenderBodyHighlights(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI256)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st := newStyles(defaultColors(), false)

	first := "Intro."
	second := `Ann Lee said "prices will fall" in Paris.`
	base := len(first) + 2 // blocks are joined by a blank line
	at := func(s string) int { return base + strings.Index(second, s) }
	doc := article.Doc{Blocks: []article.Block{
		{Kind: article.Paragraph, Text: first, Start: 0},
		{Kind: article.Paragraph, Text: second, Start: base},
	}}
	res := entity.Result{
		People: []entity.Person{{Name: "Ann Lee", Quoted: true, Mentions: []entity.Span{{Start: at("Ann"), End: at("Ann") + 7}}}},
		Quotes: []entity.Quote{{Start: at(`"prices`), End: at(` in Paris`), Speaker: "Ann Lee", Direct: true}},
		Places: []entity.Place{{Name: "Paris", Mentions: []entity.Span{{Start: at("Paris"), End: at("Paris") + 5}}}},
	}
	q, name := st.speaker(0)
	want := []string{
		"Intro.",
		"",
		name.Render("Ann Lee") + " said " + q.Render(`"prices`),
		q.Render(`will fall"`) + " in " + st.Place.Render("Paris") + ".",
	}
	got := renderBody(doc, res, 20, &st, true)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("highlighted:\n%q\nwant\n%q", got, want)
	}
	plain := renderBody(doc, res, 20, &st, false)
	if strings.Join(plain, "\n") != "Intro.\n\nAnn Lee said \"prices\nwill fall\" in Paris." {
		t.Fatalf("highlights off: %q", plain)
	}
}

func TestRenderBlockKinds(t *testing.T) {
	st := newStyles(defaultColors(), true)
	doc := article.Doc{
		Blocks: []article.Block{
			{Kind: article.Heading, Level: 2, Text: "Heading"},
			{Kind: article.Quote, Text: "quoted words here"},
			{Kind: article.ListItem, Level: 2, Marker: "•", Text: "nested item that wraps"},
			{Kind: article.Pre, Text: "code line one that is long\nline two"},
			{Kind: article.Image, Text: "[image: a map]"},
		},
		Links: []article.Link{{N: 1, URL: "https://example.org/a", Text: "a"}},
	}
	got := strings.Join(renderBody(doc, entity.Result{}, 16, &st, true), "\n")
	want := strings.Join([]string{
		"Heading", "",
		"│ quoted words", "│ here", "",
		"  • nested item", "    that wraps", "",
		"code line one th", "line two", "",
		"[image: a map]", "",
		"Links", "[1] https://exa…",
	}, "\n")
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// Without colour, quotes, speakers, places and other people still differ.
func TestPlainHighlightStyles(t *testing.T) {
	st := newStyles(defaultColors(), true)
	quote, name := st.speaker(0)
	if !quote.GetItalic() || !name.GetBold() || !st.Place.GetUnderline() || !st.Person.GetFaint() || st.Person.GetItalic() {
		t.Errorf("plain styles: quote italic %v, name bold %v, place underline %v, person faint %v italic %v",
			quote.GetItalic(), name.GetBold(), st.Place.GetUnderline(), st.Person.GetFaint(), st.Person.GetItalic())
	}
}
