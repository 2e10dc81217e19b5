package timeline

import (
	"math"
	"slices"
	"sort"
	"time"
)

// View is what the user is looking at: a time range and a size. It is the
// whole input of a layout besides the data.
type View struct {
	From, To float64 // Unix seconds at the left and right edge of the plot
	W, H     float32 // logical pixels of the whole drawing
	ScrollY  float32 // vertical scroll through the lanes, pixels
	Loc      *time.Location
	// NoMinimap leaves out the overview strip (exports).
	NoMinimap bool
	// Footer reserves space at the bottom for a legend and source line (exports).
	Footer float32
	// Header reserves space at the top for a title (exports).
	Header float32
	// Rows, when set, is the number of rows in each lane (exports size
	// lanes to their content); 0 fits the rows to the height.
	Rows int
	// LaneRows, when it has one entry per lane, sets each lane's rows.
	LaneRows []int
}

// Mark kinds.
const (
	MarkPoint uint8 = iota
	MarkBar
	MarkCluster
)

// Mark is one thing drawn in a lane: an event as a point or a bar, or a
// cluster of events too close together to tell apart at this zoom.
type Mark struct {
	X, Y   float32 // centre
	X0, X1 float32 // horizontal extent of the shape (a bar's ends)
	LabelW float32 // room granted to the label right of a point or inside a bar; 0 = no label
	Item   int32   // the item, or the first item of a cluster
	Lane   int32
	Count  int32 // items in a cluster; 1 otherwise
	P0, P1 int32 // a cluster's positions [P0,P1) in its lane
	Kind   uint8
	Row    uint8
}

// Layout constants, in logical pixels.
const (
	ClusterPx   = 8  // items closer than this merge into a cluster
	ClusterBin  = 3  // a cluster then takes in the rest of its bin of ClusterBin×ClusterPx
	BarMinPx    = 14 // ranges narrower than this are drawn as points
	LabelGap    = 4  // between a mark and its label, and between neighbours
	MinLabelPx  = 28 // shorter room than this shows no label at all
	MaxRows     = 8  // per lane when there are several
	MaxRowsOne  = 16 // when a single lane has the plot to itself
	DefaultRows = 3
)

// Frame is a complete layout: where every visible lane, mark and tick goes.
// A Frame is reused from one layout to the next, so steady-state layout
// allocates nothing.
type Frame struct {
	View
	PlotX0, PlotX1, PlotY0, PlotY1 float32
	PxPerSec                       float64
	Rows                           int // rows of the lane being laid out; then the default
	defaultRows                    int
	LaneH, ContentH                float32 // LaneH: the default lane height
	laneTop                        []float32
	laneRows                       []uint8
	FirstLane, LastLane            int // visible lanes [FirstLane, LastLane)
	Axis                           Axis
	Marks                          []Mark
	laneStart                      []int32 // marks of lane FirstLane+i start at laneStart[i]
	rowEnd, rowMarkEnd             [MaxRowsOne]float32
	rowLast                        [MaxRowsOne]int32
	free                           [MaxRowsOne]float32 // per row, where marks end while binning
	wide                           []int32             // positions of wide ranges in the current lane
	fonts                          *Fonts
	style                          *Style
	data                           *Data
}

// X maps Unix seconds to a horizontal position.
func (f *Frame) X(t float64) float32 {
	return f.PlotX0 + float32((t-f.From)*f.PxPerSec)
}

// T maps a horizontal position to Unix seconds.
func (f *Frame) T(x float32) float64 {
	if f.PxPerSec == 0 {
		return f.From
	}
	return f.From + float64(x-f.PlotX0)/f.PxPerSec
}

// LaneY returns the top of lane li on screen.
func (f *Frame) LaneY(li int) float32 {
	return f.PlotY0 + f.laneTop[li] - f.ScrollY
}

// LaneHeight returns the height of lane li (0 when not laid out).
func (f *Frame) LaneHeight(li int) float32 {
	if li < 0 || li+1 >= len(f.laneTop) {
		return 0
	}
	return f.laneTop[li+1] - f.laneTop[li]
}

// LaneTop returns the top of lane li within the scrolled content.
func (f *Frame) LaneTop(li int) float32 {
	if li < 0 || li >= len(f.laneTop) {
		return 0
	}
	return f.laneTop[li]
}

