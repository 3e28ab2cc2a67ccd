package quiz

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/category"
)

// The shape of the CLF-C02 exam the mock exam follows.
const (
	// ExamQuestions is the number of questions a mock exam asks: 65, as the
	// exam does (50 scored, 15 unscored, which the exam does not mark).
	ExamQuestions = 65
	// ExamMultipleResponse is the share of multiple-response questions in a
	// mock exam, about what the exam asks.
	ExamMultipleResponse = 0.12
	// PassMark is the exam's pass mark on its 100–1000 scale.
	PassMark = 700
)

// examKinds are the kinds a mock exam asks: the exam's own shapes, not
// the notes' blanks, O/X statements and memory aids.
var examKinds = []Kind{ServiceFromDescription, DescriptionFromService, Scenario, Comparison, ChooseTwo,
	ExamCase, SharedResponsibility, PricingModel, SupportPlan, Pillar, CAFPerspective, MigrationStrategy,
	NotItem, LeastMost, Correction}

// ExamQuota returns how many of n questions each exam domain gets by its
// weight (24/30/34/12 for 65: 16, 19, 22, 8), rounding by largest
// remainder so the four add up to n.
func ExamQuota(n int) map[category.Domain]int {
	doms := category.Domains()
	out := map[category.Domain]int{}
	type rem struct {
		d category.Domain
		r float64
	}
	var rems []rem
	total := 0
	for _, d := range doms {
		exact := float64(n) * float64(d.Weight) / 100
		out[d.Domain] = int(math.Floor(exact))
		total += out[d.Domain]
		rems = append(rems, rem{d.Domain, exact - math.Floor(exact)})
	}
	slices.SortStableFunc(rems, func(a, b rem) int {
		switch {
		case a.r > b.r:
			return -1
		case a.r < b.r:
			return 1
		}
		return int(a.d - b.d)
	})
	for i := 0; total < n && len(rems) > 0; i++ {
		out[rems[i%len(rems)].d]++
		total++
	}
	return out
}

// MockExam makes an exam-shaped quiz from the embedded notes: ExamQuestions
// questions (or opts.Count) drawn by the exam's domain weights, each domain
// within two questions of its quota, about ExamMultipleResponse of them
// multiple response, in the exam's kinds. opts.Seed, Choices, Difficulty,
// Exclude, ActiveOnly, IncludeRetired and Provenance apply; Kinds,
// Domains, Tasks, Categories, Services and MultipleResponse are the
// exam's. Grade it with Quiz.ExamReport.
func MockExam(opts Options) (Quiz, error) {
	ix, err := loadIndex()
	if err != nil {
		return Quiz{}, err
	}
	return mockExam(ix, opts)
}

// MockExam makes a mock exam from the generator's notes; see the
// package-level MockExam.
func (gn *Generator) MockExam(opts Options) (Quiz, error) { return mockExam(gn.ix, opts) }

func mockExam(ix *index, opts Options) (Quiz, error) {
	count := opts.Count
	if count == 0 {
		count = ExamQuestions
	}
	opts.Count = count
	opts.Kinds = slices.Clone(examKinds)
	opts.Domains, opts.Tasks, opts.Categories, opts.Services = nil, nil, nil, nil
	opts.MultipleResponse = ExamMultipleResponse
	if _, _, err := newGen(ix, opts); err != nil {
		return Quiz{}, err
	}
	quota := ExamQuota(count)
	// The multiple-response items, shared out by the same weights; a
	// domain short of them passes the rest on to the next.
	multi := map[category.Domain]int{}
	{
		n := int(math.Round(ExamMultipleResponse * float64(count)))
		for d, q := range ExamQuota(n) {
			multi[d] = min(q, quota[d])
		}
	}
	byDomain := map[category.Domain][]Question{}
	spare := map[category.Domain][]Question{}
	have, carry := 0, 0
	stems := map[string]bool{}                    // no stem twice, across the domains' draws either
	moreMulti := map[category.Domain][]Question{} // multiple response beyond a domain's share
	for _, d := range category.Domains() {
		want := quota[d.Domain]
		wantMulti := min(want, multi[d.Domain]+carry)
		o := opts
		o.Count = want + 2 // two spare, for a domain short of its quota
		o.MultipleResponse = float64(wantMulti) / float64(o.Count)
		g, n, _ := newGen(ix, o)
		g.primary = d.Domain
		// The share rounds against the larger count: ask for exactly
		// wantMulti.
		// wantMulti, and one more in case another domain falls short.
		g.share = (float64(wantMulti) + 1.25) / float64(n)
		qs, _ := g.choose(newRNG(opts.Seed^uint64(d.Domain)*0x9e3779b97f4a7c15), n)
		var keep, rest []Question
		gotMulti := 0
		for _, q := range qs {
			if stems[stem(q)] {
				continue
			}
			stems[stem(q)] = true
			switch {
			case q.Multiple() && gotMulti < wantMulti:
				keep = append(keep, q)
				gotMulti++
			case q.Multiple():
				moreMulti[d.Domain] = append(moreMulti[d.Domain], q)
			default:
				rest = append(rest, q)
			}
		}
		for len(keep) < want && len(rest) > 0 {
			keep, rest = append(keep, rest[0]), rest[1:]
		}
		carry = wantMulti - gotMulti
		byDomain[d.Domain] = keep
		spare[d.Domain] = rest
		have += len(keep)
	}
	// Multiple-response items a domain could not supply are made up by
	// another domain's extra ones, in place of a single-answer question.
	for _, d := range category.Domains() {
		for carry > 0 && len(moreMulti[d.Domain]) > 0 {
			keep := byDomain[d.Domain]
			i := slices.IndexFunc(keep, func(q Question) bool { return !q.Multiple() })
			if i < 0 {
				break
			}
			spare[d.Domain] = append(spare[d.Domain], keep[i])
			keep[i], moreMulti[d.Domain] = moreMulti[d.Domain][0], moreMulti[d.Domain][1:]
			carry--
		}
	}
	// A domain short of its quota is made up from the others' spares, at
	// most two each, so every domain stays within two of its weight.
	for _, d := range category.Domains() {
		for i := 0; have < count && i < 2 && len(spare[d.Domain]) > 0; i++ {
			byDomain[d.Domain] = append(byDomain[d.Domain], spare[d.Domain][0])
			spare[d.Domain] = spare[d.Domain][1:]
			have++
		}
	}
	if have < count {
		return Quiz{}, &OptionError{Field: "Count", Value: count, Err: ErrNotEnough,
			Detail: fmt.Sprintf("the notes support %d exam questions by domain weight", have)}
	}
	var out []Question
	for _, d := range category.Domains() {
		out = append(out, byDomain[d.Domain]...)
	}
	shuffle(newRNG(opts.Seed), out)
	return Quiz{Seed: opts.Seed, Options: opts, Questions: out}, nil
}

