package entity

import "strings"

// ref is a noun phrase that may name a speaker.
type ref struct {
	kind byte // 'n' name, 'p' pronoun, 'r' role, 'o' organisation, 0 none
	a, b int  // tokens [a, b)
}

func (d *doc) word(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord }

// skipBack moves left over adverbs, times and parentheses between a speaker
// and the verb ("Lind (l.) on Monday also said").
func (d *doc) skipBack(j, lo int) int {
	for j >= lo {
		t := &d.toks[j]
		switch {
		case t.kind == tPunct && t.text == ")":
			k := j
			for k >= lo && d.toks[k].text != "(" {
				k--
			}
			if k < lo {
				return j
			}
			j = k - 1
		case t.kind == tWord && (t.in(lxTimeWords) || !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !lyNouns[t.low] || t.is("just", "simply", "even", "still", "always", "never", "often", "once")) && !(t.cap && !t.sentStart && !isDay(t.low)):
			j-- // "also", "on Monday", "originally", "He just said"
		case t.is("to") && j-1 >= lo && d.toks[j-1].is("used", "likes", "liked", "loved", "loves", "went", "wanted", "tried", "began") && !(j-2 >= lo && d.toks[j-2].is("is", "are", "was", "were", "be", "been", "being")):
			j -= 2 // "My grandfather used to say"
		case t.is("and") && j-1 >= lo && d.toks[j-1].is("smiled", "laughed", "grinned", "paused", "nodded", "shrugged", "sighed", "chuckled", "winced", "frowned", "hesitated", "smiles", "laughs", "grins", "pauses", "nods", "shrugs", "sighs"):
			j -= 2 // "the captain smiled and said"
		case t.is("long") && j-1 >= lo && d.toks[j-1].is("have", "has", "had"):
			j-- // "Campaigners have long argued"
		case t.is("year", "month", "day", "decade") && j-2 >= lo && d.toks[j-1].is("following", "next", "previous", "same") && d.toks[j-2].is("the"):
			j -= 3 // "An inquiry the following year found"
		case t.is("year", "day", "night", "week", "season", "time") && j-2 >= lo && d.toks[j-1].is("that") && d.word(j-2) && !d.toks[j-2].cap && !d.toks[j-2].in(lxClausePreps):
			j -= 2 // "The adjudicator that year described"
		default:
			return j
		}
	}
	return j
}

// lyNouns end like adverbs: "The family said" has no adverb.
var lyNouns = set("family", "rally", "ally", "assembly", "supply", "monopoly", "anomaly", "homily", "folly", "bully")

func isDay(low string) bool {
	switch low {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// npBefore finds the subject ending just before verb v, not before lo.
func (d *doc) npBefore(v, lo int) ref {
	if k := d.wentOnTo(v, lo); k > lo {
		v = k // "Ms Macharia-Otieno went on to suggest that": the subject of "went"
	}
	j := d.skipBack(v-1, lo)
	if j < lo {
		return ref{}
	}
	if d.toks[j].is("who", "which") && j-1 > lo && (d.toks[j-1].text == "," || d.toks[j].is("who") && d.word(j-1)) {
		c := j - 1
		if d.toks[c].text == "," {
			c--
		}
		c = d.beforeAge(c, lo) // "Travis Kimmel, 44, who said"
		if n := d.personFrom(c, lo); n.kind != 0 && d.toks[j].is("who") {
			return n // "Mary Kate Loftus, 81, from Belmullet, who said"
		}
		r := d.npEndingAt(c, lo) // "..., Brahim Mahamat Nour, who said", "a retired teacher from Mesa who said"
		if r.kind != 0 && r.a-2 >= lo && d.toks[r.a-1].is("for", "of", "in", "at") {
			// "Fiona Lennie, a Labour list MSP for the region, who said":
			// the role and its phrase.
			for k := r.a - 2; k > lo && k > r.a-8 && d.word(k); k-- {
				if d.toks[k].is("a", "an", "the") && d.toks[k-1].text == "," {
					r = ref{kind: 'r', a: k, b: r.b}
					break
				}
			}
		}
		if n := d.nameBeforeRole(r, lo); n.kind != 0 {
			return n
		}
		if (r.kind == 'o' || r.kind == 'n') && d.toks[j].is("who") {
			if n := d.nameBeforeDescription(r.a, lo); n.kind != 0 {
				return n // "PC Rebecca Nolan, a collision investigator with West Yorkshire Police, who said"
			}
		}
		if r.kind == 'r' && r.a-2 >= lo && d.toks[r.a-1].text == "," && d.toks[r.a].is("the", "a", "an") {
			if e := r.a - 2; d.word(e) && d.toks[e].cap && !d.toks[e].in(lxNotNames) {
				s := e
				for s-1 >= lo && d.word(s-1) && (d.toks[s-1].cap && !d.toks[s-1].in(lxNotNames) || d.toks[s-1].in(lxParticles)) {
					s--
				}
				return ref{kind: 'n', a: s, b: e + 1} // "Olúwaṣeun Adébáyọ̀, the state's commissioner, who said"
			}
		}
		return r
	}
	if d.toks[j].is("and", "but") {
		for k := v - 1; k > lo && d.toks[v].inQuote; k-- {
			if d.toks[k].isEnd() && d.toks[k].inQuote {
				lo = k + 1 // "I was ... fast. He'd put his hand ... and say": not the sentence before, inside a quotation
				break
			}
		}
		r := d.sentenceSubject(lo, v) // "The bank kept rates and said"
		if r.kind == 'r' || r.kind == 'o' {
			for k := r.a + 1; k < r.b; k++ {
				if t := &d.toks[k]; !t.cap && (strings.HasSuffix(t.low, "ed") && k >= r.a+2 || irregularPast[t.low] && !t.is("read") || t.is("read") && k+1 < r.b && d.toks[k+1].is("it", "the", "a", "his", "her", "my")) && d.toks[k-1].kind == tWord && !d.toks[k-1].is("the", "a", "an") {
					r.b = k // "The Prime Minister's Office expressed condolences ... and said": the first verb ends the subject
					break
				}
			}
		}
		return r
	}
	if r := d.openingRelative(lo, j); r.kind != 0 {
		return r
	}
	if d.toks[j].text == "," {
		if s := j - 1; s-3 > lo && d.word(s) && d.toks[s].allCaps && d.toks[s-1].is("as") && d.toks[s-2].is("known") && d.toks[s-3].text == "," {
			return ref{kind: 'o', a: s, b: j} // "The national disaster agency, known as BNPB, said": by its name
		}
		if n := d.beforeAge(j-1, lo); n < j-1 && d.toks[j-1].text != ")" {
			if run := d.runEndingAt(n + 1); run != nil && run.person != nil && run.a >= lo {
				return ref{kind: 'n', a: run.a, b: run.b} // "..., fisherman Jabbar Naeem, 46, said"
			}
		}
		if n := d.nameAgeAppositive(j, lo); n.kind != 0 {
			return n // "Brian Kiggundu, 29, a boda boda rider, said"
		}
		if w := d.openingWho(lo, lo+6); w > 0 {
			// "A nurse who has worked in the emergency department for 14
			// years, and who asked not to be named ..., said": the subject
			// and its first clause.
			c := w
			for c < j && d.toks[c].text != "," {
				c++
			}
			if n := d.nameGivenAs(w, c); n.kind != 0 {
				return n // "His neighbour, a schoolteacher who gave her name only as Maryam, said"
			}
			if c < j && c-w <= 14 {
				return ref{kind: 'r', a: lo, b: c}
			}
		}
		if n := d.nameTitleOrg(lo, j); n.kind != 0 {
			return n // "Y. Lakshmi Narasimhan, Managing Director, BMRCL, said"
		}
		// "..., the minister, Harjit Grewal, said": the name just before.
		for c := j - 1; c > lo; c-- {
			if d.toks[c].text == "," {
				if r := d.namedAppositive(c); r.kind != 0 && r.b == j && !d.agentBefore(c) && !d.whoBetween(lo, c) {
					if s := d.afterDateline(lo, c); d.spokesPhrase(s, c) {
						// "A spokesperson for the defence minister, Marcus
						// Oyelaran, said": the minister is named, the
						// spokesperson speaks.
						return ref{kind: 'r', a: s, b: c}
					}
					return r
				}
				break
			}
		}
		// A relative clause between subject and verb: "though Menardi,
		// who is her own employer, jokes that".
		for c := j - 1; c > lo && c > j-50; c-- {
			if d.toks[c].is("—", "–") && d.toks[c+1].is("who") {
				// "MLA Sudhir Nigam — no relation to the chairman — who
				// represents Lucknow Central, said": past the aside.
				p := c - 1
				for p > lo && p > c-15 && !d.toks[p].is("—", "–") {
					p--
				}
				if p > lo && d.toks[p].is("—", "–") {
					if run := d.runEndingAt(p); run != nil && run.person != nil && run.ta >= lo && run.ta <= d.afterDateline(lo, run.ta)+1 {
						return ref{kind: 'n', a: run.a, b: run.b}
					}
				}
			}
			if d.toks[c].text == "," && d.toks[c+1].is("who", "whose", "which") {
				e := c - 1
				if e-2 > lo && d.toks[e].text == ")" && d.toks[e-2].text == "(" {
					e -= 3 // "The Financial Conduct Authority (FCA), which ..."
				}
				if _, age := years(d.toks[e].low); age && e-2 > lo && d.toks[e-1].text == "," && d.word(e-2) && d.toks[e-2].cap && d.toks[c+1].is("who") {
					e -= 2 // "Mr Marshall, 58, who ..."
				}
				if n := d.personFrom(e, lo); n.kind != 0 && d.toks[c+1].is("who", "whose") {
					return n // "Pádraig Hourigan (78), from Ballymote, who ..., said"
				}
				if run := d.runEndingAt(e + 1); run != nil && run.title && run.person != nil && run.ta >= lo && d.toks[c+1].is("who") && run.b-run.a >= 2 {
					return ref{kind: 'n', a: run.a, b: run.b} // "Senior Minister of State for Health Rahayu Mohamed Salleh, who ..., said"
				}
				if n := d.nameGivenAs(c+1, j); n.kind != 0 {
					return n // "Another displaced woman, who gave her name only as Salimata, said"
				}
				r := d.npEndingAt(e, lo)
				if r.kind == 'n' && r.a-2 > lo && d.toks[r.a-1].text == "," && d.word(r.a-2) && d.toks[r.a-2].cap && d.placeEnd(r.a, r.b) == r.b && d.placeEnd(r.a-2, r.a-1) == r.a-1 {
					e = r.a - 2 // "... in Providence, Rhode Island, who ...": the town's phrase
					r = d.npEndingAt(e, lo)
				}
				if r.kind == 0 && e-1 > lo && isNumber(d.toks[e].text) && d.word(e-1) && d.toks[e-1].cap {
					if r = d.npEndingAt(e-1, lo); r.kind == 'o' || r.kind == 'n' {
						r = ref{kind: 'o', a: r.a, b: e + 1} // "United Steelworkers Local 6500, which ..., said"
					} else {
						r = ref{}
					}
				}
				if n := d.nameBeforeRole(r, lo); n.kind != 0 && d.toks[c+1].is("who") {
					return n // "Iain Buchanan, the former Labour MP for Paisley South, who ..., said"
				}
				if n := d.nameBeforePossessive(r, lo); n.kind != 0 && d.toks[c+1].is("who") {
					return n // "Lena Haugland, Oxfam's country director for Ethiopia, who ..., said"
				}
				if r.kind == 'o' && d.toks[c+1].is("who") {
					if n := d.personBeforeOf(r.a, lo); n.kind != 0 {
						return n // "Rep. Han Seung-woo of the main opposition People Power Party (PPP), who ..."
					}
				}
				if (r.kind == 'o' || r.kind == 'n') && d.toks[c+1].is("who") {
					if n := d.nameBeforeDescription(r.a, lo); n.kind != 0 {
						return n // "PC Rebecca Nolan, a collision investigator with West Yorkshire Police, who ..., said"
					}
				}
				if r.kind == 'n' || r.kind == 'o' && d.toks[c+1].is("which") {
					if n := d.nameBeforeAppositive(r, lo); n.kind != 0 {
						return n // "NatureScot, the government's nature agency, which ..., said"
					}
					if n := d.personWithAppositive(lo, r.a); n.kind != 0 && d.toks[c+1].is("which") {
						return n // "Rowena Blythe, a caseworker at the charity Inquest, which ..., said"
					}
					return r
				}
				if d.toks[c+1].is("who") {
					if r := d.sentenceSubject(lo, c); r.kind == 'r' && r.b <= c && d.toks[r.a].is("the", "a", "an") {
						// "The pharmacist on duty, who had worked there for
						// 11 years, said": the whole phrase before the comma.
						return ref{kind: 'r', a: r.a, b: c}
					}
				}
				break
			}
		}
		// "..., while Methane Watch Europe, a Brussels-based coalition of
		// NGOs, said": a second speaker's name and its description.
		for c := j - 1; c > lo && c > j-16; c-- {
			if d.toks[c].text == "," {
				if d.toks[c+1].is("a", "an", "the") && d.word(c-1) {
					r, s := d.npEndingAt(c-1, lo), c-1
					for d.toks[c-1].cap && s-1 > lo && d.word(s-1) && d.toks[s-1].cap {
						s-- // "Methane Watch Europe", though "watch" is a word
					}
					if r.kind != 0 && r.a > s && d.toks[s-1].is("while", "whereas") {
						if run := d.runEndingAt(c); run == nil || run.person == nil || run.a != s {
							r = ref{kind: 'o', a: s, b: c}
						}
					}
					if r.kind != 0 && r.kind != 'p' && r.a-1 > lo && d.toks[r.a-1].is("while", "whereas") {
						return r
					}
				}
				break
			}
			if !d.word(c) && d.toks[c].text != "-" {
				break
			}
		}
		// An appositive: "Lind, who has led the city since 2019, said".
		k := lo
		for k < j && d.toks[k].text != "," {
			k++
		}
		if k < j && k-lo <= 8 && d.opener(lo) {
			// "Outside court, one donor, Yusuf Demir, ..., said": the
			// subject follows the opening adjunct.
			lo, k = k+1, k+1
			for k < j && d.toks[k].text != "," {
				k++
			}
			if k >= j && j-1 >= lo {
				return d.postModified(d.npEndingAt(j-1, lo), lo)
			}
		}
		if d.opener(lo) {
			if n := d.nameBeforeDescription(j, lo); n.kind != 0 && n.a-1 > lo && d.toks[n.a-1].text == "," {
				return n // "At a public meeting ..., attended by about 150 people, Seán Kennedy, a retired teacher, said"
			}
		}
		if k >= j || j-k > 50 {
			return ref{}
		}
		for w := k + 1; w < j && w < k+6 && d.word(w); w++ {
			if d.toks[w].is("who") {
				if n := d.nameGivenAs(w, j+1); n.kind != 0 {
					return n // "His neighbour, a schoolteacher who gave her name only as Maryam, said"
				}
				break
			}
		}
		if r := d.namedAppositive(k); r.kind != 0 {
			return r
		}
		j = k - 1
		if j < lo {
			return ref{}
		}
	}
	if w := d.openingWho(lo, j); w > 0 && v-1 > j && d.toks[v-1].is("has", "had", "have") {
		// "A woman from County Tyrone who has waited six years for a
		// hip replacement has said ...": the subject before "who".
		return ref{kind: 'r', a: lo, b: w}
	}
	if w := d.openingWho(lo, j); w > 0 && j-w >= 3 && j-w <= 18 && !d.speechIn(w+1, j+1) {
		// "A city official who spoke on condition of anonymity because
		// he was not authorized to discuss the matter said": the
		// official, without the clause that hides them; "A nurse who
		// works at the centre said": with the clause that describes.
		if d.hiddenBy(w, j+1) {
			return ref{kind: 'r', a: lo, b: w}
		}
		plain := true
		for k := w + 2; k <= j; k++ {
			if auxWord(d.toks[k].low) || d.toks[k].is("after", "before", "when", "because", "while", "and", "but", "as", "that", "which", "who") {
				plain = false // not "A driver who ... was jailed after a judge said"
			}
		}
		if plain {
			return ref{kind: 'r', a: lo, b: j + 1}
		}
	}
	r := d.postModified(d.npEndingAt(j, lo), lo)
	if g := d.groupBeforePhrase(r, lo); g >= 0 {
		return ref{kind: 'r', a: g, b: r.b} // "commissioners running Birmingham City Council said", "residents of Indira Nagar, Chinhat and parts of Faizabad Road say"
	}
	if r.kind == 'r' && r.a-1 > lo && d.toks[r.a-1].in(lxClausePreps) && !d.toks[r.a-1].cap && adverbNouns[d.toks[r.b-1].low] {
		return d.sentenceSubject(lo, v) // "The mayor called for order and at one point warned"
	}
	if run := d.runEndingAt(j + 1); run != nil && run.title && run.person != nil && run.ta >= lo && (r.b != run.b || r.a > run.a) && d.toks[run.ta].cap {
		// "Senior Minister of State for Manpower Koh Li Ping said": an
		// office with its own "of" and "for", then the name.
		return ref{kind: 'n', a: run.ta, b: run.b}
	}
	if (r.kind == 'r' || r.kind == 'o') && r.a-2 >= lo && d.toks[r.a-1].is("of") && d.toks[r.a-2].is("one", "two", "three", "some", "several", "many", "most", "none", "each", "both", "half", "majority") && strings.HasSuffix(d.toks[r.b-1].low, "s") {
		a := r.a - 2
		if a-1 >= lo && d.toks[a-1].is("a", "the") {
			a-- // "the majority of respondents"
		}
		return ref{kind: 'r', a: a, b: r.b} // "one of Carrow's aides said"
	}
	if r.kind == 'r' && r.a-3 >= lo && d.toks[r.a-1].is("of") && d.toks[r.a-2].is("percent", "cent", "%") {
		a := r.a - 2
		if d.toks[a].is("cent") && d.toks[a-1].is("per") {
			a-- // "per cent"
		}
		if a-1 >= lo && d.toks[a].is("percent", "%", "per") && d.toks[a-1].text[0] >= '0' && d.toks[a-1].text[0] <= '9' {
			return ref{kind: 'r', a: a - 1, b: r.b} // "64 percent of respondents said"
		}
	}
	if w := d.openingWho(lo, j); w > 0 && (r.kind == 0 || r.a > w && d.toks[r.a-1].is("to", "with", "by", "for", "of", "about")) {
		// "A mine official who asked not to be named because he was not
		// authorised to speak to the media said": the sentence's subject.
		return d.postModified(d.npEndingAt(w-1, lo), lo)
	}
	if g := d.afterDateline(lo, j); (r.kind == 'n' || r.kind == 'r' && r.a-1 > g && d.toks[r.a-1].is("by")) && r.a > g && d.toks[g].is("a", "an", "the") {
		// "A woman who lost her home in the fire that destroyed Lahaina
		// told", "A journalist being sued for libel by a property
		// developer told": the subject, not a name its clause ends on.
		for k := g + 2; k < r.a-1 && k <= g+5; k++ {
			if t := &d.toks[k]; t.is("who", "being") || d.word(k) && !t.cap && !t.speech && k == g+2 && strings.HasSuffix(t.low, "ed") && d.toks[k+1].is("by", "in", "for", "of", "with") {
				return d.postModified(d.npEndingAt(k-1, g), g)
			}
		}
	}
	if r.kind == 0 {
		// "A witness who asked not to be named said": the subject before
		// a relative clause with no commas.
		for k := j; k > lo && k > j-12 && d.word(k); k-- {
			if d.toks[k].is("who") {
				return d.postModified(d.npEndingAt(k-1, lo), lo)
			}
		}
	}
	if (r.kind == 'r' || r.kind == 'o') && r.a-2 >= lo && d.toks[r.a-1].is("of", "at", "from", "with") {
		// "Sergeant Dai Probert of South Wales Police's roads policing
		// unit said": the person before the body.
		if n := d.personEndingAt(r.a-1, 0); n.kind != 0 {
			return n
		}
	}
	if r.kind == 'r' || r.kind == 'o' || r.kind == 'n' {
		if k := d.roleOfBody(r.a, lo); k < r.a && (r.kind != 'n' || d.matchPerson(r.a, r.b) == nil || d.toks[r.a-1].is("for", "of", "to")) {
			return ref{kind: 'r', a: k, b: r.b} // "a spokesperson for France's permanent representation said"
		}
	}
	if g := d.afterDateline(lo, j); r.kind != 0 && r.kind != 'p' {
		if h := d.groupHead(g); h >= 0 && r.a > h+1 {
			// "Parents in Victoria's north-west say", "Farmers in Western
			// Australia's eastern Wheatbelt say": the people, and where.
			ok := true
			for k := h + 2; k < r.a && ok; k++ {
				ok = d.word(k) && !d.toks[k].speech && !auxWord(d.toks[k].low) && !d.toks[k].is("who", "which", "that")
			}
			if ok {
				return ref{kind: 'r', a: g, b: j + 1}
			}
		}
	}
	if r.kind != 0 && r.kind != 'p' {
		// "Residents who spoke to Al Jazeera said", "Contractors who do
		// the restoration work said": people, and the clause that says
		// which, as written.
		for k := r.a - 1; k > lo && k > j-12 && d.word(k) && !d.toks[k].speech; k-- {
			if d.toks[k].is("who") {
				if g := d.npEndingAt(k-1, lo); g.kind == 'r' && g.b == k && (!d.toks[k-1].cap || d.toks[k-1].sentStart) && (strings.HasSuffix(d.toks[k-1].low, "s") || d.toks[k-1].is("people") || d.toks[g.a].is("a", "an", "one", "another") && d.plainRelative(k, r.a)) {
					return ref{kind: 'r', a: g.a, b: j + 1}
				}
				break
			}
		}
	}
	if (r.kind == 'o' || r.kind == 'r') && r.a-2 >= lo && d.toks[r.a-1].is("of") && d.toks[r.a-2].is("officials", "members", "staff", "representatives", "engineers", "employees", "workers", "leaders", "spokesmen") && (r.a-2 == lo || d.toks[r.a-3].is("the", "some", "senior", "two", "three")) {
		r.a -= 2 // "Officials of the BBMP's lakes division, however, maintained"
		if r.a > lo {
			r.a-- // and its "the", "some", "senior", ...
		}
	}
	if r.kind == 'r' {
		for k := r.a + 2; k < r.b-1; k++ {
			if d.toks[k].is("the", "a", "an") && d.word(k-1) && !d.toks[k-1].cap && !isDet(d.toks[k-1].low) && !d.toks[k-1].in(lxClausePreps) && !d.toks[k-1].is("of", "for", "at", "in", "on", "with", "by", "from", "to", "about", "near", "and", "or", "along", "across", "around", "inside", "outside", "behind", "over", "under", "through", "beside", "between", "into", "onto", "past", "beyond", "toward", "towards", "within", "throughout", "among", "amid", "against", "like") && !strings.HasSuffix(d.toks[k-1].low, "ing") && !strings.HasSuffix(d.toks[k-1].low, "ed") {
				r.a = k // "a measure the government in Warsaw says is needed": the clause's subject (not "officials attending the summit")
				break
			}
		}
	}
	if r.kind == 'r' && r.a-2 == lo && d.toks[r.a-1].is("and") && d.word(lo) && strings.HasSuffix(d.toks[lo].low, "s") && strings.HasSuffix(d.toks[r.b-1].low, "s") && d.isCommon(lo) {
		r.a = lo // "Engineers and critics say": two groups
	}
	return r
}

// runStartingAt: the run whose title or name starts at token a, or nil.
func (d *doc) runStartingAt(a int) *nameRun {
	lo, hi := 0, len(d.runs)
	for lo < hi { // runs are in text order and do not overlap
		m := int(uint(lo+hi) >> 1)
		if d.runs[m].b <= a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.runs) && (d.runs[lo].ta == a || d.runs[lo].a == a) {
		return &d.runs[lo]
	}
	return nil
}

// runEndingAt returns the name run that ends at token b, or nil.
func (d *doc) runEndingAt(b int) *nameRun {
	lo, hi := 0, len(d.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.runs[m].b < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.runs) && d.runs[lo].b == b {
		return &d.runs[lo]
	}
	return nil
}

// roleOfBody: an unnamed someone's role and a preposition stand before the
// body at a ("a spokesperson for France's permanent representation", "an
// official of the ministry's road bureau", "a columnist in the daily
// Al-Qabas"): where their article is, or a.
func (d *doc) roleOfBody(a, lo int) int {
	s := a
	if t := d.theBefore(a, lo); t < a {
		s = t // "the daily Al-Qabas"
	} else if s-1 >= lo && d.toks[s-1].is("the") {
		s--
	}
	p := s - 1
	for n := 0; n < 2 && p-1 > lo && d.word(p) && !d.toks[p].cap && !d.toks[p].in(lxClausePreps) && !isDet(d.toks[p].low) && !d.toks[p].speech; n++ {
		p-- // "a spokesperson for federal Industry Minister Hélène Marchand"
	}
	if p-1 < lo || !d.toks[p].is("for", "of", "at", "in", "from", "to", "with", "by") || d.toks[p].cap {
		return a
	}
	h := p - 1
	source := sourceHeads[d.toks[h].low] && !d.toks[h].is("staff", "crew", "personnel", "management")
	if !d.word(h) || d.toks[h].cap || !(d.toks[h].in(lxTitles|lxUnnamedHeads|lxKin) || roleNoun(d.toks[h].low) || source || d.toks[h].is("family", "relatives", "representative", "representatives")) {
		return a // ("a report by the Critical Minerals Forum", "a paper by ...")
	}
	if d.toks[p].is("by") != source {
		return a
	}
	for k := h - 1; k >= lo && k >= h-3 && d.word(k); k-- {
		if d.toks[k].is("a", "an", "one", "another") || d.toks[k].is("the") && d.toks[h].is("family", "relatives", "lawyers", "parents") {
			return k // "the family of Tyrese Allen"
		}
		if d.toks[k].cap && !d.toks[k].sentStart || d.toks[k].speech || d.toks[k].stopsNP() || d.toks[k].in(lxClausePreps) || isDet(d.toks[k].low) {
			return a
		}
	}
	return a
}

// personFrom: the capitalised words ending at e follow ", from" after a
// person's name and maybe their age ("Pádraig Hourigan (78), from
// Ballymote"): that name, or no ref.
func (d *doc) personFrom(e, lo int) ref {
	k := e
	for k > lo && d.word(k) && d.toks[k].cap {
		k--
	}
	if k == e || k-2 <= lo || !d.toks[k].is("from") || d.toks[k-1].text != "," {
		return ref{}
	}
	n := d.beforeAge(k-2, lo) // "Ann Byrne, 64, from Tuam, who"
	if run := d.runEndingAt(n + 1); run != nil && run.person != nil {
		return ref{kind: 'n', a: run.a, b: n + 1}
	}
	return ref{}
}

// beforeAge: token e ends an age set off after a name, ", 44" or
// "(78)": the token before it; else e.
func (d *doc) beforeAge(e, lo int) int {
	if e-3 > lo && d.toks[e].text == ")" && d.toks[e-2].text == "(" {
		if _, ok := years(d.toks[e-1].low); ok {
			return e - 3
		}
	} else if e-2 > lo && d.toks[e-1].text == "," && d.word(e) {
		if _, ok := years(d.toks[e].low); ok {
			return e - 2
		}
	}
	return e
}

// openingWho: the sentence from lo opens with "a" or "an", a few words
// and "who", with no comma before j: where "who" is, or 0.
func (d *doc) openingWho(lo, j int) int {
	if !d.toks[lo].is("a", "an", "one", "another") || !d.toks[lo].sentStart {
		return 0
	}
	w := 0
	for k := lo + 1; k <= j; k++ {
		t := &d.toks[k]
		if !d.word(k) {
			return 0
		}
		if t.is("who") && w == 0 {
			if k-lo > 5 {
				return 0
			}
			w = k
		}
	}
	return w
}

// hiddenBy: the clause from "who" at w, up to hi, hides the source's
// name ("who asked not to be named", "who spoke on condition of
// anonymity").
func (d *doc) hiddenBy(w, hi int) bool {
	for k := w + 1; k < hi && k <= w+12; k++ {
		if d.toks[k].is("anonymity", "named", "identified", "anonymous") {
			return true
		}
	}
	return false
}

// speechIn: tokens [a, b) hold a speech verb.
func (d *doc) speechIn(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].speech {
			return true
		}
	}
	return false
}

