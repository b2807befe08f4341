package entity

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// qspan is a direct quotation: the marks at open and close (close is -1 when
// the paragraph ended without one) and the text between them.
type qspan struct {
	open, close int // code-point positions of the marks
	start, end  int // the quoted text, marks excluded
	bs, be      int // the same text in bytes
	nested      bool
}

// at is a position in the text, in code points and in bytes.
type at struct{ r, b int }

// quoteScanner finds quotation marks and pairs them, paragraph by paragraph.
// It reads the text's bytes, keeping the code-point count as it goes.
type quoteScanner struct {
	src      string
	out      []qspan
	marks    []int // positions of the quotation marks, in any order
	dOpen    at    // first opening double mark of the current quote, r -1 if none
	sOpen    at    // opening single mark, r -1 if none
	sNested  bool  // the single quote is inside a double one
	dNested  bool  // the double quote is inside a single one (British style)
	contMark int   // opening mark that continues a quote across paragraphs
}

// plainASCII marks the ASCII bytes the scanner passes over.
var plainASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '"' && c != '\'' && c != '\n'
	}
	return t
}()

// Bytes repeated across a uint64, to test eight bytes at once.
const swarOnes, swarHighs = 0x0101010101010101, 0x8080808080808080

// firstZero has the high bit set in the lowest byte of x that is 0, if
// any; in higher bytes it may set it for bytes that are not, after a
// borrow, but only above a byte that is. (The first of several stops is
// all that findQuotes needs.)
func firstZero(x uint64) uint64 { return (x - swarOnes) &^ x & swarHighs }

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟':
		return true
	}
	return false
}

// findQuotes returns the direct quotations in order, and the positions of
// their marks, appended to out and marks.
func findQuotes(src string, out []qspan, marks []int) ([]qspan, []int) {
	q := &quoteScanner{src: src, out: out, marks: marks, dOpen: at{-1, 0}, sOpen: at{-1, 0}, contMark: -1}
	prev := ' ' // the character before; the text starts as if after a space
	ri := 0
	for bi := 0; bi < len(src); ri++ {
		// Most of a text is ASCII that is neither a mark nor a line
		// feed: skip it in a tight loop.
		if start := bi; plainASCII[src[bi]] {
			// Eight bytes at a time: the lowest byte of stop with its
			// high bit set is the first that is not plainASCII (not
			// ASCII, or a mark or a line feed).
			for bi+8 <= len(src) {
				w := src[bi : bi+8]
				x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
					uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
				if stop := x&swarHighs | firstZero(x^'"'*swarOnes) | firstZero(x^'\''*swarOnes) | firstZero(x^'\n'*swarOnes); stop != 0 {
					bi += bits.TrailingZeros64(stop) / 8
					break
				}
				bi += 8
			}
			for bi < len(src) && plainASCII[src[bi]] {
				bi++
			}
			ri += bi - start
			prev = rune(src[bi-1])
			if bi == len(src) {
				break
			}
		}
		r, n := decodeAt(src, bi)
		switch {
		case r == '\n':
			q.endParagraph(at{ri, bi})
		case isDoubleMark(r):
			q.double(at{ri, bi}, n, r, prev)
		case r == '\'' || r == '‘' || r == '’':
			q.single(at{ri, bi}, n, r, prev)
		}
		prev = r
		bi += n
	}
	q.endParagraph(at{ri, len(src)})
	slices.SortFunc(q.out, func(a, b qspan) int { return a.open - b.open })
	slices.Sort(q.marks)
	return q.out, q.marks
}

// spaceAt reports whether the character at byte b is a space; the end of
// the text counts as one.
func (q *quoteScanner) spaceAt(b int) bool {
	if b >= len(q.src) {
		return true
	}
	r, _ := decodeAt(q.src, b)
	return unicode.IsSpace(r)
}

// openerBefore: what may stand just before an opening mark.
func openerBefore(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '(', '[', '—', '–', '-', '/', ':', '“', '"', '«', '„', '‘':
		return true
	}
	return false
}

func (q *quoteScanner) emit(open, close, end at) { q.emitN(open, close.r, end, false) }

