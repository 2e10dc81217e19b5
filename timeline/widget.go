package timeline

import (
	"image"
	"image/color"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
)

// Timeline is the interactive timeline widget. Everything dense — lanes,
// marks, labels, axis, overview and tooltip — is drawn into one raster by
// the same Frame.Draw that makes exported pictures, so the window shows
// exactly what an export will contain.
//
// The wheel zooms about the pointer (over the lane names it scrolls the
// lanes), Shift+wheel and horizontal scrolling pan, dragging pans (in the
// overview strip it moves the window; with Ctrl it selects a range to zoom
// to), hovering shows a tooltip, a click selects and a double click zooms
// in. Keys: arrows pan and scroll, +/- zoom, Home fits, N/P step through
// events, Enter opens the selected one, Esc clears.
type Timeline struct {
	widget.BaseWidget

	// OnSelect is called when the selection changes (nil: cleared).
	OnSelect func(ev *model.Event)
	// OnActivate is called on Enter or a double click on an event.
	OnActivate func(ev *model.Event)
	// OnViewChange is called after the visible range changes.
	OnViewChange func(from, to time.Time)
	// OnLaneTapped is called with a lane's key ("country:USA",
	// "actor:marco-rubio", …) when its name is clicked.
	OnLaneTapped func(key string)

	corpus  *model.Corpus
	data    *Data
	mode    LaneMode
	style   *Style
	loc     *time.Location
	view    View
	frame   Frame
	hl      Highlight
	fitted  bool
	painter *RasterPainter
	raster  *canvas.Raster

	// laneRows are the rows per lane for the current data and height.
	laneRows     []int
	laneRowsFor  [2]float32 // width and plot height they were fitted to
	laneRowsData *Data

	dragMode dragKind
	dragFrom float64
	mods     fyne.KeyModifier
	focused  bool
}

type dragKind uint8

const (
	dragNone dragKind = iota
	dragPan
	dragMinimap
	dragBox
)

var (
	_ fyne.Widget         = (*Timeline)(nil)
	_ fyne.Scrollable     = (*Timeline)(nil)
	_ fyne.Draggable      = (*Timeline)(nil)
	_ fyne.Tappable       = (*Timeline)(nil)
	_ fyne.DoubleTappable = (*Timeline)(nil)
	_ fyne.Focusable      = (*Timeline)(nil)
	_ desktop.Hoverable   = (*Timeline)(nil)
	_ desktop.Mouseable   = (*Timeline)(nil)
)

// Zoom limits: ten minutes to twenty thousand years across the plot.
const (
	minSpan = 600.0
	maxSpan = 20000 * 365.2425 * 86400
)

// NewTimeline returns an empty timeline; give it events with SetCorpus.
func NewTimeline() *Timeline {
	t := &Timeline{style: LightStyle(), mode: LanesCountry, hl: NoHighlight}
	t.ExtendBaseWidget(t)
	t.data = NewData(&model.Corpus{}, t.mode, t.style)
	return t
}

// SetCorpus shows c's events. The view fits them the first time and is
// kept afterwards, so a reload after an edit does not jump.
func (t *Timeline) SetCorpus(c *model.Corpus) {
	var sel *model.Event
	if t.hl.Selected >= 0 && int(t.hl.Selected) < len(t.data.Items) {
		sel = t.data.Items[t.hl.Selected].Event
	}
	t.corpus = c
	t.data = NewData(c, t.mode, t.style)
	t.hl.Selected, t.hl.Hover = -1, -1
	if sel != nil {
		for i := range t.data.Items {
			if t.data.Items[i].Event.ID == sel.ID {
				t.hl.Selected = int32(i)
			}
		}
	}
	if !t.fitted || len(c.Events) == 0 {
		t.fit()
		t.fitted = len(t.data.Items) > 0
	}
	t.Refresh()
}

// Corpus returns the corpus shown.
func (t *Timeline) Corpus() *model.Corpus { return t.corpus }

// Data returns the prepared items (for filters and tests).
func (t *Timeline) Data() *Data { return t.data }

// SetLaneMode regroups the events into lanes.
func (t *Timeline) SetLaneMode(m LaneMode) {
	if m == t.mode {
		return
	}
	t.mode = m
	var sel *model.Event
	if s := t.hl.Selected; s >= 0 {
		sel = t.data.Items[s].Event
	}
	t.data = NewData(t.corpusOrEmpty(), m, t.style)
	t.hl.Selected, t.hl.Hover = -1, -1
	if sel != nil {
		t.hl.Selected = int32(t.data.IndexOf(sel))
	}
	t.view.ScrollY = 0
	t.Refresh()
}

