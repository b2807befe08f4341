package entity

import (
	"maps"
	"slices"
	"strings"
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// speechVerbs introduce direct or reported speech.
var speechVerbs = set(
	"said", "says", "say", "saying", "corrects", "corrected", "interrupts", "interrupted", "interjects", "told", "tells", "tell", "added", "adds", "adding",
	"warned", "warns", "wrote", "writes", "asked", "asks", "insisted", "insists",
	"argued", "argues", "announced", "announces", "tweeted", "posted", "noted", "notes",
	"explained", "explains", "stressed", "stresses", "claimed", "claims", "replied",
	"replies", "urged", "urges", "admitted", "admits", "declared", "declares",
	"continued", "recalled", "recalls", "conceded", "concedes", "acknowledged",
	"acknowledges", "suggested", "suggests", "observed", "remarked", "remarking", "responded",
	"countered", "cautioned", "predicted", "predicts", "promised", "promises", "vowed",
	"vows", "pledged", "confirmed", "confirms", "denied", "denies", "maintained",
	"maintains", "contended", "complained", "lamented", "joked", "quipped", "shouted",
	"whispered", "emphasised", "emphasized", "reiterated", "disclosed", "revealed",
	"stated", "states", "testified", "texted", "emailed", "commented", "agreed",
	"boasted", "concluded", "wondered", "demanded", "pleaded", "underlined", "mused",
	"sighed", "laughed", "alleged", "alleges", "assured", "informed", "reported",
	"estimated", "believes", "thinks", "added:", "cried", "yelled", "snapped",
	"announcing", "warning", "telling", "arguing", "noting", "explaining", "insisting",
	"called", "calls", "described", "describes", "messaged", "recounted", "hinted",
	"signalled", "signaled", "answered", "objected", "protested", "exclaimed",
	"reported", "reports", "argue", "warn", "insist", "claim", "finds", "found",
	"deny", "confirm", "admit", "acknowledge", "predict", "estimate", "allege",
	"opined", "opines", "reckons", "reckoned", "jokes", "estimates", "testifies",
	"accused", "accuses", "claiming", "suggesting", "stressing",
	"admitting", "acknowledging", "conceding", "complaining", "confirming", "predicting",
	"asserted", "asserts", "averred", "avers", "clarified", "affirmed", "mentioned",
	"confessed", "retorted", "speculated", "elaborated", "reminded", "reminds", "counters",
	"alleging", "agrees", "ruled", "shouts", "yells", "answers", "repeated", "repeats", "whispers",
	"concede", "assures", "screaming", "screamed", "screams", "shouting", "writing",
	"complain", "complains", "suggest",
)

// reportVerbs may take a reported clause ("said that ...", "told reporters the
// port would reopen").
var reportVerbs = set(
	"said", "says", "say", "remarked", "remarks", "remarking", "told", "tells", "added", "adds", "adding", "warned",
	"warns", "wrote", "writes", "insisted", "insists", "argued", "argues", "announced",
	"noted", "notes", "explained", "stressed", "claimed", "claims", "admitted",
	"declared", "conceded", "acknowledged", "suggested", "predicted", "promised",
	"vowed", "pledged", "confirmed", "denied", "maintained", "contended", "complained",
	"reiterated", "disclosed", "revealed", "stated", "testified", "agreed", "believes",
	"assured", "informed", "estimated", "alleged", "tweeted", "posted", "saying",
	"warning", "telling", "arguing", "noting", "insisting", "hinted", "signalled",
	"signaled", "recalled", "cautioned", "answered", "replied", "responded",
	"reported", "reports", "argue", "warn", "insist", "claim", "finds", "found",
	"deny", "confirm", "admit", "acknowledge", "predict", "estimate", "allege",
	"acknowledges", "alleges", "announces", "concedes", "confirms", "reminded", "reminds",
	"countered", "counters", "alleging", "agrees", "ruled", "concede", "assures", "assure", "writing",
	"declares", "denies", "explains", "maintains", "predicts", "promises",
	"recalls", "stresses", "suggests", "vows", "emphasised", "emphasized",
	"concluded", "observed", "opined", "opines", "reckons", "reckoned", "joked", "jokes",
	"estimates", "testifies", "forecast", "forecasts", "accepted", "show", "shows", "showed", "admits", "accused", "accuses", "claiming",
	"suggesting", "stressing", "admitting", "acknowledging", "conceding", "complaining",
	"confirming", "predicting", "asserted", "asserts", "averred", "avers", "clarified",
	"affirmed", "mentioned", "confessed", "retorted", "speculated", "indicated",
	"highlighted", "complain", "complains", "suggest",
)

// audienceVerbs take an audience before the reported clause.
var audienceVerbs = set("told", "tells", "assured", "informed", "warned", "telling", "reminded")

// titles stand before a name and are not part of it.
var titles = set(
	"president", "vice", "prime", "minister", "secretary", "chancellor", "premier",
	"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor",
	"sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor",
	"mayor", "judge", "justice", "king", "queen", "prince", "princess", "pope", "sheikh",
	"general", "gen.", "gen", "colonel", "col.", "captain", "capt.", "lt.", "lieutenant",
	"sergeant", "sgt.", "major", "admiral", "commander", "chief", "coach", "manager",
	"ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "director",
	"chairman", "chairwoman", "chair", "ceo", "founder", "leader", "speaker", "deputy",
	"foreign", "defence", "defense", "interior", "finance", "health", "economy",
	"justice", "sir", "dame", "lord", "lady", "rabbi", "imam", "father", "bishop",
	"archbishop", "cardinal", "reverend", "rev.", "officer", "inspector", "detective",
	"superintendent", "attorney", "councillor", "councilor", "councilman",
	"councilwoman", "congressman", "congresswoman", "mp", "mep", "executive",
	"economist", "analyst", "epidemiologist", "scientist", "researcher", "historian",
	"lawyer", "head", "boss", "striker", "midfielder", "defender", "goalkeeper",
	"forward", "striker", "player", "star", "singer", "actor", "actress", "author",
	"writer", "novelist", "journalist", "editor", "reporter", "correspondent",
	"commissioner", "president-elect", "emir", "crown", "sultan", "ayatollah",
	"dean", "principal", "doctor", "nurse", "surgeon", "physician", "engineer",
	"activist", "campaigner", "organiser", "organizer", "founder", "owner",
	"farmer", "resident", "teacher", "student", "trader", "official", "officials",
	"marshal", "first", "lady", "senior", "top", "state", "acting", "interim", "former", "cs", "debutant", "debutante", "sgt",
	"mr.", "mrs.", "ms.", "mx.", "st.", "chef", "designer", "architect", "curator",
	"physicist", "biologist", "chemist", "professor", "lecturer", "pastor", "priest",
	"minister's", "adviser", "advisor", "aide", "negotiator", "prosecutor",
	"mediator", "pilot", "captain", "skipper", "driver", "rider", "champion",
	"coordinator", "administrator", "president's", "ceo's", "u", "daw", "governor",
	"alhaji", "alhaja", "chief", "dona", "senhora", "señora", "madame", "monsieur",
	"sheikha", "co-author", "co-founder", "co-chair", "co-director", "cr", "cr.",
	"cllr", "cllr.", "coun", "coun.", "flanker", "winger", "fly-half", "scrum-half", "full-back", "hooker",
	"centre-back", "left-back", "right-back", "quarterback", "wicketkeeper", "batsman",
	"secretary-general", "director-general", "attorney-general", "governor-general",
	"solicitor-general", "inspector-general", "chief-of-staff", "taoiseach", "tánaiste",
	"councilmember", "member", "dci", "dsi", "det", "det.", "brig", "brig.", "insp", "insp.",
	"mme", "mme.", "mlle", "msp", "atty", "atty.", "engr", "engr.", "eng.", "arc.", "barr.", "pharm.", "counsel", "garda", "kaumātua", "kaumatua", "otunba", "baale", "iyaloja", "hon", "hon.", "honourable", "madam", "rev", "mla",
	"auditor", "treasurer", "comptroller", "sheriff", "assessor", "clerk", "registrar",
	"solicitor", "barrister", "canon", "deacon", "chairperson", "commodore", "brigadier", "constable", "alderman", "magistrate", "cde", "comrade", "td",
	"tanaiste", "matua", "whaea", "directeur", "sportif", "soigneur", "coroner", "supt", "haji", "hajji", "hajiya", "hajia", "prefect", "sub-prefect", "dpp", "cm", "dcm", "csp", "dsp", "ssp", "acp", "dcp", "mk", "datuk", "dato", "datin", "tun", "encik", "vizier", "rajah", "maharaja", "chieftain", "oba", "ooni", "sarkin", "sp", "cp", "asp", "aig", "igp", "elder",
	"regent", "bupati", "ato", "weizero", "woizero", "w/ro", "nana", "omanhene", "pc", "pcso", "ds", "dsu", "tem", "mama", "officer-in-charge", "aling", "opanin", "kuia", "kaumātua", "kaumatua", "malam", "mallam", "pol", "pol.", "col", "lt", "recorder",
	"candidate", "auntie", "aunty", "vice-chief", "vice-president", "vice-chair", "vice-chairman", "vice-chairwoman", "vice-chancellor", "vice-premier", "vice-mayor", "vice-governor", "vice-minister",
)

// postNominals follow a name and are not part of it ("Eleanor Pryce KC").
var postNominals = set("kc", "qc", "sc", "bl", "obe", "mbe", "cbe", "frs", "phd", "mp", "msp", "mla", "mep", "td", "mpp", "ms", "ms.")

// genericLeader roles fit anyone whose description has one of leaders.
var leaders = set("president", "prime", "premier", "chancellor", "leader", "king",
	"queen", "head", "chief", "emir", "sultan", "ayatollah", "pope", "mayor", "governor")

// officials are offices whose holder a later "the official" refers to.
var officials = set("officer", "minister", "secretary", "commissioner", "administrator",
	"governor", "mayor", "spokesman", "spokeswoman", "spokesperson", "ambassador",
	"envoy", "councillor", "councilor", "superintendent", "inspector", "diplomat")

// orgWords make a capitalised run an organisation, not a person or a place.
var orgWords = set(
	"ministry", "prefecture", "department", "agency", "company", "inc", "inc.", "corp", "corp.", "co", "co.",
	"council", "party", "university", "bank", "post", "times", "journal", "herald",
	"tribune", "news", "press", "group", "office", "court", "congress", "house",
	"union", "reserve", "fund", "institute", "foundation", "association",
	"commission", "committee", "network", "airlines", "airways", "club", "fc",
	"street", "square", "avenue", "road", "hospital", "school", "college", "center",
	"centre", "church", "parliament", "senate", "assembly", "government", "forces",
	"force", "navy", "guard", "police", "service", "services", "authority", "board",
	"bureau", "organization", "organisation", "ltd", "ltd.", "llc", "media",
	"reuters", "getty", "images", "afp", "museum", "festival", "cup", "league",
	"games", "olympics", "airport", "station", "bridge", "port", "island", "islands",
	"mountains", "river", "sea", "ocean", "strait", "valley", "region",
	"oblast", "province", "county", "district", "army", "brigade", "corps",
	"kremlin", "pentagon", "nations", "nation", "alliance", "coalition", "federation",
	"cabinet", "secretariat", "tribunal", "prize", "award", "awards", "stadium",
	"hall", "palace", "tower", "capitol", "motors", "energy", "holdings",
	"technologies", "systems", "labs", "laboratory", "laboratories", "partners",
	"capital", "securities", "exchange", "market", "markets", "index", "treaty",
	"agreement", "accord", "act", "bill", "plan", "war", "summit", "conference",
	"forum", "week", "day", "times", "magazine", "radio", "tv", "television",
	"channel", "broadcasting", "corporation", "ap", "bbc", "cnn", "nasa",
	"initiative", "project", "programme", "program", "movement", "front", "brotherhood",
	"church", "mosque", "temple", "cathedral", "zoo", "library", "theatre", "theater",
	"hotel", "mall", "avenue", "boulevard", "highway", "metro", "railway", "railways",
	"square", "plaza", "lake", "mount", "desert", "peninsula", "bay", "coast",
	"basin", "delta", "canal", "medal", "trophy", "baths", "tech", "academy",
	"water", "wind", "power", "maritime", "shipping", "conservancy", "lab", "team",
	"creek", "cove", "beach", "harbour", "harbor", "reef", "heights", "networks",
	"industries", "enterprises", "resources", "solutions", "communications", "brands",
	"pharmaceuticals", "logistics", "transport", "transit", "haulage", "freight", "coaches", "properties", "ventures", "insurance", "electric",
	"petroleum", "telecom", "foods", "storm", "hurricane", "typhoon", "cyclone",
	"investment", "investments", "advisors", "advisers", "management", "economics", "staff",
	"analytics", "financial", "asset", "trust", "rūnanga", "runanga", "síochána", "siochana",
	"protection", "customs", "enforcement", "affairs", "security", "sa", "agence", "inspectorate", "haulage", "elementary", "éireann", "eireann", "bulletin", "watch", "convention", "athletics", "sports", "international", "intermediate", "frontières", "limited", "open", "slam", "côte", "route", "infirmary", "coastguard", "gazette", "shimbun", "chronicle", "atlético", "atletico", "olympique", "banque", "banco", "banca", "comité", "conseil", "institut", "société", "syndicat", "fédération", "confédération",
	"universiti", "ysgol", "grupo", "grupa", "gruppe", "ferries", "homes", // (Malay, Welsh, Spanish, Polish, German)
	"municipality", "directorate", "aggregates", "motoren", "werke",
	"ag", "gmbh", "plc", "nv", "bv", "spa", "asa", "oyj", "bhd", "tbk", "sarl", "srl", "pty", // company suffixes
)

// orgHeads are lower-case nouns that make "the ..." an organisation that
// can speak ("the ministry said").
var orgHeads = set(
	"ministry", "department", "agency", "company", "government", "council",
	"committee", "commission", "office", "court", "police", "army", "military",
	"embassy", "firm", "group", "party", "union", "bank", "authority", "authorities",
	"administration", "campaign", "team", "club", "board", "statement", "regulator",
	"organisation", "organization", "institute", "university", "hospital", "airline",
	"league", "federation", "association", "coalition", "alliance", "cabinet",
	"presidency", "secretariat", "service", "agency's", "prosecutors", "officials",
	"spokesperson", "spokesman", "spokeswoman", "court", "judge", "coroner",
	"academy", "railway", "operator", "study", "report", "survey", "poll",
	"review", "media", "practice", "surgery",
)

// pronouns that can be speakers, with their gender: m, f, or p (plural/any).
var pronouns = map[string]byte{"he": 'm', "she": 'f', "they": 'p', "it": 'p', "i": 'i', "we": 'i',
	"he'd": 'm', "she'd": 'f', "they'd": 'p', "he’d": 'm', "she’d": 'f', "they’d": 'p', // "He'd put his hand on my shoulder and say"
	"we've": 'i', "we’ve": 'i', "i've": 'i', "i’ve": 'i', "we'd": 'i', "we’d": 'i', "i'd": 'i', "i’d": 'i'} // no names: "We've found that"

// scareCues before a quotation mark make it a title or a scare quote.
var scareCues = set(
	"so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "codenamed",
	"film", "movie", "book", "novel", "song", "album", "show", "series", "play",
	"documentary", "operation", "term", "phrase", "word", "words", "slogan", "hashtag",
	"headline", "label", "brand", "known", "as", "podcast", "exhibition", "poem",
	"single", "track", "episode", "musical", "opera", "painting", "app", "game",
	"campaign", "motto", "programme", "program", "column", "essay", "report", "study",
	"paper", "article", "banner", "sign", "signs", "placards", "chanting", "chanted",
	"placard", "banners", "reading", // "carried a sign reading \"...\""
)

// timeWords are skipped between a speaker and a verb ("Lind on Monday said").
var timeWords = set(
	"also", "later", "then", "again", "previously", "earlier", "once", "further",
	"recently", "has", "had", "have", "will", "would", "had", "repeatedly", "often",
	"publicly", "privately", "separately", "quickly", "simply", "only", "just",
	"firmly", "flatly", "bluntly", "angrily", "calmly", "tearfully", "frankly",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "on", "last", "week", "night", "morning",
	"afternoon", "evening", "this", "however", "still", "never", "even", "both",
	"all", "too", "himself", "herself", "themselves", "not", "did", "does", "is",
	"was", "were", "are", "had", "may", "might", "could", "can", "should", "reportedly",
	"allegedly", "had", "been", "being", "always", "usually", "often", "sometimes",
)

// notNames are capitalised words that never start or make a person's name.
var notNames = set(
	"test", "tests", "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "he'd", "he’d", "she'd", "she’d",
	"the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "when", "after",
	"before", "while", "as", "since", "for", "of", "to", "with", "by", "from",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "i", "we", "he", "she", "they",
	"it", "this", "that", "these", "those", "his", "her", "their", "our", "my",
	"there", "here", "what", "who", "why", "how", "where", "yes", "no", "not",
	"q", "a:", "more", "cover", "photo", "read", "related", "watch", "listen",
	"editor", "note", "update", "updated", "breaking", "live", "exclusive",
	"analysis", "opinion", "god", "christmas", "easter", "ramadan",
	"covid", "covid-19", "internet", "web", "facebook", "twitter", "x", "instagram",
	"tiktok", "youtube", "telegram", "whatsapp", "google", "apple", "amazon",
	"microsoft", "meta", "nato", "un", "eu", "western", "eastern", "northern",
	"southern", "mr", "mrs", "ms", "dr", "st", "new", "old", "about", "despite",
	"although", "because", "so", "then", "now", "still", "even", "just", "also",
	"its", "your", "you", "me", "us", "him", "them", "asked", "said", "says",
)

// openers begin a sentence far more often than they follow an
// abbreviation inside one ("5 p.m. A spokesperson said").
var openers = set("a", "an", "the", "he", "she", "it", "they", "we", "this", "these",
	"those", "but", "his", "her", "their", "its", "our", "there")

// particles may appear inside a person's name in lower case.
var particles = set("de", "da", "di", "van", "von", "zu", "der", "den", "del", "della",
	"la", "le", "du", "dos", "das", "bin", "ibn", "al", "el", "ben", "abu", "ter", "y", "al-", "ap", "ab", "binti", "bte", "bt", "i")

// afterPreps make an ambiguous place name ("Nice", "Reading") a place.
var afterPreps = set("in", "from", "to", "at", "near", "of", "across", "into",
	"outside", "around", "via", "toward", "towards", "between", "through", "throughout",
	"inside", "visit", "visited", "visiting", "left", "leave", "reach", "reached")

// lexicon flags: which of the word sets above a token's word belongs to,
// looked up once by the tokenizer instead of once per pass.
const (
	lxTitles uint32 = 1 << iota
	lxOrgWords
	lxNotNames
	lxParticles
	lxTimeWords
	lxClausePreps
	lxOrgHeads
	lxScareCues
	lxSpeechVerbs
	lxReportVerbs
	lxOpeners
	lxCompany
	// Sets looked up by single helpers, most of them once per token or
	// per speech verb: a flag test costs less than a map lookup.
	lxAbbrevs
	lxLeaders
	lxOfficials
	lxAudienceVerbs
	lxSayVerbs
	lxBareClauseVerbs
	lxQuantifiers
	lxCommaParticiples
	lxPlaceWords
	lxFeatureEnds
	lxConnectors
	lxAfterPreps
	lxKin
	lxUnnamedHeads
	lxWorkCues
	lxNationNouns
	lxOtherDemonyms
	lxTownKinds
	lxTownAdjectives
	lxPostNominals
)

// lexEntry is a word of the sets above, lexText[off:off+n], and its flags.
// Keeping the words in one string and the entries small keeps the whole
// table in a few kilobytes of cache.
type lexEntry struct {
	off   uint16
	n     uint8 // 0: an empty slot
	flags uint32
}

// lexSlots holds the lexEntries by lexHash, with linear probing. The
// tokenizer looks up every word: a small table and a cheap hash cost less
// than a map.
var lexText, lexSlots = func() (string, []lexEntry) {
	flags := map[string]uint32{}
	for flag, set := range map[uint32]map[string]bool{
		lxTitles: titles, lxOrgWords: orgWords, lxNotNames: notNames,
		lxParticles: particles, lxTimeWords: timeWords, lxClausePreps: clausePreps,
		lxOrgHeads: orgHeads, lxScareCues: scareCues, lxSpeechVerbs: speechVerbs,
		lxReportVerbs: reportVerbs, lxOpeners: openers, lxCompany: companyNouns,
		lxAbbrevs: abbrevs, lxLeaders: leaders, lxOfficials: officials,
		lxAudienceVerbs: audienceVerbs, lxSayVerbs: sayVerbs, lxBareClauseVerbs: bareClauseVerbs,
		lxQuantifiers: quantifiers, lxCommaParticiples: commaParticiples,
		lxPlaceWords: placeWords, lxFeatureEnds: featureEnds, lxConnectors: connectors,
		lxAfterPreps: afterPreps, lxKin: kin, lxUnnamedHeads: unnamedHeads, lxWorkCues: workCues,
		lxNationNouns: nationNouns, lxOtherDemonyms: otherDemonyms, lxTownKinds: townKinds,
		lxTownAdjectives: townAdjectives, lxPostNominals: postNominals,
	} {
		for w := range set {
			flags[w] |= flag
		}
	}
	size := 1
	for size < 2*len(flags) {
		size *= 2
	}
	var text strings.Builder
	slots := make([]lexEntry, size)
	for _, w := range slices.Sorted(maps.Keys(flags)) {
		i := lexHash(w) & (size - 1)
		for slots[i].n != 0 {
			i = (i + 1) & (size - 1)
		}
		slots[i] = lexEntry{uint16(text.Len()), uint8(len(w)), flags[w]}
		text.WriteString(w)
	}
	if text.Len() > 1<<16 {
		panic("entity: lexicon too large for lexEntry")
	}
	return text.String(), slots
}()

// lexHash mixes a word's length and three of its bytes: enough to tell
// the few hundred words of the table apart, at a constant cost.
func lexHash(w string) int {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)/2])*0xC2B2AE3D ^ uint32(w[len(w)-1])*0x27D4EB2F
	return int(h ^ h>>15)
}

