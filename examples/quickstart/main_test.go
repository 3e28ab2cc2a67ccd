package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestQuickstart(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	s := out.String()
	for _, want := range []string{
		"AWS CloudTrail (클라우드트레일, cloudtrail)",
		"\"누가 무엇을 했는가\" → API 호출 기록",
		"보안 / Security, Identity & Compliance",
		"KMS (케이엠에스)",
		"\"cloudtrial\" → CloudTrail",
		"\"fkaek\" → Lambda",
		"\"서버리스 컴퓨팅 엔진\" → Fargate",
		"ECS와 EKS의 차이",
		"Q3.",
		"정답",
	} {
		assert.Contains(t, s, want)
	}
	var again bytes.Buffer
	require.NoError(t, run(&again))
	assert.Equal(t, s, again.String(), "the quickstart prints the same every time")
	assert.False(t, strings.Contains(s, "(없음)"), s)
}

func TestMark(t *testing.T) {
	assert.Equal(t, "[람다]", mark("람다", []int{0, 1}))
	assert.Equal(t, "a[b]c[d]", mark("abcd", []int{1, 3}))
}
