package data

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	metaFile       = "meta.json"
	categoriesFile = "categories.json"
	servicesDir    = "services"
)

// idPattern is the shape of entry and category IDs: lower-case words joined
// by hyphens, so they read well in URLs and file names.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Decode reads and validates a data directory laid out like the embedded
// one. Entries come from services/*.json, or from *.json at the root when
// there is no services directory. meta.json and categories.json are
// optional: without them the embedded schema version and taxonomy apply.
// Curated comparison tables come from comparisons/*.json, if any.
//
// Decoding is strict: unknown fields, trailing data, empty required values,
// duplicate IDs and references to unknown entries, categories or sources are
// errors of type *Error that name the file and the entry.
func Decode(fsys fs.FS) (*Set, error) {
	if fsys == nil {
		return nil, &Error{File: ".", Err: fmt.Errorf("%w: nil file system", ErrInvalid)}
	}
	set := &Set{Meta: Meta{Schema: SchemaVersion}}
	if err := decodeOptional(fsys, metaFile, &set.Meta); err != nil {
		return nil, err
	}
	if set.Meta.Schema != SchemaVersion {
		return nil, &Error{File: metaFile, Field: "schema",
			Err: fmt.Errorf("%w: %d, this package reads %d", ErrInvalid, set.Meta.Schema, SchemaVersion)}
	}
	if err := validateMeta(set.Meta); err != nil {
		return nil, err
	}
	cats, err := decodeCategories(fsys)
	if err != nil {
		return nil, err
	}
	set.Categories = cats
	if set.Exam, err = decodeExam(fsys); err != nil {
		return nil, err
	}

	names, err := entryFiles(fsys)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		entries, ext, err := decodeEntryFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if len(ext) > 0 {
			return nil, &Error{File: name, Entry: ext[0].ID, Field: "extend",
				Err: fmt.Errorf("%w: only files read by Overlay (awsnotes.Extend) may add to a catalog's entries", ErrInvalid)}
		}
		for _, e := range entries {
			set.Entries = append(set.Entries, e)
			set.Files = append(set.Files, name)
		}
	}
	if len(set.Entries) == 0 {
		return nil, &Error{File: ".", Err: fmt.Errorf("%w in %s/*.json or *.json", ErrNoEntries, servicesDir)}
	}
	if err := validateSet(set); err != nil {
		return nil, err
	}
	if err := decodeComparisons(fsys, set); err != nil {
		return nil, err
	}
	return set, nil
}

func decodeOptional(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return &Error{File: name, Err: err}
	}
	if err := strictUnmarshal(b, v); err != nil {
		return &Error{File: name, Err: err}
	}
	return nil
}

func decodeCategories(fsys fs.FS) ([]Category, error) {
	src := fsys
	if _, err := fs.Stat(fsys, categoriesFile); err != nil {
		src = files // the embedded taxonomy
	}
	var cf CategoryFile
	b, err := fs.ReadFile(src, categoriesFile)
	if err != nil {
		return nil, &Error{File: categoriesFile, Err: err}
	}
	if err := strictUnmarshal(b, &cf); err != nil {
		return nil, &Error{File: categoriesFile, Err: err}
	}
	seen := map[string]bool{}
	for i, c := range cf.Categories {
		entry := c.ID
		if entry == "" {
			entry = fmt.Sprintf("#%d", i)
		}
		fail := func(field string, err error) error {
			return &Error{File: categoriesFile, Entry: entry, Field: field, Err: err}
		}
		if !idPattern.MatchString(c.ID) {
			return nil, fail("id", fmt.Errorf("%w: not lower-case words joined by hyphens", ErrInvalid))
		}
		if seen[c.ID] {
			return nil, fail("id", fmt.Errorf("%w: another category has this ID", ErrDuplicate))
		}
		seen[c.ID] = true
		for field, s := range map[string]string{"korean": c.Korean, "english": c.English, "aws": c.AWS} {
			if err := checkText(s, true); err != nil {
				return nil, fail(field, err)
			}
		}
		if err := checkList(c.Aliases); err != nil {
			return nil, fail("aliases", err)
		}
		if err := checkList(c.Sections); err != nil {
			return nil, fail("sections", err)
		}
	}
	if len(cf.Categories) == 0 {
		return nil, &Error{File: categoriesFile, Err: fmt.Errorf("%w: no categories", ErrInvalid)}
	}
	return cf.Categories, nil
}

