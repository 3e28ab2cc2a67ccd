package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

// fetchSheet asks /api/sheet and decodes the answer.
func fetchSheet(t *testing.T, h http.Handler, query string) sheetResponse {
	t.Helper()
	code, body := get(t, h, "/api/sheet?"+query)
	require.Equal(t, http.StatusOK, code, body)
	var resp sheetResponse
	dec := json.NewDecoder(strings.NewReader(body))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&resp))
	return resp
}

// The browser never sees an answer before grading: no key, no
// explanation, nothing that names the right option.
func TestSheetHasNoAnswers(t *testing.T) {
	h := testServer()
	for _, query := range []string{"count=30&seed=1", "count=30&seed=2&kind=true-false", "count=10&kind=choose-two&seed=3", "mode=exam&seed=4"} {
		code, body := get(t, h, "/api/sheet?"+query)
		require.Equal(t, 200, code, body)
		for _, leak := range []string{`"answers"`, `"answer"`, `"explanation"`, `"correct"`, `"services"`, `"origin"`} {
			assert.NotContains(t, body, leak, query)
		}
		var raw map[string]any
		require.NoError(t, json.Unmarshal([]byte(body), &raw))
		sheet := raw["sheet"].(map[string]any)
		for _, q := range sheet["questions"].([]any) {
			keys := []string{}
			for k := range q.(map[string]any) {
				keys = append(keys, k)
			}
			assert.Subset(t, []string{"id", "kind", "prompt", "choices", "select", "domain", "tasks"}, keys)
		}
	}
}

func TestSheetFollowsTheOptions(t *testing.T) {
	h := testServer()
	r := fetchSheet(t, h, "count=5&kind=true-false&seed=9")
	require.Len(t, r.Sheet.Questions, 5)
	for _, q := range r.Sheet.Questions {
		assert.Equal(t, quiz.TrueFalse, q.Kind)
		assert.Equal(t, []string{"O", "X"}, q.Choices)
	}
	r = fetchSheet(t, h, "count=5&domain=2&seed=9")
	for _, q := range r.Sheet.Questions {
		serves := q.Domain == 2
		for _, task := range q.Tasks {
			serves = serves || task.Domain() == 2
		}
		assert.True(t, serves, "%s serves domain 2: %v %v", q.ID, q.Domain, q.Tasks)
	}
	r = fetchSheet(t, h, "count=3&task=2.3&seed=9")
	for _, q := range r.Sheet.Questions {
		assert.Contains(t, q.Tasks, category.Task("2.3"))
	}
	r = fetchSheet(t, h, "mode=exam&seed=9")
	assert.Len(t, r.Sheet.Questions, quiz.ExamQuestions)
	assert.True(t, r.Exam)
	assert.Equal(t, examMinutes, r.Minutes)
	// Without a seed the server picks one, and says which.
	r = fetchSheet(t, h, "count=3")
	assert.EqualValues(t, 42, r.Sheet.Seed)
}

// answersOf makes the quiz again on the test's side to know its keys.
func answersOf(t *testing.T, s quiz.Sheet) [][]int {
	t.Helper()
	qz, err := s.Quiz()
	require.NoError(t, err)
	var out [][]int
	for _, q := range qz.Questions {
		out = append(out, q.Answers)
	}
	return out
}

func grade(t *testing.T, h http.Handler, req gradeRequest) (int, gradeResponse, string) {
	t.Helper()
	code, body := post(t, h, "/api/grade", mustJSON(t, req))
	var resp gradeResponse
	if code == http.StatusOK {
		require.NoError(t, json.Unmarshal(body, &resp))
	}
	return code, resp, string(body)
}

func TestGradeRecordsProgressInStudyFormat(t *testing.T) {
	h := testServer()
	sheet := fetchSheet(t, h, "count=3&seed=5").Sheet
	keys := answersOf(t, sheet)

	code, res, body := grade(t, h, gradeRequest{Sheet: sheet, Responses: keys})
	require.Equal(t, 200, code, body)
	assert.Equal(t, 3, res.Total)
	assert.Equal(t, 3, res.Correct)
	for _, r := range res.Results {
		assert.True(t, r.Correct)
		assert.Empty(t, r.Explanation, "no explanation for a right answer")
	}
	p, err := study.Decode(bytes.NewReader(res.Progress))
	require.NoError(t, err, "the browser keeps what package study reads")
	assert.Len(t, p.History(), 3)
	for _, rv := range p.History() {
		assert.True(t, rv.At.Equal(fixedNow), "recorded with the server's clock")
	}
	assert.Equal(t, 3, res.Stats.Reviews)

	// A second quiz, all wrong and one unanswered, adds to the same progress.
	sheet2 := fetchSheet(t, h, "count=3&seed=6").Sheet
	keys2 := answersOf(t, sheet2)
	wrong := [][]int{{(keys2[0][0] + 1) % len(sheet2.Questions[0].Choices)}, {(keys2[1][0] + 1) % len(sheet2.Questions[1].Choices)}}
	code, res2, body := grade(t, h, gradeRequest{Sheet: sheet2, Responses: wrong, Progress: res.Progress})
	require.Equal(t, 200, code, body)
	assert.Equal(t, 0, res2.Correct)
	assert.Equal(t, []int{}, nonNil(res2.Results[2].Chosen), "unanswered")
	assert.NotEmpty(t, res2.Results[0].Explanation)
	assert.Equal(t, keys2[0], res2.Results[0].Answers)
	p2, err := study.Decode(bytes.NewReader(res2.Progress))
	require.NoError(t, err)
	assert.Len(t, p2.History(), 5, "three right, two wrong; the unanswered question is not recorded")
	assert.Equal(t, 5, res2.Stats.Reviews)
	assert.Equal(t, 3, res2.Stats.Correct)

	// The stats page reads the same progress.
	code, sb := post(t, h, "/api/stats", mustJSON(t, map[string]any{"progress": res2.Progress}))
	require.Equal(t, 200, code, string(sb))
	var sum progressSummary
	require.NoError(t, json.Unmarshal(sb, &sum))
	assert.Equal(t, 5, sum.Reviews)
	assert.Len(t, sum.Domains, 4)

	// Merging a file into itself adds nothing; into an empty progress, all.
	code, mb := post(t, h, "/api/merge", mustJSON(t, map[string]any{"progress": nil, "other": res2.Progress}))
	require.Equal(t, 200, code, string(mb))
	var merged struct {
		Progress json.RawMessage `json:"progress"`
		Stats    progressSummary `json:"stats"`
	}
	require.NoError(t, json.Unmarshal(mb, &merged))
	assert.Equal(t, 5, merged.Stats.Reviews)
	code, mb = post(t, h, "/api/merge", mustJSON(t, map[string]any{"progress": res2.Progress, "other": res2.Progress}))
	require.Equal(t, 200, code)
	require.NoError(t, json.Unmarshal(mb, &merged))
	assert.Equal(t, 5, merged.Stats.Reviews)
}

