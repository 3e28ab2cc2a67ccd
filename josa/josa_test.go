package josa_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cloudnotes-kr/awsnotes/josa"
)

// The public package says what internal/josa says, form by form.
func TestParticles(t *testing.T) {
	tests := []struct {
		p          josa.Particle
		cons, vow  string
		both       string
		iam, s3, c string // after IAM, S3 and CloudTrail
	}{
		{josa.Topic, "은", "는", "은(는)", "IAM은", "S3는", "CloudTrail은"},
		{josa.Subject, "이", "가", "(이)가", "IAM이", "S3가", "CloudTrail이"},
		{josa.Object, "을", "를", "을(를)", "IAM을", "S3를", "CloudTrail을"},
		{josa.And, "과", "와", "과(와)", "IAM과", "S3와", "CloudTrail과"},
		{josa.Toward, "으로", "로", "(으)로", "IAM으로", "S3로", "CloudTrail로"},
		{josa.Copula, "이다", "다", "(이)다", "IAM이다", "S3다", "CloudTrail이다"},
		{josa.Quote, "이라는", "라는", "(이)라는", "IAM이라는", "S3라는", "CloudTrail이라는"},
		{josa.Or, "이나", "나", "(이)나", "IAM이나", "S3나", "CloudTrail이나"},
	}
	for _, tt := range tests {
		c, v := tt.p.Forms()
		assert.Equal(t, tt.cons, c)
		assert.Equal(t, tt.vow, v)
		assert.Equal(t, tt.both, tt.p.Both())
		assert.Equal(t, tt.iam, tt.p.Attach("IAM"))
		assert.Equal(t, tt.s3, tt.p.Attach("S3"))
		assert.Equal(t, tt.c, tt.p.Attach("CloudTrail"))
		assert.Equal(t, tt.p.Both(), tt.p.For(josa.Unknown))
		assert.Equal(t, c, tt.p.For(josa.Consonant))
		assert.Equal(t, v, tt.p.For(josa.Vowel))
	}
}

func TestFinals(t *testing.T) {
	for w, want := range map[string]josa.Final{
		"": josa.Unknown, "!!": josa.Unknown, "EC2": josa.Vowel, "Route 53": josa.Consonant,
		"CloudTrail": josa.Rieul, "EMR": josa.Rieul, "람다": josa.Vowel, "팀": josa.Consonant,
	} {
		assert.Equal(t, want, josa.FinalOf(w), w)
	}
	for f, s := range map[josa.Final]string{josa.Unknown: "unknown", josa.Vowel: "vowel", josa.Rieul: "rieul", josa.Consonant: "consonant", josa.Final(99): "unknown"} {
		assert.Equal(t, s, f.String())
	}
}

func TestZeroParticle(t *testing.T) {
	var p josa.Particle
	assert.Equal(t, "S3", p.Attach("S3"))
	assert.Equal(t, "", p.Both())
}

func TestAttachReading(t *testing.T) {
	assert.Equal(t, "K8s는", josa.Topic.AttachReading("K8s", "케이에이츠"))
	assert.Equal(t, "IAM은", josa.Topic.AttachReading("IAM", ""), "no reading: the word itself")
}