// nameBeforeRole: the phrase r ends a role set off after a person's
// name ("Iain Buchanan, the former Labour MP for Paisley South"): the
// name, or no ref.
func (d *doc) nameBeforeRole(r ref, lo int) ref {
	if r.kind == 0 || r.kind == 'p' || d.toks[r.a].is("the", "a", "an") {
		return ref{}
	}
	for k := r.a - 1; k >= lo && k >= r.a-3 && d.word(k) && !d.toks[k].cap; k-- {
		if !d.toks[k].is("the", "a", "an", "now", "currently", "formerly") {
			continue // "Paulina Rojas Aguirre, now director of ..., who"
		}
		if k-1 > lo && d.toks[k-1].text == "," {
			return d.personEndingAt(k-1, 0)
		}
		break
	}
	return ref{}
}

// personOfDescribedBody: the name starting at a is a body's, after its
// description ("the citizens' group"), and a person's name comes before
// "of", "at" or "from" and the description: the person, or no ref.
func (d *doc) personOfDescribedBody(a, lo int) ref {
	k := a - 1
	if k-2 <= lo || !d.word(k) || d.toks[k].cap || !bodyNouns[d.toks[k].low] {
		return ref{}
	}
	for k--; k > lo && k >= a-6; k-- {
		if d.toks[k].is("the", "a") {
			if d.toks[k-1].is("of", "at", "from") {
				return d.personEndingAt(k-1, lo)
			}
			return ref{}
		}
		if !d.word(k) && d.toks[k].text != "'" || d.toks[k].cap && !d.toks[k].sentStart {
			return ref{}
		}
	}
	return ref{}
}

var bodyNouns = set("group", "charity", "union", "firm", "company", "organisation", "organization",
	"association", "campaign", "network", "coalition", "party", "body", "collective", "forum",
	"movement", "alliance", "trust", "foundation", "society", "ngo", "consultancy", "think-tank", "lobby")

// nameAgeAppositive: the comma at j ends ", a boda boda rider," after a
// name and an age ("Brian Kiggundu, 29, a boda boda rider, said"): the
// name, or no ref.
func (d *doc) nameAgeAppositive(j, lo int) ref {
	c := j - 1
	if c-3 > lo && d.townState(c-2) && d.toks[c-3].is("from", "in", "of") {
		c -= 3 // "a retired nurse from Fresno, California,": the town and its state
	}
	for c > lo && c > j-16 && (d.word(c) && !d.toks[c].cap && !d.toks[c].speech || d.toks[c].text == "'") {
		c--
	}
	if c <= lo || d.toks[c].text != "," || !d.toks[c+1].is("a", "an") || c+2 >= j {
		return ref{}
	}
	if n := d.beforeAge(c-1, lo); n < c-1 {
		if run := d.runEndingAt(n + 1); run != nil && run.person != nil && run.a >= lo {
			return ref{kind: 'n', a: run.a, b: run.b}
		}
	}
	return ref{}
}

// townState: tokens t, t+1 and t+2 are a town, a comma and its state or
// country, each one word ("Fresno, California").
func (d *doc) townState(t int) bool {
	return t >= 0 && t+2 < len(d.toks) && d.toks[t+1].text == "," && d.word(t) && d.toks[t].cap && d.word(t+2) && d.toks[t+2].cap && d.placeAt(t, t+1) && d.placeAt(t+2, t+3)
}

