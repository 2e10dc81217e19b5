package actors

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// File is one gazetteer table file. Every file, embedded or the user's,
// has this schema; a file may fill any of the arrays.
type File struct {
	Country      []Entry   `toml:"country"`
	Region       []Entry   `toml:"region"`
	Organization []Entry   `toml:"organization"`
	Person       []Entry   `toml:"person"`
	Media        []Entry   `toml:"media"`
	Place        []Entry   `toml:"place"`
	Lexicon      *Lexicon  `toml:"lexicon"`
	Example      []Example `toml:"example"`
	Negative     []Example `toml:"negative"`
}

// Entry is one real-world entity of the gazetteer.
type Entry struct {
	// ID is the stable actor id; derived from Code or Name when empty.
	ID string `toml:"id"`
	// Code is the ISO 3166-1 alpha-3 code of a country, or the stable code
	// of a region, bloc or organisation (EUR, EU, NATO).
	Code     string `toml:"code"`
	Name     string `toml:"name"`
	Official string `toml:"official"`
	// Aliases are other full names; Abbreviations are short forms (U.S.).
	Aliases       []string `toml:"aliases"`
	Abbreviations []string `toml:"abbreviations"`
	// Demonyms name the people or adjective (Russian, Russians).
	Demonyms []string `toml:"demonyms"`
	// Metonyms stand for the entity when they act (Washington, the Kremlin).
	Metonyms []string `toml:"metonyms"`
	Capital  string   `toml:"capital"`
	// Country is the ISO code of the country the entity belongs to.
	Country string `toml:"country"`
	// Role, From and To are a shorthand for a single Roles element.
	Role  string `toml:"role"`
	From  int    `toml:"from"`
	To    int    `toml:"to"`
	Roles []Role `toml:"roles"`
	// Kind overrides the kind implied by the table (e.g. "location").
	Kind string `toml:"kind"`
	// NER overrides the NER type implied by the kind (e.g. ORG for a
	// place that is mostly an agent, like the Vatican).
	NER string `toml:"ner"`
	// Cues are words that, found anywhere in the same article, make this
	// entry win over others written the same way ("Atlanta" for the US
	// state of Georgia rather than the country).
	Cues []string `toml:"cues"`
	// Remove, in a user file, deletes the embedded entry with this ID.
	Remove bool `toml:"remove"`

	table string // which array the entry came from
	file  string
	line  int
}

// Role is an office a person held, with the years (To 0 = still in office).
type Role struct {
	Title   string `toml:"title"`
	Country string `toml:"country"`
	From    int    `toml:"from"`
	To      int    `toml:"to"`
}

// Lexicon holds the word lists the name patterns use. Lists from several
// files are merged.
type Lexicon struct {
	// Titles precede a person's name and give the role (minister, aide).
	Titles []string `toml:"titles"`
	// TitleModifiers may precede a title inside the role (foreign, deputy).
	TitleModifiers []string `toml:"title_modifiers"`
	// Honorifics precede a name but are no role (Mr., Dr., Sir).
	Honorifics []string `toml:"honorifics"`
	// GivenNames are common first names: a capitalised word after one
	// is very likely a surname.
	GivenNames []string `toml:"given_names"`
	// Particles may join the parts of a name (bin, van, de, al-).
	Particles []string `toml:"particles"`
	// OrgHeads end an organisation's name (Ministry, Council, Agency).
	OrgHeads []string `toml:"org_heads"`
	// OrgStarts begin an organisation's name (University, Department).
	OrgStarts []string `toml:"org_starts"`
	// PlaceHeads end a place's name (River, Sea, Island).
	PlaceHeads []string `toml:"place_heads"`
	// PlaceStarts begin a place's name (Mount, Lake, Cape).
	PlaceStarts []string `toml:"place_starts"`
	// FunctionWords are capitalised only at the start of a sentence or in
	// headlines; they are trimmed from the edges of a name.
	FunctionWords []string `toml:"function_words"`
	// NotNames are never a name alone but may be part of one.
	NotNames []string `toml:"not_names"`
	// PlaceModifiers begin compound place names (West Indies).
	PlaceModifiers []string `toml:"place_modifiers"`
	// PlaceNouns after a name make it a place ("Petén region").
	PlaceNouns []string `toml:"place_nouns"`
	// MiscHeads make a phrase an event, law or award, not an actor.
	MiscHeads []string `toml:"misc_heads"`
	// AgentVerbs after a country or capital make it an actor (ORG in NER).
	AgentVerbs []string `toml:"agent_verbs"`
	// PersonVerbs after a bare name make it a person (said, told).
	PersonVerbs []string `toml:"person_verbs"`
	// Locatives before a capital make it the city, not the government.
	Locatives []string `toml:"locatives"`
}

