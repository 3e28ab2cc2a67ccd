package josa_test

import (
	"fmt"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/josa"
)

func Example() {
	for _, name := range []string{"CloudTrail", "S3", "Route 53", "EC2", "IAM", "람다"} {
		fmt.Println(josa.Topic.Attach(name), josa.Object.Attach(name), josa.Toward.Attach(name))
	}
	// Output:
	// CloudTrail은 CloudTrail을 CloudTrail로
	// S3는 S3를 S3로
	// Route 53은 Route 53을 Route 53으로
	// EC2는 EC2를 EC2로
	// IAM은 IAM을 IAM으로
	// 람다는 람다를 람다로
}

// A study bot writes a sentence around an entry's name, using the reading
// the entry carries.
func ExampleParticle_AttachReading() {
	s, _ := awsnotes.Lookup("cloudtrail")
	fmt.Printf("%s %s\n", josa.Topic.AttachReading(s.DisplayName(), s.Reading), s.Summary)
	fmt.Println(josa.Topic.AttachReading("K8s", "케이에이츠"))
	// Output:
	// CloudTrail은 누가 무엇을 했는지, AWS 계정의 API 호출을 기록하는 서비스
	// K8s는
}

func ExampleParticle_Both() {
	fmt.Println("무엇" + josa.Topic.Both())
	fmt.Println("???" + josa.Subject.After("???"))
	// Output:
	// 무엇은(는)
	// ???(이)가
}

func ExampleFinalOf() {
	for _, w := range []string{"Lambda", "Neptune", "Snowball", "AWS(Amazon Web Services)", "10", ""} {
		fmt.Printf("%q %s\n", w, josa.FinalOf(w))
	}
	// Output:
	// "Lambda" vowel
	// "Neptune" consonant
	// "Snowball" rieul
	// "AWS(Amazon Web Services)" vowel
	// "10" consonant
	// "" unknown
}

func ExampleNew() {
	asA := josa.New("으로서", "로서", true)
	fmt.Println(asA.Attach("IAM"), asA.Attach("CloudTrail"), asA.Attach("S3"))
	// Output:
	// IAM으로서 CloudTrail로서 S3로서
}
