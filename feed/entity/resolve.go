package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// speaker is who a quote belongs to: a person, or an organisation or role
// as the text writes it.
type speaker struct {
	name string
	p    *person
}

// resolve turns a subject phrase into a speaker; at is the token where the
// phrase stands, for pronouns and roles that refer back.
func (d *doc) resolve(r ref, at int) speaker {
	switch r.kind {
	case 'n':
		if t := &d.toks[r.a]; r.b-r.a == 1 && t.allCaps && len(t.low) >= 2 && len(t.low) <= 3 && d.matchPerson(r.a, r.b) == nil {
			if p := d.initialsOf(t.low); p != nil {
				return speaker{name: p.name, p: p} // a headline's "..., says PM": Prime Minister Ndapewa Haufiku
			}
		}
		if d.orgName(r) || r.b-r.a == 1 && d.itClause(r, at) {
			return speaker{name: d.bodyName(r.a, r.b)} // "Ofwat, the regulator, said", "Boeing said it had won"
		}
		return d.resolveName(r)
	case 'p':
		if d.toks[r.a].low == "they" && (singular(d.last.name) || d.last.name == "") {
			return d.theyBefore(r.a) // "a study" is no "they"
		}
		if d.toks[r.a].low == "they" && r.a > 0 && d.toks[r.a-1].text == "," {
			if sp := d.theyBefore(r.a); sp.name != "" {
				return sp // "The authors used climate models ... Heatwaves ... would have occurred ..., they found."
			}
		}
		g, ok := pronouns[d.toks[r.a].low]
		if !ok {
			g = objectPronouns[d.toks[r.a].low] // "according to him"
		}
		if g != 'i' && d.inner {
			for k := at - 1; k > 0 && d.sents[k] == d.sents[at]; k-- {
				if t := &d.toks[k]; t.inQuote && t.is("my", "our") && d.word(k+1) && (d.toks[k+1].in(lxKin) && kinGender[d.toks[k+1].low] == g || d.toks[k+1].is("youngest", "eldest", "oldest") || d.toks[k+1].is("boy") && g == 'm' || d.toks[k+1].is("girl") && g == 'f') {
					if sp := d.resolveRole(ref{kind: 'r', a: k, b: k + 2}, k); sp.p != nil {
						return sp // the relative the text names
					}
					return speaker{name: d.asWritten(k, k+2)} // "When my youngest heard about it, he asked me, '...'"
				}
			}
		}
		if g != 'i' {
			sp := d.resolvePronoun(g, at)
			if d.inner && sp.p != nil && sp.p != d.outer.p {
				if rel, k := d.relativeAt(g, at); k >= 0 && !d.toks[k].inQuote && d.toks[k].para+1 >= d.toks[at].para && d.toks[d.tokAt(d.lastMention(sp.p, int(d.toks[at].s)))].para+3 <= d.toks[at].para && !d.kinNamed(k) && !sp.p.desc.has(roleHead(rel.name)) && sp.p != d.mostNamed() {
					// "Hodan Warsame said her 12-year-old son called her ...
					// / \"He said, '...'\"": the relative just spoken of, not
					// someone named paragraphs before (unless the story is
					// about that one: "her son" is the victim).
					return rel
				}
			}
			if d.inner && (sp.p != nil && sp.p == d.outer.p || sp.name == "") {
				// "He said, '...'" inside Andrade's quotation is not
				// Andrade: the role he spoke of just before, if any, or
				// the relative the text spoke of ("her husband").
				if r := d.quotedRoleBefore(at); r.name != "" {
					return r
				}
				if g == 'p' {
					return d.groupBefore(at) // "a young couple from Milan ... They said, '...'"
				}
				if sp := d.relativeBefore(g, at); sp.name != "" {
					return sp
				}
				return d.talkedAbout(g, at)
			}
			return sp
		}
		if d.inner {
			return d.outer // "I told him, '...'" inside her quotation
		}
		return speaker{}
	case 'r':
		if d.someoneFor(r) {
			return speaker{name: d.asWritten(r.a, r.b)}
		}
		if n := d.personEnding(r); n.kind != 0 {
			return d.resolveName(n) // "Minister for Health Gráinne Fitzmaurice replied"
		}
		if e := r.b - 1; r.b-r.a >= 3 && d.toks[r.a].is("the") && d.word(e) && d.toks[e].cap && !d.toks[e].in(lxTitles|lxNotNames) && d.word(e-1) && !d.toks[e-1].cap && !d.toks[e-1].in(lxClausePreps) && d.toks[e-1].low != "'s" {
			return speaker{name: d.asWritten(e, r.b)} // "according to the real estate portal ImmoScout24": by its name
		}
		return d.resolveRole(r, at)
	case 'o':
		if n := d.personEnding(r); n.kind != 0 {
			return d.resolveName(n) // "Cabinet Secretary for Education Meinir Hughes"
		}
		if p := d.theInitials(r); p != nil {
			return speaker{name: p.name, p: p} // "the AGP" for "Attorney General for Pakistan Tariq Mehmood Bhatti"
		}
		if t := &d.toks[r.b-1]; mediaHeads[t.low] && !t.cap {
			return d.resolveRole(r, at) // "the statement said": its author
		}
		if r.a+2 < r.b && d.toks[r.a].is("the") && d.toks[r.a+1].cap && d.toks[r.a+1].in(lxTitles) && d.toks[r.a+2].is("of", "for") {
			if sp := d.resolveRole(r, at); sp.p != nil {
				return sp // "the Minister of Agriculture and Food Sovereignty declared": the minister named before
			}
		}
		return speaker{name: d.bodyName(r.a, r.b)}
	}
	return speaker{}
}

// someoneFor: the role r is someone's for a person it names ("the family
// of Tyrese Allen", "a spokesperson for Industry Minister Hélène
// Marchand"): another speaker than that person.
func (d *doc) someoneFor(r ref) bool {
	for k := r.a + 1; k < r.b-1; k++ {
		t := &d.toks[k]
		if !t.is("of", "for", "to") || t.cap {
			continue
		}
		if h := &d.toks[k-1]; h.cap || lexIn(h.low, lxOrgHeads) && !h.in(lxTitles) && !h.is("office") {
			return false // "the Minister of Health X", "the ministry of X" (but "the office of Minister X")
		}
		for j := k + 1; j < r.b; j++ {
			if d.toks[j].cap && d.matchPerson(j, r.b) != nil {
				return true
			}
		}
		return false
	}
	return false
}

// afterPersonRole: the name at token a is set off after a word for a
// person ("Another student, Jordan,"), so it is a given name, not a place.
func (d *doc) afterPersonRole(a int) bool {
	if a < 2 || d.toks[a-1].text != "," || !d.word(a-2) || d.toks[a-2].cap {
		return false
	}
	low := d.toks[a-2].low
	return d.toks[a-2].in(lxTitles) || roleNoun(low) || personNouns[low] || d.toks[a-2].in(lxKin) || low == "student" || low == "resident" || low == "worker"
}

// personEnding: the role r ends with a person's name ("Minister for
// Health Gráinne Fitzmaurice", "Coast guard spokesman Arnel Dizon"); the
// name, or no ref.
func (d *doc) personEnding(r ref) ref {
	if s, e := d.titledName(r.a, r.b); s > r.a && e == r.b {
		return ref{kind: 'n', a: s, b: e} // "Nationals MP for Central Wheatbelt Lachlan Boyd"
	}
	for k := r.b - 3; k > r.a; k-- {
		// "Energy and Petroleum Cabinet Secretary Daniel Kiprop Lagat":
		// a title, then two or more words no list knows.
		if t := &d.toks[k]; t.cap && t.in(lxTitles) {
			ok := true
			for j := k + 1; j < r.b; j++ {
				if u := &d.toks[j]; !d.word(j) || !u.cap || u.in(lxTitles|lxOrgWords) || d.gCommon(u.low) && !d.gGiven(u.low) {
					ok = false
					break
				}
			}
			if ok {
				return ref{kind: 'n', a: k + 1, b: r.b}
			}
			break
		}
	}
	for i := range d.runs {
		run := &d.runs[i]
		if run.a > r.b {
			break
		}
		if run.b == r.b && run.a > r.a && run.person != nil {
			return ref{kind: 'n', a: run.ta, b: run.b}
		}
	}
	return ref{}
}

// officeEnd: the office ending at b goes on with "for Works and
// Transport" or "of Health": where it ends.
func (d *doc) officeEnd(b int) int {
	if b+1 < len(d.toks) && d.toks[b].is("for", "of") && d.toks[b+1].cap {
		e := b + 1
		for e < len(d.toks) && e < b+8 && d.word(e) && (d.toks[e].cap || d.toks[e].is("and", "of", "for", "the") && e+1 < len(d.toks) && d.toks[e+1].cap) {
			e++
		}
		return e
	}
	return b
}

