package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clausePreps start an adjunct, not a reported clause ("said in a statement").
var clausePreps = set("in", "on", "at", "after", "during", "before", "to",
	"with", "for", "by", "of", "from", "via", "late", "earlier", "last", "this",
	"through", "as", "while", "when", "into", "over", "under", "against", "amid", "goodbye",
	"yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "so", "nothing", "something", "goodbye",
	"yes", "no", "much", "little", "and", "but", "or", "repeatedly", "again")

// auxWord: an auxiliary that a clause's verb starts with.
func auxWord(low string) bool {
	switch low {
	case "had", "has", "have", "was", "were", "is", "are", "would", "will":
		return true
	}
	return false
}

// commaParticiples report a clause only after a comma, for the sentence's
// speaker (", claiming Osei had fouled his centre-back").
var commaParticiples = set("claiming", "suggesting", "stressing", "admitting", "acknowledging",
	"conceding", "complaining", "confirming", "predicting")

// bareClauseVerbs take a reported clause without "that".
var bareClauseVerbs = set("said", "says", "say", "told", "tells", "added", "adds",
	"insisted", "argued", "claimed", "estimated", "predicted", "wrote", "writes",
	"believes", "thinks", "stressed", "noted", "warned", "saying", "telling",
	"explained", "acknowledged", "admitted", "conceded", "confirmed", "reported",
	"stated", "insists", "argues", "claims", "warns", "adding", "tweeted", "posted",
	"reckons", "reckoned", "testifies", "alleges", "allege", "estimates", "claiming", "suggesting", "admitting",
	"acknowledging", "conceding", "complaining", "confirming", "predicting", "show", "shows", "showed",
	"suggested", "suggests", "recalled", "recalls", "agreed", "agrees", "maintained", "maintains",
	"warn", "argue", "insist", "claim", "insisting", "warning", "admits", "concedes", "acknowledges", "confirms", "explains", "stresses", "notes")

// reportedIn adds the reported speech in sentence [a, b) to d.reported and
// returns the sentence's speaker, if any, for partial quotes in it.
func (d *doc) reportedIn(a, b int, sp speaker) speaker {
	if c, e := d.headlineColon(a, b); c > 0 {
		// "Sheriff: Boat driver was going 'well over' safe speed ...":
		// what the headline's role said.
		if s := d.resolve(d.roleRef(a, c), a); s.name != "" {
			d.reported = append(d.reported, quote{start: int(d.toks[c+1].s), end: int(d.toks[e-1].e), direct: false, done: true, sp: s, oi: c + 1, ci: -1})
		}
	}
	toks := d.toks // a local, not reloaded for every token
	tailAcc := d.tailAccording(a, b)
	for v := a; v < b; v++ {
		t := &toks[v]
		if t.kind != tWord || !t.speech && t.low != "according" && t.low != "put" {
			continue // most tokens (a test of their own: a branch, not a flag)
		}
		if t.low == "put" {
			// "defence lawyer X put it to the witness that he had ...": a
			// barrister's suggestion, reported
			if c0 := d.putItTo(v, b); c0 > 0 && !t.inQuote {
				if r := d.npBefore(v, a); r.kind != 0 {
					if s := d.resolve(r, v); s.name != "" {
						end := d.trimEnd(v, b)
						if d.goodClause(c0, end) {
							d.reported = append(d.reported, quote{start: int(d.toks[c0].s), end: int(d.toks[end-1].e), direct: false, done: true, sp: s, oi: c0, ci: -1})
							d.last, d.lastAt = s, v
							sp = s
						}
					}
				}
			}
			continue
		}
		if v < tailAcc && t.speech && d.subordinateBefore(a, v) {
			continue // "... after the board told buyers it would ..., according to traders": the traders' report
		}
		if t.inQuote || d.usedVerb[v] && !d.marksBalanced(a, v) || (t.cap && !t.sentStart && !d.titleCaseSays(v, b) && !(t.low == "according" && d.afterDash(v))) || d.negated(v) || d.naming(v) || d.nounUse(v) {
			continue
		}
		var r, with ref
		ing := strings.HasSuffix(t.low, "ing") && t.in(lxSpeechVerbs) && v > a
		if ing {
			with = d.withSubject(v, a)
		}
		c0, c1 := -1, -1
		switch {
		case d.accordingTo(v, b):
			r = d.accordingSource(v, b)
			c0, c1 = d.accordingClause(v, r, a, b)
			for k := max(c0, 0); k < c1; k++ {
				if d.usedVerb[k] {
					c0 = -1 // "'...,' Chen said, according to a transcript": the source of a credited quotation
					break
				}
			}
			if c0 >= 0 && d.ownSpeech(c0, c1) {
				c0 = -1 // "According to the affidavit, Pruett told deputies ...": his words
			}
		case with.kind != 0:
			// "..., with Chief Justice Khattak remarking that ...": the
			// participle's own subject.
			if sp := d.resolve(with, v); sp.name != "" {
				d.participleClause(v, b, sp)
			}
			continue
		case ing && (d.toks[v-1].text == "," || d.toks[v-1].is("and") && d.ingBefore(a, v-1) || d.toks[v-1].is("by") && v-2 > a && d.word(v-2) && !d.toks[v-2].cap):
			// (or "..., calling the vote \"a stitch-up\" and claiming ...",
			// "opened the meeting by saying ...")
			// "..., adding that ...": the sentence's speaker goes on.
			if sp.name == "" {
				if r := d.sentenceSubject(a, v); r.kind != 0 {
					sp = d.resolve(r, v)
				}
			}
			if sp.name != "" {
				d.participleClause(v, b, sp)
			}
			continue
		case t.in(lxCommaParticiples):
			continue // "spent much of his cross-examination suggesting ...": no subject of its own
		case t.speech:
			r, c0, c1 = d.verbClause(v, a, b)
		default:
			continue
		}
		if r.kind == 0 {
			continue
		}
		s := d.resolve(r, v)
		if s.name == "" {
			continue
		}
		if c0 < 0 && d.accordingTo(v, b) {
			continue // "..., he said, according to the Iraqi News Agency": still his
		}
		sp = s
		d.last, d.lastAt = s, v
		if s.p != nil {
			s.p.spoke = true
		}
		if c0 >= 0 && d.goodClause(c0, c1) {
			if c0 == d.afterDateline(a, c1) && c1 == v-1 && d.tailSpeaker(v, b) {
				// The sentence is the tail's speaker's: what it reports
				// inside is reported speech within reported speech, which
				// is not listed ("X informed merchants that ..., said the
				// people").
				for len(d.reported) > 0 && d.reported[len(d.reported)-1].start >= int(d.toks[c0].s) {
					d.reported = d.reported[:len(d.reported)-1]
				}
			}
			d.reported = append(d.reported, quote{start: int(d.toks[c0].s), end: int(d.toks[c1-1].e), direct: false, done: true, sp: s, oi: c0, ci: -1})
			if c1 > v {
				v = c1
			}
		}
	}
	return sp
}

// subordinateBefore: a subordinating word ("after", "because") stands
// between a and v, so v's clause hangs on the sentence's main one.
func (d *doc) subordinateBefore(a, v int) bool {
	for k := a + 1; k < v; k++ {
		if d.toks[k].is("after", "because", "since", "when", "as", "before", "while", "until") && !d.toks[k].inQuote && d.word(k-1) {
			return true
		}
	}
	return false
}

// putItTo: "put it to the witness that" at v: the token after "that",
// or -1.
func (d *doc) putItTo(v, b int) int {
	if v+4 >= b || !d.toks[v+1].is("it") || !d.toks[v+2].is("to") {
		return -1
	}
	for k := v + 3; k < b && k <= v+7 && d.word(k); k++ {
		if d.toks[k].is("that") {
			return k + 1
		}
	}
	return -1
}

// tailAccording: the sentence [a, b) ends with ", according to" and its
// source: the token "according", or -1.
func (d *doc) tailAccording(a, b int) int {
	for v := b - 3; v > a+3 && v > b-20; v-- {
		if d.toks[v].low != "according" || d.toks[v+1].low != "to" || d.toks[v-1].text != "," || d.toks[v].inQuote {
			continue
		}
		for k := v + 2; k < b; k++ {
			if t := &d.toks[k]; t.kind == tMark || t.text == "," && !(k+1 < b && d.toks[k+1].is("the", "a", "an")) || t.speech && t.kind == tWord && !strings.HasSuffix(t.low, "ed") {
				return -1 // the sentence goes on after the source
			}
		}
		return v
	}
	return -1
}

// accordingSource: the source after "according to" at v: the phrase, or
// a name set off after it ("According to the General Manager of the
// Agency, Mrs Omotayo Badmus-Lawal, the ...").
func (d *doc) accordingSource(v, hi int) ref {
	r := d.npAfter(v+1, hi)
	if r.kind == 'o' || r.kind == 'r' {
		if n := d.nameSetOff(r.b); n.kind != 0 && n.b-n.a >= 2 && n.b < hi && d.toks[n.b].text == "," {
			return n
		}
	}
	return r
}

