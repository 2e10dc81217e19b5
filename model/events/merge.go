package events

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/parley-app/parley/model"
)

// cluster is a set of reports of one real event.
type cluster struct {
	reps   []*report
	root   uint8 // the act's root as a number ("04" → 4)
	mod    uint8 // modClass of the reports
	speech bool
	actors []*model.Actor // every participant
	src    []*model.Actor // the acting side
	when   model.Date     // the best stated date, if any
	t      *clTime        // when, in seconds, kept apart for a quick test
	loc    *report        // first report with a place
	label  string         // type label of the first report's act
	seen   int            // marks the cluster as a candidate already
	// lastArt and lastSen are the article and sentence of the latest report,
	// for merges that need a nearby sentence
	lastArt, lastSen int
}

// clTime is when a cluster's event happened, as the merge compares it.
// The merge tests it first, and most candidates fail it, so these records
// sit together in memory, apart from the rest of the cluster.
type clTime struct {
	secs  secs  // the best stated date, in seconds
	day   int64 // earliest report day, Unix seconds; 0 unknown
	dated bool
	mod   uint8 // the cluster's modality class
}

// mergeInfo is what the merge compares of a report, computed once.
type mergeInfo struct {
	root   uint8
	mod    uint8
	speech bool
	label  string
}

// pool hands out clusters and the first slices they hold from large
// chunks: most clusters keep one report, and a chunk costs one allocation
// for hundreds of them. Slices are cut to their length, so a later append
// copies instead of writing over a neighbour.
type pool struct {
	timeChunks    chunks[clTime]
	clusterChunks chunks[cluster]
	repChunks     chunks[*report]
	actorChunks   chunks[*model.Actor]
}

// The pool keeps every chunk it made, to hand them out again after reset.
type chunks[T any] struct {
	all  [][]T
	next int // all[next] is the chunk in use
	used int // how much of it is handed out
}

// take returns n zero elements, from a chunk of size elements.
func (c *chunks[T]) take(n, size int) []T {
	if n > size {
		return make([]T, n)
	}
	for {
		if c.next == len(c.all) {
			c.all = append(c.all, make([]T, size))
		}
		ch := c.all[c.next]
		if c.used+n <= len(ch) {
			out := ch[c.used : c.used+n : c.used+n]
			c.used += n
			return out
		}
		c.next++
		c.used = 0
	}
}

// reset zeroes what was handed out, so it can be handed out again.
func (c *chunks[T]) reset() {
	for i := 0; i <= c.next && i < len(c.all); i++ {
		clear(c.all[i])
	}
	c.next, c.used = 0, 0
}

func (p *pool) cluster() *cluster { return &p.clusterChunks.take(1, 512)[0] }

// actorSlice returns an empty slice with room for n actors.
func (p *pool) actorSlice(n int) []*model.Actor { return p.actorChunks.take(n, 4096)[:0] }

func (p *pool) reset() {
	p.timeChunks.reset()
	p.clusterChunks.reset()
	p.repChunks.reset()
	p.actorChunks.reset()
}

func (p *pool) newCluster(r *report) *cluster {
	cl := p.cluster()
	*cl = cluster{root: r.mi.root, label: r.mi.label, mod: r.mi.mod, speech: r.mi.speech}
	cl.t = &p.timeChunks.take(1, 1024)[0]
	cl.t.mod = r.mi.mod
	cl.reps = p.repChunks.take(1, 1024)[:0]
	n := len(r.src) + len(r.tgt) + len(r.others)
	cl.actors = p.actorSlice(n)
	cl.src = p.actorSlice(len(r.src))
	cl.add(r)
	return cl
}