// resolveName strips titles from a name and finds or registers the person.
func (d *doc) resolveName(r ref) speaker {
	a, b := r.a, r.b
	if run := d.runEndingAt(b); run != nil && run.isOrg && run.a == a && d.toks[a].sentStart && b-a >= 3 && d.placeEnd(a+1, b) == b {
		return speaker{name: d.bodyName(a, b)} // "Health New Zealand said": the body, not a man called Zealand
	}
	if s, e := d.titledName(a, b); s > a {
		a, b = s, e // "Cabinet Secretary for Education Meinir Hughes"
	}
	if run := d.runEndingAt(b); run != nil && run.person != nil && run.title && run.a > a && run.ta <= a {
		a = run.a // "Food and the Marine Declan Furlong": the office's end, then the name
	}
	if k := d.partyMember(a, b); k >= 0 {
		a = k + 1 // "the Liberal Democrat Callum Rennie"
	}
	if b == a+2 && a > 0 && isDet(d.toks[a-1].low) && d.toks[b-1].allCaps && memberLetters[d.toks[b-1].low] {
		return speaker{name: d.asWritten(a-1, b)} // "a Labour MP objected": a party's member
	}
	for b > a+1 && d.toks[b-1].allCaps && d.toks[b-1].in(lxPostNominals) && (!memberLetters[d.toks[b-1].low] || b-a >= 3) {
		b--
	}
	for k := b - 2; k >= a; k-- {
		if d.titleIn(k, b) {
			a = k + 1
			break
		}
	}
	if a > r.a && d.allTitles(a, b) {
		// "the Deputy Minister for Works and Transport, Mr David
		// Nyalandu,": an office; the name set off after it, if any.
		if n := d.nameSetOff(d.officeEnd(r.b)); n.kind != 0 {
			return d.resolveName(n)
		}
		return speaker{name: d.bodyName(r.a, r.b)}
	}
	if e := r.b - 1; r.b-r.a >= 1 && d.toks[e].is("mps", "meps", "tds", "mlas", "msps", "mpps", "senators", "councillors", "councilors", "lawmakers", "legislators") {
		// "Several Labour MPs said": members of a party, no person
		s := r.a
		for s > 0 && d.word(s-1) && (!d.toks[s-1].cap || d.toks[s-1].sentStart) && d.toks[s-1].is("several", "some", "many", "two", "three", "four", "five", "few", "a", "the", "both", "other", "senior", "backbench", "rebel") {
			s--
		}
		if s < r.a && d.toks[s].is("the") && !d.toks[s+1].cap {
			s++
		}
		return speaker{name: d.asWritten(s, r.b)}
	}
	if b-a >= 2 && d.frenchMister(a) {
		a++
	}
	for a < b && (d.toks[a].in(lxNotNames) || !d.toks[a].cap && !d.toks[a].in(lxParticles) && b-a >= 2 || d.toks[a].allCaps && len(d.toks[a].low) > 3 || b-a > 2 && (d.toks[a].sentStart && (d.commonishTok(a) || tradeNoun(d.toks[a].low) && !d.gGiven(d.toks[a].low)) || personNouns[d.toks[a].low] || sportsRoles[d.toks[a].low])) {
		a++
	}
	if a >= b {
		if r.b-r.a == 1 && brandOrgs[d.toks[r.a].low] {
			return speaker{name: d.bodyName(r.a, r.b)} // "Google said"
		}
		if r.b-r.a == 1 && d.toks[r.a].allCaps && d.acronymOrg(r.a) && d.matchPerson(r.a, r.b) == nil {
			return speaker{name: d.bodyName(r.a, r.b)} // "NATO said", "UNICEF said", "UN says"
		}
		return speaker{}
	}
	for k := b - 1; k >= a; k-- {
		if d.toks[k].in(lxOrgWords) {
			if k == b-1 || k == r.a && d.toks[k].cap && (bodyFirst[d.toks[k].low] || d.toks[k].low == "bank") && d.matchPerson(k+1, b) == nil || b-k > 2 && !d.gGiven(d.toks[k+1].low) && d.matchPerson(k+1, b) == nil || b-k == 2 && d.commonishTok(k+1) && d.matchPerson(k+1, b) == nil {
				// (and "Grupa Granica", "Bank Lindenhof": the word opens the name)
				// "Montalban Shipping Lines": one ordinary word after it
				// is the organisation's too.
				// "NZ Transport Agency Waka Kotahi": the words after the
				// organisation's word are its name, not a person's.
				return speaker{name: d.bodyName(r.a, r.b)}
			}
			a = k + 1 // a label run into a name: "Israel-Gaza War Netanyahu"
			break
		}
	}
	if p := d.generation(a, b); p != nil {
		return speaker{name: p.name, p: p} // "the elder Ruiz said": the father, of two Ruizes
	}
	if p := d.matchPerson(a, b); p != nil {
		if run := d.runEndingAt(b); run != nil && run.a == a && run.person != nil && run.person != p && b-a == 1 && d.nickBefore(a) {
			p = run.person // "Erlinda “Linda” Sarmiento said": the nickname's person, not another Sarmiento
		}
		g := titleGender(d.toks[max(r.a-1, 0):a])
		if g != 0 && p.gender != g {
			if q := d.matchPersonGender(a, b, g); q != nil {
				p = q // "Mrs Fraser" is Morag, not her son Ewan
			}
		} else if b-a == 1 && !p.spoke {
			if q := d.spokenNamesake(p, a, b); q != nil && (g == 0 || q.gender == 0 || q.gender == g) {
				p = q // "Wrona said ...": the victim's sister, who has spoken, not the victim
			}
		}
		if run := d.runEndingAt(b); run != nil && run.person == nil && !run.isOrg && run.a == a && b-a == 1 {
			run.person = p // a family name alone, known only once its full name spoke
			d.notePerson(run)
		}
		return speaker{name: p.name, p: p}
	}
	if b-a == 1 && d.gHas(d.toks[a].low) && !(d.gGiven(d.toks[a].low) && d.afterPersonRole(a)) {
		return speaker{name: d.asWritten(r.a, r.b)} // "Ukraine said", "Ankara said": a government
	}
	if b-a == 1 && (d.toks[a].sentStart || d.afterDash(a)) && (d.commonishTok(a) || agentPlural(d.toks[a].low)) {
		return speaker{name: d.asWritten(r.a, r.b)} // "Analysts said", "Hydrologists say": a group
	}
	if b-a == 1 {
		if full := d.fullNameBefore(a); full != nil {
			// "played out to Radek Wierzba" ... "Wierzba said": the
			// earlier full name is the person.
			p := d.addPerson(full.a, full.b)
			full.person = p
			d.notePerson(full)
			d.mentionSurname(p)
			return speaker{name: p.name, p: p}
		}
	}
	if b-a >= 2 && d.commonishTok(a) && !d.gGiven(d.toks[a].low) && d.placeEnd(b-1, b) == b || b-a == 2 && d.firmName(a) {
		return speaker{name: d.bodyName(r.a, r.b)} // "Environment Canada said": an agency; "Goldman Sachs said": a firm
	}
	if b-a == 1 && d.toks[a].allCaps && len(d.toks[a].low) >= 2 && d.acronymOrg(a) {
		return speaker{name: d.bodyName(a, b)} // "IDF said": a body's initials, no person
	}
	if b-a == 1 && d.orgEvidence(a) {
		return speaker{name: d.bodyName(a, b)} // "the energy regulator Ofgem ... Ofgem said": a body
	}
	// No known person matched above, and nothing since added one.
	p := d.addPerson(a, b)
	run := nameRun{a: a, b: b, ta: r.a, title: a > r.a, person: p}
	d.notePerson(&run)
	d.mentionSurname(p)
	return speaker{name: p.name, p: p}
}

// generation: the surname [a, b) follows "elder" or "younger" ("the
// elder Ruiz"), and of the people who share it exactly one was described
// as a parent (or as a child): that one, or nil.
func (d *doc) generation(a, b int) *person {
	if b-a != 1 || a < 1 || !d.toks[a-1].is("elder", "older", "younger") {
		return nil
	}
	elder := !d.toks[a-1].is("younger")
	var only *person
	for _, p := range d.people {
		if !d.partOf(p, a, b) {
			continue
		}
		parent := p.desc.has("father") || p.desc.has("mother") || p.desc.has("grandfather") || p.desc.has("grandmother")
		child := p.desc.has("son") || p.desc.has("daughter") || p.desc.has("grandson") || p.desc.has("granddaughter")
		if elder && parent || !elder && child {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	return only
}

// nickBefore: a nickname in marks stands just before token a.
func (d *doc) nickBefore(a int) bool {
	return a >= 3 && d.toks[a-1].kind == tMark && d.word(a-2) && d.toks[a-2].cap && (d.toks[a-3].kind == tMark || a >= 4 && d.toks[a-4].kind == tMark)
}

// bodyName is a body's name [a, b) as written, with the "the" before it
// ("after the Kremlin warned", "according to the IOM").
func (d *doc) bodyName(a, b int) string {
	if a > 0 && d.toks[a-1].is("the") && d.toks[a-1].para == d.toks[a].para && (!d.toks[a-1].cap || d.toks[a-1].sentStart) {
		return d.asWritten(a-1, b)
	}
	return d.asWritten(a, b)
}

// agentPlural: a plural of people by trade or role the word lists may lack
// ("hydrologists", "organisers", "volcanologists", "auctioneers").
func agentPlural(low string) bool {
	for _, end := range [...]string{"ists", "ians", "isers", "izers", "eers"} {
		if len(low) > len(end)+2 && strings.HasSuffix(low, end) {
			return true
		}
	}
	return false
}

// orgName: the name [r.a, r.b), which names no one known, is an
// organisation's by what stands around it: a company noun before it
// ("energy company Enel"), "which" after it ("Eurofer, which says"), an
// organisation's description after it ("Ofwat, the industry regulator,"),
// or an organisation it begins ("Southern Downs" of "Southern Downs
// Water").
func (d *doc) orgName(r ref) bool {
	a, b := r.a, r.b
	if b-a > 3 || !d.orgCue(a, b) {
		return false
	}
	for k := a; k < b; k++ {
		if d.toks[k].in(lxTitles) {
			return false
		}
	}
	return !d.gGiven(d.toks[a].low) && d.matchPerson(a, b) == nil
}

// orgCue: what stands around the name [a, b) makes it an organisation's
// (see orgName).
func (d *doc) orgCue(a, b int) bool {
	if k := a - 1; k >= 0 && d.word(k) && !d.toks[k].cap && d.toks[k].in(lxCompany) {
		return true
	}
	if k := a - 2; k >= 0 && d.toks[k+1].text == "," && d.word(k) && !d.toks[k].cap && (d.toks[k].in(lxCompany) || d.toks[k].in(lxOrgHeads) && !d.toks[k].in(lxTitles)) {
		return true // "The developer, Wensum Living, said"
	}
	if b+1 < len(d.toks) && d.toks[b].text == "," {
		if d.toks[b+1].is("which") {
			return true
		}
		if d.toks[b+1].is("the", "a", "an") {
			for k := b + 2; k < len(d.toks) && k < b+7 && d.word(k) && !d.toks[k].cap; k++ {
				if e := k + 1; e >= len(d.toks) || !d.word(e) || d.toks[e].is("which", "that", "for", "of", "in", "at") {
					return d.toks[k].in(lxCompany|lxOrgHeads) && !d.toks[k].in(lxTitles)
				}
			}
		}
	}
	return d.orgPrefix(a, b) || b-a == 1 && len(d.toks[a].text) > 2 && d.spokesFor(d.toks[a].text)
}

// spokesFor: the text speaks of "a X spokesperson" (or spokesman,
// spokeswoman) with X the one-word name as written: a company's or a
// body's.
func (d *doc) spokesFor(name string) bool {
	if d.spokes == 0 {
		d.spokes = -1 // looked for once per text
		if strings.Contains(d.src, " spokes") {
			d.spokes = 1
		}
	}
	if d.spokes < 0 {
		return false
	}
	src := d.src
	for off := 0; ; {
		i := strings.Index(src[off:], name)
		if i < 0 {
			return false
		}
		i += off
		if strings.HasSuffix(src[:i], "a ") && strings.HasPrefix(src[i+len(name):], " spokes") {
			return true
		}
		off = i + len(name)
	}
}

// itClause: a one-word name no one known has that "reported" (a news
// outlet), or whose speech verb v reports a clause about "it" ("Boeing
// said on Monday it had won an order"): a company's, not a person's.
func (d *doc) itClause(r ref, v int) bool {
	if v <= r.a || !d.word(v) || !d.toks[v].speech {
		return false
	}
	if d.toks[v].is("reported", "reports") && v == r.b {
		// "Bloomberg reported", "Politico reports": a news outlet
		return !d.gGiven(d.toks[r.a].low) && d.matchPerson(r.a, r.b) == nil
	}
	k := d.skipWhen(v+1, len(d.toks))
	if k < len(d.toks) && d.toks[k].is("that") {
		k++
	}
	if k+1 >= len(d.toks) || !d.toks[k].is("it", "its") || d.toks[k].para != d.toks[v].para {
		return false
	}
	if d.toks[k].low != "its" && !d.toks[k+1].is("had", "has", "would", "will", "plans", "planned", "expects", "expected", "intends", "aims", "hopes", "needs", "remains") {
		return false
	}
	return !d.gGiven(d.toks[r.a].low) && d.matchPerson(r.a, r.b) == nil
}

// orgEvidence: somewhere the text treats the one-word name at token a as a
// body's: after a company noun ("the energy regulator Ofgem"), owning what
// bodies own ("StepChange's clients"), described as one ("Ibec, the Irish
// business lobby group,"), or as "it" in its own reported words
// ("StepChange said the number of its clients ...").
func (d *doc) orgEvidence(a int) bool {
	w := d.toks[a].low
	for k := 0; k < len(d.toks); k++ {
		if t := &d.toks[k]; t.kind != tWord || !t.cap || t.low != w {
			continue
		}
		if k > 0 && d.word(k-1) && !d.toks[k-1].cap && companyNouns[d.toks[k-1].low] {
			return true
		}
		if k+2 < len(d.toks) && d.toks[k+1].low == "'s" && bodyHoldings[d.toks[k+2].low] {
			return true
		}
		if k+3 < len(d.toks) && d.toks[k+1].text == "," && d.toks[k+2].is("the", "a", "an") {
			for e := k + 3; e < len(d.toks) && e < k+9 && d.word(e); e++ {
				if e+1 < len(d.toks) && d.toks[e+1].text == "," {
					if h := d.toks[e].low; companyNouns[h] || lexIn(h, lxOrgHeads) && !d.toks[e].in(lxTitles) {
						return true
					}
					break
				}
			}
		}
		if k+1 < len(d.toks) && d.toks[k+1].speech {
			for e := k + 2; e < len(d.toks) && e < k+14 && !d.toks[e].isEnd(); e++ {
				if d.toks[e].low == "its" && !d.toks[e].inQuote {
					return true
				}
			}
		}
	}
	return false
}

// bodyHoldings are what a body has and a person seldom does.
var bodyHoldings = set("clients", "customers", "members", "shares", "shareholders", "board", "staff",
	"employees", "workforce", "website", "headquarters", "profits", "profit", "revenue", "subsidiary",
	"stores", "branches", "offices", "chief")

// companyNouns stand before an organisation's name ("energy company Enel").
var companyNouns = set("company", "firm", "group", "giant", "operator", "utility", "regulator",
	"maker", "insurer", "lender", "carrier", "broker", "shipbroker", "developer", "retailer",
	"airline", "bank", "agency", "charity", "manufacturer", "supplier", "producer", "startup",
	"start-up", "conglomerate", "organisation", "organization", "association", "brokerage",
	"consultancy", "housebuilder", "publisher", "investor", "fund", "watchdog", "thinktank", "think-tank")

// orgPrefix: tokens [a, b) begin an organisation's name met before.
func (d *doc) orgPrefix(a, b int) bool {
	if !d.orgsRead {
		d.orgsRead = true // the organisation runs, listed once per text
		for i := range d.runs {
			if d.runs[i].isOrg {
				d.orgRuns = append(d.orgRuns, int32(i))
			}
		}
	}
	for _, i := range d.orgRuns {
		r := &d.runs[i]
		if r.a >= a {
			break
		}
		if r.b-r.a <= b-a {
			continue
		}
		same := true
		for k := 0; k < b-a && same; k++ {
			same = d.toks[r.a+k].low == d.toks[a+k].low
		}
		if same {
			return true
		}
	}
	return false
}

// titleGender is the gender the titles before a name give, 0 if none.
func titleGender(ts []token) byte {
	for i := range ts {
		switch ts[i].low {
		case "mr", "mr.":
			return 'm'
		case "mrs", "mrs.", "ms", "ms.", "miss":
			return 'f'
		}
	}
	return 0
}

// spokenNamesake: of the other people the mention [a, b) could name, the
// only one who has already spoken, if p has not.
func (d *doc) spokenNamesake(p *person, a, b int) *person {
	var only *person
	for _, q := range d.people {
		if q == p || !q.spoke || !d.partOf(q, a, b) {
			continue
		}
		if only != nil {
			return nil
		}
		only = q
	}
	return only
}

// matchPersonGender is matchPerson among the people of gender g or of
// no known gender, those of gender g first.
func (d *doc) matchPersonGender(a, b int, g byte) *person {
	var best *person
	for _, p := range d.people {
		if (p.gender == g || p.gender == 0) && d.partOf(p, a, b) && (best == nil || p.gender == g && best.gender != g) {
			best = p
		}
	}
	return best
}

// fullNameBefore finds the latest two- or three-word name run before token
// a, not taken for a person, that ends in a's word and has a name's shape
// once the words before it are not read as a place's ("to Radek Wierzba").
func (d *doc) fullNameBefore(a int) *nameRun {
	var found *nameRun
	low := d.toks[a].low
	for i := range d.runs {
		r := &d.runs[i]
		if r.b > a {
			break
		}
		if n := r.b - r.a; n < 2 || n > 3 || r.isOrg || r.person != nil || d.toks[r.b-1].low != low {
			continue
		}
		if d.evidence(r, false) || !d.toks[r.a].sentStart && !d.isPlaceRun(r) && !d.toks[r.a].in(lxNotNames) && !d.gHas(d.toks[r.a].low) {
			found = r // "a strike to Marquise Dell" ... "Dell said": a name, though "marquise" is a word
		}
	}
	return found
}

// onlyNamedInPara returns the one person named outside quotations in at's
// paragraph before at, or nil if there is none or more than one.
func (d *doc) onlyNamedInPara(at int) *person {
	para := d.toks[at].para
	pos := int(d.toks[at].s)
	var only *person
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start >= pos {
				continue
			}
			if i := d.tokAt(m.Start); d.toks[i].para == para && !d.toks[i].inQuote {
				if only != nil && only != p {
					return nil
				}
				only = p
			}
		}
	}
	return only
}

