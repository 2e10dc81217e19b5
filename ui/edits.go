package ui

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/project"
)

// rootCodes are the CAMEO root categories an analyst picks an event's
// type from.
var rootCodes = []struct{ code, label string }{
	{"01", "make public statement"}, {"02", "appeal"}, {"03", "express intent to cooperate"}, {"04", "consult"},
	{"05", "engage in diplomatic cooperation"}, {"06", "engage in material cooperation"}, {"07", "provide aid"},
	{"08", "yield"}, {"09", "investigate"}, {"10", "demand"}, {"11", "disapprove"}, {"12", "reject"}, {"13", "threaten"},
	{"14", "protest"}, {"15", "exhibit force posture"}, {"16", "reduce relations"}, {"17", "coerce"}, {"18", "assault"},
	{"19", "fight"}, {"20", "use unconventional mass violence"},
}

// editEventDialog lets the analyst correct an event's date, kind of act
// and actors.
func (w *Window) editEventDialog() {
	ev := w.TL.Selected()
	if ev == nil {
		dialog.ShowInformation("Edit an event", "Select an event on the timeline first.", w.Win)
		return
	}
	date := widget.NewEntry()
	initial := project.FormatRange(ev.When)
	date.SetText(initial)
	date.Validator = func(s string) error {
		if s == initial {
			return nil // left as it was (it may be a quarter or a week)
		}
		_, err := project.ParseRange(s)
		return err
	}
	label := widget.NewEntry()
	label.SetText(ev.Type)
	var codes []string
	current := ""
	for _, r := range rootCodes {
		c := r.code + " " + r.label
		codes = append(codes, c)
		if ev.RootCode == r.code {
			current = c
		}
	}
	code := widget.NewSelect(codes, nil)
	code.SetSelected(current)
	labels, ids := actorChoices(w.corpus.Actors)
	byID := map[string]string{}
	for l, id := range ids {
		byID[id] = l
	}
	var chosen []string
	for _, id := range ev.Actors {
		if l, ok := byID[id]; ok {
			chosen = append(chosen, l)
		}
	}
	actors := widget.NewCheckGroup(labels, nil)
	actors.SetSelected(chosen)
	scroll := widget.NewAccordion(widget.NewAccordionItem(fmt.Sprintf("Actors (%d)", len(chosen)), actors))
	form := dialog.NewForm("Edit event: "+ev.Type, "Save", "Cancel", []*widget.FormItem{
		formItem("When", date, "YYYY-MM-DD, YYYY-MM, YYYY, or FROM/TO"),
		widget.NewFormItem("Type", label),
		widget.NewFormItem("CAMEO root", code),
		widget.NewFormItem("", scroll),
	}, func(ok bool) {
		if !ok {
			return
		}
		var ids2 []string
		for _, l := range actors.Selected {
			ids2 = append(ids2, ids[l])
		}
		sort.SliceStable(ids2, func(i, j int) bool { return indexOf(ev.Actors, ids2[i]) < indexOf(ev.Actors, ids2[j]) })
		root := ""
		if c := code.Selected; len(c) >= 2 {
			root = c[:2]
		}
		if err := w.EditEvent(ev, date.Text, label.Text, root, ids2); err != nil {
			dialog.ShowError(err, w.Win)
		}
	}, w.Win)
	form.Resize(fyne.NewSize(560, 460))
	form.Show()
}

func indexOf(s []string, x string) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return len(s)
}

// EditEvent applies the analyst's corrections to ev and records them:
// each field that changed becomes one correction.
func (w *Window) EditEvent(ev *model.Event, when, label, root string, actors []string) error {
	k := project.Correction{}
	w.project.Anchor(&k, w.corpus, ev)
	// Only a date the analyst retyped is parsed and recorded: the shown
	// form of a quarter, a week or a fuzzy range does not read back exactly.
	if strings.TrimSpace(when) == project.FormatRange(ev.When) {
		// unchanged
	} else if d, err := project.ParseRange(when); err != nil {
		return fmt.Errorf("when: %v", err)
	} else if d != ev.When {
		if err := w.corpus.SetEventDate(ev.ID, d); err != nil {
			return err
		}
		c := k
		c.Kind, c.Value = project.EventDate, when
		w.addCorrection(c)
	}
	evRoot := ev.Root()
	if root != "" && root != evRoot || label != ev.Type {
		code := ev.Code
		g := ev.Goldstein
		if root != "" && root != evRoot {
			code = root + "0"
			if v, ok := events.Default().Goldstein(code); ok {
				g = v
			} else if v, ok := events.Default().Goldstein(root); ok {
				g = v
			}
		}
		if err := w.corpus.SetEventType(ev.ID, label, code, g); err != nil {
			return err
		}
		c := k
		c.Kind, c.Value, c.Code, c.Goldstein = project.EventType, label, code, g
		w.addCorrection(c)
	}
	if strings.Join(actors, ",") != strings.Join(ev.Actors, ",") {
		if err := w.corpus.SetEventActors(ev.ID, actors); err != nil {
			return err
		}
		c := k
		c.Kind, c.Values = project.EventActors, actors
		w.addCorrection(c)
	}
	w.refreshAfterEdit()
	return nil
}

