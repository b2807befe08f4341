package entity

import (
	"runtime"
	"slices"
	"strings"
	"testing"
)

func placeNames(res Result) []string {
	var out []string
	for _, p := range res.Places {
		out = append(out, p.Name+"/"+p.Country)
	}
	return out
}

func TestPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"dateline with country", "NAIROBI, Kenya — Traders closed their stalls.", []string{"Nairobi/KE", "Kenya/KE"}, nil},
		{"dateline with agency", "OSAKA (Reuters) - Shares fell.", []string{"Osaka/JP"}, nil},
		{"country aliases", "Talks between the U.S. and the UK resumed, and the UAE and the DRC joined.", []string{"United States/US", "United Kingdom/GB", "United Arab Emirates/AE", "Democratic Republic of the Congo/CD"}, nil},
		{"old spellings", "Flights from Kiev to Bombay were cancelled.", []string{"Kyiv/UA", "Mumbai/IN"}, nil},
		{"letters with no accent to strip", "Trains from Wroclaw and Lodz reached Tromso.", []string{"Wrocław/PL", "Łódź/PL", "Tromsø/NO"}, nil},
		{"places inside names", "Jordan Peterson spoke to the Washington Post about the Bank of Japan and Paris Hilton.", nil, []string{"Jordan/JO", "Washington/US", "Japan/JP", "Paris/FR"}},
		{"a town's name for water", "Snowmelt feeds the Truckee and Carson rivers, and the cut will dry out the Stillwater marshes near Fallon, Nevada.", []string{"Nevada/US"}, []string{"Truckee/US", "Carson/US", "Stillwater/US"}},
		{"an Irish county after Co", "The landslide at Derrybrien in Co Galway was recalled by farmers from Co Offaly.", []string{"Galway/IE", "Offaly/IE"}, nil},
		{"regions by their English names", "Miners in Silesia and fishermen in Brittany and Normandy protested.", []string{"Silesia/PL", "Brittany/FR", "Normandy/FR"}, nil},
		{"regions named by a direction", "Mining was banned in Ghana's Western Region, and buses head north and west.", []string{"Western Region/GH"}, []string{"North Region/CM", "West Region/CM", "North/CM", "West/CM"}},
		{"ambiguous words need context", "Nice work, said the coach. Reading is fun.", nil, []string{"Nice/FR", "Reading/GB"}},
		{"a small town whose name without accents is a word", "Insurers called the flood an act of God, and he thanked God.", nil, []string{"Göd/HU"}},
		{"the same town by its own spelling", "House prices in Göd, north of Budapest, rose.", []string{"Göd/HU"}, nil},
		{"ambiguous words in context", "The festival moved from Nice to Reading.", []string{"Nice/FR", "Reading/GB"}, nil},
		{"demonyms are not places", "Kenyan officials and Ukrainian troops met.", nil, []string{"Kenya/KE", "Ukraine/UA"}},
		{"Georgia the state", "Voters in Atlanta and across Georgia went to the polls in the United States.", []string{"Georgia/US"}, nil},
		{"Georgia the country", "Protests in Tbilisi spread across Georgia.", []string{"Georgia/GE"}, nil},
		{"Chad needs context", "Chad Whitmore visited Chad last year.", []string{"Chad/TD"}, nil},
		{"regions", "Wildfires spread across California and Bavaria.", []string{"California/US", "Bavaria/DE"}, nil},
		{"provinces by their English names", "Suppliers stay in Guangdong, Guangxi and Sichuan; some moved to Coahuila.", []string{"Guangdong/CN", "Guangxi/CN", "Sichuan/CN", "Coahuila/MX"}, nil},
		{"a place ending in an organisation word", "Related: Ivory Coast and Senegal also qualify, Cameroon face play-off", []string{"Ivory Coast/CI", "Senegal/SN", "Cameroon/CM"}, nil},
		{"a party is no place", "The Liberal Democrat leader and two Social Democrats spoke in Liberal, Kansas.", []string{"Liberal/US"}, nil},
		{"a party's member is no place", "The Liberal Democrat Isla Pennock said the bank had broken its word.", nil, []string{"Liberal/US"}},
		{"a town named for a saint, as news writes it", "The Wild beat the Jets in St. Paul, and the Blues lost in St. Louis.", []string{"St. Paul/US", "St. Louis/US"}, nil},
		{"Danish aa, and newer and older names", "Flights from Aarhus to Quebec City stopped in Mysuru.", []string{"Aarhus/DK", "Québec/CA", "Mysuru/IN"}, nil},
		{"a state by its initials", "Surf lifesavers in NSW closed six beaches.", []string{"New South Wales/AU"}, nil},
		{"a saint's town abroad is no alias for a small English one", "Flooding closed roads in St Ives, Cambridgeshire.", []string{"Cambridgeshire/GB"}, []string{"Saint Ives/AU"}},
		{"a state's dotted abbreviation in a dateline", "ORCHARD PARK, N.Y. (AP) — The Bills lost.", []string{"Orchard Park/US", "New York/US"}, nil},
		{"seas stay out", "A plant at Aqaba on the Red Sea will desalinate water from the Bay of Bengal.", nil, []string{"Red Sea/SD", "Bengal/"}},
		{"a state before a party", "The Ohio Republican asked for a review; South African fans sang.", []string{"Ohio/US"}, nil},
		{"deltas and Antarctic regions", "Wages in the Pearl River Delta have tripled; farmers in the Mekong Delta and crews in East Antarctica agree.", []string{"Pearl River Delta/CN", "Mekong Delta/VN", "East Antarctica/AQ"}, nil},
		{"Nigerian states", "The governor of Oyo State visited Lagos.", []string{"Oyo/NG"}, nil},
		{"both spellings of Marrakesh", "The line will reach Marrakech by 2030.", []string{"Marrakesh/MA"}, nil},
		{"small towns", "Buses between Kendal and Penrith stop next month.", []string{"Kendal/GB", "Penrith/GB"}, nil},
		{"small towns named like months and people", "In March, Clarence Morrison said the council in Angus would decide.", nil, []string{"March/GB", "Clarence/US", "Morrison/US"}},
		{"an unknown town before its region", "She lives near Tumbarumba, New South Wales, and works in Tumbarumba.", []string{"Tumbarumba/AU", "New South Wales/AU"}, nil},
		{"a state by its abbreviation after a town", "MEMPHIS, Tenn. (AP) — The band played on. A cousin in Marathon, Ont., wrote.", []string{"Memphis/US", "Tennessee/US", "Ontario/CA"}, nil},
		{"quarters of South Asian cities", "Smog covered New Delhi and Noida. A resident of Mayur Vihar Phase 1 drives between Anand Vihar and Laxmi Nagar every day.", []string{"Mayur Vihar/IN", "Anand Vihar/IN", "Laxmi Nagar/IN"}, []string{"Nagar/*"}},
		{"a dateline town named like a person or a country, before a state's abbreviation", "CAMERON, La. (AP) — Residents returned.\n\nJORDAN, Minn. — Farmers waited.", []string{"Cameron/US", "Louisiana/US", "Jordan/US", "Minnesota/US"}, []string{"Jordan/JO"}},
		{"a dateline with a colon", "NAGPUR: Playing his first Test, the pacer took five wickets.", []string{"Nagpur/IN"}, nil},
		{"a grade of oil and a direction are no places", "Brent crude rose while Western states and U.S. crude stocks fell.", []string{"United States/US"}, []string{"Brent/*", "Western/*"}},
		{"an unknown town in a dateline", "GILSLAND, Cumbria — The last bus left on Friday.", []string{"Gilsland/GB", "Cumbria/GB"}, nil},
		{"not an organisation or a person before a region", "A professor at Massey University, New Zealand, and Ana Ruiz, Spain's envoy, spoke to Kevin, Canada.", nil, []string{"Massey University/NZ", "Ana Ruiz/ES", "Kevin/CA"}},
		{"named parks, counties and islands", "Fires closed Kosciuszko National Park; Okmulgee County opened shelters, and gusts hit 130km/h on Sable Island.", []string{"Kosciuszko National Park/", "Okmulgee County/", "Sable Island/"}, nil},
		{"a town by what the text calls it", "He grew up in the village of Tooma and moved to Batlow, a town of 1,200 people.", []string{"Tooma/", "Batlow/"}, nil},
		{"employers and members are not places", "Analysts at Goldman Sachs, New York, agreed; officials from Ecowas, Nigeria and Ghana met.", []string{"New York/US", "Nigeria/NG"}, []string{"Goldman Sachs/US", "Ecowas/NG"}},
		{"small towns by context", "The bus from Bardon Mill stops in Haydon Bridge, then goes to Tumut and Gundagai.", []string{"Bardon Mill/GB", "Haydon Bridge/GB", "Tumut/AU", "Gundagai/AU"}, nil},
		{"small towns need context", "Tumut won the final. Support from Nato grew; shares of El Niño rose near Ross Creek.", nil, []string{"Tumut/*", "Nato/*", "El Niño/*", "Ross Creek/*"}},
		{"a small town in the country the text is about", "Wellington and Auckland are far from Picton.", []string{"Picton/NZ"}, nil},
		{"a university is not its town", "She studies at the University of Vigo and lives in Vigo.", []string{"Vigo/ES"}, nil},
		{"second-level regions", "Rain flooded roads in Antioquia, Bohol and Mayo; the Federal Capital Territory escaped.", []string{"Antioquia/CO", "Bohol/PH", "Mayo/IE", "Abuja Federal Capital Territory/NG"}, nil},
		{"a region named like a word needs context", "The Centre promised funds, and the Meta share price rose.", nil, []string{"Centre/*", "Meta/*"}},
		{"short names of cities", "Flights from Davao to Suwon resumed.", []string{"Davao/PH", "Suwon/KR"}, nil},
		{"places in compounds", "The Leeds-based firm hired a Lagos-born engineer from a New York-based bank.", []string{"Leeds/GB", "Lagos/NG", "New York/US"}, nil},
		{"a place before an office or a party", "Mombasa Governor Amina Yusuf met Rep. Lee Park, a Dayton Democrat.", []string{"Mombasa/KE", "Dayton/US"}, []string{"Mombasa Governor/*"}},
		{"a member's seat", "The Conservative MP for Reading voted against.", []string{"Reading/GB"}, nil},
		{"a town named in a list after a place", "The road between Kendal and Ravenstonedale closed, as did those to Penrith, Kirkby Thore and Appleby.", []string{"Ravenstonedale/GB", "Kirkby Thore/GB"}, nil},
		{"towns placed by near and compass words", "The crash happened near Glenbrae, south of Dunmorrow.", []string{"Glenbrae/", "Dunmorrow/"}, nil},
		{"residents and neighbourhoods", "Residents of Kolobeng said taps in the Matshelo neighbourhood ran dry.", []string{"Kolobeng/", "Matshelo/"}, nil},
		{"a place and its part", "She grew up in Nairobi West and moved to Nairobi.", []string{"Nairobi West/KE", "Nairobi/KE"}, nil},
		{"a town named like a bay", "Trucks go to Kenora or Tamarack Bay, not across the Bay of Bengal.", []string{"Tamarack Bay/CA"}, []string{"Bengal/*"}},
		{"from one town to another", "The petition ran from Hexham to Glenwhelt.", []string{"Hexham/GB", "Glenwhelt/"}, nil},
		{"a town set off by its bearing from a place", "Boats from India land at Kottapuram, north of Kochi, at dawn.", []string{"Kottapuram/IN"}, nil},
		{"a town by what the text calls it, described", "Ore goes to the Pacific port of Chalhuanca and the city's Miraflores district.", []string{"Chalhuanca/", "Miraflores/"}, nil},
		{"an unknown seat", "The Labour MP for Ashwick Vale said no; the envoy for African affairs agreed.", []string{"Ashwick Vale/"}, []string{"African/*"}},
		{"a list after a country need not be of places", "Talks between Israel and Hamas resumed in Cairo; Hamas said little.", []string{"Israel/IL"}, []string{"Hamas/*"}},
		{"a name that speaks is no town", "Trade between Lyon and Veltrix grew, Veltrix said.", []string{"Lyon/FR"}, []string{"Veltrix/*"}},
		{"travel from a town is no transfer", "She arrived from Lagos; he signed the lease in Leeds after flying from Porto.", []string{"Lagos/NG", "Porto/PT"}, nil},
		{"a town by a province's abbreviation", "The mill in Spruce Falls, Ont., closed.", []string{"Spruce Falls/CA"}, nil},
		{"not a club's town or a firm's", "He signed for £20m from Benfica; she holds a stake in Montalban.", nil, []string{"Benfica/*", "Montalban/*"}},
		{"an acronym is no town", "The news agency INA said Cycling UK would help.", nil, []string{"Ina/*", "United Kingdom/GB"}},
		{"a town said to be a city", "Hamilton is the country's fourth-largest city.", []string{"Hamilton/BM"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := placeNames(Find(tt.text))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			for _, n := range tt.not {
				// "Name/*": the name in any country.
				if slices.ContainsFunc(got, func(g string) bool {
					return g == n || strings.HasSuffix(n, "/*") && strings.HasPrefix(g, strings.TrimSuffix(n, "*"))
				}) {
					t.Errorf("unexpected %s in %v", n, got)
				}
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{"Kiev": "Kyiv", "U.S.": "United States", "Britain": "United Kingdom", "Bombay": "Mumbai", "DRC": "Democratic Republic of the Congo"} {
		if got, _, ok := Canonical(in); !ok || got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGazetteerFootprint checks that the decoded gazetteer stays small.
func TestGazetteerFootprint(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := parseGazetteer(gazetteerTSV)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	used := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("gazetteer heap: %.1f MB", float64(used)/(1<<20))
	if used > 30<<20 {
		t.Errorf("gazetteer holds %d MB, want < 30 MB", used>>20)
	}
	var words, male int
	for _, e := range g.words.entries {
		if e.words&wCommon != 0 {
			words++
		}
		if e.words&wMale != 0 {
			male++
		}
	}
	if len(g.places) < 5000 || words < 10000 || male < 1000 {
		t.Errorf("gazetteer looks truncated: %d places, %d words, %d names", len(g.places), words, male)
	}
	runtime.KeepAlive(g)
}
