package main

// renames gives the short English name news uses in place of the source's
// name, keyed by kind, country code and source name. The source name becomes
// an alias.
var renames = map[string]string{
	"TUS:Washington, D.C.":                 "Washington",
	"TUS:New York City":                    "New York",
	"TUA:Odessa":                           "Odesa",
	"TUA:Zaporizhia":                       "Zaporizhzhia",
	"CCD:Democratic Republic of the Congo": "Democratic Republic of the Congo",
	"CCG:Republic of the Congo":            "Republic of the Congo",
	"CCV:Cabo Verde":                       "Cape Verde",
	"CVA:Vatican City":                     "Vatican City",
}

// extraAliases are other spellings in common English use: abbreviations,
// older transliterations and colonial-era names.
var extraAliases = map[string][]string{
	"CUS:United States":                    {"U.S.", "U.S.A.", "the States"},
	"CGB:United Kingdom":                   {"U.K."},
	"CAE:United Arab Emirates":             {"U.A.E."},
	"CCD:Democratic Republic of the Congo": {"Democratic Republic of Congo", "DR Congo", "D.R. Congo"},
	"CCG:Republic of the Congo":            {"Congo", "Republic of Congo"},
	"CCZ:Czechia":                          {"Czech Republic"},
	"CNL:Netherlands":                      {"Holland", "the Netherlands"},
	"CTR:Turkey":                           {"Türkiye", "Turkiye"},
	"CPS:Palestine":                        {"Palestinian territories"},
	"CKR:South Korea":                      {"Korea"},
	"CCI:Ivory Coast":                      {"Côte d'Ivoire", "Côte d’Ivoire"},
	"CSZ:Eswatini":                         {"Swaziland"},
	"CTL:East Timor":                       {"Timor-Leste"},
	"CMK:North Macedonia":                  {"Macedonia"},
	"TUS:Washington":                       {"Washington, D.C.", "Washington DC", "Washington D.C.", "D.C."},
	"TUS:New York":                         {"New York City", "NYC"},
	"TUS:Los Angeles":                      {"L.A."},
	"TUA:Kyiv":                             {"Kiev"},
	"TUA:Odesa":                            {"Odessa"},
	"TUA:Kharkiv":                          {"Kharkov"},
	"TUA:Lviv":                             {"Lvov", "Lwów"},
	"TUA:Dnipro":                           {"Dnipropetrovsk", "Dnepropetrovsk"},
	"TUA:Mykolaiv":                         {"Nikolaev", "Mykolayiv"},
	"TUA:Zaporizhzhia":                     {"Zaporozhye", "Zaporizhia"},
	"TUA:Luhansk":                          {"Lugansk"},
	"TIN:Mumbai":                           {"Bombay"},
	"TIN:Kolkata":                          {"Calcutta"},
	"TIN:Chennai":                          {"Madras"},
	"TIN:Bengaluru":                        {"Bangalore"},
	"TIN:Pune":                             {"Poona"},
	"TCN:Beijing":                          {"Peking"},
	"TCN:Guangzhou":                        {"Canton"},
	"TMM:Yangon":                           {"Rangoon"},
	"TVN:Ho Chi Minh City":                 {"Saigon"},
	"TKZ:Almaty":                           {"Alma-Ata"},
	"TKZ:Astana":                           {"Nur-Sultan"},
	"TBY:Minsk":                            {},
	"TMD:Chisinau":                         {"Kishinev"},
	"TRU:Saint Petersburg":                 {"St. Petersburg", "St Petersburg", "Leningrad"},
	"TRU:Volgograd":                        {"Stalingrad"},
	"TPL:Kraków":                           {"Cracow"},
	"TDE:Munich":                           {"München"},
	"TDE:Cologne":                          {"Köln"},
	"TIT:Turin":                            {"Torino"},
	"TPS:Gaza":                             {"Gaza City"},
	"TIL:Tel Aviv":                         {"Tel Aviv-Yafo"},
	"TYE:Sanaa":                            {"Sana'a", "Sana’a"},
}

// forceAmbiguous are names that are usually something else in English text
// (a given name, a surname, a common noun the word list lacks).
var forceAmbiguous = map[string]bool{
	"Chad": true, "Georgia": true, "Jordan": true, "Victoria": true,
	"Florence": true, "Charlotte": true, "Lincoln": true, "Austin": true,
	"Jackson": true, "Tyler": true, "Douglas": true, "Eugene": true,
	"Marion": true, "Jersey": true, "Aurora": true, "Independence": true,
	"Columbia": true, "Hamilton": true, "Kent": true, "Orange": true,
	"Warren": true, "Clinton": true, "Franklin": true, "Madison": true,
	"Salem": true, "Troy": true, "Sparta": true, "Bradford": true,
	"Preston": true, "Carlisle": true, "Mercedes": true, "Trump": true, "Barry": true,
	"Norman": true, "Gary": true, "Lafayette": true, "Pueblo": true,
	"Stanley": true, "Durham": true, "Chester": true,
}
