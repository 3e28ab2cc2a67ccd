package study

import (
	"bytes"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Many goroutines record, plan, sum up, encode and save one progress at
// once; run with -race. Every answer is kept.
func TestConcurrentUse(t *testing.T) {
	deck, qs := testDeck(40)
	p := newProgress(t)
	path := filepath.Join(t.TempDir(), "progress.json")
	const workers, each = 16, 50
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				q := qs[(w*7+i)%len(qs)]
				if _, err := p.Record(q, Answer{Correct: (w+i)%3 != 0, At: day0.Add(time.Duration(w*each+i) * time.Minute)}); err != nil {
					t.Error(err)
					return
				}
				switch i % 10 {
				case 0:
					p.Plan(deck, day(1), PlanOptions{New: 3}).Quiz(deck)
				case 3:
					p.Stats(day(1))
				case 5:
					p.Encode(&bytes.Buffer{})
				case 7:
					if err := p.Save(path); err != nil {
						t.Error(err)
					}
				case 9:
					p.Cards()
					p.Due(day(2))
					p.HistoryOf(q.Ref)
				}
			}
		}()
	}
	wg.Wait()
	if n := len(p.History()); n != workers*each {
		t.Fatalf("%d answers, want %d", n, workers*each)
	}
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil || len(back.History()) != workers*each {
		t.Fatalf("file: %v", err)
	}
	// The cards equal a replay of the history in time order.
	want := newProgress(t)
	byRef := map[string]int{}
	for i, q := range qs {
		byRef[q.Ref] = i
	}
	for _, r := range p.History() {
		record(t, want, qs[byRef[r.Ref]], r.Correct, r.At)
	}
	for _, c := range want.Cards() {
		got, _ := p.Card(c.Ref)
		if got.FSRS != c.FSRS {
			t.Errorf("%s: card %+v, want %+v", c.Ref, got.FSRS, c.FSRS)
		}
	}
}
