package ingest

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/events"
)

// GDELT and ICEWS event files are already coded: one row per event with
// its date, actors and CAMEO code. They can hold millions of rows, so they
// are streamed line by line into a model.Corpus (no article text, no
// extraction) and MaxFileSize does not apply to them.

// maxEventLine is the longest row accepted; GDELT rows are about 400 bytes.
const maxEventLine = 16 << 20

// Column names of GDELT's headerless exports, in order (the GDELT 1.0 and
// 2.0 event codebooks). GDELT 1.0 daily files have 58 columns; its
// historical backfiles lack SOURCEURL (57); GDELT 2.0 adds an ADM2 code to
// each of the three geographies (61).
var (
	gdelt1Columns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
		Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
		Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
		IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
		Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
		Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
		ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
		DATEADDED SOURCEURL`)
	gdelt2Columns = strings.Fields(`GLOBALEVENTID SQLDATE MonthYear Year FractionDate
		Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
		Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
		IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
		Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
		Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
		ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
		DATEADDED SOURCEURL`)
)

// icewsRequired are the ICEWS header columns an event needs.
var icewsRequired = []string{"Event Date", "Source Name", "CAMEO Code", "Target Name"}

// isEventFileName reports names that may hold GDELT or ICEWS events:
// GDELT's "20160728.export.CSV(.zip)", BigQuery's .csv, ICEWS's .tab.
func isEventFileName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".csv", ".tsv", ".tab", ".zip":
		return true
	}
	return false
}

// columns are the indices of the fields Parley reads, -1 when absent.
type columns struct {
	id, date, added, url                       int
	code, root, goldstein, sources             int
	geo                                        int
	a1code, a1name, a1country, a1group, a1type int
	a2code, a2name, a2country, a2group, a2type int
	// ICEWS
	a1sectors, a2sectors, text, city, province, country int
	n                                                   int // fields a row must have at least
}

func columnsOf(names []string) columns {
	idx := map[string]int{}
	for i, n := range names {
		idx[strings.TrimSpace(n)] = i
	}
	get := func(keys ...string) int {
		for _, k := range keys {
			if i, ok := idx[k]; ok {
				return i
			}
		}
		return -1
	}
	c := columns{
		id: get("GLOBALEVENTID", "Event ID"), date: get("SQLDATE", "Event Date"), added: get("DATEADDED"), url: get("SOURCEURL"),
		code: get("EventCode", "CAMEO Code"), root: get("EventRootCode"), goldstein: get("GoldsteinScale", "Intensity"), sources: get("NumSources"),
		geo:    get("ActionGeo_FullName"),
		a1code: get("Actor1Code"), a1name: get("Actor1Name", "Source Name"), a1country: get("Actor1CountryCode", "Source Country"), a1group: get("Actor1KnownGroupCode"), a1type: get("Actor1Type1Code"),
		a2code: get("Actor2Code"), a2name: get("Actor2Name", "Target Name"), a2country: get("Actor2CountryCode", "Target Country"), a2group: get("Actor2KnownGroupCode"), a2type: get("Actor2Type1Code"),
		a1sectors: get("Source Sectors"), a2sectors: get("Target Sectors"), text: get("Event Text"),
		city: get("City"), province: get("Province"), country: get("Country"),
	}
	for _, i := range []int{c.id, c.date, c.added, c.url, c.code, c.root, c.goldstein, c.sources, c.geo, c.a1code, c.a1name, c.a1country, c.a1group, c.a1type,
		c.a2code, c.a2name, c.a2country, c.a2group, c.a2type, c.a1sectors, c.a2sectors, c.text, c.city, c.province, c.country} {
		c.n = max(c.n, i+1)
	}
	return c
}

var (
	gdelt1Layout     = columnsOf(gdelt1Columns)
	gdelt1HistLayout = columnsOf(gdelt1Columns[:57])
	gdelt2Layout     = columnsOf(gdelt2Columns)
)

// eventKind says which coding scheme a file follows.
type eventKind uint8

const (
	kindGDELT eventKind = iota + 1
	kindICEWS
)

// loadEvents streams one GDELT or ICEWS file (or the first file of a
// zip archive) into a corpus.
func (r *Result) loadEvents(ctx context.Context, fsys fs.FS, name, shown string, progress func(int64)) {
	fail := func(err error) { r.Errors = append(r.Errors, &FileError{Path: shown, Err: err}) }
	f, err := fsys.Open(name)
	if err != nil {
		fail(cleanErr(err))
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		fail(cleanErr(err))
		return
	}
	size := info.Size()
	var src io.Reader = f
	scale := 1.0 // file bytes per byte read, for progress through a zip
	if strings.EqualFold(path.Ext(name), ".zip") {
		ra, ok := f.(io.ReaderAt)
		if !ok {
			fail(errors.New("cannot open a zip archive from here"))
			return
		}
		zr, err := zip.NewReader(ra, size)
		if err != nil {
			fail(fmt.Errorf("not a readable zip archive: %v", err))
			return
		}
		var entry *zip.File
		for _, zf := range zr.File {
			if !zf.FileInfo().IsDir() && !strings.HasPrefix(zf.Name, "__MACOSX") {
				if entry != nil {
					r.Warnings = append(r.Warnings, &FileError{Path: shown, Err: fmt.Errorf("only %s was read; the archive holds more files", entry.Name)})
					break
				}
				entry = zf
			}
		}
		if entry == nil {
			fail(errors.New("the zip archive holds no file"))
			return
		}
		rc, err := entry.Open()
		if err != nil {
			fail(fmt.Errorf("%s: %v", entry.Name, err))
			return
		}
		defer rc.Close()
		src = rc
		if entry.UncompressedSize64 > 0 {
			scale = float64(size) / float64(entry.UncompressedSize64)
		}
	}
	cr := &countingReader{r: src}
	var lastReport int64
	report := func() {
		if progress != nil && cr.n-lastReport >= 1<<20 {
			lastReport = cr.n
			progress(int64(float64(cr.n) * scale))
		}
	}
	c, warn, err := readEvents(ctx, bufio.NewReaderSize(cr, 1<<20), name, shown, report)
	if err != nil {
		fail(err)
		return
	}
	if warn != nil {
		r.Warnings = append(r.Warnings, &FileError{Path: shown, Err: warn})
	}
	r.Corpora = append(r.Corpora, c)
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// ReadEvents reads a GDELT or ICEWS event file from r (shown in messages
// as name) into a corpus: one event per row, actors de-duplicated, one
// article standing for the file. Bad rows are skipped and summed up in
// warning; err is set when the file is not an event file at all.
func ReadEvents(r io.Reader, name string) (c *model.Corpus, warning error, err error) {
	return readEvents(context.Background(), bufio.NewReaderSize(r, 1<<20), name, name, nil)
}

func readEvents(ctx context.Context, br *bufio.Reader, name, shown string, report func()) (*model.Corpus, error, error) {
	lr := &lineReader{br: br}
	first, err := lr.next()
	if err != nil {
		if err == io.EOF {
			return nil, nil, errors.New("file is empty")
		}
		return nil, nil, err
	}
	first = bytes.TrimPrefix(first, []byte{0xEF, 0xBB, 0xBF})
	if looksBinary(first) {
		return nil, nil, errors.New("not a GDELT or ICEWS event file (binary data)")
	}
	b := newEventBuilder(name, shown)
	var fields [][]byte
	tabs := bytes.Count(first, []byte{'\t'})
	switch {
	case tabs > 0:
		fields = splitTabs(fields[:0], first)
		var layout columns
		switch header := string(first); {
		case strings.Contains(header, "GLOBALEVENTID") || strings.Contains(header, "SQLDATE"):
			b.kind, layout = kindGDELT, columnsOf(strings.Split(header, "\t"))
		case strings.Contains(header, "Event Date") && strings.Contains(header, "CAMEO Code"):
			b.kind, layout = kindICEWS, columnsOf(strings.Split(header, "\t"))
		case isGDELTRow(fields):
			b.kind = kindGDELT
			b.row(fields, lr.line, nil)
		default:
			return nil, nil, notEvents(len(fields), "tab")
		}
		if err := b.checkHeader(layout); err != nil {
			return nil, nil, err
		}
		for {
			line, err := lr.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, nil, err
			}
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			fields = splitTabs(fields[:0], line)
			if layout.n > 0 {
				b.row(fields, lr.line, &layout)
			} else {
				b.row(fields, lr.line, nil)
			}
			if lr.line&8191 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, fmt.Errorf("loading stopped at line %d: %w", lr.line, err)
				}
				if report != nil {
					report()
				}
			}
		}
	default:
		// Comma-separated: a BigQuery export of GDELT (or ICEWS saved as
		// CSV), which always starts with a header row.
		header := strings.Split(string(first), ",")
		layout := columnsOf(unquote(header))
		switch h := string(first); {
		case strings.Contains(h, "SQLDATE") || strings.Contains(h, "GLOBALEVENTID"):
			b.kind = kindGDELT
		case strings.Contains(h, "Event Date") && strings.Contains(h, "CAMEO Code"):
			b.kind = kindICEWS
		default:
			return nil, nil, notEvents(len(header), "comma")
		}
		if err := b.checkHeader(layout); err != nil {
			return nil, nil, err
		}
		cr := csv.NewReader(br)
		cr.ReuseRecord = true
		cr.FieldsPerRecord = -1
		cr.LazyQuotes = true
		var buf []byte
		for n := 2; ; n++ {
			rec, err := cr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var pe *csv.ParseError
				if errors.As(err, &pe) && pe.Err != csv.ErrFieldCount {
					b.bad(pe.Line, pe.Err.Error())
					continue
				}
				return nil, nil, err
			}
			// One buffer for every field of the row: no allocation per row.
			buf, fields = buf[:0], fields[:0]
			for _, s := range rec {
				buf = append(buf, s...)
			}
			off := 0
			for _, s := range rec {
				fields = append(fields, buf[off:off+len(s)])
				off += len(s)
			}
			line, _ := cr.FieldPos(0)
			b.row(fields, line, &layout)
			if n&8191 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, fmt.Errorf("loading stopped at line %d: %w", line, err)
				}
				if report != nil {
					report()
				}
			}
		}
	}
	return b.finish()
}

func notEvents(n int, sep string) error {
	return fmt.Errorf("not a GDELT or ICEWS event file: the first line has %d %s-separated fields "+
		"(GDELT exports have 57, 58 or 61 tab-separated fields, BigQuery exports a header naming SQLDATE, ICEWS a header naming \"Event Date\" and \"CAMEO Code\")", n, sep)
}

func unquote(fs []string) []string {
	for i, f := range fs {
		fs[i] = strings.Trim(strings.TrimSpace(f), `"`)
	}
	return fs
}

