package entity

import (
	"sort"
	"strings"
)

// quote is a direct quotation or reported clause being attributed.
type quote struct {
	start, end int // code points
	bs, be     int // bytes (of direct quotations only)
	oi, ci     int // tokens of the opening and closing marks (ci -1: none)
	direct     bool
	nested     bool // inside another quotation
	interview  bool // an "A:" answer
	turn       bool // credited as a turn of an exchange (otherTurn)
	done       bool
	sp         speaker
}

// findQuotes pairs the quotation marks and marks the tokens they enclose.
func (d *doc) findQuotes() {
	d.spans, d.marks = findQuotes(d.src, d.spans, d.marks)
	spans, marks := d.spans, d.marks
	toks := d.toks // in a local: the loops below reload no field of d
	// Both lists are in text order: walk them together.
	markTok := d.markTok
	i := 0
	for _, m := range marks {
		for i+8 < len(toks) && int(toks[i+8].s) < m {
			i += 8 // the tokens are in text order: these all come before m
		}
		for i < len(toks) && int(toks[i].s) < m {
			i++
		}
		if i < len(toks) && int(toks[i].s) == m && toks[i].kind != tWord {
			toks[i].kind = tMark
			markTok = append(markTok, i)
		}
	}
	d.markTok = markTok
	byPos := func(pos int) int {
		j := sort.Search(len(markTok), func(k int) bool { return int(toks[markTok[k]].s) >= pos })
		if j < len(markTok) {
			return markTok[j]
		}
		return len(toks) - 1
	}
	k := 0
	for _, s := range spans {
		q := quote{start: s.start, end: s.end, bs: s.bs, be: s.be, oi: byPos(s.open), ci: -1, direct: true, nested: s.nested}
		if s.close >= 0 {
			q.ci = byPos(s.close)
		}
		for k+8 < len(toks) && int(toks[k+8].s) < s.start {
			k += 8 // as above
		}
		for k < len(toks) && int(toks[k].s) < s.start {
			k++
		}
		for j := k; j < len(toks) && int(toks[j].s) < s.end; j++ {
			toks[j].inQuote = true
		}
		d.quotes = append(d.quotes, q)
	}
}

// markSentences numbers sentences; sentence ends inside quotations count
// only for the words inside them.
func (d *doc) markSentences() {
	toks, sents := d.toks, d.sents[:len(d.toks)]
	if len(toks) == 0 {
		return
	}
	sents[0], toks[0].sentStart = 0, true
	n := 0
	for i := 1; i < len(toks); i++ {
		t, prev := &toks[i], &toks[i-1]
		if prev.kind == tWord && prev.para == t.para && !t.cap {
			// Most tokens: a lower-case word or a punctuation mark after
			// a word; nothing below can hold (see newSentence).
			sents[i] = n
			continue
		}
		if d.newSentence(i) {
			n++
			t.sentStart = true
		}
		sents[i] = n
		if prev.kind == tMark && prev.para == t.para && t.inQuote && (i < 2 || toks[i-2].para != t.para) {
			t.sentStart = true
		}
		if t.inQuote && (prev.isEnd() || prev.kind == tMark) && prev.inQuote != t.inQuote {
			t.sentStart = true
		}
	}
}

func (d *doc) newSentence(i int) bool {
	prev, t := &d.toks[i-1], &d.toks[i]
	if prev.para != t.para {
		return true
	}
	if prev.isEnd() && !prev.inQuote {
		return !t.is(",", ";") // "Saint-Hyacinthe, Que., said": an abbreviation's dot
	}
	if t.cap && t.in(lxOpeners) && prev.kind == tWord && !prev.inQuote && len(prev.text) > 2 && strings.HasSuffix(prev.text, ".") && !prev.in(lxTitles) {
		return true // "... as of 5 p.m. A spokesperson said": the dot ends both
	}
	if prev.kind == tMark && i >= 2 && d.toks[i-2].isEnd() && d.toks[i-2].inQuote && !t.inQuote && t.cap {
		if d.toks[i-2].text == "." {
			return true // a full stop inside the marks ends the sentence
		}
		for k := i; k < len(d.toks) && k < i+4; k++ {
			if d.toks[k].in(lxSpeechVerbs) {
				return false
			}
		}
		return true
	}
	return false
}

