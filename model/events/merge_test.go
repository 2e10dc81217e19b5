package events

import (
	"encoding/json"
	"testing"

	"github.com/parley-app/parley/model"
)

type doc struct{ id, dct, text string }

func corpusOf(t *testing.T, docs ...doc) *model.Corpus {
	t.Helper()
	c := &model.Corpus{}
	for _, d := range docs {
		annotatedArticle(t, c, d.id, d.text, d.dct)
	}
	return c
}

func TestMerge(t *testing.T) {
	const (
		rubio  = "[Rubio|USA]"
		lavrov = "[Lavrov|RUS]"
		riyadh = "[Riyadh|place|SAU]"
	)
	tests := []struct {
		name    string
		docs    []doc
		events  int // events in the corpus
		sources int // sources of the first event
		count   int // its source count
	}{
		{"same meeting told twice", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + " {on Tuesday|2025-03-04}."},
			{"b", "2025-03-05", lavrov + " and " + rubio + " held talks in " + riyadh + " {on Tuesday|2025-03-04}."},
		}, 1, 2, 2},
		{"report without a date joins the dated one", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + " {on Tuesday|2025-03-04}."},
			{"b", "2025-03-05", rubio + " met " + lavrov + " in " + riyadh + "."},
		}, 1, 2, 2},
		{"copied wire story counts once", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + "."},
			{"b", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + "."},
		}, 1, 2, 1},
		{"a week apart are two meetings", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + " {on Tuesday|2025-03-04}."},
			{"b", "2025-03-12", rubio + " met " + lavrov + " in " + riyadh + " {on Tuesday|2025-03-11}."},
		}, 2, 1, 1},
		{"a plan is not the meeting", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + "."},
			{"b", "2025-03-04", rubio + " will meet " + lavrov + " again in " + riyadh + "."},
		}, 2, 1, 1},
		{"different visitors are different visits", []doc{
			{"a", "2025-03-04", "[Macron|FRA] visited [China|country|CHN]."},
			{"b", "2025-03-04", "[Lula|BRA] visited [China|country|CHN]."},
		}, 2, 1, 1},
		{"criticism both ways is two acts", []doc{
			{"a", "2025-03-04", "[China|country|CHN] criticized [Japan|country|JPN]."},
			{"b", "2025-03-04", "[Japan|country|JPN] criticized [China|country|CHN]."},
		}, 2, 1, 1},
		{"places far apart do not merge", []doc{
			{"a", "2025-03-04", rubio + " met " + lavrov + " in " + riyadh + "."},
			{"b", "2025-03-04", rubio + " met " + lavrov + " in [Geneva|place|CHE]."},
		}, 2, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := corpusOf(t, tt.docs...)
			Default().Code(c)
			if len(c.Events) != tt.events {
				for _, e := range c.Events {
					t.Logf("%s %s %q %s src=%v tgt=%v loc=%s", e.ID, e.Code, e.Trigger, e.When, e.Source, e.Target, e.Location)
				}
				t.Fatalf("%d events, want %d", len(c.Events), tt.events)
			}
			e := c.Events[0]
			if len(e.Sources) != tt.sources || e.SourceCount != tt.count {
				t.Errorf("first event: %d sources, count %d; want %d, %d", len(e.Sources), e.SourceCount, tt.sources, tt.count)
			}
			for i, e := range c.Events {
				if want := "e" + string(rune('1'+i)); e.ID != want {
					t.Errorf("event %d id %q, want %q", i, e.ID, want)
				}
			}
		})
	}
}

func TestMergeKeepsBestDate(t *testing.T) {
	c := corpusOf(t,
		doc{"a", "2025-03-05", "[Rubio|USA] met [Lavrov|RUS] in [Riyadh|place|SAU]."},
		doc{"b", "2025-03-05", "[Rubio|USA] and [Lavrov|RUS] met in [Riyadh|place|SAU] {on Tuesday|2025-03-04}."},
	)
	Default().Code(c)
	if len(c.Events) != 1 {
		t.Fatalf("%d events", len(c.Events))
	}
	e := c.Events[0]
	if e.When.String() != "2025-03-04" || e.DateInferred {
		t.Errorf("date %s inferred=%v: the stated date of the second report must win", e.When, e.DateInferred)
	}
	if e.Article != "a" || e.Sources[0].Article != "a" {
		t.Errorf("the first report (article a) must give the sentence, got %s", e.Article)
	}
	if want := dayOf(t, "2025-03-05"); !e.ReportDate.Equal(want) {
		t.Errorf("report date %s, want %s", model.FormatDay(e.ReportDate), model.FormatDay(want))
	}
}

