package actors

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// emitRun classifies a run of capitalised words the gazetteer does not
// know: a person (by title, given name, particle, initials, coreference or
// a misspelling of a known person), an organisation (acronym) or a place
// (after "in").
func (a *article) emitRun(ts, te int) {
	toks := a.toks
	f := a.f
	lx := &f.lex
	var words []string
	for k := ts; k < te; k++ {
		if !toks[k].is(fPunct) {
			words = append(words, toks[k].key)
		}
	}
	if len(words) == 0 || len(words) == 1 && utf8.RuneCountInString(words[0]) < 2 {
		return
	}
	c := cand{ts: ts, te: te, start: toks[ts].start, end: toks[te-1].end, ent: -1, form: "name"}
	role, country, cue := a.roleBefore(ts)
	if role == "" {
		if r, rc := a.roleAfter(te); r != "" {
			role, country, cue = r, rc, true
		}
	}
	c.role, c.country = role, country
	first, last := words[0], words[len(words)-1]
	prev := prevWord(toks, ts)
	next := nextTok(toks, te)
	single := len(words) == 1

	// A surname or given name seen before in this article.
	if single {
		if i, ok := a.surnames[first]; ok {
			p := a.out[i]
			c.ent, c.id, c.name, c.kind, c.country, c.role = p.ent, p.id, p.name, p.kind, p.country, p.role
			c.form, c.conf = "surname", 0.95
			a.out = append(a.out, c)
			return
		}
		if lx.common[first] || lx.notNames[first] || !lx.given[first] && adjectiveLike(first) {
			return
		}
		// A known person's surname ("Lavrov"), unambiguous in the gazetteer.
		if ps := f.byLast[foldAccents(first)]; len(ps) == 1 {
			c.ent, c.form, c.conf = ps[0], "surname", 0.7
			if cue {
				c.conf = 0.85
			}
			if toks[ts].is(fSentStart) && !cue {
				c.lowerCheck = first
			}
			a.noteSurname(len(a.out), ts, te)
			a.out = append(a.out, c)
			return
		}
	}
	if !single {
		if e, conf := a.fuzzyPerson(words, country); e >= 0 {
			c.ent, c.conf = e, conf
			c.role, c.country = role, country
			a.noteSurname(len(a.out), ts, te)
			a.out = append(a.out, c)
			return
		}
	}
	roman := isRoman(last) && !single
	hasParticle := false
	for _, w := range words[1:] {
		if lx.particles[w] {
			hasParticle = true
		}
	}
	initial := toks[ts].is(fInitial) && !toks[ts].is(fAllCaps)
	acronym := single && toks[ts].is(fAllCaps) && !toks[ts].is(fInitial) && !isRoman(first) && utf8.RuneCountInString(first) <= 6
	locPrev := prev != nil && lx.locatives[lowerKey(prev)]
	thePrev := prev != nil && isThe(prev)
	personNext := next != nil && (lx.personVerbs[lowerKey(next)])
	switch {
	case cue:
		c.kind, c.conf = model.KindPerson, 0.9
	case acronym || single && orgSuffix(first):
		c.kind, c.conf = model.KindOrganization, 0.6
	case lx.given[first]:
		c.kind, c.conf = model.KindPerson, 0.85
		if single {
			c.conf = 0.6
		}
	case roman || hasParticle || initial:
		c.kind, c.conf = model.KindPerson, 0.8
	case single && next != nil && next.key == "'s":
		// "Carangi's life": a possessive unknown name is mostly a person.
		c.kind, c.conf = model.KindPerson, 0.55
	case next != nil && lx.placeNouns[next.key]:
		// "the Petén region", "Tulcea county"
		c.kind, c.conf = model.KindLocation, 0.7
	case locPrev:
		c.kind, c.conf = model.KindLocation, 0.5
	case thePrev && !(next != nil && lx.placeNouns[next.key]):
		return
	case personNext:
		c.kind, c.conf = model.KindPerson, 0.7
	case !single:
		c.kind, c.conf = model.KindPerson, 0.6
	default:
		c.kind, c.conf = model.KindPerson, 0.5
	}
	if c.conf <= 0.6 && !cue {
		// A guess takes the type of a name it is listed with: "Seychelles
		// and Tioman" are places, "Herod Antipas and Herodias" people.
		if k := a.coordinatedKind(ts, te); k != "" {
			c.kind = k
		}
	}
	if single && toks[ts].is(fSentStart) && !cue {
		c.lowerCheck = first
		c.needCap = !personNext && !lx.given[first] && !(next != nil && next.is(fLower) && verbAfterName(next.key))
	}
	c.name = a.s[c.start:c.end]
	c.id = slug(c.name)
	if c.kind == model.KindPerson {
		a.noteSurname(len(a.out), ts, te)
	} else {
		c.role = ""
	}
	a.out = append(a.out, c)
}

