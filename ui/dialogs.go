package ui

import (
	"fmt"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

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
		if err := w.ExportPNG(path); err != nil {
			dialog.ShowError(err, w.Win)
			return
		}
		w.status.SetText("Exported " + path)
	}, w.Win)
	d.SetFileName("timeline.png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
	d.Show()
}

// ExportPNG writes the visible range of the timeline, in the current lane
// and colour modes, at twice the window's resolution.
func (w *Window) ExportPNG(path string) error {
	if !strings.HasSuffix(strings.ToLower(path), ".png") {
		path += ".png"
	}
	from, to := w.TL.View()
	o := timeline.ExportOptions{Width: w.settings.ExportWidth, Scale: float32(w.settings.ExportScale), From: from, To: to, Lanes: w.TL.LaneMode(), ColorBy: w.TL.ColorBy(), Style: w.TL.Style(), Selected: w.TL.Selected()}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := timeline.WritePNG(f, w.corpus, o); err != nil {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("%s: %v", path, err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
