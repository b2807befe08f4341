package entity

import (
	"slices"
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
//
// Offsets and numbers are int32 to keep the token at 64 bytes: every pass
// walks the tokens, so their size is much of Find's time. (Find is for
// articles, far below 2 GB.)
type token struct {
	text, low string
	s, e      int32  // code points
	bs        int32  // byte offset of text in the document
	para      int32  // paragraph (line) number
	lex       uint32 // lexicon flags (lx...)
	kind      byte
	cap       bool // starts with an upper-case letter
	allCaps   bool // two or more letters, all upper case
	sentStart bool // first word of a sentence or paragraph
	common    int8 // is an ordinary word: 0 not known yet, 1 yes, -1 no
	speech    bool // a speech verb (looked up once here, used by every pass)
	inQuote   bool // inside a direct quotation
}

// abbrevs take their full stop with them, so it does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true,
	"col": true, "sen": true, "rep": true, "gov": true, "lt": true, "sgt": true,
	"prof": true, "jr": true, "sr": true, "capt": true, "maj": true, "adm": true,
	"rev": true, "mt": true, "ft": true, "vs": true, "inc": true, "corp": true,
	"ltd": true, "co": true, "no": true, "gov't": true, "cmdr": true, "supt": true,
	"rs": true, "govt": true, "dept": true, "approx": true, "nos": true,
	"atty": true, "engr": true, "eng": true, "det": true, "brig": true, "insp": true,
	"sta": true, "sto": true, "ma": true, "cong": true, "sec": true, "usec": true,
	"arc": true, "barr": true, "pharm": true,
}

// tokenize splits text into tokens. A possessive 's becomes its own token so
// that "Lind's spokesman" keeps "Lind" whole.
func tokenize(src string) []token {
	var tz tokenizer
	tz.run(src)
	return tz.toks
}

// tokenizer reads a text in one pass over its bytes, counting code points
// for the token offsets instead of copying the text to a []rune. Its slices
// keep their arrays from one run to the next.
type tokenizer struct {
	src  string
	toks []token
	// perWord: lower-casing changes the byte length of some character of
	// the text (or the text is not valid UTF-8), so, as strings.ToLower
	// would, only words with an upper-case letter are lower-cased.
	perWord bool
	// lengthsChange: a character met so far would change its byte length
	// when lower-cased; the text is then read again per word.
	lengthsChange bool
	lower         []byte      // the lower-cased forms that differ from the words
	fixes         []lowerSpan // where each of them goes
	para          int32
}

// lowerSpan is the lower-case form of token tok: lower[off:end].
type lowerSpan struct{ tok, off, end int }

// run tokenizes src into tz.toks and returns the number of code points in
// src.
func (tz *tokenizer) run(src string) int {
	if n := tz.scan(src, false); !tz.lengthsChange {
		return n
	}
	return tz.scan(src, true) // rare: "İ", "K" (Kelvin), invalid UTF-8
}

