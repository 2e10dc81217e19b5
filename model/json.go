package model

import (
	"encoding/json"

	"fmt"
	gojson "github.com/goccy/go-json"
	"time"
)

// The JSON of `parley extract` is a stable interface. Dates travel as
// strings: "published" and "report_date" as YYYY-MM-DD, an event's "date" at
// its own granularity, and "range_start"/"range_end" as the exact bounds.

type articleAlias Article

type articleJSON struct {
	*articleAlias
	Published string `json:"published"`
	Text      string `json:"text,omitempty"`
}

// MarshalJSON writes Published as YYYY-MM-DD ("" when unknown).
func (a *Article) MarshalJSON() ([]byte, error) {
	return json.Marshal(articleJSON{articleAlias: (*articleAlias)(a), Published: FormatDay(a.Published)})
}

// UnmarshalJSON reads what MarshalJSON writes, plus an optional "text".
func (a *Article) UnmarshalJSON(b []byte) error {
	aux := articleJSON{articleAlias: (*articleAlias)(a)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	if aux.Text != "" {
		a.Text = aux.Text
	}
	if aux.Published != "" {
		d, err := ParseDay(aux.Published)
		if err != nil {
			return fmt.Errorf("article %q: published: %w", a.ID, err)
		}
		a.Published = d.Start
	}
	return nil
}

// FormatBound formats a range bound: YYYY-MM-DD at midnight, else RFC 3339.
// Years outside 0000–9999 (BC dates, far futures) are written with a sign
// and at least four digits, as ISO 8601 expanded years: -0043-03-15.
func FormatBound(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.UTC()
	midnight := t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
	if y := t.Year(); y < 0 || y > 9999 {
		s := fmt.Sprintf("%+05d-%02d-%02d", y, t.Month(), t.Day())
		if !midnight {
			s += t.Format("T15:04:05Z")
		}
		return s
	}
	if midnight {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// parseExpanded reads a signed expanded year date, with an optional
// THH:MM:SSZ time, as FormatBound writes it.
func parseExpanded(s string) (time.Time, bool) {
	if len(s) < 11 || (s[0] != '-' && s[0] != '+') {
		return time.Time{}, false
	}
	var y, m, d, hh, mm, ss int
	rest := ""
	n, err := fmt.Sscanf(s, "%d-%d-%d%s", &y, &m, &d, &rest)
	if err != nil && n < 3 {
		return time.Time{}, false
	}
	if rest != "" {
		if _, err := fmt.Sscanf(rest, "T%d:%d:%dZ", &hh, &mm, &ss); err != nil {
			return time.Time{}, false
		}
	}
	t := time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)
	if t.Month() != time.Month(m) || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func parseBound(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, ok := fastDay(s); ok {
		return t, nil
	}
	if t, ok := parseExpanded(s); ok {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date or RFC 3339 time", s)
	}
	return t.UTC(), nil
}

type timexAlias Timex

type timexJSON struct {
	*timexAlias
	Granularity string `json:"granularity,omitempty"`
	RangeStart  string `json:"range_start,omitempty"`
	RangeEnd    string `json:"range_end,omitempty"`
	Fuzzy       bool   `json:"fuzzy,omitempty"`
}

// MarshalJSON adds the calendar range of the value.
func (t Timex) MarshalJSON() ([]byte, error) {
	aux := timexJSON{timexAlias: (*timexAlias)(&t), Fuzzy: t.Span.Fuzzy}
	if !t.Span.IsZero() {
		aux.Granularity = t.Span.Gran.String()
		aux.RangeStart = FormatBound(t.Span.Start)
		aux.RangeEnd = FormatBound(t.Span.End)
	}
	return json.Marshal(aux)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (t *Timex) UnmarshalJSON(b []byte) error {
	aux := timexJSON{timexAlias: (*timexAlias)(t)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	d, err := dateFromJSON(aux.RangeStart, aux.RangeEnd, aux.Granularity, aux.Fuzzy)
	if err != nil {
		return fmt.Errorf("timex %q: %w", t.Text, err)
	}
	t.Span = d
	return nil
}

func dateFromJSON(start, end, gran string, fuzzy bool) (Date, error) {
	if start == "" {
		return Date{}, nil
	}
	s, err := parseBound(start)
	if err != nil {
		return Date{}, err
	}
	g := GranDay
	if gran != "" {
		if g, err = ParseGranularity(gran); err != nil {
			return Date{}, err
		}
	}
	d := SpanOf(s, g)
	d.Start = s
	if end != "" {
		e, err := parseBound(end)
		if err != nil {
			return Date{}, err
		}
		if e.Before(s) {
			return Date{}, fmt.Errorf("range ends (%s) before it starts (%s)", end, start)
		}
		d.End = e
	}
	d.Fuzzy = fuzzy
	return d, nil
}

type eventAlias Event

type eventJSON struct {
	*eventAlias
	eventDates
}

type eventDates struct {
	Date        string `json:"date"`
	EndDate     string `json:"end_date"`
	Granularity string `json:"granularity"`
	RangeStart  string `json:"range_start"`
	RangeEnd    string `json:"range_end"`
	Fuzzy       bool   `json:"fuzzy,omitempty"`
	ReportDate  string `json:"report_date"`
}

// MarshalJSON writes the event's dates as strings: "date" at the event's
// granularity (2025-02-18, 2025-02, 2025-W08), "end_date" the last unit of a
// range ("" for a single unit), "range_start"/"range_end" the exact bounds.
func (e *Event) MarshalJSON() ([]byte, error) {
	aux := eventJSON{eventAlias: (*eventAlias)(e), eventDates: eventDates{ReportDate: FormatDay(e.ReportDate)}}
	if !e.When.IsZero() {
		aux.Date = formatAt(e.When.Start, e.When.Gran)
		if last := e.When.End.Add(-time.Nanosecond); !e.When.End.IsZero() {
			if s := formatAt(last, e.When.Gran); s != aux.Date {
				aux.EndDate = s
			}
		}
		aux.Granularity = e.When.Gran.String()
		aux.RangeStart = FormatBound(e.When.Start)
		aux.RangeEnd = FormatBound(e.When.End)
		aux.Fuzzy = e.When.Fuzzy
	}
	if aux.Actors == nil {
		aux.Actors = []string{}
	}
	return json.Marshal(aux)
}

// UnmarshalJSON reads what MarshalJSON writes. When range_start is absent
// (hand-written or imported JSON) the "date" and "end_date" are used.
func (e *Event) UnmarshalJSON(b []byte) error {
	aux := eventJSON{eventAlias: (*eventAlias)(e)}
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	return e.setDates(&aux.eventDates)
}

// setDates parses the string dates of an event's JSON.
func (e *Event) setDates(aux *eventDates) error {
	var err error
	if aux.RangeStart != "" {
		e.When, err = dateFromJSON(aux.RangeStart, aux.RangeEnd, aux.Granularity, aux.Fuzzy)
	} else if aux.Date != "" {
		e.When, err = ParseDay(aux.Date)
		if err == nil && aux.EndDate != "" {
			var last Date
			if last, err = ParseDay(aux.EndDate); err == nil {
				e.When.End = last.End
			}
		}
	}
	if err != nil {
		return fmt.Errorf("event %q: %w", e.ID, err)
	}
	if aux.ReportDate != "" {
		d, err := ParseDay(aux.ReportDate)
		if err != nil {
			return fmt.Errorf("event %q: report_date: %w", e.ID, err)
		}
		e.ReportDate = d.Start
	}
	return nil
}

// corpusWire decodes a corpus without a method call per event: events
// decode into plain structs and their dates are parsed afterwards, which
// makes reading 100,000 events several times faster.
type corpusWire struct {
	Articles []*Article `json:"articles"`
	Timexes  []Timex    `json:"timexes"`
	Actors   []*Actor   `json:"actors"`
	Events   []struct {
		eventAlias
		eventDates
	} `json:"events"`
}

// UnmarshalJSON reads a corpus as `parley extract` writes it.
func (c *Corpus) UnmarshalJSON(b []byte) error {
	var w corpusWire
	if err := gojson.Unmarshal(b, &w); err != nil {
		return err
	}
	c.Articles, c.Timexes, c.Actors = w.Articles, w.Timexes, w.Actors
	c.Events = make([]*Event, len(w.Events))
	evs := make([]Event, len(w.Events))
	for i := range w.Events {
		evs[i] = Event(w.Events[i].eventAlias)
		if err := evs[i].setDates(&w.Events[i].eventDates); err != nil {
			return fmt.Errorf("events[%d]: %w", i, err)
		}
		c.Events[i] = &evs[i]
	}
	return nil
}

// fastDay parses YYYY-MM-DD without the generality of time.Parse.
func fastDay(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	n := func(a, b int) (int, bool) {
		v := 0
		for i := a; i < b; i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	y, ok1 := n(0, 4)
	m, ok2 := n(5, 7)
	d, ok3 := n(8, 10)
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
