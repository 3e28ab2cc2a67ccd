package study

import (
	"slices"
	"testing"
	"time"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// Day one: five new questions, two missed. Day two: the two missed come
// back, the three known do not, and new ones are mixed in.
func TestPlanTwoDays(t *testing.T) {
	deck, _ := testDeck(12)
	p := newProgress(t)
	plan := p.Plan(deck, day0, PlanOptions{New: 5})
	if len(plan.Due) != 0 || !slices.Equal(plan.New, deck.Refs()[:5]) {
		t.Fatalf("day 0 plan %+v", plan)
	}
	qz := plan.Quiz(deck)
	if len(qz.Questions) != 5 || qz.Seed != 7 || qz.Options.Count != 5 {
		t.Fatalf("day 0 quiz: %d questions, seed %d, count %d", len(qz.Questions), qz.Seed, qz.Options.Count)
	}
	missed := map[string]bool{}
	for i, q := range qz.Questions {
		ok := i%2 == 0 // 0, 2, 4 right; 1, 3 wrong
		record(t, p, q, ok, day0.Add(timeMinutes(i)))
		if !ok {
			missed[q.Ref] = true
		}
	}
	plan = p.Plan(deck, day(1).Add(timeMinutes(30)), PlanOptions{New: 3})
	if len(plan.Due) != 2 {
		t.Fatalf("day 1 due %v, want the two missed", plan.Due)
	}
	for _, ref := range plan.Due {
		if !missed[ref] {
			t.Errorf("day 1 asks %s, answered right on day 0", ref)
		}
	}
	if !slices.Equal(plan.New, deck.Refs()[5:8]) {
		t.Errorf("day 1 new %v, want the next three in deck order", plan.New)
	}
	// Due ones first, new ones spread among them.
	qz = plan.Quiz(deck)
	if len(qz.Questions) != 5 {
		t.Fatalf("day 1 quiz %d questions", len(qz.Questions))
	}
	var order []bool
	for _, q := range qz.Questions {
		order = append(order, missed[q.Ref])
	}
	if !slices.Equal(order, []bool{true, false, true, false, false}) {
		t.Errorf("day 1 order (true = due) %v: want due first, new spread", order)
	}
}

func timeMinutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// Refs the notes no longer make stay in the history and are skipped; new
// questions of a new deck are new cards.
func TestPlanAfterDataUpdate(t *testing.T) {
	_, qs := testDeck(6)
	p := newProgress(t)
	for _, q := range qs {
		record(t, p, q, false, day0)
	}
	// The next data version drops test/000 and test/001 and adds two.
	next := append(slices.Clone(qs[2:]), question(100, 2, "iam"), question(101, 3, "s3"))
	deck := DeckOf(quiz.Options{}, next)
	plan := p.Plan(deck, day(2), PlanOptions{New: 10})
	if !slices.Equal(plan.Unknown, []string{"test/000", "test/001"}) && !slices.Equal(plan.Unknown, []string{"test/001", "test/000"}) {
		t.Errorf("unknown %v", plan.Unknown)
	}
	if len(plan.Due) != 4 || !slices.Equal(plan.New, []string{"test/100", "test/101"}) {
		t.Errorf("plan %+v", plan)
	}
	if n := len(plan.Quiz(deck).Questions); n != 6 {
		t.Errorf("quiz of %d questions, want 6", n)
	}
	if len(p.History()) != 6 || len(p.HistoryOf("test/000")) != 1 {
		t.Errorf("history lost the dropped questions")
	}
	if st := p.Stats(day(2)); st.Questions != 6 {
		t.Errorf("stats count %d questions, want the 6 answered", st.Questions)
	}
}

func TestPlanLimits(t *testing.T) {
	deck, qs := testDeck(10)
	p := newProgress(t)
	for _, q := range qs[:6] {
		record(t, p, q, false, day0)
	}
	plan := p.Plan(deck, day(3), PlanOptions{New: -1, MaxDue: 4})
	if len(plan.Due) != 4 || len(plan.New) != 0 {
		t.Errorf("plan %+v: want 4 due, no new", plan)
	}
	plan = p.Plan(deck, day(3), PlanOptions{})
	if len(plan.Due) != 6 || len(plan.New) != 4 {
		t.Errorf("plan %+v: want 6 due and the 4 left new", plan)
	}
	if got := p.Due(day0); len(got) != 0 {
		t.Errorf("due at once: %v", got)
	}
}

func TestStats(t *testing.T) {
	_, qs := testDeck(8)
	p := newProgress(t)
	// Domain 1 (qs 0, 4): all wrong; domain 2 (1, 5): right; 3 and 4: one each.
	for i, q := range qs {
		right := q.Domain == 2 || q.Domain >= 3 && i >= 4
		record(t, p, q, right, day0)
	}
	record(t, p, qs[0], false, day(1))
	st := p.Stats(day(1))
	if st.Questions != 8 || st.Reviews != 9 || st.Correct != 4 {
		t.Fatalf("stats %+v", st)
	}
	if len(st.Domains) != 4 || st.Domains[0].Accuracy != 0 || st.Domains[1].Accuracy != 1 || st.Domains[2].Accuracy != 0.5 {
		t.Errorf("domains %+v", st.Domains)
	}
	if st.Domains[1].Retention <= st.Domains[0].Retention {
		t.Errorf("retention of the known domain %v not above the missed one %v", st.Domains[1].Retention, st.Domains[0].Retention)
	}
	if w := Weakest(st.Tasks, 1); len(w) != 1 || w[0].Key != "1.1" || w[0].Korean == "" {
		t.Errorf("weakest task %+v", w)
	}
	if len(st.Missed) == 0 || st.Missed[0].Ref != qs[0].Ref || st.Missed[0].Wrong != 2 {
		t.Errorf("most missed %+v", st.Missed)
	}
	var cats []string
	for _, c := range st.Categories {
		cats = append(cats, c.Key)
	}
	if !slices.Contains(cats, "compute") || !slices.Contains(cats, "storage") {
		t.Errorf("categories %v: want the keys' categories from the notes", cats)
	}
}

// What the API hands out is the caller's.
func TestReturnsCopies(t *testing.T) {
	deck, qs := testDeck(3)
	p := newProgress(t)
	q := qs[0]
	record(t, p, q, true, day0)
	q.Tasks[0] = "9.9"
	c, _ := p.Card(q.Ref)
	c.Topic.Tasks[0] = "8.8"
	h := p.History()
	h[0].Ref = "x"
	c2, _ := p.Card(qs[0].Ref)
	if c2.Topic.Tasks[0] != "1.1" || p.History()[0].Ref != qs[0].Ref {
		t.Errorf("internals changed through returned values: %+v", c2)
	}
	dq, _ := deck.Question(qs[1].Ref)
	dq.Choices[0] = "changed"
	if again, _ := deck.Question(qs[1].Ref); again.Choices[0] != "A" {
		t.Errorf("deck changed through a returned question")
	}
}
