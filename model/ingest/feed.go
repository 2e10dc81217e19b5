package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/parley-app/parley/model"
)

// RSS and Atom feeds are read with gofeed, which knows the many dialects
// (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, Dublin Core dates). Each item is an
// article: its title, link and publication date, and its content (else its
// description) as plain text.

// loadFeed reads an RSS or Atom feed: one article per item.
func (r *Result) loadFeed(raw []byte, shown string) {
	arts, errs := ReadFeed(raw, shown)
	r.Articles = append(r.Articles, arts...)
	r.Errors = append(r.Errors, errs...)
}

// ReadFeed reads the items of an RSS or Atom feed as articles. Items
// without text are reported as *FileError with their 1-based number and
// skipped; a file that is no feed, or a feed without items, is one error.
func ReadFeed(raw []byte, path string) ([]*model.Article, []error) {
	fail := func(err error) []error { return []error{&FileError{Path: path, Err: err}} }
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, fail(errors.New("file is empty"))
	}
	if looksBinary(raw) {
		return nil, fail(errors.New("not an RSS or Atom feed (binary data)"))
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, fail(errors.New("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> at the top)"))
		}
		return nil, fail(fmt.Errorf("broken feed: %v", err))
	}
	if len(feed.Items) == 0 {
		return nil, fail(errors.New("the feed has no items"))
	}
	var arts []*model.Article
	var errs []error
	for i, it := range feed.Items {
		rec := i + 1
		body := it.Content
		if strings.TrimSpace(fragmentText(body)) == "" {
			body = it.Description
		}
		text := strings.TrimSpace(fragmentText(body))
		if text == "" {
			errs = append(errs, &FileError{Path: path, Record: rec, Err: fmt.Errorf("item %q has no text", clipString(it.Title, 60))})
			continue
		}
		a := &model.Article{Title: strings.TrimSpace(it.Title), URL: it.Link, Path: fmt.Sprintf("%s#%d", path, rec), Text: text}
		// gofeed's parsed times are in UTC; the day in the publisher's own
		// zone is the one its readers saw, so the written stamp goes first.
		if t, ok := looseDay(it.Published); ok {
			a.Published, a.DateSource = t, "metadata"
		}
		switch {
		case a.HasDate():
		case it.PublishedParsed != nil:
			a.Published, a.DateSource = day(*it.PublishedParsed), "metadata"
		case it.UpdatedParsed != nil:
			a.Published, a.DateSource = day(*it.UpdatedParsed), "metadata"
		default:
			if d, ok := Dateline(text); ok {
				a.Published, a.DateSource = d, "dateline"
			}
		}
		if a.Title == "" {
			a.Title = guessTitle(text, path)
		}
		arts = append(arts, a)
	}
	return arts, errs
}

// fragmentText is the text of an HTML fragment (feeds carry HTML, often
// escaped) with blocks on their own lines; plain text passes through.
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return textOf(doc)
}

func clipString(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for i := range s {
		if i >= n {
			return s[:i] + "…"
		}
	}
	return s
}
