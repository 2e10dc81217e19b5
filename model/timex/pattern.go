package timex

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A pattern is written in the rule files as words separated by spaces:
//
//	the            the literal word "the" (case is ignored)
//	a|an|one       any of these words
//	<month>        a word of the lexicon class "month"; it fills the month slot
//	<num>          a built-in element (numbers, years, days, clock times…)
//	x?             x is optional
//	( x y | z )    a group: the sequence "x y", or "z"
//	@name          the macro called name
//
// Patterns compile into a small program that a backtracking matcher runs
// over the tokens, always keeping the longest match.

type opcode uint8

const (
	opWord    opcode = iota // one token whose word id is in words
	opClass                 // a lexicon class entry, one or more tokens
	opBuiltin               // a built-in element
	opSplit                 // try x, then y
	opJmp                   // go to x
	opMatch                 // success
)

type inst struct {
	op      opcode
	words   []int32
	class   *classInfo
	builtin builtin
	x, y    int
}

// builtin elements: numbers and date parts that need arithmetic rather than
// a word list.
type builtin uint8

const (
	bNum        builtin = iota + 1 // a cardinal: 3, 1,000, 2.5, twenty-four, two hundred
	bInt                           // digits only
	bYear                          // 1998, '98, nineteen ninety-eight, two thousand
	bDay                           // a day of the month: 7, 7th, seventh
	bMonthNum                      // a month number 1–12 written in digits
	bDecade                        // 1990s, '90s, 90s
	bOrd                           // an ordinal: 3rd, third
	bClock                         // 10, 10:35, 10.35 (hours and minutes)
	bClockAmPm                     // 5pm, 10am: a clock time with its suffix
	bCap                           // any capitalised word
	bClock24                       // 14:30, 09:00 (not 9:00, which may be evening): a 24-hour clock time
	bHHMM                          // 0900, 1430: four digits read as a clock time
	bFY                            // FY2024, FY24, FY'24: a fiscal year
	bNumDate                       // 2/17/2025, 17/02/2025, 2025/02/17, 17.02.2025: a date in digits
	bYearPair                      // 2024/25, 2024/2025: a year running into the next (a financial year)
	bClock12                       // 7, 12:30, 7.30: an hour of a 12-hour clock; after a dot, quarter hours only
	bYearNext                      // the 24 or 2024 of "2023-24", the year after the one two tokens back
	bDecade4                       // 1990s: a decade with its century
	bDecade2                       // '90s, 90s: a decade without its century
	bClockColon                    // 9:45, 12:30, 18:05: hours and minutes with a colon, either half of the day
	bLit                           // a number written in the pattern ("11"): that number in digits
)

var builtins = map[string]builtin{
	"num": bNum, "int": bInt, "year": bYear, "day": bDay, "monthnum": bMonthNum,
	"decade": bDecade, "ord": bOrd, "clock": bClock, "clockampm": bClockAmPm, "cap": bCap,
	"clock24": bClock24, "hhmm": bHHMM, "numdate": bNumDate, "fy": bFY,
	"yearpair": bYearPair, "clock12": bClock12, "yearnext": bYearNext,
	"decade4": bDecade4, "decade2": bDecade2, "clockcolon": bClockColon,
}

// pnode is a parsed pattern before compilation.
type pnode struct {
	kind     byte // 'w' words, 'c' class, 'b' builtin, 's' sequence, 'a' alternatives, '?' optional
	words    []int32
	class    *classInfo
	builtin  builtin
	num      int // the number of a bLit
	children []*pnode
}

// patternParser parses one pattern string.
type patternParser struct {
	lex    *lexicon
	macros map[string]string
	toks   []string
	pos    int
	depth  int
}

