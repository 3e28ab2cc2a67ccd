package study

import (
	"cmp"
	"slices"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v3"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// retrievability is go-fsrs's estimate for c at now, kept within 0–1 (a
// now before the card's last review counts as just reviewed).
func (p *Progress) retrievability(c *Card, now time.Time) float64 {
	if c.FSRS.State == fsrs.New {
		return 0
	}
	if now.Before(c.FSRS.LastReview) {
		return 1
	}
	r := p.f.GetRetrievability(c.FSRS, now)
	return min(max(r, 0), 1)
}

// Due returns the refs of every card due at or before now, most forgotten
// first (lowest retrievability, then earliest due, then ref). To take all
// of a day's questions, pass the end of the day.
func (p *Progress) Due(now time.Time) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.due(now, nil)
}

type dueCard struct {
	ref string
	r   float64
	due time.Time
}

func (p *Progress) due(now time.Time, keep func(string) bool) []string {
	var list []dueCard
	for ref, c := range p.cards {
		if c.FSRS.Due.After(now) || keep != nil && !keep(ref) {
			continue
		}
		list = append(list, dueCard{ref, p.retrievability(c, now), c.FSRS.Due})
	}
	slices.SortFunc(list, func(a, b dueCard) int {
		return cmp.Or(cmp.Compare(a.r, b.r), a.due.Compare(b.due), cmp.Compare(a.ref, b.ref))
	})
	out := make([]string, len(list))
	for i, d := range list {
		out[i] = d.ref
	}
	return out
}

// Plan is one study session: the questions due and new ones to mix in.
type Plan struct {
	// Due are the deck's questions due by the plan's time, most forgotten
	// first.
	Due []string
	// New are questions of the deck never answered, in the deck's order.
	New []string
	// Unknown are due refs the deck does not hold: questions the notes no
	// longer make (or that the deck's filters leave out). They stay in the
	// history and are skipped.
	Unknown []string
}

// Len returns the number of questions the plan asks.
func (pl Plan) Len() int { return len(pl.Due) + len(pl.New) }

// PlanOptions say how big a session is.
type PlanOptions struct {
	// New is the most new questions to mix in; 0 means DefaultNew, a
	// negative value none.
	New int
	// MaxDue is the most due questions to ask, the most forgotten first;
	// 0 means all.
	MaxDue int
}

// DefaultNew is the number of new questions a session mixes in when
// PlanOptions.New is 0.
const DefaultNew = 10

// Plan returns what to ask at now from deck d: the cards due by now that
// d holds, and questions of d never answered.
func (p *Progress) Plan(d *Deck, now time.Time, opts PlanOptions) Plan {
	p.mu.Lock()
	defer p.mu.Unlock()
	var pl Plan
	for _, ref := range p.due(now, nil) {
		if d.Has(ref) {
			pl.Due = append(pl.Due, ref)
		} else {
			pl.Unknown = append(pl.Unknown, ref)
		}
	}
	if opts.MaxDue > 0 && len(pl.Due) > opts.MaxDue {
		pl.Due = pl.Due[:opts.MaxDue]
	}
	n := opts.New
	if n == 0 {
		n = DefaultNew
	}
	for _, q := range d.questions {
		if len(pl.New) >= n {
			break
		}
		if _, seen := p.cards[q.Ref]; !seen {
			pl.New = append(pl.New, q.Ref)
		}
	}
	return pl
}

// Quiz returns the plan's questions from d as a quiz: the due ones in
// order, with the new ones spread evenly among them. Refs d does not hold
// are skipped. Its Seed and Options are the deck's, Count the number of
// questions.
func (pl Plan) Quiz(d *Deck) quiz.Quiz {
	qz := quiz.Quiz{Seed: d.opts.Seed, Options: d.opts}
	total, nNew := len(pl.Due)+len(pl.New), len(pl.New)
	i, j := 0, 0
	for k := range total {
		// By position k, floor((k+1)·nNew/total) new questions have been
		// asked: the first question is a due one, the new ones evenly
		// spread.
		var ref string
		if j < nNew && (i >= len(pl.Due) || j < (k+1)*nNew/total) {
			ref = pl.New[j]
			j++
		} else {
			ref = pl.Due[i]
			i++
		}
		if q, ok := d.Question(ref); ok {
			qz.Questions = append(qz.Questions, q)
		}
	}
	qz.Options.Count = len(qz.Questions)
	return qz
}
