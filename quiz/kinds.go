package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/internal/josa"
)

// topic, object and andParticle attach 은/는, 을/를 and 와/과 to a name by
// the sound of its Korean reading: "CloudTrail은", "S3를", "ECS와".
// The particle follows the Korean reading ("Elastic Beanstalk은", read
// 빈스톡), except after an abbreviation, which is read letter by letter
// whatever it stands for ("ELB를", not after 엘라스틱 로드 밸런싱).
func topic(e *entry) string  { return josa.Topic.AttachReading(e.name, particleReading(e)) }
func object(e *entry) string { return josa.Object.AttachReading(e.name, particleReading(e)) }

// particleReading is the reading to take a particle from; "" for the
// name's own sound.
func particleReading(e *entry) string {
	words := strings.Fields(e.name)
	if len(words) > 0 && isAbbreviation(words[len(words)-1]) {
		return ""
	}
	return e.s.Reading
}

// isAbbreviation reports whether w is capitals and digits only ("ELB",
// "EC2", "S3").
func isAbbreviation(w string) bool {
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return w != ""
}

func andParticle(name, reading string) string {
	return josa.And.AttachReading(name, reading)
}

// askFor is what a question asks for, with its particle: "AWS 서비스는"
// when every option is an AWS service, else "것은".
func askFor(keys []*entry, ps []pick) string {
	if noun(keys, ps) == "서비스" {
		return "AWS 서비스는"
	}
	return "것은"
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
// in a stable order: by kind, then by entry, then by note order. The list
// of every question is worked out once per index (see index.enumerate);
// a quiz only filters it.
func (g *gen) candidates() []*candidate {
	all := g.ix.all()
	n := 0
	for _, k := range g.kinds {
		n += len(all[k])
	}
	out := make([]*candidate, 0, n)
	for _, k := range g.kinds {
		list := all[k]
		for i := range list {
			c := &list[i] // shared by every quiz: read only
			if g.about(c.key) && (c.cat == "" || len(g.cats) == 0 || slices.Contains(g.cats, c.cat)) && g.serves(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// enumerate lists every question the notes could make, by kind: the
// makers of the notes' kinds and of the exam's.
func (ix *index) enumerate() map[Kind][]candidate {
	makers := map[Kind]func() []candidate{
		ServiceFromDescription: ix.serviceFromDescription,
		DescriptionFromService: ix.descriptionFromService,
		Scenario:               ix.scenarios,
		Comparison:             ix.comparisons,
		Cloze:                  ix.clozes,
		TrueFalse:              ix.trueFalse,
		ChooseTwo:              ix.chooseTwo,
		Mnemonic:               ix.mnemonics,
	}
	for k, f := range ix.examMakers() {
		makers[k] = f
	}
	out := map[Kind][]candidate{}
	for _, k := range allKinds {
		list := makers[k]()
		for i := range list {
			if list[i].tasks == nil {
				list[i].tasks = list[i].key.tasks
			}
		}
		out[k] = list
	}
	return out
}

// serviceFromDescription asks which entry a description (summary or note
// line) is of, one candidate per description.
func (ix *index) serviceFromDescription() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i := range e.nsrc {
			if !maybeDesc(e, i) {
				continue
			}
			out = append(out, candidate{kind: ServiceFromDescription, key: e, topic: topicKey{e: e, i: i},
				ref: ref(ServiceFromDescription, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					d := e.nd().descs[i]
					if d == nil || !d.noun && !d.summary {
						// A note line that is no definition ("코드 실행만
						// 집중할 수 있다", "… 복제 가능") reads as a fragment
						// after "다음 설명에 해당하는 …".
						return Question{}, false
					}
					alt := e.alternatives(d)
					if len(alt) < g.choices-1 {
						return Question{}, false
					}
					ps, choices, answers, ok := g.whichEntry(r, e, d.text, func(o *entry) bool { return !slices.Contains(alt, o) })
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt:      fmt.Sprintf("다음 설명에 해당하는 %s 무엇입니까?\n\n%s", askFor([]*entry{e}, ps), shownDesc(d)),
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
	notKey := key.falseSummaries()
	return func(o *entry) (string, bool) {
		if slices.Contains(notKey, o) {
			return o.summary().text, true
		}
		return "", false
	}
}

// falseSummaries returns the entries close to e (see closeTo) whose
// summary reads as a definition and is false of e: e's notes do not say
// it (a confusable's summary is the best distractor there is, as long as
// it is false). Worked out once: it depends on nothing but the catalog.
func (e *entry) falseSummaries() []*entry {
	e.onceFalse.Do(func() {
		for _, o := range e.ix.entries {
			if o == e || !closeTo(e, o) {
				continue
			}
			if d := o.summary(); d != nil && d.noun && !fits(d.folded, d.tokens, o, e) && !e.mentions(d.folded) {
				e.falseSums = append(e.falseSums, o)
			}
		}
	})
	return e.falseSums
}

// descriptionFromService asks which description fits a named entry,
// against other entries' summaries.
func (ix *index) descriptionFromService() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i := range e.nsrc {
			if !maybeDesc(e, i) {
				continue
			}
			out = append(out, candidate{kind: DescriptionFromService, key: e, topic: topicKey{e: e, i: i},
				ref: ref(DescriptionFromService, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					d := e.nd().descs[i]
					if d == nil || !d.noun {
						return Question{}, false // beside the summaries its style would give it away
					}
					ps := g.others(r, []*entry{e}, g.choices-1, true, []string{d.text}, otherDesc(e))
					if ps == nil {
						return Question{}, false
					}
					if _, give := e.giveaway(d.text, pickEntries(ps)); give {
						// "캐싱" beside ElastiCache: the key says its name
						// again.
						return Question{}, false
					}
					choices, answers := assemble(r, []string{d.text}, ps)
					return Question{
						Prompt:      fmt.Sprintf("다음 중 %s 가장 잘 설명한 것은 무엇입니까?", object(e)),
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
	for _, t := range o.d().texts {
		if strings.Contains(t, quote) && !key.mentions(t) {
			return true
		}
	}
	return false
}

// scenarios asks which entry fits a situation the notes quote.
func (ix *index) scenarios() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i, sc := range e.s.Scenarios {
			quote := fold(sc.Quote)
			if e.mentions(quote) {
				continue
			}
			out = append(out, candidate{kind: Scenario, key: e, topic: topicKey{s: quote},
				ref: ref(Scenario, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					if !g.current(e) {
						return Question{}, false // what to choose today: not a closed service
					}
					// The notes' situations are short ("새로운 서버리스 기반
					// 메시징"): an entry sharing a word of one may fit it too,
					// unless the data lists it as confused with the key (and
					// so told apart from it).
					toks := tokens(sc.Quote)
					ps, choices, answers, ok := g.whichEntry(r, e, sc.Quote, func(o *entry) bool {
						return scenarioBad(e, sc, o) || !e.confusable[o] && sharesWord(toks, o)
					})
					if !ok {
						return Question{}, false
					}
					lead := fmt.Sprintf("노트: \"%s\"", sc.Quote)
					if sc.Outcome != "" {
						lead += " → " + sc.Outcome
					}
					lead += " (" + e.name + ")"
					return Question{
						Prompt:      fmt.Sprintf("다음 상황에 알맞은 %s 무엇입니까?\n\n\"%s\"", askFor([]*entry{e}, ps), sc.Quote),
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
	for _, tb := range ix.tables {
		for c, e := range tb.cols {
			if e.family >= 0 || c >= len(tb.t.Picks) {
				continue // asked by its family's kind
			}
			pick, topic := tb.t.Picks[c], pickTopic(e, tb.t.Picks[c])
			if topic != fold(pick) {
				continue // it quotes a scenario of e, asked above
			}
			out = append(out, candidate{kind: Scenario, key: e, topic: topicKey{s: topic}, added: !tb.notes, tasks: tb.tasks,
				ref: string(Scenario) + "/" + string(e.s.ID) + "/pick/" + tb.t.ID,
				build: func(g *gen, r *rng) (Question, bool) {
					if !tb.pickAskable(c) || !g.current(e) {
						return Question{}, false // what to choose today: not a closed service
					}
					toks := tokens(pick)
					ps, choices, answers, ok := g.whichEntry(r, e, pick, func(o *entry) bool {
						// The table's "when to pick" lines tell its columns
						// apart; an entry beyond the table may fit one as
						// well (MSK beside Kinesis for real-time data) unless
						// it shares none of its words.
						return pickBad(tb, c, o) || !slices.Contains(tb.cols, o) && sharesWord(toks, o)
					})
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt:      fmt.Sprintf("다음 상황에 알맞은 %s 무엇입니까?\n\n%s", askFor([]*entry{e}, ps), pick),
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

// comparisons asks, per comparison table, which entry a cell of a row
// belongs to. The table's other columns are the first distractors; when
// it compares fewer entries than a question offers, the rest are the
// key's confusables for which the cell does not hold (see cellBad). The
// prompt names none of the options: listing the table's two columns among
// four options would give the answer away.
func (ix *index) comparisons() []candidate {
	var out []candidate
	for _, tb := range ix.tables {
		if partiesTable(tb) {
			continue // asked as the model's own questions, by party
		}
		for c := range tb.cols {
			for ri, row := range tb.t.Rows {
				if runeLen(row.Cells[c]) < 8 || !askableAspect(row.Aspect) {
					continue
				}
				out = append(out, comparison(tb, c, ri))
			}
		}
	}
	return out
}

// cellBad reports whether the cell text (folded, with its words) could be
// said of o as well: its notes say it, or it shares words with what they
// say (see fits).
func cellBad(key *entry, cell string, toks []string, o *entry) bool {
	return o.mentions(cell) || fits(cell, toks, key, o)
}

// comparison makes one comparison candidate: column c of tb is the key,
// row ri's cell the stem.
func comparison(tb *table, c, ri int) candidate {
	key, row := tb.cols[c], tb.t.Rows[ri]
	cell := row.Cells[c]
	return candidate{kind: Comparison, key: key, added: !tb.notes, tasks: tb.tasks,
		ref: string(Comparison) + "/" + tb.t.ID + "/" + string(key.s.ID) + "/row" + strconv.Itoa(ri),
		build: func(g *gen, r *rng) (Question, bool) {
			if !tb.cellAskable(ri, c) {
				return Question{}, false
			}
			fc, toks := fold(cell), tokens(cell)
			var mates []pick
			for o, e := range tb.cols {
				if o != c && g.ok(e) {
					mates = append(mates, pick{e, e.name})
				}
			}
			shuffle(r, mates)
			if n := g.choices - 1; len(mates) > n {
				mates = mates[:n]
			}
			ps := mates
			if len(ps) < g.choices-1 {
				keys := []*entry{key}
				var taken []string
				for _, m := range mates {
					keys = append(keys, m.e)
					taken = append(taken, m.text)
				}
				if runeLen(cell) < 20 || strings.Contains(cell, "중간") || strings.Contains(cell, "가장") || strings.Contains(cell, "보다") {
					// A fragment, or a ranking ("중간: …"), that tells only
					// the table's own columns apart.
					return Question{}, false
				}
				more := g.others(r, keys, g.choices-1-len(ps), true, append(taken, key.name), func(o *entry) (string, bool) {
					return o.name, !cellBad(key, fc, toks, o) && !sharesWord(toks, o)
				})
				if more == nil {
					return Question{}, false
				}
				ps = append(slices.Clone(ps), more...)
			}
			for _, e := range tb.cols {
				if e.corrected[fold(cleanLine(cell))] {
					return Question{}, false // a note line AWS has since changed
				}
			}
			prompt := comparisonPrompt(row.Aspect, cell, askFor([]*entry{key}, ps))
			if _, give := key.giveaway(cell, pickEntries(ps)); give {
				return Question{}, false
			}
			choices, answers := assemble(r, []string{key.name}, ps)
			parts := make([]string, 0, len(tb.cols))
			for o, e := range tb.cols {
				parts = append(parts, e.name+": "+row.Cells[o])
			}
			lead := fmt.Sprintf("「%s」 · %s — %s", tb.t.Title, row.Aspect, strings.Join(parts, " / "))
			return Question{
				Prompt:      prompt,
				Choices:     choices,
				Answers:     answers,
				Explanation: explain(lead, []*entry{key}, ps),
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
func (ix *index) clozes() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i := range e.nclz {
			out = append(out, candidate{kind: Cloze, key: e,
				ref: ref(Cloze, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					cz := e.nd().clozes[i]
					if cz == nil || cz.target != nil && !g.ok(cz.target) {
						return Question{}, false
					}
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
						Prompt: fmt.Sprintf("다음은 %s에 대한 설명입니다. 빈칸에 들어갈 말로 알맞은 것은 무엇입니까?\n\n%s",
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
func (g *gen) phrasePicks(r *rng, e *entry, cz *cloze, fits func(string) bool) []pick {
	return g.others(r, []*entry{e}, g.choices-1, false, []string{cz.phrase}, func(o *entry) (string, bool) {
		var list []string
		for _, p := range g.ix.phrasePool(e, cz, o) {
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
func (ix *index) trueFalse() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i := range e.nsrc {
			if !maybeDesc(e, i) {
				continue
			}
			out = append(out, candidate{kind: TrueFalse, key: e, topic: topicKey{e: e, i: i},
				ref: ref(TrueFalse, e, i),
				build: func(g *gen, r *rng) (Question, bool) {
					d := e.nd().descs[i]
					if d == nil || !d.noun {
						return Question{}, false // every statement reads as one sentence
					}
					// A false statement says of e what the notes say of an
					// entry a learner would confuse with it.
					truth := r.intn(2) == 0 // before the draws of others, whose count varies
					// Whether a false statement can be made is asked either
					// way: an entry that has none makes no question, true or
					// false, or O would be the key far more often than X.
					ps := g.others(r, []*entry{e}, 1, true, []string{d.text}, otherDesc(e))
					if ps == nil {
						return Question{}, false
					}
					q := Question{Choices: []string{"O", "X"}}
					if truth {
						q.Prompt = "다음 문장이 옳으면 O, 틀리면 X를 고르십시오.\n\n" + statement(e, *d)
						q.Answers = []int{0}
						q.Explanation = explain(fmt.Sprintf("O. 노트(%s): %s", d.where, d.text), []*entry{e}, nil)
						q.Services = []awsnotes.ID{e.s.ID}
					} else {
						q.Prompt = "다음 문장이 옳으면 O, 틀리면 X를 고르십시오.\n\n" + statement(e, desc{text: ps[0].text, summary: true, noun: true})
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
func distinct(a, b *desc) bool {
	if strings.Contains(a.folded, b.folded) || strings.Contains(b.folded, a.folded) {
		return false
	}
	shared := 0
	for _, t := range a.tokens {
		if slices.Contains(b.tokens, t) {
			shared++
		}
	}
	return shared*3 <= min(len(a.tokens), len(b.tokens))
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
func (ix *index) chooseTwo() []candidate {
	var out []candidate
	// Situations that more than one service fits: "새로운 서버리스 기반
	// 메시징" → SQS, SNS.
	for _, e := range ix.entries {
		for i, sc := range e.s.Scenarios {
			keys := []*entry{e}
			for _, a := range sc.Also {
				if o := ix.byID[a]; o != nil {
					keys = append(keys, o)
				}
			}
			quote := fold(sc.Quote)
			if len(keys) != 2 || slices.ContainsFunc(keys, func(k *entry) bool { return k.mentions(quote) }) {
				continue
			}
			out = append(out, candidate{kind: ChooseTwo, key: e, topic: topicKey{s: quote},
				ref: string(ChooseTwo) + "/scenario/" + string(e.s.ID) + "/" + strconv.Itoa(i),
				build: func(g *gen, r *rng) (Question, bool) {
					n := g.choices + 1
					if !g.ok(keys[1]) {
						return Question{}, false
					}
					var keyNames []string
					for _, k := range keys {
						keyNames = append(keyNames, k.name)
					}
					// A third right answer is the worst flaw of a choose-two
					// item: nothing that shares a word of the situation.
					toks := tokens(sc.Quote)
					ps := g.others(r, keys, n-len(keys), true, keyNames, func(o *entry) (string, bool) {
						if scenarioBad(e, sc, o) || sharesWord(toks, o) {
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
						Prompt: fmt.Sprintf("다음 상황에 알맞은 %s 무엇입니까? (2개 선택)\n\n\"%s\"",
							askFor(keys, ps), sc.Quote),
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
	for _, e := range ix.entries {
		if e.nsrc < 2 || len(e.s.Facts) >= 2 {
			// Fact lines are written one fact each; two lines of the
			// notes often say one thing twice ("지속적 배포(CD)를 위한
			// 서비스", "애플리케이션을 서버에 배포하는 도구").
			continue
		}
		out = append(out, candidate{kind: ChooseTwo, key: e,
			ref: string(ChooseTwo) + "/descriptions/" + string(e.s.ID),
			build: func(g *gen, r *rng) (Question, bool) {
				n := g.choices + 1
				descs := e.nd().descList()
				var pairs [][2]int
				for i := range descs {
					for j := i + 1; j < len(descs); j++ {
						if distinct(descs[i], descs[j]) && descs[i].noun && descs[j].noun {
							pairs = append(pairs, [2]int{i, j})
						}
					}
				}
				if len(pairs) == 0 {
					return Question{}, false
				}
				p := pairs[r.intn(len(pairs))]
				a, b := descs[p[0]], descs[p[1]]
				ps := g.others(r, []*entry{e}, n-2, true, []string{a.text, b.text}, otherDesc(e))
				if ps == nil || keysGiveAway(e, []string{a.text, b.text}, ps) {
					return Question{}, false
				}
				choices, answers := assemble(r, []string{a.text, b.text}, ps)
				return Question{
					Prompt:      fmt.Sprintf("다음 중 %s에 대한 설명으로 옳은 것은 무엇입니까? (2개 선택)", e.name),
					Choices:     choices,
					Answers:     answers,
					Explanation: explain(fmt.Sprintf("노트(%s): %s\n노트(%s): %s", a.where, a.text, b.where, b.text), []*entry{e}, ps),
					Services:    ids([]*entry{e}, ps),
				}, true
			}})
	}
	// Two of one party's tasks in the shared responsibility model.
	out = append(out, ix.responsibilityTwo()...)
	// Two fact lines of one entry among fact lines of entries confused
	// with it: two things the exam would test, never one said twice.
	for _, e := range ix.entries {
		if len(e.s.Facts) < 2 || e.concept {
			// A concept's borrowed statement is seldom false of another
			// concept, only off its topic (see notItems).
			continue
		}
		out = append(out, candidate{kind: ChooseTwo, key: e, added: true,
			ref: string(ChooseTwo) + "/facts/" + string(e.s.ID),
			build: func(g *gen, r *rng) (Question, bool) {
				n := g.choices + 1
				var facts []fact
				for _, f := range e.facts() {
					// A key that names another entry ("… Snowball Edge …")
					// stands out beside statements that name none.
					if f.optionFor(e, e) && len(f.named) == 0 && !f.status {
						facts = append(facts, f)
					}
				}
				two := pickDistinctFacts(r, facts, 2)
				if two == nil {
					return Question{}, false
				}
				ps := g.others(r, []*entry{e}, n-2, true, []string{two[0].text, two[1].text}, otherFact(e, false))
				if ps == nil || keysGiveAway(e, []string{two[0].text, two[1].text}, ps) {
					return Question{}, false
				}
				choices, answers := assemble(r, []string{two[0].text, two[1].text}, ps)
				return Question{
					Prompt:      fmt.Sprintf("다음 중 %s에 대한 설명으로 옳은 것은 무엇입니까? (2개 선택)", e.name),
					Choices:     choices,
					Answers:     answers,
					Explanation: explain(two[0].text+"\n"+two[1].text, []*entry{e}, ps),
					Services:    ids([]*entry{e}, ps),
				}, true
			}})
	}
	return out
}

// mnemonics asks what a memory aid's word means and which service a
// meaning belongs to.
func (ix *index) mnemonics() []candidate {
	var out []candidate
	for _, e := range ix.entries {
		for i, m := range e.s.Mnemonics {
			// What does the word mean?
			out = append(out, candidate{kind: Mnemonic, key: e,
				ref: ref(Mnemonic, e, i) + "/meaning",
				build: func(g *gen, r *rng) (Question, bool) {
					var ps []pick
					for _, o := range g.ix.meanings {
						if o.owner != e && g.ok(o.owner) && fold(o.m.Meaning) != fold(m.Meaning) &&
							!slices.ContainsFunc(ps, func(p pick) bool { return fold(p.text) == fold(o.m.Meaning) }) {
							ps = append(ps, pick{o.owner, o.m.Meaning})
						}
					}
					if len(ps) < g.choices-1 {
						return Question{}, false // the exam's shape or none
					}
					shuffle(r, ps)
					if len(ps) > g.choices-1 {
						ps = ps[:g.choices-1]
					}
					choices, answers := assemble(r, []string{m.Meaning}, ps)
					prompt := fmt.Sprintf("노트의 암기법에서 %s의 뜻은 무엇입니까?", m.Word)
					if fold(m.Word) != fold(e.name) {
						prompt = fmt.Sprintf("노트의 암기법에서 %s의 뜻은 무엇입니까? (%s의 이름 외우기)", m.Word, e.name)
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
				ref: ref(Mnemonic, e, i) + "/service",
				build: func(g *gen, r *rng) (Question, bool) {
					ps, choices, answers, ok := g.whichEntry(r, e, m.Meaning, func(o *entry) bool { return sharesMeaning(o, m) })
					if !ok {
						return Question{}, false
					}
					return Question{
						Prompt: fmt.Sprintf("노트에서 이름의 뜻을 '%s'%s 외운 %s 무엇입니까?", m.Meaning,
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
//
// stem is what the question shows: it may not give the key away (see
// entry.giveaway) nor name an option.
func (g *gen) whichEntry(r *rng, e *entry, stem string, bad func(o *entry) bool) (ps []pick, choices []string, answers []int, ok bool) {
	return g.whichEntryPrefer(r, e, stem, bad, nil)
}

// whichEntryPrefer is whichEntry offering the entries of prefer first
// (see othersPrefer).
func (g *gen) whichEntryPrefer(r *rng, e *entry, stem string, bad func(o *entry) bool, prefer []*entry) (ps []pick, choices []string, answers []int, ok bool) {
	fs := fold(stem)
	// A word of the stem that points to the key gives it away unless an
	// option shares it: a few draws of distractors may find such a set.
	for try := 0; ; try++ {
		ps = g.othersPrefer(r, []*entry{e}, g.choices-1, true, []string{e.name}, func(o *entry) (string, bool) {
			return o.name, !bad(o) && !o.mentions(fs)
		}, prefer)
		if ps == nil {
			return nil, nil, nil, false
		}
		if _, give := e.giveawayFolded(stem, fs, pickEntries(ps)); !give {
			break
		}
		if try == 2 {
			return nil, nil, nil, false
		}
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

// pickEntries lists the entries of ps.
func pickEntries(ps []pick) []*entry {
	out := make([]*entry, len(ps))
	for i, p := range ps {
		out[i] = p.e
	}
	return out
}

// descBad reports whether description d of e also fits o, or names it:
// then o may not be offered beside it.
//
// A confusable entry sharing a word of the description stays out too: the
// notes' lines were not written to tell the two apart ("AWS가 제공하는
// 완전관리형 오케스트레이션 서비스" holds for EKS as well as ECS).
func descBad(e *entry, d *desc, o *entry) bool {
	return fits(d.folded, d.tokens, e, o) || o.mentions(d.folded) || e.confusable[o] && sharesWord(d.tokens, o)
}

// scenarioBad reports whether e's quoted situation sc also fits o.
func scenarioBad(e *entry, sc awsnotes.Scenario, o *entry) bool {
	quote := fold(sc.Quote)
	return scenarioFits(quote, sc, e, o) || o.mentions(quote)
}

// pickBad reports whether o also fits, or is named in, column c's pick of
// tb, so it cannot be offered against it.
func pickBad(tb *table, c int, o *entry) bool {
	key := tb.cols[c]
	if o == key {
		return false
	}
	pick := fold(tb.t.Picks[c])
	if o.mentions(pick) {
		return true
	}
	for _, t := range o.d().texts {
		if strings.Contains(t, pick) && !key.mentions(t) {
			return true
		}
	}
	return false
}

// sharesWord reports whether o's notes hold one of the content words toks.
func sharesWord(toks []string, o *entry) bool {
	d := o.d()
	for _, t := range toks {
		if d.tokens[t] && !weak[t] {
			return true
		}
	}
	return false
}

// ref writes a question's ref: "kind/entry/i".
func ref(k Kind, e *entry, i int) string {
	return string(k) + "/" + string(e.s.ID) + "/" + strconv.Itoa(i)
}

// maybeDesc reports, from its raw text alone, whether description source i
// of e (0 the summary, else the i-th line of its notes) may be one a
// question shows (see index.describe, which decides): lines too short, not
// Korean or quoting are left out before any work is done on them.
func maybeDesc(e *entry, i int) bool {
	if i == 0 {
		return true
	}
	for _, n := range e.s.Notes {
		if i > len(n.Lines) {
			i -= len(n.Lines)
			continue
		}
		text := n.Lines[i-1].Text
		return runeLen(text) >= 12 && hasHangul(text) && !strings.ContainsAny(text, "\"“”⇒")
	}
	return false
}

// keysGiveAway reports whether an option that is true of e says e's name
// again (a word or gloss of it no other option's entry shares), which
// points to the key in a question that names e.
func keysGiveAway(e *entry, keys []string, ps []pick) bool {
	for _, k := range keys {
		if _, give := e.giveaway(k, pickEntries(ps)); give {
			return true
		}
	}
	return false
}

// closeTo reports whether o is what a learner would pick instead of key
// when asked to match a description: an entry the data lists as confused
// with it (either way), one of its family, one a curated table sets
// beside it, or one it relates to. Sharing a category is not enough: the key would be the only
// firewall among security services, the only relational database among
// databases.
func closeTo(key, o *entry) bool {
	return key.confusable[o] || o.confusable[key] || key.family >= 0 && o.family == key.family || o.sharesTable(key) ||
		key.related[o.s.ID] || o.related[key.s.ID]
}

// shownDesc is how a stem shows a description: a summary (written for the
// data) as it is, a line of the learner's notes in quotation marks, as the
// learner wrote it ("환경 자동 점검해주는 서비스"), so it reads as quoted
// rather than as the question writer's own Korean.
func shownDesc(d *desc) string {
	if d.summary {
		return d.text
	}
	return "\"" + d.text + "\""
}
