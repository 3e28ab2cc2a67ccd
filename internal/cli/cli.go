package cli

import (
	"flag"
	"os"
	"strings"

	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

// Columns is the width of s on a terminal: Hangul and other East Asian wide
// and full-width characters take two columns, everything else one.
func Columns(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// Pad fills s with spaces to n terminal columns; a wider s is left as it is.
func Pad(s string, n int) string {
	if w := Columns(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// Highlight wraps the runes of text at the given rune offsets in on and off,
// one span per run of neighbouring offsets. Offsets outside text are
// ignored.
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

// Label is how the examples name an entry: its display name, with its Korean
// reading in parentheses unless the two are the same ("Lambda (람다)",
// "침투 테스트").
func Label(s awsnotes.Service) string {
	if s.Reading == "" || s.Reading == s.DisplayName() {
		return s.DisplayName()
	}
	return s.DisplayName() + " (" + s.Reading + ")"
}

// ParseInterspersed parses flags wherever they stand among the arguments
// ("ecs eks -markdown" as well as "-markdown ecs eks"), as a learner types
// them, and returns the other arguments in order. After "--" everything is
// an argument.
func ParseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
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

// SplitList splits a comma-separated flag value, trimming spaces and
// dropping empty items: " 보안, compute ,," gives [보안 compute].
func SplitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// IsTerminal reports whether f is a character device, such as a terminal,
// rather than a pipe or a file.
func IsTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
