package cli

import (
	"flag"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/extract"
	"github.com/parley-app/parley/model/ingest"
)

// corpusFlags are the options every command that reads articles shares.
type corpusFlags struct {
	dct    *string
	actors *string
}

func addCorpusFlags(fs *flag.FlagSet) *corpusFlags {
	return &corpusFlags{
		dct:    fs.String("dct", "", "publication day `YYYY-MM-DD` for articles whose date cannot be found"),
		actors: fs.String("actors", "", "extra gazetteer `FILE` (TOML, same schema as ~/.config/parley/actors.toml)"),
	}
}

// LoadCorpus reads and extracts paths (the embedded sample when there are
// none), merging in any Parley JSON among them. Problems go to warn; ok is
// false when nothing could be read at all.
func LoadCorpus(paths []string, dct time.Time, actorFiles []string, warn func(error)) (c *model.Corpus, failed bool) {
	var r *ingest.Result
	if len(paths) == 0 {
		r = ingest.LoadFS(assets.Samples, "samples")
		for _, a := range r.Articles {
			a.Path = "sample:" + a.Path
		}
	} else {
		r = ingest.Load(paths)
	}
	for _, w := range r.Warnings {
		warn(w)
	}
	for _, e := range r.Errors {
		warn(e)
	}
	p, perrs := extract.New(actorFiles...)
	for _, e := range perrs {
		warn(e)
	}
	c = p.Run(r.Articles, extract.Options{DCT: dct, Warn: warn})
	extract.Merge(c, r.Corpora...)
	return c, len(r.Errors) > 0
}

// load runs LoadCorpus for a command, printing problems as it goes. It
// returns the exit status for failures: 1 when any file was skipped.
func (cf *corpusFlags) load(env *Env, paths []string) (*model.Corpus, int, bool) {
	dct, ok := parseDCT(env, *cf.dct)
	if !ok {
		return nil, 2, false
	}
	var files []string
	if *cf.actors != "" {
		files = append(files, *cf.actors)
	}
	c, failed := LoadCorpus(paths, dct, files, func(err error) { env.Errorf("%v", err) })
	if len(c.Articles) == 0 && len(paths) > 0 {
		env.Errorf("no article could be read")
		return c, 1, false
	}
	code := 0
	if failed {
		code = 1
	}
	return c, code, true
}

func parseDCT(env *Env, s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, true
	}
	d, err := model.ParseDay(s)
	if err != nil || d.Gran != model.GranDay {
		env.Errorf("--dct %q: want a day as YYYY-MM-DD", s)
		return time.Time{}, false
	}
	return d.Start, true
}
