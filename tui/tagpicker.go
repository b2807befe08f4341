package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/sahilm/fuzzy"

	"dateline/feed"
)

// tagPicker is the overlay that picks tags: typing filters them fuzzily,
// space marks several, enter chooses (the marked ones, else the one under
// the cursor).
type tagPicker struct {
	in      textinput.Model
	tags    []feed.TagCount
	names   []string
	shown   []int // indexes into tags, best match first
	cursor  int
	picked  map[string]bool
	order   []string // picked, in the order they were picked
	visible int
}

func newTagPicker() tagPicker {
	in := textinput.New()
	// A steady cursor: the blink would need its own messages routed here.
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Prompt = "tag: "
	in.Placeholder = "type to filter"
	return tagPicker{in: in, picked: map[string]bool{}}
}

func (t *tagPicker) open() {
	t.in.SetValue("")
	t.in.Focus()
	t.cursor = 0
	t.picked = map[string]bool{}
	t.order = nil
	t.filter()
}

func (t *tagPicker) setTags(tags []feed.TagCount) {
	t.tags = tags
	t.names = make([]string, len(tags))
	for i, tc := range tags {
		t.names[i] = tc.Name
	}
	t.filter()
}

func (t *tagPicker) filter() {
	t.shown = t.shown[:0]
	if q := t.in.Value(); q != "" {
		for _, m := range fuzzy.Find(q, t.names) {
			t.shown = append(t.shown, m.Index)
		}
	} else {
		for i := range t.tags {
			t.shown = append(t.shown, i)
		}
	}
	t.cursor = max(0, min(t.cursor, len(t.shown)-1))
}

func (t *tagPicker) toggle() {
	if t.cursor >= len(t.shown) {
		return
	}
	name := t.tags[t.shown[t.cursor]].Name
	if t.picked[name] {
		delete(t.picked, name)
		for i, n := range t.order {
			if n == name {
				t.order = append(t.order[:i], t.order[i+1:]...)
				break
			}
		}
		return
	}
	t.picked[name] = true
	t.order = append(t.order, name)
}

// query is the filter the picked tags make: tag:"a" tag:"b".
func (t *tagPicker) query() string {
	names := t.order
	if len(names) == 0 && t.cursor < len(t.shown) {
		names = []string{t.tags[t.shown[t.cursor]].Name}
	}
	terms := make([]string, len(names))
	for i, n := range names {
		terms[i] = fmt.Sprintf("tag:%q", n)
	}
	return strings.Join(terms, " ")
}

func (m *Model) tagKey(msg tea.KeyMsg) tea.Cmd {
	t := &m.tags
	switch {
	case msg.Type == tea.KeyEsc:
		m.overlay = overlayNone
		return nil
	case msg.Type == tea.KeyEnter:
		m.overlay = overlayNone
		if q := t.query(); q != "" {
			m.focus = focusList
			return tea.Batch(m.setQuery(q), m.afterMove())
		}
		return nil
	case key.Matches(msg, m.keys.ToggleTag):
		t.toggle()
		return nil
	case msg.Type == tea.KeyDown || msg.Type == tea.KeyCtrlN:
		t.cursor = min(t.cursor+1, len(t.shown)-1)
		return nil
	case msg.Type == tea.KeyUp || msg.Type == tea.KeyCtrlP:
		t.cursor = max(t.cursor-1, 0)
		return nil
	}
	var cmd tea.Cmd
	t.in, cmd = t.in.Update(msg)
	t.filter()
	return cmd
}

// view renders the picker's lines (the overlay frames them).
func (t *tagPicker) view(st *Styles, width, height int) []string {
	out := []string{t.in.View(), ""}
	rows := max(1, height-3)
	from := max(0, t.cursor-rows+1)
	for i := from; i < len(t.shown) && i < from+rows; i++ {
		tc := t.tags[t.shown[i]]
		mark := "  "
		if t.picked[tc.Name] {
			mark = "✓ "
		}
		count := fmt.Sprintf(" %d/%d", tc.Unread, tc.Total)
		line := mark + padPlain(tc.Name, width-len(count)-2) + count
		if i == t.cursor {
			line = st.Selected.Render(line)
		}
		out = append(out, line)
	}
	if len(t.shown) == 0 {
		out = append(out, st.Muted.Render("no tag matches"))
	}
	return append(out, st.Muted.Render(truncate("space: pick several · enter: filter · esc: cancel", width)))
}
