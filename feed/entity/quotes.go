package entity

import (
	"sort"
	"unicode"
)

// qspan is a direct quotation: the marks at open and close (close is -1 when
// the paragraph ended without one) and the text between them.
type qspan struct {
	open, close int // rune positions of the marks
	start, end  int // the quoted text, marks excluded
	nested      bool
}

// quoteScanner finds quotation marks and pairs them, paragraph by paragraph.
type quoteScanner struct {
	rs       []rune
	out      []qspan
	marks    []int // positions of the quotation marks, in any order
	dOpen    int   // first opening double mark of the current quote, or -1
	sOpen    int   // opening single mark, or -1
	sNested  bool  // the single quote is inside a double one
	contMark int   // opening mark that continues a quote across paragraphs
}

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟':
		return true
	}
	return false
}

// findQuotes returns the direct quotations in order, and the positions of
// their marks.
func findQuotes(rs []rune) ([]qspan, []int) {
	q := &quoteScanner{rs: rs, dOpen: -1, sOpen: -1, contMark: -1}
	for i := 0; i <= len(rs); i++ {
		if i == len(rs) || rs[i] == '\n' {
			q.endParagraph(i)
			continue
		}
		switch r := rs[i]; {
		case isDoubleMark(r):
			q.double(i, r)
		case r == '\'' || r == '‘' || r == '’':
			q.single(i, r)
		}
	}
	sort.Slice(q.out, func(i, j int) bool { return q.out[i].open < q.out[j].open })
	sort.Ints(q.marks)
	return q.out, q.marks
}

func (q *quoteScanner) spaceAt(i int) bool {
	if i < 0 || i >= len(q.rs) {
		return true
	}
	r := q.rs[i]
	return unicode.IsSpace(r)
}

// openerBefore: what may stand just before an opening mark.
func (q *quoteScanner) openerBefore(i int) bool {
	if q.spaceAt(i) {
		return true
	}
	switch q.rs[i] {
	case '(', '[', '—', '–', '-', '/', ':', '“', '"', '«', '„', '‘':
		return true
	}
	return false
}

func (q *quoteScanner) emit(open, close, end int) { q.emitN(open, close, end, false) }

func (q *quoteScanner) emitN(open, close, end int, nested bool) {
	start := open + 1
	for start < end && q.spaceAt(start) {
		start++
	}
	for end > start && q.spaceAt(end-1) {
		end--
	}
	if end <= start {
		return
	}
	q.out = append(q.out, qspan{open: open, close: close, start: start, end: end, nested: nested})
	q.marks = append(q.marks, open)
	if close >= 0 {
		q.marks = append(q.marks, close)
	}
}

func (q *quoteScanner) double(i int, r rune) {
	if i == q.contMark {
		q.contMark = -1
		q.marks = append(q.marks, i)
		return
	}
	before, after := q.openerBefore(i-1), !q.spaceAt(i+1)
	if q.dOpen < 0 {
		if r == '“' || r == '«' || r == '„' || before || after {
			q.dOpen, q.sOpen = i, -1
		}
		return
	}
	if (r == '“' || r == '„') && before && after && i > q.dOpen+1 {
		// A fresh opening mark while one is open: the first was never closed.
		q.emit(q.dOpen, -1, i)
		q.dOpen = i
		return
	}
	q.emit(q.dOpen, i, i)
	q.dOpen, q.sOpen = -1, -1
}

// single handles ' ‘ ’, which are apostrophes far more often than marks.
func (q *quoteScanner) single(i int, r rune) {
	if q.sOpen < 0 {
		if r == '’' || !q.openerBefore(i-1) || i+1 >= len(q.rs) {
			return
		}
		next := q.rs[i+1]
		if !unicode.IsLetter(next) || elision(q.rs, i+1) {
			return // '90s, 'em, 'til
		}
		q.sOpen, q.sNested = i, q.dOpen >= 0
		return
	}
	if r == '‘' || q.spaceAt(i-1) {
		return
	}
	if j := i + 1; j < len(q.rs) && (unicode.IsLetter(q.rs[j]) || unicode.IsDigit(q.rs[j])) {
		return // an apostrophe inside a word
	}
	q.emitN(q.sOpen, i, i, q.sNested)
	q.sOpen = -1
}

// elision reports words that start with an apostrophe in informal writing.
func elision(rs []rune, i int) bool {
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	switch string(rs[i:j]) {
	case "em", "til", "cause", "n", "tis", "twas", "bout", "round":
		return true
	}
	return false
}

func (q *quoteScanner) endParagraph(i int) {
	q.sOpen = -1
	if q.dOpen < 0 {
		return
	}
	j := i
	for j < len(q.rs) && unicode.IsSpace(q.rs[j]) {
		j++
	}
	if j < len(q.rs) && (q.rs[j] == '"' || q.rs[j] == '“' || q.rs[j] == '«' || q.rs[j] == '„') && j > i {
		q.contMark = j // the quote goes on in the next paragraph
		return
	}
	q.emit(q.dOpen, -1, i)
	q.dOpen = -1
}
