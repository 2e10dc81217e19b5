package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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

// savePath asks for a folder and a file name and calls save with the
// path. It does not use Fyne's save dialog, which creates (and so empties)
// the chosen file before handing it over: here nothing touches the file
// until save writes it atomically, so a failed save never costs the file
// it was meant to replace. An existing file is replaced only after asking.
func (w *Window) savePath(name string, exts []string, save func(path string) error) {
	dir := w.lastDir
	if dir == "" {
		if w.project.Path != "" {
			dir = filepath.Dir(w.project.Path)
		} else if wd, err := os.Getwd(); err == nil {
			dir = wd
		}
	}
	folder := widget.NewEntry()
	folder.SetText(dir)
	file := widget.NewEntry()
	file.SetText(name)
	choose := widget.NewButton("Choose…", func() {
		dialog.ShowFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				folder.SetText(u.Path())
			}
		}, w.Win)
	})
	hint := "file name"
	if len(exts) > 0 {
		hint = "file name (" + strings.Join(exts, ", ") + ")"
	}
	form := dialog.NewForm("Save as", "Save", "Cancel", []*widget.FormItem{
		widget.NewFormItem("Folder", container.NewBorder(nil, nil, nil, choose, folder)),
		formItem("Name", file, hint),
	}, func(ok bool) {
		if !ok || strings.TrimSpace(file.Text) == "" {
			return
		}
		path := filepath.Join(folder.Text, strings.TrimSpace(file.Text))
		do := func() {
			w.lastDir = folder.Text
			if err := save(path); err != nil {
				dialog.ShowError(err, w.Win)
			}
		}
		if fi, err := os.Stat(path); err == nil && !fi.IsDir() {
			dialog.ShowConfirm("Replace file?", filepath.Base(path)+" already exists. Replace it?", func(yes bool) {
				if yes {
					do()
				}
			}, w.Win)
			return
		}
		do()
	}, w.Win)
	form.Resize(fyne.NewSize(560, 200))
	form.Show()
	w.Win.Canvas().Focus(file)
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
