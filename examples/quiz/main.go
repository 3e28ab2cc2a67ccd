package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/signal"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	a := &app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, echo: !term.IsTerminal(int(os.Stdin.Fd())),
		now: time.Now, width: termWidth(os.Stdout), defaultPath: study.DefaultPath}
	code := a.run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// app is the program without the process: its streams, its clock and the
// width it wraps at, so tests can drive it with piped answers on the days
// they choose.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// echo prints each answer read after its prompt (input piped in), so
	// the transcript reads like a session at a terminal.
	echo        bool
	now         func() time.Time
	width       int                    // terminal columns to wrap at
	defaultPath func() (string, error) // where -review keeps progress without -progress
}

// run is main without the process, with the real clock and a width from
// $COLUMNS (else 80): it returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, echo bool) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, echo: echo, now: time.Now, width: termWidth(nil),
		defaultPath: study.DefaultPath}
	return a.run(ctx, args)
}

// config is what the flags ask for.
type config struct {
	opts     quiz.Options
	seedSet  bool // -seed given; else a fresh seed, printed
	nSet     bool // -n given
	review   bool
	exam     bool
	stats    bool
	progress string // -progress FILE; "" for the default with -review and -stats
	minutes  int
	newCount int
}

func (a *app) run(ctx context.Context, args []string) int {
	cfg, usage, code := parseFlags(args, a.stderr)
	if code >= 0 {
		return code
	}
	if cfg.stats {
		return a.showStats(cfg)
	}
	lines := readLines(a.stdin)
	switch {
	case cfg.exam:
		return a.runExam(ctx, cfg, lines, usage)
	case cfg.review:
		return a.runReview(ctx, cfg, lines)
	}
	return a.runQuiz(ctx, cfg, lines, usage)
}

// parseFlags reads the options from the flags. It returns the usage printer
// and an exit code, or -1 to go on: 0 after -h, 2 for bad flags.
func parseFlags(args []string, stderr io.Writer) (config, func(), int) {
	fs := flag.NewFlagSet("quiz", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "number of questions (with -review: the most due questions to ask)")
	seed := fs.Uint64("seed", 0, "seed: the same seed gives the same quiz; without it, a fresh one (printed)")
	choices := fs.Int("choices", 4, "options per question (2-6)")
	cats := fs.String("category", "", "comma-separated categories (e.g. 보안,compute); empty: all")
	kinds := fs.String("kind", "", "comma-separated kinds ("+kindList()+"); empty: all")
	domains := fs.String("domain", "", "comma-separated exam domains (1-4); empty: all")
	tasks := fs.String("task", "", "comma-separated exam task statements (e.g. 2.3); empty: all")
	active := fs.Bool("active", false, "leave out services AWS has retired")
	from := fs.String("from", "all", "where questions come from: all, notes (only your notes), added (facts and exam-style cases added beyond them)")
	var cfg config
	fs.BoolVar(&cfg.review, "review", false, "review: the questions due today and a few new ones, remembered between runs")
	fs.BoolVar(&cfg.exam, "exam", false, "a timed 65-question mock exam; answers revealed at the end, with a report per domain")
	fs.BoolVar(&cfg.stats, "stats", false, "show your progress: due counts, accuracy and retention per domain, weakest task statements")
	fs.StringVar(&cfg.progress, "progress", "", "progress file (default: awsnotes/progress.json in your config folder); with a quiz or -exam, record into it")
	fs.IntVar(&cfg.minutes, "minutes", 90, "minutes for -exam (120 with the extra 30 a non-native speaker may ask for)")
	fs.IntVar(&cfg.newCount, "new", study.DefaultNew, "new questions to mix into -review")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: quiz [-n N] [-seed S] [-choices C] [-category list] [-kind list] [-domain list] [-task list] [-from notes|added] [-active] < answers")
		fmt.Fprintln(stderr, "       quiz -review [-progress FILE] [-new N]")
		fmt.Fprintln(stderr, "       quiz -exam [-minutes M]")
		fmt.Fprintln(stderr, "       quiz -stats [-progress FILE]")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\n-kind correction (a note line AWS has since changed, asking for the right fact) is not in the list:")
		fmt.Fprintln(stderr, "every correction in the notes names its own service, which would give the answer away among")
		fmt.Fprintln(stderr, "options that name none, so the notes make no such question.")
	}
	bad := func(format string, v ...any) (config, func(), int) {
		if format != "" {
			fmt.Fprintf(stderr, "quiz: "+format+"\n", v...)
		}
		fs.Usage()
		return config{}, fs.Usage, 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return config{}, fs.Usage, 0 // -h asked for the usage: not an error
		}
		return config{}, fs.Usage, 2
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "seed":
			cfg.seedSet = true
		case "n":
			cfg.nSet = true
		}
	})
	modes := 0
	for _, m := range []bool{cfg.review, cfg.exam, cfg.stats} {
		if m {
			modes++
		}
	}
	switch {
	case fs.NArg() > 0:
		return bad("unexpected argument %q", fs.Arg(0))
	case *n < 1:
		return bad("-n must be at least 1")
	case modes > 1:
		return bad("-review, -exam and -stats go one at a time")
	case cfg.minutes < 1:
		return bad("-minutes must be at least 1")
	case cfg.newCount < 0:
		return bad("-new must not be negative")
	}
	if !cfg.seedSet {
		*seed = rand.Uint64N(1_000_000) // short enough to type back with -seed
	}
	cfg.opts = quiz.Options{Seed: *seed, Count: *n, Choices: *choices, ActiveOnly: *active}
	prov, ok := provenance(*from)
	if !ok {
		return bad("unknown -from %q (want all, notes or added)", *from)
	}
	cfg.opts.Provenance = prov
	for _, c := range splitList(*cats) {
		cat, ok := category.Lookup(c)
		if !ok {
			return bad("unknown category %q", c)
		}
		cfg.opts.Categories = append(cfg.opts.Categories, cat.ID)
	}
	for _, k := range splitList(*kinds) {
		if !quiz.Kind(k).Valid() {
			return bad("unknown kind %q (want %s)", k, kindList())
		}
		cfg.opts.Kinds = append(cfg.opts.Kinds, quiz.Kind(k))
	}
	for _, d := range splitList(*domains) {
		var v int
		if _, err := fmt.Sscan(d, &v); err != nil || !category.Domain(v).Valid() {
			return bad("unknown exam domain %q (want 1-4)", d)
		}
		cfg.opts.Domains = append(cfg.opts.Domains, category.Domain(v))
	}
	for _, t := range splitList(*tasks) {
		if !category.Task(t).Valid() {
			return bad("unknown task statement %q (e.g. 2.3)", t)
		}
		cfg.opts.Tasks = append(cfg.opts.Tasks, category.Task(t))
	}
	return cfg, fs.Usage, -1
}

// provenance reads -from.
func provenance(s string) (quiz.Provenance, bool) {
	switch s {
	case "", "all":
		return quiz.Everything, true
	case "notes":
		return quiz.NotesOnly, true
	case "added":
		return quiz.AddedOnly, true
	}
	return 0, false
}

func kindList() string {
	var names []string
	for _, k := range quiz.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
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

// seedLine says how to get the same quiz again.
func seedLine(cfg config) string {
	if cfg.seedSet {
		return fmt.Sprintf("시드 %d", cfg.opts.Seed)
	}
	return fmt.Sprintf("시드 %d — 같은 문제를 다시 풀려면 -seed %d", cfg.opts.Seed, cfg.opts.Seed)
}
