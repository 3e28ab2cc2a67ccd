package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The shared responsibility model is asked as the exam asks it: "다음 중
// 고객의 책임은 무엇입니까?" over four tasks, one the customer's and three
// AWS's (or the other way round), and "(2개 선택)" over five. The tasks
// are the cells of a curated table whose columns are the model's parties
// (security of the cloud, security in the cloud) and whose rows pair what
// AWS does with what the customer does in one area ("운영 체제": 호스트
// 운영 체제 … / 게스트 운영 체제 …). A case that tells its situation and
// asks "누구의 책임입니까?" over the three parties is not an exam shape
// (three options) and its stem gives the party away, so none is asked.

// taskTable is a table of tasks by party: two columns, each a member of a
// family with parties, of two parties. A third column (the shared
// controls) says what both do, in cells that are no task of their own
// ("양쪽이 각자 패치").
func (f family) taskTable(tb *table) bool {
	if f.parties == nil || len(tb.cols) != 2 {
		return false
	}
	seen := map[string]bool{}
	for _, e := range tb.cols {
		p, ok := f.parties[e.s.ID]
		if !ok || seen[p] {
			return false
		}
		seen[p] = true
	}
	return true
}

// partyTask is one cell of a task table: what party col does in row.
type partyTask struct {
	tb       *table
	row, col int
}

func (t partyTask) text() string  { return t.tb.t.Rows[t.row].Cells[t.col] }
func (t partyTask) owner() *entry { return t.tb.cols[t.col] }

// tasksOf returns the tasks of f's task tables, table by table, row by
// row, column by column.
func (ix *index) tasksOf(f family) []partyTask {
	var out []partyTask
	for _, tb := range ix.tables {
		if !f.taskTable(tb) {
			continue
		}
		for r, row := range tb.t.Rows {
			for c := range row.Cells {
				out = append(out, partyTask{tb, r, c})
			}
		}
	}
	return out
}

// responsibilityPrompt is the question for party's tasks.
func responsibilityPrompt(party string, two bool) string {
	p := fmt.Sprintf("AWS 공동 책임 모델에 따르면 다음 중 %s의 책임은 무엇입니까?", party)
	if two {
		p += " (2개 선택)"
	}
	return p
}

// responsibilityItems makes f's questions (f has parties): for each task,
// which of four is party's, the other three another party's. The wrong
// options start with the task the same row pairs with the key (호스트 OS
// beside 게스트 OS), the clearest contrast, then others at random.
func (ix *index) responsibilityItems(f family) []candidate {
	all := ix.tasksOf(f)
	var out []candidate
	for _, t := range all {
		key := t.owner()
		party := f.parties[key.s.ID]
		out = append(out, candidate{kind: f.kind, key: key, added: !t.tb.notes, tasks: t.tb.tasks,
			topic: topicKey{s: fold(t.text())},
			ref:   string(f.kind) + "/" + string(key.s.ID) + "/task/" + t.tb.t.ID + "/" + strconv.Itoa(t.row),
			build: func(g *gen, r *rng) (Question, bool) {
				ps, ok := g.otherPartyTasks(r, f, all, []partyTask{t}, g.choices-1)
				if !ok {
					return Question{}, false
				}
				choices, answers := assemble(r, []string{t.text()}, ps)
				return Question{
					Prompt:      responsibilityPrompt(party, false),
					Choices:     choices,
					Answers:     answers,
					Explanation: explainTasks(f, []partyTask{t}, ps),
					Services:    ids([]*entry{key}, ps),
				}, true
			}})
	}
	return out
}

