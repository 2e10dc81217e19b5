package events

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/text"
)

// report is one event as one sentence reports it, before reports of the
// same real event are merged.
type report struct {
	art     int // index of the article in the corpus
	artID   string
	sent    text.Span
	sentNo  int // index of the sentence in its article
	ent     *entry
	act     string // the act's code, refined ("042")
	code    string // the final code: the intent or refusal code where due
	mod     string
	refused bool

	src, tgt, others []*model.Actor
	loc              string
	locActor         *model.Actor

	when     model.Date
	dated    bool // dated by a temporal expression of its own clause
	anchored bool // dated relative to another event

	tokFrom, tokTo   int
	trigFrom, trigTo int
	nominal          bool
	partForm         bool // the verb is a past participle
	passive          bool // an object-first phrase: "sanctions were imposed"
	baseForm         bool
	definite         bool
	inAnchor         bool // the trigger names the anchor of a relative date
	unnamed          bool // no actor is named, but a noun says who acts ("the army")
	halted           bool // a verb stops the noun act: "suspended intelligence sharing"
	governor         *report
	generic          *report // the generic verb this noun act specifies
	govMod           string
	dropped          bool
	alias            *report // the earlier report of the same event (anaphora)
	anchor           *anchorRef
	anchorTo         *report   // the act a definite anchor noun names
	cl               *cluster  // the event the report was merged into
	secs             secs      // when, and the report day, for the merge
	mi               mergeInfo // what the merge compares
	day              int64
	reportDate       time.Time
}

// speech reports whether r only reports words: a speech entry whose act
// a refine rule did not make another one ("Trump and Putin spoke").
func (r *report) speech() bool { return r.ent.speech && r.act[:2] == "01" }

// actRoot is the CAMEO root of the act itself, before a promise or a
// refusal changed the code.
func (r *report) actRoot() string { return r.act[:2] }

// mention is an actor mention inside the current sentence.
type mention struct {
	actor    *model.Actor
	from, to int // token range
	modifier bool
}

// sentence holds the working state for one sentence.
type sentence struct {
	c     *Coder
	ac    *articleCtx
	span  text.Span
	no    int
	toks  []token
	ments []mention
	timex []sentTimex
	reps  []*report
	spans []span
	kept  []span // buffers of the trigger matching
	ign   []span
	ints  []int // the mention lists of the sentence's name groups
}

type sentTimex struct {
	tx       *model.Timex
	from, to int
}

// articleCtx carries what sentences of one article share.
type articleCtx struct {
	c         *Coder
	art       *model.Article
	artIdx    int
	mentions  []artMention
	timexes   []*model.Timex
	reports   []*report
	countries map[string]*model.Actor
	tz        tokenizer
	sent      sentence
	w         *work
	first     int // the article's first report in w.all
}

// newReport returns a zero report from the work's slabs.
func (ac *articleCtx) newReport() *report { return &ac.w.reports.take(1, 256)[0] }

type artMention struct {
	actor *model.Actor
	m     *model.Mention
	start int32 // m.Start, and the mention's place in the corpus for ties,
	seq   int32 // so a plain sort keeps mentions in a fixed order
}

// analyzeSentence finds the reports of one sentence.
func (ac *articleCtx) analyzeSentence(no int, sp text.Span) {
	c := ac.c
	// the sentence's buffers are reused from one sentence to the next
	s := &ac.sent
	*s = sentence{c: c, ac: ac, span: sp, no: no, ments: s.ments[:0], timex: s.timex[:0], reps: s.reps[:0],
		spans: s.spans[:0], kept: s.kept[:0], ign: s.ign[:0], ints: s.ints[:0]}
	s.toks = ac.tz.tokenize(ac.art.Text, sp.Start, sp.End)
	if len(s.toks) == 0 {
		return
	}
	hasTrig := false
	for i := range s.toks {
		hasTrig = hasTrig || s.toks[i].bits&wTrig != 0
	}
	if !hasTrig {
		return
	}
	s.annotate()
	s.spans = c.trig.findAll(s.toks, wTrig, s.spans[:0])
	s.kept = c.trig.best(s.filter(s.spans), s.kept)
	for _, m := range s.kept {
		p := &c.trig.pats[m.pat]
		r := ac.newReport()
		*r = report{art: ac.artIdx, artID: ac.art.ID, sent: sp, sentNo: no, ent: c.entries[p.owner],
			tokFrom: m.from, tokTo: m.to, nominal: p.nominal, reportDate: ac.art.Published}
		r.trigFrom, r.trigTo = s.toks[m.from].start, s.toks[m.to-1].end
		r.passive = p.passive
		if !p.nominal && !p.passive {
			fl, _ := p.elems[0].flag(s.toks[m.from].id)
			r.partForm = fl&fPart != 0
			r.baseForm = fl&fBase != 0
			// a one-word verb may be a noun in disguise: "the meeting";
			// "sitting across from" is always a verb
			r.nominal = s.nounUse(m.from, fl, p.literals)
		}
		s.reps = append(s.reps, r)
		for k := m.from; k < m.to; k++ {
			s.toks[k].trig = len(s.reps)
		}
	}
	if len(s.reps) == 0 {
		return
	}
	s.markModifiers()
	s.governing()
	s.specify()
	for _, r := range s.reps {
		r.definite = r.nominal && s.definiteNoun(r)
		r.halted = r.nominal && s.haltedBy(r) >= 0
	}
	for _, r := range s.reps {
		if r.dropped {
			continue
		}
		s.participants(r)
		s.refine(r)
		if r.halted {
			// "suspended intelligence sharing" reduces relations (160)
			if hc := c.lookupUp(r.act, func(ci *codeInfo) string { return ci.halt }); hc != "" {
				r.act = hc
			} else {
				r.halted = false
			}
		}
		s.modality(r)
		s.location(r)
	}
	s.dateFromTimexes()
	s.markAnchors()
	ac.w.all = append(ac.w.all, s.reps...)
	ac.reports = ac.w.all[ac.first:]
}

