package project

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSettings(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "parley", "settings.toml")
	s, warns := LoadSettings(path)
	if len(warns) > 0 || s != DefaultSettings() {
		t.Fatalf("missing file: %+v %v", s, warns)
	}
	s.Theme, s.Lanes, s.ExportWidth, s.ExportScale, s.Gazetteer = "dark", "actor", 3000, 4, "/x/actors.toml"
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	back, warns := LoadSettings(path)
	if len(warns) > 0 || back != s {
		t.Errorf("round trip: %+v %v", back, warns)
	}
	os.WriteFile(path, []byte("theme = \"purple\"\nlanes = \"actor\"\nexport_width = 5\nshiny = true\n"), 0o644)
	back, warns = LoadSettings(path)
	if back.Theme != "system" || back.Lanes != "actor" || back.ExportWidth != 1600 || len(warns) != 3 {
		t.Errorf("bad values: %+v %v", back, warns)
	}
	os.WriteFile(path, []byte("theme = \n"), 0o644)
	back, warns = LoadSettings(path)
	if back != DefaultSettings() || len(warns) != 1 || !strings.Contains(warns[0].Error(), "settings.toml:") {
		t.Errorf("broken file: %+v %v", back, warns)
	}
}
