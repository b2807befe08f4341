package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/mattn/go-isatty"

	"dateline/feed"
)

func cmdReload(a *app, args []string) error {
	fs := newFlagSet("reload")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	subs, err := a.selectSubs(fs.Args())
	if err != nil {
		return err
	}
	p := newProgress(a.stdout)
	opt := a.reloadOptions(p.update)
	opt.FullTextProgress = p.fullText
	sum := feed.Reload(a.ctx, subs, a.st, opt)
	p.finish()
	printSummary(a.stdout, sum)
	if sum.Feeds > 0 && sum.Failed == sum.Feeds {
		return exitError{1}
	}
	return nil
}

// progress draws a one-line bar on a terminal and plain lines elsewhere.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	pages int // full-text pages done
}

func newProgress(w io.Writer) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, tty: ok && isatty.IsTerminal(f.Fd())}
}

func (p *progress) update(done, total int, o feed.Outcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.tty {
		fmt.Fprintf(p.w, "[%d/%d] %s: %s\n", done, total, o.URL, outcomeText(o))
		return
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = done * width / total
	}
	bar := strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
	fmt.Fprintf(p.w, "\r%s %d/%d feeds", bar, done, total)
}

// fullText reports article pages apart from feeds: plain lines only, so
// the bar stays "feeds done of total".
func (p *progress) fullText(o feed.FullTextOutcome) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pages++
	if p.tty {
		return // the bar stays on feeds; the summary counts the pages
	}
	status := "stored"
	if o.Failure != "" {
		status = "failed: " + o.Failure
	}
	fmt.Fprintf(p.w, "[full text] %s: %s\n", o.Link, status)
}

func (p *progress) finish() {
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func outcomeText(o feed.Outcome) string {
	switch o.Status {
	case feed.StatusFailed:
		return "failed: " + errText(o.Err)
	case feed.StatusNotModified:
		return "not modified"
	}
	s := fmt.Sprintf("%d new", o.New)
	if o.RedirectedTo != "" {
		s += " (moved permanently to " + o.RedirectedTo + ")"
	}
	return s
}

func errText(err error) string {
	if err == nil {
		return "unknown error"
	}
	return err.Error()
}

func printSummary(w io.Writer, s feed.Summary) {
	fmt.Fprintf(w, "%d feeds in %.1fs: %d new articles; %d updated, %d not modified, %d failed\n",
		s.Feeds, s.Elapsed.Seconds(), s.NewArticles, s.Updated, s.NotModified, s.Failed)
	if s.FullTexts+s.FullTextFailed > 0 {
		fmt.Fprintf(w, "full text: %d pages stored, %d failed\n", s.FullTexts, s.FullTextFailed)
	}
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed %s: %s\n", f.URL, errText(f.Err))
	}
	if s.FinishErr != nil {
		fmt.Fprintf(w, "  the articles are stored, but tidying the search index failed: %v\n", s.FinishErr)
	}
}
