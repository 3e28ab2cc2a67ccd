package compare_test

import (
	"testing"

	"github.com/cloudnotes-kr/awsnotes/compare"
)

var sinkTable compare.Table
var sinkString string

// BenchmarkOf measures finding a curated table (in the caller's order) and
// building one from entries.
func BenchmarkOf(b *testing.B) {
	cases := []struct {
		name  string
		names []string
	}{
		{"curated", []string{"EKS", "ECS"}},
		{"curated-5", []string{"DMS", "Snow Family", "Migration Hub", "Application Discovery Service", "MGN"}},
		{"built-2", []string{"람다", "EC2"}},
		{"built-5", []string{"Lambda", "Fargate", "X-Ray", "CloudFront", "OpsWorks"}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				t, err := compare.Of(c.names...)
				if err != nil {
					b.Fatal(err)
				}
				sinkTable = t
			}
		})
	}
}

// BenchmarkText measures drawing a two-column and a five-column table.
func BenchmarkText(b *testing.B) {
	for _, id := range []string{"ecs-vs-eks", "migration-services"} {
		t, ok := compare.Get(id)
		if !ok {
			b.Fatal(id)
		}
		b.Run(id, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = t.Text()
			}
		})
	}
}

func BenchmarkMarkdown(b *testing.B) {
	t, _ := compare.Get("migration-services")
	b.ReportAllocs()
	for b.Loop() {
		sinkString = t.Markdown()
	}
}

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkTable = compare.All()[0]
	}
}
