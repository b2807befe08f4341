package entity

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// devExpect is the hand-written answer for one dev-set article.
type devExpect struct {
	People []struct {
		Name   string `json:"name"`
		Quoted bool   `json:"quoted"`
	} `json:"people"`
	Quotes []struct {
		Text    string `json:"text"`
		Speaker string `json:"speaker"`
		Direct  bool   `json:"direct"`
	} `json:"quotes"`
	Places []string `json:"places"`
}

// devScore accumulates the figures over the dev set.
type devScore struct {
	qFound, qWant, qMatch    int
	attrAll, attrAllOK       int
	attrNamed, attrNamedOK   int
	speakerF1Sum             float64
	articles                 int
	pFound, pWant, pMatch    int
	plFound, plWant, plMatch int
}

// bars are the figures a set of articles must reach.
type bars struct {
	quoteRecall, attrNamed, attrAll, speakerF1, personF1, placeF1 float64
}

// devBars are what the whole dev set must clear: a little under the
// figures reached, so a change that makes things worse fails, and each at
// least the target. Articles 304-891 (forty-nine more batches
// written blind, all but the last then tuned on) came after the bars were
// first set; the 876 articles score quotes R 0.988, attribution named 0.960
// / all 0.948, speaker F1 0.942, people F1 0.952, places F1 0.903 (at
// 8833dad); the
// places bar came down from 0.905 because the later batches are harder
// there (districts, villages and estates no list has).
var devBars = bars{quoteRecall: 0.975, attrNamed: 0.945, attrAll: 0.93, speakerF1: 0.93, personF1: 0.93, placeF1: 0.90}

// firstDevBars guard the first 84 dev articles (01-99), which the finder
// has been tuned on longest, at their old bars (quotes R 0.998,
// attribution 0.995 / 0.992, speaker F1 0.985, people F1 0.983, places
// F1 0.962 when set), so that work on new articles does not undo old fixes.
var firstDevBars = bars{quoteRecall: 0.99, attrNamed: 0.98, attrAll: 0.98, speakerF1: 0.97, personF1: 0.97, placeF1: 0.93}

