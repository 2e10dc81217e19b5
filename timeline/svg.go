package timeline

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// SVGPainter draws the timeline as SVG elements, one per Painter call, in
// logical pixels (the SVG's user units). The Go fonts the layout measured
// with are embedded once per file as @font-face data, so text sits where
// it sits in the PNG. The output holds no timestamp: the same corpus gives
// the same bytes.
type SVGPainter struct {
	W, H  float32
	fonts *Fonts
	body  bytes.Buffer
	defs  bytes.Buffer
	grads map[gradKey]int
	used  [2]bool // regular and bold text drawn
	num   []byte
}

type gradKey struct {
	c      color.NRGBA
	f0, f1 int32 // fade fractions × 10⁴
}

// NewSVGPainter returns a painter for a w×h logical-pixel picture.
func NewSVGPainter(w, h float32) *SVGPainter {
	return &SVGPainter{W: w, H: h, fonts: DefaultFonts(), grads: map[gradKey]int{}}
}

// f writes a coordinate rounded to 1/100 px, without trailing zeros.
func (p *SVGPainter) f(v float32) {
	x := math.Round(float64(v)*100) / 100
	if x == 0 {
		x = 0 // no "-0"
	}
	p.num = strconv.AppendFloat(p.num[:0], x, 'f', -1, 64)
	p.body.Write(p.num)
}

// attr writes ` name="v"` with v a number.
func (p *SVGPainter) attr(name string, v float32) {
	p.body.WriteByte(' ')
	p.body.WriteString(name)
	p.body.WriteString(`="`)
	p.f(v)
	p.body.WriteByte('"')
}

// paint writes ` fill="#rrggbb"` (and an opacity when not opaque).
func (p *SVGPainter) paint(name string, c color.NRGBA) {
	fmt.Fprintf(&p.body, ` %s="#%02x%02x%02x"`, name, c.R, c.G, c.B)
	if c.A < 255 {
		fmt.Fprintf(&p.body, ` %s-opacity="%s"`, name, strconv.FormatFloat(math.Round(float64(c.A)/255*1000)/1000, 'f', -1, 64))
	}
}

// FillRect implements Painter.
func (p *SVGPainter) FillRect(x0, y0, x1, y1 float32, c color.NRGBA) {
	if c.A == 0 || x1 <= x0 || y1 <= y0 {
		return
	}
	p.rect(x0, y0, x1-x0, y1-y0)
	p.paint("fill", c)
	p.body.WriteString("/>\n")
}

func (p *SVGPainter) rect(x, y, w, h float32) {
	p.body.WriteString("<rect")
	p.attr("x", x)
	p.attr("y", y)
	p.attr("width", w)
	p.attr("height", h)
}

// Line implements Painter; dashes are 4 px on, 3 px off from the left or
// top end, as in the raster.
func (p *SVGPainter) Line(x0, y0, x1, y1, width float32, c color.NRGBA, dashed bool) {
	if c.A == 0 {
		return
	}
	if x0 == x1 && y1 < y0 || y0 == y1 && x1 < x0 {
		x0, y0, x1, y1 = x1, y1, x0, y0
	}
	p.body.WriteString("<line")
	p.attr("x1", x0)
	p.attr("y1", y0)
	p.attr("x2", x1)
	p.attr("y2", y1)
	p.paint("stroke", c)
	p.attr("stroke-width", width)
	if dashed {
		p.body.WriteString(` stroke-dasharray="4 3"`)
	}
	p.body.WriteString("/>\n")
}

// Mark implements Painter. The raster draws an outline inside the radius,
// so the SVG stroke runs half its width inside the edge.
func (p *SVGPainter) Mark(shape Shape, cx, cy, r float32, fill, stroke color.NRGBA, strokeW float32) {
	hasStroke := stroke.A > 0 && strokeW > 0
	if fill.A == 0 && !hasStroke {
		return
	}
	if !hasStroke {
		p.shape(shape, cx, cy, r)
		p.paint("fill", fill)
		p.body.WriteString("/>\n")
		return
	}
	if fill.A > 0 && stroke.A < 255 {
		// A see-through ring over a fill: draw the fill whole beneath it.
		p.shape(shape, cx, cy, r)
		p.paint("fill", fill)
		p.body.WriteString("/>\n")
		fill = color.NRGBA{}
	}
	sw := min(strokeW, r)
	inset, width := sw/2, sw
	if shape == ShapeDiamond {
		// |x|+|y| = r: a ring sw deep along the axes is sw/√2 thick.
		width = sw / math.Sqrt2
	}
	p.shape(shape, cx, cy, r-inset)
	if fill.A > 0 {
		p.paint("fill", fill)
	} else {
		p.body.WriteString(` fill="none"`)
	}
	p.paint("stroke", stroke)
	p.attr("stroke-width", width)
	p.body.WriteString("/>\n")
}

// shape opens the element of a mark of radius r (without closing it).
func (p *SVGPainter) shape(shape Shape, cx, cy, r float32) {
	switch shape {
	case ShapeDiamond:
		p.body.WriteString(`<polygon points="`)
		for i, pt := range [4][2]float32{{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}} {
			if i > 0 {
				p.body.WriteByte(' ')
			}
			p.f(pt[0])
			p.body.WriteByte(',')
			p.f(pt[1])
		}
		p.body.WriteByte('"')
	case ShapeSquare:
		p.rect(cx-r, cy-r, 2*r, 2*r)
	default:
		p.body.WriteString("<circle")
		p.attr("cx", cx)
		p.attr("cy", cy)
		p.attr("r", r)
	}
}