func (cl *cluster) add(r *report) {
	cl.reps = append(cl.reps, r)
	for _, a := range r.src {
		cl.actors = appendActor(cl.actors, a)
		cl.src = appendActor(cl.src, a)
	}
	for _, a := range r.tgt {
		cl.actors = appendActor(cl.actors, a)
	}
	for _, a := range r.others {
		cl.actors = appendActor(cl.actors, a)
	}
	t := cl.t
	if (r.dated || r.anchored) && (!t.dated || betterDate(r.when, cl.when)) {
		cl.when, t.secs, t.dated = r.when, r.secs, true
	}
	if r.day != 0 && (t.day == 0 || r.day < t.day) {
		t.day = r.day
	}
	if cl.loc == nil && (r.loc != "" || r.locActor != nil) {
		cl.loc = r
	}
	cl.lastArt, cl.lastSen = r.art, r.sentNo
}

// betterDate prefers a finer, sharper date: "Tuesday" over "this week".
func betterDate(a, b model.Date) bool {
	if a.Fuzzy != b.Fuzzy {
		return !a.Fuzzy
	}
	return a.Gran > b.Gran
}

// secs is a date as Unix seconds [start, end), for the merge's many
// comparisons; daySecsOf gives a report day's start, 0 when unknown.
type secs struct{ start, end int64 }

func secsOf(d model.Date) secs { return secs{d.Start.Unix(), d.End.Unix()} }

func daySecsOf(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix() - t.Unix()%86400
}

const daySecs = 86400

// fitsReport reports whether an act dated d can be the one a report of
// day rep speaks of without a date: done acts happened up to a week before
// the report, planned ones after it.
func fitsReport(d secs, rep int64, mod int) bool {
	if rep == 0 {
		return true
	}
	if mod == 1 {
		return d.end > rep
	}
	return d.start < rep+daySecs && d.end > rep-7*daySecs
}

// datesFit reports whether report r and a cluster of time t can be one
// event in time.
func (t *clTime) datesFit(r *report) bool {
	rd := r.dated || r.anchored
	switch {
	case rd && t.dated:
		return r.secs.start < t.secs.end && t.secs.start < r.secs.end
	case rd:
		return fitsReport(r.secs, t.day, int(t.mod))
	case t.dated:
		return fitsReport(t.secs, r.day, int(t.mod))
	}
	if r.day == 0 || t.day == 0 {
		return true
	}
	d := r.day - t.day
	return d < 4*daySecs && d > -4*daySecs
}

// placesFit reports whether the stated places agree: the same place, or a
// city and its country.
func (cl *cluster) placesFit(r *report) bool {
	if cl.loc == nil || r.loc == "" {
		return true
	}
	a, b := cl.loc, r
	if a.locActor != nil && b.locActor != nil {
		return a.locActor == b.locActor || a.locActor.Country != "" && a.locActor.Country == b.locActor.Country
	}
	x, y := strings.ToLower(a.loc), strings.ToLower(b.loc)
	return strings.Contains(x, y) || strings.Contains(y, x)
}

// sideFits reports whether two sides of an act can be the same actors:
// one is unknown, they share an actor, or, for done acts, a country. Side
// a is the actors of a1 and a2 together.
func sideFits(a1, a2, b []*model.Actor, byCountry bool) (ok, shared bool) {
	if len(a1)+len(a2) == 0 || len(b) == 0 {
		return true, false
	}
	for _, a := range [2][]*model.Actor{a1, a2} {
		for _, x := range a {
			if slices.Contains(b, x) {
				return true, true
			}
		}
	}
	if !byCountry {
		return false, false
	}
	for _, a := range [2][]*model.Actor{a1, a2} {
		for _, x := range a {
			if x.Country == "" {
				continue
			}
			for _, y := range b {
				if x.Country == y.Country {
					return true, false
				}
			}
		}
	}
	return false, false
}

