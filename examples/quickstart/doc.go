// Command quickstart shows the awsnotes library in one screen: a lookup, a
// category listing, a search with the matched characters highlighted, a
// comparison table from the notes and a three-question quiz with its
// answers.
//
//	go run ./examples/quickstart
package main