// nameBeforeDescription: the words before e describe a person named
// before them (", a collision investigator with"): the name, or no ref.
func (d *doc) nameBeforeDescription(e, lo int) ref {
	for k := e - 1; k > lo && k > e-10; k-- {
		if t := &d.toks[k]; t.text == "," {
			if d.toks[k+1].is("a", "an", "the") || d.toks[k+1].in(lxTitles) && !d.toks[k+1].cap {
				return d.personEndingAt(k, lo) // (or "Amir Hosseini, chairman of the parish council, who")
			}
			return ref{}
		}
		if !d.word(k) || d.toks[k].speech {
			return ref{}
		}
	}
	return ref{}
}

// whoBetween: a relative clause (", who") after a person's name opens
// between lo and c: a name set off inside it ("Ogunsanya, who was accompanied by the Commissioner,
// Mr Tunde Fashola-Akinwale, said") is not the subject.
func (d *doc) whoBetween(lo, c int) bool {
	for k := c - 1; k > lo; k-- {
		if d.toks[k].is("who") && d.toks[k-1].text == "," {
			return d.personEndingAt(k-1, lo).kind != 0 // not "a property agent, who gave only his surname, Leung, said"
		}
	}
	return false
}

// nameBeforePossessive: r is a body's role ("Oxfam's country director
// for Ethiopia") set off by a comma after a person's name: the name.
func (d *doc) nameBeforePossessive(r ref, lo int) ref {
	if r.kind == 0 || r.kind == 'p' || r.a-1 <= lo || d.toks[r.a-1].text != "," || !d.toks[r.a].cap {
		return ref{}
	}
	k := r.a
	for k < len(d.toks) && k < r.a+5 && d.word(k) && (d.toks[k].cap || k > r.a && d.toks[k].is("the", "of", "for") && k+1 < len(d.toks) && d.toks[k+1].cap) {
		k++ // "Oxfam's", "Save the Children's"
	}
	if k+1 < len(d.toks) && d.toks[k].low == "'s" && d.word(k+1) && !d.toks[k+1].cap {
		return d.personEndingAt(r.a-1, lo)
	}
	return ref{}
}

// personBeforeOf: a person's name ends just before "of" (or "at") and the
// words up to a ("Rep. Han Seung-woo of the main opposition"): the name
// with its title, or no ref.
func (d *doc) personBeforeOf(a, lo int) ref {
	for k := a - 1; k > lo && k >= a-5; k-- {
		if d.toks[k].is("of", "at", "from") {
			return d.personEndingAt(k, lo)
		}
		if !d.word(k) || d.toks[k].cap {
			return ref{}
		}
	}
	return ref{}
}

// plainRelative: the relative clause from "who" at k to the subject at
// a is short and holds no verb of the sentence ("who works at the
// centre", not "who filmed himself was jailed after a judge").
func (d *doc) plainRelative(k, a int) bool {
	if a-k > 7 {
		return false
	}
	for i := k + 1; i < a; i++ {
		if t := &d.toks[i]; auxWord(t.low) || t.is("after", "before", "when", "while", "because", "and") {
			return false
		}
	}
	return true
}

// wordsOnly: tokens [a, b) are all words.
func (d *doc) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.word(k) {
			return false
		}
	}
	return true
}

// theBefore: one or two lower-case words and "the" stand before the name
// at a ("the ruling Democratic Party"): where "the" is, or a.
func (d *doc) theBefore(a, lo int) int {
	for k := a - 1; k >= lo && k >= a-3; k-- {
		t := &d.toks[k]
		if t.is("the") && k < a-1 {
			return k
		}
		if kindNouns[t.low] {
			return a // "the sepsis charity UK Sepsis Trust": the name alone
		}
		if !d.word(k) || t.cap || t.speech || t.in(lxTitles) || t.stopsNP() || t.in(lxClausePreps) || auxWord(t.low) || isDet(t.low) {
			return a
		}
	}
	return a
}

// openingRelative: the sentence from lo opens with a noun phrase and a
// relative clause without commas that runs to j, before the verb ("The
// union that represents transit workers says", "The two city corporations
// that govern Dhaka said"): all of it, or no ref.
func (d *doc) openingRelative(lo, j int) ref {
	if !d.toks[lo].is("the", "a", "an") || j-lo > 14 {
		return ref{}
	}
	w := lo + 1
	for w < j && w < lo+6 && d.word(w) && !d.toks[w].is("that", "who") {
		if d.toks[w].in(lxClausePreps) || d.toks[w].speech {
			return ref{} // "The vote came after a nurse who ..."
		}
		w++
	}
	if w >= j || w == lo+1 || !d.toks[w].is("that", "who") || !d.verbShaped(w+1) {
		return ref{}
	}
	if n := d.nameGivenAs(w, j+1); n.kind != 0 {
		return n // "A schoolteacher who gave her name only as Maryam said"
	}
	for k := w + 1; k <= j && k < w+4; k++ {
		if d.toks[k].is("anonymity", "anonymously") {
			return ref{kind: 'r', a: lo, b: w} // "A senior party lawmaker who requested anonymity told"
		}
	}
	if j-w > 6 {
		return ref{}
	}
	for k := w + 1; k <= j; k++ {
		if t := &d.toks[k]; !d.word(k) || t.speech || t.inQuote || auxWord(t.low) || k > w+1 && t.stopsNP() || t.is("after", "before", "because", "since", "until", "than") {
			return ref{} // not "A driver who filmed himself was jailed after a judge said"
		}
	}
	return ref{kind: 'r', a: lo, b: j + 1}
}

// verbShaped: the word at k reads as a verb in the past or the present
// ("represents", "govern", "testified").
func (d *doc) verbShaped(k int) bool {
	t := &d.toks[k]
	return d.word(k) && !t.cap && !t.in(lxTimeWords) && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "s") || d.isCommon(k) && !isDet(t.low))
}

// nameGivenAs reads the name in a relative clause from w to j, "who gave
// her name only as Salimata", "who asked to be identified only as Dale":
// the name, or no ref.
func (d *doc) nameGivenAs(w, j int) ref {
	if !d.toks[w].is("who") {
		return ref{}
	}
	cue := false
	for k := w + 1; k+1 < j && k < w+10; k++ {
		t := &d.toks[k]
		if t.is("name", "identified", "known", "called") {
			cue = true
		}
		if t.is("name") && d.toks[k+1].text == "," && k+2 < j && d.word(k+2) && d.toks[k+2].cap {
			e := k + 2 // "who asked that only her first name, Sharonda, be used"
			for e < j && d.word(e) && d.toks[e].cap {
				e++
			}
			if e < j && d.toks[e].text == "," && e-(k+2) <= 2 {
				return ref{kind: 'n', a: k + 2, b: e}
			}
		}
		if t.is("sign") && k+2 < j && d.toks[k+1].kind == tMark && d.word(k+2) && d.toks[k+2].cap {
			k++ // "who goes by the call sign \"Kobzar\""
		} else if !cue || !t.is("as") || !d.word(k+1) || !d.toks[k+1].cap {
			continue
		}
		e := k + 1
		for e < j && d.word(e) && d.toks[e].cap {
			e++
		}
		if e < len(d.toks) && (!d.word(e) || d.toks[e].speech) && e-(k+1) <= 3 {
			return ref{kind: 'n', a: k + 1, b: e}
		}
		return ref{}
	}
	return ref{}
}

// adverbNouns head phrases of time, not speakers ("at one point").
var adverbNouns = set("point", "time", "times", "stage", "moment", "juncture", "end", "start", "outset")