// scan is one reading of src; perWord is as in tokenizer.
func (tz *tokenizer) scan(src string, perWord bool) int {
	if n := len(src)/4 + 16; cap(tz.toks) < n {
		tz.toks = make([]token, 0, n) // about one token in four bytes
	}
	tz.src, tz.toks, tz.para, tz.perWord, tz.lengthsChange = src, tz.toks[:0], 0, perWord, false
	tz.lower, tz.fixes = tz.lower[:0], tz.fixes[:0]
	ri, nl := 0, false
	for bi := 0; bi < len(src); {
		if src[bi] == ' ' {
			bi++ // the commonest character, and nothing to do
			ri++
			continue
		}
		r, n := rune(src[bi]), 1
		if lower, upper := uint32(r)-'a' < 26, uint32(r)-'A' < 26; lower || upper {
			// An ASCII letter starts most tokens: not a space (so it
			// starts the paragraph after a line feed), and a word.
			if nl {
				tz.para, nl = tz.para+1, false
			}
			// Most words: lower-case ASCII letters, maybe after a capital
			// ("Mensah", "The"), up to a space or a punctuation mark that
			// never joins or follows a word.
			k := bi + 1
			for k < len(src) && src[k]-'a' < 26 {
				k++
			}
			if k == len(src) || plainEnd[src[k]] {
				if lower {
					// A word of lower-case ASCII letters, the commonest
					// token: added as add would, inline, with every field
					// known (as in word). Its flags are looked up last,
					// so that little waits on the stack across the call.
					text := src[bi:k]
					if len(tz.toks) == cap(tz.toks) {
						tz.grow()
					}
					tz.toks = tz.toks[:len(tz.toks)+1]
					t := &tz.toks[len(tz.toks)-1]
					*t = token{}
					t.text, t.low = text, text
					t.s, t.e, t.bs, t.para, t.kind = int32(ri), int32(ri+k-bi), int32(bi), tz.para, tWord
					lex := lexFlags(text)
					t.lex, t.speech = lex, lex&(lxSpeechVerbs|lxReportVerbs) != 0
				} else {
					tz.capWord(bi, ri, k)
				}
				ri += k - bi
				bi = k
				continue
			}
			bi, ri = tz.word(bi, ri, r)
			if bi < len(src) && (src[bi] == '\'' || src[bi] == "’"[0]) {
				bi, ri = tz.possessive(bi, ri)
			}
			continue
		}
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(src[bi:]); !lowerKeepsLength(r, n) {
				tz.lengthsChange = true
			}
		}
		space := r == '\n' || r == '\t' || r == '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if nl && !space {
			tz.para, nl = tz.para+1, false
		}
		switch {
		case r == '\n':
			nl = len(tz.toks) > 0
		case space:
		case r < utf8.RuneSelf && asciiClass[r] != 0 || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			// A digit or a letter beyond ASCII (ASCII letters are above).
			bi, ri = tz.word(bi, ri, r)
			if bi < len(src) && (src[bi] == '\'' || src[bi] == "’"[0]) {
				bi, ri = tz.possessive(bi, ri)
			}
			continue
		default:
			tz.add(tPunct, src[bi:bi+n], ri, ri+1, bi)
		}
		bi += n
		ri++
	}
	tz.fixLower()
	tz.src = ""
	return ri
}

// add appends a token with text and low set to text, and returns it. It
// fills the token in place: building it on the stack and copying it over
// cost a store-forwarding stall per token.
func (tz *tokenizer) add(kind byte, text string, s, e, bs int) *token {
	if len(tz.toks) == cap(tz.toks) {
		tz.grow()
	}
	tz.toks = tz.toks[:len(tz.toks)+1]
	t := &tz.toks[len(tz.toks)-1]
	*t = token{}
	t.text, t.low = text, text
	t.s, t.e, t.bs, t.para, t.kind = int32(s), int32(e), int32(bs), tz.para, kind
	return t
}

// grow makes room for one more token; out of add, which is then small
// enough to be inlined.
func (tz *tokenizer) grow() { tz.toks = slices.Grow(tz.toks, 1) }

// decodeAt returns the code point at byte i of s and its length; an invalid
// byte is utf8.RuneError of length 1, as in a []rune conversion.
func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// wordShape is what one pass over a word learns about its letters.
//
// It has at most four fields and its address is never taken, so that the
// compiler keeps it in registers.
type wordShape struct {
	runes, letters, upper int
	flags                 uint8 // wsChanged, wsLengthsChange
}

// Flags of wordShape.
const (
	wsChanged       uint8 = 1 << iota // lower-casing changes some character
	wsLengthsChange                   // ... and its byte length (see tokenizer)
)

