package awsnotes

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Field names the part of an entry a search result matched.
type Field string

// The fields Search looks in. The first seven are names; the rest are the
// notes' text.
const (
	FieldName      Field = "name"      // Service.Name
	FieldShort     Field = "short"     // Service.Short
	FieldAbbr      Field = "abbr"      // Service.Abbr
	FieldReading   Field = "reading"   // Service.Reading
	FieldAlias     Field = "alias"     // one of Service.Aliases
	FieldID        Field = "id"        // Service.ID
	FieldHeading   Field = "heading"   // a Note.Heading
	FieldSummary   Field = "summary"   // Service.Summary
	FieldNote      Field = "note"      // a Line.Text
	FieldHighlight Field = "highlight" // one of Line.Highlights
	FieldRemark    Field = "remark"    // a Note.Remark
	FieldScenario  Field = "scenario"  // a Scenario.Quote or Scenario.Outcome
	FieldMnemonic  Field = "mnemonic"  // a Mnemonic, as "Word: Meaning"
	FieldFact      Field = "fact"      // a Fact.Text
	FieldCase      Field = "case"      // a Case.Stem
	// FieldCategory: the query names one of the entry's categories ("보안",
	// "security"); Text is the category's Korean name.
	FieldCategory Field = "category"
)

// Korean names the field for a learner: "이름", "한글 읽기", "강조", ...
// An unknown field gives its own name.
func (f Field) Korean() string {
	switch f {
	case FieldName:
		return "이름"
	case FieldShort:
		return "짧은 이름"
	case FieldAbbr:
		return "약어"
	case FieldReading:
		return "한글 읽기"
	case FieldAlias:
		return "별칭"
	case FieldID:
		return "ID"
	case FieldHeading:
		return "노트 제목"
	case FieldSummary:
		return "요약"
	case FieldNote:
		return "노트"
	case FieldHighlight:
		return "강조"
	case FieldRemark:
		return "메모"
	case FieldScenario:
		return "시나리오"
	case FieldMnemonic:
		return "암기법"
	case FieldFact:
		return "사실"
	case FieldCase:
		return "사례"
	case FieldCategory:
		return "분류"
	}
	return string(f)
}

// Match is the tier of the ranking a result was placed in. Every result of
// a tier ranks above every result of the tiers after it.
type Match string

// The tiers, best first.
const (
	// MatchExact: a name equals the query once case, width, NFC/NFD,
	// spaces, punctuation, a leading "AWS"/"Amazon" and a trailing particle
	// are set aside ("aws lambda", "EC2는", "람다"), or the query is typed
	// on a QWERTY keyboard in English mode ("fkaek"), or gives the name's
	// initial consonants (ㄹㄷ for 람다), or spells it jamo by jamo
	// ("ㄹㅏㅁㄷㅏ").
	MatchExact Match = "exact"
	// MatchPrefix: a name starts with the query, down to a half-typed last
	// syllable ("클라우ㄷ", "클라우드포메이셔") or initial consonants.
	MatchPrefix Match = "prefix"
	// MatchFuzzy: the query is inside a name ("trail"), has its words in
	// another order ("trail cloud"), has a typo (Damerau–Levenshtein:
	// "cloudtrial", "kinesys"), or its letters appear in order ("cldtrl");
	// or, last in the tier, the query is the name of a category, Korean or
	// English ("보안", "security"), which lists the category's entries
	// (Field is FieldCategory): those whose notes hold the query first, an
	// entry's own category before one it is filed under among others.
	MatchFuzzy Match = "fuzzy"
	// MatchText: the query's words appear in the notes' text: the summary,
	// the lines, highlights, scenarios, mnemonics, facts, cases or names,
	// or words a synonym table gives for them (비용 for 요금); or the query
	// names entries among other words ("lambda function", "ECS EKS").
	// Within the tier, entries the query names come first, then text holding the
	// query's words as words, then loose name matches of a short query
	// (로그 inside 카탈로그), then text holding them only inside other words
	// (가용 inside 전문가용).
	MatchText Match = "text"
)

