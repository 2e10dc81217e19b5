package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/project"
	"github.com/parley-app/parley/timeline"
)

// ProjectExt is the extension of Parley project files.
const ProjectExt = ".parley.toml"

// isProject reports whether path is a Parley project file.
func isProject(path string) bool {
	return strings.HasSuffix(strings.ToLower(path), ProjectExt)
}

// Load opens paths: a project file, or articles and folders (the embedded
// sample when there are none) as a new project.
func (w *Window) Load(paths []string) {
	if len(paths) == 1 && isProject(paths[0]) {
		w.OpenProject(paths[0])
		return
	}
	p := project.New()
	if len(paths) == 0 {
		p.Sample = true
		p.Title = "Sample: the 2025 US–Russia talks on Ukraine"
	}
	for _, s := range paths {
		if abs, err := filepath.Abs(s); err == nil {
			s = abs
		}
		p.Sources = append(p.Sources, s)
	}
	if w.settings.Gazetteer != "" {
		p.ActorsFile = w.settings.Gazetteer
	}
	w.setProject(p, true)
}

// OpenProject reads a project file and rebuilds what it describes.
func (w *Window) OpenProject(path string) {
	p, warnings, err := project.Load(path)
	if err != nil {
		dialog.ShowError(err, w.Win)
		return
	}
	w.setProject(p, true)
	if len(warnings) > 0 {
		w.showProblems("Opening "+filepath.Base(path), warnings)
	}
}

// setProject makes p the current project and builds it; restore applies
// its saved view once built.
func (w *Window) setProject(p *project.Project, restore bool) {
	w.project = p
	w.dirty = false
	w.rebuild(restore)
}

// rebuild runs the project's extraction in the background with a progress
// bar and a Cancel button; the window stays usable and keeps showing the
// previous corpus until the new one is ready.
func (w *Window) rebuild(restore bool) {
	if w.cancel != nil {
		w.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	w.generation++
	gen := w.generation
	p := w.project
	w.progressBar.SetValue(0)
	w.progressBox.Show()
	w.status.SetText("Reading and extracting articles…")
	go func() {
		var problems []error
		c, err := p.BuildContext(ctx,
			func(done, total int) {
				fyne.Do(func() {
					if total > 0 && gen == w.generation {
						w.progressBar.SetValue(float64(done) / float64(total))
					}
				})
			},
			func(e error) { problems = append(problems, e) })
		fyne.Do(func() {
			if gen != w.generation {
				return // a newer build replaced this one; it owns the progress bar
			}
			if ctx.Err() != nil || err != nil {
				w.progressBox.Hide()
				w.updateStatus()
				w.status.SetText(w.status.Text + " · loading cancelled")
				return
			}
			w.cancel = nil
			w.progressBox.Hide()
			w.SetCorpus(c)
			if restore {
				w.restoreView()
			}
			w.updateTitle()
			if len(problems) > 0 {
				for _, e := range problems {
					fmt.Fprintln(os.Stderr, "parley:", e)
				}
				w.showProblems("Reading articles", problems)
			}
			if w.onBuilt != nil {
				w.onBuilt()
			}
		})
	}()
}

// CancelLoading stops the extraction under way.
func (w *Window) CancelLoading() {
	if w.cancel != nil {
		w.cancel()
		w.cancel = nil
	}
}

func (w *Window) showProblems(what string, errs []error) {
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Error())
	}
	dialog.ShowError(fmt.Errorf("%s: %d problem(s)\n%s", what, len(msgs), strings.Join(first(msgs, 8), "\n")), w.Win)
}

func (w *Window) updateTitle() {
	name := "untitled"
	if w.project.Path != "" {
		name = strings.TrimSuffix(filepath.Base(w.project.Path), ProjectExt)
	} else if w.project.Title != "" {
		name = w.project.Title
	}
	mark := ""
	if w.dirty {
		mark = "• "
	}
	ro := ""
	if w.project.ReadOnly {
		ro = " (read-only)"
	}
	w.Win.SetTitle(fmt.Sprintf("%sParley — %s%s — %d articles, %d events", mark, name, ro, len(w.corpus.Articles), len(w.corpus.Events)))
}

