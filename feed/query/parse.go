package query

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// maxDepth bounds nesting so that the SQL stays within SQLite's limits.
const maxDepth = 50

// Parse parses one line of the filter language. Terms side by side must
// all match; OR (upper case) between terms lets either match; -term
// negates; parentheses group. The empty query is All. Errors are *Error.
func Parse(s string) (Node, error) {
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if p.peek().kind == tEOF {
		return All{}, nil
	}
	n, err := p.parseOr()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tEOF {
		return nil, &Error{Col: t.col, Msg: "unbalanced parenthesis: no ( for this )"}
	}
	return n, nil
}

type parser struct {
	toks  []token
	pos   int
	depth int
}

func (p *parser) peek() token { return p.toks[p.pos] }

func (p *parser) take() token {
	t := p.toks[p.pos]
	if t.kind != tEOF {
		p.pos++
	}
	return t
}

func errOr(t token) error { return &Error{Col: t.col, Msg: "OR needs a term on each side"} }

func (p *parser) parseOr() (Node, error) {
	var terms []Node
	for {
		n, err := p.parseAnd()
		if err != nil {
			return nil, err
		}
		terms = appendFlat[Or](terms, n, func(o Or) []Node { return o.Terms })
		if p.peek().kind != tOr {
			break
		}
		or := p.take()
		if k := p.peek().kind; k == tEOF || k == tRParen || k == tOr {
			return nil, errOr(or)
		}
	}
	if len(terms) == 1 {
		return terms[0], nil
	}
	return Or{Terms: terms}, nil
}

func (p *parser) parseAnd() (Node, error) {
	var terms []Node
	for {
		switch t := p.peek(); t.kind {
		case tEOF, tRParen, tOr:
			if len(terms) == 0 {
				if t.kind == tOr {
					return nil, errOr(t)
				}
				return nil, &Error{Col: t.col, Msg: "unbalanced parenthesis: no ( for this )"}
			}
			if len(terms) == 1 {
				return terms[0], nil
			}
			return And{Terms: terms}, nil
		}
		n, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		terms = appendFlat[And](terms, n, func(a And) []Node { return a.Terms })
	}
}

// appendFlat appends n, or n's terms when n is of the same kind T.
func appendFlat[T Node](terms []Node, n Node, sub func(T) []Node) []Node {
	if same, ok := n.(T); ok {
		return append(terms, sub(same)...)
	}
	return append(terms, n)
}

func (p *parser) parseUnary() (Node, error) {
	if p.peek().kind != tMinus {
		return p.parsePrimary()
	}
	p.take()
	n, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	return Not{Term: n}, nil
}

func (p *parser) parsePrimary() (Node, error) {
	t := p.take()
	switch t.kind {
	case tWord:
		return Text{Value: t.text}, nil
	case tPhrase:
		return Text{Value: t.text, Phrase: true}, nil
	case tField:
		return fieldNode(t)
	case tLParen:
		return p.parseGroup(t)
	case tOr:
		return nil, errOr(t)
	}
	return nil, &Error{Col: t.col, Msg: "empty term after -"}
}

func (p *parser) parseGroup(open token) (Node, error) {
	if p.peek().kind == tRParen {
		return nil, &Error{Col: open.col, Msg: "empty parentheses"}
	}
	if p.depth++; p.depth > maxDepth {
		return nil, &Error{Col: open.col, Msg: "parentheses nested too deeply"}
	}
	n, err := p.parseOr()
	p.depth--
	if err != nil {
		return nil, err
	}
	if p.peek().kind != tRParen {
		return nil, &Error{Col: open.col, Msg: "unbalanced parenthesis: this ( is not closed"}
	}
	p.take()
	return n, nil
}

func fieldNode(t token) (Node, error) {
	switch t.field {
	case "is":
		v := strings.ToLower(t.text)
		if v != "unread" && v != "read" && v != "starred" {
			return nil, &Error{Col: t.valueCol, Msg: "is: wants unread, read or starred"}
		}
		return State{Value: v}, nil
	case "since", "before":
		n, ok := parseTime(t.field, t.text)
		if !ok {
			return nil, &Error{Col: t.valueCol, Msg: t.field + ": bad date or duration " + strconv.Quote(t.text) + " (want 30m, 3h, 2d, 1w or 2024-05-01)"}
		}
		return n, nil
	}
	return Match{Field: t.field, Value: t.text}, nil
}

var units = map[byte]time.Duration{'m': time.Minute, 'h': time.Hour, 'd': 24 * time.Hour, 'w': 7 * 24 * time.Hour}

// parseTime reads a relative age (30m, 3h, 2d, 1w) or a date (2024-05-01).
func parseTime(field, v string) (Time, bool) {
	if d, err := time.Parse("2006-01-02", v); err == nil {
		return Time{Field: field, Raw: d.Format("2006-01-02"), Date: Day{d.Year(), d.Month(), d.Day()}}, true
	}
	lv := strings.ToLower(v)
	if len(lv) < 2 {
		return Time{}, false
	}
	unit, ok := units[lv[len(lv)-1]]
	if !ok {
		return Time{}, false
	}
	num := lv[:len(lv)-1]
	for _, c := range num {
		if c < '0' || c > '9' {
			return Time{}, false
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n > math.MaxInt64/int64(unit) {
		return Time{}, false
	}
	return Time{Field: field, Raw: strconv.FormatInt(n, 10) + lv[len(lv)-1:], Age: time.Duration(n) * unit}, true
}
