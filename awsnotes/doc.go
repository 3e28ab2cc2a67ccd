// Package awsnotes carries a Korean learner's AWS study notes (Cloud
// Practitioner, CLF-C02) as typed, searchable data.
//
//	import "github.com/cloudnotes-kr/awsnotes/awsnotes"
//
// (The module is github.com/cloudnotes-kr/awsnotes; this package is the
// awsnotes folder inside it.)
//
// Every entry is a Service value: the official name, short name,
// abbreviation, Korean reading (람다, 클라우드트레일), aliases, kind,
// categories, a one-line Korean summary, related entries, lifecycle status,
// and the notes themselves: each bullet as written, its nesting and the
// phrases the notes highlighted, the quoted scenarios and the mnemonics.
//
// The embedded notes are decoded on first use, never at init. Lookup is
// exact after normalisation (case, width, NFC/NFD, spaces, hyphens and a
// leading "AWS"/"Amazon" do not matter); Search is forgiving and ranked, and
// understands how Korean learners type: typos, Korean words from the notes,
// Korean readings, initial consonants (ㅋㄹㅇㄷㅌㄹㅇ), a half-typed last
// syllable (클라우ㄷ) and Hangul typed with the keyboard in English mode
// (fkaek → 람다). Everything returned is the caller's to change, and every
// function is safe for concurrent use.
//
//	s, ok := awsnotes.Lookup("클라우드트레일")
//	if ok {
//		fmt.Println(s.Name, "-", s.Summary)
//	}
//	for _, r := range awsnotes.Search("ㅋㄹㅇㄷㅌㄹㅇ", 3) {
//		fmt.Println(r.Service.DisplayName(), r.Field, r.Highlight("[", "]"))
//	}
//	for _, s := range awsnotes.InCategory(category.Security) {
//		fmt.Println(s.DisplayName())
//	}
//
// Result.Highlight marks a search result's matched characters: it is public
// API rather than a helper of the examples because every program that
// shows a result needs it, and the rune offsets in Result.Positions are
// easy to get wrong by hand.
//
// Extend puts a folder of your own notes on top of the embedded ones, and
// Load reads a catalog of only yours, in the same schema (see package data
// and the README's "Your own notes").
package awsnotes
