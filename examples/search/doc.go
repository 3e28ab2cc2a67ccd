// Command search looks up the AWS study notes the way a learner types:
// English names with typos, Korean words from the notes, Korean readings,
// initial consonants (ㄹㄷ), Hangul typed on a QWERTY keyboard (fkaek).
//
//	go run ./examples/search 람다
//	go run ./examples/search -n 3 cloudtrial
//
// Matched characters are highlighted in colour on a terminal, and in
// [brackets] when the output is piped or NO_COLOR is set.
package main