// filter drops trigger matches that are no act: those starting inside an
// ignore phrase ("met analysts' expectations"), a verb's participle used
// as an adjective ("jailed activist", "the occupied West Bank"), and
// capitalised words inside a sentence ("March", "Summit Street", "Rally
// Party"). In a headline in title case every word is capitalised, so the
// case test is skipped there.
func (s *sentence) filter(ms []span) []span {
	c := s.c
	s.ign = c.ignore.findAll(s.toks, wIgnore, s.ign[:0])
	ign := s.ign
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, g := range ign {
			if m.from >= g.from && m.from < g.to {
				inside = true
				break
			}
		}
		if !inside && !s.adjectival(m) {
			out = append(out, m)
		}
	}
	return s.properCaseOnly(out)
}

// adjectival reports whether a one-word verb match is a participle
// qualifying the noun after it: "jailed activist", "the disputed island".
func (s *sentence) adjectival(m span) bool {
	p := &s.c.trig.pats[m.pat]
	if p.nominal || p.literals != 1 || m.to >= len(s.toks) || s.c.entries[p.owner].speech {
		return false
	}
	fl, _ := p.elems[0].flag(s.toks[m.from].id)
	if fl&fPart == 0 || fl&fBase != 0 {
		return false
	}
	next := &s.toks[m.to]
	if next.kind != tWord || next.bits&(wDet|wPrep|wConn|wAux|wRel|wSub|wPron|wStop) != 0 {
		return false
	}
	if m.from == 0 {
		return !next.upper
	}
	prev := &s.toks[m.from-1]
	if prev.ment != 0 {
		return false // "Police (Kenya) confiscated property": a name acts
	}
	// ", occupied by…" aside, a name after the participle is its object
	// ("…, seized Crimea") unless a determiner opens the phrase
	return prev.bits&wDet != 0 || (prev.isComma() || prev.isBreak() || prev.bits&wPrep != 0) && !next.upper
}

// properCaseOnly drops matches that start with a capital inside a sentence.
func (s *sentence) properCaseOnly(ms []span) []span {
	words, caps := 0, 0
	for i := range s.toks {
		if t := &s.toks[i]; t.kind == tWord && len(t.low) > 3 {
			words++
			if t.upper {
				caps++
			}
		}
	}
	if words > 2 && caps*10 >= words*6 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		t := &s.toks[m.from]
		if t.upper && m.from > 0 && !s.toks[m.from-1].isBreak() {
			continue
		}
		out = append(out, m)
	}
	return out
}

// nounUse reports whether a verb form at token k is used as a noun: "the
// meeting", "a U.S.-Russian meeting", "any talks". A gerund is a noun
// unless a person, a be-verb or a preposition comes before it ("were
// meeting", "after meeting Lavrov"); a plain or -s form only after a
// determiner or a possessive ("a visit", "Russia's attack").
func (s *sentence) nounUse(k int, fl uint8, literals int) bool {
	if k == 0 {
		return false
	}
	prev := &s.toks[k-1]
	switch {
	case fl&fIng != 0 && fl&(fBase|fPast|fThird) == 0:
		if literals > 1 {
			return false
		}
		// "Rubio meeting Lavrov" is a verb, "a U.S.-Russian meeting" a noun;
		// "kept attacking" a verb
		if prev.bits&wAspect != 0 {
			return false
		}
		if prev.ment != 0 {
			return s.ments[prev.ment-1].actor.Kind != model.KindPerson
		}
		return !(prev.bits&(wBe|wAux|wPrep|wRel|wConn) != 0 || prev.isComma() || prev.isBreak())
	case fl&fThird != 0 && fl&(fBase|fPast) == 0, fl&fBase != 0:
		// "any talks", "a massacre", "the attack", "Russia's visit"
		return prev.bits&wDet != 0 || strings.HasSuffix(prev.low, "'s")
	}
	return false
}

// annotate marks the tokens inside actor mentions and temporal expressions.
func (s *sentence) annotate() {
	ac := s.ac
	toks := s.toks
	tokAt := func(off int) int { // first token ending after off
		return sort.Search(len(toks), func(i int) bool { return toks[i].end > off })
	}
	lo := sort.Search(len(ac.mentions), func(i int) bool { return ac.mentions[i].m.Start >= s.span.Start })
	for i := lo; i < len(ac.mentions) && ac.mentions[i].m.Start < s.span.End; i++ {
		am := ac.mentions[i]
		from := tokAt(am.m.Start)
		to := from
		for to < len(toks) && toks[to].start < am.m.End {
			to++
		}
		if from >= to {
			continue
		}
		clash := false
		for k := from; k < to; k++ {
			if toks[k].ment != 0 {
				clash = true
			}
		}
		// a guessed "name" holding a trigger word is the words, not an
		// actor: "Fighting erupted…" opening a sentence, or a headline in
		// title case ("Authorities Arrest Aid Worker")
		if clash || am.m.Confidence > 0 && s.holdsTrigger(from, to) {
			continue
		}
		s.ments = append(s.ments, mention{actor: am.actor, from: from, to: to})
		for k := from; k < to; k++ {
			toks[k].ment = len(s.ments)
		}
	}
	lo = sort.Search(len(ac.timexes), func(i int) bool { return ac.timexes[i].Start >= s.span.Start })
	for i := lo; i < len(ac.timexes) && ac.timexes[i].Start < s.span.End; i++ {
		tx := ac.timexes[i]
		from := tokAt(tx.Start)
		to := from
		for to < len(toks) && toks[to].start < tx.End {
			toks[to].timex = true
			to++
		}
		if from < to {
			s.timex = append(s.timex, sentTimex{tx: tx, from: from, to: to})
		}
	}
}