// markDirty notes an unsaved change.
func (w *Window) markDirty() {
	w.dirty = true
	w.updateTitle()
}

// addCorrection records an edit in the project.
func (w *Window) addCorrection(k project.Correction) {
	w.project.Corrections = append(w.project.Corrections, k)
	w.markDirty()
}

// captureView copies the window's view and filter into p.
func (w *Window) captureView(p *project.Project) {
	from, to := w.TL.View()
	v := &p.View
	v.From, v.To = from.Format(time.RFC3339), to.Format(time.RFC3339)
	v.Lanes = w.TL.LaneMode().String()
	v.Color = "type"
	if w.TL.ColorBy() == timeline.ColorByGoldstein {
		v.Color = "goldstein"
	}
	v.Theme = w.themeName
	v.LocalTime = w.localTime
	v.Selected = ""
	if ev := w.TL.Selected(); ev != nil {
		v.Selected = ev.ID
	}
	f := &p.Filter
	*f = project.Filter{Words: w.search.Text, Actor: w.filter.Actor, Dim: w.filter.Dim}
	for c := range w.filter.Categories {
		f.Categories = append(f.Categories, timeline.CategoryNames[c])
	}
	for m := range w.filter.Modalities {
		f.Modalities = append(f.Modalities, m)
	}
	if !w.filter.From.IsZero() {
		f.From = w.filter.From.Format("2006-01-02")
	}
	if !w.filter.To.IsZero() {
		f.To = w.filter.To.Add(-time.Second).Format("2006-01-02")
	}
}

// restoreView applies the project's saved view and filter.
func (w *Window) restoreView() {
	v := w.project.View
	if m, err := timeline.ParseLaneMode(v.Lanes); err == nil && v.Lanes != "" {
		for i, lm := range laneModes {
			if lm == m {
				w.lanes.SetSelected(laneChoices[i])
			}
		}
	}
	if v.Color == "goldstein" {
		w.colorBy.SetSelected("Colour by Goldstein")
	}
	if v.Theme != "" {
		w.SetTheme(v.Theme)
	}
	w.setLocalTime(v.LocalTime)
	from, e1 := time.Parse(time.RFC3339, v.From)
	to, e2 := time.Parse(time.RFC3339, v.To)
	if e1 == nil && e2 == nil && to.After(from) {
		w.TL.SetView(from, to)
	}
	f := w.project.Filter
	w.filter = Filter{Actor: f.Actor, Dim: f.Dim}
	for _, name := range f.Categories {
		for i, n := range timeline.CategoryNames {
			if n == name {
				if w.filter.Categories == nil {
					w.filter.Categories = map[uint8]bool{}
				}
				w.filter.Categories[uint8(i)] = true
			}
		}
	}
	for _, m := range f.Modalities {
		if w.filter.Modalities == nil {
			w.filter.Modalities = map[string]bool{}
		}
		w.filter.Modalities[m] = true
	}
	if d, err := model.ParseDay(f.From); err == nil {
		w.filter.From = d.Start
	}
	if d, err := model.ParseDay(f.To); err == nil {
		w.filter.To = d.End
	}
	w.syncFilterControls()
	w.search.SetText(f.Words) // applies the filter
	w.applyFilter()
	if v.Selected != "" {
		if ev := w.corpus.EventByID(v.Selected); ev != nil {
			w.TL.Select(ev)
		}
	}
}

// SaveProject writes the project to path (atomically). Paths in the
// project are rewritten relative to its new place on a copy, which
// replaces the current project only once the save succeeded.
func (w *Window) SaveProject(path string) error {
	if !strings.HasSuffix(strings.ToLower(path), ProjectExt) {
		path = strings.TrimSuffix(path, ".toml") + ProjectExt
	}
	q := w.project.Rebased(path)
	w.captureView(q)
	if err := q.Save(path); err != nil {
		return err
	}
	w.project = q
	w.dirty = false
	w.updateTitle()
	w.status.SetText("Saved " + path)
	return nil
}

func (w *Window) saveDialog(saveAs bool) {
	if !saveAs && w.project.Path != "" && !w.project.ReadOnly {
		if err := w.SaveProject(w.project.Path); err != nil {
			dialog.ShowError(err, w.Win)
		}
		return
	}
	w.savePath("timeline"+ProjectExt, nil, w.SaveProject)
}

