package quiz

import (
	"bytes"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seeds is how many seeds the property tests try.
const seeds = 150

func generate(t testing.TB, opts Options) Quiz {
	t.Helper()
	qz, err := Generate(opts)
	require.NoError(t, err, "%+v", opts)
	return qz
}

// said returns what the notes say of an entry, folded: summary, note
// lines, scenario quotes.
func said(t testing.TB, id awsnotes.ID) []string {
	s, ok := awsnotes.Get(id)
	require.True(t, ok, id)
	out := []string{fold(s.Summary)}
	for _, n := range s.Notes {
		for _, l := range n.Lines {
			out = append(out, fold(cleanLine(l.Text)))
		}
	}
	return out
}

func keyTexts(q Question) []string {
	var out []string
	for _, a := range q.Answers {
		out = append(out, q.Choices[a])
	}
	return out
}

// lastParagraph is the part of a prompt after its blank line.
func lastParagraph(p string) string {
	parts := strings.Split(p, "\n\n")
	return parts[len(parts)-1]
}

func TestQuestionsWellFormed(t *testing.T) {
	for seed := uint64(0); seed < seeds; seed++ {
		qz := generate(t, Options{Seed: seed, Count: 20})
		require.Len(t, qz.Questions, 20)
		refs := map[string]bool{}
		for _, q := range qz.Questions {
			require.NoError(t, q.check())
			assert.False(t, refs[q.Ref], "ref %s twice in seed %d", q.Ref, seed)
			refs[q.Ref] = true
			assert.True(t, q.Kind.Valid())
			assert.NotEmpty(t, q.Prompt)
			assert.NotEmpty(t, q.Explanation)
			require.NotEmpty(t, q.Services)
			for _, id := range q.Services {
				_, ok := awsnotes.Get(id)
				assert.True(t, ok, "%s: unknown service %s", q.Ref, id)
			}
			switch q.Kind {
			case TrueFalse:
				assert.Equal(t, []string{"O", "X"}, q.Choices)
			case ChooseTwo:
				assert.Len(t, q.Choices, DefaultChoices+1, q.Ref)
				assert.GreaterOrEqual(t, len(q.Answers), 2, q.Ref)
			case Comparison, Mnemonic, SharedResponsibility:
				assert.LessOrEqual(t, len(q.Choices), DefaultChoices, q.Ref)
				assert.Len(t, q.Answers, 1)
			default:
				assert.Len(t, q.Choices, DefaultChoices, q.Ref)
				assert.Len(t, q.Answers, 1)
			}
		}
	}
}

// nameChoices reports whether the question's options are entry names.
func nameChoices(q Question) bool {
	switch q.Kind {
	case ServiceFromDescription, Scenario, Comparison:
		return true
	case Mnemonic, ChooseTwo:
		_, ok := awsnotes.LookupID(q.Choices[q.Answers[0]])
		return ok
	}
	return false
}

func TestNoSynonymousChoices(t *testing.T) {
	for seed := uint64(0); seed < seeds; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 20}).Questions {
			if !nameChoices(q) {
				continue
			}
			seen := map[awsnotes.ID]string{}
			for _, c := range q.Choices {
				id, ok := awsnotes.LookupID(c)
				require.True(t, ok, "%s: choice %q names no entry", q.Ref, c)
				if other, dup := seen[id]; dup {
					t.Errorf("%s: %q and %q name the same entry %s", q.Ref, other, c, id)
				}
				seen[id] = c
			}
		}
	}
}