// quotedAs: speech verb v ends a passive report ("is quoted as saying",
// "was reported as saying", "was heard to say"); the passive's verb, or -1.
func (d *doc) quotedAs(v, a int) int {
	if v-2 <= a || !d.toks[v].is("saying", "say") || !d.toks[v-1].is("as", "to") {
		return -1
	}
	for j := v - 2; j > a && j >= v-6 && d.word(j); j-- {
		if d.toks[j].is("quoted", "reported", "cited", "heard", "recorded", "filmed", "overheard") {
			if d.toks[j-1].is("was", "is", "were", "are", "been", "be") {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// quotedObject: "KUNA quoted Al-Hajri as saying": the name between the
// verb of quoting and "as saying" (v), or no ref.
func (d *doc) quotedObject(v, a int) ref {
	if v-3 < a || !d.toks[v].is("saying") || !d.toks[v-1].is("as") {
		return ref{}
	}
	e := v - 1
	s := e
	for s > a && d.word(s-1) && (d.toks[s-1].cap || d.toks[s-1].in(lxParticles)) {
		s--
	}
	if s == e || s-1 < a || !d.toks[s-1].is("quoted", "quotes", "cited", "cites", "quoting", "citing") {
		return ref{}
	}
	return ref{kind: 'n', a: s, b: e}
}

// verbClause reads the subject of speech verb v and the clause it reports.
func (d *doc) verbClause(v, a, b int) (ref, int, int) {
	end := d.trimEnd(v, b)
	if j := d.quotedAs(v, a); j > a {
		// "Eriksen was quoted by Reuters as saying ...": the subject of
		// the passive.
		if r := d.sentenceSubject(a, j); r.kind != 0 {
			return r, d.clauseStart(v, end), end
		}
	}
	if n := d.quotedObject(v, a); n.kind != 0 {
		return n, d.clauseStart(v, end), end // "KUNA quoted Al-Hajri as saying that ..."
	}
	if v-1 > a && d.toks[v-1].text == "," && d.toks[v].in(lxReportVerbs) {
		if r := d.npAfter(v, b); r.kind == 'n' && (r.b >= end || d.toks[r.b].text == ",") {
			return r, a, v - 1 // "The tomb's walls show scenes, said Dr. X."
		}
	}
	r := d.stateAfter(d.npBefore(v, a), v)
	if d.toks[v].is("show", "shows", "showed") && v+1 < b && !d.toks[v+1].is("that") && (r.kind == 0 || !d.recordsNP(r)) {
		return ref{}, -1, -1 // "Court records show ...", but not "The video shows ..."
	}
	if r.kind != 0 && r.a > a && d.toks[r.a-1].text == "," && v+2 < end && d.toks[v+1].text == "," && d.toks[v+2].is("and", "but", "while") {
		// "At least 1,100 homes were damaged, the agency said, and the
		// figures were expected to rise": the clause before.
		return r, d.afterDateline(a, r.a-1), r.a - 1
	}
	if r.kind != 0 && r.a > a && d.toks[r.a-1].text == "," && v+2 < end && d.toks[v+1].text == "," && !d.toks[v+2].speech {
		if d.toks[v+2].is("with", "including", "as", "after", "before", "amid", "despite", "although", "though", "while", "because", "even") {
			// "... were assigned to the fire, fire officials said, with
			// more crews on the way", "..., the NTA has said, even as
			// commuters ...": the words before.
			return r, d.afterDateline(a, r.a-1), r.a - 1
		}
		if d.verblessTail(v+2, end) {
			// "A man was pushed onto the tracks, the police said, the
			// latest in a string of attacks": the clause before; what
			// follows describes it.
			return r, d.afterDateline(a, r.a-1), r.a - 1
		}
		if p := d.afterDateline(a, r.a-1); d.shortLead(p, r.a-1) && d.toks[v+2].kind != tMark {
			return r, p, end // "The turning point, she says, was ...", "Last year, he says, the boat made ...": the whole sentence
		}
		if t := &d.toks[v+2]; t.kind == tWord && !t.cap && (strings.HasSuffix(t.low, "ing") || t.is("in", "on") || t.is("largely", "partly", "mainly", "mostly") && v+3 < end && d.toks[v+3].is("because", "due")) && d.afterDateline(a, r.a-1) < r.a-4 && !d.relativeIn(d.afterDateline(a, r.a-1), r.a-1) {
			// "Japan's Topix slid 1.4% ..., traders said, following
			// comments from ...": the clause before; what follows says
			// why or how.
			return r, d.afterDateline(a, r.a-1), r.a - 1
		}
		return r, v + 2, end // "... colleagues who, he says, hold ..."
	}
	if r.kind != 0 {
		if c0 := d.clauseStart(v, end); c0 >= 0 {
			for k := c0; k < end; k++ {
				if d.toks[k].text == ";" && !d.toks[k].inQuote {
					return r, c0, k // a semicolon ends the reported clause
				}
				if d.toks[k].text == "," && !d.toks[k].inQuote && k+3 < end && d.toks[k+1].is("and", "but", "while", "whereas") && d.speakerThen(k+2, end) {
					return r, c0, k // "..., and aid agencies warn that ...": another speaker's
				}
			}
			return r, c0, end
		}
		tail := v + 1
		if d.toks[v].in(lxAudienceVerbs) {
			tail = d.skipAudience(tail, b) // "..., Lind told Reuters."
		}
		if r.kind == 'r' && r.a-2 > a && d.toks[r.a-1].is("and") && d.word(r.a-2) && !d.toks[r.a-2].cap && strings.HasSuffix(d.toks[r.a-2].low, "s") {
			r.a -= 2 // "..., scientists and conservation groups have warned."
		}
		ra := r.a
		if r.kind == 'n' {
			ra = d.lowerRoleBefore(r.a, a) // "..., district officer Anil Gurung said."
			for ra-1 > a && d.toks[ra-1].cap && d.toks[ra-1].in(lxTitles) {
				ra-- // "..., Mr Hale said."
			}
			ra = d.lowerRoleBefore(ra, a) // "..., pathologist Dr Anil Raghavan said."
		}
		if c := d.commaBefore(ra, a); d.toks[v].in(lxReportVerbs) && d.tailOnly(tail, b) && c > a && c < ra-1 && r.kind != 'p' && r.kind != 'n' {
			// "People who sleep less ..., a study of 12,000 Finnish
			// adults suggests.": the whole phrase after the comma.
			return ref{kind: 'r', a: c + 1, b: r.b}, d.afterDateline(a, c), c
		}
		if d.toks[v].in(lxReportVerbs) && d.tailOnly(tail, b) && ra-2 > a && d.toks[ra-1].kind == tMark && d.toks[ra-2].text == "," && d.toks[ra-2].inQuote && d.marksBalanced(a, ra) {
			// "A decision would be made \"after consultation with all
			// stakeholders,\" the ministry said.": the clause with its
			// quotation.
			return r, d.afterDateline(a, ra-1), ra
		}
		if d.toks[v].in(lxReportVerbs) && d.tailOnly(tail, b) && ra-1 > a && d.toks[ra-1].text == "," {
			if np := d.npEndingAt(ra-2, a); np.kind != 0 && np.a <= d.afterDateline(a, ra-1) && r.kind == 'n' && !(d.toks[v].para == 0 && (v+1 == len(d.toks) || d.toks[v+1].para > 0)) {
				return r, -1, -1 // "The youth leader, Comrade Sunday Odukoya, said,": a role, not a clause (but a headline's "Trolley numbers hit record at Galway, INMO says" is one)
			}
			if d.toks[r.a].is("it", "they") {
				if s := d.sentenceSubject(a, r.a-1); s.kind != 0 && !(d.toks[r.a].is("it") && d.pluralNP(s)) && !(d.toks[r.a].is("they") && s.kind == 'r' && !d.pluralNP(s)) && !(s.b-s.a == 1 && d.toks[s.a].sentStart && (d.commonishTok(s.a) || d.toks[s.a].in(lxNotNames) || d.toks[r.a].is("they") && s.kind == 'n' && d.matchPerson(s.a, s.b) == nil)) {
					r = s // "A shipyard ... has won a contract, it said." (not "Two people were treated ..., it said", "No decision has been made, they said", "Heatwaves as intense ... would have occurred ..., they found", nor "Blocks will be ...")
				}
			}
			return r, d.afterDateline(a, ra-1), ra - 1 // "The port will reopen, Mensah said."
		}
		return r, -1, -1
	}
	if v-1 > a && d.toks[v-1].text == "," && d.toks[v].in(lxReportVerbs) {
		if r = d.npAfter(v, b); r.kind != 0 && (r.b >= end || !d.word(r.b)) {
			return r, a, v - 1 // "The port will reopen, said Mensah."
		}
	}
	return ref{}, -1, -1
}

// speakerThen: the words from k are a short subject, no pronoun, and a
// speech verb that reports a clause ("aid agencies warn that").
func (d *doc) speakerThen(k, end int) bool {
	if !d.word(k) || isPronoun(d.toks[k].low) || d.toks[k].is("that", "the") && k+1 < end && d.toks[k+1].speech {
		return false
	}
	for e := k + 1; e < end && e <= k+4; e++ {
		t := &d.toks[e]
		if !d.word(e) || t.inQuote {
			return false
		}
		if t.speech && t.in(lxReportVerbs) && !strings.HasSuffix(t.low, "ing") {
			return e+1 < end && (d.toks[e+1].is("that") || d.word(e+1) && !d.toks[e+1].in(lxClausePreps))
		}
		if auxWord(t.low) || strings.HasSuffix(t.low, "ed") {
			return false
		}
	}
	return false
}

// relativeIn: a relative pronoun ("that", "which", "who") is among tokens
// [p, e): a subject with its clause, not a clause of its own ("The fire
// that destroyed the warehouse, firefighters said, probably started ...").
func (d *doc) relativeIn(p, e int) bool {
	for k := p; k < e; k++ {
		if d.toks[k].is("that", "which", "who") {
			return true
		}
	}
	return false
}

// shortLead: tokens [p, e) before a "he says" set off by commas are a
// short subject or adverbial of the sentence ("The turning point", "Last
// year", "At HMP Durham"): at most six words, none an auxiliary, a speech
// verb, a relative pronoun or (after the first) a past in -ed.
func (d *doc) shortLead(p, e int) bool {
	if e-p < 1 || e-p > 6 || d.toks[p].is("asked", "when", "if", "as", "while", "after", "before", "but", "and", "so") {
		return false
	}
	for k := p; k < e; k++ {
		if t := &d.toks[k]; !d.word(k) || t.speech || auxWord(t.low) || t.is("who", "which", "that") || strings.HasSuffix(t.low, "ed") && k > p {
			return false
		}
	}
	return true
}

// stateAfter: the subject r ends in a town, and its state follows set
// off by commas before the verb v ("The Storm Prediction Center in Norman,
// Oklahoma, said"): the subject with its state.
func (d *doc) stateAfter(r ref, v int) ref {
	if r.kind != 0 && r.kind != 'p' && r.b+3 == v && d.toks[v-1].text == "," && r.b-2 > r.a && d.toks[r.b-2].is("in", "at") && d.townState(r.b-1) {
		r.b += 2
	}
	return r
}

// commaBefore finds the comma a few words before the subject starting
// at ra, with only a noun phrase's words between ("a study of 12,000
// Finnish adults"), or -1.
func (d *doc) commaBefore(ra, a int) int {
	for c := ra - 1; c > a && c >= ra-8; c-- {
		t := &d.toks[c]
		if t.text == "," {
			if n := &d.toks[c+1]; n.is("a", "an", "the", "one", "two") || n.cap {
				return c
			}
			return -1
		}
		if t.kind != tWord || t.speech || t.is("and", "but", "who", "which", "that", "when", "while", "as") || t.in(lxTimeWords) {
			return -1
		}
	}
	return -1
}

// lowerRoleBefore returns where a lower-case role ending in a title starts
// just before the name at n ("district officer", "co-author"), at most
// three words and not before a; n if there is none.
func (d *doc) lowerRoleBefore(n, a int) int {
	k := n - 1
	if k <= a || !d.word(k) || d.toks[k].cap || !d.toks[k].in(lxTitles) && !tradeNoun(d.toks[k].low) {
		return n // (and "pathologist Dr Anil Raghavan")
	}
	for j := 0; j < 2 && k-1 > a && d.word(k-1) && !d.toks[k-1].cap && !d.toks[k-1].speech && !isDet(d.toks[k-1].low); j++ {
		k--
	}
	return k
}

// afterDateline skips "BUSAN, South Korea —" at the start of a sentence.
func (d *doc) afterDateline(a, b int) int {
	for j := a; j < b && j < a+8; j++ {
		if d.toks[j].is("-", "—", "–") || j <= a+2 && j > a && d.toks[j].text == ":" && startsLetter(d.toks[j-1].low) {
			return j + 1 // "Related: ..." likewise, but not "18:40"
		}
	}
	return a
}

// trimEnd drops the closing punctuation of a sentence.
func (d *doc) trimEnd(v, b int) int {
	end := b
	for k := v + 2; k+1 < b; k++ {
		if t := &d.toks[k]; t.is("–", "—") && !t.inQuote && d.toks[k+1].is("but") && d.speechSoon(k+2, b) {
			end = k // "... – but other researchers warn ...": another speaker's
			break
		}
		if t := &d.toks[k]; t.kind == tMark && d.toks[k-1].text == "," && d.toks[k-1].inQuote && d.toks[k+1].is("while", "whereas", "as") && (d.speechSoon(k+2, b) || d.speechAfterAppositive(k+2, b)) {
			end = k + 1 // `would "not go unpunished," as prosecutors said ...`
			break
		}
		if t := &d.toks[k]; t.text != "," || t.inQuote {
			continue
		}
		if n := &d.toks[k+1]; n.kind == tWord && n.speech && n.in(lxReportVerbs) && strings.HasSuffix(n.low, "ing") {
			end = k // "..., adding that ...": a clause of its own
			break
		}
		if k+2 < b && (d.toks[k+1].is("and") || d.toks[k+1].is("but") && d.toks[v].is("accepted")) && d.toks[k+2].is("said", "says", "added", "adds") && !d.toks[k+2].inQuote {
			end = k // "said she had ..., and said Ferrer had ...", "accepted that ..., but said ...": a second clause of its own
			break
		}
		if d.toks[k+1].is("said", "says") && d.tailSpeaker(k+1, b) {
			end = k // "... informed merchants that ..., said the people, who ...": theirs
			break
		}
		if d.toks[k+1].is("while", "whereas", "as") && (d.speechSoon(k+2, b) || d.speechAfterAppositive(k+2, b)) {
			end = k // "..., while a South Korean official said ...": another speaker's
			break
		}
		if d.toks[k+1].is("and", "but") && d.roleNameSpeech(k+2, b) {
			end = k // "..., and its chief executive, Thandeka Ndlovu, said ...": another speaker's
			break
		}
	}
	for end > v+1 && (d.toks[end-1].kind == tPunct && d.toks[end-1].text != "%" || d.toks[end-1].kind == tMark) && !d.toks[end-1].inQuote {
		if d.toks[end-1].kind == tMark && d.oddMarks(v+1, end-1) {
			break // `said the town was "becoming a theme park".`: the mark closes a quote the clause opened
		}
		end--
	}
	return end
}

// marksBalanced: the quotation ending at ra-1 opened after a, past some
// words of the clause's own ("A decision would be made \"after ...\"").
func (d *doc) marksBalanced(a, ra int) bool {
	n, words := 0, 0
	for k := a; k < ra; k++ {
		if d.toks[k].kind == tMark {
			n++
		} else if n == 0 && d.word(k) {
			words++
		}
	}
	return n == 2 && words >= 3
}

// headlineColon: the headline's sentence [a, b) opens with a role of one
// or two capitalised words and a colon ("Sheriff: Man arrested in ..."),
// not a topic ("Ranji Trophy: ..."): the colon and the end of what
// follows it (up to a semicolon), or 0.
func (d *doc) headlineColon(a, b int) (int, int) {
	if a != 0 {
		return 0, 0 // the headline is the text's first sentence
	}
	c := a
	for c < b && c < a+2 && d.word(c) && d.toks[c].cap {
		c++
	}
	if c == a || c+2 >= b || d.toks[c].text != ":" || !d.word(c+1) || !d.toks[c-1].in(lxTitles) || d.toks[c-1].in(lxNotNames) {
		return 0, 0
	}
	e := c + 1
	for e < b && d.toks[e].text != ";" {
		e++
	}
	for e > c+1 && (d.toks[e-1].kind == tPunct || d.toks[e-1].kind == tMark) && !d.toks[e-1].inQuote {
		e--
	}
	return c, e
}

// recordsNP: the noun phrase r names records, perhaps with whose
// ("Court records", "data from the Commodity Futures Trading Commission").
func (d *doc) recordsNP(r ref) bool {
	for k := r.a; k < r.b; k++ {
		if d.toks[k].is("from", "of", "by", "compiled", "published", "released") {
			break
		}
		if d.toks[k].is("data", "figures", "records", "documents", "statistics", "estimates", "numbers", "filings") {
			return true
		}
	}
	return false
}

// titleCaseSays: the capitalised "Say" or "Says" at v ends a headline in
// title case after a comma and its subject ("Cocoa Jumps to Two-Month
// High as Ghana Delays Cargoes, Traders Say").
func (d *doc) titleCaseSays(v, b int) bool {
	if d.toks[v].para != 0 || !d.toks[v].is("say", "says") || v+1 < b && d.word(v+1) {
		return false
	}
	for k := v - 1; k > 0 && k >= v-4; k-- {
		if d.toks[k].text == "," {
			return k < v-1
		}
		if !d.word(k) || !d.toks[k].cap {
			return false
		}
	}
	return false
}

// tailSpeaker: the speech verb at v, after a comma, ends its sentence with
// the one who spoke: "..., said the people, who asked not to be
// identified." (a noun phrase and perhaps a relative clause, nothing else).
func (d *doc) tailSpeaker(v, b int) bool {
	if v < 1 || d.toks[v-1].text != "," || v+2 >= b {
		return false
	}
	r := d.npAfter(v, b)
	if r.kind == 0 || r.kind == 'p' {
		return false
	}
	e := r.b
	if e < b && d.toks[e].text == "," && e+1 < b && d.toks[e+1].is("who", "which") {
		return true
	}
	for e < b && !d.word(e) && !d.toks[e].inQuote {
		e++
	}
	return e >= b
}

// speechSoon: a speech verb outside quotation marks follows token k
// within a few words, before any comma.
func (d *doc) speechSoon(k, b int) bool {
	for j := k; j < b && j < k+10 && d.toks[j].text != ","; j++ {
		if t := &d.toks[j]; t.kind == tWord && t.speech && !t.inQuote && t.in(lxReportVerbs) {
			return true
		}
	}
	return false
}

// roleNameSpeech: a role, a name set off by commas and a speech verb
// start at k ("its chief executive, Thandeka Ndlovu, said").
func (d *doc) roleNameSpeech(k, b int) bool {
	c := k
	for c < b && c < k+6 && d.word(c) && !d.toks[c].cap && !d.toks[c].speech {
		c++
	}
	if c == k || c >= b || d.toks[c].text != "," || !d.toks[c-1].in(lxTitles) {
		return false
	}
	n := d.nameAfter(c)
	return n.kind != 0 && n.b+1 < b && d.toks[n.b].text == "," && d.toks[n.b+1].in(lxSayVerbs)
}

// participleClause records the clause a participle at v reports ("...,
// adding that ..."), if it has one, as sp's.
func (d *doc) participleClause(v, b int, sp speaker) {
	c0 := d.clauseStart(v, b)
	if c0 < 0 {
		return
	}
	if c1 := d.trimEnd(v, b); d.goodClause(c0, c1) {
		d.reported = append(d.reported, quote{start: int(d.toks[c0].s), end: int(d.toks[c1-1].e), sp: sp, done: true, oi: c0, ci: -1})
	}
}

// withSubject: "with" and a person's name before the participle at v
// ("with Chief Justice Mansoor Alam Khattak remarking"), or no ref.
func (d *doc) withSubject(v, a int) ref {
	if v-2 <= a || !d.word(v-1) || !d.toks[v-1].cap {
		return ref{}
	}
	run := d.runEndingAt(v)
	if run == nil && v-2 > a && d.toks[v-2].is("with") && !d.toks[v-1].sentStart && !d.toks[v-1].in(lxTitles) {
		return ref{kind: 'o', a: v - 1, b: v} // "with Northern saying it would run ...": a body
	}
	if run == nil || run.ta-1 <= a || !d.toks[run.ta-1].is("with") {
		return ref{}
	}
	if run.person == nil {
		if !run.isOrg && !d.orgRun(run.a, run.b) {
			return ref{}
		}
		return ref{kind: 'o', a: run.a, b: run.b} // "with Network Rail saying ..."
	}
	return ref{kind: 'n', a: run.a, b: run.b}
}

// verblessTail: tokens [k, end) up to any relative clause hold no verb
// ("the latest in a string of attacks that ..."): a phrase, not a clause.
func (d *doc) verblessTail(k, end int) bool {
	if k >= end || !d.toks[k].is("the", "a", "an", "in", "amid", "after") {
		return false
	}
	for ; k < end && !d.toks[k].is("that", "which", "who", ","); k++ {
		t := &d.toks[k]
		if t.inQuote || auxWord(t.low) || t.speech || (strings.HasSuffix(t.low, "ed") || irregularPast[t.low] && !strings.HasSuffix(d.toks[k-1].low, "st")) && !d.toks[k-1].is("the", "a", "an") {
			return false // (and "the Santa Rosalia II made a profit", not "the worst hit")
		}
	}
	return true
}

// speechAfterAppositive: a subject at k, then a description set off by
// commas, then a speech verb ("Methane Watch Europe, a Brussels-based
// coalition of NGOs, said").
func (d *doc) speechAfterAppositive(k, b int) bool {
	c := k + 1
	for c < b && c < k+6 && d.word(c) {
		c++
	}
	if c+2 >= b || d.toks[c].text != "," || !d.toks[c+1].is("a", "an", "the", "who") {
		return false
	}
	for e := c + 2; e+1 < b && e < c+16 && (d.word(e) || d.toks[e].text == "-"); e++ {
		if d.toks[e+1].text == "," {
			if e+2 >= b {
				return false
			}
			n := &d.toks[e+2]
			return n.kind == tWord && n.speech && !n.inQuote && n.in(lxReportVerbs)
		}
	}
	return false
}

// clauseStart finds where the reported clause after verb v begins.
func (d *doc) clauseStart(v, end int) int {
	if !d.toks[v].in(lxReportVerbs) {
		return -1
	}
	if d.foundObject(v) {
		return -1 // "found the vote competitive" reports nothing
	}
	lim := v + 12
	if v+1 < end && d.toks[v+1].is("at", "in", "on", "during") {
		lim = v + 20 // "said at a press conference at the operator's headquarters in the afternoon that"
	}
	for k := v + 1; k < end && k < lim; k++ {
		t := &d.toks[k]
		if t.text == "," && k == v+1 && k+2 < end && d.toks[k+1].is("however", "though", "too", "again", "moreover", "also") && d.toks[k+2].text == "," {
			k += 2 // "cautioned, however, that"
			continue
		}
		if t.text == "," && k+1 < end && d.toks[k+1].is("where", "when", "as") {
			// "told journalists at Barbourfields Stadium on Saturday,
			// where Highlanders were hosting Dynamos, that ...": past
			// the clause to the comma that closes it.
			c := k + 2
			for c < end && c < k+25 && d.toks[c].text != "," && d.toks[c].kind != tMark {
				c++
			}
			if c+1 < end && d.toks[c].text == "," && d.toks[c+1].low == "that" {
				return c + 2
			}
		}
		if t.text == "," {
			// "said in Cree, through a translator, that ...": past an
			// aside to the "that" after it.
			for c := k + 1; c < end && c < k+8 && d.toks[c].kind != tMark && !d.toks[c].speech; c++ {
				if d.toks[c].text == "," {
					if c+1 < end && d.toks[c+1].low == "that" {
						return c + 2
					}
					break
				}
			}
		}
		if t.kind == tMark || t.text == ":" || t.text == ";" || t.text == "," {
			break
		}
		if t.low == "that" {
			if k >= v+12 && !d.toks[k-1].in(lxTimeWords) && !periodNouns[d.toks[k-1].low] && !isDay(d.toks[k-1].low) {
				break // far from the verb, only after a time: "... in the afternoon that"
			}
			if k > v+2 && irregularPast[d.toks[k-1].low] {
				break // "says the team took that possibility seriously": a determiner
			}
			return k + 1
		}
		if k > v+1 && t.is("he", "she", "it", "they", "we", "i") {
			break // "said she had been persuaded by an amendment that ..."
		}
		if k > v+1 && auxWord(t.low) && !d.toks[k-1].in(lxTimeWords) {
			break // "said relatives had noticed that ...": the clause starts at once
		}
		if k == v+1 && t.is("he", "she", "it", "they", "we", "i") && d.toks[v].in(lxSayVerbs) {
			return k
		}
	}
	if !d.toks[v].in(lxBareClauseVerbs) {
		return -1
	}
	k := v + 1
	if d.toks[v].in(lxAudienceVerbs) {
		k = d.skipAudience(k, end)
	}
	k = d.skipWhen(d.skipMedium(k, end), end)
	if d.toks[v].in(lxAudienceVerbs) && k+2 < end && d.toks[k].is("in", "at") && d.toks[k+1].cap && d.word(k+1) {
		// "told reporters in Lusaka the delay was needed"
		e := k + 1
		for e < end && d.word(e) && d.toks[e].cap {
			e++
		}
		if e < end && d.toks[e].is("the", "a", "an", "it", "he", "she", "they", "we") {
			k = d.skipWhen(e, end)
		}
	}
	if k+2 < end && d.toks[k].is("this", "last") && d.toks[k+2].low == "'s" {
		return k // "say this spring's harvest is the worst"
	}
	if k+1 < end && d.toks[k].is("at") && d.toks[k+1].is("least", "most") {
		return k // "said at least four people had died"
	}
	if k+1 < end && d.toks[k].is("this") && (auxWord(d.toks[k+1].low) || d.toks[k+1].is("could", "should", "might", "must", "meant", "showed", "shows")) {
		return k // "said this would put the country at a disadvantage" (not "said this week")
	}
	if k+1 < end && d.toks[k].is("over", "under") && d.toks[k+1].text[0] >= '0' && d.toks[k+1].text[0] <= '9' && d.auxSoon(k+1) {
		return k // "said over 1,200 police personnel had been deployed"
	}
	if k < end && d.toks[k].is("no", "nothing", "little", "much") && (d.auxSoon(k) || d.noSubject(k, end)) {
		return k // "said no decision would be taken", "said no such corridors existed"
	}
	if k >= end || !d.word(k) || d.toks[k].in(lxClausePreps) || d.toks[k].in(lxSpeechVerbs) && !(k+1 < end && (auxWord(d.toks[k+1].low) || d.toks[k+1].is("could", "should", "might", "may", "must", "can"))) && !(strings.HasSuffix(d.toks[k].low, "ing") && d.auxSoon(k)) || !d.clauseOpener(v, k) { // (but "said reports would not fix it", "said warning signs had been visible")
		return -1
	}
	return k
}

// noSubject: "no" at k opens a clause's subject ("no such corridors
// existed", "no one was hurt"), not a refusal ("said no to the plan",
// "said no.").
func (d *doc) noSubject(k, end int) bool {
	if !d.toks[k].is("no") || k+2 >= end || !d.word(k+1) || !d.word(k+2) || d.toks[k+1].is("to", "comment", "thanks", "way", "more", "longer") {
		return false
	}
	for j := k + 2; j < end && j < k+5 && d.word(j); j++ {
		if u := &d.toks[j]; strings.HasSuffix(u.low, "ed") || u.is("was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "exists", "exist") {
			return true
		}
	}
	return false
}

// skipMedium steps over "in a statement", "in an interview", "in a
// letter" after a verb ("said in a statement the bill ...").
func (d *doc) skipMedium(k, end int) int {
	if k+2 >= end || !d.toks[k].is("in") {
		return k
	}
	for j := k + 1; j < end && j < k+5 && d.word(j) && !d.toks[j].cap; j++ {
		if mediaHeads[d.toks[j].low] || d.toks[j].is("interview", "speech", "briefing") {
			return j + 1
		}
	}
	return k
}

// skipWhen steps over "on Monday", "Tuesday", "last week" after a verb.
func (d *doc) skipWhen(k, end int) int {
	for k < end && d.word(k) {
		t := &d.toks[k]
		switch {
		case isDay(t.low) || t.is("yesterday", "today", "tonight", "late", "earlier", "later"):
			k++
		case t.is("on") && k+1 < end && isDay(d.toks[k+1].low):
			k += 2
		case t.is("last", "this", "next") && k+1 < end && d.toks[k+1].is("week", "month", "year", "night", "weekend"):
			k += 2
		default:
			return k
		}
	}
	return k
}

// sayVerbs take any clause without "that"; other verbs need the clause to
// open with a subject, so "claims victory" is no reported speech.
var sayVerbs = set("said", "says", "say", "told", "tells", "added", "adds", "saying",
	"telling", "adding", "wrote", "writes", "insisted", "insists", "argued", "argues",
	"believes", "thinks", "warned", "warns", "estimated", "warn", "argue", "insist")

// clauseOpener: can token k begin the clause reported by verb v?
func (d *doc) clauseOpener(v, k int) bool {
	t := &d.toks[k]
	if t.is("who", "whom", "which", "whose") {
		return false // "told anyone who needed help to call 911": the audience's own clause
	}
	if d.toks[v].is("adding", "saying", "wrote", "writes", "added", "adds") && !t.cap && !d.auxSoon(k) && !t.is("he", "she", "it", "they", "we", "i", "there") && !(d.toks[v].is("saying") && isDet(t.low) && d.pastSoon(k)) {
		return false // "..., adding roughly $300,000 to the cost": no clause
	}
	if d.toks[v].is("recalled", "recalls", "recall") && !d.auxSoon(k) && !d.pastSoon(k) && !t.is("he", "she", "it", "they", "we", "i", "how", "that") {
		return false // "Hoshino recalled 220,000 vehicles in May": cars, not words
	}
	if d.toks[v].in(lxSayVerbs) || t.cap || t.in(lxQuantifiers) {
		return true
	}
	if unicode.IsDigit([]rune(t.low)[0]) {
		return d.auxSoon(k) // "confirmed 12 people had died", not "admitted 14 counts of theft"
	}
	switch t.low {
	case "he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "that",
		"more", "all", "no", "none", "every", "each", "any", "nobody", "everyone", "only",
		"at", "about", "nearly", "almost", "up", "over":
		return true
	}
	return d.auxSoon(k) || d.toks[v].is("estimates", "estimated", "estimate") && t.is("the") && k+2 < len(d.toks) && d.word(k+1) && irregularPast[d.toks[k+2].low] // "estimates the industry lost about R1.2-billion"
}

// pastSoon: a past tense follows token k within a few words, before any
// comma ("saying an independent audit found no irregularities"), perhaps
// past an opening mark, where the quotation's first word may also be a
// verb in the present ("saying the county's economy \"rises and falls
// with the port\"").
func (d *doc) pastSoon(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+5 && (d.word(j) || d.toks[j].kind == tMark && j+1 < len(d.toks) && d.toks[j+1].inQuote && !d.toks[j-1].inQuote); j++ {
		t := &d.toks[j]
		if irregularPast[t.low] || len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !t.cap {
			return true
		}
		if j > k+1 && d.toks[j-1].kind == tMark && len(t.low) > 3 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && !t.cap {
			return true
		}
	}
	return false
}

// irregularPast are past tenses without "-ed" that a reported clause's
// verb is often in ("saying the IMF programme left the government ...").
var irregularPast = set("found", "showed", "concluded", "said", "made", "took", "gave", "came", "went",
	"saw", "told", "left", "kept", "meant", "put", "set", "cost", "held", "brought", "thought", "knew",
	"grew", "fell", "rose", "lost", "won", "paid", "sold", "spent", "built", "sent", "led", "felt",
	"stood", "ran", "began", "became", "got", "hit", "cut")

// auxSoon: a clause's verb follows within a few words of k ("predicted the
// economy would shrink"), before any comma or subordinate clause ("predicted
// its decline since I was a student").
func (d *doc) auxSoon(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+5 && (d.word(j) || d.toks[j].kind == tMark && j+1 < len(d.toks) && d.toks[j+1].inQuote); j++ {
		switch d.toks[j].low { // (past an opening mark: `saying the city "cannot be ..."`)
		case "would", "will", "could", "might", "may", "should", "must", "was", "were", "is", "are", "had", "has", "have", "cannot", "can't", "can’t", "won't", "won’t":
			if d.toks[j].low == "may" && d.toks[j].cap && !d.toks[j].sentStart {
				continue // "in May", the month
			}
			return true
		case "since", "because", "when", "if", "while", "as", "after", "before", "that", "which", "who":
			return false
		}
	}
	return false
}

// skipAudience steps over "reporters", "the BBC", "Reuters", "him".
func (d *doc) skipAudience(k, end int) int {
	if k >= end || d.toks[k].in(lxClausePreps) {
		return k
	}
	if isDet(d.toks[k].low) {
		k++
	}
	if k < end && d.toks[k].cap {
		for k < end && d.word(k) && (d.toks[k].cap || k+1 < end && d.toks[k-1].cap && isNumber(d.toks[k].text) && d.toks[k+1].cap) {
			k++ // "told BBC Radio 4 Today", not "told Channel 9 his player ..."
		}
		if k < end && d.toks[k-1].cap && isNumber(d.toks[k].text) && len(d.toks[k].text) <= 2 {
			k++ // "told Channel 9 his player was"
		}
		return k
	}
	return k + 1
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// tailOnly: nothing but time and place adjuncts after the verb.
func (d *doc) tailOnly(k, b int) bool {
	adjunct := false // inside "in its latest bulletin"
	for ; k < b; k++ {
		t := &d.toks[k]
		if t.kind == tMark || t.text == ":" {
			return false // a direct quotation follows
		}
		if t.kind == tPunct {
			if t.text == "," {
				return true // an appositive or an adjunct after the speaker
			}
			continue
		}
		if !t.cap && adjunctPrep(t.low) {
			adjunct = true
			continue
		}
		if adjunct && !d.toks[k].in(lxSpeechVerbs) {
			continue
		}
		if !t.in(lxClausePreps) && !t.in(lxTimeWords) && !t.is("a", "an", "the", "statement", "interview", "news", "conference", "his", "her", "their", "its", "social", "media", "briefing", "call", "speech", "post", "month", "year", "weekend", "ago") {
			return false
		}
	}
	return true
}

// accordingClause: "According to X, clause." or "clause, according to X."
func (d *doc) accordingClause(v int, r ref, a, b int) (int, int) {
	end := b
	for end > a && (d.toks[end-1].kind == tPunct) && !d.toks[end-1].inQuote {
		end--
	}
	if r.kind == 0 {
		return -1, -1
	}
	if v > a && d.toks[v-1].text == "," {
		if c := r.b; c+4 < end && d.toks[c].text == "," && d.wordsIn(a, v-1) <= 4 && d.wordsIn(c+1, end) >= 4 && !(r.kind == 'n' && d.toks[c+1].is("a", "an")) { // (not "..., according to Matsuda Emi, a former currency official ...")
			return c + 1, end // "In previous years, according to industry estimates, miners dug ..."
		}
		return d.afterDateline(a, v-1), v - 1
	}
	skip := false
	for k := r.b; k < end; k++ {
		if d.toks[k].text != "," {
			continue
		}
		if !skip && k+1 < end && d.toks[k+1].is("a", "an", "the") && k+2 < end && (!d.toks[k+2].cap || d.demonym(k+2)) && (r.kind == 'n' && d.commaIn(k+1, end) || d.commaIn(k+1, min(end, k+8))) {
			skip = true // an appositive: "According to Dr. X, a hydrologist at Y, ..."
			continue
		}
		return k + 1, end
	}
	return -1, -1
}

// ownSpeech: the clause [c0, c1) opens with a subject and its own speech
// verb ("Cody Ray Pruett told deputies ...", "the driver said ...").
func (d *doc) ownSpeech(c0, c1 int) bool {
	for k := c0 + 1; k < c1 && k <= c0+6; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.inQuote {
			return false
		}
		if t.is("said", "says", "told", "tells", "testified") {
			r := d.npBefore(k, c0)
			return r.kind != 0 && r.kind != 'p' && r.a == c0
		}
	}
	return false
}

// pluralNP: the noun phrase r names several ("Two people", "residents").
func (d *doc) pluralNP(r ref) bool {
	h := d.toks[r.b-1].low
	return r.kind == 'r' && (strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") || h == "people" || h == "children") || isNumber(d.toks[r.a].text) || d.toks[r.a].in(lxQuantifiers)
}

// wordsIn counts the words among tokens [a, b).
func (d *doc) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// commaIn: a comma outside quotations among tokens [a, b).
func (d *doc) commaIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].text == "," && !d.toks[k].inQuote {
			return true
		}
	}
	return false
}

// goodClause: long enough, and not just a direct quotation.
func (d *doc) goodClause(c0, c1 int) bool {
	words, quoted := 0, 0
	for k := c0; k < c1; k++ {
		if d.toks[k].kind == tWord {
			words++
			if d.toks[k].inQuote {
				quoted++
			}
		}
	}
	if words == 2 && quoted == 0 && isPronoun(d.toks[c0].low) && d.toks[c0+1].kind == tWord && strings.HasSuffix(d.toks[c0+1].low, "ed") {
		return true // "said she agreed"
	}
	return words >= 3 && words-quoted >= 2
}

// isScare: titles and scare quotes are not speech.
func (d *doc) isScare(q *quote) bool {
	o := q.oi
	if o > 0 && d.toks[o-1].para == d.toks[o].para && d.toks[o-1].in(lxScareCues) && !d.calledAs(o-1) && !(d.toks[o-1].in(lxWorkCues) && d.lowerAfterWork(o)) {
		return true
	}
	if o > 1 && d.toks[o-2].low == "so-called" {
		return true
	}
	if o > 1 && d.toks[o-1].text == "," && d.toks[o-2].in(lxWorkCues) && !d.lowerAfterWork(o) {
		return true // "Her first novel, \"The Cloth Seller's Daughter\", was ..."
	}
	words, caps, strict := 0, 0, 0
	closing, lastCap := false, false // a comma or a stop just inside the closing mark; the last word's case
	for k := o + 1; k < len(d.toks) && int(d.toks[k].s) < q.end; k++ {
		t := &d.toks[k]
		if t.kind == tPunct && (t.isEnd() || t.text == ",") {
			if k+1 < len(d.toks) && int(d.toks[k+1].s) >= q.end && t.text != "?" && t.text != "!" {
				closing = true
				continue
			}
			return false
		}
		if t.kind == tWord && t.low != "'s" {
			words++
			if t.cap || t.in(lxNotNames) && k > o+1 || isNumber(t.text) && k > o+1 {
				caps++
			}
			if t.cap && !t.in(lxNotNames) || isNumber(t.text) && k > o+1 {
				strict++
			}
			lastCap = t.cap
		}
	}
	if closing && !(words >= 2 && strict == words && lastCap) {
		return false // but "Puente Negro," and "Amazing Grace.": a title's closing comma or stop inside the marks
	}
	if o > 0 && d.toks[o-1].low == "of" && d.toks[o-1].para == d.toks[o].para && words <= 2 {
		return true // a term: "warn of \"new normal\"", "a sign of \"nearshoring\""
	}
	return words <= 5 && caps == words && o > 0 && d.toks[o-1].para == d.toks[o].para
}

// fallback gives a speaker to a quotation no verb attributes: the speaker of
// its sentence, the "X said:" ending the paragraph before, the previous
// speaker for a continuation paragraph, or nobody for a short scare quote.
func (d *doc) fallback(q *quote, sentSp speaker) {
	if q.done {
		return
	}
	if q.nested {
		if d.attributeNested(q); !q.done {
			d.setSpeaker(q, speaker{})
		}
		return
	}
	if sp := d.inWordsOf(q.oi); sp.name != "" {
		d.setSpeaker(q, sp) // `in the words of one team-mate, "..."`
		return
	}
	if sentSp.name != "" {
		d.setSpeaker(q, sentSp)
		return
	}
	para := d.toks[q.oi].para
	if p := d.headlineName(q.oi); p != nil {
		d.setSpeaker(q, speaker{name: p.name, p: p}) // `Verhaegen: "I attacked ..."`
		return
	}
	if sp, ok := d.colonBefore(q.oi); ok {
		d.setSpeaker(q, sp)
		return
	}
	if sp := d.colonIntro(q.oi); sp.name != "" {
		d.setSpeaker(q, sp)
		return
	}
	if sp := d.speakerAfter(q); sp.p != nil {
		d.setSpeaker(q, sp)
		return
	}
	if p := d.thatWas(q); p != nil {
		d.setSpeaker(q, speaker{name: p.name, p: p})
		return
	}
	if p := d.headlineWith(q); p != nil {
		d.setSpeaker(q, speaker{name: p.name, p: p})
		return
	}
	if q.oi > 0 && d.calledAs(q.oi-1) {
		// "Deputy Chief Minister Subhashree Nayak dismissed them as
		// \"imagination\"": the words of whoever gave them that name.
		a, _ := d.sentRange(q.oi)
		if sp := d.personSubject(a, a, q.oi); sp.p != nil {
			d.setSpeaker(q, sp)
			return
		}
		r := d.sentenceSubject(a, q.oi)
		if h := d.groupHead(a); h >= 0 {
			e := h + 2
			for e < q.oi && e < h+8 && d.word(e) && !auxWord(d.toks[e].low) && !d.toks[e].speech && !d.finiteVerb(e) {
				e++
			}
			if e < q.oi && auxWord(d.toks[e].low) {
				r = ref{kind: 'r', a: a, b: e} // "Analysts at Barclays were harsher"
			}
		}
		if (r.kind == 'r' || r.kind == 'o') && !d.marksIn(a, q.oi) {
			if sp := d.resolve(r, r.a); sp.name != "" {
				d.setSpeaker(q, sp) // "Analysts at Barclays were harsher, describing the savings as \"...\""
				return
			}
		}
	}
	if q.oi > 0 && d.toks[q.oi-1].para == para && d.toks[q.oi-1].isEnd() && d.last.name != "" && d.lastQuotePara(q) == int(para) {
		if sp := d.subjectBefore(q); sp.p != nil && sp.p != d.last.p {
			d.setSpeaker(q, sp) // "... Asked about the difference, Ms Duchamp smiled. \"...\""
			return
		}
		d.setSpeaker(q, d.last) // "\"The drones, yes,\" Bison said. \"The planes, no.\""
		return
	}
	if d.shortQuote(q) {
		d.setSpeaker(q, speaker{})
		return
	}
	if sp := d.askedBefore(q); sp.p != nil {
		d.setSpeaker(q, sp) // "Ms Ferraro asked her whether ... / \"No. Nothing.\"": the answer of the one asked
		return
	}
	if sp := d.subjectBefore(q); sp.name != "" {
		d.setSpeaker(q, sp)
		return
	}
	if p := d.answerer(q); p != nil {
		d.setSpeaker(q, speaker{name: p.name, p: p})
		q.turn = true // "Ordoñez questioned ... Bryce Kamaka ... \"...?\" Ordoñez asked. / \"Yes, ma'am.\""
		return
	}
	if sp := d.otherTurn(q); sp.name != "" {
		d.setSpeaker(q, sp)
		q.turn = true
		return
	}
	if d.last.name != "" && int(para)-d.lastQuotePara(q) <= 2 {
		if v := d.addressedBefore(q.oi); v != nil && d.last.p != nil && v != d.last.p && q.oi > 0 && d.toks[q.oi-1].para < para && d.onlyQuoteInPara(q) && !d.secondPerson(q.oi, q.ci) {
			// "\"In your day there were no rules, Papà,\" Antonino says.
			// / \"In my day there were fish.\"": the one addressed answers.
			d.setSpeaker(q, speaker{name: v.name, p: v})
			q.turn = true
			return
		}
		if d.last.p != nil && d.vocative(q) == d.last.p {
			// "\"That's not a revenue number, Lena.\"": said to the last
			// speaker, so by the one before.
			if sp := d.speakerBefore(q, d.last.p); sp.p != nil {
				d.setSpeaker(q, sp)
				q.turn = true // an exchange: the next turn is the other side's
				return
			}
		}
		d.setSpeaker(q, d.last)
		return
	}
	if p := d.introducedBefore(q.oi); p != nil {
		d.setSpeaker(q, speaker{name: p.name, p: p})
		return
	}
	d.setSpeaker(q, speaker{})
}

// otherTurn: q is a paragraph of its own that nothing credits, after a
// paragraph in which A asked or answered B, who spoke just before
// ("\"Senator, every eligible claim will be paid,\" Whitford-Ruiz replied."
// then "\"Who decides what is eligible?\""): B's turn; or no one.
func (d *doc) otherTurn(q *quote) speaker {
	para := d.toks[q.oi].para
	if q.ci < 0 || q.oi > 0 && d.toks[q.oi-1].para == para {
		return speaker{}
	}
	for k := q.ci + 1; k < len(d.toks) && d.toks[k].para == para; k++ {
		if d.toks[k].kind == tWord {
			return speaker{}
		}
	}
	ai := -1
	for i := range d.quotes {
		if p := &d.quotes[i]; p.start >= q.start {
			break
		} else if p.done && p.sp.name != "" && !p.nested {
			ai = i
		}
	}
	if ai < 0 || d.quotes[ai].sp.p == nil && !unnamedPerson(d.quotes[ai].sp.name) || d.toks[d.quotes[ai].oi].para+1 != para {
		return speaker{}
	}
	a := &d.quotes[ai]
	if d.toks[q.ci-1].text == "?" {
		// "X asked how long ... / \"...,\" Ms Ferrier-Lowe replied. /
		// \"And the longest?\"": the one who asked follows up.
		if sp := d.askerBefore(a); sp.name != "" && (sp.p == nil || sp.p != a.sp.p) && sp.name != a.sp.name {
			return sp
		}
	}
	if !d.exchange(a) && !d.afterTurn(ai) && !d.exchangeEarlier(ai) && !d.backAndForth(ai) {
		return speaker{}
	}
	// A question put to someone ("You told the agents ... Isn't that
	// right?" Asante asked.) is answered by the one last quoted, further
	// back.
	addressed := a.ci > 0 && d.toks[a.ci-1].text == "?" && d.secondPerson(a.oi, a.ci)
	for i := ai - 1; i >= 0; i-- {
		p := &d.quotes[i]
		if p.nested || !p.done || p.sp.name == "" {
			continue
		}
		if d.toks[p.oi].para == d.toks[a.oi].para {
			if p.sp.p != a.sp.p {
				return speaker{}
			}
			continue
		}
		if addressed && d.toks[p.oi].para+1 < d.toks[a.oi].para && p.oi > 0 && d.toks[p.oi-1].para == d.toks[p.oi].para {
			continue // further back, only a quotation that opens its paragraph
		}
		if d.toks[p.oi].para+1 == d.toks[a.oi].para || addressed && d.toks[p.oi].para+8 >= d.toks[a.oi].para {
			if p.sp.p != nil && p.sp.p != a.sp.p || p.sp.p == nil && d.toks[p.oi].para+1 == d.toks[a.oi].para && unnamedPerson(p.sp.name) {
				return p.sp // (or "a reporter asked", unnamed)
			}
			if addressed && p.sp.p == a.sp.p {
				continue
			}
		}
		break
	}
	return speaker{}
}

// askerBefore: the person who, in the paragraph before quotation a's and
// outside quotation marks, asked something ("Senator Angus McTaggart asked
// how long ...", "A reporter from a German newspaper asked whether ..."),
// or no one.
func (d *doc) askerBefore(a *quote) speaker {
	pa := d.toks[a.oi].para
	e := a.oi
	for e > 0 && d.toks[e-1].para == pa {
		e--
	}
	if e == 0 || d.toks[e-1].para+1 != pa {
		return speaker{}
	}
	s := e - 1
	for s > 0 && d.toks[s-1].para == d.toks[e-1].para {
		s--
	}
	for i := s; i < e; i++ {
		t := &d.toks[i]
		if t.inQuote || !t.is("asked", "asking", "pressed", "know") || t.is("know") && !(i > s+1 && d.toks[i-1].is("to") && d.toks[i-2].is("wanted")) {
			continue
		}
		a0, _ := d.sentRange(i)
		if sp := d.personSubject(a0, a0, i); sp.p != nil {
			return sp
		}
		if r := d.sentenceSubject(a0, i); r.kind == 'r' && !d.marksIn(a0, i) {
			if sp := d.resolve(r, r.a); sp.p == nil && unnamedPerson(sp.name) {
				return sp // "A reporter from a German newspaper asked whether ..."
			}
		}
	}
	return speaker{}
}

// backAndForth: d.quotes[ai] opens its paragraph, and the paragraph before
// opens with someone else's quotation: two people talking ("\"Photo albums
// are gone,\" Wanda Pickett said. / \"Not all of them,\" said her husband.").
func (d *doc) backAndForth(ai int) bool {
	a := &d.quotes[ai]
	if a.oi > 0 && d.toks[a.oi-1].para == d.toks[a.oi].para {
		return false
	}
	for i := ai - 1; i >= 0; i-- {
		p := &d.quotes[i]
		if p.nested || !p.done || p.sp.name == "" {
			continue
		}
		if d.toks[p.oi].para == d.toks[a.oi].para {
			continue
		}
		return d.toks[p.oi].para+1 == d.toks[a.oi].para && (p.oi == 0 || d.toks[p.oi-1].para != d.toks[p.oi].para) && p.sp.p != nil && p.sp.p != a.sp.p
	}
	return false
}

// exchangeEarlier: an earlier part of d.quotes[ai]'s paragraph, by the
// same speaker, asked or answered ("\"...,\" the 52-year-old replied.
// \"...\"").
func (d *doc) exchangeEarlier(ai int) bool {
	a := &d.quotes[ai]
	for i := ai - 1; i >= 0; i-- {
		p := &d.quotes[i]
		if p.nested {
			continue
		}
		if d.toks[p.oi].para != d.toks[a.oi].para || p.sp.name != a.sp.name {
			return false
		}
		if d.exchange(p) {
			return true
		}
	}
	return false
}

// afterTurn: the quotation before d.quotes[ai], in the paragraph before
// its own, was someone else's question or turn: an exchange goes on.
func (d *doc) afterTurn(ai int) bool {
	a := &d.quotes[ai]
	for i := ai - 1; i >= 0; i-- {
		p := &d.quotes[i]
		if p.nested || !p.done || p.sp.name == "" {
			continue
		}
		return d.toks[p.oi].para+1 == d.toks[a.oi].para && p.sp.p != nil && p.sp.p != a.sp.p && (p.turn || p.ci > 0 && d.toks[p.ci-1].text == "?")
	}
	return false
}

// secondPerson: "you" or "your" stands among tokens (a, b).
func (d *doc) secondPerson(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if d.toks[k].is("you", "your") {
			return true
		}
	}
	return false
}

// exchange: the quotation q asks something, answers ("...?\"", "\"...,\"
// the judge replied") or is itself a turn of an exchange.
func (d *doc) exchange(q *quote) bool {
	if q.ci < 1 {
		return false
	}
	if q.turn || d.toks[q.ci-1].text == "?" {
		return true
	}
	for k := q.ci + 1; k < len(d.toks) && k <= q.ci+5 && d.toks[k].kind != tMark && !d.toks[k].isEnd(); k++ {
		if d.toks[k].is("replied", "replies", "answered", "answers", "retorted", "countered", "interjected", "responded", "asked", "asks", "shot") {
			return true
		}
	}
	return false
}

// vocative: the person quotation q addresses by name (", Lena." at its
// end, "Mr Beale," at its start), or nil.
func (d *doc) vocative(q *quote) *person {
	if q.ci < 0 {
		return nil
	}
	at := func(k int) *person { // a name at k, after any title, ending before a comma or the end
		for k < q.ci && d.word(k) && d.toks[k].in(lxTitles) && d.toks[k].cap {
			k++
		}
		if k >= q.ci || !d.word(k) || !d.toks[k].cap {
			return nil
		}
		if n := &d.toks[k+1]; k+1 == q.ci || n.kind == tPunct && (n.text == "," || n.isEnd()) && (k+2 == q.ci || n.text == ",") {
			if w := kinAddress[d.toks[k].low]; w != "" && d.matchPerson(k, k+1) == nil {
				return d.onlyDescribed(w) // "..., Papà," to the one described as the father
			}
			return d.matchPerson(k, k+1)
		}
		return nil
	}
	for k := q.oi + 1; k < q.ci; k++ {
		if k == q.oi+1 || d.toks[k-1].isEnd() {
			if p := at(k); p != nil {
				return p // "Mr Beale, ...", "... ago. Ms Ramanathan, do you ...?"
			}
		}
	}
	for k := q.ci - 2; k > q.oi && k >= q.ci-5; k-- {
		if d.toks[k].text == "," {
			return at(k + 1)
		}
	}
	return nil
}

// onlyQuoteInPara: q's paragraph holds nothing but q.
func (d *doc) onlyQuoteInPara(q *quote) bool {
	para := d.toks[q.oi].para
	if q.ci < 0 {
		return false
	}
	for k := q.ci + 1; k < len(d.toks) && d.toks[k].para == para; k++ {
		if d.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// kinAddress: what someone calls a parent, and the relation it names.
var kinAddress = map[string]string{"dad": "father", "papa": "father", "papà": "father", "pa": "father", "daddy": "father",
	"mum": "mother", "mom": "mother", "mama": "mother", "mamma": "mother", "ma": "mother", "mummy": "mother"}

// speakerBefore: the speaker of the last quotation before q, within three
// paragraphs, who is a person other than not.
func (d *doc) speakerBefore(q *quote, not *person) speaker {
	para := d.toks[q.oi].para
	var sp speaker
	for i := range d.quotes {
		p := &d.quotes[i]
		if p.start >= q.start {
			break
		}
		if p.done && !p.nested && p.sp.p != nil && p.sp.p != not && d.toks[p.oi].para+3 >= para {
			sp = p.sp
		}
	}
	return sp
}

// subjectBefore: a quotation that opens a sentence, credited by nothing,
// after a sentence of its paragraph that quotes nobody and has a person
// for its subject ("Ellen Tate disagreed. \"We have waited ...\""):
// theirs.
func (d *doc) subjectBefore(q *quote) speaker {
	o := q.oi
	if o == 0 || d.sents[o-1] == d.sents[o] {
		return speaker{}
	}
	a, b := d.sentRange(o - 1)
	lo := a
	if d.toks[o-1].para != d.toks[o].para {
		// A paragraph of its own after one that quotes nobody: the
		// subject of that paragraph's last sentence.
		for lo > 0 && d.toks[lo-1].para == d.toks[a].para {
			lo--
		}
	}
	return d.personSubject(lo, a, b)
}

// askedBefore: a quotation paragraph with no verb follows a paragraph
// that ends "X asked her whether ...": the one asked, answering.
func (d *doc) askedBefore(q *quote) speaker {
	if q.ci < 0 {
		return speaker{}
	}
	return d.askedBeforePara(q.oi)
}

// askedBeforePara: the paragraph before the one token o opens ends "X
// asked her whether ...": the one asked.
func (d *doc) askedBeforePara(o int) speaker {
	if o == 0 || d.toks[o-1].para == d.toks[o].para {
		return speaker{}
	}
	a, b := d.sentRange(o - 1)
	if d.marksIn(a, b) {
		return speaker{}
	}
	for v := a + 1; v+2 < b; v++ {
		if !d.toks[v].is("asked") {
			continue
		}
		e := v + 1 // the one asked: a pronoun, or a name with its title
		for e < b && e < v+5 && d.word(e) && d.toks[e].cap {
			e++
		}
		if e == v+1 {
			e++
		}
		if e >= b || !d.toks[e].is("whether", "if", "about", "what", "how", "why", "when", "where") {
			continue
		}
		subj := d.sentenceSubject(a, v)
		var asker *person
		if subj.kind != 0 {
			asker = d.resolve(subj, subj.a).p
		}
		obj := &d.toks[v+1]
		if g := objectPronouns[obj.low]; g == 'm' || g == 'f' {
			var best *person
			bestPos := -1
			for _, p := range d.people {
				if p == asker || p.byline || p.gender != 0 && p.gender != g {
					continue
				}
				if m := d.lastMention(p, int(d.toks[v].s)); m > bestPos {
					best, bestPos = p, m
				}
			}
			if best != nil {
				return speaker{name: best.name, p: best}
			}
			return speaker{}
		}
		if obj.cap {
			if p := d.matchPerson(e-1, e); p != nil && p != asker {
				return speaker{name: p.name, p: p} // "asked Ms Ostrowski whether"
			}
		}
		return speaker{}
	}
	return speaker{}
}

// answerer: q, a paragraph of its own with nothing after its marks,
// follows a quotation whose speaker turned to someone named ("...,\"
// Oyelaran said, turning briefly toward Kowalczyk.") or a question that
// opens the paragraph before ("\"...?\" Ordoñez asked.") whose asker the
// paragraph before that has question someone named ("Ordoñez ... then
// questioned ... Bryce Kamaka"), who has not spoken yet: that one, or nil.
func (d *doc) answerer(q *quote) *person {
	para := d.toks[q.oi].para
	if q.ci < 0 || q.oi == 0 || d.toks[q.oi-1].para == para || para < 2 {
		return nil
	}
	for k := q.ci + 1; k < len(d.toks) && d.toks[k].para == para; k++ {
		if d.toks[k].kind == tWord {
			return nil
		}
	}
	var a *quote
	for i := range d.quotes {
		if p := &d.quotes[i]; p.start >= q.start {
			break
		} else if p.done && !p.nested {
			a = p
		}
	}
	if a == nil || a.sp.p == nil || a.ci < 1 || d.toks[a.oi].para+1 != para {
		return nil
	}
	p0 := a.oi
	for p0 > 0 && d.toks[p0-1].para == para-1 {
		p0--
	}
	for k := p0; k+2 < len(d.toks) && d.toks[k].para == para-1; k++ {
		// "\"...,\" Oyelaran said, turning briefly toward Kowalczyk.":
		// the one turned to answers.
		if d.toks[k].is("turning", "turned") && !d.toks[k].inQuote {
			for j := k + 1; j < k+4 && j+1 < len(d.toks); j++ {
				if d.toks[j].is("to", "toward", "towards") {
					if run := d.runStartingAt(j + 1); run != nil && run.person != nil && run.person != a.sp.p {
						return run.person
					}
					break
				}
			}
		}
	}
	if d.toks[a.ci-1].text != "?" {
		return nil
	}
	s := a.oi
	for s > 0 && d.toks[s-1].para >= d.toks[a.oi].para-1 {
		s--
	}
	for k := s; k < a.oi; k++ {
		if !d.toks[k].is("questioned", "asked", "pressed", "quizzed", "cross-examined") || d.toks[k].inQuote {
			continue
		}
		for j := k + 1; j < a.oi && j < k+14 && !d.toks[j].isEnd(); j++ {
			if run := d.runStartingAt(j); run != nil && run.person != nil && run.person != a.sp.p && !run.person.spoke {
				return run.person
			}
		}
	}
	return nil
}

// oddMarks: tokens [a, b) hold an odd number of quotation marks.
func (d *doc) oddMarks(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tMark {
			n++
		}
	}
	return n%2 == 1
}

// marksIn: a quotation mark stands among tokens [a, b).
func (d *doc) marksIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].kind == tMark {
			return true
		}
	}
	return false
}

