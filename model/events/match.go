package events

import (
	"fmt"
	"slices"
	"strings"
)

// maxGap is how many words "..." may skip in a phrase.
const maxGap = 3

// elem is one position of a compiled phrase.
type elem struct {
	// forms are the accepted lower-case tokens, with verb-form flags.
	forms map[string]uint8
	// ids and flags are forms as sorted word ids (Coder.vocab), for the
	// matching: an id costs no hashing.
	ids   []int32
	flags []uint8
	opt   bool
	// gap > 0 skips up to gap words.
	gap int
}

// flag returns the verb-form flags of word id in e, and whether e takes
// the word at all.
func (e *elem) flag(id int32) (uint8, bool) {
	ids := e.ids
	if len(ids) <= 8 {
		for i, x := range ids {
			if x == id {
				return e.flags[i], true
			}
		}
		return 0, false
	}
	if i, ok := slices.BinarySearch(ids, id); ok {
		return e.flags[i], true
	}
	return 0, false
}

// idSet is a sorted set of word ids.
type idSet []int32

func (s idSet) has(id int32) bool {
	_, ok := slices.BinarySearch(s, id)
	return ok
}

// pattern is a compiled phrase of the lexicon, a modality cue or an
// ignore phrase.
type pattern struct {
	elems []elem
	// owner is the index of the entry (or cue) the phrase belongs to;
	// -1 for an ignore phrase.
	owner   int
	nominal bool
	// passive marks the object-first form of a verb phrase: "sanctions
	// were imposed" for "impose ... sanction".
	passive  bool
	literals int
	text     string
}

// phraseCompiler turns the phrases of the tables into elements. It knows
// the irregular verbs and the word classes a phrase may name.
type phraseCompiler struct {
	irregular map[string][]string
	// classes maps a class name ("weapons") to its words.
	classes map[string][]string
}

// expand returns the words an item stands for: the words of a class for
// "@name", else the item itself.
func (pc *phraseCompiler) expand(item string) ([]string, error) {
	if !strings.HasPrefix(item, "@") {
		return []string{item}, nil
	}
	ws, ok := pc.classes[item[1:]]
	if !ok {
		return nil, fmt.Errorf("unknown word class %q (see classes.toml)", item)
	}
	return ws, nil
}

// compile turns a phrase of the tables into elements. Syntax, as the file
// headers explain it: words match as written or in the plural; in a verb
// phrase the first word is a verb and matches all its forms; "word+" marks
// any other verb; "..." skips up to three words; "(word)" may be absent;
// "a|b" is either word; "@name" is any word of a class of classes.toml.
func (pc *phraseCompiler) compile(phrase string, verb bool) ([]elem, int, error) {
	items := strings.Fields(phrase)
	if len(items) == 0 {
		return nil, 0, fmt.Errorf("empty phrase")
	}
	var out []elem
	literals := 0
	for n, it := range items {
		if it == "..." {
			if n == 0 || n == len(items)-1 {
				return nil, 0, fmt.Errorf("phrase %q: \"...\" cannot start or end a phrase", phrase)
			}
			out = append(out, elem{gap: maxGap})
			continue
		}
		opt := false
		if strings.HasPrefix(it, "(") && strings.HasSuffix(it, ")") {
			if n == 0 {
				return nil, 0, fmt.Errorf("phrase %q: the first word cannot be optional", phrase)
			}
			opt = true
			it = it[1 : len(it)-1]
		}
		isVerb := verb && n == 0
		if strings.HasSuffix(it, "+") {
			isVerb = true
			it = strings.TrimSuffix(it, "+")
		}
		alts := strings.Split(it, "|")
		if len(alts) == 1 && !opt && !strings.HasPrefix(it, "@") {
			// a plain item may hold several tokens: cease-fire, U.S.
			ws := phraseWords(it)
			if len(ws) == 0 {
				return nil, 0, fmt.Errorf("phrase %q: %q has no words", phrase, it)
			}
			for k, w := range ws {
				out = append(out, literalElem([]string{w}, isVerb && k == 0, pc.irregular))
				literals++
			}
			continue
		}
		var words []string
		for _, a := range alts {
			list, err := pc.expand(a)
			if err != nil {
				return nil, 0, fmt.Errorf("phrase %q: %v", phrase, err)
			}
			for _, w := range list {
				ws := phraseWords(w)
				if len(ws) != 1 {
					return nil, 0, fmt.Errorf("phrase %q: alternative %q must be one word", phrase, w)
				}
				words = append(words, ws[0])
			}
		}
		e := literalElem(words, isVerb, pc.irregular)
		e.opt = opt
		out = append(out, e)
		if !opt {
			literals++
		}
	}
	return out, literals, nil
}