func (w *Window) openProjectDialog() {
	w.openPath([]string{".toml"}, func(path string) { w.confirmDiscard(func() { w.OpenProject(path) }) })
}

// confirmDiscard runs then, after asking when there are unsaved changes.
func (w *Window) confirmDiscard(then func()) {
	if !w.dirty {
		then()
		return
	}
	dialog.ShowConfirm("Unsaved changes", "The project has changes that are not saved. Discard them?", func(ok bool) {
		if ok {
			then()
		}
	}, w.Win)
}

// AddSources adds files or folders to the project (File > Open, drag and
// drop) and rebuilds.
func (w *Window) AddSources(paths []string) {
	if len(paths) == 1 && isProject(paths[0]) {
		w.confirmDiscard(func() { w.OpenProject(paths[0]) })
		return
	}
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		w.project.Sources = append(w.project.Sources, p)
	}
	w.markDirty()
	w.rebuild(false)
}

// AddPasted adds an article typed or pasted by the analyst.
func (w *Window) AddPasted(title, text string, published time.Time) {
	p := project.Pasted{Title: title, Text: text}
	if !published.IsZero() {
		p.Published = published.Format("2006-01-02")
	}
	w.project.Pasted = append(w.project.Pasted, p)
	w.markDirty()
	w.rebuild(false)
}

// SetArticleDate gives an article its publication date; its events move
// as soon as the extraction has run again.
func (w *Window) SetArticleDate(a *model.Article, d time.Time) {
	if strings.HasPrefix(a.Path, "pasted:") {
		var n int
		fmt.Sscanf(a.Path, "pasted:%d", &n)
		if n >= 1 && n <= len(w.project.Pasted) {
			w.project.Pasted[n-1].Published = d.Format("2006-01-02")
		}
	} else {
		w.project.SetArticleDate(a.Path, d)
	}
	w.markDirty()
	w.rebuild(false)
}

// pasteDialog turns the clipboard's text into a new article, proposing
// today as its date.
func (w *Window) pasteDialog() {
	text := strings.TrimSpace(w.App.Clipboard().Content())
	body := widget.NewMultiLineEntry()
	body.SetText(text)
	body.Wrapping = fyne.TextWrapWord
	body.SetMinRowsVisible(10)
	title := widget.NewEntry()
	line, _, _ := strings.Cut(text, "\n")
	if len([]rune(line)) > 80 {
		line = string([]rune(line)[:80]) + "…"
	}
	title.SetText(line)
	date := widget.NewEntry()
	date.SetText(time.Now().Format("2006-01-02"))
	date.Validator = func(s string) error {
		if s == "" {
			return nil
		}
		_, err := model.ParseDay(s)
		return err
	}
	form := dialog.NewForm("New article from text", "Add", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Title", title),
		formItem("Published", date, "YYYY-MM-DD; today is a proposal: correct it"),
		widget.NewFormItem("Text", body),
	}, func(ok bool) {
		if !ok || strings.TrimSpace(body.Text) == "" {
			return
		}
		var d time.Time
		if day, err := model.ParseDay(date.Text); err == nil {
			d = day.Start
		}
		w.AddPasted(title.Text, body.Text, d)
	}, w.Win)
	form.Resize(fyne.NewSize(700, 520))
	form.Show()
	w.Win.Canvas().Focus(date)
}

// articleDateDialog asks for an article's publication date.
func (w *Window) articleDateDialog(a *model.Article) {
	date := widget.NewEntry()
	if a.HasDate() {
		date.SetText(a.Published.Format("2006-01-02"))
	}
	date.SetPlaceHolder("YYYY-MM-DD")
	date.Validator = func(s string) error { _, err := model.ParseDay(s); return err }
	dialog.ShowForm("Publication date of “"+a.Title+"”", "Set", "Cancel", []*widget.FormItem{
		formItem("Published", date, "relative dates (“on Tuesday”) are read against it"),
	}, func(ok bool) {
		if !ok {
			return
		}
		d, err := model.ParseDay(date.Text)
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		w.SetArticleDate(a, d.Start)
	}, w.Win)
	w.Win.Canvas().Focus(date)
}
