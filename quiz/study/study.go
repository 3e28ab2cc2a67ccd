package study

import (
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v3"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// Feel is how hard a right answer felt, where the caller knows. A wrong
// answer is always rated fsrs.Again, whatever it felt like.
type Feel int

// The feels.
const (
	// FeelUnknown: the caller does not know; a right answer is rated Good.
	FeelUnknown Feel = iota
	// FeelHard: right, but with effort or a guess; rated Hard.
	FeelHard
	// FeelEasy: right at once; rated Easy.
	FeelEasy
)

// String names the feel: "unknown", "hard", "easy".
func (f Feel) String() string {
	switch f {
	case FeelUnknown:
		return "unknown"
	case FeelHard:
		return "hard"
	case FeelEasy:
		return "easy"
	}
	return fmt.Sprintf("Feel(%d)", int(f))
}

// Rating is the FSRS rating of an answer: Again when wrong; when right,
// Hard, Good or Easy by how it felt.
func Rating(correct bool, feel Feel) fsrs.Rating {
	if !correct {
		return fsrs.Again
	}
	switch feel {
	case FeelHard:
		return fsrs.Hard
	case FeelEasy:
		return fsrs.Easy
	}
	return fsrs.Good
}

// Answer is one graded answer to a question.
type Answer struct {
	Correct bool      // exactly the keys were chosen (see quiz.Result)
	Feel    Feel      // how it felt, where known
	At      time.Time // when it was given; the caller's clock, never time.Now
	// Categories file the question for Stats; nil takes the categories of
	// the question's key (its first Services entry) in the embedded notes.
	Categories []category.ID
}

// Review is one answer in a learner's history.
type Review struct {
	// ID is unique across every process that ever recorded into the same
	// file: merging two histories keeps each review once.
	ID      string      `json:"id"`
	Ref     string      `json:"ref"` // the question's quiz.Question.Ref
	At      time.Time   `json:"at"`
	Rating  fsrs.Rating `json:"rating"` // 1 Again (wrong) … 4 Easy
	Correct bool        `json:"-"`      // Rating > Again
}

// Topic is what a question is about, kept from the last time it was
// answered so that stats survive the question leaving the notes.
type Topic struct {
	Kind       quiz.Kind       `json:"kind"`
	Domain     category.Domain `json:"domain,omitempty"`
	Tasks      []category.Task `json:"tasks,omitempty"`
	Services   []awsnotes.ID   `json:"services,omitempty"`
	Categories []category.ID   `json:"categories,omitempty"`
}

func (t Topic) clone() Topic {
	t.Tasks = slices.Clone(t.Tasks)
	t.Services = slices.Clone(t.Services)
	t.Categories = slices.Clone(t.Categories)
	return t
}

// Card is one question's scheduling state.
type Card struct {
	Ref   string
	Topic Topic
	// FSRS is go-fsrs's card after the question's reviews, replayed in
	// time order.
	FSRS    fsrs.Card
	Reviews int       // answers recorded
	Wrong   int       // answers rated Again
	Last    time.Time // the latest answer
	LastOK  bool      // whether the latest answer was right
}

// Due returns when the question should be asked again.
func (c Card) Due() time.Time { return c.FSRS.Due }

// Options shape the scheduler. The zero value is go-fsrs's defaults with
// long-term scheduling: a question answered right comes back after days,
// one answered wrong the next day. They are saved with the progress.
type Options struct {
	// Retention is the share of questions a learner wants to still know
	// when they come due, above 0 and below 1; 0 means 0.9.
	Retention float64 `json:"retention,omitempty"`
	// MaxDays caps the interval between two reviews, in days; 0 means
	// go-fsrs's 36500.
	MaxDays int `json:"maxDays,omitempty"`
	// ShortTerm turns on FSRS's same-day learning steps (a new question
	// answered right comes back in ten minutes, a wrong one in one), for
	// tools that drill within one sitting.
	ShortTerm bool `json:"shortTerm,omitempty"`
	// Fuzz spreads intervals a little so questions learned together do
	// not all come due on one day (go-fsrs's EnableFuzz; deterministic).
	Fuzz bool `json:"fuzz,omitempty"`
}

// ErrOptions: Options hold a value out of range.
var ErrOptions = errors.New("study: options out of range")

// Parameters returns the go-fsrs parameters the options stand for.
func (o Options) Parameters() (fsrs.Parameters, error) {
	p := fsrs.DefaultParam()
	if o.Retention != 0 {
		if !(o.Retention > 0 && o.Retention < 1) {
			return p, fmt.Errorf("%w: retention %v is not between 0 and 1", ErrOptions, o.Retention)
		}
		p.RequestRetention = o.Retention
	}
	if o.MaxDays < 0 {
		return p, fmt.Errorf("%w: maxDays %d is negative", ErrOptions, o.MaxDays)
	}
	if o.MaxDays > 0 {
		p.MaximumInterval = float64(o.MaxDays)
	}
	p.EnableShortTerm = o.ShortTerm
	p.EnableFuzz = o.Fuzz
	return p, nil
}

// Progress is one learner's study state: a card per question ref, the
// history of answers and what each question was about. It is safe for
// concurrent use.
type Progress struct {
	mu      sync.Mutex
	opts    Options
	f       *fsrs.FSRS // not safe for concurrent use: go-fsrs writes its fuzz seed into it
	reviews []Review   // sorted by (At, ID)
	ids     map[string]bool
	topics  map[string]Topic
	cards   map[string]*Card
	// disk is the file as this progress last read or wrote it: Save skips
	// re-reading a file no other process has replaced since.
	disk     os.FileInfo
	diskPath string
}

// New returns an empty progress with these scheduler options.
func New(opts Options) (*Progress, error) {
	params, err := opts.Parameters()
	if err != nil {
		return nil, err
	}
	return &Progress{opts: opts, f: fsrs.NewFSRS(params), ids: map[string]bool{},
		topics: map[string]Topic{}, cards: map[string]*Card{}}, nil
}

// Options returns the scheduler options.
func (p *Progress) Options() Options {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.opts
}

// ErrAnswer: Record was given a question without a ref or an answer
// without a time.
var ErrAnswer = errors.New("study: answer cannot be recorded")

// newID returns a random review ID: 64 bits, so two processes recording
// into one file never pick the same.
func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// Record adds an answer to q at a.At and reschedules q's card with go-fsrs.
// It returns the review as stored. A question without a Ref, or an answer
// with a zero time, is an error wrapping ErrAnswer.
func (p *Progress) Record(q quiz.Question, a Answer) (Review, error) {
	if q.Ref == "" {
		return Review{}, fmt.Errorf("%w: the question has no ref", ErrAnswer)
	}
	if a.At.IsZero() {
		return Review{}, fmt.Errorf("%w: the answer to %s has no time", ErrAnswer, q.Ref)
	}
	if a.Feel < FeelUnknown || a.Feel > FeelEasy {
		return Review{}, fmt.Errorf("%w: feel %d", ErrAnswer, int(a.Feel))
	}
	t := Topic{Kind: q.Kind, Domain: q.Domain, Tasks: slices.Clone(q.Tasks), Services: slices.Clone(q.Services),
		Categories: slices.Clone(a.Categories)}
	if t.Categories == nil && len(q.Services) > 0 {
		if s, ok := awsnotes.Get(q.Services[0]); ok {
			t.Categories = s.Categories
		}
	}
	r := Review{ID: newID(), Ref: q.Ref, At: a.At.UTC().Round(0), Rating: Rating(a.Correct, a.Feel)}
	r.Correct = r.Rating > fsrs.Again
	p.mu.Lock()
	defer p.mu.Unlock()
	p.topics[q.Ref] = t
	p.add(r)
	return r, nil
}

// add inserts r into the history and brings its card up to date: one go-fsrs
// step when r is the card's latest review, a replay of its history when
// it was given an earlier time. The caller holds p.mu.
func (p *Progress) add(r Review) {
	p.ids[r.ID] = true
	i, _ := slices.BinarySearchFunc(p.reviews, r, reviewOrder)
	p.reviews = slices.Insert(p.reviews, i, r)
	c := p.cards[r.Ref]
	if c != nil && r.At.Before(c.Last) {
		p.replay(r.Ref)
		return
	}
	if c == nil {
		c = &Card{Ref: r.Ref, FSRS: fsrs.NewCard()}
		p.cards[r.Ref] = c
	}
	p.step(c, r)
	c.Topic = p.topics[r.Ref]
}

// step applies one review to a card.
func (p *Progress) step(c *Card, r Review) {
	c.FSRS = p.f.Next(c.FSRS, r.At, r.Rating).Card
	c.Reviews++
	if !r.Correct {
		c.Wrong++
	}
	c.Last, c.LastOK = r.At, r.Correct
}

// replay rebuilds ref's card from its history; the caller holds p.mu.
func (p *Progress) replay(ref string) {
	c := &Card{Ref: ref, FSRS: fsrs.NewCard(), Topic: p.topics[ref]}
	for _, r := range p.reviews {
		if r.Ref == ref {
			p.step(c, r)
		}
	}
	p.cards[ref] = c
}

// rebuildRefs recomputes the cards of refs from the history; the caller
// holds p.mu.
func (p *Progress) rebuildRefs(refs map[string]bool) {
	for ref := range refs {
		delete(p.cards, ref)
	}
	for _, r := range p.reviews {
		if !refs[r.Ref] {
			continue
		}
		c := p.cards[r.Ref]
		if c == nil {
			c = &Card{Ref: r.Ref, FSRS: fsrs.NewCard(), Topic: p.topics[r.Ref]}
			p.cards[r.Ref] = c
		}
		p.step(c, r)
	}
}

// rebuild recomputes every card from the history; the caller holds p.mu.
func (p *Progress) rebuild() {
	p.cards = map[string]*Card{}
	for _, r := range p.reviews {
		c := p.cards[r.Ref]
		if c == nil {
			c = &Card{Ref: r.Ref, FSRS: fsrs.NewCard(), Topic: p.topics[r.Ref]}
			p.cards[r.Ref] = c
		}
		p.step(c, r)
	}
}

func reviewOrder(a, b Review) int {
	return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.ID, b.ID))
}

