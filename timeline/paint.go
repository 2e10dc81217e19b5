package timeline

import "image/color"

// Painter is the whole contract a drawing backend meets. The timeline is
// drawn once, through this interface, for the screen raster, PNG, SVG and
// PDF alike. Coordinates are logical pixels from the top left; backends
// scale to device pixels themselves.
type Painter interface {
	// FillRect fills the rectangle [x0,x1)×[y0,y1).
	FillRect(x0, y0, x1, y1 float32, c color.NRGBA)
	// Line strokes a straight line of the given width; dashed lines
	// alternate 4 px on, 3 px off.
	Line(x0, y0, x1, y1, width float32, c color.NRGBA, dashed bool)
	// Mark draws an event mark of radius r centred on (cx, cy). A zero
	// fill leaves it hollow; a zero stroke leaves out the outline.
	Mark(shape Shape, cx, cy, r float32, fill, stroke color.NRGBA, strokeW float32)
	// Bar fills a horizontal bar whose ends fade over fade0 and fade1
	// pixels (soft edges for uncertain bounds). hollow draws the outline only.
	Bar(x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1 float32, hollow bool)
	// Text draws s with its left edge (AlignLeft), centre or right edge at
	// x and its baseline at y.
	Text(x, y float32, s string, size float32, bold bool, c color.NRGBA, align Align)
}

// Shape of an event mark.
type Shape uint8

// Mark shapes.
const (
	ShapeCircle Shape = iota
	ShapeDiamond
	ShapeSquare
)

// Align is a horizontal text alignment.
type Align uint8

// Alignments.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// barOutline draws a hollow bar (planned or possible): dashed top and
// bottom, and solid ends only where the bound is certain.
func barOutline(p Painter, x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1 float32) {
	p.Line(x0, y0, x1, y0, 1, c, true)
	p.Line(x0, y1, x1, y1, 1, c, true)
	if fade0 == 0 {
		p.Line(x0, y0, x0, y1, 1, c, false)
	}
	if fade1 == 0 {
		p.Line(x1, y0, x1, y1, 1, c, false)
	}
}

// fadedBar fills a bar whose ends fade out over fade0 and fade1, in
// strips of width step (one device pixel): backends without gradients
// draw soft edges this way.
func fadedBar(p Painter, x0, y0, x1, y1 float32, c color.NRGBA, fade0, fade1, step float32) {
	w := x1 - x0
	fade0, fade1 = min(fade0, w/2), min(fade1, w/2)
	core0, core1 := x0+fade0, x1-fade1
	p.FillRect(core0, y0, core1, y1, c)
	for x := x0; x < core0; x += step {
		cc := c
		cc.A = uint8(float32(c.A) * (x - x0 + step/2) / fade0)
		p.FillRect(x, y0, min(x+step, core0), y1, cc)
	}
	for x := core1; x < x1; x += step {
		cc := c
		cc.A = uint8(float32(c.A) * (x1 - x - step/2) / fade1)
		p.FillRect(x, y0, min(x+step, x1), y1, cc)
	}
}