// laneAt returns the lane at content height y, or -1.
func (f *Frame) laneAt(y float32) int {
	n := len(f.laneTop) - 1
	if n <= 0 || y < 0 || y >= f.laneTop[n] {
		return -1
	}
	return sort.Search(n, func(i int) bool { return f.laneTop[i+1] > y })
}

// Layout places d's items for view v. It only looks at the lanes on screen
// and, within each, finds the visible items by binary search and bins
// crowded ones into clusters, so its cost follows what is shown, not the
// size of the corpus.
func (f *Frame) Layout(d *Data, v View, st *Style) {
	f.View = v
	f.data, f.style = d, st
	if f.fonts == nil {
		f.fonts = DefaultFonts()
	}
	f.Marks = f.Marks[:0]
	f.laneStart = f.laneStart[:0]
	gutter := st.GutterWidth
	if v.W < 3*gutter {
		gutter = v.W / 4
	}
	f.PlotX0, f.PlotX1 = gutter, v.W-8
	f.PlotY0 = v.Header + st.AxisHeight
	bottom := v.H - v.Footer
	if !v.NoMinimap {
		bottom -= st.MinimapHeight
	}
	f.PlotY1 = bottom
	if f.PlotX1 <= f.PlotX0+10 || f.PlotY1 <= f.PlotY0 || !(v.To > v.From) {
		// Too small to draw: leave nothing from an earlier layout behind.
		f.PxPerSec = 0
		f.Axis.Minor, f.Axis.Major = f.Axis.Minor[:0], f.Axis.Major[:0]
		f.laneTop, f.laneRows = f.laneTop[:0], f.laneRows[:0]
		f.LaneH, f.ContentH, f.FirstLane, f.LastLane = 0, 0, 0, 0
		return
	}
	f.PxPerSec = float64(f.PlotX1-f.PlotX0) / (v.To - v.From)
	measure := func(s string) float32 { return f.fonts.Width(s, st.SmallFontSize, false) }
	ticksInto(&f.Axis, TimeOf(v.From), TimeOf(v.To), f.PlotX1-f.PlotX0, measure, v.Loc)
	for i := range f.Axis.Minor {
		f.Axis.Minor[i].X += f.PlotX0
	}
	for i := range f.Axis.Major {
		f.Axis.Major[i].X += f.PlotX0
	}

	// Lanes share one height: enough rows to fill the plot when there are
	// few lanes, DefaultRows when they scroll.
	plotH := f.PlotY1 - f.PlotY0
	n := len(d.Lanes)
	rows := DefaultRows
	if n > 0 {
		fit := int(plotH/float32(n)-2*st.LanePad) / int(st.RowHeight)
		rows = max(2, min(MaxRows, fit))
		if n == 1 {
			rows = max(1, min(MaxRowsOne, int((plotH-2*st.LanePad)/st.RowHeight)))
		}
	}
	if v.Rows > 0 {
		rows = v.Rows
	}
	if rows > MaxRows && n > 1 && len(v.LaneRows) != n {
		rows = MaxRows
	}
	if rows > len(f.rowEnd) {
		rows = len(f.rowEnd)
	}
	f.defaultRows = rows
	f.LaneH = float32(rows)*st.RowHeight + 2*st.LanePad
	f.laneTop = append(f.laneTop[:0], 0)
	f.laneRows = f.laneRows[:0]
	for li := 0; li < n; li++ {
		r := rows
		if len(v.LaneRows) == n {
			r = max(1, min(MaxRowsOne, v.LaneRows[li]))
		}
		f.laneRows = append(f.laneRows, uint8(r))
		f.laneTop = append(f.laneTop, f.laneTop[li]+float32(r)*st.RowHeight+2*st.LanePad)
	}
	f.ContentH = f.laneTop[n]
	f.ScrollY = max(0, min(v.ScrollY, f.ContentH-plotH))
	f.FirstLane, f.LastLane = 0, 0
	if n > 0 {
		f.FirstLane = max(0, f.laneAt(f.ScrollY))
		last := f.laneAt(f.ScrollY + plotH - 0.01)
		if last < 0 {
			last = n - 1
		}
		f.LastLane = last + 1
	}
	for li := f.FirstLane; li < f.LastLane; li++ {
		f.laneStart = append(f.laneStart, int32(len(f.Marks)))
		f.Rows = int(f.laneRows[li])
		f.layoutLane(d, li)
	}
	f.Rows = f.defaultRows
	f.laneStart = append(f.laneStart, int32(len(f.Marks)))
}

