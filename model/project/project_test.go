package project

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	p := New()
	p.Title = "Riyadh"
	p.Sources = []string{"articles"}
	p.Sample = true
	p.Pasted = []Pasted{{Title: "Note", Published: "2025-02-18", Text: "Rubio met Lavrov.\n\"Quotes\" and \\ backslashes."}}
	p.Dates = []SetDate{{Article: "articles/x.txt", Date: "2025-02-17"}}
	p.View = View{From: "2025-02-01T00:00:00Z", To: "2025-03-01T00:00:00Z", Lanes: "actor", Color: "goldstein", Theme: "dark", LocalTime: true}
	p.Filter = Filter{Words: "talks", Actor: "USA", Categories: []string{"Violence"}, Modalities: []string{"planned"}, Dim: true}
	p.Corrections = []Correction{{Kind: RenameActor, Actor: "USA", Value: "US"}, {Kind: EventDate, Article: "a.txt", Start: 12, Value: "2025-02-18"}}
	path := filepath.Join(dir, "p.parley.toml")
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	q, warns, err := Load(path)
	if err != nil || len(warns) > 0 {
		t.Fatalf("load: %v %v", err, warns)
	}
	p.ReadOnly, q.ReadOnly = false, false
	if !reflect.DeepEqual(p, q) {
		t.Errorf("reloaded project differs:\n%+v\n%+v", p, q)
	}
	// Saving again gives the same bytes: nothing drifts.
	b1, _ := os.ReadFile(path)
	if err := q.Save(path); err != nil {
		t.Fatal(err)
	}
	b2, _ := os.ReadFile(path)
	if string(b1) != string(b2) {
		t.Error("a second save changed the file")
	}
}

func TestLoadWarnsAndRefuses(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(s), 0o644)
		return p
	}
	_, warns, err := Load(write("unknown.toml", "version = 1\nfavourite_colour = \"blue\"\n[view]\nlanes = \"actor\"\nzoom = 3\n"))
	if err != nil || len(warns) != 2 || !strings.Contains(warns[0].Error(), "favourite_colour") {
		t.Errorf("unknown keys: %v %v", err, warns)
	}
	p, warns, err := Load(write("newer.toml", "version = 9\n"))
	if err != nil || !p.ReadOnly || len(warns) != 1 || !strings.Contains(warns[0].Error(), "read-only") {
		t.Errorf("newer version: %v %v", err, warns)
	}
	if err := p.Save(filepath.Join(dir, "newer.toml")); err == nil {
		t.Error("a read-only project was saved over")
	}
	if _, _, err := Load(write("broken.toml", "version = 1\n[view\n")); err == nil || !strings.Contains(err.Error(), "broken.toml:") || !strings.Contains(err.Error(), "table name") {
		t.Errorf("broken TOML: %v", err)
	}
	if _, _, err := Load(write("other.toml", "title = \"x\"\n")); err == nil {
		t.Error("a TOML file without version loaded as a project")
	}
}

// A failed save leaves the previous file as it was.
func TestFailedSaveKeepsThePreviousOne(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.toml")
	p := New()
	p.Title = "first"
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	os.Chmod(dir, 0o500) // no new files in the folder
	defer os.Chmod(dir, 0o700)
	p.Title = "second"
	if err := p.Save(path); err == nil && os.Geteuid() != 0 {
		t.Fatal("saving into a read-only folder succeeded")
	}
	os.Chmod(dir, 0o700)
	after, _ := os.ReadFile(path)
	if os.Geteuid() != 0 && string(after) != string(before) {
		t.Errorf("the previous save was damaged:\n%s", after)
	}
	// Writing onto a path that is a folder fails without touching it.
	if err := WriteAtomic(dir, []byte("x")); err == nil {
		t.Error("replacing a folder with a file succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("a temporary file was left behind: %s", e.Name())
		}
	}
}

