package project

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"
)

// Settings are the user's preferences, kept in settings.toml in the user's
// configuration folder (~/.config/parley on Linux).
type Settings struct {
	// Theme is "light", "dark" or "system".
	Theme string `toml:"theme"`
	// Lanes is the lane mode new timelines open in.
	Lanes string `toml:"lanes"`
	// ExportWidth (logical pixels) and ExportScale size exported pictures.
	ExportWidth int     `toml:"export_width"`
	ExportScale float64 `toml:"export_scale"`
	// Gazetteer is an extra actors file used for every project, besides
	// ~/.config/parley/actors.toml.
	Gazetteer string `toml:"gazetteer,omitempty"`
}

// DefaultSettings are used where the file says nothing.
func DefaultSettings() Settings {
	return Settings{Theme: "system", Lanes: "country", ExportWidth: 1600, ExportScale: 2}
}

// SettingsPath is where the settings live ("" when there is no
// configuration folder).
func SettingsPath() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "parley", "settings.toml")
}

// LoadSettings reads path over the defaults. A missing file is not an
// error; unknown keys and bad values are warnings and keep the default.
func LoadSettings(path string) (Settings, []error) {
	s := DefaultSettings()
	if path == "" {
		return s, nil
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, []error{err}
	}
	warnings, err := decode(path, b, &s)
	if err != nil {
		return DefaultSettings(), []error{fmt.Errorf("%v (using the defaults)", err)}
	}
	d := DefaultSettings()
	switch strings.ToLower(s.Theme) {
	case "light", "dark", "system":
		s.Theme = strings.ToLower(s.Theme)
	default:
		warnings = append(warnings, fmt.Errorf("%s: theme %q: want light, dark or system", path, s.Theme))
		s.Theme = d.Theme
	}
	switch s.Lanes {
	case "all", "country", "actor", "type", "article":
	default:
		warnings = append(warnings, fmt.Errorf("%s: lanes %q: want all, country, actor, type or article", path, s.Lanes))
		s.Lanes = d.Lanes
	}
	if s.ExportWidth < 200 || s.ExportWidth > 40000 {
		warnings = append(warnings, fmt.Errorf("%s: export_width %d: want 200 to 40000", path, s.ExportWidth))
		s.ExportWidth = d.ExportWidth
	}
	if s.ExportScale < 0.5 || s.ExportScale > 8 {
		warnings = append(warnings, fmt.Errorf("%s: export_scale %g: want 0.5 to 8", path, s.ExportScale))
		s.ExportScale = d.ExportScale
	}
	return s, warnings
}

// Save writes the settings atomically, creating the folder if needed.
func (s Settings) Save(path string) error {
	if path == "" {
		return errors.New("no configuration folder to save settings in")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("# Parley settings. theme: light, dark or system; lanes: all, country, actor, type or article.\n")
	if err := toml.NewEncoder(&b).Encode(s); err != nil {
		return err
	}
	return WriteAtomic(path, []byte(b.String()))
}
