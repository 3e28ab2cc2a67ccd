package awsnotes_test

import (
	"fmt"
	"html"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func TestResultHighlight(t *testing.T) {
	tests := []struct {
		text string
		pos  []int
		want string
	}{
		{"클라우드트레일", []int{0, 1, 4}, "[클라]우드[트]레일"},
		{"abc", nil, "abc"},
		{"abc", []int{0, 1, 2}, "[abc]"},
		{"abc", []int{1, 2, 9, -1}, "a[bc]"},
		{"abc", []int{2, 0}, "[a]b[c]"},  // unsorted
		{"abc", []int{1, 1, 1}, "a[b]c"}, // repeated
		{"", []int{0}, ""},
		{"é👍🏽x", []int{1, 2}, "é[👍🏽]x"}, // runes, not bytes or clusters
	}
	for _, tt := range tests {
		r := awsnotes.Result{Text: tt.text, Positions: tt.pos}
		assert.Equal(t, tt.want, r.Highlight("[", "]"), "%q %v", tt.text, tt.pos)
	}
}

func TestResultHighlightFromSearch(t *testing.T) {
	for _, q := range []string{"람다", "fkaek", "ㅋㄹㅇㄷㅌㄹㅇ", "cloudtrial", "서버리스 컴퓨팅 엔진"} {
		rs := awsnotes.Search(q, 3)
		require.NotEmpty(t, rs, q)
		for _, r := range rs {
			got := r.Highlight("\x00", "\x01")
			// the highlighted text, with the marks removed, is the text
			plain := []rune{}
			marked := []int{}
			open := false
			for _, c := range got {
				switch c {
				case '\x00':
					open = true
				case '\x01':
					open = false
				default:
					if open {
						marked = append(marked, len(plain))
					}
					plain = append(plain, c)
				}
			}
			assert.Equal(t, r.Text, string(plain), q)
			if len(r.Positions) == 0 {
				assert.Empty(t, marked, q)
			} else {
				assert.Equal(t, r.Positions, marked, q)
			}
		}
	}
}

func TestResultHighlightFuncEscapes(t *testing.T) {
	r := awsnotes.Result{Text: "a<b>&c", Positions: []int{1, 2, 3}}
	got := r.HighlightFunc(func(part string, matched bool) string {
		if matched {
			return "<mark>" + html.EscapeString(part) + "</mark>"
		}
		return html.EscapeString(part)
	})
	assert.Equal(t, "a<mark>&lt;b&gt;</mark>&amp;c", got)
}

func ExampleResult_Highlight() {
	r := awsnotes.Search("fkaek", 1)[0] // 람다 typed with the keyboard in English mode
	fmt.Println(r.Service.DisplayName(), r.Field, r.Highlight("[", "]"))
	// Output:
	// Lambda reading [람다]
}

func ExampleResult_HighlightFunc() {
	r := awsnotes.Result{Text: "S3 <버킷>", Positions: []int{3, 4, 5, 6}}
	fmt.Println(r.HighlightFunc(func(part string, matched bool) string {
		if matched {
			return "<mark>" + html.EscapeString(part) + "</mark>"
		}
		return html.EscapeString(part)
	}))
	// Output:
	// S3 <mark>&lt;버킷&gt;</mark>
}
