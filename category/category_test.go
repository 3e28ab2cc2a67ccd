package category_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

func TestConstantsMatchData(t *testing.T) {
	consts := []category.ID{category.CloudConcepts, category.Compute, category.Containers, category.Storage,
		category.Database, category.Networking, category.Security, category.Management, category.Monitoring,
		category.Cost, category.Support, category.Deployment, category.DeveloperTools, category.Frontend,
		category.Migration, category.Messaging, category.Analytics, category.MachineLearning,
		category.BusinessApps, category.EndUserComputing, category.IoT}
	all := category.All()
	require.Len(t, all, len(consts))
	for i, c := range all {
		assert.Equal(t, consts[i], c.ID)
		assert.Equal(t, i, c.Order)
		assert.NotEmpty(t, c.Korean)
		assert.NotEmpty(t, c.English)
		assert.NotEmpty(t, c.AWS)
		assert.True(t, c.ID.Valid())
	}
}

// TestSeedSectionsAreCovered checks that every section heading of both seed
// files is filed under some category.
func TestSeedSectionsAreCovered(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	filed := map[string]bool{}
	for _, c := range category.All() {
		for _, s := range c.Sections {
			filed[s] = true
		}
	}
	for _, e := range set.Entries {
		for _, n := range e.Notes {
			assert.Truef(t, filed[n.Section], "section %q of %s has no category", n.Section, e.ID)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := map[string]category.ID{
		"security": category.Security, "보안": category.Security, "Security": category.Security,
		"컴퓨팅": category.Compute, "COMPUTE": category.Compute, "ＣＯＭＰＵＴＥ": category.Compute,
		"모니터링": category.Monitoring, "상태 관리": category.Monitoring, "모니터링/상태 관리": category.Monitoring,
		"machine-learning": category.MachineLearning, "Machine Learning": category.MachineLearning, "머신러닝": category.MachineLearning, "AI": category.MachineLearning,
		"메시징": category.Messaging, "Application Integration": category.Messaging,
		"마이그레이션": category.Migration, "Migration & Transfer": category.Migration,
		"개발 도구": category.DeveloperTools, "배포": category.Deployment, "비용": category.Cost, "데이터베이스": category.Database,
		"네트워킹": category.Networking, "스토리지": category.Storage, "컨테이너": category.Containers, "분석": category.Analytics,
	}
	for name, want := range tests {
		c, ok := category.Lookup(name)
		if assert.True(t, ok, name) {
			assert.Equal(t, want, c.ID, name)
		}
	}
	for _, bad := range []string{"", " ", "gaming", "\xff", "보안보안"} {
		_, ok := category.Lookup(bad)
		assert.False(t, ok, bad)
	}
}

func TestGetAndNames(t *testing.T) {
	c, ok := category.Get(category.Monitoring)
	require.True(t, ok)
	assert.Equal(t, "모니터링/상태 관리", c.Korean)
	assert.Equal(t, "보안", category.Security.Korean())
	assert.Empty(t, category.ID("nope").Korean())
	_, ok = category.Get("nope")
	assert.False(t, ok)
	assert.Negative(t, category.Compare(category.Compute, category.Analytics))
	assert.Positive(t, category.Compare("nope", category.Analytics))
	assert.Zero(t, category.Compare(category.Cost, category.Cost))
}

func TestTextRoundTrip(t *testing.T) {
	var v struct {
		C category.ID `json:"c"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"c": "보안"}`), &v))
	assert.Equal(t, category.Security, v.C)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"c": "security"}`, string(b))
	err = json.Unmarshal([]byte(`{"c": "gaming"}`), &v)
	assert.ErrorIs(t, err, category.ErrUnknown)
	var ue *category.UnknownError
	assert.ErrorAs(t, err, &ue)
}

func TestReturnedValuesAreCopies(t *testing.T) {
	all := category.All()
	all[0].Korean = "x"
	all[0].Aliases[0] = "x"
	c, _ := category.Get(category.CloudConcepts)
	c.Sections[0] = "x"
	c2, _ := category.Lookup("security")
	c2.Aliases[0] = "x"
	fresh := category.All()
	assert.NotEqual(t, "x", fresh[0].Korean)
	assert.NotEqual(t, "x", fresh[0].Aliases[0])
	assert.NotEqual(t, "x", fresh[0].Sections[0])
	s, _ := category.Get(category.Security)
	assert.NotEqual(t, "x", s.Aliases[0])
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c, ok := category.Lookup("보안")
				if !ok || c.ID != category.Security {
					t.Error("Lookup(보안) failed")
				}
				category.All()[0].Aliases = nil
			}
		}()
	}
	wg.Wait()
}
