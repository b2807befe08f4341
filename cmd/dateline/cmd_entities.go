package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"dateline/feed/article"
	"dateline/feed/entity"
)

// savedArticle is an article read from a file for `entities` and `read`.
type savedArticle struct {
	Path  string
	Title string
	Date  time.Time
	Body  string // what the reader renders: the file without its title line
	Text  string // what entity offsets refer to: the file as text
	HTML  bool
}

var dateLine = regexp.MustCompile(`^\s*date (\d{4}-\d{2}-\d{2})\s+`)

const maxSavedFile = 8 << 20

// loadSaved reads a plain-text or HTML article. A plain-text article may
// start with "date YYYY-MM-DD Title" on its first line.
func loadSaved(path string) (savedArticle, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return savedArticle{}, err
	}
	if fi.Size() > maxSavedFile {
		return savedArticle{}, fmt.Errorf("%s: larger than %d MiB", path, maxSavedFile>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return savedArticle{}, err
	}
	raw := article.SanitizeText(string(data))
	s := savedArticle{Path: path, Title: filepath.Base(path)}
	if isHTML(path, raw) {
		s.HTML = true
		s.Body = raw
		s.Text = article.Render(raw).Text()
		if t := htmlTitle(raw); t != "" {
			s.Title = t
		}
		return s, nil
	}
	s.Text = raw
	first, rest, _ := strings.Cut(raw, "\n")
	if m := dateLine.FindStringSubmatch(first); m != nil {
		if d, err := time.Parse("2006-01-02", m[1]); err == nil {
			s.Date = d
		}
		first = first[len(m[0]):]
	}
	if t := strings.TrimSpace(first); t != "" {
		s.Title = t
		s.Body = rest
	} else {
		s.Body = raw
	}
	return s, nil
}

func isHTML(path, text string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.HasPrefix(head, "<p>") || strings.HasPrefix(head, "<article")
}

var titleTag = regexp.MustCompile(`(?is)<title[^>]*>(.*?)</title>`)

func htmlTitle(s string) string {
	if m := titleTag.FindStringSubmatch(s); m != nil {
		return article.StripTags(m[1])
	}
	return ""
}

func cmdEntities(a *app, args []string) error {
	fs := newFlagSet("entities")
	asJSON := fs.Bool("json", false, "")
	asText := fs.Bool("text", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"entities: give one or more article files"}
	}
	if *asJSON && *asText {
		return usageError{"entities: --json and --text do not go together"}
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, path := range fs.Args() {
		s, err := loadSaved(path)
		if err != nil {
			fmt.Fprintf(a.stderr, "dateline: %s\n", err)
			failed++
			continue
		}
		switch {
		case *asText:
			fmt.Fprintln(a.stdout, s.Text)
		case *asJSON:
			if err := enc.Encode(entityRecord{File: path, Result: entity.Find(s.Text)}); err != nil {
				return err
			}
		default:
			printHighlighted(a.stdout, s, entity.Find(s.Text))
		}
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// entityRecord is one line of `entities --json` (the contract in DESIGN.md).
type entityRecord struct {
	File string `json:"file"`
	entity.Result
}

// printHighlighted writes the text with speakers, their quotes and places
// in colour, followed by a legend.
func printHighlighted(w io.Writer, s savedArticle, res entity.Result) {
	r := lipgloss.NewRenderer(w, termenv.WithColorCache(true))
	hl := newHighlighter(r, res)
	fmt.Fprintf(w, "== %s\n", s.Path)
	fmt.Fprintln(w, hl.apply(s.Text))
	fmt.Fprintln(w, hl.legend())
}
