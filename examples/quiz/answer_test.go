package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func TestKoreanLearnersAnswers(t *testing.T) {
	one := quiz.Question{Choices: []string{"A", "B", "C", "D", "E"}, Answers: []int{1}}
	two := quiz.Question{Choices: []string{"A", "B", "C", "D", "E"}, Answers: []int{0, 2}}
	for in, want := range map[string][]int{
		"ㅁ": {0}, "ㅠ": {1}, "ㅊ": {2}, "ㅇ": {3}, "ㄷ": {4}, // the a–e keys in Korean mode
		"１": {0}, "５": {4}, "Ｂ": {1}, "ｃ": {2}, // full width
		"1번": {0}, "3 번": {2}, "A.": {0}, "b.": {1}, "(a)": {0}, "(2)": {1}, "2)": {1}, "[c]": {2},
		"\uFEFF2": {1}, "\uFEFFㅁ": {0}, " ４번 ": {3}, "②": {1}, "정답: 3": {2}, "\u200Bd": {3},
	} {
		got, err := parseAnswer(in, one)
		if assert.NoError(t, err, "%q", in) {
			assert.Equal(t, want, got, "%q", in)
		}
	}
	for in, want := range map[string][]int{
		"1 3": {0, 2}, "1번, 3번": {0, 2}, "1번과 3번": {0, 2}, "ㅁ ㅊ": {0, 2}, "ㅁㅊ": {0, 2}, "A. C.": {0, 2},
		"(a), (c)": {0, 2}, "１，３": {0, 2}, "a 및 c": {0, 2}, "①③": {0, 2},
	} {
		got, err := parseAnswer(in, two)
		if assert.NoError(t, err, "%q", in) {
			assert.Equal(t, want, got, "%q", in)
		}
	}
	// Nothing: a skip.
	got, err := parseAnswer("\uFEFF ", one)
	assert.NoError(t, err)
	assert.Empty(t, got)
	// A single-answer question given two options, a choose-two given one:
	// asked again, not marked wrong.
	_, err = parseAnswer("1 3", one)
	assert.ErrorContains(t, err, "하나만")
	_, err = parseAnswer("ㅁ", two)
	assert.ErrorContains(t, err, "2개")
	for _, bad := range []string{"모름", "zz", "9", "ㅎ"} {
		_, err := parseAnswer(bad, one)
		assert.ErrorContains(t, err, "알아들을 수 없는 답입니다", bad)
	}
}

// A whole quiz answered from a Korean keyboard, with a byte-order mark at
// the start of the piped input and a single-answer question first given
// two options.
func TestKoreanKeyboardSession(t *testing.T) {
	qz, err := quiz.Generate(quiz.Options{Seed: 11, Count: 6})
	require.NoError(t, err)
	hangul := []string{"ㅁ", "ㅠ", "ㅊ", "ㅇ", "ㄷ", "ㄹ"}
	var in []string
	for i, q := range qz.Questions {
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, hangul[a])
		}
		line := strings.Join(keys, " ")
		switch i {
		case 0:
			line = "\uFEFF" + line
		case 1:
			if !q.Multiple() {
				in = append(in, "1 2") // two options to a single-answer question
			}
		case 2:
			line = strings.Join(keys, "번, ") + "번"
		}
		in = append(in, line)
	}
	var out bytes.Buffer
	code := run(context.Background(), []string{"-n", "6", "-seed", "11"}, strings.NewReader(strings.Join(in, "\n")+"\n"), &out, &bytes.Buffer{}, true)
	require.Equal(t, 0, code)
	s := out.String()
	assert.Equal(t, 6, strings.Count(s, "✔ 정답!"), s)
	assert.NotContains(t, s, "✘ 오답", s)
	assert.Contains(t, s, "결과: 6문제 중 6문제 정답 (100%)")
	if !qz.Questions[1].Multiple() {
		assert.Contains(t, s, "이 문제는 답을 하나만 고릅니다. 다시 골라 주세요.")
	}
}

func TestYes(t *testing.T) {
	for _, y := range []string{"y", "Y", "yes", "예", "네", "응", "ㅛ", "ㅇㅇ", "\uFEFFy"} {
		assert.True(t, yes(y), y)
	}
	for _, n := range []string{"", "n", "아니요", "ㅜ", "no"} {
		assert.False(t, yes(n), n)
	}
}
