package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"dateline/feed"
)

func cmdRead(a *app, args []string) error {
	fs := newFlagSet("read")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"read: give one or more article files"}
	}
	b := &fileBackend{}
	for i, path := range fs.Args() {
		s, err := loadSaved(path)
		if err != nil {
			return err
		}
		b.add(int64(i+1), s)
	}
	a.cfg, a.cfgErr = loadConfig(a.paths.Config)
	if err := a.openLog(); err != nil {
		return err
	}
	opt := a.tuiOptions()
	opt.Title = "saved articles"
	return a.runReader(b, opt)
}

// fileBackend serves saved article files to the reader: no store, no
// network. Queries match words in the title and text, and person:,
// speaker: and place: on the entities found in each file.
type fileBackend struct {
	mu   sync.Mutex // the reader calls from several commands at once
	arts []feed.Article
	ents [][]feed.EntityRef
}

func (b *fileBackend) add(id int64, s savedArticle) {
	a := feed.Article{ID: id, FeedTitle: "saved", FeedURL: s.Path, Link: "", Title: s.Title,
		Published: s.Date, Content: s.Body}
	if s.HTML {
		a.Content = s.Body
	}
	b.arts = append(b.arts, a)
	b.ents = append(b.ents, feed.EntitiesOf(a.Content))
}

func (b *fileBackend) matches(i int, q string) bool {
	for _, term := range strings.Fields(strings.ToLower(q)) {
		field, val, ok := strings.Cut(term, ":")
		val = strings.Trim(val, `"`)
		if !ok {
			val = strings.Trim(term, `"`)
			a := b.arts[i]
			if !strings.Contains(strings.ToLower(a.Title+" "+a.Content), val) {
				return false
			}
			continue
		}
		found := false
		for _, e := range b.ents[i] {
			if string(e.Kind) == field && strings.Contains(strings.ToLower(e.Name), val) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (b *fileBackend) List(_ context.Context, q string, offset, limit int) (feed.Page, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var p feed.Page
	for i, a := range b.arts {
		if !b.matches(i, q) {
			continue
		}
		if p.Total >= offset && len(p.Items) < limit {
			it := a
			it.Content = ""
			p.Items = append(p.Items, it)
		}
		p.Total++
		if !a.Read {
			p.Unread++
		}
	}
	p.Offset = offset
	return p, nil
}

func (b *fileBackend) find(id int64) (*feed.Article, error) {
	if id < 1 || int(id) > len(b.arts) {
		return nil, fmt.Errorf("no article %d", id)
	}
	return &b.arts[id-1], nil
}

func (b *fileBackend) Article(_ context.Context, id int64) (feed.Article, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	a, err := b.find(id)
	if err != nil {
		return feed.Article{}, err
	}
	return *a, nil
}

func (b *fileBackend) SetRead(_ context.Context, ids []int64, read bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, id := range ids {
		if a, err := b.find(id); err == nil {
			a.Read = read
		}
	}
	return nil
}

func (b *fileBackend) MarkAllRead(_ context.Context, q string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := range b.arts {
		if b.matches(i, q) {
			b.arts[i].Read = true
		}
	}
	return nil
}

func (b *fileBackend) SetStarred(_ context.Context, id int64, starred bool) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	a, err := b.find(id)
	if err == nil {
		a.Starred = starred
	}
	return err
}

func (b *fileBackend) Feeds(context.Context) ([]feed.FeedInfo, error) { return nil, nil }
func (b *fileBackend) Tags(context.Context) ([]feed.TagCount, error)  { return nil, nil }

var errNoNetwork = errors.New("saved articles have no feed to reload")

func (b *fileBackend) Reload(context.Context, []string, func(int, int, feed.Outcome)) (feed.Summary, error) {
	return feed.Summary{}, errNoNetwork
}

func (b *fileBackend) FullText(ctx context.Context, id int64) (feed.Article, error) {
	return b.Article(ctx, id)
}
