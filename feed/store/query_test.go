package store

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"dateline/feed/query"
)

func TestQueryTerms(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	tests := []struct {
		q    string
		want string // GUIDs, newest first
	}{
		{"", "a6 a1 a2 a3 a4"},
		{"tag:politics", "a1 a4"},
		{"tag:POLITICS", "a1 a4"},
		{`tag:"ukraine conflict"`, "a1"},
		{"tag:news", "a1 a2"},
		{`tag:"europe desk"`, "a1 a2"},
		{"tag:nothing", ""},
		{"-tag:politics", "a6 a2 a3"},
		{"feed:bbc", "a1 a2"},
		{"feed:grauniad", "a6 a3 a4"},
		{"feed:GUARDIAN", "a6 a3 a4"},
		{"feed:secret", "a5"},
		{"feed:hidden.example", "a5"},
		{"person:scholz", "a1"},
		{"person:sunak", "a2 a4"},
		{`person:"rishi sunak"`, "a2 a4"},
		{"speaker:sunak", "a4"},
		{"speaker:zelensky", "a1"},
		{"speaker:Volodymyr", "a1"},
		{`speaker:"Volodymyr Zelensky"`, "a1"},
		{"speaker:kyiv", ""},
		{"speaker:zel", ""},
		{"place:kyiv", "a1"},
		{"place:london", "a2 a3"},
		{"place:zurich", "a4"},
		{"place:Zürich", "a4"},
		{"author:jane", "a1"},
		{"author:SMITH", "a2"},
		{"is:unread", "a6 a1 a4"},
		{"is:read", "a2 a3"},
		{"is:starred", "a6 a3"},
		{"since:2d", "a6 a1"},
		{"since:1w", "a6 a1 a2"},
		{"since:30m", "a6"},
		{"before:2024-05-01", "a4"},
		{"since:2024-05-31 before:2024-06-01", "a3"},
		{"title:kyiv", "a1"},
		{"title:mentioned", ""},
		{"zelensky", "a6 a1"},
		{"offensive", "a1"},
		{"p", ""},
		{`"polls are tightening"`, "a4"},
		{`"tightening polls"`, ""},
		{"rally OR goal", "a2 a3"},
		{"market", "a2"},
		{"elect*", "a4"},
		{`NEAR AND "OR"`, ""},
		{"!!!", ""},
		{"*", ""},
		{"**", ""},
		{"x**", ""},
		{"zel*", "a6 a1"},
		{`title:"*"`, ""},
		{`"- ."`, ""},
		{"tag:politics place:kyiv is:unread zelensky", "a1"},
		{"(tag:sport OR tag:business) -is:starred", "a2"},
		{"-(tag:politics OR is:starred)", "a2"},
	}
	for _, tt := range tests {
		got := strings.Join(guids(t, s, tt.q), " ")
		if got != tt.want {
			t.Errorf("List(%q) = [%s], want [%s]", tt.q, got, tt.want)
		}
		total, _, err := s.Count(context.Background(), tt.q)
		if err != nil || total != len(strings.Fields(tt.want)) {
			t.Errorf("Count(%q) = %d, %v; want %d", tt.q, total, err, len(strings.Fields(tt.want)))
		}
	}
}

func TestListPage(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	page, err := s.List(context.Background(), "", 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 5 || page.Unread != 3 || page.Offset != 1 || len(page.Items) != 2 {
		t.Fatalf("page = total %d unread %d offset %d items %d", page.Total, page.Unread, page.Offset, len(page.Items))
	}
	a1 := page.Items[0]
	if a1.GUID != "a1" || a1.FeedTitle != "BBC World" || a1.Read || a1.Content != "" || a1.Author != "Jane Doe" {
		t.Errorf("item = %+v", a1)
	}
	var tags []string
	for _, tg := range a1.Tags {
		tags = append(tags, string(tg.Source)+":"+tg.Name)
	}
	want := []string{"user:news", "user:Europe Desk", "feed:Politics", "feed:Ukraine conflict"}
	if !reflect.DeepEqual(tags, want) {
		t.Errorf("tags = %q, want %q", tags, want)
	}
	if a3 := page.Items[1]; a3.GUID != "a2" || !a3.Read {
		t.Errorf("second item = %+v", a3)
	}
	g, err := s.List(context.Background(), "feed:guardian", 0, 1)
	if err != nil || g.Items[0].FeedTitle != "Grauniad" {
		t.Errorf("user title not used: %+v %v", g.Items, err)
	}
}

func TestBadQuery(t *testing.T) {
	s := openTest(t)
	_, err := s.List(context.Background(), "tag:a foo:b", 0, 10)
	var qe *query.Error
	if !errors.As(err, &qe) || qe.Col != 7 {
		t.Fatalf("err = %v, want a query error at column 7", err)
	}
	if err := s.MarkAllRead(context.Background(), `"open`); !errors.As(err, &qe) {
		t.Fatalf("MarkAllRead err = %v", err)
	}
}

func TestMarkAllRead(t *testing.T) {
	s := openTest(t)
	fixture(t, s)
	ctx := context.Background()
	if err := s.MarkAllRead(ctx, "tag:politics"); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(guids(t, s, "is:unread"), " "); got != "a6" {
		t.Errorf("unread after marking politics read = %s", got)
	}
	// The hidden feed's article was not in view, so it stays unread.
	if got := strings.Join(guids(t, s, "feed:secret is:unread"), " "); got != "a5" {
		t.Errorf("hidden article = %q", got)
	}
}
