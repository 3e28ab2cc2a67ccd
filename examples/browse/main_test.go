package main

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

func browse(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	require.Equal(t, 0, run(args, &out, &errb), "%v: %s", args, errb.String())
	assert.Empty(t, errb.String())
	return out.String()
}

// entryLines returns the first line of every entry listed.
func entryLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "- ") {
			out = append(out, l)
		}
	}
	return out
}

func TestBrowseAll(t *testing.T) {
	s := browse(t)
	all := awsnotes.All()
	assert.Len(t, entryLines(s), len(all), "every entry once, under its primary category")
	assert.Contains(t, s, "\n== 보안 / Security, Identity & Compliance (")
	assert.Contains(t, s, "- CloudTrail (클라우드트레일) · 제공 중 · 노트\n    누가 무엇을 했는지, AWS 계정의 API 호출을 기록하는 서비스\n")
	assert.Contains(t, s, "- 침투 테스트 · 제공 중 · 노트\n", "no reading when it is the name itself")
	assert.True(t, strings.HasSuffix(s, "\n모두 "+strconv.Itoa(len(all))+"개\n"), s[len(s)-40:])
	// the categories come in display order
	last := -1
	for _, c := range category.All() {
		if i := strings.Index(s, "\n== "+c.Korean+" / "); i >= 0 {
			assert.Greater(t, i, last, c.Korean)
			last = i
		}
	}
}

// An entry AWS retired, renamed or limited shows the state, the date and
// the note.
func TestBrowseStatus(t *testing.T) {
	var dated []awsnotes.Service
	for _, s := range awsnotes.All() {
		if !s.Status.Active() && s.Status.Date != "" {
			dated = append(dated, s)
		}
	}
	require.NotEmpty(t, dated)
	s := browse(t)
	for _, e := range dated {
		assert.Contains(t, s, " · "+status(e.Status)+" · ", e.ID)
		assert.Contains(t, status(e.Status), e.Status.Date, e.ID)
		assert.Contains(t, s, "    "+e.Status.Note+"\n", e.ID)
	}
	ops, ok := awsnotes.Lookup("OpsWorks")
	require.True(t, ok)
	assert.Contains(t, s, "- OpsWorks (옵스웍스) · 종료 "+ops.Status.Date+" · 노트\n")
}

func TestBrowseCategory(t *testing.T) {
	for _, name := range []string{"보안", "security", "Security, Identity & Compliance"} {
		s := browse(t, "-category", name)
		assert.True(t, strings.HasPrefix(s, "\n== 보안 / Security, Identity & Compliance ("), s)
		assert.Len(t, entryLines(s), len(awsnotes.InCategory(category.Security)), name)
		assert.Contains(t, s, "- IAM (아이에이엠) · ")
	}
}

func TestBrowseDomainAndTask(t *testing.T) {
	s := browse(t, "-domain", "2")
	assert.True(t, strings.HasPrefix(s, "도메인 2: 보안 및 규정 준수 (Security and Compliance, 시험의 30%)\n"), s)
	for _, task := range []string{"2.1", "2.2", "2.3", "2.4"} {
		assert.Contains(t, s, "\n== "+category.Task(task).Label()+" (")
	}
	assert.NotContains(t, s, "\n== 3.")

	s = browse(t, "-task", "2.3")
	assert.True(t, strings.HasPrefix(s, "\n== 2.3 AWS 액세스 관리 기능 파악 ("), s)
	var want []string
	for _, e := range awsnotes.All() {
		if slices.Contains(e.Tasks, "2.3") {
			want = append(want, string(e.ID))
		}
	}
	assert.Len(t, entryLines(s), len(want))
	assert.Contains(t, s, "- IAM (아이에이엠) · ")
}

func TestBrowseOrigin(t *testing.T) {
	notes := entryLines(browse(t, "-notes"))
	added := entryLines(browse(t, "-added"))
	assert.Len(t, append(notes, added...), len(awsnotes.All()))
	for _, l := range notes {
		assert.True(t, strings.HasSuffix(l, " · 노트"), l)
	}
	for _, l := range added {
		assert.True(t, strings.HasSuffix(l, " · 추가"), l)
	}
	both := entryLines(browse(t, "-notes", "-category", "보안"))
	for _, l := range both {
		assert.True(t, strings.HasSuffix(l, " · 노트"), l)
	}
	assert.Less(t, len(both), len(awsnotes.InCategory(category.Security)))
}

// A refused command says why in Korean, then the usage, and exits 2.
func TestBrowseRefusals(t *testing.T) {
	for _, tt := range []struct {
		args []string
		why  string
	}{
		{[]string{"-bogus"}, "browse: 없는 옵션입니다: -bogus\n"},
		{[]string{"-domain", "5"}, `browse: "5": 도메인은 1부터 4까지입니다.`},
		{[]string{"-domain", "two"}, `browse: "two": 도메인은 1부터 4까지입니다.`},
		{[]string{"-task", "9.9"}, `browse: "9.9": 시험 안내서에 그런 과제가 없습니다.`},
		{[]string{"-category", "gaming"}, `browse: "gaming": 그런 분류가 없습니다. 분류: 클라우드 개념, `},
		{[]string{"-category"}, "browse: -category 뒤에 값을 쓰세요.\n"},
		{[]string{"-added", "-notes"}, "browse: -added와 -notes는 함께 쓸 수 없습니다.\n"},
		{[]string{"-added=maybe"}, "browse: -added의 값으로 \"maybe\"는 쓸 수 없습니다.\n"},
		{[]string{"-domain", "1", "-task", "1.1"}, "browse: -category, -domain, -task 중 하나만 쓰세요.\n"},
		{[]string{"람다"}, "browse: 인수를 받지 않습니다 (받은 것: 람다)."},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run(tt.args, &out, &errb), tt.args)
		s := errb.String()
		assert.True(t, strings.HasPrefix(s, tt.why), "%v: %s", tt.args, s)
		assert.Contains(t, s, "\nusage: browse ", tt.args)
		assert.Empty(t, out.String())
	}
	var errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &bytes.Buffer{}, &errb), "-h is not an error")
	assert.True(t, strings.HasPrefix(errb.String(), "usage: browse "), errb.String())
}
