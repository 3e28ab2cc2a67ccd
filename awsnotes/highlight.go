package awsnotes

import (
	"slices"
	"strings"
)

// Highlight returns r.Text with each run of matched characters (r.Positions)
// wrapped in on and off: Highlight("[", "]") gives "[람다]", and
// Highlight("\x1b[1;33m", "\x1b[0m") colours the match on a terminal.
// Neighbouring positions make one span. Positions outside Text are ignored,
// so a Result you built or changed yourself cannot make it panic.
//
// on and off are written as given and Text is not escaped: for HTML, use
// HighlightFunc and escape each part.
func (r Result) Highlight(on, off string) string {
	return r.HighlightFunc(func(part string, matched bool) string {
		if matched {
			return on + part + off
		}
		return part
	})
}

// HighlightFunc splits r.Text into runs of matched and unmatched characters,
// in order, and returns the concatenation of wrap applied to each run. Use
// it where the parts need escaping, for a web page:
//
//	r.HighlightFunc(func(part string, matched bool) string {
//		if matched {
//			return "<mark>" + html.EscapeString(part) + "</mark>"
//		}
//		return html.EscapeString(part)
//	})
//
// An empty Text gives "" without calling wrap.
func (r Result) HighlightFunc(wrap func(part string, matched bool) string) string {
	if r.Text == "" {
		return ""
	}
	pos := r.Positions
	if !slices.IsSorted(pos) {
		pos = slices.Sorted(slices.Values(pos))
	}
	var b strings.Builder
	next := 0  // index into pos of the first position not yet passed
	start := 0 // byte offset where the current run starts
	matched := false
	i := 0 // rune offset
	for at := range r.Text {
		for next < len(pos) && pos[next] < i {
			next++
		}
		m := next < len(pos) && pos[next] == i
		if at > 0 && m != matched {
			b.WriteString(wrap(r.Text[start:at], matched))
			start = at
		}
		matched = m
		i++
	}
	b.WriteString(wrap(r.Text[start:], matched))
	return b.String()
}
