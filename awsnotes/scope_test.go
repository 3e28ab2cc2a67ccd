package awsnotes_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

// scopeRow is one row of testdata/clf-c02-scope.tsv, the exam guide's
// in-scope services and its task statements' knowledge items (see
// testdata/clf-c02-scope.README.md).
type scopeRow struct {
	name, kind, examCategory string
	domain                   category.Domain
}

func readScope(t *testing.T) []scopeRow {
	t.Helper()
	f, err := os.Open("testdata/clf-c02-scope.tsv")
	require.NoError(t, err)
	defer f.Close()
	var rows []scopeRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		require.Len(t, cols, 4, sc.Text())
		if cols[0] == "name" {
			continue
		}
		var d category.Domain
		require.NoError(t, d.UnmarshalText([]byte(cols[3])), sc.Text())
		rows = append(rows, scopeRow{cols[0], cols[1], cols[2], d})
	}
	require.NoError(t, sc.Err())
	require.Len(t, rows, 284)
	return rows
}

// TestScopeServicesResolve checks that every in-scope service and feature
// of the exam guide resolves, under the name as the guide writes it, to an
// entry that carries a domain, and that the entry for it is active or says
// when it changed.
func TestScopeServicesResolve(t *testing.T) {
	for _, r := range readScope(t) {
		if r.kind != "service" {
			continue
		}
		s, ok := awsnotes.Lookup(r.name)
		if !assert.Truef(t, ok, "Lookup(%q)", r.name) {
			continue
		}
		assert.NotEmptyf(t, s.Domains(), "%s (%q) has no exam domain", s.ID, r.name)
		if !s.Status.Active() {
			// The guide is from 2023: a service AWS has since retired or
			// closed says when, and what to use instead.
			assert.NotEmptyf(t, s.Status.Date, "%q resolves to %s, %s without a date", r.name, s.ID, s.Status.State)
			assert.NotEmptyf(t, s.Status.Note, "%q resolves to %s, %s without a note", r.name, s.ID, s.Status.State)
		}
	}
}

// TestScopeConceptsResolve checks that every knowledge item of the task
// statements resolves to an entry that teaches it, filed under a task
// statement of the item's domain.
func TestScopeConceptsResolve(t *testing.T) {
	for _, r := range readScope(t) {
		if r.kind != "concept" {
			continue
		}
		s, ok := awsnotes.Lookup(r.name)
		if !assert.Truef(t, ok, "Lookup(%q) (%s)", r.name, r.examCategory) {
			continue
		}
		assert.Containsf(t, s.Domains(), r.domain, "%q resolves to %s, outside domain %d", r.name, s.ID, r.domain)
	}
}

// TestEveryTaskStatementIsCovered checks that every task statement has
// entries to study and quiz.
func TestEveryTaskStatementIsCovered(t *testing.T) {
	count := map[category.Task]int{}
	for _, s := range awsnotes.All() {
		for _, task := range s.Tasks {
			count[task]++
		}
	}
	for _, task := range category.Tasks() {
		assert.GreaterOrEqualf(t, count[task.Task], 3, "task statement %s has %d entries", task.Task, count[task.Task])
	}
}

// TestEntriesAreSourced checks the data rules of the exam content: every
// entry has a source and a task statement; every entry added beyond the
// notes has three fact lines, a case in the exam's voice and confusables;
// every status other than active has a date; no case names its answer.
func TestEntriesAreSourced(t *testing.T) {
	for _, s := range awsnotes.All() {
		assert.NotEmptyf(t, s.Sources, "%s has no source", s.ID)
		assert.NotEmptyf(t, s.Tasks, "%s has no task statement", s.ID)
		if !s.Status.Active() {
			assert.NotEmptyf(t, s.Status.Date, "%s is %s without a date", s.ID, s.Status.State)
			assert.NotEmptyf(t, s.Status.Source, "%s is %s without a source", s.ID, s.Status.State)
		}
		if s.Kind == awsnotes.KindTeam || s.Origin() == awsnotes.OriginNotes {
			continue
		}
		assert.GreaterOrEqualf(t, len(s.Facts), 3, "%s: fact lines", s.ID)
		assert.NotEmptyf(t, s.Cases, "%s: a case in the exam's voice", s.ID)
		assert.NotEmptyf(t, s.Confusables, "%s: confusables", s.ID)
	}
}

// TestCasesDoNotNameTheirAnswer checks that no case's stem holds a name of
// its entry (a giveaway), and that every confusable is another entry.
func TestCasesDoNotNameTheirAnswer(t *testing.T) {
	for _, s := range awsnotes.All() {
		for _, c := range s.Cases {
			stem := strings.ToLower(c.Stem)
			for _, n := range s.Names() {
				if len([]rune(n)) < 2 {
					continue
				}
				assert.NotContainsf(t, stem, strings.ToLower(n), "%s: case %q names its answer", s.ID, c.Stem)
			}
			assert.Truef(t, strings.HasPrefix(c.Source, "https://"), "%s: case source %q", s.ID, c.Source)
		}
		assert.Falsef(t, slices.Contains(s.Confusables, s.ID), "%s is its own confusable", s.ID)
		for _, id := range s.Confusables {
			_, ok := awsnotes.Get(id)
			assert.Truef(t, ok, "%s: confusable %s", s.ID, id)
		}
	}
}

// TestKnownCorrections pins corrections the review of the notes found.
func TestKnownCorrections(t *testing.T) {
	glacier, ok := awsnotes.Lookup("Amazon S3 Glacier")
	require.True(t, ok)
	assert.True(t, glacier.Status.Active(), "Amazon S3 Glacier means the storage classes, which are active: got %s", glacier.ID)

	region, ok := awsnotes.Lookup("리전")
	require.True(t, ok)
	global, _ := awsnotes.Lookup("글로벌 인프라")
	assert.NotEqual(t, global.ID, region.ID, "Regions have an entry of their own")

	as, ok := awsnotes.Lookup("AWS Auto Scaling")
	require.True(t, ok)
	ec2as, ok := awsnotes.Lookup("Amazon EC2 Auto Scaling")
	require.True(t, ok)
	assert.NotEqual(t, as.ID, ec2as.ID, "AWS Auto Scaling is its own service")

	for _, name := range []string{"엘라스틱 빈스톡", "엘라스티캐시", "오거나이제이션스", "가용 영역", "공동 책임 모델", "AWS Health Dashboard", "Amazon SageMaker AI"} {
		s, ok := awsnotes.Lookup(name)
		if assert.Truef(t, ok, "Lookup(%q)", name) {
			assert.Truef(t, s.Status.Current(), "%q resolves to %s, which is %s", name, s.ID, s.Status.State)
		}
	}

	eb, ok := awsnotes.Lookup("Elastic Beanstalk")
	require.True(t, ok)
	_, corrected := eb.CorrectionFor("CI/CD 통합 안됨 → 내장 배포만")
	assert.True(t, corrected, "the note that Elastic Beanstalk has no CI/CD integration carries a correction")
}
