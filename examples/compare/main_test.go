package main

import (
	"bytes"
	"github.com/cloudnotes-kr/awsnotes/internal/cli"
	"strings"
	"testing"

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
		assert.Equal(t, cli.Columns(lines[0]), cli.Columns(l), l)
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
