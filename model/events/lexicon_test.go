package events

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-app/parley/model"
)

// TestTriggerExamples runs every entry's examples: the main act of one of
// the example's sentences must get the entry's code.
func TestTriggerExamples(t *testing.T) {
	c := Default()
	n := 0
	for _, tr := range c.lx.triggers {
		for _, ex := range tr.Examples {
			n++
			corpus := annotated(t, ex, "2025-02-18")
			sents := c.Sentences(corpus, Options{})
			ok := false
			for _, s := range sents {
				if s.Main >= 0 && s.Events[s.Main].Code == tr.Code {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s (code %s): %q: main act is not %s:%s", tr.src.name, tr.Code, ex, tr.Code, describe(corpus, sents))
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d trigger examples; every entry needs one", n)
	}
}

// TestChecks runs the detailed examples of every table.
func TestChecks(t *testing.T) {
	c := Default()
	if len(c.lx.checks) < 20 {
		t.Fatalf("only %d checks", len(c.lx.checks))
	}
	for _, k := range c.lx.checks {
		t.Run(k.file+"/"+k.Text, func(t *testing.T) {
			dct := k.DCT
			if dct == "" {
				dct = "2025-02-18"
			}
			corpus := annotated(t, k.Text, dct)
			sents := c.Sentences(corpus, Options{})
			var ev *model.Event
			for _, s := range sents {
				for i, e := range s.Events {
					switch {
					case ev != nil:
					case k.Code != "" && e.Code == k.Code,
						k.Code == "" && k.Root != "" && e.RootCode == k.Root,
						k.Code == "" && k.Root == "" && i == s.Main:
						ev = e
					}
				}
			}
			for _, s := range sents {
				for _, e := range s.Events {
					if slices.Contains(k.None, e.RootCode) {
						t.Errorf("root %s must not be found:%s", e.RootCode, describe(corpus, sents))
					}
				}
			}
			if ev == nil {
				if k.Code != "" || k.Root != "" || len(k.None) == 0 {
					t.Fatalf("no event with code %q root %q:%s", k.Code, k.Root, describe(corpus, sents))
				}
				return
			}
			if k.Root != "" && ev.RootCode != k.Root {
				t.Errorf("root = %s, want %s", ev.RootCode, k.Root)
			}
			if k.Type != "" && ev.Type != k.Type {
				t.Errorf("type = %q, want %q", ev.Type, k.Type)
			}
			if k.Modality != "" && ev.Modality != k.Modality {
				t.Errorf("modality = %s, want %s", ev.Modality, k.Modality)
			}
			if k.Source != nil && !slices.Equal(names(corpus, ev.Source), k.Source) {
				t.Errorf("source = %q, want %q", names(corpus, ev.Source), k.Source)
			}
			if k.Target != nil && !slices.Equal(names(corpus, ev.Target), k.Target) {
				t.Errorf("target = %q, want %q", names(corpus, ev.Target), k.Target)
			}
			if k.Actors != nil && !slices.Equal(names(corpus, ev.Actors), k.Actors) {
				t.Errorf("actors = %q, want %q", names(corpus, ev.Actors), k.Actors)
			}
			if k.Location != "" {
				if loc := names(corpus, []string{ev.Location}); loc[0] != k.Location {
					t.Errorf("location = %q, want %q", loc[0], k.Location)
				}
			}
			if k.Date != "" && ev.When.String() != k.Date {
				t.Errorf("date = %s, want %s", ev.When, k.Date)
			}
			if k.Inferred != nil && ev.DateInferred != *k.Inferred {
				t.Errorf("date inferred = %v, want %v", ev.DateInferred, *k.Inferred)
			}
			if t.Failed() {
				t.Logf("events:%s", describe(corpus, sents))
			}
		})
	}
}

// TestIgnoreExamples checks that ignore phrases swallow their look-alikes.
func TestIgnoreExamples(t *testing.T) {
	c := Default()
	for _, ig := range c.lx.ignores {
		if len(ig.Examples) == 0 {
			t.Errorf("ignore block %q has no examples", ig.Phrases[0])
		}
		for _, ex := range ig.Examples {
			corpus := annotated(t, ex, "2025-02-18")
			if sents := c.Sentences(corpus, Options{KeepActorless: true}); len(sents) > 0 {
				t.Errorf("ignore.toml: %q must yield no act:%s", ex, describe(corpus, sents))
			}
		}
	}
}

// TestNegativeCorpus checks sentences that must yield no act (of the given
// roots), even without actors.
func TestNegativeCorpus(t *testing.T) {
	c := Default()
	if len(c.lx.negative) < 5 {
		t.Fatalf("negative corpus has %d sentences", len(c.lx.negative))
	}
	for _, neg := range c.lx.negative {
		corpus := annotated(t, neg.Text, "2025-02-18")
		for _, s := range c.Sentences(corpus, Options{KeepActorless: true}) {
			for _, e := range s.Events {
				if len(neg.Roots) == 0 || slices.Contains(neg.Roots, e.RootCode) {
					t.Errorf("negative corpus: %q yields %s %s (%q)", neg.Text, e.Code, e.Type, e.Trigger)
				}
			}
		}
	}
}

// TestCodeTable checks the code table is complete for what the lexicon
// uses: all 20 roots, a label and a Goldstein score in range for every code.
func TestCodeTable(t *testing.T) {
	c := Default()
	for r := 1; r <= 20; r++ {
		root := strings.TrimSpace(strings.Replace(string(rune('0'+r/10))+string(rune('0'+r%10)), " ", "0", 1))
		if c.code(root) == nil {
			t.Errorf("root %s missing from codes.toml", root)
		}
	}
	for code := range c.codes {
		if c.Label(code) == "" {
			t.Errorf("code %s has no label", code)
		}
		if g, ok := c.Goldstein(code); !ok || g < -10 || g > 10 {
			t.Errorf("code %s: goldstein %v ok=%v", code, g, ok)
		}
	}
	if g, _ := c.Goldstein("057"); g <= 0 {
		t.Errorf("signing an agreement must be cooperative, got %v", g)
	}
	if g, _ := c.Goldstein("190"); g >= -5 {
		t.Errorf("military force must be strongly conflictual, got %v", g)
	}
}

// minimal is a valid one-entry lexicon that the error tests break.
func minimal() fstest.MapFS {
	return fstest.MapFS{
		"codes.toml": {Data: []byte(`
[[code]]
code = "04"
name = "Consult"
type = "meeting"
goldstein = 1.0
intent = "036"

[[code]]
code = "03"
name = "Intent"
type = "intent"
goldstein = 4.0

[[code]]
code = "036"
name = "Intent to meet"
goldstein = 4.0
`)},
		"modality.toml": {Data: []byte("[[cue]]\nmodality = \"planned\"\nbefore = [\"will\"]\n")},
		"grammar.toml":  {Data: []byte("prepositions = [\"with\"]\nconnectors = [\"and\"]\n[anchor]\nbefore = [\"ahead of\"]\n")},
		"verbs.toml":    {Data: []byte("[irregular]\nmeet = [\"met\"]\n")},
		"ignore.toml":   {Data: []byte("")},
		"triggers/04.toml": {Data: []byte(`
[[trigger]]
code = "04"
verbs = ["meet"]
examples = ["[A] met [B]."]
`)},
	}
}

func TestNewMinimal(t *testing.T) {
	c, err := New(minimal())
	if err != nil {
		t.Fatal(err)
	}
	corpus := annotated(t, "[Ann] will meet [Bob].", "2025-01-01")
	c.Code(corpus)
	if len(corpus.Events) != 1 || corpus.Events[0].Code != "036" || corpus.Events[0].Modality != model.Planned {
		t.Fatalf("got %+v", corpus.Events)
	}
	if got := corpus.Events[0].Type; got != "meeting" {
		t.Errorf("type = %q, want the act's label, meeting", got)
	}
}

// TestLexiconErrors checks that a broken table is reported with its file,
// line and problem, and that nothing panics.
func TestLexiconErrors(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string
	}{
		{"unknown key", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbz = [\"meet\"]\nverbs = [\"meet\"]\nexamples = [\"x\"]\n",
			[]string{"triggers/04.toml:3", `unknown key "trigger.verbz"`}},
		{"unknown code", "triggers/04.toml", "[[trigger]]\ncode = \"99\"\nverbs = [\"meet\"]\nexamples = [\"x\"]\n",
			[]string{"triggers/04.toml:2", `"99" is not in codes.toml`}},
		{"syntax", "triggers/04.toml", "[[trigger]\ncode = \"04\"\n", []string{"triggers/04.toml:2", "expected"}},
		{"bad gap", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"... meet\"]\nexamples = [\"x\"]\n",
			[]string{"triggers/04.toml:3", `"..." cannot start or end`}},
		{"no examples", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"meet\"]\n", []string{"has no examples"}},
		{"bad intent", "codes.toml", "[[code]]\ncode = \"04\"\nname = \"C\"\ntype = \"m\"\ngoldstein = 1.0\nintent = \"777\"\n",
			[]string{"codes.toml:2", `unknown code "777"`}},
		{"goldstein range", "codes.toml", "[[code]]\ncode = \"04\"\nname = \"C\"\ntype = \"m\"\ngoldstein = 12.0\n",
			[]string{"codes.toml:2", "outside -10…10"}},
		{"bad modality", "modality.toml", "[[cue]]\nmodality = \"maybe\"\nbefore = [\"will\"]\n", []string{"modality.toml:2", `"maybe"`}},
		{"bad governs", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"meet\"]\ngoverns = \"later\"\nexamples = [\"x\"]\n",
			[]string{`governs = "later"`}},
		{"unknown class", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"meet ... @envoys\"]\nexamples = [\"x\"]\n",
			[]string{"triggers/04.toml:3", `unknown word class "@envoys"`}},
		{"class of two words", "classes.toml", "[[class]]\nname = \"envoys\"\nwords = [\"envoy\", \"special envoy\"]\n",
			[]string{"classes.toml:3", `"special envoy" must be one word`}},
		{"bad refine kind", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"meet\"]\nexamples = [\"x\"]\n[[trigger.refine]]\nsource_kinds = [\"nation\"]\ncode = \"04\"\n",
			[]string{`actor kind "nation"`}},
		{"refine without condition", "triggers/04.toml", "[[trigger]]\ncode = \"04\"\nverbs = [\"meet\"]\nexamples = [\"x\"]\n[[trigger.refine]]\ncode = \"04\"\n",
			[]string{"has no condition"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := minimal()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			_, err := New(fsys)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	if _, err := New(fstest.MapFS{}); err == nil || !strings.Contains(err.Error(), "codes.toml") {
		t.Errorf("empty lexicon: error %v should name the missing file", err)
	}
}

func TestVerbForms(t *testing.T) {
	irr := map[string][]string{"meet": {"met"}, "begin": {"began", "begun"}}
	tests := []struct {
		verb string
		want []string
	}{
		{"meet", []string{"meet", "meets", "met", "meeting"}},
		{"begin", []string{"began", "begun", "beginning"}},
		{"visit", []string{"visits", "visited", "visiting"}},
		{"plan", []string{"plans", "planned", "planning"}},
		{"criticize", []string{"criticizes", "criticized", "criticizing"}},
		{"ally", []string{"allies", "allied", "allying"}},
		{"impose", []string{"imposed", "imposing"}},
		{"veto", []string{"vetoes", "vetoed"}},
		{"tie", []string{"ties", "tied", "tying"}},
		// British spelling doubles a final l, American does not
		{"travel", []string{"traveled", "travelled", "traveling", "travelling"}},
		{"initial", []string{"initialed", "initialled"}},
	}
	for _, tt := range tests {
		f := verbForms(tt.verb, irr)
		for _, w := range tt.want {
			if _, ok := f[w]; !ok {
				t.Errorf("forms of %q lack %q: %v", tt.verb, w, f)
			}
		}
	}
	if f := verbForms("meet", irr); f["met"]&fPart == 0 {
		t.Error("met must count as a participle")
	}
	if _, ok := verbForms("meet", irr)["meeted"]; ok {
		t.Error("an irregular verb must not get a regular past")
	}
}

func TestTokenize(t *testing.T) {
	var tz tokenizer
	s := "The U.S.-Russian talks didn’t end; J.D. Vance spoke in 2025, at 1,000 sites."
	var got []string
	for _, tk := range tz.tokenize(s, 0, len(s)) {
		got = append(got, tk.low)
	}
	want := []string{"the", "u.s.", "-", "russian", "talks", "didn't", "end", ";", "j.d.", "vance", "spoke", "in", "2025", ",", "at", "1,000", "sites", "."}
	if !slices.Equal(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

// TestMainIndex checks how the main act of a sentence is chosen from the
// weakening roles of its acts.
func TestMainIndex(t *testing.T) {
	act := func(root string, mod string, actors int) *model.Event {
		e := &model.Event{RootCode: root, Code: root + "0", Modality: mod}
		for i := 0; i < actors; i++ {
			e.Actors = append(e.Actors, "a")
		}
		return e
	}
	const sp, ref = RoleSpeech, RoleReference
	tests := []struct {
		name  string
		evs   []*model.Event
		roles []Role
		want  int
	}{
		{"none", nil, nil, -1},
		{"reported act with actors beats the words", []*model.Event{act("01", model.Asserted, 1), act("16", model.Planned, 1)}, []Role{sp, 0}, 1},
		{"words beat an act with no actor", []*model.Event{act("01", model.Asserted, 1), act("04", model.Asserted, 0)}, []Role{sp, 0}, 0},
		{"an act by an unnamed actor beats the words", []*model.Event{act("01", model.Asserted, 1), act("19", model.Asserted, 0)}, []Role{sp, RoleUnnamed}, 1},
		{"a reference naming its actors beats the words", []*model.Event{act("01", model.Asserted, 1), act("04", model.Asserted, 1)}, []Role{sp, ref}, 1},
		{"a new act beats a reference", []*model.Event{act("04", model.Asserted, 1), act("11", model.Asserted, 1)}, []Role{ref, 0}, 1},
		{"words beat an act that did not happen", []*model.Event{act("01", model.Asserted, 1), act("19", model.Negated, 1)}, []Role{sp, 0}, 0},
		{"a refusal is an act", []*model.Event{act("01", model.Asserted, 1), act("12", model.Negated, 1)}, []Role{sp, 0}, 1},
		{"the first of equals", []*model.Event{act("11", model.Asserted, 1), act("02", model.Asserted, 1)}, []Role{0, 0}, 0},
	}
	for _, tt := range tests {
		if got := MainIndex(tt.evs, tt.roles); got != tt.want {
			t.Errorf("%s: MainIndex = %d, want %d", tt.name, got, tt.want)
		}
	}
}