// articleName: an Arabic name with its article, "al-Aqsa", "el-Sisi".
func articleName(s string) bool {
	for _, p := range [...]string{"al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"} {
		if len(s) > len(p) && strings.HasPrefix(s, p) && s[len(p)] >= 'A' && s[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// kindNouns say what kind of body a name is ("the campaign group
// Greenpeace", "the ride-hailing firm Uber").
var kindNouns = set("charity", "group", "firm", "company", "organisation", "organization",
	"union", "agency", "body", "watchdog", "network", "foundation", "outlet", "broadcaster",
	"newspaper", "website", "startup", "insurer", "lender", "carrier", "retailer", "maker",
	"producer", "manufacturer", "developer", "operator", "miner", "chain", "platform")

// groupHead: the sentence from lo opens with a plural of people, maybe
// after an adjective, and then where they are ("Parents in", "Traditional
// owners in"): the plural, or -1.
func (d *doc) groupHead(lo int) int {
	if !d.toks[lo].sentStart && !(lo > 0 && d.toks[lo-1].is("-", "—", "–")) {
		return -1 // (or after a dateline's dash)
	}
	for h := lo; h <= lo+4 && h+1 < len(d.toks); h++ {
		t := &d.toks[h]
		if !d.word(h) || d.toks[h].speech || auxWord(d.toks[h].low) || d.toks[h].in(lxClausePreps) && !d.toks[h+1].cap {
			return -1 // "Two mid-sized battery makers in western Japan said", not "People said in ..."
		}
		if (strings.HasSuffix(t.low, "s") || t.is("people")) && (d.toks[h+1].is("in", "at", "from", "across", "near", "outside", "around") || d.toks[h+1].is("of") && t.is("residents", "people", "families", "parents", "members", "workers", "owners", "tenants")) {
			if d.isCommon(lo) || h == lo && (agentPlural(t.low) || strings.HasSuffix(t.low, "ers")) && !d.gGiven(t.low) {
				return h
			}
			return -1
		}
		if t.cap && h > lo {
			return -1
		}
	}
	return -1
}

// personEndingAt: the person's name (with its title) whose run ends at
// token b and starts at or after lo, or no ref.
func (d *doc) personEndingAt(b, lo int) ref {
	if run := d.runEndingAt(b); run != nil && run.person != nil && run.ta >= lo {
		return ref{kind: 'n', a: run.ta, b: run.b}
	}
	return ref{}
}

// postModified widens r to the noun a participle phrase qualifies:
// "scientists not involved in the work", "a diplomat based in Rabat".
func (d *doc) postModified(r ref, lo int) ref {
	k := r.a - 1
	if r.kind != 0 && k-1 >= lo && d.word(k) && !d.toks[k].cap && !d.toks[k].speech && len(d.toks[k].low) > 5 && strings.HasSuffix(d.toks[k].low, "ing") && d.toks[r.a].is("the", "a", "an") {
		// "Danish officials attending the summit", "workers building
		// the tunnel"
		if inner := d.npEndingAt(k-1, lo); (inner.kind == 'r' || inner.kind == 'o') && strings.HasSuffix(d.toks[k-1].low, "s") {
			return ref{kind: 'r', a: inner.a, b: r.b}
		}
	}
	if r.kind != 0 && k-2 >= lo && r.b+1 < len(d.toks) && !d.word(r.b+1) && d.toks[k].is("by") && d.toks[k-1].is("compiled", "published", "collected", "gathered", "analysed", "analyzed", "released", "obtained", "reviewed") {
		// "..., swaps data compiled by Bloomberg show.": the records,
		// then who compiled them, after the clause
		if inner := d.npEndingAt(k-2, lo); (inner.kind == 'r' || inner.kind == 'o') && (recordHeads[d.toks[k-2].low] || sourceHeads[d.toks[k-2].low]) {
			return ref{kind: 'r', a: inner.a, b: r.b}
		}
	}
	if r.kind == 0 || k-2 < lo || !d.word(k) || !d.toks[k].is("in", "on", "at", "with", "to", "near") {
		return r
	}
	m := k - 1
	if !d.toks[m].is("involved", "based", "familiar", "close", "working", "engaged", "responsible") {
		return r
	}
	if m-1 > lo && d.toks[m-1].is("not", "directly", "closely") {
		m--
	}
	inner := d.npEndingAt(m-1, lo)
	if inner.kind != 'r' && inner.kind != 'o' {
		return r
	}
	return ref{kind: 'r', a: inner.a, b: r.b}
}

// roleWords returns the end of the lower-case words from k that can make
// a role or an organisation's description ("infrastructure ministry").
func (d *doc) roleWords(k, hi int) int {
	e := k
	for e < hi && e < k+3 && d.word(e) && !d.toks[e].cap && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) && !d.toks[e].in(lxTimeWords) {
		e++
	}
	return e
}

// demonymEnds end most words for a people ("Egyptian", "Emirati",
// "Chinese", "Polish").
var demonymEnds = []string{"an", "ian", "ese", "ish", "i"}

// otherDemonyms do not.
var otherDemonyms = set("swiss", "french", "dutch", "thai", "greek", "czech", "welsh", "irish", "scots", "lao", "basque")

// nationalityNoun: token i names someone by their nation ("the
// Spaniard", "the American", "the Briton").
func (d *doc) nationalityNoun(i int) bool {
	t := &d.toks[i]
	return t.cap && t.kind == tWord && (t.in(lxNationNouns) || d.demonym(i) && !strings.HasSuffix(t.low, "ish") && !t.in(lxOtherDemonyms))
}

// nationNouns name a person by nation without a demonym's ending.
var nationNouns = set("spaniard", "briton", "frenchman", "frenchwoman", "dane", "swede", "finn",
	"pole", "turk", "scot", "scotsman", "welshman", "irishman", "englishman", "dutchman",
	"kiwi", "argentine", "filipino", "filipina", "serb", "croat", "czech", "greek", "thai", "swiss")

// demonym: token i looks like an adjective of nationality: capitalised, no
// place or given name, with a demonym's ending.
func (d *doc) demonym(i int) bool {
	t := &d.toks[i]
	if !t.cap || t.kind != tWord || t.allCaps {
		return false
	}
	shape := t.in(lxOtherDemonyms)
	for _, e := range demonymEnds {
		if !shape && len(t.low) > len(e)+2 && strings.HasSuffix(t.low, e) {
			shape = true
		}
	}
	// The gazetteer last: most words fail the shape; and not a known
	// person's name ("Halloran").
	return shape && !d.gHas(t.low) && !d.gGiven(t.low) && d.matchPerson(i, i+1) == nil
}

// npEndingAt reads a noun phrase backwards from its last token j.
func (d *doc) npEndingAt(j, lo int) ref {
	if partyTag(d.toks[j].text) && j-2 >= lo && d.toks[j-1].text == "," {
		return d.npEndingAt(j-2, lo) // "Sen. Ruth Albers, R-Ohio, who ..."
	}
	if d.toks[j].text == ")" && j-3 >= lo && d.toks[j-2].text == "(" && partyTag(d.toks[j-1].text) {
		return d.npEndingAt(j-3, lo) // "Sen. Rosalind Achebe-Turner (D-Ohio), the bill's lead sponsor, said"
	}
	t := &d.toks[j]
	if t.kind != tWord || t.stopsNP() || t.in(lxClausePreps) && !t.cap {
		return ref{}
	}
	if placeAdverb(t.low) && j-1 >= lo && d.word(j-1) && strings.HasSuffix(d.toks[j-1].low, "s") {
		if inner := d.npEndingAt(j-1, lo); inner.kind == 'r' || inner.kind == 'o' {
			return ref{kind: 'r', a: inner.a, b: j + 1} // "Scientists there say", "Fans outside said"
		}
	}
	if !isPronoun(t.low) && !t.in(lxNotNames) && t.cap && (d.opens(j) || t.para == 0 && j > 0 && d.toks[j-1].text == ",") && (d.isCommon(j) && !d.gHas(t.low)) && (j+1 >= len(d.toks) || !d.toks[j+1].cap || t.para == 0) && d.matchPerson(j, j+1) == nil && d.fullNameBefore(j) == nil {
		return d.roleRef(j, j+1) // "Observers said", "..., Traders Say": a capitalised common noun, not "Shah said" after Amit Shah, nor "Dell" after Marquise Dell
	}
	if isPronoun(t.low) {
		return ref{kind: 'p', a: j, b: j + 1}
	}
	if t.cap && strings.IndexByte(t.low, '-') > 0 && sportsRoles[t.low] {
		for k := j - 1; k >= lo && k >= j-4 && d.word(k) && !d.toks[k].cap; k-- {
			if isDet(d.toks[k].low) {
				return d.roleRef(k, j+1) // "the five-time All-Star said"
			}
		}
	}
	if t.is("them", "us", "those") && j-2 >= lo && d.toks[j-1].is("of") && (d.toks[j-2].in(lxQuantifiers) || d.toks[j-2].is("one", "two", "three", "each", "all", "none")) {
		return ref{kind: 'r', a: j - 2, b: j + 1} // "one of them said"
	}
	a := j
	if t.cap && j-2 >= lo && d.word(j-1) && !d.toks[j-1].cap && d.nationalityNoun(j) {
		for k := j - 1; k >= lo && k >= j-3 && d.word(k); k-- {
			if d.toks[k].is("the") {
				return ref{kind: 'r', a: k, b: j + 1} // "the 23-year-old Italian"
			}
			if d.toks[k].cap {
				break
			}
		}
	}
	group := pluralAcronym(t.text) && j-1 >= lo && d.word(j-1) && !d.toks[j-1].sentStart // "local TDs", "several Labour MPs"
	if run := d.runEndingAt(j + 1); t.cap && run != nil && run.person != nil && run.a > lo && d.word(run.a-1) && d.toks[run.a-1].cap && run.a == run.ta {
		// "Labor senator for Victoria Jane Hume said": the seat, then the
		// name; the person alone.
		for p := run.a - 1; p > lo && p >= run.a-3 && d.word(p) && d.toks[p].cap; p-- {
			if d.seatFor(p) && d.placeEnd(p, run.a) == run.a {
				return ref{kind: 'n', a: run.a, b: run.b}
			}
		}
	}
	if run := d.runEndingAt(j + 1); t.cap && run != nil && run.isOrg && run.a > lo && d.toks[run.a-1].is("called", "named") {
		return ref{kind: 'o', a: run.a, b: j + 1} // "A group called Neighbors for Sensible Growth said"
	}
	if t.cap && !group && (!t.in(lxNotNames) || t.allCaps && d.acronymOrg(j) || brandOrgs[t.low]) { // "the UN said", "Google said"
		for a > lo {
			if d.word(a-1) && (d.toks[a-1].cap && (!d.toks[a-1].in(lxNotNames) || compassWords[d.toks[a-1].low] && d.placeAt(a-1, j+1) || d.toks[a-1].is("new") && d.placeEnd(a-1, j+1) == j+1 || d.toks[a-1].allCaps && d.toks[a].in(lxOrgWords)) && !compoundAdjective(d.toks[a-1].low) && !d.tradeBefore(a-1) || d.toks[a-1].in(lxParticles) || articleName(d.toks[a-1].text)) {
				a-- // not "Cebu-based", a description
			} else if a-2 >= lo && d.word(a-1) && d.toks[a-1].cap && d.toks[a-2].is("the") && d.gHas(d.toks[a-1].low) && d.orgRun(a, j+1) {
				a-- // "the US National Science Foundation"
			} else if a-2 >= lo && d.pluralPossessive(a-1, lo) && d.toks[a-2].cap {
				a -= 2 // "the Ontario Nurses' Association"
			} else if a-2 >= lo && d.word(a-1) && !d.toks[a-1].cap && d.word(a-2) && d.toks[a-2].cap && d.placeEnd(a-2, j+1) == j+1 {
				a -= 2 // "Dar es Salaam"
			} else if run := d.runEndingAt(j + 1); a-2 >= lo && d.toks[a-1].is("for") && d.toks[a-2].cap && run != nil && run.isOrg && run.a <= a-2 && run.a >= lo && d.placeEnd(a, j+1) == j+1 {
				a = run.a // "Transport for London"
			} else {
				break
			}
		}
		if run := d.runEndingAt(j + 1); run != nil && run.isOrg && run.a < a && run.a >= lo && d.toks[a-1].is("des") {
			a = run.a // "The Bureau Interprofessionnel des Vins de Bourgogne": one body
			if d.toks[a].is("the") {
				a++
			}
		}
		if a > lo && d.word(a-1) && d.toks[a-1].cap && compassWords[d.toks[a-1].low] && (d.orgRun(a, j+1) || d.orgPrefix(a-1, j+1)) {
			a-- // "Southern Downs Water", "Western Union"
		}
		if a-2 >= lo && d.word(a-1) && d.toks[a-1].is("state", "federal", "national", "provincial", "county", "city", "regional") && d.toks[a-2].is("the") && d.orgRun(a, j+1) {
			a-- // "a spokesperson for the state Public Education Department"
		}
		if n := d.personOfDescribedBody(a, lo); n.kind != 0 {
			return n // "Sanjeev Hiremath of the citizens' group Namma Metro Prayanikara Vedike said"
		}
		if k := a - 1; k >= lo && d.toks[k].text == "An" && (!d.toks[k].sentStart || !d.isCommon(a) && !d.demonym(a) && !d.gHas(d.toks[a].low)) {
			return ref{kind: 'o', a: k, b: j + 1} // Irish bodies: "An Taisce", "An Post"
		}
		if o := d.orgStart(a, lo); o < a {
			// "the Department for Environment, Food and Rural Affairs",
			// "Public Service Company of Oklahoma": one organisation.
			if p := d.possessor(o, lo); p < o {
				return ref{kind: 'o', a: p, b: j + 1} // "Egypt's Ministry of Tourism and Antiquities", "the state's Office of Emergency Management"
			}
			if o-1 >= lo && d.toks[o-1].is("the") {
				if r, ok := d.extendPP(o-1, j+1, lo); ok {
					return r // "Dr. X of the University of Chile", "a spokesperson for the Department of ..."
				}
				return ref{kind: 'o', a: o - 1, b: j + 1}
			}
			return ref{kind: 'o', a: o, b: j + 1}
		}
		if r, ok := d.extendPP(a, j+1, lo); ok {
			return r
		}
		if p := d.possessor(a, lo); p < a && d.orgRun(a, j+1) {
			return ref{kind: 'o', a: p, b: j + 1} // "Ukraine's Defense Ministry", "the Marion County Sheriff's Office"
		}
		if a > lo && d.toks[a-1].is("the") {
			if a-2 > lo && d.toks[a-2].is("of", "at", "from") {
				if r, ok := d.extendPP(a-1, j+1, lo); ok && r.kind == 'n' {
					return r // "Economist Pham Quang Huy of the National Economics University"
				}
			}
			if r, ok := d.ofPhrase(a-1, j+1, lo); ok {
				return r
			}
			return d.theRef(a-1, j+1)
		}
		if d.allTitles(a, j+1) {
			return ref{kind: 'r', a: a, b: j + 1}
		}
		if p := d.matchPerson(a, a+1); a == j && a-2 >= lo && d.word(a-1) && !d.toks[a-1].cap && d.toks[a-2].is("a", "an", "one", "another") && (p == nil || len(p.parts) == 1 && len(p.mentions) <= 1) && !d.gGiven(t.low) {
			return d.roleRef(a-2, j+1) // "a senior Liberal said": a party's member
		}
		if t := d.theBefore(a, lo); t < a && d.orgRun(a, j+1) {
			return ref{kind: 'o', a: t, b: j + 1} // "the ruling Democratic Party", "the opposition Peoples Democratic Party"
		}
		return ref{kind: 'n', a: a, b: j + 1}
	}
	if t.cap && !group {
		return ref{}
	}
	for a > lo && j-a < 6 && (d.word(a-1) && !isDet(d.toks[a-1].low) && (!d.toks[a-1].stopsNP() || d.nounSpeech(a-1, lo)) && !d.toks[a-1].in(lxClausePreps) && (!d.toks[a-1].in(lxTimeWords) || d.toks[a-1].cap && !d.toks[a-1].sentStart || d.toks[a-1].low == "only" && a-2 >= lo && isDet(d.toks[a-2].low)) || d.pluralPossessive(a-1, lo) || d.toks[a-1].text == "+" && a-2 >= lo && d.toks[a-2].allCaps) {
		a-- // and "OPEC+ sources"
		if d.toks[a].text == "+" {
			a--
		}
	}
	if a < j && d.toks[a].cap {
		if o := d.orgStart(a, lo); o < a {
			// "A Ministry of Justice source said", "a Department for
			// Energy Security and Net Zero spokesperson said"
			if o-1 >= lo && isDet(d.toks[o-1].low) {
				o--
			}
			return d.roleRef(o, j+1)
		}
	}
	if r, ok := d.ofPhrase(a, j+1, lo); ok {
		return r // "a spokeswoman for the palace", "Grewal's chief of staff"
	}
	if t.in(lxQuantifiers) && a == j && !(a > lo && d.word(a-1) && isDet(d.toks[a-1].low)) {
		return ref{kind: 'r', a: j, b: j + 1} // "many say"
	}
	if a > lo && d.word(a-1) && isDet(d.toks[a-1].low) {
		a--
		return d.roleRef(a, j+1)
	}
	if t.in(lxTitles) || t.in(lxOrgHeads) || t.in(lxCompany) || sourceHeads[t.low] || (strings.HasSuffix(t.low, "s") || t.low == "data" || t.low == "family" || len(t.low) > 5 && strings.HasSuffix(t.low, "men") && !t.cap) && !t.in(lxTimeWords) {
		// bare plurals and roles: "officials", "union leaders", "Residents' groups", "fishermen"
		if a < j && !(d.toks[a].in(lxTitles) || d.toks[a].in(lxOrgHeads) || d.isCommon(a) || d.demonym(a) || (d.toks[j].in(lxOrgHeads) || strings.HasSuffix(t.low, "men")) && d.placeAt(a, j) || a == j-1 && d.toks[a].sentStart && !d.gGiven(d.toks[a].low) && !d.placeAt(a, j) && d.matchPerson(a, j) == nil) {
			a = j // but "Brussels police", "Forex dealers"
		}
		if a > lo+1 && d.toks[a-1].text == "'" && d.word(a-2) {
			a -= 2
		}
		return d.roleRef(a, j+1)
	}
	return ref{}
}

// orgOfOrg: "the", a body's capitalised name, "of" or "for" (perhaps with
// "the") and another capitalised name run from j to the end of the clause
// ("the Organization of the Petroleum Exporting Countries"): where the name
// ends, or j.
func (d *doc) orgOfOrg(j, hi int) int {
	if !d.toks[j].is("the") || j+1 >= hi || !d.word(j+1) || !d.toks[j+1].cap {
		return j
	}
	e := j + 1
	for e < hi && d.word(e) && d.toks[e].cap {
		e++
	}
	if e+1 >= hi || !d.toks[e].is("of", "for") || !d.orgRun(j+1, e) {
		return j
	}
	f := e + 1
	if d.toks[f].is("the") {
		f++
	}
	g := f
	for g < hi && d.word(g) && d.toks[g].cap {
		g++
	}
	if g == f || g < hi && d.word(g) || g+1 < hi && d.toks[g].text == "," && d.word(g+1) && (d.toks[g+1].cap || d.toks[g+1].is("the")) {
		return j // (not "the Department of Climate Change, Energy, the Environment and Water")
	}
	return g
}

// pluralAcronym: s is the plural of an acronym for people ("MPs",
// "TDs", "MLAs").
func pluralAcronym(s string) bool {
	n := len(s)
	if n < 3 || n > 5 || s[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// possessor: the organisation's name at token a follows a possessive of a
// place or a body ("Ukraine's", "the Marion County Sheriff's", "the
// state's"); where that starts, or a.
func (d *doc) possessor(a, lo int) int {
	if a-2 >= lo && d.pluralPossessive(a-1, lo) && d.toks[a-2].cap {
		// "the Farmers' Union of Wales": a name in the plural, its own
		p := a - 2
		if p-1 >= lo && d.toks[p-1].is("the") {
			p--
		}
		return p
	}
	if a-2 < lo || d.toks[a-1].low != "'s" || !d.word(a-2) {
		return a
	}
	p := a - 2
	if t := &d.toks[p]; !t.cap {
		if t.is("state", "country", "city", "county", "government", "nation", "province", "region", "island") && p-1 >= lo && d.toks[p-1].is("the") {
			return p - 1
		}
		return a
	}
	for p > lo && d.word(p-1) && d.toks[p-1].cap && !d.toks[p-1].in(lxNotNames) {
		p--
	}
	if p-1 >= lo && d.toks[p-1].is("the") {
		p--
	}
	return p
}

// sourceHeads are things that report: "a Dutch trial finds", "a new
// survey shows".
var sourceHeads = set("study", "trial", "survey", "report", "poll", "research", "review",
	"analysis", "audit", "inquiry", "investigation", "probe", "census", "paper", "assessment",
	"staff", "crew", "personnel", "management", "data", "summary", "radio", "television", "tv", "press")

// recordHeads are records that a clause is credited to ("according to
// minutes of the meeting", "according to industry estimates").
var recordHeads = set("minutes", "records", "documents", "filings", "figures", "statistics",
	"estimates", "transcripts", "notes", "papers", "accounts", "reports", "evidence")

// compassWords may open an organisation's name, though never a person's.
var compassWords = set("northern", "southern", "eastern", "western", "new")

// orgRun: tokens [a, b) hold an organisation's word.
func (d *doc) orgRun(a, b int) bool {
	for k := a; k < b; k++ {
		if d.toks[k].cap && d.toks[k].in(lxOrgWords) {
			return true
		}
	}
	return false
}

// orgStart returns where an organisation's name that ends in the
// capitalised run starting at a begins, when "of", "for", "and" or a list
// joins the run to earlier capitalised words one of which is an
// organisation's word ("Department", "Company"); a if there is none.
func (d *doc) orgStart(a, lo int) int {
	start := a
	and := false
	for k := a - 1; k-1 > lo && k > a-16; {
		if d.toks[k].is("the") && (d.toks[k-1].is("of", "for", "on", "and") || and && d.toks[k-1].text == ",") {
			k-- // "the Kiel Institute for the World Economy", "Climate Change, Energy, the Environment and Water"
		}
		t := &d.toks[k]
		switch {
		case t.is("of", "for", "on"): // "Commission on Human Rights"
		case t.is("and", "&"):
			and = true
		case t.text == "," && and:
		default:
			return start
		}
		e := k - 1
		if d.toks[e].is("the") && t.is("of", "for") && e-1 > lo {
			e-- // "Secretary of the Navy"
		}
		if !d.word(e) || !d.toks[e].cap || d.toks[e].in(lxNotNames) {
			return start
		}
		org := false
		for ; e >= lo && (d.word(e) && d.toks[e].cap && (!d.toks[e].in(lxNotNames) || d.toks[e].allCaps && org) || e-1 >= lo && d.pluralPossessive(e, lo)); e-- {
			org = org || d.word(e) && d.toks[e].in(lxOrgWords) // and "UN Office", "the Citrus Growers' Association"
		}
		if org || start == a && t.is("and") && d.placeEnd(e+1, a+1) == a+1 || t.is("and") && e >= 0 && k-e <= 3 && d.toks[e].is("the") && start < a {
			start = e + 1 // "Dumfries and Galloway Council": a place's name; "the Steel and Engineering Industries Federation"
		}
		k = e
	}
	return start
}

// partyTag: an American politician's party and state, "R-Ohio",
// "D-Calif.", "I-Vt.".
func partyTag(s string) bool {
	return len(s) >= 4 && (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z'
}

// extendPP widens a capitalised phrase to the noun it qualifies: "officials
// at the European Union in Brussels", "the Ministry of Finance", "Kenji
// Arakawa of Mizuho" (then the name alone).
func (d *doc) extendPP(a, b, lo int) (ref, bool) {
	k := a - 1
	for n := 0; n < 3 && k > lo && d.word(k) && (d.toks[k].in(lxCompany) && !d.toks[k].cap || strings.HasSuffix(d.toks[k].low, "-based")); n++ {
		k-- // "Joaquin Tan of Manila-based brokerage Pacifica Securities"
	}
	if k == a-1 && k-2 > lo && d.word(k) && !d.toks[k].cap && d.toks[k].in(lxOrgHeads) && !d.toks[k].in(lxTitles) {
		// "a spokesman for the socialist union CGSP": a body's kind,
		// perhaps described, and its article before the name
		j := k - 1
		if d.word(j) && !d.toks[j].cap && !isDet(d.toks[j].low) && !d.toks[j].stopsNP() && !d.toks[j].in(lxClausePreps) {
			j--
		}
		if d.toks[j].is("the") && j-1 > lo && d.toks[j-1].is("for", "of", "at", "from") {
			k = j - 1
		}
	}
	if k > lo && k == a-1 && d.toks[k].is("and") {
		if p := d.listPrep(k, lo); p > lo {
			k = p // "Residents of Velachery, Madipakkam and Pallikaranai say"
		}
	}
	if k <= lo || !d.toks[k].is("in", "at", "of", "from", "for", "and", "near", "outside") || k < a-1 && d.toks[k].is("and") {
		return ref{}, false
	}
	start := k
	if start-3 > lo && d.toks[start-1].text == ")" && d.toks[start-3].text == "(" && d.toks[start-2].allCaps {
		start -= 3 // "a spokesperson for the World Food Programme (WFP) in Addis Ababa"
	}
	for start > lo && start > a-14 && d.word(start-1) && (!d.toks[start-1].stopsNP() && !auxWord(d.toks[start-1].low) || d.toks[start-1].cap && !d.toks[start-1].sentStart) || start > lo && d.toks[start-1].text == "'" {
		start--
	}
	for start < k && (d.toks[start].is("and", "but", "as") || d.toks[start].in(lxClausePreps) && !d.toks[start].cap) {
		start++
	}
	if start >= k {
		return ref{}, false
	}
	if s := &d.toks[start]; s.sentStart && !s.is("the", "a", "an") && start+2 < k && d.toks[start+1].cap && d.toks[start+2].cap && (s.in(lxTitles) || d.commonishTok(start)) {
		start++ // "Seismologist Arturo Iglesias Mendoza of ..."
	} else if s.sentStart && !s.is("the", "a", "an") && start+3 < k && d.word(start+1) && !d.toks[start+1].cap && (tradeNoun(d.toks[start+1].low) || roleNoun(d.toks[start+1].low) || d.toks[start+1].in(lxTitles)) && d.toks[start+2].cap && d.toks[start+3].cap {
		start += 2 // "Marine biologist Valentina Oyarzún of the Universidad Austral de Chile"
	} else if s.sentStart && !s.is("the", "a", "an") && start+2 < k && d.word(start+1) && !d.toks[start+1].cap && d.toks[start+1].in(lxCompany|lxOrgHeads) && !d.toks[start+1].in(lxTitles) && d.toks[start+2].cap {
		return ref{kind: 'o', a: start + 2, b: b}, true // "Bus operator First West of England": its trade, then its name
	}
	s := &d.toks[start]
	if d.toks[k].is("and") && s.cap && d.placeEnd(start, k) == k && d.placeEnd(a, b) == b {
		return ref{kind: 'o', a: start, b: b}, true // "Peru and Ecuador said": two governments
	}
	if d.toks[k].is("and") && k == start+1 && s.cap && !s.in(lxNotNames) && b-a == 2 && d.toks[b-1].in(lxOrgWords) && d.toks[b-1].cap {
		return ref{kind: 'o', a: start, b: b}, true // "Avon and Somerset Police said": one force
	}
	switch {
	case s.is("the") && d.toks[start+1].cap:
		return ref{kind: 'o', a: start, b: b}, true
	case s.cap && !s.is("the", "a", "an", "another") && !s.in(lxNotNames) && !(s.sentStart && d.isCommon(start) && !d.toks[start+1].cap):
		e := start
		for e < k && d.toks[e].cap {
			e++
		}
		if e+1 < k && d.toks[e].low == "'s" && d.toks[e+1].cap {
			return ref{kind: 'o', a: start, b: b}, true // "Egypt's Ministry of Tourism"
		}
		if e == k && d.toks[e-1].in(lxTitles) {
			return ref{kind: 'r', a: start, b: b}, true // "Nationals MP for Kalgoorlie Lachlan Boyd"
		}
		return ref{kind: 'n', a: start, b: e}, true
	}
	if e := k - 1; d.word(e) && d.toks[e].cap {
		for e > start && d.word(e-1) && d.toks[e-1].cap && !d.toks[e-1].in(lxTitles) {
			e--
		}
		if k-e >= 2 && d.word(e-1) && d.toks[e-1].in(lxTitles) && !d.orgRun(e, k) {
			return ref{kind: 'n', a: e, b: k}, true // "Urban planner Prof. Vikram Iyer of ..."
		}
	}
	return ref{kind: 'r', a: start, b: b}, true
}

// listPrep: "and" at k ends a list of capitalised names after "in",
// "of" or "from" and a plural ("Families in Newcastle West, Abbeyfeale
// and Rathkeale"): the preposition, or -1.
func (d *doc) listPrep(k, lo int) int {
	p := k - 1
	for p > lo && p > k-16 && (d.word(p) && d.toks[p].cap || d.toks[p].text == ",") {
		p--
	}
	if p-1 >= lo && p < k-1 && d.toks[p].is("in", "of", "from") && d.word(p-1) && strings.HasSuffix(d.toks[p-1].low, "s") && (!d.toks[p-1].cap || d.toks[p-1].sentStart) {
		return p
	}
	return -1
}

// sentenceSubject reads the noun phrase that opens a sentence (after a
// dateline), the subject of every verb coordinated with the first.
func (d *doc) sentenceSubject(lo, hi int) ref {
	if d.opener(lo) {
		// "Meanwhile, Opposition Leader ... said", "Asked about that on
		// Friday, she laughed."
		for c := lo + 1; c < hi && c < lo+10 && (d.word(c) || d.toks[c].text == ","); c++ {
			if d.toks[c].text == "," {
				lo = c + 1
				break
			}
		}
		// "Under cross-examination by the newspaper's barrister, Naomi
		// Achebe-Ward KC, he accepted": the name is the opener's.
		if c := lo - 1; c > 0 && lo < hi && d.toks[c].text == "," && d.word(c-1) && !d.toks[c-1].cap && d.toks[c-1].in(lxTitles) {
			if n := d.nameAfter(c); n.kind != 0 && n.b+1 < hi && d.toks[n.b].text == "," && isPronoun(d.toks[n.b+1].low) {
				lo = n.b + 1
			}
		}
		// "Asked about his own dismissal, caught at short leg off the
		// first ball, the captain was blunt": a second participle's phrase.
		if t := &d.toks[lo]; lo < hi && d.word(lo) && !t.cap && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || t.is("caught", "taken", "held", "seen", "born")) {
			for c := lo + 1; c < hi && c < lo+14 && d.word(c) || c < hi && d.toks[c].text == ","; c++ {
				if d.toks[c].text == "," {
					lo = c + 1
					break
				}
			}
		}
	}
	k := lo
	for j := lo; j < hi && j < lo+8; j++ {
		if d.toks[j].is("—", "–") || d.toks[j].text == "-" && j > 0 && int(d.toks[j].bs) > d.toks[j-1].byteEnd() {
			k = j + 1 // a dash set off by spaces, not the one of "(R-Kan.)"
		}
	}
	if k >= hi {
		return ref{}
	}
	if run := d.runStartingAt(k); run != nil && run.person != nil && run.title && run.ta == k && run.a > k+1 && run.b < hi && d.toks[run.b].low != "'s" {
		return ref{kind: 'n', a: run.a, b: run.b} // "Independent TD for Donegal Eileen Gallagher called ... and said"
	}
	r := d.npAfter(k-1, hi)
	if r.kind == 'o' || r.kind == 'r' {
		e := r.b
		if e+2 < hi && d.toks[e].text == "," {
			if run := d.runStartingAt(e + 1); run != nil && run.person != nil && run.b < hi && d.toks[run.b].text == "," {
				return ref{kind: 'n', a: run.a, b: run.b} // "The Recorder of Sheffield, Judge Philippa Crane, told"
			}
		}
		o := e
		for o < hi && o < e+3 && d.word(o) && !d.toks[o].cap && d.toks[o].low != "'s" {
			o++ // "The GMB union's"
		}
		if o+2 < hi && (d.toks[o].low == "'s" || d.pluralPossessive(o, lo)) {
			// "The GMB union's Scotland organiser, Brian McGlashan, called
			// ... and said": the name set off after the body's role (and
			// "The Scottish Conservatives' transport spokesperson,
			// Alasdair Munro MSP,").
			c := o + 1
			for c < hi && c < o+6 && d.word(c) && !d.toks[c].speech {
				c++
			}
			if c+1 < hi && d.toks[c].text == "," {
				if run := d.runStartingAt(c + 1); run != nil && run.person != nil && run.b < hi && (d.toks[run.b].text == "," || run.b+1 < hi && d.toks[run.b].allCaps && d.toks[run.b].in(lxPostNominals) && d.toks[run.b+1].text == ",") {
					return ref{kind: 'n', a: run.a, b: run.b}
				}
			}
		}
		for e < hi && e < r.b+3 && d.word(e) && !d.toks[e].cap && (d.toks[e].in(lxTitles) || roleNoun(d.toks[e].low)) {
			e++
		}
		if e > r.b {
			if run := d.runStartingAt(e); run != nil && run.person != nil {
				return ref{kind: 'n', a: run.a, b: run.b} // "Works council chairman Dirk Weinmann put it more bluntly:"
			}
		}
	}
	if r.kind == 'r' && r.b-r.a >= 3 {
		for k := r.a + 2; k < r.b; k++ {
			if t := &d.toks[k]; !t.cap && strings.HasSuffix(t.low, "ed") && d.word(k-1) && !d.toks[k-1].cap && !isDet(d.toks[k-1].low) && !strings.HasSuffix(d.toks[k-1].low, "ed") && !strings.HasSuffix(d.toks[k-1].low, "ly") {
				r.b = k // "The doctor paused.": the role, not its verb
				break
			}
		}
	}
	if r.kind != 0 && r.b-r.a == 1 && d.demonym(r.a) {
		// "British housebuilder Ravensworth Homes reported ... and said":
		// the name after the nationality and the trade.
		c := r.b
		for c < hi && c < r.b+3 && d.word(c) && !d.toks[c].cap {
			c++
		}
		e := c
		for e < hi && d.word(e) && d.toks[e].cap {
			e++
		}
		if c > r.b && e > c {
			if n := d.npEndingAt(e-1, c); n.kind == 'n' || n.kind == 'o' {
				return n
			}
		}
	}
	if r.kind == 'o' && d.toks[r.a].is("the") && r.b < hi && d.word(r.b) && !d.toks[r.b].cap && d.toks[r.b].in(lxOrgWords) {
		// "The Paris police prefecture reported ... and said": the
		// organisation's own words after the place.
		for r.b < hi && r.b < r.a+6 && d.word(r.b) && !d.toks[r.b].cap && d.toks[r.b].in(lxOrgWords) {
			r.b++
		}
	}
	if r.kind == 'o' || r.kind == 'r' {
		// "His Milltown counterpart, Dave Kirby, was furious": the name
		// after the role's last words.
		for c := r.b; c < hi && c < r.b+3 && d.word(c) && !d.toks[c].cap; c++ {
			if c+1 < hi && d.toks[c+1].text == "," {
				if n := d.nameAfter(c + 1); n.kind != 0 && n.b < hi && d.toks[n.b].text == "," && n.b-n.a >= 2 {
					return n
				}
			}
		}
	}
	if r.kind != 0 && r.b < hi && d.toks[r.b].text == "," {
		if n := d.namedAppositive(r.b); n.kind != 0 {
			return n
		}
		if n := d.nameAfter(r.b); r.kind == 'r' && n.kind != 0 {
			return n // "The governor of Oyo State, Abiodun Falade, ..."
		}
	}
	if (r.kind == 'r' || r.kind == 'n' && d.toks[r.b-1].in(lxTitles)) && r.b < hi && d.toks[r.b].is("at", "in", "of", "from", "with") {
		// "Leader of opposition in the VMC Amit Chauhan termed": the
		// person after the office's own words.
		for i := range d.runs {
			run := &d.runs[i]
			if run.a <= r.b {
				continue
			}
			if run.a > r.b+10 || run.b >= hi {
				break
			}
			if run.person != nil && d.wordsOnly(r.b, run.a) && (!d.word(run.b) || !d.toks[run.b].cap && !d.toks[run.b].is("of", "at")) {
				return ref{kind: 'n', a: run.a, b: run.b}
			}
		}
	}
	if r.kind == 'r' && r.b < hi && d.toks[r.b].is("at", "in", "of", "from", "with") {
		// "A scholar of history at Peking University in Beijing, Li
		// Meihua, has ...": the name after the role's own phrase.
		c := r.b
		for c < hi && c < r.b+12 && d.word(c) {
			c++
		}
		if c < hi && d.toks[c].text == "," {
			if n := d.nameAfter(c); n.kind != 0 && n.b-n.a >= 2 && n.b < hi && d.toks[n.b].text == "," {
				return n
			}
		}
	}
	return r
}

// opener: token lo opens an adverbial before the sentence's subject
// ("Meanwhile,", "In Abuja,", "Speaking at a briefing in Abuja,",
// "Asked about the delay,").
func (d *doc) opener(lo int) bool {
	t := &d.toks[lo]
	if t.is("in", "at", "on", "outside", "inside", "after", "before", "during", "from", "meanwhile", "elsewhere", "separately",
		"however", "earlier", "later", "asked", "speaking", "writing", "addressing", "responding", "reacting", "commenting", "appearing", "testifying", "nevertheless", "still", "instead",
		"interviewed", "questioned", "pressed", "contacted", "reached", "under", "throughout", "despite", "told", "shown", "informed") {
		return true
	}
	if t.is("when", "if", "once") && d.word(lo+1) && strings.HasSuffix(d.toks[lo+1].low, "ed") {
		return true // "When asked about the allegations, ..."
	}
	if t.sentStart && lo+1 < len(d.toks) && d.toks[lo+1].text == "," && len(t.low) > 6 && strings.HasSuffix(t.low, "ing") {
		return true // "Cross-examining, Imran Rahman KC, for Mr Ridgeway, suggested"
	}
	if t.is("the", "that", "every", "each") {
		// "The first week, he asked me", "That night, she said"
		for k := lo + 1; k < len(d.toks) && k <= lo+3 && d.word(k); k++ {
			if periodNouns[d.toks[k].low] {
				return k+1 < len(d.toks) && d.toks[k+1].text == ","
			}
			if !ordinals[d.toks[k].low] {
				return false
			}
		}
	}
	return t.kind == tWord && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && lo+1 < len(d.toks) && d.toks[lo+1].is("to", "at", "on", "in", "after", "before", "from", "with")
}

// periodNouns are spans of time: "the first week", "that night".
var periodNouns = set("day", "week", "night", "time", "year", "month", "morning", "afternoon", "evening", "weekend", "season")

func isDet(low string) bool {
	switch low {
	case "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "'s", "another", "one", "two", "three", "several", "some":
		return true
	}
	return false
}

// nounSpeech: the speech verb at k is a noun between an article and the
// noun after it ("the claim group", "a report card").
func (d *doc) nounSpeech(k, lo int) bool {
	return k-1 >= lo && k+1 < len(d.toks) && d.toks[k].speech && !d.toks[k].cap && d.toks[k-1].is("the", "a", "an") && d.word(k+1) && !d.toks[k+1].cap && !d.toks[k+1].speech
}

// stopsNP: the word ends a noun phrase read backwards or forwards, a speech
// verb or a conjunction ("said", "that", "who").
func (t *token) stopsNP() bool {
	if t.in(lxSpeechVerbs) {
		return true
	}
	switch t.low {
	case "that", "and", "but", "or", "who", "which", "when", "as", "after", "because", "if", "while", "though", "although", "whereas", "unless",
		"whose", "what", "everything", "something", "anything", "everyone", "everybody", "nobody", "whom", "where":
		return true // "everything islanders say", "a chemist whose measurements show"
	}
	return strings.HasSuffix(t.low, "n't") // "the people in Guet Ndar don't call it"
}

// isPronoun reports whether low is a key of pronouns.
func isPronoun(low string) bool {
	_, ok := pronouns[low]
	return ok
}

// theRef: "the Kremlin", "the White House" (organisations) or "the
// President" (a role).
func (d *doc) theRef(a, b int) ref {
	if d.allTitles(a+1, b) || b == a+2 && d.nationalityNoun(a+1) {
		return ref{kind: 'r', a: a, b: b} // "the President", "the Spaniard"
	}
	if b-a <= 4 && b-a >= 3 && d.toks[b-1].allCaps && d.toks[b-1].in(lxTitles) && !d.toks[b-1].in(lxOrgWords) {
		return ref{kind: 'r', a: a, b: b} // "the Sinn Féin MLA": a party's member
	}
	if b-a <= 4 && d.toks[b-1].is("democrat", "republican") {
		return ref{kind: 'r', a: a, b: b} // "the Ohio Democrat", "the Nebraska Republican"
	}
	if b-a >= 3 && b-a <= 4 && d.toks[b-1].in(lxTitles) && !d.toks[b-1].in(lxOrgWords) {
		office := true
		for k := a + 1; k < b-1 && office; k++ {
			office = d.toks[k].in(lxOrgWords | lxTitles)
		}
		if office {
			return ref{kind: 'r', a: a, b: b} // "the Cabinet Secretary", "the Police Commissioner": an office's holder
		}
	}
	return ref{kind: 'o', a: a, b: b}
}

func (d *doc) roleRef(a, b int) ref {
	head := d.toks[b-1].low
	if a > 1 && d.toks[a].low == "'s" && d.word(a-1) && !d.toks[a-1].cap {
		// "the mayor's office": the owner and its article belong to it.
		k := a - 1
		for k > 0 && d.word(k-1) && (!d.toks[k-1].cap || d.toks[k-1].low == "the") && !d.toks[k-1].stopsNP() && !d.toks[k-1].in(lxClausePreps) && a-k < 4 {
			k--
			if isDet(d.toks[k].low) {
				break
			}
		}
		if j := k - 1; !isDet(d.toks[k].low) && j >= 0 && d.word(j) && d.toks[j].cap {
			for j > 0 && d.word(j) && d.toks[j].cap && !d.toks[j].is("the") && k-j < 3 {
				j--
			}
			if d.toks[j].is("the") {
				k = j // "the Scottish government's guidance"
			} else if d.toks[k-1].sentStart && d.toks[k-1].in(lxTitles) && d.toks[k].in(lxTitles) {
				k-- // "Chief minister's office sources said"
			}
		}
		a = k
	} else if a > 0 && d.toks[a].low == "'s" {
		// "Lind's spokesman": the owner's name belongs to the phrase.
		k := a - 1
		for k > 0 && d.toks[k-1].cap && d.toks[k-1].kind == tWord && !d.toks[k-1].in(lxTitles) && !d.toks[k-1].sentStart {
			k--
		}
		if k > 0 && d.toks[k-1].cap && d.toks[k-1].sentStart && !d.toks[k-1].in(lxTitles) && !d.toks[k-1].in(lxNotNames) {
			k--
		}
		for k > 0 && (k < a-1 || d.toks[k].in(lxTitles)) && d.toks[k-1].cap && d.toks[k-1].kind == tWord && d.toks[k-1].in(lxTitles) && !d.toks[k-1].in(lxNotNames) {
			k-- // "Senator Katie Britt's office", as the text writes it
		}
		if k > 0 && d.toks[k-1].is("the") && !d.toks[k].in(lxTitles) {
			k-- // "the European Union's observer mission"
		}
		a = k
	}
	if lexIn(head, lxOrgHeads) && !lexIn(head, lxTitles) {
		return ref{kind: 'o', a: a, b: b}
	}
	return ref{kind: 'r', a: a, b: b}
}

func (d *doc) allTitles(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.toks[k].in(lxTitles) {
			return false
		}
	}
	return b > a
}

// npAfter finds the subject after an inverted verb ("said Mara Lind, the
// mayor", "said the minister", "asked Tanaka").
func (d *doc) npAfter(v, hi int) ref {
	r := d.npAfterVerb(v, hi)
	if r.kind == 'n' && r.b < hi && v >= 0 && d.toks[v].is("said", "says") && auxWord(d.toks[r.b].low) {
		return ref{} // "said Ferrer had \"played like ...\"": the clause's subject
	}
	if r.kind != 0 && r.kind != 'p' && r.b-r.a >= 2 {
		if t := &d.toks[r.b-1]; auxWord(t.low) || t.is("must", "could", "should", "can", "may", "might", "of", "for", "to", "with", "about", "that") {
			return ref{} // "said producers had \"...\"", "accused his rivals of \"...\"": a clause, not who spoke
		}
	}
	if (r.kind == 'o' || r.kind == 'r') && r.b+2 <= hi && d.toks[r.b].text == "," && d.toks[r.b-1].in(lxOrgHeads|lxCompany) && !d.toks[r.b-1].in(lxTitles) {
		// "according to the government-owned operator, TT-Line.": its name
		if n := r.b + 1; d.word(n) && d.toks[n].cap && (n+1 == hi || !d.word(n+1)) && !d.gGiven(d.toks[n].low) && d.matchPerson(n, n+1) == nil && !d.placeAt(n, n+1) {
			return ref{kind: 'o', a: n, b: n + 1}
		}
	}
	return r
}

func (d *doc) npAfterVerb(v, hi int) ref {
	j := v + 1
	for j < hi && d.word(j) && d.toks[j].in(lxTimeWords) && !d.toks[j].cap {
		j++
	}
	if j >= hi || !d.word(j) {
		return ref{}
	}
	t := &d.toks[j]
	if isPronoun(t.low) {
		return ref{kind: 'p', a: j, b: j + 1}
	}
	if r := d.commonRole(j, hi); r.kind != 0 {
		return r // "Shipping agents in Nairobi welcomed the deal but warned"
	}
	if t.cap && d.demonym(j) {
		if e := d.roleWords(j+1, hi); e > j+1 && (e == hi || !d.word(e)) {
			return d.roleRef(j, e) // "according to Egyptian officials,"
		} else if e > j+1 && d.word(e) && d.toks[e].cap && (d.toks[e-1].in(lxCompany|lxOrgHeads) || d.toks[e-1].is("monitor", "watchdog", "tracker", "service", "firm", "group")) {
			n := e
			for n < hi && d.word(n) && d.toks[n].cap {
				n++
			}
			return ref{kind: 'o', a: e, b: n} // "according to Swiss air quality monitor IQAir": by its name
		}
	}
	if t.cap && !isDet(t.low) {
		b := j
		for b < hi && d.word(b) && (d.toks[b].cap || d.toks[b].in(lxParticles)) && d.toks[b].low != "'s" {
			b++
		}
		if b+1 < hi && d.toks[b].is("and", "&") && d.toks[b+1].cap {
			// "Energy and Natural Resources Minister Kerem Aydoğdu": an
			// office named by two fields, when a title follows.
			e := b + 1
			title := false
			for e < hi && d.word(e) && d.toks[e].cap && d.toks[e].low != "'s" {
				title = title || d.toks[e].in(lxTitles)
				e++
			}
			if title || d.toks[e-1].in(lxOrgWords) && !d.placeAt(b+1, e) {
				b = e // (or "Abu Dhabi Water and Electricity Company": a body's name)
			}
		}
		if n := d.nameAfterRole(b, hi); n.kind != 0 {
			return n // "said Inmet forecaster Luciana Tavares", "Defence counsel Harrison Owino Omondi"
		}
		if e := d.sourceTail(b, hi); e > b {
			return ref{kind: 'r', a: j, b: e} // "according to CDC survey data", "according to PitchBook data", "BMRCL officials"
		}
		if b+1 < hi && d.toks[b].is("of") && d.toks[b+1].cap {
			c := b + 1
			for c < hi && d.word(c) && d.toks[c].cap {
				c++
			}
			if e := d.sourceTail(c, hi); e > c {
				return ref{kind: 'r', a: j, b: e} // "according to Ministry of Justice figures"
			}
			if (c == hi || !d.word(c)) && b == j+1 && d.isCommon(j) && !d.gGiven(d.toks[j].low) && d.matchPerson(j, b) == nil {
				return ref{kind: 'o', a: j, b: c} // "according to Wines of Chile": a body's name
			}
		}
		if d.allTitles(j, b) {
			return ref{kind: 'r', a: j, b: b}
		}
		if f := d.roleWords(b, hi); f > b && (f == hi || !d.word(f)) && (d.toks[f-1].in(lxTitles) || roleNoun(d.toks[f-1].low) || d.isCommon(f-1)) && d.placeAt(j, b) {
			return d.roleRef(j, f) // "says Seoul webtoon artist": a role of a place
		}
		if b < hi && d.toks[b].low == "'s" {
			e := b + 1
			for e < hi && d.word(e) && !d.toks[e].cap && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) && e < b+5 {
				e++
			}
			if e > b+1 {
				return d.roleRef(b, e) // "Poland's finance minister"
			}
		}
		return ref{kind: 'n', a: j, b: b}
	}
	if t.is("her") && v > 0 && d.toks[v].is("to") && d.toks[v-1].is("according") && (j+1 >= hi || !d.word(j+1)) {
		return ref{kind: 'p', a: j, b: j + 1} // "According to her, ...": no determiner here
	}
	if !isDet(t.low) {
		if t.is("him", "her", "them") && v > 0 && d.toks[v].is("to") && d.toks[v-1].is("according") {
			return ref{kind: 'p', a: j, b: j + 1} // "According to him, ..."
		}
		if t.is("me", "us", "him", "her", "them", "you", "it") {
			return ref{} // "told me:": the audience, not the speaker
		}
		if n := d.nameAfterRole(j, hi); n.kind != 0 && (d.toks[j].in(lxTitles|lxKin) || d.toks[n.a-1].in(lxTitles|lxKin) || roleNoun(d.toks[n.a-1].low) || personNouns[d.toks[n.a-1].low]) {
			return n // "said farmer Joao Pinto", "said retired teacher Ana Lima"
		}
		b := j
		for b < hi && b < j+4 && d.word(b) && !d.toks[b].cap && !d.toks[b].stopsNP() && !d.toks[b].in(lxClausePreps) {
			b++
		}
		if b > j && b < hi && recordHeads[d.toks[b].low] && (b+1 == hi || !d.word(b+1)) {
			b++ // "according to industry estimates.": a noun, though "estimates" can be a verb
		}
		if b > j && b+1 < hi && d.toks[b-1].in(lxCompany) && d.word(b) && d.toks[b].cap && !d.toks[b].in(lxNotNames) {
			e := b
			for e < hi && d.word(e) && d.toks[e].cap {
				e++
			}
			return ref{kind: 'n', a: b, b: e} // "according to industry group Eurofer"
		}
		if e := d.npTail(j, b, hi); e > b && !t.in(lxTimeWords) {
			return d.roleRef(j, e) // "according to swaps data compiled by Bloomberg."
		}
		if b > j && b+1 < hi && d.toks[b].is("and") && d.word(b+1) && !d.toks[b+1].cap && strings.HasSuffix(d.toks[b-1].low, "s") {
			e := b + 1
			for e < hi && e < b+4 && d.word(e) && !d.toks[e].cap && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) && !d.toks[e].is("involved", "based", "familiar", "close", "working") {
				e++
			}
			if !strings.HasSuffix(d.toks[e-1].low, "s") {
				e = b // two groups end in plurals ("witnesses and security sources"), not "residents and local government"
			}
			if e < hi && d.toks[e].is("involved", "based", "familiar", "close", "working") {
				for e < hi && d.word(e) {
					e++ // "diplomats and officials involved in the talks"
				}
			}
			if e == hi || !d.word(e) {
				return d.roleRef(j, e)
			}
		}
		if b > j+1 && b+1 < hi && d.toks[b-1].is("familiar", "close", "involved", "briefed", "knowledgeable") && d.toks[b].is("with", "to", "in", "on", "about") {
			e := b + 1
			for e < hi && e < b+6 && d.word(e) {
				e++
			}
			if e == hi || !d.word(e) {
				return d.roleRef(j, e) // "according to people familiar with the matter"
			}
		}
		if b > j && b+3 < hi && !t.in(lxTimeWords) && strings.HasSuffix(t.low, "s") && d.toks[b].is("at", "in", "from", "of") && d.toks[b+1].is("the") && d.word(b+2) && d.toks[b+2].cap && !d.toks[b+2].in(lxNotNames) {
			e := b + 2
			for e < hi && d.word(e) && d.toks[e].cap {
				e++
			}
			for e < hi && e < b+8 && d.word(e) && !d.toks[e].cap && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) {
				e++
			}
			if (e == hi || !d.word(e)) && d.toks[e-1].in(lxOrgHeads|lxCompany) {
				return d.roleRef(j, e) // "according to officials in the Sindh local government department,"
			}
		}
		if b > j && b+1 < hi && !t.in(lxTimeWords) && d.toks[b].is("at", "in", "from", "of") && d.word(b+1) && d.toks[b+1].cap && !d.toks[b+1].in(lxNotNames) {
			e := b + 1
			for e < hi && d.word(e) && d.toks[e].cap {
				e++
			}
			if e == hi || !d.word(e) {
				return d.roleRef(j, e) // "according to analysts at Banorte,"
			}
		}
		if b > j && b+1 < hi && d.pluralPossessive(b, j) {
			e := b + 1
			for e < hi && e < b+4 && d.word(e) && !d.toks[e].cap && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) {
				e++
			}
			if e > b+1 {
				return d.roleRef(j, e) // "says nurses' leader"
			}
		}
		if b > j && (b == hi || !d.word(b) || d.toks[b].is("who") && b > j+1) && !t.in(lxTimeWords) {
			return d.roleRef(j, b) // "according to industry trackers,", "according to four policymakers who spoke to Reuters"
		}
		if b > j && (sourceHeads[d.toks[b-1].low] || recordHeads[d.toks[b-1].low]) && d.toks[b].is("from", "by", "of") {
			e := b + 1
			for e < hi && e < b+8 && d.word(e) && !d.toks[e].speech && !auxWord(d.toks[e].low) && !d.toks[e].stopsNP() {
				e++
			}
			if e == hi || !d.word(e) {
				return d.roleRef(j, e) // "according to data from the trade ministry."
			}
		}
		return ref{}
	}
	if e := d.orgOfOrg(j, hi); e > j {
		return ref{kind: 'o', a: j, b: e} // "according to the Organization of the Petroleum Exporting Countries"
	}
	b, lim := j+1, 7
	if j+2 < hi && (sourceHeads[d.toks[j+1].low] || sourceHeads[d.toks[j+2].low]) {
		lim = 11 // "a 2025 report by a regional labour market council"
	} else if j+4 < hi && d.toks[j+2].is("from", "at", "in") && d.toks[j+3].is("one") && d.toks[j+4].is("of") {
		lim = 9 // "a diplomat from one of the holdout countries"
	}
	for b < hi && d.word(b) && b-j < lim && !d.toks[b].stopsNP() && !d.finiteVerb(b) && !(d.toks[b].in(lxTimeWords) && b > j+1) && !(d.toks[b].is("in", "on", "at", "to", "who", "on", "during", "after") && !(d.toks[b].is("to", "with") && d.toks[b-1].is("close", "familiar"))) && !(b > j+1 && d.toks[b].is("published", "released", "issued", "conducted", "commissioned", "funded", "compiled", "carried", "cited", "dated")) {
		b++ // "a study published on Monday" is "a study"
	}
	b = d.npTail(j, b, hi)
	if b > j+1 && d.toks[j].is("a", "an", "one", "two", "three", "four", "several", "some") {
		if e2 := d.whoClauseEnd(b, hi); e2 > b {
			return d.roleRef(j, e2) // "said a friend who was with Kieran when he was attacked."
		}
	}
	if b+1 < hi && d.toks[b].is("in") && d.toks[b-1].in(lxOrgHeads) && !d.toks[b-1].in(lxTitles) && d.word(b+1) && d.toks[b+1].cap {
		if e := d.placeEnd(b+1, hi); e > b+1 && (e == hi || !d.word(e)) {
			return d.roleRef(j, e) // "according to the weather service's office in Springfield."
		}
	}
	if b+1 < hi && d.pluralPossessive(b, j) {
		b += 2 // "the metalworkers' union": the owner, then what is theirs
	}
	if b == j+1 {
		return ref{}
	}
	if b+1 < hi && d.toks[j].is("a", "an", "one", "another") && d.toks[b].is("in", "at", "from") && d.word(b-1) && !d.toks[b-1].cap && (d.toks[b-1].in(lxTitles|lxUnnamedHeads) || roleNoun(d.toks[b-1].low)) && d.word(b+1) && d.toks[b+1].cap {
		if e := d.placeEnd(b+1, hi); e > b+1 && (e == hi || !d.word(e)) {
			return d.roleRef(j, e) // "according to one Western diplomat in Kuwait City."
		}
	}
	if b+2 < hi && d.toks[j].is("a", "an", "one", "another", "two", "three", "four", "several", "some") && d.toks[b].is("at", "with", "from") && (d.toks[b-1].in(lxTitles|lxUnnamedHeads) || d.toks[b-1].is("officials", "sources", "executives", "diplomats", "engineers") || roleNoun(d.toks[b-1].low) && d.toks[j].is("a", "an")) && d.toks[b+1].is("a", "an", "the") {
		e := b + 1
		for e < hi && e < b+13 && d.word(e) && !d.toks[e].is("who") {
			e++
		}
		if e == hi || !d.word(e) || d.toks[e].is("who") && d.hiddenBy(e, hi) {
			return d.roleRef(j, e) // "said a treasury head at a private bank in Mumbai." (or "... who asked not to be named")
		}
		if e2 := d.whoClauseEnd(e, hi); e2 > e {
			return d.roleRef(j, e2) // "said a trader at a European merchant house who has dealt with Cocobod for more than a decade."
		}
	}
	if b+3 < hi && d.toks[j].is("a", "an") && d.toks[b].is("in", "at", "from") && d.toks[b+1].is("the") && d.word(b+2) && d.toks[b+2].cap {
		e := b + 2
		for e < hi && d.word(e) && d.toks[e].cap {
			e++
		}
		if e < hi && d.toks[e].is("office", "offices", "branch", "bureau", "plant", "factory", "headquarters", "team", "unit") && (e+1 == hi || !d.word(e+1)) {
			return d.roleRef(j, e+1) // "said a senior account executive in the Austin office."
		}
	}
	if b+1 < hi && d.toks[j].is("a", "an") && d.toks[b].is("in", "at", "from") && d.word(b+1) && d.toks[b+1].cap && !d.toks[b+1].in(lxNotNames) {
		e := b + 1
		for e < hi && d.word(e) && d.toks[e].cap {
			e++
		}
		if d.placeEnd(b+1, e) == e {
			return d.roleRef(j, e) // "A shipbuilder in Busan has won ..."
		}
	}
	if d.toks[j+1].cap && !d.toks[j+1].in(lxTitles) {
		e := j + 1
		for e < hi && (d.word(e) && (d.toks[e].cap || d.toks[e].is("of", "for", "and", "'s") && e+1 < hi && d.toks[e+1].cap) || d.pluralPossessive(e, j) && d.toks[e+1].cap) {
			e++ // "the Travis County Sheriff's Office", "the Berlin Tenants' Association"
		}
		if e < hi && d.toks[e].text == "," && d.orgRun(j+1, e) {
			e = d.orgListEnd(e, hi)
		}
		if e < hi && d.toks[e].low == "'s" {
			k, src := e+1, false
			for k < hi && k < e+8 && d.word(k) && !d.toks[k].cap && !d.toks[k].stopsNP() {
				src = src || sourceHeads[d.toks[k].low] || recordHeads[d.toks[k].low] || d.toks[k].is("list", "database", "register", "tally", "count")
				k++
			}
			if src && k > e+1 && (k == hi || !d.word(k)) {
				return d.roleRef(j, k) // "according to the AIU's global list of ineligible persons"
			}
		}
		f := d.roleWords(e, hi)
		if f > e && (f == hi || !d.word(f)) && d.toks[j].is("two", "three", "four", "five", "six", "several", "some", "many") && strings.HasSuffix(d.toks[f-1].low, "s") {
			return d.roleRef(j, f) // "according to three Parliament staffers"
		}
		if s := d.officeOf(e, hi); s > e {
			return d.roleRef(j, s) // "according to the Harris County medical examiner's office."
		}
		if f > e && (d.toks[f-1].in(lxOrgHeads) || d.toks[f-1].in(lxTitles) || strings.HasSuffix(d.toks[e-1].low, "-born") && (roleNoun(d.toks[f-1].low) || personNouns[d.toks[f-1].low] || sportsRoles[d.toks[f-1].low] || strings.HasSuffix(d.toks[f-1].low, "ete"))) {
			return d.roleRef(j, f) // "the Polish infrastructure ministry", "the Houston-born athlete"
		}
		if e < b && (sourceHeads[d.toks[b-1].low] || recordHeads[d.toks[b-1].low]) {
			return d.roleRef(j, b) // "a Reuters survey published on Monday"
		}
		return d.theRef(j, e)
	}
	return d.roleRef(j, b)
}

