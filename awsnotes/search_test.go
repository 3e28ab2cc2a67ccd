package awsnotes_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/cloudnotes-kr/awsnotes/internal/hangul"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

func ids(rs []awsnotes.Result) []awsnotes.ID {
	out := make([]awsnotes.ID, len(rs))
	for i, r := range rs {
		out[i] = r.Service.ID
	}
	return out
}

// checkResults asserts what every result list must satisfy.
func checkResults(t *testing.T, query string, limit int, rs []awsnotes.Result) {
	t.Helper()
	want := limit
	if want <= 0 {
		want = awsnotes.DefaultSearchLimit
	}
	require.LessOrEqual(t, len(rs), want, "%q", query)
	seen := map[awsnotes.ID]bool{}
	for i, r := range rs {
		require.False(t, seen[r.Service.ID], "%q: %s twice", query, r.Service.ID)
		seen[r.Service.ID] = true
		if i > 0 {
			require.GreaterOrEqual(t, rs[i-1].Score, r.Score, "%q: not sorted", query)
		}
		require.NotEmpty(t, r.Text, "%q", query)
		require.NotEmpty(t, r.Field, "%q", query)
		n := utf8.RuneCountInString(r.Text)
		for j, p := range r.Positions {
			require.True(t, p >= 0 && p < n, "%q: position %d outside %q", query, p, r.Text)
			if j > 0 {
				require.Greater(t, p, r.Positions[j-1], "%q: positions not increasing", query)
			}
		}
		switch r.Match {
		case awsnotes.MatchExact:
			require.True(t, r.Score >= 900 && r.Score <= 999, "%q: %v %d", query, r.Match, r.Score)
		case awsnotes.MatchPrefix:
			require.True(t, r.Score >= 700 && r.Score <= 899, "%q: %v %d", query, r.Match, r.Score)
		case awsnotes.MatchFuzzy:
			require.True(t, r.Score >= 400 && r.Score <= 699, "%q: %v %d", query, r.Match, r.Score)
		case awsnotes.MatchText:
			require.True(t, r.Score >= 1 && r.Score <= 399, "%q: %v %d", query, r.Match, r.Score)
		default:
			t.Fatalf("%q: unknown match %q", query, r.Match)
		}
	}
}

