package timeline

import (
	"image/color"
	"io"
	"math"

	"github.com/go-pdf/fpdf"

	"github.com/parley-app/parley/model"
)

// PDFPointsPerPixel maps logical pixels to PDF points: a logical pixel is
// a CSS pixel (1/96 inch), so a 1600 px picture is 16⅔ inches wide.
const PDFPointsPerPixel = 0.75

// PDFPainter draws the timeline onto one PDF page through fpdf, in
// logical pixels scaled to points. The Go fonts are embedded (subset to
// the letters used) so the text measures as the layout measured it.
type PDFPainter struct {
	Doc   *fpdf.Fpdf
	W, H  float32
	fonts *Fonts
	alpha float64
	dash  bool
	font  struct {
		bold bool
		size float32
		set  bool
	}
}

// NewPDFPainter starts a one-page document of w×h logical pixels.
func NewPDFPainter(w, h float32) *PDFPainter {
	k := float64(PDFPointsPerPixel)
	doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", OrientationStr: "P", Size: fpdf.SizeType{Wd: float64(w) * k, Ht: float64(h) * k}})
	doc.SetMargins(0, 0, 0)
	doc.SetAutoPageBreak(false, 0)
	doc.SetCatalogSort(true)
	doc.SetCreator("Parley", true)
	f := DefaultFonts()
	doc.AddUTF8FontFromBytes("go", "", f.TTF(false))
	doc.AddUTF8FontFromBytes("go", "B", f.TTF(true))
	doc.AddPage()
	return &PDFPainter{Doc: doc, W: w, H: h, fonts: f, alpha: 1}
}

func pt(v float32) float64 { return float64(v) * PDFPointsPerPixel }

// setAlpha changes the graphics state only when the opacity changes.
func (p *PDFPainter) setAlpha(a uint8) {
	v := math.Round(float64(a)/255*1000) / 1000
	if v != p.alpha {
		p.Doc.SetAlpha(v, "Normal")
		p.alpha = v
	}
}

func (p *PDFPainter) setDash(dashed bool) {
	if dashed == p.dash {
		return
	}
	if dashed {
		p.Doc.SetDashPattern([]float64{pt(4), pt(3)}, 0)
	} else {
		p.Doc.SetDashPattern([]float64{}, 0)
	}
	p.dash = dashed
}

// FillRect implements Painter.
func (p *PDFPainter) FillRect(x0, y0, x1, y1 float32, c color.NRGBA) {
	if c.A == 0 || x1 <= x0 || y1 <= y0 {
		return
	}
	p.setAlpha(c.A)
	p.Doc.SetFillColor(int(c.R), int(c.G), int(c.B))
	p.Doc.Rect(pt(x0), pt(y0), pt(x1-x0), pt(y1-y0), "F")
}

// Line implements Painter.
func (p *PDFPainter) Line(x0, y0, x1, y1, width float32, c color.NRGBA, dashed bool) {
	if c.A == 0 {
		return
	}
	if x0 == x1 && y1 < y0 || y0 == y1 && x1 < x0 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	p.setAlpha(c.A)
	p.setDash(dashed)
	p.Doc.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.Doc.SetLineWidth(pt(width))
	p.Doc.Line(pt(x0), pt(y0), pt(x1), pt(y1))
}

// Mark implements Painter, with the outline inside the radius as in the
// raster.
func (p *PDFPainter) Mark(shape Shape, cx, cy, r float32, fill, stroke color.NRGBA, strokeW float32) {
	if fill.A > 0 {
		p.setAlpha(fill.A)
		p.Doc.SetFillColor(int(fill.R), int(fill.G), int(fill.B))
		p.shape(shape, cx, cy, r, "F")
	}
	if stroke.A > 0 && strokeW > 0 {
		sw := min(strokeW, r)
		width := sw
		if shape == ShapeDiamond {
			width = sw / math.Sqrt2
		}
		p.setAlpha(stroke.A)
		p.setDash(false)
		p.Doc.SetDrawColor(int(stroke.R), int(stroke.G), int(stroke.B))
		p.Doc.SetLineWidth(pt(width))
		p.shape(shape, cx, cy, r-sw/2, "D")
	}
}

func (p *PDFPainter) shape(shape Shape, cx, cy, r float32, style string) {
	switch shape {
	case ShapeDiamond:
		p.Doc.Polygon([]fpdf.PointType{{X: pt(cx), Y: pt(cy - r)}, {X: pt(cx + r), Y: pt(cy)}, {X: pt(cx), Y: pt(cy + r)}, {X: pt(cx - r), Y: pt(cy)}}, style)
	case ShapeSquare:
		p.Doc.Rect(pt(cx-r), pt(cy-r), pt(2*r), pt(2*r), style)
	default:
		p.Doc.Circle(pt(cx), pt(cy), pt(r), style)
	}
}

// Bar implements Painter. Soft ends are strips of falling opacity, one
// per logical pixel, like the raster's columns.
func (p *PDFPainter) Bar(x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1 float32, hollow bool) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if hollow {
		barOutline(p, x0, y0, x1, y1, c, fade0, fade1)
		return
	}
	fadedBar(p, x0, y0, x1, y1, c, fade0, fade1, 1)
}

// Text implements Painter. Alignment uses the layout's own measure of
// the Go fonts, which are the fonts embedded.
func (p *PDFPainter) Text(x, y float32, s string, size float32, bold bool, c color.NRGBA, align Align) {
	if s == "" || c.A == 0 {
		return
	}
	switch align {
	case AlignCenter:
		x -= p.fonts.Width(s, size, bold) / 2
	case AlignRight:
		x -= p.fonts.Width(s, size, bold)
	}
	if !p.font.set || p.font.bold != bold || p.font.size != size {
		style := ""
		if bold {
			style = "B"
		}
		p.Doc.SetFont("go", style, pt(size))
		p.font.bold, p.font.size, p.font.set = bold, size, true
	}
	p.setAlpha(c.A)
	p.Doc.SetTextColor(int(c.R), int(c.G), int(c.B))
	p.Doc.Text(pt(x), pt(y), s)
}

// Close finishes the document and writes it to w.
func (p *PDFPainter) Close(w io.Writer) error {
	return p.Doc.Output(w)
}

// WritePDF draws the export picture (title, timeline, legend and sources)
// as a one-page PDF; Scale does not apply to vector output.
func WritePDF(w io.Writer, c *model.Corpus, o ExportOptions) error {
	o.defaults()
	f, h := Picture(c, o)
	p := NewPDFPainter(f.W, f.H)
	title := o.Title
	if title == "" {
		title = "Timeline of diplomatic developments"
	}
	p.Doc.SetTitle(title, true)
	DrawExport(p, f, h, c, o.Title)
	return p.Close(w)
}

var _ Painter = (*PDFPainter)(nil)