// fits reports whether report r tells of the event of cluster cl. The
// index files clusters by root, modality class and speech, so those agree;
// the dates are tested first (cl.t.datesFit).
func (cl *cluster) fits(r *report) bool {
	// without an actor in common, only the same kind of done act can
	// merge, by country; test that before the dearer checks
	common := false
	for _, list := range [3][]*model.Actor{r.src, r.tgt, r.others} {
		for _, a := range list {
			if slices.Contains(cl.actors, a) {
				common = true
				break
			}
		}
	}
	byCountry := cl.mod == 0 && !cl.speech
	if !common && (!byCountry || r.mi.label != cl.label) {
		return false
	}
	if !cl.placesFit(r) {
		return false
	}
	var sharedS, sharedT bool
	if r.ent.symmetric {
		// both sides act alike: any participant in common will do, and a
		// third party may join ("held talks with Faisal")
		ok, shared := sideFits(r.src, r.tgt, cl.actors, byCountry)
		if !ok {
			return false
		}
		sharedS = shared
	} else {
		okS, shS := sideFits(r.src, nil, cl.src, byCountry)
		okT, shT := sideFits(r.tgt, nil, cl.actors, byCountry)
		if !okS || !okT {
			return false
		}
		sharedS, sharedT = shS, shT
	}
	if sharedS || sharedT || cl.speech {
		return sharedS || (sharedT && !cl.speech)
	}
	// a country-level match needs more: a nearby sentence of the same
	// article, or the same stated place
	if cl.lastArt == r.art && r.sentNo-cl.lastSen <= 3 {
		return true
	}
	return cl.loc != nil && (r.loc != "" || r.locActor != nil) && cl.placesFit(r)
}

const weekSecs = 7 * daySecs

// weeks returns the weeks of the span [start, end) seconds, at most nine.
func weeks(start, end int64) (from, to int32) {
	from = int32(start / weekSecs)
	to = int32((end - 1) / weekSecs)
	if to < from {
		to = from
	}
	return from, min(to, from+8)
}

// lookupWeeks returns the weeks where a cluster that may take r can be
// filed. A done act (or one that did not happen) reaches back a week from
// its report day and a few days ahead (datesFit), so only the weeks of
// that window are looked in; a planned act may have been told of long
// before, so its weeks get a week of slack either side.
func lookupWeeks(r *report) (from, to int32) {
	if r.when.IsZero() {
		return -1, -1
	}
	if r.mi.mod == 1 {
		from, to = weeks(r.secs.start, r.secs.end)
		return from - 1, to + 1
	}
	if r.dated || r.anchored {
		// a dated cluster overlaps r; an undated one's day is within
		// (start-1d, end+7d)
		return weeks(r.secs.start-daySecs, r.secs.end+7*daySecs)
	}
	// a dated cluster reaches into [day-7d, day+1d); an undated one's day
	// is within 4 days
	return weeks(r.day-7*daySecs, r.day+4*daySecs)
}

// keyer numbers actor keys (a country, else an actor id) for the index.
type keyer struct {
	byActor map[*model.Actor]int32
	byKey   map[string]int32
}

func (k *keyer) of(a *model.Actor) int32 {
	if n, ok := k.byActor[a]; ok {
		return n
	}
	key := a.Country
	if key == "" {
		key = "#" + a.ID
	}
	n, ok := k.byKey[key]
	if !ok {
		n = int32(len(k.byKey))
		k.byKey[key] = n
	}
	k.byActor[a] = n
	return n
}

// rootNo turns a CAMEO root ("04") into a small number.
func rootNo(r *report) uint8 { return (r.act[0]-'0')*10 + r.act[1] - '0' }

// mergeKey packs where a cluster is filed: the act's root (5 bits), its
// modality class (2), whether it reports words (1), an actor key (24) and
// a week (32). Clusters of other modalities or kinds never merge, so they
// are filed apart and never compared.
func mergeKey(mi mergeInfo, actor, week int32) uint64 {
	k := uint64(mi.root)<<59 | uint64(mi.mod&3)<<57 | uint64(actor&0xffffff)<<32 | uint64(uint32(week))
	if mi.speech {
		k |= 1 << 56
	}
	return k
}

