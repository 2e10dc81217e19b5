package timex

import (
	"math"
	"strconv"
	"strings"
)

// frame collects what the elements of a match said: the slots a rule's
// production turns into a TIMEX3 value. Zero means "not said".
type frame struct {
	year      int
	yearShort bool // written with two digits ('98)
	month     int
	day       int
	weekday   int  // ISO: Monday 1 … Sunday 7
	decade    int  // 199 for the 1990s
	hundreds  bool // the decade was written with four digits ending in 00 ("the 1800s")
	num, num2 float64
	nums      uint8 // how many numbers were read
	ord       int
	unit      string // Y M W D H MIN S Q HALF E C L WE
	plural    bool
	shift     int
	hasShift  bool
	dir       int // -1 ago/earlier, +1 later/from now
	mod       string
	pod       string // MO AF EV NI DT
	season    string // SP SU FA WI
	ref       string
	hour      int
	minute    int
	hasClock  bool
	ampm      byte // 'a' or 'p'
	holiday   string
	vague     bool
	fiscal    bool
	tz        bool
	frac      float64 // "and a half"
	// decimal: the first number was written with a decimal point ("12.5
	// hours"), which a duration keeps rather than breaking it into units
	decimal bool
	latest  bool // "the latest quarter": not the one just mentioned
	dayOff  int  // "the day before Tuesday": days added to the day named
	// clockDays moves a clock time to the day before or after: "8 p.m.
	// EST (0100 GMT)" is the next day in GMT
	clockDays int
	// zoneWeekday is the weekday a time restated in another zone named
	// ("which was 10 a.m. Thursday in Pyongyang"): the day next to the
	// first time's that has it
	zoneWeekday int
	// the second date of "from March to May", whose year
	// follows the first one's rather than the DCT
	// (rangeFrom is the first date's start token + 1; 0 when none)
	rangeFrom int
	// rangeBack: the date is the last such day before the one rangeFrom
	// names, not the first after ("returns on Tuesday after Monday's bank
	// holiday")
	rangeBack bool
}

// slot is what a lexicon class fills.
type slot uint8

const (
	sList slot = iota // a plain word list, used by context checks only
	sMonth
	sWeekday
	sNumber
	sOrdinal
	sUnit
	sUnits
	sSeason
	sPartOfDay
	sShift
	sDirection
	sMod
	sRef
	sVague
	sHoliday
	sDayWord
	sClockWord
	sAmPm
	sDecadeWord
	sTimeZone
	sFiscal
	sFraction
	sLatest
	sDayOffset
	sPeriod
)

// classSlots names the value classes the lexicon may define, and what each
// fills. Any other class is a plain word list.
var classSlots = map[string]slot{
	"month": sMonth, "weekday": sWeekday, "weekdays": sWeekday, "parts_of_day": sPartOfDay,
	"number": sNumber, "ordinal": sOrdinal,
	"unit": sUnit, "units": sUnits, "season": sSeason, "season_noun": sSeason, "part_of_day": sPartOfDay,
	"shift": sShift, "shift_named": sShift, "shift_away": sShift, "shift_anaphoric": sShift, "shift_after": sShift, "direction": sDirection, "direction_anaphoric": sDirection,
	"mod": sMod, "mod_near": sMod, "mod_after": sMod, "approx": sMod, "about": sMod, "ref": sRef, "vague": sVague, "month_abbr": sMonth,
	"holiday": sHoliday, "day_word": sDayWord, "clock_word": sClockWord, "ampm": sAmPm,
	"decade_word": sDecadeWord, "time_zone": sTimeZone, "fiscal": sFiscal, "fraction": sFraction,
	"latest": sLatest, "day_kind": sList, "day_offset": sDayOffset,
	"period": sPeriod, "hhmm_zone": sList,
}

