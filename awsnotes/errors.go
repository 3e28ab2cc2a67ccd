package awsnotes

import "errors"

var (
	// ErrInvalidID is wrapped by ID.UnmarshalText for text that is not an
	// ID.
	ErrInvalidID = errors.New("not an entry ID")
	// ErrAmbiguousName is wrapped by Load when two entries answer to the
	// same name once normalised.
	ErrAmbiguousName = errors.New("name resolves to two entries")
)