// hasAct reports whether tokens [from, to) hold a live trigger other
// than r's.
func (s *sentence) hasAct(from, to int, r *report) bool {
	for k := from; k < to; k++ {
		if s.otherTrig(k, r) != nil {
			return true
		}
	}
	return false
}

// holdsTrigger reports whether tokens [from, to) start a trigger phrase.
func (s *sentence) holdsTrigger(from, to int) bool {
	for k := from; k < to; k++ {
		if s.toks[k].bits&wTrig == 0 {
			continue
		}
		for _, id := range s.c.trig.starts(s.toks[k].id) {
			if matchElems(s.c.trig.pats[id].elems[1:], s.toks, k+1) > k {
				return true
			}
		}
	}
	return false
}

// npWord reports whether token k can sit inside a name phrase between an
// actor and the word it modifies ("U.S. Secretary of State Marco Rubio").
func (s *sentence) npWord(k int) bool {
	t := &s.toks[k]
	if t.kind == tPunct {
		return t.glue
	}
	if t.trig != 0 && !s.reps[t.trig-1].dropped {
		return false
	}
	if t.low == "of" || t.low == "for" {
		return true
	}
	return t.bits&(wPrep|wConn|wRel|wSub|wAux|wStop|wPron) == 0
}

// markModifiers flags the mentions that only qualify a following name:
// "Russian" in "Russian Foreign Minister Sergei Lavrov". A mention is a
// modifier when only name-phrase words part it from a person, or from
// another modifier.
func (s *sentence) markModifiers() {
	for i := len(s.ments) - 2; i >= 0; i-- {
		a, b := &s.ments[i], &s.ments[i+1]
		if b.from-a.to > 8 {
			continue
		}
		if b.actor.Kind != model.KindPerson && !b.modifier {
			continue
		}
		ok := true
		for k := a.to; k < b.from; k++ {
			if !s.npWord(k) {
				ok = false
				break
			}
		}
		a.modifier = ok
	}
}

// governing handles "threatened to impose", "refused to meet": the second
// act is the event, planned or refused; the first verb is dropped.
func (s *sentence) governing() {
	for i, r := range s.reps {
		if r.ent.governs == "" || r.nominal || i+1 >= len(s.reps) {
			continue
		}
		q := s.reps[i+1]
		k := r.tokTo
		if k < len(s.toks) && strings.HasSuffix(s.toks[k].low, "ly") {
			k++
		}
		if k >= len(s.toks) || s.toks[k].low != "to" {
			continue
		}
		k++
		if k < len(s.toks) && strings.HasSuffix(s.toks[k].low, "ly") {
			k++
		}
		// "vowed to keep attacking": the aspect verb carries the act
		if k < len(s.toks) && s.toks[k].bits&wAspect != 0 && s.toks[k].trig == 0 {
			k++
		}
		if q.tokFrom != k || q.nominal {
			continue
		}
		q.governor = r
		q.govMod = r.ent.governs
		r.dropped = true
	}
}

// specify lets a noun act say what a generic verb did: in "five soldiers
// were killed in a roadside bombing" the bombing is the event. The verb is
// dropped and lends the noun its place in the clause.
func (s *sentence) specify() {
	for i, r := range s.reps {
		if !r.ent.generic || r.nominal || r.dropped {
			continue
		}
		// "a suicide bomber killed twelve", "a suicide attack on a mosque
		// killed sixty": the noun act heading the verb's subject says how
		if i > 0 {
			if p := s.reps[i-1]; p.nominal && !p.dropped && s.subjectPhrase(p.tokTo, r.tokFrom) {
				r.dropped = true
				p.generic = r
				continue
			}
		}
		if i+1 >= len(s.reps) {
			continue
		}
		q := s.reps[i+1]
		if !q.nominal || q.tokFrom-r.tokTo > 8 {
			continue
		}
		ok := true
		for k := r.tokTo; k < q.tokFrom; k++ {
			t := &s.toks[k]
			if t.kind == tPunct || !(t.bits&(wPrep|wDet) != 0 || s.npWord(k)) {
				ok = false
			}
		}
		if ok {
			r.dropped = true
			q.generic = r
		}
	}
}

// haltedBy returns the token of the verb that stops noun act r, as in
// "suspended intelligence sharing", "halted the talks", or -1.
func (s *sentence) haltedBy(r *report) int {
	for k := r.tokFrom - 1; k >= 0 && r.tokFrom-k <= 4; k-- {
		t := &s.toks[k]
		if t.bits&wHalt != 0 && t.trig == 0 {
			return k
		}
		if t.low == "of" || !(t.bits&wDet != 0 || s.npWord(k)) {
			return -1
		}
	}
	return -1
}