// word adds the word starting at byte bi (code point ri), whose first
// character is r, and returns where it ends.
func (tz *tokenizer) word(bi, ri int, r rune) (int, int) {
	end, ws := wordEnd(tz.src, bi)
	if ws.flags&wsLengthsChange != 0 {
		tz.lengthsChange = true
	}
	text := tz.src[bi:end]
	var capital bool
	if r < utf8.RuneSelf {
		capital = asciiClass[r]&cUpper != 0
	} else {
		capital = unicode.IsUpper(r)
	}
	capital = capital || len(text) > 4 && (text[2] == '-' || text[3] == '-') && prefixedName(text)
	allCaps := (capital || tz.perWord) && ws.letters >= 2 && ws.upper == ws.letters
	var lex uint32
	if tz.perWord && ws.upper > 0 || !tz.perWord && ws.flags&wsChanged != 0 {
		off := len(tz.lower)
		tz.lower = appendLower(tz.lower, text)
		tz.fixes = append(tz.fixes, lowerSpan{len(tz.toks), off, len(tz.lower)}) // the token added below
		// Its lexicon flags are looked up by fixLower, on the lower-case
		// string, without converting the bytes here.
	} else {
		lex = lexFlags(text)
	}
	// As add does, with every field known: one call fewer per word.
	if len(tz.toks) == cap(tz.toks) {
		tz.grow()
	}
	tz.toks = tz.toks[:len(tz.toks)+1]
	t := &tz.toks[len(tz.toks)-1]
	*t = token{}
	t.text, t.low = text, text
	t.s, t.e, t.bs, t.para, t.kind = int32(ri), int32(ri+ws.runes), int32(bi), tz.para, tWord
	t.lex, t.cap, t.allCaps, t.speech = lex, capital, allCaps, lex&(lxSpeechVerbs|lxReportVerbs) != 0
	return end, ri + ws.runes
}

// plainEnd are the bytes that end a word of lower-case ASCII letters
// in wordEnd with nothing more to it: no joining character, no
// abbreviation's dot, no possessive.
var plainEnd = func() (t [256]bool) {
	for _, c := range []byte(" \n\r\t,;:()\"?!") {
		t[c] = true
	}
	return t
}()

// capWord adds the word at bytes [bi, end) (code point ri) of an ASCII
// capital and lower-case ASCII letters, as word would: capitalised, not
// all capitals, its lower-case form (and so its flags) left to fixLower.
func (tz *tokenizer) capWord(bi, ri, end int) {
	text := tz.src[bi:end]
	off := len(tz.lower)
	tz.lower = append(tz.lower, text[0]+'a'-'A')
	tz.lower = append(tz.lower, text[1:]...)
	tz.fixes = append(tz.fixes, lowerSpan{len(tz.toks), off, len(tz.lower)})
	// As add does, inline (as in word): a call fewer.
	if len(tz.toks) == cap(tz.toks) {
		tz.grow()
	}
	tz.toks = tz.toks[:len(tz.toks)+1]
	t := &tz.toks[len(tz.toks)-1]
	*t = token{}
	t.text, t.low = text, text
	t.s, t.e, t.bs, t.para, t.kind, t.cap = int32(ri), int32(ri+end-bi), int32(bi), tz.para, tWord, true
}

// prefixedName: an Arabic family name written with its article in lower
// case, "al-Araimi", "el-Sisi", "bin-Laden": a capitalised name part.
func prefixedName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 0 || i+1 >= len(w) || w[i+1] < 'A' || w[i+1] > 'Z' {
		return false
	}
	switch w[:i] {
	case "al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "bin", "ibn", "abu", "bint":
		return true
	}
	return false
}

// possessive splits off the 's after a word ending at byte bi.
func (tz *tokenizer) possessive(bi, ri int) (int, int) {
	src := tz.src
	if bi >= len(src) || src[bi] != '\'' && src[bi] != "’"[0] {
		return bi, ri
	}
	r, n := decodeAt(src, bi)
	if !isApos(r) || bi+n >= len(src) || src[bi+n] != 's' && src[bi+n] != 'S' {
		return bi, ri
	}
	if e := bi + n + 1; e < len(src) {
		if next, _ := decodeAt(src, e); isWordRune(next) {
			return bi, ri
		}
	}
	tz.add(tWord, src[bi:bi+n+1], ri, ri+2, bi).low = "'s"
	return bi + n + 1, ri + 2
}

