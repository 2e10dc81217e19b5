package project

import (
	"fmt"
	"strings"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/events"
)

// Apply replays corrections on a freshly extracted corpus, in order. A
// correction that no longer fits (its article is gone, its event no longer
// found) is reported and skipped; the others still apply.
func Apply(c *model.Corpus, cs []Correction) []error { return apply(c, cs, nil) }

// Apply replays the project's corrections on c, matching the article
// paths they name relative to the project.
func (p *Project) Apply(c *model.Corpus) []error { return apply(c, p.Corrections, p.Relative) }

// apply is Apply where corrections name articles by rel(path) (paths
// relative to the project).
func apply(c *model.Corpus, cs []Correction, rel func(string) string) []error {
	byPath := map[string]string{}
	for _, a := range c.Articles {
		byPath[a.Path] = a.ID
		if rel != nil {
			byPath[rel(a.Path)] = a.ID
		}
	}
	find := func(path string, start, trigger int) *model.Event {
		id, ok := byPath[path]
		if !ok {
			return nil
		}
		return c.EventAt(id, start, trigger)
	}
	var errs []error
	for i, k := range cs {
		fail := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("correction %d (%s): %s", i+1, k.Kind, fmt.Sprintf(format, args...)))
		}
		var ev *model.Event
		if k.Kind == SplitEvent {
			// The report to split out belongs to a merged event, which may
			// not be the event whose own sentence starts there.
			id := byPath[k.Article]
			for _, e := range c.Events {
				for _, s := range e.Sources {
					if len(e.Sources) > 1 && s.Article == id && s.Start == k.Start {
						ev = e
					}
				}
			}
			if ev == nil {
				fail("no merged event holds the report at %s, offset %d", k.Article, k.Start)
				continue
			}
		} else if k.Event != "" {
			if ev = c.EventByID(k.Event); ev == nil {
				fail("event %s is no longer in the data", k.Event)
				continue
			}
		} else if k.Article != "" {
			if ev = find(k.Article, k.Start, k.Trigger); ev == nil {
				fail("the event reported at %s, offset %d, is no longer found", k.Article, k.Start)
				continue
			}
		}
		needEvent := func() bool {
			if ev == nil {
				fail("it names no event")
				return false
			}
			return true
		}
		var err error
		switch k.Kind {
		case RenameActor:
			err = c.RenameActor(k.Actor, k.Value)
		case MergeActors:
			err = c.MergeActors(k.Actor, k.Value)
		case SplitEvent:
			if !needEvent() {
				continue
			}
			idx := -1
			for j, s := range ev.Sources {
				if byPath[k.Article] == s.Article && s.Start == k.Start {
					idx = j
				}
			}
			if idx < 0 {
				fail("that report is already an event of its own")
				continue
			}
			if events.Split(c, ev, idx) == nil {
				fail("the split failed")
			}
		case EventDate:
			if !needEvent() {
				continue
			}
			var d model.Date
			d, err = ParseRange(k.Value)
			if err == nil {
				err = c.SetEventDate(ev.ID, d)
			}
		case EventType:
			if !needEvent() {
				continue
			}
			err = c.SetEventType(ev.ID, k.Value, k.Code, k.Goldstein)
		case EventActors:
			if !needEvent() {
				continue
			}
			err = c.SetEventActors(ev.ID, k.Values)
		case DeleteEvent:
			if !needEvent() {
				continue
			}
			err = c.DeleteEvent(ev.ID)
		case MergeEvents:
			if !needEvent() {
				continue
			}
			into := find(k.Into, k.IntoStart, k.IntoTrig)
			if k.IntoEvent != "" {
				into = c.EventByID(k.IntoEvent)
			}
			if into == nil {
				fail("the event it was merged into (%s, offset %d) is no longer found", k.Into, k.IntoStart)
				continue
			}
			err = c.MergeEvents(ev.ID, into.ID)
		default:
			fail("unknown kind of correction")
			continue
		}
		if err != nil {
			fail("%v", err)
		}
	}
	return errs
}

// ParseRange reads a date as the analyst types it: YYYY-MM-DD, YYYY-MM,
// YYYY, or two of those joined by "/" (a range, both ends included).
func ParseRange(s string) (model.Date, error) {
	a, b, isRange := strings.Cut(strings.TrimSpace(s), "/")
	d, err := model.ParseDay(a)
	if err != nil {
		return model.Date{}, err
	}
	if isRange {
		e, err := model.ParseDay(b)
		if err != nil {
			return model.Date{}, err
		}
		if !e.End.After(d.Start) {
			return model.Date{}, fmt.Errorf("%q ends before it starts", s)
		}
		d.End = e.End
		if e.Gran < d.Gran {
			d.Gran = e.Gran
		}
	}
	return d, nil
}

// FormatRange writes a date for ParseRange.
func FormatRange(d model.Date) string {
	return d.String()
}
