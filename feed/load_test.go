package feed

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// badKinds are the ways a feed fails in the load test, with the start of
// the reason the reload must give.
var badKinds = []struct{ kind, reason string }{
	{"500", "HTTP 500 Internal Server Error"},
	{"404", "HTTP 404 Not Found"},
	{"timeout", "timed out"},
	{"garbage", "not a feed: no RSS, Atom or JSON Feed found"},
	{"truncated", "parse feed: XML syntax error"},
	{"html", "not a feed: got an HTML page"},
	{"charset", `unknown charset "x-bogus"`},
	{"redirect", "stopped after 10 redirects"},
	{"huge", "body larger than 20 MiB"},
}

// loadFeed writes good feed n: five short news items.
func loadFeed(w *bytes.Buffer, n int) {
	fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed %d</title><link>https://f%d.example/</link>`, n, n)
	for i := range 5 {
		fmt.Fprintf(w, `<item><title>Story %d of feed %d</title><guid>f%d-%d</guid><link>/s/%d</link>`+
			`<description>&lt;p&gt;"We will not give up," said Maria Lopez in Lisbon on Monday, as talks in Kyiv went on.&lt;/p&gt;`+
			`&lt;p&gt;Officials in Paris said the plan would be ready by June.&lt;/p&gt;</description></item>`, i, n, n, i, i)
	}
	w.WriteString(`</channel></rss>`)
}

func loadHandler() http.HandlerFunc {
	huge := bytes.Repeat([]byte("<rss>"), (50<<20)/5)
	return func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(strings.Trim(r.URL.Path, "/"), "/")
		n, _ := strconv.Atoi(parts[1])
		switch parts[0] {
		case "good":
			var b bytes.Buffer
			loadFeed(&b, n)
			w.Write(b.Bytes())
		case "500":
			http.Error(w, "oops", 500)
		case "404":
			http.NotFound(w, r)
		case "timeout":
			<-r.Context().Done()
		case "garbage":
			junk := make([]byte, 4096)
			rand.New(rand.NewSource(int64(n))).Read(junk)
			w.Write(append([]byte("\x00"), junk...))
		case "truncated":
			var b bytes.Buffer
			loadFeed(&b, n)
			w.Write(b.Bytes()[:b.Len()/2])
		case "html":
			fmt.Fprint(w, "<!DOCTYPE html><html><body>Moved to our app</body></html>")
		case "charset":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="x-bogus"?><rss version="2.0"><channel><title>x</title></channel></rss>`)
		case "redirect":
			http.Redirect(w, r, r.URL.Path+"/x", http.StatusFound) // a new URL each time: no loop to spot
		case "huge":
			if n%2 == 0 {
				w.Header().Set("Content-Length", strconv.Itoa(len(huge)))
			}
			w.Write(huge)
		}
	}
}

// TestReloadLoad reloads 2,000 feeds of which one in ten fails in one of
// nine ways, and checks that every good feed is saved and every bad one is
// reported with its reason.
func TestReloadLoad(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	srv := httptest.NewServer(loadHandler())
	defer srv.Close()
	// The header timeout is what cuts the "timeout" feeds off; it is long
	// enough for a loaded 2-core machine to answer every other feed.
	total, header := 2000, 2*time.Second
	if raceEnabled {
		total, header = 300, 8*time.Second
	}
	f := NewFetcher(FetcherOptions{Timeout: 4 * header, HeaderTimeout: header})
	defer f.Close()
	var subs []Subscription
	want := map[string]string{} // bad URL -> reason
	for i := range total {
		if i%10 == 3 {
			bad := badKinds[(i/10)%len(badKinds)]
			u := fmt.Sprintf("%s/%s/%d", srv.URL, bad.kind, i)
			want[u] = bad.reason
			subs = append(subs, Subscription{URL: u})
			continue
		}
		subs = append(subs, Subscription{URL: fmt.Sprintf("%s/good/%d", srv.URL, i)})
	}
	stop := sampleMemory(t)
	sink := newMemSink(t)
	sink.light = true
	sum := Reload(context.Background(), subs, sink, ReloadOptions{Fetcher: f})
	stop()

	if sum.Feeds != total || sum.Updated != total-len(want) || sum.Failed != len(want) || sum.NewArticles != 5*(total-len(want)) {
		t.Errorf("summary: %d feeds, %d updated, %d failed, %d new", sum.Feeds, sum.Updated, sum.Failed, sum.NewArticles)
	}
	for _, s := range subs {
		if _, bad := want[s.URL]; bad == (sink.saves[s.URL] != 0) {
			t.Errorf("feed %s (bad: %v) saved %d times", s.URL, bad, sink.saves[s.URL])
		}
	}
	for _, o := range sum.Failures {
		if o.Err == nil || !strings.HasPrefix(o.Err.Error(), want[o.URL]) {
			t.Errorf("%s: error %v, want %q", o.URL, o.Err, want[o.URL])
		}
	}
	t.Logf("%d feeds in %v", total, sum.Elapsed.Round(time.Millisecond))
}

// sampleMemory logs the peak and final in-use heap of a run.
func sampleMemory(t *testing.T) (stop func()) {
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		t.Logf("heap in use: peak %.1f MiB (sampled every 20 ms), after the reload and a GC %.1f MiB; total allocated %.0f MiB",
			float64(peak)/(1<<20), float64(ms.HeapInuse)/(1<<20), float64(ms.TotalAlloc)/(1<<20))
	}
}
