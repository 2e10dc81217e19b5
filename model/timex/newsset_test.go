package timex_test

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/timex"
)

// newsSet is a set of short news items we wrote ourselves, in the style of
// wire copy from the 2010s and 2020s, annotated in the TempEval-3 way by
// someone who had not seen the tagger's rules. TimeBank and AQUAINT are
// news from 1989–2000; this set checks that the rules carry to the way news
// is written now (24-hour times with zones, "Q3", dates in digits…).
type newsSet struct {
	Doc []struct {
		DCT   string `toml:"dct"`
		Text  string `toml:"text"`
		Timex []struct {
			Text  string `toml:"text"`
			Nth   int    `toml:"nth"`
			Type  string `toml:"type"`
			Value string `toml:"value"`
			Mod   string `toml:"mod"`
		} `toml:"timex"`
	} `toml:"doc"`
}

// newsFloors are the value F1 scores below which TestNewsSet fails: a
// little under what the tagger reaches. Each set was written blind to the
// rules by a different annotator and scored once before any rule changed.
// newsset.toml to newsset5.toml were then used to improve the rules, so
// their figures flatter the tagger; newsset6.toml is kept out of rule work
// as the held-out check: do not tune rules on its errors. Scores at their
// first, blind reading: 0.89, 0.93, 0.90, 0.97, 0.97, 0.94; with the rules
// of 2026-11-29 before that day's work: 0.88, 0.91, 0.88, 0.94, 0.95, 0.90.
// newsset8.toml (diplomacy, 1990-2025) came in a later session; blind it
// read 0.934, and it then joined the sets used for rule work. newsset7.toml
// (wire copy 1995-2015) came in that session too and joins newsset6.toml
// as held out: blind it read 0.949 (0.945 with the rules as that session
// began). newsset9.toml (broadcast transcripts and business news,
// 1988-2023) and newsset10.toml (world English-language press, 2016-2026)
// read 0.923 and 0.942 blind (0.922 and 0.930 with the rules as that
// session began) and then joined the sets used for rule work, as did
// newsset11.toml (local papers and Wikinews, 1992-2025: 0.910 blind,
// 0.895 with the session's starting rules) and newsset12.toml (wire copy
// of 2010-2014 like the TempEval-3 test set: 0.962 blind, 0.964 with the
// starting rules; the one difference is "two and a half years", which
// the tagger now finds and writes P2Y6M as TimeBank does, where the
// annotator wrote P2.5Y). newsset14.toml (WSJ and AP business news of
// 1987-1992, TimeBank's own kind of text: 0.962 blind, 0.956 with the
// starting rules) joined them. newsset13.toml (wire, business and other
// news, 1988-2025) was written last and is held out like newsset6 and
// newsset7: 0.944 blind, 0.936 with the rules as that session began.
// newsset16.toml (news analysis with historical background, 1990-2025:
// 0.917 blind, 0.908 with the starting rules) and newsset15.toml (sport,
// science and culture, 1995-2025: 0.892 blind, 0.876 with the starting
// rules) joined the rule-work sets. newsset17.toml (a day's mix of agency
// news, 1992-2025) was written at the end of that session and is held out:
// 0.949 blind, 0.936 with the rules as the session began.
// newsset20.toml (one day's wire copy of 1996-2026: politics, markets,
// health, science, weather, sport) is held out too: written blind at the
// start of a later session, it read 0.954 with the rules as they stood.
// That session's rule work used newsset18.toml (courts, crime and legal
// news of 1990-2025: 0.947 blind, the same with the session's starting
// rules) and then newsset19.toml (conflict, disaster and humanitarian
// news of 1991-2025, written blind while the work went on: 0.948 when
// first scored, 0.936 with the session's starting rules); then
// newsset22.toml (politics and government, 1990-2026: 0.933 at its first
// reading, 0.922 with the starting rules) and newsset21.toml (economy,
// business and markets worldwide, 1993-2026: 0.936, 0.929 with the
// starting rules), each written blind while the rules changed.
// newsset23.toml (a day of an international news site, 1989-2026) was
// written at the end of that session and is held out: it read 0.946 with
// the rules as they then stood, 0.944 with the session's starting rules.
// Sets 6, 7, 13, 17 and 20 stayed out of rule work but their figures were
// watched: a change that cost one of them was dropped. After it came two
// more sets for rule work, read blind first: newsset24.toml (sport,
// science, health and the arts, 1990-2026: 0.959, 0.951 with the
// session's starting rules) and newsset25.toml (regional news and
// analysis, 1991-2026: 0.939, 0.928). newsset26.toml (ordinary wire copy
// of 1988-2026, a third of it from 2010-2015) was written after all of
// that session's rule work and is held out: 0.965 at its one reading,
// 0.944 with the session's starting rules. Three more were written blind
// after it and read once with the same rules: newsset27.toml (wire copy
// of 2011-2014, like TempEval-3's test set: 0.966, 0.956 with the
// session's starting rules), newsset28.toml (broadcast scripts and Asian
// and African press: 0.937, 0.923) and newsset29.toml (international
// affairs, held out: 0.958, 0.943). A later session began with four
// more, each read once blind: newsset33.toml (business news, WSJ of
// 1989-1992 and wire copy of 2016-2024: 0.954, the same with that
// session's starting rules) and newsset31.toml (wire and broadcast news of
// 1996-2000: 0.961, the same) went to rule work; newsset30.toml
// (diplomacy, 2015-2025: 0.996, the same) and newsset32.toml (general
// newswire of 2012-2013, the TempEval-3 test set's years: 0.958, the
// same; written last, after part of the rule work) are held out. Then
// came newsset35.toml (a TimeBank-like mix of 1989 WSJ and 1998 wire and
// broadcast news: 0.940 at its first reading, 0.937 with the starting
// rules) and newsset36.toml (regional English-language press of
// 2005-2025: 0.917, 0.914), used for rule work, and newsset37.toml
// (newswire of 2013), held out: 0.965 at its one reading, 0.961 with the
// session's starting rules. A last round: newsset38.toml (AP and NYT
// copy of 1998-2000: 0.973 at its first reading, 0.969 with the starting
// rules), newsset39.toml (Xinhua, Kyodo and Yonhap English copy of
// 1998-2000, like AQUAINT's XIE stories: 0.939, 0.936) and newsset41.toml
// (features and analysis with history, 1995-2025: 0.950, the same) for
// rule work; newsset40.toml (newswire of 2013-2014) held out: 0.971, the
// same. newsset42.toml (a day's news of 2015-2025) and newsset43.toml (a
// day's wire and newspaper copy of 1998-2000) were written during the
// last rule work and read once after it, held out: 0.966 and 0.945,
// against 0.966 and 0.942 with the session's starting rules.
// newsset34.toml (conflict, security and humanitarian news of 2014-2025)
// was written at the start of that work but read only once, after all of
// it, held out: 0.969, against 0.964 with the starting rules. Two more,
// written while the last small changes were made and read once after
// them, held out: newsset44.toml (world news of 1990-2025: 0.939, 0.931
// with the starting rules) and newsset45.toml (economy and business news
// of 2000-2025: 0.942, 0.940). The next session wrote eight more, blind,
// and read the rule-work ones first: newsset46.toml (sport, culture and
// science, 2005-2025: 0.944, the same with that session's starting
// rules), newsset47.toml (US and UK politics and courts, 1995-2025:
// 0.963, the same), newsset51.toml (technology and media, 2000-2025:
// 0.957, 0.954; read after the session's first rule changes) and
// newsset50.toml (regional news from Australia, Canada, Ireland, New
// Zealand and India, 1995-2025: 0.919, 0.912; read later still). Six
// more came during that work, each read first after part of it:
// newsset54.toml (US local news, 1990-2025: 0.950 against 0.942 with
// the starting rules), newsset55.toml (AP, Reuters and AFP briefs of
// 1989-2000: 0.959, the same), newsset58.toml (sport, 2000-2025: 0.960,
// 0.958), newsset59.toml (courts and crime, 1995-2025: 0.967, 0.965),
// newsset60.toml (WSJ-style business news of 1989-1990: 0.949, 0.950)
// and newsset61.toml (world news of 1998-2000 after NYT, AP and
// Xinhua: 0.961, 0.959). Then newsset62.toml (Asia-Pacific politics
// and business, 1995-2025: 0.975, 0.970), newsset63.toml (obituaries,
// anniversaries and history: 0.945, 0.941), newsset64.toml (weather and
// travel disruption: 0.942, 0.939), newsset65.toml (health and science,
// 2000-2025: 0.947, 0.944), newsset67.toml (European politics: 0.958,
// the same), newsset68.toml (newswire of 2010-2014, the TempEval-3 test
// set's style: 0.962, 0.955) and newsset69.toml (US politics,
// 2000-2025: 0.968, 0.965). Last, newsset70.toml (AP and Reuters crime
// and disaster copy of 1989-2000: 0.952, 0.928), newsset71.toml (weekend
// and Monday market previews: 0.856, 0.843), newsset72.toml (Middle East
// news: 0.931, 0.921) and newsset73.toml (Canadian and Australian news:
// 0.953, 0.946). Six more were written blind at that session's start
// and held out, each read once after all of its rule work (against the
// session's starting rules): newsset48.toml (disasters, weather, health
// and accidents, 2000-2025: 0.955, 0.958), newsset49.toml (diplomacy and
// elections in Asia, Africa and Latin America, 1995-2025: 0.960, the
// same), newsset52.toml (Middle East and European security, 1995-2025:
// 0.986, 0.983), newsset53.toml (financial market wire copy, 1995-2025:
// 0.958, 0.940), newsset56.toml (elections and referendums, 1995-2025:
// 0.945, 0.941) and newsset57.toml (energy, climate and environment,
// 2000-2025: 0.972, 0.967). The session after wrote three more for rule
// work, blind, read first after its first few changes (which did not
// move them): newsset74.toml (radio and television transcripts of
// 1996-2001, like TimeBank's CNN, ABC, VOA and PRI stories: 0.932),
// newsset75.toml (diplomacy: summits, treaties, UN votes, 1990-2025:
// 0.980) and newsset76.toml (Africa and Latin America, 1995-2025: 0.978).
// newsset78.toml (backgrounders on conflicts and peace processes,
// 1995-2026) came later, read first after much of that session's rule
// work: 0.973, the same with its starting rules; so did newsset79.toml
// (business and markets, 2015-2026: 0.962, against 0.960). Last came
// newsset81.toml (local and regional news of 2005-2026 from five
// countries) and newsset82.toml (world wire copy of 1996-2012), read
// first after almost all of that session's rule work: 0.947 and 0.939,
// both the same as with its starting rules. Three more were written
// blind at that session's start and held out, each read once after all
// of its rule work (against its starting rules): newsset66.toml
// (written a session earlier, never read until then: 0.963, 0.959),
// newsset77.toml (labour, trade and sanctions, 1995-2025: 0.978, 0.976)
// and newsset80.toml (world news of 2019-2026: 0.971, 0.965). The
// session after wrote four more, blind: newsset84.toml (courts, trials
// and legal deadlines, 1995-2025) for rule work, read first after that
// session's first changes (0.980, the same with its starting rules), and
// newsset83.toml (diplomacy: summits, state visits and peace talks,
// 2000-2026), read first a few changes later (0.968, against 0.965);
// then newsset87.toml (science, space and technology, 1995-2026), read
// first after most of that session's rule work (0.984, the same as with
// its starting rules), and newsset88.toml (crime, fires and public safety
// in five countries, 1995-2026: 0.961, against 0.958), and, after the
// review of that session's change, newsset89.toml (business, markets and
// economics wire copy, 1990-2026: 0.968, the same as with its starting
// rules) and newsset90.toml (sport, 1995-2026: 0.977, the same); last,
// newsset92.toml (European politics and the EU, 1995-2026: 0.966, against
// 0.969 with its starting rules; the one loss was fixed the same day),
// newsset93.toml (conflict in the Middle East and Africa, 1995-2026:
// 0.964, against 0.961) and newsset94.toml (broadcast transcripts of
// 1996-2012: 0.978, against 0.975). Four more were written blind at
// that session's start or during it and held out, each read once after
// all of its rule work (against its starting rules): newsset85.toml
// (parliament and government in Commonwealth countries, 2005-2026: 0.976,
// the same), newsset86.toml (humanitarian crises and aid, 2003-2026:
// 0.974, the same), newsset91.toml (Asia and the Pacific, 1998-2026:
// 0.972, the same) and newsset95.toml (United States national news,
// 1990-2026: 0.974, against 0.972). The session after wrote seven more,
// blind: for rule work newsset96.toml (energy, oil markets and climate
// talks, 1997-2026: 0.971 at its first reading, the same with that
// session's starting rules) and newsset97.toml (elections around the
// world, 1992-2026: 0.966, the same), read after its speed work, then
// newsset100.toml (business and markets, 1988-2000: 0.974, against
// 0.976) and newsset101.toml (radio, television and wire world news,
// 1997-2001: 0.981, the same), read after its first rule changes; held
// out, each read once after all of its rule work and four reviews
// (against its starting rules): newsset98.toml (sanctions, trade
// disputes and export controls, 1995-2026: 0.973, the same),
// newsset99.toml (regional and local news in eight countries,
// 1994-2026: 0.945, against 0.942) and newsset102.toml (world and
// national wire copy of 2010-2014: 0.982, the same). The session after
// wrote six more, blind: for rule work newsset103.toml (military and
// defence, 1990-2026: 0.980 at its first reading, the same with that
// session's starting rules), newsset104.toml (public health and
// epidemics, 1995-2026: 0.983, the same) and newsset105.toml (transport,
// aviation and space, 1996-2026: 0.926, against 0.918); held out, each
// read once after all of its rule work and three reviews (against its
// starting rules): newsset106.toml (humanitarian crises, refugees and
// aid, 1998-2026: 0.984, the same), newsset107.toml (legislatures at
// work, 1989-2026: 0.972, the same) and newsset108.toml (news analysis
// and anniversary pieces, 1990-2026: 0.950, the same). The session after
// wrote six more, blind: for rule work newsset109.toml (news analysis,
// explainers and anniversary pieces, 1985-2026: 0.953 at its first
// reading), newsset110.toml (regional and local news in many countries,
// 1994-2026: 0.927) and newsset111.toml (sports, culture and
// entertainment, 1990-2026: 0.975); held out, each read once after all
// of its rule work and two reviews (against its starting rules):
// newsset112.toml (news analysis and anniversary pieces, 1988-2026:
// 0.966, against 0.956), newsset113.toml (regional and local news,
// 1996-2026: 0.961, against 0.956) and newsset114.toml (world and
// national wire copy of 2015-2020: 0.967, the same). The session after
// wrote twelve more, blind: for rule work newsset115.toml (business wire
// of 1989-2000: 0.974 with that session's starting rules),
// newsset116.toml (international wire of 1998-2000: 0.987),
// newsset117.toml (diplomacy, 2018-2026: 0.994), newsset121.toml
// (broadcast transcripts, 1996-2004: 0.971), newsset122.toml (courts and
// crime, 1995-2025: 0.981), newsset123.toml (weather and disasters,
// 1995-2025: 0.971), newsset125.toml (obituaries and anniversaries,
// 1990-2025: 0.947) and newsset126.toml (elections, 1995-2025: 0.950);
// held out, each read once after all of its rule work and three reviews
// (against its starting rules): newsset118.toml (diplomacy: 0.969, the
// same), newsset119.toml (international wire of 1998-2000: 0.977, the
// same), newsset120.toml (business wire of 1989-2000: 0.955, against
// 0.949) and newsset124.toml (broadcast transcripts: 0.974, against
// 0.964). The session after wrote thirteen more, blind: for rule work
// newsset127.toml (sports, 2005-2015: 0.974 with that session's starting
// rules), newsset128.toml (energy and commodities, 2003-2012: 0.972),
// newsset130.toml (central banks, 1995-2010: 0.970), newsset131.toml
// (science and space, 2000-2020: 0.982), newsset132.toml (US local
// government, 1992-2016: 0.977), newsset135.toml (weekly previews,
// 1990-2022: 0.946), newsset136.toml (anniversaries, 1995-2025: 0.928)
// and newsset137.toml (regional wire of Asia, Africa, Latin America and
// the Middle East, 2000-2020: 0.923); held out, each read once after all
// of its rule work and three reviews (against its starting rules):
// newsset129.toml (war and conflict, 2022-2025: 0.983, against 0.982),
// newsset133.toml (general wire of 2003-2009: 0.974, the same),
// newsset134.toml (business and markets, 2001-2008: 0.952, against
// 0.949), newsset138.toml (diplomacy, 2008-2026: 0.962, against 0.959)
// and newsset139.toml (general news of 1995-2002: 0.970, the same).
// The session after wrote eight more, blind: for rule work
// newsset140.toml (agency wire of 1998-2000: 0.968 with that session's
// starting rules), newsset141.toml (broadcast transcripts of 1997-98:
// 0.969), newsset142.toml (business news of 1989-92: 0.963),
// newsset143.toml (week-ahead previews of 1995-2024: 0.944) and
// newsset144.toml (anniversaries and obituaries of 1995-2025: 0.961);
// held out, each read once after all of its rule work and three reviews
// (against its starting rules): newsset145.toml (agency wire of
// 1996-2001: 0.975, the same), newsset146.toml (business and markets of
// 1989-2000: 0.974, the same) and newsset147.toml (diplomacy of
// 2012-2026: 0.973, the same). The session after wrote eight more,
// blind: for rule work newsset148.toml (WikiNews-style reports of
// 2012-13, like the TempEval-3 test set: 0.981 with that session's
// starting rules), newsset149.toml (financial and corporate wire of
// 2010-14: 0.934), newsset150.toml (diplomacy of 2014-26: 0.969),
// newsset151.toml (radio and television transcripts of 1998-2015: 0.963)
// and newsset152.toml (regional and local news of 2000-26: 0.924); held
// out, their errors never read, only their score lines, which the rule
// work's checks showed as they moved (at the session's end, against its
// starting rules): newsset153.toml
// (WikiNews-style reports of 2005-14: 0.963, the same), newsset154.toml
// (agency wire of 2010-14: 0.977, against 0.976) and newsset155.toml
// (diplomacy and conflict of 2015-26: 0.989, the same).
// Floors sit about 0.008 below each set's figure at that session's end.
// The session after wrote seven more, blind: for rule work
// newsset156.toml (business and markets copy of 1989-98, TimeBank's
// kind: 0.962 with that session's starting rules), newsset157.toml
// (newswire of 1998-2000, AQUAINT's kind: 0.963), newsset158.toml
// (sports, arts and culture of 2000-26: 0.949) and newsset159.toml
// (science, health and technology of 2000-26: 0.973); held out, their
// errors never read, only their score lines: newsset160.toml (newswire
// of 1996-2000: 0.972, against 0.970), newsset161.toml (business and
// politics of 1989-98: 0.945, the same) and newsset162.toml (world news
// of 2016-26: 0.955, against 0.954). Their floors sit about 0.008 below
// the session's final figures too.
// The session after wrote seven more, blind: for rule work
// newsset163.toml (Wall Street Journal business copy of 1989-91,
// TimeBank's kind: 0.933 with that session's starting rules),
// newsset164.toml (international newswire of 1998-2000, AQUAINT's kind:
// 0.985), newsset165.toml (local and regional news of 2005-26: 0.961)
// and newsset166.toml (diplomacy and security of 2018-26: 0.975); held
// out, their errors never read, only their score lines:
// newsset167.toml (business and economy of 1989-98: 0.958, the same),
// newsset168.toml (general newswire of 1996-2000: 0.977, the same) and
// newsset169.toml (international politics of 2016-26: 0.967, the
// same). Floors as before. Late in that session six more, blind: for
// rule work newsset170.toml (sports of 1995-2026: 0.956 with the rules
// of that point), newsset171.toml (elections and parliaments of
// 1992-2026: 0.955), newsset172.toml (courts and crime wire of
// 1995-2010: 0.981) and newsset173.toml (markets and economy wire of
// 2005-26: 0.953); held out, their errors never read, only their score
// lines: newsset174.toml (mixed newswire of 1997-2005: 0.968, the same
// at the end) and newsset175.toml (mixed news of 2015-26: 0.954, the
// same). Floors as before. The session after added thirteen, blind: for
// rule work newsset176.toml (broadcast transcripts of 1997-99: 0.974
// with that session's starting rules), newsset177.toml (science, health
// and space of 1995-2026: 0.969), newsset178.toml (labor, energy and
// commodities of 1988-2000: 0.967), newsset179.toml (conflict and
// humanitarian wire of 1998-2026: 0.937), and later newsset183.toml
// (Wall Street Journal copy of 1989-90: 0.984), newsset184.toml
// (newswire of 1998-2000: 0.956), newsset185.toml (weather and
// disasters of 1995-2026: 0.965) and newsset186.toml (entertainment and
// obituaries of 1990-2026: 0.947); held out, their errors never read,
// only their score lines: newsset180.toml (general newswire of
// 1998-2000: 0.986, the same at the end), newsset181.toml (business,
// markets and politics of 1989-2026: 0.950, the same), newsset182.toml
// (regional and broadcast-style news of 1997-2026: 0.924, then 0.925),
// newsset187.toml (general news of 1989-2000: 0.970, the same) and
// newsset188.toml (mixed news of 2005-26: 0.977, then 0.979). Floors
// as before. The session after added thirteen more, blind: for rule work
// newsset189.toml (sport of 1995-2026: 0.943 with that session's
// starting rules), newsset190.toml (diplomacy of 1989-2026: 0.976),
// newsset191.toml (courts and crime of 1995-2026: 0.958),
// newsset192.toml (markets and economic data of 1989-2000: 0.935), and
// later newsset196.toml (Asia-Pacific wire of 1995-2026: 0.970),
// newsset197.toml (health and epidemics: 0.979), newsset198.toml
// (technology and corporate news of 2005-26: 0.932) and newsset199.toml
// (radio and television scripts of 1995-2026: 0.898); held out, their
// errors never read: newsset193.toml (diplomatic newswire of 1998-2000:
// 0.967, the same at the end), newsset194.toml (general news of
// 2010-26: 0.976, the same), newsset195.toml (transport, elections and
// local government of 1990-2026: 0.938, the same), newsset200.toml
// (newswire of 1998-2000: 0.967, then 0.972) and newsset201.toml (local,
// national and world news of 1990-2026: 0.939, the same). Floors as
// before. A later session's six, written from a new brief: for rule
// work newsset202.toml (energy, climate talks and OPEC, 1989-2026:
// 0.912 with the session's starting rules), newsset203.toml (wars,
// ceasefires and peace talks, 1990-2026: 0.919), newsset204.toml (farm,
// commodity and weather wire copy, 1988-2000: 0.911) and newsset205.toml
// (arts, culture, obituaries and anniversaries, 1995-2026: 0.888); held
// out, their errors never read: newsset206.toml (diplomatic and summit
// wire copy, 1998-2026: 0.919) and newsset207.toml (regional business,
// labour and strike news, 1989-2026: 0.924). Their annotators wrote
// zone offsets into clock values ("T09:00Z"), decades as "P1DE" and, in
// 202-204, ages ("58-year-old") as durations, where the earlier sets
// and TimeBank mostly do not; those disagreements stay and hold the
// figures down. Four more from the same brief: for rule work
// newsset208.toml (science, space and public health, 1990-2026: 0.908
// with the session's starting rules) and newsset209.toml (elections and
// parliaments in Europe, Africa and Asia, 1995-2026: 0.931); held out
// newsset210.toml (general wire copy, 1989-2026: 0.946) and
// newsset211.toml (business, markets and results, 1989-2026: 0.913).
// A third round: for rule work newsset212.toml (crime, courts, accidents
// and disasters, 1990-2026: 0.945 with the session's starting rules) and
// newsset213.toml (sport, 1992-2026: 0.929); held out newsset214.toml
// (diplomacy and conflict wire copy, 1989-2026: 0.905) and newsset215.toml
// (economy, central banks and trade, 1989-2026: 0.931). At that session's
// end the fourteen read 0.923, 0.930, 0.923, 0.893, 0.920, 0.927, 0.913,
// 0.942, 0.948, 0.915, 0.946, 0.934, 0.906 and 0.933 (202 to 215); floors
// about 0.008 under. The next session's sets, from the same brief: for
// rule work newsset216.toml (transport, aviation, railways and
// shipping, 1989-2026: 0.930 with that session's starting rules),
// newsset218.toml (technology, telecoms and internet
// companies, 1995-2026: 0.915 with that session's starting rules),
// newsset220.toml (local government, schools and housing, 1989-2026:
// 0.942) and newsset222.toml (health, medicine and epidemics, 1989-2026:
// 0.953); held out newsset217.toml (diplomatic talks, state visits and
// peace negotiations, 1995-2026: 0.953), newsset219.toml (general wire
// copy, 1989-2026: 0.919), newsset221.toml (conflict, sanctions and
// defence, 1998-2026: 0.912) and newsset223.toml (law, courts and
// legislation, 1989-2026: 0.927). A second round of that session: held
// out newsset226.toml (stock, bond, currency and commodity market
// reports, 1989-2026: 0.946 with that session's starting rules) and
// newsset227.toml (elections and politics in the Americas and Europe,
// 1989-2026: 0.926); for rule work newsset224.toml (weather, storms and
// natural disasters, 1989-2026: 0.931) and newsset225.toml (obituaries,
// anniversaries and history features, 1989-2026: 0.861). A third round:
// for rule work newsset228.toml (crime, police, fires and accidents from
// local papers, 1989-2026: 0.922 with that session's starting rules) and
// newsset230.toml (space launches, science and research, 1989-2026:
// 0.893); held out newsset229.toml (the EU, NATO, the UN and other
// international bodies, 1992-2026: 0.921) and newsset231.toml (politics
// and economy in Asia, Africa and the Middle East, 1989-2026: 0.941). At
// that session's end the sixteen read 0.939, 0.953, 0.921, 0.919, 0.954,
// 0.912, 0.955, 0.927, 0.948, 0.884, 0.946, 0.925, 0.933, 0.920, 0.894 and
// 0.943 (216 to 231); floors stay about 0.008 under the starting figures.
// The next session's sets, from the same brief: for rule work
// newsset232.toml (sport fixtures, results and transfers, 1989-2026: 0.914
// with that session's starting rules), newsset234.toml (film, music,
// television and celebrity news, 1989-2026: 0.900), newsset236.toml
// (agriculture, food prices, environment and energy, 1989-2026: 0.952)
// and newsset238.toml (education, universities, religion and social
// affairs, 1989-2026: 0.937); held out, their errors never read,
// newsset233.toml (general wire copy, 1989-2026: 0.892), newsset235.toml
// (diplomacy, summits and treaties, 1989-2026: 0.944), newsset237.toml
// (company results, mergers and labour, 1989-2026: 0.942) and
// newsset239.toml (national news: courts, crime, disasters and
// government, 1989-2026: 0.931). A second round of that session, figures
// with the same starting rules: for rule work newsset240.toml (courts,
// trials and sentencing, 1989-2026: 0.923), newsset242.toml (military
// operations, ceasefires, refugees and aid, 1989-2026: 0.923),
// newsset244.toml (retail, consumer, housing and personal finance,
// 1989-2026: 0.942) and newsset246.toml (history features, obituaries
// and anniversaries, 1989-2026: 0.889); held out newsset241.toml
// (general wire copy, 1989-2026: 0.919), newsset243.toml (summits, state
// visits and treaties, 1989-2026: 0.912), newsset245.toml (central
// banks, inflation, jobs and markets, 1989-2026: 0.921) and
// newsset247.toml (elections, campaigns and parliaments worldwide,
// 1989-2026: 0.921). At that session's end the sixteen read 0.944, 0.892,
// 0.912, 0.944, 0.956, 0.946, 0.949, 0.931, 0.928, 0.919, 0.928, 0.912,
// 0.946, 0.921, 0.909 and 0.921 (232 to 247); floors stay about 0.008
// under the starting figures.
// The next session's sets, from the same brief, figures with its starting
// rules: for rule work newsset248.toml (weather, storms, floods and
// natural disasters, 1989-2026: 0.931), newsset250.toml (transport,
// aviation, railways and shipping, 1989-2026: 0.906), newsset252.toml
// (technology, telecoms, science and space, 1989-2026: 0.871) and
// newsset254.toml (local government, police, crime and community news,
// 1989-2026: 0.904); held out, their errors never read, newsset249.toml
// (general wire copy, 1989-2026: 0.904), newsset251.toml (diplomacy,
// sanctions, state visits and international relations, 1989-2026:
// 0.930), newsset253.toml (business, company results, mergers and
// markets, 1989-2026: 0.908) and newsset255.toml (health, medicine,
// hospitals and epidemics, 1989-2026: 0.959).
// A second round of that session, figures with the same starting rules:
// for rule work newsset256.toml (state and national politics in the
// United States, Canada and Australia, 1989-2026: 0.912),
// newsset258.toml (sport fixtures, results and transfers, 1989-2026:
// 0.910), newsset260.toml (economy, trade, budgets and central banks,
// 1989-2026: 0.931) and newsset262.toml (arts, culture, obituaries and
// anniversaries, 1989-2026: 0.886); held out newsset257.toml (general
// wire copy, 1989-2026: 0.943), newsset259.toml (conflict, security and
// defence, 1989-2026: 0.921), newsset261.toml (national news: courts,
// crime, accidents and disasters, 1989-2026: 0.936) and newsset263.toml
// (technology, telecoms and company news, 1989-2026: 0.926).
// The next session's sets, figures with its starting rules: for rule
// work newsset264.toml (elections, parliaments and party politics in the
// United Kingdom, Europe and Asia, 1989-2026: 0.930), newsset266.toml
// (courts, trials, lawsuits and legal affairs, 1989-2026: 0.927),
// newsset268.toml (energy, oil, climate, environment and agriculture,
// 1989-2026: 0.928) and newsset270.toml (education, religion, society
// and strikes, 1989-2026: 0.925); held out newsset265.toml (general wire
// copy, 1989-2026: 0.938), newsset267.toml (foreign news, summits, peace
// talks and refugees, 1989-2026: 0.918), newsset269.toml (business,
// company results, markets and retail, 1989-2026: 0.920) and
// newsset271.toml (sport fixtures, results and transfers, 1989-2026:
// 0.937).
// A second round of that session, figures with the rules at the time its
// sets were asked for: for rule work newsset272.toml (crime, police and
// local courts, 1989-2026: 0.958), newsset274.toml (health, medicine,
// drug approvals and epidemics, 1989-2026: 0.960), newsset276.toml
// (weather, earthquakes, wildfires and disasters, 1989-2026: 0.921) and
// newsset278.toml (war, military operations and defence policy,
// 1989-2026: 0.940); held out newsset273.toml (general wire copy,
// 1989-2026: 0.888), newsset275.toml (politics, legislatures and
// elections in the United States, 1989-2026: 0.908), newsset277.toml
// (economy, trade, budgets and central banks, 1989-2026: 0.912) and
// newsset279.toml (arts, culture, obituaries and anniversaries,
// 1989-2026: 0.895).
// A third round, figures with the rules when it was asked for: for rule
// work newsset280.toml (general wire copy, 1989-2026: 0.923),
// newsset282.toml (diplomacy, sanctions, state visits and treaties,
// 1989-2026: 0.934), newsset284.toml (business, company results, markets
// and retail, 1989-2026: 0.886) and newsset286.toml (transport, aviation,
// shipping and space flight, 1989-2026: 0.936); held out newsset281.toml
// (general wire copy, 1989-2026: 0.907), newsset283.toml (diplomacy,
// sanctions, state visits and treaties, 1989-2026: 0.931),
// newsset285.toml (national news: courts, crime, accidents and public
// services, 1989-2026: 0.940) and newsset287.toml (elections, campaigns
// and governments worldwide, 1989-2026: 0.935). With the session's
// starting rules all eight read the same.
// The next session's sets, from the same brief, figures with that
// session's starting rules: for rule work newsset288.toml (general wire
// copy, 1989-2026: 0.923), newsset290.toml (business, company results,
// markets, central banks and the economy, 1989-2026: 0.915),
// newsset292.toml (diplomacy, wars, ceasefires, peace talks and summits,
// 1989-2026: 0.919) and newsset294.toml (weather, natural disasters,
// science, health and the environment, 1989-2026: 0.964); held out
// newsset289.toml (general wire copy, 1989-2026: 0.934), newsset291.toml
// (sport, 1989-2026: 0.911), newsset293.toml (US politics: Congress, the
// White House, campaigns and the courts, 1989-2026: 0.918) and
// newsset295.toml (national and local news: courts, crime, accidents,
// strikes and public services, 1989-2026: 0.935).
// A second round, asked for after four rule commits (4ae8725), which give
// the same figures as the session's starting rules: for rule work
// newsset296.toml (general wire copy, 1989-2026: 0.927), newsset298.toml
// (elections, parliaments, coalitions and governments worldwide,
// 1989-2026: 0.942), newsset300.toml (crime, courts, police, fires and
// accidents, 1989-2026: 0.938) and newsset302.toml (sport fixtures,
// results, transfers and tournaments, 1989-2026: 0.949); held out
// newsset297.toml (general wire copy, 1989-2026: 0.905), newsset299.toml
// (company news, labour disputes, strikes, trade and the economy,
// 1989-2026: 0.926), newsset301.toml (foreign news: conflicts, refugees,
// diplomacy and summits, 1989-2026: 0.935) and newsset303.toml (science,
// space, technology, health and the environment, 1989-2026: 0.905).
// A third round, asked for after twelve rule commits (7b06f8a); figures
// with those rules, which differ from the session's starting ones only on
// newsset311.toml (0.929 with them): for rule work newsset304.toml
// (general wire copy, 1989-2026: 0.928), newsset306.toml (courts, trials,
// police and public safety, 1989-2026: 0.928), newsset308.toml (sport,
// 1989-2026: 0.930) and newsset310.toml (diplomacy, state visits, summits,
// wars and peace talks, 1989-2026: 0.923); held out newsset305.toml
// (general wire copy, 1989-2026: 0.905), newsset307.toml (politics and
// elections in Europe, Asia, Africa and the Americas, 1989-2026: 0.944),
// newsset309.toml (markets, company results, central banks, trade and the
// economy, 1989-2026: 0.914) and newsset311.toml (disasters, weather,
// transport, health and science, 1989-2026: 0.931).
// A fourth round, asked for after twenty-five rule commits (56b0815),
// figures with those rules, which differ from the session's starting ones
// only on newsset314.toml (0.911 with them): for rule work
// newsset312.toml (general wire copy, 1989-2026: 0.895), newsset314.toml
// (elections, referendums, campaigns and vote counts worldwide,
// 1989-2026: 0.915), newsset316.toml (business, energy, markets and
// company news, 1989-2026: 0.921) and newsset318.toml (sport, arts,
// culture and entertainment, 1989-2026: 0.925); held out newsset313.toml
// (general wire copy, 1989-2026: 0.947), newsset315.toml (national news:
// government, courts, crime, weather and transport, 1989-2026: 0.931),
// newsset317.toml (world news: conflicts, diplomacy, disasters and aid,
// 1989-2026: 0.939) and newsset319.toml (science, space, health,
// technology and the environment, 1989-2026: 0.900).
// A fifth round, asked for after forty rule commits (04d18e4), two of
// its briefs on elections and vote counts to try the rules on vote nights
// on fresh text; figures with those rules, which differ from the
// session's starting ones only on newsset320.toml (0.933 with them) and
// newsset323.toml (0.925): for rule work newsset320.toml (general wire
// copy, 1989-2026: 0.935), newsset322.toml (elections, parliaments and
// vote counts, 1989-2026: 0.921), newsset324.toml (courts, crime,
// accidents, weather and local government, 1989-2026: 0.943) and
// newsset326.toml (sport, travel, culture and holidays, 1989-2026:
// 0.898); held out newsset321.toml (general wire copy, 1989-2026:
// 0.890), newsset323.toml (elections, parliaments and vote counts,
// 1989-2026: 0.927), newsset325.toml (business, markets, central banks
// and company results, 1989-2026: 0.906) and newsset327.toml (wars,
// diplomacy, disasters and summits, 1989-2026: 0.920).
// A sixth round, asked for near the end of that session's rule work
// (dc9350a); figures with those rules, which differ from the session's
// starting ones only on newsset330.toml (0.907 with them) and
// newsset331.toml (0.938): for rule work newsset328.toml (general wire
// copy, 1989-2026: 0.925), newsset330.toml (politics, elections and
// government worldwide, 1989-2026: 0.909), newsset332.toml (business,
// markets, technology and the economy, 1989-2026: 0.928) and
// newsset334.toml (diplomacy, conflicts, summits and aid, 1989-2026:
// 0.933); held out newsset329.toml (general wire copy, 1989-2026: 0.914),
// newsset331.toml (crime, courts, disasters and public safety,
// 1989-2026: 0.940), newsset333.toml (sport, culture, holidays and
// travel, 1989-2026: 0.923) and newsset335.toml (science, health,
// weather, space and the environment, 1989-2026: 0.888).
// Stop 32 added eight more in a first round, asked for at the start of
// that session's rule work (083379b); figures with those rules: for rule
// work newsset336.toml (general wire copy, 1989-2026: 0.902),
// newsset338.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.958), newsset340.toml (business, markets, central banks,
// energy and company results, 1989-2026: 0.917) and newsset342.toml
// (diplomacy, wars, peace talks, summits and aid, 1989-2026: 0.919); held
// out newsset337.toml (general wire copy, 1989-2026: 0.922),
// newsset339.toml (elections, parliaments and vote counts, 1989-2026:
// 0.925), newsset341.toml (sport, culture, holidays and travel,
// 1989-2026: 0.926) and newsset343.toml (science, health, weather, space
// and the environment, 1989-2026: 0.881).
// A second round, asked for after three rule commits (4aae7a1); figures
// with those rules, which are the session's starting ones: for rule work
// newsset344.toml (general wire copy, 1989-2026: 0.925), newsset346.toml
// (weather, storms, travel disruption and holiday traffic, 1989-2026:
// 0.931), newsset348.toml (sport: fixtures, results and tournaments,
// 1989-2026: 0.911) and newsset350.toml (politics and government:
// parliaments, cabinets, budgets and elections, 1989-2026: 0.943); held
// out newsset345.toml (general wire copy, 1989-2026: 0.893),
// newsset347.toml (national and local news, 1989-2026: 0.910),
// newsset349.toml (business, markets, central banks and company results,
// 1989-2026: 0.924) and newsset351.toml (wars, diplomacy, disasters and
// summits, 1989-2026: 0.925).
// A third round, asked for after seven rule commits (1545eab);
// figures with those rules, which differ from the session's starting ones
// only on newsset358.toml (0.880 with them): for rule work newsset352.toml
// (general wire copy, 1989-2026: 0.913), newsset354.toml (elections,
// referendums and vote counts, 1989-2026: 0.924), newsset356.toml
// (business, markets, energy, technology and company results, 1989-2026:
// 0.945) and newsset358.toml (science, health, weather, space and the
// environment, 1989-2026: 0.882); held out newsset353.toml (general wire
// copy, 1989-2026: 0.914), newsset355.toml (courts, trials, crime, police
// and accidents, 1989-2026: 0.939), newsset357.toml (sport, culture,
// holidays and travel, 1989-2026: 0.925) and newsset359.toml (diplomacy,
// wars, peace talks, summits and aid, 1989-2026: 0.912).
// A fourth round, asked for after thirteen rule commits (0cf071c); figures
// with those rules, which differ from the session's starting ones on
// newsset360.toml (0.923 with them), newsset363.toml (0.934) and
// newsset367.toml (0.902): for rule work newsset360.toml (general wire
// copy, 1989-2026: 0.921), newsset362.toml (disasters, terror attacks,
// fires, crashes and their aftermath, 1989-2026: 0.916), newsset364.toml
// (holidays, festivals, public events and weekend previews, 1989-2026:
// 0.899) and newsset366.toml (business, markets, central banks and
// company results, 1989-2026: 0.939); held out newsset361.toml (general
// wire copy, 1989-2026: 0.921), newsset363.toml (disasters, terror
// attacks, fires, crashes and their aftermath, 1989-2026: 0.936),
// newsset365.toml (national and local news, 1989-2026: 0.935) and
// newsset367.toml (elections, parliaments and vote counts, 1989-2026:
// 0.904).
// A fifth round, asked for after twenty-two rule commits (7d5b577);
// figures with those rules, which differ from the session's starting ones
// only on newsset369.toml (0.924 with them): for rule work
// newsset368.toml (general wire copy, 1989-2026: 0.940), newsset370.toml
// (sport: fixtures, results, tournaments and weekend previews, 1989-2026:
// 0.906), newsset372.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.920) and newsset374.toml (diplomacy, wars, peace talks,
// summits and aid, 1989-2026: 0.927); held out newsset369.toml (general
// wire copy, 1989-2026: 0.926), newsset371.toml (sport, culture,
// holidays and travel, 1989-2026: 0.931), newsset373.toml (weather,
// storms, travel disruption and holiday traffic, 1989-2026: 0.964) and
// newsset375.toml (business, markets, energy, technology and company
// results, 1989-2026: 0.919).
// A sixth round of seven, asked for after twenty-six rule commits
// (077bc6a; newsset377.toml, whose first writing failed, after
// twenty-eight, 0d02f69); figures with those rules, which differ from the
// session's starting ones on newsset378.toml (0.903 with them) and
// newsset380.toml (0.924): for rule work newsset376.toml (general wire
// copy, 1989-2026: 0.924), newsset378.toml (holidays, festivals, public
// events and weekend previews, 1989-2026: 0.906), newsset380.toml
// (elections, referendums and vote counts, 1989-2026: 0.925) and
// newsset382.toml (business, markets, central banks and company results,
// 1989-2026: 0.914); held out newsset377.toml (general wire copy,
// 1989-2026: 0.944), newsset379.toml (sport: fixtures, results and
// weekend previews, 1989-2026: 0.915) and newsset381.toml (disasters,
// terror attacks, fires, crashes and their aftermath, 1989-2026: 0.916).
// A seventh round of seven, asked for near the end of that session's
// rule work, after thirty-two rule commits (fc5176f); figures with those
// rules, which differ from the session's starting ones on
// newsset386.toml (0.923 with them) and newsset389.toml (0.923): for rule
// work newsset384.toml (general wire copy, 1989-2026: 0.911),
// newsset386.toml (sport, culture, holidays and travel, 1989-2026: 0.929)
// and newsset388.toml (wars, diplomacy, disasters and summits, 1989-2026:
// 0.908); held out newsset383.toml
// (general wire copy, 1989-2026: 0.937), newsset385.toml (business,
// markets, central banks and company results, 1989-2026: 0.925),
// newsset387.toml (national and local news, 1989-2026: 0.928) and
// newsset389.toml (elections, parliaments and vote counts, 1989-2026:
// 0.925).
// An eighth round, asked for at the end of that session's rule work
// (5374188), to measure its final rules on fresh text; figures with
// them, which differ from the session's starting ones on newsset390.toml
// (0.915 with them), newsset393.toml (0.905) and newsset395.toml (0.917):
// for rule work newsset390.toml (general wire copy, 1989-2026: 0.917),
// newsset392.toml (disasters, terror attacks, fires, crashes and their
// aftermath, 1989-2026: 0.916), newsset394.toml (business, markets,
// central banks and company results, 1989-2026: 0.929) and
// newsset396.toml (elections, parliaments and vote counts, 1989-2026:
// 0.920); held out newsset391.toml (general wire copy, 1989-2026: 0.898),
// newsset393.toml (sport, culture, holidays and travel, 1989-2026:
// 0.907), newsset395.toml (wars, diplomacy, disasters and summits,
// 1989-2026: 0.919) and newsset397.toml (national and local news,
// 1989-2026: 0.944).
// The next session's first round (398-405), asked for at its start
// (2feadc0), written blind by eight annotators: for rule work
// newsset398.toml (general wire copy, 1989-2026: 0.902), newsset400.toml
// (courts, trials, crime, police and accidents, 1989-2026: 0.930),
// newsset402.toml (sport: fixtures, results, previews and tournaments,
// 1989-2026: 0.910) and newsset404.toml (diplomacy, wars, peace talks,
// summits and humanitarian aid, 1989-2026: 0.939); held out
// newsset399.toml (general wire copy, 1989-2026: 0.924), newsset401.toml
// (politics and government, 1989-2026: 0.914), newsset403.toml (science,
// health, weather, space and the environment, 1989-2026: 0.925) and
// newsset405.toml (business, markets, energy and technology, 1989-2026:
// 0.920).
// A second round (406-413), asked for after two rule commits (985d2e0);
// figures then and now the same as with the session's starting rules: for
// rule work newsset406.toml (general wire copy, 1989-2026: 0.909),
// newsset408.toml (weather, storms, travel disruption and holiday
// traffic, 1989-2026: 0.948), newsset410.toml (holidays, festivals,
// parades and public events, 1989-2026: 0.883) and newsset412.toml
// (business, markets, central banks and company results, 1989-2026:
// 0.925); held out newsset407.toml (general wire copy, 1989-2026: 0.906),
// newsset409.toml (elections, referendums and vote counts, 1989-2026:
// 0.917), newsset411.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.926) and newsset413.toml (sport, culture, holidays and
// travel, 1989-2026: 0.931).
// A third round (414-421), asked for after seven rule commits (ff2b5dc);
// figures then and now the same as with the session's starting rules: for
// rule work newsset414.toml (general wire copy, 1989-2026: 0.900),
// newsset416.toml (disasters, terror attacks, fires, crashes and their
// aftermath, 1989-2026: 0.926), newsset418.toml (elections, parliaments
// and vote counts, 1989-2026: 0.932) and newsset420.toml (sport, culture,
// holidays and travel, 1989-2026: 0.938); held out newsset415.toml
// (general wire copy, 1989-2026: 0.903), newsset417.toml (national and
// local news, 1989-2026: 0.952), newsset419.toml (wars, diplomacy,
// disasters and summits, 1989-2026: 0.899) and newsset421.toml (business,
// markets, central banks and company results, 1989-2026: 0.912).
// A fourth round (422-429), asked for after twelve rule commits (daf64e4);
// figures then, where they differ from the session's starting ones on
// newsset425.toml (0.903 with them) and newsset428.toml (0.934): for rule
// work newsset422.toml (general wire copy, 1989-2026: 0.926),
// newsset424.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.927), newsset426.toml (diplomacy, wars, peace talks,
// summits and aid, 1989-2026: 0.907) and newsset428.toml (weather, storms,
// travel disruption and holiday traffic, 1989-2026: 0.932); held out
// newsset423.toml (general wire copy, 1989-2026: 0.908), newsset425.toml
// (holidays, festivals, parades and public events, 1989-2026: 0.907),
// newsset427.toml (science, health, weather, space and the environment,
// 1989-2026: 0.891) and newsset429.toml (politics and government,
// 1989-2026: 0.941).
// A fifth round (430-437), asked for after sixteen rule commits
// (3f04ebe); figures then and now the same as with the session's starting
// rules: for rule work newsset430.toml (general wire copy, 1989-2026:
// 0.942), newsset432.toml (sport: fixtures, results, previews, 1989-2026:
// 0.885), newsset434.toml (elections, referendums and vote counts,
// 1989-2026: 0.921) and newsset436.toml (business, markets, energy and
// technology, 1989-2026: 0.923); held out newsset431.toml (general wire
// copy, 1989-2026: 0.907), newsset433.toml (disasters, terror attacks,
// fires and crashes, 1989-2026: 0.928), newsset435.toml (holidays,
// festivals, parades and public events, 1989-2026: 0.879) and
// newsset437.toml (national and local news, 1989-2026: 0.944).
// A sixth round (438-445), asked for after twenty-two rule commits
// (89d4f0f), meant to be the last; figures then, which differ from the
// session's starting ones on newsset442.toml (0.926 with them) and
// newsset444.toml (0.927), and since then newsset438.toml rose to 0.926
// (8028e34): for rule work newsset438.toml
// (general wire copy, 1989-2026: 0.924), newsset440.toml (courts, trials,
// crime, police and accidents, 1989-2026: 0.944), newsset442.toml
// (business, markets, central banks and company results, 1989-2026:
// 0.928) and newsset444.toml (elections, parliaments and vote counts,
// 1989-2026: 0.935); held out newsset439.toml (general wire copy,
// 1989-2026: 0.917), newsset441.toml (sport: fixtures, results, previews,
// 1989-2026: 0.916), newsset443.toml (wars, diplomacy, peace talks and
// summits, 1989-2026: 0.928) and newsset445.toml (weather, storms, travel
// disruption and holiday traffic, 1989-2026: 0.942).
// A seventh round (446-453), asked for after two more rule commits
// (8028e34), the session's last, to measure its final rules; figures with
// them, which differ from the session's starting ones on newsset447.toml
// (0.927 with them), newsset448.toml (0.935) and newsset449.toml (0.918):
// for rule work newsset446.toml (general wire copy, 1989-2026: 0.933),
// newsset448.toml (disasters, terror attacks, fires and crashes,
// 1989-2026: 0.937), newsset450.toml (holidays, festivals, parades and
// public events, 1989-2026: 0.920) and newsset452.toml (sport, culture,
// holidays and travel, 1989-2026: 0.916); held out newsset447.toml
// (general wire copy, 1989-2026: 0.929), newsset449.toml (business,
// markets, energy and technology, 1989-2026: 0.920), newsset451.toml
// (politics and government, 1989-2026: 0.940) and newsset453.toml (courts,
// trials, crime, police and accidents, 1989-2026: 0.952).
// Session 34's first round (454-461), asked for at its start (844863f);
// figures with the rules of two commits later, which differ from the
// starting ones only on newsset459.toml (0.941 with them): for rule work
// newsset454.toml (diplomacy, summits, peace talks, treaties and
// sanctions, 1989-2026: 0.948), newsset456.toml (weather, storms, floods,
// droughts and the seasons, 1989-2026: 0.927), newsset458.toml (business,
// markets, energy and technology, 1989-2026: 0.907) and newsset460.toml
// (health, science, space launches and research, 1989-2026: 0.903); held
// out newsset455.toml (general wire copy, 1989-2026: 0.896),
// newsset457.toml (elections, campaigns, polls and referendums,
// 1989-2026: 0.941), newsset459.toml (foreign affairs: state visits,
// ministers' travel, embassies, ceasefires and negotiations, 1989-2026:
// 0.943) and newsset461.toml (sport fixtures, tournaments, transfers and
// results, 1989-2026: 0.910).
// A second round (462-469), asked for after two rule commits (d06ad86);
// figures with the rules of two more, the same as with the session's
// starting ones on every set: for rule work newsset462.toml (general wire
// copy, 1989-2026: 0.900), newsset464.toml (holidays, festivals,
// observances and public events, 1989-2026: 0.906), newsset466.toml
// (wars, conflicts, ceasefires and humanitarian crises, 1989-2026: 0.936)
// and newsset468.toml (transport, aviation, strikes and labour disputes,
// 1989-2026: 0.938); held out newsset463.toml (general wire copy,
// 1989-2026: 0.906), newsset465.toml (holidays, festivals, observances
// and public events, 1989-2026: 0.880), newsset467.toml (courts, trials,
// crime, police and accidents, 1989-2026: 0.925) and newsset469.toml
// (disasters, terror attacks, fires and crashes, 1989-2026: 0.910).
// A third round (470-477), asked for after four rule commits (bde4220);
// figures with the rules of two more, which differ from the session's
// starting ones only on newsset473.toml (0.939 with them; it had already
// risen when asked for): for rule work newsset470.toml (general wire copy,
// 1989-2026: 0.904), newsset472.toml (diplomacy, summits, peace talks,
// treaties and sanctions, 1989-2026: 0.943), newsset474.toml (elections,
// campaigns, polls and referendums, 1989-2026: 0.950) and newsset476.toml
// (religion, royalty, anniversaries and commemorations, 1989-2026: 0.924);
// held out newsset471.toml (general wire copy, 1989-2026: 0.933),
// newsset473.toml (diplomacy, summits, peace talks, treaties and
// sanctions, 1989-2026: 0.941), newsset475.toml (business, markets, energy
// and technology, 1989-2026: 0.925) and newsset477.toml (weather, storms,
// floods, droughts and the seasons, 1989-2026: 0.950).
// A fourth round (478-483), asked for after six rule commits (f3fb16a);
// figures with the rules of seven more (one of them a bound with no output
// change), which differ from the session's
// starting ones only on newsset478.toml (0.926 with them; it had risen
// when asked for): for rule work newsset478.toml (general wire copy,
// 1989-2026: 0.928), newsset480.toml (sport, culture, holidays and
// travel, 1989-2026: 0.918) and newsset482.toml (politics and government,
// 1989-2026: 0.939); held out newsset479.toml (general wire copy,
// 1989-2026: 0.949), newsset481.toml (sport, culture, holidays and
// travel, 1989-2026: 0.911) and newsset483.toml (politics and government,
// 1989-2026: 0.946).
// A fifth round (484-491), asked for after thirteen rule commits
// (e75427a); figures with the rules of two more, which differ from the
// session's starting ones only on newsset491.toml (0.896 with them; it
// had risen when asked for): for rule work newsset484.toml (general wire
// copy, 1989-2026: 0.925), newsset486.toml (courts, trials, crime, police
// and accidents, 1989-2026: 0.912), newsset488.toml (health, science,
// space launches and research, 1989-2026: 0.894) and newsset490.toml
// (foreign affairs: state visits, ministers' travel, embassies,
// ceasefires and negotiations, 1989-2026: 0.941); held out
// newsset485.toml (general wire copy, 1989-2026: 0.915), newsset487.toml
// (wars, conflicts, ceasefires and humanitarian crises, 1989-2026:
// 0.940), newsset489.toml (transport, aviation, strikes and labour
// disputes, 1989-2026: 0.939) and newsset491.toml (holidays, festivals,
// observances and public events, 1989-2026: 0.898).
// A sixth round (492-499), asked for after nineteen rule commits (9f706a8;
// the commit adding it says twenty-one, a miscount); figures with the rules of two more, which differ from the
// session's starting ones on newsset495.toml (0.913 with them),
// newsset496.toml (0.943) and newsset499.toml (0.936), all three risen
// when asked for: for rule work newsset492.toml (general wire copy,
// 1989-2026: 0.926), newsset494.toml (elections, campaigns, polls and
// referendums, 1989-2026: 0.912), newsset496.toml (disasters, terror
// attacks, fires and crashes, 1989-2026: 0.944) and newsset498.toml
// (holidays, festivals, observances and public events, 1989-2026: 0.906);
// held out newsset493.toml (general wire copy, 1989-2026: 0.943),
// newsset495.toml (elections, campaigns, polls and referendums,
// 1989-2026: 0.914), newsset497.toml (business, markets, energy and
// technology, 1989-2026: 0.894) and newsset499.toml (diplomacy, summits,
// peace talks, treaties and sanctions, 1989-2026: 0.940).
// A seventh round (500-507), asked for after what was meant to be the
// last rule commit (34f2c84), to measure the final rules; figures with
// them, which differ from the session's starting ones only on
// newsset507.toml (0.942 with them; five rule commits and a tidy followed, and
// rule-work newsset500.toml, newsset504.toml and newsset506.toml rose to
// 0.882, 0.926 and 0.940 with them): for rule work newsset500.toml
// (general wire copy, 1989-2026: 0.878), newsset502.toml (politics and
// government, 1989-2026: 0.953), newsset504.toml (sport, culture, holidays
// and travel, 1989-2026: 0.920) and newsset506.toml (weather, storms,
// floods, droughts and the seasons, 1989-2026: 0.938); held out
// newsset501.toml (general wire copy, 1989-2026: 0.922), newsset503.toml
// (politics and government, 1989-2026: 0.947), newsset505.toml (sport,
// culture, holidays and travel, 1989-2026: 0.930) and newsset507.toml
// (courts, trials, crime, police and accidents, 1989-2026: 0.944).
// An eighth round (508-513), asked for after the last rule commit but one
// (93544f0; the last narrows it and leaves every fingerprint the same), to
// measure the final rules; figures with them, which differ from the
// session's starting ones on newsset509.toml (0.930 with them) and
// newsset512.toml (0.9035 with them, 0.9026 with the final rules; its
// Nowruz of 2026 is written March 20, where the tagger keeps March 21): for rule work newsset508.toml (general wire
// copy, 1989-2026: 0.928), newsset510.toml (business, markets, energy and
// technology, 1989-2026: 0.909) and newsset512.toml (holidays, festivals,
// observances and public events, 1989-2026: 0.903); held out
// newsset509.toml (general wire copy, 1989-2026: 0.931), newsset511.toml
// (business, markets, energy and technology, 1989-2026: 0.919) and
// newsset513.toml (holidays, festivals, observances and public events,
// 1989-2026: 0.902).
// A ninth round (514-519), asked for after the last rule commit (dfcf8cf;
// two followed the eighth round) to measure the final rules; figures with
// them, which differ from the session's starting ones only on
// newsset518.toml (0.9387 with them): for rule work newsset514.toml
// (general wire copy, 1989-2026: 0.922), newsset516.toml (weather, storms,
// floods, droughts and the seasons, 1989-2026: 0.949) and newsset518.toml
// (elections, campaigns, polls and referendums, 1989-2026: 0.941); held
// out newsset515.toml (general wire copy, 1989-2026: 0.901),
// newsset517.toml (weather, storms, floods, droughts and the seasons,
// 1989-2026: 0.953) and newsset519.toml (elections, campaigns, polls and
// referendums, 1989-2026: 0.929).
// Session 35's first round (520-527), asked for at its start (0a2ec00);
// figures with the starting rules, which the round's first three rule
// commits leave as they are: for rule work newsset520.toml (diplomacy:
// summits, talks, treaties, sanctions and envoys, 1989-2026: 0.946),
// newsset522.toml (general wire copy, 1989-2026: 0.908), newsset524.toml
// (health, science, space and the environment, 1989-2026: 0.880) and
// newsset526.toml (conflicts, ceasefires, refugees and humanitarian aid,
// 1989-2026: 0.952); held out newsset521.toml (diplomacy, 1989-2026:
// 0.903), newsset523.toml (general wire copy, 1989-2026: 0.928),
// newsset525.toml (health, science, space and the environment, 1989-2026:
// 0.906) and newsset527.toml (conflicts, ceasefires, refugees and
// humanitarian aid, 1989-2026: 0.954).
// A second round (528-535), asked for after the first round was added
// (e5735f8, rules of 65adee0); the same figures with the starting rules,
// with those of the ask and with those of a6f20e9, five rule commits on:
// for rule work newsset528.toml (business, markets, energy and technology,
// 1989-2026: 0.929), newsset530.toml (courts, trials, crime, police and
// accidents, 1989-2026: 0.921), newsset532.toml (sport, culture, holidays
// and travel, 1989-2026: 0.917) and newsset534.toml (politics and
// government, 1989-2026: 0.947); held out newsset529.toml (business,
// markets, energy and technology, 1989-2026: 0.911), newsset531.toml
// (courts, trials, crime, police and accidents, 1989-2026: 0.916),
// newsset533.toml (sport, culture, holidays and travel, 1989-2026: 0.930)
// and newsset535.toml (politics and government, 1989-2026: 0.935).
// A third round (536-543), asked for after the second was added (51999ac,
// rules of a6f20e9); figures with the rules of 1872c98, nine rule commits
// on, which differ from the starting ones only on newsset538.toml (0.9532
// with them; Super Tuesday's day of 2008, 65adee0): for rule work
// newsset536.toml (weather, storms, floods, droughts and the seasons,
// 1989-2026: 0.949), newsset538.toml (elections, campaigns, polls and
// referendums, 1989-2026: 0.955), newsset540.toml (holidays, festivals,
// observances and public events, 1989-2026: 0.929) and newsset542.toml
// (diplomacy, 1989-2026: 0.926); held out newsset537.toml (weather,
// 1989-2026: 0.961), newsset539.toml (elections, 1989-2026: 0.937),
// newsset541.toml (holidays, festivals and observances, 1989-2026: 0.906)
// and newsset543.toml (diplomacy, 1989-2026: 0.950).
// A fourth round (544-551), asked for after rule commit 914b8ba; the same
// figures with the starting rules, with those of the ask and with those of
// 01fa1cd, two rule commits on: for rule work newsset544.toml (general wire
// copy, 1989-2026: 0.908), newsset546.toml (courts, trials, crime, police
// and accidents, 1989-2026: 0.917), newsset548.toml (business, markets,
// energy and technology, 1989-2026: 0.925) and newsset550.toml (health,
// science, space and the environment, 1989-2026: 0.912); held out
// newsset545.toml (general wire copy, 1989-2026: 0.918), newsset547.toml
// (courts, trials, crime, police and accidents, 1989-2026: 0.932),
// newsset549.toml (business, markets, energy and technology, 1989-2026:
// 0.882) and newsset551.toml (health, science, space and the environment,
// 1989-2026: 0.918).
// A fifth round (552-559), asked for after the last rule commit (dacbaa1)
// to measure the final rules; figures with them, which differ from the
// session's starting ones on newsset552.toml (0.9429 with them),
// newsset558.toml (0.9208) and held-out newsset559.toml (0.9229): for rule
// work newsset552.toml (general wire copy, 1989-2026: 0.945),
// newsset554.toml (sport, culture, holidays and travel, 1989-2026: 0.913),
// newsset556.toml (conflicts, ceasefires, refugees and humanitarian aid,
// 1989-2026: 0.954) and newsset558.toml (elections, campaigns, polls and
// referendums, 1989-2026: 0.924); held out newsset553.toml (general wire
// copy, 1989-2026: 0.921), newsset555.toml (sport, culture, holidays and
// travel, 1989-2026: 0.927), newsset557.toml (conflicts, ceasefires,
// refugees and humanitarian aid, 1989-2026: 0.953) and newsset559.toml
// (elections, campaigns, polls and referendums, 1989-2026: 0.924).
// A sixth round (560-567), asked for after two rule commits that followed
// the fifth (4987a0b), to measure the final rules; figures with them
// (c6dea77), which differ from the session's starting ones only on
// held-out newsset565.toml (0.8914 with them): for rule work
// newsset560.toml (business, markets, energy and technology, 1989-2026:
// 0.889), newsset562.toml (weather, storms, floods, droughts and the
// seasons, 1989-2026: 0.938), newsset564.toml (holidays, festivals,
// observances and public events, 1989-2026: 0.887; it fell to 0.885 with
// e580a66's "since" clauses, put right in c6dea77) and newsset566.toml
// (politics and government, 1989-2026: 0.934); held out newsset561.toml
// (business, markets, energy and technology, 1989-2026: 0.919),
// newsset563.toml (weather, 1989-2026: 0.930), newsset565.toml (holidays,
// festivals and public events, 1989-2026: 0.893) and newsset567.toml
// (politics and government, 1989-2026: 0.925).
// A first round of the next session (568-575), asked for at its start
// (2456510); for rule work newsset568.toml (diplomacy, 1989-2026: 0.913),
// newsset570.toml (courts, trials, crime, police and accidents, 1989-2026:
// 0.952), newsset572.toml (sport, culture, holidays and travel, 1989-2026:
// 0.941) and newsset574.toml (health, science, space and the environment,
// 1989-2026: 0.911); held out newsset569.toml (diplomacy, 1989-2026:
// 0.936), newsset571.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.898), newsset573.toml (sport, culture, holidays and travel,
// 1989-2026: 0.911) and newsset575.toml (health, science, space and the
// environment, 1989-2026: 0.905).
// A second round (576-583), asked for after the first rule commit
// (25c3f50); the same figures with the starting rules, with those of the
// ask and with those of 1f0ec39, five rule commits on: for rule work
// newsset576.toml (general wire copy, 1989-2026: 0.933), newsset578.toml
// (elections, 1989-2026: 0.912), newsset580.toml (business, markets,
// energy and technology, 1989-2026: 0.897) and newsset582.toml (holidays,
// festivals and public events around the world, 1989-2026: 0.909); held
// out newsset577.toml (general wire copy, 1989-2026: 0.903),
// newsset579.toml (elections, 1989-2026: 0.937), newsset581.toml
// (business, markets, energy and technology, 1989-2026: 0.942) and
// newsset583.toml (holidays, festivals and public events around the
// world, 1989-2026: 0.908).
// A third round (584-591), asked for after seven rule commits (ca05220);
// the same figures with the starting rules, with those of the ask and with
// those of db723de, except rule-work newsset590.toml (0.8889 with the
// starting rules, 0.8944 with db723de): for rule work newsset584.toml
// (weather, storms, floods, droughts and the seasons, 1989-2026: 0.946),
// newsset586.toml (conflicts, ceasefires, refugees and humanitarian aid,
// 1989-2026: 0.951), newsset588.toml (politics and government, 1989-2026:
// 0.939) and newsset590.toml (sport, culture, holidays and travel,
// 1989-2026: 0.894); held out newsset585.toml (weather, 1989-2026:
// 0.940), newsset587.toml (conflicts and humanitarian aid, 1989-2026:
// 0.932), newsset589.toml (politics and government, 1989-2026: 0.917) and
// newsset591.toml (sport, culture, holidays and travel, 1989-2026: 0.953).
// A fourth round (592-599), asked for in two parts, after the first
// review's findings were not yet in (592-597 at 6244d0e) and after they were
// (598-599 at 65e33d1); the same figures with the starting rules, with
// those of both asks and with those of ed9a1a7: for rule work
// newsset592.toml (business, markets, energy and technology, 1989-2026:
// 0.900), newsset594.toml (courts, trials, crime, police and accidents,
// 1989-2026: 0.926), newsset596.toml (general wire copy, 1989-2026: 0.911)
// and newsset598.toml (elections, 1989-2026: 0.914); held out
// newsset593.toml (business and markets, 1989-2026: 0.922),
// newsset595.toml (courts, crime and accidents, 1989-2026: 0.949),
// newsset597.toml (general wire copy, 1989-2026: 0.915) and
// newsset599.toml (elections, 1989-2026: 0.939).
// A fifth round (600-607), asked for after the last rule commit (c9a00e9)
// to measure the final rules; figures with them, which differ from the
// session's starting ones on rule-work newsset602.toml (0.9369 with them),
// newsset604.toml (0.9145), newsset606.toml (0.9205) and held-out
// newsset605.toml (0.8983): for rule work newsset600.toml (diplomacy,
// 1989-2026: 0.922), newsset602.toml (weather, storms, floods and the
// seasons, 1989-2026: 0.939), newsset604.toml (holidays, festivals and
// public events around the world, 1989-2026: 0.916) and newsset606.toml
// (general wire copy, 1989-2026: 0.922); held out newsset601.toml
// (diplomacy, 1989-2026: 0.952), newsset603.toml (weather, 1989-2026:
// 0.935), newsset605.toml (holidays, festivals and public events,
// 1989-2026: 0.908) and newsset607.toml (general wire copy, 1989-2026:
// 0.915).
//
// A sixth round (608-615), asked for at the start of the next session
// (b1ac221); figures with the rules at their commit, which differ from
// the starting ones on held-out newsset609.toml (0.9354 with them): for
// rule work newsset608.toml (conflicts, ceasefires, refugees and aid,
// 1989-2026: 0.946), newsset610.toml (elections, campaigns and referendums,
// 1989-2026: 0.931), newsset612.toml (health, science, space and the
// environment, 1989-2026: 0.917) and newsset614.toml (politics and
// government, 1989-2026: 0.949); held out newsset609.toml (conflicts and aid,
// 1989-2026: 0.937), newsset611.toml (elections, 1989-2026: 0.917),
// newsset613.toml (health, science and the environment, 1989-2026: 0.894)
// and newsset615.toml (politics and government, 1989-2026: 0.961).
//
// A seventh round (616-623), asked for after the first rule commits
// (ca42e78); its figures are the same with the starting rules, those of
// the ask and those of its commit: for rule work newsset616.toml
// (business, markets, energy and technology, 1989-2026: 0.932),
// newsset618.toml (courts, trials, crime and accidents, 1989-2026: 0.923),
// newsset620.toml (sport, culture, holidays and travel, 1989-2026: 0.938) and
// newsset622.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.954); held out newsset617.toml (business and markets, 1989-2026: 0.925),
// newsset619.toml (courts and crime, 1989-2026: 0.940), newsset621.toml
// (sport, culture and travel, 1989-2026: 0.937) and newsset623.toml (weather
// and the seasons, 1989-2026: 0.931).
//
// An eighth round (624-631), asked for after the review's first run
// (c9bcf8a; newsset631.toml after its fixes, 42ffe57); figures with the
// rules of 4dc0ddf, which differ from the starting ones and those of the
// ask on held-out newsset627.toml (0.9120 with them; 69bb117, "for the
// weekend" told on a Wednesday, lowered it by one timex): for rule work
// newsset624.toml (diplomacy, 1989-2026: 0.935), newsset626.toml (holidays,
// festivals and public events around the world, 1989-2026: 0.908),
// newsset628.toml (general wire copy, 1989-2026: 0.911) and newsset630.toml
// (elections, campaigns and referendums, 1989-2026: 0.953); held out
// newsset625.toml (diplomacy, 1989-2026: 0.956), newsset627.toml (holidays
// and festivals, 1989-2026: 0.910), newsset629.toml (general wire copy,
// 1989-2026: 0.894) and newsset631.toml (elections, 1989-2026: 0.911).
//
// A ninth round (632-639), asked for near the final rules (ae57ce4;
// newsset639.toml after the review fixes, 0fc6e4a; four small rule
// commits came after); figures with the rules of 76872e7, which differ from the starting ones on rule-work
// newsset634.toml (0.9014 with them; 69bb117, "for the holiday weekend"
// told on a Wednesday) and held-out newsset635.toml (0.9168; 8a94379, a
// day a few weeks after one in history), one timex each: for rule work
// newsset632.toml (health, science, space and the environment, 1989-2026:
// 0.912), newsset634.toml (courts, trials, crime and accidents, 1989-2026:
// 0.899), newsset636.toml (general wire copy, 1989-2026: 0.905) and
// newsset638.toml (business, markets, energy and technology, 1989-2026:
// 0.905); held out newsset633.toml (health, science and the environment,
// 1989-2026: 0.891), newsset635.toml (courts and crime, 1989-2026: 0.915),
// newsset637.toml (general wire copy, 1989-2026: 0.917) and
// newsset639.toml (business and markets, 1989-2026: 0.900).
//
// A tenth round (640-647), asked for at the final rules (f5fef14); its
// figures are the same with the starting rules: for rule work
// newsset640.toml (sport, culture, holidays and travel, 1989-2026: 0.908),
// newsset642.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.940), newsset644.toml (diplomacy, 1989-2026: 0.940) and newsset646.toml
// (elections, campaigns and referendums, 1989-2026: 0.942); held out
// newsset641.toml (sport, culture and travel, 1989-2026: 0.930),
// newsset643.toml (weather and the seasons, 1989-2026: 0.953),
// newsset645.toml (diplomacy, 1989-2026: 0.930) and newsset647.toml
// (elections, 1989-2026: 0.907).
//
// An eleventh round (648-655), the first of a later session, asked for at
// its start (4226504) from a brief written anew, as the earlier one was lost
// with that session's workspace; its figures are the same with the rules of
// 9094711: for rule work newsset648.toml (conflicts, ceasefires, refugees
// and aid, 1989-2026: 0.963), newsset650.toml (health, science, space and
// the environment, 1989-2026: 0.942), newsset652.toml (business, markets,
// energy and technology, 1989-2026: 0.923) and newsset654.toml (weather,
// storms, floods and the seasons, 1989-2026: 0.939; baf2570 lowered it by
// two timexes and 9094711 mended that); held out newsset649.toml (elections,
// campaigns and referendums, 1989-2026: 0.954), newsset651.toml (courts,
// crime, police and accidents, 1989-2026: 0.965), newsset653.toml (sport,
// culture, holidays and travel, 1989-2026: 0.943) and newsset655.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.955).
//
// A twelfth round (656-663), asked for after seven rule commits (b50467b);
// figures with the rules of afda403, which differ from those at the ask on
// rule-work newsset656.toml (0.9403 then; f6a0edc, "did not meet again until
// Wednesday") and newsset658.toml (0.9489; afda403, a holiday in what
// someone was urged to do) and held-out newsset659.toml (0.9564) and
// newsset663.toml (0.9423), one timex each; held-out newsset661.toml is one
// timex lower than with the session's starting rules (0.9066 then; 27a7eed,
// a small-hours time "until after"): for rule work newsset656.toml (politics
// and government, 1989-2026: 0.942), newsset658.toml (general wire copy,
// 1989-2026: 0.951), newsset660.toml (holidays, festivals and public events,
// 1989-2026: 0.907) and newsset662.toml (sport, culture, holidays and
// travel, 1989-2026: 0.939); held out newsset657.toml (politics and
// government, 1989-2026: 0.950), newsset659.toml (general wire copy,
// 1989-2026: 0.958), newsset661.toml (holidays, festivals and public events,
// 1989-2026: 0.905) and newsset663.toml (courts, crime, police and
// accidents, 1989-2026: 0.944).
//
// A thirteenth round (664-671), asked for after fourteen rule commits
// (5a5d36a, with the rules of afda403); its figures are the same with the
// rules of d726a31, and all but rule-work newsset668.toml (0.9399 then;
// 563d297, "may be" a word before "before") the same with the session's
// starting rules: for rule work newsset664.toml (diplomacy, summits,
// treaties and sanctions, 1989-2026: 0.965), newsset666.toml (business,
// markets, energy and technology, 1989-2026: 0.950), newsset668.toml
// (elections, campaigns and referendums, 1989-2026: 0.941) and
// newsset670.toml (courts, crime, police and accidents, 1989-2026: 0.937);
// held out newsset665.toml (conflicts, ceasefires, refugees and aid,
// 1989-2026: 0.957), newsset667.toml (health, science, space and the
// environment, 1989-2026: 0.930), newsset669.toml (weather, storms, floods
// and the seasons, 1989-2026: 0.935) and newsset671.toml (business, markets,
// energy and technology, 1989-2026: 0.935).
//
// A fourteenth round (672-678), asked for after seventeen rule commits
// (aa9510f, with the rules of d726a31); its figures are the same at the ask,
// with the session's starting rules and with the rules of e85b7f1, but for
// rule-work newsset676.toml (0.9036 before e85b7f1, "from January through
// November" told in the past): for rule work newsset672.toml (politics and
// government, 1989-2026: 0.956), newsset674.toml (holidays, festivals and
// public events, 1989-2026: 0.929), newsset676.toml (weather, storms, floods
// and the seasons, 1989-2026: 0.907) and newsset678.toml (conflicts,
// ceasefires, refugees and aid, 1989-2026: 0.956); held out newsset673.toml
// (general wire copy, 1989-2026: 0.950), newsset675.toml (sport, culture,
// holidays and travel, 1989-2026: 0.948) and newsset677.toml (elections,
// campaigns and referendums, 1989-2026: 0.931).
//
// A fifteenth round (679-686), asked for at the final rules: 679-685 with
// the rules of c3a4478, one commit of review mends before them, and
// newsset686.toml after it (f025cc5); its figures are the same with both and
// with the session's starting rules, but for rule-work newsset686.toml
// (0.9521 with the starting rules): for rule work newsset680.toml
// (elections, campaigns and referendums, 1989-2026: 0.942), newsset682.toml
// (courts, crime, police and accidents, 1989-2026: 0.952), newsset684.toml
// (business, markets, energy and technology, 1989-2026: 0.924) and
// newsset686.toml (general wire copy, 1989-2026: 0.954); held out
// newsset679.toml (conflicts, ceasefires, refugees and aid, 1989-2026:
// 0.981), newsset681.toml (health, science, space and the environment,
// 1989-2026: 0.940), newsset683.toml (diplomacy, summits, treaties and
// sanctions, 1989-2026: 0.954) and newsset685.toml (holidays, festivals and
// public events, 1989-2026: 0.943).
//
// A sixteenth round (687-694), asked for at this session's start (932f74c);
// 688 rose with b7f2b7e (0.9440 with the starting rules), the rest are the
// same with both: for rule work newsset688.toml (politics and government,
// 1989-2026: 0.949), newsset690.toml (general wire copy, 1989-2026: 0.962),
// newsset692.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.964) and newsset694.toml (elections, campaigns and referendums,
// 1989-2026: 0.935); held out newsset687.toml (sport, culture, holidays and
// travel, 1989-2026: 0.956), newsset689.toml (courts, crime, police and
// accidents, 1989-2026: 0.928), newsset691.toml (diplomacy, summits,
// treaties and sanctions, 1989-2026: 0.961) and newsset693.toml (business,
// markets, energy and technology, 1989-2026: 0.946).
//
// A seventeenth round (695-702), asked for after seven rule commits
// (f1eba0f, with the rules of b7f2b7e); every figure is the same with the
// session's starting rules: for rule work newsset696.toml (conflicts,
// ceasefires, refugees and aid, 1989-2026: 0.964), newsset698.toml (courts,
// crime, police and accidents, 1989-2026: 0.946), newsset700.toml (sport,
// culture, holidays and travel, 1989-2026: 0.927) and newsset702.toml
// (general wire copy, 1989-2026: 0.943); held out newsset695.toml (health,
// science, space and the environment, 1989-2026: 0.935), newsset697.toml
// (holidays, festivals and public events, 1989-2026: 0.943), newsset699.toml
// (politics and government, 1989-2026: 0.952) and newsset701.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.959).
//
// An eighteenth round (703-710), asked for after nine rule commits (5656ed2,
// with the rules of 40a7366): held-out newsset703.toml, newsset705.toml and
// newsset709.toml are higher with those rules than with the session's
// starting ones (0.9482, 0.9443, 0.9526 then), and rule-work newsset704.toml
// rose after the ask (0.9552 then); the rest are the same with all three:
// for rule work newsset704.toml (business, markets, energy and technology,
// 1989-2026: 0.957), newsset706.toml (holidays, festivals and public events,
// 1989-2026: 0.871), newsset708.toml (health, science, space and the
// environment, 1989-2026: 0.947) and newsset710.toml (conflicts, ceasefires,
// refugees and aid, 1989-2026: 0.971); held out newsset703.toml (elections,
// campaigns and referendums, 1989-2026: 0.950), newsset705.toml (weather,
// storms, floods and the seasons, 1989-2026: 0.946), newsset707.toml
// (courts, crime, police and accidents, 1989-2026: 0.961) and
// newsset709.toml (politics and government, 1989-2026: 0.954).
//
// A nineteenth round (711-717, seven sets while a review ran), asked for
// after fifteen rule commits (0319786, with the rules of 071b87f): held-out
// newsset711.toml is higher with those rules than with the session's
// starting ones (0.9058 then); the rest are the same with the starting
// rules, the asking ones and the review's mends after them: for rule work
// newsset712.toml (business, markets, energy and technology, 1989-2026:
// 0.954), newsset714.toml (elections, campaigns and referendums, 1989-2026:
// 0.946) and newsset716.toml (weather, storms, floods and the seasons,
// 1989-2026: 0.944); held out newsset711.toml (sport, culture, holidays and
// travel, 1989-2026: 0.907), newsset713.toml (diplomacy, summits, treaties
// and sanctions, 1989-2026: 0.936), newsset715.toml (general wire copy,
// 1989-2026: 0.925) and newsset717.toml (courts, crime, police and
// accidents, 1989-2026: 0.958).
//
// A twentieth round (718-725), the last, asked for at the final rules
// (48842c0; only a tidy and the mend below came after, with no change to any
// other set's output): their figures are the same with the session's
// starting rules, but for held-out newsset721.toml, on which the starting
// rules, like the final ones before a7aaf0a, exhausted the stack (a7aaf0a
// mends it): for rule work newsset718.toml (politics and government,
// 1989-2026: 0.931), newsset720.toml (holidays, festivals and public events,
// 1989-2026: 0.946), newsset722.toml (business, markets, energy and
// technology, 1989-2026: 0.956) and newsset724.toml (weather, storms, floods
// and the seasons, 1989-2026: 0.927); held out newsset719.toml (health,
// science, space and the environment, 1989-2026: 0.967), newsset721.toml
// (conflicts, ceasefires, refugees and aid, 1989-2026: 0.965),
// newsset723.toml (elections, campaigns and referendums, 1989-2026: 0.958)
// and newsset725.toml (general wire copy, 1989-2026: 0.939).
//
// A twenty-first round (726-733), asked for at the final rules (19f5382)
// after one more rule commit had followed the twentieth round: their figures
// are the same with the session's starting rules, but for rule-work
// newsset732.toml (0.9513 with the starting rules) and held-out
// newsset729.toml (0.9336 then; one timex lower with aea1597, "the day
// after" or a weekday "before" a holiday): for rule work newsset726.toml
// (courts, crime, police and accidents, 1989-2026: 0.957), newsset728.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.949),
// newsset730.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.942) and newsset732.toml (elections, campaigns and referendums,
// 1989-2026: 0.956); held out newsset727.toml (sport, culture, holidays and
// travel, 1989-2026: 0.930), newsset729.toml (business, markets, energy and
// technology, 1989-2026: 0.932), newsset731.toml (politics and government,
// 1989-2026: 0.955) and newsset733.toml (conflicts, ceasefires, refugees and
// aid, 1989-2026: 0.948).
//
// A twenty-second round (734-741), asked for at the start of the next
// session (5203194); their figures are the same with the rules of 5dda40e,
// five rule commits on: for rule work newsset734.toml (science, health and
// space, 1989-2026: 0.957), newsset736.toml (diplomacy, summits, treaties
// and sanctions, 1989-2026: 0.943), newsset738.toml (business, markets,
// energy and technology, 1989-2026: 0.951) and newsset740.toml (elections,
// campaigns and referendums, 1989-2026: 0.949); held out newsset735.toml
// (labour, strikes and the economy, 1989-2026: 0.950), newsset737.toml
// (local news, schools, transport and city councils, 1989-2026: 0.948),
// newsset739.toml (politics and government, 1989-2026: 0.962) and
// newsset741.toml (conflicts, ceasefires, refugees and aid, 1989-2026:
// 0.977).
//
// A twenty-third round (742-749), asked for at the rules of 5dda40e, five
// rule commits into the session; their figures are the same with the
// session's starting rules and with those of 49c94df, five rule commits
// later: for rule work newsset742.toml (courts, crime, police and accidents,
// 1989-2026: 0.951), newsset744.toml (weather, storms, floods and the
// seasons, 1989-2026: 0.924), newsset746.toml (business, markets, energy and
// technology, 1989-2026: 0.959) and newsset748.toml (elections, campaigns
// and referendums, 1989-2026: 0.968); held out newsset743.toml (sport,
// culture, holidays and travel, 1989-2026: 0.933), newsset745.toml (science,
// health and space, 1989-2026: 0.934), newsset747.toml (diplomacy, summits,
// treaties and sanctions, 1989-2026: 0.950) and newsset749.toml (labour,
// strikes and the economy, 1989-2026: 0.956).
//
// A twenty-fourth round (750-756), asked for at the rules of 49c94df, ten
// rule commits into the session; their figures are the same with the
// session's starting rules and with those of e1ce7c9, after the mends of the
// first review: for rule work newsset750.toml (politics and government,
// 1989-2026: 0.926), newsset752.toml (local news, schools, transport and
// city councils, 1989-2026: 0.952), newsset754.toml (sport, culture,
// holidays and travel, 1989-2026: 0.931) and newsset756.toml (science,
// health and space, 1989-2026: 0.957); held out newsset751.toml (conflicts,
// ceasefires, refugees and aid, 1989-2026: 0.965), newsset753.toml (courts,
// crime, police and accidents, 1989-2026: 0.965) and newsset755.toml
// (business, markets, energy and technology, 1989-2026: 0.948).
//
// A twenty-fifth round (757-764), asked for at the rules of e1ce7c9, after
// the mends of the first review (758 was written twice: the first writer
// stopped with no file). With the starting rules the held-out
// newsset763.toml was 0.9563 (higher already at the ask) and rule-work
// newsset760.toml 0.9523 and newsset764.toml 0.8932 (both rose after the
// ask); the rest are the same: for rule work newsset758.toml (elections,
// campaigns and referendums, 1989-2026: 0.947), newsset760.toml (diplomacy,
// summits, treaties and sanctions, 1989-2026: 0.956), newsset762.toml
// (science, health and space, 1989-2026: 0.954) and newsset764.toml (local
// news, schools, transport and city councils, 1989-2026: 0.895); held out
// newsset757.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.936), newsset759.toml (labour, strikes and the economy, 1989-2026:
// 0.953), newsset761.toml (politics and government, 1989-2026: 0.927) and
// newsset763.toml (courts, crime, police and accidents, 1989-2026: 0.958).
//
// A twenty-sixth and last round (765-772), asked for at the final rules
// (5d6bdee; the tidy after it changes no output); their figures are the same
// with the session's starting rules: for rule work newsset766.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.975),
// newsset768.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.949), newsset770.toml (elections, campaigns and referendums, 1989-2026:
// 0.946) and newsset772.toml (politics and government, 1989-2026: 0.929);
// held out newsset765.toml (sport, culture, holidays and travel, 1989-2026:
// 0.916), newsset767.toml (business, markets, energy and technology,
// 1989-2026: 0.968), newsset769.toml (courts, crime, police and accidents,
// 1989-2026: 0.950) and newsset771.toml (conflicts, ceasefires, refugees and
// aid, 1989-2026: 0.972).
//
// A twenty-seventh round (773-779), asked for at the rules of d03f158, one
// rule commit after the last round, which a review then had reverted
// (878bbca), so the final rules are those of the twenty-sixth round. With
// the session's starting rules held-out newsset775.toml was 0.9414 and
// newsset779.toml 0.9533; the rest are the same: for rule work
// newsset774.toml (elections, campaigns and referendums, 1989-2026: 0.947),
// newsset776.toml (diplomacy, summits, treaties and sanctions, 1989-2026:
// 0.969) and newsset778.toml (weather, storms, floods and the seasons,
// 1989-2026: 0.953); held out newsset773.toml (sport, culture, holidays and
// travel, 1989-2026: 0.932), newsset775.toml (business, markets, energy and
// technology, 1989-2026: 0.943), newsset777.toml (courts, crime, police and
// accidents, 1989-2026: 0.942) and newsset779.toml (politics and government,
// 1989-2026: 0.955).
//
// The session after (stop 41) asked for a first round (780-787) at its
// starting rules (a2f70ec); their figures are the same with the rules of
// ff1f95c, three rule commits later: for rule work newsset780.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.960),
// newsset782.toml (courts, crime, police and accidents, 1989-2026: 0.947),
// newsset784.toml (health, science, space and the environment, 1989-2026:
// 0.927) and newsset786.toml (conflicts, ceasefires, refugees and aid,
// 1989-2026: 0.961); held out newsset781.toml (business, markets, energy and
// technology, 1989-2026: 0.945), newsset783.toml (weather, storms, floods
// and the seasons, 1989-2026: 0.946), newsset785.toml (elections, campaigns
// and referendums, 1989-2026: 0.950) and newsset787.toml (sport, culture,
// holidays and travel, 1989-2026: 0.952).
//
// A second round (788-795), asked for at the rules of ff1f95c, three rule
// commits in. Rule-work newsset792.toml was 0.9195 with the starting rules;
// the rest are the same: for rule work newsset788.toml (weather, storms,
// floods and the seasons, 1989-2026: 0.902), newsset790.toml (business,
// markets, energy and technology, 1989-2026: 0.949), newsset792.toml
// (courts, crime, police and accidents, 1989-2026: 0.918) and
// newsset794.toml (sport, culture, holidays and travel, 1989-2026: 0.943);
// held out newsset789.toml (politics and government, 1989-2026: 0.957),
// newsset791.toml (diplomacy, summits, treaties and sanctions, 1989-2026:
// 0.952), newsset793.toml (labour, strikes and the economy, 1989-2026:
// 0.949) and newsset795.toml (elections, campaigns and referendums,
// 1989-2026: 0.932).
//
// A third round (796-803), asked for at the rules of deb50a7, fourteen rule
// commits in. With the starting rules rule-work newsset796.toml was 0.9424;
// held-out newsset799.toml was 0.9384 at the rules it was asked at (35f02d5
// lowered it) and is back to its starting figure since e7e5257; the rest are
// the same: for rule work newsset796.toml (diplomacy, summits, treaties and
// sanctions, 1989-2026: 0.946), newsset798.toml (health, science, space and
// the environment, 1989-2026: 0.949), newsset800.toml (elections, campaigns
// and referendums, 1989-2026: 0.944) and newsset802.toml (politics and
// government, 1989-2026: 0.951); held out newsset797.toml (conflicts,
// ceasefires, refugees and aid, 1989-2026: 0.962), newsset799.toml (courts,
// crime, police and accidents, 1989-2026: 0.940), newsset801.toml (weather,
// storms, floods and the seasons, 1989-2026: 0.948) and newsset803.toml
// (business, markets, energy and technology, 1989-2026: 0.939).
//
// A fourth and last round (804-811), asked for at the final rules (b5b0c5a;
// the tidies after it change no output); their figures are the same with the
// session's starting rules: for rule work newsset804.toml (labour, strikes
// and the economy, 1989-2026: 0.955), newsset806.toml (courts, crime, police
// and accidents, 1989-2026: 0.962), newsset808.toml (weather, storms, floods
// and the seasons, 1989-2026: 0.926) and newsset810.toml (health, science,
// space and the environment, 1989-2026: 0.959); held out newsset805.toml
// (sport, culture, holidays and travel, 1989-2026: 0.943), newsset807.toml
// (diplomacy, summits, treaties and sanctions, 1989-2026: 0.941),
// newsset809.toml (politics and government, 1989-2026: 0.949) and
// newsset811.toml (conflicts, ceasefires, refugees and aid, 1989-2026:
// 0.981).
//
// Stop 42, first round (812-819), asked for at the stop's starting rules
// (5adcc64); the four rule commits before they came back (af65098, 0adf614,
// df0cf90 and the lexicon words) move none of them: for rule work
// newsset812.toml (business, markets, energy and technology, 1989-2026:
// 0.965), newsset814.toml (courts, crime, police and accidents, 1989-2026:
// 0.951), newsset816.toml (diplomacy, summits, treaties and sanctions,
// 1989-2026: 0.947) and newsset818.toml (health, science, space and the
// environment, 1989-2026: 0.954); held out newsset813.toml (elections,
// campaigns and referendums, 1989-2026: 0.950), newsset815.toml (labour,
// strikes and the economy, 1989-2026: 0.953), newsset817.toml (sport,
// culture, holidays and travel, 1989-2026: 0.934) and newsset819.toml
// (transport, infrastructure and city news, 1989-2026: 0.927).
//
// A second round (820-827): 820-825 asked for after three rule commits
// (df0cf90), 826 and 827 after five (90e4de5); against the starting rules
// only rule-work 820 moves (0.937 then, higher at the ask with
// af65098..df0cf90 and again with 8ccbfc9): for rule work newsset820.toml
// (politics and government, 1989-2026: 0.942), newsset822.toml (conflicts,
// ceasefires, refugees and aid, 1989-2026: 0.972), newsset824.toml (sport,
// culture, holidays and travel, 1989-2026: 0.926) and newsset826.toml
// (elections, campaigns and referendums, 1989-2026: 0.946); held out
// newsset821.toml (weather, storms, floods and the seasons, 1989-2026:
// 0.928), newsset823.toml (business, markets, energy and technology,
// 1989-2026: 0.958), newsset825.toml (courts, crime, police and accidents,
// 1989-2026: 0.944) and newsset827.toml (labour, strikes and the economy,
// 1989-2026: 0.973).
//
// A third round (828-833), asked for after the first review's mends
// (c49a059): held-out 829 was already higher than with the starting rules at
// the ask (0.949 then); the rest are the same as with the starting rules:
// for rule work newsset828.toml (diplomacy, summits, treaties and sanctions,
// 1989-2026: 0.944), newsset830.toml (transport, infrastructure and city
// news, 1989-2026: 0.954) and newsset832.toml (business, markets, energy and
// technology, 1989-2026: 0.949); held out newsset829.toml (health, science,
// space and the environment, 1989-2026: 0.951), newsset831.toml (weather,
// storms, floods and the seasons, 1989-2026: 0.921) and newsset833.toml
// (politics and government, 1989-2026: 0.915).
//
// A fourth round (834-841), asked for after the second review's mends
// (5519231); with the final rules they score as at the ask; against the
// starting rules only rule-work 840 moves (0.932 then): for rule work
// newsset834.toml (sport, culture, holidays and travel, 1989-2026: 0.938),
// newsset836.toml (labour, strikes and the economy, 1989-2026: 0.942),
// newsset838.toml (elections, campaigns and referendums, 1989-2026: 0.928)
// and newsset840.toml (health, science, space and the environment,
// 1989-2026: 0.934); held out newsset835.toml (courts, crime, police and
// accidents, 1989-2026: 0.939), newsset837.toml (conflicts, ceasefires,
// refugees and aid, 1989-2026: 0.977), newsset839.toml (diplomacy, summits,
// treaties and sanctions, 1989-2026: 0.952) and newsset841.toml (transport,
// infrastructure and city news, 1989-2026: 0.935).
//
// A fifth and last round (842-849), asked for at the final rules (cef6234;
// the comment commit after it changes no output); against the starting rules
// held-out 845 (0.945 then) and rule-work 846 (0.915 then) are higher, the
// rest the same: for rule work newsset842.toml (politics and government,
// 1989-2026: 0.950), newsset844.toml (courts, crime, police and accidents,
// 1989-2026: 0.956), newsset846.toml (sport, culture, holidays and travel,
// 1989-2026: 0.917) and newsset848.toml (health, science, space and the
// environment, 1989-2026: 0.949); held out newsset843.toml (business,
// markets, energy and technology, 1989-2026: 0.962), newsset845.toml
// (weather, storms, floods and the seasons, 1989-2026: 0.946),
// newsset847.toml (elections, campaigns and referendums, 1989-2026: 0.930)
// and newsset849.toml (labour, strikes and the economy, 1989-2026: 0.939).
//
// Stop 43, first round (850-855), asked for at the stop's starting rules
// (6894757); its prompt, written anew this stop, asked the annotators to tag
// ages ("52-year-old" as P52Y), which TimeBank and the tagger leave
// untagged, so these six read lower than they would otherwise; later rounds
// were not asked. Against the starting rules only rule-work 850 moves (0.955
// then; higher with 15407ab): for rule work newsset850.toml (business and
// markets, 1987-2026: 0.957), newsset852.toml (courts and crime, 1987-2026:
// 0.954) and newsset854.toml (diplomacy and summits, 1987-2026: 0.955); held
// out newsset851.toml (elections and campaigns, 1987-2026: 0.951),
// newsset853.toml (labour and strikes, 1987-2026: 0.942) and newsset855.toml
// (sport and holidays, 1987-2026: 0.942).
//
// A second round (856-859), asked for after four rule commits (1f546bb);
// against the starting rules only rule-work 858 moves (0.9385 then, and at
// the ask; higher with e002e5d, a passive infinitive that looks ahead): for
// rule work newsset856.toml (health and science, 1987-2026: 0.956) and
// newsset858.toml (national politics and government, 1987-2026: 0.940); held
// out newsset857.toml (transport and city news, 1987-2026: 0.952) and
// newsset859.toml (weather and disasters, 1987-2026: 0.940).
//
// A third round (860-865), asked for after nine rule commits (e002e5d);
// against the starting rules only rule-work 860 moves (0.956 then, and at
// the ask; higher with c232f5b and 7368f57): for rule work newsset860.toml
// (conflicts, ceasefires, refugees and aid, 1987-2026: 0.958),
// newsset862.toml (elections, campaigns and referendums, 1987-2026: 0.941)
// and newsset864.toml (labour, strikes and the economy, 1987-2026: 0.952);
// held out newsset861.toml (business, markets, energy and technology,
// 1987-2026: 0.968), newsset863.toml (courts, crime, police and accidents,
// 1987-2026: 0.967) and newsset865.toml (diplomacy, summits, treaties and
// sanctions, 1987-2026: 0.951).
//
// A fourth and last round (866-871), asked for at the final rules (da6dc4e),
// with no rule commit after it; against the starting rules only rule-work
// 866 moves (0.937 then; lower with f4a120a, a part of the day after "most
// of" now found but put on the day before gold's): for rule work
// newsset866.toml (sport, culture, holidays and travel, 1987-2026: 0.936),
// newsset868.toml (transport, infrastructure and city news, 1987-2026:
// 0.942) and newsset870.toml (weather, storms, floods and the seasons,
// 1987-2026: 0.963); held out newsset867.toml (health, science, space and
// the environment, 1987-2026: 0.950), newsset869.toml (politics and
// government, 1987-2026: 0.945) and newsset871.toml (conflicts, ceasefires,
// refugees and aid, 1987-2026: 0.964).
//
// Stop 44's first round (872-877), asked for at the starting rules (d0e8777)
// and scored at 65094cd, where the held-out sets score as they did at the
// start: for rule work newsset872.toml (diplomacy, summits, treaties and
// sanctions, 1987-2026: 0.971), newsset874.toml (courts, trials, police and
// prisons, 1987-2026: 0.954) and newsset876.toml (health, science, space and
// the environment, 1987-2026: 0.959); held out newsset873.toml (business,
// trade, markets and central banks, 1987-2026: 0.972), newsset875.toml
// (elections, parliaments and governments, 1987-2026: 0.957) and
// newsset877.toml (sport, culture, holidays and travel, 1987-2026: 0.961).
//
// A second round (878-883), asked for at 0de8376 and scored at 735a42a,
// where the held-out sets score as they do with the starting rules: for rule
// work newsset878.toml (conflicts, ceasefires, refugees and aid, 1987-2026:
// 0.968), newsset880.toml (transport, infrastructure and city news,
// 1987-2026: 0.962) and newsset882.toml (energy, oil, technology and
// industry, 1987-2026: 0.966); held out newsset879.toml (labour, strikes and
// the economy, 1987-2026: 0.961), newsset881.toml (weather, storms, floods
// and the seasons, 1987-2026: 0.948) and newsset883.toml (royalty, religion,
// anniversaries and commemorations, 1987-2026: 0.923).
//
// A third round (884-889), asked for at 735a42a and scored at bfff7b4;
// against the starting rules only held-out 889 moves (0.951 then): for rule
// work newsset884.toml (diplomacy, summits, treaties and sanctions,
// 1987-2026: 0.974), newsset886.toml (courts, crime, police and accidents,
// 1987-2026: 0.954) and newsset888.toml (health, science, space and the
// environment, 1987-2026: 0.945); held out newsset885.toml (business,
// markets, trade and central banks, 1987-2026: 0.971), newsset887.toml
// (elections, campaigns and referendums, 1987-2026: 0.960) and
// newsset889.toml (sport, culture, holidays and travel, 1987-2026: 0.953).
//
// A fourth round (890-895), asked for at 770f316 (the rules of bfff7b4) and
// scored at 147a2d8; against the starting rules only held-out 891 moves
// (0.976 then): for rule work newsset890.toml (conflicts, ceasefires,
// refugees and aid, 1987-2026: 0.971), newsset892.toml (transport,
// infrastructure and city news, 1987-2026: 0.940) and newsset894.toml
// (weather, storms, floods and the seasons, 1987-2026: 0.973); held out
// newsset891.toml (labour, strikes and the economy, 1987-2026: 0.978),
// newsset893.toml (politics and government, 1987-2026: 0.949) and
// newsset895.toml (energy, oil, technology and industry, 1987-2026: 0.951).
//
// A fifth and last round (896-901), asked for at the final rules (6e28ef0),
// with no rule commit after it; against the starting rules only rule-work
// 896 moves (0.950 then): for rule work newsset896.toml (diplomacy, summits,
// treaties and sanctions, 1987-2026: 0.952), newsset898.toml (health,
// science, space and the environment, 1987-2026: 0.929) and newsset900.toml
// (sport, culture, holidays and travel, 1987-2026: 0.970); held out
// newsset897.toml (courts, trials, police and prisons, 1987-2026: 0.953),
// newsset899.toml (elections, campaigns and referendums, 1987-2026: 0.970)
// and newsset901.toml (business, markets, trade and central banks,
// 1987-2026: 0.978).
//
// Stop 45's first round (902-907), asked for at the starting rules (fac23b4)
// and scored at 8d245f8, where every one scores as it did at the start: for
// rule work newsset902.toml (conflicts, ceasefires, refugees and aid,
// 1987-2026: 0.978), newsset904.toml (transport, infrastructure and city
// news, 1987-2026: 0.929) and newsset906.toml (weather, storms, floods and
// the seasons, 1987-2026: 0.957); held out newsset903.toml (labour, strikes
// and the economy, 1987-2026: 0.966), newsset905.toml (politics and
// government, 1987-2026: 0.941) and newsset907.toml (energy, oil, technology
// and industry, 1987-2026: 0.963).
//
// A second round (908-913), asked for at 8d245f8 and scored at daa2ecb,
// where the held-out sets score as they do with the starting rules: for rule
// work newsset908.toml (diplomacy, summits, treaties and sanctions,
// 1987-2026: 0.961), newsset910.toml (health, science, space and the
// environment, 1987-2026: 0.951) and newsset912.toml (sport, culture,
// holidays and travel, 1987-2026: 0.940; 0.934 with the starting rules);
// held out newsset909.toml (courts, trials, police and prisons, 1987-2026:
// 0.959), newsset911.toml (elections, campaigns and referendums, 1987-2026:
// 0.972) and newsset913.toml (business, markets, trade and central banks,
// 1987-2026: 0.967).
//
// A third round (914-919), asked for at daa2ecb and scored at d754253, where
// every one scores as it did with the starting rules: for rule work
// newsset914.toml (conflicts, ceasefires, refugees and aid, 1987-2026:
// 0.967), newsset916.toml (transport, infrastructure and city news,
// 1987-2026: 0.909) and newsset918.toml (weather, storms, floods and the
// seasons, 1987-2026: 0.948); held out newsset915.toml (labour, strikes and
// the economy, 1987-2026: 0.963), newsset917.toml (politics and government,
// 1987-2026: 0.941) and newsset919.toml (energy, oil, technology and
// industry, 1987-2026: 0.979).
//
// A fourth round (920-925), asked for at d754253 and scored at d3b2fb4,
// where every one scores as it did with the starting rules: for rule work
// newsset920.toml (diplomacy, summits, treaties and sanctions, 1987-2026:
// 0.960), newsset922.toml (health, science, space and the environment,
// 1987-2026: 0.949) and newsset924.toml (sport, culture, holidays and
// travel, 1987-2026: 0.930); held out newsset921.toml (courts, trials,
// police and prisons, 1987-2026: 0.954), newsset923.toml (elections,
// campaigns and referendums, 1987-2026: 0.970) and newsset925.toml
// (business, markets, trade and central banks, 1987-2026: 0.967).
//
// A fifth round (926-931), asked for at a59aab9 and scored at 1abd8cb, where
// every one scores as it did with the starting rules: for rule work
// newsset926.toml (conflicts, ceasefires, refugees and aid, 1987-2026:
// 0.970), newsset928.toml (transport, infrastructure and city news,
// 1987-2026: 0.944) and newsset930.toml (weather, storms, floods and the
// seasons, 1987-2026: 0.963); held out newsset927.toml (labour, strikes and
// the economy, 1987-2026: 0.949), newsset929.toml (politics and government,
// 1987-2026: 0.939) and newsset931.toml (energy, oil, technology and
// industry, 1987-2026: 0.976).
//
// A sixth round (932-937), asked for at what I then took for the final rules
// (7e87913) and scored there: for rule work newsset932.toml (diplomacy,
// summits, treaties and sanctions, 1987-2026: 0.971), newsset934.toml
// (health, science, space and the environment, 1987-2026: 0.950) and
// newsset936.toml (sport, culture, holidays and travel, 1987-2026: 0.954;
// 0.952 with the starting rules); held out newsset933.toml (courts, trials,
// police and prisons, 1987-2026: 0.955), newsset935.toml (elections,
// campaigns and referendums, 1987-2026: 0.966) and newsset937.toml
// (business, markets, trade and central banks, 1987-2026: 0.968), each as it
// scores with the starting rules.
//
// The last round of this stop (938-943), asked for at the final rules
// (1260ccf) and scored there, each as it scores with the starting rules: for
// rule work newsset938.toml (conflicts, ceasefires, refugees and aid,
// 1987-2026: 0.971), newsset940.toml (transport, infrastructure and city
// news, 1987-2026: 0.970) and newsset942.toml (weather, storms, floods and
// the seasons, 1987-2026: 0.971); held out newsset939.toml (labour, strikes
// and the economy, 1987-2026: 0.975), newsset941.toml (politics and
// government, 1987-2026: 0.942) and newsset943.toml (energy, oil, technology
// and industry, 1987-2026: 0.964).
//
// A later stop began on a new machine, without the brief its annotators
// had been given; a new brief, written from the same TimeML conventions
// and the same TOML shape, asked for newsset944.toml to newsset961.toml in
// three rounds of six, each set 40 texts of 1987-2026 on a topic of the same
// cycle. The first round (944-949) came at the rules as that stop began,
// the second (950-955) after its first two rules, the third (956-961) at its
// final rules. The even ones joined rule work (those of the third round
// after all of it); the odd ones are held out. Each is given with its score
// at the starting rules, and at the final rules where that differs: for rule
// work newsset944.toml (diplomacy, summits, treaties and sanctions: 0.967),
// newsset946.toml (health, science, space and the environment: 0.959,
// 0.960), newsset948.toml (sport, culture, holidays and travel: 0.945),
// newsset950.toml (conflicts, ceasefires, refugees and aid: 0.968),
// newsset952.toml (transport, infrastructure and city news: 0.949),
// newsset954.toml (weather, storms, floods and the seasons: 0.970),
// newsset956.toml (diplomacy: 0.971), newsset958.toml (health and science:
// 0.932, 0.933) and newsset960.toml (sport and travel: 0.933, 0.934); held
// out newsset945.toml (courts, trials, police and prisons: 0.939),
// newsset947.toml (elections, campaigns and referendums: 0.937),
// newsset949.toml (business, markets, trade and central banks: 0.956),
// newsset951.toml (labour, strikes and the economy: 0.960),
// newsset953.toml (politics and government: 0.957), newsset955.toml
// (energy, oil, technology and industry: 0.960, 0.961), newsset957.toml
// (courts: 0.959), newsset959.toml (elections: 0.958) and newsset961.toml
// (business and markets: 0.953).
//
// The next stop asked the same brief for newsset962.toml to
// newsset985.toml in four rounds of six: 962-967 at about its starting
// rules, 968-973 after five of its rules, 974-979 before the mends of its
// second review, 980-985 at its final rules. The topics go on in the same
// cycle (962 conflicts, 963 labour, 964 transport, 965 politics, 966
// weather, 967 energy, 968 diplomacy, 969 courts, 970 health and science,
// 971 elections, 972 sport and travel, 973 business, and again from 974).
// The even ones joined rule work, the odd ones are held out; no held-out
// set scores differently at the stop's final rules than at its starting
// ones. At the final rules: for rule work 962 (0.977), 964 (0.959), 966
// (0.966; 0.962 at the starting rules), 968 (0.967), 970 (0.954), 972
// (0.916), 974 (0.965), 976 (0.970), 978 (0.973), 980 (0.945), 982
// (0.963) and 984 (0.953); held out 963 (0.974), 965 (0.959), 967
// (0.963), 969 (0.949), 971 (0.952), 973 (0.964), 975 (0.973), 977
// (0.955), 979 (0.964), 981 (0.954), 983 (0.953) and 985 (0.954).
//
// The stop after it asked the same brief for newsset986.toml to
// newsset1009.toml in four rounds of six: 986-991 at its starting rules,
// 992-997 after four of its rules, 998-1003 after seven (before the mends
// of its first review), 1004-1009 at its final rules. The topics go on in
// the same cycle (986 conflicts, 987 labour, 988 transport, 989 politics,
// 990 weather, 991 energy, 992 diplomacy, 993 courts, 994 health and
// science, 995 elections, 996 sport and travel, 997 business, and again
// from 998). The even ones joined rule work, the odd ones are held out; no
// held-out set scores differently at the stop's final rules than at its
// starting ones. At the final rules: for rule work 986 (0.967), 988
// (0.948), 990 (0.947; 0.945 at the starting rules), 992 (0.967), 994
// (0.949; 0.948), 996 (0.928), 998 (0.969), 1000 (0.947), 1002 (0.956),
// 1004 (0.960), 1006 (0.959) and 1008 (0.952); held out 987 (0.957), 989
// (0.965), 991 (0.970), 993 (0.951), 995 (0.971), 997 (0.957), 999
// (0.966), 1001 (0.951), 1003 (0.964), 1005 (0.958), 1007 (0.962) and 1009
// (0.965).
//
// The stop after it asked the same brief for newsset1010.toml to
// newsset1033.toml in four rounds of six: 1010-1015 at its starting
// rules, 1016-1021 after its first two ("soon", "the foreseeable
// future"), 1022-1027 after five and the mends of its first review,
// 1028-1033 at its final rules. The topics go on in the same cycle (1010
// conflicts, 1011 labour, 1012 transport, 1013 politics, 1014 weather, 1015
// energy, 1016 diplomacy, 1017 courts, 1018 health and science, 1019
// elections, 1020 sport and travel, 1021 business, and again from 1022).
// The even ones joined rule work, the odd ones are held out. At the final
// rules (in brackets the starting rules' figure where it differs): for
// rule work 1010 (0.970; 0.969), 1012 (0.946; 0.943), 1014 (0.969), 1016
// (0.977; 0.976), 1018 (0.957; 0.956), 1020 (0.939; 0.937), 1022 (0.956;
// 0.953), 1024 (0.980; 0.979), 1026 (0.959; 0.957), 1028 (0.964), 1030
// (0.945; 0.943) and 1032 (0.952; 0.951); held out 1011 (0.964), 1013
// (0.957; 0.955), 1015 (0.957), 1017 (0.966; 0.965), 1019 (0.971; 0.970),
// 1021 (0.949; 0.948), 1023 (0.966), 1025 (0.948), 1027 (0.949), 1029
// (0.964), 1031 (0.929) and 1033 (0.955).
//
// The stop after that asked the same brief for newsset1034.toml to
// newsset1057.toml in four rounds of six: 1034-1039 at its starting rules,
// 1040-1045 after its first two ("weeks or months" split, a holiday before
// a thing of its own), 1046-1051 after four ("an hour" as a rate,
// timetable verbs), 1052-1057 at its final rules. The topics go on in the
// same cycle (1034 conflicts, 1035 labour, and so on as above). The even
// ones joined rule work, the odd ones are held out. At the final rules (in
// brackets the starting rules' figure where it differs): for rule work
// 1034 (0.978), 1036 (0.958), 1038 (0.944), 1040 (0.959; 0.957), 1042
// (0.943), 1044 (0.934), 1046 (0.979; 0.976), 1048 (0.949), 1050 (0.945),
// 1052 (0.956; 0.955), 1054 (0.943) and 1056 (0.946; 0.945); held out 1035
// (0.969; 0.967), 1037 (0.935; 0.934), 1039 (0.957), 1041 (0.941), 1043
// (0.967), 1045 (0.958), 1047 (0.967), 1049 (0.955), 1051 (0.967), 1053
// (0.954), 1055 (0.942) and 1057 (0.961).
//
// The stop after that asked the same brief for newsset1058.toml to
// newsset1081.toml in four rounds of six: 1058-1063 and 1064-1069 at its
// starting rules, 1070-1075 after its first rules (the opening weekend,
// more rates), 1076-1081 near its end (before a tidy and one last rule,
// which changed none of these sets). The topics go on in the same cycle
// (1058 conflicts, 1059 labour, and so on as above). The even ones joined
// rule work, the odd ones are held out. At the final rules (in brackets
// the starting rules' figure where it differs): for rule work 1058
// (0.974), 1060 (0.952), 1062 (0.956), 1064 (0.966), 1066 (0.948), 1068
// (0.951; 0.952), 1070 (0.971; 0.970), 1072 (0.971), 1074 (0.969), 1076
// (0.958), 1078 (0.960) and 1080 (0.947; 0.945); held out 1059 (0.973;
// 0.971), 1061 (0.952), 1063 (0.976), 1065 (0.944), 1067 (0.959), 1069
// (0.969), 1071 (0.964), 1073 (0.970), 1075 (0.943), 1077 (0.963), 1079
// (0.965) and 1081 (0.963).
var newsFloors = map[string]float64{"newsset.toml": 0.97, "newsset2.toml": 0.98, "newsset3.toml": 0.985, "newsset4.toml": 0.99, "newsset5.toml": 0.99, "newsset6.toml": 0.985, "newsset7.toml": 0.975, "newsset8.toml": 0.985, "newsset9.toml": 0.975, "newsset10.toml": 0.98, "newsset11.toml": 0.98, "newsset12.toml": 0.985, "newsset13.toml": 0.97, "newsset14.toml": 0.97, "newsset15.toml": 0.98, "newsset16.toml": 0.97, "newsset17.toml": 0.97, "newsset18.toml": 0.985, "newsset19.toml": 0.975, "newsset20.toml": 0.97, "newsset21.toml": 0.975, "newsset22.toml": 0.97, "newsset23.toml": 0.96, "newsset24.toml": 0.975, "newsset25.toml": 0.975, "newsset26.toml": 0.965, "newsset27.toml": 0.975, "newsset28.toml": 0.975, "newsset29.toml": 0.965, "newsset30.toml": 0.985, "newsset31.toml": 0.98, "newsset32.toml": 0.965, "newsset33.toml": 0.975, "newsset34.toml": 0.97, "newsset35.toml": 0.97, "newsset36.toml": 0.975, "newsset37.toml": 0.96, "newsset38.toml": 0.985, "newsset39.toml": 0.97, "newsset40.toml": 0.975, "newsset41.toml": 0.975, "newsset42.toml": 0.975, "newsset43.toml": 0.965, "newsset44.toml": 0.965, "newsset45.toml": 0.95, "newsset46.toml": 0.97, "newsset47.toml": 0.97, "newsset50.toml": 0.95, "newsset51.toml": 0.975, "newsset54.toml": 0.975, "newsset55.toml": 0.975, "newsset58.toml": 0.975, "newsset59.toml": 0.98, "newsset60.toml": 0.965, "newsset61.toml": 0.985, "newsset62.toml": 0.98, "newsset63.toml": 0.95, "newsset64.toml": 0.96, "newsset65.toml": 0.96, "newsset67.toml": 0.97, "newsset68.toml": 0.955, "newsset69.toml": 0.97, "newsset70.toml": 0.955, "newsset71.toml": 0.945, "newsset72.toml": 0.965, "newsset73.toml": 0.96, "newsset48.toml": 0.96, "newsset49.toml": 0.965, "newsset52.toml": 0.98, "newsset53.toml": 0.955, "newsset56.toml": 0.955, "newsset57.toml": 0.965, "newsset74.toml": 0.96, "newsset75.toml": 0.98, "newsset76.toml": 0.975, "newsset78.toml": 0.975, "newsset79.toml": 0.965, "newsset81.toml": 0.96, "newsset82.toml": 0.955, "newsset66.toml": 0.975, "newsset77.toml": 0.97, "newsset80.toml": 0.965, "newsset84.toml": 0.98, "newsset83.toml": 0.975, "newsset87.toml": 0.98, "newsset88.toml": 0.965, "newsset89.toml": 0.98, "newsset90.toml": 0.98, "newsset92.toml": 0.98, "newsset93.toml": 0.965, "newsset94.toml": 0.98, "newsset85.toml": 0.97, "newsset86.toml": 0.975, "newsset91.toml": 0.965, "newsset95.toml": 0.98, "newsset97.toml": 0.985, "newsset96.toml": 0.985, "newsset101.toml": 0.98, "newsset100.toml": 0.975, "newsset98.toml": 0.965, "newsset99.toml": 0.96, "newsset102.toml": 0.975, "newsset103.toml": 0.975, "newsset104.toml": 0.98, "newsset105.toml": 0.955, "newsset106.toml": 0.985, "newsset107.toml": 0.97, "newsset108.toml": 0.945, "newsset109.toml": 0.965, "newsset110.toml": 0.965, "newsset111.toml": 0.975, "newsset112.toml": 0.96, "newsset113.toml": 0.955, "newsset114.toml": 0.96, "newsset115.toml": 0.97, "newsset116.toml": 0.985, "newsset117.toml": 0.99, "newsset123.toml": 0.985, "newsset122.toml": 0.98, "newsset121.toml": 0.98, "newsset126.toml": 0.965, "newsset125.toml": 0.965, "newsset118.toml": 0.96, "newsset119.toml": 0.97, "newsset120.toml": 0.95, "newsset124.toml": 0.965, "newsset131.toml": 0.98, "newsset130.toml": 0.975, "newsset127.toml": 0.975, "newsset128.toml": 0.985, "newsset132.toml": 0.985, "newsset137.toml": 0.95, "newsset135.toml": 0.955, "newsset136.toml": 0.935, "newsset129.toml": 0.975, "newsset133.toml": 0.965, "newsset134.toml": 0.945, "newsset138.toml": 0.95, "newsset139.toml": 0.965, "newsset140.toml": 0.975, "newsset141.toml": 0.98, "newsset142.toml": 0.97, "newsset143.toml": 0.975, "newsset144.toml": 0.97, "newsset145.toml": 0.965, "newsset146.toml": 0.965, "newsset147.toml": 0.965, "newsset148.toml": 0.97, "newsset149.toml": 0.94, "newsset150.toml": 0.97, "newsset151.toml": 0.965, "newsset152.toml": 0.94, "newsset153.toml": 0.95, "newsset154.toml": 0.965, "newsset155.toml": 0.98, "newsset156.toml": 0.965, "newsset157.toml": 0.96, "newsset158.toml": 0.96, "newsset159.toml": 0.97, "newsset160.toml": 0.96, "newsset161.toml": 0.935, "newsset162.toml": 0.945, "newsset163.toml": 0.945, "newsset164.toml": 0.985, "newsset165.toml": 0.965, "newsset166.toml": 0.97, "newsset167.toml": 0.95, "newsset168.toml": 0.965, "newsset169.toml": 0.955, "newsset170.toml": 0.945, "newsset171.toml": 0.96, "newsset172.toml": 0.975, "newsset173.toml": 0.95, "newsset174.toml": 0.96, "newsset175.toml": 0.945, "newsset176.toml": 0.975, "newsset177.toml": 0.97, "newsset178.toml": 0.965, "newsset179.toml": 0.93, "newsset180.toml": 0.975, "newsset181.toml": 0.94, "newsset182.toml": 0.915, "newsset183.toml": 0.975, "newsset184.toml": 0.945, "newsset185.toml": 0.965, "newsset186.toml": 0.945, "newsset187.toml": 0.96, "newsset188.toml": 0.97, "newsset189.toml": 0.935, "newsset190.toml": 0.975, "newsset191.toml": 0.97, "newsset192.toml": 0.935, "newsset193.toml": 0.955, "newsset194.toml": 0.965, "newsset195.toml": 0.93, "newsset196.toml": 0.965, "newsset197.toml": 0.97, "newsset198.toml": 0.925, "newsset199.toml": 0.925, "newsset200.toml": 0.96, "newsset201.toml": 0.93, "newsset202.toml": 0.915, "newsset203.toml": 0.92, "newsset204.toml": 0.91, "newsset205.toml": 0.885, "newsset206.toml": 0.91, "newsset207.toml": 0.915, "newsset208.toml": 0.905, "newsset209.toml": 0.93, "newsset210.toml": 0.935, "newsset211.toml": 0.905, "newsset212.toml": 0.935, "newsset213.toml": 0.92, "newsset214.toml": 0.895, "newsset215.toml": 0.92, "newsset217.toml": 0.945, "newsset218.toml": 0.905, "newsset220.toml": 0.935, "newsset222.toml": 0.945, "newsset223.toml": 0.92, "newsset219.toml": 0.91, "newsset221.toml": 0.905, "newsset216.toml": 0.92, "newsset226.toml": 0.935, "newsset227.toml": 0.915, "newsset224.toml": 0.92, "newsset225.toml": 0.85, "newsset228.toml": 0.91, "newsset229.toml": 0.91, "newsset230.toml": 0.885, "newsset231.toml": 0.93, "newsset232.toml": 0.905, "newsset234.toml": 0.892, "newsset236.toml": 0.944, "newsset238.toml": 0.928, "newsset233.toml": 0.884, "newsset235.toml": 0.935, "newsset237.toml": 0.933, "newsset239.toml": 0.922, "newsset240.toml": 0.915, "newsset241.toml": 0.91, "newsset242.toml": 0.915, "newsset243.toml": 0.904, "newsset244.toml": 0.934, "newsset245.toml": 0.912, "newsset246.toml": 0.88, "newsset247.toml": 0.913, "newsset248.toml": 0.923, "newsset249.toml": 0.896, "newsset250.toml": 0.898, "newsset251.toml": 0.922, "newsset252.toml": 0.863, "newsset253.toml": 0.9, "newsset254.toml": 0.896, "newsset255.toml": 0.951, "newsset256.toml": 0.904, "newsset257.toml": 0.934, "newsset258.toml": 0.902, "newsset259.toml": 0.913, "newsset260.toml": 0.922, "newsset261.toml": 0.927, "newsset262.toml": 0.878, "newsset263.toml": 0.918, "newsset264.toml": 0.922, "newsset265.toml": 0.93, "newsset266.toml": 0.919, "newsset267.toml": 0.91, "newsset268.toml": 0.92, "newsset269.toml": 0.912, "newsset270.toml": 0.917, "newsset271.toml": 0.929, "newsset272.toml": 0.95, "newsset273.toml": 0.879, "newsset274.toml": 0.952, "newsset275.toml": 0.9, "newsset276.toml": 0.913, "newsset277.toml": 0.904, "newsset278.toml": 0.932, "newsset279.toml": 0.887, "newsset280.toml": 0.915, "newsset281.toml": 0.899, "newsset282.toml": 0.926, "newsset283.toml": 0.923, "newsset284.toml": 0.877, "newsset285.toml": 0.932, "newsset286.toml": 0.928, "newsset287.toml": 0.927, "newsset288.toml": 0.914, "newsset289.toml": 0.925, "newsset290.toml": 0.907, "newsset291.toml": 0.902, "newsset293.toml": 0.91, "newsset294.toml": 0.956, "newsset295.toml": 0.926, "newsset292.toml": 0.91, "newsset296.toml": 0.919, "newsset297.toml": 0.897, "newsset298.toml": 0.934, "newsset299.toml": 0.918, "newsset300.toml": 0.93, "newsset301.toml": 0.926, "newsset302.toml": 0.94, "newsset303.toml": 0.897, "newsset304.toml": 0.92, "newsset305.toml": 0.896, "newsset306.toml": 0.92, "newsset307.toml": 0.935, "newsset308.toml": 0.921, "newsset309.toml": 0.906, "newsset310.toml": 0.914, "newsset311.toml": 0.922, "newsset312.toml": 0.887, "newsset313.toml": 0.938, "newsset314.toml": 0.907, "newsset315.toml": 0.923, "newsset316.toml": 0.913, "newsset317.toml": 0.931, "newsset318.toml": 0.917, "newsset319.toml": 0.892, "newsset320.toml": 0.926, "newsset321.toml": 0.882, "newsset322.toml": 0.913, "newsset323.toml": 0.919, "newsset324.toml": 0.935, "newsset325.toml": 0.897, "newsset326.toml": 0.89, "newsset327.toml": 0.912, "newsset328.toml": 0.917, "newsset329.toml": 0.905, "newsset330.toml": 0.9, "newsset331.toml": 0.931, "newsset332.toml": 0.92, "newsset333.toml": 0.915, "newsset334.toml": 0.924, "newsset335.toml": 0.88, "newsset336.toml": 0.894, "newsset337.toml": 0.913, "newsset338.toml": 0.95, "newsset339.toml": 0.916, "newsset340.toml": 0.909, "newsset341.toml": 0.918, "newsset342.toml": 0.911, "newsset343.toml": 0.873, "newsset344.toml": 0.916, "newsset345.toml": 0.884, "newsset346.toml": 0.923, "newsset347.toml": 0.901, "newsset348.toml": 0.902, "newsset349.toml": 0.915, "newsset350.toml": 0.935, "newsset351.toml": 0.916, "newsset352.toml": 0.905, "newsset353.toml": 0.906, "newsset354.toml": 0.915, "newsset355.toml": 0.931, "newsset356.toml": 0.937, "newsset357.toml": 0.916, "newsset358.toml": 0.874, "newsset359.toml": 0.904, "newsset360.toml": 0.912, "newsset361.toml": 0.913, "newsset362.toml": 0.907, "newsset363.toml": 0.928, "newsset364.toml": 0.891, "newsset365.toml": 0.926, "newsset366.toml": 0.93, "newsset367.toml": 0.895, "newsset368.toml": 0.931, "newsset369.toml": 0.917, "newsset370.toml": 0.897, "newsset371.toml": 0.922, "newsset372.toml": 0.911, "newsset373.toml": 0.955, "newsset374.toml": 0.918, "newsset375.toml": 0.91, "newsset376.toml": 0.916, "newsset377.toml": 0.935, "newsset378.toml": 0.898, "newsset379.toml": 0.907, "newsset380.toml": 0.917, "newsset381.toml": 0.908, "newsset382.toml": 0.906, "newsset383.toml": 0.929, "newsset384.toml": 0.903, "newsset385.toml": 0.917, "newsset386.toml": 0.921, "newsset387.toml": 0.92, "newsset388.toml": 0.899, "newsset389.toml": 0.917, "newsset390.toml": 0.909, "newsset391.toml": 0.89, "newsset392.toml": 0.908, "newsset393.toml": 0.898, "newsset394.toml": 0.921, "newsset395.toml": 0.911, "newsset396.toml": 0.912, "newsset397.toml": 0.936, "newsset398.toml": 0.894, "newsset399.toml": 0.916, "newsset400.toml": 0.921, "newsset401.toml": 0.905, "newsset402.toml": 0.902, "newsset403.toml": 0.917, "newsset404.toml": 0.931, "newsset405.toml": 0.912, "newsset406.toml": 0.9, "newsset407.toml": 0.898, "newsset408.toml": 0.94, "newsset409.toml": 0.908, "newsset410.toml": 0.875, "newsset411.toml": 0.917, "newsset412.toml": 0.917, "newsset413.toml": 0.922, "newsset414.toml": 0.891, "newsset415.toml": 0.894, "newsset416.toml": 0.918, "newsset417.toml": 0.944, "newsset418.toml": 0.924, "newsset419.toml": 0.891, "newsset420.toml": 0.93, "newsset421.toml": 0.904, "newsset422.toml": 0.919, "newsset423.toml": 0.899, "newsset424.toml": 0.919, "newsset425.toml": 0.899, "newsset426.toml": 0.898, "newsset427.toml": 0.882, "newsset428.toml": 0.925, "newsset429.toml": 0.932, "newsset430.toml": 0.934, "newsset431.toml": 0.898, "newsset432.toml": 0.877, "newsset433.toml": 0.92, "newsset434.toml": 0.913, "newsset435.toml": 0.871, "newsset436.toml": 0.915, "newsset437.toml": 0.936, "newsset438.toml": 0.916, "newsset439.toml": 0.909, "newsset440.toml": 0.936, "newsset441.toml": 0.908, "newsset442.toml": 0.92, "newsset443.toml": 0.919, "newsset444.toml": 0.926, "newsset445.toml": 0.934, "newsset446.toml": 0.924, "newsset447.toml": 0.921, "newsset448.toml": 0.929, "newsset449.toml": 0.911, "newsset450.toml": 0.912, "newsset451.toml": 0.932, "newsset452.toml": 0.907, "newsset453.toml": 0.944, "newsset454.toml": 0.939, "newsset455.toml": 0.887, "newsset456.toml": 0.919, "newsset457.toml": 0.933, "newsset458.toml": 0.898, "newsset459.toml": 0.934, "newsset460.toml": 0.894, "newsset461.toml": 0.901, "newsset462.toml": 0.891, "newsset463.toml": 0.897, "newsset464.toml": 0.897, "newsset465.toml": 0.872, "newsset466.toml": 0.927, "newsset467.toml": 0.917, "newsset468.toml": 0.929, "newsset469.toml": 0.901, "newsset470.toml": 0.895, "newsset471.toml": 0.924, "newsset472.toml": 0.934, "newsset473.toml": 0.933, "newsset474.toml": 0.941, "newsset475.toml": 0.917, "newsset476.toml": 0.915, "newsset477.toml": 0.942, "newsset478.toml": 0.92, "newsset479.toml": 0.94, "newsset480.toml": 0.91, "newsset481.toml": 0.902, "newsset482.toml": 0.931, "newsset483.toml": 0.938, "newsset484.toml": 0.917, "newsset485.toml": 0.906, "newsset486.toml": 0.903, "newsset487.toml": 0.931, "newsset488.toml": 0.885, "newsset489.toml": 0.93, "newsset490.toml": 0.932, "newsset491.toml": 0.89, "newsset492.toml": 0.917, "newsset493.toml": 0.935, "newsset494.toml": 0.903, "newsset495.toml": 0.906, "newsset496.toml": 0.936, "newsset497.toml": 0.885, "newsset498.toml": 0.898, "newsset499.toml": 0.931, "newsset500.toml": 0.869, "newsset501.toml": 0.913, "newsset502.toml": 0.944, "newsset503.toml": 0.938, "newsset504.toml": 0.912, "newsset505.toml": 0.921, "newsset506.toml": 0.93, "newsset507.toml": 0.935, "newsset508.toml": 0.92, "newsset509.toml": 0.923, "newsset510.toml": 0.901, "newsset511.toml": 0.91, "newsset512.toml": 0.894, "newsset513.toml": 0.894, "newsset514.toml": 0.913, "newsset515.toml": 0.892, "newsset516.toml": 0.94, "newsset517.toml": 0.944, "newsset518.toml": 0.932, "newsset519.toml": 0.921, "newsset520.toml": 0.937, "newsset521.toml": 0.895, "newsset522.toml": 0.899, "newsset523.toml": 0.92, "newsset524.toml": 0.872, "newsset525.toml": 0.898, "newsset526.toml": 0.944, "newsset527.toml": 0.945, "newsset528.toml": 0.92, "newsset529.toml": 0.902, "newsset530.toml": 0.912, "newsset531.toml": 0.908, "newsset532.toml": 0.908, "newsset533.toml": 0.922, "newsset534.toml": 0.939, "newsset535.toml": 0.926, "newsset536.toml": 0.94, "newsset537.toml": 0.952, "newsset538.toml": 0.947, "newsset539.toml": 0.929, "newsset540.toml": 0.92, "newsset541.toml": 0.897, "newsset542.toml": 0.917, "newsset543.toml": 0.941, "newsset544.toml": 0.899, "newsset545.toml": 0.909, "newsset546.toml": 0.909, "newsset547.toml": 0.923, "newsset548.toml": 0.916, "newsset549.toml": 0.874, "newsset550.toml": 0.904, "newsset551.toml": 0.91, "newsset552.toml": 0.936, "newsset553.toml": 0.913, "newsset554.toml": 0.904, "newsset555.toml": 0.918, "newsset556.toml": 0.945, "newsset557.toml": 0.944, "newsset558.toml": 0.915, "newsset559.toml": 0.915, "newsset560.toml": 0.881, "newsset561.toml": 0.911, "newsset562.toml": 0.929, "newsset563.toml": 0.921, "newsset564.toml": 0.878, "newsset565.toml": 0.885, "newsset566.toml": 0.926, "newsset567.toml": 0.917, "newsset568.toml": 0.904, "newsset569.toml": 0.928, "newsset570.toml": 0.944, "newsset571.toml": 0.89, "newsset572.toml": 0.932, "newsset573.toml": 0.903, "newsset574.toml": 0.903, "newsset575.toml": 0.896, "newsset576.toml": 0.924, "newsset577.toml": 0.894, "newsset578.toml": 0.904, "newsset579.toml": 0.929, "newsset580.toml": 0.888, "newsset581.toml": 0.933, "newsset582.toml": 0.9, "newsset583.toml": 0.899, "newsset584.toml": 0.937, "newsset585.toml": 0.932, "newsset586.toml": 0.942, "newsset587.toml": 0.923, "newsset588.toml": 0.93, "newsset589.toml": 0.908, "newsset590.toml": 0.886, "newsset591.toml": 0.944, "newsset592.toml": 0.891, "newsset593.toml": 0.913, "newsset594.toml": 0.918, "newsset595.toml": 0.941, "newsset596.toml": 0.903, "newsset597.toml": 0.906, "newsset598.toml": 0.905, "newsset599.toml": 0.93, "newsset600.toml": 0.914, "newsset601.toml": 0.943, "newsset602.toml": 0.93, "newsset603.toml": 0.927, "newsset604.toml": 0.907, "newsset605.toml": 0.899, "newsset606.toml": 0.914, "newsset607.toml": 0.906, "newsset608.toml": 0.938, "newsset609.toml": 0.929, "newsset610.toml": 0.922, "newsset611.toml": 0.909, "newsset612.toml": 0.909, "newsset613.toml": 0.885, "newsset614.toml": 0.94, "newsset615.toml": 0.953, "newsset616.toml": 0.924, "newsset617.toml": 0.917, "newsset618.toml": 0.915, "newsset619.toml": 0.931, "newsset620.toml": 0.93, "newsset621.toml": 0.929, "newsset622.toml": 0.946, "newsset623.toml": 0.922, "newsset624.toml": 0.927, "newsset625.toml": 0.948, "newsset626.toml": 0.899, "newsset627.toml": 0.902, "newsset628.toml": 0.903, "newsset629.toml": 0.885, "newsset630.toml": 0.945, "newsset631.toml": 0.902, "newsset632.toml": 0.904, "newsset633.toml": 0.883, "newsset634.toml": 0.891, "newsset635.toml": 0.906, "newsset636.toml": 0.897, "newsset637.toml": 0.909, "newsset638.toml": 0.896, "newsset639.toml": 0.891, "newsset640.toml": 0.899, "newsset641.toml": 0.922, "newsset642.toml": 0.932, "newsset643.toml": 0.944, "newsset644.toml": 0.931, "newsset645.toml": 0.922, "newsset646.toml": 0.934, "newsset647.toml": 0.898, "newsset648.toml": 0.954, "newsset649.toml": 0.946, "newsset650.toml": 0.933, "newsset651.toml": 0.957, "newsset652.toml": 0.915, "newsset653.toml": 0.934, "newsset654.toml": 0.93, "newsset655.toml": 0.946, "newsset656.toml": 0.933, "newsset657.toml": 0.942, "newsset658.toml": 0.942, "newsset659.toml": 0.95, "newsset660.toml": 0.898, "newsset661.toml": 0.897, "newsset662.toml": 0.931, "newsset663.toml": 0.936, "newsset664.toml": 0.957, "newsset665.toml": 0.949, "newsset666.toml": 0.942, "newsset667.toml": 0.921, "newsset668.toml": 0.933, "newsset669.toml": 0.926, "newsset670.toml": 0.928, "newsset671.toml": 0.926, "newsset672.toml": 0.948, "newsset673.toml": 0.942, "newsset674.toml": 0.92, "newsset675.toml": 0.939, "newsset676.toml": 0.898, "newsset677.toml": 0.922, "newsset678.toml": 0.947, "newsset679.toml": 0.972, "newsset680.toml": 0.933, "newsset681.toml": 0.932, "newsset682.toml": 0.944, "newsset683.toml": 0.945, "newsset684.toml": 0.916, "newsset685.toml": 0.934, "newsset686.toml": 0.945, "newsset687.toml": 0.947, "newsset688.toml": 0.941, "newsset689.toml": 0.92, "newsset690.toml": 0.954, "newsset691.toml": 0.952, "newsset692.toml": 0.956, "newsset693.toml": 0.937, "newsset694.toml": 0.927, "newsset695.toml": 0.927, "newsset696.toml": 0.955, "newsset697.toml": 0.934, "newsset698.toml": 0.937, "newsset699.toml": 0.943, "newsset700.toml": 0.919, "newsset701.toml": 0.95, "newsset702.toml": 0.934, "newsset703.toml": 0.942, "newsset704.toml": 0.948, "newsset705.toml": 0.937, "newsset706.toml": 0.863, "newsset707.toml": 0.952, "newsset708.toml": 0.938, "newsset709.toml": 0.946, "newsset710.toml": 0.963, "newsset711.toml": 0.899, "newsset712.toml": 0.946, "newsset713.toml": 0.928, "newsset714.toml": 0.937, "newsset715.toml": 0.916, "newsset716.toml": 0.935, "newsset717.toml": 0.95, "newsset718.toml": 0.923, "newsset719.toml": 0.958, "newsset720.toml": 0.937, "newsset721.toml": 0.957, "newsset722.toml": 0.947, "newsset723.toml": 0.949, "newsset724.toml": 0.919, "newsset725.toml": 0.93, "newsset726.toml": 0.948, "newsset727.toml": 0.921, "newsset728.toml": 0.941, "newsset729.toml": 0.923, "newsset730.toml": 0.933, "newsset731.toml": 0.946, "newsset732.toml": 0.948, "newsset733.toml": 0.939, "newsset734.toml": 0.949, "newsset735.toml": 0.941, "newsset736.toml": 0.934, "newsset737.toml": 0.94, "newsset738.toml": 0.942, "newsset739.toml": 0.953, "newsset740.toml": 0.94, "newsset741.toml": 0.969, "newsset742.toml": 0.943, "newsset743.toml": 0.925, "newsset744.toml": 0.915, "newsset745.toml": 0.926, "newsset746.toml": 0.951, "newsset747.toml": 0.941, "newsset748.toml": 0.96, "newsset749.toml": 0.948, "newsset750.toml": 0.918, "newsset751.toml": 0.956, "newsset752.toml": 0.943, "newsset753.toml": 0.957, "newsset754.toml": 0.923, "newsset755.toml": 0.94, "newsset756.toml": 0.948, "newsset757.toml": 0.927, "newsset758.toml": 0.939, "newsset759.toml": 0.945, "newsset760.toml": 0.948, "newsset761.toml": 0.918, "newsset762.toml": 0.946, "newsset763.toml": 0.95, "newsset764.toml": 0.886, "newsset765.toml": 0.908, "newsset766.toml": 0.967, "newsset767.toml": 0.959, "newsset768.toml": 0.94, "newsset769.toml": 0.942, "newsset770.toml": 0.937, "newsset771.toml": 0.964, "newsset772.toml": 0.92, "newsset773.toml": 0.923, "newsset774.toml": 0.938, "newsset775.toml": 0.934, "newsset776.toml": 0.96, "newsset777.toml": 0.934, "newsset778.toml": 0.945, "newsset779.toml": 0.946, "newsset780.toml": 0.952, "newsset781.toml": 0.937, "newsset782.toml": 0.938, "newsset783.toml": 0.937, "newsset784.toml": 0.918, "newsset785.toml": 0.941, "newsset786.toml": 0.952, "newsset787.toml": 0.944, "newsset788.toml": 0.894, "newsset789.toml": 0.948, "newsset790.toml": 0.94, "newsset791.toml": 0.943, "newsset792.toml": 0.909, "newsset793.toml": 0.941, "newsset794.toml": 0.934, "newsset795.toml": 0.924, "newsset796.toml": 0.938, "newsset797.toml": 0.953, "newsset798.toml": 0.94, "newsset799.toml": 0.931, "newsset800.toml": 0.935, "newsset801.toml": 0.939, "newsset802.toml": 0.942, "newsset803.toml": 0.931, "newsset804.toml": 0.946, "newsset805.toml": 0.934, "newsset806.toml": 0.954, "newsset807.toml": 0.932, "newsset808.toml": 0.917, "newsset809.toml": 0.941, "newsset810.toml": 0.951, "newsset811.toml": 0.972, "newsset812.toml": 0.956, "newsset813.toml": 0.942, "newsset814.toml": 0.943, "newsset815.toml": 0.944, "newsset816.toml": 0.939, "newsset817.toml": 0.925, "newsset818.toml": 0.945, "newsset819.toml": 0.919, "newsset820.toml": 0.934, "newsset821.toml": 0.92, "newsset822.toml": 0.963, "newsset823.toml": 0.95, "newsset824.toml": 0.917, "newsset825.toml": 0.936, "newsset826.toml": 0.937, "newsset827.toml": 0.965, "newsset828.toml": 0.936, "newsset829.toml": 0.942, "newsset830.toml": 0.945, "newsset831.toml": 0.912, "newsset832.toml": 0.94, "newsset833.toml": 0.907, "newsset834.toml": 0.929, "newsset835.toml": 0.931, "newsset836.toml": 0.933, "newsset837.toml": 0.969, "newsset838.toml": 0.919, "newsset839.toml": 0.944, "newsset840.toml": 0.925, "newsset841.toml": 0.926, "newsset842.toml": 0.942, "newsset843.toml": 0.953, "newsset844.toml": 0.948, "newsset845.toml": 0.938, "newsset846.toml": 0.908, "newsset847.toml": 0.921, "newsset848.toml": 0.94, "newsset849.toml": 0.931, "newsset850.toml": 0.949, "newsset851.toml": 0.943, "newsset852.toml": 0.947, "newsset853.toml": 0.935, "newsset854.toml": 0.948, "newsset855.toml": 0.935, "newsset856.toml": 0.949, "newsset857.toml": 0.945, "newsset858.toml": 0.932, "newsset859.toml": 0.933, "newsset860.toml": 0.951, "newsset861.toml": 0.961, "newsset862.toml": 0.934, "newsset863.toml": 0.959, "newsset864.toml": 0.944, "newsset865.toml": 0.943, "newsset866.toml": 0.929, "newsset867.toml": 0.943, "newsset868.toml": 0.934, "newsset869.toml": 0.938, "newsset870.toml": 0.955, "newsset871.toml": 0.957, "newsset872.toml": 0.963, "newsset873.toml": 0.964, "newsset874.toml": 0.946, "newsset875.toml": 0.95, "newsset876.toml": 0.952, "newsset877.toml": 0.954, "newsset878.toml": 0.96, "newsset879.toml": 0.954, "newsset880.toml": 0.955, "newsset881.toml": 0.94, "newsset882.toml": 0.958, "newsset883.toml": 0.915, "newsset884.toml": 0.966, "newsset885.toml": 0.963, "newsset886.toml": 0.946, "newsset887.toml": 0.953, "newsset888.toml": 0.938, "newsset889.toml": 0.945, "newsset890.toml": 0.963, "newsset891.toml": 0.97, "newsset892.toml": 0.933, "newsset893.toml": 0.941, "newsset894.toml": 0.966, "newsset895.toml": 0.944, "newsset896.toml": 0.944, "newsset897.toml": 0.945, "newsset898.toml": 0.922, "newsset899.toml": 0.962, "newsset900.toml": 0.962, "newsset901.toml": 0.97, "newsset902.toml": 0.97, "newsset903.toml": 0.958, "newsset904.toml": 0.921, "newsset905.toml": 0.933, "newsset906.toml": 0.95, "newsset907.toml": 0.956, "newsset908.toml": 0.954, "newsset909.toml": 0.951, "newsset910.toml": 0.944, "newsset911.toml": 0.965, "newsset912.toml": 0.932, "newsset913.toml": 0.959, "newsset914.toml": 0.96, "newsset915.toml": 0.956, "newsset916.toml": 0.901, "newsset917.toml": 0.934, "newsset918.toml": 0.94, "newsset919.toml": 0.971, "newsset920.toml": 0.952, "newsset921.toml": 0.946, "newsset922.toml": 0.941, "newsset923.toml": 0.962, "newsset924.toml": 0.923, "newsset925.toml": 0.959, "newsset926.toml": 0.963, "newsset927.toml": 0.942, "newsset928.toml": 0.936, "newsset929.toml": 0.931, "newsset930.toml": 0.956, "newsset931.toml": 0.968, "newsset932.toml": 0.964, "newsset933.toml": 0.947, "newsset934.toml": 0.942, "newsset935.toml": 0.958, "newsset936.toml": 0.946, "newsset937.toml": 0.961, "newsset938.toml": 0.963, "newsset939.toml": 0.968, "newsset940.toml": 0.962, "newsset941.toml": 0.934, "newsset942.toml": 0.963, "newsset943.toml": 0.957, "newsset944.toml": 0.959, "newsset945.toml": 0.931, "newsset946.toml": 0.952, "newsset947.toml": 0.929, "newsset948.toml": 0.937, "newsset949.toml": 0.948, "newsset950.toml": 0.96, "newsset951.toml": 0.952, "newsset952.toml": 0.941, "newsset953.toml": 0.949, "newsset954.toml": 0.962, "newsset955.toml": 0.953, "newsset956.toml": 0.963, "newsset957.toml": 0.951, "newsset958.toml": 0.925, "newsset959.toml": 0.95, "newsset960.toml": 0.926, "newsset961.toml": 0.945, "newsset962.toml": 0.969, "newsset963.toml": 0.966, "newsset964.toml": 0.951, "newsset965.toml": 0.951, "newsset966.toml": 0.958, "newsset967.toml": 0.955, "newsset968.toml": 0.959, "newsset969.toml": 0.941, "newsset970.toml": 0.946, "newsset971.toml": 0.944, "newsset972.toml": 0.908, "newsset973.toml": 0.956, "newsset974.toml": 0.957, "newsset975.toml": 0.965, "newsset976.toml": 0.962, "newsset977.toml": 0.947, "newsset978.toml": 0.965, "newsset979.toml": 0.956, "newsset980.toml": 0.937, "newsset981.toml": 0.946, "newsset982.toml": 0.955, "newsset983.toml": 0.945, "newsset984.toml": 0.945, "newsset985.toml": 0.946, "newsset986.toml": 0.959, "newsset987.toml": 0.949, "newsset988.toml": 0.94, "newsset989.toml": 0.957, "newsset990.toml": 0.939, "newsset991.toml": 0.962, "newsset992.toml": 0.959, "newsset993.toml": 0.943, "newsset994.toml": 0.941, "newsset995.toml": 0.963, "newsset996.toml": 0.92, "newsset997.toml": 0.949, "newsset998.toml": 0.961, "newsset999.toml": 0.958, "newsset1000.toml": 0.939, "newsset1001.toml": 0.943, "newsset1002.toml": 0.948, "newsset1003.toml": 0.956, "newsset1004.toml": 0.952, "newsset1005.toml": 0.95, "newsset1006.toml": 0.951, "newsset1007.toml": 0.954, "newsset1008.toml": 0.944, "newsset1009.toml": 0.957, "newsset1010.toml": 0.962, "newsset1011.toml": 0.956, "newsset1012.toml": 0.938, "newsset1013.toml": 0.949, "newsset1014.toml": 0.961, "newsset1015.toml": 0.949, "newsset1016.toml": 0.969, "newsset1017.toml": 0.958, "newsset1018.toml": 0.949, "newsset1019.toml": 0.963, "newsset1020.toml": 0.931, "newsset1021.toml": 0.941, "newsset1022.toml": 0.948, "newsset1023.toml": 0.958, "newsset1024.toml": 0.972, "newsset1025.toml": 0.94, "newsset1026.toml": 0.951, "newsset1027.toml": 0.941, "newsset1028.toml": 0.956, "newsset1029.toml": 0.956, "newsset1030.toml": 0.937, "newsset1031.toml": 0.921, "newsset1032.toml": 0.944, "newsset1033.toml": 0.947, "newsset1034.toml": 0.97, "newsset1035.toml": 0.961, "newsset1036.toml": 0.95, "newsset1037.toml": 0.927, "newsset1038.toml": 0.936, "newsset1039.toml": 0.949, "newsset1040.toml": 0.951, "newsset1041.toml": 0.933, "newsset1042.toml": 0.935, "newsset1043.toml": 0.959, "newsset1044.toml": 0.926, "newsset1045.toml": 0.95, "newsset1046.toml": 0.971, "newsset1047.toml": 0.959, "newsset1048.toml": 0.941, "newsset1049.toml": 0.947, "newsset1050.toml": 0.937, "newsset1051.toml": 0.959, "newsset1052.toml": 0.948, "newsset1053.toml": 0.946, "newsset1054.toml": 0.935, "newsset1055.toml": 0.934, "newsset1056.toml": 0.938, "newsset1057.toml": 0.953, "newsset1058.toml": 0.966, "newsset1059.toml": 0.965, "newsset1060.toml": 0.944, "newsset1061.toml": 0.944, "newsset1062.toml": 0.948, "newsset1063.toml": 0.968, "newsset1064.toml": 0.958, "newsset1065.toml": 0.936, "newsset1066.toml": 0.94, "newsset1067.toml": 0.951, "newsset1068.toml": 0.943, "newsset1069.toml": 0.961, "newsset1070.toml": 0.963, "newsset1071.toml": 0.956, "newsset1072.toml": 0.963, "newsset1073.toml": 0.962, "newsset1074.toml": 0.961, "newsset1075.toml": 0.935, "newsset1076.toml": 0.95, "newsset1077.toml": 0.955, "newsset1078.toml": 0.952, "newsset1079.toml": 0.957, "newsset1080.toml": 0.939, "newsset1081.toml": 0.955}