// lexMaxLen is the length of the longest word of lexSlots.
var lexMaxLen = func() int {
	n := 0
	for _, e := range lexSlots {
		n = max(n, int(e.n))
	}
	return n
}()

// lexShapes has a bit for each (length, first byte, last byte) of the
// lexicon's words: most words of a text are not in the lexicon, and the
// bit, in a table of 2 KB, tells so without hashing.
var lexShapes = func() (bits [256]uint64) {
	for _, e := range lexSlots {
		if e.n != 0 {
			i := lexShape(lexText[e.off : int(e.off)+int(e.n)])
			bits[i/64] |= 1 << (i % 64)
		}
	}
	return bits
}()

func lexShape(w string) int {
	return len(w)&15<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
}

// lexFlags returns the flags of a lower-case word.
func lexFlags(w string) uint32 {
	if n := len(w); n <= 8 {
		// Most words: one probe of lexShort, most often, by an integer
		// key (lexKey, written out: a call costs as much as the lookup).
		if n == 0 {
			return 0
		}
		var k uint64
		if n >= 4 {
			t := w[n-4:]
			k = uint64(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24) |
				uint64(uint32(t[0])|uint32(t[1])<<8|uint32(t[2])<<16|uint32(t[3])<<24)<<32
		} else {
			k = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
		}
		for i := lexShortHash(k, n) >> (64 - lexShortBits); ; i = (i + 1) & (1<<lexShortBits - 1) {
			e := &lexShort[i]
			if e.key == k && int(e.n) == n {
				return e.flags
			}
			if e.n == 0 {
				return 0
			}
		}
	}
	if len(w) > lexMaxLen {
		return 0
	}
	if i := lexShape(w); lexShapes[i/64]&(1<<(i%64)) == 0 {
		return 0
	}
	mask := len(lexSlots) - 1
	for i := lexHash(w) & mask; lexSlots[i].n != 0; i = (i + 1) & mask {
		if e := &lexSlots[i]; int(e.n) == len(w) && lexText[e.off:int(e.off)+len(w)] == w {
			return e.flags
		}
	}
	return 0
}

