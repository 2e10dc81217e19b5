package model

import (
	"slices"
	"testing"
)

func editCorpus() *Corpus {
	return &Corpus{
		Articles: []*Article{{ID: "a1"}, {ID: "a2"}},
		Actors: []*Actor{
			{ID: "mike-waltz", Name: "Mike Waltz", Kind: KindPerson, Country: "USA", Role: "National Security Adviser", Mentions: []Mention{{Article: "a2", Start: 5, Text: "Waltz"}}},
			{ID: "mike-walz", Name: "Mike Walz", Kind: KindPerson, Mentions: []Mention{{Article: "a1", Start: 9, Text: "Mike Walz"}}},
			{ID: "USA", Name: "United States", Kind: KindCountry, Country: "USA"},
		},
		Events: []*Event{
			{ID: "e1", Actors: []string{"mike-walz", "USA"}, Source: []string{"mike-walz"}},
			{ID: "e2", Actors: []string{"mike-walz", "mike-waltz"}, Source: []string{"mike-waltz"}, Target: []string{"mike-walz"}},
		},
	}
}

func TestMergeActors(t *testing.T) {
	c := editCorpus()
	if err := c.MergeActors("mike-walz", "mike-waltz"); err != nil {
		t.Fatal(err)
	}
	if len(c.Actors) != 2 || c.ActorIndex()["mike-walz"] != nil {
		t.Fatalf("the merged actor is still there: %v", c.Actors)
	}
	w := c.ActorIndex()["mike-waltz"]
	if len(w.Mentions) != 2 || w.Mentions[0].Article != "a1" || !slices.Contains(w.Aliases, "Mike Walz") {
		t.Errorf("mentions %v aliases %v", w.Mentions, w.Aliases)
	}
	if got := c.Events[0].Actors; !slices.Equal(got, []string{"mike-waltz", "USA"}) {
		t.Errorf("e1 actors %v", got)
	}
	if got := c.Events[1].Actors; !slices.Equal(got, []string{"mike-waltz"}) {
		t.Errorf("e2 actors %v: the actor should appear once", got)
	}
	if c.Events[1].Target[0] != "mike-waltz" {
		t.Errorf("target %v", c.Events[1].Target)
	}
	if err := c.MergeActors("nobody", "USA"); err == nil {
		t.Error("merging an unknown actor succeeded")
	}
	if err := c.MergeActors("USA", "USA"); err == nil {
		t.Error("merging an actor with itself succeeded")
	}
}

func TestRenameActor(t *testing.T) {
	c := editCorpus()
	if err := c.RenameActor("USA", "United States of America"); err != nil {
		t.Fatal(err)
	}
	a := c.ActorIndex()["USA"]
	if a.Name != "United States of America" || !slices.Contains(a.Aliases, "United States") {
		t.Errorf("renamed to %q, aliases %v", a.Name, a.Aliases)
	}
	if c.RenameActor("USA", "") == nil || c.RenameActor("nope", "x") == nil {
		t.Error("bad renames succeeded")
	}
}
