package compare_test

import (
	"errors"
	"fmt"

	"github.com/cloudnotes-kr/awsnotes/compare"
)

// small is a table written out for the rendering examples.
var small = compare.Table{
	Title:   "ECS와 EKS의 차이",
	Columns: []string{"ECS", "EKS"},
	Rows: []compare.Row{
		{Aspect: "기반", Cells: []string{"AWS 자체 시스템", "오픈소스 Kubernetes"}},
		{Aspect: "유연성", Cells: []string{"낮음", "높음"}},
	},
	Picks: []string{`"AWS만 쓸거야"`, `"쿠버네티스를 공부하며 쓸거야"`},
}

func ExampleOf() {
	// The notes draw this table; asked in the other order, its columns
	// follow the caller.
	t, err := compare.Of("EKS", "Elastic Container Service")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.Title, t.IDs, t.Curated())
	for _, r := range t.Rows[:2] {
		fmt.Printf("%s: %s | %s\n", r.Aspect, r.Cells[0], r.Cells[1])
	}
	// Output:
	// ECS와 EKS의 차이 [eks ecs] true
	// 기반: 오픈소스 Kubernetes | AWS 자체 시스템
	// 방식: 오픈소스 Kubernetes 방식 | AWS 방식
}

func ExampleOf_built() {
	// No curated table compares these two: Of builds one from the entries.
	t, err := compare.Of("람다", "fargate")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(t.IDs, t.Curated())
	for _, r := range t.Rows {
		fmt.Println(r.Aspect)
	}
	fmt.Println(t.Picks[1])
	// Output:
	// [lambda fargate] false
	// 분류
	// 종류
	// 요약
	// 핵심 표현
	// 관련 서비스
	// "인프라 고민 없이 컨테이너만 실행하고 싶을 때"
}

func ExampleOf_errors() {
	_, err := compare.Of("ECS", "Amazon Foo")
	var ne *compare.NameError
	if errors.As(err, &ne) {
		fmt.Println(errors.Is(err, compare.ErrUnknown), ne.Name)
	}
	_, err = compare.Of("ECS", "Elastic Container Service")
	fmt.Println(errors.Is(err, compare.ErrDuplicate))
	_, err = compare.Of("ECS")
	fmt.Println(errors.Is(err, compare.ErrTooFew))
	fmt.Println(err)
	// Output:
	// true Amazon Foo
	// true
	// true
	// compare: a comparison needs at least two services (got 1)
}

func ExampleAll() {
	// The tables the learner's notes draw themselves.
	for _, t := range compare.All() {
		if t.Section != "" {
			fmt.Println(t.ID, t.IDs)
		}
	}
	// Output:
	// snowmobile-vs-snowball [snowmobile snowball]
	// ecs-vs-eks [ecs eks]
	// elastic-beanstalk-vs-codepipeline [elastic-beanstalk codepipeline]
	// cloudtrail-vs-x-ray [cloudtrail x-ray]
}

func ExampleGet() {
	t, ok := compare.Get("kms-vs-cloudhsm")
	fmt.Println(ok, t.Title)
	fmt.Println(t.Picks[t.Index("cloudhsm")])
	_, ok = compare.Get("kms-vs-s3")
	fmt.Println(ok)
	// Output:
	// true KMS와 CloudHSM
	// 규정 때문에 전용 하드웨어에서 키를 직접 관리해야 할 때
	// false
}

func ExampleContaining() {
	// The services a learner may confuse with CloudTrail.
	for _, t := range compare.Containing("cloudtrail") {
		fmt.Println(t.ID, t.IDs)
	}
	// Output:
	// cloudtrail-vs-x-ray [cloudtrail x-ray]
	// monitoring-services [cloudwatch cloudtrail config x-ray]
	// cloudwatch-vs-cloudtrail-vs-config [cloudwatch cloudtrail config]
}

