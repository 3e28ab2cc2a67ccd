package quiz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"
)

// JSON encodes the quiz with stable field names (seed, questions; each
// question's ref, kind, prompt, choices, answers, explanation, services),
// indented, with a final newline. The same quiz always gives the same
// bytes; json.Unmarshal reads them back into a Quiz.
func (qz Quiz) JSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if qz.Questions == nil {
		qz.Questions = []Question{}
	}
	if err := enc.Encode(qz); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// mdEscape keeps text literal in Markdown: characters that start emphasis,
// code, HTML or links are backslash-escaped, and so is a character that
// would start a heading, quote or list at the start of a line.
func mdEscape(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString("\n")
		}
		trimmed := strings.TrimLeft(line, " ")
		b.WriteString(line[:len(line)-len(trimmed)])
		if trimmed != "" && strings.ContainsRune("#>-+=|", rune(trimmed[0])) {
			b.WriteString("\\")
		}
		// "1. " or "2) " at the start would begin an ordered list: escape
		// the mark after the number.
		if digits := len(trimmed) - len(strings.TrimLeft(trimmed, "0123456789")); digits > 0 && digits < len(trimmed) &&
			(trimmed[digits] == '.' || trimmed[digits] == ')') {
			b.WriteString(trimmed[:digits] + "\\")
			trimmed = trimmed[digits:]
		}
		for _, r := range trimmed {
			if strings.ContainsRune("\\`*_<[]", r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Markdown renders the quiz for reading: the questions with lettered
// options, then an answer key with the explanations.
func (qz Quiz) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# AWS 퀴즈\n\n시드 %d · %d문항\n", qz.Seed, len(qz.Questions))
	for i, q := range qz.Questions {
		fmt.Fprintf(&b, "\n## %d. %s\n\n", i+1, q.Kind.Korean())
		for _, line := range strings.Split(q.Prompt, "\n") {
			if line == "" {
				b.WriteString("\n")
				continue
			}
			b.WriteString(mdEscape(line) + "  \n")
		}
		b.WriteString("\n")
		for j, c := range q.Choices {
			fmt.Fprintf(&b, "- %s. %s\n", Letter(j), mdEscape(strings.ReplaceAll(c, "\n", " ")))
		}
	}
	b.WriteString("\n---\n\n## 정답\n\n")
	for i, q := range qz.Questions {
		keys, texts := q.keys()
		fmt.Fprintf(&b, "%d. **%s** %s  \n", i+1, strings.Join(keys, ", "), mdEscape(strings.Join(texts, " / ")))
		for _, line := range strings.Split(q.Explanation, "\n") {
			if line != "" {
				fmt.Fprintf(&b, "   %s  \n", mdEscape(line))
			}
		}
	}
	return b.String()
}

// AnkiOptions says how to write an Anki import file.
type AnkiOptions struct {
	// HTML writes fields as HTML (line breaks as <br>, &, < and > escaped)
	// and tells Anki so with "#html:true"; otherwise fields are plain text
	// and a field holding a line break is quoted.
	HTML bool
	// Deck and Notetype, when set, are written as "#deck:" and "#notetype:"
	// headers; Anki ignores a name it does not know.
	Deck, Notetype string
}

// Anki renders the quiz as an Anki plain-text import file, one note per
// question with the fields Front (prompt and lettered options), Back (the
// key and the explanation) and Tags ("awsnotes", the kind, the entries),
// under the header lines Anki reads: #separator:tab, #html:, #columns: and
// #tags column:. A field holding a tab, a double quote or a line break is
// quoted, its quotes doubled, as the Anki manual specifies; so is one that
// starts with '#', which Anki would take for a comment.
func (qz Quiz) Anki(opts AnkiOptions) string {
	var b strings.Builder
	b.WriteString("#separator:tab\n")
	fmt.Fprintf(&b, "#html:%t\n", opts.HTML)
	if opts.Notetype != "" {
		fmt.Fprintf(&b, "#notetype:%s\n", oneLine(opts.Notetype))
	}
	if opts.Deck != "" {
		fmt.Fprintf(&b, "#deck:%s\n", oneLine(opts.Deck))
	}
	b.WriteString("#columns:Front\tBack\tTags\n")
	b.WriteString("#tags column:3\n")
	for _, q := range qz.Questions {
		front := q.Prompt + "\n"
		for j, c := range q.Choices {
			front += "\n" + Letter(j) + ". " + c
		}
		keys, texts := q.keys()
		back := "정답: " + strings.Join(keys, ", ") + " — " + strings.Join(texts, " / ") + "\n\n" + q.Explanation
		tags := q.tags()
		fields := []string{front, back, strings.Join(tags, " ")}
		for i, f := range fields {
			if i > 0 {
				b.WriteString("\t")
			}
			if opts.HTML && i < 2 {
				f = strings.ReplaceAll(html.EscapeString(f), "\n", "<br>")
				f = strings.ReplaceAll(f, "&#34;", "\"")
				f = strings.ReplaceAll(f, "&#39;", "'")
			}
			b.WriteString(ankiField(f))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// tags are a question's Anki tags: "awsnotes", the kind, the exam domain
// and task statements, where it comes from, and the entries.
func (q Question) tags() []string {
	tags := []string{"awsnotes", "quiz::" + string(q.Kind)}
	if q.Domain != 0 {
		tags = append(tags, fmt.Sprintf("clf-c02::domain%d", q.Domain))
	}
	for _, t := range q.Tasks {
		tags = append(tags, "clf-c02::task"+oneLine(string(t)))
	}
	if q.Origin != "" {
		tags = append(tags, "origin::"+oneLine(string(q.Origin)))
	}
	for _, id := range q.Services {
		tags = append(tags, "aws::"+string(id))
	}
	return tags
}

// giftCategory is the Moodle question-bank category of a question:
// "awsnotes/domain2/task2.3" by its exam domain and main task statement,
// "awsnotes/other" without one.
func (q Question) giftCategory() string {
	if q.Domain == 0 {
		return "awsnotes/other"
	}
	c := fmt.Sprintf("awsnotes/domain%d", q.Domain)
	if len(q.Tasks) > 0 {
		c += "/task" + strings.Map(func(r rune) rune {
			if r == '/' || r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, string(q.Tasks[0]))
	}
	return c
}

// keys returns the letters and texts of q's keys, skipping an index q
// does not have (a question built by hand or read from elsewhere).
func (q Question) keys() (letters, texts []string) {
	for _, a := range q.Answers {
		if a >= 0 && a < len(q.Choices) {
			letters = append(letters, Letter(a))
			texts = append(texts, q.Choices[a])
		}
	}
	return letters, texts
}

// oneLine keeps a header value on its line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// ankiField quotes a field when it must be.
func ankiField(f string) string {
	if strings.ContainsAny(f, "\t\"\n\r") || strings.HasPrefix(f, "#") {
		return `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
	}
	return f
}

// giftEscape keeps text literal in GIFT: a backslash before each of
// ~ = # { } : and before a backslash itself, and line breaks written as
// \n, since a blank line would end the question.
func giftEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '~', '=', '#', '{', '}', ':', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// giftWeight formats a Moodle answer weight: 50, 33.33333.
func giftWeight(w float64) string {
	s := strconv.FormatFloat(w, 'f', 5, 64)
	return strings.TrimSuffix(strings.TrimRight(s, "0"), ".")
}

// GIFT renders the quiz in Moodle's GIFT format, each question under a
// "$CATEGORY: awsnotes/domain2/task2.3" line naming its exam domain and
// task statement (written when it changes): multiple choice with one
// key (=right ~wrong), multiple response with the keys sharing 100%
// (~%50%right) and wrong options at ~%-100%, and true/false ({TRUE} or
// {FALSE}). Each question is titled Q1, Q2, …, its text marked [plain],
// the explanation given as general feedback (####); the characters
// ~ = # { } : and backslash are escaped with a backslash, line breaks
// written as \n.
func (qz Quiz) GIFT() string {
	var b strings.Builder
	fmt.Fprintf(&b, "// awsnotes quiz, seed %d, %d questions\n", qz.Seed, len(qz.Questions))
	category := ""
	for i, q := range qz.Questions {
		if c := q.giftCategory(); c != category {
			fmt.Fprintf(&b, "\n$CATEGORY: %s\n", c)
			category = c
		}
		fmt.Fprintf(&b, "\n// %s %s\n", oneLine(string(q.Kind)), oneLine(q.Ref))
		fmt.Fprintf(&b, "::Q%d::[plain]%s", i+1, giftEscape(q.Prompt))
		feedback := "####" + giftEscape(q.Explanation)
		if q.Kind == TrueFalse && len(q.Choices) == 2 && len(q.Answers) == 1 {
			answer := "TRUE"
			if q.Answers[0] == 1 {
				answer = "FALSE"
			}
			fmt.Fprintf(&b, "{%s%s}\n", answer, feedback)
			continue
		}
		b.WriteString("{\n")
		weight := 100.0 / float64(len(q.Answers))
		for j, c := range q.Choices {
			key := false
			for _, a := range q.Answers {
				key = key || a == j
			}
			// After ~ a text starting with % would be read as a weight: give
			// the weight explicitly before it. Moodle reads no weight after
			// =, so the key is written as it is.
			pct := strings.HasPrefix(strings.TrimSpace(c), "%")
			switch {
			case len(q.Answers) == 1 && key:
				b.WriteString("\t=")
			case len(q.Answers) == 1 && pct:
				b.WriteString("\t~%0%")
			case len(q.Answers) == 1:
				b.WriteString("\t~")
			case key:
				fmt.Fprintf(&b, "\t~%%%s%%", giftWeight(weight))
			default:
				b.WriteString("\t~%-100%")
			}
			b.WriteString(giftEscape(c) + "\n")
		}
		fmt.Fprintf(&b, "\t%s\n}\n", feedback)
	}
	return b.String()
}
