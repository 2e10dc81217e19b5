// Package timex finds temporal expressions in English news text and
// normalises them to TimeML TIMEX3 values ("last Tuesday" → 2025-02-11).
//
// The tagger is rule-based and its rules are data: TOML files (embedded from
// assets/timex) hold the word classes, the patterns and the examples that
// the tests run. The engine tokenises the text once, looks every word up in
// the lexicon, tries only the rules a token can start, keeps the longest
// match, and resolves it against the document creation time (DCT) and the
// dates mentioned before it.
package timex

import (
	"io/fs"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
)

// Tagger finds and normalises temporal expressions. It is immutable once
// built and safe for concurrent use.
type Tagger struct {
	lex    *lexicon
	rules  []*rule
	byWord [][]int32 // word id → rules whose match can start with it
	byNum  []int32   // rules that can start with a number token
	// pairs[w] (pairNum for a number) tells which rules a token can start
	// given the token after it; nwords is the length of their bitsets.
	nwords int
	pairs  []*pairIndex
	// pairNum[b] is the pair index of the rules that can start with
	// built-in b, followed from b alone: a number token looks up only the
	// built-ins its shape allows (numShape), so "3 million" does not try
	// "5 p.m." or "1430 GMT".
	pairNum   [bLit + 1]*pairIndex
	negatives []negativeSpec
	lists     contextLists
	// holidayPlaces: holidays kept on other days in other countries, by
	// the first word of the place
	holidayPlaces map[string][]holidayPlace
	// observed: the days Islamic holidays were kept, by code and year
	observed map[string]map[int]time.Time
	pool     sync.Pool
}

// rule is a compiled [[rule]].
type rule struct {
	name, pattern, file string
	prog                []inst
	typ                 string
	kind                kind
	value, mod          string
	quant, freq         string
	preset              frame
	notBefore, notAfter *contextSet
	notAfterCap         *contextSet
	onlyAfter, except   *contextSet
	onlyBefore          *contextSet
	notNear             *contextSet
	nameUnless          *contextSet
	notUnits            []string
	dctFrom             time.Time // the rule applies from this publication day on (zero: always)
	notInPast           bool      // no match in a clause told in the past
	capitalOnlyAtStart  bool      // a capital letter only where a sentence starts
	third               *thirdSet // the tokens that may come third (nil: any)
	thirdDigits         *thirdSet // the same after a second token in bare digits
	examples            []exampleSpec
}

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
)

// Default returns the tagger built from the embedded rules, loaded once.
// TestEmbeddedRules guarantees they load, so it panics only if a broken
// rule file was embedded.
func Default() *Tagger {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(assets.Timex, "timex")
		if err == nil {
			defaultTagger, err = New(sub)
		}
		if err != nil {
			panic("timex: embedded rules: " + err.Error())
		}
	})
	return defaultTagger
}

// Tag finds the temporal expressions in text and normalises them against
// dct, the document creation time (zero when unknown: then values that
// depend on it stay unresolved, like XXXX-WXX-2, rather than guessed).
// Offsets are byte offsets into text. Article and ID are left empty.
func (t *Tagger) Tag(text string, dct time.Time) []model.Timex {
	s := t.NewSession(dct)
	defer s.Close()
	return s.Tag(text, 0, nil)
}

