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
	meanings []meaning       // every mnemonic
	quotes   map[string]bool // every scenario quote, folded
	// lookup finds an entry by any of its names (awsnotes.Catalog.LookupID).
	lookup func(name string) (awsnotes.ID, bool)
	// names finds the entries a text names.
	names nameIndex
	// byCat, byTask and byFam file the entries by category, main task
	// statement and family; byRelated by the entries that relate to them.
	byCat     map[category.ID][]*entry
	byTask    map[category.Task][]*entry
	byFam     map[int][]*entry
	byRelated map[*entry][]*entry
	// all lists every question the notes could make, worked out on first
	// use (see enumerate); a quiz filters it by its options.
	all func() map[Kind][]candidate
}

type entry struct {
	s   awsnotes.Service
	pos int
	// alts caches, per description of the entry, the entries a question
	// may offer against it (see alternatives); seed-free, so kept across
	// quizzes.
	altsMu sync.Mutex
	alts   map[*desc][]*entry
	// falseSums caches falseSummaries.
	onceFalse sync.Once
	falseSums []*entry
	name      string // display name
	concept   bool   // a concept, not something AWS offers
	generic   bool   // the "AWS" entry, whose name every line uses
	// group marks an entry that groups others (Snow Family): what fits a
	// member fits the group, and the other way round.
	group bool
	names []string
	// fname is name, folded.
	fname string
	// confusable holds the entries the data says are confused with it,
	// either way.
	confusable map[*entry]bool
	// tasks are its exam task statements, main first; from its comparison
	// tables when it has none of its own.
	tasks []category.Task
	// hidden marks an entry no question shows: an old name (renamed, with
	// a successor; see awsnotes.Status.Current).
	hidden bool
	// retired marks an entry AWS no longer offers.
	retired bool
	// family is the position in families of the family it belongs to, or
	// -1.
	family int
	// corrected holds the note lines (cleaned, folded) that carry a
	// correction: no key rests on them.
	corrected map[string]bool
	tables    []*table
	related   map[awsnotes.ID]bool // either way
	// nsrc counts its description sources: its summary, then every line of
	// its notes; nclz counts the highlighted phrases of its notes.
	nsrc, nclz int

	ix          *index
	once        sync.Once
	more        *detail // see d
	onceNotes   sync.Once
	notesDetail *noteDetail // see nd
	onceSummary sync.Once
	summaryDesc *desc // see summary
	onceFacts   sync.Once
	factList    []fact // see facts
	onceCases   sync.Once
	caseNamed   [][]*entry // see contrastedIn
}

// contrastedIn returns the entries the explanation of e's case i
// contrasts with e (see index.contrasted), worked out once per entry.
func (e *entry) contrastedIn(i int) []*entry {
	e.onceCases.Do(func() {
		e.caseNamed = make([][]*entry, len(e.s.Cases))
		for j, c := range e.s.Cases {
			e.caseNamed[j] = e.ix.contrasted(e, c.Explanation)
		}
	})
	return e.caseNamed[i]
}

// detail is what the index knows of one entry's text: worked out the first
// time a question needs it (see entry.d), so indexing a catalog costs
// little and a quiz pays only for the entries it shows.
type detail struct {
	texts  []string // folded: summary, lines, quotes, table cells, facts, cases
	joined string   // texts joined by "\x00", for says
	pool   []*entry // the entries a learner could confuse with it (see nearOf)
	near   []int    // the confusability of each of pool
	long   []string // the texts of 8 characters or more
	tokens map[string]bool
	// cases are its cases, folded, with their words.
	cases []caseText
	// nameWords are the Latin words of its names and glosses the Hangul
	// words of its reading and Korean aliases (see giveaway).
	nameWords, glosses []string
}

// d returns e's detail, working it out on first use. It is safe for
// concurrent use.
func (e *entry) d() *detail {
	e.once.Do(func() { e.more = e.ix.detail(e) })
	return e.more
}

// noteDetail is what a question about an entry needs of its notes, beyond
// what a distractor needs (see entry.nd).
type noteDetail struct {
	// descs holds, by source (summary first, then the lines of the notes),
	// the description a question can show, nil where the source is none.
	descs []*desc
	// clozes holds, by highlighted phrase of the notes, the blank a
	// question can make, nil where the phrase makes none.
	clozes []*cloze
	// phrases are the highlighted phrases of its notes that can stand as
	// another blank's distractors.
	phrases []phrase
}

