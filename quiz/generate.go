package quiz

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

// gen is one Generate call: the index and the options, checked.
type gen struct {
	ix      *index
	choices int
	kinds   []Kind
	share   float64
	level   Difficulty
	allowed []bool // by entry position: may appear at all
	subject []bool // by entry position: a question may be about it
	cats    []category.ID
	domains []category.Domain
	tasks   []category.Task
	prov    Provenance
	seed    uint64
	// primary, when set, keeps only questions whose main task statement
	// is in this domain (the mock exam draws each domain apart).
	primary category.Domain
	// retiredOK lets retired and closed entries answer exam-voice
	// situations (Options.IncludeRetired).
	retiredOK bool
}

// candidate is one question the notes can make: its kind, the entry it is
// about and a builder that fills in the options with the generator.
type candidate struct {
	kind Kind
	ref  string
	key  *entry
	// topic is what the question shows from the notes (a description, a
	// quote); one quiz shows each at most once while it can.
	topic topicKey
	// cat is the category a question about a category is asked under.
	cat category.ID
	// added marks a question built from what was added beyond the notes
	// (facts, cases, corrections, tables not drawn from the notes).
	added bool
	// tasks are the exam task statements the question serves: its table's,
	// else its key's.
	tasks []category.Task
	build func(g *gen, r *rng) (Question, bool)
}

// topicKey names what a question shows: an entry's description source i
// (or case -1-i), or a folded text s. The zero value is no topic.
type topicKey struct {
	e *entry
	i int
	s string
}

// rngFor returns the generator of one question: it depends only on the
// quiz's seed and the question's ref, so a question is the same whichever
// others the quiz holds, and can be made again from its ref alone.
func (c *candidate) rngFor(seed uint64) *rng {
	h := uint64(14695981039346656037)
	for i := 0; i < len(c.ref); i++ {
		h ^= uint64(c.ref[i])
		h *= 1099511628211
	}
	return newRNG(seed ^ h)
}

// make builds the question, stamped with its ref, kind, domain and tasks.
func (c *candidate) make(g *gen, seed uint64) (Question, bool) {
	q, ok := c.build(g, c.rngFor(seed))
	if !ok {
		return Question{}, false
	}
	q.Ref, q.Kind = c.ref, c.kind
	q.Tasks = slices.Clone(c.tasks)
	if len(c.tasks) > 0 {
		q.Domain = c.tasks[0].Domain()
	}
	q.Origin = awsnotes.OriginNotes
	if c.added {
		q.Origin = awsnotes.OriginAdded
	}
	return q, true
}

// Generate makes a quiz from the embedded notes. The same options give the
// same quiz, byte for byte; see Options for what each field does. Options
// it cannot work with give an *OptionError wrapping ErrCount, ErrChoices,
// ErrKind, ErrCategory, ErrService, ErrDomain, ErrProvenance,
// ErrDifficulty, ErrShare or ErrNotEnough.
func Generate(opts Options) (Quiz, error) {
	ix, err := loadIndex()
	if err != nil {
		return Quiz{}, err
	}
	return generateFrom(ix, opts)
}

// generateFrom is Generate over any index: tests pin the golden quiz to a
// snapshot of the notes.
func generateFrom(ix *index, opts Options) (Quiz, error) {
	g, count, err := newGen(ix, opts)
	if err != nil {
		return Quiz{}, err
	}
	qs, made := g.choose(newRNG(opts.Seed), count)
	if len(qs) < count {
		return Quiz{}, &OptionError{Field: "Count", Value: count, Err: ErrNotEnough,
			Detail: fmt.Sprintf("the notes support %d with these options", made)}
	}
	opts.Count = count
	return Quiz{Seed: opts.Seed, Options: opts, Questions: qs}, nil
}

// Generator makes quizzes from a catalog of notes of your own (see
// awsnotes.Load), as Generate does from the embedded notes. It is safe for
// concurrent use.
type Generator struct{ ix *index }

