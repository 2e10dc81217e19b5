// Package model holds Parley's domain types: articles, the temporal
// expressions, actors and events found in them, and the Corpus that ties
// them together. It knows nothing about drawing or user interfaces; the
// extraction stages live in sub-packages (timex, actors, events, extract).
package model

import (
	"time"
)

// Article is one news text. Offsets anywhere in the model are byte offsets
// into Text.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Published is the publication day (UTC midnight); zero when unknown.
	Published time.Time `json:"-"`
	// DateSource says where Published came from: "metadata", "dateline",
	// "front matter", "user", "--dct", or "" when unknown.
	DateSource string `json:"date_source,omitempty"`
	Path       string `json:"path"`
	URL        string `json:"url,omitempty"`
	Text       string `json:"-"`
}

// HasDate reports whether the article's publication date is known.
func (a *Article) HasDate() bool { return !a.Published.IsZero() }

// Timex is a temporal expression found in an article, normalised to a
// TIMEX3 value against the article's publication date.
type Timex struct {
	ID      string `json:"id,omitempty"`
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is a TimeML TIMEX3 value: 2025-02-18, 2025-W08, 2025-02-17TNI, P3Y, PAST_REF…
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
	Quant string `json:"quant,omitempty"`
	Freq  string `json:"freq,omitempty"`
	// Implied is true when the value was worked out from the reference date
	// ("Tuesday", "last year") rather than stated in full ("18 February 2025").
	Implied bool `json:"implied,omitempty"`
	// Span is the calendar range the value covers; zero for durations and
	// sets and for values that could not be anchored.
	Span Date `json:"-"`
}

// Actor kinds.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindOrganization = "organization"
	KindLocation     = "location"
	KindMedia        = "media"
)

// Actor is one real-world participant (person, country, organisation…),
// with every mention of it across the corpus.
type Actor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	// Country is the ISO 3166-1 alpha-3 code of the actor's country
	// (its own code for a country), or "" when unknown.
	Country  string    `json:"country"`
	Role     string    `json:"role"`
	Aliases  []string  `json:"aliases,omitempty"`
	Mentions []Mention `json:"mentions"`
	// Generic marks a kind of actor rather than a named one ("police",
	// "protesters", "the government" of no stated country), as event data
	// such as GDELT codes them. Country lanes leave generic actors without
	// a country out rather than giving each its own lane.
	Generic bool `json:"generic,omitempty"`
}

// Mention is one place an actor is named.
type Mention struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	// Form says how the actor is named here: name, surname, abbreviation,
	// demonym, metonym, title or alias.
	Form string `json:"form,omitempty"`
	// NER is the entity type this mention plays in context (PER, ORG, LOC)
	// when it differs from what the actor's kind implies.
	NER string `json:"ner,omitempty"`
	// Confidence in [0,1]; omitted means certain.
	Confidence float64 `json:"confidence,omitempty"`
}

// Modalities of an event.
const (
	Asserted = "asserted"
	Planned  = "planned"
	Possible = "possible"
	Negated  = "negated"
)

// SourceRef points at one report of an event: a sentence in an article.
type SourceRef struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Event is one diplomatic development: who did what to whom, and when.
type Event struct {
	ID       string `json:"id"`
	Article  string `json:"article"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence string `json:"sentence"`
	// When is the time the event happened (not when it was reported).
	When Date `json:"-"`
	// DateInferred is true when no temporal expression dated the event and
	// the report date (or a neighbouring event) was used instead.
	DateInferred bool `json:"date_inferred"`
	// Type is a short human label: meeting, statement, visit, agreement…
	Type string `json:"type"`
	// Actors are the ids of every participant.
	Actors    []string `json:"actors"`
	Location  string   `json:"location"`
	Code      string   `json:"code,omitempty"`
	RootCode  string   `json:"root_code,omitempty"`
	Goldstein float64  `json:"goldstein"`
	Source    []string `json:"source,omitempty"`
	Target    []string `json:"target,omitempty"`
	Modality  string   `json:"modality,omitempty"`
	// ReportDate is the publication day of the reporting article.
	ReportDate time.Time   `json:"-"`
	Sources    []SourceRef `json:"sources,omitempty"`
	// Trigger is the word or phrase that signals the event, as offsets.
	TriggerStart int    `json:"trigger_start,omitempty"`
	TriggerEnd   int    `json:"trigger_end,omitempty"`
	Trigger      string `json:"trigger,omitempty"`
	// SourceCount is the number of distinct reports merged into the event
	// (GDELT's NumSources for imported events).
	SourceCount int    `json:"source_count,omitempty"`
	URL         string `json:"url,omitempty"`
}

// Root is the CAMEO root code: RootCode, or the first two digits of Code
// when only the code is set; "" when neither is.
func (e *Event) Root() string {
	if e.RootCode == "" && len(e.Code) >= 2 {
		return e.Code[:2]
	}
	return e.RootCode
}

// Corpus is everything Parley knows about a set of articles. It is also the
// JSON document `parley extract` prints and Parley reads back.
type Corpus struct {
	Articles []*Article `json:"articles"`
	Timexes  []Timex    `json:"timexes"`
	Actors   []*Actor   `json:"actors"`
	Events   []*Event   `json:"events"`
}

// ArticleByID returns the article with the given id, or nil.
func (c *Corpus) ArticleByID(id string) *Article {
	for _, a := range c.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// ActorIndex maps actor ids to actors.
func (c *Corpus) ActorIndex() map[string]*Actor {
	m := make(map[string]*Actor, len(c.Actors))
	for _, a := range c.Actors {
		m[a.ID] = a
	}
	return m
}
