package events

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

// The lexicon's examples mark what the earlier stages would find:
// [Name|kind|CTY] an actor mention, {text|value} a date expression. These
// helpers turn such a text into a corpus, so the coder is tested on its
// own, whatever the actor and date finders do.

var markRe = regexp.MustCompile(`\[([^\]|]+)((?:\|[^\]|]+)*)\]|\{([^}|]+)\|([^}]+)\}`)

var kinds = map[string]string{
	"person": model.KindPerson, "country": model.KindCountry, "place": model.KindLocation,
	"org": model.KindOrganization, "media": model.KindMedia,
}

// annotatedArticle adds one annotated text to corpus as an article.
func annotatedArticle(t testing.TB, corpus *model.Corpus, id, s, dct string) {
	t.Helper()
	art := &model.Article{ID: id}
	if dct != "" {
		d, err := model.ParseDay(dct)
		if err != nil {
			t.Fatalf("example %q: dct: %v", s, err)
		}
		art.Published = d.Start
	}
	byName := map[string]*model.Actor{}
	for _, a := range corpus.Actors {
		byName[a.Name] = a
	}
	var b strings.Builder
	last := 0
	for _, m := range markRe.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		last = m[1]
		if m[2] >= 0 { // an actor
			name := s[m[2]:m[3]]
			kind, country := model.KindPerson, ""
			for _, p := range strings.Split(s[m[4]:m[5]], "|")[1:] {
				switch {
				case kinds[p] != "":
					kind = kinds[p]
				case len(p) == 3 && strings.ToUpper(p) == p:
					country = p
				default:
					t.Fatalf("example %q: %q is neither a kind (%v) nor a country code", s, p, kinds)
				}
			}
			if kind == model.KindCountry && country == "" {
				country = strings.ToUpper(name[:3])
			}
			a := byName[name]
			if a == nil {
				a = &model.Actor{ID: slug(name), Name: name, Kind: kind, Country: country}
				byName[name] = a
				corpus.Actors = append(corpus.Actors, a)
			}
			start := b.Len()
			b.WriteString(name)
			a.Mentions = append(a.Mentions, model.Mention{Article: id, Start: start, End: b.Len(), Text: name})
			continue
		}
		// a date expression
		txt, val := s[m[6]:m[7]], s[m[8]:m[9]]
		start := b.Len()
		b.WriteString(txt)
		tx := model.Timex{Article: id, Start: start, End: b.Len(), Text: txt, Type: "DATE", Value: val}
		from, to, rng := strings.Cut(val, "/")
		d, err := model.ParseDay(from)
		if err != nil {
			t.Fatalf("example %q: date %q: %v", s, val, err)
		}
		if rng {
			e, err := model.ParseDay(to)
			if err != nil {
				t.Fatalf("example %q: date %q: %v", s, val, err)
			}
			d.End, d.Fuzzy = e.End, true
		}
		tx.Span = d
		corpus.Timexes = append(corpus.Timexes, tx)
	}
	b.WriteString(s[last:])
	art.Text = b.String()
	corpus.Articles = append(corpus.Articles, art)
}

func annotated(t testing.TB, s, dct string) *model.Corpus {
	t.Helper()
	c := &model.Corpus{}
	annotatedArticle(t, c, "a1", s, dct)
	return c
}

func slug(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '.' {
			return '-'
		}
		return r
	}, strings.ToLower(s))
}

// names maps actor ids back to the names written in the example.
func names(c *model.Corpus, ids []string) []string {
	idx := c.ActorIndex()
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if a := idx[id]; a != nil {
			out = append(out, a.Name)
		} else {
			out = append(out, id)
		}
	}
	return out
}

// describe prints the events of a corpus for failure messages.
func describe(c *model.Corpus, sents []Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		for i, e := range s.Events {
			main := " "
			if i == s.Main {
				main = "*"
			}
			fmt.Fprintf(&b, "\n  %s %s %s %q src=%v tgt=%v mod=%s when=%s loc=%s", main, e.Code, e.Type, e.Trigger,
				names(c, e.Source), names(c, e.Target), e.Modality, e.When, e.Location)
		}
	}
	if b.Len() == 0 {
		return " (no events)"
	}
	return b.String()
}

func dayOf(t testing.TB, s string) time.Time {
	d, err := model.ParseDay(s)
	if err != nil {
		t.Fatal(err)
	}
	return d.Start
}
