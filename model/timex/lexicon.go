package timex

import (
	"fmt"
	"sort"
	"strings"
)

// lexicon interns every word the rules mention, so that the tokenizer
// turns text into small integers with one map lookup per word, and holds the
// word classes ("month", "unit", …) with the value each form stands for.
type lexicon struct {
	ids   map[string]int32
	words []string
	// forms lists, for each word id, the class entries whose form starts
	// with that word.
	forms [][]formEntry
	// entries holds every form entry by its idx.
	entries []formEntry
	// punct maps ASCII punctuation to its word id (-1 when no rule uses it).
	punct [128]int32
	// suffix marks the words that may follow digits in one token (1990s, 3rd, 5pm).
	suffix map[int32]bool
	// classes records the known class names and, per class, whether its
	// forms must be written with a capital letter.
	classes map[string]*classInfo
	// classMask[w] has bit c.bit set when word w starts a form of class c,
	// so that most class tests are one AND.
	classMask []uint64
	// capitalMask has the bits of the classes written with a capital.
	capitalMask uint64
	// table is an open-addressing hash table of word ids (-1 empty) for
	// the tokenizer, which hashes words as it lowers them.
	table []int32
	// ids of words the matcher tests on its hot path
	idA, idAn, idAnd, idS, idThe, idPossessive int32
	// number is the class of spelled numbers, for a quick test before
	// reading a word's forms ("the" starts many)
	number *classInfo
}

type classInfo struct {
	name        string
	bit         uint64 // 1<<index, 0 beyond 64 classes (then no fast test)
	slot        slot
	capitalized bool
	// lists are plain word lists used by context checks (no value).
	list bool
	// members holds the ids of one-word forms, for list classes;
	// memberBits is the same as a bitset, built by freeze.
	members    map[int32]bool
	memberBits []uint64
	// startBits has bit w set when word w starts a form of the class:
	// the fast test for every class, beyond the 64 that have a bit
	startBits []uint64
}

// starts reports whether word w (>= 0) starts a form of class c.
func (c *classInfo) starts(w int32) bool {
	return int(w>>6) < len(c.startBits) && c.startBits[w>>6]&(1<<(w&63)) != 0
}

// formEntry is one form of a class entry: the words after the first, the
// class and the value.
type formEntry struct {
	rest  []int32
	class *classInfo
	value string
	idx   int32 // index in lexicon.entries
}

func newLexicon() *lexicon {
	l := &lexicon{ids: map[string]int32{}, suffix: map[int32]bool{}, classes: map[string]*classInfo{}}
	for i := range l.punct {
		l.punct[i] = -1
	}
	for _, s := range []string{"s", "th", "st", "nd", "rd", "am", "pm", "h"} {
		l.suffix[l.intern(s)] = true
	}
	for c := byte('!'); c < 127; c++ {
		if !isLetter(c) && !isDigit(c) {
			l.punct[c] = l.intern(string(c))
		}
	}
	l.idPossessive = l.intern("'s")
	l.idA, l.idAn, l.idAnd, l.idS, l.idThe = l.intern("a"), l.intern("an"), l.intern("and"), l.intern("s"), l.intern("the")
	return l
}

// intern returns the id of w, adding it when new.
func (l *lexicon) intern(w string) int32 {
	if id, ok := l.ids[w]; ok {
		return id
	}
	id := int32(len(l.words))
	l.ids[w] = id
	l.words = append(l.words, w)
	l.forms = append(l.forms, nil)
	return id
}

// id returns the id of a known word, or -1.
func (l *lexicon) id(w string) int32 {
	if id, ok := l.ids[w]; ok {
		return id
	}
	return -1
}

// lookup is id for a byte slice; the conversion does not allocate.
func (l *lexicon) lookup(b []byte) int32 {
	return l.lookupHash(b, hashBytes(b))
}

// FNV-1a, computed by the tokenizer as it lowers a word.
const (
	hashInit  = 2166136261
	hashPrime = 16777619
)

func hashBytes(b []byte) uint32 {
	h := uint32(hashInit)
	for _, c := range b {
		h = (h ^ uint32(c)) * hashPrime
	}
	return h
}

