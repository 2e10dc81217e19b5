package events_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/events"
)

// Example codes two reports of one meeting from two articles, with the
// actor mentions and dates the earlier stages would have found, and merges
// them into one event.
func Example() {
	day := func(d int) time.Time { return time.Date(2025, 2, d, 0, 0, 0, 0, time.UTC) }
	a1 := &model.Article{ID: "a1", Published: day(18), Text: "Rubio met Lavrov in Riyadh on Tuesday."}
	a2 := &model.Article{ID: "a2", Published: day(19), Text: "Lavrov and Rubio held talks in Riyadh."}
	mention := func(a *model.Article, name string) model.Mention {
		i := strings.Index(a.Text, name)
		return model.Mention{Article: a.ID, Start: i, End: i + len(name), Text: name}
	}
	corpus := &model.Corpus{
		Articles: []*model.Article{a1, a2},
		Actors: []*model.Actor{
			{ID: "rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA",
				Mentions: []model.Mention{mention(a1, "Rubio"), mention(a2, "Rubio")}},
			{ID: "lavrov", Name: "Sergei Lavrov", Kind: model.KindPerson, Country: "RUS",
				Mentions: []model.Mention{mention(a1, "Lavrov"), mention(a2, "Lavrov")}},
			{ID: "riyadh", Name: "Riyadh", Kind: model.KindLocation, Country: "SAU",
				Mentions: []model.Mention{mention(a1, "Riyadh"), mention(a2, "Riyadh")}},
		},
		Timexes: []model.Timex{{Article: "a1", Start: 27, End: 37, Text: "on Tuesday", Type: "DATE",
			Value: "2025-02-18", Span: model.Day(2025, 2, 18)}},
	}
	events.Default().Code(corpus)
	for _, e := range corpus.Events {
		fmt.Println(e.ID, e.Code, e.RootCode, e.Type, e.When, e.Source, e.Target, e.Location, e.Modality, e.SourceCount)
	}
	// Output:
	// e1 040 04 meeting 2025-02-18 [rubio] [lavrov] riyadh asserted 2
}
