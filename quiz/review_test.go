package quiz

// Adversarial checks of the promises, written from how learners,
// quiz apps and flashcard exporters use the package: over many seeds and
// option combinations every question is well formed and right against the
// data, the particles suit the words they follow, and the exports read back.

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/compare"
	"github.com/cloudnotes-kr/awsnotes/internal/josa"
)

// reviewCase is one option combination the matrix tries.
type reviewCase struct {
	name string
	opts Options
}

// reviewCases lists every kind alone, every category alone, every number
// of choices, ActiveOnly, service filters and multiple-response shares.
func reviewCases() []reviewCase {
	var out []reviewCase
	out = append(out, reviewCase{"default", Options{}})
	for _, k := range Kinds() {
		out = append(out, reviewCase{"kind " + string(k), Options{Kinds: []Kind{k}}})
	}
	for _, c := range category.All() {
		out = append(out, reviewCase{"category " + string(c.ID), Options{Categories: []category.ID{c.ID}}})
	}
	for n := 2; n <= MaxChoices; n++ {
		out = append(out, reviewCase{fmt.Sprintf("choices %d", n), Options{Choices: n}})
	}
	out = append(out,
		reviewCase{"active only", Options{ActiveOnly: true}},
		reviewCase{"services", Options{Services: []awsnotes.ID{"EC2", "Amazon S3", "cloudtrail", "람다", "x-ray", "sqs", "sns"}}},
		reviewCase{"exclude", Options{Exclude: []awsnotes.ID{"ec2", "Amazon S3", "CloudWatch", "sqs", "ecs", "iam"}}},
		reviewCase{"exclude, active only, hard", Options{Exclude: []awsnotes.ID{"eks", "kinesis"}, ActiveOnly: true, Difficulty: Hard}},
		reviewCase{"easy, 5 choices", Options{Difficulty: Easy, Choices: 5}},
	)
	for _, share := range []float64{0, 0.25, 0.5, 0.75, 1} {
		out = append(out, reviewCase{fmt.Sprintf("multiple response %v", share), Options{MultipleResponse: share}})
	}
	return out
}

// poolSize is how many distinct questions the options allow.
func poolSize(t *testing.T, opts Options) int {
	av, err := Available(opts)
	require.NoError(t, err, "%+v", opts)
	n := 0
	for _, c := range av {
		n += c
	}
	return n
}

// resolved returns the entries the options name, by any name Lookup knows.
func resolved(t *testing.T, names []awsnotes.ID) []awsnotes.ID {
	var out []awsnotes.ID
	for _, n := range names {
		s, ok := awsnotes.Lookup(string(n))
		require.True(t, ok, n)
		out = append(out, s.ID)
	}
	return out
}

// entryTexts is everything the notes say of an entry, folded: summary,
// cleaned note lines, scenario quotes and outcomes, comparison cells and
// picks.
func entryTexts(id awsnotes.ID) []string {
	if v, ok := textCache.Load(id); ok {
		return v.([]string)
	}
	v, _ := textCache.LoadOrStore(id, collectTexts(id))
	return v.([]string)
}

// textCache holds entryTexts' answers: the notes do not change.
var textCache sync.Map

// collectTexts works out entryTexts.
func collectTexts(id awsnotes.ID) []string {
	s, _ := awsnotes.Get(id)
	out := []string{fold(s.Summary)}
	for _, n := range s.Notes {
		for _, l := range n.Lines {
			out = append(out, fold(cleanLine(l.Text)), fold(l.Text))
		}
	}
	for _, sc := range s.Scenarios {
		out = append(out, fold(sc.Quote))
		if sc.Outcome != "" {
			out = append(out, fold(sc.Outcome))
		}
	}
	for _, tb := range compare.All() {
		if i := tb.Index(id); i >= 0 {
			for _, r := range tb.Rows {
				out = append(out, fold(r.Cells[i]))
			}
			if i < len(tb.Picks) {
				out = append(out, fold(tb.Picks[i]))
			}
		}
	}
	return out
}

// saysExactly reports whether one of texts is folded text.
func saysExactly(texts []string, text string) bool { return slices.Contains(texts, fold(text)) }

// saysWithin reports whether one of texts holds folded text.
func saysWithin(texts []string, text string) bool {
	f := fold(text)
	return slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, f) })
}

// checkQuestion checks one question against the options that made it and
// against the data.
func checkQuestion(t *testing.T, label string, opts Options, q Question) {
	t.Helper()
	at := label + " " + q.Ref
	choices := opts.Choices
	if choices == 0 {
		choices = DefaultChoices
	}
	// Well formed.
	require.True(t, q.Kind.Valid(), at)
	if len(opts.Kinds) > 0 {
		assert.Contains(t, opts.Kinds, q.Kind, at)
	}
	assert.NotEmpty(t, strings.TrimSpace(q.Prompt), at)
	assert.NotEmpty(t, strings.TrimSpace(q.Explanation), at)
	assert.NotEmpty(t, q.Ref, at)
	require.GreaterOrEqual(t, len(q.Choices), 2, at)
	require.NotEmpty(t, q.Answers, at)
	for i, a := range q.Answers {
		require.True(t, a >= 0 && a < len(q.Choices), "%s: answer %d of %d", at, a, len(q.Choices))
		if i > 0 {
			require.Greater(t, a, q.Answers[i-1], "%s: answers %v not sorted and unique", at, q.Answers)
		}
	}
	require.NotEmpty(t, q.Services, at)
	for _, id := range q.Services {
		_, ok := awsnotes.Get(id)
		assert.True(t, ok, "%s: unknown service %q", at, id)
	}
	assert.Len(t, slices.Compact(slices.Sorted(slices.Values(q.Services))), len(q.Services), "%s: services %v repeat", at, q.Services)
	seen := map[string]bool{}
	named := map[awsnotes.ID]string{}
	for _, c := range q.Choices {
		assert.NotEmpty(t, strings.TrimSpace(c), at)
		assert.Equal(t, strings.TrimSpace(c), c, "%s: choice %q has outer spaces", at, c)
		assert.False(t, seen[fold(c)], "%s: choice %q twice", at, c)
		seen[fold(c)] = true
		if s, ok := awsnotes.Lookup(c); ok {
			if other, dup := named[s.ID]; dup {
				t.Errorf("%s: %q and %q both name %s", at, other, c, s.ID)
			}
			named[s.ID] = c
		}
	}
	// Shape.
	switch q.Kind {
	case TrueFalse:
		assert.Equal(t, []string{"O", "X"}, q.Choices, at)
		assert.Len(t, q.Answers, 1, at)
	case ChooseTwo:
		// The exam's multiple response: one option more, two keys, and
		// the prompt says so.
		assert.Len(t, q.Choices, choices+1, at)
		assert.Len(t, q.Answers, 2, "%s: %d keys", at, len(q.Answers))
		assert.Contains(t, q.Prompt, "(2개 선택)", "%s: the prompt says how many to choose", at)
	default:
		assert.Len(t, q.Choices, choices, at)
		assert.Len(t, q.Answers, 1, at)
	}
	// Filters: the subject is one asked for, nothing excluded appears.
	key, _ := awsnotes.Get(q.Services[0])
	if len(opts.Categories) > 0 {
		ok := false
		for _, c := range opts.Categories {
			cat, found := category.Lookup(string(c))
			require.True(t, found, c)
			ok = ok || key.InCategory(cat.ID)
		}
		assert.True(t, ok, "%s: %s is in none of %v", at, key.ID, opts.Categories)
	}
	if len(opts.Services) > 0 {
		assert.Contains(t, resolved(t, opts.Services), key.ID, at)
	}
	banned := resolved(t, opts.Exclude)
	for _, id := range q.Services {
		s, _ := awsnotes.Get(id)
		assert.NotContains(t, banned, id, "%s: excluded %s", at, id)
		if opts.ActiveOnly || !opts.IncludeRetired {
			assert.NotEqual(t, awsnotes.StateRetired, s.Status.State, "%s: retired %s", at, id)
		}
		if !s.Status.Active() {
			// Whatever a question shows that AWS changed says so.
			assert.Contains(t, q.Explanation, "※ ", "%s: %s's status is not in the explanation", at, id)
		}
	}
	for _, c := range q.Choices {
		if s, ok := awsnotes.Lookup(c); ok {
			if q.Kind != TrueFalse && !(q.Kind == SharedResponsibility && s.ID == "aws") {
				assert.Contains(t, q.Services, s.ID, "%s: option %q names an entry the question does not list", at, c)
			}
			assert.NotContains(t, banned, s.ID, "%s: offers excluded %q", at, c)
			if opts.ActiveOnly || !opts.IncludeRetired {
				assert.NotEqual(t, awsnotes.StateRetired, s.Status.State, "%s: offers retired %q", at, c)
			}
		}
	}
	// No "은(는)" where the options agree on the form.
	for _, b := range bothForms {
		if strings.Contains(q.Prompt, b) {
			forms := map[string]bool{}
			for _, p := range append(slices.Collect(maps.Values(particlePairs)), josa.Copula) {
				if p.Both() == b {
					for _, c := range q.Choices {
						forms[p.After(c)] = true
					}
				}
			}
			assert.True(t, q.Kind == Cloze && len(forms) > 1, "%s: fallback %q in %q", at, b, q.Prompt)
		}
	}
	checkKey(t, at, q)
}