func TestSearchQueries(t *testing.T) {
	tests := []struct {
		query string
		want  awsnotes.ID
		top   int // the entry must be within the first top results
		match awsnotes.Match
	}{
		// English names and abbreviations, any case and width, with or
		// without the vendor.
		{"ec2", "ec2", 1, awsnotes.MatchExact},
		{"EC2", "ec2", 1, awsnotes.MatchExact},
		{"ＥＣ２", "ec2", 1, awsnotes.MatchExact},
		{"aws lambda", "lambda", 1, awsnotes.MatchExact},
		{"AWS Lambda", "lambda", 1, awsnotes.MatchExact},
		{"route 53", "route-53", 1, awsnotes.MatchExact},
		{"Route53", "route-53", 1, awsnotes.MatchExact},
		{"Elastic Compute Cloud", "ec2", 1, awsnotes.MatchExact},
		{"amazon s3", "s3", 1, awsnotes.MatchExact},
		{"sqs", "sqs", 1, awsnotes.MatchExact},
		{"k8s", "kubernetes", 1, awsnotes.MatchExact},
		// Padding, NFD, full width.
		{"   lambda \t ", "lambda", 1, awsnotes.MatchExact},
		{"\u3000람다\u3000", "lambda", 1, awsnotes.MatchExact},
		{norm.NFD.String("람다"), "lambda", 1, awsnotes.MatchExact},
		{norm.NFD.String("클라우드트레일"), "cloudtrail", 1, awsnotes.MatchExact},
		{"ＣｌｏｕｄＴｒａｉｌ", "cloudtrail", 1, awsnotes.MatchExact},
		// Typos and word order.
		{"cloudtrial", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"kinesys", "kinesis", 1, awsnotes.MatchFuzzy},
		{"lamda", "lambda", 1, awsnotes.MatchFuzzy},
		{"dynamdb", "dynamodb", 1, awsnotes.MatchFuzzy},
		{"cloudwach", "cloudwatch", 1, awsnotes.MatchFuzzy},
		{"elastik beanstalk", "elastic-beanstalk", 1, awsnotes.MatchFuzzy},
		{"sagemkaer", "sagemaker", 1, awsnotes.MatchFuzzy},
		{"cloud trail", "cloudtrail", 1, awsnotes.MatchExact},
		{"trail cloud", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"trial cloud", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"compute elastic cloud", "ec2", 1, awsnotes.MatchFuzzy},
		{"trail", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"cldtrl", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"클라우드트래일", "cloudtrail", 1, awsnotes.MatchFuzzy},
		{"람타", "lambda", 1, awsnotes.MatchFuzzy},
		{"cwatch", "cloudwatch", 1, awsnotes.MatchFuzzy}, // letters in order beat a two-typo "batch"
		{"sgmkr", "sagemaker", 1, awsnotes.MatchFuzzy},
		{"tadv", "trusted-advisor", 1, awsnotes.MatchFuzzy}, // word starts: Trusted ADVisor
		{"dyndb", "dynamodb", 1, awsnotes.MatchFuzzy},
		{"lsail", "lightsail", 1, awsnotes.MatchFuzzy},
		// Words only the notes hold.
		{"DNS", "route-53", 1, awsnotes.MatchText},
		{"cdn", "cloudfront", 1, awsnotes.MatchText},
		{"nosql", "dynamodb", 2, awsnotes.MatchText}, // after the concept named "NoSQL database"
		{"API 호출 기록", "cloudtrail", 1, awsnotes.MatchText},
		{"CI/CD", "codepipeline", 2, awsnotes.MatchText},
		// Korean words and phrases from the notes, particles, any order.
		{"서버리스 컴퓨팅 엔진", "fargate", 1, awsnotes.MatchText},
		{"서버리스 컴퓨팅 엔진을", "fargate", 1, awsnotes.MatchText},
		{"엔진 서버리스 컴퓨팅", "fargate", 1, awsnotes.MatchText},
		{"메시지 큐", "sqs", 1, awsnotes.MatchExact},
		{"메시지큐", "sqs", 1, awsnotes.MatchExact},
		{"누가 무엇을 했는가", "cloudtrail", 1, awsnotes.MatchText},
		{"누가 무엇을", "cloudtrail", 1, awsnotes.MatchText},
		{"실시간 스트리밍", "kinesis", 1, awsnotes.MatchText},
		{"스트리밍 실시간", "kinesis", 1, awsnotes.MatchText},
		{"운동", "kinesis", 1, awsnotes.MatchText},
		{"AWS만 쓸거야", "ecs", 1, awsnotes.MatchText},
		// Korean readings.
		{"람다", "lambda", 1, awsnotes.MatchExact},
		{"클라우드트레일", "cloudtrail", 1, awsnotes.MatchExact},
		{"다이나모디비", "dynamodb", 1, awsnotes.MatchExact},
		{"클라우드 트레일", "cloudtrail", 1, awsnotes.MatchExact},
		// Particles after Hangul, Latin letters and digits.
		{"람다는", "lambda", 1, awsnotes.MatchExact},
		{"CloudTrail은", "cloudtrail", 1, awsnotes.MatchExact},
		{"EC2는", "ec2", 1, awsnotes.MatchExact},
		{"Route 53은", "route-53", 1, awsnotes.MatchExact},
		// Choseong.
		{"ㄹㄷ", "lambda", 1, awsnotes.MatchExact},
		{"ㅋㄹㅇㄷㅌㄹㅇ", "cloudtrail", 1, awsnotes.MatchExact},
		{"ㄷㅇㄴㅁㄷㅂ", "dynamodb", 1, awsnotes.MatchExact},
		{"ㅋㄹㅇㄷㅌ", "cloudtrail", 1, awsnotes.MatchPrefix},
		// A half-typed last syllable.
		{"클라우드포메이셔", "cloudformation", 1, awsnotes.MatchPrefix},
		{"클라우드트레이", "cloudtrail", 1, awsnotes.MatchPrefix},
		{"클라우드워ㅊ", "cloudwatch", 1, awsnotes.MatchPrefix},
		{"다이나모ㄷ", "dynamodb", 1, awsnotes.MatchPrefix},
		{"다이나몯", "dynamodb", 1, awsnotes.MatchPrefix}, // ㄷ sits as a final until the next vowel
		{"람ㄷ", "lambda", 1, awsnotes.MatchPrefix},
		// Hangul typed on QWERTY, Caps Lock included.
		{"fkaek", "lambda", 1, awsnotes.MatchExact},
		{"FKAEK", "lambda", 1, awsnotes.MatchExact},
		{"DLtLDPTM", "ecs", 1, awsnotes.MatchExact}, // 이씨에스 with Caps Lock: Shift+T gives t
		{"DLTLDPTM", "ecs", 3, awsnotes.MatchFuzzy}, // and without Shift: 이시에스, a typo
		{"Fkaek", "lambda", 1, awsnotes.MatchExact},
		{"ｆｋａｅｋ", "lambda", 1, awsnotes.MatchExact},
		{"zmffkdnemdnjcl", "cloudwatch", 1, awsnotes.MatchExact},
		{"ZMFFKDNEMDNJCL", "cloudwatch", 1, awsnotes.MatchExact},
		{"zmffkdnemxmfpdlf", "cloudtrail", 1, awsnotes.MatchExact},
		{"ekdlskahelql", "dynamodb", 1, awsnotes.MatchExact},
		{"zmffkdnemvhapdl", "cloudformation", 1, awsnotes.MatchPrefix},
		{"zlsptltm", "kinesis", 1, awsnotes.MatchExact},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rs := awsnotes.Search(tt.query, 10)
			checkResults(t, tt.query, 10, rs)
			require.NotEmpty(t, rs)
			i := slices.Index(ids(rs), tt.want)
			require.True(t, i >= 0 && i < tt.top, "%q: want %s in top %d, got %v", tt.query, tt.want, tt.top, ids(rs))
			assert.Equal(t, tt.match, rs[i].Match, "%q: %+v", tt.query, rs[i])
		})
	}
}

