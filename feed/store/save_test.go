package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"dateline/feed"
)

func save(t *testing.T, s *Store, sub feed.Subscription, arts ...feed.Article) int {
	t.Helper()
	n, err := s.Save(context.Background(), sub, &feed.Feed{URL: sub.URL, Title: "T", Articles: arts}, feed.FetchState{}, "")
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDedupe(t *testing.T) {
	s := openTest(t)
	sub := feed.Subscription{URL: "https://x.example/rss"}
	day := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	first := []feed.Article{
		{GUID: "g1", Link: "https://x.example/1", Title: "One"},
		{Link: "https://x.example/2", Title: "Two"},
		{Title: "Three", Published: day},
		{GUID: "g1", Title: "One again in the same document"},
	}
	if n := save(t, s, sub, first...); n != 3 {
		t.Fatalf("first save: %d new, want 3", n)
	}
	second := []feed.Article{
		{GUID: "g1", Link: "https://x.example/moved", Title: "One, retitled"}, // same GUID: same article
		{Link: "https://x.example/2", Title: "Two"},                           // same link
		{Title: "Three", Published: day},                                      // same title and date
		{Title: "Three", Published: day.Add(time.Hour)},                       // another date: new
		{GUID: "g2", Link: "https://x.example/2", Title: "Two"},               // a GUID wins over the link
	}
	if n := save(t, s, sub, second...); n != 2 {
		t.Fatalf("second save: %d new, want 2", n)
	}
	page, err := s.List(context.Background(), "", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, a := range page.Items {
		titles = append(titles, a.Title)
	}
	got := strings.Join(titles, "|")
	for _, want := range []string{"One, retitled", "Two", "Three"} {
		if !strings.Contains(got, want) {
			t.Errorf("titles %q lack %q", got, want)
		}
	}
	if page.Total != 5 || strings.Contains(got, "One again") || strings.Contains(got, "One|") {
		t.Errorf("stored %d: %q", page.Total, got)
	}
}

func TestStateSurvivesReload(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sub := feed.Subscription{URL: "https://x.example/rss"}
	a := feed.Article{GUID: "g", Title: "Old title", Content: "<p>walrus</p>", Categories: []string{"Old"},
		Entities: ents("place", "Oslo")}
	save(t, s, sub, a)
	id := guidIDs(t, s)["g"]
	if err := s.SetRead(ctx, []int64{id}, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	a.Title, a.Content, a.Categories, a.Entities = "New title", "<p>narwhal</p>", []string{"New"}, ents("place", "Bergen")
	if n := save(t, s, sub, a); n != 0 {
		t.Fatalf("changed article counted as new: %d", n)
	}
	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Read || !got.Starred || got.Title != "New title" || got.Content != "<p>narwhal</p>" {
		t.Errorf("after reload: %+v", got)
	}
	for q, want := range map[string]int{"walrus": 0, "narwhal": 1, "title:new": 1, "tag:old": 0, "tag:new": 1,
		"place:oslo": 0, "place:bergen": 1} {
		if n, _, err := s.Count(ctx, q); err != nil || n != want {
			t.Errorf("Count(%q) = %d, %v; want %d", q, n, err, want)
		}
	}
	checkDB(t, s)
}

// Unchanged tells the reload workers which articles need no new entities,
// and Save keeps the stored entities of such an article when only its
// title changed.
func TestUnchanged(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sub := feed.Subscription{URL: "https://x.example/rss"}
	save(t, s, sub,
		feed.Article{GUID: "same", Title: "Same", Content: "<p>Oslo</p>", Entities: ents("place", "Oslo")},
		feed.Article{GUID: "edited", Title: "Edited", Content: "<p>before</p>", Summary: "s"})
	arts := []feed.Article{
		{GUID: "same", Title: "Same, retitled", Content: "<p>Oslo</p>"},
		{GUID: "edited", Title: "Edited", Content: "<p>before</p>", Summary: "new summary"},
		{GUID: "new", Title: "New", Content: "<p>x</p>"},
		{GUID: "same", Title: "Same again", Content: "<p>Oslo</p>"},
	}
	got, err := s.Unchanged(ctx, sub.URL, arts)
	if want := []bool{true, false, false, true}; err != nil || !slices.Equal(got, want) {
		t.Fatalf("Unchanged = %v, %v; want %v", got, err, want)
	}
	if got, err := s.Unchanged(ctx, "https://other.example/", arts); err != nil || slices.Contains(got, true) {
		t.Fatalf("Unchanged for another feed = %v, %v", got, err)
	}
	save(t, s, sub, arts[0]) // no entities: they were not looked for again
	if n, _, err := s.Count(ctx, "place:oslo"); err != nil || n != 1 {
		t.Errorf("place:oslo after a retitle = %d, %v; want 1", n, err)
	}
	if n, _, err := s.Count(ctx, `title:retitled`); err != nil || n != 1 {
		t.Errorf("title:retitled = %d, %v; want 1", n, err)
	}
	checkDB(t, s)
}

func TestRetentionKeepsStarred(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	s.SetRetention(3)
	sub := feed.Subscription{URL: "https://x.example/rss"}
	art := func(i int) feed.Article {
		return feed.Article{GUID: fmt.Sprint("g", i), Title: fmt.Sprint("t", i), Published: now.Add(time.Duration(i) * time.Hour)}
	}
	var batch []feed.Article
	for i := range 5 {
		batch = append(batch, art(i))
	}
	if n := save(t, s, sub, batch...); n != 5 {
		t.Fatalf("new = %d", n)
	}
	if got := strings.Join(guids(t, s, ""), " "); got != "g4 g3 g2" {
		t.Fatalf("kept %s, want g4 g3 g2", got)
	}
	if err := s.SetStarred(ctx, guidIDs(t, s)["g2"], true); err != nil {
		t.Fatal(err)
	}
	for i := 5; i < 8; i++ {
		batch = append(batch, art(i))
	}
	if n := save(t, s, sub, batch...); n != 3 {
		t.Fatalf("second save: new = %d, want 3 (dropped ones must not come back)", n)
	}
	if got := strings.Join(guids(t, s, ""), " "); got != "g7 g6 g5 g2" {
		t.Fatalf("kept %s, want g7 g6 g5 g2", got)
	}
	checkDB(t, s)
}

func TestSaveFailureKeepsEarlierData(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sub := feed.Subscription{URL: "https://x.example/rss"}
	if _, err := s.Save(ctx, sub, &feed.Feed{Title: "T", Articles: []feed.Article{{GUID: "keep", Title: "kept"}}}, feed.FetchState{ETag: "e1"}, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, []int64{guidIDs(t, s)["keep"]}, true); err != nil {
		t.Fatal(err)
	}
	// A trigger makes the third article fail after two were written.
	if _, err := s.db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON articles WHEN new.title = 'boom'
BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	_, err := s.Save(ctx, sub, &feed.Feed{Title: "T2", Articles: []feed.Article{
		{GUID: "keep", Title: "changed"}, {GUID: "n1", Title: "new"}, {GUID: "n2", Title: "boom"}}}, feed.FetchState{ETag: "e2"}, "")
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("Save error = %v, want the trigger's", err)
	}
	if got := strings.Join(guids(t, s, ""), " "); got != "keep" {
		t.Fatalf("articles after a failed save: %s", got)
	}
	a, err := s.Article(ctx, guidIDs(t, s)["keep"])
	if err != nil || a.Title != "kept" || !a.Read {
		t.Fatalf("earlier article changed: %+v %v", a, err)
	}
	if st, err := s.State(ctx, sub.URL); err != nil || st.ETag != "e1" {
		t.Fatalf("state = %+v %v, want the earlier ETag", st, err)
	}
}

func TestFullText(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	sub := feed.Subscription{URL: "https://x.example/rss", FullText: true}
	save(t, s, sub,
		feed.Article{GUID: "a", Link: "https://x.example/a", Title: "A", Summary: "teaser", Entities: ents("person", "Ann Lee")},
		feed.Article{GUID: "b", Link: "https://x.example/b", Title: "B", Summary: "teaser"})
	pending, err := s.PendingFullText(ctx, sub.URL, 10)
	if err != nil || len(pending) != 2 || pending[0].Link == "" || pending[0].ID == 0 {
		t.Fatalf("pending = %+v, %v", pending, err)
	}
	ids := guidIDs(t, s)
	if err := s.SaveFullText(ctx, ids["a"], "<p>The whole story of the aardvark.</p>", ents("speaker", "Bo Diaz"), ""); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveFullText(ctx, ids["b"], "", nil, "paywall"); err != nil {
		t.Fatal(err)
	}
	if pending, _ := s.PendingFullText(ctx, sub.URL, 10); len(pending) != 0 {
		t.Fatalf("still pending: %+v", pending)
	}
	a, err := s.Article(ctx, ids["a"])
	if err != nil || a.Body() != "<p>The whole story of the aardvark.</p>" || a.Summary != "teaser" {
		t.Fatalf("article = %+v %v", a, err)
	}
	if len(a.Entities) != 1 || a.Entities[0].Name != "Bo Diaz" {
		t.Errorf("entities = %+v, want only Bo Diaz", a.Entities)
	}
	b, _ := s.Article(ctx, ids["b"])
	if b.FullTextError != "paywall" {
		t.Errorf("failure not kept: %+v", b)
	}
	for q, want := range map[string]string{"aardvark": "a", "speaker:diaz": "a", "person:lee": ""} {
		if got := strings.Join(guids(t, s, q), " "); got != want {
			t.Errorf("%s = %q, want %q", q, got, want)
		}
	}
	// A reload with a new summary keeps the full text and its entities.
	save(t, s, sub, feed.Article{GUID: "a", Link: "https://x.example/a", Title: "A", Summary: "new teaser", Entities: ents("person", "Ann Lee")})
	if got := strings.Join(guids(t, s, "aardvark speaker:diaz"), " "); got != "a" {
		t.Errorf("full text lost on reload: %q", got)
	}
}

func TestSaveCanceled(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := s.Save(ctx, feed.Subscription{URL: "u"}, &feed.Feed{Articles: []feed.Article{{GUID: "x"}}}, feed.FetchState{}, "")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

func TestFutureDatesDoNotPin(t *testing.T) {
	s := openTest(t)
	sub := feed.Subscription{URL: "https://x.example/rss"}
	save(t, s, sub,
		feed.Article{GUID: "future", Published: now.Add(365 * 24 * time.Hour)},
		feed.Article{GUID: "older", Published: now.Add(-time.Hour)})
	s.now = func() time.Time { return now.Add(time.Minute) }
	save(t, s, feed.Subscription{URL: "https://y.example/rss"}, feed.Article{GUID: "later"})
	if got := strings.Join(guids(t, s, ""), " "); got != "later future older" {
		t.Fatalf("order = %s", got)
	}
}
