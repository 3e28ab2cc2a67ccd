package awsnotes_test

import (
	"errors"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

func TestAllIsStableAndOrderedByCategory(t *testing.T) {
	a, b := awsnotes.All(), awsnotes.All()
	require.Equal(t, a, b)
	require.GreaterOrEqual(t, len(a), 80)
	for i := 1; i < len(a); i++ {
		assert.LessOrEqualf(t, category.Compare(a[i-1].Categories[0], a[i].Categories[0]), 0,
			"%s before %s", a[i-1].ID, a[i].ID)
	}
	ids := map[awsnotes.ID]bool{}
	for _, s := range a {
		assert.False(t, ids[s.ID], "duplicate %s", s.ID)
		ids[s.ID] = true
	}
}

func TestEntriesAreComplete(t *testing.T) {
	for _, s := range awsnotes.All() {
		assert.NotEmpty(t, s.Name, s.ID)
		assert.NotEmpty(t, s.Reading, s.ID)
		assert.NotEmpty(t, s.Summary, s.ID)
		assert.NotEmpty(t, s.Kind, s.ID)
		require.NotEmpty(t, s.Categories, s.ID)
		for _, c := range s.Categories {
			assert.True(t, c.Valid(), "%s: category %s", s.ID, c)
		}
		for _, r := range s.Related {
			_, ok := awsnotes.Get(r)
			assert.True(t, ok, "%s: related %s", s.ID, r)
		}
		if !s.Status.Active() {
			assert.NotEmpty(t, s.Status.Note, s.ID)
		}
	}
}

func TestCoverage(t *testing.T) {
	kinds := map[awsnotes.Kind]int{}
	for _, s := range awsnotes.All() {
		kinds[s.Kind]++
	}
	assert.Positive(t, kinds[awsnotes.KindService])
	assert.Positive(t, kinds[awsnotes.KindConcept])
	for id, state := range map[awsnotes.ID]awsnotes.State{
		"opsworks": awsnotes.StateRetired, "snowmobile": awsnotes.StateRetired, "cloud9": awsnotes.StateLimited,
		"personal-health-dashboard": awsnotes.StateRenamed, "iq": awsnotes.StateRetired, "lambda": awsnotes.StateActive,
	} {
		s, ok := awsnotes.Get(id)
		require.True(t, ok, id)
		assert.Equal(t, state, s.Status.State, id)
	}
	for _, c := range category.All() {
		assert.NotEmpty(t, awsnotes.InCategory(c.ID), "category %s has entries", c.ID)
	}
}

func TestInCategory(t *testing.T) {
	sec := awsnotes.InCategory(category.Security)
	var ids []awsnotes.ID
	for _, s := range sec {
		assert.True(t, s.InCategory(category.Security))
		ids = append(ids, s.ID)
	}
	for _, want := range []awsnotes.ID{"iam", "kms", "cloudhsm", "waf", "macie", "inspector", "artifact", "penetration-testing"} {
		assert.Contains(t, ids, want)
	}
	assert.NotContains(t, ids, awsnotes.ID("lambda"))
	assert.Nil(t, awsnotes.InCategory("no-such-category"))
	assert.Nil(t, awsnotes.InCategory(""))
}

// TestReturnedValuesAreCopies mutates everything the API hands out and
// checks that nothing returned later changed.
func TestReturnedValuesAreCopies(t *testing.T) {
	want := awsnotes.All()
	mutate := func(s *awsnotes.Service) {
		s.Name = "x"
		if len(s.Aliases) > 0 {
			s.Aliases[0] = "x"
		}
		s.Categories[0] = "x"
		if len(s.Related) > 0 {
			s.Related[0] = "x"
		}
		for i := range s.Notes {
			s.Notes[i].Heading = "x"
			for j := range s.Notes[i].Lines {
				s.Notes[i].Lines[j].Text = "x"
				if len(s.Notes[i].Lines[j].Highlights) > 0 {
					s.Notes[i].Lines[j].Highlights[0] = "x"
				}
			}
			if len(s.Notes[i].Images) > 0 {
				s.Notes[i].Images[0] = "x"
			}
			if len(s.Notes[i].Links) > 0 {
				s.Notes[i].Links[0].URL = "x"
			}
		}
		for i := range s.Scenarios {
			s.Scenarios[i].Quote = "x"
			if len(s.Scenarios[i].Also) > 0 {
				s.Scenarios[i].Also[0] = "x"
			}
		}
		for i := range s.Mnemonics {
			s.Mnemonics[i].Meaning = "x"
		}
	}
	all := awsnotes.All()
	for i := range all {
		mutate(&all[i])
	}
	all = all[:0]
	_ = append(all, awsnotes.Service{ID: "intruder"})
	for _, s := range want {
		got, _ := awsnotes.Lookup(string(s.ID))
		mutate(&got)
		got, _ = awsnotes.Get(s.ID)
		mutate(&got)
	}
	for _, s := range awsnotes.InCategory(category.Messaging) {
		mutate(&s)
	}
	srcs := awsnotes.Sources()
	srcs[0].Title = "x"
	assert.Equal(t, want, awsnotes.All())
	assert.NotEqual(t, "x", awsnotes.Sources()[0].Title)
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				s, ok := awsnotes.Lookup("람다")
				if !ok || s.ID != "lambda" {
					t.Errorf("Lookup(람다) = %v, %v", s.ID, ok)
					return
				}
				s.Aliases = append(s.Aliases[:0], "mutated")
				all := awsnotes.All()
				all[g%len(all)].Summary = "mutated"
				_ = awsnotes.InCategory(category.Compute)
				_, _ = awsnotes.LookupID("EC2")
			}
		}(g)
	}
	wg.Wait()
	s, _ := awsnotes.Lookup("lambda")
	assert.NotContains(t, s.Aliases, "mutated")
}

