package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/project"
	"github.com/parley-app/parley/timeline"
)

func corpus() *model.Corpus {
	text := "Top officials met in Riyadh on Tuesday. Rubio said the talks were useful."
	a := &model.Article{ID: "a1", Title: "Riyadh talks", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), Text: text}
	b := &model.Article{ID: "a2", Title: "Undated note", Text: "Lavrov spoke."}
	return &model.Corpus{
		Articles: []*model.Article{a, b},
		Actors: []*model.Actor{
			{ID: "marco-rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA", Role: "Secretary of State"},
			{ID: "USA", Name: "United States", Kind: model.KindCountry, Country: "USA"},
		},
		Events: []*model.Event{
			{ID: "e1", Article: "a1", Start: 0, End: 39, Sentence: text[:39], When: model.Day(2025, 2, 18), Type: "meeting", Code: "040", RootCode: "04", Goldstein: 1, Actors: []string{"marco-rubio", "USA"}, Location: "Riyadh", ReportDate: a.Published},
			{ID: "e2", Article: "a1", Start: 40, End: len(text), Sentence: text[40:], When: model.Day(2025, 2, 18), DateInferred: true, Type: "statement", Code: "010", Actors: []string{"marco-rubio"}, ReportDate: a.Published},
		},
	}
}

func richText(rt *widget.RichText) string {
	var b strings.Builder
	for _, s := range rt.Segments {
		if t, ok := s.(*widget.TextSegment); ok {
			b.WriteString(t.Text + "|")
		}
	}
	return b.String()
}

func TestSelectingAnEventFillsTheDetailPane(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	w.SetCorpus(corpus())
	w.Win.Resize(fyne.NewSize(1200, 700))
	w.TL.Select(w.Corpus().Events[0])
	d := w.detail
	if d.Event == nil || d.Event.ID != "e1" {
		t.Fatalf("detail shows %v, want e1", d.Event)
	}
	facts := richText(d.facts)
	for _, want := range []string{"2025-02-18 (day)", "meeting · CAMEO 040 · Goldstein +1.0", "Marco Rubio (Secretary of State, USA)", "Riyadh"} {
		if !strings.Contains(facts, want) {
			t.Errorf("facts %q lack %q", facts, want)
		}
	}
	// The sentence is its own highlighted segment inside the article text.
	var hl []string
	for _, s := range d.text.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
			hl = append(hl, ts.Text)
		}
	}
	if len(hl) != 1 || hl[0] != "Top officials met in Riyadh on Tuesday." {
		t.Errorf("highlighted %q", hl)
	}
	w.TL.Select(w.Corpus().Events[1])
	if !strings.Contains(richText(d.facts), "inferred from the report date") {
		t.Errorf("inferred date not said: %q", richText(d.facts))
	}
}

func TestUndatedArticlesAreFlaggedFirst(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	w.SetCorpus(corpus())
	if got := w.Corpus().Articles[0].Title; got != "Undated note" {
		t.Errorf("first article %q, want the undated one", got)
	}
	if line := articleDateLine(w.Corpus().Articles[0], 0); !strings.Contains(line, "no date") {
		t.Errorf("undated article line %q", line)
	}
	if !strings.Contains(w.status.Text, "1 undated") {
		t.Errorf("status %q does not count the undated article", w.status.Text)
	}
}

