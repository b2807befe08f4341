package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// benchModel is a reader on 100,000 articles at 140x40, settled, with an
// article open and highlighted.
func benchModel(b *testing.B) *Model {
	m, _ := newTest(b, 100000, 140, 40, testOptions())
	m.find = fakeFind
	press(m, "j", "k")
	if m.reader.a == nil {
		b.Fatal("no article open")
	}
	return m
}

func BenchmarkView(b *testing.B) {
	m := benchModel(b)
	b.ResetTimer()
	for b.Loop() {
		_ = m.View()
	}
}

// BenchmarkUpdateCursor is one j key press: the Update and the commands it
// returns are not run (they are the work that happens off the UI path).
func BenchmarkUpdateCursor(b *testing.B) {
	m := benchModel(b)
	down, up := keyMsg("j"), keyMsg("k")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		msg := tea.Msg(down)
		if i%2 == 1 {
			msg = up
		}
		m.Update(msg)
		i++
	}
}
