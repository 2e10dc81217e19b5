// Command parley turns news articles into an interactive timeline of
// diplomatic developments. With no arguments, or with files to open, it
// shows the window; with a subcommand (extract, tag, export, …) it runs
// headless.
package main

import (
	"os"

	"github.com/parley-app/parley/cli"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(cli.DefaultEnv(), args))
	}
	os.Exit(runWindow(args))
}
