package article

import "golang.org/x/net/html/atom"

// What the renderer needs to know about each element.

type tagClass uint8

const (
	block   tagClass = 1 << iota // ends the current block
	void                         // never has content or an end tag
	drop                         // its content is not article text
	rawDrop                      // the same, for elements the tokenizer reads as raw text
	pre                          // preformatted
)

var tagClasses = map[atom.Atom]tagClass{
	atom.Address: block, atom.Article: block, atom.Aside: block,
	atom.Blockquote: block, atom.Body: block, atom.Caption: block,
	atom.Center: block, atom.Dd: block, atom.Details: block,
	atom.Dialog: block, atom.Dir: block, atom.Div: block, atom.Dl: block,
	atom.Dt: block, atom.Fieldset: block, atom.Figcaption: block,
	atom.Figure: block, atom.Footer: block, atom.H1: block, atom.H2: block,
	atom.H3: block, atom.H4: block, atom.H5: block, atom.H6: block,
	atom.Header: block, atom.Hgroup: block, atom.Html: block,
	atom.Legend: block, atom.Li: block, atom.Main: block, atom.Menu: block,
	atom.Ol: block, atom.P: block, atom.Section: block, atom.Summary: block,
	atom.Table: block, atom.Tbody: block, atom.Td: block, atom.Tfoot: block,
	atom.Th: block, atom.Thead: block, atom.Tr: block, atom.Ul: block,

	atom.Pre: block | pre, atom.Listing: block | pre, atom.Xmp: block | pre,
	atom.Plaintext: block | pre,

	atom.Area: void, atom.Base: void, atom.Br: void, atom.Col: void,
	atom.Embed: void, atom.Hr: void, atom.Img: void, atom.Input: void,
	atom.Link: void, atom.Meta: void, atom.Param: void, atom.Source: void,
	atom.Track: void, atom.Wbr: void,

	atom.Form: block | drop, atom.Nav: block | drop, atom.Template: drop,
	atom.Svg: drop, atom.Math: drop, atom.Select: drop, atom.Button: drop,
	atom.Object: drop, atom.Canvas: drop, atom.Audio: drop, atom.Video: drop,
	atom.Datalist: drop,

	atom.Script: rawDrop, atom.Style: rawDrop, atom.Iframe: rawDrop,
	atom.Noscript: rawDrop, atom.Textarea: rawDrop, atom.Title: rawDrop,
	atom.Noembed: rawDrop, atom.Noframes: rawDrop,
}

func isBlock(t atom.Atom) bool   { return tagClasses[t]&block != 0 }
func isVoid(t atom.Atom) bool    { return tagClasses[t]&void != 0 }
func isDrop(t atom.Atom) bool    { return tagClasses[t]&drop != 0 }
func isRawDrop(t atom.Atom) bool { return tagClasses[t]&rawDrop != 0 }
func isPre(t atom.Atom) bool     { return tagClasses[t]&pre != 0 }

func headingLevel(t atom.Atom) int {
	switch t {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}
