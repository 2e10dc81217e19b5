package timeline

import (
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/synth"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden export files in testdata/")

// exportCorpus has one of each thing an export draws: point events of
// several kinds, a fuzzy range (soft ends), a planned event (hollow), an
// inferred date, and names that need escaping in XML.
func exportCorpus() *model.Corpus {
	c := &model.Corpus{
		Articles: []*model.Article{
			{ID: "a1", Title: "US and Russian officials meet in Riyadh", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)},
			{ID: "a2", Title: "Ceasefire talks in Jeddah", Published: time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)},
		},
		Actors: []*model.Actor{
			{ID: "USA", Name: "United States", Kind: model.KindCountry, Country: "USA"},
			{ID: "RUS", Name: "Russia", Kind: model.KindCountry, Country: "RUS"},
			{ID: "UKR", Name: "Ukraine", Kind: model.KindCountry, Country: "UKR"},
			{ID: "marco-rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA"},
			{ID: "sergei-lavrov", Name: "Sergei Lavrov", Kind: model.KindPerson, Country: "RUS"},
			{ID: "ngo", Name: "Peace & <Reconciliation>", Kind: model.KindOrganization},
		},
	}
	add := func(id, art string, d model.Date, typ, code string, actors ...string) *model.Event {
		e := &model.Event{ID: id, Article: art, When: d, Type: typ, Code: code, RootCode: code[:2], Actors: actors, Modality: model.Asserted}
		c.Events = append(c.Events, e)
		return e
	}
	add("e1", "a1", model.Day(2025, 2, 18), "meeting", "043", "marco-rubio", "sergei-lavrov").Goldstein = 2.8
	add("e2", "a1", model.Day(2025, 2, 14), "criticism", "111", "USA", "ngo").Goldstein = -2
	add("e3", "a1", model.Day(2025, 2, 17), "statement", "010", "sergei-lavrov")
	r := model.Day(2025, 2, 20)
	r.End = time.Date(2025, 3, 20, 0, 0, 0, 0, time.UTC)
	r.Fuzzy = true
	add("e4", "a1", r, "negotiations", "046", "USA", "RUS")
	pl := model.SpanOf(time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), model.GranMonth)
	add("e8", "a2", pl, "summit", "036", "USA", "RUS").Modality = model.Planned
	add("e5", "a2", model.Day(2025, 3, 11), "ceasefire", "0871", "UKR", "USA").Goldstein = 9
	add("e6", "a2", model.Day(2025, 3, 11), "threat", "138", "RUS", "UKR").DateInferred = true
	add("e7", "a2", model.Day(2025, 3, 12), "sanctions", "163", "USA", "RUS").Modality = model.Possible
	return c
}

func exportOptions() ExportOptions {
	return ExportOptions{Width: 900, Title: "Riyadh & Jeddah: talks on Ukraine"}
}

// golden compares got with testdata/name, or rewrites it under -update.
// A failing output is left in testdata/failed/ to look at.
func golden(t *testing.T, name string, got []byte, same func(want, got []byte) error) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if err := same(want, got); err != nil {
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		fp := filepath.Join("testdata", "failed", name)
		os.WriteFile(fp, got, 0o644)
		t.Errorf("%s differs from the golden file: %v\n(output in %s; go test -update accepts it)", name, err, fp)
	}
}

func sameBytes(want, got []byte) error {
	if bytes.Equal(want, got) {
		return nil
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < min(len(wl), len(gl)); i++ {
		if wl[i] != gl[i] {
			return fmt.Errorf("line %d:\nwant %.200s\ngot  %.200s", i+1, wl[i], gl[i])
		}
	}
	return fmt.Errorf("%d lines, want %d", len(gl), len(wl))
}

func TestSVGGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSVG(&buf, exportCorpus(), exportOptions()); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.svg", buf.Bytes(), sameBytes)
	var again bytes.Buffer
	WriteSVG(&again, exportCorpus(), exportOptions())
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two exports of the same corpus differ")
	}
}

