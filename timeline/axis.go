package timeline

import (
	"fmt"
	"math"
	"time"
)

// unitKind is the calendar field a tick unit steps.
type unitKind uint8

const (
	kindMinute unitKind = iota
	kindHour
	kindDay
	kindWeek
	kindMonth
	kindYear
)

// Unit is a calendar-aligned tick spacing: every Step minutes, hours, days,
// ISO weeks, months or years.
type Unit struct {
	kind unitKind
	Step int
	name string
}

// String names the unit ("1 day", "3 months", "10 years").
func (u Unit) String() string { return u.name }

// approx is the unit's approximate length in seconds, used only to choose units.
func (u Unit) approx() float64 {
	switch u.kind {
	case kindMinute:
		return 60 * float64(u.Step)
	case kindHour:
		return 3600 * float64(u.Step)
	case kindDay:
		return 86400 * float64(u.Step)
	case kindWeek:
		return 7 * 86400 * float64(u.Step)
	case kindMonth:
		return 30.44 * 86400 * float64(u.Step)
	default:
		return 365.2425 * 86400 * float64(u.Step)
	}
}

// minLen is the shortest the unit can be in seconds (February, a 365-day
// year), so that labels fit even in the tightest spacing.
func (u Unit) minLen() float64 {
	switch u.kind {
	case kindMonth:
		return float64(28+30*(u.Step-1)) * 86400
	case kindYear:
		return 365 * 86400 * float64(u.Step)
	default:
		return u.approx()
	}
}

// Units from finest to coarsest. Every unit divides the next coarser major
// unit so that minor ticks line up with major ones.
var Units = []Unit{
	{kindMinute, 1, "1 minute"}, {kindMinute, 5, "5 minutes"}, {kindMinute, 10, "10 minutes"},
	{kindMinute, 15, "15 minutes"}, {kindMinute, 30, "30 minutes"},
	{kindHour, 1, "1 hour"}, {kindHour, 3, "3 hours"}, {kindHour, 6, "6 hours"}, {kindHour, 12, "12 hours"},
	{kindDay, 1, "1 day"}, {kindWeek, 1, "1 week"},
	{kindMonth, 1, "1 month"}, {kindMonth, 3, "1 quarter"}, {kindMonth, 6, "6 months"},
	{kindYear, 1, "1 year"}, {kindYear, 2, "2 years"}, {kindYear, 5, "5 years"}, {kindYear, 10, "10 years"},
	{kindYear, 20, "20 years"}, {kindYear, 50, "50 years"}, {kindYear, 100, "100 years"},
	{kindYear, 200, "200 years"}, {kindYear, 500, "500 years"}, {kindYear, 1000, "1000 years"},
	{kindYear, 2000, "2000 years"}, {kindYear, 5000, "5000 years"}, {kindYear, 10000, "10000 years"},
}

// majorOf returns the unit of the major ticks that group minor ticks of u.
func majorOf(u Unit) Unit {
	switch u.kind {
	case kindMinute:
		return Unit{kindHour, 1, "1 hour"}
	case kindHour:
		return Unit{kindDay, 1, "1 day"}
	case kindDay, kindWeek:
		return Unit{kindMonth, 1, "1 month"}
	case kindMonth:
		return Unit{kindYear, 1, "1 year"}
	default:
		switch {
		case u.Step < 10:
			return Unit{kindYear, 10, "10 years"}
		case u.Step < 100:
			return Unit{kindYear, 100, "100 years"}
		case u.Step < 1000:
			return Unit{kindYear, 1000, "1000 years"}
		default:
			return Unit{kindYear, u.Step * 10, fmt.Sprintf("%d years", u.Step*10)}
		}
	}
}

// Tick is one tick mark on the axis.
type Tick struct {
	T     time.Time
	X     float32 // position in pixels from the left of the axis
	Label string  // empty when the label is left out to avoid a collision
}

// Axis is the result of choosing ticks for a visible range.
type Axis struct {
	Minor, Major    []Tick
	Unit, MajorUnit Unit
	// MajorStickyLabel is the label of the major period that started before
	// the visible range, shown at the left edge ("February 2025").
	MajorStickyLabel string
	// the ticks of the previous call, whose labels are reused while
	// panning so that a frame formats only the ticks that came into view.
	prevMinor, prevMajor []Tick
}

// reuse finds the label of tick time t in prev (sorted), advancing *j.
func reuse(prev []Tick, j *int, t time.Time, u, pu Unit, format func(time.Time, Unit) string) string {
	if u == pu {
		for *j < len(prev) && prev[*j].T.Before(t) {
			*j++
		}
		if *j < len(prev) && prev[*j].T.Equal(t) && prev[*j].Label != "" && prev[*j].T.Location() == t.Location() {
			return prev[*j].Label
		}
	}
	return format(t, u)
}