// Session tags one document, possibly in several pieces (for streaming),
// keeping what the anaphora ("the following day") need between pieces.
// A Session is not safe for concurrent use.
type Session struct {
	t *Tagger
	// tenseMemo[i] is tenseOf(i)+2, or 0 when not yet asked
	tenseMemo []int8
	// dctTold: a day told of so far was the DCT's ("Oil prices jumped on
	// Monday")
	dctTold bool
	// lastDayReported: the last day told was a report's ("said on Friday")
	lastDayReported bool
	// leadDayT is the day the document's first sentence tells of (zero:
	// none); leadRead is set once the first day told was seen; pieces
	// counts the pieces tagged, this one included
	leadDayT time.Time
	leadRead bool
	// leadDCT: the first sentence reports on the DCT's day ("the army
	// said on Monday")
	leadDCT bool
	pieces  int
	dct     time.Time
	// best is the match longest found
	best match
	// hasDCT is false when the DCT is unknown.
	hasDCT bool
	// last is the last date mentioned, for "the following day".
	last      model.Date
	lastPoint point
	lastSet   bool
	// lastExplicit is true when the last date was stated in full.
	lastExplicit bool
	// lastAnchored: the last date was a month given the year stated
	// earlier in its sentence; anchored is set while one is resolved
	lastAnchored, anchored bool
	// lastYearsEvent: the last date was a year with 's ("next year's
	// summit") or a year opening its sentence ("Last year, …"), whose
	// months the sentence may go on to name
	lastYearsEvent bool
	// lastSceneNoComma: that year opened its sentence with no comma after
	// it ("Last year the service took …"): it sets the scene for past
	// clauses only
	lastSceneNoComma bool
	// lastPastRel: the last date was last year or a month of it told
	// with "last" ("last July", "last year's final"), whose later months
	// a past sentence may go on to name
	lastPastRel bool
	// lastNamed: the last date named a month or a year ("March 3", "in
	// 2015"), rather than being a weekday, a clock time or a word like
	// "today" placed on the DCT
	lastNamed bool
	// lastShifted is true when the last date was counted from another
	// ("a year ago", "a year earlier")
	lastShifted bool
	// weekPoint is the last week named ("this week", "in the coming
	// week") at weekAt, when it was not counted from another date
	weekPoint point
	weekAt    int
	// observanceAt is where a part of the day was last put on the news's
	// day as the observance of a day in history
	observanceAt int
	// lastHoliday is the holiday code of the last date when it was a
	// holiday's day ("" otherwise)
	lastHoliday string
	// namedHoliday is the holiday code of the last holiday named, however
	// long ago ("" if none): "St. Patrick's Day … The holiday falls on
	// Tuesday this year"
	namedHoliday string
	// lunarNamed: the Lunar New Year was named, and a New Year's Eve or
	// Day after it may be its own
	lunarNamed bool
	// lastBound: the last date bounds a period ("since 2007", "by Jan. 31")
	// or names a fiscal year, rather than setting the scene
	lastBound bool
	// quarterYear[q] is the year of the last quarter q+1 named without
	// its year, and quarterYearAt[q] where, for the same quarter named again
	quarterYear, quarterYearAt [4]int
	// lastFiscalYear is the last fiscal year named ("fiscal 1997"; 0:
	// none), and lastFiscalAt where, for "the fiscal year"
	lastFiscalYear, lastFiscalAt int
	// lastDayT is the last day-level date mentioned, for "the next day".
	lastDayT  time.Time
	lastDayAt int // where it was named
	// prevDayT is the day told before it, at prevDayAt
	prevDayT  time.Time
	prevDayAt int
	// toldDays holds the last days told, a ring of toldN entries in all,
	// for "that Sunday" when the last day is no Sunday
	toldDays [8]time.Time
	toldN    int
	// sinceMainT is the main clause's day when the last day was told in a
	// "since" clause trailing it (at sinceDayAt)
	sinceMainT time.Time
	sinceDayAt int
	// lastPastDayT is the last one not after the DCT: the day a clock time
	// in a past clause is on ("voted on Friday to leave on Jan. 31 … at
	// 14:30 GMT")
	lastPastDayT time.Time
	// surnames are the words the piece writes after a first name
	// ("Theresa May"); surnamesRead says whether they were collected
	surnames     map[int32]bool
	surnamesRead bool
	// mainDayT is the day before one named in a relative clause, at
	// relDayAt ("The inspectors, who arrived on Sunday, were turned back")
	mainDayT time.Time
	relDayAt int
	relAppos bool // the day at relDayAt closed a participle phrase, not a relative clause
	// afterDayAt is where a day closed an "after" clause that trails a
	// day of its sentence's main clause, afterMainT ("will begin … on
	// Friday, Aug. 15, after the league published its fixtures on
	// Wednesday"): "two days later" in the next sentence counts from
	// afterMainT
	afterMainT time.Time
	afterDayAt int
	// futureDayT is the last day ahead of the DCT named (an event's too:
	// "Sunday's awards"), and futureDayAt where: the day of a timetable
	// told next ("The ceremony begins at 5 p.m.")
	futureDayT  time.Time
	futureDayAt int
	// pastDayT is the last day not ahead of the DCT named, and pastDayAt
	// where: the day a past clause goes on from when a day ahead was named
	// since ("agreed last Wednesday to cut output from Jan. 1, yet prices
	// slid the next day")
	pastDayT  time.Time
	pastDayAt int
	// leadFutureT is the first day ahead of the DCT the lead sentence names
	// in a main clause: the day of the event the story is about
	leadFutureT time.Time
	// leadWeekAhead: the lead names a week after the DCT's ("The Federal
	// Reserve is expected to cut rates next week"), a calendar of days
	// to come
	leadWeekAhead bool
	// leadVoteT is the day of a vote the lead sentence names ("a snap
	// election on Feb. 8"): the day of the polls' hours told later
	leadVoteT time.Time
	// pastVoteT is the day of a vote gone by, within a week, that the lead
	// sentence tells of ("who won the election on Saturday"): the night a
	// concession told later is on
	pastVoteT time.Time
	// histDayT is the last day in history stated in full with its year
	// ("on May 8, 1945"): the day a survivor's "that night" is; histDayAt
	// is where, in this piece
	histDayT  time.Time
	histDayAt int
	// annivDayT is the day in history an anniversary story marks: the
	// news's day so many years back ("Sirens wailed at 5:12 this morning,
	// the minute the great earthquake struck 100 years ago"); annivAt is
	// where it was told, in this piece
	annivDayT time.Time
	annivAt   int
	// lent is the date of a clock time for the day named after it
	lent    time.Time
	lentSet bool
	// lastAt is the token where the last date was mentioned, in this piece,
	// and lastEnd the token after it.
	lastAt, lastEnd int
	// topic is the last quarter reported on and topicAt where, for "the
	// quarter" and "a year earlier" in financial news.
	topic   point
	topicAt int
	// quarterAt is where a quarter was last mentioned, and periodAt where
	// a reporting period of several months was ("the nine months"): a
	// comparison with "a year earlier" right after the latter is with the
	// year before, not with a quarter.
	quarterAt, periodAt int
	// periodMonths is that period's length in months (12 for a year), and
	// periodFirst whether it was named from the year's start ("the first
	// six months")
	periodMonths int
	periodFirst  bool
	// lastClock is the last clock time resolved and lastClockAt where, for
	// "three hours later"; lastClockEnd, whether it closed a range ("from 7
	// p.m. to 7:30 a.m."), whose morning is no story told on
	lastClock    point
	lastClockAt  int
	lastClockEnd bool
	// dailyEnd is where the last clock time of every day ended ("every
	// day from 6 a.m."), for the time that closes its range
	dailyEnd int
	// aheadClock is the last clock time resolved on the DCT or after it,
	// aheadClockAt where ("will address the nation at 9 p.m. … after a
	// ruling released at 10 o'clock last night. Bush is expected to speak
	// an hour later")
	aheadClock   point
	aheadClockAt int
	// possT is the day of the last weekday with 's ("Friday's
	// earthquake"), possAt where it was, possHead the head noun of the
	// event it names ("earthquake") and possRel where a relative clause
	// on that event begins (-1 when none): a bare clock time told of the
	// same event is on that day, not on the day of the news
	possT           time.Time
	possAt, possRel int
	possHead        string
	possHeadWord    int32
	// possSubj: the event was told as an incident's subject ("an
	// earthquake struck … on Tuesday"), not with a possessive; only a
	// definite mention of it, in a sentence with no day of its own,
	// takes its day
	possSubj bool
	// dayNamedAt is where the last day was named in words, not by a
	// clock time that took one
	dayNamedAt int
	// frame holds the slots of the best match so far while trying rules.
	frame frame
	r     *runner
	// toks and matches are the runner's buffers, reused between sessions.
	toks    []token
	matches []match
}

