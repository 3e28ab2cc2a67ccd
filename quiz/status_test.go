package quiz

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// modifiedCatalog loads the embedded notes after mutate has changed them,
// as a user's own folder would be loaded.
func modifiedCatalog(tb testing.TB, mutate func(*data.Set)) *awsnotes.Catalog {
	tb.Helper()
	set, err := data.Embedded()
	require.NoError(tb, err)
	set = set.Clone()
	mutate(set)
	dir := tb.TempDir()
	write := func(name string, v any) {
		b, err := json.Marshal(v)
		require.NoError(tb, err)
		require.NoError(tb, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(tb, os.WriteFile(filepath.Join(dir, name), b, 0o644))
	}
	write("meta.json", set.Meta)
	write("categories.json", data.CategoryFile{Categories: set.Categories})
	write("exam.json", set.Exam)
	write("services/all.json", data.EntryFile{Entries: set.Entries})
	write("comparisons/all.json", data.ComparisonFile{Comparisons: set.Comparisons})
	cat, err := awsnotes.Load(os.DirFS(dir))
	require.NoError(tb, err)
	return cat
}

// TestRenamedNames checks that a renamed entry's name comes from its
// status (awsnotes.Status.Current), never from the prose of its note: an
// entry renamed in place is shown under its own (current) name, whatever
// old name its note mentions, and an old name with a successor is
// hidden. Every renamed entry's note is rewritten to mention one of its
// old names first, as a note may well be worded.
func TestRenamedNames(t *testing.T) {
	inPlace, old := 0, 0
	cat := modifiedCatalog(t, func(set *data.Set) {
		for i := range set.Entries {
			e := &set.Entries[i]
			if e.Status == nil || e.Status.State != string(awsnotes.StateRenamed) {
				continue
			}
			for _, a := range e.Aliases {
				if !hasHangul(a) {
					e.Status.Note = a + "로 부르던 서비스의 이름이 바뀌었다. 기능은 그대로다."
					break
				}
			}
		}
	})
	g, err := NewGenerator(cat)
	require.NoError(t, err)
	for _, e := range g.ix.entries {
		st := e.s.Status
		if st.State != awsnotes.StateRenamed {
			continue
		}
		if st.Current() {
			inPlace++
			assert.False(t, e.hidden, "%s is current", e.s.ID)
			assert.Equal(t, e.s.DisplayName(), e.name, "%s: renamed in place, shown under an old name from its note", e.s.ID)
		} else {
			old++
			assert.True(t, e.hidden, "%s is an old name (successor %s)", e.s.ID, st.Successor)
		}
	}
	if inPlace == 0 {
		t.Skip("the notes have no entry renamed in place")
	}
	t.Logf("%d renamed in place, %d old names", inPlace, old)
	// And in the questions: an entry renamed in place is offered under
	// its own name, never an alias.
	for seed := uint64(0); seed < 20; seed++ {
		qz, err := g.Generate(Options{Seed: seed, Count: 60})
		require.NoError(t, err)
		for _, q := range qz.Questions {
			for _, id := range q.Services {
				e := g.ix.byID[id]
				assert.False(t, e.hidden, "%s: %s shown", q.Ref, id)
			}
		}
	}
}