// Measure returns the width in pixels of a label.
type Measure func(s string) float32

// TickPadding is the least space between two labels, in pixels.
const TickPadding = 12

// MinTickSpacing is the least distance between two minor ticks, in pixels.
const MinTickSpacing = 6

// Ticks chooses calendar-aligned minor and major ticks for the time range
// [from, to] drawn across widthPx pixels. It picks the finest unit whose
// labels fit without touching, so labels never overlap at any zoom.
// Times are read in loc (UTC when nil).
func Ticks(from, to time.Time, widthPx float32, measure Measure, loc *time.Location) Axis {
	var ax Axis
	ticksInto(&ax, from, to, widthPx, measure, loc)
	return ax
}

func ticksInto(ax *Axis, from, to time.Time, widthPx float32, measure Measure, loc *time.Location) {
	prevUnit, prevMajorUnit := ax.Unit, ax.MajorUnit
	ax.prevMinor, ax.Minor = ax.Minor, ax.prevMinor[:0]
	ax.prevMajor, ax.Major = ax.Major, ax.prevMajor[:0]
	ax.MajorStickyLabel = ""
	if loc == nil {
		loc = time.UTC
	}
	// Unix seconds, not time.Duration, which overflows past 292 years.
	span := float64(to.Unix()-from.Unix()) + float64(to.Nanosecond()-from.Nanosecond())*1e-9
	if !(span > 0) || widthPx <= 0 {
		return
	}
	pxPerSec := float64(widthPx) / span
	fromYear, toYear := from.In(loc).Year(), to.In(loc).Year()
	chosen := -1
	for i, u := range Units {
		spacing := u.minLen() * pxPerSec
		if spacing < MinTickSpacing {
			continue
		}
		if float32(spacing) >= widestLabel(u, measure, fromYear, toYear)+TickPadding {
			chosen = i
			break
		}
	}
	if chosen < 0 {
		chosen = len(Units) - 1
	}
	u := Units[chosen]
	ax.Unit = u
	ax.MajorUnit = majorOf(u)
	fromL, toL := from.In(loc), to.In(loc)
	x := func(t time.Time) float32 {
		return float32(float64(t.Unix()-from.Unix())*pxPerSec + float64(t.Nanosecond()-from.Nanosecond())*1e-9*pxPerSec)
	}
	j := 0
	for t := floorTo(fromL, u); !t.After(toL); t = next(t, u) {
		if t.Before(fromL) {
			continue
		}
		ax.Minor = append(ax.Minor, Tick{T: t, X: x(t), Label: reuse(ax.prevMinor, &j, t, u, prevUnit, minorLabel)})
	}
	mu := ax.MajorUnit
	first := floorTo(fromL, mu)
	if first.Before(fromL) {
		ax.MajorStickyLabel = majorLabel(first, mu)
	}
	j = 0
	for t := first; !t.After(toL); t = next(t, mu) {
		if t.Before(fromL) {
			continue
		}
		ax.Major = append(ax.Major, Tick{T: t, X: x(t), Label: reuse(ax.prevMajor, &j, t, mu, prevMajorUnit, majorLabel)})
	}
	// Major labels are wide ("September 2025"); drop those that would touch
	// their neighbour, and the sticky one where the first real one is near.
	if measure != nil {
		last := float32(math.Inf(-1))
		if ax.MajorStickyLabel != "" {
			last = measure(ax.MajorStickyLabel) + TickPadding
			if len(ax.Major) > 0 && ax.Major[0].X < last {
				ax.MajorStickyLabel = ""
				last = float32(math.Inf(-1))
			}
		}
		for i := range ax.Major {
			if ax.Major[i].X < last {
				ax.Major[i].Label = ""
				continue
			}
			last = ax.Major[i].X + measure(ax.Major[i].Label) + TickPadding
		}
	}
}

// widestLabel estimates the widest minor label of u.
func widestLabel(u Unit, measure Measure, fromYear, toYear int) float32 {
	if measure == nil {
		return 0
	}
	var sample string
	switch u.kind {
	case kindMinute, kindHour:
		sample = "00:00"
	case kindDay:
		sample = "28"
	case kindWeek:
		sample = "28 Sep"
	case kindMonth:
		if u.Step == 3 {
			sample = "Q4"
		} else {
			sample = "Sep"
		}
	default:
		// Year labels grow with BC and with many digits: measure both ends.
		return max(measure(YearLabel(fromYear)), measure(YearLabel(toYear)))
	}
	return measure(sample)
}

