package study

import (
	"fmt"
	"testing"
	"time"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// day0 is 2026-03-02 09:00 in Seoul, the tests' first study morning.
var day0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.FixedZone("KST", 9*3600))

func day(n int) time.Time { return day0.AddDate(0, 0, n) }

// question makes a small question with ref "test/N", in domain d and task
// d.1, about entry svc.
func question(n int, d category.Domain, svc awsnotes.ID) quiz.Question {
	return quiz.Question{
		Ref: fmt.Sprintf("test/%03d", n), Kind: quiz.ExamCase, Prompt: fmt.Sprintf("질문 %d", n),
		Choices: []string{"A", "B", "C", "D"}, Answers: []int{n % 4}, Explanation: "설명",
		Services: []awsnotes.ID{svc}, Domain: d, Tasks: []category.Task{category.Task(fmt.Sprintf("%d.1", d))},
	}
}

// testDeck is n questions spread over the four domains.
func testDeck(n int) (*Deck, []quiz.Question) {
	svcs := []awsnotes.ID{"ec2", "s3", "iam", "cloudtrail"}
	var qs []quiz.Question
	for i := range n {
		qs = append(qs, question(i, category.Domain(i%4+1), svcs[i%4]))
	}
	return DeckOf(quiz.Options{Seed: 7}, qs), qs
}

func newProgress(t testing.TB) *Progress {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func record(t testing.TB, p *Progress, q quiz.Question, correct bool, at time.Time) Review {
	t.Helper()
	r, err := p.Record(q, Answer{Correct: correct, At: at})
	if err != nil {
		t.Fatal(err)
	}
	return r
}
