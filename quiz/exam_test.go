package quiz

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The properties issue 12 asks of every question, checked over hundreds
// of seeds on the embedded notes (whatever they hold as data lands) and on
// testdata/exam, a small catalog with every field the exam's kinds use.

// source is a catalog to check: its index and its Generate.
type source struct {
	name string
	ix   *index
	gen  func(Options) (Quiz, error)
}

func sources(t *testing.T) []source {
	t.Helper()
	ix, err := loadIndex()
	require.NoError(t, err)
	g := examGenerator(t)
	return []source{
		{"embedded", ix, Generate},
		{"testdata/exam", g.ix, g.Generate},
	}
}

// whichKinds are the kinds whose options are entries' names and whose
// stem must tell the key apart from them.
var whichKinds = []Kind{ServiceFromDescription, Scenario, ExamCase, LeastMost, PricingModel,
	SupportPlan, Pillar, CAFPerspective, MigrationStrategy}

// stemOf is what a question shows before it asks: its situation, or the
// paragraph it quotes.
func stemOf(q Question) string {
	if i := strings.Index(q.Prompt, "\n\n"); i >= 0 {
		return q.Prompt[i+2:]
	}
	return q.Prompt
}

// checkExamProperties checks one quiz against the issue's promises.
func checkExamProperties(t *testing.T, src source, opts Options, qz Quiz) {
	t.Helper()
	stems := map[string]string{}
	bytes := map[string]string{}
	choices := opts.Choices
	if choices == 0 {
		choices = DefaultChoices
	}
	for _, q := range qz.Questions {
		at := fmt.Sprintf("%s seed %d %s", src.name, opts.Seed, q.Ref)
		// No quiz repeats a stem, nor holds two identical questions.
		if other, dup := stems[q.Prompt]; dup {
			t.Errorf("%s: same stem as %s: %q", at, other, q.Prompt)
		}
		stems[q.Prompt] = q.Ref
		b, _ := json.Marshal(q)
		if other, dup := bytes[string(b)]; dup {
			t.Errorf("%s: byte-identical to %s", at, other)
		}
		bytes[string(b)] = q.Ref
		// The exam's shapes.
		switch {
		case q.Kind == TrueFalse:
			assert.Equal(t, []string{"O", "X"}, q.Choices, at)
		case q.Kind == SharedResponsibility || strings.Contains(q.Ref, "/tasks/"):
			// The model as the exam asks it: tasks of the party the
			// prompt names, among another party's tasks.
			want := 1
			if q.Kind == ChooseTwo {
				want = 2
			}
			assert.Len(t, q.Answers, want, at)
			assert.Len(t, q.Choices, choices+want-1, at)
			checkResponsibility(t, src, at, q)
		case q.Multiple():
			assert.Equal(t, ChooseTwo, q.Kind, at)
			assert.Len(t, q.Choices, choices+1, at)
			assert.Len(t, q.Answers, 2, at)
			assert.Contains(t, q.Prompt, "(2개 선택)", at)
			// Two different facts, never two paraphrases of one.
			a, b := q.Choices[q.Answers[0]], q.Choices[q.Answers[1]]
			fa, fb := fold(a), fold(b)
			if strings.Contains(q.Ref, "/descriptions/") || strings.Contains(q.Ref, "/facts/") {
				assert.False(t, strings.Contains(fa, fb) || strings.Contains(fb, fa), "%s: keys %q and %q say one thing", at, a, b)
				assert.True(t, distinct(&desc{folded: fa, tokens: tokens(a)}, &desc{folded: fb, tokens: tokens(b)}),
					"%s: keys %q and %q paraphrase each other", at, a, b)
			} else {
				ka, _ := awsnotes.Lookup(a)
				kb, _ := awsnotes.Lookup(b)
				assert.NotEqual(t, ka.ID, kb.ID, "%s: both keys name one entry", at)
			}
		default:
			assert.Len(t, q.Choices, choices, at)
			assert.Len(t, q.Answers, 1, at)
		}
		key := src.ix.byID[q.Services[0]]
		require.NotNil(t, key, at)
		// Retired entries are never keys or options unless asked for, and
		// whatever a question shows that is not active carries its status.
		for _, id := range q.Services {
			e := src.ix.byID[id]
			require.NotNil(t, e, at)
			if !opts.IncludeRetired {
				assert.False(t, e.retired, "%s: retired %s shown", at, id)
			}
			assert.False(t, e.hidden, "%s: %s is shown under a name AWS dropped", at, id)
			if st := e.s.Status; !st.Active() {
				line := "※ " + e.name + " — " + stateLabel(st.State)
				if st.Date != "" {
					line += " (" + st.Date + ")"
				}
				assert.Contains(t, q.Explanation, line, "%s: %s's status", at, id)
			}
		}
		// Renamed entries appear under their current names.
		for _, c := range q.Choices {
			if s, ok := awsnotes.Lookup(c); ok && src.name == "embedded" {
				if e := src.ix.byID[s.ID]; e != nil && e.name != s.DisplayName() {
					assert.Equal(t, e.name, c, "%s: %s offered under its old name", at, s.ID)
				}
			}
		}
		// The stem gives nothing away, and distractors are confusable with
		// the key.
		if slices.Contains(whichKinds, q.Kind) {
			stem := stemOf(q)
			if !strings.Contains(q.Prompt, "\n\n") {
				stem = strings.TrimSuffix(q.Prompt, " "+lastSentence(q.Prompt))
			}
			assert.False(t, key.mentions(fold(stem)), "%s: the stem names %s: %q", at, key.s.ID, stem)
			var others []*entry
			for i, c := range q.Choices {
				if i == q.Answers[0] {
					assert.Equal(t, optionText(key), c, at)
					continue
				}
				o := optionEntry(src.ix, key, c)
				require.NotNil(t, o, "%s: option %q", at, c)
				others = append(others, o)
				assert.GreaterOrEqual(t, confusability(key, o), 2, "%s: %s is no distractor for %s", at, o.s.ID, key.s.ID)
				assert.False(t, o.mentions(fold(stem)), "%s: the stem names option %s", at, o.s.ID)
			}
			if w, give := key.giveaway(stem, others); give {
				t.Errorf("%s: %q in the stem gives %s away: %q", at, w, key.s.ID, stem)
			}
		}
		// No key rests on a note line that has a correction.
		for _, e := range []*entry{key} {
			for _, c := range e.s.Corrections {
				line := cleanLine(c.Line)
				for _, a := range q.Answers {
					assert.NotEqual(t, fold(line), fold(q.Choices[a]), "%s: the key is a corrected line", at)
				}
				if q.Kind != Correction {
					assert.NotContains(t, fold(q.Prompt), fold(line), "%s: the stem quotes a corrected line", at)
				}
			}
		}
		if q.Kind == Correction {
			c := key.s.Corrections[correctionIndex(t, q.Ref)]
			assert.Equal(t, c.Text, q.Choices[q.Answers[0]], "%s: the key is the right fact", at)
			assert.Contains(t, q.Choices, cleanLine(c.Line), "%s: the dated line is a distractor", at)
		}
		// Domain and tasks.
		if len(q.Tasks) > 0 {
			assert.Equal(t, q.Tasks[0].Domain(), q.Domain, at)
		}
	}
}

