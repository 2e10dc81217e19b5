// Package timeml reads and writes TimeML documents the way TempEval-3
// inputs have them: a header with a <DCT> holding a TIMEX3 (the document
// creation time) and a <TEXT> element holding the text. Reading keeps the
// document's bytes, so writing it back with TIMEX3 tags inserted leaves
// everything else byte-identical.
package timeml

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
)

// SyntaxError is a problem in a TimeML document, at a 1-based line.
type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Document is a parsed TimeML document.
type Document struct {
	raw string
	// textStart and textEnd delimit the raw content of <TEXT>.
	textStart, textEnd int
	// Text is the content of <TEXT> with tags removed and entities decoded:
	// what a tagger reads.
	Text string
	// DCT is the document creation time (zero when the document has none);
	// DCTValue is its TIMEX3 value as written and DCTID its tid.
	DCT      time.Time
	DCTValue string
	DCTID    string
	// Timexes are the TIMEX3 elements already in TEXT, with offsets into
	// Text (gold annotations, or an earlier run's). Write replaces them.
	Timexes []model.Timex
	// segs map Text back to raw bytes.
	segs []segment
	// maxTID is the largest numeric tid already used in the document.
	maxTID int
}

// segment is a run of Text that comes from one run of raw bytes: either
// copied (rawLen == plainLen) or an entity (one decoded character).
type segment struct {
	plain, raw       int // offsets where the run starts, in Text and in raw
	plainLen, rawLen int
}

// Parse reads a TimeML document. It checks that the tags are balanced, that
// there is one TEXT element, and reads the DCT when there is one.
func Parse(data string) (*Document, error) {
	d := &Document{raw: data}
	if err := d.scan(); err != nil {
		return nil, err
	}
	return d, nil
}

func lineAt(s string, off int) int { return strings.Count(s[:off], "\n") + 1 }

