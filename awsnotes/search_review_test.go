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

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/cloudnotes-kr/awsnotes/internal/hangul"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// marked returns the characters of r.Text at r.Positions.
func marked(r awsnotes.Result) string {
	text := []rune(r.Text)
	var b strings.Builder
	for _, p := range r.Positions {
		if p >= 0 && p < len(text) {
			b.WriteRune(text[p])
		}
	}
	return b.String()
}

// nfdCut returns s in NFD without its last jamo: a Mac's text cut in the
// middle of the last syllable.
func nfdCut(s string) string {
	r := []rune(norm.NFD.String(s))
	return string(r[:len(r)-1])
}

// reviewQueries: the promises, each kind of query a learner types.
func TestReviewSearchQueries(t *testing.T) {
	const (
		exact  = awsnotes.MatchExact
		prefix = awsnotes.MatchPrefix
		fz     = awsnotes.MatchFuzzy
		text   = awsnotes.MatchText
		any    = awsnotes.Match("")
	)
	tests := []struct {
		query string
		want  awsnotes.ID
		top   int
		match awsnotes.Match
	}{
		// English names and abbreviations in any case and width, with or
		// without the vendor.
		{"ec2", "ec2", 1, exact},
		{"Ec2", "ec2", 1, exact},
		{"ＥＣ２", "ec2", 1, exact},
		{"ｅｃ２", "ec2", 1, exact},
		{"Amazon EC2", "ec2", 1, exact},
		{"AWS EC2", "ec2", 1, exact},
		{"amazonec2", "ec2", 1, exact},
		{"aws lambda", "lambda", 1, exact},
		{"AWS LAMBDA", "lambda", 1, exact},
		{"ＡＷＳ　Ｌａｍｂｄａ", "lambda", 1, exact},
		{"aws-lambda", "lambda", 1, exact},
		{"aws_lambda", "lambda", 1, exact},
		{"awslambda", "lambda", 1, exact},
		{"route 53", "route-53", 1, exact},
		{"ROUTE53", "route-53", 1, exact},
		{"Amazon Route 53", "route-53", 1, exact},
		{"Elastic Compute Cloud", "ec2", 1, exact},
		{"elastic compute cloud", "ec2", 1, exact},
		{"Amazon Elastic Compute Cloud", "ec2", 1, exact},
		{"simple storage service", "s3", 1, exact},
		{"S3", "s3", 1, exact},
		{"ｓ３", "s3", 1, exact},
		{"dynamo db", "dynamodb", 1, exact},
		{"cloud watch", "cloudwatch", 1, exact},
		{"elastic beanstalk", "elastic-beanstalk", 1, exact},
		{"elasticbeanstalk", "elastic-beanstalk", 1, exact},
		{"beanstalk", "elastic-beanstalk", 1, exact},
		// Typos: transposition, missing, extra and wrong letters.
		{"cloudtrial", "cloudtrail", 1, fz},
		{"cloudtral", "cloudtrail", 1, fz},
		{"cloudtraill", "cloudtrail", 1, fz},
		{"cluodtrail", "cloudtrail", 1, fz},
		{"kinesys", "kinesis", 1, fz},
		{"kinesiss", "kinesis", 1, fz},
		{"lamda", "lambda", 1, fz},
		{"lmabda", "lambda", 1, fz},
		{"labmda", "lambda", 1, fz},
		{"lambada", "lambda", 1, fz},
		{"dynamdb", "dynamodb", 1, fz},
		{"dynamobd", "dynamodb", 1, fz},
		{"sagemkaer", "sagemaker", 1, fz},
		{"sagemaer", "sagemaker", 1, fz},
		{"cloudwatc", "cloudwatch", 1, prefix},
		{"cloudwacth", "cloudwatch", 1, fz},
		{"cloudfromt", "cloudfront", 1, fz},
		{"elasticbeanstak", "elastic-beanstalk", 1, fz},
		{"elastc beanstalk", "elastic-beanstalk", 1, fz},
		{"AWS cloudtrial", "cloudtrail", 1, fz},
		{"amazon kinesys", "kinesis", 1, fz},
		{"CLOUDTRIAL", "cloudtrail", 1, fz},
		{"ｃｌｏｕｄｔｒｉａｌ", "cloudtrail", 1, fz},
		{"redshfit", "redshift", 1, fz},
		// Words reordered or spaced.
		{"cloud trail", "cloudtrail", 1, exact},
		{"Cloud Trail", "cloudtrail", 1, exact},
		{"trail cloud", "cloudtrail", 1, fz},
		{"watch cloud", "cloudwatch", 1, fz},
		{"front cloud", "cloudfront", 1, fz},
		{"beanstalk elastic", "elastic-beanstalk", 1, fz},
		{"Beanstalk Elastic", "elastic-beanstalk", 1, fz},
		{"cloud compute elastic", "ec2", 1, fz},
		{"aws trail cloud", "cloudtrail", 1, fz},
		// Korean words and phrases from the notes, with particles, in any order.
		{"서버리스 컴퓨팅 엔진", "fargate", 1, text},
		{"서버리스 컴퓨팅 엔진을", "fargate", 1, text},
		{"엔진 컴퓨팅 서버리스", "fargate", 1, text},
		{"컴퓨팅 엔진 서버리스", "fargate", 1, text},
		{"서버리스 컴퓨팅 엔진입니다", "fargate", 1, text},
		{"메시지 큐", "sqs", 1, exact},
		{"메시지 큐를", "sqs", 1, exact},
		{"큐 메시지", "sqs", 1, any},
		{"누가 무엇을 했는가", "cloudtrail", 1, text},
		{"무엇을 누가 했는가", "cloudtrail", 1, text},
		{"누가 무엇을", "cloudtrail", 1, text},
		{"실시간 스트리밍", "kinesis", 1, text},
		{"실시간 스트리밍을", "kinesis", 1, text},
		{"스트리밍을 실시간으로", "kinesis", 1, text},
		{"API 호출 기록", "cloudtrail", 1, text},
		{"API 호출 기록을 남기는", "cloudtrail", 1, text},
		{"api 호출 기록을", "cloudtrail", 1, text},
		{"호출 기록 API", "cloudtrail", 1, text},
		// Korean readings.
		{"람다", "lambda", 1, exact},
		{"클라우드트레일", "cloudtrail", 1, exact},
		{"클라우드 트레일", "cloudtrail", 1, exact},
		{"다이나모디비", "dynamodb", 1, exact},
		{"다이나모 디비", "dynamodb", 1, exact},
		{"레드시프트", "redshift", 1, exact},
		{"키네시스", "kinesis", 1, exact},
		{"세이지메이커", "sagemaker", 1, exact},
		{"클라우드워치", "cloudwatch", 1, exact},
		{"람다를", "lambda", 1, exact},
		{"레드시프트는", "redshift", 1, exact},
		{"트레일 클라우드", "cloudtrail", 1, fz},
		// Choseong.
		{"ㄹㄷ", "lambda", 1, exact},
		{"ㅋㄹㅇㄷㅌㄹㅇ", "cloudtrail", 1, exact},
		{"ㄷㅇㄴㅁㄷㅂ", "dynamodb", 1, exact},
		{"ㄹㄷㅅㅍㅌ", "redshift", 1, exact},
		{"ㅋㄹㅇㄷ ㅌㄹㅇ", "cloudtrail", 1, exact},
		{"ㄷㅇㄴㅁ", "dynamodb", 1, exact}, // 다이나모 is an alias
		// A half-typed last syllable.
		{"클라우ㄷ", "cloud9", 1, prefix},
		{"클라우ㄷ", "cloudtrail", 10, prefix}, // ten names now start 클라우드, the shortest first
		{"클라우드포메이셔", "cloudformation", 1, prefix},
		{"클라우드포메이", "cloudformation", 1, prefix},
		{"람", "lambda", 1, prefix},
		{"람ㄷ", "lambda", 1, prefix},
		{"다이나모디", "dynamodb", 1, prefix},
		{"다이나모딥", "dynamodb", 1, prefix},
		{"레드시ㅍ", "redshift", 1, prefix},
		{"레드싶", "redshift", 1, prefix},
		{"클라우드트레이", "cloudtrail", 1, prefix},
		{"클라우드트레ㅇ", "cloudtrail", 1, prefix},
		// QWERTY-typed Hangul, Caps Lock included.
		{"fkaek", "lambda", 1, exact},
		{"FKAEK", "lambda", 1, exact},
		{"Fkaek", "lambda", 1, exact},
		{"fKAEK", "lambda", 1, exact},
		{"ｆｋａｅｋ", "lambda", 1, exact},
		{"  fkaek\t", "lambda", 1, exact},
		{"zmffkdnemdnjcl", "cloudwatch", 1, exact},
		{"ZMFFKDNEMDNJCL", "cloudwatch", 1, exact},
		{"zmffkdnemxmfpdlf", "cloudtrail", 1, exact},
		{"zmffkdnem xmfpdlf", "cloudtrail", 1, exact},
		{"ekdlskahelql", "dynamodb", 1, exact},
		{"fpemtlvmxm", "redshift", 1, exact},
		{"fkaeksms", "lambda", 1, exact}, // 람다는
		{"fkaekfmf", "lambda", 1, exact}, // 람다를
		{"FKAEKSMS", "lambda", 1, exact}, // 람다는, Caps Lock
		{"zmffkdnemdnj", "cloudwatch", 3, prefix},
		{"fka", "lambda", 1, prefix},
		{"fkaek는", "lambda", 1, exact}, // switched to Korean for the particle
		{"fka다", "lambda", 1, exact},   // switched mid-word
		{"ㄹㅏㅁㄷㅏ", "lambda", 1, exact},  // jamo by jamo
		{"람ㄷㅏ", "lambda", 1, exact},
		{"ㅋㅡㄹㄹㅏㅇㅜㄷㅡㅌㅡㄹㅔㅇㅣㄹ", "cloudtrail", 1, exact},
		// NFD, full width, padding.
		{norm.NFD.String("람다"), "lambda", 1, exact},
		{norm.NFD.String("다이나모디비"), "dynamodb", 1, exact},
		{norm.NFD.String("누가 무엇을 했는가"), "cloudtrail", 1, text},
		{norm.NFD.String("람다는"), "lambda", 1, exact},
		{norm.NFD.String("클라우ㄷ"), "cloud9", 1, prefix},
		{nfdCut("클라우드"), "cloud9", 1, prefix}, // NFD cut mid-syllable: 클라우 + U+1103
		{nfdCut("다이나모디비"), "dynamodb", 1, prefix},
		{nfdCut("레드시프트"), "redshift", 1, prefix},
		{"\u1105\u1103", "lambda", 1, exact}, // initial consonants as conjoining jamo
		{"\u110f\u1105\u110b\u1103\u1110\u1105\u110b", "cloudtrail", 1, exact},
		{"\n\t 람다 \r\n", "lambda", 1, exact},
		{"\u3000ec2\u3000", "ec2", 1, exact},
		{"\u00a0lambda\u00a0", "lambda", 1, exact},
		{"\ufeff람다", "lambda", 1, exact},
		{"\u200b람다\u200b", "lambda", 1, exact},
		// Particles after Latin letters and digits.
		{"EC2는", "ec2", 1, exact},
		{"EC2가", "ec2", 1, exact},
		{"EC2의", "ec2", 1, exact},
		{"Route 53은", "route-53", 1, exact},
		{"Route53에서", "route-53", 1, exact},
		{"CloudTrail을", "cloudtrail", 1, exact},
		{"CloudTrail은", "cloudtrail", 1, exact},
		{"cloudtrail로", "cloudtrail", 1, exact},
		{"S3에", "s3", 1, exact},
		{"S3에서", "s3", 1, exact},
		{"S3를", "s3", 1, exact},
		{"DynamoDB와", "dynamodb", 1, exact},
		{"Lambda랑", "lambda", 1, exact},
		{"ＥＣ２는", "ec2", 1, exact},
		{"AWS Lambda는", "lambda", 1, exact},
		{"cloudtrial은", "cloudtrail", 1, fz},
		{"EC2 는", "ec2", 1, exact}, // a space before the particle
		{"Route 53 은", "route-53", 1, exact},
		{"람다 를", "lambda", 1, exact},
		{"누가 무엇을 했는가 는", "cloudtrail", 1, text},
		// A name among other words.
		{"lambda function", "lambda", 1, any},
		{"lambda 함수", "lambda", 1, any},
		{"ec2 instance", "ec2", 4, any}, // EC2 instance types and EC2 Instance Usage Report start with it; Spot Instance holds "instance" as a word
		{"what is lambda", "lambda", 1, any},
		{"람다 서비스", "lambda", 1, any},
		{"람다란", "lambda", 1, exact},
		{"람다란 무엇인가", "lambda", 1, any},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			rs := awsnotes.Search(tt.query, 10)
			checkResults(t, tt.query, 10, rs)
			require.NotEmpty(t, rs, "%q", tt.query)
			i := slices.Index(ids(rs), tt.want)
			require.True(t, i >= 0 && i < tt.top, "%q: want %s in top %d, got %v", tt.query, tt.want, tt.top, ids(rs))
			if tt.match != "" {
				assert.Equal(t, tt.match, rs[i].Match, "%q: %+v", tt.query, rs[i].Text)
			}
			checkPositionsMatch(t, tt.query, rs)
		})
	}
}

