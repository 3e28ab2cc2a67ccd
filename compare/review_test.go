package compare_test

import (
	"errors"
	"github.com/rivo/uniseg"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

func TestReviewOfEveryKindOfName(t *testing.T) {
	ecs, _ := awsnotes.Get("ecs")
	eks, _ := awsnotes.Get("eks")
	names := func(s awsnotes.Service) []string {
		out := append(s.Names(), string(s.ID), "ＥＣＳ", norm.NFD.String(s.Reading), "amazon "+strings.ToLower(s.DisplayName()))
		for _, n := range s.Notes {
			out = append(out, n.Heading)
		}
		return out
	}
	for _, a := range names(ecs) {
		if a == "ＥＣＳ" && false {
			continue
		}
		for _, b := range names(eks) {
			if b == "ＥＣＳ" {
				b = width.Widen.String("EKS")
			}
			tb, err := compare.Of(a, b)
			require.NoError(t, err, "%q vs %q", a, b)
			assert.Equal(t, "ecs-vs-eks", tb.ID, "curated table for %q vs %q", a, b)
			assert.Equal(t, []awsnotes.ID{"ecs", "eks"}, tb.IDs)
			tb, err = compare.Of(b, a)
			require.NoError(t, err)
			assert.Equal(t, []awsnotes.ID{"eks", "ecs"}, tb.IDs)
			assert.Equal(t, []string{"EKS", "ECS"}, tb.Columns)
		}
	}
}

func TestReviewCuratedInAnyOrder(t *testing.T) {
	for _, ct := range compare.All() {
		ids := slices.Clone(ct.IDs)
		for round := 0; round < len(ids); round++ {
			// rotate, then reverse
			ids = append(ids[1:], ids[0])
			for _, order := range [][]awsnotes.ID{ids, reversed(ids)} {
				names := make([]string, len(order))
				for i, id := range order {
					s, _ := awsnotes.Get(id)
					names[i] = s.Name
				}
				tb, err := compare.Of(names...)
				require.NoError(t, err, names)
				assert.Equal(t, ct.ID, tb.ID)
				assert.Equal(t, order, tb.IDs)
				assert.Equal(t, ct.Title, tb.Title)
				require.Len(t, tb.Picks, len(order))
				for i, id := range order {
					j := ct.Index(id)
					assert.Equal(t, ct.Columns[j], tb.Columns[i])
					assert.Equal(t, ct.Picks[j], tb.Picks[i])
					for k, r := range tb.Rows {
						assert.Equal(t, ct.Rows[k].Aspect, r.Aspect)
						assert.Equal(t, ct.Rows[k].Cells[j], r.Cells[i])
					}
				}
			}
		}
	}
}

func reversed(ids []awsnotes.ID) []awsnotes.ID {
	out := slices.Clone(ids)
	slices.Reverse(out)
	return out
}

func TestReviewOfErrors(t *testing.T) {
	tests := []struct {
		names []string
		want  error
		say   string
	}{
		{nil, compare.ErrTooFew, ""},
		{[]string{}, compare.ErrTooFew, ""},
		{[]string{"EC2"}, compare.ErrTooFew, ""},
		{[]string{"nope"}, compare.ErrTooFew, ""},
		{[]string{"EC2", "nope"}, compare.ErrUnknown, "nope"},
		{[]string{"EC2", "Lambda", "블록체인"}, compare.ErrUnknown, "블록체인"},
		{[]string{"", "EC2"}, compare.ErrUnknown, `""`},
		{[]string{"EC2", "\xff"}, compare.ErrUnknown, `\xff`},
		{[]string{"EC2", "EC2"}, compare.ErrDuplicate, "EC2"},
		{[]string{"EC2", "Amazon EC2"}, compare.ErrDuplicate, "Amazon EC2"},
		{[]string{"ec2", "이씨투"}, compare.ErrDuplicate, "이씨투"},
		{[]string{"Lambda", "EC2", "Amazon Elastic Compute Cloud"}, compare.ErrDuplicate, "Amazon Elastic Compute Cloud"},
		{[]string{"ECS", "ＥＣＳ"}, compare.ErrDuplicate, "ＥＣＳ"},
	}
	for _, tt := range tests {
		var tb compare.Table
		var err error
		require.NotPanics(t, func() { tb, err = compare.Of(tt.names...) })
		assert.ErrorIs(t, err, tt.want, tt.names)
		assert.Empty(t, tb.Columns)
		if tt.say != "" {
			assert.Contains(t, err.Error(), tt.say)
			var ne *compare.NameError
			if assert.True(t, errors.As(err, &ne)) {
				assert.Equal(t, tt.want, ne.Err)
			}
		}
	}
	var ne compare.NameError
	assert.NotPanics(t, func() { _ = ne.Error() })
}

func TestReviewSubsetIsBuilt(t *testing.T) {
	// A curated table on three services does not answer for two of them.
	for _, ct := range compare.All() {
		if len(ct.IDs) < 3 {
			continue
		}
		tb, err := compare.Of(string(ct.IDs[0]), string(ct.IDs[1]))
		require.NoError(t, err)
		assert.NotEqual(t, ct.ID, tb.ID)
		// and a superset is not the curated one either
	}
	tb, err := compare.Of("ECS", "EKS", "Fargate")
	require.NoError(t, err)
	assert.False(t, tb.Curated())
	assert.Equal(t, []string{"ECS", "EKS", "Fargate"}, tb.Columns)
}

func TestReviewMarkdownEscapes(t *testing.T) {
	tb := compare.Table{
		Title:   "A | B\nC",
		Columns: []string{"x|y", "줄\n바꿈"},
		Rows:    []compare.Row{{Aspect: "a|b", Cells: []string{"1 | 2", "3\r\n4\\|"}}},
		Picks:   []string{"p|q", ""},
		Notes:   []string{"n | m\nk"},
	}
	md := tb.Markdown()
	lines := strings.Split(strings.TrimSuffix(md, "\n"), "\n")
	var tableLines []string
	for _, l := range lines {
		if strings.HasPrefix(l, "|") {
			tableLines = append(tableLines, l)
		}
	}
	require.Len(t, tableLines, 4) // header, rule, row, picks
	for _, l := range tableLines {
		// count unescaped pipes
		n := 0
		for i := 0; i < len(l); i++ {
			if l[i] == '\\' {
				i++
				continue
			}
			if l[i] == '|' {
				n++
			}
		}
		assert.Equal(t, 4, n, l)
	}
	assert.Contains(t, md, `x\|y`)
	assert.Contains(t, md, "줄<br>바꿈")
	assert.NotContains(t, md, "\r")
}

func reviewText(t *testing.T, tb compare.Table, maxCell int) {
	t.Helper()
	var out string
	require.NotPanics(t, func() { out = tb.Text() })
	require.True(t, utf8.ValidString(out))
	require.True(t, strings.HasSuffix(out, "\n"))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	w := -1
	for _, l := range lines {
		lw := uniseg.StringWidth(l) // columns by grapheme cluster
		for _, r := range l {
			// no lone conjoining jamo: syllables are never split
			assert.False(t, r >= 0x1100 && r <= 0x11ff, "split syllable in %q", l)
		}
		if w < 0 {
			w = lw
		}
		assert.Equal(t, w, lw, "line %q", l)
	}
}

func TestReviewTextWidths(t *testing.T) {
	long := strings.Repeat("마이그레이션을계획할때필요한정보를분석하는도구", 5)
	for _, tb := range compare.All() {
		reviewText(t, tb, compare.DefaultCellWidth)
	}
	cases := []compare.Table{
		{},
		{Columns: []string{"A"}},
		{Title: "T", Columns: []string{"가", "B"}, Rows: []compare.Row{{Aspect: "x", Cells: []string{long, "짧음"}}}},
		{Columns: []string{"가", "B"}, Rows: []compare.Row{{Aspect: "x", Cells: []string{"a\tb\x00c\x1b[31m", "\xff\xfe"}}, {Aspect: "y"}}},
		{Columns: []string{"가", "B"}, Rows: []compare.Row{{Aspect: "x", Cells: []string{norm.NFD.String(long), strings.Repeat("word ", 100)}}}},
		{Columns: []string{"ＡＢＣ", "ｱｲｳ"}, Rows: []compare.Row{{Aspect: "x", Cells: []string{"１２３", "ﾗﾑﾀﾞ"}}}},
		{Columns: []string{strings.Repeat("가", 1000), "B"}, Notes: []string{strings.Repeat("나", 500)}},
	}
	for _, tb := range cases {
		reviewText(t, tb, compare.DefaultCellWidth)
		assert.NotPanics(t, func() { _ = tb.Markdown(); _ = tb.CSV(); _ = tb.HTML() })
	}
	tb, err := compare.Of("Application Migration Service", "DMS", "Snow Family", "Migration Hub", "Application Discovery Service")
	require.NoError(t, err)
	reviewText(t, tb, compare.DefaultCellWidth)
}

func TestReviewTextWrapsLongCells(t *testing.T) {
	tb, err := compare.Of("CloudTrail", "X-Ray")
	require.NoError(t, err)
	out := tb.Text()
	for _, l := range strings.Split(out, "\n") {
		assert.LessOrEqual(t, len([]rune(l)), 120, l)
	}
}

func TestReviewCopiesAndConcurrency(t *testing.T) {
	before := compare.All()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, tb := range compare.All() {
				tb.Columns[0] = "x"
				tb.Rows[0].Cells[0] = "x"
				tb.Picks[0] = "x"
				tb.IDs[0] = "x"
				if len(tb.Notes) > 0 {
					tb.Notes[0] = "x"
				}
				_ = tb.Text()
			}
			tb, err := compare.Of("SQS", "SNS", "MQ")
			if err == nil {
				tb.Rows[0].Cells[0] = "x"
			}
			tb, err = compare.Of("MQ", "SQS", "SNS")
			if err == nil {
				tb.Rows[0].Cells[0] = "x"
			}
			for _, tb := range compare.Containing("ecs") {
				tb.Rows[0].Cells[0] = "x"
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, before, compare.All())
}
