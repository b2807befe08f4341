package store

import (
	"context"

	"dateline/feed/query"
)

// count returns a query's total and unread counts. The commonest lists
// (everything, unread, read, one feed) are answered from the per-feed
// counters; the rest are counted in one indexed query.
func (s *Store) count(ctx context.Context, f filter) (total, unread int, err error) {
	const counters = `SELECT coalesce(sum(c.total), 0), coalesce(sum(c.unread), 0)
FROM feed_counts c JOIN feeds f ON f.id = c.feed_id WHERE `
	switch n := f.node.(type) {
	case query.All:
		err = s.db.QueryRowContext(ctx, counters+visible).Scan(&total, &unread)
		return total, unread, err
	case query.State:
		if n.Value == "starred" {
			break
		}
		err = s.db.QueryRowContext(ctx, counters+visible).Scan(&total, &unread)
		if n.Value == "unread" {
			return unread, unread, err
		}
		return total - unread, 0, err
	case query.Match:
		if n.Field != "feed" {
			break
		}
		err = s.db.QueryRowContext(ctx, counters+"instr(f.match_text, ?) > 0", query.Normalize(n.Value)).Scan(&total, &unread)
		return total, unread, err
	}
	err = s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(a.read = 0), 0)
FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE `+f.where, f.args...).Scan(&total, &unread)
	return total, unread, err
}

// listFrom chooses how a page of matches is found. When matches are
// common, walking the newest-first index and testing each article finds
// a page after a few rows; when they are rare, SQLite does better
// starting from the matches (tag, entity or search index) and sorting
// them. The walk costs about want*all/matches rows, the sort about
// matches: take the smaller.
func (s *Store) listFrom(ctx context.Context, matches, want int) (string, error) {
	const plain = "articles a JOIN feeds f ON f.id = a.feed_id"
	var all int
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(sum(total), 0) FROM feed_counts").Scan(&all); err != nil {
		return "", err
	}
	if matches > 0 && int64(want)*int64(all) < int64(matches)*int64(matches) {
		return "articles a INDEXED BY articles_time JOIN feeds f ON f.id = a.feed_id", nil
	}
	return plain, nil
}