func (f *Frame) layoutLane(d *Data, li int) {
	l := &d.Lanes[li]
	st := f.style
	first := len(f.Marks)
	top := f.LaneY(li) + st.LanePad
	from, to := f.From, f.To

	// Ranges wide enough to read as bars.
	f.wide = f.wide[:0]
	minDur := BarMinPx / f.PxPerSec
	// Bins below look at mids within binReach of the view; only wide ranges
	// whose mid lies there need excluding from them.
	binReach := max(ClusterBin*ClusterPx/f.PxPerSec, l.pointHalf)
	for _, p := range l.spans {
		it := &d.Items[l.idx[p]]
		if it.T1-it.T0 < minDur {
			break
		}
		if it.Mid >= from-binReach && it.Mid <= to+binReach {
			f.wide = append(f.wide, p)
		}
		if it.Flags&FlagHidden != 0 || it.T1 < from || it.T0 > to {
			continue
		}
		x0, x1 := max(f.X(it.T0), f.PlotX0-2), min(f.X(it.T1), f.PlotX1+2)
		f.Marks = append(f.Marks, Mark{X: (x0 + x1) / 2, X0: x0, X1: x1, Item: l.idx[p], Lane: int32(li), Count: 1, P0: p, P1: p + 1, Kind: MarkBar})
	}
	slices.Sort(f.wide)

	// Points and clusters: bins of ClusterPx aligned to absolute time, so
	// that panning does not reshuffle clusters.
	binDur := ClusterPx / f.PxPerSec
	mids := l.mid
	reach := max(binDur, l.pointHalf)
	lo := sort.SearchFloat64s(mids, from-reach)
	hi := sort.SearchFloat64s(mids, to+reach)
	r := float32(st.MarkRadius)
	for i := 0; i < f.Rows; i++ {
		f.free[i] = -1e9
	}
	for p := lo; p < hi; {
		k := math.Floor(mids[p] / binDur)
		end := p + sort.SearchFloat64s(mids[p:hi], (k+1)*binDur)
		if end <= p {
			end = p + 1
		}
		cnt := l.cum[end] - l.cum[p] - f.wideIn(int32(p), int32(end), d, l)
		if cnt > 1 && f.stack(d, l, li, p, end, cnt, r) {
			p = end
			continue
		}
		if cnt > 1 {
			// Widen to the coarse bin so clusters sit a cluster's width apart.
			k = math.Floor(mids[p] / (ClusterBin * binDur))
			k2end := (k + 1) * ClusterBin * binDur
			end = p + sort.SearchFloat64s(mids[p:hi], k2end)
			if end == hi && hi < len(mids) && mids[hi] < k2end {
				end = p + sort.SearchFloat64s(mids[p:], k2end)
			}
			cnt = l.cum[end] - l.cum[p] - f.wideIn(int32(p), int32(end), d, l)
			k = (k + 0.5) * ClusterBin // centre, in fine-bin units
			k -= 0.5
		}
		switch {
		case cnt == 1:
			for q := p; q < end; q++ {
				i := l.idx[q]
				if d.Items[i].Flags&FlagHidden == 0 && !f.isWide(int32(q)) {
					f.single(d, i, li, q, r)
					break
				}
			}
		case cnt > 1:
			var x float32
			if end-p <= 64 {
				var s float64
				var n int
				for q := p; q < end; q++ {
					i := l.idx[q]
					if d.Items[i].Flags&FlagHidden == 0 && !f.isWide(int32(q)) {
						s += mids[q]
						n++
					}
				}
				x = f.X(s / float64(n))
			} else {
				x = f.X((k + 0.5) * binDur)
			}
			cr := min(clusterRadius(cnt, r), st.RowHeight/2-0.5)
			f.occupy(x-cr, x+cr)
			f.Marks = append(f.Marks, Mark{X: x, X0: x - cr, X1: x + cr, Item: l.idx[p], Lane: int32(li), Count: cnt, P0: int32(p), P1: int32(end), Kind: MarkCluster})
		}
		p = end
	}

	// Rows: left to right, each mark takes the first row where it and its
	// label fit; where none has room, the label of the mark before it in
	// the least crowded row is shortened, and labels too short to read go.
	lane := f.Marks[first:]
	slices.SortFunc(lane, func(a, b Mark) int {
		if a.X0 < b.X0 {
			return -1
		}
		if a.X0 > b.X0 {
			return 1
		}
		return int(a.Item - b.Item)
	})
	for i := 0; i < f.Rows; i++ {
		f.rowEnd[i], f.rowMarkEnd[i], f.rowLast[i] = -1e9, -1e9, -1
	}
	for mi := range lane {
		m := &lane[mi]
		want := float32(0)
		it := &d.Items[m.Item]
		switch m.Kind {
		case MarkPoint:
			want = it.LabelW
		case MarkBar:
			want = 0 // the label goes inside the bar
		}
		row := -1
		for ri := 0; ri < f.Rows; ri++ {
			if f.rowEnd[ri]+LabelGap <= m.X0 {
				row = ri
				break
			}
		}
		if row < 0 {
			// Take the row whose last mark ends first, cutting its label.
			best := float32(1e30)
			for ri := 0; ri < f.Rows; ri++ {
				if f.rowMarkEnd[ri] < best {
					best, row = f.rowMarkEnd[ri], ri
				}
			}
			if last := f.rowLast[row]; last >= 0 {
				pm := &lane[last]
				var room float32
				switch pm.Kind {
				case MarkPoint:
					room = m.X0 - LabelGap - (pm.X1 + LabelGap)
				case MarkBar: // its label runs inside the bar from the left
					room = m.X0 - LabelGap - (max(pm.X0, f.PlotX0) + LabelGap)
				}
				if room < MinLabelPx {
					room = 0
				}
				pm.LabelW = min(pm.LabelW, room)
			}
		}
		m.Row = uint8(row)
		m.Y = top + float32(row)*st.RowHeight + st.RowHeight/2
		end := m.X1
		switch m.Kind {
		case MarkPoint:
			room := f.PlotX1 - (m.X1 + LabelGap)
			m.LabelW = min(want, room)
			if m.LabelW < MinLabelPx {
				m.LabelW = 0
			}
			if m.LabelW > 0 {
				end = m.X1 + LabelGap + m.LabelW
			}
		case MarkBar:
			if w := m.X1 - m.X0 - 2*LabelGap; w >= MinLabelPx {
				m.LabelW = min(w, it.LabelW)
			}
		}
		f.rowEnd[row] = end
		f.rowMarkEnd[row] = m.X1
		f.rowLast[row] = int32(mi)
	}
}

