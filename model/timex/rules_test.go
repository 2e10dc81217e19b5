package timex

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
)

func mustDay(t testing.TB, s string) time.Time {
	t.Helper()
	if s == "" {
		return time.Time{}
	}
	d, err := model.ParseDay(s)
	if err != nil {
		t.Fatalf("bad date %q: %v", s, err)
	}
	return d.Start
}

// embedded loads the embedded rules, failing the test (not panicking, as
// Default would) when they are broken.
func embedded(t testing.TB) *Tagger {
	t.Helper()
	sub, err := fs.Sub(assets.Timex, "timex")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := New(sub)
	if err != nil {
		t.Fatalf("embedded rules do not load: %v", err)
	}
	return tg
}

func TestEmbeddedRules(t *testing.T) {
	tg := embedded(t)
	if len(tg.rules) < 20 {
		t.Errorf("only %d rules loaded", len(tg.rules))
	}
	if Default() == nil {
		t.Fatal("Default returned nil")
	}
}

// findMatch returns the timex whose text is want.
func findMatch(txs []model.Timex, want string) (model.Timex, bool) {
	for _, x := range txs {
		if x.Text == want {
			return x, true
		}
	}
	return model.Timex{}, false
}

func describe(txs []model.Timex) string {
	var b strings.Builder
	for _, x := range txs {
		fmt.Fprintf(&b, "[%q %s %s mod=%s] ", x.Text, x.Type, x.Value, x.Mod)
	}
	if b.Len() == 0 {
		return "nothing"
	}
	return b.String()
}

// TestRuleExamples runs every example of every rule file.
func TestRuleExamples(t *testing.T) {
	tg := embedded(t)
	for _, r := range tg.rules {
		for i, ex := range r.examples {
			name := fmt.Sprintf("%s/%s/%d", r.file, r.name, i+1)
			t.Run(name, func(t *testing.T) {
				if r.kind == kindNone {
					checkUntagged(t, tg, ex)
					return
				}
				checkExample(t, tg, ex)
			})
		}
	}
}

func checkExample(t *testing.T, tg *Tagger, ex exampleSpec) {
	t.Helper()
	txs := tg.Tag(ex.Text, mustDay(t, ex.DCT))
	want := ex.Match
	if want == "" {
		want = ex.Text
	}
	got, ok := findMatch(txs, want)
	if !ok {
		t.Fatalf("%q (DCT %s): want a timex %q, got %s", ex.Text, ex.DCT, want, describe(txs))
	}
	if got.Value != ex.Value {
		t.Errorf("%q (DCT %s): value %s, want %s", ex.Text, ex.DCT, got.Value, ex.Value)
	}
	if ex.Type != "" && got.Type != ex.Type {
		t.Errorf("%q: type %s, want %s", ex.Text, got.Type, ex.Type)
	}
	if ex.Mod != "" && got.Mod != ex.Mod {
		t.Errorf("%q: mod %q, want %q", ex.Text, got.Mod, ex.Mod)
	}
	if ex.Range != "" {
		a, b, _ := strings.Cut(ex.Range, "/")
		if s := model.FormatBound(got.Span.Start) + "/" + model.FormatBound(got.Span.End); s != ex.Range {
			t.Errorf("%q: range %s, want %s (from %s to %s)", ex.Text, s, ex.Range, a, b)
		}
	}
}

// checkUntagged checks an example of a rule of kind "none": no timex may
// overlap its match (the whole text when absent).
func checkUntagged(t *testing.T, tg *Tagger, ex exampleSpec) {
	t.Helper()
	txs := tg.Tag(ex.Text, mustDay(t, ex.DCT))
	want := ex.Match
	if want == "" {
		want = ex.Text
	}
	i := strings.Index(ex.Text, want)
	for _, x := range txs {
		if x.Start < i+len(want) && i < x.End {
			t.Errorf("%q (DCT %s): %q must not be tagged, got %s", ex.Text, ex.DCT, want, describe(txs))
		}
	}
}

