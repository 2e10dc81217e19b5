package actors_test

import (
	"fmt"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/actors"
)

func ExampleFinder_Find() {
	art := &model.Article{ID: "a1", Text: "U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh. Rubio said Washington wanted peace."}
	for _, a := range actors.Default().Find([]*model.Article{art}) {
		fmt.Printf("%s (%s, %s) %q:", a.ID, a.Kind, a.Country, a.Role)
		for _, m := range a.Mentions {
			fmt.Printf(" %s/%s", m.Text, m.Form)
		}
		fmt.Println()
	}
	// Output:
	// RUS (country, RUS) "": Russian/demonym
	// USA (country, USA) "": U.S./abbreviation Washington/metonym
	// marco-rubio (person, USA) "Secretary of State": Marco Rubio/name Rubio/surname
	// riyadh (location, SAU) "": Riyadh/name
	// sergei-lavrov (person, RUS) "Foreign Minister": Sergei Lavrov/name
}
