// Package actors recognises the people, countries, organisations and media
// named in news text and resolves every way of writing them ("U.S.",
// "Washington", "American officials"; "Secretary of State Marco Rubio",
// "Rubio") to one actor with a stable id, kind, country and role.
//
// Recognition runs in three stages, each a refiner of the one before:
// a token-trie lookup of the gazetteer (assets/gazetteer), patterns for the
// names the gazetteer lacks (title + name, given names, organisation and
// place head words, appositives), and resolution (surname and title
// coreference, misspellings by edit distance, roles by date).
package actors

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
)

// Options configure a Finder. UserFiles are extra gazetteer TOML files
// (same schema) that add or override entries, e.g.
// ~/.config/parley/actors.toml and --actors FILE.
type Options struct {
	UserFiles []string
}

// Finder recognises and resolves actors. It is immutable after New and
// safe for concurrent use.
type Finder struct {
	ents     []*ent
	byID     map[string]int32
	names    *trie // gazetteer surfaces
	titles   *trie // title phrases, lower case, reversed
	titleFwd *trie // the same, forward
	lex      lexSets
	// persons by given name and by surname, for misspellings and bare
	// surnames.
	byFirst map[string][]int32
	byLast  map[string][]int32
	// cueWords are all entries' cue words.
	cueWords map[string]bool
	g        *gazetteer
}

// ent is a gazetteer entity ready for lookup.
type ent struct {
	id, name, kind, country, ner string
	roles                        []Role
	lowerRoles                   []string
	cues                         []string
	// city marks a place that is also a metonym of its country's
	// government (a capital): context picks the reading.
	city bool
	// metonymOf is the entity a city stands for.
	metonymOf int32
}

type lexSets struct {
	modifiers, honorifics, given, particles, orgHeads, orgStarts,
	placeHeads, placeStarts, common, notNames, placeMods, miscHeads, placeNouns, agentVerbs, personVerbs, locatives map[string]bool
}

func set(words []string, lower bool) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

// caseVariants returns keys with each word either as given or with its
// first letter in upper case.
func caseVariants(keys []string) [][]string {
	out := [][]string{nil}
	for _, k := range keys {
		c := titleCase(k)
		var next [][]string
		for _, p := range out {
			next = append(next, append(append([]string(nil), p...), k))
			if c != k {
				next = append(next, append(append([]string(nil), p...), c))
			}
		}
		out = next
	}
	return out
}

func capitalized(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = titleCase(strings.ToLower(w))
	}
	return out
}

// New builds a Finder from the embedded gazetteer plus opts.UserFiles. A
// malformed user file is reported in warnings (error naming file, line
// and key) and skipped; the embedded gazetteer still loads. err is only
// for a broken embedded gazetteer.
func New(opts Options) (f *Finder, warnings []error, err error) {
	g, err := loadEmbedded(assets.Gazetteer, "gazetteer")
	if err != nil {
		return nil, nil, fmt.Errorf("actors: embedded gazetteer: %w", err)
	}
	for _, u := range opts.UserFiles {
		warnings = append(warnings, g.addUserFile(u)...)
	}
	f, errs := build(g)
	if len(errs) > 0 {
		return nil, warnings, errors.Join(errs...)
	}
	return f, warnings, nil
}

var (
	defaultOnce   sync.Once
	defaultFinder *Finder
)

// Default returns New(Options{}) loaded once. It panics only if the
// embedded gazetteer is broken, which the package tests rule out.
func Default() *Finder {
	defaultOnce.Do(func() {
		f, _, err := New(Options{})
		if err != nil {
			panic(err)
		}
		defaultFinder = f
	})
	return defaultFinder
}

// UserConfigPath is ~/.config/parley/actors.toml (os.UserConfigDir), or ""
// when the user has no configuration directory.
func UserConfigPath() string {
	d, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "parley", "actors.toml")
}