// checkPositionsMatch checks that the marked characters of exact, prefix
// and text results are letters or digits (never spaces or punctuation).
func checkPositionsMatch(t *testing.T, query string, rs []awsnotes.Result) {
	t.Helper()
	for _, r := range rs {
		if len(r.Positions) == 0 {
			t.Errorf("%q: %s has no positions in %q", query, r.Service.ID, r.Text)
		}
		for _, c := range marked(r) {
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				t.Errorf("%q: %s marks %q in %q", query, r.Service.ID, c, r.Text)
			}
		}
	}
}

// Every name of every entry, typed with a particle after it, finds the entry
// first as an exact match.
func TestReviewNamesWithParticles(t *testing.T) {
	for _, s := range awsnotes.All() {
		for _, name := range s.Names() {
			last, _ := utf8.DecodeLastRuneInString(name)
			var ps []string
			switch {
			case hangul.IsSyllable(last) && hangul.HasBatchim(last):
				ps = []string{"은", "을", "이", "과", "에서"}
			case hangul.IsSyllable(last):
				ps = []string{"는", "를", "가", "와", "에서"}
			case last < utf8.RuneSelf && (unicode.IsLetter(last) || unicode.IsDigit(last)):
				ps = []string{"은", "는", "을", "를", "이", "가", "에", "의"}
			default:
				continue
			}
			for _, p := range ps {
				q := name + p
				rs := awsnotes.Search(q, 3)
				require.NotEmpty(t, rs, q)
				if !assert.Equal(t, s.ID, rs[0].Service.ID, "%q: %v", q, ids(rs)) {
					continue
				}
				assert.Equal(t, awsnotes.MatchExact, rs[0].Match, q)
			}
		}
	}
}

// Every Latin name longer than six letters with one typo (a letter dropped,
// doubled, swapped with the next or replaced) finds its entry in the top 3.
func TestReviewNameTypos(t *testing.T) {
	for _, s := range awsnotes.All() {
		for _, name := range []string{s.Short, s.Name} {
			k := textnorm.Key(name)
			if len(k) < 7 || strings.ContainsFunc(k, func(r rune) bool { return r >= utf8.RuneSelf }) {
				continue
			}
			mid := len(k) / 2
			for _, q := range []string{
				k[:mid] + k[mid+1:],                                 // dropped
				k[:mid] + k[mid:mid+1] + k[mid:],                    // doubled
				k[:mid] + k[mid+1:mid+2] + k[mid:mid+1] + k[mid+2:], // swapped
				k[:mid] + "x" + k[mid+1:],                           // replaced
			} {
				if q == k {
					continue
				}
				rs := awsnotes.Search(q, 3)
				assert.Contains(t, ids(rs), s.ID, "%s: %q", name, q)
			}
		}
	}
}

// Every piece of the notes' text (summaries, lines, highlights, remarks,
// scenarios, mnemonics), pasted whole, finds an entry holding that text
// first, unless the text is another entry's name word for word. So does the
// text pasted from a Mac (NFD) or with surrounding white space.
func TestReviewPastedText(t *testing.T) {
	owners := map[string][]awsnotes.ID{}
	var texts []string
	add := func(id awsnotes.ID, text string) {
		if text == "" {
			return
		}
		if _, ok := owners[text]; !ok {
			texts = append(texts, text)
		}
		if !slices.Contains(owners[text], id) {
			owners[text] = append(owners[text], id)
		}
	}
	for _, s := range awsnotes.All() {
		add(s.ID, s.Summary)
		for _, n := range s.Notes {
			add(s.ID, n.Remark)
			for _, l := range n.Lines {
				add(s.ID, l.Text)
				for _, h := range l.Highlights {
					add(s.ID, h)
				}
			}
		}
		for _, sc := range s.Scenarios {
			add(s.ID, sc.Quote)
			add(s.ID, sc.Outcome)
		}
		for _, m := range s.Mnemonics {
			add(s.ID, m.Word+": "+m.Meaning)
		}
	}
	for _, text := range texts {
		if _, ok := awsnotes.LookupID(text); ok {
			continue // a name: the first ranking rule applies
		}
		if utf8.RuneCountInString(textnorm.Key(text)) < 4 {
			continue // too short to name one entry
		}
		for _, q := range []string{text, norm.NFD.String(text), " \t" + text + "\n"} {
			rs := awsnotes.Search(q, 5)
			checkResults(t, q, 5, rs)
			if !assert.NotEmpty(t, rs, "%q", q) {
				continue
			}
			// An entry that holds the text may share the top score with
			// others that do; an entry named by a word of it may rank
			// above as a name match (only when the text is short).
			top := rs[0].Score
			var firsts []awsnotes.ID
			for _, r := range rs {
				if r.Score == top {
					firsts = append(firsts, r.Service.ID)
				}
			}
			ok := false
			for _, id := range firsts {
				ok = ok || slices.Contains(owners[text], id)
			}
			assert.True(t, ok, "%q: owners %v, got %v (%v)", q, owners[text], ids(rs), rs[0].Match)
		}
	}
}

// The tiers, the scores and the tie order, over many queries of every kind.
func TestReviewRankingInvariants(t *testing.T) {
	order := map[awsnotes.Match]int{awsnotes.MatchExact: 0, awsnotes.MatchPrefix: 1, awsnotes.MatchFuzzy: 2, awsnotes.MatchText: 3}
	all := awsnotes.All()
	index := map[awsnotes.ID]int{}
	for i, s := range all {
		index[s.ID] = i
	}
	queries := []string{"ec2", "cloud", "클라우", "클라우ㄷ", "ㅋ", "ㄹ", "s", "a", "데이터", "서비스", "보안", "관리",
		"aws", "amazon", "code", "data", "trail", "ㅋㄹㅇㄷ", "zmffkdne", "cloudtrial", "서버리스", "엔진", "db", "디비"}
	for _, q := range queries {
		rs := awsnotes.Search(q, 200)
		checkResults(t, q, 200, rs)
		for i := 1; i < len(rs); i++ {
			a, b := rs[i-1], rs[i]
			assert.LessOrEqual(t, order[a.Match], order[b.Match], "%q: %s (%s) before %s (%s)", q, a.Service.ID, a.Match, b.Service.ID, b.Match)
			if a.Score == b.Score {
				assert.Less(t, index[a.Service.ID], index[b.Service.ID], "%q: tie %s %s", q, a.Service.ID, b.Service.ID)
			}
		}
		// Every limit gives a prefix of the longest list.
		for _, n := range []int{1, 2, 3, 7, 10, 50} {
			short := awsnotes.Search(q, n)
			assert.Equal(t, rs[:min(n, len(rs))], short, "%q limit %d", q, n)
		}
	}
}

