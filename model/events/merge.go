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
	root   string
	mod    int
	speech bool
	actors []*model.Actor // every participant
	src    []*model.Actor // the acting side
	when   model.Date     // the best stated date, if any
	secs   secs           // when, in seconds
	dated  bool
	day    int64   // earliest report day, Unix seconds; 0 unknown
	loc    *report // first report with a place
	label  string  // type label of the first report's act
	seen   int     // marks the cluster as a candidate already
	// lastArt and lastSen are the article and sentence of the latest report,
	// for merges that need a nearby sentence
	lastArt, lastSen int
}

func newCluster(r *report, label string) *cluster {
	cl := &cluster{root: r.actRoot(), label: label, mod: modClass(r.mod), speech: r.speech()}
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
	if (r.dated || r.anchored) && (!cl.dated || betterDate(r.when, cl.when)) {
		cl.when, cl.secs, cl.dated = r.when, r.secs, true
	}
	if r.day != 0 && (cl.day == 0 || r.day < cl.day) {
		cl.day = r.day
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

// datesFit reports whether report r and cluster cl can be one event in time.
func (cl *cluster) datesFit(r *report) bool {
	rd := r.dated || r.anchored
	switch {
	case rd && cl.dated:
		return r.secs.start < cl.secs.end && cl.secs.start < r.secs.end
	case rd:
		return fitsReport(r.secs, cl.day, cl.mod)
	case cl.dated:
		return fitsReport(cl.secs, r.day, cl.mod)
	}
	if r.day == 0 || cl.day == 0 {
		return true
	}
	d := r.day - cl.day
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
// one is unknown, they share an actor, or, for done acts, a country.
func sideFits(a, b []*model.Actor, byCountry bool) (ok, shared bool) {
	if len(a) == 0 || len(b) == 0 {
		return true, false
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return true, true
		}
	}
	if !byCountry {
		return false, false
	}
	for _, x := range a {
		for _, y := range b {
			if x.Country != "" && x.Country == y.Country {
				return true, false
			}
		}
	}
	return false, false
}

// fits reports whether report r, an act of the given type label, tells of
// the event of cluster cl.
func (cl *cluster) fits(r *report, label string) bool {
	if r.actRoot() != cl.root || modClass(r.mod) != cl.mod || r.speech() != cl.speech {
		return false
	}
	// without an actor in common, only the same kind of done act can
	// merge, by country; test that before the dearer checks
	common := false
	for _, list := range [][]*model.Actor{r.src, r.tgt, r.others} {
		for _, a := range list {
			if slices.Contains(cl.actors, a) {
				common = true
			}
		}
	}
	byCountry := cl.mod == 0 && !cl.speech
	if !common && (!byCountry || label != cl.label) {
		return false
	}
	if !cl.datesFit(r) || !cl.placesFit(r) {
		return false
	}
	var sharedS, sharedT bool
	if r.ent.symmetric {
		// both sides act alike: any participant in common will do, and a
		// third party may join ("held talks with Faisal")
		ok, shared := sideFits(append(append([]*model.Actor{}, r.src...), r.tgt...), cl.actors, byCountry)
		if !ok {
			return false
		}
		sharedS = shared
	} else {
		okS, shS := sideFits(r.src, cl.src, byCountry)
		okT, shT := sideFits(r.tgt, cl.actors, byCountry)
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

// mergeKey indexes clusters by act root, actor country (or id) and week,
// so a report is only compared with clusters that could match it.
type mergeKey struct {
	root  uint8
	actor int32
	week  int32
}

// weeks returns the weeks a date touches, at most eight.
func weeks(d model.Date) (from, to int32) {
	if d.IsZero() {
		return -1, -1
	}
	w := func(t time.Time) int32 { return int32(t.Unix() / (7 * 24 * 3600)) }
	from = w(d.Start)
	to = w(d.End.Add(-time.Nanosecond))
	if to < from {
		to = from
	}
	return from, min(to, from+8)
}

// keyer numbers actor keys (a country, else an actor id) for the index.
type keyer struct {
	byActor map[*model.Actor]int32
	byKey   map[string]int32
}

func newKeyer() *keyer {
	return &keyer{byActor: map[*model.Actor]int32{}, byKey: map[string]int32{}}
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

// indexKeys lists where a cluster that took report r is filed: under the
// root, each participant's actor key and each week of the report's date.
func (k *keyer) indexKeys(r *report, out []mergeKey) []mergeKey {
	out = out[:0]
	from, to := weeks(r.when)
	root := rootNo(r)
	for _, list := range [][]*model.Actor{r.src, r.tgt, r.others} {
		for _, a := range list {
			id := k.of(a)
			for w := from; w <= to; w++ {
				if mk := (mergeKey{root, id, w}); !slices.Contains(out, mk) {
					out = append(out, mk)
				}
			}
		}
	}
	return out
}

// lookupKeys lists where clusters that may take report r are filed. A
// directed act must share its first actor's side (by id or country) with
// the cluster, so that actor's key is enough; a week of slack either side
// lets an undated Wednesday report find Monday's meeting.
func (k *keyer) lookupKeys(r *report, out []mergeKey) []mergeKey {
	out = out[:0]
	from, to := weeks(r.when)
	if from >= 0 {
		from, to = from-1, to+1
	}
	root := rootNo(r)
	add := func(a *model.Actor) {
		id := k.of(a)
		for w := from; w <= to; w++ {
			if mk := (mergeKey{root, id, w}); !slices.Contains(out, mk) {
				out = append(out, mk)
			}
		}
	}
	switch {
	case r.ent.symmetric:
		for _, list := range [][]*model.Actor{r.src, r.tgt} {
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

// merge groups reports into events and numbers them.
func (c *Coder) merge(corpus *model.Corpus, reps []*report) []*model.Event {
	var clusters []*cluster
	index := map[mergeKey][]*cluster{}
	var keys []mergeKey
	kr := newKeyer()
	gen := 0
	for _, r := range reps {
		if r.dropped {
			continue
		}
		if r.alias != nil {
			if cl := r.root().cl; cl != nil {
				r.secs, r.day = secsOf(r.when), daySecsOf(r.reportDate)
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
		label := c.Label(r.act)
		r.secs, r.day = secsOf(r.when), daySecsOf(r.reportDate)
		keys = kr.lookupKeys(r, keys)
	search:
		for _, k := range keys {
			list := index[k]
			for i := len(list) - 1; i >= max(len(list)-maxCandidates, 0); i-- {
				cl := list[i]
				if cl.seen == gen {
					continue
				}
				cl.seen = gen
				if cl.fits(r, label) {
					found = cl
					break search
				}
			}
		}
		if found == nil {
			found = newCluster(r, label)
			clusters = append(clusters, found)
		} else {
			found.add(r)
		}
		r.cl = found
		keys = kr.indexKeys(r, keys)
		for _, k := range keys {
			list := index[k]
			if len(list) == 0 || list[len(list)-1] != found {
				index[k] = append(list, found)
			}
		}
	}
	out := make([]*model.Event, 0, len(clusters))
	canon := canonical(corpus)
	for i, cl := range clusters {
		ev := c.event(corpus, canon, cl.reps)
		ev.ID = "e" + strconv.Itoa(i+1)
		out = append(out, ev)
	}
	return out
}

// event builds the model event of one or more reports of it. The first
// report gives the sentence and the trigger; the best stated date wins.
func (c *Coder) event(corpus *model.Corpus, canon []int, reps []*report) *model.Event {
	first := reps[0]
	art := corpus.Articles[first.art]
	ev := &model.Event{
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
	code, codeRep, n := first.code, first, 0
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
	ev.Code = code
	ev.RootCode = code[:2]
	ev.Goldstein, _ = c.Goldstein(code)
	ev.Type = c.Label(codeRep.act)
	// participants, in order of first mention
	var src, tgt, all []*model.Actor
	for _, r := range reps {
		if !r.ent.anaphoric {
			// "X was also there" adds a participant, not a side
			src = append(src, r.src...)
			tgt = append(tgt, r.tgt...)
		}
		for _, a := range r.src {
			all = appendActor(all, a)
		}
		for _, a := range r.tgt {
			all = appendActor(all, a)
		}
		for _, a := range r.others {
			all = appendActor(all, a)
		}
		if !r.reportDate.IsZero() && (ev.ReportDate.IsZero() || r.reportDate.Before(ev.ReportDate)) {
			ev.ReportDate = r.reportDate
		}
	}
	src, tgt = unique(src), unique(tgt)
	if first.ent.symmetric && len(src) > 0 {
		src, tgt = sidesLike(src, tgt, first.src)
	}
	tgt = without(tgt, src)
	ev.Source, ev.Target, ev.Actors = ids(src), ids(tgt), ids(all)
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
	if len(reps) > 1 {
		ordered = append([]*report(nil), reps...)
		sort.SliceStable(ordered, func(a, b int) bool {
			if ordered[a].art != ordered[b].art {
				return ordered[a].art < ordered[b].art
			}
			return ordered[a].sent.Start < ordered[b].sent.Start
		})
	}
	var texts []int
	for i, r := range ordered {
		if i > 0 && r.art == ordered[i-1].art && r.sent == ordered[i-1].sent {
			continue
		}
		ev.Sources = append(ev.Sources, model.SourceRef{Article: r.artID, Start: r.sent.Start, End: r.sent.End})
		// the same text twice (a copied wire story) is one source
		if t := canon[r.art]; !slices.Contains(texts, t) {
			texts = append(texts, t)
		}
	}
	ev.SourceCount = len(texts)
	return ev
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
func sidesLike(src, tgt, first []*model.Actor) (a, b []*model.Actor) {
	side := func(country string) bool {
		for _, x := range first {
			if x.Country == country {
				return true
			}
		}
		return false
	}
	for _, x := range append(append([]*model.Actor{}, src...), tgt...) {
		if side(x.Country) || x.Country == "" && slices.Contains(src, x) {
			a = appendActor(a, x)
		} else {
			b = appendActor(b, x)
		}
	}
	return a, b
}

func unique(list []*model.Actor) []*model.Actor {
	var out []*model.Actor
	for _, a := range list {
		out = appendActor(out, a)
	}
	return out
}

func ids(list []*model.Actor) []string {
	if len(list) == 0 {
		return nil
	}
	out := make([]string, len(list))
	for i, a := range list {
		out[i] = a.ID
	}
	return out
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
	reps := c.collect(corpus, Options{KeepActorless: true})
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
