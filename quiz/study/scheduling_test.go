package study

import (
	"errors"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v3"
)

func TestRating(t *testing.T) {
	for _, c := range []struct {
		correct bool
		feel    Feel
		want    fsrs.Rating
	}{
		{false, FeelUnknown, fsrs.Again}, {false, FeelEasy, fsrs.Again}, {false, FeelHard, fsrs.Again},
		{true, FeelUnknown, fsrs.Good}, {true, FeelHard, fsrs.Hard}, {true, FeelEasy, fsrs.Easy},
	} {
		if got := Rating(c.correct, c.feel); got != c.want {
			t.Errorf("Rating(%v, %v) = %v, want %v", c.correct, c.feel, got, c.want)
		}
	}
}

// TestSchedulingMatchesFSRS replays the same answers through go-fsrs
// directly and through Record, for every option set, and wants the same
// cards: the package schedules with go-fsrs, it does not re-implement it.
func TestSchedulingMatchesFSRS(t *testing.T) {
	answers := []struct {
		correct bool
		feel    Feel
		after   time.Duration
	}{
		{true, FeelUnknown, 0}, {true, FeelEasy, 3 * 24 * time.Hour}, {false, FeelUnknown, 20 * 24 * time.Hour},
		{true, FeelHard, 26 * time.Hour}, {true, FeelUnknown, 5 * 24 * time.Hour}, {true, FeelUnknown, 90 * time.Minute},
		{false, FeelEasy, 40 * 24 * time.Hour}, {true, FeelEasy, 24 * time.Hour},
	}
	for _, opts := range []Options{{}, {ShortTerm: true}, {Retention: 0.8, MaxDays: 60}, {Fuzz: true}, {ShortTerm: true, Fuzz: true, Retention: 0.95}} {
		p, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		params, _ := opts.Parameters()
		f := fsrs.NewFSRS(params)
		want := fsrs.NewCard()
		q := question(1, 1, "ec2")
		at := day0
		for i, a := range answers {
			at = at.Add(a.after)
			want = f.Next(want, at.UTC(), Rating(a.correct, a.feel)).Card
			if _, err := p.Record(q, Answer{Correct: a.correct, Feel: a.feel, At: at}); err != nil {
				t.Fatal(err)
			}
			got, _ := p.Card(q.Ref)
			if got.FSRS != want {
				t.Fatalf("%+v, answer %d: card\n%+v\nwant go-fsrs's\n%+v", opts, i+1, got.FSRS, want)
			}
		}
	}
}

func TestRightGoesFurtherWrongComesBackSoon(t *testing.T) {
	p := newProgress(t)
	right, wrong := question(1, 1, "ec2"), question(2, 1, "s3")
	record(t, p, right, true, day0)
	record(t, p, wrong, false, day0)
	r, _ := p.Card(right.Ref)
	w, _ := p.Card(wrong.Ref)
	if !r.Due().After(w.Due()) {
		t.Fatalf("right due %v, wrong due %v: want right later", r.Due(), w.Due())
	}
	if w.Due().After(day(1).Add(time.Hour)) {
		t.Errorf("wrong answer due %v, want by the next day", w.Due())
	}
	// Answered right again when due, each interval is longer.
	prev := r.Due().Sub(day0)
	at := r.Due()
	for range 4 {
		record(t, p, right, true, at)
		c, _ := p.Card(right.Ref)
		gap := c.Due().Sub(at)
		if gap <= prev {
			t.Fatalf("interval %v after %v: want longer", gap, prev)
		}
		prev, at = gap, c.Due()
	}
	// A lapse brings it back far sooner than a right answer would have
	// (FSRS keeps some of the stability a long-known question had).
	record(t, p, right, false, at)
	c, _ := p.Card(right.Ref)
	if c.Due().Sub(at) > prev/4 {
		t.Errorf("after a lapse due in %v, after the last right answer %v: want far sooner", c.Due().Sub(at), prev)
	}
	if c.FSRS.Lapses != 1 || c.Wrong != 1 || c.Reviews != 6 {
		t.Errorf("card %+v: want 1 lapse, 1 wrong, 6 reviews", c)
	}
}

// An answer recorded with an earlier time than the card's last (a clock
// that moved back, a merge) is replayed in time order, as if recorded in
// order.
func TestRecordOutOfOrder(t *testing.T) {
	q := question(1, 1, "ec2")
	inOrder, outOfOrder := newProgress(t), newProgress(t)
	times := []time.Time{day0, day(1), day(4), day(12)}
	for _, at := range times {
		record(t, inOrder, q, true, at)
	}
	for _, i := range []int{2, 0, 3, 1} {
		record(t, outOfOrder, q, true, times[i])
	}
	a, _ := inOrder.Card(q.Ref)
	b, _ := outOfOrder.Card(q.Ref)
	if a.FSRS != b.FSRS {
		t.Fatalf("out of order %+v, in order %+v", b.FSRS, a.FSRS)
	}
}

func TestRecordRefuses(t *testing.T) {
	p := newProgress(t)
	q := question(1, 1, "ec2")
	noRef := q
	noRef.Ref = ""
	for name, err := range map[string]error{
		"no ref":  second(p.Record(noRef, Answer{At: day0})),
		"no time": second(p.Record(q, Answer{})),
		"feel":    second(p.Record(q, Answer{At: day0, Feel: 7})),
	} {
		if !errors.Is(err, ErrAnswer) {
			t.Errorf("%s: %v, want ErrAnswer", name, err)
		}
	}
	if len(p.History()) != 0 {
		t.Errorf("refused answers were recorded")
	}
	for _, o := range []Options{{Retention: 1}, {Retention: -0.1}, {MaxDays: -1}} {
		if _, err := New(o); !errors.Is(err, ErrOptions) {
			t.Errorf("New(%+v): %v, want ErrOptions", o, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }
