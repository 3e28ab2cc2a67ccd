package quiz

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// index is what Generate needs from the notes, worked out once: per entry
// the descriptions fit for a question, the phrases fit for a blank, the
// texts and words a distractor is checked against, and the comparison
// tables.
type index struct {
	entries  []*entry
	byID     map[awsnotes.ID]*entry
	tables   []*table
	phrases  []phrase        // every highlighted phrase, for cloze distractors
	meanings []meaning       // every mnemonic
	quotes   map[string]bool // every scenario quote, folded
	// lookup finds an entry by any of its names (awsnotes.Catalog.LookupID).
	lookup func(name string) (awsnotes.ID, bool)
}

type entry struct {
	s       awsnotes.Service
	pos     int
	name    string // display name
	concept bool   // a concept, not something AWS offers
	generic bool   // the "AWS" entry, whose name every line uses
	// group marks an entry that groups others (Snow Family): what fits a
	// member fits the group, and the other way round.
	group  bool
	names  []string
	descs  []desc
	clozes []cloze
	// scenarioBad[i][pos] is set when the entry at pos also fits, or is
	// named in, scenario i (see scenarioFits).
	scenarioBad [][]bool
	texts       []string // folded: summary, lines, quotes, table cells
	long        []string // the texts of 8 characters or more
	tokens      map[string]bool
	tables      []*table
	related     map[awsnotes.ID]bool // either way
}

// desc is a description of one entry, fit to be shown without naming it.
type desc struct {
	text   string
	folded string
	tokens []string
	where  string // "배포 서비스 › AWS CodePipeline", or "요약"
	// summary marks the entry's summary, as opposed to a line of its notes.
	summary bool
	// noun marks a description that reads as a definition (see nounLike).
	noun bool
	// bad[pos] is set when the description also fits, or names, the entry
	// at pos: it may not be shown beside that entry.
	bad []bool
}

// cloze is a highlighted phrase in a line of an entry's notes.
type cloze struct {
	line, phrase, where string
	target              *entry // the entry the phrase names, if it names one
	// pool holds, by owner, the other entries' phrases fit to stand beside
	// this one as distractors.
	pool map[*entry][]string
}

type phrase struct {
	text, folded string
	owner        *entry
	verbal       bool // see verbal
}

// verbal reports whether phrase works as a verb stem in line: a form of
// 하다 follows it ("비용을 지불하는", "버킷 단위로 관리한다"), so only another
// verb stem fits its blank.
func verbal(line, phrase string) bool {
	i := strings.Index(line, phrase)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[i+len(phrase):])
	return strings.ContainsRune("하한할해했함합", r)
}

type meaning struct {
	m     awsnotes.Mnemonic
	owner *entry
}

type table struct {
	t    compare.Table
	cols []*entry
	// cellOK[r][c] says whether row r's cell in column c can be asked
	// about: no other cell of the row holds it, and it names none of the
	// table's entries. pickOK[c] says the same of column c's pick.
	cellOK [][]bool
	pickOK []bool
	// pickBad[c][pos] is set when the entry at pos also fits, or is named
	// in, column c's pick, so it cannot be offered against it.
	pickBad [][]bool
}

// askable works out table.cellOK and table.pickOK.
func (tb *table) askable() {
	ok := func(cells []string, c int) bool {
		f := fold(cells[c])
		if runeLen(cells[c]) < 2 {
			return false
		}
		for o, e := range tb.cols {
			if o != c && o < len(cells) && strings.Contains(fold(cells[o]), f) || e.mentions(f) {
				return false
			}
		}
		return true
	}
	for _, r := range tb.t.Rows {
		row := make([]bool, len(tb.cols))
		for c := range tb.cols {
			row[c] = ok(r.Cells, c)
		}
		tb.cellOK = append(tb.cellOK, row)
	}
	tb.pickOK = make([]bool, len(tb.cols))
	for c := range tb.cols {
		tb.pickOK[c] = c < len(tb.t.Picks) && ok(tb.t.Picks, c)
	}
}

var loadIndex = sync.OnceValues(func() (*index, error) {
	cat, err := awsnotes.Default()
	if err != nil {
		return nil, err
	}
	return buildIndex(cat, compare.All()), nil
})

