// Package ui is Parley's window: the article list, the timeline, and the
// detail pane, with a toolbar and menus. It takes a fyne.App from main, so
// it builds and tests without the GL driver.
package ui

import (
	"context"
	"fmt"
	"image/color"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/project"
	"github.com/parley-app/parley/timeline"
)

// Window is Parley's main window and its state.
type Window struct {
	App    fyne.App
	Win    fyne.Window
	TL     *timeline.Timeline
	corpus *model.Corpus

	project   *project.Project
	dirty     bool
	cancel    context.CancelFunc
	settings  project.Settings
	themeName string
	localTime bool
	localItem *fyne.MenuItem
	viewMenu  *fyne.Menu
	// onBuilt is called (on the UI goroutine) each time a build is shown.
	onBuilt func()
	// generation counts builds; only the latest may touch the window.
	generation int
	// lastDir is the folder of the last save, proposed for the next one.
	lastDir string

	articles    *widget.List
	detail      *Detail
	status      *widget.Label
	progressBar *widget.ProgressBar
	progressBox *fyne.Container
	search      *widget.Entry
	filter      Filter
	filterCtl   filterControls
	actorPick   *widget.SelectEntry
	actorIDs    map[string]string
	lanes       *widget.Select
	colorBy     *widget.Select
}

var laneChoices = []string{"By country", "By actor", "By event type", "By article", "All events"}
var laneModes = []timeline.LaneMode{timeline.LanesCountry, timeline.LanesActor, timeline.LanesType, timeline.LanesArticle, timeline.LanesAll}

// New builds the window; call Load to fill it and ShowAndRun to start.
func New(a fyne.App) *Window {
	w := &Window{App: a, Win: a.NewWindow("Parley"), project: project.New()}
	var warnings []error
	w.settings, warnings = project.LoadSettings(project.SettingsPath())
	w.TL = timeline.NewTimeline()
	if m, err := timeline.ParseLaneMode(w.settings.Lanes); err == nil {
		w.TL.SetLaneMode(m)
	}
	w.followTheme()
	a.Settings().AddListener(func(fyne.Settings) { w.followTheme() })
	w.detail = NewDetail()
	w.detail.OnRename = w.renameActorDialog
	w.detail.OnMerge = w.mergeActorsDialog
	w.detail.OnSplit = w.splitDialog
	w.status = widget.NewLabel("")
	w.progressBar = widget.NewProgressBar()
	w.progressBox = container.NewHBox(widget.NewLabel("Extracting"), container.NewGridWrap(fyne.NewSize(180, 30), w.progressBar),
		widget.NewButton("Cancel", w.CancelLoading))
	w.progressBox.Hide()

	w.articles = widget.NewList(
		func() int { return w.articleCount() },
		func() fyne.CanvasObject {
			title := widget.NewLabel("title")
			title.Truncation = fyne.TextTruncateEllipsis
			title.TextStyle.Bold = true
			date := widget.NewLabel("date")
			date.SizeName = theme.SizeNameCaptionText
			return container.NewVBox(title, date)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			a := w.corpus.Articles[id]
			box.Objects[0].(*widget.Label).SetText(a.Title)
			box.Objects[1].(*widget.Label).SetText(articleDateLine(a, w.eventCount(a.ID)))
		})
	w.articles.OnSelected = func(id widget.ListItemID) {
		a := w.corpus.Articles[id]
		w.detail.ShowArticle(a, w.corpus)
		w.highlightArticle(a.ID)
	}
	w.detail.OnSetDate = func(a *model.Article) { w.articleDateDialog(a) }

	w.TL.OnSelect = func(ev *model.Event) {
		if ev == nil {
			w.detail.Clear()
			return
		}
		w.detail.ShowEvent(ev, w.corpus)
	}
	w.TL.OnActivate = func(ev *model.Event) { w.detail.ShowEvent(ev, w.corpus) }
	w.TL.OnViewChange = func(from, to time.Time) { w.updateStatus() }
	w.TL.OnLaneTapped = func(key string) {
		// Clicking a country's or actor's name highlights its events;
		// clicking it again clears.
		id := ""
		if k, v, ok := strings.Cut(key, ":"); ok && (k == "country" || k == "actor") {
			id = v
		}
		if id == w.filter.Actor {
			id = ""
		}
		w.HighlightActor(id)
	}

	w.lanes = widget.NewSelect(laneChoices, func(s string) {
		for i, c := range laneChoices {
			if c == s {
				w.TL.SetLaneMode(laneModes[i])
			}
		}
	})
	for i, m := range laneModes {
		if m == w.TL.LaneMode() {
			w.lanes.SetSelected(laneChoices[i])
		}
	}
	w.colorBy = widget.NewSelect([]string{"Colour by type", "Colour by Goldstein"}, func(s string) {
		if strings.Contains(s, "Goldstein") {
			w.TL.SetColorBy(timeline.ColorByGoldstein)
		} else {
			w.TL.SetColorBy(timeline.ColorByCategory)
		}
	})
	w.colorBy.SetSelected("Colour by type")
	w.search = widget.NewEntry()
	w.search.SetPlaceHolder("Search actors, words…")
	w.search.OnChanged = func(string) { w.applyFilter() }

	toolbar := widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), w.openDialog),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), func() { w.saveDialog(false) }),
		widget.NewToolbarAction(theme.MediaPhotoIcon(), w.exportDialog),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ZoomInIcon(), w.TL.ZoomIn),
		widget.NewToolbarAction(theme.ZoomOutIcon(), w.TL.ZoomOut),
		widget.NewToolbarAction(theme.ZoomFitIcon(), w.TL.Fit),
	)
	top := container.NewBorder(nil, nil, container.NewHBox(toolbar, w.lanes, w.colorBy), nil, w.search)
	// Filters fold away under the article list until wanted.
	filters := widget.NewAccordion(widget.NewAccordionItem("Filters", w.filterPanel()))
	left := container.NewBorder(widget.NewLabelWithStyle("Articles", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), filters, nil, nil, w.articles)
	centre := container.NewHSplit(w.TL, w.detail)
	centre.Offset = 0.72
	main := container.NewHSplit(left, centre)
	main.Offset = 0.17
	bottom := container.NewBorder(nil, nil, nil, w.progressBox, w.status)
	w.Win.SetContent(container.NewBorder(top, bottom, nil, nil, main))
	w.Win.SetMainMenu(w.menu())
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.Win.Canvas().Focus(w.TL)
	w.corpus = &model.Corpus{}
	w.SetTheme(w.settings.Theme)
	// Files dropped on the window join the project; Ctrl+V adds pasted
	// text as an article; closing asks before losing unsaved changes.
	w.Win.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) {
		var paths []string
		for _, u := range uris {
			paths = append(paths, u.Path())
		}
		w.AddSources(paths)
	})
	w.Win.Canvas().AddShortcut(&fyne.ShortcutPaste{}, func(fyne.Shortcut) { w.pasteDialog() })
	w.Win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { w.saveDialog(false) })
	w.Win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { w.openDialog() })
	w.Win.SetCloseIntercept(func() { w.confirmDiscard(w.Win.Close) })
	if len(warnings) > 0 {
		fyne.Do(func() { w.showProblems("Settings", warnings) })
	}
	return w
}

