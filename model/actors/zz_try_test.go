package actors

import (
	"os"
	"testing"

	"github.com/parley-app/parley/model"
)

func TestTry(t *testing.T) {
	s := os.Getenv("TRY")
	if s == "" {
		t.Skip()
	}
	for _, a := range Default().Find([]*model.Article{{ID: "x", Text: s}}) {
		for _, m := range a.Mentions {
			t.Logf("%q → %s (%s/%s) form=%s ner=%s conf=%.2f role=%q", m.Text, a.ID, a.Kind, a.Country, m.Form, m.NER, m.Confidence, a.Role)
		}
	}
}
