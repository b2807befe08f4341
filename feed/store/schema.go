package store

// applicationID marks a SQLite file as dateline's ("DLN1").
const applicationID = 0x444C4E31

// migrations bring a database from user_version i to i+1. Append only:
// released files are at some version and must still open.
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	user_title    TEXT NOT NULL DEFAULT '',
	feed_title    TEXT NOT NULL DEFAULT '',
	site_link     TEXT NOT NULL DEFAULT '',
	match_text    TEXT NOT NULL DEFAULT '', -- what feed: searches: url, titles, normalised
	subscribed    INTEGER NOT NULL DEFAULT 1,
	position      INTEGER NOT NULL DEFAULT 0, -- order in the urls file
	hidden        INTEGER NOT NULL DEFAULT 0,
	fulltext      INTEGER NOT NULL DEFAULT 0,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_update   INTEGER NOT NULL DEFAULT 0, -- Unix seconds of the last successful fetch
	last_check    INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT NOT NULL DEFAULT '',
	last_error_at INTEGER NOT NULL DEFAULT 0,
	redirected_to TEXT NOT NULL DEFAULT ''
);

-- The user's tags live on the feed; tag: matches them and article tags.
CREATE TABLE feed_tags (
	feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	norm    TEXT NOT NULL,
	name    TEXT NOT NULL,
	pos     INTEGER NOT NULL DEFAULT 0, -- order as written
	PRIMARY KEY (feed_id, norm)
) WITHOUT ROWID;
CREATE INDEX feed_tags_norm ON feed_tags (norm, feed_id);

CREATE TABLE articles (
	id             INTEGER PRIMARY KEY,
	feed_id        INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	dedupe_key     TEXT NOT NULL, -- g:GUID, else l:link, else h:hash(title, date)
	guid           TEXT NOT NULL DEFAULT '',
	link           TEXT NOT NULL DEFAULT '',
	title          TEXT NOT NULL DEFAULT '',
	author         TEXT NOT NULL DEFAULT '',
	published      INTEGER NOT NULL DEFAULT 0, -- Unix seconds; 0: none given
	updated        INTEGER NOT NULL DEFAULT 0,
	sort_time      INTEGER NOT NULL,           -- published, else inserted_at
	inserted_at    INTEGER NOT NULL,
	read           INTEGER NOT NULL DEFAULT 0,
	starred        INTEGER NOT NULL DEFAULT 0,
	UNIQUE (feed_id, dedupe_key)
);
CREATE INDEX articles_time ON articles (sort_time DESC, id DESC);
CREATE INDEX articles_feed_read ON articles (feed_id, read); -- counts without touching rows
CREATE INDEX articles_read_time ON articles (read, sort_time DESC, id DESC);
CREATE INDEX articles_starred ON articles (starred) WHERE starred = 1;

