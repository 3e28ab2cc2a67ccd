package awsnotes

import (
	"index/suffixarray"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/category"
	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/cloudnotes-kr/awsnotes/internal/hangul"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
	"golang.org/x/text/unicode/norm"
)

// searchIndex is what a Catalog keeps for Search: the tables, built on the
// first search (a few milliseconds and about a megabyte), so that a program
// that only looks entries up never pays for them.
type searchIndex struct {
	once     sync.Once
	services []Service // the catalog's, until the tables are built
	built    *searchTables
}

func buildSearchIndex(services []Service) *searchIndex {
	return &searchIndex{services: services}
}

// tables returns the search tables, building them on the first call.
func (x *searchIndex) tables() *searchTables {
	x.once.Do(func() {
		x.built = newSearchTables(x.services)
		x.services = nil
	})
	return x.built
}

// searchTables holds everything Search precomputes: every name and every
// piece of the notes' text, folded into keys of letters and digits, spelled
// in jamo and in initial consonants, with maps back to the characters of the
// original text, plus sorted and suffix-array indexes over them. It is never
// changed after newSearchTables returns.
type searchTables struct {
	entries  int
	nameDocs []nameDoc
	textDocs []textDoc

	exact  map[string][]int32 // name key → docs (first per entry)
	cho    map[string][]int32 // initial consonants of an all-Hangul name key → docs
	byJamo []int32            // name docs sorted by jamo spelling, for prefixes
	byCho  []int32            // name docs with initial consonants, sorted by them

	names      *suffixarray.Index // "\x00key\x00key…" of the name docs
	nameStart  []int32            // byte offset of each name doc's key in names
	texts      *suffixarray.Index // the same for the text docs' keys
	textStart  []int32
	textData   string             // what texts indexes
	textBlock  []int32            // the doc holding byte i<<blockShift of texts, to find docs fast
	textWord   []uint64           // bit i: the key rune at byte i of texts starts a word
	textExact  map[string][]int32 // a text doc's whole key → docs: a line pasted whole
	chos       *suffixarray.Index // "\x00cho\x00cho…" of the name docs in byCho
	choStart   []int32
	identity   []int32 // 0, 1, 2, …: maps text offsets to themselves
	longestKey int     // bytes in the longest name key

	cats     [][]category.ID     // each entry's categories, primary first
	catNames map[string]catName  // key of a category's names → category
	synonyms map[string][]string // key of a word → keys of its synonyms
}

// blockShift sets the size of textBlock's blocks: 64 bytes, shorter than
// nearly every text doc, so finding a doc from an offset takes a step or two.
const blockShift = 6

// nameDoc is one name of an entry.
type nameDoc struct {
	entry  int32
	field  Field
	text   string  // the name, NFC
	key    string  // folded letters and digits, leading AWS/Amazon dropped
	keyPos []int32 // rune i of key → rune offset in text
	nKey   int32   // runes in key
	jamo   []rune  // key spelled in jamo (Latin unchanged)
	jamoS  string  // string(jamo)
	jamoAt []int32 // jamo i → rune i of key
	cho    string  // initial consonants, when key is all Hangul syllables
	mask   uint64  // one bit per (hashed) jamo, for the typo filters
	starts uint64  // bit i: rune i of text starts a word (first 64 runes)
	rank   int32   // 0 for names proper, 1 for aliases, 2 for IDs and headings
}

// textDoc is one piece of an entry's notes.
type textDoc struct {
	entry  int32
	field  Field
	text   string  // as written, NFC
	key    string  // folded letters and digits
	pos    []int32 // rune i of key → rune offset in text
	nKey   int32
	starts []int32 // byte offsets in key of the runes that start a word, until the tables are built
	name   bool    // one of the entry's names, searched as text
}

