package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

func TestNavigation(t *testing.T) {
	m, _ := newTest(t, 1000, 140, 40, testOptions())
	press(m, "j", "j", "down")
	if m.list.cursor != 3 {
		t.Fatalf("cursor after j j down = %d, want 3", m.list.cursor)
	}
	press(m, "k")
	if m.list.cursor != 2 {
		t.Fatalf("cursor after k = %d, want 2", m.list.cursor)
	}
	press(m, "G")
	if m.list.cursor != 999 {
		t.Fatalf("cursor after G = %d, want 999", m.list.cursor)
	}
	mustContain(t, screen(m), "Story number 1000 ")
	if n := len(m.list.pages); n > 2*keepPages+1 {
		t.Fatalf("%d pages cached, want at most %d", n, 2*keepPages+1)
	}
	press(m, "g")
	if m.list.cursor != 0 || m.list.top != 0 {
		t.Fatalf("after g: cursor %d top %d", m.list.cursor, m.list.top)
	}
	press(m, "pgdown")
	if m.list.cursor != m.list.height {
		t.Fatalf("pgdown moved to %d, want %d", m.list.cursor, m.list.height)
	}
}

func TestPlaceholderRowsWhileLoading(t *testing.T) {
	m, _ := newTest(t, 1000, 140, 40, testOptions())
	// Jump without running the page loads: rows show as placeholders.
	m.Update(keyMsg("G"))
	mustContain(t, screen(m), "···")
}

func TestPreviewAndOpen(t *testing.T) {
	m, f := newTest(t, 50, 140, 40, testOptions())
	if m.reader.a == nil || m.reader.a.ID != 1 {
		t.Fatalf("first article not previewed: %+v", m.reader.a)
	}
	press(m, "j")
	if m.reader.a.ID != 2 {
		t.Fatalf("preview did not follow the cursor: %d", m.reader.a.ID)
	}
	if f.articles[1].Read {
		t.Fatal("preview marked the article read")
	}
	press(m, "enter")
	if m.focus != focusReader {
		t.Fatalf("focus after enter = %v, want reader", m.focus)
	}
	if !f.articles[1].Read || !m.list.selected().Read {
		t.Fatal("enter did not mark the article read")
	}
	press(m, "tab")
	if m.focus != focusList {
		t.Fatalf("tab from reader: focus %v", m.focus)
	}
	press(m, "tab")
	if m.focus != focusReader {
		t.Fatalf("tab from list: focus %v", m.focus)
	}
	press(m, "j") // scrolls the article, not the list
	if m.list.cursor != 1 {
		t.Fatalf("j in the reader moved the list to %d", m.list.cursor)
	}
}

func TestMarking(t *testing.T) {
	m, f := newTest(t, 30, 140, 40, testOptions())
	unread0, _ := m.list.totals()
	press(m, "j") // article 2 is unread
	press(m, "m")
	if !f.articles[1].Read || !m.list.selected().Read {
		t.Fatal("m did not mark read")
	}
	if u, _ := m.list.totals(); u != unread0-1 {
		t.Fatalf("unread %d, want %d", u, unread0-1)
	}
	press(m, "m")
	if f.articles[1].Read {
		t.Fatal("second m did not mark unread")
	}
	press(m, "s")
	if !f.articles[1].Starred || !m.list.selected().Starred {
		t.Fatal("s did not star")
	}
	mustContain(t, screen(m), "★")
	press(m, "A")
	for i, a := range f.articles {
		if !a.Read {
			t.Fatalf("A left article %d unread", i+1)
		}
	}
	mustContain(t, screen(m), "0/30 unread")
}

func TestSearch(t *testing.T) {
	m, f := newTest(t, 200, 140, 40, testOptions())
	press(m, "/")
	typeText(m, "number 12")
	if m.list.query != "number 12" {
		t.Fatalf("live search query = %q", m.list.query)
	}
	_, total := m.list.totals()
	if total != 12 { // 12, 112, 120-129
		t.Fatalf("search total = %d, want 12", total)
	}
	if f.lists[len(f.lists)-1] != "number 12" {
		t.Fatalf("last List query %q", f.lists[len(f.lists)-1])
	}
	press(m, "enter")
	if m.prompt.active() || m.focus != focusList || m.list.query != "number 12" {
		t.Fatalf("enter: prompt %v focus %v query %q", m.prompt.active(), m.focus, m.list.query)
	}
	press(m, "enter")
	if m.focus != focusReader || m.reader.a.Title != "Story number 12 about the day" {
		t.Fatal("second enter did not open the result")
	}
	press(m, "/")
	typeText(m, "zzz")
	press(m, "esc")
	if m.list.query != "number 12" {
		t.Fatalf("esc left query %q, want the one before the search", m.list.query)
	}
}

func TestQueryErrorKeepsResults(t *testing.T) {
	m, _ := newTest(t, 100, 140, 40, testOptions())
	press(m, ":")
	typeText(m, "tag:world")
	press(m, "enter")
	if m.list.query != `tag:world` || m.prompt.active() {
		t.Fatalf("query %q, prompt open %v", m.list.query, m.prompt.active())
	}
	_, before := m.list.totals()
	press(m, ":")
	if m.prompt.in.Value() != "tag:world" {
		t.Fatalf("prompt not prefilled with the filter: %q", m.prompt.in.Value())
	}
	typeText(m, " bogus:1")
	press(m, "enter")
	if !m.prompt.active() || !strings.Contains(m.prompt.err, "unknown field") {
		t.Fatalf("error not shown: active %v err %q", m.prompt.active(), m.prompt.err)
	}
	if _, after := m.list.totals(); after != before || m.list.query != "tag:world" {
		t.Fatalf("results changed on a bad query: %d -> %d", before, after)
	}
	mustContain(t, screen(m), "column 11: unknown field")
	press(m, "esc")
	press(m, ":", "up")
	if got := m.prompt.in.Value(); got != "tag:world" {
		t.Fatalf("history up = %q", got)
	}
}