// buildIndex works out everything Generate needs from a catalog and its
// comparison tables.
func buildIndex(cat *awsnotes.Catalog, tables []compare.Table) *index {
	all := cat.All()
	ix := &index{byID: make(map[awsnotes.ID]*entry, len(all)), quotes: map[string]bool{}, lookup: cat.LookupID}
	for i, s := range all {
		e := &entry{s: s, pos: i, name: s.DisplayName(), concept: s.Kind == awsnotes.KindConcept,
			tokens: map[string]bool{}, related: map[awsnotes.ID]bool{}}
		e.generic = textnorm.Key(s.DisplayName()) == "aws"
		e.group = strings.Contains(s.Summary, "제품군") || strings.HasSuffix(s.Name, " Family")
		for _, n := range append(s.Names(), headings(s)...) {
			for _, v := range []string{n, strings.TrimPrefix(n, "AWS "), strings.TrimPrefix(n, "Amazon ")} {
				if f := fold(v); runeLen(f) >= 2 && !slices.Contains(e.names, f) {
					e.names = append(e.names, f)
				}
			}
		}
		for _, r := range s.Related {
			e.related[r] = true
		}
		ix.entries = append(ix.entries, e)
		ix.byID[s.ID] = e
	}
	for _, e := range ix.entries {
		for r := range e.related {
			if o, ok := ix.byID[r]; ok {
				o.related[e.s.ID] = true
			}
		}
	}
	for _, t := range tables {
		tb := &table{t: t}
		for _, id := range t.IDs {
			tb.cols = append(tb.cols, ix.byID[id])
		}
		if slices.Contains(tb.cols, nil) {
			continue
		}
		tb.askable()
		ix.tables = append(ix.tables, tb)
		for c, e := range tb.cols {
			e.tables = append(e.tables, tb)
			for _, r := range t.Rows {
				e.addText(r.Cells[c])
			}
			if c < len(t.Picks) {
				e.addText(t.Picks[c])
			}
		}
	}
	for _, e := range ix.entries {
		e.addText(e.s.Summary)
		for _, n := range e.s.Notes {
			for _, l := range n.Lines {
				e.addText(l.Text)
			}
		}
		for _, sc := range e.s.Scenarios {
			ix.quotes[fold(sc.Quote)] = true
			e.addText(sc.Quote)
			e.addText(sc.Outcome)
		}
		for _, m := range e.s.Mnemonics {
			ix.meanings = append(ix.meanings, meaning{m: m, owner: e})
		}
	}
	for _, e := range ix.entries {
		ix.describe(e)
		ix.blanks(e)
	}
	// What may stand beside what is the same for every quiz: work it out
	// once.
	for _, e := range ix.entries {
		for i := range e.descs {
			d := &e.descs[i]
			d.bad = make([]bool, len(ix.entries))
			for _, o := range ix.entries {
				d.bad[o.pos] = o != e && (fits(d.folded, d.tokens, e, o) || o.mentions(d.folded))
			}
		}
		for i := range e.clozes {
			ix.phrasePool(e, &e.clozes[i])
		}
		for _, sc := range e.s.Scenarios {
			quote := fold(sc.Quote)
			bad := make([]bool, len(ix.entries))
			for _, o := range ix.entries {
				bad[o.pos] = o != e && (scenarioFits(quote, sc, e, o) || o.mentions(quote))
			}
			e.scenarioBad = append(e.scenarioBad, bad)
		}
	}
	for _, tb := range ix.tables {
		tb.pickBad = make([][]bool, len(tb.cols))
		for c, key := range tb.cols {
			if !tb.pickOK[c] {
				continue
			}
			pick := fold(tb.t.Picks[c])
			bad := make([]bool, len(ix.entries))
			for _, o := range ix.entries {
				if o == key {
					continue
				}
				bad[o.pos] = o.mentions(pick)
				for _, t := range o.texts {
					bad[o.pos] = bad[o.pos] || strings.Contains(t, pick) && !key.mentions(t)
				}
			}
			tb.pickBad[c] = bad
		}
	}
	return ix
}

// phrasePool collects the phrases other entries' notes highlighted that
// may stand beside cz's phrase: of the same role (a verb stem beside a
// verb stem, a noun beside a noun), none that e's notes also say, that
// overlaps the key phrase, or that the line already shows.
func (ix *index) phrasePool(e *entry, cz *cloze) {
	cz.pool = map[*entry][]string{}
	key, line := fold(cz.phrase), fold(cz.line)
	role := verbal(cz.line, cz.phrase)
	for _, p := range ix.phrases {
		if p.owner == e || p.verbal != role || strings.Contains(p.folded, key) || strings.Contains(key, p.folded) ||
			strings.Contains(line, p.folded) || e.mentions(p.folded) {
			continue
		}
		said := false
		for _, t := range e.texts {
			said = said || strings.Contains(t, p.folded)
		}
		if !said {
			cz.pool[p.owner] = append(cz.pool[p.owner], p.text)
		}
	}
}

// headings lists the headings the notes give s.
func headings(s awsnotes.Service) []string {
	var out []string
	for _, n := range s.Notes {
		out = append(out, n.Heading)
	}
	return out
}

// addText records s as something the notes say of e, for fits.
func (e *entry) addText(s string) {
	if s == "" {
		return
	}
	if f := fold(s); !slices.Contains(e.texts, f) {
		e.texts = append(e.texts, f)
		if runeLen(f) >= 8 {
			e.long = append(e.long, f)
		}
	}
	for _, t := range tokens(s) {
		e.tokens[t] = true
	}
}

// mentions reports whether folded text names e.
func (e *entry) mentions(folded string) bool {
	for _, n := range e.names {
		if containsName(folded, n) {
			return true
		}
	}
	return false
}

// mentionsOther reports whether folded text names an entry other than e
// that a question about e could offer as a choice: for a service any other
// service, for a concept anything. The "AWS" entry does not count.
func (ix *index) mentionsOther(e *entry, folded string) bool {
	for _, o := range ix.entries {
		if o == e || o.generic || (o.concept && !e.concept) {
			continue
		}
		if o.mentions(folded) {
			return true
		}
	}
	return false
}

