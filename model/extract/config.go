package extract

import (
	"os"

	"github.com/parley-app/parley/model/actors"
	"github.com/parley-app/parley/model/events"
	"github.com/parley-app/parley/model/timex"
)

// New builds the pipeline with the user's gazetteer additions: the file at
// actors.UserConfigPath() when it exists, then extraFiles (--actors).
// Problems in those files come back as warnings naming file, line and
// key; the embedded gazetteer is used regardless.
func New(extraFiles ...string) (*Pipeline, []error) {
	var files []string
	if p := actors.UserConfigPath(); p != "" {
		if _, err := os.Stat(p); err == nil {
			files = append(files, p)
		}
	}
	files = append(files, extraFiles...)
	if len(files) == 0 {
		return Default(), nil
	}
	f, warnings, err := actors.New(actors.Options{UserFiles: files})
	if err != nil {
		warnings = append(warnings, err)
		f = actors.Default()
	}
	return &Pipeline{Timex: timex.Default(), Actors: f, Events: events.Default()}, warnings
}
