package timeline

import (
	"testing"
	"time"
)

// fixedWidth measures labels as 7 px per character, like a small UI font.
func fixedWidth(s string) float32 { return float32(7 * len([]rune(s))) }

func TestTicksUnitPerZoom(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		from, to time.Time
		width    float32
		unit     string
		major    string
	}{
		{"three decades", day(1995, 1, 1), day(2025, 1, 1), 1200, "2 years", "10 years"},
		{"three decades wide", day(1995, 1, 1), day(2025, 1, 1), 1920, "1 year", "10 years"},
		{"century", day(1900, 1, 1), day(2025, 1, 1), 1000, "10 years", "100 years"},
		{"millennia", day(-3000, 1, 1), day(2025, 1, 1), 1000, "500 years", "1000 years"},
		{"two years", day(2024, 1, 1), day(2026, 1, 1), 1200, "1 month", "1 year"},
		{"two years narrow", day(2024, 1, 1), day(2026, 1, 1), 300, "1 quarter", "1 year"},
		{"two months", day(2025, 1, 1), day(2025, 3, 1), 1200, "1 week", "1 month"},
		{"one month", day(2025, 2, 1), day(2025, 3, 1), 1200, "1 day", "1 month"},
		{"half a year", day(2025, 1, 1), day(2025, 7, 1), 1200, "1 month", "1 year"},
		{"quarter", day(2025, 1, 1), day(2025, 4, 1), 1200, "1 week", "1 month"},
		{"one day", day(2025, 2, 18), day(2025, 2, 19), 1200, "1 hour", "1 day"},
		{"half a day", day(2025, 2, 18), day(2025, 2, 18).Add(12 * time.Hour), 1200, "30 minutes", "1 hour"},
		{"one week", day(2025, 2, 17), day(2025, 2, 24), 1200, "12 hours", "1 day"},
		{"two hours", day(2025, 2, 18).Add(10 * time.Hour), day(2025, 2, 18).Add(12 * time.Hour), 1200, "5 minutes", "1 hour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ax := Ticks(tt.from, tt.to, tt.width, fixedWidth, nil)
			if ax.Unit.String() != tt.unit || ax.MajorUnit.String() != tt.major {
				t.Errorf("unit %s / major %s, want %s / %s", ax.Unit, ax.MajorUnit, tt.unit, tt.major)
			}
			if len(ax.Minor) < 2 {
				t.Fatalf("only %d minor ticks", len(ax.Minor))
			}
			assertNoOverlap(t, "minor", ax.Minor)
			assertNoOverlap(t, "major", ax.Major)
			for _, tk := range ax.Minor {
				if tk.X < 0 || tk.X > tt.width {
					t.Errorf("tick %v at x=%v outside [0,%v]", tk.T, tk.X, tt.width)
				}
				if !tk.T.Equal(floorTo(tk.T, ax.Unit)) {
					t.Errorf("tick %v is not aligned to %s", tk.T, ax.Unit)
				}
			}
		})
	}
}

func assertNoOverlap(t *testing.T, kind string, ticks []Tick) {
	t.Helper()
	end := float32(-1e9)
	for _, tk := range ticks {
		if tk.Label == "" {
			continue
		}
		if tk.X < end {
			t.Errorf("%s label %q at %.1f overlaps the previous one ending at %.1f", kind, tk.Label, tk.X, end)
		}
		end = tk.X + fixedWidth(tk.Label) + TickPadding/2
	}
}

// Every zoom from minutes to millennia keeps labels apart.
func TestTicksNeverOverlap(t *testing.T) {
	from := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	for span := 10 * time.Minute; span < 200*365*24*time.Hour; span += span / 2 {
		for _, w := range []float32{200, 800, 1920} {
			ax := Ticks(from, from.Add(span), w, fixedWidth, nil)
			assertNoOverlap(t, "minor", ax.Minor)
			assertNoOverlap(t, "major", ax.Major)
		}
	}
}

func TestTicksBC(t *testing.T) {
	from := time.Date(-60, 1, 1, 0, 0, 0, 0, time.UTC) // 61 BC
	to := time.Date(40, 1, 1, 0, 0, 0, 0, time.UTC)
	ax := Ticks(from, to, 700, fixedWidth, nil)
	var labels []string
	for _, tk := range ax.Minor {
		labels = append(labels, tk.Label)
		if tk.Label == "0" || tk.Label == "0 BC" {
			t.Errorf("axis shows a year zero: %v", labels)
		}
	}
	if ax.Unit.String() != "10 years" {
		t.Fatalf("unit %s, want 10 years", ax.Unit)
	}
	want := []string{"60 BC", "50 BC", "40 BC", "30 BC", "20 BC", "10 BC", "10", "20", "30", "40"}
	if len(labels) != len(want) {
		t.Fatalf("labels %q, want %q", labels, want)
	}
	for i := range want {
		if labels[i] != want[i] {
			t.Fatalf("labels %q, want %q", labels, want)
		}
	}
	if YearLabel(0) != "1 BC" || YearLabel(-43) != "44 BC" || YearLabel(2025) != "2025" {
		t.Errorf("YearLabel: %s %s %s", YearLabel(0), YearLabel(-43), YearLabel(2025))
	}
}

func TestTicksLocalTime(t *testing.T) {
	loc := time.FixedZone("UTC+3", 3*3600)
	from := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)
	ax := Ticks(from, from.Add(24*time.Hour), 1200, fixedWidth, loc)
	if ax.Minor[0].T.Location() != loc {
		t.Fatalf("ticks not in the requested zone")
	}
	if h := ax.Minor[0].T.Hour(); h != 3 {
		t.Errorf("first tick at %02d:00 local, want 03:00 (midnight UTC)", h)
	}
}

// In a zone whose clocks skip midnight, day ticks still fall one per day.
func TestTicksAcrossMidnightDST(t *testing.T) {
	loc, err := time.LoadLocation("America/Santiago")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	from := time.Date(2022, 9, 5, 0, 0, 0, 0, loc) // DST starts at midnight on 11 September
	ax := Ticks(from, from.AddDate(0, 0, 14), 500, fixedWidth, loc)
	if ax.Unit.String() != "1 day" {
		t.Fatalf("unit %s", ax.Unit)
	}
	prev := 0
	for _, tk := range ax.Minor {
		d := tk.T.In(loc).Day()
		if d == prev {
			t.Fatalf("two ticks on day %d: %v", d, ax.Minor)
		}
		if h := tk.T.In(loc).Hour(); h > 1 {
			t.Errorf("tick %v is at %02d:00, not at the start of its day", tk.T, h)
		}
		prev = d
	}
	if len(ax.Minor) < 14 {
		t.Errorf("%d day ticks in 14 days", len(ax.Minor))
	}
}