func ExampleTable_Text() {
	fmt.Print(small.Text())
	// Output:
	// +----------------------------------------------------+
	// | ECS와 EKS의 차이                                   |
	// +---------+-----------------+------------------------+
	// | 구분    | ECS             | EKS                    |
	// +=========+=================+========================+
	// | 기반    | AWS 자체 시스템 | 오픈소스 Kubernetes    |
	// +---------+-----------------+------------------------+
	// | 유연성  | 낮음            | 높음                   |
	// +---------+-----------------+------------------------+
	// | 이럴 때 | "AWS만 쓸거야"  | "쿠버네티스를 공부하며 |
	// |         |                 | 쓸거야"                |
	// +---------+-----------------+------------------------+
}

func ExampleTable_TextWith() {
	t := small
	t.Title = ""
	fmt.Print(t.TextWith(compare.TextOptions{MaxCellWidth: 14}))
	// Output:
	// +---------+----------------+---------------+
	// | 구분    | ECS            | EKS           |
	// +=========+================+===============+
	// | 기반    | AWS 자체       | 오픈소스      |
	// |         | 시스템         | Kubernetes    |
	// +---------+----------------+---------------+
	// | 유연성  | 낮음           | 높음          |
	// +---------+----------------+---------------+
	// | 이럴 때 | "AWS만 쓸거야" | "쿠버네티스를 |
	// |         |                | 공부하며      |
	// |         |                | 쓸거야"       |
	// +---------+----------------+---------------+
}

func ExampleTable_Markdown() {
	t := small
	t.Rows = append(t.Rows, compare.Row{Aspect: "예", Cells: []string{"a|b", "첫 줄\n둘째 줄"}})
	fmt.Print(t.Markdown())
	// Output:
	// ### ECS와 EKS의 차이
	//
	// | 구분 | ECS | EKS |
	// | --- | --- | --- |
	// | 기반 | AWS 자체 시스템 | 오픈소스 Kubernetes |
	// | 유연성 | 낮음 | 높음 |
	// | 예 | a\|b | 첫 줄<br>둘째 줄 |
	// | 이럴 때 | "AWS만 쓸거야" | "쿠버네티스를 공부하며 쓸거야" |
}

func ExampleTable_CSV() {
	fmt.Print(small.CSV())
	// Output:
	// 구분,ECS,EKS
	// 기반,AWS 자체 시스템,오픈소스 Kubernetes
	// 유연성,낮음,높음
	// 이럴 때,"""AWS만 쓸거야""","""쿠버네티스를 공부하며 쓸거야"""
}

func ExampleTable_HTML() {
	t := compare.Table{Title: "KMS와 CloudHSM", Columns: []string{"KMS", "CloudHSM"},
		Rows: []compare.Row{{Aspect: "키를 두는 곳", Cells: []string{"공유 HSM", "<전용> HSM"}}}}
	fmt.Print(t.HTML())
	// Output:
	// <table>
	// <caption>KMS와 CloudHSM</caption>
	// <thead>
	// <tr><th scope="col">구분</th><th scope="col">KMS</th><th scope="col">CloudHSM</th></tr>
	// </thead>
	// <tbody>
	// <tr><th scope="row">키를 두는 곳</th><td>공유 HSM</td><td>&lt;전용&gt; HSM</td></tr>
	// </tbody>
	// </table>
}

func ExampleTable_Index() {
	t, _ := compare.Of("S3", "EBS", "Glacier")
	i := t.Index("glacier")
	fmt.Println(i, t.Columns[i], "-", t.Picks[i])
	// Output:
	// 2 S3 Glacier - 자주 쓰지 않는 데이터를 싸게 오래 보관할 때
}

func ExampleTable_Curated() {
	a, _ := compare.Of("KMS", "CloudHSM")
	b, _ := compare.Of("KMS", "ACM")
	fmt.Println(a.Curated(), a.ID)
	fmt.Println(b.Curated(), b.Title)
	// Output:
	// true kms-vs-cloudhsm
	// false KMS vs ACM
}
