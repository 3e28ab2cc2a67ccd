package josa

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// TestReviewNames checks the names learners meet, with every particle:
// the list, and the forms es-hangul gets wrong.
func TestReviewNames(t *testing.T) {
	tests := []struct {
		word                             string
		topic, subject, object, and, dir string
	}{
		{"EC2", "EC2는", "EC2가", "EC2를", "EC2와", "EC2로"},
		{"Route 53", "Route 53은", "Route 53이", "Route 53을", "Route 53과", "Route 53으로"},
		{"CloudTrail", "CloudTrail은", "CloudTrail이", "CloudTrail을", "CloudTrail과", "CloudTrail로"},
		{"IAM", "IAM은", "IAM이", "IAM을", "IAM과", "IAM으로"},
		{"Amazon EMR", "Amazon EMR은", "Amazon EMR이", "Amazon EMR을", "Amazon EMR과", "Amazon EMR로"},
		{"S3", "S3는", "S3가", "S3를", "S3와", "S3로"},
		{"Lambda", "Lambda는", "Lambda가", "Lambda를", "Lambda와", "Lambda로"},
		{"DynamoDB", "DynamoDB는", "DynamoDB가", "DynamoDB를", "DynamoDB와", "DynamoDB로"},
		{"Kinesis", "Kinesis는", "Kinesis가", "Kinesis를", "Kinesis와", "Kinesis로"},
		{"SQS", "SQS는", "SQS가", "SQS를", "SQS와", "SQS로"},
		{"SNS", "SNS는", "SNS가", "SNS를", "SNS와", "SNS로"},
		{"RDS", "RDS는", "RDS가", "RDS를", "RDS와", "RDS로"},
		{"X-Ray", "X-Ray는", "X-Ray가", "X-Ray를", "X-Ray와", "X-Ray로"},
		{"Cloud9", "Cloud9은", "Cloud9이", "Cloud9을", "Cloud9과", "Cloud9으로"},
		{"AWS Cloud9", "AWS Cloud9은", "AWS Cloud9이", "AWS Cloud9을", "AWS Cloud9과", "AWS Cloud9으로"},
		{"Amazon S3", "Amazon S3는", "Amazon S3가", "Amazon S3를", "Amazon S3와", "Amazon S3로"},
		{"Amazon EC2", "Amazon EC2는", "Amazon EC2가", "Amazon EC2를", "Amazon EC2와", "Amazon EC2로"},
		{"ECR", "ECR은", "ECR이", "ECR을", "ECR과", "ECR로"},
		{"CloudWatch", "CloudWatch는", "CloudWatch가", "CloudWatch를", "CloudWatch와", "CloudWatch로"},
		{"Snowball", "Snowball은", "Snowball이", "Snowball을", "Snowball과", "Snowball로"},
		{"Neptune", "Neptune은", "Neptune이", "Neptune을", "Neptune과", "Neptune으로"},
		{"GitHub", "GitHub는", "GitHub가", "GitHub를", "GitHub와", "GitHub로"},
		{"람다", "람다는", "람다가", "람다를", "람다와", "람다로"},
		{"클라우드트레일", "클라우드트레일은", "클라우드트레일이", "클라우드트레일을", "클라우드트레일과", "클라우드트레일로"},
		{"운동", "운동은", "운동이", "운동을", "운동과", "운동으로"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.topic, Topic.Attach(tt.word))
		assert.Equal(t, tt.subject, Subject.Attach(tt.word))
		assert.Equal(t, tt.object, Object.Attach(tt.word))
		assert.Equal(t, tt.and, And.Attach(tt.word))
		assert.Equal(t, tt.dir, Toward.Attach(tt.word))
		for _, p := range []Particle{Topic, Subject, Object, And, Toward, Copula, Quote, Or} {
			assert.NotContains(t, p.Attach(tt.word), "(", "%q takes a proper particle", tt.word)
		}
	}
}