// scan checks the markup of the whole document and finds TEXT and DCT.
func (d *Document) scan() error {
	s := d.raw
	type open struct {
		name string
		at   int
	}
	var stack []open
	type openTimex struct {
		at int // offset in Text
		tx model.Timex
	}
	var timexStack []openTimex
	d.textStart, d.textEnd = -1, -1
	dctStart := -1
	var textParts []string
	plainLen := 0
	inText := false
	// stripped TIMEX3 tags inside TEXT are left out of Text; so are all tags.
	last := 0 // raw offset up to which TEXT content was copied
	addText := func(from, to int) error {
		for i := from; i < to; {
			j := strings.IndexByte(s[i:to], '&')
			if j < 0 {
				textParts = append(textParts, s[i:to])
				d.segs = append(d.segs, segment{plain: plainLen, raw: i, plainLen: to - i, rawLen: to - i})
				plainLen += to - i
				break
			}
			if j > 0 {
				textParts = append(textParts, s[i:i+j])
				d.segs = append(d.segs, segment{plain: plainLen, raw: i, plainLen: j, rawLen: j})
				plainLen += j
			}
			i += j
			dec, n := decodeEntity(s[i:to])
			if n == 0 {
				textParts = append(textParts, "&")
				d.segs = append(d.segs, segment{plain: plainLen, raw: i, plainLen: 1, rawLen: 1})
				plainLen++
				i++
				continue
			}
			textParts = append(textParts, dec)
			d.segs = append(d.segs, segment{plain: plainLen, raw: i, plainLen: len(dec), rawLen: n})
			plainLen += len(dec)
			i += n
		}
		return nil
	}
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		if strings.HasPrefix(s[lt:], "<!--") {
			e := strings.Index(s[lt:], "-->")
			if e < 0 {
				return &SyntaxError{lineAt(s, lt), "comment is never closed"}
			}
			if inText {
				addText(last, lt)
				last = lt + e + 3
			}
			i = lt + e + 3
			continue
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			return &SyntaxError{lineAt(s, lt), "tag is never closed (missing '>')"}
		}
		gt += lt
		tag := s[lt+1 : gt]
		if nl := strings.IndexByte(tag, '<'); nl >= 0 {
			return &SyntaxError{lineAt(s, lt), "'<' inside a tag"}
		}
		i = gt + 1
		if strings.HasPrefix(tag, "?") || strings.HasPrefix(tag, "!") {
			continue // <?xml …?>, <!DOCTYPE …>
		}
		if inText {
			addText(last, lt)
			last = gt + 1
		}
		closing := strings.HasPrefix(tag, "/")
		self := strings.HasSuffix(tag, "/")
		name := tag
		if closing {
			name = name[1:]
		}
		if self {
			name = name[:len(name)-1]
		}
		if k := strings.IndexAny(name, " \t\r\n"); k >= 0 {
			name = name[:k]
		}
		if name == "" {
			return &SyntaxError{lineAt(s, lt), fmt.Sprintf("empty tag <%s>", tag)}
		}
		if id := attr(tag, "tid"); strings.HasPrefix(id, "t") {
			if n, err := strconv.Atoi(id[1:]); err == nil && n > d.maxTID {
				d.maxTID = n
			}
		}
		switch {
		case self:
		case closing:
			if len(stack) == 0 {
				return &SyntaxError{lineAt(s, lt), fmt.Sprintf("</%s> closes nothing", name)}
			}
			top := stack[len(stack)-1]
			if top.name != name {
				return &SyntaxError{lineAt(s, lt), fmt.Sprintf("</%s> closes <%s> opened on line %d", name, top.name, lineAt(s, top.at))}
			}
			stack = stack[:len(stack)-1]
			switch name {
			case "TEXT":
				d.textEnd = lt
				inText = false
			case "DCT":
				dctStart = -1
			case "TIMEX3":
				if inText && len(timexStack) > 0 {
					ot := timexStack[len(timexStack)-1]
					timexStack = timexStack[:len(timexStack)-1]
					ot.tx.Start, ot.tx.End = ot.at, plainLen
					d.Timexes = append(d.Timexes, ot.tx)
				}
			}
		default:
			stack = append(stack, open{name, lt})
			switch name {
			case "TEXT":
				if d.textStart >= 0 {
					return &SyntaxError{lineAt(s, lt), "a second <TEXT>"}
				}
				if len(stack) > 2 {
					return &SyntaxError{lineAt(s, lt), "<TEXT> nested inside <" + stack[len(stack)-2].name + ">"}
				}
				d.textStart = gt + 1
				inText = true
				last = gt + 1
			case "DCT":
				dctStart = lt
			case "TIMEX3":
				if inText {
					timexStack = append(timexStack, openTimex{at: plainLen, tx: model.Timex{
						ID: attr(tag, "tid"), Type: attr(tag, "type"), Value: attr(tag, "value"), Mod: attr(tag, "mod"),
						Quant: attr(tag, "quant"), Freq: attr(tag, "freq")}})
				}
				if dctStart >= 0 && d.DCTValue == "" {
					d.DCTValue = attr(tag, "value")
					d.DCTID = attr(tag, "tid")
					t, err := ParseDCT(d.DCTValue)
					if err != nil {
						return &SyntaxError{lineAt(s, lt), "DCT: " + err.Error()}
					}
					d.DCT = t
				}
			}
		}
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return &SyntaxError{lineAt(s, top.at), fmt.Sprintf("<%s> is never closed", top.name)}
	}
	if d.textStart < 0 {
		return &SyntaxError{1, "no <TEXT> element"}
	}
	d.Text = strings.Join(textParts, "")
	for i := range d.Timexes {
		x := &d.Timexes[i]
		x.Text = d.Text[x.Start:x.End]
	}
	sort.SliceStable(d.Timexes, func(i, j int) bool { return d.Timexes[i].Start < d.Timexes[j].Start })
	return nil
}

// attr returns the value of attribute name in the inside of a tag.
func attr(tag, name string) string {
	for i := 0; ; {
		k := strings.Index(tag[i:], name+"=\"")
		if k < 0 {
			return ""
		}
		k += i
		if k > 0 && tag[k-1] != ' ' && tag[k-1] != '\t' && tag[k-1] != '\n' {
			i = k + 1
			continue
		}
		v := tag[k+len(name)+2:]
		if e := strings.IndexByte(v, '"'); e >= 0 {
			return v[:e]
		}
		return ""
	}
}