func TestKeysMatchTheNotes(t *testing.T) {
	tables := compare.All()
	for seed := uint64(0); seed < seeds; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 20}).Questions {
			key := q.Services[0]
			s, _ := awsnotes.Get(key)
			texts := said(t, key)
			keys := keyTexts(q)
			switch q.Kind {
			case ServiceFromDescription:
				// A line of the notes is quoted; a summary is not.
				desc := fold(strings.Trim(lastParagraph(q.Prompt), "\""))
				assert.Contains(t, texts, desc, q.Ref)
				id, _ := awsnotes.LookupID(keys[0])
				assert.Equal(t, key, id, q.Ref)
				for i, c := range q.Choices {
					if i != q.Answers[0] {
						other, _ := awsnotes.LookupID(c)
						assert.NotContains(t, said(t, other), desc, "%s: the notes say it of %s too", q.Ref, other)
					}
				}
			case DescriptionFromService:
				assert.Contains(t, texts, fold(keys[0]), q.Ref)
				assert.True(t, strings.HasPrefix(q.Prompt, "다음 중 "+s.DisplayName()) || !s.Status.Active(), q.Ref)
				for i, c := range q.Choices {
					if i != q.Answers[0] {
						assert.NotContains(t, texts, fold(c), "%s: distractor %q is said of the key", q.Ref, c)
					}
				}
			case Scenario:
				if strings.Contains(q.Ref, "/pick/") {
					tb, ok := compare.Get(q.Ref[strings.LastIndex(q.Ref, "/")+1:])
					require.True(t, ok, q.Ref)
					assert.Equal(t, tb.Picks[tb.Index(key)], lastParagraph(q.Prompt), q.Ref)
					for i, c := range q.Choices {
						if i != q.Answers[0] {
							id, _ := awsnotes.LookupID(c)
							assert.NotContains(t, strings.Join(said(t, id), "\n"), fold(lastParagraph(q.Prompt)), q.Ref)
						}
					}
					break
				}
				quote := strings.Trim(lastParagraph(q.Prompt), "\"")
				i := slices.IndexFunc(s.Scenarios, func(sc awsnotes.Scenario) bool { return sc.Quote == quote })
				require.GreaterOrEqual(t, i, 0, "%s: %q is not a scenario of %s", q.Ref, quote, key)
				for _, c := range q.Choices {
					id, _ := awsnotes.LookupID(c)
					assert.NotContains(t, s.Scenarios[i].Also, id, "%s: %s also fits", q.Ref, id)
				}
			case Cloze:
				assert.Contains(t, s.Highlights(), keys[0], q.Ref)
				assert.Contains(t, q.Prompt, blank)
				for i, c := range q.Choices {
					if i != q.Answers[0] {
						assert.NotContains(t, strings.Join(texts, "\n"), fold(c), "%s: distractor %q is in the key's notes", q.Ref, c)
					}
				}
			case TrueFalse:
				stmt := lastParagraph(q.Prompt)
				owner := key
				if q.Answers[0] == 1 {
					require.Len(t, q.Services, 2, q.Ref)
					owner = q.Services[1]
				}
				found := false
				for _, d := range said(t, owner) {
					found = found || strings.Contains(fold(stmt), strings.TrimSuffix(d, "."))
				}
				assert.True(t, found, "%s: %q is not from %s's notes", q.Ref, stmt, owner)
				if q.Answers[0] == 1 {
					for _, d := range texts {
						assert.NotContains(t, fold(stmt), d+".", "%s: the false statement is said of the key", q.Ref)
					}
				}
			case ChooseTwo:
				if strings.Contains(q.Ref, "/descriptions/") {
					for _, k := range keys {
						assert.Contains(t, texts, fold(k), q.Ref)
					}
				}
				if strings.Contains(q.Ref, "/category/") {
					for i, c := range q.Choices {
						id, _ := awsnotes.LookupID(c)
						e, _ := awsnotes.Get(id)
						cat := q.Services[0]
						k, _ := awsnotes.Get(cat)
						assert.Equal(t, slices.Contains(q.Answers, i), e.InCategory(k.Categories[0]), "%s: %s", q.Ref, c)
					}
				}
			case Mnemonic:
				require.NotEmpty(t, s.Mnemonics, q.Ref)
				if strings.HasSuffix(q.Ref, "/meaning") {
					assert.Equal(t, s.Mnemonics[0].Meaning, keys[0])
				} else {
					id, _ := awsnotes.LookupID(keys[0])
					assert.Equal(t, key, id)
				}
			case Comparison:
				id, _ := awsnotes.LookupID(keys[0])
				require.Equal(t, key, id, q.Ref)
				parts := strings.Split(q.Ref, "/")
				ti := slices.IndexFunc(tables, func(tb compare.Table) bool { return tb.ID == parts[1] })
				require.GreaterOrEqual(t, ti, 0, q.Ref)
				tb := tables[ti]
				col := tb.Index(key)
				cell := lastParagraph(q.Prompt)
				if strings.HasSuffix(q.Ref, "/pick") {
					assert.Equal(t, tb.Picks[col], cell)
				} else {
					found := false
					for _, r := range tb.Rows {
						found = found || r.Cells[col] == cell
					}
					assert.True(t, found, "%s: %q is not in %s's column", q.Ref, cell, key)
				}
			}
		}
	}
}

