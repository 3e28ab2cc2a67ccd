package quiz

import (
	"slices"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"

	"strings"
	"unicode"
	"unicode/utf8"
)

// nameIndex finds which entries a text names in one pass over the text:
// every folded name is filed under its first two characters, so a text of
// n characters costs n map lookups and a few prefix checks, whatever the
// size of the catalog. (Checking every entry's names against every text
// made the index grow with the square of the notes.)
type nameIndex struct {
	byPrefix map[string][]nameRef
}

type nameRef struct {
	name  string // folded
	owner *entry
}

// prefix2 returns the first two characters of s (the whole of a shorter s).
func prefix2(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	if a >= len(s) {
		return s
	}
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}

func (ni *nameIndex) add(name string, e *entry) {
	if ni.byPrefix == nil {
		ni.byPrefix = map[string][]nameRef{}
	}
	p := prefix2(name)
	ni.byPrefix[p] = append(ni.byPrefix[p], nameRef{name, e})
}

// each calls f for every entry a name of which folded text contains (with
// containsName's rule for Latin names), once per occurrence; f returns
// false to stop.
func (ni *nameIndex) each(text string, f func(e *entry) bool) {
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for _, ref := range ni.byPrefix[prefix2(text[i:])] {
			if strings.HasPrefix(text[i:], ref.name) && boundaryOK(text, i, i+len(ref.name), ref.name) {
				if !f(ref.owner) {
					return
				}
			}
		}
		i += size
	}
}

// boundaryOK applies containsName's rule to a match at text[start:end].
func boundaryOK(text string, start, end int, name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	if isASCIIAlnum(first) && start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:start])
		if isASCIIAlnum(r) {
			return false
		}
	}
	if isASCIIAlnum(last) && end < len(text) {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if isASCIIAlnum(r) {
			return false
		}
	}
	return true
}

// glossary gives the Korean words a learner would read as a translation
// of a word of an English service name: a stem that says "방화벽" points
// to WAF and Network Firewall as surely as their names would. These are
// words of names, not facts about services; a stem holding one for the key
// and for no other option gives the answer away.
var glossary = map[string][]string{
	"firewall": {"방화벽"}, "waf": {"방화벽"}, "pipeline": {"파이프라인"}, "report": {"보고서", "리포트"},
	"usage": {"사용량"}, "queue": {"대기열", "큐"}, "notification": {"알림"}, "calculator": {"계산기", "계산"},
	"budgets": {"예산"}, "budget": {"예산"}, "explorer": {"탐색기"}, "translate": {"번역"},
	"transcribe": {"받아쓰기", "전사", "받아 적"}, "certificate": {"인증서"}, "directory": {"디렉터리"},
	"organizations": {"조직"}, "backup": {"백업"}, "marketplace": {"마켓플레이스"}, "inspector": {"검사"},
	"advisor": {"조언"}, "secrets": {"암호"}, "identity": {"자격 증명"}, "migration": {"마이그레이션", "옮기"},
	"recovery": {"복구"}, "disaster": {"재해"}, "workspaces": {"작업 공간"}, "email": {"이메일"},
	"gateway": {"게이트웨이"}, "shield": {"방패"}, "detective": {"탐정"}, "health": {"상태"},
	"dashboard": {"대시보드"}, "billing": {"청구", "결제"}, "artifact": {"아티팩트"},
	"deploy": {"배포"}, "build": {"빌드"}, "commit": {"커밋"}, "streaming": {"스트리밍"},
	"search": {"검색"}, "kafka": {"카프카"}, "kubernetes": {"쿠버네티스"}, "container": {"컨테이너"},
	"registry": {"레지스트리"}, "forecast": {"예측"}, "personalize": {"개인화"}, "textract": {"텍스트 추출"},
	"comprehend": {"자연어"}, "rekognition": {"이미지 인식"}, "polly": {"음성 합성"},
	"cache": {"캐시", "캐싱"}, "image": {"이미지"}, "pricing": {"요금"}, "trail": {"추적"},
	"charges": {"요금"}, "database": {"데이터베이스"}, "architects": {"아키텍처"}, "architect": {"아키텍처"},
	"general": {"일반"}, "purpose": {"범용"}, "exchange": {"거래", "교환"}, "wizard": {"마법사", "안내"}, "architected": {"아키텍처"},
}

// latinWords splits s into its Latin words, lower-cased, also splitting
// camel case ("ActiveMQ" gives "activemq", "active", "mq").
func latinWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !(isASCIIAlnum(r)) }) {
		out = append(out, strings.ToLower(w))
		// camel-case parts
		start := 0
		for i := 1; i < len(w); i++ {
			prevLower := w[i-1] >= 'a' && w[i-1] <= 'z'
			if prevLower && w[i] >= 'A' && w[i] <= 'Z' {
				out = append(out, strings.ToLower(w[start:i]))
				start = i
			}
		}
		if start > 0 {
			out = append(out, strings.ToLower(w[start:]))
		}
	}
	return out
}

// genericName words are parts of names that say nothing about which
// service it is.
var genericName = map[string]bool{
	"aws": true, "amazon": true, "service": true, "services": true, "for": true, "the": true, "and": true,
	"of": true, "on": true, "with": true, "to": true, "in": true, "a": true, "an": true, "ai": true,
	"cloud": true, "simple": true, "elastic": true, "managed": true, "data": true, "web": true,
	"manager": true, "center": true, "hub": true, "console": true, "tool": true, "compute": true,
	"storage": true, "instance": true, "instances": true, "support": true, "plan": true,
	"security": true, "access": true, "system": true, "network": true, "model": true,
	// The framework's name, not a pillar's.
	"well": true, "architected": true, "framework": true,
}

