// Package ingest reads articles (and previously extracted corpora) from
// files and folders. Every reader turns bytes into model.Article values
// whose Text is valid UTF-8; a bad file is reported with its name and
// skipped, never fatal to the others.
package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/parley-app/parley/model"
)

// MaxFileSize is the largest article file read whole. Larger files are
// refused with a message rather than exhausting memory.
const MaxFileSize = 64 << 20

// FileError is a problem with one input file (and record, for files that
// hold many).
type FileError struct {
	Path   string
	Record int // 1-based record number within the file, 0 for the whole file
	Err    error
}

func (e *FileError) Error() string {
	if e.Record > 0 {
		return fmt.Sprintf("%s: record %d: %v", e.Path, e.Record, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *FileError) Unwrap() error { return e.Err }

// Result is what a load produced: articles to extract, corpora that were
// already extracted (Parley's own JSON), warnings about what was
// repaired, and errors about what was skipped.
type Result struct {
	Articles []*model.Article
	Corpora  []*model.Corpus
	Warnings []error
	Errors   []error
}

// Load reads every path: files by their extension, folders recursively
// (hidden entries skipped). Articles get ids a1, a2, … in input order.
func Load(paths []string) *Result { return LoadWith(paths, LoadOptions{}) }

// LoadOptions change how LoadWith reads.
type LoadOptions struct {
	// Progress, when set, is called now and then with the bytes read so
	// far and the total size of every file to read, so that a window can
	// show a progress bar over a million-row event file.
	Progress func(done, total int64)
	// Context, when set, stops the load when it is cancelled; the Result
	// then holds what was read before and an error wrapping Context.Err().
	Context context.Context
}

// LoadWith is Load with progress reports and cancellation.
func LoadWith(paths []string, o LoadOptions) *Result {
	r := &Result{}
	var files []inputFile
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			r.Errors = append(r.Errors, &FileError{Path: p, Err: cleanErr(err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, inputFile{os.DirFS(filepath.Dir(p)), filepath.Base(p), p, info.Size()})
			continue
		}
		files = r.listDir(files, os.DirFS(p), ".", p)
	}
	r.loadAll(files, o)
	r.number()
	return r
}

// LoadFS reads every supported file under dir in fsys (the embedded
// samples), in name order.
func LoadFS(fsys fs.FS, dir string) *Result {
	r := &Result{}
	r.loadAll(r.listDir(nil, fsys, dir, dir), LoadOptions{})
	r.number()
	return r
}

// inputFile is one file to read: where it is and how it is shown in messages.
type inputFile struct {
	fsys  fs.FS
	name  string
	shown string
	size  int64
}

// loadAll reads files in order, reporting progress in bytes.
func (r *Result) loadAll(files []inputFile, o LoadOptions) {
	var total, done int64
	for _, f := range files {
		total += f.size
	}
	ctx := o.Context
	if ctx == nil {
		ctx = context.Background()
	}
	progress := func(n int64) {
		if o.Progress != nil {
			o.Progress(min(done+n, total), total)
		}
	}
	progress(0)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			r.Errors = append(r.Errors, fmt.Errorf("loading stopped before %s: %w", f.shown, err))
			return
		}
		r.loadFile(ctx, f.fsys, f.name, f.shown, progress)
		done += f.size
		progress(0)
	}
}

func (r *Result) number() {
	for i, a := range r.Articles {
		if a.ID == "" {
			a.ID = fmt.Sprintf("a%d", i+1)
		}
	}
}

func cleanErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// listDir appends the supported files under dir, in name order.
func (r *Result) listDir(files []inputFile, fsys fs.FS, dir, shown string) []inputFile {
	var names []string
	sizes := map[string]int64{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.Errors = append(r.Errors, &FileError{Path: filepath.Join(shown, p), Err: cleanErr(err)})
			return nil
		}
		name := d.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && Supported(name) {
			names = append(names, p)
			if info, err := d.Info(); err == nil {
				sizes[p] = info.Size()
			}
		}
		return nil
	})
	if err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: cleanErr(err)})
	}
	slices.Sort(names)
	for _, p := range names {
		rel, _ := filepath.Rel(dir, p)
		files = append(files, inputFile{fsys, p, filepath.Join(shown, rel), sizes[p]})
	}
	return files
}

