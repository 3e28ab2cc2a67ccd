package data

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
)

// OverlaySource is the source ID a note in an overlay gets when it names
// none: the user's own notes.
const OverlaySource = "my-notes"

// Overlay reads a folder of the user's own notes on top of base and returns
// the merged set; base is left as it was. The folder is laid out as Decode
// reads one (services/*.json, or *.json at its root; meta.json optional),
// and its entry files may hold two lists:
//
//   - "entries": new entries, in the full schema, whose references
//     (related, confusables, scenarios' also, status successor) may name
//     base entries or each other;
//   - "extend": additions to base entries, named by ID: aliases, related,
//     notes, scenarios, mnemonics, facts, cases, confusables and sources,
//     each appended to the entry's own.
//
// A note that names no source gets OverlaySource ("my-notes"); a meta.json
// in the folder adds its sources to base's. The folder's comparisons/*.json
// add curated tables. Categories and the exam's task statements are base's.
//
// Errors are *Error naming the overlay's file and entry, as Decode's are:
// ErrDuplicate for an entry ID base already has, ErrReference for an
// extension of an entry that does not exist or a reference to none,
// ErrSyntax and ErrInvalid as in Decode. A folder with neither entries nor
// extensions is ErrNoEntries.
func Overlay(base *Set, fsys fs.FS) (*Set, error) {
	if base == nil {
		return nil, &Error{File: ".", Err: fmt.Errorf("%w: nil base set", ErrInvalid)}
	}
	if fsys == nil {
		return nil, &Error{File: ".", Err: fmt.Errorf("%w: nil file system", ErrInvalid)}
	}
	if _, err := fs.Stat(fsys, "."); err != nil {
		return nil, &Error{File: ".", Err: err} // a folder that is not there: errors.Is(err, fs.ErrNotExist)
	}
	set := base.Clone()
	var meta Meta
	if err := decodeOptional(fsys, metaFile, &meta); err != nil {
		return nil, err
	}
	if meta.Schema != 0 && meta.Schema != SchemaVersion {
		return nil, &Error{File: metaFile, Field: "schema",
			Err: fmt.Errorf("%w: %d, this package reads %d", ErrInvalid, meta.Schema, SchemaVersion)}
	}
	if err := validateMeta(meta); err != nil {
		return nil, err
	}
	for i, s := range meta.Sources {
		if slices.ContainsFunc(set.Meta.Sources, func(x Source) bool { return x.ID == s.ID }) {
			return nil, &Error{File: metaFile, Field: fmt.Sprintf("sources[%d]", i),
				Err: fmt.Errorf("%w: source %q is already the catalog's", ErrDuplicate, s.ID)}
		}
		set.Meta.Sources = append(set.Meta.Sources, s)
	}

	names, err := entryFiles(fsys)
	if err != nil {
		return nil, err
	}
	names = slices.DeleteFunc(names, func(n string) bool { return path.Dir(n) == comparisonsDir })
	type extension struct {
		file string
		ext  Extension
	}
	var exts []extension
	added := 0
	for _, name := range names {
		ef, err := decodeEntries(fsys, name, OverlaySource)
		if err != nil {
			return nil, err
		}
		for _, e := range ef.Entries {
			set.Entries = append(set.Entries, e)
			set.Files = append(set.Files, name)
			added++
		}
		for _, x := range ef.Extend {
			exts = append(exts, extension{name, x})
		}
	}
	if added == 0 && len(exts) == 0 {
		return nil, &Error{File: ".", Err: fmt.Errorf("%w or extensions in %s/*.json or *.json", ErrNoEntries, servicesDir)}
	}
	ids := make(map[string]int, len(set.Entries))
	for i, e := range set.Entries {
		if j, dup := ids[e.ID]; dup && j < len(base.Entries) {
			return nil, &Error{File: set.Files[i], Entry: e.ID, Field: "id",
				Err: fmt.Errorf("%w: a built-in entry has this ID; to add to that entry, list it under \"extend\"", ErrDuplicate)}
		}
		ids[e.ID] = i
	}
	for _, x := range exts {
		if field, err := checkExtensionRefs(x.ext, ids); err != nil {
			return nil, &Error{File: x.file, Entry: x.ext.ID, Field: field, Err: err}
		}
	}
	for _, x := range exts {
		i, ok := ids[x.ext.ID]
		if !ok || i >= len(base.Entries) {
			return nil, &Error{File: x.file, Entry: x.ext.ID, Field: "id",
				Err: fmt.Errorf("%w: the catalog has no such entry to extend", ErrReference)}
		}
		e := set.Entries[i]
		e.Aliases = append(e.Aliases, x.ext.Aliases...)
		e.Related = append(e.Related, x.ext.Related...)
		for _, n := range x.ext.Notes {
			if n.Source == "" {
				n.Source = OverlaySource
			}
			e.Notes = append(e.Notes, n)
		}
		e.Scenarios = append(e.Scenarios, x.ext.Scenarios...)
		e.Mnemonics = append(e.Mnemonics, x.ext.Mnemonics...)
		e.Facts = append(e.Facts, x.ext.Facts...)
		e.Cases = append(e.Cases, x.ext.Cases...)
		e.Confusables = append(e.Confusables, x.ext.Confusables...)
		e.Sources = append(e.Sources, x.ext.Sources...)
		if field, err := validateEntry(e); err != nil {
			return nil, &Error{File: x.file, Entry: x.ext.ID, Field: field, Err: err}
		}
		set.Entries[i] = e
		set.Files[i] = x.file // errors about the entry from now on name the file that changed it
	}
	if usesSource(set, OverlaySource) && !slices.ContainsFunc(set.Meta.Sources, func(x Source) bool { return x.ID == OverlaySource }) {
		set.Meta.Sources = append(set.Meta.Sources, Source{ID: OverlaySource, File: ".", Title: "내 노트"})
	}
	if err := validateSet(set); err != nil {
		return nil, err
	}
	baseTables := len(set.Comparisons)
	if err := decodeComparisons(fsys, set); err != nil {
		return nil, err
	}
	if err := checkOverlayTables(set, baseTables); err != nil {
		return nil, err
	}
	return set, nil
}