// personSubject: the person who is the subject of the sentence [a, b),
// when tokens [lo, b) hold no quotation mark.
func (d *doc) personSubject(lo, a, b int) speaker {
	r := d.sentenceSubject(a, b)
	if d.marksIn(lo, b) && !(lo == a && r.kind == 'n' && !d.marksIn(lo, r.b) && d.toks[r.b].text == ",") {
		return speaker{} // (but "Arslan, told later that Brennan had called her serve \"unbelievable\", smiled.": Arslan)
	}
	switch r.kind {
	case 'n', 'p', 'r':
		if sp := d.resolve(r, r.a); sp.p != nil {
			return sp
		}
	}
	return speaker{}
}

// introducedBefore: a quotation opening a paragraph, with nobody to credit,
// after a paragraph that opens with a person and quotes nobody ("Alhaja
// Mulikat Adebisi ... stood in front of her shop." then her words).
func (d *doc) introducedBefore(oi int) *person {
	if oi == 0 || d.toks[oi-1].para == d.toks[oi].para {
		return nil
	}
	prev := d.toks[oi-1].para
	a := oi - 1
	for a > 0 && d.toks[a-1].para == prev {
		a--
	}
	if d.marksIn(a, oi) {
		return nil
	}
	for i := range d.runs {
		r := &d.runs[i]
		if r.a > a+3 {
			break
		}
		if r.ta <= a+3 && r.a >= a && r.person != nil {
			return r.person
		}
	}
	return nil
}