// NewGenerator indexes cat for quizzes: a catalog from awsnotes.Load or
// awsnotes.Extend, with its own curated comparison tables (see
// compare.For). Options.Categories name categories of the embedded
// taxonomy.
func NewGenerator(cat *awsnotes.Catalog) (*Generator, error) {
	if cat == nil || cat.Len() == 0 {
		return nil, errors.New("quiz: NewGenerator needs a catalog with entries")
	}
	tables, err := compare.For(cat)
	if err != nil {
		return nil, fmt.Errorf("quiz: %w", err)
	}
	return &Generator{ix: buildIndex(cat, tables.All())}, nil
}

// Generate makes a quiz from the generator's notes; see the package-level
// Generate.
func (gn *Generator) Generate(opts Options) (Quiz, error) { return generateFrom(gn.ix, opts) }

// Available says how many distinct questions of each kind the generator's
// notes support; see the package-level Available.
func (gn *Generator) Available(opts Options) (map[Kind]int, error) { return available(gn.ix, opts) }

// Available returns how many distinct questions of each kind the notes
// support with these options (Count aside), for showing a learner how far
// a filter narrows the pool: the most a quiz of these options can hold.
// Kinds with none are left out.
//
// The count is for opts.Seed: a question's options are drawn with the
// seed, and a draw that would give the key away, or a true/false
// statement that would read like another question's, is left out, so
// two seeds may differ by a few questions. Compare counts of one seed
// (the README's is the zero Options').
func Available(opts Options) (map[Kind]int, error) {
	ix, err := loadIndex()
	if err != nil {
		return nil, err
	}
	return available(ix, opts)
}

// Questions makes the questions of refs from the embedded notes, each as
// any quiz of opts.Seed would ask it (a question depends only on the seed
// and its ref), in the order given. A ref the notes cannot make under
// opts (unknown, left out by a filter, or one the seed's draw cannot
// make) is skipped, not an error: refs saved by a study program outlive
// data updates. With no refs it makes every question opts allow, one per
// stem as a quiz would ask them, in an order drawn from opts.Seed, so the
// kinds come mixed. opts.Count is ignored; options Generate cannot work
// with give its *OptionError.
func Questions(opts Options, refs ...string) ([]Question, error) {
	ix, err := loadIndex()
	if err != nil {
		return nil, err
	}
	return questions(ix, opts, refs)
}

// Questions makes questions from the generator's notes; see the
// package-level Questions.
func (gn *Generator) Questions(opts Options, refs ...string) ([]Question, error) {
	return questions(gn.ix, opts, refs)
}

// questions is Questions over any index.
func questions(ix *index, opts Options, refs []string) ([]Question, error) {
	opts.Count = 0
	g, _, err := newGen(ix, opts)
	if err != nil {
		return nil, err
	}
	cands := g.candidates()
	if len(refs) == 0 {
		var out []Question
		stems := map[string]bool{}
		for _, c := range cands {
			if q, ok := c.make(g, opts.Seed); ok && !stems[stem(q)] {
				stems[stem(q)] = true
				out = append(out, q)
			}
		}
		shuffle(newRNG(opts.Seed), out)
		return out, nil
	}
	want := make(map[string]*candidate, len(refs))
	for _, r := range refs {
		want[r] = nil
	}
	for _, c := range cands {
		if _, ok := want[c.ref]; ok {
			want[c.ref] = c
		}
	}
	out := make([]Question, 0, len(refs))
	for _, r := range refs {
		if c := want[r]; c != nil {
			if q, ok := c.make(g, opts.Seed); ok {
				out = append(out, q)
			}
		}
	}
	return out, nil
}

// available is Available over any index.
func available(ix *index, opts Options) (map[Kind]int, error) {
	opts.Count = 0
	g, _, err := newGen(ix, opts)
	if err != nil {
		return nil, err
	}
	out := map[Kind]int{}
	r := newRNG(opts.Seed)
	_ = r
	stems := map[string]bool{}
	for _, c := range g.candidates() {
		if q, ok := c.make(g, opts.Seed); ok && !stems[stem(q)] {
			stems[stem(q)] = true
			out[c.kind]++
		}
	}
	return out, nil
}

