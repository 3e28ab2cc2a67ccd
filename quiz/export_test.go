package quiz

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tricky is a hand-made quiz whose texts hold every character the export
// formats treat specially.
func tricky() Quiz {
	return Quiz{Seed: 3, Questions: []Question{
		{Ref: "a", Kind: ServiceFromDescription, Prompt: "Which one: a=b # c {d} ~e \\ f?\n\nsecond\tline \"quoted\"",
			Choices:     []string{"key: value", "x = y", "#hash", "tab\there", "{brace}", "back\\slash", "quote \"q\""},
			Answers:     []int{3},
			Explanation: "because: a~b\nand <b>&</b>", Services: nil},
		{Ref: "b", Kind: ChooseTwo, Prompt: "Choose two:", Choices: []string{"A=1", "B:2", "C#3", "D~4", "E{5}"},
			Answers: []int{1, 4}, Explanation: "B and E"},
		{Ref: "p", Kind: Cloze, Prompt: "percent", Choices: []string{"%50% off", "%x"}, Answers: []int{1}, Explanation: "%"},
		{Ref: "c", Kind: TrueFalse, Prompt: "1+1=2", Choices: []string{"O", "X"}, Answers: []int{0}, Explanation: "yes"},
		{Ref: "d", Kind: TrueFalse, Prompt: "#1 is: false", Choices: []string{"O", "X"}, Answers: []int{1}, Explanation: "no\n\nreally"},
		{Ref: "e", Kind: ChooseTwo, Prompt: "Choose three", Choices: []string{"a", "b", "c", "d", "e"},
			Answers: []int{0, 2, 4}, Explanation: "x"},
	}}
}

// parseAnki reads an Anki text import the way Anki does: header lines
// starting with '#', then records of tab-separated fields, a field in
// double quotes holding tabs, line breaks and doubled quotes.
func parseAnki(t *testing.T, s string) (map[string]string, [][]string) {
	t.Helper()
	headers := map[string]string{}
	for strings.HasPrefix(s, "#") {
		line, rest, _ := strings.Cut(s, "\n")
		k, v, ok := strings.Cut(line[1:], ":")
		require.True(t, ok, line)
		headers[k] = v
		s = rest
	}
	var records [][]string
	var rec []string
	var field strings.Builder
	quoted, inQuotes, atStart := false, false, true
	end := func() {
		rec = append(rec, field.String())
		field.Reset()
		quoted, atStart = false, true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(s) && s[i+1] == '"':
			field.WriteByte('"')
			i++
		case inQuotes && c == '"':
			inQuotes = false
		case inQuotes:
			field.WriteByte(c)
		case atStart && c == '"':
			inQuotes, quoted, atStart = true, true, false
		case c == '\t':
			end()
		case c == '\n':
			end()
			records = append(records, rec)
			rec = nil
		default:
			require.False(t, quoted, "text after a closing quote")
			require.False(t, c == '"', "a bare quote in an unquoted field")
			field.WriteByte(c)
			atStart = false
		}
	}
	require.False(t, inQuotes, "unterminated quote")
	require.Empty(t, rec, "no final newline")
	return headers, records
}

