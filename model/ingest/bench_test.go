package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-app/parley/assets"
	"github.com/parley-app/parley/model/extract"
)

// BenchmarkLoadExtract1000 loads 1,000 articles of 5 KB from a folder and
// runs the whole extraction pipeline over them (target ≤ 5 s on 2 cores).
// The articles are the embedded samples' paragraphs in rotating order,
// each with its own front matter date, so that no two are alike.
func BenchmarkLoadExtract1000(b *testing.B) {
	var paras []string
	err := fs.WalkDir(assets.Samples, "samples", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := fs.ReadFile(assets.Samples, p)
		if err != nil {
			return err
		}
		body := string(raw)
		if i := strings.Index(body[3:], "\n---\n"); strings.HasPrefix(body, "---") && i >= 0 {
			body = body[i+8:]
		}
		for _, para := range strings.Split(body, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				paras = append(paras, para)
			}
		}
		return nil
	})
	if err != nil || len(paras) < 10 {
		b.Fatalf("samples: %v (%d paragraphs)", err, len(paras))
	}
	dir := b.TempDir()
	var total int64
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 1000; i++ {
		var sb strings.Builder
		fmt.Fprintf(&sb, "---\ntitle: \"Article %d\"\ndate: %s\n---\n", i+1, day.AddDate(0, 0, i%120).Format("2006-01-02"))
		for k := 0; sb.Len() < 5000; k++ {
			sb.WriteString(paras[(i*7+k)%len(paras)])
			sb.WriteString("\n\n")
		}
		p := filepath.Join(dir, fmt.Sprintf("%04d.md", i))
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		total += int64(sb.Len())
	}
	pl := extract.Default()
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := Load([]string{dir})
		if len(r.Errors) > 0 || len(r.Articles) != 1000 {
			b.Fatalf("%d articles, errors %v", len(r.Articles), r.Errors)
		}
		c := pl.Run(r.Articles, extract.Options{})
		if len(c.Events) < 1000 {
			b.Fatalf("only %d events", len(c.Events))
		}
	}
}