// sentRange returns the tokens [a, b) of the sentence holding token i.
func (d *doc) sentRange(i int) (int, int) {
	sents := d.sents[:len(d.toks)] // in locals: the loops reload nothing
	a, b := i, i
	if a <= 0 && b >= len(sents) {
		return a, b // no tokens
	}
	s := sents[i]
	for a > 0 && sents[a-1] == s {
		a--
	}
	for b < len(sents) && sents[b] == s {
		b++
	}
	return a, b
}

// attribute finds a speaker for every quotation and the reported speech,
// sentence by sentence so that pronouns see the speakers before them.
func (d *doc) attribute() {
	d.interviewAnswers()
	qi := 0
	for a := 0; a < len(d.toks); {
		_, b := d.sentRange(a)
		first := qi
		for qi < len(d.quotes) && d.quotes[qi].oi < b {
			d.attributeDirect(&d.quotes[qi])
			qi++
		}
		var sentSp speaker
		for k := first; k < qi; k++ {
			if q := &d.quotes[k]; q.done && q.sp.name != "" && !q.nested {
				sentSp = q.sp
			}
		}
		r0 := len(d.reported)
		sentSp = d.reportedIn(a, b, sentSp)
		for k := first; k < qi; k++ {
			d.fallback(&d.quotes[k], sentSp)
			d.partialIn(&d.quotes[k], d.reported[r0:])
		}
		a = b
	}
	d.copyRepeated()
	d.quotes = append(d.quotes, d.reported...)
	for _, q := range d.quotes {
		if q.sp.p != nil {
			q.sp.p.quoted = true
		}
	}
}

func (d *doc) setSpeaker(q *quote, sp speaker) {
	q.sp, q.done = sp, true
	if sp.name != "" && !(q.oi > 0 && d.toks[q.oi-1].kind == tWord && d.toks[q.oi-1].is("to") && d.toks[q.oi].para > 0) {
		// (a partial quotation inside reported speech leaves the
		// sentence's own speaker to the clause: "He said his coach had
		// told him before the game to \"...\"")
		d.last, d.lastAt = sp, q.oi
	}
	if sp.p != nil {
		sp.p.spoke = true
	}
}

// partialIn gives a term in marks inside reported speech to its speaker:
// "said the news had come as \"a complete shock\"", "told the bench the
// road was of \"strategic importance\"". isScare set such a term apart,
// as it would outside reported speech.
func (d *doc) partialIn(q *quote, reported []quote) {
	if q.done && q.sp.name != "" && !q.nested && q.oi > 0 && d.word(q.oi-1) {
		// "Luo said the company had disclosed it \"in strict accordance
		// with the rules\"", "a spokesperson said the prime minister had
		// called ... but that \"no commitments of any kind\" were made":
		// the reporter's words, not those of someone the clause names.
		for i := range reported {
			r := &reported[i]
			if r.start > q.start || q.end > r.end || r.start == q.start || r.sp.name == "" || r.sp.name == q.sp.name {
				continue
			}
			// (Nor `... would "not go unpunished," as prosecutors said`:
			// "as" opens another speaker's clause.)
			if q.sp.p == nil && (r.sp.p != nil || strings.Contains(strings.ToLower(d.src[d.toks[r.oi].bs:d.toks[q.oi].bs]), strings.ToLower(q.sp.name)) || q.ci >= 0 && q.ci+1 < len(d.toks) && d.toks[q.ci+1].is("as")) {
				q.sp = r.sp
				return
			}
		}
	}
	if !q.done || q.sp.name != "" || q.oi < 2 || !d.toks[q.oi-1].is("as", "of") && !d.tailVerb(q) || d.toks[q.oi-2].is("known", "such", "term", "word", "phrase") || d.titleWords(q) {
		return // (and not a title: "a translation of \"A Salt for the Lagoon\"")
	}
	for i := range reported {
		if r := &reported[i]; r.start <= q.start && q.end <= r.end && r.sp.name != "" {
			q.sp = r.sp
			return
		}
	}
}

