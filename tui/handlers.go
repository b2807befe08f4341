package tui

import (
	"context"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Handlers of data messages: each updates the panes, and may ask for more.

func (m *Model) handlePage(msg pageLoadedMsg) tea.Cmd {
	if msg.gen != m.list.gen {
		return nil
	}
	m.list.installPage(msg)
	cmd := m.afterListChange(msg.err)
	if a := m.list.selected(); m.previewPending && a != nil {
		m.previewPending = false
		if m.reader.a == nil || m.reader.a.ID != a.ID {
			m.reader.loading = a.ID
			cmd = tea.Batch(cmd, loadArticle(m.ctx, m.b, m.find, a.ID, false))
		}
	}
	return cmd
}

// afterListChange loads what the screen now needs, and the first article
// when nothing is open yet.
func (m *Model) afterListChange(err error) tea.Cmd {
	if err != nil {
		m.setStatus(err.Error(), true)
		return nil
	}
	m.list.height = m.listHeight()
	m.list.clampCursor()
	cmd := m.list.ensure(m.b, m.ctx)
	if m.reader.a == nil && m.reader.loading == 0 {
		if a := m.list.selected(); a != nil {
			m.reader.loading = a.ID
			cmd = tea.Batch(cmd, loadArticle(m.ctx, m.b, m.find, a.ID, false))
		}
	}
	return cmd
}

func (m *Model) handleArticle(msg articleLoadedMsg) tea.Cmd {
	if msg.err != nil {
		m.reader.loading = 0
		m.setStatus(msg.err.Error(), true)
		return nil
	}
	if m.reader.loading != 0 && m.reader.loading != msg.a.ID {
		return nil // the cursor has moved on
	}
	if m.reader.a != nil && m.reader.a.ID == msg.a.ID && msg.a.FullText != "" && m.reader.a.FullText == "" {
		m.setStatus("full text loaded", false)
	} else if msg.a.FullTextError != "" && m.status == "fetching full text…" {
		m.setStatus("full text: "+msg.a.FullTextError, true)
	}
	m.reader.set(msg)
	if msg.markRead {
		m.markLocal(msg.a.ID, true)
	}
	if m.showEntities {
		m.ents.build(m.reader.ents, m.reader.speakers, []rune(m.reader.doc.Text()))
	}
	m.relayoutReader()
	return nil
}

func (m *Model) relayoutReader() {
	m.reader.layout(m.st, m.highlights, m.now())
}

// handlePreview loads the article under a cursor that has come to rest.
func (m *Model) handlePreview(msg previewMsg) tea.Cmd {
	if msg.seq != m.previewSeq {
		return nil
	}
	a := m.list.selected()
	m.previewPending = a == nil
	if a == nil || (m.reader.a != nil && m.reader.a.ID == a.ID) || m.reader.loading == a.ID {
		return nil
	}
	m.reader.loading = a.ID
	return loadArticle(m.ctx, m.b, m.find, a.ID, false)
}

func (m *Model) handleFeeds(msg feedsLoadedMsg) {
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		return
	}
	m.feeds = msg.feeds
	m.rebuildSidebar()
}

func (m *Model) handleTags(msg tagsLoadedMsg) {
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		return
	}
	m.tagCount = msg.tags
	m.tags.setTags(msg.tags)
	m.rebuildSidebar()
}

func (m *Model) handleDone(msg doneMsg) {
	if msg.err != nil {
		m.setStatus(fmt.Sprintf("%s: %v", msg.what, msg.err), true)
	} else if msg.what != "" {
		m.setStatus(msg.what, false)
	}
}

func (m *Model) handleAutoReload() tea.Cmd {
	next := autoReloadTick(m.opts.AutoReload)
	if m.reload.running {
		return next
	}
	return tea.Batch(next, m.startReload(nil))
}

func setRead(ctx context.Context, b Backend, id int64, read bool) tea.Cmd {
	return func() tea.Msg {
		return doneMsg{what: "", err: wrap("mark read", b.SetRead(ctx, []int64{id}, read))}
	}
}

func setStarred(ctx context.Context, b Backend, id int64, star bool) tea.Cmd {
	return func() tea.Msg {
		return doneMsg{err: wrap("star", b.SetStarred(ctx, id, star))}
	}
}

func markAllRead(ctx context.Context, b Backend, q string) tea.Cmd {
	return func() tea.Msg {
		if err := b.MarkAllRead(ctx, q); err != nil {
			return doneMsg{err: wrap("mark all read", err)}
		}
		return doneMsg{what: "marked all read"}
	}
}

func openLink(opener func(string) error, u string) tea.Cmd {
	return func() tea.Msg {
		if opener == nil {
			return doneMsg{err: fmt.Errorf("open %s: no browser configured", u)}
		}
		if err := opener(u); err != nil {
			return doneMsg{err: fmt.Errorf("open %s: %w", u, err)}
		}
		return doneMsg{what: "opened " + u}
	}
}

func loadFeeds(ctx context.Context, b Backend) tea.Cmd {
	return func() tea.Msg {
		f, err := b.Feeds(ctx)
		return feedsLoadedMsg{feeds: f, err: wrap("feeds", err)}
	}
}

func loadTags(ctx context.Context, b Backend) tea.Cmd {
	return func() tea.Msg {
		t, err := b.Tags(ctx)
		return tagsLoadedMsg{tags: t, err: wrap("tags", err)}
	}
}

func previewAfter(seq int) tea.Cmd {
	return tea.Tick(previewDelay, func(time.Time) tea.Msg { return previewMsg{seq} })
}

func autoReloadTick(d time.Duration) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return autoReloadMsg{} })
}

func wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, err)
}
