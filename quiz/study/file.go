package study

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v3"
)

// The progress file's format.
const (
	// Format names the file's contents, in its "format" field.
	Format = "awsnotes-study-progress"
	// Version is the file version this package writes and reads; a file
	// of a later version is refused with ErrVersion.
	Version = 1
)

// Errors Load, Decode and Save return inside a *FileError, for errors.Is.
var (
	// ErrCorrupt: the file is not a progress file this package can read:
	// not JSON, cut short, an unknown field, a review without an ID, a
	// ref or a time, a rating out of range.
	ErrCorrupt = errors.New("progress file is corrupt")
	// ErrVersion: the file was written by a later version of this
	// package.
	ErrVersion = errors.New("progress file is from a newer version")
	// ErrLocked: another process kept the file locked longer than Save
	// waits.
	ErrLocked = errors.New("progress file is locked by another process")
)

// FileError is a progress file that could not be read or written: which
// file, what was being done, and why. A file that could not be read is
// left as it is.
type FileError struct {
	Path string // the file
	Op   string // "load" or "save"
	Err  error  // ErrCorrupt, ErrVersion, ErrLocked or an *fs.PathError
	// Detail says more: "unexpected end of JSON input", "version 3".
	Detail string
}

// Error names the file and the problem.
func (e *FileError) Error() string {
	s := fmt.Sprintf("study: %s %s: %v", e.Op, e.Path, e.Err)
	if e.Detail != "" {
		s += ": " + e.Detail
	}
	if errors.Is(e.Err, ErrCorrupt) || errors.Is(e.Err, ErrVersion) {
		s += " (the file was left as it is)"
	}
	return s
}

// Unwrap returns the cause, for errors.Is.
func (e *FileError) Unwrap() error { return e.Err }

// file is the JSON form of a progress.
type file struct {
	Format    string           `json:"format"`
	Version   int              `json:"version"`
	Scheduler Options          `json:"scheduler"`
	Questions map[string]Topic `json:"questions"`
	Reviews   []Review         `json:"reviews"`
}

// Encode writes the progress as versioned JSON: the scheduler options,
// what each question answered is about, and the history, oldest first.
// Cards are not written: they are replayed from the history on Decode.
func (p *Progress) Encode(w io.Writer) error {
	b, err := p.marshal()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

func (p *Progress) marshal() ([]byte, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	// One question and one review a line: readable, and a third of the
	// size of indenting every field.
	out := bytes.NewBuffer(make([]byte, 0, 256+len(p.topics)*160+len(p.reviews)*120))
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	put := func(v any) error {
		if err := enc.Encode(v); err != nil {
			return err
		}
		out.Truncate(out.Len() - 1) // Encode's newline
		return nil
	}
	fmt.Fprintf(out, "{\n \"format\": %q,\n \"version\": %d,\n \"scheduler\": ", Format, Version)
	if err := put(p.opts); err != nil {
		return nil, err
	}
	out.WriteString(",\n \"questions\": {")
	for i, ref := range slices.Sorted(maps.Keys(p.topics)) {
		if i > 0 {
			out.WriteString(",")
		}
		out.WriteString("\n  ")
		if err := put(ref); err != nil {
			return nil, err
		}
		out.WriteString(": ")
		if err := put(p.topics[ref]); err != nil {
			return nil, err
		}
	}
	if len(p.topics) > 0 {
		out.WriteString("\n ")
	}
	out.WriteString("},\n \"reviews\": [")
	var line []byte
	for i, r := range p.reviews {
		if i > 0 {
			out.WriteString(",")
		}
		out.WriteString("\n  ")
		if !plain(r.ID) || !plain(r.Ref) {
			if err := put(r); err != nil {
				return nil, err
			}
			continue
		}
		// What encoding/json writes, without its reflection: a year's
		// history is some 30,000 lines.
		line = append(line[:0], `{"id":"`...)
		line = append(line, r.ID...)
		line = append(line, `","ref":"`...)
		line = append(line, r.Ref...)
		line = append(line, `","at":"`...)
		line = r.At.AppendFormat(line, time.RFC3339Nano)
		line = append(line, `","rating":`...)
		line = strconv.AppendInt(line, int64(r.Rating), 10)
		line = append(line, '}')
		out.Write(line)
	}
	if len(p.reviews) > 0 {
		out.WriteString("\n ")
	}
	out.WriteString("]\n}\n")
	return out.Bytes(), nil
}

// plain reports whether s needs no escaping in JSON, as encoding/json
// writes it with SetEscapeHTML(false).
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// Decode reads a progress Encode wrote. What it cannot read is an error
// wrapping ErrCorrupt or ErrVersion (in a *FileError without a path).
func Decode(r io.Reader) (*Progress, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return decode(b)
}

func decode(b []byte) (*Progress, error) {
	corrupt := func(detail string) error { return &FileError{Op: "load", Err: ErrCorrupt, Detail: detail} }
	// The header first, leniently, so a later version with fields this
	// one does not know is ErrVersion, not ErrCorrupt.
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, corrupt(err.Error())
	}
	if head.Format != Format {
		return nil, corrupt(fmt.Sprintf("format %q, want %q", head.Format, Format))
	}
	if head.Version > Version {
		return nil, &FileError{Op: "load", Err: ErrVersion, Detail: fmt.Sprintf("version %d; this program reads up to %d", head.Version, Version)}
	}
	if head.Version < 1 {
		return nil, corrupt(fmt.Sprintf("version %d", head.Version))
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, corrupt(err.Error())
	}
	if dec.More() {
		return nil, corrupt("data after the progress")
	}
	p, err := New(f.Scheduler)
	if err != nil {
		return nil, corrupt(err.Error())
	}
	for ref, t := range f.Questions {
		if ref == "" {
			return nil, corrupt("a question without a ref")
		}
		p.topics[ref] = t
	}
	for i, r := range f.Reviews {
		switch {
		case r.ID == "":
			return nil, corrupt(fmt.Sprintf("review %d has no id", i+1))
		case p.ids[r.ID]:
			return nil, corrupt(fmt.Sprintf("review %d repeats id %s", i+1, r.ID))
		case r.Ref == "":
			return nil, corrupt(fmt.Sprintf("review %d has no ref", i+1))
		case r.At.IsZero():
			return nil, corrupt(fmt.Sprintf("review %d has no time", i+1))
		case r.Rating < fsrs.Again || r.Rating > fsrs.Easy:
			return nil, corrupt(fmt.Sprintf("review %d has rating %d", i+1, r.Rating))
		}
		r.Correct = r.Rating > fsrs.Again
		r.At = r.At.UTC()
		p.ids[r.ID] = true
		p.reviews = append(p.reviews, r)
	}
	slices.SortFunc(p.reviews, reviewOrder)
	p.rebuild()
	return p, nil
}

