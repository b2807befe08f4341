package tui

import (
	"dateline/feed"
	"dateline/feed/article"
	"dateline/feed/entity"
)

// Messages shared by the panes. Each carries what a command brought back;
// the generation numbers let Update drop answers to questions no longer asked.

// pageLoadedMsg is one window of a list segment.
type pageLoadedMsg struct {
	gen, seg, page int
	p              feed.Page
	err            error
}

// segmentsLoadedMsg answers the grouping question: one segment per feed.
type segmentsLoadedMsg struct {
	gen  int
	segs []segment
	err  error
}

// queryTriedMsg answers a query typed in a prompt: it becomes the list's
// query only when it parsed.
type queryTriedMsg struct {
	origin promptKind
	query  string
	p      feed.Page
	err    error
}

// articleLoadedMsg carries an article with its rendered body and entities,
// all computed inside the command.
type articleLoadedMsg struct {
	a        feed.Article
	doc      article.Doc
	ents     entity.Result
	markRead bool
	err      error
}

// unreadFoundMsg answers a search for the next (or previous) unread row.
type unreadFoundMsg struct {
	gen, seg, index int // index -1: none in this segment
	dir             int
	pages           map[int]feed.Page
	err             error
}

type feedsLoadedMsg struct {
	feeds []feed.FeedInfo
	err   error
}

type tagsLoadedMsg struct {
	tags []feed.TagCount
	err  error
}

// reloadProgressMsg is one finished feed of a running reload.
type reloadProgressMsg struct {
	done, total int
	o           feed.Outcome
}

// pageProgressMsg is one article page fetched for its full text during a
// reload.
type pageProgressMsg struct{ failed bool }

type reloadDoneMsg struct {
	sum feed.Summary
	err error
}

// doneMsg reports a finished write; err is shown when not nil.
type doneMsg struct {
	what string
	err  error
}

// previewMsg fires when the cursor has rested; seq tells stale ones apart.
type previewMsg struct{ seq int }

// searchTickMsg is the debounce of the live search.
type searchTickMsg struct{ seq int }

type autoReloadMsg struct{}

// statusMsg puts a one-line notice in the status bar.
type statusMsg string
