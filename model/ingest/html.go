package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/parley-app/parley/model"
)

// A web page is reduced to its main text with go-readability (a port of
// Mozilla's Readability, the reader view of Firefox), which also reads the
// publication date from Open Graph, Dublin Core and JSON-LD metadata.
// When it finds none, pageDate looks where news sites put it otherwise:
// itemprop="datePublished", a <time datetime> element, or a date in the
// page's address.

// loadHTML reads one web page as an article.
func (r *Result) loadHTML(raw []byte, shown string) {
	a, warn, err := ReadHTML(raw, shown)
	if err != nil {
		r.Errors = append(r.Errors, &FileError{Path: shown, Err: err})
		return
	}
	if warn != nil {
		r.Warnings = append(r.Warnings, &FileError{Path: shown, Err: warn})
	}
	r.Articles = append(r.Articles, a)
}

// ReadHTML extracts the article of a web page: its main text (navigation,
// adverts and comments left out), title, address and publication day.
// Path is shown in messages and kept as the article's path.
func ReadHTML(raw []byte, path string) (a *model.Article, warning, err error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, nil, errors.New("file is empty")
	}
	if looksBinary(raw) && !bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(raw, []byte{0xFE, 0xFF}) {
		return nil, nil, errors.New("not a web page (binary data)")
	}
	// The page's own <meta charset> (or a BOM) says how to read it;
	// Windows-1252 is the web's default.
	enc, encName, _ := charset.DetermineEncoding(raw, "text/html")
	if encName != "utf-8" {
		out, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, nil, errors.New("the page's characters cannot be read as " + encName)
		}
		raw = out
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, err
	}
	a = &model.Article{Path: path}
	a.URL = pageURL(doc)
	if t, ok := pageDate(doc, a.URL); ok {
		a.Published, a.DateSource = t, "metadata"
	}
	title := strings.TrimSpace(textOf(find(doc, atom.Title)))
	var base *url.URL
	if a.URL != "" {
		base, _ = url.Parse(a.URL)
	}
	// Readability changes the tree it reads; give it its own copy.
	doc2, _ := html.Parse(bytes.NewReader(raw))
	art, rerr := readability.FromDocument(doc2, base)
	var text string
	if rerr == nil && art.Node != nil {
		text = strings.TrimSpace(render.InnerText(art.Node))
		if t := strings.TrimSpace(art.Title()); t != "" {
			title = t
		}
		if !a.HasDate() {
			if t, err := art.PublishedTime(); err == nil {
				a.Published, a.DateSource = day(t), "metadata"
			}
		}
	}
	if len(text) < 40 {
		// Readability wants a real article; a short page or a broken one
		// still has text worth reading.
		if body := strings.TrimSpace(textOf(find(doc, atom.Body))); len(body) > len(text) {
			text = body
			warning = errors.New("no main article found in the page; all its text was read")
		}
	}
	if text == "" {
		return nil, nil, errors.New("the page has no readable text")
	}
	a.Text = text
	a.Title = title
	if a.Title == "" {
		a.Title = guessTitle(text, path)
	}
	if !a.HasDate() {
		if d, ok := Dateline(a.Text); ok {
			a.Published, a.DateSource = d, "dateline"
		}
	}
	return a, warning, nil
}

// day is the calendar day of t in its own time zone, as UTC midnight: an
// article stamped 23:30 in New York appeared on that day there.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// find returns the first element of type a under n, or nil.
func find(n *html.Node, a atom.Atom) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// textOf is the visible text under n, blocks on their own lines.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	strip(n)
	return render.InnerText(n)
}

// strip removes what is never article text.
func strip(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style ||
			c.DataAtom == atom.Noscript || c.DataAtom == atom.Template || c.DataAtom == atom.Svg || c.DataAtom == atom.Iframe) {
			n.RemoveChild(c)
		} else {
			strip(c)
		}
		c = next
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// walk calls f on every element under n until f returns false.
func walk(n *html.Node, f func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && !f(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !walk(c, f) {
			return false
		}
	}
	return true
}

