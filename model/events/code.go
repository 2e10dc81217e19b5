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
	reps := c.collect(corpus, Options{})
	corpus.Events = c.merge(corpus, reps)
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
	reps := c.collect(corpus, o)
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

// collect runs the per-sentence and per-article analysis over the corpus
// and returns every report in text order.
func (c *Coder) collect(corpus *model.Corpus, o Options) []*report {
	mentions := map[string][]artMention{}
	countries := map[string]*model.Actor{}
	for _, a := range corpus.Actors {
		if a.Kind == model.KindCountry && a.Country != "" && countries[a.Country] == nil {
			countries[a.Country] = a
		}
		for i := range a.Mentions {
			m := &a.Mentions[i]
			mentions[m.Article] = append(mentions[m.Article], artMention{actor: a, m: m})
		}
	}
	timexes := map[string][]*model.Timex{}
	for i := range corpus.Timexes {
		t := &corpus.Timexes[i]
		timexes[t.Article] = append(timexes[t.Article], t)
	}
	var all []*report
	ac := &articleCtx{c: c, countries: countries}
	ac.tz.classify = func(low string) uint32 { return c.words[low] }
	for i, art := range corpus.Articles {
		ms := mentions[art.ID]
		slices.SortStableFunc(ms, func(a, b artMention) int { return a.m.Start - b.m.Start })
		ts := timexes[art.ID]
		slices.SortStableFunc(ts, func(a, b *model.Timex) int { return a.Start - b.Start })
		ac.art, ac.artIdx, ac.mentions, ac.timexes, ac.reports = art, i, ms, ts, nil
		for no, sp := range text.Sentences(art.Text) {
			ac.analyzeSentence(no, sp)
		}
		ac.finish(o)
		all = append(all, ac.reports...)
	}
	return all
}
