package timex

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parley-app/parley/assets"
)

// TestTwoWordContext checks that two-word entries ("later in") load in
// the checks on the words before and after a match, and are refused,
// naming the entry, where no check reads them.
func TestTwoWordContext(t *testing.T) {
	withRule := func(check string) fstest.MapFS {
		return assetsWith(t, "refs.toml", func(b []byte) []byte {
			return append(b, []byte("\n[[rule]]\nname = \"pair test\"\npattern = \"the day\"\nkind = \"relative\"\nslots = { shift = \"0\", unit = \"D\" }\n"+check+" = [\"later in\"]\nexamples = [{ text = \"Later in the day, it rained.\", dct = \"2020-01-01\", value = \"2020-01-01\", match = \"the day\" }]\n")...)
		})
	}
	for _, check := range []string{"only_after", "not_after", "not_before", "only_before"} {
		if _, err := New(withRule(check)); err != nil {
			t.Errorf("%s with a two-word entry: %v", check, err)
		}
	}
	for _, check := range []string{"except", "not_near"} {
		_, err := New(withRule(check))
		if err == nil || !strings.Contains(err.Error(), `"later in" is not one word`) {
			t.Errorf("%s with a two-word entry: got %v, want an error naming it", check, err)
		}
	}
}

// TestObservedTable checks that [observed] days are refused, naming the
// entry, when they are not holiday codes, not days, or too far from the
// rule's own day (three days for an Islamic holiday, 45 for others).
func TestObservedTable(t *testing.T) {
	with := func(table string) fstest.MapFS {
		return assetsWith(t, "lexicon.toml", func(b []byte) []byte {
			return []byte(strings.Replace(string(b), "[observed]\n", "[observed]\n"+table+"\n", 1))
		})
	}
	for table, want := range map[string]string{
		`christmas = ["2020-12-25"]`:      `"christmas" is no holiday code`,
		`islamicnewyear = ["2020-8"]`:     `bad day "2020-8"`,
		`islamicnewyear = ["2020-12-25"]`: "more than three days from the rule's",
		`"12-25" = ["2020-06-25"]`:        "more than 45 days from the rule's 2020-12-25",
	} {
		_, err := New(with(table))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "lexicon.toml") {
			t.Errorf("[observed] %s: got %v, want an error naming lexicon.toml and %q", table, err, want)
		}
	}
	tg, err := New(with(`islamicnewyear = ["2020-08-21"]`))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := tg.holidayOn("islamicnewyear", 2020); d.Format("2006-01-02") != "2020-08-21" {
		t.Errorf("islamicnewyear 2020 = %s, want the observed 2020-08-21", d.Format("2006-01-02"))
	}
	// the shipped table moves Super Tuesday in 2008 only
	for y, want := range map[int]string{2008: "2008-02-05", 2016: "2016-03-01"} {
		if d, _ := tg.holidayOn("03-TU1", y); d.Format("2006-01-02") != want {
			t.Errorf("Super Tuesday %d = %s, want %s", y, d.Format("2006-01-02"), want)
		}
	}
}

// TestHolidayTable checks that a [words.holiday] day the tagger cannot
// count is refused, naming the file and the day, and that a feast counted
// from Easter falls where the table says.
func TestHolidayTable(t *testing.T) {
	with := func(entry string) fstest.MapFS {
		return assetsWith(t, "lexicon.toml", func(b []byte) []byte {
			return []byte(strings.Replace(string(b), "[words.holiday]\n", "[words.holiday]\n"+entry+"\n", 1))
		})
	}
	for _, entry := range []string{`"easter+x" = ["Feast X"]`, `"easter-99" = ["Feast Y"]`, `13-01 = ["Feast Z"]`, `pentecost = ["Feast W"]`} {
		_, err := New(with(entry))
		if err == nil || !strings.Contains(err.Error(), "lexicon.toml") || !strings.Contains(err.Error(), "bad day") {
			t.Errorf("[words.holiday] %s: got %v, want an error naming lexicon.toml and the bad day", entry, err)
		}
	}
	tg, err := New(with(`"easter+60" = ["Feast of Corpus Christi"]`))
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := tg.holidayOn("easter+60", 2024); d.Format("2006-01-02") != "2024-05-30" {
		t.Errorf("easter+60 in 2024 = %s, want 2024-05-30 (Easter was March 31)", d.Format("2006-01-02"))
	}
}

// assetsWith returns the embedded rule files with file's text passed
// through edit.
func assetsWith(t *testing.T, file string, edit func([]byte) []byte) fstest.MapFS {
	t.Helper()
	sub, err := fs.Sub(assets.Timex, "timex")
	if err != nil {
		t.Fatal(err)
	}
	m := fstest.MapFS{}
	err = fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(sub, p)
		if p == file {
			b = edit(b)
		}
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}
