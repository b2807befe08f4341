package entity

import (
	"slices"
	"strings"
	"testing"
)

// quoteOf returns the quote whose text is want, failing if there is none.
func quoteOf(t *testing.T, text string, res Result, want string) Quote {
	t.Helper()
	rs := []rune(text)
	for _, q := range res.Quotes {
		if string(rs[q.Start:q.End]) == want {
			return q
		}
	}
	var got []string
	for _, q := range res.Quotes {
		got = append(got, string(rs[q.Start:q.End])+" <"+q.Speaker+">")
	}
	t.Fatalf("no quote %q in %q", want, got)
	return Quote{}
}

// TestAttributionPatterns covers each construction in the attribution
// checklist with invented sentences.
func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker string
		direct                     bool
	}{
		{"quote then name and verb", `The river rose overnight. "We will rebuild," Ana Souza said.`, "We will rebuild,", "Ana Souza", true},
		{"verb then name and role", `"The dam held," said Ana Souza, the mayor of the town.`, "The dam held,", "Ana Souza", true},
		{"surname and colon", "Mayor Ana Souza toured the site.\n\nSouza said: \"Nobody will be left behind.\"", "Nobody will be left behind.", "Ana Souza", true},
		{"pronoun", "Pedro Alves met the farmers on Monday.\n\n\"Nobody asked us,\" he said.", "Nobody asked us,", "Pedro Alves", true},
		{"role introduced earlier", "Foreign Minister Lena Vogt flew to the summit.\n\n\"The talks failed,\" the foreign minister said.", "The talks failed,", "Lena Vogt", true},
		{"role nobody fits", `"The talks failed," the foreign minister said.`, "The talks failed,", "the foreign minister", true},
		{"split quote first half", `"We tried," Ana Souza said, "and we will try again."`, "We tried,", "Ana Souza", true},
		{"split quote second half", `"We tried," Ana Souza said, "and we will try again."`, "and we will try again.", "Ana Souza", true},
		{"continuation paragraph", "\"The money is there,\" said Ana Souza.\n\n\"The budget was approved in March.\"", "The budget was approved in March.", "Ana Souza", true},
		{"multi-paragraph quote", "Ana Souza said: \"We lost the bridge.\n\n\"We will build another one.\"", "We lost the bridge.\n\n\"We will build another one.", "Ana Souza", true},
		{"according to", "According to Kwame Asante, the port \"will reopen on Friday.\"", "will reopen on Friday.", "Kwame Asante", true},
		{"told reporters", "Kwame Asante told reporters the port would reopen next week.", "the port would reopen next week", "Kwame Asante", false},
		{"medium", `"It is over," Kwame Asante wrote on social media.`, "It is over,", "Kwame Asante", true},
		{"organisation", `"No deal is possible," the ministry said in a statement.`, "No deal is possible,", "the ministry", true},
		{"title and long role", `"The virus is spreading," said Dr. Mei Lin, an epidemiologist at the city university who led the study.`, "The virus is spreading,", "Mei Lin", true},
		{"question verb", "Dr. Mei Lin spoke first.\n\n\"Who pays?\" asked Lin.", "Who pays?", "Mei Lin", true},
		{"reported with that", "Prime Minister Jonas Berg spoke on Monday. The prime minister said that talks had begun.", "talks had begun", "Jonas Berg", false},
		{"partial quote", "Sara Nilsson praised the plan. She called the deal \"truly remarkable\".", "truly remarkable", "Sara Nilsson", true},
		{"headline form", "Berg says Norway will raise taxes", "Norway will raise taxes", "Berg", false},
		{"nested outer", `"He told me 'never again,'" Ana Souza said.`, "He told me 'never again,'", "Ana Souza", true},
		{"scare quote", `Critics mocked the so-called "peace plan" on Tuesday.`, "peace plan", "", true},
		{"title", `She starred in the film "Northern Lights" last year.`, "Northern Lights", "", true},
		{"appositive clause", `"The port stays open," Souza, who has led the city since 2019 and faces re-election, said.`, "The port stays open,", "Souza", true},
		{"possessive", "Ana Souza declined to comment. \"The mayor is on leave,\" Souza's spokesman said.", "The mayor is on leave,", "Souza's spokesman", true},
		{"apostrophes inside", `"We're not going back to the '90s," Ana Souza said.`, "We're not going back to the '90s,", "Ana Souza", true},
		{"single quotes in a headline", "'We will rebuild,' says Ana Souza", "We will rebuild,", "Ana Souza", true},
		{"guillemets", "« Nous reconstruirons », a déclaré, said Ana Souza.", "Nous reconstruirons", "Ana Souza", true},
		{"role with nationality", "Kenyan President Amani Otieno met US President Carl Brandt.\n\nThe Kenyan leader said after the meeting that \"the talks went well.\"", "the talks went well.", "Amani Otieno", true},
		{"role named after", "The minister, Tomasz Nowicki, spoke first.\n\n\"We will cut taxes,\" the finance minister said.", "We will cut taxes,", "Tomasz Nowicki", true},
		{"two people before a pronoun", "Ruth Okafor chairs the board. She met Daniel Mwangi on Friday.\n\n\"It was a good meeting,\" she said.", "It was a good meeting,", "Ruth Okafor", true},
		{"name with particle", "\"We start tomorrow,\" said Ana de la Cruz. \"Nobody will stop us,\" de la Cruz added.", "Nobody will stop us,", "Ana de la Cruz", true},
		{"age as a role", "Maria Lopes, 54, runs the bakery. Her son Tiago Lopes helps.\n\n\"We open at five,\" the 54-year-old said.", "We open at five,", "Maria Lopes", true},
		{"age of the person just named", "The sentence was read at noon. One donor, Yusuf Demir, said it was fair.\n\n\"I gave for my village,\" the 38-year-old said.", "I gave for my village,", "Yusuf Demir", true},
		{"post-nominal letters", "Sentencing him, Judge Eleanor Pryce KC said the fraud was simple. \"You lied,\" the judge said.", "You lied,", "Eleanor Pryce", true},
		{"organisation named as the subject", "The Nigerian Academy of Letters said it would create a prize for first novels.", "it would create a prize for first novels", "the Nigerian Academy of Letters", false},
		{"described as", "Jonas Albrecht met her at a language course. He describes himself as \"the man who carries the crates.\"", "the man who carries the crates.", "Jonas Albrecht", true},
		{"called the study", "Dr. Farhana Siddiqui, a physicist at the university, called the study \"careful and sobering\".", "careful and sobering", "Farhana Siddiqui", true},
		{"role of a place, then the name", "The governor of Oyo State, Abiodun Falade, ordered flags to fly at half-mast and described her as \"a daughter of Ibadan.\"", "a daughter of Ibadan.", "Abiodun Falade", true},
		{"title in a possessive", "Senator Dale Hutchins's office said the senator would ask for a review.", "the senator would ask for a review", "Senator Dale Hutchins's office", false},
		{"organisation, role, name", "\"The worst may not be today,\" said Inmet forecaster Luciana Tavares.", "The worst may not be today,", "Luciana Tavares", true},
		{"organisation's name in apposition", "15:30 — Meteorologists at the national weather institute, Inmet, said more rain could fall on the hills.", "more rain could fall on the hills", "Meteorologists at the national weather institute", false},
		{"nationality and a plural role", "The talks ended. Ukrainian officials say the strikes target the railway.", "the strikes target the railway", "Ukrainian officials", false},
		{"according to a nationality", "According to Egyptian officials, Cairo wants a binding agreement.", "Cairo wants a binding agreement", "Egyptian officials", false},
		{"nationality in an organisation", "According to the Polish infrastructure ministry, sixty trains cross the border each day.", "sixty trains cross the border each day", "the Polish infrastructure ministry", false},
		{"participle phrase", "An Egyptian diplomat involved in the talks, speaking on condition of anonymity, said Egypt would not accept \"a treaty without teeth\".", "a treaty without teeth", "an Egyptian diplomat involved in the talks", true},
		{"opening adjunct before the subject", "Outside court, one donor, Yusuf Demir, who runs a barber's shop, said the sentence was fair.", "the sentence was fair", "Yusuf Demir", false},
		{"words after a campaign are no title", "The association said it would review the team's campaign \"calmly and without emotion\" before deciding.", "calmly and without emotion", "the association", true},
		{"title after a cue", `She starred in the film "Northern Lights" and the song "Home".`, "Home", "", true},
		{"a study as the source", "Related: California's fire season is now year-round, study says", "California's fire season is now year-round", "study", false},
		{"found that", "Investigators found that the pilot had not slept.", "the pilot had not slept", "Investigators", false},
		{"a title in apposition", "Her first novel, \"The Cloth Seller's Daughter\", was rejected by four publishers.", "The Cloth Seller's Daughter", "", true},
		{"given name of a three-part name", "The delegation was led by Tadesse Gebremedhin Alemu, the water minister.\n\n\"We will not ask permission,\" Tadesse said.", "We will not ask permission,", "Tadesse Gebremedhin Alemu", true},
		{"plural role with a place", "Shipping agents in Nairobi welcomed the deal but warned that freight rates would not fall soon.", "freight rates would not fall soon", "Shipping agents in Nairobi", false},
		{"plural possessive", "The metalworkers' union welcomed the order but said the yard was short of workers.", "the yard was short of workers", "the metalworkers' union", false},
		{"adjunct after the verb", "18:40 — The river has reached 5.4 metres, the civil defence agency said in its latest bulletin.", "The river has reached 5.4 metres", "the civil defence agency", false},
		{"name inside the quotation is not the pronoun's", "Prosecutor Simon Okonkwo addressed the jury. \"The rest came back to Mr Tariq Al-Masri,\" he said.", "The rest came back to Mr Tariq Al-Masri,", "Simon Okonkwo", true},
		{"according to a group at a firm", "According to analysts at Banorte, the Mexican bank, the deal makes the company the fourth-largest producer.", "the deal makes the company the fourth-largest producer", "analysts at Banorte", false},
		{"a study published", "Rainfall extremes have tripled, according to a study published on Monday in a journal.", "Rainfall extremes have tripled", "a study", false},
		{"plural present verb", "Officials in Kyiv deny that any grain ships carry arms.", "any grain ships carry arms", "Officials in Kyiv", false},
		{"predicted with a clause", "Economist Lara Moss predicted the economy would shrink.", "the economy would shrink", "Lara Moss", false},
		{"possessive organisation", "Archaeologists have found a tomb near Saqqara, Egypt's Ministry of Tourism and Antiquities said on Monday.", "Archaeologists have found a tomb near Saqqara", "Egypt's Ministry of Tourism and Antiquities", false},
		{"name after the role's phrase", "A scholar of history at Peking University in Beijing, Li Meihua, has catalogued the stock and says some titles exist nowhere else.", "some titles exist nowhere else", "Li Meihua", false},
		{"group and a place adverb", "The catch has collapsed. Scientists there say warmer water has pushed the shoals out to sea.", "warmer water has pushed the shoals out to sea", "Scientists there", false},
		{"they after a plural subject", "The researchers analysed records from 2,400 stations. They found that heavy rain had become more common.", "heavy rain had become more common", "the researchers", false},
		{"a term after of", `Amazon river hits record low as scientists warn of "new normal"`, "new normal", "", true},
		{"present tense that-clause", "Finance Minister Ana Ruiz concedes that the deficit will grow next year.", "the deficit will grow next year", "Ana Ruiz", false},
		{"told an agency after the clause", "Mara Lind met them. The port would reopen on Friday, Lind told Reuters.", "The port would reopen on Friday", "Mara Lind", false},
		{"I inside a continued quotation", "\"We talked all night,\" Margaret Ashdown said. \"I told him, 'Then you'll explain that to the cameras.' He stayed.\"", "Then you'll explain that to the cameras.", "Margaret Ashdown", true},
		{"she about someone else", "Her coach, Marek Wojcik, has known her since she was nine. He said she was the most stubborn player he had worked with.", "she was the most stubborn player he had worked with", "Marek Wojcik", false},
		{"next sentence reports its own clause", "Whitaker's spokesman, Tyler Brooks, said \"nobody twisted anybody's arm.\" He added that the senator \"read the amendment and liked it.\"", "the senator \"read the amendment and liked it.\"", "Tyler Brooks", false},
		{"pronoun skips the people talked about", "Le Quang Dung, a trader, said prices had fallen. Speaking about Hoa and Tran Van Minh, he said: \"They are good farmers.\"", "They are good farmers.", "Le Quang Dung", true},
		{"pronoun after a role in the paragraph", "The shop is run by Kyaw Zin Thant, the owner. Aung Ko Latt, a retired teacher, called it \"the last library\".\n\nAsked about the future, the owner paused. \"So I keep it open,\" he said.", "So I keep it open,", "Kyaw Zin Thant", true},
		{"introduced, then quoted", "No one was killed, traders said.\n\nAlhaja Mulikat Adebisi stood in front of her shop.\n\n\"Everything I had was inside.\"", "Everything I had was inside.", "Mulikat Adebisi", true},
		{"a review in a newspaper", "The list is three weeks long, and a review in the Frankfurter Allgemeine Zeitung called her cooking \"the most moving meal in the city\".", "the most moving meal in the city", "a review in the Frankfurter Allgemeine Zeitung", true},
		{"he inside a quotation is not its speaker", "Defence minister Julio Andrade spoke in the capital.\n\n\"The president called me at six this morning,\" Andrade said. \"He said, 'Send it today, not tomorrow.'\"", "Send it today, not tomorrow.", "the president", true},
		{"age with more of a role", "Mara Lind met them.\n\n\"We are ready,\" the 54-year-old mother of three said.", "We are ready,", "Mara Lind", true},
		{"percent at the end of a clause", "The company said in a filing that profits fell 5%.", "profits fell 5%", "the company", false},
		{"an organisation's initials", "The UN said on Monday that aid was blocked at the border.", "aid was blocked at the border", "the UN", false},
		{"initials in a headline, as written", "Related: UN says famine confirmed in parts of Darfur", "famine confirmed in parts of Darfur", "UN", false},
		{"an acronym said as a word", "NATO said the drills would continue until March.", "the drills would continue until March", "NATO", false},
		{"an acronym after the quotation", `"Aid is blocked," UNICEF said.`, "Aid is blocked,", "UNICEF", true},
		{"a company the name lists keep out", `"We are reviewing the report," Google said.`, "We are reviewing the report,", "Google", true},
		{"a spokesperson for a company", "A spokesperson for Amazon said the warehouse would reopen.", "the warehouse would reopen", "a spokesperson for Amazon", false},
		{"media speak", "Local media reported that the bridge had collapsed.", "the bridge had collapsed", "Local media", false},
		{"interview", "Ana Souza has run the port for ten years.\n\nQ: What changed?\n\nA: Everything changed after the flood.", "Everything changed after the flood.", "Ana Souza", false},
		{"full name after to, then the surname", "The ball was played out to Radek Wierzba on the wing.\n\nWierzba, who made the goal, said the team had stayed calm.", "the team had stayed calm", "Radek Wierzba", false},
		{"surname-first name by its family name", "\"The reef is dying,\" said Zhou Lanfen, a marine ecologist.\n\n\"We measured it twice,\" Zhou said.", "We measured it twice,", "Zhou Lanfen", true},
		{"family name after a guessed gender", "\"The data are clear,\" said Chen Meirong, a chemist.\n\nChen said the lab would publish in May. \"We are nearly done,\" she said.", "We are nearly done,", "Chen Meirong", true},
		{"co-author as a title", "Co-author Tran Thi Hoa said the samples were old.", "the samples were old", "Tran Thi Hoa", false},
		{"subject of the sentence before", "\"They never asked us,\" Peter Marsh said.\n\nEllen Tate disagreed. \"We have waited thirty years for this road.\"", "We have waited thirty years for this road.", "Ellen Tate", true},
		{"subject of the paragraph before", "\"They never asked us,\" Peter Marsh said.\n\nMarsh's neighbour, Ellen Tate, has lived on the street since 1985.\n\n\"We had water up to the windows.\"", "We had water up to the windows.", "Ellen Tate", true},
		{"pronoun for the subject of the paragraph before", "\"They never asked us,\" Peter Marsh said.\n\nAcross the road, retired teacher Jim Boyle was clearing his garden.\n\n\"It's the third time in ten years,\" he said.", "It's the third time in ten years,", "Jim Boyle", true},
		{"colon after the subject's words", "\"Nobody told us,\" Paul Grant said.\n\nNadia Karimi put it bluntly: \"The system has failed these children.\"", "The system has failed these children.", "Nadia Karimi", true},
		{"colon after a possessive subject", "\"Nobody told us,\" Paul Grant said.\n\nNadia Karimi runs the shelter. Karimi's message to ministers was simple: \"Act now.\"", "Act now.", "Nadia Karimi", true},
		{"quoted as saying", "Finance Minister Lars Eriksen spoke on Monday.\n\nEriksen was quoted by Reuters as saying that the deficit would shrink.", "the deficit would shrink", "Lars Eriksen", false},
		{"partial quote after quoted as saying", "Finance Minister Lars Eriksen spoke on Monday. Eriksen is quoted as saying the budget was \"fully funded\".", "fully funded", "Lars Eriksen", true},
		{"party and state after a name", "\"We have the votes,\" Sen. John Thune said.\n\nRep. Alexandria Ocasio-Cortez, D-N.Y., posted on social media that the bill was \"cruel.\"", "cruel.", "Alexandria Ocasio-Cortez", true},
		{"surname that is also a word, opening a sentence", "Union home minister Amit Shah said the plan was good.\n\nShah said, \"We will win.\"", "We will win.", "Amit Shah", true},
		{"Shah is a name, not a title", "\"We start on Monday,\" Shah Rukh Khan said.", "We start on Monday,", "Shah Rukh Khan", true},
		{"office then name", "Minister for Health Gráinne Fitzmaurice replied that 40 beds would open by March.", "40 beds would open by March", "Gráinne Fitzmaurice", false},
		{"rank after a role", "Coast guard spokesman Commodore Arnel Dizon told reporters that two crew members were missing.", "two crew members were missing", "Arnel Dizon", false},
		{"opening participle, role of a body, titled name", "Speaking at a press briefing in Abuja, the Director-General of the NCDC, Dr Ifeoma Chukwuma-Okafor, said health workers were among the victims.", "health workers were among the victims", "Ifeoma Chukwuma-Okafor", false},
		{"office of several words before the name", "Energy and Petroleum Cabinet Secretary Daniel Kiprop Lagat told journalists that an investigation had been launched.\n\n\"We apologise,\" Lagat said.", "We apologise,", "Daniel Kiprop Lagat", true},
		{"auditor as a title", "In Franklin County, where values rose 34%, Auditor Michael Okonjo said his office had received 9,000 appeals.", "his office had received 9,000 appeals", "Michael Okonjo", false},
		{"opening adverb before the subject of and said", "Meanwhile, union leader Rana Javed termed the delay a scandal and said the government must act.", "the government must act", "Rana Javed", false},
		{"plural possessive in a body's name", "The Ontario Nurses' Association, which represents the nurses, says the closures are the result of wage restraint.", "the closures are the result of wage restraint", "the Ontario Nurses' Association", false},
		{"body named with on", "Pensioners marched, and the Inter-American Commission on Human Rights said it was watching with concern.", "it was watching with concern", "the Inter-American Commission on Human Rights", false},
		{"company with a word after its trade", "Cebu-based Montalban Shipping Lines said in a statement that two ferries had run aground.", "two ferries had run aground", "Montalban Shipping Lines", false},
		{"nationality and trade before a company, then and said", "British housebuilder Ravensworth Homes reported a fall in profit on Tuesday and said it would build fewer homes.", "it would build fewer homes", "Ravensworth Homes", false},
		{"nation as a role for the last speaker", "\"It was four minutes and 30 seconds,\" said Villa manager Emilio Saldaña.\n\nThe home side had led 2-1 until the 94th minute.\n\nAsked whether he would complain, the Spaniard said he would \"let the club deal with it\".", "let the club deal with it", "Emilio Saldaña", true},
		{"nation and position as a role", "Nikola Vranješ scored 22 points. \"I don't count,\" the Serbian center said.", "I don't count,", "Nikola Vranješ", true},
		{"the minister after a capitalised office", "Minister for Health Gráinne Fitzmaurice replied that 40 beds would open.\n\n\"We opened a new ward,\" the minister responded.", "We opened a new ward,", "Gráinne Fitzmaurice", true},
		{"titled name after a capitalised office", "The Minister of Health and Social Welfare, Professor Yusuf Danjuma, said money had been released.", "money had been released", "Yusuf Danjuma", false},
		{"the statement is its author's", "Her husband, Rhodri Pugh, said in a statement read by the prosecutor that he had planned to propose. \"The ring is still in the drawer,\" the statement said.", "The ring is still in the drawer,", "Rhodri Pugh", true},
		{"analyst of a firm described before its name", "Analyst Joaquin Tan of Manila-based brokerage Pacifica Securities said the suspension would cost \"40 million pesos a week\".", "40 million pesos a week", "Joaquin Tan", true},
		{"she after a person of a firm, not the one she spoke of", "\"Investors want more,\" said Lee Ji-hoon, an analyst at Mirae Securities.\n\nAnother analyst, Park Soo-yeon of Hana Investment, said the younger Choi had a strong record. She said the cut was \"overdue\".", "overdue", "Park Soo-yeon", true},
		{"surname without its Arabic article", "Haidar al-Khafaji, who heads the workshop, spoke first.\n\n\"We understand their anger,\" Khafaji said.", "We understand their anger,", "Haidar al-Khafaji", true},
		{"age and trade before a name set off", "A resident of Pumula South, 31-year-old vendor Nokuthula Mpofu, said she queues at a borehole.", "she queues at a borehole", "Nokuthula Mpofu", false},
		{"one of a role, named later", "One of the organisers, a 29-year-old graduate, said he had not slept in a week.\n\nThe organiser, Mustafa al-Zubaidi, said the protesters would return.", "he had not slept in a week", "Mustafa al-Zubaidi", false},
		{"office run into a name", "The motion, moved by Opposition Leader Rebecca Tulloch on Tuesday, failed.\n\n\"We're not going anywhere,\" Tulloch said.", "We're not going anywhere,", "Rebecca Tulloch", true},
		{"trade noun before a name", "Danish climber Mads Kjærsgaard won the stage on Saturday.\n\n\"Then I went,\" Kjærsgaard said.", "Then I went,", "Mads Kjærsgaard", true},
		{"family name first, then the family name", "TOKYO -- Former Economic Security Minister Takeda Reiko will face a run-off.\n\n\"Ask me again on Saturday,\" Takeda said.", "Ask me again on Saturday,", "Takeda Reiko", true},
		{"two office-holders joined by and", "TOKYO -- Former Economic Security Minister Takeda Reiko and Chief Cabinet Secretary Morikawa Kenji will face a run-off.\n\n\"The party has lost the trust of the people,\" Takeda said.", "The party has lost the trust of the people,", "Takeda Reiko", true},
		{"office of ordinary words before a name", "The bill was tabled by Consumer Affairs Minister Liesel Marchetti on Monday.\n\n\"We are sorry,\" Marchetti said.", "We are sorry,", "Liesel Marchetti", true},
		{"party and state abbreviation", "\"We will vote no,\" said Sen. John Hale.\n\nSen. Patricia Dunmore, R-Kan., said she would press for a hearing.", "she would press for a hearing", "Patricia Dunmore", false},
		{"the unnamed one again", "One Western diplomat, who spoke on condition of anonymity, said the talks had stalled.\n\n\"Nobody got what they wanted,\" the diplomat said.", "Nobody got what they wanted,", "one Western diplomat", true},
		{"abbreviated title, then the role spelled out", "Kansas Gov. Marcus Bell flew over the site on Sunday.\n\n\"They should not pay for the cleanup,\" the governor said.", "They should not pay for the cleanup,", "Marcus Bell", true},
		{"a description for the person just quoted", "\"Then the firefighters banged on the doors,\" said Maria Aparecida dos Santos, 54, who lives below the dam.\n\n\"Every time it rains hard, I don't sleep,\" the grandmother said.", "Every time it rains hard, I don't sleep,", "Maria Aparecida dos Santos", true},
		{"a description for the person just named", "\"We were unlucky,\" said coach Dean Evason.\n\nMarcus Olafsson scored on a breakaway early in the second.\n\n\"We're getting chances,\" the Minnesota native said.", "We're getting chances,", "Marcus Olafsson", true},
		{"nation for the subject after a lower-case office", "\"We knew 250 would be a fight,\" Dhananjaya Rathnayake said.\n\nSri Lanka head coach Nigel Pemberton praised the bowler. \"He wanted the ball,\" the Englishman said.", "He wanted the ball,", "Nigel Pemberton", true},
		{"speaker named in the paragraph after", "\"The trains never stop here,\" said Tom Urquhart, a railroad spokesman.\n\n\"We heard it before we saw it.\"\n\nThat is how Luis Ortega, 44, remembers the night.", "We heard it before we saw it.", "Luis Ortega", true},
		{"capital-letter office set off before a name", "The local MP, Rachel Hebden, said she had written to the council.", "she had written to the council", "Rachel Hebden", false},
		{"the and a title before a name set off", "The chair of governors, the Rev David Thwaite, said the school could share a manager.", "the school could share a manager", "David Thwaite", false},
		{"subject after an opening clause", "\"Voters will notice,\" said Nakano Satoshi, a professor.\n\nIf she wins, Takeda Reiko would be the first female prime minister. Asked about that on Friday, she laughed. \"Ask me again on Saturday night.\"", "Ask me again on Saturday night.", "Takeda Reiko", true},
		{"office for a seat, then the name", "Labor MP for Brisbane Lachlan Boyd said the state owned the railway.", "the state owned the railway", "Lachlan Boyd", false},
		{"post-nominal SC", "\"She has done everything asked of her,\" Ciara Moloney SC said.", "She has done everything asked of her,", "Ciara Moloney", true},
		{"Garda as a rank", "Garda Seán Tierney told the court the thefts came to light in March.", "the thefts came to light in March", "Seán Tierney", false},
		{"title and given name for a name with particles", "Sheikh Saif bin Khalifa Al Mazrouei signed the deal on Monday.\n\nSheikh Saif, speaking to reporters, said the firm would grow.", "the firm would grow", "Saif bin Khalifa Al Mazrouei", false},
		{"verb, role, then the name set off", "\"She writes about Chile as if she had never left,\" said the chair of the judges, Fiona MacAskill.", "She writes about Chile as if she had never left,", "Fiona MacAskill", true},
		{"role of a body described the name after it", "The state chairman of the APC, Alhaji Abdulganiyu Salihu, denied the claims.\n\n\"Let them bring it,\" the chairman said.", "Let them bring it,", "Abdulganiyu Salihu", true},
		{"people and the relative clause that says which", "Contractors who do the restoration work said jobs were already at risk.", "jobs were already at risk", "Contractors who do the restoration work", false},
		{"according to a name, then the clause", "\"We check every mile,\" said Tom Urquhart, a railroad spokesman.\n\nAccording to Urquhart, the company had inspected the track eight days before the crash.", "the company had inspected the track eight days before the crash", "Tom Urquhart", false},
		{"clause before a verb set off, then and", "At least 1,100 homes were damaged or destroyed, the agency said, and the figures were expected to rise.", "At least 1,100 homes were damaged or destroyed", "the agency", false},
		{"according to people familiar with the matter", "The talks began in late spring, according to people familiar with the matter.", "The talks began in late spring", "people familiar with the matter", false},
		{"two groups warned after the clause", "Cuts to the budget will undo a decade of progress, scientists and conservation groups have warned.", "Cuts to the budget will undo a decade of progress", "scientists and conservation groups", false},
		{"body with its initials and a which clause", "The Financial Conduct Authority (FCA), which regulates debt advice, said it was concerned about misleading adverts.", "it was concerned about misleading adverts", "the Financial Conduct Authority", false},
		{"clause after said in a statement with no that", "The union said in a statement the bill tilts the table toward employers.", "the bill tilts the table toward employers", "the union", false},
		{"a country's ministry", "Ukraine's Defense Ministry said it had delivered more drones.", "it had delivered more drones", "Ukraine's Defense Ministry", false},
		{"a county sheriff's office", "The Marion County Sheriff's Office said a man had been arrested.", "a man had been arrested", "the Marion County Sheriff's Office", false},
		{"the state's office", "The state's Office of Emergency Management said damage exceeds $5 billion.", "damage exceeds $5 billion", "the state's Office of Emergency Management", false},
		{"people and where they are", "Passengers in rural County Fermanagh say they will be cut off from the world.", "they will be cut off from the world", "Passengers in rural County Fermanagh", false},
		{"titled person of a body's unit", "Outside court, Sergeant Dai Probert of South Wales Police's roads policing unit said officers still caught drivers on their phones.", "officers still caught drivers on their phones", "Dai Probert", false},
		{"she after a relative set off, not the possessor", "Hannah Lewis, 38, a nurse, died at the scene.\n\nThe prosecutor said the phone had continued to record after the crash.\n\nMs Lewis's mother, Gwen Lewis, read a statement to the court as Brennan looked at the floor.\n\n\"Hannah was going to be the best mother,\" she said.", "Hannah was going to be the best mother,", "Gwen Lewis", true},
		{"a source of a capitalised body", "A Ministry of Justice source said the list was \"not final\" and that ministers would look again.", "not final", "a Ministry of Justice source", true},
		{"a time phrase between subject and verb", "An inquiry the following year found that cracks in the lining had been reported twice.", "cracks in the lining had been reported twice", "an inquiry", false},
		{"a senior member of a party", "\"It is hard to see how he survives,\" a senior Liberal said.", "It is hard to see how he survives,", "a senior Liberal", true},
		{"reminded an audience that", "Opposition MP Fiona Rennick reminded MPs that Labour had opposed a smaller round of closures.", "Labour had opposed a smaller round of closures", "Fiona Rennick", false},
		{"a court ruled that", "Magistrate Lucy Wambui Njoroge ruled on Tuesday that the accused was likely to interfere with witnesses.", "the accused was likely to interfere with witnesses", "Lucy Wambui Njoroge", false},
		{"a two-word clause", "Dr Anjali Menon-Kraus was asked about the plan. Menon-Kraus said she agreed.", "she agreed", "Anjali Menon-Kraus", false},
		{"headline clause, then a study finds", "Bright morning light cuts delirium in older patients by a third, Dutch trial finds\n\nThe trial ran in eight hospitals.", "Bright morning light cuts delirium in older patients by a third", "Dutch trial", false},
		{"a long appositive before said", "Rep. Darnell Whitaker, a Cleveland Democrat who spent 14 years on a school board before being elected to the House in 2020 and now serves as the ranking member of the Finance Committee, said the bill offered relief without saying who would pay for it.", "the bill offered relief without saying who would pay for it", "Darnell Whitaker", false},
		{"that after a where-clause", "The minister, Cde Sithembiso Mlambo, told journalists at the stadium on Saturday, where Highlanders were hosting Dynamos, that the dam would begin supplying Bulawayo soon.", "the dam would begin supplying Bulawayo soon", "Sithembiso Mlambo", false},
		{"a body named with for the", "The Ministry for the Environment said the rules would change.", "the rules would change", "the Ministry for the Environment", false},
		{"a person of a body named with for the", "Professor Hannelore Weidinger of the Kiel Institute for the World Economy said the plan was costly.", "the plan was costly", "Hannelore Weidinger", false},
		{"told reporters in a place, then the clause", "The minister told reporters in Lusaka the delay was needed to clean the voters roll.", "the delay was needed to clean the voters roll", "the minister", false},
		{"an agency quoted someone as saying", "KUNA quoted Al-Hajri as saying that the talks had been useful.", "the talks had been useful", "Al-Hajri", false},
		{"French and Filipino honorifics", "\"We will not unload a single ship,\" said Mme Nadia Benhamou of the dockers' union.\n\nHis lawyer, Atty. Benjamin Soliven, said the defense would appeal.", "the defense would appeal", "Benjamin Soliven", false},
		{"French M. before a name, not an initial", "\"We stop tonight,\" said M. Thierry Lecomte, the union leader.", "We stop tonight,", "Thierry Lecomte", true},
		{"an initial M. stays in the name", "\"It was finished,\" said J. M. Coetzee.", "It was finished,", "J. M. Coetzee", true},
		{"according to the agency that carried his words", "Foreign Minister Faisal al-Obeidi spoke in Baghdad.\n\n\"Iraq is not looking for a crisis,\" he said, according to the Iraqi News Agency (INA). \"But any agreement must pass through parliament.\"", "But any agreement must pass through parliament.", "Faisal al-Obeidi", true},
		{"a German name with zu", "Carl-Philipp zu Stolberg, the premier of Hesse, spoke first.\n\n\"Demography does not care about arithmetic,\" zu Stolberg told the newspaper.", "Demography does not care about arithmetic,", "Carl-Philipp zu Stolberg", true},
		{"the governor over another leader named later", "Parish President Ray Thibodaux said crews had pulled 60 people from homes.\n\nGov. Annette Broussard, who toured a shelter in Thibodaux, said 12,000 people had registered.\n\n\"Do not drive into water,\" the governor said.", "Do not drive into water,", "Annette Broussard", true},
		{"a role with a who-clause, named later", "The pharmacist on duty, who had worked at the store for 11 years, said she thought about her children.\n\nThe pharmacist, Linda Haugen, said the men were inside for two minutes.", "she thought about her children", "Linda Haugen", false},
		{"have long argued", "Standing charges will rise slightly. Campaigners have long argued that they hit people on low incomes hardest.", "they hit people on low incomes hardest", "Campaigners", false},
		{"clause before a titled name and said", "Defending, Marcus Hale spoke for ten minutes.\n\nBrennan, who had no previous convictions, had deleted his accounts and had not driven since the crash, Mr Hale said.", "Brennan, who had no previous convictions, had deleted his accounts and had not driven since the crash", "Marcus Hale", false},
		{"counsel prosecuting, then the prosecutor", "Owain Beddoe, prosecuting, told the court that Brennan had been filming himself.\n\nThe prosecutor said the camera had kept recording after the crash.", "the camera had kept recording after the crash", "Owain Beddoe", false},
		{"a judge in the lead, named later", "A driver who filmed himself singing was jailed on Friday after a judge said he had treated the road as a stage.\n\nJudge Catrin Morgan-Price told him the crash was avoidable.", "he had treated the road as a stage", "Catrin Morgan-Price", false},
		{"M. and the surname alone", "The strike began on Monday. M. Thierry Lecomte, the union leader, spoke first.\n\n\"The minister wants to buy the old ones,\" M. Lecomte said.", "The minister wants to buy the old ones,", "Thierry Lecomte", true},
		{"a given name that is also a country", "Maya, a junior, said she was woken by officers.\n\nAnother student, Jordan, a senior from Green Bay, said he was held in a van. He said the arrests would not end the campaign.", "the arrests would not end the campaign", "Jordan", false},
		{"clause before a verb and last month", "Mexico's economy grew 0.2% in the fourth quarter, the national statistics institute said last month.", "Mexico's economy grew 0.2% in the fourth quarter", "the national statistics institute", false},
		{"police ranks as titles", "Detective Chief Inspector Helen Maguire led the inquiry.\n\n\"We will find them,\" DCI Maguire said.", "We will find them,", "Helen Maguire", true},
		{"a country in a headline, not the start of an adjective", "Iraq says Turkey agreed to raise Tigris releases\n\nMinister Ali Jubouri told the state-run Iraqi News Agency that releases would rise.", "Turkey agreed to raise Tigris releases", "Iraq", false},
		{"an organisation's role keeps its article", "The European Union's observer mission said voting had been largely peaceful.", "voting had been largely peaceful", "the European Union's observer mission", false},
		{"office for a portfolio, then the name", "Cabinet Secretary for Education Meinir Hughes said she wanted to see alternatives.", "she wanted to see alternatives", "Meinir Hughes", false},
		{"the person again", "A person familiar with the matter said the project had slipped.\n\n\"It has been delayed by a quarter,\" the person said.", "It has been delayed by a quarter,", "a person familiar with the matter", true},
		{"a full name that starts with a word, then the surname", "Reddick threw a 19-yard strike to Marquise Dell with 41 seconds left.\n\nDell, who finished with eight catches, said he knew the ball was coming.", "he knew the ball was coming", "Marquise Dell", false},
		{"a neighbour by first name", "Sioned, a mother of three, said she had worked it out.\n\nHer neighbour Gareth, who farms above the village, put it more bluntly: \"They will close the school.\"", "They will close the school.", "Gareth", true},
		{"role as the subject before", "Ana Souza spoke first. \"We will rebuild,\" she said.\n\nThe minister, Tomasz Nowicki, was less sure. \"The money is not there yet.\"", "The money is not there yet.", "Tomasz Nowicki", true},
		{"the official after an officer", "Roads were shut, district officer Anil Gurung said. Schools would reopen on Monday, the official said.", "Schools would reopen on Monday", "Anil Gurung", false},
		{"lower-case role before an inverted subject", "Roads were shut by the afternoon, district officer Anil Gurung said by phone.", "Roads were shut by the afternoon", "Anil Gurung", false},
		{"interview laid out Q. and A.", "Ana Souza has run the port for ten years.\n\nQ. What changed?\n\nA. Everything changed after the flood.", "Everything changed after the flood.", "Ana Souza", false},
		{"an organisation's name with of, for and a list", "A spokesperson for the Department for Environment, Food and Rural Affairs said ministers expected action.", "ministers expected action", "a spokesperson for the Department for Environment, Food and Rural Affairs", false},
		{"a company's name with of", "Public Service Company of Oklahoma said 3,200 customers were without power.", "3,200 customers were without power", "Public Service Company of Oklahoma", false},
		{"later names inside a long name", "\"We choose how we answer,\" said Abdelilah Ben Moussa El Idrissi, the minister.\n\nBen Moussa said the plants would open by 2030.", "the plants would open by 2030", "Abdelilah Ben Moussa El Idrissi", false},
		{"lower-case particles inside a name", "Among them was María José Gutiérrez de la Vega, mayor of Hermosillo.\n\n\"I came to steal ideas,\" Gutiérrez de la Vega said.", "I came to steal ideas,", "María José Gutiérrez de la Vega", true},
		{"an official is someone new", "French trade minister Camille Roussel spoke first. \"We need a deal,\" she said.\n\n\"Everyone knows where this ends,\" one official said.", "Everyone knows where this ends,", "one official", true},
		{"the spokeswoman who spoke unnamed before", "A spokeswoman for the department said rangers had set a trap.\n\n\"Be careful,\" the spokeswoman said.", "Be careful,", "a spokeswoman for the department", true},
		{"a councillor's title", "Townsville Mayor Trish Calloway visited the beach.\n\n\"It is safe now,\" Cr Calloway said.", "It is safe now,", "Trish Calloway", true},
		{"name, role, who said", "Lagos was represented by Ada Okoro, the state's commissioner for the environment, who said the city was short of pipes.", "the city was short of pipes", "Ada Okoro", false},
		{"a named correspondent in a place", "Our correspondent in Viña del Mar, Andrés Soto, reports that most buildings appear intact.", "most buildings appear intact", "Andrés Soto", false},
		{"he after an unnamed speaker", "Chief Dale Hutchins said six people were hurt.\n\nHer neighbor, a retired mechanic, said he watched the funnel. \"It sounded like a train,\" he said.", "It sounded like a train,", "her neighbor", true},
		{"a one-word organisation described after it", "Ofwat, the industry regulator, said it was monitoring the company closely.", "it was monitoring the company closely", "Ofwat", false},
		{"a one-word organisation after a company noun", "Energy company Enel said 410,000 customers were without power.", "410,000 customers were without power", "Enel", false},
		{"an organisation by the first words of its name", "Southern Downs Water said rainfall had been low.\n\nSouthern Downs said the repair had been delayed.", "the repair had been delayed", "Southern Downs", false},
		{"a plural of a trade", "Hydrologists say the problem goes beyond one company.", "the problem goes beyond one company", "Hydrologists", false},
		{"a clause before the speaker, then adding", "Premiums rose to 0.9% last week, two brokers in London said, adding roughly $300,000 to a voyage.", "Premiums rose to 0.9% last week", "two brokers in London", false},
		{"said no ... would", "The source said no decision would be taken before the budget.", "no decision would be taken before the budget", "the source", false},
		{"a time abbreviation ends the sentence", "Power was out as of 5 p.m. A PSO spokesperson said most homes should have it back by Thursday.", "most homes should have it back by Thursday", "a PSO spokesperson", false},
		{"a role nobody was given, after a named subject", "Oluwaseun Adeyemi, 23, rose above two defenders to meet a corner from captain Emeka Nwachukwu.\n\n\"I closed my eyes,\" the striker said.", "I closed my eyes,", "Oluwaseun Adeyemi", true},
		{"a nationality before a role two people hold", "Scotland head coach Graeme Lennox spoke first.\n\nTheir coach, Gareth Lloyd-Morgan, did not hide his frustration.\n\nAsked about the card, the Welsh coach replied: \"I have seen it once.\"", "I have seen it once.", "Gareth Lloyd-Morgan", true},
		{"opined that", "Urban planner Prof. Vikram Iyer of the College of Engineering, Pune, opined that the Metro alone would not solve the problem.", "the Metro alone would not solve the problem", "Vikram Iyer", false},
		{"a relative clause after a name, late in the sentence", "Employers must release them for rescues, though Menardi, who is her own employer, jokes that her shop is the one that suffers.", "her shop is the one that suffers", "Menardi", false},
		{"reckons without that", "Local man Terry Boon has fished off the jetty for 40 years. He reckons it is time for a cull.", "it is time for a cull", "Terry Boon", false},
		{"a man called someone", "I went out with a man called Severino Lopes in Ponta de Pedras. He was 71. He said, \"If I knew how to swim, I would fight the sea.\"", "If I knew how to swim, I would fight the sea.", "Severino Lopes", true},
		{"who said without a comma", "Jurors heard from Gloria Arnett, an 81-year-old retired teacher from Mesa who said she invested $310,000.", "she invested $310,000", "Gloria Arnett", false},
		{"however between the verb and that", "Ingrid Halvorsen studies birds. Halvorsen cautioned, however, that radar cannot tell species apart.", "radar cannot tell species apart", "Ingrid Halvorsen", false},
		{"the post said", "The operator said on X that all six lines were running again. \"Thank you for your patience,\" the post said.", "Thank you for your patience,", "the operator", true},
		{"a quotation, then who said it", "Felipe Undurraga said aftershocks were possible.\n\n07:45 — \"I thought the house would fall.\" Marisol Quispe, a market trader, told us she ran into the street.", "I thought the house would fall.", "Marisol Quispe", true},
		{"according to a group named after its kind", "Steelmakers have closed 30 million tonnes of capacity since 2018, according to industry group Eurofer, which says imports are sold below cost.", "Steelmakers have closed 30 million tonnes of capacity since 2018", "Eurofer", false},
		{"according to two groups and who they are", "BRUSSELS — Ministers failed on Monday to agree on limits, according to diplomats and officials involved in the talks.", "Ministers failed on Monday to agree on limits", "diplomats and officials involved in the talks", false},
		{"a partial quotation the sentence runs past", "Her counterpart, Jens Oberländer, said Berlin supported \"a strong and smart\" response but not more than the Commission had estimated.", "a strong and smart", "Jens Oberländer", true},
		{"a country's minister after the name", "\"We choose how we answer,\" said Abdelilah Ben Moussa, Morocco's minister for water, in his speech.\n\n\"Water does not wait,\" the minister said.", "Water does not wait,", "Abdelilah Ben Moussa", true},
		{"a poll compiled by someone keeps its phrase", "Revenue rose 9%, ahead of forecasts, according to a poll compiled by the company.", "Revenue rose 9%, ahead of forecasts", "a poll compiled by the company", false},
		{"a group by what they are doing", "Danish officials attending the summit said a second phase would begin next year.", "a second phase would begin next year", "Danish officials attending the summit", false},
		{"two countries speak together", "Peru and Ecuador said their coasts were not under threat.", "their coasts were not under threat", "Peru and Ecuador", false},
		{"a headline quotation from the person interviewed", "\"I write about the sea because I was afraid of it\": a conversation with Helena Barros Viana\n\nHelena Barros Viana's fourth novel is set in Recife.", "I write about the sea because I was afraid of it", "Helena Barros Viana", true},
		{"a relative quoted inside an interview answer", "Helena Viana wrote four novels.\n\nQ: Why begin with a drowning?\n\nA: When I asked my grandmother, she said, \"The sea takes, and we do not count.\" That is the book.", "The sea takes, and we do not count.", "my grandmother", true},
		{"the CEO is the chief executive, not the player named before", "Obi, 24, scored 19 goals last season.\n\nThe company's chief executive, Anna Berg, said profits rose. The CEO added that the dividend would rise.", "the dividend would rise", "Anna Berg", false},
		{"a company said it had", "Boeing said on Monday it had won an order for 40 jets.", "it had won an order for 40 jets", "Boeing", false},
		{"a source close to someone, then the source", "According to a source close to the club, Okafor had spoken to two candidates. The source said a new manager could be in place within a fortnight.", "a new manager could be in place within a fortnight", "a source close to the club", false},
		{"interview laid out Q — and A —", "Amara Nwosu grows cassava near Makurdi.\n\nQ — And now?\n\nA — Now we wait for the judge.", "Now we wait for the judge.", "Amara Nwosu", false},
		{"a politician's party and state after the name", "Sen. Ruth Albers, R-Ohio, who leads her party's negotiators, told reporters: \"Nobody is walking away.\"", "Nobody is walking away.", "Ruth Albers", true},
		{"an organisation's name ending in a plural trade word", "SA Power Networks said about 8,000 homes lost power in the afternoon.", "about 8,000 homes lost power in the afternoon", "SA Power Networks", false},
		{"a given name that is also a title", "Bureau of Meteorology senior forecaster Dean Starkey said a cool change would arrive on Wednesday.", "a cool change would arrive on Wednesday", "Dean Starkey", false},
		{"a place, a trade and a name after the verb", "\"It's been brutal,\" said Glenelg cafe owner Nick Papadopoulos, who closed early.", "It's been brutal,", "Nick Papadopoulos", true},
		{"a hyphenated title", "UN Secretary-General Ana Ruiz spoke in Geneva.\n\n\"We tried,\" the secretary-general said.", "We tried,", "Ana Ruiz", true},
		{"a relative's words inside a quotation", "Grace Mensah last spoke to her husband on the evening before his boat vanished.\n\n\"He said, 'The sea is calm, I will be home by morning,'\" she said.", "The sea is calm, I will be home by morning,", "her husband", true},
		{"he added with a colon introduces the next quotation", "Her son, Kwabena, said his father had always told him: \"Never go out when the wind turns.\" He added: \"My father broke his own rule.\"", "Never go out when the wind turns.", "his father", true},
		{"interview with questions standing alone", "Ngozi Eze, 54, runs a shipyard in Lagos.\n\nHow did you start?\n\nMy father repaired fishing boats.\n\nWas it hard?\n\nYes. Nobody took me seriously.\n\nWhat comes next?\n\nA second yard in Port Harcourt.", "Yes. Nobody took me seriously.", "Ngozi Eze", false},
		{"a that inside the reported clause", "Prosecutor Nadia Rahim said relatives had noticed that their loved ones were in pain.", "relatives had noticed that their loved ones were in pain", "Nadia Rahim", false},
		{"a study of so many people suggests", "People who sleep less than six hours a night age faster, a study of 12,000 Finnish adults suggests.", "People who sleep less than six hours a night age faster", "a study of 12,000 Finnish adults", false},
		{"a headline's place and study", "Sleep loss ages the brain, Helsinki study suggests", "Sleep loss ages the brain", "Helsinki study", false},
		{"the Spaniard after a dateline", "MELBOURNE, Australia (AP) — Carlos Alcaraz came from two sets down to beat Taylor Fritz on Wednesday.\n\n\"I was thinking about the flight home,\" the Spaniard said.", "I was thinking about the flight home,", "Carlos Alcaraz", true},
		{"the American who spoke as subject", "Carlos Alcaraz beat Taylor Fritz.\n\nFritz, who served 28 aces, said his legs went. \"I had chances,\" the American said.", "I had chances,", "Taylor Fritz", true},
		{"told a channel with a number", "Sinner's coach, Darren Cahill, told Channel 9 his player was fresher than ever.", "his player was fresher than ever", "Darren Cahill", false},
		{"a group in a place, not the place's mayor", "Tourism operators in Kaikōura say they face another lean winter after a slip closed the road.\n\nKaikōura Mayor Lisa Tainui said the council would ask for help.", "they face another lean winter after a slip closed the road", "Tourism operators in Kaikōura", false},
		{"an Arabic family name with its article in lower case", "Master builder Salim al-Araimi, 67, learned the trade from his father.\n\nAl-Araimi said the apprentices would learn. \"You cannot learn the sea from a drawing,\" he said.", "You cannot learn the sea from a drawing,", "Salim al-Araimi", true},
		{"an agency's name after its word", "NZ Transport Agency Waka Kotahi said crews were clearing the road near Ohau Point.", "crews were clearing the road near Ohau Point", "NZ Transport Agency Waka Kotahi", false},
		{"an agency named for its country", "Environment Canada said gusts reached 130km/h on Sable Island before the storm moved on.", "gusts reached 130km/h on Sable Island before the storm moved on", "Environment Canada", false},
		{"British quotes: double inside single, outer", "'When the minister told us \"there is no more money\", we knew,' said Anna Clarke.", "When the minister told us \"there is no more money\", we knew,", "Anna Clarke", true},
		{"British quotes: double inside single, inner", "'When the minister told us \"there is no more money\", we knew,' said Anna Clarke.", "there is no more money", "the minister", true},
		{"according to a sheriff's office", "A man is in custody after a chase, according to the Travis County Sheriff's Office.", "A man is in custody after a chase", "the Travis County Sheriff's Office", false},
		{"a witness who asked not to be named", "A witness who asked not to be named said the truck flipped twice.", "the truck flipped twice", "a witness", false},
		{"records show", "Reyes faces charges of evading arrest and driving while intoxicated, records show.", "Reyes faces charges of evading arrest and driving while intoxicated", "records", false},
		{"a headline's plural group keeps no article", "Ministry weighs fuel subsidy cut, sources say\n\nThe finance ministry is considering a cut, three government sources told Reuters. One of the sources said nothing was final.", "Ministry weighs fuel subsidy cut", "sources", false},
		{"accused someone of a partial quotation", "Bronwen Pryce-Jones led the strike. She accused the minister of 'hiding behind spreadsheets'.", "hiding behind spreadsheets", "Bronwen Pryce-Jones", true},
		{"admits that", "Iryna Kovalchuk opened the restaurant in 2016.\n\nKovalchuk's daughter, Daryna, now 19, wants to study in Vienna, and the chef admits that the restaurant has taken time from her.", "the restaurant has taken time from her", "Iryna Kovalchuk", false},
		{"a shipbuilder in a place, then it said", "A shipbuilder in Busan has won orders for 18 gas carriers, the largest contract in its history, it said on Thursday.", "A shipbuilder in Busan has won orders for 18 gas carriers, the largest contract in its history", "a shipbuilder in Busan", false},
		{"a name of a university, with no place after it", "Economist Pham Quang Huy of the National Economics University said the markets were too far from customers.", "the markets were too far from customers", "Pham Quang Huy", false},
		{"claiming after a comma, for the named counterpart", "His Milltown counterpart, Dave Kirby, was furious about the winner, claiming Osei had fouled his centre-back.", "Osei had fouled his centre-back", "Dave Kirby", false},
		{"Mrs before a surname two people share", "Ewan Fraser, 24, was last seen in Aviemore. His parents, Alan and Morag Fraser, said he was experienced.\n\n\"We just want him home,\" Mrs Fraser told the BBC.", "We just want him home,", "Morag Fraser", true},
		{"a news outlet reported", "Stellantis will delay its electric pickup by a year, Bloomberg reported on Tuesday, citing people familiar with the plans.", "Stellantis will delay its electric pickup by a year", "Bloomberg", false},
		{"they inside a quotation, a group it spoke of", "\"Last summer we brought down a young couple from Milan who had gone up in sandals. They said, 'We thought it was a path.' It is a cliff,\" Dimai said.", "We thought it was a path.", "a young couple from Milan", true},
		{"a lead's role named in the next paragraph", "PHOENIX — The founder of a collapsed Arizona solar company told jurors Tuesday that he believed every projection he gave investors.\n\nBradley Kessler, 52, is accused of raising $140 million.", "he believed every projection he gave investors", "Bradley Kessler", false},
		{"said and a lower-case trade before the name", "“We’ve farmed here since the ’50s,” said farmer Joao Pinto.", "We’ve farmed here since the ’50s,", "Joao Pinto", true},
		{"used to say, nested", "“My grandfather used to say, ‘The land remembers,’ and he was right,” said farmer Joao Pinto.", "The land remembers,", "my grandfather", true},
		{"data showed", "Taiwan's chip exports grew at their slowest pace in a year in October, data showed on Friday, as new export rules began to bite.", "Taiwan's chip exports grew at their slowest pace in a year in October", "data", false},
		{"a quotation inside a clause that showed", "In a speech, the minister said the cooperative showed \"what happens when people are trusted with their own money.\"", "what happens when people are trusted with their own money.", "the minister", true},
		{"the second official, before a named secretary", "Two administration officials said a decision could come within weeks.\n\n\"Everything is on the table,\" the second official said.\n\nCommerce Secretary Janet Ruiz told CNBC that nothing was decided.", "Everything is on the table,", "the second official", true},
		{"a trade the word lists lack before a name", "Hydrologist María José Restrepo Uribe, of the National University, said the rationing should have started earlier.", "the rationing should have started earlier", "María José Restrepo Uribe", false},
		{"a team's coach", "New Zealand coach Ian Hartley praised his side.\n\n\"We had to tackle for our lives,\" the All Blacks coach said.\n\nThe visitors' coach, Johan Botha, refused to blame the referee.", "We had to tackle for our lives,", "Ian Hartley", true},
		{"an answer that goes on in a second paragraph", "Amara Nwosu grows cassava near Makurdi.\n\nQ: Why did you go to court?\n\nA: Because nobody else would.\n\nWe lost everything: the goats, the seed, the house.\n\nQ: And now?\n\nA: Now we wait for the judge.", "We lost everything: the goats, the seed, the house.", "Amara Nwosu", false},
		{"averred that", "Traders' association president Vinod Jain averred that the shopkeepers were not to blame.", "the shopkeepers were not to blame", "Vinod Jain", false},
		{"an office's spokesman", "Prime Minister's spokesman said the government would provide emergency funding.", "the government would provide emergency funding", "Prime Minister's spokesman", false},
		{"a developer's name after its noun", "The developer, Wensum Living, said it was deeply disappointed and would consider an appeal.", "it was deeply disappointed and would consider an appeal", "Wensum Living", false},
		{"a long office with its own of and for", "Senior Minister of State for Manpower Koh Li Ping said the rules were meant to protect riders.\n\nMs Koh added that platforms would publish their pay formulas.", "the rules were meant to protect riders", "Koh Li Ping", false},
		{"a family name first, referred to alone", "Senior Minister of State for Manpower Koh Li Ping said the rules were meant to protect riders.\n\nMs Koh added that platforms would publish their pay formulas.", "platforms would publish their pay formulas", "Koh Li Ping", false},
		{"an ordinary word as a given name after a title", "Council Member Rob Whitfield voted against the plan.\n\n\"Show us the savings first,\" Whitfield said.", "Show us the savings first,", "Rob Whitfield", true},
		{"a quantifier before a group that speaks", `Several residents shouted "How long must we wait?" and held up buckets.`, "How long must we wait?", "Several residents", true},
		{"a plural acronym for a group", "Local councillors were not consulted, local TDs said.", "Local councillors were not consulted", "local TDs", false},
		{"a term in marks inside reported speech", "Hannah Metcalfe, whose two children attend the school, said the news had come as \"a complete shock\" to families.", "a complete shock", "Hannah Metcalfe", true},
		{"words a person dismissed something as", "Deputy Chief Minister Subhashree Nayak dismissed the reports as \"imagination\". She then left for Cuttack.", "imagination", "Subhashree Nayak", true},
		{"a passive asked with no speaker", "When asked about it, Deputy Chief Minister Ravi Das dismissed the claims as \"pure fiction\".", "pure fiction", "Ravi Das", true},
		{"a headline quotation and the name after its colon", "\"I stopped trying to sound like anyone else\": Aïssatou Mbaye on her new album\n\nThe singer Aïssatou Mbaye left Paris in 2019.", "I stopped trying to sound like anyone else", "Aïssatou Mbaye", true},
		{"an object before of is not who spoke", "The president, Chanda Mwelwa, told parliament last month that he would \"respect whatever date the commission sets\" and accused his rivals of \"campaigning on darkness\".", "campaigning on darkness", "Chanda Mwelwa", true},
		{"a clause after the verb is not who spoke", "In Berlin, Finance Minister Henrik von Stade welcomed the vote. Von Stade, who had warned last month that French debt was \"a European problem\", told reporters the budget was \"a serious step in the right direction\".", "a serious step in the right direction", "Henrik von Stade", true},
		{"an abbreviation's dot before a comma ends no sentence", "Its president, Roland Vézina, a dairy farmer from Saint-Hyacinthe, Que., said growers had been hurt for years.", "growers had been hurt for years", "Roland Vézina", false},
		{"a body's name after its description", "Portugal's civil aviation authority, ANAC, said it would examine whether airlines had met their obligations.", "it would examine whether airlines had met their obligations", "ANAC", false},
		{"a body's name before its description and a which-clause", "NatureScot, the government's nature agency, which administers Peatland Action, said it would prioritise projects already under way.", "it would prioritise projects already under way", "NatureScot", false},
		{"according to a description, then the body's name", "The new vessels will begin sailing in late 2026, according to the government-owned operator, TT-Line.", "The new vessels will begin sailing in late 2026", "TT-Line", false},
		{"people at a named body are not the body", "Meteorologists at the national weather institute, Inmet, said another 150 millimetres of rain could fall.", "another 150 millimetres of rain could fall", "Meteorologists at the national weather institute", false},
		{"no opening a reported clause", "Residents who spoke to Al Jazeera said no such corridors existed.", "no such corridors existed", "Residents who spoke to Al Jazeera", false},
		{"staff who speak", "At Mpilo Central Hospital, staff said the hospital had drilled a borehole last year.", "the hospital had drilled a borehole last year", "staff", false},
		{"an adding-that clause of its own", "Anwar Gondal said the union would hold a sit-in if no announcement was made, adding that farmers from Okara had already confirmed their participation.", "farmers from Okara had already confirmed their participation", "Anwar Gondal", false},
		{"a while-clause with another speaker", "China's foreign ministry said on Friday it hoped Japan's next leader would \"handle historical issues properly\", while a South Korean official in Seoul said the government expected relations to remain stable.", "handle historical issues properly", "China's foreign ministry", true},
		{"the speaker of a while-clause", "China's foreign ministry said on Friday it hoped Japan's next leader would \"handle historical issues properly\", while a South Korean official in Seoul said the government expected relations to remain stable.", "the government expected relations to remain stable", "a South Korean official in Seoul", false},
		{"a source's participle phrase", "Hammond had been drinking since the morning, according to a probable cause statement filed in Yavapai County Superior Court.", "Hammond had been drinking since the morning", "a probable cause statement filed in Yavapai County Superior Court", false},
		{"a source's date is not its name", "The birds stood 1.6 metres tall, according to a study published on Wednesday.", "The birds stood 1.6 metres tall", "a study", false},
		{"a body's long name after a source", "Hammond was taken into custody shortly after 9 p.m., according to a news release from the Yavapai County Sheriff's Office.", "Hammond was taken into custody shortly after 9 p.m.", "a news release from the Yavapai County Sheriff's Office", false},
		{"an office with and the in it", "Senior Minister of State for Transport and Sustainability and the Environment Desmond Goh Kian Seng said on Tuesday that the authority would investigate.\n\nMr Goh wrote that the line was the oldest of its kind.", "the line was the oldest of its kind", "Desmond Goh Kian Seng", false},
		{"a release after another verb in its sentence", "Deputies were called to the home at about 3 p.m. after a neighbor reported hearing gunshots, the release said.", "Deputies were called to the home at about 3 p.m. after a neighbor reported hearing gunshots", "the release", false},
		{"one person by a who-clause", "The vote came after a nurse who works at the centre told councillors that closing it early would be \"a death sentence\" for some people.", "closing it early would be \"a death sentence\" for some people", "a nurse who works at the centre", false},
		{"an adjective before a group and where they are", "Traditional owners in Western Australia's Kimberley region say they will challenge the approval in court.", "they will challenge the approval in court", "Traditional owners in Western Australia's Kimberley region", false},
		{"a party with its modifier", "The ruling Democratic Party (DP) has said it will not accept any exemption to the workweek cap.", "it will not accept any exemption to the workweek cap", "the ruling Democratic Party", false},
		{"a person of a party, then who", "Rep. Han Seung-woo of the main opposition People Power Party (PPP), who sits on the committee, said the bill would be \"an empty shell\" without the clause.", "the bill would be \"an empty shell\" without the clause", "Han Seung-woo", false},
		{"a place someone fled is not a woman", "In a camp near the hospital, Hanan Shaheen, a mother of five who fled Beit Lahiya in the north, scooped water out of her tent.\n\n\"We have moved nine times. Nine,\" she said.", "We have moved nine times. Nine,", "Hanan Shaheen", true},
		{"a role word that is also a title, then the name", "Defence counsel Harrison Owino Omondi, who represents Mr Waweru, accused the prosecution of \"trying this case in the newspapers\" and said his clients were victims.", "his clients were victims", "Harrison Owino Omondi", false},
		{"a mother is a she", "Tamara Haddad, a spokesperson for UNRWA, said heavy rain had flooded 2,000 tents.\n\nIn a camp near the hospital, Hanan Shaheen, a 34-year-old mother of five, spent the morning scooping water.\n\n\"We have moved nine times,\" she said.", "We have moved nine times,", "Hanan Shaheen", true},
		{"an unnamed official introduced without speaking", "Commissioner Henrika Laaksonen defended the cut on Tuesday.\n\nOne EU official, who was involved in drafting the text, rejected that account. According to the official, the target was cut because few countries could supply the plastic.", "the target was cut because few countries could supply the plastic", "one EU official", false},
		{"an unnamed adviser and the words that say whose", "An adviser to President Etienne Roussel said the Elysee had not considered dissolving parliament.\n\nFinance Minister Claire Dumas spoke next.\n\n\"The president wants stability,\" the adviser said.", "The president wants stability,", "an adviser to President Etienne Roussel", true},
		{"a past tense with its object ends the subject", "The government accepted the review body's recommendation of a 4% rise in July, but said schools would have to find a quarter of the cost.", "schools would have to find a quarter of the cost", "the government", false},
		{"said classmate and a name", "Analyn Bautista wept at the wake.\n\n\"He was always the one who made us laugh,\" said classmate Kyla Reyes, 17.", "He was always the one who made us laugh,", "Kyla Reyes", true},
		{"a lower-case role before a rank", "Navotas police chief Lieutenant Colonel Ramon Dizon told reporters on Tuesday that investigators were reviewing footage.\n\nSenator Grace Poe called for a probe.\n\n\"We will give this family the answers they deserve,\" the police chief said.", "We will give this family the answers they deserve,", "Ramon Dizon", true},
		{"a title then a given name that is also a title", "Police prosecutor Sergeant Dean Whitlock told the court phone records showed 14 messages.\n\n\"This was a pattern,\" Whitlock said.", "This was a pattern,", "Dean Whitlock", true},
		{"a general staff is no person", "Its forces had repelled 19 attacks, Ukraine's General Staff said.", "Its forces had repelled 19 attacks", "Ukraine's General Staff", false},
		{"an age before who said", "Among them was Travis Kimmel, 44, who said he had about 10 minutes to load his family into a pickup.", "he had about 10 minutes to load his family into a pickup", "Travis Kimmel", false},
		{"a phrase after a parenthetical attribution", "More than 500 firefighters were assigned to the fire, fire officials said, with more crews on the way from Idaho.", "More than 500 firefighters were assigned to the fire", "fire officials", false},
		{"a group describing something as", "Analysts at Barclays were harsher, describing the £140mn of promised annual cost savings as \"ambitious by any standard\".", "ambitious by any standard", "Analysts at Barclays", true},
		{"described a long object as", "André Barreto spoke on Monday. He described the debt relief proposals being discussed in Congress as \"politically understandable and fiscally dangerous\".", "politically understandable and fiscally dangerous", "André Barreto", true},
		{"a state from \"Sen. X of Louisiana\" in a pair", "Sen. Lisa Hardcastle of Alaska and Sen. Tom Brannigan of Louisiana, both on the committee, have raised concerns.\n\nBrannigan, who has served since 2021, was blunter. Asked whether he could support her, the Louisiana Republican said: \"Not today.\"", "Not today.", "Tom Brannigan", true},
		{"a role for the player just named, not one named later", "DeShawn Whitlock added 21 off the bench.\n\nWhitlock, in his 14th season, hit three 3s during the run.\n\n\"That's what they pay the old man for,\" the veteran guard said.\n\nDenver played without guard Tyrese Mallory, who has a sprained ankle.", "That's what they pay the old man for,", "DeShawn Whitlock", true},
		{"an office-holder who just spoke, as a spokesman no one introduced", "Chief Cabinet Secretary Hayashida Koichi said at a regular press conference that the government had no plans to dissolve the lower house. Asked about a reshuffle, the top government spokesman said: \"There is no such plan at this time.\"", "There is no such plan at this time.", "Hayashida Koichi", true},
		{"a spokesman introduced before stays someone else", "Chief Cabinet Secretary Hayashida Koichi said the government had no plans to dissolve the lower house. A party spokesman later said no decision had been made. \"We will not rush,\" the spokesman said.", "We will not rush,", "a party spokesman", true},
		{"an anonymity clause is not part of the unnamed speaker", "Within the party, frustration is growing. A senior party lawmaker who requested anonymity told Kyodo News that several factions had begun counting heads.", "several factions had begun counting heads", "a senior party lawmaker", false},
		{"a position passes over a player given another, to the subject after an opening phrase", "On a pitch that had started to turn, Saurashtra's Harshil Vaghela produced the spell of his life on Sunday.\n\nOnly opener Aditya Sawant, who made 58, offered any resistance.\n\n\"I had one plan,\" the left-arm spinner said.\n\nMumbai's spinner Nitin Rathod took four wickets.", "I had one plan,", "Harshil Vaghela", true},
		{"a gesture before \"and said\" is not part of the speaker", "Saurashtra captain Jaydev Chudasama praised his bowlers.\n\nAsked about the selectors, the captain smiled and said it was \"not my department.\"", "not my department.", "Jaydev Chudasama", true},
		{"an age before an appositive name", "The journalist was shot on Tuesday.\n\nTheir eldest son, 22-year-old Brayan Colindres, said the family wanted justice.", "the family wanted justice", "Brayan Colindres", false},
		{"a hometown between a name and its relative clause", "Patients said they supported the nurses.\n\nPádraig Hourigan (78), from Ballymote, who was being discharged after nine days, said he had watched the same nurses working through their breaks.", "he had watched the same nurses working through their breaks", "Pádraig Hourigan", false},
		{"\"one of the\" in an unnamed speaker's phrase", "Not everyone left Brussels gloomy. A diplomat from one of the holdout countries said the gap had narrowed and described the position as \"tactical, not theological.\"", "tactical, not theological.", "a diplomat from one of the holdout countries", true},
		{"a nickname after a trade that opens the sentence", "Drummer Leon \"Boots\" Tatum, the band's youngest member, said Merriweather had called him every year.\n\n\"Fifty-one years, not one missed,\" Tatum said.", "Fifty-one years, not one missed,", "Leon Tatum", true},
		{"a nested quotation's subject is in its own sentence of the outer one", "Calvin Merriweather, a bassist, has died. Drummer Leon Tatum remembered him.\n\n\"Fifty-one years, not one missed,\" Tatum said. \"Last one was in March. He sang the whole song, off-key, and then said, 'That's all I've got, young man.' I'm 74.\"", "That's all I've got, young man.", "Calvin Merriweather", true},
		{"\"He'd\" is a pronoun", "Calvin Merriweather, a bassist, has died. Guitarist Earl Toussaint remembered him.\n\n\"I was always trying to play fast. He'd put his hand on my shoulder and say, 'Earl, the note you don't play is a note too,'\" Toussaint said.", "Earl, the note you don't play is a note too,", "Calvin Merriweather", true},
		{"\"my nan\" in the sentence before a nested quotation", "Shop steward Jess Morgan joined the picket.\n\n\"I've never been on strike in my life,\" she said. \"My nan was at the Wills factory in the seventies. She rang me this morning and said, 'About time.'\"", "About time.", "my nan", true},
		{"a role without an article after a name", "Rep. Choi Hyun-woo, floor leader of the ruling People Power Party (PPP), accused the opposition of delay. Rep. Yoon Seo-yeon of the Democratic Party said the government was to blame.\n\nAsked whether the PPP would accept a deal, the floor leader said only that the party was \"open to talks.\"", "open to talks.", "Choi Hyun-woo", true},
		{"the minister for a cabinet secretary", "Cabinet Secretary for Education Gwenllian Pryce said the change would help pupils.\n\nAsked whether she had listened to teachers, the minister said: \"I have met every union more than once.\"", "I have met every union more than once.", "Gwenllian Pryce", true},
		{"a compound adjective before a company's name", "Australian-listed Nyanza Gold said in a statement that it was \"cooperating fully\" with the authorities.", "cooperating fully", "Nyanza Gold", true},
		{"\"the manager\" for the unnamed manager who spoke", "A senior nurse manager at the hospital, who did not wish to be named, told The Irish Times that nurses had left.\n\n\"Every morning we are short,\" the manager said.", "Every morning we are short,", "a senior nurse manager at the hospital", true},
		{"\"the people\" for people familiar with the matter", "Veritane is exploring a sale, according to people familiar with the matter.\n\nThe company has hired Goldman Sachs, the people said.", "The company has hired Goldman Sachs", "people familiar with the matter", false},
		{"an opening \"According to the ...,\" is no role of the name after it", "Brayden Tane Herewini, 24, was sentenced on Friday.\n\nAccording to the police summary of facts, Herewini held a machete above the counter while his co-offender filled a bag.", "Herewini held a machete above the counter while his co-offender filled a bag", "the police summary of facts", false},
		{"an age after a name after two opening phrases", "In Abu al-Khasib, south of the city, fisherman Jabbar Naeem, 46, said he had not caught anything worth selling since June.", "he had not caught anything worth selling since June", "Jabbar Naeem", false},
		{"calling a named person something", "White House press secretary Daniel Okafor-Reyes struck a similar note at Tuesday's briefing, calling Wexford \"the most qualified person ever nominated to this job.\"", "the most qualified person ever nominated to this job.", "Daniel Okafor-Reyes", true},
		{"a nickname after \"called\" is nobody's words", "A man called John \"Jack\" Smith was arrested on Friday.", "Jack", "", true},
		{"estimate in the present, with a plural subject", "Parish officials estimate that as many as a third of the town's residents have not returned.", "as many as a third of the town's residents have not returned", "Parish officials", false},
		{"allege in the present", "Prosecutors allege that the two men were paid to carry out the attack.", "the two men were paid to carry out the attack", "Prosecutors", false},
		{"\", as X said\" opens another speaker's clause", "GUATEMALA CITY (AP) — The president promised on Wednesday that the killing would be punished, as prosecutors said they were investigating whether he was targeted for his work.", "they were investigating whether he was targeted for his work", "prosecutors", false},
		{"a partial quote before \", as X said\" is the clause's speaker's", "GUATEMALA CITY (AP) — The president promised on Wednesday that the killing would \"not go unpunished,\" as prosecutors said they were investigating.", "not go unpunished,", "the president", true},
		{"\"– but\" opens another speaker's clause", "Scientists say fungi in drying peatlands may turn a carbon store into a source – but other researchers warn the findings rest on a handful of sites", "the findings rest on a handful of sites", "other researchers", false},
		{"\"the First Division\" names no one", "Terry Halloran coached the under-14s.\n\n\"We found out he'd played in the First Division,\" said Stuart Lamb. \"He just said, 'Long time ago, son. Get your boots on.'\"", "Long time ago, son. Get your boots on.", "Terry Halloran", true},
		{"\"in the words of\" someone", "Terry Halloran, who has died aged 79, played 412 games for Norwich City and was, in the words of one team-mate, \"the man who made everybody else look like footballers\".", "the man who made everybody else look like footballers", "one team-mate", true},
		{"a trade before a given name opens the sentence", "The plant will close in March.\n\nSlaughterman Wayne Dobbie, 52, who has worked at the plant since he was 19, said he did not know what he would do next.", "he did not know what he would do next", "Wayne Dobbie", false},
		{"Kenya's CS before a surname", "Trade Cabinet Secretary Wanjiru Kimathi announced the levy on Monday.\n\nSpeaking in Nairobi, CS Kimathi said traders had paid fees for decades.", "traders had paid fees for decades", "Wanjiru Kimathi", false},
		{"Welsh \"ap\" inside a name", "Plaid Cymru's leader, Iestyn ap Dafydd, said the Rhondda had lost a fighter.", "the Rhondda had lost a fighter", "Iestyn ap Dafydd", false},
		{"the first verb ends the subject before \"and said\"", "The Prime Minister's Office expressed condolences to the families and said Israel \"will continue to act with force\" against Hezbollah.", "will continue to act with force", "the Prime Minister's Office", true},
		{"a group with modifiers after a dateline", "OSAKA – Two mid-sized battery makers in western Japan said Tuesday they would merge next April.", "they would merge next April", "Two mid-sized battery makers in western Japan", false},
		{"\"The family said\" has no adverb", "Gwyneth Pritchard-Rees died on Sunday.\n\nHer family said in a statement that she died peacefully on Sunday morning.", "she died peacefully on Sunday morning", "her family", false},
		{"\"one of them said\"", "Two traders said the cargoes were late.\n\n\"Some contracts may be rolled into the next season,\" one of them said.", "Some contracts may be rolled into the next season,", "one of them", true},
		{"a second participle after \"and\"", "Scottish Conservative councillor Alison Baird went further, calling the vote \"a stitch-up\" and claiming two SNP councillors had been \"leaned on\" to back the plan.", "two SNP councillors had been \"leaned on\" to back the plan", "Alison Baird", false},
		{"a country before an agency's name", "The US National Science Foundation said a second expedition was planned.", "a second expedition was planned", "the US National Science Foundation", false},
		{"a country before an agency's name, after the clause", "A second expedition was planned for 2027, the US National Science Foundation said.", "A second expedition was planned for 2027", "the US National Science Foundation", false},
		{"\"she\" for an unnamed speaker of the paragraph before, nobody named since", "Her daughter, Lorna Buchan, said she had complained to the health board.\n\nA nurse in the emergency department, who did not want to be named, said staff were leaving because of the strain.\n\n\"We've got people dying in corridors,\" she said.", "We've got people dying in corridors,", "a nurse in the emergency department", true},
		{"an age for who just spoke, not whom she spoke of", "Guadalupe Treviño Salas, whose son Julián vanished in 2019 after leaving work in Guadalajara, said she had heard three presidents announce new search plans. \"My son is still not home,\" the 58-year-old said by phone.", "My son is still not home,", "Guadalupe Treviño Salas", true},
		{"a long office before a name and a relative clause", "Senior Minister of State for Health Rahayu Mohamed Salleh, who also spoke at the event, said falls at home were common.", "falls at home were common", "Rahayu Mohamed Salleh", false},
		{"a debutant in a headline is the player named later", "Debutant Rathore's five-for seals series for India\n\nNAGPUR: Aryan Rathore bowled India to a 2-0 series win on Sunday.\n\n\"I didn't sleep much last night,\" Rathore said.", "I didn't sleep much last night,", "Aryan Rathore", true},
		{"a source's date is no part of it", "The company had digitized about 18 million pages, according to a progress report dated January 2025.", "The company had digitized about 18 million pages", "a progress report", false},
		{"a union local's number ends its name", "United Steelworkers Local 6500, which represents the miners, said one of its representatives was on site.", "one of its representatives was on site", "United Steelworkers Local 6500", false},
		{"\"it said\" after a sentence opening with a common noun", "The board said in a statement that the first blocks would be announced in March. Blocks will be prioritised by age, it said.", "Blocks will be prioritised by age", "the board", false},
		{"\"according to\" a bare plural and a relative clause", "That exchange was sharper than she let on, according to four policymakers who spoke to Reuters on condition of anonymity.", "That exchange was sharper than she let on", "four policymakers", false},
		{"a tail \", said the people, who ...\" takes the whole sentence", "Ghana Cocoa Board informed several merchants this week that shipments would be delayed, said the people, who asked not to be identified because the talks are private.", "Ghana Cocoa Board informed several merchants this week that shipments would be delayed", "the people", false},
		{"a title-case headline ending \", Traders Say\"", "Cocoa Jumps to Two-Month High as Ghana Delays Cargoes, Traders Say\n\nCocoa futures climbed on Tuesday.", "Cocoa Jumps to Two-Month High as Ghana Delays Cargoes", "Traders", false},
		{"a headline's role before a colon", "Sheriff: Boat driver was going 'well over' safe speed before deadly crash\n\nMONTGOMERY COUNTY, Texas - A man was charged on Friday, Sheriff Raymond Tullis said.", "Boat driver was going 'well over' safe speed before deadly crash", "Raymond Tullis", false},
		{"data from a body show", "Hedge funds have added to bullish bets in recent weeks, data from the Commodity Futures Trading Commission show.", "Hedge funds have added to bullish bets in recent weeks", "data from the Commodity Futures Trading Commission", false},
		{"\"that\" after the clause's own verb is a determiner", "Hanne Lindqvist led the team.\n\nLindqvist says the team took that possibility seriously.", "the team took that possibility seriously", "Hanne Lindqvist", false},
		{"\"Det Sgt\" before a name", "Det Sgt Aaron Whitlock said the case had been \"one of the most distressing\" he had worked on.", "one of the most distressing", "Aaron Whitlock", true},
		{"a body's name with a plural possessive", "The Farmers' Union of Wales said the changes were \"a step forward\" but not enough.", "a step forward", "the Farmers' Union of Wales", true},
		{"a body \"known as\" an acronym speaks by it", "The national disaster agency, known as BNPB, said evacuees were being housed in schools.", "evacuees were being housed in schools", "BNPB", false},
		{"a family name first that is also a town", "Secretary for Housing Ho Wing-yan told the Legislative Council that the new rules would be phased in.\n\n\"We are not chasing anyone out,\" Ho said.", "We are not chasing anyone out,", "Ho Wing-yan", true},
		{"a rugby position for the player just named", "Munster lost 24-17 at the Aviva.\n\nTadhg Breathnach, who won 14 lineouts, was left to count the cost.\n\n\"It hurts. It always hurts here,\" the Limerick-born lock said.", "It hurts. It always hurts here,", "Tadhg Breathnach", true},
		{"\"Her neighbour X\" opening a sentence is its subject", "Maura Twomey, who has lived on the lane for 31 years, said she feared for her privacy.\n\nHer neighbour Tom Kiely disagreed. \"It's the best thing to happen here in years,\" the retired fisherman said.", "It's the best thing to happen here in years,", "Tom Kiely", true},
		{"\"in a tribute posted online\" is the medium", "Lord Bhattacharya-Reid, who chaired a rival chain for a decade, said in a tribute posted online: \"Rosalind was a pioneer.\"", "Rosalind was a pioneer.", "Bhattacharya-Reid", true},
		{"\"with X warning\" and a bare clause", "Patches have been scarce since June, with pharmacists warning supplies may not recover until the middle of next year.", "supplies may not recover until the middle of next year", "pharmacists", false},
		{"a state and party from a party tag", "Sen. Rosalind Achebe-Turner (D-Ohio), the lead sponsor, spoke first. Sen. Dale Pruett, R-Neb., wants the rule out.\n\nAsked whether she would phase it in, the Ohio Democrat said: \"I am willing to talk about timing.\"", "I am willing to talk about timing.", "Rosalind Achebe-Turner", true},
		{"a party tag in brackets before the appositive", "Sen. Rosalind Achebe-Turner (D-Ohio), the bill's lead sponsor, said she would not drop the crew rule.", "she would not drop the crew rule", "Rosalind Achebe-Turner", false},
		{"a present tense with its object ends the subject", "The iwi holding company expects the plant to return about $14 million a year to its members, and says it will fund scholarships and housing.", "it will fund scholarships and housing", "the iwi holding company", false},
		{"a negative contraction ends the subject", "\"The sea is hungry this year,\" the fishermen tell her. But the people in Guet Ndar don't say 'climate'.", "climate", "", true},
		{"a spokesperson for a body", "Paris would \"study the new text carefully\", a spokesperson for France's permanent representation said.", "study the new text carefully", "a spokesperson for France's permanent representation", true},
		{"a columnist in a daily", "The government should first solve the housing shortage, a columnist in the daily Al-Qabas wrote.", "The government should first solve the housing shortage", "a columnist in the daily Al-Qabas", false},
		{"an office, a person, then their party", "Leader of the Opposition Narasingha Panigrahi of the Biju Janata Dal (BJD) spoke first.\n\n\"They are fighting over portfolios,\" Panigrahi said.", "They are fighting over portfolios,", "Narasingha Panigrahi", true},
		{"a body, then a person with an initial", "Leader of the Opposition in the Assembly R. Ashok Kumar accused the government of delay.\n\n\"Tomorrow never comes,\" Kumar said.", "Tomorrow never comes,", "R. Ashok Kumar", true},
		{"a family of someone named", "Tyrese Allen, 19, was stabbed on Friday.\n\nHe was a \"gentle giant\", the family of Tyrese Allen said in a statement.", "gentle giant", "the family of Tyrese Allen", true},
		{"a spokesperson for someone named", "The minister had spoken with the company, a spokesperson for federal Industry Minister Hélène Marchand said.", "The minister had spoken with the company", "a spokesperson for federal Industry Minister Hélène Marchand", false},
		{"a title in brackets after a chief", "Also speaking, the Iyaloja of the community, Chief (Mrs) Moriamo Akinwale, said traders had lost customers.", "traders had lost customers", "Moriamo Akinwale", false},
		{"a capitalised office before a comma and a name", "When contacted, the quarry's Community Relations Manager, Mr Femi Adegbite, denied that the company was responsible.", "the company was responsible", "Femi Adegbite", false},
		{"an office, its place, and a name termed something", "Leader of opposition in the VMC Amit Chauhan termed the preparations \"a complete eyewash\".", "a complete eyewash", "Amit Chauhan", true},
		{"an office in a legislature run into a name", "Meanwhile, Opposition Leader in the Punjab Assembly Rana Shahid Javed termed the delay \"criminal negligence\".", "criminal negligence", "Rana Shahid Javed", true},
		{"one name, an age and who", "Rusdianto, head of the fishers' association, said the promise had been made before.\n\nSuwarni, 47, who dries and sells salted fish near the port, joined the rally.\n\n\"Nobody is talking about us,\" she said.", "Nobody is talking about us,", "Suwarni", true},
		{"Malaysian honorifics in pairs", "Analyst Tan Sri Rahim Osman said Johor would be the first test.\n\n\"Johor is where Umno is strongest,\" Tan Sri Rahim said.", "Johor is where Umno is strongest,", "Rahim Osman", true},
		{"Datuk Seri and a given name alone", "Umno secretary-general Datuk Seri Kamarul Ariffin Yusof said the party would contest 40 seats.\n\n\"Johor is Umno's home,\" Datuk Seri Kamarul said.", "Johor is Umno's home,", "Kamarul Ariffin Yusof", true},
		{"Sri and Tan that are names", "Sri Mulyani Indrawati said the budget was sound. Tan Wei Ming said it was not.", "it was not", "Tan Wei Ming", false},
		{"a sports role before a name after a dateline", "NISHINOMIYA, Japan (Kyodo) -- Right-hander Kaito Mizuno allowed only a single as the Tigers won.\n\n\"My fastball had life,\" Mizuno said.", "My fastball had life,", "Kaito Mizuno", true},
		{"a team named after its city is no person", "Scouts from the Los Angeles Dodgers and the New York Mets were there.\n\nKaito Mizuno pitched.\n\n\"Right now I only think about the pennant,\" he said.", "Right now I only think about the pennant,", "Kaito Mizuno", true},
		{"a name, its role set off, then who", "Iain Buchanan, the former Labour MP for Paisley South, who first met Haldane on a picket line, said he had been \"the conscience of the movement\".", "the conscience of the movement", "Iain Buchanan", true},
		{"a paper by a body", "No new smelter has been built in Europe in a generation, a paper by the European Parliament's research service said.", "No new smelter has been built in Europe in a generation", "a paper by the European Parliament's research service", false},
		{"data from a body", "Semiconductors accounted for about 20 percent of total exports last year, according to data from the trade ministry.", "Semiconductors accounted for about 20 percent of total exports last year", "data from the trade ministry", false},
		{"a body's survey data", "Only about 55% of pregnant women received the shot, according to CDC survey data.", "Only about 55% of pregnant women received the shot", "CDC survey data", false},
		{"data that shows", "State data shows Maine's lobster landings have fallen about 25% from their peak.", "Maine's lobster landings have fallen about 25% from their peak", "State data", false},
		{"Ma. and Sta. in names", "Energy Secretary Ma. Teresita Villaroman-Ocampo spoke first.\n\nEngr. Rodrigo Sta. Maria, the project director, said construction would take 30 months.", "construction would take 30 months", "Rodrigo Sta. Maria", false},
		{"a company's Co. is no person", "Manila Electric Co., the country's largest power distributor, said it \"supports all efforts to diversify supply\".", "supports all efforts to diversify supply", "Manila Electric Co.", true},
		{"a nickname in marks inside a name", "Rep. Gerardo \"Jerry\" Malvar of Batangas said consumers had heard similar promises.\n\n\"Transparency costs nothing,\" Malvar said.", "Transparency costs nothing,", "Gerardo Malvar", true},
		{"the nickname itself is no one's words", "The court found former mayor Rodolfo \"Dodong\" Manalastas guilty.\n\n\"We will appeal,\" Manalastas said.", "Dodong", "", true},
		{"two people and one surname", "For Pat and Bríd O'Donovan, who milk 85 cows near Dunmanway, the restrictions have been in place since March.\n\n\"We lost cows we had bred ourselves,\" Pat said.", "We lost cows we had bred ourselves,", "Pat O'Donovan", true},
		{"a given name that is also a word, used alone", "STONINGTON, Maine — Dale Haskell hauls a trap onto the deck of his boat.\n\n\"Stuff our father never saw,\" Dale says.", "Stuff our father never saw,", "Dale Haskell", true},
		{"where ends a speaker's phrase", "He was taken to the hospital, where doctors said several people were in a serious condition.", "several people were in a serious condition", "doctors", false},
		{"Mr opening a sentence over a name list's guess", "Zambia election 2026: What you need to know\n\nBy Nomsa Dube, BBC News, Lusaka\n\nPresident Chanda Mulenga, 61, is seeking a second term.\n\nMr Mulenga has pointed to rising copper output. \"We inherited an empty granary and we have filled it,\" he said at his final rally.", "We inherited an empty granary and we have filled it,", "Chanda Mulenga", true},
		{"a sentence that opens with a who-clause and another speech verb in it", "A mine official who asked not to be named because he was not authorised to speak to the media said the dam had been raised twice in three years.", "the dam had been raised twice in three years", "a mine official", false},
		{"a party's top member is no person's name", "Alicia Moreno-Tate of New Mexico, the committee's top Democrat, turned to the budget. She said the plan \"makes no sense at all\" while equipment was failing.", "makes no sense at all", "Alicia Moreno-Tate", true},
		{"saying a finding", "The commission rejects this, saying an independent audit found no significant irregularities.", "an independent audit found no significant irregularities", "the commission", false},
		{"an audience is no speaker, and estimates a noun", "APRA member Graham Utteridge, who oversees the banking division, told a Senate estimates hearing last month that lenders had been \"leaning into riskier segments\" to keep up.", "leaning into riskier segments", "Graham Utteridge", true},
		{"says two roles and a name", "\"It is not a breakup record,\" says singer and guitarist Marisol Quiñones, 29.", "It is not a breakup record,", "Marisol Quiñones", true},
		{"the office of someone named", "The department was \"working closely with Weenusk leadership\", the office of Indigenous Services Minister Claire Beaudoin said.", "working closely with Weenusk leadership", "the office of Indigenous Services Minister Claire Beaudoin", true},
		{"interviewed opening a sentence", "Bart Van den Broeck is the mobility minister.\n\nInterviewed on the morning programme of RTBF radio, he denounced a strike \"out of proportion\" and recalled that negotiations were still ongoing.", "negotiations were still ongoing", "Bart Van den Broeck", false},
		{"a body named as written, without the the of another mention", "The IDF said the drone came from Lebanon.\n\nJets later struck the launch site, IDF said.", "Jets later struck the launch site", "IDF", false},
		{"MK is a title", "MK Dalia Rosenthal said the government had \"abandoned the Galilee\".", "abandoned the Galilee", "Dalia Rosenthal", true},
		{"an object after described is no speaker", "Sipho Mahlangu recorded six albums.\n\nA reviewer for the Guardian in 1978 described his playing as \"beautiful but maddeningly cautious\".", "beautiful but maddeningly cautious", "a reviewer for the Guardian", true},
		{"data compiled by someone, after according to", "Traders now see about a 70% chance that the Fed will cut rates by June, according to swaps data compiled by Bloomberg.", "Traders now see about a 70% chance that the Fed will cut rates by June", "swaps data compiled by Bloomberg", false},
		{"one of someone's aides, then the aide", "Outside, one of Carrow's aides insisted the session had gone well. \"She held the line,\" the aide said.", "She held the line,", "one of Carrow's aides", true},
		{"a subject with two who-clauses set off by commas", "A nurse who has worked in the emergency department at Withybush for 14 years, and who asked not to be named because she was not authorised to speak to the media, said corridor care had become routine.", "corridor care had become routine", "a nurse who has worked in the emergency department at Withybush for 14 years", false},
		{"someone's son is not that someone", "Akiko Hamada, 81, draws water from a well.\n\nHamada's son, who works in Osaka and asked not to be named, said he had urged his mother to connect to the city supply. \"She refuses,\" he said.", "She refuses,", "Hamada's son", true},
		{"the judge for a Justice", "Justice Rachel Fenwick jailed the driver for six years.\n\nThe victim's mother, Anne Borthwick, wept.\n\n\"Ms Borthwick's son had no chance at all,\" the judge said.", "Ms Borthwick's son had no chance at all,", "Rachel Fenwick", true},
		{"the congressman for a Rep.", "Rep. Gerardo Malvar of Batangas questioned the deal.\n\nEnergy Secretary Teresa Ocampo defended it.\n\n\"Transparency costs nothing,\" the congressman said.", "Transparency costs nothing,", "Gerardo Malvar", true},
		{"a clause with its quotation before the verb", "A decision would be made \"after consultation with all stakeholders,\" the ministry said.", "A decision would be made \"after consultation with all stakeholders,\"", "the ministry", false},
		{"an aside between said and that", "Mary Koostachin said in Cree, through a translator, that she has never seen a winter like it.", "she has never seen a winter like it", "Mary Koostachin", false},
		{"shot back", "Alistair Drummond defended the cuts.\n\n\"Then ask why,\" Morag Fotheringham shot back.", "Then ask why,", "Morag Fotheringham", true},
		{"a role that opens the sentence before a pronoun", "Coach Taylor Jenkins praised the bench. Desmond Okoye, a 34-year-old guard, scored 22.\n\n\"That was a team win,\" Jenkins said.\n\nThe veteran guard was having none of it. \"It's not me,\" he said.", "It's not me,", "Desmond Okoye", true},
		{"a judge in the lead and a Justice named later", "A man who killed a chef with a single punch had every chance to walk away, a judge has said.\n\nJustice Fiona Carruthers jailed Liam Kell for nine years.", "A man who killed a chef with a single punch had every chance to walk away", "Fiona Carruthers", false},
		{"a family name alone, of two, is the one never called by the given name", "Kuroda Shigeru, 74, owns the shop. His daughter, Kuroda Mai, came home from Tokyo.\n\n\"We start at five,\" Mai said.\n\n\"Only the bad ones,\" Kuroda said.", "Only the bad ones,", "Kuroda Shigeru", true},
		{"a family name alone that is also a town", "Hashimoto Yuko, a researcher at Kanazawa University, said many firms had no successor.\n\n\"They add to it,\" Hashimoto said.", "They add to it,", "Hashimoto Yuko", true},
		{"a shared surname: the one who has spoken", "Tomasz Wrona, 34, died in hospital two days later.\n\nOutside court, his sister, Agnieszka Wrona, said the family had hoped for a longer term.\n\nWrona said her brother had planned to open a restaurant.\n\n\"He was wrong about one of those,\" she said.", "her brother had planned to open a restaurant", "Agnieszka Wrona", false},
		{"a shared surname: a title's gender over who has spoken", "Ines Halvorsen, an architect, died on Sunday. Her son, Anders Halvorsen, said the cause was heart failure.\n\nMs. Halvorsen, working as a junior planner, argued that the port should move east.", "the port should move east", "Ines Halvorsen", false},
		{"a council named for a place with \"and\"", "A Dumfries and Galloway Council spokesperson said no decision had been taken.", "no decision had been taken", "a Dumfries and Galloway Council spokesperson", false},
		{"a department whose name is a list, before the verb", "The Department of Climate Change, Energy, the Environment and Water said no decision had been taken.", "no decision had been taken", "the Department of Climate Change, Energy, the Environment and Water", false},
		{"a department whose name is a list, after according to", "According to the Department of Climate Change, Energy, the Environment and Water, the project would add 6m tonnes a year.", "the project would add 6m tonnes a year", "the Department of Climate Change, Energy, the Environment and Water", false},
		{"a government's guidance with its adjective", "The Scottish government's guidance says closing a school should be a last resort.", "closing a school should be a last resort", "the Scottish government's guidance", false},
		{"a party's member for an MSP", "Local MSP Finlay Carruthers said he had written to the council.\n\n\"Rural schools are not a luxury,\" the Scottish Conservative member said.", "Rural schools are not a luxury,", "Finlay Carruthers", true},
		{"the civic chief for a municipal commissioner", "Municipal commissioner Dilip Rana inspected the drains on Monday.\n\nA new drain would be finished by June, the civic chief said.", "A new drain would be finished by June", "Dilip Rana", false},
		{"a role before a name in the reported clause is not the speaker's", "Hibernian manager Stuart Lennox said the derby was not a cup final.\n\nThe Hibs boss confirmed that striker Mateus Ferreira would be available after a ban.", "striker Mateus Ferreira would be available after a ban", "Stuart Lennox", false},
		{"according to estimates at the end", "Wild dogs cost producers millions of dollars a year, according to industry estimates.", "Wild dogs cost producers millions of dollars a year", "industry estimates", false},
		{"according to minutes", "The board put off the replacement until the next fiscal year, according to minutes of the meeting.", "The board put off the replacement until the next fiscal year", "minutes of the meeting", false},
		{"according to figures compiled by someone", "His figures were the best by a spinner in a Test, according to figures compiled by the board's statistician.", "His figures were the best by a spinner in a Test", "figures compiled by the board's statistician", false},
		{"according to a named survey with its participle", "According to a Reuters survey published on Monday, OPEC's output rose by 190,000 bpd.", "OPEC's output rose by 190,000 bpd", "a Reuters survey", false},
		{"according to between an opener and the clause", "In previous years, according to industry estimates, miners dug several million tonnes more than allowed.", "miners dug several million tonnes more than allowed", "industry estimates", false},
		{"a body's short name in an appositive", "The European Automobile Manufacturers' Association, ACEA, said in a statement that demand was falling.", "demand was falling", "ACEA", false},
		{"a pronoun after another unnamed speaker", "Crude futures fell 88 cents, West Texas Intermediate traders said.\n\nAnother delegate cautioned that nothing had been decided. \"It is a proposal, not a plan,\" he said.", "It is a proposal, not a plan,", "another delegate", true},
		{"telling an audience after a partial quote", "Chief Minister Sukhdeo Marandi dismissed the pitch as \"a myth sold every five years\", telling a rally in Dumka that the state had received nothing.", "a myth sold every five years", "Sukhdeo Marandi", true},
		{"saying after a place's phrase", "On Tuesday, Agriculture Minister Sienna Marchbank announced $4.5 million for cluster fencing projects across the southern rangelands, saying the government was \"backing the industry for the long haul\".", "backing the industry for the long haul", "Sienna Marchbank", true},
		{"DPP as a title", "Deputy Public Prosecutor Charlene Goh sought a longer term.\n\n“The accused was the very person entrusted,” DPP Goh told the court.", "The accused was the very person entrusted,", "Charlene Goh", true},
		{"CM as a title", "Chief Minister Sukhdeo Marandi spoke first.\n\n“Ninety-nine per cent,” CM Marandi said.", "Ninety-nine per cent,", "Sukhdeo Marandi", true},
		{"Dean as a given name before an appositive", "Dean Corbett, the council's lifeguard supervisor, said the boy had done well.\n\n\"Plenty of adults wouldn't have,\" Corbett said.", "Plenty of adults wouldn't have,", "Dean Corbett", true},
		{"a trade word before a name", "The bulletin ran late.\n\nNewsreader Fergal Ó Súilleabháin, who read the bulletins for two decades, said Hegarty had \"a gift for silence\".", "a gift for silence", "Fergal Ó Súilleabháin", true},
		{"a prefect's role then the name", "\"I understand the anger,\" the prefect of the Rhône, Éric Vasseur-Lambert, told Le Monde on Friday.", "I understand the anger,", "Éric Vasseur-Lambert", true},
		{"a surname with Te", "Te Rūnanga o Te Whakatōhea chairman Hemi Te Kani told councillors the land had been taken.\n\nTe Kani, who has chaired the rūnanga since 2019, said the iwi had written to the council twice.", "the iwi had written to the council twice", "Hemi Te Kani", false},
		{"a pronoun after a quotation over two paragraphs: the person named before it", "Saldivar said he had ordered an audit of the permits.\n\nSenate Minority Leader Eduardo Villacorta, however, was not convinced.\n\n\"Every year we hold this hearing, and every year the farmers lose.\n\n\"What is different now? Tell me,\" he said.", "Every year we hold this hearing, and every year the farmers lose.\n\n\"What is different now? Tell me,", "Eduardo Villacorta", true},
		{"the agriculture chief for the agriculture secretary", "Senators pressed Agriculture Secretary Leonardo Saldivar on Tuesday.\n\n\"We planned for a shortage that did not come,\" the agriculture chief said.\n\nSenate Minority Leader Eduardo Villacorta was not convinced.", "We planned for a shortage that did not come,", "Leonardo Saldivar", true},
		{"a pronoun after a person who carried a sign", "Jean-Baptiste Morel, a nurse, said that staff had been \"sacrificed\" for a decade.\n\nMartine Jacquet, 67, a retired teacher from Tarare, carried a sign reading \"My heart attack won't wait.\"\n\n\"My husband had a stroke two years ago,\" she said.", "My husband had a stroke two years ago,", "Martine Jacquet", true},
		{"the consultant for a cardiologist", "Her cardiologist, Dr Sunita Raghavan, said the condition was under-recognised.\n\n\"I have patients who were told it was a panic attack,\" the consultant said.", "I have patients who were told it was a panic attack,", "Sunita Raghavan", true},
		{"the former trade of the person just named", "Morag Tennant, 38, collapsed at the school gates in March.\n\nThe former care worker, who now takes medication, said she did not blame any one doctor.", "she did not blame any one doctor", "Morag Tennant", false},
		{"an unnamed physician after a named consultant", "\"We see more cases,\" said Dr. Farhana Mou, a consultant in the paediatric ward.\n\nA senior physician at Mugda hospital, who asked not to be named, said the hospital had run out of saline.\n\n\"Yesterday we sent relatives to buy saline,\" the physician said.", "Yesterday we sent relatives to buy saline,", "a senior physician at Mugda hospital", true},
		{"a member for a seat, then the name", "The Conservative member for Montrose, Alasdair Bremner, said he had sympathy with the campaigners.", "he had sympathy with the campaigners", "Alasdair Bremner", false},
		{"a description with the, then the name", "Kjærsgaard's coach, the former Ryder Cup player Henrik Bjerregaard, said the breakthrough had come from a change in attitude.", "the breakthrough had come from a change in attitude", "Henrik Bjerregaard", false},
		{"a trade without the, then the name", "Another resident, retired lorry driver Lim Siew Peng, 66, said he had lived in Ringlet for 40 years.", "he had lived in Ringlet for 40 years", "Lim Siew Peng", false},
		{"a role of a body with of and and, then the name", "The president of the Karachi Chamber of Commerce and Industry, Zubair Ahmed Lakhani, said a deal would remove the uncertainty.", "a deal would remove the uncertainty", "Zubair Ahmed Lakhani", false},
		{"a name given in a relative clause", "Another displaced woman, who gave her name only as Salimata, said prices in Djibo had risen fivefold.", "prices in Djibo had risen fivefold", "Salimata", false},
		{"the Garda Síochána", "According to the Garda Síochána, there were 412 robberies from shops in Co Louth last year.", "there were 412 robberies from shops in Co Louth last year", "the Garda Síochána", false},
		{"a city's police", "Brussels police said around 1,300 tractors had entered the city by midday.", "around 1,300 tractors had entered the city by midday", "Brussels police", false},
		{"Supt as a title", "District police chief Supt Mohd Faizal Yusof confirmed that a report had been lodged.", "a report had been lodged", "Mohd Faizal Yusof", false},
		{"Haji as a title", "Its central president, Haji Nadeem Qureshi, was more blunt. “The government should first collect tax,” he told a press conference.", "The government should first collect tax,", "Nadeem Qureshi", true},
		{"a Malay name without the father's", "Menteri Besar Datuk Seri Wan Zulkifli Wan Hassan visited the site.\n\nWan Zulkifli said the state would provide RM5,000 in aid.", "the state would provide RM5,000 in aid", "Wan Zulkifli Wan Hassan", false},
		{"a kind of body before its name", "The sepsis charity UK Sepsis Trust said the case showed the pressure on emergency departments.", "the case showed the pressure on emergency departments", "UK Sepsis Trust", false},
		{"analysts led by someone are not that one", "Citi's analysts, led by Hugh Carrington, said the bank's deposits had held up.", "the bank's deposits had held up", "Citi's analysts", false},
		{"the coroner named in an appositive", "Recording a narrative conclusion, Suffolk's senior coroner, Dr Alistair Fenwick-Hale, said there had been missed opportunities.\n\nThe coroner said he would issue a prevention of future deaths report.", "he would issue a prevention of future deaths report", "Alistair Fenwick-Hale", false},
		{"a role for the subject just named, who spoke last", "Senators heard evidence\n\n\"He was holding a phone, not a gun,\" Jocelyn Mangubat said at the hearing.\n\nHer son was killed on October 18.\n\nMangubat stayed in the hall after the hearing ended.\n\n\"I will come to every hearing,\" the mother said.", "I will come to every hearing,", "Jocelyn Mangubat", true},
		{"a surname alone: not the headline's short form", "Tom Haldane, union leader, dies at 81\n\nThomas Robert Haldane, who led the mill workers for two decades, has died.\n\n\"We are not asking for charity,\" Haldane told a rally in 1984.", "We are not asking for charity,", "Thomas Robert Haldane", true},
		{"a capitalised trade word opening a sentence before a plural", "The rupee weakened 14 paise. Forex dealers said the central bank was seen selling dollars.", "the central bank was seen selling dollars", "Forex dealers", false},
		{"an unnamed role with where they work, after the verb", "\"The RBI is not defending a level,\" said a treasury head at a private bank in Mumbai.", "The RBI is not defending a level,", "a treasury head at a private bank in Mumbai", true},
		{"points out that", "Priya Venkataraman, who leads energy policy at the institute, pointed out that bills had risen by a fifth.", "bills had risen by a fifth", "Priya Venkataraman", false},
		{"calling it and a partial quote", "Premier Nick Barrington has offered the nurses a 4 per cent pay rise, calling it \"the best offer this state can afford\", as the union met.", "the best offer this state can afford", "Nick Barrington", true},
		{"a partial quote in a reported clause about a group", "Talking to reporters, Mr Siddiqui said the two sides had agreed on “almost all” structural benchmarks.", "almost all", "Siddiqui", true},
		{"a pronoun skips the object of from", "Stratton was also asked about a hit from Lions defensive end Kwame Asante that left him on the turf. He said his ribs were sore.", "his ribs were sore", "Stratton", false},
		{"a party member's name after the party", "The family's MP, St Ives Liberal Democrat Andrew Tremayne, raised the petition last month.\n\n\"This family has turned the worst thing into something good,\" Tremayne told the Cornishman.", "This family has turned the worst thing into something good,", "Andrew Tremayne", true},
		{"a party member's name that no list knows", "The committee chair, the Liberal Democrat Callum Rennie, opened the session.\n\nRennie pressed: \"So the timetable depends on the goodwill of staff?\"", "So the timetable depends on the goodwill of staff?", "Callum Rennie", true},
		{"a team and a directeur sportif before the name", "\"We thought we had it measured,\" said Nordvind-Astra directeur sportif Jesper Kallestrup.", "We thought we had it measured,", "Jesper Kallestrup", true},
		{"a police service of a compass-named place with its initials", "The Police Service of Northern Ireland (PSNI) said its investigation into the crash was continuing.", "its investigation into the crash was continuing", "the Police Service of Northern Ireland", false},
		{"the party's MLA for one introduced by seat", "The issue was raised on Tuesday by West Tyrone MLA Orlaith Devlin, who said the road was a byword for grief.\n\n\"We have spent two decades talking about this road,\" the Sinn Féin MLA said.", "We have spent two decades talking about this road,", "Orlaith Devlin", true},
		{"the second of two people joined by and", "The neighbors, Travis Doucet and Rogelio Santana, live on either side of Ruiz.\n\nSantana said they found Ruiz on the floor of the hallway.", "they found Ruiz on the floor of the hallway", "Rogelio Santana", false},
		{"a lower-case trade before the name after the verb", "“He was a hard man to work for,” said the accordionist Yesenia Cantú, 38, who joined the band in 2011.", "He was a hard man to work for,", "Yesenia Cantú", true},
		{"at one point is no speaker", "Mayor Patricia Okafor-Lindqvist twice called for order and at one point warned councillors that she would recess the meeting.", "she would recess the meeting", "Patricia Okafor-Lindqvist", false},
		{"a surname ending like a nationality, then a verb", "Housing Minister Brett Halloran was asked about the target.\n\nHalloran rose, shuffled, and said the Government was on track.", "the Government was on track", "Brett Halloran", false},
		{"shouts after the quotation", "\"Ninety seconds, chef,\" shouts Kwame Boateng from the grill.", "Ninety seconds, chef,", "Kwame Boateng", true},
		{"he in a nested quotation: the one the outer quotation talks about", "Tomás Villaseñor, the accordionist, died on Sunday.\n\n“Tomás would put on the good shirt,” Eligio Garza said. “He told us, ‘The people who pay the least deserve the most.’”", "The people who pay the least deserve the most.", "Tomás Villaseñor", true},
		{"a group of a body with a plus", "Oil prices rose on Monday after three OPEC+ sources said the producer group would pause output increases.", "the producer group would pause output increases", "three OPEC+ sources", false},
		{"a state's officials", "Chiapas state officials said the number of migrants in Tapachula had roughly doubled.", "the number of migrants in Tapachula had roughly doubled", "Chiapas state officials", false},
		{"a name, a role with its phrase, then who", "The plans were criticised by Fiona Lennie, a Labour list MSP for the region, who said the cuts were a choice.", "the cuts were a choice", "Fiona Lennie", false},
		{"a body with an Arabic article", "Doctors at al-Aqsa Martyrs Hospital say they are rationing oxygen.", "they are rationing oxygen", "Doctors at al-Aqsa Martyrs Hospital", false},
		{"the delegates: the group as first named", "Oil rose after four OPEC+ delegates said the group was considering a larger increase.\n\nThe plan would add 411,000 barrels per day in May, the delegates said.", "The plan would add 411,000 barrels per day in May", "four OPEC+ delegates", false},
		{"a sentence opening with a body and its relative clause", "The union that represents transit workers says the problem has been years in the making.", "the problem has been years in the making", "the union that represents transit workers", false},
		{"the UN and an office of it", "The UN Office for the Coordination of Humanitarian Affairs said in an update that roads were passable.", "roads were passable", "the UN Office for the Coordination of Humanitarian Affairs", false},
		{"a long report by a body", "According to a 2025 report by a regional labour market council, nearly a third of engineers are over 55.", "nearly a third of engineers are over 55", "a 2025 report by a regional labour market council", false},
		{"two family names alone", "\"We are deeply sorry,\" the airline's spokeswoman, Beatriz Almeida Couto, told reporters.\n\nAlmeida Couto said the airline would pay for hotels.", "the airline would pay for hotels", "Beatriz Almeida Couto", false},
		{"a name given in a clause after an appositive role", "His neighbour, a schoolteacher who gave her name only as Maryam, said she would believe the promise when she saw it.", "she would believe the promise when she saw it", "Maryam", false},
		{"a name given in a clause before the verb", "A schoolteacher who gave her name only as Maryam said she would believe the promise when she saw it.", "she would believe the promise when she saw it", "Maryam", false},
		{"suggested with a bare clause after an opener with under", "Raghavan testified for the prosecution.\n\nUnder cross-examination, Amato suggested she had changed her story to win a lighter sentence.", "she had changed her story to win a lighter sentence", "Amato", false},
		{"a pronoun skips the object of to release", "Nathaniel Osei-Bonsu, 34, showed little emotion.\n\nJudge Howard Kessler set sentencing for March 14. He refused a request to release Osei-Bonsu on bail, saying the former executive had \"significant ties abroad\".", "significant ties abroad", "Howard Kessler", true},
		{"a commander known by a call sign", "\"They used to attack at dawn,\" said the battalion commander, who goes by the call sign \"Kobzar.\"", "They used to attack at dawn,", "Kobzar", true},
		{"the Minister of a department for the minister named", "Agriculture Minister Sophie Marchetti defended the reservoirs on Tuesday.\n\n\"I will not let our farmers be taken hostage,\" the Minister of Agriculture and Food Sovereignty declared.", "I will not let our farmers be taken hostage,", "Sophie Marchetti", true},
		{"a warning is a noun after an article", "Sen. Colleen Markey-Haas (R-Kan.) issued a similar warning in a statement, saying the provision would \"lock in staffing levels\".", "lock in staffing levels", "Colleen Markey-Haas", true},
		{"a colon after two participle phrases and a role", "Mumbai captain Harsh Bhargava made 12.\n\nAsked about his own dismissal, caught at short leg off the first ball after lunch, the MP captain was blunt: \"Bad shot. I have no excuses.\"", "Bad shot. I have no excuses.", "Harsh Bhargava", true},
		{"a role after a body's name with of", "Amara Okonjo-Liddell, an oceanographer at the University of Southampton, leads the programme.\n\nIn a paper published last month, the University of Southampton oceanographer reported that the circulation had weakened.", "the circulation had weakened", "Amara Okonjo-Liddell", false},
		{"saying and a clause in an irregular past", "Finance Minister Bilal Aurangzeb defended the increase, saying the IMF programme left the government with little room.", "the IMF programme left the government with little room", "Bilal Aurangzeb", false},
		{"concede in the present", "Treasury officials, however, privately concede that the situation may last longer.", "the situation may last longer", "Treasury officials", false},
		{"according to him", "Pierre-Yves Lemaître, of the CGT, spoke first.\n\nAccording to him, train drivers would lose \"up to five years\" of early retirement under the plan.", "up to five years", "Pierre-Yves Lemaître", true},
		{"it said after a clause about people is the body that spoke", "The company said it had received reports of 17 incidents. Two people were treated for smoke inhalation in Utrecht in October, it said.", "Two people were treated for smoke inhalation in Utrecht in October", "the company", false},
		{"a partial quote in a reported clause about a role", "A spokesperson for the prime minister's office said the prime minister had called the Bloc leader on Tuesday night but that \"no commitments of any kind\" were made.", "no commitments of any kind", "a spokesperson for the prime minister's office", true},
		{"a partial quote of someone named in the reported clause stays theirs", "In an interview on Tuesday, Fonseca said he had discussed the matter with Finance Minister Helena Sampaio Rocha, who had asked for \"precise numbers, farm by farm\" before agreeing.", "precise numbers, farm by farm", "Helena Sampaio Rocha", true},
		{"a cricket Test is nobody", "GALLE, Sri Lanka — Left-arm spinner Dilshan Rathnayake took seven for 54 as Sri Lanka won the first Test.\n\nRathnayake, playing only his sixth Test, removed Venter lbw for 48.\n\n\"The ball was gripping from the first over,\" the 26-year-old said at the presentation.", "The ball was gripping from the first over,", "Dilshan Rathnayake", true},
		{"a headline's place and role after says", "Q&A: \"Readers scroll, so the story must fall,\" says Seoul webtoon artist\n\nHan Ji-woo, a webtoon artist, draws at night.", "Readers scroll, so the story must fall,", "Han Ji-woo", true},
		{"an office of two fields before the name", "Energy and Natural Resources Minister Kerem Aydoğdu defended the increase on Tuesday, saying households would still pay less than a third of the cost.", "households would still pay less than a third of the cost", "Kerem Aydoğdu", false},
		{"a role, a name with its seat and party, then and said", "The family's MP, St Ives Liberal Democrat Andrew Tremayne, raised the petition in the Commons last month and said he would table an amendment.", "he would table an amendment", "Andrew Tremayne", false},
		{"a short second quotation after the attribution", "\"The drones, yes,\" Mykola Bondar said. \"The planes, no.\"", "The planes, no.", "Mykola Bondar", true},
		{"he in a nested quotation: the one named in the paragraph before", "The rookie had a long, animated conversation with defensive coordinator Ray Bittner on the sideline.\n\n“He came to me and said, ‘Forget it. They’re coming back to you,’” Okafor said.", "Forget it. They’re coming back to you,", "Ray Bittner", true},
		{"the statement read: its author", "When the employee, Ravi Menon (27), hesitated, he was struck twice.\n\nIn a statement read to the court by his sister, Anjali Menon, Mr Menon said he had come to Ireland in 2021.\n\n\"I was saving to bring my mother here,\" the statement read.", "I was saving to bring my mother here,", "Ravi Menon", true},
		{"writing that in a post", "Indigenous Services Minister Rachel Lavoie marked the occasion in a post on social media, writing that the lifting of the advisory was \"the result of years of hard work\".", "the result of years of hard work", "Rachel Lavoie", true},
		{"the police spokesman for a spokesperson named before", "The spokesperson of the Katsina State Police Command, Yusuf Danladi-Abdullahi, confirmed the incident on Sunday.\n\n\"Fourteen persons were confirmed dead,\" the police spokesman said.", "Fourteen persons were confirmed dead,", "Yusuf Danladi-Abdullahi", true},
		{"condemned as and a partial quote", "Governor Aminu Sani Kankara condemned the attack as \"cowardly and wicked.\"", "cowardly and wicked.", "Aminu Sani Kankara", true},
		{"a name then the role that opens the next clause", "Governor Aminu Sani Kankara condemned the attack.\n\nIn a statement signed by his Chief Press Secretary, Ibrahim Bala Yandoma, the governor said his administration would not negotiate.", "his administration would not negotiate", "Aminu Sani Kankara", false},
		{"a plural of a trade and where they are", "Graziers in Western Australia's Murchison region say they are losing hundreds of sheep a year to wild dogs.", "they are losing hundreds of sheep a year to wild dogs", "Graziers in Western Australia's Murchison region", false},
		{"a headline's quotation, then a trade and the name", "‘A school that floats is still a school’: Architect Folake Adeyemi-Hart on building for the water\n\nFolake Adeyemi-Hart designs schools.", "A school that floats is still a school", "Folake Adeyemi-Hart", true},
		{"her husband of the couple named together", "Cheryl and Dwayne Hutchins, both in their 70s, left their home on the west side of Sisters.\n\n\"We saw the smoke at lunch,\" Cheryl Hutchins said.\n\nHer husband said they had lived in the house for 31 years.", "they had lived in the house for 31 years", "Dwayne Hutchins", false},
		{"the student for the teenager the story is about", "Kai Rennick had paddled out at the northern end of the beach. From the water, the 16-year-old saw a figure go off the ledge.\n\n\"He asked me about the fish. Twice,\" the Year 11 student said.", "He asked me about the fish. Twice,", "Kai Rennick", true},
		{"a speech verb inside an organisation's name", "The Pacific Tsunami Warning Center in Hawaii said waves were possible.", "waves were possible", "the Pacific Tsunami Warning Center in Hawaii", false},
		{"they said after a sentence opening with no", "Members favor holding output, the delegates said. No final decision has been made, they said.", "No final decision has been made", "the delegates", false},
		{"they said is not the clause's singular subject", "Members favor holding output, the delegates said. The decision has not been made, they said.", "The decision has not been made", "the delegates", false},
		{"an age for whom the story turned to, not who spoke last", "Commissioner Oisin Whelan said the rules were clear. \"We acted,\" he said.\n\nSiobhan Radovic disputed the account. Speaking to reporters, the 38-year-old former engineer said the company had found no evidence.", "the company had found no evidence", "Siobhan Radovic", false},
		{"a role for the subject of the sentence before, not its other holder", "The party is led by co-chair Anna Vogel alongside Jonas Kreuzer. \"We will not sign,\" Vogel said.\n\nKreuzer struck a softer tone. Speaking in Hanover, the party co-chair said a deal was close.", "a deal was close", "Jonas Kreuzer", false},
		{"a role after the sentence before reports someone else", "District officer Ram Khadka said four people were pulled out.\n\nBir Rokaya said the villagers had asked to move. The official said the district had no money.", "the district had no money", "Ram Khadka", false},
		{"a turn after an answer to the one who asked", "Senator Margaret Oyelaran questioned the chief executive, Dana Whitford-Ruiz.\n\n\"Will the claims be paid?\" Oyelaran asked.\n\n\"Senator, every eligible claim will be paid,\" Whitford-Ruiz replied.\n\n\"Who decides what is eligible?\"", "Who decides what is eligible?", "Margaret Oyelaran", true},
		{"an answer to a question, then the one who asked", "Samira Haddad runs the pass. Kwame Boateng works the grill.\n\n\"Where's my fish for table nine?\" Haddad calls.\n\n\"Ninety seconds, chef,\" shouts Kwame Boateng from the grill.\n\n\"You said that ninety seconds ago.\"", "You said that ninety seconds ago.", "Samira Haddad", true},
		{"a question put to someone answered by the one last quoted", "Gregory Asante cross-examined Darnell Whitfield.\n\n\"I paid him in cash,\" Whitfield said.\n\nAsante began by reading from the notes of the first interview.\n\n\"You told the agents you had never given him anything. Isn't that right?\" Asante asked.\n\n\"That's what I said, yes.\"", "That's what I said, yes.", "Darnell Whitfield", true},
		{"a follow-up question after an answer to a reported question", "Jonathan Beale has led the bank since 2020.\n\nThe committee's chair, Dame Patricia Oduya, opened by asking how many customers had been compensated.\n\n\"About 380,000 have received payments,\" Beale said.\n\n\"Out of four million?\"", "Out of four million?", "Patricia Oduya", true},
		{"a quotation that names the last speaker is said to her", "\"I'd like to see the numbers before we vote,\" Councilmember Greg Pfeiffer said.\n\nCouncilmember Lena Yazzie answered him directly.\n\n\"With respect, we've seen the numbers.\"\n\n\"That's not a revenue number, Lena.\"", "That's not a revenue number, Lena.", "Greg Pfeiffer", true},
		{"after a turn said to her, her answer", "\"I'd like to see the numbers before we vote,\" Councilmember Greg Pfeiffer said.\n\nCouncilmember Lena Yazzie answered him directly.\n\n\"With respect, we've seen the numbers.\"\n\n\"That's not a revenue number, Lena.\"\n\n\"No. It's a worse one.\"", "No. It's a worse one.", "Lena Yazzie", true},
		{"a reporter's follow-up after the captain's reply", "Captain Rohan Deshpande faced the press in Chennai.\n\n\"Is Aakash fit to play back-to-back Tests?\" a reporter asked.\n\n\"He's fine. He bowled in the nets yesterday,\" Deshpande replied.\n\n\"And in the long term? There are five more Tests this season.\"", "And in the long term? There are five more Tests this season.", "a reporter", true},
		{"an answer to an unnamed reporter's question", "Henrik Aaland, 31, came into the interview room with his arm strapped.\n\n\"I felt something pull,\" he said.\n\n\"Will you play Wimbledon?\" a Danish reporter asked.\n\n\"I don't know yet.\"", "I don't know yet.", "Henrik Aaland", true},
		{"an age replying to the one the question named", "Senator Doug Pearce questioned the chief executive, Priya Ramanathan.\n\n\"She's getting the same as four years ago. Ms Ramanathan, do you think that's fair?\" Pearce said.\n\n\"I think the grower's experience is important,\" the 52-year-old replied. \"Our agreements are reviewed every year.\"", "I think the grower's experience is important,", "Priya Ramanathan", true},
		{"a turn after a reply in two parts", "Senator Doug Pearce questioned the chief executive, Priya Ramanathan.\n\n\"She's getting the same as four years ago. Ms Ramanathan, do you think that's fair?\" Pearce said.\n\n\"I think the grower's experience is important,\" the 52-year-old replied. \"Our agreements are reviewed every year.\"\n\n\"That's not an answer to the question.\"", "That's not an answer to the question.", "Doug Pearce", true},
		{"an unnamed asker's follow-up after the answer", "Celtic manager Ross McAllister faced the press.\n\nA reporter from a German newspaper asked whether the gap was now too big to close.\n\n\"I don't accept that,\" McAllister said.\n\n\"But four goals, Ross?\"", "But four goals, Ross?", "a reporter from a German newspaper", true},
		{"back and forth between two people", "Glenys and Morfydd Pugh were born 20 minutes apart.\n\n\"People ask us what the secret is,\" Glenys said.\n\n\"And there isn't one,\" said Morfydd.\n\n\"There isn't. We just get on.\"", "There isn't. We just get on.", "Glenys Pugh", true},
		{"a question asked, then the same speaker goes on", "\"We are working on it,\" Mayor Thabo Mokoena said.\n\nResidents were not convinced. Nomvula Jacobs, 58, said she had been buying water.\n\n\"Where must a pensioner get that money?\" she asked.\n\n\"The tanker comes at two in the morning.\"", "The tanker comes at two in the morning.", "Nomvula Jacobs", true},
		{"a nested quotation after a phrase of time, not a role", "Rosa Quintanilla remembered Aruna Venkatesan.\n\n\"The fourth time, she looked at it and said, 'Good. Now it is true,'\" Dr. Quintanilla said.", "Good. Now it is true,", "Aruna Venkatesan", true},
		{"a Nigerian police rank before the name", "The police spokesperson, SP Omolola Ajibade-Ogunleye, said tactical teams had been deployed.", "tactical teams had been deployed", "Omolola Ajibade-Ogunleye", false},
		{"an elder's title, then the elder", "Elder Josephine Ballantyne, 87, walked the boundary in 1958.\n\n\"My father showed me the markers,\" the elder said.", "My father showed me the markers,", "Josephine Ballantyne", true},
		{"a nationality for the subject after an opening participle", "Speaking at his press conference on Tuesday, Villa manager Aitor Larrazábal refused to confirm the deal.\n\n\"I don't talk about players from other clubs,\" the Spaniard said.", "I don't talk about players from other clubs,", "Aitor Larrazábal", true},
		{"an age with no one that age, before anyone spoke: the subject, not the one named last", "Cape Town: Kagiso Nkosi took 7 for 38, the best figures of his career, as South Africa bowled Pakistan out for 141.\n\nPakistan resumed on 96 for 4. Nkosi, who had taken two wickets on Saturday, removed Haris Qureshi lbw with the fourth ball.\n\n\"Honestly, I didn't think the pitch had much left in it,\" the 29-year-old seamer said.", "Honestly, I didn't think the pitch had much left in it,", "Kagiso Nkosi", true},
		{"a name after a dateline in mixed case opens the sentence", "Tawila, Sudan – Hawa Adam Ishaq carried her youngest daughter for most of the 60km. Her 12-year-old son, Mohamed, carried the water.\n\n\"We walked for six days,\" the 34-year-old told Al Jazeera.", "We walked for six days,", "Hawa Adam Ishaq", true},
		{"the prosecutor for an assistant US attorney", "Questioned by Assistant U.S. Attorney Meredith Kaine, Darnell Whitfield described the meetings.\n\n\"What was in the envelope?\" the prosecutor asked.", "What was in the envelope?", "Meredith Kaine", true},
		{"a name set off after a title and its place", "Later in the session, the SNP's leader in the Commons, Fiona MacAulay, said the closure had left hundreds of workers facing an uncertain Christmas.", "the closure had left hundreds of workers facing an uncertain Christmas", "Fiona MacAulay", false},
		{"a town and its state inside a long appositive", "Maya Abernathy-Cole, a planetary scientist at Brown University in Providence, Rhode Island, who was not involved in the study, said radar alone could not rule out porous rock.", "radar alone could not rule out porous rock", "Maya Abernathy-Cole", false},
		{"a statement signed by an aide is the signer's principal's", "Reacting, the Ogun State Governor, Prince Adedayo Sodipo, condemned the abduction.\n\nThe governor, in a statement signed by his Chief Press Secretary, Mr Gbenga Oduwole, said security agencies had been directed to act.", "security agencies had been directed to act", "Adedayo Sodipo", false},
		{"a company's name without the article of its product's", "Halden Labs finally showed off its smart glasses.\n\nAt a keynote, chief executive Marisol Ventura walked on stage wearing the Halden Frame, a pair of glasses.\n\nThe Frame weighs 49 grams. Halden says the display is readable in direct sunlight.", "the display is readable in direct sunlight", "Halden", false},
		{"a quotation after a sentence about someone else than the last speaker", "Marylise Duchamp leads the CFDT. Jean-Baptiste Ferrand is prime minister.\n\n\"We will hold firm,\" Ferrand said. Asked about the strike, Ms Duchamp smiled. \"We do not all have the same methods.\"", "We do not all have the same methods.", "Marylise Duchamp", true},
		{"a Malay name with binti", "Meteorologist Nurul Huda binti Kamaruddin said the monsoon had arrived with unusual force.", "the monsoon had arrived with unusual force", "Nurul Huda binti Kamaruddin", false},
		{"a Catalan name joined by i", "Junts spokesman Jordi Puigvert i Casals said his party had kept its word.", "his party had kept its word", "Jordi Puigvert i Casals", false},
		{"a Malay name, then its given names", "State police chief Mohd Zaki bin Ismail said the water rose quickly.\n\nMohd Zaki urged the public to stay off flooded roads. \"Please do not take photos at the riverbank,\" he said.", "Please do not take photos at the riverbank,", "Mohd Zaki bin Ismail", true},
		{"a senator's seat, then the name, then the surname", "Liberal senator for Tasmania Angus McTaggart, a former army officer, asked how long a veteran would wait.\n\n\"I'll be back in February,\" McTaggart said.", "I'll be back in February,", "Angus McTaggart", true},
		{"a senator's seat, then the name, then said", "Labor senator for Victoria Jane Hume said the plan had failed.", "the plan had failed", "Jane Hume", false},
		{"an office's initials given in brackets", "Attorney General for Pakistan (AGP) Tariq Mehmood Bhatti told the court the suspension was temporary.\n\nAccording to the AGP, 37 security personnel had been killed.", "37 security personnel had been killed", "Tariq Mehmood Bhatti", false},
		{"an office's initials never given", "Chief Justice Mansoor Alam Khattak heard the petition.\n\n\"Mr Rind, we have your point,\" the CJP remarked.", "Mr Rind, we have your point,", "Mansoor Alam Khattak", true},
		{"a chief financial officer as the CFO", "Chief Financial Officer Tobias Lindqvist joined the call.\n\n\"Call it a quarter,\" the CFO said.", "Call it a quarter,", "Tobias Lindqvist", true},
		{"an organisation's initials are no one's title", "The HSE is to transfer patients.\n\nSinn Féin health spokesman Niall Garvey said the figures were damning.\n\nThe HSE said patients should attend only in an emergency.", "patients should attend only in an emergency", "the HSE", false},
		{"opened the meeting by saying", "Superintendent Angela Whitcomb-Reyes said enrolment had fallen.\n\nWhitcomb-Reyes opened the meeting by saying the district had \"no good options, only less bad ones.\"", "no good options, only less bad ones.", "Angela Whitcomb-Reyes", true},
		{"a source's description, then its name", "By mid-afternoon, 137 departures had been cancelled, according to the flight-tracking service Flightradar24.", "By mid-afternoon, 137 departures had been cancelled", "Flightradar24", false},
		{"an office's possessive is no description", "Israel \"will continue to act with force,\" the Prime Minister's Office said.", "will continue to act with force,", "the Prime Minister's Office", true},
		{"a vice-chief's title before the name", "Federation of Sovereign Indigenous Nations Vice-Chief Roberta Keenatch said First Nations people were still dying in police custody.", "First Nations people were still dying in police custody", "Roberta Keenatch", false},
		{"a byline's name is no she of the story", "The last fishermen of Gardenstown\n\nby Kirsty MacLennan\n\nThe decline happened slowly. Many took the money. Morag Wiseman, who has run the village shop for 22 years, remembers the day her brother sold his.\n\n\"He came in here with the cheque and he bought a packet of mints,\" she said.", "He came in here with the cheque and he bought a packet of mints,", "Morag Wiseman", true},
		{"according to a document, someone told", "Cody Ray Pruett, 41, was arrested on Sunday.\n\nAccording to the arrest affidavit, Pruett told deputies Oakley had come at him with a shovel.", "Oakley had come at him with a shovel", "Cody Ray Pruett", false},
		{"according to a document, a company reported", "The company reported revenue of Rs 2,340 crore, according to the prospectus.", "The company reported revenue of Rs 2,340 crore", "the prospectus", false},
		{"an organisation is not its officer named after it", "The European Union's election observation mission said in a preliminary statement that voting had been peaceful.\n\n\"The credibility of the process now depends on the commission,\" the mission's chief observer, Ilse Vermeulen, told reporters.", "voting had been peaceful", "the European Union's election observation mission", false},
		{"a candidate's title before the name", "Chancellor Candidate Matthias Vogelsang arrived late.\n\n\"Every morning at about six,\" Vogelsang said.", "Every morning at about six,", "Matthias Vogelsang", true},
		{"Mrs and a shared family name, whose given name no list knows", "Cathal Moloney pleaded guilty.\n\nGiving evidence, the accused's mother, Bernadette Moloney, said her son had not slept.\n\nMrs Moloney said she had written to the family.", "she had written to the family", "Bernadette Moloney", false},
		{"he after a relative known only by relation spoke", "Marcus Bell was 15.\n\nMarcus's father, a retired truck driver, said he had stopped expecting anything from lawmakers.\n\n\"I testified three times,\" he said.", "I testified three times,", "Marcus's father", true},
		{"read from a letter, after the quotation", "Lily's mother, who has asked reporters not to use her name, read a letter she writes to her daughter every year.\n\n\"You would have been 20 this spring,\" she read, her voice steady.", "You would have been 20 this spring,", "Lily's mother", true},
		{"a decision read, by its author", "Associate Justice Cecilia Ampil-Rodriguez wrote the decision.\n\n\"The paper trail is complete. The fertilizer is not,\" the decision read.", "The paper trail is complete. The fertilizer is not,", "Cecilia Ampil-Rodriguez", true},
		{"told of a remark, someone smiled", "Josphat Tanui won in Valencia.\n\n\"He will not hold the record for long,\" rival Berhanu Woldemariam said.\n\nTold of the remark, Tanui smiled. \"He is a great champion.\"", "He is a great champion.", "Josphat Tanui", true},
		{"a given name that is also a word, once it has named someone", "Harold Brekke has farmed the land since 1961. His son, Dale Brekke, runs it now.\n\n\"Or marry in,\" Dale said.\n\nDale, who took over in 1994, said the economics were harder than ever.", "the economics were harder than ever", "Dale Brekke", false},
		{"a person described as working at a body, which ...", "Rowena Blythe, a caseworker at the charity Inquest, which supported the family, said the death was preventable.", "the death was preventable", "Rowena Blythe", false},
		{"a clause, the attribution, then a phrase about it", "A 61-year-old man was in critical condition after he was pushed onto the tracks, the police said, the latest in a string of attacks that have unsettled riders.", "A 61-year-old man was in critical condition after he was pushed onto the tracks", "the police", false},
		{"the attribution inside the clause it reports", "The mayor, the official said, had ordered an audit.", "The mayor, the official said, had ordered an audit", "the official", false},
		{"with someone remarking that", "The court suspended the order, with Chief Justice Mansoor Alam Khattak remarking that the Constitution had no off switch.", "the Constitution had no off switch", "Mansoor Alam Khattak", false},
		{"remarks as a noun after a possessive", "The governor defended his remarks in a statement on Monday. The statement said his government had acted.", "his government had acted", "the statement", false},
		{"said at a long place and time, then that", "Ng Wei Ling said at a press conference at the operator's Bishan headquarters in the afternoon that preliminary checks pointed to a fault.", "preliminary checks pointed to a fault", "Ng Wei Ling", false},
		{"corrects her", "\"He never drove,\" Claudia Vuilleumier says.\n\n\"He couldn't drive,\" Matteo Bernasconi corrects her.", "He couldn't drive,", "Matteo Bernasconi", true},
		{"two given names no list knows share a surname", "Glenys and Morfydd Pugh were born 20 minutes apart in Morriston.\n\n\"People ask us what the secret is,\" Glenys said.\n\n\"And there isn't one,\" said Morfydd.", "People ask us what the secret is,", "Glenys Pugh", true},
		{"Auntie before a given name is a title", "Glenys and Morfydd Pugh were born in Morriston.\n\n\"Auntie Glenys taught me to knit,\" said their nephew, Gareth Pugh.\n\n\"Most of the time,\" Glenys said.\n\n\"Not always,\" said Morfydd.", "Most of the time,", "Glenys Pugh", true},
		{"a given name that opens with Allah", "Allah Ditta Baloch, 52, sat by the road in Johi.\n\n\"We have been sitting on this road for 19 days,\" Baloch said.", "We have been sitting on this road for 19 days,", "Allah Ditta Baloch", true},
		{"a body's description, then its name with the", "Macau's gaming regulator, the Gaming Inspection and Coordination Bureau, said about 6,100 people work at the satellite venues.", "about 6,100 people work at the satellite venues", "the Gaming Inspection and Coordination Bureau", false},
		{"an organisation whose name opens with two fields", "Power cuts hit Johannesburg, and the Steel and Engineering Industries Federation of Southern Africa said some foundries had halted production.", "some foundries had halted production", "the Steel and Engineering Industries Federation of Southern Africa", false},
		{"the lead's unnamed woman, who ..., named in the next paragraph", "A woman from County Tyrone who has waited more than six years for a hip replacement has said she feels forgotten by the health service.\n\nPatricia McAleer, 67, from Omagh, was placed on the waiting list in 2019.", "she feels forgotten by the health service", "Patricia McAleer", false},
		{"a police force named for two counties", "Avon and Somerset Police said the car was found burnt out.", "the car was found burnt out", "Avon and Somerset Police", false},
		{"an organisation's own lower-case words after its city", "The Paris police prefecture reported 37 arrests and said 14 officers had been injured.", "14 officers had been injured", "the Paris police prefecture", false},
		{"a plural possessive inside an organisation's name", "The Berlin Tenants' Association, which represents 190,000 households, welcomed the law but said it left out new flats.", "it left out new flats", "the Berlin Tenants' Association", false},
		{"a capitalised title before a possessive role", "Chief minister's office sources said the CM had spoken to the commissioner.", "the CM had spoken to the commissioner", "Chief minister's office sources", false},
		{"a second speaker after while, with a description", "Clean Air Task Force Europe said the Parliament had \"voted to look the other way,\" while Methane Watch Europe, a coalition of NGOs, said it would ask for the data.", "it would ask for the data", "Methane Watch Europe", false},
		{"a partial quotation before while and another speaker", "Clean Air Task Force Europe said the Parliament had \"voted to look the other way,\" while Methane Watch Europe, a coalition of NGOs, said it would ask for the data.", "voted to look the other way,", "Clean Air Task Force Europe", true},
		{"a pronoun after a list of districts the gazetteer lacks", "Housing minister Winnie Ho Wing-sze announced the rules. Officials said 40,000 tenants would be rehoused, mostly in Sham Shui Po, Yau Tsim Mong and Kwun Tong.\n\nShe said the Housing Authority would build more flats.", "the Housing Authority would build more flats", "Winnie Ho Wing-sze", false},
		{"his in an appositive after a name is someone else's", "Sipho Mahlangu has died at 81. His daughter Nomvula Mahlangu-Adams said he had played every night.\n\nThe bassist Thandiwe Nkosi, the youngest member of his last quartet, said Mahlangu had been generous.\n\n\"The first time I played with him, I dropped a whole chorus,\" she said.", "The first time I played with him, I dropped a whole chorus,", "Thandiwe Nkosi", true},
		{"a name that reads as places, then a person's appositive", "Teodoro Sarmiento, the barangay captain, said the roads were blocked.\n\nJericho Dela Paz, a tricycle driver, walked four hours to reach the school. The 34-year-old said they had spent the night on a roof.\n\n\"We waited for rescue, but nobody came,\" he said.", "We waited for rescue, but nobody came,", "Jericho Dela Paz", true},
		{"Kenya's \"the CS\" for a cabinet secretary", "Energy Cabinet Secretary Daniel Kiprop Lagat said the outage began at 7pm.\n\nThe CS, who took over the ministry last year, said the grid had suffered four major outages.", "the grid had suffered four major outages", "Daniel Kiprop Lagat", false},
		{"said and a subject with its verb after a partial quotation", "Energy Cabinet Secretary Daniel Kiprop Lagat spoke first.\n\nThe CS, who has promised to end what he calls \"the era of blackouts\", said the grid had suffered four major outages.", "the era of blackouts", "Daniel Kiprop Lagat", true},
		{"an Indonesian regent's title", "Banjarnegara Regent Sutarno said the regency would move 90 families.\n\n\"We cannot wait for the next rain,\" the regent said.", "We cannot wait for the next rain,", "Sutarno", true},
		{"an Ethiopian honorific", "Ato Gemechu Tolera, a herder in Dubluk, said he had lost most of his cattle.", "he had lost most of his cattle", "Gemechu Tolera", false},
		{"the pastor for the Rev.", "The cots are lined up so close together that the Rev. Elías Montemayor has to turn sideways.\n\n\"We don't ask where they came from,\" the pastor said.", "We don't ask where they came from,", "Elías Montemayor", true},
		{"the chief for a Ghanaian Omanhene", "The Omanhene of the Dunkwa Traditional Area, Nana Kwadwo Ampem Darko II, made the demand on Saturday.\n\n\"Our river is dead,\" the chief said.", "Our river is dead,", "Kwadwo Ampem Darko II", true},
		{"an agency whose name ends in Protection", "U.S. Customs and Border Protection said agents in its Del Rio sector had encountered 1,100 migrants a day.", "agents in its Del Rio sector had encountered 1,100 migrants a day", "U.S. Customs and Border Protection", false},
		{"an acronym in brackets before the place of a spokesperson", "A spokesperson for the World Food Programme (WFP) in Addis Ababa told reporters that the agency had cut rations.", "the agency had cut rations", "a spokesperson for the World Food Programme (WFP) in Addis Ababa", false},
		{"a one-word name set off after a role", "\"This is not only a natural disaster,\" said Walhi's regional director, Fahmi.", "This is not only a natural disaster,", "Fahmi", true},
		{"a common word set off after a role is no name", "\"This is not only a natural disaster,\" said the regional director, Tuesday.", "This is not only a natural disaster,", "the regional director", true},
		{"a role subject who spoke last, asked about someone named", "Sri Lanka captain Kusal Wijesekara said the team had learned a lot.\n\n\"Today we kept attacking,\" he said.\n\nThe Sri Lanka skipper was asked about the fitness of fast bowler Asitha Perera, who left the field in the 40th over.\n\n\"He felt something in his side,\" he said.", "He felt something in his side,", "Kusal Wijesekara", true},
		{"a body's role set off after a name, then who", "Lena Haugland, Save the Children's country director for Ethiopia, who has worked in East Africa since 2008, said admissions had doubled.", "admissions had doubled", "Lena Haugland", false},
		{"as she puts it", "Samir Haddad, the state apiarist, said the cause was mites.\n\nRuth Ann Kessler learned from her father, who kept hives \"for the clover and the cussing,\" as she puts it.", "for the clover and the cussing,", "Ruth Ann Kessler", true},
		{"as one resident put it", "The village, as one resident put it, is \"a place that time forgot.\"", "a place that time forgot.", "one resident", true},
		{"a nickname alone later", "His son, Gerald \"Gerry\" Kearley, 59, has been skipper since 1996.\n\n\"The day they shut it down, I was 27,\" Gerry said.", "The day they shut it down, I was 27,", "Gerald Kearley", true},
		{"an Irish body named with An", "The farmers disagreed.\n\nAn Taisce said the latest figures showed nitrate levels were rising.", "the latest figures showed nitrate levels were rising", "An Taisce", false},
		{"an Irish body named with An after a role", "A spokesman for An Post said deliveries were late.", "deliveries were late", "a spokesman for An Post", false},
		{"a member's letters after the name", "\"Glasgow can't fix this on its own,\" said Neil Gorrie MSP.", "Glasgow can't fix this on its own,", "Neil Gorrie", true},
		{"a police constable's title", "PC Rebecca Nolan, a collision investigator, gave evidence.\n\n\"The vehicle was travelling at about 9mph,\" PC Nolan said.", "The vehicle was travelling at about 9mph,", "Rebecca Nolan", true},
		{"a firm's SA", "Banque Lémanique SA said the deal would close in March.", "the deal would close in March", "Banque Lémanique SA", false},
		{"a name set off inside a person's relative clause", "The Lagos State Governor, Mr Adekunle Bamidele Ogunsanya, visited the site.\n\nOgunsanya, who was accompanied by the Commissioner for Physical Planning, Mr Tunde Fashola-Akinwale, said the state would act.", "the state would act", "Adekunle Bamidele Ogunsanya", false},
		{"who after a person's description that ends in a body", "The court heard from PC Rebecca Nolan, a collision investigator with West Yorkshire Police, who said CCTV showed the cyclist.", "CCTV showed the cyclist", "Rebecca Nolan", false},
		{"a person of a described body", "Sanjeev Hiremath of the citizens' group Namma Metro Prayanikara Vedike said the corporation should be more honest.", "the corporation should be more honest", "Sanjeev Hiremath", false},
		{"the Cabinet Secretary is an office's holder", "Trade CS Wanjiru Kimathi defended the levy on Tuesday.\n\nThe Cabinet Secretary said the ministry would publish quarterly reports.", "the ministry would publish quarterly reports", "Wanjiru Kimathi", false},
		{"according to a role, then the name set off", "According to the General Manager of the Lagos State Building Control Agency, Mrs Omotayo Badmus-Lawal, the developer had been served a stop-work order.", "the developer had been served a stop-work order", "Omotayo Badmus-Lawal", false},
		{"the witness in a trial is who answers the lawyers", "Dariusz Nowicki, 47, was testifying for the Crown.\n\nUnder cross-examination by Natalie Brisebois, the lawyer who represents Aldous, Nowicki agreed the report had been emailed to him.\n\n\"I opened it. I didn't read it,\" he answered.\n\nBrisebois suggested it was Nowicki who had been responsible.\n\n\"That was never my job,\" the witness replied.", "That was never my job,", "Dariusz Nowicki", true},
		{"a quotation after a paragraph whose subject is a role and a verb the lists lack", "Dr Samir al-Najjar runs the emergency department.\n\nAsked what he would say to the world, the doctor paused.\n\n\"We are still here. We are still working.\"", "We are still here. We are still working.", "Samir al-Najjar", true},
		{"a name, an age and a town, then who said", "Outside the ground, supporters sang. Among them was Mary Kate Loftus, 81, from Belmullet, who said she had been at every final since 1989.", "she had been at every final since 1989", "Mary Kate Loftus", false},
		{"a title's trade before the name", "Chief Meteorologist Mohsin Ali Khattak told Dawn the heat was bad.", "the heat was bad", "Mohsin Ali Khattak", false},
		{"a chairman may be she", "LTFRB chairman Atty. Leonora Dizon-Bautista warned that operators could lose their franchises.\n\nMohsin Ali Khattak said the heat was bad.\n\nDizon-Bautista spoke again later.\n\n\"The franchise is a privilege, not a right,\" she said in a statement.", "The franchise is a privilege, not a right,", "Leonora Dizon-Bautista", true},
		{"asked for is a request", "Back in the locker room, Darnell Whitlock was still holding the ball when a team official asked for it back.\n\n\"Nah,\" he said. \"This one's going to my mom.\"", "Nah,", "Darnell Whitlock", true},
		{"asked for and words in marks", "Fonseca said he had discussed it with Finance Minister Helena Sampaio Rocha, who had asked for \"precise numbers, farm by farm\" first.", "precise numbers, farm by farm", "Helena Sampaio Rocha", true},
		{"according to a body's officials", "Civil work on the viaduct was completed last year, according to BMRCL officials.", "Civil work on the viaduct was completed last year", "BMRCL officials", false},
		{"according to a ministry's figures", "The prison population stood at 87,900 last week, according to Ministry of Justice figures.", "The prison population stood at 87,900 last week", "Ministry of Justice figures", false},
		{"the answer of the one asked whether", "Neighbour Tanya Marie Gosper, 41, told the court she had been woken by shouting.\n\n\"He was standing over him,\" she said.\n\nCrown prosecutor Danielle Ferraro asked her whether she had seen anything in his hands.\n\n\"No. Nothing. I could see his hands.\"", "No. Nothing. I could see his hands.", "Tanya Marie Gosper", true},
		{"the defence is a side in court", "Jarrod Wayne Hollis, 34, has pleaded not guilty.\n\nThe defence says Hollis went to the house to collect the money.", "Hollis went to the house to collect the money", "the defence", false},
		{"alleges without that", "Jarrod Wayne Hollis, 34, has pleaded not guilty.\n\nThe prosecution alleges Hollis attacked him after a dispute.", "Hollis attacked him after a dispute", "the prosecution", false},
		{"a Hausa honorific", "Malam Sani Dan-Asabe, a farmer in Faskari, said his wife was among those taken.", "his wife was among those taken", "Sani Dan-Asabe", false},
		{"a Member of the Senedd's letters", "\"This is heavy-handed,\" said Gareth Hoyle MS.", "This is heavy-handed,", "Gareth Hoyle", true},
		{"said over a number", "Navneet Bains said over 1,200 police personnel had been deployed.", "over 1,200 police personnel had been deployed", "Navneet Bains", false},
		{"a title's initials in brackets before the name", "Patiala senior superintendent of police (SSP) Navneet Bains visited the blockade.\n\n\"We will not allow the highway to be blocked,\" the SSP said.", "We will not allow the highway to be blocked,", "Navneet Bains", true},
		{"a Thai police rank", "Pol Col Somsak Boonyarit said the count was orderly.", "the count was orderly", "Somsak Boonyarit", false},
		{"Col as a given name", "Longreach grazier Col Hartigan said the town could not lose 230 jobs.", "the town could not lose 230 jobs", "Col Hartigan", false},
		{"a role's phrase ending in a place with a lower-case word", "A senior official at the Tanzania Petroleum Development Corporation in Dar es Salaam said the rates were fair.", "the rates were fair", "a senior official at the Tanzania Petroleum Development Corporation in Dar es Salaam", false},
		{"a name, an age and a description, then said", "Back in Kasensero, Ssemakula's son Brian Kiggundu, 29, a boda boda rider, said the family had not been paid.", "the family had not been paid", "Brian Kiggundu", false},
		{"a subject whose sentence quotes someone else's word", "\"I'm gutted,\" Katie Brennan said.\n\nElif Arslan, told later that Brennan had called her serve \"unbelievable\", smiled.\n\n\"She is kind. But she will beat me one day.\"", "She is kind. But she will beat me one day.", "Elif Arslan", true},
		{"a nationality before a name", "The race was won by Kenyan Eliud Kiprop Serem in 2:05.\n\n\"It was hard,\" Serem said.", "It was hard,", "Eliud Kiprop Serem", true},
		{"a name in -an is no nationality", "Karachi-based economist Kamran Hyder Baloch said the IMF was likely to ask for more.", "the IMF was likely to ask for more", "Kamran Hyder Baloch", false},
		{"a coroner for two places, then the name", "Assistant coroner for Wiltshire and Swindon Hannah Pryce recorded a conclusion.\n\n\"The checks were not done,\" the coroner said.", "The checks were not done,", "Hannah Pryce", true},
		{"a coroner for a place, then the name, then said", "Senior coroner for West Yorkshire Kevin Lancaster said the lorry was at fault.", "the lorry was at fault", "Kevin Lancaster", false},
		{"a nationality and a description before a body's name", "According to Swiss air quality monitor IQAir, Lahore was the most polluted city in the world.", "Lahore was the most polluted city in the world", "IQAir", false},
		{"a colon after a body's word, a title and a name", "Chief executive Bernd Kaltenbach said the cuts were painful.\n\nWorks council chairman Dirk Weinmann put it more bluntly: \"Nobody believes the word voluntary any more.\"", "Nobody believes the word voluntary any more.", "Dirk Weinmann", true},
		{"a recorder's office before the name", "The Recorder of Sheffield, Judge Philippa Crane, told jurors they must be calm.", "they must be calm", "Philippa Crane", false},
		{"a body's role set off before the name, then and said", "The GMB union's Scotland organiser, Brian McGlashan, called the decision a betrayal and said the yard would close.", "the yard would close", "Brian McGlashan", false},
		{"an office of a place set off before the name", "The Registrar of Deeds for Kerala, Anil Varghese Kurian, told reporters the transfer was lawful.", "the transfer was lawful", "Anil Varghese Kurian", false},
		{"put it to someone that", "Daniel Ashworth, 33, denies murder.\n\nCross-examining him, Rosalind Meyer KC, prosecuting, put it to Ashworth that CCTV footage showed him \"swinging a punch\" before Mr Brereton fell.", "swinging a punch", "Rosalind Meyer", true},
		{"a turn said to the last speaker after put it to", "Daniel Ashworth, 33, denies murder.\n\nCross-examining him, Rosalind Meyer KC, prosecuting, put it to Ashworth that CCTV footage showed him \"swinging a punch\" before Mr Brereton fell.\n\n\"That is not what happened,\" Ashworth replied.\n\n\"You have seen the footage, Mr Ashworth. Your right arm comes up.\"", "You have seen the footage, Mr Ashworth. Your right arm comes up.", "Rosalind Meyer", true},
		{"a name, an age in brackets and a long description, then said", "Dattatray Salunkhe (67), a retired mill worker who has led the residents' committee since the demolition, said at least 38 residents had died.", "at least 38 residents had died", "Dattatray Salunkhe", false},
		{"a name and a title of a body, then who said", "Then came Amir Hosseini, chairman of the Leigh-upon-Mendip parish council, who said the village school sat on the main lorry route.", "the village school sat on the main lorry route", "Amir Hosseini", false},
		{"an office of two fields set off before the name", "But the Deputy Minister for Works and Transport, Mr David Nyalandu, dismissed the claims as \"politics\", saying arbitration was standard.", "arbitration was standard", "David Nyalandu", false},
		{"local radio reported", "Some strikers blocked the road up to the mine with burning tyres early on Tuesday, local radio reported.", "Some strikers blocked the road up to the mine with burning tyres early on Tuesday", "local radio", false},
		{"a role ending in initials in brackets, then the name set off", "The secretary general of the Dock Workers Union of Tanzania (Dowuta), Ms Rehema Mwakyusa, said the union had written three times.", "the union had written three times", "Rehema Mwakyusa", false},
		{"said this would", "The party spokesperson, Ms Fatma Ally Haji, said the deal was bad.\n\nShe said this would put the country at a disadvantage.", "this would put the country at a disadvantage", "Fatma Ally Haji", false},
		{"Ms opening a sentence is a title", "Ms Fatma Ally Haji spoke first. She said the deal would put the country at a disadvantage.", "the deal would put the country at a disadvantage", "Fatma Ally Haji", false},
		{"the state before a body's name", "A spokesperson for the state Public Education Department said at least six districts had received similar calls.", "at least six districts had received similar calls", "a spokesperson for the state Public Education Department", false},
		{"a share of a group", "In a Gallup Korea survey released last week, 64 percent of respondents said they backed the increase.", "they backed the increase", "64 percent of respondents", false},
		{"a share of a group, per cent", "About 40 per cent of voters said they would stay home.", "they would stay home", "40 per cent of voters", false},
		{"a statement signed by an office of two fields and its holder", "The Lagos State Government, in a statement signed by the Commissioner for Information and Strategy, Gbenga Omotoso, said the state was working closely with the ministry.", "the state was working closely with the ministry", "the Lagos State Government", false},
		{"a body named for a place, then its initials", "Only short sections were running, with Transport for London (TfL) warning that services would be disrupted until Friday.", "services would be disrupted until Friday", "Transport for London", false},
		{"a subject with a relative clause after a dateline, then told", "WAILUKU, Hawaii (AP) — A woman who lost her mother and her home in the fire that destroyed Lahaina told a county inquiry on Tuesday that no one warned her street.", "no one warned her street", "a woman", false},
		{"the Houston-born athlete", "Keisha Dunmore took bronze in 53.1 seconds.\n\n\"Coming here, I thought I'd be happy with a final,\" said the Houston-born athlete.", "Coming here, I thought I'd be happy with a final,", "Keisha Dunmore", true},
		{"a lead's subject sued by someone, named next", "Journalist tells libel trial she checked every line\n\nA journalist being sued for libel by a property developer told the High Court she had checked every line of her article.\n\nRachel Ostrowski, 44, was giving evidence on the third day of the trial.", "she had checked every line of her article", "Rachel Ostrowski", false},
		{"the reporter for a journalist", "Freelance journalist Rachel Ostrowski gave evidence.\n\nDeveloper Adrian Felsted watched from the back.\n\n\"I did not write the headline,\" the reporter said.", "I did not write the headline,", "Rachel Ostrowski", true},
		{"a family name that is also a town, then who", "Zhenhua president Gao Yunfei said prices would fall.\n\nGao, who spent 14 years at SAIC before joining the company, said the cuts were sustainable.", "the cuts were sustainable", "Gao Yunfei", false},
		{"residents of places say", "Residents of apartment complexes along the Outer Ring Road and in Whitefield say private tanker operators have tripled their prices.", "private tanker operators have tripled their prices", "Residents of apartment complexes along the Outer Ring Road and in Whitefield", false},
		{"she said after a judge asked her by name", "Rachel Ostrowski, 44, gave evidence.\n\nJudge Eleanor Harcourt asked Ms Ostrowski whether the developer had been given a chance to respond.\n\n\"They did. Twice,\" she said.", "They did. Twice,", "Rachel Ostrowski", true},
		{"only a first name given", "Rosa Elvira Quiñónez showed her feet.\n\nHis neighbor, an elderly woman who gave only her first name, Aurora, sat on a plastic chair.\n\n\"I have lived here 71 years,\" she said.", "I have lived here 71 years,", "Aurora", true},
		{"identified only as", "A woman who identified herself only as Deb, a resident for 30 years, spoke next.\n\n\"Nobody lives there,\" she said.", "Nobody lives there,", "Deb", true},
		{"the answer of the one questioned, who had not spoken", "Panel member Celeste Ordoñez then questioned the county's acting administrator, Bryce Kamaka, about the sirens.\n\n\"Was there anyone who had the authority to sound them?\" Ordoñez asked.\n\n\"Yes, ma'am. There were two people who could have.\"", "Yes, ma'am. There were two people who could have.", "Bryce Kamaka", true},
		{"the answer of the one a speaker turned to", "The first speaker, Dana Kowalczyk, read a passage aloud.\n\n\"You won't let me read it here,\" Kowalczyk said.\n\nShe was followed by Marcus Oyelaran.\n\n\"Nobody is making your son read anything,\" Oyelaran said, turning briefly toward Kowalczyk. \"You can choose for your kid.\"\n\n\"I'm not choosing for your kid. I'm asking the school not to choose for mine.\"", "I'm not choosing for your kid. I'm asking the school not to choose for mine.", "Dana Kowalczyk", true},
		{"a name and its description after a long opening adjunct", "At a public meeting in the parish hall on Thursday night, attended by about 200 people, Orla Keane, a retired nurse, said the village was \"losing its heart\".", "the village was \"losing its heart\"", "Orla Keane", false},
		{"a name set off after a colleague in a place", "Q&A: Seismologist Clara Moutinho on the next big quake\n\nQ: Can we predict earthquakes?\n\nA: No. My colleague in Lisbon, Dr. Ana Pires, likes to say that prediction without data is \"reading tea leaves.\" I agree.", "reading tea leaves.", "Ana Pires", true},
		{"a name that belongs to the opener, then the pronoun subject", "Dr Helen Ashby gave evidence on Monday.\n\nUnder cross-examination by the council's barrister, Tomás Leary KC, she accepted that the figures were wrong, but said the error was minor.", "the error was minor", "Helen Ashby", false},
		{"a saint's name inside a university's", "Political analyst Mariel Cordero of the University of St. La Salle said the recount was unlikely to change the outcome.", "the recount was unlikely to change the outcome", "Mariel Cordero", false},
		{"she after another woman who spoke", "Relatives waited outside.\n\nRosa Elena Puente, 61, said her son had been killed.\n\n\"We bury them,\" Puente said.\n\nAnother woman, who asked not to be named, said her brother was missing.\n\n\"Nobody can tell us anything,\" she said.", "Nobody can tell us anything,", "another woman", true},
		{"a speech verb used as a noun inside a group", "Older members of the claim group said the ruling had come too late.", "the ruling had come too late", "Older members of the claim group", false},
		{"a body's record after according to", "Ethiopia has more than 30 runners serving bans, according to the AIU's public list of banned athletes.", "Ethiopia has more than 30 runners serving bans", "the AIU's public list of banned athletes", false},
		{"a French body's name with des", "The Comité Interprofessionnel des Vins de Provence, the region's trade body, has estimated that sales will fall by a fifth.", "sales will fall by a fifth", "the Comité Interprofessionnel des Vins de Provence", false},
		{"a GP practice that speaks, after only", "Villagers face a 40-minute drive after their only GP practice said it could no longer find doctors.", "it could no longer find doctors", "their only GP practice", false},
		{"a detective sergeant's DS", "DS Fiona Lockhart told the court she had searched the flat.\n\n\"That is correct,\" DS Lockhart said.", "That is correct,", "Fiona Lockhart", true},
		{"a mayor pro tem", "Mayor Pro Tem Delia Okafor-Ruiz said booing was not allowed.", "booing was not allowed", "Delia Okafor-Ruiz", false},
		{"Mama before a full name, then with the given name", "Her aunt, Mama Tolu Bakare, laughed.\n\n\"She always wins,\" Mama Tolu said.", "She always wins,", "Tolu Bakare", true},
		{"Mama with the one name she gave", "A woman who gave her name only as Mama Hauwa said she hid in a maize farm.", "she hid in a maize farm", "Mama Hauwa", false},
		{"a group called by its name", "A group called Parents for Safer Streets said it would appeal the decision.", "it would appeal the decision", "Parents for Safer Streets", false},
		{"a number of a body's staff after according to", "Lobbying on the bill intensified in the final two weeks, according to two Senate aides.", "Lobbying on the bill intensified in the final two weeks", "two Senate aides", false},
		{"a headline's family says, with no article", "Swimmer fought off shark near Byron Bay, family says, as beaches close\n\nA man was hurt on Sunday.", "Swimmer fought off shark near Byron Bay", "family", false},
		{"a name, a town, then whose", "Karen Whitworth, from Halifax, whose daughter Florence died at the unit in 2022, said she had learned of other deaths only through a parents' group.", "she had learned of other deaths only through a parents' group", "Karen Whitworth", false},
		{"a headline's name and a colon before the quotation", "Lindgren: \"I attacked because my legs were empty\"\n\nSofie Lindgren won the world title on Sunday.", "I attacked because my legs were empty", "Sofie Lindgren", true},
		{"a name, an age and a description ending in a town and its state", "Dolores Reyna, 71, a retired teacher from Stockton, California, said she had lost nearly all of her savings.", "she had lost nearly all of her savings", "Dolores Reyna", false},
		{"a trade after a headline's colon", "Q&A: Glaciologist Petra Lindqvist on the melting Alps\n\nQ: What is happening?\n\nA: The ice is going faster than we thought.", "The ice is going faster than we thought.", "Petra Lindqvist", false},
		{"officials in a named department after according to", "According to officials in the Punjab irrigation department, the first phase of the canal is expected to be finished by the end of next year.", "the first phase of the canal is expected to be finished by the end of next year", "officials in the Punjab irrigation department", false},
		{"two groups after according to", "The gunmen blocked the road near the village and opened fire on vehicles, according to witnesses and security sources.", "The gunmen blocked the road near the village and opened fire on vehicles", "witnesses and security sources", false},
		{"the name everyone calls someone", "The diner is run by Bartolomeo Ferrante, 68.\n\nBartolomeo, whom everyone calls Bart, opened it in 1979.\n\n\"Nobody leaves hungry,\" Bart says.", "Nobody leaves hungry,", "Bartolomeo Ferrante", true},
		{"a clause, then according to a name and a long description", "The timing was deliberate, according to Sato Kenji, a former currency official at the ministry who now runs a research firm.", "The timing was deliberate", "Sato Kenji", false},
		{"records compiled by a firm show, after the clause", "The cost of insuring against a weaker won rose to its highest since March, options data compiled by Refinitiv show.", "The cost of insuring against a weaker won rose to its highest since March", "options data compiled by Refinitiv", false},
		{"a spokesman for a described union named after its kind", "A spokesman for the liberal union ACLVB said drivers were being blamed for the breakdowns.", "drivers were being blamed for the breakdowns", "a spokesman for the liberal union ACLVB", false},
		{"a clause with a place, then a name said", "Gail Ostrander, the county emergency manager, spoke on Sunday. Three of the deaths were in Dallas County, Ostrander said.", "Three of the deaths were in Dallas County", "Gail Ostrander", false},
		{"a name set off after a role, with a one-word trade before it", "Counsel for the residents, advocate Meera Deshpande, said they would seek an inspection of the lake.", "they would seek an inspection of the lake", "Meera Deshpande", false},
		{"a Balinese name set off after a role", "The head of the disaster agency, I Wayan Suarta Dharma, stated that 5,000 residents would be moved.", "5,000 residents would be moved", "I Wayan Suarta Dharma", false},
		{"a Balinese name after a title", "Bali Governor I Nyoman Adi Pratama asked tourists not to cancel their trips.\n\n\"Bali is safe,\" Pratama said.", "Bali is safe,", "I Nyoman Adi Pratama", true},
		{"an officer-in-charge", "Tongi Police Station's Officer-in-Charge Mohammad Rafiqul Islam said a case would be filed.", "a case would be filed", "Mohammad Rafiqul Islam", false},
		{"an Akan elder's Opanin", "Opanin Kwabena Owusu Ansah, a farmer, said the disease had destroyed half his farm.", "the disease had destroyed half his farm", "Kwabena Owusu Ansah", false},
		{"saying, then a subject and a quotation", "The city will double its entry fee for day-trippers, Mayor Chiara Bellini announced on Tuesday, saying the old town \"cannot be a museum with a turnstile\".", "the old town \"cannot be a museum with a turnstile\"", "Chiara Bellini", false},
		{"and said, then a name that opens the clause", "Mertens, speaking at her press conference later, said she had \"run out of legs\" in the third set, and said Alvarez had \"played like a top-ten player\" for the final hour.", "played like a top-ten player", "Mertens", true},
		{"an office in a town after according to", "One tornado was rated EF2, according to the weather service's office in Paducah.", "One tornado was rated EF2", "the weather service's office in Paducah", false},
		{"a body in a town and its state, set off", "The Space Weather Prediction Center in Boulder, Colorado, said more storms were possible on Monday across the northern states.", "more storms were possible on Monday across the northern states", "the Space Weather Prediction Center in Boulder, Colorado", false},
		{"officials of a body's division", "Officials of the council's parks division, however, maintained that the pond was safe for children.", "the pond was safe for children", "Officials of the council's parks division", false},
		{"a feature's present-tense admits", "Gareth Morgan farms near Bala.\n\nGareth admits he has no patience for the forms.", "he has no patience for the forms", "Gareth Morgan", false},
		{"a trade near a town", "A fisherman near Kilrush said the catch was down by half this year.", "the catch was down by half this year", "a fisherman near Kilrush", false},
		{"a split quotation after a group that asked for something", "\"The road is a highway with houses next to it,\" said Nadia Qureshi, a spokesperson for the group Safe Streets Peel, which has asked the city for protected bike lanes since 2019. \"Until the city acts, people will keep dying.\"", "Until the city acts, people will keep dying.", "Nadia Qureshi", true},
		{"an employee in a named office", "\"By nine I did not have a laptop,\" said a senior engineer in the Denver office.", "By nine I did not have a laptop,", "a senior engineer in the Denver office", true},
		{"an unnamed official whose clause hides them", "A council official who spoke on condition of anonymity because he was not authorised to discuss the matter said the council knew of the complaints.", "the council knew of the complaints", "a council official", false},
		{"an unnamed source whose clause describes them", "A fund manager who is not in the creditor group said the company still had valuable land in the south.", "the company still had valuable land in the south", "a fund manager who is not in the creditor group", false},
		{"two groups open the sentence", "Farmers and economists say the drought is only partly about rain.", "the drought is only partly about rain", "Farmers and economists", false},
		{"a nested quotation of a given name set off after a role", "\"My coach, Tomas, he only tells me one thing. He says, 'Breathe and hit.' That is it,\" Novak said.", "Breathe and hit.", "Tomas", true},
		{"a nested he after an unnamed role in the paragraph before", "Her neighbour, Dale Rooney, stayed to hose down his roof until a deputy pulled into his driveway.\n\n\"He said, 'Sir, I am not asking,'\" Rooney said.", "Sir, I am not asking,", "a deputy", true},
		{"you said, inside an answer to the other speaker", "Ingrid Dahl and Maren Tvedt spoke together.\n\n\"She told me to go top corner,\" Dahl said.\n\n\"I said go where you want,\" Tvedt said.\n\n\"That is not what you said,\" Dahl said, laughing. \"You said, 'Do not dare go low.'\"", "Do not dare go low.", "Maren Tvedt", true},
		{"a transcript label that is the surname of a name a town has too", "Hiroshi Kurume won a chaotic race on Saturday.\n\nQ: When did you know you had enough energy?\n\nKURUME: Only with two laps to go. Then I passed everybody.", "Only with two laps to go. Then I passed everybody.", "Hiroshi Kurume", false},
		{"a name set off after a long role in a country", "The company's vice president for corporate affairs in Chile, Rodrigo Fuentes Aravena, said it had paid for every hectare it used.", "it had paid for every hectare it used", "Rodrigo Fuentes Aravena", false},
		{"the first name a speaker asked to be used", "Another mother, who asked that only her first name, Latoya, be used because she feared for her son, said the inmates had complained for months about the food.", "the inmates had complained for months about the food", "Latoya", false},
		{"a contact clause's subject says", "Hungary has built a second fence, a measure the government in Budapest says is needed to stop smuggling gangs from crossing.", "is needed to stop smuggling gangs from crossing", "the government in Budapest", false},
		{"a Nigerian architect's Arc.", "The General Manager of the agency, Arc. Tunde Adebayo, confirmed that the building was among 41 structures served with notices last year.", "the building was among 41 structures served with notices last year", "Tunde Adebayo", false},
		{"a speech verb as a noun opening the clause", "Siobhan Walsh is a ward sister. Ms Walsh said reports would not fix the problem on the wards.", "reports would not fix the problem on the wards", "Siobhan Walsh", false},
		{"a lower-case arc. ends its sentence", "It was a long story arc. The next season begins in May, the network said.", "The next season begins in May", "the network", false},
		{"a coroner in the lead, titled later, though counsel assists the coroner", "A state coroner has found that delays in ambulance response contributed to the death of a young mother.\n\nCoroner Ingrid Lazaro handed down her findings on Friday.\n\nCounsel assisting the coroner, Petra Nolan, told the court the calls were coded wrongly.", "delays in ambulance response contributed to the death of a young mother", "Ingrid Lazaro", false},
		{"two officials at a named ministry, who asked not to be named", "Flows fell to almost nothing on Sunday, according to two officials at the Regional Government's Ministry of Water Resources who asked not to be named.", "Flows fell to almost nothing on Sunday", "two officials at the Regional Government's Ministry of Water Resources", false},
		{"a headline's initials of an office", "Flood aid to reach 200,000 homes, says PM\n\nPrime Minister Tomasi Vatuvei announced the programme on Monday.", "Flood aid to reach 200,000 homes", "Tomasi Vatuvei", false},
		{"evidence from a body after according to", "According to evidence from the Department of Conservation, the river had risen by a metre in two hours.", "the river had risen by a metre in two hours", "evidence from the Department of Conservation", false},
		{"players complain that", "Some older players complain that prize money has not kept up with costs.", "prize money has not kept up with costs", "Some older players", false},
		{"say this season's", "Rice farmers say this season's harvest is the worst in decades.", "this season's harvest is the worst in decades", "Rice farmers", false},
		// Guards from a review: rules kept from reaching further than they should.
		{"asked a minister for a department", "\"Who will pay for this?\" asked the Minister for Health, Jan Byrne.", "Who will pay for this?", "Jan Byrne", true},
		{"agreed a budget was, a clause", "Ana Lima, the finance minister, spoke on Monday. Ana Lima agreed the budget was too tight.", "the budget was too tight", "Ana Lima", false},
		{"a generic you say inside a quotation", "Jane Doe spoke first. \"We will see,\" Doe said.\n\n\"As a farmer, you say, 'next year will be better,'\" said Tom Ngugi.", "next year will be better,", "", true},
		{"a group along a border", "Farmers along the border in Kano say the harvest has failed for the second year.", "the harvest has failed for the second year", "Farmers along the border in Kano", false},
		{"a man who, with a nested that", "A man who lost his home in the fire that swept through the town last year said the council had done nothing.", "the council had done nothing", "a man", false},
		{"local farmers and traders", "The drought is worsening, according to local farmers and traders.", "The drought is worsening", "local farmers and traders", false},
		{"a surname that is an org word", "\"We were better,\" said Bruce Arena, the coach.", "We were better,", "Bruce Arena", true},
		{"a party's deputy after a TD", "Local TD Ciarán Mac Giolla, who has raised the hospital's problems many times, called it a scandal.\n\n\"Every minister comes down here and promises beds,\" the Sinn Féin deputy said.", "Every minister comes down here and promises beds,", "Ciarán Mac Giolla", true},
		{"a relative the next paragraph names by the family's surname", "Nora Keane, 79, spent two nights on a trolley last week after a fall at home, her son told the Examiner.\n\n\"She is a proud woman,\" said Declan Keane, who drove from Cork to be with her.", "Nora Keane, 79, spent two nights on a trolley last week after a fall at home", "Declan Keane", false},
		{"a surname joins a name set off by \"the\" and a role", "Practice ended early.\n\nKez Thatcher, the veteran linebacker who made nine tackles, sat by his locker.\n\n\"We were slow,\" Thatcher said.", "We were slow,", "Kez Thatcher", true},
		{"a trade before a given name no list has opens the sentence", "Wool prices fell again.\n\nGrazier Tamati Ruawai, who has worked the district for 30 years, said wool prices had halved.\n\n\"It's grim,\" Ruawai said.", "It's grim,", "Tamati Ruawai", true},
		{"a party's member before a given name that is a place too", "The Liberal Democrat Isla Pennock, whose Moray seat lost its last branch in March, said the bank had broken its word.\n\n\"They promised,\" she said.", "They promised,", "Isla Pennock", true},
		{"a given name that is a town after a title", "Energy Cabinet Secretary Aden Mohamed Farah, speaking in Garissa, denied the reports.\n\n\"Nothing is for sale,\" Mohamed Farah said.", "Nothing is for sale,", "Aden Mohamed Farah", true},
		{"saying, a subject, then a quotation that opens with a verb in the present", "Mayor Ines Kariuki urged both sides to settle quickly, saying the town's economy \"lives and dies with the ferry\".", "the town's economy \"lives and dies with the ferry\"", "Ines Kariuki", false},
		{"saying, a subject, then a quotation that opens with a past tense", "Kariuki, 41, also defended the decision to close the road, saying the bridge \"looked unsafe and it was the right call\".", "the bridge \"looked unsafe and it was the right call\"", "Kariuki", false},
		{"a conjunction before a group that speaks", "Cocoa futures in London rose slightly on Friday, though dealers said one dry week was unlikely to hurt the crop.", "one dry week was unlikely to hurt the crop", "dealers", false},
		{"another, a nationality, a role and a place", "Another Nordic diplomat in Nairobi said the talks had stalled.", "the talks had stalled", "another Nordic diplomat in Nairobi", false},
		{"a bank named in one compound word is no person", "Another analyst, Petra Imhof of Bündner Kantonalbank, was more relaxed. She said the bank's capital was ample.", "the bank's capital was ample", "Petra Imhof", false},
		{"a role, then \"that year\", before the verb", "The band won in 1971. The judge that year called its set \"the loudest thing in Wales\".", "the loudest thing in Wales", "the judge", true},
		{"a partial quotation with its own pronoun tail inside a reported clause", "Premier Mona Tallcree spoke after midnight. She said schools came first. A new minister will be named \"within a few days,\" she added.", "within a few days,", "Mona Tallcree", true},
		{"a short lead, then \"he says\" set off by commas: the whole sentence", "Salvatore Greco runs the trawler. Last winter, he says, the boat made money in only three months.", "Last winter, he says, the boat made money in only three months", "Salvatore Greco", false},
		{"a clause, then \"traders said\", then why", "Cocoa futures rose 3% in London on Friday, traders said, following reports of disease in Ghana.", "Cocoa futures rose 3% in London on Friday", "traders", false},
		{"a nested quotation after someone heard shouting it", "\"I knew every dog on the round,\" Winston Achebe said in the statement. \"Now I wake up hearing the delivery driver shouting 'stay down, stay down'.\"", "stay down, stay down", "the delivery driver", true},
		{"a source published at a time, then by whom", "About a third of the city's water leaks from its pipes, according to a study published last year by the University of Lagos.", "About a third of the city's water leaks from its pipes", "a study published last year by the University of Lagos", false},
		{"an organisation whose name opens with its word", "At least 40 people have died at the border since 2022, according to Grupa Mosty.", "At least 40 people have died at the border since 2022", "Grupa Mosty", false},
		{"a party's member for the MP just named", "The local MP, Rhiannon Teague, said she had written to the minister. The Liberal Democrat, who won the seat in 2019, described the cut as \"a hammer blow to the harbour\".", "a hammer blow to the harbour", "Rhiannon Teague", true},
		{"a trade before a company's name with of", "Ferry operator Red Funnel of Southampton said bookings had fallen by 8%.", "bookings had fallen by 8%", "Red Funnel of Southampton", false},
		{"a trade, one name and an age", "Behind the seawall, fisherman Sukarjo, 61, showed the doorway of his house.\n\n\"Three times I raised the floor,\" he said.", "Three times I raised the floor,", "Sukarjo", true},
		{"a trade opening the sentence, one name and an age", "Boatbuilder Sukarjo, 61, showed the doorway of his house.\n\n\"Three times I raised the floor,\" he said.", "Three times I raised the floor,", "Sukarjo", true},
		{"a clause that opens with a speech verb's -ing form as its noun's modifier", "Miners said warning lights had flashed for weeks.", "warning lights had flashed for weeks", "Miners", false},
		{"a titled name with its seat opens the sentence, then a second verb", "Independent TD for Mayo Gráinne Culhane called the decision \"a betrayal\" and said the Government had failed the west.", "the Government had failed the west", "Gráinne Culhane", false},
		{"a title of a body with a possessive in its name, then the name set off", "The chief executive of the Irish South West Farmers' Federation, Bríd Ó Conaill, said the scheme was late.", "the scheme was late", "Bríd Ó Conaill", false},
		{"an opener, a titled surname, an age and a relative clause", "Graham Pryce drove the tipper truck.\n\nGiving evidence on Monday, Mr Pryce, 61, who has driven lorries since 1988, said he had checked both mirrors.", "he had checked both mirrors", "Graham Pryce", false},
		{"with a company saying", "Guards walked out on Monday, with Northern saying it would run one train in four.", "it would run one train in four", "Northern", false},
		{"estimates, a subject and a past tense; a body with a plural possessive and of", "The Maize Growers' Association of Zambia (MGA) estimates the industry lost about K900 million last season, and its chief executive, Mutale Banda, said the delays had hurt exports.", "the industry lost about K900 million last season", "the Maize Growers' Association of Zambia", false},
		{"..., and its chief executive, a name, said", "The Maize Growers' Association of Zambia (MGA) estimates the industry lost about K900 million last season, and its chief executive, Mutale Banda, said the delays had hurt exports.", "the delays had hurt exports", "Mutale Banda", false},
		{"has forecast that", "The Met Office has forecast that storms will reach the west coast by Friday.", "storms will reach the west coast by Friday", "the Met Office", false},
		{"the forecast, a noun, said", "The forecast said rain would come by noon.", "rain would come by noon", "the forecast", false},
		{"according to a body of another body", "Angola pumped 1.1 million barrels a day in June, according to the Organization of the Petroleum Exporting Countries.", "Angola pumped 1.1 million barrels a day in June", "the Organization of the Petroleum Exporting Countries", false},
		{"a name, an aside between dashes, then who and the verb", "MLA Ravi Shukla — no relation to the board's chairman — who represents Kanpur East, said the government had failed the city.", "the government had failed the city", "Ravi Shukla", false},
		{"a clause, then \"the authority has said\", then even as", "The last phase will go ahead in May, the National Transport Authority has said, even as commuters complain of delays.", "The last phase will go ahead in May", "the National Transport Authority", false},
		{"a group in a list of places", "Families in Newport, Caerleon and Usk say the buses are full by seven.", "the buses are full by seven", "Families in Newport, Caerleon and Usk", false},
		{"a body's description, then its one-word name set off", "The National Mining and Geology Service, Sernageomin, said four mines had stopped work.", "four mines had stopped work", "Sernageomin", false},
		{"an adjective and a trade open the sentence, then a name of a body", "Marine biologist Carmen Aravena of the Universidad Austral de Chile in Valdivia said the water was too warm.", "the water was too warm", "Carmen Aravena", false},
		{"a ruler's title and domain, then the name set off", "The Sarkin Kuje, Alhaji Musa Danladi, said the village had not been warned.", "the village had not been warned", "Musa Danladi", false},
		{"according to her", "Halima Yusuf, a trader, lost her stall. According to her, residents had gone to court in March.", "residents had gone to court in March", "Halima Yusuf", false},
		{"two given names that a list knows may be another man than the fuller name", "Police charged Rhys Owen Davies, 34, with assault. A neighbour, Rhys Owen, said he had heard shouting from the flat.", "he had heard shouting from the flat", "Rhys Owen", false},
		{"a party's member is the one the text gave that party, not the last person", "Senator Ted Cruz criticised Governor Gavin Newsom. The Republican said the state was failing.", "the state was failing", "Ted Cruz", false},
		{"a party's member no office names stays a role", "Lars Klingbeil met Chancellor Friedrich Merz on Monday. The Social Democrat said the coalition would hold.", "the coalition would hold", "the Social Democrat", false},
		{"a clause, then officials said, then a noun phrase with a superlative", "Five villages were flooded, officials said, the worst hit in the region.", "Five villages were flooded", "officials", false},
		{"a city's officer before the name", "Deputy Commissioner Lahore Rafia Haider said the market would close.", "the market would close", "Rafia Haider", false},
		{"a rank before a surname and who", "Col Harding, who commanded the battalion, said the patrol had been ambushed.", "the patrol had been ambushed", "Harding", false},
		{"a party's plural possessive, a role, a name with letters, then and said", "The Scottish Conservatives' education spokesperson, Fiona Drummond MSP, called the plan \"a mess\" and said parents had not been asked.", "parents had not been asked", "Fiona Drummond", false},
		{"the traditional ruler after a ruler's title, domain and name", "The Sarkin Kuje, Alhaji Musa Danladi, however, described the demolition as \"wicked\".\n\n\"We are not squatters,\" the traditional ruler said.", "We are not squatters,", "Musa Danladi", true},
		{"a body named for its country after an office's word", "Health New Zealand said waiting times had improved slightly.", "waiting times had improved slightly", "Health New Zealand", false},
		{"the centre speaks as written, not its forecaster", "Forecaster Owen Reyes of the Colorado Avalanche Information Center warned skiers on Friday.\n\nThe center said a weak layer had produced several slides.", "a weak layer had produced several slides", "the center", false},
		{"a tail's pronoun is not the one its clause talks about", "Coach Glenn Harwood said the defence had let them down.\n\nWinger Tama Rewi was also being assessed for a shoulder injury, he said.", "Winger Tama Rewi was also being assessed for a shoulder injury", "Glenn Harwood", false},
		{"a parenthetical's pronoun is the sentence's subject", "Owain Pritchard, 56, took over the farm in 1998, when prices were, he says, \"almost respectable\".", "almost respectable", "Owain Pritchard", true},
		{"accepted that", "Under cross-examination, Mr Rourke accepted that the gate should have been closed.", "the gate should have been closed", "Rourke", false},
		{"a company's initials and Ltd set off after its full name", "The Ghana National Petroleum Corporation Limited, GNPC Ltd, said supply was normal.", "supply was normal", "GNPC Ltd", false},
		{"a nation's noun for the one whose description places them there", "Pierre Lemaire, the 29-year-old forward from Lyon, scored twice. Rookie Jalen Booker added 18.\n\n\"He passes when I am open,\" Booker said.\n\n\"Only when you are open,\" the Frenchman replied.", "Only when you are open,", "Pierre Lemaire", true},
		{"a clause, then a trade, a title and a name, then said", "Tests found a high level of alcohol in his blood, pathologist Dr Meera Kulkarni said.", "Tests found a high level of alcohol in his blood", "Meera Kulkarni", false},
		{"according to a body whose name is a word of a place", "Exports rose 4%, according to Wines of Argentina.", "Exports rose 4%", "Wines of Argentina", false},
		{"a nation after \"the first\" is no name", "Kalani Fonoti beat Teodor Brask to become the first Samoan woman to win the title.\n\n\"It was hard,\" Fonoti said.\n\nThe key moment, the Samoan said, came in the third round.", "The key moment, the Samoan said, came in the third round", "Kalani Fonoti", false},
		{"an age for the one the story turns back to", "Oskar Lindqvist leads the race, but on the rest day the Swede insisted he was taking nothing for granted.\n\nLindqvist, who leads Marco Bellandi by a minute, spoke in the car park.\n\n\"It is not safe yet,\" the 29-year-old said.", "It is not safe yet,", "Oskar Lindqvist", true},
		{"Miss before a surname is a title", "Procurator fiscal depute Aileen Strachan said the goods were never found.\n\n\"She was known to staff,\" Miss Strachan said.", "She was known to staff,", "Aileen Strachan", true},
		{"an office of a body, then a titled name", "The cathaoirleach of Kerry County Council, Cllr Aine Fitzmaurice, said in a statement that the town had lost \"a true gentleman\".", "a true gentleman", "Aine Fitzmaurice", true},
		{"the paragraph's subject, though a name list guessed the other gender", "Imran Qureshi, who sells fabric, said sales had halved. \"What did I burn?\" he said.\n\nHis neighbour, Rana Iftikhar, who runs a shoe shop, was calmer. \"My grandson coughs all night,\" he said.", "My grandson coughs all night,", "Rana Iftikhar", true},
		{"a refusal in a relative clause does not negate the verb", "Mayo County Council, which recommended that the licence be refused, said in its submission that the quarry would cause \"serious injury\" to the area.", "serious injury", "Mayo County Council", true},
		{"a ministry named by its portfolios, commas and all", "Rents rose 9 per cent in June, according to figures released by the Ministry of Housing, Communities and Local Government.", "Rents rose 9 per cent in June", "figures released by the Ministry of Housing, Communities and Local Government", false},
		{"a body named with \"and\" after according to", "The dam will hold 40 million cubic metres, according to Sharjah Electricity and Water Authority, known as Sewa.", "The dam will hold 40 million cubic metres", "Sharjah Electricity and Water Authority", false},
		{"a role, then a party, an office and the name", "\"Order. Let the witness answer,\" the chair, Greens senator Harriet Lomax, said.", "Order. Let the witness answer,", "Harriet Lomax", true},
		{"a spokesperson for an office-holder named after", "An aide to the health minister, Rhiannon Pugh, said Pugh had not seen the report.", "Pugh had not seen the report", "an aide to the health minister", false},
		{"a spokesperson for a body named after", "A spokesperson for the sheriff's office, Dana Whitlow, said deputies had gone door to door.", "deputies had gone door to door", "Dana Whitlow", false},
		{"a role, then a title, then the name", "\"We expected a trend,\" said lead author Dr Aroha Pene, an oceanographer at the institute.", "We expected a trend,", "Aroha Pene", true},
		{"a name, then the office and the body in capitals", "Defending the decision, R. Meenakshi Sundaram, Managing Director, CMRL, said the corporation had no option but to raise fares.", "the corporation had no option but to raise fares", "R. Meenakshi Sundaram", false},
		{"a tail's they for the group the sentence before opened with", "Dr Ana Ruiz led the study.\n\n\"It surprised us,\" Ruiz said.\n\nThe researchers used models to compare the observed droughts with a world without warming. Droughts this long would have occurred once in 500 years in that world, they found.", "Droughts this long would have occurred once in 500 years in that world", "the researchers", false},
		{"a paragraph's quotation after a person's reported speech", "She is survived by a son, Tomasz Wilk.\n\nSpeaking from the family's flat, where her piano still stands by the window, Tomasz said his mother had kept working to the end.\n\n\"Two weeks ago she called me at midnight to play me a new tune. She was so excited.\"", "Two weeks ago she called me at midnight to play me a new tune. She was so excited.", "Tomasz Wilk", true},
		{"a nested he is not a relative in someone else's quotation", "Henryk Nowak, the pianist, has died aged 86.\n\n\"My father called him the professor,\" said Tomasz Pawel, his drummer.\n\nThe saxophonist Dwight Hollis recorded with him in the 1980s.\n\n\"Henryk taught me that silence is part of the tune,\" Hollis wrote. \"He just looked at me and said, 'Why are you in such a hurry?'\"", "Why are you in such a hurry?", "Henryk Nowak", true},
		{"a headline's claim ending in a place's name, then the body that says it", "Waiting lists hit record at Cork University Hospital, IMO says\n\nThe figures were published on Monday.", "Waiting lists hit record at Cork University Hospital", "IMO", false},
		{"a speech verb after \"went on to\"", "Defence counsel Amina Wekesa cross-examined him for an hour.\n\nMs Wekesa went on to suggest that the witness had been promised immunity.", "the witness had been promised immunity", "Amina Wekesa", false},
		{"a partial quotation after to leaves the sentence's speaker to the clause", "Frankfurt coach Rasmus Holm was angry.\n\n\"It was soft,\" Holm said.\n\nKaito Mori, who joined Freiburg in January, spoke to reporters afterwards.\n\n\"The goal is for my family,\" the 24-year-old said.\n\nHe said his coach had told him to \"attack the space\" and that the goal came from that. \"The coach said it, I did it,\" he added.", "The coach said it, I did it,", "Kaito Mori", true},
		{"a message posted is no speaker", "\"Every one of those kids matters,\" Superintendent Dana Fox said in a video message posted to the district's Facebook page. \"Our drivers train for this.\"", "Our drivers train for this.", "Dana Fox", true},
		{"an opening participle before the name", "The jury heard from a witness.\n\nCross-examining, Helen Okafor KC, for the defendant, suggested the witness had been drinking.", "the witness had been drinking", "Helen Okafor", false},
		{"a subject that read something and said", "The novelist Ana Ruiz sent the draft in May.\n\nHer editor read it and said the ending was too neat.", "the ending was too neat", "her editor", false},
		{"a nested he for the relative just spoken of", "Driver Marcus Bell, 58, had worked for the company for a decade.\n\nThe bus left the depot at 7.10am.\n\nIt turned over at the junction with Route 16.\n\nAt the scene, parents arrived within minutes. Amina Farah said her 12-year-old son called her from a stranger's phone.\n\n\"He said, 'Mom, the bus fell over, but I'm OK.' And then the phone died,\" Farah said.", "Mom, the bus fell over, but I'm OK.", "her 12-year-old son", true},
		{"a described subject before other verbs and a nested quotation", "\"My little one kept asking me, 'Is it going to come in the house?' I had no answer,\" Ana Ruiz said.", "Is it going to come in the house?", "my little one", true},
		{"a group before \"used to tell us\"", "\"Old people used to tell us, 'When the river talks loud, you listen.' We listened,\" said Mary Kelly.", "When the river talks loud, you listen.", "Old people", true},
		{"a nested he for the relative the quotation just named", "Councillor Owen Price proposed the closure.\n\nSian Lloyd has two children at the school. \"When my youngest heard about it, he asked me, 'Will I still see the sheep?' I did not know what to say,\" she said.", "Will I still see the sheep?", "my youngest", true},
		{"a second speaker after \", and\"", "The United Nations says 17 million people do not have enough to eat, and aid agencies warn that fishing towns are among the hardest hit.", "fishing towns are among the hardest hit", "aid agencies", false},
		{"a plural in -men after a long opener", "But since strikes began to hit the port of Hodeidah, fishermen say the deeper waters have become a battlefield.", "the deeper waters have become a battlefield", "fishermen", false},
		{"a place before a plural in -men", "Killybegs fishermen say the quota cut will tie up half the fleet.", "the quota cut will tie up half the fleet", "Killybegs fishermen", false},
		{"the one followed is no antecedent", "Lukas Brandt won the final in five sets.\n\n\"I was lucky,\" Brandt said.\n\nPaolo Greco, 27, followed Brandt into the room half an hour later. He said the tiebreak would stay with him \"for a long time\".", "for a long time", "Paolo Greco", true},
		{"a surname after a nickname is the nickname's person", "In Bato, barangay captain Erlinda \u201cLinda\u201d Sarmiento said the village had no power.\n\nHer husband, Teodoro Sarmiento, a fisherman, said their boats were smashed.", "the village had no power", "Erlinda Sarmiento", false},
		{"a speech verb in a clause after \"after\", then according to", "Coffee futures jumped after Brazil's state marketing board told buyers it would delay shipments, according to traders familiar with the matter.", "Coffee futures jumped after Brazil's state marketing board told buyers it would delay shipments", "traders familiar with the matter", false},
		{"a title in capitals with its comma inside the marks", "The plant sits in what activists have long called \"Chemical Corridor,\" a stretch of refineries along the river.", "Chemical Corridor,", "", true},
		{"a title in capitals with its stop inside the marks", "Former students said Kessler used to hum \"Amazing Grace.\" as she set up her lab.", "Amazing Grace.", "", true},
		{"a headline's one word, quoted once in the body", "Coach rues 'soft' penalty as Freiburg hold on\n\nFrankfurt lost 2-1 on Saturday.\n\n\"For me it is a soft penalty, a very soft one,\" said Rasmus Holm, the Frankfurt coach.", "soft", "Rasmus Holm", true},
		{"a headline's quotation, a dash, then who said it", "Transcript: \"Fear is only information\" - sports psychologist Dr Amara Obi on The Long Game\n\nHOST: Amara, welcome.\n\nGUEST: Thanks for having me.", "Fear is only information", "Amara Obi", true},
		{"a nested quotation after \"he kept ... saying\"", "Chidi Okafor scored 41 points as the Nuggets won.\n\n\"He just would not let us lose,\" coach Dan Malloy said of Okafor. \"And he just kept putting his hand up and saying, 'Give it to me.'\"", "Give it to me.", "Chidi Okafor", true},
		{"the elder of two who share a surname", "Caleb Ortiz farms near Nickerson with his father.\n\nHis father, Ernesto Ortiz, was more philosophical.\n\n\"The land gives and the land takes,\" the elder Ortiz said.", "The land gives and the land takes,", "Ernesto Ortiz", true},
		{"an age and a relation for the one so described", "Speaking this morning, the father, Colm Daly, said a wave struck the boat.\n\nHis wife, Aoife Daly, said their daughter kept the others calm.\n\nThe 41-year-old father said the family would go back on the water \"but maybe not this summer\".", "but maybe not this summer", "Colm Daly", true},
		{"the one addressed answers in a paragraph of its own", "Antonino Russo runs the boat with his father. Antonino's father, Vito Russo, now 79, first went to sea at 11.\n\n\"In your day there were no rules, Papà,\" Antonino says.\n\n\"In my day there were fish.\"", "In my day there were fish.", "Vito Russo", true},
		{"a body keeps its article", "The Prime Minister did not attend, but in a statement the Prime Minister's office said the Government \"stands with Canterbury\".", "stands with Canterbury", "the Prime Minister's office", true},
		{"after according to, a role with a capitalised word and where it was", "Police fired tear gas to disperse the crowd, according to an AFP photographer at the scene.", "Police fired tear gas to disperse the crowd", "an AFP photographer at the scene", false},
		{"after according to, a role and the town it is in", "The plan would pass, according to one Western diplomat in Kuwait City.", "The plan would pass", "one Western diplomat in Kuwait City", false},
		{"a role after the verb keeps the clause that says which one", "\"The market thought Ghana had turned the corner,\" said a trader at a European merchant house who has dealt with the board for a decade.", "The market thought Ghana had turned the corner,", "a trader at a European merchant house who has dealt with the board for a decade", true},
		{"but not the clause that hides the source", "\"The market thought Ghana had turned the corner,\" said a trader at a European merchant house who asked not to be named.", "The market thought Ghana had turned the corner,", "a trader at a European merchant house", true},
		{"members of a party in the plural, with their number", "The bill passed.\n\nVictims will have to travel for hours, several Labour MPs said.", "Victims will have to travel for hours", "several Labour MPs", false},
		{"residents of several places say", "Residents of Indira Nagar, Chinhat and parts of Faizabad Road say they still face cuts of three hours.", "they still face cuts of three hours", "Residents of Indira Nagar, Chinhat and parts of Faizabad Road", false},
		{"a plural with the phrase that says which", "Astronomers using a telescope in Chile's Atacama Desert say they have found water vapour.", "they have found water vapour", "Astronomers using a telescope in Chile's Atacama Desert", false},
		{"an office with a list of fields, then the name", "The quota was cut.\n\nMinister for Agriculture, Food and the Marine Declan Furlong said Ireland had fought hard.\n\n\"Nobody pretends this is a good day,\" Furlong said.", "Nobody pretends this is a good day,", "Declan Furlong", true},
		{"a title after \"of\" in reported speech keeps no speaker", "Her publisher, Lantern Books, said a Yoruba translation of \"A House for the River\" would be published next year.", "A House for the River", "", true},
		{"a live blog's time, then according to, and a speed's abbreviation", "18:40 JST — According to the Japan Meteorological Agency, the storm is moving north-west at 15km/h. \"It is slower than we expected,\" forecaster Takuya Oshiro told a briefing in Tokyo.", "the storm is moving north-west at 15km/h", "the Japan Meteorological Agency", false},
		{"a barrister puts it to the witness", "The trial continued on Tuesday.\n\nDefence lawyer Wanjiku Otieno put it to the witness that he had himself recommended the company in an earlier memo.", "he had himself recommended the company in an earlier memo", "Wanjiku Otieno", false},
		{"a county office after according to", "At least two deaths were being investigated as possibly heat-related, according to the Bexar County medical examiner's office.", "At least two deaths were being investigated as possibly heat-related", "the Bexar County medical examiner's office", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Find(tt.text)
			q := quoteOf(t, tt.text, res, tt.quote)
			if q.Speaker != tt.speaker || q.Direct != tt.direct {
				t.Errorf("speaker %q direct %v, want %q %v", q.Speaker, q.Direct, tt.speaker, tt.direct)
			}
		})
	}
}

