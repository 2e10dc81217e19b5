package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"github.com/parley-app/parley/model/project"
	"github.com/parley-app/parley/timeline"
)

// openPath shows a file (or, with folder, a folder) chooser and passes
// the chosen path on.
func (w *Window) openPath(exts []string, then func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		r.Close()
		then(path)
	}, w.Win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Show()
}

// savePath asks where to save and calls save with the path. The chooser
// creates an empty file there; it is removed first so that save, which
// writes atomically, leaves nothing behind when it fails.
func (w *Window) savePath(name string, exts []string, save func(path string) error) {
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
		if fi, err := os.Stat(path); err == nil && fi.Size() == 0 {
			os.Remove(path)
		}
		if err := save(path); err != nil {
			dialog.ShowError(err, w.Win)
		}
	}, w.Win)
	d.SetFileName(name)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	d.Show()
}

func (w *Window) openDialog() {
	w.openPath(nil, func(path string) { w.AddSources([]string{path}) })
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
	w.savePath("timeline.png", []string{".png", ".svg", ".pdf"}, func(path string) error {
		if err := w.Export(path); err != nil {
			return err
		}
		w.status.SetText("Exported " + path)
		return nil
	})
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
		Lanes: w.TL.LaneMode(), ColorBy: w.TL.ColorBy(), Style: w.TL.Style(), Selected: w.TL.Selected(), Title: w.project.Title,
		Filter: w.filter.Func(w.corpus)}
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
