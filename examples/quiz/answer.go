package main

import (
	"fmt"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// koreanKeys are the Hangul letters the keys a–f make when the keyboard
// is in Korean (2-beolsik) mode: a learner who forgot to switch types
// "ㅁ" for a. Shift gives ㄸ on the e key.
var koreanKeys = map[rune]rune{'ㅁ': 'a', 'ㅠ': 'b', 'ㅊ': 'c', 'ㅇ': 'd', 'ㄷ': 'e', 'ㄸ': 'e', 'ㄹ': 'f'}

// circled are the numbers Korean exam papers print beside options.
var circled = map[rune]rune{'①': '1', '②': '2', '③': '3', '④': '4', '⑤': '5', '⑥': '6'}

// answerWords are what Korean learners write around their choices: "1번",
// "1번과 3번", "a 및 c", "1, 3 이요". They are dropped.
var answerWords = []string{"번", "과", "와", "이랑", "랑", "하고", "및", "그리고", "이요", "요", "정답", "답"}

// normalizeAnswer turns what a Korean learner types into what
// quiz.ParseChoices reads: a byte-order mark and zero-width spaces
// dropped, full-width letters and digits (１, Ａ) made ASCII, Hangul
// letters typed on the a–f keys made a–f, ①–⑥ made 1–6, "번" and the
// words joining two choices dropped, and the brackets and full stops
// around a choice ("(a)", "A.", "2)") made spaces.
func normalizeAnswer(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060':
			continue
		case r == '\u3000':
			r = ' '
		case r >= '！' && r <= '～': // the full-width forms of ASCII
			r -= '！' - '!'
		}
		if k, ok := koreanKeys[r]; ok {
			r = k
		}
		if c, ok := circled[r]; ok {
			b.WriteRune(' ') // "①③" is two choices, not 13
			r = c
		}
		b.WriteRune(r)
	}
	s = b.String()
	// Longest words first, so "이랑" goes before "랑".
	for _, w := range answerWords {
		s = strings.ReplaceAll(s, w, " ")
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case '(', ')', '[', ']', '.', ':', '、', '·', '~', '&', '+', ';':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// answerProblem says why a line cannot be taken as an answer to q, in
// Korean, or "" when chosen is one: a single-answer question given two
// options, or a choose-two question given one, is asked again rather than
// marked wrong.
func answerProblem(q quiz.Question, chosen []int) string {
	switch want := len(q.Answers); {
	case len(chosen) == 0:
		return ""
	case want == 1 && len(chosen) > 1:
		return "이 문제는 답을 하나만 고릅니다. 다시 골라 주세요."
	case len(chosen) != want:
		return fmt.Sprintf("이 문제는 답을 %d개 고릅니다. 다시 골라 주세요.", want)
	}
	return ""
}

// parseAnswer reads a learner's line for q: the options chosen, or an
// error to ask again with. An empty line skips the question.
func parseAnswer(line string, q quiz.Question) ([]int, error) {
	norm := normalizeAnswer(line)
	if norm == "" {
		return nil, nil
	}
	chosen, err := quiz.ParseChoices(norm, len(q.Choices))
	if err != nil {
		return nil, fmt.Errorf("알아들을 수 없는 답입니다: %q. 1-%d 또는 %s-%s 중에서 고르세요.",
			strings.TrimSpace(line), len(q.Choices), strings.ToLower(quiz.Letter(0)), strings.ToLower(quiz.Letter(len(q.Choices)-1)))
	}
	if p := answerProblem(q, chosen); p != "" {
		return nil, fmt.Errorf("%s", p)
	}
	return chosen, nil
}