// isGDELTRow recognises a headerless GDELT row: 57, 58 or 61 fields,
// a numeric event id and a YYYYMMDD date.
func isGDELTRow(f [][]byte) bool {
	switch len(f) {
	case 57, 58, 61:
	default:
		return false
	}
	_, ok := atoi(f[0])
	return ok && len(f[1]) == 8 && isDigits(f[1])
}

// lineReader reads lines of any length up to maxEventLine, counting them.
type lineReader struct {
	br   *bufio.Reader
	long []byte
	line int
}

func (l *lineReader) next() ([]byte, error) {
	b, err := l.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		l.long = append(l.long[:0], b...)
		for err == bufio.ErrBufferFull {
			b, err = l.br.ReadSlice('\n')
			l.long = append(l.long, b...)
			if len(l.long) > maxEventLine {
				return nil, fmt.Errorf("line %d is longer than %d MB", l.line+1, maxEventLine>>20)
			}
		}
		b = l.long
	}
	if err != nil && err != io.EOF {
		return nil, err
	}
	if len(b) == 0 && err == io.EOF {
		return nil, io.EOF
	}
	l.line++
	b = bytes.TrimSuffix(b, []byte{'\n'})
	b = bytes.TrimSuffix(b, []byte{'\r'})
	return b, nil
}

