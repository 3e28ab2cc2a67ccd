package category_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/category"
)

var updateJSON = flag.Bool("update-json", false, "rewrite the JSON golden files in testdata")

// TestJSON pins the JSON of the taxonomy a program sends to a client: the
// exam's domains with their task statements, every task statement, and a
// category.
func TestJSON(t *testing.T) {
	security, ok := category.Get(category.Security)
	require.True(t, ok)
	for name, v := range map[string]any{"domains.json": category.Domains(), "tasks.json": category.Tasks(), "category.json": security} {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(v, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("testdata", name)
			if *updateJSON {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "run go test ./category -run TestJSON -update-json if the change is meant")
		})
	}
	var back []category.DomainInfo
	b, err := json.Marshal(category.Domains())
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, category.Domains(), back)
}

func TestDomainsAndTasks(t *testing.T) {
	domains := category.Domains()
	require.Len(t, domains, 4)
	total := 0
	for i, d := range domains {
		assert.Equal(t, category.Domain(i+1), d.Domain)
		assert.NotEmpty(t, d.Korean)
		assert.NotEmpty(t, d.Tasks)
		total += d.Weight
		for _, task := range d.Tasks {
			assert.Equal(t, d.Domain, task.Domain(), "task %s", task)
			assert.True(t, task.Valid())
		}
	}
	assert.Equal(t, 100, total, "the weights are shares of the scored content")
	assert.Equal(t, []int{24, 30, 34, 12}, []int{domains[0].Weight, domains[1].Weight, domains[2].Weight, domains[3].Weight})
	assert.Len(t, category.Tasks(), 19, "the exam guide has 19 task statements")
	assert.Equal(t, "2.3 AWS 액세스 관리 기능 파악", category.Task("2.3").Label())
	assert.False(t, category.Task("5.1").Valid())
	assert.Equal(t, category.Domain(0), category.Task("9.9").Domain())
	var d category.Domain
	assert.Error(t, d.UnmarshalText([]byte("5")))
	assert.NoError(t, d.UnmarshalText([]byte("3")))
	assert.Equal(t, category.DomainTechnology, d)
	var task category.Task
	assert.ErrorIs(t, task.UnmarshalText([]byte("4.4")), category.ErrUnknown)
}