// paraSubject: p is named, with no title of gender, in
// the first sentence of the paragraph of token at, before its verb; that
// sentence holds no quotation and no pronoun of gender g, and token at is
// in the sentence after it.
func (d *doc) paraSubject(p *person, at int, g byte) bool {
	lo := d.tokAt(d.paraStart(at, 0))
	if d.sents[at] != d.sents[lo]+1 {
		return false
	}
	for _, m := range p.mentions {
		i := d.tokAt(m.Start)
		if i < lo || i >= at || d.sents[i] != d.sents[lo] {
			continue
		}
		if titleGender(d.toks[max(i-1, 0):i]) != 0 {
			return false
		}
		for k := lo; k < i; k++ {
			if d.toks[k].kind == tMark || d.toks[k].speech || d.toks[k].kind == tWord && !d.toks[k].cap && auxWord(d.toks[k].low) {
				return false
			}
		}
		for k := i; k < at && d.sents[k] == d.sents[lo]; k++ {
			if d.toks[k].kind == tMark || g == 'm' && d.toks[k].is("he", "his", "him", "himself") || g == 'f' && d.toks[k].is("she", "her", "hers", "herself") {
				return false
			}
		}
		return true
	}
	return false
}

// afterDash: token a opens the story after a dateline ("LIMA
// (Reuters) — Researchers said").
func (d *doc) afterDash(a int) bool {
	if a < 2 || !d.toks[a-1].is("—", "–", "-") {
		return false
	}
	for k := a - 2; k >= 0 && k >= a-8; k-- {
		if d.toks[k].sentStart {
			return (d.toks[k].cap || d.toks[k].text[0] >= '0' && d.toks[k].text[0] <= '9') && d.afterDateline(k, a) == a // (and a live blog's "18:40 JST —")
		}
	}
	return false
}

// mentionSurname adds the mentions of a person found late (as a speaker).
func (d *doc) mentionSurname(p *person) {
	for i := range d.runs {
		r := &d.runs[i]
		if r.person == nil && !r.isOrg && r.b-r.a == 1 && d.toks[r.a].low == p.surname() {
			r.person = p
			d.notePerson(r)
		}
	}
}

// questionerBefore: the name at token i is the agent of an opener that
// questions the subject of its sentence, which token at follows ("Under
// cross-examination by ... Naomi Achebe-Ward KC, he accepted"): not the
// one the pronoun at names.
func (d *doc) questionerBefore(i, at int) bool {
	a, b := d.sentRange(i)
	if at >= b || !d.toks[a].is("under", "questioned", "asked", "pressed", "challenged", "cross-examined", "interviewed") {
		return false
	}
	for k := a + 1; k < i && k < a+4; k++ {
		if d.toks[k].is("by") {
			for c := i + 1; c < at; c++ {
				if d.toks[c].text == "," {
					return true // the name is in the opener, set off before the subject
				}
			}
			return false
		}
	}
	return false
}

// resolvePronoun picks the person a he, she or they refers to: someone
// named earlier in the same paragraph, else the last speaker who fits,
// else the last person named who fits.
func (d *doc) resolvePronoun(g byte, at int) speaker {
	if g == 'p' {
		if d.last.name != "" && d.last.p == nil {
			return d.last // an organisation or a group spoke before
		}
		return speaker{}
	}
	fits := func(p *person) bool { return p != nil && !p.byline && (p.gender == 0 || p.gender == g) }
	para := d.toks[at].para
	lo := d.paraStart(at, 0)
	// "Winger Jayden Moala was being assessed, he said.": a tail's
	// pronoun is not someone its own clause talks about (but in "prices
	// were, he says, ..." it is the sentence's subject).
	tail := at >= 2 && d.toks[at-2].text == "," && d.word(at-1) && isPronoun(d.toks[at-1].low) && !d.toks[at-2].inQuote && (at+1 >= len(d.toks) || d.toks[at+1].isEnd())
	var best *person
	bestPos := -1
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start >= int(d.toks[at].s) || m.Start <= bestPos || m.Start < lo || !fits(p) {
				continue
			}
			if tail && d.sents[d.tokAt(m.Start)] == d.sents[at] {
				continue
			}
			// Someone named inside a quotation is talked about, not
			// talking: "The rest came back to Mr Al-Masri," he said.
			if i := d.tokAt(m.Start); int(d.toks[i].para) == int(para) && !d.toks[i].inQuote && !d.objectAt(i) && !d.inReported(m.Start) && !d.kinOwner(m) && !d.questionerBefore(i, at) {
				best, bestPos = p, m.Start
			}
		}
	}
	if best != nil {
		return speaker{name: best.name, p: best}
	}
	if o := d.openingBefore(at); o >= 0 {
		if sp := d.askedBeforePara(o); fits(sp.p) {
			return sp // "The judge asked Ms Ostrowski whether ... / \"They did,\" she said."
		}
	}
	if d.last.p == nil && d.last.name != "" && (d.toks[d.lastAt].para == para || d.toks[d.lastAt].para+1 == para && !d.namedBetween(d.lastAt, at) && (singular(d.last.name) || kinGender[roleHead(d.last.name)] != 0) && !strings.HasSuffix(roleHead(d.last.name), "s")) && unnamedPerson(d.last.name) {
		// "Her neighbor ... said he watched the funnel. \"...,\" he said.":
		// the unnamed person who just spoke, with nobody named between.
		return d.last
	}
	if p := d.roleInPara(at, fits); p != nil {
		return speaker{name: p.name, p: p} // "The owner paused. \"...,\" he said."
	}
	if p := d.onlyNamedInPara(at); p != nil && p.listed && p == d.last.p {
		// "Chen said ... \"...,\" she said.": the one person of the
		// paragraph, who just spoke, though a name list guessed "he".
		return d.last
	} else if p != nil && p.listed && d.paraSubject(p, at, g) {
		// "His neighbour, Rana Tufail, who runs a shoe shop, was more
		// measured. \"...,\" he said.": the one person of the paragraph,
		// its subject, though a name list guessed "she".
		return speaker{name: p.name, p: p}
	}
	if p := d.subjectSince(at, true); fits(p) && p != d.last.p && d.lastMention(p, int(d.toks[at].s)) > int(d.toks[d.lastAt].s) && !(tail && d.sents[d.tokAt(d.lastMention(p, int(d.toks[at].s)))] == d.sents[at]) {
		// The subject of a sentence since the last speaker spoke (not
		// "Ms Lewis's mother, Gwen Lewis, read ...": the mother is).
		return speaker{name: p.name, p: p}
	}
	if p := d.roleSubjectBefore(at); fits(p) {
		// "The veteran guard was having none of it. \"...,\" he said.":
		// the person the role that opens the sentence before refers to
		// (who may have spoken last: "The Sri Lanka skipper was asked
		// about fast bowler Asitha Perera. \"...,\" he said.").
		return speaker{name: p.name, p: p}
	}
	if p := d.namedParaBefore(d.quoteOpening(at), fits); p != nil && p != d.last.p {
		// "Across the road, retired teacher Jim Boyle was clearing his
		// garden. \"...,\" he said.": the person the paragraph before
		// is about, when it quotes nobody.
		return speaker{name: p.name, p: p}
	}
	if fits(d.last.p) {
		return d.last
	}
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start < int(d.toks[at].s) && m.Start > bestPos && fits(p) {
				best, bestPos = p, m.Start
			}
		}
	}
	if best != nil {
		return speaker{name: best.name, p: best}
	}
	return speaker{}
}

// lastWitness: the person who spoke last before token at and is no
// lawyer or judge: in a trial, the witness the lawyers question.
func (d *doc) lastWitness(at int) *person {
	pos := int(d.toks[at].s)
	var best *person
	bestAt := -1
	for _, qs := range [2][]quote{d.quotes, d.reported} {
		for i := range qs {
			q := &qs[i]
			if p := q.sp.p; p != nil && q.start < pos && q.start > bestAt && !courtOfficer(p) {
				best, bestAt = p, q.start
			}
		}
	}
	return best
}

// courtOfficer: p is described as a lawyer or a judge.
func courtOfficer(p *person) bool {
	for _, w := range p.desc {
		switch w {
		case "lawyer", "barrister", "prosecutor", "attorney", "counsel", "solicitor", "kc", "qc", "sc", "judge", "justice", "magistrate", "coroner", "prosecutors", "lawyers":
			return true
		}
	}
	return false
}

// kinOwner: the mention m is followed by "'s" and a relative or a role
// ("Hamada's son"): the one who speaks next is that person, not m's.
func (d *doc) kinOwner(m Span) bool {
	k := d.tokAt(m.End - 1)
	for k+1 < len(d.toks) && int(d.toks[k+1].s) < m.End {
		k++
	}
	if k+2 >= len(d.toks) || d.toks[k+1].low != "'s" {
		return false
	}
	n := &d.toks[k+2]
	return n.kind == tWord && !n.cap && (n.in(lxKin) || personNouns[n.low] || n.in(lxTitles))
}

// inReported: the character at pos is inside reported speech found so
// far ("Park said the younger Choi had ..."): someone talked about.
func (d *doc) inReported(pos int) bool {
	for i := range d.reported {
		if q := &d.reported[i]; q.start <= pos && pos < q.end {
			return true
		}
	}
	return false
}

