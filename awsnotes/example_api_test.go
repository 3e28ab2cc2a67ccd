package awsnotes_test

import (
	"fmt"
	"regexp"
	"testing/fstest"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

// Default is the catalog the package-level functions use; pass it where a
// *Catalog is wanted (quiz.NewGenerator) to work with the embedded notes.
func ExampleDefault() {
	c, err := awsnotes.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	s, ok := c.Lookup("람다")
	fmt.Println(s.ID, ok, c.Len() == len(awsnotes.All()))
	// Output: lambda true true
}

// Version is the date of the embedded notes, for a program to report.
func ExampleVersion() {
	v := awsnotes.Version()
	fmt.Println(regexp.MustCompile(`^\d{4}\.\d{2}\.\d{2}$`).MatchString(v))
	// Output: true
}

// The name to show a learner, the reading beside it, and the entry's
// categories.
func ExampleService_DisplayName() {
	s, _ := awsnotes.Lookup("Amazon Simple Storage Service")
	fmt.Println(s.DisplayName(), s.Reading, s.Name)
	fmt.Println(s.InCategory(category.Storage), s.InCategory(category.Security))
	// Output:
	// S3 에스쓰리 Amazon Simple Storage Service
	// true false
}

// The phrases the notes highlighted for an entry.
func ExampleService_Highlights() {
	s, _ := awsnotes.Lookup("lambda")
	fmt.Printf("%q\n", s.Highlights())
	// Output: ["서버리스 컴퓨팅 서비스" "특정 이벤트" "자동으로 코드"]
}

// A catalog of your own notes answers Search like the embedded one:
// initial consonants, typos, words of the summary.
func ExampleCatalog_Search() {
	files := fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "study-bot", "name": "Study Bot", "reading": "스터디 봇", "kind": "concept",
		 "categories": ["developer-tools"], "summary": "내가 만든 공부 도우미"}]}`)}}
	c, err := awsnotes.Load(files)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range []string{"ㅅㅌㄷ", "stdy bot", "공부 도우미"} {
		for _, r := range c.Search(q, 3) {
			fmt.Println(q, "→", r.Service.ID, r.Field)
		}
	}
	// Output:
	// ㅅㅌㄷ → study-bot reading
	// stdy bot → study-bot name
	// 공부 도우미 → study-bot summary
}
