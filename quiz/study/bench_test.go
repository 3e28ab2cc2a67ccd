package study

import (
	"bytes"
	"hash/fnv"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// simulateYear has a learner study every evening for a year from the given
// deck: everything due, plus newPerDay new questions, answered right about
// four times in five (a question missed before, less often). It returns the
// progress.
func simulateYear(tb testing.TB, deck *Deck, days, newPerDay int) *Progress {
	p := newProgress(tb)
	for d := range days {
		now := day0.Add(12*time.Hour).AddDate(0, 0, d)
		qz := p.Plan(deck, now, PlanOptions{New: newPerDay}).Quiz(deck)
		for i, q := range qz.Questions {
			h := fnv.New32a()
			h.Write([]byte(q.Ref))
			h.Write([]byte{byte(d), byte(d >> 8)})
			c, _ := p.Card(q.Ref)
			right := h.Sum32()%10 < 8 && !(c.Wrong > 0 && h.Sum32()%10 < 2)
			p.Record(q, Answer{Correct: right, At: now.Add(time.Duration(i) * 20 * time.Second)})
		}
	}
	return p
}

// bigDeck is the embedded notes' whole deck (about 1,300 questions, with
// their real refs, so the file's size is a learner's); made-up questions
// as many if the notes cannot make one.
func bigDeck() *Deck {
	if d, err := NewDeck(quiz.Options{Seed: 1}); err == nil && d.Len() > 0 {
		return d
	}
	d, _ := testDeck(1300)
	return d
}

// BenchmarkDayReview50 is one evening's review of 50 questions by a
// learner with three months of history (five new questions a day, so the
// deck still has new ones on day 91): plan, make the quiz, record 50
// answers, sum up the stats. Saving is apart (BenchmarkSave).
func BenchmarkDayReview50(b *testing.B) {
	deck := bigDeck()
	base := simulateYear(b, deck, 90, 5)
	var buf bytes.Buffer
	base.Encode(&buf)
	saved := buf.Bytes()
	now := day(91)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		p, _ := Decode(bytes.NewReader(saved))
		b.StartTimer()
		qz := p.Plan(deck, now, PlanOptions{MaxDue: 40, New: 10}).Quiz(deck)
		if len(qz.Questions) != 50 {
			b.Fatalf("%d questions", len(qz.Questions))
		}
		for i, q := range qz.Questions {
			p.Record(q, Answer{Correct: i%5 != 0, At: now.Add(time.Duration(i) * time.Minute)})
		}
		p.Stats(now)
	}
}

// BenchmarkSave is one save, fsync included, of a learner's file after a
// year: what -review pays after each answer. No other process has saved
// in between, so the file is not read back.
func BenchmarkSave(b *testing.B) {
	p := simulateYear(b, bigDeck(), 365, 10)
	path := filepath.Join(b.TempDir(), "progress.json")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if err := p.Save(path); err != nil {
			b.Fatal(err)
		}
	}
	fi, _ := os.Stat(path)
	b.ReportMetric(float64(fi.Size()), "file-bytes")
}

// BenchmarkYearFile simulates a year of daily study (everything due plus
// ten new questions a day) and reports the progress file's size, its
// answers, and what loading it costs.
func BenchmarkYearFile(b *testing.B) {
	p := simulateYear(b, bigDeck(), 365, 10)
	var buf bytes.Buffer
	p.Encode(&buf)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := Decode(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
	b.ReportMetric(float64(len(p.History())), "answers")
	b.ReportMetric(float64(len(p.Cards())), "cards")
}

// BenchmarkNewDeck makes the embedded notes' whole deck, as a study
// program does once a session.
func BenchmarkNewDeck(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for i := range b.N {
		d, err := NewDeck(quiz.Options{Seed: uint64(i)})
		if err != nil {
			b.Fatal(err)
		}
		n = d.Len()
	}
	b.ReportMetric(float64(n), "questions")
}
