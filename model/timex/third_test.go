package timex

import (
	"flag"
	"os"
	"testing"
	"time"
)

// TestMain makes every test of the package tag with checkThird on, so that
// every example, corpus and news set the tests tag also proves the
// third-token filter sound: a rule the filter would skip runs anyway and
// panics if it matches. Benchmarks time the tagger as it ships.
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		checkThird = true
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
	// "the first half" passes the filter of the rule that reads "the first
	// half of next year", and "the first time" does not
	const name = "the first half of next year"
	s := tg.NewSession(time.Time{})
	for _, c := range []struct {
		text string
		pass bool
	}{{"in the first half of", true}, {"for the first time in", false}} {
		s.Tag(c.text, 0, nil)
		ok := false
		for _, r := range tg.rules {
			if r.name == name && r.third != nil {
				ok = r.third.accepts(&s.toks[2], &s.toks[3])
			}
		}
		if ok != c.pass {
			t.Errorf("%q: third token passes the filter of rule %q: %v, want %v", c.text, name, ok, c.pass)
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
