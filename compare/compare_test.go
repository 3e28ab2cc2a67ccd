package compare_test

import (
	"errors"
	"slices"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

// TestOfEveryPairInACategory builds a table for every two entries filed
// under one category, by ID and by other names.
func TestOfEveryPairInACategory(t *testing.T) {
	pairs := 0
	for _, c := range category.All() {
		entries := awsnotes.InCategory(c.ID)
		t.Run(string(c.ID), func(t *testing.T) {
			for i, a := range entries {
				for _, b := range entries[i+1:] {
					tb, err := compare.Of(string(a.ID), string(b.ID))
					require.NoError(t, err, "%s vs %s", a.ID, b.ID)
					pairs++
					assert.Equal(t, []awsnotes.ID{a.ID, b.ID}, tb.IDs)
					assert.Equal(t, []string{a.DisplayName(), b.DisplayName()}, tb.Columns)
					assert.NotEmpty(t, tb.Title)
					require.Len(t, tb.Picks, 2)
					require.NotEmpty(t, tb.Rows)
					for _, r := range tb.Rows {
						assert.NotEmpty(t, r.Aspect)
						assert.Len(t, r.Cells, 2, "row %q", r.Aspect)
					}
					// By other names, in the other order.
					other, err := compare.Of(b.Name, a.Reading)
					require.NoError(t, err, "%q vs %q", b.Name, a.Reading)
					assert.Equal(t, []awsnotes.ID{b.ID, a.ID}, other.IDs)
				}
			}
		})
	}
	assert.Greater(t, pairs, 100)
}

// TestOfBuilt checks what a table built from entries holds.
func TestOfBuilt(t *testing.T) {
	tb, err := compare.Of("Lambda", "Fargate", "엑스 레이")
	require.NoError(t, err)
	assert.False(t, tb.Curated())
	assert.Empty(t, tb.Section)
	assert.Equal(t, []awsnotes.ID{"lambda", "fargate", "x-ray"}, tb.IDs)
	assert.Equal(t, "Lambda vs Fargate vs X-Ray", tb.Title)
	aspects := make([]string, len(tb.Rows))
	for i, r := range tb.Rows {
		aspects[i] = r.Aspect
	}
	assert.Equal(t, []string{"분류", "종류", "요약", "핵심 표현", "관련 서비스"}, aspects)
	lambda, _ := awsnotes.Get("lambda")
	assert.Equal(t, lambda.Summary, tb.Rows[2].Cells[0])
	assert.Equal(t, "컨테이너, 컴퓨팅", tb.Rows[0].Cells[1])
	assert.Equal(t, "", tb.Picks[0], "Lambda's notes quote no situation")
	assert.Equal(t, `"인프라 고민 없이 컨테이너만 실행하고 싶을 때"`, tb.Picks[1])
	assert.Contains(t, tb.Picks[2], `"요청이 왜 느리지"`)
	assert.Equal(t, []string{"함께 보기: EC2, Lambda, Fargate 비교 (ec2-vs-lambda-vs-fargate)"}, tb.Notes)

	// A built table points to the curated tables that share two or more
	// of its entries.
	tb, err = compare.Of("CloudWatch", "Config", "X-Ray")
	require.NoError(t, err)
	assert.False(t, tb.Curated())
	assert.Equal(t, []string{
		"함께 보기: CloudWatch, CloudTrail, Config, X-Ray 비교 (monitoring-services)",
		"함께 보기: CloudWatch, CloudTrail, Config 비교 (cloudwatch-vs-cloudtrail-vs-config)",
	}, tb.Notes)

	// A retired or renamed entry adds a status row; concepts say they are
	// not services; mnemonics get a row.
	tb, err = compare.Of("OpsWorks", "쿠버네티스", "Inspector")
	require.NoError(t, err)
	rows := map[string][]string{}
	for _, r := range tb.Rows {
		rows[r.Aspect] = r.Cells
	}
	assert.Contains(t, rows["현재 상태"][0], "서비스 종료")
	assert.Equal(t, "이용 가능", rows["현재 상태"][1])
	assert.Equal(t, "개념 (AWS 서비스 아님)", rows["종류"][1])
	assert.Equal(t, "Inspector: 검사", rows["외우기"][2])
}

// TestOfCuratedOrder checks that a curated table comes back in the caller's
// column order, every row and pick moved with its column.
func TestOfCuratedOrder(t *testing.T) {
	for _, tb := range compare.All() {
		t.Run(tb.ID, func(t *testing.T) {
			names := make([]string, len(tb.IDs))
			for i, id := range tb.IDs {
				names[i] = string(id)
			}
			same, err := compare.Of(names...)
			require.NoError(t, err)
			assert.Equal(t, tb, same)

			// Rotate by one: column i of rot is column (i+1)%n of tb.
			n := len(names)
			rotNames := append(slices.Clone(names[1:]), names[0])
			rot, err := compare.Of(rotNames...)
			require.NoError(t, err)
			assert.Equal(t, tb.ID, rot.ID)
			assert.Equal(t, tb.Title, rot.Title)
			for i := range n {
				j := (i + 1) % n
				assert.Equal(t, tb.IDs[j], rot.IDs[i])
				assert.Equal(t, tb.Columns[j], rot.Columns[i])
				assert.Equal(t, tb.Picks[j], rot.Picks[i])
				for k := range tb.Rows {
					assert.Equal(t, tb.Rows[k].Aspect, rot.Rows[k].Aspect)
					assert.Equal(t, tb.Rows[k].Cells[j], rot.Rows[k].Cells[i])
				}
			}
			assert.Equal(t, tb.Notes, rot.Notes)
		})
	}
}

func TestOfErrors(t *testing.T) {
	tests := []struct {
		name  string
		names []string
		want  error
		which string // the name a *NameError must report
	}{
		{"none", nil, compare.ErrTooFew, ""},
		{"one", []string{"ECS"}, compare.ErrTooFew, ""},
		{"unknown", []string{"ECS", "EKS", "Amazon Foo"}, compare.ErrUnknown, "Amazon Foo"},
		{"empty name", []string{"", "ECS"}, compare.ErrUnknown, ""},
		{"invalid UTF-8", []string{"ECS", "\xff\xfe"}, compare.ErrUnknown, "\xff\xfe"},
		{"same ID", []string{"ecs", "ecs"}, compare.ErrDuplicate, "ecs"},
		{"same entry by two names", []string{"ECS", "eks", "Elastic Container Service"}, compare.ErrDuplicate, "Elastic Container Service"},
		{"same entry by reading", []string{"람다", "Lambda"}, compare.ErrDuplicate, "Lambda"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := compare.Of(tt.names...)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, compare.Table{}, tb)
			if tt.want == compare.ErrTooFew {
				return
			}
			var ne *compare.NameError
			require.True(t, errors.As(err, &ne))
			assert.Equal(t, tt.which, ne.Name)
			assert.Contains(t, err.Error(), strconv.Quote(ne.Name), "the error says which name")
			if tt.want == compare.ErrDuplicate {
				assert.NotEmpty(t, ne.Other)
				assert.NotEmpty(t, ne.ID)
			}
		})
	}
}

