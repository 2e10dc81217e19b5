package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-app/parley/model/timeml"
)

// runTagCmd runs `parley tag args...` with stdin and returns the exit code,
// stdout and stderr.
func runTagCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(&Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}, append([]string{"tag"}, args...))
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const tagDoc = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-02-18" temporalFunction="false" functionInDocument="CREATION_TIME">2025-02-18</TIMEX3></DCT>
<TEXT>
Top officials met in Riyadh on Tuesday &amp; agreed to talk again next month.
</TEXT>
</TimeML>
`

func TestTagTimeML(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "a.tml", tagDoc)
	code, out, errs := runTagCmd(t, "", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		`on <TIMEX3 tid="t1" type="DATE" value="2025-02-18" temporalFunction="true" anchorTimeID="t0">Tuesday</TIMEX3> &amp; agreed`,
		`<TIMEX3 tid="t2" type="DATE" value="2025-03" temporalFunction="true" anchorTimeID="t0">next month</TIMEX3>.`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s\n%s", want, out)
		}
	}
	// Everything but the inserted tags is the input, byte for byte.
	stripped := strings.NewReplacer(
		`<TIMEX3 tid="t1" type="DATE" value="2025-02-18" temporalFunction="true" anchorTimeID="t0">`, "",
		`<TIMEX3 tid="t2" type="DATE" value="2025-03" temporalFunction="true" anchorTimeID="t0">`, "",
	).Replace(out)
	stripped = strings.Replace(stripped, "</TIMEX3>", "", 3)
	stripped = strings.Replace(stripped, "2025-02-18</DCT>", "2025-02-18</TIMEX3></DCT>", 1)
	if stripped != tagDoc {
		t.Errorf("document changed beyond the tags:\n%s", stripped)
	}
}

func TestTagPlainStdin(t *testing.T) {
	code, out, errs := runTagCmd(t, "They arrived late Monday night.\nTalks began Tuesday.", "--dct", "2025-02-18")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d, err := timeml.Parse(out)
	if err != nil {
		t.Fatalf("output is not TimeML: %v\n%s", err, out)
	}
	if d.DCTValue != "2025-02-18" || len(d.Timexes) != 2 || d.Timexes[0].Value != "2025-02-17TNI" || d.Timexes[1].Value != "2025-02-18" {
		t.Errorf("got DCT %q, timexes %+v", d.DCTValue, d.Timexes)
	}
}

func TestTagDir(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "out")
	writeFile(t, in, "a.tml", tagDoc)
	writeFile(t, in, "b.txt", "Yesterday was cold.")
	writeFile(t, in, "bad.tml", "<TimeML>\n<TEXT>\n<EVENT>x</TEXT>\n</TimeML>\n")
	code, _, errs := runTagCmd(t, "", "--dir", in, "--out", out, "--dct", "2025-02-18")
	if code != 1 {
		t.Errorf("exit %d, want 1 for the malformed file", code)
	}
	if !strings.Contains(errs, "bad.tml:3: </TEXT> closes <EVENT>") {
		t.Errorf("stderr does not name the file, line and problem: %q", errs)
	}
	for _, name := range []string{"a.tml", "b.tml"} {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("good file not written: %v", err)
		}
		if d, err := timeml.Parse(string(b)); err != nil || len(d.Timexes) == 0 {
			t.Errorf("%s: %v, %d timexes", name, err, len(d.Timexes))
		}
	}
	if _, err := os.Stat(filepath.Join(out, "bad.tml")); err == nil {
		t.Error("a malformed input produced output")
	}
}

func TestTagNoDCT(t *testing.T) {
	code, out, errs := runTagCmd(t, "The talks end on Friday.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "no --dct") {
		t.Errorf("no warning about the missing DCT: %q", errs)
	}
	if !strings.Contains(out, `value="XXXX-WXX-5"`) {
		t.Errorf("Friday was not left unresolved:\n%s", out)
	}
}

func TestTagBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := writeFile(t, dir, "empty.txt", "")
	latin := writeFile(t, dir, "latin.txt", "Caf\xe9 opened on 3 March 2024.")
	code, out, errs := runTagCmd(t, "", "--dct", "2025-02-18", empty, latin)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "empty.txt: empty file") {
		t.Errorf("empty file not reported: %q", errs)
	}
	if !strings.Contains(errs, "latin.txt: not UTF-8") {
		t.Errorf("Latin-1 not reported: %q", errs)
	}
	if !strings.Contains(out, "Café") || !strings.Contains(out, `value="2024-03-03"`) {
		t.Errorf("Latin-1 text not decoded and tagged:\n%s", out)
	}
	if code, _, errs := runTagCmd(t, "", "--dct", "soon"); code != 2 || !strings.Contains(errs, "--dct") {
		t.Errorf("bad --dct: exit %d, %q", code, errs)
	}
	if code, _, errs := runTagCmd(t, "", filepath.Join(dir, "missing.txt")); code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

// TestTagLongLine streams a long single-line text in pieces: every piece
// boundary must keep the text intact and the tags balanced.
func TestTagLongLine(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*plainChunk {
		b.WriteString("Talks resumed on Tuesday, 18 February 2025, after three years. ")
	}
	text := strings.TrimSpace(b.String())
	code, out, errs := runTagCmd(t, text, "--dct", "2025-02-18")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d, err := timeml.Parse(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != text {
		t.Fatal("text changed while streaming")
	}
	// "Tuesday, 18 February 2025" and "three years" in every sentence
	if want := 2 * strings.Count(text, "Tuesday"); len(d.Timexes) != want {
		t.Errorf("%d timexes, want %d", len(d.Timexes), want)
	}
}
