package awsnotes_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func TestLookupNormalises(t *testing.T) {
	tests := []struct {
		query string
		want  awsnotes.ID
	}{
		{"ec2", "ec2"},
		{"EC2", "ec2"},
		{"ＥＣ２", "ec2"},
		{"Amazon EC2", "ec2"},
		{"Elastic Compute Cloud", "ec2"},
		{"이씨투", "ec2"},
		{"  lambda  ", "lambda"},
		{"aws lambda", "lambda"},
		{"AWS-Lambda", "lambda"},
		{"람다", "lambda"},
		{norm.NFD.String("람다"), "lambda"},
		{"ﾗﾑﾀﾞ", ""}, // half-width katakana is not a name
		{"클라우드트레일", "cloudtrail"},
		{"Cloud Trail", "cloudtrail"},
		{"AWS CloudTrail", "cloudtrail"},
		{"cloudtrail", "cloudtrail"},
		{"route 53", "route-53"},
		{"Route53", "route-53"},
		{"route-53", "route-53"},
		{"Amazon Route 53", "route-53"},
		{"라우트 53", "route-53"},
		{"Amazon Fargate", "fargate"},
		{"AWS Fargate", "fargate"},
		{"AWS Neptune", "neptune"},
		{"k8s", "kubernetes"},
		{"쿠버네티스", "kubernetes"},
		{"오케스트레이션", "orchestration"},
		{"침투 테스트", "penetration-testing"},
		{"Penetration Testing", "penetration-testing"},
		{"AWS Abuse Team", "abuse-team"},
		{"AWS의 장점", "aws-benefits"},
		{"확장성", "scalability"},
		{"글로벌 인프라", "global-infrastructure"},
		{"AWS", "aws"},
		{"Amazon Web Services", "aws"},
		{"Personal Health Dashboard", "personal-health-dashboard"},
		{"AWS Health Dashboard", "health-dashboard"},
		{"Key Management Service", "kms"},
		{"DMS", "dms"},
		{"SCPs", "scp"},
		{"Web Application Firewall", "waf"},
		{"다이나모디비", "dynamodb"},
		{"Ｓ３", "s3"},
		{"에스쓰리", "s3"},
		{"Cost & Usage Report", "cost-usage-report"},
		{"CUR", "cost-usage-report"},
		// The exam guide's "Name (Abbr)" form.
		{"AWS Key Management Service (AWS KMS)", "kms"},
		{"Amazon Simple Queue Service (Amazon SQS)", "sqs"},
		{"Amazon Elastic Kubernetes Service (Amazon EKS)", "eks"},
		{"Amazon Elastic Block Store (Amazon EBS)", "ebs"},
		{"AWS Database Migration Service (AWS DMS)", "dms"},
		{"(Amazon SQS)", ""},
		{"Amazon SQS ()", "sqs"},
		{"Nothing (Amazon SQS)", "sqs"},
		{"Amazon SQS (EC2 (x))", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			s, ok := awsnotes.Lookup(tt.query)
			if tt.want == "" {
				assert.False(t, ok, "got %s", s.ID)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, s.ID)
			id, ok := awsnotes.LookupID(tt.query)
			assert.True(t, ok)
			assert.Equal(t, tt.want, id)
		})
	}
}

func TestLookupRejects(t *testing.T) {
	for _, q := range []string{"", " ", "\t\n", "amazon", "EC3", "lamda", "\xff\xfe", "ec2\x00", "클라우드", "ㄹㄷ", "fkaek",
		strings.Repeat("a", 1<<20), "🙂", ".*", "(ec2)"} {
		_, ok := awsnotes.Lookup(q)
		assert.False(t, ok, "Lookup(%q) is exact, not forgiving", q)
	}
}

// TestLookupRoundTrips checks every name of every entry resolves to it.
func TestLookupRoundTrips(t *testing.T) {
	for _, s := range awsnotes.All() {
		names := append(s.Names(), string(s.ID))
		for _, n := range s.Notes {
			names = append(names, n.Heading)
		}
		for _, name := range names {
			got, ok := awsnotes.Lookup(name)
			if assert.Truef(t, ok, "%s: Lookup(%q)", s.ID, name) {
				assert.Equalf(t, s.ID, got.ID, "Lookup(%q)", name)
			}
			got, ok = awsnotes.Lookup(strings.ToUpper(name))
			if assert.Truef(t, ok, "%s: Lookup(upper %q)", s.ID, name) {
				assert.Equal(t, s.ID, got.ID)
			}
		}
		got, ok := awsnotes.Get(s.ID)
		require.True(t, ok)
		assert.Equal(t, s, got)
	}
}

var seedHeading = regexp.MustCompile(`^\s*[-*]\s+(?:#+\s*)?(?:📌\s*)?\*\*(.+?)\*\*`)

