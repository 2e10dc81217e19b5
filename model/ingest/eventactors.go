package ingest

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
)

// cameoTable is assets/ingest/cameo.toml.
type cameoTable struct {
	GroupWords  []string       `toml:"group_words"`
	Country     []cameoCountry `toml:"country"`
	CountryName []cameoCName   `toml:"country_name"`
	Group       []cameoGroup   `toml:"group"`
	Type        []cameoType    `toml:"type"`
	Example     []actorExample `toml:"example"`
}

type cameoCountry struct {
	Cameo string `toml:"cameo"`
	ISO   string `toml:"iso"`
}

type cameoCName struct {
	Name string `toml:"name"`
	ISO  string `toml:"iso"`
}

type cameoGroup struct {
	Cameo string `toml:"cameo"`
	ID    string `toml:"id"`
	Name  string `toml:"name"`
	Kind  string `toml:"kind"`
}

type cameoType struct {
	Cameo string `toml:"cameo"`
	Label string `toml:"label"`
	Kind  string `toml:"kind"`
}

// actorExample is one [[example]] of cameo.toml: an actor as a row gives
// it and the Parley actor it must become.
type actorExample struct {
	Format     string `toml:"format"`
	Code       string `toml:"code"`
	Name       string `toml:"name"`
	Country    string `toml:"country"`
	KnownGroup string `toml:"known_group"`
	Type       string `toml:"type"`
	Sectors    string `toml:"sectors"`
	Expect     struct {
		ID      *string `toml:"id"`
		Name    *string `toml:"name"`
		Kind    *string `toml:"kind"`
		Country *string `toml:"country"`
	} `toml:"expect"`
}

// known is a gazetteer entity an event file's actor may turn out to be.
type known struct {
	id, name, kind, country string
	generic                 bool // a kind of actor, not a named one
}

// actorNames turns the actors of GDELT and ICEWS rows into Parley actors:
// the gazetteer's names by code and by name, and the CAMEO table.
type actorNames struct {
	countries  map[string]*known // ISO code → country
	byName     map[string]*known // lower-case name, alias, demonym, metonym
	cameoISO   map[string]string
	groups     map[string]cameoGroup
	types      map[string]cameoType
	groupWords map[string]bool
	examples   []actorExample
}

var defaultNames = sync.OnceValues(func() (*actorNames, error) {
	raw, err := fs.ReadFile(assets.Ingest, "ingest/cameo.toml")
	if err != nil {
		return nil, err
	}
	return newActorNames(assets.Gazetteer, "ingest/cameo.toml", raw)
})

// newActorNames reads the gazetteer tables from gaz (the layout of
// assets/gazetteer) and the CAMEO table from raw; errors name the file and
// the line.
func newActorNames(gaz fs.FS, cameoName string, raw []byte) (*actorNames, error) {
	n := &actorNames{countries: map[string]*known{}, byName: map[string]*known{}, cameoISO: map[string]string{},
		groups: map[string]cameoGroup{}, types: map[string]cameoType{}, groupWords: map[string]bool{}}
	var t cameoTable
	md, err := toml.Decode(string(raw), &t)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", cameoName, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return nil, fmt.Errorf("%s: unknown key %q (see the header of the file for the keys)", cameoName, un[0].String())
	}
	files := []struct{ name, table string }{
		{"gazetteer/countries.toml", "country"}, {"gazetteer/regions.toml", "region"},
		{"gazetteer/organizations.toml", "organization"}, {"gazetteer/people.toml", "person"},
		{"gazetteer/places.toml", "place"},
	}
	// Countries first: a person alias never hides a country name.
	for _, f := range files {
		b, err := fs.ReadFile(gaz, f.name)
		if err != nil {
			return nil, err
		}
		var g actors.File
		if _, err := toml.Decode(string(b), &g); err != nil {
			return nil, fmt.Errorf("%s: %v", f.name, err)
		}
		var entries []actors.Entry
		kind := model.KindOrganization
		switch f.table {
		case "country":
			entries, kind = g.Country, model.KindCountry
		case "region":
			entries, kind = g.Region, model.KindLocation
		case "organization":
			entries = g.Organization
		case "person":
			entries, kind = g.Person, model.KindPerson
		case "place":
			entries, kind = g.Place, model.KindLocation
		}
		for i := range entries {
			e := &entries[i]
			k := &known{id: gazetteerID(e), name: e.Name, kind: kind, country: e.Country}
			if e.Kind != "" {
				k.kind = e.Kind
			}
			if kind == model.KindCountry {
				k.country = e.Code
				n.countries[e.Code] = k
			}
			names := append([]string{e.Name, e.Official}, e.Aliases...)
			if kind != model.KindPerson {
				// A surname alone ("Trump") is too weak for a person; full
				// names and aliases of several words are enough.
				names = append(names, e.Demonyms...)
				names = append(names, e.Metonyms...)
				names = append(names, e.Abbreviations...)
			}
			for _, s := range names {
				if s == "" || kind == model.KindPerson && !strings.Contains(s, " ") {
					continue
				}
				s = strings.TrimPrefix(s, "the ")
				if _, dup := n.byName[strings.ToLower(s)]; !dup {
					n.byName[strings.ToLower(s)] = k
				}
			}
		}
	}
	var errs []error
	for _, c := range t.Country {
		if n.countries[c.ISO] == nil {
			errs = append(errs, fmt.Errorf("%s: [[country]] cameo = %q: iso %q is not a country of the gazetteer", cameoName, c.Cameo, c.ISO))
		}
		n.cameoISO[c.Cameo] = c.ISO
	}
	for _, c := range t.CountryName {
		k := n.countries[c.ISO]
		if k == nil {
			errs = append(errs, fmt.Errorf("%s: [[country_name]] %q: iso %q is not a country of the gazetteer", cameoName, c.Name, c.ISO))
			continue
		}
		n.byName[strings.ToLower(c.Name)] = k
	}
	for _, g := range t.Group {
		if g.Kind == "" {
			g.Kind = model.KindOrganization
		}
		if g.Kind != model.KindOrganization && g.Kind != model.KindLocation {
			errs = append(errs, fmt.Errorf("%s: [[group]] cameo = %q: kind %q (want organization or location)", cameoName, g.Cameo, g.Kind))
		}
		n.groups[g.Cameo] = g
	}
	for _, ty := range t.Type {
		if ty.Kind == "" {
			ty.Kind = model.KindOrganization
		}
		if ty.Kind != model.KindOrganization && ty.Kind != model.KindMedia {
			errs = append(errs, fmt.Errorf("%s: [[type]] cameo = %q: kind %q (want organization or media)", cameoName, ty.Cameo, ty.Kind))
		}
		n.types[ty.Cameo] = ty
	}
	for _, w := range t.GroupWords {
		n.groupWords[strings.ToLower(w)] = true
	}
	n.examples = t.Example
	return n, errors.Join(errs...)
}

