package timeline

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
)

// LaneMode says how events are grouped into horizontal lanes.
type LaneMode uint8

// Lane modes.
const (
	LanesAll LaneMode = iota
	LanesCountry
	LanesActor
	LanesType
	LanesArticle
)

var laneModeNames = [...]string{"all", "country", "actor", "type", "article"}

func (m LaneMode) String() string {
	if int(m) < len(laneModeNames) {
		return laneModeNames[m]
	}
	return "?"
}

// ParseLaneMode reads "all", "country", "actor", "type" or "article".
func ParseLaneMode(s string) (LaneMode, error) {
	for i, n := range laneModeNames {
		if strings.EqualFold(s, n) {
			return LaneMode(i), nil
		}
	}
	return 0, fmt.Errorf("unknown lane mode %q (want all, country, actor, type or article)", s)
}

// Item flags.
const (
	FlagRange    = 1 << iota // drawn as a bar when wide enough
	FlagFuzzy                // bounds uncertain: soft edges
	FlagHollow               // planned or possible: hollow mark
	FlagNegated              // reported as not having happened
	FlagInferred             // date implied by the report date
	FlagHidden               // filtered out
	FlagDim                  // filtered but kept faint
	FlagMatch                // highlighted (search, selected actor)
)

// Item is one event as the timeline sees it.
type Item struct {
	Event    *model.Event
	T0, T1   float64 // Unix seconds, [T0, T1)
	Mid      float64
	Label    string
	LabelW   float32 // width of Label at the label font size
	Category uint8
	Flags    uint8
	// elided is Label shortened to fit elidedW, kept between frames.
	elided  string
	elidedW float32
}

// Lane is one horizontal band of the timeline.
type Lane struct {
	Key, Label string
	// pos-ordered (by Mid) item indices and their Mids, for binary search.
	idx []int32
	mid []float64
	// cum[i] is the number of shown (not hidden) items among idx[:i];
	// catCum and goldCum are the same running sums per category and of
	// Goldstein values, so a cluster's make-up costs O(1) at any size.
	cum     []int32
	catCum  [][NumCategories]int32
	goldCum []float64
	// spans are positions (into idx) of range items, longest first.
	spans []int32
	// pointHalf is the largest half-length of the items that are not
	// ranges (a day event is 24 hours long): how far outside the view a
	// mid may lie while the day still shows.
	pointHalf float64
	Count     int // shown items
	Matches   int // highlighted items (search, selected actor)
}

// Data is the timeline's prepared, searchable view of a corpus: items
// sorted per lane so that a frame at any zoom is laid out by binary search
// rather than by looking at every event.
type Data struct {
	Items    []Item
	Lanes    []Lane
	Mode     LaneMode
	Min, Max float64 // extent of all dated items, Unix seconds
	Hist     [256]int32
	HistMax  int32
	fonts    *Fonts
	names    map[string]string   // country code → display name
	used     [NumCategories]bool // categories of the shown items, for the legend
}

// NewData prepares the corpus's dated events for drawing in the given
// lane mode. Undated events are left out.
func NewData(c *model.Corpus, mode LaneMode, st *Style) *Data {
	d := &Data{Mode: mode, fonts: DefaultFonts(), Min: math.Inf(1), Max: math.Inf(-1)}
	actors := c.ActorIndex()
	shorts := make(map[string]string, len(actors))
	for id, a := range actors {
		shorts[id] = ShortName(a)
	}
	short := func(id string) (string, int) {
		if s, ok := shorts[id]; ok {
			return s, kindRank(actors[id].Kind)
		}
		return id, 3
	}
	d.Items = make([]Item, 0, len(c.Events))
	for _, ev := range c.Events {
		if ev.When.IsZero() {
			continue
		}
		it := Item{Event: ev, T0: unixF(ev.When.Start), T1: unixF(ev.When.End)}
		if it.T1 <= it.T0 {
			it.T1 = it.T0
		}
		it.Mid = (it.T0 + it.T1) / 2
		if ev.When.Fuzzy {
			it.Flags |= FlagFuzzy | FlagRange
		}
		if ev.When.Gran < model.GranDay || it.T1-it.T0 > 86400*1.5 {
			it.Flags |= FlagRange
			if ev.When.Gran < model.GranDay {
				it.Flags |= FlagFuzzy // "in March": somewhere in the month
			}
		}
		switch ev.Modality {
		case model.Planned, model.Possible:
			it.Flags |= FlagHollow
		case model.Negated:
			it.Flags |= FlagNegated
		}
		if ev.DateInferred {
			it.Flags |= FlagInferred
		}
		it.Category = Category(ev)
		it.Label = itemLabel(ev, short)
		it.LabelW = d.fonts.Width(it.Label, st.LabelFontSize, false)
		d.Min = math.Min(d.Min, it.T0)
		d.Max = math.Max(d.Max, it.T1)
		d.Items = append(d.Items, it)
	}
	d.buildLanes(c, actors)
	d.refresh()
	return d
}