// TestNewsSet scores the tagger on the news sets in testdata as
// TempEval-3 would. Run with -v to see the figures, and with ERRORS=1 in
// the environment to see every disagreement.
func TestNewsSet(t *testing.T) {
	for _, name := range []string{"newsset.toml", "newsset2.toml", "newsset3.toml", "newsset4.toml", "newsset5.toml", "newsset6.toml", "newsset7.toml", "newsset8.toml", "newsset9.toml", "newsset10.toml", "newsset11.toml", "newsset12.toml", "newsset13.toml", "newsset14.toml", "newsset15.toml", "newsset16.toml", "newsset17.toml", "newsset18.toml", "newsset19.toml", "newsset20.toml", "newsset21.toml", "newsset22.toml", "newsset23.toml", "newsset24.toml", "newsset25.toml", "newsset26.toml", "newsset27.toml", "newsset28.toml", "newsset29.toml", "newsset30.toml", "newsset31.toml", "newsset32.toml", "newsset33.toml", "newsset34.toml", "newsset35.toml", "newsset36.toml", "newsset37.toml", "newsset38.toml", "newsset39.toml", "newsset40.toml", "newsset41.toml", "newsset42.toml", "newsset43.toml", "newsset44.toml", "newsset45.toml", "newsset46.toml", "newsset47.toml", "newsset50.toml", "newsset51.toml", "newsset54.toml", "newsset55.toml", "newsset58.toml", "newsset59.toml", "newsset60.toml", "newsset61.toml", "newsset62.toml", "newsset63.toml", "newsset64.toml", "newsset65.toml", "newsset67.toml", "newsset68.toml", "newsset69.toml", "newsset70.toml", "newsset71.toml", "newsset72.toml", "newsset73.toml", "newsset48.toml", "newsset49.toml", "newsset52.toml", "newsset53.toml", "newsset56.toml", "newsset57.toml", "newsset74.toml", "newsset75.toml", "newsset76.toml", "newsset78.toml", "newsset79.toml", "newsset81.toml", "newsset82.toml", "newsset66.toml", "newsset77.toml", "newsset80.toml", "newsset84.toml", "newsset83.toml", "newsset87.toml", "newsset88.toml", "newsset89.toml", "newsset90.toml", "newsset92.toml", "newsset93.toml", "newsset94.toml", "newsset85.toml", "newsset86.toml", "newsset91.toml", "newsset95.toml", "newsset97.toml", "newsset96.toml", "newsset101.toml", "newsset100.toml", "newsset98.toml", "newsset99.toml", "newsset102.toml", "newsset103.toml", "newsset104.toml", "newsset105.toml", "newsset106.toml", "newsset107.toml", "newsset108.toml", "newsset109.toml", "newsset110.toml", "newsset111.toml", "newsset112.toml", "newsset113.toml", "newsset114.toml", "newsset115.toml", "newsset116.toml", "newsset117.toml", "newsset123.toml", "newsset122.toml", "newsset121.toml", "newsset126.toml", "newsset125.toml", "newsset118.toml", "newsset119.toml", "newsset120.toml", "newsset124.toml", "newsset131.toml", "newsset130.toml", "newsset127.toml", "newsset128.toml", "newsset132.toml", "newsset137.toml", "newsset135.toml", "newsset136.toml", "newsset129.toml", "newsset133.toml", "newsset134.toml", "newsset138.toml", "newsset139.toml", "newsset140.toml", "newsset141.toml", "newsset142.toml", "newsset143.toml", "newsset144.toml", "newsset145.toml", "newsset146.toml", "newsset147.toml", "newsset148.toml", "newsset149.toml", "newsset150.toml", "newsset151.toml", "newsset152.toml", "newsset153.toml", "newsset154.toml", "newsset155.toml", "newsset156.toml", "newsset157.toml", "newsset158.toml", "newsset159.toml", "newsset160.toml", "newsset161.toml", "newsset162.toml", "newsset163.toml", "newsset164.toml", "newsset165.toml", "newsset166.toml", "newsset167.toml", "newsset168.toml", "newsset169.toml", "newsset170.toml", "newsset171.toml", "newsset172.toml", "newsset173.toml", "newsset174.toml", "newsset175.toml", "newsset176.toml", "newsset177.toml", "newsset178.toml", "newsset179.toml", "newsset180.toml", "newsset181.toml", "newsset182.toml", "newsset183.toml", "newsset184.toml", "newsset185.toml", "newsset186.toml", "newsset187.toml", "newsset188.toml", "newsset189.toml", "newsset190.toml", "newsset191.toml", "newsset192.toml", "newsset193.toml", "newsset194.toml", "newsset195.toml", "newsset196.toml", "newsset197.toml", "newsset198.toml", "newsset199.toml", "newsset200.toml", "newsset201.toml", "newsset202.toml", "newsset203.toml", "newsset204.toml", "newsset205.toml", "newsset206.toml", "newsset207.toml", "newsset208.toml", "newsset209.toml", "newsset210.toml", "newsset211.toml", "newsset212.toml", "newsset213.toml", "newsset214.toml", "newsset215.toml", "newsset217.toml", "newsset218.toml", "newsset220.toml", "newsset222.toml", "newsset223.toml", "newsset219.toml", "newsset221.toml", "newsset216.toml", "newsset226.toml", "newsset227.toml", "newsset224.toml", "newsset225.toml", "newsset228.toml", "newsset229.toml", "newsset230.toml", "newsset231.toml", "newsset232.toml", "newsset234.toml", "newsset236.toml", "newsset238.toml", "newsset233.toml", "newsset235.toml", "newsset237.toml", "newsset239.toml", "newsset240.toml", "newsset241.toml", "newsset242.toml", "newsset243.toml", "newsset244.toml", "newsset245.toml", "newsset246.toml", "newsset247.toml", "newsset248.toml", "newsset249.toml", "newsset250.toml", "newsset251.toml", "newsset252.toml", "newsset253.toml", "newsset254.toml", "newsset255.toml", "newsset256.toml", "newsset257.toml", "newsset258.toml", "newsset259.toml", "newsset260.toml", "newsset261.toml", "newsset262.toml", "newsset263.toml", "newsset264.toml", "newsset265.toml", "newsset266.toml", "newsset267.toml", "newsset268.toml", "newsset269.toml", "newsset270.toml", "newsset271.toml", "newsset272.toml", "newsset273.toml", "newsset274.toml", "newsset275.toml", "newsset276.toml", "newsset277.toml", "newsset278.toml", "newsset279.toml", "newsset280.toml", "newsset281.toml", "newsset282.toml", "newsset283.toml", "newsset284.toml", "newsset285.toml", "newsset286.toml", "newsset287.toml", "newsset288.toml", "newsset289.toml", "newsset290.toml", "newsset291.toml", "newsset293.toml", "newsset294.toml", "newsset295.toml", "newsset292.toml", "newsset296.toml", "newsset297.toml", "newsset298.toml", "newsset299.toml", "newsset300.toml", "newsset301.toml", "newsset302.toml", "newsset303.toml", "newsset304.toml", "newsset305.toml", "newsset306.toml", "newsset307.toml", "newsset308.toml", "newsset309.toml", "newsset310.toml", "newsset311.toml", "newsset312.toml", "newsset313.toml", "newsset314.toml", "newsset315.toml", "newsset316.toml", "newsset317.toml", "newsset318.toml", "newsset319.toml", "newsset320.toml", "newsset321.toml", "newsset322.toml", "newsset323.toml", "newsset324.toml", "newsset325.toml", "newsset326.toml", "newsset327.toml", "newsset328.toml", "newsset329.toml", "newsset330.toml", "newsset331.toml", "newsset332.toml", "newsset333.toml", "newsset334.toml", "newsset335.toml", "newsset336.toml", "newsset337.toml", "newsset338.toml", "newsset339.toml", "newsset340.toml", "newsset341.toml", "newsset342.toml", "newsset343.toml", "newsset344.toml", "newsset345.toml", "newsset346.toml", "newsset347.toml", "newsset348.toml", "newsset349.toml", "newsset350.toml", "newsset351.toml", "newsset352.toml", "newsset353.toml", "newsset354.toml", "newsset355.toml", "newsset356.toml", "newsset357.toml", "newsset358.toml", "newsset359.toml", "newsset360.toml", "newsset361.toml", "newsset362.toml", "newsset363.toml", "newsset364.toml", "newsset365.toml", "newsset366.toml", "newsset367.toml", "newsset368.toml", "newsset369.toml", "newsset370.toml", "newsset371.toml", "newsset372.toml", "newsset373.toml", "newsset374.toml", "newsset375.toml", "newsset376.toml", "newsset377.toml", "newsset378.toml", "newsset379.toml", "newsset380.toml", "newsset381.toml", "newsset382.toml", "newsset383.toml", "newsset384.toml", "newsset385.toml", "newsset386.toml", "newsset387.toml", "newsset388.toml", "newsset389.toml", "newsset390.toml", "newsset391.toml", "newsset392.toml", "newsset393.toml", "newsset394.toml", "newsset395.toml", "newsset396.toml", "newsset397.toml", "newsset398.toml", "newsset399.toml", "newsset400.toml", "newsset401.toml", "newsset402.toml", "newsset403.toml", "newsset404.toml", "newsset405.toml", "newsset406.toml", "newsset407.toml", "newsset408.toml", "newsset409.toml", "newsset410.toml", "newsset411.toml", "newsset412.toml", "newsset413.toml", "newsset414.toml", "newsset415.toml", "newsset416.toml", "newsset417.toml", "newsset418.toml", "newsset419.toml", "newsset420.toml", "newsset421.toml", "newsset422.toml", "newsset423.toml", "newsset424.toml", "newsset425.toml", "newsset426.toml", "newsset427.toml", "newsset428.toml", "newsset429.toml", "newsset430.toml", "newsset431.toml", "newsset432.toml", "newsset433.toml", "newsset434.toml", "newsset435.toml", "newsset436.toml", "newsset437.toml", "newsset438.toml", "newsset439.toml", "newsset440.toml", "newsset441.toml", "newsset442.toml", "newsset443.toml", "newsset444.toml", "newsset445.toml", "newsset446.toml", "newsset447.toml", "newsset448.toml", "newsset449.toml", "newsset450.toml", "newsset451.toml", "newsset452.toml", "newsset453.toml", "newsset454.toml", "newsset455.toml", "newsset456.toml", "newsset457.toml", "newsset458.toml", "newsset459.toml", "newsset460.toml", "newsset461.toml", "newsset462.toml", "newsset463.toml", "newsset464.toml", "newsset465.toml", "newsset466.toml", "newsset467.toml", "newsset468.toml", "newsset469.toml", "newsset470.toml", "newsset471.toml", "newsset472.toml", "newsset473.toml", "newsset474.toml", "newsset475.toml", "newsset476.toml", "newsset477.toml", "newsset478.toml", "newsset479.toml", "newsset480.toml", "newsset481.toml", "newsset482.toml", "newsset483.toml", "newsset484.toml", "newsset485.toml", "newsset486.toml", "newsset487.toml", "newsset488.toml", "newsset489.toml", "newsset490.toml", "newsset491.toml", "newsset492.toml", "newsset493.toml", "newsset494.toml", "newsset495.toml", "newsset496.toml", "newsset497.toml", "newsset498.toml", "newsset499.toml", "newsset500.toml", "newsset501.toml", "newsset502.toml", "newsset503.toml", "newsset504.toml", "newsset505.toml", "newsset506.toml", "newsset507.toml", "newsset508.toml", "newsset509.toml", "newsset510.toml", "newsset511.toml", "newsset512.toml", "newsset513.toml", "newsset514.toml", "newsset515.toml", "newsset516.toml", "newsset517.toml", "newsset518.toml", "newsset519.toml", "newsset520.toml", "newsset521.toml", "newsset522.toml", "newsset523.toml", "newsset524.toml", "newsset525.toml", "newsset526.toml", "newsset527.toml", "newsset528.toml", "newsset529.toml", "newsset530.toml", "newsset531.toml", "newsset532.toml", "newsset533.toml", "newsset534.toml", "newsset535.toml", "newsset536.toml", "newsset537.toml", "newsset538.toml", "newsset539.toml", "newsset540.toml", "newsset541.toml", "newsset542.toml", "newsset543.toml", "newsset544.toml", "newsset545.toml", "newsset546.toml", "newsset547.toml", "newsset548.toml", "newsset549.toml", "newsset550.toml", "newsset551.toml", "newsset552.toml", "newsset553.toml", "newsset554.toml", "newsset555.toml", "newsset556.toml", "newsset557.toml", "newsset558.toml", "newsset559.toml", "newsset560.toml", "newsset561.toml", "newsset562.toml", "newsset563.toml", "newsset564.toml", "newsset565.toml", "newsset566.toml", "newsset567.toml", "newsset568.toml", "newsset569.toml", "newsset570.toml", "newsset571.toml", "newsset572.toml", "newsset573.toml", "newsset574.toml", "newsset575.toml", "newsset576.toml", "newsset577.toml", "newsset578.toml", "newsset579.toml", "newsset580.toml", "newsset581.toml", "newsset582.toml", "newsset583.toml", "newsset584.toml", "newsset585.toml", "newsset586.toml", "newsset587.toml", "newsset588.toml", "newsset589.toml", "newsset590.toml", "newsset591.toml", "newsset592.toml", "newsset593.toml", "newsset594.toml", "newsset595.toml", "newsset596.toml", "newsset597.toml", "newsset598.toml", "newsset599.toml", "newsset600.toml", "newsset601.toml", "newsset602.toml", "newsset603.toml", "newsset604.toml", "newsset605.toml", "newsset606.toml", "newsset607.toml", "newsset608.toml", "newsset609.toml", "newsset610.toml", "newsset611.toml", "newsset612.toml", "newsset613.toml", "newsset614.toml", "newsset615.toml", "newsset616.toml", "newsset617.toml", "newsset618.toml", "newsset619.toml", "newsset620.toml", "newsset621.toml", "newsset622.toml", "newsset623.toml", "newsset624.toml", "newsset625.toml", "newsset626.toml", "newsset627.toml", "newsset628.toml", "newsset629.toml", "newsset630.toml", "newsset631.toml", "newsset632.toml", "newsset633.toml", "newsset634.toml", "newsset635.toml", "newsset636.toml", "newsset637.toml", "newsset638.toml", "newsset639.toml", "newsset640.toml", "newsset641.toml", "newsset642.toml", "newsset643.toml", "newsset644.toml", "newsset645.toml", "newsset646.toml", "newsset647.toml", "newsset648.toml", "newsset649.toml", "newsset650.toml", "newsset651.toml", "newsset652.toml", "newsset653.toml", "newsset654.toml", "newsset655.toml", "newsset656.toml", "newsset657.toml", "newsset658.toml", "newsset659.toml", "newsset660.toml", "newsset661.toml", "newsset662.toml", "newsset663.toml", "newsset664.toml", "newsset665.toml", "newsset666.toml", "newsset667.toml", "newsset668.toml", "newsset669.toml", "newsset670.toml", "newsset671.toml", "newsset672.toml", "newsset673.toml", "newsset674.toml", "newsset675.toml", "newsset676.toml", "newsset677.toml", "newsset678.toml", "newsset679.toml", "newsset680.toml", "newsset681.toml", "newsset682.toml", "newsset683.toml", "newsset684.toml", "newsset685.toml", "newsset686.toml", "newsset687.toml", "newsset688.toml", "newsset689.toml", "newsset690.toml", "newsset691.toml", "newsset692.toml", "newsset693.toml", "newsset694.toml", "newsset695.toml", "newsset696.toml", "newsset697.toml", "newsset698.toml", "newsset699.toml", "newsset700.toml", "newsset701.toml", "newsset702.toml", "newsset703.toml", "newsset704.toml", "newsset705.toml", "newsset706.toml", "newsset707.toml", "newsset708.toml", "newsset709.toml", "newsset710.toml", "newsset711.toml", "newsset712.toml", "newsset713.toml", "newsset714.toml", "newsset715.toml", "newsset716.toml", "newsset717.toml", "newsset718.toml", "newsset719.toml", "newsset720.toml", "newsset721.toml", "newsset722.toml", "newsset723.toml", "newsset724.toml", "newsset725.toml", "newsset726.toml", "newsset727.toml", "newsset728.toml", "newsset729.toml", "newsset730.toml", "newsset731.toml", "newsset732.toml", "newsset733.toml", "newsset734.toml", "newsset735.toml", "newsset736.toml", "newsset737.toml", "newsset738.toml", "newsset739.toml", "newsset740.toml", "newsset741.toml", "newsset742.toml", "newsset743.toml", "newsset744.toml", "newsset745.toml", "newsset746.toml", "newsset747.toml", "newsset748.toml", "newsset749.toml", "newsset750.toml", "newsset751.toml", "newsset752.toml", "newsset753.toml", "newsset754.toml", "newsset755.toml", "newsset756.toml", "newsset757.toml", "newsset758.toml", "newsset759.toml", "newsset760.toml", "newsset761.toml", "newsset762.toml", "newsset763.toml", "newsset764.toml", "newsset765.toml", "newsset766.toml", "newsset767.toml", "newsset768.toml", "newsset769.toml", "newsset770.toml", "newsset771.toml", "newsset772.toml", "newsset773.toml", "newsset774.toml", "newsset775.toml", "newsset776.toml", "newsset777.toml", "newsset778.toml", "newsset779.toml", "newsset780.toml", "newsset781.toml", "newsset782.toml", "newsset783.toml", "newsset784.toml", "newsset785.toml", "newsset786.toml", "newsset787.toml", "newsset788.toml", "newsset789.toml", "newsset790.toml", "newsset791.toml", "newsset792.toml", "newsset793.toml", "newsset794.toml", "newsset795.toml", "newsset796.toml", "newsset797.toml", "newsset798.toml", "newsset799.toml", "newsset800.toml", "newsset801.toml", "newsset802.toml", "newsset803.toml", "newsset804.toml", "newsset805.toml", "newsset806.toml", "newsset807.toml", "newsset808.toml", "newsset809.toml", "newsset810.toml", "newsset811.toml", "newsset812.toml", "newsset813.toml", "newsset814.toml", "newsset815.toml", "newsset816.toml", "newsset817.toml", "newsset818.toml", "newsset819.toml", "newsset820.toml", "newsset821.toml", "newsset822.toml", "newsset823.toml", "newsset824.toml", "newsset825.toml", "newsset826.toml", "newsset827.toml", "newsset828.toml", "newsset829.toml", "newsset830.toml", "newsset831.toml", "newsset832.toml", "newsset833.toml", "newsset834.toml", "newsset835.toml", "newsset836.toml", "newsset837.toml", "newsset838.toml", "newsset839.toml", "newsset840.toml", "newsset841.toml", "newsset842.toml", "newsset843.toml", "newsset844.toml", "newsset845.toml", "newsset846.toml", "newsset847.toml", "newsset848.toml", "newsset849.toml", "newsset850.toml", "newsset851.toml", "newsset852.toml", "newsset853.toml", "newsset854.toml", "newsset855.toml", "newsset856.toml", "newsset857.toml", "newsset858.toml", "newsset859.toml", "newsset860.toml", "newsset861.toml", "newsset862.toml", "newsset863.toml", "newsset864.toml", "newsset865.toml", "newsset866.toml", "newsset867.toml", "newsset868.toml", "newsset869.toml", "newsset870.toml", "newsset871.toml", "newsset872.toml", "newsset873.toml", "newsset874.toml", "newsset875.toml", "newsset876.toml", "newsset877.toml", "newsset878.toml", "newsset879.toml", "newsset880.toml", "newsset881.toml", "newsset882.toml", "newsset883.toml", "newsset884.toml", "newsset885.toml", "newsset886.toml", "newsset887.toml", "newsset888.toml", "newsset889.toml", "newsset890.toml", "newsset891.toml", "newsset892.toml", "newsset893.toml", "newsset894.toml", "newsset895.toml", "newsset896.toml", "newsset897.toml", "newsset898.toml", "newsset899.toml", "newsset900.toml", "newsset901.toml", "newsset902.toml", "newsset903.toml", "newsset904.toml", "newsset905.toml", "newsset906.toml", "newsset907.toml", "newsset908.toml", "newsset909.toml", "newsset910.toml", "newsset911.toml", "newsset912.toml", "newsset913.toml", "newsset914.toml", "newsset915.toml", "newsset916.toml", "newsset917.toml", "newsset918.toml", "newsset919.toml", "newsset920.toml", "newsset921.toml", "newsset922.toml", "newsset923.toml", "newsset924.toml", "newsset925.toml", "newsset926.toml", "newsset927.toml", "newsset928.toml", "newsset929.toml", "newsset930.toml", "newsset931.toml", "newsset932.toml", "newsset933.toml", "newsset934.toml", "newsset935.toml", "newsset936.toml", "newsset937.toml", "newsset938.toml", "newsset939.toml", "newsset940.toml", "newsset941.toml", "newsset942.toml", "newsset943.toml", "newsset944.toml", "newsset945.toml", "newsset946.toml", "newsset947.toml", "newsset948.toml", "newsset949.toml", "newsset950.toml", "newsset951.toml", "newsset952.toml", "newsset953.toml", "newsset954.toml", "newsset955.toml", "newsset956.toml", "newsset957.toml", "newsset958.toml", "newsset959.toml", "newsset960.toml", "newsset961.toml", "newsset962.toml", "newsset963.toml", "newsset964.toml", "newsset965.toml", "newsset966.toml", "newsset967.toml", "newsset968.toml", "newsset969.toml", "newsset970.toml", "newsset971.toml", "newsset972.toml", "newsset973.toml", "newsset974.toml", "newsset975.toml", "newsset976.toml", "newsset977.toml", "newsset978.toml", "newsset979.toml", "newsset980.toml", "newsset981.toml", "newsset982.toml", "newsset983.toml", "newsset984.toml", "newsset985.toml", "newsset986.toml", "newsset987.toml", "newsset988.toml", "newsset989.toml", "newsset990.toml", "newsset991.toml", "newsset992.toml", "newsset993.toml", "newsset994.toml", "newsset995.toml", "newsset996.toml", "newsset997.toml", "newsset998.toml", "newsset999.toml", "newsset1000.toml", "newsset1001.toml", "newsset1002.toml", "newsset1003.toml", "newsset1004.toml", "newsset1005.toml", "newsset1006.toml", "newsset1007.toml", "newsset1008.toml", "newsset1009.toml", "newsset1010.toml", "newsset1011.toml", "newsset1012.toml", "newsset1013.toml", "newsset1014.toml", "newsset1015.toml", "newsset1016.toml", "newsset1017.toml", "newsset1018.toml", "newsset1019.toml", "newsset1020.toml", "newsset1021.toml", "newsset1022.toml", "newsset1023.toml", "newsset1024.toml", "newsset1025.toml", "newsset1026.toml", "newsset1027.toml", "newsset1028.toml", "newsset1029.toml", "newsset1030.toml", "newsset1031.toml", "newsset1032.toml", "newsset1033.toml", "newsset1034.toml", "newsset1035.toml", "newsset1036.toml", "newsset1037.toml", "newsset1038.toml", "newsset1039.toml", "newsset1040.toml", "newsset1041.toml", "newsset1042.toml", "newsset1043.toml", "newsset1044.toml", "newsset1045.toml", "newsset1046.toml", "newsset1047.toml", "newsset1048.toml", "newsset1049.toml", "newsset1050.toml", "newsset1051.toml", "newsset1052.toml", "newsset1053.toml", "newsset1054.toml", "newsset1055.toml", "newsset1056.toml", "newsset1057.toml", "newsset1058.toml", "newsset1059.toml", "newsset1060.toml", "newsset1061.toml", "newsset1062.toml", "newsset1063.toml", "newsset1064.toml", "newsset1065.toml", "newsset1066.toml", "newsset1067.toml", "newsset1068.toml", "newsset1069.toml", "newsset1070.toml", "newsset1071.toml", "newsset1072.toml", "newsset1073.toml", "newsset1074.toml", "newsset1075.toml", "newsset1076.toml", "newsset1077.toml", "newsset1078.toml", "newsset1079.toml", "newsset1080.toml", "newsset1081.toml"} {
		t.Run(name, func(t *testing.T) { scoreNewsSet(t, name) })
	}
}