// newGen checks opts and works out, per entry, whether the quiz may show
// it and ask about it. It returns the number of questions to make.
func newGen(ix *index, opts Options) (*gen, int, error) {
	count := opts.Count
	switch {
	case count < 0:
		return nil, 0, &OptionError{Field: "Count", Value: count, Err: ErrCount}
	case count == 0:
		count = DefaultCount
	}
	choices := opts.Choices
	if choices == 0 {
		choices = DefaultChoices
	}
	if choices < 2 || choices > MaxChoices {
		return nil, 0, &OptionError{Field: "Choices", Value: opts.Choices, Err: ErrChoices,
			Detail: fmt.Sprintf("between 2 and %d", MaxChoices)}
	}
	if math.IsNaN(opts.MultipleResponse) || opts.MultipleResponse < 0 || opts.MultipleResponse > 1 {
		return nil, 0, &OptionError{Field: "MultipleResponse", Value: opts.MultipleResponse, Err: ErrShare,
			Detail: "between 0 and 1"}
	}
	if opts.Difficulty < Normal || opts.Difficulty > Hard {
		return nil, 0, &OptionError{Field: "Difficulty", Value: int(opts.Difficulty), Err: ErrDifficulty}
	}
	if opts.Provenance < Everything || opts.Provenance > AddedOnly {
		return nil, 0, &OptionError{Field: "Provenance", Value: int(opts.Provenance), Err: ErrProvenance}
	}
	g := &gen{ix: ix, choices: choices, share: opts.MultipleResponse, level: opts.Difficulty, prov: opts.Provenance, seed: opts.Seed,
		retiredOK: opts.IncludeRetired}
	for i, d := range opts.Domains {
		if !d.Valid() {
			return nil, 0, &OptionError{Field: fmt.Sprintf("Domains[%d]", i), Value: int(d), Err: ErrDomain, Detail: "1 to 4"}
		}
		g.domains = append(g.domains, d)
	}
	for i, t := range opts.Tasks {
		if !t.Valid() {
			return nil, 0, &OptionError{Field: fmt.Sprintf("Tasks[%d]", i), Value: fmt.Sprintf("%q", t), Err: ErrDomain}
		}
		g.tasks = append(g.tasks, t)
	}
	for i, k := range opts.Kinds {
		if !k.Valid() {
			return nil, 0, &OptionError{Field: fmt.Sprintf("Kinds[%d]", i), Value: fmt.Sprintf("%q", k), Err: ErrKind}
		}
		if !slices.Contains(g.kinds, k) {
			g.kinds = append(g.kinds, k)
		}
	}
	if len(g.kinds) == 0 {
		g.kinds = defaultKinds()
	}
	for i, c := range opts.Categories {
		cat, ok := category.Get(c)
		if !ok {
			cat, ok = category.Lookup(string(c))
		}
		if !ok {
			return nil, 0, &OptionError{Field: fmt.Sprintf("Categories[%d]", i), Value: fmt.Sprintf("%q", c), Err: ErrCategory}
		}
		g.cats = append(g.cats, cat.ID)
	}
	resolve := func(field string, ids []awsnotes.ID) (map[*entry]bool, error) {
		set := map[*entry]bool{}
		for i, id := range ids {
			e, ok := ix.byID[id]
			if !ok {
				if found, ok2 := ix.lookup(string(id)); ok2 {
					e, ok = ix.byID[found]
				}
			}
			if !ok {
				return nil, &OptionError{Field: fmt.Sprintf("%s[%d]", field, i), Value: fmt.Sprintf("%q", id), Err: ErrService}
			}
			set[e] = true
		}
		return set, nil
	}
	only, err := resolve("Services", opts.Services)
	if err != nil {
		return nil, 0, err
	}
	excluded, err := resolve("Exclude", opts.Exclude)
	if err != nil {
		return nil, 0, err
	}
	g.allowed = make([]bool, len(ix.entries))
	g.subject = make([]bool, len(ix.entries))
	for i, e := range ix.entries {
		g.allowed[i] = !excluded[e] && !e.hidden && (!e.retired || opts.IncludeRetired && !opts.ActiveOnly) &&
			!(opts.ActiveOnly && !e.s.Status.Current())
		g.subject[i] = g.allowed[i] && (len(only) == 0 || only[e]) && g.inCategories(e)
	}
	return g, count, nil
}

