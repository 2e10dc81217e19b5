package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadMixedFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("Talks begin\n\nRubio met Lavrov on Tuesday."))
	write(t, dir, "sub/b.md", []byte("---\ntitle: \"Riyadh talks\"\ndate: 2025-02-18\n---\nRubio met Lavrov."))
	write(t, dir, "c.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 1})
	write(t, dir, "d.txt", []byte("Caf\xe9 talks in Gen\xe8ve."))
	write(t, dir, "e.txt", []byte{0xFF, 0xFE, 'H', 0, 'i', 0, '.', 0})
	write(t, dir, ".hidden/x.txt", []byte("secret"))
	write(t, dir, "f.json", []byte(`[{"title":"One","published":"2025-02-18","text":"First."},{"title":"Bad","text":""},{"title":"Three","published":"Tue, 18 Feb 2025 10:00:00 +0000","text":"Third."}]`))
	write(t, dir, "g.txt", []byte("   \n"))
	r := Load([]string{dir, filepath.Join(dir, "missing.txt")})

	titles := map[string]string{}
	texts := map[string]bool{}
	for _, a := range r.Articles {
		titles[a.Title] = a.Text
		texts[a.Text] = true
	}
	for _, want := range []string{"Talks begin", "Riyadh talks", "One", "Three"} {
		if _, ok := titles[want]; !ok {
			t.Errorf("article %q not loaded; have %v", want, keys(titles))
		}
	}
	if !texts["Café talks in Genève."] {
		t.Errorf("Latin-1 text not decoded: %v", texts)
	}
	if !texts["Hi."] {
		t.Errorf("UTF-16 text not decoded: %v", texts)
	}
	if len(r.Articles) != 6 {
		t.Errorf("%d articles, want 6 (a, b, d, e, f#1, f#3; not the hidden one)", len(r.Articles))
	}
	if len(r.Warnings) != 2 {
		t.Errorf("want warnings for the Latin-1 and UTF-16 files, got %v", r.Warnings)
	}
	wantErrs := []string{"c.txt: not a text file", "f.json: record 2: no \"text\"", "g.txt: file is empty", "missing.txt: no such file"}
	all := ""
	for _, e := range r.Errors {
		all += e.Error() + "\n"
	}
	for _, w := range wantErrs {
		if !strings.Contains(all, w) {
			t.Errorf("errors lack %q:\n%s", w, all)
		}
	}
	if len(r.Errors) != len(wantErrs) {
		t.Errorf("%d errors, want %d:\n%s", len(r.Errors), len(wantErrs), all)
	}
	for _, a := range r.Articles {
		switch a.Title {
		case "Riyadh talks":
			if a.Published != time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC) || a.DateSource != "front matter" {
				t.Errorf("front matter date %v from %q", a.Published, a.DateSource)
			}
			if i := strings.Index(a.Text, "Rubio"); i < 0 || strings.Contains(a.Text[:i], "title") {
				t.Errorf("front matter left in text: %q", a.Text)
			}
		case "Three":
			if a.Published != time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC) {
				t.Errorf("RFC 1123 date read as %v", a.Published)
			}
		}
	}
}

func keys(m map[string]string) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	return k
}

func TestFrontMatterKeepsOffsets(t *testing.T) {
	dir := t.TempDir()
	src := "---\ntitle: X\ndate: 2025-02-18\n---\nRubio met Lavrov."
	p := write(t, dir, "x.md", []byte(src))
	r := Load([]string{p})
	if len(r.Articles) != 1 {
		t.Fatalf("errors: %v", r.Errors)
	}
	a := r.Articles[0]
	if len(a.Text) != len(src) || a.Text[strings.Index(src, "Rubio"):] != "Rubio met Lavrov." {
		t.Errorf("offsets moved: %q", a.Text)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"RIYADH, Feb 18, 2025 (Reuters) - U.S. and Russian officials met.", "2025-02-18"},
		{"MOSCOW, 18 February 2025 – The Kremlin said.", "2025-02-18"},
		{"Kyiv, Ukraine (AP) — March 11, 2025: Ukraine agreed.", "2025-03-11"},
		{"2025-02-18 - Talks began.", "2025-02-18"},
		{"RIYADH, Feb 18 (Reuters) - no year, no date.", ""},
		{"Rubio met Lavrov on February 18, 2025 in Riyadh.", ""},
		{"GENEVA, Feb 30, 2025 - impossible day.", ""},
	}
	for _, tt := range tests {
		d, ok := Dateline(tt.in)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("Dateline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
