package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Feeds are untrusted: a title or a body may carry terminal escape
// sequences (clear the screen, set the window title, write the clipboard,
// plant hyperlinks) or invisible characters that reorder or hide text. The
// functions here remove all of that so that whatever reaches the reader is
// printable text only.

// MaxTitle is the rune cap Sanitize applies to one-line fields.
const MaxTitle = 1024

// maxFieldBytes bounds how much of a one-line field is examined at all, so a
// hostile multi-megabyte "title" costs no more than a normal one.
const maxFieldBytes = 64 << 10

// tabWidth is the tab stop used when tabs are expanded to spaces.
const tabWidth = 4

// Sanitize cleans a one-line field (title, author, feed name, link, an error
// text quoting a server): invalid UTF-8 becomes U+FFFD; control characters,
// escape sequences, bidirectional controls and invisible characters are
// removed; any whitespace run becomes one space; the result is trimmed and
// capped at MaxTitle runes.
func Sanitize(s string) string { return SanitizeN(s, MaxTitle) }

// SanitizeN is Sanitize with a cap of n runes (n <= 0: no rune cap). Only
// the first 64 KiB, or 4n bytes if more, of s are read.
func SanitizeN(s string, n int) string {
	if (n <= 0 || len(s) <= n) && isCleanField(s) {
		return s
	}
	limit := maxFieldBytes
	if n > 0 && n*4 > limit {
		limit = n * 4
	}
	s = scrub(truncateBytes(s, limit))
	var b strings.Builder
	b.Grow(len(s))
	count, space := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = count > 0
			continue
		}
		if n > 0 && count+btoi(space) >= n {
			break
		}
		if space {
			b.WriteByte(' ')
			count++
			space = false
		}
		b.WriteRune(r)
		count++
	}
	return b.String()
}

// isCleanField reports whether s is already what SanitizeN makes of it,
// for plain ASCII: printable, single spaces, none at either end. Most
// fields are, and need no copy.
func isCleanField(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		} else if c <= 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// SanitizeText cleans a multi-line body the way Sanitize cleans a field, but
// keeps line breaks: "\r\n" and "\r" become "\n", tabs are expanded to
// spaces, trailing spaces on each line and blank lines at either end are
// dropped.
func SanitizeText(s string) string {
	s = scrub(s)
	if isCleanText(s) {
		return strings.Trim(s, "\n")
	}
	return cleanLines(s)
}

// cleanLines is SanitizeText after scrub, line by line.
func cleanLines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(expandTabs(spacesToASCII(l)), unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// isCleanText reports whether scrubbed text has nothing for SanitizeText
// to change but blank lines at its ends: no CR, no tab, no non-ASCII
// space, no space at the end of a line. Most bodies are like that.
func isCleanText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\r' || c == '\t':
			return false
		case c == ' ' && (i+1 == len(s) || s[i+1] == '\n'):
			return false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// truncateBytes cuts s to at most n bytes without splitting a rune.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// spacesToASCII turns the exotic Unicode spaces (no-break, em space, line
// separator...) into plain spaces; tabs and newlines are left alone.
func spacesToASCII(s string) string {
	if isASCII(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0x7f && unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// expandTabs replaces tabs in one line with spaces up to the next tab stop.
func expandTabs(line string) string {
	if !strings.Contains(line, "\t") {
		return line
	}
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// StripEscapes removes terminal escape sequences whole (and other
// invisible controls) from raw text such as a feed document before it is
// parsed, so that an XML parser dropping a bare ESC cannot leave the rest
// of a sequence behind as visible text. Line breaks and tabs are kept.
func StripEscapes(s string) string { return scrub(s) }
