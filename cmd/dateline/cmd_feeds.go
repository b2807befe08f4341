package main

import (
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"dateline/feed"
	"dateline/feed/samplefeed"
)

func cmdFeeds(a *app, args []string) error {
	if err := noArgs("feeds", args); err != nil {
		return err
	}
	if err := a.open(); err != nil {
		return err
	}
	defer a.close()
	infos, err := a.st.Feeds(a.ctx)
	if err != nil {
		return err
	}
	for _, f := range infos {
		fmt.Fprintf(a.stdout, "%s\n  %s\n", f.DisplayTitle(), f.URL)
		line := fmt.Sprintf("  %d articles, %d unread, updated %s", f.Articles, f.Unread, ago(f.LastUpdate))
		if len(f.Tags) > 0 {
			line += "; tags: " + strings.Join(f.Tags, ", ")
		}
		if f.Hidden {
			line += "; hidden"
		}
		if f.FullText {
			line += "; full text"
		}
		fmt.Fprintln(a.stdout, line)
		if f.RedirectedTo != "" {
			fmt.Fprintf(a.stdout, "  moved permanently to %s (update the urls file)\n", f.RedirectedTo)
		}
		if f.LastError != "" {
			fmt.Fprintf(a.stdout, "  last error (%s): %s\n", ago(f.LastErrorAt), f.LastError)
		}
	}
	return nil
}

func ago(t time.Time) string {
	if t.IsZero() {
		return "never"
	}
	d := time.Since(t).Round(time.Minute)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%dm ago", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh ago", int(d.Hours()))
	default:
		return fmt.Sprintf("%dd ago", int(d.Hours()/24))
	}
}

func noArgs(name string, args []string) error {
	fs := newFlagSet(name)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("%s: unexpected argument %q", name, fs.Arg(0))}
	}
	return nil
}

// checkFeedURL accepts http(s) and file URLs, the built-in sample, and local
// paths that exist.
func checkFeedURL(raw string) error {
	if raw == samplefeed.URL {
		return nil
	}
	u, err := url.Parse(raw)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return nil
	}
	if err == nil && u.Scheme == "file" {
		raw = u.Path
	}
	if _, serr := os.Stat(raw); serr == nil {
		return nil
	}
	return fmt.Errorf("%q is neither an http(s) URL nor a readable file", raw)
}

func cmdAdd(a *app, args []string) error {
	if len(args) < 1 {
		return usageError{"add: give a feed URL and optional tags"}
	}
	if err := checkFeedURL(args[0]); err != nil {
		return usageError{"add: " + err.Error()}
	}
	defer a.close()
	return a.editSubscriptions(func(subs []feed.Subscription) ([]feed.Subscription, string, error) {
		for _, s := range subs {
			if s.URL == args[0] {
				return nil, "", fmt.Errorf("already subscribed to %s", args[0])
			}
		}
		subs = append(subs, feed.Subscription{URL: args[0], Tags: args[1:]})
		return subs, "added " + args[0] + "; run 'dateline reload' to fetch it", nil
	})
}

func cmdRemove(a *app, args []string) error {
	if len(args) != 1 {
		return usageError{"remove: give one feed URL"}
	}
	defer a.close()
	err := a.editSubscriptions(func(subs []feed.Subscription) ([]feed.Subscription, string, error) {
		i := slices.IndexFunc(subs, func(s feed.Subscription) bool { return s.URL == args[0] })
		if i < 0 {
			return nil, "", fmt.Errorf("%s is not a subscription (see 'dateline feeds')", args[0])
		}
		return slices.Delete(subs, i, i+1), "removed " + args[0], nil
	})
	if err != nil {
		return err
	}
	return a.st.RemoveFeed(a.ctx, args[0])
}

func cmdTag(a *app, args []string) error {
	if len(args) < 1 {
		return usageError{"tag: give a feed URL and its tags (none clears them)"}
	}
	defer a.close()
	return a.editSubscriptions(func(subs []feed.Subscription) ([]feed.Subscription, string, error) {
		for i := range subs {
			if subs[i].URL == args[0] {
				subs[i].Tags = args[1:]
				return subs, fmt.Sprintf("%s: tags %q", args[0], args[1:]), nil
			}
		}
		return nil, "", fmt.Errorf("%s is not a subscription (see 'dateline feeds')", args[0])
	})
}

func cmdImport(a *app, args []string) error {
	if len(args) != 1 {
		return usageError{"import: give one OPML file"}
	}
	f, err := os.Open(args[0])
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	in, err := feed.ReadOPML(f)
	if err != nil {
		return fmt.Errorf("import %s: %w", args[0], err)
	}
	defer a.close()
	return a.editSubscriptions(func(subs []feed.Subscription) ([]feed.Subscription, string, error) {
		added := 0
		for _, s := range in {
			if !slices.ContainsFunc(subs, func(o feed.Subscription) bool { return o.URL == s.URL }) {
				subs = append(subs, s)
				added++
			}
		}
		return subs, fmt.Sprintf("imported %d new feeds (%d in the file)", added, len(in)), nil
	})
}

func cmdExport(a *app, args []string) error {
	if err := noArgs("export", args); err != nil {
		return err
	}
	a.cfg, a.cfgErr = loadConfig(a.paths.Config)
	if err := a.openLog(); err != nil {
		return err
	}
	subs, err := a.loadSubscriptions()
	if err != nil {
		return err
	}
	return feed.WriteOPML(a.stdout, subs)
}

// editSubscriptions changes the urls file and brings the store in step. The
// caller closes the app.
func (a *app) editSubscriptions(edit func([]feed.Subscription) ([]feed.Subscription, string, error)) error {
	if err := a.open(); err != nil {
		return err
	}
	subs, msg, err := edit(slices.Clone(a.subs))
	if err != nil {
		return err
	}
	if err := a.writeSubscriptions(subs); err != nil {
		return fmt.Errorf("writing %s: %w", a.paths.URLs, err)
	}
	a.subs = a.withFullText(subs)
	if err := a.st.SyncSubscriptions(a.ctx, a.subs); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout, msg)
	return nil
}
