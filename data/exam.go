package data

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strings"
)

const examFile = "exam.json"

// ExamFile is the shape of exam.json: the CLF-C02 exam's domains and task
// statements, from AWS's exam guide (version 1.0):
// https://d1.awsstatic.com/training-and-certification/docs-cloud-practitioner/AWS-Certified-Cloud-Practitioner_Exam-Guide.pdf
type ExamFile struct {
	Domains []Domain `json:"domains"`
	Tasks   []Task   `json:"tasks"`
}

// Domain is one content domain of the exam.
type Domain struct {
	ID      int    `json:"id"` // 1 to 4
	Korean  string `json:"korean"`
	English string `json:"english"`
	Weight  int    `json:"weight"` // percent of scored content
}

// Task is one task statement of the exam guide. Its ID is "D.N": the
// domain's number, a dot and the statement's number within the domain.
type Task struct {
	ID      string `json:"id"` // "2.3"
	Korean  string `json:"korean"`
	English string `json:"english"`
}

// Domain returns the number of the domain the task belongs to, or 0 for a
// malformed ID.
func (t Task) Domain() int {
	if !taskPattern.MatchString(t.ID) {
		return 0
	}
	return int(t.ID[0] - '0')
}

var taskPattern = regexp.MustCompile(`^[1-9]\.[1-9][0-9]?$`)

// datePattern is the shape of a date in the data: a day, or a month where
// AWS gives no day.
var datePattern = regexp.MustCompile(`^20[0-9]{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$`)

func decodeExam(fsys fs.FS) (ExamFile, error) {
	src := fsys
	if _, err := fs.Stat(fsys, examFile); errors.Is(err, fs.ErrNotExist) {
		src = files // the embedded exam taxonomy
	}
	var ef ExamFile
	b, err := fs.ReadFile(src, examFile)
	if err != nil {
		return ef, &Error{File: examFile, Err: err}
	}
	if err := strictUnmarshal(b, &ef); err != nil {
		return ef, &Error{File: examFile, Err: err}
	}
	if len(ef.Domains) == 0 || len(ef.Tasks) == 0 {
		return ef, &Error{File: examFile, Err: fmt.Errorf("%w: no domains or no tasks", ErrInvalid)}
	}
	domains := map[int]bool{}
	total := 0
	for i, d := range ef.Domains {
		fail := func(field string, err error) error {
			return &Error{File: examFile, Entry: fmt.Sprintf("domain %d", d.ID), Field: field, Err: err}
		}
		if d.ID != i+1 {
			return ef, fail("id", fmt.Errorf("%w: domains are numbered 1, 2, … in order; #%d is %d", ErrInvalid, i, d.ID))
		}
		domains[d.ID] = true
		if err := checkText(d.Korean, true); err != nil {
			return ef, fail("korean", err)
		}
		if err := checkText(d.English, true); err != nil {
			return ef, fail("english", err)
		}
		if d.Weight <= 0 || d.Weight > 100 {
			return ef, fail("weight", fmt.Errorf("%w: weight %d is not a percentage", ErrInvalid, d.Weight))
		}
		total += d.Weight
	}
	if total != 100 {
		return ef, &Error{File: examFile, Field: "domains", Err: fmt.Errorf("%w: weights add up to %d, not 100", ErrInvalid, total)}
	}
	seen := map[string]bool{}
	for _, t := range ef.Tasks {
		fail := func(field string, err error) error {
			return &Error{File: examFile, Entry: "task " + t.ID, Field: field, Err: err}
		}
		if !taskPattern.MatchString(t.ID) || !domains[t.Domain()] {
			return ef, fail("id", fmt.Errorf("%w: task %q is not DOMAIN.N for a known domain", ErrInvalid, t.ID))
		}
		if seen[t.ID] {
			return ef, fail("id", fmt.Errorf("%w: task %q", ErrDuplicate, t.ID))
		}
		seen[t.ID] = true
		if err := checkText(t.Korean, true); err != nil {
			return ef, fail("korean", err)
		}
		if err := checkText(t.English, true); err != nil {
			return ef, fail("english", err)
		}
	}
	return ef, nil
}