// TestNotesShownOnce checks that a quiz shows a description or a quoted
// situation once, whichever kind of question shows it.
func TestNotesShownOnce(t *testing.T) {
	for seed := uint64(0); seed < 60; seed++ {
		seen := map[string]string{}
		for _, q := range generate(t, Options{Seed: seed, Count: 40}).Questions {
			var shown string
			switch q.Kind {
			case ServiceFromDescription:
				shown = lastParagraph(q.Prompt)
			case DescriptionFromService:
				shown = q.Choices[q.Answers[0]]
			case Scenario:
				shown = strings.Trim(lastParagraph(q.Prompt), "\"")
			default:
				continue
			}
			shown = fold(shown)
			if other, dup := seen[shown]; dup {
				t.Errorf("seed %d: %s and %s both show %q", seed, other, q.Ref, shown)
			}
			seen[shown] = q.Ref
		}
	}
}

// TestAnswerPositionsSpread checks that the key's position is uniform:
// a chi-square test on four-option single-answer questions, with a bound
// a fair generator exceeds once in a thousand runs.
func TestAnswerPositionsSpread(t *testing.T) {
	counts := make([]float64, DefaultChoices)
	tf := make([]float64, 2)
	for seed := uint64(0); seed < 400; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 20}).Questions {
			if len(q.Choices) == DefaultChoices && len(q.Answers) == 1 {
				counts[q.Answers[0]]++
			}
		}
		// O/X only when asked for by name.
		for _, q := range generate(t, Options{Seed: seed, Count: 5, Kinds: []Kind{TrueFalse}}).Questions {
			tf[q.Answers[0]]++
		}
	}
	chi := func(obs []float64) float64 {
		total := 0.0
		for _, o := range obs {
			total += o
		}
		x := 0.0
		for _, o := range obs {
			e := total / float64(len(obs))
			x += (o - e) * (o - e) / e
		}
		return x
	}
	assert.Less(t, chi(counts), 16.27, "key positions %v", counts) // 3 degrees of freedom, p = 0.001
	assert.Less(t, chi(tf), 10.83, "O/X answers %v", tf)           // 1 degree of freedom, p = 0.001
}

// TestAllKindsProduced checks that every kind the data supports appears
// in the usual mix, and that asking for one kind gives only that kind. The
// kinds that need data an entry may not have yet (a correction, the
// shared responsibility entries) are checked on testdata/exam too.
func TestAllKindsProduced(t *testing.T) {
	av, err := Available(Options{})
	require.NoError(t, err)
	seen := map[Kind]int{}
	for seed := uint64(0); seed < 50; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 20}).Questions {
			seen[q.Kind]++
		}
	}
	for _, k := range Kinds() {
		if av[k] >= 3 {
			assert.Positive(t, seen[k], "no %s question in 50 quizzes", k)
		}
	}
	for _, k := range Kinds() {
		t.Run(string(k), func(t *testing.T) {
			n := min(6, av[k])
			if n == 0 {
				t.Skipf("the embedded data has no %s question yet", k)
			}
			qz := generate(t, Options{Seed: 1, Count: n, Kinds: []Kind{k}})
			for _, q := range qz.Questions {
				assert.Equal(t, k, q.Kind)
			}
		})
	}
}

// TestDefaultKindsExamShaped checks that a quiz that names no kind asks
// only the exam's shapes: four options and one key, or five and two; O/X
// only when named.
func TestDefaultKindsExamShaped(t *testing.T) {
	for seed := uint64(0); seed < 100; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 30, MultipleResponse: 0.1}).Questions {
			assert.NotEqual(t, TrueFalse, q.Kind, q.Ref)
			if q.Multiple() {
				assert.Len(t, q.Choices, DefaultChoices+1, q.Ref)
				assert.Len(t, q.Answers, 2, q.Ref)
			} else {
				assert.Len(t, q.Choices, DefaultChoices, q.Ref)
				assert.Len(t, q.Answers, 1, q.Ref)
			}
		}
	}
	qz := generate(t, Options{Seed: 1, Count: 3, Kinds: []Kind{TrueFalse}})
	for _, q := range qz.Questions {
		assert.Equal(t, []string{"O", "X"}, q.Choices, q.Ref)
	}
}