func newSearchTables(services []Service) *searchTables {
	x := &searchTables{
		entries: len(services),
		exact:   map[string][]int32{},
		cho:     map[string][]int32{},
	}
	x.cats = make([][]category.ID, len(services))
	for e, s := range services {
		x.addNames(int32(e), s)
		x.addTexts(int32(e), s)
		x.cats[e] = slices.Clone(s.Categories)
	}
	x.catNames = categoryKeys()
	x.synonyms = synonymKeys()

	for i := range x.nameDocs {
		d := &x.nameDocs[i]
		x.exact[d.key] = appendEntryOnce(x.exact[d.key], x.nameDocs, int32(i))
		x.byJamo = append(x.byJamo, int32(i))
		if d.cho != "" {
			x.cho[d.cho] = appendEntryOnce(x.cho[d.cho], x.nameDocs, int32(i))
			x.byCho = append(x.byCho, int32(i))
		}
	}
	sort.SliceStable(x.byJamo, func(a, b int) bool {
		return x.nameDocs[x.byJamo[a]].jamoS < x.nameDocs[x.byJamo[b]].jamoS
	})
	sort.SliceStable(x.byCho, func(a, b int) bool {
		return x.nameDocs[x.byCho[a]].cho < x.nameDocs[x.byCho[b]].cho
	})

	var b strings.Builder
	for _, d := range x.nameDocs {
		b.WriteByte(0)
		x.nameStart = append(x.nameStart, int32(b.Len()))
		b.WriteString(d.key)
	}
	x.names = suffixarray.New([]byte(b.String()))
	b.Reset()
	for _, d := range x.byCho {
		b.WriteByte(0)
		x.choStart = append(x.choStart, int32(b.Len()))
		b.WriteString(x.nameDocs[d].cho)
	}
	x.chos = suffixarray.New([]byte(b.String()))
	b.Reset()
	x.textExact = make(map[string][]int32, len(x.textDocs))
	for i, d := range x.textDocs {
		b.WriteByte(0)
		x.textStart = append(x.textStart, int32(b.Len()))
		b.WriteString(d.key)
		x.textExact[d.key] = append(x.textExact[d.key], int32(i))
	}
	total := b.Len()
	x.textWord = make([]uint64, total/64+1)
	for i := range x.textDocs {
		d := &x.textDocs[i]
		off := int(x.textStart[i])
		for _, k := range d.starts {
			x.textWord[(off+int(k))/64] |= 1 << ((off + int(k)) % 64)
		}
		d.starts = nil
	}
	x.textBlock = make([]int32, total>>blockShift+1)
	doc := 0
	for blk := range x.textBlock {
		for doc+1 < len(x.textStart) && int(x.textStart[doc+1]) <= blk<<blockShift {
			doc++
		}
		x.textBlock[blk] = int32(doc)
	}
	x.textData = b.String()
	x.texts = suffixarray.New([]byte(x.textData))
	longest := 0
	for _, d := range x.nameDocs {
		longest = max(longest, utf8.RuneCountInString(d.text))
		x.longestKey = max(x.longestKey, len(d.key))
	}
	for i := range longest {
		x.identity = append(x.identity, int32(i))
	}
	return x
}

// appendEntryOnce adds doc to docs unless a doc of the same entry is there.
func appendEntryOnce(docs []int32, all []nameDoc, doc int32) []int32 {
	for _, d := range docs {
		if all[d].entry == all[doc].entry {
			return docs
		}
	}
	return append(docs, doc)
}

func (x *searchTables) addNames(e int32, s Service) {
	first := len(x.nameDocs)
	add := func(f Field, name string, rank int32) {
		if name == "" {
			return
		}
		text := norm.NFC.String(name)
		key, pos := foldKey(text)
		key, pos = stripVendor(key, pos)
		if key == "" {
			return
		}
		for _, d := range x.nameDocs[first:] {
			if d.key == key {
				return // the same name spelled another way: keep the first
			}
		}
		d := nameDoc{entry: e, field: f, text: text, key: key, keyPos: pos, rank: rank}
		d.nKey = int32(utf8.RuneCountInString(key))
		allHangul := true
		ki := int32(0)
		var cho []rune
		for _, r := range key {
			n := len(d.jamo)
			d.jamo = hangul.AppendJamo(d.jamo, r)
			for range d.jamo[n:] {
				d.jamoAt = append(d.jamoAt, ki)
			}
			if hangul.IsSyllable(r) {
				c, _ := hangul.Initial(r)
				cho = append(cho, c)
			} else {
				allHangul = false
			}
			ki++
		}
		d.starts = wordStarts(text)
		d.jamoS = string(d.jamo)
		d.mask = runeMask(d.jamo)
		if allHangul {
			d.cho = string(cho)
		}
		x.nameDocs = append(x.nameDocs, d)
	}
	add(FieldName, s.Name, 0)
	add(FieldShort, s.Short, 0)
	add(FieldAbbr, s.Abbr, 0)
	add(FieldReading, s.Reading, 0)
	for _, a := range s.Aliases {
		add(FieldAlias, a, 1)
	}
	add(FieldID, string(s.ID), 2)
	for _, n := range s.Notes {
		add(FieldHeading, n.Heading, 2)
	}
}