// recorder is a Painter that keeps the text drawn, to check that every
// backend shows what the drawing code drew.
type recorder struct {
	texts             []string
	marks, rects, bar int
}

func (r *recorder) FillRect(x0, y0, x1, y1 float32, c color.NRGBA) { r.rects++ }
func (r *recorder) Line(x0, y0, x1, y1, w float32, c color.NRGBA, d bool) {
}
func (r *recorder) Mark(s Shape, cx, cy, rad float32, f, st color.NRGBA, sw float32)  { r.marks++ }
func (r *recorder) Bar(x0, y0, x1, y1 float32, c color.NRGBA, f0, f1 float32, h bool) { r.bar++ }
func (r *recorder) Text(x, y float32, s string, size float32, bold bool, c color.NRGBA, a Align) {
	if c.A > 0 {
		r.texts = append(r.texts, s)
	}
}

func drawn(c *model.Corpus, o ExportOptions) *recorder {
	o.defaults()
	f, h := Picture(c, o)
	r := &recorder{}
	DrawExport(r, f, h, c, o.Title)
	return r
}

func TestSVGStructure(t *testing.T) {
	c, o := exportCorpus(), exportOptions()
	var buf bytes.Buffer
	if err := WriteSVG(&buf, c, o); err != nil {
		t.Fatal(err)
	}
	// Well-formed XML, and the text elements are the strings drawn.
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var texts []string
	var inText bool
	var cur strings.Builder
	var root xml.StartElement
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			if root.Name.Local == "" {
				root = el
			}
			if el.Name.Local == "text" {
				inText = true
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(el)
			}
		case xml.EndElement:
			if el.Name.Local == "text" {
				inText = false
				texts = append(texts, cur.String())
			}
		}
	}
	want := drawn(c, o).texts
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("SVG texts:\n%q\nwant the drawn texts:\n%q", texts, want)
	}
	for _, must := range []string{"Riyadh & Jeddah: talks on Ukraine", "Peace & <Reconciliation>", "United States", "Russia"} {
		found := false
		for _, s := range texts {
			found = found || strings.Contains(s, must)
		}
		if !found {
			t.Errorf("no text %q in %q", must, texts)
		}
	}
	f, _ := Picture(c, o)
	attrs := map[string]string{}
	for _, a := range root.Attr {
		attrs[a.Name.Local] = a.Value
	}
	if root.Name.Local != "svg" || attrs["width"] != "900" || attrs["height"] != strconv.FormatFloat(float64(f.H), 'f', -1, 32) {
		t.Errorf("root %v, want svg 900×%v", root, f.H)
	}
	// Each weight of the Go font is embedded once.
	if n := bytes.Count(buf.Bytes(), []byte("@font-face")); n != 2 {
		t.Errorf("%d @font-face rules, want 2", n)
	}
	if !bytes.Contains(buf.Bytes(), []byte("<linearGradient")) {
		t.Error("the fuzzy range has no soft ends")
	}
}

// pdfInfo is what the tests read back from a PDF.
type pdfInfo struct {
	pages     int
	mediaBox  [4]float64
	fontFiles int
	strings   []string // text shown by Tj operators, decoded
	title     string
}

