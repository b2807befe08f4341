package entity

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// person is someone the text names, while the text is being read.
type person struct {
	name     string   // canonical: the fullest name seen
	parts    []string // lower-case name tokens of name
	partBits uint64   // partBit of each of parts
	gender   byte     // 'm', 'f' or 0
	desc     wordSet  // the words of the roles and titles given to them
	descLex  uint32   // the lexicon flags of desc's words
	descBuf  [6]string
	mentions []Span
	quoted   bool
	spoke    bool // a speaker so far in reading order (attribute)
	first    int  // token index of the first mention
	age      int  // as given after a mention ("Lind, 54,"), 0 if none
	// listed: gender is only a given-name list's guess from the first
	// part, which for surname-first names ("Chen Meirong") is a family name.
	listed bool
	byline bool   // named in a byline ("by Kirsty MacLennan"): the writer, no "he" or "she" of the story
	nick   string // a nickname in marks inside the name ("Gerald \"Gerry\" Kearley"), lower case
}

// wordSet is a small set of words: a person has a few descriptions, and a
// slice searched in turn costs less than a map.
type wordSet []string

func (s wordSet) has(w string) bool { return slices.Contains(s, w) }

func (s *wordSet) add(w string) {
	if !s.has(w) {
		*s = append(*s, w)
	}
	if full, ok := titleAbbrevs[w]; ok && !s.has(full) {
		*s = append(*s, full) // "Gov. Marcus Bell" is "the governor"
	}
}

// titleAbbrevs spell out abbreviated titles, for the roles that later
// refer to their holders.
var titleAbbrevs = map[string]string{
	"gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator",
	"rep.": "representative", "rep": "representative", "gen.": "general", "gen": "general",
	"col.": "colonel", "capt.": "captain", "lt.": "lieutenant", "sgt.": "sergeant",
	"supt.": "superintendent", "supt": "superintendent", "det.": "detective", "insp.": "inspector",
	"prof.": "professor", "prof": "professor", "cllr": "councillor", "cllr.": "councillor",
	"cmdr": "commander", "adm.": "admiral", "cr": "councillor", "cr.": "councillor",
	"prosecuting": "prosecutor", // "Owain Beddoe, prosecuting," is "the prosecutor"
}

func (p *person) surname() string { return p.parts[len(p.parts)-1] }

// nameRun is a run of capitalised tokens that names someone or something.
type nameRun struct {
	a, b   int // name tokens [a, b)
	ta     int // first token of the title or role before the name (== a if none)
	title  bool
	isOrg  bool
	person *person
	sur    int // the shared surname's first token ("Pat" of "Pat and Bríd O'Donovan"), or 0
}

// markHonorifics marks as titles the words that are titles only in
// pairs: Malaysia's "Tan Sri", "Puan Sri" and "Datuk Seri", and "Menteri
// Besar", whose single words are names too ("Tan Wei Ming", "Sri Mulyani
// Indrawati"); and as speech the verbs that are speech only with "back"
// ("shot back", "hit back"), and "pointed out that".
func (d *doc) markHonorifics() {
	toks := d.toks // a local, not reloaded for every token
	for i := 1; i < len(toks); i++ {
		t, n := &toks[i-1], &toks[i]
		switch n.low { // one comparison for most tokens
		case "sri", "seri", "besar":
			if t.cap && n.cap && (t.is("tan", "puan", "datuk", "dato", "dato'", "toh") && !n.is("besar") || t.is("menteri") && n.is("besar")) {
				t.lex |= lxTitles
				n.lex |= lxTitles
			}
		case "read", "reads":
			if mediaHeads[t.low] && !t.inQuote && !n.inQuote && i+1 < len(d.toks) && !d.word(i+1) {
				n.lex |= lxSpeechVerbs // "\"...,\" the statement read."
				n.speech = true
			}
		case "out":
			if t.is("points", "pointed", "point", "pointing") && !t.inQuote && i+1 < len(d.toks) && d.toks[i+1].is("that") {
				t.lex |= lxSpeechVerbs | lxReportVerbs // "She also points out that ..."
				t.speech = true
			}
		case "for":
			if t.is("asked", "asks", "ask", "asking") && t.speech && !t.inQuote && !(i+1 < len(toks) && toks[i+1].kind == tMark) {
				t.speech = false // "a team official asked for it back": a request, not words reported (but "asked for \"precise numbers\"")
			}
		case "it":
			if t.is("put", "puts") && !t.inQuote && d.asBefore(i-1) {
				t.lex |= lxSpeechVerbs // "\"...,\" as she puts it."
				t.speech = true
			} else if t.is("put", "puts") && !t.inQuote && i+2 < len(toks) && toks[i+1].is("to") && d.thatSoon(i+2) {
				t.lex |= lxSpeechVerbs | lxAudienceVerbs // "Meyer put it to Ashworth that ..."
				t.speech = true
			}
		case "back":
			if t.is("shot", "hit", "fired", "snapped") && !t.inQuote {
				t.lex |= lxSpeechVerbs // "\"Then ask why,\" Ms Fotheringham shot back."
				t.speech = true
			}
		}
	}
}

// thatSoon: "that" follows within a few words of k, before any comma
// ("put it to Ashworth that").
func (d *doc) thatSoon(k int) bool {
	for j := k; j < len(d.toks) && j <= k+5 && d.word(j); j++ {
		if d.toks[j].is("that") {
			return true
		}
	}
	return false
}

// asBefore: "as" opens the clause of the verb at v, one to four words
// before it ("as she puts it", "as one resident put it").
func (d *doc) asBefore(v int) bool {
	for k := v - 1; k >= 0 && k >= v-5 && d.word(k) && !d.toks[k].inQuote; k-- {
		if d.toks[k].is("as") {
			return k < v-1
		}
	}
	return false
}