// NewSession starts tagging a document published at dct (zero: unknown).
func (t *Tagger) NewSession(dct time.Time) *Session {
	s := &Session{t: t}
	if !dct.IsZero() {
		s.dct = dct.UTC()
		s.hasDCT = true
	}
	if r, ok := t.pool.Get().(*runner); ok {
		s.r = r
	} else {
		s.r = &runner{lex: t.lex}
	}
	s.toks, s.matches = s.r.tokBuf, s.r.matchBuf
	return s
}

// maxPooledTokens bounds the token buffer kept between sessions, so that
// one huge document does not pin its memory.
const maxPooledTokens = 1 << 20

// Close returns the session's buffers to the tagger.
func (s *Session) Close() {
	if s.r != nil {
		s.r.text, s.r.toks = "", nil
		if cap(s.toks) <= maxPooledTokens {
			s.r.tokBuf, s.r.matchBuf = s.toks[:0], s.matches[:0]
		}
		s.t.pool.Put(s.r)
		s.r = nil
	}
}

// match is one rule match over tokens [start, end).
type match struct {
	start, end int
	rule       *rule
	f          frame
	// lend: a clock time whose date the day after it takes (borrow):
	// "at 7pm on Wednesday"
	lend, borrow bool
	// restated: a clock time in brackets restating the one before it in
	// another zone; it takes that day but lends none
	restated bool
	// plain: the match lost the "late" or "early" it opened with, and
	// with it the rule's mod ("40 minutes late yesterday")
	plain bool
	// rangeEnd: a clock time ending a range on the next day ("from 7 p.m.
	// to 7:30 a.m."), which does not become the day told of
	rangeEnd bool
	// aside: a part of the day put on the DCT's day in passing, past a day
	// in history the story goes on telling ("the ceremonies, which began
	// in the morning", between sentences about June 6, 1944); it does not
	// become the day told of
	aside bool
	// rangeStart: a bare clock time that opens a range or a pair whose
	// end, the next match, names the day ("from 4 p.m. to 8 p.m.
	// Wednesday", "at 6 a.m. and 7:30 a.m. on Friday"); it takes the day
	// the end resolves to
	rangeStart bool
	// eveBefore: a bare hour that opens a range across midnight, in the
	// evening before the end's day ("a curfew 10 to 6 a.m. Friday" runs
	// from Thursday night)
	eveBefore bool
}

