package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzFold checks the normalisation helpers search builds on: no panics,
// valid UTF-8 out, Fold idempotent, Key free of separators and empty for
// invalid UTF-8.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"ＥＣ２", "AWS Cloud-Trail", "람다", norm.NFD.String("클라우드"), "ㄱㅏ", "\xff", "ß", "İ", "😀", "ﾗﾑﾀﾞ", "amazon"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if !utf8.ValidString(folded) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, folded)
		}
		// x/text's cases.Fold swaps Cherokee upper and lower case (Ꭱ ↔ ꭱ)
		// on every call, so Fold cannot be idempotent there; no AWS name or
		// note is Cherokee.
		if again := Fold(folded); again != folded && !strings.ContainsFunc(s, isCherokee) {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, folded, again)
		}
		k := Key(s)
		if strings.ContainsFunc(k, IsSeparator) {
			t.Fatalf("Key(%q) = %q keeps a separator", s, k)
		}
		if !utf8.ValidString(s) && k != "" {
			t.Fatalf("Key(%q) = %q for invalid UTF-8", s, k)
		}
		_ = StripVendor(k)
	})
}

func isCherokee(r rune) bool { return r >= 0x13A0 && r <= 0x13FF || r >= 0xAB70 && r <= 0xABBF }