// TestNegativeCorpus checks that the negative corpus stays untagged.
func TestNegativeCorpus(t *testing.T) {
	tg := embedded(t)
	if len(tg.negatives) == 0 {
		t.Fatal("no negative corpus loaded")
	}
	for _, n := range tg.negatives {
		t.Run(n.Reason, func(t *testing.T) {
			dct := mustDay(t, n.DCT)
			if dct.IsZero() {
				dct = mustDay(t, "2025-02-18")
			}
			txs := tg.Tag(n.Text, dct)
			if n.Not == "" {
				if len(txs) > 0 {
					t.Errorf("%q: want nothing tagged (%s), got %s", n.Text, n.Reason, describe(txs))
				}
				return
			}
			i := strings.Index(n.Text, n.Not)
			for _, x := range txs {
				if x.Start < i+len(n.Not) && i < x.End {
					t.Errorf("%q: %q must not be tagged (%s), got %s", n.Text, n.Not, n.Reason, describe(txs))
				}
			}
		})
	}
}

// TestFoundation covers the everyday cases the pipeline relies on, with
// their spans.
func TestFoundation(t *testing.T) {
	tests := []struct {
		text, dct, match, typ, value string
		span                         string // start/end, "" to skip
		gran                         model.Granularity
		fuzzy                        bool
	}{
		{"February 18, 2025", "2025-03-01", "February 18, 2025", "DATE", "2025-02-18", "2025-02-18/2025-02-19", model.GranDay, false},
		{"18 Feb 2025", "2025-03-01", "18 Feb 2025", "DATE", "2025-02-18", "2025-02-18/2025-02-19", model.GranDay, false},
		{"on 2025-02-18 at", "2025-03-01", "2025-02-18", "DATE", "2025-02-18", "", model.GranDay, false},
		{"Officials met on Tuesday.", "2025-02-18", "Tuesday", "DATE", "2025-02-18", "2025-02-18/2025-02-19", model.GranDay, false},
		{"He spoke Friday at the conference.", "2025-02-18", "Friday", "DATE", "2025-02-14", "", model.GranDay, false},
		{"They will meet Friday.", "2025-02-18", "Friday", "DATE", "2025-02-21", "", model.GranDay, false},
		{"yesterday", "2025-02-18", "yesterday", "DATE", "2025-02-17", "2025-02-17/2025-02-18", model.GranDay, false},
		{"tomorrow", "2025-02-18", "tomorrow", "DATE", "2025-02-19", "", model.GranDay, false},
		{"last week", "2025-02-18", "last week", "DATE", "2025-W07", "2025-02-10/2025-02-17", model.GranWeek, false},
		{"next month", "2025-02-18", "next month", "DATE", "2025-03", "2025-03-01/2025-04-01", model.GranMonth, false},
		{"last year", "2025-02-18", "last year", "DATE", "2024", "2024-01-01/2025-01-01", model.GranYear, false},
		{"in March", "2025-03-10", "March", "DATE", "2025-03", "", model.GranMonth, false},
		{"in 1998", "2025-03-10", "1998", "DATE", "1998", "", model.GranYear, false},
		{"arrived late Monday night", "2025-02-18", "late Monday night", "TIME", "2025-02-17TNI", "", model.GranPartOfDay, true},
		{"three years", "2025-02-18", "three years", "DURATION", "P3Y", "", 0, false},
		{"the three-year war", "2025-02-18", "three-year", "DURATION", "P3Y", "", 0, false},
		{"early March 2025", "2025-02-18", "early March 2025", "DATE", "2025-03", "2025-03-01/2025-03-11", model.GranMonth, true},
		{"late 2024", "2025-02-18", "late 2024", "DATE", "2024", "2024-09-01/2025-01-01", model.GranYear, true},
		{"possible in the next 2-3 months", "2025-02-18", "the next 2-3 months", "DURATION", "P2M", "2025-02-18/2025-05-18", model.GranDay, true},
		{"Tuesday", "", "Tuesday", "DATE", "XXXX-WXX-2", "", 0, false},
		{"last year", "", "last year", "DATE", "XXXX", "", 0, false},
		{"at 14:30 GMT on Monday", "", "14:30 GMT", "TIME", "XXXX-WXX-1T14:30", "", 0, false},
		{"they met at 3 p.m.", "", "3 p.m.", "TIME", "XXXX-XX-XXT15:00", "", 0, false},
		{"due on the 18th.", "", "the 18th", "DATE", "XXXX-XX-18", "", 0, false},
		{"on Christmas Day", "", "Christmas Day", "DATE", "XXXX-12-25", "", 0, false},
		{"at 1 p.m. on Easter Sunday", "", "1 p.m.", "TIME", "XXXX-XX-XXT13:00", "", 0, false},
		{"on Thanksgiving", "", "Thanksgiving", "DATE", "XXXX-XX-XX", "", 0, false},
		{"during Christmas week", "", "Christmas week", "DATE", "XXXX-WXX", "", 0, false},
	}
	tg := embedded(t)
	for _, tt := range tests {
		t.Run(tt.text+"@"+tt.dct, func(t *testing.T) {
			txs := tg.Tag(tt.text, mustDay(t, tt.dct))
			got, ok := findMatch(txs, tt.match)
			if !ok {
				t.Fatalf("want %q tagged, got %s", tt.match, describe(txs))
			}
			if got.Type != tt.typ || got.Value != tt.value {
				t.Errorf("got %s %s, want %s %s", got.Type, got.Value, tt.typ, tt.value)
			}
			if tt.text[got.Start:got.End] != got.Text {
				t.Errorf("offsets %d-%d do not give %q", got.Start, got.End, got.Text)
			}
			if tt.span != "" {
				if s := model.FormatBound(got.Span.Start) + "/" + model.FormatBound(got.Span.End); s != tt.span {
					t.Errorf("span %s, want %s", s, tt.span)
				}
			}
			if got.Span.Gran != tt.gran {
				t.Errorf("granularity %v, want %v", got.Span.Gran, tt.gran)
			}
			if got.Span.Fuzzy != tt.fuzzy {
				t.Errorf("fuzzy %v, want %v", got.Span.Fuzzy, tt.fuzzy)
			}
		})
	}
}

