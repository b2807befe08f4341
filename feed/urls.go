package feed

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"dateline/feed/samplefeed"
)

// maxURLsLine bounds one line of a urls file; a longer line is an error
// rather than an unbounded allocation.
const maxURLsLine = 64 << 10

// ParseURLs reads a newsboat-compatible urls file: one feed per line, the
// URL first, then tags; a tag "~Title" sets the feed's title and "!" hides
// it. Tags with spaces are double-quoted. Blank lines and lines starting
// with "#" are skipped. Errors name the line.
func ParseURLs(r io.Reader) ([]Subscription, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), maxURLsLine)
	var subs []Subscription
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sub, err := parseURLsLine(line)
		if err != nil {
			return nil, fmt.Errorf("urls line %d: %w", n, err)
		}
		subs = append(subs, sub)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("urls line %d: line longer than %d KiB", n+1, maxURLsLine>>10)
		}
		return nil, fmt.Errorf("read urls: %w", err)
	}
	return subs, nil
}

func parseURLsLine(line string) (Subscription, error) {
	fields, err := splitQuoted(line)
	if err != nil {
		return Subscription{}, err
	}
	sub := Subscription{URL: fields[0]}
	if sub.URL == "" {
		return sub, errors.New("empty URL")
	}
	for _, f := range fields[1:] {
		switch {
		case f == "!":
			sub.Hidden = true
		case strings.HasPrefix(f, "~"):
			sub.Title = f[1:]
		case f != "":
			sub.Tags = append(sub.Tags, f)
		}
	}
	return sub, nil
}

// splitQuoted splits a line on blanks, keeping double-quoted runs together;
// a backslash escapes a quote or a backslash inside quotes.
func splitQuoted(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inField, inQuote, escaped := false, false, false
	for _, r := range line {
		switch {
		case escaped:
			cur.WriteRune(r)
			escaped = false
		case inQuote && r == '\\':
			escaped = true
		case r == '"':
			inQuote = !inQuote
			inField = true
		case !inQuote && unicode.IsSpace(r):
			if inField {
				fields = append(fields, cur.String())
				cur.Reset()
				inField = false
			}
		default:
			cur.WriteRune(r)
			inField = true
		}
	}
	if inQuote {
		return nil, errors.New("unbalanced quote")
	}
	if inField {
		fields = append(fields, cur.String())
	}
	return fields, nil
}

// WriteURLs writes subs in the urls file format that ParseURLs reads.
func WriteURLs(w io.Writer, subs []Subscription) error {
	bw := bufio.NewWriter(w)
	for _, s := range subs {
		if strings.Contains(s.URL, "\n") || s.URL == "" {
			return fmt.Errorf("write urls: URL %q cannot be written to a urls file", s.URL)
		}
		if strings.ContainsFunc(s.URL, needsQuote) || strings.HasPrefix(s.URL, "#") {
			bw.WriteString(quoteField(s.URL))
		} else {
			bw.WriteString(s.URL)
		}
		for _, t := range s.Tags {
			bw.WriteString(" " + quoteField(t))
		}
		if s.Title != "" {
			bw.WriteString(" " + quoteField("~"+s.Title))
		}
		if s.Hidden {
			bw.WriteString(` "!"`)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// quoteField always quotes, as newsboat does, so that tags that look like
// "!" or "~x" stay tags only when they were written as such.
func quoteField(s string) string {
	s = strings.NewReplacer("\\", "\\\\", `"`, `\"`, "\n", " ").Replace(s)
	return `"` + s + `"`
}

func needsQuote(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '\\' }

// StarterSubscriptions is the list a first run starts with: a few
// well-known world-news feeds and the built-in sample feed, which works
// offline.
func StarterSubscriptions() []Subscription {
	return []Subscription{
		{URL: "https://feeds.bbci.co.uk/news/world/rss.xml", Title: "BBC News: World", Tags: []string{"world", "news"}},
		{URL: "https://feeds.npr.org/1004/rss.xml", Title: "NPR: World", Tags: []string{"world", "news"}},
		{URL: "https://www.aljazeera.com/xml/rss/all.xml", Title: "Al Jazeera", Tags: []string{"world", "news"}},
		{URL: "https://www.theguardian.com/world/rss", Title: "The Guardian: World", Tags: []string{"world", "news"}},
		{URL: "https://rss.dw.com/rdf/rss-en-world", Title: "DW: World", Tags: []string{"world", "news"}},
		{URL: "https://www.france24.com/en/rss", Title: "France 24", Tags: []string{"world", "news"}},
		{URL: samplefeed.URL, Title: "dateline sample", Tags: []string{"sample"}},
	}
}