// inCategories reports whether e is in one of the asked-for categories.
func (g *gen) inCategories(e *entry) bool {
	if len(g.cats) == 0 {
		return true
	}
	for _, c := range g.cats {
		if e.s.InCategory(c) {
			return true
		}
	}
	return false
}

// serves reports whether a candidate passes the domain, task and
// provenance filters.
func (g *gen) serves(c *candidate) bool {
	switch g.prov {
	case NotesOnly:
		if c.added {
			return false
		}
	case AddedOnly:
		if !c.added {
			return false
		}
	}
	if g.primary != 0 && (len(c.tasks) == 0 || c.tasks[0].Domain() != g.primary) {
		return false
	}
	if len(g.domains) > 0 && !slices.ContainsFunc(c.tasks, func(t category.Task) bool { return slices.Contains(g.domains, t.Domain()) }) {
		return false
	}
	if len(g.tasks) > 0 && !slices.ContainsFunc(c.tasks, func(t category.Task) bool { return slices.Contains(g.tasks, t) }) {
		return false
	}
	return true
}

// ok reports whether e may appear in the quiz; about, whether a question
// may be about it.
func (g *gen) ok(e *entry) bool    { return e != nil && g.allowed[e.pos] }
func (g *gen) about(e *entry) bool { return e != nil && g.subject[e.pos] }

// subjects are the entries questions may be about under the options, in
// index order.
func (g *gen) subjects() []*entry {
	var out []*entry
	for _, e := range g.ix.entries {
		if g.about(e) {
			out = append(out, e)
		}
	}
	return out
}

// weights is the usual mix of kinds, shaped like the exam: mostly
// situations in the exam's voice and "which service" items, some
// multiple response, a few of the notes' own shapes.
var weights = map[Kind]int{
	ServiceFromDescription: 3, DescriptionFromService: 2, Scenario: 2, Comparison: 2,
	Cloze: 1, TrueFalse: 1, ChooseTwo: 2, Mnemonic: 1,
	ExamCase: 6, SharedResponsibility: 2, PricingModel: 2, SupportPlan: 2, Pillar: 2,
	CAFPerspective: 2, MigrationStrategy: 2, NotItem: 2, LeastMost: 2, Correction: 1,
}

// stem returns what a question asks, without its options: the text no
// two questions of one quiz may share.
func stem(q Question) string { return q.Prompt }

// choose picks count questions: kinds in the usual mix (smooth weighted
// round robin, so small quizzes are mixed too), within a kind candidates in
// a seeded order, preferring entries not asked about yet and notes not
// shown yet, and never two questions with one stem; then the questions are
// shuffled. It returns fewer when the notes run out, with the number of
// questions the notes could make at all.
func (g *gen) choose(r *rng, count int) ([]Question, int) {
	byKind := map[Kind][]*candidate{}
	for _, c := range g.candidates() {
		byKind[c.kind] = append(byKind[c.kind], c)
	}
	var active []Kind
	for _, k := range g.kinds {
		if len(byKind[k]) > 0 {
			shuffle(r, byKind[k])
			active = append(active, k)
		}
	}
	used := map[*entry]int{}
	shown := map[topicKey]bool{}
	stems := map[string]bool{}
	var out []Question
	take := func(k Kind) bool {
		list := byKind[k]
		// First an entry not asked about yet, then a description or quote
		// not shown yet, then any.
		for pass := 0; pass < 3; pass++ {
			for i := 0; i < len(list); i++ {
				c := list[i]
				if pass == 0 && used[c.key] > 0 || pass < 2 && c.topic != (topicKey{}) && shown[c.topic] {
					continue
				}
				q, ok := c.make(g, g.seed)
				list = slices.Delete(list, i, i+1)
				i--
				if !ok || stems[stem(q)] {
					continue
				}
				stems[stem(q)] = true
				used[c.key]++
				if c.topic != (topicKey{}) {
					shown[c.topic] = true
				}
				out = append(out, q)
				byKind[k] = list
				return true
			}
		}
		byKind[k] = list
		return false
	}
	// Multiple response first, when a share is asked for.
	shared := g.share > 0 && slices.ContainsFunc(active, multiKind)
	if shared {
		want := int(math.Round(g.share * float64(count)))
		for len(out) < want && g.takeMulti(active, take) {
		}
		// The rest of the quiz is single answer, so the share is exact.
		active = slices.DeleteFunc(active, func(k Kind) bool { return k == ChooseTwo })
	}
	current := map[Kind]int{}
	for len(out) < count && len(active) > 0 {
		total, best := 0, -1
		for i, k := range active {
			current[k] += weights[k]
			total += weights[k]
			if best < 0 || current[k] > current[active[best]] {
				best = i
			}
		}
		k := active[best]
		current[k] -= total
		if !take(k) {
			active = slices.Delete(active, best, best+1)
		}
	}
	// Unless the single-answer questions run out (Kinds is only ChooseTwo,
	// or the other kinds are few): then more multiple-response questions
	// are better than too few questions.
	for shared && len(out) < count && take(ChooseTwo) {
	}
	made := len(out)
	if len(out) < count {
		// Everything was tried; count what the rest could still make.
		for _, k := range g.kinds {
			for _, c := range byKind[k] {
				if q, ok := c.make(g, g.seed); ok && !stems[stem(q)] {
					stems[stem(q)] = true
					made++
				}
			}
		}
	}
	shuffle(r, out)
	return out, made
}

