package feed

import (
	"context"
	"fmt"
	"net/url"
	"runtime"
	"sync"
	"time"
)

// ReloadOptions tunes Reload; zero fields take the defaults.
type ReloadOptions struct {
	Jobs     int      // feeds fetched at once (16)
	PerHost  int      // requests at once per host; 0 = no cap
	Fetcher  *Fetcher // nil: a Fetcher with default options, closed at the end
	Progress func(done, total int, o Outcome)

	// Full text, for subscriptions with FullText and a FullTextSink.
	FullTextJobs     int // pages fetched at once, within Jobs (4)
	FullTextPerFeed  int // pending articles taken per feed and reload (20)
	FullTextProgress func(o FullTextOutcome)
}

// FullTextOutcome is what happened to the full text of one article in a
// reload. It is reported apart from the feeds' Outcomes, through
// ReloadOptions.FullTextProgress, so that feed progress stays "done of
// total feeds".
type FullTextOutcome struct {
	FeedURL  string
	ID       int64
	Link     string
	Failure  string // "" when the text was stored; else the stored reason
	Err      error
	Duration time.Duration
}

func (o ReloadOptions) withDefaults() ReloadOptions {
	if o.Jobs <= 0 {
		o.Jobs = 16
	}
	if o.FullTextJobs <= 0 {
		o.FullTextJobs = 4
	}
	if o.FullTextJobs > o.Jobs {
		o.FullTextJobs = o.Jobs
	}
	if o.FullTextPerFeed <= 0 {
		o.FullTextPerFeed = 20
	}
	return o
}

type feedJob struct {
	sub   Subscription
	state FetchState
}

type ftJob struct {
	feedURL string
	id      int64
	link    string
}

// result is what a worker hands the writer: a feed (job set) or a full
// text (ft set).
type result struct {
	job  *feedJob
	feed *Feed
	resp *Response
	err  error
	dur  time.Duration

	ft   *ftJob
	html string
	ents []EntityRef

	parsed bool // holds a slot of reloader.parsed until the writer takes it
}

