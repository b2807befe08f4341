// Package article turns the HTML (or plain text) a feed sends into structured
// text blocks, and sanitises every string that comes from a feed so that
// nothing can reach the terminal as a control sequence.
package article

// This file holds the package's API. Implementations live beside it.

// BlockKind is what a Block is.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Heading
	Quote    // blockquote; Level is the quote depth
	ListItem // Level is the nesting depth (1 = top); Marker holds "•" or "3."
	Pre      // preformatted text and simple tables; lines kept as they are
	Image    // Text is "[image: alt]"
	Rule     // a horizontal rule; Text is empty
)

// Block is one paragraph-like piece of the article.
type Block struct {
	Kind   BlockKind
	Level  int    // heading level 1-6, list depth, or quote depth (1 = top)
	Marker string // list marker
	Text   string // plain text; links carry a "[n]" reference after their text
	Start  int    // offset of Text in Doc.Text(), in code points
}

// Link is a numbered link reference, listed at the end of the article.
type Link struct {
	N    int
	URL  string
	Text string
}

// Doc is a rendered article.
type Doc struct {
	Blocks []Block
	Links  []Link
	text   string
}

// Text is the article's canonical plain text: the blocks' texts joined by a
// blank line. Entity offsets and the reader's highlighting refer to it.
func (d Doc) Text() string { return d.text }
