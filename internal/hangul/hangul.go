package hangul

import (
	"strings"
	"unicode"
)

// Syllable arithmetic (Unicode 3.12): syllable = SBase + (L×21 + V)×28 + T.
const (
	sBase  = 0xAC00
	sLast  = 0xD7A3
	lCount = 19
	vCount = 21
	tCount = 28 // including "no final"
	nCount = vCount * tCount
)

// Compatibility jamo, in the order the syllable arithmetic indexes them.
var (
	initials = [lCount]rune([]rune("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"))
	medials  = [vCount]rune([]rune("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"))
	finals   = [tCount]rune([]rune("\x00ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"))
)

const (
	jamoFirst      = 0x3131 // ㄱ
	consonantLast  = 0x314E // ㅎ
	vowelFirst     = 0x314F // ㅏ
	jamoLast       = 0x3163 // ㅣ
	conjLFirst     = 0x1100 // conjoining choseong ᄀ
	conjLLast      = 0x1112
	conjVFirst     = 0x1161 // conjoining jungseong ᅡ
	conjVLast      = 0x1175
	conjTFirst     = 0x11A8 // conjoining jongseong ᆨ
	conjTLast      = 0x11C2
	compatJamoSpan = jamoLast - jamoFirst + 1
)

// Index tables from a compatibility jamo to its position in initials,
// medials and finals (-1 when it cannot stand there).
var lIndex, vIndex, tIndex [compatJamoSpan]int8

// pairs maps a compound jamo (ㅘ, ㄳ) to the two it is typed as, and back.
var (
	split   = map[rune][2]rune{}
	combine = map[[2]rune]rune{}
)

func init() {
	for i := range lIndex {
		lIndex[i], vIndex[i], tIndex[i] = -1, -1, -1
	}
	for i, r := range initials {
		lIndex[r-jamoFirst] = int8(i)
	}
	for i, r := range medials {
		vIndex[r-jamoFirst] = int8(i)
	}
	for i, r := range finals {
		if r != 0 {
			tIndex[r-jamoFirst] = int8(i)
		}
	}
	for _, p := range []string{
		"ㅘㅗㅏ", "ㅙㅗㅐ", "ㅚㅗㅣ", "ㅝㅜㅓ", "ㅞㅜㅔ", "ㅟㅜㅣ", "ㅢㅡㅣ",
		"ㄳㄱㅅ", "ㄵㄴㅈ", "ㄶㄴㅎ", "ㄺㄹㄱ", "ㄻㄹㅁ", "ㄼㄹㅂ", "ㄽㄹㅅ", "ㄾㄹㅌ", "ㄿㄹㅍ", "ㅀㄹㅎ", "ㅄㅂㅅ",
	} {
		r := []rune(p)
		split[r[0]] = [2]rune{r[1], r[2]}
		combine[[2]rune{r[1], r[2]}] = r[0]
	}
}

// IsSyllable reports whether r is a precomposed Hangul syllable (가–힣).
func IsSyllable(r rune) bool { return r >= sBase && r <= sLast }

// IsJamo reports whether r is a modern Hangul compatibility jamo (ㄱ–ㅣ).
func IsJamo(r rune) bool { return r >= jamoFirst && r <= jamoLast }

// IsConsonant reports whether r is a compatibility consonant (ㄱ–ㅎ,
// including clusters such as ㄳ).
func IsConsonant(r rune) bool { return r >= jamoFirst && r <= consonantLast }

// IsVowel reports whether r is a compatibility vowel (ㅏ–ㅣ).
func IsVowel(r rune) bool { return r >= vowelFirst && r <= jamoLast }

// IsHangul reports whether r is a syllable, a compatibility jamo or a
// conjoining jamo.
func IsHangul(r rune) bool {
	return IsSyllable(r) || IsJamo(r) || r >= conjLFirst && r <= 0x11FF
}

// Decompose splits a syllable into its initial, medial and final jamo
// (compatibility jamo; final is 0 when the syllable has none). ok is false
// when r is not a syllable.
func Decompose(r rune) (initial, medial, final rune, ok bool) {
	if !IsSyllable(r) {
		return 0, 0, 0, false
	}
	s := int(r - sBase)
	return initials[s/nCount], medials[s%nCount/tCount], finals[s%tCount], true
}