// lexIn reports whether w is in one of the flagged sets: the same answer as
// the sets' maps, for any string.
func lexIn(w string, flags uint32) bool { return lexFlags(w)&flags != 0 }

// shapeSet has a bit for each lexShape of its words: a word whose bit is
// clear is not in the set, told without hashing.
type shapeSet [256]uint64

func (s *shapeSet) add(w string) {
	if w != "" {
		i := lexShape(w)
		s[i/64] |= 1 << (i % 64)
	}
}

// has reports whether w may be in the set.
func (s *shapeSet) has(w string) bool {
	if w == "" {
		return true
	}
	i := lexShape(w)
	return s[i/64]&(1<<(i%64)) != 0
}

// lexShort holds the words of lexSlots of at most 8 bytes, most of the
// words a text has, by lexKey: comparing two integers costs less than
// comparing the strings (a call to memequal per word), and a table of
// constant size, at most a quarter full, costs few probes and no bounds
// checks. lexFlags looks them up here.
var lexShort = func() (t [1 << lexShortBits]lexShortEntry) {
	n := 0
	for _, e := range lexSlots {
		if e.n == 0 || e.n > 8 {
			continue
		}
		if n++; 4*n > len(t) {
			panic("entity: lexicon too large for lexShort: raise lexShortBits")
		}
		w := lexText[e.off : int(e.off)+int(e.n)]
		k := lexKey(w)
		i := lexShortHash(k, len(w)) >> (64 - lexShortBits)
		for t[i].n != 0 {
			i = (i + 1) & (1<<lexShortBits - 1)
		}
		t[i] = lexShortEntry{key: k, n: e.n, flags: e.flags}
	}
	return t
}()

