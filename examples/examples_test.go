// Package examples_test builds the programs in examples/ with the go
// command and runs the real binaries, with arguments, piped input and
// signals, as a learner would from a shell. The tests of each program's
// run function live next to it; these check what only a process shows:
// exit codes, standard error, and Ctrl-C. They are skipped with -short.
package examples_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// binary builds the named example once per test run and returns its path.
func binary(t *testing.T, name string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the example binaries; skipped with -short")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "awsnotes-examples-")
		if buildErr != nil {
			return
		}
		args := []string{"build", "-o", binDir + string(filepath.Separator)}
		for _, n := range programs(t) {
			args = append(args, "./"+n)
		}
		cmd := exec.Command(goTool, args...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = errors.New(err.Error() + "\n" + string(out))
		}
	})
	require.NoError(t, buildErr, "go build ./examples/...")
	path := filepath.Join(binDir, name)
	if runtime.GOOS == "windows" {
		path += ".exe"
	}
	return path
}

// programs lists the example programs: the folders here with a main.go.
func programs(t *testing.T) []string {
	t.Helper()
	mains, err := filepath.Glob(filepath.Join("*", "main.go"))
	require.NoError(t, err)
	var names []string
	for _, m := range mains {
		names = append(names, filepath.Dir(m))
	}
	require.Subset(t, names, []string{"quickstart", "search", "compare", "quiz", "export", "browse"})
	return names
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

// run runs an example binary with args and stdin, without NO_COLOR unless
// env sets it, and returns what it printed and its exit code.
func run(t *testing.T, name, stdin string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary(t, name), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(withoutNoColor(os.Environ()), env...)
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{stdout.String(), stderr.String(), code}
}

func withoutNoColor(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "NO_COLOR=") {
			out = append(out, kv)
		}
	}
	return out
}

func TestBadFlagsExit2WithUsage(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"quickstart", []string{"-bogus"}},
		{"search", []string{"-bogus", "ec2"}},
		{"search", nil},
		{"search", []string{"-color", "pink", "ec2"}},
		{"compare", []string{"-bogus", "ecs", "eks"}},
		{"compare", []string{"ecs"}},
		{"quiz", []string{"-n", "x"}},
		{"quiz", []string{"-kind", "essay"}},
		{"quiz", []string{"-category", "gaming"}},
		{"quiz", []string{"-choices", "9"}},
		{"export", []string{"-format", "pdf"}},
		{"export", []string{"-n", "0"}},
		{"browse", []string{"-bogus"}},
		{"browse", []string{"-domain", "9"}},
		{"browse", []string{"-category", "gaming"}},
		{"browse", []string{"extra"}},
	} {
		t.Run(tt.name+" "+strings.Join(tt.args, " "), func(t *testing.T) {
			r := run(t, tt.name, "", nil, tt.args...)
			assert.Equal(t, 2, r.code, r.stderr)
			assert.Contains(t, r.stderr, "usage:")
			assert.Empty(t, r.stdout)
		})
	}
	for _, name := range programs(t) {
		r := run(t, name, "", nil, "-h")
		assert.Equal(t, 0, r.code, "%s -h", name)
		assert.Contains(t, r.stderr, "usage: "+name)
	}
}

func TestQuickstartRuns(t *testing.T) {
	r := run(t, "quickstart", "", nil)
	require.Equal(t, 0, r.code, r.stderr)
	for _, want := range []string{"Lookup(\"클라우드트레일\")", "AWS CloudTrail", "InCategory", "Search", "ECS와 EKS의 차이", "Q3.", "정답과 해설"} {
		assert.Contains(t, r.stdout, want)
	}
	assert.Empty(t, r.stderr)
}

func TestSearchPipedAndNoColor(t *testing.T) {
	r := run(t, "search", "", nil, "람다")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "1. Lambda (람다) — "), r.stdout)
	assert.Contains(t, r.stdout, "[람다]", "piped output brackets the match")
	assert.NotContains(t, r.stdout, "\x1b[", "no colour when piped")

	r = run(t, "search", "", []string{"NO_COLOR=1"}, "-color", "auto", "ㅋㄹㅇㄷㅌㄹㅇ")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "CloudTrail")
	assert.NotContains(t, r.stdout, "\x1b[")

	r = run(t, "search", "", nil, "-color", "always", "fkaek")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "\x1b[1;33m람다\x1b[0m")

	r = run(t, "search", "", nil, "zzzzqqqq")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stdout, "찾은 항목이 없습니다")
}

