package feed

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/mmcdole/gofeed"
)

// bench50.xml is made by
// python3 /work/shared/bench/gen_corpus.py --feeds 1 --items 50 --seed 1 --out DIR
// (DIR/feeds/f0000-world.xml): 50 news articles of 300-1200 words.

func BenchmarkParse(b *testing.B) {
	data := readFixture(b, "bench50.xml")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := Parse(data, "https://bench.example/feed")
		if err != nil || len(f.Articles) != 50 {
			b.Fatalf("%v, %d articles", err, len(f.Articles))
		}
	}
}

func BenchmarkPrepare(b *testing.B) {
	f, err := Parse(readFixture(b, "bench50.xml"), "https://bench.example/feed")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Prepare(f)
	}
}

// BenchmarkGofeed compares gofeed's universal parser with its default RSS
// translator and with the lean one Parse uses.
func BenchmarkGofeed(b *testing.B) {
	data := readFixture(b, "bench50.xml")
	for _, bc := range []struct {
		name string
		p    func() *gofeed.Parser
	}{{"default", gofeed.NewParser}, {"lean", newParser}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.p().Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReload reloads 50 feeds of 50 articles each (bench50.xml under
// 50 URLs) from a loopback server into a sink that keeps nothing: fetch,
// charset, parse and prepare, cold (no validators).
func BenchmarkReload(b *testing.B) {
	data := readFixture(b, "bench50.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(data) }))
	defer srv.Close()
	f := NewFetcher(FetcherOptions{})
	defer f.Close()
	subs := make([]Subscription, 50)
	for i := range subs {
		subs[i].URL = fmt.Sprintf("%s/%d", srv.URL, i)
	}
	b.ReportAllocs()
	for b.Loop() {
		sink := newMemSink(b)
		sink.light = true
		if sum := Reload(context.Background(), subs, sink, ReloadOptions{Fetcher: f}); sum.Updated != len(subs) {
			b.Fatalf("%+v", sum)
		}
	}
}
