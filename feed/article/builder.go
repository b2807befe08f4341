package article

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// builder accumulates the inline text of the block being read and turns it
// into blocks. It knows nothing about HTML: the renderer tells it what the
// text is (see renderer.context).
type builder struct {
	buf     strings.Builder
	space   bool // a collapsed space is pending
	lastNL  bool // the buffer ends with a line break
	glue    bool // the next word follows without a space (after an opening quote)
	imgOnly bool // the buffer holds one image and nothing else
	pre     int  // >0 while inside preformatted text
	blocks  []Block
	links   []Link
	byURL   map[string]int
	link    *openLink
}

// openLink is an <a> whose reference has not been written yet.
type openLink struct {
	url   string // "" when the link is not one to list (javascript:, relative)
	start int    // where its text starts in buf
}

// text appends text from the page. Outside preformatted text every
// whitespace run becomes one space, and none is kept at the start of a block
// or of a line.
func (b *builder) text(s string) {
	s = scrub(s)
	if b.pre > 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
		if strings.TrimSpace(s) != "" {
			b.imgOnly = false
		}
		b.buf.WriteString(s)
		return
	}
	start := -1 // where the word being scanned began
	for i := 0; i < len(s); {
		size, space := 1, false
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			b.word(s[start:i])
			start = -1
			b.space = true
		case space:
			b.space = true
		case start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		b.word(s[start:])
	}
}

// asciiSpace is unicode.IsSpace for the ASCII bytes.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// word writes a run of visible text, preceded by the pending space if any.
func (b *builder) word(w string) {
	if b.space && b.buf.Len() > 0 && !b.lastNL && !b.glue {
		b.buf.WriteByte(' ')
	}
	b.space, b.lastNL, b.imgOnly, b.glue = false, false, false, false
	b.buf.WriteString(w)
}

// openQuote and closeQuote write the quotation marks of a <q> element, so
// that the quote reads as one in the text (where quotes are looked for).
func (b *builder) openQuote() {
	b.inline("“")
	b.glue = true
}

func (b *builder) closeQuote() {
	b.buf.WriteString("”") // a space before it is dropped, as it is after “
	b.space, b.lastNL, b.imgOnly, b.glue = false, false, false, false
}

// inline writes s (already clean, no whitespace at its ends) as a unit.
func (b *builder) inline(s string) {
	empty := b.buf.Len() == 0
	if b.space && !empty && !b.lastNL && !b.glue && b.pre == 0 {
		b.buf.WriteByte(' ')
	}
	b.buf.WriteString(s)
	b.space, b.lastNL, b.imgOnly, b.glue = false, false, false, false
}

// image writes an image as "[image: alt]"; an image alone in its block
// becomes an Image block.
func (b *builder) image(alt string) {
	empty := b.buf.Len() == 0 // outside <pre> the buffer never starts with a space
	b.space = true            // an image is a word of its own
	if alt = SanitizeN(alt, 300); alt == "" {
		b.inline("[image]")
	} else {
		b.inline("[image: " + alt + "]")
	}
	b.imgOnly, b.space = empty, true
}

// lineBreak handles <br>. Two in a row end the paragraph, as many feeds
// use them instead of <p>; it reports whether that happened.
func (b *builder) lineBreak() (paragraph bool) {
	if b.pre > 0 {
		b.buf.WriteByte('\n')
		return false
	}
	if b.buf.Len() == 0 {
		return false
	}
	if b.lastNL {
		return true
	}
	b.buf.WriteByte('\n')
	b.space, b.lastNL = false, true
	return false
}

// openLinkTo starts a link; url is "" for links that are not listed.
func (b *builder) openLinkTo(url string) {
	b.closeLink()
	b.link = &openLink{url: url, start: b.buf.Len()}
}

// closeLink writes the open link's reference after its text.
func (b *builder) closeLink() {
	b.endLinkSegment()
	b.link = nil
}

// endLinkSegment writes the reference for the part of a link's text that is
// in the current buffer, for when a block ends inside a link.
func (b *builder) endLinkSegment() {
	l := b.link
	if l == nil || l.url == "" {
		return
	}
	text := strings.TrimSpace(b.buf.String()[l.start:])
	if text == "" {
		return
	}
	if n := b.linkNumber(l.url, text); n > 0 {
		if !b.lastNL {
			b.buf.WriteByte(' ')
		}
		b.buf.WriteString("[" + strconv.Itoa(n) + "]")
		b.lastNL, b.glue = false, false // a linked image stays an image
	}
	l.start = b.buf.Len()
}

// linkNumber returns the reference number of url, numbering it if it is new;
// 0 when the cap is reached.
func (b *builder) linkNumber(url, text string) int {
	if n, ok := b.byURL[url]; ok {
		return n
	}
	if len(b.links) >= MaxLinks {
		return 0
	}
	if b.byURL == nil {
		b.byURL = make(map[string]int)
	}
	n := len(b.links) + 1
	b.byURL[url] = n
	b.links = append(b.links, Link{N: n, URL: url, Text: SanitizeN(text, 200)})
	return n
}

// take returns the buffer's text, cleaned up for its kind, and empties it.
func (b *builder) take() (text string, imgOnly bool) {
	b.endLinkSegment()
	s := b.buf.String()
	imgOnly = b.imgOnly
	b.buf.Reset()
	b.space, b.lastNL, b.imgOnly, b.glue = false, false, false, false
	if b.link != nil {
		b.link.start = 0
	}
	if b.pre > 0 {
		return cleanPre(s), false
	}
	return strings.TrimSpace(s), imgOnly
}

// cleanPre expands tabs, drops trailing spaces and blank lines at either end.
func cleanPre(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(expandTabs(spacesToASCII(l)), unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// emit appends a finished block.
func (b *builder) emit(blk Block) {
	if len(b.blocks) < MaxBlocks {
		b.blocks = append(b.blocks, blk)
	}
}
