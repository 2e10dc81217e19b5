package model

import (
	"fmt"
	"strings"
	"time"
)

// Granularity is the precision of a date: how much of the calendar a
// statement like "in March" or "on Tuesday" actually pins down.
type Granularity uint8

// Granularities from coarsest to finest. The zero value means unknown.
const (
	GranUnknown Granularity = iota
	GranMillennium
	GranCentury
	GranDecade
	GranYear
	GranHalf
	GranQuarter
	GranSeason
	GranMonth
	GranWeek
	GranDay
	GranPartOfDay
	GranHour
	GranMinute
	GranSecond
)

var granNames = [...]string{"", "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "part-of-day", "hour", "minute", "second"}

// String returns the lower-case name used in JSON ("day", "month", …).
func (g Granularity) String() string {
	if int(g) < len(granNames) {
		return granNames[g]
	}
	return fmt.Sprintf("granularity(%d)", g)
}

// ParseGranularity is the inverse of String.
func ParseGranularity(s string) (Granularity, error) {
	for i, n := range granNames {
		if n == s {
			return Granularity(i), nil
		}
	}
	return GranUnknown, fmt.Errorf("unknown granularity %q", s)
}

// Date is a span of calendar time: [Start, End) at a stated precision.
// An exact day is the 24 hours of that day; "March 2025" is the whole month;
// "the next 2-3 months" is a Fuzzy range whose End is only approximately known.
// Times are UTC wall-clock times of the article's own calendar.
type Date struct {
	Start time.Time
	End   time.Time
	Gran  Granularity
	// Fuzzy marks a date whose bounds are approximate ("early March",
	// "late 2024", "in the next 2-3 months"); the timeline draws it soft-edged.
	Fuzzy bool
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Start.IsZero() }

// Day returns the Date covering the calendar day of t.
func Day(y int, m time.Month, d int) Date {
	s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{Start: s, End: s.AddDate(0, 0, 1), Gran: GranDay}
}

// SpanOf returns the Date of granularity g that contains t.
func SpanOf(t time.Time, g Granularity) Date {
	t = t.UTC()
	y, m, d := t.Date()
	var s, e time.Time
	switch g {
	case GranMillennium:
		y0 := floorDiv(y, 1000) * 1000
		s, e = ymd(y0, 1, 1), ymd(y0+1000, 1, 1)
	case GranCentury:
		y0 := floorDiv(y, 100) * 100
		s, e = ymd(y0, 1, 1), ymd(y0+100, 1, 1)
	case GranDecade:
		y0 := floorDiv(y, 10) * 10
		s, e = ymd(y0, 1, 1), ymd(y0+10, 1, 1)
	case GranYear:
		s, e = ymd(y, 1, 1), ymd(y+1, 1, 1)
	case GranHalf:
		h := (int(m) - 1) / 6
		s = ymd(y, time.Month(h*6+1), 1)
		e = s.AddDate(0, 6, 0)
	case GranQuarter, GranSeason:
		q := (int(m) - 1) / 3
		s = ymd(y, time.Month(q*3+1), 1)
		e = s.AddDate(0, 3, 0)
	case GranMonth:
		s = ymd(y, m, 1)
		e = s.AddDate(0, 1, 0)
	case GranWeek:
		wd := (int(t.Weekday()) + 6) % 7 // Monday = 0
		s = ymd(y, m, d-wd)
		e = s.AddDate(0, 0, 7)
	case GranDay, GranPartOfDay, GranUnknown:
		s = ymd(y, m, d)
		e = s.AddDate(0, 0, 1)
	case GranHour:
		s = time.Date(y, m, d, t.Hour(), 0, 0, 0, time.UTC)
		e = s.Add(time.Hour)
	case GranMinute:
		s = t.Truncate(time.Minute)
		e = s.Add(time.Minute)
	default:
		s = t.Truncate(time.Second)
		e = s.Add(time.Second)
	}
	if g == GranUnknown {
		g = GranDay
	}
	return Date{Start: s, End: e, Gran: g}
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// Mid returns the middle of the span, where a point mark is drawn.
func (d Date) Mid() time.Time {
	if d.End.IsZero() || !d.End.After(d.Start) {
		return d.Start
	}
	return d.Start.Add(d.End.Sub(d.Start) / 2)
}

// IsPoint reports whether the date is best drawn as a point: a single day
// or anything finer that is not fuzzy.
func (d Date) IsPoint() bool {
	return !d.Fuzzy && d.Gran >= GranDay
}

// String formats the date at its granularity, the way a reader would write
// it in ISO form: 2025, 2025-Q1, 2025-02, 2025-W08, 2025-02-18, 2025-02-17T22:00.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	s := formatAt(d.Start, d.Gran)
	if d.Fuzzy || !d.End.IsZero() && !SpanOf(d.Start, d.Gran).End.Equal(d.End) {
		// A range that is not exactly one unit: show both ends.
		last := d.End.Add(-time.Nanosecond)
		if e := formatAt(last, d.Gran); e != s {
			s += "/" + e
		}
	}
	return s
}

func formatAt(t time.Time, g Granularity) string {
	y := t.Year()
	switch g {
	case GranMillennium:
		return fmt.Sprintf("%d", floorDiv(y, 1000))
	case GranCentury:
		return fmt.Sprintf("%02d", floorDiv(y, 100))
	case GranDecade:
		return fmt.Sprintf("%03d", floorDiv(y, 10))
	case GranYear:
		return fmt.Sprintf("%04d", y)
	case GranHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(t.Month())-1)/6+1)
	case GranQuarter, GranSeason:
		return fmt.Sprintf("%04d-Q%d", y, (int(t.Month())-1)/3+1)
	case GranMonth:
		return t.Format("2006-01")
	case GranWeek:
		wy, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w)
	case GranHour, GranMinute:
		return t.Format("2006-01-02T15:04")
	case GranSecond:
		return t.Format("2006-01-02T15:04:05")
	default:
		return t.Format("2006-01-02")
	}
}

// FormatDay formats t as YYYY-MM-DD, or "" when t is zero.
func FormatDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// ParseDay parses YYYY-MM-DD (also YYYY-MM and YYYY, and a full RFC 3339
// timestamp) into a Date of the matching granularity.
func ParseDay(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if t, ok := fastDay(s); ok {
		return Date{Start: t, End: t.AddDate(0, 0, 1), Gran: GranDay}, nil
	}
	for _, f := range []struct {
		layout string
		g      Granularity
	}{{"2006-01-02", GranDay}, {"2006-01", GranMonth}, {"2006", GranYear}, {time.RFC3339, GranSecond}, {"2006-01-02T15:04", GranMinute}, {"2006-01-02T15:04:05", GranSecond}} {
		if t, err := time.Parse(f.layout, s); err == nil {
			return SpanOf(t, f.g), nil
		}
	}
	return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
}
