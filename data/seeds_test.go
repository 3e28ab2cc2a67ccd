package data_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// corrections are the typos and wrong names the data fixes, applied to the
// seed text before it is compared with the data. Each one is listed in the
// closing note of the foundation issue.
var corrections = []struct{ from, to string }{
	{"마이스레이션", "마이그레이션"},
	{"Amzon", "Amazon"},
	{"Directrory", "Directory"},
	{"AcriveMQ", "ActiveMQ"},
	{"GitGub", "GitHub"},
	{"S2 안의", "S3 안의"},
	{"Amazon Artifact", "AWS Artifact"},
	{"AWs Site-to-Site", "AWS Site-to-Site"},
	{"Amazon Inspector.", "Amazon Inspector"},
	{"(SCPs).", "(SCPs)"},
	{"메세지", "메시지"},
	{"비인가 접근 증에", "비인가 접근 등에"},
	{"감지라고 대응", "감지하고 대응"},
	{"서버에 애플리케이션에 자동 배포", "서버에 애플리케이션을 자동 배포"},
	{"AWS Neptune", "Amazon Neptune"},
	{"Amazon Fargate", "AWS Fargate"},
	{"Amazon Cloud9", "AWS Cloud9"},
	{"Amazon Snowball", "AWS Snowball"},
	{"요청추적", "요청 추적"},
	{"(주민등록번호, 카드 번호) 를", "(주민등록번호, 카드 번호)를"},
	{"(카탈로그) 을", "(카탈로그)을"},
}

var (
	markTag   = regexp.MustCompile(`</?mark[^>]*>`)
	bold      = regexp.MustCompile(`\*\*`)
	strike    = regexp.MustCompile(`~~\((.*?)\)~~`)
	space     = regexp.MustCompile(`\s+`)
	marked    = regexp.MustCompile(`<mark[^>]*>(.*?)</mark>|` + "`([^`]+)`")
	quoted    = regexp.MustCompile(`"([^"]+)"`)
	listStart = regexp.MustCompile(`^\s*[-*]\s*`)
	heading   = regexp.MustCompile(`^#+\s*`)
)

// plain strips the notes' markup from one line the way the data carries it.
func plain(line string) string {
	s := strings.ReplaceAll(line, "\u00a0", " ")
	s = listStart.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, ">")
	s = heading.ReplaceAllString(s, "")
	s = strings.TrimSpace(strings.TrimPrefix(s, "📌"))
	s = strike.ReplaceAllString(s, "")
	s = markTag.ReplaceAllString(s, "")
	s = bold.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "`", "")
	s = space.ReplaceAllString(s, " ")
	for _, c := range corrections {
		s = strings.ReplaceAll(s, c.from, c.to)
	}
	return strings.TrimSpace(s)
}

func seedLines(t *testing.T) map[string][]string {
	t.Helper()
	files, err := filepath.Glob("testdata/seeds/*.txt")
	require.NoError(t, err)
	require.Len(t, files, 2, "both seed files are kept in testdata/seeds")
	out := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) == "" || strings.TrimSpace(l) == "---" {
				continue
			}
			out[filepath.Base(f)] = append(out[filepath.Base(f)], l)
		}
	}
	return out
}

// carried collects every piece of seed text the data holds.
func carried(set *data.Set) map[string]bool {
	have := map[string]bool{}
	add := func(s string) { have[space.ReplaceAllString(s, " ")] = true }
	for _, e := range set.Entries {
		for _, n := range e.Notes {
			add(n.Section)
			add(n.Heading)
			if n.Remark != "" {
				add(n.Heading + " (" + n.Remark + ")")
			}
			for _, l := range n.Lines {
				add(l.Text)
			}
			for _, img := range n.Images {
				add("<img src='" + img + "'/>")
				add("![Alt text](" + img + ")")
			}
			for _, l := range n.Links {
				add("[" + l.Title + "](" + l.URL + ")")
			}
		}
	}
	return have
}

// TestEverySeedLineIsCarried reads the seed notes line by line and checks
// that each one, markup stripped and typos fixed, is in the data.
func TestEverySeedLineIsCarried(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	have := carried(set)
	n := 0
	for file, lines := range seedLines(t) {
		for _, raw := range lines {
			want := plain(raw)
			if strings.HasPrefix(strings.TrimSpace(raw), "<img") || strings.HasPrefix(raw, "![") || strings.HasPrefix(raw, "[") {
				want = strings.TrimSpace(raw)
			}
			if strike.MatchString(raw) {
				m := strike.FindStringSubmatch(raw)
				want = plain(strike.ReplaceAllString(raw, "")) + " (" + m[1] + ")"
			}
			n++
			assert.Truef(t, have[want] || have[strings.TrimSuffix(want, " (AWS 서비스는 아님)")+" (AWS 서비스는 아님)"],
				"%s: line not carried: %q (as %q)", file, raw, want)
		}
	}
	assert.Greater(t, n, 300, "the seeds have a few hundred lines")
}

// TestEveryHighlightIsCarried checks that each <mark> and backtick phrase is
// a highlight of a line that holds it.
func TestEveryHighlightIsCarried(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	highlights := map[string]bool{}
	for _, e := range set.Entries {
		for _, n := range e.Notes {
			for _, l := range n.Lines {
				for _, h := range l.Highlights {
					highlights[h] = true
				}
			}
		}
	}
	count := 0
	for _, lines := range seedLines(t) {
		for _, raw := range lines {
			if strings.HasPrefix(raw, "#### `") || strings.HasPrefix(raw, "#") && strings.Contains(raw, "`") {
				// the overview's highlights are checked like the rest
			}
			for _, m := range marked.FindAllStringSubmatch(raw, -1) {
				phrase := m[1] + m[2]
				phrase = plain(strings.Trim(phrase, "* "))
				count++
				assert.Truef(t, highlights[phrase], "highlight %q is not carried", phrase)
			}
		}
	}
	assert.Greater(t, count, 60)
}

// TestEveryQuoteIsAScenario checks that the notes' quoted situations are
// scenarios of some entry.
func TestEveryQuoteIsAScenario(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	quotes := map[string]bool{}
	for _, e := range set.Entries {
		for _, s := range e.Scenarios {
			quotes[s.Quote] = true
		}
	}
	for _, lines := range seedLines(t) {
		for _, raw := range lines {
			for _, m := range quoted.FindAllStringSubmatch(plain(raw), -1) {
				q := strings.TrimSpace(strings.TrimSuffix(m[1], "👍"))
				assert.Truef(t, quotes[q], "quoted scenario %q is not a scenario", q)
			}
		}
	}
}

// TestMnemonics checks the notes' "word: meaning" memory aids.
func TestMnemonics(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	got := map[string]string{}
	for _, e := range set.Entries {
		for _, m := range e.Mnemonics {
			got[m.Word] = m.Meaning
		}
	}
	assert.Equal(t, map[string]string{"Inspector": "검사", "Comprehend": "포괄", "Kinesis": "운동"}, got)
}