// titleWords: q is two or more words, each capitalised but for the small
// words of a title ("A Salt for the Lagoon").
func (d *doc) titleWords(q *quote) bool {
	words := 0
	for k := q.oi + 1; k < len(d.toks) && int(d.toks[k].s) < q.end; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			continue
		}
		if !t.cap && !(words > 0 && t.is("for", "the", "of", "and", "a", "an", "in", "on", "to", "at", "with")) {
			return false
		}
		words++
	}
	return words >= 2
}

// tailVerb: a pronoun and a speech verb follow the quotation's closing
// mark ("will be named \"before the end of the week,\" she added"): the
// words are the reported clause's speaker's, though no one was found for
// the pronoun.
func (d *doc) tailVerb(q *quote) bool {
	k := q.ci + 1
	return q.ci >= 0 && k+1 < len(d.toks) && d.toks[k].is("he", "she", "they") && d.toks[k+1].speech && d.toks[q.ci-1].text == ","
}

// askedFor: "asked" at i asks someone for something ("has asked the City
// of Mississauga for protected bike lanes"): a request, not words reported.
func (d *doc) askedFor(i int) bool {
	for k := i + 1; k < len(d.toks) && k <= i+7 && d.word(k) && !d.toks[k].inQuote; k++ {
		switch d.toks[k].low {
		case "for":
			// (not "asked the Minister for Health", "asked the mayor for
			// the third time")
			return k > i+1 && !d.toks[k-1].cap && !d.toks[k-1].in(lxTitles) && !(k+2 < len(d.toks) && d.toks[k+1].is("the", "a") && (ordinals[d.toks[k+2].low] || d.toks[k+2].is("first", "last", "umpteenth")))
		case "whether", "if", "that", "to", "about", "why", "how", "what", "when", "where", "who":
			return false
		}
	}
	return false
}

// attributeDirect tries the words right after the quotation, then those
// right before it.
func (d *doc) attributeDirect(q *quote) {
	if q.interview {
		if q.sp.p == nil {
			q.sp = d.interviewee()
		}
		d.setSpeaker(q, q.sp)
		return
	}
	if q.nested {
		d.attributeNested(q)
		return
	}
	if d.isScare(q) {
		d.setSpeaker(q, speaker{})
		return
	}
	inline := d.inline(q)
	if inline {
		// "said Berlin supported \"a strong and smart\" response but ...
		// the Commission had estimated": the words run on past the marks,
		// so the verb before them is theirs.
		lo, hi := d.beforeCtx(q.oi)
		if v, r := d.verbBefore(lo, hi); r.kind != 0 {
			if sp := d.resolve(r, v); sp.name != "" {
				d.setSpeaker(q, sp)
			}
			return // tried: the words after the marks are no attribution
		}
	}
	if q.ci >= 0 {
		lo, hi := d.afterCtx(q.ci)
		if v, r := d.verbAfter(lo, hi); r.kind != 0 && !d.ownClause(q, v, hi) && !d.introduces(v) {
			if sp := d.resolve(r, v); sp.name != "" {
				d.usedVerb[v] = true
				d.setSpeaker(q, sp)
				return
			}
		}
	}
	if inline {
		return // verbBefore found nothing above
	}
	lo, hi := d.beforeCtx(q.oi)
	if v, r := d.verbBefore(lo, hi); r.kind != 0 {
		if sp := d.resolve(r, v); sp.name != "" {
			d.setSpeaker(q, sp)
		}
	}
}

// inline: quotation q is a few words inside a sentence that goes on after
// it in lower case, not a sentence of its own.
func (d *doc) inline(q *quote) bool {
	c := q.ci
	if c < 1 || c+1 >= len(d.toks) || d.toks[c+1].para != d.toks[c].para {
		return false
	}
	n := &d.toks[c+1]
	if d.toks[c-1].kind == tPunct {
		// `had "voted to look the other way," while X said ...`: the
		// sentence goes on to another speaker.
		return d.toks[c-1].text == "," && n.is("while", "whereas")
	}
	return n.kind == tWord && !n.cap && !n.speech && !d.isPronoun(c+1)
}