// Score bands: each tier's scores lie in its own band, so tiers never mix.
const (
	exactTop  = 999
	exactLow  = 900
	catMain   = fuzzyLow + 3 // the query names the entry's primary category (+5 if its notes hold the query)
	catOther  = fuzzyLow + 1 // one of its other categories
	prefixTop = 899
	prefixLow = 700
	fuzzyTop  = 699
	fuzzyLow  = 400
	textTop   = 399
	textLow   = 1

	// Bands inside the text tier, best first.
	namedTop = 398 // every word of the query names an entry: "ECS EKS"
	namedLow = 386
	wordTop  = 379 // text holding the query's words as words
	wordLow  = 100
	weakTop  = 99 // a short query loosely inside a long name: 로그 in 카탈로그
	weakLow  = 60
	innerTop = 59 // text holding the query's words only inside other words
	innerLow = textLow
)

func tierOf(score int) Match {
	switch {
	case score >= exactLow:
		return MatchExact
	case score >= prefixLow:
		return MatchPrefix
	case score >= fuzzyLow:
		return MatchFuzzy
	}
	return MatchText
}

// DefaultSearchLimit is the number of results Search returns when asked for
// zero or fewer.
const DefaultSearchLimit = 10

// Bounds on the work one query can cause.
const (
	maxQueryBytes  = 1024 // the rest of a longer query is ignored
	maxQueryRunes  = 256
	maxQueryTokens = 32
)

// Result is one entry found by Search.
type Result struct {
	Service Service `json:"service"` // a copy: the caller's to change
	// Score orders the results, higher first: 900–999 for MatchExact,
	// 700–899 for MatchPrefix, 400–699 for MatchFuzzy and 1–399 for
	// MatchText. Scores compare within one catalog and one version only.
	Score int   `json:"score"`
	Match Match `json:"match"` // the tier
	Field Field `json:"field"` // where the best match was
	// Text is what matched, as the entry has it (in NFC): the name
	// ("AWS CloudTrail"), or the line, summary, highlight, scenario or
	// mnemonic ("Kinesis: 운동") of the notes.
	Text string `json:"text"`
	// Positions are the matched characters of Text, as rune (not byte)
	// offsets in increasing order, for highlighting. Each is in
	// [0, utf8.RuneCountInString(Text)).
	Positions []int `json:"positions"`
}

// Search finds the entries of the embedded notes that best answer query,
// best first, at most limit of them (DefaultSearchLimit when limit <= 0).
// See Catalog.Search.
func Search(query string, limit int) []Result { return def().Search(query, limit) }

