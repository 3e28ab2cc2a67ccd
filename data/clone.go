package data

import "slices"

// Clone returns a deep copy of the set: changing the copy, down to a
// line's highlights, leaves s as it was.
func (s *Set) Clone() *Set {
	if s == nil {
		return nil
	}
	out := &Set{
		Meta:        Meta{Schema: s.Meta.Schema, Version: s.Meta.Version, Sources: slices.Clone(s.Meta.Sources)},
		Categories:  make([]Category, len(s.Categories)),
		Entries:     make([]Entry, len(s.Entries)),
		Files:       slices.Clone(s.Files),
		Comparisons: make([]Comparison, len(s.Comparisons)),
		Exam:        ExamFile{Domains: slices.Clone(s.Exam.Domains), Tasks: slices.Clone(s.Exam.Tasks)},
	}
	for i, c := range s.Categories {
		c.Aliases = slices.Clone(c.Aliases)
		c.Sections = slices.Clone(c.Sections)
		out.Categories[i] = c
	}
	for i, e := range s.Entries {
		out.Entries[i] = e.clone()
	}
	for i, c := range s.Comparisons {
		out.Comparisons[i] = c.Clone()
	}
	return out
}

func (e Entry) clone() Entry {
	e.Aliases = slices.Clone(e.Aliases)
	e.Categories = slices.Clone(e.Categories)
	e.Related = slices.Clone(e.Related)
	if e.Status != nil {
		st := *e.Status
		e.Status = &st
	}
	if e.Notes != nil {
		notes := make([]Note, len(e.Notes))
		for i, n := range e.Notes {
			lines := make([]Line, len(n.Lines))
			for j, l := range n.Lines {
				l.Highlights = slices.Clone(l.Highlights)
				lines[j] = l
			}
			n.Lines = lines
			n.Images = slices.Clone(n.Images)
			n.Links = slices.Clone(n.Links)
			notes[i] = n
		}
		e.Notes = notes
	}
	if e.Scenarios != nil {
		sc := make([]Scenario, len(e.Scenarios))
		for i, x := range e.Scenarios {
			x.Also = slices.Clone(x.Also)
			sc[i] = x
		}
		e.Scenarios = sc
	}
	e.Mnemonics = slices.Clone(e.Mnemonics)
	e.Tasks = slices.Clone(e.Tasks)
	e.Facts = slices.Clone(e.Facts)
	e.Cases = slices.Clone(e.Cases)
	e.Confusables = slices.Clone(e.Confusables)
	e.Sources = slices.Clone(e.Sources)
	e.Corrections = slices.Clone(e.Corrections)
	if e.Notice != nil {
		n := *e.Notice
		e.Notice = &n
	}
	return e
}

// Clone returns a deep copy of the table.
func (c Comparison) Clone() Comparison {
	c.Services = slices.Clone(c.Services)
	c.Picks = slices.Clone(c.Picks)
	c.Sources = slices.Clone(c.Sources)
	c.Tasks = slices.Clone(c.Tasks)
	if c.Rows != nil {
		rows := make([]Row, len(c.Rows))
		for j, r := range c.Rows {
			rows[j] = Row{Aspect: r.Aspect, Cells: slices.Clone(r.Cells)}
		}
		c.Rows = rows
	}
	return c
}