// speakerAfter: a quotation that ends its sentence, credited by nothing,
// belongs to the person who opens the next sentence of the paragraph and
// speaks in it ("\"I thought the house would fall.\" Marisol Quispe, a
// market trader, told us she ran ...").
func (d *doc) speakerAfter(q *quote) speaker {
	if q.ci < 0 || q.ci+1 >= len(d.toks) || d.toks[q.ci+1].para != d.toks[q.ci].para || !d.toks[q.ci+1].sentStart {
		return speaker{}
	}
	a, b := d.sentRange(q.ci + 1)
	if a != q.ci+1 {
		return speaker{}
	}
	r := d.sentenceSubject(a, b)
	if r.kind != 'n' || r.a != a {
		return speaker{}
	}
	for v := r.b; v < b && v < r.b+16; v++ {
		if t := &d.toks[v]; t.kind == tWord && t.speech && t.in(lxReportVerbs) && !t.inQuote && !t.cap {
			if sp := d.resolveName(r); sp.p != nil {
				return sp
			}
			break
		}
	}
	return speaker{}
}

// thatWas: a quotation ending its paragraph, credited by nothing, before
// a paragraph that names its speaker ("That is how Luis Ortega, 44,
// remembers the night.", "Those were the words of Karin Lindqvist-Moe").
func (d *doc) thatWas(q *quote) *person {
	c := q.ci
	if c < 0 || c+3 >= len(d.toks) || d.toks[c+1].para == d.toks[c].para {
		return nil
	}
	k := c + 1
	if !d.toks[k].is("that", "those", "this", "such", "so") || !d.toks[k+1].is("is", "was", "were", "are", "says", "said") {
		return nil
	}
	for j := k + 2; j < len(d.toks) && j < k+8 && d.toks[j].para == d.toks[k].para; j++ {
		if t := &d.toks[j]; !d.word(j) || t.kind == tMark {
			return nil
		}
		if d.toks[j].cap {
			for _, r := range d.runs {
				if r.a == j && r.person != nil {
					return r.person
				}
			}
			return nil
		}
	}
	return nil
}