var (
	pdfObj      = regexp.MustCompile(`(?s)(\d+) 0 obj(.*?)endobj`)
	pdfStream   = regexp.MustCompile(`(?s)^(.*?)stream\r?\n(.*)\r?\nendstream`)
	pdfMediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]`)
	pdfTj       = regexp.MustCompile(`\(((?:\\.|[^\\)])*)\)\s*Tj`)
)

// readPDF checks the skeleton of a PDF (header, objects, trailer) and
// reads pages, page size, embedded fonts and the text of the content
// streams, inflating the compressed ones.
func readPDF(t *testing.T, b []byte) pdfInfo {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("%PDF-1.")) || !bytes.Contains(b[max(0, len(b)-64):], []byte("%%EOF")) ||
		!bytes.Contains(b, []byte("xref")) || !bytes.Contains(b, []byte("trailer")) {
		t.Fatalf("not a PDF file: %.40q … %q", b, b[max(0, len(b)-40):])
	}
	var info pdfInfo
	for _, m := range pdfObj.FindAllSubmatch(b, -1) {
		body := m[2]
		dict, data := body, []byte(nil)
		if sm := pdfStream.FindSubmatch(body); sm != nil {
			dict, data = sm[1], sm[2]
			if bytes.Contains(dict, []byte("/FlateDecode")) {
				zr, err := zlib.NewReader(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("object %s: %v", m[1], err)
				}
				if data, err = io.ReadAll(zr); err != nil {
					t.Fatalf("object %s: %v", m[1], err)
				}
			}
		}
		if regexp.MustCompile(`/Type\s*/Page\b`).Match(dict) {
			info.pages++
			if mb := pdfMediaBox.FindSubmatch(dict); mb != nil {
				for i := range 4 {
					info.mediaBox[i], _ = strconv.ParseFloat(string(mb[i+1]), 64)
				}
			}
		}
		if bytes.Contains(dict, []byte("/FontFile2")) {
			info.fontFiles++
		}
		if tm := regexp.MustCompile(`/Title \(((?:\\.|[^\\)])*)\)`).FindSubmatch(dict); tm != nil {
			info.title = pdfText(tm[1])
		}
		for _, tj := range pdfTj.FindAllSubmatch(data, -1) {
			info.strings = append(info.strings, pdfText(tj[1]))
		}
	}
	if info.mediaBox == [4]float64{} {
		// fpdf puts the page size on the Pages node.
		if mb := pdfMediaBox.FindSubmatch(b); mb != nil {
			for i := range 4 {
				info.mediaBox[i], _ = strconv.ParseFloat(string(mb[i+1]), 64)
			}
		}
	}
	return info
}

// pdfText decodes a PDF literal string: escapes, then UTF-16BE when it
// starts with a byte order mark or holds 2-byte code units.
func pdfText(s []byte) string {
	var raw []byte
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			raw = append(raw, s[i])
			continue
		}
		i++
		switch c := s[i]; c {
		case 'n':
			raw = append(raw, '\n')
		case 'r':
			raw = append(raw, '\r')
		case 't':
			raw = append(raw, '\t')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			n := 0
			j := i
			for ; j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7'; j++ {
				n = n*8 + int(s[j]-'0')
			}
			raw = append(raw, byte(n))
			i = j - 1
		default:
			raw = append(raw, c)
		}
	}
	raw = bytes.TrimPrefix(raw, []byte{0xFE, 0xFF})
	if len(raw)%2 == 0 && len(raw) > 0 && raw[0] == 0 {
		u := make([]uint16, len(raw)/2)
		for i := range u {
			u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
		}
		return string(utf16.Decode(u))
	}
	return string(raw)
}

func TestPDFParsed(t *testing.T) {
	c, o := exportCorpus(), exportOptions()
	var buf bytes.Buffer
	if err := WritePDF(&buf, c, o); err != nil {
		t.Fatal(err)
	}
	info := readPDF(t, buf.Bytes())
	f, _ := Picture(c, o)
	if info.pages != 1 {
		t.Errorf("%d pages, want 1", info.pages)
	}
	w, h := float64(f.W)*PDFPointsPerPixel, float64(f.H)*PDFPointsPerPixel
	if mb := info.mediaBox; mb[0] != 0 || mb[1] != 0 || math.Abs(mb[2]-w) > 0.01 || math.Abs(mb[3]-h) > 0.01 {
		t.Errorf("page %v, want 0 0 %.2f %.2f", mb, w, h)
	}
	if info.fontFiles != 2 {
		t.Errorf("%d embedded TrueType fonts, want the Go regular and bold", info.fontFiles)
	}
	if info.title != o.Title {
		t.Errorf("document title %q", info.title)
	}
	want := drawn(c, o).texts
	if strings.Join(info.strings, "\n") != strings.Join(want, "\n") {
		t.Errorf("PDF texts:\n%q\nwant the drawn texts:\n%q", info.strings, want)
	}
	// A golden copy for people to open; the comparison is on the parse.
	golden(t, "export.pdf", buf.Bytes(), func(want, got []byte) error {
		wi := readPDF(t, want)
		if strings.Join(wi.strings, "\n") != strings.Join(info.strings, "\n") || wi.mediaBox != info.mediaBox || wi.pages != info.pages {
			return fmt.Errorf("texts or page differ: %q %v", wi.strings, wi.mediaBox)
		}
		return nil
	})
}

func TestPNGGolden(t *testing.T) {
	c, o := exportCorpus(), exportOptions()
	o.Scale = 2
	var buf bytes.Buffer
	if err := WritePNG(&buf, c, o); err != nil {
		t.Fatal(err)
	}
	golden(t, "export@2x.png", buf.Bytes(), func(want, got []byte) error {
		a, err := png.Decode(bytes.NewReader(want))
		if err != nil {
			return err
		}
		b, err := png.Decode(bytes.NewReader(got))
		if err != nil {
			return err
		}
		return imagesClose(a, b)
	})
}

// imagesClose allows anti-aliasing noise: channels within 24 of each other,
// except for at most 0.2 % of the pixels.
func imagesClose(a, b image.Image) error {
	if a.Bounds() != b.Bounds() {
		return fmt.Errorf("size %v, want %v", b.Bounds(), a.Bounds())
	}
	bad, total := 0, 0
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			total++
			ar, ag, ab, aa := a.At(x, y).RGBA()
			br, bg, bb, ba := b.At(x, y).RGBA()
			for _, d := range [4]int{int(ar>>8) - int(br>>8), int(ag>>8) - int(bg>>8), int(ab>>8) - int(bb>>8), int(aa>>8) - int(ba>>8)} {
				if d > 24 || d < -24 {
					bad++
					break
				}
			}
		}
	}
	if bad*500 > total {
		return fmt.Errorf("%d of %d pixels differ", bad, total)
	}
	return nil
}

func benchCorpus(b *testing.B, n int) *model.Corpus {
	c := synth.Corpus(n, 42)
	b.ReportAllocs()
	return c
}

// BenchmarkExportPNG8000 draws 10k events in country lanes into an
// 8000×4800 px PNG (2000×1200 logical px at 4×; target ≤ 2 s).
func BenchmarkExportPNG8000(b *testing.B) {
	c := benchCorpus(b, 10000)
	o := ExportOptions{Width: 2000, Height: 1200, Scale: 4, Lanes: LanesCountry}
	var n int64
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := WritePNG(&buf, c, o); err != nil {
			b.Fatal(err)
		}
		n = int64(buf.Len())
	}
	b.SetBytes(n)
}

// BenchmarkExportSVG10k writes 10k events in country lanes as SVG, the
// height fitted to every lane (target ≤ 2 s).
func BenchmarkExportSVG10k(b *testing.B) {
	c := benchCorpus(b, 10000)
	o := ExportOptions{Width: 2000, Lanes: LanesCountry}
	var n int64
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := WriteSVG(&buf, c, o); err != nil {
			b.Fatal(err)
		}
		n = int64(buf.Len())
	}
	b.SetBytes(n)
}

// BenchmarkExportPDF10k writes 10k events as PDF.
func BenchmarkExportPDF10k(b *testing.B) {
	c := benchCorpus(b, 10000)
	o := ExportOptions{Width: 2000, Lanes: LanesCountry}
	var n int64
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := WritePDF(&buf, c, o); err != nil {
			b.Fatal(err)
		}
		n = int64(buf.Len())
	}
	b.SetBytes(n)
}