// keyIndex returns the single key's index.
func keyIndex(q Question) int { return q.Answers[0] }

// choiceEntry resolves an option that names an entry.
func choiceEntry(t *testing.T, at, c string) awsnotes.Service {
	t.Helper()
	s, ok := awsnotes.Lookup(c)
	require.True(t, ok, "%s: option %q names no entry", at, c)
	return s
}

// checkKey checks that the key is right and no other option is, against
// the data.
func checkKey(t *testing.T, at string, q Question) {
	t.Helper()
	key, _ := awsnotes.Get(q.Services[0])
	keyTexts := entryTexts(key.ID)
	body := lastParagraph(q.Prompt)
	switch q.Kind {
	case ServiceFromDescription:
		if q, ok := strings.CutPrefix(body, "\""); ok {
			// A line of the notes, quoted as the learner wrote it.
			body = strings.TrimSuffix(q, "\"")
			assert.NotEqual(t, key.Summary, body, "%s: the summary is shown as it is, not quoted", at)
		}
		assert.True(t, saysExactly(keyTexts, body), "%s: %q is not what the notes say of %s", at, body, key.ID)
		assert.Equal(t, key.ID, choiceEntry(t, at, q.Choices[keyIndex(q)]).ID, at)
		for i, c := range q.Choices {
			if i == keyIndex(q) {
				continue
			}
			o := choiceEntry(t, at, c)
			assert.False(t, saysWithin(entryTexts(o.ID), body), "%s: the notes say %q of distractor %s too", at, body, o.ID)
		}
	case DescriptionFromService:
		ix, err := loadIndex()
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(q.Prompt, "다음 중 "+object(ix.byID[key.ID])+" "), at)
		assert.True(t, saysExactly(keyTexts, q.Choices[keyIndex(q)]), "%s: key %q is not said of %s", at, q.Choices[keyIndex(q)], key.ID)
		for i, c := range q.Choices {
			if i == keyIndex(q) {
				continue
			}
			assert.False(t, saysWithin(keyTexts, c), "%s: distractor %q is said of the key", at, c)
			owner := slices.ContainsFunc(q.Services[1:], func(id awsnotes.ID) bool { return saysExactly(entryTexts(id), c) })
			assert.True(t, owner, "%s: distractor %q belongs to none of %v", at, c, q.Services[1:])
		}
	case Scenario:
		if strings.Contains(q.Ref, "/pick/") {
			tb, ok := compare.Get(q.Ref[strings.LastIndex(q.Ref, "/")+1:])
			require.True(t, ok, at)
			assert.Equal(t, tb.Picks[tb.Index(key.ID)], body, at)
		} else {
			quote := strings.Trim(body, "\"")
			i := slices.IndexFunc(key.Scenarios, func(sc awsnotes.Scenario) bool { return sc.Quote == quote })
			require.GreaterOrEqual(t, i, 0, "%s: %q is not a scenario of %s", at, quote, key.ID)
			for j, c := range q.Choices {
				o := choiceEntry(t, at, c)
				if j == keyIndex(q) {
					assert.Equal(t, key.ID, o.ID, at)
					continue
				}
				assert.NotContains(t, key.Scenarios[i].Also, o.ID, "%s: %s also fits", at, o.ID)
				for _, sc := range o.Scenarios {
					assert.NotEqual(t, fold(quote), fold(sc.Quote), "%s: %s quotes it too", at, o.ID)
				}
			}
		}
		// A distractor's notes may quote the situation only in a line that
		// points to the key ("새로운 서버리스 기반 메시징 → SQS/SNS 권장").
		ix, err := loadIndex()
		require.NoError(t, err)
		situation := fold(strings.Trim(body, "\""))
		for j, c := range q.Choices {
			if j != keyIndex(q) {
				o := choiceEntry(t, at, c)
				for _, text := range entryTexts(o.ID) {
					if strings.Contains(text, situation) {
						assert.True(t, ix.byID[key.ID].mentions(text), "%s: distractor %s's notes say %q", at, o.ID, text)
					}
				}
			}
		}
	case Mnemonic:
		parts := strings.Split(q.Ref, "/")
		require.Len(t, parts, 4, at)
		var idx int
		_, err := fmt.Sscan(parts[2], &idx)
		require.NoError(t, err, at)
		require.Less(t, idx, len(key.Mnemonics), at)
		m := key.Mnemonics[idx]
		if parts[3] == "meaning" {
			assert.Equal(t, m.Meaning, q.Choices[keyIndex(q)], at)
			assert.Contains(t, q.Prompt, m.Word+"의 뜻은 무엇입니까?", at)
			for i, c := range q.Choices {
				if i != keyIndex(q) {
					for _, km := range key.Mnemonics {
						assert.NotEqual(t, fold(km.Meaning), fold(c), "%s: %q is also a meaning of %s", at, c, key.ID)
					}
				}
			}
		} else {
			assert.Equal(t, key.ID, choiceEntry(t, at, q.Choices[keyIndex(q)]).ID, at)
			assert.Contains(t, q.Prompt, "'"+m.Meaning+"'", at)
			for i, c := range q.Choices {
				if i != keyIndex(q) {
					o := choiceEntry(t, at, c)
					for _, om := range o.Mnemonics {
						assert.NotEqual(t, fold(m.Meaning), fold(om.Meaning), "%s: %s means it too", at, o.ID)
					}
				}
			}
		}
	case Cloze:
		require.Contains(t, q.Prompt, blank, at)
		k := q.Choices[keyIndex(q)]
		assert.Contains(t, key.Highlights(), k, at)
		// Putting the key back gives a line of the key's notes.
		line := body
		for _, p := range []josa.Particle{josa.Toward, josa.Topic, josa.Subject, josa.Object, josa.And, josa.Copula} {
			line = strings.Replace(line, blank+p.Both(), blank+p.After(k), 1)
		}
		line = strings.Replace(line, blank, k, 1)
		assert.True(t, saysExactly(keyTexts, line), "%s: %q is not a line of %s", at, line, key.ID)
		for i, c := range q.Choices {
			if i != keyIndex(q) {
				assert.False(t, saysWithin(keyTexts, c), "%s: distractor %q is in the key's notes", at, c)
				assert.NotContains(t, fold(body), fold(c), "%s: distractor %q is in the line", at, c)
			}
		}
	case TrueFalse:
		ix, err := loadIndex()
		require.NoError(t, err)
		subject := topic(ix.byID[key.ID]) + " "
		if !strings.HasPrefix(body, subject) {
			subject = ix.byID[key.ID].name + " — "
		}
		require.True(t, strings.HasPrefix(body, subject), "%s: %q is not about %s", at, body, key.ID)
		said := strings.TrimPrefix(body, subject) // what the statement says of the key
		if q.Answers[0] == 0 {
			assert.True(t, statementFrom(said, keyTexts), "%s: %q is not from %s's notes", at, body, key.ID)
		} else {
			require.Len(t, q.Services, 2, at)
			assert.True(t, statementFrom(said, entryTexts(q.Services[1])), "%s: %q is not from %s's notes", at, body, q.Services[1])
			assert.False(t, statementFrom(said, keyTexts), "%s: the false statement %q is said of %s", at, body, key.ID)
		}
	case ChooseTwo:
		keys := keyTextsOf(q)
		switch {
		case strings.Contains(q.Ref, "/descriptions/"):
			for _, k := range keys {
				assert.True(t, saysExactly(keyTexts, k), "%s: key %q is not said of %s", at, k, key.ID)
			}
			for i, c := range q.Choices {
				if !slices.Contains(q.Answers, i) {
					assert.False(t, saysWithin(keyTexts, c), "%s: distractor %q is said of the key", at, c)
				}
			}
		case strings.Contains(q.Ref, "/facts/"):
			for _, k := range keys {
				assert.True(t, slices.ContainsFunc(key.Facts, func(f awsnotes.Fact) bool { return strings.HasSuffix(f.Text, k) }), "%s: key %q is no fact of %s", at, k, key.ID)
			}
			for i, c := range q.Choices {
				if !slices.Contains(q.Answers, i) {
					assert.False(t, slices.ContainsFunc(key.Facts, func(f awsnotes.Fact) bool { return strings.HasSuffix(f.Text, c) }), "%s: distractor %q is a fact of the key", at, c)
				}
			}
		case strings.Contains(q.Ref, "/category/"):
			cat := category.ID(strings.Split(q.Ref, "/")[2])
			for i, c := range q.Choices {
				o := choiceEntry(t, at, c)
				assert.Equal(t, slices.Contains(q.Answers, i), o.InCategory(cat), "%s: %s in %s", at, o.ID, cat)
			}
		case strings.Contains(q.Ref, "/scenario/"):
			quote := strings.Trim(body, "\"")
			i := slices.IndexFunc(key.Scenarios, func(sc awsnotes.Scenario) bool { return sc.Quote == quote })
			require.GreaterOrEqual(t, i, 0, "%s: %q is not a scenario of %s", at, quote, key.ID)
			want := append([]awsnotes.ID{key.ID}, key.Scenarios[i].Also...)
			for j, c := range q.Choices {
				o := choiceEntry(t, at, c)
				assert.Equal(t, slices.Contains(q.Answers, j), slices.Contains(want, o.ID), "%s: %s", at, o.ID)
			}
		case strings.Contains(q.Ref, "/tasks/"):
			parts := strings.Split(q.Ref, "/")
			checkTasks(t, at, q, awsnotes.ID(parts[2]), parts[3])
		default:
			t.Errorf("%s: unknown choose-two ref", at)
		}
	case SharedResponsibility:
		// "shared-responsibility/<party entry>/task/<table>/<row>"
		parts := strings.Split(q.Ref, "/")
		require.Len(t, parts, 5, at)
		checkTasks(t, at, q, awsnotes.ID(parts[1]), parts[3])
	case Comparison:
		parts := strings.Split(q.Ref, "/")
		tb, ok := compare.Get(parts[1])
		require.True(t, ok, at)
		col := tb.Index(key.ID)
		require.GreaterOrEqual(t, col, 0, at)
		ix, err := loadIndex()
		require.NoError(t, err)
		assert.Equal(t, ix.byID[key.ID].name, q.Choices[keyIndex(q)], at)
		var want string
		if strings.HasSuffix(q.Ref, "/pick") {
			want = tb.Picks[col]
		} else {
			var row int
			_, err := fmt.Sscanf(parts[3], "row%d", &row)
			require.NoError(t, err, at)
			want = tb.Rows[row].Cells[col]
			for i, c := range q.Choices {
				if oc := slices.Index(tb.Columns, c); i != keyIndex(q) && oc >= 0 {
					assert.NotEqual(t, fold(want), fold(tb.Rows[row].Cells[oc]), "%s: %s has the same cell", at, c)
				}
			}
		}
		assert.Equal(t, want, body, at)
		for _, c := range q.Choices {
			// Four options, of which the table may compare two: naming
			// them in the prompt would give the answer away.
			assert.NotContains(t, q.Prompt, c, "%s: the prompt names an option", at)
		}
	}
}

