package quiz

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/internal/josa"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// fold makes text comparable: NFC, width and case folded, spaces collapsed.
// Text of ASCII, Hangul syllables and common punctuation (nearly all the
// notes) takes a fast path: of those only ASCII capitals change.
func fold(s string) string {
	if !plain(s) {
		s = textnorm.Fold(s)
	} else if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// folded reports whether plain text s is folded already: no capitals, no
// space at either end, no space beside another, only ' ' for spaces.
func folded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	// Unicode spaces beyond ASCII (U+2000–U+200A, U+2028, U+2029, U+205F)
	// are in plain's ranges.
	return !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 && unicode.IsSpace(r) })
}

// plain reports whether s holds only ASCII, Hangul syllables, the middle
// dot, general punctuation and arrows: characters that NFC, width folding
// and case folding leave alone, ASCII capitals aside.
func plain(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80, r >= 0xAC00 && r <= 0xD7A3, r == 0xB7,
			r >= 0x2010 && r <= 0x205E, r >= 0x2190 && r <= 0x21FF:
		default:
			return false
		}
	}
	return true
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

// particleSet holds particles, for stripParticle.
var particleSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range particles {
		m[p] = true
	}
	return m
}()

// stripParticle drops the longest particle w ends in, when two characters
// or more stay: the first of particles that matches, found by suffix length
// (particles lists the longest first) instead of trying each.
func stripParticle(w string) string {
	n := runeLen(w)
	for k := 3; k >= 1; k-- {
		if n-k < 2 {
			continue
		}
		i := len(w)
		for j := 0; j < k; j++ {
			_, size := utf8.DecodeLastRuneInString(w[:i])
			i -= size
		}
		if particleSet[w[i:]] {
			return w[:i]
		}
	}
	return w
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
func tokens(s string) []string { return foldedTokens(fold(s)) }

// foldedTokens is tokens of text already folded.
func foldedTokens(f string) []string {
	var out []string
	start := -1
	flush := func(end int) {
		w := f[start:end]
		start = -1
		if hasHangul(w) {
			w = stripParticle(w)
		}
		if len(w) < 2 || runeLen(w) < 2 || stopwords[w] || slices.Contains(out, w) {
			return
		}
		out = append(out, w)
	}
	for i, r := range f {
		var letter bool
		switch {
		case r < 0x80:
			letter = r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
		case r >= 0xAC00 && r <= 0xD7A3:
			letter = true
		default:
			letter = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(f))
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

// summaryAspects are the rows of a comparison table that say in one line
// what each column is: their cell is asked as a description.
var summaryAspects = []string{"한마디로", "정체", "무엇인가", "역할", "무엇을 주나"}

// metaAspects are rows about a column rather than what it does (its
// names, its status, what a learner confuses it with, a study tip): a
// question on them tests the table, not the exam's knowledge.
var metaAspects = []string{"현재 제공 여부", "지금 이름", "이름", "다른 이름", "이름 예", "이름 변화", "헷갈리는 상대",
	"전형적인 시험 단서", "지금 새로 옮긴다면", "예", "정리"}

// askableAspect reports whether a comparison question may ask a row: not
// a meta row, nor one dated ("현황(2026년 말)", "2027-01-01 변경").
func askableAspect(aspect string) bool {
	return !slices.Contains(metaAspects, aspect) && !strings.ContainsFunc(aspect, unicode.IsDigit)
}

// comparisonPrompt asks which column has cell in its aspect row; ask is
// "AWS 서비스는" or "것은". A one-line summary, or a row whose aspect is
// itself a question ("데이터를 어떻게 다루나"), is asked as a description
// ("다음 설명에 해당하는 AWS 서비스는 …"); any other row by its aspect
// ("'서버 관리'가 다음과 같은 AWS 서비스는 …").
func comparisonPrompt(aspect, cell, ask string) string {
	if slices.Contains(summaryAspects, aspect) || strings.HasSuffix(aspect, "나") && strings.Contains(aspect, " ") {
		return fmt.Sprintf("다음 설명에 해당하는 %s 무엇입니까?\n\n%s", ask, cell)
	}
	return fmt.Sprintf("'%s'%s 다음과 같은 %s 무엇입니까?\n\n%s", aspect, josa.Subject.After(aspect), ask, cell)
}
