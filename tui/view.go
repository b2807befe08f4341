package tui

import (
	"fmt"
	"strings"
)

// Minimum usable screen; below it the reader says so instead of drawing.
const (
	minWidth  = 40
	minHeight = 10
)

// rect is a pane's place on screen, for the mouse.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// geometry is where everything goes for the current size and toggles.
type geometry struct {
	bodyH            int
	side, list, read rect
	ents             rect
	horizontal       bool
}

func (m *Model) horizontal() bool {
	switch m.layout {
	case layoutHorizontal:
		return true
	case layoutVertical:
		return false
	}
	return m.width >= 100
}

func (m *Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

func (m *Model) footerHeight() int {
	if m.prompt.active() {
		return 3
	}
	return 2
}

// geometry lays out the panes; each rect includes its header line.
func (m *Model) geometry() geometry {
	g := geometry{bodyH: max(1, m.height-m.footerHeight()), horizontal: m.horizontal()}
	x := 0
	if m.showSidebar {
		g.side = rect{0, 0, sidebarWidth - 1, g.bodyH}
		x = sidebarWidth
	}
	rw := max(1, m.width-x)
	if g.horizontal {
		lw := max(20, int(float64(rw)*m.ratio))
		g.list = rect{x, 0, lw, g.bodyH}
		g.read = rect{x + lw + 1, 0, max(1, rw-lw-1), g.bodyH}
	} else {
		lh := max(3, int(float64(g.bodyH)*m.ratio))
		g.list = rect{x, 0, rw, lh}
		g.read = rect{x, lh + 1, rw, max(1, g.bodyH-lh-1)}
	}
	if m.showEntities && g.read.w > entityWidth+20 {
		g.ents = rect{g.read.x + g.read.w - entityWidth + 1, g.read.y, entityWidth - 1, g.read.h}
		g.read.w -= entityWidth
	}
	return g
}

func (m *Model) listHeight() int { return max(1, m.geometry().list.h-1) }

// resize gives every pane its size.
func (m *Model) resize(w, h int) {
	m.width, m.height = w, h
	g := m.geometry()
	m.list.height = max(1, g.list.h-1)
	m.list.clampCursor()
	m.sidebar.height = max(1, g.side.h-1)
	m.ents.height = max(1, g.ents.h-1)
	m.reader.width, m.reader.height = max(1, g.read.w-1), max(1, g.read.h-1)
	m.relayoutReader()
}

// View draws the screen. It formats only what is visible.
func (m *Model) View() string {
	if m.width == 0 {
		return ""
	}
	if m.tooSmall() {
		return m.tooSmallView()
	}
	g := m.geometry()
	var body []string
	if m.overlay != overlayNone {
		body = m.overlayView(g.bodyH)
	} else {
		body = m.bodyView(g)
	}
	return strings.Join(append(body, m.footerView()...), "\n")
}

func (m *Model) tooSmallView() string {
	msg := []string{
		fmt.Sprintf("Terminal too small (%dx%d)", m.width, m.height),
		fmt.Sprintf("dateline needs %dx%d", minWidth, minHeight),
	}
	lines := make([]string, m.height)
	for i, s := range msg {
		if row := m.height/2 - 1 + i; row >= 0 && row < m.height {
			lines[row] = truncate(s, m.width)
		}
	}
	return strings.Join(lines, "\n")
}

// bodyView composes the panes row by row into full-width lines.
func (m *Model) bodyView(g geometry) []string {
	rows := make([]string, g.bodyH)
	var side []string
	if m.showSidebar {
		side = m.paneView("Sidebar", "", m.focus == focusSidebar, g.side.w,
			m.sidebar.view(m.st, g.side.w, m.focus == focusSidebar))
	}
	list := m.paneView("Articles", m.listInfo(), m.focus == focusList, g.list.w,
		m.list.view(m.st, g.list.w, m.focus == focusList, m.now()))
	read := m.paneView("Article", m.readerInfo(), m.focus == focusReader, g.read.w, m.readerLines(g.read.w))
	var ents []string
	if g.ents.w > 0 {
		ents = m.paneView("Entities", "", m.focus == focusEntities, g.ents.w,
			m.ents.view(m.st, g.ents.w, m.focus == focusEntities))
	}
	sep := m.st.Separator.Render("│")
	for i := range rows {
		var sb strings.Builder
		if side != nil {
			sb.WriteString(side[i])
			sb.WriteString(sep)
		}
		m.writeMain(&sb, g, i, list, read, ents, sep)
		rows[i] = sb.String()
	}
	return rows
}

// writeMain writes row i of the list and article area.
func (m *Model) writeMain(sb *strings.Builder, g geometry, i int, list, read, ents []string, sep string) {
	if g.horizontal {
		sb.WriteString(list[i])
		sb.WriteString(sep)
		sb.WriteString(read[i])
		if ents != nil {
			sb.WriteString(sep)
			sb.WriteString(ents[i])
		}
		return
	}
	switch {
	case i < g.list.h:
		sb.WriteString(list[i])
	case i == g.list.h:
		sb.WriteString(m.st.Separator.Render(strings.Repeat("─", g.list.w)))
	default:
		j := i - g.read.y
		sb.WriteString(read[j])
		if ents != nil {
			sb.WriteString(sep)
			sb.WriteString(ents[j])
		}
	}
}

// readerLines is the article indented by one column from the separator.
func (m *Model) readerLines(w int) []string {
	lines := m.reader.view(m.st, "No article open: select one and press enter.")
	for i, l := range lines {
		lines[i] = " " + l
	}
	_ = w
	return lines
}

// paneView puts a header line above a pane's lines.
func (m *Model) paneView(title, info string, focused bool, width int, lines []string) []string {
	mark, style := "  ", m.st.PaneHeader
	if focused {
		mark, style = "▶ ", m.st.PaneHeaderFocused
	}
	head := mark + title
	if info != "" {
		head += " · " + info
	}
	out := make([]string, 0, len(lines)+1)
	out = append(out, style.Render(padPlain(head, width)))
	return append(out, lines...)
}

func (m *Model) listInfo() string {
	unread, total := m.list.totals()
	info := fmt.Sprintf("%d unread / %d", unread, total)
	if m.list.grouped {
		info += " · by feed"
	}
	return info
}

func (m *Model) readerInfo() string {
	r := &m.reader
	if r.a == nil || len(r.lines) == 0 {
		return ""
	}
	if len(r.lines) <= r.height {
		return "all"
	}
	return fmt.Sprintf("%d%%", 100*(r.offset+r.height)/len(r.lines))
}
