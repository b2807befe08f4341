package entity

import "strings"

// attributeNested attributes a quotation inside another one ("He told me
// 'never again,'" Lind said): verbs inside the outer quotation count, and
// "I" is the outer speaker. Without a verb, nobody is credited.
func (d *doc) attributeNested(q *quote) {
	d.inner, d.outer = true, speaker{}
	defer func() { d.inner = false }()
	outerDone := true
	for i := range d.quotes {
		o := &d.quotes[i]
		if !o.nested && o.start <= q.start && o.end >= q.end {
			d.outer, outerDone = o.sp, o.done
		}
	}
	if d.isScare(q) {
		q.sp, q.done = speaker{}, true
		return
	}
	if k := q.oi; k >= 3 && d.toks[k-1].text == "," && d.toks[k-2].is("said", "told") && d.toks[k-3].is("you") {
		if !outerDone {
			return // ask again once the outer quotation has its speaker
		}
		if sp := d.otherSpeakerBefore(q.start, d.outer.p); sp.p != nil && d.outer.p != nil {
			q.sp, q.done = sp, true // "\"That's not what you said,\" Dahl said. \"You said, '...'\"": the one she answers
			return
		}
	}
	lo, hi := d.beforeCtx(q.oi)
	v := hi - 1
	if v-1 > lo && d.toks[v].text == "," {
		v-- // "my father saying, '...'"
	}
	if v-1 > lo && strings.HasSuffix(d.toks[v].low, "ing") && d.toks[v].in(lxSpeechVerbs) {
		// "hearing the van driver shouting 'get back'": whoever is heard.
		if r := d.npEndingAt(v-1, lo); r.kind == 'r' || r.kind == 'n' {
			sp := d.resolve(r, v)
			if r.kind == 'r' && sp.p != nil && sp.p == d.last.p {
				sp = speaker{name: d.asWritten(r.a, r.b)} // not the one whose quotation this is
			}
			if sp.name != "" {
				q.sp, q.done = sp, true
				return
			}
		}
	}
	if sp := d.nestedSubject(lo, hi); sp.name != "" {
		q.sp, q.done = sp, true // "My little one kept asking me, '...'", "Old people used to tell us, '...'"
		return
	}
	if v, r := d.verbBefore(lo, hi); r.kind != 0 {
		if r.kind == 'p' && !outerDone {
			return // "I told him, '...'": ask again once the outer quotation has its speaker
		}
		if sp := d.resolve(r, v); sp.name != "" {
			q.sp, q.done = sp, true
			return
		}
	}
	q.sp, q.done = speaker{}, true
}

