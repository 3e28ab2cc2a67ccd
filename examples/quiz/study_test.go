package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

// testApp runs the program on piped input at the times clock gives, with
// its default progress file in dir.
func testApp(dir, input string, clock func() time.Time) (*app, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &app{stdin: strings.NewReader(input), stdout: &out, stderr: &errb, echo: true, now: clock, width: 100,
		defaultPath: func() (string, error) { return filepath.Join(dir, "awsnotes", "progress.json"), nil }}, &out, &errb
}

// missLine is a wrong answer of the right shape: one option that is not
// the key, or for a choose-two question a key and an option that is not.
func missLine(q quiz.Question) string {
	var wrong int
	for i := range q.Choices {
		if !slices.Contains(q.Answers, i) {
			wrong = i
			break
		}
	}
	if !q.Multiple() {
		return strconv.Itoa(wrong + 1)
	}
	picks := []int{q.Answers[0] + 1, wrong + 1}
	slices.Sort(picks)
	return fmt.Sprintf("%d %d", picks[0], picks[1])
}

// lockedBuffer is a buffer the test reads while the program writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func at(t time.Time) func() time.Time { return func() time.Time { return t } }

// ticking is a clock that moves step on each reading.
func ticking(start time.Time, step time.Duration) func() time.Time {
	now := start.Add(-step)
	return func() time.Time { now = now.Add(step); return now }
}

var monday = time.Date(2026, 3, 2, 20, 0, 0, 0, time.FixedZone("KST", 9*3600))

// Two days of -review from piped answers: on Monday four new questions,
// two missed; on Tuesday exactly the two missed come back, and not the two
// known.
func TestReviewTwoDays(t *testing.T) {
	dir := t.TempDir()
	// What Monday asks, made the way -review makes it.
	deck, err := study.NewDeck(quiz.Options{Seed: 5, Count: 10, Choices: 4})
	require.NoError(t, err)
	empty, _ := study.New(study.Options{})
	day1 := empty.Plan(deck, endOfDay(monday), study.PlanOptions{New: 4}).Quiz(deck).Questions
	require.Len(t, day1, 4)
	var in []string
	for i, q := range day1 {
		if i%2 == 0 {
			in = append(in, keyLine(q))
		} else {
			in = append(in, missLine(q))
		}
	}
	in = append(in, "n") // no retry now
	a, out, errb := testApp(dir, strings.Join(in, "\n")+"\n", ticking(monday, time.Minute))
	require.Equal(t, 0, a.run(context.Background(), []string{"-review", "-seed", "5", "-new", "4"}), errb.String())
	s := out.String()
	assert.Contains(t, s, "오늘의 복습: 복습 0문제 + 새 문제 4문제 (시드 5)")
	assert.Equal(t, 2, strings.Count(s, "✔ 정답!"), s)
	assert.Equal(t, 2, strings.Count(s, "✘ 오답"), s)
	assert.Contains(t, s, "틀린 문제 2개 다시 보기")
	assert.Contains(t, s, "내일 복습할 문제: 2개")

	path := filepath.Join(dir, "awsnotes", "progress.json")
	p, err := study.Load(path)
	require.NoError(t, err)
	assert.Len(t, p.History(), 4, "every answer recorded")

	// Tuesday evening: the two missed, nothing new.
	tuesday := monday.Add(24*time.Hour + 30*time.Minute)
	a, out, errb = testApp(dir, keyLine(day1[1])+"\n"+keyLine(day1[3])+"\n", ticking(tuesday, time.Minute))
	require.Equal(t, 0, a.run(context.Background(), []string{"-review", "-seed", "5", "-new", "0"}), errb.String())
	s = out.String()
	assert.Contains(t, s, "오늘의 복습: 복습 2문제 + 새 문제 0문제")
	flat := fold(s)
	for i, q := range day1 {
		if i%2 == 1 {
			assert.Contains(t, flat, fold(q.Prompt), "missed on Monday, asked again")
		} else {
			assert.NotContains(t, flat, fold(q.Prompt), "known on Monday, not asked")
		}
	}
	assert.Equal(t, 2, strings.Count(s, "✔ 정답!"), s)

	// -stats on Tuesday.
	a, out, errb = testApp(dir, "", at(tuesday.Add(time.Hour)))
	require.Equal(t, 0, a.run(context.Background(), []string{"-stats"}), errb.String())
	s = out.String()
	assert.Contains(t, s, "푼 문제 4개 · 답한 횟수 6번 · 정답률 67%")
	assert.Contains(t, s, "도메인별:")
	assert.Contains(t, s, "자주 틀린 문제:")
}

