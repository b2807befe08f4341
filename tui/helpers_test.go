package tui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Setenv("NO_COLOR", "1")
	previewDelay, searchDelay = time.Millisecond, time.Millisecond
	os.Exit(m.Run())
}

func testOptions() Options {
	return Options{Now: func() time.Time { return fakeNow }, Highlights: true}
}

// newTest builds a reader on a fake of n articles, sized and settled.
func newTest(t testing.TB, n, w, h int, o Options) (*Model, *fakeBackend) {
	t.Helper()
	f := newFake(n)
	m, warnings := New(f, o)
	if len(warnings) > 0 && o.Keys == nil {
		t.Fatalf("warnings: %v", warnings)
	}
	send(m, tea.WindowSizeMsg{Width: w, Height: h})
	run(m, m.Init())
	return m, f
}

// run executes a command and feeds what it returns back into the model,
// until nothing is left; it returns false when the program would quit.
func run(m *Model, cmd tea.Cmd) bool {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case tea.QuitMsg:
			return false
		default:
			_, next := m.Update(msg)
			queue = append(queue, next)
		}
	}
	return true
}

// send delivers one message and runs what follows from it.
func send(m *Model, msg tea.Msg) bool {
	_, cmd := m.Update(msg)
	return run(m, cmd)
}

func keyMsg(s string) tea.KeyMsg {
	switch s {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "pgdown":
		return tea.KeyMsg{Type: tea.KeyPgDown}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
}

// press sends keys one after another; "j" "j" "enter".
func press(m *Model, keys ...string) {
	for _, k := range keys {
		send(m, keyMsg(k))
	}
}

// typeText types each rune of s as its own key.
func typeText(m *Model, s string) {
	for _, r := range s {
		if r == ' ' {
			send(m, keyMsg("space"))
			continue
		}
		send(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func screen(m *Model) string { return m.View() }

func mustContain(t *testing.T, s string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(s, w) {
			t.Fatalf("screen lacks %q:\n%s", w, s)
		}
	}
}

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip("set DUMP=1 to print screens")
	}
	m, _ := newTest(t, 300, 140, 40, testOptions())
	t.Log("\n" + screen(m))
	send(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	t.Log("\n" + screen(m))
}
