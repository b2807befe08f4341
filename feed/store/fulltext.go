package store

import (
	"context"
	"database/sql"
	"fmt"

	"dateline/feed"
)

// PendingFullText lists up to limit articles of a feed, newest first, that
// have neither full text nor a full-text error yet.
func (s *Store) PendingFullText(ctx context.Context, feedURL string, limit int) ([]feed.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+listColumns+`
FROM articles a JOIN feeds f ON f.id = a.feed_id JOIN bodies b ON b.article_id = a.id
WHERE f.url = ? AND b.fulltext = '' AND b.fulltext_error = '' AND a.link != ''
ORDER BY a.sort_time DESC, a.id DESC LIMIT ?`, feedURL, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feed.Article
	for rows.Next() {
		a, err := scanListed(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// SaveFullText stores an article's full text (or why it could not be had)
// and replaces its entities with those found in it.
func (s *Store) SaveFullText(ctx context.Context, id int64, html string, ents []feed.EntityRef, failure string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		exec := func(ctx context.Context, q string, args ...any) error {
			_, err := tx.ExecContext(ctx, q, args...)
			return err
		}
		var title string
		if err := tx.QueryRowContext(ctx, "SELECT title FROM articles WHERE id = ?", id).Scan(&title); err != nil {
			return err
		}
		if html == "" {
			return exec(ctx, "UPDATE bodies SET fulltext_error = ? WHERE article_id = ?", failure, id)
		}
		if err := exec(ctx, "UPDATE bodies SET fulltext = ?, fulltext_error = '', entities = ? WHERE article_id = ?",
			html, encodeEntities(ents), id); err != nil {
			return err
		}
		if err := index(ctx, exec, id, title, html, true); err != nil {
			return err
		}
		return indexEntities(ctx, exec, id, ents, true)
	})
	if err != nil {
		return fmt.Errorf("full text of article %d: %w", id, err)
	}
	return nil
}
