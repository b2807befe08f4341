// Package tui is dateline's interactive reader: a split pane with the
// article list on one side and the article on the other, with quoted people,
// their quotes and places highlighted. It talks to the outside world only
// through a Backend, and only from inside tea.Cmds.
package tui

import (
	"context"
	"time"

	"github.com/charmbracelet/lipgloss"

	"dateline/feed/entity"
)

// SavedQuery is a named filter shown in the sidebar.
type SavedQuery struct {
	Name  string
	Query string
}

// Options configure the reader; the zero value is usable.
type Options struct {
	Keys         map[string][]string // action -> keys, from the config's [keys] table
	Colors       map[string]string   // semantic colour -> "#rrggbb", ANSI number or "light,dark"
	Layout       string              // "auto" (default), "horizontal" or "vertical"
	ListRatio    float64             // share of the list pane, 0.2-0.8; default 0.4
	SavedQueries []SavedQuery
	// ReloadOnStart reloads every feed in the background once the stored
	// articles are shown; AutoReload repeats that while it is > 0.
	ReloadOnStart bool
	AutoReload    time.Duration
	// Highlights starts with entity highlighting on (the config's default
	// is true; H toggles it).
	Highlights  bool
	GroupByFeed bool
	Now         func() time.Time // the clock for relative dates; time.Now when nil
	Query       string           // the initial filter
	// Title, when set, names a fixed set of articles (`dateline read FILE`):
	// there are no feeds to reload and no sidebar of feeds.
	Title string
	// Opener opens a link in a browser; it is only ever called from a
	// tea.Cmd and only with http, https and mailto URLs.
	Opener func(url string) error
}

// Layout orientations.
const (
	layoutAuto       = "auto"
	layoutHorizontal = "horizontal"
	layoutVertical   = "vertical"
)

// New builds the reader. The warnings name config entries that were
// ignored (unknown actions, bad key or colour names); the reader shows the
// first of them in its status bar too.
func New(b Backend, o Options) (*Model, []string) {
	keys := DefaultKeyMap()
	warnings := keys.apply(o.Keys)
	cols := defaultColors()
	warnings = append(warnings, cols.override(o.Colors)...)
	if !noColor() {
		// Ask the terminal once, before the program owns its input.
		lipgloss.HasDarkBackground()
	}
	st := newStyles(cols, noColor())
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.ListRatio < 0.2 || o.ListRatio > 0.8 {
		o.ListRatio = 0.4
	}
	switch o.Layout {
	case layoutHorizontal, layoutVertical:
	default:
		o.Layout = layoutAuto
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &Model{
		b: b, find: entity.Find, opts: o, keys: keys, st: &st, ctx: ctx, cancel: cancel,
		list: newListPane(o.Query), reader: newReaderPane(),
		highlights: o.Highlights,
		saved:      append([]SavedQuery(nil), o.SavedQueries...),
		ratio:      o.ListRatio, layout: o.Layout,
	}
	m.list.grouped = o.GroupByFeed && o.Title == ""
	m.list.reset(o.Query)
	m.prompt = newPrompt()
	m.tags = newTagPicker()
	if len(warnings) > 0 {
		m.status = warnings[0]
	}
	m.syncKeys()
	return m, warnings
}

// SavedQueries returns the saved queries, including those saved in this
// session, so that the caller can write them back to the config.
func (m *Model) SavedQueries() []SavedQuery {
	return append([]SavedQuery(nil), m.saved...)
}