// TestEdgePanics: texts that end inside a rule's pattern, or quote an
// interview answer before a turn, do not panic.
func TestEdgePanics(t *testing.T) {
	for _, text := range []string{
		"Rivera said the rule was fine, while Methane Watch Europe, a coalition,",
		"Anna Bell is a farmer in Ohio. Tom Reed met her.\n\n\"Why do you farm?\" Tom Reed said.\n\nAnna Bell: I love \"the land\" here.\n\n\"And the weather is good.\"",
	} {
		Find(text)
	}
}

// TestInterviewerTurns: in a transcript of two named people, the turns of
// the one who asks are not quotations; the other's answers are.
func TestInterviewerTurns(t *testing.T) {
	text := "Nino Kavtaradze spoke with the critic Daniel Ostrowski in Edinburgh.\n\n" +
		"DANIEL OSTROWSKI: Why not hand it to a translator?\n\n" +
		"NINO KAVTARADZE: I tried. Everything was correct and nothing was alive.\n\n" +
		"OSTROWSKI: Is the grandmother based on anyone?\n\n" +
		"KAVTARADZE: On two women. One was mine.\n\n" +
		"OSTROWSKI: That is a sad answer. And what are you writing now?\n\n" +
		"KAVTARADZE: A book about a river. It is going slowly."
	res := Find(text)
	noQuoteWith(t, text, res, "?") // the interviewer's turns
	if q := quoteOf(t, text, res, "On two women. One was mine."); q.Speaker != "Nino Kavtaradze" {
		t.Errorf("answer speaker %q", q.Speaker)
	}
}

