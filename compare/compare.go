package compare

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
)

// Tables are the comparison tables of one catalog: its curated tables
// (comparisons/*.json) and any it can build from its entries. The
// package-level functions use the embedded catalog's; For makes them for
// a catalog of your own (awsnotes.Load, awsnotes.Extend). A *Tables is
// safe for concurrent use and hands out copies.
type Tables struct {
	tables    []Table
	byID      map[string]int
	bySet     map[string]int         // setKey of the table's IDs → index
	byService map[awsnotes.ID][]int  // entry → tables comparing it
	catalog   *awsnotes.Catalog      // the embedded entries
	names     map[awsnotes.ID]string // entry → display name
}

var load = sync.OnceValues(func() (*Tables, error) {
	cat, err := awsnotes.Default()
	if err != nil {
		return nil, err
	}
	return For(cat)
})

// For returns the tables of a catalog: its curated tables and tables built
// from its entries on request. A nil catalog is an error wrapping
// ErrNoCatalog; a curated table naming an entry the catalog lacks, or two
// tables comparing the same entries, an error saying which (Load and
// Extend already refuse such files).
func For(cat *awsnotes.Catalog) (*Tables, error) {
	if cat == nil {
		return nil, ErrNoCatalog
	}
	return newStore(cat.CuratedTables(), cat)
}

func newStore(comps []data.Comparison, cat *awsnotes.Catalog) (*Tables, error) {
	s := &Tables{
		byID:      make(map[string]int, len(comps)),
		bySet:     make(map[string]int, len(comps)),
		byService: map[awsnotes.ID][]int{},
		catalog:   cat,
		names:     make(map[awsnotes.ID]string, cat.Len()),
	}
	for _, e := range cat.All() {
		s.names[e.ID] = e.DisplayName()
	}
	for i, c := range comps {
		t := Table{
			ID: c.ID, Title: c.Title, Section: c.Section, Source: c.Source,
			Picks: slices.Clone(c.Picks), Sources: slices.Clone(c.Sources),
		}
		for _, task := range c.Tasks {
			t.Tasks = append(t.Tasks, category.Task(task))
		}
		for _, sid := range c.Services {
			e, ok := cat.Get(awsnotes.ID(sid))
			if !ok {
				return nil, fmt.Errorf("compare: table %q: unknown entry %q", c.ID, sid)
			}
			t.IDs = append(t.IDs, e.ID)
			t.Columns = append(t.Columns, e.DisplayName())
			if !e.Status.Active() {
				t.Notes = append(t.Notes, e.DisplayName()+": "+e.Status.Note)
			}
		}
		for _, r := range c.Rows {
			t.Rows = append(t.Rows, Row{Aspect: r.Aspect, Cells: slices.Clone(r.Cells)})
		}
		key := setKey(t.IDs)
		if j, dup := s.bySet[key]; dup {
			return nil, fmt.Errorf("compare: tables %q and %q compare the same entries", s.tables[j].ID, c.ID)
		}
		s.tables = append(s.tables, t)
		s.byID[c.ID] = i
		s.bySet[key] = i
		for _, id := range t.IDs {
			s.byService[id] = append(s.byService[id], i)
		}
	}
	return s, nil
}

// setKey identifies a set of entries whatever their order.
func setKey(ids []awsnotes.ID) string {
	ss := make([]string, len(ids))
	for i, id := range ids {
		ss[i] = string(id)
	}
	slices.Sort(ss)
	return strings.Join(ss, "\x00")
}

// All returns the curated tables: first the four the notes draw, then the
// ones built from the text of their entries, in a stable order.
func All() []Table {
	s, err := load()
	if err != nil {
		return nil
	}
	return s.All()
}

// All returns the catalog's curated tables in file order.
func (s *Tables) All() []Table {
	if s == nil {
		return nil
	}
	out := make([]Table, len(s.tables))
	for i, t := range s.tables {
		out[i] = t.clone()
	}
	return out
}

// Get returns the curated table with this ID ("ecs-vs-eks").
func Get(id string) (Table, bool) {
	s, err := load()
	if err != nil {
		return Table{}, false
	}
	return s.Get(id)
}

// Get returns the catalog's curated table with this ID.
func (s *Tables) Get(id string) (Table, bool) {
	if s == nil {
		return Table{}, false
	}
	i, ok := s.byID[id]
	if !ok {
		return Table{}, false
	}
	return s.tables[i].clone(), true
}

// Containing returns the curated tables that compare the entry id, in the
// order of All; nil if there are none. Quiz code uses it to find the
// services a learner is likely to confuse with id.
func Containing(id awsnotes.ID) []Table {
	s, err := load()
	if err != nil {
		return nil
	}
	return s.Containing(id)
}

// Containing returns the catalog's curated tables that compare the entry
// id, in the order of All; nil if there are none.
func (s *Tables) Containing(id awsnotes.ID) []Table {
	if s == nil {
		return nil
	}
	idx := s.byService[id]
	if len(idx) == 0 {
		return nil
	}
	out := make([]Table, len(idx))
	for i, j := range idx {
		out[i] = s.tables[j].clone()
	}
	return out
}

// Of compares the entries named, in the order given, by any name
// awsnotes.Lookup knows ("ECS", "클라우드트레일", "aws x-ray"). When a curated
// table compares exactly these entries, Of returns it with its columns,
// cells and picks in the caller's order; otherwise it builds one from the
// entries: category, kind, summary, the phrases the notes highlighted,
// mnemonics, related entries and, when one of them is retired, renamed or
// limited, lifecycle status, with the situations the notes quote as Picks.
//
// Fewer than two names is an error wrapping ErrTooFew; a name Lookup does
// not know, or two names for the same entry, a *NameError wrapping
// ErrUnknown or ErrDuplicate.
func Of(names ...string) (Table, error) {
	s, err := load()
	if err != nil {
		return Table{}, err
	}
	return s.Of(names...)
}

// Of compares the entries named by any name the catalog's Lookup knows,
// as the package-level Of does for the embedded catalog.
func (s *Tables) Of(names ...string) (Table, error) {
	if s == nil {
		return Table{}, ErrNoCatalog
	}
	if len(names) < 2 {
		return Table{}, fmt.Errorf("%w (got %d)", ErrTooFew, len(names))
	}
	ids := make([]awsnotes.ID, len(names))
	for i, name := range names {
		id, ok := s.catalog.LookupID(name)
		if !ok {
			return Table{}, &NameError{Name: name, Err: ErrUnknown}
		}
		if j := slices.Index(ids[:i], id); j >= 0 {
			return Table{}, &NameError{Name: name, Err: ErrDuplicate, ID: id, Other: names[j]}
		}
		ids[i] = id
	}
	if i, ok := s.bySet[setKey(ids)]; ok {
		t := s.tables[i]
		perm := make([]int, len(ids))
		for k, id := range ids {
			perm[k] = t.Index(id)
		}
		return t.permute(perm), nil
	}
	return s.build(ids), nil
}
