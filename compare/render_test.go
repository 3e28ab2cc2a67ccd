package compare_test

import (
	"flag"
	"github.com/rivo/uniseg"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"

	"github.com/cloudnotes-kr/awsnotes/compare"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sample is a Korean table with what the renderers must handle: long cells
// that wrap, a word longer than a column, "|", a backslash, a line break,
// a two-line title and a footnote. It is written out here, not taken from
// the data, so that edits to the notes do not move its golden files.
var sample = compare.Table{
	ID:      "sample",
	Title:   "S3와 EBS | 스토리지\n예시 표",
	Columns: []string{"Amazon S3", "EBS (블록)"},
	IDs:     nil,
	Rows: []compare.Row{
		{Aspect: "유형", Cells: []string{"객체 스토리지", "블록 스토리지"}},
		{Aspect: "노트", Cells: []string{
			"확장성, 보안 및 성능이 뛰어난 객체 스토리지 서비스이다. 데이터 파일을 저장하고 접근할 수 있으며, 버킷 단위로 관리한다.",
			"EC2 인스턴스에 연결 가능한 블록 스토리지로, 데이터 영속성을 제공한다.",
		}},
		{Aspect: "특수 문자", Cells: []string{`a|b \ c`, "첫 줄\n둘째 줄"}},
		{Aspect: "긴 낱말", Cells: []string{"가나다라마바사아자차카타파하가나다라마바사", "https://docs.aws.amazon.com/AmazonS3/latest/userguide"}},
		{Aspect: "기호", Cells: []string{"코드 변경 → 테스트 ⇒️ 배포 ✅", "빈 칸 옆"}},
	},
	Picks: []string{`"파일을 저장하고 싶어" → S3`, `"EC2 디스크가 필요해" → EBS`},
	Notes: []string{"Glacier: 지금은 주로 S3의 스토리지 클래스(S3 Glacier Instant Retrieval, Flexible Retrieval, Deep Archive)로 쓴다."},
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), got, "%s differs; run go test -update if the change is intended", path)
}

func TestGolden(t *testing.T) {
	ecs, ok := compare.Get("ecs-vs-eks")
	require.True(t, ok)
	snow, ok := compare.Get("snowmobile-vs-snowball")
	require.True(t, ok)
	tests := []struct {
		name string
		t    compare.Table
	}{
		{"sample", sample},
		{"ecs-vs-eks", ecs},
		{"snowmobile-vs-snowball", snow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name+".text", tt.t.Text())
			golden(t, tt.name+".md", tt.t.Markdown())
		})
	}
	golden(t, "sample.narrow.text", sample.TextWith(compare.TextOptions{MaxCellWidth: 10}))
	golden(t, "sample.csv", sample.CSV())
	golden(t, "sample.html", sample.HTML())
}

// refWidth is the terminal width of s by grapheme cluster, as
// github.com/rivo/uniseg reckons it, with East Asian ambiguous clusters
// of one column counted as two when ambWide is set.
func refWidth(s string, ambWide bool) int {
	total := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		w := g.Width()
		if ambWide && w == 1 && width.LookupRune(g.Runes()[0]).Kind() == width.EastAsianAmbiguous {
			w = 2
		}
		total += w
	}
	return total
}

// checkText checks what every Text rendering must be: valid UTF-8 without
// control characters, a newline after every line, and every line the same
// width, starting and ending with a border.
func checkText(t testing.TB, out string, o compare.TextOptions) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Text is not valid UTF-8: %q", out)
	}
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("Text does not end in a newline: %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := refWidth(lines[0], o.AmbiguousWide)
	for i, l := range lines {
		if strings.ContainsFunc(l, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
			t.Fatalf("line %d holds a control character: %q", i, l)
		}
		if got := refWidth(l, o.AmbiguousWide); got != want {
			t.Fatalf("line %d is %d columns wide, line 0 is %d:\n%s", i, got, want, out)
		}
		if !strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "+") || !strings.HasSuffix(l, "|") && !strings.HasSuffix(l, "+") {
			t.Fatalf("line %d is not bordered: %q", i, l)
		}
	}
}

