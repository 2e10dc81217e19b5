package timeml

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

const doc = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> Friday that it met on
<TIMEX3 tid="t5" type="DATE" value="1998-08-06">Thursday</TIMEX3>.
</TEXT>
</TimeML>
`

func TestParse(t *testing.T) {
	d, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	if want := "\nAT&T said Friday that it met on\nThursday.\n"; d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if got := d.DCT.Format("2006-01-02"); got != "1998-08-07" || d.DCTID != "t0" {
		t.Errorf("DCT = %s %s", got, d.DCTID)
	}
	if len(d.Timexes) != 1 || d.Timexes[0].Text != "Thursday" || d.Timexes[0].Value != "1998-08-06" || d.Timexes[0].ID != "t5" {
		t.Errorf("Timexes = %+v", d.Timexes)
	}
}

// TestWrite checks that tags go in at the right bytes and nothing else moves.
func TestWrite(t *testing.T) {
	d, err := Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) (int, int) {
		i := strings.Index(d.Text, s)
		return i, i + len(s)
	}
	fs, fe := at("Friday")
	ts, te := at("Thursday")
	as, ae := at("AT&T") // crosses an entity: still fine
	txs := []model.Timex{
		{Start: as, End: ae, Type: "DATE", Value: "X"},
		{Start: fs, End: fe, Type: "DATE", Value: "1998-08-07", Implied: true},
		{Start: ts, End: te, Type: "DATE", Value: "1998-08-06", Mod: "START"},
	}
	var b strings.Builder
	skipped, err := d.Write(&b, txs)
	if err != nil || skipped != 0 {
		t.Fatalf("Write: skipped %d, %v", skipped, err)
	}
	out := b.String()
	for _, want := range []string{
		`<TIMEX3 tid="t6" type="DATE" value="X">AT&amp;T</TIMEX3>`,
		`<TIMEX3 tid="t7" type="DATE" value="1998-08-07" temporalFunction="true" anchorTimeID="t0">Friday</TIMEX3>`,
		`on
<TIMEX3 tid="t8" type="DATE" value="1998-08-06" mod="START">Thursday</TIMEX3>.`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %s:\n%s", want, out)
		}
	}
	// The old TIMEX3 is replaced, the text is unchanged.
	d2, err := Parse(out)
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if d2.Text != d.Text {
		t.Errorf("text changed:\n%q\n%q", d2.Text, d.Text)
	}
	if len(d2.Timexes) != 3 || strings.Contains(out, `tid="t5"`) {
		t.Errorf("old TIMEX3 kept or new ones lost: %+v", d2.Timexes)
	}
}

// TestWriteAcrossMarkup drops a timex that would cross another element.
func TestWriteAcrossMarkup(t *testing.T) {
	src := "<TimeML><TEXT>He <EVENT>said Friday</EVENT> it</TEXT></TimeML>"
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(d.Text, "said")
	var b strings.Builder
	skipped, err := d.Write(&b, []model.Timex{
		{Start: i, End: i + len("said Friday it"), Type: "DATE", Value: "X"},
	})
	if err != nil || skipped != 1 {
		t.Fatalf("skipped %d, err %v; want 1 skipped", skipped, err)
	}
	if b.String() != src {
		t.Errorf("output changed: %s", b.String())
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"no TEXT", "<TimeML>\n<DOCID>x</DOCID>\n</TimeML>", 1, "no <TEXT>"},
		{"unclosed", "<TimeML>\n<TEXT>\nhello\n", 2, "<TEXT> is never closed"},
		{"mismatch", "<TimeML>\n<TEXT>\n<EVENT>x</TIMEX3>\n</TEXT></TimeML>", 3, "</TIMEX3> closes <EVENT>"},
		{"stray close", "<TimeML><TEXT>x</TEXT></TimeML>\n</B>", 2, "</B> closes nothing"},
		{"bad DCT", "<TimeML>\n<DCT><TIMEX3 value=\"soon\">x</TIMEX3></DCT><TEXT>x</TEXT></TimeML>", 2, "DCT"},
		{"open tag", "<TimeML><TEXT>a <b</TEXT></TimeML>", 1, "'<' inside a tag"},
		{"two TEXTs", "<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>", 2, "a second <TEXT>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.src)
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a SyntaxError", err)
			}
			if se.Line != tt.line || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("got line %d %q, want line %d containing %q", se.Line, se.Msg, tt.line, tt.msg)
			}
		})
	}
}

func TestParseDCT(t *testing.T) {
	for in, want := range map[string]string{
		"1998-08-07": "1998-08-07", "1998-08-07T10:35:00": "1998-08-07", "19980807": "1998-08-07",
	} {
		got, err := ParseDCT(in)
		if err != nil || got.Format("2006-01-02") != want {
			t.Errorf("ParseDCT(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseDCT("yesterday"); err == nil {
		t.Error("ParseDCT accepted a word")
	}
}

func TestWritePlain(t *testing.T) {
	text := "Talks on Tuesday <maybe> & more"
	i := strings.Index(text, "Tuesday")
	var b strings.Builder
	err := WritePlain(&b, text, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC), []model.Timex{
		{Start: i, End: i + 7, Type: "DATE", Value: "2025-02-18", Implied: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(b.String())
	if err != nil {
		t.Fatalf("WritePlain output does not parse: %v\n%s", err, b.String())
	}
	if d.Text != text || len(d.Timexes) != 1 || d.Timexes[0].Text != "Tuesday" || d.DCTValue != "2025-02-18" {
		t.Errorf("round trip: %q %+v %q", d.Text, d.Timexes, d.DCTValue)
	}
}