// nameSetOff reads a name set off by the comma at token c and ending its
// clause (", Fiona MacAskill." or ", Dr Li Wei,"); one word only at the
// end of a sentence, and no ordinary word or place (", Fahmi.").
func (d *doc) nameSetOff(c int) ref {
	if c >= len(d.toks) || d.toks[c].text != "," {
		return ref{}
	}
	a := c + 1
	b := a
	for b < len(d.toks) && d.word(b) && d.toks[b].para == d.toks[c].para && (d.toks[b].cap || d.toks[b].in(lxParticles) && b > a) && d.toks[b].low != "'s" {
		b++
	}
	if b-a < 1 || d.toks[a].in(lxNotNames) && !d.toks[a].in(lxTitles) {
		return ref{}
	}
	if b < len(d.toks) && d.toks[b].para == d.toks[c].para && !d.toks[b].is(",", ".", ";") {
		return ref{}
	}
	if b-a == 1 {
		// "said Walhi's regional director, Fahmi.": one name, and no
		// ordinary word or place
		if d.toks[a].allCaps || d.isCommon(a) || d.gHas(d.toks[a].low) || d.toks[a].in(lxTitles) || b < len(d.toks) && d.toks[b].text != "." {
			return ref{}
		}
		return ref{kind: 'n', a: a, b: b}
	}
	if p := d.matchPerson(a, b); p == nil && !d.gGiven(d.toks[a].low) && !d.toks[a].in(lxTitles) {
		return ref{}
	}
	return ref{kind: 'n', a: a, b: b}
}

// speakerIn: a quotation that opens among tokens [a, b) has a speaker
// (not "carried a sign reading \"...\"").
func (d *doc) speakerIn(a, b int) bool {
	for i := range d.quotes {
		if q := &d.quotes[i]; q.oi >= a && q.oi < b && (!q.done || q.sp.name != "") {
			return true
		}
	}
	return false
}

// closedBefore: the last quotation (not nested in another) that closes
// before token at, or nil.
func (d *doc) closedBefore(at int) *quote {
	for i := len(d.quotes) - 1; i >= 0; i-- {
		if q := &d.quotes[i]; q.ci >= 0 && q.ci < at && !q.nested {
			return q
		}
	}
	return nil
}

// openingBefore: the opening mark of the quotation that closes just
// before token at in its paragraph and opens that paragraph, or -1.
func (d *doc) openingBefore(at int) int {
	if q := d.closedBefore(at); q != nil && d.toks[q.ci].para == d.toks[at].para && q.oi > 0 && d.toks[q.oi-1].para != d.toks[q.oi].para {
		return q.oi
	}
	return -1
}

// quoteOpening: the opening mark of a quotation over several paragraphs
// that closes in the paragraph of token at, just before it ("\"...\n\n
// \"...,\" he said"), or at.
func (d *doc) quoteOpening(at int) int {
	if q := d.closedBefore(at); q != nil && d.toks[q.ci].para == d.toks[at].para && d.toks[q.oi].para < d.toks[at].para {
		return q.oi
	}
	return at
}

// namedParaBefore: the last person who fits named in the paragraph before
// at's, outside quotations and not as a preposition's object, when that
// paragraph quotes nobody and comes after the last speaker spoke.
func (d *doc) namedParaBefore(at int, fits func(*person) bool) *person {
	para := d.toks[at].para
	if para == 0 || d.last.name != "" && d.toks[d.lastAt].para >= para-1 {
		return nil
	}
	a := at
	for a > 0 && d.toks[a-1].para >= para-1 {
		a--
	}
	if d.toks[a].para != para-1 {
		return nil
	}
	e := a
	for e < len(d.toks) && d.toks[e].para == para-1 {
		e++
	}
	if d.speakerIn(a, e) {
		return nil
	}
	var best *person
	bestPos := -1
	lo, hi := int(d.toks[a].s), int(d.toks[at].s)
	for _, p := range d.people {
		if !fits(p) {
			continue
		}
		for _, m := range p.mentions {
			if m.Start >= lo && m.Start < hi && m.Start > bestPos {
				if i := d.tokAt(m.Start); d.toks[i].para == para-1 && !d.objectAt(i) {
					best, bestPos = p, m.Start
				}
			}
		}
	}
	return best
}

// resolveRole finds the person earlier described by the role ("the
// Ukrainian leader" -> the person introduced as Ukrainian President); a role
// nobody fits stays as written.
func (d *doc) resolveRole(r ref, at int) speaker {
	var modBuf [8]string // on the stack: roles have few words
	mods := modBuf[:0]
	hb := r.b // the role's noun ends before its own phrase: "operators in Kaikōura"
	for k := r.a + 1; k < r.b-1 && !(r.b-2 > r.a && !d.toks[r.b-1].cap && d.toks[r.b-2].cap); k++ {
		// (but "the University of Southampton oceanographer" is an oceanographer)
		if d.toks[k].is("in", "at", "from", "of", "for", "with", "to", "on") && !d.toks[k].cap || k > r.a+1 && !d.toks[k].cap && strings.HasSuffix(d.toks[k].low, "ing") && peoplePlurals[d.toks[k-1].low] {
			hb = k // (and "commissioners running Birmingham City Council")
			break
		}
	}
	head := d.toks[hb-1].low
	for k := r.a; k < hb-1; k++ {
		if low := d.toks[k].low; !isDet(low) && low != "'s" && low != "former" && d.toks[k+1].low != "'s" {
			mods = append(mods, low)
		}
	}
	if r.b-r.a == 2 && d.toks[r.a].is("the") && (head == "defence" || head == "defense" || head == "prosecution") {
		return speaker{name: d.asWritten(r.a, r.b)} // "The defence says": a side in court, not the accused
	}
	if r.b-r.a == 2 && d.toks[r.a].is("the") && d.toks[r.a+1].is("corporation", "council", "ministry", "department", "municipality", "authority", "agency", "center", "centre") {
		return speaker{name: d.asWritten(r.a, r.b)} // "The corporation said": the body, not its commissioner
	}
	if mediaHeads[head] && d.toks[r.a].is("the") && d.last.name != "" && d.toks[d.lastAt].para+1 >= d.toks[at].para && d.sents[d.lastAt] != d.sents[at] {
		return d.last // "The operator said on X that ... '...,' the post said."
	}
	if n := d.nameSetOff(r.b); n.kind != 0 && at < r.a {
		return d.resolveName(n) // "said the chair of the judges, Fiona MacAskill."
	}
	if p := d.spouseOfLast(r); p != nil {
		return speaker{name: p.name, p: p} // "Cheryl and Dwayne Hutchins ... Cheryl Hutchins said ... Her husband said"
	}
	if p := d.relativeNamedNext(r, at); p != nil {
		return speaker{name: p.name, p: p} // "Bridie Hourigan ... , her daughter told the Irish Examiner. / \"...,\" said Siobhán Hourigan"
	}
	if r.b+2 < len(d.toks) && d.toks[r.b].text == "," && at < r.a {
		e := r.b + 2
		for e < len(d.toks) && e < r.b+14 && (d.word(e) || d.toks[e].kind == tMark) && d.toks[e].para == d.toks[r.b].para {
			e++
		}
		if n := d.nameGivenAs(r.b+1, e); n.kind != 0 {
			return d.resolveName(n) // "said the battalion commander, who goes by the call sign \"Kobzar.\""
		}
	}
	if d.toks[r.a].is("a", "an", "one", "another") || r.a+1 < hb && d.toks[r.a+1].is("second", "third", "other", "another") {
		// "an official said", "the second official said": someone new
		if r.b < len(d.toks) && d.toks[r.b].text == "," && !d.spokesPhrase(r.a, r.b) {
			if n := d.nameAfter(r.b); n.kind != 0 {
				return d.resolveName(n) // "said a community leader, Valentina Huamán Quispe," (not "a spokesperson for the minister, X,")
			}
		}
		if head == "judge" || head == "coroner" || head == "magistrate" {
			// "a judge said" in the lead, "Judge Catrin Morgan-Price" later:
			// a court has one.
			if p := d.onlyDescribed(head); p != nil {
				return speaker{name: p.name, p: p}
			}
			if p := d.onlyTitled(head); p != nil {
				return speaker{name: p.name, p: p} // "Coroner Helena Marchetti", though "counsel assisting the coroner" describes another
			}
		}
		if last := d.toks[r.b-1].low; d.toks[r.a].is("one") && r.a+1 < r.b && d.toks[r.a+1].is("of") && strings.HasSuffix(last, "s") {
			// "One of the organisers ... said", then "The organiser,
			// Mustafa al-Zubaidi,": the one role-holder named.
			if p := d.onlyDescribed(last[:len(last)-1]); p != nil {
				return speaker{name: p.name, p: p}
			}
		}
		if d.toks[r.a].is("a", "an") && d.toks[r.a].sentStart && d.leadParagraph(r.a) {
			if p := d.namedNext(at); p != nil && (personNouns[head] || tradeNoun(head) || roleNoun(head)) && fitsGender(p, descGender(wordSet{head})) {
				return speaker{name: p.name, p: p} // the lead's "A woman from County Tyrone ... has said", named in the next paragraph
			}
		}
		return speaker{name: d.asWritten(r.a, r.b)} // "an official said": someone new
	}
	if p := d.theInitials(r); p != nil {
		return speaker{name: p.name, p: p} // "the CJP remarked"
	}
	for k := r.a; k < r.b; k++ {
		if d.toks[k].low == "'s" && k > r.a && d.toks[k-1].cap && !d.gHas(d.toks[k-1].low) && !d.toks[k-1].in(lxOrgWords) {
			// "Lind's spokesman" is someone else than Lind; "Poland's
			// finance minister" is a role like any other.
			return speaker{name: d.asWritten(r.a, r.b)}
		}
	}
	var best *person
	bestPos := -1
	exact := false // someone's own words for them are this role ("Gov." for "the governor")
	for _, p := range d.people {
		exact = exact || p.desc.has(head) && describes(p, head, mods)
	}
	for _, p := range d.people {
		if !describes(p, head, mods) || exact && !p.desc.has(head) {
			continue
		}
		for _, m := range p.mentions {
			if m.Start < int(d.toks[at].s) && m.Start > bestPos {
				best, bestPos = p, m.Start
			}
		}
	}
	if sp, pos := d.unnamedBefore(head, at, d.toks[r.a].is("the") && r.b-r.a == 2); sp.name != "" && (pos > bestPos || !exact && lexIn(head, lxOfficials|lxUnnamedHeads)) {
		// "A spokeswoman for the department said ... the spokeswoman
		// said": the one who spoke, unnamed, since anyone with the role
		// was named.
		return sp
	}
	if best != nil {
		if p := d.turnedTo(best, head, mods, at); p != nil {
			return speaker{name: p.name, p: p}
		}
		return speaker{name: best.name, p: best}
	}
	for _, p := range d.people {
		if head != "official" && describes(p, head, mods) {
			if q := d.subjectForLater(r, head, at); q != nil {
				return speaker{name: q.name, p: q}
			}
			return speaker{name: p.name, p: p} // introduced by name later
		}
	}
	if age, ok := yearOld(head); ok && len(mods) == 0 {
		return d.resolveAge(age, at) // "the 54-year-old said"
	}
	if d.toks[r.a].is("the") && r.a+1 < r.b {
		if age, ok := yearOld(d.toks[r.a+1].low); ok {
			if p := d.onlyDescribed(head); p != nil && (p.age == 0 || p.age == age) && r.b-r.a == 3 && lexIn(head, lxKin) {
				return speaker{name: p.name, p: p} // "the 41-year-old father" for "the father, Colm Fitzgerald,"
			}
			if sp := d.resolveAge(age, at); sp.p != nil {
				return sp // "the 54-year-old mother of three said"
			}
		}
	}
	// The only person with that role, whatever the modifiers ("the finance
	// minister" for someone introduced as "the minister").
	var only *person
	several := false
	for _, p := range d.people {
		if describes(p, head, nil) {
			several = only != nil
			only = p
		}
	}
	if only == nil && head == "witness" && len(mods) == 0 && d.toks[r.a].is("the") {
		if p := d.lastWitness(at); p != nil {
			return speaker{name: p.name, p: p} // "\"That was never my job,\" the witness replied.": who answers the lawyers
		}
	}
	if several {
		if p := d.lastWithRole(r, head, at); p != nil {
			return speaker{name: p.name, p: p} // "the Welsh coach": the coach named last
		}
		return speaker{name: d.asWritten(r.a, r.b)}
	}
	if only != nil && len(mods) > 0 {
		if q := d.subjectForLater(r, head, at); q != nil && d.lastMention(only, int(d.toks[at].s)) < 0 {
			return speaker{name: q.name, p: q}
		}
		if p := d.turnedTo(only, head, mods, at); p != nil {
			return speaker{name: p.name, p: p}
		}
		return speaker{name: only.name, p: only}
	}
	if only == nil && d.toks[r.a].is("the") && r.b-r.a == 2 && d.nationalityNoun(r.b-1) {
		if p := d.fromNation(nationCountry[head], at); p != nil {
			return speaker{name: p.name, p: p} // "Girard, the 31-year-old center from Lyon ... the Frenchman replied"
		}
	}
	if only == nil && d.toks[r.a].is("the") && r.b-r.a == 2 && (personRoles[head] || d.nationalityNoun(r.b-1)) && !lexIn(head, lxUnnamedHeads) {
		if p := d.subjectSince(at, false); p != nil {
			return speaker{name: p.name, p: p} // "Adeyemi ... rose above two defenders. '...,' the striker said"
		}
	}
	if only == nil && d.describedRole(r, head) {
		// "the grandmother said", "the Minnesota native said", "the
		// former emergency physician told reporters": what the story
		// calls the person it is about, who spoke last or was just
		// named.
		if p := d.describedSubject(head, at); p != nil && (p == d.last.p || d.last.name == "" || d.lastMention(p, int(d.toks[at].s)) > int(d.toks[max(d.lastAt, 0)].s)) {
			return speaker{name: p.name, p: p}
		}
		if d.last.p != nil && d.toks[d.lastAt].para+2 >= d.toks[at].para {
			return d.last
		}
	}
	if only == nil && d.nationalRole(r) {
		// "the Spaniard said", "the Serbian center said": the person the
		// story is about, just named or who spoke last.
		if p := d.subjectSince(at, false); p != nil {
			return speaker{name: p.name, p: p}
		}
		if d.last.p != nil && d.toks[d.lastAt].para+3 >= d.toks[at].para {
			return d.last
		}
	}
	if only == nil && d.toks[r.a].is("the") && personRoles[head] && !lexIn(head, lxLeaders) && !lexIn(head, lxUnnamedHeads) {
		if p := d.namedNext(at); p != nil {
			return speaker{name: p.name, p: p} // "The founder of a collapsed solar company told jurors ..." then "Bradley Kessler, 52, is accused ..."
		}
	}
	if only == nil && d.toks[r.a].para == 0 && personRoles[head] && !lexIn(head, lxLeaders) && !lexIn(head, lxUnnamedHeads) {
		if p := d.mostNamed(); p != nil {
			return speaker{name: p.name, p: p} // a headline's "Former solar CEO testifies": the story's person
		}
	}
	if only == nil && d.toks[r.a].is("the") && (head == "spokesman" || head == "spokeswoman" || head == "spokesperson") &&
		d.last.p != nil && d.toks[d.lastAt].para+1 >= d.toks[at].para && d.lastAt < at {
		// No spokesman was introduced, so "the top government spokesman"
		// is the office-holder who just spoke ("Chief Cabinet Secretary
		// Hayashida Koichi said ... that ...; the top government
		// spokesman said: ...").
		return d.last
	}
	return speaker{name: d.asWritten(r.a, r.b)}
}

