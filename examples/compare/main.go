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

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/josa"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the reason is printed in Korean below, then the usage
	fs.Usage = func() {}
	markdown := fs.Bool("markdown", false, "print a Markdown table instead of a terminal table")
	list := fs.Bool("list", false, "list the curated tables and exit")
	width := fs.Int("width", 0, "wrap cells wider than `N` terminal columns (0: the default)")
	usage := func() {
		fmt.Fprintln(stderr, "usage: compare [-markdown] [-width N] service service...")
		fmt.Fprintln(stderr, "       compare [-markdown] [-width N] table-id")
		fmt.Fprintln(stderr, "       compare -list")
		fs.SetOutput(stderr)
		fs.PrintDefaults()
	}
	refuse := func(why string) int {
		fmt.Fprintln(stderr, "compare:", why)
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
	if *width < 0 {
		return refuse(fmt.Sprintf("-width는 0 이상이어야 합니다 (받은 값: %d).", *width))
	}
	if *list {
		if len(rest) > 0 {
			return refuse("-list는 이름과 함께 쓸 수 없습니다.")
		}
		tables := compare.All()
		col := 0
		for _, t := range tables {
			col = max(col, len(t.ID)) // IDs are ASCII: one column a byte
		}
		for _, t := range tables {
			fmt.Fprintf(stdout, "%-*s  %s\n", col, t.ID, t.Title)
		}
		return 0
	}

	var t compare.Table
	switch len(rest) {
	case 0:
		return refuse("비교할 서비스를 두 개 이상, 또는 compare -list가 보여 주는 표 ID 하나를 쓰세요.")
	case 1:
		var ok bool
		if t, ok = compare.Get(rest[0]); !ok {
			return refuse(oneName(rest[0]))
		}
	default:
		t, err = compare.Of(rest...)
		if err != nil {
			fmt.Fprintln(stderr, "compare:", nameError(err))
			return 1
		}
	}
	if *markdown {
		fmt.Fprint(stdout, t.Markdown())
		return 0
	}
	fmt.Fprint(stdout, t.TextWith(compare.TextOptions{MaxCellWidth: *width}))
	return 0
}

// oneName says why a single argument that is not a table ID cannot be
// compared, and what would work.
func oneName(name string) string {
	s, ok := awsnotes.Lookup(name)
	if !ok {
		return fmt.Sprintf("%q: 그런 표 ID나 서비스가 없습니다.%s 표 ID는 compare -list로 볼 수 있습니다.", name, suggest(name))
	}
	msg := fmt.Sprintf("%s 비교하려면 서비스가 하나 더 필요합니다.", josa.Object.AttachReading(s.DisplayName(), s.Reading))
	if ts := compare.Containing(s.ID); len(ts) > 0 {
		ids := make([]string, len(ts))
		for i, t := range ts {
			ids[i] = t.ID
		}
		msg += " " + josa.Subject.AttachReading(s.DisplayName(), s.Reading) + " 들어 있는 표: " + strings.Join(ids, ", ")
	}
	return msg
}

// nameError says in Korean what is wrong with a name given to compare.Of.
func nameError(err error) string {
	var ne *compare.NameError
	switch {
	case errors.As(err, &ne) && errors.Is(err, compare.ErrUnknown):
		return fmt.Sprintf("%q에 해당하는 서비스가 없습니다.%s", ne.Name, suggest(ne.Name))
	case errors.As(err, &ne) && errors.Is(err, compare.ErrDuplicate):
		return fmt.Sprintf("%s %s 같은 항목(%s)입니다.", josa.And.Attach(strconv.Quote(ne.Other)), josa.Topic.Attach(strconv.Quote(ne.Name)), ne.ID)
	}
	return strings.TrimPrefix(err.Error(), "compare: ")
}

// suggest names the entry Search finds nearest to name: " 혹시 CloudTrail?",
// or "" when there is none.
func suggest(name string) string {
	if rs := awsnotes.Search(name, 1); len(rs) > 0 {
		return " 혹시 " + rs[0].Service.DisplayName() + "?"
	}
	return ""
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