// introduces: verb v ends with a colon before a quotation, so it
// introduces the next one (\"...\" He added: \"...\").
func (d *doc) introduces(v int) bool {
	k := v + 1
	for k < len(d.toks) && d.word(k) && d.toks[k].in(lxTimeWords) {
		k++
	}
	return k+1 < len(d.toks) && d.toks[k].text == ":" && d.toks[k+1].kind == tMark && d.toks[k].para == d.toks[v].para
}

// ownClause: verb v after quotation q begins a new sentence and reports a
// clause of its own ("...arm." He added that the senator ...), so it is
// not q's verb.
func (d *doc) ownClause(q *quote, v, hi int) bool {
	return d.sents[v] != d.sents[q.ci] && d.clauseStart(v, hi) >= 0
}

// afterCtx: from the closing mark to the end of the sentence or the next
// quotation.
func (d *doc) afterCtx(ci int) (int, int) {
	lo := ci + 1
	hi := lo
	for hi < len(d.toks) && d.toks[hi].para == d.toks[ci].para && !(d.toks[hi].isEnd() && !d.toks[hi].inQuote) && d.toks[hi].kind != tMark {
		if hi > lo && d.toks[hi].is("while", "whereas") && d.toks[hi-1].text == "," {
			break // "...\", while a South Korean official said ...": another's words
		}
		hi++
	}
	return lo, hi
}

// beforeCtx: from the start of the sentence or the previous quotation to
// the opening mark.
func (d *doc) beforeCtx(oi int) (int, int) {
	lo := oi
	for lo > 0 && d.toks[lo-1].para == d.toks[oi].para && !(d.toks[lo-1].isEnd() && !d.toks[lo-1].inQuote) && d.toks[lo-1].kind != tMark {
		lo--
	}
	return lo, oi
}

// inverts: the verb at v may have its speaker after it ("said Lind",
// "asked the minister"), unlike "described his playing as".
func (d *doc) inverts(v int) bool {
	return d.toks[v].in(lxSayVerbs) || d.toks[v].is("asked", "asks", "replied", "replies", "continued", "recalled", "recalls", "noted", "notes",
		"explained", "explains", "countered", "conceded", "admitted", "agreed", "added", "shouted", "wrote", "tweeted", "posted", "declared", "announced", "remarked", "observed", "quipped", "joked", "sighed", "sighs", "laughed", "urged", "stressed", "pleaded", "responded",
		"shouts", "yelled", "yells", "answers", "answered", "repeated", "whispered", "whispers", "cried")
}

func (d *doc) isVerb(i int) bool {
	t := &d.toks[i]
	return t.kind == tWord && (!t.inQuote || d.inner) && t.speech && t.in(lxSpeechVerbs) && (!t.cap || t.sentStart) && !d.negated(i) && !d.foundObject(i) && !d.naming(i) && !d.nounUse(i) && !d.mediumParticiple(i)
}

// mediumParticiple: the verb at i describes the medium someone spoke in
// ("said in a tribute posted online:"), not who spoke.
func (d *doc) mediumParticiple(i int) bool {
	return i >= 3 && d.toks[i].is("posted", "published", "released", "issued", "shared") && d.toks[i-2].is("a", "an", "the") && d.toks[i-3].is("in", "on", "via")
}

