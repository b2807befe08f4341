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
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// NameTerms are the terms under which a person's or place's name is found:
// the whole normalised name, each of its words, and the parts of
// hyphenated words ("Jean-Luc Picard": "jean-luc picard", "jean-luc",
// "picard", "jean", "luc").
func NameTerms(name string) []string {
	whole := Normalize(name)
	if whole == "" {
		return nil
	}
	seen := map[string]bool{whole: true}
	terms := []string{whole}
	add := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			terms = append(terms, w)
		}
	}
	for _, w := range strings.Fields(whole) {
		add(w)
		if strings.Contains(w, "-") {
			for _, p := range strings.Split(w, "-") {
				add(p)
			}
		}
	}
	return terms
}
