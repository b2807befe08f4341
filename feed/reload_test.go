package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dateline/feed/entity"
	"dateline/feed/samplefeed"

	"go.uber.org/goleak"
)

func TestReloadMixed(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	rss20 := readFixture(t, "rss20.xml")
	var notModHits atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"g1"`)
		w.Write(rss20)
	})
	mux.HandleFunc("/same", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"s1"` {
			notModHits.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(rss20)
	})
	mux.HandleFunc("/same-date", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == "Wed, 01 May 2024 10:00:00 GMT" {
			notModHits.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(rss20)
	})
	mux.Handle("/old", http.RedirectHandler("/good", http.StatusMovedPermanently))
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { w.Write(readFixture(t, "page.html")) })
	mux.HandleFunc("/cut", func(w http.ResponseWriter, r *http.Request) { w.Write(readFixture(t, "truncated.xml")) })
	mux.HandleFunc("/diskfull", func(w http.ResponseWriter, r *http.Request) { w.Write(rss20) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := NewFetcher(FetcherOptions{Timeout: 3 * time.Second})
	defer f.Close()

	sink := newMemSink(t)
	sink.states[srv.URL+"/same"] = FetchState{ETag: `"s1"`}
	sink.states[srv.URL+"/same-date"] = FetchState{LastModified: "Wed, 01 May 2024 10:00:00 GMT"}
	sink.failOn = srv.URL + "/diskfull"
	var subs []Subscription
	for _, p := range []string{"/good", "/same", "/same-date", "/old", "/gone", "/page", "/cut", "/diskfull"} {
		subs = append(subs, Subscription{URL: srv.URL + p})
	}
	subs = append(subs, Subscription{URL: srv.URL + "/good"}) // a repeat is fetched once
	var dones []int
	sum := Reload(context.Background(), subs, sink, ReloadOptions{Jobs: 3, Fetcher: f,
		Progress: func(done, total int, o Outcome) {
			dones = append(dones, done)
			if total != 8 {
				t.Errorf("progress total %d, want 8", total)
			}
		}})

	if sum.Feeds != 8 || sum.Updated != 2 || sum.NotModified != 2 || sum.Failed != 4 || sum.NewArticles != 4 {
		t.Errorf("summary %+v", sum)
	}
	if !reflect.DeepEqual(dones, []int{1, 2, 3, 4, 5, 6, 7, 8}) {
		t.Errorf("progress done %v", dones)
	}
	for _, p := range []string{"/same", "/same-date"} {
		if sink.saves[srv.URL+p] != 0 || sink.notMod[srv.URL+p] != 1 {
			t.Errorf("304 feed %s: saves %d, NotModified %d", p, sink.saves[srv.URL+p], sink.notMod[srv.URL+p])
		}
	}
	if notModHits.Load() != 2 {
		t.Errorf("%d conditional requests matched, want 2", notModHits.Load())
	}
	if sink.saves[srv.URL+"/good"] != 1 || sink.saveSt[srv.URL+"/good"].ETag != `"g1"` {
		t.Errorf("good feed: saves %d state %+v", sink.saves[srv.URL+"/good"], sink.saveSt[srv.URL+"/good"])
	}
	if got := sink.redirs[srv.URL+"/old"]; got != srv.URL+"/good" {
		t.Errorf("301 passed to Save as %q", got)
	}
	wantFail := map[string]string{
		"/gone":     "HTTP 404 Not Found",
		"/page":     "not a feed: got an HTML page",
		"/cut":      "parse feed: XML syntax error on line 4: unexpected EOF",
		"/diskfull": "save: disk full",
	}
	for _, o := range sum.Failures {
		p := strings.TrimPrefix(o.URL, srv.URL)
		if o.Err == nil || o.Err.Error() != wantFail[p] || sink.fails[o.URL] == nil {
			t.Errorf("failure %s: %v (sink has %v), want %q", p, o.Err, sink.fails[o.URL], wantFail[p])
		}
	}
	for _, a := range sink.feeds[srv.URL+"/good"].Articles {
		if want := EntitiesOf(a.Body()); !reflect.DeepEqual(a.Entities, want) {
			t.Errorf("article %q entities %v, want %v", a.Title, a.Entities, want)
		}
	}
}

func TestReloadCancel(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var started atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started.Add(1)
		<-r.Context().Done() // hangs until the client gives up
	}))
	defer srv.Close()
	f := NewFetcher(FetcherOptions{Timeout: time.Minute, HeaderTimeout: time.Minute})
	defer f.Close()
	var subs []Subscription
	for i := range 50 {
		subs = append(subs, Subscription{URL: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	start := time.Now()
	sink := newMemSink(t)
	sum := Reload(ctx, subs, sink, ReloadOptions{Jobs: 4, Fetcher: f})
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cancelled reload took %v", d)
	}
	if started.Load() > 8 || sum.Failed != 50 {
		t.Errorf("%d requests started, %d failed; want <= 8 and 50", started.Load(), sum.Failed)
	}
	if len(sink.fails) != 0 {
		t.Errorf("a cancelled reload recorded %d failures in the sink", len(sink.fails))
	}
}

func TestReloadFullText(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	var srvURL string
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Teasers</title>`)
		for _, p := range []string{"article", "paywall", "index", "forbidden"} {
			fmt.Fprintf(w, `<item><title>%s</title><link>%s/%s</link><description>teaser</description></item>`, p, srvURL, p)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	for _, p := range []string{"article", "paywall", "index"} {
		page := readFixture(t, "page-"+p+".html")
		mux.HandleFunc("/"+p, func(w http.ResponseWriter, r *http.Request) { w.Write(page) })
	}
	mux.HandleFunc("/forbidden", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusForbidden) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	f := NewFetcher(FetcherOptions{Timeout: 3 * time.Second})
	defer f.Close()

	sink := newMemSink(t)
	var outcomes []FullTextOutcome
	sum := Reload(context.Background(), []Subscription{{URL: srv.URL + "/feed", FullText: true}}, sink,
		ReloadOptions{Fetcher: f, FullTextProgress: func(o FullTextOutcome) { outcomes = append(outcomes, o) }})
	if sum.Updated != 1 || sum.FullTexts != 1 || sum.FullTextFailed != 3 || len(outcomes) != 4 {
		t.Fatalf("summary %+v, %d full-text outcomes", sum, len(outcomes))
	}
	got := map[string]string{}
	for id, a := range sink.arts {
		got[a.Title] = sink.ftFail[id]
		if a.Title == "article" {
			if !strings.Contains(sink.ftHTML[id], "cranes running again") || sink.ftEnts[id] == nil && len(EntitiesOf(sink.ftHTML[id])) > 0 {
				t.Errorf("full text %q entities %v", sink.ftHTML[id], sink.ftEnts[id])
			}
		}
	}
	want := map[string]string{"article": "", "paywall": "paywall", "index": "no article found", "forbidden": "HTTP 403"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("full-text failures %v, want %v", got, want)
	}
	// Without a FullTextSink nothing is fetched.
	sum = Reload(context.Background(), []Subscription{{URL: srv.URL + "/feed", FullText: true}}, plainSink{newMemSink(t)}, ReloadOptions{Fetcher: f})
	if sum.FullTexts+sum.FullTextFailed != 0 {
		t.Errorf("full text fetched for a plain Sink: %+v", sum)
	}
}

func TestEntityRefs(t *testing.T) {
	res := entityResult()
	got := entityRefs(res)
	sort.Slice(got, func(i, j int) bool { return got[i].Kind+EntityKind(got[i].Name) < got[j].Kind+EntityKind(got[j].Name) })
	want := []EntityRef{
		{EntityPerson, "Ann Lee"}, {EntityPerson, "Bo Ray"},
		{EntityPlace, "Kyiv"},
		{EntitySpeaker, "Ann Lee"}, {EntitySpeaker, "the minister"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestReloadSample(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	sink := newMemSink(t)
	sum := Reload(context.Background(), []Subscription{{URL: samplefeed.URL, Tags: []string{"sample"}}}, sink, ReloadOptions{})
	f := sink.feeds[samplefeed.URL]
	if sum.Updated != 1 || f == nil || len(f.Articles) != 8 || sum.NewArticles != 8 {
		t.Fatalf("summary %+v", sum)
	}
	var ents int
	for _, a := range f.Articles {
		if a.Title == "" || a.GUID == "" || a.Content == "" {
			t.Errorf("sample article %+v", a)
		}
		ents += len(a.Entities)
	}
	if ents == 0 {
		t.Error("no entity in the eight sample articles")
	}
	// A second reload stores nothing new.
	if sum = Reload(context.Background(), []Subscription{{URL: samplefeed.URL}}, sink, ReloadOptions{}); sum.NewArticles != 0 {
		t.Errorf("second reload: %+v", sum)
	}
}

func entityResult() entity.Result {
	return entity.Result{
		People: []entity.Person{{Name: "Ann Lee", Quoted: true}, {Name: "Bo Ray"}, {Name: "Ann Lee"}},
		Quotes: []entity.Quote{{Speaker: "Ann Lee"}, {Speaker: "the minister"}, {Speaker: ""}},
		Places: []entity.Place{{Name: "Kyiv"}, {Name: "Kyiv"}},
	}
}

// knownSink is a memSink that claims to hold some articles already.
type knownSink struct {
	*memSink
	known map[string]bool // GUIDs
	calls atomic.Int32
}

func (s *knownSink) Unchanged(_ context.Context, _ string, arts []Article) ([]bool, error) {
	s.calls.Add(1)
	out := make([]bool, len(arts))
	for i, a := range arts {
		out[i] = s.known[a.GUID]
	}
	return out, nil
}

// Articles a KnownSink holds unchanged are not prepared again.
func TestReloadSkipsKnownArticles(t *testing.T) {
	sink := &knownSink{memSink: newMemSink(t), known: map[string]bool{}}
	sum := Reload(context.Background(), []Subscription{{URL: samplefeed.URL}}, sink, ReloadOptions{})
	f := sink.feeds[samplefeed.URL]
	if sum.Updated != 1 || f == nil || len(f.Articles) < 2 || sink.calls.Load() != 1 {
		t.Fatalf("summary %+v, %d calls", sum, sink.calls.Load())
	}
	for _, a := range f.Articles[:2] {
		if len(a.Entities) == 0 {
			t.Fatalf("sample article %q has no entities to skip", a.Title)
		}
	}
	sink.known[f.Articles[0].GUID] = true
	sink.states = map[string]FetchState{} // fetch again
	Reload(context.Background(), []Subscription{{URL: samplefeed.URL}}, sink, ReloadOptions{})
	f = sink.feeds[samplefeed.URL]
	if len(f.Articles[0].Entities) != 0 || len(f.Articles[1].Entities) == 0 {
		t.Errorf("entities of a known article: %v; of another: %v", f.Articles[0].Entities, f.Articles[1].Entities)
	}
}

// finishSink counts Finish calls and can fail them.
type finishSink struct {
	*memSink
	calls atomic.Int32
	err   error
}

func (s *finishSink) Finish(context.Context) error {
	s.calls.Add(1)
	return s.err
}

func TestReloadFinishes(t *testing.T) {
	subs := []Subscription{{URL: samplefeed.URL}}
	sink := &finishSink{memSink: newMemSink(t)}
	sum := Reload(context.Background(), subs, sink, ReloadOptions{})
	if sink.calls.Load() != 1 || sum.FinishErr != nil {
		t.Fatalf("after a reload: %d Finish calls, FinishErr %v; want 1, nil", sink.calls.Load(), sum.FinishErr)
	}
	sink.err = errors.New("disk full")
	if sum := Reload(context.Background(), subs, sink, ReloadOptions{}); !errors.Is(sum.FinishErr, sink.err) || sum.Updated+sum.NotModified != 1 {
		t.Errorf("a failing Finish: summary %+v; want FinishErr and the feed still counted", sum)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	Reload(ctx, subs, sink, ReloadOptions{})
	if sink.calls.Load() != 2 {
		t.Errorf("a cancelled reload called Finish: %d calls, want 2", sink.calls.Load())
	}
}
