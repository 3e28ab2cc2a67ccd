package quiz

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/internal/josa"
)

// family is a set of entries the exam asks a learner to choose among: the
// EC2 purchase options, the AWS Support plans, the Well-Architected
// pillars, the AWS CAF perspectives, the 7 Rs, the two sides of the shared
// responsibility model. Its members are entry IDs; the questions come from
// the members' cases and the picks of the curated tables that compare
// them, so a catalog without them simply has none of these questions.
type family struct {
	kind    Kind
	parent  awsnotes.ID   // the entry that names the set; may be absent
	members []awsnotes.ID // in the order the exam guide lists them
	noun    string        // what a member is: "원칙", "관점"
	// ask follows a case's stem; askPick heads a table's "when to pick"
	// line.
	ask, askPick string
	// parties, when set, are what the options say for each member, and
	// the options are the members alone: "누구의 책임입니까?" is answered
	// by a party (AWS, 고객, 공동), never by a concept beside them.
	parties map[awsnotes.ID]string
}

// option is what an option says for member e: its party, or its name.
func (f family) option(e *entry) string {
	if p, ok := f.parties[e.s.ID]; ok {
		return p
	}
	return e.name
}

var families = []family{
	{kind: PricingModel, members: []awsnotes.ID{"on-demand-instances", "reserved-instances", "savings-plans", "spot-instances",
		"dedicated-hosts", "dedicated-instances", "capacity-reservations"}, noun: "구매 옵션",
		ask:     "이 요구 사항을 충족하는 가장 비용 효율적인 EC2 구매 옵션은 무엇입니까?",
		askPick: "다음 상황에 가장 알맞은 EC2 구매 옵션은 무엇입니까?"},
	{kind: SupportPlan, parent: "support", members: []awsnotes.ID{"basic-support", "developer-support", "business-support",
		"enterprise-on-ramp", "enterprise-support"}, noun: "플랜",
		ask:     "이 요구 사항을 충족하는 가장 비용 효율적인 AWS Support 플랜은 무엇입니까?",
		askPick: "다음 요구 사항을 충족하는 가장 비용 효율적인 AWS Support 플랜은 무엇입니까?"},
	{kind: Pillar, parent: "well-architected-framework", members: []awsnotes.ID{"operational-excellence", "security-pillar",
		"reliability", "performance-efficiency", "cost-optimization", "sustainability"}, noun: "원칙",
		ask:     "이 활동과 가장 관련이 깊은 AWS Well-Architected 프레임워크의 원칙은 무엇입니까?",
		askPick: "다음과 같은 경우에 가장 관련이 깊은 AWS Well-Architected 프레임워크의 원칙은 무엇입니까?"},
	{kind: CAFPerspective, parent: "caf", members: []awsnotes.ID{"caf-business", "caf-people", "caf-governance",
		"caf-platform", "caf-security", "caf-operations"}, noun: "관점",
		ask:     "이 역량과 가장 관련이 깊은 AWS CAF 관점은 무엇입니까?",
		askPick: "다음과 같은 경우에 가장 관련이 깊은 AWS CAF 관점은 무엇입니까?"},
	{kind: MigrationStrategy, parent: "migration-strategies", members: []awsnotes.ID{"rehost", "replatform", "repurchase",
		"refactor", "retire", "retain", "relocate"}, noun: "전략",
		ask:     "이 계획에 해당하는 마이그레이션 전략은 무엇입니까?",
		askPick: "다음과 같은 경우에 알맞은 마이그레이션 전략은 무엇입니까?"},
	{kind: SharedResponsibility, parent: "shared-responsibility-model", members: []awsnotes.ID{"security-of-the-cloud",
		"security-in-the-cloud", "shared-controls"}, noun: "책임 영역",
		ask:     "AWS 공동 책임 모델에 따르면 이 일은 누구의 책임입니까?",
		askPick: "AWS 공동 책임 모델에 따르면 다음은 누구의 책임입니까?",
		parties: map[awsnotes.ID]string{"security-of-the-cloud": "AWS", "security-in-the-cloud": "고객",
			"shared-controls": "AWS와 고객 공동"}},
}

// familyOf returns the family e belongs to (worked out by buildIndex).
func familyOf(e *entry) (family, bool) {
	if e.family < 0 {
		return family{}, false
	}
	return families[e.family], true
}

