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
}

// candidate is one question the notes can make: its kind, the entry it is
// about and a builder that fills in the options with the generator.
type candidate struct {
	kind Kind
	ref  string
	key  *entry
	// topic is what the question shows from the notes (a description, a
	// quote), folded; one quiz shows each at most once while it can.
	topic string
	build func(r *rng) (Question, bool)
}

// Generate makes a quiz from the embedded notes. The same options give the
// same quiz, byte for byte; see Options for what each field does. Options
// it cannot work with give an *OptionError wrapping ErrCount, ErrChoices,
// ErrKind, ErrCategory, ErrService, ErrDifficulty, ErrShare or
// ErrNotEnough.
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
	return Quiz{Seed: opts.Seed, Questions: qs}, nil
}

// Generator makes quizzes from a catalog of notes of your own (see
// awsnotes.Load), as Generate does from the embedded notes. It is safe for
// concurrent use.
type Generator struct{ ix *index }

// NewGenerator indexes cat for quizzes. Comparison questions come from the
// curated tables of package compare whose entries cat holds under the same
// IDs; Options.Categories name categories of the embedded taxonomy.
func NewGenerator(cat *awsnotes.Catalog) (*Generator, error) {
	if cat == nil || cat.Len() == 0 {
		return nil, errors.New("quiz: NewGenerator needs a catalog with entries")
	}
	var tables []compare.Table
	for _, t := range compare.All() {
		ok := true
		for i, id := range t.IDs {
			s, found := cat.Get(id)
			if !found {
				ok = false
				break
			}
			t.Columns[i] = s.DisplayName()
		}
		if ok {
			tables = append(tables, t)
		}
	}
	return &Generator{ix: buildIndex(cat, tables)}, nil
}

// Generate makes a quiz from the generator's notes; see the package-level
// Generate.
func (gn *Generator) Generate(opts Options) (Quiz, error) { return generateFrom(gn.ix, opts) }

// Available says how many distinct questions of each kind the generator's
// notes support; see the package-level Available.
func (gn *Generator) Available(opts Options) (map[Kind]int, error) { return available(gn.ix, opts) }

