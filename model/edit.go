package model

import (
	"fmt"
	"slices"
)

// RenameActor gives actor id a new display name, keeping the old one as an
// alias. It reports an error when there is no such actor.
func (c *Corpus) RenameActor(id, name string) error {
	a := c.ActorIndex()[id]
	if a == nil {
		return fmt.Errorf("no actor %q", id)
	}
	if name == "" {
		return fmt.Errorf("an actor needs a name")
	}
	if a.Name != name && !slices.Contains(a.Aliases, a.Name) {
		a.Aliases = append(a.Aliases, a.Name)
	}
	a.Name = name
	return nil
}

// MergeActors makes actor from one with actor into: its mentions and
// aliases move over, every event that named it names into instead (once),
// and it leaves the corpus. An analyst uses it where the same person was
// written two ways the gazetteer did not know.
func (c *Corpus) MergeActors(from, into string) error {
	if from == into {
		return fmt.Errorf("cannot merge %q with itself", from)
	}
	idx := c.ActorIndex()
	f, t := idx[from], idx[into]
	if f == nil || t == nil {
		return fmt.Errorf("no actor %q", map[bool]string{true: from, false: into}[f == nil])
	}
	t.Mentions = append(t.Mentions, f.Mentions...)
	slices.SortStableFunc(t.Mentions, func(a, b Mention) int {
		if a.Article != b.Article {
			return articleOrder(c, a.Article) - articleOrder(c, b.Article)
		}
		return a.Start - b.Start
	})
	for _, n := range append([]string{f.Name}, f.Aliases...) {
		if n != t.Name && !slices.Contains(t.Aliases, n) {
			t.Aliases = append(t.Aliases, n)
		}
	}
	if t.Role == "" {
		t.Role = f.Role
	}
	if t.Country == "" {
		t.Country = f.Country
	}
	replace := func(ids []string) []string {
		out := ids[:0]
		seen := false
		for _, id := range ids {
			if id == from {
				id = into
			}
			if id == into {
				if seen {
					continue
				}
				seen = true
			}
			out = append(out, id)
		}
		return out
	}
	for _, e := range c.Events {
		e.Actors = replace(e.Actors)
		e.Source = replace(e.Source)
		e.Target = replace(e.Target)
		if e.Location == from {
			e.Location = into
		}
	}
	c.Actors = slices.DeleteFunc(c.Actors, func(a *Actor) bool { return a.ID == from })
	return nil
}

func articleOrder(c *Corpus, id string) int {
	for i, a := range c.Articles {
		if a.ID == id {
			return i
		}
	}
	return len(c.Articles)
}

// EventByID returns the event with the given id, or nil.
func (c *Corpus) EventByID(id string) *Event {
	for _, e := range c.Events {
		if e.ID == id {
			return e
		}
	}
	return nil
}

// EventAt returns the event reported at offset start of article: the one
// whose own report starts there (and whose trigger is at trigger, when
// that is not 0), else one that merged a report starting there while no
// event of that sentence is left on its own; nil when none. Corrections
// find their event this way, which holds across runs even if event
// numbering changes; a trigger that no longer matches finds nothing
// rather than a neighbour in the same sentence.
func (c *Corpus) EventAt(article string, start, trigger int) *Event {
	own := false
	for _, e := range c.Events {
		if e.Article == article && e.Start == start {
			if trigger == 0 || e.TriggerStart == trigger {
				return e
			}
			own = true
		}
	}
	if own {
		return nil
	}
	for _, e := range c.Events {
		for _, s := range e.Sources {
			if s.Article == article && s.Start == start {
				return e
			}
		}
	}
	return nil
}

// SetEventDate corrects when an event happened; the date is now stated by
// the analyst, so it is no longer marked inferred.
func (c *Corpus) SetEventDate(id string, d Date) error {
	e := c.EventByID(id)
	if e == nil {
		return fmt.Errorf("no event %q", id)
	}
	if d.IsZero() || !d.End.After(d.Start) {
		return fmt.Errorf("event %s: a date needs a start before its end", id)
	}
	e.When, e.DateInferred = d, false
	return nil
}

// SetEventType corrects the kind of act: a label and, optionally, its
// CAMEO code and Goldstein value.
func (c *Corpus) SetEventType(id, label, code string, goldstein float64) error {
	e := c.EventByID(id)
	if e == nil {
		return fmt.Errorf("no event %q", id)
	}
	if label == "" {
		return fmt.Errorf("event %s: the type needs a label", id)
	}
	e.Type = label
	if code != "" {
		e.Code, e.RootCode, e.Goldstein = code, code[:min(2, len(code))], goldstein
	}
	return nil
}

// SetEventActors corrects who took part; every id must name an actor.
func (c *Corpus) SetEventActors(id string, actors []string) error {
	e := c.EventByID(id)
	if e == nil {
		return fmt.Errorf("no event %q", id)
	}
	idx := c.ActorIndex()
	for _, a := range actors {
		if idx[a] == nil {
			return fmt.Errorf("event %s: no actor %q", id, a)
		}
	}
	e.Actors = slices.Clone(actors)
	keep := func(ids []string) []string {
		return slices.DeleteFunc(ids, func(x string) bool { return !slices.Contains(actors, x) })
	}
	e.Source, e.Target = keep(e.Source), keep(e.Target)
	return nil
}

// DeleteEvent removes an event the analyst judged wrong.
func (c *Corpus) DeleteEvent(id string) error {
	n := len(c.Events)
	c.Events = slices.DeleteFunc(c.Events, func(e *Event) bool { return e.ID == id })
	if len(c.Events) == n {
		return fmt.Errorf("no event %q", id)
	}
	return nil
}

// MergeEvents folds event from into event into: one real event reported
// twice. into keeps its date and type; it gains from's reports and actors.
func (c *Corpus) MergeEvents(from, into string) error {
	f, t := c.EventByID(from), c.EventByID(into)
	if f == nil || t == nil || f == t {
		return fmt.Errorf("cannot merge event %q into %q", from, into)
	}
	srcs := f.Sources
	if len(srcs) == 0 {
		srcs = []SourceRef{{Article: f.Article, Start: f.Start, End: f.End}}
	}
	if len(t.Sources) == 0 {
		t.Sources = []SourceRef{{Article: t.Article, Start: t.Start, End: t.End}}
	}
	t.Sources = append(t.Sources, srcs...)
	arts := map[string]bool{}
	for _, s := range t.Sources {
		arts[s.Article] = true
	}
	t.SourceCount = len(arts)
	for _, a := range f.Actors {
		if !slices.Contains(t.Actors, a) {
			t.Actors = append(t.Actors, a)
		}
	}
	return c.DeleteEvent(from)
}