// nounUse: "reports", "claims", "calls" after an article, a possessive
// or a preposition are nouns ("declined to comment on reports that").
func (d *doc) nounUse(i int) bool {
	switch d.toks[i].low {
	case "reports", "claims", "calls", "notes", "promises", "finds", "report", "claim", "show", "shows", "estimates", "counters", "posts", "answers", "replies", "remarks":
		if d.toks[i].low == "estimates" && i > 0 && d.word(i-1) && d.toks[i-1].cap && !d.toks[i-1].sentStart && i+1 < len(d.toks) && d.word(i+1) && !d.toks[i+1].cap && !isDet(d.toks[i+1].low) && !isPronoun(d.toks[i+1].low) && !d.toks[i+1].is("that", "about", "up", "around", "nearly", "more", "at") && !isNumber(d.toks[i+1].text) {
			return true // "told a Senate estimates hearing"
		}
	case "forecast", "forecasts":
		// "The bank's forecast that inflation would fall", "the latest
		// forecast": a noun after a possessive or an article.
		return i > 0 && (d.toks[i-1].low == "'s" || isDet(d.toks[i-1].low) || d.toks[i-1].is("latest", "new", "weather", "official", "gloomy"))
	case "warning", "warnings":
		// "issued a similar warning in a statement", "a stark warning":
		// a noun after an article or an adjective.
		for k := i - 1; k >= 0 && k >= i-3 && d.word(k) && !d.toks[k].cap; k-- {
			if isDet(d.toks[k].low) || d.toks[k].is("his", "her", "their", "its", "our") {
				return true
			}
		}
		return false
	case "agree", "agrees", "agreed":
		// "Lombard Rhein agrees SFr4.2bn deal for ...", "agreed personal
		// terms": a bargain struck, not words reported.
		for k := i + 1; k < len(d.toks) && k <= i+4 && d.toks[k].kind != tPunct; k++ {
			if d.toks[k].is("that", "with", "to", "on") {
				return false
			}
			if d.toks[k].is("deal", "deals", "terms", "merger", "takeover", "pact", "truce", "ceasefire", "contract", "settlement", "sale", "package", "budget") {
				n := k + 1 // not "agreed the budget was too tight": a clause
				return n >= len(d.toks) || !auxWord(d.toks[n].low) && !d.toks[n].is("could", "should", "might", "may", "must", "can", "needed")
			}
		}
		return false
	case "observed", "stated", "reported", "noted", "alleged", "said", "announced", "proposed", "predicted", "estimated":
		// "to compare the observed heatwaves", "the stated aim": a
		// participle describing a noun.
		return i > 0 && i+1 < len(d.toks) && d.toks[i-1].is("the", "a", "an", "its", "their", "his", "her") && d.word(i+1) && !d.toks[i+1].cap && !d.toks[i+1].is("that", "on", "in", "to", "by")
	case "posted", "tweeted", "written", "emailed", "texted":
		// "in a video message posted to the district's Facebook page":
		// a participle describing the message.
		return i > 0 && d.toks[i-1].is("message", "video", "statement", "letter", "note", "post", "clip", "update", "messages", "videos", "statements", "letters", "notes", "posts", "clips", "updates")
	case "told", "asked", "warned", "informed", "reminded", "assured", "urged", "advised", "accused":
		// "Residents ... are being told they can go home": the passive's
		// subject is the audience; and a headline's "..., villagers told
		// to move": an order given them.
		return i > 0 && d.toks[i-1].is("being", "been", "be", "is", "are", "was", "were", "get", "got") ||
			d.toks[i].para == 0 && i+2 < len(d.toks) && d.toks[i+1].is("to") && d.word(i+2) && !d.toks[i+2].cap && !isDet(d.toks[i+2].low) ||
			d.toks[i].is("asked") && d.askedFor(i)
	default:
		return false
	}
	if i == 0 || !d.word(i-1) {
		return false
	}
	switch d.toks[i-1].low {
	case "the", "a", "this", "that", "these", "those", "such", "on", "of", "about", "amid", "despite", "after",
		"following", "media", "press", "news", "local", "unconfirmed", "earlier", "recent",
		"his", "her", "their", "its", "our", "denied", "rejected", "dismissed":
		return true
	}
	return false
}

// naming: "called" before a name names someone ("a man called Severino
// Lopes"), it reports no speech.
func (d *doc) naming(i int) bool {
	return d.toks[i].low == "called" && i+2 < len(d.toks) && d.word(i+1) && d.toks[i+1].cap && !d.toks[i+1].in(lxNotNames) &&
		i > 0 && d.word(i-1) && !d.toks[i-1].cap && !d.toks[i-1].in(lxTimeWords) && !d.isPronoun(i-1)
}

func (d *doc) isPronoun(i int) bool {
	ok := isPronoun(d.toks[i].low)
	return ok
}

// foundObject: "found" and "finds" report a finding only before "that" or
// at the end of a clause ("..., study finds"); "found the vote fair" does
// not.
func (d *doc) foundObject(i int) bool {
	if low := d.toks[i].low; low != "found" && low != "finds" || i+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[i+1]
	return n.para == d.toks[i].para && n.kind == tWord && n.low != "that"
}