// Available returns how many distinct questions of each kind the notes
// support with these options (Seed and Count aside), for showing a learner
// how far a filter narrows the pool. Kinds with none are left out.
func Available(opts Options) (map[Kind]int, error) {
	ix, err := loadIndex()
	if err != nil {
		return nil, err
	}
	return available(ix, opts)
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
	for _, c := range g.candidates() {
		if _, ok := c.build(r); ok {
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
	g := &gen{ix: ix, choices: choices, share: opts.MultipleResponse, level: opts.Difficulty}
	for i, k := range opts.Kinds {
		if !k.Valid() {
			return nil, 0, &OptionError{Field: fmt.Sprintf("Kinds[%d]", i), Value: fmt.Sprintf("%q", k), Err: ErrKind}
		}
		if !slices.Contains(g.kinds, k) {
			g.kinds = append(g.kinds, k)
		}
	}
	if len(g.kinds) == 0 {
		g.kinds = Kinds()
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
		g.allowed[i] = !excluded[e] && !(opts.ActiveOnly && e.s.Status.State == awsnotes.StateRetired)
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

// weights is the usual mix of kinds, shaped like the exam: mostly "which
// service" items, about a quarter situations (scenarios and comparison
// picks), some multiple response.
var weights = map[Kind]int{
	ServiceFromDescription: 4, DescriptionFromService: 2, Scenario: 3, Comparison: 3,
	Cloze: 2, TrueFalse: 2, ChooseTwo: 2, Mnemonic: 1,
}

// choose picks count questions: kinds in the usual mix (smooth weighted
// round robin, so small quizzes are mixed too), within a kind candidates in
// a seeded order, preferring entries not asked about yet and notes not
// shown yet; then the questions are shuffled. It returns fewer when the notes run out, with the
// number of questions the notes could make at all.
func (g *gen) choose(r *rng, count int) ([]Question, int) {
	byKind := map[Kind][]candidate{}
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
	shown := map[string]bool{}
	var out []Question
	take := func(k Kind) bool {
		list := byKind[k]
		// First an entry not asked about yet, then a description or quote
		// not shown yet, then any.
		for pass := 0; pass < 3; pass++ {
			for i := 0; i < len(list); i++ {
				c := list[i]
				if pass == 0 && used[c.key] > 0 || pass < 2 && c.topic != "" && shown[c.topic] {
					continue
				}
				q, ok := c.build(r)
				list = slices.Delete(list, i, i+1)
				i--
				if !ok {
					continue
				}
				q.Ref, q.Kind = c.ref, c.kind
				used[c.key]++
				if c.topic != "" {
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
	shared := g.share > 0 && slices.Contains(active, ChooseTwo)
	if shared {
		want := int(math.Round(g.share * float64(count)))
		for len(out) < want && take(ChooseTwo) {
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
		// Everything was tried; the remaining lists are empty.
		for _, k := range g.kinds {
			for _, c := range byKind[k] {
				if _, ok := c.build(r); ok {
					made++
				}
			}
		}
	}
	shuffle(r, out)
	return out, made
}

// pick is a distractor: an entry and what the question shows for it.
type pick struct {
	e    *entry
	text string
}

// others picks n distractors for a question whose key is keys[0]: entries
// other than keys, allowed in this quiz, of the same sort as the key
// (services with services, concepts with concepts) when sameFamily is set,
// for which show returns a text to offer. Entries a learner would confuse
// with the key come first: the same category, the same comparison table,
// related entries, entries of the key's kind (service, feature, …); ties
// are broken at random. No two picks show the same
// text, nor one of taken. It returns nil when there are not n.
func (g *gen) others(r *rng, keys []*entry, n int, sameFamily bool, taken []string, show func(d *entry) (string, bool)) []pick {
	key := keys[0]
	type scored struct {
		p     pick
		score int
	}
	var cands []scored
	for _, d := range g.ix.entries {
		if !g.ok(d) || slices.Contains(keys, d) || sameFamily && d.concept != key.concept {
			continue
		}
		// Concepts that point to each other overlap (쿠버네티스 is an
		// orchestration tool), and so do a group and its members (Snow
		// Family, Snowball): neither is a fair distractor for the other.
		if (d.concept && key.concept || d.group || key.group) && d.related[key.s.ID] {
			continue
		}
		text, ok := show(d)
		if !ok {
			continue
		}
		s := 0
		if d.primary() == key.primary() {
			s += 4
		} else if d.sharesCategory(key) {
			s += 2
		}
		if d.sharesTable(key) {
			s += 3
		}
		if d.related[key.s.ID] {
			s += 2
		}
		if d.s.Kind == key.s.Kind {
			// A service beside services, a feature beside features: an
			// AMI among messaging services is no distractor at all.
			s += 2
		}
		switch g.level {
		case Easy:
			s = -s*3 + r.intn(7)
		case Hard:
			s = s*3 + r.intn(2)
		default:
			s = s*3 + r.intn(7)
		}
		cands = append(cands, scored{pick{d, text}, s})
	}
	slices.SortStableFunc(cands, func(a, b scored) int { return b.score - a.score })
	seen := map[string]bool{}
	for _, t := range taken {
		seen[fold(t)] = true
	}
	var out []pick
	for _, c := range cands {
		if len(out) == n {
			break
		}
		f := fold(c.p.text)
		if seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, c.p)
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
// keys' summaries and status, then a line per distractor: the entry's
// summary, or for an option that shows what the notes say of an entry,
// whose it is.
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
		if !k.s.Status.Active() {
			fmt.Fprintf(&b, " (참고: %s)", k.s.Status.Note)
		}
	}
	for _, p := range ps {
		if p.text == p.e.name {
			fmt.Fprintf(&b, "\n· %s: %s", p.e.name, p.e.s.Summary)
		} else {
			// The option shows something said of p.e: say whose it is.
			fmt.Fprintf(&b, "\n· %s → %s", p.text, p.e.name)
		}
	}
	return b.String()
}
