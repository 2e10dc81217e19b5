package timex_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/timeml"
	"github.com/parley-app/parley/model/timex"
)

// tempevalDir holds the TempEval-3 TimeBank and AQUAINT gold documents.
const tempevalDir = "../../../shared/eval/tempeval3"

// floors are the scores below which TestTempEval fails: a little under what
// the tagger reaches, so that a regression shows. AQUAINT's value floor
// went from 0.78 to 0.775 when "the night of Oct. 23" became one TIME, as
// two blind annotators of the news sets write it (seven times); AQUAINT
// alone leaves "the night of" out (one story, told twice). Its strict
// floor went from 0.852 to 0.845 when "about" came inside durations
// ("about three hours", mod APPROX), as the blind annotators of the news
// sets write it and AQUAINT mostly does not.
var floors = map[string]struct{ strict, value float64 }{
	"TimeBank": {strict: 0.912, value: 0.853},
	"AQUAINT":  {strict: 0.845, value: 0.775},
}

// scores are TempEval-3 Task A figures, computed as te3score.py does.
type scores struct {
	docs, gold, sys, strict, relaxed, typ, val int
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s scores) figures() (strictF1, relaxedF1, typeF1, valueF1 float64) {
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	strictF1 = f1(ratio(s.strict, s.sys), ratio(s.strict, s.gold))
	relaxedF1 = f1(ratio(s.relaxed, s.sys), ratio(s.relaxed, s.gold))
	return strictF1, relaxedF1, relaxedF1 * ratio(s.typ, s.relaxed), relaxedF1 * ratio(s.val, s.relaxed)
}

// span is a timex reduced to what the scorer compares.
type span struct {
	start, end int
	typ, value string
}

// trimmed drops surrounding white space from timex spans and sorts them.
func trimmed(text string, txs []model.Timex) []span {
	var out []span
	for _, x := range txs {
		s, e := x.Start, x.End
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if e > s {
			out = append(out, span{s, e, x.Type, x.Value})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].start != out[j].start {
			return out[i].start < out[j].start
		}
		return out[i].end < out[j].end
	})
	return out
}

// score pairs gold and system timexes one to one, left to right, by
// overlap, and counts the matches.
func score(text string, gold, sys []model.Timex, sc *scores) {
	g, s := trimmed(text, gold), trimmed(text, sys)
	used := make([]bool, len(s))
	sc.docs++
	sc.gold += len(g)
	sc.sys += len(s)
	for _, gx := range g {
		for i, sx := range s {
			if used[i] || !(sx.start < gx.end && gx.start < sx.end) {
				continue
			}
			used[i] = true
			sc.relaxed++
			if sx.start == gx.start && sx.end == gx.end {
				sc.strict++
			}
			if sx.typ == gx.typ {
				sc.typ++
			}
			if sx.value == gx.value {
				sc.val++
			}
			break
		}
	}
}

