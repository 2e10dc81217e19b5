package actors

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model"
)

const sharedDir = "../../../shared"

func readShared(t testing.TB, rel string) string {
	t.Helper()
	b, err := os.ReadFile(sharedDir + "/" + rel)
	if err != nil {
		t.Skipf("shared data %s absent (%v): run from a checkout next to shared/", rel, err)
	}
	return string(b)
}

// TestSeedArticle checks the people, countries and media of the Riyadh
// talks article.
func TestSeedArticle(t *testing.T) {
	text := readShared(t, "articles/riyadh-talks.txt")
	f := testFinder(t)
	art := &model.Article{ID: "riyadh", Text: text, Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)}
	actors := f.Find([]*model.Article{art})
	byID := map[string]*model.Actor{}
	for _, a := range actors {
		byID[a.ID] = a
		for _, m := range a.Mentions {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match text at %d:%d", a.ID, m.Text, m.Start, m.End)
			}
		}
	}
	people := []struct{ id, country, role string }{
		{"tammy-bruce", "USA", "spokesperson"},
		{"mike-waltz", "USA", "National Security Adviser"},
		{"steve-witkoff", "USA", "Envoy"},
		{"marco-rubio", "USA", "Secretary of State"},
		{"sergei-lavrov", "RUS", "Foreign Minister"},
		{"yuri-ushakov", "RUS", "aide"},
		{"faisal-bin-farhan", "SAU", "Foreign Minister"},
		{"kirill-dmitriev", "RUS", "Fund"},
		{"elon-musk", "USA", "adviser"},
		{"jd-vance", "USA", "Vice President"},
		{"donald-trump", "USA", "President"},
		{"vladimir-putin", "RUS", "President"},
	}
	for _, p := range people {
		a := byID[p.id]
		if a == nil {
			t.Errorf("person %s not found", p.id)
			continue
		}
		if a.Kind != model.KindPerson || a.Country != p.country || !strings.Contains(a.Role, p.role) {
			t.Errorf("%s: kind %s country %s role %q; want person %s role containing %q", p.id, a.Kind, a.Country, a.Role, p.country, p.role)
		}
	}
	// U.S., Washington and the United States are one actor.
	if us := byID["USA"]; us == nil {
		t.Error("USA not found")
	} else {
		forms := map[string]bool{}
		for _, m := range us.Mentions {
			forms[m.Text] = true
		}
		for _, s := range []string{"U.S.", "Washington", "United States", "US", "USA"} {
			if !forms[s] {
				t.Errorf("USA lacks mention %q (has %v)", s, forms)
			}
		}
	}
	for _, id := range []string{"SAU", "RUS", "UKR", "EUR"} {
		if a := byID[id]; a == nil || (a.Kind != model.KindCountry && a.Kind != model.KindLocation) {
			t.Errorf("%s not found as a country or place", id)
		}
	}
	for _, id := range []string{"bloomberg", "unn"} {
		if a := byID[id]; a == nil || a.Kind != model.KindMedia {
			t.Errorf("%s not found as media", id)
		}
	}
	// Later "Rubio", "Bruce", "Dmitriev" resolve to the people.
	for id, n := range map[string]int{"marco-rubio": 2, "tammy-bruce": 2, "kirill-dmitriev": 3, "yuri-ushakov": 3} {
		if a := byID[id]; a != nil && len(a.Mentions) < n {
			t.Errorf("%s has %d mentions, want ≥ %d", id, len(a.Mentions), n)
		}
	}
	if testing.Verbose() {
		for _, a := range actors {
			var ms []string
			for _, m := range a.Mentions {
				ms = append(ms, m.Text+"/"+m.Form)
			}
			t.Logf("%-24s %-12s %-4s %-40q %v", a.ID, a.Kind, a.Country, a.Role, ms)
		}
	}
}

// BenchmarkFind measures recognition speed over a large news-like text.
func BenchmarkFind(b *testing.B) {
	seed, err := os.ReadFile(sharedDir + "/articles/riyadh-talks.txt")
	if err != nil {
		b.Skip("shared/articles absent")
	}
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.Write(seed)
		sb.WriteString("\n\n")
	}
	text := sb.String()
	f := testFinder(b)
	arts := []*model.Article{{ID: "big", Text: text}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		f.Find(arts)
	}
}

// TestConcurrentFind runs Find from several goroutines on one Finder; run
// with -race. Every run must give the same actors.
func TestConcurrentFind(t *testing.T) {
	f := testFinder(t)
	text := "U.S. Secretary of State Marco Rubio met Sergei Lavrov in Riyadh. Rubio said Washington and Moscow may talk."
	want := describe(f.Find([]*model.Article{{ID: "a", Text: text}}))
	done := make(chan string)
	for i := 0; i < 8; i++ {
		go func() { done <- describe(f.Find([]*model.Article{{ID: "a", Text: text}})) }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; got != want {
			t.Errorf("concurrent run gave %s, want %s", got, want)
		}
	}
}