// nd returns e's note detail, working it out on first use: only entries
// a question is about, or whose phrases stand beside a blank, need it.
func (e *entry) nd() *noteDetail {
	e.onceNotes.Do(func() {
		nd := &noteDetail{}
		e.ix.describe(e, nd)
		e.ix.blanks(e, nd)
		e.notesDetail = nd
	})
	return e.notesDetail
}

// desc is a description of one entry, fit to be shown without naming it.
type desc struct {
	src    int // its source: 0 the summary, i the i-th line of the notes
	text   string
	folded string
	tokens []string
	where  string // "배포 서비스 › AWS CodePipeline", or "요약"
	// summary marks the entry's summary, as opposed to a line of its notes.
	summary bool
	// noun marks a description that reads as a definition (see nounLike).
	noun bool
}

// caseText is a case's stem, folded, with its words.
type caseText struct {
	folded string
	tokens []string
}

// fact is a fact line of an entry, added beyond the notes.
type fact struct {
	text, folded string
	tokens       []string
	// named are the entries the fact names (its own head name left out,
	// see entry.withoutSubject).
	named []*entry
	// exam marks a fact about the exam guide ("CLF-C02 시험 가이드 1.4는 …
	// 묻는다"): a study hint, not a statement about AWS to choose.
	exam bool
	// status marks a fact about a service's availability ("… 신규 고객을
	// 받지 않는다"): true whatever entry it is read of once its subject is
	// gone, so never the false statement of another entry.
	status bool
}

// optionFor reports whether f, a fact of owner, may stand as an option of
// a question about key: it names neither (a statement that names its own
// entry gives itself away, and one that names the key is about the key).
func (f fact) optionFor(owner, key *entry) bool {
	return !f.exam && !slices.Contains(f.named, owner) && !slices.Contains(f.named, key)
}

// cloze is a highlighted phrase in a line of an entry's notes.
type cloze struct {
	line, phrase, where string
	folded, foldedLine  string // phrase and line, folded
	verbal              bool   // see verbal
	target              *entry // the entry the phrase names, if it names one
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
	once   sync.Once // askable, on first use
	// tasks are the table's exam task statements.
	tasks []category.Task
	// notes marks a table the learner's notes draw.
	notes bool
}

// cellAskable and pickAskable report whether a cell or column c's pick can
// be asked about (see table.cellOK), working the table out on first use.
func (tb *table) cellAskable(r, c int) bool {
	tb.once.Do(tb.askable)
	return tb.cellOK[r][c]
}

func (tb *table) pickAskable(c int) bool {
	tb.once.Do(tb.askable)
	return tb.pickOK[c]
}

// askable works out table.cellOK and table.pickOK.
func (tb *table) askable() {
	folded := make([]string, len(tb.cols))
	words := make([][]string, len(tb.cols))
	ok := func(cells []string, c int) bool {
		if runeLen(cells[c]) < 2 {
			return false
		}
		f := folded[c]
		for o, e := range tb.cols {
			if o != c && o < len(cells) && strings.Contains(folded[o], f) || e.mentions(f) {
				return false
			}
			// A cell that shares a word with another column's ("웹
			// 브라우저") does not tell the two apart.
			if o != c && slices.ContainsFunc(words[c], func(w string) bool { return slices.Contains(words[o], w) && !weak[w] }) {
				return false
			}
		}
		return true
	}
	check := func(cells []string) []bool {
		for c := range folded {
			folded[c], words[c] = "", nil
			if c < len(cells) {
				folded[c] = fold(cells[c])
				words[c] = foldedTokens(folded[c])
			}
		}
		out := make([]bool, len(tb.cols))
		for c := range tb.cols {
			out[c] = c < len(cells) && ok(cells, c)
		}
		return out
	}
	for _, r := range tb.t.Rows {
		tb.cellOK = append(tb.cellOK, check(r.Cells))
	}
	tb.pickOK = check(tb.t.Picks)
}

var loadIndex = sync.OnceValues(func() (*index, error) {
	cat, err := awsnotes.Default()
	if err != nil {
		return nil, err
	}
	return buildIndex(cat, compare.All()), nil
})

