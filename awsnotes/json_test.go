package awsnotes_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

var updateJSON = flag.Bool("update-json", false, "rewrite the JSON golden files in testdata/golden")

// TestServiceJSON pins the JSON a program sends for a Service, Result and
// Source: the data files' lower-case field names, stable across releases.
// The entry comes from testdata/golden/notes, which fills every field.
func TestServiceJSON(t *testing.T) {
	c, err := awsnotes.Load(os.DirFS("testdata/golden/notes"))
	require.NoError(t, err)
	s, ok := c.Get("golden-service")
	require.True(t, ok)
	results := c.Search("골든", 1)
	require.Len(t, results, 1)
	for name, v := range map[string]any{"service.json": s, "result.json": results[0], "sources.json": c.Sources()} {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(v, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", name)
			if *updateJSON {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "run go test ./awsnotes -run TestServiceJSON -update-json if the change is meant")
		})
	}
	var back awsnotes.Service
	b, err := json.Marshal(s)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back, "a Service survives a JSON round trip")
}
