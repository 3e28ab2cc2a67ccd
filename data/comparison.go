package data

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

const comparisonsDir = "comparisons"

// ComparisonFile is the shape of each comparisons/*.json file.
type ComparisonFile struct {
	Comparisons []Comparison `json:"comparisons"`
}

// Comparison is a curated comparison table: the ones the notes draw
// ("ECS와 EKS의 차이") and the ones their entries imply. Package compare
// turns them into tables.
//
// Decoding checks that the ID is well formed and unique, every service is
// an entry, no two tables compare the same services (in any order), every
// row has one non-empty cell per service, there is one pick per service,
// and Section, when given, goes with a Source from meta.json under which at
// least one of the services has a note.
type Comparison struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Services []string `json:"services"` // entry IDs, in column order
	Rows     []Row    `json:"rows"`
	// Picks says, per service and in the same order, when to pick it.
	Picks []string `json:"picks"`
	// Section is the notes' own heading for the comparison, when the notes
	// draw it; "" for tables built from the entries' text.
	Section string `json:"section,omitempty"`
	Source  string `json:"source,omitempty"` // a Source ID, with Section
	// Sources are the AWS documentation pages the rows were checked
	// against, as https URLs.
	Sources []string `json:"sources,omitempty"`
	// Tasks are the exam's task statements the table serves ("4.1").
	Tasks []string `json:"tasks,omitempty"`
}

// Row is one aspect compared across the services.
type Row struct {
	Aspect string   `json:"aspect"`
	Cells  []string `json:"cells"` // one per service, in column order
}

func decodeComparisons(fsys fs.FS, set *Set) error {
	names, err := fs.Glob(fsys, path.Join(comparisonsDir, "*.json"))
	if err != nil {
		return &Error{File: comparisonsDir, Err: err}
	}
	ids := map[string]bool{}
	sections := map[string]bool{} // "entry\x00source\x00section" of every note
	for _, e := range set.Entries {
		ids[e.ID] = true
		for _, n := range e.Notes {
			sections[e.ID+"\x00"+n.Source+"\x00"+n.Section] = true
		}
	}
	sources := map[string]bool{}
	for _, s := range set.Meta.Sources {
		sources[s.ID] = true
	}
	seen := map[string]string{}
	sets := map[string]string{} // the sorted services of each table → its ID
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return &Error{File: name, Err: err}
		}
		var cf ComparisonFile
		if err := strictUnmarshal(b, &cf); err != nil {
			return &Error{File: name, Err: err}
		}
		for i, c := range cf.Comparisons {
			entry := c.ID
			if entry == "" {
				entry = fmt.Sprintf("#%d", i)
			}
			if field, err := validateComparison(c, ids, seen); err != nil {
				return &Error{File: name, Entry: entry, Field: field, Err: err}
			}
			for j, t := range c.Tasks {
				if !slices.ContainsFunc(set.Exam.Tasks, func(x Task) bool { return x.ID == t }) {
					return &Error{File: name, Entry: entry, Field: fmt.Sprintf("tasks[%d]", j),
						Err: fmt.Errorf("%w: task statement %q is not in %s", ErrReference, t, examFile)}
				}
			}
			if field, err := checkComparisonRefs(c, sets, sources, sections); err != nil {
				return &Error{File: name, Entry: entry, Field: field, Err: err}
			}
			seen[c.ID] = name
			set.Comparisons = append(set.Comparisons, c)
		}
	}
	return nil
}

func validateComparison(c Comparison, ids map[string]bool, seen map[string]string) (string, error) {
	if !idPattern.MatchString(c.ID) {
		return "id", fmt.Errorf("%w: not lower-case words joined by hyphens", ErrInvalid)
	}
	if other, dup := seen[c.ID]; dup {
		return "id", fmt.Errorf("%w: also used in %s", ErrDuplicate, other)
	}
	if err := checkText(c.Title, true); err != nil {
		return "title", err
	}
	if len(c.Services) < 2 {
		return "services", fmt.Errorf("%w: a comparison needs at least two services", ErrInvalid)
	}
	if err := checkList(c.Services); err != nil {
		return "services", err
	}
	for i, s := range c.Services {
		if !ids[s] {
			return fmt.Sprintf("services[%d]", i), fmt.Errorf("%w: entry %q", ErrReference, s)
		}
	}
	if len(c.Rows) == 0 {
		return "rows", fmt.Errorf("%w: a comparison needs at least one row", ErrInvalid)
	}
	for i, r := range c.Rows {
		if err := checkText(r.Aspect, true); err != nil {
			return fmt.Sprintf("rows[%d].aspect", i), err
		}
		if len(r.Cells) != len(c.Services) {
			return fmt.Sprintf("rows[%d].cells", i), fmt.Errorf("%w: %d cells for %d services", ErrInvalid, len(r.Cells), len(c.Services))
		}
		for j, cell := range r.Cells {
			if err := checkText(cell, true); err != nil {
				return fmt.Sprintf("rows[%d].cells[%d]", i, j), err
			}
		}
	}
	if len(c.Picks) != len(c.Services) {
		return "picks", fmt.Errorf("%w: %d picks for %d services", ErrInvalid, len(c.Picks), len(c.Services))
	}
	for i, p := range c.Picks {
		if err := checkText(p, true); err != nil {
			return fmt.Sprintf("picks[%d]", i), err
		}
	}
	if err := checkText(c.Section, false); err != nil {
		return "section", err
	}
	if (c.Section == "") != (c.Source == "") {
		return "source", fmt.Errorf("%w: section and source go together", ErrInvalid)
	}
	for i, s := range c.Sources {
		if err := checkSource(s); err != nil {
			return fmt.Sprintf("sources[%d]", i), err
		}
	}
	if err := checkList(c.Sources); err != nil {
		return "sources", err
	}
	if err := checkList(c.Tasks); err != nil {
		return "tasks", err
	}
	return "", nil
}

// checkComparisonRefs checks what needs the other tables and the entries'
// notes: no two tables compare the same services, the source is one of
// meta.json's, and the notes of at least one of the services sit under the
// section the table claims to come from.
func checkComparisonRefs(c Comparison, sets map[string]string, sources, sections map[string]bool) (string, error) {
	sorted := slices.Clone(c.Services)
	slices.Sort(sorted)
	key := strings.Join(sorted, "\x00")
	if other, dup := sets[key]; dup {
		return "services", fmt.Errorf("%w: %q compares the same services", ErrDuplicate, other)
	}
	sets[key] = c.ID
	if c.Source == "" {
		return "", nil
	}
	if len(sources) > 0 && !sources[c.Source] {
		return "source", fmt.Errorf("%w: %q is not in %s", ErrReference, c.Source, metaFile)
	}
	for _, s := range c.Services {
		if sections[s+"\x00"+c.Source+"\x00"+c.Section] {
			return "", nil
		}
	}
	return "section", fmt.Errorf("%w: no note of %s sits under section %q of %q", ErrReference, strings.Join(c.Services, ", "), c.Section, c.Source)
}
