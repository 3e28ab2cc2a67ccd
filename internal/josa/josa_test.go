package josa

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFinalOf(t *testing.T) {
	tests := []struct {
		word string
		want Final
	}{
		// Hangul.
		{"서비스", Vowel}, {"인스턴스", Vowel}, {"팀", Consonant}, {"람다", Vowel},
		{"클라우드트레일", Rieul}, {"라우트 53", Consonant}, {"이씨투", Vowel},
		{"아이에이엠", Consonant}, {"운동", Consonant}, {"검사", Vowel}, {"포괄", Rieul},
		{"ㄱ", Consonant}, {"ㄹ", Rieul}, {"ㅏ", Vowel},
		// Acronyms, letter by letter.
		{"EC2", Vowel}, {"S3", Vowel}, {"IAM", Consonant}, {"EMR", Rieul},
		{"Amazon EMR", Rieul}, {"AWS", Vowel}, {"SQS", Vowel}, {"VPC", Vowel},
		{"KMS", Vowel}, {"ACM", Consonant}, {"VPN", Consonant}, {"DNS", Vowel},
		{"URL", Rieul}, {"SQL", Rieul}, {"MQ", Vowel}, {"WAF", Vowel}, {"CDN", Consonant},
		{"AWS KMS", Vowel}, {"AWS ACM", Consonant}, {"Amazon EC2", Vowel},
		{"ＥＣ２", Vowel}, {"ＩＡＭ", Consonant}, {"NAT", Consonant},
		// Capitals after lower case, plurals of acronyms.
		{"DynamoDB", Vowel}, {"CloudHSM", Consonant}, {"MySQL", Rieul}, {"NoSQL", Rieul},
		{"PaaS", Vowel}, {"SCPs", Vowel}, {"K8s", Vowel}, {"iOS", Vowel},
		// Numbers.
		{"Route 53", Consonant}, {"53", Consonant}, {"1", Rieul}, {"2", Vowel}, {"3", Consonant},
		{"6", Consonant}, {"7", Rieul}, {"9", Vowel}, {"10", Consonant}, {"100", Consonant},
		{"1000", Consonant}, {"1,000", Consonant}, {"10000", Consonant}, {"0", Consonant},
		{"100000000", Consonant}, {"1000000000000", Vowel}, {"3.5", Vowel}, {"80TB ~ 210", Consonant},
		{"Cloud9", Consonant}, {"Win10", Consonant}, {"IPv6", Vowel}, {"A100", Vowel},
		{"m5", Vowel}, {"T2", Vowel}, {"Route53", Vowel}, {"Windows 11", Rieul},
		// English words by the loanword rules.
		{"CloudTrail", Rieul}, {"Lambda", Vowel}, {"Lightsail", Rieul}, {"Snowball", Rieul},
		{"Snowmobile", Rieul}, {"Glacier", Vowel}, {"Kinesis", Vowel}, {"Redshift", Vowel},
		{"Neptune", Consonant}, {"QuickSight", Vowel}, {"SageMaker", Vowel},
		{"Personalize", Vowel}, {"Comprehend", Vowel}, {"Fargate", Vowel},
		{"Amplify", Vowel}, {"CodeDeploy", Vowel}, {"CodePipeline", Consonant},
		{"CloudFormation", Consonant}, {"CloudWatch", Vowel}, {"CloudFront", Vowel},
		{"ElastiCache", Vowel}, {"OpsWorks", Vowel}, {"Config", Vowel}, {"X-Ray", Vowel},
		{"Inspector", Vowel}, {"Macie", Vowel}, {"Artifact", Vowel}, {"Organizations", Vowel},
		{"Trusted Advisor", Vowel}, {"Cost Explorer", Vowel}, {"Pricing Calculator", Vowel},
		{"Cost & Usage Report", Vowel}, {"Service Health Dashboard", Vowel},
		{"Management Console", Rieul}, {"Service Catalog", Vowel}, {"AWS Abuse Team", Consonant},
		{"Migration Hub", Vowel}, {"Application Migration Service", Vowel}, {"Batch", Vowel},
		{"Auto Scaling", Consonant}, {"Snow Family", Vowel}, {"Elastic Beanstalk", Vowel},
		{"Directory Service", Vowel}, {"Quick Starts", Vowel}, {"Stack", Consonant},
		{"Book", Consonant}, {"Notebook", Consonant}, {"Link", Vowel}, {"Desk", Vowel},
		{"App", Consonant}, {"Map", Consonant}, {"Setup", Consonant}, {"Help", Vowel},
		{"Group", Consonant}, {"Loop", Vowel}, {"Bucket", Consonant}, {"Robot", Consonant},
		{"Internet", Consonant}, {"Light", Vowel}, {"Boat", Vowel}, {"Layout", Consonant},
		{"Web", Consonant}, {"Hub", Vowel}, {"Magic", Consonant}, {"Disc", Vowel},
		{"Stream", Consonant}, {"Time", Consonant}, {"Column", Consonant}, {"Design", Consonant},
		{"Zone", Consonant}, {"Table", Rieul}, {"Google", Rieul}, {"Tool", Rieul},
		{"Store", Vowel}, {"Server", Vowel}, {"Check", Vowel}, {"Queue", Vowel},
		{"Box", Vowel}, {"Cloud", Vowel}, {"Log", Vowel}, {"Dash", Vowel}, {"Graph", Vowel},
		// Asides, punctuation, mixed scripts.
		{"AWS(Amazon Web Services)", Vowel}, {"Database Migration Service(DMS)", Vowel},
		{"EC2 인스턴스", Vowel}, {"AWS의 장점", Consonant}, {"\"AWS만 쓸거야\"", Vowel},
		{"Lambda.", Vowel}, {"S3 ", Vowel}, {"침투 테스트 (AWS 서비스가 아님)", Vowel},
		{"(AWS)", Vowel}, {"AWS 리소스 모음(카탈로그)", Consonant},
		{"50%", Vowel}, {"C++", Vowel}, {"C#", Consonant}, {"R&D", Vowel}, {"SSL/TLS", Vowel},
		{"CI/CD", Vowel}, {"Node.js", Vowel}, {"API", Vowel},
		{"", Unknown}, {"   ", Unknown}, {"→", Unknown}, {"🔴", Unknown}, {"()", Unknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FinalOf(tt.word), "FinalOf(%q)", tt.word)
	}
}

