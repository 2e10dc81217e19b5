package timex

import (
	"flag"
	"os"
	"testing"
	"time"
)

// TestMain makes every test of the package tag with checkFilters on, so that
// every example, corpus and news set the tests tag also proves the
// third-token filter sound: a rule the filter would skip runs anyway and
// panics if it matches. Benchmarks time the tagger as it ships.
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		checkFilters = true
	}
	os.Exit(m.Run())
}

func TestThirdSet(t *testing.T) {
	tg := Default()
	filtered := 0
	for _, r := range tg.rules {
		if r.third != nil {
			filtered++
		}
	}
	if filtered == 0 {
		t.Fatal("no rule has a third-token filter")
	}
	t.Logf("%d of %d rules have a third-token filter", filtered, len(tg.rules))
	// the tokens after "in" pass or fail the filter of the rule named
	s := tg.NewSession(time.Time{})
	for _, c := range []struct {
		rule, text string
		pass       bool
	}{
		{"the first half of next year", "in the first half of", true},
		{"the first half of next year", "in the first time in", false},
		{"the first half of next year", "in twenty - first half of the year", true},
		{"the first half of next year", "in third - five of the year", false}, // "-" joins number words only
	} {
		s.Tag(c.text, 0, nil)
		found := false
		for _, r := range tg.rules {
			if r.name != c.rule {
				continue
			}
			if r.third == nil {
				t.Fatalf("rule %q has no third-token filter", c.rule)
			}
			found = true
			if ok := r.third.accepts(&s.toks[1], &s.toks[2], &s.toks[3]); ok != c.pass {
				t.Errorf("%q: third token passes the filter of rule %q: %v, want %v", c.text, c.rule, ok, c.pass)
			}
		}
		if !found {
			t.Fatalf("no rule %q", c.rule)
		}
	}
}

// TestThirdAfterDigits: "a year" may end a match of "three years" after two
// tokens, but "about 5" may not, so its third token counts.
func TestThirdAfterDigits(t *testing.T) {
	tg := Default()
	const name = "three years"
	s := tg.NewSession(time.Time{})
	for _, c := range []struct {
		text string
		pass bool
	}{{"about 5 years", true}, {"about 5 %", false}, {"about 5 1/2 years", true}} {
		s.Tag(c.text, 0, nil)
		found := false
		for _, r := range tg.rules {
			if r.name != name {
				continue
			}
			found = true
			ts := r.thirdFor(&s.toks[1])
			if ts == nil {
				t.Fatalf("%q: rule %q has no filter after digits", c.text, name)
			}
			if ok := ts.accepts(&s.toks[0], &s.toks[1], &s.toks[2]); ok != c.pass {
				t.Errorf("%q: third token passes the filter of rule %q: %v, want %v", c.text, name, ok, c.pass)
			}
		}
		if !found {
			t.Fatalf("no rule %q", name)
		}
	}
}

// TestNumShape checks that numShape, which picks the rules a number token
// may start, never turns away a token the built-in would read.
func TestNumShape(t *testing.T) {
	tg := Default()
	parts := []string{"1", "3", "09", "12", "24", "45", "98", "1998", "2025", "1430", "1000000"}
	seps := []string{"", ",", ".", ":", "/"}
	var texts []string
	for _, a := range parts {
		for _, s1 := range seps {
			for _, b := range parts {
				for _, s2 := range seps {
					for _, c := range []string{"", "17", "2025", "5"} {
						x := a
						if s1 != "" {
							x += s1 + b
							if s2 != "" && c != "" {
								x += s2 + c
							}
						}
						for _, suffix := range []string{"", "s", "th", "pm", "am"} {
							texts = append(texts, x+suffix, "'"+x+suffix)
						}
					}
				}
			}
		}
	}
	checked := 0
	for _, text := range texts {
		toks := (&tokenizer{lex: tg.lex}).tokenize(text, nil)
		if len(toks) == 0 || toks[0].Kind != tokNum {
			continue
		}
		r := &runner{lex: tg.lex, text: text, toks: toks}
		for b := bNum; b <= bLit; b++ {
			if b == bCap || b == bLit {
				continue
			}
			th := thread{pos: 0, ei: -1}
			if r.matchBuiltin(b, &th) && !numShape(b, &toks[0], tg.lex.idS) {
				t.Errorf("%q: built-in %d reads it, but numShape says no", text, b)
			}
			checked++
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d checks", checked)
	}
}
