package awsnotes

import (
	"fmt"
	"slices"

	"github.com/cloudnotes-kr/awsnotes/category"
)

// ID identifies an entry: lower-case words joined by hyphens ("cloudtrail",
// "route-53"). The zero value means "no entry".
type ID string

// String returns the ID itself.
func (id ID) String() string { return string(id) }

// MarshalText encodes the ID as itself.
func (id ID) MarshalText() ([]byte, error) { return []byte(id), nil }

// UnmarshalText stores text as an ID. Empty text gives the zero ID; text that
// is not lower-case words joined by hyphens is an error wrapping
// ErrInvalidID. It does not check that the entry exists: use Get for that.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ""
		return nil
	}
	if !validID(string(text)) {
		return fmt.Errorf("awsnotes: %q: %w", text, ErrInvalidID)
	}
	*id = ID(text)
	return nil
}

func validID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && s[i-1] != '-') {
			return false
		}
	}
	return true
}

// Kind says what sort of thing an entry is.
type Kind string

// The kinds of entry.
const (
	KindService Kind = "service" // an AWS service: Amazon EC2, AWS Lambda
	KindFeature Kind = "feature" // part of a service or the console: AMI, SCPs, Pricing Calculator
	KindConcept Kind = "concept" // not an AWS product: 쿠버네티스, 침투 테스트, AWS의 장점
	KindProgram Kind = "program" // an AWS program or offering: Quick Starts
	KindTeam    Kind = "team"    // a team at AWS: AWS Abuse Team
)

// State is an entry's lifecycle state. The zero value is StateActive.
type State string

// The lifecycle states.
const (
	StateActive  State = ""        // available as the notes describe it
	StateRetired State = "retired" // AWS no longer offers it
	StateRenamed State = "renamed" // it lives on under another name
	StateLimited State = "limited" // closed to new customers
)

// Status is an entry's lifecycle: where AWS retired, renamed or limited
// something since the notes were written, State says so, Note explains,
// Date says when and Successor names the entry AWS points to instead.
type Status struct {
	State State  `json:"state,omitempty"` // StateActive unless AWS retired, renamed or limited it
	Note  string `json:"note,omitempty"`  // in Korean; "" when active
	// Date is when the change took effect: "2024-11-12", or "2024-11"
	// where AWS gives only the month; "" when active.
	Date      string `json:"date,omitempty"`
	Successor ID     `json:"successor,omitempty"` // the entry to use instead; may be ""
	Source    string `json:"source,omitempty"`    // the AWS page that says so
}

// Active reports whether the entry is available as the notes describe it.
func (s Status) Active() bool { return s.State == StateActive }

// Current reports whether the entry is a service AWS offers today under
// the entry's Name: active, or renamed in place (State StateRenamed with
// no Successor: the entry carries the new name, and the old one is an
// alias, as for Amazon SageMaker AI). An entry that is only an old name
// (renamed with a Successor), retired or limited is not current.
func (s Status) Current() bool {
	return s.State == StateActive || s.State == StateRenamed && s.Successor == ""
}

// Service is one entry of the notes: an AWS service, or a feature, concept,
// program or team the notes describe. It is a value: the slices it holds
// belong to whoever received it.
type Service struct {
	ID      ID     `json:"id"`              // "cloudtrail"
	Name    string `json:"name"`            // official name: "AWS CloudTrail"
	Short   string `json:"short,omitempty"` // short name: "CloudTrail"; may be ""
	Abbr    string `json:"abbr,omitempty"`  // abbreviation: "EC2"; may be ""
	Reading string `json:"reading"`         // Korean reading of the name: "클라우드트레일"
	// Aliases are other names: spellings the notes use, Korean names,
	// former names.
	Aliases    []string      `json:"aliases,omitempty"`
	Kind       Kind          `json:"kind"`                // service, feature, concept, program or team
	Categories []category.ID `json:"categories"`          // the first is the primary category
	Summary    string        `json:"summary"`             // one line, in Korean
	Related    []ID          `json:"related,omitempty"`   // entries a learner should know alongside
	Status     Status        `json:"status"`              // lifecycle: retired, renamed or limited, with a note
	Notes      []Note        `json:"notes,omitempty"`     // the seed notes' text, block by block
	Scenarios  []Scenario    `json:"scenarios,omitempty"` // quoted situations that call for this entry
	Mnemonics  []Mnemonic    `json:"mnemonics,omitempty"` // memory aids: "Kinesis: 운동"

	// The fields below are added beyond the learner's notes; each line
	// names the AWS page it was checked against.

	// Tasks are the exam's task statements the entry belongs to, main one
	// first ("2.3"); Domains derives the domains from them.
	Tasks []category.Task `json:"tasks,omitempty"`
	// Facts are fact lines an exam writer would test, in Korean.
	Facts []Fact `json:"facts,omitempty"`
	// Cases are situations in the exam's voice whose answer is this entry.
	Cases []Case `json:"cases,omitempty"`
	// Confusables are the entries most often mistaken for this one, most
	// confusable first: distractors that are never a second right answer
	// to its Cases.
	Confusables []ID `json:"confusables,omitempty"`
	// Sources are the AWS documentation pages the entry was checked
	// against (https URLs).
	Sources []string `json:"sources,omitempty"`
	// Corrections give the current fact for note lines that are wrong or
	// dated; the lines themselves stay as the notes wrote them.
	Corrections []Correction `json:"corrections,omitempty"`
	// Notice is a change AWS has announced for a later date; nil if none.
	Notice *Notice `json:"notice,omitempty"`
}

