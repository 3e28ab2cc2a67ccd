package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestWrap(t *testing.T) {
	tests := []struct {
		line string
		max  int
		want []string
	}{
		{"간단", 10, []string{"간단"}},
		{"설정이 복잡함, K8s의 지식이 필요", 14, []string{"설정이 복잡함,", "K8s의 지식이", "필요"}},
		{"가나다라마", 4, []string{"가나", "다라", "마"}},
		{"가나다라마", 5, []string{"가나", "다라", "마"}},
		{"ab가", 3, []string{"ab", "가"}},
		// A line does not start with closing punctuation: the last
		// syllable moves down with it.
		{"서비스이다.", 10, []string{"서비스이", "다."}},
		{"(주민등록번호)", 8, []string{"(주민등", "록번호)"}},
		{"(주민등록번호)", 6, []string{"(주민", "등록번", "호)"}},
		// Spaces at a break are dropped; a run of spaces inside is kept.
		{"AWS  전용   방식", 9, []string{"AWS  전용", "방식"}},
		// Marks, variation selectors and joined emoji stay with their
		// character.
		{"e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301"}},
		{"⇒️⇒️", 1, []string{"⇒️", "⇒️"}},
		{"👩\u200d👧👩\u200d👧", 2, []string{"👩\u200d👧", "👩\u200d👧"}},
		{"👨\u200d👨\u200d👧🏳️\u200d🌈", 3, []string{"👨\u200d👨\u200d👧", "🏳️\u200d🌈"}},
		// A character wider than max gets a line of its own.
		{"가나", 1, []string{"가", "나"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, wrap(tt.line, tt.max, false), "wrap(%q, %d)", tt.line, tt.max)
	}
}

func TestStringWidth(t *testing.T) {
	tests := []struct {
		s       string
		narrow  int
		ambWide int
	}{
		{"", 0, 0},
		{"ECS", 3, 3},
		{"컨테이너", 8, 8},
		{"\u1112\u1161\u11ab", 2, 2}, // 한, decomposed
		{"→", 1, 2},
		{"⇒️", 1, 2}, // ⇒ has no emoji presentation: VS16 does not widen it
		// A joined emoji sequence is one grapheme cluster of two columns.
		{"👨\u200d👨\u200d👧", 2, 2},
		{"🏳️\u200d🌈", 2, 2},
		{"👍🏽", 2, 2},
		{"🇰🇷", 2, 2},
		{"✅", 2, 2},
		{"ｆｕｌｌ", 8, 8},
		{"e\u0301", 1, 1},
		{"a\u200bb", 2, 2},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.narrow, stringWidth(tt.s, false), "%q", tt.s)
		assert.Equal(t, tt.ambWide, stringWidth(tt.s, true), "%q (ambiguous wide)", tt.s)
	}
}

// FuzzWrap checks that wrapping keeps every cluster whole and in order,
// drops nothing but spaces at breaks, and keeps lines within max.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"설정이 복잡함, K8s의 지식이 필요", "가\u11a8", "A\u0301", "→\u0338", "가나다라마바사", "e\u0301\u200d👩\u200d👧 ⇒️", "\xff a\tb", " \u0301 ", "\u3000가\u3000나"} {
		f.Add(s, uint8(4), false)
	}
	f.Fuzz(func(t *testing.T, s string, maxw uint8, amb bool) {
		if utf8.ValidString(s) && plainNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Fatalf("plainNFC(%q) but it is not NFC", s)
		}
		max := int(maxw%30) + 1
		for _, line := range hardLines(s) {
			out := wrap(line, max, amb)
			if len(out) == 0 {
				t.Fatalf("wrap(%q) gave no lines", line)
			}
			var in, got []string
			for _, c := range clusters(nil, line, amb) {
				if !c.space {
					in = append(in, line[c.start:c.end])
				}
			}
			for _, l := range out {
				if !utf8.ValidString(l) {
					t.Fatalf("invalid UTF-8 %q", l)
				}
				cs := clusters(nil, l, amb)
				w := 0
				for _, c := range cs {
					w += c.width
					if !c.space {
						got = append(got, l[c.start:c.end])
					}
				}
				if w > max && len(cs) > 1 {
					t.Fatalf("wrap(%q, %d): line %q is %d wide", line, max, l, w)
				}
				if len(out) > 1 && (strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ")) {
					t.Fatalf("wrap(%q, %d): line %q keeps a space at a break", line, max, l)
				}
			}
			if strings.Join(in, "\x00") != strings.Join(got, "\x00") {
				t.Fatalf("wrap(%q, %d) = %q: clusters changed", line, max, out)
			}
		}
	})
}
