package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/model"
)

func TestExportFormats(t *testing.T) {
	needSeed(t)
	dir := t.TempDir()
	for _, tt := range []struct {
		name  string
		check func([]byte) bool
	}{
		{"x.png", func(b []byte) bool { _, err := png.Decode(bytes.NewReader(b)); return err == nil }},
		{"x.svg", func(b []byte) bool { return bytes.HasPrefix(b, []byte("<?xml")) && bytes.Contains(b, []byte("<svg")) }},
		{"x.PDF", func(b []byte) bool { return bytes.HasPrefix(b, []byte("%PDF-")) }},
	} {
		out := filepath.Join(dir, tt.name)
		_, errs, code := run(t, "export", "-o", out, "--dct", "2025-02-18", "--title", "Riyadh", seed)
		if code != 0 {
			t.Errorf("%s: exit %d: %s", tt.name, code, errs)
			continue
		}
		b, err := os.ReadFile(out)
		if err != nil || !tt.check(b) {
			t.Errorf("%s: not the right format (%v): %.40q", tt.name, err, b)
		}
		if info, _ := os.Stat(out); info.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v", tt.name, info.Mode())
		}
	}
	_, errs, code := run(t, "export", "-o", filepath.Join(dir, "x.gif"), seed)
	if code != 2 || !strings.Contains(errs, `unsupported format ".gif" (want .png, .svg or .pdf)`) {
		t.Errorf("gif: exit %d, %s", code, errs)
	}
}

func TestExtractFormats(t *testing.T) {
	needSeed(t)
	out, errs, code := run(t, "extract", "--format", "csv", "--dct", "2025-02-18", seed)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) < 5 || rows[0][0] != "id" {
		t.Errorf("csv: exit %d, %v, %s", code, err, errs)
	}
	out, errs, code = run(t, "extract", "--format", "timelinejs", "--dct", "2025-02-18", seed)
	var doc struct {
		Events []struct {
			StartDate map[string]string `json:"start_date"`
		} `json:"events"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || len(doc.Events) != len(rows)-1 {
		t.Errorf("timelinejs: exit %d, %d events for %d CSV rows, %s", code, len(doc.Events), len(rows)-1, errs)
	}
	out, errs, code = run(t, "extract", "--format", "timeml", "--dct", "2025-02-18", seed)
	if code != 0 || !strings.Contains(out, "<TIMEX3") || !strings.Contains(out, "<EVENT") {
		t.Errorf("timeml: exit %d, %s", code, errs)
	}
	dir := t.TempDir()
	b := filepath.Join(dir, "b.txt")
	os.WriteFile(b, []byte("Rubio met Lavrov on Tuesday."), 0o644)
	_, errs, code = run(t, "extract", "--format", "timeml", "--dct", "2025-02-18", seed, b)
	if code != 1 || !strings.Contains(errs, "give a folder with -o DIR") {
		t.Errorf("timeml of two articles to stdout: exit %d, %s", code, errs)
	}
	tml := filepath.Join(dir, "tml")
	_, errs, code = run(t, "extract", "--format", "timeml", "-o", tml, "--dct", "2025-02-18", seed, b)
	names, _ := filepath.Glob(filepath.Join(tml, "*.tml"))
	if code != 0 || len(names) != 2 {
		t.Errorf("timeml -o DIR: exit %d, files %v, %s", code, names, errs)
	}
	_, errs, code = run(t, "extract", "--format", "xml", seed)
	if code != 2 || !strings.Contains(errs, `--format "xml"`) {
		t.Errorf("bad format: exit %d, %s", code, errs)
	}
	js := filepath.Join(dir, "c.json")
	if _, errs, code = run(t, "extract", "-o", js, "--dct", "2025-02-18", seed); code != 0 {
		t.Errorf("json -o: exit %d, %s", code, errs)
	}
	raw, _ := os.ReadFile(js)
	var c model.Corpus
	if err := json.Unmarshal(raw, &c); err != nil || len(c.Events) != len(rows)-1 {
		t.Errorf("json -o: %v, %d events", err, len(c.Events))
	}
}

func TestExtractGDELT(t *testing.T) {
	p := "../../shared/eval/gdelt/gdelt1_events_20160728_sample.tsv"
	if _, err := os.Stat(p); err != nil {
		t.Skip("the GDELT sample lives in ../shared/eval/gdelt")
	}
	out, errs, code := run(t, "extract", "--format", "csv", p)
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 711 {
		t.Errorf("exit %d, %v, %d rows: %s", code, err, len(rows), errs)
	}
	png := filepath.Join(t.TempDir(), "g.png")
	if _, errs, code := run(t, "export", "-o", png, "--lanes", "country", p); code != 0 {
		t.Errorf("export: exit %d, %s", code, errs)
	}
}
