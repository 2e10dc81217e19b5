package timex

import (
	"math/rand"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

// TestPointValueAppends checks the append-built values against the fmt
// and time.Format ones they replace, for every granularity over random
// times of years 1 to 9998, the edges included.
func TestPointValueAppends(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pods := []string{"MO", "AF", "EV", "NI", "24", ""}
	seasons := []string{"SP", "SU", "FA", "WI"}
	edges := []time.Time{ymd(1, 1, 1), ymd(9998, 12, 31), ymd(1999, 12, 31), ymd(2000, 1, 1), ymd(2021, 1, 3)}
	for n := 0; n < 20000; n++ {
		var tm time.Time
		if n < len(edges) {
			tm = edges[n]
		} else {
			tm = ymd(1+rng.Intn(9998), 1+rng.Intn(12), 1+rng.Intn(31)).Add(time.Duration(rng.Intn(24*60)) * time.Minute)
		}
		for g := model.GranCentury; g <= model.GranSecond; g++ {
			p := point{t: tm, g: g, pod: pods[n%len(pods)], season: seasons[n%len(seasons)]}
			if got, want := p.value(), p.valueFmt(); got != want {
				t.Fatalf("%v at %v: value %q, fmt %q", g, tm, got, want)
			}
		}
	}
	for _, y := range []int{0, 9999, 12000} {
		p := point{t: ymd(y, 6, 1), g: model.GranYear}
		if got, want := p.value(), p.valueFmt(); got != want {
			t.Errorf("year %d: %q, want %q", y, got, want)
		}
	}
}