// Reopening a project with corrections gives exactly the corpus the
// analyst left.
func TestBuildReplaysCorrections(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "talks.txt")
	text := "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.\n\nPresident Vladimir Putin praised the talks on Wednesday.\n"
	os.WriteFile(art, []byte(text), 0o644)
	p := New()
	p.Path = filepath.Join(dir, "p.toml")
	p.Sources = []string{"talks.txt"}
	var warns []error
	warn := func(err error) { warns = append(warns, err) }
	c := p.Build(warn)
	if len(c.Articles) != 1 || c.Articles[0].HasDate() {
		t.Fatalf("articles %+v", c.Articles)
	}
	// The article has no date: the analyst sets it, and events get dates.
	p.SetArticleDate(c.Articles[0].Path, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC))
	c = p.Build(warn)
	if len(c.Events) < 2 {
		t.Fatalf("events %v (warnings %v)", c.Events, warns)
	}
	for _, e := range c.Events {
		if e.When.IsZero() {
			t.Errorf("event %s undated after the article was dated", e.ID)
		}
	}
	first, last := c.Events[0], c.Events[len(c.Events)-1]
	redate := Correction{Kind: EventDate, Value: "2025-02-19"}
	p.Anchor(&redate, c, first)
	del := Correction{Kind: DeleteEvent}
	p.Anchor(&del, c, last)
	p.Corrections = append(p.Corrections, redate, Correction{Kind: RenameActor, Actor: "sergei-lavrov", Value: "S. Lavrov"}, del)
	if errs := p.Apply(c); len(errs) > 0 {
		t.Fatal(errs)
	}
	want, _ := json.Marshal(c)
	if err := p.Save(p.Path); err != nil {
		t.Fatal(err)
	}
	q, _, err := Load(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	warns = nil
	got, _ := json.Marshal(q.Build(warn))
	if string(got) != string(want) || len(warns) > 0 {
		t.Errorf("reopened corpus differs (warnings %v):\n%s\n%s", warns, got, want)
	}
	var back model.Corpus
	json.Unmarshal(got, &back)
	if back.Events[0].When.Start.Format("2006-01-02") != "2025-02-19" || len(back.Events) != len(c.Events) || back.EventByID(last.ID) != nil {
		t.Errorf("event date %v; events %d (the deleted %s still there: %v)", back.Events[0].When, len(back.Events), last.ID, back.EventByID(last.ID) != nil)
	}
	// A correction whose event is gone is reported, the rest still apply.
	errs := Apply(&back, []Correction{{Kind: DeleteEvent, Article: "elsewhere.txt", Start: 3}, {Kind: RenameActor, Actor: "marco-rubio", Value: "Rubio"}})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "no longer found") {
		t.Errorf("errors %v", errs)
	}
}

func TestParseRange(t *testing.T) {
	for in, want := range map[string]string{"2025-02-18": "2025-02-18", "2025-02": "2025-02", "2025-02-18/2025-03-01": "2025-02-18/2025-03-01"} {
		d, err := ParseRange(in)
		if err != nil || FormatRange(d) != want {
			t.Errorf("%s → %v %q", in, err, FormatRange(d))
		}
	}
	if _, err := ParseRange("2025-03-01/2025-02-01"); err == nil {
		t.Error("a backwards range parsed")
	}
}