// fill sets the slot of class c from value v, reporting whether the value
// fits (numbers must parse).
func (f *frame) fill(c *classInfo, v string) bool {
	switch c.slot {
	case sMonth:
		f.month = atoi(v)
	case sWeekday:
		f.weekday = atoi(v)
	case sNumber:
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return false
		}
		f.setNum(n)
	case sOrdinal:
		f.ord = atoi(v)
	case sUnit:
		f.unit = v
	case sUnits:
		if f.plural && f.unit != "" {
			break // "weeks or months" is valued by its first unit
		}
		f.unit, f.plural = v, true
	case sSeason:
		f.season = v
	case sPartOfDay:
		f.pod = v
	case sShift:
		f.shift, f.hasShift = atoi(v), true
	case sDirection:
		f.dir = atoi(v)
	case sMod:
		f.mod = v
	case sRef:
		f.ref = v
	case sVague:
		f.vague = true
		if v != "" && v != "X" {
			if n, err := strconv.ParseFloat(v, 64); err == nil {
				f.setNum(n)
				f.vague = false
			}
		}
	case sHoliday:
		f.holiday = v
	case sDayWord:
		f.unit, f.shift, f.hasShift = "D", atoi(v), true
	case sClockWord:
		h, m, ok := parseClock(v)
		if !ok {
			return false
		}
		f.hour, f.minute, f.hasClock = h, m, true
	case sAmPm:
		if v == "" {
			return false
		}
		f.ampm = v[0]
	case sDecadeWord:
		f.decade = atoi(v)
	case sTimeZone:
		f.tz = true
	case sFiscal:
		f.fiscal = true
	case sFraction:
		n, err := strconv.ParseFloat(v, 64)
		if err != nil {
			return false
		}
		f.frac = n
	case sLatest:
		f.latest = true
	case sDayOffset:
		n, err := strconv.Atoi(v)
		if err != nil {
			return false
		}
		f.dayOff = n
	case sPeriod:
		// Q3, H1: a quarter or a half and its number
		if len(v) != 2 || v[1] < '1' || v[1] > '4' {
			return false
		}
		switch v[0] {
		case 'Q':
			f.unit = "Q"
		case 'H':
			if v[1] > '2' {
				return false
			}
			f.unit = "HALF"
		default:
			return false
		}
		f.ord = int(v[1] - '0')
	}
	return true
}

func (f *frame) setNum(n float64) {
	if f.nums == 0 {
		f.num = n
	} else {
		f.num2 = n
	}
	f.nums++
}

// atoi parses a small signed integer, 0 on error.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}

// parseClock parses "12:00" or "12".
func parseClock(s string) (h, m int, ok bool) {
	a, b, sep, _ := numParts(s)
	if sep != 0 && sep != ':' {
		return 0, 0, false
	}
	if a > 24 || b > 59 {
		return 0, 0, false
	}
	return int(a), int(b), true
}

// thread is one state of the backtracking matcher. What its elements
// said is a chain of slot writes in the runner's log, ei being the last:
// threads share their history, and only the winning match's chain is
// replayed into a frame. The log holds no pointers, so it costs the
// garbage collector nothing.
type thread struct {
	pc, pos int
	ei      int32
}

// write is one slot write in the log: op names the slot, a and b carry
// integers (for a class, a is the form's index), f a number.
type write struct {
	parent int32
	op     writeOp
	a, b   int32
	f      float64
}

type writeOp uint8

const (
	wForm writeOp = iota + 1
	wNum
	wYear
	wDay
	wMonth
	wDecade
	wOrd
	wClock
)

// runner matches rule programs against a token slice. It is not safe for
// concurrent use; each Session has its own (pooled).
type runner struct {
	lex   *lexicon
	text  string
	toks  []token
	stack []thread
	log   []write
	// best match of the current run
	bestEnd   int
	bestEntry int32
	bestFrame frame
	steps     int
	chain     []int32
	// buffers a Session borrows
	tokBuf   []token
	matchBuf []match
}

// maxSteps bounds the work of one rule at one position, so that no
// pattern can make the tagger slow on hostile input.
const maxSteps = 4000

// run matches prog at token start and returns the end of the longest match
// (exclusive token index), or -1; the slots of that match are then in
// bestFrame.
func (r *runner) run(prog []inst, start int, preset *frame) int {
	r.bestEnd = -1
	r.steps = 0
	r.log = r.log[:0]
	r.stack = append(r.stack[:0], thread{pc: 0, pos: start, ei: -1})
	for len(r.stack) > 0 {
		th := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		r.exec(prog, &th)
		if r.steps > maxSteps {
			break
		}
	}
	if r.bestEnd >= 0 {
		r.replay(preset)
	}
	return r.bestEnd
}

// note appends a slot write to th's chain.
func (r *runner) note(th *thread, w write) {
	w.parent = th.ei
	r.log = append(r.log, w)
	th.ei = int32(len(r.log) - 1)
}