// multiKind reports whether k makes multiple-response questions.
func multiKind(k Kind) bool { return k == ChooseTwo }

// takeMulti takes one multiple-response question.
func (g *gen) takeMulti(active []Kind, take func(Kind) bool) bool {
	return slices.Contains(active, ChooseTwo) && take(ChooseTwo)
}

// pick is a distractor: an entry and what the question shows for it.
type pick struct {
	e    *entry
	text string
}

// offer reports whether d may be shown as an option of a question about
// keys: allowed in this quiz, none of the keys, of the keys' sort when
// sameFamily is set, and not overlapping a key (a group and its members,
// concepts that point to each other).
func (g *gen) offer(keys []*entry, d *entry, sameFamily bool) bool {
	key := keys[0]
	if !g.ok(d) || slices.Contains(keys, d) || sameFamily && sortOf(d) != sortOf(key) {
		return false
	}
	// Concepts that point to each other overlap (쿠버네티스 is an
	// orchestration tool), and so do a group and its members (Snow
	// Family, Snowball): neither is a fair distractor for the other.
	for _, k := range keys {
		if (d.concept && k.concept || d.group || k.group) && d.related[k.s.ID] && !k.confusable[d] {
			return false
		}
	}
	return true
}

// sortOf is what sort of thing an entry is, as an option shows it: AWS
// services and their features are one sort, concepts, programs and teams
// each their own. A team among services ("AWS Trust & Safety" beside
// Detective and Cognito) or a charge among purchase options stands out.
func sortOf(e *entry) awsnotes.Kind {
	if e.s.Kind == awsnotes.KindFeature {
		return awsnotes.KindService
	}
	return e.s.Kind
}

// confusability scores how readily a learner mistakes d for key: the
// data's confusables first, then the same comparison table, the same
// category, related entries, the same task statement or domain, the same
// kind of entry.
func confusability(key, d *entry) int {
	s := 0
	if key.confusable[d] {
		s += 8
	}
	if key.family >= 0 && d.family == key.family {
		// A pillar beside pillars, a support plan beside support plans.
		s += 8
	}
	if d.primary() == key.primary() {
		s += 4
	} else if d.sharesCategory(key) {
		s += 2
	}
	if d.sharesTable(key) {
		s += 4
	}
	if d.related[key.s.ID] {
		s += 2
	}
	if len(key.tasks) > 0 && len(d.tasks) > 0 {
		if slices.Contains(d.tasks, key.tasks[0]) {
			s += 2
		} else if d.tasks[0].Domain() == key.tasks[0].Domain() {
			s++
		}
	}
	if d.s.Kind == key.s.Kind {
		// A service beside services, a feature beside features: an
		// AMI among messaging services is no distractor at all.
		s += 2
	}
	return s
}

