package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv, cli.IsTerminal(os.Stdout)))
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
	rest, err := cli.ParseInterspersed(fs, args)
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
		fmt.Fprintf(stdout, "   %s: %s\n", r.Field.Korean(), cli.Highlight(r.Text, r.Positions, on, off))
	}
	return 0
}