// Tag tags one piece of the document. base is the byte offset of text in
// the whole document; timexes are appended to out with offsets that
// include base.
func (s *Session) Tag(text string, base int, out []model.Timex) []model.Timex {
	t := s.t
	s.toks = (&tokenizer{lex: t.lex}).tokenize(text, s.toks[:0])
	toks := s.toks
	s.pieces++
	s.tenseMemo = slices.Grow(s.tenseMemo[:0], len(toks))[:len(toks)]
	clear(s.tenseMemo)
	r := s.r
	r.text, r.toks = text, toks
	s.matches = s.matches[:0]
	s.lastAt, s.topicAt = -quarterReach-1, -quarterReach-1
	s.quarterAt, s.periodAt = -quarterReach-1, -quarterReach-1
	s.lastClock, s.lastClockAt, s.lastClockEnd = point{}, -anaphorReach-1, false
	s.aheadClock, s.aheadClockAt = point{}, -anaphorReach-1
	s.dailyEnd = -1
	// token positions of an earlier piece mean nothing in this one: the
	// last day is kept, but as told before the piece began
	s.lastDayAt, s.lastFiscalAt, s.futureDayAt, s.relDayAt = -maxSpan-1, -fiscalReach-1, -maxSpan-1, -maxSpan-2
	s.afterDayAt, s.sinceDayAt, s.prevDayAt = -maxSpan-2, -maxSpan-2, -maxSpan-1
	s.pastDayAt, s.weekAt, s.observanceAt, s.histDayAt, s.annivAt = -maxSpan-1, -maxSpan-1, -maxSpan-1, -maxSpan-1, -maxSpan-1
	s.surnamesRead = false
	s.quarterYearAt = [4]int{-quarterReach - 1, -quarterReach - 1, -quarterReach - 1, -quarterReach - 1}
	// the event named with a weekday's 's is told of in its own piece only
	s.possT, s.possAt, s.possRel, s.possHead, s.possHeadWord, s.dayNamedAt, s.possSubj = time.Time{}, -1, -1, "", -1, -1, false
	// the matcher sees the tokens up to the end of the paragraph a match
	// starts in: no timex runs on across a blank line ("polls open at 7
	// a.m.\n\nTonight, …")
	for i, paraEnd := 0, 0; i < len(toks); {
		if paraEnd <= i {
			for paraEnd = i + 1; paraEnd < len(toks) && toks[paraEnd].SpaceBefore < 3; paraEnd++ {
			}
			r.toks = toks[:paraEnd]
		}
		if !s.longest(i) {
			i++
			continue
		}
		s.matches = append(s.matches, s.best)
		i = s.best.end
	}
	r.toks = toks
	s.refine()
	first := len(out)
	startAt := -1 // where in out the time opening a range went
	for i := range s.matches {
		m := &s.matches[i]
		tx, ok := s.resolve(m)
		if !ok {
			startAt = -1
			continue
		}
		tx.Start = base + int(toks[m.start].Start)
		tx.End = base + int(toks[m.end-1].End)
		tx.Text = text[toks[m.start].Start:toks[m.end-1].End]
		if startAt >= 0 && i > 0 && (s.matches[i-1].rangeStart || s.matches[i-1].eveBefore) {
			sameDayAs(&out[startAt], tx)
			if s.matches[i-1].eveBefore {
				shiftDayBack(&out[startAt])
			}
		}
		startAt = -1
		if m.rangeStart || m.eveBefore {
			startAt = len(out)
		}
		out = append(out, tx)
	}
	out = mergeDurations(text, base, out, first, func(w string) bool {
		id := s.t.lex.id(strings.ToLower(w))
		return id >= 0 && s.t.lex.inClass(id, s.t.lists.offsetWords)
	})
	r.text, r.toks = "", nil
	return out
}

// sameDayAs moves the clock time a onto the day of the clock time b: the
// start of "from 4 p.m. to 8 p.m. Wednesday" is on the day its end was
// found to be on, whatever its own words would give.
func sameDayAs(a *model.Timex, b model.Timex) {
	if a.Type != "TIME" || b.Type != "TIME" || len(a.Value) < 16 || len(b.Value) < 16 || a.Value[10] != 'T' || b.Value[10] != 'T' || a.Span.IsZero() || b.Span.IsZero() {
		return
	}
	ad := ymd(a.Span.Start.Year(), int(a.Span.Start.Month()), a.Span.Start.Day())
	bd := ymd(b.Span.Start.Year(), int(b.Span.Start.Month()), b.Span.Start.Day())
	if days := int(bd.Sub(ad).Hours() / 24); days != 0 {
		a.Value = b.Value[:10] + a.Value[10:]
		a.Span.Start, a.Span.End = a.Span.Start.AddDate(0, 0, days), a.Span.End.AddDate(0, 0, days)
	}
}

// shiftDayBack moves a clock time a to the day before its own (not
// Session.dayBefore, which finds the day told before a token).
func shiftDayBack(a *model.Timex) {
	if a.Type != "TIME" || len(a.Value) < 16 || a.Value[10] != 'T' || a.Span.IsZero() || a.Value[4] != '-' || a.Value[7] != '-' {
		return
	}
	d := ymd(a.Span.Start.Year(), int(a.Span.Start.Month()), a.Span.Start.Day()).AddDate(0, 0, -1)
	a.Value = d.Format("2006-01-02") + a.Value[10:]
	a.Span.Start, a.Span.End = a.Span.Start.AddDate(0, 0, -1), a.Span.End.AddDate(0, 0, -1)
}

// mergeDurations joins durations written in parts, largest unit first:
// "1 hour 52 minutes", "two hours and 41 minutes", "one day, 18 hours
// and 40 minutes" are one timex each (PT1H52M, P1DT18H40M), and so is a
// recurrence's period in parts ("every 11 hours and 55 minutes").
func mergeDurations(text string, base int, out []model.Timex, first int, offsetWord func(string) bool) []model.Timex {
	w := first
	for i := first; i < len(out); i++ {
		if w > first {
			a, b := &out[w-1], out[i]
			j := joiner(text[a.End-base : b.Start-base])
			if j == ',' && i+1 < len(out) && out[i+1].Type == "DURATION" && joiner(text[b.End-base:out[i+1].Start-base]) == 'a' {
				j = 'a' // "one day, 18 hours and 40 minutes": the list ends with "and"
			}
			if j == ',' && dayOrClockSpan(a.Value) && strings.HasPrefix(b.Value, "PT") && (endsPhrase(text[b.End-base:]) || strings.Contains(a.Text, ",")) {
				// a time told in parts that ends its phrase: "won in 4 hours,
				// 48 minutes.", "after 2 days, 6 hours, 15 minutes" (not
				// "within 24 hours, 15 minutes of footage",
				// "in 2 hours 1 minute, 20 seconds ahead"), or a third part
				// after two joined by a comma: "in 2 hours, 8 minutes, 22
				// seconds as the race returned"
				j = ' '
			}
			// (and so is the period of a recurrence: "once every 11 hours
			// and 55 minutes", PT11H55M)
			period := a.Type == "SET" && strings.Contains(strings.ToLower(a.Text), "every ") && clockPartAfter(a.Value, b.Value) && !relationAfter(text[b.End-base:], offsetWord)
			if (a.Type == "DURATION" || period) && b.Type == "DURATION" && b.Mod == "" && (j == ' ' || j == 'a') && !startsWithArticle(b.Text) {
				if v, ok := joinDurations(a.Value, b.Value); ok {
					a.Value, a.End = v, b.End
					a.Text = text[a.Start-base : a.End-base]
					continue
				}
			}
		}
		out[w] = out[i]
		w++
	}
	return out[:w]
}

