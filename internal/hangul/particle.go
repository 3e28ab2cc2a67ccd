package hangul

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// after says which words a particle may follow.
type after uint8

const (
	anyWord         after = iota // 에, 의, 도, 까지, ...
	batchim                      // 은, 을, 이, 과: after a final consonant
	batchimNotRieul              // 으로: after a final consonant other than ㄹ
	open                         // 는, 를, 가, 와: after a syllable without one
	openOrRieul                  // 로, 로서: without a final, or after ㄹ
)

// particles are the endings StripParticle removes, longest first so that
// "에서는" goes before "는".
var particles = []struct {
	text  string
	after after
}{
	{"으로부터", batchimNotRieul}, {"에서부터", anyWord},
	{"로부터", openOrRieul}, {"에서는", anyWord}, {"에서도", anyWord}, {"에서의", anyWord},
	{"으로는", batchimNotRieul}, {"으로서", batchimNotRieul}, {"으로써", batchimNotRieul}, {"으로도", batchimNotRieul},
	{"이라는", batchim}, {"이라고", batchim}, {"입니다", anyWord}, {"이에요", batchim},
	{"에게서", anyWord},
	{"으로", batchimNotRieul}, {"로는", openOrRieul}, {"로서", openOrRieul}, {"로써", openOrRieul}, {"로도", openOrRieul},
	{"에서", anyWord}, {"에게", anyWord}, {"에는", anyWord}, {"에도", anyWord}, {"에의", anyWord},
	{"까지", anyWord}, {"부터", anyWord}, {"처럼", anyWord}, {"보다", anyWord}, {"마다", anyWord},
	{"하고", anyWord}, {"이나", batchim}, {"이랑", batchim}, {"이란", batchim}, {"이라", batchim},
	{"이고", batchim}, {"이며", batchim}, {"이다", batchim}, {"과는", batchim}, {"와는", open},
	{"과의", batchim}, {"와의", open}, {"라는", open}, {"라고", open}, {"예요", open},
	{"은", batchim}, {"는", open}, {"이", batchim}, {"가", open}, {"을", batchim}, {"를", open},
	{"과", batchim}, {"와", open}, {"로", openOrRieul}, {"랑", open}, {"란", open},
	{"에", anyWord}, {"의", anyWord}, {"도", anyWord}, {"만", anyWord},
}

// StripParticle removes one particle (josa) from the end of a word, when
// what is left before it is a word the particle may follow: "엔진을" gives
// "엔진", "무엇을" gives "무엇", "서버가" gives "서버", "CloudTrail은" gives
// "CloudTrail", "EC2는" gives "EC2" and "53은" gives "53". After a Hangul
// syllable the choice between 은/는, 이/가, 을/를, 과/와 and 으로/로 must agree
// with its final consonant, so "사이" and "아이" are left alone; after a Latin
// letter or a digit either form is accepted, since how it is read is not
// known. At least one character is always left, and a word is returned
// unchanged when no particle applies. Words are compared as NFC.
func StripParticle(word string) string {
	for _, p := range particles {
		if len(word) <= len(p.text) || !strings.HasSuffix(word, p.text) {
			continue
		}
		stem := word[:len(word)-len(p.text)]
		last, _ := utf8.DecodeLastRuneInString(stem)
		if !follows(last, p.after) {
			continue
		}
		return stem
	}
	return word
}

// follows reports whether a particle of kind a may come after the rune r.
func follows(r rune, a after) bool {
	if !IsSyllable(r) {
		// Latin letters and digits: "EC2는", "Route 53은". Anything else
		// (punctuation, a lone jamo) does not take a particle.
		return r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') ||
			r > utf8.RuneSelf && isLetterOrDigit(r)
	}
	switch a {
	case batchim:
		return HasBatchim(r)
	case batchimNotRieul:
		return HasBatchim(r) && Final(r) != 'ㄹ'
	case open:
		return !HasBatchim(r)
	case openOrRieul:
		return !HasBatchim(r) || Final(r) == 'ㄹ'
	}
	return true
}

func isLetterOrDigit(r rune) bool {
	return !IsHangul(r) && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// ParticleStems appends to dst every word that StripParticle could have
// left of word, one for each particle word may end with, the longest
// particle first, without repeats. Particles overlap, so one word can end
// in several: "인프라는" is "인프" + "라는" or "인프라" + "는"; "모의" is a name
// or "모" + "의". StripParticle picks the first; a search tries them all.
// Nothing is appended when word takes no particle.
func ParticleStems(word string, dst []string) []string {
	n := len(dst)
	for _, p := range particles {
		if len(word) <= len(p.text) || !strings.HasSuffix(word, p.text) {
			continue
		}
		stem := word[:len(word)-len(p.text)]
		last, _ := utf8.DecodeLastRuneInString(stem)
		if follows(last, p.after) && !slices.Contains(dst[n:], stem) {
			dst = append(dst, stem)
		}
	}
	return dst
}

// IsParticle reports whether word is one of the particles StripParticle
// removes, standing alone: "EC2 는" typed with a space before the particle.
func IsParticle(word string) bool {
	for _, p := range particles {
		if p.text == word {
			return true
		}
	}
	return false
}
