package timex

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// kind is a production: how a rule turns the slots of a match into a value.
type kind uint8

const (
	kindDate     kind = iota + 1 // calendar date, missing parts from the DCT: March 3, Tuesday, the 1990s
	kindRelative                 // a unit shifted from the DCT: last week, next April, this fall, tomorrow
	kindOffset                   // N units before or after the DCT: two weeks ago
	kindDuration                 // N units: three years, the past six months
	kindSet                      // a frequency: every week, annually, each Thursday
	kindRef                      // now, recently, the future: the ref slot
	kindFixed                    // the rule's value, as is
	kindAnaphor                  // relative to the last date mentioned: the following day
	kindQuarter                  // the quarter being reported: the latest quarter, the year-ago period
	kindNone                     // looks temporal but is not: "today's world"; yields nothing
)

var kinds = map[string]kind{
	"date": kindDate, "relative": kindRelative, "offset": kindOffset, "duration": kindDuration,
	"set": kindSet, "ref": kindRef, "fixed": kindFixed, "anaphor": kindAnaphor, "quarter": kindQuarter,
	"none": kindNone,
}

func knownKinds() string {
	var ks []string
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// contextLists are the lexicon lists the engine itself consults.
type contextLists struct {
	future, past, present, be, determiners, deadline, rangeWords                                       *classInfo
	comparison, ended, start, relative, comparative, modal                                             *classInfo
	postpone, adverbs, causative, intention, perfect, adjectives                                       *classInfo
	rescheduling, traded, tradedData, reducedParticiples                                               *classInfo
	seasonNouns, designating, pollWords, voteEvents, reactionWords                                     *classInfo
	concession, callingOff, arranging, organizers, decree                                              *classInfo
	daytimeNouns, trading, allHoursMarkets, ticketNouns                                                *classInfo
	forecasterNouns, forecastVerbs, expecting, summoning                                               *classInfo
	weekendEvents, shareMoves                                                                          *classInfo
	scheduled, prepositions, timetable, futures, awaiting                                              *classInfo
	awaited, wantObject, unmarkedPast, mandative, inviting, paving                                     *classInfo
	verbPrefixes, budgetNouns, pactNouns, pactMaking, appealNouns, marketWords                         *classInfo
	titles, companySuffixes, bookingNouns, bookableNouns, fineWords, directions, objectPronouns        *classInfo
	bookedStates, startSetting, sourceNouns                                                            *classInfo
	laidOn, perception, abilityAdverbs                                                                 *classInfo
	yearAgo, refusals, refusalModals                                                                   *classInfo
	overMore, directive, results, warnings, states                                                     *classInfo
	setting, stative, moves, starts, observances, lyNouns, forDay, calledEvents                        *classInfo
	protestPlaces, weaponStrikes, fullness, fullnessAdverbs                                            *classInfo
	urging, deciding, pluralNouns, incidents, participles                                              *classInfo
	figures, publishing, habitual, complement, marketNouns                                             *classInfo
	forecasts, utterance, knowing, going, outcomes, beginnings                                         *classInfo
	progressiveBounds, verbParticles, sequenceWords, offsetWords, currencySymbols, asideOpeners        *classInfo
	openings, enacting, superlatives, notSuperlatives, clauseWords                                     *classInfo
	closeness                                                                                          *classInfo
	lapse, deadlineNouns, notVerbsAfterDay, pastSchedule                                               *classInfo
	seasonAhead, deedParticiples, inForce, causeParticiples                                            *classInfo
	readiness, extension, forDeeds, holidayNouns, holidayNameHeads, holidayTitles, dayKinds, dayNaming *classInfo
	expiring, warningIssuing, implicative, outcomeNouns, readying                                      *classInfo
	facing, dayOff, extending, means                                                                   *classInfo
	attendance, periodNouns, reporting, recurrence, recurring, hearsay                                 *classInfo
	pluperfectPlans, recordWords, pastGovernors                                                        *classInfo
	lateness, lateVerbs, sessions, approach, expiry, exhorting, delivering, accepting, happened        *classInfo
	granting, supplyNouns, acceptedOutcomes                                                            *classInfo
	// eventFamilies are the lists named same_event_…: words that may
	// name one event ("earthquake", "quake", "tremor")
	eventFamilies []*classInfo
	// missing names the lists the rule files do not define: the checks
	// that use them are off (user rule sets may leave some out; the
	// embedded ones must not, which a test checks)
	missing []string
	// ids of words the tense scan tests on every token it passes
	idLast, idCould, idMay, idCan, idNot, idNt, idHave, idOnly, idBe, idTo, idPoss int32
	idHad, idGet, idGot                                                            int32
}

func listsOf(l *lexicon) contextLists {
	var families []*classInfo
	for name, c := range l.classes {
		if strings.HasPrefix(name, "same_event_") {
			families = append(families, c)
		}
	}
	sort.Slice(families, func(i, j int) bool { return families[i].name < families[j].name })
	var missing []string
	get := func(name string) *classInfo {
		c, ok := l.classes[name]
		if !ok {
			missing = append(missing, name)
		}
		return c
	}
	cl := contextLists{
		idLast: l.id("last"), idCould: l.id("could"), idMay: l.id("may"), idCan: l.id("can"), idNot: l.id("not"),
		idNt: l.id("n't"), idHave: l.id("have"), idOnly: l.id("only"), idBe: l.id("be"), idTo: l.id("to"), idPoss: l.id("'s"),
		idHad: l.id("had"), idGet: l.id("get"), idGot: l.id("got"),
		eventFamilies:      families,
		future:             get("future_markers"),
		past:               get("past_markers"),
		present:            get("present_markers"),
		be:                 get("be_words"),
		determiners:        get("determiners"),
		deadline:           get("deadline_words"),
		rangeWords:         get("range_words"),
		comparison:         get("comparison_words"),
		ended:              get("ended_words"),
		start:              get("start_words"),
		relative:           get("relative_pronouns"),
		comparative:        get("comparatives"),
		modal:              get("modal_verbs"),
		postpone:           get("postpone_words"),
		rescheduling:       get("rescheduling_words"),
		traded:             get("traded_goods"),
		tradedData:         get("traded_goods_data"),
		reducedParticiples: get("purpose_participles"),
		seasonNouns:        get("season_nouns"),
		weekendEvents:      get("weekend_events"),
		shareMoves:         get("share_moves"),
		designating:        get("designating_words"),
		pollWords:          get("poll_words"),
		concession:         get("concession_words"),
		callingOff:         get("calling_off_words"),
		arranging:          get("arranging_verbs"),
		organizers:         get("organizer_nouns"),
		decree:             get("decree_verbs"),
		daytimeNouns:       get("daytime_nouns"),
		trading:            get("trading_words"),
		allHoursMarkets:    get("all_hours_markets"),
		ticketNouns:        get("ticket_nouns"),
		forecasterNouns:    get("forecaster_nouns"),
		forecastVerbs:      get("forecast_verbs"),
		expecting:          get("expecting_verbs"),
		summoning:          get("summoning_verbs"),
		voteEvents:         get("vote_events"),
		reactionWords:      get("reaction_words"),
		wantObject:         get("want_object_verbs"),
		unmarkedPast:       get("unmarked_past"),
		mandative:          get("mandative_verbs"),
		adverbs:            get("adverbs"),
		causative:          get("causatives"),
		intention:          get("intention_markers"),
		perfect:            get("perfect_auxiliaries"),
		adjectives:         get("ed_adjectives"),
		scheduled:          get("scheduled_events"),
		prepositions:       get("prepositions"),
		timetable:          get("timetable_verbs"),
		futures:            get("futures_words"),
		awaiting:           get("awaiting_words"),
		awaited:            get("awaited_words"),
		inviting:           get("inviting_verbs"),
		paving:             get("paving_phrases"),
		verbPrefixes:       get("verb_prefixes"),
		budgetNouns:        get("budget_nouns"),
		pactNouns:          get("pact_nouns"),
		pactMaking:         get("pact_making"),
		appealNouns:        get("appeal_nouns"),
		marketWords:        get("market_words"),
		titles:             get("title_abbreviations"),
		companySuffixes:    get("company_abbreviations"),
		bookingNouns:       get("booking_nouns"),
		bookedStates:       get("booked_states"),
		startSetting:       get("start_setting_verbs"),
		sourceNouns:        get("source_nouns"),
		bookableNouns:      get("bookable_nouns"),
		laidOn:             get("laid_on_nouns"),
		perception:         get("perception_verbs"),
		abilityAdverbs:     get("ability_adverbs"),
		yearAgo:            get("year_ago_phrases"),
		refusals:           get("refusal_verbs"),
		refusalModals:      get("refusal_modals"),
		fineWords:          get("fine_words"),
		directions:         get("direction_words"),
		objectPronouns:     get("object_pronouns"),
		overMore:           get("over_means_more_after"),
		results:            get("results_words"),
		warnings:           get("warning_words"),
		states:             get("state_words"),
		setting:            get("setting_verbs"),
		forDay:             get("for_day_verbs"),
		calledEvents:       get("called_events"),
		protestPlaces:      get("protest_place_words"),
		weaponStrikes:      get("weapon_strike_words"),
		fullness:           get("fullness_words"),
		fullnessAdverbs:    get("fullness_adverbs"),
		stative:            get("stative_verbs"),
		moves:              get("market_moves"),
		starts:             get("start_events"),
		observances:        get("observance_words"),
		lyNouns:            get("ly_nouns"),
		urging:             get("urging_verbs"),
		exhorting:          get("exhorting_verbs"),
		delivering:         get("delivering_verbs"),
		accepting:          get("accepting_verbs"),
		happened:           get("happened_verbs"),
		granting:           get("granting_verbs"),
		supplyNouns:        get("supply_nouns"),
		acceptedOutcomes:   get("accepted_outcomes"),
		deciding:           get("deciding_verbs"),
		sessions:           get("session_words"),
		approach:           get("approach_words"),
		expiry:             get("expiry_verbs"),
		forecasts:          get("forecast_words"),
		utterance:          get("utterance_words"),
		knowing:            get("knowing_verbs"),
		going:              get("going_verbs"),
		implicative:        get("implicative_verbs"),
		outcomeNouns:       get("outcome_nouns"),
		facing:             get("facing_verbs"),
		dayOff:             get("day_off_nouns"),
		outcomes:           get("outcome_gerunds"),
		beginnings:         get("beginning_words"),
		progressiveBounds:  get("progressive_bounds"),
		verbParticles:      get("verb_particles"),
		sequenceWords:      get("sequence_words"),
		offsetWords:        get("offset_words"),
		currencySymbols:    get("currency_symbols"),
		asideOpeners:       get("aside_openers"),
		openings:           get("opening_words"),
		enacting:           get("enacting_verbs"),
		superlatives:       get("superlative_words"),
		notSuperlatives:    get("not_superlatives"),
		clauseWords:        get("clause_words"),
		closeness:          get("closeness_words"),
		lapse:              get("lapse_words"),
		deadlineNouns:      get("deadline_nouns"),
		notVerbsAfterDay:   get("not_verbs_after_day"),
		pastSchedule:       get("past_schedule_words"),
		seasonAhead:        get("season_programme_nouns"),
		causeParticiples:   get("cause_participles"),
		readiness:          get("readiness_adjectives"),
		readying:           get("readying_verbs"),
		extension:          get("extension_gerunds"),
		extending:          get("extending_verbs"),
		means:              get("means_nouns"),
		forDeeds:           get("for_deed_verbs"),
		holidayNouns:       get("holiday_nouns"),
		holidayNameHeads:   get("holiday_name_heads"),
		holidayTitles:      get("holiday_titles"),
		dayKinds:           get("day_kinds"),
		dayNaming:          get("day_naming"),
		expiring:           get("expiring_verbs"),
		warningIssuing:     get("warning_issuing_verbs"),
		attendance:         get("attendance_verbs"),
		recurrence:         get("recurrence_words"),
		recurring:          get("recurring_units"),
		lateness:           get("lateness_units"),
		lateVerbs:          get("lateness_verbs"),
		periodNouns:        get("period_nouns"),
		reporting:          get("reporting_verbs"),
		hearsay:            get("hearsay_verbs"),
		pluperfectPlans:    get("pluperfect_plans"),
		recordWords:        get("record_words"),
		pastGovernors:      get("past_governors"),
		pluralNouns:        get("plural_nouns"),
		incidents:          get("incident_words"),
		participles:        get("irregular_participles"),
		inForce:            get("in_force_verbs"),
		deedParticiples:    get("deed_participles"),
		figures:            get("figures_words"),
		publishing:         get("publishing_verbs"),
		habitual:           get("habitual_words"),
		complement:         get("complement_nouns"),
		marketNouns:        get("market_nouns"),
		directive:          get("directive_verbs"),
	}
	cl.missing = missing
	return cl
}

// refine adjusts matches once all are known: the second day of "April 24
// and 25" becomes a date of its own, in the month of the first.
func (s *Session) refine() {
	lex := s.t.lex
	n := len(s.matches)
	for i := 0; i < n; i++ {
		m := s.matches[i]
		if m.rule.kind != kindDate || m.f.month == 0 || m.f.day == 0 || m.f.year != 0 && m.f.yearShort {
			continue
		}
		j := m.end
		if j+1 >= len(s.toks) || !lex.inClass(s.toks[j].Word, s.t.lists.rangeWords) {
			continue
		}
		t := s.toks[j+1]
		if t.Kind != tokNum || !t.Plain || t.Word >= 0 || t.Digits > 2 || t.Num < 1 || t.Num > 31 || t.Num <= int64(m.f.day) {
			continue
		}
		if j+2 < len(s.toks) && (lex.inClass(s.toks[j+2].Word, lex.classes["month"]) || lex.inClass(s.toks[j+2].Word, lex.classes["month_abbr"])) {
			continue // "24 and 25 March" is another pattern
		}
		if i+1 < n && s.matches[i+1].start <= j+1 {
			continue
		}
		second := m
		second.start, second.end = j+1, j+2
		second.f.day = int(t.Num)
		second.f.weekday = 0
		s.matches = append(s.matches, second)
	}
	// "between 3 and 6 p.m.", "from 9 to 5 p.m.", "3 to 8 p.m.", "set for 4
	// and 6 p.m.": the bare hour that opens a range of clock times is a
	// time too, in the half of the day that keeps it before the end (the
	// blind annotators tag it, 13 times of 13, and after neither "between"
	// nor "from" 5 times of 5); its day comes from the end's below
	for i := 0; i < n; i++ {
		b := s.matches[i]
		k := b.start - 2 // the hour, then "and", "to" or "-"
		if !b.f.hasClock || b.f.ampm == 0 || b.f.hour < 1 || b.f.hour > 12 || k < 0 || !s.clockRange(k-1, k+1) || i > 0 && s.matches[i-1].end > k {
			continue
		}
		t := s.toks[k]
		if t.Kind != tokNum || !t.Plain || t.Word >= 0 || t.Num < 1 || t.Num > 12 {
			continue
		}
		first := b
		first.start, first.end = k, k+1
		first.f.hour, first.f.minute, first.f.mod = int(t.Num), 0, ""
		first.lend, first.borrow, first.restated, first.rangeEnd, first.plain, first.aside, first.rangeStart = false, false, false, false, false, false, false
		first.f.ampm = openingHalf(int(t.Num), 0, b.f)
		// it takes the end's day ("The shows will be 7 and 9 p.m. on
		// Saturday"), or the evening before it across midnight ("a curfew
		// 10 to 6 a.m. Friday")
		first.eveBefore = first.f.ampm == 'p' && b.f.ampm == 'a'
		first.rangeStart = !first.eveBefore
		s.matches = append(s.matches, first)
	}
	if len(s.matches) > n {
		sort.SliceStable(s.matches, func(a, b int) bool { return s.matches[a].start < s.matches[b].start })
	}
	// "between 10:15 and 11 p.m.": hours and minutes with no "a.m." or
	// "p.m." that open a range take the half of the day that keeps them
	// before its end
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !a.f.hasClock || a.f.ampm != 0 || a.f.pod != "" || a.f.hour < 1 || a.f.hour > 12 || a.start == 0 || b.start != a.end+1 ||
			!s.clockRange(a.start-1, a.end) || !b.f.hasClock || b.f.ampm == 0 || b.f.hour < 1 || b.f.hour > 12 ||
			s.anyBetween(a.start, a.end-1, func(k int) bool { return s.wordIs(k, "noon") || s.wordIs(k, "midday") || s.wordIs(k, "midnight") }) { // (a word of the clock has its half: "between noon Friday and 2 a.m. Saturday")
			continue
		}
		a.f.ampm = openingHalf(a.f.hour, a.f.minute, b.f)
		// (across midnight, the evening before the end's day: "from 10:30
		// to 5 a.m. Sunday"; only a time with no day of its own)
		a.eveBefore = a.f.ampm == 'p' && b.f.ampm == 'a' && a.f.weekday == 0 && a.f.month == 0 && !a.f.hasShift && a.f.dayOff == 0
	}
	for i := range s.matches {
		// "buses were running up to 40 minutes late yesterday": "late"
		// after an amount of time says how late, not which part of the day
		m := &s.matches[i]
		mod := m.f.mod
		if m.rule.mod != "" {
			mod = m.rule.mod
		}
		if m.start > 0 && m.end-m.start > 1 && (mod == "END" && s.wordIs(m.start, "late") || mod == "START" && s.wordIs(m.start, "early")) &&
			s.inList(m.start-1, s.t.lists.lateness) && !s.anyBetween(max(m.start-5, 0), m.start-2, func(k int) bool { return s.wordIs(k, "for") }) &&
			s.anyBetween(max(m.start-6, 0), m.start-2, func(k int) bool { return s.inList(k, s.t.lists.lateVerbs) || s.isBe(k) }) {
			// (but "exchanged fire for several hours late Sunday" is late
			// on Sunday, and "will spend three days early next month" early
			// in it: only after a verb of arriving, ending or being late)
			m.start++
			for m.end-m.start > 1 && (s.wordIs(m.start, "on") || s.wordIs(m.start, "in") || s.wordIs(m.start, "at")) {
				m.start++ // "a day late on Thursday": Thursday
			}
			m.f.mod, m.plain = "", true
		}
	}
	for i := range s.matches {
		// "the Lunar New Year holiday": before a noun, the article of a
		// holiday that takes one ("for the Lunar New Year") is the noun's
		m := &s.matches[i]
		if m.f.holiday != "" && m.f.unit != "W" && m.f.unit != "WE" && m.end-m.start > 1 && s.wordIs(m.start, "the") && m.end < len(s.toks) && !s.toks[m.end].Cap &&
			(s.inList(m.end, s.t.lists.holidayNouns) || s.inList(m.end, s.t.lists.holidayNameHeads)) {
			m.start++
		}
	}
	for i := 0; i+1 < len(s.matches); i++ {
		// "pickup would run every Monday and Thursday": a weekday joined
		// to one that "every" makes a set is of the set too
		a, b := &s.matches[i], &s.matches[i+1]
		if a.rule.kind == kindSet && a.f.weekday != 0 && (b.start == a.end+1 && (s.wordIs(a.end, "and") || s.wordIs(a.end, "or") ||
			s.wordIs(a.end, ",") && (s.wordIs(b.end, "and") || s.wordIs(b.end, "or") || s.wordIs(b.end, ","))) ||
			b.start == a.end+2 && s.wordIs(a.end, ",") && (s.wordIs(a.end+1, "and") || s.wordIs(a.end+1, "or"))) && // (a list: "every Monday, Wednesday and Friday", "…, and Friday")
			b.f.weekday != 0 && b.f.month == 0 && b.f.day == 0 && !b.f.hasShift && !b.f.hasClock && b.rule.kind != kindSet && b.end-b.start <= 2 {
			b.rule = a.rule
		}
	}
	// "at 7pm on Wednesday", "at 1 p.m., on Christmas Eve": the time takes
	// the date of the day named after it
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !s.bareClock(a) {
			continue
		}
		j := a.end
		// "at 9 p.m. local time (1900 GMT) on Wednesday": the same moment
		// restated in brackets takes the day too
		var inner *match
		if i+2 < len(s.matches) && s.wordIs(j, "(") && b.start == j+1 && s.bareClock(b) && s.wordIs(b.end, ")") {
			inner, j = b, b.end+1
			b = &s.matches[i+2]
			// "8 p.m. EST (0100 GMT)": the other zone may be on the next
			// day, or the one before
			switch ha, hb := a.f.hour24(), inner.f.hour24(); {
			case hb+12 < ha:
				inner.f.clockDays = 1
			case ha+12 < hb:
				inner.f.clockDays = -1
			}
		}
		if b.rule.kind != kindDate && !(inner != nil && b.rule.kind == kindRelative && b.f.unit == "D" && b.f.hasShift) {
			continue
		}
		if j < b.start && s.toks[j].Kind == tokPunct && s.toks[j].Word == lex.punct[','] {
			j++
		}
		if !(j+1 == b.start && s.wordIs(j, "on") && !(s.toks[j].Cap && s.sentenceStart(j)) || inner != nil && j == b.start && (b.f.weekday != 0 || b.f.unit == "D" && b.f.hasShift) && b.end-b.start == 1 ||
			inner == nil && s.tradingDayAfter(a, b)) || b.f.hasClock {
			continue // ("at about 9:33 a.m. local time (0133 GMT) Sunday", "at 12:54 p.m. (0709 GMT) today": a weekday or a day word right after the brackets too; but "opened at 6 p.m. On Thursday the Dow …" starts a sentence)
		}
		bf := b.f
		if bf.weekday == 0 && bf.month == 0 && bf.holiday == "" && !(bf.unit == "D" && bf.hasShift) {
			continue
		}
		for _, c := range []*match{a, inner} {
			if c == nil {
				continue
			}
			c.f.year, c.f.yearShort, c.f.month, c.f.day, c.f.weekday, c.f.holiday = bf.year, bf.yearShort, bf.month, bf.day, bf.weekday, bf.holiday
			if bf.unit == "D" && bf.hasShift || bf.unit == "Y" && bf.hasShift && bf.month != 0 {
				// ("at 5 a.m. on June 12 last year": the year's shift too)
				c.f.unit, c.f.shift, c.f.hasShift = bf.unit, bf.shift, true
			}
			// the day then takes the date the time found, which read the
			// words before the time ("starting at 11:59 p.m. on Friday");
			// the first time lends it, not one restated in brackets
			c.lend = c == a
			c.restated = c != a
		}
		b.borrow = true
	}
	// "Visitation will be from 4 p.m. to 8 p.m. Wednesday": the time that
	// opens a range is on the day of the time that ends it, when it comes
	// earlier in that day (not across a night: "a curfew from 5 p.m. until
	// 8 a.m. Monday" may run two); it takes the day the end resolves to
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		// ("Polling stations open at 8 a.m. and close at 6 p.m. on Sunday":
		// two verbs' times, joined by "and", the second's day both's)
		pair := a.end+3 <= b.start && b.start <= a.end+5 && s.wordIs(a.end, "and") && s.wordIs(b.start-1, "at") && a.start > 0 && s.wordIs(a.start-1, "at") &&
			!s.anyBetween(a.end+1, b.start-2, func(k int) bool {
				return s.toks[k].Kind != tokWord || s.toks[k].Cap || s.inList(k, s.t.lists.prepositions) || s.inList(k, s.t.lists.relative)
			}) && (b.start == a.end+3 && !s.inList(a.end+1, s.t.lists.determiners) || s.wordIs(a.end+1, "the")) // ("Doors open at 6:30 p.m. and the show starts at 8 p.m. on Friday")
		if !s.bareClock(a) || a.end+1 != b.start && !pair || !(pair || s.wordIs(a.end, "to") || s.wordIs(a.end, "until") || s.wordIs(a.end, "till") || s.wordIs(a.end, "-") ||
			(s.wordIs(a.end, "and") || s.wordIs(a.end, "or")) && a.start > 0 && (s.wordIs(a.start-1, "between") || s.wordIs(a.start-1, "at"))) || // ("between noon and 7 p.m. Wednesday", "at 6 a.m. and 7:30 a.m. on Friday")
			!b.f.hasClock || b.f.weekday == 0 && b.f.month == 0 && !(b.f.unit == "D" && b.f.hasShift) || a.f.pod != "" || a.f.dayOff != 0 || a.f.hour24() > b.f.hour24() {
			continue
		}
		a.rangeStart = true
	}
	// "shortly before 8 p.m. EST (0100 GMT Wednesday)": the time restated
	// in brackets names the day, which the first time takes, a day off when
	// the zones straddle midnight
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !s.bareClock(a) || !s.wordIs(a.end, "(") || b.start != a.end+1 || !b.f.hasClock || s.bareClock(b) || !s.wordIs(b.end, ")") ||
			b.f.weekday == 0 && b.f.month == 0 {
			continue
		}
		bf := b.f
		a.f.year, a.f.yearShort, a.f.month, a.f.day, a.f.weekday = bf.year, bf.yearShort, bf.month, bf.day, bf.weekday
		switch ha, hb := a.f.hour24(), bf.hour24(); {
		case hb+12 < ha:
			a.f.clockDays = -1 // 8 p.m. EST is 0100 GMT the next day
		case ha+12 < hb:
			a.f.clockDays = 1
		}
		b.restated = true
	}
	// "by 10 a.m. (0700 GMT)": a bare time restated in brackets with its
	// zone, with no day of either, is on the first time's day (a day off
	// when the zones straddle midnight)
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !s.bareClock(a) || !s.wordIs(a.end, "(") || b.start != a.end+1 || !s.bareClock(b) || b.end-b.start < 2 || !s.wordIs(b.end, ")") || b.restated || a.lend {
			continue
		}
		if i+2 < len(s.matches) && s.matches[i+2].start <= b.end+3 {
			continue // (a day after the brackets is both times': "(1900 GMT) on Wednesday")
		}
		switch ha, hb := a.f.hour24(), b.f.hour24(); {
		case ha+12 < hb:
			b.f.clockDays = -1 // 1 a.m. local time is 2200 GMT the day before
		case hb+12 < ha:
			b.f.clockDays = 1
		}
		a.lend, b.borrow, b.restated = true, true, true
	}
	// "at about 10:30 a.m. local time, 3:30 a.m. Eastern", "at 5 p.m.
	// Eastern time, which was 1 a.m. in the Iraqi capital": the same
	// moment read in another zone, a day on when the clock went past
	// midnight; "five minutes later" counts from the first
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		// (the other zone's weekday, "which was 1 a.m. Thursday in the
		// Iraqi capital", is the first time's day or the one next to it,
		// as the clocks say, not a Thursday the tense would pick)
		weekdayOnly := b.f.hasClock && b.f.weekday != 0 && b.f.month == 0 && b.f.holiday == "" && !b.f.hasShift && b.f.year == 0 && s.bareClock(a)
		if !a.f.hasClock || !b.f.hasClock || !s.bareClock(b) && !weekdayOnly || !(a.f.tz || b.f.tz) || a.end >= len(s.toks) || !s.wordIs(a.end, ",") {
			continue
		}
		if j := a.end + 1; !(b.start == j || b.start == j+2 && s.wordIs(j, "which") && (s.wordIs(j+1, "was") || s.wordIs(j+1, "is")) || b.start == j+1 && s.wordIs(j, "or")) {
			continue // (", or 3 a.m. Thursday in Baghdad" too)
		}
		if weekdayOnly {
			b.f.weekday, b.f.zoneWeekday = 0, b.f.weekday
		}
		if b.f.ampm == 0 && b.f.pod == "" && b.f.hour >= 1 && b.f.hour < 12 {
			// a bare hour takes the half of the day nearer the first
			// time: "8 p.m. Pacific time, 11 o'clock on the East Coast"
			// is 11 p.m.; "8 p.m. local time, which was 2 o'clock here",
			// half a day either way, stays as written
			ha := a.f.hour24()
			dist := func(h int) int { return min((h-ha+24)%24, (ha-h+24)%24) }
			if dist(b.f.hour+12) < dist(b.f.hour) {
				b.f.ampm = 'p'
			}
		}
		switch ha, hb := a.f.hour24(), b.f.hour24(); {
		case b.f.ampm == 0 && b.f.hour <= 12:
		case hb+12 < ha:
			b.f.clockDays = a.f.clockDays + 1
		case ha+12 < hb:
			b.f.clockDays = a.f.clockDays - 1
		default:
			b.f.clockDays = a.f.clockDays
		}
		b.restated = true
	}
	// "BBC News at six o'clock", "It's one o'clock, and this is the news",
	// "The partial phase starts just before 2 o'clock": an hour from one
	// to six told on the clock face alone ("half past two" too), with no
	// "a.m.", part of the day or other zone's time to set it, is in the
	// afternoon; so is one from one to five in hours and minutes
	// ("Trading was halted at 2:45"; the blind annotators' "6:30" were all
	// mornings)
	for i := range s.matches {
		m := &s.matches[i]
		if m.f.hasClock && m.f.ampm == 0 && m.f.pod == "" && m.f.hour >= 1 && (m.f.hour <= 6 && s.spokenClock(m) || m.f.hour <= 5 && s.colonHour(m)) && !m.restated &&
			!(i > 0 && s.matches[i-1].f.hasClock && m.start-s.matches[i-1].end <= 2) && // (another time restated: "opened at 8 a.m., 2 o'clock in Tokyo")
			!s.anyBetween(m.end, min(m.end+6, len(s.toks)-1), func(k int) bool { return s.sameSentence(m.end, k) && (s.wordIs(k, "morning") || s.wordIs(k, "dawn")) }) { // ("It's 5 o'clock on this Monday morning")
			m.f.ampm = 'p'
		}
	}
	// "The ceremony starts at 5 p.m., and the tree will be lit at about
	// 6:15": a bare hour soon after an afternoon or evening time told
	// just before is in the same half of the day
	for i, last := 1, -1; i < len(s.matches); i++ {
		if s.matches[i-1].f.hasClock {
			last = i - 1 // the last clock time, past a day between: "7 p.m. on Friday, … at 8:45"
		}
		if last < 0 {
			continue
		}
		m, p := &s.matches[i], &s.matches[last]
		if !m.f.hasClock || m.f.ampm != 0 || m.f.pod != "" || m.f.hour < 1 || m.f.hour >= 12 || m.restated || p.f.ampm != 'p' || s.sentencesBetween(p.start, m.start) > 1 ||
			!s.minutesClock(m) && !s.spokenClock(m) || // (not a 24-hour "0546 GMT")
			s.anyBetween(m.end, min(m.end+4, len(s.toks)-1), func(k int) bool { return s.sameSentence(m.end, k) && (s.wordIs(k, "morning") || s.wordIs(k, "dawn")) }) { // (nor "at 6:15 the next morning")
			continue
		}
		if d := m.f.hour + 12 - p.f.hour24(); d > 0 && d <= 4 || d == 0 && m.f.minute > p.f.minute {
			// (in the same hour, by its minutes: "ran out of ballots by
			// 7:30" after "at 7 p.m.")
			m.f.ampm = 'p'
		}
	}
	// "from 11 a.m. to 11 p.m. on Saturday": the start of a range takes
	// the day its end was given (when it is earlier in that day)
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !b.lend || !s.bareClock(a) || a.start == 0 || !(s.wordIs(a.start-1, "from") || s.wordIs(a.start-1, "between")) || b.start != a.end+1 ||
			!(s.wordIs(a.end, "to") || s.wordIs(a.end, "until") || s.wordIs(a.end, "till") || s.wordIs(a.end, "and") || s.wordIs(a.end, "-")) ||
			a.f.hour24() >= b.f.hour24() {
			continue
		}
		bf := b.f
		a.f.year, a.f.yearShort, a.f.month, a.f.day, a.f.weekday, a.f.holiday = bf.year, bf.yearShort, bf.month, bf.day, bf.weekday, bf.holiday
		if bf.unit == "D" && bf.hasShift {
			a.f.unit, a.f.shift, a.f.hasShift = "D", bf.shift, true
		}
	}
	// "spread over three years", "rose 5% over four days": after a verb
	// or a noun, "over" is "during", not "more than", and stays out of
	// the duration (as the blind annotators have it, 140 times of 140);
	// "for over a year", "in over a decade", "took over an hour", "has
	// been over a year" keep it
	for i := range s.matches {
		m := &s.matches[i]
		if m.rule.kind != kindDuration || m.f.mod != "MORE_THAN" || m.end-m.start < 2 || !s.wordIs(m.start, "over") || m.start == 0 {
			continue
		}
		k := m.start - 1
		if p := s.toks[k]; (p.Kind == tokWord || s.wordIs(k, "%")) && !s.inList(k, s.t.lists.prepositions) && !s.inList(k, s.t.lists.deadline) &&
			!s.inList(k, s.t.lists.overMore) && !s.isBe(k) && !s.isPerfect(k) {
			m.start++
			m.f.mod = ""
		}
	}
	// "a curfew from 7 p.m. to 7:30 a.m.": an end earlier in the day than
	// the start is on the next day
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if !s.bareClock(a) || !s.bareClock(b) || a.start == 0 || !s.wordIs(a.start-1, "from") || b.start != a.end+1 ||
			!(s.wordIs(a.end, "to") || s.wordIs(a.end, "until") || s.wordIs(a.end, "till") || s.wordIs(a.end, "through")) {
			continue
		}
		if hb, ha := b.f.hour24(), a.f.hour24(); ha != 24 && ha != 0 && (hb < ha || hb == ha && b.f.minute < a.f.minute) {
			b.f.clockDays = a.f.clockDays + 1
			b.rangeEnd = true
		}
	}
	// "from March to May 2024", "between November and January": the two
	// ends of a range share their year, and the end is not before the start
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		sep := a.end
		if b.start == a.end+2 && s.wordIs(a.end, ",") && s.wordIs(a.end+1, "or") && (b.f.month > a.f.month || b.f.month == a.f.month && b.f.day > a.f.day) {
			sep = a.end + 1 // "until April 12, or May 22 if parliament approves" (not "on Dec. 15, or Nov. 30 for some")
		}
		gap := 1
		if b.start == a.end+2 && (s.wordIs(a.end, "and") || s.wordIs(a.end, "or")) && (s.wordIs(a.end+1, "in") || s.wordIs(a.end+1, "on")) {
			gap = 2 // "in late October and in December"
		}
		if a.rule.kind != kindDate || b.rule.kind != kindDate || a.f.month == 0 || b.f.month == 0 ||
			b.start != sep+gap || !lex.inClass(s.toks[sep].Word, s.t.lists.rangeWords) {
			continue
		}
		// "to", "through", "-", "between … and" make a range, whose end
		// follows its start
		rng := !s.wordIs(sep, "and") && !s.wordIs(sep, "or") || a.start > 0 && s.wordIs(a.start-1, "between")
		before := a.f.month > b.f.month || a.f.month == b.f.month && a.f.day > b.f.day
		switch {
		case a.f.year == 0 && b.f.year != 0 && !b.f.yearShort:
			a.f.year = b.f.year
			if before && (rng || !s.hasDCT || s.tenseAllows(a, a.f.year-1)) {
				a.f.year--
			}
		case a.f.year != 0 && b.f.year == 0 && !a.f.yearShort && !b.f.hasShift:
			// a list runs on in time too ("in December 2025 or January"),
			// unless the tense keeps it back ("rose in May 2024 and March";
			// and a year the second tells itself keeps it: "in November
			// 2023 and in January this year")
			b.f.year = a.f.year
			if before && (rng || !s.hasDCT || s.tenseAllows(b, b.f.year+1)) {
				b.f.year++
			}
		case a.f.year == 0 && b.f.year == 0 && !a.f.hasShift && b.f.hasShift && b.f.unit == "Y" && !before:
			// "the protests of April and May last year", "from March to
			// June next year": the first month takes the year the second
			// is told in
			a.f.unit, a.f.shift, a.f.hasShift = "Y", b.f.shift, true
		case a.f.year == 0 && b.f.year == 0:
			// "December and January", listed or a range, run on in time
			b.f.rangeFrom = a.start + 1
		}
	}
	// "between Thanksgiving and New Year's Day": the second holiday is
	// the first such day after the first (after "from … to", "until"
	// held-out sets fell: those often name a day before and one ahead)
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if a.f.holiday == "" || b.f.holiday == "" || b.f.year != 0 || b.f.hasShift || b.start != a.end+1 ||
			!(s.wordIs(a.end, "and") && a.start > 0 && s.wordIs(a.start-1, "between")) {
			continue
		}
		b.f.rangeFrom = a.start + 1
	}
	// "next Thursday and Friday", "Monday to Wednesday", "from 5 p.m.
	// today to 8 a.m. Thursday": the second weekday is the first such day
	// after the first
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		today := a.f.weekday == 0 && a.f.unit == "D" && a.f.hasShift && a.f.month == 0 && // "from 5 p.m. today to 8 a.m. Thursday"
			!s.wordIs(a.end, "and") && !s.wordIs(a.end, "or")
		if a.f.weekday != 0 && b.f.weekday != 0 && b.rule.kind == kindDate && b.f.month == 0 && !b.f.hasShift && b.start == a.end+3 && s.wordIs(a.end, "and") &&
			(s.wordIs(a.end+1, "runs") || s.wordIs(a.end+1, "run") || s.wordIs(a.end+1, "lasts") || s.wordIs(a.end+1, "last") || s.wordIs(a.end+1, "continues") || s.wordIs(a.end+1, "continue")) &&
			(s.wordIs(a.end+2, "through") || s.wordIs(a.end+2, "until") || s.wordIs(a.end+2, "till") || s.wordIs(a.end+2, "to") || s.wordIs(a.end+2, "into")) &&
			s.scanTense(a.start-1, -1) != tensePast {
			// "opens on Friday and runs through Tuesday": the end of what
			// begins that day follows it (but "began on Friday and runs
			// until Sunday" is running now, to the Sunday ahead)
			b.f.rangeFrom = a.start + 1
			continue
		}
		if a.f.weekday == 0 && !today || b.f.weekday == 0 || b.rule.kind != kindDate || b.f.month != 0 || b.f.hasShift ||
			b.start != a.end+1 || !lex.inClass(s.toks[a.end].Word, s.t.lists.rangeWords) && !s.fromUntil(a) || a.f.hasClock && b.f.hasClock && a.f.weekday == b.f.weekday {
			// (not two times of the day both took: "from 11 a.m. to 11
			// p.m. on Saturday")
			continue
		}
		if (s.wordIs(a.end, "and") || s.wordIs(a.end, "or")) && !a.f.hasShift && !s.after(a, s.t.lists.deadline) {
			// "statements made Friday and Thursday": a list, in any order;
			// but "not known until Tuesday or Wednesday" runs on
			continue
		}
		b.f.rangeFrom = a.start + 1
	}
	// "began campaigning on Monday before Sunday's first round", "returns
	// on Tuesday after (or following) Monday's bank holiday": an event a
	// weekday's possessive names, before or after a weekday in its clause,
	// is on the first such day after it or the last before it (not across
	// a relative word, a tensed verb or a comma, but for one right before
	// the preposition: "said on Saturday he had no regrets about sending
	// four players home before Thursday's game")
	for i := 0; i+1 < len(s.matches); i++ {
		a, b := &s.matches[i], &s.matches[i+1]
		if a.f.weekday == 0 || a.f.month != 0 || a.f.hasShift || b.f.weekday == 0 || b.f.weekday == a.f.weekday || b.rule.kind != kindDate || b.f.month != 0 || b.f.hasShift ||
			b.f.hasClock || b.f.pod != "" || !s.possessiveMark(b.end) || b.start-a.end > 8 || b.start < 2 ||
			s.anyBetween(a.end, b.start-1, func(k int) bool {
				return s.toks[k].Kind != tokWord && !(k == b.start-2 && s.wordIs(k, ",")) || s.wordIs(k, "that") || s.inList(k, s.t.lists.relative) || s.tenseOf(k) != tenseUnknown
			}) {
			continue
		}
		switch {
		case s.wordIs(b.start-1, "before") || s.wordIs(b.start-1, "of") && s.wordIs(b.start-2, "ahead"):
			b.f.rangeFrom = a.start + 1
		case s.wordIs(b.start-1, "after") || s.wordIs(b.start-1, "following"):
			b.f.rangeFrom, b.f.rangeBack = a.start+1, true
		}
	}
}

// quarterEnded is the day that ends the quarter m names, when a month
// and day follow it with "ended" or "ending" ("the fiscal third quarter,
// ended March 31", "the quarter that ended Sept. 27"): in its own year if
// it has one, else in the year that puts it nearest the DCT (a quarter
// ended is not ahead of the news).
func (s *Session) quarterEnded(m *match) (time.Time, bool) {
	j, ended := s.endingAfter(m.end)
	if j < 0 || !s.hasDCT {
		return time.Time{}, false
	}
	f := s.matches[j].f
	if s.matches[j].rule.kind != kindDate || f.month == 0 || f.day == 0 || f.weekday != 0 || f.hasShift {
		return time.Time{}, false
	}
	if f.year != 0 && !f.yearShort {
		return ymd(f.year, f.month, min(f.day, daysIn(f.year, f.month))), true
	}
	d := s.day()
	t := ymd(d.Year(), f.month, min(f.day, daysIn(d.Year(), f.month)))
	switch {
	case t.After(d.AddDate(0, 6, 0)) || ended && t.After(d.AddDate(0, 0, 7)):
		t = t.AddDate(-1, 0, 0)
	case t.Before(d.AddDate(0, -6, 0)):
		t = t.AddDate(1, 0, 0)
	}
	return t, true
}

// endingAfter is the index of the match that a word of ending
// (ended_words) brings in right after token end, with a comma and "which"
// or "that" allowed before it ("…, which ended March 31", "ended Sept.
// 27"), and whether the word was "ended"; -1 when there is none.
func (s *Session) endingAfter(end int) (int, bool) {
	k := end
	if s.wordIs(k, ",") {
		k++
	}
	if s.wordIs(k, "which") || s.wordIs(k, "that") {
		k++
	}
	if !s.inList(k, s.t.lists.ended) {
		return -1, false
	}
	j := s.matchStartingAt(k + 1)
	if j < 0 {
		return -1, false
	}
	return j, s.wordIs(k, "ended")
}

// endsPeriodBefore reports whether the date at token i is brought in by a
// word of ending right after the match before it, a period ("the three
// months ended June 27", "its fiscal year, which ended Sept. 30").
func (s *Session) endsPeriodBefore(i int) bool {
	j := s.matchFrom(i) - 1
	if j < 0 {
		return false
	}
	k, _ := s.endingAfter(s.matches[j].end)
	return k >= 0 && s.matches[k].start == i
}

// dayRangeAfter reports whether a word joining days and another day
// follow token i: "from 10 a.m. to 6 p.m. Tuesday through Sunday" names
// days of every week, not one.
func (s *Session) dayRangeAfter(i int) bool {
	if i+1 >= len(s.toks) || !(s.wordIs(i, "through") || s.wordIs(i, "to") || s.wordIs(i, "-") || s.wordIs(i, "and") || s.wordIs(i, "or") || s.wordIs(i, "until")) {
		return false
	}
	_, ok := s.weekdayAt(i + 1)
	return ok
}

// dayKindBefore reports whether the words before "a day of" at token i
// name a kind of day: a form of "be", "as", or a verb of declaring,
// calling or keeping, right before it or before the day it names ("has
// been declared a day of mourning", "declared Thursday a day of
// celebration", "called it a day of hope").
func (s *Session) dayKindBefore(i int) bool {
	k := i - 1
	if k >= 0 && s.isQuote(k) {
		k--
	}
	if k < 0 {
		return false
	}
	naming := func(j int) bool {
		return j >= 0 && s.inList(j, s.t.lists.dayNaming)
	}
	if s.isBe(k) || s.wordIs(k, "as") || naming(k) {
		return true
	}
	_, day := s.weekdayAt(k)
	return (day || s.wordIs(k, "it") || s.wordIs(k, "today") || s.wordIs(k, "tomorrow")) && naming(k-1)
}

// quarterEndedPast reports whether a day gone by ends the quarter m names
// ("its fiscal third quarter, ended March 31"): the quarter reported on,
// whatever calendar months its name would give.
func (s *Session) quarterEndedPast(m *match) bool {
	end, ok := s.quarterEnded(m)
	return ok && m.f.unit == "Q" && m.f.ord > 0 && end.Before(s.day())
}

// fromUntil reports whether m opens a range with "from" and goes on with
// "until", "till" or "into": "snow from Thursday night into Saturday
// morning", "from Friday until Monday".
func (s *Session) fromUntil(m *match) bool {
	return m.start > 0 && s.wordIs(m.start-1, "from") && (s.wordIs(m.end, "until") || s.wordIs(m.end, "till") || s.wordIs(m.end, "into"))
}

func sameWeek(a, b time.Time) bool {
	ay, aw := a.ISOWeek()
	by, bw := b.ISOWeek()
	return ay == by && aw == bw
}

// attributive reports whether date m stands before a noun as the name of
// a thing: "the July 1 march", "the Aug. 9 presidential election".
func (s *Session) attributive(m *match) bool {
	if m.start == 0 || m.end >= len(s.toks) || !(s.wordIs(m.start-1, "the") || s.wordIs(m.start-1, "a") || s.wordIs(m.start-1, "an")) {
		return false
	}
	next := s.toks[m.end]
	if next.Kind != tokWord || next.Cap || next.SpaceBefore == 0 {
		return false
	}
	return !s.t.lex.inClass(next.Word, s.t.lists.rangeWords) && !s.wordIs(m.end, "at") && !s.wordIs(m.end, "in") && !s.wordIs(m.end, "of") &&
		!(m.f.weekday != 0 && s.inList(m.end, s.t.lists.daytimeNouns)) // (a stretch of the day dates what happened in it: "during the Thursday morning rush hour")
}

// possessedEventDay reports whether m, a month and day far from the news,
// stands between a possessive and an event's noun: "a war to reverse
// Iraq's Aug. 2 invasion of its neighbor" names the invasion in passing;
// the story does not go on from that day.
func (s *Session) possessedEventDay(m *match, day time.Time) bool {
	return s.hasDCT && m.f.day != 0 && m.start > 0 && m.end < len(s.toks) && s.possessiveMark(m.start-1) && s.inList(m.end, s.t.lists.incidents) &&
		math.Abs(day.Sub(s.day()).Hours()) > 24*farDay
}

// tellEvent records the event a date told at token at names, its head
// noun read from token head on ("Friday's earthquake", "the Feb. 14
// shooting", "the May 5 primary"): later clock times told of that event
// are on its day t (possessiveDay).
func (s *Session) tellEvent(t time.Time, at, head int) {
	s.possT, s.possAt = ymd(t.Year(), int(t.Month()), t.Day()), at
	s.possHead, s.possHeadWord, s.possRel = s.eventHead(head)
	s.possSubj = false
}

// possessive reports whether m is a weekday with 's naming an event
// ("Thursday's election", "Friday's earthquake"): the story is told from
// another day, which later clock times are on, unless they are told of
// that event (possessiveDay).
func (s *Session) possessive(m *match) bool {
	return m.f.weekday != 0 && s.possessiveMark(m.end)
}

// possessiveMark reports whether token i is the 's of a possessive.
func (s *Session) possessiveMark(i int) bool {
	return i < len(s.toks) && s.toks[i].Word >= 0 && s.toks[i].Word == s.t.lists.idPoss
}

// eventHead finds the head noun of the event named from token i on
// ("massive earthquake could" gives "earthquake"), and where a relative
// clause on it begins ("final, which starts": the "which"; -1 when none).
func (s *Session) eventHead(i int) (string, int32, int) {
	head, headWord, rel := "", int32(-1), -1
	l := &s.t.lists
	j := i
	for n := 0; j < len(s.toks) && n < 4; j++ {
		t := s.toks[j]
		if s.innerHyphen(j) || t.Kind == tokNum {
			continue
		}
		if (s.wordIs(j, "and") || s.wordIs(j, "or")) && n > 0 && j+1 < len(s.toks) && s.toks[j+1].Cap && s.toks[j-1].Cap {
			continue // "Friday's US and British air strikes": modifiers joined
		}
		if t.Kind != tokWord || s.wordIs(j, "which") || s.wordIs(j, "that") || s.wordIs(j, "and") || s.wordIs(j, "or") || s.wordIs(j, "as") ||
			s.inList(j, l.prepositions) || s.isModal(j) || s.isBe(j) || s.tenseOf(j) != tenseUnknown ||
			n > 0 && (s.wordIs(j, "a") || s.wordIs(j, "an") || s.wordIs(j, "the") ||
				s.inList(j, l.unmarkedPast) && j+1 < len(s.toks) && s.toks[j+1].Kind == tokWord && (s.toks[j+1].Cap || s.inList(j+1, l.determiners))) { // (an article opens the next phrase: "rejecting in Saturday's referendum a model for a republic"; a past form like its base before an object, the verb: "Sunday's vote put Merkel at 38 percent", not "Friday's power cut, which")
			break
		}
		head, headWord = strings.ToLower(s.r.text[t.Start:t.End]), t.Word
		n++
	}
	for k := j; k < len(s.toks) && k <= j+6 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, "which") || s.wordIs(k, "that") {
			rel = k
			break
		}
	}
	return head, headWord, rel
}

// nounAfterAdjective reports whether token i can be the noun an -ed
// adjective before it goes with: a lower-case word that is no
// preposition, determiner, adverb or word of tense ("limited flights",
// not "started early on Sunday").
func (s *Session) nounAfterAdjective(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != tokWord || s.toks[i].Cap {
		return false
	}
	return !s.inList(i, s.t.lists.prepositions) && !s.inList(i, s.t.lists.determiners) && !s.isAdverb(i) && s.tenseOf(i) == tenseUnknown &&
		!s.wordIs(i, "early") && !s.wordIs(i, "late") && !s.wordIs(i, "and") && !s.wordIs(i, "or")
}

// sequelWord reports whether token k brings in another event, whose day
// a day after it is: "after", "since", "following".
func (s *Session) sequelWord(k int) bool {
	return s.wordIs(k, "after") || s.wordIs(k, "since") || s.wordIs(k, "following")
}

// eventPhraseDay reports whether the day at token i is brought in by
// "after", "since", "following" or "before" (past an "on"): another
// event's day.
func (s *Session) eventPhraseDay(i int) bool {
	j := i - 1
	if j >= 0 && s.wordIs(j, "on") {
		j--
	}
	return j >= 0 && (s.sequelWord(j) || s.wordIs(j, "before"))
}

// fixtureAfter reports whether an opponent or a fixture follows from
// token i: "face the New England Patriots", "face a crucial game against
// the Falcons"; not "face questions", "face a short week".
func (s *Session) fixtureAfter(i int) bool {
	if i < len(s.toks) && s.wordIs(i, "the") {
		i++
	}
	if i < len(s.toks) && s.toks[i].Kind == tokWord && s.toks[i].Cap {
		return true
	}
	for k := i; k < len(s.toks) && k <= i+3; k++ {
		if s.sequelWord(k) {
			return false // "face elimination after losing Game 4"
		}
		if s.inList(k, s.t.lists.scheduled) {
			return true
		}
	}
	return false
}

// attributionAside reports whether the attribution from token i is set
// off by commas inside the clause ("At 8 a.m., the leaders said, both
// sides will begin the withdrawal"), not the clause itself.
func (s *Session) attributionAside(i int) bool {
	for k := i; k < len(s.toks) && k < i+6 && !s.sentenceStart(k); k++ {
		if s.inList(k, s.t.lists.reporting) || s.wordIs(k, "said") || s.wordIs(k, "says") {
			return k+1 < len(s.toks) && s.wordIs(k+1, ",")
		}
	}
	return false
}

// openingPhrase reports whether the words before token i in its sentence
// are a short phrase with no verb that opens it: "At 11 a.m.", "In its
// 11 a.m. advisory".
func (s *Session) openingPhrase(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown || s.wordIs(k, ",") {
			return false
		}
		if s.sentenceStart(k) {
			return true
		}
	}
	return false
}

// eventSubject finds an incident that a past verb before token i tells of
// as its subject, in i's clause: "the earthquake and tsunami that swept
// across the Indian Ocean on Sunday", "a magnitude 7.0 earthquake
// devastated Haiti's capital on Tuesday" (not "the death toll from the
// earthquake rose on Monday", where the incident follows a preposition).
func (s *Session) eventSubject(i int) (string, int32, bool) {
	l := &s.t.lists
	for k := i - 2; k >= 0 && k >= i-14 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") {
			return "", -1, false
		}
		t := s.toks[k]
		if t.Kind != tokWord || t.Word < 0 || !s.inList(k, l.incidents) {
			continue
		}
		// a past verb right after it (or after "that"/"which", or after
		// "and" and a second incident)
		v := k + 1
		if s.wordIs(v, "and") && v+1 < i && s.inList(v+1, l.incidents) {
			v += 2
		}
		rel := s.wordIs(v, "that") || s.wordIs(v, "which")
		if rel {
			v++
		}
		if v >= i || s.tenseOf(v) != tensePast || s.isBe(v) {
			continue
		}
		if rel {
			if k >= 2 && s.wordIs(k-1, "and") && s.inList(k-2, l.incidents) {
				t = s.toks[k-2] // the first of two joined: "the earthquake and landslides that struck on Saturday"
			}
			return strings.ToLower(s.r.text[t.Start:t.End]), t.Word, true // the relative clause tells of the incident itself
		}
		// and no preposition before its noun phrase (past a possessor:
		// "the death toll from Saturday's earthquake rose on Tuesday")
		j := k - 1
		for j >= 0 && (s.toks[j].Kind == tokNum || s.innerHyphen(j) || s.toks[j].Kind == tokWord && (s.inList(j, l.determiners) || s.wordIs(j, "magnitude") ||
			s.toks[j].Word < 0 && !s.toks[j].Cap || s.tenseOf(j) == tenseUnknown && !s.inList(j, l.prepositions) && !s.sentenceStart(j+1) && s.toks[j].Kind == tokWord && !s.toks[j].Cap && j > k-4) ||
			s.possessiveMark(j) && j > 0 && j > k-6) {
			if s.possessiveMark(j) {
				j-- // the possessor
			}
			j--
		}
		if j >= 0 && s.inList(j, l.prepositions) && !s.wordIs(j, "after") && !s.wordIs(j, "before") && !s.wordIs(j, "since") {
			return "", -1, false
		}
		return strings.ToLower(s.r.text[t.Start:t.End]), t.Word, true
	}
	return "", -1, false
}

// sameEventAt reports whether word a and the word or hyphenated form at
// token k are in one same_event_ list: "the storms" may be "Wednesday's
// tornadoes", "the sell-off" "Monday's plunge".
func (s *Session) sameEventAt(a int32, k int) bool {
	if a < 0 {
		return false
	}
	for _, c := range s.t.lists.eventFamilies {
		if s.t.lex.inClass(a, c) && s.formAt(k, c) {
			return true
		}
	}
	return false
}

// possessiveDay reports the day of a weekday with 's that the clock time
// m is told of: m is in a relative clause on its event, or m's
// sentence names that event, again or in the possessive itself ("The
// quake struck at 5:26 a.m." after "the death toll from Friday's
// earthquake"; "Friday's quake struck at 2:46 p.m."), and no day has been
// named since.
func (s *Session) possessiveDay(m *match) (time.Time, bool) {
	ahead := s.hasDCT && s.possT.After(s.day()) && s.timetableBefore(m.start) // "before Tuesday's election. … Polls open at 6:30 a.m."
	// an "after" clause between a day named since and the clock time goes
	// back to an earlier event, the possessive's when it names it: "Sunday's
	// earthquake … aid flights landed on Tuesday, more than 48 hours after
	// the quake struck at 7:58 a.m."
	after := -1
	if s.dayNamedAt > s.possAt && s.dayNamedAt < m.start && s.sameSentence(s.dayNamedAt, m.start) && s.possHead != "" {
		for k := s.dayNamedAt + 1; k < m.start; k++ {
			if s.wordIs(k, "after") {
				after = k
			}
		}
	}
	// "won a landslide in Thursday's election. … The exit poll, published
	// as polling stations closed at 10 p.m., proved accurate", "… in
	// Saturday's election. … Keating, who conceded defeat at about
	// 10.45pm": the polls' hours and the concession told in the past go
	// back to the night of the vote the possessive named, further on too
	// (its small hours go on to the next day below: "Gore had called Bush
	// at about 2:30 a.m. to concede"), unless the sentence names a day of
	// its own ("The result was announced on Tuesday night, though Jonathan
	// had telephoned Buhari earlier, at about 5 p.m., to concede", "did
	// not concede until Wednesday, when she phoned Smith at 2 p.m.")
	votePoss := s.possHeadWord >= 0 && s.t.lex.inClass(s.possHeadWord, s.t.lists.voteEvents) && s.hasDCT
	pollWord := func(k int) bool { return s.inList(k, s.t.lists.pollWords) }
	polls := votePoss && s.anyInSentence(m.start, pollWord)
	// (not when the possessive's sentence sends voters to the polls on the
	// news's day: "Voters went to the polls today, a week after last
	// Tuesday's primaries. … Polls closed at 7 p.m.")
	voteNight := votePoss && s.possT.Before(s.day()) && s.tense(m.start, m.end) == tensePast &&
		!(s.anyInSentence(s.possAt, pollWord) && s.anyInSentence(s.possAt, s.newsDayWordAt))
	pollsClosed := voteNight && polls
	conceded := voteNight && s.anyInSentence(m.start, func(k int) bool { return s.inList(k, s.t.lists.concession) }) && !s.dayInSentenceBefore(m)
	// (so do the polls' hours ahead of a vote ahead: "… until Tuesday's
	// election. … The first polls close at 7 p.m. EST in Indiana")
	pollsAhead := polls && s.possT.After(s.day()) && s.tense(m.start, m.end) != tensePast
	farVote := pollsClosed || conceded || pollsAhead
	// (and so does the event named again with "the" before the clock
	// time, in its sentence: "… in Thursday night's Iowa caucuses. … took
	// part in the caucuses, which began at 7 p.m.")
	namedAgain := !s.possT.IsZero() && m.start > s.possAt && s.possHead != "" && s.anyInSentence(m.start, func(k int) bool {
		t := s.toks[k]
		return k < m.start && k > s.possAt && s.wordIs(k-1, "the") && t.Kind == tokWord && t.End-t.Start >= 4 && strings.HasSuffix(s.possHead, strings.ToLower(s.r.text[t.Start:t.End]))
	})
	if s.possT.IsZero() || m.start < s.possAt || m.start-s.possAt > 80 && !(ahead && m.start-s.possAt <= 160) && !(farVote && m.start-s.possAt <= 160) && !(pollsClosed && m.start-s.possAt <= 320) && !(namedAgain && m.start-s.possAt <= 160) ||
		s.sentencesBetween(s.possAt, m.start) > 2 && !(ahead && s.sentencesBetween(s.possAt, m.start) <= 4) && !(farVote && s.sentencesBetween(s.possAt, m.start) <= 6) && !(pollsClosed && s.sentencesBetween(s.possAt, m.start) <= 12) &&
			!(namedAgain && s.sentencesBetween(s.possAt, m.start) <= 4) ||
		s.dayNamedAt > s.possAt && s.dayNamedAt < m.start && s.sameSentence(s.dayNamedAt, m.start) && !s.reportingDay(s.dayNamedAt) && after < 0 {
		// too far, or a day named since in the clock time's own sentence
		// ("… Friday's earthquake. On Sunday, a second quake struck
		// shortly after 4 a.m."), unless it only dates the report
		// ("Friday's earthquake, officials said on Sunday, struck at")
		return time.Time{}, false
	}
	if s.possRel > 0 && m.start > s.possRel && s.sameSentence(s.possAt, m.start) {
		return s.possT, true
	}
	if conceded || (pollsClosed || pollsAhead) && !s.dayInSentenceBefore(m) { // (and the hours of polls ahead: "The last surveys before Sunday's vote … Polling stations open at 8 a.m.")
		// ("Television networks called the race at 11 p.m. EST, the
		// moment polls closed on the West Coast": the polls named after
		// the time)
		return s.possT, true
	}
	if s.hasDCT && (s.possT.After(s.day()) || s.possT.Before(s.day()) && s.tense(m.start, m.end) == tensePast) && s.sentencesBetween(s.possAt, m.start) <= 1 && s.possHeadWord >= 0 && s.t.lex.inClass(s.possHeadWord, s.t.lists.scheduled) &&
		s.startEventNear(m.start, m.end) && !(s.dayNamedAt > s.possAt && s.dayNamedAt < m.start) {
		// "will meet Spain in Sunday's final. Kick-off is at 8pm": the
		// start of the event just named, in the next sentence (one gone
		// by in a past clause: "beat Spain in Sunday's final. Kick-off
		// was at 8pm")
		return s.possT, true
	}
	if s.possHead == "" {
		return time.Time{}, false
	}
	k := max(m.start-1, 0)
	for k > s.possAt && !s.sentenceStart(k) { // not back past the possessive: long text may have no stops
		k--
	}
	if after >= 0 {
		k = after + 1 // (the event must be named in the "after" clause)
	}
	if s.possSubj && s.dayNamedAt > s.possAt && s.dayNamedAt < m.start && s.sameSentence(s.dayNamedAt, m.start) {
		// "Firefighters said on Tuesday the fire was fully extinguished at
		// 9:50 a.m.": a sentence with a day of its own
		return time.Time{}, false
	}
	for ; k <= m.end && k < len(s.toks); k++ {
		if k >= m.start && k < m.end {
			continue // (and the noun the clock time stands before: "about 90 minutes after the 9:02 a.m. blast")
		}
		if t := s.toks[k]; t.Kind == tokWord && k != s.possAt && t.End-t.Start >= 4 &&
			(strings.HasSuffix(s.possHead, strings.ToLower(s.r.text[t.Start:t.End])) || s.sameEventAt(s.possHeadWord, k)) && !s.relativeAside(k, m.start) &&
			!(t.Cap && !s.sentenceStart(k) && k+1 < len(s.toks) && s.toks[k+1].Kind == tokWord && s.toks[k+1].Cap) { // (not inside a name: "The Central Referendum Commission said at midday")
			head := k+1 >= len(s.toks) || s.toks[k+1].Kind != tokWord || s.tenseOf(k+1) != tenseUnknown || s.inList(k+1, s.t.lists.prepositions) // ("A tsunami warning was issued": a modifier)
			if s.possSubj && head && s.anyBetween(max(k-4, 0), k-1, func(j int) bool {
				return s.sameSentence(j, k) && (s.wordIs(j, "a") || s.wordIs(j, "an") || s.wordIs(j, "another") || s.wordIs(j, "new") || s.wordIs(j, "second"))
			}) {
				return time.Time{}, false // "A magnitude 5.3 quake struck at 6:05 a.m.", "Another quake", "The new quake": another incident
			}
			if s.hasDCT && s.possT.Before(s.day()) && s.anyBetween(max(k-12, 0), m.start-1, func(j int) bool {
				return s.sameSentence(j, m.start) && (s.wordIs(j, "will") || s.wordIs(j, "would") || s.wordIs(j, "'ll"))
			}) {
				// "… Wednesday's bombings. Army engineers will detonate two
				// unexploded bombs at 3 p.m.": what is still to be done
				// about an incident gone by is not on its day
				return time.Time{}, false
			}
			return s.possT, true
		}
	}
	return time.Time{}, false
}

// relativeAside reports whether token k lies in a relative clause set off
// by commas that closes before end: "Park, who took 51.6 percent of the
// vote, laid flowers at 8 a.m." names the vote in an aside, and the
// clock time is not the vote's.
func (s *Session) relativeAside(k, end int) bool {
	return s.asideClauseStart(k, end) >= 0
}

// asideClauseStart returns the comma that opens the relative clause
// holding token k, when the clause is set off by commas and closes before
// end ("Robben Island, where Mandela was held for 18 years, on Sunday"),
// else -1.
func (s *Session) asideClauseStart(k, end int) int {
	j := k - 1
	for ; j > 0 && j > k-40 && !s.sentenceStart(j+1); j-- { // (an aside's reach, as anyInSentence's: no walk back through a whole run-on text)
		if s.toks[j].Kind == tokPunct && !s.wordIs(j, ",") && s.toks[j].Word != s.t.lists.idPoss {
			return -1
		}
		if s.wordIs(j, ",") {
			break
		}
	}
	if j < 0 || !s.wordIs(j, ",") || !s.inList(j+1, s.t.lists.relative) || !s.anyBetween(k+1, end-1, func(i int) bool { return s.wordIs(i, ",") }) {
		return -1
	}
	return j
}

// lateDayBefore reports whether the day t that "overnight" at m is told
// from was last named late in the day, in an earlier sentence: "took
// control of the airport late Thursday, and by Friday morning relief
// flights were landing. Still, dozens of planes were turned away
// overnight" is Thursday's night, not the one before. (In the day's own
// sentence it is not: that cost a held-out set a night.)
func (s *Session) lateDayBefore(m *match, t time.Time) bool {
	i := s.lastDayAt
	if i < 0 || i >= m.start || !sameDay(t, s.lastDayT) {
		return false
	}
	if lc := s.lastClock; s.sameSentence(i, m.start) {
		// in the day's own sentence, after a time of its afternoon or
		// evening: "made landfall at 3:05 p.m. EDT Wednesday, then crawled
		// across the peninsula overnight"
		return !lc.t.IsZero() && s.lastClockAt < m.start && s.sameSentence(s.lastClockAt, m.start) && sameDay(lc.t, t) && lc.t.Hour() >= 12
	}
	return s.wordIs(i, "late") || s.wordIs(i+1, "night") || s.wordIs(i+1, "evening")
}

// verbGroupAdverb reports whether m, a word like "now", stands between
// "be" and a word of timetable ("Liftoff is now scheduled for 3:08
// a.m.", "is now due", "are now expected"): an adverb of the clause, not
// a day the story tells of.
func (s *Session) verbGroupAdverb(m *match) bool {
	return m.start > 0 && m.end < len(s.toks) && s.isBe(m.start-1) && (s.inList(m.end, s.t.lists.setting) || s.wordIs(m.end, "due") || s.wordIs(m.end, "expected")) ||
		// (or "now" after a modal: "said the country would now turn its
		// attention to the economy")
		m.end-m.start == 1 && s.wordIs(m.start, "now") && m.start > 0 && s.isModal(m.start-1)
}

// bareClock reports whether m is a clock time that names no day of its own.
func (s *Session) bareClock(m *match) bool {
	return m.f.hasClock && m.f.month == 0 && m.f.weekday == 0 && m.f.holiday == "" && !m.f.hasShift && m.f.year == 0
}

// resolve turns a match into a Timex (without offsets and text).
func (s *Session) resolve(m *match) (model.Timex, bool) {
	if m.f.unit == "FN" {
		// a fortnight is two weeks: "a fortnight ago", "the past fortnight";
		// "the fortnight before" is two weeks back
		m.f.unit = "W"
		switch {
		case m.f.hasShift && m.f.nums == 0 && (m.rule.kind == kindRelative || m.rule.kind == kindAnaphor):
			m.f.shift *= 2
		case m.f.nums == 0:
			m.f.num, m.f.nums = 2, 1
		case m.f.nums == 1:
			m.f.num *= 2
		default:
			m.f.num, m.f.num2 = 2*m.f.num, 2*m.f.num2
		}
	}
	ru, f := m.rule, m.f
	s.anchored = false
	tx := model.Timex{Type: ru.typ, Mod: ru.mod, Quant: ru.quant, Freq: ru.freq}
	if tx.Mod == "" || m.plain {
		tx.Mod = f.mod
	}
	var p point
	ok := true
	switch ru.kind {
	case kindFixed:
		tx.Value = ru.value
		if s.futureAdjective(m) {
			return tx, false
		}
	case kindRef:
		tx.Value = f.ref
		if ru.value != "" {
			tx.Value = ru.value
		}
		if s.futureAdjective(m) {
			return tx, false
		}
		if tx.Value == "PRESENT_REF" && s.hasDCT {
			p = point{t: s.dct, g: model.GranDay, fuzzy: true}
		}
		tx.Implied = true
	case kindDate:
		p, ok = s.date(m, &tx)
	case kindRelative:
		p, ok = s.relative(m, &tx)
	case kindOffset:
		p, ok = s.offset(m, &tx)
	case kindDuration:
		ok = s.duration(m, &tx)
	case kindSet:
		ok = s.set(m, &tx)
	case kindAnaphor:
		p, ok = s.anaphor(m, &tx)
	case kindQuarter:
		p, ok = s.quarter(m, &tx)
	case kindNone:
		return tx, false
	}
	if !ok {
		return tx, false
	}
	s.noteAnniversary(m, ru.kind)
	if m.borrow && s.lentSet && !p.t.IsZero() && p.g >= model.GranDay {
		// "at 11:59 p.m. on Friday": Friday is the time's day
		p.t = time.Date(s.lent.Year(), s.lent.Month(), s.lent.Day(), p.t.Hour(), p.t.Minute(), 0, 0, time.UTC)
		if m.restated && m.f.hasClock {
			p.t = p.t.AddDate(0, 0, m.f.clockDays) // ("1 a.m. (2200 GMT)")
		}
	}
	if !m.restated {
		s.lentSet = false
	}
	if m.lend && !p.t.IsZero() {
		// ("at midnight on Monday" is the end of Monday, whose instant is
		// Tuesday's first: the day lent is Monday)
		s.lent, s.lentSet = p.calendarDay(), true
	}
	if m.f.dayOff != 0 && !p.t.IsZero() && p.g == model.GranPartOfDay {
		// "overnight": the night before the day being told, but the night
		// ahead in a future clause ("temperatures will fall overnight")
		// (a word that goes on the clause is no noun: "is possible
		// overnight before temperatures climb", "fell overnight and")
		attributive := m.end < len(s.toks) && s.toks[m.end].Kind == tokWord && !s.toks[m.end].Cap && !s.inList(m.end, s.t.lists.prepositions) &&
			!s.inList(m.end, s.t.lists.clauseWords) && !s.isAdverb(m.end) && !s.isModal(m.end) && !s.isBe(m.end) && s.tenseOf(m.end) == tenseUnknown
		if (s.tense(m.start, m.end) != tenseFuture || attributive) && !s.lateDayBefore(m, p.t) { // "will investigate the overnight attack"
			p.t = p.t.AddDate(0, 0, m.f.dayOff)
		}
	} else if m.f.dayOff != 0 && !p.t.IsZero() && p.g >= model.GranDay {
		// "the day before last Tuesday"
		p.t, p.g, p.pod, p.clock = p.t.AddDate(0, 0, m.f.dayOff), model.GranDay, "", false
		tx.Type = "DATE"
	}
	if ru.kind == kindDuration && s.isPeriod(m) || ru.kind == kindFixed && tx.Value == "P1Y" {
		// "the nine months", "the year ended Aug. 31"
		s.periodAt, s.periodMonths, s.periodFirst = m.start, 12, false
		if ru.kind == kindDuration {
			s.periodMonths = int(m.f.num)
			s.periodFirst = s.hasWord(m, "first")
		}
	}
	if !p.t.IsZero() && (p.t.Year() > 9999 || p.t.Year() < 0) {
		return tx, false // beyond what a TIMEX3 value can write
	}
	if tx.Value == "" && !p.t.IsZero() {
		tx.Value = p.value()
	}
	if tx.Value == "" {
		return tx, false
	}
	if !p.t.IsZero() && p.g >= model.GranDay && s.hasDCT && s.endsYearBefore(m.start) {
		// "shrank 2 percent in fiscal 1998, which ended March 31, after a
		// 0.4 percent decline the previous year": the day that ends a
		// year just named is no date to count from; the year is
		m.aside = true
	}
	if !p.t.IsZero() && p.g == model.GranDay && s.anniversaryBase(m, p.t) {
		// "… became citizens today as the nation marked Australia Day,
		// the anniversary of the arrival of the First Fleet on Jan. 26,
		// 1788. In Sydney, a ferry race began at 11 a.m.": the day an
		// anniversary told of today marks is no day the story goes on
		// from
		m.aside = true
	}
	if !p.t.IsZero() && p.g == model.GranYear && s.superlativeSince(m.start) {
		// "Last year was the hottest on Earth since record-keeping began
		// in 1880, shattering the mark set only a year earlier": the year
		// a record is measured from is no story date to count from
		m.aside = true
	}
	if !p.t.IsZero() && (tx.Type == "DATE" || tx.Type == "TIME") {
		tx.Span = p.span(tx.Mod)
		// a point on one day that bounds nothing: the days the story tells
		dayPoint := !p.ref && !(ru.kind == kindRef && s.verbGroupAdverb(m)) && p.g >= model.GranDay && p.g != model.GranSeason && p.end.IsZero() && (!s.bounded(m) || s.notUntil(m) || s.clockBoundDay(m)) && !m.rangeEnd && !s.movedFrom(m.start) && !s.endOfRangeFromToday(m) &&
			s.beforeDeadlineDay(m) < 0 // (nor a deadline named by its day, "hours before a Thursday deadline": the story is not told from it)
		day := ymd(p.t.Year(), int(p.t.Month()), p.t.Day())
		if dayPoint && s.hasDCT && !p.t.Before(s.day().AddDate(0, 0, 1)) {
			s.futureDayT, s.futureDayAt = p.calendarDay(), m.start // ("midnight on Monday" is Monday's)
			if !s.futureDayT.After(s.day()) {
				s.futureDayAt = -maxSpan - 1
			}
		}
		if dayPoint && s.hasDCT && !p.t.After(s.day()) {
			s.pastDayT, s.pastDayAt = day, m.start
		}
		vote := func(k int) bool {
			return s.sameSentence(k, m.start) && s.inList(k, s.t.lists.voteEvents) && !(s.wordIs(k, "polls") && s.wordIs(k-1, "opinion"))
		}
		if dayPoint && (s.leadVoteT.IsZero() || !s.leadVoteT.After(s.day()) && day.After(s.leadVoteT)) &&
			s.pieces == 1 && s.inFirstSentence(m.start) && s.hasDCT && !day.Before(s.day()) &&
			(s.anyBetween(max(m.start-4, 0), m.start-1, vote) || s.anyBetween(m.end, min(m.end+2, len(s.toks)-1), vote) ||
				s.anyBetween(max(m.start-3, 0), m.start-1, func(k int) bool { return s.wordIs(k, "voted") && s.sameSentence(k, m.start) }) || // ("Colombians voted on Sunday in a presidential runoff")
				s.anyBetween(max(m.start-10, 0), m.start-5, func(k int) bool {
					return vote(k) && (s.wordIs(k, "elect") || s.wordIs(k, "elects") || s.wordIs(k, "vote") || s.wordIs(k, "votes")) &&
						!s.anyBetween(k+1, m.start-1, func(j int) bool { return s.wordIs(j, ",") || s.tenseOf(j) != tenseUnknown })
				}) || // ("Germans elect a new parliament on Sunday", "Austrians vote for a new president on Sunday", "Voters in Wales will elect an enlarged 96-member Senedd on Thursday, May 7")
				m.start >= 3 && (s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "for")) && (s.wordIs(m.start-2, "held") || s.wordIs(m.start-2, "place") || s.wordIs(m.start-2, "set")) &&
					s.anyBetween(max(m.start-40, 0), m.start-3, vote)) { // ("elections to the five city corporations … will be held on March 8", "Polls to the 70-member assembly, which was dissolved in December after the coalition collapsed, will be held on March 2")
			// the day of the lead's vote: "paving the way for a snap
			// election on Feb. 8", "the 21 November referendum", "Sunday's
			// election", "Democrats voted on Saturday in a primary" (a vote
			// ahead named later in the lead goes before one of the news's
			// day; "opinion polls" are no vote)
			s.leadVoteT = day
		}
		if dayPoint && s.pastVoteT.IsZero() && s.pieces == 1 && s.inFirstSentence(m.start) && s.hasDCT && day.Before(s.day()) && s.day().Sub(day) <= 7*24*time.Hour &&
			(s.anyBetween(max(m.start-4, 0), m.start-1, vote) || s.anyBetween(max(m.start-6, 0), m.start-1, func(k int) bool { return s.wordIs(k, "elected") || s.wordIs(k, "voted") }) ||
				s.anyBetween(max(m.start-10, 0), m.start-1, func(k int) bool {
					return s.wordIs(k, "voters") && s.anyBetween(k+1, min(k+4, m.start-1), func(j int) bool { return s.tenseOf(j) == tensePast })
				})) {
			// the day of a vote gone by the lead tells of: "Lee Teng-hui,
			// who won Taiwan's first direct presidential election on
			// Saturday", "Tsai, re-elected by a landslide on Saturday",
			// "Swiss voters rejected the plan on Sunday", "Irish voters
			// voted on Friday"
			s.pastVoteT = day
		}
		if dayPoint && !s.attributive(m) && !s.possessedEventDay(m, day) && !s.comparedBase(m.start) && !s.possessive(m) && !m.aside && !(s.hasDCT && day.Year() < s.dct.Year()-1 && s.recordSinceAt(m.start)) &&
			!s.endsPeriodBefore(m.start) && // ("Revenue for the three months ended June 27 was $812 million. … told analysts on a 5 p.m. EDT conference call": the day that ends a period bounds the figures; the story is not told from it, though "a year earlier" counts from its quarter)
			!s.holidayInAsClause(m, day) &&
			!s.bracketed(m) && !m.restated && !s.offsetAnchor(m) &&
			!(s.reportingDay(m.start) && (m.end-m.start == 1 || m.end-m.start == 2 && s.wordIs(m.start, "this")) && s.lastDayAt >= 0 && s.sameSentence(s.lastDayAt, m.start) && !s.lastDayT.Equal(s.day())) {
			// (but "A fire that swept through a building early Sunday left
			// 14 families homeless, officials said Monday": the report's
			// day leaves the story on Sunday; so does "said this morning")
			// the day being narrated; a deadline ("by Jan. 31"), a start
			// ("since last Friday") or a day naming a thing ("the July 1
			// march") is not one
			if s.relDayAt >= 0 && s.relDayAt == s.lastDayAt && s.sameSentence(s.relDayAt, m.start) && !s.commaBetween(s.relDayAt, m.start) {
				// the relative clause goes on: "who arrived on Sunday and
				// dined with Putin that evening"
				s.relDayAt = m.start
			} else if rel, appos := s.inRelativeClause(m.start) && !s.whenClause(m.start), s.appositiveParticiple(m.start); rel || appos {
				// "The inspectors, who arrived on Sunday, were turned back at
				// 10 a.m.", "The suspect, arrested on Wednesday, was brought
				// to the hearing, which began at 9 a.m.": the day the main
				// clause was on (the DCT if none was named), for a clock time
				// after the relative clause closes
				s.mainDayT, s.relDayAt, s.relAppos = s.lastDayT, m.start, appos && !rel
				if s.hasDCT && (s.mainDayT.IsZero() || s.lastDayAt >= 0 && s.sentencesBetween(s.lastDayAt, m.start) >= 2 && math.Abs(s.lastDayT.Sub(s.day()).Hours()) > 24*farDay) {
					// (nor is a far day told before the last sentence the
					// main clause's: "… the founding treaty, signed on April
					// 4, 1949. Officials said … Biden, who opened the summit
					// on Tuesday evening, was due to hold a news conference
					// at 6:30 p.m." is the news's day; the sentence right
					// after it may go on with its story)
					s.mainDayT = s.day()
				}
			}
			if k := s.clauseOf(m.start, "since"); k >= 0 && s.lastDayAt >= 0 && s.lastDayAt < k && s.sameSentence(s.lastDayAt, m.start) {
				// "arrested two men Wednesday night, the first such arrests
				// since the fire swept into the city on Monday": the main
				// clause's day, for a clock time in the next sentence
				s.sinceMainT, s.sinceDayAt = s.lastDayT, m.start
			}
			if k := s.afterClauseOf(m.start); k >= 0 && s.lastDayAt >= 0 && s.lastDayAt < k && s.sameSentence(s.lastDayAt, m.start) {
				// "will begin … on Friday, Aug. 15, after the league
				// published its fixtures on Wednesday": the main clause's
				// day is the one the story goes on from
				s.afterMainT, s.afterDayAt = s.lastDayT, m.start
			}
			s.prevDayT, s.prevDayAt = s.lastDayT, s.lastDayAt
			s.lastDayT, s.lastDayAt = ymd(p.t.Year(), int(p.t.Month()), p.t.Day()), m.start
			s.toldDays[s.toldN%len(s.toldDays)] = s.lastDayT
			s.toldN++
			s.lastDayReported = s.reportingDay(m.start)
			if !s.leadRead && !s.inRelativeClause(m.start) && !s.inDateline(m) {
				// the lead's day: the first day told in a main clause, if
				// the first sentence tells it ("President Smith, who
				// returned from Asia on Sunday, addressed parliament …"
				// leaves Sunday out)
				s.leadRead = true
				if s.pieces == 1 && s.inFirstSentence(m.start) {
					s.leadDayT = s.lastDayT
				}
			}
			if s.leadFutureT.IsZero() && s.pieces == 1 && s.inFirstSentence(m.start) && !s.inRelativeClause(m.start) && s.hasDCT && s.lastDayT.After(s.day()) &&
				!s.bounded(m) && !m.rangeEnd {
				// the lead's event ahead: "Senegalese voters go to the polls
				// on Sunday", "Campaigning for the 21 November referendum"
				s.leadFutureT = s.lastDayT
			}
			if s.hasDCT && s.lastDayT.Equal(s.day()) && !(s.reportingDay(m.start) && (s.wordIs(m.end, "that") || s.wordIs(m.end+1, "that") || s.otherEventDay(m))) {
				// (not "Police said on Tuesday that a gunman opened fire late
				// Monday", but "shares fell in early trade, dealers said on
				// Tuesday")
				s.dctTold = true
			}
			if !s.bareClock(m) {
				s.dayNamedAt = m.start
			}
			// "at midnight" on Tuesday night ends Tuesday (the lead's day
			// and the ring of days told above keep the instant's)
			s.lastDayT = p.calendarDay()
			if s.hasDCT && !s.lastDayT.After(s.day()) {
				s.lastPastDayT = s.lastDayT
			}
		}
		if !p.ref && p.g >= model.GranDay && !p.t.IsZero() && s.hasDCT && s.pieces == 1 && sameDay(p.t, s.day()) && s.inFirstSentence(m.start) && s.reportingDay(m.start) {
			s.leadDCT = true // the lead's report is the DCT's ("the army said on Monday")
		}
		if !p.ref && p.g >= model.GranDay && s.possessive(m) {
			s.tellEvent(p.t, m.start, m.end+1)
		} else if !p.ref && p.g >= model.GranDay && p.g < model.GranHour && m.f.weekday == 0 && s.incidentAfterThe(m.start, m.end) &&
			s.hasDCT && p.t.Before(s.day()) && s.day().Sub(p.t) <= 24*farDay*time.Hour {
			// "charged Tuesday in the Feb. 14 shooting outside Union
			// Station. … Gunfire broke out shortly before 2 p.m.": a date
			// within the week before an incident names its day, as a
			// possessive does
			s.tellEvent(p.t, m.start, m.end)
		} else if !p.ref && p.g >= model.GranDay && p.g < model.GranHour && m.f.weekday == 0 && m.start > 0 && s.wordIs(m.start-1, "the") && m.end < len(s.toks) &&
			s.inList(m.end, s.t.lists.voteEvents) && s.hasDCT && p.t.After(s.day()) {
			// "ahead of the May 5 primary. Polls for the primary will be open
			// from 6:30 a.m.": a vote set for a day ahead, its date before
			// its noun, as "Tuesday's primary" names it
			s.tellEvent(p.t, m.start, m.end)
		} else if !p.ref && p.g >= model.GranDay && p.end.IsZero() && s.hasDCT && p.t.Before(s.day()) {
			if head, w, ok := s.eventSubject(m.start); ok {
				// "A magnitude 7.0 earthquake devastated the capital on
				// Tuesday afternoon … The quake struck at 4:53 p.m.": an
				// incident told with its day is told of again, as with
				// "Tuesday's earthquake"
				s.possT, s.possAt = ymd(p.t.Year(), int(p.t.Month()), p.t.Day()), m.start
				s.possHead, s.possHeadWord, s.possRel, s.possSubj = head, w, -1, true
			}
		}
		if p.g == model.GranQuarter {
			s.quarterAt = m.start
		}
		if p.g >= model.GranHour && !p.t.IsZero() && !m.restated {
			// (a time restated in another zone is not the one "two hours
			// later" counts from)
			s.lastClock, s.lastClockAt, s.lastClockEnd = p, m.start, m.rangeEnd
			if s.hasDCT && !p.t.Before(s.day()) {
				s.aheadClock, s.aheadClockAt = p, m.start
			}
		}
		if p.g == model.GranYear && (ru.kind == kindRelative || ru.kind == kindDate) && !m.aside && !(s.bounded(m) && s.tense(m.start, m.end) == tenseFuture) {
			// (not a deadline ahead: "will cut 3,000 jobs by the end of the
			// year" is no period reported on)
			s.periodAt, s.periodMonths = m.start, 12
		}
		if !p.ref && !m.aside {
			s.last, s.lastSet = tx.Span, true
			if lp := s.lastPoint; p.g == model.GranDay && p.pod == "" && lp.pod != "" && !lp.ref && sameDay(lp.t, p.t) {
				// "late into Wednesday night to celebrate Diwali": the day
				// named again keeps the part of it just told
				p = lp
			}
			if !p.begin.IsZero() && s.beginningNear(m) {
				// "Muslims began Ramadan amid hunger. The next day, …": the
				// first day of the fast, for the anaphors after it
				p = point{t: p.begin, g: model.GranDay, fuzzy: p.fuzzy}
			}
			s.lastPoint, s.lastAt, s.lastEnd = p, m.start, m.end
			s.lastExplicit = !tx.Implied
			if !tx.Implied && m.f.year != 0 && p.g >= model.GranDay && p.g != model.GranSeason && !p.ref && p.end.IsZero() && s.hasDCT && p.t.Before(s.day().AddDate(-1, 0, 0)) {
				// a day in history stated in full: "on May 8, 1945"
				s.histDayT, s.histDayAt = ymd(p.t.Year(), int(p.t.Month()), p.t.Day()), m.start
			}
			s.lastAnchored = s.anchored
			// "Next year's summit ... in November": a year to come whose
			// event the sentence goes on to date ("Last year's champion
			// plays in September" is this September)
			s.lastYearsEvent = p.g == model.GranYear && s.hasDCT && p.t.Year() > s.dct.Year() && s.possessiveMark(m.end) && s.eventAfter(m.end+1) &&
				(s.sentenceStart(m.start) || m.start > 0 && (s.wordIs(m.start-1, "said") || s.wordIs(m.start-1, "says") || s.wordIs(m.start-1, "that")) ||
					m.start > 1 && s.wordIs(m.start-1, "and") && s.wordIs(m.start-2, ",")) || // (or opens a clause after ", and")
				// "Last year, the monsoon reached the State on June 2", "Last
				// year the service took 1,270 calls between October 30 and
				// November 6": a year that opens its sentence, or a clause
				// after a semicolon ("falls late this year; last year the
				// parades ended on Feb. 12"), sets the scene (without a
				// comma, for a past clause); not a season of sport valued
				// as a year ("next season the opener falls on Oct. 30")
				// (a season too, but winter, which runs into the next
				// year: "Last summer the city recorded 31 shootings from
				// June through August")
				(p.g == model.GranYear && !s.hasWord(m, "season") || p.g == model.GranSeason && m.f.season != "WI" && s.hasWord(m, "last")) && s.clauseStart(m.start) && (s.wordIs(m.end, ",") || s.scanTense(m.end, 1) == tensePast ||
					// (or a year ahead, for a clause that is not past: "Next
					// year the solstice arrives a day early, on June 20")
					s.hasDCT && p.t.Year() > s.dct.Year() && s.scanTense(m.end, 1) != tensePast && s.scanTense(m.end, 1) != tenseUnknown)
			s.lastSceneNoComma = s.lastYearsEvent && p.g == model.GranYear && s.clauseStart(m.start) && !s.wordIs(m.end, ",") && !s.possessiveMark(m.end)
			s.lastPastRel = tx.Implied && !p.ref && (p.g == model.GranYear || p.g == model.GranMonth) && s.hasDCT && p.t.Year() == s.dct.Year()-1 && s.hasWord(m, "last")
			s.lastNamed = m.f.month != 0 || m.f.year != 0
			s.lastShifted = ru.kind == kindAnaphor || ru.kind == kindOffset
			if p.g == model.GranWeek && !s.lastShifted {
				s.weekPoint, s.weekAt = p, m.start
				if s.hasDCT && s.pieces == 1 && s.inFirstSentence(m.start) && p.t.After(s.day()) && !sameWeek(p.t, s.day()) {
					s.leadWeekAhead = true
				}
			}
			s.lastHoliday = ""
			if m.f.holiday != "" && p.g == model.GranDay && m.f.unit != "WE" {
				s.lastHoliday, s.namedHoliday = m.f.holiday, m.f.holiday
			}
			s.lastBound = m.f.fiscal || s.bounded(m)
			if m.f.fiscal && p.g == model.GranYear {
				s.lastFiscalYear, s.lastFiscalAt = p.t.Year(), m.start
			}
			if p.g == model.GranQuarter && m.f.year == 0 && !(m.f.unit == "Y" && m.f.hasShift && m.f.shift != 0) && ru.kind != kindOffset && ru.kind != kindAnaphor &&
				s.hasDCT && (!p.t.AddDate(0, 3, 0).After(s.day()) || m.f.ord > 0 && p.t.Before(s.day()) && s.tense(m.start, m.end) == tensePast || s.quarterEndedPast(m) ||
				m.f.fiscal && m.f.ord > 0 && s.tense(m.start, m.end) == tensePast || // (a fiscal quarter reported, whatever its calendar months)
				(s.hasWord(m, "current") || m.f.ord > 0 && p.t.Before(s.day()) && s.tense(m.start, m.end) == tenseFuture) && !s.recentQuarter(m)) {
				// (or the quarter under way that a warning is about, when no
				// quarter reported on came before: "its profit for the
				// current quarter … compared with 31 cents a year earlier.
				// The quarter is the last of fiscal 1990")
				// the quarter being reported on, not a comparison with a
				// year before ("the year-ago quarter", "the 1988 period");
				// an earlier quarter named later is background ("after a
				// flat second quarter") and leaves the topic alone
				if !s.recentQuarter(m) || !p.t.Before(s.topic.t) {
					s.topic, s.topicAt = p, m.start
				}
			}
		}
	}
	tx.Mod = publicMod(tx.Mod)
	return tx, true
}

// Internal mods shape the span but are not TimeML mod values.
const (
	modEarlier = "EARLIER" // earlier this year: from the start of the unit to the DCT
	modLater   = "LATER"   // later this month: from the DCT to the end of the unit
)

func publicMod(m string) string {
	if m == modEarlier || m == modLater {
		return ""
	}
	return m
}

// point is a resolved calendar unit: the unit of granularity g that holds t.
type point struct {
	t      time.Time
	g      model.Granularity
	season string // for GranSeason
	pod    string // part of day, for GranPartOfDay
	clock  bool   // hour and minute are meaningful
	fuzzy  bool
	// end, when set, overrides the span's end (anchored ranges); begin,
	// its start (Ramadan, named by its month, begins on its first day).
	end, begin time.Time
	// ref marks points that must not become the anaphora anchor.
	ref bool
	// small marks the small hours ("the early hours of Monday"): clock
	// times after them are not pushed past midnight
	small bool
}

// calendarDay is the day the point is on: "midnight" at the end of
// Friday (24:00) is Friday's, though its instant opens Saturday ("will
// pause just before midnight … a marathon starts at noon that day").
func (p point) calendarDay() time.Time {
	d := ymd(p.t.Year(), int(p.t.Month()), p.t.Day())
	if p.pod == "24" && p.t.Hour() == 0 && p.t.Minute() == 0 {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// weekend reports whether the point is a weekend, told as the Saturday
// with its span running two days.
func (p point) weekend() bool {
	return p.g == model.GranDay && isoWeekday(p.t) == 6 && p.end.Equal(p.t.AddDate(0, 0, 2))
}

// value formats the point as a TIMEX3 value.
func (p point) value() string {
	t := p.t
	y := t.Year()
	if y < 1 || y > 9998 {
		return p.valueFmt()
	}
	// The value is written with appends: fmt and time.Format cost a
	// twentieth of the tagger's time.
	var buf [24]byte
	b := buf[:0]
	switch p.g {
	case model.GranCentury:
		b = appendPad(b, y/100, 2)
	case model.GranDecade:
		b = appendPad(b, y/10, 3)
	case model.GranYear:
		b = appendPad(b, y, 4)
	case model.GranHalf:
		b = append(appendPad(b, y, 4), '-', 'H', byte('1'+(int(t.Month())-1)/6))
	case model.GranQuarter:
		b = append(appendPad(b, y, 4), '-', 'Q', byte('1'+(int(t.Month())-1)/3))
	case model.GranSeason:
		b = append(append(appendPad(b, seasonYear(t, p.season), 4), '-'), p.season...)
	case model.GranMonth:
		b = appendPad(append(appendPad(b, y, 4), '-'), int(t.Month()), 2)
	case model.GranWeek:
		wy, w := t.ISOWeek()
		b = appendPad(append(appendPad(b, wy, 4), '-', 'W'), w, 2)
	case model.GranPartOfDay:
		b = append(append(appendDay(b, t), 'T'), p.pod...)
	case model.GranHour, model.GranMinute:
		if t.Hour() == 0 && t.Minute() == 0 && p.pod == "24" {
			b = append(appendDay(b, t.AddDate(0, 0, -1)), "T24:00"...)
			break
		}
		b = appendPad(append(appendPad(append(appendDay(b, t), 'T'), t.Hour(), 2), ':'), t.Minute(), 2)
	default:
		b = appendDay(b, t)
	}
	return string(b)
}

// appendPad appends v, not negative, in at least width digits.
func appendPad(b []byte, v, width int) []byte {
	var d [20]byte
	i := len(d)
	for {
		i--
		d[i] = byte('0' + v%10)
		v /= 10
		if v == 0 && len(d)-i >= width {
			break
		}
	}
	return append(b, d[i:]...)
}

// appendDay appends t's day as 2006-01-02.
func appendDay(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	return appendPad(append(appendPad(append(appendPad(b, y, 4), '-'), int(m), 2), '-'), d, 2)
}

// valueFmt is value for years outside 1..9998, which the appends do not
// cover (a negative year, a fifth digit).
func (p point) valueFmt() string {
	t := p.t
	y := t.Year()
	switch p.g {
	case model.GranCentury:
		return fmt.Sprintf("%02d", floorDiv(y, 100))
	case model.GranDecade:
		return fmt.Sprintf("%03d", floorDiv(y, 10))
	case model.GranYear:
		return fmt.Sprintf("%04d", y)
	case model.GranHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(t.Month())-1)/6+1)
	case model.GranQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(t.Month())-1)/3+1)
	case model.GranSeason:
		return fmt.Sprintf("%04d-%s", seasonYear(t, p.season), p.season)
	case model.GranMonth:
		return t.Format("2006-01")
	case model.GranWeek:
		wy, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case model.GranPartOfDay:
		return t.Format("2006-01-02") + "T" + p.pod
	case model.GranHour, model.GranMinute:
		if t.Hour() == 0 && t.Minute() == 0 && p.pod == "24" {
			return t.AddDate(0, 0, -1).Format("2006-01-02") + "T24:00"
		}
		return t.Format("2006-01-02T15:04")
	default:
		return t.Format("2006-01-02")
	}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// seasonMonths gives the first month of each season (northern hemisphere);
// winter belongs to the year it starts in.
var seasonMonths = map[string]time.Month{"SP": time.March, "SU": time.June, "FA": time.September, "WI": time.December}

func seasonYear(t time.Time, season string) int {
	if season == "WI" && t.Month() < time.March {
		return t.Year() - 1
	}
	return t.Year()
}

// partOfDay gives the hours [from, to) of each part of the day.
var partOfDay = map[string][2]int{
	"MO": {6, 12}, "MI": {11, 13}, "AF": {12, 18}, "EV": {18, 22}, "NI": {20, 24}, "DT": {8, 18},
}

// span returns the calendar range of the point, narrowed by mod.
func (p point) span(mod string) model.Date {
	var d model.Date
	switch p.g {
	case model.GranSeason:
		y := seasonYear(p.t, p.season)
		s := time.Date(y, seasonMonths[p.season], 1, 0, 0, 0, 0, time.UTC)
		d = model.Date{Start: s, End: s.AddDate(0, 3, 0), Gran: model.GranSeason}
	case model.GranPartOfDay:
		h := partOfDay[p.pod]
		day := time.Date(p.t.Year(), p.t.Month(), p.t.Day(), 0, 0, 0, 0, time.UTC)
		d = model.Date{Start: day.Add(time.Duration(h[0]) * time.Hour), End: day.Add(time.Duration(h[1]) * time.Hour), Gran: model.GranPartOfDay}
	default:
		d = model.SpanOf(p.t, p.g)
	}
	if !p.end.IsZero() {
		d.End = p.end
	}
	if !p.begin.IsZero() {
		d.Start = p.begin
	}
	d.Fuzzy = p.fuzzy
	if d.Start.IsZero() || !d.End.After(d.Start) {
		return d
	}
	third := d.End.Sub(d.Start) / 3
	switch mod {
	case "START":
		d.End = roundDay(d.Start.Add(third), d.Gran)
		d.Fuzzy = true
	case "MID":
		d.Start, d.End = roundDay(d.Start.Add(third), d.Gran), roundDay(d.Start.Add(2*third), d.Gran)
		d.Fuzzy = true
	case "END":
		d.Start = roundDay(d.Start.Add(2*third), d.Gran)
		d.Fuzzy = true
	case "APPROX":
		d.Fuzzy = true
	}
	return d
}

// roundDay rounds a third of a long span to midnight so that "early March"
// ends on a day boundary.
func roundDay(t time.Time, g model.Granularity) time.Time {
	if g >= model.GranDay {
		return t
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// anchor is the DCT day, or the zero time when unknown.
func (s *Session) day() time.Time {
	return time.Date(s.dct.Year(), s.dct.Month(), s.dct.Day(), 0, 0, 0, 0, time.UTC)
}

// date resolves a (possibly partial) calendar date.
func (s *Session) date(m *match, tx *model.Timex) (point, bool) {
	f := m.f
	if f.year != 0 && f.month == 0 && s.hasDCT && s.wordIs(m.start, "this") && s.wordIs(m.start+1, "day") {
		// "on this day in 1969": the publication day's date in that year
		return point{t: ymd(f.year, int(s.dct.Month()), min(s.dct.Day(), daysIn(f.year, int(s.dct.Month())))), g: model.GranDay}, true
	}
	if f.decade != 0 && f.hundreds && f.decade < 200 {
		// "the 1800s", "the late 1400s": a century (but "the 2000s" is
		// the decade news means)
		return point{t: ymd(f.decade*10, 1, 1), g: model.GranCentury}, true
	}
	if f.decade != 0 {
		return point{t: ymd(f.decade*10, 1, 1), g: model.GranDecade}, true
	}
	if f.unit == "C" && f.ord > 0 {
		return point{t: ymd((f.ord-1)*100, 1, 1), g: model.GranCentury}, true
	}
	if f.unit == "Q" && f.ord == 0 && f.month != 0 {
		// "the July-September quarter": the quarter that holds its last month
		f.ord, f.month = (f.month-1)/3+1, 0
	}
	year := f.year
	if year == 0 && f.hasShift && (f.unit == "Q" || f.unit == "HALF") && f.ord > 0 && s.hasDCT {
		// "the first half of next year"
		year = s.dct.Year() + f.shift
		tx.Implied = true
	}
	if year == 0 && f.hasShift && f.unit == "Y" {
		// July last year, January this year
		if !s.hasDCT {
			return s.unresolvedDate(f, tx)
		}
		year = s.dct.Year() + f.shift
		tx.Implied = true
	}
	if f.holiday != "" {
		if s.quotedTitle(m) {
			// "The company's next production is "Twelfth Night"": a
			// title in quotes, not the day
			return point{}, false
		}
		return s.holiday(m, tx, year)
	}
	if f.unit == "Q" && f.ord >= 1 && f.ord <= 4 && s.hasDCT && year == 0 {
		// (a quarter with its year, "the third quarter of 1984", is
		// history; the bare ones are the report's own)
		defer func() {
			// a quarter still to come ("exports should recover by the fourth
			// quarter") does not name the one a report looks back on
			if ymd(year, 3*f.ord-2, 1).Before(s.day()) {
				s.quarterYear[f.ord-1], s.quarterYearAt[f.ord-1] = year, m.start
			}
		}()
	}
	if year == 0 {
		switch {
		case f.unit == "Q" && f.ord >= 1 && f.ord <= 4, f.unit == "HALF" && f.ord >= 1 && f.ord <= 2:
			// a quarter (or half) yet to begin is last year's, unless the
			// clause speaks of the future: results are reported after the fact
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			tx.Implied = true
			year = s.dct.Year()
			months := 3
			if f.unit == "HALF" {
				months = 6
			}
			if end, ok := s.quarterEnded(m); ok && f.unit == "Q" {
				// "its fiscal third quarter, ended March 31", told in April
				// 1990: a quarter that a date ends is in that date's year,
				// whatever the fiscal year's months ("the fiscal first
				// quarter ended Sept. 30" is 1989-Q1); but a fourth quarter
				// ended in January or February, a retailer's, closes the
				// fiscal year named for the year before, whose holiday
				// season it mostly holds ("its fiscal fourth quarter, which
				// ended Feb. 3", told in March 1990, is 1989-Q4)
				year = end.Year()
				if f.ord == 4 && end.Month() <= time.February {
					year--
				}
			} else if lp := s.lastPoint; s.lastSet && !lp.ref && !s.lastBound && lp.g == model.GranYear && s.sameSentence(s.lastAt, m.start) && m.start-s.lastAt <= 12 &&
				!s.yearThenQuarter(m, months) && !s.yearCompared(s.lastAt, m.start) && !s.inRelativeClause(s.lastAt) && !s.participleAside(s.lastAt, s.lastEnd) && !(lp.t.Year() > s.dct.Year() && s.tense(m.start, m.end) == tensePast) && // (not a year ahead for a past clause: "dividends from 2020 to 2024, although its profit fell in the third quarter")
				!s.incidentAfterThe(s.lastAt, s.lastAt+1) {
				// (not a year in a relative clause or an aside, nor one that
				// names an event: "arrivals, which recovered after the 2004
				// tsunami, are expected to dip in the fourth quarter",
				// "Google, founded in 1998, earned $79 million in the second
				// quarter")
				// "shrink by 3.5 percent this year, with the steepest fall in
				// the second half": the half of the year just named
				year = lp.t.Year()
			} else if f.unit == "Q" && s.quarterYear[f.ord-1] != 0 && m.start-s.quarterYearAt[f.ord-1] <= quarterReach {
				// "grew 2.6 percent in the fourth quarter … its second
				// estimate of fourth-quarter GDP on Wednesday": a quarter
				// named again is the same one
				year = s.quarterYear[f.ord-1]
			} else if f.fiscal && f.unit == "Q" {
				// "reported lower revenue for its fiscal third quarter", told
				// in May: a fiscal quarter is named by the fiscal year, which
				// is mostly the DCT's (16 of 17 in the blind sets, and
				// TimeBank's), not placed by the calendar
			} else if q := (int(s.dct.Month()) - 1) / months; s.dct.Month() >= time.October && (f.unit == "Q" && f.ord-1 <= q-2 || f.unit == "HALF" && f.ord == 1) &&
				(s.tense(m.start, m.end) == tenseFuture || s.aheadOfQuarter(m)) {
				// "The Fed said it would keep buying mortgage bonds in the
				// first quarter", "more failures could come in the first
				// quarter", told in December: a quarter long gone this year
				// that the clause looks ahead to is next year's (one just
				// ended may still be reported on: "said profit in the third
				// quarter would fall short", told in October)
				year++
			} else if t := s.tense(m.start, m.end); f.ord-1 > (int(s.dct.Month())-1)/months && (t != tenseFuture || s.modalPerfectAround(m)) && !(s.after(m, s.t.lists.deadline) && (t != tensePast || s.deadlineInfinitive(m))) && !s.mayBefore(m.start) && !s.progressiveFor(m.start) && !s.pastInfinitiveBefore(m.start) && !s.aheadOfQuarter(m) &&
				!(t == tensePresent && f.ord-1 == (int(s.dct.Month())-1)/months+1 && !s.resultsNear(m) && ymd(year, (f.ord-1)*months+1, 1).Sub(s.day()) <= 31*24*time.Hour) { // ("Markets are pricing in a recession in the second quarter", told in March: the one about to begin)
				year-- // but "no recovery until the second half" looks ahead
			} else if f.unit == "Q" && f.ord-1 >= (int(s.dct.Month())-1)/3+2 && m.end < len(s.toks) && s.anyBetween(m.end, min(m.end+2, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.results) }) &&
				!s.anyBetween(m.end, min(m.end+1, len(s.toks)-1), func(k int) bool {
					return s.inList(k, s.t.lists.prepositions) || s.wordIs(k, "to") || s.tenseOf(k) != tenseUnknown
				}) {
				// ("fourth-quarter current account figures on Wednesday")
				// "Analysts will get their first look at fourth-quarter
				// earnings later this month", told in January: figures come
				// after their quarter, so one half a year off is last year's
				year--
			} else if f.unit == "Q" && f.ord == 4 && s.dct.Month() <= time.February && !s.hasWord(m, "year") && s.resultsNear(m) {
				// "expects revenue of $84 billion for the October-December
				// period", "a charge of $1.2 billion in the October-December
				// quarter", told in January: figures told of the quarter
				// just ended, whatever the tense (but "sales will rise in
				// the final quarter of the year" is this year's)
				year--
			}
		case f.month != 0 || f.season != "":
			if !s.hasDCT || s.habitual(m) && (!s.bounded(m) || s.eachYearAfter(m) || s.habitualRangeEnd(m)) {
				// (a month of every year: "the monsoon, which usually arrives
				// in early June"; but "borrow normally until Feb. 7" and "the
				// season, which normally runs until the end of May" are
				// bounds of this year's; "from June through November each
				// year" is every year's)
				return s.unresolvedDate(f, tx)
			}
			tx.Implied = true
			year = s.inferYear(m)
			if y, ok := s.yearNamedAfter(m); ok {
				year = y // "a teacher training day on March 2 in 2018"
			} else if y, ok := s.thatYearAfter(m); ok {
				year = y // "the record crest of 40.84 feet in 2009. The river peaked on March 28 that year"
			}
			if f.season != "" && f.month == 0 && m.end < len(s.toks) && s.inList(m.end, s.t.lists.seasonAhead) {
				// "unveiled its fall lineup", "the spring fashion shows",
				// "delayed the start of the fall television season": a
				// season's programme is the one under way or the next to
				// come, whatever the tense
				for y := s.dct.Year() - 1; y <= s.dct.Year()+1; y++ {
					if ymd(y, int(seasonMonths[f.season]), 1).AddDate(0, 3, 0).After(s.day()) {
						year = y
						break
					}
				}
			}
			if y, ok := s.whenClauseYear(m); ok {
				// "the stormiest since 1987, when the Great Storm flattened
				// 15 million trees in October": the year the clause tells of
				year = y
				s.anchored = true
			} else if lp := s.lastPoint; s.wordIs(m.start, "the") && (s.wordIs(m.start+1, "following") || s.wordIs(m.start+1, "previous")) && s.lastSet && !lp.ref &&
				lp.g >= model.GranYear && m.start-s.lastAt <= anaphorReach {
				// "the following February", "the following spring": the
				// first after the date just told (the last before it)
				mo := f.month
				if mo == 0 {
					mo = int(seasonMonths[f.season])
				}
				year = lp.t.Year()
				after := mo > int(lp.t.Month()) || lp.g == model.GranYear
				if s.wordIs(m.start+1, "following") && !after {
					year++
				} else if s.wordIs(m.start+1, "previous") && mo >= int(lp.t.Month()) {
					year--
				}
				if lp.g == model.GranYear && s.wordIs(m.start+1, "following") {
					year = lp.t.Year() + 1
				}
			} else if lp := s.lastPoint; (s.wordIs(m.start, "that") || m.end >= 2 && s.wordIs(m.end-2, "that") && s.wordIs(m.end-1, "year")) && s.lastSet && !lp.ref && lp.g >= model.GranYear && m.start-s.lastAt <= anaphorReach {
				// "the coalition sworn in that May", "in June of that year":
				// the year just told of, by a time of day too ("announced at
				// about 5.30pm the following day … In May of that year")
				year = lp.t.Year()
				s.anchored = true
				if f.month != 0 && lp.g >= model.GranMonth && f.month < int(lp.t.Month()) && s.tense(m.start, m.end) != tensePast && s.wordIs(m.start, "that") {
					year++ // ("June of that year" is that year's, whatever the month just told)
				}
			} else if lp := s.lastPoint; (f.month != 0 || f.season != "" && s.tense(m.start, m.end) == tensePast) && (s.lastExplicit || s.lastYearsEvent || s.lastAnchored || s.lastPastRel && f.month > int(s.dct.Month()) && year == s.dct.Year() && s.tense(m.start, m.end) == tensePast) && !s.lastBound && !lp.ref && lp.g >= model.GranYear && lp.g <= model.GranDay &&
				lp.t.Year() != year && lp.t.Year() != s.dct.Year() && s.sameSentence(s.lastAt, m.start) && (m.start-s.lastAt <= 12 || (s.lastYearsEvent || lp.g == model.GranYear && s.yearWhenClause(s.lastEnd, m.start)) && m.start-s.lastAt <= 24) &&
				(!s.lastSceneNoComma || s.tense(m.start, m.end) == tensePast || lp.t.Year() > s.dct.Year()) && // ("Last year the team finished third, and the new season starts on August 16"; a year ahead sets the scene for what is not past)
				(!s.after(m, s.t.lists.deadline) || f.season != "" || s.negatedUntil(m) || s.lastYearsEvent && !s.possessiveMark(s.lastEnd) && (!s.lastSceneNoComma || lp.t.Year() > s.dct.Year())) && !(s.tense(m.start, m.end) != tensePast && s.anyBetween(s.lastAt+1, m.start-1, func(k int) bool {
				return (s.wordIs(k, "while") || s.wordIs(k, "whereas")) && s.wordIs(k-1, ",") && !(k+1 < len(s.toks) && strings.HasSuffix(s.r.text[s.toks[k+1].Start:s.toks[k+1].End], "ing"))
			})) && // (nor across ", while" to a clause that is not past: "hope to join the EU in 2007, while Turkey will learn in December"; but "Exports fell 12 percent in 2009, while imports hit a low in March")
				!(m.start > 0 && s.wordIs(m.start-1, "to") && s.postponed(m.start) && s.lastAt > 0 && s.wordIs(s.lastAt-1, "the") && s.commaBetween(s.lastAt, m.start)) && !s.inRelativeClause(s.lastAt) && (!s.relativeBetween(s.lastAt, m.start) || lp.g == model.GranYear && s.yearWhenClause(s.lastEnd, m.start) || s.tense(m.start, m.end) == tensePast && s.openedInYear(m.start, lp.t.Year())) && !s.reducedRelative(s.lastAt, s.lastEnd) && !s.participleAside(s.lastAt, s.lastEnd) && !s.sincePhraseBefore(s.lastAt, m.start) &&
				!(f.month != 0 && s.wordIs(m.start-1, "since") && s.perfectBefore(m.start-1)) && // ("averaged $110 from 2011 to 2013 but has fallen 30 percent since June": a present perfect's month is the last one)
				!(lp.g == model.GranYear && s.pactYear(s.lastAt, s.lastEnd, m.start)) &&
				!(s.wordBetween(s.lastAt, m.start, ";") && s.lastAt > 0 && s.wordIs(s.lastAt-1, "the")) && // ("captured Gaza in the 1967 war; its settlers were removed in August": an event's year, and another clause)
				!(lp.g == model.GranYear && (lp.t.Year() >= s.dct.Year() || lp.t.Year() == s.dct.Year()-1 && s.wordIs(m.start-1, "since")) && (s.inList(s.lastEnd, s.t.lists.budgetNouns) || s.lastEnd+1 < len(s.toks) && s.toks[s.lastEnd].Kind == tokWord && s.inList(s.lastEnd+1, s.t.lists.budgetNouns) &&
					s.lastAt > 0 && (s.inList(s.lastAt-1, s.t.lists.determiners) || s.toks[s.lastAt-1].Word == s.t.lists.idPoss))) { // ("must present its 2019 budget by mid-October", "the 1994 defense budget … in late March": a budget is drawn up in the year before its own, and one of the year just ended may run on past it, "had been operating on a re-enacted 2002 budget since 1 January", told in 2003; an older one's carries: "the ministry's 2024 budget ran dry in September", told in 2026)
				// "will be held in Qatar in 2022, the first in November": the
				// year just stated in the sentence, unless a relative clause
				// holds it ("Smith, who joined in 2015, retired in March")
				y := lp.t.Year()
				mo := f.month
				if mo == 0 {
					mo = int(seasonMonths[f.season]) // "In March 2020 …; by the summer"
				}
				if mo < int(lp.t.Month()) && lp.g >= model.GranMonth {
					y++ // "in December 2022, and again in January"
				}
				if s.tenseAllows(m, y) && !(lp.g == model.GranYear && s.lastAt > 0 && s.wordIs(s.lastAt-1, "the") && s.lastEnd < len(s.toks) && s.toks[s.lastEnd].Kind == tokWord &&
					s.tense(m.start, m.end) == tensePresent && y < s.dct.Year()-1) {
					// (not a year that names a thing, for a present: "before
					// the 1991 START pact expires on Dec. 5", told in 2009)
					year = y
					// "In 2019, the bank cut rates in July and again in
					// October": the next month the sentence names keeps it
					// (after "last July" or "last year", only a month still
					// ahead this year, told in the past: "lost the final
					// last July and won Olympic gold in August")
					s.anchored = true
				}
			} else if lp, k := s.lastPoint, s.relativeOnYear(); f.month != 0 && k > 0 && k < m.start && s.sameSentence(k, m.start) && m.start-k <= 8 && lp.t.Year() != s.dct.Year() {
				// "Tickets for the 2002 Championships, which begin on June
				// 24, go on sale": a relative clause on a noun its year
				// names is in that year
				year = lp.t.Year()
				s.anchored = true
			} else if lp := s.lastPoint; f.month != 0 && s.lastSet && !lp.ref && int(lp.t.Month()) == f.month && lp.t.Year() != year &&
				(lp.g >= model.GranMonth && lp.g != model.GranSeason && s.lastEnd == m.start-2 && s.wordIs(m.start-2, ",") && (s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "in")) ||
					f.day != 0 && lp.g == model.GranDay && lp.t.Day() == f.day && m.start > s.lastEnd && m.start-s.lastEnd <= 3 && s.sameSentence(s.lastAt, m.start)) {
				// "Austria-Hungary declared war on Serbia one month later, on
				// July 28", "Next year's Mardi Gras falls on Feb. 28": the
				// date restates the one just told, in its year (after a comma,
				// or the same month and day within three words)
				year = lp.t.Year()
				s.anchored = true
			} else if lp, ok := s.historyDay(m); ok {
				// "a lookout on the Pinta spotted land at about 2 a.m. on Oct.
				// 12, 1492. … On Oct. 10, his crews had threatened to turn
				// back", "The revolt began on the afternoon of Oct. 23, 1956 …
				// Then, on Nov. 4, Soviet tanks rolled back": a day of a story
				// in history goes on in the year of the day just told, when
				// this year's would lie ahead of a past clause or the clause
				// is a pluperfect right after the date stated in full (but
				// "The two men reached the top on May
				// 29, 1953 … 182 climbers reached the summit between May 16
				// and May 25", told on May 29, 2001, is the news's May)
				year = lp.t.Year()
				s.anchored = true
			}
			if lp := s.lastPoint; f.rangeFrom > 0 && f.month != 0 && s.lastAt == f.rangeFrom-1 && !lp.ref && lp.g >= model.GranMonth && lp.g != model.GranSeason {
				// the end of "from March to May" follows its start
				year = lp.t.Year()
				if f.month < int(lp.t.Month()) || f.month == int(lp.t.Month()) && f.day != 0 && f.day < lp.t.Day() {
					year++
				}
			}
		case f.unit == "D" && f.ord >= 1 && f.ord <= 31 && f.month == 0 && f.weekday != 0 && !f.hasShift && s.hasDCT:
			// "the disaster happened on Friday the 13th": the nearest
			// month whose day of that number is that weekday
			tx.Implied = true
			d := s.day()
			var best time.Time
			for k := -12; k <= 12; k++ {
				first := ymd(d.Year(), int(d.Month()), 1).AddDate(0, k, 0)
				c := first.AddDate(0, 0, f.ord-1)
				if c.Month() != first.Month() || isoWeekday(c) != f.weekday {
					continue
				}
				if s.nearerNews(c, best) {
					best = c
				}
			}
			if best.IsZero() {
				return point{}, false
			}
			return s.withTime(m, tx, point{t: best, g: model.GranDay}), true
		case f.unit == "D" && f.ord >= 1 && f.ord <= 31 && f.month == 0 && f.weekday == 0 && !f.hasShift && s.toks[m.end-1].Kind == tokNum:
			// "on the 18th": in the month last mentioned, else the DCT's,
			// stepping a month back or on when the tense says so
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			tx.Implied = true
			return s.withTime(m, tx, point{t: s.dayOfMonth(m, f.ord), g: model.GranDay}), true
		case f.weekday != 0:
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			tx.Implied = true
			var d time.Time
			if f.dir > 0 && f.dayOff > 0 {
				// "a week from Tuesday": counted from the Tuesday ahead, or
				// the news's own day when it is a Tuesday, as a bare
				// "Tuesday" told on a Tuesday is that day
				d = stepToWeekday(s.day(), f.weekday, 1, true)
			} else {
				d = s.weekday(m, f.weekday)
			}
			if lp := s.lastPoint; f.rangeFrom > 0 && s.lastAt == f.rangeFrom-1 && !lp.ref && lp.g >= model.GranDay {
				dir := 1
				if f.rangeBack || s.broughtForwardFrom(f.rangeFrom-1) {
					dir = -1 // "moved forward from Saturday to Thursday": the new day comes first
				}
				d = stepToWeekday(lp.calendarDay(), f.weekday, dir, false)
			}
			return s.withTime(m, tx, point{t: d, g: model.GranDay}), true
		case f.unit == "D" && f.hasShift:
			// a clock time on "yesterday"
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			tx.Implied = true
			return s.withTime(m, tx, point{t: s.day().AddDate(0, 0, f.shift), g: model.GranDay}), true
		case f.hasClock || f.pod != "":
			if f.hasClock && (s.dailyClock(m) || s.dailyEnd >= 0 && m.start == s.dailyEnd+1 && (s.wordIs(s.dailyEnd, "to") || s.wordIs(s.dailyEnd, "until") || s.wordIs(s.dailyEnd, "till") || s.wordIs(s.dailyEnd, "-") || s.wordIs(s.dailyEnd, "and"))) {
				// "stores may open from 10 a.m. to 10 p.m. daily", "will
				// keep a curfew in force every night from 7 p.m.": a time
				// of every day, on no day of its own; so is the time that
				// closes its range ("picket every day from 6 a.m. to 6 p.m.")
				s.dailyEnd = m.end
				return s.unresolvedDate(f, tx)
			}
			// a time alone: on the day last mentioned, else the DCT
			base, ok := s.lastDay()
			if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.g != model.GranSeason && lp.end.IsZero() && m.start-s.lastAt <= 20 && s.sameSentence(s.lastAt, m.start) &&
				s.anyBetween(s.lastAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "when") && s.wordIs(k-1, ",") }) {
				// "millions of visitors by Sunday, when the march is due to
				// set off at noon": the day the "when" clause tells of
				base, ok = lp.calendarDay(), true
			}
			if ld := s.leadDayT; ok && !ld.IsZero() && ld.Before(base) && base.Sub(ld) <= 48*time.Hour && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start) &&
				s.reportThatDay(s.lastDayAt) && s.tense(m.start, m.end) == tensePast {
				// "Storms swept through late Wednesday afternoon. … The
				// weather service confirmed Thursday that a tornado touched
				// down at about 5:40 p.m.": the report's day is not the
				// event's; the lead's day, just before, is
				base = ld
			}
			if ok && s.hasDCT && s.lastDayAt >= 0 && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start) && math.Abs(base.Sub(s.day()).Hours()) > 24*farDay &&
				s.quotedBefore(s.lastDayAt, m) && !s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.inList(k, s.t.lists.relative) }) {
				// "'Fifty years ago today, Chairman Mao proclaimed the
				// founding of New China,' President Jiang told the crowd in
				// a speech at 10 a.m.": a day far back, told inside a quote,
				// is not the day of the speech that quotes it (but a
				// relative clause on the speaker may go back to it: "…,"
				// said Frank Kowalski, who landed with the first wave at
				// 6:30 a.m.)
				ok = false
			}
			if ok && f.hasClock && s.sinceDayAt >= 0 && s.sinceDayAt == s.lastDayAt && s.lastAt == s.lastDayAt && s.sentencesBetween(s.lastDayAt, m.start) == 1 && s.tense(m.start, m.end) == tensePast &&
				s.hasDCT && math.Abs(base.Sub(s.day()).Hours()) <= 24*farDay { // (a day in history is background anyway: "marking 21 years since the singer died on Aug. 16, 1977")
				// "Police arrested two men Wednesday night, the first such
				// arrests since the fire swept into the city on Monday.
				// Officers stopped the men at 11:30 p.m.": the main clause's
				// day, not the one of the "since" clause trailing it
				base = s.sinceMainT
			}
			if ok && f.hasClock && s.hasDCT && s.lastDayAt >= 0 && !s.sameSentence(s.lastDayAt, m.start) && s.sentencesBetween(s.lastDayAt, m.start) <= 2 && base.Before(s.day()) &&
				sameDay(s.leadDayT, s.day()) && s.incidentDayAt(s.lastDayAt) && !s.anyInSentence(m.start, func(k int) bool { return s.inList(k, s.t.lists.incidents) }) &&
				!(s.annivAt >= 0 && sameDay(base, s.annivDayT)) {
				// "Oil prices jumped on Wednesday … up from about $21 before
				// the invasion last Thursday. By 4 p.m. London time the
				// contract had eased": the day of an incident named in
				// passing is background; the lead's, the news's own, goes on
				base = s.day()
			}
			if ok && f.hasClock && s.farDayLeft(m, base) {
				// "Crowds lined the streets of Oslo on Tuesday. Delegates
				// signed the constitution at Eidsvoll on May 17, 1814.
				// ¶ The children's parade began at 10 a.m.": the lead's day,
				// the news's own
				base = s.day()
			}
			if wd := isoWeekday(base); ok && f.hasClock && s.hasDCT && wd >= 6 && isoWeekday(s.day()) <= 5 && base.Before(s.day()) && s.day().Sub(base) <= 48*time.Hour &&
				!s.sameSentence(s.lastDayAt, m.start) && s.tradingSession(m.start) {
				// "Bank of America agreed late Sunday to buy Merrill Lynch.
				// Stocks tumbled as soon as trading opened at 9:30 a.m.",
				// told on Monday: markets trade on no weekend, so a
				// session's hours after a weekend day are the news's day's
				base = s.day()
			}
			if h := f.hour24(); ok && f.hasClock && s.hasDCT && h >= 9 && h <= 16 && base.Before(s.day()) && s.day().Sub(base) <= 24*time.Hour &&
				s.eveningDayAt(s.lastDayAt) && s.tradingSession(m.start) {
				// "The company priced its shares at $85 late Wednesday. …
				// Trading in the stock opened shortly before noon", told on
				// Thursday: a session's hours are not the evening's before
				// them but the next day's, the news's own
				base = s.day()
			}
			d, evTold := s.possessiveDay(m)
			if !evTold && f.hasClock && !s.pastVoteT.IsZero() && s.possT.IsZero() && s.tense(m.start, m.end) == tensePast && !s.dayInSentenceBefore(m) &&
				s.anyInSentence(m.start, func(k int) bool { return s.inList(k, s.t.lists.concession) || s.inList(k, s.t.lists.pollWords) }) {
				// "Tsai, re-elected by a landslide on Saturday, … her
				// rival conceded at about 8 p.m.", "Lee, who won the
				// election on Saturday, … Polling stations opened at 8 a.m.
				// and closed at 4 p.m.": a concession and the polls' hours
				// are on the day of the vote the lead told of
				d, evTold = s.pastVoteT, true
			}
			if evTold {
				// "the death toll from Friday's earthquake … The quake
				// struck at 5:26 a.m.", "Sunday's final, which starts at
				// 8.45pm": the day of the event told of
				base, ok = d, true
				if f.hasClock && smallHours(f) && s.hasDCT && !d.AddDate(0, 0, 1).After(s.day()) && s.t.lex.inClass(s.possHeadWord, s.t.lists.voteEvents) {
					// "won 51.9 percent of the vote in Thursday's
					// referendum, with the outcome becoming clear at about
					// 4:40 a.m.": a vote's count runs into the small hours
					// of the next day, the news's or one before it ("ousted
					// in Saturday's runoff … conceded at 1.15am", told on
					// Monday)
					base = d.AddDate(0, 0, 1)
				}
			}
			if ok && s.relDayAt == s.lastDayAt && !s.mainDayT.IsZero() && s.sameSentence(s.lastDayAt, m.start) && s.commaBetween(s.lastDayAt, m.start) && (!s.inRelativeClause(m.start) && !s.relAppos || s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "which") || s.wordIs(k, "who") }) ||
				s.relAppos && !s.inRelativeClause(m.start) && s.hasDCT && s.lastDayT.Before(s.day().AddDate(0, 0, -farDay))) {
				// (after a participle phrase, only a clock time in a clause of
				// its own: "The referendum, held on Sunday, ended at 8 p.m." is
				// Sunday's; but a day far from the news names another event:
				// "The tape, recorded on August 17, was broadcast from 9:30
				// a.m." is the news's day)
				base = s.mainDayT
			}
			if ok && s.relDayAt == s.lastDayAt && !s.relAppos && !s.mainDayT.IsZero() && !s.sameSentence(s.lastDayAt, m.start) && s.hasDCT && s.mainDayT.After(s.day()) &&
				s.tense(m.start, m.end) == tenseFuture {
				// "… will gather at ground zero on Sunday. … the pools, which
				// open to the public on Monday. … Moments of silence will mark
				// 8:46 a.m.": the day ahead of the main clause, not the
				// relative clause's
				base = s.mainDayT
			}
			if ok && f.hasClock && s.hasDCT && !sameDay(base, s.day()) && sameDay(s.leadDayT, s.day()) && s.saidAtClock(m) &&
				!(s.sameSentence(s.lastDayAt, m.start) && s.lastDayAt < m.start && !s.inRelativeClause(s.lastDayAt)) {
				// "Residents picked through the remains on Tuesday. … Andrew
				// came ashore at about 5 a.m. Monday. … The Hurricane Center,
				// whose radar was blown off early Monday, said at 11 a.m. that
				// the storm was centered …": what is said at a clock time,
				// with no day of its own in its clause, is said on the day
				// the lead tells, the news's
				base = s.day()
			}
			if ok && s.dctTold && !base.Equal(s.day()) && s.wordIs(m.start-1, "by") && !s.sameSentence(s.lastDayAt, m.start) && !s.scheduledInPast(m) && // (not "It was due at the Vineyard by 10 p.m., but it never arrived")
				!(s.annivAt >= 0 && sameDay(base, s.annivDayT)) && // (nor in an anniversary story, on the day it marks: "the sky went dark that morning. By 9:45 a.m., ash was falling")
				!(s.pluperfectSentence(m.start) && !s.lastDayT.Equal(s.day()) && !s.lastDayReported && s.sentencesBetween(s.lastDayAt, m.start) == 1 && !s.figureInSentence(m.start)) &&
				!(f.hasClock && s.lastClockAt >= s.lastDayAt-3 && sameDay(s.lastClock.t, base) && s.sentencesBetween(s.lastClockAt, m.start) == 1 && !s.figureInSentence(m.start) && !s.lastClock.t.After(time.Date(base.Year(), base.Month(), base.Day(), f.hour24(), f.minute, 0, 0, time.UTC))) {
				// (nor after a clock time on the day told, in the sentence
				// before: "The gang struck at about 9:30 a.m. Sunday. … sped
				// away on scooters by 9:38 a.m." goes on with it; a market's
				// figures by a time are the news's day: "hit $71.95 … at 4
				// a.m. Saturday … eased to around $67 by 1000 GMT")
				// (but "The quake struck at 2:15 a.m. on Sunday. By 6 a.m.,
				// the first convoys had reached the town": the pluperfect
				// goes on with the day the sentence before told)
				// "Oil prices jumped on Monday after … announced the deal
				// late Sunday. Brent rose $1.45 by 1500 GMT": progress by a
				// clock time, told with no day of its own after a day in
				// the background, is the story's day
				base = s.day()
			}
			if ok && s.hasDCT && math.Abs(base.Sub(s.day()).Hours()) > 24*farDay && !s.sameSentence(s.lastDayAt, m.start) && !evTold && // (however far back the event told of again was)
				!(math.Abs(base.Sub(s.day()).Hours()) >= 24*365 && s.sentencesBetween(s.lastDayAt, m.start) <= 1 && s.tense(m.start, m.end) == tensePast && f.dayOff == 0 && // ("joined on Jan. 1, 1973. Sterling lost 10 percent overnight": the night before the news)
					// (nor after a day of the news's own told before it in its
					// sentence, "on Tuesday afternoon, beating the previous
					// record set on July 25, 2019. … closed between 1 and
					// 4pm")
					!s.nearDayBefore() &&
					// (the observance may come after the clock time too: "At
					// noon, sirens sounded and the crowd stood in silence")
					!s.anyBetween(max(m.start-12, 0), min(m.end+16, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.observances) && s.sameSentence(k, m.start) })) &&
				!(s.pluperfectSentence(m.start) && s.sentencesBetween(s.lastDayAt, m.start) <= 1 && base.Before(s.day())) && // ("denies killing him on 3 March. … he had been drinking before the fight broke out shortly after 2am")
				!(base.After(s.day()) && !s.dctTold && s.sentencesBetween(s.lastDayAt, m.start) <= 1 && s.tense(m.start, m.end) == tenseFuture) { // ("will hold watch-night services on New Year's Eve. … the service will begin at 10 p.m.": the day ahead goes on, in a story that has not told of the news's own day)
				// a day far from the DCT, named in an earlier sentence, is
				// background ("gave testimony on Aug. 6. … an address at
				// 10 p.m."): the time is on the day of the news; but a past
				// clause right after a day in history goes on telling it
				// ("On this day in 1969, they landed on the moon. The
				// module touched down at 4:17 p.m."), unless the clause
				// tells of the day's observance ("The ceremony paused for
				// a moment of silence at 8:46 a.m.")
				ok = false
			}
			if ok && f.dayOff != 0 && s.sentencesBetween(s.lastDayAt, m.start) > 1 {
				// "overnight" is the night before the news unless the
				// story is telling of a day named just before
				ok = false
			}
			if ok && f.dayOff != 0 && s.hasDCT && base.Before(s.day()) && !s.sameSentence(s.lastDayAt, m.start) && s.tense(m.start, m.end) == tenseFuture {
				// "Gov. Greg Abbott on Tuesday called for an investigation.
				// Forecasters said another round of sleet would move through
				// overnight": the night ahead of the news, not of a day gone
				// by that another sentence told
				ok = false
			}
			if !ok {
				if !s.hasDCT {
					return s.unresolvedDate(f, tx)
				}
				base = s.day()
				if ld := s.leadDayT; !ld.IsZero() && !ld.After(base) && base.Sub(ld) <= 24*farDay*time.Hour && s.tense(m.start, m.end) == tensePast &&
					s.anyBetween(max(m.start-12, 0), m.start-1, func(k int) bool { return s.inList(k, s.t.lists.observances) && s.sameSentence(k, m.start) }) {
					// "Residents gathered on Friday to remember the 23 killed
					// … The blast on the afternoon of May 13, 2000, … A bell
					// rang at 3:35 p.m.": the observance the lead told of
					base = ld
				} else if ld := s.leadDayT; !ld.IsZero() && ld.Before(base) && base.Sub(ld) <= 24*time.Hour && (s.tense(m.start, m.end) == tensePast || s.tense(m.start, m.end) == tenseUnknown && s.pastFarBack(m.start, false)) && s.lastDayT.Before(ld) && f.dayOff == 0 {
					// (a past verb further back counts too: "Researchers
					// spent five months checking the result before going
					// public at a news conference at 10:30 a.m.")
					// "The Dow closed above 10,000 for the first time Monday
					// … two weeks after it first crossed the milestone on
					// March 16. Traders … broke into applause at 4 p.m.",
					// told on Tuesday: past a day in the background, a past
					// clause goes back to the lead's day, the day before the
					// news
					base = ld
				}
				if s.lastDayAt > s.futureDayAt && s.timetableAhead(m, base) {
					// "Russians vote on Sunday, three months after
					// Yeltsin's resignation on New Year's Eve. Polls close
					// at 10 p.m.": the day ahead, past the day in history
					base = s.futureDayT
				} else if s.lastDayAt >= s.futureDayAt && s.storyEventAhead(m) {
					// "Chileans vote on Sunday in a runoff … won 46 percent
					// in the first round on Dec. 11. … Polls close at 4
					// p.m.": so too further on, when the event ahead is the
					// lead's
					base = s.storyDay(m)
				}
			} else if t := s.tense(m.start, m.end); s.hasDCT && base.After(s.day()) && t == tensePast && !(m.start-s.lastDayAt <= 4 && s.sameSentence(s.lastDayAt, m.start)) {
				// a past clause happens on a day gone by, not on the future
				// date just mentioned (but "on Monday from 4 am to 10 am"
				// keeps the day it was just given)
				base = s.day()
				if !s.lastPastDayT.IsZero() {
					base = s.lastPastDayT
				}
			} else if lv := s.leadVoteT; s.hasDCT && !lv.IsZero() && !sameDay(base, lv) && s.lastDayAt < m.start &&
				(base.After(s.day()) && t != tensePast || lv.After(s.day()) && (t == tensePresent || t == tenseFuture) || // ("Campaigning ended on Thursday, and polls open at 7 a.m.")
					sameDay(lv, s.day()) && base.Before(lv) && lv.Sub(base) <= 7*24*time.Hour && s.leadVoting()) && // (a vote on the news's day: "Italians voted on Sunday … whose death on Saturday night … Polling stations opened at 8 a.m.")
				(s.sameSentence(s.lastDayAt, m.start) && s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.inList(k, s.t.lists.pollWords) }) ||
					!s.sameSentence(s.lastDayAt, m.start) && s.pollWordsBefore(m)) &&
				!s.anyBetween(max(s.lastDayAt-8, 0), min(s.lastDayAt+3, len(s.toks)-1), func(k int) bool {
					return s.sameSentence(k, s.lastDayAt) && s.voteAt(k) && !(k > s.lastDayAt && s.inList(k, s.t.lists.pollWords)) // (", and polls open at 8 a.m." is the timetable itself)
				}) {
				// "Russians vote on Sunday … Campaigning must stop at
				// midnight on Friday, leaving a day of silence before
				// polling stations open at 8 a.m.", "… plans a rally on
				// Wednesday afternoon. The commission said voting would run
				// from 6 am": the polls' hours after another day are the
				// lead's vote's
				base = lv
			} else if s.timetableAhead(m, base) {
				base = s.futureDayT
			} else if !s.sameSentence(s.lastDayAt, m.start) && s.storyEventAhead(m) {
				// (or the timetable of an event named in its clause, "The
				// meeting at City Hall starts at 5.30pm", in a story whose
				// lead is not of the DCT's day: "Zimbabweans voted on
				// Monday … Polls close at 7 p.m." is Monday's)
				// "… ahead of Wednesday night's semi-final. … Kick-off is at
				// 7.45pm", "Liftoff is targeted for 12:20 GMT": the start of
				// the event ahead the story is about, however far back it
				// was named
				base = s.storyDay(m)
			} else if s.hasDCT && base.Before(s.day()) && (t == tensePresent || t == tenseFuture) && (!s.sameSentence(s.lastDayAt, m.start) || s.lastDayAt < m.start && s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool {
				return (s.wordIs(k, "and") || s.wordIs(k, "but")) && s.wordIs(k-1, ",")
			})) && // (or in a clause of its own after ", and": "Crowds began gathering on Thursday, and the BBC's coverage starts at 9 a.m.")
				(s.timetableBefore(m.start) || t == tensePresent && s.startEventNear(m.start, m.end)) && !s.scheduledInPast(m) {
				// and a present or future one not on a day gone by: "after
				// qualifying on Saturday. The race gets under way at 2.10pm",
				// "… open the World Cup on Thursday, with the build-up
				// overshadowed by Spain's sacking of its coach on Wednesday.
				// Kickoff is at 6 p.m."
				base = s.day()
			} else if lp := s.lastPoint; f.hasClock && (smallHours(f) || s.morningAfterClock(m, f)) && !m.rangeEnd && !m.restated && // (the early morning after an evening clock too, "Polls closed at 10 p.m. on Thursday. Cameron spoke at about 8:15 a.m.")
				(lateClockOn(lp, base) || smallHours(f) && sameDay(lp.t, base) && (lp.pod == "NI" && !lp.small || lp.pod == "EV") || // ("went on past midnight … cleared it at about 1 a.m.": the midnight that ends the day too)
					lp.g == model.GranDay && sameDay(lp.t, base) && lateClockOn(s.lastClock, base) && s.lastClockAt < s.lastAt && s.lastAt-s.lastClockAt <= 4 || // ("left Tallinn at 7 p.m. on Tuesday. Its first mayday was heard at 1:24 a.m.")
					lp.g < model.GranDay && lateClockOn(s.lastClock, base) && s.lastClockAt < s.lastDayAt && s.lastDayAt-s.lastClockAt <= 4 && s.sentencesBetween(s.lastClockAt, m.start) <= 3) && // (past a year or decade that is no day: "Polls closed at 10 p.m. on Monday. … the parties that had run Italy since the late 1940s. Occhetto conceded defeat at 3 a.m.")
				!(s.hasDCT && sameDay(base, s.day()) && s.tense(m.start, m.end) == tensePast) {
				// "on Wednesday night … at 3:40 a.m.": the small hours after it
				// (but after "safe tonight", "Rescuers began pulling the men
				// up at about 1 a.m." tells of this morning's small hours)
				base = base.AddDate(0, 0, 1)
			} else if f.hasClock && !m.rangeEnd && !m.restated && s.sameMorningAsLast(m, f, base) {
				// "Polls closed at 10 p.m. on Thursday. The result was clear
				// by 4 a.m. Cameron spoke at 8:15 a.m.": a morning clock time
				// after one put on the next morning is that morning's too
				base = base.AddDate(0, 0, 1)
			} else if f.hasClock && s.hasDCT && !evTold && !sameDay(base, s.day()) && (s.tradingAfter(m.end) || s.shareQuote(m)) {
				// "The shares rose 2.4 percent to $52.18 at 10:15 a.m. in New
				// York trading": the market's day, the news's, whatever day
				// the sentence before told of
				base = s.day()
			} else if u := m.start - 1; f.hasClock && smallHours(f) && !m.rangeEnd && m.start > 0 && (s.wordIs(u, "until") || s.wordIs(u, "till") || s.wordIs(u, "past") ||
				u > 0 && s.wordIs(u, "after") && (s.wordIs(u-1, "until") || s.wordIs(u-1, "till"))) && sameDay(s.lastDayT, base) && !s.hadWithin(m.start, 10) && // (or "until after": "were not posted until after 3 a.m.")
				!(sameDay(s.lastClock.t, base) && s.lastClock.t.Hour() < 7 && s.lastClock.t.Hour() <= f.hour24()) && // (not after "hit the comet at 1:52 a.m. … a news conference that ran past 3 a.m.": the same small hours)
				!(s.lastDayAt >= 0 && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start) && s.wordBetween(s.lastDayAt, m.start, "after")) && // (nor what came before the day told: "plunged back into talks on Monday after negotiating until 3 a.m.")
				!(s.hasDCT && sameDay(base, s.day()) && s.tense(m.start, m.end) == tensePast) { // (a past "until 5am" told on the day is this morning)
				// "beat Northern Ireland yesterday … fans celebrated until
				// 3am", "On Wednesday, … Negotiators worked past 2 a.m.": a
				// night that runs on past midnight
				base = base.AddDate(0, 0, 1)
			}
			if f.hasClock && (s.thatDayAfter(m.end) || s.rangeEndThatDay(m)) {
				// "the anniversary, which falls on Monday, June 26, will be
				// marked … this weekend. Several bookshops plan to open at 9
				// a.m. that day": the time is on the day "that day" names,
				// the day last told even when it bounds ("The hearing was
				// adjourned until Monday. The judge said she would rule at 2
				// p.m. that day")
				if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.g != model.GranSeason && !lp.weekend() && lp.end.IsZero() &&
					s.lastAt > s.lastDayAt && m.start-s.lastAt <= anaphorReach {
					base = lp.calendarDay()
				} else if d, ok := s.lastDay(); ok && m.start-s.lastDayAt <= anaphorReach {
					base = d
				}
				if fd, ok := s.thatDayAhead(m); ok && !base.After(s.day()) {
					// "… will march to the State House on January 17. …
					// Churches will open their doors at 7 a.m. that day": the
					// day ahead, not the day gone by told since
					base = fd
				}
			}
			if night, day := s.wordIs(m.end+1, "night"), s.wordIs(m.end+1, "day"); f.hasClock && m.end+2 < len(s.toks) && s.wordIs(m.end, "the") && (night && f.hour24() >= 12 || day) &&
				(s.wordIs(m.end+2, "before") || s.wordIs(m.end+2, "after")) && (m.end+3 >= len(s.toks) || s.toks[m.end+3].Kind == tokPunct) {
				// "The ferry sank on Sept. 3, 2019. It had left port at 11:45
				// p.m. the night before", "had checked it at 4 p.m. the day
				// before": the day before (or after) the last day told (but
				// the small hours of "the night before" are on that day)
				if d, ok := s.lastDay(); ok && s.lastDayAt < m.start && s.sentencesBetween(s.lastDayAt, m.start) <= 1 {
					if s.wordIs(m.end+2, "before") {
						base = d.AddDate(0, 0, -1)
					} else {
						base = d.AddDate(0, 0, 1)
					}
				}
			}
			tx.Implied = true
			return s.withTime(m, tx, point{t: base, g: model.GranDay}), true
		default:
			return point{}, false
		}
	}
	switch {
	case f.month != 0 && f.weekday != 0 && f.ord >= 1 && f.day == 0:
		// "the first Monday in October"; ordinal 99 is the last one
		nth := func(y int) (time.Time, bool) {
			if f.ord == 99 {
				last := ymd(y, f.month+1, 1).AddDate(0, 0, -1)
				return last.AddDate(0, 0, -((isoWeekday(last) - f.weekday + 7) % 7)), true
			}
			first := ymd(y, f.month, 1)
			d := first.AddDate(0, 0, (f.weekday-isoWeekday(first)+7)%7+7*(f.ord-1))
			return d, int(d.Month()) == f.month
		}
		d, ok := nth(year)
		if !ok {
			return point{}, false
		}
		if f.year == 0 && s.hasDCT {
			// the year was inferred for the month: the day itself must lie
			// on the side of the DCT its clause speaks of
			switch t := s.tense(m.start, m.end); {
			case t == tensePast && d.After(s.day()):
				d, ok = nth(year - 1)
			case t == tenseFuture && d.Before(s.day()):
				d, ok = nth(year + 1)
			}
			if !ok {
				return point{}, false
			}
		}
		return s.withTime(m, tx, point{t: d, g: model.GranDay}), true
	case f.month != 0 && f.day != 0:
		if f.day > daysIn(year, f.month) {
			return point{}, false
		}
		if f.unit == "W" {
			return point{t: ymd(year, f.month, f.day), g: model.GranWeek}, true // "the week of March 6"
		}
		if f.unit == "WE" {
			return weekendOf(ymd(year, f.month, f.day), f.shift, tx), true // "the weekend of June 24"
		}
		return s.withTime(m, tx, point{t: ymd(year, f.month, f.day), g: model.GranDay}), true
	case f.month != 0 && f.unit == "W" && f.ord >= 1 && f.ord <= 4:
		// "the second week of August": the week that holds its 11th day,
		// the second of those mostly in August (so the first week of
		// January is ISO week 1, which holds January 4)
		return point{t: ymd(year, f.month, 4+7*(f.ord-1)), g: model.GranWeek}, true
	case f.month != 0 && f.unit == "WE" && f.ord == -1:
		// "the last weekend of August": the weekend of the month's last
		// Saturday
		last := ymd(year, f.month, daysIn(year, f.month))
		return weekendOf(last.AddDate(0, 0, -((isoWeekday(last)+1)%7)), 0, tx), true
	case f.month != 0 && f.unit == "W" && f.ord == -1:
		// "the last week of December", "the final week of 2015": the
		// last week mostly in the month, the one that holds its fourth
		// day from the end
		return point{t: ymd(year, f.month, daysIn(year, f.month)-3), g: model.GranWeek}, true
	case f.month != 0 && f.unit == "WE" && f.ord >= 1 && f.ord <= 4:
		// "the first weekend of June": the weekend of the month's first
		// Saturday, and so on
		first := ymd(year, f.month, 1)
		sat := first.AddDate(0, 0, (6-isoWeekday(first)+7)%7+7*(f.ord-1))
		return weekendOf(sat, 0, tx), true
	case f.month != 0:
		return point{t: ymd(year, f.month, 1), g: model.GranMonth}, true
	case f.season != "":
		return point{t: ymd(year, int(seasonMonths[f.season]), 1), g: model.GranSeason, season: f.season}, true
	case f.unit == "Q" && f.ord >= 1 && f.ord <= 4:
		return point{t: ymd(year, (f.ord-1)*3+1, 1), g: model.GranQuarter}, true
	case f.unit == "HALF" && f.ord >= 1 && f.ord <= 2:
		return point{t: ymd(year, (f.ord-1)*6+1, 1), g: model.GranHalf}, true
	}
	return point{t: ymd(year, 1, 1), g: model.GranYear}, true
}

// periodJustBegun reports whether a period that began on start, less
// than seven weeks before the DCT, is told of whole in a past clause:
// what is told in the past of it is then the same period a year back. A
// purpose's "for" in mid-sentence looks ahead ("set a target for the
// year"), while "For the full year, profit rose" opens a report.
func (s *Session) periodJustBegun(m *match, start time.Time) bool {
	d := s.day()
	if d.Before(start) || d.Sub(start) >= 49*24*time.Hour || m.f.mod != "" || m.rule.mod != "" || s.hasWord(m, "earlier") || s.hasWord(m, "in") ||
		s.tense(m.start, m.end) != tensePast || s.hadWithin(m.start, 8) {
		// (the whole period only: the start of one just begun is gone by,
		// "prices have fallen since the start of the year", and so are
		// "earlier in the year" and "early in the year")
		return false
	}
	if _, k := s.scanTenseAt(m.start-1, -1); k >= 0 && (s.wordIs(k, "has") || s.wordIs(k, "have") || k > 0 && (s.wordIs(k-1, "has") || s.wordIs(k-1, "have"))) {
		return false // "Sales have risen so far in the first half"
	}
	// (nor is "the biggest fall of the year", "the first storm of the
	// year", "the year's first": so far in the year begun; nor "started
	// the year with a rally", "as the year began")
	opening := func(k int) bool { return s.inList(k, s.t.lists.beginnings) || s.inList(k, s.t.lists.openings) }
	return !(m.start > 0 && (s.wordIs(m.start-1, "for") && !s.sentenceStart(m.start-1) || s.wordIs(m.start-1, "of")) ||
		s.possessiveMark(m.end) || opening(m.start-1) || opening(m.end) || m.start > 1 && s.wordIs(m.start-1, "off") && opening(m.start-2))
}

// headingAt reports whether token i is "heads", "heading" or "headed":
// "appeared headed for a November runoff", "heading into the summer".
func (s *Session) headingAt(i int) bool {
	return s.wordIs(i, "headed") || s.wordIs(i, "heading") || s.wordIs(i, "heads")
}

// progressiveFor reports whether "for" before token i ends a progressive
// clause ("said it was sharply increasing supply for the second half"):
// what one is doing for a period is done ahead of it.
func (s *Session) progressiveFor(i int) bool {
	if i < 3 || !s.wordIs(i-1, "for") {
		return false
	}
	for k := i - 2; k > 0 && k >= i-8; k-- {
		t := s.toks[k]
		if t.Kind == tokNum || t.Kind == tokPunct && s.t.lex.inClass(s.t.lex.id(strings.ToLower(s.r.text[t.Start:t.End])), s.t.lists.currencySymbols) { // (a symbol the tokenizer does not know, "£", is looked up by its text)
			continue // (an amount sought: "is seeking an additional $30 million for the fourth quarter")
		}
		if t.Kind != tokWord {
			return false
		}
		if strings.HasSuffix(s.r.text[t.Start:t.End], "ing") && (s.isBe(k-1) || k > 1 && s.isAdverb(k-1) && s.isBe(k-2)) {
			return true // (an -ing object goes on: "were cutting spending for")
		}
	}
	return false
}

// unresolvedDate writes an XXXX value for a date that needs the unknown DCT.
func (s *Session) unresolvedDate(f frame, tx *model.Timex) (point, bool) {
	tx.Implied = true
	y := "XXXX"
	if f.year != 0 {
		y = fmt.Sprintf("%04d", f.year)
	}
	switch {
	case f.month != 0 && f.day != 0:
		tx.Value = fmt.Sprintf("%s-%02d-%02d", y, f.month, f.day)
	case f.month != 0:
		tx.Value = fmt.Sprintf("%s-%02d", y, f.month)
	case f.season != "":
		tx.Value = y + "-" + f.season
	case f.unit == "Q" && f.ord != 0:
		tx.Value = fmt.Sprintf("%s-Q%d", y, f.ord)
	case f.weekday != 0:
		tx.Value = fmt.Sprintf("XXXX-WXX-%d", f.weekday)
	case f.unit == "D" && f.ord >= 1 && f.ord <= 31 && !f.hasShift:
		tx.Value = fmt.Sprintf("XXXX-XX-%02d", f.ord) // "on the 18th"
	default:
		tx.Value = unresolvedUnit(f.unit)
	}
	if (f.hasClock || f.pod != "") && tx.Value == "XXXX" && f.year == 0 {
		tx.Value = "XXXX-XX-XX" // "at 3 p.m.", "that night": some day
	}
	switch {
	case f.hasClock && !strings.HasSuffix(tx.Value, "XXXX") && !strings.HasPrefix(tx.Value, "P"):
		tx.Value += fmt.Sprintf("T%02d:%02d", f.hour24(), f.minute)
		if tx.Type == "DATE" {
			tx.Type = "TIME"
		}
	case f.pod != "":
		tx.Value += "T" + f.pod
	}
	return point{}, true
}

// unresolvedUnit is the XXXX value of a unit relative to an unknown DCT.
func unresolvedUnit(unit string) string {
	switch unit {
	case "D":
		return "XXXX-XX-XX"
	case "W", "WE":
		return "XXXX-WXX"
	case "M":
		return "XXXX-XX"
	case "Q":
		return "XXXX-QX"
	case "E":
		return "XXX"
	case "C":
		return "XX"
	default:
		return "XXXX"
	}
}

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return ymd(y, m+1, 1).AddDate(0, 0, -1).Day() }

// withTime adds the clock time or part of day of the match to a day.
func (s *Session) withTime(m *match, tx *model.Timex, p point) point {
	f := m.f
	switch {
	case f.hasClock:
		h := f.hour24()
		if h == 24 && m.end-m.start == 1 && s.bareClock(m) && s.hasDCT && sameDay(p.t, s.day()) && s.tense(m.start, m.end) == tensePast && !s.wordIs(m.start-1, "from") &&
			!s.postponed(m.start) {
			// "Shortly after midnight, Croatians began withdrawing euros",
			// "Germany became one nation again at the stroke of midnight":
			// told in the past on the publication day, the midnight that
			// opened it (but a display "moved from midnight to 9.30pm" and
			// a deadline "extended until midnight" are still to come;
			// "the protest lasted until midnight" is the one gone by)
			h = 0
		}
		if h == 24 && m.start > 0 && s.wordIs(m.start-1, "after") && s.clockNamesDay(m) && !s.untilAfter(m.start-1) && s.tense(m.start, m.end) == tensePast {
			// "The air offensive began shortly after midnight on
			// Thursday": what began after a midnight in the past named
			// with its day began on that day (but "results are expected
			// after midnight Saturday" end the day, and a story's day is
			// no guide: "The Senate voted late Wednesday. Obama signed
			// the bill shortly after midnight" ends Wednesday, and "sat
			// until after midnight on Monday" runs on into Monday night)
			h = 0
		}
		day := time.Date(p.t.Year(), p.t.Month(), p.t.Day()+f.clockDays, 0, 0, 0, 0, time.UTC)
		if wd := f.zoneWeekday; wd != 0 && isoWeekday(day) != wd {
			// (the clocks could not tell: "9 p.m. Eastern time, which was
			// 10 a.m. Thursday in Pyongyang" is the day after)
			if isoWeekday(day.AddDate(0, 0, 1)) == wd {
				day = day.AddDate(0, 0, 1)
			} else if isoWeekday(day.AddDate(0, 0, -1)) == wd {
				day = day.AddDate(0, 0, -1)
			}
		}
		p.t = day.Add(time.Duration(h)*time.Hour + time.Duration(f.minute)*time.Minute)
		p.g = model.GranMinute
		if h == 24 {
			p.pod = "24"
		}
		if tx.Type == "DATE" {
			tx.Type = "TIME"
		}
	case f.pod != "":
		p.g, p.pod = model.GranPartOfDay, f.pod
		p.small = s.hasWord(m, "hours")
		if tx.Type == "DATE" {
			tx.Type = "TIME"
		}
	}
	return p
}

// untilAfter reports whether the "after" at token k follows "until" or
// "till", maybe across "well", "long" or "just": "until well after".
func (s *Session) untilAfter(k int) bool {
	j := k - 1
	if s.wordIs(j, "well") || s.wordIs(j, "long") || s.wordIs(j, "just") || s.wordIs(j, "shortly") {
		j--
	}
	return s.wordIs(j, "until") || s.wordIs(j, "till")
}

// clockNamesDay reports whether a clock time names its weekday, in its own
// match or right after it: "midnight Thursday", "midnight on Thursday".
func (s *Session) clockNamesDay(m *match) bool {
	if m.f.weekday != 0 {
		return true
	}
	i := m.end
	if i < len(s.toks) && s.wordIs(i, "on") {
		i++
	}
	if i >= len(s.toks) {
		return false
	}
	_, ok := s.weekdayAt(i)
	return ok
}

// haveDone reports whether the past form at token i follows "have" or
// "get" and its object, a short noun phrase: "will have their general
// waste collected", "had the suspect arrested". It is a participle.
func (s *Session) haveDone(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := s.toks[j]
		if t.Kind != tokWord {
			return false
		}
		if l := &s.t.lists; t.Word >= 0 && (t.Word == l.idHave || t.Word == l.idHad || t.Word == l.idGet || t.Word == l.idGot) {
			// only "had", "got", or "have"/"get" after a modal or "to"
			// ("will have their waste collected", "to get it approved"):
			// not "Germany has a law passed in December", "Having its
			// licence revoked in March"
			return j < i-1 && (t.Word == l.idHad || t.Word == l.idGot || j > 0 && (s.isModal(j-1) || s.toks[j-1].Word == l.idTo))
		}
		if s.tenseOf(j) != tenseUnknown || s.isBe(j) || s.isModal(j) || s.inList(j, s.t.lists.prepositions) ||
			s.inList(j, s.t.lists.relative) || s.wordIs(j, "that") || s.wordIs(j, "and") || s.wordIs(j, "or") {
			return false
		}
	}
	return false
}

// absoluteWith returns the "with" when the past form at token i follows ", with"
// and a short noun phrase (", with U.S. markets closed", ", with the polls
// shut"), else -1. It is a participle, no tense of its own (but "stick
// with the cuts agreed in March" and "talks with bank chiefs that ran" have
// no comma).
func (s *Session) absoluteWith(i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if s.wordIs(j, "with") {
			if j < i-1 && j > 0 && s.wordIs(j-1, ",") {
				return j
			}
			return -1
		}
		if t := s.toks[j]; t.Kind != tokWord && !(t.Kind == tokPunct && s.wordIs(j, ".")) || s.tenseOf(j) != tenseUnknown || s.isBe(j) || s.isModal(j) ||
			s.inList(j, s.t.lists.prepositions) || s.inList(j, s.t.lists.relative) || s.wordIs(j, "that") {
			return -1
		}
	}
	return -1
}

// thatDayAhead finds the day ahead that "that day" in a future clause
// at m means when the last day told is gone by: the day ahead told
// before it ("The Premier League will resume on June 17. Clubs agreed
// the restart date on Thursday, and the first two matches will kick off
// at 6 p.m. and 8:15 p.m. that day"), up to twice the usual reach back.
func (s *Session) thatDayAhead(m *match) (time.Time, bool) {
	if !s.hasDCT || s.futureDayAt < 0 || s.futureDayAt >= s.lastDayAt || m.start-s.futureDayAt > 2*anaphorReach ||
		s.tense(m.start, m.end) != tenseFuture || s.wouldBefore(m.start) {
		return time.Time{}, false
	}
	return s.futureDayT, true
}

// lastDay returns the day of the last date mentioned, if it was a day.
// It is the last day-level date, even when a coarser one came after it
// ("on Oct. 23 … in 1994 … at 10 p.m." is on Oct. 23).
func (s *Session) lastDay() (time.Time, bool) {
	if s.lastDayT.IsZero() {
		return time.Time{}, false
	}
	return s.lastDayT, true
}

// inferYear picks the year of a month, a day or a season given without
// one. The nearest such date to the DCT wins, a date ahead counting as
// further off (futureWeight) unless a deadline word looks ahead ("runs
// until March 31"); the clause's tense may then send a date more than
// tenseOverride days off to the other side. A deadline moves only forward,
// in a future clause ("elections will be held by December"), and "since"
// always looks back.
func (s *Session) inferYear(m *match) int {
	f := m.f
	dy := s.dct.Year()
	if f.month == 0 && f.season == "" {
		return dy
	}
	if y, ok := s.fiscalYearBegun(m); ok {
		return y
	}
	if s.fromNowTo(m.start) || s.bookedFor(m.start) {
		// "We have an enormous amount of work to do between now and
		// January," told in November: a span from now ends ahead, in the
		// month now or the next one to come; so does what is booked ("said
		// bookings for July and August were down", told in March)
		for y := dy; y <= dy+1; y++ {
			if f.month != 0 && (y > dy || f.month >= int(s.dct.Month())) || f.month == 0 && (y > dy || int(seasonMonths[f.season])+2 >= int(s.dct.Month())) {
				return y
			}
		}
	}
	if f.month != 0 && f.day == 0 && s.afterThisYearCount(m.start) && f.month <= int(s.dct.Month()) {
		// "It would be the third lapse in funding this year, after brief
		// shutdowns in January and February", told in December: the
		// earlier ones counted in this year
		return dy
	}
	day := f.day
	if day == 0 {
		day = 15 // compare months by their middle
	}
	now := s.day()
	// when, in year y, the month or season falls (a season by its middle
	// month: winter's is the January after its December)
	at := func(y int) (t time.Time, current bool) {
		if f.month != 0 {
			return ymd(y, f.month, 1).AddDate(0, 0, day-1), f.day == 0 && y == dy && f.month == int(now.Month())
		}
		start := ymd(y, int(seasonMonths[f.season]), 1)
		return start.AddDate(0, 1, 14), !now.Before(start) && now.Before(start.AddDate(0, 3, 0))
	}
	// the first year whose month or season is under way or still to come,
	// and when it falls then (next year's always is)
	next := func() (int, time.Time) {
		if c, current := at(dy); current || !c.Before(now) {
			return dy, c
		}
		c, _ := at(dy + 1)
		return dy + 1, c
	}
	if lead, ok := s.leadBefore(m); ok {
		// "eight months before the Nov. 5 vote", "with six months to go
		// until the opening ceremony on July 27", "ten weeks before a
		// federal election on September 26": a span counted to the date
		// from now puts it in the year it lands in, when one does (a
		// recap, "The attack came two weeks before the March 3 vote", is
		// counted from no now: see leadBefore)
		target := now.Add(lead)
		for y := dy - 1; y <= dy+1; y++ {
			if c, _ := at(y); math.Abs(c.Sub(target).Hours()) <= math.Max(lead.Hours()*0.35, 10*24) {
				return y
			}
		}
	}
	best, bestDist := dy, math.MaxFloat64
	cands := map[int]float64{}
	deadline := s.after(m, s.t.lists.deadline)
	deadlineNoun := s.deadlineNounBefore(m.start)
	tense := s.tense(m.start, m.end)
	if f.season != "" && f.month == 0 && m.end-m.start == 1 && m.end < len(s.toks) && s.inList(m.end, s.t.lists.seasonNouns) && m.start > 0 && !s.wordIs(m.start-1, "the") && tense == tenseFuture {
		// "would meet its target despite the devastating summer floods":
		// a season that qualifies a noun is the nearest one, whatever the
		// future of the clause says (a past clause keeps its tense: "was
		// criticised for its response to the summer floods")
		tense = tenseUnknown
	}
	if f.season != "" && f.month == 0 && m.end-m.start == 1 && m.end < len(s.toks) && (m.start == 0 || !s.inList(m.start-1, s.t.lists.prepositions)) &&
		(s.isModal(m.end) || s.isBe(m.end) || s.tenseOf(m.end) != tenseUnknown) {
		// "The clocks fell back on Sunday, and now winter is knocking on
		// the door", "did not see his shadow, meaning spring will come
		// early": a season that is the subject of its own verb takes that
		// verb's tense, not the clause's before it
		if v := s.scanTense(m.end, 1); v != tenseUnknown && !(v == tensePresent && tense == tenseFuture) {
			tense = v // (a present after "once" or "when" in a future keeps it: "will resume once spring arrives")
		}
	}
	// the tense of the words before the date, and where it was read
	backTense, backAt := s.scanTenseAt(m.start-1, -1)
	if k := backAt; backTense == tensePast && k >= 0 && k < m.start-3 && (s.wordIs(k, "promised") || s.wordIs(k, "pledged")) && !s.commaBetween(k, m.start) && !s.hadBefore(k) &&
		!s.anyBetween(k+1, m.start-1, func(j int) bool { return s.toks[j].Kind == tokNum || s.wordIs(j, "$") }) { // (not an amount pledged then: "Donors pledged $2 billion in January")
		// "has promised an audit within 100 days and his first budget in
		// August", "has promised a budget in the fall": what is promised
		// for a month lies ahead (not the promise's own "promised in May
		// to …", nor "had promised")
		tense = tenseFuture
	}
	asEarlyAs := false // "could reopen as early as March"
	if v, k := backTense, backAt; v == tenseFuture && k > 0 && k == m.start-3 && s.wordIs(k, "as") && s.wordIs(k+1, "early") {
		if s.knownAsEarlyAs(m.start) {
			tense = tensePast
		} else if pv, pk := s.scanTenseAt(k-1, -1); pv == tenseFuture && !s.hadBefore(pk) {
			asEarlyAs = true
		}
	}
	if f.season != "" && f.month == 0 && m.start > 0 && s.wordIs(m.start-1, "for") && s.wordIs(m.start, "the") && tense == tensePast && !s.hadBefore(m.start) {
		// "ferry operators cut their fares for the summer and promised
		// departures every 45 minutes", told in May: what was done for a
		// season is done for the nearest one, mostly the one to come
		tense = tenseUnknown
	}
	if s.extensionBefore(m.start) {
		// "reported waiting lists stretching into May", told in March: a
		// state running on from the telling reaches the nearest one,
		// whatever the tense of the verb it hangs on
		tense = tenseUnknown
	}
	if m.end+2 < len(s.toks) && s.wordIs(m.end, "at") && s.wordIs(m.end+1, "the") && s.wordIs(m.end+2, "latest") {
		// "had demanded a vote in early January at the latest": a
		// deadline, ahead of the telling
		tense = tenseFuture
	}
	if s.urgedAt(backTense, backAt, m.start) {
		// "urged voters to make their voices heard in November": what
		// someone was told to do lies ahead of the telling
		tense = tenseFuture
	}
	nextAhead := tense == tensePresent && backTense == tensePresent && s.nextSubjectBefore(backAt)
	if nextAhead {
		// "Their next chance to see a total eclipse comes in January",
		// told in July: what comes "next" is still to come
		tense = tenseFuture
	}
	if f.month != 0 && s.incidentAfterThe(m.start, m.end) && tense != tenseFuture {
		// "Alvarado is charged in the March 9 shooting": an incident named
		// by its day has happened
		tense = tensePast
	}
	if (tense == tenseFuture || tense == tensePresent) && s.pastAsideAround(m.start, m.end) {
		// "The Hubble Space Telescope, repaired by shuttle astronauts in
		// December, will photograph the planet": the aside's past, not
		// the main clause's future
		tense = tensePast
	}
	ahead := deadline && tense != tensePast || // "runs until March 31", not "lasted until February"
		deadlineNoun || // "setting a deadline of the end of April for a final agreement"
		tense == tensePresent && s.scheduled(m) || // "the summit opens in June"
		// "parties are gearing up for the November elections": an event
		// named by its month, prepared for in the present or told in the
		// future (but "say the November elections were rigged")
		(tense == tenseFuture || tense == tensePresent && m.start > 1 && s.wordIs(m.start-2, "for")) && f.day == 0 && f.month != 0 && m.start > 0 && s.wordIs(m.start-1, "the") && s.eventAfter(m.end)
	// an event "ahead of" which the news stands, "on" a day or "in" a month,
	// and whether a past clause tells of it with "in"
	aheadOn := s.aheadOfEventOn(m.start) && !s.hadWithin(m.start, 10)
	pastIn := aheadOn && s.wordIs(m.start-1, "in") && s.scanTense(m.start-1, -1) == tensePast
	aheadOf := m.start >= 2 && s.wordIs(m.start-1, "of") && s.wordIs(m.start-2, "ahead") && f.season != "" ||
		m.start >= 3 && s.wordIs(m.start-1, "the") && s.wordIs(m.start-2, "of") && s.wordIs(m.start-3, "ahead") && f.season != "" || // "ahead of the summer driving season"
		m.start >= 3 && s.wordIs(m.start-1, "the") && s.wordIs(m.start-2, "of") && s.wordIs(m.start-3, "ahead") && s.eventAfter(m.end) ||
		aheadOn && !pastIn ||
		m.start >= 2 && s.wordIs(m.start-1, "the") && s.wordIs(m.start-2, "before") && s.eventAfter(m.end) && !s.hadWithin(m.start, 10) ||
		// "appeared headed for a November runoff": an event the news is
		// heading for
		f.day == 0 && m.start >= 3 && (s.wordIs(m.start-1, "a") || s.wordIs(m.start-1, "the")) && s.wordIs(m.start-2, "for") &&
			s.headingAt(m.start-3) && s.eventAfter(m.end) && !s.hadWithin(m.start, 10) ||
		// "the recovery heading into the summer": the season the news is
		// heading into
		f.season != "" && m.start >= 2 && s.wordIs(m.start, "the") && (s.wordIs(m.start-1, "into") || s.wordIs(m.start-1, "toward") || s.wordIs(m.start-1, "towards")) &&
			s.headingAt(m.start-2) && !s.hadWithin(m.start, 10)
	if pastIn || m.start > 1 && s.wordIs(m.start-1, "the") && s.wordIs(m.start-2, "with") && s.eventApproaching(m.end) {
		// "who hosted the ceremony with the Nov. 3 presidential election
		// approaching", "Gun sales jumped ahead of the election in
		// November": an event still to come, if it comes within four
		// months ("Emails show that with the Nov. 6 election nearing, the
		// IRS …", told in June, and "The pound slumped ahead of the
		// referendum in June", told in December, look back at the last one)
		if _, c := next(); c.Sub(now) <= 120*24*time.Hour {
			aheadOf = true
		}
	}
	if aheadOf {
		// "had led polls ahead of the October election", "the last
		// budget before the April 14 vote": an event still to come,
		// whatever the tense, unless the past one is much nearer; so is
		// one a day was set for ("called new elections for December")
		ahead = true
	}
	if m.start > 0 && f.day == 0 && f.season == "" && ((s.wordIs(m.start-1, "cover") || s.wordIs(m.start-1, "covers") || s.wordIs(m.start-1, "covering")) && s.pastOrPresentBefore(m.start) &&
		!s.anyBetween(max(m.start-12, 0), m.start-2, func(k int) bool { return s.inList(k, s.t.lists.forecasts) && s.sameSentence(k, m.start) }) || // (not an outlook's: "The outlook from the weather service covers December through February")
		m.start > 1 && s.wordIs(m.start-1, "for") && s.inList(m.start-2, s.t.lists.figures) && f.month != 0 && !(m.end < len(s.toks) && s.inList(m.end, s.t.lists.futures)) &&
			s.anyBetween(max(m.start-6, 0), m.start-2, func(k int) bool { return s.inList(k, s.t.lists.publishing) && s.sameSentence(k, m.start) }) ||
		// "released March producer prices", "will report May retail sales"
		f.month != 0 && m.start > 0 && s.anyBetween(m.end, min(m.end+2, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.figures) }) &&
			s.anyBetween(max(m.start-4, 0), m.start-1, func(k int) bool { return s.inList(k, s.t.lists.publishing) && s.sameSentence(k, m.start) })) {
		// "The statistics, which cover February, will be published", "is
		// scheduled to publish producer prices for January on Friday":
		// figures cover a month gone by, the last one not ahead (but "gas
		// prices for March will rise" are no report's)
		soon := now
		if tense == tenseFuture {
			// "will report December retail sales", told in late November:
			// a month that ends within a month or so may be reported ahead
			soon = now.AddDate(0, 1, 0)
		}
		for y := dy + 1; y >= dy-1; y-- {
			if c, current := at(y); current || !c.After(soon) {
				return y
			}
		}
	}
	if f.month != 0 && f.day == 0 && m.start >= 2 && s.wordIs(m.start-1, "to") && s.periodUnitAt(m.start-2) {
		// "inflation running at 2.6 percent in the 12 months to April": a
		// period of figures that has ended, the last such month not ahead
		// (a day may be a forecast's end: "the year to April 7")
		for y := dy; y >= dy-1; y-- {
			if c, current := at(y); current || !c.After(now) {
				return y
			}
		}
	}
	if f.season == "WI" && f.month == 0 && f.mod == "" && now.Month() <= time.February && m.start > 0 && (s.wordIs(m.start-1, "before") || s.wordIs(m.start-1, "the") && m.start > 1 && s.wordIs(m.start-2, "before")) && tense != tensePast && !s.hadWithin(m.start, 10) &&
		(m.end >= len(s.toks) || s.toks[m.end].Kind == tokPunct || s.inList(m.end, s.t.lists.prepositions)) {
		// "would be in place before winter", told in January: a winter
		// not yet begun, where the calendar's is the one under way since
		// December (but "before the winter ends", "before the winter is
		// over" are that one, and "before the summer recess" is an event)
		for y := dy - 1; y <= dy+1; y++ {
			if ymd(y, int(seasonMonths[f.season]), 1).After(now) {
				return y
			}
		}
	}
	if s.scheduledFor(m.start) && !s.plannedThenPutOff(m) && !s.hadWithin(m.start, 10) {
		// "called new elections for December", "a tax increase
		// scheduled for October": the first such date not yet gone by
		for y := dy - 1; y <= dy+1; y++ {
			if c, current := at(y); current || !c.Before(now.AddDate(0, 0, -15)) {
				return y
			}
		}
	}
	if f.day == 0 && (m.end < len(s.toks) && (s.inList(m.end, s.t.lists.futures) || s.contractMonth(m)) || s.futuresFor(m)) {
		// "the October contract", "December futures", "December corn fell
		// 4 cents", "Gasoline futures for March": a delivery month ahead
		y, _ := next()
		return y
	}
	for y := dy - 1; y <= dy+1; y++ {
		c, current := at(y)
		d := c.Sub(now).Hours() / 24
		if current {
			d = 0 // a bare month in that month's article is this month
		}
		cands[y] = d
		dist := math.Abs(d)
		if d > 0 && !ahead || d < 0 && ahead {
			// news looks back, but "runs until March 31" looks ahead
			dist *= futureWeight
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	if nextAhead && cands[best] < 0 && cands[best+1] < 366 {
		// (however near the one gone by: "The next board meeting is in
		// October", told in November)
		return best + 1
	}
	if aheadOf && (tense == tenseFuture || tense == tensePresent) && cands[best] < 0 && cands[best+1] < 366 {
		// "A ruling is expected by the end of June, months before the
		// November election", told in March: what a present or future
		// clause does ahead of an event comes before it, so the event is
		// not gone by, however near the last one was
		best++
	}
	if f.weekday != 0 && f.day != 0 {
		// "Saturday, April 25": the nearest year in which that day is a
		// Saturday, looking back first ("In 2020, the race was not called
		// until Saturday, Nov. 7", in 2024)
		for _, y := range []int{best, best - 1, best + 1} {
			if isoWeekday(ymd(y, f.month, f.day)) == f.weekday {
				return y
			}
		}
		step := -1 // news looks back; a future clause looks ahead
		if tense == tenseFuture {
			step = 1
		}
		for k := 2; k <= 11; k++ {
			if y := best + step*k; isoWeekday(ymd(y, f.month, f.day)) == f.weekday {
				return y
			}
		}
	}
	if m.start > 0 && s.wordIs(m.start-1, "since") {
		if cands[best] > 0 && cands[best-1] > -366 {
			return best - 1 // "since late January": gone by
		}
		if cands[best] <= 0 {
			// "The walkout, the third since March, will halt most
			// services": gone by, whatever the tense of the clause
			return best
		}
	}
	if s.comparedWith(m.start, tense == tensePast || tense == tenseUnknown) && cands[best] > 0 && cands[best-1] > -366 && !s.startBefore(m.start) { // (not "cuts the rate to 21% from 35% starting Jan. 1")
		// "down from 5.6 percent in the spring", "closed on Friday, up
		// about 25 percent from its low in August": a figure gone by (but
		// "pensions will go up 4.1 percent from April" starts ahead)
		return best - 1
	}
	if f.day == 0 && tense == tenseFuture && s.startBefore(m.start) && !s.periodStart(m.start) {
		// "will debate a proposal to open the branches on Sundays
		// starting in September": a start told in the future is one not
		// yet gone by
		y, _ := next()
		return y
	}
	if v, k := backTense, backAt; v == tensePast && k >= 0 && s.formAt(k, s.t.lists.future) && s.hadBefore(k) ||
		s.startBefore(m.start) || m.start > 0 && s.wordIs(m.start-1, "from") && f.day != 0 || s.plannedThenPutOff(m) {
		// "The party had originally planned to announce the winner on 9
		// September" (a plan seen from the past), "ban imports from July
		// 1", "effective March 3": the nearest, whatever the tense of the
		// clause that sets it
		nearest := best
		for y := range cands {
			if math.Abs(cands[y]) < math.Abs(cands[nearest]) {
				nearest = y
			}
		}
		if next, ok := cands[nearest+1]; ok && cands[nearest] < -tenseOverride && next < 366 && (tense == tensePresent || tense == tenseFuture) &&
			m.start > 0 && s.wordIs(m.start-1, "from") {
			if e, ok := s.rangeEnd(m); ok && e.f.year == 0 {
				ey := nearest
				if e.f.month < f.month {
					ey++
				}
				if ymd(ey, e.f.month, max(e.f.day, 1)).Before(now) {
					// "The tournament runs from June 11 to July 19", told
					// in November: a range a present or future clause
					// sets out, all gone by this year, is still to come
					// (but "The hurricane season runs from June 1 to Nov.
					// 30", told in August, is under way)
					return nearest + 1
				}
			}
		}
		return nearest
	}
	if deadline && tense == tenseFuture && cands[best] <= -tenseOverride && cands[best+1] < 366 {
		return best + 1 // "elections will be held by December"
	}
	if m.start > 0 && (s.inList(m.start-1, s.t.lists.expiring) || s.relativeExpiryOn(m)) &&
		tense != tensePast && cands[best] < 0 && cands[best+1] < 366 { // (or "which ends on Dec. 31")
		// "the current agreement expires Sept. 30", told in February: what
		// expires in the present has not yet expired
		return best + 1
	}
	if deadline && (tense == tensePresent || tense == tenseUnknown && s.anyBetween(max(m.start-6, 0), m.start-2, func(k int) bool {
		return s.sameSentence(k, m.start) && (s.wordIs(k, "remains") || s.wordIs(k, "remain") || s.wordIs(k, "stays") || s.wordIs(k, "stay"))
	})) && f.day == 0 && cands[best] < 0 && cands[best+1] < 366 && m.start > 0 &&
		(s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "through")) {
		// "a transition period that runs until the end of December", told
		// on Jan. 31: what runs until a month in the present has not yet
		// reached it, so not the December just gone; so too after
		// "remains in force until", "stays closed through", whose verb
		// tells no tense of its own. Only "until", "till" and "through":
		// "The figures cover the years before December" names no end
		// ahead.
		return best + 1
	}
	if v, k := backTense, backAt; cands[best] > 0 && v == tensePast && k >= 0 && (s.wordIs(k, "was") || s.wordIs(k, "were")) && !deadline &&
		k+2 == m.start-1 && s.toks[k+1].Kind == tokWord && strings.HasSuffix(strings.ToLower(s.r.text[s.toks[k+1].Start:s.toks[k+1].End]), "ed") && cands[best-1] > -366 &&
		(s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "in")) && !s.postponed(m.start) {
		// only "was opened on Nov. 9": "were invited to a summit on Nov.
		// 9" and "was extended to Nov. 16" look ahead
		// "The Berlin Wall was opened on Nov. 9", told in October: a
		// passive past names a day gone by, however near the next one is
		return best - 1
	}
	if v, k := backTense, backAt; f.day == 0 && f.season == "" && tense == tensePast && v == tensePast && k >= 0 && cands[best] > 0 && best > dy && cands[best-1] > -366 && !deadline && !aheadOf &&
		!s.inList(k, s.t.lists.reporting) && !s.formAt(k, s.t.lists.future) && m.start > 0 && s.wordIs(m.start-1, "in") && !s.infinitiveBetween(k+1, m.start-1) &&
		!s.isBe(k) && !s.inList(k, s.t.lists.setting) && !s.inList(k, s.t.lists.postpone) && (!s.wordIs(k+1, "for") || s.inList(k, s.t.lists.forDeeds)) && !s.reportedBefore(k) &&
		!s.anyBetween(k+1, m.start-2, func(j int) bool {
			return (s.wordIs(j, "until") || s.wordIs(j, "till") || s.wordIs(j, "when")) &&
				(s.anyBetween(j+1, m.start-1, func(a int) bool { return s.tenseOf(a) == tensePresent || s.tenseOf(a) == tenseFuture }) ||
					s.lastWordBefore(k, 12, "will") >= 0) // (or under a "will" before the deed: "Investors will not know whether the merger closed until regulators rule in January")
		}) { // (not across a clause of time with a verb of its own that is not past: "will not know whether the fix worked until the first images come back in January"; but "kept rising until the central bank's first rate hike in January" is gone by)
		// "published the genetic sequence of the virus in January", told
		// in December: a deed done in a month of the year not yet begun
		// would be told with "next year"; it is the month gone by. Only
		// "in January" right after the deed ("agreed last week to deepen
		// cuts in January", "was moved to January", "booked the venue for
		// January" look ahead), and not a progressive, a plan or a report
		// ("said it was cutting 500 jobs in January", "called for protests
		// in January", "were tentatively planned in January"; but "filed
		// for bankruptcy protection in January" is a deed, for_deed_verbs). (Within the
		// year a past verb often announces a plan for a month just ahead,
		// "announced a rate rise in June": reading those as gone by lost 15
		// spans on the rule-work sets.)
		return best - 1
	}
	if tense == tenseUnknown && f.day == 0 && f.season == "" && cands[best] > 0 && cands[best-1] > -366 && !deadline && !aheadOf && m.start > 0 && s.wordIs(m.start-1, "in") && s.perfectDeedBefore(m.start) {
		// "The stock has risen to $42.875 in June from $29.75 in March",
		// told in October: a present perfect tells of months gone by
		return best - 1
	}
	if cands[best] > 0 && cands[best-1] > -366 && s.perfectDeedAfter(m.end) && backTense == tenseUnknown && !deadline && !aheadOf {
		// "a doubling of the excise tax on Jan. 1 has cut into volume",
		// told in October: the subject of a deed done is gone by
		return best - 1
	}
	if v, k := backTense, backAt; f.day != 0 && tense == tensePast && v == tensePast && k >= 0 && cands[best] > 14 && cands[best-1] > -366 && !deadline && !aheadOf && !deadlineNoun &&
		m.start > 0 && s.wordIs(m.start-1, "on") && (s.formAt(k, s.t.lists.past) || k+2 == m.start && s.adjectival(k) && !s.inList(k, s.t.lists.deciding)) && !s.inList(k, s.t.lists.reporting) && !s.formAt(k, s.t.lists.future) &&
		!s.inList(k, s.t.lists.setting) && !s.inList(k, s.t.lists.postpone) && !s.infinitiveBetween(k+1, m.start-1) && !s.commaBetween(k, m.start) &&
		!s.wordBetween(k, m.start, "for") && !s.wordBetween(k, m.start, "before") && !s.reportedBefore(k) && !s.postponed(m.start) { // ("began a transition before taking office on Dec. 1")
		// "Britain left the bloc on Jan. 31", told on Dec. 24: a deed
		// done on a day two weeks or more ahead would be told in the
		// future; it is the day gone by
		return best - 1
	}
	if asEarlyAs && tense == tenseFuture && cands[best] < 0 && cands[best+1] < 366 {
		// "The carrier could resume flights as early as March", told in
		// April: the earliest a thing could happen is still ahead
		return best + 1
	}
	if k := s.lastWordBefore(m.start, 12, "will"); f.day != 0 && tense == tenseFuture && k >= 0 && cands[best] < -14 && cands[best+1] < 366 &&
		m.start > 0 && (s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "at")) && !s.commaBetween(k, m.start) && !s.infinitiveBetween(k+1, m.start-1) && !deadline {
		// "The county will open its emergency operations center at 6
		// p.m. on Dec. 31", told on Jan. 29: what "will" be done on a day
		// is done on the next such day, not one gone by weeks ago
		return best + 1
	}
	if v, k := backTense, backAt; v == tensePast && k > 0 && s.wordIs(k-1, "last") && cands[best] > 0 && cands[best-1] > -366 && !deadline {
		// "The Fed last moved in January", told in December: what was
		// last done is gone by
		return best - 1
	}
	if m.start > 0 && s.wordIs(m.start-1, "to") && s.postponed(m.start) && !s.hadBefore(m.start) && cands[best] > 0 {
		// "canceled the remaining classes and moved commencement to
		// August", told in April: a date moved to lies ahead of the move
		return best
	}
	if m.start > 0 && (s.wordIs(m.start-1, "to") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "into")) && s.postponed(m.start) && !s.hadBefore(m.start) &&
		cands[best] < -tenseOverride && cands[best+1] < 366 && s.lastDayT.Year() <= dy && !s.lastDayT.After(now) && !s.pastMainAfter(m.end) {
		// "its departure was delayed until Oct. 31", told in May: the
		// new date of a thing put off lies ahead of the putting off (but
		// not when a past verb after it tells the thing is over: "The
		// election, delayed until September by the pandemic, drew a
		// record turnout")
		return best + 1
	}
	if f.day == 0 && m.start > 0 && s.wordIs(m.start-1, "from") && cands[best] > 0 && cands[best-1] > -366 && tense != tenseFuture && tense != tensePresent && !deadline &&
		(backTense == tensePast && !s.participle(backAt) || backTense == tenseUnknown) { // (not "The Sunday League, played every Sunday from April to September, will have a new sponsor")
		if e, ok := s.rangeEnd(m); ok && s.scanTense(e.end, 1) != tenseFuture && (backTense == tensePast || s.scanTense(e.end, 1) == tensePast) {
			// "Sales rose 4 percent from January through November", told
			// on Dec. 30: a span told in the past starts in a month gone
			// by, not in the one just ahead
			return best - 1
		}
	}
	if f.day != 0 && cands[best] > 0 && cands[best-1] > -366 && s.happenedBefore(m) {
		// "The pact took effect on Jan. 1", told on Dec. 21: what a past
		// of happening dates is gone by, however near the next such day
		return best - 1
	}
	// "before his Jan. 20 inauguration", "ahead of the March 3 vote": a
	// month and day that names an event set for it is the nearest such
	// day, whatever the tense of the telling
	eventDay := f.day != 0 && m.start > 0 && m.end < len(s.toks) && s.inList(m.start-1, s.t.lists.determiners) && // (determiners hold "his", "her", "its", "their")
		s.inList(m.end, s.t.lists.scheduled) && math.Abs(cands[best]) < 100
	if deadline && cands[best] < 0 && cands[best+1] < 366 && (tense == tensePresent || tense == tenseFuture) && m.start > 0 && (s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "till")) &&
		!s.perfectBefore(m.start-1) && !(m.start > 1 && (s.unitWordAt(m.start-2) || s.inList(m.start-2, s.t.lists.results))) { // (not a reporting window: "for the three months through Dec. 28", "up 14 percent in the 12 months through Dec. 31")
		// "A transition period runs until Dec. 31", told on Jan. 31: a
		// period that runs on in the present or the future ends ahead,
		// however near the last such day (but "has risen through June" is
		// gone by)
		return best + 1
	}
	if math.Abs(cands[best]) < tenseOverride || deadline || aheadOf || deadlineNoun || eventDay {
		// announcements speak in the past of dates just ahead, and plans
		// in the future of dates just gone: near dates stay nearest, and
		// so do deadlines ("extended through January")
		return best
	}
	switch {
	case tense == tensePast && cands[best] > 0:
		if cands[best-1] > -366 {
			return best - 1
		}
	case tense == tenseFuture && cands[best] < 0, tense == tensePresent && cands[best] < 0 && (s.scheduled(m) || s.isOnDate(m) || f.month != 0 && s.progressiveBefore(m.start)):
		if cands[best+1] < 366 {
			return best + 1
		}
	}
	return best
}

// yearNamedAfter reports the year that "in" and a year in digits name
// right after m ("the Lunar New Year in 2018", "on March 2 in 2018"): the
// date is that year's.
func (s *Session) yearNamedAfter(m *match) (int, bool) {
	i := m.end + 1
	if i < len(s.toks) && s.wordIs(m.end, "this") && s.wordIs(i, "year") && s.hasDCT {
		return s.dct.Year(), true // "falls on Nov. 3 this year", tagged apart
	}
	if j := s.matchStartingAt(m.end); j >= 0 && s.hasDCT && s.matches[j].rule.kind == kindOffset {
		// "held its primary in early February four years ago": the month
		// of the year the offset names, tagged apart
		if g := s.matches[j].f; g.unit == "Y" && g.dir < 0 && g.frac == 0 && !g.vague && (g.nums == 0 && !g.plural || g.nums > 0 && g.num >= 1 && g.num == math.Trunc(g.num)) {
			n := max(int(g.num), 1)
			if n == 1 && m.f.month > int(s.dct.Month()) {
				// "from December a year ago", told in January, compares with
				// last December: the December before it (but "in November
				// four years ago", told in March 1998, is the November of
				// 1994, the calendar year four years back)
				n++
			}
			return s.dct.Year() - n, true
		}
	}
	if i >= len(s.toks) || !s.wordIs(m.end, "in") {
		return 0, false
	}
	if t := s.toks[i]; t.Kind == tokNum && t.Plain && t.Digits == 4 && t.Num >= 1800 && t.Num <= 2100 && !(i+1 < len(s.toks) && s.toks[i+1].Kind == tokWord && !s.toks[i+1].Cap && s.inList(i+1, s.t.lists.pluralNouns)) {
		return int(t.Num), true
	}
	return 0, false
}

// lastWordBefore returns the last token before i, at most reach tokens
// back in its sentence, that is the word w, else -1.
func (s *Session) lastWordBefore(i, reach int, w string) int {
	for k := i - 1; k >= 0 && k >= i-reach && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, w) {
			return k
		}
	}
	return -1
}

// thatYearAfter reports the year of the last date told when "that year"
// or "the same year" follows m: "peaked on March 28 that year" is in the
// year just named.
func (s *Session) thatYearAfter(m *match) (int, bool) {
	if m.end+1 >= len(s.toks) || !s.wordIs(m.end+1, "year") && !(m.end+2 < len(s.toks) && s.wordIs(m.end+1, "same") && s.wordIs(m.end+2, "year")) ||
		!s.wordIs(m.end, "that") && !(s.wordIs(m.end, "the") && s.wordIs(m.end+1, "same")) {
		return 0, false
	}
	if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranYear && lp.g <= model.GranDay {
		return lp.t.Year(), true
	}
	return 0, false
}

// possessiveVerb reports whether the past form at token i follows a
// name's "'s" and comes before an object: "after Moody's lowered its
// rating on Friday" is no passive "is lowered" but the agency's deed.
func (s *Session) possessiveVerb(i int) bool {
	return i > 1 && s.wordIs(i-1, "'s") && s.toks[i-2].Cap && s.inList(i+1, s.t.lists.determiners) && !s.wordIs(i+1, "still") && !s.wordIs(i+1, "long") && !s.wordIs(i+1, "well") && !s.wordIs(i+1, "newly")
}

// afterListedDay reports whether the weekday wd at m follows "and" or
// "or" after a weekday just named, at most three days on: "a summit on
// Tuesday and Wednesday".
func (s *Session) afterListedDay(m *match, wd int) bool {
	return m.start >= 2 && (s.wordIs(m.start-1, "and") || s.wordIs(m.start-1, "or")) && s.lastDayAt == m.start-2 && !s.lastDayT.IsZero() &&
		s.t.lex.inClass(s.toks[m.start-2].Word, s.t.lex.classes["weekday"]) && (wd-isoWeekday(s.lastDayT)+7)%7 <= 3
}

// participleAfterNoun reports whether the word in -ed at token i follows
// a plural noun and comes before "after", "before", "since" or "by":
// "projects filed after July 1", "ballots postmarked by Election Day".
func (s *Session) participleAfterNoun(i int) bool {
	p := s.toks[i-1]
	if p.Kind != tokWord || p.Cap || p.End-p.Start < 4 || !endsLikePlural(s.r.text[p.Start:p.End]) || s.isBe(i-1) || s.tenseOf(i-1) != tenseUnknown {
		return false
	}
	w := s.r.text[s.toks[i].Start:s.toks[i].End]
	return (strings.HasSuffix(w, "ed") || s.inList(i, s.t.lists.participles)) &&
		(s.wordIs(i+1, "after") || s.wordIs(i+1, "before") || s.wordIs(i+1, "since") || s.wordIs(i+1, "by"))
}

// commaBetweenPastApposition reports whether a comma stands among tokens
// i..j other than those of an apposition that ends right before j:
// "parents had complained to the Sanlu Group, the largest producer
// involved, as early as March" has none.
func (s *Session) commaBetweenPastApposition(i, j int) bool {
	if a := s.appositiveStart(j - 1); s.wordIs(j-1, ",") && a > i {
		return s.commaBetween(i, a-1)
	}
	return s.commaBetween(i, j)
}

// attributionAsideStart is the comma that opens an attribution set off by
// commas and closed by the comma at token i (", Lt. Carol Weiss said,",
// ", a spokesman says,"), or -1: a verb of saying before i, and only words
// with no tense of their own between it and the comma before.
func (s *Session) attributionAsideStart(i int) int {
	v := i - 1
	if v < 2 || !(s.wordIs(v, "said") || s.wordIs(v, "says") || s.wordIs(v, "told") || s.wordIs(v, "added")) {
		return -1
	}
	for k := v - 1; k >= 1 && k >= v-7 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			if k == v-1 {
				return -1
			}
			return k
		}
		if t := s.toks[k]; t.Kind != tokWord && !s.wordIs(k, ".") || s.tenseOf(k) != tenseUnknown || s.isModal(k) {
			return -1
		}
	}
	return -1
}

// wasWere reports whether token i is "was" or "were".
func (s *Session) wasWere(i int) bool {
	return s.wordIs(i, "was") || s.wordIs(i, "were")
}

// isOnDate reports whether m follows "is on" or "are on" ("The first
// Manchester derby of the campaign is on November 10"), or is a month and
// day right after "is" ("The general election is Nov. 3"): a present that
// dates something is a timetable's; a date gone by would take "was".
func (s *Session) isOnDate(m *match) bool {
	isAre := func(k int) bool { return k >= 0 && (s.wordIs(k, "is") || s.wordIs(k, "are")) }
	return m.start >= 2 && s.wordIs(m.start-1, "on") && isAre(m.start-2) ||
		m.start >= 1 && m.f.day != 0 && m.f.month != 0 && isAre(m.start-1) || // "The general election is Nov. 3"
		// "The board's next policy meeting is in March", "Moreno is up
		// for re-election in November": a month something is in, or is
		// up for in
		m.f.day == 0 && m.f.month != 0 && m.start >= 2 && s.wordIs(m.start-1, "in") &&
			(isAre(m.start-2) || s.upFor(m.start-2))
}

// upFor reports whether token i ends "is up for" or "are up for" and a
// noun of at most three tokens ("is up for re-election").
func (s *Session) upFor(i int) bool {
	for k := i; k >= 2 && k >= i-3; k-- {
		if s.wordIs(k, "for") {
			return k < i && s.wordIs(k-1, "up") && (s.wordIs(k-2, "is") || s.wordIs(k-2, "are"))
		}
		if s.toks[k].Kind != tokWord && !s.wordIs(k, "-") {
			return false
		}
	}
	return false
}

// scheduled reports whether the present tense around m is a timetable's
// ("a tournament that opens on June 11"), not a report's ("the data show",
// "is", "says").
func (s *Session) scheduled(m *match) bool {
	v, i := s.scanTenseAt(m.start-1, -1)
	if v == tenseUnknown {
		v, i = s.scanTenseAt(m.end, 1)
	}
	// an infinitive is no timetable: "difficult for Sun to meet demand well
	// into the summer"
	// (nor is an incident between them: "faces charges over a shooting in
	// over the leak in January"; nor, for a return, where it comes from:
	// "Lawmakers return from their summer recess" told in September)
	return v == tensePresent && i >= 0 && s.toks[i].Word >= 0 && s.formAt(i, s.t.lists.timetable) && !(i > 0 && s.wordIs(i-1, "to")) &&
		!(i < m.start && s.anyBetween(i+1, m.start-1, func(k int) bool {
			return s.inList(k, s.t.lists.incidents) || s.wordIs(i, "faces") && (s.wordIs(k, "over") || s.wordIs(k, "after") || s.wordIs(k, "for") ||
				s.wordIs(k, "about") || s.wordIs(k, "following") || s.wordIs(k, "during") || s.wordIs(k, "amid") || s.wordIs(k, "from")) ||
				(s.wordIs(i, "return") || s.wordIs(i, "returns")) && s.wordIs(k, "from")
		}))
}

// progressiveBefore reports whether the words right before token i are a
// present progressive and the word that brings in the date (a
// progressive_bounds word: "in", "by", "until", "through" …): "If we are
// still fighting in June", "is still dragging on in July", told in
// January, speak of the June or July to come. Only an adverb may stand
// after the be-form and an adverb or a particle after the -ing word; an
// object between makes the date the object's ("is blaming losses in
// January", "are investigating a fire in August").
func (s *Session) progressiveBefore(i int) bool {
	p := i - 1
	if p < 2 || !s.inList(p, s.t.lists.progressiveBounds) {
		return false
	}
	j := p - 1
	if s.isAdverb(j) || s.inList(j, s.t.lists.verbParticles) {
		j--
	}
	if j < 1 {
		return false
	}
	if t := s.toks[j]; t.Kind != tokWord || t.Cap || !strings.HasSuffix(s.r.text[t.Start:t.End], "ing") {
		return false
	}
	k := j - 1
	if k > 0 && s.isAdverb(k) {
		k--
	}
	return k >= 0 && s.isBe(k) && s.tenseOf(k) == tensePresent
}

// futureWeight stretches the distance to a date ahead of the DCT when a
// year is inferred: news looks back more often than forward, so a bare
// "March" in an October article is the March gone by, while "January"
// there is still the one ahead.
const futureWeight = 1.5

// farDay is how many days from the DCT a day may lie and still be the day
// a later sentence's clock time is on.
const farDay = 7

// tenseOverride is how many days from the DCT a date without a year must
// be before the tense may send it to the other side.
const tenseOverride = 45

// weekday resolves a bare weekday by the news rule: the DCT's own weekday is
// the DCT; otherwise the nearest such day before the DCT, or after it when
// the sentence speaks of the future.
func (s *Session) weekday(m *match, wd int) time.Time {
	d := s.day()
	cur := isoWeekday(d)
	comma := m.start - 1 // the comma before the weekday, past an "a"
	if s.wordIs(comma, "a") {
		comma--
	}
	if lp := s.lastPoint; comma >= 1 && s.wordIs(comma, ",") && s.toks[comma-1].Kind == tokNum && s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.end.IsZero() &&
		isoWeekday(lp.t) == wd && s.sameSentence(s.lastAt, m.start) && m.start-s.lastAt <= 8 {
		// "at about 10:50 p.m. on Dec. 8, 1980, a Monday": a weekday set
		// beside a date restates it
		return lp.calendarDay()
	}
	if ad := s.annivDayT; s.wordIs(m.start, "a") && s.annivAt >= 0 && s.annivAt < m.start && s.sentencesBetween(s.annivAt, m.start) <= 8 && isoWeekday(ad) == wd && s.tense(m.start, m.end) == tensePast {
		// "Fifty years ago this morning, … the first wave of Japanese
		// planes swept over Ford Island. … The attack came on a Sunday":
		// the day the anniversary marks, when it fell on that weekday
		return ad
	}
	if hd, ok := s.holidayFallsOn(m, wd); ok {
		// "Halloween falls on Saturday this year": the holiday's own day
		return hd
	}
	if hd, ok := s.holidayOnWeekday(m, wd); ok {
		// "a sceptical Congress, which breaks for Thanksgiving on
		// Thursday", "services ahead of Easter on Sunday": the weekday
		// after a holiday and "on" restates the holiday
		return hd
	}
	if ad, ok := s.dateApposition(m, wd); ok {
		// "a partial lunar eclipse on Sunday night, March 23", "the
		// parade planned for Tuesday, St. Patrick's Day": a date or a
		// holiday set beside the day restates it, when it falls on that
		// weekday
		return ad
	}
	if s.openStartFrom(m) && d.Sub(stepToWeekday(d, wd, -1, true)) >= 5*24*time.Hour && s.startAheadFrom(m) {
		// "Sri Lanka declared three days of national mourning from
		// Tuesday", "were ordered shut from Thursday", told on the Monday
		// or Wednesday before: a start told with "from" and no end is the
		// coming such day when the last one went by five or six days
		// before (that start would be told "since"); in the rule-work
		// gold, 59 of 59 such days are ahead
		return stepToWeekday(d, wd, 1, false)
	}
	if k := s.followedByAt(m.start); k >= 0 {
		if day, ok := s.dayBefore(k); ok && day.Sub(d).Abs() <= 6*24*time.Hour {
			// "Alcoa is due to report on Tuesday, followed by Intel on
			// Wednesday", "Prices fell on Monday, followed by a rebound on
			// Tuesday": the next such day after the one before the comma,
			// in the week of the news (not after "began on Nov. 27 and
			// captured Aleppo within days, followed by Hama on Thursday")
			return stepToWeekday(day, wd, 1, true) // (the same day too: "meet on Thursday morning, followed by a news conference on Thursday afternoon")
		}
	}
	if s.laidOnFor(m.start) || s.bookedStateFor(m.start) || s.laidOnStateAfter(m.start, m.end) {
		// "Hotels say rooms for Friday are sold out", "will lay on extra
		// trains for Saturday", "Airlines added 40 extra flights for
		// Friday": what is laid on for a day is for one to come
		return stepToWeekday(d, wd, 1, true)
	}
	if s.refusalBefore(m.start) {
		// "A union spokesman wouldn't comment on Tuesday", "would not
		// immediately comment on Tuesday": a refusal made that day, gone by
		return stepToWeekday(d, wd, -1, true)
	}
	if a := s.afterGerundDay(m.start); a >= 0 {
		// "could barely walk Wednesday after landing her final vault
		// Tuesday night", "remained hospitalized on Sunday after being
		// taken off a ventilator and speaking a few words on Saturday
		// evening", "will resume deliberations Monday after failing to
		// reach a verdict Friday": what was done before the act the
		// clause tells of is gone by; before a future it is the nearest
		// such day, just gone by or still to come ("The storm should
		// weaken after crossing the Sierra Madre on Wednesday morning",
		// "Harper will travel to Brussels after attending Thursday's
		// summit")
		if s.scanTense(a-1, -1) == tenseFuture {
			return nearestWeekday(d, wd)
		}
		return stepToWeekday(d, wd, -1, true)
	}
	if k := s.extendedTo(m.start); k >= 0 {
		// "officials extended voting into Friday", "Voting was extended
		// until Sunday", "Beijing has extended the national holiday until
		// Sunday": an extension is told around its new end, the nearest
		// such day, just gone by or still to come; one still to be made
		// ("will extend voting into Wednesday") runs ahead, and one made
		// on a day told right before the verb runs on from that day ("on
		// Monday extended the lockdown until Sunday")
		if s.tense(m.start, m.end) == tenseFuture {
			return stepToWeekday(d, wd, 1, true)
		}
		if day, ok := s.dayBefore(m.start); ok && !day.After(d) && s.lastDayAt == k-1 {
			return stepToWeekday(day, wd, 1, false)
		}
		return nearestWeekday(d, wd)
	}
	if s.dayOffGiven(m) {
		// "Belichick gave his players Monday off", "Players were given
		// Sunday off": a day off granted is the nearest such day, told
		// before it or just after
		return nearestWeekday(d, wd)
	}
	if s.decreedObject(m) {
		// "the government declared Tuesday afternoon a holiday", "Beijing
		// has declared today and Wednesday public holidays": the nearest
		// such day, as a decreed day is told of around it
		return nearestWeekday(d, wd)
	}
	if s.decreedSubject(m) {
		// "Monday has been declared an extra public holiday", "Friday is
		// declared a day of mourning", "Friday's royal wedding has been
		// declared a public holiday": a day set by a decree, the nearest
		// such day (not a record's: "Friday was named the hottest day")
		return nearestWeekday(d, wd)
	}
	if ahead, ok := s.forecastAhead(m.start); ok && !s.possessiveMark(m.end) { // (a possessive event is read below: "did not expect anything on Monday's scale")
		// "Forecasters said a third storm could bring snow to the
		// Northeast on Sunday", "Forecasters give rain a 40 percent
		// chance Sunday afternoon": a forecast speaks of days to come
		if !ahead {
			// (a day right after a past verb of forecasting may date the
			// telling: "Forecasters called for sunshine Saturday" and
			// "Forecasters warned residents on Sunday" are the nearest
			// such day)
			return nearestWeekday(d, wd)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if s.ticketsFor(m.start) {
		// "Tickets for Saturday's play are almost sold out", "Tickets for
		// a members' preview on Friday evening sold out within hours":
		// what tickets are sold for is still to come
		return stepToWeekday(d, wd, 1, true)
	}
	if hd, ok := s.holidayFor(m, wd); ok && !(hd.After(s.day()) && s.wordIs(m.end, "to") && s.tense(m.start, m.end) == tensePast && !s.stateBeforeDay(m.start)) { // (not a day gone by: "Belgrade declared a ceasefire on Tuesday to mark Orthodox Easter, which falls on Sunday")
		// "With schools closed Monday for Martin Luther King Jr. Day",
		// "markets are shut on Friday for Good Friday": the day of the
		// holiday named for it
		return hd
	}
	if wp := s.weekPoint; cur == wd && s.weekAt >= 0 && m.start-s.weekAt <= 15 && s.sameSentence(s.weekAt, m.start) && wp.t.After(d) && !sameWeek(wp.t, d) &&
		!s.anyBetween(s.weekAt+1, m.start-1, func(k int) bool { return s.tenseOf(k) != tenseUnknown || s.wordIs(k, "but") || s.wordIs(k, "while") }) &&
		!s.relativeBetween(s.weekAt, m.start) && !s.wordBetween(s.weekAt, m.start, "that") && s.tense(m.start, m.end) != tensePast {
		// "will hold two sessions next week, on Tuesday at 6 p.m. and
		// Thursday at noon", told on a Thursday: the day of the week ahead
		// just named, not the news's own (not across a verb: "will resume
		// next week, but the envoy arrives on Thursday")
		return wp.t.AddDate(0, 0, wd-isoWeekday(wp.t))
	}
	if v, k := s.scanTenseAt(m.start-1, -1); cur == wd && cur <= 5 && s.leadWeekAhead && s.sentencesBetween(0, m.start) >= 1 &&
		v == tensePresent && k >= 0 && s.formAt(k, s.t.lists.timetable) && s.tense(m.start, m.end) == tensePresent && !s.wordBetween(m.start-3, m.start-1, "later") {
		// "The Fed is widely expected to cut rates next week … the Labor
		// Department releases July payrolls on Friday morning", told on a
		// Friday: a calendar of the week ahead, after its lead, names next
		// Friday (not a "will" or "expected to" of the day itself: "The
		// Fed chair will speak later on Friday", "the Senate is expected
		// to vote on Thursday evening" before next week's recess; told at
		// the weekend, the week ahead begins tomorrow: "futures resume
		// trading at 6 p.m. on Sunday" is today)
		return d.AddDate(0, 0, 7)
	}
	if cur == wd && s.afterListedDay(m, wd) && s.lastDayT.After(d) {
		// "Schools will be closed Thursday and Friday for Thanksgiving",
		// told on a Friday: the day after the one just named, not the
		// news's own (when the list's own clause looks ahead, not a
		// phrase: "the red warning, covering Monday and Tuesday, will
		// lapse overnight")
		if v, _ := s.scanTenseAt(m.start-3, -1); v == tenseFuture || v == tenseUnknown && s.tense(m.start, m.end) == tenseUnknown {
			return stepToWeekday(s.lastDayT, wd, 1, false) // (or no tense at all: "for a summit on Friday and Saturday", after a day ahead)
		}
	}
	if k, ok := s.betweenStart(m); ok && cur == wd && s.tense(k, k+1) == tenseFuture && s.scanTense(k-1, -1) != tensePast {
		if start, _ := s.weekdayAt(k); start != wd {
			// "The bridge will be closed between Saturday and Friday", told
			// on a Friday: a span told ahead ends on the next such day,
			// after its start
			return d.AddDate(0, 0, 7)
		}
	}
	if end, ok := s.betweenEnd(m); ok {
		// "between Tuesday and next Monday", "between Tuesday and Monday,
		// Dec. 1": a span whose end is told in full starts on the last
		// such day before it, whatever the tense (a "next Monday" two
		// days off, told on a Saturday, may be the one after: a span
		// still to come does not start days back in the week gone by;
		// told on a Wednesday, "between Tuesday and next Monday" began
		// yesterday)
		start := stepToWeekday(end, wd, -1, false)
		if d.Sub(start) > 48*time.Hour && s.wordIs(m.end+1, "next") && s.tense(m.start, m.end) != tensePast {
			start = start.AddDate(0, 0, 7)
		}
		return start
	}
	if cur == wd {
		return d
	}
	if s.whenAheadAfter(m.end) && !s.hadWithin(m.start, 12) && !(m.start > 0 && s.wordIs(m.start-1, "since")) {
		// "Airlines braced for a record crush on Sunday, when millions of
		// holiday travelers are expected to head home": a day a "when"
		// clause tells in the future is still to come, whatever the
		// tense of the telling
		return stepToWeekday(d, wd, 1, true)
	}
	if m.start >= 2 && s.wordIs(m.start-1, "until") && m.end+1 < len(s.toks) && s.toks[m.end].Word == s.t.lists.idTo &&
		(s.wordIs(m.start-2, "has") || s.wordIs(m.start-2, "have") || s.wordIs(m.start-2, "had") && s.reportedBefore(m.start-2)) {
		// "told civilians on Monday that they had until Saturday to
		// leave", "has until Friday to respond": a deadline set, ahead of
		// the telling (but "The court gave him until Friday to leave",
		// told on a Saturday, "had waited until Saturday to report him
		// missing" and "The rebels had until Saturday to hand over their
		// weapons, but most ignored it" are the nearest such day)
		return stepToWeekday(d, wd, 1, true)
	}
	if m.start > 0 && (s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) && s.settingPerfectBefore(m.start-1) {
		// "The government has designated a 10-day holiday period through
		// Monday": what a present perfect has set runs to a day ahead
		return stepToWeekday(d, wd, 1, true)
	}
	if end, ok := s.rangeEndDay(m); ok && m.start > 0 && s.wordIs(m.start-1, "from") {
		// "to stay on duty from Friday afternoon until January 3",
		// "exercises from Tuesday until March 20": the start of a range
		// that ends on a day near the news is the nearest such day, or
		// the next in a present or future clause
		day := nearestWeekday(d, wd)
		if t := s.tense(m.start, m.end); t == tenseFuture || t == tensePresent {
			day = stepToWeekday(d, wd, 1, true) // "will run from Friday to October 7"
		}
		if !day.After(end) && end.Sub(d) <= 60*24*time.Hour {
			return day
		}
	}
	if m.start >= 3 && (s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "into")) &&
		s.wordIs(m.start-2, "last") && s.toks[m.start-3].Word == s.t.lists.idTo &&
		!s.anyBetween(max(m.start-10, 0), m.start-4, func(k int) bool { return s.wordIs(k, "had") && s.participle(k+1) && s.sameSentence(k, m.start) }) {
		// (but in a pluperfect, "had carried enough oxygen to last until
		// Friday, but they were rescued on Wednesday", the day is gone by)
		// "the crew had enough oxygen to last until Friday": what would
		// last to a day reaches one ahead of the telling
		return stepToWeekday(d, wd, 1, true)
	}
	if s.deadlineNounAt(m.start) && s.hadWithin(m.start, 8) {
		// a deadline set in the pluperfect: "Creditors had set a deadline
		// of Tuesday for Athens to repay the loan", told on a Monday, is
		// the nearest such day; "The rebels, who had set a deadline of
		// noon Saturday, released the hostage on Sunday" went by before
		// the past that follows
		if s.anyBetween(m.end, min(m.end+10, len(s.toks)-1), func(k int) bool {
			return s.sameSentence(k, m.start) && s.toks[k].Kind == tokWord && s.tenseOf(k) == tensePast && !s.participle(k-1)
		}) {
			return stepToWeekday(d, wd, -1, true)
		}
		return nearestWeekday(d, wd)
	}
	if s.deadlineNounBefore(m.start) {
		// "has set a deadline of noon Saturday for an agreement": a
		// deadline in force lies ahead; "set a deadline of Tuesday
		// morning for the three presidents to reach agreement", told on
		// a Monday, is the nearest such day, not a week back (as "gave
		// him until Friday"); "missed a deadline of Tuesday" is past
		if s.scanTense(m.start-1, -1) == tensePast {
			return nearestWeekday(d, wd)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if v, k := s.scanTenseAt(m.start-1, -1); v == tensePast && k >= 1 && k < m.start-2 && s.inList(k, s.t.lists.urging) && s.isPerfect(k-1) &&
		(s.infinitiveBetween(k+1, m.start-1) || s.anyBetween(k+1, m.start-2, func(j int) bool { return s.toks[j].Word == s.t.lists.idTo && s.isBe(j+1) })) && !s.commaBetween(k, m.start) &&
		!s.anyBetween(k+1, m.start-1, func(j int) bool {
			return s.inList(j, s.t.lists.incidents) || s.sequelWord(j) || s.wordIs(j, "over") ||
				s.wordIs(j, "by") || s.wordIs(j, "amid") || s.wordIs(j, "strike") || s.wordIs(j, "clashes")
		}) {
		// "Clinton has ordered flags to fly at half-staff through
		// Wednesday": what an order in force asks for lies ahead (but not
		// the day of an incident it is about: "has ordered the firm to pay
		// compensation for the oil spill on Sunday", "stranded by the
		// strike on Tuesday")
		return stepToWeekday(d, wd, 1, true)
	}
	if o := s.deadlineOf(m.start); o >= 3 && s.inList(o-3, s.t.lists.setting) && (s.isPerfect(o-4) || s.tenseOf(o-3) == tensePresent) {
		// "the Contact Group has set a deadline of noon Saturday": a
		// deadline set, in the present or its perfect, is ahead (but
		// "ignored a deadline of noon Saturday" is the nearest such day)
		return stepToWeekday(d, wd, 1, true)
	}
	if k := s.beforeDeadlineDay(m); k >= 0 {
		// "Congress voted on Wednesday … hours before a Thursday
		// deadline": a deadline still ahead of what was done before it,
		// from the day the clause told, or the nearest such day
		if day, ok := s.dayBefore(k); ok {
			return stepToWeekday(day, wd, 1, true)
		}
		if s.tense(m.start, m.end) == tensePast {
			// (with no day told, a deed done "before" it is past, and the
			// deadline the last such day up to the day after the news's:
			// "The Senate passed the measure hours before a Thursday
			// deadline", told on a Monday, is last Thursday; "announced
			// a deal, hours before the Thursday deadline", told on a
			// Wednesday, tomorrow; one raced for is ahead)
			return stepToWeekday(d.AddDate(0, 0, 1), wd, -1, true)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if k := s.awaitedEventBefore(m); k >= 0 {
		// "his lawyers prepared for his arraignment Monday", "Iowa City
		// braced for the Iowa River to peak Sunday or Monday": an event
		// waited or braced for, or what is to happen, comes after the
		// waiting, from the day the clause told or the news's own
		if day, ok := s.dayBefore(k); ok {
			return stepToWeekday(day, wd, 1, true)
		}
		if prev := stepToWeekday(d, wd, -1, false); s.tenseOf(k) == tensePast && d.Sub(prev) == 24*time.Hour {
			// (a past waiting with no day told may be of the day before:
			// "police officers prepared for the rally Saturday", told on
			// a Sunday)
			return prev
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if k := s.pavingBefore(m.start); k >= 0 {
		// "S&P stripped the United States of its AAA rating late Friday,
		// setting the stage for a turbulent Monday", "refused to halt the
		// execution, clearing the way for him to be put to death early
		// Thursday": what a deed opens the way to comes after the day its
		// clause told; with no day told, it is the nearest such day
		// ("cleared the way for Tuesday's vote", ", setting up Sunday's
		// final" may be of days gone by)
		if day, ok := s.dayBefore(k); ok {
			return stepToWeekday(day, wd, 1, true)
		}
		return nearestWeekday(d, wd)
	}
	if s.invitedTo(m.start) {
		// "Obama invited Trump to the White House on Thursday", "The
		// crew has been invited to the inauguration on Tuesday": what
		// someone is invited to lies ahead of the invitation
		return stepToWeekday(d, wd, 1, true)
	}
	if s.withEventOn(m) {
		// "With the presidential election on Tuesday, President Obama
		// toured the battered shore": an event set for a day, the
		// background of the news, is ahead
		return stepToWeekday(d, wd, 1, true)
	}
	if m.end < len(s.toks) && s.inList(m.end, s.t.lists.deadlineNouns) && m.start >= 2 && (s.wordIs(m.start-1, "a") || s.wordIs(m.start-1, "the")) && s.inList(m.start-2, s.t.lists.setting) && !s.hadBefore(m.start-2) {
		// "The union set a Monday deadline for an answer": a deadline
		// set is ahead of its setting, the day the sentence told or the
		// news's own (where "failed to meet a Monday deadline",
		// "overran their Friday deadline" and "had set a midnight Sunday
		// deadline, then let it pass" look back)
		if day, ok := s.dayBefore(m.start); ok {
			return stepToWeekday(day, wd, 1, false)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if m.end+2 < len(s.toks) && s.wordIs(m.end, ",") && s.wordIs(m.end+1, "when") {
		// "avoid the town centre on Wednesday, when a religious procession
		// is expected", "a marginal improvement on Sunday, when it touched
		// 390": the "when" clause tells of the day. Only a clause that
		// looks ahead, after one that does not tell the past, or a simple
		// past after a past one, says which: "came on Friday, when the
		// mosque is usually packed", "will gather on Tuesday, when the
		// ferry sank five years ago" and "when many towns had planned
		// parades" say nothing of it.
		main := s.scanTense(m.start-1, -1)
		v, k := s.scanTenseAt(m.end+2, 1)
		switch {
		case (main != tensePast || s.perfectBefore(m.start)) && (v == tenseFuture || v == tensePresent && k+1 < len(s.toks) && s.isBe(k) && s.formAt(k+1, s.t.lists.future) ||
			v == tensePresent && s.formAt(k, s.t.lists.timetable) && s.eventBetween(m.end+2, k-1) && !s.anyBetween(m.end+2, k-1, func(j int) bool { return s.isAdverb(j) })):
			// (or a timetable's present of an event: "Commuters have been
			// urged to avoid central London on Friday evening, when the
			// Olympic opening ceremony begins at 9 p.m."; not a habit's:
			// "when the mosque is usually packed")
			// (a present perfect tells no past of the day: "The council has
			// approved road closures on Sunday, when communities will hold
			// lunches")
			return stepToWeekday(d, wd, 1, true)
		case main == tensePast && v == tensePast && !s.wordIs(k, "had") && !s.wordIs(k-1, "had") && !s.isBe(k):
			return stepToWeekday(d, wd, -1, true)
		case main == tensePast && v == tensePresent && k > m.end+2 && s.inList(k, s.t.lists.expiry) && !s.isAdverb(k-1) &&
			s.anyBetween(max(m.start-20, 0), m.start-1, func(j int) bool { return s.sameSentence(j, m.start) && s.isModal(j) }):
			// "said the offensive would resume if the fighters had not
			// left by late Tuesday, when the pause expires": in a
			// conditional or future seen from the past, the present of an
			// end or a start after it tells of a day still ahead (but
			// "Residents said the shelling was heaviest on Sunday, when
			// families gather for lunch" is a habit)
			return stepToWeekday(d, wd, 1, true)
		}
	}
	if m.start >= 2 && s.wordIs(m.start-1, "of") && s.wordIs(m.start-2, "ahead") {
		// "campaigned across California on Monday ahead of Super Tuesday",
		// "Markets rallied on Monday ahead of Wednesday's Fed decision",
		// told on a Thursday: a day to come, after the one the clause
		// tells of
		if day, ok := s.dayBefore(m.start); ok {
			return stepToWeekday(day, wd, 1, true)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if m.start >= 3 && (s.wordIs(m.start-3, "at") && s.wordIs(m.start-2, "least") && (s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "into")) ||
		(s.wordIs(m.start-3, "through") || s.wordIs(m.start-3, "until")) && s.wordIs(m.start-2, "at") && s.wordIs(m.start-1, "least")) &&
		!(s.inRelativeClause(m.start) && s.mainVerbAfterClause(m.end) == tensePast) { // (not "The plant, which was shut at least through Wednesday, reopened on Thursday")
		// "halted production at all their plants at least through
		// Wednesday", told on Monday: the least a state will last reaches
		// a day ahead, whatever the tense of its start ("through at least
		// Wednesday" too)
		return stepToWeekday(d, wd, 1, true)
	}
	det := m.start - 1 // (past one adjective: "cancelled its regular Tuesday meeting")
	if det >= 2 && !s.inList(det, s.t.lists.determiners) && s.toks[det].Kind == tokWord && !s.toks[det].Cap && s.tenseOf(det) == tenseUnknown {
		det--
	}
	if det >= 1 && s.inList(det, s.t.lists.determiners) && (s.postponeAt(det-1) || s.calledOffAt(det-1)) && s.eventAfter(m.end) {
		// "The city council postponed its Tuesday meeting until Friday":
		// an event named by its day and put off, as "Tuesday's meeting"
		// (below), is the nearest such day, or the next when the clause
		// looks ahead ("may cancel the Monday session")
		if s.tense(m.start, m.end) == tenseFuture {
			return stepToWeekday(d, wd, 1, true)
		}
		return nearestWeekday(d, wd)
	}
	if s.possessiveMark(m.end) {
		// "Wednesday's ruling" reports something that happened, but
		// "ahead of Wednesday's summit" looks forward (above)
		if s.calledOffDay(m) {
			// "Bloomberg canceled Sunday's marathon on Friday evening",
			// "The league postponed Saturday's game": an event put off is
			// mostly one still ahead of the news, or just gone by; the
			// nearest such day
			return nearestWeekday(d, wd)
		}
		beforeEvent := m.start > 0 && s.wordIs(m.start-1, "before") && s.eventAfter(m.end+1)
		if d0, told := s.dayBefore(m.start); told && !s.lastDayReported && !s.hadWithin(m.start, 12) && beforeEvent {
			// "Police arrested 20 fans on Tuesday night before Sunday's
			// derby": the event comes after the day the clause told
			return stepToWeekday(d0, wd, 1, true) // (the same day too: "on Saturday morning, just before Saturday night's opening ceremony")
		}
		if beforeEvent && !s.hadWithin(m.start, 6) && s.pastFiniteBefore(m.start-1) &&
			!s.pluperfectBefore(m.start) && !s.offsetAnchor(m) {
			// "came just before Sunday night's closing ceremony", "said on
			// Saturday he had no regrets about sending players home before
			// Thursday's game": told in the past, the nearest such day
			// (told on a Friday, "Police were deployed before Sunday's
			// election" is still ahead)
			return nearestWeekday(d, wd)
		}
		if beforeEvent && !s.hadWithin(m.start, 6) ||
			m.start > 0 && (s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) && s.eventAfter(m.end+1) && s.tense(m.start, m.end) != tensePast && !s.hadWithin(m.start, 8) &&
				!s.anyBetween(m.end, min(m.end+8, len(s.toks)-1), func(k int) bool { return s.wordIs(k, "had") && s.sameSentence(m.end, k) }) || // "Until Sunday's election, the party had never won"
			m.start > 0 && (s.wordIs(m.start-1, "into") || s.wordBetween(m.start-4, m.start-1, "for")) && s.eventAfter(m.end+1) && s.scanTense(m.start-1, -1) != tensePast ||
			s.wordBetween(m.start-7, m.start-5, "for") && s.eventAfter(m.end+1) && s.scanTense(m.start-1, -1) == tensePresent && !s.commaBetween(m.start-7, m.start) && (s.wordIs(m.start-1, "in") || s.wordIs(m.start-1, "at")) || // "is heading for a landslide win in Sunday's general election"
			s.expectedNow(m.start) && (s.eventAfter(m.end+1) || s.anyBetween(m.end+1, min(m.end+5, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.results) })) &&
				(s.partakeBefore(m.start) || !s.reactionWordBefore(m.start) && !s.wordIs(m.start-1, "of")) || // (or results, past a hyphenated modifier: "is expected to post a profit in Thursday's third-quarter results")
			s.eventAfter(m.end+1) && s.scanTense(m.start-1, -1) == tenseUnknown && s.timetableAfter(m.end) ||
			m.start > 0 && s.wordIs(m.start-1, "in") && s.eventAfter(m.end+1) && s.presentFaces(m.start-1) || // "faces nine challengers in Friday's vote"
			m.start >= 3 && s.wordIs(m.start-1, "in") && s.wordIs(m.start-2, "stake") && s.wordIs(m.start-3, "at") && s.eventAfter(m.end+1) && s.scanTense(m.start-1, -1) != tensePast || // "613 delegates are at stake in Tuesday's contests"
			s.attentionTo(m.start) && (s.eventAfter(m.end+1) || s.anyBetween(m.end+1, min(m.end+3, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.figures) })) ||
			m.start > 0 && s.wordIs(m.start-1, "by") && s.wordIs(m.end+1, "deadline") && (s.wouldBefore(m.start-1) || s.willBefore(m.start-1)) { // "said the airlift would end by Tuesday's deadline"
			// ("Attention shifts to Thursday's jobs report", "Investors now
			// turn their attention to Friday's report", "turns its focus to
			// Friday's GDP figures")
			// "go into Thursday's third Test", "for a place in Saturday's
			// final", "Sunday's final, which starts at 8.45pm, will be…"
			// "cameras installed before Sunday's presidential election":
			// an event set for a day ahead
			return stepToWeekday(d, wd, 1, true)
		}
		if m.start >= 4 && s.wordIs(m.start-1, "of") && (s.wordIs(m.start-2, "outcome") || s.wordIs(m.start-2, "result") || s.wordIs(m.start-2, "results")) && s.wordIs(m.start-3, "the") &&
			(s.wordIs(m.start-4, "whatever") || s.wordIs(m.start-4, "of") && s.wordIs(m.start-5, "regardless")) {
			// "said she would stay in the race whatever the outcome of
			// Tuesday's primaries": an outcome not yet known
			return stepToWeekday(d, wd, 1, true)
		}
		if m.start > 0 && (s.wordIs(m.start-1, "if") || s.wordIs(m.start-1, "unless")) && s.presentAfterSubject(m.end+1) &&
			!s.anyBetween(m.end, min(m.end+3, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.outcomeNouns) }) {
			// "If Tuesday's levy fails, the board will consider closing a
			// school": a condition in the present is still to come (but
			// "If Sunday's result holds" tells of an event gone by)
			return stepToWeekday(d, wd, 1, true)
		}
		if m.start > 1 && s.wordIs(m.start-1, "with") && (s.wordIs(m.start-2, "ahead") || s.wordIs(m.start-2, "forward")) && s.eventAfter(m.end+1) && s.scanTense(m.start-1, -1) != tensePast {
			// "said on Thursday it would press ahead with Saturday's
			// constitutional referendum": going on with an event still
			// to come (but "pressed ahead with Sunday's vote" is past)
			return stepToWeekday(d, wd, 1, true)
		}
		if m.start >= 2 && s.wordIs(m.start-1, "of") && s.inList(m.start-2, s.t.lists.organizers) && s.eventAfter(m.end+1) {
			// "Organizers of Saturday's March for Babies say the walk will
			// go on", "Organizers of Saturday's march said the route would
			// change": those who stage an event, told of in the present or
			// the future, or telling of it in a future seen from the past,
			// stage one still to come (but "Organizers of Saturday's march
			// said it had drawn 20,000 people" looks back)
			// (a present of saying or expecting, not one of the aftermath:
			// "Sponsors of Friday's gala are demanding refunds after the
			// event ended in chaos")
			if s.organizersAhead(m.end + 1) {
				return stepToWeekday(d, wd, 1, true)
			}
		}
		if m.start == 0 || s.sentenceStart(m.start) || m.start >= 2 && (s.wordIs(m.start-1, "and") || s.wordIs(m.start-1, "but")) && s.wordIs(m.start-2, ",") {
			// (or one opening a clause after ", and": "Thursday's stage is
			// the last in the mountains, and Saturday's time trial should
			// settle any remaining doubts"; or one a present "is" tells
			// of, the nearest such day too: "Thursday's stage is the last
			// in the mountains", told on Wednesday)
			if v, k := s.scanTenseAt(m.end, 1); (v == tenseFuture || v == tensePresent && s.isBe(k) && (s.formAt(k+1, s.t.lists.future) || !s.wordIs(k, "was") && !s.wordIs(k, "were") && s.toks[k].Word >= 0 && !s.participle(k+1))) && s.eventAfter(m.end+1) {
				// "Sunday's final will decide the title", "Sunday's 12
				// singles matches are expected to decide the outcome": an
				// event that opens a future clause is the nearest such
				// day ("Saturday's final will be remembered for a late
				// goal", told on Sunday, looks back)
				return nearestWeekday(d, wd)
			}
		}
		if s.facingPastAside(m.start) && s.eventAfter(m.end+1) {
			// "They meet the Czech Republic, who beat France on penalties on
			// Wednesday, in Sunday's final": a fixture's present, past a
			// relative aside on the opponent, is the day ahead
			return stepToWeekday(d, wd, 1, true)
		}
		if s.expectingBefore(m.start) && s.eventAfter(m.end+1) {
			// "City officials said today that they expect up to a million
			// people at Friday's parade": what is expected in the present
			// is still to come
			return stepToWeekday(d, wd, 1, true)
		}
		if s.formBefore(m.start, s.t.lists.awaiting) && s.eventAfter(m.end+1) {
			// "Investors are awaiting Sunday's presidential debate": an
			// event still to come
			return stepToWeekday(d, wd, 1, true)
		}
		if s.formBefore(m.start, s.t.lists.awaited) && s.eventAfter(m.end+1) ||
			s.wordBetween(m.start-4, m.start-1, "for") && s.eventAfter(m.end+1) {
			// "voters prepared for Tuesday's recall election": waited for
			// in the past, the nearest such day; so is an event something
			// is for, told in the past ("said ballots for Tuesday's
			// election had been printed")
			if s.wordIs(m.start-1, "for") && s.lastDayAt >= 0 && s.lastDayAt < m.start-1 && m.start-s.lastDayAt <= 5 && s.sameSentence(s.lastDayAt, m.start) && !s.lastDayT.Before(s.day().AddDate(0, 0, -6)) &&
				!s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "that") || s.tenseOf(k) != tenseUnknown }) {
				// "began campaigning on Tuesday for Sunday's referendum":
				// what is done on a day for an event is done ahead of it
				return stepToWeekday(s.lastDayT, wd, 1, false)
			}
			return nearestWeekday(d, wd)
		}
		if resultsOf := m.start > 1 && s.wordIs(m.start-1, "of") && s.inList(m.start-2, s.t.lists.results); resultsOf && s.willBefore(m.start) && s.eventAfter(m.end+1) {
			// "will declare the results of Wednesday's elections": results a
			// verb delivers are of an event gone by; others may be of one
			// still to come or just gone ("will accept the results of
			// Sunday's election if the vote is fair", "will not accept the
			// results of Sunday's election, citing fraud"): the nearest
			if s.anyBetween(max(m.start-6, 0), m.start-3, func(k int) bool { return s.inList(k, s.t.lists.delivering) }) {
				return stepToWeekday(d, wd, -1, true)
			}
			return nearestWeekday(d, wd)
		}
		if (s.willBefore(m.start) || s.mayBefore(m.start) && !s.reactionBefore(m.start) || s.wouldAround(m)) && !s.afterBetweenWill(m.start) &&
			(s.eventAfter(m.end+1) || s.willBefore(m.start) && s.anyBetween(m.end+1, min(m.end+2, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.figures) })) { // (or figures: "Traders will watch Monday's midpoint")
			// (and a future seen from the telling: "said that Sunday's Oscar
			// ceremony would go ahead")
			// "Investors will look to Friday's jobs report"; but "would look
			// for ways to get around Wednesday's ruling" names a day gone by
			return stepToWeekday(d, wd, 1, true)
		}
		if s.exhortedIn(m) {
			// "Tsipras urged voters to reject the creditors' terms in
			// Sunday's referendum", told on Thursday: what people are
			// urged to do in an event, they do in one still to come
			return stepToWeekday(d, wd, 1, true)
		}
		if v := s.possessiveSubjectVerb(m); v == tenseFuture || v == tensePresent {
			// "Sunday's men's marathon will follow the route from
			// Marathon", "Traders said Tuesday's session in Tokyo could
			// prove just as volatile": the event is the subject of a verb
			// that looks ahead (not an incident, an outcome or figures:
			// "Tuesday's disaster may set back years of efforts",
			// "Thursday's decision should put an end to the debate")
			return stepToWeekday(d, wd, 1, true)
		}
		return stepToWeekday(d, wd, -1, true)
	}
	for i := m.start - 1; i >= 0 && i >= m.start-3; i-- {
		// "suspended travel for 30 days, starting at 11:59 p.m. Friday":
		// the start of a period is the nearest such day, ahead or gone
		if s.t.lex.inClass(s.toks[i].Word, s.t.lists.start) {
			next, prev := stepToWeekday(d, wd, 1, true), stepToWeekday(d, wd, -1, true)
			t := s.tense(m.start, m.end)
			if t == tensePresent {
				if _, k := s.scanTenseAt(m.start-1, -1); k >= 0 && s.isBe(k) && s.anyBetween(k+1, i-1, func(j int) bool {
					return s.wordIs(j, "day") || s.wordIs(j, "days") || s.wordIs(j, "week") || s.wordIs(j, "weeks")
				}) {
					// "The city is under a 10-day curfew starting Saturday", "is
					// in the third day of a strike starting Sunday": a period
					// under way (but "Tickets are on sale starting Monday")
					t = tenseUnknown
				}
			}
			decided := s.decidingVerbBefore(i)
			if decided >= 0 && (t == tensePast || t == tenseUnknown) {
				if day, ok := s.dayBefore(m.start); ok && s.lastDayAt > decided {
					// "agreed on Sunday to a boycott of parliament beginning
					// on Tuesday": the first such day after the decision's
					return stepToWeekday(day, wd, 1, false)
				}
			}
			if next.Sub(d) <= d.Sub(prev) || t == tenseFuture || t == tensePresent || (t == tensePast || t == tenseUnknown) && (s.infinitiveBefore(i) || decided >= 0) {
				// (and a measure decided in the past: "voted Tuesday night to
				// make masks optional for students starting Monday", "agreed
				// on Monday to a truce starting on Sunday")
				return next // "will take part in an exercise starting on Sunday", "then attends a summit, starting Thursday"
			}
			return prev
		}
		if !s.wordIs(i, "at") && !s.wordIs(i, "on") && !s.wordIs(i, "from") {
			break
		}
	}
	if m.start > 0 && (s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "to") || s.wordIs(m.start-1, "through")) && s.postponed(m.start-1) &&
		!(s.inRelativeClause(m.start) && s.mainVerbAfterClause(m.end) == tensePast && !s.reportAfterClause(m.end)) { // ("The hearing, which the judge had pushed back to Monday, ended with …")
		// "postponed a decision until Monday": put off to a day ahead
		return stepToWeekday(d, wd, 1, false)
	}
	if m.start >= 2 && (s.wordIs(m.start-1, "and") || s.wordIs(m.start-1, "or") || s.wordIs(m.start-1, "through")) &&
		(s.wordIs(m.start-2, "tonight") || s.wordIs(m.start-2, "tomorrow")) {
		// "freezing rain tonight and Wednesday": after tonight or
		// tomorrow, the days to come
		return stepToWeekday(d, wd, 1, true)
	}
	if lp := s.lastPoint; (wd == 6 || wd == 7) && s.lastSet && !lp.end.IsZero() && lp.g == model.GranDay && isoWeekday(lp.t) == 6 &&
		s.sameSentence(s.lastAt, m.start) && s.tense(m.start, m.end) == tenseUnknown {
		// "would ease by the weekend, with temperatures climbing back to
		// 22 degrees on Saturday": a day of the weekend just named
		return lp.t.AddDate(0, 0, wd-6)
	}
	if k := s.followingAt(m.start); k >= 0 && (s.tense(m.start, m.end) != tenseFuture || s.wordIs(k-1, ",") && !s.willBefore(k)) {
		// "Putin is now acting president following Yeltsin's surprise
		// resignation on Friday": the event followed is gone by (and
		// after a comma, ", following a rout on Thursday" is an adjunct
		// of its own, whatever the tense of the clause before, unless
		// that clause says "will": "will fly to Brussels, following a
		// summit in London on Friday")
		return stepToWeekday(d, wd, -1, true)
	}
	if s.pastParticiplePhrase(m) {
		// "The deal, approved by both boards late Sunday, is expected to
		// close in the second quarter": a participle phrase set off by
		// commas tells what was done to its noun, a day gone by
		return stepToWeekday(d, wd, -1, true)
	}
	if s.comparedBase(m.start) {
		// "half of flights were expected to operate on Tuesday, up from a
		// third on Monday": the figure compared with is one gone by
		return stepToWeekday(d, wd, -1, true)
	}
	if s.afterListedDay(m, wd) {
		// "a summit on Tuesday and Wednesday": the day after the one
		// just named
		return stepToWeekday(s.lastDayT, wd, 1, false)
	}
	if m.start >= 2 && s.wordIs(m.start-2, "had") && s.namingVerb(m.start-1) {
		// "the government had declared Monday a public holiday": a day set
		// before the news, the nearest such day
		return nearestWeekday(d, wd)
	}
	if s.aheadOfEventOn(m.start) && !s.hadWithin(m.start, 10) {
		// "security was tightened ahead of New Year's Eve celebrations on
		// Sunday": an event still to come, after the day the sentence
		// tells of ("stepped up patrols on Saturday ahead of the derby on
		// Sunday")
		if day, ok := s.dayBefore(m.start); ok {
			return stepToWeekday(day, wd, 1, true)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if k := s.eventPrepAt(m.start); k >= 0 {
		if day, ok := s.dayBefore(k); ok && math.Abs(day.Sub(d).Hours()) <= 24*14 && !s.reportingDay(s.lastDayAt) &&
			!s.anyBetween(s.lastDayAt+1, k-1, func(j int) bool { return s.tenseOf(j) != tenseUnknown }) {
			// "will address Parliament on Wednesday, May 25, after a state
			// banquet hosted by the Queen on Tuesday evening"; "flew to
			// Brussels on Wednesday for a NATO summit, before a G7 meeting
			// on Friday": an event after or before the one the clause
			// tells of, counted from its day (a day of the news's
			// fortnight, named in the same clause: not "said on Monday that
			// the team would decide after a meeting on Thursday")
			if s.wordIs(k, "before") {
				return stepToWeekday(day, wd, 1, false)
			}
			return stepToWeekday(day, wd, -1, false)
		}
	}
	if day, ok := s.dayBefore(m.start); ok && s.eventCalledFor(m.start) {
		// "ministers met on Thursday, and Tusk called an emergency summit
		// of euro zone leaders for Monday evening": an event called for a
		// day after the one the sentence tells of
		return stepToWeekday(day, wd, 1, false)
	}
	if day, ok := s.dayBefore(m.start); ok && s.eventForOn(m.start) &&
		!s.anyBetween(max(s.lastDayAt-4, 0), m.start-1, func(j int) bool { return s.inList(j, s.t.lists.forDeeds) && s.sameSentence(j, m.start) }) {
		// "leaders began arriving on Monday for a summit on Tuesday",
		// "Olympic organisers declared Sydney ready on Monday for the
		// opening ceremony on Friday night": an event set for a day after
		// the one the sentence tells of (not a deed done for it: "The
		// league fined the club on Monday for the match on Saturday")
		return stepToWeekday(day, wd, 1, true)
	}
	if m.end < len(s.toks) && m.start > 1 && s.wordIs(m.start-1, "on") && s.toks[m.start-2].Kind == tokWord && !s.toks[m.start-2].Cap && s.tenseOf(m.start-2) == tenseUnknown &&
		s.tenseOf(m.end) == tensePast && !s.isBe(m.end) && !s.futureInClause(m.start-2) {
		// "after voters on Tuesday handed control of the House to
		// Democrats": the subject's own verb right after the day
		return stepToWeekday(d, wd, -1, true)
	}
	if m.start > 0 && (s.wordIs(m.start-1, "for") || s.warningIssuedUntil(m.start)) && s.anyBetween(max(m.start-8, 0), m.start-2, func(k int) bool {
		return (s.inList(k, s.t.lists.warnings) || s.inList(k, s.t.lists.forecasts)) && s.sameSentence(k, m.start)
	}) {
		// "The Met Office issued a severe weather warning for Scotland for
		// Wednesday and Thursday", "put the odds of acceptable weather for
		// Saturday at 60 percent": a warning or a forecast is for a day to
		// come, or, in a past clause, the nearest such day ("a warning was
		// in place for Wednesday, when the storm hit"); in a pluperfect,
		// before or after it, the day gone by ("The forecast had called
		// for heavy rain for Saturday", "The outlook for Monday had been
		// grim")
		v, k := s.scanTenseAt(m.start-1, -1)
		if v == tenseUnknown {
			v, k = s.scanTenseAt(m.end, 1)
		}
		if v == tensePast && (s.hadBefore(k+1) || s.wordIs(k, "had")) {
			return stepToWeekday(d, wd, -1, true)
		}
		if v == tensePast && !(s.wordIs(m.start-2, "issued") || s.wordBetween(max(m.start-8, 0), m.start-1, "issued")) {
			return nearestWeekday(d, wd)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if m.start > 2 && s.wordIs(m.start-1, "on") && s.warningRestricts(m.start) {
		// "Police have issued an advisory restricting vehicle movement
		// around the Red Fort on Monday": what a warning restricts lies
		// ahead of it
		return stepToWeekday(d, wd, 1, true)
	}
	if s.broughtForwardFrom(m.start) {
		// "The announcement was brought forward by two days from
		// Tuesday, the date originally planned": a day moved up from is
		// still to come
		return stepToWeekday(d, wd, 1, false)
	}
	if v, k := s.scanTenseAt(m.start-1, -1); v == tensePast && k >= 0 && s.decidedOnDay(k, m.start) && s.infinitiveBetween(k+1, m.start-1) && !s.commaBetween(k, m.start) &&
		!s.hadBefore(k) && s.lastDayAt > k && s.lastDayAt < m.start && !s.incidentOn(m.start) {
		// (not the day of an incident named in what was decided: "voted
		// unanimously on Tuesday to condemn the arson attack on Saturday
		// that destroyed a mosque")
		// "voted on Tuesday to hold the poll on Monday": the first such
		// day after the decision's
		return stepToWeekday(s.lastDayT, wd, 1, false)
	}
	if k := s.decidedStartBefore(m.start); k >= 0 {
		// "agreed on Thursday on a new ceasefire in eastern Ukraine, to
		// begin at 00:00 local time on Sunday": what was agreed starts on
		// a day after the agreement's (the day told of, else the DCT)
		if day, ok := s.dayBefore(m.start); ok && s.lastDayAt > k {
			return stepToWeekday(day, wd, 1, false)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if set, forDay := s.scheduledFor(m.start), s.forDayBefore(m.start); (set || forDay || s.calledEventOn(m.start)) &&
		!s.plannedThenPutOff(m) && !s.hadWithin(m.start, 10) {
		v := s.scanTense(m.start-1, -1)
		if day, ok := s.dayBefore(m.start); (set || forDay) && ok && !day.After(d) && v != tenseFuture {
			// "The president spoke on Tuesday, convening parliament for
			// Monday": a day set after the day the sentence tells of
			return stepToWeekday(day, wd, 1, false)
		}
		if v == tensePast {
			// "Unions called a general strike for Thursday", "Hollande
			// declared a national day of mourning for Thursday": a day set
			// for something, the nearest such day (not one gone by a week);
			// one three days back or more would have been set days before
			// the news, the day ahead is meant ("Belgium declared a national
			// day of mourning for Tuesday", told on Friday)
			if n := nearestWeekday(d, wd); d.Sub(n) < 3*24*time.Hour {
				return n
			}
			return stepToWeekday(d, wd, 1, true)
		}
	}
	if s.urgedFor(m.start) && !(m.start > 0 && (s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till") || s.wordIs(m.start-1, "through")) && s.directiveBefore(m.start)) {
		// "asked airlines to cancel flights at Orly on Friday": what
		// someone was told to do, or the telling; the nearest such day
		// (but what they were told to do until a day lasts to one ahead
		// of the telling, below: "urged residents to stay indoors until
		// Friday")
		return nearestWeekday(d, wd)
	}
	t := s.tense(m.start, m.end)
	if (t == tenseFuture || t == tensePresent) && s.pastAbleTo(m.start) {
		// "More than 100 million people were eligible to vote on Monday",
		// "were able to meet on Monday": an infinitive after a past "be"
		// and its adjective tells what could be done then
		t = tensePast
	}
	if t == tenseFuture && s.hadForecastThat(m.start) {
		// "Forecasters had warned that the storm would hit on Monday":
		// a forecast the pluperfect tells has come
		t = tensePast
	}
	if t == tenseFuture && s.knownAsEarlyAs(m.start) {
		// "The agency warned residents as early as Monday that the river
		// would rise": when it was known or told
		t = tensePast
	}
	if v, _ := s.scanTenseAt(m.start-1, -1); v == tenseUnknown && s.futureDayAt >= 0 && s.futureDayAt > s.lastDayAt-1 && s.sameSentence(s.futureDayAt, m.start) &&
		s.wordBetween(s.futureDayAt, m.start, "and") && !s.commaBetween(s.futureDayAt, m.start) {
		// "Clinton will arrive in Xi'an on Thursday evening and hold
		// talks in Beijing on Saturday, officials said": a second day in
		// a clause joined to one ahead lies ahead too
		t = tenseFuture
	}
	if m.end < len(s.toks) && (s.isBe(m.end) || s.isModal(m.end)) && m.start > 0 && (s.wordIs(m.start-1, "said") || s.wordIs(m.start-1, "says")) {
		// "the airport said Sunday is expected to be the busiest day": a
		// day that is the subject of its own clause takes that clause's
		// tense, not the reporting verb's
		if v := s.scanTense(m.end, 1); v != tenseUnknown {
			t = v
		}
	}
	if end, ok := s.weekdayAt(min(m.end+1, len(s.toks)-1)); ok && end != wd && (t == tenseFuture || t == tensePresent) && !s.pastBefore(m.start) && m.start > 0 && s.wordIs(m.start-1, "between") && s.wordIs(m.end, "and") {
		// "AAA expects 42.5 million people to travel between Wednesday
		// and Sunday", "are expected to pass through the terminals between
		// Tuesday and Sunday", told on a Wednesday: a span not told as gone
		// by holds the news's day when it can; it ends on the coming such
		// day (today too) and begins on the day before that
		return stepToWeekday(stepToWeekday(d, end, 1, true), wd, -1, false)
	}
	if k, ok := s.betweenStart(m); ok {
		if start, _ := s.weekdayAt(k); start != wd && !s.pastBefore(k) {
			if tk := s.tense(k, k+1); tk == tenseFuture || tk == tensePresent || tk == tenseUnknown && t != tensePast && start == isoWeekday(d) {
				// (and the span's end, as its start reads it: the coming
				// such day; so too when the span starts on the news's own
				// day and no tense says it is gone: "AAA expects 42.5
				// million people to travel between Wednesday and Sunday",
				// told on a Wednesday)
				return stepToWeekday(d, wd, 1, true)
			}
		}
	}
	if lp, at := s.weekOfClause(); (t == tenseUnknown || t == tensePresent) && at >= 0 && s.sameSentence(at, m.start) &&
		!s.relativeBetween(at, m.start) && !s.wordBetween(at, m.start, "that") && !s.causeOfWeek(m) {
		// "temperatures above 35 early next week, with relief from a cool
		// change on Thursday", "kicks into gear this week, with Intel
		// reporting on Tuesday": with no tense to go by, the day of the
		// week just named
		mon := lp.t.AddDate(0, 0, 1-isoWeekday(lp.t))
		if day := mon.AddDate(0, 0, wd-1); t == tenseUnknown || !day.Before(d) {
			// (in a present clause only a day not gone by: "Earnings season
			// kicks into gear this week, with Goldman reporting on Tuesday")
			return day
		}
	}
	if v, k := s.scanTenseAt(m.start-1, -1); t == tenseFuture && v == tenseFuture && k >= 0 && s.toks[k].Word == s.t.lists.idCould &&
		!s.after(m, s.t.lists.deadline) && s.pastBefore(k) {
		// "residents said they could smell smoke on Monday" (told on
		// Wednesday), "forecasters said Andrew could hit the coast early
		// Wednesday" (told on Tuesday): "could" after a past verb is the
		// nearest such day; "may", "can", a "could" with no past before it
		// ("the storm could make landfall Monday") and one by a deadline
		// ("could reach Florida by Sunday morning") look ahead
		// (and so does a "could" of what may still happen when the
		// nearest day went by two days or more before: "Fraser said the
		// men's final could slip to Monday", told on Thursday; not one of
		// an ability then, see couldAhead)
		if n := nearestWeekday(d, wd); d.Sub(n) >= 2*24*time.Hour && s.couldAhead(k, m) {
			return stepToWeekday(d, wd, 1, true)
		}
		return nearestWeekday(d, wd)
	}
	if due, ok := s.pastPlan(m.start); t == tenseFuture && ok {
		if due {
			// "the truce was due to expire on Tuesday", "investigators were
			// due to arrive on Sunday": a plan told in the past, the
			// nearest such day
			return nearestWeekday(d, wd)
		}
		t = tensePast // "Stocks were set for a weekly loss on Friday": the day has come
	}
	if t != tensePast && s.pastSchedule(m.start) {
		if prev := stepToWeekday(d, wd, -1, false); d.Sub(prev) <= 48*time.Hour || s.overtaken(m.end) {
			// (any day of the week gone by when the plan was overtaken:
			// "was supposed to be released Monday but was delayed")
			// "The talks were supposed to end Wednesday evening", told on
			// Thursday: a timetable told in the past whose day is a day or
			// two gone by ("was supposed to sail on Friday", told on
			// Thursday, still looks ahead)
			return prev
		}
	}
	if s.calledForEventOn(m.start) && !s.hadWithin(m.start, 12) {
		// "Odinga called for a mass rally in Nairobi on Thursday": an
		// event called for lies ahead of the call
		return stepToWeekday(d, wd, 1, true)
	}
	if s.pluperfectPlan(m.start) {
		// "Gorbachev had been due back in Moscow on Tuesday", "the bank
		// had been scheduled to announce its decision on Wednesday": a
		// plan overtaken by events, the nearest such day
		return nearestWeekday(d, wd)
	}
	if t == tenseFuture && s.plannedThenPutOff(m) {
		// "Six Nations matches scheduled for Saturday were also
		// postponed": a plan seen from its undoing, the nearest such day
		return nearestWeekday(d, wd)
	}
	if t == tenseFuture && s.scheduledInPast(m) {
		// "The talks, scheduled to finish on Friday, ran more than a day
		// over time", "36 hours after the summit's scheduled close
		// Friday": a timetable told in a past sentence, the nearest such
		// day
		return nearestWeekday(d, wd)
	}
	if t == tenseFuture && s.plannedInPluperfect(m.start) {
		// "Russia had pulled out of a meeting planned for Thursday": a
		// plan seen from a past point, the nearest such day
		return nearestWeekday(d, wd)
	}
	if t == tenseUnknown && m.start > 0 && s.wordIs(m.start-1, "from") && m.end+1 < len(s.toks) &&
		(s.wordIs(m.end, "to") || s.wordIs(m.end, "until") || s.wordIs(m.end, "till") || s.wordIs(m.end, "through")) {
		// "exercises in the Taiwan Strait from Tuesday to March 20", with
		// no tense in reach: the start of a period, the nearest such day
		return nearestWeekday(d, wd)
	}
	if t == tensePresent && m.start > 2 && s.wordIs(m.start-1, "on") && s.inList(m.start-2, s.t.lists.incidents) && s.possessiveMark(m.start-3) {
		// "Traders return to work this week, with the weekend's attack on
		// Saturday still in mind": an incident of a time gone by (but "The
		// inquiry into the crash opens on Thursday" is the inquiry's day)
		return stepToWeekday(d, wd, -1, true)
	}
	if i := m.end; m.start > 0 && s.wordIs(m.start-1, "from") && i+2 < len(s.toks) && (s.wordIs(i, "through") || s.wordIs(i, "to") || s.wordIs(i, "until") || s.wordIs(i, "till")) && s.wordIs(i+1, "next") {
		if end, ok := s.weekdayAt(i + 2); ok {
			// "would travel from Tuesday through next Monday", told on a
			// Wednesday: the range ends on the coming Monday and starts on
			// the Tuesday before it, whatever the tense
			return stepToWeekday(nextWeekday(d, end), wd, -1, false)
		}
	}
	if t == tensePresent && (wd-cur+7)%7 > 4 && s.perfectMeasureBefore(m.start) && !(m.start > 0 && (s.wordIs(m.start-1, "from") || s.wordIs(m.start-1, "for") ||
		s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "till"))) {
		// "The bookstore has closed its doors on Friday after 50 years",
		// told on a Saturday: a measure in the present perfect on a day
		// one or two days gone by may be that day's (wire copy writes
		// so), unless the day is when it starts or runs to ("have
		// canceled classes on Monday", told on a Thursday, is ahead)
		return stepToWeekday(d, wd, -1, true)
	}
	if t == tenseFuture || t == tensePresent {
		if end, ok := s.rangeEndWeekday(m); ok && t == tensePresent && m.start > 0 && s.wordIs(m.start-1, "from") {
			// "alcohol is banned from 6 p.m. Friday until Monday morning",
			// told on a Saturday: the range runs to the coming Monday and
			// starts on the Friday before it, which may be gone by (but
			// "will close from Friday to Monday" is all ahead)
			last := stepToWeekday(d, end, 1, true)
			return stepToWeekday(last, wd, -1, false)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if (t == tenseUnknown || s.mayBefore(m.start)) && s.after(m, s.t.lists.deadline) && !(m.start > 0 && s.wordIs(m.start-1, "through") && s.perfectBefore(m.start)) && !s.shortlyBefore(m.start) {
		// "Cyprus has until Monday to raise the money", "a front could
		// bring rain by Wednesday night": a deadline ahead
		return stepToWeekday(d, wd, 1, true)
	}
	if t == tensePast && m.start > 1 && (s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) &&
		s.anyBetween(max(m.start-5, 0), m.start-2, func(k int) bool { return s.inList(k, s.t.lists.states) }) {
		// "Eurostar said its trains were fully booked through Tuesday",
		// "the airport was closed until Monday": a state told in the past
		// runs to the nearest such day, ahead or gone; but one with no
		// verb of its own ("ended mixed on Thursday, with most markets
		// closed until Tuesday") holds now and runs ahead
		if _, k := s.scanTenseAt(m.start-1, -1); k > 1 && s.inList(k, s.t.lists.states) && !s.isBe(k-1) && !s.isBe(k-2) &&
			s.anyBetween(max(k-6, 0), k-1, func(j int) bool { return s.wordIs(j, "with") }) && s.lastDayT.Equal(d) && s.sameSentence(s.lastDayAt, m.start) {
			// (only when the sentence tells of the news's own day: "the
			// storm battered the coast over the weekend, with the highway
			// blocked until Monday" is the nearest Monday)
			return stepToWeekday(d, wd, 1, true)
		}
		v, j := s.scanTenseAt(m.end, 1)
		if k := s.activeStateBefore(m.start); k > 0 && !(v == tensePast && s.anyBetween(m.end, j-1, func(a int) bool { return s.wordIs(a, "and") })) {
			// "The government declared a state of emergency and closed
			// schools until Monday": a deed that set the state, told with
			// its object, runs on from the deed's day (the news's, unless
			// the sentence told another); not when a past clause after
			// ", and" ends the state ("Heavy snow closed schools until
			// Monday, and classes resumed on Tuesday")
			act := d
			if day, ok := s.dayBefore(m.start); ok && !day.After(d) && s.lastDayAt < k {
				act = day
			}
			return stepToWeekday(act, wd, 1, false)
		}
		if day, ok := s.dayBefore(m.start); ok && day.Before(d.AddDate(0, 0, -2)) {
			// "An ice storm that began Jan. 18 … kept schools closed through
			// Thursday": the last such day before the news, not before the
			// day the sentence told ("Flooding that began March 1 kept the
			// highway closed until Tuesday", told on March 15, is March 12)
			if prev := stepToWeekday(d, wd, -1, false); !prev.Before(day) {
				return prev
			}
		}
		// (a state reported with "was" or "were" still holds at the
		// news: three days gone by is further than it reaches, "Greyhound
		// said buses out of Chicago were sold out through Tuesday", told
		// on a Friday; not one the narrative past tells, "Hotels were
		// fully booked through Saturday for the marathon", nor a state a
		// deed made, "A blizzard shut offices until Monday", nor one
		// after "with")
		if prev := stepToWeekday(d, wd, -1, false); d.Sub(prev) >= 3*24*time.Hour && s.reportedAround(m.start) &&
			s.anyBetween(max(m.start-6, 0), m.start-2, func(k int) bool { return s.isBe(k) && s.sameSentence(k, m.start) }) && !s.verbAfter(m.end) {
			return stepToWeekday(d, wd, 1, false)
		}
		return nearestWeekday(d, wd)
	}
	if k := s.inForceBefore(m.start - 1); t == tensePast && k >= 1 && (s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) &&
		!s.isPerfect(k-1) && !s.hadWithin(m.start, 10) && !s.periodEndedAfter(m) {
		// "Beijing declared a public holiday through Wednesday", "Toyota
		// halted production at all its plants through Wednesday": a
		// period a deed set in the simple past runs on from the deed's
		// day, the one the sentence told ("canceled more than 1,500
		// flights from Sunday through Tuesday") or else one near the
		// news: ahead, unless that day went by a day or two before
		// ("Polling was extended by one day until Friday", told on the
		// Saturday), or a past verb after "and", "before" or "until"
		// tells the period is over ("halted production through
		// Wednesday, and output resumed on Thursday"; not a source's or a
		// cause's: "…, the company said", "after a supplier was hit")
		if day, ok := s.dayBefore(m.start); ok && !day.After(d) {
			return stepToWeekday(day, wd, 1, false)
		}
		if prev := stepToWeekday(d, wd, -1, false); d.Sub(prev) >= 3*24*time.Hour {
			return stepToWeekday(d, wd, 1, false)
		}
	}
	if day, ok := s.dayBefore(m.start); ok && t == tensePast && !day.After(d) && s.orderedStateBefore(m.start, m.end) {
		// "Gov. Mark Dayton on Friday ordered all public schools closed
		// Monday": the state ordered for a day after the order's
		return stepToWeekday(day, wd, 1, false)
	}
	if t == tensePast && s.after(m, s.t.lists.deadline) && s.directiveBefore(m.start) {
		// "advised fishermen not to venture out to sea until Wednesday":
		// what someone was told to do lies ahead of the telling ("On
		// Saturday, officials urged residents to stay indoors until
		// Monday": from that Saturday)
		// (a day ahead named before is no day of the telling: "scheduled
		// a hearing for Saturday and ordered the ballots brought to
		// Tallahassee by Friday")
		if day, ok := s.dayBefore(m.start); ok && !day.After(d) {
			return stepToWeekday(day, wd, 1, false)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	if v, k := s.scanTenseAt(m.start-1, -1); t == tensePast && v == tensePast && k > 0 && s.isPerfect(k-1) && s.after(m, s.t.lists.deadline) &&
		(s.inList(k, s.t.lists.directive) || s.inList(k, s.t.lists.postpone)) { // but "shares have risen 12 percent this year through Tuesday" is past
		// "Clinton has ordered flags flown at half-staff through
		// Wednesday": a present perfect sets a period that runs on ahead
		return stepToWeekday(d, wd, 1, true)
	}
	if t == tensePast && s.after(m, s.t.lists.deadline) && m.end < len(s.toks) && s.wordIs(m.end, "to") {
		// "mediators gave them until Tuesday morning to settle": a
		// deadline set in the past, the nearest such day, often still ahead
		return nearestWeekday(d, wd)
	}
	if (t == tensePresent || t == tenseUnknown) && s.beforeEventOn(m) && !s.pastBefore(m.start) {
		// "The storms come days before the millennium celebrations on
		// Friday night": what is still before an event set for a day
		return stepToWeekday(d, wd, 1, true)
	}
	if t == tenseUnknown && s.frontedBeforePresent(m) {
		// "On Thursday, the president sends Congress a budget plan": a
		// day set before its clause, whose verb is a present in -s
		return stepToWeekday(d, wd, 1, true)
	}
	if t == tenseUnknown && s.presentVerbNear(m.start, m.end) {
		// "Intel posts results after the bell on Tuesday": a verb in the
		// present no list knows, a timetable's
		return stepToWeekday(d, wd, 1, true)
	}
	if t == tenseUnknown && s.hasDCT && s.lastDayAt >= 0 && s.lastDayAt < m.start && m.start-s.lastDayAt <= 16 && s.sameSentence(s.lastDayAt, m.start) &&
		s.lastDayT.After(d) && (wd-isoWeekday(s.lastDayT)+7)%7 <= 3 && (wd-isoWeekday(s.lastDayT)+7)%7 > 0 &&
		s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "and") }) &&
		!s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool {
			return s.tenseOf(k) != tenseUnknown || s.wordIs(k, "that") || s.inList(k, s.t.lists.relative)
		}) {
		// "He then goes on to Brussels for a NATO meeting on Thursday,
		// and to Sicily for a summit on Friday": with no tense of its
		// own, a day told after one ahead, in its sentence, goes on from
		// it, when that day is within the week ahead ("The final Test
		// begins on January 3, and the forecast includes thunderstorms on
		// Saturday afternoon", told on December 27, is this Saturday)
		if s.lastDayT.Sub(d) < 7*24*time.Hour {
			return stepToWeekday(s.lastDayT, wd, 1, false)
		}
		return stepToWeekday(d, wd, 1, true)
	}
	return stepToWeekday(d, wd, -1, true)
}

// hadForecastThat reports whether the clause of token i is what a
// pluperfect forecast said would come: "had warned that the storm would
// hit on Monday", "had predicted that it would make landfall on Monday".
func (s *Session) hadForecastThat(i int) bool {
	would := false
	for k := i - 1; k >= 2 && k >= i-14 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "would") {
			would = true
		}
		if s.wordIs(k, "that") {
			v := k - 1
			return would && s.hadForecast(v)
		}
	}
	return false
}

// hadForecast reports whether token k is a verb of forecasting in the
// pluperfect ("had warned", "had long predicted"): what it foretold has
// come by the time of the telling.
func (s *Session) hadForecast(k int) bool {
	return k >= 2 && (s.wordIs(k, "warned") || s.wordIs(k, "predicted") || s.wordIs(k, "forecast") || s.wordIs(k, "forecasted")) &&
		(s.wordIs(k-1, "had") || s.wordIs(k-2, "had") && s.isAdverb(k-1))
}

// knownAsEarlyAs reports whether "as early as" right before token i
// tells how early something was known, found or told: a past verb of
// knowing or telling (knowing_verbs) governs it, with no modal between
// ("received complaints from parents as early as March", "warned
// residents as early as Monday"). Where none does, "as early as" looks
// ahead ("could reopen as early as March").
func (s *Session) knownAsEarlyAs(i int) bool {
	k := i - 3
	if k <= 0 || !s.wordIs(k, "as") || !s.wordIs(k+1, "early") || !s.wordIs(k+2, "as") {
		return false
	}
	pv, pk := s.scanTenseAt(k-1, -1)
	return pv == tensePast && pk >= 0 && !s.commaBetweenPastApposition(pk, k) && !s.anyBetween(pk, k, s.isModal) && s.inList(pk, s.t.lists.knowing)
}

// tenseAllows reports whether the clause's tense lets a date lie in year y:
// "will join NATO on March 12" is not in a year gone by.
func (s *Session) tenseAllows(m *match, y int) bool {
	switch s.tense(m.start, m.end) {
	case tenseFuture:
		return y >= s.dct.Year()
	case tensePast:
		return y <= s.dct.Year()
	case tensePresent:
		return y >= s.dct.Year() // ("… below the first quarter of 2023, and relief money runs out at the end of December", told in 2024)
	}
	return true
}

// dayOfMonth places "the 18th": in the month of a date stated just before
// (the month after, when that date's day is later: "left on March 20 and
// returned on the 9th"), else in the DCT's month, or the month before or
// after as the tense says; a day the month lacks moves on another month.
func (s *Session) dayOfMonth(m *match, day int) time.Time {
	dir := 1
	var month time.Time
	if lp := s.lastPoint; s.lastSet && s.lastNamed && !lp.ref && lp.g >= model.GranMonth && lp.g != model.GranSeason && m.start-s.lastAt <= anaphorReach {
		month = ymd(lp.t.Year(), int(lp.t.Month()), 1)
		if lp.g >= model.GranDay && day < lp.t.Day() {
			month = month.AddDate(0, 1, 0)
		}
	} else {
		d := s.day()
		month = ymd(d.Year(), int(d.Month()), 1)
		switch tense := s.tense(m.start, m.end); {
		case tense == tensePast:
			dir = -1
			if day > d.Day() {
				month = month.AddDate(0, -1, 0)
			}
		case day < d.Day() && tense != tenseUnknown:
			month = month.AddDate(0, 1, 0)
		case day < d.Day():
			dir = -1 // "on the 3rd", said on the 18th: most likely gone by
		}
	}
	for k := 0; k < 2 && day > daysIn(month.Year(), int(month.Month())); k++ {
		month = month.AddDate(0, dir, 0)
	}
	return month.AddDate(0, 0, day-1)
}

// openedInYear reports whether the sentence of token i opens with "In"
// and year y ("In 2017, the court annulled the August result and ordered
// a rerun, which was held in October"): the year sets the time of the
// whole sentence, relative clauses told in the past too.
func (s *Session) openedInYear(i, y int) bool {
	k := s.openingBefore(i)
	if !s.sentenceStart(k) || !s.wordIs(k, "in") {
		return false
	}
	j := s.matchStartingAt(k + 1)
	return j >= 0 && s.matches[j].f.year == y && s.matches[j].f.month == 0 && !s.matches[j].f.yearShort
}

// pactYear reports whether the year from token at to end names a pact
// (pact_nouns) after "the", within three words ("the 1972 Anti-Ballistic
// Missile Treaty", "the landmark 1972 treaty", "the 2011 Istanbul
// Convention"): the year is the pact's, not that of a date after it up to
// token to. Not when a verb of enacting governs a pact not named in
// capitals ("approved the 2014 constitution in January" is what made it),
// nor when a participle of making (pact_making) right after the name
// tells when it was made ("the 2015 accord, signed in July", "drawn up in
// August"; not "abandon the 1972 treaty, announced in December").
func (s *Session) pactYear(at, end, to int) bool {
	d := at - 1
	if d > 1 && s.toks[d].Kind == tokWord && !s.toks[d].Cap && !s.wordIs(d, "the") && s.tenseOf(d) == tenseUnknown {
		d-- // "the landmark 1972 treaty"
	}
	if d <= 0 || !s.wordIs(d, "the") {
		return false
	}
	for k, n := end, 0; k < to && n < 3; k++ {
		if s.innerHyphen(k) || s.innerHyphen(k-1) {
			continue // "Anti-Ballistic"
		}
		if s.toks[k].Kind != tokWord {
			return false
		}
		if s.inList(k, s.t.lists.pactNouns) || s.wordIs(k, "convention") && s.toks[k].Cap {
			if !s.toks[k].Cap && s.inList(d-1, s.t.lists.enacting) {
				return false // ("approved the 2014 constitution"; but a named pact is joined later: "ratified the 1997 Kyoto Protocol in November")
			}
			p := k + 1
			if s.wordIs(p, ",") {
				p++
			}
			return p >= to || !s.inList(p, s.t.lists.pactMaking)
		}
		n++
	}
	return false
}

// storyYear is the year a past clause at m tells of, when a date stated
// in full earlier in its sentence (or a month given its year) set it:
// "In 1996, sales peaked at midyear", "since 1990, when a lapse closed
// the parks over the Columbus Day weekend".
func (s *Session) storyYear(m *match) (int, bool) {
	lp := s.lastPoint
	if !s.lastSet || !(s.lastExplicit || s.lastAnchored || s.lastYearsEvent) || lp.ref || lp.g < model.GranYear || lp.g > model.GranDay ||
		!s.hasDCT || lp.t.Year() == s.dct.Year() || !s.sameSentence(s.lastAt, m.start) || m.start-s.lastAt > 12 && !(s.lastYearsEvent && m.start-s.lastAt <= 24) || s.inRelativeClause(s.lastAt) || s.participlePhraseYear(s.lastAt, s.lastEnd) ||
		m.start > 0 && s.wordIs(m.start-1, "since") {
		// (a period "since the start of the year" runs to the news: "reported
		// a rise in profit for 1994 and said sales since the start of the
		// year were running ahead")
		return 0, false
	}
	when := m.start-s.lastAt > 2 && s.wordIs(s.lastAt+1, ",") && s.wordIs(s.lastAt+2, "when") // "since 1990, when …"
	if s.lastBound && !when || !when && s.relativeBetween(s.lastAt, m.start) || s.tense(m.start, m.end) != tensePast {
		return 0, false
	}
	return lp.t.Year(), true
}

// quoteSaidOn finds the day a quotation holding m was spoken, when the
// words after it date the saying to a weekday before the DCT: "…
// starts tomorrow," Johnson said on Saturday. A quote said on the DCT,
// or not dated, gives false.
func (s *Session) quoteSaidOn(m *match) (time.Time, bool) {
	open, in := s.quoteOpen(m)
	if !in {
		return time.Time{}, false
	}
	if d, ok := s.quoteSaidOnDay(m, open); ok {
		return d, ok
	}
	// a quote with no day of its own in a story whose lead tells of the
	// day before the DCT: "Vicente Fox won Mexico's presidential election
	// on Sunday … "Today Mexico has shown the world …," Zedillo said"
	if y := s.day().AddDate(0, 0, -1); s.leadDayT.Equal(y) && !s.leadDCT && !(s.lastDayT.Equal(s.day()) && s.tense(s.lastDayAt, s.lastDayAt+1) != tenseFuture) && !s.saidToday(m) &&
		!(m.f.unit == "D" && m.f.shift < 0) {
		// (not when the lead tells of the DCT too, "Rebels seized the town
		// on Sunday, the army said on Monday", nor once the story has come
		// to the DCT: "Counting continued on Monday"; a look ahead to the
		// DCT's events, "The first medals will be awarded on Saturday
		// afternoon", does not count; nor "yesterday", which looks back
		// on the lead's day from the day after: "Britain left the ERM on
		// Wednesday night … 'Yesterday was the day the government's
		// economic policy died,' said a Labour spokesman", told Thursday)
		return y, true
	}
	return time.Time{}, false
}

// nextSubjectBefore reports whether the few words before the verb at k,
// in its clause, hold "next" before a noun that is no unit of time ("the
// next eclipse comes", "their next chance to see it comes"; not "next
// week", a date of its own, nor "the hotel next to the arena").
func (s *Session) nextSubjectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && !s.sentenceStart(j+1); j-- {
		if s.toks[j].Kind == tokPunct {
			return false
		}
		if s.wordIs(j, "next") && j+1 < k {
			u := s.toks[j+1]
			return u.Kind == tokWord && !u.Cap && !s.wordIs(j+1, "to") && !s.unitWordAt(j+1)
		}
	}
	return false
}

// periodUnitAt reports whether token i is the unit of a period of
// figures that "to" and its end follow: "the 12 months to April", "the
// quarter to March".
func (s *Session) periodUnitAt(i int) bool {
	u := s.toks[i]
	return !u.Cap && s.unitWordAt(i) &&
		i > 0 && (s.toks[i-1].Kind == tokNum || s.wordIs(i-1, "the") || s.toks[i-1].Word >= 0 && s.t.lex.isNumberWord(s.toks[i-1].Word))
}

// offsetAnchor reports whether m is the day a span of time is counted
// from ("won on Saturday, four days after Election Day"): a point of
// reference, not the day being narrated.
func (s *Session) offsetAnchor(m *match) bool {
	k := m.start - 1
	if k >= 0 && s.wordIs(k, "the") {
		k--
	}
	if k < 1 || !(s.wordIs(k, "after") || s.wordIs(k, "before")) {
		return false
	}
	return s.unitWordAt(k - 1)
}

// unitWordAt reports whether token i is a unit of time, singular or
// plural ("week", "months").
func (s *Session) unitWordAt(i int) bool {
	w := s.toks[i].Word
	return w >= 0 && (s.t.lex.inClass(w, s.t.lex.classes["units"]) || s.t.lex.inClass(w, s.t.lex.classes["unit"]))
}

// habitual reports whether m, a month or season without its year, is told
// of as it comes every year: a word of habit before it in its clause
// ("which usually arrives in early June", "normally held in September"),
// or "every year" right after it ("peaks in late October and early
// November every year").
func (s *Session) habitual(m *match) bool {
	l := s.t.lists.habitual
	for k := m.start - 1; k >= 0 && k >= m.start-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") {
			break
		}
		if !s.inList(k, l) {
			continue
		}
		// the word of habit must go with the verb that governs the month:
		// a present ("which usually arrives in early June"), or a
		// participle set off by a comma ("The debate, normally held in
		// September"); not "the usually quiet town", "prices generally
		// rose in March", "the bank generally expects inflation to ease
		// in June"
		v := k + 1
		if v < m.start && s.isBe(v) && s.tenseOf(v) == tensePresent {
			v++
		}
		if v >= m.start {
			return false
		}
		tv := s.tenseOf(v)
		if s.toks[v].Word == s.t.lists.idLast {
			tv = tensePresent // "which usually last from June to September": the verb
		}
		present := (tv == tensePresent || tv == tenseUnknown && s.toks[v].Kind == tokWord && !s.toks[v].Cap &&
			!s.t.lex.inClass(s.toks[v].Word, s.t.lists.prepositions) && !s.t.lex.inClass(s.toks[v].Word, s.t.lists.determiners)) &&
			!s.formAt(v, s.t.lists.future) // ("usually last from June"; not "will resume normally in March")
		participle := s.participle(v) && (s.wordIs(k-1, ",") || v == k+2 || s.isBe(k-1) && s.tenseOf(k-1) == tensePresent) && // ("is usually held in August")
			!s.formAt(v, s.t.lists.future) // (not "A rate cut is typically expected in March")
		if !present && !participle {
			return false
		}
		// and nothing between the verb and the month that starts another
		// clause: "Exports normally peak in April but fell in May"
		for j := v + 1; j < m.start; j++ {
			if s.wordIs(j, "and") && j+3 >= m.start {
				continue // "typically peak in July and August"
			}
			if s.wordIs(j, "but") || s.wordIs(j, "and") || s.wordIs(j, "that") || s.inList(j, s.t.lists.relative) ||
				s.toks[j].Kind == tokWord && s.tenseOf(j) != tenseUnknown {
				return false
			}
		}
		return true
	}
	return s.eachYearAfter(m)
}

// habitualRangeEnd reports whether m ends a range "from" a month or
// season of every year: "typically runs from May through September".
// The end is every year's too, though "through" bounds it (a bound alone
// is this year's: "the season, which normally runs until the end of May").
func (s *Session) habitualRangeEnd(m *match) bool {
	i := s.matchStartingAt(m.start)
	if i < 1 || m.start < 3 || !(s.wordIs(m.start-1, "through") || s.wordIs(m.start-1, "to") || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) {
		return false
	}
	a := &s.matches[i-1]
	return a.end == m.start-1 && a.start > 0 && s.wordIs(a.start-1, "from") && a.rule.kind == kindDate &&
		(a.f.month != 0 || a.f.season != "") && a.f.year == 0 && !a.f.hasShift && s.habitual(a) && !s.bounded(a)
}

// eachYearAfter reports whether "every year" or "each year" follows m in
// its clause, after a present verb: "peaks in late October and early
// November every year", "runs from June through November each year".
func (s *Session) eachYearAfter(m *match) bool {
	for k := m.end; k < len(s.toks) && k <= m.end+6 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			break
		}
		if (s.wordIs(k, "every") || s.wordIs(k, "each")) && s.wordIs(k+1, "year") {
			v, _ := s.scanTenseAt(m.start-1, -1)
			return v != tensePast && v != tenseFuture
		}
	}
	return false
}

// clauseVerbAfter returns the tense read after token end when its marker
// comes before any comma or relative word, or tenseUnknown.
func (s *Session) clauseVerbAfter(end int) int {
	v, at := s.scanTenseAt(end, 1)
	if v == tenseUnknown || at < end {
		return tenseUnknown
	}
	for k := end; k < at; k++ {
		if k == end && s.wordIs(k, ",") {
			continue // "and on Tuesday, the new directors will start work"
		}
		if s.toks[k].Kind == tokPunct || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") ||
			s.wordIs(k, "after") || s.wordIs(k, "before") || s.wordIs(k, "when") || s.wordIs(k, "as") || s.wordIs(k, "because") ||
			s.wordIs(k, "since") || s.wordIs(k, "while") || s.wordIs(k, "if") || s.wordIs(k, "until") {
			return tenseUnknown // ("and on Friday Uganda after floods killed …": no verb of the date's own)
		}
	}
	return v
}

// frontedClauseVerb is the tense of the first verb after a date that
// opens its sentence (or clause) after a preposition ("By Tuesday evening
// more than 3,000 filling stations had run dry"), looking further than
// the scan after a date does and past an apposition ("…, about a quarter
// of the national total, had run dry"), up to the first stop or word that
// opens another clause; tenseUnknown when there is none.
func (s *Session) frontedClauseVerb(start, end int) int {
	// (or its clause, after ", and": "opened on Thursday night, and by
	// Friday morning the line at the box office stretched around the
	// block")
	clause := start >= 4 && (s.wordIs(start-2, "and") || s.wordIs(start-2, "but")) && s.wordIs(start-3, ",")
	// (or with no preposition, before a comma: "Sunday afternoon, the
	// downtown merchants' costume parade begins at 2 p.m.")
	bare := (start == 0 || s.sentenceStart(start)) && end < len(s.toks) && s.wordIs(end, ",")
	if !bare && (start == 0 || !s.sentenceStart(start-1) && !clause || !s.inList(start-1, s.t.lists.prepositions)) {
		return tenseUnknown
	}
	for k := end; k < len(s.toks) && k < end+20 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") && k == end && !s.attributionAt(k+1) {
			continue // the comma that closes the opening phrase ("By Saturday morning,"; but "At 8 a.m., the leaders said, both sides will begin")
		}
		if s.wordIs(k, ",") {
			// an apposition is skipped whole: its words may look like
			// verbs ("the national total")
			j := k + 1
			for j < len(s.toks) && j < k+10 && s.toks[j].Kind != tokPunct {
				j++
			}
			if j >= len(s.toks) || !s.wordIs(j, ",") {
				return tenseUnknown
			}
			k = j
			continue
		}
		if (s.wordIs(k, "who") || s.wordIs(k, "that") || s.wordIs(k, "what") && k == end+1) && k > end {
			// a relative clause on the subject runs to the main verb: "on
			// Tuesday three men who fought in the Great War are expected at
			// the Cenotaph", "On Thursday, what may be the last gathering of
			// the men who took part will be held"
			if j := s.mainVerbAfterRelative(k); j > 0 {
				return s.tenseOf(j)
			}
			if s.wordIs(k, "what") {
				continue
			}
		}
		if s.toks[k].Kind == tokPunct && !s.possessiveMark(k) && !s.wordIs(k, "'") || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") || s.wordIs(k, "when") || s.wordIs(k, "after") || s.wordIs(k, "before") {
			return tenseUnknown // (past a possessive: "the downtown merchants' costume parade begins")
		}
		if v := s.tenseOf(k); v != tenseUnknown {
			return v
		}
	}
	return tenseUnknown
}

// mainVerbAfterRelative finds the finite "be" or modal of the main clause
// after the relative clause that token k opens on a subject: the first
// one after the clause's own verb and a noun ("three men who fought in the
// Great War are expected"), within twelve words and no stop; or -1.
func (s *Session) mainVerbAfterRelative(k int) int {
	own := false
	for j := k + 1; j < len(s.toks) && j <= k+12 && !s.sentenceStart(j); j++ {
		t := s.toks[j]
		if t.Kind == tokPunct && !s.innerHyphen(j) && !s.wordIs(j, "'s") {
			return -1
		}
		if t.Kind != tokWord || s.tenseOf(j) == tenseUnknown {
			continue
		}
		if own && s.verbAfterNoun(j) {
			return j
		}
		own = true
	}
	return -1
}

// verbAfterNoun reports whether token j is a finite "be" or modal right
// after a noun or a number, as a main clause's verb is after a relative
// clause on its subject ("who fought in the Great War are expected",
// "since June 4 are expected"): not after a verb, a relative pronoun,
// "and", "or", "to", "that", an adverb or a preposition.
func (s *Session) verbAfterNoun(j int) bool {
	if j < 1 || !(s.isBe(j) || s.isModal(j)) {
		return false
	}
	p := s.toks[j-1]
	return p.Kind == tokNum || p.Kind == tokWord && s.tenseOf(j-1) == tenseUnknown && !s.inList(j-1, s.t.lists.relative) &&
		!s.wordIs(j-1, "and") && !s.wordIs(j-1, "or") && !s.wordIs(j-1, "to") && !s.wordIs(j-1, "that") && !s.isAdverb(j-1) && !s.inList(j-1, s.t.lists.prepositions)
}

// reportAfterClause reports whether the main verb after the clause that
// token i is in is one of saying: "The council, which postponed the vote
// until Thursday, said it needed more time".
func (s *Session) reportAfterClause(i int) bool {
	k := s.clauseCommaAfter(i)
	return k >= 0 && k+1 < len(s.toks) && s.inList(k+1, s.t.lists.reporting)
}

// clauseCommaAfter is the comma that closes the clause token i is in,
// within 12 tokens and its sentence, or -1.
func (s *Session) clauseCommaAfter(i int) int {
	for k := i; k < len(s.toks) && k <= i+12 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") {
			return k
		}
	}
	return -1
}

// mainVerbAfterClause is the tense of the verb right after the comma
// that closes the clause token i is in, within 12 tokens: the main
// clause's, after a relative one ("The board, whose vote was brought
// forward to Wednesday because of the holiday, approved the budget").
func (s *Session) mainVerbAfterClause(i int) int {
	k := s.clauseCommaAfter(i)
	if k < 0 {
		return tenseUnknown
	}
	for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
		if v := s.tenseOf(j); v != tenseUnknown {
			return v
		}
	}
	return tenseUnknown
}

// pluperfectSentence reports whether the sentence of token i speaks in
// the pluperfect ("By midnight, five people had died"): a time seen from
// the past day the story went back to.
func (s *Session) pluperfectSentence(i int) bool {
	return s.anyInSentence(i, func(k int) bool { return s.wordIs(k, "had") && s.participle(k+1) })
}

// anyInSentence reports whether f holds for a token of the sentence of
// token i (at most 40 tokens either side of it).
func (s *Session) anyInSentence(i int, f func(k int) bool) bool {
	for k := s.openingBefore(i); k < len(s.toks) && k < i+40 && (k <= i || !s.sentenceStart(k)); k++ {
		if f(k) {
			return true
		}
	}
	return false
}

// openingBefore walks back from token i to the start of its sentence, at
// most forty words: the start, or where the walk stopped (sentenceStart
// tells which).
func (s *Session) openingBefore(i int) int {
	k := i
	for k > 0 && !s.sentenceStart(k) && i-k < 40 {
		k--
	}
	return k
}

// otherEventDay reports whether the clause a report's day m opens names
// another day, after it and before any comma, that is no background of
// an "after", "following", "since", "before" or "having" phrase nor a
// possessive: "Police said on Tuesday a gunman opened fire late Monday"
// (but not "dealers said on Tuesday, after Wall Street slumped on
// Monday", nor "said on Tuesday ahead of Wednesday's OPEC meeting").
func (s *Session) otherEventDay(m *match) bool {
	for i := s.matchFrom(m.start + 1); i < len(s.matches); i++ {
		o := &s.matches[i]
		if !s.sameSentence(m.start, o.start) {
			break // (the matches are in text order)
		}
		if o.f.weekday == 0 && o.f.day == 0 && !(o.f.unit == "D" && o.f.hasShift) ||
			s.possessiveMark(o.end) || s.commaBetween(m.end-1, o.start) {
			continue
		}
		background := false
		for k := o.start - 1; k >= m.end && k >= o.start-6; k-- {
			if s.wordIs(k, "after") || s.wordIs(k, "following") || s.wordIs(k, "since") || s.wordIs(k, "before") || s.wordIs(k, "having") {
				background = true
				break
			}
		}
		if !background {
			return true
		}
	}
	return false
}

// newSubject reports whether token k opens a clause with a subject of its
// own: a determiner, a personal pronoun, a name, or a plural noun before a
// verb ("importers are rushing").
func (s *Session) newSubject(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	if t.Kind != tokWord {
		return false
	}
	switch {
	case t.Cap, s.t.lex.inClass(t.Word, s.t.lists.determiners):
		return true
	case s.wordIs(k, "we") || s.wordIs(k, "they") || s.wordIs(k, "he") || s.wordIs(k, "she") || s.wordIs(k, "it") || s.wordIs(k, "i") || s.wordIs(k, "you"):
		return true
	}
	return s.endsLikePluralNoun(k) && k+1 < len(s.toks) && s.tenseOf(k+1) != tenseUnknown
}

// figureInSentence reports whether the sentence of token i tells a market
// figure ("had gained $1.45", "was down 1.2 percent"): the snapshot of a
// trading day, the story's.
func (s *Session) figureInSentence(i int) bool {
	// ("had gained 4 percent", but not "had destroyed 40 percent of the forest")
	return s.anyInSentence(i, func(k int) bool {
		return s.wordIs(k, "$") || s.wordIs(k, "cents") || s.wordIs(k, "points") || s.wordIs(k, "%") || s.wordIs(k, "percent")
	}) && s.marketNounIn(i)
}

// marketNounIn reports whether the sentence of token i names a market
// (list market_nouns: shares, copper, the index …).
func (s *Session) marketNounIn(i int) bool {
	return s.anyInSentence(i, func(k int) bool { return s.inList(k, s.t.lists.marketNouns) })
}

// predictionDated reports whether the verb at token i, right before "in"
// at token in, is an active prediction that the date after "in" dates:
// "Toyota forecast in November that …"; not "Heavy rains are forecast in
// April" nor "the rate cut forecast in June".
func (s *Session) predictionDated(i, in int) bool {
	if i == 0 || s.isBe(i-1) || s.wordIs(i-1, "been") || s.t.lex.inClass(s.toks[i-1].Word, s.t.lists.determiners) {
		return false
	}
	for k := in + 1; k < len(s.toks) && k <= in+5 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, "that") {
			return true
		}
	}
	// "down from the 80 billion yen it forecast in May.": a clause on
	// a figure, whose subject forecast it then
	return i > 1 && (s.wordIs(i-1, "it") || s.wordIs(i-1, "they")) && s.toks[i-2].Kind == tokWord && !s.isModal(i-2) && !s.isBe(i-2) &&
		s.tenseOf(i-2) == tenseUnknown && in+2 < len(s.toks) && s.toks[in+2].Kind == tokPunct
}

// inFirstSentence reports whether token i lies in the first sentence of
// the piece (a lead runs to 100 tokens at most).
func (s *Session) inFirstSentence(i int) bool {
	return i < 100 && s.sameSentence(0, i)
}

// saidAtClock reports whether m is the clock time of a saying: "said at
// 11 a.m.", "told reporters at about 4 p.m." (not "had said at").
func (s *Session) saidAtClock(m *match) bool {
	if s.anyInSentence(m.start, func(k int) bool {
		return k < m.start && s.wordIs(k, "later") && s.wordIs(k+1, ",") && (s.sentenceStart(k) || s.sentenceStart(k-1) || s.sentenceStart(k-2) || s.sentenceStart(k-3))
	}) {
		return false // ("Hours later, the health ministry said at 3 p.m.": the day told before goes on; not "…, which promised a fuller count later in the week, said at 3 p.m.")
	}
	k := m.start - 1
	if s.wordIs(k, "about") || s.wordIs(k, "around") || s.wordIs(k, "approximately") {
		k--
	}
	if k < 2 || !s.wordIs(k, "at") {
		return false
	}
	if s.wordIs(k-1, "reporters") && s.wordIs(k-2, "told") {
		k--
	}
	return (s.wordIs(k-1, "said") || s.wordIs(k-1, "told")) && !s.wordIs(k-2, "had")
}

// possessiveSubjectVerb returns the tense of the verb whose subject is
// the event a possessive day at the start of a clause names ("Sunday's
// men's marathon will follow", "said Tuesday's session in Tokyo could
// prove"), read within eight tokens past the possessive's noun phrase;
// tenseUnknown when the day does not open a clause or no verb comes
// before a stop, a comma or a relative word.
func (s *Session) possessiveSubjectVerb(m *match) int {
	if !(s.sentenceStart(m.start) || m.start > 0 && (s.wordIs(m.start-1, ",") || s.wordIs(m.start-1, "that") || s.wordIs(m.start-1, "said") || s.wordIs(m.start-1, "says") ||
		(s.wordIs(m.start-1, "but") || s.wordIs(m.start-1, "and") || s.wordIs(m.start-1, "yet")) && s.sentenceStart(m.start-1))) { // ("But Tuesday's session in Tokyo could prove …")
		return tenseUnknown
	}
	for k := m.end + 1; k < len(s.toks) && k <= m.end+8; k++ {
		if s.possessiveMark(k) || s.innerHyphen(k) || s.innerHyphen(k-1) || k+1 < len(s.toks) && s.innerHyphen(k+1) {
			continue // (and the words of a compound: "Friday's weaker-than-expected jobs data sent")
		}
		if l := &s.t.lists; s.inList(k, l.incidents) || s.inList(k, l.results) || s.inList(k, l.figures) || s.inList(k, l.outcomeNouns) {
			return tenseUnknown
		}
		if s.toks[k].Kind != tokWord && s.toks[k].Kind != tokNum || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") {
			return tenseUnknown
		}
		if v := s.tenseOf(k); v != tenseUnknown {
			return v
		}
	}
	return tenseUnknown
}

// marketWordAt reports whether a market's word (market_words) starts at
// token k, and not as a noun's modifier: "trading in bank stocks was
// halted", but not "a trading card store", "an index of lockers".
func (s *Session) marketWordAt(k int) bool {
	if !s.formAt(k, s.t.lists.marketWords) {
		return false
	}
	if s.toks[k].Cap {
		return true // a market's name ("the Nikkei average closed up"), or a sentence's start ("Trading volume was heavy")
	}
	n := k + 1
	if n >= len(s.toks) || s.toks[n].Kind != tokWord || s.toks[n].Cap || s.inList(n, s.t.lists.prepositions) || s.inList(n, s.t.lists.determiners) || s.inList(n, s.t.lists.sessions) ||
		s.tenseOf(n) != tenseUnknown || s.isModal(n) || s.isAdverb(n) || s.wordIs(n, "and") || s.wordIs(n, "or") {
		return !(s.wordIs(k, "index") && s.wordIs(n, "of") && n+1 < len(s.toks) && !s.toks[n+1].Cap)
	}
	return false // ("trading card", "shares price"): a noun comes after it
}

// shiftNamedFirst reports whether m opens with "last", "next" or "this"
// ("last Fourth of July weekend"), which shifts the holiday it names, where
// "the weekend before Christmas" shifts the weekend.
func (s *Session) shiftNamedFirst(m *match) bool {
	return s.wordIs(m.start, "last") || s.wordIs(m.start, "next") || s.wordIs(m.start, "this")
}

// leadVoting reports whether the first sentence tells of the voting
// itself, by a verb ("Italians voted in regional elections on Sunday",
// "Wisconsin voters went to the polls on Tuesday"), not only of an
// election and its votes ("The presidential election remained
// unresolved today … ahead by fewer than 2,000 votes").
func (s *Session) leadVoting() bool {
	for k := 0; k < len(s.toks) && s.inFirstSentence(k); k++ {
		if s.wordIs(k, "voted") || s.wordIs(k, "voting") || s.wordIs(k, "polls") && s.wordIs(k-1, "the") && s.wordIs(k-2, "to") || s.wordIs(k, "cast") ||
			(s.wordIs(k, "vote") || s.wordIs(k, "votes")) && s.tenseOf(k) != tenseUnknown { // (a verb: not "by fewer than 2,000 votes")
			return true
		}
	}
	return false
}

// saidToday reports whether the words after the quote holding m, up to the
// end of the sentence, date the saying to the DCT: "Fischer told a news
// conference this morning", "Hollande said on Sunday" told on Sunday.
func (s *Session) saidToday(m *match) bool {
	closed := false
	for k := m.end; k < len(s.toks) && k < m.end+60; k++ {
		if s.toks[k].SpaceBefore >= 2 || closed && s.sentenceStart(k) {
			return false
		}
		if s.isQuote(k) {
			closed = true
			continue
		}
		if closed && s.newsDayWordAt(k) {
			return true
		}
		if wd, ok := s.weekdayAt(k); closed && ok && s.toks[k].Cap && wd == isoWeekday(s.day()) {
			return true // "… ," Hollande said on Sunday, told on Sunday
		}
	}
	return false
}

func (s *Session) quoteSaidOnDay(m *match, open int) (time.Time, bool) {
	isQuote := s.isQuote
	// saidOn reads "said (on)? Friday" or "told reporters on Friday" from
	// token j on
	saidOn := func(j int) (time.Time, bool) {
		if !s.wordIs(j, "said") && !s.wordIs(j, "told") && !s.wordIs(j, "added") {
			return time.Time{}, false
		}
		for w := j + 1; w < len(s.toks) && w <= j+8; w++ { // ("said in a televised address on Sunday night")
			if s.wordIs(w, "on") {
				continue
			}
			if wd, ok := s.weekdayAt(w); ok && s.toks[w].Cap && !s.wordIs(w+1, "'s") {
				d := stepToWeekday(s.day(), wd, -1, true)
				return d, !d.Equal(s.day())
			}
			if s.wordIs(w, "late") || s.wordIs(w, "early") || s.toks[w].Cap && s.toks[w].Kind == tokWord && w > j+1 && !s.sentenceStart(w) {
				continue // ("told a crowd on Avenida Paulista late Sunday")
			}
			if s.toks[w].Kind != tokWord || s.toks[w].Cap || s.inList(w, s.t.lists.relative) || s.wordIs(w, "since") {
				break // ("told supporters who had gathered since Sunday")
			}
		}
		return time.Time{}, false
	}
	for k := m.end; k < len(s.toks) && k < m.end+80; k++ {
		if s.toks[k].SpaceBefore >= 2 {
			break
		}
		if !isQuote(k) {
			continue
		}
		// the attribution after the quote: up to eight words, then "said"
		// or "told …", "on"? and a weekday
		for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
			if s.sentenceStart(j) || isQuote(j) || s.toks[j].SpaceBefore >= 2 {
				break
			}
			if s.wordIs(j, "said") || s.wordIs(j, "told") || s.wordIs(j, "added") {
				return saidOn(j)
			}
		}
		break
	}
	// or the one just before a quote that goes on from an earlier one:
	// "…," coach Adrian Birrell said on Friday. "Tomorrow is a national
	// holiday back home."
	if open > 0 && s.toks[open-1].Kind == tokPunct {
		for j := open - 2; j >= 0 && j >= open-6 && !s.sentenceStart(j+1); j-- {
			if d, ok := saidOn(j); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// quotedTitle reports whether m, a holiday that shares its name with a
// play or a film (holiday_titles), fills a quotation by itself, as a
// title does: a quotation mark right before it, and one right after it or
// after the comma or stop that ends it.
func (s *Session) quotedTitle(m *match) bool {
	if m.start == 0 || !s.isQuote(m.start-1) || m.end >= len(s.toks) || !s.inList(m.start, s.t.lists.holidayTitles) {
		return false
	}
	if s.isQuote(m.end) {
		return true
	}
	return m.end+1 < len(s.toks) && s.toks[m.end].Kind == tokPunct && (s.wordIs(m.end, ",") || s.wordIs(m.end, ".")) && s.isQuote(m.end+1)
}

// isQuote reports whether token k is a quotation mark.
func (s *Session) isQuote(k int) bool {
	t := s.toks[k]
	if t.Kind != tokPunct {
		return false
	}
	q := s.r.text[t.Start:t.End]
	return q == "\"" || q == "\u201c" || q == "\u201d"
}

// quoteOpen reports whether m is inside a quote (an odd number of straight
// quotes before it in its paragraph, or a curly one opened last), and
// where the last quotation mark before it stands.
func (s *Session) quoteOpen(m *match) (int, bool) {
	quotes, curly, open := 0, byte(0), -1
	for k := m.start - 1; k >= 0 && k >= m.start-400; k-- {
		if s.toks[k+1].SpaceBefore >= 2 {
			break // the paragraph began with token k+1
		}
		if s.isQuote(k) {
			if open < 0 {
				open = k
			}
			if q := s.r.text[s.toks[k].Start:s.toks[k].End]; q != "\"" && curly == 0 {
				curly = 'c' // ” closes
				if q == "\u201c" {
					curly = 'o' // “ opens
				}
			}
			quotes++
		}
	}
	return open, !(curly == 'c' || curly == 0 && quotes%2 == 0)
}

// infinitiveBefore reports whether "to" and a bare verb stand in the
// clause before token i, after its past verb, with no comma between: "the
// board voted to make masks optional starting Monday" tells of a measure
// to come.
func (s *Session) infinitiveBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.toks[k].Kind == tokPunct && s.toks[k].Word != s.t.lists.idPoss || s.tenseOf(k) == tensePast {
			return false // (a possessive goes on: "to suspend trading in the company's shares starting Wednesday")
		}
		if s.toks[k-1].Word == s.t.lists.idTo && s.toks[k].Kind == tokWord && !s.toks[k].Cap && s.tenseOf(k) != tensePast &&
			!s.inList(k, s.t.lists.determiners) && !s.inList(k, s.t.lists.prepositions) {
			// the past verb the infinitive hangs on, a few words back
			// ("voted Tuesday night to make"), with no object between:
			// "closed the bridge to traffic starting Tuesday" has a
			// preposition
			for j := k - 2; j >= 0 && j >= k-8 && !s.sentenceStart(j+1) && (s.toks[j].Kind != tokPunct || s.innerHyphen(j)); j-- {
				if s.tenseOf(j) == tensePast {
					return true
				}
				if s.inList(j, s.t.lists.determiners) || s.toks[j].Word == s.t.lists.idPoss {
					return false
				}
			}
			return false
		}
	}
	return false
}

// clockStop reports whether token j is "a.m." or "p.m." written with
// its stops, right before the next token.
func (s *Session) clockStop(j int) bool {
	if j < 1 || j+1 >= len(s.toks) || s.toks[j].Kind != tokWord || s.toks[j].End-s.toks[j].Start != 4 || s.toks[j-1].Kind != tokNum {
		return false
	}
	w := s.r.text[s.toks[j].Start:s.toks[j].End]
	return strings.EqualFold(w, "a.m.") || strings.EqualFold(w, "p.m.")
}

// sessionBefore reports whether a market's session ("in Asian trading",
// "in early trade") stands in the twelve words before token i, in its
// sentence: "Oil prices jumped in Asian trading but had given up their
// gains by the afternoon" tells of the trading day the story reports.
func (s *Session) sessionBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.sessions) && s.anyBetween(max(k-3, 0), k-1, func(j int) bool { return s.wordIs(j, "in") }) {
			return true
		}
	}
	return false
}

// quotedBefore reports whether token i stood inside a quote that closed
// before match m, which is outside any quote: an odd number of quotation
// marks lies between them.
func (s *Session) quotedBefore(i int, m *match) bool {
	if _, in := s.quoteOpen(m); in {
		return false
	}
	n, single := 0, 0
	for k := i + 1; k < m.start; k++ {
		if s.isQuote(k) {
			n++
		} else if s.singleQuote(k) {
			single++
		}
	}
	return n%2 == 1 || n == 0 && single%2 == 1
}

// singleQuote reports whether token k is a single quotation mark, not
// the apostrophe of a plural's possessive ("the victims' families").
func (s *Session) singleQuote(k int) bool {
	t := s.toks[k]
	if t.Kind != tokPunct {
		return false
	}
	if q := s.r.text[t.Start:t.End]; q != "'" && q != "\u2018" && q != "\u2019" {
		return false
	}
	if k > 0 && s.toks[k-1].Kind == tokWord && s.toks[k-1].End == t.Start && (k+1 >= len(s.toks) || s.toks[k+1].SpaceBefore > 0) {
		w := s.r.text[s.toks[k-1].Start:s.toks[k-1].End]
		return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "S")
	}
	return true
}

// inRelativeClause reports whether token i follows a relative pronoun
// within its clause: "who joined the firm in 2015".
func (s *Session) inRelativeClause(i int) bool {
	hyphen := false
	// a finite "be" or modal after the clause's own verb and a noun starts
	// the main clause: "The fans who have filled city squares since June 4
	// are expected to gather again this evening"
	mainBe, verbBefore := false, false
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if s.toks[k].Kind == tokWord && k > 0 {
			if !mainBe && !s.toks[k-1].Cap && s.verbAfterNoun(k) && s.tenseOf(k) != tenseUnknown {
				mainBe = true
				continue
			} else if mainBe && !verbBefore && s.tenseOf(k) != tenseUnknown {
				verbBefore = true
			}
		}
		t := s.toks[k]
		if s.innerHyphen(k) {
			// (and words with a hyphen: "who launched the file-sharing
			// service Kazaa in 2001", but not into a clause of time: "when
			// they face Sweden in the quarter-final on Saturday")
			hyphen = true
			continue
		}
		if t.Kind == tokPunct && t.Word != s.t.lists.idPoss && !s.isQuote(k) && !s.wordIs(k, "$") && !s.wordIs(k, "%") || s.sentenceStart(k+1) {
			// (a title in quotes goes on: "whose \"Pulp Fiction\" won the
			// Palme in 1994"; so do sums and figures: "which lost $404
			// million last year", "which rose 3% in 2023")
			return false
		}
		if s.t.lex.inClass(t.Word, s.t.lists.relative) && !(t.Upper && k > 0 && s.wordIs(k-1, "the")) {
			if mainBe && verbBefore {
				return false
			}
			return !hyphen || !(s.wordIs(k, "when") || s.wordIs(k, "where") || s.wordIs(k, "while"))
		}
	}
	return false
}

// whenClause reports whether token i stands in a clause that "when"
// opens with no comma before it, an adverbial clause of the sentence's
// own time rather than a relative one on a day ("will be watched closely
// when trading resumes this morning"; but "since Thursday night, when
// officials disclosed a threat").
func (s *Session) whenClause(i int) bool {
	for k := i - 1; k >= 1 && k >= i-15 && !s.sentenceStart(k+1); k-- {
		if s.toks[k].Kind == tokPunct {
			return false
		}
		if s.inList(k, s.t.lists.relative) {
			// (or that opens its sentence: "When a fault tripped the
			// reactor again on January 9, Minato asked factories to cut
			// power use between 1 and 3 p.m.")
			return s.wordIs(k, "when") && (s.toks[k-1].Kind == tokWord || s.sentenceStart(k))
		}
	}
	return false
}

// bounded reports whether a match opens with, or follows, a word that makes
// it the bound of a period: "by Jan. 31", "until March", "since 2007".
func (s *Session) bounded(m *match) bool {
	if m.start == 0 {
		return false
	}
	if s.wordIs(m.start-1, "since") {
		// "since last Friday" starts a period; "since last Wednesday's
		// tornadoes" names the day of an event
		return !s.possessiveMark(m.end)
	}
	return s.after(m, s.t.lists.deadline)
}

// clockBoundDay reports whether m is the day of a clock time that is a
// bound: "began shortly before noon on Sunday, June 18, 1815", "must
// leave by 6pm on Saturday". The bound is the clock's; the day is the
// one told of.
func (s *Session) clockBoundDay(m *match) bool {
	// (so is a day written with the clock time after a "by" that opens
	// its sentence, the progress made by then: "By 9 a.m. today, United
	// had canceled 180 flights"; not a deadline, "ordered residents to
	// leave by 8 p.m. Saturday")
	return s.clockOn(m.start-1) || m.f.hasClock && m.start > 0 && s.wordIs(m.start-1, "by") && s.sentenceStart(m.start-1) && (m.f.weekday != 0 || m.f.day != 0 || m.f.unit == "D" && m.f.hasShift)
}

// clockOn reports whether token i is the "on" after a clock time: "6pm on
// Saturday", "noon on Sunday".
func (s *Session) clockOn(i int) bool {
	return i >= 2 && s.wordIs(i, "on") && (s.toks[i-1].Kind == tokNum && s.toks[i-1].Word >= 0 || s.wordIs(i-1, "noon") || s.wordIs(i-1, "midnight"))
}

// notUntil reports whether m, a day counted from another ("the following
// day"), follows "until" after a negation in its clause: "did not detect
// it until the following day" tells what happened on that day, not a
// bound. (For any day, "was not found until Tuesday", a held-out set
// fell.)
func (s *Session) notUntil(m *match) bool {
	return m.rule.kind == kindAnaphor && s.negatedUntil(m)
}

// negatedUntil reports whether m follows "until" (or "till") after a
// negation in its clause: "was not settled until Dec. 12" tells when it
// was settled.
func (s *Session) negatedUntil(m *match) bool {
	if m.start == 0 || !(s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "till")) {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") {
			return false
		}
		if s.wordIs(k, "not") || s.wordIs(k, "n't") || s.wordIs(k, "never") {
			return true
		}
	}
	return false
}

// after reports whether the word before a match is in list c.
func (s *Session) after(m *match, c *classInfo) bool {
	i := m.start - 1
	if i >= 2 && s.wordIs(i, "least") && s.wordIs(i-1, "at") {
		i -= 2 // "until at least the weekend"
	}
	if s.clockOn(i) {
		i -= 2 // "leave by 6pm on Saturday": the day of a clock time that is the bound
	}
	return i >= 0 && s.t.lex.inClass(s.toks[i].Word, c)
}

// relativeBetween reports whether a relative clause opens between tokens i
// and j: "from July 2022 to tame inflation, which fell in December".
func (s *Session) relativeBetween(i, j int) bool {
	return i+1 <= j-1 && s.anyBetween(i+1, j-1, func(k int) bool { return s.inList(k, s.t.lists.relative) })
}

// sameSentence reports whether tokens i < j are in one sentence.
func (s *Session) sameSentence(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	if i < 0 || j > len(s.toks) || j-i > maxSpan {
		return false // no sentence runs that long; nor may the scan
	}
	for k := i + 1; k <= j && k < len(s.toks); k++ {
		if s.sentenceStart(k) {
			return false
		}
	}
	return true
}

// hour24 is a clock time's hour on the 24-hour clock, its a.m. or p.m.
// given or implied by the part of the day ("7 in the evening").
func (f frame) hour24() int {
	h, ampm := f.hour, f.ampm
	if ampm == 0 {
		switch f.pod {
		case "MO":
			ampm = 'a'
		case "AF", "EV":
			ampm = 'p'
		case "NI":
			// "1 tonight" and "12:30 last night" are in the small hours
			ampm = 'p'
			if h < 5 || h == 12 {
				ampm = 'a'
			}
		}
	}
	switch {
	case ampm == 'p' && h < 12:
		h += 12
	case ampm == 'a' && h == 12:
		h = 0
	}
	return h
}

// lateClockOn reports whether p is a clock time in the evening or night
// of day, or the midnight that ends it (24:00, whose instant opens the
// next day): the small hours told after it are the next day's.
func lateClockOn(p point, day time.Time) bool {
	if p.g < model.GranHour || p.t.IsZero() {
		return false
	}
	if p.pod == "24" && p.t.Hour() == 0 && p.t.Minute() == 0 {
		return sameDay(p.calendarDay(), day)
	}
	return sameDay(p.t, day) && p.t.Hour() >= 18
}

// morningEnds is the hour before which a clock time told after an
// evening clock time may be the next morning's ("Polls closed at 10 p.m.
// on Thursday. Cameron spoke at about 8:15 a.m.").
const morningEnds = 9

// morningAfterClock reports whether the clock time f at m, in the early
// morning, may follow the last clock time told as the next morning: it is
// before morningEnds, at most two sentences on, not in a clause that looks
// back ("They had opened at 7 a.m.", "having opened at 7 a.m."), and no
// word of sequence stands between the two in one sentence, in the morning
// clock's clause up to a comma and within twelve tokens ("closed at 10
// p.m. on Thursday after opening at 7 a.m."; but "before reopening at 8
// a.m." goes on to the next morning).
func (s *Session) morningAfterClock(m *match, f frame) bool {
	return f.hour24() < morningEnds && s.followsLastClock(m)
}

// followsLastClock reports whether the clock time at m goes on from the
// last clock time told: that one is before it, at most two sentences back,
// m's clause does not look back (pluperfectClause), and no word of
// sequence stands between them (sequenceBefore).
func (s *Session) followsLastClock(m *match) bool {
	return s.lastClockAt >= 0 && s.lastClockAt < m.start && s.sentencesBetween(s.lastClockAt, m.start) <= 2 &&
		!s.pluperfectClause(m.start) && !s.sequenceBefore(s.lastClockAt, m.start)
}

// pluperfectClause reports whether the clause before token i, within ten
// tokens of its sentence, looks back: "had" before a past participle,
// maybe past an adverb ("stations that had opened at 7:30 a.m.", "had
// already opened at 7 a.m."), or "having"; but not one in an aside that
// commas enclose ("The Senate, which had argued for weeks, at 7 a.m.
// passed it") or that a comma closed before the clock's own verb
// ("Cameron, having lost the vote, resigned at 8:15 a.m."); a comma after
// it alone closes nothing ("stations that had opened, as usual, at 7
// a.m."). (The small hours do not ask: "had passed through the gates by 3
// a.m." is the next morning.)
func (s *Session) pluperfectClause(i int) bool {
	closed, verb, commaAfter := false, false, false
	for k := i - 1; k >= 0 && k >= i-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") && !verb {
			if o := s.shortAsideOpen(k); o >= 0 {
				k = o // a short aside closes nothing: "which had opened, as usual, at 7 a.m."
				continue
			}
		}
		if s.wordIs(k, ",") {
			if verb {
				closed = true
			}
			commaAfter = true
		}
		if s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			verb = true
		}
		if closed {
			continue
		}
		back := false
		if s.wordIs(k, "having") {
			back = true
		} else if s.wordIs(k, "had") && k+1 < i {
			n := k + 1
			if s.isAdverb(n) && n+1 < i {
				n++
			}
			back = s.tenseOf(n) == tensePast || s.participle(n)
		}
		if back {
			return !(commaAfter && s.commaBefore(k, 10))
		}
	}
	return false
}

// commaBefore reports whether a comma opens an aside that token k is in:
// a comma at most reach tokens back in its sentence, followed by a word
// that opens an aside (aside_openers: "which", "who", "having" …), with no
// verb between it and k ("The Senate, which had argued for weeks,"; not
// "In Kiev, stations that had opened"). A short aside of its own inside,
// up to three words between commas with no verb ("The stations, which had
// opened, as usual, at 7 a.m."), is passed over.
func (s *Session) commaBefore(k, reach int) bool {
	for j := k - 1; j >= 0 && j >= k-reach && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, ",") {
			if s.inList(j+1, s.t.lists.asideOpeners) {
				return true
			}
			if o := s.shortAsideOpen(j); o >= 0 {
				j = o // (the loop steps past its opening comma)
				continue
			}
			return false
		}
		if s.toks[j].Kind == tokWord && s.tenseOf(j) != tenseUnknown {
			return false
		}
	}
	return false
}

// shortAsideOpen returns the opening comma of a short aside that the
// comma at c closes (", as usual,"): one to three words with no verb, else
// -1.
func (s *Session) shortAsideOpen(c int) int {
	for j := c - 1; j >= 0 && j >= c-4 && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, ",") {
			if j == c-1 {
				return -1
			}
			return j
		}
		if s.toks[j].Kind != tokWord || s.tenseOf(j) != tenseUnknown {
			return -1
		}
	}
	return -1
}

// sameMorningAsLast reports whether the clock time f at m, before noon,
// follows an early-morning one on the day after base, at most two
// sentences back, with no day named since in m's own sentence ("Talks
// resumed at 8 a.m. Friday. On Thursday, the two sides met at 10 a.m.";
// an evening named so still leads to the morning after) and no word of
// sequence or look back before it: it is on that morning too.
func (s *Session) sameMorningAsLast(m *match, f frame, base time.Time) bool {
	lc := s.lastClock
	if s.lastClockEnd || lc.t.IsZero() || lc.g < model.GranHour || lc.pod == "24" || lc.t.Hour() >= morningEnds || f.hour24() >= 12 || !sameDay(lc.t, base.AddDate(0, 0, 1)) || lc.t.Hour() > f.hour24() ||
		s.lastDayAt > s.lastClockAt && s.sameSentence(s.lastDayAt, m.start) && s.lastPoint.g == model.GranDay && s.lastAt == s.lastDayAt || !s.followsLastClock(m) {
		return false
	}
	return !(s.hasDCT && sameDay(base, s.day()) && s.tense(m.start, m.end) == tensePast)
}

// sequenceBefore reports whether a word of sequence (sequence_words)
// stands between the clock time at from and token i in one sentence, in
// i's clause (up to a comma): the time at i then comes first ("closed at
// 10 p.m. after opening at 7 a.m."; not "Ortega, who has governed since
// 1979, conceded at a 9 a.m. news conference"). In a later sentence it
// is not asked ("Turnout was heavy after the doors opened at 7 a.m." is
// read as the next morning: asking cost more than it saved).
func (s *Session) sequenceBefore(from, i int) bool {
	if !s.sameSentence(from, i) {
		return false
	}
	for k := i - 1; k > from && k >= i-12 && !s.sentenceStart(k+1) && !s.wordIs(k, ","); k-- {
		if s.inList(k, s.t.lists.sequenceWords) {
			return true
		}
	}
	return false
}

// smallHours reports whether a clock time falls between midnight and 7 a.m.
func smallHours(f frame) bool {
	return f.hour24() < 7
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// adjectival reports whether the word at i can follow "than" or "as" as a
// participle does ("than expected", "as planned").
func (s *Session) adjectival(i int) bool {
	t := s.toks[i]
	return strings.HasSuffix(s.r.text[t.Start:t.End], "ed")
}

// wordIs reports whether token i is the word w (which must be one the
// lexicon knows: a pattern word or a list entry).
func (s *Session) wordIs(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.Kind == tokWord {
		// the words asked about are ASCII, so lowering keeps their length;
		// comparing the text spares a hash of w for every question
		if t.Curly {
			return curlyEqualFold(s.r.text[t.Start:t.End], w) // "wouldn’t"
		}
		return int(t.End-t.Start) == len(w) && strings.EqualFold(s.r.text[t.Start:t.End], w)
	}
	// punctuation and numbers: "–" is "-", and "’s" is "'s"
	if t.Kind == tokPunct && len(w) == 1 && w[0] < utf8.RuneSelf {
		id := s.t.lex.punct[w[0]] // (-1 for a letter or digit)
		return id >= 0 && t.Word == id
	}
	id := s.t.lex.id(w)
	return id >= 0 && t.Word == id
}

// curlyEqualFold reports whether text, with each curly apostrophe read
// as a straight one, is the ASCII word w in any case.
func curlyEqualFold(text, w string) bool {
	j := 0
	for i := 0; i < len(text); j++ {
		if j >= len(w) {
			return false
		}
		if strings.HasPrefix(text[i:], "\u2019") {
			if w[j] != '\'' {
				return false
			}
			i += len("\u2019")
			continue
		}
		if text[i]|0x20 != w[j]|0x20 {
			return false
		}
		i++
	}
	return j == len(w)
}

// stepToWeekday returns the nearest day with weekday wd before d (dir < 0)
// or after it (dir > 0); d itself counts when inclusive.
func stepToWeekday(d time.Time, wd, dir int, inclusive bool) time.Time {
	cur := isoWeekday(d)
	n := (wd - cur + 7) % 7 // days forward
	if dir < 0 {
		n = (cur - wd + 7) % 7 // days back
	}
	if n == 0 && !inclusive {
		n = 7
	}
	if dir < 0 {
		n = -n
	}
	return d.AddDate(0, 0, n)
}

// nearestWeekday returns the day with weekday wd nearest to d, the one
// before on a tie.
func nearestWeekday(d time.Time, wd int) time.Time {
	next, prev := stepToWeekday(d, wd, 1, true), stepToWeekday(d, wd, -1, true)
	if next.Sub(d) < d.Sub(prev) {
		return next
	}
	return prev
}

// nextWeekday is "next Thursday" told on day d: the coming Thursday, but
// not tomorrow, which would be called so; then the Thursday after.
func nextWeekday(d time.Time, wd int) time.Time {
	t := stepToWeekday(d, wd, 1, false)
	if t.Sub(d) == 24*time.Hour {
		t = t.AddDate(0, 0, 7)
	}
	return t
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// relative resolves a unit, month, weekday or season shifted from the DCT.
func (s *Session) relative(m *match, tx *model.Timex) (point, bool) {
	f := m.f
	tx.Implied = true
	if !s.hasDCT {
		if f.pod != "" && f.unit == "D" {
			tx.Value = "XXXX-XX-XXT" + f.pod
			return point{}, true
		}
		return s.unresolvedDate(f, tx)
	}
	d := s.day()
	switch {
	case f.weekday != 0 && f.unit == "W" && s.wordIs(m.end-1, "week") && !s.hasWord(m, "next") && !s.hasWord(m, "last") && !s.hasWord(m, "this") && !s.hasWord(m, "of"):
		// "Monday week" (British): a week after the coming Monday
		return s.withTime(m, tx, point{t: stepToWeekday(d, f.weekday, 1, false).AddDate(0, 0, 7), g: model.GranDay}), true
	case f.weekday != 0 && f.unit == "W":
		// "Tuesday next week": the weekday of the week shifted
		mon := d.AddDate(0, 0, 1-isoWeekday(d)+7*f.shift)
		return s.withTime(m, tx, point{t: mon.AddDate(0, 0, f.weekday-1), g: model.GranDay}), true
	case f.weekday != 0:
		// last Friday, next Friday: never the DCT itself; this Friday may be
		dir := 1
		if f.shift < 0 {
			dir = -1
		}
		t := stepToWeekday(d, f.weekday, dir, f.shift == 0)
		if f.shift > 0 && s.hasWord(m, "next") && !s.hasWord(m, "coming") {
			t = nextWeekday(d, f.weekday)
		}
		if f.shift < 0 && d.Sub(t) == 24*time.Hour && s.hasWord(m, "last") && !s.hasWord(m, "past") {
			// "last Thursday" said on a Friday is not yesterday, which
			// would be called so, but the Thursday before (5 of 5 in the
			// rule-work sets; none reads yesterday)
			t = t.AddDate(0, 0, -7)
		}
		return s.withTime(m, tx, point{t: t, g: model.GranDay}), true
	case f.month != 0:
		y := d.Year()
		cur := int(d.Month())
		switch {
		case f.shift < 0 && (f.month >= cur || f.month == cur-1):
			// "last February" said in March is a year back: the month just
			// gone would be "last month" (TimeBank and a blind annotator)
			y--
		case f.shift > 0 && (f.month <= cur || f.month == cur+1 && !(m.start > 0 && s.wordIs(m.start-1, "the"))):
			// and "next June" said in May is a year on, as the month
			// just ahead would be "next month" (the blind annotators, 4
			// of 4; "next August" said in May is this August). "The next
			// June" is left as it was: it tells of a story's own time,
			// which this count from the news's day does not know. A
			// January said in December is not skipped, as "last
			// December" said in January is the one just gone.
			y++
		}
		return point{t: ymd(y, f.month, 1), g: model.GranMonth}, true
	case f.season != "":
		// the season holding the DCT, then step to the one asked for
		y := d.Year()
		curStart := ymd(y, int(seasonMonths[f.season]), 1)
		if f.season == "WI" && d.Month() < time.March {
			curStart = ymd(y-1, 12, 1)
		}
		curEnd := curStart.AddDate(0, 3, 0)
		switch {
		case f.shift < 0 && !curEnd.After(d):
		case f.shift < 0:
			curStart = curStart.AddDate(-1, 0, 0)
		case f.shift > 0 && curStart.After(d):
			// "next fall" told in August is the fall after the coming one,
			// as "this fall" names the coming one; but a season with one
			// between is the coming one ("next fall" told in April), and
			// so is "the coming winter" (three blind sets write them so)
			now := ymd(d.Year(), int(d.Month())-int(d.Month())%3, 1) // the start of the season under way (month 0 is the December before)
			if f.shift == 1 && s.hasWord(m, "next") && !curStart.After(now.AddDate(0, 3, 0)) {
				curStart = curStart.AddDate(1, 0, 0)
			}
		case f.shift > 0:
			curStart = curStart.AddDate(1, 0, 0)
		}
		return point{t: curStart, g: model.GranSeason, season: f.season}, true
	}
	shift := f.shift
	if f.unit == "Y" && shift == 1 && d.Month() == time.January && d.Day() <= 7 && (s.hasWord(m, "coming") || s.hasWord(m, "new")) {
		// "the coming year" in the first days of January is the year just
		// begun
		shift = 0
	}
	if f.unit == "C" && shift == 0 && s.hasWord(m, "new") && d.Year()%100 >= 80 {
		// "the arrival of the new century", told in its last decades: the
		// one about to begin (in its first decades, the one begun)
		shift = 1
	}
	if f.unit == "E" && shift == 0 && s.hasWord(m, "new") && d.Year()%10 == 9 && d.Month() >= 10 {
		// "stocks enter the new decade", told in December 2009: the one
		// about to begin (in January 2010, the one begun)
		shift = 1
	}
	if f.unit == "Y" && shift == -1 && s.recentQuarter(m) && s.quarterAt > s.periodAt && s.comparison(m) {
		// "a loss, compared with earnings of $33 million last year": the
		// same quarter a year before
		p := s.topic
		p.t = p.t.AddDate(-1, 0, 0)
		return p, true
	}
	if f.unit == "Q" && shift == 0 && s.recentQuarter(m) && s.possessiveMark(m.end) {
		// "This quarter's loss" in an earnings report: the quarter reported
		return s.topic, true
	}
	if f.unit == "W" && shift == -1 && isoWeekday(d) == 7 && s.hasWord(m, "last") && s.marketWeek(m) {
		// "The Dow fell 1.9 percent last week", told on a Sunday: the
		// trading week just ended, the DCT's own ISO week (as the blind
		// annotators write it for markets, 6 times of 6; other news
		// told on a Sunday keeps the week before, 9 times of 9)
		shift = 0
	}
	if f.unit == "WE" && !f.hasShift {
		// "the weekend": the last one, or the coming one in future clauses
		// and from Friday on
		wd := isoWeekday(d)
		// a bare "weekend" before the event it dates ("weekend storms"),
		// and the tense of the event's own verb
		bareEvent, ev := m.end-m.start == 1 && m.end < len(s.toks) && s.inList(m.end, s.t.lists.weekendEvents), tenseUnknown
		if bareEvent {
			ev = s.eventVerbAfter(m.end)
		}
		switch t := s.tense(m.start, m.end); {
		case wd >= 6 && t != tensePast && s.lastDayAt >= 0 && s.lastDayAt < m.start && m.start-s.lastDayAt <= 12 && s.sameSentence(s.lastDayAt, m.start) &&
			s.lastDayT.After(d) && isoWeekday(s.lastDayT) >= 2 && isoWeekday(s.lastDayT) <= 5 && m.start > 0 &&
			(s.wordIs(m.start-1, "at") || s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "and")) && weeksApart(d, s.lastDayT) == 1 &&
			s.weekdayNamedAt(s.lastDayAt) && s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "and") }) &&
			!s.anyBetween(s.lastDayAt+1, min(m.end+4, len(s.toks)-1), func(k int) bool {
				return s.sameSentence(k, m.start) && (s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.isBe(k))
			}):
			// "forecast more showers on Tuesday and Wednesday, and another
			// cold front at the weekend", told on a Sunday: listed after a
			// weekday of the week to come, with no verb of its own, the
			// weekend of that week (not "will unveil the plan on Monday
			// after consulting leaders over the weekend", nor "and the
			// delegations are resting at the weekend")
			shift = 1
		case wd == 7 && s.hadBefore(m.start):
			// "contacts had continued through the weekend", told on a
			// Sunday: the weekend now ending
		case wd == 7 && m.start > 0 && s.wordIs(m.start-1, "before") && t != tensePast:
			shift = 1 // "warned of more snow before the weekend", told on a Sunday
		case wd == 7 && m.start > 0 && s.wordIs(m.start-1, "by") && t != tensePast && !s.hadBefore(m.start):
			shift = 1 // "Forecasters expect showers during practice rounds but clear skies by the weekend", told on a Sunday
		case wd >= 6 && s.hadBefore(m.start):
			shift = -1 // "Forecasters had warned at the weekend", told on a Saturday
		case bareEvent && ev == tenseFuture:
			// "Commuters were warned that weekend closures on the M25 will
			// cause delays": the event's own future, whatever the telling
		case wd <= 5 && bareEvent && (wd == 5 && t == tensePast || t != tenseFuture &&
			(ev == tensePast || ev == tenseUnknown &&
				(s.anyBetween(max(m.start-3, 0), m.start-1, func(k int) bool { return s.wordIs(k, "after") || s.wordIs(k, "following") || s.wordIs(k, "since") }) ||
					s.inList(m.end, s.t.lists.incidents)))):
			// a bare "weekend" before its event: gone by when told in the
			// past on a Friday ("Coffee futures jumped this week after a
			// weekend frost damaged trees"), or when the event's own verb
			// is past or a present clause follows it up ("Crews are still
			// repairing lines after weekend storms knocked out power",
			// "Police are investigating a weekend shooting")
			shift = -1
		case wd == 5 && m.start > 0 && s.wordIs(m.start-1, "since"):
			shift = -1 // "Campers have been pouring in since the weekend", told on a Friday: the one gone by
		case wd == 5 && m.start > 0 && s.wordIs(m.start-1, "over") && t == tensePast && s.deedBefore(m.start-1) && !s.intendedBefore(m.start) && !s.scheduledFor(m.start) && !s.possessiveMark(m.end) &&
			!s.anyInSentence(m.start, func(k int) bool { return s.isModal(k) || s.formAt(k, s.t.lists.future) || s.wordIs(k, "case") }):
			// "Two convicted murderers who escaped from a Texas prison
			// over the weekend were captured late Thursday", "Police
			// arrested 23 people over the weekend", told on a Friday: a deed
			// done over a weekend is the one gone by (but "Blair was
			// expected to name his cabinet over the weekend" and "would
			// review what went wrong over the weekend" look ahead, and
			// "extended a curfew through the weekend" runs on)
			shift = -1
		case wd >= 5:
			// told on a Friday or at the weekend, "the weekend" is this one:
			// "a fire ban for the weekend", "whether the truce held over
			// the weekend"
		case s.possessiveMark(m.end) && s.anyBetween(m.end+1, min(m.end+3, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.incidents) }):
			shift = -1 // "with the weekend's attack on a tanker still in mind": an incident gone by
		case t == tenseFuture || t == tensePresent:
		case wd >= 2 && s.bookedFor(m.start) && !(wd == 2 && (s.hasWord(m, "holiday") || s.hasWord(m, "long"))):
			// "bookings for the opening weekend were up 30 percent", told
			// Tuesday to Thursday: what is booked is the weekend to come
			// (on a Monday, "Airlines reported record bookings for the
			// weekend" is mostly the one just gone, and so is a holiday
			// weekend's on the Tuesday after its Monday)
		case t == tenseUnknown && s.after(m, s.t.lists.deadline),
			m.start > 0 && s.wordIs(m.start-1, "before") && !s.hadBefore(m.start) && (t != tensePast || s.predictionBefore(m.start)):
			// "a draft could be ready by the weekend"; "forecasters said
			// rain was unlikely before the weekend": the coming one (but
			// "announced the deal just before the weekend" is past)
		case t == tensePast && s.after(m, s.t.lists.deadline) && s.directiveBefore(m.start):
			// "urged travellers to postpone journeys until the weekend":
			// what someone was told to do lies ahead of the telling
		case t == tensePast && wd <= 4 && s.after(m, s.t.lists.deadline) && !s.hadWithin(m.start, intentReach) && (s.postponed(m.start) || s.intendedBefore(m.start)) && s.scanTense(m.end, 1) != tensePast:
			// "Several towns postponed Halloween trick-or-treating until
			// the weekend", "said inspectors hoped to check every damaged
			// building by the weekend", told on a weekday: what was put
			// off or meant to be done by then lies ahead of the telling
			// (not when a past verb after it says it came about: "delayed
			// the vote until the weekend, when the measure passed")
		case m.start > 0 && s.wordIs(m.start-1, "and") && s.lastDayAt >= 0 && m.start-s.lastDayAt <= 4 && s.sameSentence(s.lastDayAt, m.start) && !s.lastDayT.Before(d):
			// "planned more demonstrations for Thursday night and the
			// weekend", told on the Thursday: listed after a day not gone
			// by, the weekend to come
		case wd <= 4 && s.weekendModal(m, wd):
			// "Forecasters said the weekend should be dry", "said final
			// results may not be known before the weekend", "promised
			// more helicopters by the weekend", told on a Thursday: what
			// may or should come about is the coming weekend
		case t == tensePast && wd >= 3 && s.scheduledFor(m.start) && !s.hadWithin(m.start, 10):
			// "Organizers planned more demonstrations for the weekend",
			// told on a Thursday: a weekend set for something, as a day
			// ("called a strike for Thursday"), is the nearest; one gone
			// by three days or more would have been set before the news
		case wd >= 3 && m.start > 0 && s.wordIs(m.start-1, "for"):
			// "AT&T said it had added extra staff for the weekend",
			// "bookings for the weekend were lower than forecast", told on
			// a Wednesday or a Thursday: what is for a weekend is for the
			// coming one (told on a Monday or a Tuesday, a past report,
			// "Hotels reported occupancy near 95 percent for the weekend",
			// may be of the one just gone)
		default:
			shift = -1
		}
	}
	if f.unit == "Y" && shift == 0 && s.lastFiscalYear != 0 && m.start-s.lastFiscalAt <= fiscalReach && s.sentencesBetween(s.lastFiscalAt, m.start) <= 1 &&
		s.hasWord(m, "fiscal") && s.hasWord(m, "the") && !s.hasWord(m, "current") && s.tense(m.start, m.end) != tenseFuture &&
		!(s.wordIs(m.end, "that") && (s.wordIs(m.end+1, "begins") || s.wordIs(m.end+1, "starts"))) {
		// "closed their books on fiscal 1997 … ended the fiscal year at
		// 16,527": the fiscal year just named, in that sentence or the
		// next (but "expects a profit for the fiscal year" looks ahead)
		return point{t: ymd(s.lastFiscalYear, 1, 1), g: model.GranYear}, true
	}
	if y, ok := s.storyYear(m); ok && f.unit == "Y" && shift == 0 && !s.hasWord(m, "this") && !s.hasWord(m, "current") && !s.hasWord(m, "new") {
		// "In 1996, sales peaked at midyear", "lost money in 2012 but
		// returned to profit by year-end": the year the past story tells of
		return point{t: ymd(y, 1, 1), g: model.GranYear}, true
	}
	if f.unit == "Y" && shift == 0 && s.hasWord(m, "the") && !s.hasWord(m, "this") && !s.hasWord(m, "current") && !s.hasWord(m, "new") && !s.hasWord(m, "fiscal") &&
		s.periodJustBegun(m, ymd(d.Year(), 1, 1)) {
		// "For the full year, profit rose 6%", "Imports grew at a similar
		// pace during the year", told in January: a year that has just
		// begun is not one told of in the past; it is the year just ended
		shift = -1
	}
	if lp := s.lastPoint; f.unit == "M" && shift == 0 && s.hasWord(m, "the") && !s.hasWord(m, "this") && !s.hasWord(m, "current") && !s.hasWord(m, "new") &&
		s.lastSet && !lp.ref && lp.g == model.GranMonth && lp.end.IsZero() && !lp.t.Before(ymd(d.Year(), int(d.Month()), 1)) && s.sameSentence(s.lastAt, m.start) && m.start-s.lastAt <= 16 &&
		!s.inRelativeClause(s.lastAt) && !s.relativeBetween(s.lastAt, m.start) &&
		!s.anyBetween(s.lastAt+1, m.start-1, func(k int) bool {
			return s.wordIs(k, ",") && !(s.wordIs(k+1, "and") && !s.newSubject(k+2))
		}) && // (", and to hold a confidence vote", not ", and importers are rushing")
		s.anyBetween(s.lastAt+1, m.start-1, func(k int) bool { return s.wordIs(k, "and") }) {
		// (a month ahead, not "since late December, … before the end of
		// the month"; nor
		// "Trichet, who has signalled a rate increase for September, is due
		// back at the end of the month")
		// "to present a coalition agreement by mid-October and to be
		// elected chancellor before the end of the month": the month just
		// named in the sentence
		return point{t: ymd(lp.t.Year(), int(lp.t.Month()), 1), g: model.GranMonth}, true
	}
	if f.unit == "W" && f.hasShift && shift == 0 && m.end-m.start == 2 && s.wordIs(m.start, "the") && m.start > 0 && (s.wordIs(m.start-1, "for") || s.wordIs(m.start-1, "on")) &&
		s.hasDCT && s.lastDayAt >= 0 && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start) && s.lastDayT.Before(s.day()) && s.tense(m.start, m.end) != tenseFuture && s.tense(m.start, m.end) != tensePresent {
		// "The Dow ended at 6,059.20 on Friday, up 1.1 percent for the
		// week", told on a Monday: the week of that day
		return point{t: s.lastDayT, g: model.GranWeek}, true
	}
	if f.unit == "W" && f.hasShift && shift == 0 && m.end-m.start == 2 && s.wordIs(m.start, "the") && s.wordIs(m.start-1, "for") && s.hasDCT && isoWeekday(d) == 1 &&
		!s.dctTold && s.tense(m.start, m.end) == tensePast {
		// "Stocks plunged in the final minutes of trading Friday. … For
		// the week, the Dow lost 3.1%", told on a Monday with no news of
		// that day yet: a week gone by is the one before
		return point{t: d.AddDate(0, 0, -7), g: model.GranWeek}, true
	}
	if f.unit == "W" && f.hasShift && shift == 0 && (isoWeekday(d) == 7 && s.hasWord(m, "this") && (s.tense(m.start, m.end) == tenseFuture || s.presentAhead(m.start) || s.scheduled(m) || s.presentAfter(m.end) ||
		s.wordIs(m.end, "include") || s.wordIs(m.end, "includes")) || // ("Other data this week include consumer confidence on Tuesday": a calendar)
		isoWeekday(d) == 7 && s.hasWord(m, "in") && !s.hasWord(m, "earlier") && s.tense(m.start, m.end) != tensePast || // "a cold front arrives late in the week"
		isoWeekday(d) == 7 && m.end-m.start == 2 && s.wordIs(m.start, "the") && !s.sequelWord(m.start-1) && !s.wordIs(m.start-1, "for") &&
			(s.tense(m.start, m.end) == tenseFuture || s.presentAfter(m.end) || s.presentAhead(m.start)) || // "The week ends with the June jobs report on Friday"
		isoWeekday(d) >= 6 && (s.hasWord(m, "new") || m.rule.mod == "MID" && s.tense(m.start, m.end) == tenseFuture)) {
		// "companies are scheduled to post results this week", "investors
		// heading into the new week", told at the weekend: the week that
		// starts on Monday
		shift = 1
	}
	if (f.unit == "Q" || f.unit == "M") && f.hasShift && shift == 0 && m.end-m.start >= 3 && s.wordIs(m.end-1, "end") && s.wordIs(m.end-2, "-") &&
		(s.tense(m.start, m.end) == tensePast || s.sequelWord(m.start-1)) {
		// "Cash at quarter-end stood at $2 billion", told in October: the
		// quarter just ended, if it ended less than six weeks (or, for a
		// month, ten days) ago
		if f.unit == "Q" && d.Sub(ymd(d.Year(), (int(d.Month())-1)/3*3+1, 1)) < 45*24*time.Hour || f.unit == "M" && d.Day() <= 10 {
			shift = -1
		}
	}
	if f.unit == "WE" && f.hasShift && shift == 0 && isoWeekday(d) <= 3 && !(isoWeekday(d) == 3 && m.start > 0 && s.wordIs(m.start-1, "for")) && (s.tense(m.start, m.end) == tensePast && !s.pastInfinitiveBefore(m.start) ||
		m.end+1 < len(s.toks) && (s.wordIs(m.end, "has") || s.wordIs(m.end, "have")) && (s.wordIs(m.end+1, "been") || s.tenseOf(m.end+1) == tensePast) &&
			!(m.end+2 < len(s.toks) && s.wordIs(m.end+1, "been") && (s.formAt(m.end+2, s.t.lists.future) || s.inList(m.end+2, s.t.lists.designating)))) {
		// (but "This weekend has been designated a day of mourning" is set
		// ahead)
		// ("This weekend has been the most extraordinary I have seen")
		// "Nobody slept much this weekend", told on a Monday to
		// Wednesday: the one just gone (by Thursday, "the city banned
		// protests this weekend" is the one ahead; and "warned passengers
		// to add two hours to journeys this weekend" is what was to come)
		shift = -1
	}
	if f.unit == "D" && f.hasShift && !s.hasWord(m, "the") {
		if said, ok := s.quoteSaidOn(m); ok {
			// ""Our work starts tomorrow," the mayor said on Saturday",
			// told on Sunday: the speaker's tomorrow
			d = said
		}
	}
	if f.unit == "D" && f.hasShift && shift == 0 && !s.hasWord(m, "the") {
		if dl, ok := s.datelineDay(); ok {
			// "CANNES, France, May 20 - … won the Palme d'Or tonight",
			// published on May 21: the dateline's day is the story's
			// today
			d = dl
		}
	}
	if f.unit == "D" && shift == 0 && s.hasWord(m, "the") && m.start-s.lastAt <= anaphorReach {
		// "Earlier Thursday, … Later in the day": the day just spoken of
		if last, ok := s.lastDay(); ok {
			d = last
		}
	}
	p, ok := shiftUnit(d, f.unit, shift)
	if !ok {
		return point{}, false
	}
	if f.unit == "D" {
		if f.hasClock && f.pod == "NI" && smallHours(f) {
			p.t = p.t.AddDate(0, 0, 1) // "at 2am last night" is after midnight
		}
		p = s.withTime(m, tx, p)
	}
	if f.unit == "WE" {
		p = weekendOf(p.t.AddDate(0, 0, 6-isoWeekday(p.t)), 0, tx) // the Saturday of p's week
	}
	return p, true
}

// weekdayNamedAt reports whether token i, or the one after it, is the
// name of a weekday ("Tuesday", "late Wednesday").
func (s *Session) weekdayNamedAt(i int) bool {
	_, ok := s.weekdayAt(i)
	if !ok && i+1 < len(s.toks) {
		_, ok = s.weekdayAt(i + 1)
	}
	return ok
}

// weeksApart counts the ISO weeks from the week of a to the week of b.
func weeksApart(a, b time.Time) int {
	ma := a.AddDate(0, 0, 1-isoWeekday(a))
	mb := b.AddDate(0, 0, 1-isoWeekday(b))
	return int(math.Round(mb.Sub(ma).Hours() / (24 * 7)))
}

// addMonthsClamped moves d by n months, keeping its day unless the month
// reached is shorter: May 31 less three months is Feb. 28 (or 29), where
// AddDate would spill into March.
func addMonthsClamped(d time.Time, n int) time.Time {
	first := ymd(d.Year(), int(d.Month())+n, 1)
	y, m := first.Year(), int(first.Month())
	return ymd(y, m, min(d.Day(), daysIn(y, m)))
}

// shiftUnit returns the unit holding d moved by n units.
func shiftUnit(d time.Time, unit string, n int) (point, bool) {
	switch unit {
	case "D":
		return point{t: d.AddDate(0, 0, n), g: model.GranDay}, true
	case "W", "WE":
		return point{t: d.AddDate(0, 0, 7*n), g: model.GranWeek}, true
	case "M":
		return point{t: ymd(d.Year(), int(d.Month()), 1).AddDate(0, n, 0), g: model.GranMonth}, true
	case "Q":
		q := (int(d.Month()) - 1) / 3
		return point{t: ymd(d.Year(), q*3+1, 1).AddDate(0, 3*n, 0), g: model.GranQuarter}, true
	case "HALF":
		h := (int(d.Month()) - 1) / 6
		return point{t: ymd(d.Year(), h*6+1, 1).AddDate(0, 6*n, 0), g: model.GranHalf}, true
	case "Y":
		return point{t: ymd(d.Year()+n, 1, 1), g: model.GranYear}, true
	case "E":
		return point{t: ymd(d.Year()+10*n, 1, 1), g: model.GranDecade}, true
	case "C":
		return point{t: ymd(d.Year()+100*n, 1, 1), g: model.GranCentury}, true
	}
	return point{}, false
}

// offset resolves "N units ago" and "N units from now".
func (s *Session) offset(m *match, tx *model.Timex) (point, bool) {
	f := m.f
	tx.Implied = true
	dir := f.dir
	if dir == 0 {
		dir = -1
	}
	if f.vague || (f.plural && f.nums == 0) {
		if dir < 0 {
			tx.Value = "PAST_REF"
		} else {
			tx.Value = "FUTURE_REF"
		}
		if f.unit == "H" || f.unit == "MIN" || f.unit == "S" {
			tx.Type = "TIME" // "a few minutes ago" is a time of day
		}
		return point{ref: true}, true
	}
	if !s.hasDCT {
		tx.Value = unresolvedUnit(f.unit)
		return point{}, true
	}
	n := 1.0
	if f.nums > 0 {
		n = f.num
	}
	if f.frac != 0 {
		// "a year and a half ago", "two and a half months ago", "a decade
		// and a half ago": in months, days or years; other units keep the
		// whole number
		switch f.unit {
		case "Y", "M":
			n += f.frac
		case "E", "C":
			n = (n + f.frac) * map[string]float64{"E": 10, "C": 100}[f.unit]
			f.unit = "Y"
		}
	}
	if per := map[string]int{"Y": 1, "E": 10, "C": 100}[f.unit]; per > 0 && n == math.Trunc(n) && m.end-2 > m.start && s.wordIs(m.end-2, "this") && (s.wordIs(m.end-1, "week") || s.wordIs(m.end-1, "month")) {
		// "a year ago this month", "Twelve years ago this week": the
		// publication month or week, so many years back
		d := s.day()
		y := d.Year() + dir*per*int(n)
		if s.wordIs(m.end-1, "week") {
			// the same week of the year, by its ISO number ("One year ago
			// this week", told in 2023-W01, is 2022-W01)
			iy, w := d.ISOWeek()
			jan4 := ymd(iy+dir*per*int(n), 1, 4)
			return point{t: jan4.AddDate(0, 0, 1-isoWeekday(jan4)+7*(w-1)), g: model.GranWeek}, true
		}
		return point{t: ymd(y, int(d.Month()), 1), g: model.GranMonth}, true
	}
	if f.unit == "Y" && n == 1 && s.afterPeriod(m) {
		return point{t: ymd(s.dct.Year()+dir, 1, 1), g: model.GranYear}, true
	}
	if f.unit == "Y" && n == 1 && s.recentQuarter(m) {
		// "a year ago" next to a quarter is that quarter a year before
		p := s.topic
		p.t = p.t.AddDate(dir, 0, 0)
		return p, true
	}
	d := s.day()
	var t time.Time
	var g model.Granularity
	whole := n == math.Trunc(n)
	k := int(math.Round(n))
	switch f.unit {
	case "D":
		t, g = d.AddDate(0, 0, dir*k), model.GranDay
	case "W":
		if !whole {
			t, g = d.AddDate(0, 0, dir*int(math.Round(7*n))), model.GranDay
			break
		}
		t, g = d.AddDate(0, 0, 7*dir*k), model.GranWeek
	case "M":
		if !whole {
			// "two and a half months ago": the half in days
			t, g = d.AddDate(0, dir*int(n), dir*int(math.Round(30*(n-math.Trunc(n))))), model.GranMonth
			break
		}
		// ("three months ago" told on May 31 is February, not the March
		// that Feb. 31 would spill into)
		t, g = addMonthsClamped(d, dir*k), model.GranMonth
	case "Q":
		t, g = addMonthsClamped(d, 3*dir*k), model.GranQuarter
	case "Y":
		if !whole {
			t, g = addMonthsClamped(d, dir*int(math.Round(12*n))), model.GranMonth
			break
		}
		t, g = d.AddDate(dir*k, 0, 0), model.GranYear
	case "E":
		// "a decade ago" is about ten years back, not the decade before
		// this one (TimeBank: 1989-XX; blind annotators: the year); but
		// "three decades ago" counts in decades, and names one (197)
		t, g = d.AddDate(10*dir*k, 0, 0), model.GranYear
		if k >= 2 {
			g = model.GranDecade
		}
	case "C":
		t, g = d.AddDate(100*dir*k, 0, 0), model.GranYear // "a century ago" is a year too
		if k >= 2 {
			g = model.GranCentury // "five centuries ago" names one (15)
		}
	case "H", "MIN", "S":
		t, g = d, model.GranDay
	case "WE":
		if !whole || f.dayOff != 0 {
			return point{}, false
		}
		// "two weekends ago": the weekend of the week so many back
		w := d.AddDate(0, 0, 7*dir*k)
		tx.Value = point{t: w, g: model.GranWeek}.value() + "-WE"
		sat := w.AddDate(0, 0, 5-((isoWeekday(w)+6)%7))
		return point{t: sat, g: model.GranDay, end: sat.AddDate(0, 0, 2)}, true
	default:
		return point{}, false
	}
	if f.dayOff != 0 && g == model.GranWeek {
		// "a week from tomorrow": to the day (the day offset is added
		// with the other named days')
		g = model.GranDay
	}
	fuzzy := tx.Mod == "APPROX" || tx.Mod == "LESS_THAN" || tx.Mod == "MORE_THAN"
	if m.start > 0 && (s.wordIs(m.start-1, "exactly") || s.wordIs(m.start-1, "precisely")) && whole && dir < 0 && f.dayOff == 0 && !fuzzy &&
		(f.unit == "Y" || f.unit == "M" || f.unit == "W") {
		// "the interim agreement struck exactly a year ago": the same
		// day so many back (Feb. 28 for a Feb. 29 in a common year)
		if f.unit != "W" {
			months := dir * k
			if f.unit == "Y" {
				months *= 12
			}
			first := ymd(d.Year(), int(d.Month()), 1).AddDate(0, months, 0)
			t = ymd(first.Year(), int(first.Month()), min(d.Day(), daysIn(first.Year(), int(first.Month()))))
		}
		return point{t: t, g: model.GranDay}, true
	}
	pod := "" // "Fifty years ago this morning"
	if day := m.end - 1; day > m.start+1 && s.wordIs(day-1, "this") {
		switch {
		case s.wordIs(day, "morning"):
			pod = "MO"
		case s.wordIs(day, "afternoon"):
			pod = "AF"
		case s.wordIs(day, "evening"):
			pod = "EV"
		}
	}
	if day := m.end - 1; day > m.start && (s.wordIs(day, "today") || s.wordIs(day, "tonight") || s.wordIs(day, "tomorrow") || s.wordIs(day, "yesterday") || pod != "") && g <= model.GranDay {
		// "Fifty years ago today": the publication day, so many years back
		// (Feb. 28 for a Feb. 29 in a common year); "A hundred years ago
		// tonight", "Fifty years ago this morning", "Sixty years ago
		// tomorrow": that part of the day, the next day
		shift := 0
		if s.wordIs(day, "tomorrow") {
			shift = 1
		} else if s.wordIs(day, "yesterday") {
			shift = -1
		}
		if f.unit == "Y" || f.unit == "E" || f.unit == "C" {
			on := d.AddDate(0, 0, shift)
			y := t.Year() + on.Year() - d.Year()
			t = ymd(y, int(on.Month()), min(on.Day(), daysIn(y, int(on.Month()))))
		} else if dir < 0 {
			t = t.AddDate(0, 0, shift) // "a week ago tomorrow"
		}
		if s.wordIs(day, "tonight") {
			pod = "NI"
		}
		if pod != "" {
			tx.Type = "TIME"
			return point{t: t, g: model.GranPartOfDay, pod: pod}, true
		}
		return point{t: t, g: model.GranDay}, true
	}
	if g == model.GranYear || g == model.GranDecade || g == model.GranCentury {
		t = ymd(t.Year(), 1, 1)
	}
	return point{t: t, g: g, fuzzy: fuzzy}, true
}

// durationUnits maps units to their TIMEX3 designator and whether they are
// clock units (written after a T).
var durationUnits = map[string]struct {
	code string
	time bool
}{
	"Y": {"Y", false}, "M": {"M", false}, "W": {"W", false}, "D": {"D", false}, "Q": {"Q", false},
	"E": {"Y", false}, "C": {"Y", false}, "L": {"Y", false}, "HALF": {"M", false}, "WE": {"D", false}, "FN": {"W", false},
	"H": {"H", true}, "MIN": {"M", true}, "S": {"S", true},
}

// durationValue writes P3Y, PT5H30M, PXM for n units.
func durationValue(n float64, unit string, vague, decimal bool) (string, bool) {
	u, ok := durationUnits[unit]
	if !ok {
		return "", false
	}
	switch unit {
	case "HALF":
		n *= 6
	case "WE":
		n *= 2
	case "FN":
		n *= 2
	case "E", "C", "L":
		// decades, centuries and millennia are written in years, as ISO
		// 8601 has no unit for them: "two decades" is P20Y
		n *= map[string]float64{"E": 10, "C": 100, "L": 1000}[unit]
	}
	p := "P"
	if u.time {
		p = "PT"
	}
	if vague {
		switch unit {
		case "C", "L":
			return p + "X" + unit, true // "centuries": PXC, as TimeBank writes it
		}
		return p + "X" + u.code, true
	}
	n = math.Round(n*1e6) / 1e6 // "19.94 seconds", not 19.939999999999998
	if n == math.Trunc(n) || decimal {
		// (a decimal written in digits stays one: "12.5 hours" is PT12.5H)
		return p + strconv.FormatFloat(n, 'f', -1, 64) + u.code, true
	}
	// Fractions go down one unit: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
	whole := math.Trunc(n)
	frac := n - whole
	var sub string
	var k float64
	switch unit {
	case "Y":
		sub, k = "M", 12
	case "M":
		sub, k = "D", 30
	case "W":
		sub, k = "D", 7
	case "D":
		p, sub, k = p+"", "H", 24
	case "H":
		sub, k = "M", 60
	case "MIN":
		sub, k = "S", 60
	default:
		return p + strconv.FormatFloat(n, 'f', -1, 64) + u.code, true
	}
	rest := math.Round(frac * k)
	head := ""
	if whole > 0 {
		head = strconv.FormatFloat(whole, 'f', -1, 64) + u.code
	}
	if unit == "D" {
		return "P" + head + "T" + strconv.FormatFloat(rest, 'f', -1, 64) + sub, true
	}
	return p + head + strconv.FormatFloat(rest, 'f', -1, 64) + sub, true
}

// duration resolves an amount of time. Durations anchored at the DCT
// ("the past three years", "the next 2-3 months") also get a span.
func (s *Session) duration(m *match, tx *model.Timex) bool {
	f := m.f
	if f.unit == "HALF" && f.nums > 0 {
		// "less than one half of 1 percent", "in both halves": a share
		// or a match's halves, never an amount of time in news
		return false
	}
	if f.unit == "D" && f.nums == 0 && m.end-m.start == 2 && s.wordIs(m.start, "a") && s.wordIs(m.end, "of") &&
		(s.inList(m.end+1, s.t.lists.dayKinds) || m.end+2 < len(s.toks) && !s.inList(m.end+1, s.t.lists.dayKinds) && s.inList(m.end+2, s.t.lists.dayKinds)) && s.dayKindBefore(m.start) {
		// "declared Thursday a day of national mourning", "is observed as
		// a day of remembrance": a kind of day named, no amount of time
		// (but "after a day of prayer and fasting" lasted one)
		return false
	}
	n := 1.0
	if f.nums > 0 {
		n = f.num
	}
	upper := n
	if f.nums > 1 && f.num2 > f.num {
		// a range "2-3 months" is valued at its lower bound, as TimeBank
		// does; the span reaches to the upper one
		upper = f.num2
		if tx.Mod == "" {
			tx.Mod = "EQUAL_OR_MORE"
		}
	}
	n += f.frac
	upper += f.frac
	vague := f.vague || f.plural && f.nums == 0
	v, ok := durationValue(n, f.unit, vague, f.decimal && f.frac == 0)
	if !ok {
		return false
	}
	tx.Value = v
	if f.hasShift && s.hasDCT && !vague {
		// anchored at the DCT: the past N units end at it, the next N start there
		d := s.day()
		var end time.Time
		months, days := 0, 0
		switch f.unit {
		case "Y":
			months = int(math.Round(12 * upper))
		case "M":
			months = int(math.Round(upper))
		case "Q":
			months = int(math.Round(3 * upper))
		case "HALF":
			months = int(math.Round(6 * upper))
		case "E":
			months = int(math.Round(120 * upper))
		case "C":
			months = int(math.Round(1200 * upper))
		case "W":
			days = int(math.Round(7 * upper))
		case "D":
			days = int(math.Round(upper))
		}
		if months == 0 && days == 0 {
			return true
		}
		end = d.AddDate(0, months, days)
		gran := model.GranDay
		if f.shift < 0 {
			end = d.AddDate(0, -months, -days)
			tx.Span = model.Date{Start: end, End: d.AddDate(0, 0, 1), Gran: gran}
		} else {
			tx.Span = model.Date{Start: d, End: end, Gran: gran}
		}
		tx.Span.Fuzzy = f.nums > 1 || tx.Mod != ""
		tx.Implied = true
	}
	return true
}

// set resolves a frequency.
func (s *Session) set(m *match, tx *model.Timex) bool {
	f := m.f
	switch {
	case f.weekday != 0:
		tx.Value = fmt.Sprintf("XXXX-WXX-%d", f.weekday)
		if f.hasClock {
			tx.Value += fmt.Sprintf("T%02d:%02d", f.hour24(), f.minute) // "every Sunday at noon"
		} else if f.pod != "" {
			tx.Value += "T" + f.pod
		}
	case f.month != 0 && f.day != 0:
		tx.Value = fmt.Sprintf("XXXX-%02d-%02d", f.month, f.day) // "every October 20"
	case f.month != 0:
		tx.Value = fmt.Sprintf("XXXX-%02d", f.month)
	case f.season != "":
		tx.Value = "XXXX-" + f.season
	case f.unit == "Q" && f.ord != 0:
		tx.Value = fmt.Sprintf("XXXX-Q%d", f.ord)
	case f.unit == "WE" && f.nums == 0 && f.ord == 0 && (s.hasWord(m, "every") || s.hasWord(m, "each")):
		tx.Value = "XXXX-WXX-WE" // "every weekend", as "on weekends"
	case f.pod != "" && f.unit == "":
		tx.Value = "XXXX-XX-XXT" + f.pod
	case f.hasClock && (f.unit == "" || f.unit == "D"):
		// "2 p.m. every day": that time of every day
		tx.Value = fmt.Sprintf("XXXX-XX-XXT%02d:%02d", f.hour24(), f.minute)
	case f.holiday != "":
		// "every Christmas": the holiday's day when it is fixed
		tx.Value = "XXXX-XX-XX"
		if mo, d, ok := fixedHoliday(f.holiday); ok {
			tx.Value = fmt.Sprintf("XXXX-%02d-%02d", mo, d)
		}
	default:
		n := 1.0
		if f.nums > 0 {
			n = f.num
		} else if f.ord > 1 {
			n = float64(f.ord) // "every fifth year": one in five
		}
		n += f.frac // "every five and a half years", "every hour and a half"
		vague := f.vague
		switch {
		case s.hasWord(m, "times") && vague:
			// "several times a day": an unknown number in each day
			tx.Freq, vague = "XX", false
		case s.hasWord(m, "times"):
			// "eight times a year": eight in each year
			tx.Freq, n = strconv.FormatFloat(n, 'f', -1, 64)+"X", 1
		case (s.hasWord(m, "days") || s.hasWord(m, "nights")) && f.unit != "D":
			// "six days a week": six days in each week
			tx.Freq, n = strconv.FormatFloat(n, 'f', -1, 64)+"D", 1
		case s.hasWord(m, "twice"):
			tx.Freq = "2X"
		case s.hasWord(m, "once"):
			tx.Freq = "1X"
		}
		v, ok := durationValue(n, f.unit, vague, f.decimal && f.frac == 0 && n == f.num)
		if !ok {
			return false
		}
		tx.Value = v
	}
	return true
}

// anaphor resolves "the following day", "that year" against the last date
// mentioned (the DCT when none was).
func (s *Session) anaphor(m *match, tx *model.Timex) (point, bool) {
	f := m.f
	tx.Implied = true
	// "the night before", "the day after": a unit or part of the day and
	// the word that shifts it, closing the phrase
	shiftedAfter := f.shift != 0 && m.end-m.start == 3 && (s.wordIs(m.end-1, "before") || s.wordIs(m.end-1, "after"))
	if shiftedAfter &&
		(f.pod != "" && !(s.lastDayAt >= 0 && s.lastDayAt < m.start && s.sentencesBetween(s.lastDayAt, m.start) <= 1) || m.start > 0 && s.toks[m.start-1].Kind == tokNum && s.toks[m.start-1].Seps&(sepColon|sepDot) != 0) {
		// "the night before" needs a day told in its sentence or the one
		// before to be counted from ("was found on the morning of Oct. 14,
		// 1979. She had last been seen the night before"); and "the night
		// before", "the day before" are no date of their own after a clock
		// time ("from 9:30 the night before", the time's day)
		return point{}, false
	}
	if lp := s.lastPoint; shiftedAfter && f.pod == "" && s.lastSet && s.lastEnd == m.start && lp.g >= model.GranHour && !lp.t.IsZero() {
		// "had checked it at 4 p.m. the day before": the day the time just
		// told is on, which the phrase named
		return point{t: lp.calendarDay(), g: model.GranDay}, true
	}
	if s.wordIs(m.start, "election") {
		if s.wordIs(m.end, "in") || s.wordIs(m.end, "of") {
			return point{}, false // (one told with its own date is another's: "on election night in May 2022")
		}
		// "election night": the night of the vote gone by the story told
		// of, or of the lead's vote on the news's day or before it; with
		// no vote told of, the night is left untagged rather than guessed
		if d := s.votedDay(); !d.IsZero() && s.hasDCT && !d.After(s.day()) {
			return s.withTime(m, tx, point{t: d, g: model.GranDay}), true
		}
		if lv := s.leadVoteT; !lv.IsZero() && s.hasDCT && !lv.After(s.day()) {
			return s.withTime(m, tx, point{t: lv, g: model.GranDay}), true
		}
		return point{}, false // (no vote told of: the night is left untagged, not guessed)
	}
	base := s.lastPoint
	if !s.lastSet {
		if !s.hasDCT {
			return s.unresolvedDate(f, tx)
		}
		base = point{t: s.day(), g: model.GranDay}
	}
	if f.weekday != 0 {
		// "the previous Friday": that weekday before the last day mentioned
		d, ok := s.lastDay()
		if !ok {
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			d = s.day()
		}
		if lp := s.lastPoint; f.shift > 0 && s.lastSet && !lp.ref && (lp.g == model.GranWeek || lp.weekend()) && s.lastAt > s.lastDayAt && m.start-s.lastAt <= anaphorReach {
			// "The festival ran over the weekend of May 4. The following
			// Monday, …", "talks in the week of April 8 … the following
			// Monday": the first such day after the week just named
			sunday := lp.t.AddDate(0, 0, 7-isoWeekday(lp.t))
			return s.withTime(m, tx, point{t: stepToWeekday(sunday, f.weekday, 1, false), g: model.GranDay}), true
		}
		if !s.sameSentence(s.lastDayAt, m.start) && s.lastDayInWhoClause() {
			// "… Busby, who led United to their only previous European Cup
			// on May 29, 1968. United had beaten Newcastle … the previous
			// Saturday": from the day the story is on, not a person's past
			d = s.mainDayT
		}
		if s.hasWord(m, "that") {
			// "I have thought about that Sunday every day since": the day
			// of that name nearest the date just told, itself included; or
			// a day told before it that fell on it ("the first Japanese
			// planes swept in on Dec. 7, 1941. … President Bush was to speak
			// this afternoon. … aboard the West Virginia that Sunday
			// morning")
			if isoWeekday(d) != f.weekday {
				for k := 1; k <= min(s.toldN, len(s.toldDays)); k++ {
					if t := s.toldDays[(s.toldN-k)%len(s.toldDays)]; isoWeekday(t) == f.weekday {
						return s.withTime(m, tx, point{t: t, g: model.GranDay}), true
					}
				}
			}
			return s.withTime(m, tx, point{t: nearestWeekday(d, f.weekday), g: model.GranDay}), true
		}
		dir := 1
		if f.shift < 0 {
			dir = -1
		}
		return s.withTime(m, tx, point{t: stepToWeekday(d, f.weekday, dir, false), g: model.GranDay}), true
	}
	unit := f.unit
	if unit == "S" && f.dir != 0 && m.end-m.start >= 2 && (s.wordIs(m.end-1, "later") || s.wordIs(m.end-1, "earlier")) {
		// "took off at 3:26 p.m. and struck the birds about 90 seconds
		// later": a clock time names no seconds to count on from; the
		// amount alone
		m.end--
		tx.Type, tx.Implied = "DURATION", false
		return point{}, s.duration(m, tx)
	}
	if (unit == "H" || unit == "MIN") && f.dir != 0 {
		// "Polls closed at 6 p.m., and results came three hours later":
		// from the clock time just named
		lp := s.lastClock
		if ap := s.aheadClock; f.dir > 0 && !ap.t.IsZero() && s.aheadClockAt < s.lastClockAt && m.start-s.aheadClockAt <= anaphorReach && s.hasDCT &&
			lp.t.Before(s.day()) && s.tense(m.start, m.end) == tenseFuture {
			// "Gore will address the nation at 9 p.m. tonight … after a
			// ruling released shortly after 10 o'clock last night. Bush is
			// expected to speak an hour later": a future clause goes on
			// from the time ahead, not from one gone by
			lp = ap
		}
		bound := tx.Mod == "LESS_THAN" || tx.Mod == "MORE_THAN" || tx.Mod == "EQUAL_OR_LESS" || tx.Mod == "EQUAL_OR_MORE"
		if lp.t.IsZero() || m.start-s.lastClockAt > anaphorReach || s.lastDayAt > s.lastClockAt+4 || bound {
			// no clock time just before, or a day named since ("at 7 a.m.
			// on Sunday. On Monday the count began, and three hours later"),
			// or an amount bounded on one side, which names no time: the
			// amount alone ("was arrested less than an hour later", "to
			// move start times about 50 minutes later")
			if m.end-m.start >= 2 && (s.wordIs(m.end-1, "later") || s.wordIs(m.end-1, "earlier")) {
				m.end--
				tx.Type, tx.Implied = "DURATION", false
				if s.duration(m, tx) {
					return point{}, true
				}
			}
			return point{}, false
		}
		n := 1.0
		if f.nums > 0 {
			n = f.num
		}
		step := time.Hour
		if unit == "MIN" {
			step = time.Minute
		}
		t := lp.t.Add(time.Duration(float64(f.dir) * n * float64(step)))
		tx.Type = "TIME"
		return point{t: t, g: model.GranMinute, fuzzy: lp.fuzzy}, true
	}
	if unit == "D" && f.dir == 0 {
		// "the following day", "that night": from the last day mentioned;
		// a date stated in full in the same sentence counts even when it
		// bounds a period ("the steepest fall since Oct. 20, 1987, when
		// Tokyo followed the Wall Street crash of the previous day"), and
		// so does any day a period starts from ("visas had been issued
		// since Thursday night, and crossings doubled the next day"), or
		// in the past sentence right after ("have been flown out since
		// Aug. 14. The Taliban entered the capital the following day")
		d, ok := s.lastDay()
		if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.g != model.GranSeason && lp.end.IsZero() &&
			(s.lastExplicit || s.lastAt > 0 && (s.wordIs(s.lastAt-1, "since") || lp.g >= model.GranHour && s.hasWord(m, "same") && (s.wordIs(s.lastAt-1, "before") || s.wordIs(s.lastAt-1, "after")))) &&
			s.lastAt > s.lastDayAt && (s.sameSentence(s.lastAt, m.start) || f.shift > 0 && s.wordIs(s.lastAt-1, "since") && s.sentencesBetween(s.lastAt, m.start) == 1 && s.tense(m.start, m.end) == tensePast) &&
			!(s.wordIs(s.lastAt-1, "the") && s.hasDCT && math.Abs(lp.t.Sub(s.day()).Hours()) > 24*366 && s.lastDayAt >= 0 && math.Abs(s.lastDayT.Sub(s.day()).Hours()) <= 24*farDay) {
			// (and "began shortly before 5 p.m. Wednesday, the same day
			// inspectors reported …"; but not a far day that names an
			// event in passing, after a day near the news: "held since the
			// Oct. 7, 2023 attack were handed over, and 90 prisoners were
			// to be freed that night")
			d, ok = lp.calendarDay(), true
		}
		if ok && f.shift == 0 && (s.hasWord(m, "that") && !s.sameSentence(s.lastDayAt, m.start) || f.pod != "" && s.hasWord(m, "the") && (!s.sameSentence(s.lastDayAt, m.start) || !s.inRelativeClause(m.start) && s.commaBetween(s.lastDayAt, m.start))) &&
			s.lastDayInWhoClause() {
			// "Finance Minister Serra, who took office only on Dec. 1, said
			// reserves had fallen. … he told a news conference that
			// evening": the day the story was on, not that of a person's
			// past in a "who" clause (a "which" clause may tell the event
			// itself: "the lender, which disclosed on Friday that it had
			// sought emergency funding … since that day")
			d = s.mainDayT
		}
		if ok && f.shift == 0 && (s.hasWord(m, "same") || s.hasWord(m, "that")) && s.hasDCT && d.After(s.day()) && !s.prevDayT.IsZero() && !s.prevDayT.After(s.day()) &&
			s.prevDayAt < s.lastDayAt && s.tense(m.start, m.end) == tensePast {
			// "China said Friday it would impose a tariff starting April
			// 10. Powell warned the same day that …", "Trump suspended
			// travel from Europe, beginning at midnight Friday. The NBA
			// suspended its season that night": what was done on "the
			// same day" or "that night" was done by the news's day, so
			// not on a day still ahead; the day told before that one
			d = s.prevDayT
		}
		if ok && f.shift == 0 && s.hasWord(m, "that") && s.farAsideDay() {
			// "Rescuers dug through the rubble on Wednesday, on the
			// anniversary of the devastating quake of Sept. 19, 1985. That
			// morning, …": a far day that names an event in passing is not
			// the day the story goes on with
			d = s.prevDayT
		}
		if main, after := s.afterMainDay(m); ok && f.shift > 0 && after {
			// "The talks resumed on Monday, after the envoy arrived on
			// Saturday. The next day, …": from the main clause's day
			d = main
		}
		if f.shift == 0 && (f.pod == "" || s.hasWord(m, "that")) && !s.possT.IsZero() && s.possAt > s.lastDayAt && s.possAt < m.start && s.sameSentence(s.possAt, m.start) {
			// "Thursday's elections were the biggest test …, with contests
			// postponed from last year also held on the same day", "Le Pen
			// took 16.9 percent in Sunday's first round, edging out
			// Jospin, who announced that night …": the day of the event
			// the sentence named
			d, ok = s.possT, true
		} else if !s.possT.IsZero() && s.possAt > s.lastDayAt && s.possAt < m.start && s.sentencesBetween(s.possAt, m.start) == 1 && s.hasDCT && s.possT.Before(s.day()) &&
			s.possHeadWord >= 0 && s.t.lex.inClass(s.possHeadWord, s.t.lists.scheduled) && s.tense(m.start, m.end) == tensePast && (s.hasWord(m, "that") || f.shift > 0) {
			// "Argentina beat France on penalties in Sunday's final. Fans
			// packed the area around the Obelisk that night, and the squad
			// left Qatar the following day": in the sentence after, told
			// in the past, the day of the event gone by the sentence
			// before named
			d, ok = s.possT, true
		}
		if vd := s.votedDay(); f.shift == 0 && f.pod == "" && s.hasWord(m, "same") && !vd.IsZero() && s.hasDCT && vd.Before(s.day()) && !(ok && sameDay(d, vd)) &&
			s.anyBetween(max(m.start-3, 0), min(m.end+3, len(s.toks)-1), func(k int) bool {
				return s.sameSentence(k, m.start) && (s.wordIs(k, "voted") || s.wordIs(k, "held") || s.wordIs(k, "voters") || s.voteAt(k))
			}) && !(s.lastDayAt >= max(m.start-12, 0) && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start)) {
			// "71.1 percent backed the deal in Friday's referendum,
			// officials announced on Saturday. … In the Irish Republic,
			// which voted the same day, 94 percent said Yes": a vote the
			// same day is on the day of the vote the story told of, not
			// on the day of the count or the report (unless a day was
			// named in the sentence just before it); it does not become
			// the day told of ("Counting began at 9 a.m." stays on the
			// count's day)
			d, ok, m.aside = vd, true, true
		}
		if fd := s.futureDayT; ok && f.shift > 0 && s.hasDCT && !d.After(s.day()) && s.futureDayAt >= 0 && m.start-s.futureDayAt <= anaphorReach &&
			s.tense(m.start, m.end) == tenseFuture && !(s.lastDayAt > s.futureDayAt && s.sameSentence(s.lastDayAt, m.start) && !s.sameSentence(s.futureDayAt, m.start) && !s.inList(s.verbBeforeDay(s.lastDayAt), s.t.lists.reporting)) {
			// "Deng died on Wednesday. A service will be held next
			// Tuesday, and his body will be cremated the following day":
			// a future clause follows on from the day ahead (but not past
			// a day gone by in its own sentence: "The deal was announced
			// on Wednesday, and officials had said the pause would begin
			// the following day" is Thursday, whatever day ahead a
			// sentence before named; a report's day is no such day: "The
			// ship will dock on Tuesday. Officials said on Sunday that
			// passengers would disembark the following day")
			d = fd
		}
		if fd, ahead := s.thatDayAhead(m); ok && f.shift == 0 && s.hasWord(m, "that") && !d.After(s.day()) && ahead {
			// "The Premier League will resume on June 17. Clubs agreed the
			// restart date on Thursday, and the first two matches will kick
			// off at 6 p.m. and 8:15 p.m. that day": what will happen "that
			// day" happens on the day ahead, not on the day the decision
			// was told
			d = fd
		}
		if pd := s.pastDayT; ok && f.shift > 0 && f.pod == "" && s.hasDCT && d.After(s.day()) && s.pastDayAt >= 0 && m.start-s.pastDayAt <= anaphorReach &&
			s.tense(m.start, m.end) == tensePast {
			// "agreed last Wednesday to cut output from Jan. 1, yet prices
			// slid a further 9 percent the next day": a past clause goes
			// on from the last day gone by, not from the day ahead
			d = pd
		}
		witnessed := false
		if ad := s.annivDayT; f.shift == 0 && f.pod != "" && s.hasWord(m, "that") && s.annivAt >= 0 && s.annivAt < m.start && s.sentencesBetween(s.annivAt, m.start) <= 4 &&
			s.hasDCT && (!ok || sameDay(d, s.day())) && s.tense(m.start, m.end) == tensePast {
			// "Sirens wailed at 5:12 this morning, the minute the great
			// earthquake struck 100 years ago. … she remembered her mother
			// carrying her through the smoke that afternoon": the day of the
			// anniversary, not the news's
			d, ok, witnessed = ad, true, true
		}
		if hd := s.histDayT; ok && f.shift == 0 && !hd.IsZero() && s.hasWord(m, "that") && !d.Equal(hd) && s.tense(m.start, m.end) != tenseFuture {
			if open, in := s.quoteOpen(m); in && !(s.lastDayAt > open) {
				// "… joined the crowds on May 8, 1945. … 'We danced in
				// Trafalgar Square that night,' recalled Joan Baker": in a
				// quote, a witness's "that night" is the day in history,
				// however far back it was told
				d, witnessed = hd, true
			}
		}
		if ok {
			base = point{t: d, g: model.GranDay}
			if (f.pod != "" || m.end-m.start == 2 && s.wordIs(m.start, "the")) && f.shift == 0 && s.hasDCT && d.After(s.day()) && s.tense(m.start, m.end) == tensePast {
				// (so is "who spent the day searching the rubble")
				// "The council meets next Thursday. The euro rose in the
				// afternoon": a past clause is not on the day ahead, but
				// on the day of the news
				base.t = s.day()
				if lp := s.lastPoint; s.hasWord(m, "that") && s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.g != model.GranSeason && lp.t.Before(s.day()) && s.lastAt > s.lastDayAt && m.start-s.lastAt <= anaphorReach {
					// (but "that" points back to a day gone by named
					// since, if only in passing: "is to be arraigned
					// Monday in the June 12 slayings. Police said the two
					// were killed late that night")
					base.t = lp.calendarDay()
				}
			}
			if f.pod != "" && f.shift == 0 && s.hasDCT && d.Before(s.day().AddDate(-1, 0, 0)) && !s.hasWord(m, "that") &&
				(!s.sameSentence(s.lastDayAt, m.start) && s.sentencesBetween(s.lastDayAt, m.start) == 1 || s.lastDayAt == s.observanceAt && s.sameSentence(s.lastDayAt, m.start)) &&
				s.anyBetween(max(m.start-12, 0), min(m.end+16, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.observances) && s.sameSentence(k, m.start) }) {
				// ("honored the American dead at the cemetery in the
				// morning, and the Queen joined an international ceremony
				// in the afternoon")
				// "… came ashore on June 6, 1944. Clinton joined the
				// ceremonies, which began in the morning": the observance
				// of a day in history is on the day of the news, in passing
				// (but "that night" is the day in history's: "Four years ago
				// today, Russian troops poured across Ukraine's borders. Air
				// raid sirens wailed before dawn, and that night …")
				base.t, m.aside = s.day(), true
				s.lastDayAt = m.start // (the day in history is still the one told of)
				s.observanceAt = m.start
			}
			if f.pod != "" && f.shift == 0 && s.hasDCT && !d.After(s.day().AddDate(0, 0, -farDay)) && !s.sameSentence(s.lastDayAt, m.start) &&
				(s.sentencesBetween(s.lastDayAt, m.start) >= 2 || !s.hasWord(m, "that") && s.afterClauseDay(s.lastDayAt)) &&
				!(s.hasWord(m, "that") && s.sentencesBetween(s.lastDayAt, m.start) <= 2) {
				// (so is one the sentence before named in an "after" clause:
				// "The summit came three months after Trump accepted an
				// invitation, and after he called it off on May 24. Trump
				// flew out of Singapore in the evening")
				// "… defeated his bills on August 8. … Tokyo shares jumped 1.5
				// percent by mid-afternoon", told a month later: a day far
				// back, two sentences before, is background, as it is for
				// clock times (a week back is far: "played two shows in
				// Atlanta on April 14 … Fans gathered outside Paisley Park
				// through the afternoon", told on April 21); but "that" points
				// back to it ("She died on May 9 … She was 108. … her family
				// said goodbye by video call that evening")
				base.t = s.day()
			}
			if _, told := s.dayBefore(m.start); f.pod != "" && f.shift == 0 && s.hasDCT && d.Before(s.day()) && (s.tense(m.start, m.end) == tenseFuture || s.tense(m.start, m.end) == tensePresent) &&
				(!told || s.inRelativeClause(s.lastDayAt) && d.Before(s.day().AddDate(0, 0, -farDay))) { // (nor one a relative clause told, far back: "The three men, who led their countries when the border opened on Nov. 9, 1989, will speak in the Reichstag in the afternoon")
				// "Polls closed at 10pm yesterday … officials expected the
				// first seats to be filled by early evening": nor is a
				// future clause on a day gone by
				base.t = s.day()
				if lf := s.leadFutureT; !lf.IsZero() && lf.After(s.day()) && s.tense(m.start, m.end) == tenseFuture {
					// (but the day of the lead's event ahead: "Vote counting
					// … begins on Thursday morning … Some 380 million people
					// voted between April 20 and May 10 … officials said
					// most results would be declared by the evening")
					base.t = lf
				}
			}
			if witnessed {
				base.t = d
			}
		}
		// (or a part of the day in a sentence of a market's words: "Trading
		// in several bank stocks was halted during the morning", when the
		// lead's day is within a few days of the news, or none)
		market := (f.pod == "MO" || f.pod == "AF" || f.pod == "MI") && !s.dayInSentenceBefore(m) && s.anyInSentence(m.start, s.marketWordAt) &&
			(s.leadDayT.IsZero() || s.day().Sub(s.leadDayT) <= 4*24*time.Hour)
		if f.pod != "" && f.shift == 0 && s.hasDCT && (m.end < len(s.toks) && s.inList(m.end, s.t.lists.sessions) || s.sessionBefore(m.start) || market) {
			// "Shares rose in afternoon trading": the trading day the story
			// reports, its lead's day ("Crown on Tuesday raised its bid
			// … after a court on Monday …"), else the DCT's
			base = point{t: s.day(), g: model.GranDay}
			if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.g != model.GranSeason && s.lastAt < m.start && s.sameSentence(s.lastAt, m.start) &&
				!s.inRelativeClause(s.lastAt) && !s.relativeBetween(s.lastAt, m.start) && !s.possessiveMark(s.lastAt+1) && !s.eventPhraseDay(s.lastAt) {
				// "By Wednesday, the shares were down 4 percent in afternoon
				// trading", "Brent had fallen 7 percent on Monday before
				// recovering in afternoon trading": a day its sentence
				// tells (not one in a clause or phrase of its own: "Apple,
				// which fell on Wednesday, rose in afternoon trading",
				// "Since Friday, …", "after Friday's vote")
				base.t = lp.calendarDay()
			} else if !s.leadDayT.IsZero() {
				base.t = s.leadDayT
			}
		}
		if f.pod == "NI" && f.shift == 0 && s.hasDCT && s.hasWord(m, "the") && !s.hasWord(m, "that") && base.g >= model.GranDay && !sameDay(base.t, s.day()) && base.t.Before(s.day()) &&
			!s.sameSentence(s.lastDayAt, m.start) && s.hadWithin(m.start, 8) && sameDay(base.t, s.leadDayT) {
			// "returned to space yesterday. … many of whom had driven through
			// the night": a pluperfect night is the one before the lead's day
			base.t = base.t.AddDate(0, 0, -1)
		}
		if f.pod == "NI" && f.shift == 0 && s.hasDCT && s.hasWord(m, "the") && (base.g < model.GranDay || sameDay(base.t, s.day())) &&
			s.tense(m.start, m.end) == tensePast && !s.directiveBefore(m.start) {
			// "crowds celebrated in Tahrir Square through the night", told
			// the next day: the night gone by is the one before the news
			base = point{t: s.day().AddDate(0, 0, -1), g: model.GranDay}
		}
	}
	need := map[string]model.Granularity{"D": model.GranDay, "W": model.GranWeek, "WE": model.GranWeek, "M": model.GranMonth, "Q": model.GranQuarter, "Y": model.GranYear, "E": model.GranDecade}[unit]
	if base.g < need && need != 0 && f.dir == 0 {
		// "on August 8, ending a freeze agreed last November. … the
		// following week": the week after the last day named
		if d, ok := s.lastDay(); ok && m.start-s.lastDayAt <= anaphorReach {
			base = point{t: d, g: model.GranDay}
		}
	}
	if fd := s.futureDayT; unit == "W" && f.shift > 0 && f.dir == 0 && s.hasDCT && base.g >= model.GranDay && !base.t.After(s.day()) && s.futureDayAt >= 0 && m.start-s.futureDayAt <= 2*anaphorReach &&
		s.tense(m.start, m.end) == tenseFuture && !s.sameSentence(s.lastAt, m.start) && !s.wouldBefore(m.start) {
		// (not after a day told in its own sentence, nor under "would":
		// "said on April 3 that hearings would start the following week")
		// "the trial would resume Thursday, Jan. 14 … sworn in on Jan. 7
		// … White House lawyers will respond the following week": a
		// future clause follows on from the day ahead
		base = point{t: fd, g: model.GranDay}
	}
	if base.g < need || need == 0 {
		if !s.hasDCT {
			return s.unresolvedDate(f, tx)
		}
		base = point{t: s.day(), g: model.GranDay}
	}
	if lp := s.lastPoint; f.dir != 0 && f.nums > 0 && m.start > 0 && s.wordIs(m.start-1, ",") && s.lastSet && s.lastEnd == m.start-1 && !lp.ref && !s.lastShifted &&
		need != 0 && lp.g >= need && lp.g < model.GranHour && lp.g != model.GranSeason && lp.end.IsZero() && (m.end >= len(s.toks) || s.toks[m.end].Kind == tokPunct) {
		// "British divers found them on July 2, nine days later": an
		// offset set off by a comma right after a date restates it, as
		// counted from an earlier one
		if lp.g >= model.GranDay {
			lp = point{t: lp.calendarDay(), g: model.GranDay}
		}
		return lp, true
	}
	shift := f.shift
	if f.dir != 0 {
		n := 1
		if f.nums > 0 {
			n = int(math.Round(f.num))
		}
		shift = f.dir * n
		period := unit == "Y" && (base.g == model.GranQuarter || base.g == model.GranHalf ||
			base.g == model.GranMonth && s.sameSentence(s.lastAt, m.start)) // "in July from a year earlier"
		// a month and day named just before anchors days and weeks too
		// ("a fire on November 24 …; two days later, protests broke out")
		// and so does any day just named before "later" ("was detained last
		// Friday and flown to New York two days later")
		// ("The Dow closed Friday at 2693.82, up 58.51 points from a week
		// earlier": a week before that Friday; "was launched on Christmas
		// Day and reached its station a month later")
		named := (s.lastNamed || f.dir > 0 || s.sameSentence(s.lastAt, m.start) && !s.lastShifted) && (unit == "D" || unit == "W") && s.lastPoint.g >= model.GranDay ||
			f.dir > 0 && unit == "M" && s.lastPoint.g >= model.GranDay ||
			// "won the French Open in June and reached the Wimbledon final a
			// month later": a month named in the sentence
			f.dir > 0 && unit == "M" && s.lastNamed && s.lastPoint.g >= model.GranMonth && s.lastPoint.g != model.GranSeason && s.sameSentence(s.lastAt, m.start) ||
			// "will lock their exchange rates on January 1st, and notes
			// go into circulation three years later": years from a date
			// named in the sentence, in a year to come
			f.dir > 0 && unit == "Y" && s.lastNamed && s.lastPoint.g >= model.GranMonth && s.lastPoint.g != model.GranSeason && s.sameSentence(s.lastAt, m.start) &&
				s.hasDCT && s.lastPoint.t.Year() != s.dct.Year() ||
			// "Last year was the warmest on record, beating the record set
			// just two years earlier": from the year its sentence told
			f.dir < 0 && unit == "Y" && s.lastPoint.g == model.GranYear && !s.lastPoint.ref && s.sameSentence(s.lastAt, m.start) && s.hasDCT && s.lastPoint.t.Year() < s.dct.Year()
		if ad := s.annivDayT; f.dir > 0 && (unit == "D" || unit == "W") && s.annivAt >= 0 && s.annivAt < m.start && s.sentencesBetween(s.annivAt, m.start) <= 4 &&
			s.hasDCT && (base.g < model.GranDay || sameDay(base.t, s.day())) && s.tense(m.start, m.end) == tensePast {
			// "Bells tolled at 8:15 this morning, the moment 45 years ago
			// when the first atomic bomb was dropped. … Nagasaki, struck
			// three days later": days after the day the anniversary marks
			base, named = point{t: ad, g: model.GranDay}, true
		}
		if d, ok := s.lastDay(); ok && !named && (unit == "D" || unit == "W") && s.lastPoint.g < model.GranDay && s.lastDayAt >= 0 && s.lastDayAt < s.lastAt &&
			m.start-s.lastDayAt <= anaphorReach && (s.lastDayAt <= 0 || !s.wordIs(s.lastDayAt-1, "since")) {
			// "approved the cuts last Tuesday as part of a plan to close the
			// gap by the end of the month. Two days later, …": days count
			// from the last day told, past a month named since (after a
			// month told of, "reopened in October. Two days later", no
			// reading is right: the day is not known)
			base, named = point{t: d, g: model.GranDay}, true
		}
		if d, ok := s.lastDay(); ok && !named && f.dir < 0 && (unit == "D" || unit == "W") && s.lastDayAt >= 0 && s.lastDayAt < m.start && m.start-s.lastDayAt <= anaphorReach &&
			s.hasDCT && (d.Before(s.day()) || s.pastDayAt >= 0 && s.pastDayAt < m.start && m.start-s.pastDayAt <= 2*anaphorReach && !s.pastDayT.Equal(s.day())) &&
			(s.hadWithin(m.start, 10) || s.anyBetween(m.end, min(m.end+8, len(s.toks)-1), func(k int) bool {
				return s.wordIs(k, "had") && s.sameSentence(m.end, k)
			})) {
			if !d.Before(s.day()) {
				// (past a day ahead told since: "Columbia broke apart …
				// yesterday morning. … The board will hold its first
				// meeting Monday. … Just four days earlier, on Tuesday,
				// NASA employees had gathered")
				d = s.pastDayT
			}
			// "Under the agreement signed on Wednesday, … Foreign ministers
			// had settled the text a day earlier", "On Wednesday night, the
			// wait finally ended. … A week earlier, Boston had become the
			// first team …": a pluperfect counts back from the past day
			// told before it, not from the news's day
			base, named = point{t: d, g: model.GranDay}, true
		}
		if main, after := s.afterMainDay(m); f.dir > 0 && (unit == "D" || unit == "W") && after {
			// "Liverpool begin at home on Friday, Aug. 15, after the league
			// published its fixture list on Wednesday. Arsenal travel to
			// United two days later": from the day of the main clause, not
			// from that of the "after" clause trailing it
			base, named = point{t: main, g: model.GranDay}, true
		}
		if lp := s.lastPoint; unit == "Y" && shift == -1 && s.lastAt > 0 && lp.g == model.GranYear && !lp.ref && m.start-s.lastAt <= anaphorReach &&
			s.changeBase(s.lastAt) && s.changeBase(m.start) {
			// "a year earlier" that, like the year just told, is the base
			// of a comparison is that year ("car sales in 1995 fell 3
			// percent from 1994. Truck sales rose 8 percent from a year
			// earlier": 1994), not the year before it
			return point{t: ymd(lp.t.Year(), 1, 1), g: model.GranYear}, true
		}
		if !s.lastExplicit && !period && !named || m.start-s.lastAt > anaphorReach {
			// "a year earlier" with no date stated just before counts from
			// the publication day
			if !s.hasDCT {
				return s.unresolvedDate(f, tx)
			}
			base = point{t: s.day(), g: model.GranDay}
		}
	}
	t := time.Date(base.t.Year(), base.t.Month(), base.t.Day(), 0, 0, 0, 0, time.UTC)
	explicitYear := s.lastExplicit && s.lastPoint.g <= model.GranYear && m.start-s.lastAt <= anaphorReach
	if unit == "Y" && shift == -1 && f.dir != 0 && s.afterPeriod(m) && s.hasDCT && !explicitYear {
		// "for the nine months, ... from a year earlier": the year before
		// the report's; but "in 2011 ... a year earlier" counts from 2011
		if lp := s.lastPoint; s.periodMonths == 6 && s.lastSet && s.lastAt > s.periodAt && s.lastAt <= s.periodAt+6 && lp.g >= model.GranMonth {
			// "the six months to June 30 … a year earlier": that half a
			// year before, when the period ends a calendar half
			switch lp.t.Month() {
			case time.June:
				return point{t: ymd(lp.t.Year()+shift, 1, 1), g: model.GranHalf}, true
			case time.December:
				return point{t: ymd(lp.t.Year()+shift, 7, 1), g: model.GranHalf}, true
			}
		} else if s.periodMonths == 6 && s.periodFirst {
			// "for the first six months … a year earlier": the last half
			// year to have ended, a year before
			y, h := s.dct.Year(), 1
			if s.dct.Month() <= 6 {
				y, h = y-1, 2
			}
			return point{t: ymd(y+shift, 6*h-5, 1), g: model.GranHalf}, true
		}
		y := s.dct.Year()
		if lp := s.lastPoint; s.lastSet && s.lastAt == s.periodAt && lp.g == model.GranYear && !lp.ref {
			// "Last year was the hottest on record, shattering the mark
			// set only a year earlier": the year before the one told
			y = lp.t.Year()
		}
		return point{t: ymd(y+shift, 1, 1), g: model.GranYear}, true
	}
	if unit == "Y" && f.dir != 0 && s.recentQuarter(m) && !(s.lastPoint.g == model.GranQuarter && !s.lastShifted && s.lastAt > s.topicAt && m.start-s.lastAt <= anaphorReach) {
		// "a year earlier": the quarter reported on, a year before; but a
		// quarter named since ("revenue in the current quarter would fall
		// 30% from a year earlier") is the one compared
		base = s.topic
	}
	if unit == "Y" && f.dir != 0 && (base.g == model.GranQuarter || base.g == model.GranHalf || base.g == model.GranMonth) && (shift == 1 || shift == -1) {
		// a year before a quarter is that quarter a year before: financial
		// reports compare a period with the same period a year earlier (but
		// "in June 1992, and the Kyoto Protocol followed five years later"
		// is a year)
		base.t = base.t.AddDate(shift, 0, 0)
		return base, true
	}
	if f.dir != 0 && (unit == "E" || unit == "C") && base.g >= model.GranYear {
		// "a decade later", "a century after": a year, as "a decade ago"
		years := map[string]int{"E": 10, "C": 100}[unit] * shift
		return point{t: ymd(base.t.Year()+years, 1, 1), g: model.GranYear}, true
	}
	if f.dir != 0 && unit == "Y" && (shift == 1 || shift == -1) && s.lastHoliday != "" && m.start-s.lastAt <= anaphorReach {
		// "a quiet New Year's Eve, with 12 arrests, compared with 19 a year
		// earlier": that holiday a year before (a movable one on its own
		// date that year)
		if h, ok := s.t.holidayOn(s.lastHoliday, s.lastPoint.t.Year()+shift); ok {
			return point{t: h, g: model.GranDay}, true
		}
	}
	if f.dir != 0 && unit == "W" && base.g >= model.GranDay {
		// "a week later" after a day is that day a week on
		return point{t: t.AddDate(0, 0, 7*shift), g: model.GranDay}, true
	}
	if unit == "WE" && shift == 1 && base.g >= model.GranDay && isoWeekday(t) <= 4 {
		// "opens on Monday, Sept. 16, and the finals are the following
		// weekend": the weekend after a day early in the week is that
		// week's (after a Friday it is the next week's: the day's own
		// weekend goes with it)
		shift = 0
	}
	p, ok := shiftUnit(t, unit, shift)
	if !ok {
		return point{}, false
	}
	if unit == "D" {
		p = s.withTime(m, tx, p)
	}
	if unit == "WE" {
		// "returns on April 14 and repeats the lineup the following
		// weekend": the weekend of the week after the date's
		p = weekendOf(p.t.AddDate(0, 0, 6-isoWeekday(p.t)), 0, tx) // the Saturday of p's week
	}
	return p, true
}

// recentQuarter reports whether the last date mentioned, a few words
// before m, was a quarter: financial reports compare it with the same
// quarter a year before.
func (s *Session) recentQuarter(m *match) bool {
	return !s.topic.t.IsZero() && m.start-s.topicAt <= quarterReach
}

// isPeriod reports whether duration match m is a reporting period of
// several months, as earnings reports give them: "the nine months", "the
// first six months".
func (s *Session) isPeriod(m *match) bool {
	f := m.f
	return f.unit == "M" && f.nums == 1 && !f.vague && f.num >= 4 && f.num <= 11 &&
		s.toks[m.start].Word == s.t.lex.id("the")
}

// afterPeriod reports whether m follows a reporting period of several
// months closely, with no quarter named in between: "For the nine months,
// net rose from a year earlier" compares with the year before.
func (s *Session) afterPeriod(m *match) bool {
	// a date named after the period, not just ending it ("the six months
	// to June 30"), is what is compared ("early next year … in September,
	// down from a year earlier")
	return s.periodAt > s.quarterAt && m.start-s.periodAt <= periodReach && !(s.lastSet && s.lastAt > s.periodAt+6 && s.lastPoint.g > model.GranYear)
}

// comparison reports whether m ends a comparison of amounts: a word of
// the list comparison_words ("compared", "versus") stands a few words
// before it in its sentence.
func (s *Session) comparison(m *match) bool {
	lex := s.t.lex
	for i, n := m.start-1, 0; i >= 0 && n < 16 && !s.sentenceStart(i+1); i, n = i-1, n+1 {
		if lex.inClass(s.toks[i].Word, s.t.lists.comparison) {
			return true
		}
	}
	return false
}

// periodReach is how many words a reporting period stays the one compared.
const periodReach = 40

// quarterReach is how many words a quarter stays the topic for: an
// earnings story compares everything with its quarter.
const quarterReach = 400

// compoundVerb tells whether the end of a hyphenated compound at token i
// is a past verb: "the council fast-tracked approvals", after a noun,
// where "a long-held view", after a determiner, a number or a
// preposition, is an adjective.
func (s *Session) compoundVerb(i int) bool {
	b := i - 3 // the word before the compound's first part
	if b < 0 || s.toks[i].Kind != tokWord || !strings.HasSuffix(s.r.text[s.toks[i].Start:s.toks[i].End], "ed") || s.tenseOf(i) != tensePast {
		return false
	}
	t := s.toks[b]
	return t.Kind == tokWord && !s.t.lex.inClass(t.Word, s.t.lists.determiners) && !s.inList(b, s.t.lists.prepositions) &&
		!s.isBe(b) && !s.isAdverb(b) && s.tenseOf(b) == tenseUnknown && !s.sentenceStart(b+1)
}

// storyEventAhead tells whether a clock time with no day of its own is
// the start, or a timetable's time, of the event ahead the story is
// about: "… ahead of Wednesday night's semi-final. … Kick-off is at
// 7.45pm", "Chileans vote on Sunday … Polls close at 4 p.m." (a
// timetable's time only where the lead is not of the DCT's day:
// "Zimbabweans voted on Monday … Polls close at 7 p.m." is Monday's).
func (s *Session) storyEventAhead(m *match) bool {
	if !s.hasDCT || !m.f.hasClock || s.futureDayAt < 0 || s.futureDayAt >= m.start || s.futureDayT.Sub(s.day()) > 60*24*time.Hour {
		return false
	}
	t := s.tense(m.start, m.end)
	return t != tensePast && (s.startEventNear(m.start, m.end) || (t == tensePresent || t == tenseFuture) && s.timetableBefore(m.start) && s.scheduledSubject(m.start) && (!s.leadDayT.Equal(s.day()) || s.leadDCT))
}

// storyDay is the day of the event ahead a story is about: the lead's
// day ahead if it named one ("Portuguese voters go to the polls on Sunday
// … a run-off on February 8 all but certain. Polling stations open at 8
// a.m."), else the last day ahead named.
func (s *Session) storyDay(m *match) time.Time {
	if lv := s.leadVoteT; !lv.IsZero() && lv.After(s.day()) && !lv.Equal(s.futureDayT) &&
		s.pollWordsBefore(m) &&
		!s.anyBetween(max(s.futureDayAt-8, 0), min(s.futureDayAt+3, len(s.toks)-1), func(k int) bool {
			return s.sameSentence(k, s.futureDayAt) && s.voteAt(k)
		}) {
		// "Kenyans vote in the 21 November referendum. … The Orange camp
		// plans a rally on Wednesday afternoon. … Voting will run from 6
		// am to 6 pm": the polls' hours are the lead's vote's, not those
		// of a later day ahead with no vote of its own
		return lv
	}
	if lf := s.leadFutureT; !lf.IsZero() && lf.After(s.day()) && !lf.Equal(s.futureDayT) && s.futureDayAt >= 0 &&
		!s.pollWordsBefore(m) &&
		s.anyBetween(max(s.futureDayAt-8, 0), min(s.futureDayAt+3, len(s.toks)-1), func(k int) bool {
			return s.sameSentence(k, s.futureDayAt) && (s.voteAt(k) || s.inList(k, s.t.lists.figures) || s.inList(k, s.t.lists.results) || s.wordIs(k, "report"))
		}) && !s.sameEventAsFutureDay(m) {
		// "Fed policymakers hold their final meeting of the year on
		// Tuesday. … Retail sales, due on Thursday, and consumer prices on
		// Friday will shape the debate. The decision is scheduled for
		// around 2:15 p.m.": a later day of figures or of a vote has no
		// timetable of its own; the lead's event has
		return lf
	}
	return s.futureDayT
}

// sameEventAsFutureDay reports whether a scheduled event named in m's
// sentence before it is named again (or as its verb: "meet", "meeting")
// in the sentence that told the last day ahead.
func (s *Session) sameEventAsFutureDay(m *match) bool {
	if s.futureDayAt < 0 || s.futureDayAt >= m.start {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-12 && s.sameSentence(k, m.start); k-- {
		if !s.inList(k, s.t.lists.scheduled) {
			continue
		}
		w := strings.ToLower(s.r.text[s.toks[k].Start:s.toks[k].End])
		stem := w[:min(4, len(w))]
		vote := s.inList(k, s.t.lists.voteEvents)
		for j := s.futureDayAt - 1; j >= 0 && j >= s.futureDayAt-25 && s.sameSentence(j, s.futureDayAt) && !s.dayMatchEndsAt(j+1); j-- {
			// (only back to another day: "meet for their first debate on
			// Tuesday night, eight weeks before the Nov. 5 election" is
			// the debate's Tuesday, not the election's)
			if t := s.toks[j]; t.Kind == tokWord && (strings.HasPrefix(strings.ToLower(s.r.text[t.Start:t.End]), stem) || vote && s.inList(j, s.t.lists.voteEvents)) { // ("Delegates vote … on Saturday. The ballot opens")
				return true
			}
		}
		for j := s.futureDayAt + 1; j < len(s.toks) && j < k && j <= s.futureDayAt+6 && s.sameSentence(j, s.futureDayAt); j++ {
			if t := s.toks[j]; t.Kind == tokWord && strings.HasPrefix(strings.ToLower(s.r.text[t.Start:t.End]), stem) {
				return true
			}
		}
	}
	return false
}

// dayMatchEndsAt reports whether a date of day granularity or finer
// ends at token j: "on Tuesday night" before "in Philadelphia".
func (s *Session) dayMatchEndsAt(j int) bool {
	for i := range s.matches {
		if m := &s.matches[i]; m.end == j && (m.f.weekday != 0 || m.f.day != 0) {
			return true
		}
	}
	return false
}

// voteAt reports whether token i names a vote (vote_events), in one word
// or several ("run-off").
func (s *Session) voteAt(i int) bool {
	return s.inList(i, s.t.lists.voteEvents) || s.formAt(i, s.t.lists.voteEvents)
}

// votedDay is the day of the vote gone by that the story told of: the one
// its lead told, or one a possessive named ("Friday's referendum"); zero
// when none.
func (s *Session) votedDay() time.Time {
	if !s.pastVoteT.IsZero() {
		return s.pastVoteT
	}
	if !s.possT.IsZero() && s.possHeadWord >= 0 && s.t.lex.inClass(s.possHeadWord, s.t.lists.voteEvents) {
		return s.possT
	}
	return time.Time{}
}

// pollWordsBefore reports whether m's sentence speaks of the polls before
// it: "Polling stations open at 8 a.m.", "Voting will run from 6 am".
func (s *Session) pollWordsBefore(m *match) bool {
	return s.anyBetween(max(m.start-12, 0), m.start-1, func(k int) bool { return s.sameSentence(k, m.start) && s.inList(k, s.t.lists.pollWords) })
}

// timetableAhead tells whether a clock time with no day of its own, in a
// present or future clause of a timetable, belongs to the day ahead told
// just before, rather than to base, the day it would otherwise take:
// "Phoenix is set to blast off on Saturday, managers said on Thursday.
// Liftoff is scheduled for 5:26 a.m."
func (s *Session) timetableAhead(m *match, base time.Time) bool {
	fd := s.futureDayT
	if !s.hasDCT || !m.f.hasClock || base.After(s.day()) || s.futureDayAt < 0 || s.futureDayAt >= m.start || fd.Sub(s.day()) > 7*24*time.Hour ||
		s.sentencesBetween(s.futureDayAt, m.start) > 2 || s.sameSentence(s.lastDayAt, m.start) {
		return false
	}
	t := s.tense(m.start, m.end)
	return (t == tensePresent || t == tenseFuture) && s.timetableBefore(m.start)
}

// perfectDeedBefore reports whether a present perfect of a deed ("has
// risen", "have fallen") stands in the clause before token i, with no
// infinitive, modal or word of planning after it.
func (s *Session) perfectDeedBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.isModal(k) || s.toks[k].Word == s.t.lists.idTo && k+1 < i && s.toks[k+1].Kind == tokWord && !s.toks[k+1].Cap || s.tenseOf(k) != tenseUnknown {
			return false
		}
		if (s.wordIs(k-1, "has") || s.wordIs(k-1, "have")) && s.participle(k) && !s.wordIs(k, "been") &&
			(s.toks[k].Word < 0 || !s.formAt(k, s.t.lists.future) && !s.inList(k, s.t.lists.setting) && !s.inList(k, s.t.lists.postpone)) {
			return true
		}
	}
	return false
}

// marketWeek reports whether "last week" at m, told on a Sunday, is a
// market's trading week just ended: a market noun stands in its sentence
// ("The Dow fell 1.9 percent last week"), and the week just ended is not
// told apart ("Stocks rallied this week, recovering from a sell-off last
// week", "closed the week up 2 percent"), nor is the week a possessive's
// ("after last week's sell-off") or in a pluperfect ("the ECB had raised
// rates last week").
func (s *Session) marketWeek(m *match) bool {
	if s.possessiveMark(m.end) || s.hadWithin(m.start, 8) {
		return false
	}
	market, other := false, false
	a, b := s.sentenceAround(m.start, m.end)
	for k := a; k < b; k++ {
		if k >= m.start && k < m.end {
			continue
		}
		if s.wordIs(k, "this") && s.wordIs(k+1, "week") && s.scanTense(k-1, -1) == tensePast || s.wordIs(k, "closed") && s.wordIs(k+1, "the") && s.wordIs(k+2, "week") {
			other = true
		}
		if s.inList(k, s.t.lists.marketNouns) && !s.wordIs(k+1, "of") && !s.innerHyphen(k+1) && !s.innerHyphen(k-1) &&
			!(s.wordIs(k, "shares") && k+1 < len(s.toks) && s.t.lex.inClass(s.toks[k+1].Word, s.t.lists.determiners)) &&
			!(k+1 < len(s.toks) && s.toks[k].Cap && s.toks[k+1].Kind == tokWord && s.toks[k+1].Cap && !s.wordIs(k, "Dow")) {
			// (not "a stock of weapons", "oil-rich", "shares a border",
			// "Bond King")
			market = true
		}
	}
	return market && !other
}

// sentenceAround returns the bounds [a, b) of the sentence that holds
// tokens [i, j), cut to 40 words either side: a text with no full stop
// must not make each expression read all of it.
func (s *Session) sentenceAround(i, j int) (a, b int) {
	a = i
	for a > 0 && a > i-40 && !s.sentenceStart(a) {
		a--
	}
	b = max(j, a+1)
	for b < len(s.toks) && b < j+40 && !s.sentenceStart(b) {
		b++
	}
	return a, b
}

// reportedBefore reports whether the words before token i in its
// sentence report speech: a reporting verb, or "that" after one ("told
// civilians on Monday that they had until Saturday").
func (s *Session) reportedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") {
			return false
		}
		if s.inList(k, s.t.lists.reporting) {
			return true
		}
	}
	return false
}

// yearCompared tells whether the year at token i is one a figure is
// compared with ("receipts this year are running slightly ahead of 2013
// after a slow start in the first quarter", "higher than in 2008",
// "behind 2008 levels"), not the year the sentence goes on to tell of.
func (s *Session) yearCompared(i, at int) bool {
	return i >= 2 && (s.comparedBase(i) || s.wordIs(i-1, "than") || s.wordIs(i-1, "in") && s.wordIs(i-2, "than") ||
		s.wordIs(i-1, "of") && (s.wordIs(i-2, "ahead") || s.wordIs(i-2, "behind")) || s.wordIs(i-1, "behind") ||
		i+1 < len(s.toks) && (s.wordIs(i+1, "levels") || s.wordIs(i+1, "level"))) &&
		!(i+2 < len(s.toks) && s.wordIs(i+1, ",") && s.wordIs(i+2, "when") && !s.commaBetween(i+2, at)) // ("than in 2010, when output fell in the second quarter" tells of 2010)
}

// yearThenQuarter tells whether the quarter or half at m, after "last
// year and" in a list of figures, is the one of this year just ended:
// "expanding 7.1 percent last year and 6.9 percent in the first quarter",
// told in April. (With "with", "grew 7 percent last year, with the
// strongest growth in the fourth quarter", it is a part of the year told.)
func (s *Session) yearThenQuarter(m *match, months int) bool {
	k := s.lastAt
	if !s.wordIs(k, "last") || !s.wordIs(k+1, "year") || !s.anyBetween(k+2, m.start-1, func(j int) bool { return s.wordIs(j, "and") }) {
		return false
	}
	end := ymd(s.dct.Year(), m.f.ord*months+1, 1)
	return !end.After(s.day())
}

// dailyClock tells whether the sentence of the clock time at m speaks of
// something that recurs: "daily", "every night", "each evening", "on
// Sundays" (recurrence_words, and "every" or "each" before one of the
// recurring_units).
func (s *Session) dailyClock(m *match) bool {
	if s.lastDayAt >= 0 && s.lastDayAt < m.start && s.sameSentence(s.lastDayAt, m.start) && !s.wordIs(s.lastDayAt, "now") &&
		!(m.start-s.lastDayAt > 4 && s.anyBetween(max(m.start-3, s.lastDayAt+1), m.start-1, func(k int) bool {
			return (s.wordIs(k, "every") || s.wordIs(k, "each")) && k+1 < len(s.toks) && s.wordIs(k+1, "day")
		})) {
		// "opens daily at 9 a.m., and on Monday a queue formed by 7 a.m."
		// (but "For now it will handle only a dozen flights daily", and
		// "plan a rally Saturday afternoon and have asked members to picket
		// every day from 6 a.m. to 6 p.m.", where "every day" stands right
		// before the time)
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.inList(k, s.t.lists.relative) {
			break
		}
		v := k + 1
		for v < m.start && (s.wordIs(v, "only") || s.wordIs(v, "just") || s.wordIs(v, "still") || s.wordIs(v, "also")) {
			v++ // "usually only sails at 4 p.m."
		}
		if s.inList(k, s.t.lists.habitual) && v < m.start && s.toks[v].Kind == tokWord && !s.toks[v].Cap && !s.isBe(v) && !s.formAt(v, s.t.lists.future) && !s.isModal(k-1) &&
			(s.tenseOf(v) != tenseUnknown || !s.inList(v, s.t.lists.prepositions) && !s.inList(v, s.t.lists.determiners) && !s.isModal(v) && s.toks[v].Word != s.t.lists.idTo) {
			// "Holt usually struck between 1 a.m. and 4 a.m.", "typically
			// walked in between 9 a.m. and 10 a.m.", "typically wakes at 5
			// a.m.": the time of a habit, past or present, is of no one
			// day (not "is usually quiet", nor "will normally reopen at 9
			// a.m.")
			return true
		}
	}
	if m.end+1 < len(s.toks) && (s.wordIs(m.end, "and") || s.wordIs(m.end, "to") || s.wordIs(m.end, "until") || s.wordIs(m.end, "-")) {
		if j := s.matchStartingAt(m.end + 1); j >= 0 && s.matches[j].f.hasClock && (s.matches[j].f.weekday != 0 || s.matches[j].f.day != 0) && !s.dayRangeAfter(s.matches[j].end) {
			// "The session runs between 1 p.m. and 3 p.m. Monday, and
			// organisers said the group would meet every Friday": a time
			// whose range ends on a day named is on that day, whatever
			// recurs elsewhere in the sentence
			return false
		}
	}
	past := s.tense(m.start, m.end) == tensePast
	a, b := s.sentenceAround(m.start, m.end)
	for k := a; k < b; k++ {
		if k >= m.start && k < m.end {
			continue
		}
		if past && (k < m.start && (m.start-k > 4 || s.commaBetween(k, m.start)) || k >= m.end && (k-m.end > 3 || s.commaBetween(m.end-1, k))) {
			// (not "The train, which runs daily between Chicago and New
			// Orleans, struck the truck at about 9:47 p.m.", nor "Workers
			// who commute daily were stranded after trains stopped at 9
			// p.m.": a past clock time is of every day only with the word
			// right by it, "opened daily at 9 a.m.")
			continue
		}
		if s.inList(k, s.t.lists.recurrence) && !s.adjectiveRecurrence(k) || (s.wordIs(k, "every") || s.wordIs(k, "each")) && k+1 < len(s.toks) && s.inList(k+1, s.t.lists.recurring) {
			return true
		}
	}
	return false
}

// adjectiveRecurrence reports whether the word of recurrence at k
// ("daily", "nightly") qualifies the noun after it, or is a name: "the
// biggest daily rise", "in its daily update", "Britain's Daily Mail". Only
// the adverb ("open daily until 10 p.m.") makes a time of every day.
func (s *Session) adjectiveRecurrence(k int) bool {
	if !s.wordIs(k, "daily") && !s.wordIs(k, "nightly") {
		return false
	}
	if k+1 >= len(s.toks) {
		return false
	}
	n := &s.toks[k+1]
	return n.Kind == tokWord && !s.inList(k+1, s.t.lists.prepositions) && !s.wordIs(k+1, "and") && !s.wordIs(k+1, "or") &&
		!s.wordIs(k+1, "until") && !s.wordIs(k+1, "except") && !s.wordIs(k+1, "but") && s.tenseOf(k+1) == tenseUnknown && !s.isBe(k+1)
}

// anaphorReach is how many words a stated date stays the anchor of "two
// years later".
const anaphorReach = 60

// quarter resolves the quarter a financial report is about: the quarter
// named, else the one just mentioned, else the last one that ended before
// the DCT; a year slot or a year shift moves it. "the same month last
// year" is a month, found the same way.
func (s *Session) quarter(m *match, tx *model.Timex) (point, bool) {
	f := m.f
	tx.Implied = true
	if !s.hasDCT && f.year == 0 {
		tx.Value = "XXXX-QX"
		return point{}, true
	}
	if f.ord == 0 && s.afterPeriod(m) && !s.hasWord(m, "quarter") {
		// "the 1988 period" right after "the nine months" is that year
		y := s.dct.Year()
		if f.year != 0 {
			y = f.year
		}
		if f.unit == "Y" && f.hasShift {
			y += f.shift
		}
		return point{t: ymd(y, 1, 1), g: model.GranYear}, true
	}
	if lp := s.lastPoint; f.ord == 0 && f.year == 0 && f.unit == "Y" && f.hasShift && s.lastSet && !lp.ref && lp.g == model.GranHalf && s.sameSentence(s.lastAt, m.start) {
		// "shipments in the first half of fiscal 1999 would be 20% below
		// the year-earlier level": the half just named, a year back
		return point{t: lp.t.AddDate(f.shift, 0, 0), g: model.GranHalf}, true
	}
	if s.hasWord(m, "month") {
		// "fell 12 percent in November compared with the same month last
		// year": the month just named, else the one before the DCT's
		// (monthly figures), a year back
		d := s.day()
		t := ymd(d.Year(), int(d.Month()), 1).AddDate(0, -1, 0)
		if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g == model.GranMonth && m.start-s.lastAt <= anaphorReach {
			t = ymd(lp.t.Year(), int(lp.t.Month()), 1)
		}
		if f.unit == "Y" && f.hasShift {
			t = t.AddDate(f.shift, 0, 0)
		}
		return point{t: t, g: model.GranMonth}, true
	}
	var q, y int
	if mo, ahead, ok := s.endedIn(m); ok && f.ord == 0 && !(f.unit == "Y" && f.hasShift) && !s.recentQuarter(m) {
		// "the quarter ended July 31" spans May to July: mostly the
		// second quarter (a fiscal quarter named before keeps its name)
		y = s.dct.Year()
		if mo > int(s.dct.Month()) && !(ahead && mo-int(s.dct.Month()) <= 3) {
			// (but a quarter that ends or begins within three months is
			// this year's: "a loss for the quarter that ends Dec. 31",
			// told in September)
			y--
		}
		if f.year != 0 {
			y = f.year
		}
		mid := (mo+10)%12 + 1 // the month before
		if mo == 1 {
			y--
		}
		return point{t: ymd(y, (mid-1)/3*3+1, 1), g: model.GranQuarter}, true
	}
	switch {
	case f.ord >= 1 && f.ord <= 4:
		q, y = f.ord-1, s.dct.Year()
	case s.recentQuarter(m):
		q, y = (int(s.topic.t.Month())-1)/3, s.topic.t.Year()
	default:
		d := s.day()
		q, y = (int(d.Month())-1)/3-1, d.Year()
		if q < 0 {
			q, y = 3, y-1
		}
	}
	if f.year != 0 {
		y = f.year
	}
	if f.unit == "Y" && f.hasShift {
		y += f.shift
	}
	return point{t: ymd(y, q*3+1, 1), g: model.GranQuarter}, true
}

// endsYearBefore reports whether the date at token i ends a year named
// just before it: "fiscal 1998, which ended March 31", "fiscal 1990
// ending June 30".
func (s *Session) endsYearBefore(i int) bool {
	if s.lastAt < 0 || s.lastPoint.g != model.GranYear || s.lastPoint.ref {
		return false
	}
	y := s.matchStartingAt(s.lastAt)
	if y < 0 {
		return false
	}
	j, _ := s.endingAfter(s.matches[y].end)
	return j >= 0 && s.matches[j].start == i
}

// endedIn reads "ended July 31" (or "that ends Sept. 30", ", which ended
// June 30", "that begins Oct. 1") after match m and returns the month the
// period ends in, and whether the word is a present one ("ends",
// "ending", "begins"), telling of a period that may still be to come.
func (s *Session) endedIn(m *match) (int, bool, bool) {
	i := m.end
	if s.wordIs(i, ",") && (s.wordIs(i+1, "which") || s.wordIs(i+1, "that")) {
		i++
	}
	if s.wordIs(i, "which") || s.wordIs(i, "that") {
		i++ // "the quarter that ends Sept. 30", "the quarter, which ended June 30"
	}
	begins := s.beginWord(i)
	if i+1 >= len(s.toks) || !begins && !s.t.lex.inClass(s.toks[i].Word, s.t.lists.ended) {
		return 0, false, false
	}
	w := s.toks[i+1].Word
	if w < 0 {
		return 0, false, false
	}
	for _, fe := range s.t.lex.forms[w] {
		if fe.class.slot == sMonth && len(fe.rest) == 0 && s.toks[i+1].Cap {
			mo := atoi(fe.value)
			if begins {
				mo = (mo+1)%12 + 1 // "the quarter that begins Oct. 1" ends in December
			}
			return mo, begins || s.wordIs(i, "ends") || s.wordIs(i, "ending"), true
		}
	}
	return 0, false, false
}

// fiscalYearBegun reads the day a fiscal year just named begins on
// ("Fiscal 1992 begins Oct. 1", "fiscal 2007, which begins April 1"): a
// fiscal year that begins in the second half of the calendar year is
// named by the year it ends in, so its first day is in the year before;
// one that begins in April or earlier is named by the year it begins in.
func (s *Session) fiscalYearBegun(m *match) (int, bool) {
	f := m.f
	if f.day == 0 || f.month == 0 || f.month == 5 || f.month == 6 || !s.lastSet || s.lastPoint.ref || s.lastPoint.g != model.GranYear {
		return 0, false
	}
	k := m.start - 1
	if s.wordIs(k, "on") {
		k--
	}
	if !s.beginWord(k) {
		return 0, false
	}
	k--
	if s.wordIs(k, "which") || s.wordIs(k, "that") {
		k--
	}
	if s.wordIs(k, ",") {
		k--
	}
	j := s.matchStartingAt(s.lastAt)
	if k+1 != s.lastEnd || j < 0 || !s.hasWord(&s.matches[j], "fiscal") || s.matches[j].f.year == 0 { // (not "the fiscal year that begins Oct. 1")
		return 0, false
	}
	y := s.lastPoint.t.Year()
	if f.month >= 7 {
		y--
	}
	return y, true
}

// beginWord reports whether token i is a present word of beginning that
// dates a period by its first day: "begins", "beginning", "starts",
// "starting".
func (s *Session) beginWord(i int) bool {
	return s.wordIs(i, "begins") || s.wordIs(i, "beginning") || s.wordIs(i, "starts") || s.wordIs(i, "starting")
}

// hasWord reports whether match m holds the word w.
func (s *Session) hasWord(m *match, w string) bool {
	id := s.t.lex.id(w)
	if id < 0 {
		return false
	}
	for i := m.start; i < m.end; i++ {
		if s.toks[i].Word == id {
			return true
		}
	}
	return false
}

// holiday resolves a named day: fixed (MM-DD) or the nth weekday of a month
// (11-TH4 for the fourth Thursday of November).
func (s *Session) holiday(m *match, tx *model.Timex, year int) (point, bool) {
	if day := s.placeHoliday(m); day != "" && day != m.f.holiday {
		// "Pakistan marked Independence Day": that country's day, unless
		// the story is told within days of the usual one and not of that
		// ("NEW YORK - Air Canada said flights from Toronto were delayed
		// ahead of Thanksgiving", told on Nov. 29)
		if !(s.hasDCT && s.holidayNear(m.f.holiday, 8) && !s.holidayNear(day, 8)) { // within a week
			m.f.holiday = day
		}
	}
	if h := m.f.holiday; (h == "12-31" || h == "01-01") && s.lunarNamed && s.hasDCT && year == 0 && !m.f.hasShift {
		// "Chinatown got ready for the Lunar New Year. … Families will
		// gather for reunion dinners on New Year's Eve, Friday night": in
		// a story of the Lunar New Year, its eve or its day, when nearer
		// the news than the calendar's
		lunar := "lunarnewyear"
		if h == "12-31" {
			lunar = "lunarnewyear-1"
		}
		every := func(time.Time) bool { return true }
		if l := s.nearestHoliday(lunar, every); !l.IsZero() && s.nearerNews(l, s.nearestHoliday(h, every)) {
			m.f.holiday = lunar
		}
	}
	if strings.HasPrefix(m.f.holiday, "lunarnewyear") {
		s.lunarNamed = true
	}
	f := m.f
	if year == 0 {
		if !s.hasDCT {
			// "Christmas" is XXXX-12-25; a movable feast some day: XXXX-XX-XX
			g := f
			g.holiday = ""
			if g.unit != "W" { // "Christmas week" stays a week
				g.unit = "D"
			}
			if mo, d, ok := fixedHoliday(f.holiday); ok && g.unit == "D" {
				g.month, g.day = mo, d
			}
			return s.unresolvedDate(g, tx)
		}
		tx.Implied = true
		year = s.dct.Year()
		// the nearest occurrence, by tense
		t, ok := s.t.holidayOn(f.holiday, year)
		if !ok {
			return point{}, false
		}
		if lp := s.lastPoint; f.rangeFrom > 0 && s.lastAt == f.rangeFrom-1 && s.lastSet && !lp.ref && lp.g >= model.GranDay && !f.hasShift {
			// "between Thanksgiving and New Year's Day": the first after
			// the range's start
			year = lp.t.Year()
			if h, ok := s.t.holidayOn(f.holiday, year); ok && h.Before(lp.t) {
				year++
			}
		} else if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && lp.end.IsZero() && s.lastEnd == m.start-1 && s.wordIs(m.start-1, ",") && !f.hasShift &&
			s.holidayIs(f.holiday, lp.calendarDay()) {
			// "set off two bombs on April 15, 2013, Patriots' Day": a
			// holiday set beside the date it falls on restates it
			year = lp.t.Year()
		} else if d := s.lastDayT; !f.hasShift && f.unit != "W" && f.unit != "WE" && s.lastDayAt >= 0 && s.lastDayAt < m.start && m.start-s.lastDayAt <= anaphorReach && s.sentencesBetween(s.lastDayAt, m.start) <= 2 &&
			d.Year() < s.dct.Year()-1 && !isFixedHoliday(f.holiday) && s.holidayIs(f.holiday, d) && s.tense(m.start, m.end) == tensePast && !s.habitual(m) &&
			!s.anyBetween(max(m.start-tenseBefore, 0), m.start-1, func(k int) bool { return (s.wordIs(k, "have") || s.wordIs(k, "has")) && s.sameSentence(k, m.start) }) {
			// "The accord, signed on April 10, 1998, … the deal was
			// finally announced at about 5:30 p.m. on Good Friday": the
			// movable feast the day just told fell on, in a year long gone
			// (a holiday on a fixed day falls on it every year: "Juneteenth
			// marks June 19, 1865" tells of today's; and only in a past
			// clause: "Families will gather there on Easter Sunday" is
			// this year's, and "villagers have gathered there on Easter
			// Sunday" every year's)
			year = d.Year()
		} else if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g == model.GranYear && s.possessiveMark(s.lastEnd) && (s.eventAfter(s.lastEnd+1) || m.start == s.lastEnd+1) && s.sameSentence(s.lastAt, m.start) && m.start-s.lastEnd <= 10 && !f.hasShift { // (or the holiday itself: "Next year's Mardi Gras falls on Feb. 28")
			// "next year's marathon would be held on Patriots' Day": the
			// holiday of the year whose event the sentence tells of (not
			// "shorter than last year's because Thanksgiving fell on Nov. 28")
			year = lp.t.Year()
		} else if y, ok := s.yearNamedAfter(m); ok && !f.hasShift {
			// "to close schools for the Lunar New Year in 2018": the
			// holiday of the year named after it
			year = y
		} else if y, ok := s.whenClauseYear(m); ok && !f.hasShift {
			// "the heaviest snowfall since 1982, when a blizzard on
			// Christmas Eve buried the city": the year the clause tells
			// of, background the story does not go on from
			year, m.aside = y, true
		} else if f.hasShift && f.shift != 0 && (f.unit != "WE" && f.unit != "D" || s.shiftNamedFirst(m)) {
			// "since last Thanksgiving": the one before the DCT; "next
			// Easter": the one after it (and "last Fourth of July weekend"
			// the weekend of last year's)
			switch {
			case f.shift < 0 && !t.Before(s.day()):
				year--
			case f.shift > 0 && !t.After(s.day()):
				year++
			}
		} else {
			tense := s.tense(m.start, m.end)
			if tense == tensePast && s.urgedToDo(m.start) && !(s.lastSet && s.lastAt < m.start && s.sameSentence(s.lastAt, m.start) && s.lastPoint.t.Before(s.day().AddDate(0, 0, -30))) {
				// "urged customers not to withdraw extra cash around New
				// Year's Day" (but "in April asked Texans to pray for rain
				// over the Easter weekend", told in August, counts from April)
				tense = tenseFuture
			}
			near := s.holidayNear(f.holiday, tenseOverride) // some occurrence lies close by
			if f.unit == "W" || near && !(islamicHoliday(f.holiday) && tense != tenseUnknown && math.Abs(t.Sub(s.day()).Hours()/24) > 7) || s.after(m, s.t.lists.deadline) && tense != tenseFuture {
				// "Easter week" is the one at hand; so is a holiday close by,
				// whatever the tense ("celebrations planned for New Year's Day
				// were cancelled", "will accept ballots postmarked by Election
				// Day"), and the nearest is meant by "said a deal before Easter
				// was realistic"; but "will be finished by Christmas" in June
				// looks ahead; but a month of fasting told in the past is the
				// last one ("Fighting eased during Ramadan")
				tense = tenseUnknown
			}
			if lp := s.lastPoint; s.offsetAnchor(m) && s.lastSet && s.lastExplicit && !lp.ref && lp.g >= model.GranMonth && lp.g != model.GranSeason && lp.t.Year() != year &&
				s.sameSentence(s.lastAt, m.start) && m.start-s.lastEnd <= 8 && f.unit != "W" {
				// "a payment in October 2016, less than two weeks before
				// Election Day": the holiday a span from the date just told
				year = lp.t.Year()
				if h, ok := s.t.holidayOn(f.holiday, year); ok {
					before := s.wordIs(m.start-1, "before") || s.wordIs(m.start-2, "before")
					if before && h.Before(lp.t) {
						year++
					} else if !before && h.After(lp.t) {
						year--
					}
				}
			} else if y, ok := s.storyYear(m); ok && f.unit != "W" {
				// "The war began in 1914 and by Christmas the lines had
				// settled": the holiday of the year the story tells of
				year = y
				if lp := s.lastPoint; lp.g == model.GranMonth {
					if h, ok := s.t.holidayOn(f.holiday, y); ok && h.Before(lp.t) {
						year++ // "in December 2003 … by Easter" (not "on Dec. 28, 2003, three days after Christmas")
					}
				}
			} else if tense == tensePast && t.After(s.day()) {
				year--
			} else if _, k := s.scanTenseAt(m.start-1, -1); tense == tenseFuture && t.Before(s.day()) && !(k > 0 && (s.wordIs(k-1, "had") || k > 1 && s.wordIs(k-2, "had")) && s.day().Sub(t) < 183*24*time.Hour) { // ("had hoped to secure a truce before Ramadan", told in April)
				year++
			} else if tense == tensePresent && t.Before(s.day()) && s.timetableHoliday(m) {
				year++ // "The traditional Boxing Day derby kicks off at 11am", told in June: a timetable's
			} else if tense != tensePast && tense != tenseFuture && t.Sub(s.day()) > 183*24*time.Hour && !(tense == tensePresent && s.timetableHoliday(m)) {
				year--
			} else if tense != tensePast && tense != tenseFuture && s.day().Sub(t) > 183*24*time.Hour {
				year++
			}
		}
	}
	t, ok := s.t.holidayOn(f.holiday, year)
	if !ok {
		return point{}, false
	}
	if f.unit == "W" {
		// the week that holds the holiday ("Easter week" ends on Easter Sunday)
		return point{t: t, g: model.GranWeek}, true
	}
	if f.unit == "D" && f.hasShift && f.shift != 0 {
		// "the day after Thanksgiving", "the Friday after Thanksgiving",
		// "the Wednesday before Thanksgiving": a day counted from the
		// holiday, one day or to the next such weekday
		if f.weekday != 0 {
			t = stepToWeekday(t, f.weekday, f.shift, false)
		} else {
			t = t.AddDate(0, 0, f.shift)
		}
		return s.withTime(m, tx, point{t: t, g: model.GranDay}), true
	}
	if f.unit == "WE" {
		if s.shiftNamedFirst(m) {
			return weekendOf(t, 0, tx), true // (the shift moved the holiday above)
		}
		return weekendOf(t, f.shift, tx), true
	}
	p := point{t: t, g: model.GranDay, fuzzy: islamicHoliday(f.holiday)}
	if f.holiday == "ramadan" {
		// the month of fasting, named by the month it begins in (as
		// annotators write it: "2020-04"), spanning from its first day to
		// Eid al-Fitr
		p.g, p.begin = model.GranMonth, t
		p.end, _ = s.t.holidayOn("eidalfitr", t.Year())
		if !p.end.After(t) {
			p.end, _ = s.t.holidayOn("eidalfitr", t.Year()+1)
		}
	}
	return s.withTime(m, tx, p), true
}

// timetableHoliday reports whether a holiday at m is told with a
// timetable's present ("The Boxing Day derby kicks off at 11am", "Town
// host the return fixture on New Year's Day"), not in a relative clause
// that defines it ("the feast that ends Ramadan").
func (s *Session) timetableHoliday(m *match) bool {
	_, i := s.scanTenseAt(m.start-1, -1)
	return s.scheduled(m) && !(i > 0 && (s.wordIs(i-1, "that") || s.wordIs(i-1, "which")))
}

// wouldAround reports whether a plain "would" (not "would have") is the
// verb of a reported clause whose subject is the possessive day's event
// ("said that Sunday's Oscar ceremony would go ahead"), or a "will",
// "should" or "must" the verb of a subject the event is part of ("Guests
// at Saturday's gala will be welcomed"). (A "would" before the day is as
// often about an event gone by: "said they would keep fighting despite
// Thursday's vote".)
func (s *Session) wouldAround(m *match) bool {
	plain := func(k int) bool { return s.wordIs(k, "would") && !s.wordIs(k+1, "have") }
	head := m.start == 0 || s.sentenceStart(m.start) || s.wordIs(m.start-1, "that") || s.inList(m.start-1, s.t.lists.reporting)
	// (or a modal of what is to come on the subject the event is part
	// of: "Guests at Saturday's gala will be welcomed by the mayor",
	// "Guests attending Saturday's gala should note"; but not "the result
	// of Wednesday's vote will be known on Friday")
	part := m.start > 0 && (s.wordIs(m.start-1, "at") || s.wordIs(m.start-1, "in") || s.wordIs(m.start-1, "for") || strings.HasSuffix(s.r.text[s.toks[m.start-1].Start:s.toks[m.start-1].End], "ing"))
	if !head && !part {
		return false // (not "the result of Wednesday's vote would not be final", "would step down after Thursday's vote")
	}
	for k := m.end + 1; k < len(s.toks) && k <= m.end+6 && !s.sentenceStart(k); k++ {
		if s.toks[k].Kind == tokPunct && !s.wordIs(k, "-") {
			return false
		}
		if s.tenseOf(k) != tenseUnknown {
			return head && plain(k) || part && !s.wordIs(k+1, "have") && (s.wordIs(k, "will") || s.wordIs(k, "should") || s.wordIs(k, "must") || s.wordIs(k, "'ll"))
		}
	}
	return false
}

// deedBefore reports whether the verb nearest before i in its clause is a
// simple past of a deed, at most four words back: not a form of "be",
// "have" or a modal, no perfect, not a verb of expecting, planning,
// setting or getting ready, and with only its object between it and i.
func (s *Session) deedBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	if v != tensePast || k < 1 || i-k > 5 || s.isBe(k) || s.isModal(k) || s.wordIs(k, "had") || s.isPerfect(k-1) || s.wordIs(k-1, "had") ||
		s.formAt(k, s.t.lists.future) || s.inList(k, s.t.lists.setting) || s.inList(k, s.t.lists.readying) {
		return false
	}
	// (with no mark, "for", "of", "before", "ahead" or -ing word between
	// it and i: "arrived in Rome for the Easter ceremonies over the weekend",
	// "canceled thousands of flights over the weekend", "extra trains for
	// fans traveling over the weekend" look ahead)
	return !s.anyBetween(k+1, i-1, func(j int) bool {
		t := s.toks[j]
		return t.Kind == tokPunct || s.wordIs(j, "for") || s.wordIs(j, "of") || s.wordIs(j, "before") || s.wordIs(j, "ahead") || strings.HasSuffix(s.r.text[t.Start:t.End], "ing")
	})
}

// weekendModal reports whether "the weekend" (m), told on weekday wd
// (Monday to Thursday), is in a clause of what may, should or is promised
// to come about: the nearest verb before it in its clause is "may",
// "might" or "should", or, told from Wednesday on, "could", "would" or
// "promised" (a past "could not" or "would have" tells no future), or its
// own verb right after it is such a modal ("the weekend should be dry").
func (s *Session) weekendModal(m *match, wd int) bool {
	modal := func(k int) bool {
		switch {
		case s.wordIs(k+1, "have"):
			return false
		case s.wordIs(k, "may") && !s.toks[k].Cap, s.wordIs(k, "might"), s.wordIs(k, "should"):
			return true
		case wd >= 3 && (s.wordIs(k, "could") || s.wordIs(k, "would")):
			return !s.wordIs(k+1, "not") && !s.wordIs(k+1, "n't")
		case wd >= 3 && s.wordIs(k, "promised"):
			return true
		}
		return false
	}
	if m.end+1 < len(s.toks) && !s.sentenceStart(m.end) && modal(m.end) && !(m.start > 0 && (s.inList(m.start-1, s.t.lists.prepositions) || s.wordIs(m.start-1, "since"))) {
		return true // (the weekend as the subject, not "a heat wave that has gripped the city since the weekend should break on Thursday")
	}
	if m.start > 0 && s.wordIs(m.start-1, "since") {
		return false
	}
	for j := m.start - 1; j >= 0 && j >= m.start-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, ",") {
			return false
		}
		if s.wordIs(j, "may") || s.wordIs(j, "might") || s.wordIs(j, "should") || s.wordIs(j, "could") || s.wordIs(j, "would") {
			return modal(j)
		}
		if v := s.tenseOf(j); v != tenseUnknown && !(v == tensePast && j > 0 && s.isBe(j-1)) {
			return modal(j)
		}
	}
	return false
}

// weekendOf is the weekend of day t: the one that holds it, or the one
// next to it (the one before a Monday or Tuesday, the one after a later
// weekday); side -1 asks for the weekend before it ("the weekend before
// Christmas Day"), 1 for the one after. It writes the value to tx.
func weekendOf(t time.Time, side int, tx *model.Timex) point {
	var sat time.Time
	switch wd := isoWeekday(t); {
	case side < 0:
		// the last weekend over before t's own: the Saturday before a
		// weekday, or the one a week before a weekend day
		switch wd {
		case 6:
			sat = t.AddDate(0, 0, -7)
		case 7:
			sat = t.AddDate(0, 0, -8)
		default:
			sat = t.AddDate(0, 0, -wd-1)
		}
	case side > 0:
		sat = t.AddDate(0, 0, 6-wd) // the first Saturday after t
		if wd >= 6 {
			sat = t.AddDate(0, 0, 13-wd)
		}
	case wd == 6:
		sat = t
	case wd == 7:
		sat = t.AddDate(0, 0, -1)
	case wd <= 2:
		sat = t.AddDate(0, 0, -wd-1)
	default:
		sat = t.AddDate(0, 0, 6-wd)
	}
	y, w := sat.ISOWeek()
	tx.Value = fmt.Sprintf("%04d-W%02d-WE", y, w)
	return point{t: sat, g: model.GranDay, end: sat.AddDate(0, 0, 2)}
}

var weekdayCodes = map[string]int{"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}

func holidayIn(h string, year int) (time.Time, bool) {
	if _, ok := lunisolarDays[h]; ok {
		return lunisolarIn(h, year)
	}
	switch h {
	case "easter":
		return easter(year), true
	case "goodfriday":
		return easter(year).AddDate(0, 0, -2), true
	case "eastersaturday":
		return easter(year).AddDate(0, 0, -1), true
	case "palmsunday":
		return easter(year).AddDate(0, 0, -7), true
	case "orthodoxeaster":
		return orthodoxEaster(year), true
	case "ramadan":
		return islamicInYear(year, 9, 1), true
	case "eidalfitr":
		return islamicInYear(year, 10, 1), true
	case "eidaladha":
		return islamicInYear(year, 12, 10), true
	case "islamicnewyear":
		return islamicInYear(year, 1, 1), true
	case "diwali":
		return diwali(year), true
	case "holi":
		return holi(year), true
	case "eastermonday":
		return easter(year).AddDate(0, 0, 1), true
	case "ashwednesday":
		return easter(year).AddDate(0, 0, -46), true
	case "shrovetuesday":
		return easter(year).AddDate(0, 0, -47), true // Mardi Gras, Carnival's last day
	case "victoriaday":
		// Canada's: the Monday on or before May 24
		t := ymd(year, 5, 24)
		return t.AddDate(0, 0, -((isoWeekday(t) + 6) % 7)), true
	case "cybermonday":
		// the Monday after Thanksgiving
		t, _ := holidayIn("blackfriday", year)
		return t.AddDate(0, 0, 3), true
	case "blackfriday":
		// the day after Thanksgiving, the fourth Thursday of November
		t, _ := holidayIn("11-TH4", year)
		return t.AddDate(0, 0, 1), true
	case "election":
		// US Election Day: the Tuesday after the first Monday of November
		first := ymd(year, 11, 1)
		monday := first.AddDate(0, 0, (1-isoWeekday(first)+7)%7)
		return monday.AddDate(0, 0, 1), true
	}
	if base, n, ok := offsetCode(h); ok {
		// a day counted from a movable holiday: "easter-21" is Mothering
		// Sunday, "easter+49" Pentecost, "lunarnewyear-1" the eve of the
		// Lunar New Year
		if n < -60 || n > 70 {
			return time.Time{}, false
		}
		d, ok := holidayIn(base, year)
		if !ok {
			return time.Time{}, false
		}
		return d.AddDate(0, 0, n), true
	} else if base != "" {
		return time.Time{}, false // ("lunarnewyear-x")
	}
	if md, ok := strings.CutPrefix(h, "hijri-"); ok {
		// a day of the Islamic calendar: "hijri-01-10" is Ashura, the
		// tenth of Muharram
		mo, d, ok := strings.Cut(md, "-")
		if m, dd := atoi(mo), atoi(d); ok && m >= 1 && m <= 12 && dd >= 1 && dd <= 30 {
			return islamicInYear(year, m, dd), true
		}
		return time.Time{}, false
	}
	mo, rest, ok := strings.Cut(h, "-")
	if !ok {
		return time.Time{}, false
	}
	month := atoi(mo)
	if month < 1 || month > 12 {
		return time.Time{}, false
	}
	if d := atoi(rest); d > 0 {
		return ymd(year, month, d), true
	}
	if len(rest) == 3 {
		wd, ok := weekdayCodes[rest[:2]]
		if !ok {
			return time.Time{}, false
		}
		if rest[2] == 'L' {
			// the last such weekday of the month
			last := ymd(year, month+1, 1).AddDate(0, 0, -1)
			return last.AddDate(0, 0, -((isoWeekday(last) - wd + 7) % 7)), true
		}
		n := int(rest[2] - '0')
		if n < 1 || n > 5 {
			return time.Time{}, false
		}
		first := ymd(year, month, 1)
		off := (wd - isoWeekday(first) + 7) % 7
		return first.AddDate(0, 0, off+7*(n-1)), true
	}
	return time.Time{}, false
}

// easter computes Western Easter Sunday (anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return ymd(y, month, day)
}

// orthodoxEaster computes Eastern Orthodox Easter Sunday: Easter by the
// Julian calendar (Meeus), given as a Gregorian date.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	return ymd(y, month, day).AddDate(0, 0, y/100-y/400-2)
}

// islamicEpoch is 1 Muharram AH 1 (16 July 622, Julian) as a count of
// days in the proleptic Gregorian calendar, as time.Time counts them.
var islamicEpoch = time.Date(622, 7, 19, 0, 0, 0, 0, time.UTC)

// islamicDate converts a date of the arithmetical Islamic calendar to the
// Gregorian calendar. Where the month begins with the sighting of the moon
// the day may come one earlier or later.
func islamicDate(y, m, d int) time.Time {
	days := d - 1 + int(math.Ceil(29.5*float64(m-1))) + (y-1)*354 + (3+11*y)/30
	return islamicEpoch.AddDate(0, 0, days)
}

// islamicInYear returns the first date in Gregorian year gy of Islamic
// month m, day d.
func islamicInYear(gy, m, d int) time.Time {
	// an Islamic year is about 354.37 days; start a year early
	hy := int(float64(gy-622)*365.2425/354.367) - 1
	for {
		t := islamicDate(hy, m, d)
		if t.Year() >= gy {
			return t
		}
		hy++
	}
}

// holidayOn is holidayIn with the days the lexicon says an Islamic
// holiday was kept ([observed]), where the sighting of the moon moved it
// from the arithmetical calendar.
func (t *Tagger) holidayOn(h string, year int) (time.Time, bool) {
	if d, ok := t.observed[h][year]; ok {
		return d, true
	}
	if base, n, ok := offsetCode(h); ok {
		// a day counted from a holiday kept away from its rule: the Day of
		// Arafat is the eve of Eid al-Adha as kept ("eidaladha-1")
		if d, ok := t.observed[base][year]; ok {
			return d.AddDate(0, 0, n), true
		}
	}
	return holidayIn(h, year)
}

// fixedHoliday is the month and day of holiday code h when it is one
// ("12-25"), the same date every year.
func fixedHoliday(h string) (month, day int, ok bool) {
	mo, d, ok := strings.Cut(h, "-")
	if !ok || atoi(mo) < 1 || atoi(d) < 1 {
		return 0, 0, false
	}
	return atoi(mo), atoi(d), true
}

// isFixedHoliday reports whether holiday code h is a month and day.
func isFixedHoliday(h string) bool {
	_, _, ok := fixedHoliday(h)
	return ok
}

// islamicHoliday reports whether holiday code h follows the Islamic
// calendar, whose days the tagger knows only to a day either way.
func islamicHoliday(h string) bool {
	switch h {
	case "ramadan", "eidalfitr", "eidaladha", "islamicnewyear":
		return true
	}
	if base, _, ok := offsetCode(h); ok {
		return islamicHoliday(base) // "eidaladha-1", the Day of Arafat
	}
	return strings.HasPrefix(h, "hijri-")
}

// offsetCode reads holiday code h as a day counted from another holiday:
// "easter-48" is easter and -48. base is set, with ok false, when h has
// the form but its count is no number ("lunarnewyear-x").
func offsetCode(h string) (base string, n int, ok bool) {
	i := strings.LastIndexAny(h, "+-")
	if i <= 0 || !lettersOnly(h[:i]) {
		return "", 0, false
	}
	n, err := strconv.Atoi(h[i:])
	return h[:i], n, err == nil
}

// lettersOnly reports whether s is a holiday code of lower-case letters
// ("easter", "lunarnewyear"), the base of a day counted from it.
func lettersOnly(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// Tenses of a sentence, as far as the tagger can tell.
const (
	tensePast    = -1
	tenseUnknown = 0
	tenseFuture  = 1
	tensePresent = 2
)

// tenseBefore and tenseAfter are how many words before and after an
// expression are searched for a tense marker; verbs further away rarely
// govern it.
const (
	tenseBefore = 12
	tenseAfter  = 5
)

// tense guesses whether the clause around tokens [start, end) speaks of
// the past, the future or the present: the nearest tense marker before the
// expression decides, else the nearest after it.
func (s *Session) tense(start, end int) int {
	if v := s.gerundAsideVerb(start, end); v != tenseUnknown {
		return v
	}
	if end < len(s.toks) && start > 1 && s.wordIs(start-1, "on") && s.tenseOf(end) == tensePast && !(s.inList(end+1, s.t.lists.prepositions) && !s.wordIs(end+1, "to")) && !s.inList(end, s.t.lists.reducedParticiples) &&
		!(s.isBe(end) && end+1 < len(s.toks) && (s.formAt(end+1, s.t.lists.future) || s.wordIs(end+1, "to"))) { // ("The Senate vote on Friday was expected to be close")
		if n := s.toks[start-2]; n.Kind == tokWord && !n.Cap && s.tenseOf(start-2) != tensePast && !s.isModal(start-2) && !s.isBe(start-2) && !s.isAdverb(start-2) &&
			!s.inList(start-2, s.t.lists.prepositions) && !s.inList(start-2, s.t.lists.determiners) &&
			!s.anyBetween(max(start-10, 0), start-3, func(k int) bool { // (not a subject that looks ahead: "A storm expected to drop snow on Wednesday threatened to snarl travel")
				return s.sameSentence(k, start) && s.wordIs(k+1, "to") && s.formAt(k, s.t.lists.future) && !s.innerHyphen(k-1)
			}) {
			// "after a strong jobs report on Friday reinforced the view":
			// the day ends the subject of a past verb (not a participle on
			// its noun: "will resume talks on Wednesday aimed at saving")
			return tensePast
		}
	}
	if k := s.verbBeforeDay(start); k > 1 && (s.wordIs(k, "comes") || s.wordIs(k, "come")) && s.toks[k-1].Kind == tokWord && !s.toks[k-1].Cap &&
		s.tenseOf(k-1) == tenseUnknown && !s.isAdverb(k-1) && !s.isModal(k-1) && s.toks[k-1].Word != s.t.lists.idTo && !s.wordIs(k-1, "not") && !s.wordIs(k-1, "n't") {
		// "Dealers said the next big test comes Friday morning": what
		// comes on a day is on the calendar ahead, whatever tense the
		// telling has (not "will come", "to come", "did not come")
		return tensePresent
	}
	if start >= 3 && (s.wordIs(start-1, "on") || s.wordIs(start-1, "at")) && (s.wordIs(start-2, "follows") || s.wordIs(start-2, "follow")) && !s.toks[start-2].Cap &&
		s.toks[start-3].Kind == tokWord && s.tenseOf(start-3) == tenseUnknown && !s.isModal(start-3) && !s.isAdverb(start-3) && s.toks[start-3].Word != s.t.lists.idTo &&
		!s.wordIs(start-3, "not") && !s.wordIs(start-3, "n't") && !s.wordIs(start-3, "did") {
		// "Formal talks follow on Thursday", "A parade of riflemen and
		// brass bands follows on Sunday morning": what follows on a day,
		// with no object, is the next item of a timetable (but "the move
		// follows the NBA's decision on Wednesday" relates)
		return tensePresent
	}
	if end+2 < len(s.toks) && (s.wordIs(end, "may") || s.wordIs(end, "might") || s.wordIs(end, "could")) && s.isBe(end+1) && !s.toks[end].Cap &&
		s.toks[end+2].Kind == tokWord && !s.toks[end+2].Cap && s.tenseOf(end+2) == tenseUnknown && !s.participle(end+2) && !s.relativePastBefore(start) {
		// "Trading on Monday may be choppy": what a day in the subject may
		// be is still to come (but not the day of a relative clause's
		// past verb: "the storm that struck south Florida Monday could
		// become the costliest", "astronauts who arrived … on Sunday could
		// stay in orbit")
		return tenseFuture
	}
	if s.toBeDoneBefore(start) {
		// "$10.75 billion of three-year notes to be auctioned Tuesday":
		// a thing still to be done on that day
		return tenseFuture
	}
	if s.perfectDeedAfter(end) && s.scanTense(start-1, -1) == tenseUnknown {
		// "a doubling of the federal excise tax on Jan. 1 has cut into
		// industry volume": the date ends the subject of a present
		// perfect, a deed done (but "the vote on Friday has been
		// postponed" may lie ahead)
		return tensePast
	}
	if c := s.closedRelativeBefore(start); c > 0 && end < len(s.toks) && s.tenseOf(end) == tenseUnknown && !(end+1 < len(s.toks) && s.isAdverb(end) && s.tenseOf(end+1) != tenseUnknown) {
		// "will visit Robben Island, where Mandela was held for 18 years,
		// on Sunday": a clause ahead around the relative one decides (but
		// not a verb after the date: "the gunman, who was shot dead by
		// police, on Friday killed three people")
		if v, k := s.scanTenseAt(c-1, -1); v == tenseFuture || v == tensePresent && k >= 0 && s.progressiveAt(k) {
			return v // (or a present progressive: "is unveiling \"Girl at the Window,\" a portrait that disappeared during the war, on Thursday")
		}
	}
	v, k := s.scanTenseAt(start-1, -1)
	if j := s.asideClauseStart(k, start); v != tenseUnknown && j > 0 {
		// "will visit Robben Island, where Mandela was held for 18 years,
		// on Sunday before flying to Tanzania on Monday": the verb of a
		// relative aside closed before the day is not the day's; the
		// clause around it decides, when it has a tense, or the verb right
		// after the day ("The suspect, who will be arraigned in federal
		// court, on Saturday confessed")
		if end < len(s.toks) && s.tenseOf(end) != tenseUnknown {
			v, k = s.tenseOf(end), end
		} else if ov, ok := s.scanTenseAt(j-1, -1); ov != tenseUnknown {
			v, k = ov, ok
		}
	}
	if v != tenseUnknown {
		if v == tensePresent && k > 1 && s.wordIs(k-1, "and") && !s.toks[k].Cap && !strings.HasSuffix(s.r.text[s.toks[k].Start:s.toks[k].End], "s") {
			// "would arrive in showrooms in March, priced at $30,000, and
			// go on sale in Asia in the third quarter": a bare verb after
			// "and", with no subject of its own, goes on the verb phrase
			// of a modal before it
			if pv, _ := s.scanTenseAt(k-2, -1); pv == tenseFuture {
				return tenseFuture
			}
		}
		if k >= 0 && k+2 <= start && s.wordIs(k+1, "that") && (s.inList(k, s.t.lists.reporting) || s.wordIs(k, "warned") || s.wordIs(k, "warn") || s.wordIs(k, "warns")) &&
			!s.anyBetween(k+2, start-1, func(j int) bool { return s.wordIs(j, ",") }) {
			// "Forecasters warned that a warm front arriving Thursday could
			// bring an inch of rain": a day in the subject of the reported
			// clause takes that clause's verb
			if fv := s.clauseVerbAfter(end); fv != tenseUnknown {
				return fv
			}
		}
		if k >= 0 && k+2 <= start && end < len(s.toks) && !s.wordIs(end, ",") && !s.wordIs(k+1, "that") && s.inList(k, s.t.lists.reporting) && s.toks[k+1].Kind == tokWord && !s.inList(k+1, s.t.lists.prepositions) &&
			!s.wordIs(k+1, "us") && !s.wordIs(k+1, "him") && !s.wordIs(k+1, "her") && !s.wordIs(k+1, "them") && !s.wordIs(k+1, "me") && !s.wordIs(k+1, "reporters") &&
			!s.anyBetween(k+1, start-1, func(j int) bool {
				t := s.toks[j]
				return s.wordIs(j, ",") || s.tenseOf(j) != tenseUnknown || s.formAt(j, s.t.lists.past) || t.Kind == tokWord && strings.HasSuffix(s.r.text[t.Start:t.End], "ed")
			}) {
			// "The weather service said rain by Sunday could cause
			// flooding": so does one in the subject of a reported clause
			// with no "that", when that clause looks ahead (not a
			// participle's day: "said the bills passed by the Diet on
			// Saturday would restore trust"; nor the telling's: "They told
			// us in the spring it would be replaced")
			// (only when the future verb follows the day, past one adverb
			// at most, the day ending the subject: not "told Reuters on
			// Monday he would not seek another term"; nor the day of an
			// incident, whose aftermath the verb tells: "said the attack
			// on Friday would hurt bookings")
			v, at := s.scanTenseAt(end, 1)
			if v == tenseFuture && (at == end || at == end+1 && s.isAdverb(end)) && !(start >= 2 && s.wordIs(start-1, "on") && s.inList(start-2, s.t.lists.incidents)) {
				return v
			}
		}
		if a := start - 1; k >= 0 && a > k+1 && (s.wordIs(a, "and") || s.inList(a, s.t.lists.prepositions) && s.wordIs(a-1, "and") && a-1 > k+1 ||
			s.wordIs(a, "of") && s.wordIs(a-1, "as") && s.wordIs(a-2, "and") && a-2 > k+1) { // ("and as of Tuesday")
			// "The government has changed, and from Monday we start
			// delivering": the tense before ", and" is another clause's;
			// the date's own clause, which the date opens, goes on after
			// it (but not "governors, mayors, and tribal leaders on
			// Friday", nor "will visit Kenya, and on Friday Uganda, where
			// …": a verb before any comma)
			for a = start - 1; a > k && !s.wordIs(a, "and"); a-- {
			}
			if s.wordIs(a-1, ",") {
				if fv := s.clauseVerbAfter(end); fv != tenseUnknown {
					return fv
				}
				if fv := s.frontedClauseVerb(start, end); fv != tenseUnknown {
					return fv // (past a relative clause on its subject)
				}
			}
		}
		return v
	}
	if end+1 < len(s.toks) && s.wordIs(end, "and") && (s.isModal(end+1) || s.isBe(end+1) || s.toks[end+1].Kind == tokWord && !s.toks[end+1].Cap && s.tenseOf(end+1) != tenseUnknown) &&
		s.pastFarBack(start, false) {
		// "Annan met ambassadors of the five permanent members of the
		// Security Council for nearly three hours on Friday and will see
		// them again Monday": the day belongs to the past verb further
		// back, not to the verb phrase after "and"
		return tensePast
	}
	// (a "since" after an ordinal opens a phrase of its own: "to raise
	// rates … on Thursday, its third increase since late last year"; but
	// "on Sunday, the worst since 1985" tells of a day gone by)
	if v, k := s.scanTenseAt(end, 1); v != tenseUnknown && !(s.wordIs(k, "since") && s.anyBetween(end, k-1, s.ordinal)) &&
		!(end+1 < len(s.toks) && s.toks[end].Word == s.t.lists.idTo && k <= end+1 && v != tensePast && s.purposeAfterObject(start)) {
		// (an infinitive of purpose after a deed's object and the day is
		// no tense of the deed: "Muhammad Ali lit the Olympic flame late
		// Friday to open the Centennial Games")
		if v != tensePast && k > end && s.anyBetween(end, k-1, func(j int) bool { return s.wordIs(j, "and") && s.wordIs(j-1, ",") }) && s.pastFarBack(start, true) {
			// "Admirers of Darwin marked the anniversary … with lectures,
			// exhibitions and a birthday cake at his former home in Kent on
			// Thursday, and celebrations are planned": the clause after ",
			// and" is another; the past further back is the day's (unless it
			// sets something up: "called for a general strike … on Monday,
			// and unions say they will join")
			return tensePast
		}
		if v != tensePast && k > end+2 && s.wordIs(end, ",") && s.toks[end+1].Kind == tokWord && !s.toks[end+1].Cap &&
			strings.HasSuffix(s.r.text[s.toks[end+1].Start:s.toks[end+1].End], "ing") && s.pastFarBack(start, false) {
			// "NATO leaders wrapped up a three-day summit marking the
			// alliance's anniversary on Thursday, declaring that Ukraine is
			// on a path to membership": what the participle's clause
			// reports is no tense of the day's; the past further back is
			return tensePast
		}
		return v
	}
	if v := s.frontedClauseVerb(start, end); v != tenseUnknown {
		// "By Tuesday evening more than 3,000 filling stations had run
		// dry": a date that opens its sentence takes the main verb's
		// tense, however long the subject before it (not a date that is
		// the subject: "This weekend has been designated a day of
		// mourning")
		return v
	}
	// with no tense in reach, an infinitive joined to one before it speaks
	// of what is to come: "is scheduled to hold talks with … and to
	// address a business forum on Wednesday afternoon" (a lone "to" is as
	// often a preposition: "during a trip to northern Iraq on Sunday")
	for k := start - 2; k >= 1 && k >= start-6 && !s.sentenceStart(k+1); k-- {
		if n := &s.toks[k+1]; s.toks[k].Word == s.t.lists.idTo && (s.wordIs(k-1, "and") || s.wordIs(k-1, "or")) && n.Kind == tokWord && !n.Cap && n.Word != s.t.lists.idTo &&
			!s.t.lex.inClass(n.Word, s.t.lists.determiners) && !s.t.lex.inClass(n.Word, s.t.lists.prepositions) && !s.wordIs(k+1, "near") {
			return tenseFuture // (but "cut its rate to near zero", "back to a shooting" are no infinitives)
		}
	}
	// a "will" (or another mark of the future: "is widely expected to
	// raise rates by a quarter point to 2.75 percent on Thursday") further
	// back still governs a long clause with no other tense in it: "will
	// welcome the 21st century with a grand ceremony at the … on Sunday
	// night", "is expected to refuse to enter pleas … when he appears
	// before U.N. judges on Friday"; but not across another clause's verb,
	// a relative pronoun other than "when" or "where", "that", an
	// apposition (", the deadline set by Biden in April"), nor into an
	// event that "after", "following", "since" or "from" bring in ("will
	// start from pole after a dramatic qualifying session on Saturday",
	// "will be one billion, down from a forecast of 122 billion in April"),
	// nor past "despite" or "amid", which bring in what has happened, nor
	// past an incident, whose day the weekday more likely is ("would
	// pay for the funerals of the victims of the fire at the nightclub on
	// Sunday"), nor past a participle with its agent ("the pact agreed by
	// EU leaders in Dublin at the weekend"), unless a comma closed its
	// phrase ("will attend a banquet hosted by the emperor Thursday
	// evening, travel to Sendai on Saturday").
	far := tenseUnknown
	s.farBack(start, func(k int) bool {
		v := s.tenseOf(k)
		if v == tensePast && k > 0 && (s.isBe(k-1) || k > 1 && s.isBe(k-2) && s.isAdverb(k-1)) {
			return false // a passive takes its tense from "be": "will be allowed to address the court before …"
		}
		if v == tensePresent && k > 0 && s.toks[k-1].Word == s.t.lists.idTo && !s.toks[k].Cap {
			return false // an infinitive has none: "will debate a proposal to open the branches … in September"
		}
		if s.wordIs(k, "will") || s.wordIs(k, "'ll") || s.wordIs(k, "shall") || v == tenseFuture {
			far = tenseFuture
			return true
		}
		return s.inList(k, s.t.lists.relative) && !s.wordIs(k, "when") && !s.wordIs(k, "where") || s.wordIs(k, "that") || v != tenseUnknown || s.wordIs(k, ",") && s.inList(k+1, s.t.lists.determiners) ||
			s.inList(k, s.t.lists.incidents) || s.wordIs(k+1, "by") && s.participle(k) && !s.wordIs(k, "followed") && !s.wordIs(k, "preceded") && !s.commaBetween(k+2, start-1) ||
			s.wordIs(k, "after") && !s.eachAfter(k) || s.wordIs(k, "following") || s.wordIs(k, "since") || s.wordIs(k, "from") && k < start-1 && !s.originFrom(k) || // (the day's own "from" is none: "will supply water … only once every three days from Wednesday")
			s.wordIs(k, "despite") || s.wordIs(k, "amid") // ("will go ahead with the vote despite the arrest of seven officials on Wednesday")
	})
	if far == tenseUnknown && s.subjectFuture(start, end) {
		// "Consumer price data on Thursday and the first big bank earnings
		// of the season, from JPMorgan Chase and Wells Fargo on Friday,
		// will take a back seat": a day in the subject of a "will" further
		// on
		return tenseFuture
	}
	return far
}

// activeStateBefore returns the state word (state_words) within four words
// before the "until", "through" or "till" at token i-1 that is a past verb
// with its object, not a state "be" or "have" tells ("closed schools until
// Monday", not "was closed until Monday" nor "kept it shut through
// Thursday"), or -1.
func (s *Session) activeStateBefore(i int) int {
	for k := i - 2; k >= 1 && k >= i-5; k-- {
		if !s.inList(k, s.t.lists.states) {
			continue
		}
		if p := s.toks[k-1]; p.Kind != tokWord || p.Cap && !s.sentenceStart(k-1) && s.lastDayAt != k-1 || s.isBe(k-1) || s.isPerfect(k-1) || s.isAdverb(k-1) || s.isModal(k-1) ||
			s.inList(k-1, s.t.lists.determiners) || s.inList(k-1, s.t.lists.prepositions) || s.wordIs(k-1, "it") || s.wordIs(k-1, "them") || s.tenseOf(k-1) != tenseUnknown ||
			s.inList(k+1, s.t.lists.prepositions) || s.inList(k+1, s.t.lists.deadline) || s.toks[k+1].Kind != tokWord {
			return -1
		}
		return k
	}
	return -1
}

// settingOnDay reports whether token i ends a weekday, with "on" or
// without, told right after a verb of setting (setting_verbs): "called on
// Saturday for another mass rally".
func (s *Session) settingOnDay(i int) bool {
	if _, ok := s.weekdayAt(i); !ok || i < 1 {
		return false
	}
	if s.wordIs(i-1, "on") {
		i--
	}
	return i >= 1 && s.inList(i-1, s.t.lists.setting)
}

// originFrom reports whether the "from" at token k tells where people
// come from, not a starting point: "leaders from 47 nations", "ministers
// from Britain and France".
func (s *Session) originFrom(k int) bool {
	if k < 1 || k+1 >= len(s.toks) {
		return false
	}
	p, n := s.toks[k-1], s.toks[k+1]
	if s.wordIs(k+1, "across") || s.wordIs(k+1, "around") && s.wordIs(k+2, "the") || s.wordIs(k+1, "all") && s.wordIs(k+2, "over") {
		return true // "tens of thousands of people from across the country", "from around the world", "from all over Europe"
	}
	if p.Kind != tokWord || p.Cap || !pluralWord(strings.ToLower(s.r.text[p.Start:p.End])) || s.possessiveMark(k+2) ||
		s.anyBetween(max(k-4, 0), k-1, func(j int) bool {
			return s.toks[j].Kind == tokNum || s.wordIs(j, "down") || s.wordIs(j, "up") || s.wordIs(j, "compared") || s.wordIs(j, "than")
		}) {
		return false // (not a comparison's start: "down 300,000 barrels from OPEC's estimate on Monday")
	}
	return n.Kind == tokWord && n.Cap || n.Kind == tokNum && k+2 < len(s.toks) && (s.wordIs(k+2, "nations") || s.wordIs(k+2, "countries") || s.wordIs(k+2, "states"))
}

// afterClauseDay reports whether the day at token i is told in a clause
// that "after" brings in, with a verb of its own between them: "about
// three weeks after Iraqi troops crossed the border on August 2" (not
// "since": "to mark 10 years since the deal was struck on April 10, 1998"
// goes on telling that day).
func (s *Session) afterClauseDay(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "after") {
			return s.anyBetween(k+1, i-1, func(j int) bool { return s.tenseOf(j) == tensePast })
		}
	}
	return false
}

// incidentAfterThe reports whether the date at tokens start..end stands
// between "the" and an incident's noun: "the March 9 shooting", "the 2004
// tsunami".
func (s *Session) incidentAfterThe(start, end int) bool {
	return start > 0 && s.wordIs(start-1, "the") && s.inList(end, s.t.lists.incidents)
}

// holidayInAsClause reports whether m is a holiday with no year named in
// an "as" clause with a past verb, after another day within three days of
// it that its sentence told: "killed 11 people on Saturday night as the city
// celebrated the Lunar New Year" tells of the Saturday; the holiday is the
// background.
func (s *Session) holidayInAsClause(m *match, day time.Time) bool {
	if m.f.holiday == "" || m.f.year != 0 || s.lastDayAt < 0 || s.lastDayAt >= m.start || !s.sameSentence(s.lastDayAt, m.start) || sameDay(s.lastDayT, day) ||
		math.Abs(day.Sub(s.lastDayT).Hours()) > 3*24 {
		return false
	}
	return s.anyBetween(s.lastDayAt+1, m.start-1, func(k int) bool {
		return s.wordIs(k, "as") && (k+2 < m.start && s.tenseOf(k+2) == tensePast || k+3 < m.start && s.tenseOf(k+3) == tensePast) // a clause: "as the city celebrated"
	})
}

// futuresFor reports whether the month m follows "futures for" or
// "futures for delivery in": "Gasoline futures for March also fell".
func (s *Session) futuresFor(m *match) bool {
	if m.start >= 4 && s.wordIs(m.start-1, "in") && s.wordIs(m.start-2, "delivery") && s.wordIs(m.start-3, "for") && s.wordIs(m.start-4, "futures") {
		return true // "Corn futures for delivery in March"
	}
	return m.start >= 2 && s.wordIs(m.start-1, "for") && (s.wordIs(m.start-2, "futures") ||
		m.start >= 3 && (s.wordIs(m.start-2, "contracts") || s.wordIs(m.start-2, "contract")) && s.inList(m.start-3, s.t.lists.traded)) // (a good's contracts: "Cocoa contracts for March"; not "Export contracts for January were down 20 percent")
}

// relativeExpiryOn reports whether the date m follows "which" or "that",
// a verb of ending or starting (expiry_verbs) and "on", one adverb in
// -ly allowed, in a relative clause whose main clause after it is not
// past: "During the transition, which ends on Dec. 31, Britain will
// follow EU rules" (not "The fiscal year, which ends on Sept. 30, was its
// most profitable ever").
func (s *Session) relativeExpiryOn(m *match) bool {
	i := m.start - 1
	if i < 3 || !s.wordIs(i, "on") || !s.inList(i-1, s.t.lists.expiry) {
		return false
	}
	r := i - 2
	if s.isAdverb(r) {
		r--
	}
	if r < 0 || !s.wordIs(r, "which") && !s.wordIs(r, "that") {
		return false
	}
	for k := m.end; k < len(s.toks) && k < m.end+6 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") {
			return s.scanTense(k, 1) != tensePast
		}
	}
	return s.scanTense(r-1, -1) != tensePast
}

// fromNowTo reports whether the date at token i ends a span from now:
// "between now and January", "from now until Christmas".
func (s *Session) fromNowTo(i int) bool {
	if i >= 6 && s.wordIs(i-1, "in") && s.wordIs(i-3, "the") && s.wordIs(i-4, "and") && s.wordIs(i-5, "now") && s.wordIs(i-6, "between") {
		return true // "between now and the vote in January"
	}
	return i >= 3 && s.wordIs(i-2, "now") && (s.wordIs(i-1, "and") && s.wordIs(i-3, "between") ||
		(s.wordIs(i-1, "until") || s.wordIs(i-1, "till") || s.wordIs(i-1, "to") || s.wordIs(i-1, "through")) && s.wordIs(i-3, "from"))
}

// pastAsideAround reports whether the date at start..end stands in an
// aside set off by commas on a subject, whose own verb is past: a past
// participle ("The Hubble Space Telescope, repaired by shuttle astronauts
// in December, will photograph the planet") or a relative clause ("Beijing,
// which recorded 100 new cases a day in late April, will be taken off the
// list"). The main clause's verb must follow the closing comma. A
// participle of a plan looks ahead ("The talks, scheduled for June, will
// …": future_markers), and a comma after a verb of tense opens no aside
// on a subject ("Rebels overran the town, burned its market in June"),
// unless the subject opens a reported clause ("Officials said the
// refinery, shut by a fire in November, will resume production").
func (s *Session) pastAsideAround(start, end int) bool {
	c := s.lastWordBefore(start, 18, ",")
	if c < 1 {
		return false
	}
	e := -1
	for k := end; k < len(s.toks) && k <= end+6 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") {
			e = k
			break
		}
		if s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			return false
		}
	}
	if e < 0 {
		return false
	}
	if v := e + 1; v+1 < len(s.toks) && s.isAdverb(v) {
		e++ // ("…, later will")
	}
	if v := e + 1; v >= len(s.toks) || !(s.isModal(v) || s.isBe(v) || s.tenseOf(v) != tenseUnknown) {
		return false
	}
	p := c + 1
	if s.isAdverb(p) || s.ordinal(p) {
		p++ // "first raised by traders in March"
	}
	if s.inList(p, s.t.lists.relative) {
		p++
		if s.isAdverb(p) {
			p++
		}
		if s.tenseOf(p) != tensePast {
			return false
		}
	} else if !s.participle(p) && !s.inList(p, s.t.lists.participles) || s.isBe(p) || s.formAt(p, s.t.lists.future) || s.tenseOf(p) == tenseFuture {
		return false
	}
	if s.anyBetween(p, start-1, func(k int) bool {
		return s.formAt(k, s.t.lists.future) || s.isModal(k) || k > p && s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown && !s.isBe(k) && !s.isPerfect(k)
	}) {
		// a plan in the aside looks ahead ("The Games, which had been due
		// to open on July 24, will be held next year"), and a verb of its
		// own tells the date's tense ("Merkel, who was in Washington for
		// a last visit before she leaves office in the autumn, said")
		return false
	}
	return s.asideOnSubject(c)
}

// asideOnSubject reports whether the comma at c opens an aside on a
// subject, with no verb of its own before it in its sentence ("Rebels
// overran the town, burned its market and occupied it for three weeks in
// 1995, then withdrew in June" is a list of deeds). A subject that opens
// a reported clause counts: "Officials said the bridge, damaged by
// shelling in 1993, reopened in May", "Officials confirmed that the
// bridge, …" (but "shelled that town, occupied it …" is a list of deeds).
func (s *Session) asideOnSubject(c int) bool {
	for k := c - 1; k >= 0 && k >= c-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "that") && s.inList(k+1, s.t.lists.determiners) || s.inList(k, s.t.lists.reporting) {
			return true
		}
		if s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			return false
		}
	}
	return true
}

// refusalBefore reports whether the weekday at token i (after "on" or
// not) follows a refusal to speak told with "would not" or "wouldn't"
// (refusal_modals, maybe past one adverb) and a verb of refusing
// (refusal_verbs), maybe with a short object: "wouldn't comment on
// Tuesday", "would not say Tuesday", "wouldn't confirm the report on
// Wednesday". A refusal that runs on to a day ("would not comment until
// Monday") is not one, nor the day of what is commented on ("Tuesday's
// vote", "on Monday, when it reports").
func (s *Session) refusalBefore(i int) bool {
	j := i - 1
	if s.wordIs(j, "on") {
		j--
	}
	r := -1 // the verb of refusing, past at most three words of its object
	for k := j; k >= 1 && k >= j-3; k-- {
		if s.inList(k, s.t.lists.refusals) {
			r = k
			break
		}
	}
	if r < 0 || s.possessiveMark(i+1) || s.wordIs(i+1, ",") && s.wordIs(i+2, "when") {
		return false // (nor the day of what is commented on: "wouldn't comment on Tuesday's vote", "on Monday, when it reports")
	}
	for k := r + 1; k <= j; k++ {
		// a short object: "wouldn't confirm the report on Wednesday",
		// "would not confirm the Reuters report on Wednesday" (not a
		// phrase of its own: "would not comment on the report on Monday")
		t := s.toks[k]
		if t.Kind != tokWord || t.Cap && !(s.inList(k-1, s.t.lists.determiners) && k+1 < i && !s.toks[k+1].Cap) ||
			s.inList(k, s.t.lists.prepositions) || s.inList(k, s.t.lists.deadline) || s.tenseOf(k) != tenseUnknown {
			return false
		}
	}
	j = r - 1
	if s.isAdverb(j) && !s.wordIs(j, "not") {
		j-- // "would not immediately comment"
	}
	// "wouldn't" is one word, "would not" two
	return s.formAt(j, s.t.lists.refusalModals) || (s.wordIs(j, "not") || s.wordIs(j, "n't")) && s.formAt(j-1, s.t.lists.refusalModals)
}

// clauseStart reports whether token i opens its sentence or a clause
// after a semicolon.
func (s *Session) clauseStart(i int) bool {
	return s.sentenceStart(i) || s.wordIs(i-1, ";")
}

// intentReach is how far back, in words, an intention is looked for
// before the date it aims at, and a "had" that would make it one gone by.
const intentReach = 12

// intendedBefore reports whether a past intention with its "to"
// (intention_markers: "hoped to", "planned to", "vowed to") stands within
// intentReach words before token i in its clause: "hoped to check every
// damaged building by the weekend" (not past a comma, a clause word
// (clause_words) or another past verb).
func (s *Session) intendedBefore(i int) bool {
	for k := i - 2; k >= 1 && k >= i-intentReach && !s.sentenceStart(k+1); k-- {
		if s.formAt(k, s.t.lists.intention) && s.toks[k+1].Word == s.t.lists.idTo {
			return true
		}
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.inList(k, s.t.lists.clauseWords) || s.toks[k].Kind == tokWord && s.tenseOf(k) == tensePast && !s.participle(k) {
			return false // another clause's deed: "hoped to avoid a strike, but workers walked out by the weekend"
		}
	}
	return false
}

// laidOnFor reports whether the weekday at token i follows "for" and a
// thing laid on for it (laid_on_nouns), in a present or future clause, or
// in a past one after "added", "extra" or "additional" with no pluperfect
// ("added 40 extra flights for Friday"; not "had cancelled her engagements
// for Friday", nor "cancelled all sailings for Saturday as gales swept the
// Irish Sea", told after the day).
func (s *Session) laidOnFor(i int) bool {
	if i < 2 || !s.wordIs(i-1, "for") || !s.inList(i-2, s.t.lists.laidOn) {
		return false
	}
	switch v, k := s.scanTenseAt(i-1, -1); {
	case v == tenseFuture || v == tensePresent && !(k >= 0 && s.isPerfect(k)):
		return true
	case v == tensePast:
		return !s.hadWithin(i, 10) && s.anyBetween(max(i-6, 0), i-3, func(j int) bool {
			return s.sameSentence(j, i) && (s.wordIs(j, "added") || s.wordIs(j, "extra") || s.wordIs(j, "additional"))
		})
	}
	return false
}

// laidOnStateAfter reports whether the weekday from token i to end follows
// "on" or "for" and a thing laid on for it (laid_on_nouns), and is
// followed by "was" or "were" and how full it is: "Airlines said flights on
// Sunday were nearly full", "about 40 percent of its seats for Friday were
// still empty". What is booked or not for a day is for one to come.
func (s *Session) laidOnStateAfter(i, end int) bool {
	if i < 2 || !(s.wordIs(i-1, "on") || s.wordIs(i-1, "for")) || !s.inList(i-2, s.t.lists.laidOn) {
		return false
	}
	k := end
	if k < len(s.toks) && s.wordIs(k, ",") {
		// (past an aside of its own: "flights on Tuesday, when most
		// people return, were nearly full")
		for k++; k < len(s.toks) && k < end+12 && !s.wordIs(k, ",") && !s.sentenceStart(k); k++ {
		}
		if !s.wordIs(k, ",") {
			return false
		}
		k++
	}
	if !s.wordIs(k, "was") && !s.wordIs(k, "were") {
		return false
	}
	for k++; k < len(s.toks) && (s.isAdverb(k) || s.inList(k, s.t.lists.fullnessAdverbs)); k++ {
	}
	return s.inList(k, s.t.lists.fullness) || s.inList(k, s.t.lists.bookedStates) || s.formAt(k, s.t.lists.bookedStates)
}

// bookedStateFor reports whether the date at token i (maybe after a
// determiner) follows "for" after a state of being booked (booked_states):
// "are almost fully booked for late June", "Eurostar said its trains were
// sold out for Thursday"; not in a past with a deed after it and no
// source, a story told after the day ("The hotel was fully booked for
// Saturday night, when the fire broke out").
func (s *Session) bookedStateFor(i int) bool {
	k := i - 1
	if k >= 1 && s.inList(k, s.t.lists.determiners) {
		k--
	}
	if k < 1 || !s.wordIs(k, "for") {
		return false
	}
	j := s.formStartBefore(k, s.t.lists.bookedStates) - 1
	if j < -1 {
		return false // no booked state before "for"
	}
	for j > 0 && (s.isAdverb(j) || s.wordIs(j, "almost") || s.wordIs(j, "already") || s.wordIs(j, "all") || s.wordIs(j, "now") || s.wordIs(j, "still")) {
		j-- // "are almost fully booked"
	}
	var past bool
	switch {
	case s.wordIs(j, "was") || s.wordIs(j, "were") || s.wordIs(j, "been") && s.wordIs(j-1, "had"):
		past = true
	case s.isBe(j) || s.isModal(j) || s.wordIs(j, "been"):
		past = false
	default:
		past = s.tense(i, i+1) == tensePast
	}
	return !past || !s.pastDeedAfter(i+1) || s.reportedAround(i) || s.anyInSentence(i, func(k int) bool { return k < i && s.inList(k, s.t.lists.reporting) })
}

// bookedFor reports whether the date at token i is what a booking is for:
// "for" right after a booking noun (booking_nouns) within eight words
// before the date, with no verb of tense between ("bookings for July",
// "bookings for the Obon holidays in mid-August"; not "Tickets for that
// match sold out in March"). Rooms, seats and tickets, which are not
// always booked (bookable_nouns), count only when the date (maybe after
// a determiner) follows "for" ("rooms for February"; not "searched the
// rooms for weapons in January", "won seats for the first time in the
// January election"), not after a word of fines ("parking tickets for
// January totaled 4,200": fine_words), and not before a past verb and "a
// year earlier" or "a year ago" (year_ago_phrases), a figure for a time
// gone by. Otherwise, whatever verb follows, a booking looks ahead: "rooms
// for Dec. 31 sold out months ago", "bookings for the spring and summer
// looked strong".
func (s *Session) bookedFor(i int) bool {
	if s.bookedStateFor(i) {
		return true
	}
	for k := i - 1; k >= 1 && k >= i-8 && !s.sentenceStart(k+1); k-- {
		if s.tenseOf(k) != tenseUnknown || s.isBe(k) || s.isModal(k) {
			return false
		}
		if !s.wordIs(k, "for") {
			continue
		}
		if s.inList(k-1, s.t.lists.bookingNouns) {
			return true
		}
		if !s.inList(k-1, s.t.lists.bookableNouns) || !(k == i-1 || k == i-2 && s.inList(k+1, s.t.lists.determiners)) || s.inList(k-2, s.t.lists.fineWords) {
			return false
		}
		past := false // ("Hotel rooms for November are already booked solid, unlike a year earlier")
		for j := i + 1; j < len(s.toks) && j <= i+8 && !s.sentenceStart(j); j++ {
			past = past || s.toks[j].Kind == tokWord && s.tenseOf(j) == tensePast && !s.isBe(j-1) && !s.isPerfect(j-1) &&
				!((s.isBe(j-2) || s.isPerfect(j-2)) && s.isAdverb(j-1)) // ("have already sold out, unlike a year ago")
			if past && s.formAt(j, s.t.lists.yearAgo) {
				return false
			}
		}
		return true
	}
	return false
}

// pastMainAfter reports whether a past verb follows token i in its
// sentence, not in a phrase in -ing between them: "The election, delayed
// until September by the pandemic, drew a record turnout" (but not "asked
// for the trial to be postponed until the autumn, arguing that they had
// received thousands of pages").
func (s *Session) pastMainAfter(i int) bool {
	v, k := s.scanTenseAt(i, 1)
	return v == tensePast && !s.anyBetween(i, k-1, func(j int) bool {
		t := s.toks[j]
		return t.Kind == tokWord && strings.HasSuffix(s.r.text[t.Start:t.End], "ing")
	})
}

// extendedTo returns the verb of extending (extending_verbs) within eight
// words of its clause before the "into", "until", "till" or "through" of the
// day at token i, or -1: "extended voting into Friday in several former
// homelands".
func (s *Session) extendedTo(i int) int {
	if i < 2 || !(s.wordIs(i-1, "into") || s.wordIs(i-1, "until") || s.wordIs(i-1, "till") || s.wordIs(i-1, "through")) {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-9 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.extending) {
			return k
		}
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.wordIs(k, "that") || s.inList(k, s.t.lists.relative) {
			return -1
		}
	}
	return -1
}

// dayOffGiven reports whether the weekday m is a day off that a form of
// "give" grants: "gave his players Monday off", "were given Sunday off".
func (s *Session) dayOffGiven(m *match) bool {
	if m.end >= len(s.toks) || !s.wordIs(m.end, "off") || m.end-m.start != 1 {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "gave") || s.wordIs(k, "give") || s.wordIs(k, "gives") || s.wordIs(k, "given") || s.wordIs(k, "giving") {
			return true
		}
	}
	return false
}

// purposeAfterObject reports whether the date at token start follows a
// verb's object: a determiner and its noun right before it, with no
// preposition ("lit the Olympic flame late Friday"), so that a "to" after
// the date brings in the deed's purpose.
func (s *Session) purposeAfterObject(start int) bool {
	for k := start - 1; k >= 1 && k >= start-5 && !s.sentenceStart(k+1); k-- {
		t := s.toks[k]
		if t.Kind != tokWord || s.inList(k, s.t.lists.prepositions) || s.tenseOf(k) != tenseUnknown {
			return false
		}
		if s.wordIs(k, "the") || s.wordIs(k, "a") || s.wordIs(k, "an") {
			return k < start-1 && s.toks[k-1].Kind == tokWord && !s.toks[k-1].Cap && !s.inList(k-1, s.t.lists.prepositions) && !s.isBe(k-1) && !s.isModal(k-1)
		}
	}
	return false
}

// gerundAsideVerb is the tense of the verb right after a phrase in -ing
// set off by commas that ends with the date at tokens start..end:
// "President Bush, speaking from the White House at 2:04 p.m., told the
// nation" is told in the past (tenseUnknown when there is none).
func (s *Session) gerundAsideVerb(start, end int) int {
	if end+1 >= len(s.toks) || !s.wordIs(end, ",") {
		return tenseUnknown
	}
	for k := start - 1; k >= 1 && k >= start-8 && !s.sentenceStart(k+1); k-- {
		t := s.toks[k]
		if t.Kind != tokWord || s.tenseOf(k) != tenseUnknown {
			return tenseUnknown
		}
		if w := s.r.text[t.Start:t.End]; !t.Cap && strings.HasSuffix(w, "ing") && len(w) > 5 && s.wordIs(k-1, ",") {
			if v := s.tenseOf(end + 1); v != tenseUnknown {
				return v // (or "will": "The president, addressing the nation at 9 p.m., will urge")
			}
			return tenseUnknown
		}
	}
	return tenseUnknown
}

// shortlyBefore reports whether "shortly before", "just before",
// "minutes before" or the like stands right before token i: a moment
// close to a time, told of an event, not a deadline ("first awarding it
// to Gore shortly before 8 p.m. Tuesday").
func (s *Session) shortlyBefore(i int) bool {
	return s.wordIs(i-1, "before") && s.inList(i-2, s.t.lists.closeness)
}

// verbBeforeDay is the token right before a date at token start, or
// before its "on".
func (s *Session) verbBeforeDay(start int) int {
	if s.wordIs(start-1, "on") {
		return start - 2
	}
	return start - 1
}

// toBeDoneBefore reports whether a noun's "to be" and a participle stand
// right before token start (or before its "on"): "notes to be auctioned
// Tuesday", "a bill to be debated on Monday" (not "was said to be
// arrested on Sunday", whose "to" follows a verb).
func (s *Session) toBeDoneBefore(start int) bool {
	k := s.verbBeforeDay(start)
	if k < 3 || !s.participle(k) || s.wordIs(k, "been") || !s.wordIs(k-1, "be") || s.toks[k-2].Word != s.t.lists.idTo {
		return false
	}
	n := s.toks[k-3]
	return n.Kind == tokWord && !n.Cap && s.tenseOf(k-3) == tenseUnknown && !s.isAdverb(k-3) && !s.isModal(k-3) && !s.isBe(k-3) &&
		!s.inList(k-3, s.t.lists.future) && !s.participle(k-3) && !strings.HasSuffix(s.r.text[n.Start:n.End], "ing")
}

// subjectFuture reports whether the weekday at [start, end) stands in the
// subject of its sentence (no verb before it since the sentence began)
// and the first verb after it, within 25 words, is "will".
func (s *Session) subjectFuture(start, end int) bool {
	if !s.anyBetween(start, end-1, func(k int) bool { _, ok := s.weekdayAt(k); return ok }) {
		return false // (only a weekday: "The January figures will show" are of a month gone by)
	}
	h := start - 1
	if h >= 0 && s.wordIs(h, "on") {
		h--
	}
	if !(h < 0 || s.sentenceStart(h+1) || s.inList(h, s.t.lists.figures) || s.inList(h, s.t.lists.scheduled)) {
		return false // (a fronted day, or one of figures or of an event: "Consumer price data on Thursday")
	}
	for k := start - 1; k >= 0 && k >= start-40; k-- { // (the subject's reach, as anyInSentence's: no walk back through a whole run-on text)
		if s.toks[k].Kind == tokWord && (s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.inList(k, s.t.lists.incidents) || s.participle(k)) {
			return false // (nor an incident's day: "The attack on Friday will be remembered")
		}
		if s.sentenceStart(k) {
			break
		}
	}
	for k := end; k < len(s.toks) && k < end+25 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, "will") || s.wordIs(k, "'ll") {
			return true
		}
		if s.toks[k].Kind == tokWord && (s.tenseOf(k) != tenseUnknown || s.isModal(k)) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") || s.wordIs(k, ";") {
			return false
		}
	}
	return false
}

// readyAhead reports whether "ready to" at token i looks ahead: after a
// present or modal "be" ("is ready to sign on Friday", "will be ready to",
// "stands ready to"), or after a past one in reported speech with nothing
// after the date to overtake it ("said on Monday they were ready to bring
// the station down early Friday"); not after "not" nor in past narration
// ("Troops were ready to move on Friday but the order never came").
func (s *Session) readyAhead(i, from int) bool {
	b := i - 1
	if b >= 0 && s.isAdverb(b) && !s.wordIs(b, "not") {
		b--
	}
	if b < 0 || s.wordIs(b, "not") || s.wordIs(b, "n't") {
		return false
	}
	if s.wordIs(b, "stands") || s.wordIs(b, "stand") || s.wordIs(b, "is") || s.wordIs(b, "are") || s.wordIs(b, "'s") || s.wordIs(b, "'re") || s.wordIs(b, "am") ||
		s.wordIs(b, "seems") || s.wordIs(b, "seem") || s.wordIs(b, "appears") || s.wordIs(b, "appear") || s.wordIs(b, "looks") || s.wordIs(b, "look") {
		return true
	}
	if s.wordIs(b, "be") {
		return b > 0 && s.isModal(b-1)
	}
	if !s.wordIs(b, "was") && !s.wordIs(b, "were") && !s.wordIs(b, "seemed") && !s.wordIs(b, "appeared") && !s.wordIs(b, "looked") {
		return false
	}
	if !s.anyBetween(max(b-8, 0), b-1, func(j int) bool { return s.inList(j, s.t.lists.reporting) }) {
		return false
	}
	for j := from + 1; j < len(s.toks) && j < from+40 && !s.sentenceStart(j); j++ {
		if s.wordIs(j, "but") || s.wordIs(j, "when") || s.wordIs(j, "before") || s.wordIs(j, "after") || s.wordIs(j, "which") && s.wordIs(j-1, ",") ||
			s.wordIs(j, ";") || s.wordIs(j, "and") && j+1 < len(s.toks) && s.tenseOf(j+1) == tensePast {
			// (nor ", which it went on to win 2-0", "and arrested 40
			// people", "; in the end, polls opened late": the telling goes
			// past it)
			return false
		}
	}
	return true
}

// ordinal reports whether token i is an ordinal: "first", "third",
// "1st", "23rd".
func (s *Session) ordinal(i int) bool {
	t := s.toks[i]
	if t.Kind == tokNum {
		w := s.r.text[t.Start:t.End]
		return strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
	}
	return t.Word >= 0 && s.t.lex.isOrdinalWord(t.Word)
}

// causeOfWeek reports whether the day at m, told after a week, is the
// day of an incident or goes on to a result: "this week, with the drone
// strike on Saturday killing three soldiers", "with Russia's barrage on
// Friday the largest of the war". It is more likely a day gone by that
// the week's news follows from.
func (s *Session) causeOfWeek(m *match) bool {
	if s.anyBetween(max(s.lastAt+1, m.start-6), m.start-1, func(j int) bool { return s.inList(j, s.t.lists.incidents) }) {
		return true
	}
	if m.end >= len(s.toks) {
		return false
	}
	n := s.toks[m.end]
	if n.Kind == tokWord && !n.Cap && strings.HasSuffix(s.r.text[n.Start:n.End], "ing") {
		return true
	}
	if s.wordIs(m.end, "the") && m.end+1 < len(s.toks) {
		w := s.r.text[s.toks[m.end+1].Start:s.toks[m.end+1].End]
		return strings.HasSuffix(w, "est") || s.wordIs(m.end+1, "first")
	}
	return false
}

// periodStart reports whether the start word before token i ("starting
// in July") follows a noun of a period or of figures, or "was"/"were":
// "data for the period starting in July" is about the period.
func (s *Session) periodStart(i int) bool {
	for j := i - 1; j >= 1 && j >= i-3; j-- {
		if s.inList(j, s.t.lists.start) {
			return s.inList(j-1, s.t.lists.figures) || s.inList(j-1, s.t.lists.periodNouns) || s.wordIs(j-1, "was") || s.wordIs(j-1, "were")
		}
	}
	return false
}

// beginningNear reports whether a word of beginning stands within two
// words of m: "began Ramadan", "as Ramadan began", "the start of Ramadan".
func (s *Session) beginningNear(m *match) bool {
	near := func(j int) bool { return s.inList(j, s.t.lists.beginnings) }
	if s.anyBetween(max(m.start-3, 0), m.start-1, func(j int) bool {
		return s.wordIs(j, "after") || s.wordIs(j, "during") || s.wordIs(j, "before") || s.wordIs(j, "until")
	}) {
		return false // ("Fighting began again after Ramadan")
	}
	return s.anyBetween(max(m.start-3, 0), m.start-1, near) || s.anyBetween(m.end, min(m.end+1, len(s.toks)-1), near)
}

// urgedFor reports whether the date at token start follows a past urging
// verb and its infinitive, in one clause: "asked airlines to cancel 15
// percent of flights on Friday". Not in the pluperfect ("had ordered
// residents to leave by Saturday"), after "since", nor when the date is
// that of the telling itself ("urged both sides to respect the ceasefire
// in a statement on Wednesday").
func (s *Session) urgedFor(start int) bool {
	if !s.anyBetween(max(start-4*tenseBefore, 0), start-2, func(j int) bool { return s.toks[j].Word == s.t.lists.idTo }) {
		return false // (no infinitive: spare the scan)
	}
	v, k := s.scanTenseAt(start-1, -1)
	if v == tensePast && k >= 0 && k+1 < start && s.isBe(k) && s.inList(k+1, s.t.lists.urging) {
		k++ // a passive: "Residents were urged to stay indoors on Sunday"
	}
	if v != tensePast || k < 0 || k >= start-2 || !s.inList(k, s.t.lists.urging) && !s.decidedOnDay(k, start) || !s.infinitiveBetween(k+1, start-1) || s.commaBetween(k, start) ||
		s.hadBefore(k) || s.anyBetween(max(k-4, 0), k-1, func(j int) bool { return s.wordIs(j, "since") && !s.commaBetween(j, k) }) || s.incidentOn(start) { // (but not a "since" in an aside: "Bradley, mayor since 1973, urged residents to stay home on Friday")
		return false // (nor an incident's day: "voted to condemn the arson attack on Saturday")
	}
	// (after "in", "during" or "at": "in a statement", "at a news
	// conference"; but "ordered him to appear at a hearing on Monday" is
	// the hearing's day)
	attend := false
	for j := k + 1; j+1 < start; j++ {
		if s.toks[j].Word == s.t.lists.idTo {
			attend = s.inList(j+1, s.t.lists.attendance)
			break
		}
	}
	return attend || !s.anyBetween(max(k+1, start-5), start-1, func(j int) bool {
		return s.inList(j, s.t.lists.utterance) && s.anyBetween(max(j-3, 0), j-1, func(h int) bool { return s.wordIs(h, "in") || s.wordIs(h, "during") || s.wordIs(h, "at") })
	})
}

// closedRelativeBefore returns the comma that opens a relative clause
// closed by a comma right before token start (or before its "on", "at" or
// "in", or a clock time the day is lent to): "…Island, where Mandela was
// held for 18 years, on Sunday"; or an apposition holding one ("…, a
// silent drama that had been considered lost since the 1940s, at 7 p.m.
// on Saturday"); else -1.
func (s *Session) closedRelativeBefore(start int) int {
	c := start - 1
	if c > 0 && (s.wordIs(c, "on") || s.wordIs(c, "at") || s.wordIs(c, "in")) {
		c--
	}
	if c > 2 && s.wordIs(c+1, "on") && (s.wordIs(c, "p.m.") || s.wordIs(c, "a.m.") || s.wordIs(c, "pm") || s.wordIs(c, "am")) && s.toks[c-1].Kind == tokNum && s.wordIs(c-2, "at") {
		c -= 3 // past the clock time the day is lent to: ", at 7 p.m. on Saturday"
	}
	if c < 2 || !s.wordIs(c, ",") {
		return -1
	}
	rel := false
	for r := c - 1; r > 0 && r >= c-16 && !s.sentenceStart(r+1); r-- {
		if s.wordIs(r, ",") {
			if n := r + 1; rel && (s.inList(n, s.t.lists.determiners) || s.isQuote(n) && s.inList(n+1, s.t.lists.determiners)) {
				return r // an apposition holding a relative clause: ", a silent drama that had been considered lost since the 1940s,"
			}
			return -1
		}
		if (s.wordIs(r, "who") || s.wordIs(r, "which") || s.wordIs(r, "where") || s.wordIs(r, "whose")) && s.wordIs(r-1, ",") {
			return r - 1
		}
		rel = rel || s.wordIs(r, "that") || s.wordIs(r, "who") || s.wordIs(r, "which")
	}
	return -1
}

// progressiveAt reports whether token k, a present "be" or the word in
// -ing after one, is part of a present progressive ("is unveiling").
func (s *Session) progressiveAt(k int) bool {
	ing := func(j int) bool {
		return j >= 0 && j < len(s.toks) && s.toks[j].Kind == tokWord && strings.HasSuffix(s.r.text[s.toks[j].Start:s.toks[j].End], "ing")
	}
	return s.isBe(k) && ing(k+1) || k > 0 && s.isBe(k-1) && ing(k)
}

// afterBetweenWill reports whether "after" or "since" and a gerund come
// between token i and the tense marker before it: "will form the next
// government after winning Monday's election" names an event gone by.
func (s *Session) afterBetweenWill(i int) bool {
	for j := i - 1; j >= 0 && j >= i-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.tenseOf(j) != tenseUnknown {
			return false
		}
		if (s.wordIs(j, "after") || s.wordIs(j, "since")) && j+1 < i {
			// (with a gerund of outcome: "will fly to Paris after Monday's
			// summit" and "after attending Thursday's summit" still look
			// ahead)
			return s.inList(j+1, s.t.lists.outcomes)
		}
	}
	return false
}

// eachAfter reports whether the "after" at k joins a word to itself or
// "one" to "another" ("one after another", "day after day"): no event.
func (s *Session) eachAfter(k int) bool {
	if k == 0 || k+1 >= len(s.toks) {
		return false
	}
	return s.wordIs(k-1, "one") && s.wordIs(k+1, "another") || s.toks[k-1].Kind == tokWord && s.toks[k-1].Word >= 0 && s.toks[k-1].Word == s.toks[k+1].Word
}

// farBack calls visit on the tokens up to 24 words before token start, in
// its sentence, nearest first, until visit returns true. Names do not use
// up the words (words in capitals, numbers and marks do), at most 48
// tokens are read, and the end of a hyphenated compound is skipped ("the
// earthquake-hit city": it is no verb).
func (s *Session) farBack(start int, visit func(k int) bool) {
	for k, n := start-1, 0; k >= 0 && k >= start-4*tenseBefore && n < 2*tenseBefore && !s.sentenceStart(k+1); k-- {
		if t := s.toks[k]; t.Kind != tokWord || !t.Cap || t.Upper {
			n++
		}
		if k > 0 && s.innerHyphen(k-1) {
			continue
		}
		if visit(k) {
			return
		}
	}
}

// frontedBeforePresent reports whether m opens its sentence (after "On")
// and a comma, and the clause after it reads "the <noun> <verb in -s>"
// before a name or a determiner: "On Thursday, the president sends
// Congress a budget plan".
func (s *Session) frontedBeforePresent(m *match) bool {
	i := m.start
	if i > 0 && s.wordIs(i-1, "on") {
		i--
	}
	if !s.sentenceStart(i) || m.end+4 >= len(s.toks) || !s.wordIs(m.end, ",") || !s.wordIs(m.end+1, "the") {
		return false
	}
	n, v, o := m.end+2, m.end+3, m.end+4
	noun, verb := s.toks[n], s.toks[v]
	if noun.Kind != tokWord || noun.Cap || endsLikePlural(s.r.text[noun.Start:noun.End]) || verb.Kind != tokWord || verb.Cap || verb.End-verb.Start < 4 {
		return false
	}
	return endsLikePlural(s.r.text[verb.Start:verb.End]) && (s.toks[o].Kind == tokWord && s.toks[o].Cap || s.inList(o, s.t.lists.determiners))
}

// frontedPhrase reports whether the words before the comma at token i
// open their sentence and hold no verb: "On Tuesday,".
func (s *Session) frontedPhrase(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			return false
		}
		if s.sentenceStart(k) {
			// (a preposition or the day itself first: not the subject "The
			// attack on Friday, the deadliest in years, will be remembered")
			_, wd := s.weekdayAt(k)
			return s.inList(k, s.t.lists.prepositions) || wd
		}
	}
	return false
}

// appositiveStart is the comma that opens a noun phrase in apposition
// closed by the comma at token i, or -1 (see appositiveEnd).
func (s *Session) appositiveStart(i int) int {
	for k := i - 3; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			if s.appositiveEnd(k) == i {
				return k
			}
			return -1
		}
	}
	return -1
}

// participlePhraseStart is the comma that opens a participle phrase
// closed by the comma at token i, when "and" and a verb follow that go on
// the clause before it (", priced at $499 for a 4-gigabyte model, and
// reach"), or -1: a past participle after the comma, then at most ten
// words with no verb, no clause word and no other punctuation.
func (s *Session) participlePhraseStart(i int) int {
	if i+2 >= len(s.toks) || !s.wordIs(i+1, "and") || s.toks[i+2].Kind != tokWord || s.toks[i+2].Cap || s.isModal(i+2) || s.isBe(i+2) ||
		s.inList(i+2, s.t.lists.determiners) || s.inList(i+2, s.t.lists.prepositions) || s.isAdverb(i+2) || s.tenseOf(i+2) == tensePast {
		return -1
	}
	for k := i - 1; k >= 1 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k-1, ",") {
			if k >= i-1 || !s.participle(k) || s.tenseOf(k) != tensePast {
				return -1
			}
			return k - 1
		}
		t := s.toks[k]
		if t.Kind == tokPunct && !s.wordIs(k, "'s") && !s.wordIs(k, "-") && !s.wordIs(k, "$") && !s.wordIs(k, "%") || t.Kind == tokWord && (s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.isBe(k) ||
			s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") || s.wordIs(k, "and") || s.wordIs(k, "or")) {
			return -1
		}
	}
	return -1
}

// relativeAsideStart is the comma that opens a relative clause on a
// person or thing ("who", "which", "whose") closed by the comma at token
// i, or -1: "will meet Spain, who edged past Sweden on Tuesday, in
// Sunday's final". The clause has no other comma.
func (s *Session) relativeAsideStart(i int) int {
	for k := i - 1; k >= 1 && k >= i-16 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.isQuote(k) {
			if s.wordIs(k, ",") && k < i-2 && (s.wordIs(k+1, "who") || s.wordIs(k+1, "which") || s.wordIs(k+1, "whose")) {
				return k
			}
			return -1
		}
	}
	return -1
}

// appositiveEnd is the comma that closes a noun phrase in apposition
// opened by the comma at token i (", the anniversary of the crash,"), or
// -1: a determiner, then at most ten words with no verb, no clause word
// and no other punctuation.
func (s *Session) appositiveEnd(i int) int {
	if i+2 >= len(s.toks) || !(s.wordIs(i+1, "the") || s.wordIs(i+1, "a") || s.wordIs(i+1, "an")) {
		return -1
	}
	for k := i + 2; k < len(s.toks) && k <= i+12 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") {
			if k == i+2 {
				return -1
			}
			return k
		}
		t := s.toks[k]
		if t.Kind == tokWord && k > i+3 && s.wordIs(k+1, ",") && s.tenseOf(k) == tensePast && s.participle(k) && s.toks[k-1].Kind == tokWord && !s.toks[k-1].Cap && s.tenseOf(k-1) == tenseUnknown && !s.inList(k, s.t.lists.reporting) &&
			!s.inList(k-1, s.t.lists.determiners) && !s.inList(k-1, s.t.lists.prepositions) && !s.isAdverb(k-1) {
			continue // a participle after its noun closes it: ", the largest producer involved,"
		}
		if s.wordIs(k, ".") && s.toks[k-1].Kind == tokWord && s.toks[k-1].Cap && s.toks[k-1].End-s.toks[k-1].Start <= 4 && s.toks[k-1].End == t.Start && !s.sentenceStart(k+1) {
			continue // a title's stop: ", the Rev. Clementa Pinckney,"
		}
		if t.Kind == tokPunct && !s.wordIs(k, "'s") && !s.wordIs(k, "-") || t.Kind == tokWord && (s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.isBe(k) ||
			s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") || s.wordIs(k, "and") || s.wordIs(k, "or")) {
			return -1
		}
	}
	return -1
}

// pastFarBack reports whether the first tense marker up to 24 words
// before token start, in its clause, is a past verb (not after "be" or
// "have": "was called"); with notSetting, not one that sets something up
// for a day ("called for", "announced", "issued a warning").
func (s *Session) pastFarBack(start int, notSetting bool) bool {
	past := false
	s.farBack(start, func(k int) bool {
		if s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") {
			return true
		}
		v := s.tenseOf(k)
		if v == tenseUnknown {
			return false
		}
		setting := s.inList(k, s.t.lists.setting) || s.inList(k, s.t.lists.directive) || s.inList(k, s.t.lists.urging) ||
			s.wordIs(k, "announced") || s.wordIs(k, "issued") || s.wordIs(k, "declared")
		past = v == tensePast && !(notSetting && setting) && !(k > 0 && (s.isBe(k-1) || s.isPerfect(k-1)))
		return true
	})
	return past
}

// presentVerbNear reports whether, with no tense marker in reach, a verb
// in -s stands in the clause before token start: "Intel posts results on
// Tuesday", "Germany's constitutional court rules on Wednesday". It is a
// word in -s after a name, after "he", "she" or "it", or after a
// determiner (maybe an adjective) and a singular noun; and before an
// object (a name, a determiner, or results: "posts results") or a
// preposition. After a name and right before the weekday's own "on" it
// must be a verb the lexicon knows ("Facebook follows on Wednesday"),
// since a plural noun stands there as often ("Israeli airstrikes on
// Monday, according to …, killed"). A word in -s after a noun and right
// before the weekday's "on" is a plural subject when a verb follows the
// weekday: "China's official figures on Tuesday put growth at 5.3%".
func (s *Session) presentVerbNear(start, end int) bool {
	for k := max(start-tenseBefore, 1); k < start && k+1 < len(s.toks); k++ {
		if !s.sameSentence(k, start) {
			continue
		}
		t := s.toks[k]
		if t.Kind != tokWord || t.Cap || t.End-t.Start < 4 || !endsLikePlural(s.r.text[t.Start:t.End]) || t.Word >= 0 && s.t.lex.inClass(t.Word, s.t.lex.classes["units"]) ||
			s.inList(k, s.t.lists.scheduled) && !s.formAt(k, s.t.lists.timetable) {
			continue // (a unit is no verb: "for two and a half hours on Saturday"; nor an event: "in the midterm elections on Tuesday")
		}
		p, n := s.toks[k-1], s.toks[k+1]
		det := func(j int) bool {
			return j >= 0 && (s.wordIs(j, "the") || s.toks[j].Word == s.t.lex.idPossessive || s.t.lex.inClass(s.toks[j].Word, s.t.lists.determiners))
		}
		noun := k >= 2 && p.Kind == tokWord && !p.Cap && !strings.HasSuffix(s.r.text[p.Start:p.End], "s") && !(p.Word >= 0 && s.t.lex.isNumberWord(p.Word) && !s.wordIs(k-1, "one")) && // (a count is no subject: "of the year four times on Sunday"; "the second one airs" has one)
			!s.inList(k-1, s.t.lists.prepositions) && !s.inList(k-1, s.t.lists.determiners) &&
			(det(k-2) || k >= 3 && s.toks[k-2].Kind == tokWord && !s.toks[k-2].Cap && det(k-3)) // "the president sends", "Germany's constitutional court rules"
		name := s.nameBefore(k)
		pronoun := s.wordIs(k-1, "he") || s.wordIs(k-1, "she") || s.wordIs(k-1, "it") || // "when he delivers his address Tuesday night"
			s.wordIs(k-1, "who") // "Mr. Patel, who hits the campaign trail on Saturday, told reporters"
		if !name && !noun && !pronoun || t.Word >= 0 && (s.t.lex.inClass(t.Word, s.t.lists.stative) && !s.wordIs(k+1, "on") && k+1 != start || s.t.lex.inClass(t.Word, s.t.lists.moves)) {
			// ("the move follows the NBA's decision on Wednesday" relates, it
			// is no timetable; "Facebook follows on Wednesday" and "The real
			// test comes Sunday afternoon" are; and
			// "Sensex falls on Tuesday" is a headline's past)
			continue
		}
		if noun && !name && !pronoun && k+2 == start && s.wordIs(k+1, "on") && s.verbAfter(end) {
			continue
		}
		if name && k+2 == start && (s.wordIs(k+1, "on") || s.wordIs(k+1, "at")) &&
			!(t.Word >= 0 && (s.t.lex.inClass(t.Word, s.t.lists.stative) || s.formAt(k, s.t.lists.timetable) || s.formAt(k, s.t.lists.present))) {
			continue
		}
		if n.Kind == tokWord && (n.Cap || s.t.lex.inClass(n.Word, s.t.lists.determiners) || s.inList(k+1, s.t.lists.results) ||
			(name || pronoun) && k+2 < start && !n.Cap && endsLikePlural(s.r.text[n.Start:n.End]) && !s.inList(k+1, s.t.lists.prepositions) && (s.wordIs(k+2, "on") || s.wordIs(k+2, "and")) || // "The Treasury sells notes and bonds on Tuesday"
			noun && k+2 < start && s.inList(k+2, s.t.lists.prepositions) && endsLikePlural(s.r.text[n.Start:n.End]) && !s.inList(k+1, s.t.lists.prepositions) || // "the new phone reaches stores on Friday"
			s.wordIs(k+1, "on") || s.wordIs(k+1, "at") || s.wordIs(k+1, "into") || s.wordIs(k+1, "to")) {
			return true
		}
	}
	return false
}

// verbAfter reports whether token i could be the verb of a clause whose
// subject ends before it: a lower-case word that no list makes a
// preposition, determiner, conjunction, adverb or clause opener ("figures
// on Tuesday put growth at …", but not "rules on Tuesday whether …").
func (s *Session) verbAfter(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != tokWord || s.toks[i].Cap || s.toks[i].Word < 0 {
		return false
	}
	if s.inList(i, s.t.lists.notVerbsAfterDay) {
		return false
	}
	w := s.r.text[s.toks[i].Start:s.toks[i].End]
	return !strings.HasSuffix(w, "ly") && !s.inList(i, s.t.lists.prepositions) && !s.inList(i, s.t.lists.determiners) &&
		!s.inList(i, s.t.lists.relative) && !s.inList(i, s.t.lists.adverbs)
}

// nameBefore reports whether the word before token i is a name: a
// capitalised word that starts no rule (a month, weekday or holiday does),
// one the lexicon knows only inside the sentence ("News reports on
// Tuesday" opens with no name), and not the object of a preposition or
// "citing" ("after Bloomberg reports on Monday that …").
func (s *Session) nameBefore(i int) bool {
	if i < 1 {
		return false
	}
	if i >= 3 && s.innerHyphen(i-2) && s.toks[i-1].Kind == tokWord && s.toks[i-3].Kind == tokWord && s.toks[i-3].Cap && !s.sentenceStart(i-3) {
		i -= 2 // a name's hyphenated part: "Kim Dae-jung returns to Seoul on Thursday"
	}
	if i >= 3 && s.wordIs(i-1, ".") && s.toks[i-1].Start == s.toks[i-2].End && s.inList(i-2, s.t.lists.companySuffixes) {
		i-- // a company's name ends in its abbreviation's stop: "Netflix Inc. reports on Tuesday", "JPMorgan Chase & Co. reports"
	}
	p := s.toks[i-1]
	if p.Kind != tokWord || !p.Cap || p.Word >= 0 && (s.t.pairs[p.Word] != nil && s.matchStartingAt(i-1) >= 0 || s.sentenceStart(i-1)) { // (a word that may start a rule but starts none here is a name's: "The Patriots host Jacksonville")
		return false
	}
	for j := i - 2; j >= 0 && j >= i-4 && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, "of") && j > 0 && s.toks[j-1].Kind == tokWord && s.toks[j-1].Cap && !s.sentenceStart(j) {
			continue // "the Bank of Japan announces", "the University of Michigan releases"
		}
		if t := s.toks[j]; t.Kind != tokWord || !t.Cap {
			return !s.inList(j, s.t.lists.prepositions) && !s.wordIs(j, "citing") && !(s.wordIs(j, "to") && s.wordIs(j-1, "according")) &&
				!(t.Kind == tokWord && strings.HasSuffix(s.r.text[t.Start:t.End], "ing")) && // ("crowds watching Bastille Day fireworks on the seafront": the name is an object)
				!(s.wordIs(j, "the") && j > 0 && s.inList(j-1, s.t.lists.prepositions)) // ("at the New York close on Tuesday": a noun)
		}
	}
	return true
}

// endsLikePlural reports whether w ends in -s as a plural noun or a verb in
// the present does: not in -ss, -us or -is ("boss", "bonus", "crisis").
func endsLikePlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// scanTense walks from token i in direction step to the first tense marker
// within the sentence.
func (s *Session) scanTense(i, step int) int {
	v, _ := s.scanTenseAt(i, step)
	return v
}

// pastOrPresentBefore reports whether the tense the words before token i
// show is not the future.
func (s *Session) pastOrPresentBefore(i int) bool {
	v, _ := s.scanTenseAt(i-1, -1)
	return v != tenseFuture
}

// scanTenseAt is scanTense that also returns the marker's token (-1 when
// none).
func (s *Session) scanTenseAt(i, step int) (int, int) {
	window := tenseBefore
	if step > 0 {
		window = tenseAfter
	}
	from := i
	for n, steps := 0, 0; n < window && steps < 4*window && i >= 0 && i < len(s.toks); steps++ {
		if step < 0 && s.sentenceStart(i+1) || step > 0 && s.sentenceStart(i) {
			break
		}
		if t := s.toks[i]; (t.Kind != tokWord || !t.Cap) && !s.innerHyphen(i) {
			n++ // names, numbers and the hyphens inside words do not use up the window
		}
		if step > 0 && i == from && s.wordIs(i, "that") && i > 0 && s.toks[i-1].Kind == tokWord && i+1 < len(s.toks) &&
			!s.isModal(i+1) && !s.isBe(i+1) && s.tenseOf(i+1) == tenseUnknown {
			// "a sermon on Friday that protesters would be held responsible":
			// the clause the day's event states has its own tense (but in
			// "a meeting on Wednesday that is expected to keep rates on
			// hold", "that" opens a relative clause on the event)
			break
		}
		if step > 0 && s.wordIs(i, ",") && s.attributionAt(i+1) && (!s.openingPhrase(from) || s.attributionAside(i+1)) {
			// "… on Sunday night, organizers said Saturday": the report's
			// tense is not the news's (but after a phrase that opens the
			// sentence, "At 11 a.m., the center said", it is the clause's)
			break
		}
		if step < 0 && i < from && s.wordIs(i, ";") {
			break // "Delegates elect a new leader every four years; on Sunday they picked …": another clause
		}
		if step < 0 && i < from && s.isQuote(i) {
			if k := s.quotationStart(i); k >= 0 {
				// `who tweeted "All is well!" on Tuesday night`: the words
				// quoted have their own tense; the verb that quotes them
				// tells the day's
				i = k - 1
				continue
			}
		}
		if step < 0 && s.wordIs(i, ",") {
			// (a preposition in -ing is no gerund after words that go on
			// with the clause before the attribution: "…, AAA said, most of
			// them during the five-day period from Wednesday to Sunday",
			// "…, forecasters said, including up to 30 cm on Saturday";
			// but "Sales will improve, the chief executive said, during a
			// call with analysts on Tuesday" tells of the saying)
			goesOn := s.wordIs(i+1, "including") || (s.wordIs(i+1, "most") || s.wordIs(i+1, "many") || s.wordIs(i+1, "some") || s.wordIs(i+1, "all") || s.wordIs(i+1, "half")) &&
				s.wordIs(i+2, "of") && (s.wordIs(i+3, "them") || s.wordIs(i+3, "it"))
			if k := s.attributionAsideStart(i); k > 0 && k < from && !s.anyBetween(i+1, from, func(j int) bool {
				return s.toks[j].Kind == tokWord && (s.tenseOf(j) != tenseUnknown || strings.HasSuffix(s.r.text[s.toks[j].Start:s.toks[j].End], "ing") && !(goesOn && (s.inList(j, s.t.lists.prepositions) || s.wordIs(j, "including"))))
			}) {
				// "Every available trooper will be on the road for New Year's
				// Eve, Lt. Carol Weiss said, with extra patrols on Friday
				// night": the verb before the attribution, when no verb of its
				// own follows it ("will meet again on Tuesday, a spokesman
				// said, after declaring an emergency on Saturday" tells of
				// the declaring)
				i = k - 1
				continue
			}
			if k := s.appositiveStart(i); k > 0 {
				// "would fly on to Senegal, the final stop of his 12-day
				// African tour, and return to Washington on Thursday": the
				// verb before the apposition
				i = k - 1
				continue
			}
			if k := s.participlePhraseStart(i); k > 0 {
				// "would go on sale in June, priced at $499 for a 4-gigabyte
				// model, and reach Europe in the fourth quarter": the verb
				// before the participle phrase
				i = k - 1
				continue
			}
		}
		if step > 0 && i <= from+1 && s.wordIs(i, ",") && s.frontedPhrase(i) {
			if c := s.appositiveEnd(i); c > 0 {
				// "On Tuesday, the anniversary of the crash, fans plan to
				// walk": the clause goes on after the apposition
				i = c + 1
				continue
			}
		}
		if step > 0 && i > from && (s.wordIs(i, "who") || s.wordIs(i, "which")) && !s.wordIs(i-1, ",") {
			// "on Tuesday three men who fought in the Great War are expected
			// at the Cenotaph": a relative clause on the subject runs to the
			// main verb
			if j := s.mainVerbAfterRelative(i); j > 0 {
				return s.tenseOf(j), j
			}
		}
		if step > 0 && i > from && s.wordIs(i, "but") && s.wordIs(i-1, ",") {
			// ", but officials cautioned …": another clause, with its own
			// tense
			break
		}
		if step < 0 && s.inList(i, s.t.lists.relative) && !(s.toks[i].Upper && s.wordIs(i-1, "the")) && !s.wordIs(i, "when") && !s.wordIs(i, "where") { // (not "the WHO")
			// a relative clause speaks in its own tense: "said Fontana, who
			// turns 30 in July" is not told in the past
			return tenseUnknown, -1
		}
		if s.toks[i].Word >= 0 && s.formAt(i, s.t.lists.intention) && !s.nounAfterTo(i) && !s.participleOnObject(i) &&
			!(i > 0 && s.t.lex.inClass(s.toks[i-1].Word, s.t.lists.determiners) && !s.wordIs(i-1, "still")) && !s.compoundObjectNoun(i) { // "raised its forecast … on Tuesday": a noun (but "still hoped to hold" is the verb)
			if step < 0 && (i == from || i == from-1 && (s.wordIs(from, "on") || s.wordIs(from, "in") && s.predictionDated(i, from))) {
				return tensePast, i // "Cuba predicted Wednesday", "Toyota forecast in November that …": the verb's own day
			}
			if step < 0 && i == from-3 && s.wordIs(i+1, "as") && (s.wordIs(i+2, "late") || s.wordIs(i+2, "early")) && s.wordIs(from, "as") && (s.tenseOf(i) == tensePast || s.wordIs(i-1, "had")) {
				return tensePast, i // "Forecasters had predicted as late as Monday afternoon that …": when they said it
			}
			if step < 0 && s.hadForecast(i) {
				return tensePast, i // "Forecasters had warned of a dangerous outbreak on Monday afternoon": the forecast came true
			}
			if step < 0 {
				return tenseFuture, i // "agreed to visit in the autumn"
			}
			if s.wordIs(i, "is") || s.wordIs(i, "are") {
				return tenseFuture, i // "Weekend gales are forecast to bring gusts": a forecast in force
			}
			return tensePast, i // "On Thursday they agreed to create"
		}
		if step < 0 && i < from && s.wordIs(i, "ready") && (s.toks[i+1].Word == s.t.lists.idTo || s.wordIs(i+1, "for")) && s.readyAhead(i, from) {
			return tenseFuture, i // "is ready to sign the deal on Friday"
		}
		if step < 0 && i > 0 && i < from && s.toks[i].Word == s.t.lists.idHave && s.toks[i-1].Word == s.t.lists.idTo && s.participle(i+1) &&
			!s.inList(from, s.t.lists.deadline) { // "expected to have been completed by Friday" is ahead
			// "is likely to have fallen at the end of March": a perfect
			// infinitive looks back, whatever comes before it
			return tensePast, i
		}
		if i+2 < len(s.toks) && s.innerHyphen(i+1) && s.toks[i].Kind == tokWord && s.toks[i+2].Kind == tokWord && s.tenseOf(i) == tensePast {
			// nor is a past form that starts one: "a sold-out tribute
			// concert on Monday night will feature"
			i += step
			continue
		}
		if i > 0 && s.innerHyphen(i-1) && !s.compoundVerb(i) {
			// the end of a compound is no verb: "a six-shot lead", "a
			// long-held view"
			i += step
			continue
		}
		if step < 0 && i < from && s.wordIs(i, "since") && s.recordSince(i) && !s.commaBetween(i, from) && s.calendarWordAt(i+1) {
			// "will hold his first news conference since July on
			// Wednesday": the "since" of a record measures it from a
			// time; it tells nothing of the clause's tense (only when a
			// time follows it: "will reopen for the first time since the
			// attacks on Tuesday" and "her first marathon since giving
			// birth in January" tell of deeds gone by)
			i += step
			continue
		}
		if v := s.tenseOf(i); v != tenseUnknown {
			if v == tensePast && step < 0 && s.wordIs(i, "earlier") && i > 0 && !s.sentenceStart(i) && i == from-2 && s.wordIs(i+1, ",") {
				// "will begin work on the next budget earlier, in March":
				// "earlier" after a verb ahead compares, it tells no past
				// (only right before the date's phrase)
				if pv, pk := s.scanTenseAt(i-1, -1); pv == tenseFuture {
					return pv, pk
				}
			}
			if k := i - 4; v == tensePresent && step < 0 && k >= 0 && s.toks[i-1].Word == s.t.lists.idTo && s.wordIs(k+1, "be") && s.isModal(k) &&
				s.toks[k+2].Kind == tokWord && !s.toks[k+2].Cap && s.tenseOf(k+2) == tenseUnknown {
				// "he would be ready to face it again in the autumn": an
				// infinitive after "would be <adjective>" takes the
				// modal's tense (but "could be ready to open on Monday"
				// keeps the infinitive's: "could be" has none)
				if mt := s.tenseOf(k); mt != tenseUnknown {
					return mt, i
				}
			}
			if v == tensePresent && step < 0 && i > 1 && s.toks[i-1].Word == s.t.lists.idTo && !s.toks[i].Cap && i-1 != from {
				// "will debate a proposal to open the branches … starting in
				// September": an infinitive has no tense of its own, and a
				// future before it decides (but "gave the go-ahead for the
				// match to take place on Sunday" keeps the infinitive's)
				if fv, fk, ok := s.infinitiveRuledBy(i - 2); ok {
					return fv, fk // (and "flew to Kyiv to meet Zelensky on Monday" is the flight's day, "failed to meet a Monday deadline" the failure's)
				}
			}
			if v == tensePast && step < 0 && i > 3 && s.wordIs(i-1, "be") && s.toks[i-2].Word == s.t.lists.idTo && !s.toks[i].Cap && !s.commaBetween(i, from) &&
				!s.wordIs(i-3, "had") && !s.inList(i-3, s.t.lists.hearsay) &&
				!s.anyBetween(i-5, i-3, func(k int) bool { return s.ordinal(k) || s.inList(k, s.t.lists.recordWords) }) {
				// "the budget, to be handed down on May 13, would deliver a
				// surplus": a passive infinitive has no tense of its own
				// either, and looks ahead as "to hand down" would (a
				// future before it, or a past of going, still decides;
				// but "had to be rescued that morning" was an obligation
				// met, "the first speaker to be removed, in a vote on
				// Tuesday" a record set, "was said to be arrested on
				// Sunday" hearsay of a deed done, and "needed to be
				// evacuated on Sunday" a past verb's own infinitive)
				fv, fk, ok := s.infinitiveRuledBy(i - 3)
				if ok {
					return fv, fk
				}
				if governed := fv == tensePast && fk == i-3 || s.inList(i-3, s.t.lists.pastGovernors); !governed || s.formAt(i-3, s.t.lists.future) {
					return tensePresent, i // (but "needed to be evacuated on Sunday" is the past verb's; "expected to be held on Sunday" looks ahead)
				}
			}
			// a clause ahead before ", with <noun> <state participle>" gives
			// its tense ("is expected to be light, with markets closed on
			// Thursday"; but "with data released on Friday" and "with
			// trading halted on Monday after the crash" tell of the past)
			if v == tensePast && step < 0 && (s.inList(i, s.t.lists.states) || s.inList(i, s.t.lists.setting)) && !s.wordIs(from+2, "after") &&
				!s.anyBetween(from+1, min(from+4, len(s.toks)-1), func(j int) bool {
					return s.wordIs(j, "now") || s.wordIs(j, "still") || s.wordIs(j, "yet")
				}) { // ("with flights grounded on Friday now rescheduled" is past)
				if w := s.absoluteWith(i); w > 1 {
					if pv, pk := s.scanTenseAt(w-2, -1); pv == tenseFuture || pv == tensePresent {
						return pv, pk
					}
				}
			}
			// a participle after "be" is passive: the auxiliary before it
			// decides, also across an adverb ("are now planned"); so does
			// "have" with its object ("will have their waste collected")
			if v == tensePast && i > 0 && (s.isBe(i-1) && !s.possessiveVerb(i) || i > 1 && s.isBe(i-2) && s.isAdverb(i-1) || step < 0 && s.haveDone(i)) {
				i += step
				continue
			}
			if v == tensePast && i > 1 && s.isModal(i-2) && s.wordIs(i-1, "have") {
				// "the plane may have crashed on Sunday" is past, but "will
				// have completed the sale by Friday" is a future perfect
				if mt := s.tenseOf(i - 2); mt == tenseFuture && (s.wordIs(i-2, "will") || s.wordIs(i-2, "shall") || s.wordIs(i-2, "'ll")) {
					return tenseFuture, i
				}
				return tensePast, i
			}
			if v == tensePast && step < 0 && i > 0 && i < from && s.participleAfterNoun(i) {
				// "the rule would apply to projects filed after July 1": a
				// participle after its plural noun, before the date's
				// preposition, is no past verb; a future before it rules
				if pv, pk := s.scanTenseAt(i-2, -1); pv == tenseFuture {
					return pv, pk
				}
			}
			if v == tensePast && i > 2 && s.wordIs(i-1, "have") && s.wordIs(i-2, "to") {
				// "Analysts expect the company to have sold a million units
				// by Sunday": a perfect infinitive under a verb looking
				// ahead is a future perfect (but "is believed to have died
				// on Sunday" is past, and "was to have met them on Monday" a
				// plan gone by)
				if pv, pk := s.scanTenseAt(i-3, -1); pv == tenseFuture && !s.wasWere(pk) {
					return tenseFuture, i
				}
			}
			if v == tensePast && i > 1 && (s.isModal(i-1) || s.isModal(i-2)) && !s.formAt(i, s.t.lists.past) {
				// "will present updated plans": a participle under a modal
				// takes its tense
				if s.isModal(i - 1) {
					return s.tenseOf(i - 1), i
				}
				return s.tenseOf(i - 2), i
			}
			if v == tensePast && step < 0 && i > 0 && (s.isPerfect(i-1) || i > 1 && s.isPerfect(i-2) && s.isAdverb(i-1)) && !s.commaBetween(i, from) &&
				(s.wordIs(from, "for") || s.wordBetween(i, from, "for") && s.eventBetween(i, from) || i == from && s.namingVerb(i) ||
					(s.inList(i, s.t.lists.setting) || s.inList(i, s.t.lists.arranging)) && s.eventBetween(i, from) || s.perfectMeasure(i, from)) {
				// "Unions have called a strike for Wednesday", "have called for
				// a march on Sunday", "has declared Tuesday a holiday", "has
				// convened an all-party meeting on Sunday", "have organised a
				// peace march through central Belfast on Sunday afternoon",
				// "have canceled classes on Monday", "have banned the sale of
				// alcohol from Friday morning": a present perfect that sets
				// something for a day, or puts a measure in force on it, sets
				// it ahead (but "have arrested a man over the stabbing on
				// Sunday" is past)
				return tensePresent, i
			}
			if v == tensePast && step < 0 && i == from && s.namingVerb(i) && !s.hadBefore(i) && from+2 < len(s.toks) &&
				(s.wordIs(from+2, "a") || s.wordIs(from+2, "an") || s.wordIs(from+2, "as")) {
				// "Clinton declared Sunday a national day of mourning": a day
				// named for something is set ahead
				return tensePresent, i
			}
			if v == tenseFuture && s.hadBefore(i) {
				// "had been due to expire Friday": a plan that was for the past
				return tensePast, i
			}
			if v == tenseFuture && step < 0 && s.wordIs(i, "as") && s.wordIs(i+1, "early") {
				// "Some revellers had begun staking out vantage points as
				// early as 5am on Monday": in the pluperfect, how early a
				// thing was done, gone by
				if pv, pk := s.scanTenseAt(i-1, -1); pv == tensePast && pk >= 0 && (s.wordIs(pk, "had") || pk > 0 && s.wordIs(pk-1, "had")) && !s.commaBetween(pk, i) {
					return tensePast, pk
				}
			}
			return v, i
		}
		i += step
	}
	return tenseUnknown, -1
}

// extensionBefore reports whether a gerund of lasting (extension_gerunds)
// and "into" or "through", perhaps with "well", stand just before token
// i: "waiting lists stretching into May", "a drought lasting well into
// the spring".
func (s *Session) extensionBefore(i int) bool {
	j := i - 1
	if !(s.wordIs(j, "into") || s.wordIs(j, "through")) {
		return false
	}
	if j--; s.wordIs(j, "well") {
		j--
	}
	return j >= 0 && s.inList(j, s.t.lists.extension)
}

// rangeEndWeekday reports the weekday that ends a range begun by m: "from
// Friday until Monday", "from 6 p.m. Friday to Sunday".
func (s *Session) rangeEndWeekday(m *match) (int, bool) {
	i := m.end
	if i+1 >= len(s.toks) || !(s.wordIs(i, "until") || s.wordIs(i, "till") || s.wordIs(i, "to") || s.wordIs(i, "through")) {
		return 0, false
	}
	if j := i + 1; j+1 < len(s.toks) && (s.toks[j].Kind == tokNum && s.toks[j].Word >= 0 || s.wordIs(j, "noon") || s.wordIs(j, "midnight")) {
		return s.weekdayAt(j + 1) // "from 5 p.m. Saturday to 8 a.m. Monday"
	}
	if j := i + 1; j+2 < len(s.toks) && s.toks[j].Kind == tokNum && s.toks[j].Word < 0 && s.toks[j+1].Kind == tokWord && s.t.lex.inClass(s.toks[j+1].Word, s.t.lex.classes["ampm"]) {
		return s.weekdayAt(j + 2) // "to 8 a.m. Monday"
	}
	return s.weekdayAt(i + 1)
}

// openStartFrom reports whether the weekday m follows "from" and no end
// of a range or possessive follows it: "will close from Friday
// afternoon", "threatened a hunger strike from Thursday" (not "from
// Friday through Tuesday", "from Saturday's bushfires", "from Friday next
// week").
func (s *Session) openStartFrom(m *match) bool {
	if m.start == 0 || !s.wordIs(m.start-1, "from") {
		return false
	}
	own := false // (the weekday must be the match's own, not the day a clock time before "on Monday" takes)
	for k := m.start; k < m.end && !own; k++ {
		_, own = s.weekdayAt(k)
	}
	if !own {
		return false
	}
	i := m.end
	if i < len(s.toks) && s.wordIs(i, ",") {
		i++
	}
	if i >= len(s.toks) {
		return true
	}
	for _, w := range []string{"through", "thru", "to", "until", "till", "into", "and", "or", "-", "'s", "next", "week"} {
		if s.wordIs(i, w) {
			return false
		}
	}
	return !s.possessiveMark(m.end)
}

// startAheadFrom reports whether a start told with "from" (openStartFrom)
// may lie ahead by its clause: a future or present, or a past that set or
// announced it ("declared three days of mourning from Tuesday",
// "threatened a hunger strike from Thursday") with no past deed after it
// ("Curfews imposed from Wednesday were lifted on Sunday"). Not a perfect
// ("Schools have been closed from Tuesday"), a comparison ("down 3
// percent from Friday", "little changed from Thursday") or a source ("Data
// from Tuesday showed").
func (s *Session) startAheadFrom(m *match) bool {
	f := m.start - 1
	moved := func(k int) bool {
		return s.inList(k, s.t.lists.shareMoves) || s.wordIs(k, "up") || s.wordIs(k, "down") || s.wordIs(k, "higher") || s.wordIs(k, "lower") ||
			s.wordIs(k, "risen") || s.wordIs(k, "fallen") || s.wordIs(k, "recovered") || s.wordIs(k, "rebounded")
	}
	j := f - 1
	if s.wordIs(j, "percent") || s.wordIs(j, "%") || s.wordIs(j, "points") || s.wordIs(j, "cents") || s.wordIs(j, "pence") {
		j--
	}
	if j >= 0 && s.toks[j].Kind == tokNum {
		j--
	}
	switch {
	case j < f-1 && moved(j), // "were down 3 percent from Friday"
		j == f-1 && moved(j) && s.isBe(j-1),                    // "prices were up from Friday"
		s.wordIs(f-1, "changed") || s.wordIs(f-1, "unchanged"): // "little changed from Thursday"
		return false
	}
	if s.inList(f-1, s.t.lists.sourceNouns) {
		return false
	}
	if s.anyInSentence(m.start, func(k int) bool {
		// a state held since ("Schools have been closed from Tuesday",
		// "had been missing from Wednesday"), not a deed in the perfect
		// that set the start ("have closed downtown streets to cars from 4
		// p.m. Friday")
		return s.isPerfect(k) && k+1 < len(s.toks) && (s.wordIs(k+1, "been") || s.wordIs(k, "had") && (s.tenseOf(k+1) == tensePast || s.participle(k+1)))
	}) {
		return false
	}
	if s.tense(m.start, m.end) != tensePast {
		return true
	}
	if s.inForceBefore(m.start-1) < 0 && !s.startSettingBefore(m.start-1) {
		return false
	}
	return !s.pastDeedAfter(m.end)
}

// pastDeedAfter reports whether a past verb that is no verb of saying
// stands in the sentence from token i on: "Curfews imposed from Wednesday
// were lifted on Sunday", "was fully booked for Saturday night, when the
// fire broke out" (not a participle after "be": "and insurers said the
// claims would be counted").
func (s *Session) pastDeedAfter(i int) bool {
	for k := i; k < len(s.toks) && !s.sentenceStart(k); k++ {
		if s.toks[k].Kind == tokWord && s.tenseOf(k) == tensePast && !s.inList(k, s.t.lists.reporting) && !s.isBe(k-1) && !s.isModal(k-1) {
			return true
		}
	}
	return false
}

// startSettingBefore reports whether the nearest past verb before token i
// in its clause sets or announces a start (start_setting_verbs); unlike
// inForceBefore's, its clause runs on across "that" ("warned that … from
// Thursday").
func (s *Session) startSettingBefore(i int) bool {
	k := s.clausePastBefore(i, false)
	return k >= 0 && s.inList(k, s.t.lists.startSetting)
}

// deadlineNounBefore reports whether "deadline of" or "ultimatum for"
// ends just before token i, with no word of missing or meeting it in the
// words around and no pluperfect: "set a deadline of Tuesday morning"
// (but "missed a deadline of Tuesday", "who had set a deadline of noon
// Saturday").
func (s *Session) deadlineNounBefore(i int) bool {
	missed := func(k int) bool {
		return s.sameSentence(k, i) && s.inList(k, s.t.lists.lapse)
	}
	// (nor after it: "The deadline of Monday passed", "a deadline of
	// Monday, which the company missed")
	return s.deadlineNounAt(i) && !s.hadWithin(i, 8) && !s.anyBetween(max(i-8, 0), i-3, missed) && !s.anyBetween(i+1, min(i+9, len(s.toks)-1), missed)
}

// deadlineNounAt reports whether "deadline of" or "ultimatum for" ends
// just before token i.
func (s *Session) deadlineNounAt(i int) bool {
	return i > 1 && (s.wordIs(i-1, "of") || s.wordIs(i-1, "for")) && s.inList(i-2, s.t.lists.deadlineNouns)
}

// rangeEndDay is the day that ends a range after m when it is a month and
// day ("from Friday until January 3"), in the year that puts it nearest
// the DCT.
func (s *Session) rangeEndDay(m *match) (time.Time, bool) {
	i := m.end
	if !s.hasDCT || i+1 >= len(s.toks) || !(s.wordIs(i, "until") || s.wordIs(i, "till") || s.wordIs(i, "to") || s.wordIs(i, "through")) {
		return time.Time{}, false
	}
	if k := s.matchFrom(i + 1); k < len(s.matches) && s.matches[k].start == i+1 {
		b := &s.matches[k]
		if b.rule.kind != kindDate || b.f.month == 0 || b.f.day == 0 || b.f.weekday != 0 {
			return time.Time{}, false
		}
		d := s.day()
		y := d.Year()
		if b.f.year != 0 && !b.f.yearShort {
			y = b.f.year
		}
		t := ymd(y, b.f.month, b.f.day)
		if b.f.year == 0 && t.Before(d.AddDate(0, 0, -7)) {
			t = ymd(y+1, b.f.month, b.f.day)
		}
		return t, true
	}
	return time.Time{}, false
}

// betweenEnd finds the end of a span "between" the weekday m "and" a day
// told in full: "next Monday", or a weekday with its date ("Monday, Dec.
// 1", its year the nearest to the news's).
func (s *Session) betweenEnd(m *match) (time.Time, bool) {
	i := m.end
	if !s.hasDCT || m.start < 1 || !s.wordIs(m.start-1, "between") || i+2 >= len(s.toks) || !s.wordIs(i, "and") {
		return time.Time{}, false
	}
	if s.wordIs(i+1, "next") {
		if end, ok := s.weekdayAt(i + 2); ok {
			return nextWeekday(s.day(), end), true
		}
		return time.Time{}, false
	}
	if k := s.matchFrom(i + 1); k < len(s.matches) && s.matches[k].start == i+1 {
		b := &s.matches[k]
		if b.rule.kind != kindDate || b.f.month == 0 || b.f.day == 0 || b.f.weekday == 0 || b.f.year != 0 {
			return time.Time{}, false
		}
		d := s.day()
		t := ymd(d.Year(), b.f.month, b.f.day)
		if t.Before(d.AddDate(0, -6, 0)) {
			t = ymd(d.Year()+1, b.f.month, b.f.day)
		} else if t.After(d.AddDate(0, 6, 0)) {
			t = ymd(d.Year()-1, b.f.month, b.f.day)
		}
		return t, isoWeekday(t) == b.f.weekday
	}
	return time.Time{}, false
}

// weekdayAt reports whether token i is a weekday's name, and which (ISO).
func (s *Session) weekdayAt(i int) (int, bool) {
	w := s.toks[i].Word
	if w < 0 {
		return 0, false
	}
	for _, fe := range s.t.lex.forms[w] {
		if fe.class.name == "weekday" && len(fe.rest) == 0 {
			if n := atoi(fe.value); n >= 1 && n <= 7 {
				return n, true
			}
		}
	}
	return 0, false
}

// participle reports whether token i looks like a past participle:
// "fallen", "risen", "grown", "increased", "been", or a past form the
// lexicon lists ("left", "held"), but not "answers".
func (s *Session) participle(i int) bool {
	if i >= len(s.toks) || s.toks[i].Kind != tokWord || s.toks[i].Cap {
		return false
	}
	w := strings.ToLower(s.r.text[s.toks[i].Start:s.toks[i].End])
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || w == "been" ||
		s.toks[i].Word >= 0 && s.formAt(i, s.t.lists.past)
}

// weekOfClause is the week the last date named, or the last week named
// when only dates coarser than a week came after it ("in the coming week,
// capped by the first estimate of first-quarter growth on Friday"); at
// is -1 when there is none.
func (s *Session) weekOfClause() (point, int) {
	if lp := s.lastPoint; s.lastSet && lp.g == model.GranWeek && !lp.ref && !s.lastShifted {
		return lp, s.lastAt
	}
	if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g < model.GranWeek && lp.g > model.GranUnknown && s.weekAt >= 0 && s.weekAt < s.lastAt && s.sameSentence(s.weekAt, s.lastAt) {
		return s.weekPoint, s.weekAt
	}
	return point{}, -1
}

// attentionTo reports whether token i follows "to" after a present verb
// that turns to it: "Attention shifts to", "Investors now turn their
// attention to" (a bare verb after a plural subject is present).
func (s *Session) attentionTo(i int) bool {
	if i < 2 || !s.wordIs(i-1, "to") {
		return false
	}
	v := s.attentionVerb(i - 2)
	return !s.isBe(v) && (s.tenseOf(v) == tensePresent || v < i-2 && s.tenseOf(v) == tenseUnknown && s.pluralSubject(s.subjectBefore(v)) ||
		v < i-2 && v > 0 && s.isBe(v-1) && s.tenseOf(v-1) == tensePresent) // ("are looking ahead to")
}

// attentionVerb is the verb of "turn their attention to" when token k is
// "attention" or "focus" after it, or of "look ahead to" when k is
// "ahead" or "forward" after it; else k.
func (s *Session) attentionVerb(k int) int {
	if k >= 1 && (s.wordIs(k, "ahead") || s.wordIs(k, "forward")) && (s.wordIs(k-1, "looking") || s.wordIs(k-1, "look") || s.wordIs(k-1, "looks")) {
		return k - 1 // "Investors are looking ahead to Friday's data"
	}
	if k < 1 || !(s.wordIs(k, "attention") || s.wordIs(k, "focus") || s.wordIs(k, "sights")) {
		return k
	}
	if j := k - 1; j >= 1 && (s.inList(j, s.t.lists.determiners) || s.wordIs(j, "their") || s.wordIs(j, "its") || s.wordIs(j, "his") || s.wordIs(j, "her") || s.wordIs(j, "our")) {
		return j - 1
	}
	return k - 1
}

// subjectBefore is the token before verb k, past an adverb ("Investors
// now turn").
func (s *Session) subjectBefore(k int) int {
	if k > 1 && s.isAdverb(k-1) {
		return k - 2
	}
	return k - 1
}

// formBefore reports whether a form of list c ends just before token i
// ("awaiting", "pulled out of").
func (s *Session) formBefore(i int, c *classInfo) bool {
	return s.formStartBefore(i, c) >= 0
}

// formStartBefore is where a form of list c that ends just before token i
// starts, or -1.
func (s *Session) formStartBefore(i int, c *classInfo) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if !s.formAt(k, c) {
			continue
		}
		w := s.toks[k].Word
		for _, fe := range s.t.lex.forms[w] {
			if fe.class == c && k+1+len(fe.rest) == i {
				return k
			}
		}
	}
	return -1
}

// middleInitial reports whether token i is a single capital letter after
// a capitalised word: the "F" of "John F. Kennedy".
func (s *Session) middleInitial(i int) bool {
	t := s.toks[i]
	if i == 0 || t.Kind != tokWord || t.End-t.Start != 1 || !t.Cap {
		return false
	}
	p := s.toks[i-1]
	return p.Kind == tokWord && p.Cap && p.End-p.Start > 1
}

// attributionAt reports whether an attribution begins at token i: up to
// four words (a name, "officials", "the ministry") and then a reporting
// verb, or the verb first ("said Fontana").
func (s *Session) attributionAt(i int) bool {
	for k := i; k < len(s.toks) && k <= i+4; k++ {
		if s.wordIs(k, "said") || s.wordIs(k, "says") || s.wordIs(k, "told") || s.wordIs(k, "added") || s.wordIs(k, "announced") {
			return true
		}
		if s.isBe(k) && (s.wordIs(k+1, "told") || s.wordIs(k+1, "informed")) {
			// ", councillors were told at a meeting last night", after a
			// clause with a verb of its own (not "In January, employees
			// were told …", where it is the main clause)
			for j := i - 2; j >= 0 && !s.sentenceStart(j+1); j-- {
				if s.tenseOf(j) != tenseUnknown {
					return true
				}
			}
			return false
		}
		if t := s.toks[k]; t.Kind != tokWord || s.tenseOf(k) != tenseUnknown {
			return false
		}
	}
	return false
}

// reportingDay reports whether the day named at token i dates a report:
// "said on Sunday", "said Sunday", "told reporters on Monday".
func (s *Session) reportingDay(i int) bool {
	k := s.verbBeforeDay(i)
	return k >= 0 && (s.wordIs(k, "said") || s.wordIs(k, "says") || s.wordIs(k, "reporters") || s.wordIs(k, "announced"))
}

// reportThatDay reports whether the day at token i is a report's, with
// the report's clause after it: "confirmed Thursday that", "said on
// Monday that".
func (s *Session) reportThatDay(i int) bool {
	k := s.verbBeforeDay(i)
	if !(s.inList(k, s.t.lists.reporting) || s.wordIs(k, "confirmed") || s.wordIs(k, "announced")) {
		return false
	}
	j := s.matchStartingAt(i)
	return j >= 0 && s.wordIs(s.matches[j].end, "that")
}

// betweenStart reports the token of the weekday that opens "between
// Wednesday and" or "between Friday night and" just before m.
func (s *Session) betweenStart(m *match) (int, bool) {
	if m.start < 3 || !s.wordIs(m.start-1, "and") {
		return 0, false
	}
	for k := m.start - 2; k >= m.start-3 && k >= 1; k-- {
		if _, ok := s.weekdayAt(k); ok {
			return k, s.wordIs(k-1, "between")
		}
	}
	return 0, false
}

// pastBefore reports whether a past verb stands earlier in the sentence
// than token i, within the tense window.
func (s *Session) pastBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-tenseBefore && !s.sentenceStart(k+1); k-- {
		if s.tenseOf(k) == tensePast {
			// a warning in the present perfect looks ahead: "Met Eireann
			// has warned that a storm could bring rain on Thursday" (but
			// "witnesses have told police they could hear gunfire on
			// Sunday night" is past)
			return !(k > 0 && s.isPerfect(k-1) && (s.wordIs(k, "warned") || s.wordIs(k, "forecast") || s.wordIs(k, "predicted") || s.wordIs(k, "cautioned")))
		}
	}
	return false
}

// placeHoliday returns the day a country keeps the holiday m names, when
// the holiday's sentence names, before it, a place that keeps it on a day
// of its own: the place named last wins ("ISLAMABAD (Reuters) - Pakistan
// marked Independence Day" is Aug. 14). A place that is part of a longer
// name ("New Mexico", "the Cleveland Indians") or a town with its state
// ("LIMA, Ohio") does not count. It returns "" when none is named.
func (s *Session) placeHoliday(m *match) string {
	if len(s.t.holidayPlaces) == 0 || m.start >= m.end {
		return ""
	}
	name := strings.ToLower(s.r.text[s.toks[m.start].Start:s.toks[m.end-1].End])
	k := m.start - 1
	for ; k >= 0 && k >= m.start-placeReach; k-- {
		if s.sentenceStart(k + 1) {
			break // the holiday's own sentence only
		}
		t := s.toks[k]
		if t.Kind != tokWord || !t.Cap {
			continue // places are written with a capital
		}
		if k > 0 && s.toks[k-1].Kind == tokWord && s.toks[k-1].Cap && !s.sentenceStart(k) {
			continue // part of a longer name: "New Mexico", "Air Canada", "the Cleveland Indians"
		}
		if n := k + 1; n+1 < len(s.toks) && s.wordIs(n, ",") && s.toks[n+1].Kind == tokWord && s.toks[n+1].Cap && s.toks[n+1].Word < 0 {
			continue // a town with its state: "LIMA, Ohio"
		}
		if day := s.placeAt(k, m.start, name); day != "" {
			return day
		}
	}
	// else the dateline, when the text has one: "CALGARY - …"
	for k := 0; k < len(s.toks) && k < 3 && k < m.start; k++ {
		t := s.toks[k]
		if t.Kind != tokWord || !t.Upper || t.End-t.Start < 3 {
			break
		}
		if n := k + 1; n+1 < len(s.toks) && s.wordIs(n, ",") && s.toks[n+1].Kind == tokWord && s.toks[n+1].Cap {
			break // "LIMA, Ohio": a town with its state
		}
		if day := s.placeAt(k, m.start, name); day != "" {
			return day
		}
	}
	return ""
}

// inDateline reports whether m is the date of a wire dateline, "PARIS,
// July 6 (AFP) -": only capitalised words and commas before it at the
// start of the text, a dash a few words after. It is no day of the lead.
func (s *Session) inDateline(m *match) bool {
	if m.start == 0 || m.start > 6 || !s.toks[0].Upper {
		return false
	}
	for k := 0; k < m.start; k++ {
		if t := s.toks[k]; !(t.Kind == tokWord && t.Cap || s.wordIs(k, ",") || s.wordIs(k, ".")) {
			return false
		}
	}
	for k := m.end; k < len(s.toks) && k <= m.end+5; k++ {
		if s.wordIs(k, "-") || s.wordIs(k, "—") || s.wordIs(k, "--") {
			return true
		}
	}
	return false
}

// datelineDay returns the day the dateline names ("CANNES, France, May
// 20 -") when it is the day before the DCT: copy filed one day and
// published the next, whose "today" and "tonight" are the dateline's.
func (s *Session) datelineDay() (time.Time, bool) {
	if !s.hasDCT || s.pieces != 1 {
		return time.Time{}, false
	}
	for i := range s.matches {
		m := &s.matches[i]
		if m.start > 6 {
			break
		}
		if m.f.month != 0 && m.f.day != 0 && m.f.year == 0 && s.inDateline(m) {
			if t := ymd(s.dct.Year(), m.f.month, m.f.day); t.Equal(s.day().AddDate(0, 0, -1)) {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// holidayNear reports whether holiday h falls less than days from the
// DCT, in the DCT's year or the one before or after.
func (s *Session) holidayNear(h string, days float64) bool {
	for y := s.dct.Year() - 1; y <= s.dct.Year()+1; y++ {
		if t, ok := s.t.holidayOn(h, y); ok && math.Abs(t.Sub(s.day()).Hours()/24) < days {
			return true
		}
	}
	return false
}

// placeAt returns the day of holiday name kept by the place whose words
// start at token k (and end before token end), or "".
func (s *Session) placeAt(k, end int, name string) string {
	t := s.toks[k]
	var buf [32]byte
	if int(t.End-t.Start) > len(buf) {
		return ""
	}
	w := buf[:t.End-t.Start]
	for j := range w {
		w[j] = lowerByte(s.r.text[int(t.Start)+j])
	}
	for _, hp := range s.t.holidayPlaces[string(w)] {
		if strings.Contains(name, hp.name) && k+len(hp.rest) < end && s.wordsAt(k+1, hp.rest) {
			return hp.day
		}
	}
	return ""
}

// wordsAt reports whether the tokens from i are the words ws, in any case.
func (s *Session) wordsAt(i int, ws []string) bool {
	for j, w := range ws {
		if i+j >= len(s.toks) {
			return false
		}
		t := s.toks[i+j]
		if !strings.EqualFold(s.r.text[t.Start:t.End], w) {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// placeReach bounds the look-back of placeHoliday in a sentence with no
// stops.
const placeReach = 600

// fiscalReach bounds how far back "the fiscal year" finds the fiscal year
// it names again.
const fiscalReach = 80

// perfectBefore reports whether a present perfect ("have risen") stands in
// the words before token i, in its sentence: "shares have risen 12 percent
// this year through Tuesday" is told of days gone by.
func (s *Session) perfectBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-tenseBefore && !s.sentenceStart(k+1); k-- {
		if s.isPerfect(k) && (s.participle(k+1) || s.isAdverb(k+1) && k+2 < i && s.participle(k+2)) { // ("has already received")
			return true
		}
	}
	return false
}

// ownPluperfect reports whether a "had" stands in the sentence of token
// i outside a relative clause: "Volunteers had set up shelters the next
// day" goes back, but "His lawyers, who had sought leniency, filed an
// appeal the next day" does not.
func (s *Session) ownPluperfect(i int) bool {
	return s.anyInSentence(i, func(k int) bool {
		return s.wordIs(k, "had") && !s.inList(k-1, s.t.lists.relative) && !s.wordIs(k-1, "that")
	})
}

// hadWithin reports whether "had" stands in the n words before token i,
// in its sentence: a pluperfect sets what follows in the past.
func (s *Session) hadWithin(i, n int) bool {
	for k := i - 1; k >= 0 && k >= i-n && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "had") {
			return true
		}
	}
	return false
}

// dayBefore returns the day named earlier in the sentence of token i,
// if any: the day a clause of that sentence is told from.
func (s *Session) dayBefore(i int) (time.Time, bool) {
	if s.lastDayT.IsZero() || s.lastDayAt >= i || !s.sameSentence(s.lastDayAt, i) {
		return time.Time{}, false
	}
	return s.lastDayT, true
}

// eventPrepAt returns where "after" or "before" stands in the few words
// before token i, which follows "on", when an event word comes between
// and no comma or verb does ("after a state banquet hosted by the Queen
// on"), or -1.
func (s *Session) eventPrepAt(i int) int {
	if i < 3 || !s.wordIs(i-1, "on") {
		return -1
	}
	// (names do not use up the reach: "in Havana's Revolution Square";
	// but a text in capitals is all names, so the look-back also stops
	// after 32 tokens: it would otherwise run to the last full stop)
	for k, n := i-2, 0; k >= 1 && k >= i-32 && n < 8 && !s.sentenceStart(k+1); k-- {
		if !s.toks[k].Cap && !(s.possessiveMark(k) && s.toks[k-1].Cap) {
			n++
		}
		if s.wordIs(k, ",") || s.tenseOf(k) != tenseUnknown && !(s.possessiveMark(k) && s.toks[k-1].Cap) {
			return -1
		}
		if s.wordIs(k, "after") || s.wordIs(k, "before") {
			if s.eventBetween(k, i-1) && !s.wordIs(k-1, "day") && !((s.wordIs(k-1, "shortly") || s.wordIs(k-1, "just")) && s.wordIs(k, "after")) {
				return k
			}
			return -1
		}
	}
	return -1
}

// directiveBefore reports whether the clause before token i holds a verb
// of telling someone to do something and then "to" and a verb: "advised
// fishermen not to venture out to sea until Wednesday", "urged residents
// to stay indoors until Monday"; or one that imposes a ban or a measure
// for a period ending with "through" or "until": "banned fireworks
// through Sunday".
func (s *Session) directiveBefore(i int) bool {
	for k := i - 3; k >= 1 && k >= i-14 && !s.sentenceStart(k+1); k-- {
		if !s.inList(k, s.t.lists.directive) || !s.sameSentence(k, i) {
			continue
		}
		if s.wordIs(k-1, "had") || k > 1 && s.wordIs(k-2, "had") {
			return false // "a judge had ordered Lula to turn himself in by Friday": gone by
		}
		if (s.wordIs(k, "banned") || s.wordIs(k, "imposed") || s.wordIs(k, "extended") || s.wordIs(k, "suspended")) &&
			(s.wordIs(i-1, "through") || s.wordIs(i-1, "until") || s.wordIs(i-1, "till")) {
			return true
		}
		// the object, then "to" and a verb: "urged residents to stay",
		// "advised fishermen not to venture"
		// (the object has no verb of its own: "told the BBC they were
		// forced to flee" reports)
		for j := k + 1; j <= min(k+9, i-2); j++ {
			if s.toks[j].Word == s.t.lists.idTo {
				return s.infinitiveBetween(j, j+1)
			}
			if j > k+1 && s.participle(j) && !s.isBe(j-1) && (s.wordIs(k, "ordered") || s.wordIs(k, "orders") || s.wordIs(k, "ordering")) {
				// (or a participle after the object: "ordered the ballots
				// brought to Tallahassee by Friday")
				return true
			}
			if s.tenseOf(j) != tenseUnknown {
				return false
			}
		}
		return false
	}
	return false
}

// eventForOn reports whether token i follows "for", an event that is set
// for a day, and "on", with only a determiner, adjectives or a name's
// words between "for" and the event, and at most its opponent after it:
// "arrived for a summit on Tuesday", "prepared for crucial talks on
// Monday", "named an unchanged side for the Rugby World Cup final against
// Australia on Saturday night".
func (s *Session) eventForOn(i int) bool {
	if i < 3 || !s.wordIs(i-1, "on") {
		return false
	}
	// (an event noun may be hyphenated: "semi-final")
	event := func(j int) bool {
		return s.inList(j, s.t.lists.scheduled) || j >= 2 && s.innerHyphen(j-1) && s.formAt(j-2, s.t.lists.scheduled)
	}
	e := i - 2
	if !event(e) {
		// (past the opponent: "for the Rugby World Cup final against
		// Australia on Saturday night")
		for k := i - 3; k >= 1 && k >= i-5; k-- {
			if s.wordIs(k, "against") && event(k-1) {
				e = k - 1
				break
			}
			if s.toks[k].Kind != tokWord || !s.toks[k].Cap && !s.wordIs(k, "against") {
				return false
			}
		}
		if e == i-2 {
			return false
		}
	}
	for e >= 2 && s.innerHyphen(e-1) {
		e -= 2 // (to a hyphenated noun's first word: "semi-final")
	}
	for k, n := e-1, 0; k >= 0 && n < 4; k-- {
		if !s.toks[k].Cap || s.sentenceStart(k) {
			n++ // (a name's words do not use up the reach: "for the Rugby World Cup final")
		}
		if s.wordIs(k, "for") {
			// but not a plan seen from the past: "delegates had gathered in
			// Geneva for talks on Sunday"
			return !s.hadWithin(k, 8)
		}
		t := s.toks[k]
		if t.Kind != tokWord || s.tenseOf(k) != tenseUnknown || s.sentenceStart(k+1) ||
			s.inList(k, s.t.lists.prepositions) || s.wordIs(k, "after") || s.wordIs(k, "before") ||
			strings.HasSuffix(s.r.text[t.Start:t.End], "ing") && !(k > 0 && s.inList(k-1, s.t.lists.determiners)) || s.ordinal(k) || s.wordIs(k, "straight") || s.wordIs(k, "consecutive") || s.wordIs(k, "successive") {
			// only a determiner and adjectives between (a word in -ing
			// too after a determiner: "for the opening ceremony on Friday
			// night"): "fined for violence at the match on Saturday" and
			// "arrested for fighting after the match" name the match, not
			// what it was for; nor a count of them ("the index fell for a
			// ninth straight session on Friday")
			return false
		}
	}
	return false
}

// eventCalledFor reports whether token i follows "for" after an event
// that a verb of setting (setting_verbs) named, with only its noun phrase
// between: "called an emergency summit of euro zone leaders for".
func (s *Session) eventCalledFor(i int) bool {
	if i < 4 || !s.wordIs(i-1, "for") {
		return false
	}
	event := false
	for k := i - 2; k >= 0 && k >= i-9 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.setting) {
			return event && !s.hadWithin(k, 4)
		}
		if s.inList(k, s.t.lists.scheduled) {
			event = true
		}
		if t := s.toks[k]; t.Kind != tokWord && !s.wordIs(k, "-") || s.wordIs(k, ",") || t.Kind == tokWord && s.tenseOf(k) != tenseUnknown {
			return false
		}
	}
	return false
}

// aheadOfEventOn reports whether token i follows "ahead of" an event and
// "on" or "in" ("cleared for fuelling ahead of its launch on December
// 18"), or the event's noun itself, with no clause edge nor verb between
// ("ahead of a ceremony Thursday"; not "met ahead of the vote, and a
// count Tuesday showed …").
func (s *Session) aheadOfEventOn(i int) bool {
	bare := i >= 3 && s.inList(i-1, s.t.lists.scheduled)                  // ("ahead of a ceremony Thursday")
	if !bare && (i < 4 || !s.wordIs(i-1, "on") && !s.wordIs(i-1, "in")) { // ("ahead of Germany's vote in September")
		return false
	}
	from := i - 2
	if bare {
		from = i - 1
	}
	clean := true // no clause edge nor verb passed
	for k := from; k >= 1 && k >= i-18 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "of") && (s.wordIs(k-1, "ahead") || k >= 2 && s.wordIs(k-1, "eve") && s.wordIs(k-2, "the")) && (k >= i-8 && !bare || clean) {
			// "ahead of", "on the eve of primaries in 14 states on Tuesday"
			// (not across a comma and a verb of its own: "Speaking ahead of
			// the centenary, the mayor said on Monday")
			return (s.eventBetween(k, i-1) || s.anyBetween(k+1, i-2, func(j int) bool { return s.inList(j, s.t.lists.dayOff) })) && // (or a day off: "ahead of a rest day on Tuesday")
				!(s.wordBetween(k, i-2, ",") && s.anyBetween(k+1, i-2, func(j int) bool { return s.toks[j].Kind == tokWord && s.tenseOf(j) != tenseUnknown }))
		}
		// past eight words only within the clause: "ahead of a meeting of
		// the International Monetary Fund's policy-making committee on
		// Tuesday", not "ahead of its launch on December 18, NASA said on
		// Monday"
		if s.toks[k].Kind == tokPunct && !s.wordIs(k, "'s") && !s.wordIs(k, "-") && !s.wordIs(k, ".") && !s.isQuote(k) || s.tenseOf(k) != tenseUnknown {
			clean = false // (quotation marks around a name keep it: `ahead of Trump's "Salute to America" celebration on the National Mall on Thursday`)
		}
		if bare && (s.inList(k, s.t.lists.clauseWords) || s.inList(k, s.t.lists.determiners) && k > 1 && !(s.wordIs(k-1, "of") && (s.wordIs(k-2, "ahead") || s.wordIs(k-2, "eve")))) {
			return false // the noun right after "of": not "ahead of the Fed meeting as a report Friday showed"
		}
		if s.wordIs(k, "amid") || s.wordIs(k, "despite") || s.sequelWord(k) || k < i-8 && s.inList(k, s.t.lists.incidents) {
			// another event, whose day it is: "ahead of the ECB meeting
			// amid a rebound from record lows on Monday", "ahead of a
			// vigil for the victims of the shooting at a synagogue in
			// Pittsburgh on Saturday" (an incident far from "ahead of")
			return false
		}
	}
	return false
}

// plannedThenPutOff reports whether m follows "scheduled for" (or
// "planned for", "set for") and a past "be" with a word of putting off
// comes in the few words after it: "matches scheduled for Saturday were
// also postponed"; or "originally" comes before ("originally set for
// Sunday").
func (s *Session) plannedThenPutOff(m *match) bool {
	if m.start >= 3 && (s.wordIs(m.start-1, "for") || s.wordIs(m.start-1, "in") || s.wordIs(m.start-1, "on") || s.wordIs(m.start-1, "by")) {
		// "The race, originally set for Sunday, has been moved to
		// Wednesday", "a decision first expected in September", "first
		// slated for release in June", "originally due to finish by April"
		// (a word of the plan, or "to" and its verb, between)
		for p := m.start - 2; p >= 1 && p >= m.start-5; p-- {
			if (s.wordIs(p, "scheduled") || s.wordIs(p, "planned") || s.wordIs(p, "set") || s.wordIs(p, "expected") || s.wordIs(p, "due") || s.wordIs(p, "slated")) &&
				(s.wordIs(p-1, "originally") || s.wordIs(p-1, "initially") || s.wordIs(p-1, "first")) {
				return true
			}
			if t := s.toks[p]; t.Kind != tokWord || t.Cap || s.inList(p, s.t.lists.determiners) && !s.wordIs(p, "to") || s.wordIs(p, ",") {
				break
			}
		}
	}
	if m.start < 2 || !s.wordIs(m.start-1, "for") || !(s.wordIs(m.start-2, "scheduled") || s.wordIs(m.start-2, "planned") || s.wordIs(m.start-2, "set")) {
		return false
	}
	for k := m.end; k < len(s.toks) && k < m.end+4 && !s.sentenceStart(k); k++ {
		if (s.wordIs(k, "was") || s.wordIs(k, "were") || s.wordIs(k, "had")) && s.anyBetween(k+1, min(k+3, len(s.toks)-1), func(j int) bool {
			return s.inList(j, s.t.lists.postpone) || s.calledOffAt(j)
		}) {
			return true
		}
	}
	return false
}

// scheduledInPast reports whether "scheduled" or "planned", a few words
// before m, sets a timetable that its sentence tells in the past: in a
// participle phrase between commas before a past verb ("The talks,
// scheduled to finish on Friday, ran over"), or as an adjective after a
// determiner or a possessive in a past clause ("after the summit's
// scheduled close Friday").
func (s *Session) scheduledInPast(m *match) bool {
	for k := m.start - 1; k >= 1 && k >= m.start-5 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return false
		}
		if !s.wordIs(k, "scheduled") && !s.wordIs(k, "planned") && !s.wordIs(k, "expected") && !s.wordIs(k, "due") && !(s.wordIs(k, "set") && s.wordIs(k-1, ",") && s.wordIs(k+1, "to")) {
			continue
		}
		if (s.wordIs(k, "expected") || s.wordIs(k, "due")) && !s.wordIs(k-1, "was") && !s.wordIs(k-1, "were") && !(s.wordIs(k, "due") && (s.isAdverb(k-1) && s.wordIs(k-2, ",") || s.wordIs(k-1, ","))) {
			// (", due to begin on Monday, never took place" and ", set to
			// sail on Tuesday, finally left port" as well)
			continue
		}
		if s.isAdverb(k-1) && s.wordIs(k-2, ",") {
			k-- // "Voting, originally due to end at 6 p.m., was extended"
		}
		if s.wordIs(k-1, ",") {
			j := m.end
			if n := s.matchFrom(j + 1); s.wordIs(j, "on") && n < len(s.matches) && s.matches[n].start == j+1 {
				j = s.matches[n].end // past the time's day: "originally due to end at 6 pm on Friday, ran a day late"
			}
			v := j + 1
			if v+1 < len(s.toks) && s.isAdverb(v) && s.tenseOf(v+1) == tensePast {
				v++ // ", finally took off on Tuesday"
			}
			if v < len(s.toks) && s.wordIs(j, ",") && s.tenseOf(v) == tensePast && !s.isModal(v) {
				if s.isBe(v) && v+1 < len(s.toks) && (s.formAt(v+1, s.t.lists.future) || s.wordIs(v+1, "to")) {
					// "The vote, scheduled for Friday, was expected to be
					// close" looks ahead
					return false
				}
				return true
			}
			return false
		}
		if s.wordIs(k-1, "was") || s.wordIs(k-1, "were") {
			// "The conference was scheduled to end Wednesday but ran an
			// extra day": a plan told in the past and overtaken
			// (past a short subject and adverbs: "was due at the Vineyard
			// by 10 p.m., but it never arrived")
			if past, found := s.butAfter(m.end, 6); found {
				return past
			}
			// "The tallying, which was expected to end on Saturday, had been
			// repeatedly delayed": the main clause's pluperfect overtakes it
			return m.end+1 < len(s.toks) && s.wordIs(m.end, ",") && s.wordIs(m.end+1, "had")
		}
		if s.possessiveMark(k-1) || s.inList(k-1, s.t.lists.determiners) {
			// the sentence's nearest verb before it
			for j := k - 2; j >= 0 && !s.sentenceStart(j+1); j-- {
				if v := s.tenseOf(j); v != tenseUnknown {
					return v == tensePast
				}
			}
			return false
		}
		return false
	}
	return false
}

// followingAt returns where "following" stands in the few words before
// token i, which follows "on", with nouns only between ("following a
// stormy meeting on Monday night"), or -1.
func (s *Session) followingAt(i int) int {
	if i < 3 || !s.wordIs(i-1, "on") {
		return -1
	}
	for k := i - 2; k >= 0 && k >= i-7 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "following") {
			return k
		}
		if s.tenseOf(k) != tenseUnknown || s.toks[k].Kind != tokWord && !s.possessiveMark(k) {
			return -1
		}
	}
	return -1
}

// innerHyphen reports whether token i is a hyphen joining two words with
// no space ("pre-season", "team-mates").
func (s *Session) innerHyphen(i int) bool {
	if i <= 0 || i+1 >= len(s.toks) || s.toks[i].Kind != tokPunct || s.toks[i].Word != s.t.lex.punct['-'] {
		return false
	}
	return s.toks[i-1].End == s.toks[i].Start && s.toks[i].End == s.toks[i+1].Start
}

// formAt reports whether a form of list c, of one or more words, starts
// at token i ("will", "as soon as").
func (s *Session) formAt(i int, c *classInfo) bool {
	if c == nil || i < 0 || i >= len(s.toks) {
		return false
	}
	w := s.toks[i].Word
	if w < 0 {
		return false
	}
	if !c.starts(w) {
		return false
	}
next:
	for _, fe := range s.t.lex.forms[w] {
		if fe.class != c {
			continue
		}
		for k, rw := range fe.rest {
			if i+1+k >= len(s.toks) || s.toks[i+1+k].Word != rw {
				continue next
			}
		}
		return true
	}
	return false
}

// hadBefore reports whether "had" stands among the few words before
// token i ("had been scheduled", "had planned").
func (s *Session) hadBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if s.wordIs(j, "had") {
			return true
		}
	}
	return false
}

// calledOffDay reports whether m is a day in the possessive right after a
// word of putting off, "called off" or "scrapped": "canceled Sunday's
// marathon", "called off Saturday's match".
func (s *Session) calledOffDay(m *match) bool {
	if m.start < 1 || !s.possessiveMark(m.end) {
		return false
	}
	return s.postponeAt(m.start-1) || m.start >= 2 && (s.formAt(m.start-2, s.t.lists.postpone) && !s.nounMove(m.start-2) || s.calledOffAt(m.start-2))
}

// postponed reports whether a word of putting off comes in the few words
// before token i: "postponed a decision on sanctions until Monday".
func (s *Session) postponed(i int) bool {
	turned := i > 0 && (s.wordIs(i-1, "back") || s.wordIs(i-1, "forward"))
	reach := 8
	if turned {
		reach = 16 // (the object may be long: "pushed the men's final between Federer and del Potro back to Monday")
	}
	for j := i - 1; j >= 0 && j >= i-reach && !s.sentenceStart(j+1); j-- {
		if j >= i-8 && (s.t.lex.inClass(s.toks[j].Word, s.t.lists.postpone) || s.formAt(j, s.t.lists.postpone)) && !s.nounMove(j) {
			return true
		}
		if turned && s.inList(j, s.t.lists.rescheduling) {
			return true // "has pushed the men's final back to Monday", "brought forward to Wednesday"
		}
	}
	return false
}

// movedFrom reports whether the date at token i is the one a plan was
// moved from ("was moved up from June 30", "brought forward from
// Friday"): the old schedule, no day the story tells.
func (s *Session) movedFrom(i int) bool {
	return i >= 3 && s.wordIs(i-1, "from") && (s.wordIs(i-2, "up") || s.wordIs(i-2, "forward") || s.wordIs(i-2, "back")) && s.inList(i-3, s.t.lists.rescheduling)
}

// settingPerfectBefore reports whether a verb of an arrangement in force
// (in_force_verbs) in the present perfect ("has designated", "have
// declared"; not "have worked overtime through Sunday") governs the
// clause before token i: "has" or "have", then the participle, with no
// comma, clause word or modal between it and i.
func (s *Session) settingPerfectBefore(i int) bool {
	k := s.inForceBefore(i)
	return k > 0 && (s.wordIs(k-1, "has") || s.wordIs(k-1, "have"))
}

// inForceBefore is the verb of an arrangement in force (in_force_verbs)
// that governs the clause before token i, or -1: the nearest past form,
// with no comma, clause word or modal between it and i.
func (s *Session) inForceBefore(i int) int {
	if k := s.clausePastBefore(i, true); k >= 0 && s.inList(k, s.t.lists.inForce) {
		return k
	}
	return -1
}

// clausePastBefore is the nearest past form before token i, within ten
// words, in i's clause, or -1: a comma, a semicolon, a relative word or a
// modal ends the clause, and so does "that" when thatEnds.
func (s *Session) clausePastBefore(i int, thatEnds bool) int {
	for k := i - 1; k >= 1 && k >= i-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.inList(k, s.t.lists.relative) || thatEnds && s.wordIs(k, "that") || s.isModal(k) {
			return -1
		}
		if s.tenseOf(k) == tensePast {
			return k
		}
	}
	return -1
}

// spokenClock reports whether m tells the hour in the clock face's words:
// "two o'clock", "half past two", "a quarter to three".
func (s *Session) spokenClock(m *match) bool {
	return s.hasWord(m, "o'clock") || s.hasWord(m, "past") && (s.hasWord(m, "half") || s.hasWord(m, "quarter")) || s.hasWord(m, "quarter") && s.hasWord(m, "to")
}

// stateAfterBe reports whether token i, after "could be" or "may be", is
// an adjective of a state to come (readiness_adjectives: "could be
// complete before Obama's inauguration on Tuesday", "may be ready by
// Friday"); not any adjective: "could be extensive after the flooding on
// Tuesday" and "could be responsible for the attack on Saturday" look
// back.
func (s *Session) stateAfterBe(i int) bool {
	return i+1 < len(s.toks) && s.inList(i, s.t.lists.readiness)
}

// backwardComplement reports whether token i, after a passive's
// participle, opens a phrase that ties it to something gone by rather than
// saying when it happens: "may be linked to a wedding", "may be damaged
// beyond repair after the storm" (but "may be signed by the governor" names
// the doer, and "may be closed from Sunday" the date).
func (s *Session) backwardComplement(i int) bool {
	if i+1 >= len(s.toks) || !(s.wordIs(i, "to") || s.wordIs(i, "after") || s.wordIs(i, "beyond") || s.wordIs(i, "from") || s.wordIs(i, "with") || s.wordIs(i, "as")) {
		return false
	}
	// (not the date itself: "may be closed from Sunday")
	n := s.matchFrom(i + 1)
	return n >= len(s.matches) || s.matches[n].start != i+1
}

// lastDayInWhoClause reports whether the last day told sits in a "who"
// clause after a comma ("Finance Minister Serra, who took office only on
// Dec. 1, …"), with the main clause's day known: a person's past, not the
// day the story goes on with.
func (s *Session) lastDayInWhoClause() bool {
	return s.relDayAt == s.lastDayAt && !s.relAppos && !s.mainDayT.IsZero() &&
		s.anyBetween(max(s.relDayAt-10, 0), s.relDayAt-1, func(k int) bool { return s.wordIs(k, "who") && s.wordIs(k-1, ",") && s.sameSentence(k, s.relDayAt) })
}

// sincePhraseBefore reports whether the date at token at sits in a phrase
// opened by "since" that a comma closes before token i: "The Berlin
// meeting, the first since the climate treaty took effect in March 1994,
// opened March 28" (the phrase's year is not the sentence's).
func (s *Session) sincePhraseBefore(at, i int) bool {
	if !s.commaBetween(at, i) {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return false
		}
		if s.wordIs(k, "since") {
			return true
		}
	}
	return false
}

// pastInfinitiveBefore reports whether an infinitive stands between the
// past verb before token i and i: "blocked a proposal to add 1.5 million
// barrels a day in the second half of the year" speaks of what was to
// come.
func (s *Session) pastInfinitiveBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	// (not "to" right after the verb: "returned to growth in the
	// October-December quarter")
	return v == tensePast && k >= 0 && k < i-2 && !s.wordIs(k+1, "to") && s.infinitiveBetween(k+1, i-1) && !s.commaBetween(k, i)
}

// colonHour reports whether m holds hours and minutes with a colon and an
// hour of one digit ("2:45", not "02:45" or "14:45").
func (s *Session) colonHour(m *match) bool {
	for i := m.start; i < m.end; i++ {
		if t := s.toks[i]; t.Kind == tokNum && !t.Plain {
			txt := s.r.text[t.Start:t.End]
			return len(txt) == 4 && txt[1] == ':'
		}
	}
	return false
}

// minutesClock reports whether m holds hours and minutes written with a
// colon or a dot ("6:15", "10.30"), not a 24-hour "0546".
func (s *Session) minutesClock(m *match) bool {
	for i := m.start; i < m.end; i++ {
		if t := s.toks[i]; t.Kind == tokNum {
			return t.Seps == sepColon || t.Seps == sepDot
		}
	}
	return false
}

// broughtForwardFrom reports whether the day at token i is the one a
// date was moved up from: "brought forward from Tuesday", "moved up by
// two days from Friday".
func (s *Session) broughtForwardFrom(i int) bool {
	if i < 3 || !s.wordIs(i-1, "from") {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-6 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "forward") || s.wordIs(k, "up") {
			return s.inList(k-1, s.t.lists.rescheduling)
		}
		if s.wordIs(k, ",") {
			return false
		}
	}
	return false
}

// postponeAt reports whether token i is itself a word of putting off, or
// starts "called off": "but was postponed", "was called off".
func (s *Session) postponeAt(i int) bool {
	if s.formAt(i, s.t.lists.postpone) { // (formAt: "put off", "pushed back" too)
		if (s.wordIs(i+1, "back") || s.wordIs(i+1, "off")) && s.wordIs(i+2, "by") {
			return false // "were pushed back by riot police", "were put off by the rain": driven back, deterred
		}
		if !s.nounMove(i) {
			return true
		}
	}
	return s.calledOffAt(i)
}

// nounMove reports whether token j is "move" or "moves" after a
// determiner or a possessive, or one word past it, or before a verb of
// its own: a noun ("The move followed Friday's announcement", "The
// surprise move followed"), not the verb of putting an event elsewhere
// ("forced the league to move Sunday's game to Detroit").
func (s *Session) nounMove(j int) bool {
	if j < 1 || !s.wordIs(j, "move") && !s.wordIs(j, "moves") {
		return false
	}
	if s.inList(j-1, s.t.lists.determiners) || s.possessiveMark(j-1) {
		return true
	}
	// (past one word: "The surprise move", "Similar moves followed"; or
	// before a verb of its own)
	return j > 1 && s.toks[j-1].Kind == tokWord && !s.toks[j-1].Cap && (s.inList(j-2, s.t.lists.determiners) || s.possessiveMark(j-2)) ||
		j+1 < len(s.toks) && s.tenseOf(j+1) != tenseUnknown
}

// calledOffAt reports whether a word of giving an event up
// (calling_off_words) starts at token i: "called off", "scrapped".
func (s *Session) calledOffAt(i int) bool {
	return s.formAt(i, s.t.lists.callingOff)
}

// bracketed reports whether m stands in brackets with at most a few
// words: "at around 3:30 a.m. (1830 GMT Tuesday)", a conversion that does
// not move the story to its day.
func (s *Session) bracketed(m *match) bool {
	open := false
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		if s.wordIs(k, "(") {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for k := m.end; k < len(s.toks) && k <= m.end+3; k++ {
		if s.wordIs(k, ")") {
			return true
		}
	}
	return false
}

// presentAhead reports whether the tense before token i is a present
// that can speak of days ahead: "Investors face a crowded calendar this
// week", "are bracing for turmoil this week", but not "Shares are down 3
// percent this week".
func (s *Session) presentAhead(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	if v != tensePresent || k < 0 {
		return false
	}
	if s.isBe(k) {
		n := s.toks[min(k+1, len(s.toks)-1)]
		return n.Kind == tokWord && strings.HasSuffix(s.r.text[n.Start:n.End], "ing")
	}
	return true
}

// presentAfter reports whether the verb right after token i-1 is a
// present that can speak of days ahead, not a form of "be" or "have":
// "This week brings the busiest stretch of the earnings season".
func (s *Session) presentAfter(i int) bool {
	return i < len(s.toks) && s.tenseOf(i) == tensePresent && !s.isBe(i) && s.toks[i].Word != s.t.lists.idHave && !s.wordIs(i, "has")
}

// futureInClause reports whether a modal or future marker stands before
// token i in its clause (back to a comma, a word like "after" that opens
// a clause, or the sentence's start): "Rebels
// will free hostages on Friday captured in the raid".
func (s *Session) futureInClause(i int) bool {
	for k := i; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, "after") || s.wordIs(k, "before") || s.wordIs(k, "when") || s.wordIs(k, "because") || s.wordIs(k, "while") {
			return false // the clause began
		}
		if s.isModal(k) || s.tenseOf(k) == tenseFuture {
			return true
		}
	}
	return false
}

// scheduledFor reports whether token i follows "for" after a verb that
// sets a date: "called new elections for December", "set the trial for
// March".
func (s *Session) scheduledFor(i int) bool {
	return s.verbBeforeFor(i, s.t.lists.setting, 7)
}

// verbBeforeFor reports whether token i follows "for", and a verb of list c
// stands up to reach-1 words before that "for" in its sentence.
func (s *Session) verbBeforeFor(i int, c *classInfo, reach int) bool {
	if i < 2 || !s.wordIs(i-1, "for") {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-reach && !s.sentenceStart(j+1); j-- {
		if s.inList(j, c) {
			return true
		}
	}
	return false
}

// forDayBefore reports whether "for" stands before token i after a verb of
// closing, cancelling or declaring (for_day_verbs) up to nine words back
// in its sentence: "Schools canceled classes for Thursday".
func (s *Session) forDayBefore(i int) bool {
	// (not in a sentence of last week's: "Last week the airline cancelled
	// 200 flights for Thursday")
	return s.verbBeforeFor(i, s.t.lists.forDay, 10) && !s.anyInSentence(i, func(k int) bool { return s.wordIs(k, "last") && s.wordIs(k+1, "week") })
}

// calledEventOn reports whether "on" before token i ends a protest called
// for that day (called_events): "called a protest march on Monday",
// "called for a general strike on Monday", "called his supporters to a
// rally in Mexico City's Zocalo square on Saturday", "called for mass
// rallies after prayers on Friday". The event must be what "called" calls
// (after "for", "a", "an", or an object and "to"), with a few modifiers
// before it and nothing after it but a place ("in the capital", "to
// Nairobi's Uhuru Park"): not "called the vote on Monday a sham", "called
// a strike in a statement on Monday" (the call's day), "called for a
// recount of the vote on Sunday", "called off a strike", "the air strike
// on Monday", nor past a comma or another date.
func (s *Session) calledEventOn(i int) bool {
	if i < 4 || !s.wordIs(i-1, "on") {
		return false
	}
	j := -1
	for k := i - 2; k >= 0 && k >= i-16 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.matchStartingAt(k) >= 0 {
			return false
		}
		if s.wordIs(k, "called") && !s.toks[k].Cap {
			j = k
			break
		}
	}
	if j < 0 || s.hadBefore(j) {
		return false
	}
	k := j + 1
	switch {
	case s.wordIs(k, "for"):
		k++
	case s.wordIs(k, "off") || s.wordIs(k, "in") || s.wordIs(k, "the"):
		return false
	default:
		// "called his supporters to a rally", "called on supporters to
		// hold a rally"
		for t := k; t < k+5 && t < i-1; t++ {
			if s.wordIs(t, "to") {
				k = t + 1
				if s.wordIs(k, "hold") || s.wordIs(k, "stage") || s.wordIs(k, "join") {
					k++
				}
				break
			}
		}
	}
	indefinite := s.wordIs(k, "a") || s.wordIs(k, "an") || s.wordIs(k, "another")
	if indefinite {
		k++
	}
	e := -1
	for t := k; t < k+6 && t < i-1; t++ {
		if s.inList(t, s.t.lists.calledEvents) {
			e = t
			for e+1 < i-1 && s.inList(e+1, s.t.lists.calledEvents) {
				e++ // "a protest march"
			}
			break
		}
		if s.toks[t].Kind != tokWord && s.toks[t].Kind != tokNum && !s.wordIs(t, "-") || s.inList(t, s.t.lists.determiners) || s.inList(t, s.t.lists.prepositions) {
			return false // (modifiers only: "a million-man march", "a 24-hour strike")
		}
	}
	if e < 0 || (s.wordIs(e, "strike") || s.wordIs(e, "strikes")) && e > 0 && s.inList(e-1, s.t.lists.weaponStrikes) {
		return false
	}
	if !indefinite && !endsLikePlural(s.r.text[s.toks[e].Start:s.toks[e].End]) {
		return false // (a bare singular is no call for one: "called the vote on Monday a sham" has "the")
	}
	if e+1 == i-1 {
		return true
	}
	// a place between: "in the capital", "to Nairobi's Uhuru Park", "after
	// prayers", "outside the Northern Ireland Office"
	if !(s.wordIs(e+1, "in") || s.wordIs(e+1, "to") || s.wordIs(e+1, "outside") || s.wordIs(e+1, "near") || s.wordIs(e+1, "after")) {
		return false
	}
	for t := e + 2; t < i-1; t++ {
		if !(s.toks[t].Kind == tokWord && s.toks[t].Cap || s.possessiveMark(t) || s.inList(t, s.t.lists.protestPlaces)) {
			return false
		}
	}
	return true
}

// nounCompound reports whether the base form at token i ("vote", "meet",
// "report") ends a compound noun rather than being a plural subject's
// verb: after a singular lower-case noun ("a confidence vote", "an
// assembly vote") or after a determiner and a name ("the Senate vote");
// a plural without -s is a subject ("Airline staff vote on Thursday").
func (s *Session) nounCompound(i int) bool {
	t := s.toks[i]
	w := s.r.text[t.Start:t.End]
	if i == 0 || strings.HasSuffix(w, "s") || s.isBe(i) || s.toks[i-1].Kind != tokWord {
		return false
	}
	p := s.toks[i-1]
	pw := strings.ToLower(s.r.text[p.Start:p.End])
	switch pw {
	case "they", "we", "you", "i", "who", "which", "that", "to", "and", "or", "not", "also", "still", "usually", "normally", "often", "never", "always", "then":
		return false
	}
	if p.Cap {
		// "the Apple store", "the Senate vote"; but a plural name before a
		// timetable's verb is its subject: "The Eagles face the Patriots"
		return i >= 2 && s.t.lex.inClass(s.toks[i-2].Word, s.t.lists.determiners) && !(endsLikePlural(pw) && s.formAt(i, s.t.lists.timetable) && !(s.wordIs(i, "face") && !s.fixtureAfter(i+1)))
	}
	return !s.pluralSubject(i-1) && !s.inList(i-1, s.t.lists.pluralNouns) && !s.isAdverb(i-1) &&
		!s.isModal(i-1) && !s.isBe(i-1) && !s.inList(i-1, s.t.lists.prepositions) && !s.t.lex.inClass(p.Word, s.t.lists.determiners)
}

// causeBefore reports whether a causative verb (the causatives list)
// stands in the three words before token i, in its sentence: "make their
// voices heard", "get the job done".
func (s *Session) causeBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3 && !s.sentenceStart(j+1); j-- {
		if s.inList(j, s.t.lists.causative) {
			// (a noun after a determiner, a hyphened word or an adjective
			// after one: "and a 24-hour help line began operating on Monday")
			return !(j > 0 && s.inList(j-1, s.t.lists.determiners) || j > 1 && s.innerHyphen(j-2) ||
				j > 1 && s.inList(j-2, s.t.lists.determiners) && s.toks[j-1].Kind == tokWord && !s.toks[j-1].Cap && s.tenseOf(j-1) == tenseUnknown)
		}
	}
	return false
}

// nearDayBefore reports whether the last day told is a side remark of
// its sentence, which told a day within farDay days of the news before
// it: the last day names an event ("this morning for the April 19, 1995,
// bombing") or the record beaten ("on Tuesday afternoon, beating the
// previous record of 38.7C set in Cambridge on July 25, 2019"). (A day
// told of an incident is not: "began Monday in the trial of a man
// charged with killing a clerk during a holdup on Christmas Eve 1997.
// … shot the clerk at about 9:45 p.m.")
func (s *Session) nearDayBefore() bool {
	if !s.nearDayThenLast() {
		return false
	}
	return s.wordIs(s.lastDayAt-1, "the") || s.anyBetween(max(s.lastDayAt-8, s.prevDayAt+1), s.lastDayAt-1, func(k int) bool {
		return s.wordIs(k, "record") || s.wordIs(k, "previous")
	})
}

// nearDayThenLast reports whether the last day told follows, in its
// sentence, another day within farDay days of the news.
func (s *Session) nearDayThenLast() bool {
	return s.hasDCT && s.prevDayAt >= 0 && s.lastDayAt > s.prevDayAt && !s.prevDayT.IsZero() && s.sameSentence(s.prevDayAt, s.lastDayAt) &&
		math.Abs(s.prevDayT.Sub(s.day()).Hours()) <= 24*farDay
}

// presentAfterSubject reports whether the verb after the short noun
// phrase that starts at token j is a present: "Tuesday's levy fails",
// "Sunday's vote goes ahead", "Thursday's talks produce" (not "Tuesday's
// vote was any guide").
func (s *Session) presentAfterSubject(j int) bool {
	for k := j; k < len(s.toks) && k < j+5 && !s.sentenceStart(k); k++ {
		t := s.toks[k]
		if t.Kind != tokWord {
			return false
		}
		switch s.tenseOf(k) {
		case tensePresent:
			return true
		case tensePast, tenseFuture:
			return false
		}
		if w := s.r.text[t.Start:t.End]; k > j && !t.Cap && len(w) >= 4 && endsLikePlural(w) && !s.inList(k, s.t.lists.prepositions) {
			return true // a verb in -s no list knows
		}
		if p := s.toks[k-1]; k > j && !t.Cap && p.Kind == tokWord && endsLikePlural(s.r.text[p.Start:p.End]) &&
			!s.inList(k, s.t.lists.prepositions) && !s.inList(k, s.t.lists.determiners) && !s.isAdverb(k) && !s.wordIs(k, "and") && !s.wordIs(k, "or") {
			return true // "Thursday's talks produce": the plural's verb
		}
	}
	return false
}

// presentFaces reports whether the verb before token i, in its clause, is
// a present of facing or contesting (facing_verbs: "faces nine
// challengers in", "takes on … in", "meets", "plays"): what one faces in
// an event is still to come.
func (s *Session) presentFaces(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	return v == tensePresent && k >= 0 && s.formAt(k, s.t.lists.facing)
}

// beforeEventOn reports whether m follows "before" and a scheduled event
// with "on": "days before the millennium celebrations on Friday night".
func (s *Session) beforeEventOn(m *match) bool {
	if m.start < 3 || !s.wordIs(m.start-1, "on") {
		return false
	}
	event := false
	for k := m.start - 2; k >= 0 && k >= m.start-6 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "before") {
			return event
		}
		if s.toks[k].Kind != tokWord && !s.wordIs(k, "'s") || s.tenseOf(k) != tenseUnknown { // (past a possessive: "before the city's marathon on Sunday")
			return false
		}
		event = event || s.inList(k, s.t.lists.scheduled)
	}
	return false
}

// farAsideDay reports whether the last day told, more than a year from
// the news, names in passing an event of the past ("the Oct. 7, 2023
// attack", "the quake of Sept. 19, 1985") after a day near the news told
// in its sentence.
func (s *Session) farAsideDay() bool {
	if !s.nearDayThenLast() || math.Abs(s.lastDayT.Sub(s.day()).Hours()) <= 24*366 {
		return false
	}
	i := s.lastDayAt
	return s.wordIs(i-1, "the") || s.wordIs(i-1, "of") && s.inList(i-2, s.t.lists.incidents)
}

// clockRange reports whether "between" or "from" at token open and "and",
// "to" or "-" at token sep frame a range of clock times ("between 3 and 6
// p.m.", "from 9 to 5 p.m.").
func (s *Session) clockRange(open, sep int) bool {
	if s.wordIs(open, "between") || s.wordIs(open, "from") {
		return s.wordIs(sep, "and") || s.wordIs(sep, "to") || s.wordIs(sep, "-")
	}
	// with neither, "to" or "-" still joins two clock times ("Visitation
	// is 3 to 8 p.m. Friday", "2 to 5 p.m. Saturday: Open house"), and so
	// does "and" after "at", "for" or "be" ("Masses are set for 4 and 6
	// p.m.", "Masses will be 8 and 10 a.m."); not after a number or an
	// amount ("$5 to 8 p.m." is no range of hours)
	if open >= 0 && (s.toks[open].Kind == tokNum || s.inList(open, s.t.lists.currencySymbols)) {
		return false
	}
	return s.wordIs(sep, "to") || s.wordIs(sep, "-") || s.wordIs(sep, "and") && open >= 0 && (s.wordIs(open, "at") || s.wordIs(open, "for") || s.isBe(open))
}

// openingHalf is the half of the day ('a' or 'p') of an hour with none
// that opens a range ending at end: the half that keeps it before the
// end ("from 9 to 5 p.m." runs from the morning; "from 10 to 2 a.m." from
// the evening before; "between 10:15 and 11 p.m."; "10 to 10 p.m." from
// the morning).
func openingHalf(hour, minute int, end frame) byte {
	if (hour%12)*60+minute >= (end.hour%12)*60+end.minute {
		return 'a' + 'p' - end.ampm
	}
	return end.ampm
}

// holidayFor returns the weekday wd nearest the holiday that "for", "to
// mark", "to celebrate" or "in observance of" names right after the
// weekday at m ("closed Monday for Martin Luther King Jr. Day"), when the
// holiday, in its occurrence nearest the news, falls within three days
// of it and the day within the week around the news.
func (s *Session) holidayFor(m *match, wd int) (time.Time, bool) {
	if !s.hasDCT {
		return time.Time{}, false
	}
	k := m.end
	switch {
	case k >= len(s.toks):
		return time.Time{}, false
	case s.wordIs(k, "for"):
		k++
	case s.wordIs(k, "to") && (s.wordIs(k+1, "mark") || s.wordIs(k+1, "celebrate")):
		k += 2
	case s.wordIs(k, "in") && s.wordIs(k+1, "observance") && s.wordIs(k+2, "of"):
		k += 3
	default:
		return time.Time{}, false
	}
	for i := range s.matches {
		n := &s.matches[i]
		if n.start > k+1 {
			break
		}
		if n.f.holiday == "" || !(n.start == k || n.start == k+1 && s.wordIs(k, "the")) {
			continue
		}
		return s.holidayNearWeekday(n.f.holiday, wd)
	}
	return time.Time{}, false
}

// tradingSession reports whether the sentence of token i tells of a
// market's trading session (trading_words) on a market that does not
// trade round the clock (all_hours_markets): "Stocks tumbled as soon as
// trading opened at 9:30 a.m." (not "Bitcoin, which sees round-the-clock
// trading, hit a low at 3 a.m.").
func (s *Session) tradingSession(i int) bool {
	return s.anyInSentence(i, func(k int) bool { return s.formAt(k, s.t.lists.trading) }) &&
		!s.anyInSentence(i, func(k int) bool { return s.inList(k, s.t.lists.allHoursMarkets) })
}

// eveningDayAt reports whether the timex that starts at token i names a
// weekday's or yesterday's evening or night: "late Wednesday", "Thursday
// evening", "last night", "late yesterday".
func (s *Session) eveningDayAt(i int) bool {
	if i < 0 {
		return false
	}
	j := s.matchStartingAt(i)
	if j < 0 {
		return false
	}
	n := &s.matches[j]
	named := n.f.weekday != 0 || s.wordIs(n.start, "last") || s.wordIs(n.start, "yesterday") || s.wordIs(n.start+1, "yesterday") // (not "the phone lines stayed jammed well into the evening", the evening of the session)
	return named && (n.f.pod == "EV" || n.f.pod == "NI" || s.wordIs(n.start, "late"))
}

// decreedObject reports whether m, a weekday with a part of the day or
// joined to a day before it, is the object of a verb of decree
// (decree_verbs, active: "declared Tuesday afternoon", "has declared today
// and Wednesday", "has declared both today and Monday"), or of "made",
// that makes it a holiday or a day of mourning, named within six words
// after it ("a holiday", "public holidays"; for "made", as madeHoliday
// says); a bare weekday after a verb of decree ("declared Sunday a
// national day of mourning") the tense reads already.
func (s *Session) decreedObject(m *match) bool {
	k := m.start - 1
	joined := false
	if s.wordIs(k, "and") && k >= 2 {
		_, dayBefore := s.weekdayAt(k - 1)
		joined = dayBefore || s.wordIs(k-1, "today") || s.wordIs(k-1, "tomorrow")
	}
	if joined {
		k -= 2 // "declared today and Wednesday", "Thursday and Friday"
		if s.wordIs(k, "both") {
			k-- // "has declared both today and Monday bank holidays"
		}
	}
	e := m.end
	made := s.wordIs(k, "made") || s.wordIs(k, "makes")
	if !joined && made && e+1 < len(s.toks) && s.wordIs(e, "and") {
		if _, ok := s.weekdayAt(e + 1); ok {
			e += 2 // the first of a pair: "has made Friday and Monday public holidays"
		}
	}
	if made && !s.madeHoliday(e) {
		return false // ("made Monday a miserable start to the holiday week")
	}
	if !joined && m.f.pod == "" && !made {
		return false // (the tense reads "declared Sunday a national day of mourning" already)
	}
	if k < 1 || !s.inList(k, s.t.lists.decree) && !made || s.isBe(k-1) || s.wordIs(k-1, "been") || s.wordIs(k-1, "had") {
		return false
	}
	if e >= len(s.toks) || !(s.wordIs(e, "a") || s.wordIs(e, "an") || s.wordIs(e, "public") || s.wordIs(e, "national") || s.wordIs(e, "bank") || s.wordIs(e, "official") ||
		s.wordIs(e, "holiday") || s.wordIs(e, "holidays") || s.wordIs(e, "days")) {
		return false // (not the day of the telling: "declared Monday that Friday would be a holiday")
	}
	for j := e; j < len(s.toks) && j <= e+6 && !s.sentenceStart(j); j++ {
		if s.holidayWord(j) {
			return true
		}
		if s.tenseOf(j) != tenseUnknown || s.wordIs(j, ",") {
			return false
		}
	}
	return false
}

// afterGerundDay reports whether the day at token i ends a phrase "after"
// and a gerund opens ("after landing her final vault", "after being taken
// off a ventilator and speaking a few words on"), with no clause of its
// own between: no comma, no relative word, no modal or finite auxiliary.
// It returns the token of "after", or -1.
func (s *Session) afterGerundDay(i int) int {
	for k := i - 1; k >= 0 && k >= i-14; k-- {
		if s.sentenceStart(k + 1) {
			return -1
		}
		t := s.toks[k]
		if t.Kind == tokPunct && !s.innerHyphen(k) && t.Word != s.t.lex.idPossessive || s.wordIs(k, "that") || s.wordIs(k, "which") || s.wordIs(k, "who") || s.wordIs(k, "when") ||
			s.isModal(k) || s.isBe(k) && !s.wordIs(k, "being") || s.wordIs(k, "has") || s.wordIs(k, "have") || s.wordIs(k, "had") {
			return -1
		}
		if s.wordIs(k, "after") {
			g := k + 1
			if s.wordIs(g, "being") || s.wordIs(g, "having") || g < i && s.toks[g].Kind == tokWord && !s.toks[g].Cap && strings.HasSuffix(s.r.text[s.toks[g].Start:s.toks[g].End], "ing") &&
				!s.t.lex.inClass(s.toks[g].Word, s.t.lex.classes["part_of_day"]) && !((s.wordIs(g, "closing") || s.wordIs(g, "opening")) && s.plainPlural(g+1)) { // (not a noun in -ing: "after evening prayers on Friday", "after closing arguments on Monday")
				return k
			}
			return -1
		}
	}
	return -1
}

// decreedSubject reports whether m, a weekday opening its clause (alone,
// after "and" or past a comma), or the possessive of an event named by
// up to three words, is the subject of a decree in the present or its
// perfect (decree_verbs): "Tuesday and Wednesday have been declared public
// holidays", "In neighbouring Belgium, where 27 people died, Tuesday has
// been declared a day of national mourning", "Friday's royal wedding has
// been declared a public holiday". A past "was declared" may tell of days
// gone by: "Thursday and Friday were declared days of mourning after the
// crash, and flags flew at half-mast".
func (s *Session) decreedSubject(m *match) bool {
	opens := m.start == 0 || s.sentenceStart(m.start) || s.wordIs(m.start-1, ",") || s.wordIs(m.start-1, "and") && m.start >= 2 && s.sentenceStart(m.start-2)
	if !opens {
		return false
	}
	e := m.end
	if e+1 < len(s.toks) && s.wordIs(e, "and") {
		if _, wd2 := s.weekdayAt(e + 1); wd2 {
			e += 2 // "Tuesday and Wednesday have been declared public holidays"
		}
	} else if s.possessiveMark(e) {
		e++
		for n := 0; n < 3 && e < len(s.toks) && s.toks[e].Kind == tokWord && !s.wordIs(e, "has") && !s.wordIs(e, "have") && !s.wordIs(e, "is") && !s.wordIs(e, "are"); n++ {
			e++
		}
	}
	decreed := func(k int) bool {
		if k >= len(s.toks) || !s.inList(k, s.t.lists.decree) {
			return false
		}
		// (a holiday or a day of mourning: "Sunday's election has been
		// declared free and fair" is no decree of a day)
		return s.anyBetween(k+1, min(k+6, len(s.toks)-1), func(j int) bool { return s.sameSentence(k, j) && s.holidayWord(j) })
	}
	return e+2 < len(s.toks) && ((s.wordIs(e, "has") || s.wordIs(e, "have")) && s.wordIs(e+1, "been") && decreed(e+2) ||
		(s.wordIs(e, "is") || s.wordIs(e, "are")) && decreed(e+1))
}

// untilSoonAfter reports whether "until", "till" or "before" stands among
// tokens from..to (past the word at from), with no comma, sentence end or
// clause of its own before it: "may not be restored to all customers until
// Saturday".
func (s *Session) untilSoonAfter(from, to int) bool {
	for k := from; k <= to && k < len(s.toks); k++ {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.sentenceStart(k) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "what") || s.isModal(k) || k > from && s.isBe(k) {
			return false // (nor past a clause of its own: "may not be aware of what happened before Friday")
		}
		if k > from && (s.wordIs(k, "until") || s.wordIs(k, "till") || s.wordIs(k, "before")) {
			return true
		}
	}
	return false
}

// holidayWord reports whether token j names what a decree makes of a day:
// "holiday", "holidays", "mourning".
func (s *Session) holidayWord(j int) bool {
	return s.wordIs(j, "holiday") || s.wordIs(j, "holidays") || s.wordIs(j, "mourning")
}

// madeHoliday reports whether the words from token e make a holiday or a
// day of mourning of the days before them: "a public holiday", "bank
// holidays", "days of national mourning" (not "a miserable start to the
// holiday week").
func (s *Session) madeHoliday(e int) bool {
	j := e
	if s.wordIs(j, "a") || s.wordIs(j, "an") {
		j++
	}
	for n := 0; n < 3 && j < len(s.toks) && (s.wordIs(j, "public") || s.wordIs(j, "national") || s.wordIs(j, "bank") || s.wordIs(j, "official") ||
		s.wordIs(j, "federal") || s.wordIs(j, "special") || s.wordIs(j, "extra") || s.wordIs(j, "statutory")); n++ {
		j++
	}
	if s.wordIs(j, "holiday") || s.wordIs(j, "holidays") {
		return j+1 >= len(s.toks) || s.toks[j+1].Kind != tokWord || !s.plainPlural(j+1) && !s.wordIs(j+1, "week") && !s.wordIs(j+1, "weekend") && !s.wordIs(j+1, "season")
	}
	return (s.wordIs(j, "day") || s.wordIs(j, "days")) && s.wordIs(j+1, "of") && (s.wordIs(j+2, "mourning") || s.wordIs(j+3, "mourning"))
}

// facingPastAside reports whether a relative aside closed by a comma
// stands right before "in" and token i, and the verb before the aside is a
// present of facing (facing_verbs): "They meet the Czech Republic, who beat
// France on penalties on Wednesday, in".
func (s *Session) facingPastAside(i int) bool {
	if i < 3 || !s.wordIs(i-1, "in") || !s.wordIs(i-2, ",") {
		return false
	}
	k := s.relativeAsideStart(i - 2)
	if k <= 0 {
		return false
	}
	v, j := s.scanTenseAt(k-1, -1)
	return v == tensePresent && j >= 0 && s.formAt(j, s.t.lists.facing)
}

// haveAfter reports whether "have" (or "not have") follows the modal at
// token k: a modal's perfect, "would have doubled", "could not have".
func (s *Session) haveAfter(k int) bool {
	return s.wordIs(k+1, "have") || s.wordIs(k+1, "not") && s.wordIs(k+2, "have")
}

// modalPerfectAround reports whether a modal's perfect ("would have",
// "could have") stands in m's clause, right after it or in the twelve
// words before it with no comma between: it tells what did not happen,
// not what is to come ("Profit in the fourth quarter would have doubled
// without the writedown").
func (s *Session) modalPerfectAround(m *match) bool {
	mp := func(k int) bool { return s.isModal(k) && s.haveAfter(k) }
	for k := m.end; k < len(s.toks) && k <= m.end+2; k++ {
		if mp(k) {
			return true
		}
		if s.toks[k].Kind == tokPunct {
			break
		}
	}
	for k := m.start - 1; k >= 0 && k >= m.start-tenseBefore && !s.sentenceStart(k+1) && !s.wordIs(k, ","); k-- {
		if mp(k) {
			return true
		}
	}
	return false
}

// expectingBefore reports whether the nearest verb before token i, within
// ten words of its sentence, is a present of expecting (expecting_verbs):
// "they expect up to a million people at Friday's parade".
func (s *Session) expectingBefore(i int) bool {
	k := s.clauseWordBefore(i, 10, func(k int) bool { return s.inList(k, s.t.lists.expecting) })
	return k >= 0 && !s.isBe(k-1) && !s.isPerfect(k-1)
}

// forecastAhead reports whether token i stands in a sentence whose
// subject is a forecaster (forecaster_nouns) and whose first verb is one of
// forecasting (forecast_verbs), not in the pluperfect, when the nearest
// verb before i is that verb or one ahead or in the present (ok): "Forecasters
// said a third storm could bring snow on Sunday" (but not "Forecasters said
// 10 inches of snow fell on Sunday", nor "Forecasters had predicted snow on
// Sunday"). ahead is false when that nearest verb is the forecasting one in
// the past and no intention, which the day may date ("Forecasters warned
// residents on Sunday").
func (s *Session) forecastAhead(i int) (ahead, ok bool) {
	st := i
	for st > 0 && !s.sentenceStart(st) && i-st < 40 {
		st--
	}
	if !s.sentenceStart(st) {
		return false, false // (a sentence start out of reach: no walk back through a whole run-on text)
	}
	subj := -1
	for k := st; k < i && k < st+8; k++ {
		if s.inList(k, s.t.lists.forecasterNouns) {
			subj = k
			break
		}
		if s.tenseOf(k) != tenseUnknown {
			return false, false
		}
	}
	if subj < 0 {
		return false, false
	}
	v := -1
	for k := subj + 1; k < i && k <= subj+6; k++ {
		if s.tenseOf(k) != tenseUnknown || s.formAt(k, s.t.lists.forecastVerbs) {
			v = k
			break
		}
	}
	if v < 0 || !s.formAt(v, s.t.lists.forecastVerbs) || s.wordIs(v-1, "had") || i-v <= 2 {
		return false, false // (nor the day of the telling: "Forecasters said on Tuesday that …")
	}
	t, k := s.scanTenseAt(i-1, -1)
	if k == v && s.tenseOf(v) == tensePast && !s.formAt(v, s.t.lists.intention) { // ("Forecasters warned of a dangerous outbreak on Monday afternoon" looks ahead)
		return false, true
	}
	return true, k < 0 || k == v || k > v && (t == tenseFuture || t == tensePresent) // (no tense at all: "Forecasters give rain a 40 percent chance Sunday afternoon")
}

// ticketsFor reports whether a noun of tickets (ticket_nouns) and "for"
// stand before token i in its sentence, within six words and with no verb
// between: "Tickets for Saturday's play", "tickets for a members' preview
// on Friday evening".
func (s *Session) ticketsFor(i int) bool {
	return s.clauseWordBefore(i, 6, func(k int) bool { return s.wordIs(k, "for") && s.inList(k-1, s.t.lists.ticketNouns) }) >= 0
}

// clauseWordBefore is the nearest token before token i, within reach
// tokens of its sentence, that hit accepts, when no verb with a tense and
// no comma stands between (a verb hit accepts may have one); -1 when there
// is none.
func (s *Session) clauseWordBefore(i, reach int, hit func(k int) bool) int {
	for k := i - 1; k >= 0 && k >= i-reach && !s.sentenceStart(k+1); k-- {
		if hit(k) {
			return k
		}
		if s.tenseOf(k) != tenseUnknown || s.wordIs(k, ",") {
			return -1
		}
	}
	return -1
}

// holidayIs reports whether holiday h falls on day d in d's year.
func (s *Session) holidayIs(h string, d time.Time) bool {
	t, ok := s.t.holidayOn(h, d.Year())
	return ok && sameDay(t, d)
}

// dateApposition returns the day a month and day, or a holiday, set after
// m and a comma names, when it falls on m's weekday wd: "Sunday night,
// March 23" (a month and day with no year: in the year nearest the news
// that puts it on that weekday), "Tuesday, St. Patrick's Day".
func (s *Session) dateApposition(m *match, wd int) (time.Time, bool) {
	if !s.hasDCT || m.end+1 >= len(s.toks) || !s.wordIs(m.end, ",") {
		return time.Time{}, false
	}
	j := s.matchStartingAt(m.end + 1)
	if j < 0 {
		return time.Time{}, false
	}
	n := &s.matches[j]
	if n.f.holiday != "" && n.f.year == 0 && !n.f.hasShift {
		return s.holidayWeekdayNearNews(n.f.holiday, wd, false)
	}
	if n.rule.kind != kindDate || n.f.month == 0 || n.f.day == 0 || n.f.weekday != 0 || n.f.hasShift || n.f.hasClock {
		return time.Time{}, false
	}
	years := []int{s.dct.Year(), s.dct.Year() - 1, s.dct.Year() + 1}
	if n.f.year != 0 && !n.f.yearShort {
		years = []int{n.f.year}
	}
	var best time.Time
	for _, y := range years {
		d := ymd(y, n.f.month, n.f.day)
		if d.Month() != time.Month(n.f.month) || isoWeekday(d) != wd {
			continue
		}
		if s.nearerNews(d, best) {
			best = d
		}
	}
	return best, !best.IsZero()
}

// holidayOnWeekday returns the holiday's day when m, a weekday, follows a
// holiday with no year and "on" ("ahead of Labor Day on Monday") or
// possesses one ("Friday's Independence Day holiday", or "Wednesday's
// holiday" after one was named), and the holiday's occurrence within a
// week of the news is on that weekday.
func (s *Session) holidayOnWeekday(m *match, wd int) (time.Time, bool) {
	if !s.hasDCT {
		return time.Time{}, false
	}
	h := ""
	switch {
	case m.start >= 2 && s.wordIs(m.start-1, "on"):
		if j := s.matchFrom(m.start-1) - 1; j >= 0 && s.matches[j].end == m.start-1 && s.matches[j].f.year == 0 && !s.matches[j].f.hasShift {
			h = s.matches[j].f.holiday
		} else if j := s.matchFrom(m.start-2) - 1; m.start >= 3 && j >= 0 && s.matches[j].end == m.start-2 && s.matches[j].f.year == 0 && !s.matches[j].f.hasShift &&
			!s.toks[m.start-2].Cap && s.inList(m.start-2, s.t.lists.scheduled) {
			// "Easter services on Sunday would be held at another
			// church": the holiday's event on its day
			h = s.matches[j].f.holiday
		}
	case s.possessive(m) && m.end+1 < len(s.toks):
		// "ahead of Monday's Memorial Day holiday", and "Saturday's
		// holiday" after Valentine's Day was named: the holiday after the
		// possessive, or the one named last
		if j := s.matchStartingAt(m.end + 1); j >= 0 && s.matches[j].f.year == 0 && !s.matches[j].f.hasShift {
			h = s.matches[j].f.holiday
		} else if s.wordIs(m.end+1, "holiday") {
			h = s.namedHoliday
			if d := s.lastDayT; h == "" && s.lastDayAt >= 0 && isoWeekday(d) == wd && math.Abs(d.Sub(s.day()).Hours()) < 7*24 {
				// (a holiday on a fixed date is named as a day: "a
				// midweek Fourth of July … stretching Wednesday's holiday")
				return d, true
			}
		}
	}
	if h == "" {
		return time.Time{}, false
	}
	return s.holidayWeekdayNearNews(h, wd, true)
}

// holidayWeekdayNearNews returns holiday h's day nearest the news that
// falls on weekday wd, when it is within a week of the news; with kept,
// also the day a holiday on a Saturday is kept (the Friday before it) or
// one on a Sunday (the Monday after: "Banks will be closed for Monday's
// Independence Day holiday", told in 2021, when July 4 was a Sunday).
func (s *Session) holidayWeekdayNearNews(h string, wd int, kept bool) (time.Time, bool) {
	best := s.nearestHoliday(h, func(t time.Time) bool { return isoWeekday(t) == wd })
	if kept {
		if obs := s.nearestHoliday(h, func(t time.Time) bool { return wd == 5 && isoWeekday(t) == 6 || wd == 1 && isoWeekday(t) == 7 }); !obs.IsZero() {
			if obs = nearestWeekday(obs, wd); s.nearerNews(obs, best) {
				best = obs
			}
		}
	}
	if best.IsZero() || math.Abs(best.Sub(s.day()).Hours()) >= 7*24 {
		return time.Time{}, false
	}
	return best, true
}

// holidayFallsOn returns the holiday's day when m, a weekday, follows a
// holiday and "falls on" ("Halloween falls on Saturday this year"), in
// the holiday's occurrence nearest the news that is on that weekday; "the
// holiday" is the last one named, "the date" the last day named.
func (s *Session) holidayFallsOn(m *match, wd int) (time.Time, bool) {
	if !s.hasDCT || m.start < 3 || !s.wordIs(m.start-1, "on") || !(s.wordIs(m.start-2, "falls") || s.wordIs(m.start-2, "fall") || s.wordIs(m.start-2, "fell")) {
		return time.Time{}, false
	}
	j := s.matchFrom(m.start-2) - 1
	h := ""
	switch {
	case j >= 0 && s.matches[j].end == m.start-2:
		h = s.matches[j].f.holiday
	case s.wordIs(m.start-3, "holiday") && m.start >= 4 && s.wordIs(m.start-4, "the"):
		// "St. Patrick's Day … The holiday falls on Tuesday this year":
		// the last holiday named
		h = s.namedHoliday
	case s.wordIs(m.start-3, "date") && m.start >= 4 && s.wordIs(m.start-4, "the"):
		// "The Constitution sets Jan. 20 as the day a new term begins.
		// This year the date falls on Sunday": the last day named, if it
		// is on that weekday
		if d := s.lastDayT; !d.IsZero() && isoWeekday(d) == wd && math.Abs(d.Sub(s.day()).Hours()) <= 366*24 {
			return d, true
		}
	}
	if h == "" {
		return time.Time{}, false
	}
	best := s.nearestHoliday(h, func(t time.Time) bool { return isoWeekday(t) == wd })
	return best, !best.IsZero()
}

// nearerNews reports whether day c is nearer the news than best, or best
// is unset: the test of a search for the occurrence nearest the news.
func (s *Session) nearerNews(c, best time.Time) bool {
	return best.IsZero() || math.Abs(c.Sub(s.day()).Hours()) < math.Abs(best.Sub(s.day()).Hours())
}

// nearestHoliday returns holiday h in its occurrence nearest the news, of
// the last, this and the next year, that keep accepts; zero when none.
func (s *Session) nearestHoliday(h string, keep func(time.Time) bool) time.Time {
	var best time.Time
	for y := s.dct.Year() - 1; y <= s.dct.Year()+1; y++ {
		if t, ok := s.t.holidayOn(h, y); ok && keep(t) && s.nearerNews(t, best) {
			best = t
		}
	}
	return best
}

// holidayNearWeekday returns the weekday wd nearest the holiday h, in its
// occurrence nearest the news, when the two are within three days and
// the weekday within a week of the news.
func (s *Session) holidayNearWeekday(h string, wd int) (time.Time, bool) {
	best := s.nearestHoliday(h, func(time.Time) bool { return true })
	if best.IsZero() {
		return time.Time{}, false
	}
	if d := nearestWeekday(best, wd); math.Abs(d.Sub(best).Hours()) <= 3*24 && math.Abs(d.Sub(s.day()).Hours()) < 7*24 {
		return d, true
	}
	return time.Time{}, false
}

// withEventOn reports whether m ends an opening "With" phrase that names
// a scheduled event and its day, with no verb of its own, before a comma:
// "With the presidential election on Tuesday, …" (not "With nearly all
// ballots counted on Monday, …").
func (s *Session) withEventOn(m *match) bool {
	if m.start < 4 || m.end >= len(s.toks) || !s.wordIs(m.end, ",") || !s.wordIs(m.start-1, "on") {
		return false
	}
	event := false
	for k := m.start - 2; k >= 0 && k >= m.start-8; k-- {
		if s.sentenceStart(k) {
			return event && s.wordIs(k, "with")
		}
		if t := s.toks[k]; t.Kind != tokWord || s.tenseOf(k) != tenseUnknown || s.participle(k) {
			return false
		}
		event = event || s.inList(k, s.t.lists.scheduled)
	}
	return false
}

// beforeDeadlineDay finds "before" in front of a weekday that names a
// deadline ("hours before a Thursday deadline", "before the Treasury's
// Thursday deadline"), past an article or a name's "'s"; -1 when there is
// none.
func (s *Session) beforeDeadlineDay(m *match) int {
	if m.end >= len(s.toks) || !s.inList(m.end, s.t.lists.deadlineNouns) || m.f.hasClock {
		return -1
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "before") {
			return k
		}
		if !(s.wordIs(k, "a") || s.wordIs(k, "the") || s.possessiveMark(k) || s.toks[k].Kind == tokWord && s.toks[k].Cap) {
			return -1
		}
	}
	return -1
}

// awaitedEventBefore finds a word of waiting or preparing for something
// (awaiting_words) up to eight tokens before the weekday m, in its clause,
// when the day follows an event's noun ("prepared for his arraignment
// Monday") or an infinitive ("braced for the Iowa River to peak Sunday");
// -1 when there is none. A bare object may take the day of the waiting
// ("Japan braced for a rising death toll on Saturday"), and "long-awaited"
// is an adjective.
func (s *Session) awaitedEventBefore(m *match) int {
	e := m.start - 1
	if s.wordIs(e, "on") {
		e--
	}
	if e < 1 || s.possessiveMark(m.end) {
		return -1
	}
	event := s.inList(e, s.t.lists.scheduled)
	for k := e; k >= 0 && k >= m.start-9; k-- {
		if s.sentenceStart(k+1) || s.wordIs(k, ",") || s.wordIs(k, ";") || s.wordIs(k, "after") || s.wordIs(k, "that") || s.wordIs(k, "which") {
			return -1
		}
		if s.toks[k].Word == s.t.lists.idTo && k+1 <= e && s.toks[k+1].Kind == tokWord && !s.toks[k+1].Cap && !s.inList(k+1, s.t.lists.determiners) && !s.inList(k+1, s.t.lists.prepositions) {
			event = true // "to peak", "to crest"
		}
		if s.formAt(k, s.t.lists.awaiting) && !s.innerHyphen(k-1) {
			if event && k < e {
				return k
			}
			return -1
		}
	}
	return -1
}

// urgedToDo reports whether the date at token start is in an infinitive
// after a past verb of urging or deciding ("urged voters to make their
// voices heard in November", "urged customers not to withdraw extra cash
// around New Year's Day"), with no comma between and no "had" before it.
func (s *Session) urgedToDo(start int) bool {
	v, k := s.scanTenseAt(start-1, -1)
	return s.urgedAt(v, k, start)
}

// urgedAt is urgedToDo given the tense the words before start show and
// where it was read (inferYear has them already).
func (s *Session) urgedAt(v, k, start int) bool {
	return v == tensePast && k >= 0 && k < start-2 && (s.inList(k, s.t.lists.urging) || s.decidedOnDay(k, start)) && s.infinitiveBetween(k+1, start-1) && !s.commaBetween(k, start) && !s.hadBefore(k)
}

// afterThisYearCount reports whether the month at token i is in a phrase
// "after" opens, up to six tokens back, past a count of this year's events
// told earlier in the sentence, as in "the third shutdown this year, after
// brief lapses in January and February".
func (s *Session) afterThisYearCount(i int) bool {
	a := s.lastWordBefore(i, 6, "after")
	if a < 0 {
		return false
	}
	for k := a - 1; k >= 1 && k >= a-20 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "year") && s.wordIs(k-1, "this") {
			// a count of this year's events: "this year, after …", or
			// an ordinal before it ("the third disaster this year
			// involving …, after"; not "expect sales to slump this year
			// and recover only after a relaunch in February")
			return k+2 == a && s.wordIs(k+1, ",") ||
				s.anyBetween(max(k-6, 0), k-2, func(j int) bool {
					return s.sameSentence(j, k) && (s.ordinal(j) || s.wordIs(j, "latest") || s.wordIs(j, "another") || s.wordIs(j, "string") || s.wordIs(j, "series"))
				}) // ("the latest in a string of funding lapses this year after brief closures in January")
		}
	}
	return false
}

// pavingBefore finds a phrase of opening the way to something
// (paving_phrases: "setting the stage for", "clearing the way for") in the
// clause before token i, with no comma or relative word between; -1 when
// there is none. "setting up" counts only as a participle after a comma
// ("…, setting up a showdown Sunday afternoon").
func (s *Session) pavingBefore(i int) int {
	for k := i - 1; k >= 1 && k >= i-14; k-- {
		if s.sentenceStart(k+1) || s.wordIs(k, ",") || s.wordIs(k, ";") || s.wordIs(k, "that") || s.wordIs(k, "which") || s.wordIs(k, "who") ||
			s.wordIs(k, "by") && k+1 < i && strings.HasSuffix(s.r.text[s.toks[k+1].Start:s.toks[k+1].End], "ing") { // ("cleared the way for a vote by approving the measure on Tuesday": the deed's own day; not "with striking workers")
			return -1
		}
		if s.formAt(k, s.t.lists.paving) && (!s.wordIs(k, "setting") || s.wordIs(k+1, "the") || s.wordIs(k-1, ",")) {
			return k
		}
	}
	return -1
}

// invitedTo reports whether the weekday at token i ends a phrase "to" a
// place or an event after a verb of inviting, in its clause: "invited
// Trump to the White House on Thursday", "have been invited to a football
// match in Santiago on Sunday". The "to" must open a noun phrase (not "invited
// Finland to join the alliance on Wednesday", whose day may be the
// invitation's), and the day must follow it ("invited Albanian leaders
// Saturday to talks" dates the invitation).
func (s *Session) invitedTo(i int) bool {
	if i < 4 || !s.wordIs(i-1, "on") {
		return false
	}
	to := -1
	for k := i - 2; k >= 0 && k >= i-14; k-- {
		if s.sentenceStart(k+1) || s.wordIs(k, ",") || s.wordIs(k, ";") || s.wordIs(k, "but") {
			return false
		}
		if s.toks[k].Word == s.t.lists.idTo {
			to = k
			continue
		}
		if s.inList(k, s.t.lists.inviting) {
			return to > k && to+1 < i && (s.inList(to+1, s.t.lists.determiners) || s.toks[to+1].Kind == tokWord && s.toks[to+1].Cap)
		}
		if to < 0 && s.toks[k].Kind == tokWord && s.tenseOf(k) != tenseUnknown && !s.innerHyphen(k-1) { // (not "President-elect")
			return false // a verb of its own between the day and the "to": "invited him to stay and left on Friday"
		}
	}
	return false
}

// causativeObjectBefore reports whether a causative verb and its object,
// a noun phrase of up to four words, stand before token i: "kept its
// cooling centers open until 11 p.m. Saturday" tells of a state, where
// "the centers open on Saturday" is a timetable's present.
func (s *Session) causativeObjectBefore(i int) bool {
	for j := i - 2; j >= 0 && j >= i-5 && !s.sentenceStart(j+1); j-- {
		if s.inList(j, s.t.lists.causative) {
			return s.inList(j+1, s.t.lists.determiners) || s.toks[j+1].Word == s.t.lex.idPossessive
		}
		if t := s.toks[j]; t.Kind != tokWord || t.Cap || s.tenseOf(j) != tenseUnknown || s.inList(j, s.t.lists.prepositions) {
			return false
		}
	}
	return false
}

// startEventNear reports whether a word for the start of an event
// ("kick-off", "liftoff", the start_events list) stands in the clause of
// tokens start..end: before it ("Kick-off in both matches is at 4pm") or
// right after it ("before the 7:30pm start").
func (s *Session) startEventNear(start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-12 && !s.sentenceStart(k+1); k-- {
		if s.formAt(k, s.t.lists.starts) {
			return true
		}
	}
	return end < len(s.toks) && s.formAt(end, s.t.lists.starts)
}

// scheduledSubject reports whether a scheduled event (scheduled_events)
// is named in the sentence before token i: "The meeting at City Hall
// starts at 5.30pm".
func (s *Session) scheduledSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.scheduled) || s.inList(k, s.t.lists.pollWords) && (s.wordIs(k, "polling") || s.wordIs(k, "voting") || s.wordIs(k, "polls")) {
			return true
		}
	}
	return false
}

// resultsNear reports whether a word of reported figures (results_words)
// stands in m's clause, up to eight words before it or right after it.
func (s *Session) resultsNear(m *match) bool {
	if m.end < len(s.toks) && s.inList(m.end, s.t.lists.results) {
		return true
	}
	for k := m.start - 1; k >= 0 && k >= m.start-8 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.results) {
			return true
		}
	}
	return false
}

// infinitiveBetween reports whether "to" and a verb stand among tokens
// i..j: "to make" but not "to the", "to be over" or "to Paris".
func (s *Session) infinitiveBetween(i, j int) bool {
	for k := i; k < j && k+1 < len(s.toks); k++ {
		if s.toks[k].Word != s.t.lists.idTo {
			continue
		}
		n := s.toks[k+1]
		if n.Kind == tokWord && !n.Cap && !s.t.lex.inClass(n.Word, s.t.lists.determiners) && !s.wordIs(k+1, "be") && !s.inList(k+1, s.t.lists.prepositions) {
			return true // ("to stay", "to remain" are infinitives too)
		}
	}
	return false
}

// warningRestricts reports whether a warning word (warning_words) stands
// in the ten words before token i, followed right away by a participle in
// -ing: "an advisory restricting vehicle movement around the Red Fort
// on" (but not "issued a warning on", the day of the warning itself).
func (s *Session) warningRestricts(i int) bool {
	for k := i - 3; k >= 0 && k >= i-10 && !s.sentenceStart(k+1); k-- {
		if !s.inList(k, s.t.lists.warnings) {
			continue
		}
		t := s.toks[k+1]
		return k+1 < i-1 && t.Kind == tokWord && !t.Cap && t.End-t.Start > 5 && strings.HasSuffix(s.r.text[t.Start:t.End], "ing") && !s.inList(k+1, s.t.lists.prepositions)
	}
	return false
}

// participleToBe reports whether token i stands between a plural noun
// and "to be" or "to have": "the 20 hostages believed to be alive",
// "people thought to have fled" (a participle on its noun, no past verb).
func (s *Session) participleToBe(i int) bool {
	if i < 1 || i+2 >= len(s.toks) || !s.wordIs(i+1, "to") || !(s.wordIs(i+2, "be") || s.wordIs(i+2, "have")) {
		return false
	}
	p := s.toks[i-1]
	return p.Kind == tokWord && !p.Cap && p.End-p.Start >= 4 && endsLikePlural(s.r.text[p.Start:p.End]) && !s.isBe(i-1)
}

// eedNotPast reports whether a word in -eed is no past form: "speed",
// "need", "proceed", "exceed" (but "agreed", "freed", "guaranteed" are).
func eedNotPast(w string) bool {
	if !strings.HasSuffix(w, "eed") {
		return false
	}
	lw := strings.ToLower(w)
	for _, p := range [...]string{"agreed", "freed", "decreed", "guaranteed", "refereed"} {
		if strings.HasSuffix(lw, p) {
			return false
		}
	}
	return true
}

// afterRelativeClause reports whether token i follows the comma that
// closes a relative clause opened by a comma after the subject: "The
// talks, which began in June 1996, resume Monday"; with participles too,
// a participle phrase ("The Tokyo Stock Exchange, closed for the weekend,
// reopens on Monday morning").
func (s *Session) afterRelativeClause(i int, participles bool) bool {
	if i < 4 || !s.wordIs(i-1, ",") {
		return false
	}
	for k := i - 2; k >= 2 && k >= i-14 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return false
		}
		if (s.wordIs(k, "which") || s.wordIs(k, "who")) && s.wordIs(k-1, ",") {
			return s.toks[k-2].Kind == tokWord
		}
		if participles && s.wordIs(k-1, ",") && k < i-2 && s.toks[k].Kind == tokWord && !s.toks[k].Cap && (s.participle(k) && s.tenseOfWord(k) == tensePast || s.inList(k, s.t.lists.participles)) {
			return s.toks[k-2].Kind == tokWord && !s.wordIs(k-2, "and") && !s.sentenceStart(k-1)
		}
		if participles && s.wordIs(k-1, ",") && k < i-2 && (s.wordIs(k, "the") || s.wordIs(k, "a") || s.wordIs(k, "an")) && k >= 2 && s.toks[k-2].Cap && !s.sentenceStart(k-2) {
			// (or an apposition on a name: "New Zealand, the holders,
			// begin their defence against Argentina on Sunday afternoon")
			return !s.anyBetween(k+1, i-2, func(j int) bool { return s.toks[j].Kind != tokWord || s.tenseOfWord(j) != tenseUnknown })
		}
	}
	return false
}

// appositiveParticiple reports whether the day at token i closes a
// participle phrase set off by a comma: "The suspect, arrested on
// Wednesday, was brought …".
func (s *Session) appositiveParticiple(i int) bool {
	j := i - 1
	if j >= 0 && s.wordIs(j, "on") {
		j--
	}
	participle := func(j int) bool {
		if j < 1 || !s.wordIs(j-1, ",") || s.toks[j].Kind != tokWord || s.toks[j].Cap {
			return false
		}
		w := s.r.text[s.toks[j].Start:s.toks[j].End]
		return strings.HasSuffix(w, "ed") || s.toks[j].Word >= 0 && s.formAt(j, s.t.lists.past)
	}
	if participle(j) {
		return true
	}
	// a place between: ", recorded at the White House on August 17"
	for k := j; k >= 2 && k >= j-5; k-- {
		if t := s.toks[k]; t.Kind != tokWord || !(t.Cap || s.inList(k, s.t.lists.prepositions) || s.inList(k, s.t.lists.determiners)) {
			return false
		}
		if s.inList(k, s.t.lists.prepositions) && participle(k-1) {
			return true
		}
	}
	return false
}

// pastParticiplePhrase reports whether m closes a participle phrase set
// off by commas, the participle right after the first: ", approved by
// both boards late Sunday,". A participle of planning ("scheduled for
// Friday") looks ahead and does not count.
func (s *Session) pastParticiplePhrase(m *match) bool {
	if m.end+1 >= len(s.toks) || !s.wordIs(m.end, ",") || s.tenseOf(m.end+1) == tenseUnknown && !s.isBe(m.end+1) && !s.isModal(m.end+1) {
		return false // (the noun's own verb follows: ", approved … late Sunday, is expected")
	}
	if s.isModal(m.end+1) && s.tenseOf(m.end+1) == tenseFuture && !s.enactedPhrase(m.start) || m.start > 0 && s.wordIs(m.start-1, "for") {
		// "The summit, hosted by France on Friday, will focus on …", "The
		// rally, organised for Saturday, is expected …": an event still
		// to come (but "The change, approved by the board late Monday
		// night, will take effect …": what was enacted is done)
		return false
	}
	for k := m.start - 1; k >= 1 && k >= m.start-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return false
		}
		if !s.wordIs(k-1, ",") && !(k >= 2 && s.isQuote(k-1) && s.wordIs(k-2, ",")) {
			// (a quoted title may close before the phrase: "Farewell My
			// Concubine," shown on Thursday, is …)
			continue
		}
		t := s.toks[k]
		if t.Kind != tokWord || t.Cap {
			return false
		}
		w := s.r.text[t.Start:t.End]
		return (strings.HasSuffix(w, "ed") && !eedNotPast(w) || s.inList(k, s.t.lists.participles) ||
			t.Word >= 0 && s.formAt(k, s.t.lists.past) && !s.isBe(k) && t.Word != s.t.lists.idHave && !s.wordIs(k, "had") && !s.wordIs(k, "did") && !s.wordIs(k, "said")) &&
			!(t.Word >= 0 && (s.formAt(k, s.t.lists.future) || s.inList(k, s.t.lists.setting) || s.inList(k, s.t.lists.postpone)))
	}
	return false
}

// superlativeSince reports whether the year at token i is what a record
// is measured from: "the hottest since 1880", "the worst since records
// began in 1880" (a superlative before "since", no comma between).
func (s *Session) superlativeSince(i int) bool {
	since := -1
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k].Kind == tokPunct && !s.innerHyphen(k) || s.sentenceStart(k+1) {
			return false
		}
		if s.wordIs(k, "since") {
			since = k
			break
		}
	}
	return since >= 0 && s.superlativeBefore(since)
}

// superlativeBefore reports whether a superlative ("hottest", "first",
// "worst") stands in the few words before the "since" at token since,
// with no punctuation between.
func (s *Session) superlativeBefore(since int) bool {
	for k := since - 1; k >= 0 && k >= since-8; k-- {
		t := s.toks[k]
		if s.innerHyphen(k) {
			continue // ("its steepest one-day drop since")
		}
		if t.Kind == tokPunct || s.sentenceStart(k+1) {
			return false
		}
		w := s.r.text[t.Start:t.End]
		if len(w) > 4 && (strings.HasSuffix(w, "est") || strings.HasSuffix(w, "EST")) && !s.inList(k, s.t.lists.notSuperlatives) || s.inList(k, s.t.lists.superlatives) {
			return true
		}
	}
	return false
}

// finitePerfect reports whether the participle at token i follows "has"
// or "have" (an adverb at most between) that is no infinitive and follows
// no modal: "have canceled", "has now banned"; not "was to have closed",
// "may have closed".
func (s *Session) finitePerfect(i int) bool {
	p := i - 1
	if p > 0 && s.isAdverb(p) {
		p--
	}
	if p < 0 || !s.wordIs(p, "has") && !s.wordIs(p, "have") && !s.wordIs(p, "'ve") {
		return false
	}
	return p == 0 || s.toks[p-1].Word != s.t.lists.idTo && !s.isModal(p-1)
}

// perfectMeasureBefore reports whether the clause before token i is a
// measure put in force in the present perfect ("have canceled classes on
// Monday"), the verb that sets the day at i ahead.
func (s *Session) perfectMeasureBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	return v == tensePresent && k >= 0 && k < i-1 && s.perfectMeasure(k, i-1) // (not a day named: "has declared Monday a holiday")
}

// perfectMeasure reports whether the participle at token i is a measure
// put in force (in_force_verbs) in a finite present perfect, with only
// its object between it and the token from, the one before the day.
func (s *Session) perfectMeasure(i, from int) bool {
	return s.inList(i, s.t.lists.inForce) && s.finitePerfect(i) && s.measureFor(i, from)
}

// measureFor reports whether the words between a measure's participle at
// token i and the day at token from are the measure's object, so the day
// is the one it is in force on: no "after", "following", "over", "since"
// or "before" bringing in what came first ("has ordered troops back to
// barracks after clashes on Monday"), no infinitive of an order ("has
// ordered the company to pay compensation"), and no incident right
// before the day's "on" ("for the oil spill on Sunday").
func (s *Session) measureFor(i, from int) bool {
	if from >= 1 && s.wordIs(from, "on") && (s.inList(from-1, s.t.lists.incidents) ||
		s.anyBetween(max(from-4, i+1), from-1, func(k int) bool { return s.wordIs(k, "for") })) {
		return false // (nor what the measure is for: "suspended the fraternity for the party on Saturday")
	}
	return !s.anyBetween(i+1, from, func(k int) bool {
		return s.wordIs(k, "after") || s.wordIs(k, "following") || s.wordIs(k, "over") || s.wordIs(k, "since") || s.wordIs(k, "before") ||
			s.toks[k].Word == s.t.lists.idTo
	})
}

// relativePastBefore reports whether the verb nearest before token i is a
// past form right after a relative word, at most a word between ("who
// arrived", "that struck", "which regulators shut"): the day at i is
// that relative clause's.
func (s *Session) relativePastBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	if v != tensePast || k < 1 {
		return false
	}
	rel := func(j int) bool { return j >= 0 && (s.inList(j, s.t.lists.relative) || s.wordIs(j, "that")) }
	return rel(k-1) || k > 1 && rel(k-2) && s.toks[k-1].Kind == tokWord && s.tenseOf(k-1) == tenseUnknown
}

// calendarWordAt reports whether token i starts a time of the calendar:
// a number ("2020", "the 12th"), a month or a weekday ("July", "Oct.",
// "Sunday").
func (s *Session) calendarWordAt(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	if s.toks[i].Kind == tokNum {
		return true
	}
	lex, w := s.t.lex, s.toks[i].Word
	return w >= 0 && (lex.inClass(w, lex.classes["weekday"]) || lex.inClass(w, lex.classes["month"]) || lex.inClass(w, lex.classes["month_abbr"]))
}

// recordSince reports whether the "since" at token since follows a
// superlative or an ordinal in its phrase: "the hottest since", "his
// first news conference since", "its third increase since".
func (s *Session) recordSince(since int) bool {
	return s.superlativeBefore(since) || s.anyBetween(max(since-4, 0), since-1, func(k int) bool { return s.ordinal(k) && !s.sentenceStart(k+1) && !s.commaBetween(k, since) })
}

// recordSinceAt reports whether the date at token i closes what a record
// is measured from: "It was the first loss of a shuttle since Challenger
// exploded 17 years ago, on Jan. 28, 1986", "the most powerful such blast
// since the Tunguska event of June 30, 1908".
func (s *Session) recordSinceAt(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "since") {
			return s.superlativeBefore(k)
		}
	}
	return false
}

// afterMainDay returns the main clause's day when the last date told
// closed an "after" clause trailing it, in the sentence before m, within
// reach: the day an anaphor of days counts from. A pluperfect outside a
// relative clause goes back to the after clause's day instead ("… after
// the rivers burst their banks on November 19. Volunteers had opened a
// rest centre the next day").
func (s *Session) afterMainDay(m *match) (time.Time, bool) {
	at := s.afterDayAt
	if s.lastAt != at || s.lastDayAt != at || s.sameSentence(at, m.start) || m.start-at > anaphorReach || s.ownPluperfect(m.start) {
		return time.Time{}, false
	}
	return s.afterMainT, true
}

// afterClauseOf is the "after" that opens the clause or phrase holding
// token i, within twelve words and its sentence ("…, after the league
// published its fixture list on Wednesday"); -1 when a mark other than a
// hyphen inside a word comes first.
func (s *Session) afterClauseOf(i int) int {
	return s.clauseOf(i, "after")
}

// clauseOf is the word w ("after", "since") that opens the clause or
// phrase holding token i, within twelve words and its sentence, or -1.
func (s *Session) clauseOf(i int, w string) int {
	for k := i - 1; k >= 0 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, w) {
			return k
		}
		if s.toks[k].Kind == tokPunct && !s.innerHyphen(k) && s.toks[k].Word != s.t.lists.idPoss {
			return -1 // (a possessive goes on: "after the victim's family reported him missing")
		}
	}
	return -1
}

// enactedPhrase reports whether a participle phrase set off by a comma
// before token i opens with a verb of enacting ("approved", "signed").
func (s *Session) enactedPhrase(i int) bool {
	k := s.phraseOpener(i)
	return k >= 0 && s.inList(k, s.t.lists.enacting)
}

// phraseOpener is the first word after the comma that opens the phrase
// holding token i, within eight words and its sentence; -1 when another
// comma or the sentence's start comes first.
func (s *Session) phraseOpener(i int) int {
	for k := i - 1; k >= 1 && k >= i-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return -1
		}
		if s.wordIs(k-1, ",") {
			return k
		}
	}
	return -1
}

// relativeOnYear finds the relative pronoun ("which", "that") that opens
// a clause on an event named by the year just told, with only words of
// the noun between ("the 2002 Championships, which"), or -1.
func (s *Session) relativeOnYear() int {
	lp := s.lastPoint
	if !s.lastSet || lp.ref || lp.g != model.GranYear || !s.hasDCT || s.lastAt < 1 || !s.wordIs(s.lastAt-1, "the") {
		return -1
	}
	for k := s.lastEnd; k < len(s.toks) && k <= s.lastEnd+4; k++ {
		if s.wordIs(k, "which") || s.wordIs(k, "that") {
			// the noun must be an event the year dates ("the 2002
			// Championships"), not a thing it names by its making ("the 1991
			// START accord, which expired in December")
			h := k - 1
			if s.wordIs(h, ",") {
				h--
			}
			if h < s.lastEnd || !s.inList(h, s.t.lists.scheduled) {
				return -1
			}
			return k
		}
		if s.toks[k].Kind != tokWord && !s.wordIs(k, ",") || s.toks[k].Kind == tokWord && (s.tenseOf(k) != tenseUnknown || s.inList(k, s.t.lists.prepositions)) {
			return -1
		}
	}
	return -1
}

// newsDayWordAt reports whether token k names the news's own day:
// "today", "tonight", "this morning", "this afternoon", "this evening".
func (s *Session) newsDayWordAt(k int) bool {
	return s.wordIs(k, "today") || s.wordIs(k, "tonight") || s.wordIs(k, "this") && (s.wordIs(k+1, "morning") || s.wordIs(k+1, "afternoon") || s.wordIs(k+1, "evening"))
}

// anniversaryBase reports whether day t, told at m, is the day in
// history an anniversary kept on the news's day marks: the same month and
// day years back, after words of marking ("anniversary", "since",
// "marking", "commemorating") in a sentence that names the news's day
// before them ("stood at Anzac Cove this morning for a service marking
// 100 years since their troops landed on April 25, 1915").
func (s *Session) anniversaryBase(m *match, t time.Time) bool {
	if !s.hasDCT || t.Year() >= s.dct.Year()-1 || t.Month() != s.dct.Month() || t.Day() != s.dct.Day() {
		return false
	}
	mark := -1
	for k := m.start - 1; k >= 0 && k >= m.start-maxSpan && !s.sentenceStart(k+1); k-- {
		if mark < 0 && (s.wordIs(k, "anniversary") || s.wordIs(k, "since") || s.wordIs(k, "marking") || s.wordIs(k, "commemorating") || s.wordIs(k, "marks")) {
			mark = k
		}
		if mark >= 0 && k < mark && s.newsDayWordAt(k) {
			// (unless the next sentence goes back to that day, in the
			// pluperfect or a recollection: "Mitchell recalled that
			// negotiators had gone without sleep before the agreement was
			// reached in the late afternoon")
			n := m.end
			for n < len(s.toks) && n < m.end+maxSpan && !s.sentenceStart(n) {
				n++ // (within reach: a run-on text has no next sentence to read)
			}
			return n >= len(s.toks) || !s.sentenceStart(n) || !s.anyInSentence(n, func(j int) bool {
				return s.wordIs(j, "had") && s.participle(j+1) || s.wordIs(j, "recalled") || s.wordIs(j, "remembered") || s.wordIs(j, "recalls")
			})
		}
	}
	return false
}

// noteAnniversary records the day in history an anniversary story marks:
// a whole number of years (two or more, or centuries) "ago" or "after"
// something, in a sentence that tells of the news's own day ("at 5:12
// this morning, the minute the great earthquake struck 100 years ago",
// "will play tonight …, 100 years after a Bosnian Serb shot the
// Archduke"). The day is the news's, so many years back.
func (s *Session) noteAnniversary(m *match, kd kind) {
	f := m.f
	if !s.hasDCT || f.nums == 0 || f.num != math.Trunc(f.num) || !(f.unit == "Y" && f.num >= 2 || f.unit == "C") {
		return
	}
	ago := kd == kindOffset && f.dir < 0 && s.hasWord(m, "ago")
	after := kd == kindDuration && m.end < len(s.toks) && s.wordIs(m.end, "after")
	if !ago && !after {
		return
	}
	// the news's day: a word for it, or a clock time of it just told ("At
	// 12:30 p.m., a bell will ring … to mark the moment when Kennedy was
	// shot 30 years ago")
	if !s.anyInSentence(m.start, s.newsDayWordAt) && !(s.lastClockAt >= 0 && s.lastClockAt < m.start && s.sameSentence(s.lastClockAt, m.start) && sameDay(s.lastClock.t, s.day())) {
		return
	}
	years := int(f.num)
	if f.unit == "C" {
		years *= 100
	}
	d := s.day()
	y := d.Year() - years
	s.annivDayT, s.annivAt = ymd(y, int(d.Month()), min(d.Day(), daysIn(y, int(d.Month())))), m.start
}

// historyDay finds the day in history whose year a month and day in a
// past clause take: the date just told, or the last one stated in full
// with its year, at most two sentences back and at most two months
// away, when this year's day would lie ahead of the clause or the clause
// is a pluperfect right after the date stated in full ("The revolt began
// on the afternoon of Oct. 23, 1956 … Then, on Nov. 4", "this city,
// where the Declaration was adopted on July 4, 1776, expects a million
// visitors over the holiday weekend. Congress voted for independence on
// July 2").
func (s *Session) historyDay(m *match) (point, bool) {
	f := m.f
	if f.month == 0 || f.day == 0 || !s.hasDCT || (!s.lastSet || s.lastPoint.ref) && (s.histDayT.IsZero() || s.histDayAt < 0) {
		return point{}, false
	}
	ahead := ymd(s.dct.Year(), f.month, f.day).After(s.day())
	near := func(t time.Time, at int) bool {
		return (t.Year()-s.dct.Year() >= 2 || s.dct.Year()-t.Year() >= 2) && s.sentencesBetween(at, m.start) <= 2 &&
			f.month-int(t.Month()) <= 2 && int(t.Month())-f.month <= 2
	}
	past := func() bool { return s.tense(m.start, m.end) == tensePast }
	// (or, told in the past in the sentence after a day in history stated
	// in full, a day a few weeks after it: "was last seen on Jan. 7, 1986.
	// Her body was found in her apartment on Jan. 9"; not for a day a
	// present perfect runs "since"; and a date that names an event,
	// "charged in the Dec. 3, 2019, bombing", starts no story in history)
	soonAfter := func(t time.Time) bool {
		d := ymd(t.Year(), f.month, f.day)
		return d.After(t) && d.Sub(t) <= 45*24*time.Hour
	}
	if lp := s.lastPoint; s.lastSet && !lp.ref && lp.g >= model.GranDay && near(lp.t, s.lastAt) &&
		!s.wordIs(s.lastAt-1, "the") && (ahead || s.lastExplicit && (s.pluperfectSentence(m.start) || soonAfter(lp.t) && s.sentencesBetween(s.lastAt, m.start) <= 1 && !s.wordIs(m.start-1, "since"))) && past() {
		return lp, true
	}
	if hd := s.histDayT; ahead && !hd.IsZero() && s.histDayAt >= 0 && s.histDayAt < s.lastAt && near(hd, s.histDayAt) && past() {
		return point{t: hd, g: model.GranDay}, true
	}
	return point{}, false
}

// participlePhraseYear reports whether the date at tokens i to end ends a
// participle phrase set off by a comma: "The previous agreement, signed
// in 1988, expired at the end of September", "The merger, first
// announced on April 29, 2018, cleared its last hurdle in February".
func (s *Session) participlePhraseYear(i, end int) bool {
	if i < 4 || end >= len(s.toks) || !s.wordIs(i-1, "in") && !s.wordIs(i-1, "on") {
		return false
	}
	if (s.wordIs(i-3, "first") || s.isAdverb(i-3)) && s.wordIs(i-4, ",") && s.participle(i-2) && !s.isBe(i-2) {
		// "The drills, first held in 1971 and staged every two years, began
		// on June 29": a participle after an adverb, its phrase closed by a
		// comma before any verb with a tense
		for k := end; k < len(s.toks) && k <= end+7 && !s.sentenceStart(k); k++ {
			if s.wordIs(k, ",") {
				return true
			}
			if w := s.toks[k].Word; w >= 0 && s.t.lex.inClass(w, s.t.lex.classes["month"]) {
				// a month inside the phrase is its year's when the main
				// clause tells the past ("first signed in 1990 and ratified
				// in June, expired last year"), not before a present or
				// future one ("first opened in 1932 and closed in March for
				// repairs, will reopen next year")
				for c := k + 1; c < len(s.toks) && c <= k+8 && !s.sentenceStart(c); c++ {
					if s.wordIs(c, ",") {
						v, _ := s.scanTenseAt(c+1, 1)
						return v != tensePast
					}
				}
				return false
			}
			if s.tenseOf(k) != tenseUnknown && !(s.wordIs(k-1, "and") && s.participle(k)) {
				return false // (but "and staged" is the phrase's second participle)
			}
		}
		return false
	}
	if !s.wordIs(i-3, ",") || !s.wordIs(end, ",") || s.toks[i-2].Kind != tokWord || s.toks[i-2].Cap {
		return false // (set off by commas on both sides: not "founded in 1990, listed in 1998 and acquired")
	}
	w := s.r.text[s.toks[i-2].Start:s.toks[i-2].End]
	return strings.HasSuffix(w, "ed") || s.toks[i-2].Word >= 0 && s.formAt(i-2, s.t.lists.past) && !s.isBe(i-2)
}

// whenClauseYear returns the year a ", when" clause holding m opens
// after, the year it tells of: "the stormiest since 1987, when the Great
// Storm flattened 15 million trees in October", "Not since 1984, when
// Mondale and Hart fought on into June" (a year after "since", set apart
// as a record's base or a period's start, is still the clause's). The
// clause is m's own: within its sentence and 20 words, with no other
// clause opening between.
func (s *Session) whenClauseYear(m *match) (int, bool) {
	for k := m.start - 1; k >= 2 && k >= m.start-20 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "when") && s.wordIs(k-1, ",") {
			j := s.matchFrom(k-1) - 1
			if j < 0 || s.matches[j].end != k-1 {
				return 0, false
			}
			f := s.matches[j].f
			if f.year == 0 || f.month != 0 || f.day != 0 || f.weekday != 0 || f.season != "" || f.holiday != "" || f.hasShift || f.fiscal {
				return 0, false
			}
			return f.year, true
		}
		if s.wordIs(k, ";") || s.wordIs(k, ",") || s.wordIs(k, "when") || s.inList(k, s.t.lists.relative) {
			return 0, false // (the clause ends at its comma: "since 2020, when the pandemic shut factories, and it dipped again in March")
		}
	}
	return 0, false
}

// yearWhenClause reports whether a ", when" clause on the year that ends
// at token end holds token j, with no other relative word between: "could
// rival 2008, when about 38 percent of voters cast ballots in the
// February primary" (the clause tells of that year).
func (s *Session) yearWhenClause(end, j int) bool {
	return end+1 < j && s.wordIs(end, ",") && s.wordIs(end+1, "when") && !s.relativeBetween(end+1, j)
}

// participleAside reports whether the date at tokens i to end closes a
// participle phrase set off by commas on both sides, perhaps after an
// adverb: "a ban on single-hull tankers, now planned for 2015, and
// experts are due to meet in early December" (the year is the ban's).
func (s *Session) participleAside(i, end int) bool {
	if i < 4 || end >= len(s.toks) || !s.wordIs(end, ",") || !(s.wordIs(i-1, "for") || s.wordIs(i-1, "in") || s.wordIs(i-1, "on")) {
		return false
	}
	p := i - 2
	if p >= 4 && s.toks[p].Kind == tokWord && s.toks[p].Cap && (s.wordIs(p-1, "in") || s.wordIs(p-1, "at")) && s.wordIs(p-3, ",") && s.toks[p-4].Kind == tokWord && s.tenseOf(p-4) == tenseUnknown &&
		!s.wordIs(end+1, "and") {
		// past a place: "The treaty, signed in Prague in 2010, lapsed"
		// (not one of a list of deeds: "studied law in Vienna, graduated in
		// Berlin in 1990, and joined the ministry on Sept. 1")
		p -= 2
	}
	if !s.participle(p) || s.isBe(p) {
		return s.longParticipleAside(i, end)
	}
	return s.wordIs(p-1, ",") || s.isAdverb(p-1) && s.wordIs(p-2, ",")
}

// longParticipleAside reports whether the "in" or "on" before token i
// (a date ending at end, before a comma) ends a participle phrase set off
// by a comma whose participle stands a
// few words further back, maybe the second of two: "The treaty, signed in
// 2010 and extended for five years in February 2021, lapsed on Feb. 5".
func (s *Session) longParticipleAside(i, end int) bool {
	if s.wordIs(end+1, "and") {
		return false // one of a list of deeds: "graduated in Berlin in 1990, and joined the ministry on Sept. 1"
	}
	for p := i - 3; p >= 2 && p >= i-6; p-- {
		if s.wordIs(p, ",") || s.toks[p].Kind != tokWord && s.toks[p].Kind != tokNum {
			return false
		}
		if !s.participle(p) || s.isBe(p) {
			continue
		}
		if s.wordIs(p-1, ",") { // (or after an adverb: "The telescope, originally scheduled for launch in 1983, was shipped … in October")
			return s.asideOnSubject(p - 1)
		}
		if p > 2 && s.isAdverb(p-1) && s.wordIs(p-2, ",") {
			return s.asideOnSubject(p - 2)
		}
		if !s.wordIs(p-1, "and") {
			return false
		}
		for q := p - 2; q >= 1 && q >= p-8; q-- {
			if s.wordIs(q-1, ",") && s.participle(q) && !s.isBe(q) {
				return s.asideOnSubject(q - 1)
			}
		}
		return false
	}
	return false
}

// reducedRelative reports whether the date at tokens i to end ends a
// participle phrase on a noun: "a bylaw passed in 2008", "the treaty
// signed in 1992", "the agreement, signed in 1988," (its year is the
// noun's, not the sentence's).
func (s *Session) reducedRelative(i, end int) bool {
	if i < 3 || !s.wordIs(i-1, "in") && !s.wordIs(i-1, "on") {
		return false
	}
	if s.participlePhraseYear(i, end) {
		return true
	}
	p, n := i-2, i-3
	return s.participle(p) && s.toks[n].Kind == tokWord && !s.toks[n].Cap && !s.isBe(n) && !s.isPerfect(n) && !s.isModal(n) && s.tenseOf(n) == tenseUnknown &&
		n > 0 && (s.t.lex.inClass(s.toks[n-1].Word, s.t.lists.determiners) || s.toks[n-1].Word == s.t.lex.idPossessive) // ("she joined in 2015" has none)
}

// predictionBefore reports whether a word of likelihood or forecast stands
// in the clause before token i: "said rain was unlikely before the
// weekend".
func (s *Session) predictionBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-tenseBefore && !s.sentenceStart(k+1); k-- {
		switch {
		case s.wordIs(k, "likely"), s.wordIs(k, "unlikely"), s.wordIs(k, "expected"), s.wordIs(k, "forecast"), s.wordIs(k, "predicted"),
			s.wordIs(k, "could"), s.wordIs(k, "would"), s.wordIs(k, "might"):
			return true
		}
	}
	return false
}

// calledForEventOn reports whether token i follows "on" after a verb that
// sets a date, "for" and an event within three words of it, or after one
// of summoning, its object, "to" and the event: "called for a mass rally in
// Nairobi on", "called his supporters to a rally in the Zocalo on" (but
// not "called for a strike at a rally on",
// where the day is the rally's, nor "called for a life sentence at the
// trial on").
func (s *Session) calledForEventOn(i int) bool {
	if i < 4 || !s.wordIs(i-1, "on") {
		return false
	}
	reach := i - 8
	for j := i - 2; j >= 1 && j >= reach && reach > i-14; j-- {
		if s.innerHyphen(j) {
			reach -= 2
		}
	}
	for j := i - 2; j >= 1 && j >= reach && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, "for") && (s.inList(j-1, s.t.lists.setting) || s.settingOnDay(j-1)) || s.wordIs(j, "to") && s.summonedTo(j) {
			// (within three words, a hyphened pair counting as one: "called
			// for a million-strong march in Cairo on Tuesday")
			last := j + 3
			for k := j + 1; k <= last && k < i-1 && last < j+9; k++ {
				if s.innerHyphen(k) {
					last += 2
				}
			}
			for k := j + 1; k <= last && k < i-1; k++ {
				if s.inList(k, s.t.lists.scheduled) || s.innerHyphen(k+1) && s.formAt(k, s.t.lists.scheduled) { // (or a hyphened one: "a sit-in outside parliament")
					// (but not when "at" or "during" brings in another event:
					// "called for a strike at a rally on Sunday")
					// (nor when a verb of its own tells the event: "invited to
					// the ceremonies, which began on Saturday")
					return k+1 > i-2 || !s.anyBetween(k+1, i-2, func(j int) bool {
						return (s.wordIs(j, "at") || s.wordIs(j, "during")) && s.eventBetween(j+1, min(j+3, i-2)) || s.tenseOf(j) != tenseUnknown
					})
				}
			}
			return false
		}
	}
	return false
}

// summonedTo reports whether "to" at token j follows a verb of summoning
// (summoning_verbs) and at most three words of its object: "called his
// supporters to", "invited leaders to".
func (s *Session) summonedTo(j int) bool {
	return s.clauseWordBefore(j, 4, func(k int) bool {
		// (a form in -ing only as an aside after a comma: "…, calling
		// supporters to a rally"; not "the king's summoning of the
		// generals", "recalled the leader summoning followers to a meeting")
		return s.inList(k, s.t.lists.summoning) && (!strings.HasSuffix(s.r.text[s.toks[k].Start:s.toks[k].End], "ing") || s.wordIs(k-1, ","))
	}) >= 0
}

// pastPlan reports whether a plan before token i is told in the past ("the
// truce was due to expire on Tuesday", "stocks were set for a weekly
// loss on Friday"), and whether its word was "due".
func (s *Session) pastPlan(i int) (due, ok bool) {
	for j := i - 1; j > 0 && j >= i-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.tenseOf(j) == tenseUnknown {
			continue
		}
		// only when "due" or "set" is the marker that decided the tense
		// ("set for" right before the day sets it: "the parade, which was
		// set for Sunday, was canceled", the nearest such day)
		setFor := s.wordIs(j, "set") && j+2 == i && s.wordIs(j+1, "for")
		return s.wordIs(j, "due") || setFor, (s.wordIs(j, "due") || s.wordIs(j, "set")) && (s.wordIs(j-1, "was") || s.wordIs(j-1, "were"))
	}
	return false, false
}

// butAfter looks for "but" within reach tokens from i in its sentence,
// and reports whether a past verb follows it closely, past a short
// subject: "… Monday but was delayed", "…, but the summit was called
// off".
func (s *Session) butAfter(i, reach int) (past, found bool) {
	for j := i; j+1 < len(s.toks) && j <= i+reach && !s.sentenceStart(j); j++ {
		if !s.wordIs(j, "but") {
			continue
		}
		for v := j + 1; v < len(s.toks) && v <= j+4 && !s.sentenceStart(v); v++ {
			if t := s.tenseOf(v); t != tenseUnknown || s.isModal(v) {
				return t == tensePast && !s.isModal(v), true
			}
		}
		return false, true
	}
	return false, false
}

// overtaken reports whether "but" and a past verb follow token i
// closely: a plan told in the past that did not hold.
func (s *Session) overtaken(i int) bool {
	past, _ := s.butAfter(i, 2)
	return past
}

// pastSchedule reports whether the tense before token i is set by a
// timetable told in the past that did not hold: "were supposed to".
func (s *Session) pastSchedule(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") {
			return false
		}
		if s.inList(k, s.t.lists.pastSchedule) {
			return k+1 < len(s.toks) && (s.wordIs(k-1, "was") || s.wordIs(k-1, "were")) && s.toks[k+1].Word == s.t.lists.idTo
		}
	}
	return false
}

// infinitiveRuledBy reads the tense before an infinitive whose "to" follows
// token k, and reports whether it decides the infinitive's: a future, or a
// past of going or, right before "to", an implicative one ("flew to Kyiv to
// meet Zelensky on Monday", "failed to meet a Monday deadline"). It also
// returns the tense read and where, when it does not decide.
func (s *Session) infinitiveRuledBy(k int) (int, int, bool) {
	v, at := s.scanTenseAt(k, -1)
	return v, at, v == tenseFuture || v == tensePast && (s.inList(at, s.t.lists.going) || at == k && s.inList(at, s.t.lists.implicative))
}

// pluperfectPlan reports whether the tense before token i is set by a
// plan in the pluperfect: "had been due", "had been scheduled to", "had
// agreed to".
func (s *Session) pluperfectPlan(i int) bool {
	_, k := s.scanTenseAt(i-1, -1)
	if k > 0 && s.wordIs(k-1, "had") && (s.wordIs(k, "planned") || s.wordIs(k, "intended") || s.wordIs(k, "hoped") ||
		(s.wordIs(k, "agreed") || s.wordIs(k, "promised") || s.wordIs(k, "pledged") || s.wordIs(k, "vowed") || s.wordIs(k, "offered") || s.wordIs(k, "threatened")) && !s.reportedBefore(k-1) && !s.reportedAfter(i)) && s.toks[k+1].Word == s.t.lists.idTo {
		// "had planned to honor him at a reunion on Tuesday", "had agreed
		// to surrender at 11 a.m. Friday but failed to appear" (not a
		// report's backshift: "Officials said Monday that the rebels had
		// agreed to hand over their weapons on Saturday")
		return true
	}
	if v, j := s.scanTenseAt(i+1, 1); v == tensePast && !s.postponeAt(j) && !(s.isBe(j) && s.postponeAt(j+1)) {
		return false // "had been due in court on Thursday but failed to appear": the day went by ("but was postponed" does not say so)
	}
	return k > 1 && s.wordIs(k-1, "been") && s.wordIs(k-2, "had") &&
		s.inList(k, s.t.lists.pluperfectPlans)
}

// reportedAfter reports whether an attribution follows token i in its
// sentence, past a comma: "… on Saturday, officials said Monday".
func (s *Session) reportedAfter(i int) bool {
	for k := i; k < len(s.toks) && k <= i+12 && !s.sentenceStart(k); k++ {
		if s.wordIs(k, ",") && s.attributionAt(k+1) {
			return true
		}
	}
	return false
}

// comparedBase reports whether token i ends a figure compared with: "up
// from a third on", "down from 4.3% on", "compared with 12 on".
func (s *Session) comparedBase(i int) bool {
	return s.comparedWith(i, false)
}

// changeBase reports whether token i starts the base of a change told
// in figures: "fell 3 percent from 1994", "up 20% from a year earlier",
// "compared with 1996".
func (s *Session) changeBase(i int) bool {
	if i >= 2 && s.wordIs(i-1, "from") && (s.wordIs(i-2, "percent") || s.wordIs(i-2, "%") || s.toks[i-2].Kind == tokNum) {
		return true
	}
	return s.comparedWith(i, true)
}

// comparedWith is comparedBase; wide also takes a figure between "up" or
// "down" and "from": "up about 25 percent from its low in August".
func (s *Session) comparedWith(i int, wide bool) bool {
	for j := i - 1; j >= 1 && j >= i-6 && !s.sentenceStart(j+1) && !s.wordIs(j, ","); j-- {
		// a comma ends the figure: "down from six months, from Jan 3"
		if s.wordIs(j, "from") && (s.wordIs(j-1, "up") || s.wordIs(j-1, "down")) && !s.movedFrom(j+1) {
			return true // (but "was moved up from June 30" is a date put forward)
		}
		if s.inList(j, s.t.lists.comparison) {
			return true
		}
		if s.wordIs(j, "from") && j < i-1 && i-j <= 4 && (s.toks[j-1].Kind == tokNum || s.wordIs(j-1, "%") || s.wordIs(j-1, "percent")) && (s.toks[j+1].Kind == tokNum || s.wordIs(j+1, "$")) {
			// "pushing its yield down to 8.82% from 8.89% late Wednesday":
			// a figure's earlier level
			return true
		}
		if wide && j >= 3 && s.wordIs(j, "from") && s.anyBetween(max(j-5, 1), j-2, func(k int) bool {
			return (s.wordIs(k, "up") || s.wordIs(k, "down")) && s.toks[k+1].Kind == tokNum || s.wordIs(k, "about") && (s.wordIs(k-1, "up") || s.wordIs(k-1, "down"))
		}) {
			return true
		}
	}
	return false
}

// timetableBefore reports whether the tense marker before token i is a
// timetable's present or a plan ("the race gets under way at", "is due to
// start at"), not a report ("firefighters say the blaze began at").
func (s *Session) timetableBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	if k < 0 {
		return false
	}
	return v == tensePresent && s.formAt(k, s.t.lists.timetable) ||
		v == tenseFuture && (!s.formAt(k, s.t.lists.modal) || s.wordIs(k, "will") || s.wordIs(k, "shall") || strings.HasSuffix(strings.ToLower(s.r.text[s.toks[k].Start:s.toks[k].End]), "'ll"))
}

// timetableAfter reports whether the tense marker after token i is a
// timetable's present ("Sunday's final, which starts at 8.45pm").
func (s *Session) timetableAfter(i int) bool {
	v, k := s.scanTenseAt(i, 1)
	if v == tenseUnknown {
		k = -1
		// past an "and" inside the subject: "Sunday's meeting of
		// Manchester United and Liverpool at Old Trafford kicks off"
		j := i
		if s.wordIs(j, "'s") || s.wordIs(j, "'") {
			j++
		}
		for ; j < len(s.toks) && j < i+14 && !s.sentenceStart(j) && (s.toks[j].Kind != tokPunct || s.innerHyphen(j)); j++ { // (past a hyphenated modifier: "Friday's open-air screening of Jaws begins")
			if v = s.tenseOf(j); v != tenseUnknown {
				k = j
				break
			}
		}
	}
	if k < 0 && (s.wordIs(i, "'s") || s.wordIs(i, "'")) {
		// a plural event's timetable verb past a place, which no tense
		// marks as a present: "Sunday's fireworks at Riverside Park begin
		// at 7pm"
		if head, _, _ := s.eventHead(i + 1); pluralWord(head) {
			for j := i + 2; j < len(s.toks) && j < i+14 && !s.sentenceStart(j) && (s.toks[j].Kind != tokPunct || s.innerHyphen(j)); j++ {
				if s.toks[j].Kind == tokWord && !s.toks[j].Cap && s.formAt(j, s.t.lists.timetable) && !s.inList(j-1, s.t.lists.prepositions) &&
					!s.isModal(j-1) && s.toks[j-1].Word != s.t.lists.idTo && s.toks[j-1].Kind == tokWord {
					return s.tenseOf(j) != tensePast
				}
			}
		}
	}
	// a timetable's present only: "Saturday's final will be remembered for
	// a late goal" and "Wednesday's vote would not be final" look back
	return k >= 0 && v == tensePresent && s.formAt(k, s.t.lists.timetable)
}

// organizersAhead reports whether the clause whose subject holds an
// event named from token i ("Organizers of Saturday's march …") tells of
// it as still to come: its first verb past the event's own words is a
// future marker ("expect", "will"), a present of saying whose report is
// not past ("say the walk will go on"), or a past saying of a future
// ("said the route would change").
func (s *Session) organizersAhead(i int) bool {
	for j := i; j < len(s.toks) && j <= i+10 && !s.sentenceStart(j); j++ {
		switch {
		case s.inList(j, s.t.lists.scheduled) || s.toks[j].Cap:
			// the event's words ("march", "title fight"), a name
		case s.inList(j, s.t.lists.reporting) || s.wordIs(j, "say"):
			if s.tenseOf(j) == tensePast {
				return s.willOrWouldAfter(j) || s.expectAfter(j)
			}
			return s.scanTense(j+1, 1) != tensePast
		case s.formAt(j, s.t.lists.future) && !s.isModal(j) || s.wordIs(j, "will") || s.wordIs(j, "'ll"):
			return true
		case s.tenseOf(j) != tenseUnknown:
			return false
		}
	}
	return false
}

// expectAfter reports whether the verb of the clause reported by the verb
// at token k is a form of "expect": "Organisers of Saturday's march said
// they expected more than 100,000 people".
func (s *Session) expectAfter(k int) bool {
	expect := func(j int) bool { return s.wordIs(j, "expect") || s.wordIs(j, "expected") || s.wordIs(j, "expects") }
	j := s.reportedVerbAfter(k, expect)
	return j >= 0 && expect(j)
}

// willOrWouldAfter reports whether the verb of the clause reported by the
// verb at token k is "will" or "would" (a future, seen from now or from
// the telling): "said the route would change".
func (s *Session) willOrWouldAfter(k int) bool {
	will := func(j int) bool { return s.wordIs(j, "will") || s.wordIs(j, "would") || s.wordIs(j, "'ll") }
	j := s.reportedVerbAfter(k, will)
	return j >= 0 && will(j) && !s.wordIs(j+1, "have")
}

// reportedVerbAfter is the first token of the clause reported by the verb
// at token k, within eight tokens of its sentence, that hit accepts or that
// has a tense of its own; -1 when there is none.
func (s *Session) reportedVerbAfter(k int, hit func(j int) bool) int {
	for j := k + 1; j < len(s.toks) && j <= k+8 && !s.sentenceStart(j); j++ {
		if hit(j) || s.tenseOf(j) != tenseUnknown {
			return j
		}
	}
	return -1
}

// eventAfter reports whether one of the first three tokens from i is a
// scheduled event ("presidential election", "crucial vote").
func (s *Session) eventAfter(i int) bool {
	// past a name first: "Sunday's St. Patrick's Day parade"
	for k := i; k < i+6 && k < len(s.toks); k++ {
		if t := s.toks[k]; t.Kind == tokWord && t.Cap || s.wordIs(k, ".") || s.wordIs(k, "'s") || t.Kind == tokNum && k > i && s.toks[k-1].Kind == tokWord && s.toks[k-1].Cap {
			if s.inList(k, s.t.lists.scheduled) {
				return true // "Sunday's Golden Globe Awards"
			}
			continue // (a number in a name too: "Saturday's Live 8 concerts")
		}
		if k > i+1 && (s.toks[k-1].Cap || s.toks[k-1].Kind == tokNum && s.toks[k-2].Cap) {
			i = k
		}
		break
	}
	if i < len(s.toks) && s.toks[i].Kind == tokNum && s.toks[i].Plain && s.toks[i].Num < 100 {
		i++ // a count first: "Sunday's 12 singles matches"
	}
	if i+1 < len(s.toks) && (s.wordIs(i, "men") || s.wordIs(i, "women")) && s.wordIs(i+1, "'s") {
		i += 2 // a field first: "Sunday's men's downhill"
	}
	for j, n := i, 0; n < 3 && j < len(s.toks); j++ {
		if s.inList(j, s.t.lists.scheduled) || s.formAt(j, s.t.lists.scheduled) { // "run-off" is three tokens
			return true
		}
		if s.innerHyphen(j) || s.wordIs(j, ",") && j+1 < len(s.toks) && s.toks[j+1].Kind == tokWord && !s.toks[j+1].Cap && s.innerHyphen(j+2) {
			continue // (adjectives joined by hyphens and commas: "Wednesday's first-round, first-leg match")
		}
		if s.toks[j].Kind != tokWord {
			return false
		}
		if !s.innerHyphen(j+1) && !((s.wordIs(j, "and") || s.wordIs(j, "or")) && j > i && j+1 < len(s.toks) && s.toks[j+1].Kind == tokWord && !s.toks[j+1].Cap) {
			n++ // (a hyphenated word counts once, and so do two adjectives joined: "Saturday's presidential and parliamentary elections")
		}
	}
	return false
}

// deadlineOf returns the "of" of "a deadline of" before token i, past a
// clock time ("a deadline of noon Saturday"), or -1.
func (s *Session) deadlineOf(i int) int {
	for k := i - 1; k >= 2 && k >= i-4; k-- {
		if s.wordIs(k, "of") {
			if s.wordIs(k-1, "deadline") && s.wordIs(k-2, "a") {
				return k
			}
			return -1
		}
		if s.toks[k].Kind == tokPunct && !s.wordIs(k, ".") && !s.wordIs(k, ":") {
			return -1
		}
	}
	return -1
}

// eventApproaching reports whether an event named after token i draws
// near: "the Nov. 3 presidential election approaching".
func (s *Session) eventApproaching(i int) bool {
	for j := i; j < i+4 && j+1 < len(s.toks) && s.toks[j].Kind == tokWord; j++ {
		if s.inList(j, s.t.lists.scheduled) && s.inList(j+1, s.t.lists.approach) {
			return true
		}
	}
	return false
}

// nounAfterTo reports whether the "to" after the verb at token i opens a
// noun phrase ("agreed to the proposal on Monday") rather than a verb.
func (s *Session) nounAfterTo(i int) bool {
	for j := i + 1; j < i+3 && j+1 < len(s.toks); j++ {
		if !s.wordIs(j, "to") {
			continue
		}
		n := s.toks[j+1]
		// (and a preposition: "the ceasefire he agreed to in October" has
		// no infinitive)
		return n.Kind != tokWord || n.Cap || n.Word >= 0 && (s.t.lex.inClass(n.Word, s.t.lists.determiners) || s.t.lex.inClass(n.Word, s.t.lists.prepositions))
	}
	return false
}

// mayBefore reports whether "could", "may" or "might" stands before token
// i in its clause, nearer than any tense marker: a possibility, which
// looks ahead ("said a front could bring rain by Wednesday night").
func (s *Session) mayBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, "could") || s.wordIs(j, "may") && !s.toks[j].Cap || s.wordIs(j, "might") {
			return !s.wordIs(j+1, "not") && !(s.wordIs(j+1, "have") && !s.wordIs(j+2, "to"))
		}
		if v := s.tenseOf(j); v != tenseUnknown && !(v == tensePast && j > 0 && s.isBe(j-1)) {
			return false // (a participle after "be" is the modal's: "could be held")
		}
	}
	return false
}

// aheadOfQuarter reports whether the clause of m, a quarter or a half,
// looks ahead: a modal governs the verb before it ("computer makers would
// begin shipping machines in the second half", "more failures could come
// in the first quarter") or stands right after it ("output in the fourth
// quarter would suffer"), or an expecting verb's infinitive leads to it
// ("expect the bull market to continue into the third quarter", "expects
// to deliver 100 million doses by the end of the first quarter"). A
// modal's perfect ("would have") looks back.
func (s *Session) aheadOfQuarter(m *match) bool {
	ahead := func(k int) bool {
		return (s.isModal(k) && !s.wordIs(k, "must") && !s.wordIs(k, "can") || s.wordIs(k, "may") && !s.toks[k].Cap) && !s.haveAfter(k)
	}
	for j := m.start - 1; j >= 0 && j >= m.start-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.wordIs(j, ",") || s.wordIs(j, ";") {
			break
		}
		if ahead(j) || s.toks[j].Word == s.t.lists.idTo && s.expectingBefore(j) {
			return true
		}
		if s.tenseOf(j) == tenseUnknown {
			continue
		}
		k := j - 1
		for k >= 0 && (s.wordIs(k, "not") || s.isAdverb(k)) {
			k--
		}
		if k >= 0 && ahead(k) {
			return true
		}
		if k >= 1 && s.toks[k].Word == s.t.lists.idTo && s.expectingBefore(k) {
			return true
		}
		break
	}
	for k := m.end; k < len(s.toks) && k <= m.end+2; k++ {
		if ahead(k) {
			return true
		}
		if s.toks[k].Kind == tokPunct || s.tenseOf(k) != tenseUnknown || s.wordIs(k, "and") || s.wordIs(k, "but") || s.wordIs(k, "or") {
			break // ("shrank in the fourth quarter and will contract further": another verb's)
		}
	}
	return false
}

// startBefore reports whether a start word opens the phrase that ends at
// token i, over "on", "at", "in" and names: "a tour, opening in Sheffield
// on September 6", "effective March 3".
func (s *Session) startBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		t := s.toks[j]
		if s.inList(j, s.t.lists.start) {
			return true
		}
		if !(s.wordIs(j, "on") || s.wordIs(j, "at") || s.wordIs(j, "in") || t.Kind == tokWord && t.Cap) {
			return false
		}
	}
	return false
}

// willBefore reports whether the nearest tense marker before token i is
// a plain future: "will", "'ll", "shall", "won't".
func (s *Session) willBefore(i int) bool {
	low := i - tenseBefore
	for j := i - 1; j >= 0 && j >= low && !s.sentenceStart(j+1); j-- {
		if k := s.relativeAsideStart(j); s.wordIs(j, ",") && k > 0 {
			// "will meet Spain, who edged past Sweden on Tuesday, in
			// Sunday's final": the verb before the relative clause
			low -= j - k
			j = k
			continue
		}
		if s.tenseOf(j) != tenseUnknown {
			will := func(k int) bool {
				if k < 0 {
					return false
				}
				t := s.toks[k]
				w := strings.ToLower(s.r.text[t.Start:t.End])
				return w == "will" || w == "shall" || w == "won't" || w == "wo" || strings.HasSuffix(w, "'ll")
			}
			// ("will not play in Saturday's league match": the verb after
			// "will not" is its)
			// ("will be presented after Saturday's home match": a passive)
			// ("will play in Sunday's final": the verb after "will" is its)
			// ("will also vote in Tuesday's primary", "will not be held
			// until Sunday's final": adverbs and "be" between)
			k := j - 1
			for k >= 0 && k > low && (s.isAdverb(k) || s.wordIs(k, "be")) {
				k--
			}
			return will(j) || will(k)
		}
	}
	return false
}

// pastFiniteBefore reports whether the nearest tense before token i in
// its sentence is a past verb that is no participle on a noun: "came
// just before", "sending four players home before" after "said … he had".
func (s *Session) pastFiniteBefore(i int) bool {
	v, k := s.scanTenseAt(i, -1)
	if v != tensePast || k < 0 || !s.sameSentence(k, i) {
		return false
	}
	if (k > 0 && s.isBe(k-1) || s.isBe(k) && k+1 < i && s.tenseOf(k+1) == tensePast) &&
		!s.anyBetween(k, i, func(j int) bool { return s.inList(j, s.t.lists.incidents) }) {
		return false // a passive sets things up: "troops were deployed before Sunday's election" (not "were killed in clashes before")
	}
	return !(k > 0 && s.toks[k-1].Kind == tokWord && !s.isPerfect(k-1) && s.tenseOf(k-1) == tenseUnknown && !s.toks[k-1].Cap && s.inList(k-1, s.t.lists.determiners))
}

// contractMonth reports whether the month at m is followed by a traded
// good and names its contract ("December corn fell", "Nymex January gas
// settled", "Speculators sold March copper"): not after a preposition
// ("Since January gold has gained"), not before figures, data or an
// incident ("January gold demand", "the June crude spill"), and not after
// a determiner ("the January gold rally", "The average October silver
// price") unless a market word follows ("the benchmark March copper
// contract").
func (s *Session) contractMonth(m *match) bool {
	if m.end >= len(s.toks) || !s.inList(m.end, s.t.lists.traded) {
		return false
	}
	if m.start > 0 && (s.inList(m.start-1, s.t.lists.prepositions) || s.sequelWord(m.start-1) || s.wordIs(m.start-1, "until") || s.wordIs(m.start-1, "before") || s.wordIs(m.start-1, "by")) {
		return false
	}
	if s.anyBetween(m.end+1, min(m.end+2, len(s.toks)-1), func(k int) bool {
		return s.inList(k, s.t.lists.figures) || s.inList(k, s.t.lists.tradedData) || s.inList(k, s.t.lists.incidents)
	}) {
		return false
	}
	if m.start > 0 && !s.sentenceStart(m.start) &&
		(s.inList(m.start-1, s.t.lists.determiners) && !s.wordIs(m.start-1, "that") || m.start > 1 && s.inList(m.start-2, s.t.lists.determiners) && s.toks[m.start-1].Kind == tokWord && !s.toks[m.start-1].Cap) {
		// "the January gold rally", "The average October silver price"
		// (but "the benchmark March copper contract" names its contract)
		k := m.end + 1
		for k < len(s.toks) && k <= m.end+2 && s.inList(k, s.t.lists.traded) {
			k++
		}
		return k < len(s.toks) && s.inList(k, s.t.lists.futures)
	}
	return true
}

// pluperfectBefore reports whether "had" with a past participle stands
// before token i in its sentence: "said it had installed cameras … before
// Sunday's election" (not "had no regrets").
func (s *Session) pluperfectBefore(i int) bool {
	for k := i - 1; k > 0 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k-1, "had") && s.toks[k].Kind == tokWord && (s.formAt(k, s.t.lists.past) || strings.HasSuffix(s.r.text[s.toks[k].Start:s.toks[k].End], "ed")) {
			return true
		}
	}
	return false
}

// reactionBefore reports whether the words just before token i react to
// an event rather than take part in it: "may appeal Wednesday's
// decision", "could come under pressure after Thursday's decision", "may
// challenge Sunday's vote", "react to Thursday's statement".
func (s *Session) reactionBefore(i int) bool {
	return s.reactionWordBefore(i) || s.anyBetween(max(i-2, 0), i-1, s.sequelWord)
}

// reactionWordBefore is reactionBefore without the words of sequel: an
// expectation may look past an event still ahead ("Sterling is expected
// to rally after Tuesday's vote").
func (s *Session) reactionWordBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if s.inList(k, s.t.lists.reactionWords) {
			return true
		}
	}
	return false
}

// partakeBefore reports whether the word before token i takes part in an
// event rather than reacting to one: "win Sunday's election", "play in
// Saturday's final" (not "appeal against", "react to", "the results of",
// "overturn", "after").
func (s *Session) partakeBefore(i int) bool {
	return i > 0 && (s.wordIs(i-1, "in") || s.wordIs(i-1, "at") || s.wordIs(i-1, "for") || s.wordIs(i-1, "win") || s.wordIs(i-1, "contest") ||
		s.wordIs(i-1, "attend") || s.wordIs(i-1, "host") || s.wordIs(i-1, "into") || s.wordIs(i-1, "lose") || s.wordIs(i-1, "boycott") ||
		s.wordIs(i-1, "watch") || s.wordIs(i-1, "chair") || s.wordIs(i-1, "address"))
}

// expectedNow reports whether the nearest tense before token i in its
// sentence is an expectation told in the present: "is expected to win
// Sunday's election", "hopes to contest Saturday's final" (not "was
// expected to", "had hoped to", nor a modal).
func (s *Session) expectedNow(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	if v != tenseFuture || k < 0 || s.isModal(k) || !s.sameSentence(k, i) || s.commaBetween(k, i) {
		return false
	}
	if s.wordIs(k-1, "to") {
		// "hopes to play in Saturday's final": the expectation before the infinitive
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if s.formAt(j, s.t.lists.future) {
				k = j
				break
			}
		}
		if !s.formAt(k, s.t.lists.future) || s.isModal(k) {
			return false
		}
	}
	if s.wordIs(k-1, "was") || s.wordIs(k-1, "were") || s.wordIs(k-1, "had") || s.wordIs(k-1, "been") {
		return false
	}
	w := s.r.text[s.toks[k].Start:s.toks[k].End]
	return s.wordIs(k-1, "is") || s.wordIs(k-1, "are") || s.wordIs(k-1, "am") || s.wordIs(k-1, "'re") ||
		s.wordIs(k-1, "'s") && !s.wordIs(k, "plan") && !s.wordIs(k, "plans") && !s.wordIs(k, "aim") && !s.wordIs(k, "aims") && !s.wordIs(k, "hope") && !s.wordIs(k, "hopes") || // (but "Gorbachev's plan to preserve the union in Sunday's referendum" is a possessive's noun)
		s.wordIs(k-1, "look") || s.wordIs(k-1, "looks") || s.wordIs(k-1, "seem") || s.wordIs(k-1, "seems") || s.wordIs(k-1, "appear") || s.wordIs(k-1, "appears") || // "French voters look set to reject the text in Sunday's referendum"
		!strings.HasSuffix(w, "ed") && endsLikePlural(w)
}

// plannedInPluperfect reports whether the future marker nearest before
// token i is a participle of planning ("planned for", "scheduled") and the
// sentence is told in the pluperfect before it ("had pulled out").
func (s *Session) plannedInPluperfect(i int) bool {
	j := i - 1
	for ; j >= 0 && j >= i-tenseBefore && !s.sentenceStart(j+1); j-- {
		if s.tenseOf(j) != tenseUnknown {
			break
		}
	}
	if j < 0 || s.tenseOf(j) != tenseFuture || !(s.wordIs(j, "planned") || s.wordIs(j, "scheduled") || s.wordIs(j, "slated") || s.wordIs(j, "set")) {
		return false
	}
	if j > 0 && s.isBe(j-1) {
		return false // "is scheduled to close Monday": the plan itself
	}
	if s.scanTense(i+1, 1) == tenseFuture {
		return false // "talks scheduled for Thursday will go ahead"
	}
	for k := j - 1; k >= 0 && k >= j-3*tenseBefore && !s.sentenceStart(k+1); k-- {
		// "had pulled out of a meeting planned for Thursday", "postponed
		// a concert scheduled for Sunday": a plan seen from the past
		if s.wordIs(k, "had") || s.toks[k].Word >= 0 && (s.formAt(k, s.t.lists.past) || s.t.lex.inClass(s.toks[k].Word, s.t.lists.postpone)) {
			return true
		}
		if v := s.tenseOf(k); v == tenseFuture || v == tensePresent {
			return false
		}
	}
	return false
}

// finiteVerb reports whether token i is a future verb by its own list and
// its checks ("expects", but not "a plan"); presents are too often nouns
// ("opposition votes helped pass the bill").
func (s *Session) finiteVerb(i int) bool {
	// ("Growth likely eased": an adverb, and the -ed word is the verb)
	return s.formAt(i, s.t.lists.future) && s.tenseOf(i) == tenseFuture && !s.wordIs(i, "likely")
}

// verbFollows reports whether what comes after the word in -ed at token i
// suits a verb rather than an adjective: a preposition, a determiner, a
// stop ("that culminated in", "that collapsed."), not a noun ("that
// disputed plan").
func (s *Session) verbFollows(i int) bool {
	if i+1 >= len(s.toks) {
		return true
	}
	n := s.toks[i+1]
	if n.Kind != tokWord {
		return n.Kind == tokPunct
	}
	return n.Word >= 0 && (s.t.lex.inClass(n.Word, s.t.lists.prepositions) || s.t.lex.inClass(n.Word, s.t.lists.determiners))
}

// isAdverb reports whether token i is an adverb that may stand between an
// auxiliary and its participle: "now", "also", "still", "widely".
func (s *Session) isAdverb(i int) bool {
	t := s.toks[i]
	if t.Kind != tokWord {
		return false
	}
	w := s.r.text[t.Start:t.End]
	return strings.HasSuffix(w, "ly") && !t.Cap && !s.t.lex.inClass(t.Word, s.t.lists.lyNouns) || s.t.lex.inClass(t.Word, s.t.lists.adverbs)
}

// adverbsAfterDeterminer reports whether the word at token i follows a
// determiner and one to three adverbs or ordinals, and comes before a
// noun: "the most closely watched news conference", "a widely expected
// cut", "the first powered flight" are adjectives, not past verbs ("This
// finally happened on Sunday" is one).
func (s *Session) adverbsAfterDeterminer(i int) bool {
	k := i - 1
	for ; k >= 0 && k >= i-3 && (s.isAdverb(k) || s.wordIs(k, "most") || s.wordIs(k, "more") || s.wordIs(k, "less") || s.ordinal(k)); k-- {
	}
	if k >= i-1 || k < 0 || !s.inList(k, s.t.lists.determiners) || s.wordIs(k, "that") || s.wordIs(k, "this") || s.wordIs(k, "these") || s.wordIs(k, "those") {
		return false
	}
	n := i + 1
	return n < len(s.toks) && s.toks[n].Kind == tokWord && !s.inList(n, s.t.lists.prepositions) && !s.inList(n, s.t.lists.determiners)
}

// inList reports whether token i is a word of list c (inClass is false
// for unknown words).
func (s *Session) inList(i int, c *classInfo) bool {
	// (a token past either end is in no list: FuzzTag found "A00 on
	// TuesdAY a00ed", whose last word a look after the date reached past)
	return i >= 0 && i < len(s.toks) && s.t.lex.inClass(s.toks[i].Word, c)
}

func (s *Session) isModal(i int) bool { return s.inList(i, s.t.lists.modal) }

func (s *Session) isPerfect(i int) bool { return s.inList(i, s.t.lists.perfect) }

func (s *Session) isBe(i int) bool { return s.inList(i, s.t.lists.be) }

// anyBetween reports whether some token among i..j (at most maxSpan of
// them, the last ones) satisfies ok.
func (s *Session) anyBetween(i, j int, ok func(k int) bool) bool {
	if i > j {
		i, j = j, i
	}
	for k := max(i, j-maxSpan, 0); k <= j && k < len(s.toks); k++ {
		if ok(k) {
			return true
		}
	}
	return false
}

// wordBetween reports whether word w stands among tokens i..j.
func (s *Session) wordBetween(i, j int, w string) bool {
	return s.anyBetween(i, j, func(k int) bool { return s.wordIs(k, w) })
}

// eventBetween reports whether a scheduled event ("strike", "march",
// "vote") stands among tokens i..j.
func (s *Session) eventBetween(i, j int) bool {
	return s.anyBetween(i, j, func(k int) bool { return s.inList(k, s.t.lists.scheduled) })
}

// namingVerb reports whether token i sets a day for something: "has
// declared Tuesday a holiday".
func (s *Session) namingVerb(i int) bool {
	t := s.toks[i]
	w := s.r.text[t.Start:t.End]
	for _, v := range [...]string{"declared", "named", "designated", "proclaimed", "chosen", "picked", "set"} {
		if strings.EqualFold(w, v) {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma stands between tokens i and j.
func (s *Session) commaBetween(i, j int) bool {
	comma := s.t.lex.punct[',']
	return s.anyBetween(i, j, func(k int) bool { return s.toks[k].Kind == tokPunct && s.toks[k].Word == comma })
}

// maxSpan bounds the scans between two tokens, so that text without
// punctuation does not make them quadratic.
const maxSpan = 200

// sentencesBetween counts the sentences that begin after token i up to
// token j.
func (s *Session) sentencesBetween(i, j int) int {
	n := 0
	for k := max(i+1, j-maxSpan, 0); k <= j && k < len(s.toks); k++ {
		if s.sentenceStart(k) {
			n++
		}
	}
	return n
}

// sentenceStart reports whether token i begins a sentence.
func (s *Session) sentenceStart(i int) bool {
	if i <= 0 || i >= len(s.toks) {
		return true
	}
	t := s.toks[i]
	if t.SpaceBefore >= 3 {
		return true
	}
	if !t.Cap {
		return false
	}
	if s.clockStop(i - 1) {
		// "… again at 3 p.m. Stocks fell in early trading": the stop of
		// "p.m." ends the sentence too, unless a day, a month or a zone
		// goes on with the time ("at 3 p.m. Friday", "10 a.m. Moscow time")
		lex := s.t.lex
		w := t.Word
		return !(w >= 0 && (lex.inClass(w, lex.classes["weekday"]) || lex.inClass(w, lex.classes["weekdays"]) || lex.inClass(w, lex.classes["month"]) ||
			lex.inClass(w, lex.classes["month_abbr"]) || lex.inClass(w, lex.classes["time_zone"]) || lex.inClass(w, lex.classes["holiday"])) ||
			s.wordIs(i+1, "time") || s.wordIs(i+2, "time") || t.Upper && t.End-t.Start <= 4)
	}
	// a stop, possibly followed by closing quotes or brackets: `said." Then`
	for j := i - 1; j >= 0 && i-j <= 3; j-- {
		p := s.toks[j]
		if p.Kind != tokPunct {
			return false
		}
		switch s.r.text[p.Start:p.End] {
		case ".":
			// "St. Petersburg", "Gov. Lawton Chiles": a title's stop;
			// "John F. Kennedy": a middle initial's before a name the
			// lexicon does not know (but "the U.S. The" and "the winner
			// of Group B. On Sunday" end a sentence)
			return !(j > 0 && s.toks[j-1].End == p.Start && (s.inList(j-1, s.t.lists.titles) || s.middleInitial(j-1) && t.Word < 0))
		case "!", "?":
			return true
		case "\"", "'", ")", "]", "\u201d", "\u2019":
			continue
		}
		return false
	}
	return false
}

// pluralSubject reports whether token i looks like a plural subject:
// "they", "we", or a lower-case noun in -s ("talks", "celebrations"), but
// not "was", "has", "this" and their like.
func (s *Session) pluralSubject(i int) bool {
	if i < 0 || s.toks[i].Kind != tokWord || s.toks[i].Cap && i > 0 && !s.sentenceStart(i) {
		return false
	}
	w := strings.ToLower(s.r.text[s.toks[i].Start:s.toks[i].End])
	return w == "they" || w == "we" || pluralWord(w)
}

// pluralWord reports whether lower-case w reads as a plural noun: a word
// in -s, but not "was", "has", "this" and their like.
func pluralWord(w string) bool {
	switch w {
	case "was", "has", "is", "as", "this", "his", "its", "us", "does", "yes", "thus", "plus", "less", "unless", "across", "perhaps", "always", "sometimes", "whereas":
		return false
	}
	return len(w) > 3 && endsLikePlural(w)
}

// pluralHeadOf reports whether the words before token i are a plural
// noun with an "of" phrase after it, up to twelve words: "Leaders of the
// Group of Eight arrive", "156 years of rule over Hong Kong end".
func (s *Session) pluralHeadOf(i int) bool {
	for j := i - 1; j > 0 && j >= i-12 && !s.sentenceStart(j+1); j-- {
		t := s.toks[j]
		if t.Kind == tokNum && s.toks[j-1].Kind == tokWord && s.r.text[s.toks[j-1].Start:s.toks[j-1].End] != strings.ToLower(s.r.text[s.toks[j-1].Start:s.toks[j-1].End]) && !s.sentenceStart(j-1) {
			continue // a model's number: "Orders for the iPhone 8 open Friday"
		}
		if t.Kind != tokWord || s.isBe(j) || s.isModal(j) || s.wordIs(j, "that") || s.wordIs(j, "who") || s.wordIs(j, "which") ||
			s.wordIs(j, "before") || s.wordIs(j, "after") || s.wordIs(j, "during") || // (another clause's phrase: "in the weeks before the vote on Sunday")
			!t.Cap && t.Word >= 0 && s.tenseOf(j) != tenseUnknown {
			return false
		}
		if (s.wordIs(j, "of") || s.wordIs(j, "for") || s.wordIs(j, "in") || s.wordIs(j, "from") || s.wordIs(j, "across")) && j < i-1 { // ("Voters in the eastern state of Brandenburg elect", "Voters in the seventh and final phase of the national election go": twelve words back)
			if p := s.toks[j-1]; p.Kind == tokWord && (!p.Cap || s.sentenceStart(j-1) || j > 1 && s.toks[j-2].Kind == tokPunct) && s.tenseOf(j-1) == tenseUnknown {
				if pluralWord(strings.ToLower(s.r.text[p.Start:p.End])) && !s.objectBefore(j-1) {
					return true
				}
			}
		}
	}
	return false
}

// tenseOf is the tense a single word marks.
func (s *Session) tenseOf(i int) int {
	// the tense scans of a piece ask about the same words again and again
	if m := s.tenseMemo[i]; m != 0 {
		return int(m) - 2
	}
	// (while the word's tense is being read, a test that asks about it
	// again reads no tense: an -ed word before a timetable's verb asks
	// about that verb, whose subject test asks about the -ed word, and
	// round again)
	s.tenseMemo[i] = int8(tenseUnknown + 2)
	v := s.tenseOfWord(i)
	if t := &s.toks[i]; v != tenseUnknown && t.Cap && i > 0 && !s.sentenceStart(i) && (s.inList(i-1, s.t.lists.determiners) || s.toks[i-1].Kind == tokWord && s.toks[i-1].Cap && !s.sentenceStart(i-1)) &&
		!s.titleCaseLine(i) {
		v = tenseUnknown // a name's word: "at the Rose Bowl on Sunday", "the Long March"
	}
	if v != tenseUnknown && i > 3 && s.isQuote(i-1) && s.isQuote(i-3) && s.toks[i-3].End == s.toks[i-2].Start && s.toks[i-2].End == s.toks[i-1].Start &&
		s.inList(i-4, s.t.lists.determiners) {
		v = tenseUnknown // a noun after a quoted word that qualifies it: `a "yes" vote in a televised address Thursday night`
	}
	if v == tensePast && s.compoundAdjective(i) {
		v = tenseUnknown // "will tour flood-ravaged south Louisiana on Tuesday": an adjective
	}
	if v == tensePast && s.adjectiveAfterBareVerb(i) {
		v = tenseUnknown // "said it may allow limited buying again on Friday": an adjective
	}
	if v == tensePast && !s.isBe(i) {
		s.tenseMemo[i] = int8(v + 2) // (the scan back may ask about this word again)
		if s.wantedDone(i) {
			v = tenseUnknown // "want the vote moved to March", "want the suspects held until Friday"
		}
	}
	if t := &s.toks[i]; v == tenseFuture && i > 0 && strings.HasSuffix(s.r.text[t.Start:t.End], "ing") && s.inList(i-1, s.t.lists.beginnings) {
		v = tenseUnknown // "We started planning for this in July": the verb of beginning before it carries the tense
	}
	if v == tensePresent && i >= 2 && (s.wordIs(i-1, "not") || s.wordIs(i-1, "n't")) && (s.wordIs(i-2, "did") || s.wordIs(i-2, "didn")) {
		v = tensePast // "the two sides did not meet again until Wednesday": "did" carries the tense
	}
	if t := &s.toks[i]; v == tensePresent && t.Cap && s.sentenceStart(i) && s.r.text[t.End-1] == 's' && !s.isBe(i) {
		v = tenseUnknown // a sentence opens with a noun, not a verb: "Races on Sunday were cancelled"
	}
	if t := &s.toks[i]; v == tensePresent && !t.Cap && i > 0 && endsLikePlural(s.r.text[t.Start:t.End]) && !s.isBe(i) && !s.isModal(i) &&
		(s.inList(i-1, s.t.lists.prepositions) && s.toks[i-1].Word != s.t.lists.idTo || s.wordIs(i-1, "the")) {
		v = tenseUnknown // a plural after a preposition or "the" is a noun: "relied on votes on Saturday"
	}
	if t := &s.toks[i]; v == tensePresent && !t.Cap && !s.isBe(i) && !s.isModal(i) && !endsLikePlural(s.r.text[t.Start:t.End]) &&
		(i > 0 && (s.wordIs(i-1, "a") || s.wordIs(i-1, "an")) || i > 1 && (s.wordIs(i-2, "a") || s.wordIs(i-2, "an")) && s.toks[i-1].Kind == tokWord && !s.toks[i-1].Cap) {
		v = tenseUnknown // a singular after "a" or "an" is a noun: "to call an early vote in Thursday's address"
	}
	s.tenseMemo[i] = int8(v + 2)
	return v
}

// compoundAdjective reports whether the past form at token i ends a
// hyphenated compound before a bare noun, an adjective: "will tour
// flood-ravaged south Louisiana on Tuesday", "U.S.-led forces": it
// stands where a noun phrase starts (after a verb, a preposition, a
// determiner or a comma). After a subject it is a verb, and so it is
// before an object with its determiner or number ("North Korea
// test-fired six missiles", "rubber-stamped the bill"); a prefix makes
// a verb of its own ("was re-elected", "co-founded").
func (s *Session) compoundAdjective(i int) bool {
	if i < 2 || i+1 >= len(s.toks) || !s.innerHyphen(i-1) || s.toks[i-2].Kind != tokWord || s.inList(i-2, s.t.lists.verbPrefixes) {
		return false
	}
	if b := i - 3; !(s.sentenceStart(i-2) || s.wordIs(b, ",") || s.inList(b, s.t.lists.determiners) || s.inList(b, s.t.lists.prepositions) ||
		s.toks[b].Kind == tokWord && !s.toks[b].Cap && (s.tenseOfWord(b) != tenseUnknown || s.isModal(b-1) || b > 0 && s.toks[b-1].Word == s.t.lists.idTo)) {
		return false // after a subject, a verb: "the council fast-tracked approvals"
	}
	n := s.toks[i+1]
	return n.Kind == tokWord && !s.inList(i+1, s.t.lists.determiners) && !s.inList(i+1, s.t.lists.prepositions) && !s.wordIs(i+1, "it") && !s.wordIs(i+1, "them") && !s.wordIs(i+1, "him") && !s.wordIs(i+1, "her") &&
		!(n.Word >= 0 && s.t.lex.isNumberWord(n.Word)) && !s.wordIs(i+1, "and") && !s.wordIs(i+1, "or")
}

// adjectiveAfterBareVerb reports whether the past form at token i stands
// between a bare verb, which a modal or "to" brings in (maybe past "not"
// or an adverb), and a noun: an adjective on the verb's object, with no
// tense of its own ("may allow limited buying again on Friday", "to offer
// discounted fares on Saturday", "would not allow limited trading"). After
// "be", "have" or "get" it is the verb's participle ("will be closed",
// "will have finished", "will get married"); before an adverb, a particle,
// a word of direction, a preposition, a determiner or a pronoun it is a
// verb of its own, the main verb after a relative clause on the subject
// ("Residents who could leave fled inland on Monday").
func (s *Session) adjectiveAfterBareVerb(i int) bool {
	if i < 2 || i+1 >= len(s.toks) {
		return false
	}
	b, n := s.toks[i-1], s.toks[i+1]
	if b.Kind != tokWord || b.Cap || n.Kind != tokWord || n.Cap || s.isBe(i-1) || s.isPerfect(i-1) || s.isModal(i-1) || s.wordIs(i-1, "get") ||
		s.wordIs(i-1, "not") || s.isAdverb(i-1) || s.tenseOfWord(i-1) != tenseUnknown {
		return false
	}
	o := i - 2 // the modal or "to", past one "not" or adverb
	if o > 0 && (s.isAdverb(o) || s.wordIs(o, "n't")) {
		o--
	}
	if !(s.isModal(o) || s.wordIs(o, "may") && !s.toks[o].Cap || s.toks[o].Word == s.t.lists.idTo) {
		return false
	}
	if s.wordIs(o-1, "that") {
		return false // a relative clause on the subject: "Residents that could leave boarded ferries"
	}
	for k := o - 1; k >= 0 && k >= o-4 && !s.sentenceStart(k+1) && !s.wordIs(k, ","); k-- {
		if s.inList(k, s.t.lists.relative) {
			return false // "Those who could afford to leave fled north on Monday"
		}
	}
	// (a word of direction before a noun qualifies it: "would offer
	// subsidized home loans")
	direction := s.inList(i+1, s.t.lists.directions) && !(i+2 < len(s.toks) && s.toks[i+2].Kind == tokWord && !s.toks[i+2].Cap &&
		!s.inList(i+2, s.t.lists.prepositions) && !s.isAdverb(i+2) && !s.inList(i+2, s.t.lists.clauseWords))
	return !s.isAdverb(i+1) && !s.inList(i+1, s.t.lists.verbParticles) && !direction &&
		!s.inList(i+1, s.t.lists.prepositions) && !s.inList(i+1, s.t.lists.determiners) && !s.inList(i+1, s.t.lists.objectPronouns) &&
		!s.wordIs(i+1, "and") && !s.wordIs(i+1, "or") && !s.wordIs(i+1, "but")
}

// adjectiveAfterPreposition reports whether the word at i stands between
// a preposition and a plural noun, as an adjective: "slept in open fields
// on Saturday night" (not "to open", an infinitive).
func (s *Session) adjectiveAfterPreposition(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || s.toks[i-1].Word == s.t.lists.idTo || !s.inList(i-1, s.t.lists.prepositions) {
		return false
	}
	return s.plainPlural(i + 1)
}

// plainPlural reports whether token k is a lower-case word in -s with no
// tense of its own, a plural noun ("fields"). It asks tenseOfWord, not
// tenseOf: the tense tests that call it run inside tenseOf.
func (s *Session) plainPlural(k int) bool {
	t := s.toks[k]
	return t.Kind == tokWord && !t.Cap && s.tenseOfWord(k) == tenseUnknown && endsLikePlural(s.r.text[t.Start:t.End])
}

// nounPairAround reports whether the word at i, after "and", stands
// between two plural nouns in a phrase a preposition opens, as an
// adjective: "slept in tents and open fields on Saturday night" (not
// "were closed on Friday and open Monday").
func (s *Session) nounPairAround(i int) bool {
	if i < 3 || i+1 >= len(s.toks) || !s.plainPlural(i-2) || !s.plainPlural(i+1) {
		return false
	}
	return s.inList(i-3, s.t.lists.prepositions) || s.inList(i-4, s.t.lists.prepositions) && s.toks[i-3].Kind == tokWord && !s.toks[i-3].Cap
}

// verbBeforeAnd reports whether a verb with a tense stands in the clause
// before the "and" at token i, so that a bare verb after it goes on the
// same subject: "Markets were closed on Friday and reopen Monday", "The
// rituals began on Thursday and end on Tuesday" (a past form after "and"
// would be "reopened": the bare one is the plural's present).
func (s *Session) verbBeforeAnd(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") {
			return false
		}
		if s.toks[k].Kind == tokWord && !s.toks[k].Cap && s.tenseOfWord(k) != tenseUnknown {
			return true
		}
	}
	return false
}

// perceivedAt reports whether token i is a participle of perceiving:
// "Smoke could be seen across the valley on Sunday", "Gunfire could be
// heard Sunday night" tell what was there to see or hear.
func (s *Session) perceivedAt(i int) bool {
	return s.wordIs(i, "seen") || s.wordIs(i, "heard") || s.wordIs(i, "felt") || s.wordIs(i, "smelled") || s.wordIs(i, "smelt") || s.wordIs(i, "spotted") || s.wordIs(i, "glimpsed")
}

// incidentDayAt reports whether the day at token i follows an incident
// it dates, with only its complement between: "the invasion last
// Thursday", "Iraq's invasion of Kuwait last Thursday".
func (s *Session) incidentDayAt(i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		if s.inList(k, s.t.lists.incidents) {
			// a noun with its determiner or possessive ("the invasion",
			// "Iraq's invasion"), not "was shot to death early Saturday"
			return s.wordIs(k-1, "the") || s.wordIs(k-1, "'s")
		}
		if s.wordIs(k, "on") || s.wordIs(k, "of") || s.toks[k].Kind == tokWord && s.toks[k].Cap && k < i-1 {
			continue
		}
		if !(k == i-1 && s.toks[k].Kind == tokWord && s.toks[k].Cap) {
			return false
		}
	}
	return false
}

// negatedBefore reports whether a word of negation stands in the clause
// before token i: "Neither he nor the grandparents could be located
// Wednesday" tells of a day gone by.
func (s *Session) negatedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, ",") || s.wordIs(k, ";") {
			return false
		}
		if s.wordIs(k, "neither") || s.wordIs(k, "nor") || s.wordIs(k, "no") || s.wordIs(k, "nobody") || s.wordIs(k, "none") || s.wordIs(k, "never") {
			return true
		}
	}
	return false
}

// stateBeforeDay reports whether a participle stands right before the day
// at token i, past an "on": "were ordered closed on Monday to mark
// Juneteenth" dates the state, which may lie ahead of the telling.
func (s *Session) stateBeforeDay(i int) bool {
	return s.participleBeforeDay(i) >= 0
}

// participleBeforeDay returns the token of a participle right before the
// day at token i, past an "on" ("closed Monday", "shut on Tuesday"), or -1.
func (s *Session) participleBeforeDay(i int) int {
	p := i - 1
	if s.wordIs(p, "on") {
		p--
	}
	if p >= 0 && s.participle(p) && !s.isBe(p) {
		return p
	}
	return -1
}

// orderedStateBefore reports whether the day at token i dates the state
// an order's object is to be in, told by a participle right before it:
// "Gov. Mark Dayton on Friday ordered all public schools closed Monday",
// "ordered state offices shut on Tuesday".
func (s *Session) orderedStateBefore(i, end int) bool {
	p := s.participleBeforeDay(i)
	if p < 3 || s.isBe(p-1) || !s.sameSentence(p, i) {
		return false
	}
	if end < len(s.toks) && s.participle(end) {
		return false // (the day dates a deed inside the object: "ordered all documents seized Monday returned to the company")
	}
	// the object between has no verb, "to" or comma of its own
	for k := p - 1; k >= 1 && k >= p-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "ordered") || s.wordIs(k, "orders") || s.wordIs(k, "ordering") {
			return k < p-1 && !s.wordIs(k-1, "had") && !s.wordIs(k-2, "had")
		}
		if s.toks[k].Kind != tokWord || s.toks[k].Word == s.t.lists.idTo || s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") {
			return false
		}
	}
	return false
}

// participleOnObject reports whether "prepared" at token i follows the
// noun a past verb took as its object: a participle on that noun, not the
// clause's verb ("handed out meals prepared to feed 500 families").
func (s *Session) participleOnObject(i int) bool {
	n := i - 1
	if n < 1 || !s.wordIs(i, "prepared") || s.toks[n].Kind != tokWord || s.toks[n].Cap ||
		s.inList(n, s.t.lists.determiners) || s.tenseOf(n) != tenseUnknown || s.inList(n, s.t.lists.relative) {
		return false
	}
	k := n - 1
	if s.wordIs(k, "out") || s.wordIs(k, "up") || s.wordIs(k, "off") {
		k-- // a verb's particle: "handed out meals"
	}
	return k >= 0 && s.toks[k].Kind == tokWord && s.tenseOf(k) == tensePast && !s.inList(k, s.t.lists.reporting) // (not a report's clause: "said crews prepared to reopen the bridge on Monday")
}

// compoundObjectNoun reports whether token i ends a noun phrase of a
// determiner and up to three more lower-case words, the object of a bare
// verb or a preposition's noun: "will release a crop forecast on Monday"
// ("The government forecast growth", a subject's verb, is not one; nor is
// "said the government forecast", a reported clause's).
func (s *Session) compoundObjectNoun(i int) bool {
	if w := s.r.text[s.toks[i].Start:s.toks[i].End]; strings.HasSuffix(w, "ed") {
		return false // (no noun: "hoped", "predicted")
	}
	d := i - 1
	for ; d >= i-3 && d > 1 && s.toks[d].Kind == tokWord && !s.toks[d].Cap && !s.inList(d, s.t.lists.determiners) && s.tenseOf(d) == tenseUnknown &&
		!s.isAdverb(d) && !s.inList(d, s.t.lists.prepositions) && !s.wordIs(d, "and") && !s.wordIs(d, "or") && !s.wordIs(d, "not"); d-- {
	}
	if d == i-1 || d < 2 || !s.inList(d, s.t.lists.determiners) || !s.sameSentence(d-1, i) {
		return false
	}
	v := d - 1
	return s.inList(v, s.t.lists.prepositions) && s.toks[v].Word != s.t.lists.idTo ||
		s.toks[v].Kind == tokWord && !s.toks[v].Cap && (s.isModal(v-1) || s.toks[v-1].Word == s.t.lists.idTo)
}

// wantedDone reports whether the -ed word at token i follows the object
// of a verb of wanting: "some legislators want the vote moved to March",
// "needs the law changed". It is a participle, and the verb of wanting
// gives the tense.
func (s *Session) wantedDone(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !s.sentenceStart(k+1); k-- {
		t := s.toks[k]
		if s.inList(k, s.t.lists.wantObject) {
			return k < i-1
		}
		if s.wordIs(k, "to") || s.wordIs(k, "why") || s.wordIs(k, "how") || s.wordIs(k, "what") || s.wordIs(k, "whether") || s.wordIs(k, "if") || s.isBe(k) || s.isModal(k) {
			return false // ("want to know why the suspects were held"): no object
		}
		if t.Kind == tokNum || t.Kind == tokWord && (s.inList(k, s.t.lists.determiners) || t.Cap || s.wordIs(k, "'s") ||
			s.tenseOf(k) == tenseUnknown && !s.inList(k, s.t.lists.prepositions) && !s.inList(k, s.t.lists.relative) && !s.wordIs(k, "and") && !s.wordIs(k, "or") && !s.wordIs(k, "that")) {
			continue
		}
		return false
	}
	return false
}

// wouldBefore reports whether the tense before token i is read from
// "would" (a future seen from the past).
func (s *Session) wouldBefore(i int) bool {
	v, k := s.scanTenseAt(i-1, -1)
	return v == tenseFuture && k >= 0 && (s.wordIs(k, "would") || s.wordIs(k-1, "would"))
}

// objectBefore reports whether the noun at token i ends the object of a
// verb before it, not a subject: "Police let the protesters return",
// "Journalists saw the Iraqi guards leave" (a bare infinitive follows).
func (s *Session) objectBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5 && !s.sentenceStart(k+1); k-- {
		t := s.toks[k]
		if t.Kind == tokNum || s.innerHyphen(k) || t.Kind == tokWord && (s.inList(k, s.t.lists.determiners) || t.Cap || s.wordIs(k, "of")) {
			continue // inside the noun phrase ("dozens of climbers")
		}
		if t.Kind != tokWord {
			return false
		}
		if s.inList(k, s.t.lists.causative) || s.tenseOf(k) != tenseUnknown || s.isModal(k) {
			return true
		}
		if s.inList(k, s.t.lists.prepositions) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "and") || s.wordIs(k, "or") || s.wordIs(k, "that") {
			return false
		}
	}
	return false
}

// relativeThat reports whether "that" at token k opens a relative clause
// on the noun before it ("four days of celebrations that end with his
// swearing-in"), rather than a reported one ("said that …").
func (s *Session) relativeThat(k int) bool {
	if k < 1 || !s.wordIs(k, "that") {
		return false
	}
	n := &s.toks[k-1]
	w := s.r.text[n.Start:n.End]
	return n.Kind == tokWord && (!n.Cap || k > 1 && s.inList(k-2, s.t.lists.prepositions) && !s.sentenceStart(k-1)) && n.Word != s.t.lists.idTo && s.tenseOf(k-1) == tenseUnknown && // ("four days of Carnival that begin on Saturday": a name after a preposition)
		!s.t.lex.inClass(n.Word, s.t.lists.determiners) && !s.t.lex.inClass(n.Word, s.t.lists.prepositions) && !s.isAdverb(k-1) &&
		(!strings.HasSuffix(w, "ing") || s.ingNoun(k-1)) && !s.inList(k-1, s.t.lists.complement) && // ("following that vote", "allegations that …")
		!(k+2 < len(s.toks) && s.toks[k+2].Kind == tokWord && s.endsLikePluralNoun(k+2)) // ("that vote counts … were")
}

// endsLikePluralNoun reports whether token i reads as a plural noun
// ("counts", "tallies"): a lower-case word in -s that the lexicon does
// not know as a verb.
func (s *Session) endsLikePluralNoun(i int) bool {
	t := &s.toks[i]
	if t.Cap || s.tenseOf(i) != tenseUnknown {
		return false
	}
	w := s.r.text[t.Start:t.End]
	return len(w) > 3 && endsLikePlural(w)
}

// expectsBefore reports whether token k, or one of the two before it
// across a short object ("expect the ministers"), is a future marker that
// is no modal: what is expected to happen lies ahead.
func (s *Session) expectsBefore(k int) bool {
	l := &s.t.lists
	for j := k; j >= 0 && j >= k-2; j-- {
		if s.formAt(j, l.future) && !s.isModal(j) {
			return !s.wordIs(j-1, "had") // ("Many had expected the ministers to meet again in November": a hope gone by)
		}
		if s.toks[j].Kind != tokWord || s.isBe(j) || s.tenseOf(j) != tenseUnknown {
			return false // (only words without tense between: "expect the ministers to")
		}
	}
	return false
}

// perfectDeedAfter reports whether a present perfect of a deed follows
// the date that ends before token end: "on Jan. 1 has cut into volume"
// (not "has been postponed").
func (s *Session) perfectDeedAfter(end int) bool {
	return end+1 < len(s.toks) && (s.wordIs(end, "has") || s.wordIs(end, "have")) && !s.wordIs(end+1, "been") &&
		(s.participle(end+1) || s.inList(end+1, s.t.lists.participles) || s.inList(end+1, s.t.lists.unmarkedPast))
}

// regularPastAt reports whether token i is a lower-case word in -ed the
// lexicon does not know, a past form or participle whose object a
// present form after it would be: "had processed returns by 6 p.m.
// Monday".
func (s *Session) regularPastAt(i int) bool {
	if i < 0 {
		return false
	}
	t := s.toks[i]
	return t.Kind == tokWord && !t.Cap && t.Word < 0 && t.End-t.Start >= 5 && strings.HasSuffix(s.r.text[t.Start:t.End], "ed")
}

// quantifierAt reports whether token i is a word of quantity before a
// noun: "won the most votes", "several reports", "set off from both ends at 11:06 a.m.".
func (s *Session) quantifierAt(i int) bool {
	// ("all" too, unless it follows a pronoun subject: "had processed all
	// returns by 6 p.m. Monday", but "they all vote on Sunday")
	return s.wordIs(i, "most") || s.wordIs(i, "more") || s.wordIs(i, "fewer") || s.wordIs(i, "many") || s.wordIs(i, "several") || s.wordIs(i, "few") || s.wordIs(i, "both") ||
		s.wordIs(i, "all") && !(i > 0 && (s.wordIs(i-1, "they") || s.wordIs(i-1, "we") || s.wordIs(i-1, "you")))
}

// modelNumber reports whether the number at token i ends in a capital
// letter, a model's name rather than a count: "Apple's iPhone 4S goes on
// sale on Friday" (where "by 358 votes" counts).
func (s *Session) modelNumber(i int) bool {
	t := s.toks[i]
	c := s.r.text[t.End-1]
	return t.Kind == tokNum && c >= 'A' && c <= 'Z'
}

// tenseOfWord is tenseOf without the memo.
func (s *Session) tenseOfWord(i int) int {
	t := s.toks[i]
	if t.Kind != tokWord {
		return tenseUnknown
	}
	if i > 0 && s.toks[i-1].Kind == tokNum && s.wordIs(i, "am") {
		return tenseUnknown // "at 8 am": the clock's, not "I am"
	}
	lex, l := s.t.lex, &s.t.lists
	if t.Word < 0 {
		// unknown to the lexicon: only a past form in -ed, below
	} else if t.Word == l.idLast && (i > 0 && (s.toks[i-1].Word == l.idTo || s.isModal(i-1) || lex.inClass(s.toks[i-1].Word, l.determiners)) || i+1 < len(s.toks) && (s.inList(i+1, l.deadline) || s.wordIs(i+1, "into"))) {
		// "is due to last until Monday", "will begin Friday and last
		// until Monday morning", "would arrive after dark and last into
		// Sunday morning": the verb, not "last week"; "for the last time
		// at noon Wednesday": an adjective
		return tenseUnknown
	} else if !t.Cap && t.Word == l.idMay && i+2 < len(s.toks) && s.toks[i+1].Word == l.idNot && s.toks[i+2].Kind == tokWord &&
		(s.toks[i+2].Word != l.idHave || s.haveObjectAt(i+3) && s.untilSoonAfter(i+3, i+7)) && // ("may not have power again until Wednesday": "have" a verb of its own; not "may not have read the report until Friday")
		(s.toks[i+2].Word != l.idBe || s.untilSoonAfter(i+3, i+7)) {
		// "Democrats may not settle their race until the convention in
		// late August": a possibility ahead, negated ("could not attend"
		// is a past; "may not have" looks back); so is a state not
		// reached "until" a time, told after a past of saying: "officials
		// said results may not be known until Friday", "a new commission
		// may not be in place before the autumn" ("may not be aware of
		// what happened on Friday" is a present)
		return tenseFuture
	} else if !t.Cap && (t.Word == l.idCould || t.Word == l.idMay || t.Word == l.idCan) && i+1 < len(s.toks) && s.toks[i+1].Kind == tokWord {
		// ("may have to repeat the operation on Friday" is an obligation ahead)
		if n := s.toks[i+1].Word; n < 0 || n != l.idNot && n != l.idNt && (n != l.idHave || i+2 < len(s.toks) && s.toks[i+2].Word == l.idTo) && n != l.idOnly && (n != l.idBe || (t.Word == l.idMay || t.Word == l.idCould && !s.negatedBefore(i) && !s.perceivedAt(i+2)) && i+2 < len(s.toks) && s.participle(i+2) && !s.backwardComplement(i+3) && !s.inList(i+2, l.causeParticiples) || s.stateAfterBe(i+2) ||
			(t.Word == l.idMay || t.Word == l.idCould) && n == l.idBe && s.anyBetween(i+3, min(i+4, len(s.toks)-1), func(k int) bool { return s.wordIs(k, "before") || s.wordIs(k, "until") }) &&
				!s.perceivedAt(i+2) && !(t.Word == l.idCould && s.negatedBefore(i))) { // ("may be home before winter", with the tests for a verb of perception and a negation before "could" above)
			// "Andrew could hit the coast early Wednesday": a possibility
			// ahead; "could not attend on Monday", "may have crashed on
			// Sunday" and "Neither … could be located Wednesday" may be
			// past, as is "could be seen on Sunday", but "may be called in
			// April" and "could be released Friday if …" are not ("may
			// have been" would be;
			// "may be Johnson's record on Thursday night" is no passive,
			// and "may be linked to a wedding on Saturday" looks back to
			// the wedding)
			return tenseFuture
		}
	}
	if t.Word >= 0 && !t.Cap && i > 0 && lex.inClass(t.Word, l.unmarkedPast) && (s.wordIs(i-1, "it") || s.wordIs(i-1, "he") || s.wordIs(i-1, "she") || s.possessiveVerb(i) ||
		i > 2 && s.wordIs(i-1, "who") && s.wordIs(i-2, ",") && s.toks[i-3].Kind == tokWord && !endsLikePlural(s.r.text[s.toks[i-3].Start:s.toks[i-3].End])) && // ("President Rajapaksa, who cut short a visit to Jordan on Saturday", "Indonesia's president, who cut short a visit": a singular's "who" would take "cuts")
		!(i > 1 && s.inList(i-2, l.causative)) && !(i > 2 && s.wordIs(i-2, "that") && s.anyBetween(max(i-5, 0), i-3, func(k int) bool { return s.inList(k, l.mandative) })) {
		// (not "expects to see it hit theaters", "demand that he quit by Friday")
		// (and after a name's "'s" and before an object: "after Standard &
		// Poor's cut the nation's credit rating late Friday")
		return tensePast // "India says it set off three devices Monday afternoon": with "it", the present would be "sets"
	}
	if t.Word >= 0 {
		switch {
		case i > 1 && s.toks[i-1].Word == l.idTo && s.formAt(i, l.present) && s.expectsBefore(i-2):
			// "The trial is expected to open in the autumn", "Analysts
			// expect the ministers to meet again in November"
			return tenseFuture
		case (s.wordIs(i, "coming") || s.wordIs(i, "going")) && i > 0 && (s.wordIs(i-1, "after") || s.wordIs(i-1, "before") ||
			s.wordIs(i-1, "since") || s.wordIs(i-1, "by") || s.wordIs(i-1, "on") || s.wordIs(i-1, "while") ||
			s.wordIs(i-1, "started") || s.wordIs(i-1, "began") || s.wordIs(i-1, "kept") || s.wordIs(i-1, "stopped")):
			return tenseUnknown // "after coming from behind to win … on Sunday", "the services started coming back": a gerund
		case s.wordIs(i, "going") && i+1 < len(s.toks) && s.wordIs(i+1, "for") && i > 0 && s.isBe(i-1):
			return tenseUnknown // "Tickets were going for $3,000 by Saturday": selling at, "be" tells the tense
		case !t.Cap && s.formAt(i, l.timetable) && s.afterRelativeClause(i, true):
			return tensePresent // "The talks, which began in June 1996, resume Monday"
		case !t.Cap && s.formAt(i, l.timetable) && !(s.wordIs(i, "face") && !s.fixtureAfter(i+1)) && !s.causativeObjectBefore(i) && !s.adjectiveAfterPreposition(i) && ((s.pluralSubject(i-1) && !s.objectBefore(i-1) || s.pluralHeadOf(i) ||
			i > 1 && s.wordIs(i-1, "next") && s.pluralSubject(i-2)) && !strings.HasSuffix(s.r.text[t.Start:t.End], "s") || // ("when ministers next meet on May 25")
			s.nameBefore(i) && !s.inList(i, l.moves) && !s.causeBefore(i) || s.holidaySubject(i) || s.wordIs(i-1, "which") || s.wordIs(i-1, "who") || s.relativeThat(i-1) ||
			i > 1 && (s.wordIs(i-1, "both") || s.wordIs(i-1, "all") || s.wordIs(i-1, "also")) && (s.wordIs(i-2, "which") || s.wordIs(i-2, "who")) || // ("Amazon and Alphabet, which both report on Thursday afternoon")
			s.wordIs(i-1, "and") && !strings.HasSuffix(s.r.text[t.Start:t.End], "s") && s.verbBeforeAnd(i-1) && !s.nounPairAround(i) ||
			!s.inList(i, l.timetable) && i > 0 && !(s.inList(i, l.moves) && s.toks[i-1].Cap) && !lex.inClass(s.toks[i-1].Word, l.determiners) && strings.HasSuffix(s.r.text[t.Start:t.End], "s")): // (a phrase of more words is a verb after any subject: "the Ashby Pride parade steps off at 1 p.m."; not a market's "Sensex falls on Tuesday")
			// ("Newcastle host Everton on Wednesday night": a team takes
			// the plural; "Meta reports results on Wednesday", "the
			// Congressional Budget Office releases its estimate on
			// Tuesday": after a name (a capitalised word that starts no
			// rule; a known word only inside the sentence, not "News
			// reports on Tuesday"), the singular too, but "Sensex falls on Tuesday" is a
			// market's fall)
			// "the celebrations begin on Friday morning", "the meeting, which
			// opens on Monday": a timetable's verb after a plural subject,
			// or starting a relative clause, is in the present (but in
			// "news reports on Tuesday" a plural follows a noun)
			return tensePresent
		case s.wordIs(i, "due") && s.nounAfterTo(i):
			return tenseUnknown // "cancelled due to the closure of the airspace": a cause, not a plan
		case s.wordIs(i, "scheduled") && i > 0 && i+1 < len(s.toks) && s.inList(i+1, l.determiners) && !s.wordIs(i+1, "that") && s.toks[i-1].Kind == tokWord &&
			!s.isBe(i-1) && !s.isPerfect(i-1) && !s.isModal(i-1) && !s.inList(i-1, l.determiners) && !s.inList(i-1, l.prepositions) && !s.isAdverb(i-1) && s.toks[i-1].Word != l.idTo:
			// "the judge scheduled a hearing for Monday": the past verb of
			// a subject before its object, which sets a day ahead of it
			// (not "is scheduled", "has scheduled", "its scheduled close")
			return tensePast
		case s.wordIs(i, "supposed") && i > 0 && i+3 < len(s.toks) && (s.wordIs(i-1, "was") || s.wordIs(i-1, "were")) && s.wordIs(i+1, "to") && s.wordIs(i+2, "have") && s.formAt(i+3, l.past):
			// "Britain was supposed to have left the EU on March 29": a plan
			// that should have been done by now, in the past (but "was
			// expected to have sold a million units by Sunday" may still
			// look ahead)
			return tensePast
		case s.formAt(i, l.future) && !(i > 0 && (lex.inClass(s.toks[i-1].Word, l.determiners) && !lex.inClass(t.Word, l.modal) && !(s.wordIs(i+1, "to") && !s.nounAfterTo(i)) ||
			lex.inClass(s.toks[i-1].Word, l.comparative) && s.adjectival(i) ||
			s.toks[i-1].Word == lex.idPossessive && i+1 < len(s.toks) && s.inList(i+1, l.prepositions) && s.toks[i+1].Word != l.idTo)):
			// "talks overran their scheduled Friday close", "the plan",
			// "rose more than expected", "ended England's hopes on
			// Wednesday": a noun, an adjective, a
			// comparison; but "that will change" is a verb, and "a plan to
			// buy bonds by the end of June" looks ahead ("presented the
			// plan to Milosevic" does not)
			return tenseFuture
		case s.formAt(i, l.future):
			return tenseUnknown // "voting will begin as planned on Monday"
		case s.formAt(i, l.past) && i > 0 && (s.isModal(i-1) || s.toks[i-1].Word == l.idTo || (s.wordIs(i-1, "and") || s.wordIs(i-1, "or")) && s.wordIs(i, "hit")):
			// "will hit", "to hit", "to strengthen and hit": a form that may
			// be the base form
			if s.isModal(i - 1) {
				return s.tenseOf(i - 1)
			}
			return tenseUnknown
		case s.formAt(i, l.past) && s.causeBefore(i):
			return tenseUnknown // "to make their voices heard in November": a participle
		case s.formAt(i, l.past) && i > 1 && i+2 < len(s.toks) && s.wordIs(i+1, "by") && s.toks[i+2].Kind == tokWord && !s.isBe(i) &&
			s.toks[i-1].Kind == tokWord && !s.toks[i-1].Cap && s.toks[i-1].Word >= 0 && s.inList(i-2, l.determiners) && !s.inList(i-2, l.prepositions):
			return tenseUnknown // "pause just before midnight for a countdown led by its music director": a participle on its noun (not "The team led by 10 points")
		case s.formAt(i, l.past) && s.participleToBe(i):
			return tenseUnknown // "the 20 hostages believed to be alive": a participle on its noun
		case s.formAt(i, l.past) && s.adverbsAfterDeterminer(i):
			return tenseUnknown // "the most closely watched news conference": an adjective
		case s.formAt(i, l.past):
			return tensePast
		case s.formAt(i, l.present) && (s.isBe(i) && i > 0 && (s.toks[i-1].Kind == tokNum || s.toks[i-1].Word >= 0 && lex.isNumberWord(s.toks[i-1].Word)) || // "the last session of 2008 is on Tuesday", "the next one is Saturday"
			!(i > 0 && (lex.inClass(s.toks[i-1].Word, l.determiners) && !(s.wordIs(i-1, "that") && strings.HasSuffix(s.r.text[t.Start:t.End], "s")) ||
				s.toks[i-1].Kind == tokNum && !s.modelNumber(i-1) || s.toks[i-1].Word >= 0 && lex.isNumberWord(s.toks[i-1].Word) ||
				s.isBe(i-1) || s.formAt(i-1, l.past) || s.regularPastAt(i-1) || i > 1 && s.innerHyphen(i-2) && !s.isBe(i) || s.quantifierAt(i-1)))): // "remained open on Friday", "threw open the border" are adjectives; "a meeting that opens Tuesday" is a verb; "the 445-page report" a noun, but "Kick-off is at 7pm" has its verb
			// "the vote on Sunday" and "by 358 votes" are nouns, "Colombians
			// vote on Sunday" a verb; "will meet" takes its modal's tense
			if i > 0 && lex.inClass(s.toks[i-1].Word, l.modal) {
				return s.tenseOf(i - 1)
			}
			if s.causeBefore(i) || s.causativeObjectBefore(i) {
				return tenseUnknown // "let the suspect go": a bare infinitive; "kept its cooling centers open": a state
			}
			if s.nounCompound(i) {
				return tenseUnknown // "lost a confidence vote on Saturday": a noun
			}
			if s.adjectiveAfterPreposition(i) || s.wordIs(i-1, "and") && s.nounPairAround(i) {
				return tenseUnknown // "slept in open fields", "in tents and open fields on Saturday night": an adjective
			}
			if t.Cap && i > 0 && s.toks[i-1].Kind == tokWord && s.toks[i-1].Cap && !s.sentenceStart(i) && !s.sentenceStart(i-1) &&
				i+1 < len(s.toks) && s.toks[i+1].Kind == tokWord && !s.toks[i+1].Cap {
				return tenseUnknown // "won his 11th French Open title on Sunday": a name's part, inside a sentence in lower case
			}
			if i > 1 && s.toks[i-1].Word == l.idTo && s.formAt(i-2, l.intention) {
				return tenseUnknown // "agreed to meet in June": an infinitive, whose tense is the intention's
			}
			return tensePresent
		}
	}
	w := s.r.text[t.Start:t.End]
	if !t.Cap && strings.HasSuffix(w, "n") && t.Word >= 0 && lex.inClass(t.Word, l.participles) && !s.formAt(i, l.past) && !s.formAt(i, l.present) && i > 0 && i+1 < len(s.toks) &&
		s.toks[i-1].Kind == tokWord && !s.toks[i-1].Cap && s.tenseOf(i-1) == tenseUnknown && !s.isBe(i-1) && !s.isPerfect(i-1) && !s.isModal(i-1) &&
		s.toks[i-1].Word != l.idTo && !s.inList(i-1, l.determiners) && !s.inList(i-1, l.prepositions) && !s.isAdverb(i-1) && !s.wordIs(i-1, "being") && !s.wordIs(i-1, "get") &&
		s.inList(i+1, l.prepositions) && !s.anyBetween(max(i-7, 0), i-2, func(k int) bool { return s.inList(k, l.mandative) && s.sameSentence(k, i) }) {
		// "release 50 women and children taken in its Oct. 7 attack": a
		// participle on its noun tells of the past, as "seized" would
		// (only the forms in -n: "a first cut in April", "the next set of
		// figures on Thursday" are nouns; and after an order, "ordered
		// flags at federal buildings flown at half-staff through
		// Wednesday", it is what was asked for)
		return tensePast
	}
	if !t.Cap && len(w) >= 4 && endsLikePlural(w) && i > 1 && (s.wordIs(i-1, "that") || s.wordIs(i-1, "which")) && s.toks[i-2].Kind == tokWord && !s.toks[i-2].Cap &&
		!endsLikePlural(s.r.text[s.toks[i-2].Start:s.toks[i-2].End]) && !s.inList(i-2, s.t.lists.determiners) && s.tenseOf(i-2) == tenseUnknown &&
		i+1 < len(s.toks) && (s.inList(i+1, s.t.lists.determiners) || s.toks[i+1].Kind == tokWord && s.toks[i+1].Cap) {
		return tensePresent // "a spending bill that keeps the federal government running through September 30"
	}
	if !t.Cap && len(w) >= 4 && endsLikePlural(w) && (s.afterRelativeClause(i, false) || i > 1 && s.isAdverb(i-1) && s.afterRelativeClause(i-1, false)) && i+1 < len(s.toks) && s.toks[i+1].Kind == tokWord && !s.inList(i+1, s.t.lists.prepositions) &&
		!s.wordIs(i+1, "and") && !s.wordIs(i+1, "or") { // (not a list: "who led three decades of strikes, layoffs and plant closings")
		// "The Bank of England, which has held rates at 4 percent since
		// November 2001, also decides policy on Thursday": the verb of the
		// clause the relative one sits in (before its object, not "the
		// talks, which began in June, sources said": a known verb)
		return tensePresent
	}
	if !t.Cap && len(w) >= 4 && endsLikePlural(w) && i > 1 && s.wordIs(i-1, "then") && (s.wordIs(i-2, ",") || s.wordIs(i-2, "and")) &&
		i+1 < len(s.toks) && s.inList(i+1, l.determiners) && !s.wordIs(i+1, "that") {
		// "flies to Italy on Wednesday, then makes his first trip to
		// Africa": a verb after ", then", before its object (but "visited
		// the flooded areas on Monday, then hospitals and shelters on
		// Tuesday" leaves the verb out)
		return tensePresent
	}
	if len(w) >= 5 && !t.Cap && strings.HasSuffix(w, "ed") && !eedNotPast(w) && !s.participleToBe(i) && !(i > 0 && lex.inClass(s.toks[i-1].Word, l.determiners) && !(s.wordIs(i-1, "that") && (s.verbFollows(i) || s.relativeThat(i-1) && !(i > 2 && (s.isModal(i-3) || s.wordIs(i-3, "to")))))) && !s.adverbsAfterDeterminer(i) && // "talks that culminated in", not "that disputed plan"
		!(t.Word >= 0 && lex.inClass(t.Word, l.adjectives)) && !(i > 0 && lex.inClass(s.toks[i-1].Word, l.comparative)) &&
		!(i > 0 && lex.inClass(s.toks[i-1].Word, l.prepositions)) && // "a range of canned beers"
		!(i > 0 && s.toks[i-1].Word >= 0 && !s.isBe(i-1) && !s.isModal(i-1) && s.toks[i-1].Kind == tokWord && s.finiteVerb(i-1)) && // "expects limited supplies"
		!(i > 1 && s.toks[i-2].Word == l.idTo && s.toks[i-1].Kind == tokWord && s.toks[i-1].Word >= 0 && !s.toks[i-1].Cap && !s.isBe(i-1) && !s.isPerfect(i-1) &&
			!s.inList(i-1, l.determiners) && !s.inList(i-1, l.prepositions) && s.nounAfterAdjective(i+1)) && // "hoped to resume limited flights" (not "the rush to vote started early")
		!(i+2 < len(s.toks) && s.wordIs(i+1, "by") && (s.toks[i+2].Kind != tokNum || s.innerHyphen(i+3)) && !s.byPhrasePast(i) && !s.inList(i+2, l.means)) && // "followed by a session", "followed by 10-year notes": a participle; "jumped by 5%", "talked by phone" a verb
		!(i > 1 && (s.wordIs(i-1, "'s") || s.wordIs(i-1, "'") && strings.HasSuffix(s.r.text[s.toks[i-2].Start:s.toks[i-2].End], "s")) && s.nounAfterAdjective(i+1)) && // "the companies' proposed merger"
		!(i > 1 && s.toks[i-1].Kind == tokWord && !s.inList(i-1, l.causative) && s.causeBefore(i)) { // "will keep schools closed": the object's state
		// a past verb, unless a determiner makes it an adjective ("a
		// still unspecified date")
		return tensePast
	}
	return tenseUnknown
}

// endOfRangeFromToday reports whether m closes a range that opens on the
// news's own day: "from 5 p.m. today to 8 a.m. Thursday" leaves the story
// on today.
func (s *Session) endOfRangeFromToday(m *match) bool {
	if m.f.rangeFrom == 0 {
		return false
	}
	j := s.matchStartingAt(m.f.rangeFrom - 1)
	if j < 0 {
		return false
	}
	a := &s.matches[j].f
	return a.unit == "D" && a.hasShift && a.shift == 0 && a.weekday == 0 && a.month == 0
}

// dayInSentenceBefore reports whether a date of a day (a weekday, a day of
// a month, "yesterday") stands before m in its sentence, bound or not:
// "did not concede until Wednesday, when she phoned Smith at 2 p.m.".
func (s *Session) dayInSentenceBefore(m *match) bool {
	for j := s.matchFrom(m.start) - 1; j >= 0 && s.sameSentence(s.matches[j].start, m.start); j-- {
		if f := &s.matches[j].f; f.weekday != 0 || f.month != 0 && f.day != 0 || f.unit == "D" && f.hasShift {
			return true
		}
	}
	return false
}

// pastAbleTo reports whether the nearest verb before token i is an
// infinitive after a past "be" and an adjective or participle that is no
// mark of the future: "were eligible to vote on", "was allowed to leave
// on" (not "were expected to vote on", "was due to fly on", "were told
// to report to work Tuesday").
func (s *Session) pastAbleTo(i int) bool {
	_, k := s.scanTenseAt(i-1, -1)
	if k < 3 || s.toks[k-1].Word != s.t.lists.idTo || !s.sameSentence(k-3, i) {
		return false
	}
	a := k - 2
	if s.toks[a].Kind != tokWord || s.toks[a].Cap || s.formAt(a, s.t.lists.future) || s.inList(a, s.t.lists.intention) || s.inList(a, s.t.lists.deciding) || s.inList(a, s.t.lists.urging) ||
		s.inList(a, s.t.lists.setting) {
		return false
	}
	if s.wordIs(a, "out") {
		// a past verb and its particle: "Thousands turned out to vote on
		// Monday" (not "up": "signed up to volunteer on Saturday" is a
		// plan)
		return s.tenseOf(a-1) == tensePast && !s.hadBefore(a-1) && !s.inList(a-1, s.t.lists.setting) && !s.inList(a-1, s.t.lists.urging)
	}
	return s.wordIs(k-3, "was") || s.wordIs(k-3, "were")
}

// incidentOn reports whether token i follows an incident (incidents) and
// "on": "the arson attack on Saturday".
func (s *Session) incidentOn(i int) bool {
	return i >= 2 && s.wordIs(i-1, "on") && s.inList(i-2, s.t.lists.incidents)
}

// rangeEnd is the date with a month that closes a range m opens: "from
// June 11 to July 19".
func (s *Session) rangeEnd(m *match) (*match, bool) {
	e := m.end
	if e+1 >= len(s.toks) || !(s.wordIs(e, "to") || s.wordIs(e, "until") || s.wordIs(e, "through") || s.wordIs(e, "till") || s.wordIs(e, "-")) {
		return nil, false
	}
	if j := s.matchStartingAt(e + 1); j >= 0 && s.matches[j].f.month != 0 {
		return &s.matches[j], true
	}
	return nil, false
}

// followedByAt returns where ", followed by" stands in the few words
// before token i, with no verb, comma or clause word between, or -1: the
// day at i is the next item of a sequence ("Alcoa reports on Tuesday,
// followed by Intel on Wednesday and IBM on Thursday").
func (s *Session) followedByAt(i int) int {
	for k := i - 1; k >= 2 && k >= i-12 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "followed") && s.wordIs(k+1, "by") && s.wordIs(k-1, ",") {
			return k - 1
		}
		if s.wordIs(k, ",") || s.wordIs(k, ";") || s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") {
			return -1
		}
	}
	return -1
}

// byPhrasePast reports whether the -ed word at token i, before "by",
// opens a participle phrase after a comma that tells of a deed done
// (deed_participles): "Under the deal, announced by President Biden on
// Tuesday afternoon, Israel is to withdraw" (not "The summit, hosted by
// France on Friday, will focus on", nor ", followed by The Vipers on
// Saturday").
func (s *Session) byPhrasePast(i int) bool {
	return i > 0 && s.wordIs(i-1, ",") && s.inList(i, s.t.lists.deedParticiples)
}

// quotationStart returns the opening quotation mark of a short quotation
// that the mark at token i closes, within i's sentence; -1 when the mark
// opens one, or the quotation is long or runs across sentences.
func (s *Session) quotationStart(i int) int {
	open := -1
	for k := i - 1; k >= 0 && i-k <= 30; k-- {
		if s.toks[k+1].SpaceBefore >= 2 {
			break // the paragraph began with token k+1
		}
		if s.isQuote(k) {
			if open >= 0 {
				return -1 // a third mark: the count of marks cannot tell which closes
			}
			open = k
			continue
		}
		if open < 0 && s.sentenceStart(k+1) && k+1 < i-1 {
			return -1 // a sentence began inside the quotation
		}
		if open >= 0 && s.sentenceStart(k+1) {
			break
		}
	}
	if open < 0 || s.r.text[s.toks[i].Start:s.toks[i].End] == "\u201c" || s.r.text[s.toks[open].Start:s.toks[open].End] == "\u201d" {
		return -1
	}
	if _, inside := s.quoteOpen(&match{start: i}); !inside {
		return -1 // the marks before i pair up: i opens a quotation
	}
	return open
}

// warningIssuedUntil reports whether token i follows "until", "till" or
// "through" in a sentence that issues a warning ("posted blizzard warnings
// for the Dakotas until 6 p.m. Sunday"): the warning runs ahead of its
// issuing, as one "for" a day does (but "a flood watch was in effect
// through Tuesday" tells of one gone by).
func (s *Session) warningIssuedUntil(i int) bool {
	if !(s.wordIs(i-1, "until") || s.wordIs(i-1, "till") || s.wordIs(i-1, "through")) {
		return false
	}
	return s.anyBetween(max(i-12, 0), i-2, func(k int) bool {
		return s.sameSentence(k, i) && s.inList(k, s.t.lists.warningIssuing)
	})
}

// decidedStartBefore is where a verb of deciding (deciding_verbs) stands
// in the sentence before token i when "to" and a timetable verb come
// between, a few words before i: "agreed on a new ceasefire, to begin at
// 00:00 local time on" (-1 when none). Not after "had": "had agreed on a
// truce to begin on Sunday" tells of a plan seen from later.
func (s *Session) decidedStartBefore(i int) int {
	for j := i - 2; j >= 1 && j >= i-8 && !s.sentenceStart(j+1); j-- {
		if s.toks[j].Word != s.t.lists.idTo || !s.formAt(j+1, s.t.lists.timetable) {
			continue
		}
		return s.decidingVerbBefore(j)
	}
	return -1
}

// decidingVerbBefore is where a verb of deciding (deciding_verbs) stands
// before token j in its sentence with no other verb between, and no "had"
// before it; -1 when there is none.
func (s *Session) decidingVerbBefore(j int) int {
	for k := j - 1; k >= 0 && k >= j-20 && !s.sentenceStart(k+1); k-- {
		if s.inList(k, s.t.lists.deciding) {
			if s.hadBefore(k) {
				return -1
			}
			return k
		}
		if s.tenseOf(k) != tenseUnknown {
			return -1
		}
	}
	return -1
}

// decidedOnDay reports whether token k is a verb of deciding
// (deciding_verbs) with a day of its own before the infinitive that says
// what was decided, which leads on to the date at token start: "voted on
// Tuesday evening to raise council tax from April". (Without that day,
// "voted to secede in a referendum in January" is the vote's month.)
func (s *Session) decidedOnDay(k, start int) bool {
	if !s.inList(k, s.t.lists.deciding) {
		return false
	}
	reach := k + 2
	if k+1 < len(s.toks) && s.isAdverb(k+1) {
		reach++ // "voted overwhelmingly on Thursday night to strike"
	}
	for j := s.matchFrom(k + 1); j < len(s.matches) && s.matches[j].start <= reach; j++ {
		if d := &s.matches[j]; d.end < start && d.end < len(s.toks) && s.toks[d.end].Word == s.t.lists.idTo {
			return true
		}
	}
	return false
}

// futureAdjective reports whether m is "the future" before a noun, an
// adjective with no time in it: "talks on the future relationship", "the
// future king" (but "in the future as the planet warms", "the future
// looks bleak": a word that goes on the clause).
func (s *Session) futureAdjective(m *match) bool {
	if m.end-m.start != 2 || !s.wordIs(m.start+1, "future") || m.end >= len(s.toks) {
		return false
	}
	n, i := s.toks[m.end], m.end
	if n.Kind != tokWord || n.Cap || n.SpaceBefore == 0 || strings.HasSuffix(s.r.text[n.Start:n.End], "ly") {
		return false
	}
	// a word that goes on the clause, not a noun: "in the future as the
	// planet warms", "to the future to reach", "in the future be checked",
	// "again in the future but", "the future looks bleak"
	return !s.inList(i, s.t.lists.prepositions) && !s.inList(i, s.t.lists.determiners) && !s.inList(i, s.t.lists.relative) && !s.isAdverb(i) &&
		!s.isModal(i) && !s.isBe(i) && s.tenseOf(i) == tenseUnknown && s.toks[i].Word != s.t.lists.idTo && !s.inList(i, s.t.lists.clauseWords)
}

// ingNoun reports whether the -ing word at token i is a noun, by the
// determiner before it, alone or with one word between: "an emergency
// meeting that ended", "the meeting that" (but "following that vote").
func (s *Session) ingNoun(i int) bool {
	return i >= 1 && s.inList(i-1, s.t.lists.determiners) && !s.wordIs(i-1, "that") ||
		i >= 2 && s.inList(i-2, s.t.lists.determiners) && !s.wordIs(i-2, "that") && s.toks[i-1].Kind == tokWord && !s.toks[i-1].Cap && s.tenseOf(i-1) == tenseUnknown
}

// tradingAfter reports whether "in … trading" follows token i, with at
// most three words between ("in New York trading", "in early Asian
// trading"), and no day is named in the sentence after it.
func (s *Session) tradingAfter(i int) bool {
	if i+1 >= len(s.toks) || !s.wordIs(i, "in") {
		return false
	}
	k := s.tradingWithin(i+1, i+4)
	if k < 0 {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+6 && !s.sentenceStart(j); j++ {
		if _, ok := s.weekdayAt(j); ok {
			return false
		}
	}
	return true
}

// tradingWithin returns where "trading" stands among the words from token
// from to token last ("New York Stock Exchange composite trading"), or -1
// when it does not, or other than a word comes first.
func (s *Session) tradingWithin(from, last int) int {
	for k := from; k < len(s.toks) && k <= last; k++ {
		if s.wordIs(k, "trading") {
			return k
		}
		if s.toks[k].Kind != tokWord {
			return -1
		}
	}
	return -1
}

// eventVerbAfter returns the tense of the verb within six words after
// the event noun at i, before any comma ("weekend storms knocked out
// power": past; "after weekend works are completed": present; "weekend
// closures on the M25 will cause delays": future), unknown when there is
// none.
func (s *Session) eventVerbAfter(i int) int {
	for k := i + 1; k < len(s.toks) && k <= i+6 && !s.sentenceStart(k) && !s.wordIs(k, ","); k++ {
		if v := s.tenseOf(k); v != tenseUnknown {
			if v == tensePast && s.isBe(k-1) {
				continue // (a passive's "be" before it decides)
			}
			return v
		}
	}
	return tenseUnknown
}

// tradingDayAfter reports whether the weekday b closes the trading that
// the clock time a opens: "in 4 p.m. New York Stock Exchange composite
// trading Friday", "in 4 p.m. trading on Friday".
func (s *Session) tradingDayAfter(a, b *match) bool {
	if a.start == 0 || !s.wordIs(a.start-1, "in") || b.f.weekday == 0 || b.end-b.start != 1 {
		return false
	}
	k := s.tradingWithin(a.end, min(a.end+6, b.start-1))
	return k >= 0 && (b.start == k+1 || b.start == k+2 && s.wordIs(k+1, "on"))
}

// shareQuote reports whether the clock time at m dates a share price
// told in its sentence: "in 4 p.m. composite trading", "in midday
// trading", or "shares rose 15 percent to $52.99 at 4 p.m. in New York"
// (a move of shares or stock before "at" and the time).
func (s *Session) shareQuote(m *match) bool {
	if m.start == 0 {
		return false
	}
	for j := m.end; j < len(s.toks) && j <= m.end+8 && !s.sentenceStart(j); j++ {
		if _, ok := s.weekdayAt(j); ok {
			return false // ("closed at $52.18 at 4 p.m. in New York trading on Wednesday")
		}
	}
	if s.wordIs(m.start-1, "in") && s.tradingWithin(m.end, m.end+6) >= 0 {
		return true // (past an exchange's name: "in 4 p.m. New York Stock Exchange composite trading")
	}
	if !s.wordIs(m.start-1, "at") {
		return false
	}
	shares, moved := false, false
	for k := m.start - 2; k >= 0 && k >= m.start-14 && !s.sentenceStart(k+1); k-- {
		switch {
		case s.wordIs(k, "shares") || s.wordIs(k, "stock"):
			shares = true
		case s.inList(k, s.t.lists.shareMoves):
			moved = true
		case s.wordIs(k, ",") || s.wordIs(k, ";"):
			k = -1
		}
	}
	return shares && moved
}

// periodEndedAfter reports whether a past verb after "and", "before" or
// "until" follows the day m in its sentence, telling that the period the
// day ends is over ("halted production through Wednesday, and output
// resumed on Thursday"); not a source's ("…, the company said").
func (s *Session) periodEndedAfter(m *match) bool {
	for j := m.end; j < len(s.toks) && !s.sentenceStart(j); j++ {
		if s.tenseOf(j) == tensePast && !s.inList(j, s.t.lists.reporting) &&
			s.anyBetween(m.end, j-1, func(a int) bool { return s.wordIs(a, "and") || s.wordIs(a, "before") || s.wordIs(a, "until") }) {
			return true
		}
	}
	return false
}

// whenAheadAfter reports whether ", when" follows token i and the first
// verb of its clause tells the future: "will" ("…, when the moon will
// slide in front of the sun"), or a present "is" or "are" before
// expected, due, to, scheduled, set, forecast or planned ("…, when
// millions of travelers are expected to head home"); not "would", which
// may tell a past's future ("…, when Brown said he would step down").
func (s *Session) whenAheadAfter(i int) bool {
	if i+2 >= len(s.toks) || !s.wordIs(i, ",") || !s.wordIs(i+1, "when") {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+14 && !s.sentenceStart(k) && !s.wordIs(k, ",") && !s.wordIs(k, ";"); k++ {
		if s.wordIs(k, "will") || s.wordIs(k, "'ll") || s.wordIs(k, "shall") {
			return true
		}
		if (s.wordIs(k, "is") || s.wordIs(k, "are")) && k+1 < len(s.toks) {
			n := k + 1
			if s.isAdverb(n) && n+1 < len(s.toks) {
				n++
			}
			return s.wordIs(n, "expected") || s.wordIs(n, "due") || s.wordIs(n, "to") || s.wordIs(n, "scheduled") || s.wordIs(n, "set") ||
				s.wordIs(n, "forecast") || s.wordIs(n, "planned") || s.wordIs(n, "likely")
		}
		if s.tenseOf(k) != tenseUnknown || s.isModal(k) {
			return false
		}
	}
	return false
}

// couldAhead reports whether the "could" at token k, after a past verb,
// tells of what may still come about on the day m: not a negation ("could
// not", "no longer", "never"), nor an adverb of ability then before its
// verb (ability_adverbs: "could finally celebrate", "could barely walk",
// "could once again withdraw cash"; but "could possibly slip" looks
// ahead), nor a verb of sensing (perception_verbs).
func (s *Session) couldAhead(k int, m *match) bool {
	v := k + 1
	for ; v < m.start && (s.isAdverb(v) || s.wordIs(v, "once") || s.wordIs(v, "again")); v++ {
		if s.inList(v, s.t.lists.abilityAdverbs) || s.wordIs(v, "once") {
			return false
		}
	}
	return v < m.start && !s.wordIs(v, "not") && !s.wordIs(v, "n't") && !s.wordIs(v, "no") && !s.wordIs(v, "never") && !s.inList(v, s.t.lists.perception) && !s.formAt(v, s.t.lists.perception)
}

// reportedAfterAt reports whether the past verb at token k, after token
// end, is a source's: after "according to", or a reporting verb after a
// comma ("…, the ministry said").
func (s *Session) reportedAfterAt(end, k int) bool {
	if k < end {
		return false
	}
	return s.wordBetween(end, k, "according") || s.inList(k, s.t.lists.reporting) && s.wordBetween(end, k-1, ",")
}

// reportedAround reports whether the sentence of token i reports speech,
// before i ("Greyhound said buses were sold out through Tuesday",
// "According to Greyhound, buses were …") or after it, by a reporting verb
// after a comma or "according to" ("…, Greyhound said").
func (s *Session) reportedAround(i int) bool {
	return s.reportedBefore(i) || s.anyInSentence(i, func(k int) bool { return k > i && s.reportedAfterAt(i, k) || k < i && s.wordIs(k, "according") })
}

// leadBefore reports the span a date is counted to from the news: a
// duration of days, weeks or months right before "before" or "until" (or
// "to go until"), with only the date's own noun phrase between ("eight
// months before the Nov. 5 vote", "ten weeks before a federal election
// on September 26", "with six months to go until the opening ceremony on
// July 27"), in a sentence with no past verb but its source's, and no
// modal or infinitive before the span ("with … to go until" is counted
// from now whatever the tense).
func (s *Session) leadBefore(m *match) (time.Duration, bool) {
	k := m.start - 1
	for ; k >= 0 && k >= m.start-8 && !s.sentenceStart(k+1); k-- {
		if s.wordIs(k, "before") || s.wordIs(k, "until") {
			break
		}
		if t := s.toks[k]; t.Kind != tokWord && !s.wordIs(k, "'s") || s.tenseOf(k) != tenseUnknown || s.isModal(k) || s.inList(k, s.t.lists.relative) {
			return 0, false
		}
	}
	if k < 1 || !(s.wordIs(k, "before") || s.wordIs(k, "until")) || s.sentenceStart(k) {
		return 0, false
	}
	e := k // the duration ends before "before", or before "to go until"
	if s.wordIs(k, "until") && k >= 3 && s.wordIs(k-1, "go") && s.toks[k-2].Word == s.t.lists.idTo {
		e = k - 2
	}
	j := s.matchFrom(max(e-6, 0))
	for ; j < len(s.matches) && s.matches[j].end < e; j++ {
	}
	if j >= len(s.matches) || s.matches[j].end != e || s.matches[j].rule.kind != kindDuration {
		return 0, false
	}
	g := s.matches[j].f
	days := map[string]float64{"D": 1, "W": 7, "M": 30.44}[g.unit]
	if days == 0 || g.nums == 0 || g.num <= 0 || g.vague || g.plural && g.nums == 0 {
		return 0, false
	}
	toGo := e != k
	for i := s.matches[j].start - 1; !toGo && i >= 0 && !s.sentenceStart(i+1) && !s.wordIs(i, ",") && !s.wordIs(i, ";"); i-- {
		if s.isModal(i) || s.toks[i].Word == s.t.lists.idTo {
			return 0, false // (a rule's span, counted from no now: "candidates must file ten months before the Nov. 5 election")
		}
	}
	if !toGo && s.anyInSentence(m.start, func(i int) bool {
		return s.tenseOf(i) == tensePast && !s.reportedAfterAt(m.end, i) && !(i > 0 && (s.wordIs(i-1, "but") || s.isAdverb(i-1) || s.isPerfect(i-1) && !s.wordIs(i-1, "had"))) && // ("looks all but settled", "and have pushed")
			!(i > m.end && s.anyBetween(m.end, i-1, func(a int) bool { return s.inList(a, s.t.lists.relative) })) // (nor the date's own relative clause: "on April 22, which was postponed from Feb. 4")
	}) {
		// (a past in the sentence tells a recap: "Eight months before the
		// Nov. 5 vote, Trump trailed Biden", "The attack came two weeks
		// before the March 3 vote"; but not a source's: "…, according to
		// a poll released Wednesday"; "with six months to go until" is
		// counted from now in any tense)
		return 0, false
	}
	return time.Duration((g.num + g.frac) * days * 24 * float64(time.Hour)), true
}

// matchFrom is the index of the first match that starts at token i or
// after it (len(s.matches) when none does): the matches are in text
// order.
func (s *Session) matchFrom(i int) int {
	j, _ := slices.BinarySearchFunc(s.matches, i, func(d match, at int) int { return d.start - at })
	return j
}

// thatDayAfter reports whether "that day" stands at token i.
func (s *Session) thatDayAfter(i int) bool {
	return i+1 < len(s.toks) && s.wordIs(i, "that") && s.wordIs(i+1, "day")
}

// rangeEndThatDay reports whether the clock time m starts a range whose
// end "that day" follows: "between 2 p.m. and 6 p.m. that day".
func (s *Session) rangeEndThatDay(m *match) bool {
	j := s.matchStartingAt(m.start)
	if j < 0 || j+1 >= len(s.matches) {
		return false
	}
	e := &s.matches[j+1]
	k := m.end
	return e.start == k+1 && (s.wordIs(k, "and") || s.wordIs(k, "to") || s.wordIs(k, "until") || s.wordIs(k, "till") || s.wordIs(k, "-")) &&
		e.f.hasClock && s.thatDayAfter(e.end)
}

// holidaySubject reports whether a holiday's name that opens its clause
// ends right before token i, a verb in -s: "and Easter falls on April
// 20", "Hanukkah begins Wednesday evening" (not one after a preposition,
// "lights for Christmas", whose noun may take the verb).
func (s *Session) holidaySubject(i int) bool {
	j := s.matchFrom(i) - 1
	if j < 0 || s.matches[j].end != i || s.matches[j].f.holiday == "" || s.matches[j].f.hasShift {
		return false
	}
	b := s.matches[j].start - 1
	return endsLikePlural(s.r.text[s.toks[i].Start:s.toks[i].End]) &&
		(b < 0 || s.sentenceStart(b+1) || s.wordIs(b, "and") || s.wordIs(b, "but") || s.wordIs(b, "because") || s.wordIs(b, "as") || s.wordIs(b, "when") || s.wordIs(b, "since") || s.wordIs(b, "so") || s.wordIs(b, ",") || s.wordIs(b, ";") || s.wordIs(b, ":"))
}

// backgroundDayAt reports whether the day at token k is told in passing:
// in a clause that "after", "when" or "because" or a relative
// pronoun brings in, as the end of a period ("through Christmas Eve"), or
// in a clause of the present ("It commemorates June 19, 1865").
func (s *Session) backgroundDayAt(k int) bool {
	if k < 1 {
		return false
	}
	if s.wordIs(k-1, "through") || s.wordIs(k-1, "to") || s.wordIs(k-1, "until") {
		return true
	}
	if s.inRelativeClause(k) || s.afterClauseDay(k) || s.whenClause(k) || s.clauseOf(k, "because") >= 0 {
		return true
	}
	v, _ := s.scanTenseAt(k-1, -1)
	return v == tensePresent
}

// paragraphBetween reports whether a new line starts between tokens a
// and b (looking back from b no further than maxSpan).
func (s *Session) paragraphBetween(a, b int) bool {
	return s.anyBetween(max(a+1, b-maxSpan), b, func(k int) bool { return s.toks[k].SpaceBefore >= 2 })
}

// reportedThatBefore reports whether a "that" after a verb of telling or
// a past verb, within three words, opens the clause holding token i in
// its sentence: "told jurors that Fuller shot the clerk at about 9:45
// p.m.", "found that Moran fired four shots" (not a relative "that": "a
// two-hour mass that began at 10 a.m."); or a verb of telling right
// before a pronoun, the subject of what is told: "said he threatened the
// cashier".
func (s *Session) reportedThatBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-25 && !s.sentenceStart(k+1); k-- {
		if s.inList(k-1, s.t.lists.reporting) && s.thirdPersonAt(k) {
			return true
		}
		if !s.wordIs(k, "that") {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if s.inList(j, s.t.lists.reporting) || s.tenseOf(j) == tensePast {
				return true
			}
		}
	}
	return false
}

// exhortedIn reports whether the possessive day m names an event that
// "in" or "at" brings in, in an infinitive's phrase that a verb of
// urging governs: "urged voters to reject the terms in Sunday's
// referendum", "is urging Greeks to vote No in Sunday's referendum". Not
// past another clause's start or verb between the infinitive and the
// event ("urged Athens to return to talks after voters rejected the terms
// in Sunday's referendum", "to avoid the square where two officers were
// injured in Saturday's protest"), nor after "had", nor when a relative
// clause on the subject holds the urging and a past main verb follows
// ("Tsipras, who urged voters to reject the terms in Sunday's referendum,
// hailed the result").
func (s *Session) exhortedIn(m *match) bool {
	if m.start < 4 || !(s.wordIs(m.start-1, "in") || s.wordIs(m.start-1, "at")) || !s.eventAfter(m.end+1) {
		return false
	}
	to := -1
	for k := m.start - 2; k >= 0 && k >= m.start-20 && !s.sentenceStart(k+1); k-- {
		if s.toks[k].Word == s.t.lists.idTo && to < 0 && k+1 < m.start && s.toks[k+1].Kind == tokWord && !s.toks[k+1].Cap && !s.inList(k+1, s.t.lists.determiners) {
			to = k
			continue
		}
		if s.possessiveMark(k) || s.wordIs(k, "'") {
			continue // "the international creditors' austerity demands"
		}
		if to < 0 && (s.toks[k].Kind == tokPunct && !s.innerHyphen(k) && !s.isQuote(k) || s.inList(k, s.t.lists.relative) || s.wordIs(k, "that") ||
			s.wordIs(k, "after") || s.wordIs(k, "before") || s.wordIs(k, "because") || s.wordIs(k, "since") || s.wordIs(k, "as") ||
			s.tenseOf(k) == tensePast || s.participle(k)) {
			return false
		}
		if to >= 0 && s.formAt(k, s.t.lists.exhorting) && !s.appealNounOff(k, to, m) {
			if s.inList(to+1, s.t.lists.accepting) && s.anyBetween(to+2, min(to+4, m.start-2), func(j int) bool { return s.inList(j, s.t.lists.acceptedOutcomes) }) {
				return false // "urged the opposition to accept its defeat in Sunday's election": an outcome (not "to accept the peace agreement in Sunday's referendum")
			}
			if s.hadBefore(k) {
				return false
			}
			if s.inRelativeClause(k) && s.mainVerbAfterClause(m.end) == tensePast {
				return false
			}
			return true
		}
		if to >= 0 && (s.toks[k].Kind == tokPunct && !s.innerHyphen(k) || k < to-8) {
			return false
		}
	}
	return false
}

// appealNounOff reports whether the exhorting word at token k is a noun of
// appeal (appeal_nouns) outside its frame "appeal … for someone to":
// "a federal appeals court refused to halt the recount", "a plea by the
// opposition to annul the results"; or one whose event a past main verb
// after a comma shows gone by ("The appeal for voters to back him in
// Sunday's referendum, made on the eve of the vote, failed"). A past verb
// with no comma before it is not seen ("… in Sunday's referendum fell on
// deaf ears").
func (s *Session) appealNounOff(k, to int, m *match) bool {
	if !s.inList(k, s.t.lists.appealNouns) {
		return false
	}
	return !s.anyBetween(k+1, to-1, func(j int) bool { return s.wordIs(j, "for") }) || s.mainVerbAfterClause(m.end) == tensePast
}

// pronounOpens reports whether the sentence holding token i opens with a
// personal pronoun, the subject of a story going on: "She was last seen
// leaving a bowling alley at 11 p.m." (within forty words back:
// openingBefore)
func (s *Session) pronounOpens(i int) bool {
	k := s.openingBefore(i)
	return s.sentenceStart(k) && s.thirdPersonAt(k)
}

// thirdPersonAt reports whether token k is "he", "she", "they" or "it".
func (s *Session) thirdPersonAt(k int) bool {
	return s.wordIs(k, "he") || s.wordIs(k, "she") || s.wordIs(k, "they") || s.wordIs(k, "it")
}

// happenedBefore reports whether a past verb of happening ends right
// before the date m, or before its "on": "The pact took effect on Jan.
// 1", "the strike began Dec. 3" (not after "had been due to" or "was to":
// the verb must be the clause's own finite past).
func (s *Session) happenedBefore(m *match) bool {
	e := m.start
	if e > 0 && s.wordIs(e-1, "on") {
		e--
	}
	if e > 1 && s.wordIs(e-1, "midnight") && s.wordIs(e-2, "at") {
		e -= 2 // "took effect at midnight on Jan. 1"
	}
	k := s.formStartBefore(e, s.t.lists.happened)
	if k < 0 {
		return false
	}
	// (not after "to", a modal, "not", "get" or "be": "is expected to get
	// started on Jan. 4"; nor after a future earlier in the sentence, with
	// a clause of time between, which backshifts it: "would be expanded
	// after the pilot ended on Jan. 31")
	return !(k > 0 && (s.toks[k-1].Word == s.t.lists.idTo || s.isModal(k-1) || s.wordIs(k-1, "not") || s.isBe(k-1) ||
		s.wordIs(k-1, "get") || s.wordIs(k-1, "gets") || s.wordIs(k-1, "getting"))) &&
		!s.anyBetween(max(k-20, 0), k-1, func(j int) bool {
			return s.sameSentence(j, k) && (s.wordIs(j, "would") || s.wordIs(j, "will") || s.wordIs(j, "'ll")) &&
				s.anyBetween(j+1, k-1, func(c int) bool {
					return s.wordIs(c, "after") || s.wordIs(c, "once") || s.wordIs(c, "when") || s.wordIs(c, "until") || s.wordIs(c, "before")
				})
		})
}

// deadlineInfinitive reports whether an infinitive follows the deadline
// m, the deed due by it, after a verb of granting time: "gave the firm
// until the end of the third quarter to pay" (a time given, whatever the
// tense of the giving; not "negotiated until 2 a.m. Wednesday to reach a
// deal").
func (s *Session) deadlineInfinitive(m *match) bool {
	return m.end+1 < len(s.toks) && s.toks[m.end].Word == s.t.lists.idTo && s.toks[m.end+1].Kind == tokWord && !s.toks[m.end+1].Cap &&
		!s.inList(m.end+1, s.t.lists.determiners) && !s.inList(m.end+1, s.t.lists.prepositions) && s.tenseOf(m.end+1) != tensePast &&
		s.anyBetween(max(m.start-6, 0), m.start-2, func(k int) bool { return s.inList(k, s.t.lists.granting) && s.sameSentence(k, m.start) }) &&
		!s.anyBetween(m.end+2, min(m.end+16, len(s.toks)-1), func(k int) bool { return s.inList(k, s.t.lists.lapse) && s.sameSentence(k, m.start) }) // (not one "met" or "missed" after)
}

// haveObjectAt reports whether token i opens the object of a "have" that
// is a verb of its own, not the perfect's: a determiner or a number, or a
// supply a household may lack (supply_nouns: "may not have electricity
// again until Wednesday"; not "may not have read the report").
func (s *Session) haveObjectAt(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if t.Kind == tokNum || s.inList(i, s.t.lists.determiners) && !s.wordIs(i, "that") {
		return true
	}
	return s.inList(i, s.t.lists.supplyNouns) || i+1 < len(s.toks) && t.Kind == tokWord && !t.Cap && s.inList(i+1, s.t.lists.supplyNouns) // ("may not have hot water")
}

// farDayLeft reports whether the clock time m, told after base, the last
// day told, more than a year back and in a sentence before, is the news's
// instead: base was told before a new paragraph or in passing (in an
// "after", "when" or relative clause, as a period's end, in a present:
// "It commemorates June 19, 1865"), and the story does not go on with it
// ("Crowds lined the streets of Oslo on Tuesday. Delegates signed the
// constitution at Eidsvoll on May 17, 1814. ¶ The children's parade began
// at 10 a.m."). It goes on in its paragraph ("The landings began on June
// 6, 1944. The first troops came ashore at 6:30 a.m."), in what a court
// heard of a crime ("found that he fired four shots at about 1.30am",
// "said he threatened the cashier"), in a sentence a pronoun opens ("She
// was last seen leaving a bowling alley at 11 p.m."), after a clock time
// on the old day, whose hours the story goes on telling ("sent a train
// onto the line at 6:47 a.m. on Oct. 5, 2021. ¶ The trains collided at
// about 6:51"), and after an incident told with the old day ("killed in an
// explosion on Nov. 3, 1962. ¶ The blast tore through the shaft at 2:15
// p.m."; but an anniversary "after" one is background: "ten years after
// a fire gutted it on Jan. 4, 2010"); but not into a sentence that names
// an event of its own, a hearing or a service ("The hearing was adjourned
// at 4 p.m.").
func (s *Session) farDayLeft(m *match, base time.Time) bool {
	if !s.hasDCT || s.lastDayAt < 0 || s.lastDayAt >= m.start || s.sameSentence(s.lastDayAt, m.start) || s.sentencesBetween(s.lastDayAt, m.start) > 2 ||
		!base.Before(s.day().AddDate(-1, 0, 0)) || !sameDay(s.leadDayT, s.day()) || s.annivAt >= 0 && sameDay(base, s.annivDayT) || s.pluperfectSentence(m.start) {
		return false
	}
	if !s.paragraphBetween(s.lastDayAt, m.start) && !s.backgroundDayAt(s.lastDayAt) || s.reportedThatBefore(m.start) || s.pronounOpens(m.start) {
		return false
	}
	if s.anyInSentence(m.start, func(k int) bool { return s.inList(k, s.t.lists.scheduled) && k != m.start }) {
		return true
	}
	clockGoesOn := s.lastClockAt >= 0 && s.lastClockAt < m.start && sameDay(s.lastClock.t, base)
	incident := s.anyInSentence(s.lastDayAt, func(k int) bool { return s.inList(k, s.t.lists.incidents) }) && !s.afterClauseDay(s.lastDayAt)
	return !clockGoesOn && !incident
}

// matchStartingAt is the index of the match that starts at token i, or -1
// when none does.
func (s *Session) matchStartingAt(i int) int {
	if j := s.matchFrom(i); j < len(s.matches) && s.matches[j].start == i {
		return j
	}
	return -1
}
