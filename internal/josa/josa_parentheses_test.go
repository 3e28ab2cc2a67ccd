package josa

import "testing"

// A particle follows the word before a parenthesised aside, however deeply
// the aside nests, in ASCII or full-width brackets (issue 10, kind 9).
func TestParticleAfterNestedParentheses(t *testing.T) {
	tests := []struct {
		word string
		want string // Topic.After
	}{
		{"목록(EC2(컴퓨팅))", "은"},
		{"목록(EC2)", "은"},
		{"서비스(EC2(컴퓨팅))", "는"},
		{"목록(EC2(컴퓨팅(서버)))", "은"},
		{"목록[EC2[컴퓨팅]]", "은"},
		{"목록（EC2（컴퓨팅））", "은"},
		{"목록(EC2(컴퓨팅)) ", "은"},
		{"목록(a)(b)", "은"},
		{"람다(서버리스(함수))", "는"},
		{"(AWS)", "는"},       // nothing before: read inside
		{"((목록))", "은"},      // nested with nothing before
		{"목록)", "은"},         // an unbalanced closing bracket is dropped
		{"목록(EC2(컴퓨팅)", "는"}, // unbalanced: the inner pair closes, EC2 is read
		{"CloudTrail(로그(S3))", "은"},
		{"S3(스토리지(객체))", "는"},
	}
	for _, tt := range tests {
		if got := Topic.After(tt.word); got != tt.want {
			t.Errorf("Topic.After(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