// capRuns finds maximal runs of capitalised words (with name particles and
// the connectors organisations use), and splits them into name candidates.
func (d *doc) capRuns() {
	toks := d.toks
	for i := 0; i < len(toks); {
		if !d.nameStart(i) {
			i++ // most tokens (a test of its own: a branch, not a flag)
			continue
		}
		if d.qaDots && d.qaLabel(i) {
			i++
			continue
		}
		if t := &toks[i]; t.sentStart && len(t.text) <= 2 && t.text[0] == 'Q' && (t.text == "Q." || t.text == "Q" && d.dashAfter(i)) && (i == 0 || toks[i-1].para != t.para) {
			// "Q. ..." or "Q — ..." opens a paragraph: an interview. (The
			// questions come before the answers whose "A." this marks.)
			d.qaDots = true
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].para == toks[i].para {
			t := &toks[j]
			if t.kind == tWord && (t.cap || (t.in(lxParticles) || t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the" || t.low == "des" && d.bodySoFar(i, j)) && j+1 < len(toks) && toks[j+1].cap && toks[j+1].kind == tWord || d.particlesThenCap(j) || d.andTheCap(j) || d.officeList(i, j)) {
				j++
				continue
			}
			break
		}
		d.splitRun(i, j)
		i = j
	}
}

// officeList: the comma at token j goes on a ministry's name that lists
// its portfolios ("the Ministry of Business, Innovation and Employment").
func (d *doc) officeList(i, j int) bool {
	if d.toks[j].text != "," || j-i < 3 || !d.toks[i].is("ministry", "department") || !d.toks[i+1].is("of", "for") {
		return false
	}
	for k := j + 1; k < len(d.toks) && k < j+8 && d.word(k); k++ {
		if !d.toks[k].cap && !d.toks[k].is("and") {
			return false
		}
		if d.toks[k].is("and") {
			return k > j+1 && k+1 < len(d.toks) && d.word(k+1) && d.toks[k+1].cap
		}
	}
	return false
}

// commaInOffice: the comma at token j is inside a ministry's name (see
// officeList).
func (d *doc) commaInOffice(j int) bool {
	if d.toks[j].text != "," {
		return false
	}
	for i := j - 3; i >= 0 && i >= j-6; i-- {
		if d.toks[i].is("ministry", "department") {
			return d.officeList(i, j)
		}
	}
	return false
}

// officeListName: the run [a, b) goes on an office's list of fields after
// a comma ("Minister for Agriculture, Food and the Marine Declan
// Furlong") and ends in a given name and a surname: where the name starts,
// or -1.
func (d *doc) officeListName(a, b int) int {
	if a < 3 || b-a < 4 || d.toks[a-1].text != "," {
		return -1
	}
	office := false
	for k := a - 2; k >= 0 && k >= a-8 && !office; k-- {
		office = d.word(k) && d.toks[k].cap && d.toks[k].in(lxTitles) && d.toks[k+1].is("for", "of")
	}
	if !office {
		return -1
	}
	joined := false
	for k := a + 1; k+1 < b; k++ {
		if t := &d.toks[k]; !t.cap {
			joined = joined || t.is("and", "the")
			continue
		}
		if joined && d.toks[k-1].cap && !d.isCommon(k) && !d.gHas(d.toks[k].low) && !d.toks[k].in(lxOrgWords) && !d.toks[b-1].in(lxOrgWords) && (d.gGiven(d.toks[k].low) || b-k == 2) && d.toks[k+1].cap {
			return k
		}
	}
	return -1
}

// bodySoFar: the capitalised words [i, j) name a body ("Bureau
// Interprofessionnel"), which French "des" continues ("des Vins de
// Bourgogne").
func (d *doc) bodySoFar(i, j int) bool {
	for k := i; k < j; k++ {
		if d.toks[k].in(lxOrgWords) {
			return true
		}
	}
	return false
}

// andTheCap: "and the" or "of the" at j leads to a capitalised word
// inside a name ("Minister for Sustainability and the Environment").
func (d *doc) andTheCap(j int) bool {
	t := &d.toks[j]
	if j+2 >= len(d.toks) || d.toks[j+1].low != "the" || !t.is("and", "of", "for") || t.cap || j+2 >= len(d.toks) || !d.toks[j+1].is("the") || d.toks[j+1].cap || !d.word(j+2) || !d.toks[j+2].cap || d.toks[j+2].para != t.para {
		return false
	}
	if j == 0 || !d.toks[j-1].cap || d.toks[j-1].kind != tWord || d.placeAt(j-1, j) {
		return false // "Europe and the United States": two names
	}
	return d.placeEnd(j+2, min(j+5, len(d.toks))) == j+2
}

// particlesThenCap: lower-case name particles from token j lead to a
// capitalised word, as in "Gutiérrez de la Vega" or "van der Berg".
func (d *doc) particlesThenCap(j int) bool {
	k := j
	for k < len(d.toks) && k < j+3 && d.word(k) && !d.toks[k].cap && d.toks[k].in(lxParticles) && d.toks[k].para == d.toks[j].para {
		k++
	}
	return k > j+1 && k < len(d.toks) && d.word(k) && d.toks[k].cap && d.toks[k].para == d.toks[j].para
}

func (d *doc) nameStart(i int) bool {
	t := &d.toks[i]
	return t.kind == tWord && t.cap && t.low != "'s" && !compoundAdjective(t.low)
}

// compoundAdjective: low is a name joined to a participle that describes
// what follows ("Australian-listed Nyanza Gold", "Liverpool-born").
func compoundAdjective(low string) bool {
	i := strings.LastIndexByte(low, '-')
	if i <= 0 {
		return false
	}
	switch low[i+1:] {
	case "listed", "based", "owned", "backed", "born", "run", "headquartered", "registered", "controlled", "funded", "led":
		return true
	}
	return false
}

// qaLabel: token i is the "Q." or "A." that opens a paragraph of an
// interview laid out that way, not an initial.
func (d *doc) qaLabel(i int) bool {
	t := &d.toks[i]
	return d.qaDots && (t.text == "Q." || t.text == "A." || (t.text == "Q" || t.text == "A") && d.dashAfter(i)) && (i == 0 || d.toks[i-1].para != t.para)
}

// dashAfter: a dash follows token i in its paragraph ("A — Now we wait").
func (d *doc) dashAfter(i int) bool {
	return i+1 < len(d.toks) && d.toks[i+1].para == d.toks[i].para && d.toks[i+1].is("—", "–", "-")
}

// splitRun marks an organisation run as used, or splits it at connectors
// into candidate names.
func (d *doc) splitRun(a, b int) {
	if k := d.officeListName(a, b); k > a {
		// "Minister for Agriculture, Food and the Marine Declan
		// Furlong": the office's last field, then the name.
		d.runs = append(d.runs, nameRun{a: a, b: k, ta: a, isOrg: true})
		d.runs = append(d.runs, nameRun{a: k, b: b, ta: a, title: true})
		return
	}
	if a >= 3 && b-a >= 2 && d.toks[a-1].is("called", "named") && d.toks[a-2].is("group", "charity", "organisation", "organization", "network", "nonprofit", "collective", "campaign", "coalition", "association", "movement", "party") && d.toks[a-3].is("a", "an") {
		// "a group called Neighbors for Sensible Growth": the body's name
		d.runs = append(d.runs, nameRun{a: a, b: b, ta: a, isOrg: true})
		return
	}
	if a > 1 && d.toks[a-1].is("for", "of") && !d.toks[a-1].cap && d.word(a-2) && d.toks[a-2].in(lxTitles) {
		// "senator for Tasmania Angus McTaggart", "MP for Kalgoorlie
		// Lachlan Boyd": the seat, then the name.
		if e := d.placeEnd(a, b); e > a && b-e >= 2 {
			d.splitRun(a, e)
			d.splitRun(e, b)
			return
		}
	}
	for c := max(a, b-5); c+4 <= b && c <= a+1; c++ {
		if d.toks[c+1].is("and") && !d.toks[c+1].cap && d.sharedSurname(c, b) && (c == a || d.dropLeading(a)) {
			// "(For) Pat and Bríd O'Donovan": two people, one surname.
			d.runs = append(d.runs, nameRun{a: c, b: c + 1, ta: c, sur: c + 3})
			d.splitRun(c+2, b)
			return
		}
	}
	for c := a + 3; c < b-2; c++ {
		if !d.toks[c].is("and", "&") {
			continue
		}
		if s1, _ := d.titledName(a, c); s1 > a {
			if s2, _ := d.titledName(c+1, b); s2 <= c+1 {
				continue
			}
			// "Former Economic Security Minister Takeda Reiko and Chief
			// Cabinet Secretary Morikawa Kenji": two office-holders.
			d.splitRun(a, c)
			d.splitRun(c+1, b)
			return
		}
	}
	for c := a + 3; c < b-1; c++ {
		if t := &d.toks[c]; !t.is("of", "at") || t.cap {
			continue
		}
		if s, e := d.titledName(a, c); s > a && e == c {
			// "Leader of the Opposition Narasingha Panigrahi of the Biju
			// Janata Dal": an office, a person, then their party.
			d.runs = append(d.runs, nameRun{a: s, b: e, ta: d.titleStart(a, s), title: true})
			if n := c + 1; n < b && d.toks[n].is("the") {
				c = n
			}
			d.splitRun(c+1, b)
			return
		}
	}
	if s, e := d.titledName(a, b); s > a {
		// "Opposition Leader Rebecca Tulloch", "Senior Minister of State
		// for Manpower Koh Li Ping": an office, then a person.
		d.runs = append(d.runs, nameRun{a: s, b: e, ta: d.titleStart(a, s), title: true})
		return
	}
	for k := a; k < b; k++ {
		if d.toks[k].in(lxOrgWords) && d.toks[k].cap && !(k == b-1 && k-2 >= a && d.toks[k].is("power", "hall", "church", "house", "banks", "field") && d.toks[k-2].cap && d.toks[k-2].in(lxTitles) && !d.toks[k-2].in(lxOrgWords) && !d.toks[k-2].is("king", "queen", "sheikh", "st", "st.", "saint", "prince", "princess", "emir", "sultan") && d.word(k-1) && d.toks[k-1].cap && !d.isCommon(k-1) && !d.gHas(d.toks[k-1].low) && !d.toks[k-1].in(lxOrgWords|lxTitles|lxNotNames)) { // (not "TD Declan Power", a surname that is a body's word)
			if e := d.placeEnd(a, b); e > k && !d.toks[e-1].is("sea", "ocean", "bay", "strait", "lake", "river", "canal", "gulf") {
				k = e - 1 // "Ivory Coast and Senegal": the word is the place's
				continue
			}
			if n := d.nameAfterBody(k, b); n < b {
				// "the Assembly R. Ashok Kumar": the body, then a person
				// with an initial or a given name.
				d.runs = append(d.runs, nameRun{a: a, b: k + 1, ta: a, isOrg: true})
				d.addCandidate(n, b)
				return
			}
			if c := d.personOf(a, k); c > a {
				// "Park Soo-yeon of Hana Investment": a person, then the
				// organisation.
				d.addCandidate(a, c)
				d.runs = append(d.runs, nameRun{a: c + 1, b: b, ta: c + 1, isOrg: true})
				return
			}
			d.runs = append(d.runs, nameRun{a: a, b: b, ta: a, isOrg: true})
			return
		}
	}
	if b-a >= 3 && a > 0 && d.toks[a-1].is("the") && strings.HasSuffix(d.toks[b-1].low, "s") && d.placeEnd(a, b-1) == b-1 && !d.gGiven(d.toks[b-1].low) {
		// "the New York Mets", "the Los Angeles Dodgers": a team or a
		// body named after its city.
		d.runs = append(d.runs, nameRun{a: a, b: b, ta: a, isOrg: true})
		return
	}
	if b-a >= 3 && !d.opens(a) && d.isCommon(a) && !d.toks[a].in(lxTitles) && !d.toks[a].in(lxNotNames) && !d.gGiven(d.toks[a].low) && !d.placeAt(a, b) && d.partyMember(a, b) < 0 {
		// A title-cased phrase of ordinary words, mid-sentence: a charity,
		// a firm or a campaign ("Hands Across Hatay", "Lone Star Tube").
		d.runs = append(d.runs, nameRun{a: a, b: b, ta: a, isOrg: true})
		return
	}
	start := a
	for k := a; k <= b; k++ {
		if k == b || (!d.toks[k].cap && !d.toks[k].in(lxParticles)) {
			if k > start {
				d.addCandidate(start, k)
			}
			start = k + 1
		}
	}
}

// sharedSurname: the run [a, b) is a given name, "and", another given
// name and a surname.
func (d *doc) sharedSurname(a, b int) bool {
	if d.afterNameInBrackets(a) {
		return false // "(Thurso and North West Caithness, Independent)": a ward
	}
	for _, k := range [...]int{a, a + 2} {
		t := &d.toks[k]
		if !d.gGiven(t.low) && (d.isCommon(k) || d.gHas(t.low)) || t.in(lxTitles|lxOrgWords|lxNotNames) {
			return false
		}
	}
	for k := a + 3; k < b; k++ {
		if t := &d.toks[k]; !t.cap || t.in(lxTitles|lxOrgWords|lxNotNames) || d.placeAt(k, k+1) {
			return false
		}
	}
	if !d.gGiven(d.toks[a].low) && d.surnameElsewhere(a) {
		return false // "Carrière and Tyson Redcloud", after "Dylan Carrière"
	}
	return d.gGiven(d.toks[a].low) || d.gGiven(d.toks[a+2].low) || d.speaksAlone(a) && d.speaksAlone(a+2)
}

// surnameElsewhere: the word at token a follows a given name elsewhere in
// the text ("Dylan Carrière"): a surname.
func (d *doc) surnameElsewhere(a int) bool {
	w := d.toks[a].text
	for k := 1; k < len(d.toks); k++ {
		if k != a && d.toks[k].text == w && d.word(k-1) && d.toks[k-1].cap && d.gGiven(d.toks[k-1].low) {
			return true
		}
	}
	return false
}

// speaksAlone: the word at token a speaks by itself elsewhere in the text
// ("Glenys said", "said Morfydd"): a given name, though no list knows it.
func (d *doc) speaksAlone(a int) bool {
	w := d.toks[a].text
	return strings.Contains(d.src, w+" said") || strings.Contains(d.src, "said "+w) || strings.Contains(d.src, w+" says") || strings.Contains(d.src, "says "+w)
}

// addShared registers the person a run with a shared surname names.
func (d *doc) addShared(r *nameRun, e int) *person {
	n := len(d.parts)
	d.parts = append(d.parts, d.toks[r.a].low)
	for k := r.sur; k < e; k++ {
		d.parts = append(d.parts, d.toks[k].low)
	}
	parts := d.parts[n:len(d.parts):len(d.parts)]
	name := d.toks[r.a].text + " " + d.joinText(r.sur, e)
	for _, p := range d.people {
		if sameName(p.parts, parts) && p.parts[0] == parts[0] {
			return p
		}
	}
	p := d.newPerson()
	p.name, p.parts, p.partBits, p.first = name, parts, partBits(parts), r.a
	d.people = append(d.people, p)
	return p
}

// titledName: the run [a, b) holds a capitalised title and ends with two
// to four words that are no organisation's, title, place or ordinary
// word, then maybe post-nominal letters: where that name starts (or -1)
// and ends.
func (d *doc) titledName(a, b int) (int, int) {
	title := false
	for t := a; t < b-2 && !title; t++ {
		title = d.toks[t].cap && d.toks[t].in(lxTitles)
	}
	if !title {
		return -1, b // most runs: no word lookups
	}
	for b > a+1 && d.postNominalEnds(a, b) {
		b-- // "Neil Gorrie MSP", not "Sinn Féin TD" or "a Fianna Fáil TD for Kerry"
	}
	s := b
	for s > a {
		u := &d.toks[s-1]
		if u.kind == tWord && !u.cap && u.in(lxParticles) && s-1 > a && s < b && d.toks[s-2].cap {
			s-- // "Saif bin Khalifa Al Mazrouei"
			continue
		}
		if u.kind != tWord || !u.cap || u.in(lxOrgWords|lxNotNames) {
			break
		}
		if tradeNoun(u.low) && s-1 > a && d.toks[s-2].cap && d.toks[s-2].in(lxTitles) && !d.gGiven(u.low) {
			break // "Chief Meteorologist Mohsin Ali Khattak": the title's trade
		}
		if u.in(lxTitles) && !(d.gGiven(u.low) && !u.is("sergeant", "major", "marshal") && s == b-1 && s-2 >= a && d.toks[s-2].cap && d.toks[s-2].in(lxTitles)) {
			break // but "Sergeant Dean Whitlock": a title, then a given name (not "Senior Sergeant Walsh")
		}
		if (d.gCommon(u.low) || d.gHas(u.low)) && !d.gGiven(u.low) {
			if s == b || s-1 <= a || !d.toks[s-2].cap || !d.toks[s-2].in(lxTitles|lxOrgWords) || d.placeAt(s-1, s) && !(b-s >= 2 && d.townsOnly(u.low) && !d.toks[s-2].is("commissioner", "ssp", "sp", "dc", "dpo", "cpo", "ccpo", "igp", "mayor", "administrator", "collector", "officer")) {
				break
			}
			// "Council Member Rob Whitfield": an ordinary word between a
			// title and the surname is the given name.
		}
		s--
	}
	if s-1 > a && d.balinese(s-1, b) {
		s-- // "Bali Governor I Ketut Darmaja"
	}
	if s > b-2 {
		s = d.familyFirst(a, b, s) // "Senior Minister of State for Manpower Koh Li Ping"
	}
	parts := 0
	for k := s; k < b; k++ {
		if d.toks[k].cap {
			parts++
		}
	}
	if pe := d.placeEnd(s, b); pe > s && b-pe >= 2 && s > a && d.toks[s-1].is("for", "of") {
		s = pe // "MP for Kalgoorlie Lachlan Boyd": the seat, then the name
	}
	if parts < 2 || parts > 5 || s == a || d.toks[s-1].is("for", "of", "and") || d.placeEnd(s, b) == b {
		return -1, b // not "MP for Tunbridge Wells"
	}
	if s-2 >= a && d.toks[s-1].is("st.", "st", "saint", "ste.") && d.toks[s-2].is("of") && !d.toks[s-2].cap {
		return -1, b // "the University of St. La Salle": a saint's name in a body's
	}
	for t := a; t < s; t++ {
		if tt := &d.toks[t]; tt.cap && tt.in(lxTitles) {
			return s, b
		}
	}
	return -1, b
}

// familyFirst: the titled run [a, b) ends in a family name and one or two
// given names ("Koh Li Ping") when its family name is used alone elsewhere
// ("Ms Koh"): where that name starts, or s.
func (d *doc) familyFirst(a, b, s int) int {
	for k := b - 1; k > a && k >= b-3; k-- {
		u := &d.toks[k]
		if !d.word(k) || !u.cap || u.in(lxOrgWords|lxTitles|lxNotNames) || d.placeAt(k, k+1) && !(k == b-2 && romanisedGiven(d.toks[b-1].text)) {
			return s // (but "Ho Wing-yan": a family name that is also a town)
		}
		if k == b-1 {
			continue
		}
		if p := &d.toks[k-1]; d.aloneElsewhere(k, a, b) && (p.in(lxTitles|lxOrgWords) || d.commonishTok(k-1) && !d.gGiven(p.low)) {
			return k
		}
	}
	return s
}

// aloneElsewhere: the word at k stands capitalised on its own outside [a,
// b), after a title or as a one-word name ("Ms Koh said", "Koh added").
func (d *doc) aloneElsewhere(k, a, b int) bool {
	low := d.toks[k].low
	for i := range d.toks {
		t := &d.toks[i]
		if i >= a && i < b || t.low != low || !t.cap || t.sentStart {
			continue
		}
		if i+1 < len(d.toks) && d.word(i+1) && d.toks[i+1].cap && d.toks[i+1].para == t.para {
			continue
		}
		if i > 0 && d.word(i-1) && d.toks[i-1].cap && !d.toks[i-1].in(lxTitles) {
			continue
		}
		return true
	}
	return false
}

// nameAfterBody: the run after the organisation's word at k ends with a
// person's name that opens with an initial or a given name ("Assembly R.
// Ashok Kumar"): where the name starts, or b.
func (d *doc) nameAfterBody(k, b int) int {
	n := k + 1
	if b-n < 2 || b-n > 4 || bodyFirst[d.toks[k].low] {
		return b // (a word that opens a body's name: "Ysgol Bryn Coch")
	}
	first := &d.toks[n]
	if !(len(first.text) == 2 && first.text[1] == '.' || d.gGiven(first.low) && !d.isCommon(n) || b-n >= 3 && !d.isCommon(n) && !d.gHas(first.low)) {
		return b // ("Punjab Assembly Rana Shahid Javed": three words no list knows)
	}
	for j := n; j < b; j++ {
		if u := &d.toks[j]; !u.cap || u.in(lxOrgWords|lxTitles|lxNotNames) {
			return b
		}
	}
	return n
}

// bodyFirst are organisations' words that open their names in other
// languages (Welsh, Malay, Spanish, Polish, German): what follows is the
// body's name, not a person's.
var bodyFirst = set("ysgol", "universiti", "grupo", "grupa", "gruppe")

// personOf: the run from a holds a person's name and then "of" or "at"
// before the organisation's word at k; the connector, or a.
func (d *doc) personOf(a, k int) int {
	for c := a + 2; c < k; c++ {
		if t := &d.toks[c]; t.is("of", "at") && !t.cap {
			s := a
			for s < c-2 && d.toks[s].cap && d.toks[s].in(lxTitles) {
				s++ // "Sergeant Dai Probert of South Wales Police"
			}
			for j := s; j < c; j++ {
				if u := &d.toks[j]; !u.cap || u.in(lxOrgWords|lxTitles|lxNotNames) {
					return a
				}
			}
			if d.isCommon(s) && !d.gGiven(d.toks[s].low) {
				return a
			}
			return c
		}
	}
	return a
}

// titleStart is where the title of a name starting at a begins, for a run
// from ta: after "of Alaska and" in "Sen. Lisa Hardcastle of Alaska and
// Sen. Tom Brannigan", where the words before "and" end the last name's
// phrase.
func (d *doc) titleStart(ta, a int) int {
	if ta == 0 || d.toks[ta-1].low != "of" {
		return ta
	}
	for k := ta; k < a-1; k++ {
		if d.toks[k].is("and", "&") {
			ta = k + 1
		}
	}
	return ta
}

// midName: the particle at token a and the word after it stand inside a
// longer name somewhere in the text ("Karim Ben Moussa", then "Ben
// Moussa"): a family name, not a given name ("Ben Ashworth").
func (d *doc) midName(a int) bool {
	for k := 1; k+1 < len(d.toks); k++ {
		if k != a && d.toks[k].text == d.toks[a].text && d.toks[k+1].low == d.toks[a+1].low && d.word(k-1) && d.toks[k-1].cap {
			return true
		}
	}
	return false
}

// addCandidate strips leading non-name words and titles from [a, b).
func (d *doc) addCandidate(a, b int) {
	ta := a
	for a < b && d.dropLeading(a) && !d.balinese(a, b) && !(b-a >= 3 && d.toks[a].cap && d.toks[a].in(lxTitles) && d.toks[a].is("mr", "mrs", "ms", "mr.", "mrs.", "ms.", "dr", "dr.")) {
		a++
		ta = a
	}
	for a < b && (d.toks[a].in(lxParticles) && !(d.toks[a].text == "Le" && b-a == 3) && !d.balinese(a, b) && !(b-a == 2 && d.toks[a].text == "Ben" && !d.midName(a)) || d.toks[a].allCaps && (len(d.toks[a].low) > 3 || len(d.toks[a].low) == 3 && b-a >= 3)) { // (a Vietnamese "Le Quang Minh" keeps its family name)
		a++
		ta = a
	}
	if a >= 2 && d.toks[a-1].is("for", "and") && b-a >= 3 {
		if p := d.placeEnd(a, b); p > a && b-p >= 2 && d.gGiven(d.toks[p].low) && (d.seatFor(a) || d.toks[a-1].is("and") && a >= 4 && d.seatFor(a-2)) {
			f := a - 1 // "for"
			if d.toks[f].is("and") {
				f = a - 3
			}
			a, ta = p, f-1 // "Assistant coroner for Wiltshire and Swindon Hannah Pryce": the seat, then the name
			if ta > 0 && d.word(ta-1) && d.toks[ta-1].cap {
				ta--
			}
		}
	}
	if b-a >= 3 && (d.toks[a].in(lxNationNouns) || d.countryDemonym(a)) && !d.isCommon(b-1) && (d.gGiven(d.toks[a+1].low) || !d.isCommon(a+1) && !d.gHas(d.toks[a+1].low)) {
		a++ // "Kenyan Eliud Kiprop Serem", "Frenchman Lucas Morvan": a nationality, then the name
	}
	for b > a+1 && d.postNominalEnds(a, b) {
		b-- // "Neil Gorrie MSP", not "Sinn Féin TD" or "a Fianna Fáil TD for Kerry"
	}
	if a >= b {
		return
	}
	title := false
	for k := b - 2; k >= a; k-- {
		if d.titleIn(k, b) {
			title, a = true, k+1
			break
		}
	}
	if title {
		ta = d.titleStart(ta, a)
	}
	if title && a-ta == 1 && d.toks[ta].sentStart && b-a >= 2 && d.placeEnd(a, b) == b && d.toks[a].in(lxNotNames) {
		d.runs = append(d.runs, nameRun{a: ta, b: b, ta: ta, isOrg: true}) // "Health New Zealand said": a body named for its country
		return
	}
	if title && a-ta == 1 && d.toks[ta].is("st.", "st", "saint") && d.placeEnd(ta, b) == b {
		title, a = false, ta // "St. Louis", "St. Paul": a town named for a saint
	}
	if !title && b-a >= 3 && d.frenchMister(a) {
		title, a = true, a+1 // "M. Thierry Lecomte"
	}
	if k := d.partyMember(a, b); !title && k >= 0 {
		title, a = true, k+1 // "St Ives Liberal Democrat Andrew Tremayne": a party member's name
	}
	if ta >= 3 && d.toks[ta-1].text == ")" && d.toks[ta-3].text == "(" && d.toks[ta-2].allCaps && d.toks[ta-2].in(lxTitles) {
		// "senior superintendent of police (SSP) Navneet Bains": the
		// title's initials, and the title before them.
		title, ta = true, ta-3
		for ta > 0 && d.toks[ta-1].kind == tWord && !d.toks[ta-1].cap && !d.toks[ta-1].is("the", "a", "an", "said", "says", "that", "who", "which") && !d.toks[ta-1].in(lxSpeechVerbs) && ta > a-10 {
			ta--
		}
	}
	if ta > 0 && !title {
		if pt := &d.toks[ta-1]; pt.kind == tWord && !pt.cap && (pt.in(lxTitles) && pt.low != "miss" || roleNoun(pt.low) && b-a >= 2) && !(b-a == 1 && (d.countryDemonym(a) || d.toks[a].in(lxNationNouns))) {
			// (but not "the first Australian", "a former Kenyan": a
			// nationality, no name)
			title = true
			ta--
			for ta > 0 && d.toks[ta-1].kind == tWord && !d.toks[ta-1].cap && !d.toks[ta-1].is("the", "a", "an", "said", "says", "that", "who", "which", "while", "when", "but") && !d.toks[ta-1].in(lxSpeechVerbs) && ta > a-4 {
				ta--
			}
		}
	}
	d.runs = append(d.runs, nameRun{a: a, b: b, ta: ta, title: title})
}

// townsOnly: every place the word names is a town, no country or region:
// after a title and before two more names, a given name ("Cabinet
// Secretary Aden Wario Jillo"), not a province's ("Chief Minister Punjab";
// titledName leaves out a city's own officers: "Deputy Commissioner Lahore
// Rafia Haider").
func (d *doc) townsOnly(low string) bool {
	for c := d.entry(&d.g.keys, low).head; c >= 0; c = d.g.cands[c].next {
		if d.g.places[d.g.cands[c].place].kind != 'T' {
			return false
		}
	}
	return true
}

// balinese: the run [a, b) is a Balinese name, "I" (or "Ni") and a
// birth-order name first ("I Made Artha Widiana", "Ni Luh Putu Sari").
func (d *doc) balinese(a, b int) bool {
	return b-a >= 3 && (d.toks[a].text == "I" || d.toks[a].text == "Ni") && d.toks[a+1].is("wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede", "luh", "nengah", "gusti")
}

// partyMember: the run [a, b) ends in a party's member and a name ("the
// Liberal Democrat Callum Rennie"): where the party's word is, or -1.
func (d *doc) partyMember(a, b int) int {
	for k := b - 3; k >= a; k-- {
		if d.toks[k].is("democrat", "republican", "conservative", "tory") && (d.gGiven(d.toks[k+1].low) || b-k == 3 && !d.isCommon(k+1) && d.placeEnd(k+1, b) < b) {
			return k
		}
	}
	return -1
}

// frenchMister: token a is the "M." of French news before a given name
// ("M. Thierry Lecomte"), not an initial ("J. M. Coetzee").
func (d *doc) frenchMister(a int) bool {
	if d.toks[a].text != "M." || a+1 >= len(d.toks) || !d.word(a+1) || !d.toks[a+1].cap || len(d.toks[a+1].text) <= 2 {
		return false
	}
	if a > 0 && d.word(a-1) && len(d.toks[a-1].text) <= 2 && strings.HasSuffix(d.toks[a-1].text, ".") {
		return false // "J. M. Coetzee"
	}
	return a+2 < len(d.toks) && d.word(a+2) && d.toks[a+2].cap || d.matchPerson(a+1, a+2) != nil // "M. Lecomte said"
}

// roleNoun: a lower-case word for someone by what they do, as before a
// name ("climber Mads Kjærsgaard", "goaltender Joonas Tervo").
func roleNoun(low string) bool {
	if sportsRoleShapes.has(low) && sportsRoles[low] || tradeNoun(low) {
		return true
	}
	if len(low) < 6 || !strings.HasSuffix(low, "er") || lexIn(low, lxCompany) {
		return false // not "shipbroker Ionian Chartering"
	}
	switch low {
	case "former", "another", "together", "whether", "however", "rather", "earlier", "further", "neither", "either", "member", "number", "border", "corner", "center", "winter", "summer", "quarter", "matter", "letter", "powder", "theater", "chamber", "november", "october", "december", "september", "partner":
		return false
	}
	return true
}

// sportsRoleShapes rules out most words before roleNoun's map lookup.
var sportsRoleShapes = shapesOf(sportsRoles)

// titleIn: token k is a title inside the name run ending at b. A given
// name that is also a title, just before the last word, is the given name
// ("forecaster Dean Starkey", "Marshal Plews").
func (d *doc) titleIn(k, b int) bool {
	t := &d.toks[k]
	if !t.in(lxTitles) || k+1 < b && d.toks[k+1].in(lxOrgWords) && d.toks[k+1].cap {
		return false // not "Garda" of "the Garda Síochána"
	}
	if t.low == "first" && !(k+1 < b && d.toks[k+1].in(lxTitles)) {
		return false // "First Minister", not "the First Division"
	}
	if t.low == "miss" && k > 0 && d.toks[k-1].is("the", "a", "an", "his", "her", "their", "our", "my") {
		return false // "Miss McAllister", not the boat "the Miss Corinne"
	}
	if k != b-2 || !t.cap || !givenTitles[t.low] {
		return true
	}
	// "said Dean Corbett", "Dean Corbett, the council's lifeguard
	// supervisor,", "Dean Kowalchuk, who has worked underground": a given
	// name.
	return !(k > 0 && d.word(k-1) && !d.toks[k-1].cap || b+1 < len(d.toks) && d.toks[b].text == "," && (d.toks[b+1].is("the", "a", "an") || d.toks[b+1].is("who") && t.low == "dean"))
}

// countryDemonym: token i is a country's adjective in -an or -ian whose
// country the gazetteer knows ("Kenyan", "Australian", "Brazilian",
// "Ukrainian"), not a name in -an ("Kamran", "Declan").
func (d *doc) countryDemonym(i int) bool {
	t := &d.toks[i]
	w := t.low
	if !t.cap || t.allCaps || len(w) < 5 || !strings.HasSuffix(w, "an") || d.gGiven(w) {
		return false
	}
	if d.gHas(w[:len(w)-1]) { // Kenya, America, India
		return true
	}
	if stem := w[:len(w)-3]; strings.HasSuffix(w, "ian") && (d.gHas(stem) || d.gHas(stem+"e") || d.gHas(stem+"a")) {
		return true // Brazil, Ukraine
	}
	return false
}

// givenOnlyAs: the name starting at ta is all a person gave of theirs:
// "who gave only her first name, Aurora", "gave only his surname, Ho",
// "who identified herself only as Deb".
func (d *doc) givenOnlyAs(ta int) bool {
	k := ta - 1
	if k < 3 {
		return false
	}
	if d.toks[k].text == "," && d.toks[k-1].is("name", "surname") {
		k -= 2
	} else if d.toks[k].is("as") && d.toks[k-1].is("only") {
		k -= 2
	} else {
		return false
	}
	for j := k; j > 0 && j >= k-5 && d.word(j); j-- {
		if d.toks[j].is("gave", "give", "gives", "identified", "identifies", "asked", "wished") {
			return true
		}
	}
	return false
}

// postNominalEnds: the run [a, b) ends in letters after a name ("KC",
// "Neil Gorrie MSP"), not a party's member ("Sinn Féin TD", "a Fianna
// Fáil TD for Kerry").
func (d *doc) postNominalEnds(a, b int) bool {
	t := &d.toks[b-1]
	if !t.allCaps || !t.in(lxPostNominals) {
		return false
	}
	return !memberLetters[t.low] || b-a >= 3 && d.gGiven(d.toks[a].low) && !(b < len(d.toks) && d.toks[b].is("for", "of")) && !(a > 0 && isDet(d.toks[a-1].low))
}

// memberLetters follow a member's name ("Neil Gorrie MSP") as they follow
// a party's ("a Labour MP").
var memberLetters = set("mp", "msp", "mla", "mep", "td", "mpp", "ms", "ms.")

// firmName: tokens a and a+1 name a firm named like a person.
func (d *doc) firmName(a int) bool {
	return firmFirsts[d.toks[a].low] && firmNames[d.toks[a].low+" "+d.toks[a+1].low]
}

// firmFirsts are the first words of firmNames: most names are ruled out
// without joining two words.
var firmFirsts = func() map[string]bool {
	m := map[string]bool{}
	for n := range firmNames {
		m[n[:strings.IndexByte(n, ' ')]] = true
	}
	return m
}()

// firmNames are firms named like people.
var firmNames = set("goldman sachs", "morgan stanley", "wells fargo", "charles schwab", "merrill lynch",
	"raymond james", "edward jones", "cantor fitzgerald", "piper sandler", "jp morgan", "dow jones", "red cross", "red crescent")

// givenTitles are titles that are given names as often.
var givenTitles = set("dean", "marshal", "star", "skipper", "ato", "nana", "col", "mama")

// dropLeading reports whether a run's first word is not part of a name.
func (d *doc) dropLeading(i int) bool {
	t := &d.toks[i]
	if t.sentStart && i+1 < len(d.toks) && d.placeEnd(i, min(i+4, len(d.toks))) > i+1 {
		return false // "New York City has fined ...": a place's first word
	}
	if t.sentStart && i+3 < len(d.toks) && d.toks[i+1].cap && d.toks[i+2].text == "," && (roleNoun(t.low) || personNouns[t.low]) && !d.gGiven(t.low) {
		if _, ok := years(d.toks[i+3].low); ok {
			return true // "Fisherman Rasiman, 57, pointed"
		}
	}
	if t.in(lxNotNames) || i+2 < len(d.toks) && d.toks[i+1].cap && d.toks[i+2].cap && (personNouns[t.low] || sportsRoles[t.low]) {
		return true // "Right-hander Kaito Mizuno"
	}
	if !t.sentStart && d.opens(i) && i+2 < len(d.toks) && d.toks[i+1].cap && d.toks[i+2].cap && d.toks[i+2].kind == tWord && tradeNoun(t.low) && !d.gGiven(t.low) && !t.in(lxTitles) {
		return true // "Q&A: Volcanologist Hildur Magnúsdóttir on ..."
	}
	return t.sentStart && i+2 < len(d.toks) && d.toks[i+1].cap && d.toks[i+2].cap && d.toks[i+2].kind == tWord && !t.in(lxTitles) && (d.commonishTok(i) || tradeNoun(t.low) && !d.gGiven(t.low) || d.tradeBefore(i))
}

// romanisedGiven: s is shaped like a romanised East Asian given name, two
// syllables joined by a hyphen, the second in lower case ("Wing-yan",
// "Hyun-woo", "Mei-lin").
func romanisedGiven(s string) bool {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i+1 >= len(s) || strings.IndexByte(s[i+1:], '-') >= 0 || len(s) > 12 {
		return false
	}
	c := s[i+1]
	return c >= 'a' && c <= 'z'
}

// tradeBefore: the word at i opens the sentence and names a trade before a
// given name and a surname ("Grazier Bronwyn Atherton"), or before a name
// no list gives that is no word or place ("Builder Adewale Onigbinde").
func (d *doc) tradeBefore(i int) bool {
	t := &d.toks[i]
	return t.sentStart && i+2 < len(d.toks) && tradeShaped(t.low) && !d.gGiven(t.low) && !t.in(lxTitles) && (d.gGiven(d.toks[i+1].low) || !d.isCommon(i+1) && !d.gHas(d.toks[i+1].low)) && d.toks[i+2].cap
}

// tradeShaped: low ends as words for people by what they do ("grazier",
// "slaughterman"), before a given name ("Slaughterman Wayne Dobbie").
func tradeShaped(low string) bool {
	for i := 0; i < len(low); i++ {
		if low[i] >= utf8.RuneSelf {
			return false // "Héctor Raúl Colindres": English trades have no accents
		}
	}
	return len(low) > 5 && (strings.HasSuffix(low, "er") || strings.HasSuffix(low, "man") || strings.HasSuffix(low, "woman") || strings.HasSuffix(low, "or"))
}

// tradeNoun: a word for someone by their trade the word lists may lack
// ("hydrologist", "volcanologist", "historian").
func tradeNoun(low string) bool {
	return len(low) > 6 && (strings.HasSuffix(low, "ist") || strings.HasSuffix(low, "ian"))
}

// afterNameInBrackets: token a is inside brackets with a comma that open
// just after a capitalised name ("Alasdair Gunn (Thurso and North West
// Caithness, Independent)").
func (d *doc) afterNameInBrackets(a int) bool {
	for k := a - 1; k >= 0 && k > a-8; k-- {
		switch d.toks[k].text {
		case ")":
			return false
		case "(":
			if k == 0 || !d.word(k-1) || !d.toks[k-1].cap || d.toks[k-1].para != d.toks[a].para {
				return false
			}
			for e := a; e < len(d.toks) && e < a+10 && d.toks[e].text != ")"; e++ {
				if d.toks[e].text == "," {
					return true // a ward and a party, not a photographer's credit "(Calum Drummond)"
				}
			}
			return false
		}
	}
	return false
}

// isPlaceRun reports whether the whole run is a gazetteer place.
func (d *doc) isPlaceRun(r *nameRun) bool {
	if r.b-r.a == 1 {
		return d.gHas(d.toks[r.a].low) // the key is the word
	}
	return d.g.has(d.joinKey(r.a, r.b)) // on the stack: not remembered

}

// personEvidence decides whether a candidate names a person without help
// from speech verbs: a title or role, a known given name, or a name shape.
func (d *doc) personEvidence(r *nameRun) bool { return d.evidence(r, true) }

// evidence is personEvidence; without prep, a name after "in", "to",
// "from" ... is not taken for a place the gazetteer lacks.
func (d *doc) evidence(r *nameRun, prep bool) bool {
	n := r.b - r.a
	for k := r.a; k < r.b; k++ {
		if d.toks[k].allCaps && len(d.toks[k].low) > 3 {
			return false
		}
	}
	if t := &d.toks[r.b-1]; t.allCaps && t.in(lxTitles) || t.is("mps", "meps", "tds", "mlas", "msps", "mpps") || strings.HasSuffix(t.low, "-based") || strings.HasSuffix(t.low, "-born") || r.b-r.a >= 2 && d.countryDemonym(r.b-1) {
		return false // "Lumora CEO", "Labour MP": a body and a title, no name; "Hong Kong-based"
	}
	if r.b-r.a == 2 && d.firmName(r.a) {
		return false // "Goldman Sachs said in a note"
	}
	if d.afterNameInBrackets(r.a) {
		return false // "Councillor Alasdair Gunn (Thurso and North West Caithness, Independent)": a ward and a party
	}
	if d.isPlaceRun(r) || d.quotedTitle(r) || r.ta < r.a && d.toks[r.ta].cap && d.placeEnd(r.ta, r.b) == r.b {
		return false // "Prince Edward Island" is no Prince Edward
	}
	for k := r.a + 1; k < r.b; k++ {
		if quarterEnds[d.toks[k].low] {
			return false // "Laxmi Nagar", "Mayur Vihar Phase 1": a quarter of a city
		}
	}
	if k := r.b; k < len(d.toks) && d.word(k) && !d.toks[k].cap && (d.toks[k].in(lxTitles) && !d.toks[k].in(lxNotNames) || sportsRoles[d.toks[k].low]) && !d.toks[k].speech {
		return false // "a former Athletico Paranaense manager": a team's, not a name
	}
	if k := r.a - 1; k >= 1 && d.toks[k].is("silver", "black", "white", "red", "blue", "grey", "gray", "green", "stolen") && d.toks[k-1].is("a", "an") {
		return false // "a silver Volkswagen Passat struck": a car, by its colour
	}
	if r.b-r.a == 2 && d.toks[r.a+1].text == "I" && (d.isCommon(r.a) || d.toks[r.a].is("do", "did", "can", "could", "may", "shall", "should", "will", "would", "am", "was", "have", "had")) {
		return false // "Do I care?", "Can I say": a question's pronoun
	}
	if r.title {
		return !d.allTitles(r.a, r.b) // not "Deputy Minister" of "the Deputy Minister for Works": an office, no name
	}
	if k := r.ta - 1; k >= 0 && d.toks[k].is("the") && d.isCommon(r.b-1) && !d.gGiven(d.toks[r.b-1].low) && !d.gHas(d.toks[r.b-1].low) {
		return false // "The Red Cross said": a body's name, with "the" and an ordinary word
	}
	if k := r.ta - 1; k >= 0 && d.toks[k].is("the") && r.b < len(d.toks) && d.word(r.b) && !d.toks[r.b].cap && !d.toks[r.b].speech && !auxWord(d.toks[r.b].low) {
		return false // "chairs the Ngāti Kahungunu rūnanga": a body's or a place's name before its noun
	}
	first := d.toks[r.a].low
	compass := first == "north" || first == "south" || first == "east" || first == "west"
	if k := d.placeListPrep(r); prep && k >= 0 && d.word(k) && d.toks[k].is("in", "near", "from", "across", "outside", "at", "to", "into", "fled", "fleeing", "flee", "shelled", "captured", "evacuated") && (compass || !d.gIsMale(first) && !d.gIsFemale(first) || r.b-r.a == 2 && prefixedName(d.toks[r.a+1].text)) && !d.fromSomeone(k) {
		return false // "in Nowa Huta", "across West Yorkshire": a place the gazetteer lacks
	}
	if k := r.ta - 1; k > 0 && d.toks[k].is("of") && d.toks[k-1].is("village", "town", "city", "district", "province", "region", "suburb", "neighbourhood", "neighborhood", "port", "island", "municipality", "state") {
		return false // "the village of Zymna Voda"
	}
	for k := r.a + 1; k < r.b-1 && n > 4; k++ {
		if d.toks[k].in(lxParticles) && !d.toks[k].cap {
			n-- // "María José Gutiérrez de la Vega" has four names
		}
	}
	if n < 2 || n > 4 || d.bodyContext(r) || d.peopleWords(r) || n >= 3 && d.toks[r.b-1].is("arena") {
		return false // (and "Rod Laver Arena", a venue, but not "Bruce Arena")
	}
	if d.gGiven(first) || d.personAppositive(r.b) && !(r.ta > 0 && d.word(r.ta-1) && d.toks[r.ta-1].cap) {
		return true // "Jericho Dela Paz, a tricycle driver,"
	}
	if k := r.ta - 1; k > 0 && r.ta == r.a && d.word(k) && !d.toks[k].cap && (tradeNoun(d.toks[k].low) || strings.HasSuffix(d.toks[k].low, "man") && len(d.toks[k].low) > 6 || strings.HasSuffix(d.toks[k].low, "woman")) && !d.isCommon(r.a) && !d.toks[r.b-1].in(lxOrgWords) {
		return true // "businessman Hassan Abdirahman Farah": a trade before the name
	}
	if d.toks[r.b-1].in(lxTitles) {
		return false // "Labour MP", "Green MEP": a party and an office
	}
	if n := r.b; n+2 < len(d.toks) && d.toks[n].text == "," && d.toks[n+2].text == "," {
		if _, ok := years(d.toks[n+1].low); ok {
			return true // "Ngozi Eze, 54, runs ..."
		}
	}
	if k := r.ta - 1; k > 1 && d.toks[k].is("called", "named") && d.word(k-1) && !d.toks[k-1].cap && d.isCommon(k-1) && !d.isPlaceRun(r) {
		return true // "a man called Severino Lopes"
	}
	if k := r.ta - 1; k > 0 && d.toks[k].text == "," && d.word(k-1) && !d.toks[k-1].cap && d.isCommon(k-1) && !d.isCommon(r.a) && !d.toks[k-1].in(lxCompany|lxOrgHeads) {
		return true // "Her neighbour, Tran Van Minh," (not "its charity, Hands Across Hatay,")
	}
	if k := r.ta - 1; k > 0 && r.b-r.a >= 2 && d.toks[k].is("and") && !d.isCommon(r.a) && !d.gHas(d.toks[r.a].low) {
		if p := d.runEndingAt(k); p != nil && !p.isOrg && p.b-p.a >= 2 && (p.person != nil || d.gGiven(d.toks[p.a].low)) {
			return true // "Travis Doucet and Rogelio Santana"
		}
	}
	// Name-shaped: the first word is no ordinary word or place, and at
	// most the surname is one ("Dewi Kartika Sari", "Park Seung-ho").
	words := 0
	for k := r.a; k < r.b; k++ {
		low := d.toks[k].low
		if !particles[low] && (d.gCommon(low) || d.gHas(low)) {
			if k == r.a {
				return false
			}
			words++
		}
	}
	return words <= 1 && r.b-r.a-words >= 2
}

// peopleWords: every word of the run names a people, a faith or a
// tongue ("Indian Muslim", "Italian-accented English"): no one's name.
func (d *doc) peopleWords(r *nameRun) bool {
	for k := r.a; k < r.b; k++ {
		low := d.toks[k].low
		if !(d.countryDemonym(k) || d.toks[k].in(lxOtherDemonyms|lxNationNouns) || faiths[low] || low == "english" || strings.HasSuffix(low, "-accented") || strings.HasSuffix(low, "-speaking")) {
			return false
		}
	}
	return true
}

// faiths name believers ("an Indian Muslim food stall").
var faiths = set("muslim", "christian", "hindu", "jewish", "buddhist", "sikh", "catholic", "protestant", "orthodox", "shia", "sunni")

// placeListPrep: the word before the run r, or, where r ends a list
// after "in", "near", "across", "outside" or "at" ("in Sham Shui Po, Yau
// Tsim Mong and Kwun Tong."), the word before the list (not after "from":
// "with assistance from Kanokwan Ritthirong and Tomoko Sato.").
func (d *doc) placeListPrep(r *nameRun) int {
	if h := d.listHead(r.ta, r.b); h < r.ta && d.toks[h-1].is("in", "near", "across", "outside", "at") {
		return h - 1
	}
	return r.ta - 1
}

// listHead: the run [ta, b) ends a list of capitalised runs ("in Sham
// Shui Po, Yau Tsim Mong and Kwun Tong."): where the list's first run
// starts; or ta.
func (d *doc) listHead(ta, b int) int {
	if ta < 2 || !d.toks[ta-1].is("and", "or") || b < len(d.toks) && d.word(b) {
		if ta < 2 || d.toks[ta-1].text != "," || !d.listGoesOn(b) {
			return ta // the last of a list ends a clause: "... and Kwun Tong."
		}
	}
	h := ta
	for n := 0; n < 6; n++ {
		k := h - 1
		if k > 0 && d.toks[k].is("and", "or") && d.toks[k-1].text == "," {
			k--
		}
		if k < 1 || !(d.toks[k].text == "," || d.toks[k].is("and", "or")) {
			break
		}
		j := k
		for j > 0 && d.word(j-1) && d.toks[j-1].cap && !d.toks[j-1].sentStart {
			j--
		}
		if j == k {
			break
		}
		h = j
	}
	return h
}

// bodyContext: what stands around the run [r.a, r.b) makes it a body,
// not a person: an employer ("an analyst at Piper Sandler"), a party
// after a member's name ("Marian Feeney, of Fianna Fáil,"), one of a
// list of firms ("private-equity firms, including Thoma Bravo"), an owner
// of a portfolio's spokesperson ("Sinn Féin's health spokeswoman"), or a
// party by its members ("the Welsh Conservatives").
func (d *doc) bodyContext(r *nameRun) bool {
	if k := r.ta - 1; k > 0 && d.word(k-1) && !d.toks[k-1].cap && d.toks[k].is("at") &&
		(roleNoun(d.toks[k-1].low) || d.toks[k-1].in(lxTitles) || d.toks[k-1].is("analyst", "analysts", "economist", "economists", "strategist", "strategists", "researcher", "researchers")) {
		return true
	}
	if k := r.ta - 1; k > 2 && d.toks[k].is("including") {
		for j := k - 1; j >= k-3; j-- {
			if d.toks[j].is("firms", "companies", "banks", "lenders", "funds", "groups", "insurers", "investors", "parties", "unions") {
				return true
			}
		}
	}
	if k := r.ta - 1; k > 1 && d.toks[k].is("of") && d.toks[k-1].text == "," && r.b < len(d.toks) && d.toks[r.b].text == "," {
		if p := d.runEndingAt(k - 1); p != nil && !p.isOrg {
			return true
		}
	}
	if b := r.b; b+2 < len(d.toks) && d.toks[b].low == "'s" {
		for k := b + 1; k < len(d.toks) && k <= b+3 && d.word(k) && !d.toks[k].cap; k++ {
			if d.toks[k].is("spokesman", "spokeswoman", "spokesperson") {
				return k > b+1 // "Sinn Féin's health spokeswoman", not "Ruto's spokesman"
			}
		}
	}
	return d.toks[r.b-1].is("conservatives", "democrats", "republicans", "liberals", "greens", "socialists", "nationalists", "unionists")
}

// bareRole: from k, up to three lower-case words end in a title and then
// "of", "at" or a comma (", floor leader of", ", chief executive at"):
// where they end, or 0.
func (d *doc) bareRole(k int) int {
	e := k
	for e < len(d.toks) && e < k+3 && d.word(e) && !d.toks[e].cap && !d.toks[e].speech && !isDet(d.toks[e].low) && !d.toks[e].is("who", "which", "whose", "and", "but", "of", "at") {
		e++
	}
	if e == k || e >= len(d.toks) || !d.toks[e-1].in(lxTitles) || !(d.toks[e].is("of", "at") || d.toks[e].text == ",") {
		return 0
	}
	return e
}

// collectPeople registers the people the runs name, fullest names first so
// that a surname seen before the full name still joins it.
func (d *doc) collectPeople() {
	for i := range d.runs {
		r := &d.runs[i]
		if r.sur > 0 && i+1 < len(d.runs) {
			r.person = d.addShared(r, d.runs[i+1].b)
			continue
		}
		if !r.isOrg && r.b-r.a >= 2 && d.personEvidence(r) {
			if p := d.beforePatronym(r.a, r.b); p != nil {
				r.person = p // "Mohd Zaki" after "Mohd Zaki bin Ismail"
				continue
			}
			r.person = d.addPerson(r.a, r.b)
		}
	}
	d.nicknames()
	d.gamerTags()
	for i := range d.runs {
		r := &d.runs[i]
		if r.isOrg || r.person != nil {
			continue
		}
		if p := d.matchPerson(r.a, r.b); p != nil {
			r.person = p
		} else if p := d.matchPerson(r.a+1, r.b); r.b-r.a == 2 && p != nil && d.toks[r.a].sentStart && d.commonishTok(r.a) {
			r.a, r.ta, r.person = r.a+1, r.a+1, p // "Later Lin said"
		} else if p := d.matchPerson(r.a+1, r.b); r.b-r.a >= 3 && p != nil && len(p.parts) == r.b-r.a-1 && d.toks[r.a].cap && !d.isCommon(r.a) && !d.toks[r.a].in(lxTitles|lxOrgWords|lxNotNames) {
			// "Santiago Rojas Pérez" (a city's name first) of "Rojas
			// Pérez": the given name joins the person.
			n := len(d.parts)
			d.parts = append(d.parts, d.toks[r.a].low)
			d.parts = append(d.parts, p.parts...)
			p.parts = d.parts[n:len(d.parts):len(d.parts)]
			p.partBits = partBits(p.parts)
			p.name = d.joinText(r.a, r.b)
			r.person = p
		} else if p := d.nickOf(i); p != nil {
			r.person = p // "Salvatore, whom everyone calls Sal,"
		} else if r.b-r.a == 1 && d.givenOnlyAs(r.ta) {
			r.person = d.addPerson(r.a, r.b) // "who gave only her first name, Aurora,", "identified herself only as Deb"
		} else if r.b-r.a == 1 && (r.title && !d.titleDomain(r) || d.kinBefore(r.ta) || d.mononym(r) || d.ownRoleBefore(r)) && (!d.isPlaceRun(r) || d.ownKinBefore(r.ta)) && !d.toks[r.a].in(lxTitles) && !(r.ta > 0 && d.toks[r.ta-1].is("a", "an", "another", "one")) && !d.toks[r.a].is("democrat", "republican") {
			r.person = d.addPerson(r.a, r.b)
		}
	}
	for i := range d.runs {
		if r := &d.runs[i]; r.person != nil {
			d.notePerson(r)
		}
	}
}

// nicknames joins a given name, a nickname in marks and a surname into
// one person ("Rep. Gerardo \"Jerry\" Malvar", "Rodolfo \"Dodong\"
// Manalastas"), named without the nickname. (The nickname stays a
// quotation with no speaker, as the dev set lists it.)
func (d *doc) nicknames() {
	for i := 0; i+1 < len(d.runs); i++ {
		r1 := &d.runs[i]
		o := r1.b // the marks around the nickname ("Dean \"The Demolisher\" Harkness")
		if r1.isOrg || r1.b-r1.a > 2 || o+2 >= len(d.toks) || d.toks[o].kind != tMark {
			continue
		}
		c, n0 := o+1, o+1 // the closing mark; the nickname's first word
		if d.toks[n0].is("the", "el", "la", "le", "il", "o", "da") && n0+1 < len(d.toks) && d.toks[n0+1].cap {
			n0++ // "Rubén \"El Flaco\" Salinas"
		}
		for c < len(d.toks) && c <= n0+3 && d.toks[c].kind == tWord {
			c++
		}
		if c == n0 || c > n0+3 || c >= len(d.toks) || d.toks[c].kind != tMark || !d.toks[n0].cap {
			continue
		}
		j := i + 1 // the run after the nickname; a nickname that is a word ("Note") is no run
		if d.runs[j].a < c {
			j++
		}
		if j >= len(d.runs) {
			continue
		}
		r2 := &d.runs[j]
		var nick *nameRun
		if j == i+2 {
			if nick = &d.runs[i+1]; nick.b > c {
				continue
			}
		}
		if r2.isOrg || r2.a != c+1 || r2.b-r2.a > 2 || d.toks[o].para != d.toks[r2.a].para {
			continue
		}
		if r1.b-r1.a == 2 && d.toks[r1.a].sentStart && d.isCommon(r1.a) && !d.gGiven(d.toks[r1.a].low) && (d.gGiven(d.toks[r1.a+1].low) || !d.isCommon(r1.a+1)) {
			r1.a++ // "Drummer Leon \"Boots\" Tatum": a trade opens the sentence
		}
		p := r2.person
		if q := d.matchPerson(r2.a, r2.b); p == nil && q != nil && len(q.parts) >= r2.b-r2.a+r1.b-r1.a && q.parts[0] == d.toks[r1.a].low {
			// "Cornelius \"Neil\" Ashby" in the headline is the
			// "Cornelius Lamont Ashby" of the text.
			r1.person, r2.person = q, q
			d.nickDone(nick, n0, c, q)
			i = j
			continue
		}
		if p == nil {
			if !(r1.title || d.gGiven(d.toks[r1.a].low) || r1.b-r1.a == 1 && (!d.toks[r1.a].sentStart || !d.gHas(d.toks[r1.a].low)) && !d.isCommon(r1.a) && r2.b-r2.a == 1) || d.isCommon(r2.a) {
				continue // (or "Among them was Lourdes \"Lulu\" Gamboa": a given name that is a town too)
			}
			p = d.newPerson()
			p.first = r1.a
			d.people = append(d.people, p)
			r2.person = p
		} else if len(p.parts) != r2.b-r2.a {
			continue // already a fuller name
		}
		d.mergeInto(r1.person, p)
		n := len(d.parts)
		for k := r1.a; k < r1.b; k++ {
			d.parts = append(d.parts, d.toks[k].low)
		}
		if p.parts == nil {
			for k := r2.a; k < r2.b; k++ {
				d.parts = append(d.parts, d.toks[k].low)
			}
			p.name = d.joinText(r2.a, r2.b)
		} else {
			d.parts = append(d.parts, p.parts...)
		}
		p.parts = d.parts[n:len(d.parts):len(d.parts)]
		p.partBits = partBits(p.parts)
		p.name = d.joinText(r1.a, r1.b) + " " + p.name
		r1.person = p
		d.nickDone(nick, n0, c, p)
		i = j
	}
}

// nickDone gives p the one-word nickname in toks[n0:c] and makes its run,
// if it has one, no name of its own.
func (d *doc) nickDone(nick *nameRun, n0, c int, p *person) {
	if c-n0 == 1 {
		p.nick, d.nicks = d.toks[n0].low, true
	}
	if nick != nil {
		nick.isOrg = true
	}
}

// mergeInto makes q's runs name p and drops q's mentions (q is found to
// be p: "Cornelius" of "Cornelius \"Neil\" Ashby"); nothing if q is nil
// or p.
func (d *doc) mergeInto(q, p *person) {
	if q == nil || q == p {
		return
	}
	q.mentions = q.mentions[:0]
	for j := range d.runs {
		if d.runs[j].person == q {
			d.runs[j].person = p
		}
	}
}

// gamerTags joins a given name, a handle in marks in lower case and a
// surname ("Oskar \"vandr\" Vandrén") into one person, named without the
// handle, as nicknames does for a capitalised nickname.
func (d *doc) gamerTags() {
	for i := 0; i+1 < len(d.runs); i++ {
		r1, r2 := &d.runs[i], &d.runs[i+1]
		o := r1.b
		if r1.isOrg || r2.isOrg || r1.b-r1.a > 2 || r2.a != o+3 || r2.b-r2.a > 2 || o+2 >= len(d.toks) {
			continue
		}
		if d.toks[o].kind != tMark || d.toks[o+2].kind != tMark || !d.word(o+1) || d.toks[o+1].cap || d.toks[o].para != d.toks[r2.a].para || d.isCommon(r2.a) {
			continue
		}
		if !(r1.title || d.gGiven(d.toks[r1.b-1].low) || r1.b-r1.a == 1 && !d.isCommon(r1.a)) {
			continue
		}
		a := r1.a
		if r1.b-r1.a == 2 && !d.gGiven(d.toks[a].low) {
			a++ // "MVP Mathias": a title the lists lack
		}
		n := len(d.parts)
		for k := a; k < r1.b; k++ {
			d.parts = append(d.parts, d.toks[k].low)
		}
		for k := r2.a; k < r2.b; k++ {
			d.parts = append(d.parts, d.toks[k].low)
		}
		p := r2.person
		if p == nil || len(p.parts) != r2.b-r2.a {
			p = d.newPerson()
			p.first = a
			d.people = append(d.people, p)
		}
		p.parts = d.parts[n:len(d.parts):len(d.parts)]
		p.partBits = partBits(p.parts)
		p.name = d.joinText(a, r1.b) + " " + d.joinText(r2.a, r2.b)
		p.nick, d.nicks = d.toks[o+1].low, true
		d.mergeInto(r1.person, p)
		r1.a, r1.ta, r1.person, r2.person = a, a, p, p
		i++
	}
}

// nickOf: the one-word run i is the name someone earlier in its sentence
// goes by ("Salvatore, whom everyone calls Sal,", "known simply as
// Neil"): that person, now with the nickname, or nil.
func (d *doc) nickOf(i int) *person {
	r := &d.runs[i]
	a := r.a
	if r.b-a != 1 || a < 3 {
		return nil
	}
	k := a - 1
	if d.toks[k].is("him", "her") {
		k--
	}
	cue := d.toks[k].is("calls", "call", "nicknamed", "dubbed")
	if d.toks[k].is("as") {
		j := k - 1
		if d.toks[j].is("simply", "just", "only") {
			j--
		}
		cue = j >= 0 && d.toks[j].is("known")
	}
	if !cue || d.gHas(d.toks[a].low) || a+1 < len(d.toks) && d.toks[a+1].is("home") {
		return nil // not "now calls Toronto home"
	}
	s, _ := d.sentRange(a)
	for j := i - 1; j >= 0 && d.runs[j].a >= s; j-- {
		if p := d.runs[j].person; p != nil {
			p.nick, d.nicks = d.toks[a].low, true
			return p
		}
	}
	return nil
}

// titleDomain: the one-word titled run is a ruler's title and domain,
// the name set off after it ("The Sarkin Dei-Dei, Alhaji Usman Danjuma,").
func (d *doc) titleDomain(r *nameRun) bool {
	return r.title && r.b-r.a == 1 && r.ta > 0 && d.toks[r.ta-1].is("the") && r.b+1 < len(d.toks) && d.toks[r.b].text == "," && d.word(r.b+1) && d.toks[r.b+1].cap
}

// mononym: the one-word run opens its sentence and is followed by an age
// and "who" ("Suwarni, 47, who dries and sells salted fish"), or follows a
// trade and comes before an age: a person known by one name.
func (d *doc) mononym(r *nameRun) bool {
	b := r.b
	if b+3 >= len(d.toks) || d.toks[b].text != "," || d.toks[b+2].text != "," || d.isCommon(r.a) || d.gHas(d.toks[r.a].low) {
		return false
	}
	if _, ok := years(d.toks[b+1].low); !ok {
		return false
	}
	if d.toks[r.a].sentStart {
		return d.toks[b+3].is("who")
	}
	// "fisherman Rasiman, 57, pointed": a trade, the one name, an age.
	k := r.ta - 1
	return r.ta == r.a && k >= 0 && d.word(k) && (!d.toks[k].cap || d.toks[k].sentStart) && (roleNoun(d.toks[k].low) || personNouns[d.toks[k].low] || d.toks[k].in(lxTitles))
}

// titleSpelledOut gives the words of titles written as initials, so that
// later roles find them.
var titleSpelledOut = map[string][]string{"CS": {"cabinet", "secretary"}}

// notePerson records a mention and what the run says about the person.
func (d *doc) notePerson(r *nameRun) {
	p := r.person
	p.mentions = append(p.mentions, d.span(r.a, r.b))
	for k := r.ta; k < r.a; k++ {
		p.desc.add(d.toks[k].low)
		p.descLex |= d.toks[k].lex
		for _, w := range titleSpelledOut[d.toks[k].text] {
			p.desc.add(w) // Kenya's "CS Kimathi", later "the Cabinet Secretary"
		}
	}
	if d.bylineRun(r) {
		p.byline = true
	}
	d.roleBefore(r)
	d.appositive(r)
	d.partyAfter(r)
	if n := r.b; n+2 < len(d.toks) && d.toks[n].text == "," && d.toks[n+2].text == "," {
		if age, ok := years(d.toks[n+1].low); ok {
			p.age = age // "Kovalchuk, 54, ran ..."
		}
	}
	if p.gender == 0 {
		p.gender, p.listed = d.genderOf(r)
	} else if p.listed && d.onlyWithSurname(p) {
		if g, listed := d.genderOf(r); g != 0 && !listed {
			p.gender, p.listed = g, false // "President Chanda Mulenga", then "Mr Mulenga"
		}
	}
	for k := r.ta; k < r.b; k++ {
		d.used[k] = true
	}
}

// partyAfter reads the party and state tag after a US politician's name
// ("Sen. Rosalind Achebe-Turner (D-Ohio)", "Sen. Dale Pruett, R-Neb.,"),
// which later roles use ("the Ohio Democrat", "the Nebraska Republican").
func (d *doc) partyAfter(r *nameRun) {
	i := r.b
	if i+1 < len(d.toks) && d.toks[i].low == "of" && r.ta < r.a && d.toks[r.ta].is("sen.", "sen", "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "congressman", "congresswoman") {
		// "Sen. Tom Brannigan of Louisiana", later "the Louisiana Republican"
		for _, n := range []int{1, 2} {
			if i+n < len(d.toks) && d.toks[i+1].cap && usStateName(d.tokText(i+1, i+1+n)) {
				for k := i + 1; k <= i+n; k++ {
					r.person.desc.add(d.toks[k].low)
				}
				return
			}
		}
		return
	}
	if i+1 >= len(d.toks) || !d.toks[i].is("(", ",") || !partyTag(d.toks[i+1].text) {
		return
	}
	tag := d.toks[i+1].text
	party := map[byte]string{'D': "democrat", 'R': "republican", 'I': "independent"}[tag[0]]
	state := strings.TrimSuffix(tag[2:], ".")
	if st, ok := stateAbbrevs[state]; ok {
		state = st.name // spelled out
	}
	r.person.desc.add(party)
	for _, w := range strings.Fields(strings.ToLower(state)) {
		r.person.desc.add(w)
	}
}

// usStateName: name is a US state's ("Louisiana", "New Mexico").
func usStateName(name string) bool {
	switch name {
	case "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Utah":
		return true // never abbreviated
	}
	for _, st := range stateAbbrevs {
		if st.name == name && st.country == "US" {
			return true
		}
	}
	return false
}

// onlyWithSurname: nobody else known has p's surname (a "Mr Whelan"
// could be either of two Whelans).
func (d *doc) onlyWithSurname(p *person) bool {
	for _, q := range d.people {
		if q != p && q.surname() == p.surname() {
			return false
		}
	}
	return true
}

// appositive reads ", the mayor," or ", an epidemiologist at ..." after a name.
func (d *doc) appositive(r *nameRun) {
	i := r.b
	if i+1 >= len(d.toks) || d.toks[i].text != "," {
		return
	}
	k0 := i + 2
	if i+2 < len(d.toks) && d.toks[i+1].is("prosecuting", "defending", "presiding", "representing") && d.toks[i+2].text == "," {
		r.person.desc.add(d.toks[i+1].low) // "Owain Beddoe, prosecuting, told the court"
		return
	}
	if e := d.bareRole(i + 1); e > 0 {
		// "Rep. Choi Hyun-woo, floor leader of the ruling People Power
		// Party (PPP),": a role without an article.
		for k := i + 1; k < e; k++ {
			r.person.desc.add(d.toks[k].low)
			r.person.descLex |= d.toks[k].lex
		}
		return
	}
	if !d.toks[i+1].is("the", "a", "an") {
		// ", Morocco's minister for water,": a place's or body's role.
		if i+3 >= len(d.toks) || !d.word(i+1) || !d.toks[i+1].cap || d.toks[i+2].low != "'s" || !d.word(i+3) || d.toks[i+3].cap {
			return
		}
		k0 = i + 3
	}
	e := k0
	for ; e < len(d.toks) && e < i+8; e++ {
		t := &d.toks[e]
		if t.kind != tWord || t.is("who", "whose", "whom", "which", "at", "of", "for", "in") {
			break
		}
		if t.speech {
			return // ", the governor said": the next clause's subject, not this name's role
		}
	}
	for k := k0; k < e; k++ {
		r.person.desc.add(d.toks[k].low)
		r.person.descLex |= d.toks[k].lex
	}
}

func (d *doc) genderOf(r *nameRun) (byte, bool) {
	ta := r.ta
	if ta > 0 && d.word(ta-1) && d.toks[ta-1].cap && d.toks[ta-1].in(lxTitles) && (r.person == nil || d.onlyWithSurname(r.person)) {
		ta-- // "Mr Mulenga" opening a sentence, the title dropped from the run
	}
	for k := ta; k < r.a; k++ {
		switch d.toks[k].low {
		case "mr", "mr.", "king", "prince", "sir", "lord", "father", "spokesman", "congressman", "councilman", "chairman":
			return 'm', false
		case "mrs", "mrs.", "ms", "ms.", "queen", "princess", "lady", "dame", "spokeswoman", "congresswoman", "chairwoman", "actress":
			return 'f', false
		}
	}
	if r.b-r.a < 2 && r.sur == 0 {
		return 0, false
	}
	first := d.toks[r.a].low
	if r.b-r.a == 2 && lowerAfterHyphen(d.toks[r.a+1].text) {
		return 0, false // "Park Soo-yeon": a family name first, whatever a list says of "Park"
	}
	switch {
	case d.gIsMale(first):
		return 'm', true
	case d.gIsFemale(first):
		return 'f', true
	}
	return 0, false
}

// addPerson registers the name in tokens [a, b), joining it to a person
// already known by a shorter or longer form of the same name.
func (d *doc) addPerson(a, b int) *person {
	n := len(d.parts)
	for k := a; k < b; k++ {
		d.parts = append(d.parts, d.toks[k].low)
	}
	parts := d.parts[n:len(d.parts):len(d.parts)]
	for _, p := range d.people {
		if sameName(p.parts, parts) || len(parts) == 2 && len(p.parts) >= 3 && slices.Equal(p.parts[len(p.parts)-2:], parts) && !d.gGiven(parts[0]) ||
			len(parts) == 2 && len(p.parts) >= 3 && slices.Equal(p.parts[:2], parts) && !(d.gGiven(parts[0]) && d.gGiven(parts[1]) && d.introduced(a)) {
			// and "Almeida Couto" of "Beatriz Almeida Couto", and "Mohd
			// Hafiz" of "Mohd Hafiz Abdul Rahman" or "Joxe Mari" of "Joxe
			// Mari Etxeberria" (a second given name, not a surname; but
			// "A neighbour, Rhys Owen," introduced as someone new is
			// another man than "Rhys Owen Davies")
			if len(parts) > len(p.parts) {
				p.parts, p.partBits, p.name = parts, partBits(parts), d.joinText(a, b)
			}
			return p
		}
	}
	p := d.newPerson()
	p.name, p.parts, p.partBits, p.first = d.joinText(a, b), parts, partBits(parts), a
	d.people = append(d.people, p)
	return p
}

// introduced: the name at token a is set off after a role ("A neighbour,
// Rhys Owen,"): someone the text brings in.
func (d *doc) introduced(a int) bool {
	return a >= 2 && d.toks[a-1].text == "," && d.word(a-2) && !d.toks[a-2].cap
}

// newPerson returns a zero person from the doc's pooled array while it
// lasts.
func (d *doc) newPerson() *person {
	var p *person
	if n := len(d.slab); n < cap(d.slab) {
		d.slab = d.slab[:n+1]
		p = &d.slab[n]
	} else {
		p = new(person)
	}
	p.desc = p.descBuf[:0]
	return p
}

// partBit is a bit standing for a name part in a person's partBits.
func partBit(low string) uint64 { return 1 << (lexHash(low) & 63) }

func partBits(parts []string) uint64 {
	var bits uint64
	for _, p := range parts {
		bits |= partBit(p)
		if st := articleStem(p); st != "" {
			bits |= partBit(st)
		}
	}
	return bits
}

// articleStem: a name part after an Arabic article ("khafaji" of
// "al-khafaji"), or "".
func articleStem(part string) string {
	if len(part) < 5 || part[2] != '-' && part[3] != '-' {
		return "" // most parts: no article
	}
	for _, pre := range [...]string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-"} {
		if len(part) > len(pre)+2 && strings.HasPrefix(part, pre) {
			return part[len(pre):]
		}
	}
	return ""
}

