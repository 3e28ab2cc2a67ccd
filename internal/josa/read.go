package josa

import (
	"strings"
)

// digitsFinal reads the number word ends with. Digits glued to Latin
// letters are part of a product name and read in English ("S3" 에스쓰리,
// "EC2" 이씨투, "Cloud9" 클라우드나인); other numbers are read in
// Sino-Korean ("Route 53" 라우트 오십삼, "1,000" 천). After a decimal point
// the digits are read one by one ("3.5" 삼 점 오).
func digitsFinal(word string) Final {
	rs := []rune(word)
	end := len(rs)
	start := end
	for start > 0 {
		r := ascii(rs[start-1])
		if r >= '0' && r <= '9' {
			start--
			continue
		}
		// A thousands comma between digits belongs to the number.
		if r == ',' && start >= 2 && start < end && isDigit(rs[start-2]) {
			start--
			continue
		}
		break
	}
	var digits []byte
	for _, r := range rs[start:end] {
		if r = ascii(r); r != ',' {
			digits = append(digits, byte(r))
		}
	}
	english := start > 0 && isLatin(rs[start-1])
	decimal := start >= 2 && rs[start-1] == '.' && isDigit(rs[start-2])
	if decimal {
		// Read digit by digit after the point.
		if english {
			return englishDigit(digits[len(digits)-1])
		}
		return sinoDigit(digits[len(digits)-1])
	}
	if english {
		return englishNumber(digits)
	}
	return sinoNumber(digits)
}

// sinoDigit is the final of one digit read in Sino-Korean: 영 일 이 삼 사 오
// 육 칠 팔 구.
func sinoDigit(d byte) Final {
	switch d {
	case '2', '4', '5', '9':
		return Vowel
	case '1', '7', '8':
		return Rieul
	}
	return Consonant // 영 삼 육
}

// sinoNumber reads a whole number in Sino-Korean: the last non-zero digit,
// or the power of ten the number ends on (십 백 천 만 억 조 경).
func sinoNumber(digits []byte) Final {
	zeros := 0
	for i := len(digits) - 1; i >= 0 && digits[i] == '0'; i-- {
		zeros++
	}
	switch {
	case zeros == len(digits):
		return Consonant // 영
	case zeros == 0:
		return sinoDigit(digits[len(digits)-1])
	case zeros < 4: // 십 백 천
		return Consonant
	case zeros < 8: // 만, 십만, 백만, 천만
		return Consonant
	case zeros < 12: // 억
		return Consonant
	case zeros < 16: // 조
		return Vowel
	}
	return Consonant // 경 and beyond
}

// englishDigit is the final of one digit read in English: 제로 원 투 쓰리 포
// 파이브 식스 세븐 에잇 나인.
func englishDigit(d byte) Final {
	switch d {
	case '1', '7', '8', '9':
		return Consonant
	}
	return Vowel
}

// englishNumber reads a number glued to a product name in English: S3
// (three), Win10 (ten), A100 (hundred).
func englishNumber(digits []byte) Final {
	if len(digits) > 4 {
		// Long model numbers are read digit by digit.
		return englishDigit(digits[len(digits)-1])
	}
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	switch {
	case n == 0:
		return Vowel // zero
	case n%100 >= 10 && n%100 <= 19:
		if n%100 == 12 {
			return Vowel // twelve 트웰브
		}
		return Consonant // ten 텐, eleven 일레븐, -teen 틴
	case n%100 == 0:
		return Vowel // hundred 헌드레드, thousand 사우전드
	case n%10 == 0:
		return Vowel // twenty 트웬티 … ninety
	}
	return englishDigit(byte('0' + n%10))
}

// letterFinal is the final of a Latin letter's Korean name: 에이 비 씨 … 엘
// 엠 엔 … 알 ….
func letterFinal(r rune) Final {
	switch r {
	case 'L', 'l', 'R', 'r':
		return Rieul // 엘, 알
	case 'M', 'm', 'N', 'n':
		return Consonant // 엠, 엔
	}
	return Vowel
}

// spelled lists all-capital words Koreans say as a word, not letter by
// letter, where the two readings end differently.
var spelled = map[string]Final{
	"NAT":   Consonant, // 냇
	"TOEIC": Consonant, // 토익
	"TOEFL": Rieul,     // 토플
	"COBOL": Rieul,     // 코볼
}

// wordFinals lists English words whose Korean spelling breaks the rules in
// latinFinal.
var wordFinals = map[string]Final{
	"check": Vowel,     // 체크
	"hub":   Vowel,     // 허브
	"web":   Consonant, // 웹
	"big":   Consonant, // 빅
	"club":  Consonant, // 클럽
	"job":   Consonant, // 잡
	"lab":   Consonant, // 랩
	"tab":   Consonant, // 탭
	"pub":   Consonant, // 펍
	"loop":  Vowel,     // 루프
	"soup":  Vowel,     // 수프
	"sync":  Vowel,     // 싱크
	"shop":  Consonant, // 숍
	"out":   Consonant, // 아웃
	"about": Consonant, // 어바웃
	"ai":    Vowel,     // 에이아이
	"type":  Consonant, // 타입
}