// Card returns the card of ref: false when ref was never answered.
func (p *Progress) Card(ref string) (Card, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.cards[ref]
	if !ok {
		return Card{}, false
	}
	out := *c
	out.Topic = out.Topic.clone()
	return out, true
}

// Cards returns every card, by ref.
func (p *Progress) Cards() []Card {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Card, 0, len(p.cards))
	for _, c := range p.cards {
		cc := *c
		cc.Topic = cc.Topic.clone()
		out = append(out, cc)
	}
	slices.SortFunc(out, func(a, b Card) int { return cmp.Compare(a.Ref, b.Ref) })
	return out
}

// History returns every answer recorded, oldest first, including answers
// to questions the notes no longer make.
func (p *Progress) History() []Review {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.reviews)
}

// HistoryOf returns the answers to one question, oldest first.
func (p *Progress) HistoryOf(ref string) []Review {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []Review
	for _, r := range p.reviews {
		if r.Ref == ref {
			out = append(out, r)
		}
	}
	return out
}

// Retrievability returns go-fsrs's estimate of the chance the learner still
// knows ref at now, from 0 to 1; 0 for a question never answered.
func (p *Progress) Retrievability(ref string, now time.Time) float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.cards[ref]
	if !ok {
		return 0
	}
	return p.f.GetRetrievability(c.FSRS, now)
}