// nestedSubject reads, before a nested quotation at hi, a clause whose
// subject is someone described, not named, and whose speech verb comes
// after other verbs ("My little one kept asking me,", "My neighbor came
// running up the drive yelling,", "Old people used to tell us,"): the
// subject as written, or none.
func (d *doc) nestedSubject(lo, hi int) speaker {
	v := hi - 1
	if v > lo && d.toks[v].text == "," {
		v--
	}
	if v > lo && d.toks[v].is("me", "us", "him", "her", "them") {
		v--
	}
	if v <= lo || !d.word(v) || !d.toks[v].speech && !d.toks[v].is("asking", "yelling", "shouting", "screaming", "telling", "whispering", "calling", "crying") {
		return speaker{}
	}
	// the subject: a possessive and up to three words, or words ending in
	// a noun for people, at the clause's start
	s := v
	for s > lo && !d.toks[s-1].isEnd() && d.toks[s-1].kind != tMark {
		s--
	}
	if d.toks[s].is("and", "but", "then", "so") && s+1 < v {
		s++
	}
	if d.toks[s].is("he", "she") && v > s+2 && strings.HasSuffix(d.toks[v].low, "ing") {
		// "And he just kept putting his hand up and saying, '...'"
		for k := s + 1; k < v; k++ {
			if !d.word(k) || d.toks[k].cap {
				return speaker{}
			}
		}
		return d.resolve(ref{kind: 'p', a: s, b: s + 1}, v)
	}
	e := s
	if d.toks[s].is("my", "our", "his", "her", "their") {
		e = s + 1
		for e < v && e <= s+3 && d.word(e) && !d.toks[e].cap && !auxWord(d.toks[e].low) && !d.toks[e].speech && !strings.HasSuffix(d.toks[e].low, "ed") && !d.toks[e].is("kept", "came", "went", "used", "would", "started", "began") {
			e++
		}
	} else {
		for e < v && e <= s+2 && d.word(e) && !d.toks[e].speech {
			e++
			if groupNouns[d.toks[e-1].low] || d.toks[e-1].is("people", "folks", "elders") {
				break
			}
		}
		if e == s || !(groupNouns[d.toks[e-1].low] || d.toks[e-1].is("people", "folks", "elders")) {
			return speaker{}
		}
	}
	if e == s+1 && !d.toks[s].is("my", "our", "his", "her", "their") || e <= s+1 && d.toks[s].is("my", "our", "his", "her", "their") {
		return speaker{}
	}
	// then verbs only, one of them before the speech verb
	if e >= v || !d.toks[e].is("kept", "keeps", "came", "comes", "used", "would", "started", "began", "was", "were", "is", "are") {
		return speaker{}
	}
	for k := e; k < v; k++ {
		if !d.word(k) || d.toks[k].cap {
			return speaker{}
		}
	}
	if sp := d.resolve(ref{kind: 'r', a: s, b: e}, v); sp.name != "" {
		return sp // "My father used to say, '...'": the father the text names, if it does
	}
	return speaker{name: d.asWritten(s, e)}
}

// addressed: the person the paragraph before token i (a phone-in
// presenter's turn) greets or names last ("Jean is in Thornaby. Morning,
// Jean.", "Derek, go ahead."): the last given name there, a person now if
// the text had made none of it, or nil.
func (d *doc) addressed(i int) *person {
	para := d.toks[i].para
	// The presenter's last sentence first, and in it a name the presenter
	// calls someone by ("Pete, you're in Grantham?", "Morning, Sandra.");
	// then the last given name of the paragraph.
	last := -1
	for k := i - 1; k >= 0 && d.toks[k].para+1 >= para; k-- {
		if d.toks[k].para < para {
			last = int(d.sents[k])
			break
		}
	}
	for _, voc := range [...]bool{true, false} {
		if p := d.addressedBy(i, para, last, voc); p != nil {
			return p
		}
	}
	return d.addressedBy(i, para, -1, false)
}

// addressedBy is addressed's look back: within sentence sent (or any, if
// -1), and for vocatives only if voc.
func (d *doc) addressedBy(i int, para int32, sent int, voc bool) *person {
	for k := i - 1; k >= 0 && d.toks[k].para+1 >= para; k-- {
		t := &d.toks[k]
		if sent >= 0 && int(d.sents[k]) < sent {
			break
		}
		if d.toks[k].para == para || !d.word(k) || !t.cap || !d.gGiven(t.low) {
			continue
		}
		if voc && !(k+1 < len(d.toks) && (d.toks[k+1].text == "," && d.toks[k].sentStart || k > 0 && d.toks[k-1].text == "," && d.toks[k+1].isEnd())) {
			continue
		}
		run := d.runEndingAt(k + 1)
		if run == nil || run.isOrg {
			return nil
		}
		if run.person == nil {
			run.person = d.addPerson(run.a, run.b)
			d.notePerson(run)
		}
		return run.person
	}
	return nil
}

// labelPerson: a transcript's one-word label at i ("MORIYAMA:") is the
// surname of a name the text gave before but no list knew ("Kenji
// Moriyama won ...", a town's name too): that name, now a person.
func (d *doc) labelPerson(i, k int) *person {
	if k != i+1 || !d.toks[i].allCaps {
		return nil
	}
	for j := range d.runs {
		r := &d.runs[j]
		if r.a >= i {
			break
		}
		if r.isOrg || r.person != nil || r.b-r.a < 2 || r.b-r.a > 3 || d.toks[r.b-1].low != d.toks[i].low || d.isCommon(r.a) || d.toks[r.a].in(lxNotNames) {
			continue
		}
		r.person = d.addPerson(r.a, r.b)
		d.notePerson(r)
		return r.person
	}
	if low := d.toks[i].low; d.toks[i].in(lxTitles) {
		// "MINISTER:" after "an interview with the housing minister,
		// Gareth Penhaligon": the one person the text gave that office.
		var only *person
		for _, p := range d.people {
			if p.desc.has(low) && !p.desc.has("former") {
				if only != nil {
					return nil
				}
				only = p
			}
		}
		return only
	}
	return nil
}