// A project saved elsewhere, or whose folder is moved, keeps its dates and
// corrections; a failed save changes nothing; Save As ends read-only.
func TestPathsSurviveSaveAsAndMoves(t *testing.T) {
	root := t.TempDir()
	a := filepath.Join(root, "a")
	os.MkdirAll(a, 0o755)
	text := "Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.\n"
	os.WriteFile(filepath.Join(a, "talks.txt"), []byte(text), 0o644)
	p := New()
	p.Path = filepath.Join(a, "p"+".parley.toml")
	p.Sources = []string{filepath.Join(a, "talks.txt")}
	var warns []error
	warn := func(err error) { warns = append(warns, err) }
	c := p.Build(warn)
	p.SetArticleDate(c.Articles[0].Path, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC))
	c = p.Build(warn)
	k := Correction{Kind: EventDate, Value: "2025-02-19"}
	p.Anchor(&k, c, c.Events[0])
	p.Corrections = append(p.Corrections, k)
	if k.Article != "talks.txt" {
		t.Errorf("the correction names %q, not the path relative to the project", k.Article)
	}
	check := func(q *Project, where string) {
		t.Helper()
		warns = nil
		c := q.Build(warn)
		if len(warns) > 0 || len(c.Events) == 0 || c.Events[0].When.Start.Format("2006-01-02") != "2025-02-19" {
			t.Errorf("%s: warnings %v, events %v", where, warns, c.Events)
		}
	}
	// Save As into a sibling folder: paths become absolute there.
	b := filepath.Join(root, "b")
	os.MkdirAll(b, 0o755)
	q := p.Rebased(filepath.Join(b, "q.parley.toml"))
	if err := q.Save(q.Path); err != nil {
		t.Fatal(err)
	}
	if p.Sources[0] != filepath.Join(a, "talks.txt") || p.Path != filepath.Join(a, "p.parley.toml") {
		t.Error("Rebased changed the original")
	}
	r, _, err := Load(q.Path)
	if err != nil {
		t.Fatal(err)
	}
	check(r, "saved as b/q")
	// Save in a, move the folder: relative paths follow.
	q = p.Rebased(p.Path)
	if err := q.Save(q.Path); err != nil {
		t.Fatal(err)
	}
	if q.Sources[0] != "talks.txt" || q.Dates[0].Article != "talks.txt" {
		t.Errorf("paths inside the project folder are not relative: %v %v", q.Sources, q.Dates)
	}
	moved := filepath.Join(root, "moved")
	if err := os.Rename(a, moved); err != nil {
		t.Fatal(err)
	}
	r, _, err = Load(filepath.Join(moved, "p.parley.toml"))
	if err != nil {
		t.Fatal(err)
	}
	check(r, "after moving the folder")
	// A project from a newer version can be saved under another name.
	r.ReadOnly = true
	if err := r.Save(r.Path); err == nil {
		t.Error("saved over a newer project")
	}
	s := r.Rebased(filepath.Join(b, "copy.parley.toml"))
	if err := s.Save(s.Path); err != nil {
		t.Errorf("Save As of a read-only project: %v", err)
	}
}

// Events with no sentence (GDELT, ICEWS) are anchored by their own id.
func TestImportedEventsAnchorByID(t *testing.T) {
	c := &model.Corpus{Articles: []*model.Article{{ID: "a1", Path: "/data/events.tab"}},
		Events: []*model.Event{{ID: "icews-1", Article: "a1", Type: "x"}, {ID: "icews-2", Article: "a1", Type: "y"}}}
	p := New()
	k := Correction{Kind: DeleteEvent}
	p.Anchor(&k, c, c.Events[1])
	if k.Event != "icews-2" {
		t.Fatalf("anchor %+v", k)
	}
	if errs := Apply(c, []Correction{k}); len(errs) > 0 || len(c.Events) != 1 || c.Events[0].ID != "icews-1" {
		t.Errorf("deleted the wrong event: %v %v", errs, c.Events)
	}
}

// When one of two events of a sentence is gone, its correction is reported,
// not applied to the other.
func TestTriggerMismatchFindsNothing(t *testing.T) {
	c := &model.Corpus{Articles: []*model.Article{{ID: "a1", Path: "x.txt"}},
		Events: []*model.Event{{ID: "e1", Article: "a1", Start: 0, End: 40, Sentence: "s", TriggerStart: 10}}}
	errs := Apply(c, []Correction{{Kind: DeleteEvent, Article: "x.txt", Start: 0, Trigger: 25}})
	if len(errs) != 1 || len(c.Events) != 1 {
		t.Errorf("a correction for a vanished event hit its neighbour: %v, %d events", errs, len(c.Events))
	}
}

func TestWriteAtomicKeepsMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "private.parley.toml")
	os.WriteFile(p, []byte("old"), 0o600)
	if err := WriteAtomic(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	q := filepath.Join(t.TempDir(), "new.png")
	WriteAtomic(q, []byte("x"))
	if fi, _ := os.Stat(q); fi.Mode().Perm() != 0o644 {
		t.Errorf("a new file has mode %v", fi.Mode().Perm())
	}
}