// officeOf: one or two words in lower case from e, then "'s" and an
// office ("medical examiner's office", "sheriff's department") that ends
// the phrase: where it ends, or e.
func (d *doc) officeOf(e, hi int) int {
	for s := e + 1; s <= e+2 && s+1 < hi; s++ {
		if !d.word(s-1) || d.toks[s-1].cap || d.toks[s-1].stopsNP() {
			return e
		}
		if d.toks[s].low == "'s" && d.toks[s+1].in(lxOrgHeads) && !d.toks[s+1].cap && (s+2 == hi || !d.word(s+2)) {
			return s + 2
		}
	}
	return e
}

// orgListEnd: an organisation's name that goes on as a list after the
// comma at e ("the Department of Climate Change, Energy, the Environment
// and Water"): where the list ends, or e if it does not end in "and" and
// a name.
func (d *doc) orgListEnd(e, hi int) int {
	capsFrom := func(n int) int {
		if n < hi && d.toks[n].is("the") {
			n++
		}
		if n >= hi || !d.word(n) || !d.toks[n].cap || d.toks[n].in(lxNotNames) {
			return -1
		}
		for n < hi && d.word(n) && d.toks[n].cap {
			n++
		}
		return n
	}
	for k := e; k+1 < hi && d.toks[k].text == ","; {
		n := capsFrom(k + 1)
		if n < 0 {
			return e
		}
		if n < hi && d.toks[n].is("and") {
			if m := capsFrom(n + 1); m > 0 {
				return m
			}
			return e
		}
		k = n
	}
	return e
}