// A half-typed 클라우ㄷ could be any 클라우드…: all of them come first, as
// prefixes, the shortest name first.
func TestSearchHalfTypedSyllable(t *testing.T) {
	var cloud []awsnotes.ID // every entry with a name read 클라우드…
	for _, s := range awsnotes.All() {
		for _, n := range append(s.Names(), string(s.ID)) {
			if k := slowKey(n); strings.HasPrefix(k, "클라우드") || hangul.Choseong(k) != "" && strings.HasPrefix(hangul.Choseong(k), "ㅋㄹㅇㄷ") && !strings.ContainsFunc(k, func(r rune) bool { return !hangul.IsSyllable(r) }) {
				cloud = append(cloud, s.ID)
			}
		}
	}
	for _, q := range []string{"클라우ㄷ", "클라욷", "zmffkdne", "ㅋㄹㅇㄷ"} {
		rs := awsnotes.Search(q, 5)
		checkResults(t, q, 5, rs)
		require.Len(t, rs, 5, q)
		for _, r := range rs {
			assert.Equal(t, awsnotes.MatchPrefix, r.Match, "%q %+v", q, r)
			assert.Contains(t, cloud, r.Service.ID, q)
		}
	}
}

func TestSearchPositions(t *testing.T) {
	tests := []struct {
		query string
		text  string
		marks string // the characters of text at Positions
	}{
		{"ec2", "EC2", "EC2"},
		{"aws lambda", "AWS Lambda", "AWSLambda"[3:]},
		{"람다", "람다", "람다"},
		{"ㄹㄷ", "람다", "람다"},
		{"클라우ㄷ", "클라우드9", "클라우드"},
		{"trail", "AWS CloudTrail", "Trail"},
		{"누가 무엇을 했는가", "누가 무엇을 했는가", "누가무엇을했는가"},
		{"서버리스 컴퓨팅 엔진을", "서버리스 컴퓨팅 엔진", "서버리스컴퓨팅엔진"},
		{"cloudtrial", "AWS CloudTrail", "CloudTril"},
	}
	for _, tt := range tests {
		rs := awsnotes.Search(tt.query, 1)
		require.Len(t, rs, 1, tt.query)
		assert.Equal(t, tt.text, rs[0].Text, tt.query)
		text := []rune(rs[0].Text)
		var b strings.Builder
		for _, p := range rs[0].Positions {
			b.WriteRune(text[p])
		}
		assert.Equal(t, tt.marks, b.String(), tt.query)
	}
}

