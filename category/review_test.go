package category_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

func TestReviewEveryNameRoundTrips(t *testing.T) {
	owner := map[string]category.ID{}
	for _, c := range category.All() {
		names := append([]string{string(c.ID), c.Korean, c.English}, c.Aliases...)
		for _, n := range names {
			k := textnorm.Key(n)
			if prev, dup := owner[k]; dup && prev != c.ID {
				t.Errorf("%q names both %s and %s", n, prev, c.ID)
			}
			owner[k] = c.ID
			for _, v := range []string{n, strings.ToUpper(n), width.Widen.String(n), norm.NFD.String(n), " " + n + " ", strings.ReplaceAll(n, " ", "-")} {
				got, ok := category.Lookup(v)
				if assert.Truef(t, ok, "Lookup(%q)", v) {
					assert.Equalf(t, c.ID, got.ID, "Lookup(%q)", v)
				}
			}
		}
		var id category.ID
		require.NoError(t, id.UnmarshalText([]byte(c.Korean)))
		assert.Equal(t, c.ID, id)
		b, err := c.ID.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, string(c.ID), string(b))
		assert.Equal(t, string(c.ID), c.ID.String())
	}
}

func TestReviewRejects(t *testing.T) {
	for _, bad := range []string{"", "\xff", "\x00", strings.Repeat("보안", 1<<15), "-", "보 안 x"} {
		_, ok := category.Lookup(bad)
		assert.False(t, ok, bad)
		var id category.ID
		if bad != "" {
			assert.ErrorIs(t, id.UnmarshalText([]byte(bad)), category.ErrUnknown)
		}
	}
	var zero category.ID
	assert.False(t, zero.Valid())
	assert.Empty(t, zero.Korean())
	var ue category.UnknownError
	assert.NotPanics(t, func() { _ = ue.Error() })
}

func TestReviewConcurrentAndCopies(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				all := category.All()
				all[j%len(all)].Aliases = append(all[j%len(all)].Aliases[:0], "x")
				c, _ := category.Lookup("보안")
				if len(c.Sections) > 0 {
					c.Sections[0] = "x"
				}
			}
		}()
	}
	wg.Wait()
	c, _ := category.Get(category.Security)
	assert.NotContains(t, c.Aliases, "x")
	assert.NotContains(t, c.Sections, "x")
}

func TestReviewAWSNamesLookUp(t *testing.T) {
	for name, want := range map[string]category.ID{
		"Artificial Intelligence & Machine Learning": category.MachineLearning,
		"AI/ML":                           category.MachineLearning,
		"Management & Governance":         category.Management,
		"Cloud Financial Management":      category.Cost,
		"Customer Enablement":             category.Support,
		"Networking & Content Delivery":   category.Networking,
		"Security, Identity & Compliance": category.Security,
	} {
		c, ok := category.Lookup(name)
		if assert.True(t, ok, name) {
			assert.Equal(t, want, c.ID, name)
		}
	}
}