// Reload fetches, parses and prepares subs in a bounded pool of workers and
// hands each result to sink from this goroutine alone. One failing feed
// never stops the others; a cancelled ctx stops the reload with every
// goroutine it started ended.
func Reload(ctx context.Context, subs []Subscription, sink Sink, opt ReloadOptions) Summary {
	start := time.Now()
	opt = opt.withDefaults()
	if opt.Fetcher == nil {
		opt.Fetcher = NewFetcher(FetcherOptions{})
		defer opt.Fetcher.Close()
	}
	jobs := readStates(ctx, dedupeSubs(subs), sink)
	r := &reloader{opt: opt, sink: sink, total: len(jobs), hosts: newHostLimiter(opt.PerHost),
		cpu: make(chan struct{}, runtime.GOMAXPROCS(0)), parsed: make(chan struct{}, 2*runtime.GOMAXPROCS(0))}
	r.sum.Feeds = len(jobs)
	r.ftSink, _ = sink.(FullTextSink)
	r.known, _ = sink.(KnownSink)

	feeds := make(chan *feedJob, len(jobs))
	for i := range jobs {
		feeds <- &jobs[i]
	}
	close(feeds)
	fts, results, done := make(chan *ftJob), make(chan result), make(chan struct{})
	var wg sync.WaitGroup
	for range min(opt.Jobs, max(len(jobs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.work(ctx, feeds, fts, results, done)
		}()
	}
	r.write(ctx, fts, results)
	close(done)
	wg.Wait()
	if f, ok := sink.(Finisher); ok && ctx.Err() == nil {
		if err := f.Finish(ctx); err != nil {
			r.sum.FinishErr = err
		}
	}
	r.sum.Elapsed = time.Since(start)
	return r.sum
}

// dedupeSubs drops repeated URLs: two results for one feed in one reload
// would only race in the store.
func dedupeSubs(subs []Subscription) []Subscription {
	seen := map[string]bool{}
	var out []Subscription
	for _, s := range subs {
		if !seen[s.URL] {
			seen[s.URL] = true
			out = append(out, s)
		}
	}
	return out
}

// readStates asks the sink for every feed's validators before any fetch,
// on the goroutine that will also write. A feed whose state cannot be read
// is fetched unconditionally.
func readStates(ctx context.Context, subs []Subscription, sink Sink) []feedJob {
	jobs := make([]feedJob, len(subs))
	for i, s := range subs {
		jobs[i].sub = s
		if ctx.Err() == nil {
			jobs[i].state, _ = sink.State(ctx, s.URL)
		}
	}
	return jobs
}

type reloader struct {
	opt    ReloadOptions
	sink   Sink
	ftSink FullTextSink
	known  KnownSink
	cpu    chan struct{} // a token per CPU, taken to parse, to prepare and to save
	parsed chan struct{} // a slot per parsed feed not yet taken by the writer
	hosts  *hostLimiter
	total  int
	done   int
	sum    Summary
}

// work runs jobs until done closes. Feed jobs go first, so full text never
// delays a feed's result.
func (r *reloader) work(ctx context.Context, feeds <-chan *feedJob, fts <-chan *ftJob, results chan<- result, done <-chan struct{}) {
	for {
		select {
		case j, ok := <-feeds:
			if ok {
				results <- r.fetchFeed(ctx, j)
				continue
			}
			feeds = nil
		default:
		}
		select {
		case j, ok := <-feeds:
			if !ok {
				feeds = nil
				continue
			}
			results <- r.fetchFeed(ctx, j)
		case j := <-fts:
			results <- r.fetchFullText(ctx, j)
		case <-done:
			return
		}
	}
}

func (r *reloader) fetchFeed(ctx context.Context, j *feedJob) result {
	start := time.Now()
	res := result{job: j}
	res.resp, res.feed, res.parsed, res.err = r.fetchParse(ctx, j)
	res.dur = time.Since(start)
	return res
}

// fetchParse fetches a feed and, unless it is not modified, parses and
// prepares it. A parsed feed takes a lot more memory than its document,
// and the writer is slower than the fetches, so a worker waits for a slot
// before parsing (parsed reports that it holds one): at most two parsed
// feeds per CPU wait for the writer, not one per worker.
func (r *reloader) fetchParse(ctx context.Context, j *feedJob) (resp *Response, f *Feed, parsed bool, err error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, false, err
	}
	release, err := r.hosts.acquire(ctx, hostOf(j.sub.URL))
	if err != nil {
		return nil, nil, false, err
	}
	resp, err = r.opt.Fetcher.Fetch(ctx, j.sub.URL, j.state)
	release()
	if err != nil || resp.NotModified {
		return resp, nil, false, err
	}
	select {
	case r.parsed <- struct{}{}:
	case <-ctx.Done():
		return nil, nil, false, ctx.Err()
	}
	f, err = r.parse(ctx, resp.Body, j.sub.URL)
	if err != nil {
		return resp, nil, true, err
	}
	resp.Body = nil // the parsed feed is all that is needed now
	var skip []bool
	if r.known != nil {
		skip, _ = r.known.Unchanged(ctx, j.sub.URL, f.Articles) // on error, prepare them all
	}
	if err := r.onCPU(ctx, func() { prepare(f, skip) }); err != nil {
		return nil, nil, true, err
	}
	return resp, f, true, nil
}

func (r *reloader) parse(ctx context.Context, body []byte, url string) (f *Feed, err error) {
	if cerr := r.onCPU(ctx, func() { f, err = Parse(body, url) }); cerr != nil {
		return nil, cerr
	}
	return f, err
}

// onCPU runs fn holding a CPU token. Parsing, preparing and saving only
// use the CPU: more of them at once than there are CPUs would only hold
// more feeds in memory. The writer takes a token for each save too, and
// waiting senders on a channel are served in order, so the writer, the
// critical path of a cold reload, waits for at most one step of a worker.
func (r *reloader) onCPU(ctx context.Context, fn func()) error {
	select {
	case r.cpu <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-r.cpu }()
	fn()
	return nil
}

func (r *reloader) fetchFullText(ctx context.Context, j *ftJob) result {
	start := time.Now()
	res := result{ft: j}
	if res.err = ctx.Err(); res.err == nil {
		res.html, res.ents, res.err = FetchFullText(ctx, r.opt.Fetcher, j.link)
	}
	res.dur = time.Since(start)
	return res
}

