package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"dateline/feed"
)

// now is the fixed clock of the tests.
var now = time.Date(2024, 6, 10, 12, 0, 0, 0, time.UTC)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "data", "dateline.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.now = func() time.Time { return now }
	t.Cleanup(func() { s.Close() })
	return s
}

var (
	subBBC      = feed.Subscription{URL: "https://bbc.example/world.xml", Tags: []string{"news", "Europe Desk"}}
	subGuardian = feed.Subscription{URL: "https://guardian.example/rss", Title: "Grauniad"}
	subHidden   = feed.Subscription{URL: "https://hidden.example/feed", Hidden: true}
)

func ents(kv ...string) []feed.EntityRef {
	var out []feed.EntityRef
	for i := 0; i < len(kv); i += 2 {
		out = append(out, feed.EntityRef{Kind: feed.EntityKind(kv[i]), Name: kv[i+1]})
	}
	return out
}

// fixture stores three feeds of known articles and returns their ids by
// GUID. Newest first: a6 (no date), a1, a5 (hidden), a2, a3, a4.
func fixture(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	ctx := context.Background()
	if err := s.SyncSubscriptions(ctx, []feed.Subscription{subBBC, subGuardian, subHidden}); err != nil {
		t.Fatal(err)
	}
	bbc := &feed.Feed{URL: subBBC.URL, Title: "BBC World", Articles: []feed.Article{
		{GUID: "a1", Title: "Zelensky visits Kyiv front", Author: "Jane Doe", Published: now.Add(-time.Hour),
			Categories: []string{"Politics", "Ukraine conflict"},
			Entities:   ents("speaker", "Volodymyr Zelensky", "place", "Kyiv", "person", "Olaf Scholz"),
			Content:    "<p>The president said the <b>offensive</b> continues near Kharkiv.</p>"},
		{GUID: "a2", Title: "Markets rally in London", Author: "John Smith", Published: now.Add(-72 * time.Hour),
			Categories: []string{"Business"}, Entities: ents("place", "London", "person", "Rishi Sunak"),
			Content: "Shares rose sharply as investors cheered."},
	}}
	guardian := &feed.Feed{URL: subGuardian.URL, Title: "The Guardian", Articles: []feed.Article{
		{GUID: "a3", Title: "Football: Arsenal win", Published: time.Date(2024, 5, 31, 12, 0, 0, 0, time.UTC),
			Categories: []string{"Sport"}, Entities: ents("place", "London", "speaker", "Mikel Arteta"),
			Content: "A late goal won the match."},
		{GUID: "a4", Title: "Election campaign heats up", Published: time.Date(2024, 4, 20, 9, 0, 0, 0, time.UTC),
			Categories: []string{"Politics"}, Entities: ents("speaker", "Rishi Sunak", "place", "Zürich"),
			Content: "The exact phrase appears here: polls are tightening."},
		{GUID: "a6", Title: "Undated note", Content: "Zelensky mentioned only in text.", Entities: nil},
	}}
	hidden := &feed.Feed{URL: subHidden.URL, Title: "Secret Feed", Articles: []feed.Article{
		{GUID: "a5", Title: "Secret Kyiv memo", Published: now.Add(-2 * time.Hour), Categories: []string{"Politics"},
			Entities: ents("place", "Kyiv"), Content: "hidden"},
	}}
	for _, f := range []struct {
		sub feed.Subscription
		f   *feed.Feed
	}{{subBBC, bbc}, {subGuardian, guardian}, {subHidden, hidden}} {
		if _, err := s.Save(ctx, f.sub, f.f, feed.FetchState{ETag: `"v1"`}, ""); err != nil {
			t.Fatal(err)
		}
	}
	ids := guidIDs(t, s)
	if err := s.SetRead(ctx, []int64{ids["a2"], ids["a3"]}, true); err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"a3", "a6"} {
		if err := s.SetStarred(ctx, ids[g], true); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// checkDB runs the integrity and counter checks.
func checkDB(t *testing.T, s *Store) {
	t.Helper()
	if err := s.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// guidIDs maps the GUID of every article to its id.
func guidIDs(t *testing.T, s *Store) map[string]int64 {
	t.Helper()
	rows, err := s.db.Query("SELECT guid, id FROM articles")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	m := map[string]int64{}
	for rows.Next() {
		var g string
		var id int64
		if err := rows.Scan(&g, &id); err != nil {
			t.Fatal(err)
		}
		m[g] = id
	}
	return m
}

// guids lists a query's matches by GUID, in order.
func guids(t *testing.T, s *Store, q string) []string {
	t.Helper()
	page, err := s.List(context.Background(), q, 0, 100)
	if err != nil {
		t.Fatalf("List(%q): %v", q, err)
	}
	out := []string{}
	for _, a := range page.Items {
		out = append(out, a.GUID)
	}
	if page.Total != len(out) {
		t.Errorf("List(%q): Total %d, %d items", q, page.Total, len(out))
	}
	return out
}
