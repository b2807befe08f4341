package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"dateline/feed/samplefeed"
)

// Version is the program version the User-Agent names; cmd sets it at
// start-up through FetcherOptions.UserAgent, this is only the default.
const Version = "dev"

// UserAgent is the User-Agent dateline sends for a program version.
func UserAgent(version string) string {
	return "dateline/" + version + " (+https://dateline.invalid)"
}

// FetcherOptions tunes a Fetcher; zero fields take the defaults below.
type FetcherOptions struct {
	UserAgent     string
	Timeout       time.Duration // whole fetch of one feed, retries included (30 s)
	DialTimeout   time.Duration // 10 s
	TLSTimeout    time.Duration // 10 s
	HeaderTimeout time.Duration // from request sent to response headers (20 s)
	MaxBody       int64         // decompressed body cap (20 MiB)
	MaxRedirects  int           // 10
	MaxRetryWait  time.Duration // longest Retry-After honoured, once (10 s)
	PerHost       int           // concurrent requests per host; 0 = no cap
}

func (o FetcherOptions) withDefaults() FetcherOptions {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Timeout, 30*time.Second)
	def(&o.DialTimeout, 10*time.Second)
	def(&o.TLSTimeout, 10*time.Second)
	def(&o.HeaderTimeout, 20*time.Second)
	def(&o.MaxRetryWait, 10*time.Second)
	if o.UserAgent == "" {
		o.UserAgent = UserAgent(Version)
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 20 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 10
	}
	return o
}

// Fetcher gets feeds and web pages over HTTP(S), from local files and from
// the built-in sample, with the same limits for all. It is safe for
// concurrent use; one Fetcher serves a whole program.
type Fetcher struct {
	opt    FetcherOptions
	client *http.Client
	hosts  *hostLimiter
}

// NewFetcher returns a Fetcher with one HTTP client and its own transport.
func NewFetcher(opt FetcherOptions) *Fetcher {
	opt = opt.withDefaults()
	tr := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: opt.DialTimeout, KeepAlive: 30 * time.Second}).DialContext,
		TLSHandshakeTimeout:   opt.TLSTimeout,
		ResponseHeaderTimeout: opt.HeaderTimeout,
		ExpectContinueTimeout: time.Second,
		IdleConnTimeout:       90 * time.Second,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   4,
		ForceAttemptHTTP2:     true,
	}
	f := &Fetcher{opt: opt, hosts: newHostLimiter(opt.PerHost)}
	f.client = &http.Client{Transport: tr, CheckRedirect: f.checkRedirect}
	return f
}

// Close drops the idle connections the Fetcher keeps.
func (f *Fetcher) Close() { f.client.CloseIdleConnections() }

// Response is a fetched document.
type Response struct {
	Body         []byte     // the raw body, decompressed (feeds: decoded to UTF-8 by Fetch)
	ContentType  string     // the Content-Type header, if any
	State        FetchState // validators for the next conditional GET
	NotModified  bool       // a 304: Body is empty
	RedirectedTo string     // the target of a permanent redirect, if one was seen
	FinalURL     string     // where the body came from after redirects
}

// HTTPError is a non-2xx answer.
type HTTPError struct {
	Code       int
	Status     string        // "404 Not Found"
	RetryAfter time.Duration // from a 429 or 503 that was not retried
}

func (e *HTTPError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("HTTP %s (retry after %s)", e.Status, e.RetryAfter.Round(time.Second))
	}
	return "HTTP " + e.Status
}

// Fetch gets one feed and returns its body as UTF-8. With validators in st
// it makes a conditional GET; a 304 returns NotModified and no body.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, st FetchState) (*Response, error) {
	resp, err := f.get(ctx, rawURL, request{st: st, limit: f.opt.MaxBody, accept: acceptFeed})
	if err != nil || resp.NotModified {
		return resp, err
	}
	body, err := toUTF8(resp.Body, resp.ContentType)
	if err != nil {
		return nil, err
	}
	resp.Body = body
	return resp, nil
}

// Page gets a web page (no conditional GET, no charset decoding) with at
// most limit bytes of body.
func (f *Fetcher) Page(ctx context.Context, rawURL string, limit int64) (*Response, error) {
	return f.get(ctx, rawURL, request{limit: limit, accept: acceptPage})
}

// request is what differs between fetching a feed and fetching a page.
type request struct {
	st     FetchState
	limit  int64
	accept string
}

const (
	acceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
	acceptPage = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
)