// replay builds bestFrame from preset and the best match's writes.
func (r *runner) replay(preset *frame) {
	r.bestFrame = *preset
	r.chain = r.chain[:0]
	for e := r.bestEntry; e >= 0; e = r.log[e].parent {
		r.chain = append(r.chain, e)
	}
	f := &r.bestFrame
	for i := len(r.chain) - 1; i >= 0; i-- {
		w := r.log[r.chain[i]]
		switch w.op {
		case wForm:
			fe := r.lex.entries[w.a]
			f.fill(fe.class, fe.value)
		case wNum:
			if f.nums == 0 && w.a != 0 {
				f.decimal = true
			}
			f.setNum(w.f)
		case wYear:
			f.year, f.yearShort = int(w.a), w.b != 0
		case wDay:
			f.day = int(w.a)
		case wMonth:
			f.month = int(w.a)
		case wDecade:
			f.decade, f.hundreds = int(w.a), w.b != 0
		case wOrd:
			f.ord = int(w.a)
		case wClock:
			f.hour, f.minute, f.hasClock, f.ampm = int(w.a), int(w.b), true, byte(w.f)
		}
	}
}

// exec runs one thread until it fails or matches, pushing alternatives.
func (r *runner) exec(prog []inst, th *thread) {
	for {
		r.steps++
		if r.steps > maxSteps {
			return
		}
		in := &prog[th.pc]
		switch in.op {
		case opMatch:
			if th.pos > r.bestEnd {
				r.bestEnd, r.bestEntry = th.pos, th.ei
			}
			return
		case opJmp:
			th.pc = in.x
		case opSplit:
			r.stack = append(r.stack, thread{pc: in.y, pos: th.pos, ei: th.ei})
			th.pc = in.x
		case opWord:
			if th.pos >= len(r.toks) || !containsID(in.words, r.toks[th.pos].Word) {
				return
			}
			th.pos++
			th.pc++
		case opClass:
			if th.pos >= len(r.toks) || !r.matchClass(in.class, th) {
				return
			}
		case opBuiltin:
			if in.builtin == bLit {
				if th.pos >= len(r.toks) {
					return
				}
				if t := &r.toks[th.pos]; !plainInt(t) || t.Num != int64(in.x) {
					return
				}
				th.pos++
				th.pc++
				continue
			}
			if th.pos >= len(r.toks) || !r.matchBuiltin(in.builtin, th) {
				return
			}
		}
	}
}

// plainInt reports whether t is a number in plain digits, with no suffix
// and no apostrophe: "11", not "11th", "1.5" or "'98".
func plainInt(t *token) bool {
	return t.Kind == tokNum && t.Plain && t.Word < 0 && t.Digits&0x80 == 0
}

func containsID(ids []int32, w int32) bool {
	if w < 0 {
		return false
	}
	for _, x := range ids {
		if x == w {
			return true
		}
	}
	return false
}

// matchClass matches every form of class c at th.pos: the longest one
// continues th, shorter ones are pushed as alternatives.
func (r *runner) matchClass(c *classInfo, th *thread) bool {
	t := r.toks[th.pos]
	if t.Word < 0 {
		return false
	}
	if c.capitalized && t.Kind == tokWord {
		// (a form may open with its article, "the Lunar New Year", and
		// then the word after it is the one written with a capital:
		// "The fourth bomb" at a sentence's start is no "the Fourth")
		capital := t.Cap
		if t.Word == r.lex.idThe {
			capital = th.pos+1 < len(r.toks) && r.toks[th.pos+1].Cap
		}
		if !capital {
			return false
		}
	}
	if !c.starts(t.Word) {
		return false
	}
	found := false
	var next thread
	for _, fe := range r.lex.forms[t.Word] {
		if fe.class != c {
			continue
		}
		end := th.pos + 1
		ok := true
		for _, w := range fe.rest {
			if end >= len(r.toks) || r.toks[end].Word != w {
				ok = false
				break
			}
			end++
		}
		if !ok {
			continue
		}
		nt := thread{pc: th.pc + 1, pos: end, ei: th.ei}
		if c.slot != sList {
			// the values were checked when the lexicon was loaded
			r.note(&nt, write{op: wForm, a: fe.idx})
		}
		if !found {
			next, found = nt, true
		} else {
			r.stack = append(r.stack, nt)
		}
	}
	if found {
		*th = next
	}
	return found
}

