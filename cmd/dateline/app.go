package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"time"

	"dateline/feed"
	"dateline/feed/samplefeed"
	"dateline/feed/store"
)

// app is one run of the command: its flags, files and output.
type app struct {
	ctx            context.Context
	stdout, stderr io.Writer
	paths          paths
	jobs           int
	debugLog       string

	cfg     Config
	cfgErr  error // a bad config: reported, defaults used
	subs    []feed.Subscription
	st      *store.Store
	logger  *log.Logger
	fetcher *feed.Fetcher
}

// open loads the config and the subscriptions and opens the store, storing
// the built-in sample feed on a first run so that there is always something
// to read.
func (a *app) open() error {
	a.cfg, a.cfgErr = loadConfig(a.paths.Config)
	if a.cfgErr != nil {
		fmt.Fprintf(a.stderr, "dateline: %s\n", a.cfgErr)
	}
	if err := a.openLog(); err != nil {
		return err
	}
	subs, err := a.loadSubscriptions()
	if err != nil {
		return err
	}
	a.subs = subs
	st, err := store.Open(a.paths.DB)
	if err != nil {
		return err
	}
	a.st = st
	a.st.SetRetention(a.cfg.Retention)
	if err := a.st.SyncSubscriptions(a.ctx, a.subs); err != nil {
		return fmt.Errorf("store %s: %w", a.paths.DB, err)
	}
	if err := a.st.SetRules(a.ctx, a.rules()); err != nil {
		fmt.Fprintf(a.stderr, "dateline: config %s: rule: %s\n", a.paths.Config, err)
	}
	a.fetcher = feed.NewFetcher(feed.FetcherOptions{
		Timeout:   time.Duration(a.cfg.Timeout),
		UserAgent: feed.UserAgent(version),
	})
	return a.storeSampleOnFirstRun()
}

func (a *app) close() {
	if a.st != nil {
		a.st.Close()
	}
}

func (a *app) openLog() error {
	if a.debugLog == "" {
		a.logger = log.New(io.Discard, "", 0)
		return nil
	}
	f, err := os.OpenFile(a.debugLog, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("debug log: %w", err)
	}
	a.logger = log.New(f, "", log.LstdFlags|log.Lmicroseconds)
	return nil
}

// loadSubscriptions reads the urls file. With no file at the default place
// (a first run), it writes the starter list there so the user can edit it.
func (a *app) loadSubscriptions() ([]feed.Subscription, error) {
	data, err := os.ReadFile(a.paths.URLs)
	if errors.Is(err, fs.ErrNotExist) {
		subs := feed.StarterSubscriptions()
		if werr := a.writeSubscriptions(subs); werr != nil {
			a.logger.Printf("writing starter urls: %v", werr)
		}
		return a.withFullText(subs), nil
	}
	if err != nil {
		return nil, fmt.Errorf("urls file: %w", err)
	}
	subs, err := feed.ParseURLs(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.paths.URLs, err)
	}
	return a.withFullText(subs), nil
}

func (a *app) withFullText(subs []feed.Subscription) []feed.Subscription {
	on := make(map[string]bool, len(a.cfg.FullText))
	for _, u := range a.cfg.FullText {
		on[u] = true
	}
	for i := range subs {
		subs[i].FullText = subs[i].FullText || on[subs[i].URL]
	}
	return subs
}

// writeSubscriptions replaces the urls file atomically.
func (a *app) writeSubscriptions(subs []feed.Subscription) error {
	if err := os.MkdirAll(filepath.Dir(a.paths.URLs), 0o700); err != nil {
		return err
	}
	var buf bytes.Buffer
	buf.WriteString("# dateline subscriptions (newsboat format): URL tag \"tag with spaces\" \"~Title\" \"!\"\n")
	if err := feed.WriteURLs(&buf, subs); err != nil {
		return err
	}
	tmp := a.paths.URLs + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, a.paths.URLs)
}

func (a *app) rules() []store.Rule {
	rs := make([]store.Rule, 0, len(a.cfg.Rules))
	for _, r := range a.cfg.Rules {
		rs = append(rs, store.Rule{Tag: r.Tag, Match: r.Match})
	}
	return rs
}

// storeSampleOnFirstRun loads the embedded sample feed when it is
// subscribed and was never stored: it is local, so this takes milliseconds.
func (a *app) storeSampleOnFirstRun() error {
	for _, s := range a.subs {
		if s.URL != samplefeed.URL {
			continue
		}
		page, err := a.st.List(a.ctx, `feed:"`+samplefeed.URL+`"`, 0, 1)
		if err != nil || page.Total > 0 {
			return err
		}
		feed.Reload(a.ctx, []feed.Subscription{s}, a.st, a.reloadOptions(nil))
	}
	return nil
}

func (a *app) reloadOptions(progress func(done, total int, o feed.Outcome)) feed.ReloadOptions {
	jobs := a.cfg.Jobs
	if a.jobs > 0 {
		jobs = a.jobs
	}
	return feed.ReloadOptions{Jobs: jobs, PerHost: a.cfg.PerHost, Fetcher: a.fetcher, Progress: progress}
}

// selectSubs returns the subscriptions named by urls, or all of them.
func (a *app) selectSubs(urls []string) ([]feed.Subscription, error) {
	if len(urls) == 0 {
		return a.subs, nil
	}
	var out []feed.Subscription
	for _, u := range urls {
		found := false
		for _, s := range a.subs {
			if s.URL == u {
				out = append(out, s)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("%s is not a subscription (see 'dateline feeds')", u)
		}
	}
	return out, nil
}