// dayOrClockSpan reports whether duration v counts only days and time of
// day ("P2D", "P2DT6H", "PT4H"), the parts a race or a rescue is timed in.
func dayOrClockSpan(v string) bool {
	if !strings.HasPrefix(v, "P") || strings.Contains(v, "X") {
		return false
	}
	d, _, _ := strings.Cut(v[1:], "T")
	return d == "" || strings.HasSuffix(d, "D") && strings.Trim(d[:len(d)-1], "0123456789") == ""
}

// endsPhrase reports whether the text after an expression closes its
// phrase: punctuation, the end, or "on" or "at" bringing in when or where
// ("lasted 4 hours, 56 minutes on Friday night").
func endsPhrase(rest string) bool {
	t := strings.TrimLeft(rest, " \t")
	return t == "" || strings.ContainsRune(".,;:)!?\n", rune(t[0])) || strings.HasPrefix(t, "on ") || strings.HasPrefix(t, "at ")
}

// relationAfter reports whether the text after an amount of time makes
// it an offset ("30 minutes later", "two hours before", "30 minutes of
// exercise": offset_words), or a possessive ("30 days' notice"), which no
// recurrence's period runs on into.
func relationAfter(rest string, offsetWord func(string) bool) bool {
	if r, n := utf8.DecodeRuneInString(rest); r == '\'' || r == '’' {
		// a possessive ("30 days' notice"), not a closing quote ("…
		// every 11 hours and 55 minutes', the scientist said")
		t := strings.TrimLeft(rest[n:], " ")
		return t != "" && t[0] >= 'a' && t[0] <= 'z'
	}
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " \t"), " ")
	return offsetWord(strings.TrimRight(w, ".,;:"))
}

// clockPartAfter reports whether duration b goes on from the smallest unit
// of duration a by the next smaller clock unit: hours then minutes, or
// minutes then seconds ("every 11 hours and 55 minutes"), the only parts a
// recurrence's period is told in ("every day and 30 minutes on Sundays",
// "every six months and 30 days' notice" are two things).
func clockPartAfter(a, b string) bool {
	pa, ok1 := splitDuration(a)
	pb, ok2 := splitDuration(b)
	if !ok1 || !ok2 || len(pb) != 1 {
		return false
	}
	_, h := pa["TH"]
	_, m := pa["TM"]
	_, bm := pb["TM"]
	_, bs := pb["TS"]
	return h && !m && bm || m && bs
}

// joiner tells what joins two parts of a duration: ' ' nothing but space,
// 'a' "and" (with or without a comma), ',' a comma alone, 0 anything else.
func joiner(s string) byte {
	t := strings.TrimSpace(s)
	switch {
	case t == "":
		return ' '
	case t == "and" || t == ", and" || t == ",and":
		return 'a'
	case t == ",":
		return ','
	}
	return 0
}

// startsWithArticle reports whether a timex's text opens with "the" or
// "a": "the next 6 months" is an expression of its own.
func startsWithArticle(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "the ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "an ")
}

// durationUnitOrder lists the designators a joined duration may use, the
// time ones marked with a T, and below how much of each a part must stay
// to follow the larger one ("18 months" does not follow "five years").
// Weeks do not mix with other units.
var durationUnitOrder = []string{"Y", "M", "D", "TH", "TM", "TS"}

var durationUnitLimit = map[string]float64{"M": 12, "D": 31, "TH": 24, "TM": 60, "TS": 60}

// splitDuration reads "P1DT18H" into its amounts by designator ("D": "1",
// "TH": "18"); ok is false for vague or unusual values.
func splitDuration(v string) (map[string]string, bool) {
	if !strings.HasPrefix(v, "P") || strings.Contains(v, "X") {
		return nil, false
	}
	parts := map[string]string{}
	inTime, num := false, ""
	for _, c := range v[1:] {
		switch {
		case c == 'T':
			inTime = true
		case c >= '0' && c <= '9' || c == '.':
			num += string(c)
		default:
			if num == "" {
				return nil, false
			}
			k := string(c)
			if inTime {
				k = "T" + k
			}
			parts[k], num = num, ""
		}
	}
	return parts, num == "" && len(parts) > 0
}

