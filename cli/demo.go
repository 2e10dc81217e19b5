package cli

import (
	"bufio"
	"encoding/json"

	"github.com/parley-app/parley/model/synth"
)

func init() {
	register(&Command{
		Name:    "demo",
		Usage:   "[--events N] [--seed S]",
		Summary: "print N synthetic events as extract JSON, for trying the timeline at scale",
		Run:     runDemo,
	})
}

func runDemo(env *Env, args []string) int {
	fs := newFlags(env, commands["demo"])
	n := fs.Int("events", 10000, "number of `events`")
	seed := fs.Uint64("seed", 1, "random `seed`; the same seed gives the same events")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if *n < 0 || *n > 10_000_000 {
		env.Errorf("--events %d: want 0 to 10000000", *n)
		return 2
	}
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
	if err := json.NewEncoder(w).Encode(synth.Corpus(*n, *seed)); err != nil {
		env.Errorf("writing JSON: %v", err)
		return 1
	}
	if err := w.Flush(); err != nil {
		env.Errorf("writing JSON: %v", err)
		return 1
	}
	return 0
}