// statementFrom reports whether a true/false statement says one of texts.
func statementFrom(stmt string, texts []string) bool {
	f := fold(stmt)
	for _, d := range texts {
		if runeLen(d) >= 8 && strings.Contains(f, strings.TrimSuffix(d, ".")) {
			return true
		}
	}
	return false
}

// keyTextsOf returns the key options.
func keyTextsOf(q Question) []string {
	var out []string
	for _, a := range q.Answers {
		out = append(out, q.Choices[a])
	}
	return out
}

func TestReviewOptionMatrix(t *testing.T) {
	for _, tc := range reviewCases() {
		t.Run(tc.name, func(t *testing.T) {
			pool := poolSize(t, tc.opts)
			if pool == 0 && len(tc.opts.Kinds) == 1 {
				t.Skipf("the embedded data has no %s question yet", tc.opts.Kinds[0])
			}
			require.Positive(t, pool, "no questions at all")
			count := min(12, pool)
			seeds := uint64(40)
			if tc.name == "default" {
				seeds = 301
			}
			for seed := uint64(0); seed < seeds; seed++ {
				opts := tc.opts
				opts.Seed, opts.Count = seed, count
				if pool < 24 {
					// A small pool: whether a stem tells the key apart
					// from the options drawn depends on the seed.
					opts.Count = min(count, poolSize(t, opts))
				}
				qz, err := Generate(opts)
				require.NoError(t, err, "%+v", opts)
				require.Len(t, qz.Questions, opts.Count)
				assert.Equal(t, seed, qz.Seed)
				refs := map[string]bool{}
				for _, q := range qz.Questions {
					assert.False(t, refs[q.Ref], "seed %d: %s twice", seed, q.Ref)
					refs[q.Ref] = true
					checkQuestion(t, fmt.Sprintf("%s seed %d", tc.name, seed), opts, q)
				}
				if tc.opts.MultipleResponse > 0 {
					n := 0
					for _, q := range qz.Questions {
						if q.Multiple() {
							n++
						}
					}
					// Exact while the notes have enough multiple-response
					// questions; then every one they have.
					want := int(math.Round(tc.opts.MultipleResponse * float64(opts.Count)))
					mo := opts
					mo.Kinds, mo.Count, mo.MultipleResponse = []Kind{ChooseTwo}, 0, 0
					multi := poolSize(t, mo)
					assert.Equal(t, min(want, multi), n, "seed %d", seed)
				}
			}
		})
	}
}

// TestReviewNoRepeatedQuestion checks that a quiz never asks the same
// thing twice: no two questions share a prompt and key, nor (while the
// notes have others) a prompt.
func TestReviewNoRepeatedQuestion(t *testing.T) {
	for seed := uint64(0); seed < 200; seed++ {
		qz := generate(t, Options{Seed: seed, Count: 30})
		seen := map[string]string{}
		for _, q := range qz.Questions {
			if q.Kind == TrueFalse {
				continue // "O" and "X" are every true/false question's options
			}
			if other, dup := seen[q.Prompt]; dup {
				t.Errorf("seed %d: %s and %s ask %q", seed, other, q.Ref, q.Prompt)
			}
			seen[q.Prompt] = q.Ref
		}
	}
}

