package main

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"dateline/feed/entity"
)

// speakerColors are told apart on dark and light terminals alike.
var speakerColors = []lipgloss.AdaptiveColor{
	{Light: "#B8336A", Dark: "#FF79C6"},
	{Light: "#1F6FB2", Dark: "#6CB6FF"},
	{Light: "#2E7D32", Dark: "#7EE787"},
	{Light: "#B35900", Dark: "#FFA657"},
	{Light: "#6A3FB5", Dark: "#D2A8FF"},
	{Light: "#00796B", Dark: "#56D4DD"},
	{Light: "#8D6E00", Dark: "#E3B341"},
	{Light: "#A83232", Dark: "#FF7B72"},
}

// highlighter styles the spans of an entity.Result in a text, for the
// command line's `entities` output.
type highlighter struct {
	res      entity.Result
	speakers []string
	styles   []lipgloss.Style // one per speaker
	quote    []lipgloss.Style
	place    lipgloss.Style
	person   lipgloss.Style
}

func newHighlighter(r *lipgloss.Renderer, res entity.Result) *highlighter {
	h := &highlighter{res: res}
	for _, q := range res.Quotes {
		if q.Speaker != "" && h.index(q.Speaker) < 0 {
			h.speakers = append(h.speakers, q.Speaker)
		}
	}
	for i := range h.speakers {
		c := speakerColors[i%len(speakerColors)]
		h.styles = append(h.styles, r.NewStyle().Foreground(c).Bold(true))
		h.quote = append(h.quote, r.NewStyle().Foreground(c))
	}
	h.place = r.NewStyle().Underline(true).Foreground(lipgloss.AdaptiveColor{Light: "#00695C", Dark: "#4DD0E1"})
	h.person = r.NewStyle().Italic(true)
	return h
}

func (h *highlighter) index(name string) int {
	for i, s := range h.speakers {
		if s == name {
			return i
		}
	}
	return -1
}

// apply returns text with every span styled; later, narrower spans (names
// inside quotes) win over wider ones.
func (h *highlighter) apply(text string) string {
	runes := []rune(text)
	style := make([]*lipgloss.Style, len(runes))
	set := func(start, end int, st *lipgloss.Style) {
		for i := max(start, 0); i < min(end, len(runes)); i++ {
			style[i] = st
		}
	}
	for _, q := range h.res.Quotes {
		if i := h.index(q.Speaker); i >= 0 {
			set(q.Start, q.End, &h.quote[i])
		}
	}
	for _, p := range h.res.Places {
		for _, m := range p.Mentions {
			set(m.Start, m.End, &h.place)
		}
	}
	for _, p := range h.res.People {
		st := &h.person
		if i := h.index(p.Name); i >= 0 {
			st = &h.styles[i]
		}
		for _, m := range p.Mentions {
			set(m.Start, m.End, st)
		}
	}
	var b strings.Builder
	for i := 0; i < len(runes); {
		j := i + 1
		for runes[i] != '\n' && j < len(runes) && style[j] == style[i] && runes[j] != '\n' {
			j++
		}
		if style[i] == nil || runes[i] == '\n' {
			b.WriteString(string(runes[i:j]))
		} else {
			b.WriteString(style[i].Render(string(runes[i:j])))
		}
		i = j
	}
	return b.String()
}

// legend names each speaker in their colour and shows the place style.
func (h *highlighter) legend() string {
	parts := make([]string, 0, len(h.speakers)+1)
	for i, s := range h.speakers {
		parts = append(parts, h.styles[i].Render(s))
	}
	parts = append(parts, h.place.Render("place"), h.person.Render("person"))
	return "Speakers: " + strings.Join(parts, " · ")
}
