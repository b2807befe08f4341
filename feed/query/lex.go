package query

import (
	"fmt"
	"strings"
	"unicode"
)

// Error is a query that does not parse; Col is the 1-based column, in
// characters, where the problem is.
type Error struct {
	Col int
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("column %d: %s", e.Col, e.Msg) }

type tokKind int

const (
	tEOF tokKind = iota
	tLParen
	tRParen
	tOr
	tMinus
	tWord   // a bare word
	tPhrase // a "quoted phrase"
	tField  // field:value
)

type token struct {
	kind     tokKind
	col      int    // column of the token's first character
	text     string // word, phrase or field value
	field    string // lower-case field name for tField
	valueCol int    // column of the value for tField
}

// fields are the known field names.
var fields = map[string]bool{
	"tag": true, "feed": true, "person": true, "speaker": true, "place": true,
	"author": true, "title": true, "is": true, "since": true, "before": true,
}

// lexer splits a query into tokens; positions are rune indexes.
type lexer struct {
	src []rune
	pos int
}

func lex(s string) ([]token, error) {
	l := &lexer{src: []rune(s)}
	var toks []token
	for {
		t, err := l.next()
		if err != nil {
			return nil, err
		}
		toks = append(toks, t)
		if t.kind == tEOF {
			return toks, nil
		}
	}
}

func (l *lexer) errAt(pos int, format string, args ...any) error {
	return &Error{Col: pos + 1, Msg: fmt.Sprintf(format, args...)}
}

func (l *lexer) next() (token, error) {
	for l.pos < len(l.src) && unicode.IsSpace(l.src[l.pos]) {
		l.pos++
	}
	start := l.pos
	if start == len(l.src) {
		return token{kind: tEOF, col: start + 1}, nil
	}
	switch l.src[start] {
	case '(':
		l.pos++
		return token{kind: tLParen, col: start + 1}, nil
	case ')':
		l.pos++
		return token{kind: tRParen, col: start + 1}, nil
	case '"':
		s, err := l.quoted()
		if err != nil {
			return token{}, err
		}
		return token{kind: tPhrase, col: start + 1, text: s}, nil
	case '-':
		l.pos++
		if l.pos == len(l.src) || unicode.IsSpace(l.src[l.pos]) || l.src[l.pos] == ')' {
			return token{}, l.errAt(start, "empty term after -")
		}
		return token{kind: tMinus, col: start + 1}, nil
	}
	return l.word()
}

// quoted reads a "..." string starting at the opening quote.
func (l *lexer) quoted() (string, error) {
	open := l.pos
	end := open + 1
	for end < len(l.src) && l.src[end] != '"' {
		end++
	}
	if end == len(l.src) {
		return "", l.errAt(open, "unbalanced quote")
	}
	l.pos = end + 1
	s := string(l.src[open+1 : end])
	if strings.TrimSpace(s) == "" {
		return "", l.errAt(open, "empty quotes")
	}
	return s, nil
}

func isWordEnd(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' }

// word reads a bare word, OR, or a field:value term.
func (l *lexer) word() (token, error) {
	start := l.pos
	for l.pos < len(l.src) && !isWordEnd(l.src[l.pos]) {
		l.pos++
	}
	w := string(l.src[start:l.pos])
	if w == "OR" {
		return token{kind: tOr, col: start + 1}, nil
	}
	colon := strings.IndexByte(w, ':')
	if colon <= 0 || !allLetters(w[:colon]) {
		return token{kind: tWord, col: start + 1, text: w}, nil
	}
	name := strings.ToLower(w[:colon])
	if !fields[name] {
		return token{}, l.errAt(start, "unknown field %q", w[:colon])
	}
	valuePos := start + len([]rune(w[:colon])) + 1
	t := token{kind: tField, col: start + 1, field: name, valueCol: valuePos + 1, text: w[colon+1:]}
	if t.text == "" && l.pos < len(l.src) && l.src[l.pos] == '"' {
		s, err := l.quoted()
		if err != nil {
			return token{}, err
		}
		t.text = s
	}
	if t.text == "" {
		return token{}, l.errAt(valuePos, "%s: needs a value", name)
	}
	return t, nil
}

func allLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
