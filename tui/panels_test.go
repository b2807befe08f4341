package tui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
	"dateline/feed/article"
	"dateline/feed/entity"
)

// handMade is an article whose entities are given, not found, so the panel
// and the highlighting can be checked whatever the finder does.
func handMade(m *Model) {
	a := m.reader.a
	text := `Ann Lee said "prices will fall" in Paris. Bob Roe said "no".`
	send(m, articleLoadedMsg{a: *a, doc: article.Render(text), ents: entity.Result{
		People: []entity.Person{
			{Name: "Ann Lee", Quoted: true, Mentions: []entity.Span{{Start: 0, End: 7}}},
			{Name: "Bob Roe", Quoted: true, Mentions: []entity.Span{{Start: 42, End: 49}}},
			{Name: "Cy Doe", Mentions: []entity.Span{}},
		},
		Quotes: []entity.Quote{{Start: 14, End: 29, Speaker: "Ann Lee", Direct: true}, {Start: 56, End: 58, Speaker: "Bob Roe", Direct: true}},
		Places: []entity.Place{{Name: "Paris", Country: "FR", Mentions: []entity.Span{{Start: 34, End: 39}}}},
	}})
}

func TestEntityPanelSetsQuery(t *testing.T) {
	m, _ := newTest(t, 20, 140, 40, testOptions())
	handMade(m)
	press(m, "e")
	if !m.showEntities || m.focus != focusEntities {
		t.Fatal("e did not open and focus the entity panel")
	}
	mustContain(t, screen(m), "Entities", "Quoted", "Ann Lee (1)", "prices will fall", "Paris (FR)", "Cy Doe")
	mustContain(t, m.legendLine(), "■ Ann Lee", "■ Bob Roe", "place")
	press(m, "j") // Bob Roe
	press(m, "enter")
	if m.list.query != `speaker:"Bob Roe"` || m.focus != focusList {
		t.Fatalf("query %q focus %v", m.list.query, m.focus)
	}
	press(m, ":")
	if m.prompt.in.Value() != `speaker:"Bob Roe"` {
		t.Fatalf("query not editable in the prompt: %q", m.prompt.in.Value())
	}
	press(m, "esc")
	for i := 0; i < 4 && m.focus != focusEntities; i++ {
		press(m, "tab")
	}
	for i := 0; i < 20 && m.ents.cursor < len(m.ents.items)-1; i++ {
		press(m, "j")
	}
	press(m, "enter")
	if m.list.query != `place:"Paris"` {
		t.Fatalf("place query %q", m.list.query)
	}
}

func TestTagPicker(t *testing.T) {
	m, _ := newTest(t, 40, 140, 40, testOptions())
	press(m, "t")
	mustContain(t, screen(m), "Tags", "politics", "science")
	typeText(m, "scnc")
	if len(m.tags.shown) != 1 {
		t.Fatalf("fuzzy filter kept %d tags", len(m.tags.shown))
	}
	press(m, "enter")
	if m.list.query != `tag:"science"` || m.overlay != overlayNone {
		t.Fatalf("query %q", m.list.query)
	}
	press(m, "t", "space", "down", "space", "enter")
	if m.list.query != `tag:"politics" tag:"world"` {
		t.Fatalf("combined query %q", m.list.query)
	}
	press(m, "t", "esc")
	if m.overlay != overlayNone || m.list.query != `tag:"politics" tag:"world"` {
		t.Fatal("esc changed the query or kept the picker")
	}
}

func TestSidebarSelect(t *testing.T) {
	m, _ := newTest(t, 40, 140, 40, testOptions())
	press(m, "b")
	mustContain(t, screen(m), "Sidebar", "All articles", "Feeds", "Feed 2", "Tags", "sport")
	press(m, "j", "j") // skips the Feeds header: Feed 0, then Feed 1
	press(m, "enter")
	if m.list.query != `feed:"https://feed1.example/rss"` {
		t.Fatalf("sidebar query %q", m.list.query)
	}
	if _, total := m.list.totals(); total != 8 {
		t.Fatalf("feed 1 has %d articles, want 8", total)
	}
	press(m, "b")
	if m.showSidebar {
		t.Fatal("b did not close the sidebar")
	}
}

func TestReloadProgress(t *testing.T) {
	m, f := newTest(t, 40, 140, 40, testOptions())
	m.reload.running = true
	send(m, reloadProgressMsg{done: 3, total: 10})
	mustContain(t, screen(m), "reloading 3/10")
	f.feeds = append(f.feeds[:0:0], f.feeds...)
	lists := len(f.lists)
	send(m, reloadDoneMsg{})
	press(m, "R")
	if m.reload.running {
		t.Fatal("reload still running after all progress")
	}
	if len(f.lists) == lists {
		t.Fatal("the list was not refreshed after the reload")
	}
	mustContain(t, screen(m), "reloaded 5 feeds: 5 new")
}