// TestSearchOnTerminal runs search on a pseudo-terminal (util-linux
// script), where it colours the matches unless NO_COLOR is set.
func TestSearchOnTerminal(t *testing.T) {
	bin := binary(t, "search")
	script, err := exec.LookPath("script")
	if runtime.GOOS != "linux" || err != nil {
		t.Skip("needs util-linux script for a pseudo-terminal")
	}
	onTerminal := func(env ...string) string {
		cmd := exec.Command(script, "-qec", bin+" 람다", os.DevNull)
		cmd.Env = append(withoutNoColor(os.Environ()), env...)
		out, err := cmd.Output()
		if err != nil {
			t.Skipf("script cannot make a pseudo-terminal here: %v", err)
		}
		return string(out)
	}
	assert.Contains(t, onTerminal(), "\x1b[1;33m람다\x1b[0m")
	plain := onTerminal("NO_COLOR=1")
	assert.Contains(t, plain, "[람다]")
	assert.NotContains(t, plain, "\x1b[")
}

func TestCompareRuns(t *testing.T) {
	r := run(t, "compare", "", nil, "ecs", "eks")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "+---"), r.stdout)
	assert.Contains(t, r.stdout, "ECS와 EKS의 차이")

	r = run(t, "compare", "", nil, "-markdown", "ecs", "eks")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "| 구분 | ECS | EKS |\n| --- | --- | --- |\n")

	after := run(t, "compare", "", nil, "ecs", "eks", "-markdown")
	assert.Equal(t, r, after, "the flag may follow the names")

	r = run(t, "compare", "", nil, "ecs", "ecz")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, `"ecz"`)
	assert.Empty(t, r.stdout)
}

func TestBrowseRuns(t *testing.T) {
	r := run(t, "browse", "", nil, "-task", "2.3")
	require.Equal(t, 0, r.code, r.stderr)
	assert.True(t, strings.HasPrefix(r.stdout, "\n== 2.3 "), r.stdout)
	assert.Contains(t, r.stdout, "- IAM (아이에이엠) · 제공 중 · 노트\n")
	assert.Empty(t, r.stderr)

	r = run(t, "browse", "", nil, "-category", "관리", "-notes")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "- OpsWorks (옵스웍스) · 종료 ")
	assert.NotContains(t, r.stdout, " · 추가\n")

	r = run(t, "browse", "", nil, "-domain", "7")
	assert.Equal(t, 2, r.code)
	assert.True(t, strings.HasPrefix(r.stderr, "browse: \"7\": 도메인은 1부터 4까지입니다."), r.stderr)
	assert.Less(t, strings.Index(r.stderr, "도메인은"), strings.Index(r.stderr, "usage: browse"), "the reason comes before the usage")
	assert.Empty(t, r.stdout)
}

func TestExportRuns(t *testing.T) {
	for _, format := range []string{"anki", "gift", "json", "markdown"} {
		r := run(t, "export", "", nil, "-format", format, "-n", "20", "-seed", "1")
		require.Equal(t, 0, r.code, r.stderr)
		assert.NotEmpty(t, r.stdout, format)
		again := run(t, "export", "", nil, "-format", format, "-n", "20", "-seed", "1")
		assert.Equal(t, r.stdout, again.stdout, "%s: the same seed gives the same bytes", format)

		path := filepath.Join(t.TempDir(), "deck."+format)
		w := run(t, "export", "", nil, "-format", format, "-n", "20", "-seed", "1", "-o", path)
		require.Equal(t, 0, w.code, w.stderr)
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.Equal(t, r.stdout, string(b), "%s: -o writes what standard output would show", format)
		assert.Empty(t, w.stdout)
	}
}

// keys returns the answer line that gets q right, in letters.
func keys(q quiz.Question) string {
	var parts []string
	for _, a := range q.Answers {
		parts = append(parts, strings.ToLower(quiz.Letter(a)))
	}
	return strings.Join(parts, " ")
}

