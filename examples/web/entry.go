package main

import (
	"html"
	"html/template"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

// entryView is an entry ready for the template: names, status, exam
// domains and tasks, the learner's notes as a tree of bullets with their
// highlights marked, and the lines added beyond the notes.
type entryView struct {
	awsnotes.Service
	KindName   string
	Categories []string
	OtherNames []string
	Origin     string
	State      string
	Successor  *entryLink
	Domains    []string
	Tasks      []string
	Notes      []noteView
	Related    []entryLink
	Confused   []entryLink
	Tables     []tableLink
}

type noteView struct {
	awsnotes.Note
	SourceTitle string
	Lines       []*lineNode
}

// lineNode is a bullet and the bullets nested under it.
type lineNode struct {
	Text       template.HTML // escaped, highlights in <mark>
	Correction *awsnotes.Correction
	Children   []*lineNode
}

func newEntryView(s awsnotes.Service) entryView {
	v := entryView{Service: s, KindName: kindKorean(s.Kind), State: stateKorean(s.Status.State)}
	for _, c := range s.Categories {
		v.Categories = append(v.Categories, c.Korean())
	}
	for _, n := range s.Names() {
		if n != s.Name && n != s.Reading {
			v.OtherNames = append(v.OtherNames, n)
		}
	}
	if s.Origin() == awsnotes.OriginNotes {
		v.Origin = "학습자의 노트"
	} else {
		v.Origin = "노트 밖에서 추가 (AWS 문서 기준)"
	}
	if s.Status.Successor != "" {
		l := linkTo(s.Status.Successor)
		v.Successor = &l
	}
	for _, d := range s.Domains() {
		v.Domains = append(v.Domains, domainLabel(d))
	}
	for _, t := range s.Tasks {
		v.Tasks = append(v.Tasks, t.Label())
	}
	titles := map[string]string{}
	for _, src := range awsnotes.Sources() {
		titles[src.ID] = src.Title
	}
	for _, n := range s.Notes {
		nv := noteView{Note: n, SourceTitle: titles[n.Source]}
		if nv.SourceTitle == "" {
			nv.SourceTitle = n.Source
		}
		nv.Lines = lineTree(s, n.Lines)
		v.Notes = append(v.Notes, nv)
	}
	for _, id := range s.Related {
		v.Related = append(v.Related, linkTo(id))
	}
	for _, id := range s.Confusables {
		v.Confused = append(v.Confused, linkTo(id))
	}
	for _, t := range compare.Containing(s.ID) {
		v.Tables = append(v.Tables, tableLink{ID: t.ID, Title: t.Title})
	}
	return v
}

func linkTo(id awsnotes.ID) entryLink {
	if s, ok := awsnotes.Get(id); ok {
		return entryLink{ID: id, Name: s.DisplayName()}
	}
	return entryLink{ID: id, Name: id.String()}
}

// lineTree nests the bullets by depth: a line deeper than the one before
// goes under it. A depth that jumps (0 then 2) nests one level, as a
// Markdown renderer would.
func lineTree(s awsnotes.Service, lines []awsnotes.Line) []*lineNode {
	var roots []*lineNode
	type open struct {
		depth int
		node  *lineNode
	}
	var stack []open
	for _, l := range lines {
		n := &lineNode{Text: markHighlights(l.Text, l.Highlights)}
		if c, ok := s.CorrectionFor(l.Text); ok {
			n.Correction = &c
		}
		for len(stack) > 0 && stack[len(stack)-1].depth >= l.Depth {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			roots = append(roots, n)
		} else {
			p := stack[len(stack)-1].node
			p.Children = append(p.Children, n)
		}
		stack = append(stack, open{l.Depth, n})
	}
	return roots
}

// markHighlights escapes text and wraps each highlighted phrase in <mark>,
// the longest first where two start at the same place.
func markHighlights(text string, highlights []string) template.HTML {
	var b strings.Builder
	for text != "" {
		at, length := -1, 0
		for _, h := range highlights {
			if h == "" {
				continue
			}
			if i := strings.Index(text, h); i >= 0 && (at < 0 || i < at || i == at && len(h) > length) {
				at, length = i, len(h)
			}
		}
		if at < 0 {
			b.WriteString(html.EscapeString(text))
			break
		}
		b.WriteString(html.EscapeString(text[:at]))
		b.WriteString("<mark>" + html.EscapeString(text[at:at+length]) + "</mark>")
		text = text[at+length:]
	}
	return template.HTML(b.String())
}

// funcs are the helpers the templates call.
var funcs = template.FuncMap{
	"add": func(a, b int) int { return a + b },
	"categoryName": func(c category.ID) string {
		if k := c.Korean(); k != "" {
			return k
		}
		return c.String()
	},
	"entryName": func(id awsnotes.ID) string { return linkTo(id).Name },
}
