package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

// globalKey handles the bindings that act whatever pane has focus.
func (m *Model) globalKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		m.cancel()
		return tea.Quit, true
	case key.Matches(msg, k.Back):
		m.back()
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
	case key.Matches(msg, k.Errors):
		m.overlay = overlayErrors
		return loadFeeds(m.ctx, m.b), true
	case key.Matches(msg, k.Tags):
		m.overlay = overlayTags
		m.tags.open()
		return loadTags(m.ctx, m.b), true
	case key.Matches(msg, k.Search):
		return m.prompt.open(promptSearch, "", m.list.query), true
	case key.Matches(msg, k.Query):
		return m.prompt.open(promptQuery, m.list.query, m.list.query), true
	case key.Matches(msg, k.SaveQuery):
		return m.prompt.open(promptSaveName, m.list.query, m.list.query), true
	default:
		return m.viewKey(msg)
	}
	return nil, true
}

// viewKey handles the bindings that change what is shown and where.
func (m *Model) viewKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Sidebar):
		m.toggleSidebar()
	case key.Matches(msg, k.Entities):
		m.toggleEntities()
	case key.Matches(msg, k.Highlights):
		m.highlights = !m.highlights
		m.relayoutReader()
	case key.Matches(msg, k.Layout):
		m.toggleLayout()
	case key.Matches(msg, k.Shrink):
		m.ratio = max(0.2, m.ratio-0.05)
		m.resize(m.width, m.height)
	case key.Matches(msg, k.Grow):
		m.ratio = min(0.8, m.ratio+0.05)
		m.resize(m.width, m.height)
	case key.Matches(msg, k.Group):
		m.list.grouped = !m.list.grouped
		return m.setQuery(m.list.query), true
	case key.Matches(msg, k.SwitchPane):
		m.cycleFocus()
	default:
		return m.articleKey(msg)
	}
	return nil, true
}

// articleKey handles the bindings that act on articles.
func (m *Model) articleKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.NextUnread):
		return m.jumpUnread(1), true
	case key.Matches(msg, k.PrevUnread):
		return m.jumpUnread(-1), true
	case key.Matches(msg, k.ToggleRead):
		return m.toggleRead(), true
	case key.Matches(msg, k.Star):
		return m.toggleStar(), true
	case key.Matches(msg, k.MarkAllRead):
		return m.markAllRead(), true
	case key.Matches(msg, k.OpenBrowser):
		return m.openURL(m.reader.a.Link), true
	case key.Matches(msg, k.OpenLink):
		if u, ok := m.reader.link(int(msg.String()[0] - '0')); ok {
			return m.openURL(u), true
		}
	case key.Matches(msg, k.FullText):
		m.setStatus("fetching full text…", false)
		return fetchFullText(m.ctx, m.b, m.find, m.reader.a.ID), true
	case key.Matches(msg, k.Reload):
		return m.startReload([]string{m.list.selected().FeedURL}), true
	case key.Matches(msg, k.ReloadAll):
		return m.startReload(nil), true
	default:
		return nil, false
	}
	return nil, true
}

// back closes the innermost panel.
func (m *Model) back() {
	switch {
	case m.showEntities && m.focus == focusEntities:
		m.toggleEntities()
	case m.showSidebar && m.focus == focusSidebar:
		m.toggleSidebar()
	case m.focus == focusReader:
		m.focus = focusList
	}
}

func (m *Model) cycleFocus() {
	order := []focus{focusList, focusReader}
	if m.showEntities {
		order = append(order, focusEntities)
	}
	if m.showSidebar {
		order = append([]focus{focusSidebar}, order...)
	}
	for i, f := range order {
		if f == m.focus {
			m.focus = order[(i+1)%len(order)]
			return
		}
	}
	m.focus = focusList
}

func (m *Model) toggleSidebar() {
	m.showSidebar = !m.showSidebar
	if m.showSidebar {
		m.focus = focusSidebar
		m.rebuildSidebar()
	} else if m.focus == focusSidebar {
		m.focus = focusList
	}
	m.resize(m.width, m.height)
}

func (m *Model) toggleEntities() {
	m.showEntities = !m.showEntities
	m.resize(m.width, m.height) // the panel's height first: build scrolls to the cursor
	if m.showEntities {
		m.focus = focusEntities
		m.ents.build(m.reader.ents, m.reader.speakers, []rune(m.reader.doc.Text()))
	} else if m.focus == focusEntities {
		m.focus = focusReader
	}
}