// negated: "did not say", "declined to say" report no speech (a comma
// between ends the look back).
func (d *doc) negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].kind == tWord; k-- {
		switch d.toks[k].low {
		case "not", "never", "declined", "refused", "n't", "didn't", "wouldn't", "won't":
			return true
		}
	}
	return false
}

func (d *doc) accordingTo(i, hi int) bool {
	return d.toks[i].low == "according" && i+1 < hi && d.toks[i+1].low == "to"
}

// verbAfter: `"...," Lind said`, `"...," said Lind`, `"...," the minister,
// who ..., said`.
func (d *doc) verbAfter(lo, hi int) (int, ref) {
	for v := lo; v < hi && v < lo+40; v++ {
		if d.accordingTo(v, hi) {
			return v, d.accordingSource(v, hi)
		}
		if !d.isVerb(v) && !(v > lo && v <= lo+3 && d.toks[v].is("read", "reads") && !d.toks[v].inQuote) {
			continue // (but "\"...,\" she read": from a letter, aloud)
		}
		words := 0
		for k := lo; k < v; k++ {
			if d.toks[k].kind == tWord && !d.toks[k].in(lxTimeWords) {
				words++
			}
		}
		if words == 0 && v > lo && d.toks[v-1].text == "," && strings.HasSuffix(d.toks[v].low, "ing") {
			continue // "\"...\", telling a rally in Dumka that ...": the audience, not who spoke
		}
		if words == 0 {
			r := d.npAfter(v, hi)
			if r.kind != 0 && r.b < hi && d.word(r.b) && (auxWord(d.toks[r.b].low) || d.toks[r.b].is("could", "should", "might", "must", "can")) && !d.toks[r.b].inQuote {
				// "... what he calls \"the era of blackouts\", said the grid
				// had suffered ...": the grid is said of, not saying.
				return v, ref{}
			}
			return v, r
		}
		if r := d.npBefore(v, lo); r.kind != 0 {
			return v, r
		}
		return v, ref{}
	}
	return -1, ref{}
}

// verbBefore: `Lind said: "..."`, `According to Lind, "..."`.
func (d *doc) verbBefore(lo, hi int) (int, ref) {
	for v := lo; v+1 < hi; v++ {
		if d.accordingTo(v, hi) {
			return v, d.accordingSource(v, hi)
		}
	}
	for v := hi - 1; v >= lo; v-- {
		if !d.isVerb(v) || d.opens(v) && d.toks[v].is("asked", "pressed", "questioned") && v+1 < hi && !d.toks[v+1].is("by") {
			continue // "Asked about his own dismissal, ..., the captain was blunt:"
		}
		if r := d.npBefore(v, lo); r.kind != 0 {
			if r.a > lo && (d.toks[r.a-1].in(lxClausePreps) || d.toks[r.a-1].is("across", "near", "around", "between", "among", "behind", "beyond", "towards", "toward")) && d.toks[v-1].text == "," && strings.HasSuffix(d.toks[v].low, "ing") && d.toks[v].in(lxSpeechVerbs) {
				// "Marchbank announced $4.5 million for projects across
				// the southern rangelands, saying the government was
				// \"...\"": the sentence's subject, not the words before
				// the comma.
				if s0, _ := d.sentRange(v); s0 >= lo {
					if s := d.sentenceSubject(s0, v-1); s.kind != 0 {
						return v, s
					}
				}
			}
			return v, r
		}
		if v > lo && d.toks[v-1].is("when", "if", "once", "after", "before", "unless", "until") && strings.HasSuffix(d.toks[v].low, "ed") {
			continue // "When asked about it, ...": a passive with no speaker of its own
		}
		if j := d.quotedAs(v, lo); j > lo {
			return v, d.sentenceSubject(lo, j) // "X is quoted as saying the plan was \"...\""
		}
		if strings.HasSuffix(d.toks[v].low, "ing") || d.toks[v].in(lxAudienceVerbs) || !d.inverts(v) {
			return v, ref{} // "saying the budget was \"...\"", "told a Senate hearing", "described his playing as": no speaker after it
		}
		return v, d.npAfter(v, hi)
	}
	return -1, ref{}
}
