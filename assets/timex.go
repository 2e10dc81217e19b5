package assets

import "embed"

// Timex holds the temporal tagger's tables under timex/: the lexicon of
// temporal words, the pattern rules with their examples, and the negative
// corpus (see model/timex).
//
//go:embed timex
var Timex embed.FS
