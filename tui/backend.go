package tui

import (
	"context"

	"dateline/feed"
)

// Backend is everything the reader needs from the outside world. cmd/dateline
// wires it to the store and the fetcher; tests hand in a fake. The reader
// calls it only from inside tea.Cmds, never from Update or View.
type Backend interface {
	// List returns one window of the articles matching a query in the
	// filter language of feed/query ("" is every visible article), newest
	// first. A bad query returns a *query.Error that points at a column.
	List(ctx context.Context, query string, offset, limit int) (feed.Page, error)
	// Article returns one article with its body.
	Article(ctx context.Context, id int64) (feed.Article, error)
	SetRead(ctx context.Context, ids []int64, read bool) error
	// MarkAllRead marks every article matching the query read.
	MarkAllRead(ctx context.Context, query string) error
	SetStarred(ctx context.Context, id int64, starred bool) error
	Feeds(ctx context.Context) ([]feed.FeedInfo, error)
	Tags(ctx context.Context) ([]feed.TagCount, error)
	// Reload fetches the given feeds (all when urls is empty), calling
	// progress from another goroutine as each feed finishes.
	Reload(ctx context.Context, urls []string, progress func(done, total int, o feed.Outcome)) (feed.Summary, error)
	// FullText fetches the web page of an article and returns it updated.
	FullText(ctx context.Context, id int64) (feed.Article, error)
}

// FullTextReloader is implemented by a Backend whose reloads also fetch the
// web pages of new articles for feeds that send only a summary; the reader
// then shows those pages apart from the feeds in its progress.
type FullTextReloader interface {
	ReloadWithPages(ctx context.Context, urls []string, progress func(done, total int, o feed.Outcome), pages func(feed.FullTextOutcome)) (feed.Summary, error)
}