func unixF(t time.Time) float64 {
	return float64(t.Unix()) + float64(t.Nanosecond())*1e-9
}

// TimeOf converts Unix seconds back to a time.
func TimeOf(s float64) time.Time {
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).UTC()
}

// Category maps an event to its colour category by CAMEO root code, or by
// its type label when it has no code.
func Category(ev *model.Event) uint8 {
	if n, ok := twoDigits(ev.Root()); ok {
		switch {
		case n <= 2:
			return CatStatement
		case n <= 5:
			return CatCooperation
		case n <= 8:
			return CatMaterial
		case n <= 12:
			return CatDispute
		case n <= 15:
			return CatThreat
		case n <= 17:
			return CatCoercion
		case n <= 20:
			return CatViolence
		}
	}
	switch strings.ToLower(ev.Type) {
	case "statement", "comment", "appeal", "call for", "report":
		return CatStatement
	case "meeting", "talks", "visit", "call", "phone call", "negotiation", "agreement", "praise", "cooperation":
		return CatCooperation
	case "aid", "concession", "release", "ceasefire":
		return CatMaterial
	case "criticism", "demand", "rejection", "accusation", "denial":
		return CatDispute
	case "threat", "protest", "warning":
		return CatThreat
	case "sanction", "sanctions", "expulsion":
		return CatCoercion
	case "attack", "strike", "fighting":
		return CatViolence
	}
	return CatOther
}

func twoDigits(s string) (int, bool) {
	if len(s) < 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), true
}

// ItemLabel is the short text beside a mark: the kind of act and who took
// part, "Meeting: Rubio, Lavrov +3".
func ItemLabel(ev *model.Event, actors map[string]*model.Actor) string {
	return itemLabel(ev, func(id string) (string, int) {
		if a := actors[id]; a != nil {
			return ShortName(a), kindRank(a.Kind)
		}
		return id, 3
	})
}

// kindRank orders the names in a label: people say most about an act,
// then organisations, then countries and places.
func kindRank(kind string) int {
	switch kind {
	case model.KindPerson:
		return 0
	case model.KindOrganization:
		return 1
	case model.KindCountry:
		return 2
	}
	return 3
}

func itemLabel(ev *model.Event, short func(id string) (string, int)) string {
	var b strings.Builder
	t := ev.Type
	if t == "" {
		t = "event"
	}
	if c := t[0]; c >= 'a' && c <= 'z' {
		b.WriteByte(c - 'a' + 'A')
		b.WriteString(t[1:])
	} else {
		b.WriteString(t)
	}
	var buf [8]string
	names := buf[:0]
	// Sources first, then the others, each group by rank of kind.
	for pass := 0; pass < 8; pass++ {
		ids := ev.Actors
		if pass < 4 {
			ids = ev.Source
		}
	next:
		for _, id := range ids {
			n, rank := short(id)
			if rank != pass%4 {
				continue
			}
			for _, x := range names {
				if x == n {
					continue next
				}
			}
			names = append(names, n)
		}
	}
	if len(names) > 0 {
		b.WriteString(": ")
		for i, n := range names {
			if i == 2 {
				b.WriteString(" +")
				b.WriteString(strconv.Itoa(len(names) - 2))
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n)
		}
	}
	return b.String()
}

// ShortName is how a label names an actor: a person by surname, anything
// else by its name.
func ShortName(a *model.Actor) string {
	if a.Kind == model.KindPerson {
		f := strings.Fields(a.Name)
		if len(f) > 1 {
			last := f[len(f)-1]
			// "Faisal bin Farhan": keep the particle with the family name.
			if len(f) > 2 {
				switch strings.ToLower(f[len(f)-2]) {
				case "bin", "bint", "al", "van", "von", "de", "da", "di", "del", "der", "le", "la":
					return f[len(f)-2] + " " + last
				}
			}
			return last
		}
	}
	return a.Name
}

