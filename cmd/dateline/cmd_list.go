package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"dateline/feed"
	"dateline/feed/article"
)

func cmdList(a *app, args []string) error {
	fs := newFlagSet("list")
	asJSON := fs.Bool("json", false, "")
	limit := fs.Int("limit", 50, "")
	q := fs.String("query", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"list: unexpected argument " + strconv.Quote(fs.Arg(0)) + " (use --query)"}
	}
	if *limit < 1 {
		return usageError{"list: --limit must be at least 1"}
	}
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	page, err := a.st.List(a.ctx, *q, 0, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONList(a.stdout, page.Items)
	}
	for _, it := range page.Items {
		fmt.Fprintf(a.stdout, "%6d %s %s %-20.20s %s\n", it.ID, mark(it), dateCol(it.Published),
			it.FeedTitle, it.Title)
	}
	fmt.Fprintf(a.stdout, "%d of %d articles (%d unread)\n", len(page.Items), page.Total, page.Unread)
	return nil
}

func mark(it feed.Article) string {
	m := []byte("  ")
	if !it.Read {
		m[0] = 'N'
	}
	if it.Starred {
		m[1] = '*'
	}
	return string(m)
}

func dateCol(t time.Time) string {
	if t.IsZero() {
		return "----------"
	}
	return t.Local().Format("2006-01-02")
}

type jsonArticle struct {
	ID        int64      `json:"id"`
	Feed      string     `json:"feed"`
	FeedURL   string     `json:"feed_url"`
	Title     string     `json:"title"`
	Link      string     `json:"link"`
	Author    string     `json:"author"`
	Published *time.Time `json:"published"`
	Tags      []string   `json:"tags"`
	Read      bool       `json:"read"`
	Starred   bool       `json:"starred"`
}

func writeJSONList(w io.Writer, items []feed.Article) error {
	out := make([]jsonArticle, 0, len(items))
	for _, it := range items {
		j := jsonArticle{ID: it.ID, Feed: it.FeedTitle, FeedURL: it.FeedURL, Title: it.Title,
			Link: it.Link, Author: it.Author, Tags: []string{}, Read: it.Read, Starred: it.Starred}
		if !it.Published.IsZero() {
			p := it.Published.UTC()
			j.Published = &p
		}
		for _, t := range it.Tags {
			j.Tags = append(j.Tags, t.Name)
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func cmdShow(a *app, args []string) error {
	fs := newFlagSet("show")
	full := fs.Bool("full", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"show: give one article ID (see 'dateline list')"}
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil || id < 1 {
		return usageError{fmt.Sprintf("show: %q is not an article ID", fs.Arg(0))}
	}
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	art, err := a.st.Article(a.ctx, id)
	if err != nil {
		return err
	}
	if *full && art.FullText == "" {
		art, err = a.fetchFull(art)
		if err != nil {
			fmt.Fprintf(a.stderr, "dateline: full text of %d: %s; showing the feed's text\n", id, err)
		}
	}
	printArticle(a.stdout, art, 78)
	return nil
}

// fetchFull fetches an article's web page, stores what it found (or why it
// failed) and returns the article as now stored.
func (a *app) fetchFull(art feed.Article) (feed.Article, error) {
	return a.fetchFullCtx(a.ctx, art)
}

func (a *app) fetchFullCtx(ctx context.Context, art feed.Article) (feed.Article, error) {
	html, ents, ferr := feed.FetchFullText(ctx, a.fetcher, art.Link)
	reason := ""
	if ferr != nil {
		reason = ferr.Error()
	}
	if err := a.st.SaveFullText(ctx, art.ID, html, ents, reason); err != nil {
		return art, err
	}
	updated, err := a.st.Article(ctx, art.ID)
	if err != nil {
		return art, err
	}
	return updated, ferr
}

// printArticle writes an article as wrapped plain text.
func printArticle(w io.Writer, art feed.Article, width int) {
	fmt.Fprintln(w, art.Title)
	var by []string
	for _, s := range []string{art.Author, art.FeedTitle, dateCol(art.Published)} {
		if s != "" && s != "----------" {
			by = append(by, s)
		}
	}
	fmt.Fprintln(w, strings.Join(by, " · "))
	if len(art.Tags) > 0 {
		names := make([]string, len(art.Tags))
		for i, t := range art.Tags {
			names[i] = t.Name
		}
		fmt.Fprintln(w, "Tags: "+strings.Join(names, ", "))
	}
	if art.Link != "" {
		fmt.Fprintln(w, art.Link)
	}
	if art.FullTextError != "" {
		fmt.Fprintln(w, "(full text unavailable: "+art.FullTextError+")")
	}
	fmt.Fprintln(w)
	printDoc(w, article.Render(art.Body()), width)
}

func printDoc(w io.Writer, doc article.Doc, width int) {
	for i, b := range doc.Blocks {
		if i > 0 {
			fmt.Fprintln(w)
		}
		switch b.Kind {
		case article.Heading:
			fmt.Fprintln(w, b.Text)
			fmt.Fprintln(w, strings.Repeat("=", min(width, len([]rune(b.Text)))))
		case article.Pre:
			fmt.Fprintln(w, b.Text)
		case article.Quote:
			writeWrapped(w, b.Text, width-2, "> ", "> ")
		case article.ListItem:
			ind := strings.Repeat("  ", max(b.Level-1, 0))
			writeWrapped(w, b.Text, width-len(ind)-3, ind+b.Marker+" ", ind+"   ")
		case article.Rule:
			fmt.Fprintln(w, strings.Repeat("-", width/2))
		default:
			writeWrapped(w, b.Text, width, "", "")
		}
	}
	if len(doc.Links) > 0 {
		fmt.Fprintln(w, "\nLinks:")
		for _, l := range doc.Links {
			fmt.Fprintf(w, "[%d] %s\n", l.N, l.URL)
		}
	}
}

// writeWrapped wraps text at word boundaries; lines inside the text are kept.
func writeWrapped(w io.Writer, text string, width int, first, rest string) {
	width = max(width, 20)
	prefix := first
	for _, line := range strings.Split(text, "\n") {
		n := 0
		var sb strings.Builder
		for _, word := range strings.Fields(line) {
			wl := len([]rune(word))
			if n > 0 && n+1+wl > width {
				fmt.Fprintln(w, prefix+sb.String())
				prefix = rest
				sb.Reset()
				n = 0
			}
			if n > 0 {
				sb.WriteByte(' ')
				n++
			}
			sb.WriteString(word)
			n += wl
		}
		fmt.Fprintln(w, prefix+sb.String())
		prefix = rest
	}
}
