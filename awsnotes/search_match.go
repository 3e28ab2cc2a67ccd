package awsnotes

import (
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/internal/hangul"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
	"github.com/sahilm/fuzzy"
	"index/suffixarray"
)

// variant is one reading of the query as a name: as typed, without its
// particles, converted from QWERTY, or with its words reordered.
type variant struct {
	key     string // folded letters and digits, leading AWS/Amazon dropped
	runes   []rune
	jamo    []rune
	jamoS   string
	mask    uint64
	penalty int32 // taken off every score this reading earns
	cho     bool  // only initial consonants: "ㅋㄹㅇㄷ"
	perm    bool  // words reordered: only exact and typo matches apply
	qwerty  bool  // read from QWERTY keys
}

// phraseBit marks, in a doc's token mask, that the whole query occurs in it
// as one run. Tokens use the bits below it (at most maxQueryTokens).
const phraseBit = 63

// searcher holds one query's state and scratch space; searchers are pooled
// so that a query allocates little beyond its results.
type searcher struct {
	x          *searchTables
	best       []cand
	found      int      // entries with a candidate
	strong     int      // entries with a candidate above the text tier
	allWords   []string // the query's words as given, repeats and all
	lineHit    bool     // the query is word for word a piece of some entry's text
	catText    string   // the Korean name of the category the query names
	named      []namedHit
	docsHit    []uint16      // per entry: text docs holding a query word as a word (textStage)
	entryWords []uint64      // per entry: the tokens its text holds as words, as typed (textStage)
	hitEntries []int32       // entries with docsHit set
	unitTab    [4][256]int32 // unitsOf's table: runes of the tokens in each byte of a mask
	wmasks     []uint64      // per doc: which tokens it holds at the start of a word (collect)
	lmasks     []uint64      // per doc: which tokens it holds as typed, not through a synonym
	order      []int32
	raw        string     // the query as given, cut to maxQueryBytes
	words      []string   // the query's words, folded, in order: substrings of folded
	inorder    []string   // the words setWords was given (words, or a QWERTY reading's)
	tokens     []string   // the words the word stages look up (see wordsOnly)
	stripped   []string   // the same without a trailing particle
	alt        []string   // the same without the shortest particle it may end in
	stems      []string   // the particle-free forms of each word of inorder…
	stemEnd    []int32    // …ending, for word i, at stemEnd[i]
	readStems  []string   // scratch for addReading
	tmp        []string   // scratch
	qwerty     [][]string // the words of each QWERTY reading, for the text
	nameBuf    []byte
	units      []int32 // runes of each stripped token
	phrase     string  // the tokens run together
	phraseP    string  // the stripped tokens run together
	multi      bool    // the query has more than one word
	permTypos  bool    // look for typos in reordered words too
	variants   []variant
	osaBuf     []int
	masks      []uint64 // per doc: which tokens it holds (collect)
	touched    []int32  // docs with a non-zero mask
	keys       []string
	keyDocs    []int32
	runeBuf    []rune
	lcsBuf     []int32
	posBuf     []int32
	spanBuf    [][2]int32
}

var searchers = sync.Pool{New: func() any { return new(searcher) }}

func (s *searcher) reset(x *searchTables) {
	s.x = x
	if cap(s.best) < x.entries {
		s.best = make([]cand, x.entries)
	}
	s.best = s.best[:x.entries]
	clear(s.best)
	if cap(s.docsHit) < x.entries {
		s.docsHit = make([]uint16, x.entries)
	}
	s.docsHit = s.docsHit[:x.entries]
	clear(s.docsHit)
	if cap(s.entryWords) < x.entries {
		s.entryWords = make([]uint64, x.entries)
	}
	s.entryWords = s.entryWords[:x.entries]
	clear(s.entryWords)
	s.hitEntries = s.hitEntries[:0]
	s.found, s.strong, s.lineHit, s.catText = 0, 0, false, ""
	s.words, s.tokens, s.stripped, s.alt, s.units = s.words[:0], s.tokens[:0], s.stripped[:0], s.alt[:0], s.units[:0]
	s.variants, s.qwerty = s.variants[:0], s.qwerty[:0]
}

// offer records c for entry e if it beats what the entry has. Equal scores
// keep the first: stages run best first, docs in entry and field order.
func (s *searcher) offer(e int32, c cand) {
	if c.score <= 0 {
		return
	}
	b := &s.best[e]
	// Text docs come in the order the suffix array lists them: of two
	// scoring the same, the first in field order wins, as if sorted.
	if c.score > b.score || c.score == b.score && c.text && b.text && c.doc < b.doc {
		if b.score == 0 {
			s.found++
		}
		if c.score >= fuzzyLow && b.score < fuzzyLow {
			s.strong++
		}
		*b = c
	}
}

// truncate cuts q to at most n bytes, at a rune boundary.
func truncate(q string, n int) string {
	if len(q) <= n {
		return q
	}
	for n > 0 && !utf8.RuneStart(q[n]) {
		n--
	}
	return q[:n]
}

// tokenize splits folded text into its words of letters and digits.
func tokenize(folded string, dst []string) []string {
	start, runes := -1, 0
	for i, r := range folded {
		if runes >= maxQueryRunes || len(dst) >= maxQueryTokens {
			break
		}
		if isKeyRune(r) {
			if start < 0 {
				start = i
			}
			runes++
			continue
		}
		if start >= 0 {
			dst = append(dst, folded[start:i])
			start = -1
		}
	}
	if start >= 0 && len(dst) < maxQueryTokens {
		end := len(folded)
		if runes >= maxQueryRunes { // cut the last word at the rune budget
			end = start
			for n := 0; end < len(folded) && n < maxQueryRunes; n++ {
				_, size := utf8.DecodeRuneInString(folded[end:])
				end += size
			}
			end = min(end, len(folded))
		}
		dst = append(dst, folded[start:end])
	}
	return dst
}

// parse reads the query into words and name variants. It reports false
// when there is nothing to search for.
func (s *searcher) parse(query string) bool {
	raw := truncate(query, maxQueryBytes)
	s.raw = raw // read again as QWERTY keys if need be (run)
	folded := textnorm.Fold(raw)
	s.words = tokenize(folded, s.words[:0])
	if len(s.words) == 0 {
		return false
	}
	// A word given twice counts once: "lambda lambda" is lambda.
	s.allWords = append(s.allWords[:0], s.words...)
	j := 0
	for _, w := range s.words {
		if !slices.Contains(s.words[:j], w) {
			s.words[j] = w
			j++
		}
	}
	s.words = s.words[:j]
	if len(s.allWords) > 1 {
		b := s.nameBuf[:0]
		for _, w := range s.allWords {
			b = append(b, w...)
		}
		s.nameBuf = b
		_, s.lineHit = s.x.textExact[string(b)]
	}
	if len(s.allWords) != len(s.words) {
		// A name may repeat a word ("Site-to-Site VPN"): read it as typed
		// first.
		s.addReading(s.allWords, 0, false)
	}
	s.addReading(s.words, 0, false)
	if n := len(s.words); n > 1 && hangul.IsParticle(s.words[n-1]) {
		s.addReading(s.words[:n-1], 5, false) // "EC2 는": a space before the particle
	}
	// A particle after every word ("람다는 클라우드트레일과"), after the ones
	// the last word's readings already tried.
	all := s.tmp[:0]
	for _, w := range s.words {
		all = append(all, hangul.StripParticle(w))
	}
	s.tmp = all
	s.addVariant(all, 6, false)

	// Words in another order: "trail cloud".
	words := s.words
	if len(words) > 1 && textnorm.IsVendor(words[0]) {
		words = words[1:]
	}
	s.permTypos = len(words) <= 3 // typos in reordered words: up to three of them
	if n := len(words); n >= 2 && n <= 4 {
		perm := slices.Clone(words)
		permute(perm, 0, func(p []string) {
			if !slices.Equal(p, words) {
				s.addVariant(p, 20, true)
			}
		})
	}
	s.setWords(s.words)
	return true
}