// indexKeys lists where a cluster that took report r is filed: under each
// participant's actor key and each week of the report's date.
func (k *keyer) indexKeys(r *report, out []uint64) []uint64 {
	out = out[:0]
	from, to := int32(-1), int32(-1)
	if !r.when.IsZero() {
		from, to = weeks(r.secs.start, r.secs.end)
	}
	for _, list := range [3][]*model.Actor{r.src, r.tgt, r.others} {
		for _, a := range list {
			id := k.of(a)
			for w := from; w <= to; w++ {
				if mk := mergeKey(r.mi, id, w); !slices.Contains(out, mk) {
					out = append(out, mk)
				}
			}
		}
	}
	return out
}

// lookupKeys lists where clusters that may take report r are filed. A
// directed act must share its first actor's side (by id or country) with
// the cluster, so that actor's key is enough; the weeks are those
// lookupWeeks gives.
func (k *keyer) lookupKeys(r *report, out []uint64) []uint64 {
	out = out[:0]
	from, to := lookupWeeks(r)
	add := func(a *model.Actor) {
		id := k.of(a)
		for w := from; w <= to; w++ {
			if mk := mergeKey(r.mi, id, w); !slices.Contains(out, mk) {
				out = append(out, mk)
			}
		}
	}
	switch {
	case r.ent.symmetric:
		for _, list := range [2][]*model.Actor{r.src, r.tgt} {
			for _, a := range list {
				add(a)
			}
		}
	case len(r.src) > 0:
		add(r.src[0])
	case len(r.tgt) > 0:
		add(r.tgt[0])
	}
	return out
}

// maxCandidates bounds how many clusters of one index key a report is
// compared with.
const maxCandidates = 16

// mergeIndex files clusters under their keys, the latest first: each key
// heads a list threaded through one slice of nodes, so filing costs no
// allocation of its own.
type mergeIndex struct {
	head  map[uint64]int32 // 1 + the node of the latest cluster of a key
	nodes []indexNode
}

type indexNode struct {
	cl   *cluster
	t    *clTime // cl.t, read without touching the cluster
	next int32   // 1 + the node filed before under the same key; 0 ends
}

func (x *mergeIndex) file(k uint64, cl *cluster) {
	h := x.head[k]
	if h != 0 && x.nodes[h-1].cl == cl {
		return
	}
	x.nodes = append(x.nodes, indexNode{cl: cl, t: cl.t, next: h})
	x.head[k] = int32(len(x.nodes))
}

// merge groups reports into events and numbers them.
func (c *Coder) merge(w *work, corpus *model.Corpus, reps []*report) []*model.Event {
	clusters := w.clusters[:0]
	index := &w.index
	keys := w.keys
	p := &w.pool
	kr := &w.kr
	gen := 0
	for _, r := range reps {
		if r.dropped {
			continue
		}
		r.mi = mergeInfo{root: rootNo(r), mod: uint8(modClass(r.mod)), speech: r.speech(), label: c.Label(r.act)}
		r.secs, r.day = secsOf(r.when), daySecsOf(r.reportDate)
		if r.alias != nil {
			if cl := r.root().cl; cl != nil {
				cl.add(r)
				r.cl = cl
				continue
			}
		}
		// candidates, the most recent of each key first, each once; the
		// bound keeps a month of one country's statements from making the
		// merge quadratic
		gen++
		var found *cluster
		keys = kr.lookupKeys(r, keys)
	search:
		for _, k := range keys {
			n := index.head[k]
			for i := 0; n != 0 && i < maxCandidates; i++ {
				node := &index.nodes[n-1]
				n = node.next
				if !node.t.datesFit(r) {
					continue
				}
				cl := node.cl
				if cl.seen == gen {
					continue
				}
				cl.seen = gen
				if cl.fits(r) {
					found = cl
					break search
				}
			}
		}
		if found == nil {
			found = p.newCluster(r)
			clusters = append(clusters, found)
		} else {
			found.add(r)
		}
		r.cl = found
		keys = kr.indexKeys(r, keys)
		for _, k := range keys {
			index.file(k, found)
		}
	}
	w.clusters, w.keys = clusters, keys
	eb := c.newEventBuilder(corpus, len(clusters))
	out := make([]*model.Event, len(clusters))
	ids := eventIDs(len(clusters))
	for i, cl := range clusters {
		ev := eb.build(cl.reps)
		ev.ID = ids[i]
		out[i] = ev
	}
	return out
}

