package actors

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// nerSpan is an entity in rune offsets of its sentence, as ner-eval.py
// counts them.
type nerSpan struct {
	start, end int
	typ        string
}

type nerSentence struct {
	text string
	gold map[nerSpan]bool
}

// readIOB2 reads Universal NER IOB2 the way ../shared/eval/ner-eval.py does:
// each token is found in the sentence text after the previous one.
func readIOB2(t testing.TB, path string) []nerSentence {
	fh, err := os.Open(path)
	if err != nil {
		t.Skipf("NER gold %s absent (%v)", path, err)
	}
	defer fh.Close()
	var out []nerSentence
	var text string
	type tok struct{ form, tag string }
	var toks []tok
	flush := func() {
		if text == "" {
			toks = nil
			return
		}
		s := nerSentence{text: text, gold: map[nerSpan]bool{}}
		rs := []rune(text)
		pos := 0
		var cur *nerSpan
		end := func() {
			if cur != nil {
				s.gold[*cur] = true
				cur = nil
			}
		}
		for _, tk := range toks {
			f := []rune(tk.form)
			i := indexRunes(rs, f, pos)
			if i < 0 {
				i = pos
			}
			b, e := i, i+len(f)
			pos = e
			switch {
			case strings.HasPrefix(tk.tag, "B-") || strings.HasPrefix(tk.tag, "I-") && (cur == nil || cur.typ != tk.tag[2:]):
				end()
				cur = &nerSpan{b, e, tk.tag[2:]}
			case strings.HasPrefix(tk.tag, "I-"):
				cur.end = e
			default:
				end()
			}
		}
		end()
		out = append(out, s)
		text, toks = "", nil
	}
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "":
			flush()
		case strings.HasPrefix(l, "# text = "):
			text = l[len("# text = "):]
		case strings.HasPrefix(l, "#"):
		default:
			c := strings.Split(l, "\t")
			if len(c) >= 3 {
				toks = append(toks, tok{c[1], c[2]})
			}
		}
	}
	flush()
	return out
}

func indexRunes(s, sub []rune, from int) int {
	for i := from; i+len(sub) <= len(s); i++ {
		ok := true
		for j := range sub {
			if s[i+j] != sub[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

var kindNER = map[string]string{model.KindPerson: "PER", model.KindOrganization: "ORG", model.KindMedia: "ORG", model.KindCountry: "LOC", model.KindLocation: "LOC"}

type prf struct{ tp, fp, fn int }

func (c prf) scores() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// scoreNER runs Find over the sentences as one article, one sentence a line
// (as `parley extract` sees the file ner-eval.py writes), and scores typed
// exact spans per type.
func scoreNER(f *Finder, sents []nerSentence) (map[string]*prf, prf, []map[nerSpan]bool) {
	var sb strings.Builder
	starts := make([]int, len(sents))
	for i, s := range sents {
		starts[i] = sb.Len()
		sb.WriteString(s.text)
		sb.WriteByte('\n')
	}
	text := sb.String()
	found := make([]map[nerSpan]bool, len(sents))
	for i := range found {
		found[i] = map[nerSpan]bool{}
	}
	for _, a := range f.Find([]*model.Article{{ID: "uner", Text: text}}) {
		for _, m := range a.Mentions {
			typ := m.NER
			if typ == "" {
				typ = kindNER[a.Kind]
			}
			if typ != "PER" && typ != "ORG" && typ != "LOC" {
				continue
			}
			li := sort.SearchInts(starts, m.Start+1) - 1
			line := text[starts[li]:]
			cs := utf8.RuneCountInString(line[:m.Start-starts[li]])
			ce := utf8.RuneCountInString(line[:m.End-starts[li]])
			found[li][nerSpan{cs, ce, typ}] = true
		}
	}
	per := map[string]*prf{"PER": {}, "ORG": {}, "LOC": {}}
	var all prf
	for i, s := range sents {
		for typ, c := range per {
			for g := range s.gold {
				if g.typ == typ {
					if found[i][g] {
						c.tp++
					} else {
						c.fn++
					}
				}
			}
			for x := range found[i] {
				if x.typ == typ && !s.gold[x] {
					c.fp++
				}
			}
		}
	}
	for _, c := range per {
		all.tp += c.tp
		all.fp += c.fp
		all.fn += c.fn
	}
	return per, all, found
}

// TestUNER scores recognition on Universal NER English PUD (Wikipedia).
// Floors sit a little below the measured scores so regressions fail.
func TestUNER(t *testing.T) {
	sents := readIOB2(t, sharedDir+"/eval/ner/uner-en-pud-wiki.iob2")
	f := testFinder(t)
	per, all, found := scoreNER(f, sents)
	const floorAll, floorType = 0.68, 0.58
	for _, typ := range []string{"PER", "ORG", "LOC"} {
		p, r, f1 := per[typ].scores()
		t.Logf("%s: P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)", typ, p, r, f1, per[typ].tp, per[typ].fp, per[typ].fn)
		if f1 < floorType {
			t.Errorf("%s F1 %.3f below floor %.2f", typ, f1, floorType)
		}
	}
	p, r, f1 := all.scores()
	t.Logf("ner: P=%.3f R=%.3f F1=%.3f", p, r, f1)
	if f1 < floorAll {
		t.Errorf("overall F1 %.3f below floor %.2f", f1, floorAll)
	}
	if os.Getenv("UNER_DUMP") != "" {
		for i, s := range sents {
			rs := []rune(s.text)
			for g := range s.gold {
				if !found[i][g] {
					t.Logf("FN %s %q | %s", g.typ, string(rs[g.start:g.end]), s.text)
				}
			}
			for x := range found[i] {
				if !s.gold[x] {
					t.Logf("FP %s %q | %s", x.typ, string(rs[x.start:x.end]), s.text)
				}
			}
		}
	}
}