// labelEnd: the end of the capitalised words, at most four, that open
// the paragraph at token j: a label's, if a colon or a line break follows.
func (d *doc) labelEnd(j int) int {
	k := j
	for k < len(d.toks) && k < j+4 && d.word(k) && d.toks[k].cap && d.toks[k].para == d.toks[j].para {
		k++
	}
	return k
}

// lineLabel: the capitals [i, k) are a transcript's label on a line of
// their own, the words they label on the next ("VALDIVIESO\nBecause
// English ...").
func (d *doc) lineLabel(i, k int) bool {
	for j := i; j < k; j++ {
		if !d.toks[j].allCaps {
			return false
		}
	}
	return strings.Count(d.src[d.toks[k-1].byteEnd():d.toks[k].bs], "\n") == 1
}

// otherLineLabel: besides the label at token i, another paragraph is a
// label on a line of its own ("INTERVIEWER"): a transcript, not an
// obituary's "JOAN DIDION" over its first line.
func (d *doc) otherLineLabel(i int) bool {
	for s := 0; s < len(d.toks); s++ {
		if s == i || s > 0 && d.toks[s-1].para == d.toks[s].para || !d.toks[s].allCaps {
			continue
		}
		if e := d.labelEnd(s); e < len(d.toks) && e > s && d.toks[e].para == d.toks[s].para+1 && d.lineLabel(s, e) {
			return true
		}
	}
	return false
}

// otherSpeakerBefore: the speaker of the last quotation before pos whose
// speaker is a person other than p, or nobody.
func (d *doc) otherSpeakerBefore(pos int, p *person) speaker {
	para := d.toks[d.tokAt(pos)].para
	for i := len(d.quotes) - 1; i >= 0; i-- {
		o := &d.quotes[i]
		if o.start >= pos || o.nested || !o.done || o.sp.p == nil || o.sp.p == p {
			continue
		}
		if d.toks[o.oi].para+2 < para {
			break // not in the exchange: "As a farmer, you said, '...'" after someone else far above
		}
		return o.sp
	}
	return speaker{}
}

