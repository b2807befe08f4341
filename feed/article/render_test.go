package article

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// b is shorthand for an expected block (Start is checked separately).
func b(kind BlockKind, level int, marker, text string) Block {
	return Block{Kind: kind, Level: level, Marker: marker, Text: text}
}

func p(text string) Block { return b(Paragraph, 0, "", text) }

func TestRenderBlocks(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []Block
	}{
		{"paragraphs", "<p>One  two\n three</p><p>Four</p>", []Block{p("One two three"), p("Four")}},
		{"headings", "<h1>Top</h1><h3>Third <em>level</em></h3>", []Block{b(Heading, 1, "", "Top"), b(Heading, 3, "", "Third level")}},
		{"blockquote", "<p>He said:</p><blockquote><p>Not now.</p><blockquote>Inner</blockquote></blockquote>",
			[]Block{p("He said:"), b(Quote, 1, "", "Not now."), b(Quote, 2, "", "Inner")}},
		{"unordered list", "<ul><li>one</li><li>two</li></ul>", []Block{b(ListItem, 1, "•", "one"), b(ListItem, 1, "•", "two")}},
		{"ordered list, unclosed items", "<ol><li>first<li>second<li>third</ol>",
			[]Block{b(ListItem, 1, "1.", "first"), b(ListItem, 1, "2.", "second"), b(ListItem, 1, "3.", "third")}},
		{"ordered list with start", "<ol start=\"7\"><li>seventh</li><li>eighth</li></ol>",
			[]Block{b(ListItem, 1, "7.", "seventh"), b(ListItem, 1, "8.", "eighth")}},
		{"nested lists", "<ul><li>fruit<ol><li>apple</li><li>pear<ul><li>green</li></ul></li></ol></li><li>veg</li></ul>",
			[]Block{b(ListItem, 1, "•", "fruit"), b(ListItem, 2, "1.", "apple"), b(ListItem, 2, "2.", "pear"),
				b(ListItem, 3, "•", "green"), b(ListItem, 1, "•", "veg")}},
		{"item with two paragraphs", "<ul><li><p>a</p><p>b</p></li></ul>", []Block{b(ListItem, 1, "•", "a"), b(ListItem, 1, "", "b")}},
		{"pre keeps lines, tabs to spaces", "<pre>\nfunc f() {\n\treturn  1\n}\n</pre>", []Block{b(Pre, 0, "", "func f() {\n    return  1\n}")}},
		{"rule", "<p>a</p><hr><p>b</p>", []Block{p("a"), b(Rule, 0, "", ""), p("b")}},
		{"br", "<p>line one<br>line two<br/></p>", []Block{p("line one\nline two")}},
		{"double br splits paragraphs", "first<br><br>second", []Block{p("first"), p("second")}},
		{"image block", "<p><img src=x.jpg alt=\"A  harbour\"></p>", []Block{b(Image, 0, "", "[image: A harbour]")}},
		{"inline image", "<p>See <img src=x.jpg alt=map> here</p>", []Block{p("See [image: map] here")}},
		{"image without alt", "<img src=x.jpg>", []Block{b(Image, 0, "", "[image]")}},
		{"tracking pixel dropped", "<p>Hi<img src=t.gif width=1 height=1></p>", []Block{p("Hi")}},
		{"entities", "<p>Tom &amp; Jerry &lt;3 &eacute;t&eacute; &#8212; &#x1F600; caf&#233;&nbsp;bar</p>", []Block{p("Tom & Jerry <3 été — 😀 café bar")}},
		{"dropped elements", "<nav>Menu</nav><script>var x = '<p>no</p>';</script><style>p{}</style><p>Kept</p>" +
			"<iframe src=x>frame</iframe><form><p>Form</p></form><noscript>Enable JS</noscript>", []Block{p("Kept")}},
		{"table", "<table><tr><th>City</th><th>Temp</th></tr><tr><td>Kyiv</td><td>-3</td></tr><tr><td>Lisbon</td><td>17</td></tr></table>",
			[]Block{b(Pre, 0, "", "City    Temp\nKyiv    -3\nLisbon  17")}},
		{"table with caption and sections", "<table><caption>Results</caption><thead><tr><th>Team<th>Pts</thead><tbody><tr><td>Ajax<td>12</tbody></table>",
			[]Block{p("Results"), b(Pre, 0, "", "Team  Pts\nAjax  12")}},
		{"table with a link", "<table><tr><td><a href=https://t.example/>Oslo</a><td>4</table>",
			[]Block{b(Pre, 0, "", "Oslo [1]  4")}},
		{"layout table", "<table><tr><td><p>" + strings.Repeat("long text ", 20) + "</p><p>more</p></td></tr></table>",
			[]Block{p(strings.TrimSpace(strings.Repeat("long text ", 20))), p("more")}},
		{"q gets quotation marks", "<p>She said <q> not yet </q>, and left.</p>", []Block{p("She said “not yet”, and left.")}},
		{"unclosed q", "<p><q>Never</p><p>Next</p><nav><q>menu</q></nav>", []Block{p("“Never"), p("Next")}},
		{"linked image", "<p><a href=\"https://i.example/big.jpg\"><img alt=\"Map\" src=m.png></a></p>", []Block{b(Image, 0, "", "[image: Map] [1]")}},
		{"inline markup", "<p>a<b>b</b>c <i> d </i> e</p>", []Block{p("abc d e")}},
		{"div text", "<div>one<div>two</div>three</div>", []Block{p("one"), p("two"), p("three")}},
		{"controls in html", "<p>safe&#27;[2J text\u202e</p>", []Block{p("safe text")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Render(tc.in)
			checkOffsets(t, d)
			got := withoutStarts(d.Blocks)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Render(%q)\n got %#v\nwant %#v", tc.in, got, tc.want)
			}
		})
	}
}

