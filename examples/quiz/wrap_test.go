package main

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"
	"github.com/stretchr/testify/assert"
)

// Wrapped text keeps every word whole and in order, and no line is wider
// than asked unless it is one word too wide for any line.
func TestWrapNeverSplitsAWord(t *testing.T) {
	text := "한 회사가 여러 가용 영역에 흩어진 Linux 웹 서버 수십 대가 같은 콘텐츠 디렉터리를 NFS로 동시에 마운트해 읽고 쓰게 하려고 합니다. " +
		"arn:aws:iam::123456789012:role/a-very-long-role-name-that-fits-nowhere 👨‍👩‍👧 🇰🇷 CloudTrail은"
	for width := 8; width <= 100; width++ {
		got := wrap("[1/5] ", text, width, "  ")
		assert.Equal(t, strings.Fields("[1/5] "+text), strings.Fields(got), "width %d", width)
		for _, l := range strings.Split(got, "\n") {
			if uniseg.StringWidth(l) > width {
				assert.Len(t, strings.Fields(l), 1+boolInt(strings.HasPrefix(l, "[1/5]")), "width %d: %q is too wide and more than one word", width, l)
			}
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Hangul counts two columns: ten syllables fill a line of 20.
func TestWrapCountsHangulAsTwo(t *testing.T) {
	got := wrap("", "가나다라마 바사아자차 카타파하", 21, "")
	assert.Equal(t, "가나다라마 바사아자차\n카타파하", got)
	assert.Equal(t, "  a\n  · b\n    c", wrap("  ", "a\n· b c", 5, "  "))
}

func TestTermWidth(t *testing.T) {
	t.Setenv("COLUMNS", "60")
	assert.Equal(t, 60, termWidth(nil))
	t.Setenv("COLUMNS", "")
	assert.Equal(t, 80, termWidth(nil))
	t.Setenv("COLUMNS", "wide")
	assert.Equal(t, 80, termWidth(nil))
}
