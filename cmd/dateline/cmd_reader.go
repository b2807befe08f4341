package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"dateline/tui"
)

func cmdReader(a *app, _ []string) error {
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	opt := a.tuiOptions()
	opt.ReloadOnStart = a.cfg.ReloadOnStart
	opt.AutoReload = time.Duration(a.cfg.AutoReload)
	return a.runReader(&storeBackend{Store: a.st, a: a}, opt)
}

func (a *app) tuiOptions() tui.Options {
	opt := tui.Options{
		Keys:        map[string][]string{},
		Colors:      a.cfg.Colors,
		Layout:      a.cfg.Layout,
		ListRatio:   float64(a.cfg.ListRatio) / 100,
		Highlights:  a.cfg.Highlights,
		GroupByFeed: a.cfg.GroupByFeed,
		Opener:      a.openLink,
	}
	for k, v := range a.cfg.Keys {
		opt.Keys[k] = v
	}
	for _, q := range a.cfg.Queries {
		opt.SavedQueries = append(opt.SavedQueries, tui.SavedQuery{Name: q.Name, Query: q.Query})
	}
	return opt
}

func (a *app) runReader(b tui.Backend, opt tui.Options) error {
	m, warnings := tui.New(b, opt)
	for _, w := range warnings {
		a.logger.Printf("config: %s", w)
	}
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(a.ctx))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("reader: %w", err)
	}
	return a.saveQueries(m.SavedQueries())
}

// saveQueries appends the queries saved in the reader to the config file.
func (a *app) saveQueries(qs []tui.SavedQuery) error {
	known := map[string]bool{}
	for _, q := range a.cfg.Queries {
		known[q.Name+"\x00"+q.Query] = true
	}
	var b strings.Builder
	for _, q := range qs {
		if !known[q.Name+"\x00"+q.Query] {
			fmt.Fprintf(&b, "\n[[query]]\nname = %s\nquery = %s\n", tomlString(q.Name), tomlString(q.Query))
		}
	}
	if b.Len() == 0 {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(a.paths.Config), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(a.paths.Config, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("saving queries: %w", err)
	}
	defer f.Close()
	_, err = f.WriteString(b.String())
	return err
}

// openLink opens an http(s) or mailto link in $BROWSER (or the config's
// browser, or xdg-open), executed without a shell.
func (a *app) openLink(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
		return fmt.Errorf("not opening %q: only http, https and mailto links open", raw)
	}
	browser := a.cfg.Browser
	if browser == "" {
		browser = os.Getenv("BROWSER")
	}
	if browser == "" {
		browser = "xdg-open"
	}
	// $BROWSER may be a list; take the first program and its arguments.
	fields := strings.Fields(strings.Split(browser, ":")[0])
	cmd := exec.Command(fields[0], append(fields[1:], u.String())...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, nil, nil
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("opening link: %w", err)
	}
	go cmd.Wait() //nolint:errcheck // the browser outlives nothing of ours
	return nil
}

// tomlString quotes s as a TOML basic string (JSON's escapes are TOML's).
func tomlString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