// Exact, prefix and reordered-word name matches mark the name's letters the
// query typed; text matches mark the query's words in the text.
func TestReviewPositions(t *testing.T) {
	tests := []struct{ query, text, marks string }{
		{"ec2", "EC2", "EC2"},
		{"EC2는", "EC2", "EC2"},
		{"Route 53은", "Amazon Route 53", "Route53"},
		{"CloudTrail을", "AWS CloudTrail", "CloudTrail"},
		{"route 53", "Amazon Route 53", "Route53"},
		{"ＥＣ２", "EC2", "EC2"},
		{"Elastic Compute Cloud", "Amazon Elastic Compute Cloud", "ElasticComputeCloud"},
		{"trail cloud", "AWS CloudTrail", "CloudTrail"},
		{"beanstalk elastic", "AWS Elastic Beanstalk", "ElasticBeanstalk"},
		{"ㅋㄹㅇㄷㅌ", "클라우드트레일", "클라우드트"},
		{"람", "람다", "람"},
		{"클라우드포메이셔", "클라우드포메이션", "클라우드포메이션"},
		{"fkaek", "람다", "람다"},
		{"fkaeksms", "람다", "람다"},
		{"실시간 스트리밍을", "실시간 스트리밍 데이터", "실시간스트리밍"},
		{"엔진 컴퓨팅 서버리스", "서버리스 컴퓨팅 엔진", "서버리스컴퓨팅엔진"},
		{"누가 무엇을 했는가", "누가 무엇을 했는가", "누가무엇을했는가"},
		{norm.NFD.String("누가 무엇을 했는가"), "누가 무엇을 했는가", "누가무엇을했는가"},
		{"lamda", "AWS Lambda", "Lamda"},
	}
	for _, tt := range tests {
		rs := awsnotes.Search(tt.query, 1)
		if !assert.Len(t, rs, 1, tt.query) {
			continue
		}
		assert.Equal(t, tt.text, rs[0].Text, tt.query)
		assert.Equal(t, tt.marks, marked(rs[0]), tt.query)
	}
}

// Bad input: nothing or little found, never a panic, never more than the
// limit, never an entry twice.
func TestReviewBadInput(t *testing.T) {
	empty := []string{
		"", " ", "   \t\n\r ", "\u3000\u3000", "\x00\x00", "\xff", "\xc3\x28", "\xed\xa0\x80", "\x1b[31m", "\a\b\f\v",
		"😀", "👍🏽", "👨‍👩‍👧", "🇰🇷", ".*", "[", "]", "\\", "^", "$", "|", "*?", "(", ")", "{}", "+",
		"...", "---", "___", "•", "※", "→", "♥", "\u200b\u200c\u200d", "\ufeff", "\u0301\u0301", "ㅤ", "\u115f\u1160",
		strings.Repeat(" ", 10000), strings.Repeat("\t\n", 5000), strings.Repeat("😀", 100000), strings.Repeat(".*", 100000),
		strings.Repeat("\xff", 1<<20), strings.Repeat("\x00", 1<<20),
	}
	for _, q := range empty {
		rs := awsnotes.Search(q, 5)
		checkResults(t, fmt.Sprintf("%.20q", q), 5, rs)
		assert.Empty(t, rs, "%.20q", q)
	}
	few := []string{
		"a", "1", "x", "(?i)", "\\d+", "ㅏ", "ㅏㅏㅏ", "ㅗㅗ", "(a|b)+", "[a-z]*", "%s", "%d%d", "<script>", "'; DROP TABLE", "null", "NaN",
		strings.Repeat("a", 1<<20), strings.Repeat("람다 ", 1<<18), strings.Repeat("lambda ", 100000),
		strings.Repeat("서비스 ", 100000), strings.Repeat("ㄹ", 1<<19), strings.Repeat("가", 1<<19),
		strings.Repeat("e ", 100000), strings.Repeat("fkaek", 100000), "lambda" + strings.Repeat(" ", 10000) + "ec2",
		strings.Repeat(" ", 10000) + "lambda", norm.NFD.String(strings.Repeat("클라우드 ", 100000)),
		strings.Repeat("\u0301", 1<<18) + "lambda", "lambda" + strings.Repeat("\u0301", 1<<18),
		strings.Repeat("Ａ", 1<<18), strings.Repeat("ㅋㄹ", 1<<18),
	}
	for _, q := range few {
		for _, limit := range []int{-1, 0, 1, 5, 1 << 30} {
			rs := awsnotes.Search(q, limit)
			checkResults(t, fmt.Sprintf("%.20q", q), limit, rs)
		}
	}
	// Words around junk are still found.
	for _, q := range []string{"\x00lambda", "lambda\x1b", "😀람다😀", "람다😀", ".*lambda.*", "(람다)", "[ec2]", "\\lambda", "lambda\xff", "\xff\xfe람다"} {
		rs := awsnotes.Search(q, 5)
		checkResults(t, q, 5, rs)
		require.NotEmpty(t, rs, "%q", q)
		assert.Contains(t, []awsnotes.ID{"lambda", "ec2"}, rs[0].Service.ID, "%q", q)
	}
}

