package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rivo/uniseg"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func main() {
	fs := flag.NewFlagSet("quickstart", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the reason is printed in Korean below, then the usage
	fs.Usage = func() {}
	usage := func() {
		fmt.Fprintln(os.Stderr, "usage: quickstart")
		fmt.Fprintln(os.Stderr, "Shows the awsnotes library in one screen; it takes no arguments.")
	}
	err := fs.Parse(os.Args[1:])
	switch {
	case errors.Is(err, flag.ErrHelp):
		usage() // -h asked for the usage: not an error
		os.Exit(0)
	case err != nil || fs.NArg() > 0:
		fmt.Fprintf(os.Stderr, "quickstart: 옵션도 인수도 받지 않습니다 (받은 것: %s).\n", strings.Join(os.Args[1:], " "))
		usage()
		os.Exit(2)
	}
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
	fmt.Fprintf(w, "%s (%s, ID %s)\n  %s\n", s.Name, s.Reading, s.ID, s.Summary)
	for _, sc := range s.Scenarios {
		fmt.Fprintf(w, "  \"%s\" → %s\n", sc.Quote, sc.Outcome)
	}

	// 2. A category and its entries.
	c, _ := category.Get(category.Security)
	section(w, fmt.Sprintf("2. InCategory(%s): %s / %s", c.ID, c.Korean, c.English))
	for _, s := range awsnotes.InCategory(c.ID) {
		fmt.Fprintf(w, "  - %s: %s\n", label(s), s.Summary)
	}

	// 3. Search: forgiving, the way learners type.
	section(w, "3. Search: 오타, 초성, 영문 자판으로 친 한글")
	// The query and the entry found line up in columns; the matched
	// characters of the field that matched are in [brackets].
	queries := []string{"cloudtrial", "ㅋㄹㅇㄷㅇㅊ", "fkaek", "서버리스 컴퓨팅 엔진"}
	var rows [][3]string
	qcol, ncol := 0, 0
	for _, q := range queries {
		row := [3]string{fmt.Sprintf("%q", q), "(없음)", ""}
		if results := awsnotes.Search(q, 1); len(results) > 0 {
			r := results[0]
			row[1] = r.Service.DisplayName()
			row[2] = r.Field.Korean() + ": " + r.Highlight("[", "]")
		}
		qcol, ncol = max(qcol, uniseg.StringWidth(row[0])), max(ncol, uniseg.StringWidth(row[1]))
		rows = append(rows, row)
	}
	for _, row := range rows {
		fmt.Fprintf(w, "  %s → %s  %s\n", pad(row[0], qcol), pad(row[1], ncol), row[2])
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
		if i > 0 {
			fmt.Fprintln(w)
		}
		// A prompt may hold the quoted description on its own lines:
		// indent them under the question.
		prompt := strings.ReplaceAll(strings.ReplaceAll(q.Prompt, "\n\n", "\n"), "\n", "\n    ")
		fmt.Fprintf(w, "Q%d. [%s] %s\n", i+1, q.Kind.Korean(), prompt)
		for j, c := range q.Choices {
			fmt.Fprintf(w, "    %s. %s\n", quiz.Letter(j), c)
		}
	}
	fmt.Fprintln(w, "\n정답과 해설")
	for i, q := range qz.Questions {
		if i > 0 {
			fmt.Fprintln(w)
		}
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

// label names an entry with its Korean reading unless the two are the
// same: "KMS (케이엠에스)", "침투 테스트".
func label(s awsnotes.Service) string {
	if s.Reading == "" || s.Reading == s.DisplayName() {
		return s.DisplayName()
	}
	return s.DisplayName() + " (" + s.Reading + ")"
}

// pad fills s with spaces to n terminal columns, counting a Hangul syllable
// as two (uniseg measures grapheme clusters as a terminal draws them).
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-uniseg.StringWidth(s)))
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n== %s ==\n", title)
}