func withoutStarts(blocks []Block) []Block {
	out := make([]Block, len(blocks))
	for i, bl := range blocks {
		bl.Start = 0
		out[i] = bl
	}
	return out
}

// checkOffsets asserts that every block's Start points at its text in
// Doc.Text, counted in code points, and that the text is the blocks joined.
func checkOffsets(t testing.TB, d Doc) {
	t.Helper()
	text := []rune(d.Text())
	var parts []string
	for _, bl := range d.Blocks {
		n := utf8.RuneCountInString(bl.Text)
		if bl.Start < 0 || bl.Start+n > len(text) || string(text[bl.Start:bl.Start+n]) != bl.Text {
			t.Fatalf("block %+v does not sit at its Start in %q", bl, d.Text())
		}
		parts = append(parts, bl.Text)
	}
	if strings.Join(parts, "\n\n") != d.Text() {
		t.Fatalf("Text() %q is not the blocks joined", d.Text())
	}
}

func TestRenderLinks(t *testing.T) {
	in := `<p>Read <a href="https://a.example/x">the report</a>, the <a href="javascript:alert(1)">script</a>,
	<a href="data:text/html,hi">data</a>, <a href="/relative">relative</a> and <a href="mailto:ed@a.example">mail</a>.</p>
	<p>Again <a href="https://a.example/x">the same report</a> and <a href="http://b.example/">another</a><a href="ftp://c.example/">ftp</a>.</p>
	<p><a href="https://a.example/empty"></a><a href="https://d.example/">  spaced  </a> after</p>`
	d := Render(in)
	checkOffsets(t, d)
	wantBlocks := []Block{
		p("Read the report [1], the script, data, relative and mail [2]."),
		p("Again the same report [1] and another [3]ftp."),
		p("spaced [4] after"),
	}
	if got := withoutStarts(d.Blocks); !reflect.DeepEqual(got, wantBlocks) {
		t.Errorf("blocks\n got %#v\nwant %#v", got, wantBlocks)
	}
	wantLinks := []Link{
		{1, "https://a.example/x", "the report"},
		{2, "mailto:ed@a.example", "mail"},
		{3, "http://b.example/", "another"},
		{4, "https://d.example/", "spaced"},
	}
	if !reflect.DeepEqual(d.Links, wantLinks) {
		t.Errorf("links\n got %#v\nwant %#v", d.Links, wantLinks)
	}
}