// interviewAnswers turns "A: ..." and "NAME: ..." paragraphs of an
// interview into quotations: of the person interviewed, or of the person
// the label names.
func (d *doc) interviewAnswers() {
	found := false
	var caller *person // the last phone-in caller
	toks := d.toks     // for the test of every token: a local, not reloaded
	for i := 0; i+2 < len(toks); i++ {
		t := &toks[i]
		if !t.cap {
			continue // most tokens (a test of its own: a branch, not a flag)
		}
		if i > 0 && toks[i-1].para == t.para || t.kind != tWord {
			continue
		}
		k := i // the label's last token: the colon, or "A." itself
		var p *person
		line := false
		if t.text == "A." && d.qaLabel(i) {
			if d.toks[i+1].para != t.para {
				continue
			}
			p = d.headingPerson(i) // "KWON MIN-JAE" over the questions put to him
		} else if t.text == "A" && d.qaLabel(i) {
			k = i + 1 // "A — ...": the dash
			if d.toks[k+1].para != t.para {
				continue
			}
			p = d.headingPerson(i)
		} else {
			k = d.labelEnd(i)
			if k < len(d.toks) && k > i && t.para > 0 && d.toks[k].para == t.para+1 && d.lineLabel(i, k) && d.otherLineLabel(i) {
				// "VALDIVIESO" on a line of its own, the answer below it
				if p = d.matchPerson(i, k); p == nil {
					continue // and "INTERVIEWER"
				}
				line, k = true, k-1
			} else if k+1 >= len(d.toks) || d.toks[k].text != ":" || d.toks[k+1].para != t.para {
				continue
			}
		}
		if t.para == 0 && d.toks[k+1].kind == tMark {
			continue // a headline's `Verhaegen: "I attacked ..."`: a quotation, no answer
		}
		if !line && !(k == i+1 && (t.text == "A" || t.text == "GUEST" || t.text == "Guest") || k == i || d.qaLabel(i)) { // (a podcast's "HOST:" and "GUEST:")
			if k == i+1 && (t.text == "CALLER" || t.text == "Caller") {
				// a phone-in's caller: the one the presenter just greeted,
				// or the caller before, still on the line
				if p = d.addressed(i); p == nil {
					p = caller
				}
				if caller = p; p == nil {
					continue
				}
			} else if p = d.matchPerson(i, k); p == nil {
				if p = d.labelPerson(i, k); p == nil {
					continue
				}
			}
		}
		e := k + 1
		for e+1 < len(d.toks) && d.toks[e+1].para == d.toks[k+1].para {
			e++
		}
		q := quote{start: int(d.toks[k+1].s), end: int(d.toks[e].e), oi: k, ci: -1, direct: true, interview: true}
		q.bs, q.be = int(d.toks[k+1].bs), d.toks[e].byteEnd()
		if p != nil {
			q.sp = speaker{name: p.name, p: p}
		}
		d.addAnswer(q)
		found = true
	}
	if found {
		d.dropInterviewer()
		d.answerParagraphs()
	} else if strings.Count(d.src, "?") >= 3 {
		d.questionAnswers()
	}
	sortQuotes(d.quotes)
}

// headingPerson: the person a heading in capitals on a line of its own,
// the last before token i, names ("FACUNDO IRIGOYEN", then his press
// conference's questions and answers), or nil.
func (d *doc) headingPerson(i int) *person {
	for k := i - 1; k > 0; k-- {
		if d.toks[k-1].para == d.toks[k].para {
			continue
		}
		// k opens a paragraph
		e := k
		for e < len(d.toks) && d.toks[e].para == d.toks[k].para && d.word(e) && d.toks[e].allCaps {
			e++
		}
		if e > k && e-k <= 4 && (e == len(d.toks) || d.toks[e].para != d.toks[k].para) {
			return d.matchPerson(k, e)
		}
	}
	return nil
}

// dropInterviewer drops the labelled turns of the one who asks: in a
// transcript of two named people ("DANIEL OSTROWSKI: ... ?"), the one
// whose turns are mostly questions while the other's are not is the
// interviewer, whose turns are not quotations.
func (d *doc) dropInterviewer() {
	type tally struct {
		p          *person
		turns, ask int
	}
	var ts [4]tally
	n := 0
	for i := range d.quotes {
		q := &d.quotes[i]
		if !q.interview || q.sp.p == nil {
			continue
		}
		k := 0
		for k < n && ts[k].p != q.sp.p {
			k++
		}
		if k == n {
			if n == len(ts) {
				return // a panel, not one interview
			}
			ts[n].p = q.sp.p
			n++
		}
		ts[k].turns++
		if strings.Contains(d.src[q.bs:q.be], "?") {
			ts[k].ask++
		}
	}
	if n != 2 {
		return
	}
	a, b := ts[0], ts[1]
	if b.ask*a.turns > a.ask*b.turns {
		a, b = b, a // a asks more
	}
	if a.turns < 3 || b.turns < 3 || a.ask*2 < a.turns || b.ask*4 >= b.turns {
		return
	}
	out := d.quotes[:0]
	for _, q := range d.quotes {
		if !(q.interview && q.sp.p == a.p) {
			out = append(out, q)
		}
	}
	d.quotes = out
}

