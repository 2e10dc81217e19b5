package timeline

import (
	"bytes"
	"fmt"
	"image"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/parley-app/parley/model"
)

// smallCorpus is three countries' worth of dated events in February 2025.
func smallCorpus() *model.Corpus {
	c := &model.Corpus{
		Articles: []*model.Article{{ID: "a1", Title: "Talks", Published: time.Date(2025, 2, 18, 0, 0, 0, 0, time.UTC)}},
		Actors: []*model.Actor{
			{ID: "USA", Name: "United States", Kind: model.KindCountry, Country: "USA"},
			{ID: "RUS", Name: "Russia", Kind: model.KindCountry, Country: "RUS"},
			{ID: "marco-rubio", Name: "Marco Rubio", Kind: model.KindPerson, Country: "USA", Role: "Secretary of State"},
			{ID: "sergei-lavrov", Name: "Sergei Lavrov", Kind: model.KindPerson, Country: "RUS", Role: "Foreign Minister"},
			{ID: "jd-vance", Name: "J.D. Vance", Kind: model.KindPerson, Country: "USA", Role: "Vice President"},
			{ID: "EUR", Name: "Europe", Kind: model.KindLocation},
		},
	}
	add := func(id string, d model.Date, typ, root string, actors ...string) {
		c.Events = append(c.Events, &model.Event{ID: id, Article: "a1", When: d, Type: typ, RootCode: root, Actors: actors, Sentence: "Sentence of " + id + "."})
	}
	add("e1", model.Day(2025, 2, 18), "meeting", "04", "marco-rubio", "sergei-lavrov")
	add("e2", model.Day(2025, 2, 14), "criticism", "11", "jd-vance", "EUR")
	add("e3", model.Day(2025, 2, 17), "visit", "04", "sergei-lavrov")
	r := model.Day(2025, 2, 18)
	r.End = time.Date(2025, 5, 18, 0, 0, 0, 0, time.UTC)
	r.Fuzzy = true
	add("e4", r, "talks", "03", "USA", "RUS")
	c.Events[3].Modality = model.Possible
	return c
}

func newTestTimeline(t *testing.T, c *model.Corpus) (*Timeline, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	tl := NewTimeline()
	w := test.NewTempWindow(t, tl)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(900, 400))
	tl.SetCorpus(c)
	return tl, w
}

func capture(w fyne.Window) image.Image { return w.Canvas().Capture() }

func differ(a, b image.Image) bool {
	ra, rb := a.(*image.NRGBA), b.(*image.NRGBA)
	if ra == nil || rb == nil {
		return true
	}
	return !bytes.Equal(ra.Pix, rb.Pix) || ra.Rect != rb.Rect
}

