package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

var formats = []string{"anki", "gift", "json", "markdown"}

// run is main without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "markdown", "output format: "+strings.Join(formats, ", "))
	n := fs.Int("n", 20, "number of questions")
	all := fs.Bool("all", false, "export the whole deck: every question the notes support (ignores -n)")
	seed := fs.Uint64("seed", 0, "seed: the same seed gives the same quiz (with -all, the deck of that seed: the default 0 is the one quiz.Available(quiz.Options{}) and the README count)")
	out := fs.String("o", "", "write to `file` instead of standard output")
	cats := fs.String("category", "", "comma-separated categories; empty: all")
	kinds := fs.String("kind", "", "comma-separated question kinds ("+kindList()+"); empty: all")
	domains := fs.String("domain", "", "comma-separated exam domains (1-4); empty: all")
	tasks := fs.String("task", "", "comma-separated exam task statements (e.g. 2.3); empty: all")
	from := fs.String("from", "all", "where questions come from: all, notes (only your notes), added (facts and cases added beyond them)")
	exam := fs.Bool("exam", false, "export a 65-question mock exam, drawn by the exam's domain weights")
	html := fs.Bool("html", false, "anki: write fields as HTML")
	deck := fs.String("deck", "", "anki: the deck to import into")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: export [-format anki|gift|json|markdown] [-n N | -all | -exam] [-seed S] [-o file] [-category list] [-kind list] [-domain list] [-task list] [-from notes|added]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0 // -h asked for the usage: not an error
		}
		return 2
	}
	if fs.NArg() > 0 || *n < 1 || !validFormat(*format) {
		if !validFormat(*format) {
			fmt.Fprintf(stderr, "export: unknown format %q\n", *format)
		}
		fs.Usage()
		return 2
	}
	opts := quiz.Options{Seed: *seed, Count: *n}
	for _, c := range splitList(*cats) {
		cat, ok := category.Lookup(c)
		if !ok {
			fmt.Fprintf(stderr, "export: unknown category %q\n", c)
			fs.Usage()
			return 2
		}
		opts.Categories = append(opts.Categories, cat.ID)
	}
	for _, k := range splitList(*kinds) {
		if !quiz.Kind(k).Valid() {
			fmt.Fprintf(stderr, "export: unknown kind %q (want %s)\n", k, kindList())
			fs.Usage()
			return 2
		}
		opts.Kinds = append(opts.Kinds, quiz.Kind(k))
	}
	for _, d := range splitList(*domains) {
		var v int
		if _, err := fmt.Sscan(d, &v); err != nil || !category.Domain(v).Valid() {
			fmt.Fprintf(stderr, "export: unknown exam domain %q (want 1-4)\n", d)
			fs.Usage()
			return 2
		}
		opts.Domains = append(opts.Domains, category.Domain(v))
	}
	for _, t := range splitList(*tasks) {
		if !category.Task(t).Valid() {
			fmt.Fprintf(stderr, "export: unknown task statement %q (e.g. 2.3)\n", t)
			fs.Usage()
			return 2
		}
		opts.Tasks = append(opts.Tasks, category.Task(t))
	}
	switch *from {
	case "", "all":
	case "notes":
		opts.Provenance = quiz.NotesOnly
	case "added":
		opts.Provenance = quiz.AddedOnly
	default:
		fmt.Fprintf(stderr, "export: unknown -from %q (want all, notes or added)\n", *from)
		fs.Usage()
		return 2
	}
	if *all {
		count, err := deckSize(opts)
		if err != nil {
			fmt.Fprintln(stderr, "export:", err)
			return 2
		}
		opts.Count = count
	}
	var qz quiz.Quiz
	var err error
	if *exam {
		qz, err = quiz.MockExam(quiz.Options{Seed: *seed, Provenance: opts.Provenance})
	} else {
		qz, err = quiz.Generate(opts)
	}
	if err != nil {
		// The options came from the flags (-n more than the notes hold).
		fmt.Fprintln(stderr, "export:", err)
		fs.Usage()
		return 2
	}

	var body []byte
	switch *format {
	case "anki":
		body = []byte(qz.Anki(quiz.AnkiOptions{HTML: *html, Deck: *deck}))
	case "gift":
		body = []byte(qz.GIFT())
	case "json":
		body, err = qz.JSON()
	case "markdown":
		body = []byte(qz.Markdown())
	}
	if err != nil {
		fmt.Fprintln(stderr, "export:", err)
		return 1
	}
	if *out == "" {
		_, err = stdout.Write(body)
	} else {
		err = os.WriteFile(*out, body, 0o644)
		if err == nil {
			fmt.Fprintf(stderr, "export: wrote %d questions to %s\n", len(qz.Questions), *out)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "export:", err)
		return 1
	}
	return 0
}

// deckSize is the number of distinct questions the notes support with opts.
func deckSize(opts quiz.Options) (int, error) {
	avail, err := quiz.Available(opts)
	if err != nil {
		return 0, err
	}
	total := 0
	for _, n := range avail {
		total += n
	}
	return total, nil
}

func kindList() string {
	var names []string
	for _, k := range quiz.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

func validFormat(f string) bool {
	for _, x := range formats {
		if f == x {
			return true
		}
	}
	return false
}

// splitList splits a comma-separated flag value, trimming spaces and
// dropping empty items: " 보안, compute ,," gives [보안 compute].
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
