package awsnotes

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

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
	x         *searchTables
	best      []cand
	found     int // entries with a candidate
	order     []int32
	raw       string     // the query as given, cut to maxQueryBytes
	words     []string   // the query's words, folded, in order: substrings of folded
	inorder   []string   // the words setWords was given (words, or a QWERTY reading's)
	tokens    []string   // the words the word stages look up (see wordsOnly)
	stripped  []string   // the same without a trailing particle
	alt       []string   // the same without the shortest particle it may end in
	stems     []string   // the particle-free forms of each word of inorder…
	stemEnd   []int32    // …ending, for word i, at stemEnd[i]
	readStems []string   // scratch for addReading
	tmp       []string   // scratch
	qwerty    [][]string // the words of each QWERTY reading, for the text
	nameBuf   []byte
	units     []int32 // runes of each stripped token
	phrase    string  // the tokens run together
	phraseP   string  // the stripped tokens run together
	multi     bool    // the query has more than one word
	permTypos bool    // look for typos in reordered words too
	variants  []variant
	osaBuf    []int
	masks     []uint64 // per doc: which tokens it holds (collect)
	touched   []int32  // docs with a non-zero mask
	keys      []string
	keyDocs   []int32
	runeBuf   []rune
	lcsBuf    []int32
	posBuf    []int32
}

var searchers = sync.Pool{New: func() any { return new(searcher) }}

