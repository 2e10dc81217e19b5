package ui

import (
	"fmt"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/timeline"
)

// Detail is the pane that explains the selected event: when, what, who,
// where, from which reports, and the sentence in its article.
type Detail struct {
	widget.BaseWidget
	heading *widget.Label
	facts   *widget.RichText
	text    *widget.RichText
	scroll  *container.Scroll // the article text
	top     *fyne.Container   // heading, facts and actions
	layout  *fyne.Container
	actions *fyne.Container // buttons shown with an event
	// OnRename and OnMerge are called by the actor buttons, OnSplit by
	// the button that splits a merged event.
	OnRename, OnMerge, OnSplit func()
	split                      *widget.Button
	// OnSetDate is called to set the publication date of the article shown.
	OnSetDate func(a *model.Article)
	setDate   *widget.Button
	article   *model.Article
	// Event is the event shown, or nil.
	Event *model.Event
}

// NewDetail returns an empty detail pane.
func NewDetail() *Detail {
	d := &Detail{heading: widget.NewLabel(""), facts: widget.NewRichText(), text: widget.NewRichText()}
	d.heading.TextStyle.Bold = true
	d.heading.Wrapping = fyne.TextWrapWord
	d.facts.Wrapping = fyne.TextWrapWord
	d.text.Wrapping = fyne.TextWrapWord
	// The facts stay in view while the article text below scrolls to the
	// sentence.
	d.split = widget.NewButton("Split…", func() {
		if d.OnSplit != nil {
			d.OnSplit()
		}
	})
	d.setDate = widget.NewButton("Set publication date…", func() {
		if d.OnSetDate != nil && d.article != nil {
			d.OnSetDate(d.article)
		}
	})
	d.setDate.Hide()
	d.actions = container.NewHBox(
		widget.NewButton("Rename actor…", func() {
			if d.OnRename != nil {
				d.OnRename()
			}
		}),
		widget.NewButton("Merge actors…", func() {
			if d.OnMerge != nil {
				d.OnMerge()
			}
		}), d.split)
	d.top = container.NewVBox(d.heading, d.facts, d.actions, d.setDate, widget.NewSeparator())
	d.scroll = container.NewVScroll(d.text)
	d.layout = container.NewBorder(d.top, nil, nil, nil, d.scroll)
	d.ExtendBaseWidget(d)
	d.Clear()
	return d
}

// CreateRenderer implements fyne.Widget.
func (d *Detail) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(d.layout)
}

// Clear shows the hint for an empty selection.
func (d *Detail) Clear() {
	d.Event = nil
	d.article = nil
	d.actions.Hide()
	d.setDate.Hide()
	d.heading.SetText("No event selected")
	d.facts.Segments = []widget.RichTextSegment{plain("Click a mark on the timeline, or press N for the first event. Hover for a summary; double-click to zoom in.")}
	d.facts.Refresh()
	d.text.Segments = nil
	d.text.Refresh()
}