// checkExtensionRefs checks the references an extension adds, so that an
// error names the position in the user's own list, not in the merged one.
func checkExtensionRefs(x Extension, ids map[string]int) (string, error) {
	ref := func(field string, list []string) (string, error) {
		for j, r := range list {
			if _, ok := ids[r]; !ok || r == x.ID {
				return fmt.Sprintf("%s[%d]", field, j), fmt.Errorf("%w: entry %q", ErrReference, r)
			}
		}
		return "", nil
	}
	if field, err := ref("related", x.Related); err != nil {
		return field, err
	}
	if field, err := ref("confusables", x.Confusables); err != nil {
		return field, err
	}
	for j, sc := range x.Scenarios {
		if field, err := ref(fmt.Sprintf("scenarios[%d].also", j), sc.Also); err != nil {
			return field, err
		}
	}
	return "", nil
}

func usesSource(set *Set, id string) bool {
	for _, e := range set.Entries {
		for _, n := range e.Notes {
			if n.Source == id {
				return true
			}
		}
	}
	return false
}

// checkOverlayTables rejects an overlay table whose ID, or set of
// services, a base table already has.
func checkOverlayTables(set *Set, baseTables int) error {
	for _, c := range set.Comparisons[baseTables:] {
		for _, b := range set.Comparisons[:baseTables] {
			if b.ID == c.ID {
				return &Error{File: comparisonsDir, Entry: c.ID, Field: "id", Err: fmt.Errorf("%w: the catalog has a table %q", ErrDuplicate, c.ID)}
			}
			if sameMembers(b.Services, c.Services) {
				return &Error{File: comparisonsDir, Entry: c.ID, Field: "services", Err: fmt.Errorf("%w: table %q compares the same services", ErrDuplicate, b.ID)}
			}
		}
	}
	return nil
}

func sameMembers(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