// sameName: one name is the other's surname, or both share first and last.
func sameName(x, y []string) bool {
	if x[len(x)-1] != y[len(y)-1] {
		return false
	}
	if len(x) == 1 || len(y) == 1 || x[0] == y[0] {
		return true
	}
	if len(x) < len(y) {
		x, y = y, x
	}
	// The later names whole: "Gutiérrez de la Vega" of "María José
	// Gutiérrez de la Vega".
	return (len(y) > 2 || len(y) == 2 && (lexIn(y[0], lxParticles) || y[0] == "te")) && slices.Equal(x[len(x)-len(y):], y) // and "Te Kani" of "Hemi Te Kani"
}

// matchPerson finds the known person a short mention refers to: the surname
// (or the full name) of someone already registered.
func (d *doc) matchPerson(a, b int) *person {
	var best *person
	// Any match has the last token among the person's parts: most
	// people are ruled out by one bit.
	var bit uint64
	if b > a {
		bit = partBit(d.toks[b-1].low)
	}
	for _, p := range d.people {
		if p.partBits&bit != bit || !d.partOf(p, a, b) {
			continue
		}
		if best == nil || len(p.parts) > len(best.parts) {
			best = p
		}
	}
	if best == nil && b-a == 1 {
		best = d.givenNameOf(a)
	}
	if best == nil && b-a == 1 && d.nicks {
		for _, p := range d.people {
			if p.nick != "" && p.nick == d.toks[a].low {
				return p // "Gerry said" after Gerald "Gerry" Kearley
			}
		}
	}
	return best
}

