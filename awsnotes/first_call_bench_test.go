package awsnotes

import (
	"os"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/data"
)

var sinkFirst ID

// BenchmarkFirstCall is what the first call of a program pays, and what it
// paid on 2026-11-22 for the notes of that day (81 entries), measured in
// the same run:
//
//   - notes-2026.11.22: decoding, validating and indexing that day's files
//     (testdata/notes-2026.11.22), as the first call did then;
//   - decode-files: the same for today's files, as Load pays for them;
//   - default: what Default pays today: the tables generated ahead of time
//     (data/tables.go), copied and indexed.
func BenchmarkFirstCall(b *testing.B) {
	b.Run("notes-2026.11.22", func(b *testing.B) {
		fsys := os.DirFS("testdata/notes-2026.11.22")
		b.ReportAllocs()
		for b.Loop() {
			c, err := Load(fsys)
			if err != nil {
				b.Fatal(err)
			}
			sinkFirst, _ = c.LookupID("ec2")
		}
	})
	b.Run("decode-files", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, err := Load(data.FS())
			if err != nil {
				b.Fatal(err)
			}
			sinkFirst, _ = c.LookupID("ec2")
		}
	})
	b.Run("default", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			set, err := data.Embedded()
			if err != nil {
				b.Fatal(err)
			}
			c, err := newCatalog(set)
			if err != nil {
				b.Fatal(err)
			}
			sinkFirst, _ = c.LookupID("ec2")
		}
	})
}
