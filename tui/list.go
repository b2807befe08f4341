package tui

import (
	"context"
	"fmt"
	"sort"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

// pageSize is one window fetched from the Backend; keepPages is how many
// windows on each side of the cursor stay cached. Everything else is
// dropped, so 100,000 articles cost as little as 100.
const (
	pageSize  = 100
	keepPages = 2
)

// segment is one run of list rows: the whole result when the list is flat,
// one feed's articles (under a header row) when it is grouped.
type segment struct {
	title  string
	query  string
	total  int
	unread int
}

type pageKey struct{ seg, page int }

// listPane is the article list. It knows the shape of the whole result
// (segments and their totals) but holds only the pages near the cursor.
type listPane struct {
	query   string
	grouped bool
	gen     int
	segs    []segment
	starts  []int // first row of each segment
	rows    int
	pages   map[pageKey][]feed.Article
	stale   map[pageKey][]feed.Article // shown while a refresh reloads them
	loading map[pageKey]bool
	cursor  int
	top     int
	height  int
	ready   bool  // the first answer has arrived
	keepID  int64 // after a refresh, the cursor goes back to this article
}

func newListPane(query string) listPane {
	l := listPane{}
	l.reset(query)
	return l
}

// reset starts over with a new query: new generation, empty cache.
func (l *listPane) reset(query string) {
	l.query = query
	l.gen++
	l.pages = map[pageKey][]feed.Article{}
	l.stale = nil
	l.loading = map[pageKey]bool{}
	l.cursor, l.top, l.ready, l.keepID = 0, 0, false, 0
	l.segs = nil
	if !l.grouped {
		l.segs = []segment{{query: query}}
	}
	l.layoutRows()
}

// refresh keeps the cursor but refetches what is shown.
func (l *listPane) refresh() {
	l.gen++
	if a := l.selected(); a != nil {
		l.keepID = a.ID
	}
	l.stale = l.pages
	l.pages = map[pageKey][]feed.Article{}
	l.loading = map[pageKey]bool{}
}

func (l *listPane) header() int {
	if l.grouped {
		return 1
	}
	return 0
}

func (l *listPane) layoutRows() {
	l.starts = l.starts[:0]
	n := 0
	for _, s := range l.segs {
		l.starts = append(l.starts, n)
		n += l.header() + s.total
	}
	l.rows = n
	l.clampCursor()
}

// locate maps a row onto its segment and index there (-1: the header).
func (l *listPane) locate(row int) (seg, idx int) {
	seg = sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > row }) - 1
	if seg < 0 {
		return 0, -1
	}
	return seg, row - l.starts[seg] - l.header()
}

func (l *listPane) rowOf(seg, idx int) int { return l.starts[seg] + l.header() + idx }

// item returns the article at a row, or nil while its page loads.
func (l *listPane) item(row int) *feed.Article {
	if row < 0 || row >= l.rows {
		return nil
	}
	seg, idx := l.locate(row)
	if idx < 0 {
		return nil
	}
	k := pageKey{seg, idx / pageSize}
	p, ok := l.pages[k]
	if !ok {
		p = l.stale[k]
	}
	if idx%pageSize >= len(p) {
		return nil
	}
	return &p[idx%pageSize]
}

func (l *listPane) selected() *feed.Article { return l.item(l.cursor) }

func (l *listPane) totals() (unread, total int) {
	for _, s := range l.segs {
		unread += s.unread
		total += s.total
	}
	return unread, total
}

func (l *listPane) clampCursor() {
	l.cursor = max(0, min(l.cursor, l.rows-1))
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if h := max(1, l.height); l.cursor >= l.top+h {
		l.top = l.cursor - h + 1
	}
	l.top = max(0, min(l.top, l.rows-max(1, l.height)))
}

func (l *listPane) move(delta int) {
	l.cursor += delta
	l.clampCursor()
}

func (l *listPane) moveTo(row int) {
	l.cursor = row
	l.clampCursor()
}

// installPage stores a page and the totals it reports.
func (l *listPane) installPage(msg pageLoadedMsg) {
	k := pageKey{msg.seg, msg.page}
	delete(l.loading, k)
	if msg.gen != l.gen || msg.seg >= len(l.segs) {
		return
	}
	if msg.err != nil {
		l.ready = true // say "no articles" rather than "loading" forever
		return
	}
	l.pages[k] = msg.p.Items
	delete(l.stale, k)
	l.ready = true
	s := &l.segs[msg.seg]
	if s.total != msg.p.Total || s.unread != msg.p.Unread {
		s.total, s.unread = msg.p.Total, msg.p.Unread
		l.layoutRows()
	}
	l.follow(msg.seg, msg.page, msg.p.Items)
}