func TestWidgetScrollZoomsAboutPointer(t *testing.T) {
	tl, w := newTestTimeline(t, smallCorpus())
	before := capture(w)
	f0, t0 := tl.View()
	pos := fyne.NewPos(600, 200)
	at := tl.Frame().T(pos.X)
	scroll := func(dy float32) {
		// test.Scroll does not pass the pointer position; send the event as the driver does.
		tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.Delta{DY: dy}})
	}
	scroll(25) // one wheel notch up
	f1, t1 := tl.View()
	if !(t1.Sub(f1) < t0.Sub(f0)) {
		t.Fatalf("wheel up did not zoom in: %v–%v then %v–%v", f0, t0, f1, t1)
	}
	if got := tl.Frame().T(pos.X); abs(got-at) > 1 {
		t.Errorf("the time under the pointer moved by %.0f s", got-at)
	}
	if !differ(before, capture(w)) {
		t.Error("zooming did not change the picture")
	}
	scroll(-25)
	scroll(-25)
	f2, t2 := tl.View()
	if !(t2.Sub(f2) > t0.Sub(f0)) {
		t.Errorf("wheel down did not zoom out")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestWidgetDragPans(t *testing.T) {
	tl, w := newTestTimeline(t, smallCorpus())
	before := capture(w)
	f0, t0 := tl.View()
	test.Drag(w.Canvas(), fyne.NewPos(500, 200), -100, 0)
	tl.DragEnd()
	f1, t1 := tl.View()
	if !f1.After(f0) || t1.Sub(f1) != t0.Sub(f0) {
		t.Fatalf("dragging left did not pan to later times keeping the span: %v–%v then %v–%v", f0, t0, f1, t1)
	}
	if !differ(before, capture(w)) {
		t.Error("panning did not change the picture")
	}
}

func markOf(t *testing.T, tl *Timeline, id string) *Mark {
	t.Helper()
	f := tl.Frame()
	for i := range f.Marks {
		m := &f.Marks[i]
		if m.Kind != MarkCluster && tl.Data().Items[m.Item].Event.ID == id {
			return m
		}
	}
	t.Fatalf("no mark for event %s", id)
	return nil
}

func TestWidgetHoverShowsTooltipAndTapSelects(t *testing.T) {
	tl, w := newTestTimeline(t, smallCorpus())
	m := *markOf(t, tl, "e2")
	before := capture(w)
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
	h := tl.Hovered()
	if h == nil || tl.Data().Items[h.Item].Event.ID != "e2" {
		t.Fatalf("hover over e2's mark hovers %+v", h)
	}
	lines := tl.Tooltip(h)
	if len(lines) < 3 || lines[0] != "2025-02-14" || !contains(lines[2], "J.D. Vance (Vice President)") {
		t.Errorf("tooltip %q lacks the date and the actors", lines)
	}
	if !differ(before, capture(w)) {
		t.Error("hovering did not draw a tooltip")
	}
	var got *model.Event
	tl.OnSelect = func(ev *model.Event) { got = ev }
	test.TapAt(tl, fyne.NewPos(m.X, m.Y))
	if got == nil || got.ID != "e2" || tl.Selected() != got {
		t.Fatalf("tap selected %v", got)
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if tl.Selected() != nil {
		t.Error("Esc did not clear the selection")
	}
}

func contains(s, sub string) bool { return bytes.Contains([]byte(s), []byte(sub)) }

func TestWidgetKeys(t *testing.T) {
	tl, _ := newTestTimeline(t, smallCorpus())
	f0, t0 := tl.View()
	tl.TypedRune('+')
	f1, t1 := tl.View()
	if t1.Sub(f1) >= t0.Sub(f0) {
		t.Error("+ did not zoom in")
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f2, _ := tl.View()
	if !f2.After(f1) {
		t.Error("→ did not pan right")
	}
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	f3, t3 := tl.View()
	if !f3.Equal(f0) || !t3.Equal(t0) {
		t.Errorf("Home did not fit all: %v–%v, want %v–%v", f3, t3, f0, t0)
	}
	// N steps through events in time order from the left edge.
	var order []string
	for i := 0; i < 4; i++ {
		tl.TypedRune('n')
		order = append(order, tl.Selected().ID)
	}
	want := []string{"e2", "e3", "e1", "e4"}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("N visits %v, want %v", order, want)
		}
	}
	tl.TypedRune('p')
	if tl.Selected().ID != "e1" {
		t.Errorf("P went to %s, want e1", tl.Selected().ID)
	}
}

func TestWidgetDoubleTapZoomsIn(t *testing.T) {
	tl, _ := newTestTimeline(t, smallCorpus())
	f0, t0 := tl.View()
	tl.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos(400, 380)})
	f1, t1 := tl.View()
	if got, want := t1.Sub(f1), t0.Sub(f0)/2; got != want && abs(float64(got-want)) > float64(time.Second) {
		t.Errorf("double tap zoomed to %v, want %v", got, want)
	}
}

func TestWidgetLaneModes(t *testing.T) {
	tl, _ := newTestTimeline(t, smallCorpus())
	lanes := func() []string {
		var s []string
		for _, l := range tl.Data().Lanes {
			s = append(s, l.Label)
		}
		return s
	}
	got := lanes()
	if len(got) != 3 || got[0] != "Russia" && got[0] != "United States" || got[2] != "Europe" {
		t.Errorf("country lanes %q", got)
	}
	tl.SetLaneMode(LanesAll)
	if got := lanes(); len(got) != 1 {
		t.Errorf("all-events mode has lanes %q", got)
	}
	tl.SetLaneMode(LanesActor)
	if got := lanes(); len(got) != 6 {
		t.Errorf("actor lanes %q, want 6", got)
	}
}