func TestAnkiRoundTrip(t *testing.T) {
	for _, qz := range []Quiz{tricky(), generate(t, Options{Seed: 11, Count: 25})} {
		for _, html := range []bool{false, true} {
			out := qz.Anki(AnkiOptions{HTML: html, Deck: "AWS::CLF", Notetype: "Basic"})
			headers, records := parseAnki(t, out)
			assert.Equal(t, "tab", headers["separator"])
			assert.Equal(t, strconv.FormatBool(html), headers["html"])
			assert.Equal(t, "Front\tBack\tTags", headers["columns"])
			assert.Equal(t, "3", headers["tags column"])
			assert.Equal(t, "AWS::CLF", headers["deck"])
			assert.Equal(t, "Basic", headers["notetype"])
			require.Len(t, records, len(qz.Questions))
			for i, q := range qz.Questions {
				rec := records[i]
				require.Len(t, rec, 3)
				front, back := rec[0], rec[1]
				if html {
					assert.NotContains(t, front, "\n")
					front = strings.NewReplacer("<br>", "\n", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(front)
					back = strings.NewReplacer("<br>", "\n", "&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(back)
				}
				assert.True(t, strings.HasPrefix(front, q.Prompt+"\n"), front)
				for j, c := range q.Choices {
					assert.Contains(t, front, "\n"+Letter(j)+". "+c)
				}
				assert.True(t, strings.HasSuffix(back, q.Explanation))
				assert.Contains(t, rec[2], "quiz::"+string(q.Kind))
				assert.NotContains(t, rec[2], "\t")
			}
		}
	}
}

// parseGIFT reads the GIFT this package writes: questions separated by
// blank lines, comment lines, "::title::[plain]text{answers}", answers
// "=right", "~wrong", "~%w%option", TRUE or FALSE, and "####feedback";
// a backslash escapes the next character, \n is a line break.
type giftQuestion struct {
	title, text, feedback string
	category              string // from the $CATEGORY line before it
	answers               []giftAnswer
	truth                 string
}

type giftAnswer struct {
	text   string
	right  bool
	weight string
}

func giftUnescape(t *testing.T, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			require.Less(t, i+1, len(s), "a trailing backslash in %q", s)
			i++
			if s[i] == 'n' {
				b.WriteByte('\n')
			} else {
				require.Contains(t, "~=#{}:\\", string(s[i]), "escaped %q", s[i])
				b.WriteByte(s[i])
			}
			continue
		}
		require.NotContains(t, "~=#{}", string(s[i]), "unescaped %q in %q", s[i], s)
		b.WriteByte(s[i])
	}
	return b.String()
}

// splitUnescaped splits s at each unescaped occurrence of any byte of seps,
// keeping the separator at the start of each part.
func splitUnescaped(s, seps string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.IndexByte(seps, s[i]) >= 0 && i > start {
			parts = append(parts, s[start:i])
			start = i
		}
	}
	return append(parts, s[start:])
}

func parseGIFT(t *testing.T, s string) []giftQuestion {
	t.Helper()
	var out []giftQuestion
	category := ""
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if c, ok := strings.CutPrefix(strings.TrimSpace(l), "$CATEGORY:"); ok {
				// Moodle's category line: the questions after it go there.
				category = strings.TrimSpace(c)
				continue
			}
			if !strings.HasPrefix(strings.TrimSpace(l), "//") && strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		src := strings.Join(lines, "\n")
		require.True(t, strings.HasPrefix(src, "::"), src)
		titleEnd := strings.Index(src[2:], "::") + 2
		q := giftQuestion{title: src[2:titleEnd], category: category}
		body := strings.TrimPrefix(src[titleEnd+2:], "[plain]")
		open := -1
		for i := 0; i < len(body); i++ {
			if body[i] == '\\' {
				i++
				continue
			}
			if body[i] == '{' {
				open = i
				break
			}
		}
		require.GreaterOrEqual(t, open, 0, "no answers in %q", src)
		require.True(t, strings.HasSuffix(body, "}"), src)
		q.text = giftUnescape(t, body[:open])
		answers := body[open+1 : len(body)-1]
		if i := strings.Index(answers, "####"); i >= 0 {
			q.feedback = giftUnescape(t, strings.TrimSpace(answers[i+4:]))
			answers = answers[:i]
		}
		answers = strings.TrimSpace(answers)
		if answers == "TRUE" || answers == "FALSE" {
			q.truth = answers
		} else {
			for _, part := range splitUnescaped(answers, "=~") {
				part = strings.TrimSpace(part)
				a := giftAnswer{right: part[0] == '='}
				part = part[1:]
				// Moodle reads a weight after ~ only: after = the text is
				// taken as it is (question/format/gift/format.php).
				if !a.right && strings.HasPrefix(part, "%") {
					end := strings.Index(part[1:], "%") + 1
					a.weight, part = part[1:end], part[end+1:]
				}
				a.text = giftUnescape(t, strings.TrimSpace(part))
				q.answers = append(q.answers, a)
			}
		}
		out = append(out, q)
	}
	return out
}

