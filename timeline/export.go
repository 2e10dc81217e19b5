package timeline

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
)

// ExportOptions describe a picture of the timeline.
type ExportOptions struct {
	Width, Height int     // logical pixels; Height 0 fits the lanes
	Scale         float32 // device pixels per logical pixel (1, 2, 4…)
	From, To      time.Time
	Lanes         LaneMode
	ColorBy       ColorMode
	Title         string
	Style         *Style
	Loc           *time.Location
	// Selected highlights one event, as in the window.
	Selected *model.Event
	// Filter hides, dims and rings events as the window's filter does.
	Filter func(it *Item) (show, dim, match bool)
}

func (o *ExportOptions) defaults() {
	if o.Width <= 0 {
		o.Width = 1600
	}
	if o.Scale <= 0 {
		o.Scale = 1
	}
	if o.Style == nil {
		o.Style = LightStyle()
	}
}

const (
	exportHeader = 40
	exportFooter = 46
)

// Picture lays out a corpus for export and returns the frame and its
// highlight; every backend draws it through the same Frame.Draw.
func Picture(c *model.Corpus, o ExportOptions) (*Frame, *Highlight) {
	o.defaults()
	if !o.From.IsZero() || !o.To.IsZero() {
		// A picture of a range shows the lanes active in it, not every
		// actor of the corpus.
		c = within(c, o.From, o.To)
	}
	d := NewData(c, o.Lanes, o.Style)
	if o.Filter != nil {
		d.Filter(o.Filter)
	}
	from, to := d.Extent()
	if !o.From.IsZero() {
		from = unixF(o.From)
	}
	if !o.To.IsZero() {
		to = unixF(o.To)
	}
	footer := exportFooter + LegendRowHeight*float32(legendRows(d, o.Style, float32(o.Width)-24, o.ColorBy)-1)
	h := float32(o.Height)
	var laneRows []int
	if h <= 0 {
		// Fit each lane to its busiest spell.
		laneRows = d.FitLaneRows(float32(o.Width), 1e9, o.Style, 2, MaxRowsExport)
		var total float32
		for _, r := range laneRows {
			total += float32(r)*o.Style.RowHeight + 2*o.Style.LanePad
		}
		if len(laneRows) == 0 {
			total = 4 * o.Style.RowHeight
		}
		h = exportHeader + o.Style.AxisHeight + total + footer + 2
	}
	// Keep the picture within MaxExportPixels device pixels; lanes that do
	// not fit are left out below (the footer says how many).
	if maxH := float32(MaxExportPixels) / (float32(o.Width) * o.Scale * o.Scale); h > maxH {
		h = max(maxH, exportHeader+o.Style.AxisHeight+footer+4*o.Style.RowHeight)
	}
	f := &Frame{}
	f.Layout(d, View{From: from, To: to, W: float32(o.Width), H: h, Loc: o.Loc, NoMinimap: true, Header: exportHeader, Footer: footer, LaneRows: laneRows}, o.Style)
	hl := NoHighlight
	hl.ColorBy = o.ColorBy
	if o.Selected != nil {
		hl.Selected = int32(d.IndexOf(o.Selected))
	}
	return f, &hl
}

// MaxRowsExport is the most rows a lane gets in a picture, where there is
// no scrolling and every label should be read.
const MaxRowsExport = 12

// MaxExportSide bounds the device width of a raster picture.
const MaxExportSide = 32768

// MaxExportPixels bounds the device pixels of an exported picture (128
// million: an 8000 px wide PNG 16,000 px tall, half a gigabyte in memory).
const MaxExportPixels = 128 << 20

// within returns a corpus holding only the events that overlap [from, to).
func within(c *model.Corpus, from, to time.Time) *model.Corpus {
	out := *c
	out.Events = nil
	for _, e := range c.Events {
		if e.When.IsZero() {
			continue
		}
		if !from.IsZero() && !e.When.End.After(from) || !to.IsZero() && !e.When.Start.Before(to) {
			continue
		}
		out.Events = append(out.Events, e)
	}
	return &out
}

// DrawExport draws the frame with a title above and a legend and source
// line below: what a picture needs to stand on its own in a report.
func DrawExport(p Painter, f *Frame, h *Highlight, c *model.Corpus, title string) {
	f.Draw(p, h)
	st := f.style
	p.FillRect(0, 0, f.W, exportHeader, st.Background)
	if title == "" {
		title = "Timeline of diplomatic developments"
	}
	p.Text(12, 26, title, 17, true, st.Text, AlignLeft)
	sub := fmt.Sprintf("%s – %s · %d events", TimeOf(f.From).Format("2 Jan 2006"), TimeOf(f.To).Format("2 Jan 2006"), shownEvents(f.data))
	p.Text(f.W-12, 26, sub, st.SmallFontSize, false, st.TextDim, AlignRight)
	y0 := f.H - f.Footer
	p.FillRect(0, y0, f.W, f.H, st.Background)
	p.Line(0, y0, f.W, y0, 1, st.GridMajor, false)
	f.DrawLegend(p, 12, y0+16, f.W-24, h.ColorBy)
	if hidden := len(f.data.Lanes) - f.LastLane; hidden > 0 {
		p.Text(f.W-12, y0-6, fmt.Sprintf("%d more lanes not shown: export a shorter range or fewer lanes", hidden), st.SmallFontSize, true, st.TextDim, AlignRight)
	}
	p.Text(12, f.H-10, f.fonts.Elide(SourcesLine(c), st.SmallFontSize, false, f.W-24), st.SmallFontSize, false, st.TextDim, AlignLeft)
}

func shownEvents(d *Data) int {
	n := 0
	for i := range d.Items {
		if d.Items[i].Flags&FlagHidden == 0 {
			n++
		}
	}
	return n
}

// SourcesLine cites the articles a timeline was drawn from.
func SourcesLine(c *model.Corpus) string {
	var parts []string
	for _, a := range c.Articles {
		s := a.Title
		if s == "" {
			s = filepath.Base(a.Path)
		}
		if a.HasDate() {
			s += " (" + a.Published.Format("2 Jan 2006") + ")"
		}
		parts = append(parts, s)
		if len(parts) == 12 && len(c.Articles) > 12 {
			parts = append(parts, fmt.Sprintf("and %d more", len(c.Articles)-12))
			break
		}
	}
	return "Sources: " + strings.Join(parts, "; ") + ". Made with Parley."
}

// RenderImage draws the export picture into an RGBA image.
func RenderImage(c *model.Corpus, o ExportOptions) *image.RGBA {
	o.defaults()
	f, h := Picture(c, o)
	p := NewRasterPainter(int(f.W), int(f.H), o.Scale)
	DrawExport(p, f, h, c, o.Title)
	return p.Img
}

// WritePNG renders the picture and encodes it as PNG.
func WritePNG(w io.Writer, c *model.Corpus, o ExportOptions) error {
	o.defaults()
	if dw := float32(o.Width) * o.Scale; dw > MaxExportSide {
		return fmt.Errorf("a picture %.0f px wide is too large (width × scale at most %d)", dw, MaxExportSide)
	}
	img := RenderImage(c, o)
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}