// TestTranscripts: labelled transcripts give each answer to its speaker
// and list no turn of the one who asks: a podcast's "GUEST:" turns are the
// guest's and its "HOST:" turns none; in an interview whose speakers'
// names stand on lines of their own, the named one's words are theirs and
// the interviewer's lines none.
func TestTranscripts(t *testing.T) {
	tests := []struct {
		name, text, answer, speaker string
		notQuoted                   []string
	}{
		{"podcast", "This is an edited transcript of The Ledger, a podcast hosted by Tom Reyes. His guest is Amara Okwuosa, an economist.\n\n" +
			"HOST: Amara, is inflation over?\n\n" +
			"GUEST: The headline number is mostly over. What people feel is not over.\n\n" +
			"HOST: Why?\n\n" +
			"GUEST: Because prices do not go back down. They only stop rising.",
			"Because prices do not go back down. They only stop rising.", "Amara Okwuosa", []string{"?"}},
		{"line labels", "Marta Oyarzún, The Art of Fiction\n\nMarta Oyarzún was born in Concepción in 1958.\n\n" +
			"INTERVIEWER\nWhy English? Your first language is Spanish.\n\n" +
			"OYARZÚN\nBecause English was the language I had no childhood in.\n\n" +
			"INTERVIEWER\nYour father appears in all of your books.\n\n" +
			"OYARZÚN\nHe did not like that at all.",
			"He did not like that at all.", "Marta Oyarzún", []string{"INTERVIEWER", "Your father", "OYARZÚN"}},
		{"a role as the label", "The following is a transcript of an interview with the transport minister, Aled Pryce, broadcast on Sunday.\n\nINTERVIEWER: Commuters say the trains are late.\n\nMINISTER: Some are. We are fixing it.\n\nINTERVIEWER: Campaigners would disagree.\n\nMINISTER: Some would. They will have their say.",
			"Some would. They will have their say.", "Aled Pryce", []string{"INTERVIEWER", "Campaigners would"}},
		{"an answer's paragraph that reports someone", "Lukas Brandt won in three sets.\n\nQ. How did you stay calm?\n\nBRANDT: I waited.\n\nMy coach said before the match that I had to be patient, and I was.\n\nQ. And now?\n\nBRANDT: Now I sleep.",
			"My coach said before the match that I had to be patient, and I was.", "Lukas Brandt", nil},
		{"a press conference's narration and next heading", "Lukas Brandt beat Paolo Greco in three sets. Both spoke to reporters.\n\nLUKAS BRANDT\n\nQ. How did you feel?\n\nBRANDT: Tired. Very tired.\n\nThe German said later in German-language interviews that he had slept badly.\n\nPAOLO GRECO\n\nQ. Does it hurt?\n\nGRECO: A lot. It will hurt tomorrow.",
			"A lot. It will hurt tomorrow.", "Paolo Greco", []string{"The German said later", "PAOLO GRECO"}},
		{"answers under each player's heading", "Lukas Brandt beat Paolo Greco in four sets on Friday, and Brandt will play the final.\n\nLUKAS BRANDT\n\nQ. How did you stay calm?\n\nA. I waited for my chances.\n\nPAOLO GRECO\n\nQ. Does it hurt?\n\nA. A lot. It will hurt tomorrow.",
			"A lot. It will hurt tomorrow.", "Paolo Greco", []string{"PAOLO GRECO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Find(tt.text)
			if q := quoteOf(t, tt.text, res, tt.answer); q.Speaker != tt.speaker {
				t.Errorf("answer speaker %q, want %q", q.Speaker, tt.speaker)
			}
			noQuoteWith(t, tt.text, res, tt.notQuoted...)
		})
	}
}