// headlineName: the quotation opening at oi follows a headline's name
// and a colon (`Folake Adewunmi: "I stopped ..."`): the person named, if
// the text names them.
func (d *doc) headlineName(oi int) *person {
	k := oi - 1
	if k < 1 || k > 4 || d.toks[k].text != ":" || d.toks[k].para != 0 {
		return nil
	}
	for i := 0; i < k; i++ {
		if !d.word(i) || !d.toks[i].cap {
			return nil
		}
	}
	for s := 0; s < k; s++ {
		if p := d.matchPerson(s, k); p != nil {
			return p // and "Architect Folake Adeyemi-Hart: ...": past the trade
		}
	}
	return nil
}

// headlineWith: a headline's quotation, then a colon and someone's name
// ("...\": Aïssatou Mbaye on her album") or "a conversation with"
// someone: theirs.
func (d *doc) headlineWith(q *quote) *person {
	c := q.ci
	if c >= 0 && d.toks[c].para == 0 && c+2 < len(d.toks) && d.toks[c+1].is("-", "—", "–") {
		// "\"Choking isn't a character flaw\" - sports psychologist Dr
		// Nkechi Adebayo-Lund on The Long Game": the name after the dash,
		// before what it is on.
		for _, r := range d.runs {
			if r.a > c+1 && r.a <= c+8 && d.toks[r.a].para == 0 && r.person != nil {
				return r.person
			}
			if r.a > c+8 {
				break
			}
		}
		return nil
	}
	if c < 0 || d.toks[c].para != 0 || c+1 >= len(d.toks) || d.toks[c+1].text != ":" {
		return nil
	}
	if k := c + 2; d.word(k) && d.toks[k].cap {
		// "\"I stopped trying to sound like anyone else\": Aïssatou Mbaye
		// on her new album": the name the headline opens with.
		e := k
		for e < len(d.toks) && d.word(e) && d.toks[e].cap && d.toks[e].para == 0 {
			e++
		}
		if e < len(d.toks) && d.toks[e].is("on", "talks", "says", "tells", "reflects", "remembers", "recalls") {
			for s := k; s < e && s < k+3; s++ {
				if p := d.matchPerson(s, e); p != nil {
					return p // and "Architect Folake Adeyemi-Hart on ...": past the trade
				}
			}
		}
	}
	for k := c + 2; k+1 < len(d.toks) && d.toks[k].para == 0; k++ {
		if d.toks[k].is("with") && d.word(k+1) && d.toks[k+1].cap {
			e := k + 1
			for e < len(d.toks) && d.word(e) && d.toks[e].cap && d.toks[e].para == 0 {
				e++
			}
			return d.matchPerson(k+1, e)
		}
	}
	return nil
}

