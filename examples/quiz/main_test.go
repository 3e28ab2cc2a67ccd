package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// fold folds runs of white space, line breaks included, into one space:
// output is wrapped to the terminal's width.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// keyLine returns the answer a learner would type to get q right.
func keyLine(q quiz.Question) string {
	var parts []string
	for _, a := range q.Answers {
		parts = append(parts, strings.ToLower(quiz.Letter(a)))
	}
	return strings.Join(parts, " ")
}

func wrongLine(q quiz.Question) string {
	for i := range q.Choices {
		if !q.Multiple() && i != q.Answers[0] {
			return string(rune('1' + i))
		}
	}
	return "1" // a single option for a choose-two question is always wrong
}

// TestFullSession drives a whole session from piped answers: right answers
// as letters, a wrong one as a number, garbage that is asked again, and a
// skipped question.
func TestFullSession(t *testing.T) {
	qz, err := quiz.Generate(quiz.Options{Seed: 7, Count: 5})
	require.NoError(t, err)
	qs := qz.Questions
	input := strings.Join([]string{
		keyLine(qs[0]),
		wrongLine(qs[1]),
		"zz", "9", keyLine(qs[2]), // two bad answers, then the key
		"", // skip
		keyLine(qs[4]),
	}, "\n") + "\n"
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"-n", "5", "-seed", "7"}, strings.NewReader(input), &out, &errb, true)
	require.Equal(t, 0, code, errb.String())
	s := out.String()
	assert.Equal(t, 3, strings.Count(s, "✔ 정답!"), s)
	assert.Equal(t, 1, strings.Count(s, "✘ 오답"), s)
	assert.Equal(t, 1, strings.Count(s, "– 건너뜀"), s)
	assert.Equal(t, 2, strings.Count(s, "알아들을 수 없는 답입니다"), s)
	assert.Contains(t, s, "결과: 5문제 중 3문제 정답 (60%), 답한 문제 4개, 건너뛴 문제 1개\n")
	assert.Contains(t, s, "분류별 점수:")
	assert.Contains(t, fold(s), fold(qs[1].Prompt)) // wrapped to the terminal
	// the explanation of the wrong answer is shown (wrapped to the
	// terminal: compare with the line breaks folded)
	flat := fold(s)
	assert.Contains(t, flat, fold(strings.Split(qs[1].Explanation, "\n")[0]))
	// and so is that of a right one
	assert.Contains(t, flat, fold("✔ 정답!\n  "+strings.Split(qs[0].Explanation, "\n")[0]))
}

func TestEndOfInput(t *testing.T) {
	qz, err := quiz.Generate(quiz.Options{Seed: 3, Count: 4})
	require.NoError(t, err)
	var out bytes.Buffer
	code := run(context.Background(), []string{"-n", "4", "-seed", "3"}, strings.NewReader(keyLine(qz.Questions[0])+"\n"), &out, &bytes.Buffer{}, true)
	assert.Equal(t, 0, code)
	assert.Contains(t, out.String(), "입력이 끝났습니다.")
	assert.Contains(t, out.String(), "결과: 4문제 중 1문제 정답 (25%), 답한 문제 1개, 풀지 않은 문제 3개\n")
}

func TestInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, w := ioPipe()
	defer w.Close()
	var out bytes.Buffer
	code := run(ctx, []string{"-n", "3"}, r, &out, &bytes.Buffer{}, false)
	assert.Equal(t, 130, code)
	assert.Contains(t, out.String(), "중단했습니다.")
	assert.Contains(t, out.String(), "결과:")
}

func TestFilters(t *testing.T) {
	var out bytes.Buffer
	code := run(context.Background(), []string{"-n", "3", "-category", "보안", "-kind", "scenario,cloze,service-from-description"}, strings.NewReader(""), &out, &bytes.Buffer{}, true)
	assert.Equal(t, 0, code)
	assert.Contains(t, out.String(), "AWS 노트 퀴즈: 3문제")
}