// Compose builds the syllable of an initial consonant, a vowel and an
// optional final consonant (0 for none), all compatibility jamo: Compose('ㄹ',
// 'ㅏ', 'ㅁ') is '람'. ok is false when the jamo cannot form a syllable (ㄸ
// as a final, a vowel as the initial, ...).
func Compose(initial, medial, final rune) (rune, bool) {
	if !IsJamo(initial) || !IsJamo(medial) {
		return 0, false
	}
	l, v := lIndex[initial-jamoFirst], vIndex[medial-jamoFirst]
	t := int8(0)
	if final != 0 {
		if !IsJamo(final) {
			return 0, false
		}
		t = tIndex[final-jamoFirst]
	}
	if l < 0 || v < 0 || t < 0 {
		return 0, false
	}
	return sBase + (rune(l)*vCount+rune(v))*tCount + rune(t), true
}

// HasBatchim reports whether r is a syllable with a final consonant.
func HasBatchim(r rune) bool { return IsSyllable(r) && (r-sBase)%tCount != 0 }

// Final returns the final consonant of a syllable, or 0.
func Final(r rune) rune {
	if !IsSyllable(r) {
		return 0
	}
	return finals[(r-sBase)%tCount]
}

// Initial returns the initial consonant of a syllable, a compatibility
// consonant itself, or the compatibility form of a conjoining initial. ok is
// false for anything else.
func Initial(r rune) (rune, bool) {
	switch {
	case IsSyllable(r):
		return initials[(r-sBase)/nCount], true
	case IsConsonant(r):
		return r, true
	case r >= conjLFirst && r <= conjLLast:
		return initials[r-conjLFirst], true
	}
	return 0, false
}

// IsConjoining reports whether r is a modern conjoining jamo (U+1100…): the
// pieces NFD spells a syllable with.
func IsConjoining(r rune) bool {
	return r >= conjLFirst && r <= conjLLast || r >= conjVFirst && r <= conjVLast || r >= conjTFirst && r <= conjTLast
}

// Compat returns the compatibility jamo (ㄱ, ㅏ) of a modern conjoining jamo,
// and any other rune unchanged: NFD text cut in the middle of a syllable
// ("클라우" + U+1103) reads like the same text typed half-way ("클라우ㄷ").
func Compat(r rune) rune { return compat(r) }

// compat maps a conjoining jamo (U+1100…) to its compatibility jamo, and
// returns any other rune unchanged.
func compat(r rune) rune {
	switch {
	case r >= conjLFirst && r <= conjLLast:
		return initials[r-conjLFirst]
	case r >= conjVFirst && r <= conjVLast:
		return medials[r-conjVFirst]
	case r >= conjTFirst && r <= conjTLast:
		return finals[r-conjTFirst+1]
	}
	return r
}

// appendSplit appends a compatibility jamo, split into the keys that type
// it when it is a compound (ㅘ → ㅗㅏ, ㄳ → ㄱㅅ).
func appendSplit(dst []rune, j rune) []rune {
	if p, ok := split[j]; ok {
		return append(dst, p[0], p[1])
	}
	return append(dst, j)
}

// AppendJamo appends the jamo of r to dst, as Disassemble would, and
// returns the extended slice. A rune that is not Hangul is appended as is.
func AppendJamo(dst []rune, r rune) []rune {
	if l, v, t, ok := Decompose(r); ok {
		dst = append(dst, l)
		dst = appendSplit(dst, v)
		if t != 0 {
			dst = appendSplit(dst, t)
		}
		return dst
	}
	return appendSplit(dst, compat(r))
}

// Disassemble spells s out in the jamo it is typed with, as es-hangul's
// disassemble does: "값" is "ㄱㅏㅂㅅ", "사과" is "ㅅㅏㄱㅗㅏ", "ㅘ" is "ㅗㅏ".
// Double consonants (ㄲ, ㅆ) have a key of their own and stay whole.
// Conjoining jamo (NFD) come out as compatibility jamo; anything else is
// kept as is, and invalid UTF-8 becomes U+FFFD.
func Disassemble(s string) string {
	buf := make([]rune, 0, len(s))
	for _, r := range s {
		buf = AppendJamo(buf, r)
	}
	return string(buf)
}