// gazetteerID is the actor id model/actors gives an entry: its id, else
// its code, else a slug of its name.
func gazetteerID(e *actors.Entry) string {
	switch {
	case e.ID != "":
		return e.ID
	case e.Code != "":
		return e.Code
	}
	return slug(e.Name)
}

// slug turns a name into a lower-case, hyphenated id: "J.D. Vance" →
// "jd-vance", "Médecins" → "medecins", as the gazetteer does.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case r == '.' || r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// titleCase turns GDELT's capitals into a name: "HILLARY CLINTON" →
// "Hillary Clinton", "AL-QAEDA" → "Al-Qaeda".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range strings.ToLower(s) {
		if start && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			start = false
			continue
		}
		b.WriteRune(r)
		start = r == ' ' || r == '-' || r == '/' || r == '('
	}
	return b.String()
}

// actorSet de-duplicates the actors of one event file.
type actorSet struct {
	names *actorNames
	byKey map[string]*model.Actor // the row's own spelling
	byID  map[string]*model.Actor
	list  []*model.Actor
	key   []byte
}

func newActorSet(n *actorNames) *actorSet {
	return &actorSet{names: n, byKey: map[string]*model.Actor{}, byID: map[string]*model.Actor{}}
}

// add returns the actor with this id, making it from k the first time.
func (s *actorSet) add(k known) *model.Actor {
	if a := s.byID[k.id]; a != nil {
		return a
	}
	a := &model.Actor{ID: k.id, Name: k.name, Kind: k.kind, Country: k.country, Generic: k.generic, Mentions: []model.Mention{}}
	s.byID[k.id] = a
	s.list = append(s.list, a)
	return a
}

// lookupKey finds an actor already made from the same fields; the
// string(bytes) map index does not allocate.
func (s *actorSet) lookupKey(parts ...[]byte) (*model.Actor, []byte) {
	s.key = s.key[:0]
	for _, p := range parts {
		s.key = append(s.key, p...)
		s.key = append(s.key, 0)
	}
	return s.byKey[string(s.key)], s.key
}

// isoOf maps a CAMEO country code to ISO 3166-1 alpha-3 ("" when empty).
func (n *actorNames) isoOf(cameo string) string {
	if iso, ok := n.cameoISO[cameo]; ok {
		return iso
	}
	return cameo
}

