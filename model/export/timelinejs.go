package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// TimelineJS3 (timeline.knightlab.com) reads a JSON document: a title
// slide and a list of events, each with a start date split into fields
// (year, month, day, hour…), an optional end date, a headline and HTML
// text, a group (the row it is drawn in) and a unique id.

// TLDate is a TimelineJS date. Only the fields the date's precision
// knows are set: a month is {year, month}. TimelineJS's own documents
// write the fields as strings.
type TLDate struct {
	Year        string `json:"year"`
	Month       string `json:"month,omitempty"`
	Day         string `json:"day,omitempty"`
	Hour        string `json:"hour,omitempty"`
	Minute      string `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// TLText is a slide's headline and body (HTML).
type TLText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// TLEvent is one slide of the timeline.
type TLEvent struct {
	StartDate   TLDate  `json:"start_date"`
	EndDate     *TLDate `json:"end_date,omitempty"`
	Text        TLText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	UniqueID    string  `json:"unique_id"`
}

// TLTitle is the title slide.
type TLTitle struct {
	Text     TLText `json:"text"`
	UniqueID string `json:"unique_id"`
}

// TLDocument is the whole TimelineJS JSON document.
type TLDocument struct {
	Title  *TLTitle  `json:"title,omitempty"`
	Events []TLEvent `json:"events"`
	Scale  string    `json:"scale"`
}

// Grouping says which row of TimelineJS an event goes in.
type Grouping string

// Groupings, like the timeline's lanes.
const (
	GroupCountry Grouping = "country" // the country of the first actor with one
	GroupType    Grouping = "type"    // the kind of act (meeting, statement…)
	GroupNone    Grouping = "none"
)

// TimelineJS builds the TimelineJS document of a corpus: a title slide
// (title, the span and the sources) and one slide per dated event.
// Undated events cannot be placed and are counted in skipped.
func TimelineJS(c *model.Corpus, title string, group Grouping) (doc *TLDocument, skipped int) {
	actors := c.ActorIndex()
	countries := countryNames(c)
	titles := make(map[string]*model.Article, len(c.Articles))
	for _, a := range c.Articles {
		titles[a.ID] = a
	}
	doc = &TLDocument{Events: []TLEvent{}, Scale: "human"}
	var first, last time.Time
	ids := map[string]int{}
	for _, e := range c.Events {
		if e.When.IsZero() {
			skipped++
			continue
		}
		start, end := tlDates(e.When)
		ev := TLEvent{StartDate: start, EndDate: end, UniqueID: uniqueID(e.ID, ids)}
		ev.Text.Headline = headline(e, actors)
		ev.Text.Text = slideText(e, actors, titles[e.Article])
		ev.Group = groupOf(e, actors, countries, group)
		if e.When.Fuzzy || e.DateInferred {
			ev.DisplayDate = displayDate(e.When, e.DateInferred)
		}
		doc.Events = append(doc.Events, ev)
		if first.IsZero() || e.When.Start.Before(first) {
			first = e.When.Start
		}
		if e.When.Start.After(last) {
			last = e.When.Start
		}
	}
	if title == "" {
		title = "Timeline of diplomatic developments"
	}
	var sub strings.Builder
	fmt.Fprintf(&sub, "<p>%d events", len(doc.Events))
	if !first.IsZero() {
		fmt.Fprintf(&sub, ", %s to %s", first.Format("2 January 2006"), last.Format("2 January 2006"))
	}
	sub.WriteString(".</p><p>Sources: ")
	for i, a := range c.Articles {
		if i == 12 && len(c.Articles) > 13 {
			fmt.Fprintf(&sub, "and %d more", len(c.Articles)-12)
			break
		}
		if i > 0 {
			sub.WriteString("; ")
		}
		sub.WriteString(articleLink(a))
	}
	sub.WriteString(".</p><p>Made with Parley.</p>")
	doc.Title = &TLTitle{Text: TLText{Headline: html.EscapeString(title), Text: sub.String()}, UniqueID: uniqueID("title", ids)}
	return doc, skipped
}

// WriteTimelineJS writes the TimelineJS document of c as indented JSON;
// skipped counts the undated events left out.
func WriteTimelineJS(w io.Writer, c *model.Corpus, title string, group Grouping) (skipped int, err error) {
	doc, skipped := TimelineJS(c, title, group)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	return skipped, enc.Encode(doc)
}

// tlDates splits a date into TimelineJS start and (for anything longer
// than one day) end fields, at the date's own precision.
func tlDates(d model.Date) (TLDate, *TLDate) {
	g := d.Gran
	switch g {
	case model.GranWeek, model.GranPartOfDay, model.GranUnknown:
		g = model.GranDay
	case model.GranHalf, model.GranQuarter, model.GranSeason:
		g = model.GranMonth
	case model.GranMillennium, model.GranCentury, model.GranDecade:
		g = model.GranYear
	}
	start := tlDate(d.Start, g)
	last := d.Start
	if d.End.After(d.Start) {
		last = d.End.Add(-time.Nanosecond)
	}
	end := tlDate(last, g)
	if end == start {
		return start, nil
	}
	return start, &end
}

func tlDate(t time.Time, g model.Granularity) TLDate {
	t = t.UTC()
	d := TLDate{Year: strconv.Itoa(t.Year())}
	if g >= model.GranMonth {
		d.Month = strconv.Itoa(int(t.Month()))
	}
	if g >= model.GranDay {
		d.Day = strconv.Itoa(t.Day())
	}
	if g >= model.GranHour {
		d.Hour = strconv.Itoa(t.Hour())
		d.Minute = strconv.Itoa(t.Minute())
	}
	return d
}

// displayDate says in words what TimelineJS's date fields cannot: that a
// date is approximate or was inferred from the report.
func displayDate(d model.Date, inferred bool) string {
	s := d.String()
	if d.Fuzzy {
		s = "about " + s
	}
	if inferred {
		s += " (date inferred from the report)"
	}
	return s
}

// uniqueID makes an id TimelineJS can use as an HTML id, unique in the
// document.
func uniqueID(id string, seen map[string]int) string {
	var b strings.Builder
	for _, r := range id {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	s := b.String()
	if s == "" || !unicode.IsLetter(rune(s[0])) {
		s = "e-" + s
	}
	seen[s]++
	if n := seen[s]; n > 1 {
		s = fmt.Sprintf("%s-%d", s, n)
	}
	return s
}

// headline reads like a timeline label: "Meeting: Marco Rubio, Sergei Lavrov".
func headline(e *model.Event, actors map[string]*model.Actor) string {
	h := e.Type
	if h == "" {
		h = "event"
	}
	r, n := utf8.DecodeRuneInString(h)
	h = string(unicode.ToUpper(r)) + h[n:]
	var who []string
	for _, id := range e.Actors {
		if a := actors[id]; a != nil && a.Kind != model.KindMedia {
			who = append(who, a.Name)
		}
		if len(who) == 3 {
			break
		}
	}
	if len(who) > 0 {
		h += ": " + strings.Join(who, ", ")
		if n := len(e.Actors) - len(who); n > 0 {
			h += fmt.Sprintf(" +%d", n)
		}
	}
	switch e.Modality {
	case model.Planned:
		h += " (planned)"
	case model.Possible:
		h += " (possible)"
	case model.Negated:
		h += " (did not happen)"
	}
	return html.EscapeString(h)
}

// slideText is the body: the sentence, who acted on whom, the CAMEO code
// and the report it comes from.
func slideText(e *model.Event, actors map[string]*model.Actor, art *model.Article) string {
	var b strings.Builder
	if s := strings.Join(strings.Fields(e.Sentence), " "); s != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(s))
	}
	var facts []string
	if len(e.Source) > 0 {
		facts = append(facts, "By "+html.EscapeString(names(e.Source, actors)))
	}
	if len(e.Target) > 0 {
		facts = append(facts, "towards "+html.EscapeString(names(e.Target, actors)))
	}
	if e.Location != "" {
		facts = append(facts, "in "+html.EscapeString(e.Location))
	}
	if e.Code != "" {
		facts = append(facts, fmt.Sprintf("CAMEO %s, Goldstein %s", e.Code, strconv.FormatFloat(e.Goldstein, 'f', -1, 64)))
	}
	if len(facts) > 0 {
		fmt.Fprintf(&b, "<p>%s.</p>", strings.Join(facts, "; "))
	}
	src := ""
	switch {
	case e.URL != "" && (art == nil || art.URL != e.URL):
		src = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(e.URL), html.EscapeString(hostOf(e.URL)))
	case art != nil:
		src = articleLink(art)
	}
	if src != "" {
		if n := sourceCount(e); n > 1 {
			src += fmt.Sprintf(" (%d sources)", n)
		}
		fmt.Fprintf(&b, "<p>Source: %s</p>", src)
	}
	return b.String()
}

func articleLink(a *model.Article) string {
	s := html.EscapeString(a.Title)
	if s == "" {
		s = html.EscapeString(a.Path)
	}
	if a.URL != "" {
		s = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(a.URL), s)
	}
	if a.HasDate() {
		s += ", " + a.Published.Format("2 January 2006")
	}
	return s
}

func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return u
	}
	host, _, _ := strings.Cut(rest, "/")
	return host
}

// countryNames maps country codes to the names of the corpus's countries.
func countryNames(c *model.Corpus) map[string]string {
	m := map[string]string{}
	for _, a := range c.Actors {
		if a.Kind == model.KindCountry {
			m[a.ID] = a.Name
		}
	}
	return m
}

func groupOf(e *model.Event, actors map[string]*model.Actor, countries map[string]string, g Grouping) string {
	switch g {
	case GroupNone:
		return ""
	case GroupType:
		return html.EscapeString(e.Type)
	}
	for _, id := range slices.Concat(e.Source, e.Actors) {
		a := actors[id]
		if a == nil || a.Kind == model.KindMedia {
			continue
		}
		switch {
		case a.Kind == model.KindCountry:
			return html.EscapeString(a.Name)
		case a.Country != "":
			if n := countries[a.Country]; n != "" {
				return html.EscapeString(n)
			}
			return a.Country
		}
	}
	return "Other"
}
