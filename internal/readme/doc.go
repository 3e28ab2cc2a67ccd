// Package readme holds the tests that keep README.md current: its coverage
// figures are computed from the data, its Go snippets are compiled and what
// their comments print is checked, and every "go run ./examples/..." command
// it shows is run (skipped with -short). Run
//
//	go test ./internal/readme -update
//
// to rewrite the generated part after changing the data.
package readme
