package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Widths come from github.com/rivo/uniseg, which splits text into
// grapheme clusters (UAX #29) and gives each the columns a terminal draws
// it in: a ZWJ family, a flag or a skin-toned thumb is one cluster of two
// columns, and decomposed Hangul (conjoining jamo) one syllable of two.

// isBreakSpace reports whether a line may break at r.
func isBreakSpace(r rune) bool { return r == ' ' || r == '\u3000' }

// nextCluster returns the end and the width of the grapheme cluster that
// starts at s[i:]: what wrapping never splits. Ambiguous characters (→, ⇒,
// ①) take one column, or two when ambWide is set, as in a terminal with a
// CJK locale. s must be valid UTF-8.
func nextCluster(s string, i int, ambWide bool) (end, w int) {
	c, _, w, _ := uniseg.FirstGraphemeClusterInString(s[i:], -1)
	if ambWide && w == 1 {
		r, _ := utf8.DecodeRuneInString(c)
		if width.LookupRune(r).Kind() == width.EastAsianAmbiguous {
			w = 2
		}
	}
	return i + len(c), w
}

// stringWidth is the number of terminal columns s takes on one line.
func stringWidth(s string, ambWide bool) int {
	if !ambWide {
		return uniseg.StringWidth(s)
	}
	total := 0
	for i := 0; i < len(s); {
		end, w := nextCluster(s, i, ambWide)
		total += w
		i = end
	}
	return total
}

// hardLines cleans cell text for a terminal and splits it at its line
// breaks: invalid UTF-8 and control characters become U+FFFD, tabs become
// spaces, the text is put in NFC (so decomposed Hangul shows as syllables)
// and each line is trimmed of surrounding spaces.
func hardLines(s string) []string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !plainNFC(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	if strings.ContainsAny(s, "\r\u0085\u2028\u2029") {
		s = lineBreaks.Replace(s)
	}
	if strings.ContainsFunc(s, isControl) {
		s = strings.Map(func(r rune) rune {
			switch {
			case r == '\n':
				return r
			case r == '\t':
				return ' '
			case isControl(r):
				return utf8.RuneError
			}
			return r
		}, s)
	}
	if !strings.Contains(s, "\n") {
		return []string{strings.TrimFunc(s, isBreakSpace)}
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimFunc(l, isBreakSpace)
	}
	return lines
}

// plainNFC reports, cheaply, that s is in NFC because it holds only
// characters NFC keeps and no two of which compose: those below U+0300
// (Latin, before the combining marks), precomposed Hangul syllables and
// arrows. It may say false for text that is NFC all the same.
func plainNFC(s string) bool {
	for _, r := range s {
		if r >= 0x300 && !(r >= 0xac00 && r <= 0xd7a3) && !(r >= 0x2190 && r <= 0x21ff) {
			return false
		}
	}
	return true
}

// isControl reports whether r is a C0 or C1 control character or DEL.
func isControl(r rune) bool { return r < 0x20 || r >= 0x7f && r < 0xa0 }

var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// cluster is a piece of a line wrap does not split (see nextCluster):
// line[start:end].
type cluster struct {
	start, end int
	width      int
	space      bool // a place to break the line
}

// clusters appends the clusters of one line (no line breaks, valid UTF-8)
// to dst.
func clusters(dst []cluster, line string, ambWide bool) []cluster {
	for i := 0; i < len(line); {
		end, w := nextCluster(line, i, ambWide)
		r, _ := utf8.DecodeRuneInString(line[i:])
		dst = append(dst, cluster{start: i, end: end, width: w, space: isBreakSpace(r)})
		i = end
	}
	return dst
}

// isClosing reports whether a line should not start with the cluster at
// s[i:]: closing brackets and the punctuation that ends a clause.
func isClosing(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.In(r, unicode.Pe, unicode.Pf) || strings.ContainsRune(".,!?:;%。、，．！？：；", r)
}

// wrap breaks one line into lines at most max columns wide: at spaces
// where it can, and between clusters where a word is wider than max,
// moving the last character down rather than starting a line with closing
// punctuation. A cluster wider than max gets a line of its own. Spaces at
// a break are dropped. Every line is a substring of line.
func wrap(line string, max int, ambWide bool) []string {
	out, _ := wrapInto(nil, nil, line, max, ambWide)
	return out
}

// wrapInto is wrap appending to dst, with scratch space for the clusters
// that it returns for reuse.
func wrapInto(dst []string, scratch []cluster, line string, max int, ambWide bool) ([]string, []cluster) {
	if stringWidth(line, ambWide) <= max {
		return append(dst, line), scratch
	}
	cs := clusters(scratch[:0], line, ambWide)
	lo, hi, curW := 0, 0, 0 // the line being filled is cs[lo:hi]
	emit := func() {
		e := hi
		for e > lo && cs[e-1].space {
			e--
		}
		if e > lo {
			dst = append(dst, line[cs[lo].start:cs[e-1].end])
		} else {
			dst = append(dst, "")
		}
	}
	n := len(dst)
	for i := 0; i < len(cs); {
		// The spaces before the next word, then the word.
		sep := i
		sepW := 0
		for i < len(cs) && cs[i].space {
			sepW += cs[i].width
			i++
		}
		j, wordW := i, 0
		for j < len(cs) && !cs[j].space {
			wordW += cs[j].width
			j++
		}
		switch {
		case i == j: // trailing spaces
		case hi > lo && hi == sep && curW+sepW+wordW <= max:
			hi, curW = j, curW+sepW+wordW
		case wordW <= max:
			if hi > lo {
				emit()
			}
			lo, hi, curW = i, j, wordW
		default: // a word wider than a line: split it between clusters
			if hi > lo {
				emit()
			}
			lo, hi, curW = i, i, 0
			for k := i; k < j; k++ {
				c := cs[k]
				if hi > lo && curW+c.width > max {
					if hi-lo >= 2 && cs[hi-1].width+c.width <= max && isClosing(line, c.start) {
						hi-- // the last character moves down with the punctuation
						emit()
						lo, curW = hi, cs[hi].width
					} else {
						emit()
						lo, curW = hi, 0
					}
				}
				hi = k + 1
				curW += c.width
			}
		}
		i = j
	}
	if hi > lo || len(dst) == n {
		emit()
	}
	return dst, cs
}