// TestCuratedTextFits checks that the curated tables, up to five columns
// of services, fit a terminal DefaultTableWidth columns wide.
func TestCuratedTextFits(t *testing.T) {
	for _, tb := range compare.All() {
		if len(tb.Columns) > 5 {
			continue
		}
		first, _, _ := strings.Cut(tb.Text(), "\n")
		assert.LessOrEqual(t, refWidth(first, false), compare.DefaultTableWidth, tb.ID)
	}
}

// TestTextWidths checks that every line of every table is equally wide:
// all curated tables, tables Of builds, odd tables, at several widths.
func TestTextWidths(t *testing.T) {
	tables := compare.All()
	for _, names := range [][]string{
		{"EC2", "Lambda"}, {"CloudTrail", "CloudWatch", "Config"}, {"쿠버네티스", "오케스트레이션", "Fargate", "ECS"},
		{"OpsWorks", "Cloud9", "IQ", "Snowmobile"}, {"Glacier", "S3"},
	} {
		tb, err := compare.Of(names...)
		require.NoError(t, err)
		tables = append(tables, tb)
	}
	tables = append(tables, sample, compare.Table{},
		compare.Table{Columns: []string{"A", "B", "C"}, Rows: []compare.Row{{Aspect: "짧음", Cells: []string{"하나"}}, {Cells: []string{"1", "2", "3", "4"}}}, Picks: []string{"", "둘"}},
		compare.Table{Title: strings.Repeat("제목", 40), Columns: []string{"가"}, Notes: []string{strings.Repeat("각주 ", 30), "👨‍👩‍👧‍👦👨‍👩‍👧‍👦"}},
	)
	opts := []compare.TextOptions{{}, {MaxCellWidth: 1}, {MaxCellWidth: 3}, {MaxCellWidth: 10}, {MaxCellWidth: 60}, {AmbiguousWide: true}, {MaxCellWidth: 12, AmbiguousWide: true}}
	for _, tb := range tables {
		for _, o := range opts {
			out := tb.TextWith(o)
			checkText(t, out, o)
			if o == (compare.TextOptions{}) {
				assert.Equal(t, out, tb.Text())
			}
			if o.MaxCellWidth >= 2 {
				// No cell line is wider than the maximum (a single
				// character of width 2 may exceed a maximum of 1).
				for _, l := range strings.Split(out, "\n") {
					if strings.HasPrefix(l, "| ") && strings.Count(l, " | ") == len(tb.Columns) {
						for _, cell := range strings.Split(strings.Trim(l, "|"), "|") {
							assert.LessOrEqual(t, refWidth(strings.TrimSpace(cell), o.AmbiguousWide), max(o.MaxCellWidth, 2), "%q", l)
						}
					}
				}
			}
		}
	}
}

// TestTextHangul checks that decomposed (NFD) Hangul is drawn as the
// composed syllables and that wrapping never splits one.
func TestTextHangul(t *testing.T) {
	nfc := "컨테이너를 자동으로 배포하고 운영하고 관리해주는 시스템"
	tb := compare.Table{Columns: []string{"쿠버네티스", "ECS"}, Rows: []compare.Row{{Aspect: "설명", Cells: []string{norm.NFD.String(nfc), "간단"}}}}
	want := compare.Table{Columns: tb.Columns, Rows: []compare.Row{{Aspect: "설명", Cells: []string{nfc, "간단"}}}}
	for _, w := range []int{1, 2, 3, 5, 8} {
		o := compare.TextOptions{MaxCellWidth: w}
		out := tb.TextWith(o)
		checkText(t, out, o)
		assert.Equal(t, want.TextWith(o), out)
		assert.False(t, strings.ContainsFunc(out, func(r rune) bool { return r >= 0x1100 && r <= 0x11ff }), "conjoining jamo in output")
	}
}