// DomainScore is a learner's result in one exam domain.
type DomainScore struct {
	Domain  category.Domain `json:"domain"`  // 1 to 4
	Korean  string          `json:"korean"`  // "보안 및 규정 준수"
	English string          `json:"english"` // "Security and Compliance"
	Weight  int             `json:"weight"`  // the domain's share of the exam, in percent
	Total   int             `json:"total"`   // questions asked in the domain
	Correct int             `json:"correct"` // answered right
	// Share is Correct/Total, from 0 to 1; 0 when no question was asked.
	Share float64 `json:"share"`
}

// ExamReport is the result of a mock exam, per domain and overall.
type ExamReport struct {
	Domains []DomainScore `json:"domains"` // the four domains, in order
	Total   int           `json:"total"`   // questions in the exam
	Correct int           `json:"correct"` // answered right
	Share   float64       `json:"share"`   // Correct/Total, from 0 to 1
	// EstimatedScore puts Share on the exam's 100–1000 scale, linearly.
	// It is an estimate: AWS does not publish how it scales scores.
	EstimatedScore int `json:"estimatedScore"`
	// PassMark is the exam's pass mark, 700; EstimatedPass says whether
	// EstimatedScore reaches it. Both are estimates.
	PassMark      int  `json:"passMark"`      // 700, on the 100–1000 scale
	EstimatedPass bool `json:"estimatedPass"` // EstimatedScore >= PassMark; an estimate
	// Note says, in Korean, that the score is an estimate.
	Note string `json:"note"`
	// Results are the graded questions, in quiz order.
	Results []Result `json:"results"`
}

// estimateNote says what the scaled score is and is not.
const estimateNote = "예상 점수는 추정치입니다. AWS는 환산 점수 계산 방식을 공개하지 않으므로, 정답률을 100~1000점 척도에 단순히 옮긴 값입니다. 합격선 700점과의 비교도 참고용입니다."

// ExamReport grades responses (see Quiz.Grade) and sums them up by exam
// domain and overall. A question without a domain counts in the total
// only. Errors are Grade's.
func (qz Quiz) ExamReport(responses [][]int) (ExamReport, error) {
	rep, err := qz.Grade(responses)
	if err != nil {
		return ExamReport{}, err
	}
	out := ExamReport{Total: rep.Total, Correct: rep.Correct, Share: rep.Score(), PassMark: PassMark,
		Note: estimateNote, Results: rep.Results}
	for _, d := range category.Domains() {
		ds := DomainScore{Domain: d.Domain, Korean: d.Korean, English: d.English, Weight: d.Weight}
		for i, q := range qz.Questions {
			if q.Domain == d.Domain {
				ds.Total++
				if rep.Results[i].Correct {
					ds.Correct++
				}
			}
		}
		if ds.Total > 0 {
			ds.Share = float64(ds.Correct) / float64(ds.Total)
		}
		out.Domains = append(out.Domains, ds)
	}
	out.EstimatedScore = int(math.Round(100 + 900*out.Share))
	out.EstimatedPass = out.EstimatedScore >= PassMark
	return out, nil
}

// Text renders the report for a terminal, in Korean: a line per domain,
// the total, and the estimated score clearly marked as an estimate.
func (r ExamReport) Text() string {
	var b strings.Builder
	b.WriteString("모의고사 결과\n\n")
	for _, d := range r.Domains {
		fmt.Fprintf(&b, "도메인 %d %s (비중 %d%%): %d/%d (%.0f%%)\n", d.Domain, d.Korean, d.Weight, d.Correct, d.Total, d.Share*100)
	}
	fmt.Fprintf(&b, "\n전체: %d/%d (%.0f%%)\n", r.Correct, r.Total, r.Share*100)
	verdict := "합격선 미달"
	if r.EstimatedPass {
		verdict = "합격선 이상"
	}
	fmt.Fprintf(&b, "예상 점수(추정): %d/1000 — %s (합격선 %d점, 추정)\n", r.EstimatedScore, verdict, r.PassMark)
	b.WriteString(r.Note + "\n")
	return b.String()
}

// JSON encodes the report with stable lower-case field names, indented,
// with a final newline.
func (r ExamReport) JSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if r.Results == nil {
		r.Results = []Result{}
	}
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