func TestAvailable(t *testing.T) {
	av, err := Available(Options{Kinds: Kinds()})
	require.NoError(t, err)
	total := 0
	for _, k := range Kinds() {
		// The notes' kinds always; the exam's where the data has what
		// they need (TestExamKindsPresent checks them on testdata/exam).
		if slices.Contains([]Kind{ServiceFromDescription, DescriptionFromService, Scenario, Comparison, Cloze, TrueFalse, ChooseTwo, Mnemonic}, k) {
			assert.Positive(t, av[k], k)
		}
		total += av[k]
	}
	t.Logf("distinct questions per kind: %v (total %d)", av, total)
	// Asking for exactly as many as there are works; one more does not.
	opts := Options{Kinds: []Kind{Mnemonic}, Count: av[Mnemonic]}
	generate(t, opts)
	opts.Count++
	_, err = Generate(opts)
	assert.ErrorIs(t, err, ErrNotEnough)
}

func TestDeterminism(t *testing.T) {
	a, err := generate(t, Options{Seed: 99, Count: 30}).JSON()
	require.NoError(t, err)
	b, err := generate(t, Options{Seed: 99, Count: 30}).JSON()
	require.NoError(t, err)
	assert.Equal(t, a, b, "same seed, same bytes")
	distinct := map[string]bool{}
	for seed := uint64(0); seed < 20; seed++ {
		j, err := generate(t, Options{Seed: seed, Count: 10}).JSON()
		require.NoError(t, err)
		distinct[string(j)] = true
	}
	assert.Len(t, distinct, 20, "different seeds, different quizzes")
}

// snapshot indexes the copy of the notes in testdata/notes, so the golden
// quiz changes only when the generator or the random source does, not
// when someone edits the notes.
func snapshot(t *testing.T) *index {
	t.Helper()
	fsys := os.DirFS(filepath.Join("testdata", "notes"))
	cat, err := awsnotes.Load(fsys)
	require.NoError(t, err)
	set, err := data.Decode(fsys)
	require.NoError(t, err)
	var tables []compare.Table
	for _, c := range set.Comparisons {
		tb := compare.Table{ID: c.ID, Title: c.Title, Picks: c.Picks, Section: c.Section, Source: c.Source}
		for _, id := range c.Services {
			s, ok := cat.Get(awsnotes.ID(id))
			require.True(t, ok, id)
			tb.IDs = append(tb.IDs, s.ID)
			tb.Columns = append(tb.Columns, s.DisplayName())
		}
		for _, r := range c.Rows {
			tb.Rows = append(tb.Rows, compare.Row{Aspect: r.Aspect, Cells: r.Cells})
		}
		tables = append(tables, tb)
	}
	return buildIndex(cat, tables)
}

// TestGolden pins one quiz byte for byte, from the snapshot of the notes:
// it changes only when the generator or the random source changes. Run
// with -update to rewrite it after a deliberate change, and read the diff.
func TestGolden(t *testing.T) {
	qz, err := generateFrom(snapshot(t), Options{Seed: 42, Count: 16})
	require.NoError(t, err)
	got, err := qz.JSON()
	require.NoError(t, err)
	path := filepath.Join("testdata", "seed42.golden")
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Errorf("quiz for seed 42 differs from %s (run go test -update and check the diff):\n%s", path, got)
	}
}

func TestGenerator(t *testing.T) {
	cat, err := awsnotes.Default()
	require.NoError(t, err)
	gn, err := NewGenerator(cat)
	require.NoError(t, err)
	opts := Options{Seed: 13, Count: 25}
	a, err := gn.Generate(opts)
	require.NoError(t, err)
	b := generate(t, opts)
	assert.Equal(t, b, a, "the embedded catalog gives the same quiz either way")
	av, err := gn.Available(Options{})
	require.NoError(t, err)
	want, err := Available(Options{})
	require.NoError(t, err)
	assert.Equal(t, want, av)

	// A catalog of one's own: here the snapshot of the notes in testdata.
	own, err := awsnotes.Load(os.DirFS(filepath.Join("testdata", "notes")))
	require.NoError(t, err)
	gn, err = NewGenerator(own)
	require.NoError(t, err)
	qz, err := gn.Generate(Options{Seed: 2, Count: 30})
	require.NoError(t, err)
	for _, q := range qz.Questions {
		require.NoError(t, q.check())
	}
	_, err = gn.Generate(Options{Count: -1})
	assert.ErrorIs(t, err, ErrCount)

	_, err = NewGenerator(nil)
	assert.Error(t, err)
}

