package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/export"
)

func init() {
	register(&Command{
		Name:    "extract",
		Usage:   "[--format json|csv|timelinejs|timeml] [-o FILE|DIR] [--dct YYYY-MM-DD] [--actors FILE] [FILE|DIR...]",
		Summary: "print the dates, actors and events found in articles (the embedded sample when no FILE)",
		Doc: "Formats: json, Parley's own (the default; the window opens it again); csv, one row per event;\n" +
			"timelinejs, a TimelineJS3 document to publish the timeline on the web; timeml, one TimeML\n" +
			"document per article with TIMEX3 and EVENT tags: printed when there is one article, else\n" +
			"written as NAME.tml files into the folder given by -o DIR.",
		Run: runExtract,
	})
}

func runExtract(env *Env, args []string) int {
	fs := newFlags(env, commands["extract"])
	format := fs.String("format", "json", "output `format`: json, csv, timelinejs or timeml")
	out := fs.String("o", "", "write to this `file` (a folder for timeml with several articles) instead of standard output")
	title := fs.String("title", "", "title of the TimelineJS document")
	group := fs.String("group", "country", "TimelineJS rows: country, type or none")
	cf := addCorpusFlags(fs)
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	switch *format {
	case "json", "csv", "timelinejs", "timeml":
	default:
		env.Errorf("--format %q: want json, csv, timelinejs or timeml", *format)
		return 2
	}
	g := export.Grouping(*group)
	if g != export.GroupCountry && g != export.GroupType && g != export.GroupNone {
		env.Errorf("--group %q: want country, type or none", *group)
		return 2
	}
	c, code, ok := cf.load(env, positional(fs))
	if !ok {
		return code
	}
	if *format == "timeml" {
		if !writeTimeML(env, c, *out) {
			return 1
		}
		return code
	}
	write := func(w io.Writer) error {
		switch *format {
		case "csv":
			return export.WriteCSV(w, c)
		case "timelinejs":
			t := *title
			if t == "" {
				t = defaultTitle(c)
			}
			skipped, err := export.WriteTimelineJS(w, c, t, g)
			if skipped > 0 {
				env.Errorf("%d undated events left out of the TimelineJS document", skipped)
			}
			return err
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(c)
	}
	if err := writeOut(env, *out, write); err != nil {
		env.Errorf("%v", err)
		return 1
	}
	return code
}

// writeOut writes to standard output, or to path through a temporary file.
func writeOut(env *Env, path string, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriterSize(env.Stdout, 1<<16)
		if err := write(bw); err != nil {
			return fmt.Errorf("writing: %v", err)
		}
		return bw.Flush()
	}
	err := writeAtomic(path, func(f *os.File) error {
		bw := bufio.NewWriterSize(f, 1<<16)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// writeTimeML prints the one article's TimeML, or writes one file per
// article into the folder out.
func writeTimeML(env *Env, c *model.Corpus, out string) bool {
	names := export.TimeMLNames(c.Articles)
	if len(names) == 0 {
		env.Errorf("--format timeml: %v", export.ErrNoText)
		return false
	}
	if len(names) > 1 {
		if out == "" || out == "-" {
			env.Errorf("--format timeml: %d articles make %d documents; give a folder with -o DIR", len(names), len(names))
			return false
		}
		if err := os.MkdirAll(out, 0o755); err != nil {
			env.Errorf("%v", err)
			return false
		}
	}
	ok := true
	for _, a := range c.Articles {
		name, has := names[a]
		if !has {
			continue
		}
		path := out
		if len(names) > 1 {
			path = filepath.Join(out, name)
		} else if info, err := os.Stat(out); err == nil && info.IsDir() {
			path = filepath.Join(out, name)
		}
		err := writeOut(env, path, func(w io.Writer) error {
			skipped, err := export.WriteTimeML(w, c, a)
			if skipped > 0 {
				env.Errorf("%s: %d event triggers overlap a date or another trigger and are not tagged", a.Path, skipped)
			}
			return err
		})
		if err != nil {
			env.Errorf("%v", err)
			ok = false
		}
	}
	return ok
}
