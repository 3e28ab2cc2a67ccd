package awsnotes_test

import (
	"errors"
	"fmt"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func ExampleID_UnmarshalText() {
	var id awsnotes.ID
	fmt.Println(id.UnmarshalText([]byte("route-53")), id)
	err := id.UnmarshalText([]byte("Route 53"))
	fmt.Println(errors.Is(err, awsnotes.ErrInvalidID))
	// Output:
	// <nil> route-53
	// true
}

func ExampleService_Names() {
	s, _ := awsnotes.Lookup("ec2")
	fmt.Println(s.Names()[:4])
	// Output: [Amazon Elastic Compute Cloud EC2 이씨투 Elastic Compute Cloud]
}

func ExampleStatus_Active() {
	for _, name := range []string{"Lambda", "OpsWorks", "Cloud9"} {
		s, _ := awsnotes.Lookup(name)
		fmt.Printf("%s %v %q\n", s.DisplayName(), s.Status.Active(), s.Status.State)
	}
	// Output:
	// Lambda true ""
	// OpsWorks false "retired"
	// Cloud9 false "limited"
}

func ExampleSources() {
	for _, src := range awsnotes.Sources() {
		fmt.Println(src.ID, src.Title)
	}
	// Output:
	// clf-notes AWS Cloud Practitioner 공부 노트
	// core-services AWS 핵심 서비스 정리
}