// eventIDs returns "e1" … "en", all cut from one string.
func eventIDs(n int) []string {
	var b strings.Builder
	ends := make([]int, n)
	for i := range n {
		b.WriteByte('e')
		b.WriteString(strconv.Itoa(i + 1))
		ends[i] = b.Len()
	}
	all := b.String()
	out := make([]string, n)
	start := 0
	for i, e := range ends {
		out[i] = all[start:e]
		start = e
	}
	return out
}

// eventBuilder makes the model events of a merge. The events, their id
// lists and their source lists are cut from a few large slabs, and the
// working lists are reused from one event to the next.
type eventBuilder struct {
	c      *Coder
	corpus *model.Corpus
	canon  []int
	events []model.Event
	strs   []string
	refs   []model.SourceRef
	// scratch lists
	src, tgt, all, sideA, sideB []*model.Actor
	ordered                     []*report
	texts                       []int
}

// newEventBuilder returns a builder for about n events of corpus.
func (c *Coder) newEventBuilder(corpus *model.Corpus, n int) *eventBuilder {
	return &eventBuilder{c: c, corpus: corpus, canon: canonical(corpus), events: make([]model.Event, n)}
}

// event builds the model event of one or more reports of it, on its own.
func (c *Coder) event(corpus *model.Corpus, canon []int, reps []*report) *model.Event {
	eb := &eventBuilder{c: c, corpus: corpus, canon: canon}
	return eb.build(reps)
}

// ids returns the ids of list, cut to length from the slab; nil for none.
func (eb *eventBuilder) ids(list []*model.Actor) []string {
	n := len(list)
	if n == 0 {
		return nil
	}
	var out []string
	if n > 64 {
		out = make([]string, n)
	} else {
		if len(eb.strs) < n {
			eb.strs = make([]string, 2048)
		}
		out = eb.strs[:n:n]
		eb.strs = eb.strs[n:]
	}
	for i, a := range list {
		out[i] = a.ID
	}
	return out
}

