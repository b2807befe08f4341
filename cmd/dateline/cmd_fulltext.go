package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"dateline/feed"
)

// cmdFullText switches full-text fetching for a feed by editing the
// config's top-level `fulltext` list, so the file stays the one place that
// says which feeds are fetched in full.
func cmdFullText(a *app, args []string) error {
	if len(args) != 2 || (args[1] != "on" && args[1] != "off") {
		return usageError{"fulltext: give a feed URL and on or off"}
	}
	u, on := args[0], args[1] == "on"
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	if _, err := a.selectSubs([]string{u}); err != nil {
		return err
	}
	list := slices.DeleteFunc(slices.Clone(a.cfg.FullText), func(s string) bool { return s == u })
	if on {
		list = append(list, u)
	}
	if err := writeFullTextList(a.paths.Config, list); err != nil {
		return fmt.Errorf("config %s: %w", a.paths.Config, err)
	}
	a.cfg.FullText = list
	a.subs = a.withFullText(a.subs)
	if err := a.st.SyncSubscriptions(a.ctx, a.subs); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "full text %s for %s\n", args[1], u)
	return nil
}

// writeFullTextList replaces the top-level `fulltext = [...]` of the config
// (or puts one first), leaving every other line as it was.
func writeFullTextList(path string, urls []string) error {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	quoted := make([]string, len(urls))
	for i, u := range urls {
		quoted[i] = tomlString(u)
	}
	line := "fulltext = [" + strings.Join(quoted, ", ") + "]"
	lines := strings.Split(string(data), "\n")
	start, end := -1, -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			break // tables begin: no top-level key after this
		}
		if strings.HasPrefix(t, "fulltext") && strings.Contains(t, "=") {
			start = i
			for end = i; end < len(lines) && !strings.Contains(lines[end], "]"); end++ {
			}
			break
		}
	}
	if start >= 0 && end < len(lines) {
		lines = slices.Replace(lines, start, end+1, line)
	} else {
		lines = append([]string{line}, lines...)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(strings.Join(lines, "\n")), 0o600); err != nil {
		return err
	}
	if _, err := loadConfig(tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("could not edit the fulltext list safely: %w", err)
	}
	return os.Rename(tmp, path)
}

func cmdFetchFull(a *app, args []string) error {
	fset := newFlagSet("fetch-full")
	q := fset.String("query", "", "")
	limit := fset.Int("limit", 100, "")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	page, err := a.st.List(a.ctx, *q, 0, *limit)
	if err != nil {
		return err
	}
	var (
		wg         sync.WaitGroup
		mu         sync.Mutex
		ok, failed int
		sem        = make(chan struct{}, a.reloadOptions(nil).Jobs)
	)
	for _, it := range page.Items {
		wg.Add(1)
		sem <- struct{}{}
		go func(it feed.Article) {
			defer func() { <-sem; wg.Done() }()
			_, err := a.fetchFull(it)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed++
				fmt.Fprintf(a.stdout, "%d %s: %s\n", it.ID, it.Title, err)
				return
			}
			ok++
		}(it)
	}
	wg.Wait()
	fmt.Fprintf(a.stdout, "full text: %d fetched, %d failed\n", ok, failed)
	return nil
}
