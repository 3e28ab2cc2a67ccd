package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"

	"github.com/rivo/uniseg"
	"golang.org/x/term"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, !term.IsTerminal(int(os.Stdin.Fd())))
	stop()
	os.Exit(code)
}

// run is main without the process: it returns the exit code. With echo set
// (input piped in) each answer read is printed after its prompt, so the
// transcript reads like a session at a terminal.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, echo bool) int {
	opts, usage, code := parseFlags(args, stderr)
	if code >= 0 {
		return code
	}
	qz, err := quiz.Generate(opts)
	if err != nil {
		// The options came from the flags, so this is a bad flag value
		// (-n too large, -choices out of range). The package's errors
		// already start with "quiz:".
		fmt.Fprintln(stderr, err)
		usage()
		return 2
	}

	lines := readLines(stdin)
	var responses [][]int
	skipped := 0
	fmt.Fprintf(stdout, "AWS 노트 퀴즈: %d문제 (시드 %d)\n", len(qz.Questions), qz.Seed)
	fmt.Fprintln(stdout, "번호(1, 2, …)나 글자(a, b, …)로 답하세요. 두 개를 고를 때는 \"1 3\"이나 \"a c\"처럼 쓰고, 건너뛰려면 빈 줄을 입력하세요. 그만하려면 Ctrl-C를 누르세요.")
questions:
	for i, q := range qz.Questions {
		ask(stdout, i, len(qz.Questions), q)
		for {
			fmt.Fprint(stdout, "답> ")
			var line string
			var ok bool
			select {
			case <-ctx.Done():
				fmt.Fprintln(stdout, "\n중단했습니다.")
				break questions
			case line, ok = <-lines:
			}
			if !ok {
				fmt.Fprintln(stdout, "\n입력이 끝났습니다.")
				break questions
			}
			if echo {
				fmt.Fprintln(stdout, line)
			}
			line = strings.TrimSpace(line)
			var chosen []int
			if line != "" {
				chosen, err = quiz.ParseChoices(line, len(q.Choices))
				if err != nil {
					fmt.Fprintf(stdout, "알아들을 수 없는 답입니다: %q. 1-%d 또는 %s-%s 중에서 고르세요.\n",
						line, len(q.Choices), strings.ToLower(quiz.Letter(0)), strings.ToLower(quiz.Letter(len(q.Choices)-1)))
					continue
				}
			}
			responses = append(responses, chosen)
			if len(chosen) == 0 {
				skipped++
			}
			res, _ := q.Grade(chosen)
			feedback(stdout, q, res)
			break
		}
	}
	report, err := qz.Grade(responses)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	summary(stdout, qz, opts.Categories, report, len(responses), skipped)
	if ctx.Err() != nil {
		return 130
	}
	return 0
}

// parseFlags reads the options from the flags. It returns the usage printer
// and an exit code, or -1 to go on: 0 after -h, 2 for bad flags.
func parseFlags(args []string, stderr io.Writer) (quiz.Options, func(), int) {
	fs := flag.NewFlagSet("quiz", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "number of questions")
	seed := fs.Uint64("seed", 1, "seed: the same seed gives the same quiz")
	choices := fs.Int("choices", 4, "options per question (2-6)")
	cats := fs.String("category", "", "comma-separated categories (e.g. 보안,compute); empty: all")
	kinds := fs.String("kind", "", "comma-separated kinds ("+kindList()+"); empty: all")
	active := fs.Bool("active", false, "leave out services AWS has retired")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: quiz [-n N] [-seed S] [-choices C] [-category list] [-kind list] [-active] < answers")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return quiz.Options{}, fs.Usage, 0 // -h asked for the usage: not an error
		}
		return quiz.Options{}, fs.Usage, 2
	}
	if fs.NArg() > 0 || *n < 1 {
		fs.Usage()
		return quiz.Options{}, fs.Usage, 2
	}
	opts := quiz.Options{Seed: *seed, Count: *n, Choices: *choices, ActiveOnly: *active}
	for _, c := range splitList(*cats) {
		cat, ok := category.Lookup(c)
		if !ok {
			fmt.Fprintf(stderr, "quiz: unknown category %q\n", c)
			fs.Usage()
			return quiz.Options{}, fs.Usage, 2
		}
		opts.Categories = append(opts.Categories, cat.ID)
	}
	for _, k := range splitList(*kinds) {
		if !quiz.Kind(k).Valid() {
			fmt.Fprintf(stderr, "quiz: unknown kind %q (want %s)\n", k, kindList())
			fs.Usage()
			return quiz.Options{}, fs.Usage, 2
		}
		opts.Kinds = append(opts.Kinds, quiz.Kind(k))
	}
	return opts, fs.Usage, -1
}

