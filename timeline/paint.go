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
