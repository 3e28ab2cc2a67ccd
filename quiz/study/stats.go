package study

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"github.com/cloudnotes-kr/awsnotes/category"
)

// Area is a learner's record in one exam domain, task statement or
// category.
type Area struct {
	Key     string `json:"key"`     // "2", "2.3", "security"
	Korean  string `json:"korean"`  // "보안 및 규정 준수"
	English string `json:"english"` // "Security and Compliance"
	// Questions is the number of questions answered in the area; Due, how
	// many of them are due.
	Questions int `json:"questions"`
	Due       int `json:"due"`
	Reviews   int `json:"reviews"` // answers recorded
	Correct   int `json:"correct"` // answers right
	// Accuracy is Correct/Reviews, from 0 to 1; 0 with no answers.
	Accuracy float64 `json:"accuracy"`
	// Retention is the mean chance, by go-fsrs, that the learner still
	// knows the area's questions at the stats' time, from 0 to 1.
	Retention float64 `json:"retention"`
}

// Missed is a question answered wrong at least once.
type Missed struct {
	Ref     string    `json:"ref"`     // the question's quiz.Question.Ref
	Topic   Topic     `json:"topic"`   // what it asks about
	Wrong   int       `json:"wrong"`   // answers rated Again
	Reviews int       `json:"reviews"` // answers in all
	Last    time.Time `json:"last"`    // the latest answer
	LastOK  bool      `json:"lastOK"`  // whether it was right
}

// Stats sum up a learner's progress at one time.
type Stats struct {
	At        time.Time `json:"at"`        // the time the stats are for
	Questions int       `json:"questions"` // questions ever answered
	Due       int       `json:"due"`       // of them due at At
	Reviews   int       `json:"reviews"`   // answers recorded, every question
	Correct   int       `json:"correct"`   // of them right
	// Accuracy is Correct/Reviews, from 0 to 1; 0 with no answers.
	Accuracy float64 `json:"accuracy"`
	// Retention is the mean chance, by go-fsrs, that the learner still
	// knows each question answered at At, from 0 to 1.
	Retention float64 `json:"retention"`
	// Domains are the four exam domains, in order; Tasks the task
	// statements answered in, in the guide's order; Categories the
	// categories answered in, in the taxonomy's order. A question counts
	// in every category of its key.
	Domains    []Area `json:"domains"`
	Tasks      []Area `json:"tasks"`
	Categories []Area `json:"categories"`
	// Missed are the questions answered wrong most often, most first (at
	// most 20).
	Missed []Missed `json:"missed"`
}

// MaxMissed is the most questions Stats.Missed lists.
const MaxMissed = 20

// Weakest returns up to n areas with answers, lowest accuracy first (then
// lowest retention, then more answers, then key).
func Weakest(areas []Area, n int) []Area {
	var out []Area
	for _, a := range areas {
		if a.Reviews > 0 {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b Area) int {
		return cmp.Or(cmp.Compare(a.Accuracy, b.Accuracy), cmp.Compare(a.Retention, b.Retention),
			cmp.Compare(b.Reviews, a.Reviews), cmp.Compare(a.Key, b.Key))
	})
	return out[:min(n, len(out))]
}

// Stats sums up the progress at now: accuracy and retention overall and
// per exam domain, task statement and category, and the most-missed
// questions. Questions the notes no longer make count too: they were
// answered.
func (p *Progress) Stats(now time.Time) Stats {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := Stats{At: now}
	type acc struct {
		Area
		rsum float64
	}
	domains := map[category.Domain]*acc{}
	var domainOrder []category.Domain
	for _, d := range category.Domains() {
		domains[d.Domain] = &acc{Area: Area{Key: strconv.Itoa(int(d.Domain)), Korean: d.Korean, English: d.English}}
		domainOrder = append(domainOrder, d.Domain)
	}
	tasks := map[category.Task]*acc{}
	cats := map[category.ID]*acc{}
	var total acc
	add := func(a *acc, c *Card, r float64, due bool) {
		a.Questions++
		a.Reviews += c.Reviews
		a.Correct += c.Reviews - c.Wrong
		a.rsum += r
		if due {
			a.Due++
		}
	}
	for _, c := range p.cards {
		r := p.retrievability(c, now)
		due := !c.FSRS.Due.After(now)
		add(&total, c, r, due)
		if a := domains[c.Topic.Domain]; a != nil {
			add(a, c, r, due)
		}
		seenTask := map[category.Task]bool{}
		for _, t := range c.Topic.Tasks {
			if seenTask[t] {
				continue
			}
			seenTask[t] = true
			a := tasks[t]
			if a == nil {
				a = &acc{Area: Area{Key: string(t)}}
				if info, ok := category.GetTask(t); ok {
					a.Korean, a.English = info.Korean, info.English
				}
				tasks[t] = a
			}
			add(a, c, r, due)
		}
		seenCat := map[category.ID]bool{}
		for _, id := range c.Topic.Categories {
			if seenCat[id] {
				continue
			}
			seenCat[id] = true
			a := cats[id]
			if a == nil {
				a = &acc{Area: Area{Key: string(id)}}
				if info, ok := category.Get(id); ok {
					a.Korean, a.English = info.Korean, info.English
				}
				cats[id] = a
			}
			add(a, c, r, due)
		}
		if c.Wrong > 0 {
			st.Missed = append(st.Missed, Missed{Ref: c.Ref, Topic: c.Topic.clone(), Wrong: c.Wrong, Reviews: c.Reviews,
				Last: c.Last, LastOK: c.LastOK})
		}
	}
	finish := func(a *acc) Area {
		if a.Reviews > 0 {
			a.Accuracy = float64(a.Correct) / float64(a.Reviews)
		}
		if a.Questions > 0 {
			a.Retention = a.rsum / float64(a.Questions)
		}
		return a.Area
	}
	t := finish(&total)
	st.Questions, st.Due, st.Reviews, st.Correct, st.Accuracy, st.Retention = t.Questions, t.Due, t.Reviews, t.Correct, t.Accuracy, t.Retention
	for _, d := range domainOrder {
		st.Domains = append(st.Domains, finish(domains[d]))
	}
	taskOrder := map[category.Task]int{}
	for i, ti := range category.Tasks() {
		taskOrder[ti.Task] = i
	}
	for _, a := range tasks {
		st.Tasks = append(st.Tasks, finish(a))
	}
	slices.SortFunc(st.Tasks, func(a, b Area) int {
		ia, oka := taskOrder[category.Task(a.Key)]
		ib, okb := taskOrder[category.Task(b.Key)]
		if oka != okb { // unknown tasks last
			if oka {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(ia, ib), cmp.Compare(a.Key, b.Key))
	})
	for _, a := range cats {
		st.Categories = append(st.Categories, finish(a))
	}
	slices.SortFunc(st.Categories, func(a, b Area) int {
		ca, oka := category.Get(category.ID(a.Key))
		cb, okb := category.Get(category.ID(b.Key))
		if oka != okb {
			if oka {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(ca.Order, cb.Order), cmp.Compare(a.Key, b.Key))
	})
	slices.SortFunc(st.Missed, func(a, b Missed) int {
		return cmp.Or(cmp.Compare(b.Wrong, a.Wrong), cmp.Compare(a.Reviews, b.Reviews), b.Last.Compare(a.Last), cmp.Compare(a.Ref, b.Ref))
	})
	if len(st.Missed) > MaxMissed {
		st.Missed = st.Missed[:MaxMissed]
	}
	return st
}
