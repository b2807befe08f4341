package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"dateline/feed"
	"dateline/feed/query"
)

// Save stores one fetched feed in one transaction: the feed's own fields
// and validators, then each article, new or changed, with its feed tags,
// entities and search text. Read and starred state are never touched. The
// rules tag the new articles and retention trims the feed before commit.
// It returns how many articles were new.
func (s *Store) Save(ctx context.Context, sub feed.Subscription, f *feed.Feed, st feed.FetchState, redirectedTo string) (int, error) {
	s.mu.Lock()
	rules, keep := s.rules, s.retention
	s.mu.Unlock()
	var added int
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		w := &writer{tx: tx, stmts: map[string]*sql.Stmt{}, now: s.now()}
		defer w.close()
		feedID, err := w.saveFeed(ctx, sub, f, st, redirectedTo)
		if err != nil {
			return err
		}
		var maxID int64
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(id), 0) FROM articles").Scan(&maxID); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT NOT EXISTS (SELECT 1 FROM articles WHERE feed_id = ?)
	AND NOT EXISTS (SELECT 1 FROM dropped WHERE feed_id = ?)`, feedID, feedID).Scan(&w.fresh); err != nil {
			return err
		}
		keys, n, err := w.saveArticles(ctx, feedID, f.Articles)
		if err != nil {
			return err
		}
		if err := w.flushIndex(ctx); err != nil {
			return err
		}
		added = n
		if n > 0 {
			if err := applyRules(ctx, tx, rules, w.now, "a.id > ?", maxID); err != nil {
				return err
			}
		}
		return retain(ctx, tx, feedID, keep, keys)
	})
	if err != nil {
		return 0, fmt.Errorf("save %s: %w", sub.URL, err)
	}
	return added, nil
}

// writer holds one Save's transaction, its prepared statements and the
// search index rows still to write.
type writer struct {
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	now   time.Time
	fts   []ftsRow
	fresh bool // the feed has no stored or dropped articles: every one is new
}

type ftsRow struct {
	id          int64
	title, body string
	replace     bool
	ents        []feed.EntityRef
	withEnts    bool // ents replace the stored ones (not so when a full text stays)
}

func (w *writer) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

func (w *writer) exec(ctx context.Context, q string, args ...any) error {
	st, err := w.stmt(ctx, q)
	if err == nil {
		_, err = st.ExecContext(ctx, args...)
	}
	return err
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) saveFeed(ctx context.Context, sub feed.Subscription, f *feed.Feed, st feed.FetchState, redirectedTo string) (int64, error) {
	if sub.URL == "" {
		sub.URL = f.URL
	}
	id, err := upsertSub(ctx, w.tx, sub, -1)
	if err != nil {
		return 0, err
	}
	now := w.now.Unix()
	if _, err := w.tx.ExecContext(ctx, `
UPDATE feeds SET feed_title = ?, site_link = ?, etag = ?, last_modified = ?, last_update = ?,
	last_check = ?, last_error = '', last_error_at = 0, redirected_to = ?
WHERE id = ?`, f.Title, f.SiteLink, st.ETag, st.LastModified, now, now, redirectedTo, id); err != nil {
		return 0, err
	}
	return id, updateMatchText(ctx, w.tx, id)
}

// saveArticles stores each article once (the first of duplicates in one
// document wins) and returns the dedupe keys seen and the count of new ones.
func (w *writer) saveArticles(ctx context.Context, feedID int64, arts []feed.Article) ([]string, int, error) {
	seen := make(map[string]bool, len(arts))
	keys := make([]string, 0, len(arts))
	added := 0
	for i := range arts {
		a := &arts[i]
		key := dedupeKey(a)
		if seen[key] {
			continue
		}
		seen[key] = true
		keys = append(keys, key)
		isNew, err := w.saveArticle(ctx, feedID, key, a)
		if err != nil {
			return nil, 0, fmt.Errorf("article %q: %w", a.Title, err)
		}
		if isNew {
			added++
		}
	}
	return keys, added, nil
}

// dedupeKey identifies an article within its feed: the GUID, else the
// link, else a hash of title and date.
func dedupeKey(a *feed.Article) string {
	switch {
	case a.GUID != "":
		return "g:" + a.GUID
	case a.Link != "":
		return "l:" + a.Link
	}
	sum := sha256.Sum256([]byte(a.Title + "\x00" + a.Published.UTC().Format(time.RFC3339)))
	return "h:" + hex.EncodeToString(sum[:16])
}

// stored is the part of a stored article that Save compares.
type stored struct {
	id                                    int64
	title, link, author, content, summary string
	published, updated                    int64
	hasFullText                           bool
}

func (w *writer) saveArticle(ctx context.Context, feedID int64, key string, a *feed.Article) (bool, error) {
	if w.fresh {
		return w.insertArticle(ctx, feedID, key, a)
	}
	st, err := w.stmt(ctx, `SELECT a.id, a.title, a.link, a.author, b.content, b.summary, a.published, a.updated, b.fulltext != ''