// joinDurations adds duration b to a when all of b's units are smaller
// than a's.
func joinDurations(a, b string) (string, bool) {
	pa, ok1 := splitDuration(a)
	pb, ok2 := splitDuration(b)
	if !ok1 || !ok2 {
		return "", false
	}
	for _, p := range []map[string]string{pa, pb} {
		for u := range p {
			if !slices.Contains(durationUnitOrder, u) {
				return "", false // quarters, weeks
			}
		}
	}
	for u, n := range pb {
		if lim, ok := durationUnitLimit[u]; ok {
			if v, err := strconv.ParseFloat(n, 64); err != nil || v >= lim {
				return "", false
			}
		}
	}
	lowA, highB := -1, len(durationUnitOrder)
	for i, u := range durationUnitOrder {
		if _, ok := pa[u]; ok {
			lowA = i
		}
		if _, ok := pb[u]; ok && i < highB {
			highB = i
		}
	}
	if highB <= lowA {
		return "", false
	}
	var sb strings.Builder
	sb.WriteString("P")
	inTime := false
	for _, u := range durationUnitOrder {
		n, ok := pa[u]
		if !ok {
			n, ok = pb[u]
		}
		if !ok {
			continue
		}
		if strings.HasPrefix(u, "T") && !inTime {
			sb.WriteString("T")
			inTime = true
		}
		sb.WriteString(n)
		sb.WriteString(strings.TrimPrefix(u, "T"))
	}
	return sb.String(), true
}

// maxRuleWords bounds the rule bitsets kept on the stack.
const maxRuleWords = 8

// longest tries every rule that token i can start and the token after it
// can continue, and puts in s.best the longest match that passes its
// context checks; earlier rules win ties. It reports whether there was one.
// (Most tokens start no rule: returning the large match by value for each
// of them cost a tenth of the tagger's time.)
func (s *Session) longest(i int) bool {
	t, r := s.t, s.r
	tok := &s.toks[i]
	// cand: the rules to run; with checkFilters, all: every rule the
	// token may start, whatever follows it and whatever its shape
	var cand, all [maxRuleWords]uint64
	n := t.nwords
	any := uint64(0)
	add := func(pi *pairIndex, shapeOK bool) {
		if checkFilters {
			for k := 0; k < n; k++ {
				all[k] |= pi.all[k]
				any |= pi.all[k]
			}
		}
		if !shapeOK {
			return
		}
		var second []uint64
		num := false
		if i+1 < len(s.toks) {
			nt := &s.toks[i+1]
			num = nt.Kind == tokNum
			if nt.Word >= 0 {
				second = pi.second(nt.Word)
			}
		}
		for k := 0; k < n; k++ {
			b := pi.other[k]
			if num {
				b |= pi.num[k]
			}
			if second != nil {
				b |= second[k]
			}
			cand[k] |= b
			any |= b
		}
	}
	if tok.Word >= 0 && t.pairs[tok.Word] != nil {
		add(t.pairs[tok.Word], true)
	}
	if tok.Kind == tokNum {
		for b := bNum; b <= bLit; b++ {
			if t.pairNum[b] != nil {
				add(t.pairNum[b], numShape(b, tok, t.lex.idS))
			}
		}
	}
	if any == 0 {
		return false // most words start no rule
	}
	run := cand
	if checkFilters {
		run = all
	}
	var bestRule *rule
	bestEnd := -1
	for k := 0; k < n; k++ {
		for m := run[k]; m != 0; m &= m - 1 {
			bit := bits.TrailingZeros64(m)
			ru := t.rules[k*64+bit]
			if !ru.dctFrom.IsZero() && (!s.hasDCT || s.dct.Before(ru.dctFrom)) {
				continue // a rule for documents of a later day
			}
			if (ru.onlyAfter != nil || ru.notAfter != nil) && !s.beforeOK(ru, i) {
				continue // the word before rules the match out: no need to run it
			}
			var third *thirdSet
			if i+1 < len(s.toks) {
				third = ru.thirdFor(&s.toks[i+1])
			}
			refused := third != nil && (i+2 >= len(s.toks) || !third.accepts(&s.toks[i], &s.toks[i+1], &s.toks[i+2]))
			if refused && !checkFilters {
				continue // the third token rules the match out
			}
			end := r.run(ru.prog, i, &ru.preset)
			if checkFilters && end >= 0 {
				if refused {
					panic("timex: rule " + ru.name + " matched a third token its thirdSet refuses")
				}
				if cand[k]&(1<<bit) == 0 {
					panic("timex: rule " + ru.name + " matched two tokens the pair index or numShape refuses")
				}
			}
			if refused {
				continue
			}
			if end < 0 || end < bestEnd || end == bestEnd && ru.kind != kindNone {
				continue // no match, a shorter one, or a tie that a blocking rule alone wins
			}
			if !s.contextOK(ru, i, end) || ru.notUnits != nil && slices.Contains(ru.notUnits, r.bestFrame.unit) {
				continue
			}
			if f := &r.bestFrame; ru.kind == kindDuration && f.nums > 1 && f.num >= 1000 && f.num > f.num2 {
				continue // "was sentenced in 2006 to 14 years": a year, then the amount
			}
			bestRule, bestEnd = ru, end
			s.frame = r.bestFrame
		}
	}
	if bestRule == nil {
		return false
	}
	s.best = match{start: i, end: bestEnd, rule: bestRule, f: s.frame}
	return true
}

