// Package export writes a corpus in formats other tools read: CSV for
// spreadsheets (one row per event), TimelineJS JSON for publishing the
// timeline on the web, and TimeML (one document per article) for
// temporal-annotation tools. Parley's own JSON is model.Corpus itself.
package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
)

// CSVHeader names the columns WriteCSV writes, in order.
var CSVHeader = []string{
	"id", "date", "end_date", "granularity", "fuzzy", "date_inferred", "type", "code", "root_code", "goldstein",
	"modality", "source", "target", "actors", "actor_ids", "location", "article_title", "report_date",
	"sentence", "source_count", "url",
}

// WriteCSV writes one row per event under a header row (CSVHeader).
// Dates are ISO: date is the first day (or instant) the event covers and
// end_date its last day; source, target and actors are names joined by
// "; ", actor_ids the matching ids.
func WriteCSV(w io.Writer, c *model.Corpus) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	actors := c.ActorIndex()
	titles := make(map[string]string, len(c.Articles))
	for _, a := range c.Articles {
		titles[a.ID] = a.Title
	}
	row := make([]string, len(CSVHeader))
	for _, e := range c.Events {
		start, end := dateBounds(e.When)
		row = append(row[:0],
			e.ID, start, end, gran(e.When), boolCell(e.When.Fuzzy), boolCell(e.DateInferred), cell(e.Type), e.Code, e.RootCode,
			strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Modality,
			names(e.Source, actors), names(e.Target, actors), names(e.Actors, actors), strings.Join(e.Actors, "; "),
			cell(e.Location), cell(titles[e.Article]), model.FormatDay(e.ReportDate),
			cell(strings.Join(strings.Fields(e.Sentence), " ")), strconv.Itoa(sourceCount(e)), cell(e.URL))
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// dateBounds gives the first and last day of a date ("" when undated);
// finer than a day, the first is the instant.
func dateBounds(d model.Date) (start, end string) {
	if d.IsZero() {
		return "", ""
	}
	start = model.FormatBound(d.Start)
	if d.Gran > model.GranDay && d.Gran != model.GranPartOfDay {
		start = d.Start.UTC().Format("2006-01-02T15:04")
	}
	last := d.Start
	if d.End.After(d.Start) {
		last = d.End.Add(-time.Nanosecond)
	}
	return start, last.Format("2006-01-02")
}

func gran(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Gran.String()
}

func boolCell(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// cell guards free text against spreadsheet formula injection: a cell
// that starts with = + @ or a tab is read as a formula by Excel and
// LibreOffice, so it gets a leading apostrophe.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func names(ids []string, actors map[string]*model.Actor) string {
	parts := make([]string, 0, len(ids))
	for _, id := range ids {
		if a := actors[id]; a != nil && a.Name != "" {
			parts = append(parts, a.Name)
		} else {
			parts = append(parts, id)
		}
	}
	return cell(strings.Join(parts, "; "))
}

// sourceCount is how many reports an event rests on.
func sourceCount(e *model.Event) int {
	switch {
	case e.SourceCount > 0:
		return e.SourceCount
	case len(e.Sources) > 0:
		return len(e.Sources)
	}
	return 1
}
