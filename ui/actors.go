package ui

import (
	"errors"
	"fmt"
	"sort"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/project"
)

// actorChoices lists actors as "Name (kind, country)" with their ids,
// sorted by name, so that two actors with one name can be told apart.
func actorChoices(actors []*model.Actor) (labels []string, ids map[string]string) {
	ids = map[string]string{}
	for _, a := range actors {
		l := a.Name + " (" + a.Kind
		if a.Country != "" && a.Country != a.ID {
			l += ", " + a.Country
		}
		l += ")"
		if _, dup := ids[l]; dup {
			l += " [" + a.ID + "]"
		}
		ids[l] = a.ID
		labels = append(labels, l)
	}
	sort.Strings(labels)
	return labels, ids
}

// eventActors are the actors of ev, or every actor when ev is nil.
func (w *Window) eventActors(ev *model.Event) []*model.Actor {
	if ev == nil {
		return w.corpus.Actors
	}
	idx := w.corpus.ActorIndex()
	var out []*model.Actor
	for _, id := range ev.Actors {
		if a := idx[id]; a != nil {
			out = append(out, a)
		}
	}
	return out
}

// renameActorDialog asks for an actor of the selected event and its new name.
func (w *Window) renameActorDialog() {
	labels, ids := actorChoices(w.eventActors(w.detail.Event))
	if len(labels) == 0 {
		dialog.ShowInformation("Rename an actor", "Select an event with actors first.", w.Win)
		return
	}
	who := widget.NewSelect(labels, nil)
	who.SetSelectedIndex(0)
	name := widget.NewEntry()
	who.OnChanged = func(s string) { name.SetText(w.corpus.ActorIndex()[ids[s]].Name) }
	name.SetText(w.corpus.ActorIndex()[ids[labels[0]]].Name)
	dialog.ShowForm("Rename an actor", "Rename", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Actor", who), widget.NewFormItem("New name", name),
	}, func(ok bool) {
		if !ok {
			return
		}
		if err := w.RenameActor(ids[who.Selected], name.Text); err != nil {
			dialog.ShowError(err, w.Win)
		}
	}, w.Win)
}

// mergeActorsDialog asks for an actor of the selected event and the actor
// it really is.
func (w *Window) mergeActorsDialog() {
	labels, ids := actorChoices(w.eventActors(w.detail.Event))
	all, allIDs := actorChoices(w.corpus.Actors)
	if len(labels) == 0 {
		labels, ids = all, allIDs
	}
	from := widget.NewSelect(labels, nil)
	from.SetSelectedIndex(0)
	into := widget.NewSelectEntry(all)
	into.SetPlaceHolder("type or pick the actor it really is")
	dialog.ShowForm("Merge two actors", "Merge", "Cancel", []*widget.FormItem{
		widget.NewFormItem("This actor", from), widget.NewFormItem("is the same as", into),
	}, func(ok bool) {
		if !ok {
			return
		}
		target, found := allIDs[into.Text]
		if !found {
			for _, a := range w.corpus.Actors {
				if a.Name == into.Text {
					target, found = a.ID, true
				}
			}
		}
		if !found {
			dialog.ShowError(fmt.Errorf("no actor called %q", into.Text), w.Win)
			return
		}
		if err := w.MergeActors(ids[from.Selected], target); err != nil {
			dialog.ShowError(err, w.Win)
		}
	}, w.Win)
}

// RenameActor renames an actor and redraws.
func (w *Window) RenameActor(id, name string) error {
	if err := w.corpus.RenameActor(id, name); err != nil {
		return err
	}
	w.addCorrection(project.Correction{Kind: project.RenameActor, Actor: id, Value: name})
	w.refreshAfterEdit()
	return nil
}

// MergeActors merges actor from into actor into and redraws.
func (w *Window) MergeActors(from, into string) error {
	if from == "" || into == "" {
		return errors.New("pick both actors")
	}
	if err := w.corpus.MergeActors(from, into); err != nil {
		return err
	}
	w.addCorrection(project.Correction{Kind: project.MergeActors, Actor: from, Value: into})
	w.refreshAfterEdit()
	return nil
}

func (w *Window) refreshAfterEdit() {
	sel := w.TL.Selected()
	w.TL.SetCorpus(w.corpus)
	w.applyFilter() // the new timeline data starts unfiltered
	w.articles.Refresh()
	w.refreshActorChoices()
	if sel != nil && w.corpus.EventByID(sel.ID) == sel {
		w.TL.Select(sel)
	} else {
		w.detail.Clear()
	}
	w.updateStatus()
}

// splitDialog lets the analyst take one report out of a merged event when
// the merge was wrong: it becomes an event of its own.
func (w *Window) splitDialog() {
	ev := w.detail.Event
	if ev == nil || len(ev.Sources) < 2 {
		dialog.ShowInformation("Split an event", "The selected event has a single report: there is nothing to split.", w.Win)
		return
	}
	var labels []string
	for i, s := range ev.Sources {
		title := s.Article
		text := ""
		if a := w.corpus.ArticleByID(s.Article); a != nil {
			title = a.Title
			if s.End <= len(a.Text) && s.Start < s.End {
				text = a.Text[s.Start:s.End]
			}
		}
		if len([]rune(text)) > 90 {
			text = string([]rune(text)[:90]) + "…"
		}
		labels = append(labels, fmt.Sprintf("%d. %s: %s", i+1, title, text))
	}
	pick := widget.NewRadioGroup(labels, nil)
	pick.SetSelected(labels[len(labels)-1])
	dialog.ShowCustomConfirm("Split a report out of this event", "Split", "Cancel", pick, func(ok bool) {
		if !ok {
			return
		}
		for i, l := range labels {
			if l == pick.Selected {
				if err := w.SplitEvent(ev, i); err != nil {
					dialog.ShowError(err, w.Win)
				}
			}
		}
	}, w.Win)
}

// SplitEvent moves report i of ev into an event of its own and shows it.
func (w *Window) SplitEvent(ev *model.Event, i int) error {
	if i < 0 || i >= len(ev.Sources) {
		return fmt.Errorf("event %s has no report %d", ev.ID, i+1)
	}
	src := ev.Sources[i]
	nu := events.Split(w.corpus, ev, i)
	if nu == nil {
		return fmt.Errorf("report %d of event %s cannot be split off", i+1, ev.ID)
	}
	k := project.Correction{Kind: project.SplitEvent, Start: src.Start}
	if a := w.corpus.ArticleByID(src.Article); a != nil {
		k.Article = w.project.Relative(a.Path)
	}
	w.addCorrection(k)
	w.refreshAfterEdit()
	w.TL.Select(nu)
	return nil
}
