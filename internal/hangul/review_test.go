package hangul

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestReviewQwertyKnownWords(t *testing.T) {
	tests := []struct{ keys, want string }{
		{"fkaek", "람다"},
		{"FKAEK", "람따"}, // shifted E is ㄸ: Caps Lock is undone by the search, which also tries the case inverted
		{"dkssud", "안녕"},
		{"dkssudgktpdy", "안녕하세요"},
		{"gksrmf", "한글"},
		{"rkqt", "값"},
		{"tkrhk", "사과"},
		{"dhkd", "왕"},
		{"dmlwk", "의자"},
		{"qkfrdk", "밝아"},
		{"dlTek", "있다"},
		{"Tkdn", "싸우"},
		{"zmffkdnemdnjcl", "클라우드워치"},
		{"zmffkdnemxmfpdlf", "클라우드트레일"},
		{"ekdlskahelql", "다이나모디비"},
		{"fpemtlvmxm", "레드시프트"},
		{"tpdlwlapdlzj", "세이지메이커"},
		{"fkaek rkqt", "람다 값"},
		{"fkaek2", "람다2"},
		{"", ""},
		{"123", "123"},
		{"ㄹㅏㅁ", "람"},
		{"fkㅁek", "람다"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, QwertyToHangul(tt.keys), "%q", tt.keys)
	}
	for _, w := range []string{"람다", "클라우드워치", "안녕하세요", "값", "사과", "의자", "밝아", "있다", "깍뚜기", "뷁", "쌰갉"} {
		assert.Equal(t, w, QwertyToHangul(HangulToQwerty(w)), w)
		assert.Equal(t, w, QwertyToHangul(HangulToQwerty(norm.NFD.String(w))), "NFD %s", w)
	}
}

func TestReviewDisassembleChoseong(t *testing.T) {
	tests := []struct{ in, jamo, cho string }{
		{"람다", "ㄹㅏㅁㄷㅏ", "ㄹㄷ"},
		{"클라우드트레일", "ㅋㅡㄹㄹㅏㅇㅜㄷㅡㅌㅡㄹㅔㅇㅣㄹ", "ㅋㄹㅇㄷㅌㄹㅇ"},
		{"다이나모디비", "ㄷㅏㅇㅣㄴㅏㅁㅗㄷㅣㅂㅣ", "ㄷㅇㄴㅁㄷㅂ"},
		{"값", "ㄱㅏㅂㅅ", "ㄱ"},
		{"의", "ㅇㅡㅣ", "ㅇ"},
		{"뷁", "ㅂㅜㅔㄹㄱ", "ㅂ"},
		{"클라우드 트레일", "ㅋㅡㄹㄹㅏㅇㅜㄷㅡ ㅌㅡㄹㅔㅇㅣㄹ", "ㅋㄹㅇㄷ ㅌㄹㅇ"},
		{"EC2 람다", "EC2 ㄹㅏㅁㄷㅏ", " ㄹㄷ"},
		{"ㄹㄷ", "ㄹㄷ", "ㄹㄷ"},
	}
	for _, tt := range tests {
		for _, in := range []string{tt.in, norm.NFD.String(tt.in)} {
			assert.Equal(t, tt.jamo, Disassemble(in), "%q", in)
			assert.Equal(t, tt.cho, Choseong(in), "%q", in)
		}
		assert.Equal(t, norm.NFC.String(tt.in), Assemble(Disassemble(tt.in)), tt.in)
	}
}

func TestReviewHasPrefix(t *testing.T) {
	yes := [][2]string{
		{"클라우드", "클라우ㄷ"}, {"클라우드", "클라욷"}, {"클라우드포메이션", "클라우드포메이셔"}, {"클라우드포메이션", "클라우드포메이"},
		{"람다", "람"}, {"람다", "라"}, {"람다", "ㄹ"}, {"람다", "람ㄷ"}, {"람다", "람다"}, {"값", "갑"}, {"과", "고"},
		{"다이나모디비", "다이나모디"}, {"다이나모디비", "다이나모딥"}, {"레드시프트", "레드싶"}, {"abc", "ab"}, {"x", ""}, {"", ""},
		{norm.NFD.String("클라우드"), "클라우ㄷ"}, {"클라우드", norm.NFD.String("클라우")},
	}
	for _, p := range yes {
		assert.True(t, HasPrefix(p[0], p[1]), "%q %q", p[0], p[1])
	}
	no := [][2]string{{"람다", "랍"}, {"람다", "람다다"}, {"", "a"}, {"클라우드", "클라우ㅌ"}, {"람다", "ㄷ"}, {"ab", "abc"}}
	for _, p := range no {
		assert.False(t, HasPrefix(p[0], p[1]), "%q %q", p[0], p[1])
	}
}

func TestReviewStripParticle(t *testing.T) {
	tests := map[string]string{
		"EC2는":      "EC2",
		"EC2가":      "EC2",
		"Route53은":  "Route53",
		"53은":       "53",
		"S3에":       "S3",
		"S3에서":      "S3",
		"S3를":       "S3",
		"람다를":       "람다",
		"람다란":       "람다",
		"레드시프트로":    "레드시프트",
		"스트리밍을":     "스트리밍",
		"실시간으로":     "실시간",
		"기록을":       "기록",
		"인프라는":      "인프라",
		"해킹은":       "해킹",
		"엔진입니다":     "엔진",
		"클라우드트레일에서": "클라우드트레일",
	}
	for in, want := range tests {
		assert.Contains(t, ParticleStems(in, nil), want, "%q", in)
	}
	// Every stem is shorter than the word, and a word with no particle has none.
	for _, w := range []string{"람다", "사이", "아이", "은", "는", "", "EC2", "ㄱ는"} {
		assert.Empty(t, ParticleStems(w, nil), w)
	}
}

func TestReviewIsParticle(t *testing.T) {
	for _, w := range []string{"는", "은", "를", "에서", "으로", "의"} {
		assert.True(t, IsParticle(w), w)
	}
	for _, w := range []string{"", "람다", "EC2", "는다", "ㄴ"} {
		assert.False(t, IsParticle(w), w)
	}
}