func TestReviewCountHonoured(t *testing.T) {
	total := poolSize(t, Options{})
	for _, n := range []int{1, 2, 3, 7, 10, 33, 100, 250, total} {
		seed := uint64(n)
		if n == total {
			seed = 0 // the pool is the seed's: see TestReviewOptionMatrix
		}
		qz := generate(t, Options{Seed: seed, Count: n})
		require.Len(t, qz.Questions, n)
		refs := map[string]bool{}
		for _, q := range qz.Questions {
			require.False(t, refs[q.Ref], "%d: %s twice", n, q.Ref)
			refs[q.Ref] = true
		}
	}
	_, err := Generate(Options{Count: total + 1})
	require.ErrorIs(t, err, ErrNotEnough)
	assert.Contains(t, err.Error(), fmt.Sprint(total), "the error says how many the notes support")
	for _, k := range Kinds() {
		// Whether a stem tells its key apart from the options drawn
		// depends on the seed: the pool is the seed's.
		n := poolSize(t, Options{Kinds: []Kind{k}, Seed: 3})
		if n == 0 {
			continue
		}
		generate(t, Options{Kinds: []Kind{k}, Count: n, Seed: 3})
		_, err := Generate(Options{Kinds: []Kind{k}, Count: n + 1, Seed: 3})
		assert.ErrorIs(t, err, ErrNotEnough, k)
	}
}

func TestReviewAllKindsAndSpread(t *testing.T) {
	kinds := map[Kind]int{}
	pos := map[int][]float64{} // by number of options: how often each position is the key
	tf := make([]float64, 2)
	for n := 2; n <= MaxChoices; n++ {
		for seed := uint64(0); seed < 150; seed++ {
			for _, q := range generate(t, Options{Seed: seed, Count: 20, Choices: n}).Questions {
				kinds[q.Kind]++
				switch {
				case q.Kind == TrueFalse:
					tf[q.Answers[0]]++
				default:
					m := len(q.Choices)
					if pos[m] == nil {
						pos[m] = make([]float64, m)
					}
					for _, a := range q.Answers {
						pos[m][a]++
					}
				}
			}
		}
	}
	for seed := uint64(0); seed < 300; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 5, Kinds: []Kind{TrueFalse}}).Questions {
			kinds[q.Kind]++
			tf[q.Answers[0]]++
		}
	}
	av, err := Available(Options{})
	require.NoError(t, err)
	for _, k := range defaultKinds() {
		if av[k] > 2 { // the kinds the data supports
			assert.Positive(t, kinds[k], k)
		}
	}
	// Bounds at p = 0.001 for 1 to 6 degrees of freedom.
	crit := []float64{0, 10.83, 13.82, 16.27, 18.47, 20.52, 22.46}
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
	for m, obs := range pos {
		assert.Less(t, chi(obs), crit[m-1], "%d options: key positions %v", m, obs)
	}
	assert.Less(t, chi(tf), crit[1], "O/X %v", tf)
}

func TestReviewChooseTwo(t *testing.T) {
	for seed := uint64(0); seed < 100; seed++ {
		qz := generate(t, Options{Seed: seed, Count: 10, Kinds: []Kind{ChooseTwo}})
		for _, q := range qz.Questions {
			require.Len(t, q.Choices, 5, "five options by default")
			require.True(t, len(q.Answers) == 2 || len(q.Answers) == 3, q.Ref)
			res, err := q.Grade(q.Answers)
			require.NoError(t, err)
			assert.True(t, res.Correct)
			reversed := slices.Clone(q.Answers)
			slices.Reverse(reversed)
			res, _ = q.Grade(append(reversed, reversed[0]))
			assert.True(t, res.Correct, "order and repeats do not matter")
			res, _ = q.Grade(q.Answers[:1])
			assert.False(t, res.Correct, "one key alone is wrong")
			for i := range q.Choices {
				if !slices.Contains(q.Answers, i) {
					res, _ = q.Grade(append(slices.Clone(q.Answers), i))
					assert.False(t, res.Correct, "an extra option is wrong")
					res, _ = q.Grade([]int{q.Answers[0], i})
					assert.False(t, res.Correct)
				}
			}
			all := []int{0, 1, 2, 3, 4}
			res, _ = q.Grade(all)
			assert.False(t, res.Correct, "choosing everything is wrong")
			assert.NotEmpty(t, res.Explanation)
		}
	}
}