// describe collects the descriptions of e a question can show: its summary
// and the lines of its notes that are long enough to tell it apart, in
// Korean, not quoting a situation and naming neither e nor an entry a
// question could offer beside it.
func (ix *index) describe(e *entry) {
	add := func(text, where string, summary bool) {
		f := fold(text)
		for _, d := range e.descs {
			if d.folded == f {
				return
			}
		}
		e.descs = append(e.descs, desc{text: text, folded: f, tokens: tokens(text), where: where, summary: summary,
			noun: nounLike(text)})
	}
	if f := fold(e.s.Summary); !e.mentions(f) && !ix.mentionsOther(e, f) {
		add(e.s.Summary, "요약", true)
	}
	for _, n := range e.s.Notes {
		for _, l := range n.Lines {
			text := cleanLine(l.Text)
			f := fold(text)
			switch {
			case runeLen(text) < 12, !hasHangul(text), strings.HasSuffix(text, "때"), quoted(e, f),
				strings.ContainsAny(text, "\"“”⇒"), strings.HasPrefix(f, "ex)"),
				e.mentions(f), ix.mentionsOther(e, f):
				continue
			}
			add(text, n.Section+" › "+n.Heading, false)
		}
	}
}

// quoted reports whether folded is one of e's scenarios: a situation, not
// a description.
func quoted(e *entry, folded string) bool {
	for _, sc := range e.s.Scenarios {
		if fold(sc.Quote) == folded {
			return true
		}
	}
	return false
}

// blanks collects the highlighted phrases of e's notes that make a fair
// blank: not e's own name, and short enough beside their line that the
// rest of the line gives a clue.
func (ix *index) blanks(e *entry) {
	seen := map[string]bool{}
	for _, n := range e.s.Notes {
		for _, l := range n.Lines {
			line := cleanLine(l.Text)
			if !hasHangul(line) {
				continue
			}
			for _, h := range l.Highlights {
				fh := fold(h)
				key := fold(line) + "\x00" + fh
				if seen[key] || runeLen(h) < 2 || !strings.Contains(line, h) ||
					runeLen(h)*10 > runeLen(line)*7 || e.mentions(fh) ||
					strings.HasSuffix(h, "때") || ix.quotes[fh] {
					continue // too long, e's own name, or a situation
				}
				seen[key] = true
				c := cloze{line: line, phrase: h, where: n.Section + " › " + n.Heading}
				if id, ok := ix.lookup(h); ok {
					if id == e.s.ID {
						continue
					}
					c.target = ix.byID[id]
				}
				e.clozes = append(e.clozes, c)
				if c.target == nil && !hasHangul(h) {
					// A bare term from a list ("MySQL, PostgreSQL, Oracle")
					// has no distractors of its own shape.
					e.clozes = e.clozes[:len(e.clozes)-1]
					continue
				}
				if c.target == nil && !slices.ContainsFunc(ix.phrases, func(p phrase) bool { return p.folded == fh }) {
					ix.phrases = append(ix.phrases, phrase{text: h, folded: fh, owner: e, verbal: verbal(line, h)})
				}
			}
		}
	}
}

// fits reports whether a description of key (folded, with its words)
// could also be said of d: d's texts contain it or it contains one of
// them, or it shares two content words with d's notes. For entries a
// learner confuses with key (the same comparison table, related) one
// shared word is enough: what ECS's notes say of containers mostly holds
// for EKS too.
func fits(folded string, toks []string, key, d *entry) bool {
	strict := key != nil && (key.sharesTable(d) || key.related[d.s.ID])
	n := 0
	for _, t := range toks {
		if d.tokens[t] && !(strict && weak[t]) {
			n++
		}
	}
	if strict && n >= 1 || n >= 2 {
		return true
	}
	for _, t := range d.texts {
		if strings.Contains(t, folded) {
			return true
		}
	}
	for _, t := range d.long {
		if strings.Contains(folded, t) {
			return true
		}
	}
	return false
}

// weak words are too general to make a description fit a close sibling on
// their own: "데이터" does not make what the notes say of Glacier true of
// S3.
var weak = map[string]bool{
	"데이터": true, "저장": true, "관리형": true, "완전관리형": true, "자동": true, "사용자": true,
	"애플리케이션": true, "시스템": true, "정보": true, "기능": true, "환경": true, "서버": true,
	"스토리지": true, "데이터베이스": true, "네트워크": true, "메시지": true,
}

// primary returns e's first category.
func (e *entry) primary() category.ID {
	if len(e.s.Categories) == 0 {
		return ""
	}
	return e.s.Categories[0]
}

// sharesCategory reports whether e and o share a category.
func (e *entry) sharesCategory(o *entry) bool {
	for _, c := range e.s.Categories {
		if o.s.InCategory(c) {
			return true
		}
	}
	return false
}

// sharesTable reports whether a comparison table compares e and o.
func (e *entry) sharesTable(o *entry) bool {
	for _, t := range e.tables {
		if slices.Contains(t.cols, o) {
			return true
		}
	}
	return false
}
