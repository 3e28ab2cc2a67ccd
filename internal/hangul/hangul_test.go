package hangul

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestDecomposeCompose(t *testing.T) {
	tests := []struct {
		syllable   rune
		l, v, tail rune
	}{
		{'가', 'ㄱ', 'ㅏ', 0},
		{'람', 'ㄹ', 'ㅏ', 'ㅁ'},
		{'값', 'ㄱ', 'ㅏ', 'ㅄ'},
		{'힣', 'ㅎ', 'ㅣ', 'ㅎ'},
		{'꽹', 'ㄲ', 'ㅙ', 'ㅇ'},
		{'의', 'ㅇ', 'ㅢ', 0},
		{'뛝', 'ㄸ', 'ㅞ', 'ㄺ'},
	}
	for _, tt := range tests {
		l, v, tail, ok := Decompose(tt.syllable)
		require.True(t, ok, string(tt.syllable))
		assert.Equal(t, []rune{tt.l, tt.v, tt.tail}, []rune{l, v, tail}, string(tt.syllable))
		s, ok := Compose(tt.l, tt.v, tt.tail)
		require.True(t, ok)
		assert.Equal(t, string(tt.syllable), string(s))
	}
	// Every syllable round-trips.
	for r := rune(0xAC00); r <= 0xD7A3; r++ {
		l, v, tail, ok := Decompose(r)
		require.True(t, ok)
		s, ok := Compose(l, v, tail)
		require.True(t, ok)
		require.Equal(t, r, s)
	}
	for _, bad := range [][3]rune{{'ㅏ', 'ㅏ', 0}, {'ㄱ', 'ㄱ', 0}, {'ㄱ', 'ㅏ', 'ㄸ'}, {'ㄳ', 'ㅏ', 0}, {'a', 'ㅏ', 0}, {'ㄱ', 'ㅏ', 'x'}, {-1, 'ㅏ', 0}} {
		_, ok := Compose(bad[0], bad[1], bad[2])
		assert.False(t, ok, string(bad[:]))
	}
	for _, r := range []rune{'a', 'ㄱ', 0xABFF, 0xD7A4, -1, utf8.RuneError} {
		_, _, _, ok := Decompose(r)
		assert.False(t, ok)
	}
}

func TestClassify(t *testing.T) {
	assert.True(t, IsSyllable('가'))
	assert.False(t, IsSyllable('ㄱ'))
	assert.True(t, IsJamo('ㄱ') && IsJamo('ㅣ') && IsConsonant('ㄳ') && IsVowel('ㅘ'))
	assert.False(t, IsConsonant('ㅏ') || IsVowel('ㄱ') || IsJamo('a'))
	assert.True(t, IsHangul('\u1100') && IsHangul('각') && IsHangul('ㅎ'))
	assert.False(t, IsHangul('a') || IsHangul('中'))
	assert.True(t, HasBatchim('각'))
	assert.False(t, HasBatchim('가') || HasBatchim('a'))
	assert.Equal(t, 'ㄹ', Final('길'))
	assert.Equal(t, rune(0), Final('가'))
}

func TestDisassemble(t *testing.T) {
	tests := map[string]string{ // from es-hangul's disassemble tests, and ours
		"값":                       "ㄱㅏㅂㅅ",
		"값이 비싸다":                  "ㄱㅏㅂㅅㅇㅣ ㅂㅣㅆㅏㄷㅏ",
		"사과 짱":                    "ㅅㅏㄱㅗㅏ ㅉㅏㅇ",
		"ㄵ":                       "ㄴㅈ",
		"ㅘ":                       "ㅗㅏ",
		"람다":                      "ㄹㅏㅁㄷㅏ",
		"클라우ㄷ":                    "ㅋㅡㄹㄹㅏㅇㅜㄷ",
		"클라욷":                     "ㅋㅡㄹㄹㅏㅇㅜㄷ",
		"의":                       "ㅇㅡㅣ",
		"AWS 람다!":                 "AWS ㄹㅏㅁㄷㅏ!",
		"":                        "",
		"\xff":                    "\uFFFD",
		norm.NFD.String("클라우드워치"): "ㅋㅡㄹㄹㅏㅇㅜㄷㅡㅇㅜㅓㅊㅣ",
	}
	for in, want := range tests {
		assert.Equal(t, want, Disassemble(in), "%q", in)
	}
}

