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
	identity   []int32 // 0, 1, 2, …: maps text offsets to themselves
	longestKey int     // bytes in the longest name key
}

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
	entry int32
	field Field
	text  string  // as written, NFC
	key   string  // folded letters and digits
	pos   []int32 // rune i of key → rune offset in text
	nKey  int32
}

func newSearchTables(services []Service) *searchTables {
	x := &searchTables{
		entries: len(services),
		exact:   map[string][]int32{},
		cho:     map[string][]int32{},
	}
	for e, s := range services {
		x.addNames(int32(e), s)
		x.addTexts(int32(e), s)
	}

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
	for _, d := range x.textDocs {
		b.WriteByte(0)
		x.textStart = append(x.textStart, int32(b.Len()))
		b.WriteString(d.key)
	}
	x.texts = suffixarray.New([]byte(b.String()))
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
			nKey: int32(len(pos))})
	}
	add(FieldSummary, s.Summary)
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
}

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

// stripVendor drops a leading "amazon" or "aws" from a key, as
// textnorm.StripVendor does, along with their positions.
func stripVendor(key string, pos []int32) (string, []int32) {
	s := textnorm.StripVendor(key)
	cut := len(key) - len(s) // the vendor is ASCII: bytes are runes
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