// beforePatronym finds the one person whose names before "bin" or
// "binti" (patronymLinks) are tokens [a, b): Malay names ("Mohd Zaki bin
// Ismail", then "Mohd Zaki") refer by the given names. (partOf matches
// them too, but collectPeople asks before anyone is matched.)
func (d *doc) beforePatronym(a, b int) *person {
	n := b - a
	var only *person
	for _, p := range d.people {
		if len(p.parts) <= n+1 || !patronymLinks[p.parts[n]] {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = p.parts[k] == d.toks[a+k].low
		}
		if same {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	return only
}

// givenNameOf finds the one person whose first part token a is:
// Ethiopian and Eritrean names ("Tadesse Gebremedhin Alemu", then
// "Tadesse") refer by the given name, and surname-first names ("Zhou
// Lanfen", then "Zhou") by the family name. (matchPerson has already
// ruled out anyone with that word as a later part.)
func (d *doc) givenNameOf(a int) *person {
	low := d.toks[a].low
	var only *person
	for _, p := range d.people {
		if len(p.parts) >= 2 && p.parts[0] == low {
			if only != nil {
				// Two of one family ("Kuroda Shigeru" and his daughter
				// "Kuroda Mai"): the family name alone is the one the
				// text never calls by the given name ("according to Mai").
				if only = d.notByGivenName(only, p); only == nil {
					return nil
				}
				continue
			}
			only = p
		}
	}
	if only == nil || d.isCommon(a) && (d.toks[a].sentStart || !d.gGiven(low)) && !d.namedAlone(only, a) {
		return nil // but "\"...,\" Dale says" after Dale Haskell
	}
	if d.gHas(low) && (d.gGiven(low) || d.gGiven(only.surname()) || !d.saysNext(a) && !(a+2 < len(d.toks) && d.toks[a+1].text == "," && d.toks[a+2].is("who"))) {
		return nil // "Jordan said" after Jordan Peterson, "in Halifax"; but "Hashimoto said" after Hashimoto Yuko, and "Gao, who ..."
	}
	return only
}

// saysNext: a speech verb follows token a.
func (d *doc) saysNext(a int) bool {
	return a+1 < len(d.toks) && d.toks[a+1].in(lxSpeechVerbs)
}

// notByGivenName: of two people who share a first part, the one whose last
// part never stands alone in the text, if only one of them is so.
func (d *doc) notByGivenName(p, q *person) *person {
	pa, qa := d.standsAlone(p.surname()), d.standsAlone(q.surname())
	switch {
	case pa && !qa:
		return q
	case qa && !pa:
		return p
	}
	return nil
}

// standsAlone: the word low stands capitalised somewhere with no
// capitalised word beside it in the same paragraph.
func (d *doc) standsAlone(low string) bool {
	for i := range d.toks {
		if t := &d.toks[i]; t.low != low || !t.cap || t.kind != tWord {
			continue
		}
		if i > 0 && d.word(i-1) && d.toks[i-1].cap && d.toks[i-1].para == d.toks[i].para {
			continue
		}
		if i+1 < len(d.toks) && d.word(i+1) && d.toks[i+1].cap && d.toks[i+1].para == d.toks[i].para {
			continue
		}
		return true
	}
	return false
}

func (d *doc) joinText(a, b int) string {
	if d.singleSpaced(a, b) {
		return d.src[d.toks[a].bs:d.toks[b-1].byteEnd()]
	}
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[k].text)
	}
	return sb.String()
}

