package tui

import (
	"context"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

// jumpUnread moves to the next (dir 1) or previous (dir -1) unread article.
// It looks in the cached pages first; past them a command searches the
// Backend page by page, so the jump works across the whole result.
func (m *Model) jumpUnread(dir int) tea.Cmd {
	l := &m.list
	for row := l.cursor + dir; row >= 0 && row < l.rows; row += dir {
		seg, idx := l.locate(row)
		if idx < 0 {
			continue
		}
		a := l.item(row)
		if a == nil {
			m.setStatus("looking for unread…", false)
			return findUnread(m.ctx, m.b, l.gen, seg, idx, dir, l.segs[seg])
		}
		if !a.Read {
			l.moveTo(row)
			return m.afterMove()
		}
	}
	m.setStatus("no more unread articles", false)
	return nil
}

func (m *Model) handleUnreadFound(msg unreadFoundMsg) tea.Cmd {
	l := &m.list
	if msg.gen != l.gen {
		return nil
	}
	if msg.err != nil {
		m.setStatus(msg.err.Error(), true)
		return nil
	}
	for page, p := range msg.pages {
		l.pages[pageKey{msg.seg, page}] = p.Items
	}
	if msg.index >= 0 {
		m.setStatus("", false)
		l.moveTo(l.rowOf(msg.seg, msg.index))
		return m.afterMove()
	}
	// Not in this segment: go on in the next one, from its near end.
	next := msg.seg + msg.dir
	if next < 0 || next >= len(l.segs) {
		m.setStatus("no more unread articles", false)
		return nil
	}
	from := 0
	if msg.dir < 0 {
		from = l.segs[next].total - 1
	}
	return findUnread(m.ctx, m.b, l.gen, next, from, msg.dir, l.segs[next])
}

// findUnread scans a segment page by page from index from (inclusive) in
// direction dir and returns the page that holds the first unread article.
func findUnread(ctx context.Context, b Backend, gen, seg, from, dir int, s segment) tea.Cmd {
	return func() tea.Msg {
		for page := from / pageSize; page >= 0; page += dir {
			p, err := b.List(ctx, s.query, page*pageSize, pageSize)
			if err != nil {
				return unreadFoundMsg{gen: gen, seg: seg, dir: dir, err: err}
			}
			if i := scanPage(p.Items, page, from, dir); i >= 0 {
				return unreadFoundMsg{gen: gen, seg: seg, dir: dir, index: i, pages: map[int]feed.Page{page: p}}
			}
			if len(p.Items) < pageSize && dir > 0 {
				break
			}
		}
		return unreadFoundMsg{gen: gen, seg: seg, dir: dir, index: -1}
	}
}

// scanPage returns the segment index of the first unread item of a page
// at or beyond from in direction dir, or -1.
func scanPage(items []feed.Article, page, from, dir int) int {
	start := page * pageSize
	for i := range items {
		j := i
		if dir < 0 {
			j = len(items) - 1 - i
		}
		idx := start + j
		if (dir > 0 && idx < from) || (dir < 0 && idx > from) {
			continue
		}
		if !items[j].Read {
			return idx
		}
	}
	return -1
}