func entryFiles(fsys fs.FS) ([]string, error) {
	pattern := path.Join(servicesDir, "*.json")
	if st, err := fs.Stat(fsys, servicesDir); err != nil || !st.IsDir() {
		pattern = "*.json"
	}
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, &Error{File: pattern, Err: err}
	}
	names = slices.DeleteFunc(names, func(n string) bool { return n == metaFile || n == categoriesFile || n == examFile })
	return names, nil
}

func decodeEntryFile(fsys fs.FS, name string) ([]Entry, []Extension, error) {
	entries, err := decodeEntries(fsys, name, "")
	if err != nil {
		return nil, nil, err
	}
	return entries.Entries, entries.Extend, nil
}

// decodeEntries reads one entry file. A note that names no source gets
// defaultSource, when that is not "".
func decodeEntries(fsys fs.FS, name, defaultSource string) (*EntryFile, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	var ef EntryFile
	if err := strictUnmarshal(b, &ef); err != nil {
		// Decode again entry by entry, only to name the one at fault.
		var raw struct {
			Entries []json.RawMessage `json:"entries"`
			Extend  []json.RawMessage `json:"extend"`
		}
		if err := strictUnmarshal(b, &raw); err != nil {
			return nil, &Error{File: name, Entry: brokenEntry(b), Err: err}
		}
		for i, r := range raw.Entries {
			var e Entry
			if err := strictUnmarshal(r, &e); err != nil {
				return nil, &Error{File: name, Entry: peekID(r, i), Err: err}
			}
		}
		for i, r := range raw.Extend {
			var x Extension
			if err := strictUnmarshal(r, &x); err != nil {
				return nil, &Error{File: name, Entry: peekID(r, i), Field: "extend", Err: err}
			}
		}
		return nil, &Error{File: name, Err: err}
	}
	for i, e := range ef.Entries {
		for j := range e.Notes {
			if e.Notes[j].Source == "" && defaultSource != "" {
				e.Notes[j].Source = defaultSource
			}
		}
		if field, err := validateEntry(e); err != nil {
			entry := e.ID
			if entry == "" {
				entry = fmt.Sprintf("#%d", i)
			}
			return nil, &Error{File: name, Entry: entry, Field: field, Err: err}
		}
	}
	return &ef, nil
}

// brokenEntry names, for a file that is not valid JSON, the entry of its
// "entries" array where the syntax breaks: its id when the entry starts
// with one, its position otherwise; "" when the break is outside the array.
func brokenEntry(b []byte) string {
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return ""
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return ""
		}
		if key != "entries" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return ""
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return ""
		}
		for i := 0; dec.More(); i++ {
			start := dec.InputOffset()
			var r json.RawMessage
			err := dec.Decode(&r)
			if err == nil {
				continue
			}
			if m := leadingID.FindSubmatch(b[start:]); m != nil {
				return string(m[1])
			}
			return fmt.Sprintf("#%d", i)
		}
		return ""
	}
	return ""
}

// leadingID reads the id of an entry whose JSON text starts with it (as
// the data files write them), even when the text breaks further on.
var leadingID = regexp.MustCompile(`^\s*,?\s*\{\s*"id"\s*:\s*"([^"\\]+)"`)

// peekID names an entry for an error message: its id if it has a readable
// one, its position otherwise.
func peekID(r json.RawMessage, i int) string {
	var v struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(r, &v) == nil && v.ID != "" {
		return v.ID
	}
	return fmt.Sprintf("#%d", i)
}

// strictUnmarshal is json.Unmarshal that rejects unknown fields, keys that
// match a field only when case is ignored, keys given twice and anything
// after the first value.
func strictUnmarshal(b []byte, v any) error {
	if !utf8.Valid(b) {
		return fmt.Errorf("%w: not valid UTF-8", ErrSyntax)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		// encoding/json starts its messages with "json: "; ours already
		// say the file is malformed.
		return fmt.Errorf("%w: %s", ErrSyntax, strings.TrimPrefix(err.Error(), "json: "))
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON value", ErrSyntax)
	}
	if t := reflect.TypeOf(v); t != nil && t.Kind() == reflect.Pointer {
		return checkKeys(b, t.Elem())
	}
	return nil
}

