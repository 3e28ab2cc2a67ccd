package awsnotes_test

import (
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

var sinkID awsnotes.ID

// BenchmarkLookupID measures the index alone on folded and unfolded input.
func BenchmarkLookupID(b *testing.B) {
	for _, q := range []string{"ec2", "람다", "AWS CloudTrail", "ＥＣ２"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkID, _ = awsnotes.LookupID(q)
			}
		})
	}
}

// BenchmarkLookup includes copying the entry out.
func BenchmarkLookup(b *testing.B) {
	for _, q := range []string{"ec2", "람다", "AWS CloudTrail"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s, _ := awsnotes.Lookup(q)
				sinkID = s.ID
			}
		})
	}
}
