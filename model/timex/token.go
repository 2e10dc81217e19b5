package timex

import (
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is made of.
type tokKind uint8

const (
	tokWord  tokKind = iota + 1 // letters, possibly with inner apostrophes or dotted abbreviations ("p.m.")
	tokNum                      // digits, possibly with inner , . : / and a letter suffix ("1990s", "3rd")
	tokPunct                    // one punctuation or symbol rune
)

// token is one unit of text. Start and End are byte offsets. Word is the
// lexicon id of the lower-cased form (-1 when the lexicon does not know it);
// for numbers, Num is the value of the leading digits, Digits their count,
// and Word the id of the letter suffix ("s", "th", "pm").
type token struct {
	Start, End int32
	Kind       tokKind
	// Cap is true when a word starts with an upper-case letter.
	Cap bool
	// Upper is true when every letter of the word is upper case.
	Upper bool
	// Plain is true for a number made only of digits.
	Plain bool
	// SpaceBefore is the white space between this token and the previous one:
	// 0 none, 1 spaces, 2 a line break, 3 a blank line.
	SpaceBefore uint8
	Digits      uint8
	// Seps says which separators a number holds: sepComma, sepDot,
	// sepColon, sepSlash, and sepMany when there is more than one.
	Seps uint8
	// Curly: the word holds a curly apostrophe, read as a straight one
	// ("won’t")
	Curly bool
	Word  int32
	Num   int64
}

// maxWordLen bounds the words looked up in the lexicon; longer ones cannot
// be temporal and are not lowered at all.
const maxWordLen = 24

// tokenizer splits text into tokens, looking each word up in a lexicon.
// It reuses its buffers between calls.
type tokenizer struct {
	lex   *lexicon
	lower [maxWordLen * 4]byte
}

// tokenize appends the tokens of s to toks.
func (z *tokenizer) tokenize(s string, toks []token) []token {
	var space uint8
	newlines := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				if space == 0 {
					space = 1
				}
				i++
				continue
			case c == '\n':
				newlines++
				if newlines >= 2 {
					space = 3
				} else {
					space = 2
				}
				i++
				continue
			case isDigit(c):
				toks = append(toks, z.number(s, i))
			case isLetter(c):
				toks = append(toks, token{})
				z.word(s, i, &toks[len(toks)-1])
			case c == '\'' && i+2 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3])):
				// '98 and '80s: an apostrophe year.
				t := z.number(s, i+1)
				t.Start = int32(i)
				t.Digits |= 0x80
				toks = append(toks, t)
			case c == '\'' && possessiveS(s, i+1):
				toks = append(toks, token{Start: int32(i), End: int32(i + 2), Kind: tokPunct, Word: z.lex.idPossessive})
			default:
				toks = append(toks, token{Start: int32(i), End: int32(i + 1), Kind: tokPunct, Word: z.lex.punct[c]})
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				if space == 0 {
					space = 1
				}
				i += n
				continue
			case unicode.IsLetter(r):
				toks = append(toks, token{})
				z.word(s, i, &toks[len(toks)-1])
			default:
				w := int32(-1)
				if r == '\u2019' && possessiveS(s, i+n) {
					toks = append(toks, token{Start: int32(i), End: int32(i + n + 1), Kind: tokPunct, Word: z.lex.idPossessive})
					break
				}
				if r == '\u2013' || r == '\u2014' {
					w = z.lex.punct['-']
				}
				toks = append(toks, token{Start: int32(i), End: int32(i + n), Kind: tokPunct, Word: w})
			}
		}
		t := &toks[len(toks)-1]
		t.SpaceBefore = space
		space, newlines = 0, 0
		i = int(t.End)
	}
	return toks
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// possessiveS reports whether s[j] is the s of a possessive 's (or ’s): an
// "s" or "S" that ends its word.
func possessiveS(s string, j int) bool {
	return j < len(s) && s[j]|0x20 == 's' && (j+1 == len(s) || !isLetter(s[j+1]))
}