// finiteVerb: the word at k is a past tense with its object after it
// ("The government accepted the review"), not a participle that names
// ("a study published on Monday").
func (d *doc) finiteVerb(k int) bool {
	t := &d.toks[k]
	if t.cap || len(t.low) <= 4 || k+1 >= len(d.toks) || !d.word(k+1) || d.toks[k+1].is("'s") {
		return false
	}
	n := &d.toks[k+1]
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ects") || strings.HasSuffix(t.low, "ates") {
		return isDet(n.low) || n.is("this", "these", "those", "it", "them")
	}
	return strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && n.is("this", "these", "those", "it", "them") // "The commission rejects this"

}

// sourceTail: lower-case words from b end in a source's noun and the
// phrase ("... survey data,", "... data."): where it ends, or b.
func (d *doc) sourceTail(b, hi int) int {
	e := b
	for e < hi && e < b+3 && d.word(e) && !d.toks[e].cap && !d.toks[e].speech && !d.toks[e].stopsNP() && !d.toks[e].in(lxClausePreps) {
		e++
	}
	if e > b && (e == hi || !d.word(e)) && d.toks[e-1].is("data", "figures", "survey", "records", "estimates", "statistics", "numbers", "poll", "analysis", "officials", "sources", "documents") {
		return e
	}
	return b
}

