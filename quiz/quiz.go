package quiz

import (
	"fmt"
	"slices"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

// Kind is the sort of question: what it asks and where in the notes it
// comes from.
type Kind string

// The kinds of question, in the order Kinds lists them.
const (
	// ServiceFromDescription shows a line of the notes (or an entry's
	// summary) and asks which service it describes.
	ServiceFromDescription Kind = "service-from-description"
	// DescriptionFromService names a service and asks which description
	// fits it: "CloudTrail을 가장 잘 설명한 것은?".
	DescriptionFromService Kind = "description-from-service"
	// Scenario quotes a situation from the notes ("코드가 푸시되면 테스트 →
	// 빌드 → 배포까지 자동화하고 싶어") and asks which service fits it.
	Scenario Kind = "scenario"
	// Comparison asks about one aspect of a comparison table, or one of its
	// "when to pick which" lines: "ECS와 EKS 중 …인 것은?". Its choices are the
	// table's services, so it can have fewer than Options.Choices.
	Comparison Kind = "comparison"
	// Cloze blanks out a phrase the notes highlighted and asks which phrase
	// fills the blank. Its wrong options are phrases highlighted on other
	// lines, which seldom fit the sentence, so a quiz asks it only when
	// Options.Kinds names it.
	Cloze Kind = "cloze"
	// TrueFalse shows a statement, true as the notes say it or made false by
	// a plausible swap, to be answered O or X. Its choices are "O" and "X".
	// Two options are no exam shape, so a quiz asks it only when
	// Options.Kinds names it.
	TrueFalse Kind = "true-false"
	// ChooseTwo is the exam's multiple-response question: pick the two (or,
	// rarely, three) right options out of Options.Choices+1.
	ChooseTwo Kind = "choose-two"
	// Mnemonic asks what a name means in the notes' memory aids
	// ("Kinesis의 뜻은?") or which service a meaning belongs to. Asking
	// for the meaning offers as many meanings as the notes hold, up to
	// Options.Choices.
	Mnemonic Kind = "mnemonic"

	// The kinds below ask in the exam's own voice, from what was added
	// beyond the notes: fact lines, situations ("한 회사가 … 하려고
	// 합니다."), confusables, corrections and the curated tables.

	// ExamCase gives a situation in the exam's voice and asks which
	// service (or feature, or concept) meets it.
	ExamCase Kind = "exam-case"
	// SharedResponsibility asks whose job something is under the AWS
	// shared responsibility model: AWS's, the customer's, or both. Its
	// choices are those three parties ("AWS", "고객", "AWS와 고객 공동"),
	// up to Options.Choices, never a concept beside them.
	SharedResponsibility Kind = "shared-responsibility"
	// PricingModel asks which purchase option fits a workload.
	PricingModel Kind = "pricing-model"
	// SupportPlan asks for the least expensive AWS Support plan that meets
	// a need.
	SupportPlan Kind = "support-plan"
	// Pillar asks which Well-Architected pillar a practice belongs to.
	Pillar Kind = "pillar"
	// CAFPerspective asks which AWS CAF perspective a capability belongs
	// to.
	CAFPerspective Kind = "caf-perspective"
	// MigrationStrategy asks which of the 7 Rs a migration plan follows.
	MigrationStrategy Kind = "migration-strategy"
	// NotItem asks which option is NOT one of a set, or NOT true of an
	// entry ("다음 중 … 아닌 것은 무엇입니까?").
	NotItem Kind = "not"
	// LeastMost asks which option meets a situation best by a measure the
	// situation names: most cost-effective, least operational overhead.
	LeastMost Kind = "least-most"
	// Correction shows a note line that is wrong or dated and asks for the
	// right fact, beside the dated line and fact lines of confusable
	// entries.
	//
	// It is asked only where that can be done honestly: the right fact
	// must not name its entry (among options that name nothing it would
	// give itself away), and every correction of the embedded notes does
	// ("Macie는 …", "CloudTrail의 추적과 …"), while the dated lines are
	// fragments that are incomplete rather than false ("머신러닝 기반으로
	// 자동 탐지"), so rewording either would make a second right answer.
	// The embedded notes therefore make no correction question: Kinds
	// leaves it out, and a quiz asks for it only by name in Options.Kinds
	// (a catalog of your own whose corrections do not name their entries
	// gets them).
	Correction Kind = "correction"
)

var allKinds = []Kind{ServiceFromDescription, DescriptionFromService, Scenario, Comparison, Cloze, TrueFalse, ChooseTwo, Mnemonic,
	ExamCase, SharedResponsibility, PricingModel, SupportPlan, Pillar, CAFPerspective, MigrationStrategy, NotItem, LeastMost, Correction}

// listed are the kinds Kinds offers a learner: every kind but
// Correction, which the embedded notes cannot ask honestly (see
// Correction).
var listed = slices.DeleteFunc(slices.Clone(allKinds), func(k Kind) bool { return k == Correction })

// Kinds returns the kinds of question to offer a learner, in a stable
// order: every kind but Correction (see Correction), which Valid still
// accepts and Options.Kinds may still name.
func Kinds() []Kind { return slices.Clone(listed) }

// defaultKinds are the kinds of a quiz whose Options.Kinds is empty: those
// Kinds lists but TrueFalse, whose two options are no exam shape, and
// Cloze, whose wrong options are other lines' phrases that seldom fit the
// blank's sentence ("완전 ______ 서비스" leaves only "관리형 …"). Every
// question of such a quiz has the exam's shape: four options and one key,
// or five and two.
func defaultKinds() []Kind {
	return slices.DeleteFunc(Kinds(), func(k Kind) bool { return k == TrueFalse || k == Cloze })
}

// Valid reports whether k is one of the kinds this package makes.
func (k Kind) Valid() bool { return slices.Contains(allKinds, k) }

// String returns the kind's name.
func (k Kind) String() string { return string(k) }

// Korean returns a short Korean label for the kind: "시나리오", "O/X".
func (k Kind) Korean() string {
	switch k {
	case ServiceFromDescription:
		return "설명 → 서비스"
	case DescriptionFromService:
		return "서비스 → 설명"
	case Scenario:
		return "시나리오"
	case Comparison:
		return "비교"
	case Cloze:
		return "빈칸"
	case TrueFalse:
		return "O/X"
	case ChooseTwo:
		return "복수 응답"
	case Mnemonic:
		return "암기"
	case ExamCase:
		return "상황 → 서비스"
	case SharedResponsibility:
		return "공동 책임 모델"
	case PricingModel:
		return "요금 옵션"
	case SupportPlan:
		return "지원 플랜"
	case Pillar:
		return "Well-Architected 원칙"
	case CAFPerspective:
		return "CAF 관점"
	case MigrationStrategy:
		return "마이그레이션 전략"
	case NotItem:
		return "부정형"
	case LeastMost:
		return "최상급"
	case Correction:
		return "노트 바로잡기"
	}
	return string(k)
}

// DefaultCount is the number of questions Generate makes when Options.Count
// is 0, and DefaultChoices the options per multiple-choice question when
// Options.Choices is 0 (as on the exam).
const (
	DefaultCount   = 10
	DefaultChoices = 4
	// MaxChoices is the most options a multiple-choice question can have:
	// beyond it the notes run out of distractors a learner could confuse
	// with the key.
	MaxChoices = 6
)

// Options says what quiz to make. The zero value asks for ten questions of
// every kind from every category, four options each, from seed 0.
type Options struct {
	// Seed picks the quiz: the same seed and options give the same quiz,
	// byte for byte, on every platform and Go version; different seeds give
	// different quizzes.
	Seed uint64 `json:"seed,omitempty"`
	// Count is the number of questions; 0 means DefaultCount. No question
	// is asked twice.
	Count int `json:"count,omitempty"`
	// Choices is the number of options per multiple-choice question, from 2
	// to MaxChoices; 0 means DefaultChoices. Choose-two questions offer one
	// more, as the exam does (five beside four); true/false questions offer
	// O and X; comparison questions offer the services their table compares,
	// up to Choices.
	Choices int `json:"choices,omitempty"`
	// Kinds limits the quiz to these kinds; empty means every kind Kinds
	// lists but TrueFalse (two options, no exam shape) and Cloze (see
	// Cloze); name them to drill them.
	Kinds []Kind `json:"kinds,omitempty"`
	// Categories limits the quiz to questions about entries filed under one
	// of these categories (any of an entry's categories counts). An ID or
	// any name category.Lookup knows ("보안") is accepted; empty means all.
	// Distractors still come from anywhere.
	Categories []category.ID `json:"categories,omitempty"`
	// Services limits the quiz to questions about these entries (by ID or
	// any name awsnotes.Lookup knows); empty means all.
	Services []awsnotes.ID `json:"services,omitempty"`
	// Exclude leaves these entries out of the quiz altogether: no question
	// is about them and none offers them as a choice.
	Exclude []awsnotes.ID `json:"exclude,omitempty"`
	// ActiveOnly leaves out every entry that is not active: retired, and
	// also those closed to new customers (Cloud9, Snowball Edge), as
	// subjects and as choices. Retired entries are left out by default;
	// see IncludeRetired.
	ActiveOnly bool `json:"activeOnly,omitempty"`
	// IncludeRetired lets entries AWS has retired (OpsWorks, Snowmobile, IQ)
	// be keys and options, for reviewing the notes as they were written.
	// By default they are neither. Renamed entries always appear under
	// their current names, or not at all.
	IncludeRetired bool `json:"includeRetired,omitempty"`
	// Domains limits the quiz to questions serving these exam domains
	// (1–4); empty means all.
	Domains []category.Domain `json:"domains,omitempty"`
	// Tasks limits the quiz to questions serving these exam task
	// statements ("2.3"); empty means all. With Domains, a question must
	// serve one of each.
	Tasks []category.Task `json:"tasks,omitempty"`
	// Provenance limits the quiz to what the learner's notes say
	// (NotesOnly), or to what was added beyond them (AddedOnly); the zero
	// value takes everything.
	Provenance Provenance `json:"provenance,omitempty"`
	// Difficulty says how hard the distractors are to tell from the key;
	// the zero value is Normal.
	Difficulty Difficulty `json:"difficulty,omitempty"`
	// MultipleResponse is the share of choose-two questions, from 0 to 1.
	// 0 leaves it to the usual mix (about one in ten); to have none, leave
	// ChooseTwo out of Kinds. The share is exact while the notes have
	// questions enough of both sorts; past that, the quiz takes what it
	// can of either rather than fall short of Count.
	MultipleResponse float64 `json:"multipleResponse,omitempty"`
}

// Provenance says where a question's content may come from.
type Provenance int

// The provenances.
const (
	// Everything takes questions from the notes and from what was added
	// beyond them (facts, cases, corrections, curated tables).
	Everything Provenance = iota
	// NotesOnly takes only questions built from the learner's notes: note
	// lines, quoted situations, mnemonics and the tables the notes draw.
	NotesOnly
	// AddedOnly takes only questions built from what was added beyond the
	// notes.
	AddedOnly
)

// String names the provenance: "everything", "notes", "added".
func (p Provenance) String() string {
	switch p {
	case Everything:
		return "everything"
	case NotesOnly:
		return "notes"
	case AddedOnly:
		return "added"
	}
	return fmt.Sprintf("Provenance(%d)", int(p))
}

// Difficulty says how distractors are chosen.
type Difficulty int

// The difficulties.
const (
	// Normal draws distractors mostly from the entries a learner confuses
	// with the key (same category, same comparison table, related), with
	// some variety.
	Normal Difficulty = iota
	// Easy draws them mostly from elsewhere in the notes.
	Easy
	// Hard always takes the most confusable entries there are.
	Hard
)

// String names the difficulty: "normal", "easy", "hard".
func (d Difficulty) String() string {
	switch d {
	case Normal:
		return "normal"
	case Easy:
		return "easy"
	case Hard:
		return "hard"
	}
	return fmt.Sprintf("Difficulty(%d)", int(d))
}

// Question is one quiz question.
type Question struct {
	// Ref names the question's subject in the notes, stable across seeds:
	// "scenario/codepipeline/0". Two questions of one quiz never share it.
	Ref  string `json:"ref"`
	Kind Kind   `json:"kind"` // what sort of question it is
	// Prompt is the question as the learner reads it; a quoted situation,
	// description or statement follows a blank line.
	Prompt string `json:"prompt"`
	// Choices are the options, in the order shown.
	Choices []string `json:"choices"`
	// Answers are the indexes into Choices of the right options, in
	// increasing order: one, or two or three for a choose-two question.
	Answers []int `json:"answers"`
	// Explanation says why the key is right, from the notes, and what the
	// other options are.
	Explanation string `json:"explanation"`
	// Services are the entries the question is about, each once: the
	// key's first, then those the other options name or come from.
	Services []awsnotes.ID `json:"services"`
	// Domain is the exam domain the question serves (0 when its entries
	// carry no task statement), and Tasks its task statements, main first.
	Domain category.Domain `json:"domain,omitempty"` // 1 to 4; 0 when none
	Tasks  []category.Task `json:"tasks,omitempty"`  // main first
	// Origin says whether the question comes from the learner's notes
	// ("notes") or from what was added beyond them ("added").
	Origin awsnotes.Origin `json:"origin,omitempty"`
}

// Multiple reports whether the question has more than one right option.
func (q Question) Multiple() bool { return len(q.Answers) > 1 }

// Quiz is a generated quiz: the seed it came from and its questions.
type Quiz struct {
	Seed uint64 `json:"seed"` // Options.Seed, so the quiz can be made again
	// Options are the options the quiz was made with, so a question sheet
	// can be graded later by making its questions again (see Sheet).
	Options   Options    `json:"options"`
	Questions []Question `json:"questions"` // in the order asked
}

// Letter returns the letter a learner sees beside option i: "A" for 0, "B"
// for 1, … It returns "?" outside A–Z.
func Letter(i int) string {
	if i < 0 || i >= 26 {
		return "?"
	}
	return string(rune('A' + i))
}

// check reports what is wrong with a question, for tests and for the
// fuzzer: an answer out of range, repeated or unsorted, a repeated choice.
func (q Question) check() error {
	if len(q.Choices) < 2 {
		return fmt.Errorf("question %s: %d choices", q.Ref, len(q.Choices))
	}
	if len(q.Answers) == 0 {
		return fmt.Errorf("question %s: no answer", q.Ref)
	}
	for i, a := range q.Answers {
		if a < 0 || a >= len(q.Choices) {
			return fmt.Errorf("question %s: answer %d out of range", q.Ref, a)
		}
		if i > 0 && a <= q.Answers[i-1] {
			return fmt.Errorf("question %s: answers %v not increasing", q.Ref, q.Answers)
		}
	}
	seen := map[string]bool{}
	for _, c := range q.Choices {
		k := fold(c)
		if c == "" || seen[k] {
			return fmt.Errorf("question %s: choice %q repeated or empty", q.Ref, c)
		}
		seen[k] = true
	}
	return nil
}
