package main

import (
	"fyne.io/fyne/v2/app"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/ui"

	"fyne.io/fyne/v2"
)

// runWindow opens the main window on the given files, or on the embedded
// sample when there are none.
func runWindow(args []string) int {
	a := app.NewWithID("app.parley.desktop")
	a.SetIcon(fyne.NewStaticResource("parley.png", assets.Icon))
	w := ui.New(a)
	w.Load(args)
	w.Win.ShowAndRun()
	return 0
}
