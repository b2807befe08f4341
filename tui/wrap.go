package tui

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
)

// wrapRunes breaks text into lines of at most width cells at spaces, and
// inside words only when a word is longer than a line. It returns rune
// ranges [start, end) so that marks found by offset follow the text onto
// its lines. Newlines break lines too.
func wrapRunes(rs []rune, width int) [][2]int {
	var lines [][2]int
	start, w := 0, 0
	lastSpace := -1
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			lines = append(lines, [2]int{start, i})
			start, w, lastSpace = i+1, 0, -1
			continue
		}
		if unicode.IsSpace(r) {
			lastSpace = i
		}
		w += runewidth.RuneWidth(r)
		if w <= width {
			continue
		}
		if lastSpace >= start && lastSpace > start {
			lines = append(lines, [2]int{start, lastSpace})
			start = lastSpace + 1
		} else {
			lines = append(lines, [2]int{start, i})
			start = i
		}
		lastSpace = -1
		w = runewidth.StringWidth(string(rs[start : i+1]))
	}
	if start < len(rs) || len(lines) == 0 {
		lines = append(lines, [2]int{start, len(rs)})
	}
	return lines
}

// truncate cuts plain text to width cells with an ellipsis, and drops
// control characters on the way as a last guard against a feed's escapes.
func truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			clean = false
			break
		}
	}
	if !clean {
		s = strings.Map(func(r rune) rune {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				return ' '
			}
			return r
		}, s)
	}
	if runewidth.StringWidth(s) <= width {
		return s
	}
	return runewidth.Truncate(s, width, "…")
}

// pad fits a styled line to exactly width cells.
func pad(s string, width int) string {
	w := ansi.StringWidth(s)
	switch {
	case w == width:
		return s
	case w < width:
		return s + strings.Repeat(" ", width-w)
	}
	return ansi.Truncate(s, width, "")
}

// padPlain fits plain text to width cells.
func padPlain(s string, width int) string {
	s = truncate(s, width)
	if w := runewidth.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func stripANSI(s string) string { return ansi.Strip(s) }