// answerParagraphs adds the paragraphs that carry on a labelled answer:
// those after it with no label, that ask nothing and come before another
// labelled answer (so not a closing note after the last one).
func (d *doc) answerParagraphs() {
	n := len(d.quotes)
	for i := 0; i < n; i++ {
		q := d.quotes[i]
		if !q.interview {
			continue
		}
		next := -1 // where the next labelled answer starts
		for k := 0; k < n; k++ {
			if o := &d.quotes[k]; o.interview && o.start > q.end && (next < 0 || o.start < next) {
				next = o.start
			}
		}
		j := d.tokAt(q.end) + 1
		for next > 0 && j < len(d.toks) && int(d.toks[j].s) < next {
			e := j
			for e+1 < len(d.toks) && d.toks[e+1].para == d.toks[j].para {
				e++
			}
			if int(d.toks[e].e) >= next || d.toks[e].text == "?" || d.toks[j].text == "Q" || d.toks[j].text == "Q." || d.toks[j].kind == tMark || d.labelled(j) || d.narration(j, e) {
				break
			}
			c := quote{start: int(d.toks[j].s), end: int(d.toks[e].e), oi: j, ci: -1, direct: true, interview: true, sp: q.sp}
			c.bs, c.be = int(d.toks[j].bs), d.toks[e].byteEnd()
			d.addAnswer(c)
			j = e + 1
		}
	}
}

// narration: the paragraph [j, e] is the reporter's, not more of an
// answer: a heading in capitals ("MATTEO FERRANTE"), or a paragraph that
// opens with "the", "he", "she" or a known name and a say-verb soon after
// ("The Serb said later ...").
func (d *doc) narration(j, e int) bool {
	caps := true
	for k := j; k <= e && caps; k++ {
		caps = d.word(k) && d.toks[k].allCaps
	}
	if caps {
		return true
	}
	if !d.toks[j].is("the", "he", "she") && !(d.toks[j].cap && d.matchPerson(j, j+1) != nil) {
		return false // not "My coach said before the match ...", still the answer
	}
	for k := j + 1; k <= e && k < j+5 && d.word(k); k++ {
		if t := &d.toks[k]; t.is("i", "we", "you", "my", "our") {
			return false
		} else if t.in(lxSayVerbs) && !t.inQuote && !t.cap {
			return true
		}
	}
	return false
}

// labelled: the paragraph starting at token j opens with a label, a few
// capitalised words and a colon ("INTERVIEWER:", "The Guardian:"), or is
// one, in capitals on a line of its own ("INTERVIEWER").
func (d *doc) labelled(j int) bool {
	k := d.labelEnd(j)
	return k > j && k < len(d.toks) && (d.toks[k].text == ":" || d.toks[k].para != d.toks[j].para && d.lineLabel(j, k))
}

// addAnswer adds an interview's answer; quotations inside it are nested
// in it.
func (d *doc) addAnswer(q quote) {
	d.quotes = append(d.quotes, q)
	for j := range d.quotes {
		if o := &d.quotes[j]; !o.interview && o.start >= q.start && o.end <= q.end {
			o.nested = true // "she said, '...'" inside the answer
		}
	}
}

// questionAnswers reads an interview whose questions stand alone, with no
// label, as paragraphs of one question each (bold in print): at least
// three such paragraphs, each followed by a paragraph that is no
// question, which is the interviewee's answer.
func (d *doc) questionAnswers() {
	var qs [24]int // the first token of each question paragraph
	n := 0
	for i := 0; i < len(d.toks) && n < len(qs); {
		e := i
		marks := false
		for e+1 < len(d.toks) && d.toks[e+1].para == d.toks[i].para {
			e++
			marks = marks || d.toks[e].kind == tMark
		}
		if d.toks[i].para > 0 && d.toks[e].text == "?" && !marks && d.toks[i].kind != tMark && e-i < 60 {
			qs[n] = i
			n++
		}
		i = e + 1
	}
	if n < 3 {
		return
	}
	var found [24]quote
	answers, firstPerson := 0, 0
	for k := 0; k < n; k++ {
		j := qs[k]
		for j < len(d.toks) && d.toks[j].para == d.toks[qs[k]].para {
			j++
		}
		if j >= len(d.toks) || k+1 < n && j == qs[k+1] {
			continue
		}
		e := j
		first := false
		for e+1 < len(d.toks) && d.toks[e+1].para == d.toks[j].para {
			e++
			first = first || !d.toks[e].inQuote && d.toks[e].is("i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re")
		}
		first = first || d.toks[j].is("i", "we", "my", "our", "i'm", "i’m", "we're", "we’re")
		if d.toks[e].text == "?" {
			continue
		}
		q := quote{start: int(d.toks[j].s), end: int(d.toks[e].e), oi: j, ci: -1, direct: true, interview: true}
		q.bs, q.be = int(d.toks[j].bs), d.toks[e].byteEnd()
		found[answers] = q
		answers++
		if first {
			firstPerson++
		}
	}
	if 2*firstPerson < answers {
		return // an explainer's questions and answers ("What is the price cap?"), not an interview
	}
	for _, q := range found[:answers] {
		d.addAnswer(q)
	}
	if answers >= 3 {
		d.firstQ = int(d.toks[qs[0]].s)
	}
}

