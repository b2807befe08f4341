package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"dateline/feed/article"

	"github.com/mmcdole/gofeed"
)

// Caps on what one feed may bring; past them the rest is dropped.
const (
	MaxItems   = 1000    // articles per feed
	MaxContent = 1 << 20 // bytes of one article's content
	maxSummary = 64 << 10
)

// ErrNotFeed is wrapped by Parse's errors for documents that are no feed.
var ErrNotFeed = errors.New("not a feed")

// Parse reads an RSS 0.9x/1.0/2.0, Atom or JSON Feed document (UTF-8, as
// Fetch returns it) into a Feed whose strings are all sanitised. url is the
// feed's own URL; relative links resolve against the site link, or it.
func Parse(data []byte, feedURL string) (*Feed, error) {
	gf, err := newParser().Parse(bytes.NewReader(dropControls(data)))
	if err != nil {
		return nil, parseError(data, err)
	}
	f := &Feed{
		URL:         feedURL,
		Title:       article.StripTags(gf.Title),
		Description: article.StripTags(gf.Description),
	}
	base, _ := url.Parse(feedURL)
	if site := resolveLink(base, gf.Link); site != "" {
		f.SiteLink = site
		base, _ = url.Parse(site)
	}
	items := gf.Items
	if len(items) > MaxItems {
		items = items[:MaxItems]
	}
	f.Articles = make([]Article, 0, len(items))
	for _, it := range items {
		if it == nil {
			continue
		}
		f.Articles = append(f.Articles, convertItem(it, f, base))
	}
	return f, nil
}

func parseError(data []byte, err error) error {
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		if looksLikeHTML(data) {
			return fmt.Errorf("%w: got an HTML page", ErrNotFeed)
		}
		if len(bytes.TrimSpace(data)) == 0 {
			return fmt.Errorf("%w: empty document", ErrNotFeed)
		}
		return fmt.Errorf("%w: no RSS, Atom or JSON Feed found", ErrNotFeed)
	}
	return fmt.Errorf("parse feed: %s", article.Sanitize(err.Error()))
}

func looksLikeHTML(data []byte) bool {
	h := bytes.ToLower(head(data, 1024))
	return bytes.Contains(h, []byte("<!doctype html")) || bytes.Contains(h, []byte("<html"))
}

func convertItem(it *gofeed.Item, f *Feed, base *url.URL) Article {
	a := Article{
		FeedURL:    f.URL,
		FeedTitle:  f.Title,
		Title:      article.StripTags(it.Title),
		Link:       resolveLink(base, it.Link),
		Author:     authors(it),
		Published:  timeOf(it.PublishedParsed),
		Updated:    timeOf(it.UpdatedParsed),
		Categories: NormaliseCategories(it.Categories),
	}
	if a.Link == "" && len(it.Links) > 0 {
		a.Link = resolveLink(base, it.Links[0])
	}
	content, summary := it.Content, it.Description
	if strings.TrimSpace(content) == "" {
		content, summary = summary, ""
	}
	a.Content = article.SanitizeText(truncate(content, MaxContent))
	if s := article.SanitizeText(truncate(summary, maxSummary)); s != a.Content {
		a.Summary = s
	}
	a.GUID = article.Sanitize(strings.TrimSpace(it.GUID))
	if a.GUID == "" {
		a.GUID = a.Link
	}
	if a.GUID == "" {
		a.GUID = a.Title + "|" + a.Published.Format(time.RFC3339)
	}
	return a
}

func authors(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		n := p.Name
		if n == "" {
			n = p.Email
		}
		if n = article.StripTags(n); n != "" {
			names = append(names, n)
		}
	}
	return article.Sanitize(strings.Join(dedupeFold(names), ", "))
}

func timeOf(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// resolveLink makes a link absolute against base and keeps only web links,
// so that a feed cannot plant a javascript: or file: link.
func resolveLink(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil && (base.Scheme == "http" || base.Scheme == "https") {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return article.Sanitize(u.String())
}

// NormaliseCategories trims a feed's categories, splits "a/b" and "a, b"
// into their parts, drops empty ones and case-insensitive repeats, and
// keeps each as first written.
func NormaliseCategories(cats []string) []string {
	var parts []string
	for _, c := range cats {
		c = article.StripTags(c) // before splitting: "</b>" holds a slash
		for _, p := range strings.FieldsFunc(c, func(r rune) bool { return r == '/' || r == ',' }) {
			parts = append(parts, strings.TrimSpace(p))
		}
	}
	return dedupeFold(parts)
}

// dropControls removes the C0 control bytes XML forbids (all but tab, CR
// and LF): feeds carry them often enough, and one would fail the whole
// document. Sanitize removes any that arrive as character references.
//
// Escape sequences go first and whole: dropping only their ESC would leave
// "]0;title" and the like behind as text.
func dropControls(data []byte) []byte {
	if bytes.IndexByte(data, 0x1b) >= 0 {
		data = []byte(article.StripEscapes(string(data)))
	}
	i := 0
	for i < len(data) && !isBadControl(data[i]) {
		i++
	}
	if i == len(data) {
		return data
	}
	out := make([]byte, i, len(data))
	copy(out, data[:i])
	for _, b := range data[i:] {
		if !isBadControl(b) {
			out = append(out, b)
		}
	}
	return out
}

// isBadControl reports the C0 controls other than tab, LF and CR: bytes
// that are never part of a UTF-8 sequence, so they can be tested alone.
func isBadControl(b byte) bool { return b < 0x20 && b != '\t' && b != '\n' && b != '\r' }

// truncate cuts s to at most n bytes on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
