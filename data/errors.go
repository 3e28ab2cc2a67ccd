package data

import (
	"errors"
	"strconv"
	"strings"
)

// Errors a Decode error wraps, for errors.Is.
var (
	// ErrSyntax: a file is not valid JSON, or has a field the schema does
	// not know.
	ErrSyntax = errors.New("malformed data file")
	// ErrInvalid: a value is missing, empty or out of range.
	ErrInvalid = errors.New("invalid value")
	// ErrDuplicate: two entries share an ID, or one lists a value twice.
	ErrDuplicate = errors.New("duplicate")
	// ErrReference: a reference names an entry, category or source that
	// does not exist.
	ErrReference = errors.New("unknown reference")
	// ErrNoEntries: the file system holds no entries at all.
	ErrNoEntries = errors.New("no entries")
)

// Error is a problem found while decoding, naming the file and, where there
// is one, the entry (its ID, or its position when it has no ID).
type Error struct {
	File  string // path inside the file system, "services/07-security.json"
	Entry string // entry ID, or "#3" for the fourth entry; "" for the file as a whole
	Field string // the field at fault, "related[2]"; may be ""
	Err   error  // wraps one of the Err… values above
}

// Error describes the problem as "awsnotes data: FILE: entry "ID": FIELD:
// what is wrong".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("awsnotes data: ")
	b.WriteString(e.File)
	if e.Entry != "" {
		b.WriteString(": entry ")
		b.WriteString(strconv.Quote(e.Entry))
	}
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Err, so errors.Is matches the Err… values.
func (e *Error) Unwrap() error { return e.Err }
