package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"dateline/feed"
	"dateline/feed/query"
)

// visible is the condition for articles shown when a query does not name
// a feed: hidden ("!") and unsubscribed feeds stay out of the way.
const visible = "f.hidden = 0 AND f.subscribed = 1"

// filter is a parsed query and its SQL condition on a and f.
type filter struct {
	node  query.Node
	where string
	args  []any
}

// compile parses and compiles a filter-language query. A query that does
// not parse returns the *query.Error.
func (s *Store) compile(q string) (filter, error) {
	n, err := query.Parse(q)
	if err != nil {
		return filter{}, err
	}
	w, args := query.Compile(n, s.now())
	if !query.NamesFeed(n) {
		w = visible + " AND " + w
	}
	return filter{node: n, where: w, args: args}, nil
}

const listColumns = `a.id, f.url, coalesce(nullif(f.user_title, ''), nullif(f.feed_title, ''), f.url),
	a.guid, a.link, a.title, a.author, a.published, a.updated, a.read, a.starred`

// List returns one window of the articles matching q, newest first (by
// publication date, else by the time they were stored), without bodies,
// and the query's total and unread counts.
func (s *Store) List(ctx context.Context, q string, offset, limit int) (feed.Page, error) {
	f, err := s.compile(q)
	if err != nil {
		return feed.Page{}, err
	}
	offset = max(offset, 0)
	page := feed.Page{Offset: offset}
	if page.Total, page.Unread, err = s.count(ctx, f); err != nil {
		return feed.Page{}, err
	}
	if limit <= 0 || offset >= page.Total {
		return page, nil
	}
	from, err := s.listFrom(ctx, page.Total, offset+limit)
	if err != nil {
		return feed.Page{}, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+listColumns+` FROM `+from+`
WHERE `+f.where+` ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?`, append(f.args, limit, offset)...)
	if err != nil {
		return feed.Page{}, err
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanListed(rows)
		if err != nil {
			return feed.Page{}, err
		}
		page.Items = append(page.Items, a)
	}
	if err := rows.Err(); err != nil {
		return feed.Page{}, err
	}
	return page, s.fillTags(ctx, page.Items)
}

func scanListed(rows interface{ Scan(...any) error }) (feed.Article, error) {
	var a feed.Article
	var pub, upd int64
	err := rows.Scan(&a.ID, &a.FeedURL, &a.FeedTitle, &a.GUID, &a.Link, &a.Title, &a.Author, &pub, &upd, &a.Read, &a.Starred)
	a.Published, a.Updated = fromUnix(pub), fromUnix(upd)
	return a, err
}

// Count returns how many articles match q and how many of them are unread.
func (s *Store) Count(ctx context.Context, q string) (total, unread int, err error) {
	f, err := s.compile(q)
	if err != nil {
		return 0, 0, err
	}
	return s.count(ctx, f)
}

// fillTags sets the tags of listed articles: their own (feed, rule) and
// their feed's user tags.
func (s *Store) fillTags(ctx context.Context, items []feed.Article) error {
	if len(items) == 0 {
		return nil
	}
	idx := make(map[int64]int, len(items))
	args := make([]any, len(items))
	for i, a := range items {
		idx[a.ID] = i
		args[i] = a.ID
	}
	rows, err := s.db.QueryContext(ctx, `
SELECT a.id, ft.name, 'user', 0, ft.pos FROM articles a JOIN feed_tags ft ON ft.feed_id = a.feed_id WHERE a.id IN (`+placeholders(len(args))+`)
UNION ALL
SELECT article_id, name, source, CASE source WHEN 'feed' THEN 1 ELSE 2 END, 0 FROM article_tags WHERE article_id IN (`+placeholders(len(args))+`)
ORDER BY 1, 4, 5, 2`, append(args, args...)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var t feed.Tag
		var rank, pos int
		if err := rows.Scan(&id, &t.Name, &t.Source, &rank, &pos); err != nil {
			return err
		}
		items[idx[id]].Tags = append(items[idx[id]].Tags, t)
	}
	return rows.Err()
}