// Fact is a fact line added beyond the notes, with its source.
type Fact struct {
	Text   string `json:"text"`   // in Korean
	Source string `json:"source"` // the AWS page it was checked against
}

// Case is a situation in the exam's voice ("한 회사가 … 하려고 합니다.")
// whose answer is the entry that holds it.
type Case struct {
	Stem        string `json:"stem"`        // the situation, without the question
	Explanation string `json:"explanation"` // why this entry fits and its confusables do not
	Source      string `json:"source"`      // the AWS page it was checked against
}

// Correction is the current fact for a note line that is wrong or dated.
type Correction struct {
	Line   string `json:"line"`   // the note line's Text, exactly
	Text   string `json:"text"`   // the correct or current fact, in Korean
	Source string `json:"source"` // the AWS page that says so
}

// Notice is a change AWS has announced for a later date.
type Notice struct {
	Date   string `json:"date"`   // "2027-01-01"
	Text   string `json:"text"`   // in Korean
	Source string `json:"source"` // the AWS page that announces it
}

// Origin says where an entry comes from.
type Origin string

// The origins of an entry.
const (
	OriginNotes Origin = "notes" // the learner's notes describe it
	OriginAdded Origin = "added" // added beyond the notes, from AWS's documentation
)

// Origin reports whether the entry comes from the learner's notes (it has
// notes) or was added beyond them. Facts, Cases and Corrections are always
// added, whatever the entry's origin.
func (s Service) Origin() Origin {
	if len(s.Notes) > 0 {
		return OriginNotes
	}
	return OriginAdded
}

