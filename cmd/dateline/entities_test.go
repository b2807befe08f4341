package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const plainArticle = ` date 2026-03-02 Tartu mayor promises a new bridge by spring

TARTU, Estonia - The city will rebuild its river bridge before the spring floods, its mayor said on Monday.

"We will rebuild the bridge by April," Mara Lind said at a news conference. "Nobody will have to take the long road again."
`

const htmlArticle = `<html><head><title>Port reopens</title></head><body>
<p>MOMBASA, Kenya &mdash; The port will reopen on Friday, officials said.</p>
<p>&ldquo;The cranes are working again,&rdquo; said Kofi Mensah, the port director.</p></body></html>`

func TestEntitiesJSONFollowsTheContract(t *testing.T) {
	env := newTestEnv(t)
	txt := filepath.Join(env.dir, "a.txt")
	html := filepath.Join(env.dir, "b.html")
	os.WriteFile(txt, []byte(plainArticle), 0o600)
	os.WriteFile(html, []byte(htmlArticle), 0o600)
	code, out, errOut := env.run("entities", "--json", txt, html)
	if code != 0 {
		t.Fatalf("entities: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one JSON line per file, got %d:\n%s", len(lines), out)
	}
	texts := []string{plainArticle, ""}
	_, rendered, _ := env.run("entities", "--text", html)
	texts[1] = strings.TrimSuffix(rendered, "\n")
	wantSpeaker := []string{"Mara Lind", "Kofi Mensah"}
	wantQuote := []string{"We will rebuild the bridge by April,", "The cranes are working again,"}
	wantPlace := []string{"Tartu", "Mombasa"}
	for i, line := range lines {
		var rec struct {
			File   string
			People []struct {
				Name     string
				Quoted   bool
				Mentions []struct{ Start, End int }
			}
			Quotes []struct {
				Start, End int
				Speaker    string
				Direct     bool
			}
			Places []struct {
				Name, Country string
				Mentions      []struct{ Start, End int }
			}
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if rec.File != []string{txt, html}[i] {
			t.Errorf("file %q", rec.File)
		}
		runes := []rune(texts[i])
		quoted := map[string]bool{}
		for _, q := range rec.Quotes {
			if q.Start < 0 || q.End > len(runes) || q.Start >= q.End {
				t.Fatalf("quote offsets %d-%d outside the text", q.Start, q.End)
			}
			quoted[q.Speaker+"|"+string(runes[q.Start:q.End])] = q.Direct
		}
		if _, ok := quoted[wantSpeaker[i]+"|"+wantQuote[i]]; !ok {
			t.Errorf("%s: no quote %q by %s in %v", rec.File, wantQuote[i], wantSpeaker[i], quoted)
		}
		found := false
		for _, p := range rec.Places {
			for _, m := range p.Mentions {
				if p.Name == wantPlace[i] && string(runes[m.Start:m.End]) == strings.ToUpper(wantPlace[i]) {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%s: dateline place %s not found with its offsets: %+v", rec.File, wantPlace[i], rec.Places)
		}
		for _, p := range rec.People {
			if p.Name == wantSpeaker[i] && !p.Quoted {
				t.Errorf("%s is quoted but quoted=false", p.Name)
			}
		}
	}
}

func TestEntitiesColourOutputNamesTheSpeakers(t *testing.T) {
	env := newTestEnv(t)
	txt := filepath.Join(env.dir, "a.txt")
	os.WriteFile(txt, []byte(plainArticle), 0o600)
	code, out, _ := env.run("entities", txt, filepath.Join(env.dir, "missing.txt"))
	if code != 1 {
		t.Errorf("a missing file must make the exit status 1, got %d", code)
	}
	if !strings.Contains(out, "We will rebuild the bridge") || !strings.Contains(out, "Speakers: ") ||
		!strings.Contains(out, "Mara Lind") {
		t.Errorf("highlighted output:\n%s", out)
	}
}

func TestReadBackendFiltersSavedArticles(t *testing.T) {
	env := newTestEnv(t)
	txt, html := filepath.Join(env.dir, "a.txt"), filepath.Join(env.dir, "b.html")
	os.WriteFile(txt, []byte(plainArticle), 0o600)
	os.WriteFile(html, []byte(htmlArticle), 0o600)
	b := &fileBackend{}
	for i, p := range []string{txt, html} {
		s, err := loadSaved(p)
		if err != nil {
			t.Fatal(err)
		}
		b.add(int64(i+1), s)
	}
	ctx := t.Context()
	page, err := b.List(ctx, "", 0, 10)
	if err != nil || page.Total != 2 || page.Items[0].Title != "Tartu mayor promises a new bridge by spring" ||
		page.Items[0].Published.Format("2006-01-02") != "2026-03-02" || page.Items[1].Title != "Port reopens" {
		t.Fatalf("list: %v %+v", err, page.Items)
	}
	page, _ = b.List(ctx, "speaker:mensah", 0, 10)
	if page.Total != 1 || page.Items[0].ID != 2 {
		t.Fatalf("speaker:mensah: %+v", page)
	}
	b.SetRead(ctx, []int64{1}, true)
	if page, _ = b.List(ctx, "", 0, 10); page.Unread != 1 {
		t.Fatalf("unread after reading one: %d", page.Unread)
	}
}
