package timeline

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// RasterPainter draws into an RGBA image at a device scale (2 for a
// HiDPI screen or a 2× export). It keeps its buffers between frames, so
// drawing a frame allocates nothing once glyphs and marks are cached.
type RasterPainter struct {
	Img   *image.RGBA
	Scale float32

	glyphs  *glyphCache
	marks   map[markKey]*image.Alpha
	texts   map[textKey]textSprite
	uniform *image.Uniform
	col     color.NRGBA // the uniform's colour, by pointer: no boxing per call
	vec     vector.Rasterizer
	clip    image.Rectangle
}

// textKey and textSprite cache whole rendered strings: a label is then
// one mask blit instead of one per letter.
type textKey struct {
	s    string
	size uint16
	bold bool
}

type textSprite struct {
	mask *image.Alpha
	off  image.Point // top left relative to the pen on the baseline
}

const maxTextSprites = 4096

type markKey struct {
	shape  Shape
	r      uint16 // device radius × 4
	stroke uint16 // device stroke width × 4; 0 = filled disc
}

// NewRasterPainter returns a painter for a w×h logical-pixel canvas at the
// given scale.
func NewRasterPainter(w, h int, scale float32) *RasterPainter {
	p := &RasterPainter{glyphs: newGlyphCache(DefaultFonts()), marks: map[markKey]*image.Alpha{}, texts: map[textKey]textSprite{}, uniform: image.NewUniform(color.Black)}
	p.Resize(int(math.Ceil(float64(float32(w)*scale))), int(math.Ceil(float64(float32(h)*scale))), scale)
	return p
}

// Resize sets the device size, reusing the pixel buffer when it is large enough.
func (p *RasterPainter) Resize(devW, devH int, scale float32) {
	p.Scale = scale
	if devW < 1 {
		devW = 1
	}
	if devH < 1 {
		devH = 1
	}
	if p.Img == nil || cap(p.Img.Pix) < 4*devW*devH {
		p.Img = image.NewRGBA(image.Rect(0, 0, devW, devH))
	} else {
		p.Img.Pix = p.Img.Pix[:4*devW*devH]
		p.Img.Stride = 4 * devW
		p.Img.Rect = image.Rect(0, 0, devW, devH)
	}
	p.clip = p.Img.Rect
}

// Clear fills the whole image with c.
func (p *RasterPainter) Clear(c color.NRGBA) {
	r, g, b, a := c.RGBA()
	pix := p.Img.Pix
	if len(pix) < 4 {
		return
	}
	pix[0], pix[1], pix[2], pix[3] = uint8(r>>8), uint8(g>>8), uint8(b>>8), uint8(a>>8)
	for n := 4; n < len(pix); n *= 2 {
		copy(pix[n:], pix[:n])
	}
}

func (p *RasterPainter) src(c color.NRGBA) *image.Uniform {
	p.col = c
	p.uniform.C = &p.col
	return p.uniform
}

func (p *RasterPainter) dev(v float32) int { return int(math.Floor(float64(v*p.Scale) + 0.5)) }

// FillRect implements Painter.
func (p *RasterPainter) FillRect(x0, y0, x1, y1 float32, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	r := image.Rect(p.dev(x0), p.dev(y0), p.dev(x1), p.dev(y1)).Intersect(p.clip)
	if r.Empty() {
		// Keep hairlines visible at any scale.
		r = image.Rect(p.dev(x0), p.dev(y0), max(p.dev(x0)+1, p.dev(x1)), max(p.dev(y0)+1, p.dev(y1))).Intersect(p.clip)
		if r.Empty() || x1 <= x0 || y1 <= y0 {
			return
		}
	}
	op := draw.Over
	if c.A == 255 {
		op = draw.Src
	}
	draw.Draw(p.Img, r, p.src(c), image.Point{}, op)
}

