package awsnotes

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// Catalog is a decoded, indexed set of notes. The package-level functions
// use the catalog built from the embedded notes; Load builds one from your
// own files. A Catalog is immutable and safe for concurrent use; everything
// it returns is a copy.
type Catalog struct {
	services []Service
	byID     map[ID]int
	byKey    map[string]int // textnorm.Key of every name → index
	sources  []Source
	version  string
	search   *searchIndex
	set      *data.Set // what the catalog was built from, for Extend and CuratedTables; never handed out
}

// Load reads notes in the embedded schema from fsys (see package data):
// entries from services/*.json, or from *.json at the root when there is no
// services directory; meta.json and categories.json are optional. Errors are
// of type *data.Error, naming the file and the entry, and wrap one of the
// data.Err… values or ErrAmbiguousName.
func Load(fsys fs.FS) (*Catalog, error) {
	set, err := data.Decode(fsys)
	if err != nil {
		return nil, err
	}
	return newCatalog(set)
}

// Extend returns a new catalog: the embedded notes with a folder of your
// own on top. See Catalog.Extend.
func Extend(fsys fs.FS) (*Catalog, error) {
	c, err := Default()
	if err != nil {
		return nil, err
	}
	return c.Extend(fsys)
}

// Extend returns a new catalog: c's entries with a folder of your own on
// top, read by data.Overlay. The folder's services/*.json (or *.json) may
// add entries ("entries", the full schema) and add aliases, notes,
// scenarios, mnemonics, facts, cases, related and confusable entries to
// c's entries by ID ("extend"); references may name c's entries. c itself
// is left as it was.
//
// Errors are *data.Error naming the folder's file and entry, wrapping a
// data.Err… value, or ErrAmbiguousName when a name you add is already
// another entry's.
func (c *Catalog) Extend(fsys fs.FS) (*Catalog, error) {
	if c == nil || c.set == nil {
		return nil, &data.Error{File: ".", Err: fmt.Errorf("%w: no catalog to extend", data.ErrInvalid)}
	}
	set, err := data.Overlay(c.set, fsys)
	if err != nil {
		return nil, err
	}
	ext, err := newCatalog(set)
	if err != nil {
		return nil, c.inExtension(err)
	}
	return ext, nil
}

// inExtension makes an error about a built-in entry's aliases or notes,
// which an extension added to, count positions in the extension's own
// list ("aliases[0]"), as the user's file has them, not in the merged one.
func (c *Catalog) inExtension(err error) error {
	var de *data.Error
	if !errors.As(err, &de) {
		return err
	}
	i, ok := c.byID[ID(de.Entry)]
	if !ok {
		return err
	}
	base := c.services[i]
	for _, f := range []struct {
		name string
		n    int
	}{{"aliases", len(base.Aliases)}, {"notes", len(base.Notes)}} {
		var k int
		var rest string
		if n, _ := fmt.Sscanf(de.Field, f.name+"[%d]%s", &k, &rest); n >= 1 && k >= f.n {
			moved := *de
			moved.Field = fmt.Sprintf("%s[%d]%s", f.name, k-f.n, strings.TrimPrefix(de.Field, fmt.Sprintf("%s[%d]", f.name, k)))
			return &moved
		}
	}
	return err
}

// CuratedTables returns the curated comparison tables of the catalog's
// files (comparisons/*.json), in file order. Package compare renders them;
// the slice is the caller's.
func (c *Catalog) CuratedTables() []data.Comparison {
	if c == nil || c.set == nil {
		return nil
	}
	out := make([]data.Comparison, len(c.set.Comparisons))
	for i, t := range c.set.Comparisons {
		out[i] = t.Clone()
	}
	return out
}

