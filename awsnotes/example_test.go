package awsnotes_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

func ExampleLookup() {
	for _, name := range []string{"클라우드트레일", "ＥＣ２", "aws lambda", "Amazon Fargate", "route-53"} {
		s, ok := awsnotes.Lookup(name)
		fmt.Println(name, "→", s.ID, ok)
	}
	_, ok := awsnotes.Lookup("cloudtrial") // a typo: use Search
	fmt.Println("cloudtrial →", ok)
	// Output:
	// 클라우드트레일 → cloudtrail true
	// ＥＣ２ → ec2 true
	// aws lambda → lambda true
	// Amazon Fargate → fargate true
	// route-53 → route-53 true
	// cloudtrial → false
}

func ExampleLookup_notes() {
	s, _ := awsnotes.Lookup("Kinesis")
	fmt.Println(s.Name, "/", s.Reading)
	fmt.Println(s.Summary)
	for _, m := range s.Mnemonics {
		fmt.Printf("%s: %s\n", m.Word, m.Meaning)
	}
	for _, n := range s.Notes {
		fmt.Printf("[%s] %s\n", n.Section, n.Heading)
		for _, l := range n.Lines {
			fmt.Printf("%*s- %s\n", 2*l.Depth, "", l.Text)
		}
	}
	// Output:
	// Amazon Kinesis / 키네시스
	// 실시간 스트리밍 데이터를 수집, 처리, 분석하는 서비스
	// Kinesis: 운동
	// [데이터 처리 관련 서비스] Amazon Kinesis
	// - Kinesis: 운동
	// - 실시간 스트리밍 데이터 처리 서비스
	// - 실시간으로 발생하는 대규모 데이터를 수집, 처리, 분석할 수 있도록 도와줌
	// [6. 분석 및 AI 서비스] Kinesis
	// - 실시간 스트리밍 데이터를 처리할 수 있는 서비스로, 로그 분석, 실시간 통계 등에 활용된다.
}

func ExampleLookupID() {
	id, ok := awsnotes.LookupID("람다")
	fmt.Println(id, ok)
	// Output: lambda true
}

func ExampleGet() {
	s, ok := awsnotes.Get("opsworks")
	fmt.Println(s.Name, ok, s.Status.State)
	fmt.Println(s.Status.Note)
	// Output:
	// AWS OpsWorks true retired
	// AWS OpsWorks(Stacks, Chef Automate, Puppet Enterprise)는 2024년에 서비스가 종료되었다. 대안: AWS Systems Manager.
}

func ExampleInCategory() {
	// The messaging entries the learner's own notes describe.
	for _, s := range awsnotes.InCategory(category.Messaging) {
		if s.Origin() == awsnotes.OriginNotes {
			fmt.Printf("%s (%s)\n", s.DisplayName(), s.Reading)
		}
	}
	// Output:
	// SQS (에스큐에스)
	// SNS (에스엔에스)
	// Amazon MQ (엠큐)
}

func ExampleAll() {
	all := awsnotes.All()
	fmt.Println(all[0].ID, all[0].Name)
	fmt.Println(len(all) > 80)
	// Output:
	// aws Amazon Web Services
	// true
}

func ExampleLoad() {
	files := fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "study-bot", "name": "Study Bot", "reading": "스터디 봇", "kind": "concept",
		 "categories": ["developer-tools"], "summary": "내가 만든 공부 도우미"}]}`)}}
	c, err := awsnotes.Load(files)
	if err != nil {
		fmt.Println(err)
		return
	}
	s, ok := c.Lookup("스터디봇")
	fmt.Println(s.ID, ok, c.Len())
	// Output: study-bot true 1
}

func ExampleLoad_error() {
	files := fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "study-bot", "name": "Study Bot", "reading": "스터디 봇", "kind": "concept",
		 "categories": ["developer-tools"], "summery": "오타"}]}`)}}
	_, err := awsnotes.Load(files)
	fmt.Println(err)
	var de *data.Error
	if errors.As(err, &de) {
		fmt.Println(de.File, de.Entry, errors.Is(err, data.ErrSyntax))
	}
	// Output:
	// awsnotes data: services/mine.json: entry "study-bot": malformed data file: unknown field "summery"
	// services/mine.json study-bot true
}
