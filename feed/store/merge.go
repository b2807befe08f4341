package store

import "context"

// mergeWork is how many pages one merge step may write; Finish repeats
// steps until one does nothing.
const mergeWork = 2000

// Finish merges the segments the search indexes gained since the last
// call (feed.Finisher: once after each reload). Each Save leaves its
// articles' terms in a segment of their own; merging them here, in a few
// passes, costs much less than FTS5's merging at every commit, and keeps
// searches from reading hundreds of small segments. A level is merged
// once it has four segments (FTS5's usermerge), so a reload of a few
// feeds does not rewrite a large index.
func (s *Store) Finish(ctx context.Context) error {
	conn, err := s.db.Conn(ctx) // total_changes() is per connection
	if err != nil {
		return err
	}
	defer conn.Close()
	for _, table := range []string{"articles_fts", "entities_fts"} {
		for {
			var before, after int64
			if err := conn.QueryRowContext(ctx, "SELECT total_changes()").Scan(&before); err != nil {
				return err
			}
			if _, err := conn.ExecContext(ctx, "INSERT INTO "+table+" ("+table+", rank) VALUES ('merge', ?)", mergeWork); err != nil {
				return err
			}
			if err := conn.QueryRowContext(ctx, "SELECT total_changes()").Scan(&after); err != nil {
				return err
			}
			if after-before <= 1 { // the command's own row: nothing merged
				break
			}
		}
	}
	return nil
}
