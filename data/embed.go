package data

import (
	"embed"
	"io/fs"
	"sync"
)

// SchemaVersion is the version of the file format described by the types in
// this package. meta.json must carry the same number.
const SchemaVersion = 1

//go:embed meta.json categories.json exam.json services/*.json comparisons
var files embed.FS

// FS returns the embedded data files: meta.json, categories.json, exam.json,
// services/*.json and comparisons/*.json. The file system is read-only.
func FS() fs.FS { return files }

//go:generate go run -tags awsnotes_notables ./internal/gentables -o tables.go

// embedded is the embedded files as a decoded set: the tables generated
// from them ahead of time (tables.go), or, in a build without them,
// decoded from the files on the first call.
var embedded = sync.OnceValues(func() (*Set, error) {
	if generated != nil {
		return generated, nil
	}
	return Decode(files)
})

// Embedded returns the embedded notes, decoded and validated on the first
// call. Each call returns a fresh deep copy: changing it never changes what
// Embedded, or the packages built on it, return later.
func Embedded() (*Set, error) {
	set, err := embedded()
	if err != nil {
		return nil, err
	}
	return set.Clone(), nil
}

// Version reports the version of the embedded notes (a date, "2026.11.22"),
// or "" if they cannot be decoded.
func Version() string {
	set, err := embedded()
	if err != nil {
		return ""
	}
	return set.Meta.Version
}
