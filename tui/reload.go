package tui

import (
	"context"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

// refreshEvery limits how often a running reload re-queries the list.
const refreshEvery = 300 * time.Millisecond

// reloadState is a reload running in the background. The Backend's
// progress callback feeds ch from another goroutine; waitProgress drains it
// one message at a time.
type reloadState struct {
	running     bool
	done, total int
	failed      int
	pages       int // article pages fetched for full text
	pagesFailed int
	ch          chan tea.Msg
	lastRefresh time.Time
}

// startReload runs Backend.Reload in a command and drains its progress.
func (m *Model) startReload(urls []string) tea.Cmd {
	if m.reload.running || m.opts.Title != "" {
		return nil
	}
	ch := make(chan tea.Msg, 64)
	m.reload = reloadState{running: true, ch: ch, lastRefresh: m.now()}
	m.setStatus("", false)
	return tea.Batch(runReload(m.ctx, m.b, urls, ch), waitProgress(m.ctx, ch))
}

func (m *Model) handleReloadProgress(msg reloadProgressMsg) tea.Cmd {
	m.reload.done, m.reload.total = msg.done, msg.total
	if msg.o.Status == feed.StatusFailed {
		m.reload.failed++
		m.setStatus(fmt.Sprintf("%s: %v", msg.o.Title+" "+msg.o.URL, msg.o.Err), true)
	}
	var cmds []tea.Cmd
	if m.reload.ch != nil {
		cmds = append(cmds, waitProgress(m.ctx, m.reload.ch))
	}
	if now := m.now(); now.Sub(m.reload.lastRefresh) >= refreshEvery && msg.o.New > 0 {
		m.reload.lastRefresh = now
		cmds = append(cmds, m.refreshList())
	}
	return tea.Batch(cmds...)
}

// handlePageProgress counts one article page fetched for its full text,
// shown apart from the feeds.
func (m *Model) handlePageProgress(msg pageProgressMsg) tea.Cmd {
	m.reload.pages++
	if msg.failed {
		m.reload.pagesFailed++
	}
	if m.reload.ch != nil {
		return waitProgress(m.ctx, m.reload.ch)
	}
	return nil
}

func (m *Model) handleReloadDone(msg reloadDoneMsg) tea.Cmd {
	m.reload.running, m.reload.ch = false, nil
	s := msg.sum
	switch {
	case msg.err != nil:
		m.setStatus("reload: "+msg.err.Error(), true)
	case s.Failed > 0:
		m.setStatus(fmt.Sprintf("reloaded %d feeds: %d new, %d failed (E shows why)", s.Feeds, s.NewArticles, s.Failed), true)
	default:
		m.setStatus(fmt.Sprintf("reloaded %d feeds: %d new", s.Feeds, s.NewArticles), false)
	}
	if n := s.FullTexts + s.FullTextFailed; n > 0 && msg.err == nil {
		m.setStatus(m.status+fmt.Sprintf("; full text: %d pages, %d failed", n, s.FullTextFailed), m.statusIsErr)
	}
	if s.FinishErr != nil && msg.err == nil {
		m.setStatus(m.status+"; tidying the search index failed: "+s.FinishErr.Error(), true)
	}
	return tea.Batch(m.refreshList(), loadFeeds(m.ctx, m.b), loadTags(m.ctx, m.b), loadSavedCounts(m.ctx, m.b, m.saved))
}

// refreshList refetches the list in place: same query, same cursor.
func (m *Model) refreshList() tea.Cmd {
	if m.list.grouped {
		m.list.gen++
		return loadSegments(m.ctx, m.b, m.list.gen, m.list.query)
	}
	m.list.refresh()
	return m.list.ensure(m.b, m.ctx)
}

func runReload(ctx context.Context, b Backend, urls []string, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		progress := func(done, total int, o feed.Outcome) {
			select {
			case ch <- reloadProgressMsg{done: done, total: total, o: o}:
			case <-ctx.Done():
			}
		}
		var (
			sum feed.Summary
			err error
		)
		if fr, ok := b.(FullTextReloader); ok {
			sum, err = fr.ReloadWithPages(ctx, urls, progress, func(o feed.FullTextOutcome) {
				select {
				case ch <- pageProgressMsg{failed: o.Failure != ""}:
				case <-ctx.Done():
				}
			})
		} else {
			sum, err = b.Reload(ctx, urls, progress)
		}
		select {
		case ch <- reloadDoneMsg{sum: sum, err: err}:
		case <-ctx.Done():
		}
		return nil
	}
}

// waitProgress returns the next message of a running reload, or nothing
// once the reader has quit.
func waitProgress(ctx context.Context, ch chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		select {
		case msg := <-ch:
			return msg
		case <-ctx.Done():
			return nil
		}
	}
}