// heldOutBars guard the held-out set (testdata/heldout): articles written
// by someone who never saw the finder or its output, and never tuned on.
// Each set was first measured as it came:
//
//   - h01-h12: quotes R 0.946, attribution 0.764 named / 0.804 all,
//     speaker F1 0.829, people 0.867, places 0.943; four kinds of miss seen
//     there were later described in general terms and fixed on dev articles.
//
//   - h13-h24 (finder at 51d00c6): quotes R 0.959, attribution 0.817 /
//     0.801, speaker F1 0.795, people 0.821, places 0.770; the place
//     examples in one later brief came from their annotator's notes, so
//     their place figure is not unseen since.
//
//   - h25-h36 (finder at about 2f6745c): quotes R 0.968, attribution 0.818
//     / 0.814, speaker F1 0.821, people 0.902, places 0.824. Nobody tuning
//     the finder has read their misses; only these totals were looked at.
//
//   - h37-h48 (finder at 0c5a0bc, scored once at the end of that work):
//     quotes R 0.983, attribution 0.937 / 0.886, speaker F1 0.873, people
//     0.893, places 0.930.
//
//   - h49-h60 (finder at bbe6819, first sight): quotes R 0.977, attribution
//     0.955 / 0.928, speaker F1 0.890, people 0.937, places 0.925.
//
//   - h61-h72 and h73-h84 (written while the finder changed, scored once
//     at 9e67987): quotes R 0.989 and 0.978, attribution 0.935 / 0.903
//     and 0.891 / 0.894, speaker F1 0.890 and 0.912, people 0.919 and
//     0.879, places 0.914 and 0.821.
//
//   - h85-h96 (scored once at 7f71b4b): quotes R 0.974, attribution 0.961
//     / 0.908, speaker F1 0.871, people 0.896, places 0.832.
//
//   - h97-h120 and h121-h144 (written blind while the finder changed on
//     dev articles only, scored once at 59bed22): quotes R 0.961 and
//     0.971, attribution 0.912 / 0.904 and 0.929 / 0.887, speaker F1 0.899
//     and 0.887, people 0.922 and 0.922, places 0.920 and 0.892.
//
//   - h145-h156 (written blind after that, scored once at 5aec49c):
//     quotes R 0.950, attribution 0.904 / 0.878, speaker F1 0.823, people
//     0.911, places 0.908.
//
//   - h157-h216 (five sets of twelve, written blind while the finder changed
//     on dev articles only, scored once at 8e6cddf): quotes R 0.975,
//     attribution 0.930 / 0.891, speaker F1 0.872, people 0.919, places
//     0.916 (h157-h180: 0.974, 0.959 / 0.913, 0.887; h181-h204: 0.973,
//     0.902 / 0.865, 0.839; h205-h216: 0.983, 0.928 / 0.897, 0.907).
//
//   - h217-h276 (five sets of twelve, written blind while the finder
//     changed on dev articles only, scored once at 71e5105, totals the
//     same when looked at once more at 2958e7d): quotes R
//     0.975, attribution 0.920 / 0.901, speaker F1 0.891, people 0.924,
//     places 0.873 (by set of twelve, speaker F1 0.911, 0.889, 0.858,
//     0.892, 0.903).
//
//   - h277-h336 (five sets of twelve, written blind while the finder
//     changed on dev articles only, first scored at 440191a): quotes R
//     0.971, attribution 0.910 / 0.895, speaker F1 0.869, people 0.912,
//     places 0.849 (by set of twelve, speaker F1 0.887, 0.819, 0.861,
//     0.905, 0.872); after two more rules from dev articles (f273a13)
//     0.977, 0.910 / 0.896, 0.876, 0.913, 0.846.
//
//   - h337-h420 (six sets of twelve and one of eight, written blind
//     while the finder changed on dev articles only, each scored once at
//     first sight):
//     h337-h348 at 03fbc58, quotes R 0.989, attribution 0.920 / 0.904,
//     speaker F1 0.863, people 0.917, places 0.833; h349-h372 at 7f5a17f,
//     0.984, 0.954 / 0.933, 0.909, 0.931, 0.853; h373-h396 at b56afab,
//     0.988, 0.960 / 0.952, 0.940, 0.951, 0.874; h397-h404 (eight articles)
//     and h409-h420 at 21a9933, 0.992, 0.965 / 0.945, 0.911, 0.965, 0.864.
//
// The bars sit just under the 416 articles' figures at 21a9933 (quotes R
// 0.980, attribution 0.938 / 0.915, speaker F1 0.897, people 0.932,
// places 0.886): a regression guard, speaker F1 and places a little lower
// because the newer sets are harder there, not because anything got worse
// (the first 276 score 0.977, 0.940 / 0.913, speaker F1 0.897 at 21a9933,
// against 0.975, 0.936 / 0.910, 0.894 at 71e5105). Some rules were written
// from the misses of h01-h24, whose misses had been read before.
var heldOutBars = bars{quoteRecall: 0.97, attrNamed: 0.93, attrAll: 0.905, speakerF1: 0.885, personF1: 0.92, placeF1: 0.885}

// TestDevSet scores Find on testdata/dev (articles with hand-made answers)
// and fails below the bars. DATELINE_DEVSET_VERBOSE=1 prints every miss;
// DATELINE_DEVSET_GLOB (default testdata/dev/*.txt) scores a subset.
func TestDevSet(t *testing.T) {
	glob := os.Getenv("DATELINE_DEVSET_GLOB")
	if glob == "" {
		glob = "testdata/dev/*.txt"
	}
	scoreSet(t, glob, devBars)
}

// TestFirstDevArticles scores the first 84 dev articles at their own bars.
func TestFirstDevArticles(t *testing.T) {
	scoreSet(t, "testdata/dev/[0-9][0-9]-*.txt", firstDevBars)
}

// TestHeldOut scores the held-out set. Look at its misses to learn what
// fails on unseen text, but fix the finder on dev-set articles only, or
// it stops measuring anything.
func TestHeldOut(t *testing.T) {
	scoreSet(t, "testdata/heldout/*.txt", heldOutBars)
}

