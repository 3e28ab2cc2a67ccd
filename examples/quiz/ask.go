package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/rivo/uniseg"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// readLines delivers stdin line by line, closing the channel at the end of
// input, so a Ctrl-C can interrupt a pending read. A byte-order mark at
// the start of the input (Windows editors, PowerShell pipes) is dropped
// by normalizeAnswer with the rest.
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

// outcome is how a run of questions ended.
type outcome int

const (
	finished    outcome = iota // every question was asked
	interrupted                // Ctrl-C
	inputEnded                 // end of input
	timeUp                     // the exam's clock ran out
)

// session is one run of questions.
type session struct {
	*app
	ctx   context.Context
	lines <-chan string
	// reveal marks each answer and explains it at once; the exam does
	// not.
	reveal bool
	// deadline, when set, is the exam's end: the time left is shown with
	// each question, and questions stop when it passes.
	deadline time.Time
	// answered is called with each answer as it is given (nil chosen: a
	// skip), to record it.
	answered func(q quiz.Question, chosen []int, res quiz.Result)
}

// readLine waits for a line: ok false at the end of input, on Ctrl-C or
// when the deadline passes (now is the time the prompt was shown), with
// the outcome.
func (s *session) readLine(now time.Time) (string, outcome, bool) {
	line, how, ok := s.receive(now)
	if ok && s.echo {
		fmt.Fprintln(s.stdout, line)
	}
	return line, how, ok
}

// receive is readLine without the echo.
func (s *session) receive(now time.Time) (string, outcome, bool) {
	var timer <-chan time.Time
	if !s.deadline.IsZero() {
		left := s.deadline.Sub(now)
		if left <= 0 {
			return "", timeUp, false
		}
		t := time.NewTimer(left)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-s.ctx.Done():
		return "", interrupted, false
	case <-timer:
		return "", timeUp, false
	case line, ok := <-s.lines:
		if !ok {
			return "", inputEnded, false
		}
		return line, finished, true
	}
}

// ask asks the questions in turn and returns the responses given (one per
// question reached; nil for a skip) and how the run ended.
func (s *session) ask(qs []quiz.Question) ([][]int, outcome) {
	var responses [][]int
	for i, q := range qs {
		now := s.now() // once a prompt: the clock shown is the one waited on
		if !s.deadline.IsZero() && !now.Before(s.deadline) {
			s.endNote(timeUp)
			return responses, timeUp
		}
		s.show(i, len(qs), q, now)
		for first := true; ; first = false {
			if !first {
				now = s.now()
			}
			fmt.Fprint(s.stdout, "답> ")
			line, how, ok := s.readLine(now)
			if !ok {
				s.endNote(how)
				return responses, how
			}
			chosen, err := parseAnswer(line, q)
			if err != nil {
				fmt.Fprintln(s.stdout, wrap("", err.Error(), s.width, ""))
				continue
			}
			responses = append(responses, chosen)
			res, _ := q.Grade(chosen)
			if s.answered != nil {
				s.answered(q, chosen, res)
			}
			if s.reveal {
				s.feedback(q, res)
			}
			break
		}
	}
	return responses, finished
}

func (s *session) endNote(how outcome) {
	switch how {
	case interrupted:
		fmt.Fprintln(s.stdout, "\n중단했습니다.")
	case inputEnded:
		fmt.Fprintln(s.stdout, "\n입력이 끝났습니다.")
	case timeUp:
		fmt.Fprintln(s.stdout, "\n시간이 다 되었습니다. 답하지 않은 문제는 틀린 것으로 채점합니다.")
	}
}

// clock shows the time left: "1:27:40" or "27:40".
func clock(d time.Duration) string {
	d = max(d, 0).Round(time.Second)
	h, m, sec := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, sec)
	}
	return fmt.Sprintf("%d:%02d", m, sec)
}

// show prints question i of total, wrapped to the terminal, with the
// time left at now on a clock.
func (s *session) show(i, total int, q quiz.Question, now time.Time) {
	head := fmt.Sprintf("[%d/%d] ", i+1, total)
	if !s.deadline.IsZero() {
		head += "남은 시간 " + clock(s.deadline.Sub(now)) + " · "
	}
	fmt.Fprintln(s.stdout)
	fmt.Fprintln(s.stdout, wrap(head+q.Kind.Korean()+" · ", q.Prompt, s.width, ""))
	for j, c := range q.Choices {
		fmt.Fprintln(s.stdout, wrap(fmt.Sprintf("  %d) ", j+1), c, s.width, "     "))
	}
	// The exam says how many to choose in the prompt ("(2개 선택)"); a
	// prompt that does not is told here, once.
	if hint := fmt.Sprintf("(%d개 선택)", len(q.Answers)); q.Multiple() && !strings.Contains(q.Prompt, hint) {
		fmt.Fprintln(s.stdout, hint)
	}
}

func keys(q quiz.Question, idx []int) string {
	var out []string
	for _, a := range idx {
		out = append(out, fmt.Sprintf("%d) %s", a+1, q.Choices[a]))
	}
	return strings.Join(out, ", ")
}

