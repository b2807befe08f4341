package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"dateline/feed"
	"dateline/feed/query"
)

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// SyncSubscriptions makes the feeds table follow the urls file: each
// subscription is added or updated (user title, tags, hidden, full text,
// position). Feeds no longer listed are kept with their articles but
// marked unsubscribed: they leave Feeds and every list except one that
// names them with feed:, and come back with their state if re-added.
//
// The list's fingerprint is kept in meta: an unchanged urls file (every
// start of the reader) costs one read, not a write per feed.
func (s *Store) SyncSubscriptions(ctx context.Context, subs []feed.Subscription) error {
	sum := subsHash(subs)
	var old string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'subs_hash'").Scan(&old)
	if err == nil && old == sum {
		return nil
	}
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "UPDATE feeds SET subscribed = 0"); err != nil {
			return err
		}
		for i, sub := range subs {
			if _, err := upsertSub(ctx, tx, sub, i); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('subs_hash', ?)", sum)
		return err
	})
}

// subsHash fingerprints everything SyncSubscriptions writes.
func subsHash(subs []feed.Subscription) string {
	h := sha256.New()
	for _, s := range subs {
		fmt.Fprintf(h, "%q %q %v %v %q\n", s.URL, s.Title, s.Hidden, s.FullText, s.Tags)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// forgetSubsHash makes the next SyncSubscriptions write, after a change to
// the feeds table that did not come from it.
func forgetSubsHash(ctx context.Context, tx execer) error {
	_, err := tx.ExecContext(ctx, "DELETE FROM meta WHERE key = 'subs_hash'")
	return err
}

// AddFeed adds one subscription (or updates it) at the end of the list.
func (s *Store) AddFeed(ctx context.Context, sub feed.Subscription) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		var pos int
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position), -1) + 1 FROM feeds").Scan(&pos); err != nil {
			return err
		}
		if _, err := upsertSub(ctx, tx, sub, pos); err != nil {
			return err
		}
		return forgetSubsHash(ctx, tx)
	})
}

// RemoveFeed deletes a feed with all its articles, starred ones included.
func (s *Store) RemoveFeed(ctx context.Context, url string) error {
	res, err := s.db.ExecContext(ctx, "DELETE FROM feeds WHERE url = ?", url)
	if err != nil {
		return fmt.Errorf("remove %s: %w", url, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("remove %s: no such feed", url)
	}
	return forgetSubsHash(ctx, s.db)
}

// upsertSub writes a subscription's user fields and returns the feed id.
func upsertSub(ctx context.Context, tx execer, sub feed.Subscription, pos int) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `
INSERT INTO feeds (url, user_title, hidden, fulltext, position, subscribed) VALUES (?, ?, ?, ?, ?, 1)
ON CONFLICT (url) DO UPDATE SET user_title = excluded.user_title, hidden = excluded.hidden,
	fulltext = excluded.fulltext, position = excluded.position, subscribed = 1
RETURNING id`, sub.URL, sub.Title, sub.Hidden, sub.FullText, pos).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("feed %s: %w", sub.URL, err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM feed_tags WHERE feed_id = ?", id); err != nil {
		return 0, err
	}
	for i, t := range sub.Tags {
		if n := query.Normalize(t); n != "" {
			if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO feed_tags (feed_id, norm, name, pos) VALUES (?, ?, ?, ?)", id, n, t, i); err != nil {
				return 0, err
			}
		}
	}
	return id, updateMatchText(ctx, tx, id)
}

// updateMatchText refreshes what feed: searches in.
func updateMatchText(ctx context.Context, tx execer, id int64) error {
	var u, ut, ft string
	if err := tx.QueryRowContext(ctx, "SELECT url, user_title, feed_title FROM feeds WHERE id = ?", id).Scan(&u, &ut, &ft); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "UPDATE feeds SET match_text = ? WHERE id = ?", query.Normalize(u+"\n"+ut+"\n"+ft), id)
	return err
}

// State returns the validators of the feed's last fetch.
func (s *Store) State(ctx context.Context, url string) (feed.FetchState, error) {
	var st feed.FetchState
	err := s.db.QueryRowContext(ctx, "SELECT etag, last_modified FROM feeds WHERE url = ?", url).Scan(&st.ETag, &st.LastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return feed.FetchState{}, nil
	}
	return st, err
}

// NotModified records a 304: the feed was checked and is unchanged.
func (s *Store) NotModified(ctx context.Context, url string) error {
	now := s.now().Unix()
	_, err := s.db.ExecContext(ctx, "UPDATE feeds SET last_check = ?, last_update = ?, last_error = '', last_error_at = 0 WHERE url = ?", now, now, url)
	return err
}

// Fail records why the feed's last fetch failed; its articles are kept.
func (s *Store) Fail(ctx context.Context, url string, ferr error) error {
	msg := "unknown error"
	if ferr != nil {
		msg = ferr.Error()
	}
	now := s.now().Unix()
	_, err := s.db.ExecContext(ctx, `
INSERT INTO feeds (url, subscribed, last_check, last_error, last_error_at) VALUES (?, 1, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET last_check = excluded.last_check, last_error = excluded.last_error,
	last_error_at = excluded.last_error_at`, url, now, msg, now)
	return err
}

// Feeds lists the subscribed feeds in urls-file order, with their counts.
func (s *Store) Feeds(ctx context.Context) ([]feed.FeedInfo, error) {
	rows, err := s.db.QueryContext(ctx, `
SELECT f.id, f.url, f.user_title, f.hidden, f.fulltext, f.feed_title, f.site_link,
	f.last_update, f.last_error, f.last_error_at, f.redirected_to,
	coalesce(c.total, 0), coalesce(c.unread, 0)
FROM feeds f LEFT JOIN feed_counts c ON c.feed_id = f.id
WHERE f.subscribed = 1 ORDER BY f.position, f.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feed.FeedInfo
	var ids []int64
	for rows.Next() {
		var fi feed.FeedInfo
		var id, upd, errAt int64
		if err := rows.Scan(&id, &fi.URL, &fi.Title, &fi.Hidden, &fi.FullText, &fi.FeedTitle, &fi.SiteLink,
			&upd, &fi.LastError, &errAt, &fi.RedirectedTo, &fi.Articles, &fi.Unread); err != nil {
			return nil, err
		}
		fi.LastUpdate, fi.LastErrorAt = fromUnix(upd), fromUnix(errAt)
		out = append(out, fi)
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	tags, err := s.feedTags(ctx, s.db)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		out[i].Tags = tags[id]
	}
	return out, nil
}

// feedTags returns every feed's user tags by feed id.
func (s *Store) feedTags(ctx context.Context, q execer) (map[int64][]string, error) {
	rows, err := q.QueryContext(ctx, "SELECT feed_id, name FROM feed_tags ORDER BY feed_id, pos")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[int64][]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		m[id] = append(m[id], name)
	}
	return m, rows.Err()
}

// inTx runs fn in one write transaction.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// placeholders is "?, ?, ?" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