func (m *Model) toggleLayout() {
	if m.horizontal() {
		m.layout = layoutVertical
	} else {
		m.layout = layoutHorizontal
	}
	m.resize(m.width, m.height)
}

// listKey moves through the list; enter opens the article under the cursor.
func (m *Model) listKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	h := max(1, m.list.height)
	switch {
	case key.Matches(msg, k.Down):
		m.list.move(1)
	case key.Matches(msg, k.Up):
		m.list.move(-1)
	case key.Matches(msg, k.PageDown):
		m.list.move(h)
	case key.Matches(msg, k.PageUp):
		m.list.move(-h)
	case key.Matches(msg, k.Top):
		m.list.moveTo(0)
	case key.Matches(msg, k.Bottom):
		m.list.moveTo(m.list.rows - 1)
	case key.Matches(msg, k.Open):
		return m.openSelected()
	default:
		return nil
	}
	return m.afterMove()
}

// readerKey scrolls the article.
func (m *Model) readerKey(msg tea.KeyMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Down):
		m.reader.scroll(1)
	case key.Matches(msg, k.Up):
		m.reader.scroll(-1)
	case key.Matches(msg, k.PageDown):
		m.reader.scroll(max(1, m.reader.height-1))
	case key.Matches(msg, k.PageUp):
		m.reader.scroll(-max(1, m.reader.height-1))
	case key.Matches(msg, k.Top):
		m.reader.top()
	case key.Matches(msg, k.Bottom):
		m.reader.bottom()
	case key.Matches(msg, k.Open):
		m.focus = focusList
	}
	return nil
}

// afterMove fetches what the new window needs and schedules the preview.
func (m *Model) afterMove() tea.Cmd {
	m.previewSeq++
	return tea.Batch(m.list.ensure(m.b, m.ctx), previewAfter(m.previewSeq))
}

// openSelected opens the article under the cursor, marks it read and
// gives the reader focus.
func (m *Model) openSelected() tea.Cmd {
	a := m.list.selected()
	if a == nil {
		return nil
	}
	m.focus = focusReader
	m.markLocal(a.ID, true)
	if m.reader.a != nil && m.reader.a.ID == a.ID {
		m.reader.a.Read = true
		return setRead(m.ctx, m.b, a.ID, true)
	}
	m.reader.loading = a.ID
	return loadArticle(m.ctx, m.b, m.find, a.ID, true)
}

// markLocal changes the read state of a cached row at once; the write
// follows in a command.
func (m *Model) markLocal(id int64, read bool) {
	m.list.updateLocal(id, func(a *feed.Article) int {
		if a.Read == read {
			return 0
		}
		a.Read = read
		if read {
			return -1
		}
		return 1
	})
	if m.reader.a != nil && m.reader.a.ID == id {
		m.reader.a.Read = read
	}
}

// target is the article that m and s act on: the open one when the
// reader has focus, else the one under the cursor.
func (m *Model) target() *feed.Article {
	if m.focus == focusReader && m.reader.a != nil {
		return m.reader.a
	}
	return m.list.selected()
}

func (m *Model) toggleRead() tea.Cmd {
	a := m.target()
	if a == nil {
		return nil
	}
	read := !a.Read
	id := a.ID
	m.markLocal(id, read)
	return setRead(m.ctx, m.b, id, read)
}

func (m *Model) toggleStar() tea.Cmd {
	a := m.target()
	if a == nil {
		return nil
	}
	id, star := a.ID, !a.Starred
	m.list.updateLocal(id, func(a *feed.Article) int { a.Starred = star; return 0 })
	if m.reader.a != nil && m.reader.a.ID == id {
		m.reader.a.Starred = star
	}
	return setStarred(m.ctx, m.b, id, star)
}

func (m *Model) markAllRead() tea.Cmd {
	for _, p := range m.list.pages {
		for i := range p {
			p[i].Read = true
		}
	}
	for i := range m.list.segs {
		m.list.segs[i].unread = 0
	}
	return markAllRead(m.ctx, m.b, m.list.query)
}

// openURL hands a link to the Opener, in a command, for safe schemes only.
func (m *Model) openURL(u string) tea.Cmd {
	if !safeURL(u) {
		m.setStatus("not opening "+truncate(u, 60)+": only http, https and mailto links open", true)
		return nil
	}
	return openLink(m.opts.Opener, u)
}

func safeURL(u string) bool {
	l := strings.ToLower(strings.TrimSpace(u))
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}