// lastSentence returns the prompt's last sentence: the question asked.
func lastSentence(p string) string {
	i := strings.LastIndex(strings.TrimSuffix(p, "?"), ". ")
	if i < 0 {
		return p
	}
	return p[i+2:]
}

// entryNamed finds the entry an option shows.
func entryNamed(ix *index, name string) *entry {
	for _, e := range ix.entries {
		if e.name == name {
			return e
		}
	}
	return nil
}

// optionText is what an option says for e: its party in the shared
// responsibility model, else its name.
func optionText(e *entry) string {
	if f, ok := familyOf(e); ok {
		return f.option(e)
	}
	return e.name
}

// optionEntry is the entry an option of a question about key stands for:
// a party of key's family, or the entry of that name.
func optionEntry(ix *index, key *entry, c string) *entry {
	if f, ok := familyOf(key); ok {
		for id, p := range f.parties {
			if p == c {
				return ix.byID[id]
			}
		}
	}
	return entryNamed(ix, c)
}

func correctionIndex(t *testing.T, ref string) int {
	var i int
	_, err := fmt.Sscan(ref[strings.LastIndex(ref, "/")+1:], &i)
	require.NoError(t, err, ref)
	return i
}

func TestExamProperties(t *testing.T) {
	for _, src := range sources(t) {
		n := 301
		if testing.Short() {
			n = 40
		}
		for seed := uint64(0); seed < uint64(n); seed++ {
			opts := Options{Seed: seed, Count: 20}
			if seed%3 == 1 {
				opts.Difficulty = Hard
			}
			if seed%5 == 2 {
				opts.MultipleResponse = 0.15
			}
			qz, err := src.gen(opts)
			require.NoError(t, err, "%s %+v", src.name, opts)
			checkExamProperties(t, src, opts, qz)
		}
	}
}

