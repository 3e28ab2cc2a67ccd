package josa

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Final is the kind of sound a word ends with when read aloud.
type Final int

// The kinds of final sound.
const (
	// Unknown means the word gives no clue (empty, symbols only).
	Unknown Final = iota
	// Vowel means no final consonant: 서비스, EC2 (이씨투), S3 (에스쓰리).
	Vowel
	// Rieul means the final consonant ㄹ: CloudTrail (트레일), EMR (알).
	// (으)로 treats it like a vowel: "CloudTrail로".
	Rieul
	// Consonant means any other final consonant: 인스턴스 팀, IAM (엠),
	// Route 53 (삼).
	Consonant
)

// String names the final for tests and debugging.
func (f Final) String() string {
	switch f {
	case Vowel:
		return "vowel"
	case Rieul:
		return "rieul"
	case Consonant:
		return "consonant"
	}
	return "unknown"
}

// Particle is a pair of particle forms: one after a final consonant, one
// after a vowel. The zero value attaches nothing.
type Particle struct {
	consonant string // after a final consonant: 은
	vowel     string // after a vowel: 는
	// rieulVowel makes a final ㄹ take the vowel form, as (으)로 does.
	rieulVowel bool
}

// The particles, named by what they do.
var (
	Topic   = Particle{consonant: "은", vowel: "는"}                    // 은/는
	Subject = Particle{consonant: "이", vowel: "가"}                    // 이/가
	Object  = Particle{consonant: "을", vowel: "를"}                    // 을/를
	And     = Particle{consonant: "과", vowel: "와"}                    // 와/과
	Toward  = Particle{consonant: "으로", vowel: "로", rieulVowel: true} // (으)로
	Copula  = Particle{consonant: "이다", vowel: "다"}                   // 이다/다
	// Quote is the quoting copula of "…(이)라는 뜻": 이라는/라는.
	Quote = Particle{consonant: "이라는", vowel: "라는"}
	// Or is 이나/나: "EC2나 Lambda".
	Or = Particle{consonant: "이나", vowel: "나"}
)

// New returns a particle with the given forms after a consonant and after a
// vowel; rieulVowel makes a final ㄹ take the vowel form, as (으)로 does.
func New(afterConsonant, afterVowel string, rieulVowel bool) Particle {
	return Particle{consonant: afterConsonant, vowel: afterVowel, rieulVowel: rieulVowel}
}

// Forms returns the form after a consonant and the form after a vowel:
// ("은", "는").
func (p Particle) Forms() (afterConsonant, afterVowel string) { return p.consonant, p.vowel }

// Both returns the form a writer uses when the sound is unknown, the
// consonant form's extra part in parentheses: "은(는)", "(이)가", "을(를)",
// "과(와)", "(으)로", "(이)다".
func (p Particle) Both() string {
	c, v := p.consonant, p.vowel
	switch {
	case c == "" && v == "":
		return ""
	case c == "이" && v != "":
		return "(이)" + v // (이)가
	case len(c) > len(v) && strings.HasSuffix(c, v):
		return "(" + strings.TrimSuffix(c, v) + ")" + v // (으)로, (이)다
	}
	return c + "(" + v + ")" // 은(는), 을(를), 과(와)
}

// For returns the form of p that follows a word ending in final.
func (p Particle) For(final Final) string {
	switch final {
	case Vowel:
		return p.vowel
	case Rieul:
		if p.rieulVowel {
			return p.vowel
		}
		return p.consonant
	case Consonant:
		return p.consonant
	}
	return p.Both()
}

// After returns the form of p that follows word: Topic.After("EC2") is "는".
func (p Particle) After(word string) string { return p.For(FinalOf(word)) }

// Attach returns word followed by the right form of p: Topic.Attach("IAM")
// is "IAM은".
func (p Particle) Attach(word string) string { return word + p.After(word) }

// AttachReading returns word followed by the form of p that suits reading,
// how word is read aloud ("라우트 53" for "Route 53"). An empty reading, or
// one that gives no clue, falls back to word itself.
func (p Particle) AttachReading(word, reading string) string {
	f := FinalOf(reading)
	if f == Unknown {
		f = FinalOf(word)
	}
	return word + p.For(f)
}