// The work a query causes is bounded: a megabyte query allocates about as
// much as its first kilobyte.
func TestReviewBoundedWork(t *testing.T) {
	if testing.Short() || reviewRace {
		t.Skip("allocation counts need the pool, which -race empties at random")
	}
	for _, unit := range []string{"람다 ", "cloud trail ", "a", "\xff", " ", "ㅋ", "서비스 데이터 ", "fkaek ", "😀"} {
		small := strings.Repeat(unit, max(1, 2048/len(unit)))
		big := strings.Repeat(unit, max(1, (1<<20)/len(unit)))
		a := testing.AllocsPerRun(5, func() { awsnotes.Search(small, 0) })
		b := testing.AllocsPerRun(5, func() { awsnotes.Search(big, 0) })
		assert.LessOrEqual(t, b, a+10, "%q: %v allocs for 2 KiB, %v for 1 MiB", unit, a, b)
	}
}

func TestReviewLimits(t *testing.T) {
	n := len(awsnotes.All())
	for _, q := range []string{"서비스", "a", "ㅋ", "cloud", "데이터"} {
		def := awsnotes.Search(q, 0)
		assert.Equal(t, def, awsnotes.Search(q, -1), q)
		assert.Equal(t, def, awsnotes.Search(q, -1<<31), q)
		assert.Equal(t, def, awsnotes.Search(q, awsnotes.DefaultSearchLimit), q)
		huge := awsnotes.Search(q, int(^uint(0)>>1))
		assert.LessOrEqual(t, len(huge), n, q)
		checkResults(t, q, 1<<30, huge)
		for limit := 1; limit <= 12; limit++ {
			assert.LessOrEqual(t, len(awsnotes.Search(q, limit)), limit)
		}
	}
}

// Many goroutines searching at once, including the very first search of a
// freshly loaded catalog, see the same answers as one goroutine alone.
func TestReviewConcurrentFirstSearch(t *testing.T) {
	queries := []string{"ec2", "cloudtrial", "람다", "ㄹㄷ", "fkaek", "FKAEK", "클라우ㄷ", "서버리스 컴퓨팅 엔진", "trail cloud",
		"\xff", "", "EC2는", norm.NFD.String("람다"), "ＥＣ２", strings.Repeat("a ", 1000), "누가 무엇을 했는가"}
	want := make([][]awsnotes.Result, len(queries))
	for i, q := range queries {
		want[i] = awsnotes.Search(q, 5)
	}
	for round := 0; round < 3; round++ {
		c, err := awsnotes.Load(data.FS())
		require.NoError(t, err)
		var wg sync.WaitGroup
		start := make(chan struct{})
		errs := make(chan string, 64)
		for g := 0; g < 16; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				for i := 0; i < len(queries); i++ {
					k := (g + i) % len(queries)
					got := c.Search(queries[k], 5)
					if !assert.ObjectsAreEqual(want[k], got) {
						errs <- queries[k]
						return
					}
					for j := range got { // the caller's to change
						got[j].Service.Name = "x"
						if len(got[j].Positions) > 0 {
							got[j].Positions[0] = -1
						}
						if len(got[j].Service.Notes) > 0 && len(got[j].Service.Notes[0].Lines) > 0 {
							got[j].Service.Notes[0].Lines[0].Text = "x"
						}
					}
				}
			}()
		}
		close(start)
		wg.Wait()
		close(errs)
		for q := range errs {
			t.Errorf("round %d: %q differs when searched concurrently", round, q)
		}
	}
}