// others picks n distractors for a question whose key is keys[0]: entries
// other than keys that offer allows, for which show returns a text to
// offer. Entries a learner would confuse with the key come first (see
// confusability), ties broken at random; at Normal difficulty no more than
// two of them come from one family of related entries (three Snow devices
// against Migration Hub teach nothing). No two picks show the same text,
// nor one of taken. show is called only for the entries considered, so a
// question costs what its best candidates cost. It returns nil when there
// are not n.
func (g *gen) others(r *rng, keys []*entry, n int, sameFamily bool, taken []string, show func(d *entry) (string, bool)) []pick {
	return g.othersPrefer(r, keys, n, sameFamily, taken, show, nil)
}

// othersPrefer is others with the entries of prefer (those a hand-written
// explanation contrasts with the key) first, whatever the difficulty,
// while offer and show allow them.
func (g *gen) othersPrefer(r *rng, keys []*entry, n int, sameFamily bool, taken []string, show func(d *entry) (string, bool), prefer []*entry) []pick {
	key := keys[0]
	type scored struct {
		e     *entry
		score int
	}
	pool, base := key.d().pool, key.d().near
	if g.level == Easy {
		pool, base = g.ix.entries, nil // far from the key, on purpose
	}
	cands := make([]scored, 0, len(pool)+len(prefer))
	score := func(d *entry, s int) {
		preferred := slices.Contains(prefer, d)
		if s < minConfusability && g.level != Easy && !preferred {
			return // from nowhere: neither confusable nor of the same kind
		}
		switch g.level {
		case Easy:
			s = -s*3 + r.intn(7)
		case Hard:
			s = s*3 + r.intn(2)
		default:
			s = s*3 + r.intn(7)
		}
		if preferred {
			s += 1 << 20
		}
		cands = append(cands, scored{d, s})
	}
	for i, d := range pool {
		// What the explanation contrasts with the key may stand beside it
		// across the line between concepts and services: the writer set
		// them side by side.
		if !g.offer(keys, d, sameFamily && !slices.Contains(prefer, d)) {
			continue
		}
		if base != nil {
			score(d, base[i])
		} else {
			score(d, confusability(key, d))
		}
	}
	for _, d := range prefer {
		if !slices.Contains(pool, d) && g.offer(keys, d, false) {
			score(d, confusability(key, d))
		}
	}
	slices.SortStableFunc(cands, func(a, b scored) int { return b.score - a.score })
	seen := map[string]bool{}
	for _, t := range taken {
		seen[fold(t)] = true
	}
	var out []pick
	var deferred []pick
	family := func(d *entry) int {
		k := 0
		for _, p := range out {
			if p.e.related[d.s.ID] || p.e.group && d.related[p.e.s.ID] {
				k++
			}
		}
		return k
	}
	for _, c := range cands {
		if len(out) == n {
			break
		}
		text, ok := show(c.e)
		if !ok {
			continue
		}
		f := c.e.fname
		if text != c.e.name {
			f = fold(text)
		}
		if seen[f] {
			continue
		}
		seen[f] = true
		if g.level != Hard && family(c.e) >= 1 && len(out) >= 2 && !key.confusable[c.e] {
			deferred = append(deferred, pick{c.e, text})
			continue
		}
		out = append(out, pick{c.e, text})
	}
	for _, d := range deferred {
		if len(out) == n {
			break
		}
		out = append(out, d)
	}
	if len(out) < n {
		return nil
	}
	return out
}

// assemble shuffles the key texts among the distractor texts and returns
// the choices and the keys' positions, in increasing order.
func assemble(r *rng, keys []string, distractors []pick) ([]string, []int) {
	type opt struct {
		text string
		key  bool
	}
	opts := make([]opt, 0, len(keys)+len(distractors))
	for _, k := range keys {
		opts = append(opts, opt{k, true})
	}
	for _, d := range distractors {
		opts = append(opts, opt{d.text, false})
	}
	shuffle(r, opts)
	choices := make([]string, len(opts))
	var answers []int
	for i, o := range opts {
		choices[i] = o.text
		if o.key {
			answers = append(answers, i)
		}
	}
	return choices, answers
}