// deleteEvent removes the selected event, after asking.
func (w *Window) deleteEvent() {
	ev := w.TL.Selected()
	if ev == nil {
		dialog.ShowInformation("Delete an event", "Select an event on the timeline first.", w.Win)
		return
	}
	dialog.ShowConfirm("Delete event", fmt.Sprintf("Delete “%s” (%s)? The project keeps this as a correction; reopening the articles alone brings it back.", ev.Type, ev.When), func(ok bool) {
		if ok {
			if err := w.DeleteEvent(ev); err != nil {
				dialog.ShowError(err, w.Win)
			}
		}
	}, w.Win)
}

// DeleteEvent removes ev and records it.
func (w *Window) DeleteEvent(ev *model.Event) error {
	k := project.Correction{Kind: project.DeleteEvent}
	w.project.Anchor(&k, w.corpus, ev)
	if err := w.corpus.DeleteEvent(ev.ID); err != nil {
		return err
	}
	w.addCorrection(k)
	w.detail.Clear()
	w.refreshAfterEdit()
	return nil
}

// mergeEventsDialog folds the selected event into another one reported
// within a fortnight.
func (w *Window) mergeEventsDialog() {
	ev := w.TL.Selected()
	if ev == nil {
		dialog.ShowInformation("Merge events", "Select an event on the timeline first.", w.Win)
		return
	}
	var near []*model.Event
	for _, o := range w.corpus.Events {
		if o == ev || o.When.IsZero() || ev.When.IsZero() {
			continue
		}
		if d := o.When.Start.Sub(ev.When.Start); d < 14*24*time.Hour && d > -14*24*time.Hour {
			near = append(near, o)
		}
	}
	if len(near) == 0 {
		dialog.ShowInformation("Merge events", "No other event within two weeks of this one.", w.Win)
		return
	}
	idx := w.corpus.ActorIndex()
	var labels []string
	for _, o := range near {
		labels = append(labels, fmt.Sprintf("%s · %s · %s", o.When, o.Type, actorList(o.Actors, idx)))
	}
	pick := widget.NewSelect(labels, nil)
	dialog.ShowForm("Merge “"+ev.Type+"” into…", "Merge", "Cancel", []*widget.FormItem{widget.NewFormItem("Same event as", pick)}, func(ok bool) {
		if !ok || pick.SelectedIndex() < 0 {
			return
		}
		if err := w.MergeEvents(ev, near[pick.SelectedIndex()]); err != nil {
			dialog.ShowError(err, w.Win)
		}
	}, w.Win)
}

// MergeEvents folds ev into into and records it.
func (w *Window) MergeEvents(ev, into *model.Event) error {
	k := project.Correction{Kind: project.MergeEvents}
	w.project.Anchor(&k, w.corpus, ev)
	var t project.Correction
	w.project.Anchor(&t, w.corpus, into)
	k.Into, k.IntoStart, k.IntoTrig, k.IntoEvent = t.Article, t.Start, t.Trigger, t.Event
	if err := w.corpus.MergeEvents(ev.ID, into.ID); err != nil {
		return err
	}
	w.addCorrection(k)
	w.refreshAfterEdit()
	w.TL.Select(into)
	return nil
}

// settingsDialog edits the user's settings and saves them.
func (w *Window) settingsDialog() {
	s := w.settings
	th := widget.NewSelect([]string{"system", "light", "dark"}, nil)
	th.SetSelected(s.Theme)
	lanes := widget.NewSelect([]string{"country", "actor", "type", "article", "all"}, nil)
	lanes.SetSelected(s.Lanes)
	width := widget.NewEntry()
	width.SetText(strconv.Itoa(s.ExportWidth))
	scales := []string{"1", "2", "4"}
	cur := strconv.FormatFloat(s.ExportScale, 'f', -1, 64)
	if !slices.Contains(scales, cur) {
		scales = append(scales, cur) // a value set in the file stays choosable
	}
	scale := widget.NewSelect(scales, nil)
	scale.SetSelected(cur)
	gaz := widget.NewEntry()
	gaz.SetText(s.Gazetteer)
	gaz.SetPlaceHolder("extra actors file (TOML), optional")
	dialog.ShowForm("Settings", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Theme", th),
		widget.NewFormItem("Lanes of new timelines", lanes),
		formItem("Export width", width, "logical pixels"),
		widget.NewFormItem("Export scale", scale),
		formItem("Gazetteer", gaz, "besides ~/.config/parley/actors.toml"),
	}, func(ok bool) {
		if !ok {
			return
		}
		n, err := strconv.Atoi(width.Text)
		if err != nil || n < 200 || n > 40000 {
			dialog.ShowError(fmt.Errorf("export width %q: want 200 to 40000", width.Text), w.Win)
			return
		}
		sc, _ := strconv.ParseFloat(scale.Selected, 64)
		s = project.Settings{Theme: th.Selected, Lanes: lanes.Selected, ExportWidth: n, ExportScale: sc, Gazetteer: gaz.Text}
		if err := s.Save(project.SettingsPath()); err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		w.settings = s
		w.SetTheme(s.Theme)
	}, w.Win)
}

// formItem is a form row with a hint under it.
func formItem(label string, w fyne.CanvasObject, hint string) *widget.FormItem {
	it := widget.NewFormItem(label, w)
	it.HintText = hint
	return it
}
