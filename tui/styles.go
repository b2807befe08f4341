package tui

import (
	"fmt"
	"os"
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// Styles are the reader's semantic styles, built once in New.
type Styles struct {
	Title, Muted, Faint, Bold, Error, Warn, Accent lipgloss.Style
	PaneHeader, PaneHeaderFocused, Separator       lipgloss.Style
	Selected, SelectedBlur, Unread, Star, Tag      lipgloss.Style
	Heading, Quote, Pre, Image, Link, LinkRef      lipgloss.Style
	Status, StatusKey, Prompt, PromptErr, Overlay  lipgloss.Style
	Progress, ProgressEmpty, GroupHeader           lipgloss.Style

	// Highlights: one colour per speaker, in order of first quote.
	Speakers     []lipgloss.Style // quote text
	SpeakerNames []lipgloss.Style // the speaker's name: bold, same colour
	Place        lipgloss.Style
	Person       lipgloss.Style // people who are named but not quoted
}

// speakerPalette holds eight adaptive colours that stay apart on light and
// dark backgrounds.
var speakerPalette = []lipgloss.AdaptiveColor{
	{Light: "#0550ae", Dark: "#79c0ff"}, // blue
	{Light: "#a40e26", Dark: "#ff7b72"}, // red
	{Light: "#116329", Dark: "#56d364"}, // green
	{Light: "#8250df", Dark: "#d2a8ff"}, // purple
	{Light: "#9a6700", Dark: "#e3b341"}, // amber
	{Light: "#1b7c83", Dark: "#39c5cf"}, // teal
	{Light: "#bf3989", Dark: "#ff9bce"}, // pink
	{Light: "#953800", Dark: "#ffa657"}, // orange
}

// colors are the semantic colours that the config's [colors] table overrides.
type colors map[string]lipgloss.TerminalColor

func defaultColors() colors {
	c := colors{
		"accent":   lipgloss.AdaptiveColor{Light: "#0550ae", Dark: "#58a6ff"},
		"muted":    lipgloss.AdaptiveColor{Light: "#57606a", Dark: "#8b949e"},
		"error":    lipgloss.AdaptiveColor{Light: "#cf222e", Dark: "#f85149"},
		"warn":     lipgloss.AdaptiveColor{Light: "#9a6700", Dark: "#d29922"},
		"unread":   lipgloss.AdaptiveColor{Light: "#0969da", Dark: "#58a6ff"},
		"star":     lipgloss.AdaptiveColor{Light: "#bf8700", Dark: "#e3b341"},
		"selected": lipgloss.AdaptiveColor{Light: "#ddf4ff", Dark: "#1f3a5f"},
		"place":    lipgloss.AdaptiveColor{Light: "#1a7f37", Dark: "#3fb950"},
		"tag":      lipgloss.AdaptiveColor{Light: "#6639ba", Dark: "#bc8cff"},
	}
	for i, p := range speakerPalette {
		c[fmt.Sprintf("speaker%d", i+1)] = p
	}
	return c
}

// override applies the config's colours ("#rrggbb", an ANSI number, or
// "light,dark"); unknown names are reported.
func (c colors) override(cfg map[string]string) []string {
	var warnings []string
	for name, v := range cfg {
		if _, ok := c[name]; !ok {
			warnings = append(warnings, fmt.Sprintf("colors: unknown colour %q", name))
			continue
		}
		if l, d, ok := strings.Cut(v, ","); ok {
			c[name] = lipgloss.AdaptiveColor{Light: strings.TrimSpace(l), Dark: strings.TrimSpace(d)}
		} else {
			c[name] = lipgloss.Color(strings.TrimSpace(v))
		}
	}
	return warnings
}

// noColor reports whether the user asked for no colour (https://no-color.org).
func noColor() bool { return os.Getenv("NO_COLOR") != "" }

// newStyles builds the styles; with plain set only attributes remain
// (bold, italic, underline, reverse), so the screen still reads without colour.
func newStyles(c colors, plain bool) Styles {
	fg := func(name string) lipgloss.Style {
		s := lipgloss.NewStyle()
		if !plain {
			s = s.Foreground(c[name])
		}
		return s
	}
	sel := lipgloss.NewStyle().Reverse(true)
	if !plain {
		sel = lipgloss.NewStyle().Background(c["selected"])
	}
	s := Styles{
		Title: lipgloss.NewStyle().Bold(true), Bold: lipgloss.NewStyle().Bold(true),
		Muted: fg("muted"), Faint: lipgloss.NewStyle().Faint(true),
		Error: fg("error").Bold(true), Warn: fg("warn"), Accent: fg("accent"),
		PaneHeader: fg("muted").Bold(true), PaneHeaderFocused: fg("accent").Bold(true).Underline(true),
		Separator: fg("muted"), Selected: sel, SelectedBlur: lipgloss.NewStyle().Underline(true),
		Unread: fg("unread").Bold(true), Star: fg("star"), Tag: fg("tag"),
		Heading: fg("accent").Bold(true), Quote: fg("muted").Italic(true), Pre: fg("muted"),
		Image: fg("muted").Italic(true), Link: fg("accent").Underline(true), LinkRef: fg("accent"),
		Status: lipgloss.NewStyle(), StatusKey: fg("accent").Bold(true),
		Prompt: fg("accent").Bold(true), PromptErr: fg("error"),
		Overlay:  lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1),
		Progress: fg("accent"), ProgressEmpty: fg("muted"), GroupHeader: fg("accent").Bold(true),
		Place:  fg("place").Underline(true),
		Person: lipgloss.NewStyle().Italic(true).Faint(true),
	}
	if !plain {
		s.Overlay = s.Overlay.BorderForeground(c["accent"])
	}
	for i := range speakerPalette {
		st := fg(fmt.Sprintf("speaker%d", i+1))
		if plain {
			// Without colour, speakers cannot be told apart, but quotes
			// must still stand out from the text and from other people.
			st = st.Italic(true)
		}
		s.Speakers = append(s.Speakers, st)
		s.SpeakerNames = append(s.SpeakerNames, st.Bold(true))
	}
	if plain {
		s.Person = lipgloss.NewStyle().Faint(true)
	}
	return s
}

// speaker returns the style pair of the i-th speaker; the palette repeats.
func (s *Styles) speaker(i int) (quote, name lipgloss.Style) {
	n := len(s.Speakers)
	return s.Speakers[i%n], s.SpeakerNames[i%n]
}