func newCatalog(set *data.Set) (*Catalog, error) {
	c := &Catalog{
		services: make([]Service, len(set.Entries)),
		byID:     make(map[ID]int, len(set.Entries)),
		byKey:    make(map[string]int, 8*len(set.Entries)),
		version:  set.Meta.Version,
		set:      set,
	}
	for _, s := range set.Meta.Sources {
		c.sources = append(c.sources, Source{ID: s.ID, File: s.File, Title: s.Title})
	}
	// All promises entries by primary category in the taxonomy's order,
	// then in file order: sort a permutation, stably, so a user's files
	// named in any order still list compute before analytics.
	rank := make(map[string]int, len(set.Categories))
	for i, cat := range set.Categories {
		rank[cat.ID] = i
	}
	order := make([]int, len(set.Entries))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return rank[set.Entries[a].Categories[0]] - rank[set.Entries[b].Categories[0]]
	})
	files := make([]string, len(order))
	for i, k := range order {
		e := set.Entries[k]
		c.services[i] = fromData(e)
		c.byID[ID(e.ID)] = i
		files[i] = set.Files[k]
	}
	for i, s := range c.services {
		type named struct{ field, name string }
		names := []named{{"id", string(s.ID)}, {"name", s.Name}, {"short", s.Short}, {"abbr", s.Abbr}, {"reading", s.Reading}}
		for j, a := range s.Aliases {
			names = append(names, named{fmt.Sprintf("aliases[%d]", j), a})
		}
		for j, n := range s.Notes {
			names = append(names, named{fmt.Sprintf("notes[%d].heading", j), n.Heading})
		}
		for _, n := range names {
			key := textnorm.Key(n.name)
			if key == "" {
				continue
			}
			if j, taken := c.byKey[key]; taken && j != i {
				return nil, &data.Error{File: files[i], Entry: string(s.ID), Field: n.field,
					Err: fmt.Errorf("%w: %q is also a name of %q", ErrAmbiguousName, n.name, c.services[j].ID)}
			}
			c.byKey[key] = i
		}
	}
	c.search = buildSearchIndex(c.services)
	return c, nil
}

func fromData(e data.Entry) Service {
	s := Service{
		ID: ID(e.ID), Name: e.Name, Short: e.Short, Abbr: e.Abbr, Reading: e.Reading,
		Aliases: slices.Clone(e.Aliases), Kind: Kind(e.Kind), Summary: e.Summary,
	}
	for _, c := range e.Categories {
		s.Categories = append(s.Categories, category.ID(c))
	}
	for _, r := range e.Related {
		s.Related = append(s.Related, ID(r))
	}
	if e.Status != nil {
		s.Status = Status{State: State(e.Status.State), Note: e.Status.Note, Date: e.Status.Date,
			Successor: ID(e.Status.Successor), Source: e.Status.Source}
	}
	for _, t := range e.Tasks {
		s.Tasks = append(s.Tasks, category.Task(t))
	}
	for _, f := range e.Facts {
		s.Facts = append(s.Facts, Fact{Text: f.Text, Source: f.Source})
	}
	for _, c := range e.Cases {
		s.Cases = append(s.Cases, Case{Stem: c.Stem, Explanation: c.Explanation, Source: c.Source})
	}
	for _, c := range e.Confusables {
		s.Confusables = append(s.Confusables, ID(c))
	}
	s.Sources = slices.Clone(e.Sources)
	for _, c := range e.Corrections {
		s.Corrections = append(s.Corrections, Correction{Line: c.Line, Text: c.Text, Source: c.Source})
	}
	if e.Notice != nil {
		s.Notice = &Notice{Date: e.Notice.Date, Text: e.Notice.Text, Source: e.Notice.Source}
	}
	for _, n := range e.Notes {
		note := Note{Source: n.Source, Section: n.Section, Heading: n.Heading, Remark: n.Remark, Images: slices.Clone(n.Images)}
		for _, l := range n.Lines {
			note.Lines = append(note.Lines, Line{Text: l.Text, Depth: l.Depth, Highlights: slices.Clone(l.Highlights)})
		}
		for _, l := range n.Links {
			note.Links = append(note.Links, Link{Title: l.Title, URL: l.URL})
		}
		s.Notes = append(s.Notes, note)
	}
	for _, sc := range e.Scenarios {
		x := Scenario{Quote: sc.Quote, Outcome: sc.Outcome}
		for _, a := range sc.Also {
			x.Also = append(x.Also, ID(a))
		}
		s.Scenarios = append(s.Scenarios, x)
	}
	for _, m := range e.Mnemonics {
		s.Mnemonics = append(s.Mnemonics, Mnemonic{Word: m.Word, Meaning: m.Meaning})
	}
	return s
}

