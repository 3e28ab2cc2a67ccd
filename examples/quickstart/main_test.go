package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstart(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	s := out.String()
	for _, want := range []string{
		"AWS CloudTrail (클라우드트레일, ID cloudtrail)",
		"\"누가 무엇을 했는가\" → API 호출 기록",
		"보안 / Security, Identity & Compliance",
		"KMS (케이엠에스)",
		"\"fkaek\"                → Lambda      한글 읽기: [람다]",
		"ECS와 EKS의 차이",
		"Q3.",
		"정답과 해설",
	} {
		assert.Contains(t, s, want)
	}
	var again bytes.Buffer
	require.NoError(t, run(&again))
	assert.Equal(t, s, again.String(), "the quickstart prints the same every time")
	assert.False(t, strings.Contains(s, "(없음)"), s)
	// the search rows: query, entry and matched field line up in columns
	// (Hangul counted as two), whatever the search ranks first
	section3 := s[strings.Index(s, "== 3."):strings.Index(s, "== 4.")]
	var rows []string
	for _, l := range strings.Split(section3, "\n") {
		if strings.HasPrefix(l, "  \"") && strings.Contains(l, " → ") {
			rows = append(rows, l)
		}
	}
	require.Len(t, rows, 4, s)
	for i, want := range []string{"CloudTrail", "CloudWatch", "Lambda", "Fargate"} {
		_, found, _ := strings.Cut(rows[i], " → ")
		assert.True(t, strings.HasPrefix(found, want+" "), rows[i])
		assert.Equal(t, uniseg.StringWidth(rows[0][:strings.Index(rows[0], "→")]), uniseg.StringWidth(rows[i][:strings.Index(rows[i], "→")]), rows[i])
		assert.Contains(t, rows[i], "[", "the match is marked: %s", rows[i])
	}
	assert.NotContains(t, s, "침투 테스트 (침투 테스트)", "a Korean name is not followed by itself as its reading")
	for _, field := range []string{"name:", "reading:", "highlight:", "alias:"} {
		assert.NotContains(t, s, field, "the matched field is named in Korean")
	}
}
