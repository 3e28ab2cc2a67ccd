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
// something since the notes were written, State says so and Note explains.
type Status struct {
	State State  // StateActive unless AWS retired, renamed or limited it
	Note  string // in Korean; "" when active
}

// Active reports whether the entry is available as the notes describe it.
func (s Status) Active() bool { return s.State == StateActive }

// Service is one entry of the notes: an AWS service, or a feature, concept,
// program or team the notes describe. It is a value: the slices it holds
// belong to whoever received it.
type Service struct {
	ID      ID     // "cloudtrail"
	Name    string // official name: "AWS CloudTrail"
	Short   string // short name: "CloudTrail"; may be ""
	Abbr    string // abbreviation: "EC2"; may be ""
	Reading string // Korean reading of the name: "클라우드트레일"
	// Aliases are other names: spellings the notes use, Korean names,
	// former names.
	Aliases    []string
	Kind       Kind          // service, feature, concept, program or team
	Categories []category.ID // the first is the primary category
	Summary    string        // one line, in Korean
	Related    []ID          // entries a learner should know alongside
	Status     Status        // lifecycle: retired, renamed or limited, with a note
	Notes      []Note        // the seed notes' text, block by block
	Scenarios  []Scenario    // quoted situations that call for this entry
	Mnemonics  []Mnemonic    // memory aids: "Kinesis: 운동"
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
	Source  string   // the seed file, as a Source ID: "clf-notes"
	Section string   // the seed heading it sits under: "보안 관련 서비스"
	Heading string   // the entry's heading in the notes: "AWS KMS"
	Remark  string   // an aside on the heading line: "어떻게 맨날 까먹냐..."
	Lines   []Line   // the bullets, in order, with their nesting
	Images  []string // image paths the notes show here
	Links   []Link   // hyperlinks the notes give here
}

// Line is one bullet of the notes, as written (obvious typos fixed).
type Line struct {
	Text  string // the bullet's text, markup removed
	Depth int    // 0 directly under the heading, 1 under a depth-0 line, ...
	// Highlights are the phrases of Text the notes marked (<mark> or
	// backticks), in order.
	Highlights []string
}

// Link is a hyperlink in the notes.
type Link struct {
	Title string // the link text: "AWS 공식 사이트"
	URL   string // "https://aws.amazon.com/"
}

// Scenario is a situation the notes quote ("AWS만 쓸거야") and what it leads
// to ("간단하고 효율적"). Also lists other entries that fit the same
// situation.
type Scenario struct {
	Quote   string // the situation, without quotation marks
	Outcome string // may be ""
	Also    []ID   // other entries that fit the same situation
}

// Mnemonic is a memory aid from the notes: Word means Meaning.
type Mnemonic struct {
	Word    string // "Kinesis"
	Meaning string // "운동"
}

// Source is one of the note files the data was written from.
type Source struct {
	ID    string // "clf-notes"
	File  string // the seed file's name
	Title string // a human title, in Korean
}

// clone returns a deep copy, so callers never share memory with the catalog.
// Slices of one element type share a single backing array, cut with full
// slice expressions so that appending to one never writes into another: a
// copy costs a handful of allocations however many notes an entry has.
func (s Service) clone() Service {
	var nStrings, nIDs, nLines, nLinks int
	nStrings = len(s.Aliases)
	nIDs = len(s.Related)
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
