package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Errors Extract returns; callers tell the user which one happened.
var (
	ErrNoArticle = errors.New("the page has no article text")
	ErrPaywall   = errors.New("the article is behind a paywall")
	ErrNotHTML   = errors.New("the page is not HTML")
)

const (
	// MaxPage is how much of a page Extract reads; the rest is ignored.
	MaxPage = 5 << 20
	// minProse is the least text outside links, in runes, that counts as an
	// article: less is a teaser, an index page or an error page.
	minProse = 250
	// maxPageDepth is the deepest nesting Extract accepts: the HTML parser
	// and readability slow down quadratically with depth, and real pages
	// stay far below it.
	maxPageDepth = 512
	// paywallProse is the text length under which a page that mentions a
	// paywall is taken to be showing only its teaser.
	paywallProse = 1500
)

// Extract finds the article in a web page and returns its cleaned HTML, for
// Render. It is for feeds that send only a summary. pageURL (may be nil)
// makes relative links absolute.
func Extract(r io.Reader, pageURL *url.URL) (string, error) {
	page, err := io.ReadAll(io.LimitReader(r, MaxPage))
	if err != nil {
		return "", fmt.Errorf("read page: %w", err)
	}
	if !looksLikeHTML(page) {
		return "", ErrNotHTML
	}
	page = toUTF8(page)
	if tooDeep(page) {
		return "", fmt.Errorf("%w: elements nested too deeply", ErrNoArticle)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", fmt.Errorf("parse page: %w", err)
	}
	paywalled := hasPaywallMarker(doc)
	prune(doc)
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || art.Node == nil || proseLength(art.Node) < minProse {
		if paywalled {
			return "", ErrPaywall
		}
		return "", ErrNoArticle
	}
	if paywalled && proseLength(art.Node) < paywallProse {
		return "", ErrPaywall
	}
	var b strings.Builder
	if err := art.RenderHTML(&b); err != nil {
		return "", fmt.Errorf("render article: %w", err)
	}
	return b.String(), nil
}

// toUTF8 converts a page that is not UTF-8 from the encoding its BOM or
// <meta charset> declares, or from Windows-1252 (what browsers assume). A
// page that is valid UTF-8 is taken as such whatever it declares.
func toUTF8(page []byte) []byte {
	if utf8.Valid(page) {
		return page
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		return page // the parser will show U+FFFD for what does not decode
	}
	return out
}

// looksLikeHTML sniffs the page: binary data, JSON, images and plain text
// are refused before any parsing.
func looksLikeHTML(page []byte) bool {
	ct := http.DetectContentType(page)
	if !strings.HasPrefix(ct, "text/html") && !strings.HasPrefix(ct, "text/plain") && !strings.HasPrefix(ct, "text/xml") {
		return false
	}
	return markup.Match(page[:min(len(page), 64<<10)])
}

// paywallPhrases are what paywalled pages tell the reader around their
// teaser. On their own they prove nothing (any page may say "subscribe");
// with little article text they do.
var paywallPhrases = []string{
	"subscribe to continue", "subscribe to read", "subscribers only",
	"subscriber-only", "for subscribers", "already a subscriber",
	"to continue reading", "sign in to continue", "log in to continue",
	"register to continue", "subscribe now to keep reading",
}

// notFree matches the schema.org flag paywalled pages declare for search
// engines.
var notFree = regexp.MustCompile(`(?i)"isAccessibleForFree"\s*:\s*"?false`)

// hasPaywallMarker looks for paywall signs where a reader or a search engine
// would see them: visible text, class and id names, JSON-LD. Scripts are
// not searched, as many sites ship paywall code to every page.
func hasPaywallMarker(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		lower := strings.ToLower(n.Data)
		for _, p := range paywallPhrases {
			if strings.Contains(lower, p) {
				return true
			}
		}
		return false
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script:
			return n.FirstChild != nil && strings.Contains(attr(n, "type"), "ld+json") && notFree.MatchString(n.FirstChild.Data)
		case atom.Style:
			return false
		}
		names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		if strings.Contains(names, "paywall") || strings.Contains(names, "regwall") {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasPaywallMarker(c) {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// prune removes, before readability scores the page, the elements that are
// never part of an article. It saves work on big pages and keeps menus and
// comment forms from being mistaken for text.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && (isPruned(c.DataAtom) || isClutter(c)):
			n.RemoveChild(c)
		default:
			prune(c)
		}
		c = next
	}
}

func isPruned(t atom.Atom) bool {
	switch t {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Nav,
		atom.Form, atom.Svg, atom.Template, atom.Button, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// clutterWords are class and id words that mark advertising, sharing
// widgets, related links and comments; clutterPrefixes the same as prefixes
// ("ad-slot", "share-tools").
var (
	clutterWords = map[string]bool{
		"ad": true, "ads": true, "advert": true, "advertisement": true,
		"sponsored": true, "promo": true, "comments": true, "comment": true,
		"related": true, "share": true, "social": true, "newsletter": true,
		"breadcrumb": true, "breadcrumbs": true, "outbrain": true, "taboola": true,
	}
	clutterPrefixes = []string{"ad-", "ads-", "advert", "promo-", "share-", "social-", "related-", "comment-", "newsletter-"}
)

// isClutter reports an element whose class or id names it as clutter.
func isClutter(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Val)) {
			if clutterWords[w] {
				return true
			}
			for _, p := range clutterPrefixes {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
	}
	return false
}

// proseLength counts the runes of text in n that are not inside links.
func proseLength(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		return utf8.RuneCountInString(strings.TrimSpace(n.Data))
	case n.Type == html.ElementNode && n.DataAtom == atom.A:
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += proseLength(c)
	}
	return total
}

// tooDeep reports whether the page nests elements deeper than maxPageDepth,
// counting unclosed elements as a parser would keep them open.
func tooDeep(page []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(page))
	depth := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken:
			name, _ := z.TagName()
			if !isVoid(atom.Lookup(name)) {
				if depth++; depth > maxPageDepth {
					return true
				}
			}
		case html.EndTagToken:
			depth = max(0, depth-1)
		}
	}
}