// addReading adds the reading made of words as a name variant, and one
// for each particle its last word may end in, penalty+5: "Route 53은",
// "모의 해킹은" (not 모 해킹: 의 is part of the name), "글로벌 인프라는" (인프라
// + 는, and 인프 + 라는). It reports whether any was added, and marks them
// as QWERTY readings when qwerty is set.
func (s *searcher) addReading(words []string, penalty int32, qwerty bool) bool {
	added := false
	mark := func(ok bool) {
		if ok {
			added = true
			s.variants[len(s.variants)-1].qwerty = qwerty
		}
	}
	mark(s.addVariant(words, penalty, false))
	last := len(words) - 1
	s.readStems = hangul.ParticleStems(words[last], s.readStems[:0])
	if len(s.readStems) == 0 {
		return added
	}
	buf := append(s.tmp[:0], words...)
	s.tmp = buf
	for _, stem := range s.readStems {
		buf[last] = stem
		mark(s.addVariant(buf, penalty+5, false))
	}
	return added
}

// setWords readies words for the word stages: each without its particle,
// the whole run together, and then wordsOnly.
func (s *searcher) setWords(words []string) {
	s.inorder = words
	s.tokens = append(s.tokens[:0], words...)
	s.stripped, s.alt, s.units = s.stripped[:0], s.alt[:0], s.units[:0]
	s.stems, s.stemEnd = s.stems[:0], s.stemEnd[:0]
	for _, t := range s.tokens {
		p := hangul.StripParticle(t)
		a := p
		n := len(s.stems)
		if s.stems = hangul.ParticleStems(t, s.stems); len(s.stems) > n {
			a = s.stems[len(s.stems)-1]
		}
		s.stemEnd = append(s.stemEnd, int32(len(s.stems)))
		s.stripped = append(s.stripped, p)
		s.alt = append(s.alt, a)
		s.units = append(s.units, int32(utf8.RuneCountInString(p)))
	}
	s.multi = len(s.tokens) > 1
	s.phrase = strings.Join(s.tokens, "")
	s.phraseP = s.phrase
	if !slices.Equal(s.tokens, s.stripped) {
		s.phraseP = strings.Join(s.stripped, "")
	}
	s.wordsOnly()
}

// wordStems returns the particle-free forms of word i of s.inorder, as
// setWords found them.
func (s *searcher) wordStems(i int) []string {
	start := int32(0)
	if i > 0 {
		start = s.stemEnd[i-1]
	}
	return s.stems[start:s.stemEnd[i]]
}

// wordsOnly readies the tokens for word-by-word matching (the names and
// phrase above use them all): a repeated word is looked up once, and a lone
// letter or digit or a particle standing apart beside other words is not
// looked up at all, as it is in nearly every text; none of them counts
// towards the query's length.
func (s *searcher) wordsOnly() {
	long, content := false, false
	for i, u := range s.units {
		if u >= 2 {
			long = true
		}
		if !hangul.IsParticle(s.tokens[i]) {
			content = true
		}
	}
	j := 0
	for i, t := range s.tokens {
		if slices.Contains(s.tokens[:j], t) {
			continue
		}
		if hangul.IsParticle(t) && content {
			continue // "EC2 는": the particle is in nearly every text
		}
		if long && s.units[i] < 2 && !strings.ContainsFunc(s.stripped[i], hangul.IsSyllable) {
			continue
		}
		if (!long || !content) && j >= maxLoneTokens {
			break // "a b c d …", "은 는 이 가 …": nothing to find in particular
		}
		s.tokens[j], s.stripped[j], s.alt[j], s.units[j] = t, s.stripped[i], s.alt[i], s.units[i]
		j++
	}
	s.tokens, s.stripped, s.alt, s.units = s.tokens[:j], s.stripped[:j], s.alt[:j], s.units[:j]
}

// maxLoneTokens is how many words a query of nothing but lone letters,
// digits and particles looks up: such a query asks for no entry in
// particular, and each of them is in nearly every text.
const maxLoneTokens = 3

// maxQwertyBytes bounds the part of a query read as QWERTY-typed Hangul:
// enough for any name or a line of the notes.
const maxQwertyBytes = 256

// addQwertyReadings adds the readings of the query as Hangul typed with the
// keyboard in English mode. With Caps Lock on, every letter comes out in the
// other case (Shift+T for ㅆ gives "t"), so the query with its case inverted
// is read too: "FKAEK" is 람다 (and not 람따, as the E would read),
// "DLtLDPTM" is 이씨에스. Hangul in the query joins in, as when the keyboard
// was switched mid-word: "fkaek는". They are only needed when the query as
// typed names nothing, so they are only made then.
func (s *searcher) addQwertyReadings() {
	if asciiLetters(s.raw) < 2 {
		return
	}
	narrow := narrowASCII(truncate(s.raw, maxQwertyBytes))
	s.addQwerty(narrow, 10)
	if strings.ContainsFunc(narrow, func(r rune) bool { return r >= 'A' && r <= 'Z' }) {
		s.addQwerty(invertCase(narrow), 12)
	}
}

func (s *searcher) addQwerty(raw string, penalty int32) {
	h := qwertyToHangul(raw)
	if !strings.ContainsFunc(h, hangul.IsSyllable) {
		return
	}
	toks := tokenize(textnorm.Fold(h), nil)
	if len(toks) > 0 && s.addReading(toks, penalty, true) {
		s.qwerty = append(s.qwerty, toks)
	}
}

// qwertyToHangul reads raw as Hangul typed in English mode, word by word,
// leaving a vendor's name as typed: "rhksflgud AWS tjqltm" is 관리형 AWS
// 서비스, where the learner switched the keyboard for AWS.
func qwertyToHangul(raw string) string {
	if !strings.ContainsFunc(raw, func(r rune) bool { return r == 'a' || r == 'A' }) {
		return hangul.QwertyToHangul(raw) // no vendor name can be there
	}
	var b strings.Builder
	for i, w := range strings.Split(raw, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if textnorm.IsVendor(strings.ToLower(w)) {
			b.WriteString(w)
		} else {
			b.WriteString(hangul.QwertyToHangul(w))
		}
	}
	return b.String()
}