// contextOK applies a rule's checks on the words around a match.
func (s *Session) contextOK(ru *rule, start, end int) bool {
	lex := s.t.lex
	var prev, next *token
	if start > 0 {
		prev = &s.toks[start-1]
	}
	if end < len(s.toks) {
		next = &s.toks[end]
	}
	text := s.r.text
	if ru.onlyBefore != nil && !ru.onlyBefore.before(lex, text, s.toks, end) {
		return false // (first: one look at the next word rules most matches out)
	}
	if next != nil && next.Kind == tokWord && next.SpaceBefore == 0 && next.Word < 0 && s.toks[end-1].Kind == tokNum && s.toks[end-1].Plain {
		return false // a number glued to letters it does not know is a name: "Joint Sword-2024B"
	}
	if ru.except != nil && end == start+1 && ru.except.has(lex, text, &s.toks[start]) {
		return false
	}
	if ru.notBefore != nil && ru.notBefore.before(lex, text, s.toks, end) {
		return false
	}
	if ru.notAfter != nil && ru.notAfter.after(lex, text, s.toks, start) {
		return false
	}
	if ru.notAfterCap != nil && ru.notAfterCap.after(lex, text, s.toks, start) && slices.ContainsFunc(s.toks[start:end], func(t token) bool { return t.Kind == tokWord && t.Cap }) {
		return false
	}
	if ru.onlyAfter != nil && !ru.onlyAfter.after(lex, text, s.toks, start) && !(prev == nil && ru.onlyAfter.words[lex.punct['.']]) {
		return false // (a text's start counts as following ".")
	}
	if ru.nameUnless != nil && end == start+1 && !ru.nameUnless.has(lex, text, prev) && s.surname(start) {
		return false // "May survived a confidence vote", after "Theresa May"
	}
	if ru.notNear != nil {
		for i := start - 1; i >= 0 && i >= start-notNearReach && !s.sentenceStart(i+1); i-- {
			if ru.notNear.has(lex, text, &s.toks[i]) {
				return false
			}
		}
	}
	if ru.notInPast && (s.tense(start, end) == tensePast || s.pastVerbAfterAdverb(start, end)) {
		return false
	}
	if ru.capitalOnlyAtStart && s.toks[start].Cap && !s.sentenceStart(start) && !(start > 0 && s.isQuote(start-1) && s.sentenceStart(start-1)) {
		return false
	}
	return ru.kind == kindNone || !s.isTitle(start, end)
}

// surname reports whether the capitalised word at i is also written, in
// the piece being tagged, right after a capitalised word the lexicon does
// not know and before a word in lower case or a mark: a first name
// ("Theresa May met", "Brian May's"), not a headline in title case
// ("Farmers March On Capital"). The words so written are collected in one
// pass over the piece, the first time a rule asks.
func (s *Session) surname(i int) bool {
	if !s.surnamesRead {
		s.surnamesRead = true
		clear(s.surnames)
		for j := 1; j < len(s.toks); j++ {
			t, p := &s.toks[j], &s.toks[j-1]
			if t.Word < 0 || !t.Cap || t.Kind != tokWord || p.Kind != tokWord || !p.Cap || p.Upper || p.Word >= 0 || t.SpaceBefore != 1 {
				continue
			}
			if j+1 < len(s.toks) && s.toks[j+1].Kind == tokWord && s.toks[j+1].Cap {
				continue
			}
			if s.surnames == nil {
				s.surnames = map[int32]bool{}
			}
			s.surnames[t.Word] = true
		}
	}
	return s.surnames[s.toks[i].Word]
}

// beforeOK checks a rule's checks on the word before a match at start,
// which do not depend on where the match ends (contextOK checks them
// again, with the rest).
func (s *Session) beforeOK(ru *rule, start int) bool {
	lex, text := s.t.lex, s.r.text
	var prev *token
	if start > 0 {
		prev = &s.toks[start-1]
	}
	if ru.notAfter != nil && ru.notAfter.after(lex, text, s.toks, start) {
		return false
	}
	return ru.onlyAfter == nil || ru.onlyAfter.after(lex, text, s.toks, start) || prev == nil && ru.onlyAfter.words[lex.punct['.']]
}

// pastVerbAfterAdverb reports whether the adverb at [start, end) stands
// before a past verb of its own clause, with no modal, "to", "be" or
// "have" before it: "and thousands soon streamed through", "the impact
// site soon rotated into view" (where "will soon cut" looks ahead).
func (s *Session) pastVerbAfterAdverb(start, end int) bool {
	if end >= len(s.toks) || start == 0 {
		return false
	}
	t := &s.toks[end]
	if t.Kind != tokWord || t.Cap || s.isModal(start-1) || s.isBe(start-1) || s.isPerfect(start-1) || s.toks[start-1].Word == s.t.lists.idTo {
		return false
	}
	w := s.r.text[t.Start:t.End]
	return s.formAt(end, s.t.lists.past) || len(w) >= 5 && strings.HasSuffix(w, "ed") && !eedNotPast(w)
}

// notNearReach is how many tokens back a rule's not_near words count.
const notNearReach = 10

