package store

import (
	"html"
	"strings"
)

// plainText is what the search index gets of an HTML (or plain) body: the
// text without tags, with entities decoded. Script and style bodies are
// already gone (feed/article sanitises), so a tag stripper is enough; a
// tag is replaced by a space so that words on either side stay apart.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		if !isTagStart(s[i+1:]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break // an unclosed tag: drop the rest, as a browser would
		}
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}

// isTagStart reports whether what follows a '<' opens a tag, a closing tag
// or a comment, rather than being a less-than sign.
func isTagStart(rest string) bool {
	if rest == "" {
		return false
	}
	c := rest[0]
	return c == '/' || c == '!' || c == '?' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
