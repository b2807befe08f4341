package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
)

// footerView is the prompt (when open), the legend or key hints, and the
// status bar.
func (m *Model) footerView() []string {
	var out []string
	if m.prompt.active() {
		out = append(out, m.promptLines()...)
	} else {
		out = append(out, pad(m.legendLine(), m.width))
	}
	return append(out, m.statusLine())
}

func (m *Model) promptLines() []string {
	p := &m.prompt
	in := m.st.Prompt.Render(p.label()) + p.in.View()
	under := m.st.Muted.Render(truncate(m.promptHint(), m.width))
	if p.err != "" {
		under = m.st.PromptErr.Render(truncate(p.err, m.width))
	}
	return []string{pad(in, m.width), pad(under, m.width)}
}

func (m *Model) promptHint() string {
	switch m.prompt.kind {
	case promptSearch:
		return "enter: keep results · esc: clear · ctrl+s: save"
	case promptQuery:
		return "enter: apply · ↑/↓: history · ctrl+s: save · esc: cancel"
	}
	return "enter: save (empty: use the query) · esc: cancel"
}

// legendLine names each speaker in their colour while highlights are on.
func (m *Model) legendLine() string {
	r := &m.reader
	if r.a == nil {
		return m.shortHelp()
	}
	if !m.highlights {
		return m.st.Muted.Render("highlights off (H)")
	}
	if len(r.speakers) == 0 && len(r.ents.Places) == 0 {
		return m.shortHelp()
	}
	var parts []string
	for i, name := range r.speakers {
		_, st := m.st.speaker(i)
		parts = append(parts, st.Render("■ "+truncate(name, 24)))
	}
	if len(r.ents.Places) > 0 {
		parts = append(parts, m.st.Place.Render("place"))
	}
	if len(r.ents.People) > len(r.speakers) {
		parts = append(parts, m.st.Person.Render("person"))
	}
	return truncateStyled(strings.Join(parts, "  "), m.width)
}

func (m *Model) shortHelp() string {
	var parts []string
	for _, b := range m.keys.ShortHelp() {
		if b.Enabled() {
			parts = append(parts, m.st.StatusKey.Render(b.Help().Key)+" "+m.st.Muted.Render(b.Help().Desc))
		}
	}
	return truncateStyled(strings.Join(parts, "  "), m.width)
}

// statusLine: counts, filter, reload progress, the newest notice, help key.
func (m *Model) statusLine() string {
	unread, total := m.list.totals()
	left := []string{fmt.Sprintf("%d/%d unread", unread, total)}
	if m.opts.Title != "" {
		left = append([]string{m.opts.Title}, left...)
	}
	if m.list.query != "" {
		left = append(left, "filter: "+m.list.query)
	}
	if m.reload.running {
		left = append(left, m.progressView())
	}
	text := strings.Join(left, " · ")
	if m.status != "" {
		text += " · "
	}
	right := " ? help"
	avail := m.width - len(right) - lipgloss.Width(text)
	msg := ""
	if m.status != "" && avail > 0 {
		msg = truncate(m.status, avail)
		if m.statusIsErr {
			msg = m.st.Error.Render(msg)
		}
	}
	line := truncateStyled(text+msg, m.width-len(right))
	return pad(line, m.width-len(right)) + m.st.Muted.Render(right)
}

// progressView is "reloading 3/10 ███░░░░".
func (m *Model) progressView() string {
	done, total := m.reload.done, m.reload.total
	const w = 10
	fill := 0
	if total > 0 {
		fill = w * done / total
	}
	bar := m.st.Progress.Render(strings.Repeat("█", fill)) + m.st.ProgressEmpty.Render(strings.Repeat("░", w-fill))
	s := fmt.Sprintf("reloading %d/%d %s", done, total, bar)
	if m.reload.failed > 0 {
		s += fmt.Sprintf(" (%d failed)", m.reload.failed)
	}
	if m.reload.pages > 0 {
		s += fmt.Sprintf(" · full text %d pages", m.reload.pages)
		if m.reload.pagesFailed > 0 {
			s += fmt.Sprintf(" (%d failed)", m.reload.pagesFailed)
		}
	}
	return s
}

func truncateStyled(s string, width int) string {
	if lipgloss.Width(s) <= width {
		return s
	}
	return pad(s, width)
}

// overlayView is help, feed errors or the tag picker, centred in the body.
func (m *Model) overlayView(height int) []string {
	w := min(m.width-4, 100)
	var lines []string
	title := ""
	switch m.overlay {
	case overlayHelp:
		title = "Keys"
		lines = m.helpLines(w - 4)
	case overlayErrors:
		title = "Feed errors"
		lines = m.errorLines(w - 4)
	case overlayTags:
		title = "Tags"
		lines = m.tags.view(m.st, w-4, height-4)
	}
	lines = append([]string{m.st.Title.Render(title), ""}, lines...)
	if len(lines) > height-2 {
		lines = lines[:max(1, height-2)]
	}
	box := m.st.Overlay.Width(w - 2).Render(strings.Join(lines, "\n"))
	placed := lipgloss.Place(m.width, height, lipgloss.Center, lipgloss.Center, box)
	return strings.Split(placed, "\n")
}

func (m *Model) helpLines(width int) []string {
	h := help.New()
	h.Width = width
	h.ShowAll = true
	h.FullSeparator = "   "
	s := h.FullHelpView(m.keys.FullHelp())
	return append(strings.Split(s, "\n"), "", m.st.Muted.Render("esc or ? closes this help"))
}

func (m *Model) errorLines(width int) []string {
	var out []string
	for _, f := range m.feeds {
		if f.LastError == "" {
			continue
		}
		out = append(out, m.st.Bold.Render(truncate(f.DisplayTitle(), width)))
		out = append(out, "  "+m.st.Error.Render(truncate(f.LastError, width-2)))
		if !f.LastErrorAt.IsZero() {
			out = append(out, "  "+m.st.Muted.Render(truncate(f.URL+" · "+relTime(m.now(), f.LastErrorAt)+" ago", width-2)))
		}
	}
	if len(out) == 0 {
		out = append(out, "Every feed loaded on its last reload.")
	}
	return out
}
