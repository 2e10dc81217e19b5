package timeline

import (
	"image"
	"image/draw"
	"math"
	"sync"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts are the typefaces every backend draws with, so that text measured
// by the layout is the text the PNG, SVG and PDF show. They are the Go
// fonts (golang.org/x/image/font/gofont), which ship with the module.
type Fonts struct {
	ttf   [2][]byte
	fonts [2]*sfnt.Font
	// ascii advances in ems, per weight; other runes go through the map.
	ascii  [2][128]float32
	mu     sync.RWMutex
	others [2]map[rune]float32
	// Ascent and Descent in ems.
	Ascent, Descent float32
}

var defaultFonts = sync.OnceValue(func() *Fonts {
	f, err := newFonts(goregular.TTF, gobold.TTF)
	if err != nil {
		panic("timeline: embedded Go fonts do not parse: " + err.Error())
	}
	return f
})

// DefaultFonts returns the shared Go fonts.
func DefaultFonts() *Fonts { return defaultFonts() }

func newFonts(regular, bold []byte) (*Fonts, error) {
	f := &Fonts{ttf: [2][]byte{regular, bold}}
	var buf sfnt.Buffer
	for w, b := range f.ttf {
		ft, err := sfnt.Parse(b)
		if err != nil {
			return nil, err
		}
		f.fonts[w] = ft
		f.others[w] = map[rune]float32{}
		upem := float32(ft.UnitsPerEm())
		for r := rune(0); r < 128; r++ {
			f.ascii[w][r] = advance(ft, &buf, r, upem)
		}
		if w == 0 {
			m, err := ft.Metrics(&buf, fixed.I(int(upem)), font.HintingNone)
			if err != nil {
				return nil, err
			}
			f.Ascent = float32(m.Ascent) / 64 / upem
			f.Descent = float32(m.Descent) / 64 / upem
		}
	}
	return f, nil
}

func advance(ft *sfnt.Font, buf *sfnt.Buffer, r rune, upem float32) float32 {
	gi, err := ft.GlyphIndex(buf, r)
	if err != nil || gi == 0 {
		gi, _ = ft.GlyphIndex(buf, '?')
	}
	a, err := ft.GlyphAdvance(buf, gi, fixed.I(int(upem)), font.HintingNone)
	if err != nil {
		return 0.5
	}
	return float32(a) / 64 / upem
}

func weight(bold bool) int {
	if bold {
		return 1
	}
	return 0
}

// Width returns the advance width of s at size (pixels per em).
func (f *Fonts) Width(s string, size float32, bold bool) float32 {
	w := weight(bold)
	var em float32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			em += f.ascii[w][c]
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		f.mu.RLock()
		a, ok := f.others[w][r]
		f.mu.RUnlock()
		if !ok {
			var buf sfnt.Buffer
			a = advance(f.fonts[w], &buf, r, float32(f.fonts[w].UnitsPerEm()))
			f.mu.Lock()
			f.others[w][r] = a
			f.mu.Unlock()
		}
		em += a
	}
	return em * size
}

// runeWidth is the advance of r in ems.
func (f *Fonts) runeWidth(r rune, bold bool) float32 {
	w := weight(bold)
	if r < utf8.RuneSelf {
		return f.ascii[w][r]
	}
	f.mu.RLock()
	a, ok := f.others[w][r]
	f.mu.RUnlock()
	if !ok {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		return f.Width(string(buf[:n]), 1, bold)
	}
	return a
}

// Elide shortens s with "…" so that it fits in maxW at size; "" when not
// even the first letter and the ellipsis fit.
func (f *Fonts) Elide(s string, size float32, bold bool, maxW float32) string {
	if f.Width(s, size, bold) <= maxW {
		return s
	}
	ell := f.Width("…", size, bold)
	var w float32
	for i, r := range s {
		rw := f.Width(string(r), size, bold)
		if w+rw+ell > maxW {
			if i == 0 {
				return ""
			}
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}

// TTF returns the font file bytes, for backends that embed the font.
func (f *Fonts) TTF(bold bool) []byte { return f.ttf[weight(bold)] }

// glyph is a rasterised glyph: its coverage mask and where it sits
// relative to the pen position on the baseline.
type glyph struct {
	mask *image.Alpha
	off  image.Point
}

type glyphKey struct {
	r    rune
	size uint16 // device pixels × 4
	bold bool
}

// glyphCache rasterises each glyph once per size; drawing text is then a
// mask blit per letter. Not safe for concurrent use: each raster painter
// owns one.
type glyphCache struct {
	fonts  *Fonts
	faces  map[[2]uint16]font.Face
	glyphs map[glyphKey]glyph
}

func newGlyphCache(f *Fonts) *glyphCache {
	return &glyphCache{fonts: f, faces: map[[2]uint16]font.Face{}, glyphs: map[glyphKey]glyph{}}
}

func (c *glyphCache) face(size uint16, bold bool) font.Face {
	k := [2]uint16{size, uint16(weight(bold))}
	if fc, ok := c.faces[k]; ok {
		return fc
	}
	fc, err := opentype.NewFace(c.fonts.fonts[weight(bold)], &opentype.FaceOptions{Size: float64(size) / 4, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	c.faces[k] = fc
	return fc
}

func (c *glyphCache) get(r rune, size uint16, bold bool) (glyph, bool) {
	k := glyphKey{r, size, bold}
	if g, ok := c.glyphs[k]; ok {
		return g, g.mask != nil
	}
	fc := c.face(size, bold)
	if fc == nil {
		return glyph{}, false
	}
	dr, mask, mp, _, ok := fc.Glyph(fixed.Point26_6{}, r)
	if !ok {
		dr, mask, mp, _, ok = fc.Glyph(fixed.Point26_6{}, '?')
	}
	var g glyph
	if ok && !dr.Empty() {
		a := image.NewAlpha(image.Rect(0, 0, dr.Dx(), dr.Dy()))
		draw.Draw(a, a.Bounds(), mask, mp, draw.Src)
		g = glyph{mask: a, off: dr.Min}
	}
	c.glyphs[k] = g
	return g, g.mask != nil
}

func quantSize(px float32) uint16 {
	return uint16(math.Round(float64(px) * 4))
}
