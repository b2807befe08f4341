package article

import (
	"strings"
	"unicode/utf8"
)

// scrub removes everything a terminal could act on, and everything that is
// invisible yet changes how text reads, keeping tab, newline and carriage
// return for the callers to handle. Invalid UTF-8 becomes U+FFFD.
//
// Escape sequences are removed whole, not just their ESC: what follows an
// ESC is an instruction to the terminal, not text meant for the reader.
func scrub(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	keep := 0 // s[keep:i] is clean text not yet copied to b
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		bad := r == utf8.RuneError && size == 1
		if !bad && r != 0x1b && !isC1Introducer(r) && !isInvisible(r) {
			i += size
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[keep:i])
		switch {
		case bad:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case isC1Introducer(r):
			i = skipC1(s, i+size, r)
		default: // invisible
			i += size
		}
		keep = i
	}
	if keep == 0 {
		return s
	}
	b.WriteString(s[keep:])
	return b.String()
}

// isPlainASCII reports whether s is printable ASCII plus tab, LF and CR:
// the common case, which needs no copy.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x7f || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
			return false
		}
	}
	return true
}

// isInvisible reports the code points that are removed outright: C0 and C1
// controls, DEL, bidirectional embeddings, overrides, isolates and marks
// (which can make text display in an order other than the one it is stored
// in), zero-width characters and other invisible formatting, and the Unicode
// tag characters (which can smuggle hidden ASCII).
func isInvisible(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0xad, // soft hyphen
		r == 0x061c,                  // Arabic letter mark
		r == 0x180e,                  // Mongolian vowel separator
		r >= 0x200b && r <= 0x200f,   // zero-width space/non-joiner/joiner, LRM, RLM
		r >= 0x202a && r <= 0x202e,   // LRE, RLE, PDF, LRO, RLO
		r >= 0x2060 && r <= 0x2064,   // word joiner, invisible operators
		r >= 0x2066 && r <= 0x206f,   // isolates and deprecated format controls
		r == 0xfeff,                  // zero-width no-break space, BOM
		r >= 0xfff9 && r <= 0xfffb,   // interlinear annotation
		r >= 0xe0000 && r <= 0xe007f: // tags
		return true
	}
	return false
}

// isC1Introducer reports the 8-bit (C1) forms of the sequence introducers:
// CSI, OSC, DCS, SOS, PM and APC.
func isC1Introducer(r rune) bool {
	switch r {
	case 0x9b, 0x9d, 0x90, 0x98, 0x9e, 0x9f:
		return true
	}
	return false
}

// skipEscape returns the index just past the escape sequence whose ESC ended
// at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[':
		return skipCSI(s, i+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return skipString(s, i+1)
	case c >= 0x20 && c <= 0x2f: // intermediates, then one final byte
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	case c >= 0x30 && c <= 0x7e: // a two-character sequence such as ESC c
		return i + 1
	}
	return i // a lone ESC: drop it, keep what follows
}

// skipC1 is skipEscape for the 8-bit introducers.
func skipC1(s string, i int, r rune) int {
	if r == 0x9b {
		return skipCSI(s, i)
	}
	return skipString(s, i)
}

// skipCSI skips parameter and intermediate bytes and the final byte of a
// control sequence. A byte that cannot be part of one ends it early and is
// kept, as a terminal would show it.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString skips the body of an OSC, DCS, SOS, PM or APC string up to and
// including its terminator: BEL, ST (ESC \ or U+009C), or CAN/SUB, which
// abort it. An unterminated string runs to the end, as it would on a
// terminal.
func skipString(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case 0x07, 0x18, 0x1a:
			return i + 1
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i // another sequence starts: let the caller handle it
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c {
				return i + 2
			}
		}
		i++
	}
	return i
}