// Each ranking rule, one test each.
func TestSearchRankingRules(t *testing.T) {
	t.Run("exact before prefix", func(t *testing.T) {
		// "ec2" is EC2's abbreviation and the start of EC2 Instance Usage Report.
		rs := awsnotes.Search("ec2", 10)
		require.Equal(t, awsnotes.ID("ec2"), rs[0].Service.ID)
		assert.Equal(t, awsnotes.MatchExact, rs[0].Match)
		i := slices.Index(ids(rs), "ec2-instance-usage-report")
		require.Greater(t, i, 0)
		assert.Equal(t, awsnotes.MatchPrefix, rs[i].Match)
	})
	t.Run("prefix before fuzzy", func(t *testing.T) {
		// "cloud" starts many names; a name merely containing it comes later.
		rs := awsnotes.Search("cloud", 20)
		last := awsnotes.MatchExact
		for _, r := range rs {
			if r.Match == awsnotes.MatchFuzzy {
				last = awsnotes.MatchFuzzy
			}
			if last == awsnotes.MatchFuzzy {
				assert.NotEqual(t, awsnotes.MatchPrefix, r.Match, "prefix after fuzzy: %+v", r.Service.ID)
			}
		}
		assert.Equal(t, awsnotes.MatchPrefix, rs[0].Match)
	})
	t.Run("fuzzy before text", func(t *testing.T) {
		// "lamda" is a typo of Lambda's name; no note holds it, but
		// "lambda" alone is in many notes and the name still wins.
		rs := awsnotes.Search("lamda", 10)
		require.Equal(t, awsnotes.ID("lambda"), rs[0].Service.ID)
		assert.Equal(t, awsnotes.MatchFuzzy, rs[0].Match)
		rs = awsnotes.Search("배포", 10)
		for i := 1; i < len(rs); i++ {
			assert.False(t, rs[i-1].Match == awsnotes.MatchText && rs[i].Match != awsnotes.MatchText)
		}
	})
	t.Run("tiers never mix", func(t *testing.T) {
		order := map[awsnotes.Match]int{awsnotes.MatchExact: 0, awsnotes.MatchPrefix: 1, awsnotes.MatchFuzzy: 2, awsnotes.MatchText: 3}
		for _, q := range []string{"ec2", "cloud", "s3", "서버", "code", "ㅋ", "dms", "aws", "데이터"} {
			rs := awsnotes.Search(q, 50)
			for i := 1; i < len(rs); i++ {
				assert.LessOrEqual(t, order[rs[i-1].Match], order[rs[i].Match], "%q", q)
			}
		}
	})
	t.Run("fewer typos first", func(t *testing.T) {
		one := awsnotes.Search("cloudtrial", 1)[0] // one transposition
		two := awsnotes.Search("clodutrial", 1)[0] // two
		require.Equal(t, one.Service.ID, two.Service.ID)
		assert.Greater(t, one.Score, two.Score)
	})
	t.Run("reordered words rank as fuzzy, above typos", func(t *testing.T) {
		reorder := awsnotes.Search("trail cloud", 1)[0]
		typo := awsnotes.Search("cloudtrial", 1)[0]
		assert.Equal(t, awsnotes.MatchFuzzy, reorder.Match)
		assert.Greater(t, reorder.Score, typo.Score)
	})
	t.Run("longer prefix of a shorter name first", func(t *testing.T) {
		rs := awsnotes.Search("클라우ㄷ", 3)
		assert.Equal(t, awsnotes.ID("cloud9"), rs[0].Service.ID) // 클라우드9 is the shortest
	})
	t.Run("as typed before particle-stripped and QWERTY readings", func(t *testing.T) {
		plain := awsnotes.Search("람다", 1)[0]
		particle := awsnotes.Search("람다는", 1)[0]
		qwerty := awsnotes.Search("fkaek", 1)[0]
		capsLock := awsnotes.Search("FKAEK", 1)[0]
		assert.Greater(t, plain.Score, particle.Score)
		assert.Greater(t, particle.Score, qwerty.Score)
		assert.Greater(t, qwerty.Score, capsLock.Score)
	})
	t.Run("names before aliases", func(t *testing.T) {
		name := awsnotes.Search("cloudtrail", 1)[0]
		alias := awsnotes.Search("메시지 큐", 1)[0]
		assert.Equal(t, awsnotes.FieldName, name.Field)
		assert.Equal(t, awsnotes.FieldAlias, alias.Field)
		assert.Greater(t, name.Score, alias.Score)
	})
	t.Run("the whole phrase in one run beats scattered words", func(t *testing.T) {
		rs := awsnotes.Search("서버리스 컴퓨팅 엔진", 3)
		require.Equal(t, awsnotes.ID("fargate"), rs[0].Service.ID)
		assert.Equal(t, awsnotes.ID("lambda"), rs[1].Service.ID) // holds two of the three words
	})
	t.Run("the shorter text holding the query wins", func(t *testing.T) {
		// The scenario is exactly the query; the summary holds more words.
		r := awsnotes.Search("누가 무엇을 했는가", 1)[0]
		assert.Equal(t, awsnotes.FieldScenario, r.Field)
	})
	t.Run("ties by entry order", func(t *testing.T) {
		all := awsnotes.All()
		index := map[awsnotes.ID]int{}
		for i, s := range all {
			index[s.ID] = i
		}
		for _, q := range []string{"서비스", "aws", "ec2", "데이터", "s"} {
			rs := awsnotes.Search(q, 80)
			for i := 1; i < len(rs); i++ {
				if rs[i-1].Score == rs[i].Score {
					assert.Less(t, index[rs[i-1].Service.ID], index[rs[i].Service.ID], "%q", q)
				}
			}
		}
	})
	t.Run("same query, same answer", func(t *testing.T) {
		for _, q := range []string{"cloud", "서비스", "ㅋ"} {
			assert.Equal(t, awsnotes.Search(q, 30), awsnotes.Search(q, 30), q)
		}
	})
}

