package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/parley-app/parley/model"
	"github.com/parley-app/parley/model/timeml"
	"github.com/parley-app/parley/model/timex"
)

func init() {
	register(&Command{
		Name:    "tag",
		Usage:   "[--dct YYYY-MM-DD] [FILE...] | --dir IN_DIR --out OUT_DIR",
		Summary: "mark temporal expressions (TIMEX3) in TimeML or plain text",
		Run:     runTag,
	})
}

// plainChunk is how much plain text is tagged at a time, so that huge
// files stream through in constant memory.
const plainChunk = 1 << 20

func runTag(env *Env, args []string) int {
	c := commands["tag"]
	fs := newFlags(env, c)
	dctFlag := fs.String("dct", "", "publication day `YYYY-MM-DD` for documents that have no DCT of their own")
	dir := fs.String("dir", "", "tag every file in this `directory`…")
	out := fs.String("out", "", "…and write the results to this `directory` (same names, .tml)")
	if code, ok := parseFlags(env, fs, args); !ok {
		return code
	}
	dct, ok := parseDCT(env, *dctFlag)
	if !ok {
		return 2
	}
	tg := timex.Default()
	files := positional(fs)
	if (*dir == "") != (*out == "") {
		env.Errorf("--dir and --out go together")
		return 2
	}
	failed := false
	if *dir != "" {
		if len(files) > 0 {
			env.Errorf("give either --dir or files, not both")
			return 2
		}
		if !tagDir(env, tg, *dir, *out, dct) {
			failed = true
		}
		if failed {
			return 1
		}
		return 0
	}
	if len(files) == 0 {
		if err := tagStream(env, tg, "standard input", env.Stdin, env.Stdout, dct); err != nil {
			env.Errorf("%v", err)
			return 1
		}
		return 0
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			env.Errorf("%v", err)
			failed = true
			continue
		}
		err = tagStream(env, tg, name, f, env.Stdout, dct)
		f.Close()
		if err != nil {
			env.Errorf("%v", err)
			failed = true
		}
	}
	if failed {
		return 1
	}
	return 0
}

// tagDir tags every regular file of in into out.
func tagDir(env *Env, tg *timex.Tagger, in, out string, dct time.Time) bool {
	entries, err := os.ReadDir(in)
	if err != nil {
		env.Errorf("%v", err)
		return false
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		env.Errorf("%v", err)
		return false
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	ok := true
	for _, e := range entries {
		if !e.Type().IsRegular() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		src := filepath.Join(in, e.Name())
		name := e.Name()
		if ext := filepath.Ext(name); ext != ".tml" {
			name = strings.TrimSuffix(name, ext) + ".tml"
		}
		if err := tagFile(env, tg, src, filepath.Join(out, name), dct); err != nil {
			env.Errorf("%v", err)
			ok = false
		}
	}
	return ok
}

// tagFile tags src into dst through a temporary file, so that output
// streams and a file that fails leaves nothing behind.
func tagFile(env *Env, tg *timex.Tagger, src, dst string, dct time.Time) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".*")
	if err != nil {
		return err
	}
	if err := tagStream(env, tg, src, f, tmp, dct); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), dst)
}

// tagStream tags one document read from r and writes it to w. TimeML is
// read whole; plain text streams through in chunks.
func tagStream(env *Env, tg *timex.Tagger, name string, r io.Reader, w io.Writer, dct time.Time) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4096)
	if len(bytes.TrimSpace(head)) == 0 {
		if _, err := br.Peek(1); err == io.EOF || len(head) == 0 {
			env.Errorf("%s: empty file; nothing to tag", name)
			bw := bufio.NewWriter(w)
			if err := timeml.WritePlain(bw, "", dct, nil); err != nil {
				return err
			}
			return bw.Flush()
		}
	}
	if isTimeML(head) {
		data, err := io.ReadAll(br)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		return tagTimeML(env, tg, name, toUTF8(env, name, data), w, dct)
	}
	return tagPlain(env, tg, name, br, w, dct)
}

