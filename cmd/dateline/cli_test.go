package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestVersionHelpAndUsageErrors(t *testing.T) {
	env := newTestEnv(t)
	tests := []struct {
		args     []string
		code     int
		out, err string
	}{
		{[]string{"--version"}, 0, "dateline " + version, ""},
		{[]string{"--help"}, 0, "Commands:", ""},
		{[]string{"frobnicate"}, 2, "", `unknown command "frobnicate"`},
		{[]string{"--nope"}, 2, "", "unknown flag -nope"},
		{[]string{"list", "--limit", "x"}, 2, "", "list: invalid value"},
		{[]string{"show"}, 2, "", "show: give one article ID"},
		{[]string{"show", "abc"}, 2, "", `"abc" is not an article ID`},
		{[]string{"add", "ftp://x"}, 2, "", "neither an http(s) URL nor a readable file"},
		{[]string{"fulltext", "x"}, 2, "", "give a feed URL and on or off"},
	}
	for _, tc := range tests {
		code, out, errOut := env.run(tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errOut, tc.err) {
			t.Errorf("%v: code %d, out %q, err %q; want code %d with %q / %q", tc.args, code, out, errOut, tc.code, tc.out, tc.err)
		}
		if strings.Contains(errOut, "goroutine") || strings.Contains(errOut, "panic") {
			t.Errorf("%v: stack trace on stderr: %s", tc.args, errOut)
		}
	}
}

func TestFirstRunStoresTheSampleFeed(t *testing.T) {
	env := newTestEnv(t)
	// No --urls: the default place, empty on a first run.
	code, out, errOut := env.runDefaultURLs("list", "--json")
	if code != 0 {
		t.Fatalf("list on a first run: %d %s", code, errOut)
	}
	var items []jsonArticle
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	if len(items) < 5 {
		t.Fatalf("first run shows %d sample articles, want the sample feed's", len(items))
	}
	for _, it := range items {
		if it.FeedURL != "builtin:sample" || it.Title == "" || it.ID == 0 {
			t.Errorf("unexpected article on a first run: %+v", it)
		}
	}
	urls, err := os.ReadFile(filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "dateline", "urls"))
	if err != nil || !strings.Contains(string(urls), "builtin:sample") {
		t.Errorf("starter urls file not written: %v\n%s", err, urls)
	}
}

func (e *testEnv) runDefaultURLs(args ...string) (int, string, string) {
	e.t.Helper()
	var out, errb strings.Builder
	code := run(append([]string{"--db", e.db, "--config", e.conf}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestReloadListShowAndFeeds(t *testing.T) {
	env := newTestEnv(t)
	srv := newFeedServer(t, 3)
	env.writeURLs(srv.url(1)+` world "~My feed"`, srv.URL+"/missing.xml")
	code, out, _ := env.run("reload")
	if code != 0 {
		t.Fatalf("reload exit %d (one feed works, so it must be 0)\n%s", code, out)
	}
	for _, want := range []string{"3 new articles", "1 failed", "missing.xml", "404"} {
		if !strings.Contains(out, want) {
			t.Errorf("reload output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = env.run("list", "--json", "--limit", "2")
	var items []jsonArticle
	if code != 0 || json.Unmarshal([]byte(out), &items) != nil || len(items) != 2 {
		t.Fatalf("list --json --limit 2: %d %s", code, out)
	}
	if items[0].Title != "Feed 1 story 2" || items[0].Feed != "My feed" || items[0].Read || items[0].Published == nil {
		t.Errorf("newest article: %+v", items[0])
	}
	if !containsTag(items[0].Tags, "world") {
		t.Errorf("user tag missing: %v", items[0].Tags)
	}
	code, out, _ = env.run("show", itoa(items[0].ID))
	if code != 0 || !strings.Contains(out, "Feed 1 story 2") || !strings.Contains(out, "We will rebuild the bridge") {
		t.Errorf("show: %d\n%s", code, out)
	}
	code, out, _ = env.run("feeds")
	if code != 0 || !strings.Contains(out, "My feed") || !strings.Contains(out, "3 articles, 3 unread") ||
		!strings.Contains(out, "last error") {
		t.Errorf("feeds: %d\n%s", code, out)
	}
	// Every feed failing is exit status 1.
	env.writeURLs(srv.URL + "/missing.xml")
	if code, out, _ := env.run("reload"); code != 1 {
		t.Errorf("reload with every feed failing: exit %d\n%s", code, out)
	}
}

func containsTag(tags []string, want string) bool {
	for _, t := range tags {
		if strings.EqualFold(t, want) {
			return true
		}
	}
	return false
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestAddTagRemoveImportExport(t *testing.T) {
	env := newTestEnv(t)
	srv := newFeedServer(t, 1)
	env.writeURLs(srv.url(1))
	steps := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"add", srv.url(2), "science", "long tag"}, 0, "added"},
		{[]string{"add", srv.url(2)}, 1, "already subscribed"},
		{[]string{"tag", srv.url(1), "politics"}, 0, "politics"},
		{[]string{"remove", srv.url(9)}, 1, "not a subscription"},
		{[]string{"remove", srv.url(2)}, 0, "removed"},
	}
	for _, s := range steps {
		code, out, errOut := env.run(s.args...)
		if code != s.code || !strings.Contains(out+errOut, s.want) {
			t.Errorf("%v: %d %q %q", s.args, code, out, errOut)
		}
	}
	data, _ := os.ReadFile(env.urls)
	if got := string(data); !strings.Contains(got, srv.url(1)+` "politics"`) || strings.Contains(got, srv.url(2)) {
		t.Errorf("urls file after edits:\n%s", got)
	}
	code, opml, _ := env.run("export")
	if code != 0 || !strings.Contains(opml, "<opml") || !strings.Contains(opml, srv.url(1)) {
		t.Fatalf("export: %d\n%s", code, opml)
	}
	// Import into a fresh env: the same subscriptions with the same tags.
	other := newTestEnv(t)
	other.writeURLs("# empty")
	file := filepath.Join(other.dir, "in.opml")
	os.WriteFile(file, []byte(opml), 0o600)
	if code, out, errOut := other.run("import", file); code != 0 || !strings.Contains(out, "imported 1") {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	data, _ = os.ReadFile(other.urls)
	if !strings.Contains(string(data), srv.url(1)) || !strings.Contains(string(data), "politics") {
		t.Errorf("imported urls file:\n%s", data)
	}
}

func TestBadFilesGiveOneSentence(t *testing.T) {
	env := newTestEnv(t)
	env.writeURLs("https://ok.test/feed", `https://bad.test/feed "unclosed`)
	code, _, errOut := env.run("feeds")
	if code != 1 || !strings.Contains(errOut, "line 2") {
		t.Errorf("bad urls file: %d %q", code, errOut)
	}
	env.writeURLs("https://ok.test/feed")
	os.WriteFile(env.conf, []byte("jobs = 4\nlayout = = 3\n"), 0o600)
	code, _, errOut = env.run("feeds")
	if code != 0 || !strings.Contains(errOut, "line 2") {
		t.Errorf("bad config must be reported with its line and not be fatal: %d %q", code, errOut)
	}
	os.WriteFile(env.db, []byte("this is not a database, but it is long enough to look like a file............................................................................................"), 0o600)
	code, _, errOut = env.run("feeds")
	if code != 1 || !strings.Contains(errOut, env.db) || strings.Contains(errOut, "panic") {
		t.Errorf("foreign db: %d %q", code, errOut)
	}
}