func TestSaveQuery(t *testing.T) {
	m, _ := newTest(t, 20, 140, 40, testOptions())
	press(m, ":")
	typeText(m, "tag:sport")
	press(m, "ctrl+s")
	if m.prompt.kind != promptSaveName {
		t.Fatal("ctrl+s did not ask for a name")
	}
	m.prompt.in.SetValue("")
	typeText(m, "Sport")
	press(m, "enter")
	got := m.SavedQueries()
	if len(got) != 1 || got[0] != (SavedQuery{Name: "Sport", Query: "tag:sport"}) {
		t.Fatalf("saved = %+v", got)
	}
	press(m, "b")
	mustContain(t, screen(m), "Saved", "Sport")
	for _, it := range m.sidebar.items {
		if it.label == "Sport" && it.unread != 3 {
			t.Fatalf("Sport shows %d unread, want 3", it.unread)
		}
	}
}

func TestResizeAndLayout(t *testing.T) {
	m, _ := newTest(t, 20, 140, 40, testOptions())
	if !m.geometry().horizontal {
		t.Fatal("140 columns should be side by side")
	}
	send(m, tea.WindowSizeMsg{Width: 90, Height: 30})
	g := m.geometry()
	if g.horizontal || g.read.y <= g.list.y {
		t.Fatalf("90 columns should stack: %+v", g)
	}
	press(m, "\\")
	if !m.geometry().horizontal {
		t.Fatal("\\ did not toggle the orientation")
	}
	w0 := m.geometry().list.w
	press(m, ">", ">")
	if m.geometry().list.w <= w0 {
		t.Fatal("> did not grow the list")
	}
	press(m, "<", "<", "<", "<")
	if m.geometry().list.w >= w0 {
		t.Fatal("< did not shrink the list")
	}
	for _, line := range strings.Split(screen(m), "\n") {
		if w := len([]rune(line)); w > 90 {
			t.Fatalf("line wider than the screen (%d): %q", w, line)
		}
	}
}

func TestTooSmall(t *testing.T) {
	m, _ := newTest(t, 20, 30, 8, testOptions())
	s := screen(m)
	mustContain(t, s, "Terminal too small (30x8)")
	if strings.Contains(s, "Articles") {
		t.Fatal("panes drawn on a too small screen")
	}
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, screen(m), "Articles")
}

func TestHelpOverlay(t *testing.T) {
	m, _ := newTest(t, 20, 140, 40, testOptions())
	press(m, "?")
	s := screen(m)
	mustContain(t, s, "Keys", "next unread", "full text", "reload all", "tag picker")
	if strings.Contains(s, "older query") {
		t.Fatal("prompt-only keys shown outside the prompt")
	}
	press(m, "j")
	if m.list.cursor != 0 || m.overlay != overlayHelp {
		t.Fatal("keys leaked through the help overlay")
	}
	press(m, "esc")
	if m.overlay != overlayNone {
		t.Fatal("esc did not close help")
	}

	o := testOptions()
	o.Title = "file.html"
	m, _ = newTest(t, 5, 140, 40, o)
	press(m, "?")
	if s := screen(m); strings.Contains(s, "reload all") || strings.Contains(s, "feed errors") {
		t.Fatalf("reload keys shown without feeds:\n%s", s)
	}
}

func TestQuitAndEscOrder(t *testing.T) {
	m, _ := newTest(t, 20, 140, 40, testOptions())
	press(m, "/")
	press(m, "esc")
	if m.prompt.active() {
		t.Fatal("esc did not close the prompt")
	}
	if send(m, keyMsg("q")) {
		t.Fatal("q did not quit")
	}
	m, _ = newTest(t, 20, 140, 40, testOptions())
	press(m, ":")
	if send(m, tea.KeyMsg{Type: tea.KeyCtrlC}) {
		t.Fatal("ctrl+c in a prompt did not quit")
	}
}

func TestBadInitialQuery(t *testing.T) {
	o := testOptions()
	o.Query = "nosuch:field"
	m, _ := newTest(t, 10, 140, 40, o)
	mustContain(t, screen(m), `unknown field "nosuch"`, "no articles match")
}

// TestScreenFits draws every panel combination at many sizes: each line
// must be exactly as wide as the terminal, and there must be as many lines
// as it is high, or the terminal scrolls and the screen is garbled.
func TestScreenFits(t *testing.T) {
	states := map[string][]string{
		"plain": nil, "sidebar": {"b"}, "entities": {"e"}, "both": {"b", "tab", "e"},
		"help": {"?"}, "tags": {"t"}, "prompt": {":"}, "vertical": {"\\"},
	}
	for _, size := range [][2]int{{40, 10}, {60, 20}, {80, 24}, {99, 30}, {100, 30}, {140, 40}, {220, 60}} {
		for name, keys := range states {
			m, _ := newTest(t, 50, size[0], size[1], testOptions())
			press(m, keys...)
			lines := strings.Split(screen(m), "\n")
			if len(lines) != size[1] {
				t.Errorf("%dx%d %s: %d lines", size[0], size[1], name, len(lines))
			}
			for i, l := range lines {
				if w := lipgloss.Width(l); w != size[0] {
					t.Errorf("%dx%d %s: line %d is %d wide: %q", size[0], size[1], name, i, w, l)
					break
				}
			}
		}
	}
}
