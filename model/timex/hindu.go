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
	return fromJD(jde)
}

// fromJD turns a Julian day into a time (UTC; the minute or so between
// TT and UTC is left out). Whole days are added as dates, so that no
// Duration overflows centuries away from 2000.
func fromJD(jd float64) time.Time {
	d := jd - 2451545.0
	days := math.Floor(d)
	return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Add(time.Duration((d - days) * 24 * float64(time.Hour)))
}

// toJD is fromJD's inverse: the Julian day of instant t (Gregorian
// calendar), counted from the date so that no Duration overflows.
func toJD(t time.Time) float64 {
	t = t.UTC()
	y, m, d := t.Year(), int(t.Month()), t.Day()
	if m <= 2 {
		y, m = y-1, m+12
	}
	a := y / 100
	b := 2 - a + a/4
	jd := math.Floor(365.25*float64(y+4716)) + math.Floor(30.6001*float64(m+1)) + float64(d+b) - 1524.5
	return jd + (float64(t.Hour())+float64(t.Minute())/60+float64(t.Second())/3600)/24
}

// phaseNear returns the new (phase 0) or full (0.5) moon nearest day.
func phaseNear(day time.Time, phase float64) time.Time {
	k := math.Round((float64(day.Year())+float64(day.YearDay()-1)/365.25-2000)*12.3685-phase) + phase
	return moonPhase(k)
}

// siderealSun is the sun's longitude in degrees among the stars, as
// Indian calendars count it (the Lahiri ayanamsa), at instant t; good to
// a few hundredths of a degree.
func siderealSun(t time.Time) float64 {
	const rad = math.Pi / 180
	n := toJD(t) - 2451545.0
	l := 280.460 + 0.9856474*n
	g := (357.528 + 0.9856003*n) * rad
	tropical := l + 1.915*math.Sin(g) + 0.020*math.Sin(2*g)
	ayanamsa := 23.853 + 0.013969*n/365.25
	return math.Mod(math.Mod(tropical-ayanamsa, 360)+360, 360)
}

// newMoonInSign returns the new moon near day whose sun stands in the
// sidereal sign starting at lon degrees (30 degrees wide).
func newMoonInSign(day time.Time, lon float64) (time.Time, bool) {
	k := math.Round((float64(day.Year()) + float64(day.YearDay()-1)/365.25 - 2000) * 12.3685)
	for dk := -2.0; dk <= 2; dk++ {
		// the first, if two fall in the sign: the month it opens is the
		// intercalary one, and the amavasya before it still ends the
		// month sought
		t := moonPhase(k + dk)
		if l := siderealSun(t); l >= lon && l < lon+30 {
			return t, true
		}
	}
	return time.Time{}, false
}

// ist is India Standard Time, by which the festivals are kept.
var ist = time.FixedZone("IST", 5*3600+1800)

// phaseIn returns the new (phase 0) or full (0.5) moon whose day in
// India falls between from and to (less than a lunation apart); a
// fallback for a year with no new moon in the sign sought.
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
// new moon that falls with the sun in sidereal Libra (mid-October to
// mid-November). A new moon in the evening or at night (from 6 p.m.)
// leaves that evening to the amavasya; an earlier one means the amavasya
// held the evening before. (This gives the day India kept in every year
// of 2000-2025 but 2024, whose new moon at 6:17 p.m. split the country
// between Oct. 31 and Nov. 1; the rule says Nov. 1.)
func diwali(y int) time.Time {
	nm, ok := newMoonInSign(ymd(y, 11, 1), 180) // the sun in Libra
	if !ok {
		nm = phaseIn(ymd(y, 10, 17), ymd(y, 11, 15), 0)
	}
	d := istDay(nm)
	if nm.In(ist).Hour() < 18 {
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
	// the full moon before the new moon that opens Chaitra, with the sun
	// in Pisces
	var fm time.Time
	if nm, ok := newMoonInSign(ymd(y, 3, 28), 330); ok {
		fm = phaseNear(nm.AddDate(0, 0, -15), 0.5)
	} else {
		fm = phaseIn(ymd(y, 2, 28), ymd(y, 3, 28), 0.5)
	}
	d := istDay(fm)
	if fm.In(ist).Hour() >= 17 {
		d = d.AddDate(0, 0, 1)
	}
	return d
}
