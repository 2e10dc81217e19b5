// Package events finds diplomatic events in news text: who did what to
// whom, when and where, typed with the CAMEO event codes used by GDELT,
// ICEWS and PETRARCH and scored on the Goldstein cooperation–conflict
// scale. It runs after the temporal expressions (model/timex) and actors
// (model/actors) have been found, reads its lexicon from TOML tables, and
// merges the reports of one real event across articles.
package events

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
)

// Coder turns sentences into events with a compiled lexicon. It is safe
// for concurrent use.
type Coder struct {
	codes   map[string]*codeInfo
	entries []*entry
	trig    phraseIndex
	ignore  phraseIndex // look-alikes: no trigger starts inside one
	before  phraseIndex // modality cues in the verb group
	after   phraseIndex // modality cues after a noun trigger
	cues    []cueInfo
	anchors phraseIndex // "ahead of", "after": owner 0 = before, 1 = after
	days    int

	// words holds, for every word the engine looks up, its grammar
	// classes (wPrep, wConn…) and the phrase indexes it starts (wTrig…),
	// so a token costs one map lookup.
	words map[string]uint32
	// vocab numbers every word the tables hold; bits[id] are its classes.
	vocab map[string]int32
	bits  []uint32
	// works holds the scratch state of finished runs, for the next.
	works sync.Pool

	lx *lexicon
}

// entry is a compiled trigger entry.
type entry struct {
	code          string
	symmetric     bool
	speech        bool
	addressee     bool
	sourceAfter   bool
	placeIsTarget bool
	anaphoric     bool
	generic       bool
	governs       string
	intent        string
	refuse        string
	refine        []refineRule
	file          string
	line          int
}

// refineRule is a compiled refineDef; nil sets and lists hold always.
type refineRule struct {
	words, object      idSet
	wordSet, objectSet map[string]bool // the words, before they have ids
	anyObject          bool
	objectKinds        []string
	sourceKinds        []string
	twoSides           bool
	code               string
}

type cueInfo struct {
	modality string
	refuse   bool
}

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
	defaultErr   error
)

// Default returns the coder built from the embedded lexicon
// (assets/events), loading it on first use. The embedded tables are tested,
// so a failure here is a build defect; it panics with the errors.
func Default() *Coder {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(assets.Events, "events")
		if err != nil {
			defaultErr = err
			return
		}
		defaultCoder, defaultErr = New(sub)
	})
	if defaultErr != nil {
		panic("events: embedded lexicon: " + defaultErr.Error())
	}
	return defaultCoder
}