// addVariant adds the reading made of tokens, unless an earlier reading has
// the same key, and reports whether it did.
func (s *searcher) addVariant(tokens []string, penalty int32, perm bool) bool {
	key := textnorm.StripVendor(strings.Join(tokens, ""))
	if key == "" {
		return false
	}
	for _, v := range s.variants {
		if v.key == key {
			return false
		}
	}
	v := variant{key: key, penalty: penalty, perm: perm, runes: []rune(key)}
	v.cho = true
	for _, r := range v.runes {
		v.jamo = hangul.AppendJamo(v.jamo, r)
		if !hangul.IsConsonant(r) {
			v.cho = false
		}
	}
	v.jamoS = string(v.jamo)
	v.mask = runeMask(v.jamo)
	s.variants = append(s.variants, v)
	return true
}

// permute calls f with every ordering of p (at most 4! = 24: the caller
// keeps p short).
func permute(p []string, k int, f func([]string)) {
	if k == len(p) {
		f(p)
		return
	}
	for i := k; i < len(p); i++ {
		p[k], p[i] = p[i], p[k]
		permute(p, k+1, f)
		p[k], p[i] = p[i], p[k]
	}
}

func asciiLetters(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 'ａ' && r <= 'ｚ' || r >= 'Ａ' && r <= 'Ｚ' {
			n++
		}
	}
	return n
}

// invertCase swaps upper and lower case of ASCII letters, undoing Caps Lock.
func invertCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		case r >= 'A' && r <= 'Z':
			return r - 'A' + 'a'
		}
		return r
	}, s)
}

// narrowASCII turns full-width ASCII into ASCII, keeping case (the QWERTY
// reading needs it).
func narrowASCII(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= 0xFF01 && r <= 0xFF5E }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= 0xFF01 && r <= 0xFF5E {
			return r - 0xFEE0
		}
		return r
	}, s)
}

// run matches the query tier by tier, stopping early once limit entries
// have matched in a tier that every later tier ranks below. Two readings
// are only tried when the query as typed finds no name: the QWERTY ones
// (an English name is no Hangul typed in English mode) and typos in
// reordered words.
func (s *searcher) run(limit int) {
	for i := range s.variants {
		if v := &s.variants[i]; !v.qwerty {
			s.nameStages(v)
		}
	}
	// An English word the notes use ("DNS", read as QWERTY keys 운) is
	// not Korean typed in English mode.
	qwerty := s.found == 0 && !s.wordsInText()
	if qwerty {
		s.addQwertyReadings()
		for i := range s.variants {
			if v := &s.variants[i]; v.qwerty {
				s.nameStages(v)
			}
		}
	}
	if s.strong >= limit && !s.lineHit {
		return
	}
	for i := range s.variants {
		v := &s.variants[i]
		if v.qwerty && !qwerty {
			continue
		}
		if !v.perm && !s.substringStage(v) {
			s.halfSubstringStage(v)
		}
		if !v.perm || s.permTypos && s.found == 0 {
			s.typoStage(i)
		}
	}
	s.coverageStage()
	s.subsequenceStage()
	s.categoryStage()
	if s.lineHit {
		s.demoteLooseNames()
	}
	if s.strong >= limit && !s.lineHit {
		return
	}
	s.textStage()
	s.nameWordStage()
	// Korean typed in English mode that names nothing may still be words
	// of the notes: "tjqjfltm zjavbxld" is 서버리스 컴퓨팅.
	for i := 0; i < len(s.qwerty) && s.found == 0; i++ {
		s.setWords(s.qwerty[i])
		s.textStage()
		s.nameWordStage()
	}
}

