package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model"
)

const (
	gdeltSample = "../../../shared/eval/gdelt/gdelt1_events_20160728_sample.tsv"
	icewsSample = "../../../shared/eval/icews/events.2018.sample.tab"
)

func sample(t testing.TB, p string) string {
	t.Helper()
	if _, err := os.Stat(p); err != nil {
		t.Skipf("sample not available (%v); it lives in ../shared/eval", err)
	}
	return p
}

// TestActorExamples runs the [[example]] entries of assets/ingest/cameo.toml.
func TestActorExamples(t *testing.T) {
	n, err := defaultNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(n.examples) < 10 {
		t.Fatalf("only %d examples in cameo.toml", len(n.examples))
	}
	for _, ex := range n.examples {
		name := ex.Format + " " + ex.Code + " " + ex.Name
		t.Run(name, func(t *testing.T) {
			set := newActorSet(n)
			var a *model.Actor
			switch ex.Format {
			case "gdelt":
				a = set.gdeltActor([]byte(ex.Code), []byte(ex.Name), []byte(ex.Country), []byte(ex.KnownGroup), []byte(ex.Type))
			case "icews":
				a = set.icewsActor([]byte(ex.Name), []byte(ex.Sectors), []byte(ex.Country))
			default:
				t.Fatalf("format %q: want gdelt or icews", ex.Format)
			}
			if a == nil {
				t.Fatal("no actor")
			}
			check := func(field string, want *string, got string) {
				if want != nil && *want != got {
					t.Errorf("%s = %q, want %q", field, got, *want)
				}
			}
			check("id", ex.Expect.ID, a.ID)
			check("name", ex.Expect.Name, a.Name)
			check("kind", ex.Expect.Kind, a.Kind)
			check("country", ex.Expect.Country, a.Country)
		})
	}
}

func TestActorTableErrors(t *testing.T) {
	bad := []struct{ toml, want string }{
		{"[[country]]\ncameo = \"XXX\"\niso = \"ZZZ\"\n", `iso "ZZZ" is not a country`},
		{"[[type]]\ncameo = \"GOV\"\nlabel = \"x\"\nkind = \"person\"\n", `kind "person"`},
		{"[[group]]\ncameo = \"UNO\"\nnmae = \"x\"\n", `unknown key "group.nmae"`},
		{"group_words = 3\n", "test.toml"},
	}
	for _, tt := range bad {
		_, err := newActorNames(assets.Gazetteer, "test.toml", []byte(tt.toml))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want it to mention %q", tt.toml, err, tt.want)
		}
	}
}

