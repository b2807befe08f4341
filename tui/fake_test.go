package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"dateline/feed"
)

// fakeBackend serves generated articles and records what the reader asks.
type fakeBackend struct {
	mu          sync.Mutex
	articles    []feed.Article
	feeds       []feed.FeedInfo
	tags        []feed.TagCount
	lists       []string // queries asked, in order
	opened      []string
	reloadCh    chan struct{} // when set, Reload waits for it between feeds
	reloadDelay time.Duration
	fullText    map[int64]string
}

var fakeNow = time.Date(2026, 3, 14, 12, 0, 0, 0, time.UTC)

var fakeTags = []string{"politics", "world", "science", "sport"}

// newFake makes n articles over five feeds, newest first; every third is read.
func newFake(n int) *fakeBackend {
	f := &fakeBackend{fullText: map[int64]string{}}
	f.articles = make([]feed.Article, n)
	for i := range f.articles {
		fi := i % 5
		f.articles[i] = feed.Article{
			ID: int64(i + 1), FeedURL: fmt.Sprintf("https://feed%d.example/rss", fi),
			FeedTitle: fmt.Sprintf("Feed %d", fi), Title: fmt.Sprintf("Story number %d about the day", i+1),
			Link:   fmt.Sprintf("https://feed%d.example/story/%d", fi, i+1),
			Author: "Ann Writer", Published: fakeNow.Add(-time.Duration(i) * 37 * time.Minute),
			Read: i%3 == 0, Tags: []feed.Tag{{Name: fakeTags[i%4], Source: feed.TagUser}},
		}
	}
	for i := 0; i < 5; i++ {
		f.feeds = append(f.feeds, feed.FeedInfo{Subscription: feed.Subscription{URL: fmt.Sprintf("https://feed%d.example/rss", i)}, FeedTitle: fmt.Sprintf("Feed %d", i)})
	}
	f.feeds[3].LastError = "HTTP 503 Service Unavailable"
	for _, t := range fakeTags {
		f.tags = append(f.tags, feed.TagCount{Name: t, Source: feed.TagUser, Total: n / 4, Unread: n / 6})
	}
	return f
}

func (f *fakeBackend) body(a feed.Article) string {
	return fmt.Sprintf("<p>In Kyiv, Jane Doe said \"we will rebuild story %d\". Critics disagreed.</p><p>See <a href=\"https://example.org/more\">more</a>.</p>", a.ID)
}

// match is a tiny stand-in for the query language: is:unread, tag:, feed:,
// words; an unknown field is an error with a column.
func match(a *feed.Article, q string) (bool, error) {
	col := 1
	for _, term := range strings.Fields(q) {
		field, val, ok := strings.Cut(term, ":")
		val = strings.Trim(val, `"`)
		switch {
		case strings.Count(term, `"`)%2 == 1:
			return false, fmt.Errorf("column %d: unbalanced quote", col)
		case !ok:
			if !strings.Contains(strings.ToLower(a.Title), strings.ToLower(term)) {
				return false, nil
			}
		case field == "is" && val == "unread":
			if a.Read {
				return false, nil
			}
		case field == "tag":
			if a.Tags[0].Name != val {
				return false, nil
			}
		case field == "feed":
			if a.FeedURL != val {
				return false, nil
			}
		case field == "speaker" || field == "place" || field == "person":
		default:
			return false, fmt.Errorf("column %d: unknown field %q", col, field)
		}
		col += len(term) + 1
	}
	return true, nil
}

func (f *fakeBackend) List(ctx context.Context, q string, offset, limit int) (feed.Page, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.lists = append(f.lists, q)
	if q == "" {
		return f.window(f.articles, offset, limit), nil
	}
	var sel []feed.Article
	for i := range f.articles {
		ok, err := match(&f.articles[i], q)
		if err != nil {
			return feed.Page{}, err
		}
		if ok {
			sel = append(sel, f.articles[i])
		}
	}
	return f.window(sel, offset, limit), nil
}

func (f *fakeBackend) window(sel []feed.Article, offset, limit int) feed.Page {
	p := feed.Page{Offset: offset, Total: len(sel)}
	for i := range sel {
		if !sel[i].Read {
			p.Unread++
		}
	}
	end := min(len(sel), offset+limit)
	if offset < end {
		p.Items = append([]feed.Article(nil), sel[offset:end]...)
	}
	return p
}

func (f *fakeBackend) Article(ctx context.Context, id int64) (feed.Article, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if id < 1 || int(id) > len(f.articles) {
		return feed.Article{}, fmt.Errorf("article %d: not found", id)
	}
	a := f.articles[id-1]
	a.Content = f.body(a)
	a.FullText = f.fullText[id]
	return a, nil
}

func (f *fakeBackend) SetRead(ctx context.Context, ids []int64, read bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, id := range ids {
		f.articles[id-1].Read = read
	}
	return nil
}

func (f *fakeBackend) MarkAllRead(ctx context.Context, q string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := range f.articles {
		if ok, _ := match(&f.articles[i], q); ok {
			f.articles[i].Read = true
		}
	}
	return nil
}

func (f *fakeBackend) SetStarred(ctx context.Context, id int64, starred bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.articles[id-1].Starred = starred
	return nil
}

func (f *fakeBackend) Feeds(ctx context.Context) ([]feed.FeedInfo, error) {
	return f.feeds, nil
}

func (f *fakeBackend) Tags(ctx context.Context) ([]feed.TagCount, error) { return f.tags, nil }

func (f *fakeBackend) Reload(ctx context.Context, urls []string, progress func(done, total int, o feed.Outcome)) (feed.Summary, error) {
	fs := f.feeds
	for i, fi := range fs {
		if f.reloadCh != nil {
			<-f.reloadCh
		}
		time.Sleep(f.reloadDelay)
		o := feed.Outcome{URL: fi.URL, Title: fi.DisplayTitle(), Status: feed.StatusNew, New: 1}
		progress(i+1, len(fs), o)
	}
	return feed.Summary{Feeds: len(fs), Updated: len(fs), NewArticles: len(fs)}, nil
}

func (f *fakeBackend) FullText(ctx context.Context, id int64) (feed.Article, error) {
	f.mu.Lock()
	f.fullText[id] = "<p>The whole story, fetched from the web page.</p>"
	f.mu.Unlock()
	return f.Article(ctx, id)
}
