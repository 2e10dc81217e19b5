package cli

import (
	"errors"
	"flag"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/project"
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
// none), merging in any Parley JSON among them, as the window builds a
// project. Problems go to warn; failed is true when a file was skipped.
func LoadCorpus(paths []string, dct time.Time, actorsFile string, warn func(error)) (c *model.Corpus, failed bool) {
	p := project.New()
	p.Sample = len(paths) == 0
	p.Sources = paths
	p.DCT = dct
	p.ActorsFile = actorsFile
	c = p.Build(func(err error) {
		var s *project.Skipped
		if errors.As(err, &s) {
			failed = true
		}
		warn(err)
	})
	return c, failed
}

// load runs LoadCorpus for a command, printing problems as it goes. It
// returns the exit status for failures: 1 when any file was skipped.
func (cf *corpusFlags) load(env *Env, paths []string) (*model.Corpus, int, bool) {
	dct, ok := parseDCT(env, *cf.dct)
	if !ok {
		return nil, 2, false
	}
	c, failed := LoadCorpus(paths, dct, *cf.actors, func(err error) { env.Errorf("%v", err) })
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
