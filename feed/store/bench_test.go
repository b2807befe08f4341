package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dateline/feed"
)

// The benchmark store: 100,000 articles in 500 feeds, built once and kept
// under os.TempDir() (delete the file to rebuild it).
const (
	benchFeeds    = 500
	benchPerFeed  = 200
	benchVersion  = 3 // bump when the generated data changes
	benchPhrase   = "prime minister said"
	benchTopics   = 30
	benchPeople   = 250
	benchPlaces   = 150
	benchWordsLen = 5000
)

func benchPath() string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("dateline-bench-s%d-v%d.db", len(migrations), benchVersion))
}

// benchNow is the clock of the benchmark data; queries use the same one.
var benchNow = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

func openBench(b *testing.B) *Store {
	b.Helper()
	path := benchPath()
	if _, err := os.Stat(path); err != nil {
		b.Logf("building %s (once)", path)
		start := time.Now()
		if err := buildBench(path); err != nil {
			b.Fatal(err)
		}
		b.Logf("built in %v", time.Since(start))
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	s.now = func() time.Time { return benchNow }
	b.Cleanup(func() { s.Close() })
	return s
}

// benchGen makes deterministic, news-like articles.
type benchGen struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
}

func newBenchGen(seed uint64) *benchGen {
	r := rand.New(rand.NewPCG(seed, 7))
	g := &benchGen{r: r, zipf: rand.NewZipf(r, 1.1, 3, benchWordsLen-1)}
	syl := []string{"ka", "lo", "mi", "ner", "to", "sa", "vi", "dre", "pol", "un", "ge", "ra", "tis", "mo", "bel", "cor"}
	for i := range benchWordsLen {
		w := ""
		for n := i; ; n /= len(syl) {
			w += syl[n%len(syl)]
			if n < len(syl) {
				break
			}
		}
		g.words = append(g.words, w)
	}
	return g
}

func (g *benchGen) text(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(g.words[g.zipf.Uint64()])
	}
	return b.String()
}

func personName(i int) string { return fmt.Sprintf("Given%d Surname%d", i%40, i) }
func placeName(i int) string  { return fmt.Sprintf("Placeville%d", i) }

func (g *benchGen) article(feedNo, i int) feed.Article {
	a := feed.Article{
		GUID:      fmt.Sprintf("https://site%d.example/a/%d", feedNo, i),
		Link:      fmt.Sprintf("https://site%d.example/a/%d", feedNo, i),
		Title:     g.text(6 + g.r.IntN(6)),
		Author:    fmt.Sprintf("Reporter %d", g.r.IntN(1000)),
		Published: benchNow.Add(-time.Duration(g.r.Int64N(int64(90 * 24 * time.Hour)))),
	}
	var body strings.Builder
	for p := 0; body.Len() < 2000; p++ {
		fmt.Fprintf(&body, "<p>%s.</p>\n", g.text(25))
		if p == 2 && g.r.IntN(20) == 0 {
			fmt.Fprintf(&body, "<p>The %s on Tuesday.</p>\n", benchPhrase)
		}
	}
	a.Content = body.String()
	for range 2 + g.r.IntN(4) {
		a.Categories = append(a.Categories, fmt.Sprintf("topic%02d", g.r.IntN(benchTopics)))
	}
	for range 3 + g.r.IntN(6) {
		switch g.r.IntN(3) {
		case 0:
			a.Entities = append(a.Entities, feed.EntityRef{Kind: feed.EntityPerson, Name: personName(g.r.IntN(benchPeople))})
		case 1:
			a.Entities = append(a.Entities, feed.EntityRef{Kind: feed.EntitySpeaker, Name: personName(g.r.IntN(benchPeople))})
		default:
			a.Entities = append(a.Entities, feed.EntityRef{Kind: feed.EntityPlace, Name: placeName(g.r.IntN(benchPlaces))})
		}
	}
	return a
}