// LaneMode returns the current lane grouping.
func (t *Timeline) LaneMode() LaneMode { return t.mode }

func (t *Timeline) corpusOrEmpty() *model.Corpus {
	if t.corpus == nil {
		return &model.Corpus{}
	}
	return t.corpus
}

// SetColorBy chooses what mark colours say.
func (t *Timeline) SetColorBy(m ColorMode) {
	t.hl.ColorBy = m
	t.Refresh()
}

// ColorBy returns the colour mode.
func (t *Timeline) ColorBy() ColorMode { return t.hl.ColorBy }

// SetStyle switches the look (light or dark).
func (t *Timeline) SetStyle(st *Style) {
	t.style = st
	t.Refresh()
}

// Style returns the look.
func (t *Timeline) Style() *Style { return t.style }

// SetLocation shows times in loc (nil: UTC).
func (t *Timeline) SetLocation(loc *time.Location) {
	t.loc = loc
	t.Refresh()
}

// Filter hides, dims or highlights items; nil shows everything.
func (t *Timeline) Filter(f func(it *Item) (show, dim, match bool)) {
	t.data.Filter(f)
	t.hl.Hover = -1
	t.Refresh()
}

// View returns the visible time range.
func (t *Timeline) View() (from, to time.Time) { return TimeOf(t.view.From), TimeOf(t.view.To) }

// SetView shows [from, to].
func (t *Timeline) SetView(from, to time.Time) {
	t.setRange(unixF(from), unixF(to))
}

// Fit shows every event.
func (t *Timeline) Fit() {
	t.fit()
	t.Refresh()
}

func (t *Timeline) fit() {
	from, to := t.data.Extent()
	t.view.From, t.view.To = from, to
	t.view.ScrollY = 0
	t.changed()
}

// ZoomIn halves the visible range about its centre.
func (t *Timeline) ZoomIn() { t.zoomAt(0.5, t.centreX()) }

// ZoomOut doubles the visible range about its centre.
func (t *Timeline) ZoomOut() { t.zoomAt(2, t.centreX()) }

func (t *Timeline) centreX() float32 {
	t.ensureLayout()
	return (t.frame.PlotX0 + t.frame.PlotX1) / 2
}

// zoomAt scales the visible span by factor keeping the time under x fixed.
func (t *Timeline) zoomAt(factor float64, x float32) {
	t.ensureLayout()
	if t.frame.PxPerSec == 0 {
		return
	}
	span := t.view.To - t.view.From
	ns := math.Max(minSpan, math.Min(maxSpan, span*factor))
	at := t.frame.T(x)
	frac := (at - t.view.From) / span
	t.setRange(at-frac*ns, at-frac*ns+ns)
}

// Pan moves the view by dx pixels (positive shows later times).
func (t *Timeline) Pan(dx float32) {
	t.ensureLayout()
	if t.frame.PxPerSec == 0 {
		return
	}
	d := float64(dx) / t.frame.PxPerSec
	t.setRange(t.view.From+d, t.view.To+d)
}

func (t *Timeline) setRange(from, to float64) {
	if !(to > from) {
		return
	}
	t.view.From, t.view.To = from, to
	t.changed()
	t.Refresh()
}

func (t *Timeline) changed() {
	t.hl.Hover = -1
	if t.OnViewChange != nil {
		t.OnViewChange(TimeOf(t.view.From), TimeOf(t.view.To))
	}
}

// Select selects ev (nil clears) and brings it into view.
func (t *Timeline) Select(ev *model.Event) {
	i := -1
	if ev != nil {
		i = t.data.IndexOf(ev)
	}
	t.selectItem(i, true)
}

// Selected returns the selected event, or nil.
func (t *Timeline) Selected() *model.Event {
	if t.hl.Selected < 0 || int(t.hl.Selected) >= len(t.data.Items) {
		return nil
	}
	return t.data.Items[t.hl.Selected].Event
}

func (t *Timeline) selectItem(i int, reveal bool) {
	t.hl.Selected = int32(i)
	if i >= 0 && reveal {
		it := &t.data.Items[i]
		span := t.view.To - t.view.From
		if it.Mid < t.view.From+span*0.05 || it.Mid > t.view.To-span*0.05 {
			t.view.From, t.view.To = it.Mid-span/2, it.Mid+span/2
			t.changed()
		}
		t.revealLane(i)
	}
	t.Refresh()
	if t.OnSelect != nil {
		t.OnSelect(t.Selected())
	}
}

