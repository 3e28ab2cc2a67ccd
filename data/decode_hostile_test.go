package data_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// hostileFiles are entries files a user might load that are broken on
// purpose: deep nesting of each kind, wide objects, long strings.
func hostileFiles() map[string]string {
	const depth = 10_000
	entry := `{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summary": "요약"`
	return map[string]string{
		"arrays nested 10,000 deep":             `{"entries": ` + strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}`,
		"objects nested 10,000 deep":            `{"entries": [` + entry + `, "notes": [{"lines": [{"text": ` + strings.Repeat(`{"a": `, depth) + `1` + strings.Repeat("}", depth) + `}]}]}]}`,
		"an entry of arrays nested 9,990 deep":  `{"entries": [` + strings.Repeat("[[", 4995) + strings.Repeat("]]", 4995) + `]}`,
		"an entry of objects nested 9,990 deep": `{"entries": [` + strings.Repeat(`{"a": {"b": `, 4995) + `1` + strings.Repeat("}}", 4995) + `]}`,
		"unclosed arrays, 1 MB":                 `{"entries": ` + strings.Repeat("[", 1<<20),
		"unknown keys nested deep":              `{"entries": [` + entry + `, "aliases": ` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}]}`,
		"a million keys":                        `{"entries": [` + entry + `, "zz": {` + strings.Repeat(`"k": 1, `, 100_000) + `"k": 1}}]}`,
		"a 1 MB string":                         `{"entries": [` + entry + `, "aliases": ["` + strings.Repeat("가", 1<<18) + `", 3]}]}`,
	}
}

// TestDecodeRefusesHostileFilesInLinearSpace checks that a broken file is
// refused with an error naming it, and that refusing it allocates no more
// than a small multiple of its size (today's strict key check once built
// a path string per value: 655 MB for a 50 KB file nested 10,000 deep).
func TestDecodeRefusesHostileFilesInLinearSpace(t *testing.T) {
	for name, body := range hostileFiles() {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"services/bad.json": {Data: []byte(body)}}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := data.Decode(fsys)
			runtime.ReadMemStats(&after)
			require.Error(t, err)
			var de *data.Error
			require.True(t, errors.As(err, &de), "%v", err)
			assert.Equal(t, "services/bad.json", de.File)
			allocated := after.TotalAlloc - before.TotalAlloc
			limit := uint64(64*len(body) + 4<<20)
			assert.LessOrEqualf(t, allocated, limit, "refusing a %d-byte file allocated %d bytes", len(body), allocated)
		})
	}
}

func BenchmarkDecodeHostile(b *testing.B) {
	for name, body := range hostileFiles() {
		fsys := fstest.MapFS{"services/bad.json": {Data: []byte(body)}}
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := data.Decode(fsys); err == nil {
					b.Fatal("a hostile file decoded")
				}
			}
		})
	}
}