func TestGDELTSample(t *testing.T) {
	p := sample(t, gdeltSample)
	r := Load([]string{p})
	if len(r.Errors)+len(r.Warnings) > 0 {
		t.Fatalf("errors %v, warnings %v", r.Errors, r.Warnings)
	}
	if len(r.Corpora) != 1 || len(r.Articles) != 0 {
		t.Fatalf("%d corpora, %d articles; want the file as one corpus", len(r.Corpora), len(r.Articles))
	}
	c := r.Corpora[0]
	lines := countLines(t, p)
	if len(c.Events) != lines {
		t.Errorf("%d events from %d rows", len(c.Events), lines)
	}
	ids := map[string]bool{}
	byID := c.ActorIndex()
	if len(byID) != len(c.Actors) {
		t.Errorf("%d actors but %d distinct ids", len(c.Actors), len(byID))
	}
	withURL := 0
	for _, e := range c.Events {
		if ids[e.ID] {
			t.Errorf("event id %s twice", e.ID)
		}
		ids[e.ID] = true
		if e.When.Gran != model.GranDay || e.When.Start.Year() < 1979 || e.When.Start.After(time.Date(2016, 7, 29, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: date %v", e.ID, e.When)
		}
		if len(e.Code) < 3 || e.RootCode != e.Code[:2] || e.Type == "" {
			t.Errorf("%s: code %q root %q type %q", e.ID, e.Code, e.RootCode, e.Type)
		}
		if e.URL != "" {
			withURL++
		}
		for _, id := range e.Actors {
			if byID[id] == nil {
				t.Errorf("%s: actor %s not in the corpus", e.ID, id)
			}
		}
		if e.Article != c.Articles[0].ID {
			t.Errorf("%s: article %q", e.ID, e.Article)
		}
	}
	// Rows of the daily format carry the address; backfill rows do not.
	if withURL < len(c.Events)/2 || withURL == len(c.Events) {
		t.Errorf("%d of %d events have a URL", withURL, len(c.Events))
	}
	first := c.Events[0]
	if first.ID != "gdelt-564111644" || first.When.String() != "2006-07-31" || first.Code != "010" || first.SourceCount != 1 ||
		first.ReportDate.Format("2006-01-02") != "2016-07-28" || !strings.HasPrefix(first.URL, "http://wtop.com/") ||
		len(first.Source) != 1 || first.Source[0] != "USA" || len(first.Target) != 0 {
		t.Errorf("first row read as %+v", *first)
	}
	usa := byID["USA"]
	if usa == nil || usa.Kind != model.KindCountry || usa.Name != "United States" {
		t.Errorf("USA actor: %+v", usa)
	}
	if a := c.Articles[0]; !strings.Contains(a.Title, "GDELT") || a.Published.Format("2006-01-02") != "2016-07-28" || a.Path != p {
		t.Errorf("file article %+v", a)
	}
}

func countLines(t *testing.T, p string) int {
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(bytes.TrimSpace(b), []byte("\n")) + 1
}

func TestICEWSSample(t *testing.T) {
	p := sample(t, icewsSample)
	r := Load([]string{p})
	if len(r.Errors)+len(r.Warnings) > 0 || len(r.Corpora) != 1 {
		t.Fatalf("errors %v, warnings %v", r.Errors, r.Warnings)
	}
	c := r.Corpora[0]
	if want := countLines(t, p) - 1; len(c.Events) != want {
		t.Errorf("%d events, want %d", len(c.Events), want)
	}
	byID := c.ActorIndex()
	// Every country ICEWS names is known by its ISO code.
	names, _ := defaultNames()
	raw, _ := os.ReadFile(p)
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		f := strings.Split(line, "\t")
		for _, col := range []int{4, 10} {
			if k := names.byName[strings.ToLower(f[col])]; f[col] != "NA" && (k == nil || k.kind != model.KindCountry) {
				t.Errorf("line %d: country %q unknown", i+2, f[col])
			}
		}
	}
	// PSE acts only through "Citizen (Occupied Palestinian Territory)" and the like.
	for _, id := range []string{"RUS", "USA", "PRK", "donald-trump", "PSE"} {
		if byID[id] == nil {
			t.Errorf("no actor %s", id)
		}
	}
	e := c.Events[0]
	if e.ID != "icews-32889836" || e.When.String() != "2018-06-01" || e.Code != "040" || e.Goldstein != 1 || e.Type != "meeting" ||
		e.Location != "Hanoi, Thanh Pho Ha Noi, Vietnam" || len(e.Source) != 1 || byID[e.Source[0]].Country != "BGD" {
		t.Errorf("first row read as %+v", *e)
	}
}

// gdeltLine builds a headerless GDELT row of the given layout.
func gdeltLine(cols []string, v map[string]string) string {
	f := make([]string, len(cols))
	for i, c := range cols {
		f[i] = v[c]
	}
	return strings.Join(f, "\t")
}

var rowValues = []map[string]string{
	{"GLOBALEVENTID": "1001", "SQLDATE": "20250218", "Actor1Code": "USAGOV", "Actor1Name": "MARCO RUBIO", "Actor1CountryCode": "USA", "Actor1Type1Code": "GOV",
		"Actor2Code": "RUSGOV", "Actor2Name": "SERGEI LAVROV", "Actor2CountryCode": "RUS", "Actor2Type1Code": "GOV",
		"EventCode": "043", "EventRootCode": "04", "GoldsteinScale": "2.8", "NumSources": "12", "ActionGeo_FullName": "Riyadh, Ar Riyad, Saudi Arabia",
		"DATEADDED": "20250219", "SOURCEURL": "https://example.com/riyadh"},
	{"GLOBALEVENTID": "1002", "SQLDATE": "20250311", "Actor1Code": "UKR", "Actor1Name": "UKRAINE", "Actor1CountryCode": "UKR",
		"EventCode": "057", "EventRootCode": "05", "GoldsteinScale": "8.0", "NumSources": "3", "DATEADDED": "20250311", "SOURCEURL": "https://example.com/jeddah"},
}

