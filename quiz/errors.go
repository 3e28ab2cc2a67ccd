package quiz

import (
	"errors"
	"fmt"
)

// Errors Generate and Grade return, for errors.Is. Generate's errors are
// *OptionError values that wrap one of them and say which option is wrong.
var (
	// ErrCount: Options.Count is negative.
	ErrCount = errors.New("count must not be negative")
	// ErrNotEnough: the notes cannot make Options.Count distinct questions
	// with these options.
	ErrNotEnough = errors.New("not enough distinct questions in the notes")
	// ErrChoices: Options.Choices is below 2 or above MaxChoices.
	ErrChoices = errors.New("choices out of range")
	// ErrKind: Options.Kinds names a kind this package does not make.
	ErrKind = errors.New("unknown kind")
	// ErrCategory: Options.Categories names no category.
	ErrCategory = errors.New("unknown category")
	// ErrService: Options.Services or Options.Exclude names no entry.
	ErrService = errors.New("unknown service")
	// ErrDifficulty: Options.Difficulty is none of Normal, Easy, Hard.
	ErrDifficulty = errors.New("unknown difficulty")
	// ErrShare: Options.MultipleResponse is not between 0 and 1.
	ErrShare = errors.New("multiple-response share out of range")
	// ErrDomain: Options.Domains names no exam domain, or Options.Tasks no
	// task statement.
	ErrDomain = errors.New("unknown exam domain or task statement")
	// ErrProvenance: Options.Provenance is none of Everything, NotesOnly,
	// AddedOnly.
	ErrProvenance = errors.New("unknown provenance")
	// ErrAnswers: Grade was given more responses than questions, or an
	// option index a question does not have.
	ErrAnswers = errors.New("answers do not fit the quiz")
)

// OptionError reports an option Generate cannot work with.
type OptionError struct {
	Field string // the Options field: "Count", "Kinds[2]"
	Value any    // the value given
	Err   error  // one of the Err… values
	// Detail says more, in English: "the notes support 37".
	Detail string
}

// Error says which option is wrong and why.
func (e *OptionError) Error() string {
	s := fmt.Sprintf("quiz: Options.%s %v: %v", e.Field, e.Value, e.Err)
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the Err… value, for errors.Is.
func (e *OptionError) Unwrap() error { return e.Err }