// TestCopies checks that nothing the package returns shares memory with
// what it returns next.
func TestCopies(t *testing.T) {
	scribble := func(tb compare.Table) {
		tb.Columns[0] = "x"
		tb.IDs[0] = "x"
		tb.Picks[0] = "x"
		tb.Rows[0].Cells[0] = "x"
		tb.Rows[0].Aspect = "x"
		if len(tb.Notes) > 0 {
			tb.Notes[0] = "x"
		}
	}
	before := compare.All()
	for _, tb := range compare.All() {
		scribble(tb)
	}
	for _, tb := range compare.All() {
		for _, id := range tb.IDs {
			for _, o := range compare.Containing(id) {
				scribble(o)
			}
		}
		g, _ := compare.Get(tb.ID)
		scribble(g)
		of, err := compare.Of(string(tb.IDs[1]), string(tb.IDs[0]), string(tb.IDs[len(tb.IDs)-1]))
		if err == nil {
			scribble(of)
		}
	}
	assert.Equal(t, before, compare.All())

	a, err := compare.Of("EC2", "Lambda")
	require.NoError(t, err)
	scribble(a)
	b, err := compare.Of("EC2", "Lambda")
	require.NoError(t, err)
	assert.Equal(t, awsnotes.ID("ec2"), b.IDs[0])
	assert.NotEqual(t, "x", b.Rows[0].Cells[0])
}

// TestConcurrent runs the API from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	names := [][]string{{"ECS", "EKS"}, {"S3", "EBS", "Glacier"}, {"EC2", "Lambda"}, {"SQS", "람다"}}
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				tb, err := compare.Of(names[(g+i)%len(names)]...)
				if !assert.NoError(t, err) {
					return
				}
				tb.Rows[0].Cells[0] = "mine"
				_ = tb.Text()
				_ = tb.Markdown()
				all := compare.All()
				all[0].Rows[0].Cells[0] = "mine"
				_ = compare.Containing("cloudtrail")
				_, _ = compare.Get("ecs-vs-eks")
			}
		}()
	}
	wg.Wait()
	tb, _ := compare.Get("ecs-vs-eks")
	assert.NotEqual(t, "mine", tb.Rows[0].Cells[0])
}

func TestIndex(t *testing.T) {
	tb, ok := compare.Get("kms-vs-cloudhsm")
	require.True(t, ok)
	assert.Equal(t, 0, tb.Index("kms"))
	assert.Equal(t, 1, tb.Index("cloudhsm"))
	assert.Equal(t, -1, tb.Index("s3"))
	assert.Equal(t, -1, compare.Table{}.Index("s3"))
}