func TestReloadRunsInBackground(t *testing.T) {
	m, f := newTest(t, 40, 140, 40, testOptions())
	f.reloadCh = make(chan struct{})
	_, cmd := m.Update(keyMsg("R"))
	batch := cmd().(tea.BatchMsg)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); batch[0]() }() // Backend.Reload
	f.reloadCh <- struct{}{}
	msg := batch[1]()
	m.Update(msg)
	mustContain(t, screen(m), "reloading 1/5")
	if !m.reload.running {
		t.Fatal("not running")
	}
	for i := 0; i < 4; i++ {
		f.reloadCh <- struct{}{}
	}
	m.cancel() // quitting stops the drain
	wg.Wait()
}

func TestReloadShowsFailures(t *testing.T) {
	m, _ := newTest(t, 10, 140, 40, testOptions())
	m.reload.running = true
	send(m, reloadProgressMsg{done: 1, total: 2, o: feed.Outcome{URL: "https://x.example/rss", Status: feed.StatusFailed, Err: errText("HTTP 404")}})
	mustContain(t, screen(m), "(1 failed)", "HTTP 404")
	press(m, "E")
	mustContain(t, screen(m), "Feed errors", "Feed 3", "HTTP 503 Service Unavailable")
}

type errText string

func (e errText) Error() string { return string(e) }

func TestUnreadJumpsAcrossPages(t *testing.T) {
	m, f := newTest(t, 2000, 140, 40, testOptions())
	for i := range f.articles {
		f.articles[i].Read = i != 1500 && i != 7
	}
	send(m, keyMsg("R")) // refreshes the list from the backend
	press(m, "n")
	if m.list.cursor != 7 {
		t.Fatalf("n went to %d, want 7", m.list.cursor)
	}
	press(m, "n")
	if m.list.cursor != 1500 {
		t.Fatalf("n went to %d, want 1500 (beyond the cached pages)", m.list.cursor)
	}
	if a := m.list.selected(); a == nil || a.ID != 1501 {
		t.Fatalf("selected %+v", a)
	}
	press(m, "n")
	if m.list.cursor != 1500 || !strings.Contains(m.status, "no more unread") {
		t.Fatalf("n past the last unread: cursor %d status %q", m.list.cursor, m.status)
	}
	press(m, "N")
	if m.list.cursor != 7 {
		t.Fatalf("N went to %d, want 7", m.list.cursor)
	}
}

func TestOpenLinks(t *testing.T) {
	var opened []string
	o := testOptions()
	o.Opener = func(u string) error { opened = append(opened, u); return nil }
	m, _ := newTest(t, 10, 140, 40, o)
	press(m, "o", "1")
	if len(opened) != 2 || opened[0] != "https://feed0.example/story/1" || opened[1] != "https://example.org/more" {
		t.Fatalf("opened %v", opened)
	}
	m.reader.a.Link = "javascript:alert(1)"
	press(m, "o")
	if len(opened) != 2 || !strings.Contains(m.status, "not opening") {
		t.Fatalf("unsafe link opened: %v, status %q", opened, m.status)
	}
}

func TestFullText(t *testing.T) {
	m, _ := newTest(t, 10, 140, 40, testOptions())
	press(m, "f")
	if m.reader.a.FullText == "" {
		t.Fatal("f did not load the full text")
	}
	mustContain(t, screen(m), "The whole story, fetched from the web page.")
}

func TestKeysFromConfig(t *testing.T) {
	o := testOptions()
	o.Keys = map[string][]string{"down": {"x"}, "bogus": {"y"}, "up": {"notakey"}}
	o.Colors = map[string]string{"accent": "#ff0000", "speaker2": "#101010,#f0f0f0", "nosuch": "1"}
	f := newFake(20)
	m, warnings := New(f, o)
	if len(warnings) != 3 || !strings.Contains(strings.Join(warnings, "\n"), `unknown colour "nosuch"`) {
		t.Fatalf("warnings %v", warnings)
	}
	send(m, tea.WindowSizeMsg{Width: 140, Height: 40})
	run(m, m.Init())
	mustContain(t, screen(m), "unknown action")
	press(m, "x", "x")
	if m.list.cursor != 2 {
		t.Fatalf("rebound down: cursor %d", m.list.cursor)
	}
	press(m, "k") // "up" kept its default
	if m.list.cursor != 1 {
		t.Fatalf("default up: cursor %d", m.list.cursor)
	}
}

