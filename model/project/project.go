// Package project keeps an analyst's work: which articles (files, folders
// and pasted texts), the dates they set, the corrections they made to what
// Parley extracted, and how the timeline was shown. A project is a TOML
// file a person can read; saving it is atomic, so a crash or a full disk
// never costs the previous save.
package project

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/extract"
	"github.com/parley-app/parley/model/ingest"
)

// Version is the project format this build writes. A project written by a
// newer Parley opens read-only.
const Version = 1

// Project is the saved state of an analysis.
type Project struct {
	Version int    `toml:"version"`
	Title   string `toml:"title,omitempty"`
	// Sources are files and folders to read, relative to the project file
	// where possible; Sample means the embedded sample articles.
	Sources []string  `toml:"sources,omitempty"`
	Sample  bool      `toml:"sample,omitempty"`
	Pasted  []Pasted  `toml:"pasted,omitempty"`
	Dates   []SetDate `toml:"date,omitempty"`
	// ActorsFile is an extra gazetteer for this project.
	ActorsFile  string       `toml:"actors_file,omitempty"`
	View        View         `toml:"view"`
	Filter      Filter       `toml:"filter"`
	Corrections []Correction `toml:"correction,omitempty"`

	// DCT is the publication date given to articles that have none
	// (parley's --dct); not saved.
	DCT time.Time `toml:"-"`

	// Path is where the project was read from or last saved ("" when new).
	Path string `toml:"-"`
	// ReadOnly is set when the file comes from a newer Parley: saving it
	// could drop what this version does not understand.
	ReadOnly bool `toml:"-"`
}

// Pasted is an article typed or pasted into the window.
type Pasted struct {
	Title     string `toml:"title"`
	Published string `toml:"published,omitempty"` // YYYY-MM-DD
	Text      string `toml:"text"`
}

// SetDate is a publication date the analyst gave an article that had none
// (or a wrong one). Article is the article's path as Parley shows it.
type SetDate struct {
	Article string `toml:"article"`
	Date    string `toml:"published"`
}

// View is how the timeline was shown.
type View struct {
	From      string `toml:"from,omitempty"` // RFC 3339
	To        string `toml:"to,omitempty"`
	Lanes     string `toml:"lanes,omitempty"`
	Color     string `toml:"color,omitempty"`
	Theme     string `toml:"theme,omitempty"`
	LocalTime bool   `toml:"local_time,omitempty"`
	Selected  string `toml:"selected,omitempty"`
}

// Filter is what the timeline was restricted to.
type Filter struct {
	Words      string   `toml:"words,omitempty"`
	Actor      string   `toml:"actor,omitempty"`
	Categories []string `toml:"categories,omitempty"`
	Modalities []string `toml:"modalities,omitempty"`
	From       string   `toml:"from,omitempty"`
	To         string   `toml:"to,omitempty"`
	Dim        bool     `toml:"dim,omitempty"`
}

// Correction kinds.
const (
	RenameActor = "rename-actor" // Actor, Value = new name
	MergeActors = "merge-actors" // Actor merged into Value
	SplitEvent  = "split-event"  // the report at Article/Start leaves its event
	EventDate   = "event-date"   // Value = YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD
	EventType   = "event-type"   // Value = label, Code, Goldstein
	EventActors = "event-actors" // Values = actor ids
	DeleteEvent = "delete-event" // the event at Article/Start
	MergeEvents = "merge-events" // the event at Article/Start into the one at Into/IntoStart
	DeleteActor = "delete-actor" // reserved
)

// Correction is one edit the analyst made to the extraction. Events are
// found again by a report's place (article path and sentence offset),
// which stays true across runs even if event numbers change.
type Correction struct {
	Kind  string `toml:"kind"`
	Actor string `toml:"actor,omitempty"`
	// Event is the id of an event that has no text to anchor it (a row of
	// GDELT or ICEWS data, whose ids are the data's own).
	Event     string   `toml:"event,omitempty"`
	Article   string   `toml:"article,omitempty"`
	Start     int      `toml:"start,omitempty"`
	Trigger   int      `toml:"trigger,omitempty"` // offset of the word that signals the act
	Into      string   `toml:"into,omitempty"`
	IntoStart int      `toml:"into_start,omitempty"`
	IntoTrig  int      `toml:"into_trigger,omitempty"`
	IntoEvent string   `toml:"into_event,omitempty"`
	Value     string   `toml:"value,omitempty"`
	Values    []string `toml:"values,omitempty"`
	Code      string   `toml:"code,omitempty"`
	Goldstein float64  `toml:"goldstein,omitempty"`
}

