package tui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"

	"dateline/feed/entity"
)

// fakeFind stands in for the finder in golden screens, so that they change
// only when the reader does: every "Jane Doe" is a speaker, text in double
// quotes is hers, and "Kyiv" is a place.
func fakeFind(text string) entity.Result {
	rs := []rune(text)
	find := func(word string) []entity.Span {
		var spans []entity.Span
		w := []rune(word)
		for i := 0; i+len(w) <= len(rs); i++ {
			if string(rs[i:i+len(w)]) == word {
				spans = append(spans, entity.Span{Start: i, End: i + len(w)})
			}
		}
		return spans
	}
	res := entity.Result{
		People: []entity.Person{{Name: "Jane Doe", Quoted: true, Mentions: find("Jane Doe")}},
		Places: []entity.Place{{Name: "Kyiv", Country: "UA", Mentions: find("Kyiv")}},
	}
	open := -1
	for i, r := range rs {
		if r == '"' || r == '“' || r == '”' {
			if open < 0 {
				open = i
			} else {
				res.Quotes = append(res.Quotes, entity.Quote{Start: open, End: i + 1, Speaker: "Jane Doe", Direct: true})
				open = -1
			}
		}
	}
	return res
}

func TestGolden(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"140x40", 140, 40}} {
		t.Run(size.name, func(t *testing.T) {
			m, _ := New(newFake(300), testOptions())
			m.find = fakeFind
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(size.w, size.h))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("example.org/more"))
			}, teatest.WithDuration(5*time.Second))
			tm.Type("q")
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*Model)
			view := final.View()
			for i, line := range strings.Split(view, "\n") {
				if w := len([]rune(line)); w != size.w {
					t.Errorf("line %d is %d wide, want %d: %q", i, w, size.w, line)
				}
			}
			golden.RequireEqual(t, []byte(view))
		})
	}
}