// scoreSet scores Find on the articles matching glob (each NAME.txt with
// its answer in NAME.json), prints the figures and fails below b.
func scoreSet(t *testing.T, glob string, b bars) {
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatalf("%q: %v", glob, err)
	}
	if len(files) == 0 {
		t.Skipf("no articles match %s", glob)
	}
	verbose := os.Getenv("DATELINE_DEVSET_VERBOSE") == "1"
	var s devScore
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var want devExpect
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		misses := s.add(t, string(text), &want)
		if verbose && len(misses) > 0 {
			fmt.Printf("--- %s\n%s", filepath.Base(f), strings.Join(misses, ""))
		}
	}
	fmt.Printf("%s: %d articles\n", filepath.Dir(glob), s.articles)
	s.report(t, b)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s *devScore) report(t *testing.T, b bars) {
	qp, qr := ratio(s.qMatch, s.qFound), ratio(s.qMatch, s.qWant)
	pp, pr := ratio(s.pMatch, s.pFound), ratio(s.pMatch, s.pWant)
	lp, lr := ratio(s.plMatch, s.plFound), ratio(s.plMatch, s.plWant)
	named, all := ratio(s.attrNamedOK, s.attrNamed), ratio(s.attrAllOK, s.attrAll)
	spk := s.speakerF1Sum / float64(s.articles)
	fmt.Printf("quotes       P %.3f R %.3f F1 %.3f (%d found, %d expected, %d matched)\n", qp, qr, f1(qp, qr), s.qFound, s.qWant, s.qMatch)
	fmt.Printf("attribution  named %.3f (%d/%d)  all %.3f (%d/%d)\n", named, s.attrNamedOK, s.attrNamed, all, s.attrAllOK, s.attrAll)
	fmt.Printf("speaker set  F1 %.3f (mean per article)\n", spk)
	fmt.Printf("people       P %.3f R %.3f F1 %.3f\n", pp, pr, f1(pp, pr))
	fmt.Printf("places       P %.3f R %.3f F1 %.3f\n", lp, lr, f1(lp, lr))
	check := func(name string, got, bar float64) {
		if got < bar {
			t.Errorf("%s %.3f is below the bar %.2f", name, got, bar)
		}
	}
	check("quote recall", qr, b.quoteRecall)
	check("named attribution", named, b.attrNamed)
	check("attribution", all, b.attrAll)
	check("speaker F1", spk, b.speakerF1)
	check("person F1", f1(pp, pr), b.personF1)
	check("place F1", f1(lp, lr), b.placeF1)
}

// add scores one article and returns its misses as lines.
func (s *devScore) add(t *testing.T, text string, want *devExpect) []string {
	res := Find(text)
	var misses []string
	miss := func(format string, args ...any) { misses = append(misses, fmt.Sprintf(format+"\n", args...)) }
	s.articles++
	s.scoreQuotes(t, text, want, res, miss)
	s.scoreSpeakers(want, res, miss)
	s.scorePeople(want, res, miss)
	s.scorePlaces(want, res, miss)
	return misses
}

// expectedSpans finds each expected quote's span; repeated texts take
// successive occurrences.
func expectedSpans(t *testing.T, text string, want *devExpect) []Span {
	seen := map[string]int{}
	spans := make([]Span, len(want.Quotes))
	for i, q := range want.Quotes {
		from := seen[q.Text]
		idx := strings.Index(text[from:], q.Text)
		if idx < 0 {
			idx, from = strings.Index(text, q.Text), 0
		}
		if idx < 0 {
			t.Errorf("expected quote not in the text: %q", q.Text)
			continue
		}
		b := from + idx
		seen[q.Text] = b + len(q.Text)
		start := len([]rune(text[:b]))
		spans[i] = Span{start, start + len([]rune(q.Text))}
	}
	return spans
}

func overlapOK(a, b Span) bool {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	short := min(a.End-a.Start, b.End-b.Start)
	return hi > lo && short > 0 && (hi-lo)*2 >= short
}

