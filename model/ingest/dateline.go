package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A dateline opens a wire story: "RIYADH, Feb 18, 2025 (Reuters) –",
// "KYIV, Ukraine (AP) — Feb. 18, 2025", "Moscow, 18 February 2025 –".
// Only a date with a year sets the publication date: without one the
// year would be a guess, and Parley never guesses silently.
var datelineRe = regexp.MustCompile(`^\s*(?:[A-Z][A-Za-z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,30})?\s*(?:\([A-Za-z ]{2,20}\))?\s*[,–—-]\s*)?` +
	`(?:(?P<mon1>[A-Z][a-z]{2,8})\.?\s+(?P<day1>\d{1,2}),?\s+(?P<year1>\d{4})|(?P<day2>\d{1,2})\s+(?P<mon2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2}))` +
	`\s*(?:\([A-Za-z ]{2,20}\))?\s*[,–—:-]`)

var monthNames = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// Dateline returns the date of a dateline at the start of text.
func Dateline(text string) (time.Time, bool) {
	head := text
	if len(head) > 200 {
		head = head[:200]
	}
	m := datelineRe.FindStringSubmatch(head)
	if m == nil {
		return time.Time{}, false
	}
	get := func(name string) string { return m[datelineRe.SubexpIndex(name)] }
	if iso := get("iso"); iso != "" {
		t, err := time.Parse("2006-01-02", iso)
		return t, err == nil
	}
	mon, day, year := get("mon1"), get("day1"), get("year1")
	if mon == "" {
		mon, day, year = get("mon2"), get("day2"), get("year2")
	}
	mo, ok := monthNames[strings.ToLower(mon)]
	if !ok {
		return time.Time{}, false
	}
	d, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(year)
	t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || d < 1 {
		return time.Time{}, false
	}
	return t, true
}