// New builds a coder from the tables in fsys (the layout of
// assets/events). The error lists every problem found, each with its file
// and line.
func New(fsys fs.FS) (*Coder, error) {
	lx, err := readLexicon(fsys)
	if err != nil {
		return nil, err
	}
	var errs ErrorList
	c := &Coder{lx: lx}
	c.codes = compileCodes(lx, &errs)
	irr := lx.verbs.Irregular
	for v := range irr {
		if strings.ContainsAny(v, " +|()") {
			errs = append(errs, &FileError{File: "verbs.toml", Msg: fmt.Sprintf("irregular verb %q must be one word", v)})
		}
	}
	pc := &phraseCompiler{irregular: irr, classes: map[string][]string{}}
	for _, cl := range lx.classes {
		line := lx.clsSrc.lineOf(`"`+cl.Name+`"`, 0)
		switch {
		case cl.Name == "" || strings.ContainsAny(cl.Name, " @|+()"):
			errs = append(errs, &FileError{File: "classes.toml", Line: line, Msg: fmt.Sprintf("class name %q: want one plain word", cl.Name)})
		case pc.classes[cl.Name] != nil:
			errs = append(errs, &FileError{File: "classes.toml", Line: line, Msg: fmt.Sprintf("class %q is defined twice", cl.Name)})
		case len(cl.Words) == 0:
			errs = append(errs, &FileError{File: "classes.toml", Line: line, Msg: fmt.Sprintf("class %q has no words", cl.Name)})
		default:
			for _, w := range cl.Words {
				if len(phraseWords(w)) != 1 {
					errs = append(errs, &FileError{File: "classes.toml", Line: lx.clsSrc.lineOf(`"`+w+`"`, line),
						Msg: fmt.Sprintf("class %q: %q must be one word", cl.Name, w)})
				}
			}
			pc.classes[cl.Name] = cl.Words
		}
	}

	for i := range lx.triggers {
		t := &lx.triggers[i]
		line := t.src.lineOf(`"`+t.Code+`"`, 0)
		fail := func(msg string) {
			errs = append(errs, &FileError{File: t.src.name, Line: line, Msg: msg})
		}
		if c.codes[t.Code] == nil {
			fail(fmt.Sprintf("trigger code %q is not in codes.toml", t.Code))
			continue
		}
		if len(t.Verbs)+len(t.Nouns) == 0 {
			fail(fmt.Sprintf("trigger %q has neither verbs nor nouns", t.Code))
		}
		if t.Governs != "" && t.Governs != model.Planned && t.Governs != "refused" {
			fail(fmt.Sprintf("governs = %q: want \"planned\" or \"refused\"", t.Governs))
		}
		if len(t.Examples)+len(t.Check) == 0 {
			fail(fmt.Sprintf("trigger %q has no examples: add one the tests can run", t.Code))
		}
		e := &entry{code: t.Code, symmetric: t.Symmetric, speech: t.Speech, addressee: t.Addressee, sourceAfter: t.SourceAfter,
			placeIsTarget: t.PlaceIsTarget, anaphoric: t.Anaphoric, generic: t.Generic, governs: t.Governs,
			intent: t.Intent, refuse: t.Refuse, file: t.src.name, line: line}
		for _, o := range []string{t.Intent, t.Refuse} {
			if o != "" && c.codes[o] == nil {
				fail(fmt.Sprintf("trigger %q refers to unknown code %q", t.Code, o))
			}
		}
		for _, r := range t.Refine {
			if c.codes[r.Code] == nil {
				fail(fmt.Sprintf("refine code %q is not in codes.toml", r.Code))
				continue
			}
			rr := refineRule{code: r.Code, objectKinds: r.ObjectKinds, sourceKinds: r.SourceKinds, twoSides: r.TwoSides}
			var err error
			if len(r.Words) > 0 {
				if rr.wordSet, err = pc.wordSet(r.Words); err != nil {
					fail(fmt.Sprintf("refine %q: %v", r.Code, err))
				}
			}
			if len(r.Object) > 0 {
				if rr.objectSet, err = pc.wordSet(r.Object); err != nil {
					fail(fmt.Sprintf("refine %q: %v", r.Code, err))
				}
				rr.anyObject = rr.objectSet["*"]
			}
			for _, k := range append(append([]string{}, r.ObjectKinds...), r.SourceKinds...) {
				if !actorKinds[k] {
					fail(fmt.Sprintf("refine %q: actor kind %q: want person, country, organization, location or media", r.Code, k))
				}
			}
			if len(r.Words)+len(r.Object)+len(r.ObjectKinds)+len(r.SourceKinds) == 0 && !r.TwoSides {
				fail(fmt.Sprintf("refine %q has no condition: give words, object, object_kinds, source_kinds or two_sides", r.Code))
			}
			e.refine = append(e.refine, rr)
		}
		id := len(c.entries)
		c.entries = append(c.entries, e)
		for k, list := range [][]string{t.Verbs, t.Nouns} {
			for _, ph := range list {
				els, lits, err := pc.compile(ph, k == 0)
				if err != nil {
					errs = append(errs, &FileError{File: t.src.name, Line: t.src.lineOf(`"`+ph+`"`, line), Msg: err.Error()})
					continue
				}
				c.trig.add(pattern{elems: els, owner: id, nominal: k == 1, literals: lits, text: ph})
				if pas, ok := passiveOf(els); ok && k == 0 {
					c.trig.add(pattern{elems: pas, owner: id, passive: true, literals: lits, text: ph + " (passive)"})
				}
			}
		}
	}
	for _, ig := range lx.ignores {
		for _, ph := range ig.Phrases {
			els, lits, err := pc.compile(ph, true)
			if err != nil {
				errs = append(errs, &FileError{File: "ignore.toml", Line: lx.ignSrc.lineOf(`"`+ph+`"`, 0), Msg: err.Error()})
				continue
			}
			c.ignore.add(pattern{elems: els, owner: -1, literals: lits, text: ph})
		}
	}

	for i, cu := range lx.cues {
		if !modalities[cu.Modality] || cu.Modality == model.Asserted {
			errs = append(errs, &FileError{File: "modality.toml", Line: lx.cueSrc.lineOf(cu.Modality, 0),
				Msg: fmt.Sprintf("cue modality %q: want planned, possible or negated", cu.Modality)})
		}
		c.cues = append(c.cues, cueInfo{modality: cu.Modality, refuse: cu.Refuse})
		for k, list := range [][]string{cu.Before, cu.After} {
			for _, ph := range list {
				els, lits, err := pc.compile(ph, false)
				if err != nil {
					errs = append(errs, &FileError{File: "modality.toml", Line: lx.cueSrc.lineOf(`"`+ph+`"`, 0), Msg: err.Error()})
					continue
				}
				p := pattern{elems: els, owner: i, literals: lits, text: ph}
				if k == 0 {
					c.before.add(p)
				} else {
					c.after.add(p)
				}
			}
		}
	}

	g := &lx.grammar
	c.words = map[string]uint32{}
	set := func(words []string, verb bool, bit uint32) {
		for _, w := range words {
			w = strings.ToLower(w)
			if verb {
				for f := range verbForms(w, irr) {
					c.words[f] |= bit
				}
				continue
			}
			c.words[w] |= bit
		}
	}
	set(g.LightVerbs, true, wLight)
	set(g.DoneBeforeTo, true, wDone)
	set(g.Aspectual, true, wAspect)
	set(g.Halting, true, wHalt)
	for _, w := range g.Unnamed {
		for _, f := range nounForms(strings.ToLower(w)) {
			c.words[f] |= wUnnamed
		}
	}
	set(g.Locatives, false, wLoc|wPrep)
	set(g.Agents, false, wAgent|wPrep)
	set(g.Prepositions, false, wPrep)
	set(g.Connectors, false, wConn)
	set(g.Relatives, false, wRel)
	set(g.Subordinators, false, wSub)
	set(g.Pronouns, false, wPron)
	set(g.GroupPronouns, false, wGroup)
	set(g.Definites, false, wDef)
	set(g.Determiners, false, wDet)
	set(g.Auxiliaries, false, wAux)
	set(g.NameStops, false, wStop)
	set([]string{"be"}, true, wBe)
	if len(g.Prepositions) == 0 || len(g.Connectors) == 0 || len(g.Anchor.Before) == 0 {
		errs = append(errs, &FileError{File: "grammar.toml", Msg: "prepositions, connectors and anchor.before must not be empty"})
	}
	c.days = g.Anchor.Days
	if c.days <= 0 {
		c.days = 7
	}
	for k, list := range [][]string{g.Anchor.Before, g.Anchor.After} {
		for _, ph := range list {
			els, lits, err := pc.compile(ph, false)
			if err != nil {
				errs = append(errs, &FileError{File: "grammar.toml", Line: lx.gramSrc.lineOf(`"`+ph+`"`, 0), Msg: err.Error()})
				continue
			}
			c.anchors.add(pattern{elems: els, owner: k, literals: lits, text: ph})
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for bit, x := range map[uint32]*phraseIndex{wTrig: &c.trig, wIgnore: &c.ignore, wAnchor: &c.anchors, wBefore: &c.before, wAfter: &c.after} {
		for f := range x.first {
			c.words[f] |= bit
		}
	}
	for _, p := range c.trig.pats {
		if p.passive {
			for f := range p.elems[len(p.elems)-1].forms {
				c.words[f] |= wPart
			}
		}
	}
	c.number()
	return c, nil
}

// number gives every word the lexicon knows an id, and the compiled
// phrases and refine rules those ids, so that matching compares numbers.
func (c *Coder) number() {
	c.vocab = map[string]int32{}
	id := func(w string) int32 {
		n, ok := c.vocab[w]
		if !ok {
			n = int32(len(c.vocab) + 1)
			c.vocab[w] = n
		}
		return n
	}
	for w := range c.words {
		id(w)
	}
	toIDs := func(set map[string]bool) idSet {
		if set == nil {
			return nil
		}
		out := make(idSet, 0, len(set))
		for w := range set {
			out = append(out, id(w))
		}
		slices.Sort(out)
		return out
	}
	for _, e := range c.entries {
		for i := range e.refine {
			rr := &e.refine[i]
			rr.words, rr.object = toIDs(rr.wordSet), toIDs(rr.objectSet)
		}
	}
	for _, x := range []*phraseIndex{&c.trig, &c.ignore, &c.before, &c.after, &c.anchors} {
		for pi := range x.pats {
			for ei := range x.pats[pi].elems {
				e := &x.pats[pi].elems[ei]
				if e.gap > 0 {
					continue
				}
				type form struct {
					id int32
					fl uint8
				}
				fs := make([]form, 0, len(e.forms))
				for f, fl := range e.forms {
					fs = append(fs, form{id(f), fl})
				}
				slices.SortFunc(fs, func(a, b form) int { return int(a.id - b.id) })
				e.ids, e.flags = make([]int32, len(fs)), make([]uint8, len(fs))
				for i, f := range fs {
					e.ids[i], e.flags[i] = f.id, f.fl
				}
			}
		}
	}
	c.bits = make([]uint32, len(c.vocab)+1)
	for w, n := range c.vocab {
		c.bits[n] = c.words[w]
	}
	for _, x := range []*phraseIndex{&c.trig, &c.ignore, &c.before, &c.after, &c.anchors} {
		x.byID = make([][]int, len(c.vocab)+1)
		x.refs = make([][]startRef, len(c.vocab)+1)
		x.next = make([]idSet, len(c.vocab)+1)
		for f, list := range x.first {
			n := c.vocab[f]
			x.byID[n] = list
			var next idSet
			for _, id := range list {
				p := &x.pats[id]
				ref := startRef{rest: p.elems[1:], pat: int32(id), passive: p.passive}
				// the words that may come second: the forms of the elements
				// up to the first that must be there
				for _, e := range p.elems[1:] {
					if e.gap > 0 {
						continue
					}
					ref.more = true
					next = append(next, e.ids...)
					if !e.opt {
						break
					}
				}
				x.refs[n] = append(x.refs[n], ref)
			}
			slices.Sort(next)
			x.next[n] = slices.Compact(next)
		}
	}
}

// classify returns the classes and the vocabulary id of a lower-case word.
func (c *Coder) classify(low string) (uint32, int32) {
	n, ok := c.vocab[low]
	if !ok {
		return 0, 0
	}
	return c.bits[n], n
}

// actorKinds are the kinds a refine rule may name.
var actorKinds = map[string]bool{model.KindPerson: true, model.KindCountry: true, model.KindOrganization: true,
	model.KindLocation: true, model.KindMedia: true}

// Word classes and phrase starts, as bits of Coder.words.
const (
	wLight uint32 = 1 << iota
	wDone
	wLoc
	wAgent
	wPrep
	wConn
	wRel
	wSub
	wPron
	wGroup
	wDef
	wDet
	wAux
	wStop
	wBe
	wTrig
	wIgnore
	wAnchor
	wBefore
	wAfter
	wPart    // the participle ending a passive phrase
	wAspect  // "keep", "continue": a verb that carries the act after it
	wUnnamed // "army", "gunmen": a common noun naming who acts
	wHalt    // "suspended", "halted": a verb that stops the noun act after it
)

// is reports whether word w has any of the classes in bits.
func (c *Coder) is(w string, bits uint32) bool { return c.words[w]&bits != 0 }

// code returns the table entry of a CAMEO code, or nil.
func (c *Coder) code(code string) *codeInfo { return c.codes[code] }

// lookupUp finds the first non-empty value of get along the code and its
// parents: a "0841" act without its own intent code takes "084"'s.
func (c *Coder) lookupUp(code string, get func(*codeInfo) string) string {
	for p := code; p != ""; p = parentCode(p) {
		if ci := c.codes[p]; ci != nil {
			if v := get(ci); v != "" {
				return v
			}
		}
	}
	return ""
}

// Goldstein returns the Goldstein score of a CAMEO code from the lexicon,
// falling back to the code's parent; ok is false for an unknown code.
func (c *Coder) Goldstein(code string) (g float64, ok bool) {
	for p := code; p != ""; p = parentCode(p) {
		if ci := c.codes[p]; ci != nil {
			return ci.goldstein, true
		}
	}
	return 0, false
}

// Label returns the short type label of a CAMEO code ("meeting", "visit").
func (c *Coder) Label(code string) string {
	return c.lookupUp(code, func(ci *codeInfo) string { return ci.typ })
}

// Name returns the codebook name of a CAMEO code ("Make a visit").
func (c *Coder) Name(code string) string {
	return c.lookupUp(code, func(ci *codeInfo) string { return ci.name })
}
