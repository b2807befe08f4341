package entity

import (
	"os"
	"testing"
	"unicode/utf8"
)

func FuzzFind(f *testing.F) {
	f.Add(`"We will rebuild," said Ana Souza, the mayor.`)
	f.Add("KYIV, Ukraine - 'It's over,' he said. «Non» \"\n\n\"")
	f.Add("A: yes\nQ: ‘’“”„'s")
	if b, err := os.ReadFile("testdata/dev/01-mombasa-port.txt"); err == nil {
		f.Add(string(b))
	}
	f.Fuzz(func(t *testing.T, text string) {
		res := Find(text)
		n := utf8.RuneCountInString(text)
		ok := func(s, e int) {
			if s < 0 || e > n || s > e {
				t.Fatalf("span %d-%d outside 0-%d", s, e, n)
			}
		}
		for _, q := range res.Quotes {
			ok(q.Start, q.End)
		}
		for _, p := range res.People {
			for _, m := range p.Mentions {
				ok(m.Start, m.End)
			}
		}
		for _, p := range res.Places {
			for _, m := range p.Mentions {
				ok(m.Start, m.End)
			}
		}
	})
}