func (f *Fetcher) get(ctx context.Context, rawURL string, rq request) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.opt.Timeout)
	defer cancel()
	switch {
	case rawURL == samplefeed.URL:
		return &Response{Body: samplefeed.Data, FinalURL: rawURL}, nil
	case isLocal(rawURL):
		return readLocal(rawURL, rq.limit)
	}
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not a feed URL: %q", rawURL)
	}
	release, err := f.hosts.acquire(ctx, u.Host)
	if err != nil {
		return nil, f.timeoutError(ctx, err)
	}
	defer release()
	resp, err := f.getRetrying(ctx, u, rq)
	return resp, f.timeoutError(ctx, err)
}

// getRetrying makes the request, and makes it once more when a 429 or 503
// asks to wait no longer than MaxRetryWait.
func (f *Fetcher) getRetrying(ctx context.Context, u *url.URL, rq request) (*Response, error) {
	resp, err := f.do(ctx, u, rq)
	var he *HTTPError
	if !errors.As(err, &he) || he.RetryAfter <= 0 || he.RetryAfter > f.opt.MaxRetryWait {
		return resp, err
	}
	t := time.NewTimer(he.RetryAfter)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
	}
	return f.do(ctx, u, rq)
}

type traceKey struct{}

// redirectTrace follows one request's redirects.
type redirectTrace struct {
	permanent string // the target while every hop so far was permanent
	broken    bool   // a temporary hop was seen
}

func (f *Fetcher) do(ctx context.Context, u *url.URL, rq request) (*Response, error) {
	st := rq.st
	trace := &redirectTrace{}
	req, err := http.NewRequestWithContext(context.WithValue(ctx, traceKey{}, trace), http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.opt.UserAgent)
	req.Header.Set("Accept", rq.accept)
	if st.ETag != "" {
		req.Header.Set("If-None-Match", st.ETag)
	}
	if st.LastModified != "" {
		req.Header.Set("If-Modified-Since", st.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()
	out := &Response{ContentType: resp.Header.Get("Content-Type"), FinalURL: resp.Request.URL.String()}
	if !trace.broken {
		out.RedirectedTo = trace.permanent
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified, out.State = true, st
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		he := &HTTPError{Code: resp.StatusCode, Status: statusText(resp)}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			he.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
		return out, he
	}
	out.State = FetchState{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	out.Body, err = readBody(resp, rq.limit)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	return out, nil
}

// readBody reads at most limit bytes of a body. A declared length over the
// cap fails before reading; a declared length within it sizes the buffer
// once.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	r := &capReader{r: resp.Body, limit: limit, what: "body"}
	if resp.Uncompressed || resp.ContentLength < 0 {
		return readChunks(r)
	}
	if resp.ContentLength > limit {
		return nil, &TooLargeError{What: "body", Limit: limit}
	}
	buf := bytes.NewBuffer(make([]byte, 0, resp.ContentLength+1)) // +1: EOF needs no growth
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// readChunks reads a body of unknown length into chunks and joins them
// once at the end, so that a body that ends up over the cap costs the cap
// in memory, not the doubling slices a growing buffer leaves behind.
func readChunks(r io.Reader) ([]byte, error) {
	var chunks [][]byte
	size, total := 32<<10, 0
	for {
		c := make([]byte, size)
		n, err := io.ReadFull(r, c)
		chunks, total = append(chunks, c[:n]), total+n
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		size = min(size*2, 1<<20)
	}
	if len(chunks) == 1 {
		return chunks[0], nil
	}
	out := make([]byte, 0, total)
	for _, c := range chunks {
		out = append(out, c...)
	}
	return out, nil
}

func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("redirect loop at %s", req.URL)
		}
	}
	if len(via) >= f.opt.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", f.opt.MaxRedirects)
	}
	trace, _ := req.Context().Value(traceKey{}).(*redirectTrace)
	if trace == nil || req.Response == nil {
		return nil
	}
	switch req.Response.StatusCode {
	case http.StatusMovedPermanently, http.StatusPermanentRedirect:
		trace.permanent = req.URL.String()
	default:
		trace.broken = true
	}
	return nil
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if s, err := strconv.Atoi(h); err == nil {
		if s < 0 {
			return 0
		}
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

func statusText(resp *http.Response) string {
	if t := http.StatusText(resp.StatusCode); t != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, t)
	}
	return strconv.Itoa(resp.StatusCode)
}

// unwrapURLError drops the "Get \"url\": " prefix net/http adds: the
// reload already says which feed failed.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// ErrTimeout is returned when a fetch runs out of time.
var ErrTimeout = errors.New("timed out")

// timeoutError turns the many shapes of "too slow" into ErrTimeout, keeping
// a cancellation by the caller as it is.
func (f *Fetcher) timeoutError(ctx context.Context, err error) error {
	var ne net.Error
	switch {
	case err == nil:
		return nil
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return fmt.Errorf("%w after %s", ErrTimeout, f.opt.Timeout)
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return fmt.Errorf("%w: %v", ErrTimeout, err)
	}
	return err
}