// Supported reports whether a file name has an extension Parley reads.
func Supported(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".tml", ".timeml":
		return true
	case ".html", ".htm", ".xhtml", ".rss", ".atom", ".xml":
		return true
	}
	return isEventFileName(name)
}

// loadFile reads one file by its extension. progress receives the bytes
// of this file read so far (only event files, which stream, report
// within a file).
func (r *Result) loadFile(ctx context.Context, fsys fs.FS, name, shown string, progress func(int64)) {
	if isEventFileName(name) {
		// Event exports stream row by row: MaxFileSize does not apply.
		r.loadEvents(ctx, fsys, name, shown, progress)
		return
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: cleanErr(err)})
		return
	}
	if info.Size() > MaxFileSize {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: fmt.Errorf("file is %d MB; articles larger than %d MB are not read", info.Size()>>20, MaxFileSize>>20)})
		return
	}
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: cleanErr(err)})
		return
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".json", ".jsonl":
		r.loadJSON(raw, shown, ext == ".jsonl")
		return
	case ".html", ".htm", ".xhtml":
		r.loadHTML(raw, shown)
		return
	case ".rss", ".atom", ".xml":
		r.loadFeed(raw, shown)
		return
	}
	text, warn, err := DecodeText(raw)
	if err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: err})
		return
	}
	if warn != "" {
		r.Warnings = append(r.Warnings, &FileError{Path: shown, Err: errors.New(warn)})
	}
	if strings.TrimSpace(text) == "" {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: errors.New("file is empty")})
		return
	}
	a := &model.Article{Path: shown, Text: text}
	switch ext {
	case ".md", ".markdown":
		if err := frontMatter(a); err != nil {
			r.Warnings = append(r.Warnings, &FileError{Path: shown, Err: err})
		}
	}
	if a.Title == "" {
		a.Title = guessTitle(a.Text, shown)
	}
	if !a.HasDate() {
		if d, ok := Dateline(a.Text); ok {
			a.Published, a.DateSource = d, "dateline"
		}
	}
	r.Articles = append(r.Articles, a)
}

// DecodeText turns file bytes into UTF-8 text: UTF-8 as is (a BOM
// dropped), UTF-16 with a BOM converted, anything else that is not valid
// UTF-8 read as Latin-1 with a warning. Binary data is an error.
func DecodeText(raw []byte) (text, warning string, err error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		raw = raw[3:]
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		if err != nil {
			return "", "", fmt.Errorf("not valid UTF-16: %v", err)
		}
		return string(out), "converted from UTF-16", nil
	}
	if looksBinary(raw) {
		return "", "", errors.New("not a text file (binary data)")
	}
	if utf8.Valid(raw) {
		return string(raw), "", nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(raw)
	if err != nil {
		out, _ = charmap.ISO8859_1.NewDecoder().Bytes(raw)
	}
	return string(out), "not valid UTF-8; read as Latin-1 (Windows-1252)", nil
}

// looksBinary reports NUL bytes or many control characters in the first 8 KB.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(b)/20+1
}

// guessTitle takes a short first line as the headline, else the file name.
func guessTitle(text, path string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(text), "\n")
	line = strings.TrimSpace(line)
	if n := utf8.RuneCountInString(line); n > 0 && n <= 120 && !strings.HasSuffix(line, ".") {
		return line
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// frontMatter reads a leading block of "key: value" lines between "---"
// fences (title, date), removes it from the text by blanking it with
// spaces so that offsets into the body stay offsets into the file.
func frontMatter(a *model.Article) error {
	t := a.Text
	if !strings.HasPrefix(t, "---") {
		return nil
	}
	nl := strings.IndexByte(t, '\n')
	if nl < 0 || strings.TrimSpace(t[:nl]) != "---" {
		return nil
	}
	end := strings.Index(t[nl:], "\n---")
	if end < 0 {
		return errors.New("front matter starts with --- but never ends")
	}
	end += nl
	block := t[nl+1 : end]
	close := end + 4
	if i := strings.IndexByte(t[close:], '\n'); i >= 0 {
		close += i + 1
	} else {
		close = len(t)
	}
	var bad error
	for _, line := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch k {
		case "title":
			a.Title = v
		case "date", "published", "pubdate":
			d, err := model.ParseDay(v)
			if err != nil {
				if t, err2 := time.Parse(time.RFC1123Z, v); err2 == nil {
					d = model.SpanOf(t, model.GranDay)
				} else {
					bad = fmt.Errorf("front matter date: %v", err)
					continue
				}
			}
			a.Published, a.DateSource = d.Start, "front matter"
		case "url", "link":
			a.URL = v
		}
	}
	// Blank the block so detectors do not read it as text, keeping offsets.
	a.Text = strings.Repeat(" ", close-1) + "\n" + t[close:]
	return bad
}

