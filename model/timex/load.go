package timex

import (
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// ruleFile is one TOML file of rules. A file may hold any of the sections;
// the tagger merges all the *.toml files of its file system.
type ruleFile struct {
	// Words maps a class name to its entries: value → forms.
	Words map[string]map[string][]string `toml:"words"`
	// Lists are plain word lists for context checks (tense, names, …).
	Lists map[string][]string `toml:"lists"`
	// Capitalized lists the classes whose words only count when written
	// with a capital letter ("May", not "may").
	Capitalized []string          `toml:"capitalized"`
	Macros      map[string]string `toml:"macros"`
	// HolidayPlaces gives, for a holiday whose day depends on the country
	// ("Independence Day"), the day (MM-DD) each place keeps: holiday name
	// → day → places.
	HolidayPlaces map[string]map[string][]string `toml:"holiday_places"`
	// Observed gives, for a holiday of the Islamic calendar, the days it
	// was kept (YYYY-MM-DD), where the sighting of the moon moved it from
	// the arithmetical calendar.
	Observed map[string][]string `toml:"observed"`
	Rules    []ruleSpec          `toml:"rule"`
	Negative []negativeSpec      `toml:"negative"`
}

// ruleSpec is a [[rule]] as written.
type ruleSpec struct {
	Name    string `toml:"name"`
	Pattern string `toml:"pattern"`
	// Type is DATE (the default), TIME, DURATION or SET.
	Type string `toml:"type"`
	// Kind names the production that turns the slots into a value.
	Kind string `toml:"kind"`
	// Value is a fixed value (PRESENT_REF, P1D …), used as is.
	Value string `toml:"value"`
	Mod   string `toml:"mod"`
	Quant string `toml:"quant"`
	Freq  string `toml:"freq"`
	// Slots presets slots before matching: class name → value.
	Slots map[string]string `toml:"slots"`
	// NotBefore vetoes a match that stands before one of these words (the
	// word just after the match); NotAfter one that stands after one of
	// them (the word just before). Items are words, <list> for a lexicon
	// list or class, or <number> for any number; an item of two words
	// ("ahead of", "later <weekday>") is read against the two words after
	// the match, or the two before it.
	NotBefore []string `toml:"not_before"`
	NotAfter  []string `toml:"not_after"`
	// NotAfterCapitalised vetoes a match with a capitalised word after one
	// of these ("over the New Year" is the holiday, "over the new year"
	// the year to come).
	NotAfterCapitalised []string `toml:"not_after_capitalised"`
	// OnlyAfter requires the word just before the match to be one of these
	// (or the two words before it, for an item of two words).
	OnlyAfter []string `toml:"only_after"`
	// OnlyBefore requires the word just after the match to be one of these
	// (or the two words after it, for an item of two words).
	OnlyBefore []string `toml:"only_before"`
	// Except vetoes a one-word match that is one of these words.
	Except []string `toml:"except"`
	// NotNear vetoes a match that one of these words precedes within its
	// sentence, up to ten words back ("temperatures climbed into the
	// 50s").
	NotNear []string `toml:"not_near"`
	// NameUnlessAfter: a one-word match that the text also writes as a
	// surname, after a capitalised word the lexicon does not know
	// ("Theresa May"), is that name, unless it follows one of these words
	// ("in May").
	NameUnlessAfter []string `toml:"name_unless_after"`
	// NotUnits vetoes a match whose unit slot is one of these (Q, HALF…).
	NotUnits []string `toml:"not_units"`
	// DCTFrom (YYYY-MM-DD) limits the rule to documents published on or
	// after that day: "the Sept. 11 attacks" are of 2001 only after them.
	DCTFrom string `toml:"dct_from"`
	// NotInPast vetoes a match in a clause told in the past: "soon" looks
	// ahead in "talks could resume soon", not in "the stock soon sagged".
	NotInPast bool `toml:"not_in_past"`
	// CapitalOnlyAtStart vetoes a match written with a capital letter
	// anywhere but at the start of a sentence: there "Winter" and "Soon"
	// are names ("but Winter would not comment", "Willie Soon").
	CapitalOnlyAtStart bool          `toml:"capital_only_at_start"`
	Examples           []exampleSpec `toml:"examples"`
}

// exampleSpec is one example a test runs: tagging Text against DCT must
// find Match (the whole text when empty) with this Value.
type exampleSpec struct {
	Text  string `toml:"text"`
	DCT   string `toml:"dct"`
	Value string `toml:"value"`
	Match string `toml:"match"`
	Type  string `toml:"type"`
	Mod   string `toml:"mod"`
	// Range is the expected Span as "start/end" (YYYY-MM-DD or RFC 3339).
	Range string `toml:"range"`
}

// negativeSpec is text that must not be tagged: none of it, or, when Not is
// set, no timex may overlap that part of it.
type negativeSpec struct {
	Text   string `toml:"text"`
	Not    string `toml:"not"`
	DCT    string `toml:"dct"`
	Reason string `toml:"reason"`
}

// LoadError is a problem in a rule file.
type LoadError struct {
	File string
	// Where names the section or rule ("rule 12 \"month day\"").
	Where string
	Err   error
}

func (e *LoadError) Error() string {
	if e.Where == "" {
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.File, e.Where, e.Err)
}

func (e *LoadError) Unwrap() error { return e.Err }

// New builds a tagger from the *.toml rule files of fsys (searched
// recursively, read in path order).
func New(fsys fs.FS) (*Tagger, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && path.Ext(p) == ".toml" {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("timex: no .toml rule files found")
	}
	sort.Strings(names)
	files := make([]*ruleFile, len(names))
	for i, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		var f ruleFile
		md, err := toml.Decode(string(b), &f)
		if err != nil {
			return nil, &LoadError{File: n, Err: err}
		}
		if und := md.Undecoded(); len(und) > 0 {
			keys := make([]string, len(und))
			for j, k := range und {
				keys[j] = k.String()
			}
			return nil, &LoadError{File: n, Err: fmt.Errorf("unknown keys: %s", strings.Join(keys, ", "))}
		}
		files[i] = &f
	}
	return build(names, files)
}

