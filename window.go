package main

import (
	"fmt"
	"os"
)

// runWindow opens the main window (being built).
func runWindow(args []string) int {
	fmt.Fprintln(os.Stderr, "parley: the window is not built yet")
	return 1
}