// tokText returns the text of token i.
func (r *runner) tokText(i int) string {
	t := r.toks[i]
	return r.text[t.Start:t.End]
}

// matchBuiltin matches a built-in element at th.pos.
func (r *runner) matchBuiltin(b builtin, th *thread) bool {
	t := r.toks[th.pos]
	switch b {
	case bNum:
		if t.Kind == tokNum {
			if t.Word >= 0 {
				return false // 1990s, 3rd
			}
			var v float64
			if t.Plain {
				v = float64(t.Num)
			} else {
				var ok bool
				if v, ok = parseDecimal(r.tokText(th.pos)); !ok {
					return false
				}
			}
			dec := int32(0)
			if v != math.Trunc(v) {
				dec = 1 // "12.5"
			}
			// "2 1/2"
			if th.pos+1 < len(r.toks) {
				if fr, ok := r.fraction(th.pos + 1); ok {
					alt := thread{pc: th.pc + 1, pos: th.pos + 1, ei: th.ei}
					r.note(&alt, write{op: wNum, f: v, a: dec})
					r.stack = append(r.stack, alt)
					v += fr
					dec = 0
					th.pos++
				}
			}
			r.note(th, write{op: wNum, f: v, a: dec})
			th.pos++
			th.pc++
			return true
		}
		start := th.pos
		if w := t.Word; (w == r.lex.idA || w == r.lex.idAn) && th.pos+1 < len(r.toks) {
			// "a hundred years", "a thousand years"
			if n, ok := r.numberWord(th.pos + 1); ok && (n == 100 || n == 1000) {
				start++
			}
		}
		v, end, ok := r.spelledNumber(start)
		if !ok {
			return false
		}
		r.note(th, write{op: wNum, f: float64(v)})
		th.pos = end
		th.pc++
		return true
	case bInt:
		if !plainInt(&t) {
			return false
		}
		r.note(th, write{op: wNum, f: float64(t.Num)})
	case bYear:
		if t.Kind == tokNum {
			if !t.Plain || t.Word >= 0 {
				return false
			}
			switch {
			case t.Digits == 4 && t.Num >= 1000 && t.Num <= 2999:
				r.note(th, write{op: wYear, a: int32(t.Num)})
			case t.Digits == 0x82:
				y := int32(t.Num) + 1900
				if t.Num < 30 {
					y += 100
				}
				r.note(th, write{op: wYear, a: y, b: 1})
			default:
				return false
			}
			break
		}
		y, end, ok := r.spelledYear(th.pos)
		if !ok {
			return false
		}
		r.note(th, write{op: wYear, a: int32(y)})
		th.pos = end
		th.pc++
		return true
	case bDay:
		if t.Kind == tokNum {
			if !t.Plain || t.Digits > 2 || t.Num < 1 || t.Num > 31 {
				return false
			}
			if t.Word >= 0 && !r.isOrdinalSuffix(t.Word) {
				return false
			}
			r.note(th, write{op: wDay, a: int32(t.Num)})
			break
		}
		v, end, ok := r.spelledOrdinal(th.pos)
		if !ok || v < 1 || v > 31 {
			return false
		}
		r.note(th, write{op: wDay, a: int32(v)})
		th.pos = end
		th.pc++
		return true
	case bMonthNum:
		if t.Kind != tokNum || !t.Plain || t.Word >= 0 || t.Digits > 2 || t.Num < 1 || t.Num > 12 {
			return false
		}
		r.note(th, write{op: wMonth, a: int32(t.Num)})
	case bDecade, bDecade4, bDecade2:
		if t.Kind != tokNum || !t.Plain || t.Word != r.lex.idS || t.Num%10 != 0 {
			return false
		}
		switch d := t.Digits &^ 0x80; {
		case d == 4 && b != bDecade2:
			w := write{op: wDecade, a: int32(t.Num / 10)}
			if t.Num%100 == 0 {
				w.b = 1 // ("the 1800s")
			}
			r.note(th, w)
		case d == 2 && b != bDecade4:
			r.note(th, write{op: wDecade, a: 190 + int32(t.Num/10)})
		default:
			return false
		}
	case bOrd:
		if t.Kind == tokNum {
			if !t.Plain || !r.isOrdinalSuffix(t.Word) {
				return false
			}
			r.note(th, write{op: wOrd, a: int32(t.Num)})
			break
		}
		v, end, ok := r.spelledOrdinal(th.pos)
		if !ok {
			return false
		}
		r.note(th, write{op: wOrd, a: int32(v)})
		th.pos = end
		th.pc++
		return true
	case bClockAmPm:
		// 5pm, 10am, and with minutes 6.15am, 6:15pm
		if t.Kind != tokNum || t.Word < 0 || t.Digits&0x80 != 0 {
			return false
		}
		w := r.lex.words[t.Word]
		if w != "am" && w != "pm" {
			return false
		}
		h, min := t.Num, int64(0)
		if !t.Plain {
			txt := r.tokText(th.pos)
			a, b, sep, bd := numParts(txt)
			if sep != ':' && sep != '.' || bd != 2 || b > 59 || len(txt) != strings.IndexByte(txt, sep)+3+len(w) {
				return false
			}
			h, min = a, b
		}
		if h < 1 || h > 12 {
			return false
		}
		r.note(th, write{op: wClock, a: int32(h), b: int32(min), f: float64(w[0])})
	case bClock:
		if t.Kind != tokNum || t.Digits&0x80 != 0 || t.Word >= 0 {
			return false
		}
		if t.Plain {
			if t.Num > 24 || t.Digits > 2 {
				return false
			}
			r.note(th, write{op: wClock, a: int32(t.Num)})
			break
		}
		a, b, sep, bd := numParts(r.tokText(th.pos))
		if (sep != ':' && sep != '.') || bd != 2 || a > 24 || b > 59 || len(r.tokText(th.pos)) > 5 {
			return false
		}
		r.note(th, write{op: wClock, a: int32(a), b: int32(b)})
	case bClockColon:
		if t.Kind != tokNum || t.Digits&0x80 != 0 || t.Word >= 0 || t.Plain {
			return false
		}
		a, b, sep, bd := numParts(r.tokText(th.pos))
		if sep != ':' || bd != 2 || a > 23 || b > 59 || len(r.tokText(th.pos)) > 5 {
			return false
		}
		r.note(th, write{op: wClock, a: int32(a), b: int32(b)})
	case bClock24, bHHMM:
		if t.Kind != tokNum || t.Digits&0x80 != 0 || t.Word >= 0 {
			return false
		}
		var h, m int64
		if b == bHHMM {
			if !t.Plain || t.Digits != 4 {
				return false
			}
			h, m = t.Num/100, t.Num%100
		} else {
			a, bb, sep, bd := numParts(r.tokText(th.pos))
			if t.Plain || sep != ':' || bd != 2 || len(r.tokText(th.pos)) > 5 {
				return false
			}
			if len(r.tokText(th.pos)) < 5 && a < 13 {
				return false // "9:45" is as often evening as morning: only "09:45" is sure
			}
			h, m = a, bb
		}
		if h > 24 || m > 59 || h == 24 && m != 0 {
			return false
		}
		r.note(th, write{op: wClock, a: int32(h), b: int32(m)})
	case bFY:
		// the year after "FY": 2024, 24, '24
		if t.Kind != tokNum || !t.Plain || t.Word >= 0 {
			return false
		}
		y := int(t.Num)
		switch t.Digits &^ 0x80 {
		case 4:
		case 2:
			y += 2000 // fiscal years are named in this century: "FY30"
			if y > 2070 {
				y -= 100 // "FY98"
			}
		default:
			return false
		}
		if y < 1000 || y > 2999 {
			return false
		}
		r.note(th, write{op: wYear, a: int32(y)})
	case bYearPair:
		if t.Kind != tokNum || t.Plain || t.Word >= 0 {
			return false
		}
		y, ok := yearPair(r.tokText(th.pos))
		if !ok {
			return false
		}
		r.note(th, write{op: wYear, a: int32(y)})
	case bNumDate:
		if t.Kind != tokNum || t.Plain || t.Word >= 0 {
			return false
		}
		y, mo, d, ok := numDate(r.tokText(th.pos))
		if !ok {
			return false
		}
		r.note(th, write{op: wYear, a: int32(y)})
		r.note(th, write{op: wMonth, a: int32(mo)})
		r.note(th, write{op: wDay, a: int32(d)})
	case bCap:
		// a capitalised word that is not a weekday, month or holiday:
		// "Damascus time", but not "Friday Eastern time"
		if t.Kind != tokWord || !t.Cap || t.Word >= 0 && r.lex.classMask[t.Word]&r.lex.capitalMask != 0 {
			return false
		}
	case bClock12:
		if t.Kind != tokNum || t.Digits&0x80 != 0 || t.Word >= 0 {
			return false
		}
		if t.Plain {
			if t.Num < 1 || t.Num > 12 || t.Digits > 2 {
				return false
			}
			r.note(th, write{op: wClock, a: int32(t.Num)})
			break
		}
		txt := r.tokText(th.pos)
		a, b, sep, bd := numParts(txt)
		// "7.30 this morning" is a time, but "1.25 this morning" a price:
		// after a dot only the quarter hours count
		if sep != ':' && !(sep == '.' && b%15 == 0) || bd != 2 || a < 1 || a > 12 || b > 59 || len(txt) > 5 {
			return false
		}
		r.note(th, write{op: wClock, a: int32(a), b: int32(b)})
	case bYearNext:
		if t.Kind != tokNum || !t.Plain || t.Word >= 0 || th.pos < 2 {
			return false
		}
		y := r.toks[th.pos-2]
		if y.Kind != tokNum || !y.Plain || y.Digits != 4 {
			return false
		}
		switch t.Digits {
		case 2:
			if t.Num != (y.Num+1)%100 {
				return false
			}
		case 4:
			if t.Num != y.Num+1 {
				return false
			}
		default:
			return false
		}
	default:
		return false
	}
	th.pos++
	th.pc++
	return true
}

