package tui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// handleMouse scrolls the pane under the pointer and selects clicked rows.
func (m *Model) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if m.tooSmall() || m.overlay != overlayNone {
		return nil
	}
	g := m.geometry()
	delta := 0
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		delta = -3
	case tea.MouseButtonWheelDown:
		delta = 3
	case tea.MouseButtonLeft:
		if msg.Action != tea.MouseActionPress {
			return nil
		}
		return m.click(g, msg.X, msg.Y)
	default:
		return nil
	}
	switch {
	case g.list.contains(msg.X, msg.Y):
		m.list.move(delta)
		return m.afterMove()
	case g.read.contains(msg.X, msg.Y):
		m.reader.scroll(delta)
	case g.side.contains(msg.X, msg.Y):
		m.sidebar.move(delta)
	case g.ents.contains(msg.X, msg.Y):
		m.ents.move(delta)
	}
	return nil
}

// click focuses the pane clicked; a click on a list row selects it.
func (m *Model) click(g geometry, x, y int) tea.Cmd {
	switch {
	case g.list.contains(x, y):
		m.focus = focusList
		if row := m.list.top + y - g.list.y - 1; y > g.list.y && row < m.list.rows {
			m.list.moveTo(row)
			return m.afterMove()
		}
	case g.read.contains(x, y):
		m.focus = focusReader
	case g.side.contains(x, y):
		m.focus = focusSidebar
	case g.ents.contains(x, y):
		m.focus = focusEntities
	}
	return nil
}