FROM articles a JOIN bodies b ON b.article_id = a.id WHERE a.feed_id = ? AND a.dedupe_key = ?`)
	if err != nil {
		return false, err
	}
	var old stored
	err = st.QueryRowContext(ctx, feedID, key).Scan(&old.id, &old.title, &old.link, &old.author,
		&old.content, &old.summary, &old.published, &old.updated, &old.hasFullText)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return w.insertArticle(ctx, feedID, key, a)
	case err != nil:
		return false, err
	}
	return false, w.updateArticle(ctx, old, a)
}

func (w *writer) insertArticle(ctx context.Context, feedID int64, key string, a *feed.Article) (bool, error) {
	if !w.fresh {
		st, err := w.stmt(ctx, "SELECT count(*) FROM dropped WHERE feed_id = ? AND dedupe_key = ?")
		if err != nil {
			return false, err
		}
		var gone int
		if err := st.QueryRowContext(ctx, feedID, key).Scan(&gone); err != nil || gone > 0 {
			return false, err // dropped by retention: do not bring it back
		}
	}
	ins, err := w.stmt(ctx, `INSERT INTO articles (feed_id, dedupe_key, guid, link, title, author, published, updated,
	sort_time, inserted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`)
	if err != nil {
		return false, err
	}
	now := w.now.Unix()
	pub := unix(a.Published)
	var id int64
	if err := ins.QueryRowContext(ctx, feedID, key, a.GUID, a.Link, a.Title, a.Author, pub, unix(a.Updated),
		sortTime(pub, now), now).Scan(&id); err != nil {
		return false, err
	}
	if err := w.exec(ctx, "INSERT INTO bodies (article_id, content, summary, fulltext, fulltext_error, entities) VALUES (?, ?, ?, ?, ?, ?)",
		id, a.Content, a.Summary, a.FullText, a.FullTextError, encodeEntities(a.Entities)); err != nil {
		return false, err
	}
	if err := w.setFeedTags(ctx, id, a.Categories, false); err != nil {
		return false, err
	}
	w.fts = append(w.fts, ftsRow{id: id, title: a.Title, body: a.Body(), ents: a.Entities, withEnts: true})
	return true, nil
}

// Unchanged reports which of a feed's articles are stored with the same
// content and summary (feed.KnownSink). It only reads, so reload workers
// may call it while the writer saves other feeds.
func (s *Store) Unchanged(ctx context.Context, feedURL string, arts []feed.Article) ([]bool, error) {
	out := make([]bool, len(arts))
	if len(arts) == 0 || len(arts) > 10000 {
		return out, nil
	}
	at := make(map[string][]int, len(arts))
	args := make([]any, 0, len(arts)+1)
	args = append(args, feedURL)
	for i := range arts {
		k := dedupeKey(&arts[i])
		if len(at[k]) == 0 {
			args = append(args, k)
		}
		at[k] = append(at[k], i)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT a.dedupe_key, b.content, b.summary FROM articles a JOIN bodies b ON b.article_id = a.id
WHERE a.feed_id = (SELECT id FROM feeds WHERE url = ?) AND a.dedupe_key IN (`+placeholders(len(args)-1)+")", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var key, content, summary string
		if err := rows.Scan(&key, &content, &summary); err != nil {
			return nil, err
		}
		for _, i := range at[key] {
			out[i] = arts[i].Content == content && arts[i].Summary == summary
		}
	}
	return out, rows.Err()
}

// sortTime places an article in the newest-first order: by its date, but
// never later than when it arrived, so that a feed with dates in the
// future cannot pin its articles to the top.
func sortTime(published, inserted int64) int64 {
	if published != 0 && published <= inserted {
		return published
	}
	return inserted
}

// updateArticle rewrites a changed article in place; its id, read and
// starred state and full text stay.
func (w *writer) updateArticle(ctx context.Context, old stored, a *feed.Article) error {
	pub := unix(a.Published)
	if old.title == a.Title && old.link == a.Link && old.author == a.Author && old.content == a.Content &&
		old.summary == a.Summary && old.published == pub && old.updated == unix(a.Updated) {
		return nil
	}
	if err := w.exec(ctx, `UPDATE articles SET title = ?, link = ?, author = ?, published = ?, updated = ?,
	sort_time = CASE WHEN ? != 0 AND ? <= inserted_at THEN ? ELSE inserted_at END
WHERE id = ?`, a.Title, a.Link, a.Author, pub, unix(a.Updated), pub, pub, pub, old.id); err != nil {
		return err
	}
	if err := w.exec(ctx, "UPDATE bodies SET content = ?, summary = ? WHERE article_id = ?", a.Content, a.Summary, old.id); err != nil {
		return err
	}
	if err := w.setFeedTags(ctx, old.id, a.Categories, true); err != nil {
		return err
	}
	row := ftsRow{id: old.id, title: a.Title, body: a.Body(), replace: true}
	switch {
	case old.hasFullText:
		// Entities and search text come from the full text, which stays.
		if err := w.tx.QueryRowContext(ctx, "SELECT fulltext FROM bodies WHERE article_id = ?", old.id).Scan(&row.body); err != nil {
			return err
		}
	case old.content == a.Content && old.summary == a.Summary:
		// Same body, same entities; a.Entities may not have been found
		// again (feed.KnownSink).
	default:
		if err := w.exec(ctx, "UPDATE bodies SET entities = ? WHERE article_id = ?", encodeEntities(a.Entities), old.id); err != nil {
			return err
		}
		row.ents, row.withEnts = a.Entities, true
	}
	w.fts = append(w.fts, row)
	return nil
}