// revealLane scrolls so that the first lane holding item i is visible.
func (t *Timeline) revealLane(i int) {
	t.ensureLayout()
	f := &t.frame
	if f.LaneH == 0 {
		return
	}
	for li := range t.data.Lanes {
		l := &t.data.Lanes[li]
		for _, x := range l.idx {
			if int(x) != i {
				continue
			}
			top := f.LaneTop(li)
			plotH := f.PlotY1 - f.PlotY0
			if top < t.view.ScrollY || top+f.LaneHeight(li) > t.view.ScrollY+plotH {
				t.view.ScrollY = max(0, top-plotH/3)
			}
			return
		}
	}
}

// ensureLayout lays out for the current size when state changed.
func (t *Timeline) ensureLayout() {
	s := t.Size()
	v := t.view
	v.W, v.H, v.Loc = s.Width, s.Height, t.loc
	if v.From != t.frame.From || v.To != t.frame.To || v.ScrollY != t.frame.ScrollY || v.W != t.frame.W || v.H != t.frame.H || t.data != t.frame.data {
		// Marks are about to move: the hovered index would name another.
		t.hl.Hover = -1
	}
	v.Footer = LegendHeight
	plotH := s.Height - t.style.AxisHeight - t.style.MinimapHeight - LegendHeight
	if t.laneRows == nil || t.laneRowsFor != [2]float32{s.Width, plotH} || t.laneRowsData != t.data {
		t.laneRows = t.data.FitLaneRows(s.Width, plotH, t.style, 2, MaxRows)
		t.laneRowsFor, t.laneRowsData = [2]float32{s.Width, plotH}, t.data
	}
	v.LaneRows = t.laneRows
	t.frame.Layout(t.data, v, t.style)
	t.view.ScrollY = t.frame.ScrollY
}

// CreateRenderer implements fyne.Widget.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer {
	t.raster = canvas.NewRaster(t.draw)
	t.raster.ScaleMode = canvas.ImageScalePixels
	return &timelineRenderer{t: t}
}

// draw is the raster's generator: lay out at the widget's logical size,
// paint at the device size Fyne asks for.
func (t *Timeline) draw(w, h int) image.Image {
	s := t.Size()
	if s.Width <= 0 || s.Height <= 0 || w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	scale := float32(w) / s.Width
	if t.painter == nil {
		t.painter = NewRasterPainter(w, h, scale)
	} else {
		t.painter.Resize(w, h, scale)
	}
	t.ensureLayout()
	t.frame.Draw(t.painter, &t.hl)
	t.painter.FillRect(0, s.Height-LegendHeight, s.Width, s.Height, t.style.AxisBg)
	t.frame.DrawLegend(t.painter, 8, s.Height-LegendHeight/2, 1e6, t.hl.ColorBy)
	if t.hl.Hover >= 0 && int(t.hl.Hover) < len(t.frame.Marks) {
		t.drawTooltip(t.painter, &t.frame.Marks[t.hl.Hover])
	}
	if t.focused {
		c := withAlpha(t.style.Selection, 90)
		t.painter.Line(0.5, 0.5, s.Width-0.5, 0.5, 1, c, false)
		t.painter.Line(0.5, s.Height-0.5, s.Width-0.5, s.Height-0.5, 1, c, false)
	}
	return t.painter.Img
}

// Tooltip returns the lines of the tooltip for a mark: the date, the act
// and who took part, then the sentence.
func (t *Timeline) Tooltip(m *Mark) []string {
	d := t.data
	if m.Kind == MarkCluster {
		l := &d.Lanes[m.Lane]
		first, last := d.Items[l.idx[m.P0]].Mid, d.Items[l.idx[m.P1-1]].Mid
		return []string{
			countLabel(m.Count) + " events in " + l.Label,
			formatRange(TimeOf(first), TimeOf(last)),
			"Click or scroll to zoom in",
		}
	}
	it := &d.Items[m.Item]
	ev := it.Event
	var lines []string
	date := ev.When.String()
	if ev.DateInferred {
		date += " (inferred from the report date)"
	}
	lines = append(lines, date)
	kind := it.Label
	if ev.Modality != "" && ev.Modality != model.Asserted {
		kind += " (" + ev.Modality + ")"
	}
	lines = append(lines, kind)
	if names := t.actorNames(ev); names != "" {
		lines = append(lines, names)
	}
	if ev.Sentence != "" {
		lines = append(lines, "“"+strings.TrimSpace(ev.Sentence)+"”")
	}
	return lines
}

