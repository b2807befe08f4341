package tui

import (
	"context"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"dateline/feed"
)

type focus int

const (
	focusList focus = iota
	focusReader
	focusSidebar
	focusEntities
)

type overlay int

const (
	overlayNone overlay = iota
	overlayHelp
	overlayErrors
	overlayTags
)

// previewDelay is how long the cursor must rest before the article under
// it loads, so that holding j does not fetch every article on the way.
var previewDelay = 120 * time.Millisecond

// Model is the root of the reader. It owns the panes and dispatches:
// key messages go to what has focus, data messages to every pane.
type Model struct {
	b      Backend
	find   finder
	opts   Options
	keys   KeyMap
	st     *Styles
	ctx    context.Context
	cancel context.CancelFunc

	width, height int
	layout        string // auto, horizontal, vertical
	ratio         float64
	focus         focus
	overlay       overlay
	showSidebar   bool
	showEntities  bool
	highlights    bool

	list        listPane
	reader      readerPane
	sidebar     sidebarPane
	ents        entityPane
	prompt      prompt
	tags        tagPicker
	saved       []SavedQuery
	savedUnread map[string]int // by query
	feeds       []feed.FeedInfo
	tagCount    []feed.TagCount

	previewSeq     int
	previewPending bool // the cursor rests on a row whose page is loading
	reload         reloadState
	status         string // the newest notice or error
	statusIsErr    bool
}

// Init shows what is stored at once, then starts the background work.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.listCmd(), loadTags(m.ctx, m.b), loadSavedCounts(m.ctx, m.b, m.saved)}
	if m.opts.Title == "" {
		cmds = append(cmds, loadFeeds(m.ctx, m.b))
		if m.opts.ReloadOnStart {
			cmds = append(cmds, m.startReload(nil))
		}
		if m.opts.AutoReload > 0 {
			cmds = append(cmds, autoReloadTick(m.opts.AutoReload))
		}
	}
	return tea.Batch(cmds...)
}

// Update dispatches on the message's type.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		cmd = m.list.ensure(m.b, m.ctx)
	case tea.KeyMsg:
		cmd = m.handleKey(msg)
	case tea.MouseMsg:
		cmd = m.handleMouse(msg)
	case pageLoadedMsg:
		cmd = m.handlePage(msg)
	case segmentsLoadedMsg:
		m.list.installSegments(msg)
		cmd = m.afterListChange(msg.err)
	case queryTriedMsg:
		cmd = m.handleQueryTried(msg)
	case articleLoadedMsg:
		cmd = m.handleArticle(msg)
	case unreadFoundMsg:
		cmd = m.handleUnreadFound(msg)
	case feedsLoadedMsg:
		m.handleFeeds(msg)
	case tagsLoadedMsg:
		m.handleTags(msg)
	case pageProgressMsg:
		cmd = m.handlePageProgress(msg)
	case reloadProgressMsg:
		cmd = m.handleReloadProgress(msg)
	case reloadDoneMsg:
		cmd = m.handleReloadDone(msg)
	case doneMsg:
		m.handleDone(msg)
	case previewMsg:
		cmd = m.handlePreview(msg)
	case searchTickMsg:
		cmd = m.handleSearchTick(msg)
	case autoReloadMsg:
		cmd = m.handleAutoReload()
	case savedCountsMsg:
		m.handleSavedCounts(msg)
	case statusMsg:
		m.setStatus(string(msg), false)
	}
	m.syncKeys()
	return m, cmd
}

// handleKey sends a key to the prompt or overlay that is open, else to the
// global bindings, else to the focused pane.
func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case msg.Type == tea.KeyCtrlC: // always, even while typing
		m.cancel()
		return tea.Quit
	case m.prompt.active():
		return m.promptKey(msg)
	case m.overlay == overlayTags:
		return m.tagKey(msg)
	case m.overlay != overlayNone:
		if key.Matches(msg, m.keys.Back, m.keys.Help, m.keys.Errors) || key.Matches(msg, m.keys.Quit) {
			m.overlay = overlayNone
		}
		return nil
	}
	if cmd, ok := m.globalKey(msg); ok {
		return cmd
	}
	switch m.focus {
	case focusReader:
		return m.readerKey(msg)
	case focusSidebar:
		return m.sidebarKey(msg)
	case focusEntities:
		return m.entityKey(msg)
	}
	return m.listKey(msg)
}

func (m *Model) setStatus(s string, isErr bool) {
	m.status, m.statusIsErr = s, isErr
}

func (m *Model) now() time.Time { return m.opts.Now() }

// listCmd starts (or restarts) loading the list for its query.
func (m *Model) listCmd() tea.Cmd {
	if m.list.grouped {
		return loadSegments(m.ctx, m.b, m.list.gen, m.list.query)
	}
	return m.list.ensure(m.b, m.ctx)
}

// setQuery makes q the list's filter and loads it.
func (m *Model) setQuery(q string) tea.Cmd {
	m.list.reset(q)
	m.list.height = m.listHeight()
	m.previewSeq++
	return tea.Batch(m.listCmd(), previewAfter(m.previewSeq))
}

// syncKeys enables exactly the bindings that do something now, so help
// shows only live keys.
func (m *Model) syncKeys() {
	k := &m.keys
	open := m.reader.a != nil
	feeds := m.opts.Title == ""
	k.FullText.SetEnabled(open)
	k.OpenBrowser.SetEnabled(open && m.opts.Opener != nil && m.reader.a.Link != "")
	k.OpenLink.SetEnabled(open && m.opts.Opener != nil && len(m.reader.doc.Links) > 0)
	k.Entities.SetEnabled(open)
	k.Reload.SetEnabled(feeds && !m.reload.running && m.list.selected() != nil)
	k.ReloadAll.SetEnabled(feeds && !m.reload.running)
	k.Errors.SetEnabled(feeds)
	k.Group.SetEnabled(feeds)
	k.PromptSave.SetEnabled(m.prompt.kind == promptQuery || m.prompt.kind == promptSearch)
	k.HistoryUp.SetEnabled(m.prompt.kind == promptQuery)
	k.HistoryDown.SetEnabled(m.prompt.kind == promptQuery)
	k.ToggleTag.SetEnabled(m.overlay == overlayTags)
	k.SaveQuery.SetEnabled(m.list.query != "")
}
