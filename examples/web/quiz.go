package main

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// The quiz: the browser asks for a question sheet (prompts and options, no
// answers), keeps the learner's choices, and posts the sheet and the
// choices back; the server makes the questions again from the sheet's IDs
// and seed (quiz.Sheet.Quiz), grades them, and returns the explanations
// with the updated progress. Nothing is kept on the server between the
// two requests.

const (
	examMinutes  = 90 // the CLF-C02 exam's time
	maxQuizCount = 30 // questions in a practice quiz
)

// quizSetupView fills the quiz setup form.
type quizSetupView struct {
	Kinds      []option
	Categories []option
	Domains    []option
	Tasks      []option
	Counts     []int
	Minutes    int
	Questions  int
}

type option struct{ Value, Label string }

func (s *server) quizSetup(w http.ResponseWriter, r *http.Request) {
	v := quizSetupView{Counts: []int{3, 5, 10, 20, maxQuizCount}, Minutes: examMinutes, Questions: quiz.ExamQuestions}
	for _, k := range quiz.Kinds() {
		v.Kinds = append(v.Kinds, option{string(k), k.Korean()})
	}
	for _, c := range category.All() {
		v.Categories = append(v.Categories, option{string(c.ID), c.Korean})
	}
	for _, d := range category.Domains() {
		v.Domains = append(v.Domains, option{strconv.Itoa(int(d.Domain)), fmt.Sprintf("%d. %s (%d%%)", d.Domain, d.Korean, d.Weight)})
	}
	for _, t := range category.Tasks() {
		v.Tasks = append(v.Tasks, option{string(t.Task), t.Task.Label()})
	}
	s.render(w, r, http.StatusOK, "quiz", "퀴즈", v)
}

// quizPlay is the page the quiz runs in; its script reads the options
// from the page's own URL and asks /api/sheet for the questions.
func (s *server) quizPlay(w http.ResponseWriter, r *http.Request) {
	if _, _, msg := quizOptions(r); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	exam := r.URL.Query().Get("mode") == "exam"
	title := "퀴즈"
	if exam {
		title = "모의고사"
	}
	s.render(w, r, http.StatusOK, "play", title, struct{ Exam bool }{exam})
}

func (s *server) progressPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "progress", "진도", nil)
}

// quizOptions reads the quiz a URL asks for: kind, category, domain, task,
// count, notes=1 (the learner's notes only), seed, and mode=exam for the
// mock exam. A value out of range gives a Korean message.
func quizOptions(r *http.Request) (quiz.Options, bool, string) {
	var o quiz.Options
	q := r.URL.Query()
	for key, vals := range q {
		if len(vals) > 1 {
			return o, false, fmt.Sprintf("%s 값은 하나만 주세요.", key)
		}
		if len(vals[0]) > maxValueBytes || !utf8.ValidString(vals[0]) {
			return o, false, fmt.Sprintf("%s 값이 너무 길거나 올바른 글자가 아닙니다.", key)
		}
	}
	exam := q.Get("mode") == "exam"
	if m := q.Get("mode"); m != "" && m != "exam" && m != "practice" {
		return o, false, "mode는 practice나 exam이어야 합니다."
	}
	if k := q.Get("kind"); k != "" {
		if !quiz.Kind(k).Valid() {
			return o, false, fmt.Sprintf("%q라는 문제 유형은 없습니다.", k)
		}
		o.Kinds = []quiz.Kind{quiz.Kind(k)}
	}
	if c := q.Get("category"); c != "" {
		cat, ok := category.Lookup(c)
		if !ok {
			return o, false, fmt.Sprintf("%q라는 분야는 없습니다.", c)
		}
		o.Categories = []category.ID{cat.ID}
	}
	if d := q.Get("domain"); d != "" {
		var dom category.Domain
		if dom.UnmarshalText([]byte(d)) != nil || !dom.Valid() {
			return o, false, "시험 영역은 1에서 4 사이의 숫자입니다."
		}
		o.Domains = []category.Domain{dom}
	}
	if t := q.Get("task"); t != "" {
		var task category.Task
		if task.UnmarshalText([]byte(t)) != nil || !task.Valid() {
			return o, false, fmt.Sprintf("%q라는 시험 작업은 없습니다 (예: 2.3).", t)
		}
		o.Tasks = []category.Task{task}
	}
	if c := q.Get("count"); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 1 || n > maxQuizCount {
			return o, false, fmt.Sprintf("문제 수는 1에서 %d 사이입니다.", maxQuizCount)
		}
		o.Count = n
	}
	if q.Get("notes") == "1" {
		o.Provenance = quiz.NotesOnly
	}
	if sd := q.Get("seed"); sd != "" {
		n, err := strconv.ParseUint(sd, 10, 64)
		if err != nil {
			return o, false, "seed는 0 이상의 정수입니다."
		}
		o.Seed = n
	}
	return o, exam, ""
}

