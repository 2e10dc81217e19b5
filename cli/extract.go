package cli

import (
	"encoding/json"
)

func init() {
	register(&Command{
		Name:  "extract",
		Usage: "[--dct YYYY-MM-DD] [--actors FILE] [FILE|DIR...]",
		Summary: "print the dates, actors and events found in articles as JSON " +
			"(the embedded sample when no FILE)",
		Run: runExtract,
	})
}

func runExtract(env *Env, args []string) int {
	fs := newFlags(env, commands["extract"])
	cf := addCorpusFlags(fs)
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	c, code, ok := cf.load(env, positional(fs))
	if !ok {
		return code
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		env.Errorf("writing JSON: %v", err)
		return 1
	}
	return code
}
