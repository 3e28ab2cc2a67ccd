package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// fold makes text comparable: NFC, width and case folded, spaces collapsed.
func fold(s string) string {
	return strings.Join(strings.Fields(textnorm.Fold(s)), " ")
}

// hasHangul reports whether s holds a Hangul syllable.
func hasHangul(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 })
}

// runeLen counts the characters of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// isASCIIAlnum reports whether r is an ASCII letter or digit.
func isASCIIAlnum(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// containsName reports whether folded text contains the folded name. A
// name that starts or ends with a Latin letter or digit must stand apart
// from other Latin letters and digits there, so "mq" is not found in
// "activemq" nor "eb" in "ebs"; Hangul names match anywhere.
func containsName(text, name string) bool {
	if name == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	for i := 0; ; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(name)
		ok := true
		if isASCIIAlnum(first) && start > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:start])
			ok = !isASCIIAlnum(r)
		}
		if ok && isASCIIAlnum(last) && end < len(text) {
			r, _ := utf8.DecodeRuneInString(text[end:])
			ok = !isASCIIAlnum(r)
		}
		if ok {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		i = start + size
	}
}

// particles are endings stripped from Hangul tokens so "데이터를" and
// "데이터" count as one word; longest first.
var particles = []string{
	"해주는", "으로", "에서", "에게", "까지", "부터", "보다", "이다", "하는", "하고", "하여", "해줌", "한다", "된다",
	"을", "를", "이", "가", "은", "는", "의", "에", "로", "와", "과", "도", "만", "한", "할", "된",
}

// stopwords are words too common in the notes to tell entries apart.
var stopwords = map[string]bool{
	"서비스": true, "aws": true, "amazon": true, "제공": true, "기반": true, "도구": true, "가능": true,
	"사용": true, "관리": true, "지원": true, "있도록": true, "도와주": true, "해주": true, "통해": true,
	"다양": true, "다양한": true, "여러": true, "모든": true, "쉽게": true, "등": true, "및": true,
	"위": true, "수": true, "있는": true, "없이": true, "클라우드": true, "리소스": true,
	// Function words the particle stripping leaves whole.
	"싶을": true, "싶어": true, "등을": true, "등의": true, "있다": true, "위한": true, "같은": true,
	"있게": true, "쓰는": true, "또는": true, "때": true,
}

// tokens returns the distinct content words of s: Latin words lower-cased,
// Hangul words without a trailing particle, stop words and one-letter words
// left out.
func tokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(textnorm.Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if hasHangul(w) {
			for _, p := range particles {
				if strings.HasSuffix(w, p) && runeLen(w)-runeLen(p) >= 2 {
					w = strings.TrimSuffix(w, p)
					break
				}
			}
		}
		if runeLen(w) < 2 || stopwords[w] {
			continue
		}
		dup := false
		for _, o := range out {
			if o == w {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, w)
		}
	}
	return out
}

// cleanLine tidies a note line for a question: arrows, check marks and a
// "요약:" label at the start dropped, spaces collapsed.
func cleanLine(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimLeft(s, "→✅⇒️- \t")
		t = strings.TrimPrefix(t, "요약:")
		t = strings.TrimSpace(t)
		if t == s {
			break
		}
		s = t
	}
	return strings.Join(strings.Fields(s), " ")
}

// joinAnd joins names the Korean way: "A와 B", "A, B, C".
func joinAnd(names []string, readings []string) string {
	if len(names) == 2 {
		return andParticle(names[0], readings[0]) + " " + names[1]
	}
	return strings.Join(names, ", ")
}