func (s *searcher) reset(x *searchTables) {
	s.x = x
	if cap(s.best) < x.entries {
		s.best = make([]cand, x.entries)
	}
	s.best = s.best[:x.entries]
	clear(s.best)
	s.found = 0
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
	if c.score > b.score {
		if b.score == 0 {
			s.found++
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
	if len(words) > 1 && (words[0] == "aws" || words[0] == "amazon") {
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
		if content && hangul.IsParticle(t) {
			continue // "EC2 는": the particle is in nearly every text
		}
		if long && s.units[i] < 2 && !strings.ContainsFunc(s.stripped[i], hangul.IsSyllable) {
			continue
		}
		s.tokens[j], s.stripped[j], s.alt[j], s.units[j] = t, s.stripped[i], s.alt[i], s.units[i]
		j++
	}
	s.tokens, s.stripped, s.alt, s.units = s.tokens[:j], s.stripped[:j], s.alt[:j], s.units[:j]
}

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
	h := hangul.QwertyToHangul(raw)
	if !strings.ContainsFunc(h, hangul.IsSyllable) {
		return
	}
	toks := tokenize(textnorm.Fold(h), nil)
	if len(toks) > 0 && s.addReading(toks, penalty, true) {
		s.qwerty = append(s.qwerty, toks)
	}
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
	qwerty := s.found == 0
	if qwerty {
		s.addQwertyReadings()
		for i := range s.variants {
			if v := &s.variants[i]; v.qwerty {
				s.nameStages(v)
			}
		}
	}
	if s.found >= limit {
		return
	}
	for i := range s.variants {
		v := &s.variants[i]
		if v.qwerty && !qwerty {
			continue
		}
		if !v.perm {
			s.substringStage(v)
		}
		if !v.perm || s.permTypos && s.found == 0 {
			s.typoStage(i)
		}
	}
	s.coverageStage()
	s.subsequenceStage()
	if s.found >= limit {
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

// maxNameWords is the most words a name found among the query's words may
// span ("elastic compute cloud" is three).
const maxNameWords = 6

// nameWordStage finds entries named by a run of the query's words, with or
// without a particle: "lambda" in "lambda function", "람다" in "람다란
// 무엇인가". The rest of the query is about something else, so these rank
// with the text matches, scored as a text holding those words would be,
// plus a bonus for being a name: above any text holding only the name's
// words, below the text that holds the whole query (a line pasted from the
// notes still finds its own entry first).
func (s *searcher) nameWordStage() {
	var q int32
	for _, u := range s.units {
		q += u
	}
	words := s.inorder
	if q == 0 || len(words) < 2 {
		return // one word: the name stages have tried it
	}
	for i := range words {
		if words[i] == "aws" || words[i] == "amazon" {
			continue // a vendor names the AWS entry only when alone
		}
		b := s.nameBuf[:0]
		for j := i; j < len(words) && j < i+maxNameWords && len(b) < s.x.longestKey; j++ {
			b = append(b, words[j]...)
			s.offerNameWords(b, q)
			for _, stem := range s.wordStems(j) {
				s.offerNameWords(append(b[:len(b)-len(words[j])], stem...), q)
			}
		}
		s.nameBuf = b
	}
}

func (s *searcher) offerNameWords(key []byte, q int32) {
	docs, ok := s.x.exact[string(key)]
	if !ok {
		return
	}
	m := int32(utf8.RuneCount(key))
	if m < 2 || m >= q {
		return
	}
	for _, d := range docs {
		doc := &s.x.nameDocs[d]
		score := int32(textLow) + 250*m/q + 80 + 60 - doc.rank
		s.offer(doc.entry, cand{score: min(score, textTop-10), doc: d, how: posSpan, n: doc.nKey})
	}
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
// CloudTrail.
func (s *searcher) substringStage(v *variant) {
	nq := len(v.runes)
	if nq < 2 && !(nq == 1 && hangul.IsSyllable(v.runes[0])) || v.cho {
		return
	}
	x := s.x
	for _, off := range x.names.Lookup([]byte(v.key), 4*len(x.nameDocs)) {
		d, keyOff := docAt(x.nameStart, off)
		if keyOff == 0 {
			continue // a prefix: found already
		}
		doc := &x.nameDocs[d]
		if s.best[doc.entry].score >= fuzzyTop-10 {
			continue
		}
		score := int32(fuzzyTop-50) + int32(40*nq)/doc.nKey - doc.rank - v.penalty
		roff := int32(utf8.RuneCountInString(doc.key[:keyOff]))
		s.offer(doc.entry, cand{score: score, doc: int32(d), how: posSpan, off: roff, n: int32(nq)})
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

// collect looks every token (and its particle-free form), and the whole
// query run together, up in a suffix array over docs, and returns the docs
// found, in order, with s.masks[doc] saying which tokens each holds.
func (s *searcher) collect(sa *suffixarray.Index, starts []int32, tokens, stripped, alt []string, phrase bool) []int32 {
	// Every mask is zero but those of the docs the last call touched.
	all := s.masks[:cap(s.masks)]
	for _, d := range s.touched {
		if int(d) < len(all) {
			all[d] = 0
		}
	}
	n := len(starts)
	if len(all) < n {
		all = make([]uint64, n)
	}
	s.masks = all[:n]
	touched := s.touched[:0]
	maxHits := min(4*n, 1024)
	look := func(t string, bit uint) {
		for _, off := range sa.Lookup([]byte(t), maxHits) {
			d, _ := docAt(starts, off)
			if s.masks[d] == 0 {
				touched = append(touched, int32(d))
			}
			s.masks[d] |= 1 << bit
		}
	}
	for i, t := range tokens {
		look(t, uint(i))
		if i < len(stripped) && stripped[i] != t {
			look(stripped[i], uint(i))
		}
		if i < len(alt) && alt[i] != t && alt[i] != stripped[i] {
			look(alt[i], uint(i))
		}
	}
	if phrase && s.multi {
		look(s.phrase, phraseBit)
		if s.phraseP != s.phrase {
			look(s.phraseP, phraseBit)
		}
	}
	slices.Sort(touched)
	s.touched = touched
	return touched
}

// coverageStage finds names holding every word of the query in any order:
// "compute elastic" in Elastic Compute Cloud.
func (s *searcher) coverageStage() {
	words := s.tokens
	if len(words) > 1 && (words[0] == "aws" || words[0] == "amazon") {
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
	for _, d := range s.collect(s.x.names, s.x.nameStart, words, nil, nil, false) {
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
		if ok {
			s.offer(doc.entry, cand{score: score, doc: d, how: posSubseq})
		}
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
// whether the query appears in it as one run.
func (s *searcher) textStage() {
	var q int32
	for _, u := range s.units {
		q += u
	}
	if q == 0 {
		return
	}
	for _, d := range s.collect(s.x.texts, s.x.textStart, s.tokens, s.stripped, s.alt, true) {
		mask := s.masks[d]
		var m int32
		for t, u := range s.units {
			if mask&(1<<t) != 0 {
				m += u
			}
		}
		phrase := mask&(1<<phraseBit) != 0
		if m < 2 && m < q {
			continue
		}
		doc := &s.x.textDocs[d]
		score := int32(textLow) + 250*m/q + 80*min(m, doc.nKey)/doc.nKey
		if phrase {
			score += 60
		}
		s.offer(doc.entry, cand{score: min(score, textTop), doc: d, text: true, how: posTokens})
	}
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
	return s.tokenPositions(d.key, false)
}

func (s *searcher) textPositions(d *textDoc, c cand) []int32 {
	return s.tokenPositions(d.key, true)
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

// tokenPositions marks where the whole query, or failing that each token,
// first occurs in key.
func (s *searcher) tokenPositions(key string, phrase bool) []int32 {
	out := s.posBuf[:0]
	mark := func(t string) bool {
		i := strings.Index(key, t)
		if i < 0 || t == "" {
			return false
		}
		r := int32(utf8.RuneCountInString(key[:i]))
		for n := int32(utf8.RuneCountInString(t)); n > 0; n-- {
			out = append(out, r)
			r++
		}
		return true
	}
	if phrase && (mark(s.phrase) || mark(s.phraseP)) {
		s.posBuf = out
		return out
	}
	for i, t := range s.tokens {
		if !mark(t) && !mark(s.stripped[i]) {
			mark(s.alt[i])
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
