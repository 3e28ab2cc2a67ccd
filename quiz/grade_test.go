package quiz

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGrade(t *testing.T) {
	qz := tricky() // answers: [3], [1 4], [0], [1], [1], [0 2 4]
	tests := []struct {
		name      string
		responses [][]int
		correct   []bool
	}{
		{"all right", [][]int{{3}, {4, 1}, {1}, {0}, {1}, {0, 2, 4}}, []bool{true, true, true, true, true, true}},
		{"repeats do not matter", [][]int{{3, 3}, {1, 4, 1}, {1}, {0}, {1}, {4, 2, 0}}, []bool{true, true, true, true, true, true}},
		{"one key of two is wrong", [][]int{{3}, {1}, {1}, {0}, {1}, {0, 2}}, []bool{true, false, true, true, true, false}},
		{"an extra option is wrong", [][]int{{3, 2}, {1, 4, 0}, {1}, {0}, {1}, {0, 2, 4, 1}}, []bool{false, false, true, true, true, false}},
		{"missing answers are wrong", [][]int{{3}, nil, {}}, []bool{true, false, false, false, false, false}},
		{"none answered", nil, []bool{false, false, false, false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := qz.Grade(tt.responses)
			require.NoError(t, err)
			assert.Equal(t, len(qz.Questions), rep.Total)
			right := 0
			for i, res := range rep.Results {
				assert.Equal(t, i, res.Index)
				assert.Equal(t, tt.correct[i], res.Correct, "question %d", i)
				assert.Equal(t, qz.Questions[i].Answers, res.Answers)
				if res.Correct {
					right++
					assert.Empty(t, res.Explanation)
				} else {
					assert.Equal(t, qz.Questions[i].Explanation, res.Explanation)
				}
			}
			assert.Equal(t, right, rep.Correct)
			assert.Len(t, rep.Wrong(), rep.Total-right)
			assert.InDelta(t, float64(right)/float64(rep.Total), rep.Score(), 1e-9)
		})
	}
	_, err := qz.Grade(make([][]int, len(qz.Questions)+1))
	assert.ErrorIs(t, err, ErrAnswers)
	_, err = qz.Grade([][]int{{7}})
	assert.ErrorIs(t, err, ErrAnswers)
	_, err = qz.Grade([][]int{{-1}})
	assert.ErrorIs(t, err, ErrAnswers)
	assert.Zero(t, Report{}.Score())

	res, err := qz.Questions[1].Grade([]int{4, 1})
	require.NoError(t, err)
	assert.Equal(t, []int{1, 4}, res.Chosen)
	assert.True(t, res.Correct)
}

func TestGradeGenerated(t *testing.T) {
	qz := generate(t, Options{Seed: 21, Count: 30})
	var right, wrong [][]int
	for _, q := range qz.Questions {
		right = append(right, q.Answers)
		// The first option that is not a key.
		for i := range q.Choices {
			if !contains(q.Answers, i) {
				wrong = append(wrong, []int{i})
				break
			}
		}
	}
	rep, err := qz.Grade(right)
	require.NoError(t, err)
	assert.Equal(t, 30, rep.Correct)
	assert.Equal(t, 1.0, rep.Score())
	rep, err = qz.Grade(wrong)
	require.NoError(t, err)
	assert.Zero(t, rep.Correct)
	for _, res := range rep.Wrong() {
		assert.NotEmpty(t, res.Explanation)
	}
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestParseChoices(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want []int
		err  bool
	}{
		{"B", 4, []int{1}, false},
		{"b", 4, []int{1}, false},
		{"a, c", 5, []int{0, 2}, false},
		{"CA", 5, []int{0, 2}, false},
		{"2", 4, []int{1}, false},
		{"1 3", 4, []int{0, 2}, false},
		{"3/1/3", 4, []int{0, 2}, false},
		{"", 4, nil, false},
		{"E", 4, nil, true},
		{"5", 4, nil, true},
		{"0", 4, nil, true},
		{"가", 4, nil, true},
		{"A!", 4, nil, true},
	}
	for _, tt := range tests {
		got, err := ParseChoices(tt.in, tt.n)
		if tt.err {
			assert.ErrorIs(t, err, ErrAnswers, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestKindNames(t *testing.T) {
	for _, k := range Kinds() {
		assert.NotEqual(t, string(k), k.Korean(), k)
		assert.Equal(t, string(k), k.String())
	}
	assert.Equal(t, "essay", Kind("essay").Korean())
	assert.False(t, Kind("essay").Valid())
	assert.Equal(t, "A", Letter(0))
	assert.Equal(t, "E", Letter(4))
	assert.Equal(t, "?", Letter(26))
	assert.Equal(t, "?", Letter(-1))
}