func TestFilters(t *testing.T) {
	for seed := uint64(0); seed < 20; seed++ {
		qz := generate(t, Options{Seed: seed, Count: 8, Categories: []category.ID{category.Security}})
		for _, q := range qz.Questions {
			s, _ := awsnotes.Get(q.Services[0])
			assert.True(t, s.InCategory(category.Security), "%s is not security", q.Ref)
		}
		qz = generate(t, Options{Seed: seed, Count: 5, Categories: []category.ID{"모니터링"}})
		for _, q := range qz.Questions {
			s, _ := awsnotes.Get(q.Services[0])
			assert.True(t, s.InCategory(category.Monitoring), "%s is not monitoring", q.Ref)
		}
		only := []awsnotes.ID{"cloudtrail", "x-ray", "ECS"}
		qz = generate(t, Options{Seed: seed, Count: 10, Services: only})
		for _, q := range qz.Questions {
			assert.Contains(t, []awsnotes.ID{"cloudtrail", "x-ray", "ecs"}, q.Services[0], q.Ref)
		}
		excluded := []awsnotes.ID{"ecs", "cloudtrail", "sqs"}
		qz = generate(t, Options{Seed: seed, Count: 30, Exclude: excluded, ActiveOnly: true})
		for _, q := range qz.Questions {
			for _, id := range q.Services {
				assert.NotContains(t, excluded, id, q.Ref)
				s, _ := awsnotes.Get(id)
				assert.NotEqual(t, awsnotes.StateRetired, s.Status.State, q.Ref)
			}
			for _, c := range q.Choices {
				if id, ok := awsnotes.LookupID(c); ok && nameChoices(q) {
					assert.NotContains(t, excluded, id, "%s offers %s", q.Ref, c)
				}
			}
		}
		qz = generate(t, Options{Seed: seed, Count: 10, Kinds: []Kind{Scenario, Cloze}})
		for _, q := range qz.Questions {
			assert.Contains(t, []Kind{Scenario, Cloze}, q.Kind)
		}
		qz = generate(t, Options{Seed: seed, Count: 10, Choices: 5})
		for _, q := range qz.Questions {
			switch q.Kind {
			case TrueFalse:
			case ChooseTwo:
				assert.Len(t, q.Choices, 6)
			default:
				assert.LessOrEqual(t, len(q.Choices), 5)
			}
		}
		for _, share := range []float64{0.2, 0.5, 1} {
			qz = generate(t, Options{Seed: seed, Count: 10, MultipleResponse: share})
			n := 0
			for _, q := range qz.Questions {
				if q.Multiple() {
					n++
				}
			}
			assert.Equal(t, int(math.Round(share*10)), n, "share %v", share)
		}
	}
}

// TestDifficulty checks that hard quizzes draw distractors from the key's
// category more often than normal ones, and easy ones less often.
func TestDifficulty(t *testing.T) {
	share := func(level Difficulty) float64 {
		same, all := 0, 0
		for seed := uint64(0); seed < 40; seed++ {
			qz := generate(t, Options{Seed: seed, Count: 10, Difficulty: level, Kinds: []Kind{ServiceFromDescription, Scenario}})
			for _, q := range qz.Questions {
				key, _ := awsnotes.Get(q.Services[0])
				for _, id := range q.Services[1:] {
					o, _ := awsnotes.Get(id)
					all++
					if o.InCategory(key.Categories[0]) {
						same++
					}
				}
			}
		}
		return float64(same) / float64(all)
	}
	easy, normal, hard := share(Easy), share(Normal), share(Hard)
	t.Logf("distractors from the key's category: easy %.2f, normal %.2f, hard %.2f", easy, normal, hard)
	assert.Less(t, easy, normal)
	assert.LessOrEqual(t, normal, hard)
	assert.Equal(t, "hard", Hard.String())
	assert.Equal(t, "Difficulty(9)", Difficulty(9).String())
}