func (l *lexicon) compilePattern(src string, macros map[string]string) ([]inst, error) {
	p := &patternParser{lex: l, macros: macros}
	var err error
	if p.toks, err = lexPattern(src); err != nil {
		return nil, err
	}
	n, err := p.alt()
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.toks) {
		return nil, fmt.Errorf("unexpected %q", p.toks[p.pos])
	}
	var prog []inst
	prog = emit(prog, n)
	prog = append(prog, inst{op: opMatch})
	if canBeEmpty(n) {
		return nil, fmt.Errorf("pattern can match nothing at all")
	}
	return prog, nil
}

// lexPattern splits a pattern into words, "(", ")", ")?" and "|".
func lexPattern(s string) ([]string, error) {
	var out []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			i++
		case c == '(':
			out = append(out, "(")
			i++
		case c == ')':
			if i+1 < len(s) && s[i+1] == '?' {
				out = append(out, ")?")
				i += 2
			} else {
				out = append(out, ")")
				i++
			}
		default:
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '(' && s[j] != ')' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			if j > len(s) {
				return nil, fmt.Errorf("pattern ends with a backslash")
			}
			out = append(out, s[i:j])
			i = j
		}
	}
	return out, nil
}

func (p *patternParser) alt() (*pnode, error) {
	var alts []*pnode
	for {
		s, err := p.seq()
		if err != nil {
			return nil, err
		}
		alts = append(alts, s)
		if p.pos < len(p.toks) && p.toks[p.pos] == "|" {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &pnode{kind: 'a', children: alts}, nil
}

func (p *patternParser) seq() (*pnode, error) {
	var items []*pnode
	for p.pos < len(p.toks) {
		t := p.toks[p.pos]
		if t == "|" || t == ")" || t == ")?" {
			break
		}
		p.pos++
		if t == "(" {
			p.depth++
			if p.depth > 20 {
				return nil, fmt.Errorf("groups nested too deeply")
			}
			n, err := p.alt()
			if err != nil {
				return nil, err
			}
			p.depth--
			if p.pos >= len(p.toks) {
				return nil, fmt.Errorf("missing )")
			}
			closing := p.toks[p.pos]
			p.pos++
			if closing == ")?" {
				n = &pnode{kind: '?', children: []*pnode{n}}
			}
			items = append(items, n)
			continue
		}
		n, err := p.elem(t)
		if err != nil {
			return nil, err
		}
		items = append(items, n)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("empty alternative")
	}
	if len(items) == 1 {
		return items[0], nil
	}
	return &pnode{kind: 's', children: items}, nil
}

// elem parses one word of a pattern: a literal, a class, a built-in or a
// macro, or several joined by "|" ("<unit>|<units>", "a|an"), with an
// optional "?" suffix.
func (p *patternParser) elem(t string) (*pnode, error) {
	opt := false
	if len(t) > 1 && strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "\\?") {
		opt = true
		t = t[:len(t)-1]
	}
	var alts []*pnode
	var single []int32
	parts := strings.Split(t, "|")
	if t == "|" {
		parts = []string{"|"}
	}
	for _, w := range parts {
		if w == "" {
			return nil, fmt.Errorf("empty alternative in %q", t)
		}
		n, err := p.atom(w)
		if err != nil {
			return nil, err
		}
		if n.kind == 'w' {
			single = append(single, n.words...)
			continue
		}
		alts = append(alts, n)
	}
	if len(single) > 0 {
		alts = append([]*pnode{{kind: 'w', words: single}}, alts...)
	}
	n := alts[0]
	if len(alts) > 1 {
		n = &pnode{kind: 'a', children: alts}
	}
	if opt {
		n = &pnode{kind: '?', children: []*pnode{n}}
	}
	return n, nil
}

// atom parses a macro, class, built-in or literal word.
func (p *patternParser) atom(t string) (*pnode, error) {
	switch {
	case strings.HasPrefix(t, "@") && len(t) > 1:
		src, ok := p.macros[t[1:]]
		if !ok {
			return nil, fmt.Errorf("unknown macro %s", t)
		}
		if p.depth > 10 {
			return nil, fmt.Errorf("macro %s expands too deeply", t)
		}
		sub := &patternParser{lex: p.lex, macros: p.macros, depth: p.depth + 1}
		var err error
		if sub.toks, err = lexPattern(src); err != nil {
			return nil, fmt.Errorf("macro %s: %v", t, err)
		}
		n, err := sub.alt()
		if err != nil {
			return nil, fmt.Errorf("macro %s: %v", t, err)
		}
		if sub.pos < len(sub.toks) {
			return nil, fmt.Errorf("macro %s: unexpected %q", t, sub.toks[sub.pos])
		}
		return n, nil
	case strings.HasPrefix(t, "<") && strings.HasSuffix(t, ">") && len(t) > 2:
		name := t[1 : len(t)-1]
		if b, ok := builtins[name]; ok {
			return &pnode{kind: 'b', builtin: b}, nil
		}
		if c, ok := p.lex.classes[name]; ok {
			return &pnode{kind: 'c', class: c}, nil
		}
		return nil, fmt.Errorf("unknown word class <%s>", name)
	}
	t = strings.ReplaceAll(t, "\\", "")
	if n, err := strconv.Atoi(t); err == nil && n >= 0 && t[0] != '+' {
		// digits match a number token of that value: "Sept. 11"
		return &pnode{kind: 'b', builtin: bLit, num: n}, nil
	}
	ws := splitForm(t)
	if !utf8.ValidString(t) || len(ws) == 0 {
		return nil, fmt.Errorf("bad word %q", t)
	}
	if len(ws) == 1 {
		return &pnode{kind: 'w', words: []int32{p.lex.intern(ws[0])}}, nil
	}
	var seq []*pnode
	for _, x := range ws {
		seq = append(seq, &pnode{kind: 'w', words: []int32{p.lex.intern(x)}})
	}
	return &pnode{kind: 's', children: seq}, nil
}

func canBeEmpty(n *pnode) bool {
	switch n.kind {
	case '?':
		return true
	case 's':
		for _, c := range n.children {
			if !canBeEmpty(c) {
				return false
			}
		}
		return true
	case 'a':
		for _, c := range n.children {
			if canBeEmpty(c) {
				return true
			}
		}
	}
	return false
}

// emit appends the program for n.
func emit(prog []inst, n *pnode) []inst {
	switch n.kind {
	case 'w':
		return append(prog, inst{op: opWord, words: n.words})
	case 'c':
		return append(prog, inst{op: opClass, class: n.class})
	case 'b':
		return append(prog, inst{op: opBuiltin, builtin: n.builtin, x: n.num})
	case 's':
		for _, c := range n.children {
			prog = emit(prog, c)
		}
		return prog
	case '?':
		split := len(prog)
		prog = append(prog, inst{op: opSplit})
		prog = emit(prog, n.children[0])
		prog[split].x, prog[split].y = split+1, len(prog)
		return prog
	case 'a':
		var jumps []int
		for i, c := range n.children {
			if i < len(n.children)-1 {
				split := len(prog)
				prog = append(prog, inst{op: opSplit})
				prog = emit(prog, c)
				jumps = append(jumps, len(prog))
				prog = append(prog, inst{op: opJmp})
				prog[split].x, prog[split].y = split+1, len(prog)
			} else {
				prog = emit(prog, c)
			}
		}
		for _, j := range jumps {
			prog[j].x = len(prog)
		}
		return prog
	}
	panic("timex: bad pattern node")
}

// firstSet computes what the first token of a match can be: word ids, classes
// and built-ins. ok is false when the pattern could start with anything.
func firstSet(prog []inst) (words []int32, classes []*classInfo, bs []builtin) {
	seen := map[int]bool{}
	var walk func(pc int)
	walk = func(pc int) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := prog[pc]
		switch in.op {
		case opWord:
			words = append(words, in.words...)
		case opClass:
			classes = append(classes, in.class)
		case opBuiltin:
			bs = append(bs, in.builtin)
		case opSplit:
			walk(in.x)
			walk(in.y)
		case opJmp:
			walk(in.x)
		}
	}
	walk(0)
	return
}
