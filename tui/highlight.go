package tui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/mattn/go-runewidth"

	"dateline/feed/article"
	"dateline/feed/entity"
)

// The highlight renderer: a pure function of the rendered document, the
// entities found in its text, the width and the styles, so it can be tested
// alone. Entity offsets are code points into doc.Text(); each block says
// where its text starts there, so spans map onto a block's runes and from
// there onto its wrapped lines.

type markKind uint8

const (
	markNone markKind = iota
	markQuote
	markPerson
	markPlace
	markSpeakerName
)

type mark struct {
	kind    markKind
	speaker int
}

// speakerOrder numbers the speakers in order of their first quote; each
// number is a colour of the palette.
func speakerOrder(res entity.Result) []string {
	qs := append([]entity.Quote(nil), res.Quotes...)
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	var names []string
	seen := map[string]bool{}
	for _, q := range qs {
		if q.Speaker != "" && !seen[q.Speaker] {
			seen[q.Speaker] = true
			names = append(names, q.Speaker)
		}
	}
	return names
}

// marksFor colours the runes [start, start+n) of the text. Later layers win:
// quotes, then people, places, and the speakers' own names on top.
func marksFor(res entity.Result, order map[string]int, start, n int) []mark {
	marks := make([]mark, n)
	paint := func(s, e int, m mark) {
		for i := max(s, start); i < min(e, start+n); i++ {
			marks[i-start] = m
		}
	}
	for _, q := range res.Quotes {
		if i, ok := order[q.Speaker]; ok {
			paint(q.Start, q.End, mark{markQuote, i})
		}
	}
	for _, p := range res.People {
		if _, ok := order[p.Name]; !ok {
			for _, sp := range p.Mentions {
				paint(sp.Start, sp.End, mark{kind: markPerson})
			}
		}
	}
	for _, p := range res.Places {
		for _, sp := range p.Mentions {
			paint(sp.Start, sp.End, mark{kind: markPlace})
		}
	}
	for _, p := range res.People {
		if i, ok := order[p.Name]; ok {
			for _, sp := range p.Mentions {
				paint(sp.Start, sp.End, mark{markSpeakerName, i})
			}
		}
	}
	return marks
}

func (st *Styles) markStyle(m mark, base lipgloss.Style) lipgloss.Style {
	switch m.kind {
	case markQuote:
		q, _ := st.speaker(m.speaker)
		return q
	case markSpeakerName:
		_, n := st.speaker(m.speaker)
		return n
	case markPlace:
		return st.Place
	case markPerson:
		return st.Person
	}
	return base
}

// renderBody lays the document out in lines of at most width cells, with
// the entities highlighted when hl is set.
func renderBody(doc article.Doc, res entity.Result, width int, st *Styles, hl bool) []string {
	width = max(width, 10)
	var order map[string]int
	if hl {
		order = map[string]int{}
		for i, n := range speakerOrder(res) {
			order[n] = i
		}
	}
	var out []string
	for i, b := range doc.Blocks {
		if i > 0 {
			out = append(out, "")
		}
		out = append(out, renderBlock(b, res, order, width, st)...)
	}
	return append(out, renderLinks(doc.Links, width, st)...)
}

func renderBlock(b article.Block, res entity.Result, order map[string]int, width int, st *Styles) []string {
	rs := []rune(b.Text)
	var marks []mark
	if order != nil {
		marks = marksFor(res, order, b.Start, len(rs))
	}
	switch b.Kind {
	case article.Rule:
		return []string{st.Muted.Render(strings.Repeat("─", min(width, 40)))}
	case article.Pre:
		return renderPre(rs, marks, width, st)
	case article.Heading:
		return styledWrap(rs, marks, width, "", "", st.Heading, st)
	case article.Quote:
		bar := st.Separator.Render("│ ")
		return styledWrap(rs, marks, width-2, bar, bar, st.Quote, st)
	case article.Image:
		return styledWrap(rs, marks, width, "", "", st.Image, st)
	case article.ListItem:
		indent := strings.Repeat("  ", max(0, b.Level-1))
		first := indent + b.Marker + " "
		rest := strings.Repeat(" ", runewidth.StringWidth(first))
		return styledWrap(rs, marks, width-len([]rune(rest)), first, rest, lipgloss.Style{}, st)
	}
	return styledWrap(rs, marks, width, "", "", lipgloss.Style{}, st)
}

// styledWrap wraps runes and styles each run of equal marks.
func styledWrap(rs []rune, marks []mark, width int, first, rest string, base lipgloss.Style, st *Styles) []string {
	var out []string
	for i, ln := range wrapRunes(rs, max(width, 5)) {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		out = append(out, prefix+styleRuns(rs, marks, ln[0], ln[1], base, st))
	}
	return out
}

func styleRuns(rs []rune, marks []mark, from, to int, base lipgloss.Style, st *Styles) string {
	if marks == nil {
		return renderStyled(base, string(rs[from:to]))
	}
	var sb strings.Builder
	for a := from; a < to; {
		b := a + 1
		for b < to && marks[b] == marks[a] {
			b++
		}
		sb.WriteString(renderStyled(st.markStyle(marks[a], base), string(rs[a:b])))
		a = b
	}
	return sb.String()
}

// renderStyled skips lipgloss for unstyled text: it is the common case.
func renderStyled(s lipgloss.Style, text string) string {
	if !hasAttrs(s) {
		return text
	}
	return s.Render(text)
}

func hasAttrs(s lipgloss.Style) bool {
	return s.GetBold() || s.GetItalic() || s.GetUnderline() || s.GetFaint() || s.GetReverse() ||
		s.GetForeground() != (lipgloss.NoColor{}) || s.GetBackground() != (lipgloss.NoColor{})
}

// renderPre keeps the lines as they are and cuts what does not fit.
func renderPre(rs []rune, marks []mark, width int, st *Styles) []string {
	var out []string
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		end := start + cutToWidth(rs[start:i], width)
		out = append(out, styleRuns(rs, marks, start, end, st.Pre, st))
		start = i + 1
	}
	return out
}

func cutToWidth(rs []rune, width int) int {
	w := 0
	for i, r := range rs {
		w += runewidth.RuneWidth(r)
		if w > width {
			return i
		}
	}
	return len(rs)
}

func renderLinks(links []article.Link, width int, st *Styles) []string {
	if len(links) == 0 {
		return nil
	}
	out := []string{"", st.Heading.Render("Links")}
	for _, l := range links {
		ref := "[" + itoa(l.N) + "] "
		out = append(out, st.LinkRef.Render(ref)+st.Link.Render(truncate(l.URL, width-len(ref))))
	}
	return out
}
