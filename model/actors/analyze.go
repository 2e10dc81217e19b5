package actors

import (
	"strings"
	"unicode"

	"github.com/parley-app/parley/model"
)

// cand is one mention found in an article, before corpus-wide merging.
type cand struct {
	ts, te     int // token range [ts, te)
	start, end int // byte range
	ent        int32
	// For entities the gazetteer lacks:
	id, name, kind, country string
	role                    string
	form, ner               string
	conf                    float64
	// lowerCheck names a sentence-initial word: the mention is dropped if
	// the word also occurs in lower case in the article.
	lowerCheck string
	// needCap: the guess also needs the word capitalised inside a sentence
	// elsewhere in the article.
	needCap bool
}

// unit kinds.
const (
	uWord  = iota // capitalised word the gazetteer does not know
	uGaz          // gazetteer match
	uTitle        // title phrase (Foreign Minister)
)

type unit struct {
	ts, te int
	kind   int
	vals   []surface
}

// article is the working state for one text.
type article struct {
	f      *Finder
	s      string
	toks   []token
	units  []unit
	unitAt []int32 // token → unit starting there, or -1
	out    []cand
	// surnames maps a person's last name to the mention that introduced
	// it, for later "Rubio".
	surnames map[string]int
	// cuesSeen holds the gazetteer cue words present, computed on demand.
	cuesSeen map[string]bool
}

// analyze finds the mentions of one article, in text order.
func (f *Finder) analyze(s string, buf []token) ([]cand, []token) {
	a := &article{f: f, s: s, toks: tokenize(s, buf)}
	a.units = make([]unit, 0, len(a.toks)/6+8)
	a.out = make([]cand, 0, len(a.toks)/5+8)
	a.findUnits()
	a.chunks()
	a.anaphora()
	a.lowerFilter()
	a.out = sortCands(a.out)
	return a.out, a.toks
}

func lowerKey(t *token) string {
	for i := 0; i < len(t.key); i++ {
		if c := t.key[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(t.key)
		}
	}
	return t.key
}

func isThe(t *token) bool { return t.key == "the" || t.key == "The" }

// findUnits marks gazetteer matches, capitalised title phrases and
// capitalised words.
func (a *article) findUnits() {
	toks := a.toks
	a.unitAt = make([]int32, len(toks))
	for i := range a.unitAt {
		a.unitAt[i] = -1
	}
	for i := 0; i < len(toks); {
		t := &toks[i]
		if !t.is(fCap) {
			i++
			continue
		}
		afterThe := i > 0 && isThe(&toks[i-1])
		if end, vals := a.f.names.longest(toks, i, afterThe); vals != nil {
			a.addUnit(unit{ts: i, te: end, kind: uGaz, vals: vals})
			i = end
			continue
		}
		// Datelines and headlines shout: "BRUSSELS (Reuters) -".
		if t.is(fAllCaps) && len(t.key) >= 4 {
			if vals := a.f.names.lookup1(titleCase(t.key)); vals != nil {
				a.addUnit(unit{ts: i, te: i + 1, kind: uGaz, vals: vals})
				i++
				continue
			}
		}
		if a.f.lex.honorifics[t.key] && i+1 < len(toks) && toks[i+1].is(fCap) {
			a.addUnit(unit{ts: i, te: i + 1, kind: uTitle})
			i++
			continue
		}
		if end := a.titleAt(i, true); end > i {
			a.addUnit(unit{ts: i, te: end, kind: uTitle})
			i = end
			continue
		}
		a.addUnit(unit{ts: i, te: i + 1, kind: uWord})
		i++
	}
}

func (a *article) addUnit(u unit) {
	a.unitAt[u.ts] = int32(len(a.units))
	a.units = append(a.units, u)
}

