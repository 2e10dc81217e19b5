package assets

import "embed"

// Gazetteer holds the actor tables read by model/actors: countries, regions
// and blocs, international organisations, people, news media, places and
// the word lists its name patterns use. Every file is TOML in one schema,
// described in the header of gazetteer/countries.toml.
//
//go:embed gazetteer
var Gazetteer embed.FS
