package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"dateline/feed"
	"dateline/feed/query"
)

// Rule tags every article matching Match (a feed/query filter) with Tag.
type Rule struct {
	Tag   string
	Match string
}

type compiledRule struct {
	tag, norm string
	match     query.Node
}

// SetRules sets the rules applied to new articles in Save. When the rule
// set differs from the one the file was last tagged with, the rule tags
// of all articles are recomputed (in one transaction). Rules that do not
// parse are left out and reported in the error; the others still apply.
func (s *Store) SetRules(ctx context.Context, rules []Rule) error {
	var compiled []compiledRule
	var errs []error
	h := sha256.New()
	for _, r := range rules {
		n, err := query.Parse(r.Match)
		norm := query.Normalize(r.Tag)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("tag %q: match %q: %w", r.Tag, r.Match, err))
			continue
		case norm == "":
			errs = append(errs, fmt.Errorf("rule for %q has no tag", r.Match))
			continue
		}
		compiled = append(compiled, compiledRule{tag: r.Tag, norm: norm, match: n})
		fmt.Fprintf(h, "%s\x00%s\x00", r.Tag, n.String())
	}
	s.mu.Lock()
	s.rules = compiled
	s.mu.Unlock()
	sum := hex.EncodeToString(h.Sum(nil))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var old string
		err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'rules_hash'").Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) || old == sum {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM article_tags WHERE source = ?", string(feed.TagRule)); err != nil {
			return err
		}
		if err := applyRules(ctx, tx, compiled, s.now(), "1"); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT OR REPLACE INTO meta (key, value) VALUES ('rules_hash', ?)", sum)
		return err
	})
	if err != nil {
		errs = append(errs, fmt.Errorf("applying rules: %w", err))
	}
	return errors.Join(errs...)
}

// applyRules tags the articles matching scope (a condition on a) and each rule.
func applyRules(ctx context.Context, tx *sql.Tx, rules []compiledRule, now time.Time, scope string, scopeArgs ...any) error {
	for _, r := range rules {
		where, args := query.Compile(r.match, now)
		all := append([]any{r.norm, r.tag}, scopeArgs...)
		all = append(all, args...)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO article_tags (article_id, norm, source, name)
SELECT a.id, ?, 'rule', ? FROM articles a JOIN feeds f ON f.id = a.feed_id
WHERE `+scope+` AND `+where, all...); err != nil {
			return fmt.Errorf("rule %q: %w", r.tag, err)
		}
	}
	return nil
}