// npTail widens the noun phrase [j, b) at the end of a sentence: over a
// participle's phrase ("a probable cause statement filed in Yavapai
// County Superior Court", but not "a study published on Monday") and
// over the rest of a name cut short ("a news release from the Yavapai
// County Sheriff's Office").
func (d *doc) npTail(j, b, hi int) int {
	p := -1
	switch {
	case b < hi && b > j+1 && d.toks[b].is("published", "released", "issued", "conducted", "commissioned", "funded", "compiled", "carried", "cited", "filed"):
		p = b
	case b < hi && (b-1 > j+1 || b-1 == j+1 && (recordHeads[d.toks[j].low] || sourceHeads[d.toks[j].low])) && strings.HasSuffix(d.toks[b-1].low, "ed") && !d.toks[b-1].cap && d.toks[b].is("in", "on", "at", "to", "by"):
		p = b - 1
	case b < hi && b-j >= 6 && d.word(b) && (d.toks[b].cap || d.toks[b].low == "'s"):
		p = b - 1
	}
	if p < 0 {
		return b
	}
	if w := d.skipWhen(p+1, hi); (w > p+1 || p+1 < hi && d.toks[p+1].is("last", "this", "earlier", "on")) && !(w < hi && d.toks[w].is("by")) {
		return b // but "a report published last year by the group Oceans Vivants"
	}
	e := p + 1
	lim := p + 10
	for e < hi && e < lim && (d.word(e) && !d.toks[e].speech && !auxWord(d.toks[e].low) && !d.toks[e].is("that", "which", "who") || d.commaInOffice(e)) {
		if d.toks[e].text == "," {
			lim += 4 // "the Department for Environment, Food and Rural Affairs"
		}
		e++
	}
	if e < hi && d.word(e) {
		return min(b, p) // the sentence goes on: keep the noun
	}
	return e
}

// namedAppositive reads ", Tomasz Wróblewski," after a role: the name is
// the better subject.
func (d *doc) namedAppositive(comma int) ref {
	if k, n := comma-1, comma+1; k >= 0 && n+1 < len(d.toks) && d.word(k) && d.toks[k].cap && d.toks[k].in(lxOrgWords) && d.word(n) && d.toks[n].allCaps && len(d.toks[n].low) >= 2 {
		if d.toks[n+1].text == "," {
			return ref{kind: 'o', a: n, b: n + 1} // "The European Automobile Manufacturers' Association, ACEA, said": its short name
		}
		if n+2 < len(d.toks) && d.toks[n+1].is("ltd", "ltd.", "plc", "inc", "inc.") && d.toks[n+2].text == "," {
			return ref{kind: 'o', a: n, b: n + 2} // "..., NNPC Ltd, said"
		}
	}
	if k, n := comma-1, comma+1; k >= 0 && n+1 < len(d.toks) && d.word(k) && d.toks[k].cap && d.toks[k].in(lxOrgWords) && d.word(n) && d.toks[n].cap && d.toks[n+1].text == "," && !d.gGiven(d.toks[n].low) && !d.isCommon(n) && !d.placeAt(n, n+1) && d.matchPerson(n, n+1) == nil {
		return ref{kind: 'o', a: n, b: n + 1} // "The National Fisheries and Aquaculture Service, Sernapesca, said"
	}
	if k, n := comma-1, comma+1; k >= 0 && n+2 < len(d.toks) && d.word(k) && !d.toks[k].cap && d.toks[k].in(lxOrgHeads) && !d.toks[k].in(lxTitles) && d.toks[n].is("the") && d.word(n+1) && d.toks[n+1].cap {
		e := n + 1
		for e < len(d.toks) && e < n+10 && (d.word(e) && (d.toks[e].cap || d.toks[e].is("and", "of", "for") && e+1 < len(d.toks) && d.toks[e+1].cap)) {
			e++
		}
		if e < len(d.toks) && d.toks[e].text == "," && d.orgRun(n+1, e) {
			return ref{kind: 'o', a: n, b: e} // "Macau's gaming regulator, the Gaming Inspection and Coordination Bureau, said": its name
		}
	}
	before := comma - 1
	if before >= 3 && d.toks[before].text == ")" && d.toks[before-2].text == "(" {
		before -= 3 // "The secretary general of the Dock Workers Union of Tanzania (Dowuta), Ms Rehema Mwakyusa,"
	}
	if k := before; k < 0 || !d.word(k) || d.toks[k].cap && !d.roleInPlace(k) && !d.toks[k].in(lxTitles) {
		if _, title := d.office(k); (k < 0 || !title || !d.word(k)) && !d.titleBeforePlace(k) && !d.titleOfBody(k, comma+1) {
			return ref{}
		} // "The Minister of Health and Social Welfare, Professor Yusuf Danjuma,", "The local MP, Rachel Hebden,"
	}
	n := d.nameAfter(comma)
	if k := before; n.b-n.a == 1 && k >= 0 && d.toks[k].in(lxOrgHeads) && !d.toks[k].in(lxTitles) {
		if d.bodyDescribed(k) && !d.gGiven(d.toks[n.a].low) && d.matchPerson(n.a, n.b) == nil {
			return ref{kind: 'o', a: n.a, b: n.b} // "Portugal's civil aviation authority, ANAC, said": its name
		}
		return ref{} // "meteorologists at the national weather institute, Inmet," names no person
	}
	return n
}

// titleOfBody: the capitalised name ending at token k, perhaps with "the",
// "of" or a possessive inside, follows a lower-case title and "of" ("The
// chief executive of the Irish North West Fishermen's Federation,"); n is
// the token after the comma.
func (d *doc) titleOfBody(k, n int) bool {
	a := k
	for a > 0 && a > k-12 && (d.word(a) && (d.toks[a].cap || d.toks[a].low == "'s" || d.toks[a].is("of", "for", "and", "the")) || d.toks[a].text == "'" || d.toks[a].text == "’") {
		a--
	}
	if a < 1 || a+1 >= k || !d.word(a) || d.toks[a].cap || !d.toks[a+1].is("of", "for") {
		return false
	}
	// (or any noun after "the" when a title opens the name: "The
	// cathaoirleach of Clare County Council, Cllr Joe Hynes-Cooney,")
	return d.toks[a].in(lxTitles) || d.toks[a-1].is("the") && n < len(d.toks) && d.toks[n].cap && d.toks[n].in(lxTitles)
}

// personWithAppositive: a person's name opens the clause at lo, set off
// by a comma and a description ("a caseworker at ...") that runs on to
// token e; the name, or no ref.
func (d *doc) personWithAppositive(lo, e int) ref {
	var run *nameRun
	for i := range d.runs {
		if r := &d.runs[i]; r.a == lo || r.ta == lo {
			run = r
			break
		} else if r.a > lo {
			break
		}
	}
	if run == nil || run.person == nil || run.b+1 >= e || d.toks[run.b].text != "," || !d.toks[run.b+1].is("a", "an", "the") {
		return ref{}
	}
	for k := run.b + 1; k < e; k++ {
		if d.toks[k].text == "," || d.toks[k].speech {
			return ref{}
		}
	}
	return ref{kind: 'n', a: run.a, b: run.b}
}

// agentBefore: the role that ends before the comma at c is the agent of
// a passive ("in a statement signed by his Chief Press Secretary, Mr
// Gbenga Oduwole, said"), not the subject.
func (d *doc) agentBefore(c int) bool {
	t := c - 1
	for t > 1 && c-t < 8 && d.word(t) && (d.toks[t].cap && !d.toks[t].in(lxTitles) || d.toks[t].is("for", "of", "and")) {
		t-- // "the Commissioner for Information and Strategy"
	}
	if !d.word(t) || !d.toks[t].in(lxTitles) {
		return false
	}
	for k := t - 1; k > 0 && k > t-6 && d.word(k); k-- {
		if t := &d.toks[k]; t.is("by", "through", "via") {
			return true
		} else if !t.cap && !t.in(lxTitles) && !t.is("his", "her", "its", "their", "the") {
			return false
		}
	}
	return false
}

// whoClauseEnd: token e opens a relative clause that says which one
// ("who has dealt with Cocobod for more than a decade") and runs to the
// end of the sentence at hi: hi, or -1 (also for a clause that hides the
// source, "who asked not to be named").
func (d *doc) whoClauseEnd(e, hi int) int {
	if e >= hi || !d.toks[e].is("who", "whose", "that") || d.hiddenBy(e, hi) || hi-e > 20 {
		return -1
	}
	for k := e + 1; k < hi; k++ {
		if !d.word(k) || d.toks[k].speech && d.toks[k].in(lxSayVerbs) {
			return -1
		}
	}
	return hi
}