// With -category, a question counts under the category asked for, even
// when its entry is filed under another one first.
func TestScoreUnderAskedCategory(t *testing.T) {
	args := []string{"-n", "12", "-seed", "3", "-category", "보안,모니터링"}
	qz, err := quiz.Generate(quiz.Options{Seed: 3, Count: 12, Categories: []category.ID{category.Security, category.Monitoring}})
	require.NoError(t, err)
	var input strings.Builder
	for _, q := range qz.Questions {
		input.WriteString(keyLine(q) + "\n")
	}
	var out bytes.Buffer
	require.Equal(t, 0, run(context.Background(), args, strings.NewReader(input.String()), &out, &bytes.Buffer{}, true))
	_, scores, ok := strings.Cut(out.String(), "분류별 점수:\n")
	require.True(t, ok, out.String())
	total := 0
	for _, l := range strings.Split(strings.TrimSuffix(scores, "\n"), "\n") {
		f := strings.Fields(l)
		name := strings.Join(f[:len(f)-1], " ")
		assert.Contains(t, []string{"보안", "모니터링/상태 관리"}, name, l)
		var right, n int
		_, err := fmt.Sscanf(f[len(f)-1], "%d/%d", &right, &n)
		require.NoError(t, err, l)
		assert.Equal(t, right, n, "all answered right: %s", l)
		total += n
	}
	assert.Equal(t, 12, total)
}

// The per-category scores line up however wide the names, counting Hangul
// as two columns ("프론트엔드 웹 및 모바일" is 23).
func TestSummaryAligned(t *testing.T) {
	asked := []category.ID{"frontend", category.Security}
	var qz quiz.Quiz
	for _, c := range asked {
		// An entry filed under c and not under the other category asked.
		var id awsnotes.ID
		for _, s := range awsnotes.InCategory(c) {
			if len(slices.DeleteFunc(slices.Clone(s.Categories), func(x category.ID) bool { return !slices.Contains(asked, x) })) == 1 {
				id = s.ID
				break
			}
		}
		require.NotEmpty(t, id, c)
		qz.Questions = append(qz.Questions, quiz.Question{Services: []awsnotes.ID{id}})
	}
	var out bytes.Buffer
	summary(&out, qz, asked, quiz.Report{Total: 2, Results: make([]quiz.Result, 2)}, 2, 0)
	require.Contains(t, out.String(), "프론트엔드 웹 및 모바일")
	_, scores, ok := strings.Cut(out.String(), "분류별 점수:\n")
	require.True(t, ok, out.String())
	lines := strings.Split(strings.TrimSuffix(scores, "\n"), "\n")
	require.Len(t, lines, 2)
	at := func(l string) int { return uniseg.StringWidth(l[:strings.LastIndex(l, " ")]) }
	for _, l := range lines {
		assert.Equal(t, at(lines[0]), at(l), "%q", l)
	}
	assert.Equal(t, 23, uniseg.StringWidth("프론트엔드 웹 및 모바일"))
	assert.Equal(t, "보안 |", pad("보안", 5)+"|")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-n", "0"}, {"-n", "x"}, {"-bogus"}, {"extra"}, {"-category", "gaming"}, {"-kind", "essay"}, {"-choices", "9"}, {"-n", "100000"}} {
		var errb bytes.Buffer
		code := run(context.Background(), args, strings.NewReader(""), &bytes.Buffer{}, &errb, true)
		assert.Equal(t, 2, code, args)
		assert.Contains(t, errb.String(), "usage: quiz", args)
		assert.NotContains(t, errb.String(), "quiz: quiz:", args)
	}
	var errb bytes.Buffer
	assert.Equal(t, 0, run(context.Background(), []string{"-h"}, strings.NewReader(""), &bytes.Buffer{}, &errb, true), "-h is not an error")
	assert.Contains(t, errb.String(), "usage: quiz")
}

// TestFromFlag narrows the quiz to the learner's notes, or to what was
// added beyond them, and refuses anything else.
func TestFromFlag(t *testing.T) {
	for _, from := range []string{"notes", "added", "all"} {
		cfg, _, code := parseFlags([]string{"-from", from, "-seed", "1"}, io.Discard)
		require.Equal(t, -1, code, from)
		want := map[string]quiz.Provenance{"notes": quiz.NotesOnly, "added": quiz.AddedOnly, "all": quiz.Everything}[from]
		assert.Equal(t, want, cfg.opts.Provenance, from)
	}
	_, _, code := parseFlags([]string{"-from", "web"}, io.Discard)
	assert.Equal(t, 2, code)
}

// -h says why -kind correction is not in the list of kinds.
func TestHelpSaysCorrection(t *testing.T) {
	var out, errb bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-h"}, strings.NewReader(""), &out, &errb, true))
	assert.Contains(t, errb.String(), "-kind correction")
	assert.Contains(t, errb.String(), "no such question")
}
