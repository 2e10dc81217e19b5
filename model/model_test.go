package model

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestDateString(t *testing.T) {
	at := time.Date(2025, 2, 18, 22, 30, 0, 0, time.UTC)
	tests := []struct {
		g    Granularity
		want string
	}{
		{GranCentury, "20"}, {GranDecade, "202"}, {GranYear, "2025"}, {GranQuarter, "2025-Q1"},
		{GranMonth, "2025-02"}, {GranWeek, "2025-W08"}, {GranDay, "2025-02-18"}, {GranHour, "2025-02-18T22:00"},
	}
	for _, tt := range tests {
		if got := SpanOf(at, tt.g).String(); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.g, got, tt.want)
		}
	}
	r := Day(2025, 2, 18)
	r.End = time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)
	r.Fuzzy = true
	if got := r.String(); got != "2025-02-18/2025-05-17" {
		t.Errorf("range %q", got)
	}
	if w := SpanOf(at, GranWeek); w.Start.Weekday() != time.Monday || w.End.Sub(w.Start) != 7*24*time.Hour {
		t.Errorf("ISO week %v–%v", w.Start, w.End)
	}
	if bc := SpanOf(time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC), GranCentury); bc.Start.Year() != -100 {
		t.Errorf("century of 44 BC starts %d", bc.Start.Year())
	}
}

func TestEventJSONRoundTrip(t *testing.T) {
	r := Day(2025, 2, 18)
	r.End = time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)
	r.Fuzzy = true
	in := &Corpus{
		Articles: []*Article{{ID: "a1", Title: "T", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), Path: "x.txt"}},
		Timexes:  []Timex{{Article: "a1", Start: 3, End: 10, Text: "Tuesday", Type: "DATE", Value: "2025-02-18", Span: Day(2025, 2, 18)}},
		Actors:   []*Actor{{ID: "USA", Name: "United States", Kind: KindCountry, Country: "USA", Mentions: []Mention{}}},
		Events: []*Event{
			{ID: "e1", Article: "a1", When: Day(2025, 2, 18), Type: "meeting", Actors: []string{"USA"}, ReportDate: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)},
			{ID: "e2", Article: "a1", When: r, DateInferred: true, Type: "talks", Modality: Possible},
			{ID: "e3", Article: "a1", When: SpanOf(time.Date(2025, 2, 17, 22, 0, 0, 0, time.UTC), GranHour)},
		},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, want := range []string{`"published":"2025-02-18"`, `"date":"2025-02-18","end_date":""`, `"date":"2025-02-18","end_date":"2025-05-17","granularity":"day","range_start":"2025-02-18","range_end":"2025-05-18","fuzzy":true`, `"range_start":"2025-02-17T22:00:00Z"`, `"report_date":"2025-02-18"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
	var out Corpus
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	for i, e := range in.Events {
		o := out.Events[i]
		if !o.When.Start.Equal(e.When.Start) || !o.When.End.Equal(e.When.End) || o.When.Gran != e.When.Gran || o.When.Fuzzy != e.When.Fuzzy || o.DateInferred != e.DateInferred || !o.ReportDate.Equal(e.ReportDate) {
			t.Errorf("event %s: %+v became %+v", e.ID, e.When, o.When)
		}
	}
	if !out.Articles[0].Published.Equal(in.Articles[0].Published) || out.Timexes[0].Span != in.Timexes[0].Span {
		t.Errorf("article or timex dates lost: %+v %+v", out.Articles[0], out.Timexes[0])
	}
	// Hand-written JSON with only "date" and "end_date" is read too.
	var hand Corpus
	if err := json.Unmarshal([]byte(`{"events":[{"id":"x","date":"2025-03","end_date":"2025-04"}]}`), &hand); err != nil {
		t.Fatal(err)
	}
	if w := hand.Events[0].When; w.Gran != GranMonth || !w.End.Equal(time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("hand-written range read as %+v", w)
	}
	if err := json.Unmarshal([]byte(`{"events":[{"id":"x","date":"18/02/2025"}]}`), &hand); err == nil || !strings.Contains(err.Error(), `event "x"`) {
		t.Errorf("a bad date gave %v", err)
	}
}

// BC dates and years past 9999 survive the JSON.
func TestExpandedYearsRoundTrip(t *testing.T) {
	for _, d := range []Date{
		SpanOf(time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC), GranDay),
		SpanOf(time.Date(-3000, 1, 1, 0, 0, 0, 0, time.UTC), GranCentury),
		SpanOf(time.Date(12000, 6, 1, 10, 0, 0, 0, time.UTC), GranHour),
	} {
		in := &Corpus{Events: []*Event{{ID: "e", When: d}}}
		b, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out Corpus
		if err := json.Unmarshal(b, &out); err != nil {
			t.Fatalf("%v: %v\n%s", d, err, b)
		}
		if got := out.Events[0].When; !got.Start.Equal(d.Start) || !got.End.Equal(d.End) {
			t.Errorf("%v became %v", d, got)
		}
	}
	if FormatBound(time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC)) != "-0043-03-15" {
		t.Errorf("44 BC written %q", FormatBound(time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC)))
	}
}

func TestEventRoot(t *testing.T) {
	for _, c := range []struct{ root, code, want string }{
		{"04", "043", "04"},
		{"", "043", "04"},
		{"", "1", ""},
		{"", "", ""},
		{"11", "", "11"},
	} {
		ev := &Event{RootCode: c.root, Code: c.code}
		if got := ev.Root(); got != c.want {
			t.Errorf("Root of RootCode %q, Code %q = %q, want %q", c.root, c.code, got, c.want)
		}
	}
}
