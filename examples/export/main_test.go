package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func TestFormats(t *testing.T) {
	tests := []struct {
		format string
		check  func(t *testing.T, out string)
	}{
		{"anki", func(t *testing.T, out string) {
			assert.True(t, strings.HasPrefix(out, "#separator:tab\n"))
			assert.Contains(t, out, "#html:false\n")
			assert.Contains(t, out, "#columns:")
			assert.Contains(t, out, "#tags column:")
		}},
		{"gift", func(t *testing.T, out string) {
			assert.Equal(t, 20, strings.Count(out, "::Q"))
			assert.Contains(t, out, "{")
		}},
		{"json", func(t *testing.T, out string) {
			var qz quiz.Quiz
			require.NoError(t, json.Unmarshal([]byte(out), &qz))
			assert.Len(t, qz.Questions, 20)
			assert.Equal(t, uint64(1), qz.Seed)
		}},
		{"markdown", func(t *testing.T, out string) {
			assert.Contains(t, out, "#")
			assert.GreaterOrEqual(t, strings.Count(out, "\n"), 40)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var out, errb bytes.Buffer
			require.Equal(t, 0, run([]string{"-format", tt.format, "-n", "20", "-seed", "1"}, &out, &errb), errb.String())
			tt.check(t, out.String())
			var again bytes.Buffer
			run([]string{"-format", tt.format, "-n", "20", "-seed", "1"}, &again, &errb)
			assert.Equal(t, out.String(), again.String(), "same seed, same bytes")
		})
	}
}

func TestWriteFileAndDeck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deck.txt")
	var errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "anki", "-all", "-kind", "mnemonic", "-o", path}, &bytes.Buffer{}, &errb), errb.String())
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	avail, err := quiz.Available(quiz.Options{Kinds: []quiz.Kind{quiz.Mnemonic}})
	require.NoError(t, err)
	assert.Contains(t, errb.String(), "wrote")
	assert.Positive(t, avail[quiz.Mnemonic])
	assert.Contains(t, string(b), "Kinesis")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-format", "pdf"}, {"-n", "0"}, {"-bogus"}, {"extra"}, {"-category", "gaming"}, {"-kind", "essay"}, {"-n", "100000"}} {
		var errb bytes.Buffer
		assert.Equal(t, 2, run(args, &bytes.Buffer{}, &errb), args)
		assert.Contains(t, errb.String(), "usage: export", args)
	}
	var errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &bytes.Buffer{}, &errb), "-h is not an error")
	assert.Contains(t, errb.String(), "usage: export")
	errb.Reset()
	assert.Equal(t, 1, run([]string{"-o", filepath.Join(t.TempDir(), "no", "such", "dir", "f")}, &bytes.Buffer{}, &errb))
}

// TestExamAndFilters exports a mock exam with domain and task tags, and a
// quiz narrowed by domain, task and where the questions come from.
func TestExamAndFilters(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "json", "-exam", "-seed", "2"}, &out, &errb), errb.String())
	var qz quiz.Quiz
	require.NoError(t, json.Unmarshal(out.Bytes(), &qz))
	assert.Len(t, qz.Questions, quiz.ExamQuestions)
	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "anki", "-exam", "-seed", "2"}, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "clf-c02::domain2")
	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "gift", "-domain", "4", "-task", "4.1", "-n", "3"}, &out, &errb), errb.String())
	assert.Contains(t, out.String(), "$CATEGORY: awsnotes/domain4/task4.1")
	out.Reset()
	require.Equal(t, 0, run([]string{"-format", "json", "-from", "notes", "-n", "5"}, &out, &errb), errb.String())
	require.NoError(t, json.Unmarshal(out.Bytes(), &qz))
	for _, q := range qz.Questions {
		assert.Equal(t, "notes", string(q.Origin), q.Ref)
	}
	for _, bad := range [][]string{{"-domain", "5"}, {"-task", "9.9"}, {"-from", "web"}} {
		errb.Reset()
		assert.Equal(t, 2, run(bad, &bytes.Buffer{}, &errb), bad)
		assert.Contains(t, errb.String(), "export: unknown", bad)
	}
}

// -all writes as many questions as quiz.Available counts for the zero
// Options (the README's count): the deck depends on the seed, so both
// must use the same one.
func TestAllIsAvailable(t *testing.T) {
	avail, err := quiz.Available(quiz.Options{})
	require.NoError(t, err)
	total := 0
	for _, n := range avail {
		total += n
	}
	path := filepath.Join(t.TempDir(), "all.json")
	var errb bytes.Buffer
	require.Equal(t, 0, run([]string{"-format", "json", "-all", "-o", path}, &bytes.Buffer{}, &errb), errb.String())
	assert.Contains(t, errb.String(), fmt.Sprintf("wrote %d questions", total))
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var qz quiz.Quiz
	require.NoError(t, json.Unmarshal(b, &qz))
	assert.Len(t, qz.Questions, total)
}
