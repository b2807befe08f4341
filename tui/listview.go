package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/mattn/go-runewidth"

	"dateline/feed"
)

// Rendering of the list: only the rows on screen are ever formatted.

// view returns exactly height lines of width cells.
func (l *listPane) view(st *Styles, width int, focused bool, now time.Time) []string {
	out := make([]string, 0, l.height)
	if l.rows == 0 {
		msg := "loading…"
		if l.ready {
			msg = "no articles match"
			if l.query != "" {
				msg += " " + l.query
			}
		}
		out = append(out, st.Muted.Render(truncate(msg, width)))
	}
	for row := l.top; row < l.rows && len(out) < l.height; row++ {
		out = append(out, l.rowView(row, st, width, focused, now))
	}
	blank := strings.Repeat(" ", width)
	for len(out) < l.height {
		out = append(out, blank)
	}
	return out
}

func (l *listPane) rowView(row int, st *Styles, width int, focused bool, now time.Time) string {
	sel := row == l.cursor
	seg, idx := l.locate(row)
	var line string
	switch a := l.item(row); {
	case idx < 0:
		s := l.segs[seg]
		line = st.GroupHeader.Render(padPlain(fmt.Sprintf("▸ %s (%d/%d)", s.title, s.unread, s.total), width))
	case a == nil:
		line = st.Faint.Render(padPlain("    ···", width-1))
	default:
		line = articleRow(a, st, width-1, sel, now)
	}
	cur := " "
	if sel {
		cur = "▸"
	}
	if idx >= 0 {
		line = cur + line
	}
	if !sel {
		return line
	}
	if focused {
		return st.Selected.Render(ansiStrip(line, width))
	}
	return st.SelectedBlur.Render(ansiStrip(line, width))
}

// articleRow is "● ★ Title #tag   Feed  3h", fitted to width.
func articleRow(a *feed.Article, st *Styles, width int, plain bool, now time.Time) string {
	marker, star := " ", " "
	if !a.Read {
		marker = "●"
	}
	if a.Starred {
		star = "★"
	}
	date := fmt.Sprintf("%5s", relTime(now, a.Published))
	fw := 0
	if width >= 50 {
		fw = min(16, width/4)
	}
	tw := width - 4 - 6
	if fw > 0 {
		tw -= fw + 1
	}
	title := truncate(a.Title, tw)
	tags := ""
	if rest := tw - runewidth.StringWidth(title) - 1; rest > 3 && len(a.Tags) > 0 {
		tags = truncate(compactTags(a.Tags), rest)
	}
	fill := strings.Repeat(" ", max(0, tw-runewidth.StringWidth(title)-tagWidth(tags)))
	feedCol := ""
	if fw > 0 {
		feedCol = " " + padPlain(a.FeedTitle, fw)
	}
	if plain {
		return marker + " " + star + " " + title + spaced(tags) + fill + feedCol + " " + date
	}
	if !a.Read {
		marker, title = st.Unread.Render(marker), st.Bold.Render(title)
	}
	return marker + " " + st.Star.Render(star) + " " + title + st.Tag.Render(spaced(tags)) + fill +
		st.Muted.Render(feedCol+" "+date)
}

func spaced(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

func tagWidth(tags string) int {
	if tags == "" {
		return 0
	}
	return 1 + runewidth.StringWidth(tags)
}

// compactTags shows the user's and rules' tags first, as #name.
func compactTags(tags []feed.Tag) string {
	var parts []string
	for _, pass := range []bool{true, false} {
		for _, t := range tags {
			if (t.Source != feed.TagFeed) == pass {
				parts = append(parts, "#"+t.Name)
			}
		}
	}
	return strings.Join(parts, " ")
}

// ansiStrip is for the selected row, which is drawn in one style.
func ansiStrip(s string, width int) string {
	return pad(stripANSI(s), width)
}

// relTime is "now", "5m", "3h", "2d", then a date.
func relTime(now, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "now"
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh", int(d.Hours()))
	case d < 60*24*time.Hour:
		return fmt.Sprintf("%dd", int(d.Hours()/24))
	case t.Year() == now.Year():
		return t.Format("Jan 2")
	}
	return t.Format("2006")
}
