package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHTMLPage(t *testing.T) {
	r := Load([]string{"testdata/riyadh.html"})
	if len(r.Errors) > 0 || len(r.Articles) != 1 {
		t.Fatalf("errors %v, %d articles", r.Errors, len(r.Articles))
	}
	a := r.Articles[0]
	if a.Title != "US and Russia agree to work toward ending Ukraine war" {
		t.Errorf("title %q", a.Title)
	}
	if got := a.Published.Format("2006-01-02"); got != "2025-02-18" || a.DateSource != "metadata" {
		t.Errorf("published %s from %q, want 2025-02-18 from the JSON-LD", got, a.DateSource)
	}
	if a.URL != "https://news.example.org/world/us-russia-riyadh-talks" {
		t.Errorf("url %q", a.URL)
	}
	for _, want := range []string{"Marco Rubio met Russian Foreign Minister Sergei Lavrov", "Diriyah Palace", "unlikely to take place next week"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, a.Text)
		}
	}
	for _, junk := range []string{"Subscribe now", "dataLayer", "All rights reserved", "Markets fall", "color:red"} {
		if strings.Contains(a.Text, junk) {
			t.Errorf("text keeps page furniture %q:\n%s", junk, a.Text)
		}
	}
	// Paragraphs stay apart, so that sentences do not run together.
	if !strings.Contains(a.Text, "February 2022.\n") {
		t.Errorf("paragraphs run together:\n%s", a.Text)
	}
}

// page wraps a body in a minimal document with the given head.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

const para = "<p>Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh, and the two sides agreed to restore their embassies. The talks lasted four and a half hours.</p>"

func TestHTMLDates(t *testing.T) {
	tests := []struct {
		name, html, want, source string
	}{
		{"og meta", page(`<meta property="article:published_time" content="2025-02-18T10:00:00Z">`, para), "2025-02-18", "metadata"},
		{"dc meta", page(`<meta name="DC.date.issued" content="2025-02-19">`, para), "2025-02-19", "metadata"},
		{"itemprop meta", page(`<meta itemprop="datePublished" content="2025-02-20T08:00:00.000+0000">`, para), "2025-02-20", "metadata"},
		{"json-ld list", page(`<script type="application/ld+json">[{"@type":"NewsArticle","dateCreated":"2025-02-21"}]</script>`, para), "2025-02-21", "metadata"},
		{"time pubdate", page("", `<time datetime="2024-12-01">1 Dec</time><article><time class="published" datetime="2025-02-22T09:00">Feb 22</time>`+para+`</article>`), "2025-02-22", "metadata"},
		{"time", page("", `<article><time datetime="2025-02-23">Feb 23</time>`+para+`</article>`), "2025-02-23", "metadata"},
		{"url", page(`<link rel="canonical" href="https://ex.com/news/2025/02/24/talks">`, para), "2025-02-24", "metadata"},
		{"dateline", page("", "<p>RIYADH, Feb 25, 2025 (Reuters) - "+para[3:]), "2025-02-25", "dateline"},
		{"none", page("", para), "", ""},
		{"bad meta falls through", page(`<meta property="article:published_time" content="yesterday"><meta name="date" content="2025-02-26">`, para), "2025-02-26", "metadata"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, err := ReadHTML([]byte(tt.html), "x.html")
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if a.HasDate() {
				got = a.Published.Format("2006-01-02")
			}
			if got != tt.want || a.DateSource != tt.source {
				t.Errorf("date %q from %q, want %q from %q", got, a.DateSource, tt.want, tt.source)
			}
			if !strings.Contains(a.Text, "restore their embassies") {
				t.Errorf("text %q", a.Text)
			}
		})
	}
}

func TestHTMLProblems(t *testing.T) {
	latin1 := []byte(page(`<meta charset="iso-8859-1"><title>Caf`+"\xe9"+` diplomacy</title>`, "<p>Talks in Gen\xe8ve continued on Tuesday between the delegations of both countries.</p>"))
	tests := []struct {
		name string
		data []byte
		err  string // "" when the page loads
		text string // text the article must hold
	}{
		{"latin1.html", latin1, "", "Talks in Genève continued"},
		{"broken.html", []byte("<html><body><div><p>Rubio met Lavrov in <b>Riyadh</p></div><p>The talks lasted four hours<table><tr><td>and ended"), "", "Rubio met Lavrov in Riyadh"},
		{"binary.html", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, "not a web page (binary data)", ""},
		{"empty.html", []byte("  \n"), "file is empty", ""},
		{"markup.html", []byte("<html><head><script>var x = 1;</script></head><body><div><img src=a.png></div></body></html>"), "the page has no readable text", ""},
		{"utf16.html", utf16(page("<title>Wide</title>", para)), "", "restore their embassies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.name, tt.data)
			write(t, dir, "good.txt", []byte("Rubio met Lavrov."))
			r := Load([]string{dir})
			var arts int
			for _, a := range r.Articles {
				if a.Path == p {
					arts++
					if !strings.Contains(a.Text, tt.text) {
						t.Errorf("text %q lacks %q", a.Text, tt.text)
					}
				}
			}
			if len(r.Articles)-arts != 1 {
				t.Errorf("the good file did not load beside it")
			}
			if tt.err == "" {
				if arts != 1 || len(r.Errors) > 0 {
					t.Errorf("errors %v", r.Errors)
				}
				return
			}
			if arts != 0 || len(r.Errors) != 1 || r.Errors[0].Error() != p+": "+tt.err {
				t.Errorf("errors %v, want %s: %s", r.Errors, p, tt.err)
			}
		})
	}
}