// fixLower points the tokens lower-cased into tz.lower at one string made
// of it, so that all of them cost a single allocation, and looks up their
// lexicon flags there.
func (tz *tokenizer) fixLower() {
	if len(tz.fixes) == 0 {
		return
	}
	all := string(tz.lower)
	for _, f := range tz.fixes {
		t := &tz.toks[f.tok]
		t.low = all[f.off:f.end]
		t.lex = lexFlags(t.low)
		if len(t.low) >= 9 && (strings.HasSuffix(t.low, "albank") || strings.HasSuffix(t.low, "esbank") || strings.HasSuffix(t.low, "enbank") || strings.HasSuffix(t.low, "sbank")) {
			t.lex |= lxOrgWords // "Zürcher Kantonalbank", "Landesbank", "Volksbank" (not Marchbank or Brocklebank, surnames)
		}
		t.speech = t.lex&(lxSpeechVerbs|lxReportVerbs) != 0
	}
}

// appendLower appends the lower-case form of a word (valid UTF-8) to b.
func appendLower(b []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

func isApos(r rune) bool { return r == '\'' || r == '’' }
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r] != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd finds where the word starting at byte i ends: letters and digits,
// joined by inner hyphens, apostrophes and abbreviation dots ("U.S.",
// "we're"). It also returns the word's shape.
func wordEnd(src string, i int) (int, wordShape) {
	var ws wordShape
	j := i
	for j < len(src) {
		// Lower-case ASCII letters, most of any text, in a tight loop.
		k := j
		for k < len(src) && src[k]-'a' < 26 {
			k++
		}
		ws.runes += k - j
		ws.letters += k - j
		if j = k; j == len(src) {
			break
		}
		c := src[j]
		if c < utf8.RuneSelf {
			if cls := asciiClass[c]; cls != 0 {
				ws.runes++
				if cls&cUpper != 0 {
					ws.letters++
					ws.upper++
					ws.flags |= wsChanged
				}
				j++
				continue
			}
			if c != '-' && c != '\'' && c != '.' && (c != ',' || j+1 >= len(src) || src[j+1]-'0' > 9) {
				break
			}
		}
		r, n := decodeAt(src, j)
		if r >= utf8.RuneSelf && !lowerKeepsLength(r, n) {
			ws.flags |= wsLengthsChange
		}
		if r >= utf8.RuneSelf && isWordRune(r) {
			ws = ws.note(r)
			j += n
			continue
		}
		if j+n < len(src) && innerJoin(src, i, j, n, r, ws.runes) {
			ws.runes++
			j += n
			continue
		}
		break
	}
	if j < len(src) && src[j] == '.' && (ws.runes <= 6 && abbrevAt(src[i:j]) && !noBeforeWord(src, i, j) && !(i > 0 && src[i-1] == '/') || ws.runes <= 8 && partyTag(src[i:j]) && j+1 < len(src) && (src[j+1] == ',' || src[j+1] == ')')) {
		j++ // "Mr.", "R-Kan.," (a party and a state); not the "h" of "15km/h."
		ws.runes++
	}
	return j, ws
}