// laneKeys returns the lanes an item belongs to in the data's mode.
func (d *Data) laneKeys(it *Item, c *model.Corpus, actors map[string]*model.Actor, out []laneRef) []laneRef {
	out = out[:0]
	ev := it.Event
	switch d.Mode {
	case LanesAll:
		out = append(out, laneRef{"all", "All events"})
	case LanesType:
		out = append(out, laneRef{fmt.Sprint(it.Category), CategoryNames[it.Category]})
	case LanesArticle:
		label := ev.Article
		if a := c.ArticleByID(ev.Article); a != nil && a.Title != "" {
			label = a.Title
		}
		out = append(out, laneRef{"article:" + ev.Article, label})
	case LanesActor:
		for _, id := range ev.Actors {
			name := id
			if a := actors[id]; a != nil {
				if a.Kind == model.KindMedia {
					continue
				}
				name = a.Name
			}
			out = appendLane(out, laneRef{"actor:" + id, name})
		}
	case LanesCountry:
		for _, id := range ev.Actors {
			a := actors[id]
			if a == nil || a.Kind == model.KindMedia {
				continue
			}
			code := a.Country
			if code == "" {
				if a.Kind == model.KindPerson || a.Generic {
					continue // "police" of no country is no country's lane
				}
				// Countries, organisations and regions without a country
				// ("Europe", "the Middle East") are their own lane.
				code = a.ID
			}
			out = appendLane(out, laneRef{"country:" + code, countryName(code, d.names)})
		}
	}
	if len(out) == 0 {
		out = append(out, laneRef{"none", "Unattributed"})
	}
	return out
}

type laneRef struct{ key, label string }

func appendLane(out []laneRef, r laneRef) []laneRef {
	for _, o := range out {
		if o.key == r.key {
			return out
		}
	}
	return append(out, r)
}

// countryName is the display name of a country lane: the name of the
// corpus's actor with that code, else the code itself.
func countryName(code string, names map[string]string) string {
	if n := names[code]; n != "" {
		return n
	}
	// A country only its cities or people stand for ("Abu Dhabi"): the
	// gazetteer knows its name.
	if n, ok := actors.Default().Name(code); ok {
		names[code] = n
		return n
	}
	return code
}

