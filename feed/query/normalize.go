package query

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Normalize is the form in which tags, names and feed titles are compared:
// lower case, without diacritics, with runs of white space made one space.
// "Zürich " and "zurich" are the same.
func Normalize(s string) string {
	if isASCII(s) {
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// isASCII reports whether s has nothing for the diacritic folding to do.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