// TestConcurrentTag tags from many goroutines at once; run with -race.
func TestConcurrentTag(t *testing.T) {
	tg := Default()
	text := "Talks began on Tuesday after officials arrived late Monday night; a deal is possible in the next 2-3 months."
	dct := mustDay(t, "2025-02-18")
	want := describe(tg.Tag(text, dct))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() {
			var got string
			for j := 0; j < 50; j++ {
				got = describe(tg.Tag(text, dct))
			}
			done <- got
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent Tag gave %s, want %s", got, want)
		}
	}
}

// TestBriefCoverage runs the expressions issue 7 names, in sentences.
func TestBriefCoverage(t *testing.T) {
	tests := []struct{ text, dct, match, typ, value string }{
		{"It opened on March 3.", "2025-03-10", "March 3", "DATE", "2025-03-03"},
		{"It opened in March.", "2025-03-10", "March", "DATE", "2025-03"},
		{"It boomed in the 1990s.", "2025-03-10", "the 1990s", "DATE", "199"},
		{"Profit fell in the first quarter.", "2025-05-10", "the first quarter", "DATE", "2025-Q1"},
		{"Sales grew in fiscal 1998.", "1999-03-10", "fiscal 1998", "DATE", "1998"},
		{"Prices rose last year.", "2025-03-10", "last year", "DATE", "2024"},
		{"He left two weeks ago.", "2025-03-10", "two weeks ago", "DATE", "2025-W09"},
		{"They met Tuesday.", "2025-03-10", "Tuesday", "DATE", "2025-03-04"},
		{"They meet this week.", "2025-03-10", "this week", "DATE", "2025-W11"},
		{"They meet tomorrow.", "2025-03-10", "tomorrow", "DATE", "2025-03-11"},
		// the issue lists "the past decade" among the dates; as the span
		// of a verb ("grew over the past decade") it is a duration, as
		// TimeBank and the blind annotators write it
		{"The past decade was the warmest on record.", "2025-03-10", "The past decade", "DATE", "201"},
		{"It grew over the past decade.", "2025-03-10", "the past decade", "DURATION", "P10Y"},
		{"He said so earlier this month.", "2025-03-10", "earlier this month", "DATE", "2025-03"},
		{"It is over now.", "2025-03-10", "now", "DATE", "PRESENT_REF"},
		{"He recently resigned.", "2025-03-10", "recently", "DATE", "PAST_REF"},
		{"It may change in the future.", "2025-03-10", "the future", "DATE", "FUTURE_REF"},
		{"The vote is at 3 p.m.", "2025-03-10", "3 p.m.", "TIME", "2025-03-10T15:00"},
		{"He arrived late Monday night.", "2025-02-18", "late Monday night", "TIME", "2025-02-17TNI"},
		{"They met this morning.", "2025-03-10", "this morning", "TIME", "2025-03-10TMO"},
		{"The war lasted three years.", "2025-03-10", "three years", "DURATION", "P3Y"},
		{"Prices rose over the past six months.", "2025-03-10", "the past six months", "DURATION", "P6M"},
		{"It takes 2-3 months.", "2025-03-10", "2-3 months", "DURATION", "P2M"},
		{"They meet every week.", "2025-03-10", "every week", "SET", "P1W"},
		{"It is paid annually.", "2025-03-10", "annually", "SET", "P1Y"},
	}
	tg := embedded(t)
	for _, tt := range tests {
		txs := tg.Tag(tt.text, mustDay(t, tt.dct))
		got, ok := findMatch(txs, tt.match)
		if !ok {
			t.Errorf("%q: want %q tagged, got %s", tt.text, tt.match, describe(txs))
			continue
		}
		if got.Type != tt.typ || got.Value != tt.value {
			t.Errorf("%q: %q is %s %s, want %s %s", tt.text, tt.match, got.Type, got.Value, tt.typ, tt.value)
		}
	}
}

