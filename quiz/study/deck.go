package study

import (
	"fmt"
	"slices"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// Deck is every question a learner may be asked under some quiz options,
// one per ref: what Plan draws due and new questions from. Build it once
// per session; it is read-only and safe for concurrent use.
type Deck struct {
	opts      quiz.Options
	questions []quiz.Question
	byRef     map[string]int
}

// Generator is what a deck is made from: *quiz.Generator, or
// EmbeddedNotes for the embedded notes.
type Generator interface {
	// Questions makes the questions of refs, or with none every question
	// opts allow, as quiz.Questions does.
	Questions(opts quiz.Options, refs ...string) ([]quiz.Question, error)
}

type embedded struct{}

func (embedded) Questions(o quiz.Options, refs ...string) ([]quiz.Question, error) {
	return quiz.Questions(o, refs...)
}

// EmbeddedNotes makes decks from the notes embedded in package quiz.
var EmbeddedNotes Generator = embedded{}

// NewDeck makes the deck of the embedded notes under opts: its filters
// (Kinds, Categories, Services, Exclude, Domains, Tasks, Provenance,
// ActiveOnly, IncludeRetired) choose the questions, Seed and Choices
// shape them (the same ref reads the same under the same seed), Count is
// ignored.
func NewDeck(opts quiz.Options) (*Deck, error) { return NewDeckFrom(EmbeddedNotes, opts) }

// NewDeckFrom makes a deck from gen; see NewDeck. The deck is every
// question gen.Questions makes under opts, in its seeded order: new
// questions are introduced in it.
func NewDeckFrom(gen Generator, opts quiz.Options) (*Deck, error) {
	d := &Deck{opts: opts, byRef: map[string]int{}}
	d.opts.Count = 0
	qs, err := gen.Questions(d.opts)
	if err != nil {
		return nil, fmt.Errorf("study: making the deck: %w", err)
	}
	for _, q := range qs {
		if _, dup := d.byRef[q.Ref]; dup || q.Ref == "" {
			continue
		}
		d.byRef[q.Ref] = len(d.questions)
		d.questions = append(d.questions, q)
	}
	return d, nil
}

// DeckOf makes a deck of the questions given, for tools that make their
// own (and for tests); a ref given twice keeps its first question.
func DeckOf(opts quiz.Options, questions []quiz.Question) *Deck {
	d := &Deck{opts: opts, byRef: map[string]int{}}
	d.opts.Count = 0
	for _, q := range questions {
		if _, dup := d.byRef[q.Ref]; dup || q.Ref == "" {
			continue
		}
		d.byRef[q.Ref] = len(d.questions)
		d.questions = append(d.questions, cloneQuestion(q))
	}
	return d
}

// Len returns the number of questions in the deck.
func (d *Deck) Len() int { return len(d.questions) }

// Options returns the options the deck was made with (Count 0).
func (d *Deck) Options() quiz.Options { return d.opts }

// Refs returns the deck's refs, in its order.
func (d *Deck) Refs() []string {
	out := make([]string, len(d.questions))
	for i, q := range d.questions {
		out[i] = q.Ref
	}
	return out
}

// Question returns the question of ref; false when the deck has none.
func (d *Deck) Question(ref string) (quiz.Question, bool) {
	i, ok := d.byRef[ref]
	if !ok {
		return quiz.Question{}, false
	}
	return cloneQuestion(d.questions[i]), true
}

// Has reports whether the deck holds ref.
func (d *Deck) Has(ref string) bool {
	_, ok := d.byRef[ref]
	return ok
}

func cloneQuestion(q quiz.Question) quiz.Question {
	q.Choices = slices.Clone(q.Choices)
	q.Answers = slices.Clone(q.Answers)
	q.Services = slices.Clone(q.Services)
	q.Tasks = slices.Clone(q.Tasks)
	return q
}