// sahilm/fuzzy's flaws stay out of the results: its score overflows on
// long runs of matched characters, its penalties count bytes, and its
// offsets are bytes.
func TestSearchAvoidsFuzzyFlaws(t *testing.T) {
	// The longest line of the notes, pasted whole.
	var long string
	var owner awsnotes.ID
	for _, s := range awsnotes.All() {
		for _, n := range s.Notes {
			for _, l := range n.Lines {
				if utf8.RuneCountInString(l.Text) > utf8.RuneCountInString(long) {
					long, owner = l.Text, s.ID
				}
			}
		}
	}
	require.Greater(t, utf8.RuneCountInString(long), 60)
	ms := fuzzy.Find(long, []string{long, "x " + long})
	t.Logf("fuzzy.Find on a %d-rune line matching itself: %d matches %v", utf8.RuneCountInString(long), len(ms), ms)
	rs := awsnotes.Search(long, 3)
	require.NotEmpty(t, rs)
	assert.Equal(t, owner, rs[0].Service.ID)
	letters := 0 // every letter and digit of the line is marked, each once
	for _, c := range rs[0].Text {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			letters++
		}
	}
	assert.Len(t, rs[0].Positions, letters)

	// Hangul and Latin names of the same entry score the same.
	assert.Equal(t, awsnotes.Search("lambda", 1)[0].Score, awsnotes.Search("람다", 1)[0].Score)
	assert.Equal(t, awsnotes.Search("kinesys", 1)[0].Score, awsnotes.Search("키네시즈", 1)[0].Score) // one typo each
	// Offsets are runes: the subsequence "cldtrl" marks the runes of CloudTrail.
	r := awsnotes.Search("cldtrl", 1)[0]
	text := []rune(r.Text)
	var b strings.Builder
	for _, p := range r.Positions {
		b.WriteRune(text[p])
	}
	assert.Equal(t, "CldTrl", b.String())
}

// Every name of every entry finds that entry first (or an entry sharing the
// name: none do).
func TestSearchNamesRoundTrip(t *testing.T) {
	for _, s := range awsnotes.All() {
		for _, name := range append(s.Names(), string(s.ID)) {
			rs := awsnotes.Search(name, 3)
			require.NotEmpty(t, rs, name)
			assert.Equal(t, s.ID, rs[0].Service.ID, "%q: %v", name, ids(rs))
			assert.Equal(t, awsnotes.MatchExact, rs[0].Match, name)
		}
	}
}

