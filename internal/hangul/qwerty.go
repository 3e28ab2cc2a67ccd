package hangul

import "unicode/utf8"

// keys maps a QWERTY letter to the jamo the dubeolsik layout puts on it:
// lower case for the plain key, upper case for the five shifted consonants
// (Q W E R T → ㅃ ㅉ ㄸ ㄲ ㅆ) and two shifted vowels (O P → ㅒ ㅖ).
var keys [128]rune

// letters is the reverse of keys, from a compatibility jamo to its key.
var letters = map[rune]byte{}

func init() {
	const plain = "qㅂwㅈeㄷrㄱtㅅyㅛuㅕiㅑoㅐpㅔaㅁsㄴdㅇfㄹgㅎhㅗjㅓkㅏlㅣzㅋxㅌcㅊvㅍbㅠnㅜmㅡ"
	const shifted = "QㅃWㅉEㄸRㄲTㅆOㅒPㅖ"
	for _, table := range []string{plain, shifted} {
		r := []rune(table)
		for i := 0; i < len(r); i += 2 {
			keys[r[i]] = r[i+1]
			letters[r[i+1]] = byte(r[i])
		}
	}
	// Caps Lock: an upper-case letter whose key has no shifted jamo types
	// the same jamo as the lower-case one.
	for c := 'A'; c <= 'Z'; c++ {
		if keys[c] == 0 {
			keys[c] = keys[c+'a'-'A']
		}
	}
}

// QwertyToJamo returns the jamo that the QWERTY letter c types on a
// dubeolsik keyboard, and false when c is not a letter. Upper-case letters
// give the shifted jamo where the key has one (R → ㄲ, P → ㅖ) and the
// plain jamo otherwise (K → ㅏ), so text typed with Caps Lock on converts.
func QwertyToJamo(c rune) (rune, bool) {
	if c < 0 || c >= utf8.RuneSelf || keys[c] == 0 {
		return 0, false
	}
	return keys[c], true
}

// QwertyToHangul converts text typed on a QWERTY keyboard while the input
// method was meant to be in Korean (dubeolsik) mode into the Hangul it would
// have produced, as es-hangul's convertQwertyToHangul does: "fkaek" gives
// "람다", "dkssud" gives "안녕", "RㅏㄱEㅜrl" gives "깍뚜기". Upper-case letters
// are shifted keys where the layout has one (Q W E R T O P) and plain keys
// otherwise, so "ABC" gives "뮻" as "abc" does. Hangul already in s joins
// in; other characters are kept.
func QwertyToHangul(s string) string { return assemble(s, QwertyToJamo) }

// HangulToQwerty returns the keys that type s on a dubeolsik keyboard:
// "람다" gives "fkaek", "깍뚜기" gives "RkrEnrl". Characters that are not
// Hangul are kept.
func HangulToQwerty(s string) string {
	out := make([]byte, 0, len(s))
	var tmp [6]rune
	for _, r := range s {
		if !IsHangul(r) {
			out = utf8.AppendRune(out, r)
			continue
		}
		for _, j := range AppendJamo(tmp[:0], r) {
			if c, ok := letters[j]; ok {
				out = append(out, c)
			} else {
				out = utf8.AppendRune(out, j)
			}
		}
	}
	return string(out)
}
