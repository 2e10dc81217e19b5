// Package assets holds Parley's embedded data: the icon, the sample
// articles, and the rule and gazetteer tables the extraction stages read.
// It imports nothing from Fyne; the user interface wraps the bytes itself.
// Each table family has its own file here with its own //go:embed line.
package assets

import "embed"

// Samples holds the sample articles shown on first launch, written by the
// Parley authors (Markdown with a title/date front matter).
//
//go:embed samples
var Samples embed.FS

// Icon is the application icon (256×256 PNG), drawn for Parley.
//
//go:embed icon.png
var Icon []byte