-- Bodies apart, so that scanning articles reads small rows.
CREATE TABLE bodies (
	article_id     INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	content        TEXT NOT NULL DEFAULT '',
	summary        TEXT NOT NULL DEFAULT '',
	fulltext       TEXT NOT NULL DEFAULT '',
	fulltext_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE article_tags (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	norm       TEXT NOT NULL,
	source     TEXT NOT NULL, -- feed or rule (user tags are on the feed)
	name       TEXT NOT NULL,
	PRIMARY KEY (article_id, norm, source)
) WITHOUT ROWID;
CREATE INDEX article_tags_norm ON article_tags (norm, article_id);

CREATE TABLE entities (
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	kind       TEXT NOT NULL, -- person, speaker, place
	name       TEXT NOT NULL,
	PRIMARY KEY (article_id, kind, name)
) WITHOUT ROWID;

-- Every term of every entity name, for person:/speaker:/place: (until migration 4).
CREATE TABLE entity_terms (
	kind       TEXT NOT NULL,
	term       TEXT NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (kind, term, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_terms_article ON entity_terms (article_id);

-- Articles dropped by retention, so that a reload does not bring them back.
CREATE TABLE dropped (
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	dedupe_key TEXT NOT NULL,
	PRIMARY KEY (feed_id, dedupe_key)
) WITHOUT ROWID;

-- Plain text of title and body; rowid is articles.id.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body, content = '', contentless_delete = 1,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	DELETE FROM articles_fts WHERE rowid = old.id;
END;
`,
	// 2: per-feed counters, so that the counts of the commonest lists
	// (everything, unread, one feed) need not scan the articles.
	`
CREATE TABLE feed_counts (
	feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
	total   INTEGER NOT NULL DEFAULT 0,
	unread  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO feed_counts (feed_id, total, unread)
	SELECT feed_id, count(*), sum(read = 0) FROM articles GROUP BY feed_id;
CREATE TRIGGER feed_counts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO feed_counts (feed_id, total, unread) VALUES (new.feed_id, 1, new.read = 0)
	ON CONFLICT (feed_id) DO UPDATE SET total = total + 1, unread = unread + (new.read = 0);
END;
CREATE TRIGGER feed_counts_delete AFTER DELETE ON articles BEGIN
	UPDATE feed_counts SET total = total - 1, unread = unread - (old.read = 0) WHERE feed_id = old.feed_id;
END;
CREATE TRIGGER feed_counts_read AFTER UPDATE OF read ON articles WHEN old.read != new.read BEGIN
	UPDATE feed_counts SET unread = unread + (new.read = 0) - (old.read = 0) WHERE feed_id = new.feed_id;
END;
`,
	// 3: per-feed tag counters for the tag picker, which would otherwise
	// join every tag of every article. An article's tags are deleted before
	// the article itself, while its feed and read state can still be seen.
	`
CREATE TABLE tag_counts (
	norm    TEXT NOT NULL,
	source  TEXT NOT NULL,
	feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	name    TEXT NOT NULL,
	total   INTEGER NOT NULL DEFAULT 0,
	unread  INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (norm, source, feed_id)
) WITHOUT ROWID;
CREATE INDEX tag_counts_feed ON tag_counts (feed_id);
INSERT INTO tag_counts (norm, source, feed_id, name, total, unread)
	SELECT t.norm, t.source, a.feed_id, min(t.name), count(*), sum(a.read = 0)
	FROM article_tags t JOIN articles a ON a.id = t.article_id GROUP BY t.norm, t.source, a.feed_id;
CREATE TRIGGER tag_counts_insert AFTER INSERT ON article_tags BEGIN
	INSERT INTO tag_counts (norm, source, feed_id, name, total, unread)
		SELECT new.norm, new.source, a.feed_id, new.name, 1, a.read = 0 FROM articles a WHERE a.id = new.article_id
	ON CONFLICT (norm, source, feed_id) DO UPDATE SET total = total + 1, unread = unread + excluded.unread;
END;
CREATE TRIGGER tag_counts_delete AFTER DELETE ON article_tags BEGIN
	UPDATE tag_counts SET total = total - 1, unread = unread - (SELECT a.read = 0 FROM articles a WHERE a.id = old.article_id)
	WHERE norm = old.norm AND source = old.source
		AND feed_id = (SELECT a.feed_id FROM articles a WHERE a.id = old.article_id);
END;
CREATE TRIGGER articles_tags_delete BEFORE DELETE ON articles BEGIN
	DELETE FROM article_tags WHERE article_id = old.id;
END;
CREATE TRIGGER tag_counts_read AFTER UPDATE OF read ON articles WHEN old.read != new.read BEGIN
	UPDATE tag_counts SET unread = unread + (new.read = 0) - (old.read = 0)
	WHERE feed_id = new.feed_id AND (norm, source) IN (SELECT norm, source FROM article_tags WHERE article_id = new.id);
END;
`,
	// 4: entities as one value per article and a name index, instead of a
	// row per name and per name term (about 150 B-tree rows per article,
	// which made storing entities most of a cold reload). entities_fts
	// has a column per kind, each the article's names of that kind joined;
	// person:, speaker: and place: are phrase matches on it.
	`
ALTER TABLE bodies ADD COLUMN entities TEXT NOT NULL DEFAULT ''; -- "kind<TAB>name" lines
CREATE VIRTUAL TABLE entities_fts USING fts5 (
	person, speaker, place, content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
UPDATE bodies SET entities = (
	SELECT group_concat(kind || char(9) || name, char(10))
	FROM (SELECT kind, name FROM entities e WHERE e.article_id = bodies.article_id ORDER BY kind, name)
) WHERE article_id IN (SELECT article_id FROM entities);
INSERT INTO entities_fts (rowid, person, speaker, place)
	SELECT article_id,
		coalesce(group_concat(CASE kind WHEN 'person' THEN name END, ', '), ''),
		coalesce(group_concat(CASE kind WHEN 'speaker' THEN name END, ', '), ''),
		coalesce(group_concat(CASE kind WHEN 'place' THEN name END, ', '), '')
	FROM entities GROUP BY article_id;
CREATE TRIGGER entities_fts_delete AFTER DELETE ON articles BEGIN
	DELETE FROM entities_fts WHERE rowid = old.id;
END;
DROP TABLE entity_terms;
DROP TABLE entities;
`,
	// 5: the search indexes merge their segments once per reload (Store.Finish)
	// instead of at every commit. FTS5's automerge rewrote the new terms
	// four or five times in a cold reload of 500 feeds, about a third of the
	// writer's time. crisismerge still bounds the segments of one level,
	// under FTS5's limit of 2000, should reloads never finish; it is high
	// because every crisis merge of a cold reload's segments is one more
	// pass over all their terms.
	`
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 0);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('crisismerge', 1000);
INSERT INTO entities_fts (entities_fts, rank) VALUES ('automerge', 0);
INSERT INTO entities_fts (entities_fts, rank) VALUES ('crisismerge', 1000);
`,
}