// responsibilityTwo makes the model's multiple-response questions: two of
// party's tasks among three of another party's, Choices+1 options.
func (ix *index) responsibilityTwo() []candidate {
	var out []candidate
	for _, f := range families {
		if f.parties == nil {
			continue
		}
		all := ix.tasksOf(f)
		for _, t := range all {
			key := t.owner()
			party := f.parties[key.s.ID]
			out = append(out, candidate{kind: ChooseTwo, key: key, added: !t.tb.notes, tasks: t.tb.tasks,
				topic: topicKey{s: fold(t.text())},
				ref:   string(ChooseTwo) + "/tasks/" + string(key.s.ID) + "/" + t.tb.t.ID + "/" + strconv.Itoa(t.row),
				build: func(g *gen, r *rng) (Question, bool) {
					var mates []partyTask
					for _, o := range all {
						if o.owner() == key && o != t && fold(o.text()) != fold(t.text()) {
							mates = append(mates, o)
						}
					}
					if len(mates) == 0 {
						return Question{}, false
					}
					keys := []partyTask{t, mates[r.intn(len(mates))]}
					ps, ok := g.otherPartyTasks(r, f, all, keys, g.choices+1-len(keys))
					if !ok {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{keys[0].text(), keys[1].text()}, ps)
					return Question{
						Prompt:      responsibilityPrompt(party, true),
						Choices:     choices,
						Answers:     answers,
						Explanation: explainTasks(f, keys, ps),
						Services:    ids([]*entry{key}, ps),
					}, true
				}})
		}
	}
	return out
}

// otherPartyTasks draws n tasks of parties other than the keys': first
// the ones the keys' rows pair with them, then the rest at random. ok is
// false when there are too few, or a party the quiz leaves out is needed.
func (g *gen) otherPartyTasks(r *rng, f family, all []partyTask, keys []partyTask, n int) ([]pick, bool) {
	owner := keys[0].owner()
	if !g.ok(owner) {
		return nil, false
	}
	var paired, rest []partyTask
	for _, o := range all {
		if o.owner() == owner || !g.ok(o.owner()) || f.parties[o.owner().s.ID] == f.parties[owner.s.ID] {
			continue
		}
		if slices.ContainsFunc(keys, func(k partyTask) bool { return k.tb == o.tb && k.row == o.row }) {
			paired = append(paired, o)
		} else {
			rest = append(rest, o)
		}
	}
	shuffle(r, paired)
	shuffle(r, rest)
	var ps []pick
	seen := map[string]bool{}
	for _, k := range keys {
		seen[fold(k.text())] = true
	}
	for _, o := range append(paired, rest...) {
		if len(ps) == n {
			break
		}
		if ft := fold(o.text()); !seen[ft] {
			seen[ft] = true
			ps = append(ps, pick{o.owner(), o.text()})
		}
	}
	return ps, len(ps) == n
}

// explainTasks says whose each option is: the keys first, then the wrong
// options, each with its party and the area its table row names.
func explainTasks(f family, keys []partyTask, ps []pick) string {
	var b strings.Builder
	line := func(text string, owner *entry, area string) {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s → %s의 책임 (%s)", text, f.parties[owner.s.ID], area)
	}
	for _, k := range keys {
		line(k.text(), k.owner(), k.tb.t.Rows[k.row].Aspect)
	}
	for _, p := range ps {
		area := ""
		for _, k := range keys {
			for _, row := range k.tb.t.Rows {
				if slices.Contains(row.Cells, p.text) {
					area = row.Aspect
				}
			}
		}
		line(p.text, p.e, area)
	}
	owners := []*entry{keys[0].owner()}
	for _, p := range ps {
		if !slices.Contains(owners, p.e) {
			owners = append(owners, p.e)
		}
	}
	for _, e := range owners {
		fmt.Fprintf(&b, "\n%s: %s", e.name, e.s.Summary)
	}
	return b.String()
}

// partiesTable reports whether every column of tb is a party of the shared
// responsibility model: its cells say who does what, which a comparison
// question would ask with the parties' entry
// names as options.
func partiesTable(tb *table) bool {
	for _, f := range families {
		if f.parties == nil {
			continue
		}
		all := true
		for _, e := range tb.cols {
			_, ok := f.parties[e.s.ID]
			all = all && ok
		}
		if all {
			return true
		}
	}
	return false
}
