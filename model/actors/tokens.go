package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token flags.
const (
	fCap         = 1 << iota // first letter upper case
	fLower                   // first letter lower case
	fAllCaps                 // two or more letters, all upper case
	fPunct                   // not a word
	fNum                     // starts with a digit
	fInitial                 // "J." or "J.D." or "U.S."
	fSentStart               // first word of a sentence
	fBreakBefore             // a line break precedes the token
)

// token is one word or punctuation mark, with byte offsets into the text.
type token struct {
	start, end int
	key        string // the text as written, curly quotes straightened
	flags      uint16
}

func (t *token) is(f uint16) bool { return t.flags&f != 0 }

// abbrevDot lists words whose following period belongs to the word.
var abbrevDot = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Jr": true, "Sr": true,
	"Gen": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Gov": true, "Sen": true,
	"Rep": true, "Rev": true, "Prof": true, "Pres": true, "Amb": true, "Adm": true, "Maj": true,
	"Cmdr": true, "Inc": true, "Corp": true, "Ltd": true, "Co": true, "Bros": true, "Mt": true,
	"Ft": true, "Messrs": true, "Hon": true, "Sec": true,
}

// tokenize splits s into tokens. Hyphens and possessive 's are tokens of
// their own so that "U.S.-Russian" and "Russia's" expose the names;
// initials and dotted abbreviations ("J.D.", "U.S.") stay one token.
func tokenize(s string, toks []token) []token {
	toks = toks[:0]
	if want := len(s)/4 + 16; cap(toks) < want {
		toks = make([]token, 0, want)
	}
	sentStart := true
	lineBreak := false
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				lineBreak, sentStart = true, true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case isASCIIAlnum(c):
				j := scanWord(s, i)
				toks = appendWord(toks, s, i, j, &sentStart, &lineBreak)
				i = j
				continue
			case (c == '\'') && i+1 < len(s) && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 == len(s) || !isWordByte(s, i+2)) && len(toks) > 0 && toks[len(toks)-1].end == i:
				toks = appendPunct(toks, s, i, i+2, &lineBreak)
				i += 2
				continue
			default:
				toks = appendPunct(toks, s, i, i+1, &lineBreak)
				if c == '.' || c == '!' || c == '?' {
					sentStart = true
				}
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’' && i+n < len(s) && (s[i+n] == 's' || s[i+n] == 'S') && (i+n+1 == len(s) || !isWordByte(s, i+n+1)) && len(toks) > 0 && toks[len(toks)-1].end == i:
			toks = appendPunct(toks, s, i, i+n+1, &lineBreak)
			i += n + 1
		case isLetter(r) || unicode.IsDigit(r):
			j := scanWord(s, i)
			toks = appendWord(toks, s, i, j, &sentStart, &lineBreak)
			i = j
		case unicode.IsSpace(r):
			if r == '\u2028' || r == '\u2029' {
				lineBreak, sentStart = true, true
			}
			i += n
		default:
			toks = appendPunct(toks, s, i, i+n, &lineBreak)
			if r == '…' {
				sentStart = true
			}
			i += n
		}
	}
	return toks
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isWordByte reports whether s[i] starts a letter or digit.
func isWordByte(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isASCIIAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func toLower(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	return unicode.ToLower(r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// apostrophes between letters (O'Brien, d'Ivoire), and for initials and
// dotted abbreviations their periods.
func scanWord(s string, i int) int {
	start := i
	letters := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				i++
				letters++
				continue
			}
			if c == '\'' && i+1 < len(s) && isWordByte(s, i+1) && !(s[i+1] == 's' && (i+2 == len(s) || !isWordByte(s, i+2))) {
				i++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) || unicode.IsDigit(r) {
			i += n
			letters++
			continue
		}
		if r == '’' && i+n < len(s) && isWordByte(s, i+n) && !(s[i+n] == 's' && (i+n+1 == len(s) || !isWordByte(s, i+n+1))) {
			i += n
			continue
		}
		break
	}
	// Initials and dotted abbreviations: "J.", "J.D.", "U.S.", "U.S.A.".
	if letters == 1 && i < len(s) && s[i] == '.' && isUpperByte(s[start]) {
		j := i + 1
		for j+1 < len(s) && isASCIIAlnum(s[j]) && s[j+1] == '.' {
			j += 2
		}
		return j
	}
	if i < len(s) && s[i] == '.' && abbrevDot[s[start:i]] {
		return i + 1
	}
	return i
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

func appendWord(toks []token, s string, i, j int, sentStart, lineBreak *bool) []token {
	w := s[i:j]
	t := token{start: i, end: j, key: w}
	if strings.Contains(w, "’") {
		t.key = strings.ReplaceAll(w, "’", "'")
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case r >= '0' && r <= '9' || unicode.IsDigit(r):
		t.flags |= fNum
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		t.flags |= fCap
		if allCaps(w) {
			t.flags |= fAllCaps
		}
	default:
		t.flags |= fLower
	}
	if strings.HasSuffix(w, ".") && (len(w) == 2 || w[len(w)-3] == '.') {
		t.flags |= fInitial
	}
	if *sentStart {
		t.flags |= fSentStart
		*sentStart = false
	}
	if *lineBreak {
		t.flags |= fBreakBefore
		*lineBreak = false
	}
	return append(toks, t)
}

func appendPunct(toks []token, s string, i, j int, lineBreak *bool) []token {
	t := token{start: i, end: j, key: s[i:j], flags: fPunct}
	if t.key == "’s" || t.key == "’S" {
		t.key = "'s"
	}
	if *lineBreak {
		t.flags |= fBreakBefore
		*lineBreak = false
	}
	return append(toks, t)
}

func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if isLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// splitWords splits a gazetteer surface into lookup keys the same way the
// text is tokenised.
func splitWords(s string) []string {
	toks := tokenize(s, nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.key
	}
	return out
}

var accentFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ā", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ē", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ī", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ō", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u",
	"ç", "c", "ñ", "n", "ý", "y", "ÿ", "y", "š", "s", "ž", "z", "č", "c", "ć", "c", "ğ", "g", "ş", "s", "ı", "i",
)

// foldAccents strips common diacritics so ids stay ASCII.
func foldAccents(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return accentFold.Replace(s)
		}
	}
	return s
}