// ErrNotFound is returned for an article id that is not in the store.
var ErrNotFound = errors.New("no such article")

// Article returns one article with its body, state and tags.
func (s *Store) Article(ctx context.Context, id int64) (feed.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+listColumns+`, b.content, b.summary, b.fulltext, b.fulltext_error
FROM articles a JOIN feeds f ON f.id = a.feed_id JOIN bodies b ON b.article_id = a.id WHERE a.id = ?`, id)
	var a feed.Article
	var pub, upd int64
	err := row.Scan(&a.ID, &a.FeedURL, &a.FeedTitle, &a.GUID, &a.Link, &a.Title, &a.Author, &pub, &upd, &a.Read, &a.Starred,
		&a.Content, &a.Summary, &a.FullText, &a.FullTextError)
	if errors.Is(err, sql.ErrNoRows) {
		return feed.Article{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return feed.Article{}, err
	}
	a.Published, a.Updated = fromUnix(pub), fromUnix(upd)
	items := []feed.Article{a}
	if err := s.fillTags(ctx, items); err != nil {
		return feed.Article{}, err
	}
	a = items[0]
	for _, t := range a.Tags {
		if t.Source == feed.TagFeed {
			a.Categories = append(a.Categories, t.Name)
		}
	}
	a.Entities, err = s.Entities(ctx, id)
	return a, err
}

// Entities returns the people, speakers and places stored for an article,
// sorted by kind, then name.
func (s *Store) Entities(ctx context.Context, id int64) ([]feed.EntityRef, error) {
	var enc string
	err := s.db.QueryRowContext(ctx, "SELECT entities FROM bodies WHERE article_id = ?", id).Scan(&enc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := decodeEntities(enc)
	slices.SortFunc(out, func(a, b feed.EntityRef) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name))
	})
	return slices.CompactFunc(out, func(a, b feed.EntityRef) bool { return a == b }), nil
}

// SetRead marks articles read or unread.
func (s *Store) SetRead(ctx context.Context, ids []int64, read bool) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		for start := 0; start < len(ids); start += 500 {
			chunk := ids[start:min(start+500, len(ids))]
			args := []any{read}
			for _, id := range chunk {
				args = append(args, id)
			}
			if _, err := tx.ExecContext(ctx, "UPDATE articles SET read = ? WHERE id IN ("+placeholders(len(chunk))+")", args...); err != nil {
				return err
			}
		}
		return nil
	})
}

// MarkAllRead marks every article matching q read.
func (s *Store) MarkAllRead(ctx context.Context, q string) error {
	f, err := s.compile(q)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `UPDATE articles SET read = 1 WHERE read = 0 AND id IN (
SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE `+f.where+`)`, f.args...)
	return err
}

// SetStarred stars or unstars an article.
func (s *Store) SetStarred(ctx context.Context, id int64, starred bool) error {
	res, err := s.db.ExecContext(ctx, "UPDATE articles SET starred = ? WHERE id = ?", starred, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	return nil
}

// Tags counts the visible articles under each tag and source; a feed's
// user tags count its articles.
func (s *Store) Tags(ctx context.Context) ([]feed.TagCount, error) {
	rows, err := s.db.QueryContext(ctx, `
SELECT min(name), source, sum(total), sum(unread) FROM (
	SELECT t.norm, t.name, t.source, t.total, t.unread
	FROM tag_counts t JOIN feeds f ON f.id = t.feed_id WHERE `+visible+`
	UNION ALL
	SELECT t.norm, t.name, 'user', c.total, c.unread
	FROM feed_tags t JOIN feeds f ON f.id = t.feed_id JOIN feed_counts c ON c.feed_id = f.id WHERE `+visible+`
) GROUP BY norm, source HAVING sum(total) > 0 ORDER BY norm, source`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []feed.TagCount
	for rows.Next() {
		var t feed.TagCount
		if err := rows.Scan(&t.Name, &t.Source, &t.Total, &t.Unread); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}