// buildIndex works out what Generate needs from a catalog and its
// comparison tables before the first question: names, relations, tables
// and each entry's pool of distractors. Its cost is linear in the notes
// and small: the texts themselves are read the first time a question needs
// them (see entry.d), and names are found with a nameIndex, not by checking
// every entry against every text.
func buildIndex(cat *awsnotes.Catalog, tables []compare.Table) *index {
	all := cat.All()
	ix := &index{byID: make(map[awsnotes.ID]*entry, len(all)), quotes: map[string]bool{}, lookup: cat.LookupID}
	ix.all = sync.OnceValue(ix.enumerate)
	for i, s := range all {
		e := &entry{s: s, pos: i, name: s.DisplayName(), concept: s.Kind == awsnotes.KindConcept,
			related: make(map[awsnotes.ID]bool, len(s.Related)), confusable: map[*entry]bool{},
			tasks: s.Tasks, retired: s.Status.State == awsnotes.StateRetired, family: familyIndex(s.ID), ix: ix}
		e.generic = textnorm.Key(s.DisplayName()) == "aws"
		e.group = strings.Contains(s.Summary, "제품군") || strings.HasSuffix(s.Name, " Family")
		// A renamed entry is either current under its own name (renamed
		// in place: the entry carries the new name, the old one is an
		// alias) or an old name whose successor carries its questions:
		// Status.Current tells which, the status note is prose for the
		// learner and is never parsed for a name.
		e.hidden = s.Status.State == awsnotes.StateRenamed && !s.Status.Current()
		for _, n := range append(s.Names(), headings(s)...) {
			// Folded once; the forms without "AWS " or "Amazon " come
			// from the folded name (fold lower-cases them).
			f := fold(n)
			if n == e.name {
				e.fname = f
			}
			for _, v := range []string{f, strings.TrimPrefix(f, "aws "), strings.TrimPrefix(f, "amazon ")} {
				if len(v) >= 2 && runeLen(v) >= 2 && !slices.Contains(e.names, v) {
					e.names = append(e.names, v)
				}
			}
		}
		for _, r := range s.Related {
			e.related[r] = true
		}
		if len(s.Corrections) > 0 {
			e.corrected = map[string]bool{}
			for _, c := range s.Corrections {
				e.corrected[fold(cleanLine(c.Line))] = true
			}
		}
		e.nsrc = 1
		for _, n := range s.Notes {
			e.nsrc += len(n.Lines)
			for _, l := range n.Lines {
				e.nclz += len(l.Highlights)
			}
		}
		for _, sc := range s.Scenarios {
			ix.quotes[fold(sc.Quote)] = true
		}
		for _, m := range s.Mnemonics {
			ix.meanings = append(ix.meanings, meaning{m: m, owner: e})
		}
		ix.entries = append(ix.entries, e)
		ix.byID[s.ID] = e
	}
	for _, e := range ix.entries {
		if e.fname == "" {
			e.fname = fold(e.name)
		}
		for r := range e.related {
			if o, ok := ix.byID[r]; ok {
				o.related[e.s.ID] = true
			}
		}
		for _, r := range e.s.Related {
			if o, ok := ix.byID[r]; ok {
				if ix.byRelated == nil {
					ix.byRelated = map[*entry][]*entry{}
				}
				ix.byRelated[o] = append(ix.byRelated[o], e)
			}
		}
		for _, c := range e.s.Confusables {
			if o, ok := ix.byID[c]; ok && o != e {
				e.confusable[o] = true
				o.confusable[e] = true
			}
		}
		if !e.generic {
			for _, n := range e.names {
				ix.names.add(n, e)
			}
		}
	}
	for _, t := range tables {
		tb := &table{t: t, tasks: t.Tasks, notes: t.Section != ""}
		for _, id := range t.IDs {
			tb.cols = append(tb.cols, ix.byID[id])
		}
		if slices.Contains(tb.cols, nil) {
			continue
		}
		for c, e := range tb.cols {
			tb.t.Columns[c] = e.name
		}
		ix.tables = append(ix.tables, tb)
		for _, e := range tb.cols {
			e.tables = append(e.tables, tb)
			if len(e.tasks) == 0 {
				e.tasks = tb.tasks
			}
		}
	}
	ix.neighbours()
	return ix
}

