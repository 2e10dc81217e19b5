package events

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/parley-app/parley/model"
)

// The TOML schemas of the tables under assets/events. Each file's header
// explains its keys to the analyst who edits it; these structs are what the
// engine reads.

type codesFile struct {
	Code []codeDef `toml:"code"`
}

// codeDef is one CAMEO code: its label, the Goldstein score and, for the
// codes of acts, which code a promise or a refusal of that act takes.
type codeDef struct {
	Code      string   `toml:"code"`
	Name      string   `toml:"name"`
	Type      string   `toml:"type"`
	Goldstein *float64 `toml:"goldstein"`
	Intent    string   `toml:"intent"`
	Refuse    string   `toml:"refuse"`
	Halt      string   `toml:"halt"`
}

type triggerFile struct {
	Trigger []triggerDef `toml:"trigger"`
}

// triggerDef is one lexicon entry: the phrases that signal one kind of act.
type triggerDef struct {
	Code  string   `toml:"code"`
	Verbs []string `toml:"verbs"`
	Nouns []string `toml:"nouns"`
	// Symmetric acts (meet, negotiate) have both sides as participants.
	Symmetric bool `toml:"symmetric"`
	// Speech acts report words; the words may hold the sentence's main act.
	Speech bool `toml:"speech"`
	// Addressee: the name right after a speech verb is who is spoken to
	// ("told Russian television").
	Addressee bool `toml:"addressee"`
	// SourceAfter: the actor named after the phrase acts ("according to X").
	SourceAfter bool `toml:"source_after"`
	// PlaceIsTarget: the place of the act is its target (visits).
	PlaceIsTarget bool `toml:"place_is_target"`
	// Generic verbs ("killed") yield to a noun act in their clause that
	// says how ("killed in a car bombing").
	Generic bool `toml:"generic"`
	// Anaphoric phrases ("was also there") add their actors to the
	// previous event of the same root instead of making a new one.
	Anaphoric bool `toml:"anaphoric"`
	// Governs is "planned" or "refused" for verbs that take another act
	// as "to" + verb: "threatened to impose sanctions".
	Governs  string      `toml:"governs"`
	Intent   string      `toml:"intent"`
	Refuse   string      `toml:"refuse"`
	Refine   []refineDef `toml:"refine"`
	Examples []string    `toml:"examples"`
	Check    []checkDef  `toml:"check"`
}

// refineDef makes the code finer when its conditions hold: one of Words
// is near the trigger; the head of the object is one of Object ("*": there
// is an object) or names an actor of one of ObjectKinds; the source is an
// actor of one of
// SourceKinds; with TwoSides, the subject names actors of two countries
// and no target ("Trump and Putin spoke"), which become the two sides.
// Conditions left out hold.
type refineDef struct {
	Words       []string `toml:"words"`
	Object      []string `toml:"object"`
	ObjectKinds []string `toml:"object_kinds"`
	SourceKinds []string `toml:"source_kinds"`
	TwoSides    bool     `toml:"two_sides"`
	Code        string   `toml:"code"`
}

// checkDef is an example with the expected details of its main event.
type checkDef struct {
	Text     string   `toml:"text"`
	DCT      string   `toml:"dct"`
	Code     string   `toml:"code"`
	Root     string   `toml:"root"`
	Type     string   `toml:"type"`
	Modality string   `toml:"modality"`
	Source   []string `toml:"source"`
	Target   []string `toml:"target"`
	Actors   []string `toml:"actors"`
	Location string   `toml:"location"`
	Date     string   `toml:"date"`
	Inferred *bool    `toml:"inferred"`
	// None lists roots that must not be found at all.
	None []string `toml:"none"`
}

// classesFile holds the word classes phrases refer to as "@name".
type classesFile struct {
	Class []classDef `toml:"class"`
}

// classDef is a named list of words: "weapons" lists missile, tank….
type classDef struct {
	Name  string   `toml:"name"`
	Words []string `toml:"words"`
}

type ignoreFile struct {
	Ignore   []ignoreDef `toml:"ignore"`
	Negative []negEntry  `toml:"negative"`
	Check    []checkDef  `toml:"check"`
}

// ignoreDef lists phrases that look like triggers but signal no event.
type ignoreDef struct {
	Phrases  []string `toml:"phrases"`
	Examples []string `toml:"examples"`
}

// negEntry is a sentence of the negative corpus: it must yield no event
// (or, with Roots, no event of those roots).
type negEntry struct {
	Text  string   `toml:"text"`
	Roots []string `toml:"roots"`
}

type modalityFile struct {
	Cue []cueDef `toml:"cue"`
}