// Line implements Painter. Horizontal and vertical lines are rectangle
// fills; others go through the vector rasteriser.
func (p *RasterPainter) Line(x0, y0, x1, y1, width float32, c color.NRGBA, dashed bool) {
	if c.A == 0 {
		return
	}
	hw := width / 2
	switch {
	case y0 == y1 || x0 == x1:
		if x1 < x0 {
			x0, x1 = x1, x0
		}
		if y1 < y0 {
			y0, y1 = y1, y0
		}
		horiz := y0 == y1
		if !dashed {
			if horiz {
				p.FillRect(x0, y0-hw, x1, y0+hw, c)
			} else {
				p.FillRect(x0-hw, y0, x0+hw, y1, c)
			}
			return
		}
		if horiz {
			for x := x0; x < x1; x += 7 {
				p.FillRect(x, y0-hw, min(x+4, x1), y0+hw, c)
			}
		} else {
			for y := y0; y < y1; y += 7 {
				p.FillRect(x0-hw, y, x0+hw, min(y+4, y1), c)
			}
		}
	default:
		dx, dy := x1-x0, y1-y0
		l := float32(math.Hypot(float64(dx), float64(dy)))
		nx, ny := -dy/l*hw, dx/l*hw
		p.polygon(c, x0+nx, y0+ny, x1+nx, y1+ny, x1-nx, y1-ny, x0-nx, y0-ny)
	}
}

func (p *RasterPainter) polygon(c color.NRGBA, pts ...float32) {
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for i := 0; i < len(pts); i += 2 {
		x, y := pts[i]*p.Scale, pts[i+1]*p.Scale
		minX, maxX = min(minX, x), max(maxX, x)
		minY, maxY = min(minY, y), max(maxY, y)
	}
	b := image.Rect(int(math.Floor(float64(minX))), int(math.Floor(float64(minY))), int(math.Ceil(float64(maxX))), int(math.Ceil(float64(maxY))))
	cb := b.Intersect(p.clip)
	if cb.Empty() {
		return
	}
	p.vec.Reset(b.Dx(), b.Dy())
	ox, oy := float32(b.Min.X), float32(b.Min.Y)
	p.vec.MoveTo(pts[0]*p.Scale-ox, pts[1]*p.Scale-oy)
	for i := 2; i < len(pts); i += 2 {
		p.vec.LineTo(pts[i]*p.Scale-ox, pts[i+1]*p.Scale-oy)
	}
	p.vec.ClosePath()
	p.vec.Draw(p.Img, cb, p.src(c), cb.Min.Sub(b.Min).Mul(-1).Add(cb.Min).Sub(cb.Min))
}

// Mark implements Painter with cached anti-aliased masks per shape and size.
func (p *RasterPainter) Mark(shape Shape, cx, cy, r float32, fill, stroke color.NRGBA, strokeW float32) {
	dr := r * p.Scale
	if fill.A > 0 {
		m := p.markMask(shape, dr, 0)
		p.blit(m, cx*p.Scale, cy*p.Scale, fill)
	}
	if stroke.A > 0 && strokeW > 0 {
		m := p.markMask(shape, dr, max(1, strokeW*p.Scale))
		p.blit(m, cx*p.Scale, cy*p.Scale, stroke)
	}
}

func (p *RasterPainter) blit(m *image.Alpha, dcx, dcy float32, c color.NRGBA) {
	w := m.Rect.Dx()
	x := int(math.Floor(float64(dcx) - float64(w)/2 + 0.5))
	y := int(math.Floor(float64(dcy) - float64(w)/2 + 0.5))
	r := image.Rect(x, y, x+w, y+w)
	cr := r.Intersect(p.clip)
	if cr.Empty() {
		return
	}
	draw.DrawMask(p.Img, cr, p.src(c), image.Point{}, m, cr.Min.Sub(r.Min), draw.Over)
}

