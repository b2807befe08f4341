package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds.
const (
	tWord  byte = 'w'
	tPunct byte = 'p'
	tMark  byte = 'q' // a quotation mark (see quotes.go)
)

// token is a word or a punctuation rune, with offsets in code points.
type token struct {
	s, e      int
	text, low string
	kind      byte
	cap       bool   // starts with an upper-case letter
	allCaps   bool   // two or more letters, all upper case
	sentStart bool   // first word of a sentence or paragraph
	common    int8   // is an ordinary word: 0 not known yet, 1 yes, -1 no
	speech    bool   // a speech verb (looked up once here, used by every pass)
	lex       uint16 // lexicon flags (lx...)
	inQuote   bool   // inside a direct quotation
	para      int    // paragraph (line) number
}

// abbrevs take their full stop with them, so it does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"col": true, "sen": true, "rep": true, "gov": true, "lt": true, "sgt": true,
	"prof": true, "jr": true, "sr": true, "capt": true, "maj": true, "adm": true,
	"rev": true, "mt": true, "ft": true, "vs": true, "inc": true, "corp": true,
	"ltd": true, "co": true, "no": true, "gov't": true, "cmdr": true, "supt": true,
}

// tokenize splits text into tokens. A possessive 's becomes its own token so
// that "Lind's spokesman" keeps "Lind" whole.
func tokenize(src string, rs []rune) []token {
	return tokenizeInto(nil, byteOffsets(nil, src, len(rs)), src, rs)
}

// byteOffsets returns the byte offset of each rune of src, and len(src) at
// the end. Ranging over src steps over invalid bytes one at a time, as
// []rune(src) does, so the two agree.
func byteOffsets(boff []int32, src string, runes int) []int32 {
	boff = grow(boff, runes+1)[:0]
	for bi := range src {
		boff = append(boff, int32(bi))
	}
	return append(boff, int32(len(src)))
}

// tokenizeInto is tokenize reusing the buffers toks and boff.
func tokenizeInto(toks []token, boff []int32, src string, rs []rune) []token {
	// Byte offsets of each rune, so token texts are slices of src.
	// Ranging over src steps over invalid bytes one at a time, as []rune
	// does, so the two agree.
	sub := func(i, j int) string { return src[boff[i]:boff[j]] }
	// One lower-cased copy of the text serves every word's lower-case form,
	// unless lower-casing changed some byte lengths.
	lowerSrc := lowerText(src)
	toks = grow(toks, len(rs)/4+4)[:0]
	para, nl := 0, false
	for i := 0; i < len(rs); {
		r := rs[i]
		space := r == ' ' || r == '\n' || r == '\t' || r == '\r' || r >= 0x80 && unicode.IsSpace(r)
		if nl && !space {
			para, nl = para+1, false
		}
		switch {
		case r == '\n':
			nl = len(toks) > 0
			i++
		case space:
			i++
		case r < 0x80 && isWordRune(r) || r >= 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			j := wordEnd(rs, i)
			toks = append(toks, token{})
			t := &toks[len(toks)-1]
			makeWord(t, rs, sub(i, j), i, j, para, lowerSrc == "")
			if lowerSrc != "" {
				t.low = lowerSrc[boff[i]:boff[j]]
			}
			t.lex = lexFlags[t.low]
			t.speech = t.lex&(lxSpeechVerbs|lxReportVerbs) != 0
			i = j
			if i+1 < len(rs) && isApos(rs[i]) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !isWordRune(rs[i+2])) {
				toks = append(toks, token{s: i, e: i + 2, text: sub(i, i+2), low: "'s", kind: tWord, para: para})
				i += 2
			}
		default:
			s := sub(i, i+1)
			toks = append(toks, token{s: i, e: i + 1, text: s, low: s, kind: tPunct, para: para})
			i++
		}
	}
	return toks
}

func isApos(r rune) bool { return r == '\'' || r == '’' }
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd finds where the word starting at i ends: letters and digits, joined
// by inner hyphens, apostrophes and abbreviation dots ("U.S.", "we're").
func wordEnd(rs []rune, i int) int {
	j := i
	for j < len(rs) {
		r := rs[j]
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r >= 0x80 && isWordRune(r) {
			j++
			continue
		}
		if j+1 < len(rs) && isWordRune(rs[j+1]) {
			if r == '-' || r == '‑' {
				j++
				continue
			}
			if isApos(r) && !(j+2 <= len(rs) && (rs[j+1] == 's' || rs[j+1] == 'S') && (j+2 == len(rs) || !isWordRune(rs[j+2]))) {
				j++
				continue
			}
			if r == '.' && (j-i == 1 || (j >= 2 && rs[j-2] == '.')) && unicode.IsLetter(rs[j+1]) {
				j++ // U.S, D.C
				continue
			}
			if r == '.' && unicode.IsDigit(rs[j-1]) && unicode.IsDigit(rs[j+1]) {
				j++ // 3.5
				continue
			}
		}
		break
	}
	if j < len(rs) && rs[j] == '.' && j-i <= 6 && abbrevAt(rs[i:j]) {
		j++
	}
	return j
}

// abbrevAt: a known abbreviation, a single letter or dotted letters ("U.S").
func abbrevAt(w []rune) bool {
	if len(w) == 1 {
		return unicode.IsLetter(w[0])
	}
	var buf [8]byte
	n := 0
	for _, r := range w {
		if r == '.' {
			return true
		}
		if r >= 0x80 || n == len(buf) {
			return false
		}
		buf[n] = byte(unicode.ToLower(r))
		n++
	}
	return abbrevs[string(buf[:n])]
}

// grow returns s with length n, reusing its array when it is big enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

func makeWord(t *token, rs []rune, text string, i, j, para int, lower bool) {
	*t = token{s: i, e: j, text: text, low: text, kind: tWord, para: para}
	t.cap = unicode.IsUpper(rs[i])
	if !t.cap && !lower {
		return // lower case first: neither shouting nor in need of lower-casing
	}
	upper, letters := 0, 0
	for _, r := range rs[i:j] {
		switch {
		case r >= 'a' && r <= 'z':
			letters++
		case r >= 'A' && r <= 'Z':
			letters++
			upper++
		case r < 0x80:
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	hasUpper := upper > 0
	t.allCaps = letters >= 2 && upper == letters
	if hasUpper && lower {
		t.low = strings.ToLower(text)
	}

}

// lowerText lower-cases s, or returns "" if that would change the byte
// length of some character (words are then lower-cased one by one). It
// passes over ASCII and general punctuation (dashes, curly quotes) fast.
func lowerText(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x2000 && r <= 0x206F {
			b = append(b, s[i:i+n]...)
		} else {
			l := unicode.ToLower(r)
			if r == utf8.RuneError || utf8.RuneLen(l) != n {
				return ""
			}
			b = utf8.AppendRune(b, l)
		}
		i += n
	}
	return string(b)
}

// isEnd reports whether a punctuation token ends a sentence.
func (t *token) isEnd() bool {
	return t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?")
}

// in reports whether the token's word is in one of the flagged sets.
func (t *token) in(flags uint16) bool { return t.lex&flags != 0 }

func (t *token) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}