// Anchor fills the correction's article, start and trigger from ev, so it
// finds ev again in a later run; an event with no sentence (imported event
// data) is anchored by its own id. Article paths are kept relative to the
// project where possible, so the project folder can move.
func (p *Project) Anchor(k *Correction, c *model.Corpus, ev *model.Event) {
	if a := c.ArticleByID(ev.Article); a != nil {
		k.Article = p.Relative(a.Path)
	}
	if ev.Sentence == "" && ev.End == 0 {
		k.Event, k.Start, k.Trigger = ev.ID, 0, 0
		return
	}
	k.Start, k.Trigger = ev.Start, ev.TriggerStart
}

// New returns an empty project of the current version.
func New() *Project { return &Project{Version: Version} }

// Load reads a project file. Unknown keys are warnings (the rest loads);
// a file from a newer Parley loads read-only with a warning; a file that
// is not valid TOML is an error naming its line.
func Load(path string) (p *Project, warnings []error, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	p = &Project{}
	warnings, err = decode(path, b, p)
	if err != nil {
		return nil, nil, err
	}
	if p.Version == 0 {
		return nil, warnings, fmt.Errorf("%s: not a Parley project (no version)", path)
	}
	if p.Version > Version {
		p.ReadOnly = true
		warnings = append(warnings, fmt.Errorf("%s: written by a newer Parley (format %d; this one reads %d): opened read-only", path, p.Version, Version))
	}
	p.Path = path
	return p, warnings, nil
}

// decode reads TOML into v: a syntax error names the file and line, and
// keys v has no place for come back as warnings.
func decode(path string, b []byte, v any) (warnings []error, err error) {
	md, err := toml.Decode(string(b), v)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d: %s", path, pe.Position.Line, pe.Message)
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	for _, k := range md.Undecoded() {
		warnings = append(warnings, fmt.Errorf("%s: unknown key %q (ignored)", path, k.String()))
	}
	return warnings, nil
}

// Save writes the project to path atomically: to a temporary file in the
// same folder, flushed to disk, then renamed over the old one.
func (p *Project) Save(path string) error {
	if p.ReadOnly {
		return fmt.Errorf("%s was written by a newer Parley and is read-only here; save it under another name", p.Path)
	}
	saved := *p
	saved.Version = Version
	var buf bytes.Buffer
	buf.WriteString("# Parley project: the articles, your corrections and the view.\n# Edit with care; Parley rewrites this file when you save.\n\n")
	if err := toml.NewEncoder(&buf).Encode(saved); err != nil {
		return err
	}
	if err := WriteAtomic(path, buf.Bytes()); err != nil {
		return err
	}
	p.Path = path
	return nil
}

// WriteAtomic replaces path with data so that readers see either the old
// file or the new one, never a part: temp file, fsync, rename, fsync dir.
func WriteAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	// Keep the mode of the file replaced (a private project stays
	// private); a new file is readable like any document.
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	tmp.Chmod(mode)
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// resolve makes a source path absolute against the project's folder.
func (p *Project) resolve(src string) string {
	if filepath.IsAbs(src) || p.Path == "" {
		return src
	}
	return filepath.Join(filepath.Dir(p.Path), src)
}

// virtual reports paths that name no file: the embedded sample and
// pasted articles.
func virtual(path string) bool {
	return strings.HasPrefix(path, "sample:") || strings.HasPrefix(path, "pasted:")
}

// Rebased returns a copy of the project to be saved at newPath, with every
// path it holds (sources, dated articles, the actors file, the articles
// corrections name) rewritten relative to newPath's folder where they lie
// below it, absolute otherwise. The original is untouched, so a failed
// save changes nothing. Saving under another name also ends read-only.
func (p *Project) Rebased(newPath string) *Project {
	q := *p
	abs := func(x string) string {
		if x == "" || virtual(x) {
			return x
		}
		return p.resolve(x)
	}
	q.Path = newPath
	if newPath != p.Path {
		q.ReadOnly = false
	}
	q.Sources = nil
	for _, s := range p.Sources {
		q.Sources = append(q.Sources, q.Relative(abs(s)))
	}
	q.Dates = nil
	for _, d := range p.Dates {
		d.Article = q.Relative(abs(d.Article))
		q.Dates = append(q.Dates, d)
	}
	if p.ActorsFile != "" {
		q.ActorsFile = q.Relative(abs(p.ActorsFile))
	}
	q.Corrections = nil
	for _, k := range p.Corrections {
		k.Article = q.Relative(abs(k.Article))
		k.Into = q.Relative(abs(k.Into))
		q.Corrections = append(q.Corrections, k)
	}
	q.Pasted = append([]Pasted(nil), p.Pasted...)
	return &q
}

