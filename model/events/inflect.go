package events

import "strings"

// Verb form flags, kept per form so the clause analysis knows a past
// participle ("was criticized") from a gerund ("meeting").
const (
	fBase uint8 = 1 << iota
	fThird
	fPast
	fPart
	fIng
	fNoun
)

// verbForms returns the forms of a verb with their flags: the base, -s,
// past, participle and -ing forms. Irregular past and participle forms
// come from verbs.toml; the regular ones follow the spelling rules. Where
// a rule is unsure (doubling the last consonant: "planned" but
// "visited") both spellings are produced; the wrong one never occurs in
// text, so it costs nothing.
func verbForms(v string, irregular map[string][]string) map[string]uint8 {
	f := map[string]uint8{v: fBase}
	add := func(w string, fl uint8) { f[w] |= fl }
	add(thirdPerson(v), fThird)
	if irr, ok := irregular[v]; ok {
		for i, w := range irr {
			switch i {
			case 0:
				add(w, fPast)
			case 1:
				add(w, fPart)
			default:
				add(w, fBase|fThird|fPast)
			}
		}
		if len(irr) == 1 {
			add(irr[0], fPart)
		}
	} else {
		for _, w := range pastForms(v) {
			add(w, fPast|fPart)
		}
	}
	for _, w := range ingForms(v) {
		add(w, fIng)
	}
	return f
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case len(v) > 1 && v[len(v)-1] == 'y' && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// endsCVC reports whether v ends consonant-vowel-consonant, where English
// may double the last consonant (plan → planned).
func endsCVC(v string) bool {
	n := len(v)
	if n < 3 {
		return false
	}
	c := v[n-1]
	return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(v[n-2]) && !isVowel(v[n-3])
}

func pastForms(v string) []string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return []string{v + "d"}
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return []string{v[:n-1] + "ied"}
	case endsCVC(v):
		return []string{v + "ed", v + v[n-1:] + "ed"}
	case n > 2 && v[n-1] == 'l' && isVowel(v[n-2]):
		// British spelling doubles a final l: initialled, travelled (a
		// form that never occurs, "failled", costs nothing)
		return []string{v + "ed", v + "led"}
	}
	return []string{v + "ed"}
}

func ingForms(v string) []string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ie"):
		return []string{v[:n-2] + "ying"}
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		return []string{v + "ing"}
	case strings.HasSuffix(v, "e") && n > 2:
		return []string{v[:n-1] + "ing"}
	case endsCVC(v):
		return []string{v + "ing", v + v[n-1:] + "ing"}
	case n > 2 && v[n-1] == 'l' && isVowel(v[n-2]):
		return []string{v + "ing", v + "ling"}
	}
	return []string{v + "ing"}
}

// nounForms returns a word and its plurals. It is used for every word of a
// phrase but the verb, so "impose ... sanction" also matches "sanctions".
func nounForms(w string) []string {
	n := len(w)
	if n < 3 || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return []string{w}
	}
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return []string{w, w + "es"}
	case w[n-1] == 'y' && !isVowel(w[n-2]):
		return []string{w, w[:n-1] + "ies"}
	}
	return []string{w, w + "s"}
}