// isTimeML guesses from the start of a file whether it is TimeML.
func isTimeML(head []byte) bool {
	h := bytes.TrimLeft(head, "\ufeff \t\r\n")
	return bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<TimeML")) || bytes.Contains(head, []byte("<TEXT>"))
}

// toUTF8 returns data as a string, decoding it as Latin-1 (and saying so)
// when it is not valid UTF-8.
func toUTF8(env *Env, name string, data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	bad := 0
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad = i
			break
		}
		i += n
	}
	env.Errorf("%s: not UTF-8 (first bad byte at offset %d); read as Latin-1", name, bad)
	return latin1(data)
}

func latin1(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		b.WriteRune(rune(c))
	}
	return b.String()
}

func tagTimeML(env *Env, tg *timex.Tagger, name, data string, w io.Writer, dct time.Time) error {
	doc, err := timeml.Parse(data)
	if err != nil {
		var se *timeml.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("%s:%d: %s", name, se.Line, se.Msg)
		}
		return fmt.Errorf("%s: %v", name, err)
	}
	use := doc.DCT
	if use.IsZero() {
		use = dct
		if use.IsZero() {
			env.Errorf("%s: no DCT in the document and no --dct: dates relative to it are left unresolved (XXXX)", name)
		}
	}
	txs := tg.Tag(doc.Text, use)
	bw := bufio.NewWriter(w)
	skipped, err := doc.Write(bw, txs)
	if err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	if skipped > 0 {
		env.Errorf("%s: %d temporal expressions cross other markup and were left out", name, skipped)
	}
	return bw.Flush()
}

// tagPlain tags plain text chunk by chunk, cutting after a line break or a
// sentence end so that expressions are not split, and wraps it in TimeML.
func tagPlain(env *Env, tg *timex.Tagger, name string, r *bufio.Reader, w io.Writer, dct time.Time) error {
	if dct.IsZero() {
		env.Errorf("%s: no --dct: dates relative to the publication day are left unresolved (XXXX)", name)
	}
	bw := bufio.NewWriter(w)
	dctID := timeml.WritePlainHeader(bw, dct)
	s := tg.NewSession(dct)
	defer s.Close()
	var pending []byte
	buf := make([]byte, plainChunk)
	base, tid := 0, 0
	warned := false
	var txs []model.Timex
	for eof := false; !eof; {
		n, err := io.ReadFull(r, buf)
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			eof = true
		} else if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		pending = append(pending, buf[:n]...)
		cut := len(pending)
		if !eof {
			cut = cutPoint(pending)
		}
		piece := pending[:cut]
		var text string
		if utf8.Valid(piece) {
			text = string(piece)
		} else {
			if !warned {
				env.Errorf("%s: not UTF-8 (near byte %d); read as Latin-1", name, base)
				warned = true
			}
			text = latin1(piece)
		}
		txs = s.Tag(text, base, txs[:0])
		tid = timeml.WritePlainText(bw, text, base, txs, dctID, tid)
		base += len(text)
		pending = append(pending[:0], pending[cut:]...)
	}
	timeml.WritePlainFooter(bw)
	return bw.Flush()
}

// cutPoint finds where to end a chunk: after the last line break, else after
// the last sentence end, else after the last space, else at a rune boundary.
func cutPoint(b []byte) int {
	half := len(b) / 2
	if i := bytes.LastIndexByte(b, '\n'); i >= half {
		return i + 1
	}
	if i := bytes.LastIndex(b, []byte(". ")); i >= half {
		return i + 2
	}
	if i := bytes.LastIndexByte(b, ' '); i >= half {
		return i + 1
	}
	i := len(b)
	for k := 0; k < utf8.UTFMax && i > 0 && !utf8.RuneStart(b[i-1]); k++ {
		i--
	}
	if i > 0 && !utf8.RuneStart(b[i-1]) || i > 0 && b[i-1] >= utf8.RuneSelf {
		// stop before a rune that may be incomplete
		i--
	}
	if i <= 0 {
		return len(b)
	}
	return i
}