// articleJSON is one record of a JSON or JSON Lines article file.
type articleJSON struct {
	Title     string `json:"title"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	URL       string `json:"url"`
}

// loadJSON reads Parley's own corpus JSON (with "events"), an array of
// article records, or JSON Lines of records.
func (r *Result) loadJSON(raw []byte, shown string, lines bool) {
	trim := bytes.TrimSpace(raw)
	if len(trim) == 0 {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: errors.New("file is empty")})
		return
	}
	if !lines && trim[0] == '{' {
		// Parley's own corpus JSON has an "events" list; decode it in one
		// pass (it may hold a million events).
		if bytes.Contains(trim, []byte(`"events"`)) {
			var c model.Corpus
			if err := c.UnmarshalJSON(trim); err != nil {
				r.Errors = append(r.Errors, &FileError{Path: shown, Err: jsonErr(trim, err)})
				return
			}
			for _, a := range c.Articles {
				if a.Path == "" {
					a.Path = shown
				}
			}
			r.Corpora = append(r.Corpora, &c)
			return
		}
		r.addRecord(trim, shown, 0)
		return
	}
	if !lines && trim[0] == '[' {
		var recs []json.RawMessage
		if err := json.Unmarshal(trim, &recs); err != nil {
			r.Errors = append(r.Errors, &FileError{Path: shown, Err: jsonErr(trim, err)})
			return
		}
		for i, rec := range recs {
			r.addRecord(rec, shown, i+1)
		}
		return
	}
	for i, line := range bytes.Split(trim, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		r.addRecord(line, shown, i+1)
	}
}

func (r *Result) addRecord(b []byte, shown string, rec int) {
	var aj articleJSON
	if err := json.Unmarshal(b, &aj); err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Record: rec, Err: jsonErr(b, err)})
		return
	}
	text := aj.Text
	if text == "" {
		text = aj.Body
	}
	if strings.TrimSpace(text) == "" {
		r.Errors = append(r.Errors, &FileError{Path: shown, Record: rec, Err: errors.New(`no "text"`)})
		return
	}
	a := &model.Article{Title: aj.Title, Text: text, URL: aj.URL, Path: shown}
	if rec > 0 {
		a.Path = fmt.Sprintf("%s#%d", shown, rec)
	}
	ds := aj.Published
	if ds == "" {
		ds = aj.Date
	}
	if ds != "" {
		if t, ok := ParseLooseDate(ds); ok {
			a.Published, a.DateSource = t, "metadata"
		} else {
			r.Warnings = append(r.Warnings, &FileError{Path: shown, Record: rec, Err: fmt.Errorf("published %q is not a date; the article is undated", ds)})
		}
	}
	if !a.HasDate() {
		if d, ok := Dateline(a.Text); ok {
			a.Published, a.DateSource = d, "dateline"
		}
	}
	if a.Title == "" {
		a.Title = guessTitle(a.Text, shown)
	}
	r.Articles = append(r.Articles, a)
}

// jsonErr adds the line number to a JSON syntax error.
func jsonErr(b []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line := 1 + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
		return fmt.Errorf("line %d: %v", line, err)
	}
	return err
}

// ParseLooseDate reads the date formats metadata uses: ISO dates and
// timestamps, RFC 1123/822 (feeds), "February 18, 2025", "18 Feb 2025".
func ParseLooseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	layouts := []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04",
		time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
		"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "January 2 2006", "2006/01/02", "20060102"}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			y, m, d := t.Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
