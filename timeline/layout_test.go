package timeline

import (
	"fmt"
	"math"
	"testing"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/synth"
)

// labelEnd is where a mark's label ends: right of a point, inside a bar
// from its left end.
func labelEnd(f *Frame, m *Mark) float32 {
	if m.Kind == MarkBar {
		return max(m.X0, f.PlotX0) + LabelGap + m.LabelW
	}
	return m.X1 + LabelGap + m.LabelW
}

// No label ever overlaps another mark or label in its row, at any zoom,
// for a dense corpus in every lane mode.
func TestLabelsNeverOverlap(t *testing.T) {
	c := synth.Corpus(20000, 5)
	for _, mode := range []LaneMode{LanesCountry, LanesAll, LanesType} {
		d := NewData(c, mode, LightStyle())
		from, to := d.Extent()
		for span := to - from; span > 3600; span /= 3 {
			for _, centre := range []float64{0.3, 0.6} {
				c := from + (to-from)*centre
				var f Frame
				f.Layout(d, View{From: c - span/2, To: c + span/2, W: 1400, H: 900}, LightStyle())
				checkRows(t, &f, fmt.Sprintf("%s span %.0f days", mode, span/86400))
			}
		}
	}
}

func checkRows(t *testing.T, f *Frame, where string) {
	t.Helper()
	for li := f.FirstLane; li < f.LastLane; li++ {
		rows := map[uint8][]*Mark{}
		for i, m := range f.LaneMarks(li) {
			rows[m.Row] = append(rows[m.Row], &f.LaneMarks(li)[i])
		}
		for r, ms := range rows {
			for i := 1; i < len(ms); i++ {
				prevEnd := labelEnd(f, ms[i-1])
				if ms[i-1].LabelW > 0 && prevEnd > ms[i].X0 {
					t.Fatalf("%s, lane %d row %d: label of item %d ends at %.1f over the mark at %.1f", where, li, r, ms[i-1].Item, prevEnd, ms[i].X0)
				}
			}
		}
	}
}

// Clusters split as the user zooms in: the number of clusters falls and
// the number of single marks rises, until none are clustered.
func TestClustersSplitOnZoom(t *testing.T) {
	d := NewData(synth.Corpus(5000, 9), LanesAll, LightStyle())
	from, to := d.Extent()
	count := func(span float64) (clusters, points int, clustered int32) {
		var f Frame
		c := (from + to) / 2
		f.Layout(d, View{From: c - span/2, To: c + span/2, W: 1200, H: 800}, LightStyle())
		for _, m := range f.Marks {
			if m.Kind == MarkCluster {
				clusters++
				clustered += m.Count
			} else {
				points++
			}
		}
		return
	}
	_, p0, n0 := count(to - from)
	_, p1, n1 := count((to - from) / 50)
	c2, p2, _ := count(86400 * 3)
	if n0 == 0 {
		t.Fatal("30 years of 5000 events show no cluster")
	}
	if !(n1 < n0) || !(p1 > p0) {
		t.Errorf("zooming in 50× did not split clusters: %d→%d clustered, %d→%d points", n0, n1, p0, p1)
	}
	if c2 != 0 || p2 == 0 {
		t.Errorf("at three days: %d clusters, %d points", c2, p2)
	}
	// Every visible event is counted exactly once: in a mark or a cluster.
	var f Frame
	f.Layout(d, View{From: from, To: to, W: 1200, H: 800}, LightStyle())
	var total int32
	for _, m := range f.Marks {
		total += m.Count
	}
	if int(total) != len(d.Items) {
		t.Errorf("marks account for %d of %d events", total, len(d.Items))
	}
}

// Layout only looks at lanes on screen, and scrolling brings the others.
func TestLanesScroll(t *testing.T) {
	d := NewData(synth.Corpus(3000, 2), LanesActor, LightStyle())
	var f Frame
	v := View{W: 1000, H: 600}
	v.From, v.To = d.Extent()
	f.Layout(d, v, LightStyle())
	if f.FirstLane != 0 || f.LastLane >= len(d.Lanes) {
		t.Fatalf("lanes %d–%d of %d on screen", f.FirstLane, f.LastLane, len(d.Lanes))
	}
	v.ScrollY = 1e9
	f.Layout(d, v, LightStyle())
	if f.LastLane != len(d.Lanes) || f.ScrollY != f.ContentH-(f.PlotY1-f.PlotY0) {
		t.Errorf("scrolled to the end shows lanes %d–%d of %d, scroll %.0f", f.FirstLane, f.LastLane, len(d.Lanes), f.ScrollY)
	}
	for li := f.FirstLane; li < f.LastLane; li++ {
		for _, m := range f.LaneMarks(li) {
			if y := f.LaneY(li); m.Y < y || m.Y > y+f.LaneHeight(li) {
				t.Fatalf("mark at y=%.0f outside its lane %.0f–%.0f", m.Y, y, y+f.LaneHeight(li))
			}
		}
	}
}

func TestHitFindsEveryMark(t *testing.T) {
	d := NewData(synth.Corpus(2000, 4), LanesCountry, LightStyle())
	var f Frame
	from, to := d.Extent()
	f.Layout(d, View{From: from, To: from + (to-from)/20, W: 1400, H: 900}, LightStyle())
	if len(f.Marks) == 0 {
		t.Fatal("no marks")
	}
	for i, m := range f.Marks {
		if m.Y < f.PlotY0 || m.Y > f.PlotY1 || m.X < f.PlotX0 || m.X > f.PlotX1 {
			continue
		}
		if got := f.Hit(m.X, m.Y); got != i {
			// Overlapping marks (a row ran out of room) may answer for each other.
			o := f.Marks[got]
			if got < 0 || math.Abs(float64(o.X-m.X)) > float64(2*LightStyle().MarkRadius) || o.Y != m.Y {
				t.Fatalf("Hit at mark %d (%.1f, %.1f) = %d", i, m.X, m.Y, got)
			}
		}
	}
	if f.Hit(f.PlotX0-10, f.PlotY0+10) != -1 {
		t.Error("a hit in the lane names")
	}
}

func TestCategoryByRootCodeThenType(t *testing.T) {
	for _, c := range []struct {
		root, code, typ string
		want            uint8
	}{
		{"17", "173", "meeting", CatCoercion}, // the code decides over the label
		{"", "043", "", CatCooperation},       // only a full code: its root
		{"", "1", "threat", CatThreat},        // no usable code: the label
		{"", "", "sanctions", CatCoercion},
	} {
		ev := &model.Event{RootCode: c.root, Code: c.code, Type: c.typ}
		if got := Category(ev); got != c.want {
			t.Errorf("Category(root %q, code %q, type %q) = %s, want %s", c.root, c.code, c.typ, CategoryNames[got], CategoryNames[c.want])
		}
	}
}
