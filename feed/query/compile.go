package query

import (
	"strings"
	"time"
	"unicode"
)

// Compile turns a parsed query into one SQL boolean expression and its
// bound arguments. No user text is ever part of the SQL itself. It assumes
// the store's schema (feed/store keeps the two in step):
//
//	a              the article row: articles (id, feed_id, read, starred,
//	               author, sort_time); articles is also read in subqueries
//	feeds          id, match_text (Normalize of url, user and feed title)
//	feed_tags      feed_id, norm
//	article_tags   article_id, norm
//	articles_fts   FTS5 (title, body), rowid = articles.id
//	entities_fts   FTS5 (person, speaker, place), rowid = articles.id: each
//	               column the article's names of that kind, joined
//
// and a SQL function dateline_fold(text) that applies Normalize. Times are
// compared in Unix seconds; dates are midnight in now's time zone.
func Compile(n Node, now time.Time) (where string, args []any) {
	c := &compiler{now: now}
	return c.node(n), c.args
}

type compiler struct {
	now  time.Time
	args []any
}

func (c *compiler) node(n Node) string {
	switch n := n.(type) {
	case And:
		return c.and(n)
	case Or:
		parts := make([]string, len(n.Terms))
		for i, t := range n.Terms {
			parts[i] = c.node(t)
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	case Not:
		return "NOT " + c.node(n.Term)
	case Text:
		return c.fts(ftsPhrase(n))
	case Match:
		return c.match(n)
	case State:
		return map[string]string{"unread": "a.read = 0", "read": "a.read = 1", "starred": "a.starred = 1"}[n.Value]
	case Time:
		return c.time(n)
	}
	return "1"
}

// and merges its positive full-text terms into one MATCH, so that FTS5
// intersects them in the index instead of SQLite doing it row by row.
func (c *compiler) and(n And) string {
	var parts, fts []string
	for _, t := range n.Terms {
		if s, ok := ftsTerm(t); ok {
			fts = append(fts, s)
		}
	}
	if len(fts) > 0 {
		parts = append(parts, c.fts(strings.Join(fts, " AND ")))
	}
	for _, t := range n.Terms {
		if _, ok := ftsTerm(t); !ok {
			parts = append(parts, c.node(t))
		}
	}
	return "(" + strings.Join(parts, " AND ") + ")"
}

func ftsTerm(n Node) (string, bool) {
	switch n := n.(type) {
	case Text:
		return ftsPhrase(n), true
	case Match:
		if n.Field == "title" {
			return "title : " + ftsString(n.Value), true
		}
	}
	return "", false
}

// ftsPhrase is a Text as an FTS5 phrase: a string literal, so that FTS5
// operators and punctuation in user text are only ever words. A bare word
// ending in * is a prefix search.
func ftsPhrase(t Text) string {
	if !t.Phrase && len(t.Value) > 1 && strings.HasSuffix(t.Value, "*") {
		return ftsString(strings.TrimSuffix(t.Value, "*")) + " *"
	}
	return ftsString(t.Value)
}

func ftsString(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func (c *compiler) bind(v any) string {
	c.args = append(c.args, v)
	return "?"
}

func (c *compiler) fts(match string) string {
	return "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH " + c.bind(match) + ")"
}

func (c *compiler) match(m Match) string {
	v := Normalize(m.Value)
	switch m.Field {
	case "tag":
		// One IN list, not an OR of two, so that SQLite can drive from it.
		return "a.id IN (SELECT article_id FROM article_tags WHERE norm = " + c.bind(v) +
			" UNION ALL SELECT id FROM articles WHERE feed_id IN (SELECT feed_id FROM feed_tags WHERE norm = " + c.bind(v) + "))"
	case "feed":
		return "a.feed_id IN (SELECT id FROM feeds WHERE instr(match_text, " + c.bind(v) + ") > 0)"
	case "person":
		return c.names("{person speaker}", v)
	case "speaker", "place":
		return c.names(m.Field, v)
	case "author":
		return "instr(dateline_fold(a.author), " + c.bind(v) + ") > 0"
	case "title":
		return c.fts("title : " + ftsString(m.Value))
	}
	return "0"
}

// names matches a name, or consecutive words of one, among an article's
// names of the given kinds (an FTS5 column filter): speaker:zelensky and
// speaker:"volodymyr zelensky" both find Volodymyr Zelensky. A value with
// no letters or digits matches nothing.
func (c *compiler) names(columns, v string) string {
	if !strings.ContainsFunc(v, isWordRune) {
		return "0"
	}
	return "a.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH " + c.bind(columns+" : "+ftsString(v)) + ")"
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (c *compiler) time(t Time) string {
	at := c.now.Add(-t.Age)
	if t.Date != (Day{}) {
		at = time.Date(t.Date.Year, t.Date.Month, t.Date.Day, 0, 0, 0, 0, c.now.Location())
	}
	if t.Field == "since" {
		return "a.sort_time >= " + c.bind(at.Unix())
	}
	return "a.sort_time < " + c.bind(at.Unix())
}

// NamesFeed reports whether the query asks for a feed by name (feed: not
// under a negation). The store shows hidden feeds only to such queries.
func NamesFeed(n Node) bool {
	switch n := n.(type) {
	case And:
		for _, t := range n.Terms {
			if NamesFeed(t) {
				return true
			}
		}
	case Or:
		for _, t := range n.Terms {
			if NamesFeed(t) {
				return true
			}
		}
	case Match:
		return n.Field == "feed"
	}
	return false
}