// TestQuizPipedSession drives the real binary through a session from piped
// answers: right ones in letters, a wrong one, invalid input that is asked
// again, a skip, and the end of input before the last question.
func TestQuizPipedSession(t *testing.T) {
	qz, err := quiz.Generate(quiz.Options{Seed: 7, Count: 10})
	require.NoError(t, err)
	qs := qz.Questions
	wrong := string(rune('1' + (qs[1].Answers[0]+1)%len(qs[1].Choices)))
	if qs[1].Multiple() {
		// Two options, one a key and one not: as many as asked, and wrong.
		other := 0
		for i := range qs[1].Choices {
			if !slices.Contains(qs[1].Answers, i) {
				other = i
				break
			}
		}
		wrong = string(rune('1'+qs[1].Answers[0])) + " " + string(rune('1'+other))
	}
	input := strings.Join([]string{
		keys(qs[0]),
		wrong,
		"zz", "0", "f g", keys(qs[2]),
		"",
		keys(qs[4]),
	}, "\n") + "\n"
	r := run(t, "quiz", input, nil, "-n", "10", "-seed", "7")
	require.Equal(t, 0, r.code, r.stderr)
	s := r.stdout
	assert.Equal(t, 3, strings.Count(s, "✔ 정답!"), s)
	assert.Equal(t, 1, strings.Count(s, "✘ 오답"), s)
	assert.Equal(t, 1, strings.Count(s, "– 건너뜀"), s)
	assert.Equal(t, 3, strings.Count(s, "알아들을 수 없는 답입니다"), s)
	// The quiz wraps to the terminal's width: compare with line breaks folded.
	fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	assert.Contains(t, fold(s), fold(strings.Split(qs[1].Explanation, "\n")[0]), "the explanation follows a wrong answer")
	assert.Contains(t, s, "입력이 끝났습니다.")
	assert.Contains(t, s, "결과: 10문제 중 3문제 정답 (30%), 답한 문제 4개, 건너뛴 문제 1개, 풀지 않은 문제 5개\n")
	assert.Contains(t, s, "분류별 점수:")
	assert.Contains(t, s, "[6/10]")
	assert.NotContains(t, s, "[7/10]", "end of input ends the quiz")
	assert.Empty(t, r.stderr)
}

// TestQuizCategoryAndKind checks the filter flags from the README.
func TestQuizCategoryAndKind(t *testing.T) {
	r := run(t, "quiz", "", nil, "-n", "5", "-category", "보안", "-kind", "scenario,cloze")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "AWS 노트 퀴즈: 5문제")
	first := r.stdout[strings.Index(r.stdout, "[1/5] "):]
	assert.True(t, strings.HasPrefix(first, "[1/5] 시나리오") || strings.HasPrefix(first, "[1/5] 빈칸"), first)
}

// TestQuizInterrupt sends SIGINT to the quiz while it waits for an answer,
// as Ctrl-C does: it prints the score so far and exits 130, with no
// goroutine dump.
func TestQuizInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT to send on Windows")
	}
	qz, err := quiz.Generate(quiz.Options{Seed: 7, Count: 3})
	require.NoError(t, err)
	cmd := exec.Command(binary(t, "quiz"), "-n", "3", "-seed", "7")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	var stdout, stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	_, err = stdin.Write([]byte(keys(qz.Questions[0]) + "\n"))
	require.NoError(t, err)

	// wait for the second question's prompt, then press Ctrl-C
	deadline := time.Now().Add(30 * time.Second)
	for strings.Count(stdout.String(), "답> ") < 2 {
		require.True(t, time.Now().Before(deadline), "the quiz never asked the second question: %s", stdout.String())
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = cmd.Wait()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 130, exit.ExitCode())
	s := stdout.String()
	assert.Contains(t, s, "중단했습니다.")
	assert.Contains(t, s, "결과: 3문제 중 1문제 정답 (33%), 답한 문제 1개, 풀지 않은 문제 2개\n")
	assert.Contains(t, s, "분류별 점수:")
	assert.NotContains(t, stderr.String(), "goroutine")
	assert.Empty(t, stderr.String())
	stdin.Close()
}

// syncBuffer is a bytes.Buffer the test can read while the process writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