// Example is a text with the actors a test expects to be found in it
// (Expect), or, in a negative corpus, the surfaces that must not be found
// as the given kind (Reject).
type Example struct {
	Text   string   `toml:"text"`
	Expect []Expect `toml:"expect"`
	// Reject lists surfaces that must not be recognised as an actor.
	Reject []string `toml:"reject"`
	Date   string   `toml:"date"`
	file   string
}

// Expect is one actor an example must yield.
type Expect struct {
	Text    string `toml:"text"`
	ID      string `toml:"id"`
	Kind    string `toml:"kind"`
	Country string `toml:"country"`
	Role    string `toml:"role"`
	Form    string `toml:"form"`
	NER     string `toml:"ner"`
}

// FileError is a problem in one gazetteer file.
type FileError struct {
	File string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Key != "" {
		fmt.Fprintf(&b, "key %q: ", e.Key)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// gazetteer is the merged content of all table files.
type gazetteer struct {
	entries  []*Entry
	lex      Lexicon
	examples []Example
	negative []Example
}

var validNER = map[string]bool{"": true, "PER": true, "ORG": true, "LOC": true, "MISC": true}

// parseFile decodes one table file. Unknown keys and invalid values are
// errors naming the file, line and key; the file's content is still
// returned when the TOML itself parsed.
func parseFile(name string, data []byte) (*File, []error) {
	var f File
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, []error{&FileError{File: name, Line: pe.Position.Line, Key: pe.LastKey, Msg: pe.Message}}
		}
		return nil, []error{&FileError{File: name, Msg: err.Error()}}
	}
	lines := strings.Split(string(data), "\n")
	var errs []error
	for _, k := range md.Undecoded() {
		key := k.String()
		errs = append(errs, &FileError{File: name, Line: keyLine(lines, k[len(k)-1], 0), Key: key, Msg: "unknown key"})
	}
	// Attach source lines to entries: the n-th "[[table]]" header.
	tables := []struct {
		name string
		list []Entry
	}{{"country", f.Country}, {"region", f.Region}, {"organization", f.Organization}, {"person", f.Person}, {"media", f.Media}, {"place", f.Place}}
	for _, t := range tables {
		hdr := "[[" + t.name + "]]"
		n := 0
		for i, l := range lines {
			if strings.TrimSpace(l) == hdr {
				if n < len(t.list) {
					t.list[n].line = i + 1
				}
				n++
			}
		}
		for i := range t.list {
			e := &t.list[i]
			e.table, e.file = t.name, name
			if e.Name == "" && !(e.Remove && e.ID != "") {
				errs = append(errs, &FileError{File: name, Line: e.line, Key: t.name + ".name", Msg: "entry has no name"})
			}
			if !validNER[e.NER] {
				errs = append(errs, &FileError{File: name, Line: e.line, Key: t.name + ".ner", Msg: fmt.Sprintf("ner %q is not PER, ORG, LOC or MISC", e.NER)})
			}
			if t.name == "country" && len(e.Code) != 3 {
				errs = append(errs, &FileError{File: name, Line: e.line, Key: "country.code", Msg: fmt.Sprintf("country %q needs a three-letter ISO code, got %q", e.Name, e.Code)})
			}
			for _, r := range allRoles(e) {
				if r.To != 0 && r.From > r.To {
					errs = append(errs, &FileError{File: name, Line: e.line, Key: t.name + ".roles", Msg: fmt.Sprintf("role %q ends (%d) before it starts (%d)", r.Title, r.To, r.From)})
				}
			}
		}
	}
	for i := range f.Example {
		f.Example[i].file = name
	}
	for i := range f.Negative {
		f.Negative[i].file = name
	}
	return &f, errs
}

// keyLine returns the 1-based line where key is assigned, searching from
// line from, or 0.
func keyLine(lines []string, key string, from int) int {
	for i := from; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if strings.HasPrefix(l, key) {
			rest := strings.TrimSpace(l[len(key):])
			if strings.HasPrefix(rest, "=") {
				return i + 1
			}
		}
		if l == "["+key+"]" || l == "[["+key+"]]" {
			return i + 1
		}
	}
	return 0
}

