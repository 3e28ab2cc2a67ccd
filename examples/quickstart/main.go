// Command quickstart shows the awsnotes library in one screen: a lookup, a
// category listing, a search with the matched characters highlighted, a
// comparison table from the notes and a three-question quiz with its
// answers.
//
//	go run ./examples/quickstart
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer) error {
	// 1. Lookup: exact, by any name the notes or learners use.
	s, ok := awsnotes.Lookup("클라우드트레일")
	if !ok {
		return fmt.Errorf("CloudTrail not found")
	}
	section(w, "1. Lookup(\"클라우드트레일\")")
	fmt.Fprintf(w, "%s (%s, %s)\n  %s\n", s.Name, s.Reading, s.ID, s.Summary)
	for _, sc := range s.Scenarios {
		fmt.Fprintf(w, "  \"%s\" → %s\n", sc.Quote, sc.Outcome)
	}

	// 2. A category and its entries.
	c, _ := category.Get(category.Security)
	section(w, fmt.Sprintf("2. InCategory(%s): %s / %s", c.ID, c.Korean, c.English))
	for _, s := range awsnotes.InCategory(c.ID) {
		fmt.Fprintf(w, "  - %s (%s): %s\n", s.DisplayName(), s.Reading, s.Summary)
	}

	// 3. Search: forgiving, the way learners type.
	section(w, "3. Search: 오타, 초성, 영문 자판으로 친 한글")
	for _, q := range []string{"cloudtrial", "ㅋㄹㅇㄷㅇㅊ", "fkaek", "서버리스 컴퓨팅 엔진"} {
		results := awsnotes.Search(q, 1)
		if len(results) == 0 {
			fmt.Fprintf(w, "  %-22q → (없음)\n", q)
			continue
		}
		r := results[0]
		fmt.Fprintf(w, "  %q → %s  [%s: %s]\n", q, r.Service.DisplayName(), r.Field, mark(r.Text, r.Positions))
	}

	// 4. The notes' own comparison table.
	t, err := compare.Of("ECS", "EKS")
	if err != nil {
		return err
	}
	section(w, "4. compare.Of(\"ECS\", \"EKS\")")
	fmt.Fprint(w, t.Text())

	// 5. A reproducible quiz: the same seed gives the same questions.
	qz, err := quiz.Generate(quiz.Options{Seed: 2026, Count: 3})
	if err != nil {
		return err
	}
	section(w, "5. quiz.Generate(Seed 2026, Count 3)")
	for i, q := range qz.Questions {
		fmt.Fprintf(w, "Q%d. [%s] %s\n", i+1, q.Kind.Korean(), q.Prompt)
		for j, c := range q.Choices {
			fmt.Fprintf(w, "    %s. %s\n", quiz.Letter(j), c)
		}
	}
	fmt.Fprintln(w, "\n정답")
	for i, q := range qz.Questions {
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, quiz.Letter(a)+". "+q.Choices[a])
		}
		fmt.Fprintf(w, "Q%d. %s\n", i+1, strings.Join(keys, ", "))
		for _, l := range strings.Split(q.Explanation, "\n") {
			fmt.Fprintf(w, "    %s\n", l)
		}
	}
	return nil
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n== %s ==\n", title)
}

// mark brackets the characters at the given rune offsets.
func mark(text string, positions []int) string {
	at := map[int]bool{}
	for _, p := range positions {
		at[p] = true
	}
	var b strings.Builder
	i := 0
	for _, r := range text {
		if at[i] && !at[i-1] {
			b.WriteByte('[')
		}
		b.WriteRune(r)
		if at[i] && !at[i+1] {
			b.WriteByte(']')
		}
		i++
	}
	return b.String()
}
