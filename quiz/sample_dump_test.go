package quiz

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDumpSample prints a sample of questions for reading by eye:
// QUIZ_DUMP=exam|embedded QUIZ_DUMP_N=150 go test -run TestDumpSample ./quiz/
// (QUIZ_DUMP_ONE=1: one quiz of QUIZ_DUMP_N questions, as a learner would
// get it, rather than quizzes of 25 from successive seeds)
func TestDumpSample(t *testing.T) {
	which := os.Getenv("QUIZ_DUMP")
	if which == "" {
		t.Skip("set QUIZ_DUMP to print a sample")
	}
	n, _ := strconv.Atoi(os.Getenv("QUIZ_DUMP_N"))
	if n == 0 {
		n = 30
	}
	gen := func(o Options) (Quiz, error) { return Generate(o) }
	if which == "exam" {
		g := examGenerator(t)
		gen = g.Generate
	}
	var kinds []Kind
	if k := os.Getenv("QUIZ_DUMP_KINDS"); k != "" {
		for _, s := range strings.Split(k, ",") {
			kinds = append(kinds, Kind(s))
		}
	}
	seed, _ := strconv.Atoi(os.Getenv("QUIZ_DUMP_SEED"))
	count := 25
	if os.Getenv("QUIZ_DUMP_ONE") != "" {
		count = n // one quiz: no stem twice
	}
	printed := 0
	for s := seed; printed < n && s < seed+1000; s++ {
		qz, err := gen(Options{Seed: uint64(s), Count: count, Kinds: kinds, MultipleResponse: 0.1})
		if err != nil {
			t.Log(err)
			qz, err = gen(Options{Seed: uint64(s), Count: 1, Kinds: kinds})
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, q := range qz.Questions {
			if printed >= n {
				break
			}
			printed++
			fmt.Printf("#%d [%s] %s (domain %d %v)\n%s\n", printed, q.Kind, q.Ref, q.Domain, q.Tasks, q.Prompt)
			for i, c := range q.Choices {
				mark := " "
				for _, a := range q.Answers {
					if a == i {
						mark = "*"
					}
				}
				fmt.Printf("  %s%s. %s\n", mark, Letter(i), c)
			}
			fmt.Printf("  -- %s\n\n", strings.ReplaceAll(q.Explanation, "\n", "\n  -- "))
		}
	}
}
