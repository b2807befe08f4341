package article

import (
	"regexp"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"strings"
	"unicode/utf8"
)

// Limits that keep hostile or broken input cheap.
const (
	// MaxInput is how much of an article Render reads; the rest is dropped.
	MaxInput = 4 << 20
	// MaxDepth is how deep element nesting is tracked; deeper elements are
	// flattened into their ancestor at that depth.
	MaxDepth = 256
	// MaxBlocks caps the number of blocks in a Doc.
	MaxBlocks = 20000
	// MaxLinks caps the numbered links; later links keep only their text.
	MaxLinks = 999
	// maxURL caps the length of a link's URL, in runes.
	maxURL = 4096
)

// markup matches what only HTML has: a start or end tag, a comment or a
// doctype. Plain text with a stray "<" or "a < b" does not match.
var markup = regexp.MustCompile(`(?i)<(?:/?[a-z][a-z0-9-]*(?:\s[^<>]*)?/?>|!--|!doctype)`)

// Render turns the HTML (or plain text, when s has no markup) a feed sends
// into blocks. Every string in the result is sanitised.
func Render(s string) Doc {
	s = truncateBytes(s, MaxInput)
	var blocks []Block
	var links []Link
	if markup.MatchString(s) {
		blocks, links = renderHTML(s)
	} else {
		blocks = renderPlain(s)
	}
	return assemble(blocks, links)
}

// assemble joins the blocks' texts into the Doc's text and records where
// each block starts, in code points.
func assemble(blocks []Block, links []Link) Doc {
	if len(blocks) > MaxBlocks {
		blocks = blocks[:MaxBlocks]
	}
	var b strings.Builder
	pos := 0
	for i := range blocks {
		if i > 0 {
			b.WriteString("\n\n")
			pos += 2
		}
		blocks[i].Start = pos
		b.WriteString(blocks[i].Text)
		pos += utf8.RuneCountInString(blocks[i].Text)
	}
	return Doc{Blocks: blocks, Links: links, text: b.String()}
}

// StripTags turns a field that may hold markup (a title such as
// "<b>Breaking</b>: a &amp; b") into one line of sanitised plain text.
func StripTags(s string) string {
	s = truncateBytes(s, maxFieldBytes)
	if !strings.ContainsAny(s, "<&") {
		return Sanitize(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return Sanitize(b.String())
		case html.TextToken:
			if !skip {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			tag := tagOf(z)
			skip = tt == html.StartTagToken && isRawDrop(tag)
			if isBlock(tag) || tag == atom.Br {
				b.WriteByte(' ')
			}
			continue
		}
		skip = false
	}
}