// write is the writer: the only caller of the sink while workers run. It
// also queues full-text jobs and hands them out, FullTextJobs at a time.
func (r *reloader) write(ctx context.Context, fts chan<- *ftJob, results <-chan result) {
	var queue []*ftJob
	pending, inFlight := r.total, 0
	for pending > 0 || inFlight > 0 || (len(queue) > 0 && ctx.Err() == nil) {
		var send chan<- *ftJob
		var next *ftJob
		if len(queue) > 0 && inFlight < r.opt.FullTextJobs && ctx.Err() == nil {
			send, next = fts, queue[0]
		}
		select {
		case send <- next:
			queue = queue[1:]
			inFlight++
		case res := <-results:
			if res.parsed {
				<-r.parsed
			}
			if res.ft != nil {
				inFlight--
				r.saveFullText(ctx, res)
				continue
			}
			pending--
			queue = append(queue, r.saveFeed(ctx, res)...)
		}
	}
}

// saveFeed records one feed's result and returns its full-text jobs.
func (r *reloader) saveFeed(ctx context.Context, res result) []*ftJob {
	sub := res.job.sub
	o := Outcome{URL: sub.URL, Title: sub.Title, Duration: res.dur}
	if res.resp != nil {
		o.RedirectedTo = res.resp.RedirectedTo
	}
	if res.feed != nil && o.Title == "" {
		o.Title = res.feed.Title
	}
	err := res.err
	switch {
	case err != nil:
	case res.resp.NotModified:
		o.Status = StatusNotModified
		err = r.sink.NotModified(ctx, sub.URL)
	default:
		var saveErr error
		err = r.onCPU(ctx, func() {
			o.New, saveErr = r.sink.Save(ctx, sub, res.feed, res.resp.State, o.RedirectedTo)
		})
		if saveErr != nil {
			err = fmt.Errorf("save: %w", saveErr)
		}
	}
	if err != nil {
		o.Status, o.Err, o.New = StatusFailed, err, 0
		if ctx.Err() == nil {
			_ = r.sink.Fail(ctx, sub.URL, err) // the outcome already carries err
		}
	}
	r.count(o)
	if o.Status != StatusNew || !sub.FullText {
		return nil
	}
	return r.pendingFullText(ctx, sub.URL)
}

func (r *reloader) count(o Outcome) {
	r.done++
	switch o.Status {
	case StatusNew:
		r.sum.Updated++
		r.sum.NewArticles += o.New
	case StatusNotModified:
		r.sum.NotModified++
	default:
		r.sum.Failed++
		r.sum.Failures = append(r.sum.Failures, o)
	}
	if r.opt.Progress != nil {
		r.opt.Progress(r.done, r.total, o)
	}
}

func (r *reloader) pendingFullText(ctx context.Context, feedURL string) []*ftJob {
	if r.ftSink == nil || ctx.Err() != nil {
		return nil
	}
	arts, err := r.ftSink.PendingFullText(ctx, feedURL, r.opt.FullTextPerFeed)
	if err != nil {
		return nil
	}
	jobs := make([]*ftJob, 0, len(arts))
	for _, a := range arts {
		if a.Link != "" {
			jobs = append(jobs, &ftJob{feedURL: feedURL, id: a.ID, link: a.Link})
		}
	}
	return jobs
}

func (r *reloader) saveFullText(ctx context.Context, res result) {
	o := FullTextOutcome{FeedURL: res.ft.feedURL, ID: res.ft.id, Link: res.ft.link, Err: res.err, Duration: res.dur}
	if ctx.Err() != nil {
		return // cancelled: leave it pending for the next reload
	}
	o.Failure = FullTextFailure(res.err)
	if err := r.ftSink.SaveFullText(ctx, res.ft.id, res.html, res.ents, o.Failure); err != nil && o.Err == nil {
		o.Err = fmt.Errorf("save full text: %w", err)
	}
	if o.Failure == "" && o.Err == nil {
		r.sum.FullTexts++
	} else {
		r.sum.FullTextFailed++
	}
	if r.opt.FullTextProgress != nil {
		r.opt.FullTextProgress(o)
	}
}

func hostOf(rawURL string) string {
	if u, err := url.Parse(rawURL); err == nil {
		return u.Host
	}
	return ""
}