// follow puts the cursor back on the article it was on before a refresh,
// when new articles above it have moved it down.
func (l *listPane) follow(seg, page int, items []feed.Article) {
	if l.keepID == 0 {
		return
	}
	for i := range items {
		if items[i].ID == l.keepID {
			shift := l.rowOf(seg, page*pageSize+i) - l.cursor
			l.cursor += shift
			l.top += shift
			l.keepID = 0
			l.clampCursor()
			return
		}
	}
}

func (l *listPane) installSegments(msg segmentsLoadedMsg) {
	if msg.gen != l.gen || msg.err != nil {
		return
	}
	l.segs = msg.segs
	l.ready = true
	l.layoutRows()
}

// wanted lists the pages that the visible rows and a margin need.
func (l *listPane) wanted() []pageKey {
	var keys []pageKey
	seen := map[pageKey]bool{}
	from, to := max(0, l.top-pageSize/2), min(l.rows, l.top+l.height+pageSize/2)
	for row := from; row < to; row++ {
		seg, idx := l.locate(row)
		if idx < 0 {
			continue
		}
		k := pageKey{seg, idx / pageSize}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
		end := l.rowOf(seg, min((k.page+1)*pageSize, l.segs[seg].total))
		row = end - 1 // skip to the next page
	}
	return keys
}

// evict drops pages far from the cursor.
func (l *listPane) evict() {
	limit := (keepPages + 1) * pageSize
	for k := range l.pages {
		if k.seg >= len(l.segs) || abs(l.rowOf(k.seg, k.page*pageSize)-l.cursor) > limit {
			delete(l.pages, k)
		}
	}
}

// ensure returns commands fetching the pages the screen needs.
func (l *listPane) ensure(b Backend, ctx context.Context) tea.Cmd {
	if !l.grouped && len(l.segs) == 1 && !l.ready && !l.loading[pageKey{0, 0}] {
		l.loading[pageKey{0, 0}] = true
		return loadPage(ctx, b, l.gen, 0, 0, l.segs[0].query)
	}
	l.evict()
	var cmds []tea.Cmd
	for _, k := range l.wanted() {
		if _, ok := l.pages[k]; ok || l.loading[k] {
			continue
		}
		l.loading[k] = true
		cmds = append(cmds, loadPage(ctx, b, l.gen, k.seg, k.page, l.segs[k.seg].query))
	}
	return tea.Batch(cmds...)
}

// updateLocal changes a cached article everywhere it is shown.
func (l *listPane) updateLocal(id int64, f func(a *feed.Article) (unreadDelta int)) {
	for k, p := range l.pages {
		for i := range p {
			if p[i].ID == id {
				l.segs[k.seg].unread += f(&p[i])
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// feedTerm is the filter term that selects one feed.
func feedTerm(url string) string { return fmt.Sprintf("feed:%q", url) }

func joinQuery(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case strings.Contains(a, "OR"):
		return "(" + a + ") " + b // AND binds tighter than OR
	}
	return a + " " + b
}

func loadPage(ctx context.Context, b Backend, gen, seg, page int, q string) tea.Cmd {
	return func() tea.Msg {
		p, err := b.List(ctx, q, page*pageSize, pageSize)
		return pageLoadedMsg{gen: gen, seg: seg, page: page, p: p, err: err}
	}
}

// loadSegments asks, feed by feed, how many articles match the query.
func loadSegments(ctx context.Context, b Backend, gen int, q string) tea.Cmd {
	return func() tea.Msg {
		feeds, err := b.Feeds(ctx)
		if err != nil {
			return segmentsLoadedMsg{gen: gen, err: err}
		}
		var segs []segment
		for _, f := range feeds {
			sq := joinQuery(q, feedTerm(f.URL))
			p, err := b.List(ctx, sq, 0, 1)
			if err != nil {
				return segmentsLoadedMsg{gen: gen, err: err}
			}
			if p.Total > 0 {
				segs = append(segs, segment{title: f.DisplayTitle(), query: sq, total: p.Total, unread: p.Unread})
			}
		}
		return segmentsLoadedMsg{gen: gen, segs: segs}
	}
}