// subjectPhrase reports whether tokens [a, b) can end the noun phrase
// that is the subject of the verb at b: names, nouns and prepositions
// ("on a mosque in Peshawar"), then auxiliaries and adverbs ("has"); no
// clause break, comma or other act.
func (s *sentence) subjectPhrase(a, b int) bool {
	if b-a > 10 {
		return false
	}
	for k := a; k < b; k++ {
		t := &s.toks[k]
		switch {
		case t.ment != 0, t.bits&wAux != 0, s.isAdverb(k):
		case t.kind == tPunct:
			if !t.glue {
				return false
			}
		case t.trig != 0 || t.bits&(wSub|wRel|wConn|wStop|wPron) != 0:
			return false
		}
	}
	return true
}

// refine applies the first of the entry's finer codes whose conditions
// hold: its words near the trigger, its object, its source's kind. It
// runs after participants, which the conditions may read.
func (s *sentence) refine(r *report) {
	r.act = r.ent.code
	if len(r.ent.refine) == 0 {
		return
	}
	obj := -2 // not looked for yet
	for i := range r.ent.refine {
		rr := &r.ent.refine[i]
		if rr.words != nil && !s.wordNear(r, rr.words) {
			continue
		}
		if rr.object != nil || rr.objectKinds != nil {
			if obj == -2 {
				obj = s.objectHead(r)
			}
			if obj < 0 || !s.objectIs(obj, rr) {
				continue
			}
		}
		if rr.sourceKinds != nil && !anyKind(r.src, rr.sourceKinds) {
			continue
		}
		if rr.twoSides {
			if len(r.tgt) > 0 || len(r.src) < 2 || r.src[0].Country == "" {
				continue
			}
			a, b := splitSides(r.src)
			if len(b) == 0 || a[0].Country == b[0].Country {
				continue
			}
			r.src, r.tgt = a, b
		}
		r.act = rr.code
		return
	}
}

// wordNear reports whether one of words stands in the trigger or the
// seven tokens after it, within the clause; a noun trigger also looks at
// the two words before it ("military aid").
func (s *sentence) wordNear(r *report, words idSet) bool {
	end := min(r.tokTo+7, len(s.toks))
	from := r.tokFrom
	if r.nominal && from > 0 {
		from = max(from-2, 0)
	}
	for k := from; k < end; k++ {
		// quotes do not part a clause here: warned of a "powerful response"
		if t := &s.toks[k]; k >= r.tokTo && t.isBreak() && !t.isQuote() {
			break
		}
		if words.has(s.toks[k].id) {
			return true
		}
	}
	return false
}

// objectIs reports whether the object head at token k is one of rr's
// object words or names an actor of one of its object kinds.
func (s *sentence) objectIs(k int, rr *refineRule) bool {
	if rr.anyObject {
		return true
	}
	t := &s.toks[k]
	if t.ment != 0 {
		return slices.Contains(rr.objectKinds, s.ments[t.ment-1].actor.Kind)
	}
	return rr.object.has(t.id)
}

func anyKind(list []*model.Actor, kinds []string) bool {
	for _, a := range list {
		if slices.Contains(kinds, a.Kind) {
			return true
		}
	}
	return false
}

// objectHead returns the last token of the noun phrase right after a verb
// trigger, the head of its object ("welcomed the Syrian interim president
// in Doha" → president), or -1 when a preposition, a clause or nothing
// follows the verb. The object of a phrase with a gap may sit inside it
// ("shot the mayor dead").
func (s *sentence) objectHead(r *report) int {
	if r.nominal || r.passive {
		return -1
	}
	if h := s.headIn(r, r.tokTo, len(s.toks)); h >= 0 {
		return h
	}
	if r.tokTo-r.tokFrom > 2 {
		return s.headIn(r, r.tokFrom+1, r.tokTo-1)
	}
	return -1
}