// countPipes counts the unescaped "|" of a Markdown line.
func countPipes(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

// checkMarkdown checks that a Markdown rendering keeps each row on one line
// with one cell per column.
func checkMarkdown(t testing.TB, tb compare.Table, out string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	var rows []string
	for _, l := range lines {
		if strings.HasPrefix(l, "|") {
			rows = append(rows, l)
		}
	}
	wantRows := 2 + len(tb.Rows)
	for i, p := range tb.Picks {
		if p != "" && i < len(tb.Columns) {
			wantRows++
			break
		}
	}
	if len(rows) != wantRows {
		t.Fatalf("%d table lines, want %d:\n%s", len(rows), wantRows, out)
	}
	for _, r := range rows {
		if got := countPipes(r); got != len(tb.Columns)+2 {
			t.Fatalf("%d cell borders in %q, want %d", got, r, len(tb.Columns)+2)
		}
	}
}

func TestMarkdown(t *testing.T) {
	for _, tb := range append(compare.All(), sample, compare.Table{}) {
		checkMarkdown(t, tb, tb.Markdown())
	}
	md := sample.Markdown()
	assert.Contains(t, md, `| a\|b \\ c | 첫 줄<br>둘째 줄 |`)
	assert.Contains(t, md, "### S3와 EBS | 스토리지 예시 표\n")
	html := compare.Table{Title: "<h1>제목</h1>", Columns: []string{"<b>A</b>", "B"}, Notes: []string{"<i>각주</i>"}}.Markdown()
	assert.Contains(t, html, "| &lt;b>A&lt;/b> | B |")
	assert.Contains(t, html, "### &lt;h1>제목&lt;/h1>\n")
	assert.Contains(t, html, "- &lt;i>각주&lt;/i>\n")
}

func TestCSV(t *testing.T) {
	tb, ok := compare.Get("kms-vs-cloudhsm")
	require.True(t, ok)
	csv := tb.CSV()
	assert.True(t, strings.HasPrefix(csv, "구분,KMS,CloudHSM\n"), csv)
	assert.Contains(t, csv, "\n이럴 때,")
	assert.Equal(t, "구분\n", compare.Table{}.CSV())
}

func TestHTML(t *testing.T) {
	h := sample.HTML()
	assert.Contains(t, h, "<caption>S3와 EBS | 스토리지<br>예시 표</caption>")
	assert.Contains(t, h, "<td>첫 줄<br>둘째 줄</td>")
	assert.Contains(t, h, "&#34;파일을 저장하고 싶어&#34; → S3")
	assert.NotContains(t, compare.Table{Columns: []string{"<script>"}}.HTML(), "<script>")
}

// FuzzText renders tables of arbitrary text: no panics, valid UTF-8, equal
// line widths, rows kept whole in Markdown.
func FuzzText(f *testing.F) {
	f.Add("ECS와 EKS의 차이", "Amazon ECS", "난이도", "설정이 복잡함, K8s의 지식이 필요", uint8(0), false)
	f.Add("a|b\nc", "\xff\xfe", "\t탭\r\n", "e\u0301\u200d👩\u200d👧 ｆｕｌｌ", uint8(1), true)
	f.Add("", "", "", "", uint8(3), false)
	f.Add(norm.NFD.String("한글 낱말"), "\u1100\u1161\u11a8", "\u0301", "→⇒①ⓐ", uint8(2), true)
	f.Add(strings.Repeat("가", 100), strings.Repeat("w", 70), "\u2028\u2029\u0085", "\u3000\u3000가 나", uint8(7), false)
	f.Fuzz(func(t *testing.T, title, col, aspect, cell string, maxw uint8, amb bool) {
		tb := compare.Table{
			Title:   title,
			Columns: []string{col, "EKS", cell},
			Rows:    []compare.Row{{Aspect: aspect, Cells: []string{cell, title, col}}, {Aspect: cell, Cells: []string{aspect}}},
			Picks:   []string{"", cell, aspect},
			Notes:   []string{cell, title},
		}
		o := compare.TextOptions{MaxCellWidth: int(maxw % 40), AmbiguousWide: amb}
		checkText(t, tb.TextWith(o), o)
		checkMarkdown(t, tb, tb.Markdown())
		for _, out := range []string{tb.Markdown(), tb.CSV(), tb.HTML()} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 in %q", out)
			}
		}
		if h := tb.HTML(); strings.Contains(h, "<script") {
			t.Fatalf("HTML lets markup through: %q", h)
		}
	})
}
