package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"dateline/feed"
	"dateline/feed/store"
)

// A store of 100,000 articles in 500 feeds, built once and kept under
// os.TempDir() (delete it to rebuild): the size the reader must stay
// instant with.
const (
	benchFeeds   = 500
	benchPerFeed = 200
	benchVersion = 3 // raised when the schema changes, so that no stale file is measured
)

func benchFiles(b *testing.B) (db, urls string) {
	b.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("dateline-cmd-bench-v%d", benchVersion))
	db, urls = filepath.Join(dir, "100k.db"), filepath.Join(dir, "urls")
	if _, err := os.Stat(db); err == nil {
		return db, urls
	}
	b.Logf("building %s (once)", db)
	if err := buildBenchStore(dir, db, urls); err != nil {
		b.Fatal(err)
	}
	return db, urls
}

func buildBenchStore(dir, db, urls string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp := db + ".building"
	st, err := store.Open(tmp)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 7))
	words := strings.Fields("the minister said talks on the port deal would resume in Nairobi next week " +
		"after officials in Kyiv and Warsaw agreed a new timetable for grain exports and rail repairs")
	text := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = words[r.IntN(len(words))]
		}
		return strings.Join(w, " ")
	}
	var lines []string
	for f := range benchFeeds {
		sub := feed.Subscription{URL: fmt.Sprintf("https://bench%d.invalid/feed.xml", f), Tags: []string{fmt.Sprintf("group%d", f%7)}}
		lines = append(lines, sub.URL+" "+sub.Tags[0])
		doc := &feed.Feed{URL: sub.URL, Title: fmt.Sprintf("Bench News %d", f)}
		for i := range benchPerFeed {
			doc.Articles = append(doc.Articles, feed.Article{
				GUID: fmt.Sprintf("%d-%d", f, i), Link: fmt.Sprintf("https://bench%d.invalid/%d", f, i),
				Title:      text(9),
				Published:  time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(r.IntN(90*24)) * time.Hour),
				Content:    "<p>" + text(150) + "</p><p>" + text(150) + "</p>",
				Categories: []string{fmt.Sprintf("topic%d", r.IntN(30))},
				Entities:   []feed.EntityRef{{Kind: feed.EntitySpeaker, Name: fmt.Sprintf("Person %d", r.IntN(300))}, {Kind: feed.EntityPlace, Name: "Kyiv"}},
			})
		}
		if err := st.SyncSubscriptions(ctx, []feed.Subscription{sub}); err != nil {
			return err
		}
		if _, err := st.Save(ctx, sub, doc, feed.FetchState{ETag: "x"}, ""); err != nil {
			return err
		}
	}
	if err := st.Finish(ctx); err != nil { // as a reload ends
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(urls, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		return err
	}
	return os.Rename(tmp, db)
}

// BenchmarkListCommand is `dateline list` (first page of 50, newest first)
// over 100,000 stored articles, whole: config, urls file, store open,
// subscription sync, query and output.
func BenchmarkListCommand(b *testing.B) {
	db, urls := benchFiles(b)
	conf := filepath.Join(b.TempDir(), "none.toml")
	for b.Loop() {
		if code := run([]string{"--urls", urls, "--db", db, "--config", conf, "list"}, io.Discard, io.Discard); code != 0 {
			b.Fatalf("list exit %d", code)
		}
	}
}

// BenchmarkReaderFirstFrame starts the built reader in tmux on the
// 100,000-article store and times process start to the first full frame
// (the list and the status bar's counts on screen). It reports the resident
// memory after the first frame and after jumping to the bottom of the list.
func BenchmarkReaderFirstFrame(b *testing.B) {
	if _, err := exec.LookPath("tmux"); err != nil {
		b.Skip("needs tmux")
	}
	db, urls := benchFiles(b)
	bin := buildBinary(&testing.T{})
	dir := b.TempDir()
	conf := filepath.Join(dir, "config.toml")
	os.WriteFile(conf, []byte("reload-on-start = false\n"), 0o600)
	sockDir, err := os.MkdirTemp("", "dl") // socket paths must stay short
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(sockDir)
	var rssFirst, rssBottom float64
	for i := 0; b.Loop(); i++ {
		// A server per run: killing the last session stops a server, and a
		// new session racing that shutdown fails.
		name, sock := "bench", filepath.Join(sockDir, strconv.Itoa(i))
		start := time.Now()
		cmd := fmt.Sprintf("exec %q --urls %q --db %q --config %q", bin, urls, db, conf)
		if out, err := exec.Command("tmux", "-S", sock, "new-session", "-d", "-s", name, "-x", "140", "-y", "40", cmd).CombinedOutput(); err != nil {
			b.Fatalf("tmux: %v %s (%s)", err, out, cmd)
		}
		waitScreen(b, sock, name, func(s string) bool { return strings.Contains(s, "/100000 unread") && strings.Contains(s, "Bench News") })
		b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "ms-first-frame")
		pid := strings.TrimSpace(tmuxOut(b, sock, "display", "-p", "-t", name, "#{pane_pid}"))
		rssFirst = rssMB(pid)
		exec.Command("tmux", "-S", sock, "send-keys", "-t", name, "G").Run()
		time.Sleep(300 * time.Millisecond)
		rssBottom = rssMB(pid)
		exec.Command("tmux", "-S", sock, "kill-server").Run()
	}
	b.ReportMetric(rssFirst, "MB-rss-first-frame")
	b.ReportMetric(rssBottom, "MB-rss-after-G")
}

func tmuxOut(b *testing.B, sock string, args ...string) string {
	out, err := exec.Command("tmux", append([]string{"-S", sock}, args...)...).Output()
	if err != nil {
		b.Fatalf("tmux %v: %v", args, err)
	}
	return string(out)
}

func waitScreen(b *testing.B, sock, name string, cond func(string) bool) {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := exec.Command("tmux", "-S", sock, "capture-pane", "-p", "-t", name).Output()
		if cond(string(out)) {
			return
		}
		time.Sleep(2 * time.Millisecond)
	}
	out, _ := exec.Command("tmux", "-S", sock, "capture-pane", "-p", "-t", name).Output()
	b.Fatalf("no first frame in 10 s:\n%s", out)
}

// rssMB reads VmRSS of a process from /proc.
func rssMB(pid string) float64 {
	data, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return -1
}
