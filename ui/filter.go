package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/timeline"
)

// Filter is what the analyst has asked to see: search words, one actor,
// some kinds of act and modalities, and a date range. Events that do not
// pass are hidden or dimmed; events that match the words or the actor are
// ringed.
type Filter struct {
	Words      []string
	Actor      string // actor id; a country also takes in its people
	Categories map[uint8]bool
	Modalities map[string]bool
	From, To   time.Time
	Dim        bool // dim rather than hide what does not pass
}

// Active reports whether the filter restricts anything.
func (f *Filter) Active() bool {
	return len(f.Words) > 0 || f.Actor != "" || len(f.Categories) > 0 || len(f.Modalities) > 0 || !f.From.IsZero() || !f.To.IsZero()
}

// Func turns the filter into the timeline's per-item test.
func (f *Filter) Func(c *model.Corpus) func(it *timeline.Item) (show, dim, match bool) {
	if !f.Active() {
		return nil
	}
	idx := c.ActorIndex()
	involves := func(ev *model.Event) bool {
		for _, id := range ev.Actors {
			if id == f.Actor {
				return true
			}
			if a := idx[id]; a != nil && a.Country == f.Actor && a.Kind != model.KindCountry {
				return true
			}
		}
		return false
	}
	return func(it *timeline.Item) (bool, bool, bool) {
		ev := it.Event
		pass := true
		if len(f.Categories) > 0 && !f.Categories[it.Category] {
			pass = false
		}
		if len(f.Modalities) > 0 {
			m := ev.Modality
			if m == "" {
				m = model.Asserted
			}
			if !f.Modalities[m] {
				pass = false
			}
		}
		if !f.From.IsZero() && !ev.When.End.After(f.From) || !f.To.IsZero() && !ev.When.Start.Before(f.To) {
			pass = false
		}
		match := false
		if f.Actor != "" {
			if involves(ev) {
				match = true
			} else {
				pass = false
			}
		}
		if len(f.Words) > 0 {
			hay := strings.ToLower(ev.Sentence + " " + ev.Type + " " + it.Label + " " + ev.Location)
			for _, id := range ev.Actors {
				if a := idx[id]; a != nil {
					hay += " " + strings.ToLower(a.Name+" "+a.Role+" "+a.Country+" "+strings.Join(a.Aliases, " "))
				}
			}
			all := true
			for _, w := range f.Words {
				if !strings.Contains(hay, w) {
					all = false
					break
				}
			}
			if all {
				match = true
			} else {
				pass = false
			}
		}
		if pass {
			return true, false, match && f.Actor != "" || match && len(f.Words) > 0
		}
		if f.Dim {
			return true, true, false
		}
		return false, false, false
	}
}

// filterControls are the widgets of the filter panel.
type filterControls struct {
	cats, mods *widget.CheckGroup
	from, to   *widget.Entry
	dim        *widget.Check
	quiet      bool // set while the controls are filled from a project
}

// syncFilterControls shows w.filter in the panel's widgets.
func (w *Window) syncFilterControls() {
	fc := &w.filterCtl
	if fc.cats == nil {
		return
	}
	fc.quiet = true
	defer func() { fc.quiet = false }()
	var cats []string
	for c := range w.filter.Categories {
		cats = append(cats, timeline.CategoryNames[c])
	}
	fc.cats.SetSelected(cats)
	var mods []string
	for m := range w.filter.Modalities {
		mods = append(mods, m)
	}
	fc.mods.SetSelected(mods)
	fc.from.SetText("")
	fc.to.SetText("")
	if !w.filter.From.IsZero() {
		fc.from.SetText(w.filter.From.Format("2006-01-02"))
	}
	if !w.filter.To.IsZero() {
		fc.to.SetText(w.filter.To.Add(-time.Second).Format("2006-01-02"))
	}
	fc.dim.SetChecked(w.filter.Dim)
	label := ""
	for l, id := range w.actorIDs {
		if id == w.filter.Actor {
			label = l
		}
	}
	w.actorPick.SetText(label)
}

