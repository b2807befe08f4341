package article

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// table collects the text of a table's cells. A small data table is shown
// as aligned rows in a Pre block; anything else (a layout table wrapping a
// whole newsletter, cells with long text) is shown cell by cell as
// paragraphs, since aligning it would help nobody.
type table struct {
	rows      [][][]string // row, cell, paragraphs
	caption   []string
	inCaption bool
}

// Limits for a table to be shown as aligned rows.
const (
	maxTableCols  = 10
	maxCellWidth  = 60
	maxTableWidth = 160
	maxTableRows  = 500
)

func (t *table) row() {
	if t != nil {
		t.rows = append(t.rows, nil)
		t.inCaption = false
	}
}

func (t *table) startCaption() {
	if t != nil {
		t.inCaption = true
	}
}

func (t *table) cell() {
	if t == nil {
		return
	}
	if len(t.rows) == 0 {
		t.row()
	}
	last := len(t.rows) - 1
	t.rows[last] = append(t.rows[last], nil)
	t.inCaption = false
}

func (t *table) add(text string) {
	if t.inCaption {
		t.caption = append(t.caption, text)
		return
	}
	if len(t.rows) == 0 || len(t.rows[len(t.rows)-1]) == 0 {
		t.cell()
	}
	row := t.rows[len(t.rows)-1]
	row[len(row)-1] = append(row[len(row)-1], text)
}

// endTable emits the table that has just been closed.
func (r *renderer) endTable() {
	t := r.table
	if t == nil {
		return
	}
	r.table, r.tables = nil, 0
	for _, c := range t.caption {
		r.emit(Block{Kind: Paragraph, Text: c})
	}
	cells, widths, ok := t.layout()
	if !ok {
		for _, row := range t.rows {
			for _, c := range row {
				for _, p := range c {
					r.emit(Block{Kind: Paragraph, Text: p})
				}
			}
		}
		return
	}
	var b strings.Builder
	for i, row := range cells {
		if i > 0 {
			b.WriteByte('\n')
		}
		var line strings.Builder
		for j, c := range row {
			if j > 0 {
				line.WriteString("  ")
			}
			line.WriteString(c)
			line.WriteString(strings.Repeat(" ", widths[j]-runewidth.StringWidth(c)))
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
	}
	if b.Len() > 0 {
		r.emit(Block{Kind: Pre, Text: b.String()})
	}
}

// layout joins each cell's text into one line and measures the columns. It
// reports false when the table is not a small data table.
func (t *table) layout() (cells [][]string, widths []int, ok bool) {
	for _, row := range t.rows {
		var line []string
		for j, c := range row {
			s := strings.Join(strings.Fields(strings.Join(c, " ")), " ")
			w := runewidth.StringWidth(s)
			if w > maxCellWidth || j >= maxTableCols {
				return nil, nil, false
			}
			if j >= len(widths) {
				widths = append(widths, 0)
			}
			widths[j] = max(widths[j], w)
			line = append(line, s)
		}
		if len(line) > 0 {
			cells = append(cells, line)
		}
	}
	total := 0
	for _, w := range widths {
		total += w + 2
	}
	return cells, widths, len(widths) >= 2 && total <= maxTableWidth && len(cells) <= maxTableRows
}