// TestExamKindsEach checks every kind on its own, where a catalog has it.
func TestExamKindsEach(t *testing.T) {
	for _, src := range sources(t) {
		for _, k := range allKinds {
			for seed := uint64(0); seed < 60; seed++ {
				opts := Options{Seed: seed, Kinds: []Kind{k}}
				av, err := available(src.ix, opts)
				require.NoError(t, err)
				if av[k] == 0 {
					continue
				}
				opts.Count = min(8, av[k])
				qz, err := src.gen(opts)
				require.NoError(t, err, "%s %+v", src.name, opts)
				for _, q := range qz.Questions {
					assert.Equal(t, k, q.Kind)
				}
				checkExamProperties(t, src, opts, qz)
			}
		}
	}
}

// TestExamKindsPresent checks that the small catalog, which has every
// field, makes every kind.
func TestExamKindsPresent(t *testing.T) {
	g := examGenerator(t)
	av, err := g.Available(Options{Kinds: allKinds}) // Correction only by name
	require.NoError(t, err)
	for _, k := range []Kind{ExamCase, PricingModel, SupportPlan, Pillar, CAFPerspective, MigrationStrategy, NotItem, LeastMost, Correction} {
		assert.Positive(t, av[k], "testdata/exam makes no %s question", k)
	}
}

func TestRepeatedStemsIssueCase(t *testing.T) {
	// The issue's example: this quiz held two byte-identical questions.
	qz, err := Generate(Options{Seed: 5, Count: 400})
	if err != nil {
		av, _ := Available(Options{Seed: 5})
		total := 0
		for _, n := range av {
			total += n
		}
		require.Less(t, total, 400, "the notes support %d, yet 400 fail: %v", total, err)
		qz, err = Generate(Options{Seed: 5, Count: total})
		require.NoError(t, err)
	}
	src := sources(t)[0]
	checkExamProperties(t, src, Options{Seed: 5}, qz)
}

func TestRetiredOnlyWhenAsked(t *testing.T) {
	src := sources(t)[1] // testdata/exam holds a retired service with a case
	for seed := uint64(0); seed < 200; seed++ {
		qz, err := src.gen(Options{Seed: seed, Count: 10, IncludeRetired: true, Services: []awsnotes.ID{"opsworks"}})
		if err != nil {
			continue
		}
		for _, q := range qz.Questions {
			assert.Contains(t, q.Explanation, "※ OpsWorks — 서비스 종료 (2024-05-26)", q.Ref)
		}
	}
	_, err := src.gen(Options{Count: 1, Services: []awsnotes.ID{"opsworks"}})
	assert.ErrorIs(t, err, ErrNotEnough, "a retired entry is no key by default")
}