// titleAt returns the end of the longest title phrase starting at token
// i (modifiers then one or more titles: "deputy foreign minister"), or i.
// With capOnly every word must be capitalised or a joiner ("of").
func (a *article) titleAt(i int, capOnly bool) int {
	toks := a.toks
	best := i
	j := i
	for j < len(toks) {
		if j > i && toks[j].is(fSentStart|fBreakBefore) {
			break
		}
		if capOnly && !toks[j].is(fCap) {
			break
		}
		// Longest title phrase at j, matched on the forward trie.
		n := int32(0)
		end := j
		for k := j; k < len(toks); k++ {
			if capOnly && k > j && !toks[k].is(fCap) && toks[k].key != "of" {
				break
			}
			nx, ok := a.f.titleFwd.nodes[n].next[toks[k].key]
			if !ok {
				break
			}
			n = nx
			if len(a.f.titleFwd.nodes[n].vals) > 0 {
				end = k + 1
			}
		}
		if end > j {
			best, j = end, end
			continue
		}
		if a.f.lex.modifiers[toks[j].key] {
			j++
			continue
		}
		break
	}
	return best
}

// chunks groups units into capitalised chunks and classifies each.
func (a *article) chunks() {
	toks := a.toks
	for ui := 0; ui < len(a.units); {
		first := ui
		last := ui
		for {
			nu, ok := a.joinNext(first, last)
			if !ok {
				break
			}
			last = nu
		}
		a.classifyChunk(first, last+1)
		ui = last + 1
	}
	_ = toks
}

// joinNext reports whether the unit after last continues the chunk that
// starts at unit first, and returns its index.
func (a *article) joinNext(first, last int) (int, bool) {
	if last+1 >= len(a.units) {
		return 0, false
	}
	toks := a.toks
	u, nx := &a.units[last], &a.units[last+1]
	if toks[nx.ts].is(fSentStart | fBreakBefore) {
		return 0, false
	}
	gap := nx.ts - u.te
	if gap == 0 {
		return last + 1, true
	}
	if gap > 2 {
		return 0, false
	}
	g := &toks[u.te]
	lx := &a.f.lex
	switch {
	case gap == 1 && lx.particles[g.key]:
		return last + 1, true
	case gap == 1 && g.key == "-" && g.start == toks[u.te-1].end && g.end == toks[nx.ts].start:
		// Hyphenated names join, but not two names ("U.S.-Russian").
		if u.kind == uGaz && nx.kind == uGaz {
			return 0, false
		}
		return last + 1, true
	case g.key == "of" || g.key == "for" || g.key == "and" && gap == 1:
		if gap == 2 && !isThe(&toks[u.te+1]) {
			return 0, false
		}
		if g.key == "and" {
			return 0, false
		}
		// Only organisation and place names run on over "of"
		// ("University of Edinburgh", "Gulf of Mexico").
		for k := first; k <= last; k++ {
			w := &a.units[k]
			for t := w.ts; t < w.te; t++ {
				key := toks[t].key
				if lx.orgHeads[key] || lx.orgStarts[key] || lx.placeHeads[key] || lx.placeStarts[key] {
					return last + 1, nx.kind != uTitle
				}
			}
		}
	}
	return 0, false
}