func (t *Timeline) actorNames(ev *model.Event) string {
	if t.corpus == nil {
		return strings.Join(ev.Actors, ", ")
	}
	idx := t.corpus.ActorIndex()
	var names []string
	for _, id := range ev.Actors {
		if a := idx[id]; a != nil {
			n := a.Name
			if a.Role != "" {
				n += " (" + a.Role + ")"
			}
			names = append(names, n)
		} else {
			names = append(names, id)
		}
	}
	return strings.Join(names, ", ")
}

func formatRange(a, b time.Time) string {
	if a.Format("2006-01-02") == b.Format("2006-01-02") {
		return a.Format("2 Jan 2006")
	}
	return a.Format("2 Jan 2006") + " – " + b.Format("2 Jan 2006")
}

func (t *Timeline) drawTooltip(p Painter, m *Mark) {
	st := t.style
	fonts := DefaultFonts()
	lines := t.Tooltip(m)
	const maxW = 380
	const pad = 8
	var wrapped []string
	var bold []bool
	for i, l := range lines {
		for j, w := range wrapText(fonts, l, st.FontSize, i == 0, maxW) {
			wrapped = append(wrapped, w)
			bold = append(bold, i == 0)
			if i == len(lines)-1 && j == 4 && len(lines) > 1 {
				wrapped[len(wrapped)-1] += "…"
				break
			}
		}
	}
	var w float32
	for i, l := range wrapped {
		w = max(w, fonts.Width(l, st.FontSize, bold[i]))
	}
	lh := st.FontSize + 4
	bw, bh := w+2*pad, float32(len(wrapped))*lh+2*pad-4
	s := t.Size()
	x := m.X1 + 12
	y := m.Y + 12
	if x+bw > s.Width-4 {
		x = m.X0 - 12 - bw
	}
	if x < 4 {
		x = 4
	}
	if y+bh > s.Height-4 {
		y = m.Y - 12 - bh
	}
	y = max(4, y)
	bg := st.Band
	bg.A = 250
	p.FillRect(x+2, y+2, x+bw+2, y+bh+2, color.NRGBA{0, 0, 0, 40})
	p.FillRect(x, y, x+bw, y+bh, bg)
	border := st.GridMajor
	p.Line(x, y, x+bw, y, 1, border, false)
	p.Line(x, y+bh, x+bw, y+bh, 1, border, false)
	p.Line(x, y, x, y+bh, 1, border, false)
	p.Line(x+bw, y, x+bw, y+bh, 1, border, false)
	for i, l := range wrapped {
		c := st.Text
		if i > 0 && !bold[i] && i >= len(wrapped)-1 {
			c = st.Text
		}
		p.Text(x+pad, y+pad+float32(i)*lh+st.FontSize*0.8, l, st.FontSize, bold[i], c, AlignLeft)
	}
}

