package tui

import (
	"context"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

// sidebarWidth is the sidebar's width in cells, separator included.
const sidebarWidth = 28

type sideItem struct {
	label  string
	unread int
	query  string
	header bool
}

// sidebarPane lists feeds, tags and saved queries with unread counts;
// choosing one makes its query the filter.
type sidebarPane struct {
	items  []sideItem
	cursor int
	top    int
	height int
}

// savedCountsMsg carries the unread counts of the saved queries.
type savedCountsMsg map[string]int

func (m *Model) rebuildSidebar() {
	m.sidebar.build(m.feeds, m.tagCount, m.saved, m.savedUnread, m.opts.Title == "")
}

func (m *Model) handleSavedCounts(msg savedCountsMsg) {
	m.savedUnread = msg
	m.rebuildSidebar()
}

func (s *sidebarPane) build(feeds []feed.FeedInfo, tags []feed.TagCount, saved []SavedQuery, savedUnread map[string]int, withFeeds bool) {
	items := []sideItem{{label: "All articles", query: ""}}
	if len(saved) > 0 {
		items = append(items, sideItem{label: "Saved", header: true})
		for _, q := range saved {
			items = append(items, sideItem{label: q.Name, query: q.Query, unread: savedUnread[q.Query]})
		}
	}
	if withFeeds && len(feeds) > 0 {
		items = append(items, sideItem{label: "Feeds", header: true})
		for _, f := range feeds {
			if !f.Hidden {
				items = append(items, sideItem{label: f.DisplayTitle(), unread: f.Unread, query: feedTerm(f.URL)})
			}
		}
	}
	if len(tags) > 0 {
		items = append(items, sideItem{label: "Tags", header: true})
		for _, t := range tags {
			items = append(items, sideItem{label: t.Name, unread: t.Unread, query: fmt.Sprintf("tag:%q", t.Name)})
		}
	}
	s.items = items
	s.cursor = max(0, min(s.cursor, len(items)-1))
}

// move steps over section headers.
func (s *sidebarPane) move(delta int) {
	i := s.cursor + delta
	for i >= 0 && i < len(s.items) && s.items[i].header {
		i += sign(delta)
	}
	if i >= 0 && i < len(s.items) {
		s.cursor = i
	}
	if s.cursor < s.top {
		s.top = s.cursor
	}
	if s.cursor >= s.top+s.height {
		s.top = s.cursor - s.height + 1
	}
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

func (m *Model) sidebarKey(msg tea.KeyMsg) tea.Cmd {
	s := &m.sidebar
	k := m.keys
	switch {
	case key.Matches(msg, k.Down):
		s.move(1)
	case key.Matches(msg, k.Up):
		s.move(-1)
	case key.Matches(msg, k.Top):
		s.cursor = 0
		s.move(0)
	case key.Matches(msg, k.Bottom):
		s.move(len(s.items))
		s.cursor = len(s.items) - 1
		s.move(0)
	case key.Matches(msg, k.Open):
		if s.cursor < len(s.items) {
			m.focus = focusList
			return tea.Batch(m.setQuery(s.items[s.cursor].query), m.afterMove())
		}
	}
	return nil
}

// view renders exactly height lines of width cells.
func (s *sidebarPane) view(st *Styles, width int, focused bool) []string {
	out := make([]string, 0, s.height)
	for i := s.top; i < len(s.items) && len(out) < s.height; i++ {
		it := s.items[i]
		if it.header {
			out = append(out, pad(st.PaneHeader.Render(truncate(it.label, width)), width))
			continue
		}
		count := ""
		if it.unread > 0 {
			count = fmt.Sprintf(" %d", it.unread)
		}
		line := padPlain(" "+it.label, width-len(count)) + count
		switch {
		case i == s.cursor && focused:
			line = st.Selected.Render(line)
		case i == s.cursor:
			line = st.SelectedBlur.Render(line)
		case it.unread > 0:
			line = st.Unread.Render(line)
		}
		out = append(out, line)
	}
	blank := strings.Repeat(" ", width)
	for len(out) < s.height {
		out = append(out, blank)
	}
	return out
}

// loadSavedCounts asks how many unread articles each saved query matches;
// a query that no longer parses counts none.
func loadSavedCounts(ctx context.Context, b Backend, saved []SavedQuery) tea.Cmd {
	if len(saved) == 0 {
		return nil
	}
	qs := make([]string, len(saved))
	for i, s := range saved {
		qs[i] = s.Query
	}
	return func() tea.Msg {
		counts := savedCountsMsg{}
		for _, q := range qs {
			if p, err := b.List(ctx, q, 0, 1); err == nil {
				counts[q] = p.Unread
			}
		}
		return counts
	}
}