// TestSeedHeadingsResolve looks up every entry heading of the seed notes as
// the notes spell it, typos included.
func TestSeedHeadingsResolve(t *testing.T) {
	files := []string{"../data/testdata/seeds/000_f7267a0d41bfa0e7.txt", "../data/testdata/seeds/002_cfc5da0b3f46233f.txt"}
	skip := map[string]bool{"상태 관리 서비스": true, "인프라 관련 서비스": true,
		"AWS Elastic Beanstalk와 AWS CodePipeline의 차이": true, "AWS CloudTrail과 AWS X-Ray 차이": true}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, line := range strings.Split(strings.ReplaceAll(string(b), "\u00a0", " "), "\n") {
			m := seedHeading.FindStringSubmatch(line)
			if m == nil || strings.HasPrefix(strings.TrimSpace(line), "-  **<mark") || skip[m[1]] {
				continue
			}
			if strings.HasPrefix(line, "\t\t") && !strings.Contains(f, "002") {
				continue // bold phrases inside bullets, not headings
			}
			name := m[1]
			n++
			_, ok := awsnotes.Lookup(name)
			assert.Truef(t, ok, "%s: heading %q", f, name)
		}
	}
	for _, name := range []string{"Amazon Lightsail", "AWS Snowmobile", "Snowball", "확장성", "비용 효율성", "보안성", "글로벌 인프라"} {
		_, ok := awsnotes.Lookup(name)
		assert.Truef(t, ok, "heading %q", name)
		n++
	}
	assert.Greater(t, n, 90, "both files' headings were read")
}

// TestLookupMatchesSlowReference checks the index against a linear scan
// that folds every name with the same rules.
func TestLookupMatchesSlowReference(t *testing.T) {
	fold := func(s string) string {
		s = strings.ToLower(norm.NFC.String(strings.TrimSpace(s)))
		s = strings.NewReplacer(" ", "", "-", "", "_", "", ".", "").Replace(s)
		for _, p := range []string{"amazon", "aws"} {
			if len(s) > len(p) && strings.HasPrefix(s, p) {
				return s[len(p):]
			}
		}
		return s
	}
	slow := func(q string) (awsnotes.ID, bool) {
		for _, s := range awsnotes.All() {
			names := append(s.Names(), string(s.ID))
			for _, n := range s.Notes {
				names = append(names, n.Heading)
			}
			for _, n := range names {
				if fold(n) == fold(q) {
					return s.ID, true
				}
			}
		}
		return "", false
	}
	queries := []string{"ec2", "Lambda", "cloud trail", "kinesis", "x-ray", "xray", "nothing", "s3", "glacier", "sqs", "Amazon MQ", "mq", "IQ", "aws iq"}
	for _, s := range awsnotes.All() {
		queries = append(queries, s.Name, s.Reading, strings.ToLower(s.DisplayName()))
	}
	for _, q := range queries {
		wantID, wantOK := slow(q)
		gotID, gotOK := awsnotes.LookupID(q)
		assert.Equal(t, wantOK, gotOK, q)
		assert.Equal(t, wantID, gotID, q)
	}
}

func TestLookupIDAllocatesNothingForFoldedInput(t *testing.T) {
	for _, q := range []string{"ec2", "람다", "cloudtrail", "awslambda", "route53", "nothinghere", ""} {
		allocs := testing.AllocsPerRun(100, func() { awsnotes.LookupID(q) })
		assert.Zerof(t, allocs, "LookupID(%q)", q)
	}
}

func TestNesting(t *testing.T) {
	depth := map[string]int{}
	for _, s := range awsnotes.All() {
		for _, n := range s.Notes {
			for _, l := range n.Lines {
				depth[l.Text] = l.Depth
			}
		}
	}
	for text, want := range map[string]int{
		"실제 서버나 인스턴스에 코드를 올리는 작업만 담당": 1,
		"자동화가 중요 🔴": 1,
		"✅ 기존 ActiveMQ 시스템을 AWS로 옮길 때 → Amazon MQ":     1,
		"✅ 새로운 서버리스 기반 메시징 → SQS/SNS 권장":               1,
		"SQS/SNS는 AWS 네이티브 서비스지만 MQ는 기존 메시지 브로커와 호환가능": 0,
		"애플리케이션을 서버에 배포하는 도구":                          0,
	} {
		got, ok := depth[text]
		if assert.Truef(t, ok, "line %q", text) {
			assert.Equalf(t, want, got, "depth of %q", text)
		}
	}
}

func TestStatusCurrent(t *testing.T) {
	tests := []struct {
		status awsnotes.Status
		active bool
		cur    bool
	}{
		{awsnotes.Status{}, true, true},
		{awsnotes.Status{State: awsnotes.StateRenamed, Date: "2024-12"}, false, true},
		{awsnotes.Status{State: awsnotes.StateRenamed, Date: "2022-02", Successor: "health-dashboard"}, false, false},
		{awsnotes.Status{State: awsnotes.StateRetired, Date: "2024-05-26"}, false, false},
		{awsnotes.Status{State: awsnotes.StateLimited, Date: "2024-07"}, false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.active, tt.status.Active(), "%+v", tt.status)
		assert.Equal(t, tt.cur, tt.status.Current(), "%+v", tt.status)
	}
	s, ok := awsnotes.Lookup("Amazon SageMaker")
	require.True(t, ok)
	assert.True(t, s.Status.Current(), "SageMaker AI is renamed in place: %+v", s.Status)
	phd, ok := awsnotes.Get("personal-health-dashboard")
	require.True(t, ok)
	assert.False(t, phd.Status.Current(), "the Personal Health Dashboard lives on as the AWS Health Dashboard")
}