func TestAttach(t *testing.T) {
	tests := []struct {
		p    Particle
		word string
		want string
	}{
		{Topic, "EC2", "EC2는"}, {Topic, "Route 53", "Route 53은"}, {Topic, "CloudTrail", "CloudTrail은"},
		{Topic, "IAM", "IAM은"}, {Topic, "Amazon EMR", "Amazon EMR은"}, {Topic, "S3", "S3는"},
		{Topic, "Lambda", "Lambda는"}, {Topic, "람다", "람다는"}, {Topic, "팀", "팀은"},
		{Subject, "EC2", "EC2가"}, {Subject, "IAM", "IAM이"}, {Subject, "CloudTrail", "CloudTrail이"},
		{Subject, "기반", "기반이"}, {Subject, "난이도", "난이도가"},
		{Object, "CloudTrail", "CloudTrail을"}, {Object, "Amazon S3", "Amazon S3를"}, {Object, "IAM", "IAM을"},
		{And, "ECS", "ECS와"}, {And, "CloudTrail", "CloudTrail과"}, {And, "Route 53", "Route 53과"},
		{And, "IAM", "IAM과"}, {And, "Elastic Beanstalk", "Elastic Beanstalk와"},
		{Toward, "CloudTrail", "CloudTrail로"}, {Toward, "IAM", "IAM으로"}, {Toward, "EC2", "EC2로"},
		{Toward, "서비스", "서비스로"}, {Toward, "팀", "팀으로"}, {Toward, "Cloud9", "Cloud9으로"},
		{Toward, "1", "1로"}, {Toward, "3", "3으로"},
		{Copula, "인스턴스", "인스턴스다"}, {Copula, "팀", "팀이다"}, {Copula, "PaaS", "PaaS다"},
		{Quote, "운동", "운동이라는"}, {Quote, "검사", "검사라는"}, {Quote, "포괄", "포괄이라는"},
		{Or, "EC2", "EC2나"}, {Or, "IAM", "IAM이나"},
		{Topic, "→", "→은(는)"}, {Subject, "", "(이)가"}, {Toward, "🔴", "🔴(으)로"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.p.Attach(tt.word), "Attach(%q)", tt.word)
	}
}

func TestAttachReading(t *testing.T) {
	assert.Equal(t, "Route 53은", Topic.AttachReading("Route 53", "라우트 53"))
	assert.Equal(t, "S3는", Topic.AttachReading("S3", "에스쓰리"))
	assert.Equal(t, "K8s는", Topic.AttachReading("K8s", "케이에이츠"))
	assert.Equal(t, "Cloud9은", Topic.AttachReading("Cloud9", "클라우드나인"))
	assert.Equal(t, "WAF는", Topic.AttachReading("WAF", "와프"))
	assert.Equal(t, "IAM은", Topic.AttachReading("IAM", ""), "an empty reading falls back to the word")
	assert.Equal(t, "X를", Object.AttachReading("X", "→"), "a reading without a clue falls back to the word")
}

func TestBoth(t *testing.T) {
	for p, want := range map[Particle]string{
		Topic: "은(는)", Subject: "(이)가", Object: "을(를)", And: "과(와)", Toward: "(으)로",
		Copula: "(이)다", Quote: "(이)라는", Or: "(이)나", {}: "",
	} {
		assert.Equal(t, want, p.Both())
	}
	c, v := Toward.Forms()
	assert.Equal(t, []string{"으로", "로"}, []string{c, v})
	assert.Equal(t, "에서", New("에서", "에서", false).After("EC2"))
	assert.Equal(t, "unknown", Unknown.String())
	assert.Equal(t, "rieul", Rieul.String())
}

func FuzzFinalOf(f *testing.F) {
	for _, s := range []string{"EC2", "Route 53", "(", ")", "1,", ",1", "a(b)", "（가）", "1.", ".5", "x1.5", "ａ１"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fin := FinalOf(s)
		if fin < Unknown || fin > Consonant {
			t.Fatalf("FinalOf(%q) = %d", s, fin)
		}
		_ = Topic.Attach(s)
	})
}

func BenchmarkAttach(b *testing.B) {
	words := []string{"CloudTrail", "Route 53", "EC2", "클라우드트레일", "AWS(Amazon Web Services)"}
	for i := 0; i < b.N; i++ {
		_ = Topic.Attach(words[i%len(words)])
	}
}
