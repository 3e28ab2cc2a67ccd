package josa_test

import (
	"fmt"

	"github.com/cloudnotes-kr/awsnotes/internal/josa"
)

func Example() {
	for _, name := range []string{"EC2", "Route 53", "CloudTrail", "IAM", "Amazon EMR", "S3", "람다"} {
		fmt.Println(josa.Topic.Attach(name), josa.Object.Attach(name), josa.Toward.Attach(name))
	}
	fmt.Println(josa.Topic.AttachReading("K8s", "케이에이츠"))
	fmt.Println("무엇" + josa.Topic.Both())
	// Output:
	// EC2는 EC2를 EC2로
	// Route 53은 Route 53을 Route 53으로
	// CloudTrail은 CloudTrail을 CloudTrail로
	// IAM은 IAM을 IAM으로
	// Amazon EMR은 Amazon EMR을 Amazon EMR로
	// S3는 S3를 S3로
	// 람다는 람다를 람다로
	// K8s는
	// 무엇은(는)
}

func ExampleFinalOf() {
	for _, w := range []string{"Lambda", "Neptune", "Snowball", "AWS(Amazon Web Services)", "10"} {
		fmt.Println(w, josa.FinalOf(w))
	}
	// Output:
	// Lambda vowel
	// Neptune consonant
	// Snowball rieul
	// AWS(Amazon Web Services) vowel
	// 10 consonant
}
