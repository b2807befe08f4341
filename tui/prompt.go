package tui

import (
	"context"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

type promptKind int

const (
	promptNone promptKind = iota
	promptSearch
	promptQuery
	promptSaveName
)

// searchDelay debounces the live search: a query runs when typing pauses.
var searchDelay = 150 * time.Millisecond

// prompt is the one-line input under the panes: `/` search, `:` query,
// and the name of a query being saved.
type prompt struct {
	kind    promptKind
	in      textinput.Model
	err     string
	before  string // the list's query when the prompt opened; esc restores it
	saving  string // the query being named
	history []string
	histIdx int
	seq     int
}

func newPrompt() prompt {
	in := textinput.New()
	// A steady cursor: the blink would need its own messages routed here.
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Prompt = ""
	in.CharLimit = 1000
	return prompt{in: in}
}

func (p *prompt) active() bool { return p.kind != promptNone }

func (p *prompt) open(kind promptKind, value, before string) tea.Cmd {
	p.kind, p.err, p.before = kind, "", before
	if kind == promptSaveName {
		p.saving = value
	}
	p.in.SetValue(value)
	p.in.CursorEnd()
	p.histIdx = len(p.history)
	return p.in.Focus()
}

func (p *prompt) close() {
	p.kind, p.err = promptNone, ""
	p.in.Blur()
}

func (p *prompt) label() string {
	switch p.kind {
	case promptSearch:
		return "/"
	case promptQuery:
		return ":"
	}
	return "save as: "
}

func (p *prompt) remember(q string) {
	if q != "" && (len(p.history) == 0 || p.history[len(p.history)-1] != q) {
		p.history = append(p.history, q)
	}
	p.histIdx = len(p.history)
}

// recall steps through the history of queries.
func (p *prompt) recall(delta int) {
	i := p.histIdx + delta
	if i < 0 || i > len(p.history) {
		return
	}
	p.histIdx = i
	if i == len(p.history) {
		p.in.SetValue("")
	} else {
		p.in.SetValue(p.history[i])
	}
	p.in.CursorEnd()
}

// promptKey edits the prompt; enter, esc and the history keys act.
func (m *Model) promptKey(msg tea.KeyMsg) tea.Cmd {
	p := &m.prompt
	k := m.keys
	switch {
	case msg.Type == tea.KeyEsc:
		return m.cancelPrompt()
	case msg.Type == tea.KeyEnter:
		return m.submitPrompt()
	case key.Matches(msg, k.PromptSave):
		q := strings.TrimSpace(p.in.Value())
		p.close()
		return p.open(promptSaveName, q, m.list.query)
	case p.kind == promptQuery && key.Matches(msg, k.HistoryUp):
		p.recall(-1)
		return nil
	case p.kind == promptQuery && key.Matches(msg, k.HistoryDown):
		p.recall(1)
		return nil
	}
	before := p.in.Value()
	var cmd tea.Cmd
	p.in, cmd = p.in.Update(msg)
	if p.kind == promptSearch && p.in.Value() != before {
		p.seq++
		cmd = tea.Batch(cmd, searchAfter(p.seq))
	}
	return cmd
}

func (m *Model) cancelPrompt() tea.Cmd {
	p := &m.prompt
	kind, before := p.kind, p.before
	p.close()
	if kind == promptSearch && m.list.query != before {
		return m.setQuery(before)
	}
	return nil
}

func (m *Model) submitPrompt() tea.Cmd {
	p := &m.prompt
	v := strings.TrimSpace(p.in.Value())
	switch p.kind {
	case promptSaveName:
		m.saveQuery(v, p.saving)
		p.close()
		return loadSavedCounts(m.ctx, m.b, m.saved)
	case promptSearch:
		// Keep the results; focus returns to the list.
		p.close()
		m.focus = focusList
		if v != m.list.query {
			return tryQuery(m.ctx, m.b, promptSearch, v)
		}
		return nil
	}
	return tryQuery(m.ctx, m.b, promptQuery, v)
}

func (m *Model) saveQuery(name, q string) {
	if q == "" {
		m.setStatus("nothing to save: the filter is empty", true)
		return
	}
	if name == "" {
		name = q
	}
	for i, s := range m.saved {
		if s.Name == name {
			m.saved[i].Query = q
			m.setStatus("saved "+name, false)
			return
		}
	}
	m.saved = append(m.saved, SavedQuery{Name: name, Query: q})
	m.rebuildSidebar()
	m.setStatus("saved "+name, false)
}

func (m *Model) handleSearchTick(msg searchTickMsg) tea.Cmd {
	if msg.seq != m.prompt.seq || m.prompt.kind != promptSearch {
		return nil
	}
	return tryQuery(m.ctx, m.b, promptSearch, strings.TrimSpace(m.prompt.in.Value()))
}

// handleQueryTried makes a query the list's when it parsed; otherwise the
// error shows under the input and the previous results stay.
func (m *Model) handleQueryTried(msg queryTriedMsg) tea.Cmd {
	p := &m.prompt
	if msg.err != nil {
		if p.kind == msg.origin {
			p.err = msg.err.Error()
		} else {
			m.setStatus(msg.err.Error(), true)
		}
		return nil
	}
	p.err = ""
	if msg.origin == promptQuery {
		p.remember(msg.query)
		if p.kind == promptQuery {
			p.close()
			m.focus = focusList
		}
	}
	if m.list.grouped {
		return m.setQuery(msg.query)
	}
	m.list.reset(msg.query)
	m.list.height = m.listHeight()
	m.list.installPage(pageLoadedMsg{gen: m.list.gen, p: msg.p})
	return tea.Batch(m.afterListChange(nil), m.afterMove())
}

func tryQuery(ctx context.Context, b Backend, origin promptKind, q string) tea.Cmd {
	return func() tea.Msg {
		p, err := b.List(ctx, q, 0, pageSize)
		return queryTriedMsg{origin: origin, query: q, p: p, err: err}
	}
}

func searchAfter(seq int) tea.Cmd {
	return tea.Tick(searchDelay, func(time.Time) tea.Msg { return searchTickMsg{seq} })
}