func TestCodeIsDeterministic(t *testing.T) {
	docs := []doc{
		{"a", "2025-03-04", "[Rubio|USA] met [Lavrov|RUS] in [Riyadh|place|SAU]. [China|country|CHN] criticized [Japan|country|JPN]."},
		{"b", "2025-03-05", "[Lavrov|RUS] and [Rubio|USA] held talks. [Japan|country|JPN] summoned the [Chinese|country|CHN] ambassador."},
	}
	var first []byte
	for i := 0; i < 3; i++ {
		c := corpusOf(t, docs...)
		Default().Code(c)
		b, err := json.Marshal(c.Events)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b
		} else if string(b) != string(first) {
			t.Fatalf("run %d differs:\n%s\n%s", i, first, b)
		}
	}
}

func TestSplit(t *testing.T) {
	c := corpusOf(t,
		doc{"a", "2025-03-04", "[Rubio|USA] met [Lavrov|RUS] in [Riyadh|place|SAU] {on Tuesday|2025-03-04}."},
		doc{"b", "2025-03-05", "[Lavrov|RUS] and [Rubio|USA] held talks in [Riyadh|place|SAU] with [Faisal|SAU]."},
	)
	Default().Code(c)
	if len(c.Events) != 1 || len(c.Events[0].Sources) != 2 {
		t.Fatalf("setup: want one merged event, got %d", len(c.Events))
	}
	ev := c.Events[0]
	if Split(c, ev, 2) != nil || Split(c, ev, -1) != nil {
		t.Error("an index out of range must split nothing")
	}
	nu := Split(c, ev, 0)
	if nu == nil {
		t.Fatal("Split returned nil")
	}
	if len(c.Events) != 2 || nu.ID != "e2" || ev.ID != "e1" {
		t.Fatalf("after split: %d events, ids %s %s", len(c.Events), ev.ID, nu.ID)
	}
	if len(nu.Sources) != 1 || nu.Sources[0].Article != "a" || nu.SourceCount != 1 || nu.Article != "a" {
		t.Errorf("split event sources %+v", nu.Sources)
	}
	if nu.When.String() != "2025-03-04" || nu.DateInferred {
		t.Errorf("split event keeps its own stated date, got %s", nu.When)
	}
	if len(ev.Sources) != 1 || ev.Sources[0].Article != "b" || ev.Article != "b" || ev.SourceCount != 1 {
		t.Errorf("remaining event sources %+v article %s", ev.Sources, ev.Article)
	}
	if !ev.DateInferred || ev.When.String() != "2025-03-05" {
		t.Errorf("remaining event now has only its own report's date, got %s inferred=%v", ev.When, ev.DateInferred)
	}
	if Split(c, ev, 0) != nil {
		t.Error("an event with one source cannot be split")
	}
}

func TestSplitWithoutText(t *testing.T) {
	c := corpusOf(t,
		doc{"a", "2025-03-04", "[Rubio|USA] met [Lavrov|RUS] in [Riyadh|place|SAU]."},
		doc{"b", "2025-03-04", "[Lavrov|RUS] met [Rubio|USA] in [Riyadh|place|SAU]."},
	)
	Default().Code(c)
	ev := c.Events[0]
	// a corpus read back from JSON without article texts
	for _, a := range c.Articles {
		a.Text = ""
	}
	nu := Split(c, ev, 1)
	if nu == nil || len(nu.Sources) != 1 || nu.Sources[0].Article != "b" || len(ev.Sources) != 1 {
		t.Fatalf("split without text: %+v / %+v", nu, ev)
	}
	if nu.Code != ev.Code || nu.ID == ev.ID {
		t.Errorf("the copy keeps the analysis and gets its own id: %s %s / %s %s", nu.ID, nu.Code, ev.ID, ev.Code)
	}
}
