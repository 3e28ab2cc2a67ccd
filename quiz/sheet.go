package quiz

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/cloudnotes-kr/awsnotes/category"
)

// ErrSheet: a question sheet does not match the notes it is graded
// against: a ref the notes cannot make, or a question that reads
// differently (the sheet was edited, or the notes changed since).
var ErrSheet = errors.New("question sheet does not match the notes")

// Sheet is a quiz without its answers, to send to a learner (a browser, a
// chat): prompts and options, no keys, no explanations, and nothing that
// names a key (its questions carry opaque IDs, not refs). It carries what
// is needed to make its questions again, so a server can grade it later
// from the sheet and the learner's choices alone (see GradeSheet), keeping
// no state between the two requests. The IDs are opaque, not secret: a
// reader with this package can make the quiz of the sheet's seed and
// options again, as GradeSheet does.
type Sheet struct {
	Seed      uint64          `json:"seed"`      // the quiz's seed
	Options   Options         `json:"options"`   // the quiz's options
	Questions []SheetQuestion `json:"questions"` // in the order asked
}

// SheetQuestion is a question without its answer.
type SheetQuestion struct {
	// ID stands for the question without saying what it is about: a
	// hash of the quiz's seed and the question's Ref, which names the
	// key's entry ("exam-case/penetration-testing/0") and so would give
	// the answer to anyone reading the sheet. GradeSheet finds the
	// question again by hashing the refs the notes can make.
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`    // what sort of question it is
	Prompt  string   `json:"prompt"`  // as Question.Prompt
	Choices []string `json:"choices"` // as Question.Choices
	// Select is how many options to choose: 1, or 2 for a multiple-
	// response question.
	Select int             `json:"select"`
	Domain category.Domain `json:"domain,omitempty"` // as Question.Domain
	Tasks  []category.Task `json:"tasks,omitempty"`  // as Question.Tasks
}

// Sheet returns the quiz as a question sheet, without answers or
// explanations.
func (qz Quiz) Sheet() Sheet {
	s := Sheet{Seed: qz.Seed, Options: qz.Options, Questions: make([]SheetQuestion, len(qz.Questions))}
	for i, q := range qz.Questions {
		s.Questions[i] = SheetQuestion{ID: sheetID(qz.Seed, q.Ref), Kind: q.Kind, Prompt: q.Prompt, Choices: slices.Clone(q.Choices),
			Select: len(q.Answers), Domain: q.Domain, Tasks: slices.Clone(q.Tasks)}
	}
	return s
}

// sheetID is what a sheet shows for the question of ref in a quiz of
// seed: the first eight bytes of SHA-256 over the seed and the ref, in
// decimal, so that it holds no letter of a name.
func sheetID(seed uint64, ref string) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], seed)
	h := sha256.New()
	h.Write(b[:])
	h.Write([]byte(ref))
	return strconv.FormatUint(binary.BigEndian.Uint64(h.Sum(nil)[:8]), 10)
}

// GradeSheet grades a learner's responses to a sheet of the embedded
// notes: each question is made again from its ID and the sheet's seed
// and options, checked against the sheet, and graded (see Quiz.Grade). A
// sheet that does not match is an error wrapping ErrSheet; responses that
// do not fit, one wrapping ErrAnswers.
func GradeSheet(s Sheet, responses [][]int) (Report, error) {
	ix, err := loadIndex()
	if err != nil {
		return Report{}, err
	}
	return gradeSheet(ix, s, responses)
}

// GradeSheet grades a sheet of the generator's notes; see the
// package-level GradeSheet.
func (gn *Generator) GradeSheet(s Sheet, responses [][]int) (Report, error) {
	return gradeSheet(gn.ix, s, responses)
}

// Quiz makes the sheet's quiz again, answers and explanations included,
// from the embedded notes; see GradeSheet.
func (s Sheet) Quiz() (Quiz, error) {
	ix, err := loadIndex()
	if err != nil {
		return Quiz{}, err
	}
	return sheetQuiz(ix, s)
}

func sheetQuiz(ix *index, s Sheet) (Quiz, error) {
	opts := s.Options
	opts.Seed = s.Seed
	// Any question the options allowed was a subject: make every kind,
	// with only the options that shape a question.
	o := Options{Seed: s.Seed, Kinds: allKinds, Choices: opts.Choices, Exclude: opts.Exclude, ActiveOnly: opts.ActiveOnly,
		IncludeRetired: opts.IncludeRetired, Difficulty: opts.Difficulty, Count: 1}
	g, _, err := newGen(ix, o)
	if err != nil {
		return Quiz{}, err
	}
	want := map[string]bool{}
	for _, q := range s.Questions {
		want[q.ID] = true
	}
	// The IDs are hashes of the refs: hash every ref the notes can make
	// (a few thousand hashes, well under a millisecond).
	byID := map[string]*candidate{}
	for _, c := range g.candidates() {
		if id := sheetID(s.Seed, c.ref); want[id] {
			byID[id] = c
		}
	}
	qz := Quiz{Seed: s.Seed, Options: opts, Questions: make([]Question, len(s.Questions))}
	for i, sq := range s.Questions {
		c, ok := byID[sq.ID]
		if !ok {
			return Quiz{}, fmt.Errorf("quiz: question %d (id %s): %w: no such question", i+1, sq.ID, ErrSheet)
		}
		q, ok := c.make(g, s.Seed)
		if !ok || q.Prompt != sq.Prompt || !slices.Equal(q.Choices, sq.Choices) {
			return Quiz{}, fmt.Errorf("quiz: question %d (id %s): %w: it reads differently now", i+1, sq.ID, ErrSheet)
		}
		qz.Questions[i] = q
	}
	return qz, nil
}

func gradeSheet(ix *index, s Sheet, responses [][]int) (Report, error) {
	qz, err := sheetQuiz(ix, s)
	if err != nil {
		return Report{}, err
	}
	return qz.Grade(responses)
}
