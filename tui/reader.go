package tui

import (
	"context"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
	"dateline/feed/article"
	"dateline/feed/entity"
)

type renderKey struct {
	id    int64
	width int
	hl    bool
	full  bool // the full text replaced the feed's body
}

// readerPane shows one article in a scrolling viewport of its own. The
// rendered lines are cached per (article, width, highlights).
type readerPane struct {
	a        *feed.Article
	doc      article.Doc
	ents     entity.Result
	speakers []string // in order of first quote: colour i is speakers[i]
	lines    []string
	offset   int
	width    int
	height   int
	loading  int64 // id being loaded, 0 when none
	cache    map[renderKey][]string
}

func newReaderPane() readerPane { return readerPane{cache: map[renderKey][]string{}} }

func (r *readerPane) set(msg articleLoadedMsg) {
	a := msg.a
	if r.a == nil || r.a.ID != a.ID {
		r.offset = 0
	}
	r.a, r.doc, r.ents = &a, msg.doc, msg.ents
	r.speakers = speakerOrder(msg.ents)
	r.loading = 0
}

// layout renders (or takes from the cache) the lines for the current width.
func (r *readerPane) layout(st *Styles, hl bool, now time.Time) {
	if r.a == nil || r.width <= 0 {
		r.lines = nil
		return
	}
	k := renderKey{r.a.ID, r.width, hl, r.a.FullText != ""}
	if lines, ok := r.cache[k]; ok {
		r.lines = lines
	} else {
		if len(r.cache) > 64 {
			clear(r.cache)
		}
		r.lines = append(articleHeader(r.a, r.width, st, now), renderBody(r.doc, r.ents, r.width, st, hl)...)
		r.cache[k] = r.lines
	}
	r.scroll(0)
}

// articleHeader is the title, byline, tags and link above the body.
func articleHeader(a *feed.Article, width int, st *Styles, now time.Time) []string {
	var out []string
	for _, ln := range wrapRunes([]rune(truncate(a.Title, 1<<20)), width) {
		out = append(out, st.Title.Render(string([]rune(a.Title)[ln[0]:ln[1]])))
	}
	var by []string
	if a.Author != "" {
		by = append(by, "By "+a.Author)
	}
	by = append(by, a.FeedTitle)
	if !a.Published.IsZero() {
		by = append(by, a.Published.Format("Mon 2 Jan 2006 15:04")+" ("+relTime(now, a.Published)+")")
	}
	out = append(out, st.Muted.Render(truncate(strings.Join(by, " · "), width)))
	if tags := tagNames(a.Tags); len(tags) > 0 {
		out = append(out, st.Tag.Render(truncate("tags: "+strings.Join(tags, ", "), width)))
	}
	if a.Link != "" {
		out = append(out, st.Link.Render(truncate(a.Link, width)))
	}
	if a.FullTextError != "" && a.FullText == "" {
		out = append(out, st.Warn.Render(truncate("full text: "+a.FullTextError, width)))
	}
	return append(out, st.Separator.Render(strings.Repeat("─", width)), "")
}

func tagNames(tags []feed.Tag) []string {
	names := make([]string, 0, len(tags))
	for _, t := range tags {
		names = append(names, t.Name)
	}
	return names
}

func (r *readerPane) scroll(delta int) {
	r.offset = max(0, min(r.offset+delta, len(r.lines)-r.height))
}

func (r *readerPane) top()    { r.offset = 0 }
func (r *readerPane) bottom() { r.scroll(len(r.lines)) }

// view returns exactly height lines of exactly width cells.
func (r *readerPane) view(st *Styles, emptyHint string) []string {
	out := make([]string, 0, r.height)
	switch {
	case r.a == nil && r.loading != 0:
		out = append(out, st.Muted.Render("loading…"))
	case r.a == nil:
		out = append(out, st.Muted.Render(truncate(emptyHint, r.width)))
	default:
		end := min(len(r.lines), r.offset+r.height)
		out = append(out, r.lines[r.offset:end]...)
	}
	for i := range out {
		out[i] = pad(out[i], r.width)
	}
	blank := strings.Repeat(" ", max(0, r.width))
	for len(out) < r.height {
		out = append(out, blank)
	}
	return out
}

// link returns the n-th numbered link of the open article.
func (r *readerPane) link(n int) (string, bool) {
	for _, l := range r.doc.Links {
		if l.N == n {
			return l.URL, true
		}
	}
	return "", false
}

// loadArticle fetches, renders and analyses an article: everything slow
// happens here, in the command.
func loadArticle(ctx context.Context, b Backend, find finder, id int64, markRead bool) tea.Cmd {
	return func() tea.Msg {
		a, err := b.Article(ctx, id)
		if err != nil {
			return articleLoadedMsg{err: err}
		}
		if markRead && !a.Read {
			if err := b.SetRead(ctx, []int64{id}, true); err != nil {
				return articleLoadedMsg{err: err}
			}
			a.Read = true
		}
		return analyse(a, find, markRead)
	}
}

// finder finds the entities of a text; entity.Find outside tests.
type finder func(text string) entity.Result

func analyse(a feed.Article, find finder, markRead bool) articleLoadedMsg {
	doc := article.Render(a.Body())
	return articleLoadedMsg{a: a, doc: doc, ents: find(doc.Text()), markRead: markRead}
}

// fetchFullText asks the Backend for the article's web page.
func fetchFullText(ctx context.Context, b Backend, find finder, id int64) tea.Cmd {
	return func() tea.Msg {
		a, err := b.FullText(ctx, id)
		if err != nil {
			return doneMsg{what: "full text", err: err}
		}
		return analyse(a, find, false)
	}
}
