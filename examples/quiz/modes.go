package main

import (
	"context"
	"fmt"
	"time"

	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

// recorder keeps a progress file up to date answer by answer: each answer
// is recorded and saved at once, so Ctrl-C or a crash loses nothing.
type recorder struct {
	a    *app
	p    *study.Progress
	path string
	fail bool // a save failed: said once, tried again at the next answer
}

// openProgress opens the progress file of -progress, or the default one.
// An unreadable file is reported and left alone: the caller stops.
func (a *app) openProgress(cfg config) (*recorder, bool) {
	path := cfg.progress
	if path == "" {
		var err error
		if path, err = a.defaultPath(); err != nil {
			fmt.Fprintln(a.stderr, err)
			return nil, false
		}
	}
	p, err := study.Open(path, study.Options{})
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		fmt.Fprintln(a.stderr, "진행 기록 파일을 읽을 수 없어 그대로 두었습니다. 파일을 고치거나 옮긴 뒤 다시 실행하거나, -progress로 다른 파일을 고르세요.")
		return nil, false
	}
	return &recorder{a: a, p: p, path: path}, true
}

func (r *recorder) record(q quiz.Question, chosen []int, res quiz.Result) {
	if r == nil {
		return
	}
	if _, err := r.p.Record(q, study.Answer{Correct: res.Correct, At: r.a.now()}); err != nil {
		fmt.Fprintln(r.a.stderr, err)
		return
	}
	r.save()
}

func (r *recorder) save() {
	if err := r.p.Save(r.path); err != nil {
		if !r.fail {
			fmt.Fprintln(r.a.stderr, err)
		}
		r.fail = true
		return
	}
	r.fail = false
}

func (r *recorder) answered() func(quiz.Question, []int, quiz.Result) {
	if r == nil {
		return nil
	}
	return r.record
}

func exitCode(how outcome) int {
	if how == interrupted {
		return 130
	}
	return 0
}

// runQuiz is the plain quiz: -n questions, each marked and explained as it
// is answered; with -progress, recorded.
func (a *app) runQuiz(ctx context.Context, cfg config, lines <-chan string, usage func()) int {
	qz, err := quiz.Generate(cfg.opts)
	if err != nil {
		// The options came from the flags, so this is a bad flag value
		// (-n too large, -choices out of range). The package's errors
		// already start with "quiz:".
		fmt.Fprintln(a.stderr, err)
		usage()
		return 2
	}
	var rec *recorder
	if cfg.progress != "" {
		var ok bool
		if rec, ok = a.openProgress(cfg); !ok {
			return 1
		}
	}
	fmt.Fprintf(a.stdout, "AWS 노트 퀴즈: %d문제 (%s)\n", len(qz.Questions), seedLine(cfg))
	fmt.Fprintln(a.stdout, wrap("", "번호(1, 2, …)나 글자(a, b, …)로 답하세요. 두 개를 고를 때는 \"1 3\"이나 \"a c\"처럼 쓰고, 건너뛰려면 빈 줄을 입력하세요. 그만하려면 Ctrl-C를 누르세요.", a.width, ""))
	s := &session{app: a, ctx: ctx, lines: lines, reveal: true, answered: rec.answered()}
	responses, how := s.ask(qz.Questions)
	report, err := qz.Grade(responses)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return 1
	}
	summary(a.stdout, qz, cfg.opts.Categories, report, len(responses), countSkips(responses))
	return a.finish(s, qz.Questions[:len(responses)], responses, how)
}

// finish lists the wrong answers and offers to retry them, unless the
// run was cut short.
func (a *app) finish(s *session, qs []quiz.Question, responses [][]int, how outcome) int {
	wrong, m := s.wrongAnswers(qs, responses)
	if how == finished || how == timeUp {
		how = s.offerRetry(wrong, m)
	}
	return exitCode(how)
}

// endOfDay is the next local midnight: -review asks what falls due today.
func endOfDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}

// runReview asks the questions due today and a few new ones, recording
// every answer as it is given.
func (a *app) runReview(ctx context.Context, cfg config, lines <-chan string) int {
	rec, ok := a.openProgress(cfg)
	if !ok {
		return 1
	}
	deck, err := study.NewDeck(cfg.opts)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return 2
	}
	now := a.now()
	po := study.PlanOptions{New: cfg.newCount}
	if cfg.newCount == 0 {
		po.New = -1
	}
	if cfg.nSet {
		po.MaxDue = cfg.opts.Count
	}
	plan := rec.p.Plan(deck, endOfDay(now), po)
	fmt.Fprintf(a.stdout, "오늘의 복습: 복습 %d문제 + 새 문제 %d문제 (%s)\n", len(plan.Due), len(plan.New), seedLine(cfg))
	fmt.Fprintln(a.stdout, wrap("", "기록 파일: "+rec.path, a.width, "  "))
	if len(plan.Unknown) > 0 {
		fmt.Fprintf(a.stdout, "노트에서 사라졌거나 고른 범위 밖인 문제 %d개는 건너뜁니다 (기록은 남아 있습니다).\n", len(plan.Unknown))
	}
	if plan.Len() == 0 {
		fmt.Fprintln(a.stdout, "오늘 풀 문제가 없습니다."+nextDue(rec.p, deck, now))
		return 0
	}
	qz := plan.Quiz(deck)
	s := &session{app: a, ctx: ctx, lines: lines, reveal: true, answered: rec.answered()}
	responses, how := s.ask(qz.Questions)
	report, _ := qz.Grade(responses)
	summary(a.stdout, qz, cfg.opts.Categories, report, len(responses), countSkips(responses))
	code := a.finish(s, qz.Questions[:len(responses)], responses, how)
	tomorrow := rec.p.Plan(deck, endOfDay(now).AddDate(0, 0, 1), study.PlanOptions{New: -1})
	fmt.Fprintf(a.stdout, "\n내일 복습할 문제: %d개. 기록을 저장했습니다.\n", len(tomorrow.Due))
	return code
}

