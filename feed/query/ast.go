// Package query is dateline's one-line filter language: tag:politics
// -tag:sport place:kyiv speaker:zelensky is:unread since:2d "exact phrase".
// Parse turns a line into a small AST whose String form parses back to
// itself; Compile turns the AST into one SQL condition over the store's
// schema with every user value bound as a parameter.
package query

import (
	"strings"
	"time"
	"unicode"
)

// Node is one node of a parsed query.
type Node interface {
	// String is the canonical text of the node; it parses back to a node
	// with the same String.
	String() string
	node()
}

// All matches every article: the empty query.
type All struct{}

// And matches articles that match every term (juxtaposed terms).
type And struct{ Terms []Node }

// Or matches articles that match any term (terms joined by OR).
type Or struct{ Terms []Node }

// Not matches articles that do not match Term (-term).
type Not struct{ Term Node }

// Text is a bare word or a "quoted phrase", matched by full-text search
// over title and body.
type Text struct {
	Value  string
	Phrase bool
}

// Match is a field term whose value is matched as text: tag, feed,
// person, speaker, place, author or title. tag is an exact tag name (the
// article's or its feed's); feed is a substring of the feed's URL or
// titles; person (anyone named, speakers included), speaker and place
// match the whole name or any word of it; author is a substring; title is
// a full-text search in titles only. All ignore case and diacritics.
type Match struct {
	Field string // lower case
	Value string
}

// State is is:unread, is:read or is:starred.
type State struct{ Value string }

// Time is since: or before: with either a relative age or a calendar date.
type Time struct {
	Field string        // "since" or "before"
	Raw   string        // the value as written (canonical form)
	Age   time.Duration // for 30m, 3h, 2d, 1w; 0 for a date
	Date  Day           // for 2024-05-01
}

// Day is a calendar day, placed in the caller's time zone at compile.
type Day struct {
	Year  int
	Month time.Month
	Day   int
}

func (All) node()   {}
func (And) node()   {}
func (Or) node()    {}
func (Not) node()   {}
func (Text) node()  {}
func (Match) node() {}
func (State) node() {}
func (Time) node()  {}

func (All) String() string { return "" }

func (n And) String() string {
	parts := make([]string, len(n.Terms))
	for i, t := range n.Terms {
		parts[i] = t.String()
		if _, ok := t.(Or); ok {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, " ")
}

func (n Or) String() string {
	parts := make([]string, len(n.Terms))
	for i, t := range n.Terms {
		parts[i] = t.String()
		if _, ok := t.(Or); ok {
			parts[i] = "(" + parts[i] + ")"
		}
	}
	return strings.Join(parts, " OR ")
}

func (n Not) String() string {
	switch n.Term.(type) {
	case And, Or:
		return "-(" + n.Term.String() + ")"
	}
	return "-" + n.Term.String()
}

func (n Text) String() string {
	if n.Phrase {
		return `"` + n.Value + `"`
	}
	return n.Value
}

func (n Match) String() string { return n.Field + ":" + quoteValue(n.Value) }
func (n State) String() string { return "is:" + n.Value }
func (n Time) String() string  { return n.Field + ":" + n.Raw }

// quoteValue quotes a field value when it would not survive as one word.
func quoteValue(v string) string {
	if v == "" || strings.ContainsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"'
	}) {
		return `"` + v + `"`
	}
	return v
}