// cueDef is a family of words that change an act's modality.
type cueDef struct {
	Modality string `toml:"modality"`
	// Before cues stand in the verb group before the trigger ("will
	// meet"); After cues follow a noun trigger ("talks are scheduled").
	Before []string `toml:"before"`
	After  []string `toml:"after"`
	// Refuse turns the act into its refusal code ("refused to sign").
	Refuse   bool       `toml:"refuse"`
	Examples []string   `toml:"examples"`
	Check    []checkDef `toml:"check"`
}

type grammarFile struct {
	LightVerbs    []string   `toml:"light_verbs"`
	DoneBeforeTo  []string   `toml:"done_before_to"`
	Locatives     []string   `toml:"locatives"`
	Agents        []string   `toml:"agents"`
	Prepositions  []string   `toml:"prepositions"`
	Connectors    []string   `toml:"connectors"`
	Relatives     []string   `toml:"relatives"`
	Subordinators []string   `toml:"subordinators"`
	Aspectual     []string   `toml:"aspectual"`
	Halting       []string   `toml:"halting_verbs"`
	Unnamed       []string   `toml:"unnamed_actors"`
	Pronouns      []string   `toml:"person_pronouns"`
	GroupPronouns []string   `toml:"group_pronouns"`
	Definites     []string   `toml:"definites"`
	Determiners   []string   `toml:"determiners"`
	Auxiliaries   []string   `toml:"auxiliaries"`
	NameStops     []string   `toml:"name_stops"`
	Anchor        anchorDef  `toml:"anchor"`
	Check         []checkDef `toml:"check"`
}

// anchorDef lists the words that date an act relative to another one.
type anchorDef struct {
	Before []string `toml:"before"`
	After  []string `toml:"after"`
	// Days is how far before or after the anchor a relative date reaches.
	Days int `toml:"days"`
}

type verbsFile struct {
	// Irregular maps a verb to [past, participle, other forms...].
	Irregular map[string][]string `toml:"irregular"`
}

// FileError is a problem in one lexicon file, with the line when known.
type FileError struct {
	File string
	Line int
	Msg  string
}

func (e *FileError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// ErrorList collects every problem found while loading a lexicon, so an
// analyst sees all of them at once.
type ErrorList []*FileError

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil for an empty list, else the list itself.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// source is one loaded file: its name and raw text (for line numbers).
type source struct {
	name string
	text string
}

// lineOf returns the first line of src holding needle after line from, or 0.
func (s *source) lineOf(needle string, from int) int {
	lines := strings.Split(s.text, "\n")
	for i := max(from-1, 0); i < len(lines); i++ {
		if strings.Contains(lines[i], needle) {
			return i + 1
		}
	}
	return 0
}

// lexicon is everything read from the TOML files, before compilation.
type lexicon struct {
	codes    []codeDef
	codeSrc  map[string]*source
	triggers []loadedTrigger
	ignores  []ignoreDef
	ignSrc   *source
	negative []negEntry
	checks   []loadedCheck
	cues     []cueDef
	cueSrc   *source
	grammar  grammarFile
	gramSrc  *source
	verbs    verbsFile
	classes  []classDef
	clsSrc   *source
	srcs     []*source
}

type loadedTrigger struct {
	triggerDef
	src *source
}

// loadedCheck is an example from any file, for the tests.
type loadedCheck struct {
	checkDef
	file string
}

// decodeFile decodes one TOML file into v and reports syntax errors and
// unknown keys.
func decodeFile(fsys fs.FS, name string, v any, errs *ErrorList) *source {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		*errs = append(*errs, &FileError{File: name, Msg: err.Error()})
		return nil
	}
	src := &source{name: name, text: string(b)}
	md, err := toml.Decode(src.text, v)
	if err != nil {
		fe := &FileError{File: name, Msg: err.Error()}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			fe.Line = pe.Position.Line
			fe.Msg = pe.Message
		}
		*errs = append(*errs, fe)
		return src
	}
	for _, k := range md.Undecoded() {
		last := k[len(k)-1]
		*errs = append(*errs, &FileError{File: name, Line: src.lineOf(last, 0),
			Msg: fmt.Sprintf("unknown key %q (misspelt? see the file header for the keys)", k.String())})
	}
	return src
}