// A line pasted from the notes finds its entry first; where the same line
// is in several entries, one of them is first. A line that is word for word
// another entry's name ("확장성" under AWS의 장점) finds that entry first, by
// the first ranking rule, and its own entry next.
func TestSearchEveryNoteLine(t *testing.T) {
	owners := map[string][]awsnotes.ID{}
	var lines []string
	for _, s := range awsnotes.All() {
		for _, n := range s.Notes {
			for _, l := range n.Lines {
				if _, ok := owners[l.Text]; !ok {
					lines = append(lines, l.Text)
				}
				if !slices.Contains(owners[l.Text], s.ID) {
					owners[l.Text] = append(owners[l.Text], s.ID)
				}
			}
		}
	}
	require.Greater(t, len(lines), 200)
	for _, line := range lines {
		rs := awsnotes.Search(line, 5)
		checkResults(t, line, 5, rs)
		require.NotEmpty(t, rs, line)
		if id, ok := awsnotes.LookupID(line); ok && !slices.Contains(owners[line], id) {
			assert.Equal(t, id, rs[0].Service.ID, "%q", line)
			require.Greater(t, len(rs), 1, line)
			assert.Contains(t, owners[line], rs[1].Service.ID, "%q: %v", line, ids(rs))
			continue
		}
		assert.Contains(t, owners[line], rs[0].Service.ID, "%q: %v", line, ids(rs))
	}
}

func TestSearchBadInput(t *testing.T) {
	for _, q := range []string{
		"", " ", "\t\n", "\u3000", "\x00", "\xff\xfe\xfd", "\x01\x02\x7f", "😀", "🙂🙃", "***", ".*", "^$", "[", "\\", "|+?(){}", "%%", "\u200b",
		"\u0301", "ㅤ", // a lone combining mark; the Hangul filler
	} {
		rs := awsnotes.Search(q, 5)
		checkResults(t, q, 5, rs)
		assert.Empty(t, rs, "%q", q)
	}
	// Metacharacters are not operators: their letters are searched for.
	for _, q := range []string{"(a|b)+$", "%s%d", "ec.*", "lamb?da"} {
		checkResults(t, q, 5, awsnotes.Search(q, 5))
	}
	assert.Equal(t, awsnotes.ID("lambda"), awsnotes.Search("lamb?da", 1)[0].Service.ID)
	// Junk around a real word does not hide it.
	for _, q := range []string{"😀 lambda 😀", "lambda\x00", "\xfflambda", "(lambda)", "lambda.*", "[람다]"} {
		rs := awsnotes.Search(q, 5)
		checkResults(t, q, 5, rs)
		require.NotEmpty(t, rs, "%q", q)
		assert.Equal(t, awsnotes.ID("lambda"), rs[0].Service.ID, "%q", q)
	}
	// Megabyte queries are cut short and answered.
	for _, q := range []string{strings.Repeat("a", 1<<20), strings.Repeat("람다 ", 1<<18), strings.Repeat("\xff", 1<<20), strings.Repeat("ㄹ", 1<<19),
		"lambda" + strings.Repeat(" ", 1<<20), strings.Repeat("cloud trail ", 1<<16)} {
		rs := awsnotes.Search(q, 5)
		checkResults(t, q[:10], 5, rs)
	}
}

func TestSearchLimit(t *testing.T) {
	assert.Len(t, awsnotes.Search("서비스", 0), awsnotes.DefaultSearchLimit)
	assert.Len(t, awsnotes.Search("서비스", -3), awsnotes.DefaultSearchLimit)
	assert.Len(t, awsnotes.Search("서비스", 1), 1)
	assert.Len(t, awsnotes.Search("서비스", 25), 25)
	n := len(awsnotes.All())
	assert.LessOrEqual(t, len(awsnotes.Search("a", 1000)), n)
	// A larger limit extends a smaller one.
	small, large := awsnotes.Search("cloud", 5), awsnotes.Search("cloud", 30)
	assert.Equal(t, small, large[:5])
}