// lookupHash finds b, whose hash is h, in the table built by freeze.
func (l *lexicon) lookupHash(b []byte, h uint32) int32 {
	if l.table == nil {
		if id, ok := l.ids[string(b)]; ok {
			return id
		}
		return -1
	}
	mask := uint32(len(l.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		id := l.table[i]
		if id < 0 {
			return -1
		}
		if l.words[id] == string(b) {
			return id
		}
	}
}

// freeze builds the hash table and class masks once all words are known.
func (l *lexicon) freeze() {
	n := 1
	for n < 4*len(l.words) {
		n <<= 1
	}
	l.table = make([]int32, n)
	for i := range l.table {
		l.table[i] = -1
	}
	mask := uint32(n - 1)
	for id, w := range l.words {
		i := hashBytes([]byte(w)) & mask
		for l.table[i] >= 0 {
			i = (i + 1) & mask
		}
		l.table[i] = int32(id)
	}
	for _, c := range l.classes {
		if c.capitalized {
			l.capitalMask |= c.bit
		}
	}
	for _, c := range l.classes {
		if c.members != nil {
			c.memberBits = make([]uint64, (len(l.words)+63)/64)
			for w := range c.members {
				c.memberBits[w>>6] |= 1 << (w & 63)
			}
		}
	}
	l.number = l.classes["number"]
	l.classMask = make([]uint64, len(l.words))
	for _, c := range l.classes {
		c.startBits = make([]uint64, (len(l.words)+63)/64)
	}
	for id, fs := range l.forms {
		for _, fe := range fs {
			l.classMask[id] |= fe.class.bit
			fe.class.startBits[id>>6] |= 1 << (id & 63)
		}
	}
}

// splitForm splits a lexicon form or pattern literal into the words the
// tokenizer would produce, so "a.m." stays one word and "mid-" is two.
func splitForm(s string) []string {
	var out []string
	for _, f := range strings.Fields(strings.ToLower(s)) {
		for f != "" {
			if e := dotted(f, 0); e > 0 {
				out = append(out, f[:e])
				f = f[e:]
				continue
			}
			if f == "'s" || strings.HasPrefix(f, "'s") && len(f) == 2 {
				out = append(out, "'s")
				f = f[2:]
				continue
			}
			i := 0
			for i < len(f) && (isLetter(f[i]) || isDigit(f[i]) || f[i] >= 0x80 || f[i] == '\'' && i > 0 && i+1 < len(f) && isLetter(f[i+1]) && !(f[i+1] == 's' && (i+2 == len(f) || !isLetter(f[i+2])))) {
				i++
			}
			if i == 0 {
				i = 1
			}
			out = append(out, f[:i])
			f = f[i:]
		}
	}
	return out
}

// class returns the class named name, creating it.
func (l *lexicon) class(name string) *classInfo {
	c := l.classes[name]
	if c == nil {
		c = &classInfo{name: name}
		if n := len(l.classes); n < 64 {
			c.bit = 1 << n
		}
		l.classes[name] = c
	}
	return c
}

// addForm registers form (one or more words) as standing for value in class c.
func (l *lexicon) addForm(c *classInfo, form, value string) error {
	ws := splitForm(form)
	if len(ws) == 0 {
		return fmt.Errorf("empty form in class %q", c.name)
	}
	ids := make([]int32, len(ws))
	for i, w := range ws {
		ids[i] = l.intern(w)
	}
	for _, f := range l.forms[ids[0]] {
		if f.class == c && equalIDs(f.rest, ids[1:]) {
			if f.value != value {
				return fmt.Errorf("class %q: form %q stands for both %q and %q", c.name, form, f.value, value)
			}
			return nil
		}
	}
	fe := formEntry{rest: ids[1:], class: c, value: value, idx: int32(len(l.entries))}
	l.entries = append(l.entries, fe)
	l.forms[ids[0]] = append(l.forms[ids[0]], fe)
	// Longer forms first, so matching can stop at the first that fits.
	sort.SliceStable(l.forms[ids[0]], func(i, j int) bool { return len(l.forms[ids[0]][i].rest) > len(l.forms[ids[0]][j].rest) })
	if c.list && len(ids) == 1 {
		if c.members == nil {
			c.members = map[int32]bool{}
		}
		c.members[ids[0]] = true
	}
	return nil
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// inClass reports whether word id w is a one-word form of class c.
func (l *lexicon) inClass(w int32, c *classInfo) bool {
	if w < 0 || c == nil {
		return false
	}
	if c.bit != 0 && int(w) < len(l.classMask) && l.classMask[w]&c.bit == 0 {
		return false // the fast test: w starts no form of c
	}
	if c.memberBits != nil {
		return int(w>>6) < len(c.memberBits) && c.memberBits[w>>6]&(1<<(w&63)) != 0
	}
	if c.members != nil {
		return c.members[w]
	}
	for _, f := range l.forms[w] {
		if f.class == c && len(f.rest) == 0 {
			return true
		}
	}
	return false
}

// isNumberWord reports whether w is a one-word form of the number class.
func (l *lexicon) isNumberWord(w int32) bool {
	for _, f := range l.forms[w] {
		if f.class.slot == sNumber && len(f.rest) == 0 {
			return true
		}
	}
	return false
}

// yearStartWord reports whether w can open a year in words: "nineteen
// ninety", "two thousand" (see spelledYear).
func (l *lexicon) yearStartWord(w int32) bool {
	for _, f := range l.forms[w] {
		if f.class.slot == sNumber && len(f.rest) == 0 {
			n := atoi(f.value)
			return n == 2 || n >= 10 && n <= 20
		}
	}
	return false
}

// isOrdinalWord reports whether w is a one-word form of the ordinal class.
func (l *lexicon) isOrdinalWord(w int32) bool {
	for _, f := range l.forms[w] {
		if f.class.slot == sOrdinal && len(f.rest) == 0 {
			return true
		}
	}
	return false
}