// ids lists the entries' IDs, keys first, each once (an entry can give two
// options, as one with two mnemonics does).
func ids(keys []*entry, ps []pick) []awsnotes.ID {
	var out []awsnotes.ID
	add := func(id awsnotes.ID) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	for _, k := range keys {
		add(k.s.ID)
	}
	for _, p := range ps {
		add(p.e.s.ID)
	}
	return out
}

// explain writes an explanation: the lead (why the key is right), the
// keys' summaries, then a line per distractor: the entry's summary, or for
// an option that shows what the notes say of an entry, whose it is; last,
// the status (with its date) of every entry shown that is not active.
func explain(lead string, keys []*entry, ps []pick) string {
	var b strings.Builder
	if lead != "" {
		b.WriteString(lead)
	}
	for _, k := range keys {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %s", k.name, k.s.Summary)
	}
	for _, p := range ps {
		if p.text == p.e.name {
			fmt.Fprintf(&b, "\n· %s: %s", p.e.name, p.e.s.Summary)
		} else {
			// The option shows something said of p.e: say whose it is.
			fmt.Fprintf(&b, "\n· %s → %s", p.text, p.e.name)
		}
	}
	var shown []*entry
	for _, k := range keys {
		shown = append(shown, k)
	}
	for _, p := range ps {
		shown = append(shown, p.e)
	}
	// And the entries a statement shown names in its text (Cloud9 in a
	// fact of CloudShell): what AWS changed carries its status wherever it
	// appears.
	if len(keys) > 0 {
		ix := keys[0].ix
		texts := []string{lead}
		for _, p := range ps {
			if p.text != p.e.name {
				texts = append(texts, p.text)
			}
		}
		for _, t := range texts {
			shown = append(shown, namedByName(ix, t)...)
		}
	}
	b.WriteString(statusNotes(shown))
	return b.String()
}

// stateLabel names a lifecycle state in Korean.
func stateLabel(s awsnotes.State) string {
	switch s {
	case awsnotes.StateRetired:
		return "서비스 종료"
	case awsnotes.StateRenamed:
		return "이름 변경"
	case awsnotes.StateLimited:
		return "신규 고객 제공 중단"
	}
	return string(s)
}

// statusNotes says, one line each, the status of every entry of list that
// is not active, each once ("※ Snowmobile — 서비스 종료 (2024-04): …"),
// then the changes AWS has announced for a later date.
func statusNotes(list []*entry) string {
	var b strings.Builder
	var done []*entry
	for _, e := range list {
		if e == nil || e.s.Status.Active() || slices.Contains(done, e) {
			continue
		}
		done = append(done, e)
		st := e.s.Status
		fmt.Fprintf(&b, "\n※ %s — %s", e.name, stateLabel(st.State))
		if st.Date != "" {
			fmt.Fprintf(&b, " (%s)", st.Date)
		}
		if st.Note != "" {
			b.WriteString(": " + st.Note)
		}
	}
	for _, e := range list {
		if e == nil || e.s.Notice == nil || slices.Contains(done, e) {
			continue
		}
		done = append(done, e)
		fmt.Fprintf(&b, "\n※ %s — %s 예정: %s", e.name, e.s.Notice.Date, e.s.Notice.Text)
	}
	return b.String()
}

// minConfusability is the least confusability (see confusability) a
// distractor needs outside Easy quizzes: more than being an entry of the
// same sort, such as the same main category, a curated table or a task
// statement shared with the key.
const minConfusability = 4

// namedByName returns the entries text names by a name a learner reads as
// the product's (its display name, official name, short name or
// abbreviation), not by a Korean alias that is also an everyday word
// ("지원" for AWS Support in "UDP를 지원하고").
func namedByName(ix *index, text string) []*entry {
	ft := fold(text)
	var out []*entry
	ix.names.each(ft, func(o *entry) bool {
		if o.generic || slices.Contains(out, o) {
			return true
		}
		for _, n := range []string{o.name, o.s.Name, o.s.Short, o.s.Abbr} {
			if n != "" && strings.Contains(ft, fold(n)) {
				out = append(out, o)
				break
			}
		}
		return true
	})
	return out
}
