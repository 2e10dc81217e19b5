package events

import (
	"time"

	"github.com/parley-app/parley/model"
)

// anchorRef dates a report relative to another act: "ahead of the talks".
type anchorRef struct {
	after bool
	to    *report
}

// barrier reports whether tokens [a, b) part a trigger from a date in the
// same sentence: a quote or semicolon, another verb's clause, a
// subordinate clause, or the "that" opening reported words.
func (s *sentence) barrier(r *report, a, b int) bool {
	for k := a; k < b; k++ {
		t := &s.toks[k]
		if t.isBreak() || t.bits&wSub != 0 {
			return true
		}
		if q := s.otherTrig(k, r); q != nil && !q.nominal {
			return true
		}
		if t.low == "that" && k > 0 && s.toks[k-1].trig != 0 && s.reps[s.toks[k-1].trig-1].ent.speech {
			return true
		}
	}
	return false
}

// dateFromTimexes gives each report the nearest calendar date of its own
// clause.
func (s *sentence) dateFromTimexes() {
	for _, r := range s.reps {
		if r.dropped {
			continue
		}
		best, bestD := -1, 1<<30
		for i, tx := range s.timex {
			if tx.tx.Span.IsZero() {
				continue
			}
			var d int
			switch {
			case tx.to <= r.tokFrom:
				if s.barrier(r, tx.to, r.tokFrom) {
					continue
				}
				d = r.tokFrom - tx.to
			case tx.from >= r.tokTo:
				if s.barrier(r, r.tokTo, tx.from) {
					continue
				}
				d = tx.from - r.tokTo
			}
			if d < bestD || d == bestD && tx.from > r.tokFrom {
				best, bestD = i, d
			}
		}
		if best >= 0 {
			r.when = s.timex[best].tx.Span
			r.dated = true
		}
	}
}

// markAnchors finds "ahead of the talks", "after the meeting": the noun
// act is the anchor of the other acts of the sentence.
func (s *sentence) markAnchors() {
	c := s.c
	var ms []span
	ms = c.anchors.findAll(s.toks, wAnchor, ms)
	for _, m := range ms {
		var q *report
		for _, r := range s.reps {
			if r.nominal && !r.dropped && r.tokFrom >= m.to && r.tokFrom-m.to <= 3 {
				q = r
				break
			}
		}
		if q == nil {
			continue
		}
		q.inAnchor = true
		ref := &anchorRef{after: c.anchors.pats[m.pat].owner == 1, to: q}
		for _, r := range s.reps {
			if r != q && !r.dropped && !r.dated && r.anchor == nil {
				r.anchor = ref
			}
		}
	}
}

// definiteNoun reports whether the noun trigger follows "the", "these"…
// with at most a few adjectives between: it then names an act already told.
func (s *sentence) definiteNoun(r *report) bool {
	for k := r.tokFrom - 1; k >= 0 && r.tokFrom-k <= 4; k-- {
		if s.toks[k].bits&wDef != 0 {
			return true
		}
		if s.toks[k].ment != 0 || !s.npWord(k) {
			return false
		}
	}
	return false
}

// modClass groups modalities that may describe one real event.
func modClass(m string) int {
	switch m {
	case model.Planned, model.Possible:
		return 1
	case model.Negated:
		return 2
	}
	return 0
}

// antecedent finds the earlier report of the same kind of act that a
// definite noun or "was also there" refers to. An anchor of a relative
// date ("ahead of the talks") wants a dated report, so it prefers one.
func (ac *articleCtx) antecedent(r *report, maxSentences int, dated bool) *report {
	var undated *report
	for i := len(ac.reports) - 1; i >= 0; i-- {
		q := ac.reports[i]
		if q == r || q.sentNo > r.sentNo || q.sentNo == r.sentNo && q.tokFrom >= r.tokFrom {
			continue
		}
		if r.sentNo-q.sentNo > maxSentences {
			break
		}
		// "the meeting" names a meeting, not the visit told just before
		if q.dropped || q.alias != nil || q.ent.anaphoric || modClass(q.mod) != modClass(r.mod) ||
			q.actRoot() != r.actRoot() || !r.ent.anaphoric && ac.c.Label(q.act) != ac.c.Label(r.act) {
			continue
		}
		if len(q.src)+len(q.tgt) == 0 {
			continue
		}
		if dated && !q.dated {
			if undated == nil {
				undated = q
			}
			continue
		}
		return q
	}
	return undated
}

// root follows aliases to the report that stands for the event.
func (r *report) root() *report {
	for r.alias != nil {
		r = r.alias
	}
	return r
}

// finish resolves what needs the whole article: references to acts told
// before, relative dates, the report date as a last resort, and acts
// dated after the report, which can only be planned.
func (ac *articleCtx) finish(opt Options) {
	for _, r := range ac.reports {
		if r.dropped {
			continue
		}
		switch {
		case r.ent.anaphoric:
			if q := ac.antecedent(r, 3, false); q != nil {
				r.alias = q
				for _, a := range append(append([]*model.Actor{}, r.src...), r.tgt...) {
					q.others = appendActor(q.others, a)
				}
			} else {
				r.dropped = true
			}
		case r.nominal && r.definite && !r.halted && len(r.src)+len(r.tgt) == 0:
			q := ac.antecedent(r, 12, r.inAnchor)
			switch {
			case q == nil:
				if r.inAnchor {
					r.dropped = true
				}
			case r.inAnchor:
				// "ahead of the talks" names the talks; it is no report of them
				r.anchorTo = q
				r.dropped = true
			default:
				r.alias = q
			}
		}
	}
	day := model.Date{}
	if ac.art.HasDate() {
		day = model.SpanOf(ac.art.Published, model.GranDay)
	}
	for _, r := range ac.reports {
		if r.dropped {
			continue
		}
		if !r.dated && r.anchor != nil {
			a := r.anchor.to
			if a.anchorTo != nil {
				a = a.anchorTo
			}
			a = a.root()
			if a.dated {
				r.when = relativeDate(a.when, r.anchor.after, ac.c.days, day, r.mod)
				r.anchored = true
			}
		}
		if !r.dated && !r.anchored {
			if r.alias != nil && (r.root().dated || r.root().anchored) {
				r.when = r.root().when
			} else {
				r.when = day
			}
		}
		if r.mod == model.Asserted && r.dated && !day.IsZero() && !r.when.Start.Before(day.End) {
			r.mod = model.Planned
			ac.c.finalCode(r)
		}
		if !opt.KeepActorless && r.alias == nil && len(r.src)+len(r.tgt)+len(r.others) == 0 {
			r.dropped = true
		}
	}
}

// relativeDate is the fuzzy span a few days before or after an anchor
// act; for a done act it never reaches past the report day.
func relativeDate(a model.Date, after bool, days int, report model.Date, mod string) model.Date {
	span := time.Duration(days) * 24 * time.Hour
	d := model.Date{Gran: model.GranDay, Fuzzy: true}
	if after {
		d.Start = a.End
		d.End = a.End.Add(span)
		if mod == model.Asserted && !report.IsZero() && report.End.After(d.Start) && report.End.Before(d.End) {
			d.End = report.End
		}
	} else {
		d.End = a.Start
		d.Start = a.Start.Add(-span)
	}
	return d
}