// singleSpaced reports whether tokens [a, b) stand in the text one space
// apart, so that the text itself is their join.
func (d *doc) singleSpaced(a, b int) bool {
	for k := a + 1; k < b; k++ {
		end := d.toks[k-1].byteEnd()
		if int(d.toks[k].bs) != end+1 || d.src[end] != ' ' {
			return false
		}
	}
	return true
}

// partOf: tokens [a, b) end the person's name ("Ben Youssef" of "Salma Ben
// Youssef"), or one token is a later part of it ("Mbuyi" of "Jean-Pierre
// Mbuyi Kalala"), or the first part of a surname-first name ("Lee" of "Lee
// Min-jung") that is not a common given name.
func (d *doc) partOf(p *person, a, b int) bool {
	n := b - a
	if n > len(p.parts) {
		return false
	}
	off := len(p.parts) - n
	suffix := true
	for k := 0; k < n; k++ {
		if p.parts[off+k] != d.toks[a+k].low {
			suffix = false
			break
		}
	}
	if suffix {
		return true
	}
	if n > 1 {
		if off > 0 && patronymLinks[p.parts[n]] && slices.Equal(p.parts[:n], d.lowParts(a, b)) {
			return true // "Wan Zulkifli" of "Wan Zulkifli Wan Hassan", "Anwar" of "Anwar bin Ibrahim"
		}
		// Later parts inside the name: "Ben Moussa" of "Abdelilah Ben
		// Moussa El Idrissi".
		for o := 1; o < off; o++ {
			if slices.Equal(p.parts[o:o+n], d.lowParts(a, b)) {
				return true
			}
		}
		return false
	}
	low := d.toks[a].low
	for i, part := range p.parts[1:] {
		if (part == low || articleStem(part) == low) && i+1 < len(p.parts) {
			return true // "Khafaji" of "Haidar al-Khafaji" too
		}
	}
	// Korean-style given names are hyphenated with a lower-case second part.
	return len(p.parts) > 1 && p.parts[0] == low && strings.Contains(p.name, "-") && lowerAfterHyphen(p.name)
}