func TestOptionErrors(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		want error
	}{
		{"negative count", Options{Count: -1}, ErrCount},
		{"too many", Options{Count: 100000}, ErrNotEnough},
		{"too many in a category", Options{Count: 500, Categories: []category.ID{category.Support}}, ErrNotEnough},
		{"one choice", Options{Choices: 1}, ErrChoices},
		{"negative choices", Options{Choices: -3}, ErrChoices},
		{"too many choices", Options{Choices: MaxChoices + 1}, ErrChoices},
		{"unknown kind", Options{Kinds: []Kind{Scenario, "essay"}}, ErrKind},
		{"unknown category", Options{Categories: []category.ID{"gardening"}}, ErrCategory},
		{"unknown service", Options{Services: []awsnotes.ID{"ec3"}}, ErrService},
		{"unknown excluded service", Options{Exclude: []awsnotes.ID{"nope"}}, ErrService},
		{"share above one", Options{MultipleResponse: 1.5}, ErrShare},
		{"negative share", Options{MultipleResponse: -0.1}, ErrShare},
		{"NaN share", Options{MultipleResponse: math.NaN()}, ErrShare},
		{"unknown difficulty", Options{Difficulty: 7}, ErrDifficulty},
		{"everything excluded", Options{Services: []awsnotes.ID{"ecs"}, Exclude: []awsnotes.ID{"ecs"}}, ErrNotEnough},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qz, err := Generate(tt.opts)
			require.ErrorIs(t, err, tt.want)
			assert.Empty(t, qz.Questions)
			var oe *OptionError
			require.True(t, errors.As(err, &oe))
			assert.Contains(t, err.Error(), "quiz: Options."+oe.Field)
			_, err = Available(tt.opts)
			if tt.want != ErrNotEnough && tt.want != ErrCount {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
	qz, err := Generate(Options{Count: 0})
	require.NoError(t, err)
	assert.Len(t, qz.Questions, DefaultCount)
}

func TestParticlesInPrompts(t *testing.T) {
	for _, s := range awsnotes.All() {
		if !s.Status.Active() {
			continue // shown under its current name
		}
		want := object(loadedEntry(t, string(s.ID)))
		qz, err := Generate(Options{Kinds: []Kind{DescriptionFromService}, Services: []awsnotes.ID{s.ID}, Count: 1})
		if err != nil {
			continue // an entry without a description of its own
		}
		assert.True(t, strings.HasPrefix(qz.Questions[0].Prompt, "다음 중 "+want+" "), "%q", qz.Questions[0].Prompt)
	}
	for _, p := range []struct{ word, want string }{
		{"CloudTrail", "CloudTrail을"}, {"S3", "S3를"}, {"IAM", "IAM을"}, {"EC2", "EC2를"}, {"Route 53", "Route 53을"},
	} {
		e := loadedEntry(t, p.word)
		assert.Equal(t, p.want, object(e))
	}
	e := loadedEntry(t, "ecs")
	f := loadedEntry(t, "eks")
	assert.Equal(t, "ECS와 EKS", joinAnd([]string{e.name, f.name}, []string{e.s.Reading, f.s.Reading}))
	e = loadedEntry(t, "cloudtrail")
	assert.Equal(t, "CloudTrail과 X-Ray", joinAnd([]string{e.name, "X-Ray"}, []string{e.s.Reading, "엑스레이"}))
}

func loadedEntry(t *testing.T, name string) *entry {
	ix, err := loadIndex()
	require.NoError(t, err)
	id, ok := awsnotes.LookupID(name)
	require.True(t, ok, name)
	return ix.byID[id]
}

func TestBlankOut(t *testing.T) {
	tests := []struct{ line, phrase, want string }{
		{"서버리스 컴퓨팅 서비스로, 특정 이벤트가", "서버리스 컴퓨팅 서비스", "______(으)로, 특정 이벤트가"},
		{"AWS 리소스의 구성 변경 기록을 추적하고", "AWS 리소스의 구성 변경 기록", "______을(를) 추적하고"},
		{"아마존이 제공하는 클라우드 컴퓨팅 플랫폼이다. 다양한", "클라우드 컴퓨팅 플랫폼", "아마존이 제공하는 ______(이)다. 다양한"},
		{"데이터 파일을 저장하고 접근할 수", "데이터 파일을 저장", "______하고 접근할 수"},
		{"사용자, 그룹, 권한을 관리하여", "사용자, 그룹, 권한", "______을(를) 관리하여"},
		{"Redis 및 Memcached를 위한", "Redis 및 Memcached", "______을(를) 위한"},
		{"없는 말", "다른 말", "없는 말"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, blankOut(tt.line, tt.phrase))
	}
}

func TestRand(t *testing.T) {
	r := newRNG(1)
	counts := make([]int, 3)
	for i := 0; i < 30000; i++ {
		n := r.intn(3)
		require.True(t, n >= 0 && n < 3)
		counts[n]++
	}
	for _, c := range counts {
		assert.InDelta(t, 10000, c, 500)
	}
	assert.Equal(t, 0, r.intn(0))
	assert.Equal(t, 0, r.intn(1))
	// The stream is fixed: these numbers must never change, on any platform
	// or Go version, or every quiz does.
	r = newRNG(42)
	assert.Equal(t, []int{454, 972, 719}, []int{r.intn(1000), r.intn(1000), r.intn(1000)})
	assert.Equal(t, uint64(6371147461251177974), r.src.Uint64())
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	shuffle(newRNG(7), s)
	assert.Equal(t, []int{7, 1, 6, 8, 4, 3, 2, 5}, s)
}

func TestConcurrentGenerate(t *testing.T) {
	want, err := generate(t, Options{Seed: 5, Count: 20}).JSON()
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			qz, err := Generate(Options{Seed: 5, Count: 20})
			assert.NoError(t, err)
			got, _ := qz.JSON()
			assert.Equal(t, want, got)
		}()
	}
	wg.Wait()
}

