package entity

import (
	"slices"
	"strings"
	"unicode"
)

// placeHit is one gazetteer match in the text.
type placeHit struct {
	cands []int32
	a, b  int // tokens
}

// joinKey builds the lookup key of tokens [a, b) as the gazetteer does.
func (d *doc) joinKey(a, b int) string {
	n := 0
	for k := a; k < b; k++ {
		n += len(d.toks[k].low) + 1
	}
	buf := make([]byte, 0, n)
	for k := a; k < b; k++ {
		if k > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, d.toks[k].low...)
	}
	return string(buf)
}

// findPlaces matches the gazetteer against capitalised tokens that are not
// part of a person's or an organisation's name, then picks one place per
// ambiguous name using the countries the text is about.
func (d *doc) findPlaces() []Place {
	for i := range d.runs {
		if r := &d.runs[i]; r.isOrg && !d.placeish(r.a, r.b) {
			for k := r.a; k < r.b; k++ {
				d.used[k] = true
			}
		}
	}
	hits, pending := d.hits, d.pending
	var keyBuf [64]byte // on the stack: keys are short
	buf := keyBuf[:0]
	// starts are the capitalised words that begin no sure place: where
	// contextPlaces looks for places the gazetteer lacks.
	var startBuf [256]int32
	starts := startBuf[:0]
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.cap || d.used[i] {
			continue
		}
		buf = buf[:0]
		var best placeHit
		head := int32(noPlace) // of the longest key naming a place
		for k := i; k < len(d.toks) && k-i < d.g.maxLen && !d.used[k] && d.toks[k].para == t.para; k++ {
			if k > i {
				buf = append(buf, ' ')
			}
			buf = append(buf, d.toks[k].low...)
			var h int32 // as probeAny
			if k == i {
				h = d.entry(&d.g.keys, d.toks[i].low).head // the key is the word
			} else {
				h = d.g.entry(&d.g.keys, string(buf)).head
			}
			if h >= 0 && d.toks[k].kind == tWord {
				best, head = placeHit{a: i, b: k + 1}, h
			}
			if h == noPlace {
				break
			}
		}
		if best.b > 0 {
			// All hits share one array of candidates: those of the key
			// looked up above, d.joinKey(best.a, best.b).
			n := len(d.cands)
			d.cands = d.g.candidatesAt(d.cands, head)
			best.cands = d.cands[n:len(d.cands):len(d.cands)]
		}
		if len(best.cands) == 0 {
			starts = append(starts, int32(i))
			continue
		}
		switch d.placeOK(&best) {
		case placeYes:
			hits = append(hits, best)
			i = best.b - 1
		case placeMaybe:
			pending = append(pending, best)
			starts = append(starts, int32(i))
			i = best.b - 1
		default:
			starts = append(starts, int32(i))
		}
	}
	d.hits, d.pending = hits, pending
	hits = d.sameSense(hits, pending)
	out := d.choosePlaces(hits)
	if extra := d.contextPlaces(hits, out, starts); len(extra) > 0 {
		out = append(out, extra...)
		slices.SortStableFunc(out, func(a, b Place) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	}
	return out
}

// placeWords end the names of places the gazetteer lacks: they make a
// capitalised run an organisation elsewhere in the finder ("Haydon
// Bridge", "Magnetic Island", "Palm Cove"), but a run whose only such words
// are these may be a place, and is left for the rules below.
var placeWords = set("island", "islands", "valley", "county", "peninsula", "cove", "bridge", "point",
	"moors", "creek", "beach", "heights", "springs", "falls", "harbour", "harbor", "park")