// build makes the event of reps. The first report gives the sentence and
// the trigger; the best stated date wins.
func (eb *eventBuilder) build(reps []*report) *model.Event {
	c, corpus := eb.c, eb.corpus
	first := reps[0]
	art := corpus.Articles[first.art]
	var ev *model.Event
	if len(eb.events) > 0 {
		ev = &eb.events[0]
		eb.events = eb.events[1:]
	} else {
		ev = &model.Event{}
	}
	*ev = model.Event{
		Article:      art.ID,
		Start:        first.sent.Start,
		End:          first.sent.End,
		Sentence:     art.Text[first.sent.Start:first.sent.End],
		Modality:     first.mod,
		TriggerStart: first.trigFrom,
		TriggerEnd:   first.trigTo,
		Trigger:      art.Text[first.trigFrom:first.trigTo],
		URL:          art.URL,
		ReportDate:   first.reportDate,
	}
	// the date: a stated one beats a relative one beats the report date
	var best *report
	for _, r := range reps {
		if !(r.dated || r.anchored) {
			continue
		}
		if best == nil || r.dated && !best.dated || r.dated == best.dated && betterDate(r.when, best.when) {
			best = r
		}
	}
	if best != nil {
		ev.When = best.when
	} else {
		ev.When = first.when
		ev.DateInferred = true
		for _, r := range reps {
			if !r.when.IsZero() && (ev.When.IsZero() || r.when.Start.Before(ev.When.Start)) {
				ev.When = r.when
			}
		}
	}
	// the code most reports agree on; the finer one on a tie
	code, codeRep := first.code, first
	if len(reps) > 1 {
		n := 0
		for i, r := range reps {
			k := 0
			for _, q := range reps {
				if q.code == r.code {
					k++
				}
			}
			if i == 0 || k > n || k == n && (len(r.code) > len(code) || len(r.code) == len(code) && r.code < code) {
				code, codeRep, n = r.code, r, k
			}
		}
	}
	ev.Code = code
	ev.RootCode = code[:2]
	ev.Goldstein, _ = c.Goldstein(code)
	ev.Type = c.Label(codeRep.act)
	// participants, in order of first mention
	src, tgt, all := eb.src[:0], eb.tgt[:0], eb.all[:0]
	for _, r := range reps {
		if !r.ent.anaphoric {
			// "X was also there" adds a participant, not a side
			for _, a := range r.src {
				src = appendActor(src, a)
			}
			for _, a := range r.tgt {
				tgt = appendActor(tgt, a)
			}
		}
		for _, list := range [3][]*model.Actor{r.src, r.tgt, r.others} {
			for _, a := range list {
				all = appendActor(all, a)
			}
		}
		if !r.reportDate.IsZero() && (ev.ReportDate.IsZero() || r.reportDate.Before(ev.ReportDate)) {
			ev.ReportDate = r.reportDate
		}
	}
	eb.src, eb.tgt, eb.all = src, tgt, all
	if first.ent.symmetric && len(src) > 0 {
		eb.sideA, eb.sideB = sidesLike(src, tgt, first.src, eb.sideA[:0], eb.sideB[:0])
		src, tgt = eb.sideA, eb.sideB
	}
	ev.Source = eb.ids(src)
	n := 0
	for _, a := range tgt {
		if !slices.Contains(src, a) {
			tgt[n] = a
			n++
		}
	}
	ev.Target = eb.ids(tgt[:n])
	ev.Actors = eb.ids(all)
	// the place: a city beats its country
	cityFound := false
	for _, r := range reps {
		switch {
		case r.locActor != nil && (ev.Location == "" || r.locActor.Kind == model.KindLocation && !cityFound):
			ev.Location = r.locActor.ID
			cityFound = r.locActor.Kind == model.KindLocation
		case r.locActor == nil && r.loc != "" && ev.Location == "":
			ev.Location = r.loc
		}
	}
	// the sources: one per sentence, in article order
	ordered := reps
	if len(reps) > 1 && !slices.IsSortedFunc(reps, compareReportPlace) {
		ordered = append(eb.ordered[:0], reps...)
		slices.SortStableFunc(ordered, compareReportPlace)
		eb.ordered = ordered
	}
	nsrc := 0
	for i, r := range ordered {
		if i == 0 || r.art != ordered[i-1].art || r.sent != ordered[i-1].sent {
			nsrc++
		}
	}
	if nsrc > 64 {
		ev.Sources = make([]model.SourceRef, 0, nsrc)
	} else {
		if len(eb.refs) < nsrc {
			eb.refs = make([]model.SourceRef, 1024)
		}
		ev.Sources = eb.refs[:0:nsrc]
		eb.refs = eb.refs[nsrc:]
	}
	texts := eb.texts[:0]
	for i, r := range ordered {
		if i > 0 && r.art == ordered[i-1].art && r.sent == ordered[i-1].sent {
			continue
		}
		ev.Sources = append(ev.Sources, model.SourceRef{Article: r.artID, Start: r.sent.Start, End: r.sent.End})
		// the same text twice (a copied wire story) is one source
		if t := eb.canon[r.art]; !slices.Contains(texts, t) {
			texts = append(texts, t)
		}
	}
	eb.texts = texts
	ev.SourceCount = len(texts)
	return ev
}

// compareReportPlace orders reports by article, then by sentence.
func compareReportPlace(a, b *report) int {
	if a.art != b.art {
		return a.art - b.art
	}
	return a.sent.Start - b.sent.Start
}

// canonical numbers the articles so that articles with the same text
// share a number: a copied wire story is one source, not two.
func canonical(corpus *model.Corpus) []int {
	out := make([]int, len(corpus.Articles))
	first := make(map[string]int, len(corpus.Articles))
	for i, a := range corpus.Articles {
		if j, ok := first[a.Text]; ok {
			out[i] = j
			continue
		}
		first[a.Text] = i
		out[i] = i
	}
	return out
}

