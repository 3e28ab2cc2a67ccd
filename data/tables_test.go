package data

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGeneratedTablesMatchFiles checks that tables.go holds exactly what
// the embedded files decode to. After editing a file under data/, run
// go generate ./data.
func TestGeneratedTablesMatchFiles(t *testing.T) {
	if generated == nil {
		t.Skip("built without the generated tables (tag awsnotes_notables)")
	}
	set, err := Decode(files)
	require.NoError(t, err)
	require.Equal(t, set, generated, "tables.go is stale: run go generate ./data")
}
