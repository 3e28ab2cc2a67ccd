package main

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/cloudnotes-kr/awsnotes/quiz"
	"github.com/cloudnotes-kr/awsnotes/quiz/study"
)

// This file is the one place that knows the progress format. The browser
// keeps the learner's progress in localStorage as the JSON package study
// writes (study.Encode; format "awsnotes-study-progress", versioned), so a
// downloaded copy is a progress file `examples/quiz -review` reads. The
// browser never edits it: it posts it with each graded quiz, and the
// server records the answers with study.Record and sends the new JSON back.

// progressSummary is what the pages show of a learner's progress.
type progressSummary struct {
	Questions int          `json:"questions"` // questions ever answered
	Reviews   int          `json:"reviews"`
	Correct   int          `json:"correct"`
	Accuracy  float64      `json:"accuracy"`
	Due       int          `json:"due"`
	Domains   []study.Area `json:"domains"`
	Weakest   []study.Area `json:"weakest"` // task statements, weakest first
}

// openProgress decodes the browser's progress; empty or null is a new
// learner.
func openProgress(raw json.RawMessage) (*study.Progress, error) {
	if len(bytes.TrimSpace(raw)) == 0 || string(bytes.TrimSpace(raw)) == "null" {
		return study.New(study.Options{})
	}
	return study.Decode(bytes.NewReader(raw))
}

// recordProgress records the answered questions of a graded quiz (a
// question left unanswered is not recorded) and returns the new progress
// JSON and its summary.
func recordProgress(raw json.RawMessage, qz quiz.Quiz, rep quiz.Report, responses [][]int, now time.Time) (json.RawMessage, progressSummary, error) {
	p, err := openProgress(raw)
	if err != nil {
		return nil, progressSummary{}, err
	}
	for i, q := range qz.Questions {
		if i >= len(responses) || len(responses[i]) == 0 || i >= len(rep.Results) {
			continue
		}
		if _, err := p.Record(q, study.Answer{Correct: rep.Results[i].Correct, At: now}); err != nil {
			return nil, progressSummary{}, err
		}
	}
	var buf bytes.Buffer
	if err := p.Encode(&buf); err != nil {
		return nil, progressSummary{}, err
	}
	return json.RawMessage(bytes.TrimSpace(buf.Bytes())), summarize(p, now), nil
}

func progressStats(raw json.RawMessage, now time.Time) (progressSummary, error) {
	p, err := openProgress(raw)
	if err != nil {
		return progressSummary{}, err
	}
	return summarize(p, now), nil
}

func summarize(p *study.Progress, now time.Time) progressSummary {
	st := p.Stats(now)
	return progressSummary{
		Questions: st.Questions, Reviews: st.Reviews, Correct: st.Correct, Accuracy: st.Accuracy,
		Due: st.Due, Domains: st.Domains, Weakest: study.Weakest(st.Tasks, 3),
	}
}

// mergeProgress adds other's answers to the browser's progress.
func mergeProgress(raw, other json.RawMessage, now time.Time) (json.RawMessage, progressSummary, error) {
	p, err := openProgress(raw)
	if err != nil {
		return nil, progressSummary{}, err
	}
	o, err := study.Decode(bytes.NewReader(other))
	if err != nil {
		return nil, progressSummary{}, err
	}
	p.Merge(o)
	out, err := encodeProgress(p)
	if err != nil {
		return nil, progressSummary{}, err
	}
	return out, summarize(p, now), nil
}

func encodeProgress(p *study.Progress) (json.RawMessage, error) {
	var buf bytes.Buffer
	if err := p.Encode(&buf); err != nil {
		return nil, err
	}
	return json.RawMessage(bytes.TrimSpace(buf.Bytes())), nil
}
