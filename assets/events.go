package assets

import "embed"

// Events holds the event-coding tables read by model/events: the CAMEO
// codes with their labels and Goldstein scores (codes.toml), the trigger
// lexicon, one file per CAMEO root (triggers/), the modality cues
// (modality.toml), the small grammar word lists (grammar.toml), irregular
// verb forms (verbs.toml), the word classes phrases name as "@weapons"
// (classes.toml) and phrases that look like triggers but are not
// (ignore.toml). The header of each file explains its keys.
//
//go:embed events
var Events embed.FS