// wrapText breaks s into lines no wider than maxW.
func wrapText(f *Fonts, s string, size float32, bold bool, maxW float32) []string {
	var lines []string
	var cur string
	for _, w := range strings.Fields(s) {
		try := w
		if cur != "" {
			try = cur + " " + w
		}
		if f.Width(try, size, bold) <= maxW || cur == "" {
			cur = try
			continue
		}
		lines = append(lines, cur)
		cur = w
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// Scrolled implements fyne.Scrollable: the wheel zooms about the pointer,
// horizontal scrolling (and Shift+wheel) pans, and over the lane names the
// wheel scrolls the lanes.
func (t *Timeline) Scrolled(ev *fyne.ScrollEvent) {
	t.ensureLayout()
	dx, dy := ev.Scrolled.DX, ev.Scrolled.DY
	if math.Abs(float64(dx)) > math.Abs(float64(dy)) {
		t.Pan(-dx)
		return
	}
	if dy == 0 {
		return
	}
	if ev.Position.X < t.frame.PlotX0 {
		t.view.ScrollY -= dy
		t.hl.Hover = -1
		t.Refresh()
		return
	}
	// One wheel notch (25 units on X11) zooms by a fifth.
	t.zoomAt(math.Pow(1.2, -float64(dy)/25), ev.Position.X)
}

// MouseDown implements desktop.Mouseable; it notes the modifiers for a
// drag that may follow.
func (t *Timeline) MouseDown(ev *desktop.MouseEvent) { t.mods = ev.Modifier }

// MouseUp implements desktop.Mouseable.
func (t *Timeline) MouseUp(*desktop.MouseEvent) {}

// Dragged implements fyne.Draggable.
func (t *Timeline) Dragged(ev *fyne.DragEvent) {
	t.ensureLayout()
	f := &t.frame
	if t.dragMode == dragNone {
		start := ev.Position.Subtract(ev.Dragged)
		switch {
		case f.InMinimap(start.X, start.Y):
			t.dragMode = dragMinimap
		case t.mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
			t.dragMode = dragBox
			t.dragFrom = f.T(start.X)
		default:
			t.dragMode = dragPan
		}
	}
	switch t.dragMode {
	case dragMinimap:
		span := t.view.To - t.view.From
		c := f.MinimapT(ev.Position.X)
		t.setRange(c-span/2, c+span/2)
	case dragBox:
		t.hl.BoxFrom, t.hl.BoxTo = t.dragFrom, f.T(ev.Position.X)
		t.Refresh()
	default:
		t.view.ScrollY -= ev.Dragged.DY
		t.Pan(-ev.Dragged.DX)
	}
}

// DragEnd implements fyne.Draggable; a box selection zooms to its range.
func (t *Timeline) DragEnd() {
	if t.dragMode == dragBox {
		a, b := min(t.hl.BoxFrom, t.hl.BoxTo), max(t.hl.BoxFrom, t.hl.BoxTo)
		t.hl.BoxFrom, t.hl.BoxTo = 0, 0
		if b-a >= minSpan {
			t.setRange(a, b)
		} else {
			t.Refresh()
		}
	}
	t.dragMode = dragNone
	t.mods = 0
}

// MouseIn implements desktop.Hoverable.
func (t *Timeline) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved implements desktop.Hoverable: the mark under the pointer is
// highlighted and its tooltip shown.
func (t *Timeline) MouseMoved(ev *desktop.MouseEvent) {
	if t.frame.PxPerSec == 0 {
		t.ensureLayout()
	}
	h := int32(t.frame.Hit(ev.Position.X, ev.Position.Y))
	if h != t.hl.Hover {
		t.hl.Hover = h
		t.Refresh()
	}
}

// MouseOut implements desktop.Hoverable.
func (t *Timeline) MouseOut() {
	if t.hl.Hover >= 0 {
		t.hl.Hover = -1
		t.Refresh()
	}
}

// Hovered returns the mark under the pointer, or nil.
func (t *Timeline) Hovered() *Mark {
	if t.hl.Hover < 0 || int(t.hl.Hover) >= len(t.frame.Marks) {
		return nil
	}
	return &t.frame.Marks[t.hl.Hover]
}

// Tapped implements fyne.Tappable: select the event under the pointer; a
// cluster zooms to its events; empty space clears the selection.
func (t *Timeline) Tapped(ev *fyne.PointEvent) {
	t.requestFocus()
	t.ensureLayout()
	f := &t.frame
	if f.InMinimap(ev.Position.X, ev.Position.Y) {
		span := t.view.To - t.view.From
		c := f.MinimapT(ev.Position.X)
		t.setRange(c-span/2, c+span/2)
		return
	}
	if ev.Position.X < f.PlotX0 && ev.Position.Y > f.PlotY0 && ev.Position.Y < f.PlotY1 {
		if li := f.laneAt(ev.Position.Y - f.PlotY0 + f.ScrollY); li >= 0 && t.OnLaneTapped != nil {
			t.OnLaneTapped(t.data.Lanes[li].Key)
		}
		return
	}
	i := f.Hit(ev.Position.X, ev.Position.Y)
	if i < 0 {
		if t.hl.Selected >= 0 {
			t.selectItem(-1, false)
		}
		return
	}
	m := f.Marks[i]
	if m.Kind == MarkCluster {
		t.zoomToCluster(&m)
		return
	}
	t.selectItem(int(m.Item), false)
}

func (t *Timeline) zoomToCluster(m *Mark) {
	l := &t.data.Lanes[m.Lane]
	a, b := l.mid[m.P0], l.mid[m.P1-1]
	span := math.Max(b-a, minSpan)
	t.setRange(a-span*0.3, b+span*0.3)
}

// DoubleTapped implements fyne.DoubleTappable: zoom in about the pointer,
// and open an event under it.
func (t *Timeline) DoubleTapped(ev *fyne.PointEvent) {
	t.ensureLayout()
	if i := t.frame.Hit(ev.Position.X, ev.Position.Y); i >= 0 && t.frame.Marks[i].Kind != MarkCluster {
		t.selectItem(int(t.frame.Marks[i].Item), false)
		if t.OnActivate != nil {
			t.OnActivate(t.Selected())
		}
		return
	}
	t.zoomAt(0.5, ev.Position.X)
}

func (t *Timeline) requestFocus() {
	if fyne.CurrentApp() == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t)
	}
}