func scoreNewsSet(t *testing.T, name string) {
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var set newsSet
	if _, err := toml.Decode(string(b), &set); err != nil {
		t.Fatalf("testdata/%s: %v", name, err)
	}
	tg := timex.Default()
	var sc scores
	for i, d := range set.Doc {
		dct, err := time.Parse("2006-01-02", d.DCT)
		if err != nil {
			t.Fatalf("doc %d: dct: %v", i+1, err)
		}
		var gold []model.Timex
		for _, g := range d.Timex {
			nth := max(g.Nth, 1)
			at := wholeWordIndex(d.Text, g.Text, nth)
			if at < 0 {
				t.Fatalf("doc %d: %q (nth %d) is not in the text", i+1, g.Text, nth)
			}
			gold = append(gold, model.Timex{Start: at, End: at + len(g.Text), Text: g.Text, Type: g.Type, Value: g.Value})
		}
		sys := tg.Tag(d.Text, dct)
		score(d.Text, gold, sys, &sc)
		if os.Getenv("ERRORS") != "" {
			reportDiff(t, i+1, d.Text, gold, sys)
		}
	}
	st, rel, typ, val := sc.figures()
	t.Logf("%s: %d documents, %d gold timexes, %d found", name, sc.docs, sc.gold, sc.sys)
	t.Logf("te3: strictF1=%.4f relaxedF1=%.4f typeF1=%.4f valueF1=%.4f", st, rel, typ, val)
	if fl := newsFloors[name]; val < fl {
		t.Errorf("value F1 %.4f fell below %.2f", val, fl)
	}
}

