package awsnotes_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"
	"golang.org/x/text/unicode/norm"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

// benchQueries mixes the kinds of query Search answers: English names,
// typos, Korean readings and phrases, choseong, QWERTY-typed Hangul and a
// pasted line.
var benchQueries = []struct{ kind, q string }{
	{"english", "ec2"},
	{"english", "aws lambda"},
	{"english", "route 53"},
	{"english", "Elastic Compute Cloud"},
	{"typo", "cloudtrial"},
	{"typo", "kinesys"},
	{"typo", "trail cloud"},
	{"korean", "람다"},
	{"korean", "클라우드트레일"},
	{"korean", "서버리스 컴퓨팅 엔진"},
	{"korean", "누가 무엇을 했는가"},
	{"choseong", "ㄹㄷ"},
	{"choseong", "ㅋㄹㅇㄷㅌㄹㅇ"},
	{"partial", "클라우ㄷ"},
	{"qwerty", "fkaek"},
	{"qwerty", "zmffkdnemdnjcl"},
	{"sentence", "리소스 및 애플리케이션의 모니터링을 통해 성능 데이터를 실시간으로 분석할 수 있다."},
}

var sinkResults []awsnotes.Result

// BenchmarkSearch runs Search over the mixed queries, one query per op,
// with the default limit.
func BenchmarkSearch(b *testing.B) {
	awsnotes.Search("warm up", 1) // decode and index outside the timer
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkResults = awsnotes.Search(benchQueries[i%len(benchQueries)].q, 0)
	}
}

var sinkMatches fuzzy.Matches

// baselineCorpus is every entry's name, aliases and summary.
func baselineCorpus() []string {
	var corpus []string
	for _, s := range awsnotes.All() {
		corpus = append(corpus, s.Name)
		corpus = append(corpus, s.Aliases...)
		corpus = append(corpus, s.Summary)
	}
	return corpus
}

// BenchmarkFuzzyBaseline is what a user would write in ten lines instead:
// fuzzy.Find alone over every entry's name, aliases and summary, for the
// same queries, one query per op. It finds less (no notes, readings as
// plain strings only, no choseong, QWERTY, typos or reordering).
func BenchmarkFuzzyBaseline(b *testing.B) {
	corpus := baselineCorpus()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sinkMatches = fuzzy.Find(benchQueries[i%len(benchQueries)].q, corpus)
	}
}

// BenchmarkSearchByKind shows which kinds of query cost what.
func BenchmarkSearchByKind(b *testing.B) {
	awsnotes.Search("warm up", 1)
	for _, bq := range benchQueries {
		b.Run(bq.kind+"/"+bq.q, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkResults = awsnotes.Search(bq.q, 0)
			}
		})
	}
}

// BenchmarkSearchWorstCase runs queries built to cost the most: a megabyte,
// many distinct common words, one letter repeated, a long QWERTY string.
func BenchmarkSearchWorstCase(b *testing.B) {
	awsnotes.Search("warm up", 1)
	for name, q := range map[string]string{
		"megabyte":     strings.Repeat("데이터 서비스 ", 1<<16),
		"common-words": "서비스 데이터 aws 관리 ec2 자동 클라우드 보안 분석 인스턴스 배포 비용 코드 네트워크 리소스 계정 모니터링 저장 파일 요청 애플리케이션 컨테이너 서버 API 로그 사용자 통합 제공 기반 지원 설정 기능",
		"letters":      strings.Repeat("e b c d f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9 0 ", 10),
		"qwerty":       strings.Repeat("FKAEK", 300),
		"invalid":      strings.Repeat("\xff", 1<<20),
	} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				sinkResults = awsnotes.Search(q, 0)
			}
		})
	}
}

// hostileQueries are the inputs issue 10 bounds: none may take over 1 ms
// once the tables are built, at any limit.
func hostileQueries() map[string]string {
	nfd := norm.NFD.String(strings.Repeat("클라우드트레일 람다 데이터 ", 1<<14))
	return map[string]string{
		"1MB-words":      strings.Repeat("데이터 서비스 ", 1<<16),
		"1MB-letter":     strings.Repeat("a", 1<<20),
		"1MB-invalid":    strings.Repeat("\xff", 1<<20),
		"1MB-qwerty":     strings.Repeat("FKAEK ", 1<<18),
		"32-words":       "서비스 데이터 aws 관리 ec2 자동 클라우드 보안 분석 인스턴스 배포 비용 코드 네트워크 리소스 계정 모니터링 저장 파일 요청 애플리케이션 컨테이너 서버 API 로그 사용자 통합 제공 기반 지원 설정 기능",
		"32-synonyms":    "비용 요금 예상 로그인 가상 머신 저장 확인 줄이기 모니터링 로그 db 권한 암호화 백업 배포 컨테이너 서버리스 확장 장애 알림 큐 방화벽 도메인 ai iot 자격 증명 규정 준수 실시간 예산",
		"32-letters":     strings.Repeat("e b c d f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9 0 ", 10),
		"nfd-flood":      nfd,
		"jamo-run":       strings.Repeat("ㄹ", 1<<12),
		"jamo-mixed":     strings.Repeat("ㅋㄹㅇㄷㅌㄹㅇ", 600),
		"half-syllables": strings.Repeat("클라욷 대시볻 ", 200),
		"32-particles":   "은 는 이 가 을 를 과 와 로 으로 에 의 도 만 에서 까지 부터 처럼 보다 마다 하고 이나 이랑 이란 에게 에는 에도 로서 로써 라는 라고 예요",
	}
}

// BenchmarkSearchHostile runs each hostile query at the default limit and
// at limit 1000 (every entry that matches).
func BenchmarkSearchHostile(b *testing.B) {
	awsnotes.Search("warm up", 1)
	for name, q := range hostileQueries() {
		for _, limit := range []int{0, 1000} {
			b.Run(fmt.Sprintf("%s/limit=%d", name, limit), func(b *testing.B) {
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					sinkResults = awsnotes.Search(q, limit)
				}
			})
		}
	}
}