// SetTheme switches the whole window to "light", "dark" or "system".
func (w *Window) SetTheme(name string) {
	w.themeName = name
	switch name {
	case "light":
		w.App.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case "dark":
		w.App.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		w.App.Settings().SetTheme(theme.DefaultTheme())
	}
	w.followTheme()
}

// setLocalTime shows times in local time (true) or UTC.
func (w *Window) setLocalTime(on bool) {
	w.localTime = on
	if on {
		w.TL.SetLocation(time.Local)
	} else {
		w.TL.SetLocation(nil)
	}
	if w.localItem != nil {
		w.localItem.Checked = on
		w.viewMenu.Refresh()
	}
}

// followTheme draws the timeline light or dark as the app's theme is.
func (w *Window) followTheme() {
	dark := w.App.Settings().ThemeVariant() == theme.VariantDark
	switch w.themeName {
	case "dark":
		dark = true
	case "light":
		dark = false
	}
	if dark {
		w.TL.SetStyle(timeline.DarkStyle())
	} else {
		w.TL.SetStyle(timeline.LightStyle())
	}
}

func (w *Window) articleCount() int {
	if w.corpus == nil {
		return 0
	}
	return len(w.corpus.Articles)
}

func (w *Window) eventCount(article string) int {
	n := 0
	for _, e := range w.corpus.Events {
		if e.Article == article {
			n++
			continue
		}
		for _, s := range e.Sources {
			if s.Article == article {
				n++
				break
			}
		}
	}
	return n
}

// articleDateLine is the second line of an article in the list; undated
// articles are flagged, since their events cannot be placed.
func articleDateLine(a *model.Article, events int) string {
	n := fmt.Sprintf("%d events", events)
	if events == 1 {
		n = "1 event"
	}
	if !a.HasDate() {
		return "⚠ no date: events unplaced · " + n
	}
	return a.Published.Format("Mon 2 Jan 2006") + " · " + n
}