// headIn returns the last token of the noun phrase opening tokens
// [from, to), or -1.
func (s *sentence) headIn(r *report, from, to int) int {
	head := -1
	for j := from; j < to && j-from < 8; {
		t := &s.toks[j]
		if t.ment != 0 {
			m := &s.ments[t.ment-1]
			head = min(m.to, to) - 1
			j = m.to
			continue
		}
		if t.kind == tPunct {
			if t.glue {
				j++
				continue
			}
			break
		}
		if t.timex || t.bits&(wPrep|wConn|wSub|wRel|wAux|wStop|wPron) != 0 || s.otherTrig(j, r) != nil {
			break
		}
		// "a minibus carrying traders": a participle after a noun opens a
		// phrase of its own; "the seized tanker" keeps its adjective
		if head >= 0 && j > 0 && (strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ed")) &&
			s.toks[j-1].bits&wDet == 0 && !s.isAdverb(j-1) && s.toks[j-1].ment == 0 {
			break
		}
		head = j
		j++
	}
	return head
}

// isAdverb is a cheap test for words that may sit inside a verb group.
func (s *sentence) isAdverb(k int) bool {
	l := s.toks[k].low
	return strings.HasSuffix(l, "ly") && len(l) > 3 || l == "also" || l == "still" || l == "again" || l == "already" || l == "then" || l == "just" || l == "now"
}

// otherTrig returns the live report whose trigger covers token k, other
// than r and its governor, or nil.
func (s *sentence) otherTrig(k int, r *report) *report {
	t := s.toks[k].trig
	if t == 0 {
		return nil
	}
	q := s.reps[t-1]
	if q == r || q.dropped || q == r.governor {
		return nil
	}
	return q
}

// headOf moves from a modifier to the name it qualifies.
func (s *sentence) headOf(m int) int {
	for m < len(s.ments)-1 && s.ments[m].modifier {
		m++
	}
	return m
}

// npStart returns the first token of the name phrase ending with mention m:
// its modifiers and title words.
func (s *sentence) npStart(m int) int {
	k := s.ments[m].from
	for k > 0 {
		p := k - 1
		if t := s.toks[p].ment; t != 0 {
			if s.ments[t-1].modifier {
				k = s.ments[t-1].from
				continue
			}
			break
		}
		if !s.npWord(p) {
			break
		}
		k = p
	}
	return k
}

// isConnector reports whether token k joins the items of a list.
func (s *sentence) isConnector(k int) (and, comma bool) {
	t := &s.toks[k]
	if t.isComma() {
		return false, true
	}
	// "U.S.-Russian", "Israel/Hamas"
	if t.glue && (t.low == "-" || t.low == "/") && k > 0 && s.toks[k-1].ment != 0 {
		return true, false
	}
	return t.bits&wConn != 0, false
}

// groupLeft returns the list of names ending with head mention m:
// "Mike Walz, Steve Witkoff and Marco Rubio". Commas join names only in
// a list that has an "and", so an apposition ("Kirill Dmitriev") is not
// taken for a second actor.
func (s *sentence) groupLeft(m int) []int {
	start := len(s.ints)
	s.ints = append(s.ints, m)
	sawAnd := false
	k := s.npStart(m)
	for k > 0 {
		and, comma := s.isConnector(k - 1)
		if !and && !comma || comma && !sawAnd {
			break
		}
		j := k - 2
		// "other USA officials": title words may follow the name
		for j >= 0 && s.toks[j].ment == 0 && s.npWord(j) && k-2-j < 3 {
			j--
		}
		if j < 0 || s.toks[j].ment == 0 {
			break
		}
		p := s.toks[j].ment - 1
		if s.ments[p].modifier {
			break
		}
		if and {
			sawAnd = true
		}
		s.ints = append(s.ints, p)
		k = s.npStart(p)
	}
	// text order
	out := s.ints[start:len(s.ints):len(s.ints)]
	slices.Reverse(out)
	return out
}

// groupRight returns the list of names starting at mention m and the token
// after it.
func (s *sentence) groupRight(m int) ([]int, int) {
	h := s.headOf(m)
	start := len(s.ints)
	s.ints = append(s.ints, h)
	k := s.ments[h].to
	var cbuf [8]int
	commaAt := cbuf[:0]
	for k < len(s.toks) {
		// title words after a name: "Russia and other European states"
		j := k
		and, comma := s.isConnector(j)
		if !and && !comma {
			break
		}
		j++
		for j < len(s.toks) && s.toks[j].ment == 0 && s.npWord(j) && j-k < 4 {
			j++
		}
		if j >= len(s.toks) || s.toks[j].ment == 0 {
			break
		}
		if comma {
			commaAt = append(commaAt, len(s.ints)-start)
		} else {
			commaAt = append(commaAt[:0], -1)
		}
		h = s.headOf(s.toks[j].ment - 1)
		s.ints = append(s.ints, h)
		k = s.ments[h].to
	}
	out := s.ints[start:len(s.ints):len(s.ints)]
	// a trailing comma item without a later "and" is an apposition
	if n := len(commaAt); n > 0 && commaAt[n-1] > 0 {
		cut := commaAt[0]
		if cut < 0 { // "X and Y, Z": the apposition starts after the "and" group
			cut = commaAt[1]
		}
		out = out[:cut]
		k = s.ments[out[len(out)-1]].to
	}
	return out, k
}

// subject finds the acting names left of token from. It returns the mention
// indices, or pron set when a personal pronoun stands there, or inherit
// set when the verb shares the subject of the act before it ("arrived and
// met"). A name after "in", "of" or "at" is not the subject, but when no
// other name acts it stands for the unnamed one: "Police in Belgrade".
func (s *sentence) subject(from int, r *report) (ms []int, pron bool, inherit *report) {
	var fallback []int
	j := from - 1
loop:
	for steps := 0; j >= 0 && steps < 30; steps++ {
		t := &s.toks[j]
		switch {
		case t.ment != 0:
			m := t.ment - 1
			if s.ments[m].modifier {
				// "Russian officials": a modifier left alone names the actor
				if h := s.headOf(m); s.ments[h].from < from {
					m = h
				}
			}
			st := s.npStart(m)
			var before *token
			if st > 0 {
				before = &s.toks[st-1]
				if before.bits&wDet != 0 && st > 1 {
					before = &s.toks[st-2]
				}
			}
			if before != nil && before.bits&wPrep != 0 && before.bits&wSub == 0 {
				// a prepositional object, not the subject
				if b := before.low; fallback == nil && (b == "in" || b == "of" || b == "from" || b == "at") {
					fallback = s.groupLeft(m)
				}
				j = st - 1
				continue
			}
			return s.groupLeft(m), false, nil
		case t.isBreak():
			break loop
		case t.isComma():
			k := j - 1
			for k >= 0 && j-k < 16 && !s.toks[k].isComma() && !s.toks[k].isBreak() {
				k--
			}
			if k >= 0 && s.toks[k].isComma() && k+1 < j {
				first := &s.toks[k+1]
				// ", a Trump adviser," ", who also traveled to Riyadh,": a
				// short phrase with no act of its own, or a relative clause
				if first.bits&wRel != 0 || first.kind == tWord && !first.upper && first.ment == 0 && j-k <= 8 && !s.hasAct(k+1, j, r) {
					j = k - 1
					continue
				}
				j--
				continue
			}
			// a lone comma before the verb: "…, said Bruce"
			break loop
		case t.bits&wRel != 0 && t.low != "that":
			j--
			if j >= 0 && s.toks[j].isComma() {
				j--
			}
			continue
		case t.bits&wPron != 0:
			return nil, true, nil
		case t.bits&wGroup != 0:
			// "Russia said it would retaliate": the speaker
			if q := s.speakerBefore(j); q != nil {
				return nil, false, q
			}
			break loop
		}
		if q := s.otherTrig(j, r); q != nil {
			if !q.nominal && !q.ent.speech {
				return fallback, false, q
			}
			break
		}
		if t.bits&wSub != 0 {
			break
		}
		j--
	}
	return fallback, false, nil
}

// speakerBefore returns the live speech report whose words contain token
// k: the last speech trigger before k in the sentence.
func (s *sentence) speakerBefore(k int) *report {
	var q *report
	for _, r := range s.reps {
		if r.tokTo <= k && r.ent.speech && !r.dropped && len(r.src) > 0 {
			q = r
		}
	}
	return q
}

// rightScan reads what follows the trigger: the target names, the agent of
// a passive ("by X"), the names after "between", and a place.
type rightInfo struct {
	tgt, agent, between []int
	locMent             int // 1 + mention index
	locName             string
	firstNP             []int // the names right after the verb, for inverted speech
}

func (s *sentence) rightScan(r *report) rightInfo {
	var ri rightInfo
	prep, prepBits := "", uint32(0)
	j := r.tokTo
	np := true // still at the noun phrase right after the trigger
	for steps := 0; j < len(s.toks) && steps < 25; steps++ {
		t := &s.toks[j]
		if t.isBreak() || s.otherTrig(j, r) != nil || t.bits&wSub != 0 || t.bits&wRel != 0 {
			break
		}
		if t.isComma() {
			break
		}
		if t.ment != 0 {
			g, end := s.groupRight(t.ment - 1)
			switch {
			case prepBits&wLoc != 0:
				if ri.locMent == 0 {
					ri.locMent = g[0] + 1
				}
			case prepBits&wAgent != 0:
				if ri.agent == nil {
					ri.agent = g
				}
			case prep == "between" || prep == "among":
				if ri.between == nil {
					ri.between = g
				}
			default:
				if np && ri.firstNP == nil {
					ri.firstNP = g
				}
				if ri.tgt == nil && (prep != "" || np) && prep != "from" && prep != "about" && prep != "over" {
					ri.tgt = g
				}
			}
			prep, prepBits = "", 0
			np = false
			j = end
			continue
		}
		if t.bits&wPrep != 0 {
			prep, prepBits = t.low, t.bits
			np = false
			j++
			continue
		}
		if prepBits&wLoc != 0 && t.upper && t.kind == tWord && !t.timex && ri.locName == "" && ri.locMent == 0 {
			k := j
			for k < len(s.toks) && s.toks[k].ment == 0 && !s.toks[k].timex && (s.toks[k].upper || s.toks[k].low == "of" && k > j || s.toks[k].glue) {
				k++
			}
			ri.locName = strings.TrimSpace(s.ac.art.Text[t.start:s.toks[k-1].end])
			prep, prepBits = "", 0
			j = k
			continue
		}
		if t.kind == tWord && !t.timex && t.bits&wDet == 0 && !s.npWord(j) {
			np = false
		}
		j++
	}
	return ri
}

func (s *sentence) actors(ms []int) []*model.Actor {
	if len(ms) == 0 {
		return nil
	}
	out := s.ac.w.pool.actorSlice(len(ms))
	for _, m := range ms {
		out = appendActor(out, s.ments[m].actor)
	}
	return out
}

func appendActor(list []*model.Actor, a *model.Actor) []*model.Actor {
	if slices.Contains(list, a) {
		return list
	}
	return append(list, a)
}

// participants sets the source and target of r.
func (s *sentence) participants(r *report) {
	c := s.c
	ri := s.rightScan(r)
	if ri.locMent != 0 {
		r.locActor = s.ments[ri.locMent-1].actor
	} else if ri.locName != "" {
		r.loc = ri.locName
	}
	var src, tgt []int
	var pron, passiveVerb bool
	var inherit *report
	start := r.tokFrom
	if r.governor != nil {
		start = r.governor.tokFrom
	}
	switch {
	case r.ent.sourceAfter:
		src = ri.firstNP
	case r.nominal:
		// names right before the noun: "the U.S.-Russian meeting", "Lavrov's visit"
		k := r.tokFrom - 1
		for k >= 0 && r.tokFrom-k < 8 {
			if t := s.toks[k].ment; t != 0 {
				src = append([]int{t - 1}, src...)
				k = s.ments[t-1].from - 1
				continue
			}
			if c.is(strings.TrimSuffix(s.toks[k].low, "'s"), wPron) {
				pron = true
				break
			}
			// the determiner opens the noun phrase: "talks in Ukraine and a
			// meeting" gives the meeting no actor
			if !s.npWord(k) && s.toks[k].bits&wConn == 0 || s.toks[k].bits&wDet != 0 {
				break
			}
			k--
		}
		if src == nil && !pron {
			// "began a meeting", "held talks": the light verb's subject acts
			for k := r.tokFrom - 1; k >= 0 && r.tokFrom-k <= 4; k-- {
				if s.toks[k].bits&(wLight|wHalt) != 0 {
					src, pron, inherit = s.subject(k, r)
					break
				}
				if !(s.toks[k].bits&wDet != 0 || s.npWord(k)) || s.toks[k].ment != 0 {
					break
				}
			}
		}
		if src == nil && !pron {
			if ri.agent != nil {
				src = ri.agent
			}
		}
		tgt = ri.tgt
		if ri.between != nil {
			src = append(src, ri.between...)
		}
	default:
		var subj []int
		subj, pron, inherit = s.subject(start, r)
		passive := r.passive
		if r.partForm {
			k := start - 1
			for k >= 0 && (s.isAdverb(k) || s.toks[k].low == "not") {
				k--
			}
			passive = k >= 0 && (s.toks[k].bits&wBe != 0 || s.toks[k].low == "got" || s.toks[k].low == "get")
		}
		passiveVerb = passive
		switch {
		case passive:
			tgt, src = subj, ri.agent
			if subj == nil {
				// "sanctions were imposed on Iran"
				tgt, pron = ri.tgt, false
			}
		case r.ent.speech && subj == nil && !pron && inherit == nil:
			// inverted: "…, said State Department spokeswoman Tammy Bruce"
			src = ri.firstNP
		case r.ent.speech:
			// "said Ukraine will…": the name after the verb opens the words
			// reported; only an addressee ("told X", "said to X") is a target
			src = subj
			if r.ent.addressee || ri.tgt != nil && ri.firstNP == nil {
				tgt = ri.tgt
			}
		default:
			src = subj
			tgt = ri.tgt
			if ri.between != nil {
				tgt = append(tgt, ri.between...)
			}
		}
	}
	if r.generic != nil && src == nil && !pron {
		// "…were killed in an Israeli assassination" gave the noun its
		// actor already; else the verb's subject acts
		src, pron, inherit = s.subject(r.generic.tokFrom, r)
	}
	r.src = s.actors(src)
	r.tgt = s.actors(tgt)
	if len(r.src) == 0 && inherit != nil {
		r.src = inherit.src
	}
	if len(r.src) == 0 && pron {
		if a := s.resolvePronoun(r); a != nil {
			r.src = []*model.Actor{a}
		}
	}
	if r.ent.symmetric && len(r.tgt) == 0 && len(r.src) > 1 {
		r.src, r.tgt = splitSides(r.src)
	}
	// "he was prepared to meet" has an actor, if not a named one
	if len(r.src) == 0 && inherit == nil && !r.passive && !passiveVerb {
		r.unnamed = pron || s.unnamedActor(r)
	}
	// an actor is never its own target
	r.tgt = without(r.tgt, r.src)
	if r.ent.speech && len(r.src) > 0 {
		media := true
		for _, a := range r.src {
			if a.Kind != model.KindMedia {
				media = false
			}
		}
		// "as reported by Reuters" attributes, it is no event
		if media {
			r.dropped = true
		}
	}
}

// unnamedActor reports whether a common noun names who does r: the word
// before the verb group ("the army had carried out", "security forces
// raided") or before a noun act ("an army raid").
func (s *sentence) unnamedActor(r *report) bool {
	k := r.tokFrom - 1
	if r.governor != nil {
		k = r.governor.tokFrom - 1
	}
	if r.nominal {
		// the light verb's subject: "the army carried out a raid"
		for j := k; j >= 0 && r.tokFrom-j <= 4; j-- {
			if s.toks[j].bits&wUnnamed != 0 {
				return true
			}
			if s.toks[j].bits&(wLight|wHalt) != 0 {
				k = j - 1
				break
			}
			if !(s.toks[j].bits&wDet != 0 || s.npWord(j)) {
				return false
			}
		}
	}
	for k >= 0 && (s.toks[k].bits&wAux != 0 || s.isAdverb(k)) {
		k--
	}
	return k >= 0 && s.toks[k].bits&wUnnamed != 0
}

// splitSides parts the participants of a symmetric act into the two
// sides: the first actor's country against the others.
func splitSides(all []*model.Actor) (a, b []*model.Actor) {
	first := all[0].Country
	for _, x := range all {
		if first != "" && x.Country == first || x == all[0] {
			a = append(a, x)
		} else {
			b = append(b, x)
		}
	}
	if len(b) == 0 {
		return all[:1], all[1:]
	}
	return a, b
}

func without(list, drop []*model.Actor) []*model.Actor {
	found := false
	for _, x := range list {
		if slices.Contains(drop, x) {
			found = true
			break
		}
	}
	if !found {
		return list
	}
	out := list[:0:0]
	for _, x := range list {
		keep := true
		for _, d := range drop {
			if x == d {
				keep = false
			}
		}
		if keep {
			out = append(out, x)
		}
	}
	return out
}

// resolvePronoun finds who "he" or "she" is: the person who acted last in
// the sentence or the article, else the last person named before the
// trigger.
func (s *sentence) resolvePronoun(r *report) *model.Actor {
	ac := s.ac
	var prev []*report
	for _, q := range s.reps {
		if q == r {
			break
		}
		prev = append(prev, q)
	}
	prev = append(ac.reports[max(len(ac.reports)-6, 0):len(ac.reports):len(ac.reports)], prev...)
	for i := len(prev) - 1; i >= 0; i-- {
		q := prev[i]
		if q.dropped || r.sentNo-q.sentNo > 3 {
			continue
		}
		for _, a := range q.src {
			if a.Kind == model.KindPerson {
				return a
			}
		}
	}
	k := sort.Search(len(ac.mentions), func(i int) bool { return ac.mentions[i].m.Start >= r.trigFrom })
	for i := k - 1; i >= 0 && i >= k-10; i-- {
		if a := ac.mentions[i].actor; a.Kind == model.KindPerson {
			return a
		}
	}
	return nil
}

// modality reads the cues around the trigger and sets the final code.
func (s *sentence) modality(r *report) {
	c := s.c
	mod := model.Asserted
	refuse := false
	switch r.govMod {
	case model.Planned:
		mod = model.Planned
	case "refused":
		mod, refuse = model.Negated, true
	}
	start := r.tokFrom
	if r.governor != nil {
		start = r.governor.tokFrom
	}
	// the verb group: back to the subject, a break or another act
	lo := start
	for lo > 0 && start-lo < 6 {
		k := lo - 1
		t := &s.toks[k]
		if t.ment != 0 || t.isBreak() || t.isComma() || s.otherTrig(k, r) != nil {
			break
		}
		lo = k
	}
	apply := func(cu cueInfo) {
		if modRank(cu.modality) > modRank(mod) {
			mod = cu.modality
		}
		if cu.refuse {
			refuse = true
		}
	}
	hi := start
	if r.passive {
		hi = r.tokTo // "sanctions will be imposed": the cue sits inside
	}
	for k := lo; k < hi; k++ {
		if s.toks[k].bits&wBefore == 0 {
			continue
		}
		for _, id := range c.before.starts(s.toks[k].id) {
			if end := c.before.pats[id].matchAt(s.toks, k); end > k && end <= hi {
				apply(c.cues[c.before.pats[id].owner])
			}
		}
	}
	if r.nominal {
		end := r.tokTo
		for end < len(s.toks) && end-r.tokTo < 12 {
			t := &s.toks[end]
			if t.isBreak() || t.isComma() || s.otherTrig(end, r) != nil {
				break
			}
			end++
		}
		for k := r.tokTo; k < end; k++ {
			if s.toks[k].bits&wAfter == 0 {
				continue
			}
			for _, id := range c.after.starts(s.toks[k].id) {
				if e := c.after.pats[id].matchAt(s.toks, k); e > k && e <= end {
					apply(c.cues[c.after.pats[id].owner])
				}
			}
		}
	} else if mod == model.Asserted && r.governor == nil && start > 0 && s.toks[start-1].low == "to" {
		// "traveled to Moscow to meet Putin": the purpose is not yet done;
		// "tried to coerce" tells of the act itself
		if r.baseForm && !(start > 1 && s.toks[start-2].bits&wDone != 0) {
			mod = model.Planned
		}
	}
	r.mod = mod
	r.refused = refuse
	s.c.finalCode(r)
}

// modRank orders modalities by strength: a negation beats a possibility,
// which beats a plan.
func modRank(m string) int {
	switch m {
	case model.Planned:
		return 1
	case model.Possible:
		return 2
	case model.Negated:
		return 3
	}
	return 0
}

// finalCode sets r.code from the act and the modality: a promise of an
// act takes the act's intent code (036 for a meeting), a refusal its
// refusal code (125).
func (c *Coder) finalCode(r *report) {
	r.code = r.act
	switch {
	case r.refused:
		if rc := r.ent.refuse; rc != "" {
			r.code = rc
		} else if rc := c.lookupUp(r.act, func(ci *codeInfo) string { return ci.refuse }); rc != "" {
			r.code = rc
		}
	case r.mod == model.Planned || r.mod == model.Possible:
		if ic := r.ent.intent; ic != "" {
			r.code = ic
		} else if ic := c.lookupUp(r.act, func(ci *codeInfo) string { return ci.intent }); ic != "" {
			r.code = ic
		}
	}
}

// location takes a stated place from the clause before the trigger when
// none follows it ("In Riyadh, Rubio met Lavrov").
func (s *sentence) location(r *report) {
	if r.locActor == nil && r.loc == "" {
		for k := r.tokFrom - 1; k > 0 && r.tokFrom-k < 20; k-- {
			t := &s.toks[k]
			if t.isBreak() {
				break
			}
			// a fronted place: "In Riyadh, Rubio met Lavrov"
			if t.ment != 0 && s.toks[k-1].bits&wLoc != 0 && (k == 1 || s.toks[k-2].isBreak() || s.toks[k-2].isComma()) {
				a := s.ments[t.ment-1].actor
				if a.Kind == model.KindLocation || a.Kind == model.KindCountry {
					r.locActor = a
				}
				break
			}
		}
	}
	if r.ent.placeIsTarget {
		// "visited Beijing": the city is the place, its country the host
		for i, a := range r.tgt {
			if a.Kind == model.KindLocation {
				if r.locActor == nil && r.loc == "" {
					r.locActor = a
				}
				if ca := s.ac.countries[a.Country]; ca != nil {
					r.tgt[i] = ca
				}
			}
		}
		if len(r.tgt) == 0 && r.locActor != nil {
			host := r.locActor
			if host.Kind != model.KindCountry {
				if ca := s.ac.countries[host.Country]; ca != nil {
					host = ca
				}
			}
			r.tgt = without([]*model.Actor{host}, r.src)
		}
	}
	if r.locActor != nil {
		r.tgt = without(r.tgt, []*model.Actor{r.locActor})
		if len(r.tgt) == 0 && r.ent.placeIsTarget {
			r.tgt = []*model.Actor{r.locActor}
		}
		r.loc = r.locActor.ID
	}
}