// sheetResponse is what /api/sheet returns: the questions without their
// answers.
type sheetResponse struct {
	Sheet   quiz.Sheet        `json:"sheet"`
	Exam    bool              `json:"exam"`
	Minutes int               `json:"minutes,omitempty"` // the exam's clock
	Kinds   map[string]string `json:"kinds"`             // Korean labels of the kinds asked
	Letters []string          `json:"letters"`
}

func (s *server) apiSheet(w http.ResponseWriter, r *http.Request) {
	o, exam, msg := quizOptions(r)
	if msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	if r.URL.Query().Get("seed") == "" {
		o.Seed = s.opts.Seed()
	}
	var qz quiz.Quiz
	var err error
	if exam {
		exOpts := quiz.Options{Seed: o.Seed, Provenance: o.Provenance}
		qz, err = quiz.MockExam(exOpts)
	} else {
		qz, err = quiz.Generate(o)
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, quizErrorKorean(err))
		return
	}
	resp := sheetResponse{Sheet: qz.Sheet(), Exam: exam, Kinds: map[string]string{}}
	if exam {
		resp.Minutes = examMinutes
	}
	most := 0
	for _, q := range resp.Sheet.Questions {
		resp.Kinds[string(q.Kind)] = q.Kind.Korean()
		most = max(most, len(q.Choices))
	}
	for i := range most {
		resp.Letters = append(resp.Letters, quiz.Letter(i))
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, http.StatusOK, resp)
}

func quizErrorKorean(err error) string {
	var oe *quiz.OptionError
	switch {
	case errors.Is(err, quiz.ErrNotEnough):
		return "이 조건으로 만들 수 있는 문제가 모자랍니다. 문제 수를 줄이거나 조건을 넓혀 보세요."
	case errors.As(err, &oe):
		return fmt.Sprintf("퀴즈 조건(%s)을 쓸 수 없습니다.", oe.Field)
	}
	return "퀴즈를 만들지 못했습니다."
}

// gradeRequest is what the browser posts to /api/grade.
type gradeRequest struct {
	Sheet     quiz.Sheet `json:"sheet"`
	Responses [][]int    `json:"responses"`
	Exam      bool       `json:"exam"`
	// Progress is the learner's progress as the browser keeps it (the
	// progress package's JSON), or null for a first quiz.
	Progress json.RawMessage `json:"progress"`
}

// gradeResponse is the graded quiz: every question's keys and
// explanation, the per-domain report for a mock exam, and the progress
// with these answers recorded, for the browser to keep.
type gradeResponse struct {
	Total    int               `json:"total"`
	Correct  int               `json:"correct"`
	Results  []quiz.Result     `json:"results"`
	Exam     *quiz.ExamReport  `json:"exam,omitempty"`
	Progress json.RawMessage   `json:"progress"`
	Stats    *progressSummary  `json:"stats"`
	Kinds    map[string]string `json:"kinds"`
}