// detail works out e's detail: the texts and words its notes, tables,
// facts and cases say, its descriptions, blanks, facts and cases.
func (ix *index) detail(e *entry) *detail {
	d := &detail{tokens: map[string]bool{}}
	for _, tb := range e.tables {
		c := slices.Index(tb.cols, e)
		for _, r := range tb.t.Rows {
			d.addText(r.Cells[c])
		}
		if c < len(tb.t.Picks) {
			d.addText(tb.t.Picks[c])
		}
	}
	d.addText(e.s.Summary)
	for _, n := range e.s.Notes {
		for _, l := range n.Lines {
			d.addText(l.Text)
		}
	}
	for _, sc := range e.s.Scenarios {
		d.addText(sc.Quote)
		d.addText(sc.Outcome)
	}
	for _, f := range e.s.Facts {
		d.addText(f.Text)
	}
	for _, c := range e.s.Cases {
		d.addText(c.Stem)
		f := fold(c.Stem)
		d.cases = append(d.cases, caseText{folded: f, tokens: foldedTokens(f)})
	}
	for _, c := range e.s.Corrections {
		d.addText(c.Text)
	}
	d.joined = strings.Join(d.texts, "\x00")
	d.pool = ix.nearOf(e)
	d.near = make([]int, len(d.pool))
	for i, o := range d.pool {
		d.near[i] = confusability(e, o)
	}
	d.nameWords, d.glosses = nameParts(e.s)
	return d
}

// summary returns e's summary as a description a question can show, nil
// if it names an entry; worked out on first use, apart from the detail,
// since a distractor shown by its summary needs nothing else.
func (e *entry) summary() *desc {
	e.onceSummary.Do(func() {
		if f := fold(e.s.Summary); !e.mentions(f) && !e.ix.mentionsOther(e, f) {
			e.summaryDesc = &desc{text: e.s.Summary, folded: f, tokens: foldedTokens(f), where: "요약", summary: true,
				noun: nounLike(e.s.Summary)}
		}
	})
	return e.summaryDesc
}

// facts returns e's fact lines, worked out on first use, apart from the
// detail: a false statement drawn from an entry needs nothing else of it.
func (e *entry) facts() []fact {
	e.onceFacts.Do(func() {
		for _, f := range e.s.Facts {
			text := e.withoutSubject(f.Text)
			ff := fold(text)
			var named []*entry
			e.ix.names.each(ff, func(o *entry) bool {
				if !slices.Contains(named, o) {
					named = append(named, o)
				}
				return true
			})
			e.factList = append(e.factList, fact{text: text, folded: ff, tokens: foldedTokens(ff), named: named,
				exam: strings.Contains(ff, "시험 가이드"), status: statusFact(ff)})
		}
	})
	return e.factList
}

