package awsnotes

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slowOSA is the textbook optimal string alignment distance, with the full
// table, for checking the banded, capped one.
func slowOSA(a, b []rune) (full, prefix int) {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	prefix = d[len(a)][0]
	for _, v := range d[len(a)] {
		prefix = min(prefix, v)
	}
	return d[len(a)][len(b)], prefix
}

func checkOSA(t *testing.T, s *searcher, a, b string, k int) {
	t.Helper()
	ra, rb := []rune(a), []rune(b)
	wantFull, wantPrefix := slowOSA(ra, rb)
	full, prefix := s.osa(ra, rb, k)
	if wantFull <= k {
		require.Equal(t, wantFull, full, "full %q %q k=%d", a, b, k)
	} else {
		require.Equal(t, k+1, full, "full %q %q k=%d", a, b, k)
	}
	if wantPrefix <= k {
		require.Equal(t, wantPrefix, prefix, "prefix %q %q k=%d", a, b, k)
	} else {
		require.Equal(t, k+1, prefix, "prefix %q %q k=%d", a, b, k)
	}
}

func TestOSA(t *testing.T) {
	s := new(searcher)
	known := []struct {
		a, b string
		d    int
	}{
		{"cloudtrial", "cloudtrail", 1}, // transposition
		{"kinesys", "kinesis", 1},       // substitution
		{"lamda", "lambda", 1},          // deletion
		{"lambbda", "lambda", 1},        // insertion
		{"ca", "abc", 3},                // OSA, not unrestricted Damerau–Levenshtein (2)
		{"", "abc", 3},
		{"abc", "", 3},
		{"ㄹㅏㅁㄸㅏ", "ㄹㅏㅁㄷㅏ", 1},
	}
	for _, tt := range known {
		full, _ := s.osa([]rune(tt.a), []rune(tt.b), 5)
		assert.Equal(t, tt.d, full, "%q %q", tt.a, tt.b)
		checkOSA(t, s, tt.a, tt.b, 1)
	}
	_, prefix := s.osa([]rune("clodtrai"), []rune("cloudtrail"), 2)
	assert.Equal(t, 1, prefix)
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		n := rng.IntN(9)
		var b strings.Builder
		for range n {
			b.WriteRune([]rune("abcdㄱㅏ")[rng.IntN(6)])
		}
		return b.String()
	}
	for range 5000 {
		checkOSA(t, s, word(), word(), rng.IntN(4))
	}
}

func FuzzOSA(f *testing.F) {
	f.Add("cloudtrial", "cloudtrail", 2)
	f.Add("ca", "abc", 1)
	f.Fuzz(func(t *testing.T, a, b string, k int) {
		if utf8.RuneCountInString(a) > 24 || utf8.RuneCountInString(b) > 24 {
			return
		}
		checkOSA(t, new(searcher), a, b, k&7)
	})
}

func TestRuneOffsets(t *testing.T) {
	s := "a람b다"
	assert.Equal(t, []int32{0, 1, 2, 3}, runeOffsets(s, []int{0, 1, 4, 5}, nil))
	assert.Equal(t, []int32{1, 3}, runeOffsets(s, []int{1, 2, 5, 99, -1}, nil)) // 2 is inside 람
	assert.Empty(t, runeOffsets("", []int{0}, nil))
}

func TestTruncateAndTokenize(t *testing.T) {
	assert.Equal(t, "람", truncate("람다", 4))
	assert.Equal(t, "", truncate("람다", 2))
	assert.Equal(t, "ab", truncate("ab", 9))
	assert.Equal(t, []string{"aws", "lambda", "53은"}, tokenize("aws-lambda!! 53은", nil))
	assert.Empty(t, tokenize(" .*😀 ", nil))
	many := tokenize(strings.Repeat("a ", 100), nil)
	assert.Len(t, many, maxQueryTokens)
	long := tokenize(strings.Repeat("람", 1000), nil)
	require.Len(t, long, 1)
	assert.Equal(t, maxQueryRunes, utf8.RuneCountInString(long[0]))
}

// The precomputed maps point inside the texts they come from.
func TestSearchIndexConsistent(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	x := c.search.tables()
	require.NotEmpty(t, x.nameDocs)
	require.NotEmpty(t, x.textDocs)
	for _, d := range x.nameDocs {
		n := int32(utf8.RuneCountInString(d.text))
		require.Equal(t, int(d.nKey), len(d.keyPos), d.text)
		for i, p := range d.keyPos {
			require.True(t, p >= 0 && p < n, d.text)
			if i > 0 {
				require.GreaterOrEqual(t, p, d.keyPos[i-1], d.text)
			}
		}
		require.Len(t, d.jamoAt, len(d.jamo), d.text)
		for _, k := range d.jamoAt {
			require.True(t, k >= 0 && k < d.nKey, d.text)
		}
	}
	for _, d := range x.textDocs {
		n := int32(utf8.RuneCountInString(d.text))
		require.Equal(t, int(d.nKey), len(d.pos), d.text)
		require.Equal(t, int(d.nKey), utf8.RuneCountInString(d.key), d.text)
		for _, p := range d.pos {
			require.True(t, p >= 0 && p < n, d.text)
		}
	}
}

// A query allocates little beyond its results (one clone per entry found).
func TestSearchAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	c, err := Default()
	require.NoError(t, err)
	for q, most := range map[string]float64{"람다": 30, "cloudtrial": 40, "ㄹㄷ": 40, "fkaek": 40} {
		n := testing.AllocsPerRun(50, func() { c.Search(q, 1) })
		assert.LessOrEqual(t, n, most, q)
	}
}

// BenchmarkBuildSearchIndex is the share of the first call that search
// adds.
func BenchmarkBuildSearchIndex(b *testing.B) {
	c, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buildSearchIndex(c.services).tables()
	}
}

func TestMaxEdits(t *testing.T) {
	for q, k := range map[string]int{"ec2": 0, "sqs": 0, "lamda": 1, "kinesys": 1, "cwatch": 1, "람타": 1, "방식": 1,
		"cloudtrial": 2, "클라우드트래일": 3, "다이나모드비": 3, "elastikbeanstalk": 3, "람": 0} {
		assert.Equal(t, k, maxEdits([]rune(q)), q)
	}
}
