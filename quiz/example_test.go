package quiz_test

import (
	"errors"
	"fmt"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// A seeded quiz: the same options give the same questions every time.
func ExampleGenerate() {
	qz, err := quiz.Generate(quiz.Options{
		Seed:     7,
		Count:    1,
		Kinds:    []quiz.Kind{quiz.Scenario},
		Services: []awsnotes.ID{"codepipeline"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	q := qz.Questions[0]
	fmt.Println(q.Prompt)
	fmt.Println(len(q.Choices), "개 선택지, 정답:", q.Choices[q.Answers[0]])
	// Output:
	// 다음 상황에 알맞은 AWS 서비스는 무엇입니까?
	//
	// "코드가 푸시되면 테스트 → 빌드 → 배포까지 자동화하고 싶어"
	// 4 개 선택지, 정답: CodePipeline
}

// Bad options are errors that say what is wrong, matchable with errors.Is.
func ExampleGenerate_error() {
	_, err := quiz.Generate(quiz.Options{Choices: 1})
	fmt.Println(err)
	fmt.Println(errors.Is(err, quiz.ErrChoices))
	_, err = quiz.Generate(quiz.Options{Count: 50, Kinds: []quiz.Kind{quiz.Mnemonic}})
	fmt.Println(errors.Is(err, quiz.ErrNotEnough))
	// Output:
	// quiz: Options.Choices 1: choices out of range (between 2 and 6)
	// true
	// true
}

// sample is a small hand-made quiz, so the examples below do not change
// when the notes do.
func sample() quiz.Quiz {
	return quiz.Quiz{Seed: 1, Questions: []quiz.Question{
		{
			Ref: "scenario/cloudtrail/0", Kind: quiz.Scenario,
			Prompt:      "\"누가 무엇을 했는가\"를 알고 싶을 때 알맞은 서비스는?",
			Choices:     []string{"CloudWatch", "CloudTrail", "Config", "X-Ray"},
			Answers:     []int{1},
			Explanation: "CloudTrail: API 호출 기록",
			Services:    []awsnotes.ID{"cloudtrail", "cloudwatch", "config", "x-ray"},
			Domain:      category.DomainSecurity, Tasks: []category.Task{"2.2"},
		},
		{
			Ref: "choose-two/scenario/sqs/0", Kind: quiz.ChooseTwo,
			Prompt:      "새로운 서버리스 기반 메시징에 알맞은 서비스 두 가지를 고르시오.",
			Choices:     []string{"SQS", "Amazon MQ", "Kinesis", "SNS", "Lambda"},
			Answers:     []int{0, 3},
			Explanation: "SQS/SNS 권장",
			Services:    []awsnotes.ID{"sqs", "sns", "mq", "kinesis", "lambda"},
			Domain:      category.DomainTechnology, Tasks: []category.Task{"3.8"},
		},
		{
			Ref: "true-false/s3/0", Kind: quiz.TrueFalse,
			Prompt:      "S3는 블록 스토리지다.",
			Choices:     []string{"O", "X"},
			Answers:     []int{1},
			Explanation: "X. 블록 스토리지는 EBS: {EC2에 연결}",
			Services:    []awsnotes.ID{"s3", "ebs"},
			Domain:      category.DomainTechnology, Tasks: []category.Task{"3.6"},
			Origin: awsnotes.OriginNotes,
		},
	}}
}

// Grading counts a choose-two question right only when exactly its keys
// are chosen, and hands back the explanation of every wrong answer.
func ExampleQuiz_Grade() {
	qz := sample()
	report, err := qz.Grade([][]int{{1}, {0}, {1}}) // one key of two on the second
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d/%d\n", report.Correct, report.Total)
	for _, r := range report.Wrong() {
		fmt.Printf("%d번: %s\n", r.Index+1, r.Explanation)
	}
	picked, _ := quiz.ParseChoices("a, d", 5)
	fmt.Println(picked)
	// Output:
	// 2/3
	// 2번: SQS/SNS 권장
	// [0 3]
}

// GIFT for Moodle: one key is =, two keys share the marks, true/false is
// TRUE or FALSE; special characters are escaped.
func ExampleQuiz_GIFT() {
	fmt.Print(sample().GIFT())
	// Output:
	// // awsnotes quiz, seed 1, 3 questions
	//
	// $CATEGORY: awsnotes/domain2/task2.2
	//
	// // scenario scenario/cloudtrail/0
	// ::Q1::[plain]"누가 무엇을 했는가"를 알고 싶을 때 알맞은 서비스는?{
	// 	~CloudWatch
	// 	=CloudTrail
	// 	~Config
	// 	~X-Ray
	// 	####CloudTrail\: API 호출 기록
	// }
	//
	// $CATEGORY: awsnotes/domain3/task3.8
	//
	// // choose-two choose-two/scenario/sqs/0
	// ::Q2::[plain]새로운 서버리스 기반 메시징에 알맞은 서비스 두 가지를 고르시오.{
	// 	~%50%SQS
	// 	~%-100%Amazon MQ
	// 	~%-100%Kinesis
	// 	~%50%SNS
	// 	~%-100%Lambda
	// 	####SQS/SNS 권장
	// }
	//
	// $CATEGORY: awsnotes/domain3/task3.6
	//
	// // true-false true-false/s3/0
	// ::Q3::[plain]S3는 블록 스토리지다.{FALSE####X. 블록 스토리지는 EBS\: \{EC2에 연결\}}
}

// Anki reads the header lines; a field holding a quote or a line break is
// quoted.
func ExampleQuiz_Anki() {
	qz := sample()
	qz.Questions = qz.Questions[2:]
	fmt.Print(qz.Anki(quiz.AnkiOptions{}))
	// Output:
	// #separator:tab
	// #html:false
	// #columns:Front	Back	Tags
	// #tags column:3
	// "S3는 블록 스토리지다.
	//
	// A. O
	// B. X"	"정답: B — X
	//
	// X. 블록 스토리지는 EBS: {EC2에 연결}"	awsnotes quiz::true-false clf-c02::domain3 clf-c02::task3.6 origin::notes aws::s3 aws::ebs
}
