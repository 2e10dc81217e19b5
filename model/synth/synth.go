// Package synth makes synthetic corpora of diplomatic events: realistic
// actors, CAMEO-coded acts and dates spread over decades, for benchmarks,
// stress tests and `parley demo`.
package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/parley-app/parley/model"
)

type country struct{ code, name string }

var countries = []country{
	{"USA", "United States"}, {"RUS", "Russia"}, {"UKR", "Ukraine"}, {"CHN", "China"}, {"GBR", "United Kingdom"},
	{"FRA", "France"}, {"DEU", "Germany"}, {"SAU", "Saudi Arabia"}, {"TUR", "Turkey"}, {"IRN", "Iran"},
	{"ISR", "Israel"}, {"IND", "India"}, {"JPN", "Japan"}, {"BRA", "Brazil"}, {"ZAF", "South Africa"},
	{"EGY", "Egypt"}, {"QAT", "Qatar"}, {"ARE", "United Arab Emirates"}, {"POL", "Poland"}, {"ITA", "Italy"},
	{"CAN", "Canada"}, {"KOR", "South Korea"}, {"PRK", "North Korea"}, {"PAK", "Pakistan"}, {"MEX", "Mexico"},
	{"IDN", "Indonesia"}, {"AUS", "Australia"}, {"NGA", "Nigeria"}, {"ETH", "Ethiopia"}, {"KEN", "Kenya"},
	{"SYR", "Syria"}, {"IRQ", "Iraq"}, {"JOR", "Jordan"}, {"LBN", "Lebanon"}, {"HUN", "Hungary"},
	{"SRB", "Serbia"}, {"VEN", "Venezuela"}, {"CUB", "Cuba"}, {"ARG", "Argentina"}, {"NOR", "Norway"},
}

var orgs = []struct{ id, name string }{
	{"UN", "United Nations"}, {"NATO", "NATO"}, {"EU", "European Union"}, {"AU", "African Union"},
	{"OSCE", "OSCE"}, {"IAEA", "IAEA"}, {"OPEC", "OPEC"}, {"ASEAN", "ASEAN"}, {"G7", "G7"}, {"G20", "G20"},
}

var roles = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador to the UN", "Special Envoy", "National Security Adviser", "Trade Minister"}