// A progress file that cannot be read stops -review with an error naming
// it, and stays as it was.
func TestReviewRefusesCorruptFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.json")
	bad := []byte(`{"format":"awsnotes-study-progress","version":1,"reviews":[{"id":`)
	require.NoError(t, os.WriteFile(path, bad, 0o600))
	for _, args := range [][]string{{"-review", "-progress", path}, {"-stats", "-progress", path}, {"-n", "2", "-progress", path}} {
		a, _, errb := testApp(dir, "a\nb\n", at(monday))
		assert.Equal(t, 1, a.run(context.Background(), args), args)
		assert.Contains(t, errb.String(), path)
		assert.Contains(t, errb.String(), "corrupt")
		after, _ := os.ReadFile(path)
		assert.Equal(t, bad, after, "the file is left as it was")
	}
}

// Ctrl-C in the middle of a review keeps the answers already given.
func TestReviewInterruptedKeepsAnswers(t *testing.T) {
	dir := t.TempDir()
	deck, err := study.NewDeck(quiz.Options{Seed: 9, Count: 10, Choices: 4})
	require.NoError(t, err)
	empty, _ := study.New(study.Options{})
	qs := empty.Plan(deck, endOfDay(monday), study.PlanOptions{New: 5}).Quiz(deck).Questions
	ctx, cancel := context.WithCancel(context.Background())
	r, w := ioPipe()
	a, _, _ := testApp(dir, "", ticking(monday, time.Minute))
	a.stdin = r
	out := &lockedBuffer{}
	a.stdout = out
	done := make(chan int)
	go func() { done <- a.run(ctx, []string{"-review", "-seed", "9", "-new", "5"}) }()
	w.Write([]byte(keyLine(qs[0]) + "\n" + missLine(qs[1]) + "\n"))
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), "[3/5]") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	assert.Equal(t, 130, <-done)
	w.Close()
	p, err := study.Load(filepath.Join(dir, "awsnotes", "progress.json"))
	require.NoError(t, err)
	assert.Len(t, p.History(), 2)
}

// A whole mock exam from piped answers: no mark until the end, the time
// left shown as it goes, then the report per domain and the wrong answers.
func TestExamPiped(t *testing.T) {
	qz, err := quiz.MockExam(quiz.Options{Seed: 3, Choices: 4})
	require.NoError(t, err)
	var in []string
	for i, q := range qz.Questions {
		if i%3 == 0 {
			in = append(in, missLine(q))
		} else {
			in = append(in, keyLine(q))
		}
	}
	in = append(in, "n")
	a, out, errb := testApp(t.TempDir(), strings.Join(in, "\n")+"\n", ticking(monday, 30*time.Second))
	require.Equal(t, 0, a.run(context.Background(), []string{"-exam", "-seed", "3"}), errb.String())
	s := out.String()
	assert.Contains(t, s, "AWS 모의고사: 65문제, 90분 (시드 3)")
	assert.Contains(t, s, "[1/65] 남은 시간 1:29:30 · ")
	assert.Contains(t, s, "[2/65] 남은 시간 1:29:00 · ")
	report, _, ok := strings.Cut(s, "모의고사 결과")
	require.True(t, ok, s)
	assert.NotContains(t, report, "✔", "no answer revealed before the end")
	assert.NotContains(t, report, "✘")
	for _, d := range []string{"도메인 1 ", "도메인 2 ", "도메인 3 ", "도메인 4 "} {
		assert.Contains(t, s, d)
	}
	assert.Contains(t, s, "예상 점수(추정)")
	assert.Contains(t, s, "틀린 문제 ")
	assert.Contains(t, s, "다시 보기")
}