// ShowEvent fills the pane with ev.
func (d *Detail) ShowEvent(ev *model.Event, c *model.Corpus) {
	d.Event = ev
	d.article = nil
	d.setDate.Hide()
	d.actions.Show()
	if len(ev.Sources) > 1 {
		d.split.Show()
	} else {
		d.split.Hide()
	}
	actors := c.ActorIndex()
	d.heading.SetText(timeline.ItemLabel(ev, actors))
	var segs []widget.RichTextSegment
	field := func(name, value string) {
		if value == "" {
			return
		}
		segs = append(segs, &widget.TextSegment{Text: name + ": ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: value, Style: widget.RichTextStyleParagraph})
	}
	date := ev.When.String()
	if date == "" {
		date = "unknown (the article has no date)"
	} else {
		date += " (" + ev.When.Gran.String()
		if ev.When.Fuzzy {
			date += ", approximate"
		}
		date += ")"
	}
	if ev.DateInferred {
		date += " — inferred from the report date"
	}
	field("When", date)
	if !ev.ReportDate.IsZero() {
		field("Reported", ev.ReportDate.Format("Mon 2 Jan 2006"))
	}
	kind := ev.Type
	if ev.Code != "" {
		kind += fmt.Sprintf(" · CAMEO %s", ev.Code)
	}
	if ev.Code != "" || ev.Goldstein != 0 {
		kind += fmt.Sprintf(" · Goldstein %+.1f", ev.Goldstein)
	}
	field("What", kind)
	if ev.Modality != "" && ev.Modality != model.Asserted {
		field("Modality", ev.Modality)
	}
	field("Who", actorList(ev.Actors, actors))
	if len(ev.Source) > 0 {
		field("Source", actorList(ev.Source, actors))
	}
	if len(ev.Target) > 0 {
		field("Target", actorList(ev.Target, actors))
	}
	loc := ev.Location
	if a := actors[loc]; a != nil {
		loc = a.Name
	}
	field("Where", loc)
	if n := len(ev.Sources); n > 1 {
		// One line per article, with how many of its sentences report it.
		var order []string
		count := map[string]int{}
		for _, s := range ev.Sources {
			if count[s.Article] == 0 {
				order = append(order, s.Article)
			}
			count[s.Article]++
		}
		var lines []string
		for _, id := range order {
			title := id
			if a := c.ArticleByID(id); a != nil {
				title = a.Title
				if a.HasDate() {
					title += " (" + a.Published.Format("2 Jan") + ")"
				}
			}
			if count[id] > 1 {
				title += fmt.Sprintf(" — %d sentences", count[id])
			}
			lines = append(lines, "• "+title)
		}
		field(fmt.Sprintf("Reported %d times in %d articles", n, len(order)), "\n"+strings.Join(lines, "\n"))
	}
	if ev.SourceCount > 1 && len(ev.Sources) <= 1 {
		field("Sources", fmt.Sprintf("%d (as counted by the event data)", ev.SourceCount))
	}
	if ev.URL != "" {
		segs = append(segs, &widget.TextSegment{Text: "Source URL: ", Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}})
		if u, err := url.Parse(ev.URL); err == nil && u.Scheme != "" {
			segs = append(segs, &widget.HyperlinkSegment{Text: ev.URL, URL: u})
		} else {
			segs = append(segs, &widget.TextSegment{Text: ev.URL, Style: widget.RichTextStyleParagraph})
		}
	}
	d.facts.Segments = segs
	d.facts.Refresh()
	d.showText(c.ArticleByID(ev.Article), ev.Start, ev.End)
}

// ShowArticle shows an article's text and date.
func (d *Detail) ShowArticle(a *model.Article, c *model.Corpus) {
	d.Event = nil
	d.article = a
	d.actions.Hide()
	d.setDate.Show()
	if a.HasDate() {
		d.setDate.SetText("Correct the publication date…")
	} else {
		d.setDate.SetText("Set publication date…")
	}
	d.heading.SetText(a.Title)
	date := "⚠ No publication date: its relative dates cannot be placed."
	if a.HasDate() {
		date = "Published " + a.Published.Format("Monday 2 January 2006")
		if a.DateSource != "" {
			date += " (from " + a.DateSource + ")"
		}
	}
	d.facts.Segments = []widget.RichTextSegment{plain(date), plain(a.Path)}
	d.facts.Refresh()
	d.showText(a, 0, 0)
}

// showText shows the article with [start, end) highlighted and scrolls
// near it.
func (d *Detail) showText(a *model.Article, start, end int) {
	if a == nil || a.Text == "" {
		d.text.Segments = nil
		d.text.Refresh()
		return
	}
	t := a.Text
	start, end = max(0, min(start, len(t))), max(0, min(end, len(t)))
	var segs []widget.RichTextSegment
	segs = append(segs, &widget.TextSegment{Text: "From “" + a.Title + "”", Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}, ColorName: theme.ColorNamePlaceHolder}})
	paras := func(s string, hl bool) {
		for i, p := range strings.Split(s, "\n") {
			style := widget.RichTextStyleInline
			if hl {
				style = widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
			}
			if i > 0 {
				segs = append(segs, &widget.TextSegment{Text: "", Style: widget.RichTextStyleParagraph})
			}
			if p != "" {
				segs = append(segs, &widget.TextSegment{Text: p, Style: style})
			}
		}
	}
	paras(strings.TrimLeft(t[:start], " \n"), false)
	if end > start {
		paras(t[start:end], true)
	}
	paras(t[end:], false)
	d.text.Segments = segs
	d.text.Refresh()
	if end > start && len(t) > 0 {
		// Scroll so the highlighted sentence is in the upper third.
		d.scroll.Refresh()
		frac := float32(start) / float32(len(t))
		h := d.scroll.Content.MinSize().Height
		d.scroll.Offset = fyne.NewPos(0, max(0, frac*h-d.scroll.Size().Height/3))
		d.scroll.Refresh()
	} else {
		d.scroll.ScrollToTop()
	}
}

func plain(s string) widget.RichTextSegment {
	return &widget.TextSegment{Text: s, Style: widget.RichTextStyleParagraph}
}

// actorList names actors with role and country: "Marco Rubio (Secretary of State, USA)".
func actorList(ids []string, idx map[string]*model.Actor) string {
	var out []string
	for _, id := range ids {
		a := idx[id]
		if a == nil {
			out = append(out, id)
			continue
		}
		var extra []string
		if a.Role != "" {
			extra = append(extra, a.Role)
		}
		if a.Country != "" && a.Country != a.ID {
			extra = append(extra, a.Country)
		}
		if len(extra) > 0 {
			out = append(out, a.Name+" ("+strings.Join(extra, ", ")+")")
		} else {
			out = append(out, a.Name)
		}
	}
	return strings.Join(out, "; ")
}
