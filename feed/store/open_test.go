package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"dateline/feed"
)

func TestOpenFileModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	path := filepath.Join(dir, "dateline.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for p, want := range map[string]os.FileMode{dir: 0o700 | os.ModeDir, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode(), want)
		}
	}
}

func TestOpenReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Save(context.Background(), feed.Subscription{URL: "u"}, &feed.Feed{Articles: []feed.Article{{GUID: "x"}}}, feed.FetchState{}, ""); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, _, err := s.Count(context.Background(), ""); err != nil || n != 1 {
		t.Fatalf("after reopening: %d, %v", n, err)
	}
	if err := s.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "5000"} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil || got != want {
			t.Errorf("PRAGMA %s = %q, %v; want %q", pragma, got, err, want)
		}
	}
}

func TestOpenRejectsOtherFiles(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("this is not SQLite\n", 300)), 0o600); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE contacts (name TEXT)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newer := filepath.Join(dir, "newer.db")
	s, err := Open(newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for path, want := range map[string]string{
		garbage: "is not a dateline database",
		foreign: "is not a dateline database",
		newer:   "newer dateline",
	} {
		s, err := Open(path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%s) worked", path)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, want) {
			t.Errorf("Open(%s) = %q, want the path and %q", path, msg, want)
		}
		if want != "newer dateline" && !strings.Contains(err.Error(), "move it aside or pass --db") {
			t.Errorf("no advice: %v", err)
		}
	}
}

// Two stores (as two processes would) write to one file at once.
func TestTwoStoresOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.db")
	var stores [2]*Store
	for i := range stores {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores[i] = s
	}
	var wg sync.WaitGroup
	errs := make(chan error, 2*20)
	for i, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				sub := feed.Subscription{URL: fmt.Sprintf("https://%d.example/%d", i, j)}
				var arts []feed.Article
				for k := range 10 {
					arts = append(arts, feed.Article{GUID: fmt.Sprint(k), Title: "t", Content: "<p>body</p>"})
				}
				if _, err := s.Save(context.Background(), sub, &feed.Feed{Articles: arts}, feed.FetchState{}, ""); err != nil {
					errs <- err
				}
				if _, err := s.List(context.Background(), "body", 0, 10); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n, _, err := stores[0].Count(context.Background(), ""); err != nil || n != 400 {
		t.Fatalf("stored %d, %v; want 400", n, err)
	}
}

// A file made by the first schema is brought up to date with its data.
func TestMigrateFromFirstSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		migrations[0],
		fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = 1", applicationID),
		"INSERT INTO feeds (id, url) VALUES (1, 'https://x.example/')",
		"INSERT INTO articles (id, feed_id, dedupe_key, sort_time, inserted_at, read) VALUES (1, 1, 'g:1', 1, 1, 0), (2, 1, 'g:2', 2, 2, 1)",
		"INSERT INTO bodies (article_id) VALUES (1), (2)",
		"INSERT INTO article_tags (article_id, norm, source, name) VALUES (1, 'world', 'feed', 'World'), (2, 'world', 'feed', 'World')",
		`INSERT INTO entities (article_id, kind, name) VALUES (1, 'speaker', 'Jean-Luc Picard'), (1, 'place', 'Zürich'),
			(1, 'person', 'Ann Lee'), (2, 'person', 'Jean Valjean')`,
		`INSERT INTO entity_terms (kind, term, article_id) VALUES ('speaker', 'picard', 1), ('place', 'zurich', 1),
			('person', 'ann', 1), ('person', 'jean', 2)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkDB(t, s)
	ctx := context.Background()
	page, err := s.List(ctx, "", 0, 10)
	if err != nil || page.Total != 2 || page.Unread != 1 {
		t.Fatalf("after migrating: %+v %v", page, err)
	}
	tags, err := s.Tags(ctx)
	if err != nil || len(tags) != 1 || tags[0].Total != 2 || tags[0].Unread != 1 {
		t.Fatalf("tags after migrating: %+v %v", tags, err)
	}
	ents, err := s.Entities(ctx, 1)
	want := []feed.EntityRef{{Kind: "person", Name: "Ann Lee"}, {Kind: "place", Name: "Zürich"}, {Kind: "speaker", Name: "Jean-Luc Picard"}}
	if err != nil || !slices.Equal(ents, want) {
		t.Errorf("entities after migrating = %+v, %v; want %+v", ents, err, want)
	}
	for q, want := range map[string]int{"speaker:picard": 1, "person:jean": 2, "person:luc": 1, "place:zurich": 1, "place:ann": 0} {
		if n, _, err := s.Count(ctx, q); err != nil || n != want {
			t.Errorf("%s after migrating: %d, %v; want %d", q, n, err, want)
		}
	}
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != len(migrations) {
		t.Fatalf("user_version = %d, %v", v, err)
	}
}

func TestCheckFindsWrongCounts(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	checkDB(t, s)
	for _, q := range []string{"UPDATE feed_counts SET unread = unread + 1", "UPDATE tag_counts SET total = total + 1"} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
		if err := s.Check(context.Background()); err == nil || !strings.Contains(err.Error(), "off") {
			t.Errorf("after %q: Check = %v", q, err)
		}
	}
}