func TestRenderPlainText(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []Block
	}{
		{"paragraphs", "First line\nstill first.\n\n  \nSecond  para.\r\n", []Block{p("First line still first."), p("Second para.")}},
		{"list keeps lines", "Shopping:\n\n- eggs\n- milk\n  semi-skimmed\n  * organic\n\n1. one\n2) two",
			[]Block{p("Shopping:"), b(ListItem, 1, "•", "eggs"), b(ListItem, 1, "•", "milk semi-skimmed"),
				b(ListItem, 2, "•", "organic"), b(ListItem, 1, "1.", "one"), b(ListItem, 1, "2.", "two")}},
		{"comparison is not markup", "a < b and c > d", []Block{p("a < b and c > d")}},
		{"entities decoded", "AT&T &amp; friends", []Block{p("AT&T & friends")}},
		{"controls removed", "bad\x1b]0;pwned\x07 title\x00", []Block{p("bad title")}},
		{"empty", "  \n\n ", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Render(tc.in)
			checkOffsets(t, d)
			if got := withoutStarts(d.Blocks); !reflect.DeepEqual(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("Render(%q)\n got %#v\nwant %#v", tc.in, got, tc.want)
			}
		})
	}
}

func TestRenderOffsetsInCodePoints(t *testing.T) {
	d := Render("<h2>Зеленський</h2><p>Привіт, 世界 😀</p><p>Київ</p>")
	checkOffsets(t, d)
	if got := d.Blocks[2].Start; got != len([]rune("Зеленський\n\nПривіт, 世界 😀\n\n")) {
		t.Errorf("third block starts at %d", got)
	}
}

func TestRenderLimits(t *testing.T) {
	deep := strings.Repeat("<div><blockquote><ul><li>", 5000) + "deep text" + strings.Repeat("</li></ul></blockquote></div>", 5000)
	d := Render(deep)
	checkOffsets(t, d)
	if !strings.Contains(d.Text(), "deep text") {
		t.Errorf("deeply nested text lost: %q", d.Text())
	}
	for _, bl := range d.Blocks {
		if bl.Level > MaxDepth {
			t.Errorf("level %d beyond the depth cap", bl.Level)
		}
	}

	huge := strings.Repeat("<p>paragraph text</p>", (MaxInput/len("<p>paragraph text</p>"))+1000)
	d = Render(huge)
	if len(d.Text()) > MaxInput {
		t.Errorf("text of %d bytes from input capped at %d", len(d.Text()), MaxInput)
	}
	if len(d.Blocks) > MaxBlocks {
		t.Errorf("%d blocks, cap is %d", len(d.Blocks), MaxBlocks)
	}
}

func TestStripTags(t *testing.T) {
	for in, want := range map[string]string{
		"<b>Breaking</b>: rates&nbsp;rise": "Breaking: rates rise",
		"Tom &amp; Jerry":                  "Tom & Jerry",
		"a < b":                            "a < b",
		"<p>one</p><p>two</p><script>x()</script>": "one two",
		"Title\x1b[2J<br>next":                     "Title next",
		"plain":                                    "plain",
	} {
		if got := StripTags(in); got != want {
			t.Errorf("StripTags(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	out, err := Extract(strings.NewReader(readFixture(b, "news.html")), pageURL)
	if err != nil {
		b.Fatal(err)
	}
	// Repeat the story to a typical 5-10 KB article body, with links.
	body := strings.Repeat(out+`<p>See <a href="https://courier.example/x">more</a>.</p>`, 4)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		Render(body)
	}
}

// Shapes that make naive renderers quadratic or recursive. Each must come
// out consistent and within the caps (how fast is for benchmarks).
func TestRenderHostileShapes(t *testing.T) {
	for name, in := range map[string]string{
		"many images":       "<p>" + strings.Repeat("<img alt=x>", 20000),
		"many links":        "<p>" + strings.Repeat("<a href='https://x.example/a'>t</a>", 5000),
		"unclosed divs":     strings.Repeat("<div>", 40000) + "x",
		"unclosed cells":    "<table>" + strings.Repeat("<td>c", 40000),
		"unclosed lists":    strings.Repeat("<ul><li>x", 20000),
		"unclosed anchors":  strings.Repeat("<a href='https://x.example/'>y<p>", 20000),
		"unclosed q":        strings.Repeat("<q>z", 20000),
		"tabs in pre":       "<pre>" + strings.Repeat("\t\n", 50000),
		"plain list":        strings.Repeat("- item\n", 30000),
		"entity escapes":    strings.Repeat("&#27;[2J&#x9b;", 20000),
		"unterminated tags": strings.Repeat("<a", 100000),
	} {
		t.Run(name, func(t *testing.T) {
			d := Render(in)
			checkOffsets(t, d)
			checkClean(t, d.Text(), true)
			if len(d.Blocks) > MaxBlocks || len(d.Links) > MaxLinks {
				t.Errorf("%d blocks, %d links: over the caps", len(d.Blocks), len(d.Links))
			}
		})
	}
}