// Load reads the progress file at path. A missing file is an error
// wrapping fs.ErrNotExist (see Open); an unreadable one, the *fs.PathError;
// a corrupt, truncated or later-version file, a *FileError naming path and
// wrapping ErrCorrupt or ErrVersion. Load never writes.
func Load(path string) (*Progress, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{Path: path, Op: "load", Err: err}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &FileError{Path: path, Op: "load", Err: err}
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, &FileError{Path: path, Op: "load", Err: err}
	}
	p, err := decode(b)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			fe.Path = path
		}
		return nil, err
	}
	p.disk, p.diskPath = fi, path
	return p, nil
}

// Open loads the progress file at path, or returns an empty progress with
// opts when there is none yet. Other errors are Load's. The options of an
// existing file are its own.
func Open(path string, opts Options) (*Progress, error) {
	p, err := Load(path)
	if errors.Is(err, fs.ErrNotExist) {
		return New(opts)
	}
	return p, err
}

// DefaultPath returns where a learner's progress lives by default:
// awsnotes/progress.json in os.UserConfigDir().
func DefaultPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("study: %w", err)
	}
	return filepath.Join(dir, "awsnotes", "progress.json"), nil
}

// Save writes the progress to path so that no answer is lost: under a lock
// on path (a lock file beside it, path+".lock", held only while saving),
// it reads the file if another process has saved it since p last read or
// wrote it (a new file in place, by inode, size and time), merges that
// history into p by review ID (so p gains the other process's answers and
// cards are replayed from the merged history), and writes the result to a
// temporary file in the same folder, syncs it and renames it over path,
// then syncs the folder. A crash at any moment leaves the old file or the
// new one. A file at path that cannot be read is not overwritten: Save
// returns Load's error. The folder is created if missing.
func (p *Progress) Save(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &FileError{Path: path, Op: "save", Err: err}
	}
	unlock, err := lockFile(path + ".lock")
	if err != nil {
		return &FileError{Path: path, Op: "save", Err: err}
	}
	defer unlock()
	if !p.unchanged(path) {
		disk, err := Load(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return err
		default:
			p.Merge(disk)
		}
	}
	b, err := p.marshal()
	if err != nil {
		return &FileError{Path: path, Op: "save", Err: err}
	}
	if err := writeAtomic(path, b); err != nil {
		return &FileError{Path: path, Op: "save", Err: err}
	}
	fi, err := os.Stat(path) // still under the lock: the file just written
	p.mu.Lock()
	p.disk, p.diskPath = fi, path
	if err != nil {
		p.disk = nil
	}
	p.mu.Unlock()
	return nil
}

// unchanged reports whether the file at path is the very file this
// progress last read or wrote: the same inode, size and time. Every save
// renames a new file into place, so another process's save is never the
// same file.
func (p *Progress) unchanged(path string) bool {
	p.mu.Lock()
	last, lastPath := p.disk, p.diskPath
	p.mu.Unlock()
	if last == nil || lastPath != path {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && os.SameFile(fi, last) && fi.Size() == last.Size() && fi.ModTime().Equal(last.ModTime())
}

// Merge adds to p every review of other that p does not hold (by ID), and
// what other's questions are about where p does not know; cards are
// replayed from the merged history. It reports how many reviews it added.
func (p *Progress) Merge(other *Progress) int {
	if other == p {
		return 0
	}
	other.mu.Lock()
	reviews := slices.Clone(other.reviews)
	topics := make(map[string]Topic, len(other.topics))
	for k, v := range other.topics {
		topics[k] = v.clone()
	}
	other.mu.Unlock()
	p.mu.Lock()
	defer p.mu.Unlock()
	added := 0
	refs := map[string]bool{}
	for _, r := range reviews {
		if !p.ids[r.ID] {
			p.ids[r.ID] = true
			p.reviews = append(p.reviews, r)
			refs[r.Ref] = true
			added++
		}
	}
	for ref, t := range topics {
		if _, ok := p.topics[ref]; !ok {
			p.topics[ref] = t
		}
	}
	if added > 0 {
		slices.SortFunc(p.reviews, reviewOrder)
		p.rebuildRefs(refs)
	}
	return added
}
