package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"

	"dateline/feed/article"

	"golang.org/x/net/html/charset"
)

// FetchFullText gets the web page of an article, extracts the article from
// it and finds its entities. It is for feeds that send only a summary; the
// reload calls it for subscriptions with FullText, the reader on demand.
// FullTextFailure turns its error into the reason stored with the article.
func FetchFullText(ctx context.Context, f *Fetcher, link string) (string, []EntityRef, error) {
	u, err := url.Parse(link)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return "", nil, fmt.Errorf("not a web link: %q", link)
	}
	resp, err := f.Page(ctx, link, article.MaxPage)
	if err != nil {
		return "", nil, err
	}
	if final, err := url.Parse(resp.FinalURL); err == nil {
		u = final
	}
	r, err := charset.NewReader(bytes.NewReader(resp.Body), resp.ContentType)
	if err != nil {
		return "", nil, fmt.Errorf("decode page: %w", err)
	}
	html, err := article.Extract(r, u)
	if err != nil {
		return "", nil, err
	}
	html = article.SanitizeText(html)
	return html, EntitiesOf(html), nil
}

// FullTextFailure is the short reason stored when FetchFullText fails:
// "paywall", "HTTP 403", "timeout", "no article found", "not HTML".
func FullTextFailure(err error) string {
	var he *HTTPError
	var tl *TooLargeError
	switch {
	case err == nil:
		return ""
	case errors.Is(err, article.ErrPaywall):
		return "paywall"
	case errors.Is(err, article.ErrNoArticle):
		return "no article found"
	case errors.Is(err, article.ErrNotHTML):
		return "not HTML"
	case errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	case errors.As(err, &he):
		return fmt.Sprintf("HTTP %d", he.Code)
	case errors.As(err, &tl):
		return "page too large"
	default:
		return article.Sanitize(err.Error())
	}
}