func TestReviewDeterminism(t *testing.T) {
	optsList := []Options{
		{Seed: 1, Count: 40},
		{Seed: 2, Count: 15, Choices: 6, Difficulty: Hard},
		{Seed: 3, Count: 10, MultipleResponse: 0.5, ActiveOnly: true},
		{Seed: 4, Count: 8, Categories: []category.ID{category.Security}, Exclude: []awsnotes.ID{"iam"}},
	}
	want := make([][]byte, len(optsList))
	for i, o := range optsList {
		b, err := generate(t, o).JSON()
		require.NoError(t, err)
		want[i] = b
	}
	// Many runs in one process: map iteration order must not leak in.
	for run := 0; run < 25; run++ {
		for i, o := range optsList {
			b, err := generate(t, o).JSON()
			require.NoError(t, err)
			require.Equal(t, string(want[i]), string(b), "run %d of %+v", run, o)
		}
	}
	// And from many goroutines at once.
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, o := range optsList {
				qz, err := Generate(o)
				if err != nil {
					errs <- err
					return
				}
				b, _ := qz.JSON()
				if string(b) != string(want[i]) {
					errs <- fmt.Errorf("goroutine %d: %+v differs", g, o)
				}
				if _, err := Available(o); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	// A Generator of one's own gives the same.
	cat, err := awsnotes.Default()
	require.NoError(t, err)
	gn, err := NewGenerator(cat)
	require.NoError(t, err)
	for i, o := range optsList {
		qz, err := gn.Generate(o)
		require.NoError(t, err)
		b, _ := qz.JSON()
		assert.Equal(t, string(want[i]), string(b))
	}
	// Different seeds, different quizzes.
	seen := map[string]uint64{}
	for seed := uint64(0); seed <= 300; seed++ {
		b, err := generate(t, Options{Seed: seed, Count: 10}).JSON()
		require.NoError(t, err)
		body := string(b[strings.Index(string(b), "\n  \"questions\""):])
		if other, dup := seen[body]; dup {
			t.Errorf("seeds %d and %d give the same quiz", other, seed)
		}
		seen[body] = seed
	}
	for _, seed := range []uint64{math.MaxUint64, math.MaxUint64 - 1, 1 << 63} {
		generate(t, Options{Seed: seed})
	}
}

// bothForms are the "은(는)" forms a writer uses when the sound is unknown.
var bothForms = func() []string {
	var out []string
	for _, p := range []josa.Particle{josa.Topic, josa.Subject, josa.Object, josa.And, josa.Toward, josa.Copula, josa.Quote, josa.Or} {
		out = append(out, p.Both())
	}
	return out
}()

// latinParticle finds a word in Latin letters or digits (or a closing
// quote or parenthesis) directly followed by a particle.
var latinParticle = regexp.MustCompile(`([A-Za-z0-9][A-Za-z0-9 .&+#-]*[A-Za-z0-9)+#&%']|[A-Za-z0-9])(은|는|이|가|을|를|과|와|으로|로)(?:[^가-힣]|$)`)

// particlePairs maps each form to its particle.
var particlePairs = map[string]josa.Particle{
	"은": josa.Topic, "는": josa.Topic, "이": josa.Subject, "가": josa.Subject,
	"을": josa.Object, "를": josa.Object, "과": josa.And, "와": josa.And, "으로": josa.Toward, "로": josa.Toward,
}

// readingOf returns how the end of text is read: by an entry's reading
// when text ends with an entry's display name.
func readingOf(text string) string {
	best := ""
	var reading string
	for _, s := range awsnotes.All() {
		n := s.DisplayName()
		if strings.HasSuffix(text, n) && len(n) > len(best) {
			best, reading = n, s.Reading
		}
	}
	return reading
}

func TestReviewParticlesInEveryPrompt(t *testing.T) {
	checked := 0
	for seed := uint64(0); seed < 300; seed++ {
		for _, q := range generate(t, Options{Seed: seed, Count: 25}).Questions {
			if q.Origin == awsnotes.OriginAdded {
				// Situations and table lines written into the data, quoted
				// as written: the data's own tests read them.
				continue
			}
			for _, b := range bothForms {
				if !strings.Contains(q.Prompt, b) {
					continue
				}
				// A blank may keep the fallback only when its options end
				// in different sounds.
				if q.Kind == Cloze && strings.Contains(q.Prompt, blank+b) {
					for _, p := range particlePairs {
						if p.Both() == b {
							forms := map[string]bool{}
							for _, c := range q.Choices {
								forms[p.After(c)] = true
							}
							assert.Greater(t, len(forms), 1, "%s: %q although every option takes one form", q.Ref, b)
						}
					}
					continue
				}
				t.Errorf("%s: fallback %q in %q", q.Ref, b, q.Prompt)
			}
			for _, m := range latinParticle.FindAllStringSubmatchIndex(q.Prompt, -1) {
				word, form := q.Prompt[m[2]:m[3]], q.Prompt[m[4]:m[5]]
				p := particlePairs[form]
				want := p.For(josa.FinalOf(q.Prompt[:m[3]]))
				if r := readingOf(q.Prompt[:m[3]]); r != "" {
					want = p.For(josa.FinalOf(r))
				}
				if form == "이" && want == "가" || form == "로" && want == "으로" {
					// "이" may start a word ("이용"), "로" end one ("으로").
					checked++
					continue
				}
				assert.Equal(t, want, form, "%s: %q%s in %q", q.Ref, word, form, q.Prompt)
				checked++
			}
		}
	}
	assert.Greater(t, checked, 500, "particles after Latin words checked")
}

// TestReviewEntryReadings checks that the particle a name takes is the
// same whether worked out from the name or from its Korean reading, for
// every entry: the two disagree only where the reading or the rules are
// wrong.
func TestReviewEntryReadings(t *testing.T) {
	// The quiz takes a name's particle from its reading, except after an
	// abbreviation, read letter by letter ("ELB를" whatever ELB stands
	// for). Where name and reading disagree otherwise, the reading wins
	// and the data may want a look: logged, not failed, since the data
	// is not this package's.
	ix, err := loadIndex()
	require.NoError(t, err)
	for _, s := range awsnotes.All() {
		n := s.DisplayName()
		e := ix.byID[s.ID]
		words := strings.Fields(n)
		if isAbbreviation(words[len(words)-1]) {
			assert.Equal(t, n+josa.Topic.For(josa.FinalOf(n)), topic(e), s.ID)
			continue
		}
		if josa.FinalOf(n) != josa.Unknown && josa.FinalOf(s.Reading) != josa.FinalOf(n) {
			t.Logf("%s: %q read %q: the particle follows the reading", s.ID, n, s.Reading)
		}
	}
	for _, tt := range []struct{ name, topic, object, and, toward string }{
		{"EC2", "EC2는", "EC2를", "EC2와", "EC2로"},
		{"Route 53", "Route 53은", "Route 53을", "Route 53과", "Route 53으로"},
		{"CloudTrail", "CloudTrail은", "CloudTrail을", "CloudTrail과", "CloudTrail로"},
		{"IAM", "IAM은", "IAM을", "IAM과", "IAM으로"},
		{"S3", "S3는", "S3를", "S3와", "S3로"},
		{"Lambda", "Lambda는", "Lambda를", "Lambda와", "Lambda로"},
		{"DynamoDB", "DynamoDB는", "DynamoDB를", "DynamoDB와", "DynamoDB로"},
		{"Kinesis", "Kinesis는", "Kinesis를", "Kinesis와", "Kinesis로"},
		{"SQS", "SQS는", "SQS를", "SQS와", "SQS로"},
		{"SNS", "SNS는", "SNS를", "SNS와", "SNS로"},
		{"RDS", "RDS는", "RDS를", "RDS와", "RDS로"},
		{"X-Ray", "X-Ray는", "X-Ray를", "X-Ray와", "X-Ray로"},
		{"Cloud9", "Cloud9은", "Cloud9을", "Cloud9과", "Cloud9으로"},
	} {
		e := loadedEntry(t, tt.name)
		assert.Equal(t, tt.topic, topic(e))
		assert.Equal(t, tt.object, object(e))
		assert.Equal(t, tt.and, andParticle(e.name, e.s.Reading))
		assert.Equal(t, tt.toward, josa.Toward.AttachReading(e.name, e.s.Reading))
	}
	e := loadedEntry(t, "emr")
	assert.Equal(t, "Amazon EMR은", josa.Topic.AttachReading("Amazon EMR", e.s.Reading))
}

func TestReviewGrading(t *testing.T) {
	qz := generate(t, Options{Seed: 77, Count: 12, MultipleResponse: 0.25})
	responses := make([][]int, len(qz.Questions))
	for i, q := range qz.Questions {
		if i%2 == 0 {
			responses[i] = q.Answers
		} else {
			responses[i] = []int{(q.Answers[0] + 1) % len(q.Choices)}
		}
	}
	rep, err := qz.Grade(responses)
	require.NoError(t, err)
	assert.Equal(t, len(qz.Questions), rep.Total)
	assert.Equal(t, 6, rep.Correct)
	assert.InDelta(t, 0.5, rep.Score(), 1e-9)
	require.Len(t, rep.Results, rep.Total)
	for i, r := range rep.Results {
		assert.Equal(t, i, r.Index)
		assert.Equal(t, i%2 == 0, r.Correct)
		if r.Correct {
			assert.Empty(t, r.Explanation)
		} else {
			assert.Equal(t, qz.Questions[i].Explanation, r.Explanation)
			assert.NotEmpty(t, r.Explanation)
		}
	}
	assert.Len(t, rep.Wrong(), 6)

	// Missing answers are wrong, not errors.
	rep, err = qz.Grade(responses[:3])
	require.NoError(t, err)
	assert.Equal(t, rep.Total, len(qz.Questions))
	for _, r := range rep.Results[3:] {
		assert.False(t, r.Correct)
		assert.NotEmpty(t, r.Explanation)
		assert.NotNil(t, r.Chosen)
	}
	rep, err = qz.Grade(nil)
	require.NoError(t, err)
	assert.Zero(t, rep.Correct)
	rep, err = qz.Grade([][]int{})
	require.NoError(t, err)
	assert.Zero(t, rep.Correct)

	// Out of range is an error, matchable.
	for _, bad := range [][][]int{
		{{-1}},
		{{len(qz.Questions[0].Choices)}},
		{{0, 99}},
		{{math.MaxInt}},
		{{math.MinInt}},
		make([][]int, len(qz.Questions)+1),
	} {
		_, err := qz.Grade(bad)
		assert.ErrorIs(t, err, ErrAnswers, "%v", bad)
	}
	_, err = qz.Questions[0].Grade([]int{-5})
	assert.ErrorIs(t, err, ErrAnswers)

	// Nothing panics on empty values.
	assert.NotPanics(t, func() {
		rep, err := Quiz{}.Grade(nil)
		assert.NoError(t, err)
		assert.Zero(t, rep.Total)
		assert.Zero(t, rep.Score())
		assert.Empty(t, rep.Wrong())
		res, err := Question{}.Grade(nil)
		assert.NoError(t, err)
		assert.False(t, res.Correct, "a question without keys is never answered right")
		_, err = Question{}.Grade([]int{0})
		assert.ErrorIs(t, err, ErrAnswers)
		_, _ = Quiz{Questions: []Question{{}}}.Grade([][]int{nil})
		_ = Quiz{Questions: []Question{{}}}.Markdown()
		_ = Quiz{Questions: []Question{{}}}.GIFT()
		_ = Quiz{Questions: []Question{{}}}.Anki(AnkiOptions{})
		_, _ = Quiz{Questions: []Question{{}}}.JSON()
		broken := Quiz{Questions: []Question{{Choices: []string{"a"}, Answers: []int{3, -1}}}}
		_ = broken.Markdown()
		_ = broken.GIFT()
		_ = broken.Anki(AnkiOptions{HTML: true})
	})

	// A question built by hand (or read from JSON) with its keys out of
	// order is graded by its keys, not by their order.
	q := Question{Choices: []string{"a", "b", "c", "d", "e"}, Answers: []int{3, 1}, Explanation: "b, d"}
	res, err := q.Grade([]int{1, 3})
	require.NoError(t, err)
	assert.True(t, res.Correct)
}

// ankiRecord reads Anki's text import the way Anki's reader does: a
// field in double quotes may hold the separator, line breaks and doubled
// quotes; a line starting with '#' before the records is a header.
func ankiRecords(t *testing.T, s string) ([]string, [][]string) {
	t.Helper()
	var headers []string
	for strings.HasPrefix(s, "#") {
		line, rest, ok := strings.Cut(s, "\n")
		require.True(t, ok)
		headers = append(headers, line)
		s = rest
	}
	var recs [][]string
	for s != "" {
		var rec []string
		for {
			var field string
			if strings.HasPrefix(s, `"`) {
				var b strings.Builder
				i := 1
				for {
					require.Less(t, i, len(s), "unterminated quote")
					if s[i] == '"' {
						if i+1 < len(s) && s[i+1] == '"' {
							b.WriteByte('"')
							i += 2
							continue
						}
						i++
						break
					}
					b.WriteByte(s[i])
					i++
				}
				field, s = b.String(), s[i:]
			} else {
				end := strings.IndexAny(s, "\t\n")
				require.GreaterOrEqual(t, end, 0, "no final newline")
				field, s = s[:end], s[end:]
				require.NotContains(t, field, `"`, "a bare quote in an unquoted field")
				require.False(t, strings.HasPrefix(field, "#"), "a field Anki would read as a comment")
			}
			rec = append(rec, field)
			require.NotEmpty(t, s, "no final newline")
			sep := s[0]
			s = s[1:]
			if sep == '\n' {
				break
			}
			require.Equal(t, byte('\t'), sep)
		}
		recs = append(recs, rec)
	}
	return headers, recs
}

// nasty is a quiz whose texts hold what every export format treats
// specially.
func nasty() Quiz {
	return Quiz{Seed: 9, Questions: []Question{
		{Ref: "r/1", Kind: ServiceFromDescription, Prompt: "key: value = #1 {a} ~b \\c\n\n\"quoted\"\tand tab",
			Choices: []string{"a:b", "c=d", "#e", "f\tg", "h\"i\"", "j\nk", "l\\m", "{n}", "~o", "%10% p", "//q", "r->s"},
			Answers: []int{5}, Explanation: "why: #1 = {x}\n~y \\z", Services: []awsnotes.ID{"ec2"}},
		{Ref: "r/2", Kind: ChooseTwo, Prompt: "두 가지를 고르시오: a=b", Choices: []string{"%50%x", "y:z", "w#v", "u~t", "s=r"},
			Answers: []int{0, 3}, Explanation: "x, u~t", Services: []awsnotes.ID{"s3"}},
		{Ref: "r/3", Kind: ChooseTwo, Prompt: "세 가지", Choices: []string{"a", "b", "c", "d", "e", "f"},
			Answers: []int{1, 2, 5}, Explanation: "b c f", Services: []awsnotes.ID{"s3"}},
		{Ref: "r/4", Kind: TrueFalse, Prompt: "S3는 {객체} 스토리지다: 맞나?", Choices: []string{"O", "X"},
			Answers: []int{0}, Explanation: "O#맞다", Services: []awsnotes.ID{"s3"}},
		{Ref: "r/5", Kind: TrueFalse, Prompt: "#EBS는 객체 스토리지다", Choices: []string{"O", "X"},
			Answers: []int{1}, Explanation: "X", Services: []awsnotes.ID{"ebs"}},
		{Ref: "r/6", Kind: Cloze, Prompt: "%100% 빈칸", Choices: []string{"%100%", "%0%"},
			Answers: []int{0}, Explanation: "100", Services: []awsnotes.ID{"ebs"}},
	}}
}

func TestReviewAnki(t *testing.T) {
	for _, qz := range []Quiz{nasty(), generate(t, Options{Seed: 5, Count: 30})} {
		for _, html := range []bool{false, true} {
			out := qz.Anki(AnkiOptions{HTML: html})
			headers, recs := ankiRecords(t, out)
			assert.Equal(t, []string{"#separator:tab", fmt.Sprintf("#html:%t", html), "#columns:Front\tBack\tTags", "#tags column:3"}, headers)
			require.Len(t, recs, len(qz.Questions))
			for i, q := range qz.Questions {
				require.Len(t, recs[i], 3)
				front, back := recs[i][0], recs[i][1]
				if html {
					assert.NotContains(t, front+back, "\n")
					unescape := strings.NewReplacer("<br>", "\n", "&lt;", "<", "&gt;", ">", "&amp;", "&")
					front, back = unescape.Replace(front), unescape.Replace(back)
				}
				assert.True(t, strings.HasPrefix(front, q.Prompt), front)
				for j, c := range q.Choices {
					assert.Contains(t, front, Letter(j)+". "+c)
				}
				for _, a := range q.Answers {
					if a >= 0 && a < len(q.Choices) {
						assert.Contains(t, back, Letter(a))
					}
				}
				assert.True(t, strings.HasSuffix(back, q.Explanation))
				tags := strings.Fields(recs[i][2])
				assert.Contains(t, tags, "quiz::"+string(q.Kind))
				for _, id := range q.Services {
					assert.Contains(t, tags, "aws::"+string(id))
				}
			}
		}
	}
	// Deck and note type headers stay on their line.
	out := nasty().Anki(AnkiOptions{Deck: "AWS\n#html:true", Notetype: "Basic"})
	headers, _ := ankiRecords(t, out)
	assert.Contains(t, headers, "#deck:AWS #html:true")
	assert.Contains(t, headers, "#html:false")
}

// giftItem is one question as Moodle's GIFT importer reads it
// (question/format/gift/format.php): escapes replaced first, the answer
// section between the first unescaped { and }, general feedback after the
// last ####, "=" a right answer whose text is taken as is, "~%w%" a
// weighted one, "~" a wrong one, TRUE/FALSE for true/false.
type giftItem struct {
	name, text, feedback string
	truth                string
	single               bool
	answers              []string
	weights              []float64
}

// giftPlaceholders stand for escaped characters while a question is read.
var giftPlaceholders = strings.NewReplacer(`\\`, "\x01", `\:`, "\x02", `\#`, "\x03", `\=`, "\x04", `\{`, "\x05", `\}`, "\x06", `\~`, "\x07", `\n`, "\x08")
var giftRestore = strings.NewReplacer("\x01", `\`, "\x02", ":", "\x03", "#", "\x04", "=", "\x05", "{", "\x06", "}", "\x07", "~", "\x08", "\n")

var giftWeightRE = regexp.MustCompile(`^%(-*[0-9]{1,2}\.?[0-9]*)%`)

func readGIFT(t *testing.T, s string) []giftItem {
	t.Helper()
	var out []giftItem
	for _, block := range regexp.MustCompile(`\n\s*\n`).Split(s, -1) {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "//") || strings.HasPrefix(strings.TrimSpace(l), "$CATEGORY:") {
				l = " "
			}
			lines = append(lines, l)
		}
		text := strings.TrimSpace(strings.Join(lines, "\n"))
		if text == "" {
			continue
		}
		text = giftPlaceholders.Replace(text)
		var it giftItem
		require.True(t, strings.HasPrefix(text, "::"), text)
		text = text[2:]
		end := strings.Index(text, "::")
		require.GreaterOrEqual(t, end, 0)
		it.name, text = giftRestore.Replace(text[:end]), strings.TrimSpace(text[end+2:])
		open, closing := strings.Index(text, "{"), strings.Index(text, "}")
		require.True(t, open >= 0 && closing > open, "answers of %q", text)
		require.Equal(t, len(text)-1, closing, "text after the answers in %q", text)
		answers := strings.TrimSpace(text[open+1 : closing])
		qtext := text[:open]
		require.True(t, strings.HasPrefix(qtext, "[plain]"))
		it.text = strings.TrimSpace(giftRestore.Replace(strings.TrimPrefix(qtext, "[plain]")))
		if i := strings.LastIndex(answers, "####"); i >= 0 {
			it.feedback = strings.TrimSpace(giftRestore.Replace(answers[i+4:]))
			answers = strings.TrimSpace(answers[:i])
		}
		require.NotContains(t, answers, "#", "answer feedback where none was meant")
		switch {
		case strings.Contains(answers, "~"):
			it.single = strings.Contains(answers, "=")
			parts := strings.Split(strings.ReplaceAll(answers, "=", "~="), "~")
			if strings.TrimSpace(parts[0]) == "" {
				parts = parts[1:]
			}
			for _, p := range parts {
				p = strings.TrimSpace(p)
				w := 0.0
				switch {
				case strings.HasPrefix(p, "="):
					w, p = 100, p[1:]
				case giftWeightRE.MatchString(p):
					m := giftWeightRE.FindStringSubmatch(p)
					_, err := fmt.Sscan(m[1], &w)
					require.NoError(t, err)
					p = p[len(m[0]):]
				}
				it.answers = append(it.answers, strings.TrimSpace(giftRestore.Replace(p)))
				it.weights = append(it.weights, w)
			}
		case answers == "TRUE" || answers == "FALSE" || answers == "T" || answers == "F":
			it.truth = answers
		default:
			t.Errorf("not a multiple-choice or true/false question: %q", answers)
		}
		out = append(out, it)
	}
	return out
}

func TestReviewGIFT(t *testing.T) {
	for _, qz := range []Quiz{nasty(), generate(t, Options{Seed: 6, Count: 40, MultipleResponse: 0.3})} {
		items := readGIFT(t, qz.GIFT())
		require.Len(t, items, len(qz.Questions))
		for i, q := range qz.Questions {
			it := items[i]
			assert.Equal(t, fmt.Sprintf("Q%d", i+1), it.name)
			assert.Equal(t, strings.TrimSpace(q.Prompt), it.text)
			assert.Equal(t, strings.TrimSpace(q.Explanation), it.feedback)
			if q.Kind == TrueFalse {
				assert.Equal(t, []string{"TRUE", "FALSE"}[q.Answers[0]], it.truth, q.Ref)
				continue
			}
			require.Len(t, it.answers, len(q.Choices), q.Ref)
			assert.Equal(t, len(q.Answers) == 1, it.single, "%s: single answer or multiple response", q.Ref)
			total := 0.0
			for j, c := range q.Choices {
				assert.Equal(t, strings.TrimSpace(c), it.answers[j], q.Ref)
				key := slices.Contains(q.Answers, j)
				switch {
				case len(q.Answers) == 1 && key:
					assert.Equal(t, 100.0, it.weights[j], "%s: %q", q.Ref, c)
				case len(q.Answers) == 1:
					assert.Zero(t, it.weights[j], "%s: %q", q.Ref, c)
				case key:
					assert.InDelta(t, 100/float64(len(q.Answers)), it.weights[j], 0.001, "%s: %q", q.Ref, c)
				default:
					assert.Negative(t, it.weights[j], "%s: %q", q.Ref, c)
				}
				if key {
					total += it.weights[j]
				}
			}
			assert.InDelta(t, 100, total, 0.01, q.Ref)
		}
	}
	out := nasty().GIFT()
	assert.Contains(t, out, "~%50%%50%x")
	assert.Contains(t, out, `key\: value \= \#1 \{a\} \~b \\c\n\n"quoted"`)
	assert.Contains(t, out, "{TRUE####")
	assert.Contains(t, out, "{FALSE####")
}

func TestReviewJSONAndMarkdown(t *testing.T) {
	qz := generate(t, Options{Seed: 10, Count: 15, MultipleResponse: 0.2})
	b, err := qz.JSON()
	require.NoError(t, err)
	var raw map[string]any
	require.NoError(t, json.Unmarshal(b, &raw))
	assert.ElementsMatch(t, []string{"seed", "options", "questions"}, mapKeys(raw))
	for _, q := range raw["questions"].([]any) {
		keys := slices.DeleteFunc(mapKeys(q.(map[string]any)), func(k string) bool {
			return k == "domain" || k == "tasks" // only where the entries carry task statements
		})
		assert.ElementsMatch(t, []string{"ref", "kind", "prompt", "choices", "answers", "explanation", "services", "origin"}, keys)
	}
	var back Quiz
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, qz, back)
	b2, err := back.JSON()
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))
	assert.True(t, utf8.Valid(b))
	assert.NotContains(t, string(b), `\u003c`, "no HTML escaping of < > &")

	// The standard encoder reads the same names.
	std, err := json.Marshal(qz)
	require.NoError(t, err)
	var back2 Quiz
	require.NoError(t, json.Unmarshal(std, &back2))
	assert.Equal(t, qz, back2)

	md := qz.Markdown()
	questions, answers, ok := strings.Cut(md, "## 정답")
	require.True(t, ok)
	last := 0
	for i, q := range qz.Questions {
		head := fmt.Sprintf("## %d. ", i+1)
		at := strings.Index(questions, head)
		require.Greater(t, at, last-1, "question %d in order", i+1)
		last = at
		for j := range q.Choices {
			assert.Contains(t, questions[at:], "- "+Letter(j)+". ")
		}
		var keys []string
		for _, a := range q.Answers {
			keys = append(keys, Letter(a))
		}
		assert.Contains(t, answers, fmt.Sprintf("%d. **%s**", i+1, strings.Join(keys, ", ")))
		assert.NotContains(t, questions, "**"+strings.Join(keys, ", ")+"**", "no key among the questions")
	}
	// A prompt line that would start an ordered list stays text.
	md = Quiz{Questions: []Question{{Kind: Scenario, Prompt: "1. 첫 줄\n2) 둘째", Choices: []string{"3. x", "y"}, Answers: []int{0}, Explanation: "10. z"}}}.Markdown()
	assert.Contains(t, md, "1\\. 첫 줄")
	assert.Contains(t, md, "2\\) 둘째")
}

