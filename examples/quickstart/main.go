// Command quickstart shows the awsnotes library in a few lines: a lookup by
// Korean reading and the entries of one category.
package main

import (
	"fmt"
	"os"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

func main() {
	s, ok := awsnotes.Lookup("클라우드트레일")
	if !ok {
		fmt.Fprintln(os.Stderr, "quickstart: CloudTrail not found")
		os.Exit(1)
	}
	fmt.Printf("%s (%s, %s)\n  %s\n", s.Name, s.Reading, s.ID, s.Summary)
	for _, sc := range s.Scenarios {
		fmt.Printf("  \"%s\" → %s\n", sc.Quote, sc.Outcome)
	}

	c, _ := category.Get(category.Security)
	fmt.Printf("\n[%s] %s\n", c.Korean, c.English)
	for _, s := range awsnotes.InCategory(c.ID) {
		fmt.Printf("  - %-28s %s\n", s.DisplayName(), s.Summary)
	}
}