func utf16(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

func TestFeeds(t *testing.T) {
	r := Load([]string{"testdata/feed.rss", "testdata/feed.atom"})
	type want struct{ date, url, text string }
	wants := map[string]want{
		"Rubio and Lavrov meet in Riyadh":            {"2025-02-18", "https://news.example.org/world/riyadh", "Lavrov in Riyadh on Tuesday.\n"},
		"Ukraine backs a 30-day ceasefire in Jeddah": {"2025-03-11", "https://news.example.org/world/jeddah", "ready to accept"},
		// Published late in the evening in Washington: that day, not the next in UTC.
		"Late night in Washington": {"2025-02-18", "https://news.example.org/world/late", "by telephone"},
		"Black Sea deal announced": {"2025-03-25", "https://wire.example.com/black-sea", "safe navigation"},
		"Energy pause":             {"2025-03-19", "https://wire.example.com/energy", "30-day pause"},
	}
	got := map[string]bool{}
	for _, a := range r.Articles {
		w, ok := wants[a.Title]
		if !ok {
			t.Errorf("unexpected article %q", a.Title)
			continue
		}
		got[a.Title] = true
		if a.Published.Format("2006-01-02") != w.date || a.DateSource != "metadata" || a.URL != w.url || !strings.Contains(a.Text, w.text) {
			t.Errorf("%q: %s (%s) %s %q", a.Title, a.Published.Format("2006-01-02"), a.DateSource, a.URL, a.Text)
		}
		if strings.ContainsAny(a.Text, "<>") {
			t.Errorf("%q: markup left in %q", a.Title, a.Text)
		}
	}
	if len(got) != len(wants) {
		t.Errorf("loaded %v", got)
	}
	if len(r.Errors) != 1 || r.Errors[0].Error() != `testdata/feed.rss: record 3: item "A picture with no words" has no text` {
		t.Errorf("errors %v", r.Errors)
	}
}

func TestFeedProblems(t *testing.T) {
	tests := []struct{ name, data, err string }{
		{"empty.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing</title></channel></rss>`, "the feed has no items"},
		{"empty.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>`, "the feed has no items"},
		{"zero.xml", "", "file is empty"},
		{"other.xml", `<?xml version="1.0"?><config><a>1</a></config>`, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> at the top)"},
		{"broken.rss", `<rss version="2.0"><channel><item><title>x</title><description>text</descr`, "broken feed"},
		{"binary.rss", "\x00\x01\x02\x03", "not an RSS or Atom feed (binary data)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := write(t, dir, tt.name, []byte(tt.data))
			write(t, dir, "good.rss", []byte(mustRead(t, "testdata/feed.rss")))
			r := Load([]string{dir})
			if len(r.Articles) != 3 {
				t.Errorf("%d articles; the good feed should load beside it", len(r.Articles))
			}
			var msgs []string
			for _, e := range r.Errors {
				if strings.HasPrefix(e.Error(), p) {
					msgs = append(msgs, e.Error())
				}
			}
			if len(msgs) != 1 || !strings.HasPrefix(msgs[0], p+": "+tt.err) {
				t.Errorf("errors %v, want %s: %s", msgs, p, tt.err)
			}
		})
	}
}

func mustRead(t *testing.T, p string) string {
	b, err := os.ReadFile(filepath.FromSlash(p))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHugeFiles checks that a 200 MB page or feed is refused without being
// read, and that a 200 MB event file of one endless line stops at the
// line limit; the files are sparse, so the test is quick.
func TestHugeFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"huge.html", "huge.rss", "huge.tsv"} {
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(200 << 20); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	write(t, dir, "ok.txt", []byte("Rubio met Lavrov."))
	r := Load([]string{dir})
	if len(r.Articles) != 1 {
		t.Errorf("%d articles; the small file should load", len(r.Articles))
	}
	want := map[string]string{
		"huge.html": "file is 200 MB; articles larger than 64 MB are not read",
		"huge.rss":  "file is 200 MB; articles larger than 64 MB are not read",
		"huge.tsv":  "line 1 is longer than 16 MB",
	}
	for _, e := range r.Errors {
		for name, msg := range want {
			if e.Error() == filepath.Join(dir, name)+": "+msg {
				delete(want, name)
			}
		}
	}
	if len(want) > 0 || len(r.Errors) != 3 {
		t.Errorf("errors %v; missing %v", r.Errors, want)
	}
}