// wordSet returns the set of words and their plurals a list names; items
// may be "@name" classes.
func (pc *phraseCompiler) wordSet(list []string) (map[string]bool, error) {
	set := map[string]bool{}
	for _, it := range list {
		ws, err := pc.expand(strings.ToLower(it))
		if err != nil {
			return nil, err
		}
		for _, w := range ws {
			for _, f := range nounForms(strings.ToLower(w)) {
				set[f] = true
			}
		}
	}
	return set, nil
}

func literalElem(words []string, verb bool, irregular map[string][]string) elem {
	e := elem{forms: map[string]uint8{}}
	for _, w := range words {
		if verb {
			for f, fl := range verbForms(w, irregular) {
				e.forms[f] |= fl
			}
			continue
		}
		for _, f := range nounForms(w) {
			e.forms[f] |= fNoun
		}
	}
	return e
}

// phraseIndex finds compiled phrases by the token they start with.
type phraseIndex struct {
	pats  []pattern
	first map[string][]int
	// byID lists, per word id, the phrases that word starts; refs the
	// same with what findAll reads of each, side by side in memory.
	byID [][]int
	refs [][]startRef
	// next lists, per word id, every word that can stand second in a
	// phrase the word starts, for a quick test that spares trying each
	// phrase when none of them is near.
	next []idSet
}

// startRef is a phrase as findAll tries it: the elements after the first.
type startRef struct {
	rest    []elem
	pat     int32
	passive bool
	more    bool // the phrase has more words than its first
}

// nextReach is how many tokens after a phrase's first word findAll looks
// for its second: a gap of maxGap words, a few glued marks, the word.
const nextReach = maxGap + 4

// nearNext reports whether a token after i, within reach and before a
// clause break, is one of the words in next.
func nearNext(toks []token, i int, next idSet) bool {
	for k := i + 1; k < len(toks) && k-i <= nextReach; k++ {
		t := &toks[k]
		if next.has(t.id) && usable(t) {
			return true
		}
		if t.kind == tPunct && !t.glue && !isCurrency(t.low) {
			return false
		}
	}
	return false
}

// starts returns the phrases word id starts.
func (x *phraseIndex) starts(id int32) []int {
	if int(id) < len(x.byID) {
		return x.byID[id]
	}
	return nil
}

func (x *phraseIndex) add(p pattern) {
	if x.first == nil {
		x.first = map[string][]int{}
	}
	id := len(x.pats)
	x.pats = append(x.pats, p)
	for f := range p.elems[0].forms {
		x.first[f] = append(x.first[f], id)
	}
}

// usable reports whether a token may be part of a phrase match: trigger
// and cue words are never inside an actor's name or a date.
func usable(t *token) bool { return t.ment == 0 && !t.timex }

// matchAt returns the end (exclusive) of the match of p starting at
// token i, or -1.
func (p *pattern) matchAt(toks []token, i int) int {
	if i >= len(toks) || !usable(&toks[i]) {
		return -1
	}
	return matchElems(p.elems, toks, i)
}

