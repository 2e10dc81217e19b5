package events_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/timex"
)

// The benchmark corpus: news-like articles made from templates written for
// it, mixing acts of every kind with sentences that hold none, so every
// stage does its real work.

var (
	benchCountries = []string{"Russia", "Ukraine", "China", "Japan", "Germany", "France", "Brazil", "India", "Iran", "Turkey", "Egypt", "Poland", "Kenya", "Mexico", "Canada", "Qatar", "Israel", "Pakistan"}
	benchPeople    = []string{"Marco Rubio", "Sergei Lavrov", "Wang Yi", "Emmanuel Macron", "Narendra Modi", "Recep Tayyip Erdogan", "Olaf Scholz", "Volodymyr Zelensky", "Antonio Guterres", "Keir Starmer"}
	benchCities    = []string{"Riyadh", "Geneva", "Istanbul", "Beijing", "Moscow", "Paris", "Cairo", "Doha", "Nairobi", "Warsaw"}
	benchDays      = []string{"on Monday", "on Tuesday", "late on Wednesday", "last week", "on March 3", "in early April", "yesterday", "this morning"}
	benchTemplates = []string{
		"{P} met {Q} in {C} {D} to discuss the crisis.",
		"{X} imposed new sanctions on {Y} {D}, officials said.",
		"\"We are ready for talks,\" {P} told reporters in {C}.",
		"{X} and {Y} signed a trade agreement {D}.",
		"{P} criticized {X} for its handling of the border dispute.",
		"Thousands of people protested in {C} against rising prices.",
		"{X} will host a summit with {Y} next month, the foreign ministry said.",
		"{X} accused {Y} of violating the ceasefire {D}.",
		"The central bank kept interest rates unchanged as inflation eased.",
		"{P} arrived in {C} {D} for a two-day visit.",
		"{X} sent humanitarian aid to {Y} after the floods.",
		"Analysts said the economy of {X} grew by 2.5 percent in the last quarter.",
		"{X} may join the talks in {C}, according to {P}.",
		"Ahead of the talks, {P} urged {Y} to release the detained journalists.",
		"{X} launched air strikes on targets in {Y} {D}.",
		"The weather in {C} was mild for the season.",
	}
)

func benchArticles(n int, seed uint64) ([]*model.Article, int) {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var arts []*model.Article
	size := 0
	for i := 0; i < n; i++ {
		var b strings.Builder
		for s := 0; s < 24; s++ {
			t := pick(benchTemplates)
			x, y := pick(benchCountries), pick(benchCountries)
			p, q := pick(benchPeople), pick(benchPeople)
			r := strings.NewReplacer("{X}", x, "{Y}", y, "{P}", p, "{Q}", q, "{C}", pick(benchCities), "{D}", pick(benchDays))
			b.WriteString(r.Replace(t))
			if s%4 == 3 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		a := &model.Article{ID: fmt.Sprintf("a%d", i), Text: b.String(),
			Published: time.Date(2025, 3, 1+i%28, 0, 0, 0, 0, time.UTC)}
		size += len(a.Text)
		arts = append(arts, a)
	}
	return arts, size
}

// BenchmarkCode measures the whole pipeline, sentences → temporal
// expressions → actors → events, over about 1.4 MB of text. Run it with
// -cpu 1 for the one-core figure.
func BenchmarkCode(b *testing.B) {
	arts, size := benchArticles(600, 7)
	tg, fd, cd := timex.Default(), actors.Default(), events.Default()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		c := &model.Corpus{Articles: arts}
		for _, a := range arts {
			for _, tx := range tg.Tag(a.Text, a.Published) {
				tx.Article = a.ID
				c.Timexes = append(c.Timexes, tx)
			}
		}
		c.Actors = fd.Find(arts)
		cd.Code(c)
		if len(c.Events) == 0 {
			b.Fatal("no events")
		}
	}
}

// BenchmarkCoder measures the event stage alone, on the output of the
// earlier stages.
func BenchmarkCoder(b *testing.B) {
	arts, size := benchArticles(600, 7)
	c := pipeline(arts)
	cd := events.Default()
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		cd.Code(c)
	}
	b.StopTimer()
	if len(c.Events) < len(arts) {
		b.Fatalf("only %d events from %d articles", len(c.Events), len(arts))
	}
}

// BenchmarkStages measures the earlier stages alone, for comparison.
func BenchmarkStages(b *testing.B) {
	arts, size := benchArticles(600, 7)
	tg, fd := timex.Default(), actors.Default()
	b.Run("timex", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for _, a := range arts {
				tg.Tag(a.Text, a.Published)
			}
		}
	})
	b.Run("actors", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			fd.Find(arts)
		}
	})
}
