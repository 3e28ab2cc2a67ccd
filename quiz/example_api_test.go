package quiz_test

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// tiny is a one-question quiz made by hand, so the examples below show the
// renderers without depending on the notes.
func tiny() quiz.Quiz {
	return quiz.Quiz{Seed: 3, Questions: []quiz.Question{{
		Ref:         "service-from-description/lambda/0",
		Kind:        quiz.ServiceFromDescription,
		Prompt:      "다음 설명에 해당하는 서비스는?\n\n서버 관리 없이 코드를 실행하는 서버리스 컴퓨팅",
		Choices:     []string{"EC2", "Lambda", "Fargate"},
		Answers:     []int{1},
		Explanation: "Lambda: 이벤트가 발생하면 코드를 실행한다",
		Services:    []awsnotes.ID{"lambda", "ec2", "fargate"},
	}}}
}

// The letters a learner sees beside the options, and the answers they type.
func ExampleLetter() {
	for i := range 5 {
		fmt.Print(quiz.Letter(i), " ")
	}
	fmt.Println()
	// Output: A B C D E
}

// ParseChoices reads numbers or letters, in any case, with or without
// separators; an option the question does not have is an error.
func ExampleParseChoices() {
	for _, typed := range []string{"2", "b", "1 3", "a, c", "CA", "9"} {
		chosen, err := quiz.ParseChoices(typed, 4)
		fmt.Printf("%q → %v %v\n", typed, chosen, err != nil)
	}
	// Output:
	// "2" → [1] false
	// "b" → [1] false
	// "1 3" → [0 2] false
	// "a, c" → [0 2] false
	// "CA" → [0 2] false
	// "9" → [] true
}

// The kinds of question, with the Korean labels a quiz shows.
func ExampleKinds() {
	for _, k := range quiz.Kinds() {
		fmt.Println(k, k.Korean())
	}
	fmt.Println(quiz.Kind("essay").Valid(), quiz.Correction.Valid())
	// Output:
	// service-from-description 설명 → 서비스
	// description-from-service 서비스 → 설명
	// scenario 시나리오
	// comparison 비교
	// cloze 빈칸
	// true-false O/X
	// choose-two 복수 응답
	// mnemonic 암기
	// exam-case 상황 → 서비스
	// shared-responsibility 공동 책임 모델
	// pricing-model 요금 옵션
	// support-plan 지원 플랜
	// pillar Well-Architected 원칙
	// caf-perspective CAF 관점
	// migration-strategy 마이그레이션 전략
	// not 부정형
	// least-most 최상급
	// false true
}

// Available says how many distinct questions a filter leaves, before a quiz
// is asked for more than there are.
func ExampleAvailable() {
	avail, err := quiz.Available(quiz.Options{Kinds: []quiz.Kind{quiz.Mnemonic}})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = quiz.Generate(quiz.Options{Kinds: []quiz.Kind{quiz.Mnemonic}, Count: avail[quiz.Mnemonic] + 1})
	fmt.Println(len(avail), avail[quiz.Mnemonic] > 0, err != nil)
	// Output: 1 true true
}

// A Generator over a catalog makes the same quizzes as Generate does from
// the embedded notes; give it the catalog of awsnotes.Load for your own.
func ExampleNewGenerator() {
	cat, err := awsnotes.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	gen, err := quiz.NewGenerator(cat)
	if err != nil {
		fmt.Println(err)
		return
	}
	opts := quiz.Options{Seed: 11, Count: 5}
	mine, err := gen.Generate(opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	theirs, _ := quiz.Generate(opts)
	fmt.Println(len(mine.Questions), reflect.DeepEqual(mine, theirs))
	// Output: 5 true
}

// Grading one question: right only with exactly its keys.
func ExampleQuestion_Grade() {
	q := tiny().Questions[0]
	for _, chosen := range [][]int{{1}, {0}, nil} {
		res, err := q.Grade(chosen)
		fmt.Println(res.Correct, res.Explanation != "", err)
	}
	_, err := q.Grade([]int{7})
	fmt.Println(err != nil, q.Multiple())
	// Output:
	// true false <nil>
	// false true <nil>
	// false true <nil>
	// true false
}

// Score is the share answered right.
func ExampleReport_Score() {
	report, _ := tiny().Grade([][]int{{1}})
	fmt.Printf("%d/%d %.0f%%\n", report.Correct, report.Total, 100*report.Score())
	// Output: 1/1 100%
}

// JSON with stable field names, for a web page or another program.
func ExampleQuiz_JSON() {
	b, err := tiny().JSON()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "seed": 3,
	//   "options": {},
	//   "questions": [
	//     {
	//       "ref": "service-from-description/lambda/0",
	//       "kind": "service-from-description",
	//       "prompt": "다음 설명에 해당하는 서비스는?\n\n서버 관리 없이 코드를 실행하는 서버리스 컴퓨팅",
	//       "choices": [
	//         "EC2",
	//         "Lambda",
	//         "Fargate"
	//       ],
	//       "answers": [
	//         1
	//       ],
	//       "explanation": "Lambda: 이벤트가 발생하면 코드를 실행한다",
	//       "services": [
	//         "lambda",
	//         "ec2",
	//         "fargate"
	//       ]
	//     }
	//   ]
	// }
}

// Markdown for reading: the questions, then the answer key. (Lines that
// end in a Markdown line break end in two spaces, dropped here because an
// example's output cannot show them.)
func ExampleQuiz_Markdown() {
	for _, line := range strings.Split(tiny().Markdown(), "\n") {
		fmt.Println(strings.TrimRight(line, " "))
	}
	// Output:
	// # AWS 퀴즈
	//
	// 시드 3 · 1문항
	//
	// ## 1. 설명 → 서비스
	//
	// 다음 설명에 해당하는 서비스는?
	//
	// 서버 관리 없이 코드를 실행하는 서버리스 컴퓨팅
	//
	// - A. EC2
	// - B. Lambda
	// - C. Fargate
	//
	// ---
	//
	// ## 정답
	//
	// 1. **B** Lambda
	//    Lambda: 이벤트가 발생하면 코드를 실행한다
}