// placeish: the run's organisation words are all place words.
func (d *doc) placeish(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.cap && t.in(lxOrgWords) || t.low == "park" {
			if !t.in(lxPlaceWords) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// featureEnds are the generic words that end a named natural feature or
// area news treats as a place: "the Tyne Valley", "Sable Island", "Ohau
// Point". Each needs a preposition before it ("in the Tyne Valley",
// "near Ohau Point"); "X National Park" and "X County" do not.
var featureEnds = set("island", "islands", "peninsula", "valley", "valleys", "moors", "point", "cove", "county")

// connectors may stand inside a place's name: "Ras al Hadd", "Eldorado do
// Sul", "Newcastle upon Tyne".
var connectors = set("al", "el", "de", "del", "da", "do", "dos", "du", "la", "upon")

// contextPlaces finds places the gazetteer lacks, by their context: a
// capitalised name after a place preposition and before ", <region or
// country>" ("in Hexham, Northumberland", "near Tumbarumba, New South
// Wales"), or ending in a generic word ("Kosciuszko National Park",
// "Okmulgee County", "on Sable Island"); then every other mention of the
// same name. known are the places found so far; starts are the
// capitalised words that begin none of them.
func (d *doc) contextPlaces(hits []placeHit, known []Place, starts []int32) []Place {
	for _, h := range hits {
		for k := h.a; k < h.b; k++ {
			d.used[k] = true
		}
	}
	type ctxPlace struct {
		a, b    int // the first mention
		country string
		n       int // mentions
	}
	var found []ctxPlace
	var ends []int // of the small towns found so far
	add := func(a, b int, country string) {
		for _, p := range found {
			if d.sameWords(a, b, p.a, p.b) {
				return
			}
		}
		found = append(found, ctxPlace{a: a, b: b, country: country})
	}
	next := 0 // the first token after the last run
	for _, s := range starts {
		i := int(s)
		t := &d.toks[i]
		if i < next || d.used[i] {
			continue
		}
		// The capitalised run from i, with connectors inside it.
		b := i + 1
		for b < len(d.toks) && d.toks[b].para == t.para && d.word(b) && !d.used[b] &&
			(d.toks[b].cap || d.toks[b].in(lxConnectors) && b+1 < len(d.toks) && d.toks[b+1].cap && d.word(b+1)) {
			b++
		}
		a := i
		for a < b && d.toks[a].sentStart && (d.toks[a].low == "the" || d.toks[a].in(lxAfterPreps)) {
			a++ // "In Cobb County, ...", "The Tyne Valley"
		}
		if a < b && b-a <= 5 {
			if c, ok := d.commaRegion(a, b); ok {
				add(a, b, c)
			} else if d.feature(a, b) || d.townAppositive(a, b) || d.townOf(a, b) {
				add(a, b, d.topCountry())
			} else if c, ok := d.smallTownHere(a, b, hits, ends); ok {
				add(a, b, c)
				ends = append(ends, b)
			}
		}
		next = b
	}
	if len(found) == 0 {
		return nil
	}
	// Every mention of each name, as a name of its own: not inside a
	// longer capitalised run.
	spans := make([]Span, 0, 2*len(found))
	mention := make([]int, 0, 2*len(found)) // the place of each span
	next = 0
	for _, s := range starts {
		i := int(s)
		if i < next || d.used[i] || i > 0 && d.word(i-1) && d.toks[i-1].cap && !d.used[i-1] && d.toks[i-1].para == d.toks[i].para && !d.toks[i-1].sentStart {
			continue
		}
		for j, p := range found {
			n := p.b - p.a
			if e := i + n; e <= len(d.toks) && (e == len(d.toks) || !d.toks[e].cap || !d.word(e) || d.toks[e].para != d.toks[i].para) && d.sameWords(i, e, p.a, p.b) {
				spans = append(spans, d.span(i, e))
				mention = append(mention, j)
				found[j].n++
				next = e
				break
			}
		}
	}
	var out []Place
	for j, p := range found {
		if p.n == 0 {
			continue
		}
		name := d.joinText(p.a, p.b)
		if d.toks[p.a].allCaps {
			name = titleCase(name) // a dateline's "GILSLAND"
		}
		if slices.ContainsFunc(known, func(k Place) bool { return strings.EqualFold(k.Name, name) }) {
			continue
		}
		ms := make([]Span, 0, p.n)
		for k, m := range mention {
			if m == j {
				ms = append(ms, spans[k])
			}
		}
		out = append(out, Place{Name: name, Country: p.country, Mentions: ms})
	}
	return out
}

// titleCase writes each word of an upper-case name with a capital only.
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	start := true
	for i, r := range b {
		if start {
			b[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(b)
}

// sameWords: tokens [a, b) are the words of [c, e), none of them a
// person's, an organisation's or a known place's, all in one paragraph.
func (d *doc) sameWords(a, b, c, e int) bool {
	if b-a != e-c {
		return false
	}
	for k := range b - a {
		if d.toks[a+k].text != d.toks[c+k].text || d.used[a+k] || d.toks[a+k].para != d.toks[a].para {
			return false
		}
	}
	return true
}

// placePrep: a place preposition stands before token a ("in Hexham", "near
// the Tyne Valley").
func (d *doc) placePrep(a int) bool {
	k := a - 1
	if k >= 0 && d.toks[k].low == "the" && d.toks[k].para == d.toks[a].para {
		k--
	}
	return k >= 0 && d.word(k) && (!d.toks[k].cap || d.toks[k].sentStart) && (d.toks[k].in(lxAfterPreps) || featurePreps[d.toks[k].low]) && d.toks[k].para == d.toks[a].para
}

// featurePreps place a name as afterPreps do ("on Sable Island", "off Cape
// Breton").
var featurePreps = set("on", "off", "past", "beyond", "along")

// commaRegion: the run [a, b) is an unknown name after a place preposition
// (or opening a paragraph, as a dateline) and before ", <region or
// country>" that ends there: "in Hexham, Northumberland, ...". It returns
// the region's country.
func (d *doc) commaRegion(a, b int) (string, bool) {
	if b+1 >= len(d.toks) || d.toks[b].text != "," || d.toks[b+1].para != d.toks[a].para {
		return "", false
	}
	start := a == 0 || d.toks[a-1].para != d.toks[a].para
	// "at" and "with" often name an employer ("analysts at Goldman Sachs,
	// New York").
	if !start && (!d.placePrep(a) || d.toks[a-1].is("at", "with", "for")) {
		return "", false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.allCaps && !start || t.cap && d.gHasAny(t.low) && b-a == 1 {
			return "", false
		}
	}
	if b-a == 1 && (d.isCommon(a) || d.gGiven(d.toks[a].low)) {
		return "", false
	}
	// The region: a place the gazetteer knows, found as one (so not part
	// of a longer name), and a country or region.
	for _, h := range d.hits {
		if h.a != b+1 {
			continue
		}
		// Not "Ruiz, Spain's envoy", "Oman Air", nor a list of
		// members: "officials from Ecowas, Nigeria and Ghana".
		if h.b < len(d.toks) && (d.toks[h.b].is("'s", "and", "or") || d.word(h.b) && d.toks[h.b].cap) {
			return "", false
		}
		for _, c := range h.cands {
			if p := &d.g.places[c]; p.kind == 'C' || p.kind == 'R' {
				return d.g.placeCountry(c), true
			}
		}
	}
	return "", false
}

// smallTownHere: the run [a, b) is a town on the gazetteer's list of small
// towns, after a place preposition ("in Haydon Bridge", "to Tumut") or
// after "and" following a place ("between Hexham and Haltwhistle", "to
// Tumut and Gundagai"; ends are where the small towns found so far end). It
// returns the town's country.
func (d *doc) smallTownHere(a, b int, hits []placeHit, ends []int) (string, bool) {
	if b-a > 4 || a == 0 || d.toks[a-1].para != d.toks[a].para || b < len(d.toks) && d.toks[b].low == "'s" {
		return "", false
	}
	for k := a; k < b; k++ {
		if d.toks[k].allCaps {
			return "", false
		}
	}
	p := &d.toks[a-1]
	switch {
	case d.word(a-1) && (!p.cap || p.sentStart) && p.in(lxAfterPreps) && !p.is("with", "for"):
	case p.is("and", "or") && a >= 2 && (slices.ContainsFunc(hits, func(h placeHit) bool { return h.b == a-1 }) || slices.Contains(ends, a-1)):
	default:
		return "", false
	}
	if b-a == 1 && (d.isCommon(a) || d.gGiven(d.toks[a].low)) {
		return "", false // not on the list
	}
	var keyBuf [64]byte
	key := keyBuf[:0]
	for k := a; k < b; k++ {
		if k > a {
			key = append(key, ' ')
		}
		key = append(key, d.toks[k].low...)
	}
	ccs, ok := d.g.smallTown(string(key))
	if !ok {
		return "", false
	}
	// The country the text's places are in, among those with a town so
	// named.
	best, n := "", -1
	for len(ccs) > 0 {
		var cc string
		cc, ccs, _ = strings.Cut(ccs, ",")
		i := slices.Index(d.g.countries, cc)
		if i < 0 {
			continue
		}
		votes := 0
		for _, h := range hits {
			if slices.ContainsFunc(h.cands, func(c int32) bool { return d.g.places[c].country == uint16(i) }) {
				votes++
			}
		}
		if votes > n {
			best, n = cc, votes
		}
	}
	return best, best != ""
}

// townKinds are the nouns of "X, a market town in ...".
var townKinds = set("town", "village", "suburb", "city", "hamlet", "township", "settlement", "port", "borough")

// townAdjectives may stand between the article and the noun.
var townAdjectives = set("small", "little", "market", "coastal", "fishing", "seaside", "rural", "remote",
	"mining", "farming", "river", "border", "harbour", "harbor", "port", "quiet", "former", "nearby", "tiny", "mountain")

// townAppositive: the run [a, b) is followed by ", a town ..." ("Mahone
// Bay, a town of about 1,000 people"), and is not a person's.
func (d *doc) townAppositive(a, b int) bool {
	if b+2 >= len(d.toks) || d.toks[b].text != "," || !d.toks[b+1].is("a", "the") {
		return false
	}
	if b-a == 1 && (d.isCommon(a) || d.gGiven(d.toks[a].low)) {
		return false
	}
	k := b + 2
	for k < len(d.toks) && k < b+5 && d.toks[k].in(lxTownAdjectives) && !d.toks[k].cap {
		k++
	}
	return k < len(d.toks) && d.toks[k].in(lxTownKinds) && (k+1 >= len(d.toks) || !d.toks[k+1].is("'s", "council", "councillor", "mayor", "manager", "clerk", "planner"))
}

// townOf: "the town of X", "the village of X" ("the village of Tooma").
func (d *doc) townOf(a, b int) bool {
	if a < 3 || !d.toks[a-1].is("of") || !d.toks[a-2].in(lxTownKinds) || d.toks[a-2].cap || !d.toks[a-3].is("the", "a") {
		return false
	}
	if b < len(d.toks) && d.toks[b].low == "'s" || b-a == 1 && (d.isCommon(a) || d.gGiven(d.toks[a].low)) {
		return false
	}
	return true
}

// feature: the run [a, b) names a natural feature or area by its generic
// word: "X National Park", "X County", or after a preposition "the Tyne
// Valley", "Sable Island", "Cape Breton".
func (d *doc) feature(a, b int) bool {
	if b-a < 2 || b < len(d.toks) && d.toks[b].low == "'s" {
		return false
	}
	last := d.toks[b-1].low
	if last == "park" {
		return b-a >= 3 && d.toks[b-2].low == "national"
	}
	if last == "county" && d.toks[a].low != "county" {
		return true
	}
	return (lexIn(last, lxFeatureEnds) || d.toks[a].is("cape", "ras")) && d.placePrep(a)
}

// topCountry is the country most of the text's unambiguous places are in.
func (d *doc) topCountry() string {
	best, n := -1, 0
	for i, v := range d.votes {
		if v.n > n {
			best, n = i, v.n
		}
	}
	if best < 0 {
		return ""
	}
	return d.g.countries[d.votes[best].country]
}

// sameSense accepts an ambiguous mention when the same name was a place,
// by context, elsewhere in the text (one sense per discourse).
func (d *doc) sameSense(hits, pending []placeHit) []placeHit {
	if len(pending) == 0 {
		return hits
	}
	sure := len(hits)
	for _, h := range pending {
		if slices.ContainsFunc(hits[:sure], func(s placeHit) bool { return s.cands[0] == h.cands[0] }) {
			hits = append(hits, h)
		}
	}
	slices.SortFunc(hits, func(x, y placeHit) int { return x.a - y.a })
	return hits
}

// verdicts of placeOK.
const (
	placeNo = iota
	placeYes
	placeMaybe // needs the same name confirmed elsewhere
)

// placeOK applies the context rules: shouting capitals only in a dateline,
// ambiguous names only after a preposition or before ", Country", and a
// place followed by a capitalised word is usually part of another name.
func (d *doc) placeOK(h *placeHit) int {
	first, last := &d.toks[h.a], &d.toks[h.b-1]
	top := &d.g.places[h.cands[0]]
	if first.allCaps && !d.dateline(h.a) && len(strings.ReplaceAll(first.low, ".", "")) > 3 {
		return placeNo
	}
	next := h.b
	if next < len(d.toks) && d.word(next) && d.toks[next].cap && d.toks[next].para == last.para && (top.kind != 'C' || top.amb) && !d.toks[next].in(lxTitles) && !first.allCaps {
		if !d.gHas(d.toks[next].low) && (top.amb || !d.demonym(next) && d.toks[next].low != "democrat") {
			return placeNo // "Paris Hilton", "Jordan Peterson", not "the Ohio Republican"
		}
	}
	if !top.amb && !(first.sentStart && h.b-h.a == 1 && d.isCommon(h.a) && top.kind != 'C') {
		return placeYes
	}
	if d.placeContext(h) {
		return placeYes
	}
	if next < len(d.toks) && d.toks[next].low == "'s" && top.kind != 'T' {
		return placeMaybe
	}
	if !first.sentStart {
		return placeMaybe
	}
	return placeNo
}

func (d *doc) placeContext(h *placeHit) bool {
	if d.dateline(h.a) {
		return true
	}
	if h.a > 0 && d.word(h.a-1) && d.toks[h.a-1].in(lxAfterPreps) && d.toks[h.a-1].para == d.toks[h.a].para {
		return true
	}
	if h.a > 1 && d.toks[h.a-1].is(",", "and", "or") && d.toks[h.a-2].cap && d.gHas(d.toks[h.a-2].low) {
		return true // "TBILISI, Georgia", "Scotland and Wales"
	}
	if h.b+1 < len(d.toks) && d.toks[h.b].is(",", "and", "or") && d.toks[h.b+1].cap {
		return d.gHas(d.toks[h.b+1].low) // "Reading, England"
	}
	return false
}

// dateline: the first words of a paragraph followed by ", Country", "(" or
// a dash ("NAIROBI, Kenya —", "OSAKA (Reuters) -").
func (d *doc) dateline(i int) bool {
	if i > 0 && d.toks[i-1].para == d.toks[i].para {
		return false
	}
	k := i + 1
	for k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].allCaps == d.toks[i].allCaps && d.toks[k].cap {
		k++
	}
	if k >= len(d.toks) || d.toks[k].para != d.toks[i].para {
		return false
	}
	switch d.toks[k].text {
	case ",", "(", "-", "—", "–":
		return true
	}
	return false
}

// choosePlaces resolves each hit to one place: the candidate whose country
// the other, unambiguous hits point to, else the most important one.
func (d *doc) choosePlaces(hits []placeHit) []Place {
	if len(hits) == 0 {
		return []Place{}
	}
	g := d.g
	// A text names few countries and few places: slices searched in turn
	// beat maps here.
	d.votes = d.votes[:0]
	for _, h := range hits {
		if len(h.cands) == 1 {
			d.votes.add(g.places[h.cands[0]].country)
		}
	}
	// First the place of each hit (d.chosen[d.which[i]]) and the number of
	// mentions of each place; then the places, whose mentions share one
	// array.
	d.chosen, d.count, d.which = d.chosen[:0], d.count[:0], d.which[:0]
	for _, h := range hits {
		best := h.cands[0]
		for _, c := range h.cands[1:] {
			if d.votes.of(g.places[c].country) > d.votes.of(g.places[best].country) {
				best = c
			}
		}
		j := slices.Index(d.chosen, best)
		if j < 0 {
			j = len(d.chosen)
			d.chosen = append(d.chosen, best)
			d.count = append(d.count, 0)
		}
		d.which = append(d.which, j)
		d.count[j]++
	}
	out := make([]Place, len(d.chosen))
	spans := make([]Span, len(hits))
	next := 0
	for j, p := range d.chosen {
		n := d.count[j]
		out[j] = Place{Name: g.placeName(p), Country: g.placeCountry(p), Mentions: spans[next : next : next+n]}
		next += n
	}
	for i, h := range hits {
		m := &out[d.which[i]].Mentions
		*m = append(*m, d.span(h.a, h.b))
	}
	slices.SortStableFunc(out, func(a, b Place) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	return out
}

// countryVotes counts the unambiguous places of each country.
type countryVotes []struct {
	country uint16
	n       int
}

func (v *countryVotes) add(country uint16) {
	for i := range *v {
		if (*v)[i].country == country {
			(*v)[i].n++
			return
		}
	}
	*v = append(*v, struct {
		country uint16
		n       int
	}{country, 1})
}

func (v countryVotes) of(country uint16) int {
	for _, x := range v {
		if x.country == country {
			return x.n
		}
	}
	return 0
}