// genericHangul are Korean words too general to give a name away: a stem
// about costs says "비용" whichever tool answers it.
var genericHangul = map[string]bool{
	"클라우드": true, "서비스": true, "관리": true, "데이터": true, "보안": true, "비용": true, "아마존": true,
	"에이더블유에스": true, "웹": true, "시스템": true, "네트워크": true, "스토리지": true, "인스턴스": true,
	"컴퓨팅": true, "엘라스틱": true, "심플": true, "매니저": true, "센터": true, "허브": true, "지원": true,
	"플랜": true, "모델": true, "액세스": true, "사용": true, "관리형": true,
}

// giveaway returns a word of text that points to e by name: one of its
// names (see entry.mentions), a Latin word of one of its names, or the
// Korean gloss of such a word. Generic words do not count, nor a word that
// points as well to one of others (the other options): "Glacier" in a stem
// whose options are all Glacier storage classes tells them apart no more
// than the rest of the stem does.
func (e *entry) giveaway(text string, others []*entry) (string, bool) {
	return e.giveawayFolded(text, fold(text), others)
}

// giveawayFolded is giveaway of text already folded as f.
func (e *entry) giveawayFolded(text, f string, others []*entry) (string, bool) {
	if e.mentions(f) {
		return "name", true
	}
	d := e.d()
	// Most stems hold none of the key's words: look for them first, and
	// only then work out whether another option shares the word.
	var hits []string
	var glossHit bool
	if len(d.nameWords) > 0 {
		words := latinWords(text)
		for _, w := range d.nameWords {
			if len(w) >= 2 && slices.Contains(words, w) {
				hits = append(hits, w)
			}
			for _, g := range glossary[w] {
				if strings.Contains(f, g) {
					hits = append(hits, g)
					glossHit = true
				}
			}
		}
	}
	for _, g := range d.glosses {
		if strings.Contains(f, g) || runeLen(g) >= 3 && containsPart(f, g) {
			glossHit = true
			break
		}
	}
	if len(hits) == 0 && !glossHit {
		return "", false
	}
	// A word points to the key unless another option shows it too: in its
	// displayed name or the way that name is read (코드빌드 for
	// CodeBuild), or through the Korean gloss of a Latin word of that
	// name. What an option does not show (its aliases) does not count: a
	// learner sees "전용 호스트", not the aliases behind it.
	shared := func(w string, gloss bool) bool {
		for _, o := range others {
			if o == e {
				continue
			}
			if strings.Contains(fold(o.name), w) || strings.Contains(fold(o.s.Reading), w) {
				return true
			}
			for _, ow := range latinWords(o.name) {
				if ow == w || gloss && slices.Contains(glossary[ow], w) {
					return true
				}
			}
		}
		return false
	}
	for _, w := range hits {
		if !shared(w, !isASCIIWord(w)) {
			return w, true
		}
	}
	if glossHit {
		for _, g := range d.glosses {
			for _, h := range hangulWords(f) {
				// The gloss itself, a part of it (파이프라인 of
				// 코드파이프라인), or it with an ending (저장소에서).
				if (h == g || runeLen(h) >= 3 && strings.Contains(g, h) || runeLen(g) >= 2 && strings.HasPrefix(h, g)) && !shared(g, true) {
					return h, true
				}
			}
		}
	}
	return "", false
}

// containsPart reports whether folded text holds a word of three or more
// Hangul characters that is part of gloss (the "파이프라인" of
// "코드파이프라인"): a cheap test before hangulWords.
func containsPart(f, gloss string) bool {
	rs := []rune(gloss)
	for i := 0; i+3 <= len(rs); i++ {
		if strings.Contains(f, string(rs[i:i+3])) {
			return true
		}
	}
	return false
}

// isASCIIWord reports whether w is all ASCII.
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// hangulWords returns the Hangul words of folded text without a trailing
// particle, generic words left out.
func hangulWords(f string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return !(r >= 0xAC00 && r <= 0xD7A3) }) {
		w = stripParticle(w)
		if runeLen(w) >= 2 && !genericHangul[w] {
			out = append(out, w)
		}
	}
	return out
}

// nameParts works out an entry's name words and glosses from its names:
// the Latin words of every name that are not generic, and the Hangul words
// of its reading and Korean aliases.
func nameParts(s awsnotes.Service) (nameWords, glosses []string) {
	seen := map[string]bool{}
	for _, n := range s.Names() {
		if n == s.Reading || hasHangul(n) {
			for _, w := range strings.FieldsFunc(fold(n), func(r rune) bool { return !(r >= 0xAC00 && r <= 0xD7A3) }) {
				if runeLen(w) >= 2 && !genericHangul[w] && !seen["h"+w] {
					seen["h"+w] = true
					glosses = append(glosses, w)
				}
			}
			continue
		}
		for _, w := range latinWords(n) {
			if !genericName[w] && !seen[w] && !isDigits(w) {
				seen[w] = true
				nameWords = append(nameWords, w)
			}
		}
	}
	return nameWords, glosses
}

func isDigits(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
