package timeline

import (
	"image/color"
	"strconv"
)

// ColorMode chooses what a mark's colour says.
type ColorMode uint8

// Colour modes.
const (
	ColorByCategory ColorMode = iota
	ColorByGoldstein
)

// Highlight is the interactive state drawn on top of a layout.
type Highlight struct {
	Selected int32 // item index, or -1
	Hover    int32 // mark index in Frame.Marks, or -1
	// BoxFrom/BoxTo is a range being box-selected (Ctrl+drag); equal means none.
	BoxFrom, BoxTo float64
	ColorBy        ColorMode
}

// NoHighlight draws the frame with nothing selected.
var NoHighlight = Highlight{Selected: -1, Hover: -1}

// ItemColor is the fill colour of an item.
func (f *Frame) ItemColor(it *Item, mode ColorMode) color.NRGBA {
	var c color.NRGBA
	if mode == ColorByGoldstein && it.Event != nil {
		c = GoldsteinColor(float32(it.Event.Goldstein))
	} else {
		c = f.style.Categories[it.Category]
	}
	if it.Flags&FlagDim != 0 {
		c = withAlpha(c, 70)
	}
	return c
}

// Draw paints the frame: lanes, grid, marks and labels, axis and overview.
// It is the one drawing path for screen and files.
func (f *Frame) Draw(p Painter, h *Highlight) {
	st := f.style
	d := f.data
	p.FillRect(0, 0, f.W, f.H, st.Background)
	if f.PxPerSec == 0 || d == nil {
		return
	}
	// Lane bands and names.
	for li := f.FirstLane; li < f.LastLane; li++ {
		y := f.LaneY(li)
		band := st.Band
		if li%2 == 1 {
			band = st.BandAlt
		}
		y0, y1 := max(y, f.PlotY0), min(y+f.LaneHeight(li), f.PlotY1)
		p.FillRect(0, y0, f.W, y1, band)
		l := &d.Lanes[li]
		ty := y + st.LanePad + st.RowHeight/2 + st.FontSize*0.35
		if ty > f.PlotY0+st.FontSize && ty < f.PlotY1 {
			name := f.fonts.Elide(l.Label, st.FontSize, true, f.PlotX0-16)
			p.Text(8, ty, name, st.FontSize, true, st.LaneText, AlignLeft)
			if ty+st.SmallFontSize+3 < y1 {
				count := eventsCount(l.Count)
				if l.Matches > 0 {
					count = strconv.Itoa(l.Matches) + " of " + count
				}
				p.Text(8, ty+st.SmallFontSize+3, count, st.SmallFontSize, false, st.TextDim, AlignLeft)
			}
		}
		if l.Matches > 0 {
			// Lanes holding highlighted events carry a bar by their name.
			p.FillRect(0, y0, 4, y1, st.Selection)
		}
	}
	p.Line(f.PlotX0, f.PlotY0, f.PlotX0, f.PlotY1, 1, st.GridMajor, false)
	// Grid.
	for _, t := range f.Axis.Minor {
		p.Line(t.X, f.PlotY0, t.X, f.PlotY1, 1, st.Grid, false)
	}
	for _, t := range f.Axis.Major {
		p.Line(t.X, f.PlotY0, t.X, f.PlotY1, 1, st.GridMajor, false)
	}
	// Marks, lane by lane: bars under points, clusters and points on top.
	for pass := 0; pass < 2; pass++ {
		for i := range f.Marks {
			m := &f.Marks[i]
			if m.Y < f.PlotY0 || m.Y > f.PlotY1 {
				continue
			}
			if (m.Kind == MarkBar) != (pass == 0) {
				continue
			}
			f.drawMark(p, m, h, int32(i) == h.Hover)
		}
	}
	f.drawAxis(p)
	if !f.NoMinimap {
		f.drawMinimap(p)
	}
	// Vertical scroll indicator when lanes overflow.
	if plotH := f.PlotY1 - f.PlotY0; f.ContentH > plotH {
		th := max(20, plotH*plotH/f.ContentH)
		ty := f.PlotY0 + (plotH-th)*f.ScrollY/(f.ContentH-plotH)
		p.FillRect(f.W-5, ty, f.W-1, ty+th, withAlpha(st.TextDim, 140))
	}
	if h.BoxTo != h.BoxFrom {
		x0, x1 := f.X(min(h.BoxFrom, h.BoxTo)), f.X(max(h.BoxFrom, h.BoxTo))
		p.FillRect(x0, f.PlotY0, x1, f.PlotY1, st.Hover)
		p.Line(x0, f.PlotY0, x0, f.PlotY1, 1, st.Selection, true)
		p.Line(x1, f.PlotY0, x1, f.PlotY1, 1, st.Selection, true)
	}
}

