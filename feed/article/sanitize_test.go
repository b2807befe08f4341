package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"plain", "  Rates rise\tagain \n today  ", "Rates rise again today"},
		{"clear screen", "Title\x1b[2J\x1b[H here", "Title here"},
		{"window title", "\x1b]0;pwned\x07Real title", "Real title"},
		{"window title, ST", "\x1b]2;pwned\x1b\\Real title", "Real title"},
		{"clipboard", "Hi\x1b]52;c;cm0gLXJmIH4K\x07 there", "Hi there"},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\", "click me"},
		{"C1 CSI", "red\u009b31mtext", "redtext"},
		{"C1 OSC", "a\u009d0;title\u009cb", "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC and PM", "a\x1b_payload\x1b\\b\x1b^pm\x07c", "abc"},
		{"reset", "a\x1bcb", "ab"},
		{"charset", "a\x1b(0b", "ab"},
		{"unterminated OSC", "title\x1b]0;rest of it", "title"},
		{"lone ESC at end", "title\x1b", "title"},
		{"bidi override", "invoice\u202egpj.exe", "invoicegpj.exe"},
		{"bidi isolates and marks", "\u2066a\u2069\u200eb\u200f\u061cc\u202a\u202c", "abc"},
		{"zero width", "Ze\u200bl\u200cen\u200dsky\u2060\ufeff\u00ad", "Zelensky"},
		{"tag characters", "hi\U000E0041\U000E0042", "hi"},
		{"C0 controls", "a\x00b\x07c\x08d\x7fe", "abcde"},
		{"invalid UTF-8", "caf\xe9 \xff", "caf\ufffd \ufffd"},
		{"unicode spaces", "a\u00a0\u2003b\u2028c", "a b c"},
		{"kept text", "Київ — 世界 😀 é", "Київ — 世界 😀 é"},
		{"CRLF", "one\r\ntwo", "one two"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Sanitize(tc.in); got != tc.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSanitizeN(t *testing.T) {
	if got := SanitizeN("abc   def ghi", 7); got != "abc def" {
		t.Errorf("SanitizeN cut = %q", got)
	}
	if got := SanitizeN("ab cd", 3); got != "ab" {
		t.Errorf("SanitizeN should not end on a space: %q", got)
	}
	long := strings.Repeat("ж", 5000)
	if got := utf8.RuneCountInString(Sanitize(long)); got != MaxTitle {
		t.Errorf("Sanitize kept %d runes, cap is %d", got, MaxTitle)
	}
}

func TestSanitizeText(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"lines kept", "\n\none\r\ntwo  \rthree\n\n", "one\ntwo\nthree"},
		{"blank line kept", "a\n\nb", "a\n\nb"},
		{"tabs", "a\tb\n\tc", "a   b\n    c"},
		{"escapes", "ok\x1b[31m red\x1b[0m\n\x1b]52;c;Zm9v\x07next", "ok red\nnext"},
		{"bidi and zero width", "a\u202eb\u200bc", "abc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SanitizeText(tc.in); got != tc.want {
				t.Errorf("SanitizeText(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// checkClean fails if s holds anything a terminal could act on.
func checkClean(t *testing.T, s string, newlines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	for _, r := range s {
		if r == '\n' && newlines {
			continue
		}
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || isInvisible(r) {
			t.Fatalf("control or invisible %U in %q", r, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[2J", "\x1b]0;pwned\x07", "\x1b]52;c;abc\x07", "\x1b]8;;u\x1b\\t\x1b]8;;\x1b\\",
		"\u009b31m", "\u202e", "a\u200bb", "\xff\xfe", "\x1bP\x1b\\", "  a \t b \n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		one := Sanitize(s)
		checkClean(t, one, false)
		if strings.ContainsAny(one, "\n\t") || strings.Contains(one, "  ") || strings.TrimSpace(one) != one {
			t.Fatalf("Sanitize(%q) = %q: whitespace not collapsed", s, one)
		}
		if two := Sanitize(one); two != one {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, one, two)
		}
		text := SanitizeText(s)
		checkClean(t, text, true)
		if sc := scrub(s); isCleanText(sc) && text != cleanLines(sc) {
			t.Fatalf("SanitizeText's shortcut differs: %q -> %q, not %q", s, text, cleanLines(sc))
		}
		if again := SanitizeText(text); again != text {
			t.Fatalf("SanitizeText not idempotent: %q -> %q -> %q", s, text, again)
		}
	})
}

func FuzzRender(f *testing.F) {
	for _, s := range []string{
		"<p>Hello <a href=\"https://x.example/\">x</a></p>", "<ul><li>a<ol><li>b</ol></ul>",
		"<table><tr><td>a<td>b</table>", "<pre>\ta\r\nb</pre>", "plain\n\n- a\n- b",
		"<p>&#27;[2J&#x9b;31m</p>", "<img alt=\"\x1b]0;x\x07\">", "<a href=javascript:x>y</a>",
		"<div><blockquote><h2>x<br><br>y</h2></blockquote></div>", "<script>x</script><nav>n</nav>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Render(s)
		checkOffsets(t, d)
		checkClean(t, d.Text(), true)
		for _, l := range d.Links {
			checkClean(t, l.URL, false)
			checkClean(t, l.Text, false)
		}
		for _, bl := range d.Blocks {
			checkClean(t, bl.Marker, false)
		}
		checkClean(t, StripTags(s), false)
	})
}