// checkText rejects strings that would surprise a reader or a lookup:
// empty (when required), padded, not NFC, or holding control characters.
func checkText(s string, required bool) error {
	switch {
	case s == "":
		if required {
			return fmt.Errorf("%w: empty", ErrInvalid)
		}
		return nil
	case strings.TrimSpace(s) != s:
		return fmt.Errorf("%w: %q has leading or trailing space", ErrInvalid, s)
	case !norm.NFC.IsNormalString(s):
		return fmt.Errorf("%w: %q is not in Unicode NFC", ErrInvalid, s)
	case strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || r == utf8.RuneError }):
		return fmt.Errorf("%w: %q holds a control or replacement character", ErrInvalid, s)
	}
	return nil
}

// checkList checks each string of an optional list and rejects repeats.
func checkList(list []string) error {
	for i, s := range list {
		if err := checkText(s, true); err != nil {
			return fmt.Errorf("[%d]: %w", i, err)
		}
		if slices.Index(list, s) != i {
			return fmt.Errorf("%w: %q listed twice", ErrDuplicate, s)
		}
	}
	return nil
}

func validateMeta(m Meta) error {
	fail := func(field string, err error) error { return &Error{File: metaFile, Field: field, Err: err} }
	if err := checkText(m.Version, false); err != nil {
		return fail("version", err)
	}
	for i, s := range m.Sources {
		field := fmt.Sprintf("sources[%d]", i)
		if !idPattern.MatchString(s.ID) {
			return fail(field, fmt.Errorf("%w: source id %q", ErrInvalid, s.ID))
		}
		if err := checkText(s.File, true); err != nil {
			return fail(field+".file", err)
		}
		if err := checkText(s.Title, true); err != nil {
			return fail(field+".title", err)
		}
	}
	return nil
}

// validateEntry checks one entry on its own and returns the faulty field.
func validateEntry(e Entry) (string, error) {
	if !idPattern.MatchString(e.ID) {
		return "id", fmt.Errorf("%w: not lower-case words joined by hyphens", ErrInvalid)
	}
	required := []struct {
		field, value string
	}{{"name", e.Name}, {"reading", e.Reading}, {"summary", e.Summary}, {"kind", e.Kind}}
	for _, r := range required {
		if err := checkText(r.value, true); err != nil {
			return r.field, err
		}
	}
	for _, o := range []struct{ field, value string }{{"short", e.Short}, {"abbr", e.Abbr}} {
		if err := checkText(o.value, false); err != nil {
			return o.field, err
		}
	}
	if !slices.Contains(kinds, e.Kind) {
		return "kind", fmt.Errorf("%w: %q is not one of %s", ErrInvalid, e.Kind, strings.Join(kinds, ", "))
	}
	if err := checkList(e.Aliases); err != nil {
		return "aliases", err
	}
	if len(e.Categories) == 0 {
		return "categories", fmt.Errorf("%w: an entry needs at least one category", ErrInvalid)
	}
	if err := checkList(e.Categories); err != nil {
		return "categories", err
	}
	if err := checkList(e.Related); err != nil {
		return "related", err
	}
	if slices.Contains(e.Related, e.ID) {
		return "related", fmt.Errorf("%w: an entry cannot be related to itself", ErrInvalid)
	}
	if e.Status != nil {
		if !slices.Contains(states, e.Status.State) {
			return "status.state", fmt.Errorf("%w: %q is not one of %s", ErrInvalid, e.Status.State, strings.Join(states, ", "))
		}
		if err := checkText(e.Status.Note, true); err != nil {
			return "status.note", err
		}
	}
	for i, n := range e.Notes {
		if field, err := validateNote(n); err != nil {
			return fmt.Sprintf("notes[%d].%s", i, field), err
		}
	}
	for i, s := range e.Scenarios {
		if err := checkText(s.Quote, true); err != nil {
			return fmt.Sprintf("scenarios[%d].quote", i), err
		}
		if err := checkText(s.Outcome, false); err != nil {
			return fmt.Sprintf("scenarios[%d].outcome", i), err
		}
		if err := checkList(s.Also); err != nil {
			return fmt.Sprintf("scenarios[%d].also", i), err
		}
	}
	if field, err := validateAdded(e); err != nil {
		return field, err
	}
	for i, m := range e.Mnemonics {
		if err := checkText(m.Word, true); err != nil {
			return fmt.Sprintf("mnemonics[%d].word", i), err
		}
		if err := checkText(m.Meaning, true); err != nil {
			return fmt.Sprintf("mnemonics[%d].meaning", i), err
		}
	}
	return "", nil
}