func TestChoseong(t *testing.T) {
	tests := map[string]string{ // es-hangul's getChoseong tests, and ours
		"사과":                  "ㅅㄱ",
		"프론트엔드":               "ㅍㄹㅌㅇㄷ",
		"ㄴㅈ":                  "ㄴㅈ",
		"리액트":                 "ㄹㅇㅌ",
		"띄어 쓰기":               "ㄸㅇ ㅆㄱ",
		"람다":                  "ㄹㄷ",
		"클라우드트레일":             "ㅋㄹㅇㄷㅌㄹㅇ",
		"다이나모디비":              "ㄷㅇㄴㅁㄷㅂ",
		"Route 53 라우트":        "  ㄹㅇㅌ",
		norm.NFD.String("람다"): "ㄹㄷ",
		"":                    "",
	}
	for in, want := range tests {
		assert.Equal(t, want, Choseong(in), "%q", in)
	}
	assert.True(t, IsChoseongOnly("ㅋㄹㅇㄷ"))
	assert.True(t, IsChoseongOnly(" ㄹ ㄷ "))
	assert.False(t, IsChoseongOnly("ㄹ다"))
	assert.False(t, IsChoseongOnly("ㅏ"))
	assert.False(t, IsChoseongOnly("  "))
	assert.False(t, IsChoseongOnly(""))
}

func TestAssemble(t *testing.T) {
	tests := map[string]string{
		"ㅍㅡㄹㅗㄴㅌㅡ":         "프론트",
		"ㄱㅏㅂㅅ":            "값",
		"ㄱㅏㅂㅅㅇㅣ":          "값이",
		"ㄱㅏㅂㅅㅣ":           "갑시",
		"ㅇㅏㄴㄴㅕㅇ":          "안녕",
		"ㅋㅡㄹㄹㅏㅇㅜㄷ":        "클라욷",
		"ㄱㅗㅏ":             "과",
		"ㅇㅡㅣ":             "의",
		"ㅏㅏ":              "ㅏㅏ",
		"ㄱㄱ":              "ㄱㄱ",
		"ㄸㅏㄸ":             "따ㄸ",
		"ㄱㅏ ㄴㅏ":           "가 나",
		"깍ㄸㅜㄱㅣ":           "깍뚜기",
		"abc":             "abc",
		"":                "",
		Disassemble("각사"): "각사",
	}
	for in, want := range tests {
		assert.Equal(t, want, Assemble(in), "%q", in)
	}
}

func TestQwertyToHangul(t *testing.T) {
	tests := map[string]string{
		// es-hangul's convertQwertyToHangul tests
		"abc":          "뮻",
		"vmfhsxmdpsem": "프론트엔드",
		"ABC":          "뮻",
		"VMFHSXM":      "프론트",
		"vm론트":         "프론트",
		"ㅍㅡㄹㅗㄴㅌㅡ":      "프론트",
		"RㅏㄱEㅜrl":      "깍뚜기",
		"ㅇPdml":        "예의",
		"":             "",
		// the queries
		"fkaek":                         "람다",
		"zmffkdnemdnjcl":                "클라우드워치",
		"zmffkdnemxmfpdlf":              "클라우드트레일",
		"ekdlskahelql":                  "다이나모디비",
		"dkssud":                        "안녕",
		"dkssudgktpdy":                  "안녕하세요",
		"qkqh rhrl":                     "바보 고기",
		"anfrhk":                        "물과",
		"rkskekfkakqktk dkwkckzkxkvkgk": "가나다라마바사 아자차카타파하",
		// Caps Lock: letters without a shifted jamo read as lower case.
		"FKA":       "람",
		"ZMFFKDNEM": "클라우뜨", // E is a shifted key even with Caps Lock
		"dlTdj":     "있어",
		"zmffkdne":  "클라욷",
		"1234 ec2!": "1234 ㄷㅊ2!",
	}
	for in, want := range tests {
		assert.Equal(t, want, QwertyToHangul(in), "%q", in)
	}
	for _, c := range "QWERTOP" {
		j, ok := QwertyToJamo(c)
		require.True(t, ok)
		lower, _ := QwertyToJamo(c + 'a' - 'A')
		assert.NotEqual(t, lower, j, "shifted %c", c)
	}
	for _, c := range "ASDFGHJKLZXCVBNMUIY" {
		j, _ := QwertyToJamo(c)
		lower, _ := QwertyToJamo(c + 'a' - 'A')
		assert.Equal(t, lower, j, "caps %c", c)
	}
	for _, c := range []rune{'1', ' ', 'ㄱ', -1, 0x10FFFF} {
		_, ok := QwertyToJamo(c)
		assert.False(t, ok)
	}
}

func TestHangulToQwerty(t *testing.T) {
	tests := map[string]string{
		"람다":     "fkaek",
		"깍뚜기":    "RkrEnrl",
		"안녕하세요":  "dkssudgktpdy",
		"값":      "rkqt",
		"AWS 람다": "AWS fkaek",
		"예의":     "dPdml",
	}
	for in, want := range tests {
		assert.Equal(t, want, HangulToQwerty(in), "%q", in)
		if !strings.ContainsAny(in, "AWS ") {
			assert.Equal(t, in, QwertyToHangul(want), "round trip %q", in)
		}
	}
}