// allRoles returns the entry's roles, the shorthand role first.
func allRoles(e *Entry) []Role {
	if e.Role == "" {
		return e.Roles
	}
	return append([]Role{{Title: e.Role, From: e.From, To: e.To}}, e.Roles...)
}

// loadEmbedded reads every .toml file of fsys in name order.
func loadEmbedded(fsys fs.FS, dir string) (*gazetteer, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.toml"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("actors: no gazetteer tables in %s", dir)
	}
	sort.Strings(names)
	g := &gazetteer{}
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		f, errs := parseFile(n, data)
		if len(errs) > 0 {
			return nil, errors.Join(errs...)
		}
		g.add(f, false)
	}
	return g, nil
}

// addUserFile merges a user's file; on any error nothing of it is used.
func (g *gazetteer) addUserFile(name string) []error {
	data, err := os.ReadFile(name)
	if err != nil {
		return []error{&FileError{File: name, Msg: err.Error()}}
	}
	f, errs := parseFile(name, data)
	if len(errs) > 0 {
		return errs
	}
	g.add(f, true)
	return nil
}

// add merges a file. A user entry whose ID (explicit or derived) matches an
// existing one replaces it, or deletes it when Remove is set.
func (g *gazetteer) add(f *File, override bool) {
	byID := map[string]int{}
	if override {
		for i, e := range g.entries {
			byID[entryID(e)] = i
		}
	}
	for _, list := range [][]Entry{f.Country, f.Region, f.Organization, f.Person, f.Media, f.Place} {
		for i := range list {
			e := &list[i]
			if override {
				if j, ok := byID[entryID(e)]; ok {
					if e.Remove {
						g.entries[j] = nil
					} else {
						g.entries[j] = e
					}
					continue
				}
				if e.Remove {
					continue
				}
			}
			g.entries = append(g.entries, e)
		}
	}
	if override {
		kept := g.entries[:0]
		for _, e := range g.entries {
			if e != nil {
				kept = append(kept, e)
			}
		}
		g.entries = kept
	}
	if l := f.Lexicon; l != nil {
		x := &g.lex
		x.Titles = append(x.Titles, l.Titles...)
		x.TitleModifiers = append(x.TitleModifiers, l.TitleModifiers...)
		x.Honorifics = append(x.Honorifics, l.Honorifics...)
		x.GivenNames = append(x.GivenNames, l.GivenNames...)
		x.Particles = append(x.Particles, l.Particles...)
		x.OrgHeads = append(x.OrgHeads, l.OrgHeads...)
		x.OrgStarts = append(x.OrgStarts, l.OrgStarts...)
		x.PlaceHeads = append(x.PlaceHeads, l.PlaceHeads...)
		x.PlaceStarts = append(x.PlaceStarts, l.PlaceStarts...)
		x.FunctionWords = append(x.FunctionWords, l.FunctionWords...)
		x.NotNames = append(x.NotNames, l.NotNames...)
		x.AgentVerbs = append(x.AgentVerbs, l.AgentVerbs...)
		x.PlaceModifiers = append(x.PlaceModifiers, l.PlaceModifiers...)
		x.MiscHeads = append(x.MiscHeads, l.MiscHeads...)
		x.PlaceNouns = append(x.PlaceNouns, l.PlaceNouns...)
		x.PersonVerbs = append(x.PersonVerbs, l.PersonVerbs...)
		x.Locatives = append(x.Locatives, l.Locatives...)
	}
	g.examples = append(g.examples, f.Example...)
	g.negative = append(g.negative, f.Negative...)
}

// entryKind maps a table to a model kind.
func entryKind(e *Entry) string {
	if e.Kind != "" {
		return e.Kind
	}
	switch e.table {
	case "country":
		return "country"
	case "region", "place":
		return "location"
	case "organization":
		return "organization"
	case "person":
		return "person"
	case "media":
		return "media"
	}
	return "location"
}

// entryID is the stable actor id of an entry: its ID, else its code, else
// a slug of its name (with the country for organisations that every
// country has, like a foreign ministry).
func entryID(e *Entry) string {
	switch {
	case e.ID != "":
		return e.ID
	case e.Code != "":
		return e.Code
	}
	return slug(e.Name)
}

// slug turns a name into a lower-case, hyphenated id: "J.D. Vance" → "jd-vance".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’':
			continue
		case isLetter(r) || (r >= '0' && r <= '9'):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(toLower(r))
		default:
			dash = true
		}
	}
	return foldAccents(b.String())
}
