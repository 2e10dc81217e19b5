package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/timex"
)

func init() {
	register(&Command{
		Name:    "code",
		Usage:   "[--dct YYYY-MM-DD] [FILE...]",
		Summary: "code sentences (one per line, optional YYYY-MM-DD<TAB> prefix) with CAMEO events",
		Run:     runCode,
	})
}

// codeBatch is how many lines are coded together: the actor finder links
// names across a batch, and memory stays bounded on long inputs.
const codeBatch = 512

// codedLine is the JSON line `parley code` prints for one input line.
type codedLine struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line"`
	Date string `json:"date,omitempty"`
	Text string `json:"text"`
	// Code and RootCode are those of the line's main act ("" when none).
	Code     string       `json:"code"`
	RootCode string       `json:"root_code"`
	Events   []codedEvent `json:"events"`
}

type codedEvent struct {
	Code         string   `json:"code"`
	RootCode     string   `json:"root_code"`
	Type         string   `json:"type"`
	Goldstein    float64  `json:"goldstein"`
	Source       []string `json:"source"`
	Target       []string `json:"target"`
	Modality     string   `json:"modality"`
	Trigger      string   `json:"trigger"`
	Date         string   `json:"date,omitempty"`
	DateInferred bool     `json:"date_inferred"`
	Location     string   `json:"location,omitempty"`
	Main         bool     `json:"main,omitempty"`
}

// pendingLine is an input line waiting for its batch to be coded.
type pendingLine struct {
	file string
	line int
	date time.Time
	text string
}

func runCode(env *Env, args []string) int {
	c := commands["code"]
	fs := newFlags(env, c)
	dctFlag := fs.String("dct", "", "the date `YYYY-MM-DD` of lines without a date of their own")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	dct, ok := parseDCT(env, *dctFlag)
	if !ok {
		return 2
	}
	cd := &coder{env: env, dct: dct, out: bufio.NewWriter(env.Stdout)}
	defer cd.out.Flush()
	files := positional(fs)
	if len(files) == 0 {
		cd.read("", env.Stdin)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			env.Errorf("%s: %v", name, errBrief(err))
			cd.failed = true
			continue
		}
		cd.read(name, f)
		f.Close()
	}
	cd.flush()
	if cd.failed {
		return 1
	}
	return 0
}

// errBrief drops the operation and path that os errors repeat.
func errBrief(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// coder reads lines, codes them in batches and writes JSON lines.
type coder struct {
	env     *Env
	dct     time.Time
	out     *bufio.Writer
	pending []pendingLine
	failed  bool
}

// read queues every non-empty line of r, coding full batches as it goes.
func (cd *coder) read(name string, r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	where := name
	if where == "" {
		where = "standard input"
	}
	n := 0
	for sc.Scan() {
		n++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		date := cd.dct
		if d, rest, ok := strings.Cut(text, "\t"); ok && looksLikeDate(d) {
			day, err := model.ParseDay(d)
			if err != nil || day.Gran != model.GranDay {
				cd.env.Errorf("%s:%d: date %q: want YYYY-MM-DD; line skipped", where, n, d)
				cd.failed = true
				continue
			}
			date, text = day.Start, rest
		}
		cd.pending = append(cd.pending, pendingLine{file: name, line: n, date: date, text: text})
		if len(cd.pending) == codeBatch {
			cd.flush()
		}
	}
	if err := sc.Err(); err != nil {
		cd.env.Errorf("%s: %v", where, err)
		cd.failed = true
	}
}

// looksLikeDate reports whether s is shaped like a date prefix: digits and
// dashes, starting with a four-digit year.
func looksLikeDate(s string) bool {
	if len(s) < 8 || len(s) > 10 {
		return false
	}
	for i, r := range s {
		if !(r >= '0' && r <= '9' || r == '-' && i >= 4) {
			return false
		}
	}
	return true
}

// flush codes the queued lines and writes one JSON line for each.
func (cd *coder) flush() {
	if len(cd.pending) == 0 {
		return
	}
	corpus := &model.Corpus{}
	for i, p := range cd.pending {
		a := &model.Article{ID: fmt.Sprintf("l%d", i), Text: p.text, Published: p.date}
		corpus.Articles = append(corpus.Articles, a)
		for _, tx := range timex.Default().Tag(p.text, p.date) {
			tx.Article = a.ID
			corpus.Timexes = append(corpus.Timexes, tx)
		}
	}
	corpus.Actors = actors.Default().Find(corpus.Articles)
	idx := corpus.ActorIndex()
	names := func(ids []string) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			if a := idx[id]; a != nil {
				out = append(out, a.Name)
			} else {
				out = append(out, id)
			}
		}
		return out
	}
	byArticle := map[string][]events.Sentence{}
	for _, s := range events.Default().Sentences(corpus, events.Options{KeepActorless: true}) {
		byArticle[s.Article] = append(byArticle[s.Article], s)
	}
	enc := json.NewEncoder(cd.out)
	enc.SetEscapeHTML(false)
	for i, p := range cd.pending {
		out := codedLine{File: p.file, Line: p.line, Date: model.FormatDay(p.date), Text: p.text, Events: []codedEvent{}}
		var evs []*model.Event
		var roles []events.Role
		for _, s := range byArticle[corpus.Articles[i].ID] {
			evs = append(evs, s.Events...)
			roles = append(roles, s.Roles...)
		}
		main := events.MainIndex(evs, roles)
		for k, e := range evs {
			loc := e.Location
			if a := idx[loc]; a != nil {
				loc = a.Name
			}
			ce := codedEvent{Code: e.Code, RootCode: e.RootCode, Type: e.Type, Goldstein: e.Goldstein,
				Source: names(e.Source), Target: names(e.Target), Modality: e.Modality, Trigger: e.Trigger,
				DateInferred: e.DateInferred, Location: loc, Main: k == main}
			if !e.When.IsZero() {
				ce.Date = e.When.String()
			}
			out.Events = append(out.Events, ce)
		}
		if main >= 0 {
			out.Code, out.RootCode = evs[main].Code, evs[main].RootCode
		}
		if err := enc.Encode(out); err != nil {
			cd.env.Errorf("writing output: %v", err)
			cd.failed = true
			break
		}
	}
	cd.pending = cd.pending[:0]
}