// latinFinal reads the Latin word word ends with, the way a Korean says it.
func latinFinal(word string) Final {
	rs := []rune(word)
	start := len(rs)
	for start > 0 && (isLatin(rs[start-1]) || isDigit(rs[start-1])) {
		start--
	}
	tok := make([]rune, 0, len(rs)-start)
	for _, r := range rs[start:] {
		tok = append(tok, ascii(r))
	}
	// Digits inside the token ("K8s") only separate the letters after them.
	for i := len(tok) - 1; i >= 0; i-- {
		if tok[i] >= '0' && tok[i] <= '9' {
			tok = tok[i+1:]
			break
		}
	}
	s := string(tok)
	if f, ok := spelled[s]; ok {
		return f
	}
	upper := 0 // length of the trailing run of capitals
	for i := len(tok) - 1; i >= 0 && tok[i] >= 'A' && tok[i] <= 'Z'; i-- {
		upper++
	}
	switch {
	case upper == len(tok):
		// An acronym, read letter by letter: EMR (이엠알), IAM (아이에이엠).
		return letterFinal(tok[len(tok)-1])
	case upper >= 1:
		// Capitals after lower case: DynamoDB (디비), CloudHSM (에이치에스엠),
		// MySQL (에스큐엘), PaaS (에스).
		return letterFinal(tok[len(tok)-1])
	case len(tok) >= 2 && tok[len(tok)-1] == 's' && tok[len(tok)-2] >= 'A' && tok[len(tok)-2] <= 'Z':
		return Vowel // a plural acronym: SCPs, AMIs (스)
	}
	// A word joined from words (GitHub, CloudTrail) ends the way its last
	// word does: "Hub" is 허브, while "github" as one word would read 깁.
	for i := len(tok) - 1; i > 0; i-- {
		if tok[i] >= 'A' && tok[i] <= 'Z' && tok[i-1] >= 'a' && tok[i-1] <= 'z' {
			s = string(tok[i:])
			break
		}
	}
	return englishFinal(strings.ToLower(s))
}

// isVowelLetter reports whether b is one of a e i o u.
func isVowelLetter(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// englishFinal applies the loanword spelling rules (외래어 표기법) to the
// ending of a lower-case English word.
func englishFinal(w string) Final {
	if f, ok := wordFinals[w]; ok {
		return f
	}
	n := len(w)
	if n == 0 {
		return Unknown
	}
	last := w[n-1]
	prev := byte(0)
	if n >= 2 {
		prev = w[n-2]
	}
	// shortVowelBefore reports a single vowel letter before the last letter,
	// itself after a consonant: "cat", "stack"'s "a".
	shortVowel := func(i int) bool {
		if i < 0 || !isVowelLetter(w[i]) {
			return false
		}
		return i == 0 || !isVowelLetter(w[i-1])
	}
	switch {
	case strings.HasSuffix(w, "ng"):
		return Consonant // 링, 스케일링
	case strings.HasSuffix(w, "le"), last == 'l':
		return Rieul // 테이블, 트레일, 콘솔
	case last == 'm', strings.HasSuffix(w, "me"), strings.HasSuffix(w, "mb"), strings.HasSuffix(w, "mn"):
		return Consonant // 스트림, 타임, 클라임, 칼럼
	case last == 'n', strings.HasSuffix(w, "ne"), strings.HasSuffix(w, "gn"):
		return Consonant // 라인, 존, 디자인
	case last == 'e', last == 'r':
		return Vowel // 게이트, 코드, 서비스, 스토어, 서버
	case strings.HasSuffix(w, "ck"):
		return Consonant // 스택, 클릭, 퀵
	case last == 'k':
		if strings.HasSuffix(w, "ook") || shortVowel(n-2) {
			return Consonant // 북, 노트북
		}
		return Vowel // 링크, 데스크, 토크, 스피크
	case last == 'p':
		if prev == 'p' || shortVowel(n-2) {
			return Consonant // 앱, 맵, 셋업
		}
		if isVowelLetter(prev) {
			return Consonant // 딥, 힙, 그룹
		}
		return Vowel // 헬프, 점프, 루프
	case last == 't':
		if strings.HasSuffix(w, "out") {
			return Consonant // 레이아웃
		}
		if shortVowel(n - 2) {
			return Consonant // 버킷, 로봇, 인터넷
		}
		return Vowel // 프론트, 트러스트, 라이트, 보트
	case last == 'b':
		if shortVowel(n - 2) {
			return Consonant // 웹, 잡
		}
		return Vowel // 벌브
	case last == 'c':
		if isVowelLetter(prev) {
			return Consonant // 매직, 퍼블릭
		}
		return Vowel // 디스크
	}
	// d, f, g, h (sh, ch, th, gh, ph), j, q, s, v, x, z and the vowels a, i,
	// o, u, y, w: 클라우드, 셀프, 로그, 대시, 배치, 박스, 람다, 웨이.
	return Vowel
}