func TestNilCatalog(t *testing.T) {
	var c *awsnotes.Catalog
	assert.Zero(t, c.Len())
	assert.Nil(t, c.All())
	_, ok := c.Lookup("ec2")
	assert.False(t, ok)
	_, ok = c.Get("ec2")
	assert.False(t, ok)
	assert.Nil(t, c.InCategory(category.Compute))
	assert.Empty(t, c.Version())
}

func TestDefaultCatalog(t *testing.T) {
	c, err := awsnotes.Default()
	require.NoError(t, err)
	assert.Equal(t, len(awsnotes.All()), c.Len())
	assert.Equal(t, data.Version(), awsnotes.Version())
	assert.Len(t, awsnotes.Sources(), 2)
}

const ownEntry = `{"entries": [{"id": "study-bot", "name": "My Study Bot", "reading": "스터디 봇", "aliases": ["봇"],
  "kind": "concept", "categories": ["developer-tools"], "summary": "내가 만든 공부 도우미", "related": ["helper"]},
  {"id": "helper", "name": "Helper", "reading": "헬퍼", "kind": "concept", "categories": ["developer-tools"], "summary": "도우미"}]}`

func TestLoadOwnFiles(t *testing.T) {
	c, err := awsnotes.Load(fstest.MapFS{"services/mine.json": {Data: []byte(ownEntry)}})
	require.NoError(t, err)
	assert.Equal(t, 2, c.Len())
	s, ok := c.Lookup("봇")
	require.True(t, ok)
	assert.Equal(t, awsnotes.ID("study-bot"), s.ID)
	_, ok = c.Lookup("lambda")
	assert.False(t, ok, "a loaded catalog holds only its own entries")
	assert.Len(t, c.InCategory(category.DeveloperTools), 2)
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		want  error
		file  string
		entry string
	}{
		{"broken JSON", fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [{"id": "x",}]}`)}}, data.ErrSyntax, "services/a.json", "x"},
		{"unknown field", fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [{"id": "x", "colour": "red"}]}`)}}, data.ErrSyntax, "services/a.json", "x"},
		{"ambiguous alias", fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [
			{"id": "a", "name": "Alpha", "reading": "알파", "kind": "concept", "categories": ["compute"], "summary": "에이"},
			{"id": "b", "name": "Beta", "reading": "베타", "aliases": ["AWS alpha"], "kind": "concept", "categories": ["compute"], "summary": "비"}]}`)}},
			awsnotes.ErrAmbiguousName, "services/a.json", "b"},
		{"empty", fstest.MapFS{}, data.ErrNoEntries, ".", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := awsnotes.Load(tt.fsys)
			assert.Nil(t, c)
			require.ErrorIs(t, err, tt.want)
			var de *data.Error
			require.True(t, errors.As(err, &de))
			assert.Equal(t, tt.file, de.File)
			assert.Equal(t, tt.entry, de.Entry)
			assert.Contains(t, err.Error(), tt.file)
		})
	}
	_, err := awsnotes.Load(nil)
	assert.Error(t, err)
}

func TestIDText(t *testing.T) {
	var id awsnotes.ID
	require.NoError(t, id.UnmarshalText([]byte("route-53")))
	assert.Equal(t, awsnotes.ID("route-53"), id)
	b, err := id.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "route-53", string(b))
	for _, bad := range []string{"Route 53", "-a", "a-", "a--b", "람다", "a_b"} {
		assert.ErrorIs(t, id.UnmarshalText([]byte(bad)), awsnotes.ErrInvalidID, bad)
	}
	require.NoError(t, id.UnmarshalText(nil))
	assert.Zero(t, id)
}

func TestServiceHelpers(t *testing.T) {
	s, _ := awsnotes.Lookup("fargate")
	assert.Equal(t, "Fargate", s.DisplayName())
	assert.Equal(t, "Fargate", s.String())
	assert.Equal(t, "AWS Fargate", s.Names()[0])
	assert.Contains(t, s.Names(), "Amazon Fargate")
	assert.Contains(t, s.Highlights(), "서버리스 컴퓨팅 엔진")
	names := s.Names()
	assert.Equal(t, len(names), len(slices.Compact(slices.Clone(names))))
	k, _ := awsnotes.Lookup("kms")
	assert.Equal(t, "어떻게 맨날 까먹냐...", k.Notes[0].Remark)
}

// TestCopiesDoNotShareBacking appends to every slice of a returned entry
// and checks its neighbours (which share one backing array) are untouched.
func TestCopiesDoNotShareBacking(t *testing.T) {
	for _, id := range []awsnotes.ID{"cloudtrail", "mq", "x-ray", "aws"} {
		want, _ := awsnotes.Get(id)
		got, _ := awsnotes.Get(id)
		got.Aliases = append(got.Aliases, "extra")
		got.Related = append(got.Related, "extra")
		for i := range got.Notes {
			got.Notes[i].Images = append(got.Notes[i].Images, "extra")
			got.Notes[i].Links = append(got.Notes[i].Links, awsnotes.Link{Title: "extra"})
			got.Notes[i].Lines = append(got.Notes[i].Lines, awsnotes.Line{Text: "extra"})
			for j := range got.Notes[i].Lines {
				got.Notes[i].Lines[j].Highlights = append(got.Notes[i].Lines[j].Highlights, "extra")
			}
		}
		for i := range got.Scenarios {
			got.Scenarios[i].Also = append(got.Scenarios[i].Also, "extra")
		}
		for i := range got.Notes {
			for j := range want.Notes[i].Lines {
				assert.Equal(t, want.Notes[i].Lines[j].Text, got.Notes[i].Lines[j].Text)
				assert.Equal(t, append(slices.Clone(want.Notes[i].Lines[j].Highlights), "extra"), got.Notes[i].Lines[j].Highlights)
			}
			assert.Equal(t, append(slices.Clone(want.Notes[i].Images), "extra"), got.Notes[i].Images)
		}
		assert.Equal(t, append(slices.Clone(want.Aliases), "extra"), got.Aliases)
		fresh, _ := awsnotes.Get(id)
		assert.Equal(t, want, fresh)
	}
}