// statusFact reports whether a folded fact line is about availability:
// closed to new customers, retired, no longer offered.
func statusFact(f string) bool {
	for _, w := range []string{"신규 고객", "더 이상", "지원 종료", "서비스 종료", "제공하지 않", "종료된다", "종료한다", "단종", "지원했다"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// subjectParticles are the particles after which a fact's leading name is
// its subject or topic ("Transfer Family는 …"). Not 의: "CloudTrail의
// 추적은 …" without its owner reads "추적은 …", tracking at large.
var subjectParticles = []string{"는 ", "은 ", "이 ", "가 ", "도 ", "에서 ", "에는 "}

// withoutSubject returns a fact line without the entry's own name at its
// head: "Transfer Family는 구매하거나 설치할 인프라가 없어 바로 시작할 수
// 있다." reads "구매하거나 설치할 …", a statement that can stand as an
// option without naming its entry (a distractor that names its entry
// gives itself away). A line that does not start so is returned as is.
func (e *entry) withoutSubject(text string) string {
	if !plain(text) {
		return text // fold may change lengths: keep it whole
	}
	ft := fold(text)
	best := 0
	for _, n := range e.names {
		if !strings.HasPrefix(ft, n) || qualified(e, n) {
			continue
		}
		for _, p := range subjectParticles {
			if strings.HasPrefix(ft[len(n):], p) && len(n)+len(p) > best {
				best = len(n) + len(p)
			}
		}
	}
	if best == 0 || best >= len(text) {
		return text
	}
	return text[best:]
}

// alternatives returns the entries a question may offer against
// description d of e: those a learner would pick instead (see closeTo)
// that d does not also describe (see descBad), in index order. It depends
// on nothing but the catalog, so it is worked out once per description.
func (e *entry) alternatives(d *desc) []*entry {
	e.altsMu.Lock()
	defer e.altsMu.Unlock()
	if alt, ok := e.alts[d]; ok {
		return alt
	}
	var alt []*entry
	for _, o := range e.ix.entries {
		if o != e && closeTo(e, o) && !descBad(e, d, o) {
			alt = append(alt, o)
		}
	}
	if e.alts == nil {
		e.alts = map[*desc][]*entry{}
	}
	e.alts[d] = alt
	return alt
}

// qualified reports whether name n of e is another of its names with
// words after it ("shield advanced" beside "shield", "fsx for lustre"
// beside "fsx"): a part or tier of the entry, whose facts are not true of
// the whole, so the name stays.
func qualified(e *entry, n string) bool {
	if n == fold(e.s.Name) || n == fold(e.s.Short) || n == fold(e.s.Abbr) {
		return false // the entry's own name, whatever its aliases cut from it
	}
	for _, m := range e.names {
		if len(m) < len(n) && strings.HasPrefix(n, m+" ") {
			return true
		}
	}
	return false
}

// neighbours files the entries in buckets by category, main task
// statement and family, from which each entry's near list is drawn the
// first time it is needed (see nearOf).
func (ix *index) neighbours() {
	ix.byCat = map[category.ID][]*entry{}
	ix.byTask = map[category.Task][]*entry{}
	ix.byFam = map[int][]*entry{}
	for _, e := range ix.entries {
		for _, c := range e.s.Categories {
			ix.byCat[c] = append(ix.byCat[c], e)
		}
		if len(e.tasks) > 0 {
			ix.byTask[e.tasks[0]] = append(ix.byTask[e.tasks[0]], e)
		}
		if e.family >= 0 {
			ix.byFam[e.family] = append(ix.byFam[e.family], e)
		}
	}
}

// nearOf works out e's near list: its confusables, table mates, related
// entries, family, then the members of its categories and main task
// statement nearest it in the notes, at most maxNear, in index order.
func (ix *index) nearOf(e *entry) []*entry {
	seen := map[*entry]bool{e: true}
	var near []*entry
	add := func(list ...*entry) {
		for _, o := range list {
			if len(near) >= maxNear {
				return
			}
			if !seen[o] {
				seen[o] = true
				near = append(near, o)
			}
		}
	}
	conf := make([]*entry, 0, len(e.confusable))
	for o := range e.confusable {
		conf = append(conf, o)
	}
	// In index order, so a quiz does not depend on map order.
	slices.SortFunc(conf, func(a, b *entry) int { return a.pos - b.pos })
	add(conf...)
	for _, tb := range e.tables {
		add(tb.cols...)
	}
	for _, r := range e.s.Related {
		if o := ix.byID[r]; o != nil {
			add(o)
		}
	}
	for _, o := range ix.byRelated[e] {
		add(o)
	}
	if e.family >= 0 {
		add(ix.byFam[e.family]...)
	}
	// The categories' and task statement's members nearest the entry in
	// the notes: they grow with the catalog, the pool does not.
	for _, c := range e.s.Categories {
		add(nearest(ix.byCat[c], e)...)
	}
	if len(e.tasks) > 0 {
		add(nearest(ix.byTask[e.tasks[0]], e)...)
	}
	slices.SortFunc(near, func(a, b *entry) int { return a.pos - b.pos })
	return near
}

// maxNear bounds an entry's pool of distractors.
const maxNear = 48

// nearest returns up to maxNear of bucket (in index order), those nearest
// e's position first.
func nearest(bucket []*entry, e *entry) []*entry {
	if len(bucket) <= maxNear {
		return bucket
	}
	i, _ := slices.BinarySearchFunc(bucket, e.pos, func(o *entry, pos int) int { return o.pos - pos })
	lo := max(0, min(i-maxNear/2, len(bucket)-maxNear))
	return bucket[lo : lo+maxNear]
}

// phrasePool returns the phrases o's notes highlighted that may stand
// beside cz's phrase (a phrase of e's notes): of the same role (a verb
// stem beside a verb stem, a noun beside a noun), none that e's notes also
// say, that overlaps the key phrase, or that the line already shows.
func (ix *index) phrasePool(e *entry, cz *cloze, o *entry) []string {
	var out []string
	key, line, role := cz.folded, cz.foldedLine, cz.verbal
	for _, p := range o.nd().phrases {
		if p.verbal != role || strings.Contains(p.folded, key) || strings.Contains(key, p.folded) ||
			strings.Contains(line, p.folded) || e.mentions(p.folded) {
			continue
		}
		if !e.d().says(p.folded) {
			out = append(out, p.text)
		}
	}
	return out
}

// headings lists the headings the notes give s.
func headings(s awsnotes.Service) []string {
	var out []string
	for _, n := range s.Notes {
		out = append(out, n.Heading)
	}
	return out
}

// says reports whether one of the entry's texts holds folded: one search
// of all of them joined, not one per text.
func (d *detail) says(folded string) bool { return strings.Contains(d.joined, folded) }

// addText records s as something the notes say of the entry, for fits.
func (d *detail) addText(s string) {
	if s == "" {
		return
	}
	f := fold(s)
	if !slices.Contains(d.texts, f) {
		d.texts = append(d.texts, f)
		if runeLen(f) >= 8 {
			d.long = append(d.long, f)
		}
	}
	for _, t := range foldedTokens(f) {
		d.tokens[t] = true
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
	found := false
	ix.names.each(folded, func(o *entry) bool {
		if o == e || o.generic || (o.concept && !e.concept) {
			return true
		}
		found = true
		return false
	})
	return found
}

// describe collects the descriptions of e a question can show: its summary
// and the lines of its notes that are long enough to tell it apart, in
// Korean, not quoting a situation and naming neither e nor an entry a
// question could offer beside it.
func (ix *index) describe(e *entry, d *noteDetail) {
	d.descs = make([]*desc, e.nsrc)
	seen := map[string]bool{}
	add := func(src int, text, where string, summary bool) {
		f := fold(text)
		if seen[f] {
			return
		}
		seen[f] = true
		d.descs[src] = &desc{src: src, text: text, folded: f, tokens: foldedTokens(f), where: where, summary: summary,
			noun: nounLike(text)}
	}
	if sum := e.summary(); sum != nil {
		d.descs[0] = sum
		seen[sum.folded] = true
	}
	src := 0
	for _, n := range e.s.Notes {
		for _, l := range n.Lines {
			src++
			text := cleanLine(l.Text)
			f := fold(text)
			switch {
			case runeLen(text) < 12, !hasHangul(text), strings.HasSuffix(text, "때"), quoted(e, f), e.corrected[f],
				strings.ContainsAny(text, "\"“”⇒"), strings.HasPrefix(f, "ex)"),
				e.mentions(f), ix.mentionsOther(e, f):
				continue
			}
			add(src, text, n.Section+" › "+n.Heading, false)
		}
	}
}

// descList returns e's descriptions in source order.
func (d *noteDetail) descList() []*desc {
	var out []*desc
	for _, x := range d.descs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
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
func (ix *index) blanks(e *entry, d *noteDetail) {
	d.clozes = make([]*cloze, e.nclz)
	seen := map[string]bool{}
	phrased := map[string]bool{}
	i := -1
	for _, n := range e.s.Notes {
		for _, l := range n.Lines {
			line := cleanLine(l.Text)
			skip := !hasHangul(line) || e.corrected[fold(line)]
			for _, h := range l.Highlights {
				i++
				if skip {
					continue
				}
				fh := fold(h)
				key := fold(line) + "\x00" + fh
				if seen[key] || runeLen(h) < 2 || !strings.Contains(line, h) ||
					runeLen(h)*10 > runeLen(line)*7 || e.mentions(fh) ||
					strings.HasSuffix(h, "때") || ix.quotes[fh] {
					continue // too long, e's own name, or a situation
				}
				seen[key] = true
				c := &cloze{line: line, phrase: h, where: n.Section + " › " + n.Heading, folded: fh, foldedLine: fold(line),
					verbal: verbal(line, h)}
				if id, ok := ix.lookup(h); ok {
					if id == e.s.ID {
						continue
					}
					c.target = ix.byID[id]
				}
				if c.target == nil && !hasHangul(h) {
					// A bare term from a list ("MySQL, PostgreSQL, Oracle")
					// has no distractors of its own shape.
					continue
				}
				d.clozes[i] = c
				if c.target == nil && !phrased[fh] {
					phrased[fh] = true
					d.phrases = append(d.phrases, phrase{text: h, folded: fh, owner: e, verbal: verbal(line, h)})
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
func fits(folded string, toks []string, key, o *entry) bool {
	strict := key != nil && (key.sharesTable(o) || key.related[o.s.ID])
	d := o.d()
	n := 0
	for _, t := range toks {
		if d.tokens[t] && !(strict && weak[t]) {
			n++
		}
	}
	if strict && n >= 1 || n >= 2 {
		return true
	}
	if d.says(folded) {
		return true
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