// emitN records the quotation between the mark at open and end, without
// the spaces at either end.
func (q *quoteScanner) emitN(open at, close int, end at, nested bool) {
	_, n := decodeAt(q.src, open.b)
	start := at{open.r + 1, open.b + n}
	for start.r < end.r && q.spaceAt(start.b) {
		_, n := decodeAt(q.src, start.b)
		start = at{start.r + 1, start.b + n}
	}
	for end.r > start.r {
		r, n := utf8.DecodeLastRuneInString(q.src[:end.b])
		if !unicode.IsSpace(r) {
			break
		}
		end = at{end.r - 1, end.b - n}
	}
	if end.r <= start.r {
		return
	}
	q.out = append(q.out, qspan{open: open.r, close: close, start: start.r, end: end.r, bs: start.b, be: end.b, nested: nested})
	q.marks = append(q.marks, open.r)
	if close >= 0 {
		q.marks = append(q.marks, close)
	}
}

// double handles a double mark r of n bytes at i, after the character prev.
func (q *quoteScanner) double(i at, n int, r, prev rune) {
	if i.r == q.contMark {
		q.contMark = -1
		q.marks = append(q.marks, i.r)
		return
	}
	before, after := openerBefore(prev), !q.spaceAt(i.b+n)
	if q.dOpen.r < 0 {
		if r == '“' || r == '«' || r == '„' || before || after {
			// Inside an open single quotation (British style, 'He said
			// "no"'), the double one is nested and the single stays open.
			q.dOpen, q.dNested = i, q.sOpen.r >= 0 && !q.sNested
			if !q.dNested {
				q.sOpen.r = -1
			}
		}
		return
	}
	if (r == '“' || r == '„') && before && after && i.r > q.dOpen.r+1 {
		// A fresh opening mark while one is open: the first was never closed.
		q.emitN(q.dOpen, -1, i, q.dNested)
		q.dOpen = i
		return
	}
	q.emitN(q.dOpen, i.r, i, q.dNested)
	q.dOpen.r = -1
	if !q.dNested {
		q.sOpen.r = -1
	}
	q.dNested = false
}

// single handles ' ‘ ’, which are apostrophes far more often than marks.
func (q *quoteScanner) single(i at, n int, r, prev rune) {
	next := i.b + n
	if q.sOpen.r < 0 {
		if r == '’' || !openerBefore(prev) || next >= len(q.src) {
			return
		}
		if c, _ := decodeAt(q.src, next); !unicode.IsLetter(c) || elision(q.src, next) {
			return // '90s, 'em, 'til
		}
		q.sOpen, q.sNested = i, q.dOpen.r >= 0
		return
	}
	if r == '‘' || unicode.IsSpace(prev) || q.dNested && q.dOpen.r >= 0 {
		return // (an apostrophe inside the double quotation nested in it)
	}
	if next < len(q.src) {
		if c, _ := decodeAt(q.src, next); unicode.IsLetter(c) || unicode.IsDigit(c) {
			return // an apostrophe inside a word
		}
	}
	q.emitN(q.sOpen, i.r, i, q.sNested)
	q.sOpen.r = -1
}

// elision reports words that start with an apostrophe in informal writing;
// the word starts at byte i.
func elision(src string, i int) bool {
	j := i
	for j < len(src) {
		r, n := decodeAt(src, j)
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	switch src[i:j] {
	case "em", "til", "cause", "n", "tis", "twas", "bout", "round":
		return true
	}
	return false
}

// endParagraph closes the paragraph ending at i (a line feed or the end of
// the text), unless its quotation goes on in the next one.
func (q *quoteScanner) endParagraph(i at) {
	q.sOpen.r = -1
	if q.dNested {
		// The single quotation around it ends with the paragraph.
		if q.dOpen.r >= 0 {
			q.emitN(q.dOpen, -1, i, true)
		}
		q.dOpen.r, q.dNested = -1, false
		return
	}
	if q.dOpen.r < 0 {
		return
	}
	j := i
	for j.b < len(q.src) {
		r, n := decodeAt(q.src, j.b)
		if !unicode.IsSpace(r) {
			break
		}
		j = at{j.r + 1, j.b + n}
	}
	if j.b < len(q.src) && j.r > i.r {
		if r, _ := decodeAt(q.src, j.b); r == '"' || r == '“' || r == '«' || r == '„' {
			q.contMark = j.r // the quote goes on in the next paragraph
			return
		}
	}
	q.emit(q.dOpen, at{-1, 0}, i)
	q.dOpen.r = -1
}