// Golden pictures of the widget at three zoom levels: the whole extent,
// a month, and two days. The raster is drawn by our own pure-Go code, so
// the pictures are the same on every machine.
func TestWidgetGolden(t *testing.T) {
	c := smallCorpus()
	tl, w := newTestTimeline(t, c)
	test.AssertRendersToImage(t, "timeline_fit.png", w.Canvas())
	tl.SetView(time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	test.AssertRendersToImage(t, "timeline_month.png", w.Canvas())
	tl.SetView(time.Date(2025, 2, 17, 0, 0, 0, 0, time.UTC), time.Date(2025, 2, 19, 0, 0, 0, 0, time.UTC))
	test.AssertRendersToImage(t, "timeline_days.png", w.Canvas())
}

// Horizontal scrolling (Shift+wheel arrives as horizontal) pans; the
// wheel over the lane names scrolls the lanes; Enter opens the selection.
func TestWidgetScrollPansAndScrollsLanes(t *testing.T) {
	c := smallCorpus()
	for i := 0; i < 30; i++ { // enough lanes to overflow
		id := fmt.Sprintf("c%02d", i)
		c.Actors = append(c.Actors, &model.Actor{ID: id, Name: "Country " + id, Kind: model.KindCountry, Country: id})
		c.Events = append(c.Events, &model.Event{ID: "x" + id, Article: "a1", When: model.Day(2025, 2, 10+i%15), Type: "statement", Actors: []string{id}})
	}
	tl, _ := newTestTimeline(t, c)
	f0, t0 := tl.View()
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(500, 200)}, Scrolled: fyne.Delta{DX: -50}})
	f1, t1 := tl.View()
	if !f1.After(f0) || t1.Sub(f1) != t0.Sub(f0) {
		t.Errorf("horizontal scroll did not pan: %v–%v then %v–%v", f0, t0, f1, t1)
	}
	first := tl.Frame().FirstLane
	tl.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(40, 200)}, Scrolled: fyne.Delta{DY: -200}})
	if tl.Frame().FirstLane <= first {
		t.Errorf("the wheel over the lane names did not scroll the lanes (first lane %d)", tl.Frame().FirstLane)
	}
	if f2, _ := tl.View(); !f2.Equal(f1) {
		t.Error("scrolling the lanes changed the time range")
	}
	var opened *model.Event
	tl.OnActivate = func(ev *model.Event) { opened = ev }
	tl.TypedRune('n')
	tl.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if opened == nil || opened != tl.Selected() {
		t.Errorf("Enter opened %v", opened)
	}
}

// N and P visit every event of one instant, both ways.
func TestStepVisitsTies(t *testing.T) {
	c := smallCorpus()
	c.Events = c.Events[:0]
	for _, id := range []string{"t1", "t2", "t3"} {
		c.Events = append(c.Events, &model.Event{ID: id, Article: "a1", When: model.Day(2025, 2, 18), Type: "meeting", Actors: []string{"USA"}})
	}
	tl, _ := newTestTimeline(t, c)
	var fwd, back []string
	for i := 0; i < 3; i++ {
		tl.TypedRune('n')
		fwd = append(fwd, tl.Selected().ID)
	}
	for i := 0; i < 2; i++ {
		tl.TypedRune('p')
		back = append(back, tl.Selected().ID)
	}
	if strings.Join(fwd, ",") != "t1,t2,t3" || strings.Join(back, ",") != "t2,t1" {
		t.Errorf("N visits %v, then P visits %v", fwd, back)
	}
	// After a key scrolls or zooms, no stale hover names another mark.
	m := *markOf(t, tl, "t2")
	tl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(m.X, m.Y)}})
	if tl.Hovered() == nil {
		t.Fatal("no hover")
	}
	tl.TypedRune('+')
	tl.Frame()
	if tl.Hovered() != nil {
		t.Error("the hover survived a zoom")
	}
}
