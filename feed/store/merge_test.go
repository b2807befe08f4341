package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"dateline/feed"
)

// segments counts the b-trees (segments) of a search index.
func segments(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(DISTINCT segid) FROM " + table + "_idx").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Each Save leaves a segment; Finish merges them, and every article can
// still be found, by its words and by its names.
func TestFinishMergesIndex(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	const feeds = 12
	for i := range feeds {
		f := &feed.Feed{URL: fmt.Sprintf("https://f%d.example/rss", i), Articles: []feed.Article{{
			GUID:     "x",
			Title:    fmt.Sprintf("Harbour report %d", i),
			Content:  fmt.Sprintf("<p>Dockers in port%d walked out.</p>", i),
			Entities: ents("place", fmt.Sprintf("Porttown%d", i)),
		}}}
		if _, err := s.Save(ctx, feed.Subscription{URL: f.URL}, f, feed.FetchState{}, ""); err != nil {
			t.Fatal(err)
		}
	}
	for _, table := range []string{"articles_fts", "entities_fts"} {
		if n := segments(t, s, table); n != feeds {
			t.Fatalf("%s: %d segments before Finish, want one per Save (%d)", table, n, feeds)
		}
	}
	if err := s.Finish(ctx); err != nil {
		t.Fatal(err)
	}
	for _, table := range []string{"articles_fts", "entities_fts"} {
		if n := segments(t, s, table); n > 3 {
			t.Errorf("%s: %d segments after Finish, want at most 3", table, n)
		}
	}
	for i := range feeds {
		for _, q := range []string{fmt.Sprintf("port%d", i), fmt.Sprintf("place:porttown%d", i), "harbour"} {
			page, err := s.List(ctx, q, 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			want := 1
			if q == "harbour" {
				want = feeds
			}
			if len(page.Items) != want {
				var got []string
				for _, a := range page.Items {
					got = append(got, a.Title)
				}
				t.Errorf("List(%q) = %d articles [%s], want %d", q, len(page.Items), strings.Join(got, "; "), want)
			}
		}
	}
	// A second Finish has nothing to do.
	if err := s.Finish(ctx); err != nil {
		t.Fatal(err)
	}
}