func (x *searchTables) addTexts(e int32, s Service) {
	first := len(x.textDocs)
	add := func(f Field, t string) {
		if t == "" {
			return
		}
		text := norm.NFC.String(t)
		key, pos := foldKey(text)
		if key == "" {
			return
		}
		for _, d := range x.textDocs[first:] {
			if d.key == key {
				return
			}
		}
		x.textDocs = append(x.textDocs, textDoc{entry: e, field: f, text: text, key: key, pos: pos,
			nKey: int32(len(pos)), starts: keyWordStarts(text, key, pos), name: f == FieldReading || f == FieldAlias || f == FieldName || f == FieldShort || f == FieldAbbr})
	}
	add(FieldSummary, s.Summary)
	// The names too, as words among words: "비용 확인" finds 비용 탐색기
	// (확인 and 탐색 are synonyms) where no line of the notes says so.
	add(FieldReading, s.Reading)
	for _, a := range s.Aliases {
		add(FieldAlias, a)
	}
	add(FieldName, s.Name)
	add(FieldShort, s.Short)
	add(FieldAbbr, s.Abbr)
	for _, n := range s.Notes {
		for _, l := range n.Lines {
			add(FieldNote, l.Text)
		}
	}
	for _, n := range s.Notes {
		add(FieldRemark, n.Remark)
		for _, l := range n.Lines {
			for _, h := range l.Highlights {
				add(FieldHighlight, h)
			}
		}
	}
	for _, sc := range s.Scenarios {
		add(FieldScenario, sc.Quote)
		add(FieldScenario, sc.Outcome)
	}
	for _, m := range s.Mnemonics {
		add(FieldMnemonic, m.Word+": "+m.Meaning)
	}
	for _, f := range s.Facts {
		add(FieldFact, f.Text)
	}
	for _, c := range s.Cases {
		add(FieldCase, c.Stem)
	}
}

// keyWordStarts returns the byte offsets in key of the runes that begin a
// word of text: the first after a space or punctuation, the first of a
// change of script ("EC2인스턴스": 인), and an upper-case letter after a
// lower-case one ("CloudTrail"). Korean compounds written as one word
// ("가용영역") are one word: nothing in the text says where they join.
func keyWordStarts(text, key string, pos []int32) []int32 {
	var out []int32
	var tr []rune // the text's runes, read only for camel case
	prevPos, prevClass := int32(-2), 0
	i := 0
	for b, r := range key {
		p := pos[i]
		class := scriptOf(r)
		start := p != prevPos && (p != prevPos+1 || class != prevClass)
		if !start && p == prevPos+1 && class == 1 {
			if tr == nil {
				tr = []rune(text)
			}
			start = unicode.IsUpper(tr[p]) && unicode.IsLower(tr[prevPos])
		}
		if start {
			out = append(out, int32(b))
		}
		prevPos, prevClass = p, class
		i++
	}
	return out
}

// scriptOf classes a key rune for word starts: 1 Latin (and other
// letters), 2 digits, 3 Hangul.
func scriptOf(r rune) int {
	switch {
	case hangul.IsSyllable(r) || hangul.IsJamo(r):
		return 3
	case r >= '0' && r <= '9' || unicode.IsNumber(r):
		return 2
	}
	return 1
}

// startsWordAt reports whether byte off of texts begins a word.
func (x *searchTables) startsWordAt(off int) bool {
	return off >= 0 && off/64 < len(x.textWord) && x.textWord[off/64]&(1<<(off%64)) != 0
}

// textDocAt is docAt for the text docs, using textBlock to skip the search.
func (x *searchTables) textDocAt(off int) int {
	d := int(x.textBlock[off>>blockShift])
	for d+1 < len(x.textStart) && int(x.textStart[d+1]) <= off {
		d++
	}
	return d
}

// catName is a category as the query named it.
type catName struct {
	id   category.ID
	text string // the name, or the part of it, that the query gave: "보안", "Security"
}