// Bar implements Painter. Soft ends are a horizontal gradient of the
// colour's opacity, shared by every bar of the same colour and fades.
func (p *SVGPainter) Bar(x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1 float32, hollow bool) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if hollow {
		barOutline(p, x0, y0, x1, y1, c, fade0, fade1)
		return
	}
	w := x1 - x0
	if c.A == 0 || w <= 0 || y1 <= y0 {
		return
	}
	fade0, fade1 = min(fade0, w/2), min(fade1, w/2)
	if fade0 <= 0 && fade1 <= 0 {
		p.FillRect(x0, y0, x1, y1, c)
		return
	}
	k := gradKey{c, int32(math.Round(float64(fade0 / w * 1e4))), int32(math.Round(float64(fade1 / w * 1e4)))}
	id, ok := p.grads[k]
	if !ok {
		id = len(p.grads) + 1
		p.grads[k] = id
		hex := fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
		a := strconv.FormatFloat(math.Round(float64(c.A)/255*1000)/1000, 'f', -1, 64)
		fmt.Fprintf(&p.defs, `<linearGradient id="g%d">`, id)
		stop := func(at float64, op string) {
			fmt.Fprintf(&p.defs, `<stop offset="%s" stop-color="%s" stop-opacity="%s"/>`, strconv.FormatFloat(at, 'f', -1, 64), hex, op)
		}
		if k.f0 > 0 {
			stop(0, "0")
		}
		stop(float64(k.f0)/1e4, a)
		stop(1-float64(k.f1)/1e4, a)
		if k.f1 > 0 {
			stop(1, "0")
		}
		p.defs.WriteString("</linearGradient>\n")
	}
	p.rect(x0, y0, w, y1-y0)
	fmt.Fprintf(&p.body, ` fill="url(#g%d)"/>`+"\n", id)
}

// Text implements Painter.
func (p *SVGPainter) Text(x, y float32, s string, size float32, bold bool, c color.NRGBA, align Align) {
	if s == "" || c.A == 0 {
		return
	}
	p.used[weight(bold)] = true
	p.body.WriteString("<text")
	p.attr("x", x)
	p.attr("y", y)
	p.attr("font-size", size)
	if bold {
		p.body.WriteString(` font-weight="bold"`)
	}
	switch align {
	case AlignCenter:
		p.body.WriteString(` text-anchor="middle"`)
	case AlignRight:
		p.body.WriteString(` text-anchor="end"`)
	}
	p.paint("fill", c)
	// The width the layout measured: a viewer that cannot use the
	// embedded font squeezes its own to fit instead of overrunning.
	p.attr("textLength", p.fonts.Width(s, size, bold))
	p.body.WriteString(` lengthAdjust="spacingAndGlyphs">`)
	writeXMLText(&p.body, s)
	p.body.WriteString("</text>\n")
}

// writeXMLText escapes s for XML character data, dropping what XML 1.0
// cannot hold (control characters, broken UTF-8).
func writeXMLText(b *bytes.Buffer, s string) {
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == utf8.RuneError, r < 0x20 && r != '\t', r == 0xFFFE, r == 0xFFFF:
		default:
			b.WriteRune(r)
		}
	}
}

// svgFontFamily names the embedded Go fonts; viewers that ignore
// @font-face fall back to a look-alike sans-serif.
const svgFontFamily = `ParleyGo, "Go", "DejaVu Sans", Verdana, sans-serif`

// WriteTo writes the whole SVG document.
func (p *SVGPainter) WriteTo(w io.Writer) (int64, error) {
	var head bytes.Buffer
	wf := func(v float32) string { return strconv.FormatFloat(math.Round(float64(v)*100)/100, 'f', -1, 64) }
	fmt.Fprintf(&head, `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" xml:space="preserve">
<defs>
<style>
`, wf(p.W), wf(p.H), wf(p.W), wf(p.H))
	for wgt, name := range [2]string{"normal", "bold"} {
		if !p.used[wgt] {
			continue
		}
		fmt.Fprintf(&head, "@font-face { font-family: ParleyGo; font-weight: %s; src: url(data:font/ttf;base64,", name)
		enc := base64.NewEncoder(base64.StdEncoding, &head)
		enc.Write(p.fonts.TTF(wgt == 1))
		enc.Close()
		head.WriteString(") format(\"truetype\"); }\n")
	}
	fmt.Fprintf(&head, "text { font-family: %s; white-space: pre; }\n</style>\n", svgFontFamily)
	head.Write(p.defs.Bytes())
	head.WriteString("</defs>\n")
	n, err := head.WriteTo(w)
	if err != nil {
		return n, err
	}
	m, err := w.Write(p.body.Bytes())
	n += int64(m)
	if err != nil {
		return n, err
	}
	k, err := io.WriteString(w, "</svg>\n")
	return n + int64(k), err
}

// WriteSVG draws the export picture (title, timeline, legend and sources)
// as SVG; Scale does not apply to vector output.
func WriteSVG(w io.Writer, c *model.Corpus, o ExportOptions) error {
	o.defaults()
	f, h := Picture(c, o)
	p := NewSVGPainter(f.W, f.H)
	DrawExport(p, f, h, c, o.Title)
	_, err := p.WriteTo(w)
	return err
}

var _ Painter = (*SVGPainter)(nil)