// personLike reports whether a name reads as a person's: two to four
// words, none of them a word for an office or a group.
func (n *actorNames) personLike(name string) bool {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' })
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if n.groupWords[w] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// gdeltActor returns the actor of a GDELT row's actor fields, or nil when
// the row names none.
func (s *actorSet) gdeltActor(code, name, country, group, typ []byte) *model.Actor {
	if len(code) == 0 && len(name) == 0 {
		return nil
	}
	if a, _ := s.lookupKey(code, name, country, group, typ); a != nil {
		return a
	}
	a := s.add(s.names.gdelt(string(code), string(name), string(country), string(group), string(typ)))
	_, key := s.lookupKey(code, name, country, group, typ)
	s.byKey[string(key)] = a
	return a
}

// gdelt decides who a GDELT actor is.
func (n *actorNames) gdelt(code, name, country, group, typ string) known {
	iso := n.isoOf(country)
	byName := n.byName[strings.ToLower(name)]
	// A country on its own: "USA" named UNITED STATES, AMERICAN or WASHINGTON.
	if c := n.countries[n.isoOf(code)]; c != nil {
		return *c
	}
	if group != "" {
		if g, ok := n.groups[group]; ok {
			return n.group(g)
		}
	}
	if g, ok := n.groups[code]; ok {
		return n.group(g)
	}
	if byName != nil && byName.kind != model.KindCountry && byName.kind != model.KindLocation {
		// The gazetteer knows this person or organisation.
		k := *byName
		if k.country == "" {
			k.country = iso
		}
		return k
	}
	label, kind := "", model.KindOrganization
	if t, ok := n.types[typ]; ok {
		label, kind = t.Label, t.Kind
	}
	switch {
	case kind != model.KindMedia && n.personLike(name) && (byName == nil || byName.kind == model.KindPerson):
		return known{id: "gdelt:" + slug(name), name: titleCase(name), kind: model.KindPerson, country: iso}
	case byName != nil && (byName.kind == model.KindCountry && byName.country == iso || iso == "" && byName.kind == model.KindCountry):
		// "USAGOV" named UNITED STATES: the country's government as a whole.
		c := n.countries[byName.country]
		shown := c.name
		if label != "" {
			shown += " " + label
		}
		return known{id: "gdelt:" + code, name: shown, kind: kind, country: c.country}
	}
	shown := titleCase(name)
	if shown == "" {
		shown = code
	}
	if label != "" && !strings.EqualFold(name, label) && !n.sameWord(name, label) && iso != "" {
		// "USACOP" named INDIANA: Indiana's police.
		shown += " " + label
	}
	return known{id: "gdelt:" + code + ":" + slug(name), name: shown, kind: kind, country: iso, generic: kind != model.KindPerson}
}

// sameWord reports whether name already says what the type label says
// ("POLICE" for COP, "PRESIDENT" for GOV is an office, not a place).
func (n *actorNames) sameWord(name, label string) bool {
	return n.groupWords[strings.ToLower(strings.Fields(name + " x")[0])] || strings.Contains(strings.ToLower(name), label)
}

func (n *actorNames) group(g cameoGroup) known {
	if g.ID != "" {
		if k := n.byID(g.ID); k != nil {
			return *k
		}
	}
	return known{id: "gdelt:" + g.Cameo, name: g.Name, kind: g.Kind}
}

// byID finds a gazetteer entity by its id.
func (n *actorNames) byID(id string) *known {
	if c := n.countries[id]; c != nil {
		return c
	}
	for _, k := range n.byName {
		if k.id == id {
			return k
		}
	}
	return nil
}

// icewsActor returns the actor of an ICEWS row's actor fields, or nil.
func (s *actorSet) icewsActor(name, sectors, country []byte) *model.Actor {
	if len(name) == 0 || string(name) == "NA" {
		return nil
	}
	if a, _ := s.lookupKey(name, country); a != nil {
		return a
	}
	a := s.add(s.names.icews(string(name), string(sectors), string(country)))
	_, key := s.lookupKey(name, country)
	s.byKey[string(key)] = a
	return a
}

// icews decides who an ICEWS actor is.
func (n *actorNames) icews(name, sectors, country string) known {
	iso := ""
	if c := n.byName[strings.ToLower(country)]; c != nil && c.kind == model.KindCountry {
		iso = c.country
	}
	if k := n.byName[strings.ToLower(name)]; k != nil {
		if k.kind == model.KindCountry {
			return *n.countries[k.country]
		}
		if k.kind != model.KindLocation || !strings.Contains(name, "(") {
			kk := *k
			if kk.country == "" && kk.kind == model.KindPerson {
				kk.country = iso
			}
			return kk
		}
	}
	kind := model.KindOrganization
	low := strings.ToLower(sectors)
	switch {
	case strings.Contains(name, "("):
		// "Foreign Affairs (Bangladesh)", "Citizen (Kenya)": a body or a
		// group of one country.
	case strings.Contains(low, "media") || strings.Contains(low, "news"):
		kind = model.KindMedia
	case strings.Contains(low, "organization") || strings.Contains(low, "igos"):
	case n.personLike(name):
		kind = model.KindPerson
	}
	generic := kind == model.KindOrganization && !strings.Contains(low, "organization") && !strings.Contains(low, "igos")
	return known{id: "icews:" + slug(name), name: name, kind: kind, country: iso, generic: generic}
}