// colonBefore: a paragraph ending "Lind said:" introduces the next one.
func (d *doc) colonBefore(oi int) (speaker, bool) {
	k := oi - 1
	if k < 0 || d.toks[k].para == d.toks[oi].para || d.toks[k].text != ":" {
		return speaker{}, false
	}
	lo, _ := d.beforeCtx(k)
	if v, r := d.verbBefore(lo, k); r.kind != 0 {
		sp := d.resolve(r, v)
		return sp, sp.name != ""
	}
	return speaker{}, false
}

// colonIntro: a quotation after a colon that no speech verb introduces
// belongs to the person the words before the colon are about: the
// sentence's subject ("Nadia Karimi put it bluntly: \"...\""), or the
// person whose words the subject is ("Karimi's message was simple:
// \"...\"").
func (d *doc) colonIntro(oi int) speaker {
	k := oi - 1
	if k < 1 || d.toks[k].text != ":" || d.toks[k].inQuote {
		return speaker{}
	}
	a, _ := d.sentRange(k)
	if a >= k || d.marksIn(a, k) {
		return speaker{}
	}
	if sp := d.personSubject(a, a, k); sp.p != nil {
		return sp
	}
	lo, hi := int(d.toks[a].s), int(d.toks[min(a+4, k)].s)
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start >= lo && m.Start < hi {
				if e := d.tokAt(m.End - 1); e+1 < k && d.toks[e+1].low == "'s" {
					return speaker{name: p.name, p: p}
				}
			}
		}
	}
	return speaker{}
}