// Search finds the entries that best answer query, best first, at most
// limit of them (DefaultSearchLimit when limit <= 0). It forgives the way a
// Korean learner types:
//
//   - English names and abbreviations in any case and width, with or
//     without "AWS"/"Amazon": "ec2", "aws lambda", "route 53";
//   - typos and words out of order: "cloudtrial", "kinesys", "trail cloud";
//   - Korean readings and their initial consonants: "람다", "ㄹㄷ",
//     "ㅋㄹㅇㄷㅌㄹㅇ";
//   - a half-typed last syllable: "클라우ㄷ", "클라우드포메이셔";
//   - Hangul typed on a QWERTY keyboard in English mode, Caps Lock included:
//     "fkaek" (람다), "zmffkdnemdnjcl" (클라우드워치), "fkaeksms" (람다는);
//   - Korean words and phrases from the notes, with particles and in any
//     order: "서버리스 컴퓨팅 엔진을", "누가 무엇을 했는가"; a whole line pasted
//     from the notes finds the entry it belongs to;
//   - a name among other words: "lambda function", "람다란 무엇인가".
//
// Each entry appears at most once, with its best match. Results rank by tier
// (see Match: exact names, then prefixes, then fuzzy name matches, then the
// notes' text), by score within a tier, and then by the order of All.
//
// Only the first 1 KiB of query is read. An empty or blank query, or one
// with no letters or digits (punctuation, emoji, control characters),
// returns nil; so does a nil Catalog. Search never panics and is safe for
// concurrent use.
func (c *Catalog) Search(query string, limit int) []Result {
	if c == nil || c.search == nil {
		return nil
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	x := c.search.tables()
	s := searchers.Get().(*searcher)
	defer searchers.Put(s)
	s.reset(x)
	if !s.parse(query) {
		return nil
	}
	s.run(limit)
	return s.results(c, limit)
}

// cand is the best match found so far for one entry.
type cand struct {
	score int32
	doc   int32 // index into nameDocs, or textDocs when text is set
	text  bool
	how   posKind
	off   int32  // span start, in runes of the doc's key
	n     int32  // span length; or the variant, for posGreedy
	mask  uint64 // for text: the query tokens the doc holds (bits as in collect)
	cat   bool   // the query names a category of the entry
}

// posKind says how to find the positions of a match once it is chosen.
type posKind uint8

const (
	posSpan   posKind = iota // off and n give a run of key runes
	posGreedy                // the key runes aligned with the variant's (see aligned)
	posTokens                // each query token where it first occurs
	posSubseq                // where sahilm/fuzzy puts the query in the text
)

// results turns the best candidates into Results, cloning each Service.
func (s *searcher) results(c *Catalog, limit int) []Result {
	order := s.order[:0]
	for e := range s.best {
		if s.best[e].score > 0 {
			order = append(order, int32(e))
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		if c := cmp.Compare(s.best[b].score, s.best[a].score); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	s.order = order
	if len(order) > limit {
		order = order[:limit]
	}
	if len(order) == 0 {
		return nil
	}
	out := make([]Result, len(order))
	for i, e := range order {
		b := s.best[e]
		r := Result{Service: c.services[e].clone(), Score: int(b.score), Match: tierOf(int(b.score))}
		var pos []int32
		var keyPos []int32
		if b.cat {
			r.Field, r.Text = FieldCategory, s.catText
			for j, c := range []rune(r.Text) {
				if isKeyRune(unicode.ToLower(c)) {
					r.Positions = append(r.Positions, j)
				}
			}
			out[i] = r
			continue
		}
		if b.text {
			d := &s.x.textDocs[b.doc]
			r.Field, r.Text, keyPos = d.field, d.text, d.pos
			pos = s.textPositions(d, b)
		} else {
			d := &s.x.nameDocs[b.doc]
			r.Field, r.Text, keyPos = d.field, d.text, d.keyPos
			if b.how == posSubseq { // offsets into the text already
				pos, keyPos = s.subsequencePositions(d), s.x.identity
			} else {
				pos = s.namePositions(d, b)
			}
		}
		r.Positions = toTextPositions(pos, keyPos, r.Text)
		out[i] = r
	}
	return out
}

// toTextPositions maps key-rune indexes to rune offsets of text, sorted and
// without repeats, dropping any that would fall outside text.
func toTextPositions(keyIdx []int32, keyPos []int32, text string) []int {
	if len(keyIdx) == 0 {
		return nil
	}
	out := make([]int, 0, len(keyIdx))
	top := -1
	for _, k := range keyIdx {
		if k < 0 || int(k) >= len(keyPos) {
			continue
		}
		if p := int(keyPos[k]); p >= 0 {
			out = append(out, p)
			top = max(top, p)
		}
	}
	// Text has at least len(text)/4 runes: count them only when a
	// position may lie past the end.
	if top >= len(text)/utf8.UTFMax {
		n := utf8.RuneCountInString(text)
		out = slices.DeleteFunc(out, func(p int) bool { return p >= n })
	}
	slices.Sort(out)
	return slices.Compact(out)
}