func matchElems(es []elem, toks []token, j int) int {
	if len(es) == 0 {
		return j
	}
	e := &es[0]
	if e.gap > 0 {
		// skip up to gap words; a hyphen inside a compound ("long-range"),
		// a currency sign ("$50") and a determiner ("the", "a") cost
		// nothing
		words := 0
		for k := j; k < len(toks) && words <= e.gap; k++ {
			if end := matchElems(es[1:], toks, k); end >= 0 {
				return end
			}
			t := &toks[k]
			switch {
			case t.kind != tPunct:
				if t.bits&wDet == 0 {
					words++
				}
			case t.glue || isCurrency(t.low):
			default:
				return -1
			}
		}
		return -1
	}
	// the words after a phrase's first may stand inside a name or a date:
	// "withdrew from the International Criminal Court", "gave them 48
	// hours to"; the first word, which findAll and matchAt test, may not
	if j < len(toks) {
		if _, ok := e.flag(toks[j].id); ok {
			if end := matchElems(es[1:], toks, j+1); end >= 0 {
				return end
			}
		}
	}
	if e.opt {
		return matchElems(es[1:], toks, j)
	}
	return -1
}

// span is a match of a pattern over tokens [from, to).
type span struct {
	pat      int
	from, to int
}

// findAll returns every match of the index's phrases in toks. Only tokens
// with bit set (the index's bit in Coder.words) can start one.
func (x *phraseIndex) findAll(toks []token, bit uint32, out []span) []span {
	for i := range toks {
		if toks[i].bits&bit == 0 || !usable(&toks[i]) {
			continue
		}
		part := 0 // 1: a participle is near, -1: none, 0: not looked yet
		var refs []startRef
		near := true
		if id := toks[i].id; int(id) < len(x.refs) {
			refs = x.refs[id]
			if len(refs) > 2 {
				near = nearNext(toks, i, x.next[id])
			}
		}
		for k := range refs {
			ref := &refs[k]
			if ref.more && !near {
				continue
			}
			if ref.passive {
				// a passive phrase needs its participle within reach: a
				// cheap look at the next tokens' bits spares most attempts
				if part == 0 {
					part = -1
					for k := i + 1; k < min(i+2*maxGap+2, len(toks)); k++ {
						if toks[k].bits&wPart != 0 {
							part = 1
							break
						}
					}
				}
				if part < 0 {
					continue
				}
			}
			// the index already matched the first word
			if end := matchElems(ref.rest, toks, i+1); end > i {
				out = append(out, span{pat: int(ref.pat), from: i, to: end})
			}
		}
	}
	return out
}

// best keeps non-overlapping matches, preferring the phrase with more
// written words (the more specific one: "impose ... sanctions" over
// "sanctions"), then the one covering more of the text ("struck a trade
// deal" over "trade deal"), then the earlier one. The result is in text
// order.
func (x *phraseIndex) best(ms []span, kept []span) []span {
	kept = kept[:0]
	if len(ms) < 2 {
		return append(kept, ms...)
	}
	slices.SortStableFunc(ms, func(a, b span) int {
		pa, pb := &x.pats[a.pat], &x.pats[b.pat]
		if pa.literals != pb.literals {
			return pb.literals - pa.literals
		}
		if la, lb := a.to-a.from, b.to-b.from; la != lb {
			return lb - la
		}
		if a.from != b.from {
			return a.from - b.from
		}
		return a.pat - b.pat
	})
	for _, m := range ms {
		overlap := false
		for _, k := range kept {
			if m.from < k.to && k.from < m.to {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, m)
		}
	}
	slices.SortFunc(kept, func(a, b span) int { return a.from - b.from })
	return kept
}

// isCurrency reports whether a punctuation token is a currency sign.
func isCurrency(s string) bool {
	switch s {
	case "$", "€", "£", "¥", "₹", "%":
		return true
	}
	return false
}

// passiveOf returns the object-first form of a verb phrase that reads
// verb, gap, object ("impose ... sanction"): object, gap, participle
// ("sanctions were imposed", "the diplomats have been expelled"). ok is
// false for other shapes.
func passiveOf(es []elem) (out []elem, ok bool) {
	if len(es) < 3 || es[1].gap == 0 {
		return nil, false
	}
	for _, e := range es[2:] {
		if e.gap > 0 || e.opt {
			return nil, false
		}
	}
	part := elem{forms: map[string]uint8{}}
	for f, fl := range es[0].forms {
		if fl&fPart != 0 {
			part.forms[f] = fl
		}
	}
	if len(part.forms) == 0 {
		return nil, false
	}
	out = append(out, es[2:]...)
	out = append(out, elem{gap: maxGap}, part)
	return out, true
}
