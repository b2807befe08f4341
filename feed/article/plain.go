package article

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// listLine matches a plain-text list line: indentation, a bullet or a
// number, then the item.
var listLine = regexp.MustCompile(`^( *)([-*•+]|[0-9]{1,3}[.)]) +(\S.*)$`)

// renderPlain renders text without markup: paragraphs are separated by blank
// lines, and the lines of a paragraph are joined, unless the paragraph is a
// list, whose items keep their own lines.
func renderPlain(s string) []Block {
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	s = SanitizeText(s)
	var blocks []Block
	for _, para := range splitParagraphs(s) {
		if len(blocks) >= MaxBlocks {
			break
		}
		if listLine.MatchString(para[0]) {
			blocks = append(blocks, plainList(para)...)
			continue
		}
		text := strings.Join(strings.Fields(strings.Join(para, " ")), " ")
		blocks = append(blocks, Block{Kind: Paragraph, Text: text})
	}
	return blocks
}

// splitParagraphs groups the lines of s into paragraphs at blank lines.
func splitParagraphs(s string) [][]string {
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}

// plainList turns the lines of a list paragraph into list items. Lines that
// are not items continue the item before them; indentation gives the depth.
func plainList(lines []string) []Block {
	var items []Block
	for _, line := range lines {
		if len(items) >= MaxBlocks {
			break
		}
		m := listLine.FindStringSubmatch(line)
		if m == nil {
			last := &items[len(items)-1]
			last.Text += " " + strings.Join(strings.Fields(line), " ")
			continue
		}
		marker := "•"
		if n, err := strconv.Atoi(strings.TrimRight(m[2], ".)")); err == nil {
			marker = strconv.Itoa(n) + "."
		}
		text := strings.Join(strings.Fields(m[3]), " ")
		items = append(items, Block{Kind: ListItem, Level: 1 + min(len(m[1])/2, 8), Marker: marker, Text: text})
	}
	return items
}