func TestDeterministicBytes(t *testing.T) {
	for _, src := range sources(t) {
		for seed := uint64(0); seed < 30; seed++ {
			opts := Options{Seed: seed, Count: 25, MultipleResponse: 0.1}
			a, err := src.gen(opts)
			require.NoError(t, err)
			b, err := src.gen(opts)
			require.NoError(t, err)
			ja, _ := a.JSON()
			jb, _ := b.JSON()
			require.Equal(t, string(ja), string(jb))
		}
	}
}

func TestDomainTaskProvenanceFilters(t *testing.T) {
	src := sources(t)[0]
	for _, d := range category.Domains() {
		for seed := uint64(0); seed < 20; seed++ {
			opts := Options{Seed: seed, Count: 5, Domains: []category.Domain{d.Domain}}
			qz, err := Generate(opts)
			require.NoError(t, err, "domain %d", d.Domain)
			for _, q := range qz.Questions {
				assert.True(t, slices.ContainsFunc(q.Tasks, func(t category.Task) bool { return t.Domain() == d.Domain }), "%s in domain %d", q.Ref, d.Domain)
			}
			checkExamProperties(t, src, opts, qz)
		}
	}
	for _, task := range []category.Task{"2.1", "3.3", "4.1"} {
		qz, err := Generate(Options{Seed: 1, Count: 3, Tasks: []category.Task{task}})
		require.NoError(t, err, task)
		for _, q := range qz.Questions {
			assert.Contains(t, q.Tasks, task, q.Ref)
		}
	}
	for _, p := range []Provenance{NotesOnly, AddedOnly} {
		qz, err := Generate(Options{Seed: 2, Count: 15, Provenance: p})
		require.NoError(t, err, p)
		for _, q := range qz.Questions {
			want := awsnotes.OriginNotes
			if p == AddedOnly {
				want = awsnotes.OriginAdded
			}
			assert.Equal(t, want, q.Origin, "%s: %s", p, q.Ref)
		}
	}
	_, err := Generate(Options{Domains: []category.Domain{5}})
	assert.ErrorIs(t, err, ErrDomain)
	_, err = Generate(Options{Tasks: []category.Task{"9.9"}})
	assert.ErrorIs(t, err, ErrDomain)
	_, err = Generate(Options{Provenance: 7})
	assert.ErrorIs(t, err, ErrProvenance)
}

func TestMockExam(t *testing.T) {
	n := 200
	if testing.Short() {
		n = 20
	}
	quota := ExamQuota(ExamQuestions)
	assert.Equal(t, map[category.Domain]int{1: 16, 2: 19, 3: 22, 4: 8}, quota)
	src := sources(t)[0]
	for seed := uint64(0); seed < uint64(n); seed++ {
		qz, err := MockExam(Options{Seed: seed})
		require.NoError(t, err, seed)
		require.Len(t, qz.Questions, ExamQuestions)
		by := map[category.Domain]int{}
		multi := 0
		for _, q := range qz.Questions {
			by[q.Domain]++
			if q.Multiple() {
				multi++
			}
			assert.NotContains(t, []Kind{TrueFalse, Cloze, Mnemonic}, q.Kind, "the exam's shapes only")
		}
		for d, want := range quota {
			assert.InDelta(t, want, by[d], 2, "seed %d domain %d", seed, d)
		}
		share := float64(multi) / float64(ExamQuestions)
		assert.True(t, share >= 0.10 && share <= 0.15, "seed %d: %d multiple-response items", seed, multi)
		checkExamProperties(t, src, qz.Options, qz)
	}
}

