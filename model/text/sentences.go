// Package text splits article text into paragraphs, sentences and words,
// keeping byte offsets into the original text so that every later stage can
// point back at what the user reads.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// abbreviations that end in a period without ending a sentence. Single
// capital letters (initials, "J.D.") are handled separately.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"sgt": true, "capt": true, "cmdr": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "sr": true, "jr": true, "no": true, "vs": true, "etc": true, "inc": true, "corp": true, "ltd": true,
	"co": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true, "tues": true,
	"wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true, "approx": true,
	"dept": true, "est": true, "fig": true, "maj": true, "pres": true, "amb": true, "u.s": true, "u.k": true,
	"u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true, "ft": true, "mt": true, "ave": true,
}

// Sentences splits s into sentences. A blank line or a line break always
// ends a sentence (headlines, datelines and list items stand alone); ., ! and ?
// end one when followed by space and something that can start a sentence,
// unless the word before is a known abbreviation or an initial. Leading and
// trailing white space is left out of each span.
func Sentences(s string) []Span {
	var out []Span
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		// trim trailing space
		for end > start {
			r, n := utf8.DecodeLastRuneInString(s[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += n
			continue
		}
		switch {
		case r == '\n':
			emit(i)
		case r == '.' || r == '!' || r == '?':
			j := i + n
			// closing quotes and brackets belong to the sentence
			for j < len(s) {
				c, m := utf8.DecodeRuneInString(s[j:])
				if c == '"' || c == '\'' || c == ')' || c == '”' || c == '’' || c == ']' || c == '.' || c == '!' || c == '?' {
					j += m
					continue
				}
				break
			}
			if j >= len(s) {
				emit(j)
				i = j
				continue
			}
			c, _ := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(c) {
				i = j
				continue
			}
			if r == '.' && isAbbreviation(s[start:i]) {
				i = j
				continue
			}
			// what follows must be able to start a sentence
			k := j
			for k < len(s) {
				c, m := utf8.DecodeRuneInString(s[k:])
				if c == '\n' || !unicode.IsSpace(c) {
					break
				}
				k += m
			}
			if k < len(s) {
				c, _ := utf8.DecodeRuneInString(s[k:])
				if c != '\n' && unicode.IsLower(c) {
					i = j
					continue
				}
			}
			emit(j)
			i = j
			continue
		}
		i += n
	}
	emit(len(s))
	return out
}

// isAbbreviation reports whether the text before a period ends in an
// abbreviation or initial ("Mr", "U.S", "J").
func isAbbreviation(before string) bool {
	// last word
	k := len(before)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		k -= n
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	lw := make([]rune, 0, len(w))
	for _, r := range w {
		lw = append(lw, unicode.ToLower(r))
	}
	if abbreviations[string(lw)] {
		return true
	}
	// dotted initialisms: "U.S", "J.D"
	dots := 0
	for _, r := range w {
		if r == '.' {
			dots++
		}
	}
	return dots > 0 && utf8.RuneCountInString(w) <= 2*dots+2
}