// coordinatedKind returns the kind of the mention joined to tokens
// [ts, te) by "and", "or" or a comma, or "".
func (a *article) coordinatedKind(ts, te int) string {
	toks := a.toks
	kindOf := func(c *cand) string {
		if c.ent >= 0 {
			k := a.f.ents[c.ent].kind
			if k == model.KindCountry {
				k = model.KindLocation
			}
			if c.form == "demonym" || c.form == "metonym" {
				return ""
			}
			return k
		}
		if c.conf > 0.6 {
			return c.kind
		}
		return ""
	}
	if ts >= 2 {
		switch toks[ts-1].key {
		case "and", "or", ",":
			if n := len(a.out); n > 0 && a.out[n-1].te == ts-1 {
				if k := kindOf(&a.out[n-1]); k != "" {
					return k
				}
			}
		}
	}
	if te+1 < len(toks) {
		switch toks[te].key {
		case "and", "or", ",":
			if ui := a.unitAt[te+1]; ui >= 0 && a.units[ui].kind == uGaz {
				for _, v := range a.units[ui].vals {
					if v.form == "demonym" || v.form == "metonym" {
						return ""
					}
					k := a.f.ents[v.ent].kind
					if k == model.KindCountry {
						k = model.KindLocation
					}
					return k
				}
			}
		}
	}
	return ""
}

// noteSurname remembers the last name of the person mention i spanning
// tokens [ts, te), and the first name of a one-word name.
func (a *article) noteSurname(i, ts, te int) {
	if a.surnames == nil {
		a.surnames = map[string]int{}
	}
	k := te - 1
	for k > ts && (a.toks[k].is(fPunct) || isRoman(a.toks[k].key) || a.toks[k].key == "Jr." || a.toks[k].key == "Sr.") {
		k--
	}
	a.surnames[a.toks[k].key] = i
}

