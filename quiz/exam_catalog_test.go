package quiz

import (
	"os"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/stretchr/testify/require"
)

// examGenerator is a generator over testdata/exam: a small catalog with
// every field the exam kinds use (facts, cases, confusables, tasks, a
// correction, a retired entry, the families and a curated table), loaded
// with awsnotes.Load as a user's own notes would be.
func examGenerator(t testing.TB) *Generator {
	t.Helper()
	cat, err := awsnotes.Load(os.DirFS("testdata/exam"))
	require.NoError(t, err)
	g, err := NewGenerator(cat)
	require.NoError(t, err)
	return g
}

func TestExamCatalogLoads(t *testing.T) {
	cat, err := awsnotes.Load(os.DirFS("testdata/exam"))
	require.NoError(t, err)
	require.Greater(t, cat.Len(), 40)
}
