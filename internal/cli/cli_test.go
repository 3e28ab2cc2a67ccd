package cli

import (
	"flag"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func TestColumnsAndPad(t *testing.T) {
	for s, want := range map[string]int{"": 0, "ecs": 3, "람다": 4, "ＥＣ２": 6, "EKS와 ECS": 9, "→": 1} {
		assert.Equal(t, want, Columns(s), s)
	}
	assert.Equal(t, "람다  |", Pad("람다", 6)+"|")
	assert.Equal(t, "클라우드트레일", Pad("클라우드트레일", 4))
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		text string
		pos  []int
		want string
	}{
		{"클라우드트레일", []int{0, 1, 4}, "[클라]우드[트]레일"},
		{"abc", nil, "abc"},
		{"abc", []int{1, 2, 9, -1}, "a[bc]"},
		{"", []int{0}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Highlight(tt.text, tt.pos, "[", "]"))
	}
}

func TestLabel(t *testing.T) {
	l, _ := awsnotes.Lookup("lambda")
	assert.Equal(t, "Lambda (람다)", Label(l))
	p, _ := awsnotes.Lookup("침투 테스트")
	assert.Equal(t, "침투 테스트", Label(p))
}

func TestParseInterspersed(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	md := fs.Bool("markdown", false, "")
	n := fs.Int("n", 1, "")
	rest, err := ParseInterspersed(fs, []string{"ecs", "-markdown", "eks", "-n", "3", "--", "-x"})
	require.NoError(t, err)
	assert.Equal(t, []string{"ecs", "eks", "-x"}, rest)
	assert.True(t, *md)
	assert.Equal(t, 3, *n)
	_, err = ParseInterspersed(fs, []string{"ecs", "-bogus"})
	assert.Error(t, err)
}

func TestSplitList(t *testing.T) {
	assert.Equal(t, []string{"보안", "compute"}, SplitList(" 보안, compute ,,"))
	assert.Nil(t, SplitList(""))
}

func TestIsTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "x")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, IsTerminal(f))
}
