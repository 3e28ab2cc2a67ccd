package category

import (
	"errors"
	"strconv"
)

// ErrUnknown is wrapped by errors for names that are not categories.
var ErrUnknown = errors.New("unknown category")

// UnknownError reports a name that is not a category.
type UnknownError struct {
	Name string // the name as given
}

// Error quotes the name and says it is not a category.
func (e *UnknownError) Error() string {
	return "category: " + strconv.Quote(e.Name) + ": " + ErrUnknown.Error()
}

// Unwrap returns ErrUnknown.
func (e *UnknownError) Unwrap() error { return ErrUnknown }