// familyIndex returns the position in families of the family id belongs
// to, or -1.
func familyIndex(id awsnotes.ID) int {
	for i, f := range families {
		if slices.Contains(f.members, id) {
			return i
		}
	}
	return -1
}

// examMakers are the makers of the kinds asked in the exam's voice.
func (ix *index) examMakers() map[Kind]func() []candidate {
	m := map[Kind]func() []candidate{
		ExamCase:   func() []candidate { return ix.examCases(false) },
		LeastMost:  func() []candidate { return ix.examCases(true) },
		NotItem:    ix.notItems,
		Correction: ix.corrections,
	}
	for _, f := range families {
		m[f.kind] = func() []candidate { return ix.familyItems(f) }
	}
	return m
}

// situation returns a case's stem without a last sentence that already
// asks the question ("… 어떤 Well-Architected 원칙을 따르는지 정리하려고
// 합니다."): the question that follows the stem asks it in the exam's
// words, and the sentence would say it twice (and name the family).
func situation(stem string) string {
	stem = strings.TrimSpace(stem)
	i := strings.LastIndex(strings.TrimSuffix(stem, "."), ". ")
	if i < 0 {
		return stem
	}
	last := stem[i+2:]
	if strings.HasPrefix(last, "어떤 ") || strings.HasPrefix(last, "어느 ") || strings.HasPrefix(last, "이 결정들이 어느") ||
		strings.Contains(last, "어느 ") && strings.Contains(last, "정리하려고") || strings.Contains(last, "무엇인지") {
		return stem[:i+1]
	}
	return stem
}

// superlative reports whether a stem measures the answer ("가장 비용
// 효율적으로", "운영 부담이 가장 적은", "가장 빠른"): a LEAST/MOST item.
// "가장 민감한 조직" or "가장 먼저" measure nothing.
func superlative(stem string) bool {
	for i := 0; ; {
		j := strings.Index(stem[i:], "가장 ")
		if j < 0 {
			return false
		}
		i += j + len("가장 ")
		for _, m := range measures {
			if strings.HasPrefix(stem[i:], m) {
				return true
			}
		}
	}
}

// measures are the words a LEAST/MOST measure starts with after "가장":
// cost, effort, speed, latency, size.
var measures = []string{"비용", "저렴", "싸", "적", "빠르", "빠른", "낮", "짧", "효율", "간단", "쉽", "오래"}

// caseBad reports whether the situation (folded, with its words) could be
// met by o as well, so o may not be offered against it. The entries the
// data lists as confusable with the key were written to be wrong for its
// situations; any other entry whose notes share most of the situation's
// words might be right too.
func caseBad(key *entry, stem string, toks []string, o *entry) bool {
	if o.mentions(stem) {
		return true
	}
	if key.confusable[o] {
		return false
	}
	shared := 0
	od := o.d()
	for _, t := range toks {
		if od.tokens[t] && !weak[t] {
			shared++
		}
	}
	return shared >= 3 && shared*2 >= len(toks)
}

// caseAsk is the question that follows an exam-voice stem, without a
// subject (the stem's may be a hospital or an operator, not 회사): which service
// when every option is one, what to use when they are services and
// features, tools or programs, and what relates most when one is a
// concept.
func caseAsk(keys []*entry, ps []pick) string {
	all := append(slices.Clone(keys), pickEntries(ps)...)
	switch {
	case !slices.ContainsFunc(all, func(e *entry) bool { return e.s.Kind != awsnotes.KindService }):
		return "어떤 AWS 서비스를 사용해야 합니까?"
	case !slices.ContainsFunc(all, func(e *entry) bool { return e.concept }):
		return "무엇을 사용해야 합니까?"
	}
	return "다음 중 이 상황과 가장 관련이 깊은 것은 무엇입니까?"
}

