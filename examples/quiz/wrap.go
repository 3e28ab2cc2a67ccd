package main

import (
	"os"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"
	"golang.org/x/term"
)

// termWidth is the width to wrap at: the terminal's, else $COLUMNS, else
// 80.
func termWidth(f *os.File) int {
	if f != nil && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 80
}

// wrap returns prefix and text, broken into lines of at most width
// terminal columns (a Hangul syllable is two: uniseg measures grapheme
// clusters as a terminal draws them), only at spaces, never inside a word:
// a word wider than the line stands alone. Lines after the first start
// with indent; the text's own line breaks are kept, and so are the
// leading spaces of each of its lines. A line that starts with a bullet
// ("· ", "※ ", "- ") hangs: its continuation lines start under its text.
func wrap(prefix, text string, width int, indent string) string {
	var out strings.Builder
	out.WriteString(prefix)
	col := uniseg.StringWidth(prefix)
	indentW := uniseg.StringWidth(indent)
	for n, para := range strings.Split(text, "\n") {
		if n > 0 {
			out.WriteString("\n" + indent)
			col = indentW
		}
		lead := para[:len(para)-len(strings.TrimLeft(para, " "))]
		hang := lead
		for _, b := range bullets {
			if strings.HasPrefix(para[len(lead):], b) {
				hang += strings.Repeat(" ", uniseg.StringWidth(b))
			}
		}
		out.WriteString(lead)
		col += len(lead)
		first := true
		for _, w := range strings.Fields(para) {
			ww := uniseg.StringWidth(w)
			if !first {
				if col+1+ww > width {
					out.WriteString("\n" + indent + hang)
					col = indentW + len(hang)
				} else {
					out.WriteByte(' ')
					col++
				}
			}
			out.WriteString(w)
			col += ww
			first = false
		}
	}
	return out.String()
}

// bullets start the lines that hang.
var bullets = []string{"· ", "※ ", "- ", "• "}

func widthOf(s string) int { return uniseg.StringWidth(s) }