// patronymLinks open the father's name in a Malay name.
var patronymLinks = set("bin", "binti", "bt", "bte", "wan", "anak", "a/l", "a/p")

// bylineRun: the run is a byline's name, "By" and the name opening a
// short paragraph of their own ("by Kirsty MacLennan").
func (d *doc) bylineRun(r *nameRun) bool {
	k := r.ta - 1
	if k < 0 || d.toks[k].low != "by" || k > 0 && d.toks[k-1].para == d.toks[k].para {
		return false
	}
	e := r.b
	for e < len(d.toks) && d.toks[e].para == d.toks[k].para {
		e++
	}
	return e-r.b <= 4
}

// namedAlone: p was already named by the one word at token a, elsewhere
// ("Dale said" before "Dale got up"), so the word is their name here too.
func (d *doc) namedAlone(p *person, a int) bool {
	w := d.toks[a].text
	for _, m := range p.mentions {
		if i := d.tokAt(m.Start); i != a && m.End-m.Start == int(d.toks[a].e-d.toks[a].s) && d.toks[i].text == w {
			return true
		}
	}
	return false
}

// lowParts compares tokens [a, b) with name parts without allocating
// for names of up to eight words.
func (d *doc) lowParts(a, b int) []string {
	var buf [8]string
	out := buf[:0]
	for k := a; k < b; k++ {
		out = append(out, d.toks[k].low)
	}
	return out
}