// TestPhoneIn: a phone-in's CALLER: turns are the caller's the presenter
// just greeted by name, and the same caller's while no one new is greeted;
// the presenter's turns are not quotations.
func TestPhoneIn(t *testing.T) {
	text := "Listeners react to a bus cut.\n\n" +
		"PRESENTER: The lines are busy. Maureen is in Yarm. Morning, Maureen.\n\n" +
		"CALLER: Morning. I'm 78 and the 63 is my only bus to the hospital.\n\n" +
		"PRESENTER: Have you written to the company?\n\n" +
		"CALLER: I did. They never answered.\n\n" +
		"PRESENTER: Now we have Trevor on line two. Trevor, go ahead.\n\n" +
		"CALLER: I drive that route and it is never empty.\n\n" +
		"PRESENTER: Thanks, Trevor. A cyclist now. Dale, you're in Whitby?\n\n" +
		"CALLER: I am. The road by the abbey is a mess.\n\n" +
		"PRESENTER: Thanks, Dale. Let's go to Gary now, who's in Thornaby.\n\n" +
		"CALLER: Hiya. The 63 gets me to work."
	res := Find(text)
	for want, answer := range map[string]string{
		"Maureen": "I did. They never answered.",
		"Trevor":  "I drive that route and it is never empty.",
		"Dale":    "I am. The road by the abbey is a mess.",
		"Gary":    "Hiya. The 63 gets me to work.",
	} {
		if q := quoteOf(t, text, res, answer); q.Speaker != want {
			t.Errorf("%q: speaker %q, want %q", answer, q.Speaker, want)
		}
	}
	noQuoteWith(t, text, res, "?", "go ahead") // the presenter's turns
}