// sidesLike re-parts a symmetric event's actors into the sides of its
// first report: the actors of the first report's source countries act.
// The sides are appended to a and b, which may be reused buffers.
func sidesLike(src, tgt, first, a, b []*model.Actor) ([]*model.Actor, []*model.Actor) {
	side := func(country string) bool {
		for _, x := range first {
			if x.Country == country {
				return true
			}
		}
		return false
	}
	for _, list := range [2][]*model.Actor{src, tgt} {
		for _, x := range list {
			if side(x.Country) || x.Country == "" && slices.Contains(src, x) {
				a = appendActor(a, x)
			} else {
				b = appendActor(b, x)
			}
		}
	}
	return a, b
}

// Split undoes a merge: it moves report i of ev (ev.Sources[i]) into a new
// event appended to corpus.Events and returns it, for the analyst's
// "split" action. Both events are rebuilt from their own reports, coded
// again with the default lexicon, so each gets its own date, actors and
// code. When the report cannot be coded again (the article text is gone)
// the new event copies ev's analysis with the split sentence. Split
// returns nil when ev has fewer than two sources or i is out of range.
func Split(corpus *model.Corpus, ev *model.Event, i int) *model.Event {
	if ev == nil || i < 0 || i >= len(ev.Sources) || len(ev.Sources) < 2 {
		return nil
	}
	ref := ev.Sources[i]
	rest := append(append([]model.SourceRef{}, ev.Sources[:i]...), ev.Sources[i+1:]...)
	c := Default()
	w := c.getWork()
	defer c.putWork(w)
	reps := c.collect(w, corpus, Options{KeepActorless: true})
	pick := func(refs []model.SourceRef) []*report {
		var out []*report
		for _, ref := range refs {
			var best *report
			for _, r := range reps {
				if r.dropped || r.artID != ref.Article || r.sent.Start != ref.Start {
					continue
				}
				if best == nil || r.actRoot() == ev.Code[:2] || r.code[:2] == ev.RootCode && best.code[:2] != ev.RootCode {
					best = r
				}
			}
			if best != nil {
				out = append(out, best)
			}
		}
		sort.SliceStable(out, func(a, b int) bool {
			if out[a].art != out[b].art {
				return out[a].art < out[b].art
			}
			return out[a].sent.Start < out[b].sent.Start
		})
		return out
	}
	nu := &model.Event{}
	canon := canonical(corpus)
	if rs := pick([]model.SourceRef{ref}); len(rs) == 1 {
		*nu = *c.event(corpus, canon, rs)
	} else {
		*nu = *ev
		nu.Sources = []model.SourceRef{ref}
		nu.SourceCount = 1
		nu.Article, nu.Start, nu.End = ref.Article, ref.Start, ref.End
		if a := corpus.ArticleByID(ref.Article); a != nil && ref.End <= len(a.Text) {
			nu.Sentence = a.Text[ref.Start:ref.End]
		}
	}
	if rs := pick(rest); len(rs) == len(rest) {
		id := ev.ID
		*ev = *c.event(corpus, canon, rs)
		ev.ID = id
	} else {
		ev.Sources = rest
		ev.SourceCount = len(rest)
		if i == 0 {
			f := rest[0]
			ev.Article, ev.Start, ev.End = f.Article, f.Start, f.End
			if a := corpus.ArticleByID(f.Article); a != nil && f.End <= len(a.Text) {
				ev.Sentence = a.Text[f.Start:f.End]
			}
		}
	}
	nu.ID = nextID(corpus)
	corpus.Events = append(corpus.Events, nu)
	return nu
}

// nextID returns "e<n>" one past the highest event number in use.
func nextID(corpus *model.Corpus) string {
	n := 0
	for _, e := range corpus.Events {
		if k, err := strconv.Atoi(strings.TrimPrefix(e.ID, "e")); err == nil && strings.HasPrefix(e.ID, "e") && k > n {
			n = k
		}
	}
	return fmt.Sprintf("e%d", n+1)
}