// lexShortBits sizes lexShort: 8192 slots for the thousand-odd short
// words of the lexicon, with room for twice as many.
const lexShortBits = 13

// lexShortEntry is a word of lexShort: its lexKey and length (0: an empty
// slot), and its flags.
type lexShortEntry struct {
	key   uint64
	flags uint32
	n     uint8
}

// lexKey packs a word of 1 to 8 bytes into an integer that, with the
// word's length, tells it from any other: its first and last four bytes
// (overlapping when shorter than 8), or its first, middle and last bytes
// when shorter than 4. (lexFlags does the same, inline.)
func lexKey(w string) uint64 {
	if n := len(w); n >= 4 {
		t := w[n-4:]
		return uint64(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24) |
			uint64(uint32(t[0])|uint32(t[1])<<8|uint32(t[2])<<16|uint32(t[3])<<24)<<32
	}
	return uint64(w[0]) | uint64(w[len(w)/2])<<8 | uint64(w[len(w)-1])<<16
}

// lexShortHash mixes a key and its length; lexShort takes its top bits.
func lexShortHash(k uint64, n int) uint64 { return (k ^ uint64(n)<<59) * 0x9E3779B97F4A7C15 }

// shapesOf returns the shapeSet of a set's words.
func shapesOf(set map[string]bool) (s shapeSet) {
	for w := range set {
		s.add(w)
	}
	return s
}