// word scans a word starting at s[i]: letters and digits, inner apostrophes
// ("o'clock") or a dotted abbreviation ("a.m.", "U.S.") with its final dot.
func (z *tokenizer) word(s string, i int, tok *token) {
	start := i
	if i+1 < len(s) && s[i+1] == '.' {
		if e := dotted(s, i); e > 0 {
			n := 0
			for k := i; k < e && n < len(z.lower); k++ {
				z.lower[n] = s[k] | 0x20
				if s[k] == '.' {
					z.lower[n] = '.'
				}
				n++
			}
			*tok = token{Start: int32(i), End: int32(e), Kind: tokWord, Cap: s[i] <= 'Z', Word: z.lex.lookup(z.lower[:n])}
			return
		}
	}
	n := 0 // bytes of the lower-cased form; more than len(z.lower) means too long
	h := uint32(hashInit)
	put := func(c byte) {
		if n < len(z.lower) {
			z.lower[n] = c
		}
		h = (h ^ uint32(c)) * hashPrime
		n++
	}
	capital, upper, letters, curly := false, true, 0, false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case isLetter(c):
				if letters == 0 {
					capital = c <= 'Z'
				}
				if c >= 'a' {
					upper = false
				}
				letters++
				put(c | 0x20)
				i++
				continue
			case isDigit(c):
				if letters == 2 && i-start == 2 && s[start]|0x20 == 'f' && s[start+1]|0x20 == 'y' {
					// "FY2024" is "FY" and its year
					break
				}
				put(c)
				i++
				continue
			case c == '\'' && i+1 < len(s) && isLetter(s[i+1]) && !possessiveS(s, i+1):
				// o'clock, but not the possessive 's.
				put(c)
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\u2019' && letters > 0 && i+size < len(s) && isLetter(s[i+size]) && !possessiveS(s, i+size) {
			// a curly apostrophe inside a word reads as a straight one:
			// "won’t", "o’clock" (an ’s stays apart, as 's does: the
			// possessive, "it’s")
			put('\'')
			i += size
			curly = true
			continue
		}
		if !unicode.IsLetter(r) {
			break
		}
		if letters == 0 {
			capital = unicode.IsUpper(r)
		}
		if unicode.IsLower(r) {
			upper = false
		}
		letters++
		lr := unicode.ToLower(r)
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], lr)] {
			put(c)
		}
		i += size
	}
	id := int32(-1)
	if n <= len(z.lower) {
		id = z.lex.lookupHash(z.lower[:n], h)
	}
	*tok = token{Start: int32(start), End: int32(i), Kind: tokWord, Cap: capital, Upper: upper && letters > 1, Word: id, Curly: curly}
}

// dotted returns the end of a dotted abbreviation made of single ASCII
// letters ("a.m.", "p.m", "U.S.") starting at s[i], or 0.
func dotted(s string, i int) int {
	j := i
	for j+1 < len(s) && isLetter(s[j]) && s[j+1] == '.' && (j+2 == len(s) || !isLetter(s[j+2]) || j+3 == len(s) || !isLetter(s[j+3])) {
		j += 2
		if j < len(s) && isLetter(s[j]) && (j+1 == len(s) || !isLetter(s[j+1]) && s[j+1] != '.') {
			// the last letter without its dot: "p.m"
			return j + 1
		}
		if j >= len(s) || !isLetter(s[j]) {
			break
		}
	}
	if j-i >= 4 {
		return j
	}
	return 0
}

// number scans digits with inner separators (1,000 3.5 10:30 1/2) and a
// letter suffix (1990s 3rd 5pm).
func (z *tokenizer) number(s string, i int) token {
	start := i
	var v int64
	digits := 0
	plain := true
	seps := uint8(0)
	for i < len(s) {
		c := s[i]
		if isDigit(c) {
			if plain && digits < 18 {
				v = v*10 + int64(c-'0')
			}
			digits++
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':' || c == '/') && i+1 < len(s) && isDigit(s[i+1]) {
			if !plain {
				seps |= sepMany
			}
			seps |= sepBit(c)
			plain = false
			i++
			continue
		}
		break
	}
	t := token{Start: int32(start), Kind: tokNum, Num: v, Plain: plain, Seps: seps, Word: -1}
	if digits > 127 {
		digits = 127
	}
	t.Digits = uint8(digits)
	// A letter suffix: 1990s, 20th, 5pm, 10a.m. is left to the word scanner.
	j := i
	for j < len(s) && j-i < 4 && isLetter(s[j]) {
		j++
	}
	if j > i && (j == len(s) || !isLetter(s[j]) || j-i >= 4) {
		if j-i < 4 {
			var buf [4]byte
			for k := i; k < j; k++ {
				buf[k-i] = s[k] | 0x20
			}
			if id := z.lex.lookup(buf[:j-i]); id >= 0 && z.lex.suffix[id] {
				t.Word = id
				i = j
			}
		}
	}
	t.End = int32(i)
	return t
}

// the separators a number token may hold (token.Seps)
const (
	sepComma uint8 = 1 << iota
	sepDot
	sepColon
	sepSlash
	sepMany
)

func sepBit(c byte) uint8 {
	switch c {
	case ',':
		return sepComma
	case '.':
		return sepDot
	case ':':
		return sepColon
	}
	return sepSlash
}

// numParts splits a number token such as "10:30" or "1/2": the integer
// before the first separator, the one after it (and its digit count), and
// the separator.
func numParts(s string) (a, b int64, sep byte, bdigits int) {
	i := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		a = a*10 + int64(s[i]-'0')
		if a > 1e15 {
			return
		}
	}
	if i >= len(s) {
		return
	}
	sep = s[i]
	i++
	for ; i < len(s) && isDigit(s[i]); i++ {
		b = b*10 + int64(s[i]-'0')
		bdigits++
		if b > 1e15 {
			return
		}
	}
	return
}