// noQuoteWith fails the test for each quotation of res holding one of
// the words.
func noQuoteWith(t *testing.T, text string, res Result, words ...string) {
	t.Helper()
	rs := []rune(text)
	for _, q := range res.Quotes {
		s := string(rs[q.Start:q.End])
		for _, w := range words {
			if strings.Contains(s, w) {
				t.Errorf("quote %q is listed", s)
				break
			}
		}
	}
}

// TestNoFinding: "found" with an object reports nothing.
func TestNoFinding(t *testing.T) {
	text := `Kapanadze said that observers had found the vote competitive and that the opposition was "trying to drag the country into chaos".`
	q := quoteOf(t, text, Find(text), "trying to drag the country into chaos")
	if q.Speaker != "Kapanadze" {
		t.Errorf("speaker %q, want Kapanadze", q.Speaker)
	}
}

// TestPredictedObject: "predicted its decline" reports no speech.
func TestPredictedObject(t *testing.T) {
	text := "People have predicted its decline since I was a student."
	if res := Find(text); len(res.Quotes) != 0 {
		t.Errorf("quotes %+v", res.Quotes)
	}
}

// TestNotPeople: places the gazetteer lacks and title-cased names of
// charities or firms are no people.
func TestNotPeople(t *testing.T) {
	text := "Windows were blown out in the village of Zymna Voda. The charity, Hands Across Hatay, raised money across West Yorkshire. The company agreed to buy Lone Star Tube & Plate of Houston. Investors came from the United Arab Emirates and Qatar. A senior Liberal, who asked not to be named, was angry. The coach, a former Athletico Paranaense manager, was sacked. Tenants were moved, mostly to flats in Sham Shui Po, Yau Tsim Mong and Kwun Tong. Goldman Sachs said in a note it kept its Brent forecast, and Morgan Stanley agreed. A Fianna Fáil TD for Kerry and a Labour MP objected. HM Inspectorate of Prisons wrote to Lincoln Elementary. Met Éireann said it would rain. China Labour Bulletin said it had counted 73 protests. She played for the Cleveland Orchestra, which said it would tour. \"We kept going,\" the five-time All-Star said. Hong Kong-based analysts and the Sri Lakshmi Convention hall said it was full. Amnesty International said West Texas Intermediate was irrelevant, Sky Sports said, and Latin American buyers agreed. She won the Australian Open at Rod Laver Arena, her first Grand Slam, then flew home. The Red Cross said the Côte de Beaune was flooded. He runs an Indian Muslim food stall and speaks an Italian-accented English. State Route 87 was closed near Leeds General Infirmary. Brandt Motoren cut jobs, and cars went up King Fahd Road. \"Was it pretty? Do I care? Can I go?\" he asked. Hallam Aggregates fitted sensors, and Riyadh Municipality agreed. Police said a silver Skoda Octavia hit a wall. Ysgol Bryn Coch will close, Brackley Homes will build, and Universiti Sains Malaysia said so. Several Labour MPs said so, and BJP MLAs agreed. He named the boat the Miss Delphine, and the first Samoan to win it flew home. In a statement, Lakeside Student Transport said the bus had passed. The energy regulator Voltix raised its cap; prices will rise, Voltix said. Debtwise said the number of its clients had doubled."
	res := Find(text)
	for _, p := range res.People {
		t.Errorf("person %q", p.Name)
	}
	if got := placeNames(res); !slices.Contains(got, "United Arab Emirates/AE") || slices.Contains(got, "Hatay/TR") || slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "Brent/") }) {
		t.Errorf("places %v", got)
	}
}

