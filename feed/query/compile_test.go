package query

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCompile(t *testing.T) {
	now := time.Date(2024, 6, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		sql  string
		args []any
	}{
		{"", "1", nil},
		{"is:unread", "a.read = 0", nil},
		{"is:starred", "a.starred = 1", nil},
		{"since:2d", "a.sort_time >= ?", []any{now.Add(-48 * time.Hour).Unix()}},
		{"before:2024-05-01", "a.sort_time < ?", []any{time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC).Unix()}},
		{"Tag:Zürich", "a.id IN (SELECT article_id FROM article_tags WHERE norm = ? UNION ALL SELECT id FROM articles WHERE feed_id IN (SELECT feed_id FROM feed_tags WHERE norm = ?))", []any{"zurich", "zurich"}},
		{`speaker:"Volodymyr  Zelensky"`, "a.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)", []any{`speaker : "volodymyr zelensky"`}},
		{`a "b c" title:d`, "(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))", []any{`"a" AND "b c" AND title : "d"`}},
		{`x"y"`, "(a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))", []any{`"x" AND "y"`}},
		{`-elect* OR NEAR`, "(NOT a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))", []any{`"elect" *`, `"NEAR"`}},
		{"is:read -is:starred", "(a.read = 1 AND NOT a.starred = 1)", nil},
	}
	for _, tt := range tests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.in, err)
		}
		sql, args := Compile(n, now)
		if sql != tt.sql || !reflect.DeepEqual(args, tt.args) {
			t.Errorf("Compile(%q) = %q %v, want %q %v", tt.in, sql, args, tt.sql, tt.args)
		}
	}
}

// User text never reaches the SQL: only the fixed skeleton does.
func TestCompileBindsUserText(t *testing.T) {
	n, err := Parse(`tag:"x' OR 1=1 --" feed:'; author:x'y place:';DROP`)
	if err != nil {
		t.Fatal(err)
	}
	sql, _ := Compile(n, time.Now())
	for _, bad := range []string{"1=1", "DROP", ";"} {
		if strings.Contains(sql, bad) {
			t.Errorf("SQL contains user text %q: %s", bad, sql)
		}
	}
}

func TestNamesFeed(t *testing.T) {
	for in, want := range map[string]bool{"feed:bbc": true, "a (b OR feed:x)": true, "-feed:bbc": false, "tag:feed": false} {
		n, err := Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := NamesFeed(n); got != want {
			t.Errorf("NamesFeed(%q) = %v, want %v", in, got, want)
		}
	}
}