// FocusGained implements fyne.Focusable.
func (t *Timeline) FocusGained() { t.focused = true; t.Refresh() }

// FocusLost implements fyne.Focusable.
func (t *Timeline) FocusLost() { t.focused = false; t.Refresh() }

// TypedRune implements fyne.Focusable: + and - zoom, n and p step.
func (t *Timeline) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-', '_':
		t.ZoomOut()
	case 'n', 'N':
		t.Step(1)
	case 'p', 'P':
		t.Step(-1)
	}
}

// TypedKey implements fyne.Focusable.
func (t *Timeline) TypedKey(ev *fyne.KeyEvent) {
	t.ensureLayout()
	w := t.frame.PlotX1 - t.frame.PlotX0
	switch ev.Name {
	case fyne.KeyLeft:
		t.Pan(-w / 8)
	case fyne.KeyRight:
		t.Pan(w / 8)
	case fyne.KeyUp:
		t.view.ScrollY -= t.frame.LaneH
		t.Refresh()
	case fyne.KeyDown:
		t.view.ScrollY += t.frame.LaneH
		t.Refresh()
	case fyne.KeyPageUp:
		t.view.ScrollY -= t.frame.PlotY1 - t.frame.PlotY0
		t.Refresh()
	case fyne.KeyPageDown:
		t.view.ScrollY += t.frame.PlotY1 - t.frame.PlotY0
		t.Refresh()
	case fyne.KeyHome:
		t.Fit()
	// + and - arrive as runes too (TypedRune): zooming here as well
	// would zoom twice per press.
	case fyne.KeyReturn, fyne.KeyEnter:
		if ev := t.Selected(); ev != nil && t.OnActivate != nil {
			t.OnActivate(ev)
		}
	case fyne.KeyEscape:
		t.hl.BoxFrom, t.hl.BoxTo = 0, 0
		t.selectItem(-1, false)
	}
}

// Step selects the next (dir > 0) or previous shown event in time order
// after the selection, or the first one in view when nothing is selected.
func (t *Timeline) Step(dir int) {
	d := t.data
	if len(d.Items) == 0 {
		return
	}
	ref := (t.view.From + t.view.To) / 2
	if dir > 0 {
		ref = t.view.From
	} else {
		ref = t.view.To
	}
	cur := int32(-1)
	if t.hl.Selected >= 0 {
		cur = t.hl.Selected
		ref = d.Items[cur].Mid
	}
	best := -1
	for i := range d.Items {
		it := &d.Items[i]
		if it.Flags&FlagHidden != 0 || int32(i) == cur {
			continue
		}
		// Order is (Mid, index): events on one instant are visited in turn.
		after := it.Mid > ref || (it.Mid == ref && int32(i) > cur)
		before := it.Mid < ref || (it.Mid == ref && int32(i) < cur)
		if cur < 0 {
			after, before = it.Mid >= ref, it.Mid <= ref
		}
		if dir > 0 && after && (best < 0 || it.Mid < d.Items[best].Mid) {
			best = i
		}
		if dir < 0 && before && (best < 0 || it.Mid > d.Items[best].Mid || it.Mid == d.Items[best].Mid && i > best) {
			best = i
		}
	}
	if best >= 0 {
		t.selectItem(best, true)
	}
}

// Frame lays out for the current state and returns the layout (for
// hit-testing from outside and for tests).
func (t *Timeline) Frame() *Frame { t.ensureLayout(); return &t.frame }

type timelineRenderer struct{ t *Timeline }

func (r *timelineRenderer) Layout(s fyne.Size) {
	r.t.raster.Resize(s)
	r.t.raster.Move(fyne.NewPos(0, 0))
}

func (r *timelineRenderer) MinSize() fyne.Size { return fyne.NewSize(320, 200) }

func (r *timelineRenderer) Refresh() { r.t.raster.Refresh() }

func (r *timelineRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.raster} }

func (r *timelineRenderer) Destroy() {}