// innerJoin reports whether r, n bytes at j, joins two parts of the word
// starting at i: a hyphen, an apostrophe (not of a possessive 's), or the
// dot of "U.S" or "3.5". runes counts the characters of the word so far.
func innerJoin(src string, i, j, n int, r rune, runes int) bool {
	k := j + n
	next, n := decodeAt(src, k)
	if !isWordRune(next) {
		return false
	}
	switch {
	case r == '-' || r == '‑':
		return true
	case isApos(r):
		if next != 's' && next != 'S' {
			return true
		}
		after := k + n
		if after == len(src) {
			return false
		}
		r2, _ := decodeAt(src, after)
		return isWordRune(r2)
	case r == '.':
		prev, m := utf8.DecodeLastRuneInString(src[i:j])
		if runes == 1 && unicode.IsLetter(next) {
			return true // U.S, D.C
		}
		if runes >= 2 && unicode.IsLetter(next) {
			if prev2, _ := utf8.DecodeLastRuneInString(src[i : j-m]); prev2 == '.' || prev2 == '-' && unicode.IsLetter(prev) {
				return true // U.S.A, D-N.Y (a party and a state)
			}
		}
		return unicode.IsDigit(prev) && unicode.IsDigit(next) // 3.5
	case r == ',':
		// 12,000: a digit, then groups of three digits.
		prev, _ := utf8.DecodeLastRuneInString(src[i:j])
		if prev < '0' || prev > '9' || k+3 > len(src) {
			return false
		}
		for _, c := range []byte(src[k : k+3]) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return k+3 == len(src) || src[k+3] < '0' || src[k+3] > '9'
	}
	return false
}

// Classes of ASCII word characters in asciiClass.
const (
	cLetter uint8 = 1 << iota
	cUpper
	cDigit
)

// asciiClass classes the ASCII letters and digits; other bytes are 0.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cLetter
		t[c-'a'+'A'] = cLetter | cUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = cDigit
	}
	return t
}()

// note counts a non-ASCII letter or digit of a word.
func (ws wordShape) note(r rune) wordShape {
	ws.runes++
	if unicode.IsLetter(r) {
		ws.letters++
		if unicode.IsUpper(r) {
			ws.upper++
		}
	}
	if ws.flags&wsChanged == 0 && unicode.ToLower(r) != r {
		ws.flags |= wsChanged
	}
	return ws
}

// noBeforeWord: the word [i, j) is "No" and its full stop ends a
// sentence ("No. I have never kicked anyone"), not "No. 10".
func noBeforeWord(src string, i, j int) bool {
	if j-i != 2 || src[i] != 'N' && src[i] != 'n' || src[i+1] != 'o' && src[i+1] != 'O' {
		return false
	}
	k := j + 1
	for k < len(src) && src[k] == ' ' {
		k++
	}
	return k < len(src) && (src[k] < '0' || src[k] > '9') && src[k] != '#'
}

// abbrevAt: a known abbreviation, a single letter or dotted letters ("U.S").
func abbrevAt(w string) bool {
	if r, n := utf8.DecodeRuneInString(w); n == len(w) {
		return unicode.IsLetter(r)
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
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A' // unicode.ToLower, for ASCII
		}
		buf[n] = byte(r)
		n++
	}
	if w[0] >= 'a' && w[0] <= 'z' && (n == 3 && string(buf[:n]) == "arc" || n >= 4 && (string(buf[:n]) == "barr" || string(buf[:n]) == "pharm")) {
		return false // titles only when capitalised: "the story arc." ends its sentence
	}
	return lexIn(string(buf[:n]), lxAbbrevs)
}

// grow returns s with length n, reusing its array when it is big enough.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// lowerKeepsLength reports whether lower-casing r, n bytes long, keeps
// its length; general punctuation (dashes, curly quotes) is not lower-cased
// at all. utf8.RuneError, for an invalid byte, never does.
func lowerKeepsLength(r rune, n int) bool {
	if r >= 0x2000 && r <= 0x206F {
		return true
	}
	return r != utf8.RuneError && utf8.RuneLen(unicode.ToLower(r)) == n
}

// byteEnd is the byte offset just past the token's text.
func (t *token) byteEnd() int { return int(t.bs) + len(t.text) }

// isEnd reports whether a punctuation token ends a sentence.
func (t *token) isEnd() bool {
	return t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?")
}

// in reports whether the token's word is in one of the flagged sets.
func (t *token) in(flags uint32) bool { return t.lex&flags != 0 }

func (t *token) is(words ...string) bool {
	for _, w := range words {
		if t.low == w {
			return true
		}
	}
	return false
}