func (w *Window) menu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Add files…", w.openDialog),
		fyne.NewMenuItem("Add folder…", w.openFolderDialog),
		fyne.NewMenuItem("New article from text… (Ctrl+V)", w.pasteDialog),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("New project", func() { w.confirmDiscard(func() { w.setProject(project.New(), false) }) }),
		fyne.NewMenuItem("Open project…", w.openProjectDialog),
		fyne.NewMenuItem("Save project (Ctrl+S)", func() { w.saveDialog(false) }),
		fyne.NewMenuItem("Save project as…", func() { w.saveDialog(true) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Export picture…", w.exportDialog),
		fyne.NewMenuItem("Settings…", w.settingsDialog),
	)
	edit := fyne.NewMenu("Edit",
		fyne.NewMenuItem("Edit the selected event…", w.editEventDialog),
		fyne.NewMenuItem("Merge the selected event into another…", w.mergeEventsDialog),
		fyne.NewMenuItem("Split the selected event…", w.splitDialog),
		fyne.NewMenuItem("Delete the selected event", w.deleteEvent),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Rename an actor…", w.renameActorDialog),
		fyne.NewMenuItem("Merge two actors…", w.mergeActorsDialog),
	)
	w.localItem = fyne.NewMenuItem("Times in local time ("+time.Local.String()+")", func() { w.setLocalTime(!w.localTime); w.markDirty() })
	w.viewMenu = fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom in (+)", w.TL.ZoomIn),
		fyne.NewMenuItem("Zoom out (−)", w.TL.ZoomOut),
		fyne.NewMenuItem("Fit all (Home)", w.TL.Fit),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Light theme", func() { w.SetTheme("light") }),
		fyne.NewMenuItem("Dark theme", func() { w.SetTheme("dark") }),
		fyne.NewMenuItem("System theme", func() { w.SetTheme("system") }),
		fyne.NewMenuItemSeparator(),
		w.localItem,
	)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Mouse and keys", func() {
			dialog.ShowInformation("Mouse and keys", helpText, w.Win)
		}),
	)
	return fyne.NewMainMenu(file, edit, w.viewMenu, help)
}

const helpText = `Wheel: zoom about the pointer · Shift+wheel: pan
Wheel over lane names: scroll lanes
Drag: pan · Ctrl+drag: zoom to a range · drag the overview strip: move
Hover: details · Click: select · Double-click: zoom in / open
Click a cluster: zoom into it
Keys: ← → pan · ↑ ↓ lanes · + − zoom · Home fit all
N / P next / previous event · Enter open · Esc clear`

func first(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], fmt.Sprintf("… and %d more", len(s)-n))
	}
	return s
}

// SetCorpus shows c.
func (w *Window) SetCorpus(c *model.Corpus) {
	sort.SliceStable(c.Articles, func(i, j int) bool {
		a, b := c.Articles[i], c.Articles[j]
		if a.HasDate() != b.HasDate() {
			return !a.HasDate() // undated first: they need the user's attention
		}
		return a.Published.Before(b.Published)
	})
	w.corpus = c
	w.articles.UnselectAll()
	w.detail.Clear()
	w.TL.SetCorpus(c)
	w.articles.Refresh()
	w.refreshActorChoices()
	w.applyFilter()
	w.updateTitle()
}

// Corpus returns what is shown.
func (w *Window) Corpus() *model.Corpus { return w.corpus }

func (w *Window) updateStatus() {
	from, to := w.TL.View()
	undated := 0
	for _, a := range w.corpus.Articles {
		if !a.HasDate() {
			undated++
		}
	}
	s := fmt.Sprintf("%d articles · %d events · %d actors · showing %s – %s", len(w.corpus.Articles), len(w.corpus.Events), len(w.corpus.Actors), from.Format("2 Jan 2006"), to.Format("2 Jan 2006"))
	if undated > 0 {
		s += fmt.Sprintf(" · ⚠ %d undated", undated)
	}
	w.status.SetText(s)
}

// highlightArticle rings the events reported by one article, on top of
// the filter: what the filter hides stays hidden.
func (w *Window) highlightArticle(id string) {
	base := w.filter.Func(w.corpus)
	w.TL.Filter(func(it *timeline.Item) (bool, bool, bool) {
		show, dim := true, false
		if base != nil {
			show, dim, _ = base(it)
		}
		reported := it.Event.Article == id
		for _, s := range it.Event.Sources {
			reported = reported || s.Article == id
		}
		if reported {
			return show, dim, show
		}
		return show, true, false
	})
}

// variantTheme forces a light or dark variant of a theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}