// stack emits the cnt items at lane positions [p, end) as separate
// points when there are enough free rows at their place for each to have
// its own; it reports whether it did. Same-day events then stand one above
// the other instead of hiding in a cluster.
func (f *Frame) stack(d *Data, l *Lane, li, p, end int, cnt int32, r float32) bool {
	if int(cnt) > f.Rows {
		return false
	}
	x0 := f.X(l.mid[p]) - r
	var free int32
	for i := 0; i < f.Rows; i++ {
		if f.free[i]+LabelGap <= x0 {
			free++
		}
	}
	if free < cnt {
		return false
	}
	for q := p; q < end; q++ {
		i := l.idx[q]
		if d.Items[i].Flags&FlagHidden != 0 || f.isWide(int32(q)) {
			continue
		}
		f.single(d, i, li, q, r)
	}
	return true
}

// DayBarPx is the width from which a day (or hour) event is drawn as a
// bar across its whole day rather than as a point at noon, which would
// claim a precision the text did not give.
const DayBarPx = 48

// single emits one item: a point, or a bar over its day when zoomed in
// far enough to see the day.
func (f *Frame) single(d *Data, i int32, li, q int, r float32) {
	it := &d.Items[i]
	if w := float32((it.T1 - it.T0) * f.PxPerSec); w >= DayBarPx {
		x0, x1 := max(f.X(it.T0), f.PlotX0-2), min(f.X(it.T1), f.PlotX1+2)
		if x1 < f.PlotX0 || x0 > f.PlotX1 {
			return
		}
		f.Marks = append(f.Marks, Mark{X: (x0 + x1) / 2, X0: x0, X1: x1, Item: i, Lane: int32(li), Count: 1, P0: int32(q), P1: int32(q + 1), Kind: MarkBar})
		f.occupy(x0, x1)
		return
	}
	x := f.X(it.Mid)
	f.Marks = append(f.Marks, Mark{X: x, X0: x - r, X1: x + r, Item: i, Lane: int32(li), Count: 1, P0: int32(q), P1: int32(q + 1), Kind: MarkPoint})
	f.occupy(x-r, x+r)
}

