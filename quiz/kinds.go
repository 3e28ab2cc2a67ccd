package quiz

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/internal/josa"
)

// topic, object and andParticle attach 은/는, 을/를 and 와/과 to a name by
// the sound of its Korean reading: "CloudTrail은", "S3를", "ECS와".
func topic(e *entry) string  { return josa.Topic.AttachReading(e.name, e.s.Reading) }
func object(e *entry) string { return josa.Object.AttachReading(e.name, e.s.Reading) }
func andParticle(name, reading string) string {
	return josa.And.AttachReading(name, reading)
}

// noun is what a question asks for: "서비스" when every option is an AWS
// service, else "것".
func noun(keys []*entry, ps []pick) string {
	for _, k := range keys {
		if k.s.Kind != awsnotes.KindService {
			return "것"
		}
	}
	for _, p := range ps {
		if p.e.s.Kind != awsnotes.KindService {
			return "것"
		}
	}
	return "서비스"
}

// candidates lists every question the notes can make with these options,
// in a stable order: by kind, then by entry, then by note order.
func (g *gen) candidates() []candidate {
	makers := map[Kind]func() []candidate{
		ServiceFromDescription: g.serviceFromDescription,
		DescriptionFromService: g.descriptionFromService,
		Scenario:               g.scenarios,
		Comparison:             g.comparisons,
		Cloze:                  g.clozes,
		TrueFalse:              g.trueFalse,
		ChooseTwo:              g.chooseTwo,
		Mnemonic:               g.mnemonics,
	}
	var out []candidate
	for _, k := range g.kinds { // g.kinds, not the map, sets the order
		if build := makers[k]; build != nil {
			out = append(out, build()...)
		}
	}
	return out
}

