// Package store keeps dateline's feeds and articles in one SQLite file
// (pure Go, modernc.org/sqlite): the schema and its migrations, one
// transaction per fetched feed, FTS5 search, read and starred state, and
// the queries of feed/query. It is the feed.Sink and feed.FullTextSink of
// a reload and everything the reader and the CLI read from.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"dateline/feed"
	"dateline/feed/query"

	"modernc.org/sqlite"
)

// Store is an open dateline database. Its methods are safe for concurrent
// use, and other processes may use the same file at the same time.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time

	mu        sync.Mutex // guards what follows
	retention int
	rules     []compiledRule
}

var (
	_ feed.Sink         = (*Store)(nil)
	_ feed.FullTextSink = (*Store)(nil)
)

func init() {
	// dateline_fold lets author: compare the way query.Normalize does.
	sqlite.MustRegisterDeterministicScalarFunction("dateline_fold", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			s, _ := args[0].(string)
			return query.Normalize(s), nil
		})
}

// Open opens the database at path, creating it (and its directory, 0700)
// when missing, and brings its schema up to date.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	f.Close()
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// Checkpoint the WAL every 8000 pages (32 MiB) rather than 1000: a
	// reload rewrites the same index pages many times, and each checkpoint
	// copies them again. A cold reload of 500 feeds is about 10% faster.
	q.Add("_pragma", "wal_autocheckpoint(8000)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+pathURI(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", path, err)
	}
	s := &Store{db: db, path: path, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, s.explain(err)
	}
	return s, nil
}

// pathURI escapes what a file: URI would otherwise misread in a path.
func pathURI(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// errForeign is a file that is not a dateline database.
var errForeign = errors.New("not a dateline database")

// explain turns what SQLite says about a bad file into advice.
func (s *Store) explain(err error) error {
	msg := err.Error()
	if errors.Is(err, errForeign) || strings.Contains(msg, "not a database") ||
		strings.Contains(msg, "malformed") || strings.Contains(msg, "SQLITE_CORRUPT") {
		return fmt.Errorf("%s is not a dateline database (%v); move it aside or pass --db", s.path, err)
	}
	return fmt.Errorf("database %s: %w", s.path, err)
}

// migrate checks that the file is dateline's and applies what is missing.
func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var appID, version, tables int
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
		return err
	}
	switch {
	case appID == 0 && tables == 0: // a new file
	case appID != applicationID:
		return fmt.Errorf("%w: the file belongs to another program", errForeign)
	case version > len(migrations):
		return fmt.Errorf("made by a newer dateline (schema %d, this one knows %d)", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, len(migrations))); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Check runs SQLite's integrity check and the foreign key check.
func (s *Store) Check(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return err
	}
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	rows.Close()
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		problems = append(problems, fmt.Sprintf("%d rows break foreign keys", n))
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (
	SELECT feed_id, count(*) AS total, sum(read = 0) AS unread FROM articles GROUP BY feed_id) x
	LEFT JOIN feed_counts c USING (feed_id)
	WHERE c.total IS NOT x.total OR c.unread IS NOT x.unread`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		problems = append(problems, fmt.Sprintf("the counts of %d feeds are off", n))
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (
	SELECT t.norm, t.source, a.feed_id, count(*) AS total, sum(a.read = 0) AS unread
	FROM article_tags t JOIN articles a ON a.id = t.article_id GROUP BY 1, 2, 3) x
	FULL JOIN (SELECT * FROM tag_counts WHERE total != 0) c USING (norm, source, feed_id)
	WHERE c.total IS NOT x.total OR c.unread IS NOT x.unread`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		problems = append(problems, fmt.Sprintf("%d tag counts are off", n))
	}
	if len(problems) > 0 {
		return fmt.Errorf("database %s: %s", s.path, strings.Join(problems, "; "))
	}
	return nil
}

// SetRetention keeps at most n articles per feed (the newest); starred
// articles are never dropped. 0 keeps everything.
func (s *Store) SetRetention(n int) {
	s.mu.Lock()
	s.retention = max(n, 0)
	s.mu.Unlock()
}

// unix is t in Unix seconds, 0 for the zero time.
func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

// fromUnix is the inverse of unix.
func fromUnix(s int64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(s, 0)
}