func TestSearchResultsAreCopies(t *testing.T) {
	rs := awsnotes.Search("cloudtrail", 1)
	require.Len(t, rs, 1)
	first := rs[0].Positions[0]
	s := &rs[0].Service
	s.Name = "changed"
	s.Aliases[0] = "changed"
	s.Notes[0].Lines[0].Text = "changed"
	s.Notes[0].Heading = "changed"
	s.Related[0] = "changed"
	s.Scenarios[0].Quote = "changed"
	s.Aliases = append(s.Aliases, "more")
	rs[0].Positions[0] = 99
	again := awsnotes.Search("cloudtrail", 1)[0]
	want, _ := awsnotes.Get("cloudtrail")
	assert.Equal(t, want, again.Service)
	assert.Equal(t, first, again.Positions[0])
	for _, r := range awsnotes.Search("changed", 10) {
		assert.NotEqual(t, awsnotes.ID("cloudtrail"), r.Service.ID)
	}
}

func TestSearchNilAndEmptyCatalog(t *testing.T) {
	var c *awsnotes.Catalog
	assert.Nil(t, c.Search("ec2", 5))
	assert.Nil(t, (&awsnotes.Catalog{}).Search("ec2", 5))
}

func TestSearchConcurrent(t *testing.T) {
	queries := []string{"ec2", "cloudtrial", "람다", "ㄹㄷ", "fkaek", "클라우ㄷ", "서버리스 컴퓨팅 엔진", "trail cloud", "\xff", ""}
	want := make([][]awsnotes.Result, len(queries))
	for i, q := range queries {
		want[i] = awsnotes.Search(q, 5)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				k := (g + i) % len(queries)
				got := awsnotes.Search(queries[k], 5)
				if !assert.Equal(t, want[k], got, queries[k]) {
					return
				}
				if len(got) > 0 {
					got[0].Service.Aliases = append(got[0].Service.Aliases[:0], "x")
				}
			}
		}()
	}
	wg.Wait()
}

// The tables are built on the first search; many first searches at once
// build them once.
func TestSearchFirstUseConcurrent(t *testing.T) {
	c, err := awsnotes.Load(data.FS())
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([][]awsnotes.Result, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = c.Search("클라우ㄷ", 5)
		}()
	}
	wg.Wait()
	for _, rs := range got {
		assert.Equal(t, awsnotes.Search("클라우ㄷ", 5), rs)
	}
}

