package cli

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/model"
)

func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var o, e bytes.Buffer
	code = Run(&Env{Stdin: strings.NewReader(""), Stdout: &o, Stderr: &e}, args)
	return o.String(), e.String(), code
}

const seed = "../../shared/articles/riyadh-talks.txt"

func needSeed(t *testing.T) {
	if _, err := os.Stat(seed); err != nil {
		t.Skip("../shared/articles/riyadh-talks.txt is absent (it lives beside the repository, not in it)")
	}
}

func TestExtractSeedArticleDates(t *testing.T) {
	needSeed(t)
	out, errs, code := run(t, "extract", "--dct", "2025-02-18", seed)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var c model.Corpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatalf("output is not corpus JSON: %v", err)
	}
	raw, _ := os.ReadFile(seed)
	values := map[string]string{}
	for _, tx := range c.Timexes {
		if string(raw[tx.Start:tx.End]) != tx.Text {
			t.Errorf("timex %q: offsets %d–%d point at %q", tx.Text, tx.Start, tx.End, raw[tx.Start:tx.End])
		}
		values[tx.Text] = tx.Value
	}
	for text, want := range map[string]string{"Tuesday": "2025-02-18", "Friday": "2025-02-14", "late Monday night": "2025-02-17TNI"} {
		if values[text] != want {
			t.Errorf("%q → %q, want %q (all: %v)", text, values[text], want, values)
		}
	}
	for _, a := range c.Actors {
		for _, m := range a.Mentions {
			if string(raw[m.Start:m.End]) != m.Text {
				t.Errorf("mention %q of %s: offsets point at %q", m.Text, a.ID, raw[m.Start:m.End])
			}
		}
	}
	if c.Articles[0].Published.Format("2006-01-02") != "2025-02-18" || c.Articles[0].DateSource != "--dct" {
		t.Errorf("article date %v from %q", c.Articles[0].Published, c.Articles[0].DateSource)
	}
}

func TestExtractReportsBadFilesAndKeepsGoodOnes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday."), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte{0, 1, 2, 3, 0xff}, 0o644)
	out, errs, code := run(t, "extract", "--dct", "2025-02-18", good, bad, filepath.Join(dir, "nope.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 when a file was skipped", code)
	}
	if !strings.Contains(errs, "bad.txt: not a text file") || !strings.Contains(errs, "nope.txt: no such file") {
		t.Errorf("stderr does not name the bad files: %q", errs)
	}
	var c model.Corpus
	if err := json.Unmarshal([]byte(out), &c); err != nil || len(c.Articles) != 1 {
		t.Fatalf("the good file was not extracted: %v, %d articles", err, len(c.Articles))
	}
	names := map[string]bool{}
	for _, a := range c.Actors {
		names[a.Name] = true
	}
	if !names["Marco Rubio"] || !names["Sergei Lavrov"] {
		t.Errorf("actors %v lack Rubio and Lavrov", names)
	}
	if _, errs, code := run(t, "extract", "--dct", "18/02/2025", good); code != 2 || !strings.Contains(errs, "YYYY-MM-DD") {
		t.Errorf("a bad --dct gave exit %d, %q", code, errs)
	}
}

func TestExportWritesAPicture(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.png")
	_, errs, code := run(t, "export", "-o", out, "--width", "900", "--scale", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if w := img.Bounds().Dx(); w != 1800 {
		t.Errorf("width %d px, want 1800 (900 × scale 2)", w)
	}
	// Not blank: many distinct colours (marks of several categories, text).
	colours := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r >> 12, g >> 12, bl >> 12, a >> 12}] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("picture has only %d colours: blank?", len(colours))
	}
	if _, errs, code := run(t, "export", "-o", filepath.Join(t.TempDir(), "x.gif")); code != 2 || !strings.Contains(errs, "unsupported format") {
		t.Errorf("export to .gif: exit %d, %q", code, errs)
	}
}

func TestHelp(t *testing.T) {
	out, _, code := run(t, "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, c := range []string{"extract", "export", "tag", "demo"} {
		if !strings.Contains(out, "  "+c) {
			t.Errorf("help lacks %s:\n%s", c, out)
		}
	}
	out, _, code = run(t, "export", "--help")
	if code != 0 || !strings.Contains(out, "-width") || !strings.Contains(out, "Usage: parley export") {
		t.Errorf("export --help: exit %d\n%s", code, out)
	}
	if _, errs, code := run(t, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: exit %d, %q", code, errs)
	}
}

func TestDemoRoundTrips(t *testing.T) {
	out, _, code := run(t, "demo", "--events", "50", "--seed", "3")
	if code != 0 {
		t.Fatal("demo failed")
	}
	var c model.Corpus
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Events) != 50 || len(c.Actors) != 200 {
		t.Fatalf("%d events, %d actors", len(c.Events), len(c.Actors))
	}
	again, _, _ := run(t, "demo", "--events", "50", "--seed", "3")
	if again != out {
		t.Error("the same seed gave different events")
	}
	// Parley reads its own JSON back: every event keeps its date.
	p := filepath.Join(t.TempDir(), "demo.json")
	os.WriteFile(p, []byte(out), 0o644)
	back, errs, code := run(t, "extract", p)
	if code != 0 {
		t.Fatalf("extract of demo JSON: %s", errs)
	}
	var c2 model.Corpus
	json.Unmarshal([]byte(back), &c2)
	if len(c2.Events) != 50 {
		t.Fatalf("%d events after the round trip", len(c2.Events))
	}
	for i := range c.Events {
		if !c.Events[i].When.Start.Equal(c2.Events[i].When.Start) || !c.Events[i].When.End.Equal(c2.Events[i].When.End) || c.Events[i].When.Fuzzy != c2.Events[i].When.Fuzzy {
			t.Fatalf("event %s: %v became %v", c.Events[i].ID, c.Events[i].When, c2.Events[i].When)
		}
	}
}