func sortQuotes(qs []quote) {
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].oi < qs[j-1].oi; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}

// interviewee is the person the introduction names most often.
func (d *doc) interviewee() speaker {
	firstQ := d.n
	if d.firstQ > 0 {
		firstQ = d.firstQ
	}
	for i := 0; i+1 < len(d.toks); i++ {
		if (d.toks[i].text == "Q" || d.toks[i].text == "HOST") && d.toks[i+1].text == ":" || d.qaLabel(i) && strings.HasPrefix(d.toks[i].text, "Q") {
			firstQ = int(d.toks[i].s)
			break
		}
	}
	var best *person
	bestN := 0
	for _, p := range d.people {
		n := 0
		for _, m := range p.mentions {
			if m.Start < firstQ {
				n += d.guestWeight(m.Start)
			}
		}
		if n > bestN {
			best, bestN = p, n
		}
	}
	if best == nil {
		return speaker{}
	}
	return speaker{name: best.name, p: best}
}

// guestWeight weighs a mention at pos for interviewee: one, none just
// after "hosted by", "host" or "presenter", three just after "guest" or
// "interviewee".
func (d *doc) guestWeight(pos int) int {
	i := d.tokAt(pos)
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch d.toks[k].low {
		case "host", "hosted", "presenter", "presented", "interviewer":
			return 0
		case "guest", "guests", "interviewee":
			return 3
		}
	}
	return 1
}

// copyRepeated gives a headline or teaser quotation the speaker of the same
// words quoted in the body.
func (d *doc) copyRepeated() {
	for i := range d.quotes {
		q := &d.quotes[i]
		if !q.direct || q.nested || (q.sp.name != "" && (d.toks[q.oi].para > 0 || d.headlineName(q.oi) != nil)) {
			continue
		}
		text := d.text(q.bs, q.be)
		text = strings.TrimRight(text, ",.!? ")
		if len(text) <= 8 {
			// A headline's one word ("Kjærgaard rues 'soft' penalty") is
			// the words of the one the body quotes saying it, if only
			// one does.
			if d.toks[q.oi].para == 0 && len(text) >= 4 && q.sp.name == "" && text[0] >= 'a' && text[0] <= 'z' {
				var sp speaker
				for j := range d.quotes {
					o := &d.quotes[j]
					if j == i || !o.direct || o.sp.name == "" || d.toks[o.oi].para == 0 || !containsWord(d.text(o.bs, o.be), text) {
						continue
					}
					if sp.name != "" && sp.name != o.sp.name {
						sp = speaker{}
						break
					}
					sp = o.sp
				}
				q.sp = sp
			}
			continue
		}
		for j := range d.quotes {
			o := &d.quotes[j]
			if j != i && o.direct && o.sp.name != "" && o.sp.name != q.sp.name && d.toks[o.oi].para > 0 && strings.Contains(d.text(o.bs, o.be), text) {
				q.sp = o.sp
				break
			}
		}
	}
}

// containsWord: w is in s as a whole word.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		before := i == 0 || !isLetter(s[i-1])
		after := i+len(w) == len(s) || !isLetter(s[i+len(w)])
		if before && after {
			return true
		}
		off = i + len(w)
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