// classifyChunk turns units [u0, u1) into mentions.
func (a *article) classifyChunk(u0, u1 int) {
	toks := a.toks
	lx := &a.f.lex
	// Trim common words at the edges ("The", "However", "Monday").
	for u0 < u1 && a.units[u0].kind == uWord && lx.common[toks[a.units[u0].ts].key] {
		u0++
	}
	for u1 > u0 && a.units[u1-1].kind == uWord && lx.common[toks[a.units[u1-1].ts].key] && !(u1-1 > u0 && isRoman(toks[a.units[u1-1].ts].key)) {
		u1--
	}
	if u0 >= u1 {
		return
	}
	// A sentence-initial adverb or participle is no part of a name
	// ("Using Alvarez", "Unfortunately Smith").
	if u1-u0 > 1 && a.units[u0].kind == uWord && toks[a.units[u0].ts].is(fSentStart) && verbLike(toks[a.units[u0].ts].key) {
		u0++
	}
	ts, te := a.units[u0].ts, a.units[u1-1].te
	if u1-u0 == 1 && a.units[u0].kind == uGaz {
		a.emitGaz(&a.units[u0])
		return
	}
	// A quoted capitalised phrase is a title of a work ("Shaky Ground").
	if ts > 0 && te < len(toks) && isQuote(toks[ts-1].key) && isQuote(toks[te].key) && a.units[u0].kind == uWord {
		return
	}
	// Named events, laws and awards are not actors ("World War II",
	// "Treaty of London", "Suez Crisis").
	for ui := u0; ui < u1; ui++ {
		if u := &a.units[ui]; u.kind == uWord && lx.miscHeads[toks[u.ts].key] {
			return
		}
	}
	// A direction or size and a name make a place ("West Indies",
	// "Lower Austria").
	if lx.placeMods[toks[ts].key] && te-ts > 1 && a.compoundPlace(u0, u1) {
		a.emitHeaded(u0, u1, model.KindLocation)
		return
	}
	firstKey, lastKey := toks[ts].key, toks[te-1].key
	n := te - ts
	// Organisation by head word: "Foreign Ministry", "U.S. Army".
	if (n > 1 || ts > 0 && isThe(&toks[ts-1])) && lx.orgHeads[lastKey] || n > 2 && lx.orgStarts[firstKey] {
		if a.units[u0].kind != uTitle {
			a.emitHeaded(u0, u1, model.KindOrganization)
			return
		}
	}
	if n > 1 && (lx.placeHeads[lastKey] || lx.placeStarts[firstKey]) && a.units[u0].kind != uTitle {
		a.emitHeaded(u0, u1, model.KindLocation)
		return
	}
	// Otherwise the chunk is a sequence of names and titles.
	for ui := u0; ui < u1; {
		u := &a.units[ui]
		switch u.kind {
		case uTitle:
			ui++
		case uGaz:
			if a.givenNameReading(ui, u1) {
				end := ui + 1
				for end < u1 && a.units[end].kind == uWord {
					end++
				}
				a.emitRun(u.ts, a.units[end-1].te)
				ui = end
				continue
			}
			a.emitGaz(u)
			ui++
		default:
			end := ui
			for end+1 < u1 && a.units[end+1].kind == uWord {
				end++
			}
			// "Thomas Lincoln", "Melania Trump": a given name before a
			// famous surname names someone else.
			if end+1 < u1 && a.f.lex.given[toks[a.units[end].ts].key] && a.surnameOnly(&a.units[end+1]) {
				end++
			}
			a.emitRun(u.ts, a.units[end].te)
			ui = end + 1
		}
	}
}

