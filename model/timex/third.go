package timex

// The third-token filter. The pair index keeps a rule from running when
// the first two tokens cannot start it; thirdSet does the same for the
// third token of rules that cannot end before it. "the first" starts two
// dozen rules ("the first quarter", "the first half of next year", "the
// first Monday in October"), but "the first time" none of them, and most
// of the tagger's failed runs were of this kind.

// thirdSet is the set of tokens that can come third in a rule's match,
// whatever its first two tokens were. It is built from the rule's program
// alone and errs on the side of accepting.
type thirdSet struct {
	words []uint64 // a bitset over word ids
	num   bool     // any number token
	// inner: a spelled number that starts on the first or second token may
	// read on to the third ("the twenty - first", "two hundred and five"),
	// which it can only do after a number word (or "a", "-", "and") or
	// digits: join and part are the bitsets of the words that may come
	// second and third in one
	inner      bool
	join, part []uint64
	// numWords is the bitset of number words; dash and and are the ids of
	// "-" and "and", which join two of them ("twenty - first")
	numWords  []uint64
	dash, and int32
}

// thirdFor returns the thirdSet of rule ru for a match whose second token
// is second (nil: no filter).
func (ru *rule) thirdFor(second *token) *thirdSet {
	if second.Kind == tokNum && second.Word < 0 {
		return ru.thirdDigits
	}
	return ru.third
}

// accepts reports whether third may be the third token of a match that
// starts with first and second.
func (ts *thirdSet) accepts(first, second, third *token) bool {
	if third.Kind == tokNum && ts.num {
		return true
	}
	w := third.Word
	if w >= 0 && hasBit(ts.words, w) {
		return true
	}
	if !ts.inner || !(third.Kind == tokNum || w >= 0 && hasBit(ts.part, w)) ||
		!(second.Kind == tokNum || second.Word >= 0 && hasBit(ts.join, second.Word)) {
		return false
	}
	// "-" and "and" join two number words: "twenty - first", not "third -
	// quarter"
	return second.Word != ts.dash && second.Word != ts.and || first.Word >= 0 && hasBit(ts.numWords, first.Word)
}

func hasBit(b []uint64, w int32) bool { return b[w>>6]&(1<<(uint(w)&63)) != 0 }

func (ts *thirdSet) add(w int32) { ts.words[w>>6] |= 1 << (uint(w) & 63) }

// spelledSets are the word bitsets the thirdSets share, computed once
// from the lexicon: join, the words that may come second in a spelled
// number read by a built-in (a number word, "a" of "a hundred", "-" and
// "and"); part, those that may come after (number and ordinal words, "-"
// and "and"); num, the number words; start, the words a spelled number
// may start with (number and ordinal words, "a", "an").
type spelledSets struct {
	join, part, num, start []uint64
}

func spelledBits(lex *lexicon) spelledSets {
	n := (len(lex.words) + 63) / 64
	b := spelledSets{join: make([]uint64, n), part: make([]uint64, n), num: make([]uint64, n), start: make([]uint64, n)}
	set := func(bs []uint64, w int32) { bs[w>>6] |= 1 << (uint(w) & 63) }
	for id := range lex.words {
		w := int32(id)
		if lex.isNumberWord(w) {
			set(b.join, w)
			set(b.part, w)
			set(b.num, w)
			set(b.start, w)
		}
		if lex.isOrdinalWord(w) {
			set(b.part, w)
			set(b.start, w)
		}
	}
	for _, w := range []int32{lex.punct['-'], lex.idAnd} {
		set(b.join, w)
		set(b.part, w)
	}
	for _, w := range []int32{lex.idA, lex.idAn} {
		set(b.join, w)
		set(b.start, w)
	}
	return b
}

// spelledBuiltin reports whether built-in b may read more than one token:
// "twenty - four", "two hundred and five", "2 1/2", "twenty - first".
func spelledBuiltin(b builtin) bool {
	return b == bNum || b == bYear || b == bDay || b == bOrd
}

