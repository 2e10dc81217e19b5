package export

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/timeml"
)

// WriteTimeML writes the TimeML document of one article of c: its text in
// TEXT with a TIMEX3 around every temporal expression (model/timeml's
// writer), the publication day as the DCT, and an EVENT around each
// event's trigger word with a MAKEINSTANCE after the text. A trigger that
// overlaps a timex or another trigger is left untagged, so the markup
// stays well formed; skipped counts them.
func WriteTimeML(w io.Writer, c *model.Corpus, a *model.Article) (skipped int, err error) {
	if a.Text == "" {
		return 0, fmt.Errorf("article %s has no text (events imported from GDELT or ICEWS have none)", a.ID)
	}
	var txs []model.Timex
	for _, tx := range c.Timexes {
		if tx.Article == a.ID {
			txs = append(txs, tx)
		}
	}
	slices.SortStableFunc(txs, func(x, y model.Timex) int { return x.Start - y.Start })
	type trigger struct {
		start, end int
		ev         *model.Event
	}
	var trs []trigger
	for _, e := range c.Events {
		if e.Article != a.ID || e.TriggerEnd <= e.TriggerStart {
			continue
		}
		if e.TriggerStart < 0 || e.TriggerEnd > len(a.Text) {
			skipped++
			continue
		}
		trs = append(trs, trigger{e.TriggerStart, e.TriggerEnd, e})
	}
	slices.SortStableFunc(trs, func(x, y trigger) int { return x.start - y.start })
	// Keep the triggers that overlap no timex and no earlier trigger.
	kept := trs[:0]
	ti := 0
	lastEnd := -1
	for _, tr := range trs {
		for ti < len(txs) && txs[ti].End <= tr.start {
			ti++
		}
		if tr.start < lastEnd || ti < len(txs) && txs[ti].Start < tr.end {
			skipped++
			continue
		}
		kept = append(kept, tr)
		lastEnd = tr.end
	}
	ew := &errWriter{w: w}
	dctID := timeml.WritePlainHeader(ew, a.Published)
	tid, pos := 0, 0
	for i, tr := range kept {
		tid = timeml.WritePlainText(ew, a.Text[pos:tr.start], pos, within(txs, pos, tr.start), dctID, tid)
		fmt.Fprintf(ew, `<EVENT eid="e%d" class="%s">`, i+1, eventClass(tr.ev))
		xmlText.WriteString(ew, a.Text[tr.start:tr.end])
		io.WriteString(ew, "</EVENT>")
		pos = tr.end
	}
	timeml.WritePlainText(ew, a.Text[pos:], pos, within(txs, pos, len(a.Text)), dctID, tid)
	if len(kept) == 0 {
		timeml.WritePlainFooter(ew)
		return skipped, ew.err
	}
	io.WriteString(ew, "</TEXT>\n")
	for i, tr := range kept {
		pol := "POS"
		if tr.ev.Modality == model.Negated {
			pol = "NEG"
		}
		fmt.Fprintf(ew, `<MAKEINSTANCE eiid="ei%d" eventID="e%d" tense="NONE" aspect="NONE" polarity="%s" pos="UNKNOWN"/>`+"\n", i+1, i+1, pol)
	}
	io.WriteString(ew, "</TimeML>\n")
	return skipped, ew.err
}

// within returns the timexes wholly inside [from, to).
func within(txs []model.Timex, from, to int) []model.Timex {
	i := 0
	for i < len(txs) && txs[i].Start < from {
		i++
	}
	j := i
	for j < len(txs) && txs[j].End <= to {
		j++
	}
	return txs[i:j]
}

// eventClass is the TimeML class of an event: statements report, intents
// are intensional actions, the rest occur.
func eventClass(e *model.Event) string {
	switch {
	case strings.HasPrefix(e.RootCode, "01"), e.RootCode == "02":
		return "REPORTING"
	case e.RootCode == "03":
		return "I_ACTION"
	}
	return "OCCURRENCE"
}

var xmlText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// errWriter keeps the first write error, so a document is written
// without checking every call.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

// TimeMLNames gives each article with text a distinct .tml file name made
// from its own file name ("riyadh.txt" → "riyadh.tml"; a feed's third
// item "feed.rss#3" → "feed-3.tml").
func TimeMLNames(arts []*model.Article) map[*model.Article]string {
	out := map[*model.Article]string{}
	used := map[string]bool{}
	for _, a := range arts {
		if a.Text == "" {
			continue
		}
		base := filepath.Base(strings.ReplaceAll(a.Path, "#", "-"))
		base = strings.TrimSuffix(base, filepath.Ext(base))
		if i := strings.LastIndexByte(a.Path, '#'); i >= 0 {
			b := filepath.Base(a.Path[:i])
			base = strings.TrimSuffix(b, filepath.Ext(b)) + "-" + a.Path[i+1:]
		}
		base = strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == ':' || r < ' ' {
				return '-'
			}
			return r
		}, base)
		if base == "" || base == "." {
			base = a.ID
		}
		name := base + ".tml"
		for n := 2; used[name]; n++ {
			name = fmt.Sprintf("%s-%d.tml", base, n)
		}
		used[name] = true
		out[a] = name
	}
	return out
}

// ErrNoText is returned when no article has text to write as TimeML.
var ErrNoText = errors.New("no article has text (imported GDELT or ICEWS events have none)")