func TestSearchAndFilters(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	w.SetCorpus(corpus())
	flags := func() map[string]uint8 {
		m := map[string]uint8{}
		for _, it := range w.TL.Data().Items {
			m[it.Event.ID] = it.Flags & (timeline.FlagMatch | timeline.FlagHidden | timeline.FlagDim)
		}
		return m
	}
	w.search.SetText("useful")
	if f := flags(); f["e2"] != timeline.FlagMatch || f["e1"] != timeline.FlagHidden {
		t.Errorf("search 'useful': %v", f)
	}
	w.filter.Dim = true
	w.applyFilter()
	if f := flags(); f["e2"] != timeline.FlagMatch || f["e1"] != timeline.FlagDim {
		t.Errorf("search with dimming: %v", f)
	}
	w.search.SetText("")
	w.filter = Filter{Categories: map[uint8]bool{timeline.CatCooperation: true}}
	w.applyFilter()
	if f := flags(); f["e1"] != 0 || f["e2"] != timeline.FlagHidden {
		t.Errorf("only consultations: %v", f)
	}
	w.filter = Filter{From: time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC)}
	w.applyFilter()
	if f := flags(); f["e1"] != timeline.FlagHidden {
		t.Errorf("from 19 Feb: %v", f)
	}
	// A country takes in its people.
	w.filter = Filter{}
	w.HighlightActor("USA")
	if f := flags(); f["e1"] != timeline.FlagMatch || f["e2"] != timeline.FlagMatch {
		t.Errorf("highlighting the United States: %v", f)
	}
	w.filter = Filter{Modalities: map[string]bool{model.Planned: true}}
	w.applyFilter()
	if f := flags(); f["e1"] != timeline.FlagHidden || f["e2"] != timeline.FlagHidden {
		t.Errorf("only planned: %v", f)
	}
}

func TestMergeAndRenameFromTheWindow(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	c := corpus()
	c.Actors = append(c.Actors, &model.Actor{ID: "rubio", Name: "Rubio", Kind: model.KindPerson})
	c.Events[1].Actors = []string{"rubio"}
	w.SetCorpus(c)
	if err := w.MergeActors("rubio", "marco-rubio"); err != nil {
		t.Fatal(err)
	}
	if got := w.Corpus().Events[1].Actors; len(got) != 1 || got[0] != "marco-rubio" {
		t.Errorf("event actors after merge: %v", got)
	}
	if err := w.RenameActor("USA", "USA (government)"); err != nil {
		t.Fatal(err)
	}
	// The timeline's labels follow: its lanes are rebuilt from the corpus.
	found := false
	for _, l := range w.TL.Data().Lanes {
		if l.Label == "USA (government)" {
			found = true
		}
	}
	if !found {
		t.Error("the renamed country's lane keeps its old name")
	}
	if len(w.project.Corrections) != 2 || !w.dirty {
		t.Errorf("corrections %v, dirty %v", w.project.Corrections, w.dirty)
	}
}

func TestSplitAMergedEvent(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	text := "Rubio met Lavrov in Riyadh on Tuesday. The meeting in Riyadh lasted four hours."
	art := &model.Article{ID: "a1", Title: "Talks", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), Text: text}
	c := &model.Corpus{Articles: []*model.Article{art}, Actors: []*model.Actor{
		{ID: "marco-rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA", Mentions: []model.Mention{{Article: "a1", Start: 0, End: 5, Text: "Rubio"}}},
		{ID: "sergei-lavrov", Name: "Sergei Lavrov", Kind: model.KindPerson, Country: "RUS", Mentions: []model.Mention{{Article: "a1", Start: 10, End: 16, Text: "Lavrov"}}},
	}}
	ev := &model.Event{ID: "e1", Article: "a1", Start: 0, End: 38, Sentence: text[:38], When: model.Day(2025, 2, 18), Type: "meeting", Code: "040", RootCode: "04",
		Actors: []string{"marco-rubio", "sergei-lavrov"}, Sources: []model.SourceRef{{Article: "a1", Start: 0, End: 38}, {Article: "a1", Start: 39, End: len(text)}}, SourceCount: 1}
	c.Events = []*model.Event{ev}
	w.SetCorpus(c)
	if err := w.SplitEvent(ev, 1); err != nil {
		t.Fatal(err)
	}
	if len(w.Corpus().Events) != 2 || len(ev.Sources) != 1 {
		t.Fatalf("after the split: %d events, the first with %d sources", len(w.Corpus().Events), len(ev.Sources))
	}
	if got := w.TL.Selected(); got == nil || got == ev || got.Sources[0].Start != 39 {
		t.Errorf("the new event is not selected: %+v", got)
	}
	if len(w.TL.Data().Items) != 2 {
		t.Errorf("the timeline shows %d items", len(w.TL.Data().Items))
	}
}

// built returns a channel that receives each time w shows a finished
// build; the channel also orders the test's reads after the build's writes.
func built(w *Window) chan struct{} {
	ch := make(chan struct{}, 8)
	w.onBuilt = func() { ch <- struct{}{} }
	return ch
}

