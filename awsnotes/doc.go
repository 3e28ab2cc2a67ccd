// Package awsnotes carries a Korean learner's AWS study notes (Cloud
// Practitioner, CLF-C02) as typed, searchable data.
//
// Every entry is a Service value: the official name, short name,
// abbreviation, Korean reading (람다, 클라우드트레일), aliases, kind,
// categories, a one-line Korean summary, related entries, lifecycle status,
// and the notes themselves: each bullet as written, its nesting and the
// phrases the notes highlighted, the quoted scenarios and the mnemonics.
//
// The embedded notes are decoded on first use, never at init. Lookup is
// exact after normalisation; everything returned is the caller's to change.
//
//	s, ok := awsnotes.Lookup("클라우드트레일")
//	if ok {
//		fmt.Println(s.Name, "-", s.Summary)
//	}
//	for _, s := range awsnotes.InCategory(category.Security) {
//		fmt.Println(s.DisplayName())
//	}
//
// Load reads your own notes written in the same schema (see package data).
package awsnotes
