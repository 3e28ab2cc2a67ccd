package awsnotes_test

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

// highlight puts the matched characters of a result in brackets.
func highlight(r awsnotes.Result) string {
	var b strings.Builder
	for i, c := range []rune(r.Text) {
		if slices.Contains(r.Positions, i) {
			b.WriteString("[" + string(c) + "]")
		} else {
			b.WriteRune(c)
		}
	}
	return strings.ReplaceAll(b.String(), "][", "")
}

func ExampleSearch() {
	for _, q := range []string{
		"aws lambda",   // a name, vendor and case set aside
		"cloudtrial",   // a typo
		"trail cloud",  // words out of order
		"ㄹㄷ",           // initial consonants
		"클라우드포메이셔",     // a half-typed last syllable
		"fkaek",        // 람다 typed with the keyboard in English mode
		"서버리스 컴퓨팅 엔진을", // words from the notes, with a particle
	} {
		r := awsnotes.Search(q, 1)[0]
		fmt.Printf("%s → %s, %s %s: %s\n", q, r.Service.DisplayName(), r.Match, r.Field, highlight(r))
	}
	fmt.Println(len(awsnotes.Search("🤔", 5)), "results for an emoji")
	// Output:
	// aws lambda → Lambda, exact name: AWS [Lambda]
	// cloudtrial → CloudTrail, fuzzy name: AWS [CloudTr]a[il]
	// trail cloud → CloudTrail, fuzzy name: AWS [CloudTrail]
	// ㄹㄷ → Lambda, exact reading: [람다]
	// 클라우드포메이셔 → CloudFormation, prefix reading: [클라우드포메이션]
	// fkaek → Lambda, exact reading: [람다]
	// 서버리스 컴퓨팅 엔진을 → Fargate, text highlight: [서버리스] [컴퓨팅] [엔진]
	// 0 results for an emoji
}

func ExampleSearch_results() {
	for _, r := range awsnotes.Search("ec2", 3) {
		fmt.Printf("%d %-6s %s\n", r.Score, r.Match, highlight(r))
	}
	// Output:
	// 999 exact  [EC2]
	// 801 prefix Amazon [EC2] Auto Scaling
	// 799 prefix [EC2] Usage Report
}

func ExampleField_Korean() {
	r := awsnotes.Search("fkaek", 1)[0]
	fmt.Println(r.Service.DisplayName(), r.Field, r.Field.Korean())
	// Output: Lambda reading 한글 읽기
}