// TestBodiesBesidePeople: a name's surroundings make it a body, even
// when people stand next to it.
func TestBodiesBesidePeople(t *testing.T) {
	text := "Local TD Marian Feeney, of Fianna Fáil, said she had raised it. Sinn Féin's health spokeswoman, Deirdre Kavanagh, agreed. \"It's a good business,\" said Karen Oduya, an analyst at Piper Sandler. Two private-equity firms, including Thoma Bravo, have held talks. The Welsh Conservatives said the plan was rushed. Helvetia Kakao AG said it had received notice."
	got := peopleNames(Find(text))
	for _, want := range []string{"Marian Feeney", "Deirdre Kavanagh", "Karen Oduya"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q in %v", want, got)
		}
	}
	for _, not := range []string{"Fianna Fáil", "Sinn Féin", "Piper Sandler", "Thoma Bravo", "Welsh Conservatives", "Helvetia Kakao AG"} {
		if slices.Contains(got, not) {
			t.Errorf("%q is a person in %v", not, got)
		}
	}
}

// TestPlaceOpeningSentenceNoPerson: "New York City" opening a sentence
// is a place, not "New" and a person called York City.
func TestPlaceOpeningSentenceNoPerson(t *testing.T) {
	res := Find("New York City has fined the landlord.")
	if got := peopleNames(res); len(got) > 0 {
		t.Errorf("people %v", got)
	}
	if got := placeNames(res); !slices.Contains(got, "New York/US") {
		t.Errorf("places %v", got)
	}
}