// subjectForLater: the role r describes someone the text names only later,
// but it is what a story calls the person it has just made the subject
// ("Whitlock ... hit three 3s. '...,' the veteran guard said", and "guard
// Tyrese Mallory" only later): that subject, or nil.
func (d *doc) subjectForLater(r ref, head string, at int) *person {
	if !d.describedRole(r, head) {
		return nil
	}
	return d.describedSubject(head, at)
}

// describedSubject is subjectSince for a role with the noun head, passing
// over someone given another position ("Only opener Aditya Sawant ...
// resisted. '...,' the left-arm spinner said": the subject before).
func (d *doc) describedSubject(head string, at int) *person {
	p := d.subjectSince(at, false)
	if p != nil && otherPosition(p, head) {
		p = d.subjectWithin(at, 2, false, func(q *person) bool { return !otherPosition(q, head) })
	}
	return p
}

// nationalRole: r is "the Spaniard" or "the Serbian center": a nation
// and maybe a position, nothing else.
func (d *doc) nationalRole(r ref) bool {
	if !d.toks[r.a].is("the") {
		return false
	}
	switch r.b - r.a {
	case 2:
		return d.nationalityNoun(r.a + 1)
	case 3:
		h := d.toks[r.a+2].low
		return d.demonym(r.a+1) && (personRoles[h] || sportsRoles[h])
	}
	return false
}

// describedRole: r is "the" and at most three words for a person by
// what they are ("the grandmother", "the Minnesota native", "the former
// emergency physician"), not by an office a story names its holder by.
func (d *doc) describedRole(r ref, head string) bool {
	if !d.toks[r.a].is("the") || r.b-r.a < 2 || r.b-r.a > 4 || d.toks[r.b-1].cap {
		return false
	}
	if former := d.toks[r.a+1].is("former", "retired"); lexIn(head, lxOfficials|lxLeaders|lxOrgHeads) || lexIn(head, lxUnnamedHeads) && !former || lexIn(head, lxTitles) && !personRoles[head] && !former {
		return false // but "the former care worker": what the person was
	}
	return personNouns[head] || sportsRoles[head] || roleNoun(head) || strings.Contains(head, "-of-") || head == "student" || head == "pupil"
}

// personNouns call someone by what they are.
var personNouns = set("grandmother", "grandfather", "grandma", "grandpa", "mother", "father",
	"widow", "widower", "native", "veteran", "teenager", "youngster", "rookie", "left-hander",
	"right-hander", "pensioner", "physician", "fisherman", "fisherwoman", "woman", "man",
	"girl", "boy", "survivor", "victim", "pupil", "graduate", "retiree", "newcomer", "mum", "dad",
	"newsreader", "presenter", "broadcaster", "newscaster", "anchor", "columnist", "commentator", "neighbour", "neighbor")

// sportsRoles are positions a story calls a player by.
var sportsRoles = set("all-star", "all-pro", "all-american", "athlete", "center", "centre", "guard", "forward", "striker", "midfielder", "defender",
	"goalkeeper", "pitcher", "catcher", "shortstop", "outfielder", "receiver", "linebacker",
	"golfer", "cyclist", "sprinter", "swimmer", "boxer", "fighter", "seed", "winger", "driver", "rider",
	"climber", "goaltender", "goalie", "netminder", "jockey", "skier", "runner", "batter", "bowler", "opener",
	"seamer", "paceman", "pacer", "spinner", "quick", "all-rounder", "allrounder", "keeper",
	"lock", "prop", "hooker", "flanker", "fly-half", "scrum-half", "full-back", "number-eight", "openside", "blindside")

// onlyDescribed is the one person the text describes with word, or nil
// if none or several.
func (d *doc) onlyDescribed(word string) *person {
	var only *person
	for _, p := range d.people {
		if p.desc.has(word) || hasSynonym(p.desc, word) {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	return only
}

// onlyTitled: the one person whose name the title word goes before
// ("Coroner Helena Marchetti"), or nil.
func (d *doc) onlyTitled(word string) *person {
	var only *person
	for i := range d.runs {
		r := &d.runs[i]
		if r.person == nil || r.a == 0 || !d.toks[r.a-1].cap || d.toks[r.a-1].low != word {
			continue
		}
		if only != nil && only != r.person {
			return nil
		}
		only = r.person
	}
	return only
}

// mediaHeads carry someone's words: "the statement said" is its author.
var mediaHeads = set("statement", "post", "letter", "release", "message", "tweet", "note", "email", "filing", "decision")

// personRoles are what a story calls someone it has just named, without
// having given them that role: positions in a team, and the like.
var personRoles = func() map[string]bool {
	m := set("lock", "wing", "winger", "prop", "hooker", "flanker", "fly-half", "scrum-half",
		"full-back", "teenager", "veteran", "rookie", "batsman", "batter", "bowler",
		"keeper", "skipper", "centre-back", "left-back", "right-back", "playmaker", "ceo", "cfo")
	for w := range titles {
		if !lexIn(w, lxOrgHeads) && !lexIn(w, lxOfficials) && len(w) > 3 && !strings.HasSuffix(w, ".") && !strings.HasSuffix(w, "'s") {
			m[w] = true
		}
	}
	return m
}()

// namedNext: before token at no one is named, and the next paragraph
// opens with a person's name: the one a lead's role introduces.
func (d *doc) namedNext(at int) *person {
	s := at
	for s < len(d.toks) && d.toks[s].para == d.toks[at].para {
		s++
	}
	if s == len(d.toks) {
		return nil
	}
	pos, first := int(d.toks[at].s), int(d.toks[s].s)
	var next *person
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start < pos {
				return nil
			}
			if m.Start == first {
				next = p // the first word of the next paragraph
			}
		}
	}
	return next
}

// fitsGender: p may be of gender g ('m', 'f', or 0 for either).
func fitsGender(p *person, g byte) bool { return g == 0 || p.gender == 0 || p.gender == g }

// leadParagraph: token k is in the story's first paragraph after its
// headline (the first two paragraphs of the text).
func (d *doc) leadParagraph(k int) bool { return d.toks[k].para <= 1 }

// mostNamed is the person the text names most often, nil if two tie.
func (d *doc) mostNamed() *person {
	var best *person
	n, tie := 0, false
	for _, p := range d.people {
		switch m := len(p.mentions); {
		case m > n:
			best, n, tie = p, m, false
		case m == n:
			tie = true
		}
	}
	if tie || n < 3 {
		return nil
	}
	return best
}

// lastWithRole picks, among several people with the role's noun, the one
// named last before at, when all the role's other words are capitalised,
// nationalities or teams ("the Welsh coach", "the All Blacks coach"),
// which the text may never have tied to a person.
func (d *doc) lastWithRole(r ref, head string, at int) *person {
	for k := r.a; k < r.b-1; k++ {
		if t := &d.toks[k]; !t.is("the") && !t.cap {
			return nil // nationalities and teams only: "the Welsh coach", "the All Blacks coach"
		}
	}
	var best *person
	bestPos := -1
	for _, p := range d.people {
		if !describes(p, head, nil) {
			continue
		}
		if m := d.lastMention(p, int(d.toks[at].s)); m > bestPos {
			best, bestPos = p, m
		}
	}
	return best
}

// subjectSince is the person last named as the subject of a sentence,
// outside quotations, in at's paragraph or the one before, when no one
// else has been named since but as the object of a preposition; with
// notPossessive, not a possessive ("Ms Lewis's mother, Gwen Lewis,
// read ...": for a pronoun, the mother).
func (d *doc) subjectSince(at int, notPossessive bool) *person {
	return d.subjectWithin(at, 1, notPossessive, nil)
}

// subjectWithin is subjectSince over back paragraphs before at's, among
// the people fits accepts (all if nil).
func (d *doc) subjectWithin(at, back int, notPossessive bool, fits func(*person) bool) *person {
	pos, para := int(d.toks[at].s), d.toks[at].para
	lo := d.paraStart(at, back) // mentions before cannot count
	var best *person
	bestPos := -1
	for _, p := range d.people {
		if fits != nil && !fits(p) {
			continue
		}
		for _, m := range p.mentions {
			if m.Start >= pos || m.Start <= bestPos || m.Start < lo {
				continue
			}
			i := d.tokAt(m.Start)
			if t := &d.toks[i]; t.inQuote || t.para+int32(back) < para || !d.subjectAt(i) || notPossessive && d.possessiveAt(m.Start) {
				continue
			}
			best, bestPos = p, m.Start
		}
	}
	return best
}

// otherPosition: p was given a position in a team other than head ("opener
// Aditya Sawant" is not "the left-arm spinner").
func otherPosition(p *person, head string) bool {
	if !sportsRoles[head] {
		return false
	}
	for _, w := range p.desc {
		if w != head && sportsRoles[w] {
			return true
		}
	}
	return false
}

// roleSubjectBefore: the sentence before the one holding at opens with
// "The" and a role that resolves to a person, and holds no quotation:
// that person, or nil.
func (d *doc) roleSubjectBefore(at int) *person {
	a, _ := d.sentRange(at)
	if a == 0 {
		return nil
	}
	s, e := d.sentRange(a - 1)
	if d.toks[s].para+1 < d.toks[at].para || !d.toks[s].is("the") || d.marksIn(s, e) {
		return nil
	}
	r := d.sentenceSubject(s, e)
	if r.kind != 'r' || r.a != s || r.b-r.a > 4 {
		return nil
	}
	return d.resolveRole(r, r.a).p
}