// Choseong returns the initial consonants of s, as es-hangul's getChoseong
// does: "사과" gives "ㅅㄱ" and "띄어 쓰기" gives "ㄸㅇ ㅆㄱ". Compatibility
// consonants and white space are kept; everything else is dropped.
func Choseong(s string) string {
	var b strings.Builder
	for _, r := range s {
		if c, ok := Initial(r); ok {
			b.WriteRune(c)
		} else if unicode.IsSpace(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// IsChoseongOnly reports whether s holds at least one compatibility
// consonant and nothing else but white space: a query such as "ㅋㄹㅇㄷ".
func IsChoseongOnly(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case IsConsonant(r):
			n++
		case unicode.IsSpace(r):
		default:
			return false
		}
	}
	return n > 0
}

// Assemble composes runs of jamo in s into syllables the way a dubeolsik
// keyboard would as they are typed, as es-hangul's assemble does: "ㅍㅡㄹㅗㄴㅌㅡ"
// gives "프론트", "ㄱㅏㅂㅅ" gives "값". Syllables already in s are taken apart
// first, so "vm론트"-style mixes join up; anything that is not Hangul is kept
// and ends the syllable being built.
func Assemble(s string) string { return assemble(s, nil) }

// assemble runs s through the input automaton. keyJamo, when not nil, maps
// a key (a QWERTY letter) to the jamo it types; Hangul in s is taken apart
// and typed again, anything else ends the syllable being built.
func assemble(s string, keyJamo func(rune) (rune, bool)) string {
	var a assembler
	a.out = make([]rune, 0, len(s))
	for _, r := range s {
		if keyJamo != nil {
			if j, ok := keyJamo(r); ok {
				a.push(j)
				continue
			}
		}
		if IsHangul(r) {
			var tmp [6]rune
			for _, j := range AppendJamo(tmp[:0], r) {
				a.push(j)
			}
			continue
		}
		a.flush()
		a.out = append(a.out, r)
	}
	a.flush()
	return string(a.out)
}

// assembler is the dubeolsik input automaton: l, v and t are the jamo of
// the syllable being typed (0 when not yet typed).
type assembler struct {
	out     []rune
	l, v, t rune
}

func (a *assembler) flush() {
	switch {
	case a.l != 0 && a.v != 0:
		s, _ := Compose(a.l, a.v, a.t)
		a.out = append(a.out, s)
	case a.l != 0:
		a.out = append(a.out, a.l)
	case a.v != 0:
		a.out = append(a.out, a.v)
	}
	a.l, a.v, a.t = 0, 0, 0
}

func canStart(j rune) bool { return IsConsonant(j) && lIndex[j-jamoFirst] >= 0 }
func canEnd(j rune) bool   { return IsConsonant(j) && tIndex[j-jamoFirst] >= 0 }

func (a *assembler) push(j rune) {
	if IsVowel(j) {
		switch {
		case a.l != 0 && a.v == 0: // ㄱ + ㅏ
			a.v = j
		case a.v != 0 && a.t == 0: // 고 + ㅏ → 과, or a new vowel
			if c, ok := combine[[2]rune{a.v, j}]; ok {
				a.v = c
				return
			}
			a.flush()
			a.v = j
		case a.t != 0: // 각 + ㅏ → 가가; 갃 + ㅏ → 각사
			t := a.t
			var next rune
			if p, ok := split[t]; ok {
				a.t, next = p[0], p[1]
			} else {
				a.t, next = 0, t
			}
			a.flush()
			if canStart(next) {
				a.l, a.v = next, j
			} else {
				a.out = append(a.out, next)
				a.v = j
			}
		default:
			a.flush()
			a.v = j
		}
		return
	}
	// A consonant.
	switch {
	case a.l != 0 && a.v != 0 && a.t == 0 && canEnd(j): // 가 + ㄱ → 각
		a.t = j
	case a.t != 0: // 각 + ㅅ → 갃
		if c, ok := combine[[2]rune{a.t, j}]; ok {
			a.t = c
			return
		}
		a.flush()
		a.l = j
	default:
		a.flush()
		if canStart(j) {
			a.l = j
		} else {
			a.out = append(a.out, j) // a lone cluster such as ㄳ
		}
	}
}
