package main

import (
	"context"
	"sync"

	"dateline/feed"
	"dateline/feed/store"
)

// storeBackend is the reader's Backend on the real store and fetcher.
type storeBackend struct {
	*store.Store
	a *app

	mu        sync.Mutex // one reload at a time
	reloading bool
}

func (b *storeBackend) Reload(ctx context.Context, urls []string, progress func(done, total int, o feed.Outcome)) (feed.Summary, error) {
	return b.ReloadWithPages(ctx, urls, progress, nil)
}

// ReloadWithPages is Reload that also reports each article page fetched for
// its full text (tui.FullTextReloader).
func (b *storeBackend) ReloadWithPages(ctx context.Context, urls []string, progress func(done, total int, o feed.Outcome), pages func(feed.FullTextOutcome)) (feed.Summary, error) {
	b.mu.Lock()
	if b.reloading {
		b.mu.Unlock()
		return feed.Summary{}, errReloadRunning
	}
	b.reloading = true
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		b.reloading = false
		b.mu.Unlock()
	}()
	subs, err := b.a.selectSubs(urls)
	if err != nil {
		return feed.Summary{}, err
	}
	opt := b.a.reloadOptions(progress)
	opt.FullTextProgress = pages
	return feed.Reload(ctx, subs, b.Store, opt), nil
}

func (b *storeBackend) FullText(ctx context.Context, id int64) (feed.Article, error) {
	art, err := b.Store.Article(ctx, id)
	if err != nil {
		return art, err
	}
	return b.a.fetchFullCtx(ctx, art)
}