// turnedTo: the role at at, which fits holder, is rather the person the
// sentence just before is about, whom nothing describes otherwise and who
// was named after holder ("Kreuzer struck a more conciliatory tone. ...,
// the SPD co-chair said": not the other co-chair); or nil.
func (d *doc) turnedTo(holder *person, head string, mods []string, at int) *person {
	p := d.prevSentSubject(at)
	if p == nil || p == holder || len(p.desc) > 0 && !describes(p, head, mods) {
		return nil
	}
	pos := int(d.toks[at].s)
	if d.lastMention(holder, pos) > d.lastMention(p, pos) {
		return nil
	}
	return p
}

// prevSentSubject: the person named as the subject of the sentence just
// before at's, in the same paragraph, which quotes nobody; or nil.
func (d *doc) prevSentSubject(at int) *person {
	a, _ := d.sentRange(at)
	if a == 0 || d.toks[a-1].para != d.toks[at].para {
		return nil
	}
	s, e := d.sentRange(a - 1)
	if d.marksIn(s, e) {
		return nil
	}
	for k := s; k < e; k++ {
		if d.usedVerb[k] || d.toks[k].speech {
			return nil // "Rokaya said ... The official said": someone else
		}
	}
	for _, p := range d.people {
		for _, m := range p.mentions {
			if i := d.tokAt(m.Start); i >= s && i < e && !d.toks[i].inQuote && d.subjectAt(i) {
				return p
			}
		}
	}
	return nil
}

// subjectAt: the name at token i opens its sentence, after at most a
// few capitalised or title words ("Scotland captain Iain Drummond").
func (d *doc) subjectAt(i int) bool {
	if i > 1 && d.toks[i-1].text == "," {
		// "The company's chief executive, Anna Berg, said": the name
		// set off after the role that opens the sentence; not a relative
		// ("Kovalchuk's daughter, Daryna,"), who is rarely the one a role
		// refers to.
		if d.toks[i-2].in(lxKin) {
			return false
		}
		for k := i - 2; k >= 0 && k > i-8 && d.word(k); k-- {
			if t := &d.toks[k]; t.speech || t.is("and", "but", "who", "which") {
				return false
			} else if t.sentStart {
				return true
			}
		}
		return false
	}
	for k := i; k > i-6 && k >= 0; k-- {
		t := &d.toks[k]
		if t.sentStart || d.afterDash(k) {
			return true // "MELBOURNE, Australia (AP) — Carlos Alcaraz came ...", "Sri Lanka head coach Nigel Pemberton"
		}
		if k < i && k > 0 && t.text == "," && d.toks[k+1].cap {
			return d.openingAdjunct(k) // "On a pitch that had started to turn, Saurashtra's Harshil Vaghela produced"
		}
		if k < i && !(t.kind == tWord && (t.cap || t.in(lxTitles) || roleNoun(t.low) || t.in(lxKin) || t.is("head", "assistant", "senior", "former", "deputy"))) &&
			!(t.low == "'s" && k > 0 && d.toks[k-1].cap) { // "Saurashtra's Harshil Vaghela produced"
			return false
		}
	}
	return false
}

// openingAdjunct: the sentence opens with a prepositional phrase that ends
// with the comma at c, and holds no quotation or speech before it.
func (d *doc) openingAdjunct(c int) bool {
	for k := c - 1; k >= 0 && k > c-30; k-- {
		t := &d.toks[k]
		if t.sentStart && t.kind == tWord && t.cap && !t.inQuote && t.para == d.toks[c].para && d.opener(k) {
			return true // "Speaking at his press conference on Tuesday, Villa manager Aitor Larrazábal refused"
		}
		if !d.word(k) && t.text != "," || t.speech || t.inQuote || t.para != d.toks[c].para {
			return false
		}
		if t.sentStart {
			return t.in(lxClausePreps) && t.cap
		}
	}
	return false
}

// paraStart is the first character of the paragraph back paragraphs
// before token at's.
func (d *doc) paraStart(at, back int) int {
	toks, k := d.toks, at // locals, not reloaded at each step
	para := toks[at].para
	for k > 0 && toks[k-1].para+int32(back) >= para {
		k--
	}
	return int(toks[k].s)
}

// possessiveAt: the name that starts at character pos is a possessive
// ("Ms Lewis's mother").
func (d *doc) possessiveAt(pos int) bool {
	e := d.tokAt(pos)
	for e < len(d.toks) && d.word(e) && d.toks[e].cap {
		e++
	}
	return e < len(d.toks) && d.toks[e].low == "'s"
}

// nationCountry gives the country of a nation's noun for a person.
var nationCountry = map[string]string{
	"frenchman": "FR", "frenchwoman": "FR", "spaniard": "ES", "dane": "DK", "swede": "SE", "finn": "FI",
	"pole": "PL", "turk": "TR", "dutchman": "NL", "kiwi": "NZ", "argentine": "AR", "filipino": "PH",
	"filipina": "PH", "serb": "RS", "croat": "HR", "czech": "CZ", "greek": "GR", "swiss": "CH",
	"irishman": "IE", "briton": "GB", "scot": "GB", "scotsman": "GB", "welshman": "GB", "englishman": "GB",
}

// fromNation finds the one person named before token at whose description
// holds a place in country cc ("the 31-year-old center from Lyon" for "the
// Frenchman"), or nil.
func (d *doc) fromNation(cc string, at int) *person {
	if cc == "" {
		return nil
	}
	var only *person
	for _, p := range d.people {
		if len(p.mentions) == 0 || p.mentions[0].Start >= int(d.toks[at].s) {
			continue
		}
		from := false
		for _, w := range p.desc {
			for c := d.entry(&d.g.keys, w).head; c >= 0 && !from; c = d.g.cands[c].next {
				from = d.g.placeCountry(d.g.cands[c].place) == cc
			}
		}
		if from {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	return only
}

// roleSynonyms are the other words a text gives a role's holder by
// ("Justice Rachel Fenwick" is "the judge", "Rep. Gerardo Malvar" "the
// congressman").
var roleSynonyms = map[string][]string{
	"judge":         {"justice", "magistrate"},
	"congressman":   {"representative"},
	"congresswoman": {"representative"},
	"lawmaker":      {"representative", "senator", "congressman", "congresswoman", "mp", "mla", "msp", "mep", "td", "mk", "legislator", "deputy"},
	"legislator":    {"representative", "senator", "mp", "mla", "msp", "mep", "td", "mk", "lawmaker"},
	"skipper":       {"captain"},
	"captain":       {"skipper"},
	"pacer":         {"seamer", "bowler", "quick"},
	"seamer":        {"pacer", "bowler"},
	"attorney":      {"lawyer", "counsel"},
	"lawyer":        {"attorney", "counsel", "barrister", "solicitor"},
	"member":        {"mp", "msp", "mla", "mep", "mpp", "td", "mk"},
	"deputy":        {"td"},                                    // "the Sinn Féin deputy" after "Local TD Pádraig Ó Ceallaigh"
	"democrat":      {"mp", "councillor", "msp", "mla", "mep"}, // "The Liberal Democrat" after "The local MP, Rosalind Carne"
	"conservative":  {"mp", "councillor", "msp", "mla", "mep"},
	"tory":          {"mp", "councillor", "msp", "mla", "mep"},
	"chief":         {"commissioner", "secretary", "minister", "director", "omanhene", "nana", "oba", "ooni", "chieftain"},
	"ruler":         {"sarkin", "emir", "oba", "ooni", "sultan", "omanhene", "nana", "chief", "king"}, // "the traditional ruler" for "The Sarkin Dei-Dei, Alhaji Usman Danjuma"
	"pastor":        {"rev.", "rev", "reverend"},
	"doctor":        {"dr", "dr."},
	"reporter":      {"journalist", "correspondent"},
	"journalist":    {"reporter", "correspondent"},
	"priest":        {"rev.", "rev", "reverend", "fr", "fr.", "father"},
	"vicar":         {"rev.", "rev", "reverend"},
	"boss":          {"manager", "coach", "chief", "head"},
	"spokesman":     {"spokesperson"},
	"spokeswoman":   {"spokesperson"},
	"spokesperson":  {"spokesman", "spokeswoman"},
	"manager":       {"boss"},
}

func hasSynonym(desc wordSet, head string) bool {
	if len(desc) == 0 || !synonymHeads.has(head) {
		return false // most heads: no map lookup (resolveRole asks once per person)
	}
	if medicHeads[head] {
		// "the consultant" for "Her cardiologist, Dr Sunita Raghavan"
		for _, w := range desc {
			if medicHeads[w] || specialists[w] {
				return true
			}
		}
	}
	for _, w := range roleSynonyms[head] {
		if desc.has(w) {
			return true
		}
	}
	return false
}

// synonymHeads holds the shapes of the heads hasSynonym knows.
var synonymHeads = func() (s shapeSet) {
	for w := range medicHeads {
		s.add(w)
	}
	for w := range roleSynonyms {
		s.add(w)
	}
	return s
}()

// medicHeads are words for a doctor.
var medicHeads = set("doctor", "consultant", "physician", "specialist", "surgeon", "medic", "clinician", "gp")

// specialists are doctors by their field.
var specialists = set("cardiologist", "oncologist", "neurologist", "radiologist", "gynaecologist",
	"gynecologist", "dermatologist", "urologist", "nephrologist", "gastroenterologist",
	"haematologist", "hematologist", "anaesthetist", "anesthetist", "anaesthesiologist",
	"anesthesiologist", "paediatrician", "pediatrician", "psychiatrist", "obstetrician",
	"neurosurgeon", "intensivist", "pulmonologist", "rheumatologist", "endocrinologist")

// unnamedBefore finds the last speaker before token at who is a role
// nobody named, with head as its noun ("a spokeswoman for the
// department", "a senior Commission official"), and where they spoke.
func (d *doc) unnamedBefore(head string, at int, the bool) (speaker, int) {
	// "the delegates": a group that spoke before, as the text first
	// called it ("four OPEC+ delegates").
	group := the && (len(head) > 3 && head[len(head)-1] == 's' && (lexIn(head[:len(head)-1], lxUnnamedHeads) || head == "delegates") || head == "people")
	// Other roles only as "the manager" for someone who spoke unnamed as
	// "a senior nurse manager at the hospital".
	spokeOnly := !lexIn(head, lxUnnamedHeads) && !medicHeads[head] && !group
	if spokeOnly && (!the || mediaHeads[head]) { // "the release" stays as written
		return speaker{}, -1
	}
	pos := int(d.toks[at].s)
	var found speaker
	best := -1
	see := func(q *quote) {
		if q.done && q.sp.p == nil && q.start < pos && q.start > best && ((singular(q.sp.name) || group && !strings.HasPrefix(strings.ToLower(q.sp.name), "the ")) && roleHead(q.sp.name) == head || oneOf(q.sp.name) && strings.HasSuffix(strings.ToLower(q.sp.name), " "+head+"s")) {
			found, best = q.sp, q.start
		}
	}
	for i := range d.quotes {
		see(&d.quotes[i])
	}
	for i := range d.reported {
		see(&d.reported[i])
	}
	if spokeOnly {
		return found, best
	}
	// "One EU official, who was involved in drafting the text, rejected
	// that account. According to the official, ...": introduced without
	// speaking.
	for k := at - 1; k > 0 && int(d.toks[k].s) > best; k-- {
		t := &d.toks[k]
		if t.low != head || t.inQuote || !d.word(k) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3 && d.word(j); j-- {
			if d.toks[j].is("a", "an", "one", "another") {
				if d.toks[j].cap && !d.toks[j].sentStart || j > 1 && d.toks[j-1].text == "," && d.word(j-2) && d.toks[j-2].cap {
					break // "Stacy Okafor, an analyst at Bernstein": someone named
				}
				e := k + 1
				if e < len(d.toks) && d.toks[e].is("for", "of", "at", "with", "in", "from", "to", "familiar", "close", "involved", "briefed") {
					// "a person familiar with the matter", "an adviser to
					// President Étienne Roussel": the words that say which.
					for e < len(d.toks) && e < k+9 && d.word(e) && !d.toks[e].speech && !auxWord(d.toks[e].low) && !d.toks[e].is("who", "which", "that") {
						e++
					}
				}
				return speaker{name: d.asWritten(j, e)}, int(d.toks[j].s)
			}
			if d.toks[j].is("the", "said", "says") {
				break
			}
		}
	}
	return found, best
}

// oneOf: the speaker is one of a group ("one of Carrow's aides"), whom
// "the aide" refers back to.
func oneOf(name string) bool {
	return strings.HasPrefix(strings.ToLower(name), "one of ")
}

// unnamedPerson: a speaker written as one person nobody named ("her
// neighbor", "a retired teacher"), not an organisation.
func unnamedPerson(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	switch strings.ToLower(first) {
	case "a", "an", "one", "another", "her", "his", "my", "our", "their":
		h := roleHead(name)
		return !lexIn(h, lxOrgHeads) || lexIn(h, lxTitles)
	}
	if strings.HasSuffix(first, "'s") || strings.HasSuffix(first, "’s") {
		return lexIn(strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:]), lxKin) // "Hamada's son"
	}
	return false
}