func (d *Data) buildLanes(c *model.Corpus, actors map[string]*model.Actor) {
	d.names = map[string]string{}
	for _, a := range c.Actors {
		if a.Kind == model.KindCountry || (a.Kind != model.KindPerson && a.Country == "") {
			d.names[a.ID] = a.Name
			if a.Country != "" && d.names[a.Country] == "" {
				d.names[a.Country] = a.Name
			}
		}
	}
	byKey := map[string]int{}
	var refs []laneRef
	for i := range d.Items {
		refs = d.laneKeys(&d.Items[i], c, actors, refs)
		for _, r := range refs {
			li, ok := byKey[r.key]
			if !ok {
				li = len(d.Lanes)
				byKey[r.key] = li
				d.Lanes = append(d.Lanes, Lane{Key: r.key, Label: r.label})
			}
			d.Lanes[li].idx = append(d.Lanes[li].idx, int32(i))
		}
	}
	// Busiest lanes first; "Unattributed" last.
	slices.SortStableFunc(d.Lanes, func(a, b Lane) int {
		if (a.Key == "none") != (b.Key == "none") {
			if a.Key == "none" {
				return 1
			}
			return -1
		}
		if d.Mode == LanesType || d.Mode == LanesArticle {
			return cmp.Compare(a.Key, b.Key)
		}
		if c := cmp.Compare(len(b.idx), len(a.idx)); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
	for li := range d.Lanes {
		l := &d.Lanes[li]
		slices.SortFunc(l.idx, func(a, b int32) int {
			if c := cmp.Compare(d.Items[a].Mid, d.Items[b].Mid); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		l.mid = make([]float64, len(l.idx))
		for p, i := range l.idx {
			it := &d.Items[i]
			l.mid[p] = it.Mid
			if it.Flags&FlagRange != 0 {
				l.spans = append(l.spans, int32(p))
			} else {
				l.pointHalf = math.Max(l.pointHalf, (it.T1-it.T0)/2)
			}
		}
		slices.SortFunc(l.spans, func(a, b int32) int {
			ia, ib := &d.Items[l.idx[a]], &d.Items[l.idx[b]]
			return cmp.Compare(ib.T1-ib.T0, ia.T1-ia.T0)
		})
		l.cum = make([]int32, len(l.idx)+1)
		l.catCum = make([][NumCategories]int32, len(l.idx)+1)
		l.goldCum = make([]float64, len(l.idx)+1)
	}
}

// refresh recomputes what depends on the hidden flags: per-lane counts and
// the minimap histogram.
func (d *Data) refresh() {
	for li := range d.Lanes {
		l := &d.Lanes[li]
		var n int32
		var cats [NumCategories]int32
		var gold float64
		for p, i := range l.idx {
			l.cum[p], l.catCum[p], l.goldCum[p] = n, cats, gold
			if it := &d.Items[i]; it.Flags&FlagHidden == 0 {
				n++
				cats[it.Category]++
				if it.Event != nil {
					gold += it.Event.Goldstein
				}
			}
		}
		end := len(l.idx)
		l.cum[end], l.catCum[end], l.goldCum[end] = n, cats, gold
		l.Count = int(n)
		l.Matches = 0
		for _, i := range l.idx {
			if d.Items[i].Flags&FlagMatch != 0 {
				l.Matches++
			}
		}
	}
	d.Hist = [256]int32{}
	d.HistMax = 0
	d.used = [NumCategories]bool{}
	for i := range d.Items {
		if d.Items[i].Flags&FlagHidden == 0 {
			d.used[d.Items[i].Category] = true
		}
	}
	if len(d.Items) == 0 {
		return
	}
	span := d.Max - d.Min
	for i := range d.Items {
		it := &d.Items[i]
		if it.Flags&FlagHidden != 0 {
			continue
		}
		b := 0
		if span > 0 {
			b = int((it.Mid - d.Min) / span * 255.999)
		}
		b = max(0, min(255, b))
		d.Hist[b]++
		d.HistMax = max(d.HistMax, d.Hist[b])
	}
}

// ClusterMakeup returns the dominant category and mean Goldstein value
// of the shown items at lane positions [p0, p1).
func (d *Data) ClusterMakeup(lane int, p0, p1 int32) (cat uint8, goldstein float64) {
	l := &d.Lanes[lane]
	best := int32(-1)
	for c := 0; c < NumCategories; c++ {
		if n := l.catCum[p1][c] - l.catCum[p0][c]; n > best {
			best, cat = n, uint8(c)
		}
	}
	if n := l.cum[p1] - l.cum[p0]; n > 0 {
		goldstein = (l.goldCum[p1] - l.goldCum[p0]) / float64(n)
	}
	return cat, goldstein
}

// Filter sets the hidden, dimmed and highlighted flags of every item from
// f and updates the counts. f returns whether to show the item, dim it,
// and highlight it.
func (d *Data) Filter(f func(it *Item) (show, dim, match bool)) {
	for i := range d.Items {
		it := &d.Items[i]
		it.Flags &^= FlagHidden | FlagDim | FlagMatch
		if f == nil {
			continue
		}
		show, dim, match := f(it)
		if !show {
			it.Flags |= FlagHidden
		}
		if dim {
			it.Flags |= FlagDim
		}
		if match {
			it.Flags |= FlagMatch
		}
	}
	d.refresh()
}

// Extent returns the range that shows every item with a margin.
func (d *Data) Extent() (from, to float64) {
	if len(d.Items) == 0 || math.IsInf(d.Min, 0) {
		now := float64(time.Now().Unix())
		return now - 30*86400, now + 30*86400
	}
	from, to = d.Min, d.Max
	span := to - from
	if span < 86400 {
		span = 86400
		mid := (from + to) / 2
		from, to = mid-span/2, mid+span/2
	}
	pad := span * 0.05
	return from - pad, to + pad
}

// BusiestDays returns, per lane, the largest number of items within any
// three days: how many rows the lane needs to show a busy spell unclustered.
func (d *Data) BusiestDays() []int {
	out := make([]int, len(d.Lanes))
	for li := range d.Lanes {
		mid := d.Lanes[li].mid
		lo := 0
		for hi := range mid {
			for mid[hi]-mid[lo] > 3*86400 {
				lo++
			}
			out[li] = max(out[li], hi-lo+1)
		}
	}
	return out
}

// FitLaneRows gives each lane the rows it uses when the whole extent is
// laid out at width w with room to spare (at least minRows, at most
// MaxRows, or MaxRowsOne for a single lane), then lowers the largest
// counts until the lanes fit in height. Heights depend on the data and the
// width, not on the zoom, so lanes do not jump while the user zooms.
func (d *Data) FitLaneRows(w, height float32, st *Style, minRows, maxRows int) []int {
	n := len(d.Lanes)
	hi := min(maxRows, MaxRowsOne)
	if n == 1 {
		hi = MaxRowsOne
	}
	need := make([]int, n)
	if n == 0 {
		return need
	}
	probe := make([]int, n)
	for i := range probe {
		probe[i] = hi
	}
	from, to := d.Extent()
	var f Frame
	f.Layout(d, View{From: from, To: to, W: w, H: 1e9, NoMinimap: true, LaneRows: probe}, st)
	for i := range f.Marks {
		m := &f.Marks[i]
		need[m.Lane] = max(need[m.Lane], int(m.Row)+1)
	}
	for i := range need {
		need[i] = max(minRows, min(hi, need[i]))
	}
	laneH := func(rows int) float32 { return float32(rows)*st.RowHeight + 2*st.LanePad }
	total := func(limit int) float32 {
		var t float32
		for _, n := range need {
			t += laneH(min(n, limit))
		}
		return t
	}
	limit := hi
	for limit > minRows && total(limit) > height {
		limit--
	}
	for i := range need {
		need[i] = min(need[i], limit)
	}
	return need
}

// IndexOf returns the index of the item showing ev, or -1.
func (d *Data) IndexOf(ev *model.Event) int {
	for i := range d.Items {
		if d.Items[i].Event == ev {
			return i
		}
	}
	return -1
}