// TestRelativeByGivenName: "her daughter, Daryna," names a person.
func TestRelativeByGivenName(t *testing.T) {
	res := Find("Iryna Kovalchuk runs the kitchen. Her daughter, Daryna, now 19, wants to study in Vienna.")
	found := false
	for _, p := range res.People {
		found = found || p.Name == "Daryna"
	}
	if !found {
		t.Errorf("no Daryna in %+v", res.People)
	}
}

// TestPersonAfterFrom: "a penalty from X Y" names a person, "in Nowa Huta"
// a place.
func TestPersonAfterFrom(t *testing.T) {
	res := Find("Ghana led through a penalty from Kwabena Asante-Mensah. She grew up in Nowa Huta.")
	var got []string
	for _, p := range res.People {
		got = append(got, p.Name)
	}
	if !slices.Equal(got, []string{"Kwabena Asante-Mensah"}) {
		t.Errorf("people %v", got)
	}
}

// TestGroupAfterDateline: the first word after a dateline is no person.
func TestGroupAfterDateline(t *testing.T) {
	res := Find("LIMA (Reuters) — Researchers in Peru have found the frogs, according to a study published on Monday.")
	for _, p := range res.People {
		t.Errorf("person %q", p.Name)
	}
}

func TestPeople(t *testing.T) {
	text := "Dr. Mei Lin, an epidemiologist, spoke to Jonas Berg. Later Lin said the data was clear. \"It is,\" she said."
	res := Find(text)
	got := map[string]Person{}
	for _, p := range res.People {
		got[p.Name] = p
	}
	if p, ok := got["Mei Lin"]; !ok || !p.Quoted || len(p.Mentions) != 2 {
		t.Errorf("Mei Lin: %+v (all: %+v)", p, res.People)
	}
	if p, ok := got["Jonas Berg"]; !ok || p.Quoted {
		t.Errorf("Jonas Berg: %+v", p)
	}
	rs := []rune(text)
	for _, m := range got["Mei Lin"].Mentions {
		if s := string(rs[m.Start:m.End]); s != "Mei Lin" && s != "Lin" {
			t.Errorf("mention %q", s)
		}
	}
}

