package quiz

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/data"
)

// writeScaled writes a data folder holding the embedded notes k times
// over: copy 1 as it is, copy i with every ID, name, reading and alias
// marked " xi" (references kept inside the copy), so the catalog has k
// times the entries, notes and tables, and Load reads it as a user's
// own folder would be read.
func writeScaled(tb testing.TB, dir string, k int) {
	tb.Helper()
	set, err := data.Embedded()
	if err != nil {
		tb.Fatal(err)
	}
	must := func(err error) {
		if err != nil {
			tb.Fatal(err)
		}
	}
	write := func(name string, v any) {
		b, err := json.Marshal(v)
		must(err)
		must(os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		must(os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	write("meta.json", set.Meta)
	write("categories.json", data.CategoryFile{Categories: set.Categories})
	write("exam.json", set.Exam)
	for c := 1; c <= k; c++ {
		id := func(s string) string {
			if c == 1 || s == "" {
				return s
			}
			return fmt.Sprintf("%s-x%d", s, c)
		}
		ids := func(list []string) []string {
			out := make([]string, len(list))
			for i, s := range list {
				out[i] = id(s)
			}
			return out
		}
		name := func(s string) string {
			if c == 1 || s == "" {
				return s
			}
			return fmt.Sprintf("%s x%d", s, c)
		}
		var entries []data.Entry
		for _, e := range set.Clone().Entries {
			e.ID, e.Name, e.Short, e.Abbr, e.Reading = id(e.ID), name(e.Name), name(e.Short), name(e.Abbr), name(e.Reading)
			for i := range e.Aliases {
				e.Aliases[i] = name(e.Aliases[i])
			}
			for i := range e.Notes {
				e.Notes[i].Heading = name(e.Notes[i].Heading)
			}
			e.Related, e.Confusables = ids(e.Related), ids(e.Confusables)
			for i := range e.Scenarios {
				e.Scenarios[i].Also = ids(e.Scenarios[i].Also)
			}
			if e.Status != nil {
				s := *e.Status
				s.Successor = id(s.Successor)
				e.Status = &s
			}
			entries = append(entries, e)
		}
		write(fmt.Sprintf("services/copy%02d.json", c), data.EntryFile{Entries: entries})
		var comps []data.Comparison
		for _, t := range set.Clone().Comparisons {
			t.ID, t.Services = id(t.ID), ids(t.Services)
			comps = append(comps, t)
		}
		write(fmt.Sprintf("comparisons/copy%02d.json", c), data.ComparisonFile{Comparisons: comps})
	}
}

var scaled sync.Map // k → *awsnotes.Catalog

// scaledCatalog loads the embedded notes k times over (see writeScaled).
func scaledCatalog(tb testing.TB, k int) *awsnotes.Catalog {
	tb.Helper()
	if c, ok := scaled.Load(k); ok {
		return c.(*awsnotes.Catalog)
	}
	dir := tb.TempDir()
	writeScaled(tb, dir, k)
	cat, err := awsnotes.Load(os.DirFS(dir))
	if err != nil {
		tb.Fatal(err)
	}
	scaled.Store(k, cat)
	return cat
}

func TestScaledCatalog(t *testing.T) {
	one := scaledCatalog(t, 1)
	three := scaledCatalog(t, 3)
	if three.Len() != 3*one.Len() {
		t.Fatalf("3× catalog has %d entries, want %d", three.Len(), 3*one.Len())
	}
	g, err := NewGenerator(three)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Generate(Options{Seed: 1, Count: 100}); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkIndexScaling builds the index of catalogs of 1, 3 and 10 times
// the embedded notes: the time per entry must stay flat (linear growth).
func BenchmarkIndexScaling(b *testing.B) {
	for _, k := range []int{1, 3, 10} {
		cat := scaledCatalog(b, k)
		tables, err := compare.For(cat)
		if err != nil {
			b.Fatal(err)
		}
		all := tables.All()
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				buildIndex(cat, all)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(cat.Len()), "ns/entry")
		})
	}
}

// BenchmarkFirstGenerate is the first Generate of a fresh process on a
// catalog of 1, 3 and 10 times the embedded notes: indexing (the
// catalog's tables included) and a default quiz of ten questions.
func BenchmarkFirstGenerate(b *testing.B) {
	for _, k := range []int{1, 3, 10} {
		cat := scaledCatalog(b, k)
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				g, err := NewGenerator(cat)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := g.Generate(Options{Seed: uint64(i)}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGenerate100Scaled makes 100 questions from an indexed catalog
// of 1 and 3 times the embedded notes.
func BenchmarkGenerate100Scaled(b *testing.B) {
	for _, k := range []int{1, 3} {
		g, err := NewGenerator(scaledCatalog(b, k))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := g.Generate(Options{Seed: uint64(i), Count: 100}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
