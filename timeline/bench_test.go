package timeline

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/synth"
)

var sizes = []int{1000, 10000, 100000}

var benchData = map[int]*Data{}

func dataOf(b *testing.B, n int) *Data {
	if d, ok := benchData[n]; ok {
		return d
	}
	d := NewData(synth.Corpus(n, 42), LanesCountry, LightStyle())
	benchData[n] = d
	return d
}

// views are the ranges a user passes through: the whole 30 years, a few
// years, a season, a week, a day, each at 1920×1080.
func views(d *Data) []View {
	from, to := d.Extent()
	var vs []View
	for _, frac := range []float64{1, 0.1, 0.01, 0.001, 0.0001} {
		span := (to - from) * frac
		for k := 0; k < 4; k++ {
			c := from + (to-from)*(0.2+0.2*float64(k))
			vs = append(vs, View{From: c - span/2, To: c + span/2, W: 1920, H: 1080})
		}
	}
	return vs
}

// BenchmarkLayout is the re-layout after a zoom or pan (target ≤ 2 ms at 100k).
func BenchmarkLayout(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := dataOf(b, n)
			vs := views(d)
			st := LightStyle()
			var f Frame
			for _, v := range vs { // warm the buffers
				f.Layout(d, v, st)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f.Layout(d, vs[i%len(vs)], st)
			}
		})
	}
}

// BenchmarkFrame is one complete frame, layout and drawing into the
// 1920×1080 raster (target ≤ 16 ms at 100k).
func BenchmarkFrame(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := dataOf(b, n)
			vs := views(d)
			st := LightStyle()
			var f Frame
			p := NewRasterPainter(1920, 1080, 1)
			for _, v := range vs {
				f.Layout(d, v, st)
				f.Draw(p, &NoHighlight)
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(p.Img.Pix)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f.Layout(d, vs[i%len(vs)], st)
				f.Draw(p, &NoHighlight)
			}
		})
	}
}

// BenchmarkHit is hover hit-testing per mouse move (target ≤ 50 µs at 100k).
func BenchmarkHit(b *testing.B) {
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			d := dataOf(b, n)
			var f Frame
			f.Layout(d, views(d)[4], LightStyle())
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				x := f.PlotX0 + float32(i*37%1700)
				y := f.PlotY0 + float32(i*53%900)
				f.Hit(x, y)
			}
		})
	}
}

// BenchmarkLoad100k decodes 100k events from JSON and prepares them for
// the view (target ≤ 1 s).
func BenchmarkLoad100k(b *testing.B) {
	raw, err := json.Marshal(synth.Corpus(100000, 42))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var c model.Corpus
		if err := c.UnmarshalJSON(raw); err != nil {
			b.Fatal(err)
		}
		NewData(&c, LanesCountry, LightStyle())
	}
}

// BenchmarkFrameSteady redraws an unchanged view, as on hover: a frame
// should then allocate nothing.
func BenchmarkFrameSteady(b *testing.B) {
	d := dataOf(b, 100000)
	v := views(d)[5]
	st := LightStyle()
	var f Frame
	p := NewRasterPainter(1920, 1080, 1)
	for i := 0; i < 3; i++ {
		f.Layout(d, v, st)
		f.Draw(p, &NoHighlight)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(p.Img.Pix)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Layout(d, v, st)
		f.Draw(p, &NoHighlight)
	}
}
