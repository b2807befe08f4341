// Package feed is dateline's news domain: subscriptions, feeds and articles,
// the fetcher that turns HTTP responses into articles, and the reload that
// runs many fetches at once and hands each feed's result to a Sink.
package feed

import (
	"context"
	"time"
)

// Subscription is one line of the urls file (or one OPML outline).
type Subscription struct {
	URL      string
	Title    string   // the user's own title ("~Title" in the urls file); empty: use the feed's
	Tags     []string // the user's tags, as written
	Hidden   bool     // "!" in the urls file: fetched, but hidden from the default view
	FullText bool     // fetch the web page of each new article (config)
}

// TagSource says where a tag came from; the reader shows them apart.
type TagSource string

const (
	TagUser TagSource = "user" // urls file, OPML, `dateline tag`
	TagFeed TagSource = "feed" // <category>, Atom category, JSON Feed tags
	TagRule TagSource = "rule" // a [[rule]] in the config
)

// Tag is a topic tag on an article or a feed.
type Tag struct {
	Name   string
	Source TagSource
}

// EntityKind names what an EntityRef is.
type EntityKind string

const (
	EntityPerson  EntityKind = "person"  // named in the text
	EntitySpeaker EntityKind = "speaker" // quoted or reported as speaking
	EntityPlace   EntityKind = "place"
)

// EntityRef is one distinct person, speaker or place of an article, stored at
// ingest so that "every article quoting X" is one indexed query.
type EntityRef struct {
	Kind EntityKind
	Name string // canonical name ("Volodymyr Zelensky", "Kyiv")
}

// Article is one item of a feed. Every string in it has been sanitised
// (see feed/article.Sanitize) before it leaves this package.
type Article struct {
	ID         int64 // store id; 0 before it is stored
	FeedURL    string
	FeedTitle  string
	GUID       string
	Link       string
	Title      string
	Author     string
	Published  time.Time // zero when the feed gave none
	Updated    time.Time
	Content    string   // the body as the feed sent it (HTML or text), sanitised
	Summary    string   // the feed's short description, when it sent one apart
	Categories []string // the feed's own categories, normalised and split

	// Filled by the reload pipeline from the rendered text, not by the parser.
	Entities []EntityRef

	// Full text fetched from the article's web page (feeds that send a summary).
	FullText      string
	FullTextError string

	// State, filled by the store on the read side.
	Read    bool
	Starred bool
	Tags    []Tag
}

// Body is what the reader shows: the full text when there is one, else the
// content, else the summary.
func (a *Article) Body() string {
	switch {
	case a.FullText != "":
		return a.FullText
	case a.Content != "":
		return a.Content
	default:
		return a.Summary
	}
}

// Feed is one parsed feed document.
type Feed struct {
	URL         string
	Title       string
	SiteLink    string
	Description string
	Articles    []Article
}

// FetchState is what a conditional GET needs from the last fetch.
type FetchState struct {
	ETag         string
	LastModified string
}

// Status is the outcome of one feed in a reload.
type Status int

const (
	StatusNew         Status = iota // fetched and parsed; may still hold no new article
	StatusNotModified               // 304: nothing parsed, nothing written
	StatusFailed
)

func (s Status) String() string {
	switch s {
	case StatusNew:
		return "updated"
	case StatusNotModified:
		return "not modified"
	default:
		return "failed"
	}
}

// Outcome is what happened to one feed in a reload.
type Outcome struct {
	URL          string
	Title        string
	Status       Status
	New          int    // articles stored that were not there before
	Err          error  // when Status is StatusFailed
	RedirectedTo string // a permanent redirect seen on the way
	Duration     time.Duration
}

// Summary totals a reload.
type Summary struct {
	Feeds, Updated, NotModified, Failed, NewArticles int
	Failures                                         []Outcome
	Elapsed                                          time.Duration

	// Full texts fetched in the reload, stored and failed (see
	// ReloadOptions.FullTextProgress).
	FullTexts, FullTextFailed int

	// FinishErr is why the sink's Finish failed (Finisher), if it did.
	// What was saved stays saved.
	FinishErr error
}

// FeedInfo is a subscription with what the store knows of it.
type FeedInfo struct {
	Subscription
	FeedTitle    string // the title the feed gives itself
	SiteLink     string
	Articles     int
	Unread       int
	LastUpdate   time.Time // last successful fetch
	LastError    string    // empty when the last fetch worked
	LastErrorAt  time.Time
	RedirectedTo string // the new URL after a permanent redirect
}

// DisplayTitle is the user's title, else the feed's, else the URL.
func (f FeedInfo) DisplayTitle() string {
	switch {
	case f.Title != "":
		return f.Title
	case f.FeedTitle != "":
		return f.FeedTitle
	default:
		return f.URL
	}
}

// TagCount is a tag with its article counts, for the tag picker and sidebar.
type TagCount struct {
	Name   string
	Source TagSource
	Total  int
	Unread int
}

// Page is one window of a query's results, newest first.
type Page struct {
	Items  []Article // no Content/Summary/FullText: bodies load when shown
	Offset int
	Total  int // matching articles in all
	Unread int // matching unread articles in all
}

// Sink receives a reload's results; the store implements it. The reload
// calls it from one goroutine only, so an implementation may hold one
// transaction per call without further locking.
type Sink interface {
	// State returns the conditional-GET validators of the last fetch.
	State(ctx context.Context, url string) (FetchState, error)
	// Save stores one fetched feed in one transaction and returns how many
	// of its articles were new.
	Save(ctx context.Context, sub Subscription, f *Feed, st FetchState, redirectedTo string) (int, error)
	// NotModified records a 304.
	NotModified(ctx context.Context, url string) error
	// Fail records why a feed failed; earlier articles are kept.
	Fail(ctx context.Context, url string, err error) error
}

// A KnownSink can say which articles of a fetched feed it already holds
// with the same content and summary, so that Prepare (the costly part of a
// reload after parsing) skips them: a feed that adds one article sends the
// others again. Unlike the rest of a Sink, Unchanged is called by the
// workers, at the same time as the writer saves other feeds; it must be
// safe for that. Save must then keep the stored entities of an article
// whose content and summary did not change.
type KnownSink interface {
	// Unchanged reports, for each of arts, whether the sink holds it with
	// the same content and summary.
	Unchanged(ctx context.Context, feedURL string, arts []Article) ([]bool, error)
}

// A Finisher is a Sink with work best done once after a whole reload
// rather than after every feed (the store merges its search index).
// Reload calls Finish after the last save, unless the reload was cancelled.
type Finisher interface {
	Finish(ctx context.Context) error
}

// FullTextSink is implemented by a Sink that also keeps the full text of
// articles fetched from their web pages (feeds that send only a summary).
type FullTextSink interface {
	// PendingFullText lists the articles of a feed that have neither full
	// text nor a recorded full-text error yet (ID and Link are set).
	PendingFullText(ctx context.Context, feedURL string, limit int) ([]Article, error)
	// SaveFullText stores the extracted HTML (or the reason it failed, with
	// html empty) and the entities recomputed from it; the feed's own
	// content and summary are kept.
	SaveFullText(ctx context.Context, id int64, html string, ents []EntityRef, failure string) error
}