// serviceFromDescription asks which entry a description (summary or note
// line) is of, one candidate per description.
func (g *gen) serviceFromDescription() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, d := range e.descs {
			out = append(out, candidate{kind: ServiceFromDescription, key: e, topic: d.folded,
				ref: fmt.Sprintf("%s/%s/%d", ServiceFromDescription, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					ps, choices, answers, ok := g.whichEntry(r, e, func(o *entry) bool { return d.bad[o.pos] })
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt:      fmt.Sprintf("다음 설명에 해당하는 %s?\n\n%s", josa.Topic.Attach(noun([]*entry{e}, ps)), d.text),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("노트(%s): %s", d.where, d.text), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	return out
}

// otherDesc returns a show function offering, for each distractor entry,
// its summary, when that is not also true of key, does not name it and
// reads as a definition (see nounLike).
// Summaries say what an entry is, so said of another entry they are false;
// a feature line ("CPU, 메모리 자원만 지정하면 나머지는 AWS가 관리") may well
// hold for a sibling the notes do not mention it for.
func otherDesc(key *entry) func(o *entry) (string, bool) {
	return func(o *entry) (string, bool) {
		for _, d := range o.descs {
			if d.summary && d.noun && !d.bad[key.pos] {
				return d.text, true
			}
		}
		return "", false
	}
}

// descriptionFromService asks which description fits a named entry,
// against other entries' summaries.
func (g *gen) descriptionFromService() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, d := range e.descs {
			if !d.noun {
				continue // beside the summaries its style would give it away
			}
			out = append(out, candidate{kind: DescriptionFromService, key: e, topic: d.folded,
				ref: fmt.Sprintf("%s/%s/%d", DescriptionFromService, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					ps := g.others(r, []*entry{e}, g.choices-1, true, []string{d.text}, otherDesc(e))
					if ps == nil {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{d.text}, ps)
					return Question{
						Prompt:      fmt.Sprintf("%s 가장 잘 설명한 것은?", object(e)),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("노트(%s): %s", d.where, d.text), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	return out
}

// scenarioFits reports whether the situation quote (folded) also fits o:
// o is listed as also fitting it, quotes it as its own, or its notes carry
// it in a line that does not point to the key.
func scenarioFits(quote string, sc awsnotes.Scenario, key, o *entry) bool {
	if slices.Contains(sc.Also, o.s.ID) {
		return true
	}
	for _, s := range o.s.Scenarios {
		if fold(s.Quote) == quote {
			return true
		}
	}
	for _, t := range o.texts {
		if strings.Contains(t, quote) && !key.mentions(t) {
			return true
		}
	}
	return false
}

// scenarios asks which entry fits a situation the notes quote.
func (g *gen) scenarios() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, sc := range e.s.Scenarios {
			quote := fold(sc.Quote)
			if e.mentions(quote) {
				continue
			}
			out = append(out, candidate{kind: Scenario, key: e, topic: quote,
				ref: fmt.Sprintf("%s/%s/%d", Scenario, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					ps, choices, answers, ok := g.whichEntry(r, e, func(o *entry) bool { return e.scenarioBad[i][o.pos] })
					if !ok {
						return Question{}, false
					}
					lead := fmt.Sprintf("노트: \"%s\"", sc.Quote)
					if sc.Outcome != "" {
						lead += " → " + sc.Outcome
					}
					lead += " (" + e.name + ")"
					return Question{
						Prompt:      fmt.Sprintf("다음 상황에 가장 알맞은 %s?\n\n\"%s\"", josa.Topic.Attach(noun([]*entry{e}, ps)), sc.Quote),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(lead, []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	// The comparison tables' "when to pick which" lines are situations too
	// ("EC2 인스턴스의 디스크가 필요할 때"); those that quote none of the
	// entry's own scenarios.
	for _, tb := range g.ix.tables {
		for c, e := range tb.cols {
			if !g.about(e) || !tb.pickOK[c] {
				continue
			}
			pick, topic := tb.t.Picks[c], pickTopic(e, tb.t.Picks[c])
			if topic != fold(pick) {
				continue // it quotes a scenario of e, asked above
			}
			bad := tb.pickBad[c]
			out = append(out, candidate{kind: Scenario, key: e, topic: topic,
				ref: fmt.Sprintf("%s/%s/pick/%s", Scenario, e.s.ID, tb.t.ID),
				build: func(r *rng) (Question, bool) {
					ps, choices, answers, ok := g.whichEntry(r, e, func(o *entry) bool { return bad[o.pos] })
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt:      fmt.Sprintf("다음 상황에 가장 알맞은 %s?\n\n%s", josa.Topic.Attach(noun([]*entry{e}, ps)), pick),
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

// pickTopic is what a "when to pick" line shows: the scenario of e it
// quotes, if it quotes one, else the line itself (folded).
func pickTopic(e *entry, pick string) string {
	f := fold(pick)
	for _, sc := range e.s.Scenarios {
		if q := fold(sc.Quote); strings.Contains(f, q) {
			return q
		}
	}
	return f
}

// comparisons asks, per comparison table, which service a cell of a row
// belongs to, and which service a "when to pick" line calls for (see
// table.askable for which qualify).
func (g *gen) comparisons() []candidate {
	var out []candidate
	for _, tb := range g.ix.tables {
		var cols []int // the columns this quiz may show
		for c, e := range tb.cols {
			if g.ok(e) {
				cols = append(cols, c)
			}
		}
		if len(cols) < 2 {
			continue
		}
		for _, c := range cols {
			key := tb.cols[c]
			if !g.about(key) {
				continue
			}
			for ri, row := range tb.t.Rows {
				if !tb.cellOK[ri][c] {
					continue
				}
				out = append(out, g.comparison(tb, cols, c, fmt.Sprintf("%s/%s/%s/row%d", Comparison, tb.t.ID, key.s.ID, ri), "",
					func(list string) string {
						return fmt.Sprintf("%s 중 「%s」 항목이 다음과 같은 것은?\n\n%s", list, row.Aspect, row.Cells[c])
					},
					func(shown []int) string {
						parts := make([]string, len(shown))
						for i, s := range shown {
							parts[i] = tb.t.Columns[s] + ": " + row.Cells[s]
						}
						return fmt.Sprintf("「%s」의 %s — %s", tb.t.Title, row.Aspect, strings.Join(parts, " / "))
					}))
			}
			if tb.pickOK[c] {
				pickText := tb.t.Picks[c]
				// A pick asks what a scenario question asks: one of the two
				// per quiz.
				topic := pickTopic(key, pickText)
				out = append(out, g.comparison(tb, cols, c, fmt.Sprintf("%s/%s/%s/pick", Comparison, tb.t.ID, key.s.ID), topic,
					func(list string) string {
						return fmt.Sprintf("%s 중 다음 상황에 알맞은 것은?\n\n%s", list, pickText)
					},
					func([]int) string {
						return fmt.Sprintf("「%s」: %s → %s", tb.t.Title, pickText, key.name)
					}))
			}
		}
	}
	return out
}

// comparison makes one comparison candidate: column c of tb is the key,
// up to Choices of the allowed columns are offered.
func (g *gen) comparison(tb *table, cols []int, c int, ref, topic string, prompt func(list string) string, lead func(shown []int) string) candidate {
	key := tb.cols[c]
	return candidate{kind: Comparison, key: key, ref: ref, topic: topic, build: func(r *rng) (Question, bool) {
		others := slices.DeleteFunc(slices.Clone(cols), func(o int) bool { return o == c })
		shuffle(r, others)
		if n := g.choices - 1; len(others) > n {
			others = others[:n]
		}
		shown := append([]int{c}, others...)
		slices.Sort(shown) // the prompt lists them in the table's order
		var names, readings []string
		for _, s := range shown {
			names = append(names, tb.t.Columns[s])
			readings = append(readings, tb.cols[s].s.Reading)
		}
		var ps []pick
		for _, o := range others {
			ps = append(ps, pick{tb.cols[o], tb.t.Columns[o]})
		}
		choices, answers := assemble(r, []string{tb.t.Columns[c]}, ps)
		return Question{
			Prompt:      prompt(joinAnd(names, readings)),
			Choices:     choices,
			Answers:     answers,
			Explanation: explain(lead(shown), []*entry{key}, nil),
			Services:    ids([]*entry{key}, ps),
		}, true
	}}
}

// blank is what stands for the missing phrase.
const blank = "______"

// blankOut replaces phrase in line by the blank, and a particle right after
// it by the form that fits either sound ("을(를)"), so the particle gives
// nothing away.
func blankOut(line, phrase string) string {
	i := strings.Index(line, phrase)
	if i < 0 {
		return line
	}
	rest := line[i+len(phrase):]
	if p, form, ok := particleAfter(line, phrase); ok {
		rest = p.Both() + rest[len(form):]
	}
	return line[:i] + blank + rest
}

// blankFor blanks phrase out of line for a question offering choices: the
// particle after the blank stays as the notes wrote it when every choice
// takes that form ("______로"), and becomes "(으)로" only when the choices
// end in different sounds.
func blankFor(line, phrase string, choices []string) string {
	p, form, ok := particleAfter(line, phrase)
	if !ok || slices.ContainsFunc(choices, func(c string) bool { return p.After(c) != form }) {
		return blankOut(line, phrase)
	}
	return strings.Replace(line, phrase, blank, 1)
}

// particleAfter returns the particle that follows phrase in line, in the
// form phrase takes, if one does.
func particleAfter(line, phrase string) (josa.Particle, string, bool) {
	i := strings.Index(line, phrase)
	if i < 0 {
		return josa.Particle{}, "", false
	}
	rest := line[i+len(phrase):]
	for _, p := range []josa.Particle{josa.Toward, josa.Quote, josa.Or, josa.Topic, josa.Subject, josa.Object, josa.And, josa.Copula} {
		form := p.After(phrase)
		if form == "" || !strings.HasPrefix(rest, form) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(rest[len(form):])
		if next >= 0xAC00 && next <= 0xD7A3 {
			continue // the start of a longer word, not a particle
		}
		return p, form, true
	}
	return josa.Particle{}, "", false
}

// clozes blanks out one highlighted phrase of a line per candidate.
func (g *gen) clozes() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, cz := range e.clozes {
			if cz.target != nil && !g.ok(cz.target) {
				continue
			}
			out = append(out, candidate{kind: Cloze, key: e,
				ref: fmt.Sprintf("%s/%s/%d", Cloze, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					// Options that take the particle after the blank in the
					// key's form first, so the line can keep it ("______로");
					// any options when there are too few of those.
					p, form, hasParticle := particleAfter(cz.line, cz.phrase)
					var ps []pick
					for _, sameSound := range []bool{hasParticle, false} {
						fits := func(text string) bool { return !sameSound || p.After(text) == form }
						if cz.target != nil {
							// The phrase names an entry: offer other entries.
							ps = g.others(r, []*entry{cz.target, e}, g.choices-1, true, []string{cz.phrase}, func(o *entry) (string, bool) {
								return o.name, !strings.Contains(fold(cz.line), fold(o.name)) && fits(o.name)
							})
						} else {
							ps = g.phrasePicks(r, e, cz, fits)
						}
						if ps != nil || !sameSound {
							break
						}
					}
					if ps == nil {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{cz.phrase}, ps)
					return Question{
						Prompt: fmt.Sprintf("다음은 노트의 %s 항목이다. 빈칸에 들어갈 말로 알맞은 것은?\n\n%s",
							e.name, blankFor(cz.line, cz.phrase, choices)),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("노트(%s): %s", cz.where, cz.line), []*entry{e}, ps),
						// The entry whose notes are quoted, the one the blank
						// names, then those the other options come from.
						Services: ids(slices.DeleteFunc([]*entry{e, cz.target}, func(k *entry) bool { return k == nil }), ps),
					}, true
				}})
		}
	}
	return out
}

// phrasePicks offers phrases other entries' notes highlighted (see
// phrasePool), from the entries a learner would confuse with e first, of
// those for which fits holds.
func (g *gen) phrasePicks(r *rng, e *entry, cz cloze, fits func(string) bool) []pick {
	return g.others(r, []*entry{e}, g.choices-1, false, []string{cz.phrase}, func(o *entry) (string, bool) {
		var list []string
		for _, p := range cz.pool[o] {
			if fits(p) {
				list = append(list, p)
			}
		}
		if len(list) == 0 {
			return "", false
		}
		return list[r.intn(len(list))], true
	})
}

// nounLike reports whether desc says what the entry is, ending in a noun
// that reads well before the copula ("…서비스다"): not a verb ending or an
// action noun ("…저장"), not a list of uses ("대량 데이터 처리, 과학 연산"),
// a labelled or arrowed fragment ("최대 용량: 80TB ~ 210TB", "CI/CD 통합
// 안됨 → 내장 배포만"), nor a thing the entry shows or holds ("내 계정에
// 영향을 주는 AWS 이벤트", "오픈소스 Kubernetes"): said as "X는 …다" those
// read wrong or say something false.
func nounLike(desc string) bool {
	last, _ := utf8.DecodeLastRuneInString(desc)
	latin := last >= 'A' && last <= 'Z' || last >= 'a' && last <= 'z' // PaaS, IDE
	if !latin && (last < 0xAC00 || last > 0xD7A3 || strings.ContainsRune("다음함됨임요능줌해게때", last)) {
		return false
	}
	if strings.ContainsAny(desc, "→⇒") || strings.Contains(desc, ": ") || strings.Contains(desc, " - ") {
		return false
	}
	words := strings.Fields(desc)
	w := words[len(words)-1]
	head := false
	for _, h := range nounHeads {
		head = head || strings.HasSuffix(w, h)
	}
	if !head {
		return false
	}
	for _, action := range []string{"가능", "담당", "저장", "지원", "제공", "관리", "탐지", "분석", "예방", "통합",
		"이동", "기록", "자동화", "추적", "수집", "감사", "실행", "배포", "운영", "복제", "마이그레이션", "차단", "계산",
		"생성", "연결", "보호", "전달", "처리", "구성", "변경", "확인", "평가", "필요", "전반", "전용"} {
		if strings.HasSuffix(w, action) {
			return false
		}
	}
	return true
}

// nounHeads are the nouns a definition of an entry ends in: what the entry
// is.
var nounHeads = []string{
	"서비스", "도구", "플랫폼", "시스템", "엔진", "라이브러리", "대시보드", "보고서", "팀", "데이터베이스", "인스턴스",
	"방법", "포털", "환경", "정책", "모음", "가이드", "캐시", "웨어하우스", "컴퓨팅", "제품군", "장치", "인터페이스",
	"스토리지", "브로커", "네트워크", "큐", "솔루션", "프레임워크", "저장소", "레지스트리", "서버", "파이프라인",
	"게이트웨이", "방화벽", "템플릿", "이미지", "인증서", "프로그램", "센터", "모듈", "장점", "도우미",
	"IDE", "UI", "PaaS", "CDN", "VPN", "API", "SDK", "CLI", "DNS",
}

// statement says d as a statement about e: a description that ends in a
// noun as one sentence ("Amazon MQ는 관리형 메시지 브로커다."), anything
// else as a labelled line.
func statement(e *entry, d desc) string {
	if d.noun {
		return fmt.Sprintf("%s %s.", topic(e), josa.Copula.Attach(d.text))
	}
	return fmt.Sprintf("%s — %s", e.name, d.text)
}

// trueFalse says a definition of an entry, its own or, at random, a
// confusable entry's, to be judged O or X.
func (g *gen) trueFalse() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, d := range e.descs {
			if !d.noun {
				continue // every statement reads as one sentence
			}
			out = append(out, candidate{kind: TrueFalse, key: e, topic: d.folded,
				ref: fmt.Sprintf("%s/%s/%d", TrueFalse, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					// A false statement says of e what the notes say of an
					// entry a learner would confuse with it.
					ps := g.others(r, []*entry{e}, 1, true, []string{d.text}, otherDesc(e))
					truth := ps == nil || r.intn(2) == 0
					q := Question{Choices: []string{"O", "X"}}
					if truth {
						q.Prompt = "다음 문장이 옳으면 O, 틀리면 X를 고르시오.\n\n" + statement(e, d)
						q.Answers = []int{0}
						q.Explanation = explain(fmt.Sprintf("O. 노트(%s): %s", d.where, d.text), []*entry{e}, nil)
						q.Services = []awsnotes.ID{e.s.ID}
					} else {
						q.Prompt = "다음 문장이 옳으면 O, 틀리면 X를 고르시오.\n\n" + statement(e, desc{text: ps[0].text, summary: true, noun: true})
						q.Answers = []int{1}
						q.Explanation = explain(fmt.Sprintf("X. 이 설명은 %s에 대한 것이다.", ps[0].e.name), []*entry{e, ps[0].e}, nil)
						q.Services = []awsnotes.ID{e.s.ID, ps[0].e.s.ID}
					}
					return q, true
				}})
		}
	}
	return out
}

// distinct reports whether two descriptions of one entry say different
// things: neither holds the other, and at most half the words of the
// shorter are in the longer.
func distinct(a, b desc) bool {
	if strings.Contains(a.folded, b.folded) || strings.Contains(b.folded, a.folded) {
		return false
	}
	shared := 0
	for _, t := range a.tokens {
		if slices.Contains(b.tokens, t) {
			shared++
		}
	}
	return shared*2 <= min(len(a.tokens), len(b.tokens))
}

// counted says how many options to choose: "두 가지", "세 가지".
func counted(n int) string {
	words := []string{"", "한", "두", "세", "네", "다섯"}
	if n < len(words) {
		return words[n] + " 가지"
	}
	return fmt.Sprintf("%d가지", n)
}

// chooseTwo makes the multiple-response questions: situations more than
// one service fits, two true descriptions of one entry, two members of a
// category; Choices+1 options each.
func (g *gen) chooseTwo() []candidate {
	var out []candidate
	n := g.choices + 1
	// Situations that more than one service fits: "새로운 서버리스 기반
	// 메시징" → SQS, SNS.
	for _, e := range g.subjects() {
		for i, sc := range e.s.Scenarios {
			keys := []*entry{e}
			for _, a := range sc.Also {
				if o := g.ix.byID[a]; g.ok(o) {
					keys = append(keys, o)
				}
			}
			quote := fold(sc.Quote)
			if len(keys) < 2 || len(keys) > 3 || len(keys) >= n || slices.ContainsFunc(keys, func(k *entry) bool { return k.mentions(quote) }) {
				continue
			}
			out = append(out, candidate{kind: ChooseTwo, key: e, topic: quote,
				ref: fmt.Sprintf("%s/scenario/%s/%d", ChooseTwo, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					var keyNames []string
					for _, k := range keys {
						keyNames = append(keyNames, k.name)
					}
					ps := g.others(r, keys, n-len(keys), true, keyNames, func(o *entry) (string, bool) {
						if e.scenarioBad[i][o.pos] {
							return "", false
						}
						return o.name, true
					})
					if ps == nil {
						return Question{}, false
					}
					choices, answers := assemble(r, keyNames, ps)
					lead := fmt.Sprintf("노트: \"%s\"", sc.Quote)
					if sc.Outcome != "" {
						lead += " → " + sc.Outcome
					}
					return Question{
						Prompt: fmt.Sprintf("다음 상황에 알맞은 %s %s를 고르시오.\n\n\"%s\"",
							noun(keys, ps), counted(len(keys)), sc.Quote),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(lead, keys, ps),
						Services:    ids(keys, ps),
					}, true
				}})
		}
	}
	// Two true descriptions of one entry among descriptions of others. The
	// two must say different things: a summary beside the line it
	// paraphrases would give itself away.
	for _, e := range g.subjects() {
		var pairs [][2]int
		for i := range e.descs {
			for j := i + 1; j < len(e.descs); j++ {
				if distinct(e.descs[i], e.descs[j]) && e.descs[i].noun && e.descs[j].noun {
					pairs = append(pairs, [2]int{i, j})
				}
			}
		}
		if len(pairs) == 0 {
			continue
		}
		out = append(out, candidate{kind: ChooseTwo, key: e,
			ref: fmt.Sprintf("%s/descriptions/%s", ChooseTwo, e.s.ID),
			build: func(r *rng) (Question, bool) {
				p := pairs[r.intn(len(pairs))]
				a, b := e.descs[p[0]], e.descs[p[1]]
				ps := g.others(r, []*entry{e}, n-2, true, []string{a.text, b.text}, otherDesc(e))
				if ps == nil {
					return Question{}, false
				}
				choices, answers := assemble(r, []string{a.text, b.text}, ps)
				return Question{
					Prompt:      fmt.Sprintf("%s에 대한 설명으로 옳은 것 두 가지를 고르시오.", e.name),
					Choices:     choices,
					Answers:     answers,
					Explanation: explain(fmt.Sprintf("노트(%s): %s\n노트(%s): %s", a.where, a.text, b.where, b.text), []*entry{e}, ps),
					Services:    ids([]*entry{e}, ps),
				}, true
			}})
	}
	// Two services of one category among services of others.
	for _, c := range category.All() {
		if len(g.cats) > 0 && !slices.Contains(g.cats, c.ID) {
			continue
		}
		var members []*entry
		for _, e := range g.ix.entries {
			if g.ok(e) && !e.concept && e.primary() == c.ID {
				members = append(members, e)
			}
		}
		if len(members) < 2 {
			continue
		}
		for _, e := range members {
			if !g.about(e) {
				continue
			}
			// One question per category while the quiz can: the prompt
			// names the category, not the entry, so two would read alike.
			out = append(out, candidate{kind: ChooseTwo, key: e, topic: "\x00category/" + string(c.ID),
				ref: fmt.Sprintf("%s/category/%s/%s", ChooseTwo, c.ID, e.s.ID),
				build: func(r *rng) (Question, bool) {
					rest := slices.DeleteFunc(slices.Clone(members), func(o *entry) bool { return o == e })
					second := rest[r.intn(len(rest))]
					keys := []*entry{e, second}
					ps := g.others(r, keys, n-2, true, []string{e.name, second.name}, func(o *entry) (string, bool) {
						return o.name, !o.s.InCategory(c.ID)
					})
					if ps == nil {
						return Question{}, false
					}
					choices, answers := assemble(r, []string{e.name, second.name}, ps)
					what := "서비스"
					if noun(keys, ps) != "서비스" {
						what = "항목"
					}
					return Question{
						Prompt:      fmt.Sprintf("다음 중 「%s」 분류에 속하는 %s 두 가지를 고르시오.", c.Korean, what),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("「%s」 분류: %s, %s", c.Korean, e.name, second.name), keys, ps),
						Services:    ids(keys, ps),
					}, true
				}})
		}
	}
	return out
}

// mnemonics asks what a memory aid's word means and which service a
// meaning belongs to.
func (g *gen) mnemonics() []candidate {
	var out []candidate
	for _, e := range g.subjects() {
		for i, m := range e.s.Mnemonics {
			// What does the word mean?
			out = append(out, candidate{kind: Mnemonic, key: e,
				ref: fmt.Sprintf("%s/%s/%d/meaning", Mnemonic, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					var ps []pick
					for _, o := range g.ix.meanings {
						if o.owner != e && g.ok(o.owner) && fold(o.m.Meaning) != fold(m.Meaning) &&
							!slices.ContainsFunc(ps, func(p pick) bool { return fold(p.text) == fold(o.m.Meaning) }) {
							ps = append(ps, pick{o.owner, o.m.Meaning})
						}
					}
					if len(ps) == 0 {
						return Question{}, false
					}
					shuffle(r, ps)
					if len(ps) > g.choices-1 {
						ps = ps[:g.choices-1]
					}
					choices, answers := assemble(r, []string{m.Meaning}, ps)
					prompt := fmt.Sprintf("%s의 뜻은?", m.Word)
					if fold(m.Word) != fold(e.name) {
						prompt = fmt.Sprintf("%s의 뜻은? (%s의 이름 외우기)", m.Word, e.name)
					}
					return Question{
						Prompt:      prompt,
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("노트: %s: %s", m.Word, m.Meaning), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
			// Which service is remembered by the meaning?
			out = append(out, candidate{kind: Mnemonic, key: e,
				ref: fmt.Sprintf("%s/%s/%d/service", Mnemonic, e.s.ID, i),
				build: func(r *rng) (Question, bool) {
					ps, choices, answers, ok := g.whichEntry(r, e, func(o *entry) bool { return sharesMeaning(o, m) })
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt: fmt.Sprintf("노트에서 이름의 뜻을 '%s'%s 외운 %s?", m.Meaning,
							josa.Toward.After(m.Meaning), josa.Topic.Attach(noun([]*entry{e}, ps))),
						Choices:     choices,
						Answers:     answers,
						Explanation: explain(fmt.Sprintf("노트: %s: %s", m.Word, m.Meaning), []*entry{e}, ps),
						Services:    ids([]*entry{e}, ps),
					}, true
				}})
		}
	}
	return out
}

// whichEntry offers e's name among the names of g.choices-1 entries a
// learner could confuse with it, leaving out those bad reports (the notes
// say the same of them, so they would be right too). ok is false when there
// are too few.
func (g *gen) whichEntry(r *rng, e *entry, bad func(o *entry) bool) (ps []pick, choices []string, answers []int, ok bool) {
	ps = g.others(r, []*entry{e}, g.choices-1, true, []string{e.name}, func(o *entry) (string, bool) {
		return o.name, !bad(o)
	})
	if ps == nil {
		return nil, nil, nil, false
	}
	choices, answers = assemble(r, []string{e.name}, ps)
	return ps, choices, answers, true
}

// sharesMeaning reports whether o has a mnemonic with m's meaning.
func sharesMeaning(o *entry, m awsnotes.Mnemonic) bool {
	for _, om := range o.s.Mnemonics {
		if fold(om.Meaning) == fold(m.Meaning) {
			return true
		}
	}
	return false
}