// verbAfterName reports whether w, right after a sentence-initial word,
// makes that word the subject of a clause ("Wilkes was", "Bloch argues").
func verbAfterName(w string) bool {
	switch w {
	case "was", "is", "has", "had", "reportedly", "also", "then", "later", "never":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// orgSuffix reports whether a one-word name ends like a company or bank
// ("Commerzbank", "Gazprom", "Rosatom").
func orgSuffix(w string) bool {
	for _, suf := range []string{"bank", "prom", "neft", "gaz", "atom", "soft", "tech", "corp", "com", "telecom", "air", "net"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// isRoman reports whether w is a regnal number (II, III, IV…).
func isRoman(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X':
		default:
			return false
		}
	}
	return true
}

// roleBefore reads the title in front of a name at token i: "U.S.
// Secretary of State", "Kremlin foreign policy aide", "Trump's special
// envoy for the Middle East", or an appositive "the head of Russia's
// sovereign wealth fund, ". cue is true when a title or honorific was
// found.
func (a *article) roleBefore(i int) (role, country string, cue bool) {
	toks := a.toks
	j := i - 1
	if toks[i].is(fSentStart | fBreakBefore) {
		return "", "", false
	}
	for j >= 0 && a.f.lex.honorifics[toks[j].key] {
		cue = true
		if toks[j].is(fSentStart | fBreakBefore) {
			return "", "", cue
		}
		j--
	}
	end := j
	start := a.titleBack(j)
	if start < 0 {
		if r, c := a.appositiveBefore(i); r != "" {
			return r, c, true
		}
		return "", "", cue
	}
	role = a.s[toks[start].start:toks[end].end]
	country = a.countryBefore(start)
	return role, country, true
}

// titleBack returns the first token of the title phrase ending at token
// j, or -1.
func (a *article) titleBack(j int) int {
	toks := a.toks
	found := false
	start := j + 1
	for j >= 0 {
		// Longest reversed title ending at j.
		n := int32(0)
		st := -1
		for k := j; k >= 0; k-- {
			nx, ok := a.f.titles.nodes[n].next[lowerKey(&toks[k])]
			if !ok {
				break
			}
			n = nx
			if len(a.f.titles.nodes[n].vals) > 0 {
				st = k
			}
			if toks[k].is(fSentStart | fBreakBefore) {
				break
			}
		}
		if st >= 0 {
			found, start = true, st
			if toks[st].is(fSentStart | fBreakBefore) {
				break
			}
			j = st - 1
			continue
		}
		if found && a.f.lex.modifiers[lowerKey(&toks[j])] {
			start = j
			if toks[j].is(fSentStart | fBreakBefore) {
				break
			}
			j--
			continue
		}
		if !found {
			// "envoy for the Middle East": a title, a preposition and a
			// gazetteer name.
			if u := a.unitEndingAt(j); u != nil && u.kind == uGaz {
				p := u.ts - 1
				if p >= 0 && isThe(&toks[p]) {
					p--
				}
				if p > 0 {
					switch toks[p].key {
					case "for", "to", "on", "of":
						if s := a.titleBack(p - 1); s >= 0 {
							return s
						}
					}
				}
			}
		}
		break
	}
	if !found {
		return -1
	}
	return start
}

// unitEndingAt returns the unit whose last token is j, or nil.
func (a *article) unitEndingAt(j int) *unit {
	for k := j; k >= 0 && k > j-8; k-- {
		if ui := a.unitAt[k]; ui >= 0 {
			if u := &a.units[ui]; u.te == j+1 {
				return u
			}
			return nil
		}
	}
	return nil
}

// countryBefore returns the country named just before token i: "U.S.",
// "Russian", "the Kremlin", "Russia's", "Trump's".
func (a *article) countryBefore(i int) string {
	j := i - 1
	if j < 0 || a.toks[i].is(fSentStart|fBreakBefore) {
		return ""
	}
	if a.toks[j].key == "'s" {
		j--
	}
	if u := a.unitEndingAt(j); u != nil && u.kind == uGaz {
		return a.countryOf(u)
	}
	return ""
}

// appositiveBefore reads "the head of Russia's sovereign wealth fund, "
// before the name at token i.
func (a *article) appositiveBefore(i int) (role, country string) {
	toks := a.toks
	if i < 3 || toks[i-1].key != "," {
		return "", ""
	}
	for p := i - 2; p >= 0 && p >= i-14; p-- {
		t := &toks[p]
		if t.is(fPunct) && t.key != "'s" && t.key != "-" {
			return "", ""
		}
		k := lowerKey(t)
		if k == "the" || k == "a" || k == "an" {
			return a.appositiveRole(p+1, i-1)
		}
		if t.is(fSentStart | fBreakBefore) {
			return "", ""
		}
	}
	return "", ""
}

// roleAfter reads ", a Trump adviser," after a name ending at token i.
func (a *article) roleAfter(i int) (role, country string) {
	toks := a.toks
	if i+2 >= len(toks) || toks[i].key != "," {
		return "", ""
	}
	k := lowerKey(&toks[i+1])
	if k != "a" && k != "an" && k != "the" {
		return "", ""
	}
	for p := i + 2; p < len(toks) && p < i+14; p++ {
		t := &toks[p]
		if t.is(fBreakBefore) {
			return "", ""
		}
		if t.is(fPunct) && t.key != "'s" && t.key != "-" {
			return a.appositiveRole(i+2, p)
		}
	}
	return "", ""
}

// appositiveRole returns tokens [s, e) as a role if they hold a title
// word, with the first country named in them.
func (a *article) appositiveRole(s, e int) (role, country string) {
	if e <= s {
		return "", ""
	}
	toks := a.toks
	has := false
	for k := s; k < e; k++ {
		if len(a.f.titles.nodes[0].next) > 0 {
			if nx, ok := a.f.titles.nodes[0].next[lowerKey(&toks[k])]; ok && len(a.f.titles.nodes[nx].vals) > 0 {
				has = true
			}
		}
	}
	if !has {
		return "", ""
	}
	for k := s; k < e; k++ {
		if ui := a.unitAt[k]; ui >= 0 && a.units[ui].kind == uGaz {
			if c := a.countryOf(&a.units[ui]); c != "" {
				country = c
				break
			}
		}
	}
	return a.s[toks[s].start:toks[e-1].end], country
}

// fuzzyPerson matches a two-or-more-word name to a gazetteer person whose
// name differs by a small edit distance ("Mike Walz" → Mike Waltz).
// Agreement of the country read from context raises the confidence.
func (a *article) fuzzyPerson(words []string, country string) (int32, float64) {
	f := a.f
	first, last := foldAccents(words[0]), foldAccents(words[len(words)-1])
	best, bestD := int32(-1), 3
	try := func(cands []int32, other string, otherIsLast bool) {
		for _, e := range cands {
			w := splitWords(foldAccents(f.ents[e].name))
			o := w[0]
			if otherIsLast {
				o = w[len(w)-1]
			}
			d := editDistance(o, other)
			lim := 1
			if utf8.RuneCountInString(other) >= 6 {
				lim = 2
			}
			if d <= lim && d < bestD {
				best, bestD = e, d
			}
		}
	}
	try(f.byFirst[first], last, true)
	try(f.byLast[last], first, false)
	if best < 0 || bestD == 0 {
		return -1, 0
	}
	conf := 0.8
	if bestD == 2 {
		conf = 0.7
	}
	if country != "" && f.ents[best].country == country {
		conf += 0.1
	}
	return best, conf
}

// editDistance is the Damerau–Levenshtein (optimal string alignment)
// distance between a and b, counted in runes, ignoring case.
func editDistance(a, b string) int {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if len(ra) == 0 || len(rb) == 0 {
		return len(ra) + len(rb)
	}
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// anaphora links "the secretary of state" to the person of the article
// who holds that role, looking back over the last few person mentions.
func (a *article) anaphora() {
	toks := a.toks
	n := len(a.out)
	const window = 40
	for i := 0; i+1 < len(toks); i++ {
		if !isThe(&toks[i]) || !toks[i+1].is(fLower|fCap) {
			continue
		}
		end := a.titleAt(i+1, false)
		if end <= i+1 || end < len(toks) && toks[end].is(fCap) && !toks[end].is(fSentStart|fBreakBefore) {
			continue
		}
		phrase := strings.ToLower(a.s[toks[i+1].start:toks[end-1].end])
		last := sort.Search(n, func(k int) bool { return a.out[k].ts >= i }) - 1
		var match *cand
		ambiguous := false
		for k, seen := last, 0; k >= 0 && seen < window; k-- {
			c := &a.out[k]
			if c.kind != model.KindPerson && (c.ent < 0 || a.f.ents[c.ent].kind != model.KindPerson) {
				continue
			}
			seen++
			if !a.holds(c, phrase) {
				continue
			}
			if match != nil && (match.ent != c.ent || c.ent < 0 && match.id != c.id) {
				ambiguous = true
				break
			}
			match = c
		}
		if match == nil || ambiguous {
			continue
		}
		m := *match
		m.ts, m.te, m.start, m.end = i+1, end, toks[i+1].start, toks[end-1].end
		m.form, m.ner, m.conf, m.lowerCheck = "title", "MISC", 0.8, ""
		a.out = append(a.out, m)
	}
}

// holds reports whether the person mention c holds the role phrase.
func (a *article) holds(c *cand, phrase string) bool {
	if c.ent >= 0 {
		for _, r := range a.f.ents[c.ent].lowerRoles {
			if roleMatches(r, phrase) {
				return true
			}
		}
	}
	return c.role != "" && roleMatches(strings.ToLower(c.role), phrase)
}

// roleMatches reports whether the lower-case role ends with phrase.
func roleMatches(role, phrase string) bool {
	return role == phrase || strings.HasSuffix(role, phrase) && role[len(role)-len(phrase)-1] == ' '
}

// lowerFilter drops sentence-initial guesses whose word the article also
// writes in lower case (a common word, not a name), and those that need a
// capitalised use elsewhere in a sentence and have none.
func (a *article) lowerFilter() {
	var need map[string]uint8 // 1 seen lower case, 2 seen capitalised inside a sentence
	for i := range a.out {
		if w := a.out[i].lowerCheck; w != "" {
			if need == nil {
				need = map[string]uint8{}
			}
			need[w] = 0
		}
	}
	if need == nil {
		return
	}
	lower := map[string]string{}
	for w := range need {
		lower[strings.ToLower(w)] = w
	}
	for i := range a.toks {
		t := &a.toks[i]
		switch {
		case t.is(fLower):
			if w, ok := lower[t.key]; ok {
				need[w] |= 1
			}
		case t.is(fCap) && !t.is(fSentStart|fBreakBefore):
			if _, ok := need[t.key]; ok {
				need[t.key] |= 2
			}
		}
	}
	kept := a.out[:0]
	for _, c := range a.out {
		if w := c.lowerCheck; w != "" && (need[w]&1 != 0 || c.needCap && need[w]&2 == 0) {
			continue
		}
		kept = append(kept, c)
	}
	a.out = kept
}

// sortCands orders mentions by position and drops overlaps, keeping the
// earlier (then longer) one.
func sortCands(cs []cand) []cand {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].end > cs[j].end
	})
	out := cs[:0]
	lastEnd := -1
	for _, c := range cs {
		if c.start < lastEnd {
			continue
		}
		out = append(out, c)
		lastEnd = c.end
	}
	return out
}
