package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed/entity"
)

// entityWidth is the entity panel's width in cells, separator included.
const entityWidth = 34

type entItem struct {
	text    string
	query   string // empty: not selectable (headers, quotes)
	speaker int    // colour index, -1 for none
	kind    markKind
}

// entityPane lists the people quoted (with their quotes under them), the
// other people and the places of the open article.
type entityPane struct {
	items  []entItem
	cursor int
	top    int
	height int
}

func (e *entityPane) build(res entity.Result, speakers []string, text []rune) {
	quotes := map[string][]entity.Quote{}
	for _, q := range res.Quotes {
		quotes[q.Speaker] = append(quotes[q.Speaker], q)
	}
	var items []entItem
	if len(speakers) > 0 {
		items = append(items, entItem{text: "Quoted", speaker: -1})
	}
	for i, name := range speakers {
		qs := quotes[name]
		items = append(items, entItem{text: fmt.Sprintf("%s (%d)", name, len(qs)), query: fmt.Sprintf("speaker:%q", name), speaker: i, kind: markSpeakerName})
		for _, q := range qs {
			items = append(items, entItem{text: "  “" + snippet(text, q.Start, q.End) + "”", speaker: i, kind: markQuote})
		}
	}
	items = e.others(items, res, speakers)
	e.items = items
	e.cursor = 0
	e.top = 0
	e.move(0)
}

func (e *entityPane) others(items []entItem, res entity.Result, speakers []string) []entItem {
	quoted := map[string]bool{}
	for _, s := range speakers {
		quoted[s] = true
	}
	first := true
	for _, p := range res.People {
		if quoted[p.Name] {
			continue
		}
		if first {
			items, first = append(items, entItem{text: "People", speaker: -1}), false
		}
		items = append(items, entItem{text: p.Name, query: fmt.Sprintf("person:%q", p.Name), speaker: -1, kind: markPerson})
	}
	if len(res.Places) > 0 {
		items = append(items, entItem{text: "Places", speaker: -1})
	}
	for _, p := range res.Places {
		label := p.Name
		if p.Country != "" {
			label += " (" + p.Country + ")"
		}
		items = append(items, entItem{text: label, query: fmt.Sprintf("place:%q", p.Name), speaker: -1, kind: markPlace})
	}
	return items
}

func snippet(text []rune, start, end int) string {
	if start < 0 || end > len(text) || start >= end {
		return "…"
	}
	return strings.Join(strings.Fields(string(text[start:end])), " ")
}

// move steps to the next selectable item in the direction of delta.
func (e *entityPane) move(delta int) {
	step := sign(delta)
	for i := e.cursor + delta; i >= 0 && i < len(e.items); i += step {
		if e.items[i].query != "" {
			e.cursor = i
			break
		}
	}
	if e.cursor < len(e.items) && e.items[e.cursor].query == "" && delta == 0 {
		e.move(1)
	}
	if e.cursor < e.top {
		e.top = max(0, e.cursor-1)
	}
	if e.height > 0 && e.cursor >= e.top+e.height {
		e.top = e.cursor - e.height + 1
	}
}

func (m *Model) entityKey(msg tea.KeyMsg) tea.Cmd {
	e := &m.ents
	switch {
	case key.Matches(msg, m.keys.Down):
		e.move(1)
	case key.Matches(msg, m.keys.Up):
		e.move(-1)
	case key.Matches(msg, m.keys.Open):
		if e.cursor < len(e.items) && e.items[e.cursor].query != "" {
			m.focus = focusList
			return tea.Batch(m.setQuery(e.items[e.cursor].query), m.afterMove())
		}
	}
	return nil
}

func (e *entityPane) view(st *Styles, width int, focused bool) []string {
	out := make([]string, 0, e.height)
	if len(e.items) == 0 {
		out = append(out, st.Muted.Render(truncate("no people or places found", width)))
	}
	for i := e.top; i < len(e.items) && len(out) < e.height; i++ {
		it := e.items[i]
		text := padPlain(it.text, width)
		switch {
		case i == e.cursor && focused:
			text = st.Selected.Render(text)
		case it.query == "" && it.kind == markNone:
			text = st.PaneHeader.Render(text)
		default:
			text = st.markStyle(mark{it.kind, max(0, it.speaker)}, st.Status).Render(text)
		}
		out = append(out, text)
	}
	for i := range out {
		out[i] = pad(out[i], width)
	}
	for len(out) < e.height {
		out = append(out, strings.Repeat(" ", width))
	}
	return out
}
