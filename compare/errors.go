package compare

import (
	"errors"
	"strconv"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

// Errors Of returns, for errors.Is.
var (
	// ErrTooFew: Of was given fewer than two names.
	ErrTooFew = errors.New("compare: a comparison needs at least two services")
	// ErrUnknown: a name is not one Lookup knows. The error is a
	// *NameError that says which.
	ErrUnknown = errors.New("unknown service")
	// ErrDuplicate: two names given to Of resolve to the same entry. The
	// error is a *NameError that says which.
	ErrDuplicate = errors.New("same service twice")
	// ErrNoCatalog: For was given a nil catalog, or a method was called
	// on a nil *Tables.
	ErrNoCatalog = errors.New("compare: no catalog")
)

// NameError reports a name Of could not use: unknown (Err is ErrUnknown)
// or naming an entry already asked for (Err is ErrDuplicate).
type NameError struct {
	Name string      // the name as the caller gave it
	Err  error       // ErrUnknown or ErrDuplicate
	ID   awsnotes.ID // for ErrDuplicate: the entry both names resolve to
	// Other is, for ErrDuplicate, the earlier name that resolved to ID.
	Other string
}

// Error says which name and what is wrong with it.
func (e *NameError) Error() string {
	if e.Err == ErrDuplicate {
		return "compare: " + strconv.Quote(e.Other) + " and " + strconv.Quote(e.Name) +
			" are both " + strconv.Quote(string(e.ID)) + ": " + ErrDuplicate.Error()
	}
	if e.Err == nil {
		return "compare: " + strconv.Quote(e.Name)
	}
	return "compare: " + strconv.Quote(e.Name) + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *NameError) Unwrap() error { return e.Err }