func mapKeys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestReviewBadOptions(t *testing.T) {
	total := poolSize(t, Options{})
	tests := []struct {
		name  string
		opts  Options
		want  error
		field string
	}{
		{"negative count", Options{Count: -5}, ErrCount, "Count"},
		{"too many", Options{Count: total + 1}, ErrNotEnough, "Count"},
		{"way too many", Options{Count: math.MaxInt}, ErrNotEnough, "Count"},
		{"choices 1", Options{Choices: 1}, ErrChoices, "Choices"},
		{"choices 99", Options{Choices: 99}, ErrChoices, "Choices"},
		{"choices -1", Options{Choices: -1}, ErrChoices, "Choices"},
		{"unknown kind", Options{Kinds: []Kind{"essay"}}, ErrKind, "Kinds[0]"},
		{"empty kind", Options{Kinds: []Kind{Cloze, ""}}, ErrKind, "Kinds[1]"},
		{"unknown category", Options{Categories: []category.ID{"nope"}}, ErrCategory, "Categories[0]"},
		{"empty category", Options{Categories: []category.ID{""}}, ErrCategory, "Categories[0]"},
		{"unknown service", Options{Services: []awsnotes.ID{"EC9"}}, ErrService, "Services[0]"},
		{"empty service", Options{Services: []awsnotes.ID{""}}, ErrService, "Services[0]"},
		{"unknown exclude", Options{Exclude: []awsnotes.ID{"ec2", "zzz"}}, ErrService, "Exclude[1]"},
		{"share -1", Options{MultipleResponse: -1}, ErrShare, "MultipleResponse"},
		{"share 2", Options{MultipleResponse: 2}, ErrShare, "MultipleResponse"},
		{"share +Inf", Options{MultipleResponse: math.Inf(1)}, ErrShare, "MultipleResponse"},
		{"difficulty -1", Options{Difficulty: -1}, ErrDifficulty, "Difficulty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { _, err = Generate(tt.opts) })
			require.ErrorIs(t, err, tt.want)
			var oe *OptionError
			require.True(t, errors.As(err, &oe))
			assert.Equal(t, tt.field, oe.Field)
			assert.Contains(t, err.Error(), "Options."+tt.field)
			assert.Contains(t, err.Error(), tt.want.Error(), "the message says what is wrong")
		})
	}
	// Filters that leave too few options for a question are ErrNotEnough,
	// never a malformed question.
	var err error
	require.NotPanics(t, func() {
		_, err = Generate(Options{Count: 5, Choices: 6, Services: []awsnotes.ID{"snowmobile"}, ActiveOnly: true})
	})
	assert.Error(t, err)
}

