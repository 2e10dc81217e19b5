package events

import (
	"strings"
	"testing"

	"github.com/parley-app/parley/model"
)

// TestOddInput feeds the coder what a hand-edited or truncated project
// file may hold: it must code what it can and never panic.
func TestOddInput(t *testing.T) {
	long := strings.Repeat("Russia met China. ", 2000)
	texts := []string{
		"", ".", "“”", "—", "met", "Met.", "... --- !!!", "\n\n\n",
		"Российская делегация встретилась с американской в Эр-Рияде.",
		"Rubio met Lavrov’s aide — “talks” — in Riyadh; U.S.-Russian-Saudi talks (again).",
		long,
	}
	for _, s := range texts {
		c := &model.Corpus{Articles: []*model.Article{{ID: "a", Text: s}}}
		a := &model.Actor{ID: "x", Name: "X", Kind: model.KindCountry, Country: "XXX"}
		// mentions past the end, overlapping, empty and of another article
		a.Mentions = []model.Mention{{Article: "a", Start: 0, End: 3}, {Article: "a", Start: 2, End: 9},
			{Article: "a", Start: len(s) + 5, End: len(s) + 9}, {Article: "a", Start: 4, End: 4}, {Article: "zz", Start: 0, End: 2}}
		c.Actors = []*model.Actor{a, {ID: "y", Name: "Y", Kind: model.KindPerson}}
		c.Timexes = []model.Timex{{Article: "a", Start: 1, End: 2, Type: "DATE", Value: "2025", Span: model.Day(2025, 1, 1)},
			{Article: "a", Start: len(s) + 1, End: len(s) + 3, Type: "DURATION", Value: "P3Y"}}
		Default().Code(c)
		for _, e := range c.Events {
			if e.Code == "" || len(e.Sources) == 0 {
				t.Errorf("%q: half-made event %+v", s[:min(len(s), 40)], e)
			}
			Split(c, e, 0)
		}
		Default().Sentences(c, Options{KeepActorless: true})
	}
	if Split(&model.Corpus{}, nil, 0) != nil {
		t.Error("Split of nil must return nil")
	}
}