// categoryKeys maps the key of every name of every category to the
// category: its ID, its Korean, English and AWS names, and each part of a
// name made of several ("모니터링/상태 관리", "Security, Identity &
// Compliance", "보안 및 규정 준수"). Aliases are not names: many are plain words
// ("서버", "웹", "CI/CD") that should find text, not list a category.
func categoryKeys() map[string]catName {
	names := map[string]catName{}
	add := func(id category.ID, n string) {
		k, _ := foldKey(textnorm.Fold(n))
		if k = textnorm.StripVendor(k); k != "" {
			if _, taken := names[k]; !taken {
				names[k] = catName{id: id, text: strings.TrimSpace(n)}
			}
		}
	}
	split := func(r rune) bool { return r == '/' || r == '&' || r == ',' || r == '(' || r == ')' }
	for _, c := range category.All() {
		for _, n := range []string{c.Korean, c.English, c.AWS} {
			add(c.ID, n)
			for _, part := range strings.FieldsFunc(n, split) {
				for _, p := range strings.Split(part, " 및 ") {
					add(c.ID, p)
				}
			}
		}
		add(c.ID, string(c.ID))
	}
	return names
}

// synonymTable is data/synonyms.json as keys: each word's key → the keys of
// the other words of its group. It is read once, on the first search.
var synonymTable = sync.OnceValue(func() map[string][]string {
	groups, err := data.Synonyms()
	if err != nil {
		return nil // the embedded file is checked by data's tests
	}
	out := map[string][]string{}
	for _, g := range groups {
		keys := make([]string, 0, len(g))
		for _, w := range g {
			if k, _ := foldKey(textnorm.Fold(w)); k != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
		for _, k := range keys {
			for _, o := range keys {
				if o != k && !slices.Contains(out[k], o) {
					out[k] = append(out[k], o)
				}
			}
		}
	}
	return out
})

func synonymKeys() map[string][]string { return synonymTable() }

// isKeyRune reports whether a folded rune takes part in matching: letters,
// digits and combining marks. Everything else separates words.
func isKeyRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
	}
	return hangul.IsSyllable(r) || hangul.IsJamo(r) ||
		unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

// foldKey folds text (NFC) rune by rune and keeps the letters and digits,
// returning them with, for each, its rune offset in text.
func foldKey(text string) (string, []int32) {
	var b strings.Builder
	var pos []int32
	i := int32(0)
	for _, r := range text {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
			pos = append(pos, i)
		case r < utf8.RuneSelf || hangul.IsSyllable(r) || hangul.IsJamo(r):
			if isKeyRune(r) {
				b.WriteRune(r)
				pos = append(pos, i)
			}
		default:
			for _, f := range textnorm.Fold(string(r)) {
				if isKeyRune(f) {
					b.WriteRune(f)
					pos = append(pos, i)
				}
			}
		}
		i++
	}
	return b.String(), pos
}

// stripVendor drops a leading vendor name ("amazon", "aws", "아마존",
// "에이더블유에스") from a key, as textnorm.StripVendor does, along with
// their positions.
func stripVendor(key string, pos []int32) (string, []int32) {
	s := textnorm.StripVendor(key)
	cut := utf8.RuneCountInString(key[:len(key)-len(s)])
	return s, pos[cut:]
}

// runeMask sets one bit per distinct rune (hashed into 64 bits). If a
// query's mask has k bits that a name's lacks, the two are at least k edits
// apart; a subsequence match needs none missing.
func runeMask(rs []rune) uint64 {
	var m uint64
	for _, r := range rs {
		m |= 1 << (uint32(r) * 0x9E3779B1 >> 26)
	}
	return m
}

func missing(q, n uint64) int { return bits.OnesCount64(q &^ n) }

// docAt returns the doc whose key holds byte offset off of a suffix-array
// text built with the given starts.
func docAt(starts []int32, off int) (doc int, keyOff int) {
	i, _ := slices.BinarySearch(starts, int32(off)+1)
	return i - 1, off - int(starts[i-1])
}

// wordStarts marks the runes of text that begin a word: the first letter or
// digit after a space or punctuation, and an upper-case letter after a
// lower-case one ("CloudTrail").
func wordStarts(text string) uint64 {
	var m uint64
	prev := ' '
	i := 0
	for _, r := range text {
		if i >= 64 {
			break
		}
		key := unicode.IsLetter(r) || unicode.IsDigit(r)
		prevKey := unicode.IsLetter(prev) || unicode.IsDigit(prev)
		if key && (!prevKey || unicode.IsUpper(r) && unicode.IsLower(prev)) {
			m |= 1 << i
		}
		prev = r
		i++
	}
	return m
}

// startsWord reports whether rune p of the doc's text begins a word.
func (d *nameDoc) startsWord(p int32) bool { return p >= 0 && p < 64 && d.starts&(1<<p) != 0 }