func FuzzReviewOptions(f *testing.F) {
	f.Add(uint64(0), 10, 4, uint16(0), 0.0, uint8(0), uint8(0), uint8(0), false, int8(0))
	f.Add(uint64(99), 300, 99, uint16(0xffff), -1.0, uint8(200), uint8(3), uint8(9), true, int8(3))
	f.Add(uint64(7), -3, 1, uint16(0x81), 2.0, uint8(5), uint8(1), uint8(2), false, int8(-1))
	all := awsnotes.All()
	f.Fuzz(func(t *testing.T, seed uint64, count, choices int, kindMask uint16, share float64, cat, svc, excl uint8, active bool, diff int8) {
		count %= 400
		opts := Options{Seed: seed, Count: count, Choices: choices, MultipleResponse: share, ActiveOnly: active, Difficulty: Difficulty(diff)}
		for i, k := range append(Kinds(), "bogus") {
			if kindMask&(1<<i) != 0 {
				opts.Kinds = append(opts.Kinds, k)
			}
		}
		if cats := category.All(); int(cat) < len(cats) {
			opts.Categories = []category.ID{cats[cat].ID}
		} else if cat == 255 {
			opts.Categories = []category.ID{"??"}
		}
		if int(svc) < len(all) {
			opts.Services = []awsnotes.ID{all[svc].ID}
		}
		if int(excl) < len(all) {
			opts.Exclude = []awsnotes.ID{all[excl].ID}
		}
		var qz Quiz
		var err error
		require.NotPanics(t, func() { qz, err = Generate(opts) })
		if err != nil {
			var oe *OptionError
			require.True(t, errors.As(err, &oe), "%v", err)
			return
		}
		want := count
		if want == 0 {
			want = DefaultCount
		}
		require.Len(t, qz.Questions, want)
		for _, q := range qz.Questions {
			checkQuestion(t, "fuzz", opts, q)
		}
	})
}

