package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/timeml"
)

const text = "Rubio met Lavrov in Riyadh on Tuesday. Lavrov said Moscow & Washington would talk \"soon\".\n" +
	"=SUM(A1) is not a formula. Talks are planned for March."

// testCorpus is one article with its timexes and events, offsets into text.
func testCorpus() *model.Corpus {
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	art := &model.Article{ID: "a1", Title: "Talks in Riyadh", Path: "news/riyadh.txt", URL: "https://ex.com/riyadh",
		Published: time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC), Text: text}
	c := &model.Corpus{Articles: []*model.Article{art, {ID: "a2", Title: "GDELT events", Path: "x.tsv"}}}
	tx := func(s, typ, val string, implied bool) {
		st, en := at(s)
		c.Timexes = append(c.Timexes, model.Timex{ID: "a1-t", Article: "a1", Start: st, End: en, Text: s, Type: typ, Value: val, Implied: implied})
	}
	tx("Tuesday", "DATE", "2025-02-18", true)
	tx("March", "DATE", "2025-03", true)
	c.Actors = []*model.Actor{
		{ID: "USA", Name: "United States", Kind: model.KindCountry, Country: "USA"},
		{ID: "RUS", Name: "Russia", Kind: model.KindCountry, Country: "RUS"},
		{ID: "marco-rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA"},
		{ID: "sergei-lavrov", Name: "Sergei Lavrov", Kind: model.KindPerson, Country: "RUS"},
		{ID: "odd", Name: "+Plus & <Co>", Kind: model.KindOrganization},
	}
	ev := func(id, trig string, d model.Date, typ, code string, actors ...string) *model.Event {
		s, e := 0, 0
		if trig != "" {
			s, e = at(trig)
		}
		x := &model.Event{ID: id, Article: "a1", When: d, Type: typ, Code: code, RootCode: code[:2], Actors: actors,
			Source: actors[:1], Target: actors[1:], TriggerStart: s, TriggerEnd: e, Trigger: trig, Modality: model.Asserted,
			ReportDate: art.Published, Sentence: text[:38], Goldstein: 1}
		c.Events = append(c.Events, x)
		return x
	}
	ev("e1", "met", model.Day(2025, 2, 18), "meeting", "040", "marco-rubio", "sergei-lavrov")
	ev("e2", "said", model.Day(2025, 2, 19), "statement", "010", "sergei-lavrov", "odd").DateInferred = true
	m := model.SpanOf(time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), model.GranMonth)
	e3 := ev("e3", "Talks", m, "negotiation", "036", "USA", "RUS")
	e3.Modality = model.Planned
	e3.Sentence = "=SUM(A1) is not a formula."
	ev("e4", "Tues", model.Day(2025, 2, 18), "meeting", "040", "USA", "RUS") // inside a timex: not tagged
	ev("e5", "", model.Date{}, "statement", "010", "RUS", "USA")             // undated
	g := ev("g1", "", model.Day(2016, 7, 28), "arrest", "173", "USA")
	g.Article, g.URL, g.SourceCount, g.Sentence = "a2", "https://news.example.com/a", 7, ""
	return c
}

func TestCSVRoundTrip(t *testing.T) {
	c := testCorpus()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") {
		t.Fatalf("header %v", rows[0])
	}
	if len(rows)-1 != len(c.Events) {
		t.Fatalf("%d rows for %d events", len(rows)-1, len(c.Events))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, e := range c.Events {
		r := rows[i+1]
		get := func(k string) string { return r[col[k]] }
		g, err := strconv.ParseFloat(get("goldstein"), 64)
		if get("id") != e.ID || get("type") != e.Type || get("code") != e.Code || err != nil || g != e.Goldstein ||
			get("actor_ids") != strings.Join(e.Actors, "; ") || get("modality") != e.Modality {
			t.Errorf("row %d: %v", i+1, r)
		}
		if e.When.IsZero() != (get("date") == "") {
			t.Errorf("row %d: date %q for %v", i+1, get("date"), e.When)
		}
	}
	e3 := rows[3]
	if e3[col["date"]] != "2025-03-01" || e3[col["end_date"]] != "2025-03-31" || e3[col["granularity"]] != "month" {
		t.Errorf("month event: %v", e3)
	}
	if e3[col["sentence"]] != "'=SUM(A1) is not a formula." {
		t.Errorf("formula not guarded: %q", e3[col["sentence"]])
	}
	if r := rows[2]; r[col["target"]] != "'+Plus & <Co>" || r[col["date_inferred"]] != "true" || r[col["source"]] != "Sergei Lavrov" {
		t.Errorf("e2: %v", r)
	}
	if r := rows[6]; r[col["source_count"]] != "7" || r[col["url"]] != "https://news.example.com/a" || r[col["article_title"]] != "GDELT events" {
		t.Errorf("imported event: %v", r)
	}
}

