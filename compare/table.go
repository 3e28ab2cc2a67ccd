package compare

import (
	"slices"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
)

// Labels used by the renderers and by tables built from entries.
const (
	// AspectHeader heads the first column, the one naming each row's aspect.
	AspectHeader = "구분"
	// PickAspect labels the row the renderers draw from Table.Picks.
	PickAspect = "이럴 때"
)

// Table is a comparison of two or more entries side by side: one column per
// entry, one row per aspect. It is a value: its slices belong to whoever
// received it, and changing them never changes what the package returns
// next.
type Table struct {
	// ID is the curated table's ID ("ecs-vs-eks"); "" for a table Of built
	// from the entries.
	ID string `json:"id,omitempty"`
	// Title names the comparison: the notes' own heading or the curated
	// title ("ECS와 EKS의 차이"), or for a built table the columns joined
	// by " vs " ("Lambda vs Fargate").
	Title string `json:"title"`
	// Columns are the entries compared, as display names ("CloudTrail"),
	// in column order.
	Columns []string `json:"columns"`
	// Rows are the aspects compared, one cell per column each.
	Rows []Row `json:"rows"`
	// IDs are the entries compared, in column order.
	IDs []awsnotes.ID `json:"ids"`
	// Picks says, per column, when to pick that entry: the situation the
	// notes quote ("\"AWS만 쓸거야\" → 간단하고 효율적"). A built table has ""
	// for an entry whose notes quote no situation.
	Picks []string `json:"picks"`
	// Section is the notes' own heading for the comparison when the notes
	// draw it ("ECS와 EKS의 차이"), else "".
	Section string `json:"section,omitempty"`
	// Source is the note file Section is in, as a source ID ("clf-notes"),
	// else "".
	Source string `json:"source,omitempty"`
	// Sources are the AWS documentation pages a curated table's rows were
	// checked against (https URLs); nil for a table Of built.
	Sources []string `json:"sources,omitempty"`
	// Tasks are the exam's task statements a curated table serves.
	Tasks []category.Task `json:"tasks,omitempty"`
	// Notes are footnotes. In a curated table: what changed since the
	// notes were written, for entries AWS has retired, renamed or limited
	// ("Snowmobile: AWS는 2024년에 ..."). In a table Of built: the curated
	// tables that compare two or more of its entries ("함께 보기: SQS와 SNS
	// (sqs-vs-sns)").
	Notes []string `json:"notes,omitempty"`
}

// Row is one aspect compared across the columns.
type Row struct {
	Aspect string   `json:"aspect"` // "난이도"
	Cells  []string `json:"cells"`  // one per column, in column order
}

// Curated reports whether the table is one of the curated tables (from the
// notes or built from their text), not one Of assembled from entries.
func (t Table) Curated() bool { return t.ID != "" }

// Index returns the column of the entry id, or -1 if the table does not
// compare it.
func (t Table) Index(id awsnotes.ID) int { return slices.Index(t.IDs, id) }

// clone returns a deep copy.
func (t Table) clone() Table {
	t.Columns = slices.Clone(t.Columns)
	t.IDs = slices.Clone(t.IDs)
	t.Picks = slices.Clone(t.Picks)
	t.Notes = slices.Clone(t.Notes)
	t.Sources = slices.Clone(t.Sources)
	t.Tasks = slices.Clone(t.Tasks)
	if t.Rows != nil {
		rows := make([]Row, len(t.Rows))
		for i, r := range t.Rows {
			rows[i] = Row{Aspect: r.Aspect, Cells: slices.Clone(r.Cells)}
		}
		t.Rows = rows
	}
	return t
}

// permute returns a copy of t with its columns in the order perm gives:
// column i of the result is column perm[i] of t.
func (t Table) permute(perm []int) Table {
	out := t.clone()
	for i, j := range perm {
		out.Columns[i] = t.Columns[j]
		out.IDs[i] = t.IDs[j]
		out.Picks[i] = t.Picks[j]
		for k := range out.Rows {
			out.Rows[k].Cells[i] = t.Rows[k].Cells[j]
		}
	}
	return out
}