// unnamedHeads are the roles a text keeps unnamed and refers back to.
var unnamedHeads = set("spokesman", "spokeswoman", "spokesperson", "official", "source",
	"diplomat", "officer", "aide", "witness", "resident", "analyst", "adviser", "advisor",
	"engineer", "lawmaker", "legislator", "worker", "nurse", "doctor", "employee", "executive", "banker", "trader",
	"person")

// roleHead is the noun of a role as written: the word before its first
// preposition, else its last word ("a spokeswoman for the palace").
func roleHead(name string) string {
	head := ""
	for w := range strings.FieldsSeq(name) {
		switch w {
		case "for", "of", "at", "in", "from", "to", "with", "on":
			return strings.ToLower(head)
		case "close", "familiar", "involved", "based", "linked", "working", "briefed", "published", "compiled", "released":
			continue // "a source close to the club", "three diplomats briefed on the plan"
		}
		head = w
	}
	return strings.ToLower(head)
}

// theInitials: r is "the" and an office's initials ("the AGP"): the
// person initialsOf finds, or nil.
func (d *doc) theInitials(r ref) *person {
	if t := &d.toks[r.b-1]; r.b-r.a == 2 && d.toks[r.a].is("the") && t.allCaps && len(t.low) >= 2 && len(t.low) <= 4 {
		return d.initialsOf(t.low)
	}
	return nil
}

// initialsOf finds the person given the initials ini with their office,
// or else the one person named after capitalised words, a title first,
// that begin with the letters ini begins with ("the CJP" for "Chief
// Justice Mansoor Alam Khattak", "the CFO" for "Chief Financial Officer
// Tobias Lindqvist"); or nil.
func (d *doc) initialsOf(ini string) *person {
	var only *person
	for _, p := range d.people {
		for _, w := range p.desc {
			if len(w) == len(ini)+2 && w[0] == '(' && w[1:len(w)-1] == ini {
				return p // "Attorney General for Pakistan (AGP) Tariq Mehmood Bhatti"
			}
		}
	}
	for _, p := range d.people {
		for _, m := range p.mentions {
			i := d.tokAt(m.Start)
			if i < 2 {
				continue
			}
			k := i // the capitalised words before the name, at most as many as ini's letters
			for k > 0 && i-k < len(ini) && d.word(k-1) && d.toks[k-1].cap && d.toks[k-1].para == d.toks[i].para {
				k--
			}
			for k < i-1 && d.toks[k].low[0] != ini[0] {
				k++
			}
			same := i-k >= 2 && d.toks[k].in(lxTitles)
			for j := k; j < i && same; j++ {
				same = d.toks[j].low[0] == ini[j-k]
			}
			if same {
				if only != nil && only != p {
					return nil
				}
				only = p
				break
			}
		}
	}
	return only
}

// resolveAge finds who "the 54-year-old" is: the last person before at
// whose age the text gave as 54, else, like a pronoun of either gender,
// the person named last in the paragraph, the last speaker, or the last
// person named.
func (d *doc) resolveAge(age, at int) speaker {
	pos := int(d.toks[at].s)
	var best *person
	bestPos := -1
	for _, p := range d.people {
		if p.age != age {
			continue
		}
		for _, m := range p.mentions {
			if m.Start < pos && m.Start > bestPos {
				best, bestPos = p, m.Start
			}
		}
	}
	if best == nil {
		if p := d.subjectSince(at, true); p != nil && p.age == 0 && (d.last.p == nil || p == d.last.p || d.lastMention(p, pos) > int(d.toks[d.lastAt].s)) {
			// "Radovic disputed the account. ..., the 38-year-old former
			// Google engineer said": whom the story turned to since.
			best = p
		}
	}
	if best == nil && d.last.p != nil {
		if v := d.addressedBefore(at); v != nil && v != d.last.p && v.age == 0 {
			// "\"Ms Ramanathan, do you think that's fair?\" Pearce said. /
			// \"...,\" the 52-year-old replied.": the one asked.
			best = v
		}
	}
	if best == nil && d.last.p != nil && d.last.p.age == 0 && d.lastAt < at && d.toks[d.lastAt].para+1 >= d.toks[at].para {
		// "Guadalupe Treviño Salas, whose son Julián vanished ..., said
		// ... '...,' the 58-year-old said": who just spoke, not whom she
		// spoke of.
		best = d.last.p
	}
	if best == nil {
		for _, g := range [...]byte{'m', 'f'} {
			if sp := d.resolvePronoun(g, at); sp.p != nil && (sp.p.age == 0 || sp.p.age == age) && (best == nil || d.lastMention(sp.p, pos) > d.lastMention(best, pos)) {
				best = sp.p
			}
		}
	}
	if best == nil {
		return speaker{}
	}
	return speaker{name: best.name, p: best}
}

// addressedBefore: the person the last quotation before token at, in its
// paragraph or the one before, addressed by name, or nil.
func (d *doc) addressedBefore(at int) *person {
	var last *quote
	for i := range d.quotes {
		q := &d.quotes[i]
		if q.oi >= at {
			break
		}
		if !q.nested && q.ci > q.oi && d.toks[q.oi].para+1 >= d.toks[at].para && d.sents[q.oi] != d.sents[at] {
			last = q
		}
	}
	if last == nil {
		return nil
	}
	return d.vocative(last)
}

// lastMention is the start of p's last mention before pos, or -1.
func (d *doc) lastMention(p *person, pos int) int {
	last := -1
	for _, m := range p.mentions {
		if m.Start < pos && m.Start > last {
			last = m.Start
		}
	}
	return last
}

func describes(p *person, head string, mods []string) bool {
	desc := p.desc
	if head == "ceo" && desc.has("chief") && desc.has("executive") {
		return true // "the CEO" for "chief executive Anna Berg"
	}
	if head == "cs" && desc.has("cabinet") && desc.has("secretary") {
		return true // Kenya's "the CS" for "Energy Cabinet Secretary Daniel Lagat"
	}
	if head == "executive" && desc.has("ceo") {
		return true
	}
	if head == "prosecutor" && desc.has("attorney") && (desc.has("assistant") || desc.has("district") || desc.has("state's")) {
		return true // "the prosecutor" for "Assistant U.S. Attorney Meredith Kaine"
	}
	if head == "minister" && len(mods) == 0 && desc.has("secretary") && (desc.has("cabinet") || desc.has("state") || desc.has("home") || desc.has("foreign")) {
		return true // "the minister" for "Cabinet Secretary for Education Gwenllian Pryce"
	}
	if head == "official" && !desc.has(head) {
		// "the official" is whoever was introduced by an office
		// ("district officer Anil Gurung").
		if p.descLex&lxOfficials == 0 {
			return false
		}
	} else if !desc.has(head) && !hasSynonym(desc, head) {
		// "the Louisiana Republican" for "Sen. Tom Brannigan of Louisiana",
		// whose party the text never gave: the state says who.
		party := (head == "republican" || head == "democrat") && len(mods) > 0 && !desc.has("republican") && !desc.has("democrat")
		if !party && (!lexIn(head, lxLeaders) || p.descLex&lxLeaders == 0) {
			return false
		}
	}
	if head == "democrat" && len(mods) == 1 && democratParties[mods[0]] && hasSynonym(desc, head) {
		return true // "The Liberal Democrat" for "the local MP, Rosalind Carne": the party's name, not a description
	}
	for _, m := range mods {
		if !desc.has(m) {
			return false
		}
	}
	return true
}

// asWritten returns the text of tokens [a, b) with a sentence-initial "The"
// lower-cased, as a speaker label.
func (d *doc) asWritten(a, b int) string {
	s := d.tokText(a, b)
	if !singleSpaces(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	if r, n := utf8.DecodeRuneInString(s); d.toks[a].is("the", "a", "an", "one", "another", "my", "his", "her", "our", "their", "its", "your") && !(d.toks[a].text == "An" && b == a+2 && d.toks[a+1].cap && !d.demonym(a+1)) {
		s = string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// singleSpaces reports whether s, which starts and ends with no space, has
// only single ' ' between its words: then it is its own strings.Fields
// joined by spaces.
func singleSpaces(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		case asciiSpace(c):
			return false
		}
	}
	return true
}

// asciiSpace: the ASCII characters unicode.IsSpace reports.
func asciiSpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' '
}

// namedBetween: someone is named between tokens a and b.
func (d *doc) namedBetween(a, b int) bool {
	lo, hi := int(d.toks[a].s), int(d.toks[b].s)
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start > lo && m.Start < hi {
				return true
			}
		}
	}
	return false
}

// quotedRoleBefore finds "The president" in the speaker's own words
// before token at, in the same or the previous paragraph, or an unnamed
// role the narration just brought in ("until a deputy pulled into his
// driveway").
func (d *doc) quotedRoleBefore(at int) speaker {
	para := d.toks[at].para
	for k := at - 1; k >= 0 && d.toks[k].para+1 >= para; k-- {
		t := &d.toks[k]
		if t.is("my", "our") && k+1 < at && d.word(k+1) && (d.toks[k+1].in(lxKin) || d.toks[k+1].is("youngest", "eldest", "oldest", "boy", "girl")) && (t.inQuote || d.inInterview(k)) {
			return speaker{name: d.asWritten(k, k+2)} // "When I asked my grandmother, she said"
		}
		if !t.inQuote && t.is("a", "an") && k+2 < at && d.word(k+1) && !d.toks[k+1].cap && d.toks[k+1].in(lxTitles|lxUnnamedHeads) && !d.toks[k+1].in(lxOrgHeads) && !d.toks[k+1].is("former") && d.word(k+2) && !d.toks[k+2].cap && (strings.HasSuffix(d.toks[k+2].low, "ed") || irregularPast[d.toks[k+2].low]) {
			// "... until a deputy pulled into his driveway. / \"He said,
			// 'Sir, I'm not asking,'\" Bell said.": the role the text
			// just brought in, as written.
			return speaker{name: d.asWritten(k, k+2)}
		}
		if !t.inQuote || !t.is("the") || k+1 >= at || !d.word(k+1) || !d.toks[k+1].in(lxTitles) || d.toks[k+1].cap || ordinals[d.toks[k+1].low] {
			continue // (not "The first week, he asked me, '...'")
		}
		e := k + 1
		for e+1 < at && d.word(e+1) && !d.toks[e+1].cap && d.toks[e+1].in(lxTitles) {
			e++
		}
		return speaker{name: d.asWritten(k, e+1)}
	}
	return speaker{}
}

// groupBefore finds the group a "they" inside a quotation refers to: the
// last "a"/"the" and a group's noun before at in the paragraph, with the
// place it comes from ("a young couple from Milan").
func (d *doc) groupBefore(at int) speaker {
	para := d.toks[at].para
	for k := at - 1; k > 0 && d.toks[k].para == para; k-- {
		if d.toks[k].kind != tWord || !groupNouns[d.toks[k].low] {
			continue
		}
		s := k - 1
		for s > 0 && k-s < 4 && d.word(s) && !d.toks[s].cap && !d.toks[s].is("a", "an", "the") && !d.toks[s].stopsNP() {
			s--
		}
		if !d.toks[s].is("a", "the") {
			continue
		}
		e := k + 1
		if e+1 < at && d.toks[e].is("from", "of", "in") && d.word(e+1) && d.toks[e+1].cap {
			e += 2
			for e < at && d.word(e) && d.toks[e].cap {
				e++
			}
		}
		return speaker{name: d.asWritten(s, e)}
	}
	return speaker{}
}

// ordinals open phrases of time, not roles: "the first week", "the last night".
var ordinals = set("first", "second", "third", "fourth", "fifth", "last", "next", "final")

