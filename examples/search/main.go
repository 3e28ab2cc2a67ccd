package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/term"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/josa"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv, term.IsTerminal(int(os.Stdout.Fd()))))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string, terminal bool) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the reason is printed in Korean below, then the usage
	fs.Usage = func() {}
	limit := fs.Int("n", 5, "show at most `N` results")
	colour := fs.String("color", "auto", "highlight with colour: auto, always or never")
	usage := func() {
		fmt.Fprintln(stderr, "usage: search [-n N] [-color auto|always|never] query...")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	refuse := func(why string) int {
		fmt.Fprintln(stderr, "search:", why)
		usage()
		return 2
	}
	rest, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		usage() // -h asked for the usage: not an error
		return 0
	}
	if err != nil {
		return refuse(flagError(err))
	}
	query := strings.Join(rest, " ")
	switch {
	case strings.TrimSpace(query) == "":
		return refuse("찾을 말을 입력하세요. 예: search 람다")
	case *limit < 1:
		return refuse(fmt.Sprintf("-n은 1 이상이어야 합니다 (받은 값: %d).", *limit))
	}
	var useColour bool
	switch *colour {
	case "always":
		useColour = true
	case "never":
	case "auto":
		useColour = terminal && getenv("NO_COLOR") == ""
	default:
		return refuse(fmt.Sprintf("-color에는 auto, always, never 중 하나를 쓰세요 (받은 값: %q).", *colour))
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
		fmt.Fprintf(stdout, "%d. %s — %s\n", i+1, label(r.Service), r.Service.Summary)
		fmt.Fprintf(stdout, "   %s: %s\n", r.Field.Korean(), r.Highlight(on, off))
	}
	return 0
}

// label names an entry with its Korean reading unless the two are the
// same: "Lambda (람다)", "침투 테스트".
func label(s awsnotes.Service) string {
	if s.Reading == "" || s.Reading == s.DisplayName() {
		return s.DisplayName()
	}
	return s.DisplayName() + " (" + s.Reading + ")"
}

// parseInterspersed parses flags wherever they stand among the arguments
// ("람다 -n 3" as well as "-n 3 람다"), as a learner types them, and returns
// the other arguments in order. After "--" everything is an argument.
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

var badValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?(-\S+): `)

// flagError says in Korean why the flag package refused the arguments.
func flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "없는 옵션입니다: " + name
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return name + " 뒤에 값을 쓰세요."
	}
	if m := badValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s의 값으로 %s 쓸 수 없습니다.", m[2], josa.Topic.Attach(strconv.Quote(m[1])))
	}
	return msg
}
