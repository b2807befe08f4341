package article

import (
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML side works on the token stream with its own small stack of open
// elements rather than on a parsed tree: it is linear in the input, never
// recurses, and broken markup from feeds only ever costs some structure.

// frame is one open element.
type frame struct {
	tag    atom.Atom
	n      int    // ul/ol: items so far
	marker string // li: its marker, until its first block uses it
}

// renderer turns HTML tokens into blocks.
type renderer struct {
	builder
	stack    []frame
	overflow int // open elements deeper than MaxDepth, not tracked
	drop     int // open elements whose content is dropped
	deepDrop int // the same, among the untracked ones
	skipRaw  bool
	table    *table
	tables   int // open tables (nested ones are flattened into the outer)
}

func renderHTML(s string) ([]Block, []Link) {
	r := &renderer{}
	z := html.NewTokenizer(strings.NewReader(s))
	for len(r.blocks) < MaxBlocks {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			r.flush()
			r.endTable()
			return r.blocks, r.links
		case html.TextToken:
			if !r.skipRaw && r.drop == 0 && r.deepDrop == 0 {
				r.text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			r.start(z)
			if tt == html.SelfClosingTagToken && !isVoid(tagOf(z)) {
				r.end(tagOf(z))
			}
			continue // skipRaw stays set for the raw text that follows
		case html.EndTagToken:
			name, _ := z.TagName()
			r.end(atom.Lookup(name))
		}
		r.skipRaw = false
	}
	return r.blocks, r.links
}

func tagOf(z *html.Tokenizer) atom.Atom {
	name, _ := z.TagName()
	return atom.Lookup(name)
}

// start handles a start tag.
func (r *renderer) start(z *html.Tokenizer) {
	name, hasAttr := z.TagName()
	tag := atom.Lookup(name)
	if isRawDrop(tag) {
		r.skipRaw = true
		return
	}
	if r.drop > 0 || r.deepDrop > 0 {
		if !isVoid(tag) {
			r.push(tag) // keep nesting straight so the end tag is found
		}
		return
	}
	var attrs map[string]string
	if hasAttr && (tag == atom.A || tag == atom.Img || tag == atom.Ol) {
		attrs = readAttrs(z)
	}
	switch {
	case tag == atom.Br:
		if r.lineBreak() {
			r.flush()
		}
	case tag == atom.Img:
		if !isPixel(attrs) {
			r.image(attrs["alt"])
		}
	case tag == atom.Hr:
		r.flush()
		if r.table == nil {
			r.emit(Block{Kind: Rule})
		}
	case tag == atom.A:
		r.popTo(atom.A, nil)
		r.push(tag)
		r.openLinkTo(linkURL(attrs["href"]))
	case tag == atom.Q:
		r.push(tag)
		r.openQuote()
	case isVoid(tag):
	case isBlock(tag):
		r.startBlock(tag, attrs)
	default:
		r.push(tag)
	}
}

// startBlock closes what a new block implicitly closes, ends the current
// block and opens the new element.
func (r *renderer) startBlock(tag atom.Atom, attrs map[string]string) {
	r.flush()
	r.implicitClose(tag)
	pushed := r.push(tag)
	switch tag {
	case atom.Ol:
		if n, err := strconv.Atoi(strings.TrimSpace(attrs["start"])); err == nil && pushed && n > -1e6 && n < 1e6 {
			r.stack[len(r.stack)-1].n = n - 1
		}
	case atom.Li:
		if pushed {
			r.numberItem()
		}
	case atom.Table:
		if r.tables++; r.tables == 1 {
			r.table = &table{}
		}
	case atom.Tr:
		r.table.row()
	case atom.Caption:
		r.table.startCaption()
	case atom.Td, atom.Th:
		r.table.cell()
	}
}

// implicitClose pops the elements that HTML closes when tag starts: an open
// paragraph, a previous list item, cell or row.
func (r *renderer) implicitClose(tag atom.Atom) {
	switch tag {
	case atom.Li:
		r.popTo(atom.Li, listTags)
	case atom.Dt, atom.Dd:
		r.popTo(atom.Dd, []atom.Atom{atom.Dl})
		r.popTo(atom.Dt, []atom.Atom{atom.Dl})
	case atom.Tr:
		r.popTo(atom.Tr, []atom.Atom{atom.Table})
	case atom.Td, atom.Th:
		r.popTo(atom.Td, []atom.Atom{atom.Tr, atom.Table})
		r.popTo(atom.Th, []atom.Atom{atom.Tr, atom.Table})
	}
	if len(r.stack) > 0 {
		if top := r.stack[len(r.stack)-1].tag; top == atom.P || headingLevel(top) > 0 && headingLevel(tag) > 0 {
			r.flush()
			r.pop(len(r.stack) - 1)
		}
	}
}

var listTags = []atom.Atom{atom.Ul, atom.Ol, atom.Menu}

// numberItem gives the list item just opened its marker.
func (r *renderer) numberItem() {
	li := &r.stack[len(r.stack)-1]
	li.marker = "•"
	for i := len(r.stack) - 2; i >= 0; i-- {
		f := &r.stack[i]
		if f.tag == atom.Ul || f.tag == atom.Menu {
			return
		}
		if f.tag == atom.Ol {
			f.n++
			li.marker = strconv.Itoa(f.n) + "."
			return
		}
	}
}

// end handles an end tag.
func (r *renderer) end(tag atom.Atom) {
	if isRawDrop(tag) || isVoid(tag) && tag != atom.Br {
		return
	}
	if tag == atom.Br { // "</br>" is read as <br>
		if r.drop == 0 && r.deepDrop == 0 && r.lineBreak() {
			r.flush()
		}
		return
	}
	if r.overflow > 0 {
		r.overflow--
		if tag == atom.A {
			r.closeLink()
		}
		if isDrop(tag) && r.deepDrop > 0 {
			r.deepDrop--
		}
		if isBlock(tag) {
			r.flush()
		}
		return
	}
	if isBlock(tag) && r.drop == 0 {
		r.flush()
	}
	r.popTo(tag, nil)
	if tag == atom.Table && r.tables == 0 {
		r.endTable()
	}
}

// push opens an element, or only counts it when nesting is too deep to
// track; it reports whether the element was tracked.
func (r *renderer) push(tag atom.Atom) (pushed bool) {
	if len(r.stack) >= MaxDepth {
		r.overflow++
		if isDrop(tag) {
			r.deepDrop++
		}
		return false
	}
	r.stack = append(r.stack, frame{tag: tag})
	r.opened(tag, +1)
	return true
}

// popTo closes the innermost open tag and everything inside it, unless one
// of the stop elements comes first. It reports whether tag was open.
func (r *renderer) popTo(tag atom.Atom, stop []atom.Atom) bool {
	for i := len(r.stack) - 1; i >= 0; i-- {
		t := r.stack[i].tag
		if t == tag {
			r.pop(i)
			return true
		}
		for _, s := range stop {
			if t == s {
				return false
			}
		}
	}
	return false
}

// pop closes the elements from the top of the stack down to index i.
func (r *renderer) pop(i int) {
	for j := len(r.stack) - 1; j >= i; j-- {
		r.opened(r.stack[j].tag, -1)
	}
	r.stack = r.stack[:i]
}

// opened keeps the counters that depend on open elements in step.
func (r *renderer) opened(tag atom.Atom, d int) {
	switch {
	case isDrop(tag):
		r.drop += d
	case isPre(tag):
		if d < 0 {
			r.flush()
		}
		r.pre += d
	case tag == atom.A && d < 0:
		r.closeLink()
	case tag == atom.Q && d < 0 && r.drop == 0 && r.buf.Len() > 0:
		r.closeQuote()
	case tag == atom.Table && d < 0:
		r.tables--
	}
}

// flush ends the current block: its text goes to the open table's cell, or
// becomes a block of the kind the open elements say.
func (r *renderer) flush() {
	text, imgOnly := r.take()
	if text == "" {
		return
	}
	if r.table != nil {
		r.table.add(text)
		return
	}
	blk := r.context()
	blk.Text = text
	if imgOnly && blk.Kind == Paragraph {
		blk.Kind = Image
	}
	r.emit(blk)
}

// context works out what kind of block the open elements make.
func (r *renderer) context() Block {
	if r.pre > 0 {
		return Block{Kind: Pre}
	}
	for i := len(r.stack) - 1; i >= 0; i-- {
		f := &r.stack[i]
		if l := headingLevel(f.tag); l > 0 {
			return Block{Kind: Heading, Level: l}
		}
		switch f.tag {
		case atom.Li:
			m := f.marker
			f.marker = "" // later blocks of the same item carry no marker
			return Block{Kind: ListItem, Level: max(1, r.count(i, listTags...)), Marker: m}
		case atom.Blockquote:
			return Block{Kind: Quote, Level: r.count(i+1, atom.Blockquote)}
		}
	}
	return Block{Kind: Paragraph}
}

// count counts the open elements among the first n that are one of tags.
func (r *renderer) count(n int, tags ...atom.Atom) int {
	c := 0
	for _, f := range r.stack[:n] {
		for _, t := range tags {
			if f.tag == t {
				c++
			}
		}
	}
	return c
}

// linkURL returns href if it is a link to list: absolute http, https or
// mailto. Anything else (javascript:, data:, relative) keeps only its text.
func linkURL(href string) string {
	href = strings.TrimSpace(scrub(href))
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
	case "mailto":
	default:
		return ""
	}
	return SanitizeN(href, maxURL)
}

func readAttrs(z *html.Tokenizer) map[string]string {
	m := make(map[string]string, 4)
	for {
		k, v, more := z.TagAttr()
		if _, seen := m[string(k)]; !seen {
			m[string(k)] = string(v)
		}
		if !more {
			return m
		}
	}
}

// isPixel reports a tracking pixel: an image one pixel (or none) wide or high.
func isPixel(attrs map[string]string) bool {
	for _, k := range []string{"width", "height"} {
		if v := strings.TrimSpace(attrs[k]); v == "0" || v == "1" || v == "1px" || v == "0px" {
			return true
		}
	}
	return false
}