func (r *runner) isOrdinalSuffix(w int32) bool {
	if w < 0 {
		return false
	}
	switch r.lex.words[w] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// fraction reads "1/2", "3/4" at token i.
func (r *runner) fraction(i int) (float64, bool) {
	t := r.toks[i]
	if t.Kind != tokNum || t.Plain || t.Word >= 0 || t.SpaceBefore == 0 {
		return 0, false
	}
	a, b, sep, _ := numParts(r.tokText(i))
	if sep != '/' || b == 0 || a >= b || b > 16 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

// parseDecimal reads 1,000 or 2.5 (but not 10:30 or 1/2).
func parseDecimal(s string) (float64, bool) {
	var v float64
	frac := 0.0
	group := -1 // digits since the last comma
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if frac > 0 {
				v += float64(c-'0') * frac
				frac /= 10
			} else {
				v = v*10 + float64(c-'0')
				if group >= 0 {
					group++
				}
			}
		case c == ',' && frac == 0:
			if group >= 0 && group != 3 {
				return 0, false
			}
			group = 0
		case c == '.' && frac == 0:
			if group >= 0 && group != 3 {
				return 0, false
			}
			group = -1
			frac = 0.1
		default:
			return 0, false
		}
	}
	if group >= 0 && group != 3 {
		return 0, false
	}
	return v, true
}

