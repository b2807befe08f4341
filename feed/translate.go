package feed

import (
	"github.com/mmcdole/gofeed"
	"github.com/mmcdole/gofeed/rss"
)

// rssTranslator is gofeed's RSS translator without its search for an image
// in each item's HTML (it parses every description and content with an
// HTML parser, about a sixth of a parse, for a field dateline never uses).
// It hides the HTML fields from the default translator and puts them back.
type rssTranslator struct{ gofeed.DefaultRSSTranslator }

type htmlFields struct{ desc, content string }

func (t *rssTranslator) Translate(feed any) (*gofeed.Feed, error) {
	rf, ok := feed.(*rss.Feed)
	if !ok {
		return t.DefaultRSSTranslator.Translate(feed)
	}
	kept := make([]htmlFields, len(rf.Items))
	for i, it := range rf.Items {
		if it != nil {
			kept[i] = htmlFields{it.Description, it.Content}
			it.Description, it.Content = "", ""
		}
	}
	chanDesc := rf.Description
	rf.Description = ""
	out, err := t.DefaultRSSTranslator.Translate(rf)
	rf.Description = chanDesc
	for i, it := range rf.Items {
		if it != nil {
			it.Description, it.Content = kept[i].desc, kept[i].content
		}
	}
	if err != nil || len(out.Items) != len(rf.Items) {
		return t.DefaultRSSTranslator.Translate(rf) // not the shape expected: do it the slow way
	}
	if chanDesc != "" {
		out.Description = chanDesc
	}
	for i, it := range out.Items {
		if kept[i].desc != "" {
			it.Description = kept[i].desc
		}
		if kept[i].content != "" {
			it.Content = kept[i].content
		}
	}
	return out, nil
}

// newParser is gofeed's universal parser with the lean RSS translator.
func newParser() *gofeed.Parser {
	p := gofeed.NewParser()
	p.RSSTranslator = &rssTranslator{}
	return p
}
