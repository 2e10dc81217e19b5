package timex

import (
	"math"
	"time"
)

// Two Hindu festivals news names most, fixed by the moon as seen from
// India: Diwali, on the new moon (amavasya) of the month of Kartika, and
// Holi, the day after the full moon (purnima) of Phalguna. Their days are
// worked out from the instant of the new or full moon, computed with the
// series of Jean Meeus, Astronomical Algorithms (2nd ed., ch. 49), which
// is good to a few minutes for centuries around 2000.

// moonPhase returns the instant (UTC) of the new moon (phase 0) or full
// moon (phase 0.5) numbered k, counting lunations from the new moon of
// 6 January 2000.
func moonPhase(k float64) time.Time {
	const rad = math.Pi / 180
	t := k / 1236.85
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*t*t - 0.000000150*t*t*t + 0.00000000073*t*t*t*t
	e := 1 - 0.002516*t - 0.0000074*t*t
	m := (2.5534 + 29.10535670*k - 0.0000014*t*t - 0.00000011*t*t*t) * rad
	mm := (201.5643 + 385.81693528*k + 0.0107582*t*t + 0.00001238*t*t*t - 0.000000058*t*t*t*t) * rad
	f := (160.7108 + 390.67050284*k - 0.0016118*t*t - 0.00000227*t*t*t + 0.000000011*t*t*t*t) * rad
	om := (124.7746 - 1.56375588*k + 0.0020672*t*t + 0.00000215*t*t*t) * rad
	sin := math.Sin
	var c float64
	if math.Mod(math.Abs(k), 1) == 0 { // new moon
		c = -0.40720*sin(mm) + 0.17241*e*sin(m) + 0.01608*sin(2*mm) + 0.01039*sin(2*f) +
			0.00739*e*sin(mm-m) - 0.00514*e*sin(mm+m) + 0.00208*e*e*sin(2*m)
	} else { // full moon
		c = -0.40614*sin(mm) + 0.17302*e*sin(m) + 0.01614*sin(2*mm) + 0.01043*sin(2*f) +
			0.00734*e*sin(mm-m) - 0.00515*e*sin(mm+m) + 0.00209*e*e*sin(2*m)
	}
	c += -0.00111*sin(mm-2*f) - 0.00057*sin(mm+2*f) + 0.00056*e*sin(2*mm+m) - 0.00042*sin(3*mm) +
		0.00042*e*sin(m+2*f) + 0.00038*e*sin(m-2*f) - 0.00024*e*sin(2*mm-m) - 0.00017*sin(om) -
		0.00007*sin(mm+2*m) + 0.00004*sin(2*mm-2*f) + 0.00004*sin(3*m) + 0.00003*sin(mm+m-2*f) +
		0.00003*sin(2*mm+2*f) - 0.00003*sin(mm+m+2*f) + 0.00003*sin(mm-m+2*f) - 0.00002*sin(mm-m-2*f) -
		0.00002*sin(3*mm+m) + 0.00002*sin(4*mm)
	jde += c
	// Julian day to time; the minute or so between TT and UTC is left out
	return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).Add(time.Duration((jde - 2451545.0) * 24 * float64(time.Hour)))
}

// ist is India Standard Time, by which the festivals are kept.
var ist = time.FixedZone("IST", 5*3600+1800)

// phaseIn returns the new (phase 0) or full (0.5) moon whose day in
// India falls between from and to (at most a lunation apart).
func phaseIn(from, to time.Time, phase float64) time.Time {
	mid := from.Add(to.Sub(from) / 2)
	k := math.Round((float64(mid.Year())+float64(mid.YearDay()-1)/365.25-2000)*12.3685-phase) + phase
	t := moonPhase(k)
	switch {
	case istDay(t).Before(from):
		t = moonPhase(k + 1)
	case istDay(t).After(to):
		t = moonPhase(k - 1)
	}
	return t
}

// istDay is the calendar day in India of instant t.
func istDay(t time.Time) time.Time {
	l := t.In(ist)
	return ymd(l.Year(), int(l.Month()), l.Day())
}

// diwali returns the day of Diwali (Lakshmi Puja) in year y. It is kept
// on the evening the amavasya of Kartika holds; the amavasya ends at the
// new moon that falls with the sun in Libra (mid-October to
// mid-November). A new moon late in the evening or at night (after 8
// p.m.) leaves that evening to the amavasya; an earlier one means the
// amavasya held the evening before. (This gives every Diwali of 2010–2025
// but 2013's, whose new moon at 6:20 p.m. kept the day itself.)
func diwali(y int) time.Time {
	nm := phaseIn(ymd(y, 10, 17), ymd(y, 11, 16), 0)
	d := istDay(nm)
	if nm.In(ist).Hour() < 20 {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// holi returns the day of Holi in year y: the morning after the bonfire
// of Holika, lit on the evening of the purnima of Phalguna (the full moon
// between late February and late March) once its first half, Bhadra, is
// over. A full moon before late afternoon (5 p.m.) lets the bonfire burn
// the night before, and Holi is that day; a later one puts the bonfire on
// its own evening, and Holi on the next day.
func holi(y int) time.Time {
	fm := phaseIn(ymd(y, 2, 28), ymd(y, 3, 29), 0.5)
	d := istDay(fm)
	if fm.In(ist).Hour() >= 17 {
		d = d.AddDate(0, 0, 1)
	}
	return d
}