// numberWord returns the value of a spelled number word at token i.
func (r *runner) numberWord(i int) (int, bool) {
	if i >= len(r.toks) || r.toks[i].Word < 0 || r.lex.number != nil && !r.lex.number.starts(r.toks[i].Word) {
		return 0, false
	}
	for _, fe := range r.lex.forms[r.toks[i].Word] {
		if fe.class.slot == sNumber && len(fe.rest) == 0 {
			return atoi(fe.value), true
		}
	}
	return 0, false
}

// spelledNumber reads "twenty-four", "two hundred and five", "three thousand".
func (r *runner) spelledNumber(i int) (v, end int, ok bool) {
	if n, isNum := r.numberWord(i); isNum && n >= 100 && i > 0 && r.toks[i-1].Kind == tokNum {
		// "1.4 million five years ago": the scale word ends the number
		// before it and starts none
		return 0, 0, false
	}
	total, cur := 0, 0
	last := -1 // value of the last word read
	j := i
	for j < len(r.toks) {
		n, isNum := r.numberWord(j)
		if !isNum {
			// a hyphen inside "twenty-four", "and" inside "hundred and five"
			w := r.toks[j].Word
			if (w == r.lex.punct['-'] && last >= 20 && last < 100 && last%10 == 0 || w == r.lex.idAnd && last == 100) && j+1 < len(r.toks) {
				if n2, ok2 := r.numberWord(j + 1); ok2 && n2 < 100 && (last == 100 || n2 < 10) {
					j++
					continue
				}
			}
			break
		}
		switch {
		case n == 100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case n >= 1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * n
			cur = 0
		case n < 10 && last >= 20 && last < 100 && last%10 == 0, n < 100 && (last == 100 || last >= 1000):
			cur += n
		case last >= 0:
			// "five six": two numbers, stop after the first
			end = j
			return total + cur, end, true
		default:
			cur += n
		}
		last = n
		j++
	}
	if j == i {
		return 0, 0, false
	}
	return total + cur, j, true
}

