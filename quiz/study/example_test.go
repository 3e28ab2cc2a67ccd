package study_test

import (
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

// A day's review: the questions due and five new ones, answered, saved;
// the next morning only the missed question is due. The clock is passed
// in.
func Example() {
	dir, _ := os.MkdirTemp("", "study")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "progress.json") // a real program: study.DefaultPath()
	monday := time.Date(2026, 3, 2, 21, 0, 0, 0, time.UTC)

	deck, err := study.NewDeck(quiz.Options{Seed: 1, Domains: []category.Domain{category.DomainSecurity}})
	if err != nil {
		log.Fatal(err)
	}
	p, _ := study.Open(path, study.Options{})
	qz := p.Plan(deck, monday, study.PlanOptions{New: 5}).Quiz(deck)
	for i, q := range qz.Questions {
		chosen := q.Answers // the learner's choices; the second one is wrong
		if i == 1 {
			chosen = []int{(q.Answers[0] + 1) % len(q.Choices)}
		}
		res, _ := q.Grade(chosen)
		p.Record(q, study.Answer{Correct: res.Correct, At: monday.Add(time.Duration(i) * time.Minute)})
	}
	if err := p.Save(path); err != nil {
		log.Fatal(err)
	}

	p, _ = study.Load(path)
	tuesday := monday.Add(25 * time.Hour)
	plan := p.Plan(deck, tuesday, study.PlanOptions{New: -1})
	fmt.Println("asked on Monday:", len(qz.Questions))
	fmt.Println("due on Tuesday:", len(plan.Due), len(plan.Due) == 1 && plan.Due[0] == qz.Questions[1].Ref)
	st := p.Stats(tuesday) // also per domain, task statement and category
	fmt.Printf("%d/%d right\n", st.Correct, st.Reviews)
	// Output:
	// asked on Monday: 5
	// due on Tuesday: 1 true
	// 4/5 right
}

// A file that cannot be read is an error naming it, and stays as it was.
func ExampleLoad_corrupt() {
	dir, _ := os.MkdirTemp("", "study")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "progress.json")
	os.WriteFile(path, []byte(`{"format":"awsnotes-study-progress","version":1,"reviews":[`), 0o600)
	_, err := study.Load(path)
	fmt.Println(errors.Is(err, study.ErrCorrupt))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	// Output:
	// true
	// study: load DIR/progress.json: progress file is corrupt: unexpected end of JSON input (the file was left as it is)
}