// reportDiff logs the gold timexes the tagger missed or valued otherwise,
// and the ones it found that gold does not have.
func reportDiff(t *testing.T, doc int, text string, gold, sys []model.Timex) {
	g, s := trimmed(text, gold), trimmed(text, sys)
	used := make([]bool, len(s))
	for _, gx := range g {
		found := false
		for i, sx := range s {
			if used[i] || !(sx.start < gx.end && gx.start < sx.end) {
				continue
			}
			used[i], found = true, true
			if sx.value != gx.value || sx.typ != gx.typ || sx.start != gx.start || sx.end != gx.end {
				t.Logf("doc %d: gold %q %s %s | found %q %s %s", doc, text[gx.start:gx.end], gx.typ, gx.value, text[sx.start:sx.end], sx.typ, sx.value)
			}
			break
		}
		if !found {
			t.Logf("doc %d: missed %q %s %s", doc, text[gx.start:gx.end], gx.typ, gx.value)
		}
	}
	for i, sx := range s {
		if !used[i] {
			t.Logf("doc %d: spurious %q %s %s", doc, text[sx.start:sx.end], sx.typ, sx.value)
		}
	}
}

// wholeWordIndex finds the nth occurrence of w in text that does not start
// or end inside a word ("50 years" is not in "150 years"), as the sets'
// annotators counted them; -1 when there is none.
func wholeWordIndex(text, w string, nth int) int {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	for from := 0; from <= len(text); {
		j := strings.Index(text[from:], w)
		if j < 0 {
			return -1
		}
		at := from + j
		from = at + 1
		if before, _ := utf8.DecodeLastRuneInString(text[:at]); at > 0 && word(first) && word(before) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(text[at+len(w):]); at+len(w) < len(text) && word(last) && word(after) {
			continue
		}
		if nth--; nth == 0 {
			return at
		}
	}
	return -1
}