// examCases asks which entry meets a situation in the exam's voice, one
// candidate per case of an entry outside the families; with least set,
// only the cases that measure the answer (LeastMost), else only the rest.
func (ix *index) examCases(least bool) []candidate {
	var out []candidate
	for _, e := range ix.entries {
		if _, ok := familyOf(e); ok {
			continue
		}
		for i, cs := range e.s.Cases {
			if superlative(cs.Stem) != least {
				continue
			}
			kind := ExamCase
			if least {
				kind = LeastMost
			}
			out = append(out, candidate{kind: kind, key: e, topic: topicKey{e: e, i: -1 - i}, added: true,
				ref: ref(kind, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					if !g.current(e) {
						return Question{}, false
					}
					stemF, toks := e.d().cases[i].folded, e.d().cases[i].tokens
					text := situation(cs.Stem)
					named := e.contrastedIn(i)
					ps, choices, answers, ok := g.whichEntryPrefer(r, e, text, func(o *entry) bool { return caseBad(e, stemF, toks, o) }, named)
					if !ok {
						return Question{}, false
					}
					ask := caseAsk([]*entry{e}, ps)
					return Question{
						Prompt:      text + " " + ask,
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(keyReason(cs.Explanation, text, named, ps), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	return out
}

// current reports whether e may answer a situation in the exam's voice: a
// company choosing today cannot choose what AWS has closed to new
// customers (Kendra from 2026-07-30, Cloud9) or retired, unless the quiz
// asks for retired entries.
func (g *gen) current(e *entry) bool {
	return e.s.Status.Current() || g.retiredOK
}

// members returns the family's members in the catalog that the quiz may
// show, in the family's order.
func (g *gen) members(f family) []*entry {
	var out []*entry
	for _, id := range f.members {
		if e := g.ix.byID[id]; g.ok(e) {
			out = append(out, e)
		}
	}
	return out
}

// familyOptions offers key among the family's other members, at random
// after those of prefer, Choices in all; when the family has fewer, the
// rest are entries confusable with the key for which bad does not hold.
func (g *gen) familyOptions(r *rng, f family, key *entry, bad func(o *entry) bool, prefer []*entry) ([]pick, bool) {
	var ps []pick
	for _, m := range g.members(f) {
		if m != key && !bad(m) {
			ps = append(ps, pick{m, f.option(m)})
		}
	}
	shuffle(r, ps)
	// The members the explanation contrasts with the key first.
	slices.SortStableFunc(ps, func(a, b pick) int {
		pa, pb := slices.Contains(prefer, a.e), slices.Contains(prefer, b.e)
		switch {
		case pa && !pb:
			return -1
		case pb && !pa:
			return 1
		}
		return 0
	})
	if n := g.choices - 1; len(ps) > n {
		ps = ps[:n]
	}
	if f.parties != nil {
		// The parties and nothing else: fewer options than Choices when
		// the parties are fewer.
		return ps, len(ps) > 0
	}
	if len(ps) < g.choices-1 {
		keys := append([]*entry{key}, pickEntries(ps)...)
		taken := []string{key.name}
		for _, p := range ps {
			taken = append(taken, p.text)
		}
		// Only what the data says is confused with the key: a service
		// beside three support plans is no distractor at all.
		more := g.othersPrefer(r, keys, g.choices-1-len(ps), false, taken, func(o *entry) (string, bool) {
			_, fam := familyOf(o)
			return o.name, !fam && key.confusable[o] && o.concept == key.concept && !bad(o)
		}, prefer)
		if more == nil {
			return nil, false
		}
		ps = append(ps, more...)
	}
	return ps, true
}

// familyOptionsFor is familyOptions for a stem that must not give the key
// away (see entry.giveaway): a few draws may find a set of options that
// share the stem's telling word.
func (g *gen) familyOptionsFor(r *rng, f family, key *entry, stem string, bad func(o *entry) bool, prefer []*entry) ([]pick, bool) {
	fs := fold(stem)
	for try := 0; try < 3; try++ {
		ps, ok := g.familyOptions(r, f, key, bad, prefer)
		if !ok {
			return nil, false
		}
		if _, give := key.giveawayFolded(stem, fs, pickEntries(ps)); !give {
			return ps, true
		}
	}
	return nil, false
}

// familyItems asks which member of f a situation calls for: from the
// members' cases, and from the picks of the curated tables that compare
// two or more members.
func (ix *index) familyItems(f family) []candidate {
	var out []candidate
	var members []*entry
	for _, id := range f.members {
		if e := ix.byID[id]; e != nil {
			members = append(members, e)
		}
	}
	if len(members) < 2 {
		return nil
	}
	if f.parties != nil {
		return ix.responsibilityItems(f)
	}
	for _, e := range members {
		for i, cs := range e.s.Cases {
			out = append(out, candidate{kind: f.kind, key: e, topic: topicKey{e: e, i: -1 - i}, added: true,
				ref: ref(f.kind, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					if !g.current(e) {
						return Question{}, false
					}
					stemF, toks := e.d().cases[i].folded, e.d().cases[i].tokens
					text := situation(cs.Stem)
					named := e.contrastedIn(i)
					ps, ok := g.familyOptionsFor(r, f, e, text, func(o *entry) bool { return caseBad(e, stemF, toks, o) }, named)
					if !ok {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{f.option(e)}, ps)
					return Question{
						Prompt:      text + " " + f.ask,
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(keyReason(cs.Explanation, text, named, ps), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	for _, tb := range ix.tables {
		n := 0
		for _, c := range tb.cols {
			if slices.Contains(f.members, c.s.ID) {
				n++
			}
		}
		if n < 2 {
			continue
		}
		for c, e := range tb.cols {
			if c >= len(tb.t.Picks) || !slices.Contains(f.members, e.s.ID) {
				continue
			}
			pick := tb.t.Picks[c]
			out = append(out, candidate{kind: f.kind, key: e, topic: topicKey{s: fold(pick)}, added: !tb.notes, tasks: tb.tasks,
				ref: string(f.kind) + "/" + string(e.s.ID) + "/pick/" + tb.t.ID,
				build: func(g *gen, r *rng) (Question, bool) {
					if !tb.pickAskable(c) {
						return Question{}, false
					}
					ps, ok := g.familyOptionsFor(r, f, e, pick, func(o *entry) bool { return pickBad(tb, c, o) }, nil)
					if !ok {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{f.option(e)}, ps)
					return Question{
						Prompt:      f.askPick + "\n\n" + pick,
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("「%s」: %s → %s", tb.t.Title, pick, e.name), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	return out
}

// notItems makes the NOT items: which option is not a member of a family
// ("다음 중 AWS Well-Architected 프레임워크의 원칙이 아닌 것은 무엇입니까?"),
// and which statement is not true of an entry, three of its fact lines
// beside one of a confusable entry's.
func (ix *index) notItems() []candidate {
	var out []candidate
	for _, f := range families {
		parent := ix.byID[f.parent]
		if parent == nil {
			continue
		}
		out = append(out, candidate{kind: NotItem, key: parent, added: true,
			ref: string(NotItem) + "/" + string(parent.s.ID) + "/members",
			build: func(g *gen, r *rng) (Question, bool) {
				members := g.members(f)
				if len(members) < g.choices-1 {
					return Question{}, false
				}
				shown := slices.Clone(members)
				shuffle(r, shown)
				shown = shown[:g.choices-1]
				keys := append([]*entry{parent}, members...)
				outsider := g.others(r, keys, 1, false, nil, func(o *entry) (string, bool) {
					_, fam := familyOf(o)
					// Another family's member, or what the members are
					// confused with, of the members' sort.
					close := fam || slices.ContainsFunc(members, func(m *entry) bool { return m.confusable[o] })
					return o.name, close && o.concept == members[0].concept
				})
				if outsider == nil {
					return Question{}, false
				}
				var ps []pick
				for _, m := range shown {
					ps = append(ps, pick{m, m.name})
				}
				if w, ok := sharedLastWord(ps); ok && !strings.HasSuffix(outsider[0].text, " "+w) {
					// "Managed Services" among "… Support", "리팩터링"
					// among "… 관점": the odd one out by its shape.
					return Question{}, false
				}
				choices, answers := assemble(r, []string{outsider[0].text}, ps)
				title := parent.name
				if !strings.HasPrefix(title, "AWS ") && strings.HasPrefix(parent.s.Name, "AWS ") {
					title = parent.s.Name // "AWS Support", not "Support"
				}
				lead := fmt.Sprintf("%s의 %s: %s", title, f.noun, names(members))
				if strings.HasSuffix(title, f.noun) {
					lead = fmt.Sprintf("%s: %s", title, names(members)) // not "마이그레이션 전략의 전략"
				}
				prompt := fmt.Sprintf("다음 중 %s의 %s 아닌 것은 무엇입니까?", title, josa.Subject.Attach(f.noun))
				if strings.HasSuffix(title, f.noun) {
					// "마이그레이션 전략의 전략" says it twice.
					prompt = fmt.Sprintf("다음 중 %s에 속하지 않는 것은 무엇입니까?", title)
				}
				return Question{
					Prompt:      prompt,
					Choices:     choices,
					Answers:     answers,
					Explanation: explain(lead, []*entry{outsider[0].e}, ps),
					// The family's entry first: the question is about it.
					Services: ids([]*entry{parent, outsider[0].e}, ps),
				}, true
			}})
	}
	for _, e := range ix.entries {
		if len(e.s.Facts) < 3 || e.s.Kind != awsnotes.KindService {
			// A concept's statement borrowed for another concept is
			// seldom false, only off the topic ("클라우드 보안의 이점"
			// beside a fact of "보안 그룹"): a service's is false of
			// another service.
			continue
		}
		out = append(out, candidate{kind: NotItem, key: e, added: true,
			ref: string(NotItem) + "/" + string(e.s.ID) + "/facts",
			build: func(g *gen, r *rng) (Question, bool) {
				var facts []fact
				for _, f := range e.facts() {
					if f.optionFor(e, e) {
						facts = append(facts, f)
					}
				}
				if len(facts) < g.choices-1 {
					return Question{}, false
				}
				true3 := pickDistinctFacts(r, facts, g.choices-1)
				if true3 == nil {
					return Question{}, false
				}
				var taken []string
				for _, f := range true3 {
					taken = append(taken, f.text)
				}
				// The false statement names no entry: one that names a
				// product ("Snowball Edge 장치는 …") is read as about that
				// product, and stands out as the odd one.
				falseOf := otherFact(e, true)
				wrong := g.others(r, []*entry{e}, 1, true, taken, func(o *entry) (string, bool) {
					if o.s.Kind != awsnotes.KindService {
						return "", false
					}
					return falseOf(o)
				})
				if wrong == nil {
					return Question{}, false
				}
				var ps []pick
				for _, f := range true3 {
					ps = append(ps, pick{e, f.text})
				}
				choices, answers := assemble(r, []string{wrong[0].text}, ps)
				return Question{
					Prompt:  fmt.Sprintf("다음 중 %s에 대한 설명으로 옳지 않은 것은 무엇입니까?", e.name),
					Choices: choices,
					Answers: answers,
					Explanation: explain(fmt.Sprintf("옳지 않은 것: %s → %s에 대한 설명입니다.", wrong[0].text, wrong[0].e.name), []*entry{e, wrong[0].e}, nil) +
						namedStatuses(g.ix, taken, e, wrong[0].e),
					Services: []awsnotes.ID{e.s.ID, wrong[0].e.s.ID},
				}, true
			}})
	}
	return out
}

// names joins the entries' names.
func names(list []*entry) string {
	var out []string
	for _, e := range list {
		out = append(out, e.name)
	}
	return strings.Join(out, ", ")
}

// pickDistinctFacts picks n facts at random that say different things
// (see distinct); nil if there are not n.
func pickDistinctFacts(r *rng, facts []fact, n int) []fact {
	order := slices.Clone(facts)
	shuffle(r, order)
	var out []fact
	for _, f := range order {
		ok := true
		for _, o := range out {
			ok = ok && distinct(&desc{folded: f.folded, tokens: f.tokens}, &desc{folded: o.folded, tokens: o.tokens})
		}
		if ok {
			out = append(out, f)
		}
		if len(out) == n {
			return out
		}
	}
	return nil
}

// otherFact returns a show function offering, for each entry confused
// with key (its confusables, its family, the entries a curated table sets
// beside it), one of its fact lines that names no entry and could not be
// said of key (see fits): a statement false of key. With nameless, only
// a line that names no entry at all.
func otherFact(key *entry, nameless bool) func(o *entry) (string, bool) {
	return func(o *entry) (string, bool) {
		if !key.confusable[o] && !(key.family >= 0 && o.family == key.family) && !o.sharesTable(key) {
			return "", false // a statement about something else gives itself away
		}
		for _, f := range o.facts() {
			if f.optionFor(o, key) && !f.status && !factFits(f, key) && (!nameless || len(f.named) == 0) {
				return f.text, true
			}
		}
		return "", false
	}
}

// factFits reports whether fact f could be said of e: e's texts hold it,
// or it shares two content words with them.
func factFits(f fact, e *entry) bool {
	n := 0
	d := e.d()
	for _, t := range f.tokens {
		if d.tokens[t] && !weak[t] {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	if d.says(f.folded) {
		return true
	}
	return false
}

// corrections asks, for each note line that carries a correction, which
// statement about its entry is right now: the correction, beside the
// dated line itself and fact lines of confusable entries.
func (ix *index) corrections() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i, c := range e.s.Corrections {
			line := cleanLine(c.Line)
			if e.mentions(fold(c.Text)) || e.mentions(fold(line)) {
				continue // a statement naming its subject reads oddly among those that do not
			}
			out = append(out, candidate{kind: Correction, key: e, added: true, topic: topicKey{s: fold(line)},
				ref: ref(Correction, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					taken := []string{c.Text, line}
					ps := g.others(r, []*entry{e}, g.choices-2, true, taken, otherFact(e, false))
					if ps == nil {
						return Question{}, false
					}
					ps = append([]pick{{e, line}}, ps...)
					choices, answers := assemble(r, []string{c.Text}, ps)
					lead := fmt.Sprintf("노트에는 \"%s\"라고 적혀 있지만, 지금은 다릅니다: %s", line, c.Text)
					return Question{
						Prompt:      fmt.Sprintf("다음 중 %s에 대한 설명으로 현재 옳은 것은 무엇입니까?", e.name),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(lead, []*entry{e}, ps[1:]),
						Services:    ids([]*entry{e}, ps[1:]),
					}, true
				}})
		}
	}
	return out
}

// contrasted returns the entries text (a hand-written explanation of a
// question about key) names that a question could offer beside key: its
// confusables, its family's other members and the
// entries of its sort in a category it shares, the ones the writer
// contrasted with it, in index order.
func (ix *index) contrasted(key *entry, text string) []*entry {
	var out []*entry
	ft := fold(text)
	ix.names.each(ft, func(o *entry) bool {
		if o != key && (key.confusable[o] || key.family >= 0 && o.family == key.family ||
			o.s.Kind == key.s.Kind && o.sharesCategory(key)) && !slices.Contains(out, o) {
			out = append(out, o)
		}
		return true
	})
	slices.SortFunc(out, func(a, b *entry) int { return a.pos - b.pos })
	return out
}

// keyReason returns the first sentence of a hand-written explanation, the
// key's own reason, unless it names an entry of named (those the writer
// contrasted with the key) that the question does not show, as an option
// (ps) or in its stem: then "", and the summaries explain lists follow
// alone. The sentences after the first contrast the key with the entries
// the writer had in mind, which a question seldom shows all of, and name
// them in ways no index knows ("Enterprise", "단기 배치"): each option
// shown is explained by its summary instead.
func keyReason(text, stem string, named []*entry, ps []pick) string {
	ss := sentences(text)
	if len(ss) == 0 {
		return ""
	}
	first, fs := fold(ss[0]), fold(stem)
	for _, o := range named {
		shown := slices.ContainsFunc(ps, func(p pick) bool { return p.e == o }) || o.mentions(fs)
		if !shown && o.mentions(first) {
			return ""
		}
	}
	return ss[0]
}

// sentences splits text after each full stop that ends a sentence (one
// followed by a space or the end of the text).
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// sharedLastWord returns the last word every option of ps ends with
// ("관점", "Support"), if they share one.
func sharedLastWord(ps []pick) (string, bool) {
	var w string
	for i, p := range ps {
		f := strings.Fields(p.text)
		if len(f) < 2 {
			return "", false
		}
		if i == 0 {
			w = f[len(f)-1]
		} else if f[len(f)-1] != w {
			return "", false
		}
	}
	return w, w != ""
}

// namedStatuses returns the status notes of the entries texts name (see
// namedByName), but for those of shown, whose notes the explanation has:
// a true statement that mentions Cloud9 carries Cloud9's status.
func namedStatuses(ix *index, texts []string, shown ...*entry) string {
	var list []*entry
	for _, t := range texts {
		for _, o := range namedByName(ix, t) {
			if !slices.Contains(shown, o) {
				list = append(list, o)
			}
		}
	}
	return statusNotes(list)
}