// wordsInText reports whether every word of the query stands as a word
// somewhere in the notes' text.
func (s *searcher) wordsInText() bool {
	x := s.x
	for _, w := range s.words {
		found := false
		for _, off := range x.texts.Lookup([]byte(w), 64) {
			if x.startsWordAt(off) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// demoteLooseNames moves prefix and fuzzy name matches into the text tier,
// below the text that holds the whole query: the query is word for word a
// line of some entry's notes, and that entry is the one it asks about. "AWS
// 전용", a line of ECS's notes, starts the names 전용 호스트 and "AWS 전용
// 연결" too; an exact name still comes first ("확장성").
func (s *searcher) demoteLooseNames() {
	for e := range s.best {
		b := &s.best[e]
		if b.score >= fuzzyLow && b.score < exactLow {
			b.score = weakLow + (b.score-fuzzyLow)*(weakTop-weakLow)/(exactLow-1-fuzzyLow)
			s.strong--
		}
	}
}

// isShort reports whether a query is short enough that finding it inside
// a longer word says little: two Hangul syllables ("로그") or five Latin
// letters, as maxEdits weighs them.
func isShort(runes []rune) bool {
	w := 0
	for _, r := range runes {
		if hangul.IsSyllable(r) {
			w += 5
		} else {
			w += 2
		}
	}
	return w <= 10
}

// weakScore places a loose name match of a short query in the text tier,
// below text that holds the query as a word: 로그 inside 서비스 카탈로그.
func weakScore(nq, nKey, rank, penalty int32) int32 {
	return min(max(weakLow+30*nq/max(nKey, 1)-rank-penalty, weakLow), weakTop)
}

// categoryStage lists the entries of the category the whole query names,
// in Korean or English ("보안", "security", "머신러닝은"), at the bottom of
// the fuzzy tier: entries whose notes hold the query first, an entry's own
// category before one it is filed under among others, then the order of All.
func (s *searcher) categoryStage() {
	if len(s.words) > 4 || len(s.x.catNames) == 0 {
		return
	}
	var id category.ID
	b := s.nameBuf[:0]
	for _, w := range s.words {
		b = append(b, w...)
	}
	s.nameBuf = b
	key := textnorm.StripVendor(string(b))
	cn, ok := s.x.catNames[key]
	if !ok {
		last := s.words[len(s.words)-1]
		for _, stem := range s.wordStems(len(s.inorder) - 1) {
			if cn, ok = s.x.catNames[textnorm.StripVendor(string(b[:len(b)-len(last)])+stem)]; ok {
				break
			}
		}
	}
	if !ok {
		return
	}
	s.catText, id = cn.text, cn.id
	// Entries whose notes hold the query as a word come first: "CI/CD"
	// lists CodePipeline before the rest of deployment.
	x := s.x
	for _, off := range x.texts.Lookup([]byte(key), 1024) {
		if x.startsWordAt(off) {
			e := x.textDocs[x.textDocAt(off)].entry
			if s.docsHit[e] == 0 {
				s.hitEntries = append(s.hitEntries, e)
			}
			s.docsHit[e] = 1
		}
	}
	for e, cats := range x.cats {
		i := slices.Index(cats, id)
		if i < 0 {
			continue
		}
		score := int32(catOther)
		if i == 0 {
			score = catMain
		}
		if s.docsHit[e] > 0 {
			score += 5
		}
		s.offer(int32(e), cand{score: score, cat: true})
	}
	for _, e := range s.hitEntries {
		s.docsHit[e] = 0
	}
	s.hitEntries = s.hitEntries[:0]
}

// maxNameWords is the most words a name found among the query's words may
// span ("elastic compute cloud" is three).
const maxNameWords = 6

// namedHit is a name found among the query's words.
type namedHit struct {
	doc   int32
	words int32 // words of the query the name spans
	stem  bool  // found without a particle
}

// nameWordStage finds entries named by a run of the query's words, with or
// without a particle: "lambda" in "lambda function", "람다" in "람다란
// 무엇인가". When every word of the query is part of some name ("ECS EKS",
// "EC2 S3 RDS"), the query lists entries, and those come first in the text
// tier, above a note that merely mentions them together ("ECS/EKS" in
// Fargate's notes). Otherwise the rest of the query is about something
// else: these rank with the text matches, scored as a text holding those
// words would be, plus a bonus for being a name: above any text holding
// only the name's words, below the text that holds the whole query (a line
// pasted from the notes still finds its own entry first).
func (s *searcher) nameWordStage() {
	var q int32
	for _, u := range s.units {
		q += u
	}
	words := s.inorder
	if q == 0 || len(words) < 2 {
		return // one word: the name stages have tried it
	}
	var covered uint64 // bit i: word i is part of a name found
	s.named = s.named[:0]
	for i := range words {
		if textnorm.IsVendor(hangul.StripParticle(words[i])) {
			continue // a vendor names the AWS entry only when alone: "AWS에"
		}
		b := s.nameBuf[:0]
		for j := i; j < len(words) && j < i+maxNameWords && len(b) < s.x.longestKey; j++ {
			b = append(b, words[j]...)
			n := int32(j - i + 1)
			found := s.findNameWords(b, q, n, false)
			for _, stem := range s.wordStems(j) {
				switch words[j][len(stem):] {
				case "은", "는", "이", "가": // the topic or subject: "Lambda는 서버리스"
					found = s.findNameWords(append(b[:len(b)-len(words[j])], stem...), q, n, false) || found
				default:
					found = s.findNameWords(append(b[:len(b)-len(words[j])], stem...), q, n, true) || found
				}
			}
			if found && j < 64 {
				covered |= (uint64(1)<<(j-i+1) - 1) << i
			}
		}
		s.nameBuf = b
	}
	listed := !s.lineHit
	content := int32(0) // words that are neither a vendor nor a particle alone
	for i, w := range words {
		if textnorm.IsVendor(hangul.StripParticle(w)) || hangul.IsParticle(w) {
			continue
		}
		content++
		if i >= 64 || covered&(1<<i) == 0 {
			listed = false
		}
	}
	allTokens := uint64(1)<<min(len(s.tokens), phraseBit) - 1
	for _, h := range s.named {
		doc := &s.x.nameDocs[h.doc]
		var score int32
		switch {
		case listed:
			score = namedTop - 2*doc.rank
			if h.stem {
				score--
			}
			score = max(score, namedLow)
		case !s.lineHit && s.entryWords[doc.entry]&allTokens == allTokens:
			// The query names the entry and its notes hold the rest:
			// "CloudTrail 로그", "SNS 알림".
			score = namedLow - 1 - doc.rank
		default:
			// As a text holding the name's words would score, counted in
			// words: a name beats a text holding as many other words of
			// the query ("ec2 instance": EC2 before Spot Instance), not one
			// holding more ("서버리스 컴퓨팅 엔진": Lambda's 서버리스 컴퓨팅
			// before the concept 서버리스).
			score = min(wordLow+190*h.words/max(content, 1)+88-doc.rank, wordTop-1)
		}
		s.offer(doc.entry, cand{score: score, doc: h.doc, how: posSpan, n: doc.nKey})
	}
}

// findNameWords notes the names whose key is key, when it is not the whole
// query, and reports whether there are any.
func (s *searcher) findNameWords(key []byte, q, words int32, stem bool) bool {
	docs, ok := s.x.exact[string(key)]
	if !ok {
		return false
	}
	m := int32(utf8.RuneCount(key))
	if m < 2 || m >= q {
		return false
	}
	for _, d := range docs {
		s.named = append(s.named, namedHit{doc: d, words: words, stem: stem})
	}
	return true
}

// nameStages runs the exact and prefix stages for one reading.
func (s *searcher) nameStages(v *variant) {
	s.exactStage(v)
	if !v.perm {
		s.choStage(v)
		s.prefixStage(v)
	}
}

func (s *searcher) exactStage(v *variant) {
	for _, d := range s.x.exact[v.key] {
		doc := &s.x.nameDocs[d]
		score := int32(exactTop) - doc.rank - v.penalty
		if v.perm {
			score = fuzzyTop - 40 - doc.rank // reordered words are a fuzzy match
		}
		s.offer(doc.entry, cand{score: score, doc: d, how: posSpan, n: doc.nKey})
	}
}

// choStage matches initial consonants: exactly (ㄹㄷ → 람다) or as a prefix.
func (s *searcher) choStage(v *variant) {
	if !v.cho {
		return
	}
	x := s.x
	for _, d := range x.cho[v.key] {
		doc := &x.nameDocs[d]
		s.offer(doc.entry, cand{score: exactLow + 50 - doc.rank - v.penalty, doc: d, how: posSpan, n: doc.nKey})
	}
	i := sort.Search(len(x.byCho), func(i int) bool { return x.nameDocs[x.byCho[i]].cho >= v.key })
	for ; i < len(x.byCho); i++ {
		d := x.byCho[i]
		doc := &x.nameDocs[d]
		if !strings.HasPrefix(doc.cho, v.key) {
			break
		}
		if len(doc.cho) == len(v.key) {
			continue
		}
		cover := int32(100 * len(v.key) / len(doc.cho))
		score := max(prefixLow+cover-2*doc.rank-v.penalty, prefixLow)
		s.offer(doc.entry, cand{score: score, doc: d, how: posSpan, n: int32(len(v.runes))})
	}
	// Inside a name, as a whole-syllable query would be found there: ㅌㄹㅇ
	// in 클라우드트레일 as 트레일 is. Two consonants only at a word start.
	nq := int32(len(v.runes))
	if nq < 2 {
		return
	}
	for _, off := range x.chos.Lookup([]byte(v.key), 4*len(x.byCho)) {
		i, keyOff := docAt(x.choStart, off)
		if keyOff == 0 {
			continue // a prefix: found above
		}
		d := x.byCho[i]
		doc := &x.nameDocs[d]
		roff := int32(utf8.RuneCountInString(doc.cho[:keyOff]))
		if nq < 3 && !doc.startsWord(doc.keyPos[roff]) {
			continue
		}
		score := int32(fuzzyTop-150) + 40*nq/doc.nKey - doc.rank - v.penalty
		s.offer(doc.entry, cand{score: max(score, fuzzyLow), doc: d, how: posSpan, off: roff, n: nq})
	}
}

// prefixStage finds names that start with the query, compared jamo by jamo
// so that a half-typed last syllable matches: 클라우ㄷ and 클라욷 are both
// ㅋㅡㄹㄹㅏㅇㅜㄷ, a prefix of 클라우드.
func (s *searcher) prefixStage(v *variant) {
	x := s.x
	i := sort.Search(len(x.byJamo), func(i int) bool { return x.nameDocs[x.byJamo[i]].jamoS >= v.jamoS })
	for ; i < len(x.byJamo); i++ {
		d := x.byJamo[i]
		doc := &x.nameDocs[d]
		if !strings.HasPrefix(doc.jamoS, v.jamoS) {
			break
		}
		if doc.key == v.key {
			continue
		}
		if len(doc.jamo) == len(v.jamo) {
			// The whole name, its syllables typed jamo by jamo or split
			// differently ("ㄹㅏㅁㄷㅏ", "람ㄷㅏ" for 람다): an exact match.
			score := int32(exactLow+40) - doc.rank - v.penalty
			s.offer(doc.entry, cand{score: score, doc: d, how: posSpan, n: doc.nKey})
			continue
		}
		score := int32(prefixLow + 20)
		score += int32(99 * len(v.jamo) / len(doc.jamo))
		if strings.HasPrefix(doc.key, v.key) {
			score += 60 // whole syllables
		}
		score = max(score-2*doc.rank-v.penalty, prefixLow)
		n := doc.jamoAt[len(v.jamo)-1] + 1
		s.offer(doc.entry, cand{score: score, doc: d, how: posSpan, n: n})
	}
}

// substringStage finds names with the query inside them: "trail" in
// CloudTrail. A short query inside a word of a long name (로그 in 서비스
// 카탈로그) is a loose match and ranks below text holding it as a word. It
// reports whether it found any.
func (s *searcher) substringStage(v *variant) bool {
	nq := len(v.runes)
	if nq < 2 && !(nq == 1 && hangul.IsSyllable(v.runes[0])) || v.cho {
		return false
	}
	x := s.x
	short := isShort(v.runes)
	hits := x.names.Lookup([]byte(v.key), 4*len(x.nameDocs))
	for _, off := range hits {
		d, keyOff := docAt(x.nameStart, off)
		if keyOff == 0 {
			continue // a prefix: found already
		}
		doc := &x.nameDocs[d]
		if s.best[doc.entry].score >= fuzzyTop-10 {
			continue
		}
		roff := int32(utf8.RuneCountInString(doc.key[:keyOff]))
		score := int32(fuzzyTop-50) + int32(40*nq)/doc.nKey - doc.rank - v.penalty
		if short && !doc.startsWord(doc.keyPos[roff]) {
			score = weakScore(int32(nq), doc.nKey, doc.rank, v.penalty)
		}
		s.offer(doc.entry, cand{score: score, doc: int32(d), how: posSpan, off: roff, n: int32(nq)})
	}
	return len(hits) > 0
}

// halfTyped reports whether the last rune of a query may be a syllable
// typed half-way: a lone jamo ("대시보ㄷ") or a syllable with a final
// consonant that may be the next syllable's initial ("대시볻").
func halfTyped(runes []rune) bool {
	if len(runes) < 2 {
		return false
	}
	last := runes[len(runes)-1]
	return hangul.IsJamo(last) || hangul.HasBatchim(last)
}

// halfSubstringStage finds names with the query inside them down to a
// half-typed last syllable, as prefixStage does at their start: 대시볻 in
// 헬스 대시보드. It runs only when the query as typed is inside no name.
func (s *searcher) halfSubstringStage(v *variant) {
	if v.cho || !halfTyped(v.runes) {
		return
	}
	x := s.x
	nq := len(v.runes)
	head := v.key[:len(v.key)-utf8.RuneLen(v.runes[nq-1])]
	short := isShort(v.runes)
	for _, off := range x.names.Lookup([]byte(head), 4*len(x.nameDocs)) {
		d, keyOff := docAt(x.nameStart, off)
		doc := &x.nameDocs[d]
		if keyOff == 0 || s.best[doc.entry].score >= fuzzyTop-10 || !hangul.HasPrefix(doc.key[keyOff:], v.key) {
			continue
		}
		roff := int32(utf8.RuneCountInString(doc.key[:keyOff]))
		j0 := slices.Index(doc.jamoAt, roff)
		if j0 < 0 || j0+len(v.jamo) > len(doc.jamoAt) {
			continue
		}
		n := doc.jamoAt[j0+len(v.jamo)-1] - roff + 1
		score := int32(fuzzyTop-60) + int32(40*nq)/doc.nKey - doc.rank - v.penalty
		if short && !doc.startsWord(doc.keyPos[roff]) {
			score = weakScore(int32(nq), doc.nKey, doc.rank, v.penalty)
		}
		s.offer(doc.entry, cand{score: score, doc: int32(d), how: posSpan, off: roff, n: n})
	}
}

// maxEdits is how many typos a query may have, by its length: one for five
// to eight letters, two up to fourteen, three beyond. The distance is
// measured in jamo, but a Hangul syllable counts as two and a half letters:
// two syllables are a short word however many jamo they hold.
func maxEdits(runes []rune) int {
	w := 0 // in half letters
	for _, r := range runes {
		if hangul.IsSyllable(r) {
			w += 5
		} else {
			w += 2
		}
	}
	switch {
	case w < 10:
		return 0
	case w < 18:
		return 1
	case w < 30:
		return 2
	}
	return 3
}

// typoStage compares the query with every name by Damerau–Levenshtein
// distance (optimal string alignment, jamo by jamo), after cheap filters on
// length and letters that rule most names out.
func (s *searcher) typoStage(vi int) {
	v := &s.variants[vi]
	nq := len(v.jamo)
	k := maxEdits(v.runes)
	if k == 0 || v.cho || nq > 96 {
		return
	}
	kPrefix := 0 // typos in a prefix: only for longer queries, one fewer
	if k >= 2 {
		kPrefix = k - 1
	}
	const top = fuzzyTop - 100 // 599: one typo scores 569
	for d := range s.x.nameDocs {
		doc := &s.x.nameDocs[d]
		if s.best[doc.entry].score >= top {
			continue
		}
		diff := len(doc.jamo) - nq
		lack := missing(v.mask, doc.mask)
		if lack > k || diff < -k {
			continue
		}
		fullOK := diff <= k && missing(doc.mask, v.mask) <= k
		prefixOK := diff > 0 && kPrefix > 0 && lack <= kPrefix
		if !fullOK && !prefixOK {
			continue
		}
		full, pre := s.osa(v.jamo, doc.jamo, k)
		var score int32
		switch {
		case fullOK && full <= k:
			score = top - 30*int32(full)
		case prefixOK && pre <= kPrefix && pre > 0:
			score = top - 60 - 30*int32(pre)
		default:
			continue
		}
		score -= doc.rank + v.penalty
		s.offer(doc.entry, cand{score: max(score, fuzzyLow+100), doc: int32(d), how: posGreedy, n: int32(vi)})
	}
}

// osa returns the optimal string alignment distance between a and b, and the
// least distance between a and a prefix of b, each capped at k+1. Only the
// band of cells within k of the diagonal is computed (Ukkonen): any
// alignment leaving it costs more than k.
func (s *searcher) osa(a, b []rune, k int) (full, prefix int) {
	n, m := len(a), len(b)+1
	inf := k + 1
	if cap(s.osaBuf) < 3*m {
		s.osaBuf = make([]int, 3*m)
	}
	buf := s.osaBuf[:3*m]
	prev2, prev, cur := buf[:m], buf[m:2*m], buf[2*m:]
	for j := range prev {
		prev[j] = min(j, inf)
	}
	if k+1 < m {
		prev[k+1] = inf // the cell past row 0's band
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-k), min(m-1, i+k)
		cur[0] = min(i, inf)
		if lo > 1 {
			cur[lo-1] = inf
		}
		rowMin := cur[0]
		if lo > 1 {
			rowMin = inf
		}
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			v = min(v, inf)
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if hi+1 < m {
			cur[hi+1] = inf
		}
		if rowMin > k {
			return inf, inf
		}
		prev2, prev, cur = prev, cur, prev2
	}
	full, prefix = inf, inf
	if n-(m-1) <= k && (m-1)-n <= k {
		full = prev[m-1]
	}
	for j := max(0, n-k); j <= min(m-1, n+k); j++ {
		prefix = min(prefix, prev[j])
	}
	return full, prefix
}

// collect looks every token (and its particle-free forms), and the whole
// query run together, up in a suffix array over docs, and returns the docs
// found, in order, with s.masks[doc] saying which tokens each holds and
// s.wmasks[doc] which of them start a word there. Over the text docs
// (text), it also looks up each token's synonyms, and a token found
// nowhere is read with a half-typed last syllable.
func (s *searcher) collect(sa *suffixarray.Index, starts []int32, text bool, tokens, stripped, alt []string, phrase bool) []int32 {
	// Every mask is zero but those of the docs the last call touched.
	all, wall, lall := s.masks[:cap(s.masks)], s.wmasks[:cap(s.wmasks)], s.lmasks[:cap(s.lmasks)]
	for _, d := range s.touched {
		if int(d) < len(all) {
			all[d] = 0
		}
		if int(d) < len(wall) {
			wall[d] = 0
		}
		if int(d) < len(lall) {
			lall[d] = 0
		}
	}
	n := len(starts)
	if len(all) < n {
		all = make([]uint64, n)
	}
	if len(wall) < n {
		wall = make([]uint64, n)
	}
	if len(lall) < n {
		lall = make([]uint64, n)
	}
	s.masks, s.wmasks, s.lmasks = all[:n], wall[:n], lall[:n]
	literal := true // the lookups below are of the query's own words
	touched := s.touched[:0]
	maxHits := min(4*n, 1024)
	budget := maxQueryHits // over all lookups but the whole query's
	x := s.x
	add := func(off int, bits uint64) {
		var d int
		if text {
			d = x.textDocAt(off)
		} else {
			d, _ = docAt(starts, off)
		}
		if s.masks[d] == 0 {
			touched = append(touched, int32(d))
		}
		s.masks[d] |= bits
		if literal {
			s.lmasks[d] |= bits
		}
		if !text || x.startsWordAt(off) {
			s.wmasks[d] |= bits
		}
	}
	look := func(t string, bits uint64) int {
		phrase := bits&(1<<phraseBit) != 0
		if t == "" || budget <= 0 && !phrase {
			return 0
		}
		limit := maxHits
		if !phrase {
			limit = min(limit, budget)
		}
		hits := sa.Lookup([]byte(t), limit)
		if !phrase {
			budget -= len(hits)
		}
		for _, off := range hits {
			add(off, bits)
		}
		return len(hits)
	}
	synonyms := func(t string, bits uint64) {
		literal = false
		for _, syn := range x.synonyms[t] {
			look(syn, bits)
		}
		literal = true
	}
	var common uint64 // tokens with more places than maxHits lists
	for i, t := range tokens {
		bit := uint64(1) << uint(i)
		found := 0
		for k, f := range [...]string{t, at(stripped, i), at(alt, i)} {
			if f == "" || k > 0 && f == t || k == 2 && f == stripped[i] {
				continue
			}
			n := look(f, bit)
			if n >= maxHits || budget <= 0 {
				common |= bit
			}
			found += n
		}
		if !text {
			continue
		}
		synonyms(t, bit)
		if stripped[i] != t {
			synonyms(stripped[i], bit)
		}
		if found == 0 && budget > 0 {
			budget -= s.lookHalf(t, bit, min(budget, maxHalfHits), add)
		}
	}
	if text && common != 0 && common != uint64(1)<<min(len(tokens), phraseBit)-1 {
		s.touched = touched
		s.verifyCommon(tokens, stripped, common)
	}
	if text && len(tokens) > 1 {
		// Synonyms of two or three words together: "가상 머신", "사용자 인증을".
		for i := range tokens {
			b := s.nameBuf[:0]
			b = append(b, stripped[i]...)
			for j := i + 1; j < len(tokens) && j < i+3; j++ {
				b = append(b[:len(b)-len(stripped[j-1])], tokens[j-1]...)
				b = append(b, stripped[j]...)
				if syns, ok := x.synonyms[string(b)]; ok {
					bits := (uint64(1)<<(j-i+1) - 1) << i
					literal = false
					for _, syn := range syns {
						look(syn, bits)
					}
					literal = true
				}
			}
			s.nameBuf = b
		}
	}
	if phrase && s.multi {
		// The whole query in one run holds every token, even where a
		// token too common to list every place of (maxHits) missed it.
		every := uint64(1)<<phraseBit | uint64(1)<<min(len(tokens), phraseBit) - 1
		look(s.phrase, every)
		if s.phraseP != s.phrase {
			look(s.phraseP, every)
		}
	}
	if !text {
		slices.Sort(touched) // few: names; texts need no order (see offer)
	}
	s.touched = touched
	return touched
}

// at returns list[i], or "" past its end.
func at(list []string, i int) string {
	if i < len(list) {
		return list[i]
	}
	return ""
}

// maxVerify bounds the docs verifyCommon reads, over all common tokens.
const maxVerify = 512

// maxQueryHits bounds the places collect lists for one query, over all its
// tokens and their forms and synonyms: a few tokens get up to maxHits each,
// a long query of common words shares them out.
const maxQueryHits = 4096

// verifyCommon finds the common tokens ("aws", "서비스") in the docs the
// other tokens found: the suffix array listed only maxHits of their places,
// which may have left those docs out. A doc is read once per token, up to
// maxVerify docs in all; a query of nothing but common words keeps what
// the suffix array listed.
func (s *searcher) verifyCommon(tokens, stripped []string, common uint64) {
	x := s.x
	budget := maxVerify
	for i, t := range tokens {
		bit := uint64(1) << uint(i)
		if common&bit == 0 {
			continue
		}
		for _, d := range s.touched {
			if s.lmasks[d]&bit != 0 || s.masks[d]&^common == 0 {
				continue // has it already, or was found by common tokens only
			}
			if budget--; budget < 0 {
				return
			}
			key := x.textDocs[d].key
			at := strings.Index(key, t)
			if at < 0 && i < len(stripped) && stripped[i] != t {
				at = strings.Index(key, stripped[i])
			}
			if at < 0 {
				continue
			}
			s.masks[d] |= bit
			s.lmasks[d] |= bit
			if x.startsWordAt(int(x.textStart[d]) + at) {
				s.wmasks[d] |= bit
			}
		}
	}
}

// lookHalf looks a token up with its last syllable typed half-way, as
// halfSubstringStage does in names: "대시볻" finds "대시보드".
func (s *searcher) lookHalf(t string, bit uint64, maxHits int, add func(int, uint64)) int {
	rs := s.runeBuf[:0]
	for _, r := range t {
		rs = append(rs, r)
	}
	s.runeBuf = rs
	if !halfTyped(rs) {
		return 0
	}
	head := t[:len(t)-utf8.RuneLen(rs[len(rs)-1])]
	x := s.x
	data := x.textData
	hits := x.texts.Lookup([]byte(head), maxHits)
	for _, off := range hits {
		end := min(off+len(t)+8, len(data))
		if hangul.HasPrefix(data[off:end], t) {
			add(off, bit)
		}
	}
	return len(hits)
}

// maxHalfHits bounds the places of a half-typed word's whole syllables
// that lookHalf reads on.
const maxHalfHits = 512

// coverageStage finds names holding every word of the query in any order:
// "compute elastic" in Elastic Compute Cloud.
func (s *searcher) coverageStage() {
	words := s.tokens
	if len(words) > 1 && textnorm.IsVendor(words[0]) {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 16 {
		return
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 {
			return
		}
	}
	all := uint64(1)<<len(words) - 1
	for _, d := range s.collect(s.x.names, s.x.nameStart, false, words, nil, nil, false) {
		if s.masks[d] != all {
			continue
		}
		doc := &s.x.nameDocs[d]
		n := int32(0)
		for _, w := range words {
			n += int32(utf8.RuneCountInString(w))
		}
		score := int32(fuzzyTop-160) + 40*min(n, doc.nKey)/doc.nKey - doc.rank
		s.offer(doc.entry, cand{score: score, doc: d, how: posTokens})
	}
}

// maxSubsequence is the longest query subsequenceStage hands to
// sahilm/fuzzy: letters in order are how abbreviations are typed ("cldtrl");
// longer queries are served by the typo and word stages.
const maxSubsequence = 16

// nameSource lets fuzzy match over some name docs' texts without copying.
type nameSource struct{ s *searcher }

func (n nameSource) String(i int) string { return n.s.keys[i] }
func (n nameSource) Len() int            { return len(n.s.keys) }

// subsequenceStage finds names holding the query's letters in order, either
// close together ("cldtrl" in CloudTrail) or at the starts of words ("ecc"
// in Elastic Compute Cloud). sahilm/fuzzy places the letters in the name as
// written, where its bonuses for word and camel-case starts apply. Its score
// is not used: it counts bytes (ranking Hangul below Latin) and overflows on
// long runs of matches; the score here comes from rune offsets alone.
func (s *searcher) subsequenceStage() {
	v := &s.variants[0]
	nq := len(v.runes)
	// sahilm/fuzzy's bonus for adjacent matches triples with each one and
	// overflows int64 after about 40, dropping the match: stay well short.
	// A longer query inside a name is found by substringStage anyway.
	if nq < 2 || nq > maxSubsequence || v.cho {
		return
	}
	s.keys, s.keyDocs = s.keys[:0], s.keyDocs[:0]
	for d := range s.x.nameDocs {
		doc := &s.x.nameDocs[d]
		if doc.nKey <= int32(nq) || missing(v.mask, doc.mask) > 0 || s.best[doc.entry].score >= fuzzyLow+99 {
			continue
		}
		s.keys = append(s.keys, doc.text)
		s.keyDocs = append(s.keyDocs, int32(d))
	}
	if len(s.keys) == 0 {
		return
	}
	for _, m := range fuzzy.FindFromNoSort(v.key, nameSource{s}) {
		d := s.keyDocs[m.Index]
		doc := &s.x.nameDocs[d]
		pos := runeOffsets(doc.text, m.MatchedIndexes, s.posBuf[:0])
		s.posBuf = pos
		score, ok := subsequenceScore(pos, nq, doc)
		if !ok {
			continue
		}
		// Three letters or fewer scattered over a long name ("DNS" in
		// reserveD INStances) are loose unless each starts a word, as an
		// abbreviation's letters do ("ELB").
		if nq <= 3 && !allStartWords(pos, doc) {
			score = weakScore(int32(nq), doc.nKey, doc.rank, 0)
		}
		s.offer(doc.entry, cand{score: score, doc: d, how: posSubseq})
	}
}

// subsequenceScore scores letters placed at rune offsets pos of a name's
// text. They must all be there, and each run of them must start a word or
// lie close to the others.
func subsequenceScore(pos []int32, nq int, doc *nameDoc) (int32, bool) {
	if len(pos) != nq {
		return 0, false
	}
	gaps, starts := int32(0), int32(0)
	for i, p := range pos {
		if i > 0 && p == pos[i-1]+1 {
			continue
		}
		if i > 0 {
			gaps++
		}
		if doc.startsWord(p) {
			starts++
		}
	}
	compact := 2*nq >= int(pos[nq-1]-pos[0]+1)
	if !compact && starts < gaps+1 {
		return 0, false // letters scattered over a long name are no match
	}
	score := int32(fuzzyLow) + 40*int32(nq)/doc.nKey + 30/(1+gaps) + 20*starts/(gaps+1) - doc.rank
	return min(max(score, fuzzyLow), fuzzyLow+99), true
}

// allStartWords reports whether each rune offset of a name's text begins a
// word.
func allStartWords(pos []int32, doc *nameDoc) bool {
	for _, p := range pos {
		if !doc.startsWord(p) {
			return false
		}
	}
	return true
}

// runeOffsets converts byte offsets into s (as sahilm/fuzzy reports them)
// to rune offsets, dropping any that do not start a rune.
func runeOffsets(s string, byteIdx []int, dst []int32) []int32 {
	r, b := int32(0), 0
	for _, want := range byteIdx {
		if want < b || want >= len(s) {
			continue
		}
		for b < want {
			_, size := utf8.DecodeRuneInString(s[b:])
			b += size
			r++
		}
		if b == want {
			dst = append(dst, r)
		}
	}
	return dst
}

// textStage finds the query's words in the notes' text. A doc scores by how
// much of the query it holds, how much of itself the query covers (so the
// line a sentence was pasted from beats a longer one that holds it), and
// whether the query appears in it as one run. Words found only inside other
// words ("가용" in "전문가용") count for little, and a doc holding nothing
// else ranks below every doc that holds a word of the query as a word.
func (s *searcher) textStage() {
	var q int32
	for _, u := range s.units {
		q += u
	}
	if q == 0 {
		return
	}
	clear(s.entryWords)
	s.unitTable()
	for _, d := range s.collect(s.x.texts, s.x.textStart, true, s.tokens, s.stripped, s.alt, true) {
		mask, whole := s.masks[d], s.wmasks[d]
		if s.lmasks[d] == 0 {
			continue // a synonym widens a word of the query; it finds nothing alone
		}
		mw, mi := s.unitsOf(whole), s.unitsOf(mask&^whole)
		m := mw + mi
		if m < 2 && m < q {
			continue
		}
		doc := &s.x.textDocs[d]
		cover := min(m, doc.nKey)
		var score int32
		if mw > 0 {
			score = wordLow + 190*(mw+mi/3)/q + 60*cover/doc.nKey
			if doc.name {
				score -= 30 * cover / doc.nKey // a name is short: its coverage says less
			}
			switch {
			case whole&(1<<phraseBit) != 0:
				score += 29
			case mask&(1<<phraseBit) != 0:
				score += 10
			}
			if doc.field == FieldCase {
				score -= 10 // a long situation, not a line about the entry
			}
			score = min(max(score, wordLow), wordTop)
		} else {
			score = innerLow + 40*m/q + 10*cover/doc.nKey
			if mask&(1<<phraseBit) != 0 {
				score += 8
			}
			score = min(score, innerTop)
		}
		s.offer(doc.entry, cand{score: score, doc: d, text: true, how: posTokens, mask: s.lmasks[d]})
		if mw > 0 {
			if s.docsHit[doc.entry] == 0 {
				s.hitEntries = append(s.hitEntries, doc.entry)
			}
			s.docsHit[doc.entry]++
			s.entryWords[doc.entry] |= whole & s.lmasks[d]
		}
	}
	for _, e := range s.hitEntries {
		b := &s.best[e]
		if !b.text || b.score < wordLow || b.score >= wordTop {
			s.docsHit[e] = 0
			continue
		}
		// An entry whose notes hold the query's words as words, in
		// different lines, scores a little less than one line holding
		// them would: "이미지 분석" finds Rekognition's 이미지 and 얼굴 분석.
		mu := s.unitsOf(s.entryWords[e])
		b.score = max(b.score, wordLow+150*mu/q)
		// An entry whose notes hold the query's words in several places
		// is about them: a little more for each further piece ("로그" is
		// all over CloudTrail's and CloudWatch's notes).
		if n := int32(s.docsHit[e]); n > 1 {
			b.score = min(b.score+min(2*(n-1), 10), wordTop)
		}
		s.docsHit[e] = 0
	}
	s.hitEntries = s.hitEntries[:0]
}

// unitTable fills s.unitTab so that unitsOf sums the runes of the tokens a
// mask holds in four lookups, whatever the number of tokens.
func (s *searcher) unitTable() {
	clear(s.unitTab[:])
	for c := range s.unitTab {
		for b := 1; b < 256; b++ {
			low := b & -b // the lowest bit, and the sum for the rest
			t := c*8 + bits.TrailingZeros(uint(low))
			u := int32(0)
			if t < len(s.units) {
				u = s.units[t]
			}
			s.unitTab[c][b] = s.unitTab[c][b&^low] + u
		}
	}
}

// unitsOf returns the runes of the tokens mask holds (phrase bit aside).
func (s *searcher) unitsOf(mask uint64) int32 {
	return s.unitTab[0][mask&0xff] + s.unitTab[1][mask>>8&0xff] + s.unitTab[2][mask>>16&0xff] + s.unitTab[3][mask>>24&0xff]
}

// namePositions finds the key runes of a name doc that the match covers.
func (s *searcher) namePositions(d *nameDoc, c cand) []int32 {
	switch c.how {
	case posSpan:
		out := s.posBuf[:0]
		for i := c.off; i < c.off+c.n && i < d.nKey; i++ {
			out = append(out, i)
		}
		s.posBuf = out
		return out
	case posGreedy:
		v := &s.variants[0]
		if int(c.n) < len(s.variants) {
			v = &s.variants[c.n]
		}
		return s.aligned(d.key, v.runes)
	}
	return s.tokenPositions(d.key, false, ^uint64(0))
}

func (s *searcher) textPositions(d *textDoc, c cand) []int32 {
	return s.tokenPositions(d.key, true, c.mask)
}

// aligned marks the runes of key that a longest common subsequence with
// runes keeps: the letters a query with typos got right. Matching left to
// right instead would stop early at a transposition: for "lmabda" it marks
// only l, m and the last a of lambda, where l, a, b, d, a (or l, m, b, d, a)
// line up.
func (s *searcher) aligned(key string, runes []rune) []int32 {
	kr := s.runeBuf[:0]
	for _, r := range key {
		kr = append(kr, r)
	}
	s.runeBuf = kr
	n, m := len(kr), len(runes)
	w := m + 1
	if cap(s.lcsBuf) < (n+1)*w {
		s.lcsBuf = make([]int32, (n+1)*w)
	}
	t := s.lcsBuf[:(n+1)*w]
	// t[i*w+j]: the longest common subsequence of kr[i:] and runes[j:].
	for j := 0; j <= m; j++ {
		t[n*w+j] = 0
	}
	for i := n - 1; i >= 0; i-- {
		t[i*w+m] = 0
		for j := m - 1; j >= 0; j-- {
			switch {
			case kr[i] == runes[j]:
				t[i*w+j] = t[(i+1)*w+j+1] + 1
			default:
				t[i*w+j] = max(t[(i+1)*w+j], t[i*w+j+1])
			}
		}
	}
	out := s.posBuf[:0]
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case kr[i] == runes[j] && t[i*w+j] == t[(i+1)*w+j+1]+1:
			out = append(out, int32(i))
			i++
			j++
		case t[(i+1)*w+j] >= t[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	s.posBuf = out
	return out
}

// maxMarkedTokens is the most tokens tokenPositions marks in one text.
const maxMarkedTokens = 8

// tokenPositions marks where the whole query, or failing that each token
// that mask says is there, first occurs in key. Tokens found only through
// a synonym mark nothing: the marks are the query's own letters.
func (s *searcher) tokenPositions(key string, phrase bool, mask uint64) []int32 {
	spans := s.spanBuf[:0] // byte offset and length in key of each mark
	mark := func(t string) bool {
		i := strings.Index(key, t)
		if i < 0 || t == "" {
			return false
		}
		spans = append(spans, [2]int32{int32(i), int32(len(t))})
		return true
	}
	if !(phrase && mask&(1<<phraseBit) != 0 && (mark(s.phrase) || mark(s.phraseP))) {
		marked := 0
		for i, t := range s.tokens {
			if i < phraseBit && mask&(1<<i) == 0 {
				continue
			}
			if marked++; marked > maxMarkedTokens {
				break // enough to show where the text answers a long query
			}
			if !mark(t) && !mark(s.stripped[i]) {
				mark(s.alt[i])
			}
		}
	}
	s.spanBuf = spans
	slices.SortFunc(spans, func(a, b [2]int32) int { return int(a[0] - b[0]) })
	// One walk over key turns the byte spans into rune indexes.
	out := s.posBuf[:0]
	r, b := int32(0), 0
	for _, sp := range spans {
		for b < int(sp[0]) {
			_, size := utf8.DecodeRuneInString(key[b:])
			b += size
			r++
		}
		rb, rr := b, r
		for rb < int(sp[0]+sp[1]) {
			out = append(out, rr)
			_, size := utf8.DecodeRuneInString(key[rb:])
			rb += size
			rr++
		}
	}
	s.posBuf = out
	return out
}

// subsequencePositions places the first variant in a name's text again, as
// subsequenceStage did, returning rune offsets into the text.
func (s *searcher) subsequencePositions(d *nameDoc) []int32 {
	var one [1]string
	one[0] = d.text
	ms := fuzzy.Find(s.variants[0].key, one[:])
	if len(ms) == 0 {
		return nil
	}
	s.posBuf = runeOffsets(d.text, ms[0].MatchedIndexes, s.posBuf[:0])
	return s.posBuf
}
