package awsnotes

import (
	"sync"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

// SchemaVersion is the version of the data file format Load reads.
const SchemaVersion = data.SchemaVersion

var embedded = sync.OnceValues(func() (*Catalog, error) {
	set, err := data.Embedded()
	if err != nil {
		return nil, err
	}
	return newCatalog(set)
})

// Default returns the catalog of the embedded notes, decoding and indexing
// them on the first call. The error is never non-nil for a released build:
// tests check the embedded data.
func Default() (*Catalog, error) { return embedded() }

// def is the embedded catalog, or nil (which every method treats as empty).
func def() *Catalog {
	c, _ := embedded()
	return c
}

// Version returns the version of the embedded notes, a date such as
// "2026.11.22".
func Version() string { return def().Version() }

// All returns every embedded entry in a stable order. See Catalog.All.
func All() []Service { return def().All() }

// Get returns the embedded entry with exactly this ID.
func Get(id ID) (Service, bool) { return def().Get(id) }

// Lookup finds an embedded entry by any of its names. See Catalog.Lookup.
func Lookup(name string) (Service, bool) { return def().Lookup(name) }

// LookupID is Lookup returning only the ID, without allocating for folded
// input. See Catalog.LookupID.
func LookupID(name string) (ID, bool) { return def().LookupID(name) }

// InCategory returns the embedded entries filed under c.
func InCategory(c category.ID) []Service { return def().InCategory(c) }

// Sources returns the note files the embedded data was written from.
func Sources() []Source { return def().Sources() }
