package query

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseValid(t *testing.T) {
	tests := []struct {
		in   string
		want Node
		str  string
	}{
		{"", All{}, ""},
		{"   ", All{}, ""},
		{"kyiv", Text{Value: "kyiv"}, "kyiv"},
		{`"exact phrase"`, Text{Value: "exact phrase", Phrase: true}, `"exact phrase"`},
		{"tag:politics", Match{Field: "tag", Value: "politics"}, "tag:politics"},
		{"TAG:Politics", Match{Field: "tag", Value: "Politics"}, "tag:Politics"},
		{`tag:"Ukraine conflict"`, Match{Field: "tag", Value: "Ukraine conflict"}, `tag:"Ukraine conflict"`},
		{"feed:https://example.com/rss", Match{Field: "feed", Value: "https://example.com/rss"}, "feed:https://example.com/rss"},
		{"is:UNREAD", State{Value: "unread"}, "is:unread"},
		{"since:2d", Time{Field: "since", Raw: "2d", Age: 48 * time.Hour}, "since:2d"},
		{"since:030M", Time{Field: "since", Raw: "30m", Age: 30 * time.Minute}, "since:30m"},
		{"before:2024-05-01", Time{Field: "before", Raw: "2024-05-01", Date: Day{2024, 5, 1}}, "before:2024-05-01"},
		{"a b", And{Terms: []Node{Text{Value: "a"}, Text{Value: "b"}}}, "a b"},
		{"a OR b", Or{Terms: []Node{Text{Value: "a"}, Text{Value: "b"}}}, "a OR b"},
		{"a or b", And{Terms: []Node{Text{Value: "a"}, Text{Value: "or"}, Text{Value: "b"}}}, "a or b"},
		{"-tag:sport", Not{Term: Match{Field: "tag", Value: "sport"}}, "-tag:sport"},
		{"a b OR c", Or{Terms: []Node{And{Terms: []Node{Text{Value: "a"}, Text{Value: "b"}}}, Text{Value: "c"}}}, "a b OR c"},
		{"a (b OR c)", And{Terms: []Node{Text{Value: "a"}, Or{Terms: []Node{Text{Value: "b"}, Text{Value: "c"}}}}}, "a (b OR c)"},
		{"-(a b)", Not{Term: And{Terms: []Node{Text{Value: "a"}, Text{Value: "b"}}}}, "-(a b)"},
		{"(a OR b) OR c", Or{Terms: []Node{Text{Value: "a"}, Text{Value: "b"}, Text{Value: "c"}}}, "a OR b OR c"},
		{"((a))", Text{Value: "a"}, "a"},
		{"10:30 well-known", And{Terms: []Node{Text{Value: "10:30"}, Text{Value: "well-known"}}}, "10:30 well-known"},
		{`tag:"a)b"`, Match{Field: "tag", Value: "a)b"}, `tag:"a)b"`},
		{"speaker:zelensky place:kyiv", And{Terms: []Node{Match{Field: "speaker", Value: "zelensky"}, Match{Field: "place", Value: "kyiv"}}}, "speaker:zelensky place:kyiv"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %#v, want %#v", tt.in, got, tt.want)
		}
		if s := got.String(); s != tt.str {
			t.Errorf("Parse(%q).String() = %q, want %q", tt.in, s, tt.str)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in  string
		col int
		msg string
	}{
		{"tag:a foo:bar", 7, `unknown field "foo"`},
		{`a "open`, 3, "unbalanced quote"},
		{`tag:"open`, 5, "unbalanced quote"},
		{"(a b", 1, "this ( is not closed"},
		{"a (b (c)", 3, "this ( is not closed"},
		{"a b)", 4, "no ( for this )"},
		{") a", 1, "no ( for this )"},
		{"since:yesterday", 7, "bad date or duration"},
		{"before:2024-13-01", 8, "bad date or duration"},
		{"since:2x", 7, "bad date or duration"},
		{"is:new", 4, "wants unread, read or starred"},
		{"a - b", 3, "empty term after -"},
		{"a -", 3, "empty term after -"},
		{"()", 1, "empty parentheses"},
		{`a ""`, 3, "empty quotes"},
		{"tag: x", 5, "tag: needs a value"},
		{"a OR", 3, "OR needs a term on each side"},
		{"OR a", 1, "OR needs a term on each side"},
		{"a OR OR b", 3, "OR needs a term on each side"},
		{"(a OR) b", 4, "OR needs a term on each side"},
		{"Zürich fóo:x", 8, `unknown field "fóo"`},
		{"é -", 3, "empty term after -"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.in)
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("Parse(%q) error = %v, want *Error", tt.in, err)
			continue
		}
		if qe.Col != tt.col || !strings.Contains(qe.Msg, tt.msg) {
			t.Errorf("Parse(%q) = column %d %q, want column %d %q", tt.in, qe.Col, qe.Msg, tt.col, tt.msg)
		}
	}
}

func TestErrorText(t *testing.T) {
	_, err := Parse("a b foo:x")
	if err == nil || err.Error() != `column 5: unknown field "foo"` {
		t.Fatalf("got %v", err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "tag:politics -tag:sport", `"a b" OR (c d)`, `speaker:"Volodymyr Zelensky"`,
		"since:2d before:2024-05-01", "((a))", "-(-a)", `a "b`, "is:unread x*", "tag:a)b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			var qe *Error
			if !errors.As(err, &qe) {
				t.Fatalf("Parse(%q): error %v is not *Error", s, err)
			}
			if qe.Col < 1 || qe.Col > utf8.RuneCountInString(s)+1 {
				t.Fatalf("Parse(%q): column %d out of range", s, qe.Col)
			}
			return
		}
		str := n.String()
		n2, err := Parse(str)
		if err != nil {
			t.Fatalf("Parse(%q).String() = %q does not parse: %v", s, str, err)
		}
		if n2.String() != str {
			t.Fatalf("round trip: %q -> %q -> %q", s, str, n2.String())
		}
		Compile(n, time.Now())
	})
}