func TestReviewFinals(t *testing.T) {
	tests := []struct {
		word string
		want Final
	}{
		// Joined words end as their last word does.
		{"GitHub", Vowel}, {"DockerHub", Vowel}, {"GitLab", Consonant}, {"YouTube", Vowel},
		{"DevOps", Vowel}, {"MacBook", Consonant}, {"AppSync", Vowel}, {"LinkedIn", Consonant},
		{"PrivateLink", Vowel}, {"CloudShell", Rieul}, {"WorkMail", Rieul}, {"QuickSight", Vowel},
		{"Instance Type", Consonant}, {"Type", Consonant},
		// Pictographs and their selectors are not read.
		{"람다 🚀", Vowel}, {"IAM ✅", Consonant}, {"S3 ⭐️", Vowel}, {"CloudTrail 👍🏽", Rieul},
		// Readings, asides and quotes.
		{"'운동'", Consonant}, {"「검사」", Vowel}, {"IAM(Identity and Access Management)", Consonant},
		{"Route 53 (DNS)", Consonant}, {"클라우드나인", Consonant}, {"에스쓰리", Vowel},
		{"", Unknown}, {"!!!", Unknown}, {"()", Unknown},
		// Decomposed Hangul (NFD) reads as composed.
		{norm.NFD.String("람다"), Vowel}, {norm.NFD.String("운동"), Consonant},
		{norm.NFD.String("클라우드트레일"), Rieul}, {norm.NFD.String("아이에이엠"), Consonant},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FinalOf(tt.word), "FinalOf(%q)", tt.word)
	}
}

// TestReviewReadingWins checks that a reading decides the particle and the
// word is printed as given.
func TestReviewReadingWins(t *testing.T) {
	assert.Equal(t, "WAF는", Topic.AttachReading("WAF", "와프"))
	assert.Equal(t, "AWS Cloud9을", Object.AttachReading("AWS Cloud9", "클라우드나인"))
	assert.Equal(t, "Amazon EMR로", Toward.AttachReading("Amazon EMR", "이엠알"))
	assert.Equal(t, "ECS와", And.AttachReading("ECS", "이씨에스"))
	assert.Equal(t, "IAM이다", Copula.AttachReading("IAM", ""))
	assert.Equal(t, "🚀은(는)", Topic.AttachReading("🚀", "🚀"), "no clue anywhere: both forms")
}

func TestReviewBoth(t *testing.T) {
	for _, p := range []Particle{Topic, Subject, Object, And, Toward, Copula, Quote, Or} {
		b := p.Both()
		assert.Contains(t, b, "(")
		c, v := p.Forms()
		// Both forms read out of the fallback.
		plain := strings.NewReplacer("(", "", ")", "").Replace(b)
		assert.True(t, plain == c || plain == c+v || plain == v+c || strings.HasSuffix(plain, v), "%q from %q/%q", b, c, v)
		assert.Equal(t, b, p.For(Unknown))
	}
	assert.Empty(t, Particle{}.Attach(""), "the zero Particle attaches nothing")
	assert.Equal(t, "x", Particle{}.Attach("x"))
}

func FuzzReviewAttach(f *testing.F) {
	for _, s := range []string{"EC2", "Route 53", "람다", "🚀", "(", ")", "（", "ㄹ", "1,000", "3.", ".5", "A-", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, word string) {
		final := FinalOf(word)
		for _, p := range []Particle{Topic, Subject, Object, And, Toward, Copula, Quote, Or} {
			got := p.Attach(word)
			if !strings.HasPrefix(got, word) {
				t.Fatalf("%q lost the word: %q", word, got)
			}
			if got != word+p.For(final) {
				t.Fatalf("%q: Attach and For disagree", word)
			}
		}
	})
}

// TestReviewDocComments checks that every exported name has a doc comment.
func TestReviewDocComments(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range pkgs {
		for name, f := range pkg.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && d.Doc == nil {
						t.Errorf("%s: func %s has no doc comment", name, d.Name.Name)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if s.Name.IsExported() && s.Doc == nil && d.Doc == nil {
								t.Errorf("%s: type %s has no doc comment", name, s.Name.Name)
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
									t.Errorf("%s: %s has no doc comment", name, n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
}
