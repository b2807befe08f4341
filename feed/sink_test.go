package feed

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
)

// memSink is an in-memory Sink and FullTextSink that also checks the
// reload's promise to call it from one goroutine at a time.
type memSink struct {
	t      testing.TB
	busy   atomic.Int32
	mu     sync.Mutex // guards the maps for readers outside the reload
	states map[string]FetchState
	feeds  map[string]*Feed
	saves  map[string]int
	saveSt map[string]FetchState
	redirs map[string]string
	notMod map[string]int
	fails  map[string]error
	guids  map[string]bool
	arts   map[int64]*Article
	nextID int64
	ftHTML map[int64]string
	ftFail map[int64]string
	ftEnts map[int64][]EntityRef
	failOn string // Save fails for this URL
	light  bool   // keep no feed or article, as a store would not
}

func newMemSink(t testing.TB) *memSink {
	return &memSink{
		t: t, states: map[string]FetchState{}, feeds: map[string]*Feed{}, saves: map[string]int{},
		saveSt: map[string]FetchState{}, redirs: map[string]string{}, notMod: map[string]int{},
		fails: map[string]error{}, guids: map[string]bool{}, arts: map[int64]*Article{},
		ftHTML: map[int64]string{}, ftFail: map[int64]string{}, ftEnts: map[int64][]EntityRef{},
	}
}

func (s *memSink) enter() func() {
	if s.busy.Add(1) != 1 {
		s.t.Error("sink called from two goroutines at once")
	}
	s.mu.Lock()
	return func() { s.mu.Unlock(); s.busy.Add(-1) }
}

func (s *memSink) State(ctx context.Context, url string) (FetchState, error) {
	defer s.enter()()
	return s.states[url], nil
}

func (s *memSink) Save(ctx context.Context, sub Subscription, f *Feed, st FetchState, redirectedTo string) (int, error) {
	defer s.enter()()
	if sub.URL == s.failOn {
		return 0, errors.New("disk full")
	}
	s.saves[sub.URL]++
	if s.light {
		return len(f.Articles), nil
	}
	s.feeds[sub.URL], s.saveSt[sub.URL], s.redirs[sub.URL] = f, st, redirectedTo
	s.states[sub.URL] = st
	n := 0
	for i := range f.Articles {
		key := sub.URL + "\x00" + f.Articles[i].GUID
		if s.guids[key] {
			continue
		}
		s.guids[key] = true
		s.nextID++
		a := f.Articles[i]
		a.ID = s.nextID
		s.arts[a.ID] = &a
		n++
	}
	return n, nil
}

func (s *memSink) NotModified(ctx context.Context, url string) error {
	defer s.enter()()
	s.notMod[url]++
	return nil
}

func (s *memSink) Fail(ctx context.Context, url string, err error) error {
	defer s.enter()()
	s.fails[url] = err
	return nil
}

func (s *memSink) PendingFullText(ctx context.Context, feedURL string, limit int) ([]Article, error) {
	defer s.enter()()
	var out []Article
	for id := int64(1); id <= s.nextID && len(out) < limit; id++ {
		a := s.arts[id]
		_, done := s.ftFail[id]
		if a.FeedURL == feedURL && !done {
			out = append(out, Article{ID: a.ID, Link: a.Link, FeedURL: a.FeedURL})
		}
	}
	return out, nil
}

func (s *memSink) SaveFullText(ctx context.Context, id int64, html string, ents []EntityRef, failure string) error {
	defer s.enter()()
	s.ftHTML[id], s.ftFail[id], s.ftEnts[id] = html, failure, ents
	return nil
}

// plainSink hides the full-text methods of a memSink.
type plainSink struct{ Sink }