func TestMouse(t *testing.T) {
	m, _ := newTest(t, 100, 140, 40, testOptions())
	send(m, tea.MouseMsg{X: 5, Y: 10, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.list.cursor != 3 {
		t.Fatalf("wheel in the list: cursor %d", m.list.cursor)
	}
	send(m, tea.MouseMsg{X: 5, Y: 6, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.list.cursor != 5 {
		t.Fatalf("click on row 5: cursor %d", m.list.cursor)
	}
	send(m, tea.MouseMsg{X: 100, Y: 10, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.list.cursor != 5 {
		t.Fatal("wheel over the article moved the list")
	}
}

func TestGroupByFeed(t *testing.T) {
	m, _ := newTest(t, 50, 140, 40, testOptions())
	press(m, "F")
	if !m.list.grouped || len(m.list.segs) != 5 {
		t.Fatalf("grouped %v segs %d", m.list.grouped, len(m.list.segs))
	}
	s := screen(m)
	mustContain(t, s, "▸ Feed 0 (", "by feed")
	press(m, "j")
	if a := m.list.selected(); a == nil || a.FeedTitle != "Feed 0" {
		t.Fatalf("first row under Feed 0: %+v", a)
	}
	press(m, "G")
	if a := m.list.selected(); a == nil || a.FeedTitle != "Feed 4" {
		t.Fatalf("last row: %+v", a)
	}
}

func TestPreviewAfterJumpWaitsForPage(t *testing.T) {
	m, _ := newTest(t, 1000, 140, 40, testOptions())
	_, cmd := m.Update(keyMsg("G"))
	batch := cmd().(tea.BatchMsg)
	// The preview fires before the page arrives: it must wait for it.
	run(m, batch[len(batch)-1])
	if m.reader.a.ID == 1000 {
		t.Fatal("preview without its page")
	}
	run(m, tea.Batch(batch[:len(batch)-1]...))
	if m.reader.a == nil || m.reader.a.ID != 1000 {
		t.Fatalf("reader shows %+v after G, want article 1000", m.reader.a)
	}
}

func TestRefreshKeepsCursorOnArticle(t *testing.T) {
	m, f := newTest(t, 50, 140, 40, testOptions())
	press(m, "j", "j")
	id := m.list.selected().ID
	// Two new articles arrive on top.
	f.articles = append([]feed.Article{f.articles[0], f.articles[1]}, f.articles...)
	f.articles[0].ID, f.articles[1].ID = 900, 901
	send(m, reloadDoneMsg{})
	if a := m.list.selected(); a == nil || a.ID != id || m.list.cursor != 4 {
		t.Fatalf("cursor %d on %+v, want row 4 on article %d", m.list.cursor, a, id)
	}
}

func TestReloadOnStart(t *testing.T) {
	o := testOptions()
	o.ReloadOnStart = true
	m, f := newTest(t, 10, 140, 40, o)
	if f.lists[0] != "" {
		t.Fatalf("first List was %q, want the stored articles first", f.lists[0])
	}
	mustContain(t, screen(m), "reloaded 5 feeds: 5 new")
}

func TestAutoReloadTick(t *testing.T) {
	o := testOptions()
	o.AutoReload = time.Hour
	m, _ := New(newFake(10), o)
	m.Update(tea.WindowSizeMsg{Width: 140, Height: 40})
	if _, cmd := m.Update(autoReloadMsg{}); cmd == nil || !m.reload.running {
		t.Fatal("the tick did not start a reload")
	}
	m.cancel()
}

// pagesFake is a Backend whose reloads also fetch article pages.
type pagesFake struct{ *fakeBackend }

func (p pagesFake) ReloadWithPages(ctx context.Context, urls []string, progress func(int, int, feed.Outcome), pages func(feed.FullTextOutcome)) (feed.Summary, error) {
	progress(1, 1, feed.Outcome{URL: "https://x.example/rss", Status: feed.StatusNew, New: 1})
	pages(feed.FullTextOutcome{ID: 1})
	pages(feed.FullTextOutcome{ID: 2, Failure: "paywall"})
	return feed.Summary{Feeds: 1, Updated: 1, NewArticles: 1, FullTexts: 1, FullTextFailed: 1}, nil
}

func TestReloadShowsFullTextPagesApart(t *testing.T) {
	f := newFake(10)
	m, _ := New(pagesFake{f}, testOptions())
	send(m, tea.WindowSizeMsg{Width: 140, Height: 40})
	cmd := m.startReload(nil)
	// Run the reload, then drain its channel into the model one by one.
	runCmd := cmd().(tea.BatchMsg)
	go runCmd[0]()
	sawPages := false
	for {
		msg := waitProgress(context.Background(), m.reload.ch)()
		m.Update(msg) // not send: its follow-up commands would drain the channel too
		if strings.Contains(screen(m), "full text 2 pages (1 failed)") {
			sawPages = true
		}
		if _, done := msg.(reloadDoneMsg); done {
			break
		}
	}
	if !sawPages {
		t.Errorf("progress never showed the pages apart:\n%s", screen(m))
	}
	mustContain(t, screen(m), "full text: 2 pages, 1 failed")
}