// decodeEntity decodes the entity at the start of s ("&amp;", "&#233;"),
// returning the text and the bytes used, or n == 0 when s does not start
// with one the package knows.
func decodeEntity(s string) (string, int) {
	semi := strings.IndexByte(s, ';')
	if semi < 2 || semi > 10 {
		return "", 0
	}
	name := s[1:semi]
	switch name {
	case "amp":
		return "&", semi + 1
	case "lt":
		return "<", semi + 1
	case "gt":
		return ">", semi + 1
	case "quot":
		return "\"", semi + 1
	case "apos":
		return "'", semi + 1
	}
	if name[0] == '#' {
		var n int64
		var err error
		if len(name) > 1 && (name[1] == 'x' || name[1] == 'X') {
			n, err = strconv.ParseInt(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseInt(name[1:], 10, 32)
		}
		if err != nil || n <= 0 || !utf8.ValidRune(rune(n)) {
			return "", 0
		}
		return string(rune(n)), semi + 1
	}
	return "", 0
}

// ParseDCT reads a DCT value: YYYY-MM-DD with an optional time after it,
// or YYYYMMDD. Only the day is kept.
func ParseDCT(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t, nil
		}
	}
	if len(v) == 8 {
		if t, err := time.Parse("20060102", v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", v)
}

// segAt returns the index of the segment holding Text offset p.
func (d *Document) segAt(p int) int {
	lo, hi := 0, len(d.segs)
	for lo < hi {
		m := (lo + hi) / 2
		if d.segs[m].plain <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// rawStart is the raw offset of the character at Text offset p: after any
// tags removed just before it.
func (d *Document) rawStart(p int) int {
	i := d.segAt(p)
	if i < 0 {
		return d.textStart
	}
	sg := d.segs[i]
	if sg.rawLen != sg.plainLen {
		return sg.raw // an entity starts here
	}
	return sg.raw + p - sg.plain
}

// rawEnd is the raw offset just after the character before Text offset p:
// before any tags removed just after it.
func (d *Document) rawEnd(p int) int {
	if p <= 0 {
		return d.textStart
	}
	i := d.segAt(p - 1)
	if i < 0 {
		return d.textStart
	}
	sg := d.segs[i]
	if sg.rawLen != sg.plainLen {
		return sg.raw + sg.rawLen
	}
	return sg.raw + p - sg.plain
}

// Write writes the document with a TIMEX3 element around each timex (their
// offsets are into d.Text), and returns how many timexes could not be placed
// without breaking the markup (they are left out). TIMEX3 elements already
// in TEXT are replaced, not nested: the new tags take their place.
func (d *Document) Write(w io.Writer, txs []model.Timex) (skipped int, err error) {
	bw := &errWriter{w: w}
	pos := d.textStart
	bw.str(d.raw[:pos])
	tid := d.maxTID
	lastEnd := -1
	for _, tx := range txs {
		if tx.Start < 0 || tx.End > len(d.Text) || tx.Start >= tx.End || tx.Start < lastEnd {
			skipped++
			continue
		}
		rs, re := d.rawStart(tx.Start), d.rawEnd(tx.End)
		if rs < pos || re < rs || !balanced(d.raw[rs:re]) {
			skipped++
			continue
		}
		d.copyText(bw, pos, rs)
		tid++
		bw.str(openTag(tx, tid, d.DCTID))
		d.copyText(bw, rs, re)
		bw.str("</TIMEX3>")
		pos = re
		lastEnd = tx.End
	}
	d.copyText(bw, pos, d.textEnd)
	bw.str(d.raw[d.textEnd:])
	return skipped, bw.err
}

// copyText writes raw TEXT bytes [from, to) without their TIMEX3 tags.
func (d *Document) copyText(bw *errWriter, from, to int) {
	s := d.raw[from:to]
	for {
		i := strings.Index(s, "<TIMEX3")
		j := strings.Index(s, "</TIMEX3>")
		if i < 0 && j < 0 {
			bw.str(s)
			return
		}
		if i < 0 || j >= 0 && j < i {
			bw.str(s[:j])
			s = s[j+len("</TIMEX3>"):]
			continue
		}
		gt := strings.IndexByte(s[i:], '>')
		bw.str(s[:i])
		s = s[i+gt+1:]
	}
}

// balanced reports whether every tag in s but TIMEX3 is closed within s.
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			break
		}
		lt += i
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			return false
		}
		tag := s[lt+1 : lt+gt]
		i = lt + gt + 1
		switch {
		case strings.HasSuffix(tag, "/"), strings.HasPrefix(tag, "!"), strings.HasPrefix(tag, "?"),
			strings.HasPrefix(tag, "TIMEX3"), tag == "/TIMEX3":
			// TIMEX3 tags in TEXT are dropped on writing
		case strings.HasPrefix(tag, "/"):
			depth--
			if depth < 0 {
				return false
			}
		default:
			depth++
		}
	}
	return depth == 0
}