func (s *server) apiGrade(w http.ResponseWriter, r *http.Request) {
	var req gradeRequest
	if msg := decodeJSON(r, &req); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	if msg := checkSheet(req.Sheet, req.Responses); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	qz, err := req.Sheet.Quiz()
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "문제지가 노트와 맞지 않습니다. 퀴즈를 새로 시작하세요.")
		return
	}
	rep, err := qz.Grade(req.Responses)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "고른 답을 채점할 수 없습니다. 없는 보기를 골랐습니다.")
		return
	}
	resp := gradeResponse{Total: rep.Total, Correct: rep.Correct, Results: rep.Results, Kinds: map[string]string{}}
	if req.Exam {
		ex, err := qz.ExamReport(req.Responses)
		if err != nil {
			s.fail(w, r, http.StatusBadRequest, "모의고사를 채점할 수 없습니다.")
			return
		}
		resp.Exam = &ex
		resp.Exam.Results = nil // the same as Results
	}
	for _, q := range qz.Questions {
		resp.Kinds[string(q.Kind)] = q.Kind.Korean()
	}
	now := s.opts.Now()
	prog, sum, err := recordProgress(req.Progress, qz, rep, req.Responses, now)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "이 브라우저의 진도 기록을 읽을 수 없습니다 (손상되었거나 더 새 버전입니다). 기록은 그대로 두었습니다: 진도 페이지에서 내려받아 보관하세요.")
		return
	}
	resp.Progress, resp.Stats = prog, &sum
	writeJSON(w, http.StatusOK, resp)
}

// apiStats sums up the progress the browser keeps.
func (s *server) apiStats(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Progress json.RawMessage `json:"progress"`
	}
	if msg := decodeJSON(r, &req); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	sum, err := progressStats(req.Progress, s.opts.Now())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "진도 기록을 읽을 수 없습니다 (손상되었거나 더 새 버전입니다).")
		return
	}
	writeJSON(w, http.StatusOK, sum)
}

// checkSheet bounds a posted sheet before it reaches the library.
func checkSheet(sh quiz.Sheet, responses [][]int) string {
	n := len(sh.Questions)
	switch {
	case n == 0:
		return "채점할 문제가 없습니다."
	case n > quiz.ExamQuestions:
		return fmt.Sprintf("한 번에 %d문제까지 채점합니다.", quiz.ExamQuestions)
	case len(responses) > n:
		return "답이 문제보다 많습니다."
	}
	o := sh.Options
	if len(o.Kinds) > 32 || len(o.Categories) > 32 || len(o.Services) > 64 ||
		len(o.Exclude) > 64 || len(o.Domains) > 4 || len(o.Tasks) > 32 {
		return "문제지의 조건이 너무 많습니다."
	}
	for i, q := range sh.Questions {
		if len(q.Choices) > 10 || len(q.Prompt) > 8<<10 {
			return fmt.Sprintf("%d번 문제가 올바르지 않습니다.", i+1)
		}
		if i < len(responses) {
			if len(responses[i]) > len(q.Choices) {
				return fmt.Sprintf("%d번 문제의 답이 보기보다 많습니다.", i+1)
			}
			for _, c := range responses[i] {
				if c < 0 || c >= len(q.Choices) {
					return fmt.Sprintf("%d번 문제에 없는 보기를 골랐습니다.", i+1)
				}
			}
		}
	}
	return ""
}

// decodeJSON reads a JSON request body strictly: one value, no unknown
// fields, within the body cap.
func decodeJSON(r *http.Request, v any) string {
	if ct := r.Header.Get("Content-Type"); ct != "application/json" && ct != "application/json; charset=utf-8" {
		return "요청은 JSON(application/json)이어야 합니다."
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return fmt.Sprintf("요청이 너무 큽니다 (%d바이트까지).", mbe.Limit)
		}
		return "요청의 JSON을 읽을 수 없습니다."
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return "요청에 JSON 값이 하나보다 많습니다."
	}
	return ""
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":"응답을 만들지 못했습니다."}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func randomSeed() uint64 {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return binary.LittleEndian.Uint64(b[:]) >> 11 // fits a JavaScript number exactly
}

// apiMerge merges a progress file the learner uploads into the one the
// browser keeps (study.Progress.Merge: each answer once, by its ID).
func (s *server) apiMerge(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Progress json.RawMessage `json:"progress"`
		Other    json.RawMessage `json:"other"`
	}
	if msg := decodeJSON(r, &req); msg != "" {
		s.fail(w, r, http.StatusBadRequest, msg)
		return
	}
	merged, sum, err := mergeProgress(req.Progress, req.Other, s.opts.Now())
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, "불러온 파일을 진도 기록으로 읽을 수 없습니다 (손상되었거나 더 새 버전입니다).")
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Progress json.RawMessage `json:"progress"`
		Stats    progressSummary `json:"stats"`
	}{merged, sum})
}