// loadCorpus reads the gold documents of one TempEval-3 corpus.
func loadCorpus(t testing.TB, name string) []*timeml.Document {
	dir := filepath.Join(tempevalDir, name)
	files, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	if len(files) == 0 {
		t.Skipf("no TempEval-3 data in %s (the shared evaluation data is not checked out)", dir)
	}
	var docs []*timeml.Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := timeml.Parse(string(b))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestTempEval scores the tagger on TimeBank and AQUAINT the way
// ../shared/eval/run-tempeval.sh does, in-process. Run with -v to see the
// figures.
func TestTempEval(t *testing.T) {
	tg := timex.Default()
	for _, name := range []string{"TimeBank", "AQUAINT"} {
		t.Run(name, func(t *testing.T) {
			docs := loadCorpus(t, name)
			var sc scores
			for _, d := range docs {
				score(d.Text, d.Timexes, tg.Tag(d.Text, d.DCT), &sc)
			}
			st, rel, typ, val := sc.figures()
			t.Logf("%s: %d documents, %d gold timexes, %d found", name, sc.docs, sc.gold, sc.sys)
			t.Logf("te3: strictF1=%.4f relaxedF1=%.4f typeF1=%.4f valueF1=%.4f", st, rel, typ, val)
			fl := floors[name]
			if st < fl.strict {
				t.Errorf("strict F1 %.4f fell below %.3f", st, fl.strict)
			}
			if val < fl.value {
				t.Errorf("value F1 %.4f fell below %.3f", val, fl.value)
			}
		})
	}
}

// BenchmarkTagTimeBank tags the whole TimeBank text as one document.
func BenchmarkTagTimeBank(b *testing.B) {
	docs := loadCorpus(b, "TimeBank")
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(d.Text)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	tg := timex.Default()
	dct := time.Date(1998, 2, 13, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = len(tg.Tag(text, dct))
	}
	b.ReportMetric(float64(n), "timexes")
}

// FuzzTag checks that any text tags without panicking, with offsets inside
// the text, in order and not overlapping, and that the TimeML written from
// the result parses back with balanced tags and the same text.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Top officials met on Tuesday; late Monday night he arrived.",
		"in the next 2-3 months, three-year war, Feb. 18, 2025 at 3 p.m.",
		"the 1990s and the year-ago quarter, 2 1/2 years ago, '98",
		"May I? the March on Washington & <b>",
		"", "\xff\xfe", "twenty-four hours a.m. p.m", "On Monday, the expected", "Monday a scheduled",
		"ahead of Wednesday night's final. Kick-off is at 7.45pm", "called for a mass rally on Thursday", "on Tuesday next week",
		"a week from tomorrow", "Later in the day", "its summer recess", "an 18th-century villa", "Meta reports results on Wednesday",
	} {
		f.Add(s, int64(0))
		f.Add(s, time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC).Unix())
	}
	tg := timex.Default()
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var dct time.Time
		if unix > 0 && unix < 1e11 {
			dct = time.Unix(unix, 0).UTC().Truncate(24 * time.Hour)
		}
		txs := tg.Tag(text, dct)
		last := 0
		for _, x := range txs {
			if x.Start < last || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad offsets %d-%d (previous end %d, len %d) in %q", x.Start, x.End, last, len(text), text)
			}
			if text[x.Start:x.End] != x.Text {
				t.Fatalf("Text %q is not text[%d:%d]", x.Text, x.Start, x.End)
			}
			if x.Value == "" || x.Type == "" {
				t.Fatalf("timex %q has no type or value", x.Text)
			}
			last = x.End
		}
		if !utf8.ValidString(text) {
			return // the command decodes such input first
		}
		var b strings.Builder
		if err := timeml.WritePlain(&b, text, dct, txs); err != nil {
			t.Fatal(err)
		}
		d, err := timeml.Parse(b.String())
		if err != nil {
			t.Fatalf("written TimeML does not parse: %v\n%s", err, b.String())
		}
		if d.Text != strings.NewReplacer("\r", "\r").Replace(text) {
			t.Fatalf("text changed through TimeML: %q -> %q", text, d.Text)
		}
		if len(d.Timexes) != len(txs) {
			t.Fatalf("%d timexes written, %d read back", len(txs), len(d.Timexes))
		}
	})
}

func ExampleTagger_Tag() {
	dct := time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC) // a Tuesday
	text := "Officials met on Tuesday after arriving late Monday night; progress is possible in the next 2-3 months."
	for _, x := range timex.Default().Tag(text, dct) {
		fmt.Printf("%s | %s %s %s | %s\n", x.Text, x.Type, x.Value, x.Mod, x.Span)
	}
	// Output:
	// Tuesday | DATE 2025-02-18  | 2025-02-18
	// late Monday night | TIME 2025-02-17TNI END | 2025-02-17
	// the next 2-3 months | DURATION P2M EQUAL_OR_MORE | 2025-02-18/2025-05-17
}

// BenchmarkTagUnpunctuated tags a long text in capitals without a stop:
// scans that run back to the sentence start would make it quadratic.
func BenchmarkTagUnpunctuated(b *testing.B) {
	benchTag(b, strings.Repeat("FORCES ATTACKED OVERNIGHT AND REBELS TALKS SCHEDULED FOR MONDAY AND ", 4000), time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC))
}

// BenchmarkTagCapitalisedWeekdays keeps the tense look-back linear on a
// text with no full stops whose words are all capitalised (names do not
// use up its reach): a headline block, or a document in capitals. Without
// its cap on tokens, 300 KB of such text took over 30 s, and so did 840 KB
// before the look-back for "after … on" (eventPrepAt) had one too; it is
// slow per byte (every seven words hold a weekday and a clock time) but
// linear.
func BenchmarkTagCapitalisedWeekdays(b *testing.B) {
	benchTag(b, strings.Repeat("MEETING ON MONDAY AT NOON IN PARIS ", 24000), time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC))
}

// BenchmarkTagRepeatedMonths tags a long text that names a bare month
// after a weak word again and again ("to May"): the check that such a
// month is a surname must not scan the whole text each time.
func BenchmarkTagRepeatedMonths(b *testing.B) {
	benchTag(b, strings.Repeat("Theresa May said talks went to May and ", 20000), time.Date(2019, 3, 31, 0, 0, 0, 0, time.UTC))
}

// benchTag tags text as published on dct, b.N times, reporting bytes and
// allocations.
func benchTag(b *testing.B, text string, dct time.Time) {
	tg := timex.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, dct)
	}
}