// pageURL is the page's canonical address (link rel=canonical or og:url).
func pageURL(doc *html.Node) string {
	var u string
	walk(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical"):
			u = attr(n, "href")
		case n.DataAtom == atom.Meta && (attr(n, "property") == "og:url" || attr(n, "name") == "og:url") && u == "":
			u = attr(n, "content")
		}
		return !(u != "" && n.DataAtom == atom.Link)
	})
	if p, err := url.Parse(u); err != nil || p.Scheme == "" {
		return ""
	}
	return u
}

// dateMeta are meta names and properties that hold a publication date,
// best first.
var dateMeta = []string{
	"article:published_time", "og:published_time", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date",
	"dcterms.created", "date", "pubdate", "publishdate", "publish-date", "publication_date", "sailthru.date",
	"parsely-pub-date", "article.published", "published-date", "citation_publication_date", "og:updated_time",
}

// urlDate finds /2025/02/18/ or /2025-02-18/ in an address.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)`)

// pageDate looks for the publication day in metadata, JSON-LD, <time>
// elements and the address, in that order of trust.
func pageDate(doc *html.Node, pageURL string) (time.Time, bool) {
	found := map[string]string{}
	var ld []string
	var timeAttr, timePub string
	walk(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			v := attr(n, "content")
			for _, k := range []string{attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")} {
				if k = strings.ToLower(k); k != "" && v != "" && found[k] == "" {
					found[k] = v
				}
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
				ld = append(ld, n.FirstChild.Data)
			}
		case atom.Time:
			dt := attr(n, "datetime")
			if dt == "" && n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
				dt = n.FirstChild.Data
			}
			if strings.Contains(attr(n, "itemprop"), "datePublished") || strings.Contains(attr(n, "class"), "publish") || attr(n, "pubdate") != "" {
				if timePub == "" {
					timePub = dt
				}
			} else if timeAttr == "" {
				timeAttr = dt
			}
		}
		if p := attr(n, "itemprop"); p == "datePublished" && n.DataAtom != atom.Meta && found["datepublished"] == "" {
			if v := attr(n, "content"); v != "" {
				found["datepublished"] = v
			} else if v := attr(n, "datetime"); v != "" {
				found["datepublished"] = v
			}
		}
		return true
	})
	for _, k := range dateMeta[:len(dateMeta)-1] {
		if t, ok := looseDay(found[k]); ok {
			return t, true
		}
	}
	for _, s := range ld {
		if t, ok := jsonLDDate(s); ok {
			return t, true
		}
	}
	for _, s := range []string{timePub, timeAttr, found["og:updated_time"]} {
		if t, ok := looseDay(s); ok {
			return t, true
		}
	}
	if m := urlDate.FindStringSubmatch(pageURL); m != nil {
		if t, ok := ParseLooseDate(m[1] + "-" + m[2] + "-" + m[3]); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// jsonLDDate finds datePublished (else dateCreated) anywhere in a JSON-LD
// block: at the top, in an @graph, or in a list.
func jsonLDDate(s string) (time.Time, bool) {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return time.Time{}, false
	}
	for _, key := range []string{"datePublished", "dateCreated"} {
		if d := findKey(v, key, 0); d != "" {
			if t, ok := looseDay(d); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// looseDay is ParseLooseDate, also taking the day of timestamps it does
// not know ("2025-02-18T10:00:00.000+0000").
func looseDay(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := ParseLooseDate(s); ok {
		return t, true
	}
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		return ParseLooseDate(s[:10])
	}
	return time.Time{}, false
}

func findKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok {
			return s
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if s := findKey(x[k], key, depth+1); s != "" {
				return s
			}
		}
	case []any:
		for _, e := range x {
			if s := findKey(e, key, depth+1); s != "" {
				return s
			}
		}
	}
	return ""
}
