// Package extract runs Parley's extraction pipeline over a set of
// articles: temporal expressions per article, then actors across the
// corpus, then events. Each stage is its own package; this one only
// orders them, runs the per-article work in parallel and assembles the
// model.Corpus.
package extract

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/timex"
)

// Pipeline holds the stages. The zero value is not usable; call Default
// or fill every field.
type Pipeline struct {
	Timex  *timex.Tagger
	Actors *actors.Finder
	Events *events.Coder
	// Workers bounds the per-article parallelism (GOMAXPROCS when 0).
	Workers int
}

// Default returns the pipeline built from the embedded tables.
func Default() *Pipeline {
	return &Pipeline{Timex: timex.Default(), Actors: actors.Default(), Events: events.Default()}
}

// Options change one run.
type Options struct {
	// DCT is the publication date given to articles that have none
	// (from --dct); zero leaves them undated.
	DCT time.Time
	// Progress, when set, is called after each article's temporal tagging
	// with the number done so far.
	Progress func(done, total int)
	// Warn receives problems that did not stop the run, such as a stage
	// that failed on some input: the other stages' results are kept.
	Warn func(error)
	// Context, when set, stops the run early once it is cancelled; the
	// caller then discards the partial corpus.
	Context context.Context
}

// guard runs a stage and turns a panic into a warning, so that one bad
// input never takes down the window or loses what the other stages found.
func guard(o Options, stage string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if o.Warn != nil {
				o.Warn(fmt.Errorf("internal error in %s (skipped; please report it): %v", stage, r))
			}
		}
	}()
	f()
}

// Run extracts everything from arts and returns the corpus. Articles
// without a publication date (and no DCT) still get their actors, and
// their events stay undated unless the text itself dates them fully.
func (p *Pipeline) Run(arts []*model.Article, o Options) *model.Corpus {
	c := &model.Corpus{Articles: arts, Timexes: []model.Timex{}, Actors: []*model.Actor{}, Events: []*model.Event{}}
	for i, a := range arts {
		if a.ID == "" {
			a.ID = fmt.Sprintf("a%d", i+1)
		}
		if !a.HasDate() && !o.DCT.IsZero() {
			a.Published, a.DateSource = o.DCT, "--dct"
		}
	}
	per := make([][]model.Timex, len(arts))
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	next := make(chan int)
	for w := 0; w < min(workers, max(1, len(arts))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if o.Context != nil && o.Context.Err() != nil {
					continue
				}
				a := arts[i]
				var tx []model.Timex
				guard(o, "date tagging of "+a.Path, func() { tx = p.Timex.Tag(a.Text, a.Published) })
				for j := range tx {
					tx[j].Article = a.ID
					tx[j].ID = fmt.Sprintf("%s-t%d", a.ID, j+1)
				}
				per[i] = tx
				if o.Progress != nil {
					mu.Lock()
					done++
					n := done
					mu.Unlock()
					o.Progress(n, len(arts))
				}
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, tx := range per {
		c.Timexes = append(c.Timexes, tx...)
	}
	if o.Context != nil && o.Context.Err() != nil {
		return c
	}
	guard(o, "actor recognition", func() { c.Actors = p.Actors.Find(arts) })
	if c.Actors == nil {
		c.Actors = []*model.Actor{}
	}
	guard(o, "event extraction", func() { p.Events.Code(c) })
	if c.Events == nil {
		c.Events = []*model.Event{}
	}
	return c
}

// Merge appends corpora that were extracted earlier (Parley JSON files)
// to c, renaming ids that collide so that every article, actor and event
// keeps its own.
func Merge(c *model.Corpus, others ...*model.Corpus) {
	arts := map[string]bool{}
	for _, a := range c.Articles {
		arts[a.ID] = true
	}
	actorByID := c.ActorIndex()
	evs := map[string]bool{}
	for _, e := range c.Events {
		evs[e.ID] = true
	}
	for k, o := range others {
		artRename := map[string]string{}
		for _, a := range o.Articles {
			id := a.ID
			for n := 2; arts[id]; n++ {
				id = fmt.Sprintf("%s~%d", a.ID, n+k)
			}
			artRename[a.ID] = id
			a.ID = id
			arts[id] = true
			c.Articles = append(c.Articles, a)
		}
		ren := func(id string) string {
			if r, ok := artRename[id]; ok {
				return r
			}
			return id
		}
		for i := range o.Timexes {
			o.Timexes[i].Article = ren(o.Timexes[i].Article)
			c.Timexes = append(c.Timexes, o.Timexes[i])
		}
		actorRename := map[string]string{}
		for _, a := range o.Actors {
			for i := range a.Mentions {
				a.Mentions[i].Article = ren(a.Mentions[i].Article)
			}
			if have, ok := actorByID[a.ID]; ok {
				if have.Name == a.Name {
					// Same real actor (same gazetteer id): one identity.
					have.Mentions = append(have.Mentions, a.Mentions...)
					continue
				}
				// Another actor under the same id: give it its own.
				id := a.ID
				for n := 2; actorByID[id] != nil; n++ {
					id = fmt.Sprintf("%s~%d", a.ID, n)
				}
				actorRename[a.ID] = id
				a.ID = id
			}
			actorByID[a.ID] = a
			c.Actors = append(c.Actors, a)
		}
		renActors := func(ids []string) {
			for i, id := range ids {
				if r, ok := actorRename[id]; ok {
					ids[i] = r
				}
			}
		}
		for _, e := range o.Events {
			renActors(e.Actors)
			renActors(e.Source)
			renActors(e.Target)
			if r, ok := actorRename[e.Location]; ok {
				e.Location = r
			}
			e.Article = ren(e.Article)
			for i := range e.Sources {
				e.Sources[i].Article = ren(e.Sources[i].Article)
			}
			id := e.ID
			for n := 2; evs[id]; n++ {
				id = fmt.Sprintf("%s~%d", e.ID, n)
			}
			e.ID = id
			evs[id] = true
			c.Events = append(c.Events, e)
		}
	}
}