// Relative rewrites absolute source paths relative to the project file
// where they are below it, so a project folder can be moved whole.
func (p *Project) Relative(path string) string {
	if p.Path == "" || !filepath.IsAbs(path) {
		return path
	}
	rel, err := filepath.Rel(filepath.Dir(p.Path), path)
	if err != nil || strings.HasPrefix(rel, "..") {
		return path
	}
	return rel
}

// Skipped is a file (or record) that could not be read and was left out;
// Build reports it to warn among the lesser problems.
type Skipped struct{ Err error }

func (s *Skipped) Error() string { return s.Err.Error() }
func (s *Skipped) Unwrap() error { return s.Err }

// Build reads the project's articles, applies the dates the analyst set,
// runs the extraction and replays the corrections. Problems go to warn;
// nothing here is fatal.
func (p *Project) Build(warn func(error)) *model.Corpus {
	c, _ := p.BuildContext(context.Background(), nil, warn)
	return c
}

// BuildContext is Build with a way to stop (ctx) and to follow progress
// (called with articles done and their total). It returns ctx's error when
// cancelled, and then no corpus.
func (p *Project) BuildContext(ctx context.Context, progress func(done, total int), warn func(error)) (*model.Corpus, error) {
	var arts []*model.Article
	var corpora []*model.Corpus
	add := func(r *ingest.Result) {
		for _, w := range r.Warnings {
			warn(w)
		}
		for _, e := range r.Errors {
			warn(&Skipped{e})
		}
		arts = append(arts, r.Articles...)
		corpora = append(corpora, r.Corpora...)
	}
	if p.Sample {
		r := ingest.LoadFS(assets.Samples, "samples")
		for _, a := range r.Articles {
			a.Path = "sample:" + a.Path
		}
		add(r)
	}
	if len(p.Sources) > 0 {
		var paths []string
		for _, s := range p.Sources {
			paths = append(paths, p.resolve(s))
		}
		// Reading counts for the first half of the progress (a million-row
		// event file takes a while), extraction for the second.
		lo := ingest.LoadOptions{Context: ctx}
		if progress != nil {
			lo.Progress = func(done, total int64) {
				if total > 0 {
					progress(int(done*1000/total), 2000)
				}
			}
		}
		add(ingest.LoadWith(paths, lo))
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	for i, t := range p.Pasted {
		a := &model.Article{Title: t.Title, Text: t.Text, Path: fmt.Sprintf("pasted:%d", i+1), DateSource: "user"}
		if t.Published != "" {
			if d, err := model.ParseDay(t.Published); err == nil {
				a.Published = d.Start
			} else {
				warn(fmt.Errorf("pasted article %q: published: %v", t.Title, err))
			}
		}
		arts = append(arts, a)
	}
	for i, a := range arts {
		a.ID = fmt.Sprintf("a%d", i+1)
	}
	for _, sd := range p.Dates {
		d, err := model.ParseDay(sd.Date)
		if err != nil {
			warn(fmt.Errorf("date for %s: %v", sd.Article, err))
			continue
		}
		found := false
		for _, a := range arts {
			if a.Path == sd.Article || a.Path == p.resolve(sd.Article) {
				a.Published, a.DateSource, found = d.Start, "user", true
			}
		}
		if !found {
			warn(fmt.Errorf("a date was set for %s, which is no longer among the articles", sd.Article))
		}
	}
	var files []string
	if p.ActorsFile != "" {
		files = append(files, p.resolve(p.ActorsFile))
	}
	pipe, perrs := extract.New(files...)
	for _, e := range perrs {
		warn(e)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var extractProgress func(done, total int)
	if progress != nil {
		extractProgress = func(done, total int) { progress(1000+done*1000/max(total, 1), 2000) }
	}
	c := pipe.Run(arts, extract.Options{DCT: p.DCT, Warn: warn, Context: ctx, Progress: extractProgress})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	extract.Merge(c, corpora...)
	for _, err := range p.Apply(c) {
		warn(err)
	}
	return c, nil
}

// SetArticleDate records the publication date the analyst gave an article.
func (p *Project) SetArticleDate(articlePath string, d time.Time) {
	key := p.Relative(articlePath)
	p.Dates = slices.DeleteFunc(p.Dates, func(s SetDate) bool { return s.Article == key || s.Article == articlePath })
	p.Dates = append(p.Dates, SetDate{Article: key, Date: d.Format("2006-01-02")})
}