func wait(t *testing.T, ch chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(30 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

// A project saved with a set date, corrections and a view reopens with
// exactly the same corpus and view.
func TestProjectReopensIdentically(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	art := filepath.Join(dir, "talks.txt")
	os.WriteFile(art, []byte("Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.\n\nPresident Vladimir Putin praised the talks on Wednesday.\n"), 0o644)
	w := New(a)
	done := built(w)
	w.Load([]string{art})
	wait(t, done, "the article")
	if len(w.Corpus().Articles) != 1 || w.Corpus().Articles[0].HasDate() {
		t.Fatal("want one undated article")
	}
	w.SetArticleDate(w.Corpus().Articles[0], time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC))
	wait(t, done, "dated events")
	if len(w.Corpus().Events) == 0 || w.Corpus().Events[0].When.IsZero() {
		t.Fatalf("events after dating the article: %v", w.Corpus().Events)
	}
	ev := w.Corpus().Events[0]
	if err := w.EditEvent(ev, "2025-02-19", "talks", "04", ev.Actors); err != nil {
		t.Fatal(err)
	}
	if err := w.RenameActor("sergei-lavrov", "S. V. Lavrov"); err != nil {
		t.Fatal(err)
	}
	w.lanes.SetSelected("By actor")
	path := filepath.Join(dir, "riyadh"+ProjectExt)
	if err := w.SaveProject(path); err != nil {
		t.Fatal(err)
	}
	if w.dirty {
		t.Error("still dirty after saving")
	}
	want, _ := json.Marshal(w.Corpus())

	w2 := New(a)
	done2 := built(w2)
	w2.Load([]string{path})
	wait(t, done2, "the reopened project")
	if w2.TL.LaneMode() != timeline.LanesActor {
		t.Errorf("lane mode %v, want actor", w2.TL.LaneMode())
	}
	got, _ := json.Marshal(w2.Corpus())
	if string(got) != string(want) {
		t.Errorf("reopened corpus differs:\n%s\n%s", got, want)
	}
	if w2.Corpus().EventByID(ev.ID).Type != "talks" {
		t.Error("the type correction was lost")
	}
	if w2.dirty {
		t.Error("a freshly opened project is dirty")
	}
}

// Edits, article selection and lane clicks keep the analyst's filter.
func TestFilterSurvivesEditsAndHighlights(t *testing.T) {
	a := test.NewTempApp(t)
	w := New(a)
	c := corpus()
	c.Actors = append(c.Actors, &model.Actor{ID: "abu-dhabi", Name: "Abu Dhabi", Kind: model.KindLocation, Country: "ARE"})
	c.Events[1].Actors = append(c.Events[1].Actors, "abu-dhabi")
	w.SetCorpus(c)
	hidden := func(id string) bool {
		for _, it := range w.TL.Data().Items {
			if it.Event.ID == id {
				return it.Flags&timeline.FlagHidden != 0
			}
		}
		t.Fatalf("no item %s", id)
		return false
	}
	w.search.SetText("useful")
	if !hidden("e1") {
		t.Fatal("the search should hide e1")
	}
	if err := w.EditEvent(w.Corpus().Events[1], project.FormatRange(w.Corpus().Events[1].When), "statement", "01", w.Corpus().Events[1].Actors); err != nil {
		t.Fatal(err)
	}
	if !hidden("e1") {
		t.Error("an edit dropped the search filter")
	}
	if len(w.project.Corrections) != 0 {
		t.Errorf("an edit that changed nothing recorded %v", w.project.Corrections)
	}
	w.highlightArticle("a1")
	if !hidden("e1") {
		t.Error("selecting an article showed an event the search hides")
	}
	w.search.SetText("")
	w.HighlightActor("ARE") // a country no actor of the corpus is, only its capital
	var matched []string
	for _, it := range w.TL.Data().Items {
		if it.Flags&timeline.FlagMatch != 0 {
			matched = append(matched, it.Event.ID)
		}
	}
	if len(matched) != 1 || matched[0] != "e2" {
		t.Errorf("highlighting ARE rings %v, want e2", matched)
	}
}