func TestTimelineJS(t *testing.T) {
	c := testCorpus()
	var buf bytes.Buffer
	skipped, err := WriteTimelineJS(&buf, c, "Riyadh <talks>", GroupCountry)
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 1 {
		t.Errorf("skipped %d undated events, want 1", skipped)
	}
	// The generic shape TimelineJS reads.
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	title, _ := raw["title"].(map[string]any)
	if title == nil || title["text"].(map[string]any)["headline"] != "Riyadh &lt;talks&gt;" {
		t.Errorf("title slide %v", raw["title"])
	}
	events, _ := raw["events"].([]any)
	if len(events) != len(c.Events)-1 {
		t.Fatalf("%d events", len(events))
	}
	ids := map[string]bool{}
	for i, e := range events {
		m := e.(map[string]any)
		sd, _ := m["start_date"].(map[string]any)
		txt, _ := m["text"].(map[string]any)
		id, _ := m["unique_id"].(string)
		if sd == nil || sd["year"] == "" || txt == nil || txt["headline"] == "" || id == "" || ids[id] {
			t.Errorf("event %d lacks a required field or repeats an id: %v", i, m)
		}
		ids[id] = true
		if y, err := strconv.Atoi(sd["year"].(string)); err != nil || y < 2000 {
			t.Errorf("event %d: year %v", i, sd["year"])
		}
	}
	// And back into the typed document.
	var doc TLDocument
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want, _ := TimelineJS(c, "Riyadh <talks>", GroupCountry)
	a, _ := json.Marshal(doc)
	b, _ := json.Marshal(want)
	if !bytes.Equal(a, b) {
		t.Error("the document does not round-trip through encoding/json")
	}
	byID := map[string]TLEvent{}
	for _, e := range doc.Events {
		byID[e.UniqueID] = e
	}
	if e := byID["e1"]; e.StartDate != (TLDate{Year: "2025", Month: "2", Day: "18"}) || e.EndDate != nil || e.Group != "United States" ||
		e.Text.Headline != "Meeting: Marco Rubio, Sergei Lavrov" || !strings.Contains(e.Text.Text, "Talks in Riyadh</a>") {
		t.Errorf("e1: %+v", e)
	}
	if e := byID["e3"]; e.StartDate != (TLDate{Year: "2025", Month: "3"}) || e.EndDate != nil || !strings.HasSuffix(e.Text.Headline, "(planned)") {
		t.Errorf("a month: %+v", e)
	}
	if e := byID["e2"]; !strings.Contains(e.DisplayDate, "inferred") || !strings.Contains(e.Text.Text, "+Plus &amp; &lt;Co&gt;") || e.Group != "Russia" {
		t.Errorf("e2: %+v", e)
	}
	if e := byID["g1"]; !strings.Contains(e.Text.Text, `<a href="https://news.example.com/a">news.example.com</a> (7 sources)`) {
		t.Errorf("imported event: %+v", e)
	}
	w := model.Day(2025, 2, 17)
	w.End = w.Start.AddDate(0, 0, 7)
	if s, e := tlDates(w); e == nil || s.Day != "17" || e.Day != "23" {
		t.Errorf("a week: %v %v", s, e)
	}
}

