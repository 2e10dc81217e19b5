package text

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "Talks began. They ended.", []string{"Talks began.", "They ended."}},
		{"abbreviation", "U.S. Secretary of State Marco Rubio met Mr. Lavrov. Then he left.",
			[]string{"U.S. Secretary of State Marco Rubio met Mr. Lavrov.", "Then he left."}},
		{"initials", "Vice President J.D. Vance spoke. Europe listened.", []string{"Vice President J.D. Vance spoke.", "Europe listened."}},
		{"quote", "“It is over,” he said. “Now we talk.” She agreed.",
			[]string{"“It is over,” he said.", "“Now we talk.”", "She agreed."}},
		{"lines", "Headline without stop\n\nBody text here. More.\n", []string{"Headline without stop", "Body text here.", "More."}},
		{"lowercase after period", "The talks at 3 p.m. ended late.", []string{"The talks at 3 p.m. ended late."}},
		{"question", "Will they meet? Nobody knows!", []string{"Will they meet?", "Nobody knows!"}},
		{"empty", "  \n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, sp := range Sentences(tt.in) {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