func eventsCount(n int) string {
	if n == 1 {
		return "1 event"
	}
	return strconv.Itoa(n) + " events"
}

func (f *Frame) drawMark(p Painter, m *Mark, h *Highlight, hover bool) {
	st := f.style
	d := f.data
	r := st.MarkRadius
	switch m.Kind {
	case MarkCluster:
		cr := m.X1 - m.X
		cat, gold := d.ClusterMakeup(int(m.Lane), m.P0, m.P1)
		fill := st.Categories[cat]
		if h.ColorBy == ColorByGoldstein {
			fill = GoldsteinColor(float32(gold))
		}
		fill = darken(fill)
		if f.clusterHasSelected(m, h.Selected) {
			p.Mark(ShapeCircle, m.X, m.Y, cr+2.5, color.NRGBA{}, st.Selection, 2)
		}
		if hover {
			p.Mark(ShapeCircle, m.X, m.Y, cr+4, st.Hover, color.NRGBA{}, 0)
		}
		p.Mark(ShapeCircle, m.X, m.Y, cr, fill, color.NRGBA{}, 0)
		p.Text(m.X, m.Y+st.SmallFontSize*0.36, countLabel(m.Count), st.SmallFontSize-1, true, color.NRGBA{255, 255, 255, 255}, AlignCenter)
		return
	case MarkBar:
		it := &d.Items[m.Item]
		c := f.ItemColor(it, h.ColorBy)
		bh := st.RowHeight - 6
		fade := float32(0)
		if it.Flags&FlagFuzzy != 0 {
			fade = min(24, (m.X1-m.X0)/4)
		}
		if hover {
			p.FillRect(m.X0-2, m.Y-bh/2-2, m.X1+2, m.Y+bh/2+2, st.Hover)
		}
		// Pre-blend onto the lane's band so the bar fills opaquely (much
		// faster to rasterise than blending every pixel).
		band := st.Band
		if m.Lane%2 == 1 {
			band = st.BandAlt
		}
		fc := blend(withAlpha(c, 200), band)
		p.Bar(m.X0, m.Y-bh/2, m.X1, m.Y+bh/2, fc, fade, fade, it.Flags&(FlagHollow|FlagNegated) != 0)
		if m.Item == h.Selected {
			p.Line(m.X0, m.Y-bh/2-2, m.X1, m.Y-bh/2-2, 2, st.Selection, false)
			p.Line(m.X0, m.Y+bh/2+2, m.X1, m.Y+bh/2+2, 2, st.Selection, false)
		}
		if m.LabelW > 0 {
			label := f.label(it, m.LabelW)
			tc := st.Text
			p.Text(max(m.X0, f.PlotX0)+LabelGap, m.Y+st.LabelFontSize*0.36, label, st.LabelFontSize, false, tc, AlignLeft)
		}
		return
	}
	it := &d.Items[m.Item]
	c := f.ItemColor(it, h.ColorBy)
	if hover {
		p.Mark(ShapeCircle, m.X, m.Y, r+4, st.Hover, color.NRGBA{}, 0)
	}
	if m.Item == h.Selected {
		p.Mark(ShapeCircle, m.X, m.Y, r+3, color.NRGBA{}, st.Selection, 2)
	}
	if it.Flags&FlagMatch != 0 {
		p.Mark(ShapeCircle, m.X, m.Y, r+2.5, color.NRGBA{}, withAlpha(st.Selection, 160), 1.5)
	}
	shape := ShapeCircle
	switch {
	case it.Flags&FlagNegated != 0:
		p.Mark(shape, m.X, m.Y, r, color.NRGBA{}, withAlpha(st.TextDim, 220), 1.5)
		p.Line(m.X-r, m.Y+r, m.X+r, m.Y-r, 1.5, st.TextDim, false)
	case it.Flags&FlagHollow != 0:
		p.Mark(shape, m.X, m.Y, r, st.Background, c, 2)
	case it.Flags&FlagInferred != 0:
		// Date implied by the report: a paler mark with a firm outline.
		p.Mark(shape, m.X, m.Y, r, withAlpha(c, 110), c, 1.5)
	default:
		p.Mark(shape, m.X, m.Y, r, c, color.NRGBA{}, 0)
	}
	if m.LabelW > 0 {
		label := f.label(it, m.LabelW)
		tc := st.Text
		if it.Flags&FlagDim != 0 {
			tc = withAlpha(tc, 90)
		}
		p.Text(m.X1+LabelGap, m.Y+st.LabelFontSize*0.36, label, st.LabelFontSize, false, tc, AlignLeft)
	}
}

