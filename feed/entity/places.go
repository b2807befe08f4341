package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeHit is one gazetteer match in the text.
type placeHit struct {
	cands []int32
	a, b  int // tokens
	// trim: code points the mention ends before the end of token b-1
	// ("York" of "York-based").
	trim int
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
	d.reclaimPlaces()
	for i := range d.runs {
		if r := &d.runs[i]; r.isOrg && !d.placeish(r.a, r.b) {
			for k := r.a; k < r.b && !d.seatFor(k); k++ {
				d.used[k] = true // not "Bath" of "the Liberal Democrat MP for Bath"
			}
		}
	}
	hits, pending := d.hits, d.pending
	hits = d.rolePlaces(hits)
	var keyBuf [64]byte // on the stack: keys are short
	buf := keyBuf[:0]
	// starts are the capitalised words that begin no sure place: where
	// contextPlaces looks for places the gazetteer lacks.
	var startBuf [256]int32
	starts := startBuf[:0]
	toks := d.toks // a local, not reloaded for every token
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tWord || !t.cap {
			continue
		}
		if quarterEnds[t.low] && i > 0 && d.toks[i-1].cap && d.word(i-1) && d.toks[i-1].para == t.para {
			continue // "Laxmi Nagar" is no town called Nagar: contextPlaces takes it whole
		}
		if strings.IndexByte(t.low, '-') > 0 {
			if h, ok := d.compoundPlace(i); ok {
				hits = append(hits, h) // "the York-based company"
				continue
			}
		}
		if d.used[i] {
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
		switch d.placeOK(&best, hits) {
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
	hits, pending = d.listPending(hits, pending)
	d.hits, d.pending = hits, pending
	hits = d.sameSense(hits, pending)
	out := d.choosePlaces(hits)
	extra := d.contextPlaces(hits, out, starts)
	out = append(out, extra...)
	out, added := d.abbrevStates(out)
	if len(extra) > 0 || added {
		slices.SortStableFunc(out, func(a, b Place) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	}
	return out
}

// abbrevStates adds the state or province a place is set in by its
// abbreviation ("MEMPHIS, Tenn. (AP) -", "in Marathon, Ont."): it is a
// place of its own, named in full. added says whether a new place was
// appended.
func (d *doc) abbrevStates(out []Place) ([]Place, bool) {
	added := false
	for _, p := range out {
		for _, m := range p.Mentions {
			// The token after the mention: ", Tenn ."
			i, ok := slices.BinarySearchFunc(d.toks, m.End, func(t token, e int) int { return int(t.s) - e })
			if !ok || i+1 >= len(d.toks) || d.toks[i].text != "," || d.toks[i+1].para != d.toks[i].para {
				continue
			}
			ab := &d.toks[i+1]
			st, ok := d.stateAbbrev(i + 1)
			if !ok {
				continue
			}
			name := st.name
			span := Span{int(ab.s), int(ab.e)}
			j := slices.IndexFunc(out, func(q Place) bool { return strings.EqualFold(q.Name, name) })
			if j < 0 {
				out = append(out, Place{Name: name, Country: st.country, Mentions: []Span{span}})
				added = true
				continue
			}
			if !slices.Contains(out[j].Mentions, span) {
				out[j].Mentions = append(out[j].Mentions, span)
				slices.SortFunc(out[j].Mentions, func(a, b Span) int { return a.Start - b.Start })
			}
		}
	}
	return out, added
}

// placeWords end the names of places the gazetteer lacks: they make a
// capitalised run an organisation elsewhere in the finder ("Haydon
// Bridge", "Magnetic Island", "Palm Cove"), but a run whose only such words
// are these may be a place, and is left for the rules below.
var placeWords = set("island", "islands", "valley", "county", "peninsula", "cove", "bridge", "point",
	"moors", "creek", "beach", "heights", "springs", "falls", "harbour", "harbor", "park", "bay")

// placeish: the run's organisation words are all place words.
func (d *doc) placeish(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.cap && t.in(lxOrgWords) || t.low == "park" {
			if k == a && b-a >= 2 && t.text != "CO" && t.is("co", "co.") {
				n++ // Ireland's "Co Galway": a county
				continue
			}
			if !t.in(lxPlaceWords) || t.low == "bay" && k < b-1 {
				return false // "Terrace Bay", not "Bay of Bengal"
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

// quarterEnds end the names of quarters of South Asian cities: "Laxmi
// Nagar", "Mayur Vihar Phase 1".
var quarterEnds = set("nagar", "vihar", "bagh", "enclave")

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
		for k := a + 1; k < b; k++ {
			if quarterEnds[d.toks[k].low] {
				b = k + 1 // "Mayur Vihar Phase 1"
				break
			}
		}
		if a < b && b-a <= 5 {
			if c, ok := d.commaRegion(a, b); ok {
				add(a, b, c)
				ends = append(ends, b)
			} else if d.feature(a, b) || d.townAppositive(a, b) || d.townOf(a, b) {
				add(a, b, d.topCountry())
				ends = append(ends, b)
			} else if c, ok := d.smallTownHere(a, b, hits, ends); ok {
				add(a, b, c)
				ends = append(ends, b)
			} else if d.unknownPlace(a, b, hits, ends) {
				add(a, b, d.topCountry())
				ends = append(ends, b)
			} else if b-a >= 2 && compass[d.toks[b-1].low] && !d.toks[b-2].allCaps && d.gHasAny(d.joinKey(a, b-1)) && d.placePrep(a) {
				add(a, b, d.topCountry()) // "from Hamilton East"
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
			if e := i + n; e <= len(d.toks) && (e == len(d.toks) || !d.toks[e].cap || !d.word(e) || d.toks[e].para != d.toks[i].para || quarterEnds[d.toks[e-1].low]) && d.sameWords(i, e, p.a, p.b) {
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
	if cc, ok := d.abbrevAfter(b); ok && start && d.toks[a].allCaps {
		return cc, true // a dateline: "CAMERON, La. (AP) —"
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.allCaps && !start || t.cap && d.gHasAny(t.low) && b-a == 1 {
			return "", false
		}
	}
	// "in Marathon, Ont.": a state's or province's abbreviation places even
	// a name that is a word.
	if b+1 < len(d.toks) && !d.toks[a].in(lxNotNames) && !d.gGiven(d.toks[a].low) {
		if st, ok := d.stateAbbrev(b + 1); ok {
			return st.country, true
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

// stateAbbrevs are the abbreviations news writes after a town for US states
// and Canadian provinces ("Marathon, Ont."), without their full stop, with
// the state's full name and its country.
var stateAbbrevs = map[string]struct{ name, country string }{
	"Ala":   {"Alabama", "US"},
	"Ariz":  {"Arizona", "US"},
	"Ark":   {"Arkansas", "US"},
	"Calif": {"California", "US"},
	"Colo":  {"Colorado", "US"},
	"Conn":  {"Connecticut", "US"},
	"Del":   {"Delaware", "US"},
	"Fla":   {"Florida", "US"},
	"Ga":    {"Georgia", "US"},
	"Ill":   {"Illinois", "US"},
	"Ind":   {"Indiana", "US"},
	"Kan":   {"Kansas", "US"},
	"Kans":  {"Kansas", "US"},
	"Ky":    {"Kentucky", "US"},
	"La":    {"Louisiana", "US"},
	"Md":    {"Maryland", "US"},
	"Mass":  {"Massachusetts", "US"},
	"Mich":  {"Michigan", "US"},
	"Minn":  {"Minnesota", "US"},
	"Miss":  {"Mississippi", "US"},
	"Mo":    {"Missouri", "US"},
	"Mont":  {"Montana", "US"},
	"Neb":   {"Nebraska", "US"},
	"Nev":   {"Nevada", "US"},
	"Okla":  {"Oklahoma", "US"},
	"Ore":   {"Oregon", "US"},
	"Pa":    {"Pennsylvania", "US"},
	"Tenn":  {"Tennessee", "US"},
	"Vt":    {"Vermont", "US"},
	"Va":    {"Virginia", "US"},
	"Wash":  {"Washington", "US"},
	"Wis":   {"Wisconsin", "US"},
	"Wyo":   {"Wyoming", "US"},
	"N.H":   {"New Hampshire", "US"},
	"N.J":   {"New Jersey", "US"},
	"N.M":   {"New Mexico", "US"},
	"N.Y":   {"New York", "US"},
	"N.C":   {"North Carolina", "US"},
	"N.D":   {"North Dakota", "US"},
	"R.I":   {"Rhode Island", "US"},
	"S.C":   {"South Carolina", "US"},
	"S.D":   {"South Dakota", "US"},
	"W.Va":  {"West Virginia", "US"},
	"Tex":   {"Texas", "US"},
	"Ont":   {"Ontario", "CA"},
	"Que":   {"Quebec", "CA"},
	"Alta":  {"Alberta", "CA"},
	"Sask":  {"Saskatchewan", "CA"},
	"Man":   {"Manitoba", "CA"},
	"B.C":   {"British Columbia", "CA"},
	"N.S":   {"Nova Scotia", "CA"},
	"N.B":   {"New Brunswick", "CA"},
	"Nfld":  {"Newfoundland and Labrador", "CA"},
	"P.E.I": {"Prince Edward Island", "CA"},
}

// abbrevAfter: ", <state abbreviation>." follows token b-1 ("Marathon,
// Ont."): the state's country.
func (d *doc) abbrevAfter(b int) (string, bool) {
	if b+1 >= len(d.toks) || d.toks[b].text != "," || d.toks[b+1].para != d.toks[b].para {
		return "", false
	}
	st, ok := d.stateAbbrev(b + 1)
	return st.country, ok
}

// stateAbbrev: token i is a state's abbreviation with its full stop,
// after it ("Ont", ".") or in it ("N.C.", one token).
func (d *doc) stateAbbrev(i int) (struct{ name, country string }, bool) {
	t := &d.toks[i]
	if !d.word(i) {
		return struct{ name, country string }{}, false
	}
	if i+1 < len(d.toks) && d.toks[i+1].text == "." {
		st, ok := stateAbbrevs[t.text]
		return st, ok
	}
	if len(t.text) > 2 && t.text[len(t.text)-1] == '.' && strings.Count(t.text, ".") >= 2 {
		st, ok := stateAbbrevs[t.text[:len(t.text)-1]]
		return st, ok
	}
	return struct{ name, country string }{}, false
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
	case d.word(a-1) && (!p.cap || p.sentStart) && p.in(lxAfterPreps) && !p.is("with", "for") && !d.notPlaceIn(a-1) && !d.clubFrom(a):
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
	if a < 3 || !d.toks[a-1].is("of") || !d.toks[a-2].in(lxTownKinds) || d.toks[a-2].cap {
		return false
	}
	// Up to two words may describe it: "the Pacific port of Matarani",
	// "the northern mining town of ...".
	k := a - 3
	for k > 0 && k >= a-5 && d.word(k) && !d.toks[k].is("the", "a") && !d.toks[k].in(lxNotNames) && d.toks[k].para == d.toks[a].para {
		k--
	}
	if k < 0 || !d.toks[k].is("the", "a") {
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
	if last == "county" && d.toks[a].low != "county" || quarterEnds[last] {
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
		slices.SortFunc(hits, func(x, y placeHit) int { return x.a - y.a })
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
func (d *doc) placeOK(h *placeHit, hits []placeHit) int {
	if cc, ok := d.abbrevAfter(h.b); ok {
		// "JORDAN, Minn.": only a place in the state's country.
		keep := h.cands[:0]
		for _, c := range h.cands {
			if d.g.placeCountry(c) == cc {
				keep = append(keep, c)
			}
		}
		if h.cands = keep; len(keep) == 0 {
			return placeNo // contextPlaces takes it, by the abbreviation
		}
	}
	first, last := &d.toks[h.a], &d.toks[h.b-1]
	if next := h.b; next < len(d.toks) && d.word(next) && !d.toks[next].cap {
		if d.toks[next].is("crude", "futures", "forecast", "forecasts", "benchmark") && d.g.places[h.cands[0]].kind != 'C' || h.b-h.a == 1 && first.is("western", "eastern", "northern", "southern") {
			return placeNo // "Brent crude", "Western states": a grade of oil, a direction
		}
	}
	if h.b-h.a == 1 && genericRegionWords[first.low] || h.b-h.a == 2 && first.low == "far" && last.low == "north" {
		return placeNo // "Western", "North": a region only as "Western Region", "the North Region"
	}
	if d.waterAfter(h.b) {
		return placeNo // "the Stillwater marshes", "the Truckee and Carson rivers": water, not the town
	}
	top := &d.g.places[h.cands[0]]
	if first.allCaps && !d.dateline(h.a) && len(strings.ReplaceAll(first.low, ".", "")) > 3 {
		return placeNo
	}
	if first.allCaps && !d.dateline(h.a) {
		// A short name in capitals is an acronym ("the news agency
		// INA"), unless it is one of the place's ("UK", "NYC"); and such
		// an acronym after another capitalised word ends an
		// organisation's name ("Cycling UK", "Team GB").
		if h.b-h.a == 1 && strings.EqualFold(d.g.placeName(h.cands[0]), first.text) {
			return placeNo
		}
		if p := h.a - 1; p >= 0 && d.word(p) && d.toks[p].cap && !d.toks[p].allCaps && d.toks[p].para == first.para && !d.gHasAny(d.toks[p].low) && !d.toks[p].in(lxNotNames) &&
			h.b < len(d.toks) && d.toks[h.b].para == first.para && (!d.word(h.b) || !d.toks[h.b].cap) {
			// (Not at the end of a headline: "Storm Batters UK".)
			return placeNo
		}
	}
	if top.kind != 'C' && d.clubFrom(h.a) {
		return placeNo
	}
	next := h.b
	if h.b-h.a == 1 && d.democratParty(h.a) {
		return placeNo
	}
	if next < len(d.toks) && d.word(next) && d.toks[next].cap && compass[d.toks[next].low] && d.toks[next].para == last.para && !d.toks[next].sentStart {
		return placeNo // "Hamilton East", a suburb: see contextPlaces
	}
	if next < len(d.toks) && d.word(next) && d.toks[next].cap && d.toks[next].para == last.para && (top.kind != 'C' || top.amb) && !d.toks[next].in(lxTitles) && !first.allCaps {
		if !d.gHas(d.toks[next].low) && (top.amb || !d.demonym(next) && d.toks[next].low != "democrat") {
			return placeNo // "Paris Hilton", "Jordan Peterson", not "the Ohio Republican"
		}
	}
	if !top.amb && !(first.sentStart && h.b-h.a == 1 && d.isCommon(h.a) && top.kind != 'C') {
		return placeYes
	}
	if d.placeContext(h, hits) {
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

// genericRegionWords name regions (of Ghana, Zambia, Cameroon ...) that the
// gazetteer keeps under "X Region" or "X Province"; alone they are
// directions or ordinary words.
var genericRegionWords = set("central", "centre", "coast", "east", "eastern", "lakes", "littoral",
	"north", "north-west", "northern", "plateau", "south", "south-west", "southern", "west",
	"western", "north-east", "south-east")

// waterAfter: a lower-case word for water follows the name ending at b,
// perhaps after "and" and another name.
func (d *doc) waterAfter(b int) bool {
	if b+2 < len(d.toks) && d.toks[b].is("and") && d.word(b+1) && d.toks[b+1].cap {
		b += 2
	}
	return b < len(d.toks) && d.word(b) && !d.toks[b].cap && waterWords[d.toks[b].low]
}

var waterWords = set("river", "rivers", "lake", "lakes", "marsh", "marshes", "wetland", "wetlands",
	"estuary", "reservoir", "glacier", "creek", "canal", "lagoon")

func (d *doc) placeContext(h *placeHit, hits []placeHit) bool {
	if d.dateline(h.a) {
		return true
	}
	if h.a > 0 && d.word(h.a-1) && d.toks[h.a-1].in(lxAfterPreps) && d.toks[h.a-1].para == d.toks[h.a].para && !d.notPlaceIn(h.a-1) {
		return true
	}
	if d.seatFor(h.a) || d.isTown(h.a, h.b) {
		return true
	}
	if h.a > 1 && d.toks[h.a-1].is(",", "and", "or") && slices.ContainsFunc(hits, func(x placeHit) bool { return x.b == h.a-1 }) {
		return true // "Galway, Mayo and parts of Roscommon and Clare"
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
	case ":":
		return d.toks[i].allCaps // "NAGPUR: Playing his first Test ..."
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
		sp := d.span(h.a, h.b)
		sp.End -= h.trim
		*m = append(*m, sp)
	}
	sortStable(out, func(a, b Place) int { return a.Mentions[0].Start - b.Mentions[0].Start })
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

// compass words follow a place in the name of its part ("Hamilton East").
var compass = set("north", "south", "east", "west", "central")

// reclaimPlaces undoes the people the finder made of places: a person never
// quoted nor titled whose every mention is a place's whole name, found by
// context ("paid in Sioux Lookout", "a former Mildura councillor"), or a
// place and a party ("a Cleveland Democrat").
func (d *doc) reclaimPlaces() {
	for _, p := range d.people {
		if p.quoted || len(p.mentions) == 0 {
			continue
		}
		n, ok := 0, true
		for i := range d.runs {
			r := &d.runs[i]
			if r.person != p || r.b-r.a < len(p.parts) {
				continue // only the full name's mentions tell
			}
			n++
			if !d.placeRunOf(r) {
				ok = false
				break
			}
		}
		if !ok || n == 0 {
			continue
		}
		p.mentions = p.mentions[:0]
		for i := range d.runs {
			if r := &d.runs[i]; r.person == p {
				for k := r.ta; k < r.b; k++ {
					d.used[k] = false
				}
				r.person = nil
			}
		}
	}
}

// placeRunOf: the run names a place and nothing else: the whole name of a
// place whose name is no word or given name, a small town after a place
// preposition, or a place and a party ("Cleveland Democrat"); no
// capitalised role before it.
func (d *doc) placeRunOf(r *nameRun) bool {
	if d.ownKinBefore(r.ta) {
		return false // "whose daughter Isla"
	}
	for k := r.ta; k < r.a; k++ {
		if d.toks[k].cap && !d.toks[k].sentStart {
			return false
		}
	}
	b := r.b
	if b-r.a >= 2 && parties[d.toks[b-1].low] {
		b--
	}
	// A name that starts with a given name is a person's unless context
	// says otherwise ("in Sioux Lookout", below).
	if (b-r.a == 1 || !d.gGiven(d.toks[r.a].low)) && d.plainPlace(r.a, b) {
		return true
	}
	if b < r.b || r.ta == 0 || r.ta < r.a {
		return false
	}
	if d.placePrep(r.ta) && !d.notPlaceIn(r.ta-1) {
		if _, ok := d.g.smallTown(d.joinKey(r.a, b)); ok {
			return true // "in Sioux Lookout"
		}
		if b-r.a >= 2 && compass[d.toks[b-1].low] && d.gHasAny(d.joinKey(r.a, b-1)) {
			return true // "from Hamilton East"
		}
	}
	// "in Cambridge, Te Awamutu and Thames": after a known place in a
	// list that follows a place preposition.
	p := r.a - 1
	if p < 1 || !d.toks[p].is(",", "and", "or") || !d.word(p-1) || !d.toks[p-1].cap || d.gGiven(d.toks[r.a].low) {
		return false
	}
	s := d.nameStartBefore(p)
	return d.gHasAny(d.joinKey(s, p)) && d.placePrep(s) && (d.toks[p].text != "," || d.listGoesOn(b))
}

// democratParty: the word at i names a party with the next ("the Liberal
// Democrat Isla Forsyth"), not a place (Liberal, Kansas).
func (d *doc) democratParty(i int) bool {
	return i+1 < len(d.toks) && democratParties[d.toks[i].low] && d.toks[i+1].is("democrat", "democrats")
}

// democratParties are the words that make a party with "Democrat".
var democratParties = set("liberal", "social", "christian")

// parties name a party's member after the place they represent.
var parties = set("democrat", "republican", "democrats", "republicans")

// plainPlace: tokens [a, b) are the whole name of a place that needs no
// context: not ambiguous, not in capitals.
func (d *doc) plainPlace(a, b int) bool {
	if b-a > d.g.maxLen || d.toks[a].allCaps {
		return false
	}
	// Not remembered (d.entry): the memo keeps the words the place
	// finder looks up next.
	var e gazEntry
	if b-a == 1 {
		e = d.g.entry(&d.g.keys, d.toks[a].low)
	} else {
		e = d.g.entry(&d.g.keys, d.joinKey(a, b))
	}
	return e.head >= 0 && e.words&(wMajor|wPlain) != 0 && !d.g.places[d.g.cands[e.head].place].amb
}

// rolePlaces finds the place that opens a person's office: "Kakamega
// Senator Wycliffe Barasa", "Galway West TD ...", "Ohio Gov. ...", and the run a
// place and a party left as no one's ("a Cleveland Democrat").
func (d *doc) rolePlaces(hits []placeHit) []placeHit {
	for i := range d.runs {
		r := &d.runs[i]
		start, end := r.ta, r.a
		if r.person == nil && !r.isOrg && r.b-r.a >= 2 && parties[d.toks[r.b-1].low] {
			start, end = r.a, r.b // "Cleveland Democrat", reclaimed
		} else if r.person == nil || r.ta >= r.a || !d.toks[r.ta].cap {
			continue
		}
		// The longest place key from start, then a title or a party,
		// perhaps after a compass word.
		best, head := 0, int32(-1)
		for k := start + 1; k < end && k-start <= d.g.maxLen; k++ {
			e := d.g.entry(&d.g.keys, d.joinKey(start, k))
			if e.head >= 0 {
				best, head = k, e.head
			}
			if e.head == noPlace {
				break
			}
		}
		if best == 0 || d.toks[start].allCaps || best == start+1 && d.democratParty(start) {
			continue
		}
		k := best
		if k < end && compass[d.toks[k].low] && d.toks[k].cap {
			k++
		}
		if k >= end+1 || k == len(d.toks) || !(offices[strings.TrimSuffix(d.toks[k].low, ".")] || parties[d.toks[k].low]) || !d.toks[k].cap {
			continue
		}
		n := len(d.cands)
		d.cands = d.g.candidatesAt(d.cands, head)
		h := placeHit{a: start, b: best, cands: d.cands[n:len(d.cands):len(d.cands)]}
		if d.toks[start].sentStart || !d.g.places[h.cands[0]].amb || d.placeContext(&h, hits) || r.title || parties[d.toks[k].low] {
			hits = append(hits, h)
			for j := start; j < best; j++ {
				d.used[j] = true
			}
		}
	}
	return hits
}

// offices are the elected posts held for a place, which news writes after
// it ("Kakamega Senator", "Ohio Gov."); not "Liverpool striker", a club's.
var offices = set("senator", "sen", "governor", "gov", "mayor", "mp", "td", "mla", "msp", "mep", "mpp", "rep",
	"representative", "congressman", "congresswoman", "councillor", "councilor", "assemblyman", "assemblywoman",
	"premier", "lawmaker", "legislator", "delegate")

// compoundEnds end a compound of a place's name: "York-based",
// "Liverpool-born", "Manila-listed".
var compoundEnds = []string{"-based", "-born", "-bred", "-raised", "-headquartered", "-listed", "-registered"}

// compoundPlace finds a place in a compound such as "the York-based
// company" or "the Liverpool-born midfielder" at token i, inside or
// outside other names.
func (d *doc) compoundPlace(i int) (placeHit, bool) {
	t := &d.toks[i]
	var prefix string
	for _, e := range compoundEnds {
		if p, ok := strings.CutSuffix(t.low, e); ok {
			prefix = p
			break
		}
	}
	if prefix == "" || t.allCaps || strings.IndexByte(prefix, '-') >= 0 {
		return placeHit{}, false
	}
	// The place may start a word or two before: "New York-based".
	trim := utf8.RuneCountInString(t.low) - utf8.RuneCountInString(prefix)
	var best placeHit
	for a := i; a >= 0 && i-a < d.g.maxLen; a-- {
		if a < i && (!d.word(a) || !d.toks[a].cap || d.toks[a].para != t.para) {
			break
		}
		var e gazEntry
		if a == i {
			e = d.g.entry(&d.g.keys, prefix)
		} else {
			e = d.g.entry(&d.g.keys, d.joinKey(a, i)+" "+prefix)
		}
		if e.head >= 0 {
			best = placeHit{a: a, b: i + 1, trim: trim}
			n := len(d.cands)
			d.cands = d.g.candidatesAt(d.cands, e.head)
			best.cands = d.cands[n:len(d.cands):len(d.cands)]
		}
	}
	if best.b == 0 {
		return best, false
	}
	for k := best.a; k < best.b; k++ {
		d.used[k] = true
	}
	return best, true
}

// listPending accepts the names that needed context and stand in a list
// with a place: "Galway, Mayo and parts of Roscommon and Clare",
// "Cambridge, Te Awamutu and Thames".
func (d *doc) listPending(hits, pending []placeHit) ([]placeHit, []placeHit) {
	for changed := true; changed; {
		changed = false
		for j := 0; j < len(pending); j++ {
			h := pending[j]
			near := func(x placeHit) bool {
				return x.b+1 == h.a && d.toks[x.b].is(",", "and", "or") || h.b+1 == x.a && d.toks[h.b].is("and", "or")
			}
			if slices.ContainsFunc(hits, near) {
				hits = append(hits, h)
				pending = slices.Delete(pending, j, j+1)
				j--
				changed = true
			}
		}
	}
	return hits, pending
}

// clubFrom: the name at a follows "from" after a transfer ("signed for
// £38m from Benfica", "joined from Preston North End"): a club.
func (d *doc) clubFrom(a int) bool {
	if a == 0 || !d.toks[a-1].is("from") {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-6 && d.toks[k].para == d.toks[a].para; k-- {
		t := &d.toks[k]
		if t.kind != tWord && t.text != "£" && t.text != "$" && t.text != "€" || t.is("in", "at", "after", "before", "when", "and") {
			return false // "signed the deal in London after flying from Paris"
		}
		if transfers[t.low] {
			return true
		}
	}
	return false
}

// transfers are the verbs of a player's move between clubs.
var transfers = set("signed", "signing", "joined", "loaned", "recruited", "poached", "transferred", "re-signed")

// seatFor: the name at a is the seat of a member: "the Liberal Democrat MP
// for Bath", "Senator for Victoria".
func (d *doc) seatFor(a int) bool {
	return a >= 2 && d.toks[a-1].is("for") && d.toks[a-2].para == d.toks[a].para && seats[d.toks[a-2].low]
}

// seats are the members who sit for a place.
var seats = set("mp", "mps", "msp", "ms", "mla", "mpp", "mep", "td", "senator", "councillor", "councilor",
	"congressman", "congresswoman", "assemblyman", "assemblywoman", "coroner")

// isTown: the name opening a sentence is said to be a town: "Hamilton is New
// Zealand's fourth-largest city".
func (d *doc) isTown(a, b int) bool {
	if b >= len(d.toks) || !d.toks[b].is("is", "was", "remains") {
		return false
	}
	for k := b + 1; k < len(d.toks) && k <= b+6 && d.toks[k].para == d.toks[a].para; k++ {
		t := &d.toks[k]
		if t.kind != tWord && t.text != "'s" {
			return false
		}
		if t.in(lxTownKinds) && !t.cap {
			return k+1 >= len(d.toks) || !d.toks[k+1].is("'s", "council", "councillor", "mayor", "manager", "clerk", "planner", "hall", "official", "officials")
		}
	}
	return false
}

// notPlaceIn: "in" at k follows a word whose "in" names no place: "a 30%
// stake in Montalban", "shares in Hanul".
func (d *doc) notPlaceIn(k int) bool {
	return k >= 1 && d.toks[k].low == "in" && stakes[d.toks[k-1].low]
}

// stakes are the words of a holding in a company.
var stakes = set("stake", "stakes", "share", "shares", "invest", "invests", "invested", "investing",
	"investment", "investments", "interest", "holding", "holdings", "shareholder", "shareholding")

// unknownPlace: the run [a, b), a name the gazetteer lacks, is placed by
// its context: in a list after a place ("between Oban and Craignure",
// "around Ouyen and Murrayville", "in Cambridge, Te Awamutu and Thames"),
// after "near" or a compass "of" ("near Fionnphort", "south of
// Murrayville"), after "residents of", or before "neighbourhood" ("in the
// Rebolo neighbourhood").
func (d *doc) unknownPlace(a, b int, hits []placeHit, ends []int) bool {
	// Last, as it reads the whole text: "Hamas said" names someone.
	return d.placedUnknown(a, b, hits, ends) && !d.actorElsewhere(a, b)
}

// placedUnknown is unknownPlace but for what the name does elsewhere.
func (d *doc) placedUnknown(a, b int, hits []placeHit, ends []int) bool {
	if a == 0 || b-a > 3 || d.toks[a-1].para != d.toks[a].para || b < len(d.toks) && d.toks[b].low == "'s" {
		return false
	}
	// The context first: it is cheap and rarely there.
	if !d.compassFrom(b, hits, ends) && !d.unknownContext(a, b, hits, ends) {
		return false
	}
	for k := a; k < b; k++ {
		if t := &d.toks[k]; t.allCaps || t.in(lxTitles) || t.in(lxOrgWords) && !t.in(lxPlaceWords) {
			return false
		}
	}
	if b-a == 1 && (d.toks[a].in(lxNotNames) || d.gGiven(d.toks[a].low) || d.isCommon(a)) {
		return false
	}
	if b-a > 1 && d.gGiven(d.toks[a].low) && !d.toks[a].is("st", "st.", "saint") {
		return false // "near Tom Hughes"
	}
	return true
}

// unknownContext: the words before the run [a, b) place it (see
// unknownPlace).
func (d *doc) unknownContext(a, b int, hits []placeHit, ends []int) bool {
	p := &d.toks[a-1]
	// Lists name their kind of thing: a name after a town is a town
	// ("between Oban and Craignure"), but one after a country need not be
	// ("talks between Israel and Hamas").
	if !d.word(a - 1) {
		// "in Cambridge, Te Awamutu and Thames": a comma inside a list
		// that ends in "and" or "or" and follows a place.
		return p.text == "," && d.townBefore(a-1, hits, ends) && d.placeBefore(a-1, hits, ends) && d.listGoesOn(b)
	}
	if p.cap && !p.sentStart {
		return false
	}
	switch {
	case p.is("and", "or"):
		return d.townBefore(a-1, hits, ends) && d.placeBefore(a-1, hits, ends) && (b >= len(d.toks) || !d.word(b) || !d.toks[b].cap)
	case p.low == "to":
		// "from Allendale to Gilsland"
		s := d.placeStart(a-1, hits, ends)
		return s > 0 && d.toks[s-1].low == "from" && d.townBefore(a-1, hits, ends) && (b >= len(d.toks) || !d.word(b) || !d.toks[b].cap)
	case p.low == "near":
		return true
	case p.low == "of" && a >= 2:
		q := &d.toks[a-2]
		return compassOf[q.low] || q.is("residents", "resident", "outskirts", "suburb", "suburbs", "native")
	case p.low == "the" && a >= 2 && b < len(d.toks) && d.placePrep(a),
		p.low == "'s" && a >= 2 && b < len(d.toks) && d.toks[a-2].in(lxTownKinds):
		// "in the Rebolo neighbourhood", "the city's Mhamid district"
		return d.toks[b].is("neighbourhood", "neighborhood", "suburb", "township", "barrio", "district") && !d.toks[b].cap
	case p.low == "for":
		return d.seatFor(a) && !d.demonym(a) // "the MP for Tunbridge Wells", not "for African affairs"
	}
	return false
}

// compassFrom: the run ending at b is set off by ", north of <place>"
// ("Munambam, north of Kochi"), perhaps with a distance ("Tooma, 20km
// south of Tumbarumba").
func (d *doc) compassFrom(b int, hits []placeHit, ends []int) bool {
	if b+3 >= len(d.toks) || d.toks[b].text != "," {
		return false
	}
	k := b + 1
	for k < b+4 && k < len(d.toks) && !compassOf[d.toks[k].low] && (d.toks[k].kind != tWord || !d.toks[k].cap) {
		k++ // "20km", "about 30 kilometres"
	}
	if k+2 >= len(d.toks) || !compassOf[d.toks[k].low] || !d.toks[k+1].is("of") {
		return false
	}
	return slices.ContainsFunc(hits, func(h placeHit) bool { return h.a == k+2 }) || d.toks[k+2].cap && slices.ContainsFunc(ends, func(e int) bool { return e > k+2 && e <= k+5 })
}

// compassOf are the words of "south of X".
var compassOf = set("north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west",
	"northeast", "northwest", "southeast", "southwest")

// placeBefore: a place (a gazetteer hit or a name found by context) ends
// just before token k ("," "and" "or"), and the list it belongs to
// follows a place preposition.
func (d *doc) placeBefore(k int, hits []placeHit, ends []int) bool {
	end := k
	for guard := 0; guard < 8; guard++ {
		start := d.placeStart(end, hits, ends)
		if start < 0 {
			return false
		}
		// The list goes back over ", X" and "and X".
		if start >= 2 && d.toks[start-1].is(",", "and", "or") && d.word(start-2) && d.toks[start-2].cap {
			end = start - 1
			continue
		}
		return d.placePrep(start) && !d.notPlaceIn(start-1) || d.dateline(start)
	}
	return false
}

// townBefore: the place ending at end is a town: a gazetteer town or a
// name found by context.
func (d *doc) townBefore(end int, hits []placeHit, ends []int) bool {
	for _, h := range hits {
		if h.b == end {
			return d.g.places[h.cands[0]].kind == 'T'
		}
	}
	return slices.Contains(ends, end)
}

// actorElsewhere: the words of [a, b) stand elsewhere in the text as a
// speaker or in a person's name ("Hamas said").
func (d *doc) actorElsewhere(a, b int) bool {
	n := b - a
	for i := 0; i+n <= len(d.toks); i++ {
		if i == a || d.toks[i].text != d.toks[a].text {
			continue
		}
		same := true
		for k := 1; k < n; k++ {
			if d.toks[i+k].text != d.toks[a+k].text {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if d.used[i] && slices.ContainsFunc(d.runs, func(r nameRun) bool { return r.person != nil && r.a <= i && i < r.b }) {
			return true // a person's name; an organisation's may start with its town's
		}
		if e := i + n; e < len(d.toks) && (d.toks[e].speech || d.toks[e].low == "'s" && e+1 < len(d.toks) && d.toks[e+1].speech) {
			return true
		}
	}
	return false
}

// placeStart is the first token of the place (a gazetteer hit or a name
// found by context) that ends at end, or -1.
func (d *doc) placeStart(end int, hits []placeHit, ends []int) int {
	for _, h := range hits {
		if h.b == end {
			return h.a
		}
	}
	if slices.Contains(ends, end) {
		return d.nameStartBefore(end)
	}
	return -1
}

// nameStartBefore is the first token of the capitalised run ending at end.
func (d *doc) nameStartBefore(end int) int {
	a := end
	for a > 0 && d.word(a-1) && (d.toks[a-1].cap || d.toks[a-1].in(lxConnectors)) && !d.toks[a-1].sentStart && d.toks[a-1].para == d.toks[end-1].para {
		a--
	}
	if a > 0 && d.word(a-1) && d.toks[a-1].cap && d.toks[a-1].sentStart && d.toks[a-1].para == d.toks[end-1].para {
		a--
	}
	return a
}

// listGoesOn: after the name ending at b, a list of capitalised names goes
// on to "and" or "or" and one more: ", Te Awamutu and Thames".
func (d *doc) listGoesOn(b int) bool {
	for k := b; k+1 < len(d.toks) && k < b+12; {
		if !d.toks[k].is(",", "and", "or") || !d.word(k+1) || !d.toks[k+1].cap || d.toks[k+1].para != d.toks[b-1].para {
			return false
		}
		if d.toks[k].is("and", "or") {
			return true
		}
		k += 2
		for k < len(d.toks) && d.word(k) && d.toks[k].cap {
			k++
		}
	}
	return false
}
