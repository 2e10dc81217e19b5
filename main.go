// Command parley turns news articles into an interactive timeline of
// diplomatic developments. With no arguments, or with files to open, it
// shows the window; with a subcommand (extract, tag, export, …) it runs
// headless.
//
// This is the only file that imports Fyne's app package (and with it the
// OpenGL driver); everything else builds and tests without cgo.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/cli"
	"github.com/parley-app/parley/ui"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(cli.DefaultEnv(), args))
	}
	os.Exit(runWindow(args))
}

// runWindow opens the main window on the given files or project, or on the
// embedded sample when there are none.
func runWindow(args []string) int {
	a := app.NewWithID("app.parley.desktop")
	a.SetIcon(fyne.NewStaticResource("parley.png", assets.Icon))
	w := ui.New(a)
	w.Load(args)
	w.Win.ShowAndRun()
	return 0
}