// build indexes a merged gazetteer.
func build(g *gazetteer) (*Finder, []error) {
	f := &Finder{
		byID:     map[string]int32{},
		names:    newTrie(),
		titles:   newTrie(),
		titleFwd: newTrie(),
		byFirst:  map[string][]int32{},
		byLast:   map[string][]int32{},
		cueWords: map[string]bool{},
		g:        g,
	}
	var errs []error
	l := &g.lex
	f.lex = lexSets{
		modifiers: set(append(l.TitleModifiers, capitalized(l.TitleModifiers)...), false), honorifics: set(l.Honorifics, false),
		given: set(l.GivenNames, false), particles: set(l.Particles, false),
		orgHeads: set(l.OrgHeads, false), orgStarts: set(l.OrgStarts, false),
		placeHeads: set(l.PlaceHeads, false), placeStarts: set(l.PlaceStarts, false),
		common: set(l.FunctionWords, false), notNames: set(l.NotNames, false),
		placeMods: set(l.PlaceModifiers, false), miscHeads: set(l.MiscHeads, false),
		placeNouns: set(l.PlaceNouns, false), agentVerbs: set(l.AgentVerbs, true),
		personVerbs: set(l.PersonVerbs, true), locatives: set(l.Locatives, true),
	}
	for _, t := range l.Titles {
		keys := splitWords(strings.ToLower(t))
		// The forward trie holds every lower/Title-case spelling so that
		// scanning text needs no case folding.
		for _, v := range caseVariants(keys) {
			f.titleFwd.insert(v, surface{ent: -1, form: "title"})
		}
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		f.titles.insert(keys, surface{ent: -1, form: "title"})
	}
	// Entities first, so that metonyms can point at countries.
	for _, e := range g.entries {
		id := entryID(e)
		if _, dup := f.byID[id]; dup {
			errs = append(errs, &FileError{File: e.file, Line: e.line, Key: e.table + ".id", Msg: fmt.Sprintf("id %q is used twice", id)})
			continue
		}
		x := &ent{id: id, name: e.Name, kind: entryKind(e), country: e.Country, ner: e.NER, roles: allRoles(e), metonymOf: -1, cues: e.Cues}
		for _, c := range e.Cues {
			f.cueWords[c] = true
		}
		if e.table == "country" {
			x.country = e.Code
		}
		for _, r := range x.roles {
			x.lowerRoles = append(x.lowerRoles, strings.ToLower(r.Title))
		}
		if x.country == "" {
			for _, r := range x.roles {
				if r.Country != "" {
					x.country = r.Country
					break
				}
			}
		}
		f.byID[id] = int32(len(f.ents))
		f.ents = append(f.ents, x)
	}
	// Capitals are places of their own, unless an entry already names them.
	for _, e := range g.entries {
		if e.table != "country" || e.Capital == "" {
			continue
		}
		id := slug(e.Capital)
		if _, ok := f.byID[id]; ok {
			continue
		}
		f.byID[id] = int32(len(f.ents))
		f.ents = append(f.ents, &ent{id: id, name: e.Capital, kind: model.KindLocation, country: e.Code, metonymOf: -1})
		f.names.insert(splitWords(e.Capital), surface{ent: f.byID[id], form: "name"})
	}
	for _, e := range g.entries {
		idx, ok := f.byID[entryID(e)]
		if !ok || f.ents[idx].name != e.Name {
			continue
		}
		add := func(s, form string) {
			s = strings.TrimSpace(s)
			if s == "" {
				return
			}
			needThe := false
			if strings.HasPrefix(s, "the ") {
				needThe, s = true, s[4:]
			}
			keys := splitWords(s)
			f.names.insert(keys, surface{ent: idx, form: form, needThe: needThe})
			if folded := foldAccents(s); folded != s {
				f.names.insert(splitWords(folded), surface{ent: idx, form: form, needThe: needThe})
			}
		}
		add(e.Name, "name")
		add(e.Official, "name")
		last := ""
		if w := strings.Fields(e.Name); e.table == "person" && len(w) > 1 {
			last = w[len(w)-1]
		}
		for _, a := range e.Aliases {
			if a == last {
				add(a, "surname")
			} else {
				add(a, "alias")
			}
		}
		for _, a := range e.Abbreviations {
			add(a, "abbreviation")
		}
		for _, a := range e.Demonyms {
			add(a, "demonym")
		}
		for _, a := range e.Metonyms {
			add(a, "metonym")
		}
		if e.table == "person" {
			w := splitWords(foldAccents(e.Name))
			if len(w) >= 2 {
				first, last := w[0], w[len(w)-1]
				f.byFirst[first] = append(f.byFirst[first], idx)
				f.byLast[last] = append(f.byLast[last], idx)
			}
		}
	}
	// A capital that is also a metonym of its country is a city that can
	// stand for the government.
	for i, x := range f.ents {
		if x.kind != model.KindLocation || x.country == "" {
			continue
		}
		c, ok := f.byID[x.country]
		if !ok || f.ents[c].kind != model.KindCountry {
			continue
		}
		for _, e := range g.entries {
			if entryID(e) == x.country {
				for _, m := range e.Metonyms {
					if m == x.name {
						f.ents[i].city = true
						f.ents[i].metonymOf = c
					}
				}
			}
		}
	}
	return f, errs
}

// Find recognises and resolves the actors in the articles as one corpus:
// one *model.Actor per real entity across all articles, with every
// mention. Actors are sorted by ID, mentions by (article order, start).
func (f *Finder) Find(arts []*model.Article) []*model.Actor {
	acc := newCorpusAcc(f)
	var toks []token
	for ai, a := range arts {
		if a == nil {
			continue
		}
		var ms []cand
		ms, toks = f.analyze(a.Text, toks)
		acc.addArticle(ai, a, ms)
	}
	return acc.actors()
}

// corpusAcc merges the per-article mentions into actors.
type corpusAcc struct {
	f      *Finder
	byID   map[string]*model.Actor
	year   map[string]int // latest article year per gazetteer actor
	entOf  map[string]int32
	order  map[string][]int // article index per mention, for sorting
	aliasS map[string]map[string]bool
	// ctxRole is the gazetteer office matching a title written in the text.
	ctxRole map[string]string
	// kindConf is the confidence behind the kind of a new entity.
	kindConf map[string]float64
}