func TestSearchOwnCatalog(t *testing.T) {
	c, err := awsnotes.Default()
	require.NoError(t, err)
	assert.Equal(t, awsnotes.Search("람다", 3), c.Search("람다", 3))

	// A catalog loaded from the user's own files is searched on its own.
	mine, err := awsnotes.Load(fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "study-bot", "name": "My Study Bot", "reading": "스터디 봇", "aliases": ["봇"], "kind": "concept",
		 "categories": ["developer-tools"], "summary": "내가 만든 공부 도우미"},
		{"id": "helper", "name": "Helper", "reading": "헬퍼", "kind": "concept",
		 "categories": ["developer-tools"], "summary": "도우미"}]}`)}})
	require.NoError(t, err)
	for q, want := range map[string]awsnotes.ID{"study bot": "study-bot", "ㅅㅌㄷ": "study-bot", "tmxjel": "study-bot",
		"helpr": "helper", "헬ㅍ": "helper", "공부 도우미": "study-bot", "도우미": "helper"} {
		rs := mine.Search(q, 5)
		require.NotEmpty(t, rs, q)
		assert.Equal(t, want, rs[0].Service.ID, q)
	}
	assert.Empty(t, mine.Search("lambda", 5))
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{"ec2", "aws lambda", "cloudtrial", "trail cloud", "람다", "ㄹㄷ", "클라우ㄷ", "fkaek", "FKAEK",
		"서버리스 컴퓨팅 엔진을", "\xff", "😀", ".*", norm.NFD.String("클라우드"), "ＥＣ２", "a b c d e", "ㅏㅏㅏ", "EC2는"} {
		f.Add(q, 5)
	}
	f.Fuzz(func(t *testing.T, q string, limit int) {
		limit = limit%50 - 5 // include zero and negative limits
		rs := awsnotes.Search(q, limit)
		checkResults(t, fmt.Sprintf("%q", q), limit, rs)
	})
}

// slowKey is the reference folding: letters and digits of the folded text,
// a leading vendor dropped.
func slowKey(s string) string {
	var b strings.Builder
	for _, r := range textnorm.Fold(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return textnorm.StripVendor(b.String())
}

// The exact and prefix tiers against a slow reference that spells every
// name out in jamo and compares prefixes one by one: every jamo prefix of
// every Korean reading and alias, typed half-way, and their initials.
func TestSearchPrefixMatchesSlowReference(t *testing.T) {
	all := awsnotes.All()
	type name struct {
		entry      awsnotes.ID
		jamo, init string
	}
	var names []name
	var queries []string
	for _, s := range all {
		ns := append(s.Names(), string(s.ID))
		for _, n := range s.Notes {
			ns = append(ns, n.Heading)
		}
		for _, n := range ns {
			k := slowKey(n)
			init := ""
			if !strings.ContainsFunc(k, func(r rune) bool { return !hangul.IsSyllable(r) }) {
				init = hangul.Choseong(k)
			}
			names = append(names, name{s.ID, hangul.Disassemble(k), init})
			if !strings.ContainsFunc(k, hangul.IsSyllable) {
				continue
			}
			jamo := []rune(hangul.Disassemble(k))
			for i := 1; i <= len(jamo); i++ {
				queries = append(queries, hangul.Assemble(string(jamo[:i])))
			}
			if init != "" {
				for i := 1; i <= utf8.RuneCountInString(init); i++ {
					queries = append(queries, string([]rune(init)[:i]))
				}
			}
		}
	}
	slices.Sort(queries)
	queries = slices.Compact(queries)
	require.Greater(t, len(queries), 500)
	for _, q := range queries {
		want := map[awsnotes.ID]bool{}
		for _, v := range []string{q, hangul.StripParticle(q)} {
			qj := hangul.Disassemble(slowKey(v))
			onlyInitials := hangul.IsChoseongOnly(v)
			for _, n := range names {
				if strings.HasPrefix(n.jamo, qj) || onlyInitials && n.init != "" && strings.HasPrefix(n.init, slowKey(v)) {
					want[n.entry] = true
				}
			}
		}
		got := map[awsnotes.ID]bool{}
		for _, r := range awsnotes.Search(q, len(all)) {
			if r.Match == awsnotes.MatchExact || r.Match == awsnotes.MatchPrefix {
				got[r.Service.ID] = true
			}
		}
		require.Equal(t, want, got, "%q", q)
	}
}

// Every Korean reading, typed with the keyboard in English mode (with and
// without Caps Lock) or given as its initial consonants, finds its entry.
func TestSearchReadingsRoundTrip(t *testing.T) {
	all := awsnotes.All()
	byInitials := map[string][]awsnotes.ID{}
	for _, s := range all {
		if k := slowKey(s.Reading); !strings.ContainsFunc(k, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			byInitials[hangul.Choseong(k)] = append(byInitials[hangul.Choseong(k)], s.ID)
		}
	}
	for _, s := range all {
		qwerty := hangul.HangulToQwerty(s.Reading)
		capsLock := strings.Map(func(r rune) rune { // Caps Lock inverts case
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, qwerty)
		for _, q := range []string{qwerty, capsLock} {
			rs := awsnotes.Search(q, 3)
			require.NotEmpty(t, rs, "%s: %q", s.ID, q)
			assert.Equal(t, s.ID, rs[0].Service.ID, "%s: %q → %v", s.ID, q, ids(rs))
			assert.Equal(t, awsnotes.MatchExact, rs[0].Match, "%s: %q", s.ID, q)
		}
		k := slowKey(s.Reading)
		if strings.ContainsFunc(k, func(r rune) bool { return !hangul.IsSyllable(r) }) {
			continue // 라우트 53: no initials for the digits
		}
		initials := hangul.Choseong(k)
		same := byInitials[initials]
		rs := awsnotes.Search(initials, len(same))
		require.Len(t, rs, len(same), initials)
		assert.ElementsMatch(t, same, ids(rs), "%s: %q", s.ID, initials)
	}
}