// build assembles the lexicon first (every file's words and lists), then
// the rules, so a rule may use a class defined in any file.
func build(names []string, files []*ruleFile) (*Tagger, error) {
	lex := newLexicon()
	for i, f := range files {
		for cname := range f.Words {
			s, ok := classSlots[cname]
			if !ok {
				return nil, &LoadError{File: names[i], Where: "[words." + cname + "]", Err: fmt.Errorf("unknown class (known: %s); plain word lists go under [lists]", knownClasses())}
			}
			lex.class(cname).slot = s
		}
		for lname := range f.Lists {
			if _, ok := classSlots[lname]; ok {
				return nil, &LoadError{File: names[i], Where: "[lists]", Err: fmt.Errorf("%q is a value class; put it under [words.%s]", lname, lname)}
			}
			lex.class(lname).list = true
		}
	}
	for i, f := range files {
		for cname, entries := range f.Words {
			c := lex.classes[cname]
			vals := make([]string, 0, len(entries))
			for v := range entries {
				vals = append(vals, v)
			}
			sort.Strings(vals)
			for _, v := range vals {
				var probe frame
				if !probe.fill(c, v) {
					return nil, &LoadError{File: names[i], Where: "[words." + cname + "]", Err: fmt.Errorf("bad value %q", v)}
				}
				if cname == "holiday" {
					if _, ok := holidayIn(v, 2000); !ok {
						return nil, &LoadError{File: names[i], Where: "[words.holiday]", Err: fmt.Errorf("bad day %q (want MM-DD, MM-WDn, a named movable feast, one of them +N or -N days as in easter-48, or hijri-MM-DD)", v)}
					}
				}
				for _, form := range entries[v] {
					if err := lex.addForm(c, form, v); err != nil {
						return nil, &LoadError{File: names[i], Where: "[words." + cname + "]", Err: err}
					}
				}
			}
		}
		for lname, words := range f.Lists {
			c := lex.classes[lname]
			for _, w := range words {
				if err := lex.addForm(c, w, ""); err != nil {
					return nil, &LoadError{File: names[i], Where: "[lists] " + lname, Err: err}
				}
			}
		}
		for _, cname := range f.Capitalized {
			c, ok := lex.classes[cname]
			if !ok {
				return nil, &LoadError{File: names[i], Where: "capitalized", Err: fmt.Errorf("unknown class %q", cname)}
			}
			c.capitalized = true
		}
	}
	macros := map[string]string{}
	for i, f := range files {
		for k, v := range f.Macros {
			if _, dup := macros[k]; dup {
				return nil, &LoadError{File: names[i], Where: "[macros]", Err: fmt.Errorf("macro %q defined twice", k)}
			}
			macros[k] = v
		}
	}
	t := &Tagger{lex: lex}
	for i, f := range files {
		for j := range f.Rules {
			rs := &f.Rules[j]
			where := fmt.Sprintf("rule %d %q", j+1, rs.Name)
			r, err := compileRule(lex, macros, rs)
			if err != nil {
				return nil, &LoadError{File: names[i], Where: where, Err: err}
			}
			r.file = names[i]
			t.rules = append(t.rules, r)
		}
		for _, n := range f.Negative {
			if n.Text == "" {
				return nil, &LoadError{File: names[i], Where: "[[negative]]", Err: fmt.Errorf("empty text")}
			}
			if n.Not != "" && !strings.Contains(n.Text, n.Not) {
				return nil, &LoadError{File: names[i], Where: "[[negative]]", Err: fmt.Errorf("%q does not occur in %q", n.Not, n.Text)}
			}
			t.negatives = append(t.negatives, n)
		}
	}
	if len(t.rules) == 0 {
		return nil, fmt.Errorf("timex: the rule files define no [[rule]]")
	}
	// places that keep a holiday on a day of their own, keyed by their
	// first word (lower case); they are not lexicon words, so that a
	// place stays a name the lexicon does not know
	for i, f := range files {
		for name, days := range f.HolidayPlaces {
			for day, places := range days {
				if _, ok := holidayIn(day, 2000); !ok {
					return nil, &LoadError{File: names[i], Where: "[holiday_places." + name + "]", Err: fmt.Errorf("bad day %q (want MM-DD, or MM-WDn as in [words.holiday])", day)}
				}
				for _, pl := range places {
					ws := splitForm(pl)
					if len(ws) == 0 {
						return nil, &LoadError{File: names[i], Where: "[holiday_places." + name + "]", Err: fmt.Errorf("empty place")}
					}
					if t.holidayPlaces == nil {
						t.holidayPlaces = map[string][]holidayPlace{}
					}
					t.holidayPlaces[ws[0]] = append(t.holidayPlaces[ws[0]], holidayPlace{name: strings.ToLower(name), day: day, rest: ws[1:]})
				}
			}
		}
	}
	for i, f := range files {
		for h, days := range f.Observed {
			if _, ok := holidayIn(h, 2000); !ok {
				return nil, &LoadError{File: names[i], Where: "[observed]", Err: fmt.Errorf("%q is no holiday code (write it as in [words.holiday])", h)}
			}
			// the moon moves an Islamic holiday a day or so from the
			// calendar's; a day set by law or by a party moves further,
			// but not by months
			reach, what := 3, "three"
			if !islamicHoliday(h) {
				reach, what = 45, "45"
			}
			for _, day := range days {
				d, err := time.Parse("2006-01-02", day)
				if err != nil {
					return nil, &LoadError{File: names[i], Where: "[observed]." + h, Err: fmt.Errorf("bad day %q (want YYYY-MM-DD)", day)}
				}
				if arith, _ := holidayIn(h, d.Year()); math.Abs(d.Sub(arith).Hours()) > float64(reach*24) {
					return nil, &LoadError{File: names[i], Where: "[observed]." + h, Err: fmt.Errorf("day %s is more than %s days from the rule's %s", day, what, arith.Format("2006-01-02"))}
				}
				if t.observed == nil {
					t.observed = map[string]map[int]time.Time{}
				}
				if t.observed[h] == nil {
					t.observed[h] = map[int]time.Time{}
				}
				t.observed[h][d.Year()] = d
			}
		}
	}
	for _, hs := range t.holidayPlaces {
		sort.Slice(hs, func(a, b int) bool {
			x, y := hs[a], hs[b]
			return x.name < y.name || x.name == y.name && (x.day < y.day || x.day == y.day && len(x.rest) > len(y.rest))
		})
	}
	if err := t.index(); err != nil {
		return nil, err
	}
	lex.freeze()
	t.lists = listsOf(lex)
	for _, ru := range t.rules {
		for _, cs := range []*contextSet{ru.notBefore, ru.notAfter, ru.notAfterCap, ru.onlyAfter, ru.onlyBefore, ru.except, ru.notNear, ru.nameUnless} {
			cs.seal()
		}
	}
	return t, nil
}