var given = []string{"Anna", "Boris", "Carlos", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivan", "Jana", "Karim", "Lena", "Mikhail", "Nadia", "Omar", "Petra", "Rafael", "Sara", "Tomas", "Vera", "Yusuf", "Zofia", "Ahmed", "Mei", "Kenji", "Olu", "Priya", "Diego"}
var family = []string{"Albright", "Berezin", "Castillo", "Demir", "Eriksen", "Farouk", "Grant", "Haddad", "Ivanova", "Jensen", "Kovac", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quiroga", "Rahman", "Schmidt", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou", "Mendes", "Sato"}

type act struct {
	code, typ string
	goldstein float64
	weight    int
}

var acts = []act{
	{"010", "statement", 0, 20}, {"020", "appeal", 3, 6}, {"036", "intent to meet", 4, 6}, {"040", "consultation", 1, 10},
	{"042", "visit", 1.9, 8}, {"043", "hosted visit", 2.8, 5}, {"046", "negotiation", 7, 6}, {"051", "praise", 3.4, 5},
	{"057", "agreement", 8, 4}, {"061", "economic cooperation", 6.4, 3}, {"070", "aid", 7, 3}, {"081", "easing of sanctions", 5, 1},
	{"100", "demand", -5, 4}, {"111", "criticism", -2, 8}, {"120", "rejection", -4, 4}, {"130", "threat", -4.4, 4},
	{"141", "protest", -6.5, 2}, {"150", "force posture", -7.2, 2}, {"161", "reduced relations", -4, 2}, {"163", "sanction", -8, 3},
	{"172", "coercion", -5, 1}, {"190", "fighting", -10, 2},
}

// Corpus returns n synthetic events over the 30 years before 2026, among
// about 200 actors, deterministic for a seed. About one event in eight is
// a range (talks over several days, a month-long process) and one in
// twenty has an uncertain date.
func Corpus(n int, seed uint64) *model.Corpus {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	c := &model.Corpus{}
	art := &model.Article{ID: "synthetic", Title: fmt.Sprintf("Synthetic corpus (%d events, seed %d)", n, seed), Path: "", Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), DateSource: "synthetic"}
	c.Articles = []*model.Article{art}
	var ids []string
	for _, k := range countries {
		c.Actors = append(c.Actors, &model.Actor{ID: k.code, Name: k.name, Kind: model.KindCountry, Country: k.code, Mentions: []model.Mention{}})
		ids = append(ids, k.code)
	}
	for _, o := range orgs {
		c.Actors = append(c.Actors, &model.Actor{ID: o.id, Name: o.name, Kind: model.KindOrganization, Mentions: []model.Mention{}})
		ids = append(ids, o.id)
	}
	for len(c.Actors) < 200 {
		k := countries[rng.IntN(len(countries))]
		name := given[rng.IntN(len(given))] + " " + family[rng.IntN(len(family))]
		id := fmt.Sprintf("p%03d", len(c.Actors))
		c.Actors = append(c.Actors, &model.Actor{ID: id, Name: name, Kind: model.KindPerson, Country: k.code, Role: roles[rng.IntN(len(roles))], Mentions: []model.Mention{}})
		ids = append(ids, id)
	}
	total := 0
	for _, a := range acts {
		total += a.weight
	}
	start := time.Date(1996, 1, 1, 0, 0, 0, 0, time.UTC)
	spanDays := 30 * 365
	// A few busy periods (crises) so the density varies as in real data.
	crises := []int{rng.IntN(spanDays), rng.IntN(spanDays), rng.IntN(spanDays), rng.IntN(spanDays)}
	for i := 0; i < n; i++ {
		w := rng.IntN(total)
		var a act
		for _, x := range acts {
			if w < x.weight {
				a = x
				break
			}
			w -= x.weight
		}
		day := rng.IntN(spanDays)
		if rng.IntN(3) == 0 {
			day = crises[rng.IntN(len(crises))] + int(rng.NormFloat64()*40)
			day = max(0, min(spanDays-1, day))
		}
		d := start.AddDate(0, 0, day)
		when := model.SpanOf(d, model.GranDay)
		switch r := rng.IntN(40); {
		case r < 5: // multi-day talks
			when.End = when.Start.AddDate(0, 0, 2+rng.IntN(12))
		case r == 5: // a month-long process
			when = model.SpanOf(d, model.GranMonth)
			when.Fuzzy = true
		case r == 6: // "early March": fuzzy ten days
			when.End = when.Start.AddDate(0, 0, 10)
			when.Fuzzy = true
		case r < 12: // with a time of day
			when = model.SpanOf(d.Add(time.Duration(6+rng.IntN(16))*time.Hour), model.GranHour)
		}
		src := ids[rng.IntN(len(ids))]
		tgt := ids[rng.IntN(len(ids))]
		for tgt == src {
			tgt = ids[rng.IntN(len(ids))]
		}
		mod := model.Asserted
		switch rng.IntN(20) {
		case 0, 1:
			mod = model.Planned
		case 2:
			mod = model.Possible
		case 3:
			mod = model.Negated
		}
		ev := &model.Event{
			ID: fmt.Sprintf("e%d", i+1), Article: art.ID,
			Sentence: fmt.Sprintf("Synthetic %s by %s toward %s.", a.typ, src, tgt),
			When:     when, DateInferred: rng.IntN(10) == 0,
			Type: a.typ, Code: a.code, RootCode: a.code[:2], Goldstein: a.goldstein,
			Actors: []string{src, tgt}, Source: []string{src}, Target: []string{tgt},
			Modality: mod, ReportDate: when.Start.AddDate(0, 0, rng.IntN(3)), SourceCount: 1 + rng.IntN(5),
		}
		c.Events = append(c.Events, ev)
	}
	return c
}
