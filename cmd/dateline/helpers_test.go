package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// testEnv is an isolated home for one test: XDG dirs, a urls file, a db.
type testEnv struct {
	t    *testing.T
	dir  string
	urls string
	db   string
	conf string
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	dir := t.TempDir()
	for _, v := range []string{"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"} {
		t.Setenv(v, filepath.Join(dir, strings.ToLower(v)))
	}
	return &testEnv{t: t, dir: dir,
		urls: filepath.Join(dir, "urls"), db: filepath.Join(dir, "dl.db"), conf: filepath.Join(dir, "config.toml")}
}

func (e *testEnv) writeURLs(lines ...string) {
	e.t.Helper()
	if err := os.WriteFile(e.urls, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// run runs the command in-process with the env's files and returns its
// exit status and output.
func (e *testEnv) run(args ...string) (int, string, string) {
	e.t.Helper()
	var out, errb bytes.Buffer
	argv := append([]string{"--urls", e.urls, "--db", e.db, "--config", e.conf}, args...)
	code := run(argv, &out, &errb)
	return code, out.String(), errb.String()
}

// feedServer serves generated RSS feeds at /feed/N.xml. Each feed has
// `items` articles; gen changes which articles are present (newer gens add
// articles and keep the old ones unchanged).
type feedServer struct {
	*httptest.Server
	mu    sync.Mutex
	gen   int
	items int
	delay time.Duration
	slow  map[int]time.Duration
	hits  int
}

func newFeedServer(t *testing.T, items int) *feedServer {
	fs := &feedServer{items: items, slow: map[int]time.Duration{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) url(n int) string { return fmt.Sprintf("%s/feed/%d.xml", fs.URL, n) }

func (fs *feedServer) serve(w http.ResponseWriter, r *http.Request) {
	var n int
	if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.xml", &n); err != nil {
		http.NotFound(w, r)
		return
	}
	fs.mu.Lock()
	gen, items, delay := fs.gen, fs.items, fs.delay+fs.slow[n]
	fs.hits++
	fs.mu.Unlock()
	select {
	case <-time.After(delay):
	case <-r.Context().Done():
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	fmt.Fprint(w, rssFeed(n, gen, items))
}

// rssFeed builds feed n at generation gen: items+gen articles, the newest
// first; an article's text never changes across generations.
func rssFeed(n, gen, items int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test feed %d</title><link>https://example.test/%d</link><description>d</description>`, n, n)
	for i := items + gen - 1; i >= 0; i-- {
		day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n*97+i) * time.Hour)
		fmt.Fprintf(&b, `<item><title>Feed %d story %d</title><link>https://example.test/%d/%d</link><guid>f%d-s%d</guid><pubDate>%s</pubDate><category>topic%d</category><description><![CDATA[<p>"We will rebuild the bridge by spring," Mara Lind, the mayor of Tartu, said on story %d of feed %d.</p><p>Officials in Estonia agreed.</p>]]></description></item>`,
			n, i, n, i, n, i, day.Format(time.RFC1123Z), i%3, i, n)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func (fs *feedServer) setGen(g int) {
	fs.mu.Lock()
	fs.gen = g
	fs.mu.Unlock()
}

// buildBinary builds dateline once per test binary run.
var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dateline-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "dateline")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}
