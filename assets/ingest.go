package assets

import "embed"

// Ingest holds the tables model/ingest reads when it opens GDELT and
// ICEWS event files: how CAMEO actor codes and ICEWS actor names become
// Parley actors (cameo.toml). The header of each file explains its keys.
//
//go:embed ingest
var Ingest embed.FS
