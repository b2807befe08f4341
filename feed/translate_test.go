package feed

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/mmcdole/gofeed"
)

// The lean RSS translator must give what gofeed's own gives, but images.
func TestRSSTranslatorMatchesDefault(t *testing.T) {
	for _, name := range []string{"rss091.xml", "rss10.rdf", "rss20.xml", "bench50.xml", "atom.xml", "feed.json"} {
		data := readFixture(t, name)
		want, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		got, err := newParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want.Image, got.Image = nil, nil
		for _, it := range append(want.Items, got.Items...) {
			it.Image = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: lean translation differs", name)
		}
	}
}