func (d *doc) shortQuote(q *quote) bool {
	words := 0
	for k := q.oi + 1; k < len(d.toks) && int(d.toks[k].s) < q.end; k++ {
		if d.toks[k].isEnd() {
			return false
		}
		if d.toks[k].kind == tWord {
			words++
		}
	}
	return words <= 4
}

// lastQuotePara is the paragraph of the last attributed quotation before q.
func (d *doc) lastQuotePara(q *quote) int {
	best := -100
	for i := range d.quotes {
		p := &d.quotes[i]
		if p.start >= q.start {
			break
		}
		if p.done && p.sp.name != "" {
			best = int(d.toks[p.oi].para)
		}
	}
	for i := range d.reported {
		// and reported speech ("Agnieszka said her father had kept
		// working ... / \"Two weeks ago ...\"")
		if p := &d.reported[i]; p.start < q.start && p.sp.p != nil && p.sp == d.last && int(d.toks[p.oi].para)+1 == int(d.toks[q.oi].para) && int(d.toks[p.oi].para) > best {
			best = int(d.toks[p.oi].para)
		}
	}
	return best
}

// calledAs: the cue word at c is the object of a verb of describing, so
// the quotation after it is what someone called it ("described her as
// \"...\"", "called the study \"...\"").
func (d *doc) calledAs(c int) bool {
	for k := c - 1; k >= 0 && k >= c-10 && d.toks[k].kind != tMark && d.toks[k].text != "," && !d.toks[k].isEnd(); k-- {
		switch d.toks[k].low {
		case "called", "calls", "calling", "termed", "terms", "terming", "labelled", "labeled":
			return k >= c-4 && (d.toks[c].low == "as" || d.toks[c].is("it", "them", "this") && k == c-1 || d.isCommon(c) && !d.toks[c].is("titled", "entitled", "dubbed", "named", "so-called") ||
				d.capsBetween(k+1, c+1) && k >= c-3 && c+2 < len(d.toks) && !d.toks[c+2].cap) // "calling Wexford \"the most qualified person\"", not "called John \"Jack\" Smith"
		case "accused", "accuses", "accusing":
			return d.toks[c].low == "of" // "accusing aid agencies of \"spreading panic\""
		case "described", "describes", "describing", "branded", "brands", "hailed", "hails", "praised", "praises", "dismissed", "dismisses", "characterised", "characterized",
			"condemned", "condemns", "denounced", "denounces", "slammed", "slams":
			// "described the debt relief proposals being discussed in
			// Congress as \"...\""
			return d.toks[c].low == "as" || k >= c-4 && d.isCommon(c) && !d.toks[c].is("titled", "entitled", "dubbed", "named", "so-called")
		}
	}
	return false
}

