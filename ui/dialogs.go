package ui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-app/parley/model/project"
	"github.com/parley-app/parley/timeline"
)

func (w *Window) openDialog() {
	dialog.ShowFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		w.AddSources([]string{path})
	}, w.Win)
}

func (w *Window) openFolderDialog() {
	dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		if u == nil {
			return
		}
		w.AddSources([]string{u.Path()})
	}, w.Win)
}

func (w *Window) exportDialog() {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		if err := w.Export(path); err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		w.status.SetText("Exported " + path)
	}, w.Win)
	d.SetFileName("timeline.png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".svg", ".pdf"}))
	d.Show()
}

// Export writes the visible range of the timeline, in the current lane
// and colour modes and theme, to path: PNG, SVG or PDF by its extension
// (PNG when it has none).
func (w *Window) Export(path string) error {
	ext := strings.ToLower(filepath.Ext(path))
	write := timeline.WritePNG
	switch ext {
	case ".svg":
		write = timeline.WriteSVG
	case ".pdf":
		write = timeline.WritePDF
	case ".png":
	default:
		path += ".png"
	}
	from, to := w.TL.View()
	o := timeline.ExportOptions{Width: w.settings.ExportWidth, Scale: float32(w.settings.ExportScale), From: from, To: to,
		Lanes: w.TL.LaneMode(), ColorBy: w.TL.ColorBy(), Style: w.TL.Style(), Selected: w.TL.Selected(), Title: w.project.Title}
	if w.localTime {
		o.Loc = time.Local
	}
	var buf bytes.Buffer
	if err := write(&buf, w.corpus, o); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := project.WriteAtomic(path, buf.Bytes()); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}