// startOfDay is the first instant of day y-m-d in loc. Where a clock
// change skips midnight (Santiago, Beirut…), the day starts at 01:00, and
// time.Date may answer 23:00 of the day before: that is corrected, so
// ticks stay on their days and never repeat one.
func startOfDay(y int, m time.Month, d int, loc *time.Location) time.Time {
	t := time.Date(y, m, d, 0, 0, 0, 0, loc)
	wy, wm, wd := time.Date(y, m, d, 12, 0, 0, 0, loc).Date()
	for i := 0; i < 4; i++ {
		if ty, tm, td := t.Date(); ty == wy && tm == wm && td == wd {
			break
		}
		t = t.Add(time.Hour)
	}
	return t
}

// floorTo returns the last boundary of u at or before t.
func floorTo(t time.Time, u Unit) time.Time {
	loc := t.Location()
	y, m, d := t.Date()
	switch u.kind {
	case kindMinute:
		return time.Date(y, m, d, t.Hour(), t.Minute()-t.Minute()%u.Step, 0, 0, loc)
	case kindHour:
		return time.Date(y, m, d, t.Hour()-t.Hour()%u.Step, 0, 0, 0, loc)
	case kindDay:
		return startOfDay(y, m, d, loc)
	case kindWeek:
		wd := (int(t.Weekday()) + 6) % 7
		return startOfDay(y, m, d-wd, loc)
	case kindMonth:
		mi := int(m) - 1
		return startOfDay(y, time.Month(mi-mi%u.Step+1), 1, loc)
	default:
		return startOfDay(floorYear(y, u.Step), 1, 1, loc)
	}
}

// floorYear aligns astronomical year y down to a round year. AD years are
// multiples of step; BC years are round in BC numbering (there is no year
// zero: astronomical 0 is 1 BC, -9 is 10 BC).
func floorYear(y, step int) int {
	if step == 1 {
		return y
	}
	if y > 0 {
		if f := y - y%step; f > 0 {
			return f
		}
		return 1 - step // the BC tick before AD 1…step-1
	}
	bc := 1 - y // 1 BC, 2 BC, …
	r := ceilDiv(bc, step) * step
	return 1 - r
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// next returns the boundary of u after t (t being on a boundary).
func next(t time.Time, u Unit) time.Time {
	switch u.kind {
	case kindMinute:
		return t.Add(time.Duration(u.Step) * time.Minute)
	case kindHour:
		// Step in wall-clock hours so DST days still align.
		y, m, d := t.Date()
		return time.Date(y, m, d, t.Hour()+u.Step, 0, 0, 0, t.Location())
	// Calendar units step by calendar fields, not by elapsed time, so a
	// clock change never shifts the ticks after it.
	case kindDay:
		y, m, d := t.Date()
		return startOfDay(y, m, d+u.Step, t.Location())
	case kindWeek:
		y, m, d := t.Date()
		return startOfDay(y, m, d+7*u.Step, t.Location())
	case kindMonth:
		y, m, _ := t.Date()
		return startOfDay(y, m+time.Month(u.Step), 1, t.Location())
	default:
		y := t.Year()
		n := y + u.Step
		if y <= 0 && n > 0 && u.Step > 1 {
			// BC ticks sit on round BC years (10 BC is -9); the next one is AD step.
			n = u.Step
		}
		return startOfDay(n, 1, 1, t.Location())
	}
}

var monthAbbr = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// YearLabel writes an astronomical year for a reader: 2025, 44 BC.
func YearLabel(y int) string {
	if y <= 0 {
		return fmt.Sprintf("%d BC", 1-y)
	}
	return fmt.Sprintf("%d", y)
}

func minorLabel(t time.Time, u Unit) string {
	switch u.kind {
	case kindMinute, kindHour:
		return t.Format("15:04")
	case kindDay:
		return fmt.Sprintf("%d", t.Day())
	case kindWeek:
		return fmt.Sprintf("%d %s", t.Day(), monthAbbr[t.Month()-1])
	case kindMonth:
		if u.Step == 3 {
			return fmt.Sprintf("Q%d", (int(t.Month())-1)/3+1)
		}
		if u.Step == 6 {
			return fmt.Sprintf("H%d", (int(t.Month())-1)/6+1)
		}
		return monthAbbr[t.Month()-1]
	default:
		return YearLabel(t.Year())
	}
}

func majorLabel(t time.Time, u Unit) string {
	switch u.kind {
	case kindMinute, kindHour:
		return t.Format("15:04 Mon 2 Jan 2006")
	case kindDay:
		return fmt.Sprintf("%s %d %s %s", t.Weekday().String()[:3], t.Day(), monthAbbr[t.Month()-1], YearLabel(t.Year()))
	case kindMonth:
		return fmt.Sprintf("%s %s", t.Month().String(), YearLabel(t.Year()))
	default:
		y := t.Year()
		if u.Step == 1 {
			return YearLabel(y)
		}
		if y > 0 {
			return fmt.Sprintf("%ss", YearLabel(y))
		}
		return YearLabel(y)
	}
}