// groupBeforePhrase: the noun phrase r ends a phrase that hangs on a
// plural of people opening the clause at lo ("commissioners running",
// "residents of ... and", "astronomers using a telescope in"): where that
// plural's phrase starts, or -1.
func (d *doc) groupBeforePhrase(r ref, lo int) int {
	if r.kind == 0 || r.kind == 'p' || r.a-2 < lo {
		return -1
	}
	for k := r.a - 1; k >= lo && k >= r.a-14; k-- {
		t := &d.toks[k]
		if t.kind != tWord && !(t.text == "," && k+1 < r.b && d.toks[k+1].cap) && t.text != "'" && t.text != "’" || t.inQuote || t.speech && !strings.HasSuffix(t.low, "ed") || auxWord(t.low) {
			return -1
		}
		if t.cap && !t.sentStart || !(peoplePlurals[t.low] || agentPlural(t.low)) {
			continue
		}
		n := &d.toks[k+1]
		if k+1 >= r.a || !(n.is("of", "in", "at", "along", "around", "on", "near", "from", "across", "who") || n.kind == tWord && !n.cap && (strings.HasSuffix(n.low, "ing") || strings.HasSuffix(n.low, "ed") && d.toks[k+2].is("by"))) {
			return -1
		}
		s := k
		for s > lo && s > k-3 && d.word(s-1) && !d.toks[s-1].cap && !d.toks[s-1].speech && !auxWord(d.toks[s-1].low) && !d.toks[s-1].in(lxClausePreps) {
			s--
		}
		if s != lo && !(d.toks[s-1].text == "," && d.opener(lo)) {
			return -1
		}
		return s
	}
	return -1
}

// peoplePlurals name groups of people who speak together.
var peoplePlurals = set("residents", "people", "communities", "commissioners", "advocates", "astronomers",
	"fishermen", "farmers", "workers", "officials", "parents", "villagers", "owners", "patients", "relatives",
	"traders", "families", "scientists", "researchers", "doctors", "nurses", "teachers", "students", "tenants", "members", "locals", "shopkeepers", "campaigners")

// wentOnTo: the speech verb v follows "went on to", "continued to", "was
// quick to"; the token after the subject, or -1.
func (d *doc) wentOnTo(v, lo int) int {
	if v-3 < lo || !d.toks[v-1].is("to") {
		return -1
	}
	switch k := v - 2; {
	case d.toks[k].is("on") && d.toks[k-1].is("went", "goes", "go"):
		return k - 1
	case d.toks[k].is("continued", "proceeded", "rose", "hastened"):
		return k
	case d.toks[k].is("quick") && d.toks[k-1].is("was", "were", "is", "are"):
		return k - 1
	}
	return -1
}

// nameTitleOrg reads "Name, Title, Body," before the comma at j: a
// person's name, then the office in capitals and the body set off each by
// commas; the name, or no ref.
func (d *doc) nameTitleOrg(lo, j int) ref {
	c1 := j - 1
	for c1 > lo && c1 > j-6 && d.word(c1) && d.toks[c1].cap {
		c1--
	}
	if c1 == j-1 || d.toks[c1].text != "," {
		return ref{}
	}
	c2, title := c1-1, false
	for c2 > lo && c2 > c1-6 && d.word(c2) && (d.toks[c2].cap || d.toks[c2].is("of", "for", "and")) {
		title = title || d.toks[c2].cap && d.toks[c2].in(lxTitles)
		c2--
	}
	if c2 == c1-1 || !title || d.toks[c2].text != "," {
		return ref{}
	}
	if run := d.runEndingAt(c2); run != nil && run.person != nil && run.a >= lo {
		return ref{kind: 'n', a: run.a, b: run.b}
	}
	return ref{}
}

// spokesPhrase: tokens [s, c) are "a spokesperson for" or "an aide to" and
// the office-holder they speak for, with no comma.
func (d *doc) spokesPhrase(s, c int) bool {
	if s+3 >= c || !d.toks[s].is("a", "an", "the") || !d.toks[s+1].is("spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor") || !d.toks[s+2].is("for", "to") {
		return false
	}
	for k := s + 3; k < c; k++ {
		if !d.word(k) {
			return false
		}
	}
	// an office-holder's title ("the defence minister"), not a body's
	// ("the sheriff's office", "the Tajik foreign ministry")
	last := &d.toks[c-1]
	return last.in(lxTitles) && !last.in(lxOrgHeads) && !last.cap
}

// titleBeforePlace: the capitalised words ending at k are the place of a
// title just before them ("the SNP's leader in the Commons").
func (d *doc) titleBeforePlace(k int) bool {
	j := k
	for j > 0 && k-j < 4 && d.word(j) && d.toks[j].cap {
		j--
	}
	if j < k && d.toks[j].is("the") {
		j--
	}
	return j >= 1 && j < k && d.toks[j].is("in", "of", "for", "at") && d.word(j-1) && !d.toks[j-1].cap && d.toks[j-1].in(lxTitles)
}

// nameBeforeAppositive: the description r follows a body's one-word name
// that opens the sentence ("NatureScot, the government's nature agency,"):
// the name, or no ref.
func (d *doc) nameBeforeAppositive(r ref, lo int) ref {
	n := r.a - 2
	if r.kind != 'o' || n < lo || d.toks[r.a-1].text != "," || !d.toks[r.a].is("the", "a", "an") || !d.word(n) || !d.toks[n].cap || !d.toks[n].sentStart && n != lo {
		return ref{}
	}
	if d.gGiven(d.toks[n].low) || d.matchPerson(n, n+1) != nil || d.placeAt(n, n+1) {
		return ref{}
	}
	return ref{kind: 'o', a: n, b: n + 1}
}

// bodyDescribed: the words ending at token k describe a body and nothing
// else ("South Africa's medicines regulator", "the UN's humanitarian
// coordination office"), not people at it ("meteorologists at the
// national weather institute").
func (d *doc) bodyDescribed(k int) bool {
	for i := k - 1; i >= 0 && i > k-8; i-- {
		t := &d.toks[i]
		switch {
		case t.sentStart || t.text == "," || t.kind == tMark || d.toks[i].para != d.toks[k].para:
			return true
		case !d.word(i) || t.is("at", "of", "for", "with", "from", "by", "to", "in"):
			return false
		}
	}
	return false
}

// roleInPlace: the capitalised words ending at token k are the place or
// body after a lower-case role ("our correspondent in Viña del Mar").
func (d *doc) roleInPlace(k int) bool {
	for k >= 0 && d.word(k) && (d.toks[k].cap || d.toks[k].in(lxParticles) || k > 0 && d.toks[k].is("of", "and", "&", "for") && d.word(k-1) && d.toks[k-1].cap) && !d.toks[k].sentStart {
		k-- // "the Karachi Chamber of Commerce and Industry"
	}
	if o := k - 1; k > 0 && d.toks[k].is("the") && o > 0 && d.toks[o].is("of") && d.word(o-1) && d.toks[o-1].in(lxTitles) && !d.toks[o-1].sentStart {
		return true // "the Director-General of the NCDC, Dr Ifeoma Chukwuma-Okafor,"
	}
	if k > 0 && d.toks[k].is("in", "at", "from", "of", "for") {
		// "our correspondent in Viña del Mar", "my colleague in
		// California", "vice president for corporate affairs in Peru"
		for j := k - 1; j >= 0 && j >= k-5 && d.word(j) && !d.toks[j].cap; j-- {
			if d.toks[j].in(lxTitles | lxKin) {
				return true
			}
			if isDet(d.toks[j].low) || d.toks[j].stopsNP() {
				break
			}
		}
	}
	return false
}

// nameAfter reads the name set off by commas after comma: ", Tomasz
// Wróblewski,".
func (d *doc) nameAfter(comma int) ref {
	a := comma + 1
	if a+2 < len(d.toks) && d.toks[a].is("the") && d.toks[a+1].cap && d.toks[a+1].in(lxTitles) {
		a++ // ", the Rev David Thwaite,"
	}
	if a+4 < len(d.toks) && d.toks[a].cap && d.toks[a].in(lxTitles) && d.toks[a+1].text == "(" && d.toks[a+3].text == ")" {
		a += 4 // ", Chief (Mrs) Moriamo Akinwale,"
	}
	if a+2 < len(d.toks) && (d.toks[a].is("the", "a", "an") && !d.toks[a+1].cap || d.word(a) && !d.toks[a].cap && !d.toks[a].stopsNP() && !d.toks[a].in(lxClausePreps) && !isPronoun(d.toks[a].low) && !d.toks[a+1].is("by") && !d.toks[a].is("including", "led", "headed", "joined", "flanked")) {
		// ", the former Ryder Cup player Henrik Bjerregaard,", ",
		// retired lorry driver Lim Siew Peng,": the person's name after
		// the description.
		e := a + 1
		for e < len(d.toks) && e < a+9 && d.word(e) {
			e++
		}
		if e < len(d.toks) && d.toks[e].text == "," {
			if run := d.runEndingAt(e); run != nil && run.person != nil && run.a > a && (run.a > a+1 || !d.toks[a].is("the", "a", "an")) {
				return ref{kind: 'n', a: run.a, b: e} // (or ", advocate Sunanda Kulkarni,")
			}
		}
	}
	if a < len(d.toks) && d.word(a) {
		if _, ok := yearOld(d.toks[a].low); ok {
			// ", 31-year-old vendor Nokuthula Mpofu,": the name after
			// the age and the trade.
			k := a + 1
			for k < len(d.toks) && k < a+4 && d.word(k) && !d.toks[k].cap {
				k++
			}
			if k > a+1 || k < len(d.toks) && d.toks[k].cap {
				a = k // or ", 22-year-old Brayan Colindres,"
			}
		}
	}
	b := a
	for b < len(d.toks) && d.word(b) && (d.toks[b].cap || d.toks[b].in(lxParticles)) && d.toks[b].low != "'s" {
		b++
	}
	if b > a && b < len(d.toks) && d.toks[b].text == "," {
		if run := d.runEndingAt(b); run != nil && run.person != nil && run.a > a {
			return ref{kind: 'n', a: run.a, b: b} // ", St Ives Liberal Democrat Andrew Tremayne,": the person's name
		}
	}
	if b > a && b < len(d.toks) && d.word(b) && !d.toks[b].cap {
		if n := d.nameAfterRole(b, min(len(d.toks), b+8)); n.kind != 0 && n.b < len(d.toks) && d.toks[n.b].text == "," {
			return n // ", Labor senator Imogen Karras,": a party, an office, the name
		}
	}
	if b == a || b >= len(d.toks) || !(d.toks[b].text == "," || d.toks[b].is("of", "from", "at")) || d.toks[a].in(lxNotNames) && !(d.toks[a].in(lxTitles) && b-a >= 2) && !d.balinese(a, b) {
		return ref{}
	}
	return ref{kind: 'n', a: a, b: b} // with its title, if any: ", Dr Ifeoma Chukwuma-Okafor,"
}

var quantifiers = set("many", "some", "others", "several", "few", "most", "both", "critics", "experts", "residents")

// pluralPossessive: the apostrophe of "the metalworkers' union".
func (d *doc) pluralPossessive(i, lo int) bool {
	return i > lo && (d.toks[i].text == "'" || d.toks[i].text == "’") && d.toks[i].kind == tPunct && d.word(i-1) && strings.HasSuffix(d.toks[i-1].low, "s") && d.word(i+1)
}

// ofPhrase widens a noun phrase [a, b) that follows "of", "for", "at" or
// "from" to the role it belongs to.
func (d *doc) ofPhrase(a, b, lo int) (ref, bool) {
	if a > lo && d.word(a-1) && isDet(d.toks[a-1].low) && d.toks[a-1].low != "'s" {
		a--
	}
	p := a - 1
	if p-1 < lo || !d.word(p) || !d.toks[p].is("of", "for", "at", "from", "in", "to") || !d.word(p-1) || d.toks[p-1].cap && !(d.opens(p-1) && d.isCommon(p-1)) {
		return ref{}, false
	}
	inner := d.npEndingAt(p-1, lo)
	if inner.kind != 'r' && inner.kind != 'o' {
		return ref{}, false
	}
	return ref{kind: 'r', a: inner.a, b: b}, true
}

// nameAfterRole reads "forecaster Luciana Tavares" from token k: a
// lower-case role between an organisation and a name.
func (d *doc) nameAfterRole(k, hi int) ref {
	e := k
	for e < hi && e < k+4 && d.word(e) && !d.toks[e].cap && (d.toks[e].in(lxTitles) || d.toks[e].is("and") && e > k && e+1 < hi && (d.toks[e+1].in(lxTitles) || roleNoun(d.toks[e+1].low)) || roleNoun(d.toks[e].low) || (d.isCommon(e) || e+1 < hi && d.toks[e+1].in(lxTitles) && !d.toks[e+1].cap) && !d.toks[e].in(lxClausePreps) && !d.toks[e].in(lxTimeWords) && !d.toks[e].stopsNP()) {
		e++ // "forecaster", "cafe owner", "singer and guitarist"
	}
	for e > k && e+1 < hi && d.word(e) && d.toks[e].cap && d.toks[e].in(lxTitles) && d.word(e+1) && d.toks[e+1].cap && !d.toks[e+1].in(lxTitles) {
		e++ // "lead author Dr Mereana Te Kani"
	}
	if e == k || e >= hi || !d.word(e) || !d.toks[e].cap || d.toks[e].in(lxNotNames) {
		return ref{}
	}
	f := e
	for f < hi && d.word(f) && (d.toks[f].cap || d.toks[f].in(lxParticles)) && d.toks[f].low != "'s" {
		f++
	}
	if f-e < 2 {
		return ref{}
	}
	return ref{kind: 'n', a: e, b: f}
}

// opens: token i begins a sentence, or what follows a dash or a colon
// ("15:30 — Meteorologists at ...").
func (d *doc) opens(i int) bool {
	return d.toks[i].sentStart || i > 0 && d.toks[i-1].para == d.toks[i].para && d.toks[i-1].is("—", "–", "-", ":")
}

// commonRole reads a plural role that opens a sentence with a capitalised
// ordinary word, and the place or body it belongs to: "Shipping agents in
// Nairobi", "Aid agencies".
func (d *doc) commonRole(j, hi int) ref {
	t := &d.toks[j]
	if !t.cap || !d.opens(j) || !d.isCommon(j) || d.gHas(t.low) || t.in(lxNotNames) || isDet(t.low) {
		return ref{}
	}
	e := -1
	for k := j + 1; k < hi && k <= j+2 && d.word(k); k++ {
		w := &d.toks[k]
		if w.cap || isDet(w.low) || w.stopsNP() || w.in(lxClausePreps) || strings.HasSuffix(w.low, "ed") || !d.isCommon(k) {
			break
		}
		if w.in(lxTitles) || w.in(lxOrgHeads) || strings.HasSuffix(w.low, "s") {
			e = k + 1
			break
		}
	}
	if e < 0 {
		return ref{}
	}
	if e+1 < hi && d.toks[e].is("in", "at", "of", "for", "from") && d.word(e+1) && d.toks[e+1].cap {
		f := e + 1
		for f < hi && d.word(f) && d.toks[f].cap {
			f++
		}
		e = f
	}
	return d.roleRef(j, e)
}

// placeAdverb: "there" in "Scientists there say".
func placeAdverb(low string) bool {
	switch low {
	case "there", "here", "outside", "abroad", "locally":
		return true
	}
	return false
}

// acronymOrg: an organisation's initials ("UN", "NATO", "UNICEF"), not a
// place ("UK", "US") nor a single letter.
func (d *doc) acronymOrg(j int) bool {
	low := d.toks[j].low
	return len(low) >= 2 && !strings.Contains(low, ".") && !d.gHas(low) && startsLetter(low)
}

// brandOrgs are companies the word lists keep out of people's names; they
// still speak ("Google said").
var brandOrgs = set("facebook", "twitter", "instagram", "tiktok", "youtube", "whatsapp",
	"google", "apple", "amazon", "microsoft", "meta")
