package events_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/parley-app/parley/model/events"
)

// TestConcurrentCode checks that one Coder codes several corpora at once
// (its scratch state is pooled per run) with the same events as one at a
// time. Run it with -race too.
func TestConcurrentCode(t *testing.T) {
	arts, _ := benchArticles(40, 3)
	summary := func() string {
		c := pipeline(arts)
		events.Default().Code(c)
		var b strings.Builder
		for _, e := range c.Events {
			fmt.Fprintf(&b, "%s %s %v %v %v\n", e.ID, e.Code, e.Source, e.Target, e.Sources)
		}
		return b.String()
	}
	want := summary()
	if want == "" {
		t.Fatal("no events")
	}
	// a run over other articles must leave nothing behind in the pool
	other, _ := benchArticles(30, 9)
	events.Default().Code(pipeline(other))
	if got := summary(); got != want {
		t.Fatalf("a run after another corpus differs:\n%s\nwant\n%s", got, want)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := summary(); got != want {
				t.Errorf("concurrent run differs from a lone one:\n%s\nwant\n%s", got, want)
			}
		}()
	}
	wg.Wait()
}