func TestReviewNilAndLoaded(t *testing.T) {
	var c *awsnotes.Catalog
	for _, q := range []string{"", "ec2", "람다", "\xff"} {
		assert.Nil(t, c.Search(q, 5))
		assert.Nil(t, c.Search(q, 0))
		assert.Nil(t, c.Search(q, -1))
	}
	loaded, err := awsnotes.Load(data.FS())
	require.NoError(t, err)
	for _, q := range []string{"ec2", "cloudtrial", "람다", "ㄹㄷ", "fkaek", "서버리스 컴퓨팅 엔진", "클라우ㄷ"} {
		assert.Equal(t, awsnotes.Search(q, 10), loaded.Search(q, 10), q)
	}
}

// Full-width, upper-case and NFD spellings of a query give the same answer
// as the query itself.
func TestReviewSpellingsAgree(t *testing.T) {
	for _, q := range []string{"ec2", "aws lambda", "route 53", "cloudtrial", "trail cloud", "람다", "다이나모디비",
		"서버리스 컴퓨팅 엔진", "누가 무엇을 했는가", "클라우ㄷ", "ㄹㄷ", "EC2는", "실시간 스트리밍을"} {
		want := awsnotes.Search(q, 10)
		require.NotEmpty(t, want, q)
		for _, v := range []string{width.Widen.String(q), norm.NFD.String(q), " " + q + " ", "\t" + q + "\n", "\u3000" + q} {
			got := awsnotes.Search(v, 10)
			assert.Equal(t, ids(want), ids(got), "%q vs %q", q, v)
		}
	}
}

// reviewCorpus: queries of every kind, and words and phrases cut from the
// notes.
func reviewCorpus() []string {
	qs := []string{"ec2", "aws lambda", "route 53", "Elastic Compute Cloud", "ＥＣ２", "cloudtrial", "kinesys", "lamda",
		"dynamdb", "sagemkaer", "cloudwatc", "elasticbeanstalk", "cloud trail", "trail cloud", "beanstalk elastic",
		"서버리스 컴퓨팅 엔진", "엔진 컴퓨팅 서버리스", "메시지 큐", "누가 무엇을 했는가", "실시간 스트리밍을", "API 호출 기록을 남기는",
		"람다", "클라우드트레일", "다이나모디비", "레드시프트", "ㄹㄷ", "ㅋㄹㅇㄷㅌㄹㅇ", "ㄷㅇㄴㅁㄷㅂ", "클라우ㄷ", "클라우드포메이셔", "람",
		"다이나모디", "EC2는", "Route 53은", "CloudTrail을", "S3에", "cldtrl", "tadv", "lambda function", "람다란 무엇인가",
		"클라우드트래일", "람타", "trail", "cloud", "data", "보안", "데이터", "관리형", "서버", "ㅋ", "s3 버킷"}
	for _, s := range awsnotes.All() {
		qs = append(qs, s.Summary)
		words := strings.Fields(s.Summary)
		if len(words) >= 2 {
			qs = append(qs, words[0], words[len(words)-1], words[1]+" "+words[0])
		}
	}
	return qs
}

// The marked characters of every result are characters the query asked
// for: the same letter (any case or width), or a syllable whose jamo the
// query typed (a half-typed syllable, initial consonants, a typo in one jamo).
func TestReviewPositionsPointAtQuery(t *testing.T) {
	for _, q := range reviewCorpus() {
		folded := textnorm.Fold(q)
		jamo := hangul.Disassemble(folded)
		for _, r := range awsnotes.Search(q, 10) {
			for _, c := range marked(r) {
				f := textnorm.Fold(string(c))
				if strings.Contains(folded, f) {
					continue
				}
				ok := false
				for _, j := range hangul.Disassemble(f) {
					ok = ok || strings.ContainsRune(jamo, j)
				}
				assert.True(t, ok, "%q: %s marks %q in %q (%s %s)", q, r.Service.ID, c, r.Text, r.Match, r.Field)
			}
		}
	}
}

// Exact and prefix matches mark a run of the name's letters from its start
// (the vendor aside); text matches of a query that is one word mark that
// word where it stands.
func TestReviewPositionsRuns(t *testing.T) {
	for _, q := range reviewCorpus() {
		for _, r := range awsnotes.Search(q, 10) {
			if r.Match != awsnotes.MatchExact && r.Match != awsnotes.MatchPrefix {
				continue
			}
			require.NotEmpty(t, r.Positions, "%q: %s", q, r.Service.ID)
			text := []rune(r.Text)
			// Between two marked characters only separators are unmarked.
			for i := 1; i < len(r.Positions); i++ {
				for p := r.Positions[i-1] + 1; p < r.Positions[i]; p++ {
					c := text[p]
					assert.False(t, unicode.IsLetter(c) || unicode.IsDigit(c), "%q: %s skips %q in %q", q, r.Service.ID, c, r.Text)
				}
			}
		}
	}
}

