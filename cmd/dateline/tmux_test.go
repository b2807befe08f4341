package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives the built binary in a real terminal.
type tmuxSession struct {
	t    *testing.T
	name string
	sock string
}

func startTmux(t *testing.T, w, h int, command string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	dir, err := os.MkdirTemp("", "dl") // socket paths must stay short
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	s := &tmuxSession{t: t, name: "dateline-test", sock: filepath.Join(dir, "sock")}
	s.tmux("new-session", "-d", "-s", s.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), command)
	t.Cleanup(func() { exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) screen() string { return s.tmux("capture-pane", "-p", "-t", s.name) }

func (s *tmuxSession) keys(k ...string) {
	s.t.Helper()
	for _, key := range k {
		s.tmux("send-keys", "-t", s.name, key)
		time.Sleep(60 * time.Millisecond)
	}
}

// waitFor polls the screen until cond holds, or fails with the last screen.
func (s *tmuxSession) waitFor(what string, cond func(string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		scr := s.screen()
		if cond(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s; screen:\n%s", what, scr)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

var selectedRow = regexp.MustCompile(`(?m)^▸.*?(Feed \d+ story \d+)`)

// selected returns the title of the list row under the cursor.
func selected(scr string) string {
	if m := selectedRow.FindStringSubmatch(scr); m != nil {
		return m[1]
	}
	return ""
}

// articleTitle returns the first "Feed N story M" right of the pane
// divider, that is, in the article pane.
func articleTitle(scr string) string {
	for _, line := range strings.Split(scr, "\n") {
		_, right, ok := strings.Cut(line, "│")
		if !ok {
			continue
		}
		if m := storyTitle.FindString(right); m != "" {
			return m
		}
	}
	return ""
}

var storyTitle = regexp.MustCompile(`Feed \d+ story \d+`)

func TestReaderInTmux(t *testing.T) {
	bin := buildBinary(t)
	env := newTestEnv(t)
	srv := newFeedServer(t, 4)
	env.writeURLs(srv.url(1), srv.url(2), srv.url(3))
	os.WriteFile(env.conf, []byte("reload-on-start = false\n"), 0o600)
	// Store the feeds first, so the reader opens on them.
	if out, err := exec.Command(bin, "--urls", env.urls, "--db", env.db, "--config", env.conf, "reload").CombinedOutput(); err != nil {
		t.Fatalf("reload: %v\n%s", err, out)
	}
	status := filepath.Join(env.dir, "status")
	cmd := fmt.Sprintf("env HOME=%q XDG_CONFIG_HOME=%q XDG_DATA_HOME=%q %q --urls %q --db %q --config %q; echo $? > %q",
		env.dir, os.Getenv("XDG_CONFIG_HOME"), os.Getenv("XDG_DATA_HOME"), bin, env.urls, env.db, env.conf, status)
	s := startTmux(t, 140, 40, cmd)

	// Side by side at 140 columns: the selected row on the left, the same
	// article in the right half.
	scr := s.waitFor("the list and the article side by side", func(scr string) bool {
		return selected(scr) != "" && articleTitle(scr) == selected(scr) && strings.Contains(scr, "12 unread")
	})
	first := selected(scr)

	s.keys("j")
	scr = s.waitFor("the cursor to move", func(scr string) bool { return selected(scr) != first })
	second := selected(scr)
	s.keys("Enter")
	scr = s.waitFor("the second article to open and be marked read", func(scr string) bool {
		return articleTitle(scr) == second && strings.Contains(scr, "11 unread")
	})

	// n jumps to the next unread article below the cursor and shows it;
	// enter then marks it read.
	s.keys("Tab", "n")
	scr = s.waitFor("n to show the next unread", func(scr string) bool {
		sel := selected(scr)
		return sel != second && sel != first && articleTitle(scr) == sel
	})
	s.keys("Enter")
	s.waitFor("enter to mark it read", func(scr string) bool { return strings.Contains(scr, "10 unread") })

	// R reloads in the background and shows progress while a feed is slow.
	srv.mu.Lock()
	srv.slow[3] = 2 * time.Second
	srv.gen = 1
	srv.mu.Unlock()
	s.keys("R")
	s.waitFor("reload progress", func(scr string) bool { return regexp.MustCompile(`reloading \d/3`).MatchString(scr) })
	s.waitFor("the reload to finish with new articles", func(scr string) bool { return strings.Contains(scr, "13 unread") })

	s.keys("q")
	deadline := time.Now().Add(5 * time.Second)
	for {
		data, err := os.ReadFile(status)
		if err == nil && strings.TrimSpace(string(data)) == "0" {
			break
		}
		if err == nil || time.Now().After(deadline) {
			t.Fatalf("q did not exit cleanly: status %q, err %v\n%s", data, err, s.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestHostileFeedInTmux: a feed whose title and text try to clear the
// screen, set the window title and write the clipboard shows only
// harmless text, and the terminal's title is untouched.
func TestHostileFeedInTmux(t *testing.T) {
	bin := buildBinary(t)
	env := newTestEnv(t)
	const esc = "\x1b"
	hostile := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Evil` + esc + `]0;pwned` + "\x07" + ` feed</title>` +
		`<item><title>Calm ` + esc + `[2J` + esc + `]52;c;cm0gLXJmIH4=` + "\x07" + `headline` + "\u202e" + `txet</title><guid>h1</guid>` +
		`<description><![CDATA[<p>Body ` + esc + `]8;;https://evil.test` + esc + `\link` + esc + `]8;;` + esc + `\ text ` + esc + `P1;2q` + esc + `\end.</p>]]></description></item></channel></rss>`
	feedFile := filepath.Join(env.dir, "evil.xml")
	os.WriteFile(feedFile, []byte(hostile), 0o600)
	env.writeURLs(feedFile)
	os.WriteFile(env.conf, []byte("reload-on-start = false\n"), 0o600)
	if out, err := exec.Command(bin, "--urls", env.urls, "--db", env.db, "--config", env.conf, "reload").CombinedOutput(); err != nil {
		t.Fatalf("reload: %v\n%s", err, out)
	}
	cmd := fmt.Sprintf("env HOME=%q XDG_CONFIG_HOME=%q XDG_DATA_HOME=%q %q --urls %q --db %q --config %q",
		env.dir, os.Getenv("XDG_CONFIG_HOME"), os.Getenv("XDG_DATA_HOME"), bin, env.urls, env.db, env.conf)
	s := startTmux(t, 140, 40, cmd)
	s.tmux("set-option", "-t", s.name, "set-titles", "on")
	scr := s.waitFor("the hostile article", func(scr string) bool {
		return strings.Contains(scr, "Body link text end.")
	})
	for _, bad := range []string{"pwned", "cm0gLXJmIH4", "evil.test", "52;c", "]0;", "\u202e"} {
		if strings.Contains(scr, bad) {
			t.Errorf("screen shows %q:\n%s", bad, scr)
		}
	}
	if !strings.Contains(scr, "Calm headline") || !strings.Contains(scr, "Evil feed") {
		t.Errorf("the harmless text is missing:\n%s", scr)
	}
	if title := s.tmux("display-message", "-p", "-t", s.name, "#{pane_title}"); strings.Contains(title, "pwned") {
		t.Errorf("the feed set the terminal title: %q", title)
	}
	withEsc := s.tmux("capture-pane", "-p", "-e", "-t", s.name)
	if strings.Contains(withEsc, "]52;") || strings.Contains(withEsc, "]8;;") {
		t.Errorf("an OSC sequence reached the terminal")
	}
	s.keys("q")
}
