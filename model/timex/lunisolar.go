package timex

import (
	"sync"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// Holidays of the two lunisolar calendars news names most: the Chinese
// (Lunar New Year, the Mid-Autumn Festival) and the Hebrew (Passover, Yom
// Kippur, Hanukkah). Each holiday code names its calendar's month and
// day; lunisolarIn finds the day in a Gregorian year.

// lunisolarDays maps a holiday code to its calendar ('c' Chinese, 'h'
// Hebrew), month and day. Hebrew months count from Nisan (1) to Adar (12)
// and Adar II (13); Purim falls in Adar II in a leap year.
var lunisolarDays = map[string]struct {
	cal        byte
	month, day int
}{
	"lunarnewyear": {'c', 1, 1},
	"lantern":      {'c', 1, 15},
	"dragonboat":   {'c', 5, 5},
	"midautumn":    {'c', 8, 15},
	"passover":     {'h', 1, 15},
	"shavuot":      {'h', 3, 6},
	"roshhashanah": {'h', 7, 1},
	"yomkippur":    {'h', 7, 10},
	"sukkot":       {'h', 7, 15},
	"simchattorah": {'h', 7, 22}, // as kept in Israel (Shemini Atzeret)
	"hanukkah":     {'h', 9, 25},
	"purim":        {'h', 12, 14},
}

// lunisolarIn returns the day holiday code h falls on in Gregorian year
// y; ok is false when h is not a lunisolar holiday or y is out of range.
func lunisolarIn(h string, y int) (time.Time, bool) {
	d, ok := lunisolarDays[h]
	if !ok || y < 1000 || y > 2999 {
		return time.Time{}, false
	}
	if d.cal == 'c' {
		return chineseDay(y, d.month, d.day)
	}
	month := d.month
	// Nisan to Elul of Hebrew year y+3760 fall in Gregorian year y;
	// Tishri to Adar begin in its autumn (Hebrew year y+3761), but
	// Shevat and Adar fall in the next Gregorian year, so try both.
	for _, hy := range []int{y + 3760, y + 3761} {
		m := month
		if m == 12 && hebrewLeap(hy) {
			m = 13 // Purim is kept in Adar II
		}
		if t := fixedToTime(fixedFromHebrew(hy, m, d.day)); t.Year() == y {
			return t, true
		}
	}
	return time.Time{}, false
}

var chineseCache sync.Map // [3]int{y, m, d} → time.Time

// chineseDay returns the Gregorian day of day d of month m of the Chinese
// year that begins in Gregorian year y.
func chineseDay(y, m, d int) (t time.Time, ok bool) {
	key := [3]int{y, m, d}
	if v, hit := chineseCache.Load(key); hit {
		return v.(time.Time), true
	}
	defer func() {
		if recover() != nil { // the library panics on a month it lacks
			t, ok = time.Time{}, false
		}
	}()
	mo := calendar.NewLunarYear(y).GetMonth(m)
	if mo == nil {
		return time.Time{}, false
	}
	s := calendar.NewSolarFromJulianDay(mo.GetFirstJulianDay() + float64(d-1))
	t = ymd(s.GetYear(), s.GetMonth(), s.GetDay())
	chineseCache.Store(key, t)
	return t, true
}

// The Hebrew calendar is arithmetical: the year starts near the mean new
// moon (molad) of Tishri, put off a day or two by the rules of
// postponement. Fixed dates count days from Monday, January 1, 1 (day 1).

const hebrewEpoch = -1373427 // Tishri 1, year 1, as a fixed date

func hebrewLeap(y int) bool { return (7*y+1)%19 < 7 }

// hebrewElapsedDays is the number of days from the epoch to the molad of
// Tishri of year y, with the first postponement applied.
func hebrewElapsedDays(y int) int {
	months := (235*y - 234) / 19
	parts := 12084 + 13753*months
	days := 29*months + parts/25920
	if (3*(days+1))%7 < 3 {
		days++
	}
	return days
}

// hebrewNewYear is the fixed date of Tishri 1 of year y.
func hebrewNewYear(y int) int {
	ny0, ny1, ny2 := hebrewElapsedDays(y-1), hebrewElapsedDays(y), hebrewElapsedDays(y+1)
	corr := 0
	switch {
	case ny2-ny1 == 356:
		corr = 2
	case ny1-ny0 == 382:
		corr = 1
	}
	return hebrewEpoch + ny1 + corr
}

// hebrewMonthDays is the length of month m of year y.
func hebrewMonthDays(y, m int) int {
	yearDays := hebrewNewYear(y+1) - hebrewNewYear(y)
	switch {
	case m == 2 || m == 4 || m == 6 || m == 10 || m == 13,
		m == 12 && !hebrewLeap(y),
		m == 8 && yearDays%10 != 5, // Marheshvan is long only in 355- and 385-day years
		m == 9 && yearDays%10 == 3: // Kislev is short in 353- and 383-day years
		return 29
	}
	return 30
}

// fixedFromHebrew is the fixed date of day d of month m of year y.
func fixedFromHebrew(y, m, d int) int {
	last := 12
	if hebrewLeap(y) {
		last = 13
	}
	days := hebrewNewYear(y) + d - 1
	if m < 7 {
		for mm := 7; mm <= last; mm++ {
			days += hebrewMonthDays(y, mm)
		}
		for mm := 1; mm < m; mm++ {
			days += hebrewMonthDays(y, mm)
		}
		return days
	}
	for mm := 7; mm < m; mm++ {
		days += hebrewMonthDays(y, mm)
	}
	return days
}

// fixedToTime turns a fixed date into a Gregorian day.
func fixedToTime(fixed int) time.Time {
	return ymd(1, 1, 1).AddDate(0, 0, fixed-1)
}