// roleBefore reads "The city's municipal commissioner, Arvind Kulkarni,":
// a role just before the name, set off by a comma.
func (d *doc) roleBefore(r *nameRun) {
	k := r.ta - 1
	if k >= 3 && d.toks[k].text == ")" && d.toks[k-2].text == "(" && d.toks[k-1].allCaps && d.word(k-3) && d.toks[k-3].cap {
		// "Attorney General for Pakistan (AGP) Tariq Mehmood Bhatti": the
		// office and its initials.
		r.person.desc.add("(" + d.toks[k-1].low + ")") // set apart from the office's own words
		d.officeBefore(r, k-3)
		return
	}
	if r.title && r.ta < r.a && k >= 0 && d.word(k) && !d.toks[k].cap && d.toks[k].in(lxTitles) {
		// "Navotas police chief Lieutenant Colonel Ramon Dizon": the
		// lower-case role before the rank is theirs too.
		for j := k; j >= 0 && j > k-3 && d.word(j) && !d.toks[j].cap && !isDet(d.toks[j].low) && !d.toks[j].in(lxClausePreps) && !d.toks[j].speech; j-- {
			r.person.desc.add(d.toks[j].low)
			r.person.descLex |= d.toks[j].lex
		}
		return
	}
	if k >= 0 && d.word(k) && (d.toks[k].cap || d.toks[k].is("for", "of")) {
		d.officeBefore(r, k) // "Minister for Health Gráinne Fitzmaurice"
		return
	}
	if k >= 1 && d.toks[k].text == "," && d.word(k-1) && d.toks[k-1].cap {
		if d.roleInPlace(k - 1) {
			// "the state chairman of the APC, Alhaji Abdulganiyu Salihu,":
			// the role before the body's name.
			j := k - 1
			for j > 0 && d.word(j) && (d.toks[j].cap || d.toks[j].is("the")) {
				if d.toks[j].cap && d.toks[j].in(lxTitles) {
					r.person.desc.add(d.toks[j].low) // "the Ogun State Governor, Prince Adedayo Sodipo,"
					r.person.descLex |= d.toks[j].lex
				}
				j--
			}
			for j--; j >= 0 && j > k-12 && d.word(j) && !d.toks[j].cap && !d.toks[j].is("the", "a", "an"); j-- {
				r.person.desc.add(d.toks[j].low)
				r.person.descLex |= d.toks[j].lex
			}
			return
		}
		d.officeBefore(r, k-1) // "The Minister of Health and Social Welfare, Professor Yusuf Danjuma,"
		return
	}
	if k < 1 || d.toks[k].text != "," || d.toks[k-1].kind != tWord || d.toks[k-1].cap || !d.toks[k-1].in(lxTitles) && !d.isCommon(k-1) && !roleNoun(d.toks[k-1].low) {
		return
	}
	for j := k - 1; j >= 0 && j > k-7 && d.toks[j].kind == tWord; j-- {
		if d.toks[j].is("the", "a", "an") && j > 1 && (d.toks[j-1].is("in", "on", "at", "after", "during", "before", "under", "amid") || d.toks[j-1].is("to") && d.toks[j-2].is("according")) {
			// "According to the police summary of facts, Herewini held":
			// a phrase of the sentence, no role of the name.
			return
		}
	}
	for j := k - 1; j >= 0 && j > k-7 && d.toks[j].kind == tWord; j-- {
		if d.toks[j].is("the", "a", "an") || isPronoun(d.toks[j].low) {
			return // not "If she wins, Takeda ..."
		}
		if d.toks[j].low == "'s" {
			return // "the mission's chief observer, Ilse Vermeulen,": the role, not whose
		}
		r.person.desc.add(d.toks[j].low)
		r.person.descLex |= d.toks[j].lex
	}
}

