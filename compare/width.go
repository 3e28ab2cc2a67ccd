package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// runeWidth is the number of terminal columns r takes: 2 for East Asian
// wide and fullwidth characters (Hangul syllables, CJK, most emoji), 0 for
// marks, format characters and the medial and final conjoining jamo that
// join a leading jamo into one syllable, 1 otherwise. Ambiguous characters
// (→, ⇒, ①) take 1, or 2 when ambWide is set, as in a CJK terminal locale.
func runeWidth(r rune, ambWide bool) int {
	switch {
	case r < 0x20 || r >= 0x7f && r < 0xa0:
		return 0
	case r < 0x7f:
		return 1
	case r >= 0x1160 && r <= 0x11ff, r >= 0xd7b0 && r <= 0xd7ff:
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	case width.EastAsianAmbiguous:
		if ambWide {
			return 2
		}
	}
	return 1
}

// stringWidth is the number of terminal columns s takes on one line.
func stringWidth(s string, ambWide bool) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r, ambWide)
	}
	return w
}

// hardLines cleans cell text for a terminal and splits it at its line
// breaks: invalid UTF-8 and control characters become U+FFFD, tabs become
// spaces, the text is put in NFC (so decomposed Hangul shows as syllables)
// and each line is trimmed of surrounding spaces.
func hardLines(s string) []string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n").Replace(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t':
			return ' '
		case r < 0x20 || r >= 0x7f && r < 0xa0:
			return utf8.RuneError
		}
		return r
	}, s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimFunc(l, isBreakSpace)
	}
	return lines
}

// isBreakSpace reports whether a line may break at r.
func isBreakSpace(r rune) bool { return r == ' ' || r == '\u3000' }

// cluster is what wrapping never splits: a character with the marks,
// conjoining jamo and variation selectors that follow it, and anything
// joined to it by a zero-width joiner.
type cluster struct {
	text  string
	width int
}

// clusters splits one line (no line breaks) into clusters.
func clusters(line string, ambWide bool) []cluster {
	var out []cluster
	join := false // the previous rune was a zero-width joiner
	for i, r := range line {
		size := utf8.RuneLen(r) // the text is valid UTF-8: hardLines made it so
		w := runeWidth(r, ambWide)
		if len(out) > 0 && (w == 0 || join) && !isBreakSpace(r) {
			c := &out[len(out)-1]
			c.text = line[i-len(c.text) : i+size]
			c.width += w
		} else {
			out = append(out, cluster{text: line[i : i+size], width: w})
		}
		join = r == '\u200d'
	}
	return out
}

// wrap breaks one line into lines at most max columns wide, at spaces where
// it can and between clusters where a word is wider than max. A cluster
// wider than max gets a line of its own.
func wrap(line string, max int, ambWide bool) []string {
	if stringWidth(line, ambWide) <= max {
		return []string{line}
	}
	var out []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		out = append(out, strings.TrimRightFunc(cur.String(), isBreakSpace))
		cur.Reset()
		curW = 0
	}
	cs := clusters(line, ambWide)
	for i := 0; i < len(cs); {
		// A word is a run of non-space clusters; sep the spaces before it.
		sepW, sep := 0, ""
		for i < len(cs) && isBreakSpace(firstRune(cs[i].text)) {
			sep += cs[i].text
			sepW += cs[i].width
			i++
		}
		j := i
		wordW := 0
		for j < len(cs) && !isBreakSpace(firstRune(cs[j].text)) {
			wordW += cs[j].width
			j++
		}
		if i == j {
			break // trailing spaces
		}
		switch {
		case curW > 0 && curW+sepW+wordW <= max:
			cur.WriteString(sep)
			curW += sepW
		case curW > 0:
			flush()
		}
		if wordW <= max-curW {
			for _, c := range cs[i:j] {
				cur.WriteString(c.text)
			}
			curW += wordW
		} else {
			for _, c := range cs[i:j] {
				if curW > 0 && curW+c.width > max {
					flush()
				}
				cur.WriteString(c.text)
				curW += c.width
			}
		}
		i = j
	}
	if curW > 0 || len(out) == 0 {
		flush()
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
