package article

import "strings"

// Placeholders until the renderer and sanitiser land.

// Render renders HTML or plain text into blocks.
func Render(s string) Doc {
	d := Doc{text: s}
	d.Blocks = []Block{{Kind: Paragraph, Text: s}}
	return d
}

// Sanitize cleans a one-line string from a feed.
func Sanitize(s string) string { return strings.TrimSpace(s) }

// SanitizeText cleans a multi-line string from a feed.
func SanitizeText(s string) string { return s }
