package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/model/synth"
)

// TestMain lets the test binary stand in for the parley command, so the
// end-to-end test drives this very build of the window.
func TestMain(m *testing.M) {
	if os.Getenv("PARLEY_TEST_RUN_MAIN") == "1" {
		os.Args = append([]string{"parley"}, strings.Fields(os.Getenv("PARLEY_TEST_ARGS"))...)
		main()
		return
	}
	os.Exit(m.Run())
}

// TestWindowUnderXvfb opens the real window in a virtual X server, drives
// it with xdotool as a user would (wheel, drag, click, keys) and checks
// from screenshots that each action changed what is shown.
func TestWindowUnderXvfb(t *testing.T) {
	for _, tool := range []string{"Xvfb", "xdotool", "import"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed; the end-to-end window test needs: apt-get install xvfb xauth xdotool imagemagick", tool)
		}
	}
	dir := t.TempDir()
	// A synthetic corpus: enough events that every action shows a change.
	data, err := json.Marshal(synth.Corpus(3000, 7))
	if err != nil {
		t.Fatal(err)
	}
	input := filepath.Join(dir, "events.json")
	if err := os.WriteFile(input, data, 0o644); err != nil {
		t.Fatal(err)
	}

	display := fmt.Sprintf(":%d", 150+os.Getpid()%100)
	xvfb := exec.Command("Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	if err := xvfb.Start(); err != nil {
		t.Fatalf("starting Xvfb: %v", err)
	}
	defer func() { xvfb.Process.Kill(); xvfb.Wait() }()
	time.Sleep(time.Second)

	self, _ := os.Executable()
	app := exec.Command(self)
	var logs bytes.Buffer
	app.Stdout, app.Stderr = &logs, &logs
	app.Env = append(os.Environ(), "DISPLAY="+display, "FYNE_PLATFORM=x11", "PARLEY_TEST_RUN_MAIN=1", "PARLEY_TEST_ARGS="+input)
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { app.Process.Kill(); app.Wait() }()

	x := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("xdotool", args...)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("xdotool %v: %v\n%s\napp log:\n%s", args, err, out, logs.String())
		}
		return strings.TrimSpace(string(out))
	}
	var wid string
	for deadline := time.Now().Add(60 * time.Second); wid == "" && time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
		cmd := exec.Command("xdotool", "search", "--onlyvisible", "--name", "Parley")
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.Output(); err == nil {
			wid = strings.Fields(string(out))[0]
		}
	}
	if wid == "" {
		t.Fatalf("no Parley window appeared; app log:\n%s", logs.String())
	}
	x("windowmove", wid, "0", "0")
	x("windowsize", wid, "1280", "800")
	time.Sleep(2 * time.Second) // loading and first frame

	n := 0
	shot := func() image.Image {
		t.Helper()
		n++
		p := filepath.Join(dir, fmt.Sprintf("%02d.png", n))
		cmd := exec.Command("import", "-window", "root", p)
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("import: %v\n%s", err, out)
		}
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		return img
	}
	// Regions of the 1280×800 window: the timeline in the middle, the
	// detail pane on the right.
	timelineArea := image.Rect(300, 120, 900, 700)
	detailArea := image.Rect(1000, 80, 1270, 500)
	changed := func(a, b image.Image, r image.Rectangle) int {
		d := 0
		for y := r.Min.Y; y < r.Max.Y; y += 2 {
			for x := r.Min.X; x < r.Max.X; x += 2 {
				if a.At(x, y) != b.At(x, y) {
					d++
				}
			}
		}
		return d
	}
	s0 := shot()
	if blank(s0, timelineArea) {
		t.Fatalf("the timeline area is blank; app log:\n%s", logs.String())
	}

	x("mousemove", "600", "400")
	for i := 0; i < 3; i++ {
		x("click", "4")
	}
	time.Sleep(700 * time.Millisecond)
	s1 := shot()
	if d := changed(s0, s1, timelineArea); d < 500 {
		t.Errorf("three wheel notches changed only %d sampled pixels of the timeline", d)
	}

	x("mousedown", "1")
	for _, px := range []string{"560", "520", "480", "440"} {
		x("mousemove", px, "420")
		time.Sleep(60 * time.Millisecond)
	}
	x("mouseup", "1")
	time.Sleep(700 * time.Millisecond)
	s2 := shot()
	if d := changed(s1, s2, timelineArea); d < 500 {
		t.Errorf("dragging changed only %d sampled pixels of the timeline", d)
	}

	x("key", "n") // the timeline has focus after the drag: select the first event
	time.Sleep(700 * time.Millisecond)
	s3 := shot()
	if d := changed(s2, s3, detailArea); d < 100 {
		t.Errorf("pressing N changed only %d sampled pixels of the detail pane", d)
	}

	x("key", "Home")
	time.Sleep(700 * time.Millisecond)
	s4 := shot()
	if d := changed(s3, s4, timelineArea); d < 500 {
		t.Errorf("Home changed only %d sampled pixels of the timeline", d)
	}

	// Ctrl+drag selects a range and zooms to it.
	x("mousemove", "500", "420")
	x("keydown", "ctrl")
	x("mousedown", "1")
	for _, px := range []string{"540", "580", "620"} {
		x("mousemove", px, "420")
		time.Sleep(60 * time.Millisecond)
	}
	x("mouseup", "1")
	x("keyup", "ctrl")
	time.Sleep(700 * time.Millisecond)
	s5 := shot()
	if d := changed(s4, s5, timelineArea); d < 500 {
		t.Errorf("Ctrl+drag changed only %d sampled pixels of the timeline", d)
	}

	// A double click on empty space zooms in.
	x("mousemove", "700", "700")
	x("click", "--repeat", "2", "--delay", "60", "1")
	time.Sleep(900 * time.Millisecond)
	s6 := shot()
	if d := changed(s5, s6, timelineArea); d < 500 {
		t.Errorf("a double click changed only %d sampled pixels of the timeline", d)
	}
	// A click on a lane's name highlights that country's events and dims
	// the rest.
	x("mousemove", "290", "135")
	x("click", "1")
	time.Sleep(900 * time.Millisecond)
	s7 := shot()
	if d := changed(s6, s7, timelineArea); d < 500 {
		t.Errorf("clicking a lane name changed only %d sampled pixels of the timeline", d)
	}
	if app.ProcessState != nil {
		t.Fatalf("the app exited; log:\n%s", logs.String())
	}
	t.Logf("screenshots in %s", dir)
	if os.Getenv("PARLEY_KEEP_SHOTS") != "" {
		for i := 1; i <= n; i++ {
			b, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("%02d.png", i)))
			os.WriteFile(filepath.Join(os.Getenv("PARLEY_KEEP_SHOTS"), fmt.Sprintf("%02d.png", i)), b, 0o644)
		}
	}
}

// blank reports whether r of img is a single colour.
func blank(img image.Image, r image.Rectangle) bool {
	c := img.At(r.Min.X, r.Min.Y)
	for y := r.Min.Y; y < r.Max.Y; y += 3 {
		for x := r.Min.X; x < r.Max.X; x += 3 {
			if img.At(x, y) != c {
				return false
			}
		}
	}
	return true
}
