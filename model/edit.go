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
