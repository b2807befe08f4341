package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

const (
	// maxOPMLSize bounds an imported OPML file; real ones are kilobytes.
	maxOPMLSize = 10 << 20
	// maxOPMLDepth bounds element nesting, so a hostile file cannot make the
	// import recurse or allocate without end.
	maxOPMLDepth = 64
)

// ReadOPML reads the feeds of an OPML 1.0 or 2.0 document. Each outline with
// an xmlUrl is a feed; the titles of the outlines it sits in become its
// tags, followed by the tags of its category attribute.
func ReadOPML(r io.Reader) ([]Subscription, error) {
	d := xml.NewDecoder(&capReader{r: r, limit: maxOPMLSize, what: "OPML file"})
	d.CharsetReader = charset.NewReaderLabel
	var folders []string // one entry per open outline; "" for feeds
	var subs []Subscription
	depth, root := 0, false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("opml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxOPMLDepth {
				line, _ := d.InputPos()
				return nil, fmt.Errorf("opml line %d: nested deeper than %d levels", line, maxOPMLDepth)
			}
			if depth == 1 {
				if t.Name.Local != "opml" {
					return nil, fmt.Errorf("opml: not an OPML document (root element <%s>)", t.Name.Local)
				}
				root = true
			}
			if t.Name.Local != "outline" {
				continue
			}
			sub, folder := readOutline(t.Attr, folders)
			if sub.URL != "" {
				subs = append(subs, sub)
			}
			folders = append(folders, folder)
		case xml.EndElement:
			depth--
			if t.Name.Local == "outline" && len(folders) > 0 {
				folders = folders[:len(folders)-1]
			}
		}
	}
	if !root {
		return nil, errors.New("opml: not an OPML document (empty)")
	}
	return subs, nil
}

// readOutline turns one outline into a subscription (when it has an xmlUrl)
// or a folder title (when it has not).
func readOutline(attrs []xml.Attr, folders []string) (Subscription, string) {
	var text, title, xmlURL, category, hidden string
	for _, a := range attrs {
		switch strings.ToLower(a.Name.Local) {
		case "text":
			text = a.Value
		case "title":
			title = a.Value
		case "xmlurl":
			xmlURL = strings.TrimSpace(a.Value)
		case "category":
			category = a.Value
		case "hidden":
			hidden = a.Value
		}
	}
	if title == "" {
		title = text
	}
	if xmlURL == "" {
		return Subscription{}, strings.TrimSpace(title)
	}
	sub := Subscription{URL: xmlURL, Hidden: hidden == "true"}
	if title != xmlURL {
		sub.Title = strings.TrimSpace(title)
	}
	var tags []string
	for _, f := range folders {
		if f != "" {
			tags = append(tags, f)
		}
	}
	for _, c := range strings.Split(category, ",") {
		if c = strings.Trim(c, " /"); c != "" {
			tags = append(tags, c)
		}
	}
	sub.Tags = dedupeFold(tags)
	return sub, ""
}

type opmlDoc struct {
	XMLName  xml.Name      `xml:"opml"`
	Version  string        `xml:"version,attr"`
	Title    string        `xml:"head>title"`
	Outlines []opmlOutline `xml:"body>outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	Category string        `xml:"category,attr,omitempty"`
	Hidden   string        `xml:"hidden,attr,omitempty"`
	Outlines []opmlOutline `xml:"outline"`
}

// WriteOPML writes subs as an OPML 2.0 document: a feed sits in a folder
// outline named after its first tag, and its other tags go in its category
// attribute, so that ReadOPML gives back the same tags in the same order.
func WriteOPML(w io.Writer, subs []Subscription) error {
	doc := opmlDoc{Version: "2.0", Title: "dateline subscriptions"}
	folderAt := map[string]int{}
	for _, s := range subs {
		o := opmlOutline{Text: s.Title, Title: s.Title, Type: "rss", XMLURL: s.URL}
		if o.Text == "" {
			o.Text = s.URL
		}
		if s.Hidden {
			o.Hidden = "true"
		}
		if len(s.Tags) == 0 {
			doc.Outlines = append(doc.Outlines, o)
			continue
		}
		o.Category = strings.Join(s.Tags[1:], ",")
		i, ok := folderAt[s.Tags[0]]
		if !ok {
			i = len(doc.Outlines)
			folderAt[s.Tags[0]] = i
			doc.Outlines = append(doc.Outlines, opmlOutline{Text: s.Tags[0], Title: s.Tags[0]})
		}
		doc.Outlines[i].Outlines = append(doc.Outlines[i].Outlines, o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// dedupeFold drops empty strings and later case-insensitive duplicates,
// keeping the first spelling.
func dedupeFold(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// capReader fails, instead of truncating, once more than limit bytes come.
type capReader struct {
	r        io.Reader
	n, limit int64
	what     string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n > c.limit {
		return 0, &TooLargeError{What: c.what, Limit: c.limit}
	}
	if room := c.limit + 1 - c.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.limit {
		return n, &TooLargeError{What: c.what, Limit: c.limit}
	}
	return n, err
}

// TooLargeError says that a body, page or file passed its size cap.
type TooLargeError struct {
	What  string // "body", "OPML file"
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s larger than %s", e.What, sizeString(e.Limit))
}

// sizeString writes n bytes the way people read them: "20 MiB", "512 KiB".
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
