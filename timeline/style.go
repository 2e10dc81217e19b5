package timeline

import (
	"image/color"
	"math"
)

// Style holds every colour and size the renderer uses. Screen and export
// share it so that a PNG looks like the window.
type Style struct {
	Background, Band, BandAlt, Grid, GridMajor color.NRGBA
	Text, TextDim, AxisBg, LaneText            color.NRGBA
	Selection, Hover, ClusterFill, ClusterText color.NRGBA
	Minimap, MinimapWindow                     color.NRGBA
	Categories                                 [NumCategories]color.NRGBA

	FontSize, SmallFontSize, LabelFontSize  float32
	AxisHeight, MinimapHeight, LegendHeight float32
	GutterWidth, RowHeight, LanePad         float32
	MarkRadius                              float32
}

// Event categories: CAMEO root codes grouped the way analysts read them,
// from cooperation to violence.
const (
	CatStatement   = iota // 01–02 make statements, appeal
	CatCooperation        // 03–05 intend to cooperate, consult, diplomatic cooperation
	CatMaterial           // 06–08 material cooperation, aid, yield
	CatDispute            // 09–12 investigate, demand, disapprove, reject
	CatThreat             // 13–15 threaten, protest, show force
	CatCoercion           // 16–17 reduce relations, coerce (sanctions)
	CatViolence           // 18–20 assault, fight, mass violence
	CatOther
	NumCategories
)

// CategoryNames label the legend.
var CategoryNames = [NumCategories]string{
	"Statement, appeal", "Consultation, cooperation", "Aid, concession", "Demand, criticism, rejection",
	"Threat, protest, force posture", "Sanctions, reduced relations", "Violence", "Other",
}

// LightStyle is the default look.
func LightStyle() *Style {
	s := baseStyle()
	s.Background = rgb(0xfb, 0xfb, 0xfa)
	s.Band = rgb(0xff, 0xff, 0xff)
	s.BandAlt = rgb(0xf2, 0xf3, 0xf5)
	s.Grid = rgba(0, 0, 0, 0x14)
	s.GridMajor = rgba(0, 0, 0, 0x30)
	s.Text = rgb(0x20, 0x22, 0x26)
	s.TextDim = rgb(0x6b, 0x70, 0x78)
	s.AxisBg = rgb(0xec, 0xee, 0xf1)
	s.LaneText = rgb(0x30, 0x33, 0x3a)
	s.Selection = rgb(0x11, 0x11, 0x11)
	s.Hover = rgba(0x22, 0x66, 0xcc, 0x40)
	s.ClusterFill = rgb(0x55, 0x5d, 0x6b)
	s.ClusterText = rgb(0xff, 0xff, 0xff)
	s.Minimap = rgba(0x55, 0x5d, 0x6b, 0x90)
	s.MinimapWindow = rgba(0x22, 0x66, 0xcc, 0x30)
	return s
}

// DarkStyle is the dark theme.
func DarkStyle() *Style {
	s := baseStyle()
	s.Background = rgb(0x17, 0x18, 0x1b)
	s.Band = rgb(0x1d, 0x1f, 0x23)
	s.BandAlt = rgb(0x23, 0x25, 0x2a)
	s.Grid = rgba(0xff, 0xff, 0xff, 0x12)
	s.GridMajor = rgba(0xff, 0xff, 0xff, 0x2c)
	s.Text = rgb(0xe6, 0xe7, 0xea)
	s.TextDim = rgb(0x9a, 0x9f, 0xa8)
	s.AxisBg = rgb(0x26, 0x28, 0x2e)
	s.LaneText = rgb(0xd6, 0xd8, 0xdd)
	s.Selection = rgb(0xff, 0xff, 0xff)
	s.Hover = rgba(0x66, 0xaa, 0xff, 0x40)
	s.ClusterFill = rgb(0x9a, 0xa3, 0xb2)
	s.ClusterText = rgb(0x11, 0x12, 0x14)
	s.Minimap = rgba(0x9a, 0xa3, 0xb2, 0x90)
	s.MinimapWindow = rgba(0x66, 0xaa, 0xff, 0x38)
	return s
}

func baseStyle() *Style {
	return &Style{
		// Colour-blind-safe qualitative palette (after Okabe–Ito), ordered
		// from cooperation (blue/green) to conflict (red).
		Categories: [NumCategories]color.NRGBA{
			rgb(0x56, 0x7a, 0xa8), // statement: slate blue
			rgb(0x00, 0x9e, 0x73), // cooperation: bluish green
			rgb(0x56, 0xb4, 0xe9), // material: sky blue
			rgb(0xe6, 0x9f, 0x00), // dispute: orange-yellow
			rgb(0xd5, 0x5e, 0x00), // threat: vermillion
			rgb(0xcc, 0x79, 0xa7), // coercion: reddish purple
			rgb(0xb2, 0x18, 0x2b), // violence: dark red
			rgb(0x88, 0x88, 0x88), // other
		},
		FontSize: 12, SmallFontSize: 10.5, LabelFontSize: 11.5,
		AxisHeight: 44, MinimapHeight: 30, LegendHeight: 0,
		GutterWidth: 150, RowHeight: 20, LanePad: 4,
		MarkRadius: 5,
	}
}

var colorNone = color.NRGBA{}

func rgb(r, g, b uint8) color.NRGBA     { return color.NRGBA{r, g, b, 255} }
func rgba(r, g, b, a uint8) color.NRGBA { return color.NRGBA{r, g, b, a} }

// GoldsteinColor maps a Goldstein value (−10 conflict … +10 cooperation) to
// a diverging red–grey–blue scale.
func GoldsteinColor(g float32) color.NRGBA {
	t := float64(max(-10, min(10, g))) / 10
	mid := [3]float64{0x9a, 0x9a, 0x9a}
	neg := [3]float64{0xb2, 0x18, 0x2b}
	pos := [3]float64{0x21, 0x66, 0xac}
	end := pos
	if t < 0 {
		end, t = neg, -t
	}
	t = math.Sqrt(t) // small values should already read as leaning
	var c [3]uint8
	for i := range c {
		c[i] = uint8(mid[i] + (end[i]-mid[i])*t + 0.5)
	}
	return rgb(c[0], c[1], c[2])
}

// darken returns c at two thirds brightness: clusters read as heavier
// than single marks of the same colour and keep white counts legible.
func darken(c color.NRGBA) color.NRGBA {
	return color.NRGBA{uint8(uint16(c.R) * 2 / 3), uint8(uint16(c.G) * 2 / 3), uint8(uint16(c.B) * 2 / 3), c.A}
}

// blend composes c over an opaque background bg.
func blend(c, bg color.NRGBA) color.NRGBA {
	a := uint16(c.A)
	mix := func(x, y uint8) uint8 { return uint8((uint16(x)*a + uint16(y)*(255-a) + 127) / 255) }
	return color.NRGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 255}
}

func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint16(c.A) * uint16(a) / 255)
	return c
}
