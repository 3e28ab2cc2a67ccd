package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv, isTerminal(os.Stdout)))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string, terminal bool) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	limit := fs.Int("n", 5, "show at most `N` results")
	colour := fs.String("color", "auto", "highlight with colour: auto, always or never")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: search [-n N] [-color auto|always|never] query...")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h asked for the usage: not an error
		}
		return 2
	}
	query := strings.Join(rest, " ")
	if strings.TrimSpace(query) == "" || *limit < 1 {
		fs.Usage()
		return 2
	}
	var useColour bool
	switch *colour {
	case "always":
		useColour = true
	case "never":
	case "auto":
		useColour = terminal && getenv("NO_COLOR") == ""
	default:
		fmt.Fprintf(stderr, "search: -color %q: want auto, always or never\n", *colour)
		fs.Usage()
		return 2
	}
	on, off := "[", "]"
	if useColour {
		on, off = "\x1b[1;33m", "\x1b[0m"
	}

	results := awsnotes.Search(query, *limit)
	if len(results) == 0 {
		fmt.Fprintf(stdout, "%q: 찾은 항목이 없습니다.\n", query)
		return 1
	}
	for i, r := range results {
		s := r.Service
		name := s.DisplayName()
		if s.Reading != "" && s.Reading != name {
			name += " (" + s.Reading + ")"
		}
		fmt.Fprintf(stdout, "%d. %s — %s\n", i+1, name, s.Summary)
		fmt.Fprintf(stdout, "   %s: %s\n", FieldKorean(r.Field), Highlight(r.Text, r.Positions, on, off))
	}
	return 0
}

// FieldKorean names the part of an entry a search matched, in Korean.
func FieldKorean(f awsnotes.Field) string {
	switch f {
	case awsnotes.FieldName:
		return "이름"
	case awsnotes.FieldShort:
		return "짧은 이름"
	case awsnotes.FieldAbbr:
		return "약어"
	case awsnotes.FieldReading:
		return "한글 읽기"
	case awsnotes.FieldAlias:
		return "별칭"
	case awsnotes.FieldID:
		return "ID"
	case awsnotes.FieldHeading:
		return "노트 제목"
	case awsnotes.FieldSummary:
		return "요약"
	case awsnotes.FieldNote:
		return "노트"
	case awsnotes.FieldHighlight:
		return "강조"
	case awsnotes.FieldRemark:
		return "메모"
	case awsnotes.FieldScenario:
		return "시나리오"
	case awsnotes.FieldMnemonic:
		return "암기법"
	}
	return string(f)
}

// Highlight wraps the runes of text at the given rune offsets in on/off,
// merging neighbouring offsets into one span.
func Highlight(text string, positions []int, on, off string) string {
	marked := make(map[int]bool, len(positions))
	for _, p := range positions {
		marked[p] = true
	}
	var b strings.Builder
	i, open := 0, false
	for _, r := range text {
		if marked[i] && !open {
			b.WriteString(on)
			open = true
		} else if !marked[i] && open {
			b.WriteString(off)
			open = false
		}
		b.WriteRune(r)
		i++
	}
	if open {
		b.WriteString(off)
	}
	return b.String()
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// parseInterspersed parses flags wherever they stand among the arguments
// ("ecs eks -markdown" as well as "-markdown ecs eks"), as a learner types
// them, and returns the other arguments in order. After "--" everything is
// an argument.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		left := fs.Args()
		if len(left) < len(args) && args[len(args)-len(left)-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