func newCorpusAcc(f *Finder) *corpusAcc {
	return &corpusAcc{f: f, byID: map[string]*model.Actor{}, year: map[string]int{}, entOf: map[string]int32{}, order: map[string][]int{}, aliasS: map[string]map[string]bool{}, ctxRole: map[string]string{}, kindConf: map[string]float64{}}
}

func (c *corpusAcc) addArticle(ai int, a *model.Article, ms []cand) {
	yr := 0
	if a.HasDate() {
		yr = a.Published.Year()
	}
	for _, m := range ms {
		var id, name, kind, country, role string
		if m.ent >= 0 {
			x := c.f.ents[m.ent]
			id, name, kind, country = x.id, x.name, x.kind, x.country
		} else {
			id, name, kind, country, role = m.id, m.name, m.kind, m.country, m.role
		}
		act := c.byID[id]
		if act == nil {
			act = &model.Actor{ID: id, Name: name, Kind: kind, Country: country, Role: role}
			c.byID[id] = act
			c.aliasS[id] = map[string]bool{}
			if m.ent >= 0 {
				c.entOf[id] = m.ent
				c.year[id] = -1
			}
		}
		if act.Country == "" {
			act.Country = country
		}
		// One sense per name: an entity the gazetteer lacks takes the kind
		// of its best-attested mention.
		if m.ent < 0 {
			conf := m.conf
			if conf == 0 {
				conf = 1
			}
			if conf > c.kindConf[id] {
				c.kindConf[id] = conf
				act.Kind = kind
			}
		}
		if m.ent < 0 && act.Role == "" {
			act.Role = role
		}
		if m.ent >= 0 && yr >= c.year[id] {
			c.year[id] = yr
		}
		if m.ent >= 0 && m.role != "" {
			x := c.f.ents[m.ent]
			if len(x.roles) == 0 && act.Role == "" {
				act.Role = m.role
			}
			// The title written before the name picks among the offices
			// the person held ("national security adviser Mike Waltz").
			lr := strings.ToLower(m.role)
			for i, r := range x.lowerRoles {
				if roleMatches(r, lr) || roleMatches(lr, r) {
					c.ctxRole[id] = x.roles[i].Title
					break
				}
			}
		}
		txt := a.Text[m.start:m.end]
		if (m.form == "name" || m.form == "alias" || m.form == "abbreviation") && txt != act.Name && !c.aliasS[id][txt] {
			c.aliasS[id][txt] = true
			act.Aliases = append(act.Aliases, txt)
		}
		act.Mentions = append(act.Mentions, model.Mention{
			Article: a.ID, Start: m.start, End: m.end, Text: txt,
			Form: m.form, NER: m.ner, Confidence: m.conf,
		})
		c.order[id] = append(c.order[id], ai)
	}
}

func (c *corpusAcc) actors() []*model.Actor {
	out := make([]*model.Actor, 0, len(c.byID))
	for id, a := range c.byID {
		if e, ok := c.entOf[id]; ok {
			if r := c.ctxRole[id]; r != "" {
				a.Role = r
			} else if r, rc := roleAt(c.f.ents[e].roles, c.year[id]); r != "" {
				a.Role = r
				if a.Country == "" {
					a.Country = rc
				}
			}
		}
		ord := c.order[id]
		idx := make([]int, len(a.Mentions))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool {
			x, y := idx[i], idx[j]
			if ord[x] != ord[y] {
				return ord[x] < ord[y]
			}
			return a.Mentions[x].Start < a.Mentions[y].Start
		})
		ms := make([]model.Mention, len(idx))
		for i, k := range idx {
			ms[i] = a.Mentions[k]
		}
		a.Mentions = ms
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// roleAt picks the role held in year (0 or less: the latest role).
func roleAt(roles []Role, year int) (title, country string) {
	best := -1
	for i, r := range roles {
		if year > 0 {
			if (r.From == 0 || r.From <= year) && (r.To == 0 || year <= r.To) {
				return r.Title, r.Country
			}
			continue
		}
		if best < 0 || r.To == 0 && roles[best].To != 0 || r.From > roles[best].From && (r.To == 0) == (roles[best].To == 0) {
			best = i
		}
	}
	if best < 0 && len(roles) > 0 && year > 0 {
		// No role that year: the nearest one before it, else the first.
		for i, r := range roles {
			if r.From <= year && (best < 0 || r.From > roles[best].From) {
				best = i
			}
		}
		if best < 0 {
			best = 0
		}
	}
	if best < 0 {
		return "", ""
	}
	return roles[best].Title, roles[best].Country
}

// Name returns the gazetteer's name for an actor id (a country's ISO code,
// "EU", "marco-rubio"…), for showing codes that no mention in the corpus
// names.
func (f *Finder) Name(id string) (string, bool) {
	i, ok := f.byID[id]
	if !ok {
		return "", false
	}
	return f.ents[i].name, true
}