// The words of every highlighted phrase and short line, reversed, with a particle on the
// last one, still find an entry holding the phrase in the top three.
func TestReviewPhrasesReordered(t *testing.T) {
	owners := map[string][]awsnotes.ID{}
	var phrases []string
	for _, s := range awsnotes.All() {
		texts := s.Highlights()
		for _, n := range s.Notes {
			for _, l := range n.Lines {
				texts = append(texts, l.Text)
			}
		}
		for _, h := range texts {
			if n := len(strings.Fields(h)); n < 2 || n > 5 || !strings.ContainsFunc(h, hangul.IsSyllable) {
				continue
			}
			if _, ok := owners[h]; !ok {
				phrases = append(phrases, h)
			}
			owners[h] = append(owners[h], s.ID)
		}
	}
	require.Greater(t, len(phrases), 20)
	for _, h := range phrases {
		words := strings.Fields(h)
		slices.Reverse(words)
		last := words[len(words)-1]
		r, _ := utf8.DecodeLastRuneInString(last)
		switch {
		case hangul.HasBatchim(r):
			last += "을"
		case hangul.IsSyllable(r):
			last += "를"
		default:
			last += "에"
		}
		words[len(words)-1] = last
		q := strings.Join(words, " ")
		rs := awsnotes.Search(q, 3)
		found := false
		for _, r := range rs {
			found = found || slices.Contains(owners[h], r.Service.ID)
		}
		assert.True(t, found, "%q (from %q, %v): %v", q, h, owners[h], ids(rs))
	}
}

// The benchmarks compare like with like: the query set has every kind of
// query the issue lists, and the baseline's corpus is every entry's name,
// aliases and summary.
func TestReviewBenchmarkSetup(t *testing.T) {
	kinds := map[string]bool{}
	for _, q := range benchQueries {
		kinds[q.kind] = true
	}
	for _, k := range []string{"english", "typo", "korean", "choseong", "qwerty"} {
		assert.True(t, kinds[k], k)
	}
	corpus := baselineCorpus()
	n := 0
	for _, s := range awsnotes.All() {
		assert.Contains(t, corpus, s.Name)
		assert.Contains(t, corpus, s.Summary)
		for _, a := range s.Aliases {
			assert.Contains(t, corpus, a)
		}
		n += 2 + len(s.Aliases)
	}
	assert.Len(t, corpus, n)
}

// FuzzReviewSearch: besides what FuzzSearch checks, the same query gives
// the same answer twice, and every marked character is a letter, digit or
// mark, never a space or punctuation.
func FuzzReviewSearch(f *testing.F) {
	for _, q := range []string{"ec2", "EC2 는", "cloudtrial", "trail cloud", "ㄹㄷ", "fkaek는", "lambda function", "람다란 무엇인가",
		"\u1105\u1103", nfdCut("클라우드"), "ㄹㅏㅁㄷㅏ", "모의 해킹은", "글로벌 인프라는", "AWS의 장점은", "dnsehd"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		rs := awsnotes.Search(q, 10)
		checkResults(t, fmt.Sprintf("%q", q), 10, rs)
		require.Equal(t, rs, awsnotes.Search(q, 10), "%q", q)
		for _, r := range rs {
			for _, c := range marked(r) {
				require.True(t, unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c), "%q: %s marks %q in %q", q, r.Service.ID, c, r.Text)
			}
		}
	})
}

// Two catalogs of different sizes searched at once share the pooled
// scratch space without mixing their answers.
func TestReviewConcurrentCatalogs(t *testing.T) {
	mine, err := awsnotes.Load(fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "study-bot", "name": "My Study Bot", "reading": "스터디 봇", "aliases": ["봇"], "kind": "concept",
		 "categories": ["developer-tools"], "summary": "내가 만든 공부 도우미"}]}`)}})
	require.NoError(t, err)
	queries := []string{"study bot", "ㅅㅌㄷ", "tmxjel", "공부 도우미", "lambda", "람다", "cloudtrial", "서버리스 컴퓨팅 엔진", "EC2 는", "fkaek는"}
	type pair struct{ big, small []awsnotes.Result }
	want := make([]pair, len(queries))
	for i, q := range queries {
		want[i] = pair{awsnotes.Search(q, 5), mine.Search(q, 5)}
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				k := (g*7 + i) % len(queries)
				if g%2 == 0 {
					assert.Equal(t, want[k].big, awsnotes.Search(queries[k], 5), queries[k])
				} else {
					assert.Equal(t, want[k].small, mine.Search(queries[k], 5), queries[k])
				}
			}
		}()
	}
	wg.Wait()
}