// filterPanel builds the filter controls; every change re-applies.
func (w *Window) filterPanel() fyne.CanvasObject {
	actor := widget.NewSelectEntry(nil)
	actor.SetPlaceHolder("any actor")
	w.actorPick = actor
	var catNames []string
	catNames = append(catNames, timeline.CategoryNames[:]...)
	cats := widget.NewCheckGroup(catNames, nil)
	mods := widget.NewCheckGroup([]string{model.Asserted, model.Planned, model.Possible, model.Negated}, nil)
	from, to := widget.NewEntry(), widget.NewEntry()
	from.SetPlaceHolder("from YYYY-MM-DD")
	to.SetPlaceHolder("to YYYY-MM-DD")
	dim := widget.NewCheck("Dim instead of hiding", nil)
	status := widget.NewLabel("")
	status.Wrapping = fyne.TextWrapWord
	w.filterCtl = filterControls{cats: cats, mods: mods, from: from, to: to, dim: dim}
	apply := func() {
		if w.filterCtl.quiet {
			return
		}
		f := &w.filter
		f.Actor = w.actorIDs[actor.Text]
		if actor.Text != "" && f.Actor == "" {
			for _, a := range w.corpus.Actors {
				if strings.EqualFold(a.Name, actor.Text) {
					f.Actor = a.ID
				}
				if a.ID == actor.Text || a.Country == actor.Text {
					f.Actor = actor.Text // an id or a country code
				}
			}
		}
		f.Categories = map[uint8]bool{}
		for _, s := range cats.Selected {
			for i, n := range timeline.CategoryNames {
				if n == s {
					f.Categories[uint8(i)] = true
				}
			}
		}
		if len(f.Categories) == 0 {
			f.Categories = nil
		}
		f.Modalities = map[string]bool{}
		for _, s := range mods.Selected {
			f.Modalities[s] = true
		}
		if len(f.Modalities) == 0 {
			f.Modalities = nil
		}
		var msgs []string
		parse := func(e *widget.Entry, name string, end bool) time.Time {
			if strings.TrimSpace(e.Text) == "" {
				return time.Time{}
			}
			d, err := model.ParseDay(e.Text)
			if err != nil {
				msgs = append(msgs, fmt.Sprintf("%s: %v", name, err))
				return time.Time{}
			}
			if end {
				return d.End
			}
			return d.Start
		}
		f.From, f.To = parse(from, "from", false), parse(to, "to", true)
		f.Dim = dim.Checked
		w.applyFilter()
		w.markDirty()
		status.SetText(strings.Join(msgs, "\n"))
	}
	actor.OnChanged = func(string) { apply() }
	cats.OnChanged = func([]string) { apply() }
	mods.OnChanged = func([]string) { apply() }
	from.OnChanged = func(string) { apply() }
	to.OnChanged = func(string) { apply() }
	dim.OnChanged = func(bool) { apply() }
	reset := widget.NewButton("Show everything", func() {
		actor.SetText("")
		cats.SetSelected(nil)
		mods.SetSelected(nil)
		from.SetText("")
		to.SetText("")
		w.search.SetText("")
		apply()
	})
	return container.NewVBox(
		actor, widget.NewLabel("Kind of act"), cats, widget.NewLabel("Modality"), mods,
		container.NewGridWithColumns(2, from, to), dim, reset, status)
}

// refreshActorChoices fills the actor picker from the corpus.
func (w *Window) refreshActorChoices() {
	labels, ids := actorChoices(w.corpus.Actors)
	w.actorIDs = ids
	if w.actorPick != nil {
		w.actorPick.SetOptions(labels)
	}
}

// applyFilter sends the current filter and search words to the timeline.
func (w *Window) applyFilter() {
	w.filter.Words = strings.Fields(strings.ToLower(w.search.Text))
	w.TL.Filter(w.filter.Func(w.corpus))
	w.updateStatus()
}

// HighlightActor rings the events of an actor (a country: its people too)
// and dims the rest; "" clears it.
func (w *Window) HighlightActor(id string) {
	w.filter.Actor = id
	w.filter.Dim = true
	if w.filterCtl.dim != nil {
		// Highlighting keeps the other events in view, faint.
		w.filterCtl.quiet = true
		w.filterCtl.dim.SetChecked(true)
		w.filterCtl.quiet = false
	}
	if w.actorPick != nil {
		// Show it in the picker without going through the picker's text:
		// a country known only through its cities has no label there.
		label := id
		for l, x := range w.actorIDs {
			if x == id {
				label = l
			}
		}
		w.filterCtl.quiet = true
		w.actorPick.SetText(label)
		w.filterCtl.quiet = false
	}
	w.applyFilter()
	w.markDirty()
}