func validateNote(n Note) (string, error) {
	for _, r := range []struct{ field, value string }{{"source", n.Source}, {"section", n.Section}, {"heading", n.Heading}} {
		if err := checkText(r.value, true); err != nil {
			return r.field, err
		}
	}
	if err := checkText(n.Remark, false); err != nil {
		return "remark", err
	}
	if len(n.Lines) == 0 {
		return "lines", fmt.Errorf("%w: a note needs at least one line", ErrInvalid)
	}
	prev := -1
	for i, l := range n.Lines {
		field := fmt.Sprintf("lines[%d]", i)
		if err := checkText(l.Text, true); err != nil {
			return field + ".text", err
		}
		if l.Depth < 0 || l.Depth > prev+1 {
			return field + ".depth", fmt.Errorf("%w: depth %d after depth %d", ErrInvalid, l.Depth, max(prev, 0))
		}
		prev = l.Depth
		if err := checkList(l.Highlights); err != nil {
			return field + ".highlights", err
		}
		for _, h := range l.Highlights {
			if !strings.Contains(l.Text, h) {
				return field + ".highlights", fmt.Errorf("%w: highlight %q is not in the line's text", ErrInvalid, h)
			}
		}
	}
	if err := checkList(n.Images); err != nil {
		return "images", err
	}
	for i, l := range n.Links {
		if err := checkText(l.Title, true); err != nil {
			return fmt.Sprintf("links[%d].title", i), err
		}
		if err := checkText(l.URL, true); err != nil {
			return fmt.Sprintf("links[%d].url", i), err
		}
	}
	return "", nil
}

// validateSet checks what needs the whole set: unique IDs and references.
func validateSet(set *Set) error {
	ids := make(map[string]int, len(set.Entries))
	for i, e := range set.Entries {
		if j, dup := ids[e.ID]; dup {
			return &Error{File: set.Files[i], Entry: e.ID, Field: "id",
				Err: fmt.Errorf("%w: also used in %s", ErrDuplicate, set.Files[j])}
		}
		ids[e.ID] = i
	}
	if err := validateAddedRefs(set, ids); err != nil {
		return err
	}
	cats := map[string]bool{}
	for _, c := range set.Categories {
		cats[c.ID] = true
	}
	sources := map[string]bool{}
	for _, s := range set.Meta.Sources {
		sources[s.ID] = true
	}
	for i, e := range set.Entries {
		fail := func(field string, err error) error {
			return &Error{File: set.Files[i], Entry: e.ID, Field: field, Err: err}
		}
		for j, c := range e.Categories {
			if !cats[c] {
				return fail(fmt.Sprintf("categories[%d]", j), fmt.Errorf("%w: category %q", ErrReference, c))
			}
		}
		for j, r := range e.Related {
			if _, ok := ids[r]; !ok {
				return fail(fmt.Sprintf("related[%d]", j), fmt.Errorf("%w: entry %q", ErrReference, r))
			}
		}
		for j, s := range e.Scenarios {
			for k, r := range s.Also {
				if _, ok := ids[r]; !ok || r == e.ID {
					return fail(fmt.Sprintf("scenarios[%d].also[%d]", j, k), fmt.Errorf("%w: entry %q", ErrReference, r))
				}
			}
		}
		if len(sources) > 0 {
			for j, n := range e.Notes {
				if !sources[n.Source] {
					return fail(fmt.Sprintf("notes[%d].source", j), fmt.Errorf("%w: %q is not in %s", ErrReference, n.Source, metaFile))
				}
			}
		}
	}
	return nil
}
