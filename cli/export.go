package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/timeline"
)

func init() {
	register(&Command{
		Name:    "export",
		Usage:   "-o OUT.png|OUT.svg|OUT.pdf [--width W] [--height H] [--scale S] [--from DATE] [--to DATE] [--lanes MODE] [--title T] [--dct YYYY-MM-DD] [FILE|DIR...]",
		Summary: "draw the timeline into a PNG, SVG or PDF file without a display (the embedded sample when no FILE)",
		Run:     runExport,
	})
}

func runExport(env *Env, args []string) int {
	fs := newFlags(env, commands["export"])
	out := fs.String("o", "", "output `file`: .png, .svg or .pdf (the extension picks the format)")
	width := fs.Int("width", 1600, "width in logical `pixels`")
	height := fs.Int("height", 0, "height in logical `pixels` (0 fits the lanes)")
	scale := fs.Float64("scale", 1, "device pixels per logical pixel of a PNG (2 or 4 for print)")
	from := fs.String("from", "", "first `DATE` shown (YYYY-MM-DD; default: all events)")
	to := fs.String("to", "", "last `DATE` shown")
	lanes := fs.String("lanes", "country", "lane `mode`: all, country, actor, type or article")
	colorBy := fs.String("color", "type", "colour marks by `type` or goldstein")
	title := fs.String("title", "", "title printed above the timeline")
	dark := fs.Bool("dark", false, "dark theme")
	cf := addCorpusFlags(fs)
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	if *out == "" {
		env.Errorf("export needs -o OUT.png, OUT.svg or OUT.pdf")
		return 2
	}
	ext := strings.ToLower(filepath.Ext(*out))
	writer, ok := exportWriters[ext]
	if !ok {
		env.Errorf("-o %s: unsupported format %q (want .png, .svg or .pdf)", *out, ext)
		return 2
	}
	if *width < 100 || *width > 40000 || *height < 0 || *height > 40000 || *scale <= 0 || *scale > 8 {
		env.Errorf("size out of range: width 100–40000, height 0–40000, scale up to 8")
		return 2
	}
	if ext == ".png" && float64(*width)**scale > timeline.MaxExportSide {
		env.Errorf("a PNG %.0f px wide is too large: width × scale may be at most %d", float64(*width)**scale, timeline.MaxExportSide)
		return 2
	}
	mode, err := timeline.ParseLaneMode(*lanes)
	if err != nil {
		env.Errorf("--lanes: %v", err)
		return 2
	}
	o := timeline.ExportOptions{Width: *width, Height: *height, Scale: float32(*scale), Lanes: mode, Title: *title}
	switch *colorBy {
	case "type", "category":
	case "goldstein":
		o.ColorBy = timeline.ColorByGoldstein
	default:
		env.Errorf("--color %q: want type or goldstein", *colorBy)
		return 2
	}
	if *dark {
		o.Style = timeline.DarkStyle()
	}
	if *from != "" {
		d, err := model.ParseDay(*from)
		if err != nil {
			env.Errorf("--from: %v", err)
			return 2
		}
		o.From = d.Start
	}
	if *to != "" {
		d, err := model.ParseDay(*to)
		if err != nil {
			env.Errorf("--to: %v", err)
			return 2
		}
		o.To = d.End
	}
	if !o.From.IsZero() && !o.To.IsZero() && !o.To.After(o.From) {
		env.Errorf("--to must be after --from")
		return 2
	}
	c, code, ok := cf.load(env, positional(fs))
	if !ok {
		return code
	}
	if o.Title == "" {
		o.Title = defaultTitle(c)
	}
	if err := writeAtomic(*out, func(f *os.File) error {
		bw := bufio.NewWriterSize(f, 1<<16)
		if err := writer(bw, c, o); err != nil {
			return err
		}
		return bw.Flush()
	}); err != nil {
		env.Errorf("%s: %v", *out, err)
		return 1
	}
	return code
}

// exportWriters draw the picture in each format, chosen by the output
// file's extension; all draw through the same timeline.DrawExport.
var exportWriters = map[string]func(io.Writer, *model.Corpus, timeline.ExportOptions) error{
	".png": timeline.WritePNG,
	".svg": timeline.WriteSVG,
	".pdf": timeline.WritePDF,
}

// defaultTitle names a picture after its only article, or counts them.
func defaultTitle(c *model.Corpus) string {
	if len(c.Articles) == 1 && c.Articles[0].Title != "" {
		return c.Articles[0].Title
	}
	return fmt.Sprintf("Diplomatic timeline: %d articles, %d events", len(c.Articles), len(c.Events))
}

// writeAtomic writes a file through a temporary file in the same folder
// and renames it into place, so a failed export never leaves half a file
// where a good one was.
func writeAtomic(path string, write func(*os.File) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file private; an exported picture is not.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