func kindList() string {
	var names []string
	for _, k := range quiz.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// readLines delivers stdin line by line, closing the channel at the end of
// input, so a Ctrl-C can interrupt a pending read.
func readLines(r io.Reader) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			ch <- sc.Text()
		}
	}()
	return ch
}

func ask(w io.Writer, i, total int, q quiz.Question) {
	fmt.Fprintf(w, "\n[%d/%d] %s · %s\n", i+1, total, q.Kind.Korean(), q.Prompt)
	for j, c := range q.Choices {
		fmt.Fprintf(w, "  %d) %s\n", j+1, c)
	}
	if q.Multiple() {
		fmt.Fprintf(w, "(%d개를 고르세요)\n", len(q.Answers))
	}
}

func feedback(w io.Writer, q quiz.Question, res quiz.Result) {
	var keys []string
	for _, a := range q.Answers {
		keys = append(keys, fmt.Sprintf("%d) %s", a+1, q.Choices[a]))
	}
	switch {
	case res.Correct:
		fmt.Fprintln(w, "✔ 정답!")
	case len(res.Chosen) == 0:
		fmt.Fprintf(w, "– 건너뜀. 정답: %s\n", strings.Join(keys, ", "))
	default:
		fmt.Fprintf(w, "✘ 오답. 정답: %s\n", strings.Join(keys, ", "))
	}
	// The explanation follows a right answer too: a guess that happened to
	// be right still needs the reason.
	for _, l := range strings.Split(q.Explanation, "\n") {
		fmt.Fprintf(w, "  %s\n", l)
	}
}

type tally struct{ right, total int }

// summary prints the score: over the whole quiz, then per category for the
// questions reached (answered or skipped). reached counts the responses, of
// which skipped were empty; asked are the categories of -category, if any.
func summary(w io.Writer, qz quiz.Quiz, asked []category.ID, report quiz.Report, reached, skipped int) {
	fmt.Fprintf(w, "\n결과: %d문제 중 %d문제 정답 (%.0f%%), 답한 문제 %d개",
		report.Total, report.Correct, 100*report.Score(), reached-skipped)
	if skipped > 0 {
		fmt.Fprintf(w, ", 건너뛴 문제 %d개", skipped)
	}
	if rest := report.Total - reached; rest > 0 {
		fmt.Fprintf(w, ", 풀지 않은 문제 %d개", rest)
	}
	fmt.Fprintln(w)
	per := map[category.ID]*tally{}
	for i, res := range report.Results {
		if i >= reached {
			break
		}
		c := primaryCategory(qz.Questions[i], asked)
		if per[c] == nil {
			per[c] = &tally{}
		}
		per[c].total++
		if res.Correct {
			per[c].right++
		}
	}
	cats := make([]category.ID, 0, len(per))
	for c := range per {
		cats = append(cats, c)
	}
	slices.SortFunc(cats, category.Compare)
	if len(cats) > 0 {
		fmt.Fprintln(w, "분류별 점수:")
	}
	names := make([]string, len(cats))
	col := 0
	for i, c := range cats {
		names[i] = c.Korean()
		if names[i] == "" {
			names[i] = "기타"
		}
		col = max(col, uniseg.StringWidth(names[i]))
	}
	for i, c := range cats {
		fmt.Fprintf(w, "  %s  %d/%d\n", pad(names[i], col), per[c].right, per[c].total)
	}
}

// primaryCategory is the category a question counts under: that of the
// entry it is about (its key), the first of the entry's categories that the
// learner asked for with -category, else the entry's primary one.
func primaryCategory(q quiz.Question, asked []category.ID) category.ID {
	if len(q.Services) == 0 {
		return ""
	}
	s, ok := awsnotes.Get(q.Services[0])
	if !ok || len(s.Categories) == 0 {
		return ""
	}
	for _, c := range s.Categories {
		if slices.Contains(asked, c) {
			return c
		}
	}
	return s.Categories[0]
}

// splitList splits a comma-separated flag value, trimming spaces and
// dropping empty items: " 보안, compute ,," gives [보안 compute].
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// pad fills s with spaces to n terminal columns, counting a Hangul syllable
// as two (uniseg measures grapheme clusters as a terminal draws them).
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-uniseg.StringWidth(s)))
}
