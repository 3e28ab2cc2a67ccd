package textnorm

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestReviewKey(t *testing.T) {
	tests := map[string]string{
		"ec2":                   "ec2",
		"ＥＣ２":                   "ec2",
		"Amazon EC2":            "ec2",
		"AWS Lambda":            "lambda",
		"aws-lambda":            "lambda",
		"ＡＷＳ　Ｌａｍｂｄａ":            "lambda",
		"AWS":                   "aws",
		"Amazon":                "amazon",
		"Route 53":              "route53",
		"AWS의 장점":               "aws의장점", // not 의장점
		"AWS 람다":                "람다",
		"아마존 S3":                "s3",
		"에이더블유에스 람다":            "람다",
		"아마존":                   "아마존",
		"AWS 아마존 오로라":           "오로라",
		"Amazon Amazon S3":      "s3",
		"AWS 아마존":               "아마존",
		"에이더블유에스":               "에이더블유에스",
		"에이더블유에스의 장점":           "에이더블유에스의장점",
		norm.NFD.String("람다"):   "람다",
		" \t람다\n":               "람다",
		"\xff":                  "",
		"Elastic Compute Cloud": "elasticcomputecloud",
		"클라우드·트레일":              "클라우드트레일",
	}
	for in, want := range tests {
		assert.Equal(t, want, Key(in), "%q", in)
	}
}

func TestReviewFoldConjoiningJamo(t *testing.T) {
	tests := map[string]string{
		"\u1105\u1103":        "ㄹㄷ",
		"클라우\u1103":           "클라우ㄷ",
		norm.NFD.String("람다"): "람다",
		"\u1105\u1161\u11b7":  "람",
		"\u1161":              "ㅏ",
		"\u11b7":              "ㅁ",
		"ㄹㄷ":                  "ㄹㄷ",
	}
	for in, want := range tests {
		assert.Equal(t, want, Fold(in), "%q", in)
		assert.Equal(t, want, Fold(Fold(in)), "%q", in)
	}
}