// openTag writes <TIMEX3 …> for tx.
func openTag(tx model.Timex, tid int, dctID string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, tid, escape(tx.Type), escape(tx.Value))
	if tx.Mod != "" {
		fmt.Fprintf(&b, ` mod="%s"`, escape(tx.Mod))
	}
	if tx.Quant != "" {
		fmt.Fprintf(&b, ` quant="%s"`, escape(tx.Quant))
	}
	if tx.Freq != "" {
		fmt.Fprintf(&b, ` freq="%s"`, escape(tx.Freq))
	}
	if tx.Implied {
		b.WriteString(` temporalFunction="true"`)
		if dctID != "" {
			fmt.Fprintf(&b, ` anchorTimeID="%s"`, escape(dctID))
		}
	}
	b.WriteString(">")
	return b.String()
}

func escape(s string) string {
	if !strings.ContainsAny(s, `<>&"`) {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(b []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(b)
	e.err = err
	return n, err
}

func (e *errWriter) str(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

// WritePlain writes plain text as a TimeML document: the text escaped in a
// TEXT element with the timexes (offsets into text) tagged, and a DCT when
// dct is not zero.
func WritePlain(w io.Writer, text string, dct time.Time, txs []model.Timex) error {
	bw := &errWriter{w: w}
	dctID := WritePlainHeader(bw, dct)
	WritePlainText(bw, text, 0, txs, dctID, 0)
	WritePlainFooter(bw)
	return bw.err
}

// WritePlainHeader writes what comes before the text of a plain-text
// document (the XML declaration, the DCT when dct is not zero, <TEXT>) and
// returns the DCT's tid ("" without one). Streaming writers follow it with
// WritePlainText pieces and WritePlainFooter.
func WritePlainHeader(w io.Writer, dct time.Time) (dctID string) {
	io.WriteString(w, "<?xml version=\"1.0\" ?>\n<TimeML>\n")
	if !dct.IsZero() {
		dctID = "t0"
		v := dct.Format("2006-01-02")
		fmt.Fprintf(w, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", v, v)
	}
	io.WriteString(w, "<TEXT>")
	return dctID
}

// WritePlainFooter closes what WritePlainHeader opened.
func WritePlainFooter(w io.Writer) {
	io.WriteString(w, "</TEXT>\n</TimeML>\n")
}

// WritePlainText writes a piece of plain text that starts at byte offset
// base of the whole text, escaped, with the timexes tagged; tids continue
// from tid. It returns the last tid used. Streaming writers call it once
// per piece between their own header and footer.
func WritePlainText(w io.Writer, text string, base int, txs []model.Timex, dctID string, tid int) int {
	bw, ok := w.(*errWriter)
	if !ok {
		bw = &errWriter{w: w}
	}
	pos := 0
	for _, tx := range txs {
		s, e := tx.Start-base, tx.End-base
		if s < pos || e > len(text) || s >= e {
			continue
		}
		bw.str(escapeText(text[pos:s]))
		tid++
		bw.str(openTag(tx, tid, dctID))
		bw.str(escapeText(text[s:e]))
		bw.str("</TIMEX3>")
		pos = e
	}
	bw.str(escapeText(text[pos:]))
	return tid
}

func escapeText(s string) string {
	if !strings.ContainsAny(s, "<>&") {
		return s
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}