// holidayPlace is one place that keeps a holiday on a day of its own:
// the holiday's name, the day (MM-DD), and the words of the place after
// its first.
type holidayPlace struct {
	name, day string
	rest      []string
}

func knownClasses() string {
	var ks []string
	for k := range classSlots {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// compileRule checks and compiles one rule.
func compileRule(lex *lexicon, macros map[string]string, rs *ruleSpec) (*rule, error) {
	if rs.Name == "" {
		return nil, fmt.Errorf("missing name")
	}
	if rs.Pattern == "" {
		return nil, fmt.Errorf("missing pattern")
	}
	prog, err := lex.compilePattern(rs.Pattern, macros)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %v", rs.Pattern, err)
	}
	r := &rule{name: rs.Name, pattern: rs.Pattern, prog: prog, typ: rs.Type, value: rs.Value, mod: rs.Mod,
		quant: rs.Quant, freq: rs.Freq, examples: rs.Examples}
	switch r.typ {
	case "":
		r.typ = "DATE"
	case "DATE", "TIME", "DURATION", "SET":
	default:
		return nil, fmt.Errorf("type %q is not DATE, TIME, DURATION or SET", r.typ)
	}
	kind, ok := kinds[rs.Kind]
	if !ok {
		return nil, fmt.Errorf("kind %q unknown (known: %s)", rs.Kind, knownKinds())
	}
	r.kind = kind
	if kind == kindFixed && r.value == "" {
		return nil, fmt.Errorf("kind \"fixed\" needs a value")
	}
	keys := make([]string, 0, len(rs.Slots))
	for k := range rs.Slots {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := rs.Slots[k]
		if k == "day" || k == "year" {
			// the slots no class fills
			n := atoi(v)
			if n <= 0 || k == "day" && n > 31 {
				return nil, fmt.Errorf("slots: bad %s %q", k, v)
			}
			if k == "day" {
				r.preset.day = n
			} else {
				r.preset.year = n
			}
			continue
		}
		c, ok := lex.classes[k]
		if !ok || c.list {
			return nil, fmt.Errorf("slots: unknown class %q (or day, year)", k)
		}
		if !r.preset.fill(c, v) {
			return nil, fmt.Errorf("slots: bad value %q for %s", v, k)
		}
	}
	for _, u := range rs.NotUnits {
		if _, ok := durationUnits[u]; !ok {
			return nil, fmt.Errorf("not_units: unknown unit %q", u)
		}
	}
	r.notUnits = rs.NotUnits
	if r.notBefore, err = wordSet(lex, rs.NotBefore, true); err != nil {
		return nil, fmt.Errorf("not_before: %v", err)
	}
	if r.notAfter, err = wordSet(lex, rs.NotAfter, true); err != nil {
		return nil, fmt.Errorf("not_after: %v", err)
	}
	if r.notAfterCap, err = wordSet(lex, rs.NotAfterCapitalised, true); err != nil {
		return nil, fmt.Errorf("not_after_capitalised: %v", err)
	}
	if r.onlyAfter, err = wordSet(lex, rs.OnlyAfter, true); err != nil {
		return nil, fmt.Errorf("only_after: %v", err)
	}
	if r.onlyBefore, err = wordSet(lex, rs.OnlyBefore, true); err != nil {
		return nil, fmt.Errorf("only_before: %v", err)
	}
	if r.except, err = wordSet(lex, rs.Except, false); err != nil {
		return nil, fmt.Errorf("except: %v", err)
	}
	if r.notNear, err = wordSet(lex, rs.NotNear, false); err != nil {
		return nil, fmt.Errorf("not_near: %v", err)
	}
	if r.nameUnless, err = wordSet(lex, rs.NameUnlessAfter, false); err != nil {
		return nil, fmt.Errorf("name_unless_after: %v", err)
	}
	if rs.DCTFrom != "" {
		if r.dctFrom, err = time.Parse("2006-01-02", rs.DCTFrom); err != nil {
			return nil, fmt.Errorf("dct_from: %q is not a date (YYYY-MM-DD)", rs.DCTFrom)
		}
	}
	r.notInPast = rs.NotInPast
	r.capitalOnlyAtStart = rs.CapitalOnlyAtStart
	if len(rs.Examples) == 0 {
		return nil, fmt.Errorf("no examples: every rule needs at least one")
	}
	for i, ex := range rs.Examples {
		switch {
		case ex.Text == "":
			return nil, fmt.Errorf("example %d: text is required", i+1)
		case kind == kindNone && ex.Value != "":
			return nil, fmt.Errorf("example %d: a rule of kind \"none\" tags nothing, so its examples have no value", i+1)
		case kind != kindNone && ex.Value == "":
			return nil, fmt.Errorf("example %d: value is required", i+1)
		}
		if ex.Match != "" && !strings.Contains(ex.Text, ex.Match) {
			return nil, fmt.Errorf("example %d: match %q is not in text %q", i+1, ex.Match, ex.Text)
		}
	}
	return r, nil
}

// wordSet compiles a list of words and <lists>; pairs allows two-word
// entries, which only the checks on the words before and after a match
// read.
func wordSet(lex *lexicon, items []string, pairs bool) (*contextSet, error) {
	if len(items) == 0 {
		return nil, nil
	}
	cs := &contextSet{words: map[int32]bool{}}
	for _, it := range items {
		if ws := strings.Fields(it); len(ws) == 2 && pairs && (isClassItem(ws[0]) || isClassItem(ws[1])) {
			// two words of which one or both stand for a kind of word, for
			// the words before a match ("<number> <count_nouns>": "3,000
			// people a year")
			var pp [2]*contextSet
			for j, w := range ws {
				sub, err := wordSet(lex, []string{w}, false)
				if err != nil {
					return nil, fmt.Errorf("%q: %v", it, err)
				}
				pp[j] = sub
			}
			cs.classPairs = append(cs.classPairs, pp)
			continue
		}
		if it == "<number>" {
			cs.number = true
			continue
		}
		if it == "<plural>" {
			cs.plural = true
			continue
		}
		if it == "<name>" {
			cs.name = true
			continue
		}
		if it == "<capitalised>" {
			cs.capital = true
			continue
		}
		if strings.HasPrefix(it, "<") && strings.HasSuffix(it, ">") {
			name, capital := strings.CutSuffix(it[1:len(it)-1], " capitalised")
			c, ok := lex.classes[name]
			if !ok {
				return nil, fmt.Errorf("unknown list %s", it)
			}
			if capital {
				cs.capClasses = append(cs.capClasses, c)
			} else {
				cs.classes = append(cs.classes, c)
			}
			continue
		}
		ws := splitForm(it)
		if len(ws) == 2 && pairs {
			// two words, for the words before a match ("later in")
			cs.pairs = append(cs.pairs, [2]int32{lex.intern(ws[0]), lex.intern(ws[1])})
			continue
		}
		if len(ws) != 1 {
			if pairs {
				return nil, fmt.Errorf("%q is not one or two words", it)
			}
			return nil, fmt.Errorf("%q is not one word", it)
		}
		cs.words[lex.intern(ws[0])] = true
	}
	return cs, nil
}

// contextSet is a set of words given by a rule's context checks.
type contextSet struct {
	words   map[int32]bool
	classes []*classInfo
	// capClasses match only capitalised words: "<name_heads capitalised>"
	// takes "the Good Friday Agreement" but not "a June agreement"
	capClasses []*classInfo
	// pairs are two-word entries, tested against the two words before a
	// match by after
	pairs [][2]int32 // (a few per rule: a scan beats hashing)
	// classPairs are two-word entries with a kind of word in them
	// ("<number> <count_nouns>", "<number> <length_units>"), tested the
	// same way
	classPairs [][2]*contextSet
	number     bool // any number, in digits or words
	plural     bool // a lower-case plural noun ("seats", "flights")
	// name is any capitalised word the lexicon does not know: part of a
	// name ("Taha Yassin Ramadan", "Easter Island")
	name bool
	// capital is any word written with a capital, known or not ("the
	// Beijing Spring")
	capital bool
	// bits holds words as a bitset by word id, once the lexicon is frozen
	// (seal): a test without hashing on the matcher's hot path
	bits []uint64
}

// seal builds the bitset of cs's words; the lexicon must not grow after.
func (cs *contextSet) seal() {
	if cs == nil {
		return
	}
	for _, pp := range cs.classPairs {
		pp[0].seal()
		pp[1].seal()
	}
	if len(cs.words) == 0 {
		return
	}
	var top int32
	for w := range cs.words {
		top = max(top, w)
	}
	cs.bits = make([]uint64, top/64+1)
	for w := range cs.words {
		cs.bits[w/64] |= 1 << (w % 64)
	}
}

// has reports whether token t (nil: none) of text is in the set.
func (cs *contextSet) has(lex *lexicon, text string, t *token) bool {
	if cs == nil || t == nil {
		return false
	}
	if cs.plural && isPlural(text[t.Start:t.End], t) {
		return true
	}
	w := t.Word
	if cs.name && t.Kind == tokWord && t.Cap && !t.Upper && w < 0 {
		return true
	}
	if cs.capital && t.Kind == tokWord && t.Cap {
		return true
	}
	if cs.number && (t.Kind == tokNum && t.Word < 0 || w >= 0 && lex.isNumberWord(w)) {
		return true
	}
	if w < 0 {
		return false
	}
	if cs.bits != nil {
		if int(w) < len(cs.bits)*64 && cs.bits[w/64]&(1<<(w%64)) != 0 {
			return true
		}
	} else if cs.words[w] {
		return true
	}
	for _, c := range cs.classes {
		if lex.inClass(w, c) {
			return true
		}
	}
	for _, c := range cs.capClasses {
		if t.Cap && lex.inClass(w, c) {
			return true
		}
	}
	return false
}

// after reports whether the words before token start are in the set: the
// one word before it, or, for two-word entries, the two.
func (cs *contextSet) after(lex *lexicon, text string, toks []token, start int) bool {
	if cs == nil || start == 0 {
		return false
	}
	if cs.has(lex, text, &toks[start-1]) {
		return true
	}
	return start >= 2 && cs.hasPair(lex, text, &toks[start-2], &toks[start-1])
}

// before reports whether the words after token end-1 are in the set: the
// one word after it, or, for two-word entries, the two.
func (cs *contextSet) before(lex *lexicon, text string, toks []token, end int) bool {
	if cs == nil || end >= len(toks) {
		return false
	}
	if cs.has(lex, text, &toks[end]) {
		return true
	}
	return end+1 < len(toks) && cs.hasPair(lex, text, &toks[end], &toks[end+1])
}

// hasPair reports whether the two tokens a, b are one of the set's
// two-word entries.
func (cs *contextSet) hasPair(lex *lexicon, text string, a, b *token) bool {
	p := [2]int32{a.Word, b.Word}
	for _, q := range cs.pairs {
		if q == p {
			return true
		}
	}
	for _, pp := range cs.classPairs {
		if pp[0].has(lex, text, a) && pp[1].has(lex, text, b) {
			return true
		}
	}
	return false
}

// isClassItem reports whether a context word stands for a kind of word:
// "<number>", "<plural>", "<name>", "<capitalised>" or a lexicon list.
func isClassItem(w string) bool {
	return strings.HasPrefix(w, "<") && strings.HasSuffix(w, ">")
}

// isPlural guesses whether a word is a lower-case plural noun: it ends in
// -s but not in -ss, -us or -is, and is not a short function word.
func isPlural(w string, t *token) bool {
	if t.Kind != tokWord || t.Cap || len(w) < 4 || !endsLikePlural(w) {
		return false
	}
	switch w {
	case "this", "thus", "plus", "always", "perhaps", "across", "towards", "afterwards", "besides", "unless", "whereas", "sometimes", "nevertheless", "does", "goes", "says", "has", "was":
		return false
	}
	return true
}

// index builds the first-token index of the rules.
func (t *Tagger) index() error {
	t.byWord = make([][]int32, len(t.lex.words))
	numberWords := map[int32]bool{}
	ordinalWords := map[int32]bool{}
	for id, fs := range t.lex.forms {
		for _, fe := range fs {
			switch fe.class.slot {
			case sNumber:
				numberWords[int32(id)] = true
			case sOrdinal:
				ordinalWords[int32(id)] = true
			}
		}
	}
	add := func(id int32, ri int) {
		l := t.byWord[id]
		if len(l) == 0 || l[len(l)-1] != int32(ri) {
			t.byWord[id] = append(l, int32(ri))
		}
	}
	for ri, r := range t.rules {
		words, classes, bs := firstSet(r.prog)
		for _, w := range words {
			add(w, ri)
		}
		for _, c := range classes {
			for id, fs := range t.lex.forms {
				for _, fe := range fs {
					if fe.class == c {
						add(int32(id), ri)
						break
					}
				}
			}
		}
		num := false
		for _, b := range bs {
			switch b {
			case bCap:
				return &LoadError{File: r.file, Where: fmt.Sprintf("rule %q", r.name), Err: fmt.Errorf("a pattern may not start with <cap>")}
			case bNum:
				for id := range numberWords {
					add(id, ri)
				}
				// "a hundred days a year" starts at "a"
				add(t.lex.idA, ri)
				add(t.lex.idAn, ri)
			case bYear:
				for id := range numberWords {
					if t.lex.yearStartWord(id) {
						add(id, ri)
					}
				}
			case bDay, bOrd:
				for id := range ordinalWords {
					add(id, ri)
				}
				for id := range numberWords {
					add(id, ri)
				}
			}
			num = true
		}
		if num {
			t.byNum = append(t.byNum, int32(ri))
		}
	}
	for id := range t.byWord {
		l := t.byWord[id]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	}
	// For every word a rule can start with, and for number tokens, the
	// rules the token after it can continue, as bitsets over rules.
	t.nwords = (len(t.rules) + 63) / 64
	if t.nwords > maxRuleWords {
		return fmt.Errorf("timex: %d rules; the tagger handles at most %d", len(t.rules), 64*maxRuleWords)
	}
	t.pairs = make([]*pairIndex, len(t.lex.words))
	numTok := &token{Kind: tokNum, Word: -1}
	fill := func(pi *pairIndex, ri int, ns *nextSet) {
		bit, k := uint64(1)<<(ri%64), ri/64
		if ns.any {
			pi.other[k] |= bit
			return
		}
		if ns.accepts(t.lex, numTok) {
			pi.num[k] |= bit
		}
		for id := range t.lex.words {
			if ns.accepts(t.lex, &token{Kind: tokWord, Word: int32(id)}) {
				pi.word(int32(id), t.nwords)[k] |= bit
			}
		}
	}
	for ri, r := range t.rules {
		for id, l := range t.byWord {
			if !slices.Contains(l, int32(ri)) {
				continue
			}
			if t.pairs[id] == nil {
				t.pairs[id] = newPairIndex(t.nwords)
			}
			fill(t.pairs[id], ri, followSet(t.lex, r.prog, int32(id), 0))
		}
		if slices.Contains(t.byNum, int32(ri)) {
			_, _, bs := firstSet(r.prog)
			for _, b := range bs {
				if t.pairNum[b] == nil {
					t.pairNum[b] = newPairIndex(t.nwords)
				}
				fill(t.pairNum[b], ri, followSet(t.lex, r.prog, -1, b))
			}
		}
	}
	bits := spelledBits(t.lex)
	for _, r := range t.rules {
		r.third = thirdTokens(t.lex, r.prog, bits)
		r.thirdDigits = thirdAfterDigits(t.lex, r.prog, bits)
	}
	for _, pi := range t.pairs {
		if pi != nil {
			pi.freeze()
		}
	}
	for _, pi := range t.pairNum {
		if pi != nil {
			pi.freeze()
		}
	}
	return nil
}

// pairIndex holds, for one first token, the rules each second token can
// continue: words[w] for a word (while the index is built; freeze moves
// it to keys and vals), num for a number, other for any token (rules
// that may end after their first word), all bitsets over rules.
type pairIndex struct {
	words      map[int32][]uint64
	num, other []uint64
	// keys and vals are words as an open-addressing table, built by
	// freeze: the tagger asks it once for nearly every token
	keys []int32
	vals [][]uint64
	// all is every rule of the index, for the tests' checkFilters
	all []uint64
}

// freeze builds the table second reads.
func (pi *pairIndex) freeze() {
	n := 1
	for n < 2*len(pi.words) {
		n <<= 1
	}
	pi.keys, pi.vals = make([]int32, n), make([][]uint64, n)
	for i := range pi.keys {
		pi.keys[i] = -1
	}
	pi.all = slices.Clone(pi.other)
	for k := range pi.all {
		pi.all[k] |= pi.num[k]
		for _, b := range pi.words {
			pi.all[k] |= b[k]
		}
	}
	mask := uint32(n - 1)
	for w, b := range pi.words {
		i := pairSlot(w, mask)
		for pi.keys[i] >= 0 {
			i = (i + 1) & mask
		}
		pi.keys[i], pi.vals[i] = w, b
	}
	pi.words = nil // (second reads the table)
}

func pairSlot(w int32, mask uint32) uint32 { return uint32(w) * 0x9e3779b1 >> 7 & mask }

// second returns the rules that word w, coming second, continues (nil:
// none beyond num and other).
func (pi *pairIndex) second(w int32) []uint64 {
	mask := uint32(len(pi.keys) - 1)
	for i := pairSlot(w, mask); ; i = (i + 1) & mask {
		switch pi.keys[i] {
		case w:
			return pi.vals[i]
		case -1:
			return nil
		}
	}
}

func newPairIndex(n int) *pairIndex {
	return &pairIndex{words: map[int32][]uint64{}, num: make([]uint64, n), other: make([]uint64, n)}
}

func (pi *pairIndex) word(w int32, n int) []uint64 {
	b := pi.words[w]
	if b == nil {
		b = make([]uint64, n)
		pi.words[w] = b
	}
	return b
}

// nextSet says which tokens can come second in a match: it lets the tagger
// skip a rule without running it when the word after a trigger cannot
// continue it ("the" starts many rules, "the company" none of them).
type nextSet struct {
	any     bool // the match may end after the first element, or anything may follow
	words   map[int32]bool
	classes []*classInfo
	// numbers accepts what may start a number: number tokens, number and
	// ordinal words, "a" ("a hundred").
	numbers bool
	// join accepts what may go on with a spelled number begun by the
	// first token: number and ordinal words, "-" and "and" ("twenty -
	// first", "hundred and five").
	join bool
	// fraction accepts number tokens ("2 1/2").
	fraction bool
}

// followSet computes the nextSet of a program whose match starts with
// word first (-1: with a number token taken by built-in only, or by any
// built-in when only is 0).
func followSet(lex *lexicon, prog []inst, first int32, only builtin) *nextSet {
	ns := &nextSet{words: map[int32]bool{}}
	var firsts []int
	closure(prog, 0, map[int]bool{}, func(pc int) { firsts = append(firsts, pc) }, func() {})
	seen := map[int]bool{}
	follow := func(pc int) {
		closure(prog, pc+1, seen, func(q int) {
			e := prog[q]
			switch e.op {
			case opWord:
				for _, w := range e.words {
					ns.words[w] = true
				}
			case opClass:
				ns.classes = append(ns.classes, e.class)
			case opBuiltin:
				ns.numbers = true
				if e.builtin == bCap {
					ns.any = true
				}
			}
		}, func() { ns.any = true })
	}
	for _, pc := range firsts {
		in := prog[pc]
		switch in.op {
		case opWord:
			if first >= 0 && slices.Contains(in.words, first) {
				follow(pc)
			}
		case opClass:
			if first < 0 {
				continue
			}
			for _, fe := range lex.forms[first] {
				if fe.class != in.class {
					continue
				}
				if len(fe.rest) > 0 {
					ns.words[fe.rest[0]] = true // the second word of the form
				} else {
					follow(pc)
				}
			}
		case opBuiltin:
			// numbers may run on ("twenty - four", "2 1/2", "a hundred")
			switch {
			case first < 0 && (only == 0 || in.builtin == only):
				// of the built-ins a digit token starts, only a number
				// runs on, to a fraction: "2 1/2"
				if in.builtin == bNum {
					ns.fraction = true
				}
				follow(pc)
			case first >= 0 && spelledStart(lex, in.builtin, first):
				if lex.isNumberWord(first) || first == lex.idA || first == lex.idAn {
					ns.join = true // a spelled number may read on: "twenty - first"
				} // (an ordinal word is a whole ordinal: "third - quarter" reads no further)
				follow(pc)
			}
		}
	}
	return ns
}

// spelledStart reports whether word w can open built-in b written in
// words: a spelled number ("twenty - four", "a hundred"), year ("nineteen
// ninety") or ordinal ("twenty - first"). The other built-ins read digits.
func spelledStart(lex *lexicon, b builtin, w int32) bool {
	switch b {
	case bNum:
		return lex.isNumberWord(w) || lex.words[w] == "a" || lex.words[w] == "an"
	case bYear:
		return lex.yearStartWord(w)
	case bDay, bOrd:
		return lex.isNumberWord(w) || lex.isOrdinalWord(w)
	}
	return false
}

// closure calls elem for every element instruction reachable from pc
// through splits and jumps, and end when the match can end there.
func closure(prog []inst, pc int, seen map[int]bool, elem func(int), end func()) {
	if seen[pc] {
		return
	}
	seen[pc] = true
	switch prog[pc].op {
	case opSplit:
		closure(prog, prog[pc].x, seen, elem, end)
		closure(prog, prog[pc].y, seen, elem, end)
	case opJmp:
		closure(prog, prog[pc].x, seen, elem, end)
	case opMatch:
		end()
	default:
		elem(pc)
	}
}

// accepts reports whether token t (nil: the text ends) can come second.
func (ns *nextSet) accepts(lex *lexicon, t *token) bool {
	if ns.any {
		return true
	}
	if t == nil {
		return false
	}
	if ns.fraction && t.Kind == tokNum {
		return true
	}
	if ns.numbers && (t.Kind == tokNum || t.Word >= 0 && (lex.isNumberWord(t.Word) || lex.isOrdinalWord(t.Word) ||
		t.Word == lex.idA || t.Word == lex.idAn)) { // "a hundred"
		return true
	}
	if ns.join && t.Word >= 0 && (lex.isNumberWord(t.Word) || lex.isOrdinalWord(t.Word) || t.Word == lex.punct['-'] || t.Word == lex.idAnd) {
		return true // "twenty - first", "hundred and five"
	}
	if t.Word < 0 {
		return false
	}
	if ns.words[t.Word] {
		return true
	}
	for _, c := range ns.classes {
		for _, fe := range lex.forms[t.Word] {
			if fe.class == c {
				return true
			}
		}
	}
	return false
}