func TestExamReport(t *testing.T) {
	qz, err := MockExam(Options{Seed: 4})
	require.NoError(t, err)
	// Answer every domain-2 question right, the rest wrong.
	resp := make([][]int, len(qz.Questions))
	for i, q := range qz.Questions {
		if q.Domain == category.DomainSecurity {
			resp[i] = q.Answers
		}
	}
	rep, err := qz.ExamReport(resp)
	require.NoError(t, err)
	require.Len(t, rep.Domains, 4)
	total := 0
	for _, d := range rep.Domains {
		total += d.Total
		if d.Domain == category.DomainSecurity {
			assert.Equal(t, d.Total, d.Correct)
			assert.InDelta(t, 1, d.Share, 1e-9)
		} else {
			assert.Zero(t, d.Correct)
		}
	}
	assert.Equal(t, ExamQuestions, total)
	assert.Equal(t, rep.Domains[1].Correct, rep.Correct)
	assert.Equal(t, 700, rep.PassMark)
	assert.False(t, rep.EstimatedPass)
	text := rep.Text()
	assert.Contains(t, text, "추정")
	assert.Contains(t, text, "도메인 2 보안 및 규정 준수")
	b, err := rep.JSON()
	require.NoError(t, err)
	var back ExamReport
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, rep, back)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	for _, k := range []string{"domains", "total", "correct", "share", "estimatedScore", "passMark", "estimatedPass", "note", "results"} {
		assert.Contains(t, raw, k)
	}
	all := make([][]int, len(qz.Questions))
	for i, q := range qz.Questions {
		all[i] = q.Answers
	}
	rep, err = qz.ExamReport(all)
	require.NoError(t, err)
	assert.Equal(t, 1000, rep.EstimatedScore)
	assert.True(t, rep.EstimatedPass)
}