// inWordsOf: "in the words of X," stands before the mark at o: X.
func (d *doc) inWordsOf(o int) speaker {
	k := o - 1
	if k > 0 && d.toks[k].text == "," {
		k--
	}
	for of := k; of > 3 && of > k-8 && d.word(of); of-- {
		if d.toks[of].low == "of" && d.toks[of-1].low == "words" && d.toks[of-2].low == "the" && d.toks[of-3].low == "in" {
			if r := d.npAfter(of, k+1); r.kind != 0 && r.b == k+1 {
				return d.resolve(r, of)
			}
			break
		}
	}
	return speaker{}
}

// ingBefore: a comma and a participle open a phrase of the sentence [a, e)
// (", calling the vote ...").
func (d *doc) ingBefore(a, e int) bool {
	for k := e - 1; k > a; k-- {
		if t := &d.toks[k]; t.kind == tWord && strings.HasSuffix(t.low, "ing") && d.toks[k-1].text == "," && !t.inQuote {
			return true
		}
	}
	return false
}

// capsBetween: tokens [a, b) are capitalised words, a name.
func (d *doc) capsBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.word(k) || !d.toks[k].cap {
			return false
		}
	}
	return a < b
}

// workCues name a work or an effort whose title would follow in marks.
var workCues = set("film", "movie", "book", "novel", "song", "album", "show", "series",
	"play", "documentary", "operation", "podcast", "exhibition", "poem", "single", "track",
	"episode", "musical", "opera", "painting", "app", "game", "campaign", "programme",
	"program", "column", "essay", "report", "study", "paper", "article", "brand")

// lowerAfterWork: after "campaign" or "report" the quotation at mark o
// opens with a lower-case word, so it is words said about it ("the team's
// campaign \"calmly and without emotion\""), not its title.
func (d *doc) lowerAfterWork(o int) bool {
	if o+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[o+1]
	return t.kind == tWord && t.inQuote && !t.cap && startsLetter(t.low)
}

// startsLetter: s begins with a letter.
func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// adjunctPrep opens an adjunct after a speech verb ("said in its latest
// bulletin").
func adjunctPrep(low string) bool {
	switch low {
	case "in", "on", "at", "after", "during", "before", "to", "with", "by", "from", "via", "through", "over", "amid":
		return true
	}
	return false
}
