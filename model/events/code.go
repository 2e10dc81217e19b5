package events

import (
	"fmt"
	"slices"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/text"
)

// Options change what the coder keeps.
type Options struct {
	// KeepActorless keeps acts with no actor found ("talks began"); the
	// timeline wants actors, but `parley code` shows what the lexicon saw.
	KeepActorless bool
}

// Code finds the events in every article of corpus and sets
// corpus.Events. It reads each article's Text and Published date (the
// report date, and the reference date of acts no expression dates), the
// corpus's Timexes (their Span dates an act) and Actors (their mentions
// are the participants). Reports of the same real event, within an
// article or across articles, are merged into one event listing every
// source sentence. Event ids are "e1", "e2", … in the order of each
// event's first report, so the same corpus always gets the same ids.
func (c *Coder) Code(corpus *model.Corpus) {
	w := c.getWork()
	defer c.putWork(w)
	reps := c.collect(w, corpus, Options{})
	corpus.Events = c.merge(w, corpus, reps)
}

// Sentence lists the events found in one sentence, unmerged.
type Sentence struct {
	Article    string
	Start, End int
	Events     []*model.Event
	// Roles[i] tells how Events[i] stands in the sentence.
	Roles []Role
	// Main is the index in Events of the sentence's main act (see
	// MainIndex), or -1 when there is none.
	Main int
}

// Role tells how an act stands in its sentence, for choosing the main act.
type Role uint8

const (
	// RoleSpeech marks an act that only reports words ("said").
	RoleSpeech Role = 1 << iota
	// RoleReference marks a noun that names an act told before or
	// elsewhere: "the talks", "ahead of the summit".
	RoleReference
	// RoleUnnamed marks an act with no actor named but one said by a
	// common noun: "the army", "gunmen".
	RoleUnnamed
)

// MainIndex picks the main act among the acts of a sentence, as CAMEO
// coders read it. Each act is ranked by what weakens it and the weakest
// rank wins, the earliest on a tie: reported words ("said") weigh less
// than an act they report with its actors, so "X said it would impose
// sanctions" is a sanction; an act with no actor named weighs less than
// words, unless a common noun says who acts ("X said the army had shelled
// the town"), and a noun naming an act told elsewhere ("the talks") less
// still, so "X said the talks went well" is a statement; an act that did
// not happen weighs less than words (a refusal, root 12, is an act of its
// own). roles[i] is the role of evs[i]. It returns -1 for no acts.
func MainIndex(evs []*model.Event, roles []Role) int {
	best, bestRank := -1, 1<<30
	for i, e := range evs {
		rank := 0
		if e.Modality == model.Negated && e.RootCode != "12" {
			rank += 3
		}
		ref := roles[i]&RoleReference != 0
		if roles[i]&RoleSpeech != 0 {
			rank += 2
		}
		if ref {
			rank++
		}
		switch {
		case len(e.Actors) > 0:
		case roles[i]&RoleUnnamed != 0:
			rank++
		default:
			rank += 3
			if ref {
				rank += 2
			}
		}
		if rank < bestRank {
			best, bestRank = i, rank
		}
	}
	return best
}