// occupy notes that a mark takes [x0, x1] in the lowest row free there.
func (f *Frame) occupy(x0, x1 float32) {
	for i := 0; i < f.Rows; i++ {
		if f.free[i]+LabelGap <= x0 {
			f.free[i] = x1
			return
		}
	}
}

// clusterRadius grows with the logarithm of the count, so that a cluster
// of 10,000 is bigger than one of 10 but never swallows the lane.
func clusterRadius(n int32, r float32) float32 {
	return r + 1.6*float32(math.Log2(float64(n)))
}

// isWide reports whether lane position p is a range drawn as a bar.
func (f *Frame) isWide(p int32) bool {
	_, ok := slices.BinarySearch(f.wide, p)
	return ok
}

// wideIn counts the shown bars among positions [p, end).
func (f *Frame) wideIn(p, end int32, d *Data, l *Lane) int32 {
	if len(f.wide) == 0 {
		return 0
	}
	a, _ := slices.BinarySearch(f.wide, p)
	var n int32
	for _, q := range f.wide[a:] {
		if q >= end {
			break
		}
		if d.Items[l.idx[q]].Flags&FlagHidden == 0 {
			n++
		}
	}
	return n
}

// LaneMarks returns the marks of lane li (empty when it is off screen).
func (f *Frame) LaneMarks(li int) []Mark {
	if li < f.FirstLane || li >= f.LastLane || len(f.laneStart) == 0 {
		return nil
	}
	i := li - f.FirstLane
	return f.Marks[f.laneStart[i]:f.laneStart[i+1]]
}

// Hit returns the index in f.Marks of the mark (or its label) under (x, y),
// or -1. It looks only at the lane and row under the pointer.
func (f *Frame) Hit(x, y float32) int {
	if x < f.PlotX0 || x > f.PlotX1 || y < f.PlotY0 || y > f.PlotY1 || f.LaneH == 0 {
		return -1
	}
	li := f.laneAt(y - f.PlotY0 + f.ScrollY)
	marks := f.LaneMarks(li)
	if marks == nil {
		return -1
	}
	base := int(f.laneStart[li-f.FirstLane])
	best, bestD := -1, float32(1e9)
	for i := range marks {
		m := &marks[i]
		if m.X0-3 > x {
			break // sorted by left edge
		}
		if m.Y < f.PlotY0 || m.Y > f.PlotY1 {
			continue // not drawn (see Draw)
		}
		half := f.style.RowHeight / 2
		if m.Kind == MarkCluster {
			half = max(half, m.X1-m.X)
		}
		if y < m.Y-half || y > m.Y+half {
			continue
		}
		right := m.X1 + 3
		if m.Kind == MarkPoint && m.LabelW > 0 {
			right = m.X1 + LabelGap + m.LabelW
		}
		if x > right {
			continue
		}
		// Prefer the mark whose centre is nearest: labels yield to marks.
		d := float32(math.Abs(float64(x - m.X)))
		if x > m.X1+3 {
			d += 20
		}
		if d < bestD {
			best, bestD = base+i, d
		}
	}
	return best
}

// InMinimap reports whether (x, y) is in the overview strip.
func (f *Frame) InMinimap(x, y float32) bool {
	return !f.NoMinimap && y >= f.PlotY1 && y <= f.PlotY1+f.style.MinimapHeight && x >= f.PlotX0
}

// MinimapT maps x in the overview strip to a time in the data's extent.
func (f *Frame) MinimapT(x float32) float64 {
	from, to := f.data.Extent()
	return from + float64((x-f.PlotX0)/(f.PlotX1-f.PlotX0))*(to-from)
}