// spelledOrdinal reads "eighth", "twenty-third", "twenty third".
func (r *runner) spelledOrdinal(i int) (v, end int, ok bool) {
	ord := func(k int) (int, bool) {
		if k >= len(r.toks) || r.toks[k].Word < 0 {
			return 0, false
		}
		for _, fe := range r.lex.forms[r.toks[k].Word] {
			if fe.class.slot == sOrdinal && len(fe.rest) == 0 {
				return atoi(fe.value), true
			}
		}
		return 0, false
	}
	if n, ok := ord(i); ok {
		return n, i + 1, true
	}
	tens, isNum := r.numberWord(i)
	if !isNum || tens < 20 || tens > 90 || tens%10 != 0 {
		return 0, 0, false
	}
	j := i + 1
	if j < len(r.toks) && r.toks[j].Word == r.lex.punct['-'] {
		j++
	}
	if n, ok := ord(j); ok && n < 10 {
		return tens + n, j + 1, true
	}
	return 0, 0, false
}

// spelledYear reads "nineteen ninety-eight", "nineteen eighty", "two
// thousand", "two thousand and one".
func (r *runner) spelledYear(i int) (int, int, bool) {
	a, isNum := r.numberWord(i)
	if !isNum {
		return 0, 0, false
	}
	if a >= 10 && a <= 20 {
		// nineteen | ninety-eight
		b, end, ok := r.spelledNumber(i + 1)
		if ok && b >= 10 && b < 100 {
			return a*100 + b, end, true
		}
		return 0, 0, false
	}
	if a == 2 {
		v, end, ok := r.spelledNumber(i)
		if ok && v >= 2000 && v < 2100 {
			return v, end, true
		}
	}
	return 0, 0, false
}

// numDate reads a date written in digits: "2/17/2025" and "10/30/89" (month
// first, as American news writes it), "17/02/2025" (day first, when the
// first number cannot be a month), "2025/02/17" (year first) and
// "17.02.2025" (day first, the European dotted form, only with a full year).
func numDate(s string) (y, m, d int, ok bool) {
	var parts [3]int
	var digits [3]int
	n, sep := 0, byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			if digits[n] >= 4 {
				return 0, 0, 0, false
			}
			parts[n] = parts[n]*10 + int(c-'0')
			digits[n]++
			continue
		}
		if c != '/' && c != '.' || sep != 0 && c != sep || n == 2 || digits[n] == 0 {
			return 0, 0, 0, false
		}
		sep = c
		n++
	}
	if n != 2 || digits[2] == 0 {
		return 0, 0, 0, false
	}
	switch {
	case digits[0] == 4 && sep != '.':
		y, m, d = parts[0], parts[1], parts[2]
		if digits[1] > 2 || digits[2] > 2 {
			return 0, 0, 0, false
		}
	case digits[2] == 4 || digits[2] == 2 && sep == '/':
		if digits[0] > 2 || digits[1] > 2 {
			return 0, 0, 0, false
		}
		y = parts[2]
		if digits[2] == 2 {
			y += 1900
			if y < 1930 {
				y += 100
			}
		}
		m, d = parts[0], parts[1]
		if sep == '.' || m > 12 {
			m, d = d, m
		}
	default:
		return 0, 0, 0, false
	}
	if y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// yearPair reads "2024/25" or "2024/2025", a year running into the next,
// and returns the first year.
func yearPair(s string) (int, bool) {
	a, b, sep, bd := numParts(s)
	if sep != '/' || a < 1000 || a > 2999 || len(s) != 5+bd {
		return 0, false
	}
	switch bd {
	case 2:
		if b != (a+1)%100 {
			return 0, false
		}
	case 4:
		if b != a+1 {
			return 0, false
		}
	default:
		return 0, false
	}
	return int(a), true
}