// Sentences codes corpus like Code but returns the acts of each sentence
// that has any, in text order, each report its own event (ids "r1",
// "r2", …). Acts that only refer to an earlier one ("the meeting") are
// left out, as are, unless o.KeepActorless, acts without actors.
func (c *Coder) Sentences(corpus *model.Corpus, o Options) []Sentence {
	w := c.getWork()
	defer c.putWork(w)
	reps := c.collect(w, corpus, o)
	canon := canonical(corpus)
	var out []Sentence
	n := 0
	for _, r := range reps {
		if r.dropped || r.alias != nil {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Article != r.artID || out[len(out)-1].Start != r.sent.Start {
			out = append(out, Sentence{Article: r.artID, Start: r.sent.Start, End: r.sent.End})
		}
		s := &out[len(out)-1]
		n++
		ev := c.event(corpus, canon, []*report{r})
		ev.ID = fmt.Sprintf("r%d", n)
		s.Events = append(s.Events, ev)
		var role Role
		if r.speech() {
			role |= RoleSpeech
		}
		if r.nominal && (r.definite || r.inAnchor) && !r.halted {
			role |= RoleReference
		}
		if r.unnamed && !r.speech() {
			role |= RoleUnnamed
		}
		s.Roles = append(s.Roles, role)
	}
	for i := range out {
		out[i].Main = MainIndex(out[i].Events, out[i].Roles)
	}
	return out
}

// work is the scratch state of one run of the coder: report slabs,
// buffers, the merge's clusters and index. A Coder keeps finished ones in
// a pool, so a run reuses the memory of the one before it instead of
// leaving it to the garbage collector. Nothing in it outlives the run.
type work struct {
	ac        articleCtx
	all       []*report
	reports   chunks[report]
	countries map[string]*model.Actor
	artIdx    map[string]int32
	mentions  []artMention // every mention, grouped by article
	timexes   []*model.Timex
	mStart    []int32 // mentions of article i: mentions[mStart[i]:mStart[i+1]]
	tStart    []int32
	pool      pool
	index     mergeIndex
	kr        keyer
	keys      []uint64
	clusters  []*cluster
}

func (c *Coder) getWork() *work {
	if w, ok := c.works.Get().(*work); ok {
		return w
	}
	w := &work{countries: map[string]*model.Actor{}, artIdx: map[string]int32{}}
	w.ac.c = c
	w.ac.w = w
	w.ac.tz.classify = c.classify
	w.index.head = map[uint64]int32{}
	w.kr = keyer{byActor: map[*model.Actor]int32{}, byKey: map[string]int32{}}
	return w
}

// putWork clears what w holds of the corpus, so that the pool keeps no
// actor or article alive, and returns it to the pool.
func (c *Coder) putWork(w *work) {
	clear(w.all)
	w.all = w.all[:0]
	w.reports.reset()
	clear(w.countries)
	clear(w.artIdx)
	clear(w.mentions)
	clear(w.timexes)
	w.ac.art, w.ac.mentions, w.ac.timexes, w.ac.reports = nil, nil, nil, nil
	w.ac.sent = sentence{toks: w.ac.sent.toks[:0], ments: w.ac.sent.ments[:0], timex: w.ac.sent.timex[:0],
		reps: w.ac.sent.reps[:0], spans: w.ac.sent.spans[:0], kept: w.ac.sent.kept[:0], ign: w.ac.sent.ign[:0],
		ints: w.ac.sent.ints[:0]}
	clear(w.ac.sent.reps[:cap(w.ac.sent.reps)])
	clear(w.ac.sent.ments[:cap(w.ac.sent.ments)])
	clear(w.ac.sent.timex[:cap(w.ac.sent.timex)])
	w.pool.reset()
	clear(w.index.head)
	clear(w.index.nodes)
	w.index.nodes = w.index.nodes[:0]
	clear(w.kr.byActor)
	clear(w.kr.byKey)
	clear(w.clusters)
	w.clusters = w.clusters[:0]
	c.works.Put(w)
}

// collect runs the per-sentence and per-article analysis over the corpus
// and returns every report in text order.
func (c *Coder) collect(w *work, corpus *model.Corpus, o Options) []*report {
	for i, art := range corpus.Articles {
		if _, ok := w.artIdx[art.ID]; !ok {
			w.artIdx[art.ID] = int32(i)
		}
	}
	// mentions and dates grouped by article: count, then place
	n := len(corpus.Articles)
	w.mStart = append(w.mStart[:0], make([]int32, n+1)...)
	w.tStart = append(w.tStart[:0], make([]int32, n+1)...)
	for _, a := range corpus.Actors {
		if a.Kind == model.KindCountry && a.Country != "" && w.countries[a.Country] == nil {
			w.countries[a.Country] = a
		}
		for i := range a.Mentions {
			if k, ok := w.artIdx[a.Mentions[i].Article]; ok {
				w.mStart[k+1]++
			}
		}
	}
	for i := range corpus.Timexes {
		if k, ok := w.artIdx[corpus.Timexes[i].Article]; ok {
			w.tStart[k+1]++
		}
	}
	for i := 1; i <= n; i++ {
		w.mStart[i] += w.mStart[i-1]
		w.tStart[i] += w.tStart[i-1]
	}
	w.mentions = slices.Grow(w.mentions[:0], int(w.mStart[n]))[:w.mStart[n]]
	w.timexes = slices.Grow(w.timexes[:0], int(w.tStart[n]))[:w.tStart[n]]
	fill := append([]int32(nil), w.mStart[:n]...)
	for _, a := range corpus.Actors {
		for i := range a.Mentions {
			m := &a.Mentions[i]
			if k, ok := w.artIdx[m.Article]; ok {
				w.mentions[fill[k]] = artMention{actor: a, m: m, start: int32(m.Start), seq: fill[k]}
				fill[k]++
			}
		}
	}
	copy(fill, w.tStart[:n])
	for i := range corpus.Timexes {
		t := &corpus.Timexes[i]
		if k, ok := w.artIdx[t.Article]; ok {
			w.timexes[fill[k]] = t
			fill[k]++
		}
	}
	ac := &w.ac
	ac.countries = w.countries
	for i, art := range corpus.Articles {
		var ms []artMention
		var ts []*model.Timex
		// an article id given twice shares the first one's mentions
		if k := w.artIdx[art.ID]; int(k) == i {
			ms = w.mentions[w.mStart[i]:w.mStart[i+1]]
			ts = w.timexes[w.tStart[i]:w.tStart[i+1]]
			slices.SortFunc(ms, func(a, b artMention) int {
				if a.start != b.start {
					return int(a.start - b.start)
				}
				return int(a.seq - b.seq)
			})
			slices.SortStableFunc(ts, func(a, b *model.Timex) int { return a.Start - b.Start })
		} else {
			ms = w.mentions[w.mStart[k]:w.mStart[k+1]]
			ts = w.timexes[w.tStart[k]:w.tStart[k+1]]
		}
		ac.art, ac.artIdx, ac.mentions, ac.timexes = art, i, ms, ts
		ac.first = len(w.all)
		ac.reports = w.all[ac.first:]
		for no, sp := range text.Sentences(art.Text) {
			ac.analyzeSentence(no, sp)
		}
		ac.finish(o)
	}
	return w.all
}