func TestSheet(t *testing.T) {
	for _, src := range sources(t) {
		for seed := uint64(0); seed < 30; seed++ {
			opts := Options{Seed: seed, Count: 12, MultipleResponse: 0.2, Difficulty: Difficulty(seed % 3)}
			qz, err := src.gen(opts)
			require.NoError(t, err)
			sheet := qz.Sheet()
			b, err := json.Marshal(sheet)
			require.NoError(t, err)
			// No answer, no explanation, over every kind.
			assert.NotContains(t, string(b), `"answers"`)
			assert.NotContains(t, string(b), `"explanation"`)
			var back Sheet
			require.NoError(t, json.Unmarshal(b, &back))
			resp := make([][]int, len(qz.Questions))
			for i, q := range qz.Questions {
				if i%2 == 0 {
					resp[i] = q.Answers
				}
			}
			want, err := qz.Grade(resp)
			require.NoError(t, err)
			var got Report
			if src.name == "embedded" {
				got, err = GradeSheet(back, resp)
			} else {
				got, err = examGenerator(t).GradeSheet(back, resp)
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		}
	}
	qz, err := Generate(Options{Seed: 1, Count: 3})
	require.NoError(t, err)
	sheet := qz.Sheet()
	sheet.Questions[1].Choices[0] += "!"
	_, err = GradeSheet(sheet, nil)
	assert.ErrorIs(t, err, ErrSheet)
	sheet = qz.Sheet()
	sheet.Questions[0].ID = "12345"
	_, err = GradeSheet(sheet, nil)
	assert.ErrorIs(t, err, ErrSheet)
	sheet = qz.Sheet()
	sheet.Questions[0].ID = qz.Questions[0].Ref // a ref is no ID
	_, err = GradeSheet(sheet, nil)
	assert.ErrorIs(t, err, ErrSheet)
}

// TestSheetHidesKeys checks, over every kind and both catalogs, that
// nothing of a sheet but the question itself (its prompt and options)
// names the key's entry: not its ID, name, short name, abbreviation or
// reading, as a ref did ("exam-case/penetration-testing/0"). Sheets of
// every kind are graded back too.
func TestSheetHidesKeys(t *testing.T) {
	for _, src := range sources(t) {
		for _, k := range allKinds {
			for seed := uint64(0); seed < 4; seed++ {
				opts := Options{Seed: seed, Kinds: []Kind{k}}
				av, err := available(src.ix, opts)
				require.NoError(t, err)
				if av[k] == 0 {
					continue
				}
				opts.Count = min(12, av[k])
				qz, err := src.gen(opts)
				require.NoError(t, err)
				sheet := qz.Sheet()
				for i, q := range qz.Questions {
					sq := sheet.Questions[i]
					sq.Prompt, sq.Choices = "", nil // the question itself shows its options
					b, err := json.Marshal(sq)
					require.NoError(t, err)
					rest := fold(string(b))
					key := src.ix.byID[q.Services[0]]
					for _, n := range []string{string(key.s.ID), key.s.Name, key.s.Short, key.s.Abbr, key.s.Reading} {
						if runeLen(n) >= 2 {
							assert.False(t, containsName(rest, fold(n)), "%s %s: the sheet names the key (%q): %s", src.name, q.Ref, n, rest)
						}
					}
				}
				head := sheet
				head.Questions = nil
				b, err := json.Marshal(head)
				require.NoError(t, err)
				for _, q := range qz.Questions {
					key := src.ix.byID[q.Services[0]]
					assert.NotContains(t, string(b), string(key.s.ID), "%s %s: the sheet names the key", src.name, q.Ref)
				}
				resp := make([][]int, len(qz.Questions))
				for i, q := range qz.Questions {
					resp[i] = q.Answers
				}
				var rep Report
				if src.name == "embedded" {
					rep, err = GradeSheet(sheet, resp)
				} else {
					rep, err = examGenerator(t).GradeSheet(sheet, resp)
				}
				require.NoError(t, err, "%s %s", src.name, k)
				assert.Equal(t, len(qz.Questions), rep.Correct)
			}
		}
	}
}

// TestGradeErrorsSayOnce checks issue 11's messages: "quiz:" once.
func TestGradeErrorsSayOnce(t *testing.T) {
	qz, err := Generate(Options{Seed: 1, Count: 2})
	require.NoError(t, err)
	_, err = qz.Grade([][]int{{9}})
	require.ErrorIs(t, err, ErrAnswers)
	assert.Equal(t, 1, strings.Count(err.Error(), "quiz:"), err.Error())
	_, err = qz.Questions[0].Grade([]int{9})
	assert.Equal(t, 1, strings.Count(err.Error(), "quiz:"), err.Error())
}

// TestExportTags checks the exam domain and task in every export, read
// back by the parsers of export_test.go and review_test.go.
func TestExportTags(t *testing.T) {
	qz, err := Generate(Options{Seed: 3, Count: 30})
	require.NoError(t, err)
	_, records := ankiRecords(t, qz.Anki(AnkiOptions{}))
	require.Len(t, records, len(qz.Questions))
	for i, q := range qz.Questions {
		tags := strings.Fields(records[i][2])
		assert.Contains(t, tags, "quiz::"+string(q.Kind))
		if q.Domain != 0 {
			assert.Contains(t, tags, fmt.Sprintf("clf-c02::domain%d", q.Domain))
			for _, task := range q.Tasks {
				assert.Contains(t, tags, "clf-c02::task"+string(task))
			}
		}
	}
	parsed := parseGIFT(t, qz.GIFT())
	require.Len(t, parsed, len(qz.Questions))
	for i, q := range qz.Questions {
		if q.Domain != 0 {
			assert.True(t, strings.HasPrefix(parsed[i].category, fmt.Sprintf("awsnotes/domain%d", q.Domain)), parsed[i].category)
		}
	}
	md := qz.Markdown()
	for _, q := range qz.Questions {
		assert.Contains(t, md, q.Kind.Korean())
	}
}

var goldenKinds = []Kind{ExamCase, SharedResponsibility, PricingModel, SupportPlan, Pillar, CAFPerspective,
	MigrationStrategy, NotItem, LeastMost, Correction}

// TestGoldenKinds pins one quiz per new kind, made from testdata/exam,
// byte for byte (go test -update rewrites them; read the diff).
func TestGoldenKinds(t *testing.T) {
	g := examGenerator(t)
	for _, k := range goldenKinds {
		t.Run(string(k), func(t *testing.T) {
			av, err := g.Available(Options{Seed: 1, Kinds: []Kind{k}})
			require.NoError(t, err)
			if av[k] == 0 {
				t.Skipf("testdata/exam has no %s question", k)
			}
			qz, err := g.Generate(Options{Seed: 1, Kinds: []Kind{k}, Count: min(3, av[k])})
			require.NoError(t, err)
			got, err := qz.JSON()
			require.NoError(t, err)
			path := filepath.Join("testdata", "golden", string(k)+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to write %s", path)
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestListedKindsAsk checks that every kind offered to a learner makes
// questions from the embedded notes, and that Correction, which cannot
// (see its doc), is left out of the list yet still valid to ask for.
func TestListedKindsAsk(t *testing.T) {
	for _, k := range Kinds() {
		av, err := Available(Options{Kinds: []Kind{k}})
		require.NoError(t, err)
		assert.Positive(t, av[k], "Kinds offers %s, which the notes cannot ask", k)
	}
	assert.NotContains(t, Kinds(), Correction)
	assert.True(t, Correction.Valid())
	_, err := Available(Options{Kinds: []Kind{Correction}})
	require.NoError(t, err)
}

// TestExplanationsNameShownOptions checks that a case's hand-written
// explanation never contrasts the key with an entry the question does not
// show ("AWS Backup … Elastic Disaster Recovery" beside options without
// Elastic Disaster Recovery): the entries it names are preferred as
// distractors, and a sentence naming one still absent is left out.
func TestExplanationsNameShownOptions(t *testing.T) {
	kinds := []Kind{ExamCase, LeastMost, SharedResponsibility, PricingModel, SupportPlan, Pillar, CAFPerspective, MigrationStrategy}
	for _, src := range sources(t) {
		asked, bad, trimmed := 0, 0, 0
		for _, k := range kinds {
			for seed := uint64(0); seed < 3; seed++ {
				qs, err := questions(src.ix, Options{Seed: seed, Kinds: []Kind{k}}, nil)
				require.NoError(t, err)
				for _, q := range qs {
					if strings.Contains(q.Ref, "/pick/") {
						continue // a table's line, not a case
					}
					asked++
					key := src.ix.byID[q.Services[0]]
					lead := q.Explanation
					if i := strings.Index(lead, "\n"); i >= 0 {
						lead = lead[:i]
					}
					if strings.HasPrefix(lead, key.name+": ") {
						lead = ""
					}
					cs := key.s.Cases[correctionIndex(t, q.Ref)]
					if lead != cs.Explanation {
						trimmed++
					}
					for _, o := range src.ix.contrasted(key, lead) {
						if !slices.Contains(q.Services, o.s.ID) && !o.mentions(fold(q.Prompt)) {
							bad++
							t.Errorf("%s seed %d %s: the explanation names %s, not shown: %q", src.name, seed, q.Ref, o.s.ID, lead)
						}
					}
				}
			}
		}
		t.Logf("%s: %d case questions, %d explanations shortened, %d naming an absent option", src.name, asked, trimmed, bad)
	}
}

// checkResponsibility checks a shared responsibility question against the
// catalog's task tables: the prompt names a party, every key is a task of
// that party's column and every other option a task of another party's.
func checkResponsibility(t *testing.T, src source, at string, q Question) {
	t.Helper()
	f := families[familyIndex("security-in-the-cloud")]
	owner := map[string]string{} // task → party
	for _, tb := range src.ix.tables {
		if !f.taskTable(tb) {
			continue
		}
		for _, row := range tb.t.Rows {
			for c, cell := range row.Cells {
				owner[cell] = f.parties[tb.cols[c].s.ID]
			}
		}
	}
	var party string
	for _, p := range f.parties {
		if strings.Contains(q.Prompt, "다음 중 "+p+"의 책임은") {
			party = p
		}
	}
	require.NotEmpty(t, party, "%s: no party asked: %q", at, q.Prompt)
	for i, c := range q.Choices {
		got, ok := owner[c]
		require.True(t, ok, "%s: option %q is no task of the model's tables", at, c)
		assert.Equal(t, slices.Contains(q.Answers, i), got == party, "%s: %q is %s's, asked %s's", at, c, got, party)
	}
}