// readLexicon reads every table of an events directory: codes.toml,
// modality.toml, grammar.toml, verbs.toml, classes.toml, ignore.toml and
// triggers/*.toml.
func readLexicon(fsys fs.FS) (*lexicon, error) {
	var errs ErrorList
	lx := &lexicon{codeSrc: map[string]*source{}}

	var cf codesFile
	if src := decodeFile(fsys, "codes.toml", &cf, &errs); src != nil {
		lx.srcs = append(lx.srcs, src)
		lx.codes = cf.Code
		for _, c := range cf.Code {
			lx.codeSrc[c.Code] = src
		}
	}
	var mf modalityFile
	lx.cueSrc = decodeFile(fsys, "modality.toml", &mf, &errs)
	lx.cues = mf.Cue
	for _, c := range mf.Cue {
		for _, k := range c.Check {
			lx.checks = append(lx.checks, loadedCheck{k, "modality.toml"})
		}
	}
	lx.gramSrc = decodeFile(fsys, "grammar.toml", &lx.grammar, &errs)
	for _, k := range lx.grammar.Check {
		lx.checks = append(lx.checks, loadedCheck{k, "grammar.toml"})
	}
	decodeFile(fsys, "verbs.toml", &lx.verbs, &errs)
	// classes.toml is optional: a lexicon may spell every word out
	if _, err := fs.Stat(fsys, "classes.toml"); err == nil {
		var clf classesFile
		lx.clsSrc = decodeFile(fsys, "classes.toml", &clf, &errs)
		lx.classes = clf.Class
	}
	var inf ignoreFile
	lx.ignSrc = decodeFile(fsys, "ignore.toml", &inf, &errs)
	lx.ignores = inf.Ignore
	lx.negative = inf.Negative
	for _, k := range inf.Check {
		lx.checks = append(lx.checks, loadedCheck{k, "ignore.toml"})
	}

	names, err := fs.Glob(fsys, "triggers/*.toml")
	if err != nil || len(names) == 0 {
		errs = append(errs, &FileError{File: "triggers/", Msg: "no trigger files (triggers/*.toml)"})
	}
	sort.Strings(names)
	for _, n := range names {
		var tf triggerFile
		src := decodeFile(fsys, n, &tf, &errs)
		if src == nil {
			continue
		}
		lx.srcs = append(lx.srcs, src)
		for _, t := range tf.Trigger {
			lx.triggers = append(lx.triggers, loadedTrigger{t, src})
			for _, k := range t.Check {
				lx.checks = append(lx.checks, loadedCheck{k, n})
			}
		}
	}
	return lx, errs.Err()
}

// validCode reports whether s looks like a CAMEO code: 2 to 4 digits.
func validCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

// codeInfo is a compiled CAMEO code.
type codeInfo struct {
	code      string
	name      string
	typ       string
	goldstein float64
	intent    string
	refuse    string
	halt      string
}

// compileCodes checks the code table: every code well-formed and unique,
// every root present, every intent and refusal code known.
func compileCodes(lx *lexicon, errs *ErrorList) map[string]*codeInfo {
	codes := make(map[string]*codeInfo, len(lx.codes))
	src := lx.codeSrc
	fail := func(code, msg string) {
		s := src[code]
		name, line := "codes.toml", 0
		if s != nil {
			name, line = s.name, s.lineOf(`"`+code+`"`, 0)
		}
		*errs = append(*errs, &FileError{File: name, Line: line, Msg: msg})
	}
	for _, c := range lx.codes {
		switch {
		case !validCode(c.Code):
			fail(c.Code, fmt.Sprintf("code %q is not a CAMEO code (2 to 4 digits)", c.Code))
			continue
		case codes[c.Code] != nil:
			fail(c.Code, fmt.Sprintf("code %q is listed twice", c.Code))
			continue
		case c.Goldstein == nil:
			fail(c.Code, fmt.Sprintf("code %q has no goldstein score", c.Code))
			continue
		case *c.Goldstein < -10 || *c.Goldstein > 10:
			fail(c.Code, fmt.Sprintf("code %q: goldstein %v is outside -10…10", c.Code, *c.Goldstein))
			continue
		}
		codes[c.Code] = &codeInfo{code: c.Code, name: c.Name, typ: c.Type, goldstein: *c.Goldstein, intent: c.Intent, refuse: c.Refuse, halt: c.Halt}
	}
	for _, c := range codes {
		if codes[c.code[:2]] == nil {
			fail(c.code, fmt.Sprintf("code %q: its root %q is not in the table", c.code, c.code[:2]))
		}
		for _, o := range []string{c.intent, c.refuse, c.halt} {
			if o != "" && codes[o] == nil {
				fail(c.code, fmt.Sprintf("code %q refers to unknown code %q", c.code, o))
			}
		}
	}
	// Labels fall back to the parent code so every code has one.
	for _, c := range codes {
		if c.typ == "" {
			for p := parentCode(c.code); p != ""; p = parentCode(p) {
				if pc := codes[p]; pc != nil && pc.typ != "" {
					c.typ = pc.typ
					break
				}
			}
		}
		if c.typ == "" {
			fail(c.code, fmt.Sprintf("code %q has no type label and neither has its root", c.code))
		}
	}
	return codes
}

// parentCode returns the next coarser code: "0841" → "084", "084" → "08",
// "08" → "".
func parentCode(c string) string {
	if len(c) <= 2 {
		return ""
	}
	return c[:len(c)-1]
}

// modalities accepted in the tables.
var modalities = map[string]bool{model.Asserted: true, model.Planned: true, model.Possible: true, model.Negated: true}