// label returns the item's label shortened to w, remembering the result
// so that a steady view shortens nothing again.
func (f *Frame) label(it *Item, w float32) string {
	if it.elidedW != w || it.elided == "" {
		it.elided = f.fonts.Elide(it.Label, f.style.LabelFontSize, false, w)
		it.elidedW = w
	}
	return it.elided
}

func (f *Frame) clusterHasSelected(m *Mark, sel int32) bool {
	if sel < 0 {
		return false
	}
	l := &f.data.Lanes[m.Lane]
	for q := m.P0; q < m.P1; q++ {
		if l.idx[q] == sel {
			return true
		}
	}
	return false
}

func countLabel(n int32) string {
	switch {
	case n < 1000:
		return strconv.Itoa(int(n))
	case n < 10000:
		return strconv.Itoa(int(n)/1000) + "." + strconv.Itoa(int(n)%1000/100) + "k"
	case n < 1000000:
		return strconv.Itoa(int(n)/1000) + "k"
	default:
		return strconv.Itoa(int(n)/1000000) + "M"
	}
}

func (f *Frame) drawAxis(p Painter) {
	st := f.style
	y0 := f.Header
	y1 := f.PlotY0
	p.FillRect(0, y0, f.W, y1, st.AxisBg)
	p.Line(0, y1, f.W, y1, 1, st.GridMajor, false)
	majorY := y0 + 17
	minorY := y0 + st.AxisHeight - 9
	for _, t := range f.Axis.Minor {
		p.Line(t.X, y1-5, t.X, y1, 1, st.TextDim, false)
		if t.Label != "" && t.X+2 < f.PlotX1 {
			p.Text(t.X+3, minorY, t.Label, st.SmallFontSize, false, st.TextDim, AlignLeft)
		}
	}
	for _, t := range f.Axis.Major {
		// The major line stops above the minor labels it would cross.
		p.Line(t.X, y0+4, t.X, y0+22, 1, st.GridMajor, false)
		p.Line(t.X, y1-5, t.X, y1, 1, st.GridMajor, false)
		if t.Label != "" {
			p.Text(t.X+4, majorY, t.Label, st.FontSize, true, st.Text, AlignLeft)
		}
	}
	if f.Axis.MajorStickyLabel != "" {
		p.Text(f.PlotX0+4, majorY, f.Axis.MajorStickyLabel, st.FontSize, true, st.Text, AlignLeft)
	}
	// The gutter corner names the lane mode and the unit.
	p.FillRect(0, y0, f.PlotX0, y1, st.AxisBg)
	p.Text(8, majorY, laneHeading(f.data.Mode), st.FontSize, true, st.Text, AlignLeft)
	p.Text(8, minorY, "ticks: "+f.Axis.Unit.String(), st.SmallFontSize, false, st.TextDim, AlignLeft)
}

func laneHeading(m LaneMode) string {
	switch m {
	case LanesCountry:
		return "By country"
	case LanesActor:
		return "By actor"
	case LanesType:
		return "By event type"
	case LanesArticle:
		return "By article"
	}
	return "All events"
}

func (f *Frame) drawMinimap(p Painter) {
	st := f.style
	d := f.data
	y0 := f.PlotY1
	y1 := y0 + st.MinimapHeight
	p.FillRect(0, y0, f.W, y1, st.AxisBg)
	p.Line(0, y0, f.W, y0, 1, st.GridMajor, false)
	p.Text(8, y0+st.MinimapHeight/2+4, "Overview", st.SmallFontSize, true, st.TextDim, AlignLeft)
	from, to := d.Extent()
	w := f.PlotX1 - f.PlotX0
	if d.HistMax > 0 && to > from {
		bw := w / float32(len(d.Hist))
		// The histogram covers [Min, Max]; place it within the padded extent.
		sx := func(t float64) float32 { return f.PlotX0 + float32((t-from)/(to-from))*w }
		hx0, hx1 := sx(d.Min), sx(d.Max)
		bw = (hx1 - hx0) / float32(len(d.Hist))
		for i, n := range d.Hist {
			if n == 0 {
				continue
			}
			hgt := (st.MinimapHeight - 8) * (0.15 + 0.85*float32(n)/float32(d.HistMax))
			x := hx0 + float32(i)*bw
			p.FillRect(x, y1-4-hgt, x+max(bw, 1), y1-4, st.Minimap)
		}
		wx0 := sx(f.From)
		wx1 := sx(f.To)
		wx0, wx1 = max(wx0, f.PlotX0), min(wx1, f.PlotX1)
		if wx1-wx0 < 3 {
			wx1 = wx0 + 3
		}
		p.FillRect(wx0, y0+2, wx1, y1-2, st.MinimapWindow)
		p.Line(wx0, y0+2, wx0, y1-2, 1.5, st.Selection, false)
		p.Line(wx1, y0+2, wx1, y1-2, 1.5, st.Selection, false)
	}
}