// Domains returns the exam domains of the entry's task statements, in
// order, without repeats; nil when it has none.
func (s Service) Domains() []category.Domain {
	var out []category.Domain
	for _, t := range s.Tasks {
		if d := t.Domain(); d != 0 && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

// CorrectionFor returns the correction attached to a note line, by the
// line's text.
func (s Service) CorrectionFor(line string) (Correction, bool) {
	for _, c := range s.Corrections {
		if c.Line == line {
			return c, true
		}
	}
	return Correction{}, false
}

// DisplayName is the name to show a learner: the short name when there is
// one ("CloudTrail"), else the official name.
func (s Service) DisplayName() string {
	if s.Short != "" {
		return s.Short
	}
	return s.Name
}

// String returns the display name.
func (s Service) String() string { return s.DisplayName() }

// Names returns every name the entry answers to, official name first: name,
// short name, abbreviation, reading, then aliases, without repeats.
func (s Service) Names() []string {
	names := make([]string, 0, 4+len(s.Aliases))
	for _, n := range append([]string{s.Name, s.Short, s.Abbr, s.Reading}, s.Aliases...) {
		if n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	return names
}

// Highlights returns the phrases the notes marked for this entry, in note
// order, without repeats.
func (s Service) Highlights() []string {
	var out []string
	for _, n := range s.Notes {
		for _, l := range n.Lines {
			for _, h := range l.Highlights {
				if !slices.Contains(out, h) {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// InCategory reports whether the entry is filed under c.
func (s Service) InCategory(c category.ID) bool { return slices.Contains(s.Categories, c) }

// Note is one block of the seed notes: the heading an entry had there and
// the bullets under it.
type Note struct {
	Source  string   `json:"source"`           // the seed file, as a Source ID: "clf-notes"
	Section string   `json:"section"`          // the seed heading it sits under: "보안 관련 서비스"
	Heading string   `json:"heading"`          // the entry's heading in the notes: "AWS KMS"
	Remark  string   `json:"remark,omitempty"` // an aside on the heading line: "어떻게 맨날 까먹냐..."
	Lines   []Line   `json:"lines"`            // the bullets, in order, with their nesting
	Images  []string `json:"images,omitempty"` // image paths the notes show here
	Links   []Link   `json:"links,omitempty"`  // hyperlinks the notes give here
}

// Line is one bullet of the notes, as written (obvious typos fixed).
type Line struct {
	Text  string `json:"text"`            // the bullet's text, markup removed
	Depth int    `json:"depth,omitempty"` // 0 directly under the heading, 1 under a depth-0 line, ...
	// Highlights are the phrases of Text the notes marked (<mark> or
	// backticks), in order.
	Highlights []string `json:"highlights,omitempty"`
}

// Link is a hyperlink in the notes.
type Link struct {
	Title string `json:"title"` // the link text: "AWS 공식 사이트"
	URL   string `json:"url"`   // "https://aws.amazon.com/"
}

// Scenario is a situation the notes quote ("AWS만 쓸거야") and what it leads
// to ("간단하고 효율적"). Also lists other entries that fit the same
// situation.
type Scenario struct {
	Quote   string `json:"quote"`             // the situation, without quotation marks
	Outcome string `json:"outcome,omitempty"` // may be ""
	Also    []ID   `json:"also,omitempty"`    // other entries that fit the same situation
}

// Mnemonic is a memory aid from the notes: Word means Meaning.
type Mnemonic struct {
	Word    string `json:"word"`    // "Kinesis"
	Meaning string `json:"meaning"` // "운동"
}

// Source is one of the note files the data was written from.
type Source struct {
	ID    string `json:"id"`    // "clf-notes"
	File  string `json:"file"`  // the seed file's name
	Title string `json:"title"` // a human title, in Korean
}

// clone returns a deep copy, so callers never share memory with the catalog.
// Slices of one element type share a single backing array, cut with full
// slice expressions so that appending to one never writes into another: a
// copy costs a handful of allocations however many notes an entry has.
func (s Service) clone() Service {
	var nStrings, nIDs, nLines, nLinks int
	nStrings = len(s.Aliases) + len(s.Sources)
	nIDs = len(s.Related) + len(s.Confusables)
	for _, n := range s.Notes {
		nStrings += len(n.Images)
		nLines += len(n.Lines)
		nLinks += len(n.Links)
		for _, l := range n.Lines {
			nStrings += len(l.Highlights)
		}
	}
	for _, sc := range s.Scenarios {
		nIDs += len(sc.Also)
	}
	strs := make([]string, 0, nStrings)
	ids := make([]ID, 0, nIDs)
	lines := make([]Line, 0, nLines)
	links := make([]Link, 0, nLinks)
	s.Aliases = take(&strs, s.Aliases)
	s.Categories = slices.Clone(s.Categories)
	s.Related = take(&ids, s.Related)
	if s.Notes != nil {
		notes := make([]Note, len(s.Notes))
		for i, n := range s.Notes {
			n.Images = take(&strs, n.Images)
			n.Links = take(&links, n.Links)
			if n.Lines != nil {
				start := len(lines)
				for _, l := range n.Lines {
					l.Highlights = take(&strs, l.Highlights)
					lines = append(lines, l)
				}
				n.Lines = lines[start:len(lines):len(lines)]
			}
			notes[i] = n
		}
		s.Notes = notes
	}
	if s.Scenarios != nil {
		sc := make([]Scenario, len(s.Scenarios))
		for i, x := range s.Scenarios {
			x.Also = take(&ids, x.Also)
			sc[i] = x
		}
		s.Scenarios = sc
	}
	s.Mnemonics = slices.Clone(s.Mnemonics)
	s.Tasks = slices.Clone(s.Tasks)
	s.Facts = slices.Clone(s.Facts)
	s.Cases = slices.Clone(s.Cases)
	s.Confusables = take(&ids, s.Confusables)
	s.Sources = take(&strs, s.Sources)
	s.Corrections = slices.Clone(s.Corrections)
	if s.Notice != nil {
		n := *s.Notice
		s.Notice = &n
	}
	return s
}

// take appends src to *pool and returns the appended part, capped so that
// appending to it reallocates instead of writing into the pool. nil stays
// nil.
func take[T any](pool *[]T, src []T) []T {
	if src == nil {
		return nil
	}
	start := len(*pool)
	*pool = append(*pool, src...)
	return (*pool)[start:len(*pool):len(*pool)]
}