// nextDue says when the next question falls due, if any.
func nextDue(p *study.Progress, deck *study.Deck, now time.Time) string {
	var next time.Time
	for _, c := range p.Cards() {
		if deck.Has(c.Ref) && (next.IsZero() || c.Due().Before(next)) {
			next = c.Due()
		}
	}
	if next.IsZero() {
		return ""
	}
	return fmt.Sprintf(" 다음 복습은 %s입니다.", next.In(now.Location()).Format("2006-01-02"))
}

// runExam is the mock exam: 65 questions by the exam's domain weights, a
// clock, answers revealed at the end with the report per domain.
func (a *app) runExam(ctx context.Context, cfg config, lines <-chan string, usage func()) int {
	o := quiz.Options{Seed: cfg.opts.Seed, Choices: cfg.opts.Choices, ActiveOnly: cfg.opts.ActiveOnly}
	if cfg.nSet {
		o.Count = cfg.opts.Count
	}
	qz, err := quiz.MockExam(o)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		usage()
		return 2
	}
	var rec *recorder
	if cfg.progress != "" {
		var ok bool
		if rec, ok = a.openProgress(cfg); !ok {
			return 1
		}
	}
	start := a.now()
	limit := time.Duration(cfg.minutes) * time.Minute
	fmt.Fprintf(a.stdout, "AWS 모의고사: %d문제, %d분 (%s)\n", len(qz.Questions), cfg.minutes, seedLine(cfg))
	fmt.Fprintln(a.stdout, wrap("", "실제 시험처럼 정답은 끝난 뒤에 공개됩니다. 건너뛰려면 빈 줄을 입력하세요. 남은 시간은 문제마다 표시됩니다.", a.width, ""))
	s := &session{app: a, ctx: ctx, lines: lines, deadline: start.Add(limit), answered: rec.answered()}
	responses, how := s.ask(qz.Questions)
	used := a.now().Sub(start).Round(time.Second)
	rep, err := qz.ExamReport(responses)
	if err != nil {
		fmt.Fprintln(a.stderr, err)
		return 1
	}
	fmt.Fprintln(a.stdout)
	fmt.Fprintln(a.stdout, wrap("", rep.Text(), a.width, ""))
	fmt.Fprintf(a.stdout, "걸린 시간: %s / %d분\n", clock(min(used, limit)), cfg.minutes)
	if how == interrupted || how == inputEnded {
		wrongOf := qz.Questions[:len(responses)]
		return a.finish(s, wrongOf, responses, how)
	}
	return a.finish(s, qz.Questions, responses, how)
}

// showStats prints the learner's progress.
func (a *app) showStats(cfg config) int {
	rec, ok := a.openProgress(cfg)
	if !ok {
		return 1
	}
	now := a.now()
	st := rec.p.Stats(now)
	w := a.stdout
	fmt.Fprintln(w, wrap("", "학습 현황 ("+rec.path+")", a.width, "  "))
	if st.Reviews == 0 {
		fmt.Fprintln(w, "아직 기록이 없습니다. quiz -review로 시작하세요.")
		return 0
	}
	today := len(rec.p.Due(endOfDay(now)))
	tomorrow := len(rec.p.Due(endOfDay(now).AddDate(0, 0, 1)))
	fmt.Fprintf(w, "푼 문제 %d개 · 답한 횟수 %d번 · 정답률 %.0f%% · 기억 유지율(추정) %.0f%%\n",
		st.Questions, st.Reviews, 100*st.Accuracy, 100*st.Retention)
	fmt.Fprintf(w, "복습할 문제: 오늘 %d개 · 내일까지 %d개\n", today, tomorrow)
	fmt.Fprintln(w, "\n도메인별:")
	col := 0
	for _, d := range st.Domains {
		col = max(col, len(d.Key)+1+widthOf(d.Korean))
	}
	for _, d := range st.Domains {
		fmt.Fprintf(w, "  %s  %s\n", pad(d.Key+" "+d.Korean, col), areaLine(d))
	}
	if weak := study.Weakest(st.Tasks, 5); len(weak) > 0 {
		fmt.Fprintln(w, "\n약한 과제(task statement):")
		for _, t := range weak {
			fmt.Fprintln(w, wrap("  ", t.Key+" "+t.Korean+" — "+areaLine(t), a.width, "    "))
		}
	}
	if weak := study.Weakest(st.Categories, 5); len(weak) > 0 {
		fmt.Fprintln(w, "\n약한 분류:")
		for _, c := range weak {
			fmt.Fprintln(w, wrap("  ", c.Korean+" — "+areaLine(c), a.width, "    "))
		}
	}
	if len(st.Missed) > 0 {
		fmt.Fprintln(w, "\n자주 틀린 문제:")
		for _, m := range st.Missed[:min(5, len(st.Missed))] {
			fmt.Fprintln(w, wrap("  ", fmt.Sprintf("%s (%s) — %d번 중 %d번 틀림", m.Ref, m.Topic.Kind.Korean(), m.Reviews, m.Wrong), a.width, "    "))
		}
	}
	return 0
}

func areaLine(a study.Area) string {
	if a.Reviews == 0 {
		return "기록 없음"
	}
	return fmt.Sprintf("정답률 %.0f%% (%d/%d) · 유지율 %.0f%% · 복습 대기 %d", 100*a.Accuracy, a.Correct, a.Reviews, 100*a.Retention, a.Due)
}