func nonNil(xs []int) []int {
	if xs == nil {
		return []int{}
	}
	return xs
}

func TestMockExamReportByDomain(t *testing.T) {
	h := testServer()
	sheet := fetchSheet(t, h, "mode=exam&seed=11").Sheet
	keys := answersOf(t, sheet)
	resp := make([][]int, len(keys))
	copy(resp, keys[:40]) // the clock ran out after 40
	code, res, body := grade(t, h, gradeRequest{Sheet: sheet, Responses: resp, Exam: true})
	require.Equal(t, 200, code, body)
	require.NotNil(t, res.Exam)
	assert.Equal(t, 65, res.Total)
	assert.Equal(t, 40, res.Correct)
	require.Len(t, res.Exam.Domains, 4)
	sum := 0
	for _, d := range res.Exam.Domains {
		sum += d.Total
		assert.NotEmpty(t, d.Korean)
	}
	assert.Equal(t, 65, sum)
	assert.Equal(t, 700, res.Exam.PassMark)
	assert.NotEmpty(t, res.Exam.Note)
	assert.Nil(t, res.Exam.Results, "the results are sent once")
}

func TestGradeRefusesWhatItCannotTrust(t *testing.T) {
	h := testServer()
	sheet := fetchSheet(t, h, "count=3&seed=5").Sheet
	tampered := sheet
	tampered.Questions = append([]quiz.SheetQuestion(nil), sheet.Questions...)
	tampered.Questions[0].Prompt += " (바뀜)"
	swapped := sheet
	swapped.Questions = append([]quiz.SheetQuestion(nil), sheet.Questions...)
	swapped.Questions[0].ID = "no-such/ref/0"
	good, _ := json.Marshal(gradeRequest{Sheet: sheet, Responses: [][]int{{0}}})

	for _, tt := range []struct {
		name, body, want string
		ctype            string
	}{
		{"tampered prompt", string(mustJSON(t, gradeRequest{Sheet: tampered})), "노트와 맞지 않습니다", ""},
		{"unknown ref", string(mustJSON(t, gradeRequest{Sheet: swapped})), "노트와 맞지 않습니다", ""},
		{"choice out of range", string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{7}}})), "없는 보기", ""},
		{"negative choice", string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{-1}}})), "없는 보기", ""},
		{"more responses than questions", string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{0}, {0}, {0}, {0}}})), "답이 문제보다", ""},
		{"empty sheet", `{"sheet":{"seed":1,"options":{},"questions":[]},"responses":[]}`, "채점할 문제가 없습니다", ""},
		{"not JSON", `{"sheet":`, "JSON을 읽을 수 없습니다", ""},
		{"unknown field", `{"sheet":{"seed":1,"options":{},"questions":[]},"answers":[[0]]}`, "JSON을 읽을 수 없습니다", ""},
		{"two values", string(good) + string(good), "하나보다 많습니다", ""},
		{"form body", "sheet=x", "application/json", "application/x-www-form-urlencoded"},
		{"corrupt progress", string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{0}}, Progress: json.RawMessage(`{"format":"awsnotes-study-progress","version":1,"history":"oops"}`)})), "진도 기록을 읽을 수 없습니다", ""},
		{"future progress", string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{0}}, Progress: json.RawMessage(`{"format":"awsnotes-study-progress","version":99}`)})), "진도 기록을 읽을 수 없습니다", ""},
		{"too big", `{"sheet":{"seed":1,"options":{},"questions":[]},"progress":"` + strings.Repeat("x", maxGradeBody) + `"}`, "너무 큽니다", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptestPost(h, "/api/grade", tt.body, tt.ctype)
			assert.Equal(t, http.StatusBadRequest, rec.Code)
			assert.Equal(t, "application/json; charset=utf-8", rec.Header().Get("Content-Type"))
			assert.Contains(t, rec.Body.String(), tt.want)
			assert.NotContains(t, rec.Body.String(), `"answers"`)
		})
	}
	// /api/stats refuses a progress it cannot read, too.
	rec := httptestPost(h, "/api/stats", `{"progress":{"format":"something-else"}}`, "")
	assert.Equal(t, http.StatusBadRequest, rec.Code)
	rec = httptestPost(h, "/api/stats", `{"progress":null}`, "")
	assert.Equal(t, http.StatusOK, rec.Code, "a new learner")
}
