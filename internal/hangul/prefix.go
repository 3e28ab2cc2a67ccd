package hangul

import "unicode/utf8"

// HasPrefix reports whether s begins with prefix when both are spelled out
// in jamo, so that a last syllable typed only half-way still matches, as a
// Korean keyboard shows it mid-word: "클라우ㄷ" and "클라욷" (the ㄷ sits as a
// final until the next vowel comes) are prefixes of "클라우드", and
// "클라우드포메이셔" of "클라우드포메이션". It allocates nothing.
func HasPrefix(s, prefix string) bool {
	var sBuf, pBuf [6]rune
	sj, pj := sBuf[:0], pBuf[:0]
	si, pi := 0, 0
	for {
		if len(pj) == 0 {
			if pi >= len(prefix) {
				return true
			}
			r, n := utf8.DecodeRuneInString(prefix[pi:])
			pi += n
			pj = AppendJamo(pBuf[:0], r)
			continue
		}
		if len(sj) == 0 {
			if si >= len(s) {
				return false
			}
			r, n := utf8.DecodeRuneInString(s[si:])
			si += n
			sj = AppendJamo(sBuf[:0], r)
			continue
		}
		if sj[0] != pj[0] {
			return false
		}
		sj, pj = sj[1:], pj[1:]
	}
}
