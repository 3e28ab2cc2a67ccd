package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
)

func TestCompareText(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"ecs", "eks"}, &out, &errb), errb.String())
	s := out.String()
	assert.Contains(t, s, "ECS와 EKS의 차이")
	assert.Contains(t, s, "AWS 자체 시스템")
	assert.Contains(t, s, "오픈소스 Kubernetes")
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for _, l := range lines {
		assert.Equal(t, uniseg.StringWidth(lines[0]), uniseg.StringWidth(l), l)
	}
}

func TestCompareMarkdownAndNames(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"-markdown", "클라우드트레일", "AWS X-Ray"}, &out, &bytes.Buffer{}))
	assert.Contains(t, out.String(), "| --- |")
	assert.Contains(t, out.String(), "누가 무엇을 했는가")
}

// Flags may follow the names, as in "compare ecs eks -markdown".
func TestCompareFlagsAfterNames(t *testing.T) {
	var before, after bytes.Buffer
	assert.Equal(t, 0, run([]string{"-markdown", "ecs", "eks"}, &before, &bytes.Buffer{}))
	assert.Equal(t, 0, run([]string{"ecs", "eks", "-markdown"}, &after, &bytes.Buffer{}))
	assert.Equal(t, before.String(), after.String())
	assert.Equal(t, 0, run([]string{"ecs", "-width", "20", "eks"}, &after, &bytes.Buffer{}))
	var errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"ecs", "eks", "-bogus"}, &bytes.Buffer{}, &errb))
	assert.Contains(t, errb.String(), "usage: compare")
}

func TestCompareList(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"-list"}, &out, &bytes.Buffer{}))
	assert.Contains(t, out.String(), "ecs-vs-eks")
	assert.GreaterOrEqual(t, strings.Count(out.String(), "\n"), 14)
	// the titles start in one column, however long the IDs
	titleAt := func(l string) int {
		rest := l[strings.Index(l, " "):]
		return len(l) - len(strings.TrimLeft(rest, " "))
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	for _, l := range lines {
		assert.Equal(t, titleAt(lines[0]), titleAt(l), l)
	}
}

func TestCompareErrors(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"ecs"}, &out, &errb))
	assert.Contains(t, errb.String(), "usage: compare")
	errb.Reset()
	assert.Equal(t, 2, run([]string{"-nope", "ecs", "eks"}, &out, &errb))
	errb.Reset()
	assert.Equal(t, 1, run([]string{"ecs", "ecz"}, &out, &errb))
	assert.Contains(t, errb.String(), "ecz")
	assert.Equal(t, 1, strings.Count(errb.String(), "compare:"), "one program prefix, not two: %s", errb.String())
	errb.Reset()
	assert.Equal(t, 0, run([]string{"-h"}, &out, &errb), "-h is not an error")
	assert.Contains(t, errb.String(), "usage: compare")
	errb.Reset()
	assert.Equal(t, 2, run([]string{"-list", "ecs"}, &out, &errb))
	errb.Reset()
	assert.Equal(t, 1, run([]string{"ecs", "Amazon ECS"}, &out, &errb))
}

// Every ID that compare -list prints is accepted on its own, with the flags.
func TestCompareTableIDs(t *testing.T) {
	var list bytes.Buffer
	assert.Equal(t, 0, run([]string{"-list"}, &list, &bytes.Buffer{}))
	for _, l := range strings.Split(strings.TrimSuffix(list.String(), "\n"), "\n") {
		id := strings.Fields(l)[0]
		var out, errb bytes.Buffer
		assert.Equal(t, 0, run([]string{id}, &out, &errb), "%s: %s", id, errb.String())
		assert.True(t, strings.HasPrefix(out.String(), "+---"), id)
	}
	var byID, byNames bytes.Buffer
	assert.Equal(t, 0, run([]string{"ecs-vs-eks", "-markdown"}, &byID, &bytes.Buffer{}))
	assert.Equal(t, 0, run([]string{"-markdown", "ecs", "eks"}, &byNames, &bytes.Buffer{}))
	assert.Equal(t, byNames.String(), byID.String())
}

// A refused command says why in Korean before the usage; an unknown name
// gets the nearest entry as a suggestion.
func TestCompareMessages(t *testing.T) {
	for _, tt := range []struct {
		args []string
		code int
		why  string
	}{
		{[]string{"cloudtrial", "x-ray"}, 1, "compare: \"cloudtrial\"에 해당하는 서비스가 없습니다. 혹시 CloudTrail?\n"},
		{[]string{"ecs", "Amazon ECS"}, 1, "compare: \"ecs\"와 \"Amazon ECS\"는 같은 항목(ecs)입니다.\n"},
		{[]string{"ecs"}, 2, "compare: ECS를 비교하려면 서비스가 하나 더 필요합니다. ECS가 들어 있는 표: ecs-vs-eks\n"},
		{[]string{"cloudtrail"}, 2, "compare: CloudTrail을 비교하려면 서비스가 하나 더 필요합니다."},
		{[]string{"zzqqxx"}, 2, "compare: \"zzqqxx\": 그런 표 ID나 서비스가 없습니다."},
		{nil, 2, "compare: 비교할 서비스를 두 개 이상"},
		{[]string{"-bogus", "ecs", "eks"}, 2, "compare: 없는 옵션입니다: -bogus\n"},
		{[]string{"-width", "x", "ecs", "eks"}, 2, "compare: -width의 값으로 \"x\"는 쓸 수 없습니다.\n"},
		{[]string{"-width", "-1", "ecs", "eks"}, 2, "compare: -width는 0 이상이어야 합니다"},
		{[]string{"-list", "ecs"}, 2, "compare: -list는 이름과 함께 쓸 수 없습니다."},
	} {
		var out, errb bytes.Buffer
		assert.Equal(t, tt.code, run(tt.args, &out, &errb), "%v: %s", tt.args, errb.String())
		s := errb.String()
		assert.True(t, strings.HasPrefix(s, tt.why), "%v: %s", tt.args, s)
		assert.Empty(t, out.String())
		if tt.code == 2 {
			assert.Contains(t, s, "usage: compare", tt.args)
		} else {
			assert.NotContains(t, s, "usage:", tt.args)
		}
		assert.Equal(t, 1, strings.Count(s, "compare:"), "one program prefix: %s", s)
	}
}