// LegendHeight is the height of the legend row under the timeline.
const LegendHeight = 24

// LegendRowHeight is the height of each further legend line when the
// legend wraps.
const LegendRowHeight = 18

// legendEntry is one item of the legend: a swatch and its words.
type legendEntry struct {
	draw  func(p Painter, x, y float32)
	label string
	w     float32 // swatch width
}

func (f *Frame) legendEntries(mode ColorMode) []legendEntry {
	st := f.style
	small := st.SmallFontSize
	var es []legendEntry
	if mode == ColorByGoldstein {
		es = append(es, legendEntry{w: 0, label: "Goldstein −10", draw: func(Painter, float32, float32) {}})
		es = append(es, legendEntry{w: 11 * 14, label: "+10  conflict → cooperation", draw: func(p Painter, x, y float32) {
			for i, g := 0, -10; g <= 10; i, g = i+1, g+2 {
				p.FillRect(x+float32(i)*14, y-5, x+float32(i+1)*14, y+5, GoldsteinColor(float32(g)))
			}
		}})
	} else {
		for ci, name := range CategoryNames {
			if !f.data.used[ci] {
				continue
			}
			c := st.Categories[ci]
			es = append(es, legendEntry{w: 10, label: name, draw: func(p Painter, x, y float32) { p.Mark(ShapeCircle, x+5, y, 5, c, colorNone, 0) }})
		}
	}
	es = append(es,
		legendEntry{w: 10, label: "planned/possible", draw: func(p Painter, x, y float32) { p.Mark(ShapeCircle, x+5, y, 5, st.Background, st.TextDim, 2) }},
		legendEntry{w: 10, label: "date inferred", draw: func(p Painter, x, y float32) {
			p.Mark(ShapeCircle, x+5, y, 5, withAlpha(st.TextDim, 110), st.TextDim, 1.5)
		}},
		legendEntry{w: 10, label: "denied", draw: func(p Painter, x, y float32) {
			p.Mark(ShapeCircle, x+5, y, 5, colorNone, st.TextDim, 1.5)
			p.Line(x, y+5, x+10, y-5, 1.5, st.TextDim, false)
		}},
		legendEntry{w: 16, label: "events too close to tell apart", draw: func(p Painter, x, y float32) {
			p.Mark(ShapeCircle, x+8, y, 8, st.ClusterFill, colorNone, 0)
			p.Text(x+8, y+3.5, "9", small-1, true, rgb(255, 255, 255), AlignCenter)
		}},
	)
	return es
}

// legendPlace lays the entries out left to right from x, wrapping at
// maxW, and calls put with each entry's place; it returns the lines used.
func (f *Frame) legendPlace(es []legendEntry, x, maxW float32, put func(e *legendEntry, x float32, line int)) int {
	small := f.style.SmallFontSize
	x0, line := x, 0
	for i := range es {
		e := &es[i]
		w := e.w + 4 + f.fonts.Width(e.label, small, false) + 14
		if x > x0 && x+w-14 > x0+maxW {
			x, line = x0, line+1
		}
		put(e, x, line)
		x += w
	}
	return line + 1
}

// legendRows is how many lines the legend takes in width maxW.
func legendRows(d *Data, st *Style, maxW float32, mode ColorMode) int {
	f := &Frame{data: d, style: st, fonts: DefaultFonts()}
	return f.legendPlace(f.legendEntries(mode), 0, maxW, func(*legendEntry, float32, int) {})
}

// DrawLegend draws what colours and shapes mean, from (x, y) (the vertical
// centre of the first line) and wrapping within maxW.
func (f *Frame) DrawLegend(p Painter, x, y, maxW float32, mode ColorMode) {
	st := f.style
	small := st.SmallFontSize
	f.legendPlace(f.legendEntries(mode), x, maxW, func(e *legendEntry, ex float32, line int) {
		ly := y + float32(line)*LegendRowHeight
		e.draw(p, ex, ly)
		p.Text(ex+e.w+4, ly+4, e.label, small, false, st.Text, AlignLeft)
	})
}
