package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/internal/cli"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	markdown := fs.Bool("markdown", false, "print a Markdown table instead of a terminal table")
	list := fs.Bool("list", false, "list the curated tables and exit")
	width := fs.Int("width", 0, "wrap cells wider than `N` terminal columns (0: the default)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: compare [-markdown] [-width N] service service...")
		fmt.Fprintln(stderr, "       compare -list")
		fs.PrintDefaults()
	}
	rest, err := cli.ParseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h asked for the usage: not an error
		}
		return 2
	}
	if *list {
		if len(rest) > 0 {
			fs.Usage()
			return 2
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
	if len(rest) < 2 || *width < 0 {
		fs.Usage()
		return 2
	}
	t, err := compare.Of(rest...)
	if err != nil {
		fmt.Fprintln(stderr, err) // the package's errors already start with "compare:"
		return 1
	}
	if *markdown {
		fmt.Fprint(stdout, t.Markdown())
		return 0
	}
	fmt.Fprint(stdout, t.TextWith(compare.TextOptions{MaxCellWidth: *width}))
	return 0
}