func (w *writer) setFeedTags(ctx context.Context, id int64, cats []string, replace bool) error {
	if replace {
		if err := w.exec(ctx, "DELETE FROM article_tags WHERE article_id = ? AND source = 'feed'", id); err != nil {
			return err
		}
	}
	for _, c := range cats {
		if n := query.Normalize(c); n != "" {
			if err := w.exec(ctx, "INSERT OR IGNORE INTO article_tags (article_id, norm, source, name) VALUES (?, ?, 'feed', ?)", id, n, c); err != nil {
				return err
			}
		}
	}
	return nil
}

// flushIndex writes the queued search index rows one after the other.
// FTS5 flushes its pending terms to a new segment whenever another
// statement opens a savepoint, so interleaving these with the article
// inserts would write one tiny segment per article.
func (w *writer) flushIndex(ctx context.Context) error {
	for _, r := range w.fts {
		if err := index(ctx, w.exec, r.id, r.title, r.body, r.replace); err != nil {
			return err
		}
	}
	for _, r := range w.fts {
		if r.withEnts {
			if err := indexEntities(ctx, w.exec, r.id, r.ents, r.replace); err != nil {
				return err
			}
		}
	}
	w.fts = w.fts[:0]
	return nil
}

func index(ctx context.Context, exec func(context.Context, string, ...any) error, id int64, title, body string, replace bool) error {
	if replace {
		if err := exec(ctx, "DELETE FROM articles_fts WHERE rowid = ?", id); err != nil {
			return err
		}
	}
	return exec(ctx, "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", id, plainText(title), plainText(body))
}

// indexEntities puts an article's names in the name index, a column per
// kind. Names are joined with commas, which the tokenizer drops, so a
// phrase could in principle run from one name into the next; in a list
// of names that is rare enough not to matter.
func indexEntities(ctx context.Context, exec func(context.Context, string, ...any) error, id int64, ents []feed.EntityRef, replace bool) error {
	if replace {
		if err := exec(ctx, "DELETE FROM entities_fts WHERE rowid = ?", id); err != nil {
			return err
		}
	}
	if len(ents) == 0 {
		return nil
	}
	var cols [3]strings.Builder
	for _, e := range ents {
		var c *strings.Builder
		switch e.Kind {
		case feed.EntityPerson:
			c = &cols[0]
		case feed.EntitySpeaker:
			c = &cols[1]
		case feed.EntityPlace:
			c = &cols[2]
		default:
			continue
		}
		if c.Len() > 0 {
			c.WriteString(", ")
		}
		c.WriteString(e.Name)
	}
	return exec(ctx, "INSERT INTO entities_fts (rowid, person, speaker, place) VALUES (?, ?, ?, ?)",
		id, cols[0].String(), cols[1].String(), cols[2].String())
}

// encodeEntities is how an article's entities are kept in bodies.entities:
// a "kind<TAB>name" line each. Names come sanitised, without tabs or
// newlines (feed.EntitiesOf).
func encodeEntities(ents []feed.EntityRef) string {
	var b strings.Builder
	for _, e := range ents {
		if e.Name == "" || strings.ContainsAny(e.Name, "\t\n") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(string(e.Kind))
		b.WriteByte('\t')
		b.WriteString(e.Name)
	}
	return b.String()
}

// decodeEntities reads encodeEntities' form back.
func decodeEntities(s string) []feed.EntityRef {
	var out []feed.EntityRef
	for line := range strings.SplitSeq(s, "\n") {
		kind, name, ok := strings.Cut(line, "\t")
		if ok && name != "" {
			out = append(out, feed.EntityRef{Kind: feed.EntityKind(kind), Name: name})
		}
	}
	return out
}

// retain drops all but the keep newest articles of a feed (starred ones
// stay) and remembers them, so that the next reload does not add them
// again; it forgets those the feed no longer sends.
func retain(ctx context.Context, tx *sql.Tx, feedID int64, keep int, keys []string) error {
	if keep > 0 {
		const old = `SELECT id FROM articles WHERE feed_id = ? ORDER BY sort_time DESC, id DESC LIMIT -1 OFFSET ?`
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO dropped (feed_id, dedupe_key)
SELECT feed_id, dedupe_key FROM articles WHERE starred = 0 AND id IN (`+old+`)`, feedID, keep); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE starred = 0 AND id IN (`+old+`)`, feedID, keep); err != nil {
			return err
		}
	}
	if len(keys) == 0 || len(keys) > 10000 {
		return nil
	}
	args := make([]any, 0, len(keys)+1)
	args = append(args, feedID)
	for _, k := range keys {
		args = append(args, k)
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM dropped WHERE feed_id = ? AND dedupe_key NOT IN ("+placeholders(len(keys))+")", args...)
	return err
}