// groupNouns name a group of people that a "they" may stand for.
var groupNouns = set("couple", "family", "group", "pair", "crowd", "tourists", "hikers", "students",
	"men", "women", "children", "boys", "girls", "workers", "farmers", "residents", "villagers", "parents")

// relativeBefore finds "her husband", "my mother": a relative of gender g,
// named by a possessive in at's paragraph or the two before.
func (d *doc) relativeBefore(g byte, at int) speaker {
	sp, _ := d.relativeAt(g, at)
	return sp
}

// relativeAt is relativeBefore, with the token where the relative is
// named (or -1): "her 12-year-old son", "my late father" with a word
// between.
func (d *doc) relativeAt(g byte, at int) (speaker, int) {
	para := d.toks[at].para
	for k := at - 1; k > 0 && d.toks[k].para+2 >= para; k-- {
		t := &d.toks[k]
		if t.kind != tWord || !t.in(lxKin) {
			continue
		}
		p := k - 1
		if p > 0 && d.word(p) && !d.toks[p].cap && !d.toks[p].is("my", "his", "her", "their", "our") && (d.toks[p].is("late", "younger", "older", "little", "elder", "eldest", "youngest", "own") || strings.HasSuffix(d.toks[p].low, "-year-old")) {
			p-- // "her 12-year-old son", "my late father"
		}
		if !d.toks[p].is("my", "his", "her", "their", "our") || d.toks[p].is("my", "our") && t.para != para && t.inQuote {
			continue // (not "my father" in someone else's quotation before)
		}
		if kg := kinGender[t.low]; kg == g {
			return speaker{name: d.asWritten(p, k+1)}, p
		}
	}
	return speaker{}, -1
}

// kinNamed: the relative that token p's possessive opens is named just
// after ("her son, Callum Reddish,", "her husband Dale"), or somewhere
// the text gives a name to someone so described.
func (d *doc) kinNamed(p int) bool {
	k := p + 1
	for k < len(d.toks) && d.word(k) && !d.toks[k].in(lxKin) {
		k++
	}
	if k+1 >= len(d.toks) || !d.toks[k].in(lxKin) {
		return false
	}
	n := k + 1
	if d.toks[n].text == "," {
		n++
	}
	if n < len(d.toks) && d.word(n) && d.toks[n].cap {
		return true
	}
	for _, q := range d.people {
		if q.desc.has(d.toks[k].low) {
			return true
		}
	}
	return false
}

// objectPronouns give the gender of "him", "her" and "them".
var objectPronouns = map[string]byte{"him": 'm', "her": 'f', "them": 'p'}

// spouseOfLast: r is "her husband" or "his wife" and the one who spoke
// last shares a surname with exactly one other person: that person.
func (d *doc) spouseOfLast(r ref) *person {
	last := d.last.p
	if r.b-r.a != 2 || last == nil || !d.toks[r.a].is("her", "his") || !d.toks[r.a+1].is("husband", "wife", "partner") {
		return nil
	}
	g := byte('f')
	if d.toks[r.a].is("his") {
		g = 'm'
	}
	if last.gender != 0 && last.gender != g {
		return nil
	}
	var other *person
	for _, q := range d.people {
		if q != last && q.surname() == last.surname() {
			if other != nil {
				return nil
			}
			other = q
		}
	}
	return other
}

// relativeNamedNext: r is "her daughter", "his son" or the like, of the
// person named last before it, and one other person with that surname is
// named first in the next paragraph ("Bridie Hourigan, 81, ... her
// daughter told the Irish Examiner. / \"...,\" said Siobhán Hourigan"):
// that person, or nil.
func (d *doc) relativeNamedNext(r ref, at int) *person {
	if r.b-r.a != 2 || !d.toks[r.a].is("her", "his") || !d.toks[r.a+1].in(lxKin) || d.toks[r.a+1].is("friend", "colleague", "neighbour", "neighbor", "classmate", "flatmate", "roommate", "partner", "girlfriend", "boyfriend") {
		return nil
	}
	pos := int(d.toks[r.a].s)
	var owner *person
	ownerAt := -1
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start < pos && m.Start > ownerAt {
				owner, ownerAt = p, m.Start
			}
		}
	}
	if owner == nil || d.toks[d.tokAt(ownerAt)].para != d.toks[r.a].para {
		return nil
	}
	para := d.toks[r.a].para
	var next *person
	for _, q := range d.people {
		if q == owner || q.surname() != owner.surname() || len(q.parts) < 2 {
			continue
		}
		first := -1
		for _, m := range q.mentions {
			if first < 0 || m.Start < first {
				first = m.Start
			}
		}
		if first < pos || d.toks[d.tokAt(first)].para > para+1 {
			continue
		}
		if next != nil {
			return nil
		}
		next = q
	}
	return next
}

// talkedAbout: the person of gender g a quotation talks about, for a "he"
// inside it ("Tomás would put on the good shirt. He told us, '...'"): the
// last one it names before token at, else the person the story names
// most; never its own speaker.
func (d *doc) talkedAbout(g byte, at int) speaker {
	fits := func(p *person) bool { return p != nil && p != d.outer.p && (p.gender == 0 || p.gender == g) }
	lo, pos := d.paraStart(at, 0), int(d.toks[at].s)
	var best *person
	bestPos := -1
	for _, p := range d.people {
		for _, m := range p.mentions {
			if m.Start >= lo && m.Start < pos && m.Start > bestPos && fits(p) && d.toks[d.tokAt(m.Start)].inQuote {
				best, bestPos = p, m.Start
			}
		}
	}
	if best == nil {
		// The last one named in the paragraph before ("... with
		// defensive coordinator Ray Bittner on the sideline. / \"He came
		// to me and said, '...'\"").
		lo := d.paraStart(at, 1)
		for _, p := range d.people {
			for _, m := range p.mentions {
				if m.Start >= lo && m.Start < pos && m.Start > bestPos && fits(p) && len(p.parts) >= 2 && !d.toks[d.tokAt(m.Start)].inQuote {
					best, bestPos = p, m.Start
				}
			}
		}
	}
	if best == nil {
		if p := d.mostNamed(); fits(p) {
			best = p
		}
	}
	if best == nil {
		return speaker{}
	}
	return speaker{name: best.name, p: best}
}

// kinGender: the gender of a relative's word.
var kinGender = map[string]byte{"husband": 'm', "father": 'm', "son": 'm', "brother": 'm',
	"grandfather": 'm', "grandson": 'm', "uncle": 'm', "nephew": 'm', "widower": 'm', "fiancé": 'm',
	"wife": 'f', "mother": 'f', "daughter": 'f', "sister": 'f', "grandmother": 'f',
	"granddaughter": 'f', "aunt": 'f', "niece": 'f', "widow": 'f', "fiancée": 'f'}

// inInterview: token k is inside an interview's answer.
func (d *doc) inInterview(k int) bool {
	pos := int(d.toks[k].s)
	for i := range d.quotes {
		if q := &d.quotes[i]; q.interview && q.start <= pos && pos < q.end {
			return true
		}
	}
	return false
}

// roleInPara finds the person a sentence-opening role earlier in at's
// paragraph refers to ("The owner paused."), the latest that fits.
func (d *doc) roleInPara(at int, fits func(*person) bool) *person {
	var found *person
	for k := at - 1; k >= 0 && d.toks[k].para == d.toks[at].para; k-- {
		t := &d.toks[k]
		if !(t.sentStart || k > 0 && d.toks[k-1].text == ",") || !t.is("the") || k+1 >= at || !d.word(k+1) || d.toks[k+1].cap || t.inQuote {
			continue // (not "The coach" inside the quotation: "\"The coach said it, I did it,\" he added")
		}
		e := k + 1
		for e < at && e < k+4 && d.word(e) && !d.toks[e].cap && !d.toks[e].in(lxTitles) {
			e++
		}
		if e >= at || !d.word(e) || !d.toks[e].in(lxTitles) || d.toks[e].in(lxOrgHeads) {
			continue
		}
		if sp := d.resolveRole(ref{kind: 'r', a: k, b: e + 1}, k); sp.p != nil && fits(sp.p) {
			found = sp.p
			break
		}
	}
	return found
}

// objectAt: the mention at token i is the object of a preposition or a
// verb of meeting ("Speaking about Hoa and Minh, he said", "She met Daniel
// Mwangi"), so less likely the subject a pronoun refers to.
func (d *doc) objectAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && d.word(k); k-- {
		switch d.toks[k].low {
		case "about", "with", "for", "against", "met", "thanked", "visited", "accused", "criticised", "criticized", "praised", "from", "by":
			return true
		case "and":
			continue
		}
		if t := &d.toks[k]; k == i-1 && !t.cap && !t.speech && k > 0 && d.toks[k-1].is("to") && !t.in(lxTitles|lxKin) && !roleNoun(t.low) {
			return true // "a request to release Osei-Bonsu on bail"
		}
		if t := &d.toks[k]; k == i-1 && !t.cap && !t.speech && !auxWord(t.low) && t.is("followed", "beat", "defeated", "replaced", "succeeded", "joined", "overtook", "trailed", "edged", "outscored") {
			return true // "followed Hendry into the room": the one followed is no subject
		}
		if t := &d.toks[k]; !t.cap && (t.speech || auxWord(t.low) || isDet(t.low) || t.in(lxClausePreps) || strings.HasSuffix(t.low, "ed")) {
			return false // but "a hit from Lions defensive end Kwame Asante"
		}
	}
	return false
}

// tokAt returns the last token starting at or before pos.
func (d *doc) tokAt(pos int) int {
	toks := d.toks // a local, not reloaded at each step
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1) // (lo+hi)/2, without the sign's fix-up
		if int(toks[m].s) <= pos {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return max(lo-1, 0)
}

// isCommon reports, and remembers, whether token i is an ordinary word.
func (d *doc) isCommon(i int) bool {
	t := &d.toks[i]
	if t.common == 0 {
		t.common = -1
		if d.gCommon(t.low) || len(t.low) > 4 && t.low[len(t.low)-1] == 's' && lexIn(t.low[:len(t.low)-1], lxKin) {
			t.common = 1 // (and "Neighbours", "Cousins": relatives in the plural)
		}
	}
	return t.common > 0
}

// commonishTok is commonish for token i, using what isCommon remembers.
func (d *doc) commonishTok(i int) bool {
	if !strings.Contains(d.toks[i].low, "-") && !d.isCommon(i) {
		return false
	}
	return d.commonish(d.toks[i].low)
}

// hyphenParts end descriptive compounds: "left-hander", "Lagos-based".
var hyphenParts = set("hander", "based", "born", "old", "year", "time", "winning", "backed", "led")

// commonish: an ordinary word, or a compound of them ("left-hander").
func (d *doc) commonish(low string) bool {
	if d.gGiven(low) {
		return false
	}
	if d.gCommon(low) {
		return true
	}
	if !strings.Contains(low, "-") {
		return false
	}
	for _, part := range strings.Split(low, "-") {
		if !d.gCommon(part) && !d.g.common(part+"s") && !hyphenParts[part] {
			return false
		}
	}
	return true
}

// singular: a speaker written "a study", "an official".
func singular(name string) bool {
	return strings.HasPrefix(name, "a ") || strings.HasPrefix(name, "an ") || strings.HasPrefix(name, "one ") || strings.HasPrefix(name, "another ")
}

// theyBefore: "They" opening a sentence refers to the plural group that
// opened the sentence before ("The researchers analysed ... They found").
func (d *doc) theyBefore(i int) speaker {
	a, _ := d.sentRange(i)
	if a != i && d.toks[i-1].text != "," || a == 0 || d.toks[a-1].para != d.toks[a].para {
		return speaker{} // (but "..., they found." is the tail's "they")
	}
	pa, pb := d.sentRange(a - 1)
	if !d.toks[pa].is("the", "some", "many", "most", "several", "other") {
		return speaker{}
	}
	for k := pa + 1; k < pb && k <= pa+3 && d.word(k) && !d.toks[k].cap; k++ {
		if low := d.toks[k].low; strings.HasSuffix(low, "s") && d.isCommon(k) && !d.toks[k].in(lxSpeechVerbs) {
			if k+1 < pb && d.word(k+1) && (strings.HasSuffix(d.toks[k+1].low, "ed") || d.toks[k+1].in(lxSpeechVerbs)) {
				return speaker{name: d.asWritten(pa, k+1)} // "The researchers analysed"
			}
			return speaker{}
		}
	}
	return speaker{}
}