// isTitle reports whether tokens [start, end) read like a title rather
// than a date: every word capitalised in mid-sentence, starting with a word
// that is not capitalised in ordinary prose ("This Week", "Next Year").
func (s *Session) isTitle(start, end int) bool {
	first := s.toks[start]
	if first.Kind == tokNum && !s.sentenceStart(start) {
		// "'60 Minutes", "24 Hours": a number before capitalised words
		words := 0
		for i := start + 1; i < end; i++ {
			if t := s.toks[i]; t.Kind == tokWord {
				if !t.Cap || t.Upper || t.Word >= 0 && s.t.lex.classMask[t.Word]&s.t.lex.capitalMask != 0 {
					return false // "18 February" is a date
				}
				words++
			}
		}
		return words > 0
	}
	if first.Kind != tokWord || !first.Cap || first.Upper || s.sentenceStart(start) || end-start < 2 {
		return false
	}
	if lex := s.t.lex; first.Word >= 0 && lex.classMask[first.Word]&lex.capitalMask != 0 {
		return s.titleAround(start, end) // "March 3", "Good Friday", but not "Another Sunday Morning"
	}
	for i := start + 1; i < end; i++ {
		if t := s.toks[i]; t.Kind == tokWord && !t.Cap {
			return false
		}
	}
	return true
}

// titleAround tells whether a match that opens with a name the lexicon
// capitalises (a weekday, a month) sits in a title: a word it would
// write in lower case is capitalised inside it ("Morning"), and a
// capitalised word of no date stands next to it, mid-sentence (the song
// "Another Sunday Morning", "Saturday Night Fever").
func (s *Session) titleAround(start, end int) bool {
	lex := s.t.lex
	// a word capitalised that the lexicon would write in lower case
	titled := func(i int) bool {
		t := &s.toks[i]
		return t.Kind == tokWord && t.Cap && !t.Upper && !(t.Word >= 0 && lex.classMask[t.Word]&lex.capitalMask != 0)
	}
	inner := false
	for i := start + 1; i < end; i++ {
		inner = inner || titled(i)
	}
	if !inner || s.titleCaseLine(start) {
		// (a headline in title case, "Rivals Meet Friday Night In
		// Championship Decider", capitalises every word)
		return false
	}
	return start > 0 && !s.sentenceStart(start-1) && !s.lineBreak(start-1) && titled(start-1) || end < len(s.toks) && !s.lineBreak(end-1) && titled(end)
}

// lineBreak reports whether a new line begins between token i and the
// next (the tokenizer's SpaceBefore): a headline's last word and the
// dateline after it are no title.
func (s *Session) lineBreak(i int) bool {
	return i+1 >= len(s.toks) || s.toks[i+1].SpaceBefore >= 2
}

// titleCaseLine reports whether the sentence of token i writes every
// word of four letters or more with a capital, as a headline does.
func (s *Session) titleCaseLine(i int) bool {
	a, b := s.sentenceAround(i, i+1)
	for k := i - 1; k >= a; k-- {
		if s.lineBreak(k) {
			a = k + 1 // (a headline is its line)
			break
		}
	}
	for k := i; k < b-1; k++ {
		if s.lineBreak(k) {
			b = k + 1
			break
		}
	}
	words := 0
	for k := a; k < b; k++ {
		if t := &s.toks[k]; t.Kind == tokWord && t.End-t.Start >= 4 {
			if !t.Cap {
				return false
			}
			words++
		}
	}
	return words >= 4
}

// numShape reports whether built-in b might take number token t, judging
// by its shape alone: it lets through at least every token that
// runner.matchBuiltin takes.
func numShape(b builtin, t *token, idS int32) bool {
	switch b {
	case bNum:
		return t.Word < 0 && t.Seps&(sepColon|sepSlash) == 0 // "1,000", "2.5"
	case bInt:
		return t.Plain && t.Word < 0 && t.Digits&0x80 == 0
	case bYear:
		return t.Plain && t.Word < 0 && (t.Digits == 4 || t.Digits == 0x82)
	case bDay:
		return t.Plain && t.Digits <= 2 && t.Num >= 1 && t.Num <= 31
	case bMonthNum:
		return t.Plain && t.Word < 0 && t.Digits <= 2 && t.Num >= 1 && t.Num <= 12
	case bDecade, bDecade4, bDecade2:
		return t.Plain && t.Word == idS
	case bOrd:
		return t.Plain && t.Word >= 0
	case bClockAmPm:
		return t.Word >= 0 && t.Digits&0x80 == 0
	case bClock:
		return t.Word < 0 && t.Digits&0x80 == 0 && (oneSep(t, sepColon|sepDot) || t.Plain && t.Num <= 24 && t.Digits <= 2)
	case bClock24, bClockColon:
		return t.Word < 0 && t.Digits&0x80 == 0 && oneSep(t, sepColon)
	case bHHMM:
		return t.Word < 0 && t.Plain && t.Digits == 4
	case bFY:
		return t.Plain && t.Word < 0
	case bNumDate:
		return t.Word < 0 && t.Seps&sepMany != 0 && t.Seps&^sepMany&^(sepSlash|sepDot) == 0 // "2/17/2025", "17.02.2025"
	case bYearPair:
		return t.Word < 0 && oneSep(t, sepSlash)
	case bClock12:
		return t.Word < 0 && t.Digits&0x80 == 0 && (oneSep(t, sepColon|sepDot) || t.Plain && t.Num <= 12 && t.Digits <= 2)
	case bYearNext:
		return t.Plain && t.Word < 0 && (t.Digits == 2 || t.Digits == 4)
	case bLit:
		return plainInt(t)
	}
	return false
}

// oneSep reports whether number t holds one separator, of those in seps.
func oneSep(t *token, seps uint8) bool {
	return t.Seps != 0 && t.Seps&sepMany == 0 && t.Seps&^seps == 0
}