func TestGDELTLayouts(t *testing.T) {
	dir := t.TempDir()
	var v1, v2, hist, csvRows []string
	for _, v := range rowValues {
		v1 = append(v1, gdeltLine(gdelt1Columns, v))
		hist = append(hist, gdeltLine(gdelt1Columns[:57], v))
		w := map[string]string{}
		for k, x := range v {
			w[k] = x
		}
		w["DATEADDED"] += "120000"
		v2 = append(v2, gdeltLine(gdelt2Columns, w))
		csvRows = append(csvRows, fmt.Sprintf(`%s,%s,%s,"%s",%s,%s,%s`, v["GLOBALEVENTID"], v["SQLDATE"], v["Actor1Code"], v["Actor1Name"], v["Actor1CountryCode"], v["EventCode"], v["GoldsteinScale"]))
	}
	files := map[string]string{
		"20250218.export.CSV":         strings.Join(v1, "\n") + "\n",
		"backfile.tsv":                strings.Join(hist, "\r\n"),
		"20250218120000.export.CSV":   strings.Join(v2, "\n"),
		"bigquery.csv":                "GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor1CountryCode,EventCode,GoldsteinScale\n" + strings.Join(csvRows, "\n") + "\n",
		"with-header.tsv":             strings.Join(gdelt1Columns, "\t") + "\n" + strings.Join(v1, "\n"),
		"zipped.export.CSV.zip":       zipped(t, "20250218.export.CSV", strings.Join(v1, "\n")),
		"20250218.export.CSV.bom.csv": "\uFEFF" + strings.Join(v1, "\n"),
	}
	for name, body := range files {
		write(t, dir, name, []byte(body))
	}
	r := Load([]string{dir})
	if len(r.Errors)+len(r.Warnings) > 0 {
		t.Fatalf("errors %v, warnings %v", r.Errors, r.Warnings)
	}
	if len(r.Corpora) != len(files) {
		t.Fatalf("%d corpora from %d files", len(r.Corpora), len(files))
	}
	for _, c := range r.Corpora {
		name := c.Articles[0].Path
		if len(c.Events) != 2 {
			t.Errorf("%s: %d events", name, len(c.Events))
			continue
		}
		e := c.Events[0]
		if e.ID != "gdelt-1001" || e.When.String() != "2025-02-18" || e.Code != "043" || e.Goldstein != 2.8 || e.Type == "" {
			t.Errorf("%s: first event %+v", name, *e)
		}
		a := c.ActorIndex()[e.Actors[0]]
		if a == nil || a.Name != "Marco Rubio" || a.Kind != model.KindPerson || a.Country != "USA" {
			t.Errorf("%s: actor %+v", name, a)
		}
		if strings.Contains(name, "bigquery") {
			continue
		}
		if strings.Contains(name, "backfile") {
			if e.URL != "" {
				t.Errorf("%s: a 57-column row has no URL", name)
			}
			e.URL = "https://example.com/riyadh"
		}
		if e.SourceCount != 12 || e.URL != "https://example.com/riyadh" || e.ReportDate.Format("2006-01-02") != "2025-02-19" ||
			e.Location != "Riyadh, Ar Riyad, Saudi Arabia" || len(e.Target) != 1 || len(e.Actors) != 2 {
			t.Errorf("%s: first event %+v", name, *e)
		}
	}
}