// markMask renders (once) the coverage of a shape of device radius r;
// a ring of width stroke when stroke > 0.
func (p *RasterPainter) markMask(shape Shape, r, stroke float32) *image.Alpha {
	k := markKey{shape, uint16(r*4 + 0.5), uint16(stroke*4 + 0.5)}
	if m, ok := p.marks[k]; ok {
		return m
	}
	size := int(math.Ceil(float64(2*r))) + 2
	m := image.NewAlpha(image.Rect(0, 0, size, size))
	c := float64(size) / 2
	const ss = 4 // supersampling per axis
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			n := 0
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss - c
					py := float64(y) + (float64(sy)+0.5)/ss - c
					if inShape(shape, px, py, float64(r), float64(stroke)) {
						n++
					}
				}
			}
			m.Pix[y*m.Stride+x] = uint8(n * 255 / (ss * ss))
		}
	}
	p.marks[k] = m
	return m
}

func inShape(shape Shape, x, y, r, stroke float64) bool {
	var d float64 // distance-like measure: 1 at the edge
	switch shape {
	case ShapeDiamond:
		d = math.Abs(x) + math.Abs(y)
	case ShapeSquare:
		d = math.Max(math.Abs(x), math.Abs(y))
	default:
		d = math.Hypot(x, y)
	}
	if stroke == 0 {
		return d <= r
	}
	return d <= r && d >= r-stroke
}

// Bar implements Painter. Soft edges are drawn column by column with
// falling alpha.
func (p *RasterPainter) Bar(x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1 float32, hollow bool) {
	if x1 < x0 {
		x0, x1 = x1, x0
	}
	if hollow {
		barOutline(p, x0, y0, x1, y1, c, fade0, fade1)
		return
	}
	fadedBar(p, x0, y0, x1, y1, c, fade0, fade1, 1/p.Scale)
}

// Text implements Painter.
func (p *RasterPainter) Text(x, y float32, s string, size float32, bold bool, c color.NRGBA, align Align) {
	if s == "" || c.A == 0 {
		return
	}
	f := p.glyphs.fonts
	switch align {
	case AlignCenter:
		x -= f.Width(s, size, bold) / 2
	case AlignRight:
		x -= f.Width(s, size, bold)
	}
	dsize := quantSize(size * p.Scale)
	sp := p.sprite(s, dsize, bold)
	if sp.mask == nil {
		return
	}
	dx := int(math.Floor(float64(x*p.Scale) + 0.5))
	base := int(math.Floor(float64(y*p.Scale) + 0.5))
	r := sp.mask.Rect.Add(image.Pt(dx, base).Add(sp.off))
	cr := r.Intersect(p.clip)
	if !cr.Empty() {
		draw.DrawMask(p.Img, cr, p.src(c), image.Point{}, sp.mask, cr.Min.Sub(r.Min), draw.Over)
	}
}

// sprite renders s once into a coverage mask.
func (p *RasterPainter) sprite(s string, dsize uint16, bold bool) textSprite {
	k := textKey{s, dsize, bold}
	if sp, ok := p.texts[k]; ok {
		return sp
	}
	if len(p.texts) >= maxTextSprites {
		clear(p.texts)
	}
	f := p.glyphs.fonts
	em := float32(dsize) / 4
	// Bounds of all glyphs relative to the pen at (0, 0).
	var bounds image.Rectangle
	var pen float32
	type placed struct {
		g glyph
		x int
	}
	var gs [64]placed
	list := gs[:0]
	for _, r := range s {
		if g, ok := p.glyphs.get(r, dsize, bold); ok {
			x := int(math.Floor(float64(pen) + 0.5))
			list = append(list, placed{g, x})
			bounds = bounds.Union(g.mask.Rect.Add(image.Pt(x, 0).Add(g.off)))
		}
		pen += f.runeWidth(r, bold) * em
	}
	sp := textSprite{}
	if !bounds.Empty() {
		m := image.NewAlpha(image.Rect(0, 0, bounds.Dx(), bounds.Dy()))
		for _, pg := range list {
			gr := pg.g.mask.Rect.Add(image.Pt(pg.x, 0).Add(pg.g.off)).Sub(bounds.Min)
			draw.DrawMask(m, gr, image.Opaque, image.Point{}, pg.g.mask, image.Point{}, draw.Over)
		}
		sp = textSprite{mask: m, off: bounds.Min}
	}
	p.texts[k] = sp
	return sp
}

var _ Painter = (*RasterPainter)(nil)
