package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"dateline/feed"
)

func TestFeedsAndStatus(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	ctx := context.Background()
	if err := s.Fail(ctx, subGuardian.URL, errors.New("HTTP 500")); err != nil {
		t.Fatal(err)
	}
	if err := s.NotModified(ctx, subBBC.URL); err != nil {
		t.Fatal(err)
	}
	infos, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range infos {
		got = append(got, fmt.Sprintf("%s %d/%d hidden=%v tags=%v err=%q", f.DisplayTitle(), f.Unread, f.Articles, f.Hidden, f.Tags, f.LastError))
	}
	want := []string{
		`BBC World 1/2 hidden=false tags=[news Europe Desk] err=""`,
		`Grauniad 2/3 hidden=false tags=[] err="HTTP 500"`,
		`Secret Feed 1/1 hidden=true tags=[] err=""`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Feeds =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !infos[1].LastErrorAt.Equal(now) || !infos[0].LastUpdate.Equal(now) {
		t.Errorf("times: %v %v", infos[1].LastErrorAt, infos[0].LastUpdate)
	}
	if st, _ := s.State(ctx, subBBC.URL); st.ETag != `"v1"` {
		t.Errorf("state = %+v", st)
	}
}

func TestTags(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	tags, err := s.Tags(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tg := range tags {
		got = append(got, fmt.Sprintf("%s/%s %d/%d", tg.Name, tg.Source, tg.Unread, tg.Total))
	}
	want := []string{"Business/feed 0/1", "Europe Desk/user 1/2", "news/user 1/2", "Politics/feed 2/2", "Sport/feed 0/1", "Ukraine conflict/feed 1/1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tags = %q, want %q", got, want)
	}
	checkDB(t, s)
	// Counters follow read state, retention and removal.
	ctx := context.Background()
	if err := s.MarkAllRead(ctx, "tag:politics"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, []int64{guidIDs(t, s)["a3"]}, false); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, subBBC.URL); err != nil {
		t.Fatal(err)
	}
	checkDB(t, s)
	tags, _ = s.Tags(ctx)
	got = got[:0]
	for _, tg := range tags {
		got = append(got, fmt.Sprintf("%s/%s %d/%d", tg.Name, tg.Source, tg.Unread, tg.Total))
	}
	want = []string{"Politics/feed 0/1", "Sport/feed 1/1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tags after changes = %q, want %q", got, want)
	}
}

func TestSyncSubscriptions(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	ctx := context.Background()
	changed := subGuardian
	changed.Title, changed.Tags = "", []string{"uk"}
	if err := s.SyncSubscriptions(ctx, []feed.Subscription{changed}); err != nil {
		t.Fatal(err)
	}
	infos, err := s.Feeds(ctx)
	if err != nil || len(infos) != 1 || infos[0].DisplayTitle() != "The Guardian" {
		t.Fatalf("Feeds = %+v, %v", infos, err)
	}
	if got := strings.Join(guids(t, s, ""), " "); got != "a6 a3 a4" {
		t.Errorf("visible after unsubscribing = %s", got)
	}
	if got := strings.Join(guids(t, s, "tag:uk"), " "); got != "a6 a3 a4" {
		t.Errorf("tag:uk = %s", got)
	}
	if got := strings.Join(guids(t, s, "feed:bbc"), " "); got != "a1 a2" {
		t.Errorf("an unsubscribed feed named with feed: = %s", got)
	}
	if err := s.RemoveFeed(ctx, subBBC.URL); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(guids(t, s, "feed:bbc"), " "); got != "" {
		t.Errorf("removed feed still has %s", got)
	}
	if n, _, _ := s.Count(ctx, "zelensky"); n != 1 {
		t.Errorf("search index kept removed articles: %d", n)
	}
	if err := s.RemoveFeed(ctx, subBBC.URL); err == nil {
		t.Error("removing twice worked")
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestRules(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	if err := s.SetRules(ctx, []Rule{{Tag: "Ukraine", Match: "place:kyiv OR speaker:zelensky"}, {Tag: "bad", Match: "foo:bar"}}); err == nil ||
		!strings.Contains(err.Error(), `unknown field "foo"`) {
		t.Fatalf("bad rule error = %v", err)
	}
	ids := fixture(t, s) // rules apply as articles come in
	if got := strings.Join(guids(t, s, "tag:ukraine"), " "); got != "a1" {
		t.Fatalf("tag:ukraine = %q", got)
	}
	if got := strings.Join(guids(t, s, "tag:ukraine feed:secret"), " "); got != "a5" {
		t.Fatalf("hidden feed not tagged: %q", got)
	}
	a, _ := s.Article(ctx, ids["a1"])
	if !reflect.DeepEqual(a.Tags[len(a.Tags)-1], feed.Tag{Name: "Ukraine", Source: feed.TagRule}) {
		t.Errorf("tags = %+v", a.Tags)
	}
	// A new rule set re-tags every article.
	if err := s.SetRules(ctx, []Rule{{Tag: "london", Match: "place:london"}}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"tag:ukraine": "", "tag:london": "a2 a3"} {
		if got := strings.Join(guids(t, s, q), " "); got != want {
			t.Errorf("%s = %q, want %q", q, got, want)
		}
	}
	// The same rule set again does no work: a tag removed by hand stays removed.
	if _, err := s.db.Exec("DELETE FROM article_tags WHERE source = 'rule' AND article_id = ?", ids["a2"]); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRules(ctx, []Rule{{Tag: "london", Match: "place:london"}}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(guids(t, s, "tag:london"), " "); got != "a3" {
		t.Errorf("unchanged rules re-applied: %q", got)
	}
	checkDB(t, s)
}

func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":               "plain",
		"<p>a<b>b</b></p>c":   " a b  c",
		"x &amp; y &lt;z&gt;": "x & y <z>",
		"1 < 2 and <br/>3":    "1 < 2 and  3",
		"<p>unclosed <a href": " unclosed ",
		"<!-- note -->after":  " after",
	} {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSyncSkipsAnUnchangedListButNotAfterRemove(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	subs := []feed.Subscription{{URL: "https://a.test/f"}, {URL: "https://b.test/f", Tags: []string{"x"}}}
	for range 2 {
		if err := s.SyncSubscriptions(ctx, subs); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RemoveFeed(ctx, "https://b.test/f"); err != nil {
		t.Fatal(err)
	}
	if err := s.SyncSubscriptions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	infos, err := s.Feeds(ctx)
	if err != nil || len(infos) != 2 || infos[1].URL != "https://b.test/f" || len(infos[1].Tags) != 1 {
		t.Fatalf("after remove and the same list again: %v %+v", err, infos)
	}
	subs[0].Title = "Renamed"
	if err := s.SyncSubscriptions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	if infos, _ := s.Feeds(ctx); infos[0].Title != "Renamed" {
		t.Fatalf("a changed list was not written: %+v", infos[0])
	}
}