func (s *session) feedback(q quiz.Question, res quiz.Result) {
	switch {
	case res.Correct:
		fmt.Fprintln(s.stdout, "✔ 정답!")
	case len(res.Chosen) == 0:
		fmt.Fprintln(s.stdout, wrap("– 건너뜀. 정답: ", keys(q, q.Answers), s.width, "  "))
	default:
		fmt.Fprintln(s.stdout, wrap("✘ 오답. 정답: ", keys(q, q.Answers), s.width, "  "))
	}
	// The explanation follows a right answer too: a guess that happened to
	// be right still needs the reason.
	fmt.Fprintln(s.stdout, wrap("  ", q.Explanation, s.width, "  "))
}

// missed counts what a run missed, apart: answered wrong, skipped (an
// empty answer), and not reached (the exam's clock ran out first).
type missed struct{ wrong, skipped, unreached int }

// missedOf sorts the questions qs not answered right by responses (one
// per question reached), and returns them with their counts and the
// options chosen for each.
func missedOf(qs []quiz.Question, responses [][]int) ([]quiz.Question, [][]int, missed) {
	var out []quiz.Question
	var chosen [][]int
	var m missed
	for i, q := range qs {
		var c []int
		if i < len(responses) {
			c = responses[i]
		}
		res, _ := q.Grade(c)
		if res.Correct {
			continue
		}
		switch {
		case i >= len(responses):
			m.unreached++
		case len(res.Chosen) == 0:
			m.skipped++
		default:
			m.wrong++
		}
		out = append(out, q)
		chosen = append(chosen, res.Chosen)
	}
	return out, chosen, m
}

// String names the counts that are not zero: "틀린 문제 2개, 건너뛴 문제
// 1개". A skipped question is not called wrong.
func (m missed) String() string {
	var parts []string
	for _, p := range []struct {
		n    int
		name string
	}{{m.wrong, "틀린 문제"}, {m.skipped, "건너뛴 문제"}, {m.unreached, "풀지 않은 문제"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d개", p.name, p.n))
		}
	}
	return strings.Join(parts, ", ")
}

// wrongAnswers lists the questions answered wrong, skipped or not
// reached, with what was chosen, the keys and the explanations, and
// returns them with their counts.
func (s *session) wrongAnswers(qs []quiz.Question, responses [][]int) ([]quiz.Question, missed) {
	wrong, chosen, m := missedOf(qs, responses)
	if len(wrong) == 0 {
		return nil, m
	}
	fmt.Fprintf(s.stdout, "\n%s 다시 보기\n", m)
	for i, q := range wrong {
		fmt.Fprintln(s.stdout)
		fmt.Fprintln(s.stdout, wrap(fmt.Sprintf("(%d) ", i+1), q.Prompt, s.width, ""))
		mine := "답하지 않음"
		if len(chosen[i]) > 0 {
			mine = keys(q, chosen[i])
		}
		fmt.Fprintln(s.stdout, wrap("  내 답: ", mine, s.width, "    "))
		fmt.Fprintln(s.stdout, wrap("  정답: ", keys(q, q.Answers), s.width, "    "))
		fmt.Fprintln(s.stdout, wrap("  ", q.Explanation, s.width, "  "))
	}
	return wrong, m
}

// yes reads whether the learner says yes: y, yes, 예, 네, 응, ㅇㅇ, or ㅛ
// (the y key in Korean mode).
func yes(line string) bool {
	switch strings.ToLower(strings.TrimSpace(normalizeAnswer(line))) {
	case "y", "yes", "예", "네", "응", "ㅛ", "dd", "d d":
		return true
	}
	return false
}

// offerRetry offers to ask the missed questions again at once, as often
// as the learner likes while some stay missed. The retries are answered
// and recorded like any answer. Piped input is asked only while it has a
// line left: a finished pipe gets no question it cannot answer.
func (s *session) offerRetry(wrong []quiz.Question, m missed) outcome {
	for len(wrong) > 0 {
		prompt := fmt.Sprintf("\n%s를 바로 다시 풀어 볼까요? (y/n) ", m)
		var line string
		var how outcome
		var ok bool
		if s.echo {
			if line, how, ok = s.receive(time.Time{}); !ok {
				return how
			}
			fmt.Fprint(s.stdout, prompt)
			fmt.Fprintln(s.stdout, line)
		} else {
			fmt.Fprint(s.stdout, prompt)
			if line, how, ok = s.readLine(time.Time{}); !ok {
				fmt.Fprintln(s.stdout)
				return how
			}
		}
		if !yes(line) {
			return finished
		}
		retry := *s
		retry.reveal, retry.deadline = true, time.Time{}
		responses, how := retry.ask(wrong)
		still, _, left := missedOf(wrong, responses)
		fmt.Fprintf(s.stdout, "\n다시 풀기: %d문제 중 %d문제 정답\n", len(wrong), len(wrong)-len(still))
		if how != finished {
			return how
		}
		wrong, m = still, left
	}
	return finished
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

// pad fills s with spaces to n terminal columns, counting a Hangul syllable
// as two (uniseg measures grapheme clusters as a terminal draws them).
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-uniseg.StringWidth(s)))
}

func countSkips(responses [][]int) int {
	n := 0
	for _, r := range responses {
		if len(r) == 0 {
			n++
		}
	}
	return n
}