func splitTabs(dst [][]byte, line []byte) [][]byte {
	for {
		i := bytes.IndexByte(line, '\t')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}

// eventBuilder accumulates one file's events. Events and actor lists are
// allocated in slabs and repeated strings are interned, so that a million
// rows fit in a few hundred megabytes.
type eventBuilder struct {
	kind     eventKind
	name     string
	art      *model.Article
	c        *model.Corpus
	set      *actorSet
	coder    *events.Coder
	intern   map[string]string
	slab     []model.Event
	ids      []string
	lastURL  string
	rows     int
	nbad     int
	badLines []string
	latest   time.Time
	earliest time.Time
	namesErr error
}

func newEventBuilder(name, shown string) *eventBuilder {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	art := &model.Article{ID: "events-" + slug(strings.TrimSuffix(base, path.Ext(base))), Path: shown, DateSource: "metadata"}
	b := &eventBuilder{name: base, art: art, c: &model.Corpus{Articles: []*model.Article{art}, Timexes: []model.Timex{}},
		coder: events.Default(), intern: map[string]string{}}
	names, err := defaultNames()
	if err != nil {
		// The embedded tables are tested; name actors by their codes.
		b.namesErr = err
		names = &actorNames{countries: map[string]*known{}, byName: map[string]*known{}, cameoISO: map[string]string{}, groups: map[string]cameoGroup{}, types: map[string]cameoType{}, groupWords: map[string]bool{}}
	}
	b.set = newActorSet(names)
	return b
}

func (b *eventBuilder) checkHeader(l columns) error {
	if l.n == 0 {
		return nil
	}
	var missing []string
	if l.date < 0 {
		missing = append(missing, map[eventKind]string{kindGDELT: "SQLDATE", kindICEWS: "Event Date"}[b.kind])
	}
	if l.code < 0 {
		missing = append(missing, map[eventKind]string{kindGDELT: "EventCode", kindICEWS: "CAMEO Code"}[b.kind])
	}
	if len(missing) > 0 {
		return fmt.Errorf("the header has no %s column", strings.Join(missing, " or "))
	}
	return nil
}

func (b *eventBuilder) str(s []byte) string {
	if len(s) == 0 {
		return ""
	}
	if v, ok := b.intern[string(s)]; ok {
		return v
	}
	v := string(s)
	b.intern[v] = v
	return v
}

func (b *eventBuilder) bad(line int, why string) {
	b.nbad++
	if len(b.badLines) < 5 {
		b.badLines = append(b.badLines, fmt.Sprintf("line %d: %s", line, why))
	}
}

func (b *eventBuilder) newEvent() *model.Event {
	if len(b.slab) == cap(b.slab) {
		b.slab = make([]model.Event, 0, 1024)
	}
	b.slab = b.slab[:len(b.slab)+1]
	return &b.slab[len(b.slab)-1]
}

// actorIDs returns a two-element slice that Actors, Source and Target share.
func (b *eventBuilder) actorIDs(src, tgt *model.Actor) (all, source, target []string) {
	if src == nil && tgt == nil {
		return nil, nil, nil
	}
	if len(b.ids)+2 > cap(b.ids) {
		b.ids = make([]string, 0, 2048)
	}
	i := len(b.ids)
	switch {
	case src != nil && tgt != nil && src != tgt:
		b.ids = append(b.ids, src.ID, tgt.ID)
		return b.ids[i : i+2 : i+2], b.ids[i : i+1 : i+1], b.ids[i+1 : i+2 : i+2]
	case src != nil:
		b.ids = append(b.ids, src.ID)
		one := b.ids[i : i+1 : i+1]
		if tgt != nil {
			return one, one, one
		}
		return one, one, nil
	default:
		b.ids = append(b.ids, tgt.ID)
		one := b.ids[i : i+1 : i+1]
		return one, nil, one
	}
}

// field returns f[i], or nil when the row lacks it.
func field(f [][]byte, i int) []byte {
	if i < 0 || i >= len(f) {
		return nil
	}
	f0 := f[i]
	if len(f0) == 2 && f0[0] == 'N' && f0[1] == 'A' {
		return nil // ICEWS writes NA for empty
	}
	return f0
}

// row adds one row; layout nil means a headerless GDELT row, laid out by
// its number of fields.
func (b *eventBuilder) row(f [][]byte, line int, layout *columns) {
	b.rows++
	if layout == nil {
		switch len(f) {
		case 58:
			layout = &gdelt1Layout
		case 57:
			layout = &gdelt1HistLayout
		case 61:
			layout = &gdelt2Layout
		default:
			b.bad(line, fmt.Sprintf("%d fields (GDELT rows have 57, 58 or 61)", len(f)))
			return
		}
	} else if len(f) < layout.n && len(f) <= max(layout.date, layout.code) {
		b.bad(line, fmt.Sprintf("%d fields, the header has %d", len(f), layout.n))
		return
	}
	var when model.Date
	dateField := field(f, layout.date)
	d, ok := parseEventDate(dateField)
	if !ok {
		b.bad(line, fmt.Sprintf("date %q is not %s", clip(dateField), map[eventKind]string{kindGDELT: "YYYYMMDD", kindICEWS: "YYYY-MM-DD"}[b.kind]))
		return
	}
	when = model.Day(d.Year(), d.Month(), d.Day())
	code := field(f, layout.code)
	if len(code) < 2 || len(code) > 4 || !isDigits(code) {
		b.bad(line, fmt.Sprintf("CAMEO code %q is not 2 to 4 digits", clip(code)))
		return
	}
	ev := b.newEvent()
	ev.When = when
	ev.Article = b.art.ID
	ev.Code = b.str(code)
	ev.RootCode = b.str(code[:2])
	ev.Type = b.coder.Label(ev.Code)
	ev.Modality = model.Asserted
	if g, ok := parseFloat(field(f, layout.goldstein)); ok {
		ev.Goldstein = g
	} else {
		ev.Goldstein, _ = b.coder.Goldstein(ev.Code)
	}
	ev.SourceCount = 1
	if n, ok := atoi(field(f, layout.sources)); ok && n > 0 {
		ev.SourceCount = n
	}
	var src, tgt *model.Actor
	switch b.kind {
	case kindICEWS:
		src = b.set.icewsActor(field(f, layout.a1name), field(f, layout.a1sectors), field(f, layout.a1country))
		tgt = b.set.icewsActor(field(f, layout.a2name), field(f, layout.a2sectors), field(f, layout.a2country))
		if ev.Type == "" {
			ev.Type = b.str(bytes.ToLower(field(f, layout.text)))
		}
		ev.Location = b.icewsPlace(field(f, layout.city), field(f, layout.province), field(f, layout.country))
		ev.ReportDate = when.Start
		if id := field(f, layout.id); len(id) > 0 {
			ev.ID = "icews-" + string(id)
		}
	default:
		src = b.set.gdeltActor(field(f, layout.a1code), field(f, layout.a1name), field(f, layout.a1country), field(f, layout.a1group), field(f, layout.a1type))
		tgt = b.set.gdeltActor(field(f, layout.a2code), field(f, layout.a2name), field(f, layout.a2country), field(f, layout.a2group), field(f, layout.a2type))
		ev.Location = b.str(field(f, layout.geo))
		if added := field(f, layout.added); len(added) >= 8 {
			if t, ok := parseEventDate(added[:8]); ok {
				ev.ReportDate = t
			}
		}
		if ev.ReportDate.IsZero() {
			ev.ReportDate = when.Start
		}
		if u := field(f, layout.url); len(u) > 0 {
			// Rows of one article follow each other: share the string.
			if string(u) != b.lastURL {
				b.lastURL = string(u)
			}
			ev.URL = b.lastURL
		}
		if id := field(f, layout.id); len(id) > 0 {
			ev.ID = "gdelt-" + string(id)
		}
	}
	if ev.ID == "" {
		ev.ID = fmt.Sprintf("%s-%d", b.art.ID, line)
	}
	ev.Actors, ev.Source, ev.Target = b.actorIDs(src, tgt)
	if ev.ReportDate.After(b.latest) {
		b.latest = ev.ReportDate
	}
	if b.earliest.IsZero() || when.Start.Before(b.earliest) {
		b.earliest = when.Start
	}
	b.c.Events = append(b.c.Events, ev)
}

func (b *eventBuilder) icewsPlace(city, province, country []byte) string {
	var parts [3][]byte
	n := 0
	for _, p := range [][]byte{city, province, country} {
		if len(p) > 0 {
			parts[n] = p
			n++
		}
	}
	switch n {
	case 0:
		return ""
	case 1:
		return b.str(parts[0])
	}
	return b.str(bytes.Join(parts[:n], []byte(", ")))
}

// finish completes the corpus: the article's title and date, the actors,
// and a warning that sums up the skipped rows.
func (b *eventBuilder) finish() (*model.Corpus, error, error) {
	var warn error
	if b.nbad > 0 {
		more := ""
		if b.nbad > len(b.badLines) {
			more = "; …"
		}
		warn = fmt.Errorf("%d of %d rows skipped (%s%s)", b.nbad, b.rows, strings.Join(b.badLines, "; "), more)
	}
	if len(b.c.Events) == 0 {
		if warn != nil {
			return nil, nil, fmt.Errorf("no event could be read: %v", warn)
		}
		return nil, nil, errors.New("no event rows")
	}
	scheme := "GDELT"
	if b.kind == kindICEWS {
		scheme = "ICEWS"
	}
	b.art.Title = fmt.Sprintf("%s events, %s (%d events, %s to %s)", scheme, b.name, len(b.c.Events),
		b.earliest.Format("2 Jan 2006"), b.latest.Format("2 Jan 2006"))
	b.art.Published = b.latest
	b.addCountries()
	b.c.Actors = b.set.list
	if b.c.Actors == nil {
		b.c.Actors = []*model.Actor{}
	}
	if b.namesErr != nil {
		warn = errors.Join(warn, fmt.Errorf("actor tables: %v", b.namesErr))
	}
	return b.c, warn, nil
}

// addCountries adds the country of every actor that has one, so that a
// country lane is named "Palestine" even when only "Citizen (Palestine)"
// acted.
func (b *eventBuilder) addCountries() {
	for _, a := range b.set.list {
		if a.Country == "" || b.set.byID[a.Country] != nil {
			continue
		}
		if k := b.set.names.countries[a.Country]; k != nil {
			b.set.add(*k)
		}
	}
}

// clip shortens a field quoted in a message.
func clip(b []byte) string {
	if len(b) > 24 {
		return string(b[:24]) + "…"
	}
	return string(b)
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

// atoi parses a non-negative decimal without allocating.
func atoi(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseFloat reads "-5.0", "2.8", "10"; other forms go through strconv.
func parseFloat(b []byte) (float64, bool) {
	if len(b) == 0 {
		return 0, false
	}
	neg := b[0] == '-'
	s := b
	if neg || s[0] == '+' {
		s = s[1:]
	}
	var ip, fp, div float64 = 0, 0, 1
	dot := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			if dot {
				fp = fp*10 + float64(c-'0')
				div *= 10
			} else {
				ip = ip*10 + float64(c-'0')
			}
		case c == '.' && !dot:
			dot = true
		default:
			v, err := strconv.ParseFloat(string(b), 64)
			return v, err == nil
		}
	}
	if len(s) == 0 {
		return 0, false
	}
	v := ip + fp/div
	if neg {
		v = -v
	}
	return v, true
}

// parseEventDate reads YYYYMMDD (GDELT) or YYYY-MM-DD (ICEWS).
func parseEventDate(b []byte) (time.Time, bool) {
	var y, m, d int
	var ok1, ok2, ok3 bool
	switch {
	case len(b) == 8:
		y, ok1 = atoi(b[:4])
		m, ok2 = atoi(b[4:6])
		d, ok3 = atoi(b[6:8])
	case len(b) == 10 && b[4] == '-' && b[7] == '-':
		y, ok1 = atoi(b[:4])
		m, ok2 = atoi(b[5:7])
		d, ok3 = atoi(b[8:10])
	default:
		return time.Time{}, false
	}
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}
