package tui

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// KeyMap holds every binding of the reader. Each field names an action; the
// config's [keys] table rebinds them by the names in actionNames.
type KeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	Open, SwitchPane, Back, Quit, Help      key.Binding
	NextUnread, PrevUnread                  key.Binding
	ToggleRead, Star, MarkAllRead           key.Binding
	OpenBrowser, OpenLink                   key.Binding
	Reload, ReloadAll, FullText             key.Binding
	Search, Query, Tags, SaveQuery          key.Binding
	Sidebar, Entities, Highlights, Errors   key.Binding
	Layout, Shrink, Grow, Group             key.Binding
	// Inside the tag picker and the prompts.
	ToggleTag, PromptSave, HistoryUp, HistoryDown key.Binding
}

func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// DefaultKeyMap returns the bindings of DESIGN.md.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Up:          bind("k/↑", "up", "k", "up"),
		Down:        bind("j/↓", "down", "j", "down"),
		Top:         bind("g", "top", "g", "home"),
		Bottom:      bind("G", "bottom", "G", "end"),
		PageUp:      bind("pgup", "page up", "pgup", "ctrl+u"),
		PageDown:    bind("pgdn", "page down", "pgdown", "ctrl+d", " "),
		Open:        bind("enter", "open", "enter"),
		SwitchPane:  bind("tab", "switch pane", "tab"),
		Back:        bind("esc", "back", "esc"),
		Quit:        bind("q", "quit", "q", "ctrl+c"),
		Help:        bind("?", "help", "?"),
		NextUnread:  bind("n", "next unread", "n"),
		PrevUnread:  bind("N", "prev unread", "N"),
		ToggleRead:  bind("m", "toggle read", "m"),
		Star:        bind("s", "star", "s"),
		MarkAllRead: bind("A", "mark view read", "A"),
		OpenBrowser: bind("o", "open in browser", "o"),
		OpenLink:    bind("1-9", "open link n", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Reload:      bind("r", "reload feed", "r"),
		ReloadAll:   bind("R", "reload all", "R"),
		FullText:    bind("f", "full text", "f"),
		Search:      bind("/", "search", "/"),
		Query:       bind(":", "query", ":"),
		Tags:        bind("t", "tag picker", "t"),
		SaveQuery:   bind("S", "save query", "S"),
		Sidebar:     bind("b", "sidebar", "b"),
		Entities:    bind("e", "entity panel", "e"),
		Highlights:  bind("H", "highlights", "H"),
		Errors:      bind("E", "feed errors", "E"),
		Layout:      bind("\\", "split orientation", "\\"),
		Shrink:      bind("<", "shrink list", "<"),
		Grow:        bind(">", "grow list", ">"),
		Group:       bind("F", "group by feed", "F"),
		ToggleTag:   bind("space", "pick tag", " "),
		PromptSave:  bind("ctrl+s", "save query", "ctrl+s"),
		HistoryUp:   bind("↑", "older query", "up"),
		HistoryDown: bind("↓", "newer query", "down"),
	}
}

// actions maps the config's action names onto the KeyMap's fields.
func (k *KeyMap) actions() map[string]*key.Binding {
	return map[string]*key.Binding{
		"up": &k.Up, "down": &k.Down, "top": &k.Top, "bottom": &k.Bottom,
		"pageup": &k.PageUp, "pagedown": &k.PageDown, "open": &k.Open,
		"switch": &k.SwitchPane, "back": &k.Back, "quit": &k.Quit, "help": &k.Help,
		"next_unread": &k.NextUnread, "prev_unread": &k.PrevUnread,
		"toggle_read": &k.ToggleRead, "star": &k.Star, "mark_all_read": &k.MarkAllRead,
		"open_browser": &k.OpenBrowser, "reload": &k.Reload, "reload_all": &k.ReloadAll,
		"full_text": &k.FullText, "search": &k.Search, "query": &k.Query, "tags": &k.Tags,
		"save_query": &k.SaveQuery, "sidebar": &k.Sidebar, "entities": &k.Entities,
		"highlights": &k.Highlights, "errors": &k.Errors, "layout": &k.Layout,
		"shrink": &k.Shrink, "grow": &k.Grow, "group": &k.Group,
	}
}

// apply rebinds actions from the config. Unknown actions and key names are
// reported; the action keeps its default then.
func (k *KeyMap) apply(cfg map[string][]string) []string {
	var warnings []string
	acts := k.actions()
	names := make([]string, 0, len(cfg))
	for n := range cfg {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b, ok := acts[name]
		if !ok {
			warnings = append(warnings, fmt.Sprintf("keys: unknown action %q", name))
			continue
		}
		keys, bad := normalizeKeys(cfg[name])
		if bad != "" || len(keys) == 0 {
			warnings = append(warnings, fmt.Sprintf("keys: bad key %q for %s; using the default", bad, name))
			continue
		}
		b.SetKeys(keys...)
		b.SetHelp(strings.Join(cfg[name], "/"), b.Help().Desc)
	}
	return warnings
}

// normalizeKeys checks key names against Bubble Tea's and returns the
// first one it does not know.
func normalizeKeys(in []string) ([]string, string) {
	out := make([]string, 0, len(in))
	for _, s := range in {
		n, ok := keyName(s)
		if !ok {
			return nil, s
		}
		out = append(out, n)
	}
	return out, ""
}

var knownKeys = func() map[string]bool {
	m := map[string]bool{}
	for i := -200; i < 200; i++ {
		if s := tea.KeyType(i).String(); s != "" {
			m[s] = true
		}
	}
	return m
}()

func keyName(s string) (string, bool) {
	if s == "space" {
		return " ", true
	}
	if utf8.RuneCountInString(s) == 1 {
		return s, true
	}
	if knownKeys[s] {
		return s, true
	}
	if rest, ok := strings.CutPrefix(s, "alt+"); ok {
		if _, ok := keyName(rest); ok {
			return s, true
		}
	}
	return "", false
}

// ShortHelp is the one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Search, k.Query, k.Tags, k.Help, k.Quit}
}

// FullHelp is the help overlay, grouped by what the keys act on.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown, k.Open, k.SwitchPane, k.NextUnread, k.PrevUnread},
		{k.ToggleRead, k.Star, k.MarkAllRead, k.OpenBrowser, k.OpenLink, k.FullText, k.Reload, k.ReloadAll, k.Errors},
		{k.Search, k.Query, k.SaveQuery, k.Tags, k.ToggleTag, k.PromptSave, k.Sidebar, k.Entities, k.Highlights},
		{k.Layout, k.Shrink, k.Grow, k.Group, k.Help, k.Back, k.Quit},
	}
}