func TestHasPrefix(t *testing.T) {
	tests := []struct {
		s, prefix string
		want      bool
	}{
		{"클라우드", "클라우ㄷ", true},
		{"클라우드", "클라욷", true},
		{"클라우드포메이션", "클라우드포메이셔", true},
		{"클라우드포메이션", "클라우드포메이션", true},
		{"클라우드트레일", "클라우드트레이", true},
		{"클라우드트레일", "클라우ㄷ", true},
		{"다이나모디비", "다이나몯", true},
		{"값", "갑ㅅ", true},
		{"값이", "갑", true},
		{"과", "고", true},
		{"람다", "ㄹ", true},
		{"람다", "", true},
		{"", "", true},
		{"cloudtrail", "cloud", true},
		{norm.NFD.String("클라우드"), "클라우ㄷ", true},
		{"클라우드", norm.NFD.String("클라욷"), true},
		{"클라우드", "클라우드포", false},
		{"클라우드", "클라웃", false},
		{"다이나모디비", "다이나못", false},
		{"람다", "람따", false},
		{"", "ㄱ", false},
		{"고", "과", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HasPrefix(tt.s, tt.prefix), "%q %q", tt.s, tt.prefix)
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { HasPrefix("클라우드포메이션", "클라우드포메이셔") }))
}

func TestStripParticle(t *testing.T) {
	tests := map[string]string{
		"엔진을":         "엔진",
		"무엇을":         "무엇",
		"서버가":         "서버",
		"서버리스를":       "서버리스",
		"클라우드트레일은":    "클라우드트레일",
		"람다는":         "람다",
		"CloudTrail은": "CloudTrail",
		"EC2는":        "EC2",
		"53은":         "53",
		"S3에":         "S3",
		"버킷에서":        "버킷",
		"버킷에서는":       "버킷",
		"지름길로":        "지름길",
		"바깥으로":        "바깥",
		"칫솔과":         "칫솔",
		"샴푸와":         "샴푸",
		"학생으로서":       "학생",
		"람다의":         "람다",
		"사이":          "사이", // 이 needs a final consonant
		"아이":          "아이",
		"사과":          "사과",
		"은":           "은",
		"람다":          "람다",
		"":            "",
		"ㄱ는":          "ㄱ는",
		"!는":          "!는",
		"서버 가":        "서버 가",
	}
	for in, want := range tests {
		assert.Equal(t, want, StripParticle(in), "%q", in)
	}
}

func FuzzHangul(f *testing.F) {
	for _, s := range []string{"람다", "fkaek", "ㅋㄹㅇㄷ", "값이 비싸다", "RㅏㄱEㅜrl", "\xff\xfe", "ㄱㅏㅂㅅ", "EC2는", norm.NFD.String("클라우드"), "😀ㅘㄳ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Disassemble(s)
		if !utf8.ValidString(d) {
			t.Fatalf("Disassemble(%q) invalid", s)
		}
		for _, r := range d {
			if IsSyllable(r) {
				t.Fatalf("Disassemble(%q) = %q keeps a syllable", s, d)
			}
		}
		for _, r := range Choseong(s) {
			if !IsConsonant(r) && !strings.ContainsRune(" \t\n\r\v\f\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000", r) {
				t.Fatalf("Choseong(%q) has %q", s, r)
			}
		}
		a := Assemble(s)
		if Disassemble(a) != Disassemble(Assemble(d)) {
			t.Fatalf("Assemble(%q) = %q disagrees with Assemble(Disassemble)", s, a)
		}
		q := QwertyToHangul(s)
		if !utf8.ValidString(q) || !utf8.ValidString(HangulToQwerty(s)) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		// Syllables alone survive a trip through the keyboard.
		if s != "" && utf8.ValidString(s) && !strings.ContainsFunc(s, func(r rune) bool { return !IsSyllable(r) }) {
			if got := QwertyToHangul(HangulToQwerty(s)); got != s {
				t.Fatalf("QwertyToHangul(HangulToQwerty(%q)) = %q", s, got)
			}
			if got := Assemble(Disassemble(s)); got != s {
				t.Fatalf("Assemble(Disassemble(%q)) = %q", s, got)
			}
		}
		if HasPrefix(s, a) != strings.HasPrefix(d, Disassemble(a)) || !HasPrefix(s, "") {
			t.Fatalf("HasPrefix(%q, %q) disagrees with Disassemble", s, a)
		}
		if n := len(s) / 2; utf8.ValidString(s) && utf8.ValidString(s[:n]) && !HasPrefix(s, s[:n]) {
			t.Fatalf("HasPrefix(%q, %q) is false", s, s[:n])
		}
		p := StripParticle(s)
		if !strings.HasPrefix(s, p) || (s != "" && p == "") {
			t.Fatalf("StripParticle(%q) = %q", s, p)
		}
	})
}