func zipped(t *testing.T, name, body string) string {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(body))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestEventFileProblems(t *testing.T) {
	good := gdeltLine(gdelt1Columns, rowValues[0])
	bad := []struct {
		name, body string
		err        string // error naming the file; "" when it loads
		warn       string // warning about skipped rows
		events     int
	}{
		{"rows.tsv", strings.Join([]string{good, strings.Replace(good, "20250218", "2025021", 1), good, "1\t2\t3", strings.Replace(good, "\t043\t", "\tabc\t", 1), good}, "\n"),
			"", "3 of 6 rows skipped (line 2: date \"2025021\" is not YYYYMMDD; line 4: 3 fields (GDELT rows have 57, 58 or 61); line 5: CAMEO code \"abc\"", 3},
		{"empty.tsv", "", "file is empty", "", 0},
		{"other.csv", "name,age\nann,3\n", "not a GDELT or ICEWS event file: the first line has 2 comma-separated fields", "", 0},
		{"other.tsv", "a\tb\n", "not a GDELT or ICEWS event file: the first line has 2 tab-separated fields", "", 0},
		{"binary.csv", "\x00\x01\x02PK\x03\x04", "binary data", "", 0},
		{"broken.zip", "PK\x03\x04 not really", "not a readable zip archive", "", 0},
		{"allbad.tsv", "1\t2\n", "not a GDELT", "", 0},
		{"allbadrows.tsv", strings.Repeat(strings.Replace(good, "20250218", "20250231", 1)+"\n", 2), "no event could be read: 2 of 2 rows skipped (line 1: date \"20250231\" is not YYYYMMDD; line 2:", "", 0},
		{"icews-noheader.tab", "Event ID\tSource Name\tCAMEO Code\tEvent Date2\n", "the header has no Event Date column", "", 0},
		{"icews-nocode.tab", "Event ID\tEvent Date\tSource Name\tCAMEO\n1\t2018-01-01\tX\t040\n", "not a GDELT", "", 0},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.name, []byte(tt.body))
			write(t, dir, "ok.txt", []byte("Rubio met Lavrov in Riyadh."))
			r := Load([]string{dir})
			if len(r.Articles) != 1 {
				t.Errorf("the good file did not load beside it: %v", r.Errors)
			}
			all := func(errs []error) string {
				var s []string
				for _, e := range errs {
					s = append(s, e.Error())
				}
				return strings.Join(s, "\n")
			}
			if tt.err != "" {
				if len(r.Errors) != 1 || !strings.Contains(all(r.Errors), p+": ") || !strings.Contains(all(r.Errors), tt.err) {
					t.Errorf("errors:\n%s\nwant one naming %s with %q", all(r.Errors), p, tt.err)
				}
				return
			}
			if len(r.Errors) > 0 {
				t.Errorf("errors: %s", all(r.Errors))
			}
			if len(r.Warnings) != 1 || !strings.Contains(all(r.Warnings), p+": "+tt.warn) {
				t.Errorf("warnings:\n%s\nwant %q", all(r.Warnings), tt.warn)
			}
			if len(r.Corpora) != 1 || len(r.Corpora[0].Events) != tt.events {
				t.Errorf("want %d events", tt.events)
			}
		})
	}
}

// TestEventFileIgnoresMaxFileSize checks that a streamed event file larger
// than MaxFileSize loads, in constant buffers.
func TestEventFileIgnoresMaxFileSize(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 70 MB file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.export.CSV")
	rows := writeGDELT(t, p, MaxFileSize+(6<<20), 0)
	r := Load([]string{p})
	if len(r.Errors) > 0 || len(r.Corpora) != 1 || len(r.Corpora[0].Events) != rows {
		t.Fatalf("errors %v; %d rows written", r.Errors, rows)
	}
}

