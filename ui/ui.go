// Package ui is Parley's window: the article list, the timeline, and the
// detail pane, with a toolbar and menus. It takes a fyne.App from main, so
// it builds and tests without the GL driver.
package ui

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/timeline"
)

// Window is Parley's main window and its state.
type Window struct {
	App    fyne.App
	Win    fyne.Window
	TL     *timeline.Timeline
	corpus *model.Corpus
	paths  []string

	articles *widget.List
	detail   *Detail
	status   *widget.Label
	progress *widget.ProgressBarInfinite
	search   *widget.Entry
	// corrections are the analyst's edits, in order.
	corrections []Correction
	filter      Filter
	actorPick   *widget.SelectEntry
	actorIDs    map[string]string
	lanes       *widget.Select
	colorBy     *widget.Select
}

var laneChoices = []string{"By country", "By actor", "By event type", "By article", "All events"}
var laneModes = []timeline.LaneMode{timeline.LanesCountry, timeline.LanesActor, timeline.LanesType, timeline.LanesArticle, timeline.LanesAll}

// New builds the window; call Load to fill it and ShowAndRun to start.
func New(a fyne.App) *Window {
	w := &Window{App: a, Win: a.NewWindow("Parley")}
	w.TL = timeline.NewTimeline()
	w.followTheme()
	a.Settings().AddListener(func(fyne.Settings) { w.followTheme() })
	w.detail = NewDetail()
	w.detail.OnRename = w.renameActorDialog
	w.detail.OnMerge = w.mergeActorsDialog
	w.detail.OnSplit = w.splitDialog
	w.status = widget.NewLabel("")
	w.progress = widget.NewProgressBarInfinite()
	w.progress.Hide()
	w.progress.Stop()

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
	w.lanes.SetSelected(laneChoices[0])
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
		widget.NewToolbarAction(theme.DocumentSaveIcon(), w.exportDialog),
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
	bottom := container.NewBorder(nil, nil, nil, w.progress, w.status)
	w.Win.SetContent(container.NewBorder(top, bottom, nil, nil, main))
	w.Win.SetMainMenu(w.menu())
	w.Win.Resize(fyne.NewSize(1280, 800))
	w.Win.Canvas().Focus(w.TL)
	w.corpus = &model.Corpus{}
	return w
}

// followTheme draws the timeline light or dark as the app's theme is.
func (w *Window) followTheme() {
	if w.App.Settings().ThemeVariant() == theme.VariantDark {
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
	if !a.HasDate() {
		return fmt.Sprintf("⚠ no date: events unplaced · %d events", events)
	}
	return fmt.Sprintf("%s · %d events", a.Published.Format("Mon 2 Jan 2006"), events)
}

func (w *Window) menu() *fyne.MainMenu {
	file := fyne.NewMenu("File",
		fyne.NewMenuItem("Open files…", w.openDialog),
		fyne.NewMenuItem("Open folder…", w.openFolderDialog),
		fyne.NewMenuItem("Export PNG…", w.exportDialog),
	)
	edit := fyne.NewMenu("Edit",
		fyne.NewMenuItem("Rename an actor…", w.renameActorDialog),
		fyne.NewMenuItem("Merge two actors…", w.mergeActorsDialog),
		fyne.NewMenuItem("Split the selected event…", w.splitDialog),
	)
	view := fyne.NewMenu("View",
		fyne.NewMenuItem("Zoom in (+)", w.TL.ZoomIn),
		fyne.NewMenuItem("Zoom out (−)", w.TL.ZoomOut),
		fyne.NewMenuItem("Fit all (Home)", w.TL.Fit),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Light theme", func() { w.TL.SetStyle(timeline.LightStyle()) }),
		fyne.NewMenuItem("Dark theme", func() { w.TL.SetStyle(timeline.DarkStyle()) }),
		fyne.NewMenuItemSeparator(),
	)
	local := fyne.NewMenuItem("Times in local time ("+time.Local.String()+")", nil)
	local.Action = func() {
		local.Checked = !local.Checked
		if local.Checked {
			w.TL.SetLocation(time.Local)
		} else {
			w.TL.SetLocation(nil)
		}
		view.Refresh()
	}
	view.Items = append(view.Items, local)
	help := fyne.NewMenu("Help",
		fyne.NewMenuItem("Mouse and keys", func() {
			dialog.ShowInformation("Mouse and keys", helpText, w.Win)
		}),
	)
	return fyne.NewMainMenu(file, edit, view, help)
}

const helpText = `Wheel: zoom about the pointer · Shift+wheel: pan
Wheel over lane names: scroll lanes
Drag: pan · Ctrl+drag: zoom to a range · drag the overview strip: move
Hover: details · Click: select · Double-click: zoom in / open
Click a cluster: zoom into it
Keys: ← → pan · ↑ ↓ lanes · + − zoom · Home fit all
N / P next / previous event · Enter open · Esc clear`

// Load reads paths (the embedded sample when empty) in the background and
// shows the result; the window stays responsive meanwhile.
func (w *Window) Load(paths []string) {
	w.paths = paths
	w.progress.Show()
	w.progress.Start()
	w.status.SetText("Reading articles…")
	go func() {
		var msgs []string
		c, _ := cli.LoadCorpus(paths, time.Time{}, nil, func(err error) { msgs = append(msgs, err.Error()) })
		fyne.Do(func() {
			w.progress.Stop()
			w.progress.Hide()
			w.SetCorpus(c)
			if len(msgs) > 0 {
				for _, m := range msgs {
					fmt.Fprintln(os.Stderr, "parley:", m)
				}
				dialog.ShowError(fmt.Errorf("%d problem(s) while reading:\n%s", len(msgs), strings.Join(first(msgs, 8), "\n")), w.Win)
			}
		})
	}()
}

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
	w.detail.Clear()
	w.TL.SetCorpus(c)
	w.articles.Refresh()
	w.refreshActorChoices()
	w.applyFilter()
	w.Win.SetTitle(fmt.Sprintf("Parley — %d articles, %d events", len(c.Articles), len(c.Events)))
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

// highlightArticle rings the events reported by one article.
func (w *Window) highlightArticle(id string) {
	w.TL.Filter(func(it *timeline.Item) (bool, bool, bool) {
		if it.Event.Article == id {
			return true, false, true
		}
		for _, s := range it.Event.Sources {
			if s.Article == id {
				return true, false, true
			}
		}
		return true, true, false
	})
}
