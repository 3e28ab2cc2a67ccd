package main

import (
	"errors"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

// searchLimit is how many results a search shows.
const searchLimit = 20

// searchView is the search page and the fragment the script swaps in.
type searchView struct {
	Query   string
	Results []resultView
	Error   string
}

type resultView struct {
	ID      awsnotes.ID
	Name    string
	Reading string
	Summary string
	Field   string
	Match   template.HTML // the matched text, escaped, matched characters in <mark>
	Status  string        // "" when active
}

func (s *server) home(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "home", "AWS 공부 노트", searchView{})
}

// search serves /search?q=…: the whole page, or with frag=1 only the
// results, for the script that searches as the learner types.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q, bad := formValue(r, "q", maxQueryBytes)
	if bad == "" && utf8.RuneCountInString(q) > maxQueryRunes {
		bad = fmt.Sprintf("검색어는 %d자까지 쓸 수 있습니다.", maxQueryRunes)
	}
	if bad != "" {
		s.fail(w, r, http.StatusBadRequest, bad)
		return
	}
	v := searchView{Query: q}
	for _, res := range awsnotes.Search(q, searchLimit) {
		v.Results = append(v.Results, resultView{
			ID: res.Service.ID, Name: res.Service.DisplayName(), Reading: res.Service.Reading,
			Summary: res.Service.Summary, Field: res.Field.Korean(), Match: highlightResult(res),
			Status: stateKorean(res.Service.Status.State),
		})
	}
	if r.URL.Query().Get("frag") == "1" {
		w.Header().Set("Cache-Control", "no-store")
		s.renderFragment(w, "home", "results", v)
		return
	}
	title := "검색"
	if q != "" {
		title = q + " — 검색"
	}
	s.render(w, r, http.StatusOK, "home", title, v)
}

// highlightResult escapes the matched text and marks the matched runs.
func highlightResult(res awsnotes.Result) template.HTML {
	return template.HTML(res.HighlightFunc(func(part string, matched bool) string {
		if matched {
			return "<mark>" + html.EscapeString(part) + "</mark>"
		}
		return html.EscapeString(part)
	}))
}

// lookupEntry reads an entry ID from the path: 404 for one the notes do
// not have.
func (s *server) lookupEntry(w http.ResponseWriter, r *http.Request, raw string) (awsnotes.Service, bool) {
	var id awsnotes.ID
	if len(raw) > maxValueBytes || id.UnmarshalText([]byte(raw)) != nil {
		s.fail(w, r, http.StatusBadRequest, "항목 ID는 영어 소문자, 숫자, 하이픈으로 씁니다 (예: cloudtrail).")
		return awsnotes.Service{}, false
	}
	svc, ok := awsnotes.Get(id)
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("%q라는 항목은 노트에 없습니다.", raw))
	}
	return svc, ok
}

func (s *server) entry(w http.ResponseWriter, r *http.Request) {
	svc, ok := s.lookupEntry(w, r, r.PathValue("id"))
	if !ok {
		return
	}
	s.render(w, r, http.StatusOK, "entry", svc.DisplayName(), newEntryView(svc))
}

// tablesView lists the curated tables, grouped as compare.All orders them.
type tablesView struct {
	Tables []tableLink
}

type tableLink struct {
	ID, Title string
	Columns   string
	FromNotes bool
}

func (s *server) tables(w http.ResponseWriter, r *http.Request) {
	var v tablesView
	for _, t := range compare.All() {
		v.Tables = append(v.Tables, tableLink{ID: t.ID, Title: t.Title, Columns: strings.Join(t.Columns, " · "), FromNotes: t.Section != ""})
	}
	s.render(w, r, http.StatusOK, "tables", "비교표", v)
}

func (s *server) table(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(id) > maxValueBytes || !utf8.ValidString(id) {
		s.fail(w, r, http.StatusBadRequest, "비교표 ID가 너무 깁니다.")
		return
	}
	t, ok := compare.Get(id)
	if !ok {
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("%q라는 비교표는 없습니다. 비교표 목록에서 고르세요.", id))
		return
	}
	s.render(w, r, http.StatusOK, "table", t.Title, newTableView(t))
}

// compare serves /compare?id=a&id=b: two to five entries, picked from
// search results (checkboxes of a GET form, so it works without script).
func (s *server) compare(w http.ResponseWriter, r *http.Request) {
	ids := r.URL.Query()["id"]
	if len(ids) < 2 || len(ids) > maxCompare {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("비교할 항목을 2개에서 %d개까지 고르세요 (고른 수: %d).", maxCompare, len(ids)))
		return
	}
	for _, id := range ids {
		if len(id) > maxValueBytes || !utf8.ValidString(id) {
			s.fail(w, r, http.StatusBadRequest, "항목 이름이 너무 깁니다.")
			return
		}
	}
	t, err := compare.Of(ids...)
	if err != nil {
		var ne *compare.NameError
		switch {
		case errors.As(err, &ne) && errors.Is(err, compare.ErrDuplicate):
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("%q와 %q는 같은 항목입니다. 다른 항목을 고르세요.", ne.Other, ne.Name))
		case errors.As(err, &ne):
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("%q라는 항목은 노트에 없습니다.", ne.Name))
		default:
			s.fail(w, r, http.StatusBadRequest, "비교표를 만들지 못했습니다.")
		}
		return
	}
	s.render(w, r, http.StatusOK, "table", t.Title, newTableView(t))
}

// tableView is a comparison table ready for the template.
type tableView struct {
	compare.Table
	Entries []entryLink // the columns, linked
	Tasks   []string
}

type entryLink struct {
	ID   awsnotes.ID
	Name string
}

func newTableView(t compare.Table) tableView {
	v := tableView{Table: t}
	for i, id := range t.IDs {
		name := id.String()
		if i < len(t.Columns) {
			name = t.Columns[i]
		}
		v.Entries = append(v.Entries, entryLink{ID: id, Name: name})
	}
	for _, task := range t.Tasks {
		v.Tasks = append(v.Tasks, task.Label())
	}
	return v
}

func stateKorean(s awsnotes.State) string {
	switch s {
	case awsnotes.StateRetired:
		return "서비스 종료"
	case awsnotes.StateRenamed:
		return "이름 바뀜"
	case awsnotes.StateLimited:
		return "신규 고객 제한"
	}
	return ""
}

func kindKorean(k awsnotes.Kind) string {
	switch k {
	case awsnotes.KindService:
		return "서비스"
	case awsnotes.KindFeature:
		return "기능"
	case awsnotes.KindConcept:
		return "개념"
	case awsnotes.KindProgram:
		return "프로그램"
	case awsnotes.KindTeam:
		return "AWS 팀"
	}
	return string(k)
}

func domainLabel(d category.Domain) string {
	if info, ok := category.GetDomain(d); ok {
		return fmt.Sprintf("영역 %d. %s (%d%%)", int(d), info.Korean, info.Weight)
	}
	return d.String()
}