func TestProgressAndCancel(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.export.CSV")
	writeGDELT(t, p, 8<<20, 0)
	write(t, dir, "b.txt", []byte("Rubio met Lavrov."))
	info, _ := os.Stat(p)
	var calls []int64
	var total int64
	r := LoadWith([]string{dir}, LoadOptions{Progress: func(done, tot int64) {
		calls = append(calls, done)
		total = tot
	}})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if want := info.Size() + int64(len("Rubio met Lavrov.")); total != want {
		t.Errorf("total %d, want %d", total, want)
	}
	if len(calls) < 6 || calls[len(calls)-1] != total || calls[0] != 0 {
		t.Errorf("progress calls %v of %d", calls, total)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] < calls[i-1] {
			t.Errorf("progress went back: %v", calls)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	r = LoadWith([]string{p, filepath.Join(dir, "b.txt")}, LoadOptions{Context: ctx, Progress: func(done, total int64) {
		if done > 1<<20 {
			cancel()
		}
	}})
	if len(r.Errors) == 0 || !errors.Is(r.Errors[0], context.Canceled) || !strings.Contains(r.Errors[0].Error(), p) {
		t.Errorf("cancelled load: errors %v", r.Errors)
	}
	if len(r.Corpora) != 0 || len(r.Articles) != 0 {
		t.Errorf("a cancelled load kept %d corpora, %d articles", len(r.Corpora), len(r.Articles))
	}
}

// writeGDELT writes synthetic GDELT 1.0 rows shaped like the sample until
// the file has size bytes or maxRows rows (0: no limit); it returns the
// number of rows.
func writeGDELT(t testing.TB, p string, size int64, maxRows int) int {
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	actors := [][3]string{{"USA", "UNITED STATES", "USA"}, {"RUS", "RUSSIA", "RUS"}, {"USAGOV", "MARCO RUBIO", "USA"}, {"RUSGOV", "SERGEI LAVROV", "RUS"},
		{"UKR", "UKRAINE", "UKR"}, {"SAU", "SAUDI ARABIA", "SAU"}, {"CHN", "CHINA", "CHN"}, {"GOV", "PRESIDENT", ""}, {"COP", "POLICE", ""}, {"IGOUNO", "UNITED NATIONS", ""}}
	codes := []string{"010", "036", "040", "042", "043", "046", "057", "111", "120", "130", "173", "190"}
	var n int
	var written int64
	v := map[string]string{}
	for written < size && (maxRows == 0 || n < maxRows) {
		a1, a2 := actors[n%len(actors)], actors[(n*7+3)%len(actors)]
		code := codes[(n*5)%len(codes)]
		d := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n%3000)
		v["GLOBALEVENTID"] = fmt.Sprint(500000000 + n)
		v["SQLDATE"] = d.Format("20060102")
		v["MonthYear"], v["Year"] = d.Format("200601"), d.Format("2006")
		v["Actor1Code"], v["Actor1Name"], v["Actor1CountryCode"] = a1[0], a1[1], a1[2]
		v["Actor2Code"], v["Actor2Name"], v["Actor2CountryCode"] = a2[0], a2[1], a2[2]
		v["EventCode"], v["EventBaseCode"], v["EventRootCode"] = code, code, code[:2]
		v["GoldsteinScale"] = fmt.Sprintf("%.1f", float64(n%21-10))
		v["NumMentions"], v["NumSources"], v["NumArticles"] = "4", fmt.Sprint(1+n%9), "4"
		v["AvgTone"] = "-1.96918082576365"
		v["ActionGeo_Type"], v["ActionGeo_FullName"], v["ActionGeo_CountryCode"] = "4", "Riyadh, Ar Riyad, Saudi Arabia", "SA"
		v["ActionGeo_Lat"], v["ActionGeo_Long"], v["ActionGeo_FeatureID"] = "24.6408", "46.7728", "-3092186"
		v["DATEADDED"] = d.AddDate(0, 0, 1).Format("20060102")
		v["SOURCEURL"] = fmt.Sprintf("https://news.example.com/%s/world/article-%d.html", d.Format("2006/01/02"), n/3)
		line := gdeltLine(gdelt1Columns, v) + "\n"
		w.WriteString(line)
		written += int64(len(line))
		n++
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return n
}

// BenchmarkLoadGDELTMillion streams a million GDELT rows (about 330 MB)
// into a corpus: time, allocations, and the peak heap in MB (≤ 2048).
func BenchmarkLoadGDELTMillion(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "million.export.CSV")
	const rows = 1_000_000
	n := writeGDELT(b, p, 1<<40, rows)
	info, _ := os.Stat(p)
	b.SetBytes(info.Size())
	b.ReportAllocs()
	var peak uint64
	var ms runtime.MemStats
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := LoadWith([]string{p}, LoadOptions{Progress: func(done, total int64) {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}})
		if len(r.Errors) > 0 || len(r.Corpora) != 1 || len(r.Corpora[0].Events) != n {
			b.Fatalf("errors %v", r.Errors)
		}
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapInuse)
		runtime.KeepAlive(r)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-MB")
}