// checkSource rejects a source that is not an https URL on one of AWS's
// own sites: aws.amazon.com and its subdomains (docs.aws.amazon.com),
// awsstatic.com (the exam guides), repost.aws and amazon.com.
func checkSource(s string) error {
	if err := checkText(s, true); err != nil {
		return err
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil {
		return fmt.Errorf("%w: %q is not an https URL", ErrInvalid, s)
	}
	host := strings.ToLower(u.Hostname())
	for _, site := range []string{"aws.amazon.com", "awsstatic.com", "repost.aws", "amazon.com", "aws"} {
		if host == site && site != "aws" || strings.HasSuffix(host, "."+site) {
			return nil
		}
	}
	return fmt.Errorf("%w: %q is not on an AWS site", ErrInvalid, s)
}

// validateAdded checks the fields added beyond the notes, on one entry.
func validateAdded(e Entry) (string, error) {
	if e.Status != nil {
		if e.Status.Date != "" && !datePattern.MatchString(e.Status.Date) {
			return "status.date", fmt.Errorf("%w: %q is not YYYY-MM-DD or YYYY-MM", ErrInvalid, e.Status.Date)
		}
		if e.Status.Source != "" {
			if err := checkSource(e.Status.Source); err != nil {
				return "status.source", err
			}
		}
		if e.Status.Successor == e.ID && e.ID != "" {
			return "status.successor", fmt.Errorf("%w: an entry cannot succeed itself", ErrInvalid)
		}
	}
	if err := checkList(e.Tasks); err != nil {
		return "tasks", err
	}
	for i, f := range e.Facts {
		if err := checkText(f.Text, true); err != nil {
			return fmt.Sprintf("facts[%d].text", i), err
		}
		if err := checkSource(f.Source); err != nil {
			return fmt.Sprintf("facts[%d].source", i), err
		}
	}
	for i, c := range e.Cases {
		if err := checkText(c.Stem, true); err != nil {
			return fmt.Sprintf("cases[%d].stem", i), err
		}
		if err := checkText(c.Explanation, true); err != nil {
			return fmt.Sprintf("cases[%d].explanation", i), err
		}
		if err := checkSource(c.Source); err != nil {
			return fmt.Sprintf("cases[%d].source", i), err
		}
	}
	if err := checkList(e.Confusables); err != nil {
		return "confusables", err
	}
	for i, s := range e.Sources {
		if err := checkSource(s); err != nil {
			return fmt.Sprintf("sources[%d]", i), err
		}
	}
	if err := checkList(e.Sources); err != nil {
		return "sources", err
	}
	for i, c := range e.Corrections {
		field := fmt.Sprintf("corrections[%d]", i)
		if err := checkText(c.Line, true); err != nil {
			return field + ".line", err
		}
		if !hasLine(e, c.Line) {
			return field + ".line", fmt.Errorf("%w: %q is not a line of the entry's notes", ErrReference, c.Line)
		}
		if err := checkText(c.Text, true); err != nil {
			return field + ".text", err
		}
		if err := checkSource(c.Source); err != nil {
			return field + ".source", err
		}
	}
	if n := e.Notice; n != nil {
		if !datePattern.MatchString(n.Date) {
			return "notice.date", fmt.Errorf("%w: %q is not YYYY-MM-DD or YYYY-MM", ErrInvalid, n.Date)
		}
		if err := checkText(n.Text, true); err != nil {
			return "notice.text", err
		}
		if err := checkSource(n.Source); err != nil {
			return "notice.source", err
		}
	}
	return "", nil
}

func hasLine(e Entry, text string) bool {
	for _, n := range e.Notes {
		for _, l := range n.Lines {
			if l.Text == text {
				return true
			}
		}
	}
	return false
}

// validateAddedRefs checks the references of the added fields against the
// whole set: tasks, confusables and successors.
func validateAddedRefs(set *Set, ids map[string]int) error {
	tasks := map[string]bool{}
	for _, t := range set.Exam.Tasks {
		tasks[t.ID] = true
	}
	for i, e := range set.Entries {
		fail := func(field string, err error) error {
			return &Error{File: set.Files[i], Entry: e.ID, Field: field, Err: err}
		}
		for j, t := range e.Tasks {
			if !tasks[t] {
				return fail(fmt.Sprintf("tasks[%d]", j), fmt.Errorf("%w: task statement %q is not in %s", ErrReference, t, examFile))
			}
		}
		for j, c := range e.Confusables {
			if _, ok := ids[c]; !ok || c == e.ID {
				return fail(fmt.Sprintf("confusables[%d]", j), fmt.Errorf("%w: entry %q", ErrReference, c))
			}
		}
		if e.Status != nil && e.Status.Successor != "" {
			if _, ok := ids[e.Status.Successor]; !ok {
				return fail("status.successor", fmt.Errorf("%w: entry %q", ErrReference, e.Status.Successor))
			}
		}
	}
	return nil
}