// When the clock runs out, the unanswered questions count as wrong and
// the report follows; -minutes sets the clock.
func TestExamTimeUp(t *testing.T) {
	qz, err := quiz.MockExam(quiz.Options{Seed: 4, Choices: 4})
	require.NoError(t, err)
	var in []string
	for _, q := range qz.Questions {
		in = append(in, keyLine(q))
	}
	// Each question takes a minute: 40 minutes last 39 of them.
	a, out, errb := testApp(t.TempDir(), strings.Join(in, "\n")+"\n", ticking(monday, time.Minute))
	require.Equal(t, 0, a.run(context.Background(), []string{"-exam", "-seed", "4", "-minutes", "40"}), errb.String())
	s := out.String()
	assert.Contains(t, s, "AWS 모의고사: 65문제, 40분")
	assert.Contains(t, s, "[1/65] 남은 시간 39:00 · ")
	assert.Contains(t, s, "[39/65] 남은 시간 1:00 · ")
	assert.NotContains(t, s, "[40/65]")
	assert.Contains(t, s, "시간이 다 되었습니다.")
	assert.Contains(t, s, "전체: 39/65 (60%)")
	assert.Contains(t, s, "풀지 않은 문제 26개 다시 보기")
	assert.Contains(t, s, "모의고사 결과")
	assert.Contains(t, s, "답하지 않음")
}

// Without -seed every run gets a fresh seed, and says how to repeat it.
func TestFreshSeed(t *testing.T) {
	seeds := map[string]bool{}
	for range 3 {
		var out bytes.Buffer
		run(context.Background(), []string{"-n", "1"}, strings.NewReader(""), &out, &bytes.Buffer{}, true)
		line, _, _ := strings.Cut(out.String(), "\n")
		require.Contains(t, line, "같은 문제를 다시 풀려면 -seed ")
		seeds[line] = true
	}
	assert.Greater(t, len(seeds), 1, "three runs, one seed")
}

// At the end, the wrong answers can be retried at once.
func TestRetryWrongAnswers(t *testing.T) {
	qz, err := quiz.Generate(quiz.Options{Seed: 8, Count: 3})
	require.NoError(t, err)
	qs := qz.Questions
	in := []string{missLine(qs[0]), keyLine(qs[1]), "", "예", keyLine(qs[0]), missLine(qs[2]), "y", keyLine(qs[2])}
	var out bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-n", "3", "-seed", "8"}, strings.NewReader(strings.Join(in, "\n")+"\n"), &out, &bytes.Buffer{}, true))
	s := out.String()
	assert.Contains(t, s, "틀린 문제 1개, 건너뛴 문제 1개를 바로 다시 풀어 볼까요?")
	assert.Contains(t, s, "다시 풀기: 2문제 중 1문제 정답")
	assert.Contains(t, s, "틀린 문제 1개를 바로 다시 풀어 볼까요?")
	assert.Contains(t, s, "다시 풀기: 1문제 중 1문제 정답")
}

// The end of a piped run: a choose-two question says "(2개 선택)" once, a
// skipped question is counted as skipped, not wrong, and once the input
// has ended no "(y/n)" is asked that nothing can answer.
func TestEndOfPipedRun(t *testing.T) {
	opts := quiz.Options{Seed: 1, Count: 3, Kinds: []quiz.Kind{quiz.ChooseTwo}}
	qz, err := quiz.Generate(opts)
	require.NoError(t, err)
	in := []string{missLine(qz.Questions[0]), "", keyLine(qz.Questions[2])}
	var out bytes.Buffer
	require.Equal(t, 0, run(context.Background(), []string{"-n", "3", "-seed", "1", "-kind", "choose-two"},
		strings.NewReader(strings.Join(in, "\n")+"\n"), &out, &bytes.Buffer{}, true))
	s := out.String()
	// Three questions and the two reviewed, each saying it once (the
	// prompt is wrapped to the terminal: count with line breaks folded).
	assert.Equal(t, 5, strings.Count(fold(s), "(2개 선택)"), s)
	assert.NotContains(t, s, "고르세요", s)
	assert.Contains(t, s, "틀린 문제 1개, 건너뛴 문제 1개 다시 보기", s)
	assert.NotContains(t, s, "틀린 문제 2개", s)
	assert.NotContains(t, s, "(y/n)", "input has ended: %s", s)

	// With a line left, the offer is made, and reads the line.
	out.Reset()
	require.Equal(t, 0, run(context.Background(), []string{"-n", "3", "-seed", "1", "-kind", "choose-two"},
		strings.NewReader(strings.Join(append(in, "n"), "\n")+"\n"), &out, &bytes.Buffer{}, true))
	assert.Contains(t, out.String(), "틀린 문제 1개, 건너뛴 문제 1개를 바로 다시 풀어 볼까요? (y/n) n\n")
}