func buildBench(path string) error {
	tmp := path + ".building"
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(tmp + suffix)
	}
	s, err := Open(tmp)
	if err != nil {
		return err
	}
	s.now = func() time.Time { return benchNow }
	ctx := context.Background()
	g := newBenchGen(1)
	for f := range benchFeeds {
		sub := feed.Subscription{URL: fmt.Sprintf("https://site%d.example/feed.xml", f)}
		doc := &feed.Feed{URL: sub.URL, Title: fmt.Sprintf("Site %d News", f)}
		for i := range benchPerFeed {
			doc.Articles = append(doc.Articles, g.article(f, i))
		}
		if _, err := s.Save(ctx, sub, doc, feed.FetchState{}, ""); err != nil {
			s.Close()
			return err
		}
	}
	if err := s.Finish(ctx); err != nil { // as a reload ends
		s.Close()
		return err
	}
	// About a third unread, a few starred, as after some weeks of reading.
	if _, err := s.db.Exec("UPDATE articles SET read = (id % 3 != 0), starred = (id % 50 = 0)"); err != nil {
		s.Close()
		return err
	}
	if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE"); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func benchList(b *testing.B, s *Store, q string) {
	b.Helper()
	ctx := context.Background()
	page, err := s.List(ctx, q, 0, 50)
	if err != nil {
		b.Fatal(err)
	}
	if page.Total == 0 {
		b.Fatalf("%q matches nothing", q)
	}
	for b.Loop() {
		if _, err := s.List(ctx, q, 0, 50); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(page.Total), "matches")
}

func BenchmarkListFirstPage(b *testing.B) {
	benchList(b, openBench(b), "")
}

func BenchmarkQuerySingle(b *testing.B) {
	s := openBench(b)
	g := newBenchGen(1)
	for _, q := range []string{
		"tag:topic07",
		"feed:site123.example",
		"person:surname42",
		`speaker:"given2 surname42"`,
		"place:placeville17",
		"is:unread",
		"since:3d",
		"title:" + g.words[120],
		g.words[1000],
		`"` + benchPhrase + `"`,
	} {
		name, _, _ := strings.Cut(q, ":")
		if name == q {
			name = "text"
			if strings.HasPrefix(q, `"`) {
				name = "phrase"
			}
		}
		b.Run(name, func(b *testing.B) { benchList(b, s, q) })
	}
}

func BenchmarkQueryCombined(b *testing.B) {
	s := openBench(b)
	g := newBenchGen(1)
	benchList(b, s, "tag:topic07 place:placeville17 "+g.words[1000]+" is:unread")
}

// BenchmarkSave50 stores one fetched feed of 50 new articles: the store's
// half of fetching, parsing and storing a feed.
func BenchmarkSave50(b *testing.B) {
	s := openTest(b)
	g := newBenchGen(2)
	docs := make([]*feed.Feed, 64)
	for i := range docs {
		docs[i] = &feed.Feed{URL: fmt.Sprintf("https://site%d.example/feed.xml", i), Title: "Site"}
		for j := range 50 {
			docs[i].Articles = append(docs[i].Articles, g.article(i, j))
		}
	}
	ctx := context.Background()
	n := 0
	for b.Loop() {
		d := *docs[n%len(docs)]
		d.URL = fmt.Sprintf("https://feed%d.example/", n) // always new articles
		n++
		if added, err := s.Save(ctx, feed.Subscription{URL: d.URL}, &d, feed.FetchState{}, ""); err != nil || added != 50 {
			b.Fatalf("saved %d, %v", added, err)
		}
	}
}

// BenchmarkSave50Unchanged is the common reload: the feed sends the same
// 50 articles again.
func BenchmarkSave50Unchanged(b *testing.B) {
	s := openTest(b)
	g := newBenchGen(3)
	d := &feed.Feed{URL: "https://site.example/feed.xml", Title: "Site"}
	for j := range 50 {
		d.Articles = append(d.Articles, g.article(0, j))
	}
	ctx := context.Background()
	sub := feed.Subscription{URL: d.URL}
	if _, err := s.Save(ctx, sub, d, feed.FetchState{}, ""); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if added, err := s.Save(ctx, sub, d, feed.FetchState{}, ""); err != nil || added != 0 {
			b.Fatalf("saved %d, %v", added, err)
		}
	}
}

// BenchmarkFeeds and BenchmarkTags are the sidebar's and tag picker's reads.
func BenchmarkFeeds(b *testing.B) {
	s := openBench(b)
	for b.Loop() {
		if fs, err := s.Feeds(context.Background()); err != nil || len(fs) != benchFeeds {
			b.Fatalf("%d feeds, %v", len(fs), err)
		}
	}
}

func BenchmarkTags(b *testing.B) {
	s := openBench(b)
	for b.Loop() {
		if ts, err := s.Tags(context.Background()); err != nil || len(ts) != benchTopics {
			b.Fatalf("%d tags, %v", len(ts), err)
		}
	}
}
