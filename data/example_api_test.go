package data_test

import (
	"fmt"
	"io/fs"
	"regexp"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// FS is the embedded files as they are in the repository, for a program
// that wants to copy them as a start for notes of its own.
func ExampleFS() {
	entries, err := fs.ReadDir(data.FS(), ".")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir())
	}
	// Output:
	// categories.json false
	// comparisons true
	// exam.json false
	// meta.json false
	// services true
}

// Version is the date of the embedded notes (meta.json's version).
func ExampleVersion() {
	fmt.Println(regexp.MustCompile(`^\d{4}\.\d{2}\.\d{2}$`).MatchString(data.Version()))
	// Output: true
}

// A Set is the caller's: Embedded hands out a copy, and Clone makes another.
func ExampleSet_Clone() {
	set, err := data.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	mine := set.Clone()
	mine.Entries[0].Summary = "내가 고친 요약"
	again, _ := data.Embedded()
	fmt.Println(set.Entries[0].Summary == again.Entries[0].Summary, mine.Entries[0].Summary)
	// Output: true 내가 고친 요약
}