func FuzzGenerate(f *testing.F) {
	f.Add(uint64(0), 10, 4, uint8(0), 0.0, uint8(0))
	f.Add(uint64(42), 3, 2, uint8(0x41), 0.5, uint8(7))
	f.Add(uint64(7), -1, 9, uint8(0xff), 2.0, uint8(3))
	f.Fuzz(func(t *testing.T, seed uint64, count, choices int, kindMask uint8, share float64, catIndex uint8) {
		if count > 200 {
			count %= 200
		}
		opts := Options{Seed: seed, Count: count, Choices: choices, MultipleResponse: share}
		for i, k := range Kinds() {
			if kindMask&(1<<i) != 0 {
				opts.Kinds = append(opts.Kinds, k)
			}
		}
		cats := category.All()
		if int(catIndex) < len(cats) {
			opts.Categories = []category.ID{cats[catIndex].ID}
		}
		qz, err := Generate(opts)
		if err != nil {
			var oe *OptionError
			if !errors.As(err, &oe) {
				t.Fatalf("%+v: %v is not an OptionError", opts, err)
			}
			return
		}
		for _, q := range qz.Questions {
			if err := q.check(); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkGenerate100(b *testing.B) {
	if _, err := Generate(Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Generate(Options{Seed: uint64(i), Count: 100}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildIndex measures the one-time work Generate does on its first
// call: reading the notes and working out what may stand beside what.
func BenchmarkBuildIndex(b *testing.B) {
	cat, err := awsnotes.Default()
	if err != nil {
		b.Fatal(err)
	}
	tables := compare.All()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buildIndex(cat, tables)
	}
}

// TestQuestions checks issue 13's call: a ref's question is the one any
// quiz of the seed asks, unknown refs are skipped, and no refs gives
// every question the options allow, as many as Available counts.
func TestQuestions(t *testing.T) {
	for _, seed := range []uint64{0, 1, 7} {
		opts := Options{Seed: seed, Count: 40}
		qz, err := Generate(opts)
		require.NoError(t, err)
		refs := []string{"no/such/ref"}
		for _, q := range qz.Questions {
			refs = append(refs, q.Ref)
		}
		got, err := Questions(opts, refs...)
		require.NoError(t, err)
		assert.Equal(t, qz.Questions, got, "seed %d", seed)

		all, err := Questions(Options{Seed: seed})
		require.NoError(t, err)
		av, err := Available(Options{Seed: seed})
		require.NoError(t, err)
		total := 0
		for _, n := range av {
			total += n
		}
		assert.Len(t, all, total, "seed %d", seed)
		byRef := map[string]Question{}
		for _, q := range all {
			_, dup := byRef[q.Ref]
			assert.False(t, dup, q.Ref)
			byRef[q.Ref] = q
		}
		for _, q := range qz.Questions {
			if o, ok := byRef[q.Ref]; ok {
				assert.Equal(t, q, o)
			}
		}
		// Filters apply: a kind's refs under other kinds make nothing.
		got, err = Questions(Options{Seed: seed, Kinds: []Kind{Mnemonic}}, refs...)
		require.NoError(t, err)
		for _, q := range got {
			assert.Equal(t, Mnemonic, q.Kind)
		}
	}
	_, err := Questions(Options{Choices: 99})
	assert.ErrorIs(t, err, ErrChoices)
}