func TestTimeML(t *testing.T) {
	c := testCorpus()
	var buf bytes.Buffer
	skipped, err := WriteTimeML(&buf, c, c.Articles[0])
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 1 {
		t.Errorf("skipped %d triggers, want the one inside a TIMEX3", skipped)
	}
	out := buf.String()
	doc, err := timeml.Parse(out)
	if err != nil {
		t.Fatalf("model/timeml cannot read it back: %v\n%s", err, out)
	}
	if doc.Text != text {
		t.Errorf("text changed:\n%q\nwant\n%q", doc.Text, text)
	}
	if doc.DCT.Format("2006-01-02") != "2025-02-19" || len(doc.Timexes) != 2 || doc.Timexes[0].Value != "2025-02-18" || doc.Timexes[1].Text != "March" {
		t.Errorf("DCT %v, timexes %+v", doc.DCT, doc.Timexes)
	}
	dec := xml.NewDecoder(strings.NewReader(out))
	events, instances := map[string]string{}, 0
	var cur string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, out)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "EVENT":
				cur = attrOf(el, "eid")
			case "MAKEINSTANCE":
				instances++
				if events[attrOf(el, "eventID")] == "" {
					t.Errorf("MAKEINSTANCE of unknown event %v", el)
				}
			}
		case xml.CharData:
			if cur != "" {
				events[cur] += string(el)
			}
		case xml.EndElement:
			if el.Name.Local == "EVENT" {
				cur = ""
			}
		}
	}
	if events["e1"] != "met" || events["e2"] != "said" || events["e3"] != "Talks" || len(events) != 3 || instances != 3 {
		t.Errorf("events %v, %d instances", events, instances)
	}
	if !strings.Contains(out, `<EVENT eid="e2" class="REPORTING">said</EVENT>`) || !strings.Contains(out, "Moscow &amp; Washington") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := WriteTimeML(io.Discard, c, c.Articles[1]); err == nil {
		t.Error("an article without text gave no error")
	}
}

func attrOf(el xml.StartElement, name string) string {
	for _, a := range el.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func TestTimeMLNames(t *testing.T) {
	arts := []*model.Article{
		{ID: "a1", Path: "news/riyadh.txt", Text: "x"},
		{ID: "a2", Path: "other/riyadh.md", Text: "x"},
		{ID: "a3", Path: "feeds/wire.rss#3", Text: "x"},
		{ID: "a4", Path: "gdelt.tsv"},
		{ID: "a5", Path: "sample:samples/01-call.md", Text: "x"},
	}
	got := TimeMLNames(arts)
	want := map[string]string{"a1": "riyadh.tml", "a2": "riyadh-2.tml", "a3": "wire-3.tml", "a5": "01-call.tml"}
	if len(got) != len(want) {
		t.Errorf("%d names: %v", len(got), got)
	}
	for _, a := range arts {
		if got[a] != want[a.ID] {
			t.Errorf("%s: %q, want %q", a.Path, got[a], want[a.ID])
		}
	}
}

func ExampleWriteCSV() {
	c := &model.Corpus{
		Articles: []*model.Article{{ID: "a1", Title: "Talks"}},
		Actors:   []*model.Actor{{ID: "USA", Name: "United States"}, {ID: "RUS", Name: "Russia"}},
		Events: []*model.Event{{ID: "e1", Article: "a1", When: model.Day(2025, 2, 18), Type: "meeting", Code: "040", RootCode: "04",
			Goldstein: 1, Modality: model.Asserted, Source: []string{"USA"}, Target: []string{"RUS"}, Actors: []string{"USA", "RUS"}}},
	}
	WriteCSV(os.Stdout, c)
	// Output:
	// id,date,end_date,granularity,fuzzy,date_inferred,type,code,root_code,goldstein,modality,source,target,actors,actor_ids,location,article_title,report_date,sentence,source_count,url
	// e1,2025-02-18,2025-02-18,day,false,false,meeting,040,04,1,asserted,United States,Russia,United States; Russia,USA; RUS,,Talks,,,1,
}