func normSpeaker(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func (s *devScore) scoreQuotes(t *testing.T, text string, want *devExpect, res Result, miss func(string, ...any)) {
	rs := []rune(text)
	spans := expectedSpans(t, text, want)
	named := map[string]bool{}
	for _, p := range want.People {
		named[normSpeaker(p.Name)] = true
	}
	used := make([]bool, len(res.Quotes))
	s.qFound += len(res.Quotes)
	s.qWant += len(want.Quotes)
	// Match same-kind quotes first, so a partial direct quote is not taken
	// by the reported clause around it.
	match := make([]int, len(want.Quotes))
	for i, w := range want.Quotes {
		match[i] = bestMatch(spans[i], w.Direct, res.Quotes, used, true)
		if match[i] >= 0 {
			used[match[i]] = true
		}
	}
	for i, w := range want.Quotes {
		if match[i] < 0 {
			match[i] = bestMatch(spans[i], w.Direct, res.Quotes, used, false)
		}
		j := match[i]
		if j < 0 {
			miss("  quote missed: %q (%s)", w.Text, w.Speaker)
			continue
		}
		used[j] = true
		s.qMatch++
		ok := normSpeaker(res.Quotes[j].Speaker) == normSpeaker(w.Speaker)
		s.attrAll++
		if ok {
			s.attrAllOK++
		} else {
			miss("  speaker: %q got %q want %q", clip(w.Text), res.Quotes[j].Speaker, w.Speaker)
		}
		if named[normSpeaker(w.Speaker)] {
			s.attrNamed++
			if ok {
				s.attrNamedOK++
			}
		}
	}
	for k, q := range res.Quotes {
		if !used[k] {
			miss("  extra quote: %q (%s)", clip(string(rs[q.Start:q.End])), q.Speaker)
		}
	}
}

func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

func (s *devScore) scoreSpeakers(want *devExpect, res Result, miss func(string, ...any)) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, q := range want.Quotes {
		if q.Speaker != "" {
			w[normSpeaker(q.Speaker)] = true
		}
	}
	for _, q := range res.Quotes {
		if q.Speaker != "" {
			g[normSpeaker(q.Speaker)] = true
		}
	}
	p, r, m := setMatch(g, w)
	if len(w) == 0 && len(g) == 0 {
		s.speakerF1Sum++
		return
	}
	s.speakerF1Sum += f1(ratio(m, p), ratio(m, r))
	for x := range w {
		if !g[x] {
			miss("  speaker missed: %s", x)
		}
	}
	for x := range g {
		if !w[x] {
			miss("  speaker extra: %s", x)
		}
	}
}

func setMatch(got, want map[string]bool) (int, int, int) {
	m := 0
	for x := range got {
		if want[x] {
			m++
		}
	}
	return len(got), len(want), m
}

func (s *devScore) scorePeople(want *devExpect, res Result, miss func(string, ...any)) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, p := range want.People {
		w[normSpeaker(p.Name)] = true
	}
	for _, p := range res.People {
		g[normSpeaker(p.Name)] = true
	}
	p, r, m := setMatch(g, w)
	s.pFound, s.pWant, s.pMatch = s.pFound+p, s.pWant+r, s.pMatch+m
	diffLines("person", g, w, miss)
}

func normPlace(name string) string {
	if std, _, ok := Canonical(name); ok {
		return std
	}
	return strings.ToLower(name)
}

func (s *devScore) scorePlaces(want *devExpect, res Result, miss func(string, ...any)) {
	w, g := map[string]bool{}, map[string]bool{}
	for _, p := range want.Places {
		w[normPlace(p)] = true
	}
	for _, p := range res.Places {
		g[normPlace(p.Name)] = true
	}
	p, r, m := setMatch(g, w)
	s.plFound, s.plWant, s.plMatch = s.plFound+p, s.plWant+r, s.plMatch+m
	diffLines("place", g, w, miss)
}

func diffLines(kind string, got, want map[string]bool, miss func(string, ...any)) {
	var lines []string
	for x := range want {
		if !got[x] {
			lines = append(lines, fmt.Sprintf("  %s missed: %s", kind, x))
		}
	}
	for x := range got {
		if !want[x] {
			lines = append(lines, fmt.Sprintf("  %s extra: %s", kind, x))
		}
	}
	sort.Strings(lines)
	for _, l := range lines {
		miss("%s", l)
	}
}

// bestMatch picks the unused found quote that overlaps the expected span
// enough, preferring the same kind (direct or reported) and more overlap.
func bestMatch(want Span, direct bool, found []Quote, used []bool, sameKind bool) int {
	best, bestScore := -1, -1<<30
	for k, q := range found {
		got := Span{q.Start, q.End}
		if used[k] || !overlapOK(want, got) || sameKind && q.Direct != direct {
			continue
		}
		// Most overlap and least excess: the closest span wins ties.
		score := 2*(min(want.End, got.End)-max(want.Start, got.Start)) - (want.End - want.Start) - (got.End - got.Start)
		if q.Direct == direct {
			score += 1 << 20
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best
}
