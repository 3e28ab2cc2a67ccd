package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cloudnotes-kr/awsnotes/internal/hangul"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// A cases.Caser keeps state between calls, so each goroutine borrows one.
var folders = sync.Pool{New: func() any { c := cases.Fold(); return &c }}

// Fold returns s in NFC with width and case folded: "ＥＣ２" and "Ec2" both
// become "ec2", a decomposed (NFD) "람다" becomes the composed one. Jamo
// that NFC leaves on their own (NFD text cut mid-syllable: "클라우" + U+1103)
// become compatibility jamo, as typed ("클라우ㄷ"). Invalid UTF-8 is replaced
// by U+FFFD.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = norm.NFC.String(s)
	s = width.Fold.String(s)
	c := folders.Get().(*cases.Caser)
	s = c.String(s)
	folders.Put(c)
	s = norm.NFC.String(s)
	if strings.ContainsFunc(s, hangul.IsConjoining) {
		s = strings.Map(hangul.Compat, s)
	}
	return s
}

// Key folds s for exact lookup: Fold, then separators (spaces, dashes,
// underscores, dots, middle dots) dropped and one leading vendor name
// ("aws", "amazon", "아마존", "에이더블유에스") removed when something follows it. "AWS Cloud-Trail", "cloudtrail" and
// "ＣｌｏｕｄＴｒａｉｌ" share the key "cloudtrail". Invalid UTF-8 gives "".
//
// Key allocates nothing when s is already a key.
func Key(s string) string {
	if !utf8.ValidString(s) {
		return ""
	}
	if !isFolded(s) || strings.ContainsFunc(s, IsSeparator) {
		s = strings.Map(func(r rune) rune {
			if IsSeparator(r) {
				return -1
			}
			return r
		}, Fold(s))
	}
	return StripVendor(s)
}

// Vendors are the names of the vendor a key may start with, folded: in
// English and as Koreans write them in Hangul (아마존 for Amazon, 에이더블유에스
// for AWS, as the notes read "AWS" aloud).
var Vendors = [...]string{"amazon", "aws", "아마존", "에이더블유에스"}

// IsVendor reports whether a folded word is one of Vendors.
func IsVendor(word string) bool {
	for _, v := range Vendors {
		if word == v {
			return true
		}
	}
	return false
}

// StripVendor removes one leading vendor name ("amazon", "aws", "아마존",
// "에이더블유에스") from a folded key, unless nothing would be left or the
// possessive 의 follows: "AWS의 장점" (AWS's benefits) is about AWS, and its
// key keeps the vendor rather than become "의장점"; "아마존의" likewise.
//
// A vendor named twice, in both languages ("AWS 아마존 오로라", "Amazon
// Amazon S3"), is stripped twice: a name and its vendor-prefixed forms
// share a key.
func StripVendor(key string) string {
	for stripped := true; stripped; {
		stripped = false
		for _, p := range Vendors {
			if len(key) > len(p) && strings.HasPrefix(key, p) && !strings.HasPrefix(key[len(p):], "의") {
				key, stripped = key[len(p):], true
				break
			}
		}
	}
	return key
}

// IsSeparator reports whether r only separates words: white space, dash
// punctuation, underscore, full stop and middle dots.
func IsSeparator(r rune) bool {
	switch r {
	case '_', '.', '·', '・', '\u200b', '\u200c', '\u200d', '\ufeff':
		return true
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pd, r)
}

// isFolded reports, cheaply and conservatively, whether Fold(s) == s:
// lower-case ASCII letters, digits, common ASCII punctuation and composed
// Hangul syllables or compatibility jamo are left alone by NFC, width and
// case folding.
func isFolded(s string) bool {
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		case r >= 0x20 && r < 0x7f && !(r >= 'A' && r <= 'Z'):
		case r >= 0xAC00 && r <= 0xD7A3: // Hangul syllables
		case r >= 0x3131 && r <= 0x318E: // Hangul compatibility jamo
		default:
			return false
		}
	}
	return true
}
