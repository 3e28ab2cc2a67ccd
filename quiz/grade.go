package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Result is the grade of one question.
type Result struct {
	Index   int   `json:"index"`   // the question's position in the quiz, from 0
	Correct bool  `json:"correct"` // exactly the keys were chosen
	Chosen  []int `json:"chosen"`  // the options chosen, sorted, without repeats
	Answers []int `json:"answers"` // the keys
	// Explanation is the question's explanation when the answer is wrong
	// (or missing), "" when it is right.
	Explanation string `json:"explanation,omitempty"`
}

// Report is the grade of a whole quiz.
type Report struct {
	Total   int      `json:"total"`   // questions in the quiz
	Correct int      `json:"correct"` // questions answered right
	Results []Result `json:"results"` // one per question, in quiz order
}

// Score returns the share of questions answered right, from 0 to 1; 0 for
// an empty quiz.
func (r Report) Score() float64 {
	if r.Total == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Total)
}

// Wrong returns the results of the questions answered wrong or not at all,
// each with its explanation.
func (r Report) Wrong() []Result {
	var out []Result
	for _, res := range r.Results {
		if !res.Correct {
			out = append(out, res)
		}
	}
	return out
}

// Grade grades one response to q: the indexes of the options chosen, in
// any order. It counts as right only when exactly the keys are chosen, so
// a choose-two question with one key missing or one extra option is
// wrong. An index q does not have is an error wrapping ErrAnswers.
func (q Question) Grade(chosen []int) (Result, error) {
	res, err := q.grade(chosen)
	if err != nil {
		return Result{}, fmt.Errorf("quiz: %w", err)
	}
	return res, nil
}

// grade is Grade with an error that does not say "quiz:", for Quiz.Grade
// to put the question's number in front once.
func (q Question) grade(chosen []int) (Result, error) {
	set := slices.Clone(chosen)
	slices.Sort(set)
	set = slices.Compact(set)
	for _, c := range set {
		if c < 0 || c >= len(q.Choices) {
			return Result{}, fmt.Errorf("option %d of a question with %d: %w", c, len(q.Choices), ErrAnswers)
		}
	}
	// The keys as a set too: a question built by hand or read from JSON may
	// list them out of order. One without keys is never answered right.
	keys := slices.Compact(slices.Sorted(slices.Values(q.Answers)))
	res := Result{Chosen: set, Answers: slices.Clone(q.Answers), Correct: len(keys) > 0 && slices.Equal(set, keys)}
	if set == nil {
		res.Chosen = []int{}
	}
	if !res.Correct {
		res.Explanation = q.Explanation
	}
	return res, nil
}

// Grade grades a learner's responses: responses[i] are the options chosen
// for question i. Missing responses (a shorter slice, or nil entries) count
// as wrong. More responses than questions, or an option a question does not
// have, is an error wrapping ErrAnswers.
func (qz Quiz) Grade(responses [][]int) (Report, error) {
	if len(responses) > len(qz.Questions) {
		return Report{}, fmt.Errorf("quiz: %d responses to %d questions: %w", len(responses), len(qz.Questions), ErrAnswers)
	}
	rep := Report{Total: len(qz.Questions), Results: make([]Result, len(qz.Questions))}
	for i, q := range qz.Questions {
		var chosen []int
		if i < len(responses) {
			chosen = responses[i]
		}
		res, err := q.grade(chosen)
		if err != nil {
			return Report{}, fmt.Errorf("quiz: question %d: %w", i+1, err)
		}
		res.Index = i
		if res.Correct {
			rep.Correct++
		}
		rep.Results[i] = res
	}
	return rep, nil
}

// ParseChoices reads the options a learner typed: letters ("B", "a, c",
// "AC") or 1-based numbers ("2", "1 3"), for a question with n options. It
// returns the 0-based indexes, sorted, without repeats; anything else, or
// an option beyond n, is an error wrapping ErrAnswers.
func ParseChoices(s string, n int) ([]int, error) {
	var out []int
	add := func(i int, tok string) error {
		if i < 0 || i >= n {
			return fmt.Errorf("quiz: %q is not one of %d options: %w", tok, n, ErrAnswers)
		}
		out = append(out, i)
		return nil
	}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '/' || unicode.IsSpace(r) }) {
		if num, err := strconv.Atoi(f); err == nil {
			if err := add(num-1, f); err != nil {
				return nil, err
			}
			continue
		}
		for _, r := range f {
			switch {
			case r >= 'A' && r <= 'Z':
				r -= 'A' - 'a'
				fallthrough
			case r >= 'a' && r <= 'z':
				if err := add(int(r-'a'), string(r)); err != nil {
					return nil, err
				}
			default:
				return nil, fmt.Errorf("quiz: %q is not an option letter or number: %w", f, ErrAnswers)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}