// Len returns the number of entries.
func (c *Catalog) Len() int {
	if c == nil {
		return 0
	}
	return len(c.services)
}

// All returns every entry in a stable order: by primary category in the
// taxonomy's order, then as the data files list them.
func (c *Catalog) All() []Service {
	if c == nil {
		return nil
	}
	out := make([]Service, len(c.services))
	for i, s := range c.services {
		out[i] = s.clone()
	}
	return out
}

// Get returns the entry with exactly this ID.
func (c *Catalog) Get(id ID) (Service, bool) {
	if c == nil {
		return Service{}, false
	}
	i, ok := c.byID[id]
	if !ok {
		return Service{}, false
	}
	return c.services[i].clone(), true
}

// Lookup finds the entry that answers to name: its ID, official name, short
// name, abbreviation, Korean reading, an alias, or the heading the notes gave
// it. Case, full and half width, NFC and NFD, spaces, hyphens and a leading
// "AWS" or "Amazon" are ignored, so "ＥＣ２", "aws lambda", "Amazon Fargate"
// and "클라우드트레일" all resolve. Anything else, including "" and invalid
// UTF-8, reports false. Use Search for forgiving matches.
func (c *Catalog) Lookup(name string) (Service, bool) {
	id, ok := c.LookupID(name)
	if !ok {
		return Service{}, false
	}
	return c.Get(id)
}

// LookupID is Lookup returning only the ID. It allocates nothing when name
// is already folded (lower case, NFC, no separators: "ec2", "람다").
func (c *Catalog) LookupID(name string) (ID, bool) {
	if c == nil {
		return "", false
	}
	key := textnorm.Key(name)
	if key == "" {
		return "", false
	}
	i, ok := c.byKey[key]
	if !ok {
		return c.lookupParenthesised(name)
	}
	return c.services[i].ID, true
}

// lookupParenthesised reads the exam guide's "Name (Abbr)" form ("AWS Key
// Management Service (AWS KMS)", "Rehost (migration strategy)"): the name
// before the parenthesis if it is an entry's, else the one inside it.
func (c *Catalog) lookupParenthesised(name string) (ID, bool) {
	name = strings.TrimSpace(name)
	open := strings.LastIndexByte(name, '(')
	if open <= 0 || !strings.HasSuffix(name, ")") {
		return "", false
	}
	outer, inner := name[:open], name[open+1:len(name)-1]
	if strings.ContainsAny(inner, "()") {
		return "", false
	}
	for _, part := range [...]string{outer, inner} {
		if i, ok := c.byKey[textnorm.Key(part)]; ok && textnorm.Key(part) != "" {
			return c.services[i].ID, true
		}
	}
	return "", false
}

// InCategory returns the entries filed under cat, in the order of All. An
// unknown category gives nil.
func (c *Catalog) InCategory(cat category.ID) []Service {
	if c == nil {
		return nil
	}
	var out []Service
	for _, s := range c.services {
		if s.InCategory(cat) {
			out = append(out, s.clone())
		}
	}
	return out
}

// Sources returns the note files the catalog was written from.
func (c *Catalog) Sources() []Source {
	if c == nil {
		return nil
	}
	return slices.Clone(c.sources)
}

// Version returns the data version from meta.json ("" if it has none).
func (c *Catalog) Version() string {
	if c == nil {
		return ""
	}
	return c.version
}
