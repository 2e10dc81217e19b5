package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

func testFinder(t testing.TB) *Finder {
	t.Helper()
	f, warn, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warn {
		t.Errorf("warning: %v", w)
	}
	return f
}

// mentionIndex maps mention text to the actor and mention, first one wins.
func mentionIndex(actors []*model.Actor) map[string]struct {
	a *model.Actor
	m model.Mention
} {
	idx := map[string]struct {
		a *model.Actor
		m model.Mention
	}{}
	for _, a := range actors {
		for _, m := range a.Mentions {
			if _, ok := idx[m.Text]; !ok {
				idx[m.Text] = struct {
					a *model.Actor
					m model.Mention
				}{a, m}
			}
		}
	}
	return idx
}

func exampleArticle(t *testing.T, e Example) *model.Article {
	a := &model.Article{ID: "ex", Text: e.Text}
	if e.Date != "" {
		d, err := time.Parse("2006-01-02", e.Date)
		if err != nil {
			t.Fatalf("%s: bad date %q: %v", e.file, e.Date, err)
		}
		a.Published = d
	}
	return a
}

// TestExamples runs every [[example]] of the gazetteer tables.
func TestExamples(t *testing.T) {
	f := testFinder(t)
	if len(f.g.examples) < 10 {
		t.Fatalf("only %d examples in the gazetteer", len(f.g.examples))
	}
	for _, e := range f.g.examples {
		t.Run(e.file+"/"+short(e.Text), func(t *testing.T) {
			actors := f.Find([]*model.Article{exampleArticle(t, e)})
			idx := mentionIndex(actors)
			for _, x := range e.Expect {
				got, ok := idx[x.Text]
				if !ok {
					t.Errorf("%q not found; found %s", x.Text, describe(actors))
					continue
				}
				check := func(what, want, have string) {
					if want != "" && want != have {
						t.Errorf("%q: %s = %q, want %q", x.Text, what, have, want)
					}
				}
				check("id", x.ID, got.a.ID)
				check("kind", x.Kind, got.a.Kind)
				check("country", x.Country, got.a.Country)
				check("role", x.Role, got.a.Role)
				check("form", x.Form, got.m.Form)
				check("ner", x.NER, got.m.NER)
			}
		})
	}
}

// TestNegative runs the negative corpus: the rejected surfaces must not
// be mentions of any actor.
func TestNegative(t *testing.T) {
	f := testFinder(t)
	if len(f.g.negative) < 3 {
		t.Fatalf("only %d negative examples", len(f.g.negative))
	}
	for _, e := range f.g.negative {
		t.Run(e.file+"/"+short(e.Text), func(t *testing.T) {
			actors := f.Find([]*model.Article{exampleArticle(t, e)})
			idx := mentionIndex(actors)
			for _, r := range e.Reject {
				if got, ok := idx[r]; ok {
					t.Errorf("%q found as %s (%s)", r, got.a.ID, got.a.Kind)
				}
			}
		})
	}
}

func short(s string) string {
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

func describe(actors []*model.Actor) string {
	var b strings.Builder
	for _, a := range actors {
		for _, m := range a.Mentions {
			b.WriteString(m.Text + "→" + a.ID + " ")
		}
	}
	return b.String()
}

// TestUserFiles checks that user tables add, override and remove entries,
// and that a malformed one is reported with file, line and key and skipped.
func TestUserFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte(`
[[person]]
name = "Olena Testenko"
aliases = ["Testenko"]
country = "UKR"
role = "Deputy Foreign Minister"

[[person]]
id = "marco-rubio"
name = "Marco Rubio"
country = "USA"
role = "Chief Diplomat"

[[media]]
id = "tass"
remove = true
`), 0o644)
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte(`
[[person]]
name = "Nobody Atall"
colour = "blue"
`), 0o644)
	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("[[person]]\nname = \"Unclosed\n"), 0o644)

	f, warn, err := New(Options{UserFiles: []string{good, bad, broken, filepath.Join(dir, "missing.toml")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(warn) != 3 {
		t.Fatalf("got %d warnings, want 3: %v", len(warn), warn)
	}
	if s := warn[0].Error(); !strings.Contains(s, "bad.toml:4") || !strings.Contains(s, "colour") {
		t.Errorf("unknown-key warning %q does not name file:line and key", s)
	}
	if s := warn[1].Error(); !strings.Contains(s, "broken.toml:2") {
		t.Errorf("parse warning %q does not name file:line", s)
	}
	text := "Testenko met Marco Rubio and Nobody Atall, TASS said."
	actors := f.Find([]*model.Article{{ID: "u", Text: text}})
	idx := mentionIndex(actors)
	if got := idx["Testenko"]; got.a == nil || got.a.ID != "olena-testenko" || got.a.Country != "UKR" {
		t.Errorf("user person not found: %s", describe(actors))
	}
	if got := idx["Marco Rubio"]; got.a == nil || got.a.Role != "Chief Diplomat" {
		t.Errorf("override not applied: %+v", got.a)
	}
	if got := idx["TASS"]; got.a != nil && got.a.Kind == model.KindMedia {
		t.Errorf("removed entry still found: %+v", got.a)
	}
	// The embedded tables still load after the bad files.
	if got := idx["Nobody Atall"]; got.a != nil && got.a.ID == "nobody-atall" && got.a.Role != "" {
		t.Errorf("entry from a bad file was used: %+v", got.a)
	}
}

// TestBrokenEmbedded checks that errors in a table name file, line and key.
func TestParseErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown key", "[[country]]\ncode = \"XXX\"\nname = \"X\"\ncapitol = \"Y\"\n", "t.toml:4: key \"country.capitol\""},
		{"bad code", "\n[[country]]\ncode = \"XX\"\nname = \"X\"\n", "t.toml:2: key \"country.code\""},
		{"no name", "[[person]]\nrole = \"Envoy\"\n", "t.toml:1: key \"person.name\""},
		{"bad ner", "[[place]]\nname = \"X\"\nner = \"PLACE\"\n", "key \"place.ner\""},
		{"years", "[[person]]\nname = \"X Y\"\nroles = [{title=\"A\", from=2020, to=2010}]\n", "ends (2010) before it starts (2020)"},
		{"syntax", "[[person]]\nname = X\n", "t.toml:2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := parseFile("t.toml", []byte(c.src))
			if len(errs) == 0 {
				t.Fatal("no error")
			}
			if s := errs[0].Error(); !strings.Contains(s, c.want) {
				t.Errorf("error %q does not contain %q", s, c.want)
			}
		})
	}
}

func TestUserConfigPath(t *testing.T) {
	p := UserConfigPath()
	if p != "" && !strings.HasSuffix(p, filepath.Join("parley", "actors.toml")) {
		t.Errorf("UserConfigPath() = %q", p)
	}
}

func TestNameByID(t *testing.T) {
	f := Default()
	for id, want := range map[string]string{"ARE": "United Arab Emirates", "USA": "United States", "marco-rubio": "Marco Rubio"} {
		if got, ok := f.Name(id); !ok || got != want {
			t.Errorf("Name(%q) = %q, %v; want %q", id, got, ok, want)
		}
	}
	if _, ok := f.Name("no-such-actor"); ok {
		t.Error("an unknown id has a name")
	}
}
