package events

import (
	"bufio"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The ICEWS sample in ../shared/eval/icews holds real coded events: actors,
// the CAMEO code with its codebook label, and the Goldstein intensity of
// the code. It has no sentence text, so it cannot score the coder on news;
// it serves two checks: our Goldstein table against ICEWS's, and whether
// the lexicon reads the codebook's own wording of each act.

const icewsPath = "../../../shared/eval/icews/events.2018.sample.tab"

type icewsRow struct {
	source, text, code, target string
	intensity                  float64
}

func readICEWS(t *testing.T) []icewsRow {
	t.Helper()
	f, err := os.Open(icewsPath)
	if err != nil {
		t.Skipf("ICEWS sample not available (%v); it lives in ../shared/eval/icews", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var rows []icewsRow
	var col map[string]int
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if col == nil {
			col = map[string]int{}
			for i, name := range fs {
				col[name] = i
			}
			for _, need := range []string{"Source Name", "Event Text", "CAMEO Code", "Intensity", "Target Name"} {
				if _, ok := col[need]; !ok {
					t.Fatalf("%s: no column %q", icewsPath, need)
				}
			}
			continue
		}
		if len(fs) < len(col) {
			continue
		}
		in, err := strconv.ParseFloat(fs[col["Intensity"]], 64)
		if err != nil {
			continue
		}
		rows = append(rows, icewsRow{source: fs[col["Source Name"]], text: fs[col["Event Text"]],
			code: fs[col["CAMEO Code"]], target: fs[col["Target Name"]], intensity: in})
	}
	if len(rows) < 1000 {
		t.Fatalf("%s: only %d rows", icewsPath, len(rows))
	}
	return rows
}

// TestGoldsteinAgainstICEWS checks our Goldstein scores against the
// intensities ICEWS gives the same codes.
func TestGoldsteinAgainstICEWS(t *testing.T) {
	c := Default()
	seen := map[string]float64{}
	for _, r := range readICEWS(t) {
		seen[r.code] = r.intensity
	}
	var codes []string
	for k := range seen {
		codes = append(codes, k)
	}
	sort.Strings(codes)
	bad := 0
	for _, code := range codes {
		g, ok := c.Goldstein(code)
		if !ok {
			t.Errorf("ICEWS code %s is not in codes.toml", code)
			bad++
			continue
		}
		if d := g - seen[code]; d > 0.05 || d < -0.05 {
			t.Logf("code %s: goldstein %.1f, ICEWS %.1f", code, g, seen[code])
			bad++
		}
	}
	t.Logf("Goldstein: %d of %d ICEWS codes agree", len(codes)-bad, len(codes))
	if bad*20 > len(codes) {
		t.Errorf("%d of %d codes disagree with ICEWS", bad, len(codes))
	}
}

// pastTense puts the first word of a codebook label in the past tense:
// "Make an appeal" → "made an appeal".
func pastTense(c *Coder, label string) string {
	first, rest, _ := strings.Cut(label, " ")
	v := strings.ToLower(strings.TrimRight(first, ","))
	past := ""
	for f, fl := range verbForms(v, c.lx.verbs.Irregular) {
		if fl&fPast != 0 && (past == "" || len(f) < len(past)) {
			past = f
		}
	}
	if past == "" {
		return label
	}
	if strings.HasSuffix(first, ",") {
		past += ","
	}
	return strings.TrimSpace(past + " " + rest)
}

// TestICEWSLabels codes "<source> <codebook label in the past tense>
// <target>." for every ICEWS row and scores the root code, weighted by how
// often ICEWS uses each code. It measures how much of the codebook's own
// wording the lexicon reads; it is no substitute for sentences from news.
func TestICEWSLabels(t *testing.T) {
	c := Default()
	rows := readICEWS(t)
	right, total := 0, 0
	miss := map[string]int{}
	cache := map[string]string{}
	for _, r := range rows {
		clean := func(s string) string { return strings.NewReplacer("[", "(", "]", ")", "|", "/").Replace(s) }
		text := "[" + clean(r.source) + "|org] " + pastTense(c, r.text) + " [" + clean(r.target) + "|org]."
		root, ok := cache[text]
		if !ok {
			corpus := annotated(t, text, "2018-06-01")
			root = ""
			for _, s := range c.Sentences(corpus, Options{KeepActorless: true}) {
				if s.Main >= 0 && root == "" {
					root = s.Events[s.Main].RootCode
				}
			}
			cache[text] = root
		}
		total++
		if root == r.code[:2] {
			right++
		} else {
			miss[r.code+" "+r.text+" → "+root]++
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("ICEWS codebook labels: root accuracy %.3f (%d/%d rows)", acc, right, total)
	var ms []string
	for k, n := range miss {
		ms = append(ms, strconv.Itoa(n)+"\t"+k)
	}
	sort.Slice(ms, func(a, b int) bool {
		na, _ := strconv.Atoi(strings.SplitN(ms[a], "\t", 2)[0])
		nb, _ := strconv.Atoi(strings.SplitN(ms[b], "\t", 2)[0])
		return na > nb || na == nb && ms[a] < ms[b]
	})
	for i, m := range ms {
		if i == 25 {
			break
		}
		t.Logf("  missed %s", m)
	}
	if acc < 0.85 {
		t.Errorf("ICEWS label accuracy %.3f below 0.85", acc)
	}
}
