package extract

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/ingest"
)

func samples(t testing.TB) []*model.Article {
	r := ingest.LoadFS(assets.Samples, "samples")
	if len(r.Errors) > 0 {
		t.Fatalf("embedded samples: %v", r.Errors)
	}
	return r.Articles
}

// The embedded sample corpus goes through every stage without a warning,
// and what comes out hangs together: offsets point at their text, events
// name known actors, and dates fall in the story's months.
func TestPipelineOnSamples(t *testing.T) {
	var warnings []error
	c := Default().Run(samples(t), Options{Warn: func(err error) { warnings = append(warnings, err) }})
	if len(warnings) > 0 {
		t.Fatalf("warnings: %v", warnings)
	}
	if len(c.Articles) < 6 {
		t.Fatalf("%d sample articles, want 6–10", len(c.Articles))
	}
	texts := map[string]string{}
	for _, a := range c.Articles {
		if !a.HasDate() {
			t.Errorf("sample %s has no publication date", a.Path)
		}
		texts[a.ID] = a.Text
	}
	for _, tx := range c.Timexes {
		if texts[tx.Article][tx.Start:tx.End] != tx.Text {
			t.Errorf("timex %q does not match its offsets", tx.Text)
		}
	}
	actors := c.ActorIndex()
	for _, a := range c.Actors {
		for _, m := range a.Mentions {
			if texts[m.Article][m.Start:m.End] != m.Text {
				t.Errorf("mention %q of %s does not match its offsets", m.Text, a.ID)
			}
		}
	}
	if len(c.Events) < 30 {
		t.Errorf("only %d events in eight articles", len(c.Events))
	}
	ids := map[string]bool{}
	lo, hi := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range c.Events {
		if ids[e.ID] {
			t.Errorf("event id %s used twice", e.ID)
		}
		ids[e.ID] = true
		if len(e.Actors) == 0 {
			t.Errorf("event %s (%q) has no actor", e.ID, e.Sentence)
		}
		for _, a := range e.Actors {
			if actors[a] == nil {
				t.Errorf("event %s names unknown actor %q", e.ID, a)
			}
		}
		if e.When.IsZero() || e.When.Start.Before(lo) || !e.When.Start.Before(hi) {
			t.Errorf("event %s dated %v, outside 2025: %q", e.ID, e.When, e.Sentence)
		}
		if texts[e.Article][e.Start:e.End] != e.Sentence {
			t.Errorf("event %s: sentence does not match its offsets", e.ID)
		}
	}
}

// Parallel runs give the same corpus as a sequential one.
func TestPipelineDeterministic(t *testing.T) {
	run := func(workers int) string {
		p := Default()
		p.Workers = workers
		b, err := json.Marshal(p.Run(samples(t), Options{}))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	one := run(1)
	for _, w := range []int{2, 8} {
		if got := run(w); got != one {
			t.Errorf("%d workers gave a different corpus", w)
		}
	}
}

func TestDCTFillsOnlyUndated(t *testing.T) {
	dated := &model.Article{Text: "Rubio met Lavrov on Tuesday.", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)}
	undated := &model.Article{Text: "Rubio met Lavrov on Tuesday."}
	dct := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	c := Default().Run([]*model.Article{dated, undated}, Options{DCT: dct})
	if !dated.Published.Equal(time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)) || dated.DateSource == "--dct" {
		t.Errorf("--dct overrode a known date: %v", dated.Published)
	}
	if !undated.Published.Equal(dct) || undated.DateSource != "--dct" {
		t.Errorf("undated article got %v from %q", undated.Published, undated.DateSource)
	}
	values := map[string]string{}
	for _, tx := range c.Timexes {
		values[tx.Article] = tx.Value
	}
	if values[dated.ID] != "2025-02-18" || values[undated.ID] != "2025-03-04" {
		t.Errorf("Tuesday resolved to %v", values)
	}
}

func TestPanicInAStageIsAWarning(t *testing.T) {
	p := Default()
	var warned []error
	o := Options{Warn: func(err error) { warned = append(warned, err) }}
	guard(o, "test stage", func() { panic(fmt.Sprintf("boom %d", 1)) })
	if len(warned) != 1 || warned[0].Error() != "internal error in test stage (skipped; please report it): boom 1" {
		t.Errorf("warned %v", warned)
	}
	_ = p
}

func TestMergeRenamesCollisions(t *testing.T) {
	a := &model.Corpus{Articles: []*model.Article{{ID: "a1"}}, Events: []*model.Event{{ID: "e1", Article: "a1"}}, Actors: []*model.Actor{{ID: "USA", Name: "United States"}}}
	b := &model.Corpus{Articles: []*model.Article{{ID: "a1"}}, Events: []*model.Event{{ID: "e1", Article: "a1", Sources: []model.SourceRef{{Article: "a1"}}}},
		Actors: []*model.Actor{{ID: "USA", Name: "United States", Mentions: []model.Mention{{Article: "a1"}}}}}
	Merge(a, b)
	if len(a.Articles) != 2 || a.Articles[1].ID == "a1" {
		t.Fatalf("articles %v", a.Articles)
	}
	if len(a.Events) != 2 || a.Events[1].ID == "e1" || a.Events[1].Article != a.Articles[1].ID || a.Events[1].Sources[0].Article != a.Articles[1].ID {
		t.Errorf("second event %+v not renamed with its article", a.Events[1])
	}
	if len(a.Actors) != 1 || len(a.Actors[0].Mentions) != 1 || a.Actors[0].Mentions[0].Article != a.Articles[1].ID {
		t.Errorf("the same actor did not become one: %+v", a.Actors)
	}
}

func TestMergeKeepsDistinctActorsApart(t *testing.T) {
	a := &model.Corpus{Actors: []*model.Actor{{ID: "p1", Name: "Anna Weber"}}}
	b := &model.Corpus{Actors: []*model.Actor{{ID: "p1", Name: "Omar Haddad"}}, Events: []*model.Event{{ID: "e1", Actors: []string{"p1"}, Source: []string{"p1"}}}}
	Merge(a, b)
	if len(a.Actors) != 2 || a.Actors[1].ID == "p1" {
		t.Fatalf("actors %+v", a.Actors)
	}
	if a.Events[0].Actors[0] != a.Actors[1].ID || a.Events[0].Source[0] != a.Actors[1].ID {
		t.Errorf("the event still names %v", a.Events[0].Actors)
	}
}
