package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestSearchPlain(t *testing.T) {
	tests := []struct {
		args  []string
		first string
		mark  string
	}{
		{[]string{"람다"}, "1. Lambda (람다)", "[람다]"},
		{[]string{"-n", "2", "cloudtrial"}, "1. CloudTrail (클라우드트레일)", "["},
		{[]string{"ㅋㄹㅇㄷㅌㄹㅇ"}, "1. CloudTrail (클라우드트레일)", "["},
		{[]string{"fkaek"}, "1. Lambda (람다)", "["},
		{[]string{"메시지", "큐"}, ". SQS (에스큐에스)", "["},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run(tt.args, &out, &errb, env(nil), false)
			assert.Equal(t, 0, code, errb.String())
			assert.Contains(t, out.String(), tt.first)
			assert.Contains(t, out.String(), tt.mark)
			assert.NotContains(t, out.String(), "\x1b[", "no colour when piped")
		})
	}
}

// Flags may follow the query, as in "search 서비스 -n 2"; after "--" a word
// that looks like a flag is part of the query.
func TestSearchFlagsAfterQuery(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"서비스", "-n", "2"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Equal(t, 2, strings.Count(out.String(), " — "))
	out.Reset()
	assert.Equal(t, 0, run([]string{"메시지", "-n", "1", "큐"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "1. SQS")
	assert.Equal(t, 1, strings.Count(out.String(), " — "))
	out.Reset()
	assert.Equal(t, 0, run([]string{"-n", "1", "--", "-람다"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "Lambda")
}

func TestSearchLimit(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"-n", "2", "서비스"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Equal(t, 2, strings.Count(out.String(), " — "))
}

func TestSearchColour(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"람다"}, &out, &bytes.Buffer{}, env(nil), true))
	assert.Contains(t, out.String(), "\x1b[1;33m람다\x1b[0m")

	out.Reset()
	assert.Equal(t, 0, run([]string{"람다"}, &out, &bytes.Buffer{}, env(map[string]string{"NO_COLOR": "1"}), true))
	assert.NotContains(t, out.String(), "\x1b[")

	out.Reset()
	assert.Equal(t, 0, run([]string{"-color", "always", "람다"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "\x1b[1;33m")
}

func TestSearchBadInput(t *testing.T) {
	for _, args := range [][]string{{}, {"  "}, {"-n", "0", "ec2"}, {"-bogus", "ec2"}, {"-color", "pink", "ec2"}, {"-n", "x", "ec2"}} {
		var out, errb bytes.Buffer
		assert.Equal(t, 2, run(args, &out, &errb, env(nil), false), args)
		assert.Contains(t, errb.String(), "usage: search", args)
	}
	var errb bytes.Buffer
	assert.Equal(t, 0, run([]string{"-h"}, &bytes.Buffer{}, &errb, env(nil), false), "-h is not an error")
	assert.Contains(t, errb.String(), "usage: search")
	var out bytes.Buffer
	assert.Equal(t, 1, run([]string{"zzzzqqqq"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "찾은 항목이 없습니다")
}

// A refused command says why, in Korean, before the usage text.
func TestSearchRefusalSaysWhy(t *testing.T) {
	for _, tt := range []struct {
		args []string
		why  string
	}{
		{nil, "search: 찾을 말을 입력하세요"},
		{[]string{"-bogus", "ec2"}, "search: 없는 옵션입니다: -bogus"},
		{[]string{"-n", "x", "ec2"}, `search: -n의 값으로 "x"는 쓸 수 없습니다.`},
		{[]string{"ec2", "-n"}, "search: -n 뒤에 값을 쓰세요."},
		{[]string{"-n", "0", "ec2"}, "search: -n은 1 이상이어야 합니다"},
		{[]string{"-color", "pink", "ec2"}, `search: -color에는 auto, always, never 중 하나를 쓰세요 (받은 값: "pink").`},
	} {
		var errb bytes.Buffer
		assert.Equal(t, 2, run(tt.args, &bytes.Buffer{}, &errb, env(nil), false), tt.args)
		s := errb.String()
		assert.True(t, strings.HasPrefix(s, tt.why), "%v: %s", tt.args, s)
		assert.Less(t, strings.Index(s, tt.why), strings.Index(s, "usage: search"), "the reason comes before the usage")
		assert.NotContains(t, s, "flag provided", "no English error from package flag")
	}
}

func TestSearchKorean(t *testing.T) {
	var out bytes.Buffer
	assert.Equal(t, 0, run([]string{"침투"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "1. 침투 테스트 — ")
	assert.NotContains(t, out.String(), "침투 테스트 (침투 테스트)", "no reading when it is the name itself")
	out.Reset()
	assert.Equal(t, 0, run([]string{"람다"}, &out, &bytes.Buffer{}, env(nil), false))
	assert.Contains(t, out.String(), "   한글 읽기: [람다]")
}
