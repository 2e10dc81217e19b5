package timex

import "testing"

func TestNumDate(t *testing.T) {
	for _, c := range []struct {
		in      string
		y, m, d int
		ok      bool
	}{
		{"2/17/2025", 2025, 2, 17, true},
		{"17/2/2025", 2025, 2, 17, true},
		{"10/30/89", 1989, 10, 30, true},
		{"1/5/24", 2024, 1, 5, true},
		{"2025/02/17", 2025, 2, 17, true},
		{"17.02.2025", 2025, 2, 17, true},
		{"2/29/2024", 2024, 2, 29, true},
		{"2/29/2023", 0, 0, 0, false},
		{"31/04/2025", 0, 0, 0, false},
		{"13/13/2025", 0, 0, 0, false},
		{"1.2.3", 0, 0, 0, false},
		{"17.02.25", 0, 0, 0, false},
		{"3/4", 0, 0, 0, false},
		{"1/2/3/4", 0, 0, 0, false},
		{"2025/17/02", 0, 0, 0, false},
		{"12345/1/2", 0, 0, 0, false},
	} {
		y, m, d, ok := numDate(c.in)
		if ok != c.ok || ok && (y != c.y || m != c.m || d != c.d) {
			t.Errorf("numDate(%q) = %d-%d-%d %v, want %d-%d-%d %v", c.in, y, m, d, ok, c.y, c.m, c.d, c.ok)
		}
	}
}