// officeBefore reads a capitalised office ending at token j ("Minister of
// Health and Social Welfare") into the person's description, if it holds
// a title.
func (d *doc) officeBefore(r *nameRun, j int) {
	a, title := d.office(j)
	if !title {
		return
	}
	for k := a; k <= j; k++ {
		if d.toks[k].cap {
			r.person.desc.add(d.toks[k].low)
			r.person.descLex |= d.toks[k].lex
		}
	}
}

// office reads back from token j over capitalised words and "of", "for",
// "and": where they start, and whether they hold a title before an "of" or
// "for" ("Minister of Health and Social Welfare") or end in a title after a
// capitalised word ("the Ogun State Governor").
func (d *doc) office(j int) (int, bool) {
	a, title, conn := j, false, false
	for a >= 0 && a > j-8 && d.word(a) {
		t := &d.toks[a]
		if !t.is("of", "for", "and") && !(t.cap && (!t.in(lxNotNames) || t.in(lxTitles))) {
			break
		}
		conn = conn || t.is("of", "for")
		title = title || t.cap && t.in(lxTitles) && conn                                              // an office, not "Rep. Ana Ruiz"
		title = title || a == j && t.cap && t.in(lxTitles) && j > 0 && d.word(j-1) && d.toks[j-1].cap // "the Ogun State Governor,"
		title = title || a == j && t.allCaps && t.in(lxTitles)                                        // "The local MP,"
		a--
		if t.sentStart {
			break
		}
	}
	if !title && a >= 0 && a+1 < j && d.toks[a].is("the") && d.toks[a+1].cap && d.toks[a+1].in(lxTitles) && j-a <= 3 {
		title = true // "The Sarkin Dei-Dei,": a ruler by the place he rules
	}
	return a + 1, title
}

// learnGender guesses the gender of people no given-name list knows from the
// pronoun that follows their mention in the next sentence or so.
func (d *doc) learnGender() {
	for _, p := range d.people {
		if p.gender == 0 || p.listed {
			if g := descGender(p.desc); g != 0 {
				p.gender, p.listed = g, false // "Hanan Shaheen, a 34-year-old mother of five,"
			}
		}
	}
	var last *person
	lastSent, lastEnd := -10, 0
	var other byte // an object pronoun since the mention: someone else of that gender is about
	next := 0      // the first run that starts at or after token i
	// In locals, so that the loop's tests reload nothing:
	toks, runs := d.toks, d.runs
	for i := 0; i < len(toks); i++ {
		// Runs are in text order and do not overlap.
		for next < len(runs) && runs[next].a < i {
			next++
		}
		if next < len(runs) && runs[next].a == i && runs[next].person != nil {
			p := runs[next].person
			last, lastSent, lastEnd, other = p, d.sents[i], runs[next].b, 0
			if r := &runs[next]; r.b-r.a == 1 && !d.onlyWithSurname(p) {
				last = nil // "Wrona said ...": the victim or his sister
			}
			continue
		}
		if last == nil || last.gender != 0 {
			// Nothing to learn before the next person's run.
			if next < len(runs) && runs[next].a > i+1 {
				i = runs[next].a - 1
			} else if next == len(runs) {
				break
			}
			continue
		}
		t := &toks[i]
		if c := t.low[0]; c != 'h' && c != 's' {
			continue // none of the pronouns below
		}
		var g byte
		switch t.low { // not "her" or "him": objects are often someone else
		case "he", "his", "himself":
			g = 'm'
		case "she", "hers", "herself":
			g = 'f'
		case "him":
			if !t.inQuote && i > 0 && d.word(i-1) {
				other = 'm'
			}
		case "her":
			if !t.inQuote && i > 0 && d.word(i-1) && (!d.word(i+1) || d.toks[i+1].in(lxClausePreps) || d.toks[i+1].is("since", "because", "until", "that")) {
				other = 'f' // "has known her since she was nine": she is her
			}
		}
		if g == 0 || t.kind != tWord || t.inQuote || d.sents[i]-lastSent > 1 || g == other {
			continue
		}
		if i > 0 && (d.toks[i-1].in(lxSpeechVerbs) || d.toks[i-1].is("that", "told", "asked", "her", "him")) {
			continue // "X said she died": she is someone else
		}
		if t.low == "his" && d.ofInAppositive(lastEnd, i) {
			continue // "Thandiwe Nkosi, the youngest member of his last quartet,": his is someone else
		}
		last.gender = g
	}
}

// personAppositive: after a name ending at b, an appositive calls its
// bearer by a person's noun (", a tricycle driver,", ", a retired
// teacher who").
func (d *doc) personAppositive(b int) bool {
	if b+3 < len(d.toks) && d.toks[b].text == "," && d.word(b+1) && !d.toks[b+1].cap && d.toks[b+1].in(lxTitles) && !d.toks[b+1].in(lxOrgWords) && d.toks[b+2].is("of", "at") {
		return true // "Amir Hosseini, chairman of the parish council,"
	}
	if b+3 >= len(d.toks) || d.toks[b].text != "," || !d.toks[b+1].is("a", "an", "the") {
		return false
	}
	for k := b + 2; k+1 < len(d.toks) && k <= b+5 && d.word(k) && !d.toks[k].cap; k++ {
		if n := &d.toks[k+1]; n.text == "," || n.text == "." || n.is("who") {
			low := d.toks[k].low
			return personNouns[low] || roleNoun(low) && !d.toks[k].in(lxCompany|lxOrgHeads)
		}
	}
	return false
}

// ofInAppositive: the token i follows "of" in an appositive set off by
// the comma at e, with no verb or comma between.
func (d *doc) ofInAppositive(e, i int) bool {
	if e >= len(d.toks) || d.toks[e].text != "," || i-e > 8 || !d.toks[i-1].is("of") {
		return false
	}
	for k := e + 1; k < i; k++ {
		if !d.word(k) || d.toks[k].speech || auxWord(d.toks[k].low) || d.toks[k].is("who", "which", "whose") {
			return false
		}
	}
	return true
}

func lowerAfterHyphen(s string) bool {
	i := strings.LastIndexByte(s, '-')
	return i >= 0 && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z'
}

// descGender: the gender the words describing someone give ("mother",
// "widower"), or 0.
func descGender(desc wordSet) byte {
	for _, w := range desc {
		switch w {
		case "mother", "grandmother", "wife", "widow", "daughter", "sister", "aunt", "niece", "granddaughter",
			"businesswoman", "spokeswoman", "chairwoman", "congresswoman", "councilwoman", "actress", "woman", "girl", "mum", "mrs", "mrs.", "ms", "ms.":
			return 'f'
		case "father", "grandfather", "husband", "widower", "son", "brother", "uncle", "nephew", "grandson",
			"businessman", "spokesman", "congressman", "councilman", "man", "boy", "dad", "mr", "mr.": // (not "chairman": women chair as chairmen)
			return 'm'
		}
	}
	return 0
}

// quotedTitle: the run is all that stands between two quotation marks
// (a film, a book, a song), or it follows a title cue ("the film Dune").
func (d *doc) quotedTitle(r *nameRun) bool {
	a, b := r.ta, r.b
	if a > 0 && b < len(d.toks) && d.toks[a-1].kind == tMark && d.toks[b].kind == tMark {
		return true
	}
	return a > 0 && d.word(a-1) && d.toks[a-1].in(lxScareCues) && !d.toks[a-1].is("as", "named", "known")
}

// years reads an age: "54".
func years(low string) (int, bool) {
	if len(low) == 0 || len(low) > 3 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(low); i++ {
		if low[i] < '0' || low[i] > '9' {
			return 0, false
		}
		n = n*10 + int(low[i]-'0')
	}
	return n, n > 0 && n < 130
}

// yearOld reads "54-year-old" (and "54-years-old").
func yearOld(low string) (int, bool) {
	num, rest, ok := strings.Cut(low, "-")
	if !ok || rest != "year-old" && rest != "years-old" {
		return 0, false
	}
	return years(num)
}

// placeAt reports whether a gazetteer place begins the run [a, b)
// ("United Arab Emirates and Qatar", "Horn of Africa").
func (d *doc) placeAt(a, b int) bool { return d.placeEnd(a, b) > a }

// placeEnd returns the end of the longest gazetteer place that begins the
// run [a, b), or a if none does.
func (d *doc) placeEnd(a, b int) int {
	var keyBuf [64]byte // on the stack: keys are short
	buf := keyBuf[:0]
	end := a
	for k := a; k < b && k-a < d.g.maxLen; k++ {
		if k > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, d.toks[k].low...)
		var place, more bool
		if k == a {
			place, more = d.gProbe(d.toks[a].low) // the key is the word
		} else {
			place, more = d.g.probe(string(buf))
		}
		if place {
			end = k + 1
		}
		if !more {
			break
		}
	}
	return end
}

// kinBefore: a relative's name set off after the relation, "her daughter,
// Daryna,", "my son Tomas".
func (d *doc) kinBefore(a int) bool {
	k := a - 1
	if k >= 0 && d.toks[k].text == "," {
		k--
	}
	if k < 0 || !d.word(k) || d.toks[k].cap {
		return false
	}
	return d.toks[k].in(lxKin)
}

// ownRoleBefore: the one word of run r is set off by commas after
// someone's role ("My coach, Javier, he only says"): a given name.
func (d *doc) ownRoleBefore(r *nameRun) bool {
	a := r.a
	if a < 3 || r.b >= len(d.toks) || d.toks[a-1].text != "," || d.toks[r.b].text != "," || !d.word(a-2) || d.toks[a-2].cap {
		return false
	}
	role := &d.toks[a-2]
	return (role.in(lxTitles) || roleNoun(role.low)) && !role.in(lxOrgHeads) && d.toks[a-3].is("my", "his", "her", "our", "their")
}

// ownKinBefore: someone's relative, with no comma, comes just before
// token a ("whose daughter Isla"): a's word is a name even if a place's.
func (d *doc) ownKinBefore(a int) bool {
	return a >= 2 && d.kinBefore(a) && d.toks[a-1].text != "," && d.toks[a-2].is("his", "her", "their", "whose", "my", "our", "'s")
}

// kin are relatives, whose names follow them ("her daughter, Daryna,").
var kin = set("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister",
	"grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew",
	"cousin", "uncle", "aunt", "widow", "widower", "fiancée", "fiancé", "partner",
	"neighbour", "neighbor", "friend", "colleague", "classmate", "flatmate", "roommate", "girlfriend", "boyfriend",
	"mum", "mom", "dad", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad", "granddad", "stepfather", "stepmother")

// fromSomeone: "a penalty from", "a call from": what follows "from" at k is
// a person.
func (d *doc) fromSomeone(k int) bool {
	if k < 1 || d.toks[k].low != "from" || !d.word(k-1) {
		return false
	}
	switch d.toks[k-1].low {
	case "penalty", "goal", "goals", "shot", "header", "cross", "pass", "strike", "save", "tackle",
		"call", "calls", "letter", "message", "email", "text", "visit", "donation", "gift", "testimony":
		return true
	}
	return false
}