// TestSessionPieces tags a document in two pieces, as the streaming
// reader does: what the first piece told (an event named with a weekday's
// 's) must not reach clock times of the next, and a clock time at the
// very start of a piece must not index before it.
func TestSessionPieces(t *testing.T) {
	tg := Default()
	dct := mustDay(t, "2011-03-13")
	s := tg.NewSession(dct)
	defer s.Close()
	out := s.Tag("The toll from Friday's earthquake rose. ", 0, nil)
	out = s.Tag("10 a.m. In Chile, a quake drill was held at 10 a.m.", 40, out)
	var clocks []string
	for _, x := range out {
		if x.Type == "TIME" {
			clocks = append(clocks, x.Value)
		}
	}
	want := []string{"2011-03-13T10:00", "2011-03-13T10:00"}
	if fmt.Sprint(clocks) != fmt.Sprint(want) {
		t.Errorf("clock times in the second piece: %v, want %v", clocks, want)
	}
}

// TestEngineLists checks that the embedded lexicon defines every list the
// engine consults: a misspelt or missing list would silently turn its
// checks off.
func TestEngineLists(t *testing.T) {
	if m := embedded(t).lists.missing; len(m) > 0 {
		t.Errorf("lexicon lists the engine needs are missing: %v", m)
	}
}

// TestPeriodEndedFarFromTheEnd checks that a past verb after "and" ends a
// period a deed put in force ("halted production through Wednesday, and
// output resumed on Thursday") however much text follows the sentence:
// the look for that verb runs to the sentence's end, not over the last
// words of the document.
func TestPeriodEndedFarFromTheEnd(t *testing.T) {
	tg := embedded(t)
	lead := "Toyota Motor halted production at its plants through Wednesday, and output resumed on Thursday."
	for _, filler := range []string{"", strings.Repeat(" Officials met at the hall to review the plans.", 40)} {
		txs := tg.Tag(lead+filler, mustDay(t, "2014-03-15"))
		x, ok := findMatch(txs, "Wednesday")
		if !ok || x.Value != "2014-03-12" {
			t.Errorf("with %d bytes after the sentence: %s, want Wednesday 2014-03-12", len(filler), describe(txs))
		}
	}
}
