package compare

import (
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

// The aspects of a table Of builds from entries, in row order.
const (
	aspectCategory   = "분류"
	aspectKind       = "종류"
	aspectSummary    = "요약"
	aspectHighlights = "핵심 표현"
	aspectMnemonics  = "외우기"
	aspectRelated    = "관련 서비스"
	aspectStatus     = "현재 상태"
)

var kindNames = map[awsnotes.Kind]string{
	awsnotes.KindService: "AWS 서비스",
	awsnotes.KindFeature: "기능",
	awsnotes.KindConcept: "개념 (AWS 서비스 아님)",
	awsnotes.KindProgram: "프로그램",
	awsnotes.KindTeam:    "AWS 내부 팀",
}

var stateNames = map[awsnotes.State]string{
	awsnotes.StateActive:  "이용 가능",
	awsnotes.StateRetired: "서비스 종료",
	awsnotes.StateRenamed: "이름 변경",
	awsnotes.StateLimited: "신규 고객 제한",
}

// build assembles a table from the entries ids, which all exist.
func (s *Tables) build(ids []awsnotes.ID) Table {
	n := len(ids)
	t := Table{IDs: append([]awsnotes.ID(nil), ids...), Columns: make([]string, n), Picks: make([]string, n)}
	cells := map[string][]string{}
	aspects := []string{aspectCategory, aspectKind, aspectSummary, aspectHighlights, aspectMnemonics, aspectRelated, aspectStatus}
	for _, a := range aspects {
		cells[a] = make([]string, n)
	}
	anyInactive := false
	for i, id := range ids {
		e, _ := s.catalog.Get(id)
		t.Columns[i] = e.DisplayName()

		var cats []string
		for _, c := range e.Categories {
			if k := c.Korean(); k != "" {
				cats = append(cats, k)
			}
		}
		cells[aspectCategory][i] = strings.Join(cats, ", ")
		kind, ok := kindNames[e.Kind]
		if !ok {
			kind = string(e.Kind)
		}
		cells[aspectKind][i] = kind
		cells[aspectSummary][i] = e.Summary
		cells[aspectHighlights][i] = strings.Join(e.Highlights(), ", ")

		var mn []string
		for _, m := range e.Mnemonics {
			mn = append(mn, m.Word+": "+m.Meaning)
		}
		cells[aspectMnemonics][i] = strings.Join(mn, ", ")

		var rel []string
		for _, r := range e.Related {
			if name, ok := s.names[r]; ok {
				rel = append(rel, name)
			}
		}
		cells[aspectRelated][i] = strings.Join(rel, ", ")

		st, ok := stateNames[e.Status.State]
		if !ok {
			st = string(e.Status.State)
		}
		if !e.Status.Active() {
			anyInactive = true
			st += ": " + e.Status.Note
		}
		cells[aspectStatus][i] = st

		var picks []string
		for _, sc := range e.Scenarios {
			p := "\"" + sc.Quote + "\""
			if sc.Outcome != "" {
				p += " → " + sc.Outcome
			}
			picks = append(picks, p)
		}
		t.Picks[i] = strings.Join(picks, "; ")
	}
	t.Title = strings.Join(t.Columns, " vs ")
	for _, a := range aspects {
		if a == aspectStatus && !anyInactive {
			continue
		}
		row := cells[a]
		empty := true
		for _, c := range row {
			if c != "" {
				empty = false
				break
			}
		}
		if !empty {
			t.Rows = append(t.Rows, Row{Aspect: a, Cells: row})
		}
	}
	// Point to the curated tables that compare two or more of these.
	for _, ct := range s.tables {
		shared := 0
		for _, id := range ct.IDs {
			if t.Index(id) >= 0 {
				shared++
			}
		}
		if shared >= 2 {
			t.Notes = append(t.Notes, seeAlso+ct.Title+" ("+ct.ID+")")
		}
	}
	return t
}

// seeAlso starts a footnote of a built table that names a curated one.
const seeAlso = "함께 보기: "