// TestOnePerson: the forms of one person's name make one person: a
// nickname or handle in marks inside the name, a given name that is also
// a town's, a headline's name before a fuller one, and two given names
// alone ("Mohd Faizal" of "Mohd Faizal Abdul Karim").
func TestOnePerson(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Crowds gathered.\n\nAmong them was Rosario \"Charo\" Villanueva, a 58-year-old vendor, who said she had walked for hours.\n\n\"I will wait,\" Villanueva said.", "Rosario Villanueva"},
		{"Mick \"The Hammer\" Doherty sat beside his rival on Monday.\n\n\"I will beat him,\" Doherty said.", "Mick Doherty"},
		{"Many cafes were empty. Siriporn \"Fon\" Chaiyaporn, 34, said sales had fallen.\n\n\"They cancel,\" Fon said.", "Siriporn Chaiyaporn"},
		{"Deputy Minister Mohd Faizal Abdul Karim visited Raub on Monday.\n\nMohd Faizal said prices would come down.", "Mohd Faizal Abdul Karim"},
		{"Team captain Henrik \"hnk\" Solberg was asked about the map.\n\n\"We took it,\" Solberg said.", "Henrik Solberg"},
		{"The clinic opened late.\n\nAssociate Professor Wanchai \"Note\" Srisuwan, a chest physician at Mahidol University, said beds were full.\n\n\"We need more,\" Srisuwan said.", "Wanchai Srisuwan"},
		{"The band played on.\n\nIt had a drummer, Anselmo \u201cEl Gordo\u201d Quintero, who kept time.\n\n\"We never stopped,\" Quintero said.", "Anselmo Quintero"},
		{"Producer Eusebio \"Chato\" Barrientos, who mixed the record, said it took a week.\n\n\"One take,\" Barrientos said.", "Eusebio Barrientos"},
		{"The station was quiet.\n\nNéstor Iván Pacheco, who hosted the morning show, said he had been warned.\n\n\"I kept going,\" Pacheco said.", "Néstor Iván Pacheco"},
		{"The wall was loud.\n\nJuan Carlos Urdangarin, 77, watched from the bench.\n\nJuan Carlos, who played for 20 years, said little.\n\n\"It was harder then,\" Juan Carlos said.", "Juan Carlos Urdangarin"},
		{"Fencing works, said the minister.\n\nAgriculture Minister Sienna Fairbank said the money was there.\n\n\"It works,\" Fairbank said.", "Sienna Fairbank"},
		{"Senior Sergeant Dana Kowal of Cairns police said the man was hurt.\n\n\"He was lucky,\" Senior Sergeant Kowal said.", "Dana Kowal"},
		{"The hui went on late.\n\nKuia Hinemoa Tautari, 84, who grew up on the land, said the trust had waited.\n\n\"We have waited long enough,\" Tautari said.", "Hinemoa Tautari"},
		{"The trees will stay, Coun Hattie Brannigan said on Monday.\n\n\"We listened,\" Brannigan said.", "Hattie Brannigan"},
		{"The mine flooded in March.\n\nDean Halvorsen, who has worked underground since 2011, said crews had seen damp walls.\n\n\"Everyone knew,\" Halvorsen said.", "Dean Halvorsen"},
		{"Ted Brocklebank, the Conservative MSP, said the ferry contract was a scandal.", "Ted Brocklebank"},
		{"She is reading a dark Stephen King novel about a haunted hotel.", "Stephen King"},
		{"In reply to a question from Kerry TD Eoin Power, the HSE said posts had been advertised.\n\nMr Power said it was a scandal.", "Eoin Power"},
		{"The team lost on Sunday.\n\nIts coach, the former Davis Cup player Ben Whitcombe, said they were tired.\n\n\"We go again,\" Whitcombe said.", "Ben Whitcombe"},
		{"The souk was quiet.\n\nKarim Ben Moussa, a spice seller, said trade was slow.\n\n\"Nobody comes,\" Ben Moussa said.", "Karim Ben Moussa"},
		{"The trial of businessman Hassan Abdirahman Farah resumed on Monday in Nairobi.", "Hassan Abdirahman Farah"},
		{"Councillor Morven Gunn (Thurso and North West Caithness, Independent) backed the plan. She said the fund was fair.", "Morven Gunn"},
		{"Bartholomew \"Bart\" Quigley, fiddler, dies at 90\n\nBartholomew Quigley, a fiddler, died on Friday.\n\nBartholomew Declan Quigley was born in 1935.\n\n\"Play it slow,\" Quigley liked to say.", "Bartholomew Declan Quigley"},
	} {
		names := peopleNames(Find(c.text))
		if !slices.Equal(names, []string{c.want}) {
			t.Errorf("people %q, want only %q", names, c.want)
		}
	}
}

// TestGivenNameLikeACity: a full name whose given name is a city's
// ("Santiago", "Florencia") is the person the double surname names.
func TestGivenNameLikeACity(t *testing.T) {
	text := "Santiago Ortega Ruiz took bronze. Ortega Ruiz said the race had been the hardest of his career.\n\n\"My hip is open,\" Ortega Ruiz said."
	names := peopleNames(Find(text))
	if !slices.Equal(names, []string{"Santiago Ortega Ruiz"}) {
		t.Errorf("people %q", names)
	}
}

// TestVietnameseLe: "Le" opening a three-word name is a family name, not
// a particle to drop.
func TestVietnameseLe(t *testing.T) {
	text := "Traffic police officer Le Quoc Bao said fines had risen. \"We will continue,\" Bao said."
	names := peopleNames(Find(text))
	if !slices.Equal(names, []string{"Le Quoc Bao"}) {
		t.Errorf("people %q", names)
	}
}

// TestSurnameBeforeAnd: a surname the text gave before, then "and" and a
// full name ("Moreau and Tyson Blackfeather"), is two people, not one
// surname shared ("Pat and Bríd O'Donovan").
func TestSurnameBeforeAnd(t *testing.T) {
	text := "Janne Virtanen took a drop pass from Dylan Moreau and scored. Moreau and Tyson Blackfeather also scored.\n\n\"It felt good,\" Blackfeather said."
	names := peopleNames(Find(text))
	if slices.Contains(names, "Moreau Blackfeather") || !slices.Contains(names, "Tyson Blackfeather") {
		t.Errorf("people %q", names)
	}
}

// TestNamesNotTaken: a surname that is also a body's word stays a name,
// and a town someone "calls home" stays a town.
func TestNamesNotTaken(t *testing.T) {
	res := Find("\"We were better,\" said Bruce Arena, the coach. Maria Reyes, 34, now calls Toronto home. Toronto has been good to her.")
	if names := peopleNames(res); !slices.Contains(names, "Bruce Arena") || !slices.Contains(names, "Maria Reyes") {
		t.Errorf("people %q", names)
	}
	if got := placeNames(res); !slices.Contains(got, "Toronto/CA") {
		t.Errorf("places %q", got)
	}
}

// TestSurnameWithParticle: "Te Kani" after "Hemi Te Kani" is the same
// person, not a second one.
func TestSurnameWithParticle(t *testing.T) {
	names := peopleNames(Find("Iwi chairman Hemi Te Kani told councillors the land had been taken.\n\nTe Kani, who has chaired the rūnanga since 2019, said the iwi had written twice."))
	if len(names) != 1 || names[0] != "Hemi Te Kani" {
		t.Errorf("people %q, want only Hemi Te Kani", names)
	}
}

// TestPartyAndTitle: "Labour MP" is a party and a title, no person.
func TestPartyAndTitle(t *testing.T) {
	names := peopleNames(Find("Iain Buchanan, the former Labour MP for Paisley South, who first met Haldane on a picket line, said he had been the conscience of the movement."))
	for _, n := range names {
		if n == "Labour MP" {
			t.Errorf("people %q", names)
		}
	}
}

// peopleNames lists the names of the people res found.
func peopleNames(res Result) []string {
	var names []string
	for _, p := range res.People {
		names = append(names, p.Name)
	}
	return names
}

// TestRoleBeforeNameIsNoClause: "The youth leader, Comrade Sunday
// Odukoya, said," sets a role beside a name; the role is no reported
// clause.
func TestRoleBeforeNameIsNoClause(t *testing.T) {
	text := "The youth leader, Comrade Sunday Odukoya, said, \"We have been patient.\""
	res := Find(text)
	rs := []rune(text)
	if len(res.Quotes) != 1 {
		t.Errorf("%d quotations, want 1", len(res.Quotes))
	}
	for _, q := range res.Quotes {
		if got := string(rs[q.Start:q.End]); got != "We have been patient." {
			t.Errorf("quote %q", got)
		} else if q.Speaker != "Sunday Odukoya" {
			t.Errorf("speaker %q", q.Speaker)
		}
	}
}

// TestNounReports: "reports", "claims" after an article or a preposition
// are nouns, not speech verbs.
func TestNounReports(t *testing.T) {
	res := Find("The club declined to comment on reports that Reddy would receive £1.2m in compensation.")
	for _, q := range res.Quotes {
		t.Errorf("quote %+v", q)
	}
}

// TestRupeeAbbreviation: "Rs." does not end the reported clause.
func TestRupeeAbbreviation(t *testing.T) {
	text := "Mr. Radhakrishnan said works worth Rs. 120 crore had been sanctioned."
	q := quoteOf(t, text, Find(text), "works worth Rs. 120 crore had been sanctioned")
	if q.Speaker != "Radhakrishnan" {
		t.Errorf("speaker %q", q.Speaker)
	}
}

// TestPassiveTold: "told reporters at the show" is no verb "show" (the
// passive "are being told" is in TestNoQuotes).
func TestPassiveTold(t *testing.T) {
	text := "\"Half of the world lives within eight hours of here,\" Al Mansoori told reporters at the show. \"That geography is our biggest asset.\""
	if q := quoteOf(t, text, Find(text), "That geography is our biggest asset."); q.Speaker != "Al Mansoori" {
		t.Errorf("speaker %q", q.Speaker)
	}
}

// TestStormAndTaoiseach: a named storm is no person; "Taoiseach" is a
// title before the name.
func TestStormAndTaoiseach(t *testing.T) {
	names := peopleNames(Find("Storm Eowyn battered Ireland.\n\nIrish Taoiseach Micheál Brennan wrote: \"This is a dangerous storm.\""))
	if len(names) != 1 || names[0] != "Micheál Brennan" {
		t.Errorf("people %q", names)
	}
}

// TestOutletNoPerson: a news outlet that reported is no person.
func TestOutletNoPerson(t *testing.T) {
	for _, p := range Find("Politico reported that the White House had been briefed on the plan.").People {
		t.Errorf("person %q", p.Name)
	}
}

// TestAccordingToTranscript: "according to" after a credited quotation
// names its source, not another speaker.
func TestAccordingToTranscript(t *testing.T) {
	res := Find("\"We will not let them fall behind,\" Chen said, according to a transcript.")
	if len(res.Quotes) != 1 {
		t.Errorf("quotes %+v", res.Quotes)
	}
}

// TestClosingNoteNoAnswer: a paragraph after an interview's last answer
// is no answer.
func TestClosingNoteNoAnswer(t *testing.T) {
	text := "Zhou Lan runs a research centre.\n\nQ: Is it real?\n\nA: It is real.\n\nQ: And next?\n\nA: Inland.\n\nZhou's book is published next month."
	note := len([]rune(text)) - len([]rune("Zhou's book is published next month."))
	for _, q := range Find(text).Quotes {
		if q.Start >= note {
			t.Errorf("closing note taken for an answer: %+v", q)
		}
	}
}

// TestTextEndsAfterAppositive: a text may end right after ", the X".
func TestTextEndsAfterAppositive(t *testing.T) {
	Find("\"0\"sAid B,the 0")
	Find("\"No,\" said Ofwat, the regulator")
}

// TestTitleAloneNoPerson: an office named without a person ("the Chief
// Minister") is no person.
func TestTitleAloneNoPerson(t *testing.T) {
	for _, p := range Find("The forum will submit a memorandum to the Chief Minister next week.").People {
		t.Errorf("person %q", p.Name)
	}
}

// TestPartyOfficeNoPerson: "the Labour MP for Norwich South" names no
// person "Labour MP", and a developer's name is no person.
func TestPartyOfficeNoPerson(t *testing.T) {
	res := Find("Tom Arkwright, the Labour MP for Norwich South, said the committee had listened.\n\nThe developer, Wensum Living, said it would appeal.")
	for _, p := range res.People {
		if p.Name != "Tom Arkwright" {
			t.Errorf("person %q", p.Name)
		}
	}
}

// TestNoQuotes: texts in which nobody is quoted or reported.
func TestNoQuotes(t *testing.T) {
	tests := []struct{ name, text string }{
		{"admitted counts", "Megan Hollis, 34, of Keynsham, admitted 14 counts of theft at Bristol Crown Court."},
		{"accepted an offer", "The union accepted the offer on Friday."},
		{"a sign told anyone who", "A handwritten sign on the door told anyone who needed help to call 999."},
		{"explains a thing", "The minister explains the tax cut in a video on her website."},
		{"a forecast, the noun", "The bank's forecast that inflation would fall by June proved wrong."},
		{"recalled cars in May", "Kanto Motors recalled 180,000 cars in May over a faulty brake sensor."},
		{"passive told", "Residents who went to higher ground are being told they can go home, but should check their houses first."},
		{"added runs", "Mumbai were 96 for four before the 34-year-old added 151 for the fifth wicket with Siddharth Rane."},
		// Only data, figures or records "show" what someone reported.
		{"a video that shows", "The video shows the suspect was running away from the car when police arrived."},
		// An explainer's subheads ask questions its own paragraphs answer.
		{"explainer questions", "Energy bills: what changes in April\n\nOfgem sets the cap every three months.\n\nWhat is the price cap?\n\nThe cap limits the amount suppliers can charge for each unit of energy.\n\nWhy are prices rising?\n\nWholesale gas prices have climbed since the winter.\n\nWhat can I do?\n\nFixed deals are back on the market after several years."},
		// A headline's topic before a colon is no speaker.
		{"a headline's topic", "Ranji Trophy: Vaghela's nine-wicket haul bowls Saurashtra into semi-final\n\nRAJKOT: Saurashtra won by 143 runs."},
		// "the counters" is a noun, no speech verb.
		{"counters as a noun", "Her husband, Pieter Achterberg, a carpenter who built the counters in her first shop, died in 2009."},
		// A headline's order is no speech.
		{"told to move", "Volcano alert raised to highest level, villagers told to move\n\nThe agency raised the alert on Saturday."},
		// An obituary's name over its first line is no interview label.
		{"a name in capitals over the text", "JOAN DIDION\nJoan Didion, the essayist, died on Thursday at her home in Manhattan. She was 87.\n\nHer publisher confirmed the death."},
		// A deal agreed is no speech.
		{"agrees a deal", "Hallberg Kraft agrees SEK9bn deal for Oslo rival Nordvik Energi\n\nThe striker agreed personal terms with the club on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range Find(tt.text).Quotes {
				t.Errorf("quote %q (%s)", []rune(tt.text)[q.Start:q.End], q.Speaker)
			}
		})
	}
}

// TestNoPeople: texts that name no person.
func TestNoPeople(t *testing.T) {
	tests := []struct{ name, text string }{
		// A place whose name starts with a title.
		{"Prince Edward Island", "Boats in Maine and on Prince Edward Island were also tied up."},
		// Relatives in the plural, capitalised at a sentence's start.
		{"Neighbours", "Neighbours said they had complained repeatedly about the project.\n\n\"It shook the whole street,\" one of them said."},
		// Words for anyone or no one, capitalised at a sentence's start.
		{"Nobody", "Then he added: \"Nobody is ever ready.\" Somebody laughed. Everyone left."},
		// "a Tesco spokesperson" makes Tesco a company.
		{"spokesperson for a company", "Tesco said on Tuesday that food prices would keep rising.\n\n\"We are doing everything we can,\" a Tesco spokesperson said."},
		// "the X Y noun": a body's or a place's name before its noun.
		{"a name between the and a noun", "The plan was drawn up by the Ngāti Kahungunu rūnanga and the Hogan Stand committee."},
		// A contracted first person opening an answer.
		{"We've", "Q: What have you found?\n\nA: We've found that the kelp recovers when urchins are removed."},
		// "No." ending an answer is no abbreviation before a name.
		{"No. I", "\"You kicked him.\"\n\n\"No. I have never kicked anyone in my life.\"\n\nWorld Athletics said the record stood."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range Find(tt.text).People {
				t.Errorf("person %q", p.Name)
			}
		})
	}
}
