package events

import (
	"unicode"
	"unicode/utf8"
)

// tokKind tells words from punctuation.
type tokKind uint8

const (
	tWord  tokKind = iota
	tNum           // digits
	tPunct         // any other single character
)

// token is one word or punctuation mark of a sentence. Offsets are bytes
// into the article text, like every offset in the model.
type token struct {
	start, end int
	// low is the lower-cased text, with typographic apostrophes made plain.
	low  string
	kind tokKind
	// upper is set when the word starts with a capital letter.
	upper bool
	// glue marks a hyphen or apostrophe written without spaces around it
	// ("U.S.-Russian"); such a mark joins words instead of parting clauses.
	glue bool
	// ment is 1 + the index of the actor mention covering the token.
	ment int
	// timex is set inside a temporal expression.
	timex bool
	// trig is 1 + the index of the trigger the token belongs to.
	trig int
	// bits are the word's classes in the lexicon (Coder.words).
	bits uint32
	// id is the word's number in the lexicon's vocabulary (Coder.vocab),
	// 0 for a word no phrase holds.
	id int32
}

// isBreak reports whether the token parts clauses: ; : ( ) quotes and
// spaced dashes. Commas are handled apart.
func (t *token) isBreak() bool {
	if t.kind != tPunct || t.glue {
		return false
	}
	switch t.low {
	case ";", ":", "(", ")", "[", "]", "\"", "“", "”", "«", "»", "'", "‘", "–", "—", "-", "!", "?":
		return true
	}
	return false
}

// isQuote reports whether the token is a quotation mark.
func (t *token) isQuote() bool {
	if t.kind != tPunct {
		return false
	}
	switch t.low {
	case "\"", "“", "”", "«", "»", "'", "‘":
		return true
	}
	return false
}

// isComma reports whether the token is a comma.
func (t *token) isComma() bool { return t.kind == tPunct && t.low == "," }

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isWordChar reports whether r can be part of a word.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenizer splits text into tokens, reusing its buffers between calls.
type tokenizer struct {
	buf  []byte
	toks []token
	// classify gives a lower-cased word its classes (Coder.words) and its
	// vocabulary id; nil leaves every token's bits and id zero.
	classify func(low string) (uint32, int32)
	// seen caches, per word as written, its lower-cased form and classes,
	// so a word costs one map lookup and an allocation only the first time.
	seen map[string]wordInfo
	// punct caches the classes of ASCII marks, looked up once each.
	punct [128]struct {
		bits uint32
		id   int32
		ok   bool
	}
}

type wordInfo struct {
	low  string
	bits uint32
	id   int32
}

// tokenize splits text[lo:hi] into tokens. A word is a run of letters and
// digits, with inner apostrophes ("didn't", "Russia's") and inner periods
// between letters ("U.S", "J.D") kept; a period that ends such an
// abbreviation is kept too, so that "U.S." never looks like a full stop.
// The returned slice is reused by the next call.
func (tz *tokenizer) tokenize(text string, lo, hi int) []token {
	tz.toks = tz.toks[:0]
	for i := lo; i < hi; {
		var r rune
		var n int
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII: spaces and word starts without decoding
			if c == ' ' || '\t' <= c && c <= '\r' {
				i++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		if !isWordChar(r) {
			t := token{start: i, end: i + n, kind: tPunct}
			if r == '’' || r == '‘' {
				t.low = "'"
			} else {
				t.low = text[i : i+n]
			}
			// a hyphen or apostrophe between two non-spaces joins words
			if (r == '-' || r == '\'' || r == '’' || r == '/') && i > lo && i+n < hi {
				pr, _ := utf8.DecodeLastRuneInString(text[:i])
				nr, _ := decode(text, i+n)
				t.glue = !isSpace(pr) && !isSpace(nr)
			}
			if tz.classify != nil {
				if r < utf8.RuneSelf {
					p := &tz.punct[r]
					if !p.ok {
						p.bits, p.id = tz.classify(t.low)
						p.ok = true
					}
					t.bits, t.id = p.bits, p.id
				} else {
					t.bits, t.id = tz.classify(t.low)
				}
			}
			tz.toks = append(tz.toks, t)
			i += n
			continue
		}
		start := i
		digits := true
		for i < hi {
			// plain ASCII letters and digits, the common case
			for i < hi {
				c := text[i]
				if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
					digits = false
				} else if c < '0' || c > '9' {
					break
				}
				i++
			}
			if i >= hi {
				break
			}
			r, n := decode(text, i)
			if isWordChar(r) {
				if !unicode.IsDigit(r) {
					digits = false
				}
				i += n
				continue
			}
			if i+n < hi {
				nr, _ := decode(text, i+n)
				// inner apostrophe: didn't, Russia's, Xi'an
				if (r == '\'' || r == '’') && unicode.IsLetter(nr) {
					i += n
					continue
				}
				// the possessive of a plural: "analysts' expectations"
				if (r == '\'' || r == '’') && text[i-1] == 's' && isSpace(nr) {
					i += n
					break
				}
				// inner period between letters: U.S, J.D, e.g
				if r == '.' && unicode.IsLetter(nr) && !digits {
					pr, _ := utf8.DecodeLastRuneInString(text[:i])
					if unicode.IsUpper(pr) || i-start <= 2 {
						i += n
						continue
					}
				}
				// thousands and decimals: 1,000 and 2.5
				if (r == ',' || r == '.') && digits && unicode.IsDigit(nr) {
					i += n
					continue
				}
			}
			break
		}
		// the final period of a dotted abbreviation (U.S.) belongs to it
		if i < hi && text[i] == '.' && isDotted(text[start:i]) {
			i++
		}
		t := token{start: start, end: i, kind: tWord}
		if digits {
			t.kind = tNum
		}
		if c := text[start]; c < utf8.RuneSelf {
			t.upper = 'A' <= c && c <= 'Z'
		} else {
			fr, _ := utf8.DecodeRuneInString(text[start:])
			t.upper = unicode.IsUpper(fr)
		}
		raw := text[start:i]
		if wi, ok := tz.seen[raw]; ok {
			t.low, t.bits, t.id = wi.low, wi.bits, wi.id
		} else {
			t.low = tz.lower(raw)
			if tz.classify != nil {
				t.bits, t.id = tz.classify(t.low)
			}
			if tz.seen == nil {
				tz.seen = map[string]wordInfo{}
			}
			if len(tz.seen) < 1<<16 {
				tz.seen[raw] = wordInfo{t.low, t.bits, t.id}
			}
		}
		tz.toks = append(tz.toks, t)
	}
	return tz.toks
}

// decode returns the rune at text[i] and its length, fast for ASCII.
func decode(text string, i int) (rune, int) {
	if i >= len(text) {
		return utf8.RuneError, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isSpace is unicode.IsSpace with a fast path for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

// isDotted reports whether w is a dotted abbreviation like "U.S" or "J.D".
func isDotted(w string) bool {
	dots := 0
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			dots++
		}
	}
	return dots > 0 && len(w) <= 3*dots+2
}

// lower returns s lower-cased with ’ made '; a word already in lower
// case costs no allocation.
func (tz *tokenizer) lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		lowerNeeded := false
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				lowerNeeded = true
				break
			}
		}
		if !lowerNeeded {
			return s
		}
		b := tz.buf[:0]
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
		tz.buf = b
		return string(b)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r == '’' || r == '‘' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// words tokenizes a lexicon phrase into its lower-cased words.
func phraseWords(p string) []string {
	var tz tokenizer
	toks := tz.tokenize(p, 0, len(p))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.low)
	}
	return out
}