// FinalOf returns the sound word ends with when a Korean reads it aloud.
// Trailing spaces, punctuation and a final parenthesised aside are ignored.
func FinalOf(word string) Final {
	word = trimTail(word)
	if word == "" {
		return Unknown
	}
	r, _ := utf8.DecodeLastRuneInString(word)
	switch {
	case isSyllable(r):
		switch (r - 0xAC00) % 28 {
		case 0:
			return Vowel
		case 8: // ㄹ
			return Rieul
		}
		return Consonant
	case r >= 0x3131 && r <= 0x314E: // a consonant letter alone: ㄱ (기역), ㄹ (리을)
		if r == 'ㄹ' {
			return Rieul
		}
		return Consonant
	case r >= 0x314F && r <= 0x3163: // a vowel letter alone: ㅏ
		return Vowel
	// Decomposed Hangul (NFD, as macOS file names and some input methods
	// give it): a syllable ends in a conjoining vowel or final consonant.
	case r >= 0x1161 && r <= 0x1175: // medial vowel: 다 as ᄃ+ᅡ
		return Vowel
	case r >= 0x11A8 && r <= 0x11C2: // final consonant: 팀 as ᄐ+ᅵ+ᆷ
		if r == 0x11AF { // ᆯ
			return Rieul
		}
		return Consonant
	case isDigit(r):
		return digitsFinal(word)
	case isLatin(r):
		return latinFinal(word)
	case r == '%', r == '+', r == '&':
		return Vowel // 퍼센트, 플러스, 앤드
	case r == '#':
		return Consonant // 샵: C#
	}
	return Unknown
}

// trimTail drops what is not read at the end of word: spaces, punctuation,
// quotes, and a closing parenthesised aside ("AWS(Amazon Web Services)"),
// however deeply nested: "목록(EC2(컴퓨팅))" is read as 목록.
func trimTail(word string) string {
	for {
		word = strings.TrimRightFunc(word, func(r rune) bool {
			// Emoji and other pictographs are not read either ("람다 🚀"),
			// nor the joiners and variation selectors that shape them.
			return unicode.IsSpace(r) || strings.ContainsRune(".,!?;:'\"`’”»」』~…·-_/*\u200d\ufe0f", r) ||
				unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r)
		})
		if word == "" {
			return ""
		}
		r, size := utf8.DecodeLastRuneInString(word)
		if openerOf(r) == 0 {
			return word
		}
		i := matchingOpen(word[:len(word)-size], r)
		switch {
		case i > 0:
			word = word[:i] // the aside and all it nests
		case i == 0:
			// "(AWS)" alone: read what is inside.
			_, open := utf8.DecodeRuneInString(word)
			word = word[open : len(word)-size]
		default:
			// An unbalanced closing bracket: drop it alone.
			word = word[:len(word)-size]
		}
	}
}

// openerOf returns the opening bracket that the closing bracket r pairs
// with, or 0 if r closes nothing.
func openerOf(r rune) rune {
	switch r {
	case ')':
		return '('
	case ']':
		return '['
	case '}':
		return '{'
	case '）':
		return '（'
	case '］':
		return '［'
	}
	return 0
}

// matchingOpen returns the byte offset in s of the bracket that opens the
// closing bracket that followed s, counting nested pairs of the same kind,
// or -1 when there is none.
func matchingOpen(s string, closing rune) int {
	opening := openerOf(closing)
	depth := 0
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case closing:
			depth++
		case opening:
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// isSyllable, isDigit and isLatin classify a character: a Hangul
// syllable, a digit (ASCII or full width), a Latin letter (ASCII or full
// width).
func isSyllable(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
func isDigit(r rune) bool    { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }
func isLatin(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ'
}

// ascii folds full-width Latin letters and digits to ASCII.
func ascii(r rune) rune {
	switch {
	case r >= 'ａ' && r <= 'ｚ':
		return r - 'ａ' + 'a'
	case r >= 'Ａ' && r <= 'Ｚ':
		return r - 'Ａ' + 'A'
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	}
	return r
}