// thirdTokens computes a rule's thirdSet, or nil when the match may end
// within two tokens (or an element may take any word), so that the third
// token says nothing.
func thirdTokens(lex *lexicon, prog []inst, bits spelledSets) *thirdSet {
	return thirdAfter(lex, prog, bits, false)
}

// thirdAfterDigits is thirdTokens for matches whose second token is a
// number in digits with no suffix ("about 5 %", "a 10 %"): only a built-in
// reads such a token, so a rule like "about three years" that may end after
// "a year" cannot end after "about 5".
func thirdAfterDigits(lex *lexicon, prog []inst, bits spelledSets) *thirdSet {
	return thirdAfter(lex, prog, bits, true)
}

// thirdAfter computes thirdTokens, or with digits thirdAfterDigits.
func thirdAfter(lex *lexicon, prog []inst, bits spelledSets, digits bool) *thirdSet {
	ts := &thirdSet{words: make([]uint64, (len(lex.words)+63)/64), join: bits.join, part: bits.part, numWords: bits.num,
		dash: lex.punct['-'], and: lex.idAnd}
	open := false // the match may end early, or any token may come third
	// next returns the elements that may follow pc (-1: the start), and
	// notes when the match may end there.
	next := func(pc int) []int {
		var els []int
		closure(prog, pc+1, map[int]bool{}, func(q int) { els = append(els, q) }, func() { open = true })
		return els
	}
	multi := func(pc int) bool { // may read more than one token
		in := prog[pc]
		switch in.op {
		case opBuiltin:
			return spelledBuiltin(in.builtin)
		case opClass:
			for _, fs := range lex.forms {
				for _, fe := range fs {
					if fe.class == in.class && len(fe.rest) > 0 {
						return true
					}
				}
			}
		}
		return false
	}
	spelled := func() { // the words a spelled number may start with
		ts.num = true
		for k, b := range bits.start {
			ts.words[k] |= b
		}
	}
	// first: the tokens element pc may start with
	first := func(pc int) {
		in := prog[pc]
		switch in.op {
		case opWord:
			for _, w := range in.words {
				ts.add(w)
			}
		case opClass:
			for id, fs := range lex.forms {
				for _, fe := range fs {
					if fe.class == in.class {
						ts.add(int32(id))
						break
					}
				}
			}
		case opBuiltin:
			switch {
			case in.builtin == bCap:
				open = true
			case spelledBuiltin(in.builtin):
				spelled()
			default:
				ts.num = true
			}
		}
	}
	// inner: the tokens after the first that element pc may read
	inner := func(pc int) {
		in := prog[pc]
		switch in.op {
		case opBuiltin:
			if spelledBuiltin(in.builtin) {
				ts.inner = true
			}
		case opClass:
			for _, fs := range lex.forms {
				for _, fe := range fs {
					if fe.class == in.class {
						for _, w := range fe.rest {
							ts.add(w)
						}
					}
				}
			}
		}
	}
	if digits {
		for _, e0 := range next(-1) {
			if in := prog[e0]; in.op == opBuiltin && in.builtin == bNum {
				// "2 1/2": a number and its fraction, then the next element
				for _, e1 := range next(e0) {
					first(e1)
				}
			}
			for _, e1 := range next(e0) {
				if in := prog[e1]; in.op != opBuiltin || in.builtin == bCap {
					continue // words and classes do not read bare digits
				}
				if prog[e1].builtin == bNum {
					ts.num = true // its fraction
				}
				for _, e2 := range next(e1) {
					first(e2)
				}
			}
		}
		if open {
			return nil
		}
		return ts
	}
	for _, e0 := range next(-1) {
		if multi(e0) {
			inner(e0) // e0 reads the third token too
		}
		for _, e1 := range next(e0) {
			if multi(e0) {
				first(e1) // e0 read two tokens, e1 starts on the third
			}
			if multi(e1) {
				inner(e1) // e1 reads the second and third
			}
			for _, e2 := range next(e1) {
				first(e2)
			}
		}
	}
	if open {
		return nil
	}
	return ts
}

// checkFilters makes the tagger run the rules the filter would skip and
// panic if one matches: the tests set it to prove the filter sound on
// every text they tag.
var checkFilters = false