// titleCase turns "BRUSSELS" into "Brussels".
func titleCase(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

func isQuote(k string) bool {
	switch k {
	case "\"", "“", "”", "‘", "’", "'", "«", "»":
		return true
	}
	return false
}

// surnameOnly reports whether a gazetteer unit is one word that only
// names people by their surname.
func (a *article) surnameOnly(u *unit) bool {
	if u.te-u.ts != 1 {
		return false
	}
	for _, v := range u.vals {
		if a.f.ents[v.ent].kind != model.KindPerson || v.form != "surname" {
			return false
		}
	}
	return true
}

// compoundPlace reports whether units [u0, u1) are a place modifier
// followed by unknown words or one place.
func (a *article) compoundPlace(u0, u1 int) bool {
	if a.units[u0].te-a.units[u0].ts != 1 {
		return false
	}
	rest := a.units[u0+1 : u1]
	if len(rest) == 1 && rest[0].kind == uGaz {
		for _, v := range rest[0].vals {
			if k := a.f.ents[v.ent].kind; (k == model.KindLocation || k == model.KindCountry) && v.form != "demonym" {
				return true
			}
		}
		return false
	}
	for _, u := range rest {
		if u.kind != uWord {
			return false
		}
	}
	return true
}

// verbLike reports whether a capitalised sentence-initial word looks like
// an adverb or participle rather than a name.
func verbLike(w string) bool {
	return len(w) > 5 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// adjectiveLike reports whether a lone capitalised word has the ending of
// a people, language, creed or style ("Achaemenid", "Slavic",
// "Phoenicians", "Sephardic") and so is no actor's name.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ian", "ians", "ean", "eans", "ese", "ic", "ish", "ite", "ites", "ist", "ists", "ism", "ans", "ene", "enes", "oid", "esque"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// givenNameReading reports whether a gazetteer place that is also a given
// name starts a person's name here ("Chad Smith", "Jordan Peterson").
func (a *article) givenNameReading(ui, u1 int) bool {
	u := &a.units[ui]
	if u.te-u.ts != 1 || ui+1 >= u1 || a.units[ui+1].kind != uWord || !a.f.lex.given[a.toks[u.ts].key] {
		return false
	}
	for _, v := range u.vals {
		if k := a.f.ents[v.ent].kind; k == model.KindPerson || k == model.KindOrganization || k == model.KindMedia {
			return false
		}
	}
	return true
}

// emitGaz adds the mention of a gazetteer match, choosing among the
// entities that share the surface by context.
func (a *article) emitGaz(u *unit) {
	f := a.f
	toks := a.toks
	prev := prevWord(toks, u.ts)
	next := nextTok(toks, u.te)
	loc := prev != nil && f.lex.locatives[lowerKey(prev)]
	// verbAgent: the name is the subject of a verb of acting or saying,
	// which makes a country an organisation in NER terms; agent (wider)
	// only decides whether a capital stands for its government.
	verbAgent := next != nil && f.lex.agentVerbs[lowerKey(next)]
	agent := verbAgent || next != nil && (next.key == "'s" || auxVerbs[next.key])
	// "Washington and Moscow may talk": the verb after the second
	// conjunct makes both actors.
	if next != nil && (next.key == "and" || next.key == "or") && u.te+1 < len(toks) {
		if ui := a.unitAt[u.te+1]; ui >= 0 && a.units[ui].kind == uGaz {
			if n2 := nextTok(toks, a.units[ui].te); n2 != nil && (f.lex.agentVerbs[lowerKey(n2)] || auxVerbs[n2.key]) {
				agent = true
			}
		}
	}
	if prev != nil && !loc {
		switch lowerKey(prev) {
		case "with", "between", "against":
			agent = true
		case "and", "or":
			// "between us and Washington", "talks with Kyiv and Moscow"
			for k := u.ts - 2; k >= 0 && k >= u.ts-5 && !toks[k+1].is(fSentStart); k-- {
				if w := lowerKey(&toks[k]); w == "between" || w == "with" || w == "against" {
					agent = true
					break
				}
			}
		}
	}
	var pick surface
	pickKind := -1
	hasCity, hasMeto := -1, -1
	for i, v := range u.vals {
		k := f.ents[v.ent].kind
		if v.form == "metonym" {
			hasMeto = i
		} else if k == model.KindLocation {
			hasCity = i
		}
		if p := kindPriority(k, v.form); pickKind < 0 || p < pickKind {
			pick, pickKind = v, p
		}
	}
	if len(u.vals) > 1 {
		for _, v := range u.vals {
			if a.cued(f.ents[v.ent]) {
				pick, hasMeto = v, -1
				break
			}
		}
	}
	if hasMeto >= 0 && hasCity >= 0 {
		if agent && !loc {
			pick = u.vals[hasMeto]
		} else {
			pick = u.vals[hasCity]
		}
	}
	x := f.ents[pick.ent]
	c := cand{ts: u.ts, te: u.te, start: toks[u.ts].start, end: toks[u.te-1].end, ent: pick.ent, form: pick.form, ner: x.ner}
	switch {
	case pick.form == "demonym":
		c.ner = "MISC"
		// "the British", "the French" acting as a nation.
		if prev != nil && isThe(prev) && (next == nil || next.is(fPunct) || verbAgent || next.key == "were" || next.key == "had") && !strings.HasSuffix(toks[u.te-1].key, "s") {
			c.ner = "ORG"
		}
	case pick.form == "metonym":
		c.ner = "ORG"
		if x.kind == model.KindCountry && !agent && loc {
			c.ner = "LOC"
		}
	case x.kind == model.KindCountry && verbAgent && c.ner == "":
		c.ner = "ORG"
	}
	if x.kind == model.KindPerson {
		role, country, _ := a.roleBefore(u.ts)
		if role == "" {
			role, country = a.roleAfter(u.te)
		}
		c.role, c.country = role, country
		a.noteSurname(len(a.out), u.ts, u.te)
	}
	a.out = append(a.out, c)
}

// auxVerbs after a capital make it stand for its government ("Moscow has
// tied…") but are too weak to make a country an organisation.
var auxVerbs = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "did": true, "does": true, "may": true}

// cued reports whether one of x's cue words occurs in the article.
func (a *article) cued(x *ent) bool {
	if len(x.cues) == 0 {
		return false
	}
	if a.cuesSeen == nil {
		a.cuesSeen = map[string]bool{}
		for i := range a.toks {
			if k := a.toks[i].key; a.f.cueWords[k] {
				a.cuesSeen[k] = true
			}
		}
	}
	for _, c := range x.cues {
		if a.cuesSeen[c] {
			return true
		}
	}
	return false
}

// kindPriority orders the readings of an ambiguous surface.
func kindPriority(kind, form string) int {
	switch kind {
	case model.KindCountry:
		if form == "metonym" {
			return 4
		}
		return 0
	case model.KindOrganization:
		return 1
	case model.KindMedia:
		return 2
	case model.KindPerson:
		return 3
	}
	return 5
}

// emitHeaded adds an organisation or place named by a head word. Leading
// country words give its country; if the rest is in the gazetteer, the
// mention is that entity ("U.S. State Department").
func (a *article) emitHeaded(u0, u1 int, kind string) {
	toks := a.toks
	ts, te := a.units[u0].ts, a.units[u1-1].te
	country := ""
	rest := u0
	for rest < u1-1 && a.units[rest].kind == uGaz {
		c := a.countryOf(&a.units[rest])
		if c == "" {
			break
		}
		if country == "" {
			country = c
		}
		rest++
	}
	if country == "" {
		country = a.countryBefore(ts)
	}
	if rest > u0 && rest == u1-1 && a.units[rest].kind == uGaz {
		u := a.units[rest]
		u.ts = ts
		a.emitGaz(&u)
		return
	}
	c := cand{ts: ts, te: te, start: toks[ts].start, end: toks[te-1].end, ent: -1, kind: kind, country: country, form: "name", conf: 0.8}
	c.name = a.s[c.start:c.end]
	base := a.s[toks[a.units[rest].ts].start:c.end]
	c.id = slug(base)
	if country != "" && kind == model.KindOrganization {
		c.id += "-" + strings.ToLower(country)
	}
	if kind == model.KindOrganization && rest > u0 {
		c.name = base + " (" + country + ")"
	}
	a.out = append(a.out, c)
}

// countryOf returns the country a gazetteer unit names (country, demonym,
// metonym), or "".
func (a *article) countryOf(u *unit) string {
	for _, v := range u.vals {
		x := a.f.ents[v.ent]
		if x.kind == model.KindCountry || v.form == "demonym" {
			return x.country
		}
	}
	for _, v := range u.vals {
		if x := a.f.ents[v.ent]; x.kind == model.KindPerson || x.kind == model.KindOrganization {
			return x.country
		}
	}
	return ""
}

func prevWord(toks []token, i int) *token {
	if i > 0 && !toks[i].is(fSentStart|fBreakBefore) {
		return &toks[i-1]
	}
	return nil
}

func nextTok(toks []token, i int) *token {
	if i < len(toks) && !toks[i].is(fBreakBefore) {
		return &toks[i]
	}
	return nil
}
