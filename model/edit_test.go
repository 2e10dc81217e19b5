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

func TestEventEdits(t *testing.T) {
	c := editCorpus()
	c.Events[0].Sentence, c.Events[0].Article, c.Events[0].Start, c.Events[0].End = "s1", "a1", 0, 2
	c.Events[1].Article, c.Events[1].Start, c.Events[1].End = "a2", 10, 20
	if err := c.SetEventDate("e1", Day(2025, 2, 18)); err != nil || c.Events[0].When != Day(2025, 2, 18) {
		t.Errorf("date: %v %v", err, c.Events[0].When)
	}
	if c.SetEventDate("e1", Date{}) == nil {
		t.Error("an empty date was accepted")
	}
	if err := c.SetEventType("e1", "visit", "042", 1.9); err != nil || c.Events[0].RootCode != "04" {
		t.Errorf("type: %v %+v", err, c.Events[0])
	}
	if c.SetEventActors("e1", []string{"USA", "ghost"}) == nil {
		t.Error("an unknown actor was accepted")
	}
	if err := c.SetEventActors("e1", []string{"USA"}); err != nil || len(c.Events[0].Source) != 0 {
		t.Errorf("actors: %v, source %v", err, c.Events[0].Source)
	}
	if c.EventAt("a2", 10, 0) != c.Events[1] || c.EventAt("a2", 11, 0) != nil {
		t.Error("EventAt")
	}
	if err := c.MergeEvents("e2", "e1"); err != nil {
		t.Fatal(err)
	}
	if len(c.Events) != 1 || len(c.Events[0].Sources) != 2 || c.Events[0].SourceCount != 2 {
		t.Errorf("merged: %+v", c.Events)
	}
	if c.EventAt("a2", 10, 0) != c.Events[0] {
		t.Error("the merged report is not found at its place")
	}
	if err := c.DeleteEvent("e1"); err != nil || len(c.Events) != 0 {
		t.Errorf("delete: %v", err)
	}
	if c.DeleteEvent("e1") == nil {
		t.Error("deleting twice succeeded")
	}
}