func TestGIFTRoundTrip(t *testing.T) {
	for _, qz := range []Quiz{tricky(), generate(t, Options{Seed: 12, Count: 40})} {
		parsed := parseGIFT(t, qz.GIFT())
		require.Len(t, parsed, len(qz.Questions))
		for i, q := range qz.Questions {
			p := parsed[i]
			assert.Equal(t, "Q"+strconv.Itoa(i+1), p.title)
			assert.Equal(t, q.giftCategory(), p.category, "the question's domain and task as its Moodle category")
			assert.Equal(t, q.Prompt, p.text)
			assert.Equal(t, q.Explanation, p.feedback)
			if q.Kind == TrueFalse {
				assert.Equal(t, map[int]string{0: "TRUE", 1: "FALSE"}[q.Answers[0]], p.truth)
				continue
			}
			require.Len(t, p.answers, len(q.Choices))
			total := 0.0
			for j, a := range p.answers {
				assert.Equal(t, q.Choices[j], a.text)
				key := false
				for _, k := range q.Answers {
					key = key || k == j
				}
				if len(q.Answers) == 1 {
					assert.Equal(t, key, a.right)
					if strings.HasPrefix(q.Choices[j], "%") && !key {
						assert.Equal(t, "0", a.weight)
					} else {
						assert.Empty(t, a.weight)
					}
					continue
				}
				assert.False(t, a.right, "multiple response uses weights, not =")
				w, err := strconv.ParseFloat(a.weight, 64)
				require.NoError(t, err)
				if key {
					total += w
					assert.Positive(t, w)
				} else {
					assert.Equal(t, -100.0, w)
				}
			}
			if len(q.Answers) > 1 {
				assert.InDelta(t, 100, total, 0.001)
			}
		}
	}
	assert.Contains(t, tricky().GIFT(), "~%50%B\\:2")
	assert.Contains(t, tricky().GIFT(), "~%33.33333%a")
}

func TestGIFTEscape(t *testing.T) {
	assert.Equal(t, `a\=b \# c \{d\} \~e \\ f\: g\nh`, giftEscape("a=b # c {d} ~e \\ f: g\nh"))
}

func TestJSONRoundTrip(t *testing.T) {
	qz := generate(t, Options{Seed: 8, Count: 12})
	b, err := qz.JSON()
	require.NoError(t, err)
	var back Quiz
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, qz, back)
	for _, field := range []string{`"seed"`, `"questions"`, `"ref"`, `"kind"`, `"prompt"`, `"choices"`, `"answers"`, `"explanation"`, `"services"`} {
		assert.Contains(t, string(b), field)
	}
	empty, err := Quiz{}.JSON()
	require.NoError(t, err)
	assert.Equal(t, "{\n  \"seed\": 0,\n  \"options\": {},\n  \"questions\": []\n}\n", string(empty))
}

func TestMarkdown(t *testing.T) {
	md := tricky().Markdown()
	assert.Contains(t, md, "# AWS 퀴즈")
	assert.Contains(t, md, "## 정답")
	assert.Contains(t, md, "- D. tab\there")
	assert.Contains(t, md, "1. **D** tab\there  \n")
	assert.Contains(t, md, "2. **B, E** B:2 / E{5}")
	assert.Contains(t, md, "- C. \\#hash")
	assert.Contains(t, md, "and \\<b>&\\</b>")
	qz := generate(t, Options{Seed: 4, Count: 10})
	md = qz.Markdown()
	questions, key, ok := strings.Cut(md, "## 정답")
	require.True(t, ok)
	for i := range qz.Questions {
		assert.Contains(t, questions, "## "+strconv.Itoa(i+1)+". ")
		assert.Contains(t, key, "\n"+strconv.Itoa(i+1)+". **")
	}
}

func FuzzExportEscaping(f *testing.F) {
	for _, s := range []string{"a=b", "#x", "t\tab", "q\"uote", "line\nbreak", "\\n", "{}~:", "\\", "\r\n"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, prompt, choice string) {
		if !utf8.ValidString(prompt) || !utf8.ValidString(choice) || strings.ContainsAny(prompt+choice, "\r\x00") || strings.TrimSpace(choice) == "" || strings.Contains(prompt+choice, "\n\n") {
			t.Skip()
		}
		qz := Quiz{Questions: []Question{{Ref: "f", Kind: Scenario, Prompt: prompt, Choices: []string{choice, choice + "2"},
			Answers: []int{0}, Explanation: prompt}}}
		p := parseGIFT(t, qz.GIFT())
		require.Len(t, p, 1)
		assert.Equal(t, strings.TrimSpace(prompt), strings.TrimSpace(p[0].text))
		require.Len(t, p[0].answers, 2)
		assert.Equal(t, strings.TrimSpace(choice), strings.TrimSpace(p[0].answers[0].text))
		_, records := parseAnki(t, qz.Anki(AnkiOptions{}))
		require.Len(t, records, 1)
		assert.True(t, strings.HasPrefix(records[0][0], prompt))
	})
}