// TestReviewDocComments checks that every exported name of the package
// has a doc comment: functions, methods, types, constants and variables
// (a group's comment covers its members), and the fields of exported
// structs (a doc or line comment).
func TestReviewDocComments(t *testing.T) {
	for _, missing := range undocumented(t, ".") {
		t.Errorf("no doc comment: %s", missing)
	}
}

// undocumented lists the exported names in the non-test files of dir that
// have no doc comment.
func undocumented(t *testing.T, dir string) []string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, parser.ParseComments)
	require.NoError(t, err)
	var out []string
	for _, pkg := range pkgs {
		for name, f := range pkg.Files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Name.IsExported() && d.Doc == nil && (d.Recv == nil || exportedRecv(d.Recv)) {
						out = append(out, name+": func "+d.Name.Name)
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							if s.Doc == nil && d.Doc == nil {
								out = append(out, name+": type "+s.Name.Name)
							}
							if st, ok := s.Type.(*ast.StructType); ok {
								for _, fld := range st.Fields.List {
									for _, n := range fld.Names {
										if n.IsExported() && fld.Doc == nil && fld.Comment == nil {
											out = append(out, name+": field "+s.Name.Name+"."+n.Name)
										}
									}
								}
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() && s.Doc == nil && s.Comment == nil && d.Doc == nil {
									out = append(out, name+": "+n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// exportedRecv reports whether a method's receiver type is exported.
func exportedRecv(recv *ast.FieldList) bool {
	if len(recv.List) == 0 {
		return false
	}
	typ := recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	id, ok := typ.(*ast.Ident)
	return ok && id.IsExported()
}

// TestReviewResultsAreTheCallers checks that changing a returned quiz, or
// the options given, never changes what the package returns next time.
func TestReviewResultsAreTheCallers(t *testing.T) {
	opts := Options{Seed: 31, Count: 30, Kinds: []Kind{TrueFalse, ChooseTwo, Mnemonic, Comparison, Cloze, Scenario}, Exclude: []awsnotes.ID{"ec2"}}
	want, err := generate(t, opts).JSON()
	require.NoError(t, err)
	qz := generate(t, opts)
	for i := range qz.Questions {
		q := &qz.Questions[i]
		for j := range q.Choices {
			q.Choices[j] = "changed"
		}
		for j := range q.Answers {
			q.Answers[j] = -1
		}
		for j := range q.Services {
			q.Services[j] = "changed"
		}
	}
	opts.Kinds[0], opts.Exclude[0] = Cloze, "s3"
	opts.Kinds[0], opts.Exclude[0] = TrueFalse, "ec2"
	got, err := generate(t, opts).JSON()
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
	k := Kinds()
	k[0] = "changed"
	assert.Equal(t, ServiceFromDescription, Kinds()[0])
}

// TestReviewShareWithFewKinds checks that a multiple-response share never
// makes a quiz the notes can fill fail: with ChooseTwo the only kind, or
// the other kinds too few, the rest is topped up with choose-two.
func TestReviewShareWithFewKinds(t *testing.T) {
	for _, tt := range []struct {
		opts     Options
		multiple int
	}{
		{Options{Kinds: []Kind{ChooseTwo}, MultipleResponse: 0.5, Count: 10}, 10},
		{Options{Kinds: []Kind{ChooseTwo}, MultipleResponse: 1, Count: 10}, 10},
		{Options{Kinds: []Kind{ChooseTwo, Mnemonic}, MultipleResponse: 0.2, Count: 12}, 12 - poolSize(t, Options{Kinds: []Kind{Mnemonic}})},
		{Options{Kinds: []Kind{ChooseTwo, Mnemonic}, MultipleResponse: 0.5, Count: 6}, max(3, 6-poolSize(t, Options{Kinds: []Kind{Mnemonic}}))},
	} {
		for seed := uint64(0); seed < 20; seed++ {
			opts := tt.opts
			opts.Seed = seed
			qz := generate(t, opts)
			require.Len(t, qz.Questions, opts.Count)
			n := 0
			for _, q := range qz.Questions {
				if q.Multiple() {
					n++
				}
				checkQuestion(t, "share", opts, q)
			}
			assert.Equal(t, tt.multiple, n, "%+v", opts)
		}
	}
}

// checkTasks checks a question on the shared responsibility model's tasks
// against its table: the keys are cells of party's column, every other
// option a cell of another column.
func checkTasks(t *testing.T, at string, q Question, party awsnotes.ID, table string) {
	t.Helper()
	tb, ok := compare.Get(table)
	require.True(t, ok, "%s: no table %s", at, table)
	col := slices.Index(tb.IDs, party)
	require.GreaterOrEqual(t, col, 0, "%s: %s is no column of %s", at, party, table)
	for i, c := range q.Choices {
		in := -1
		for _, row := range tb.Rows {
			if j := slices.Index(row.Cells, c); j >= 0 {
				in = j
			}
		}
		require.GreaterOrEqual(t, in, 0, "%s: %q is no task of %s", at, c, table)
		assert.Equal(t, slices.Contains(q.Answers, i), in == col, "%s: %q", at, c)
	}
}
