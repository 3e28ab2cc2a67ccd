// Package readme holds the test that keeps README.md current: its coverage
// figures are computed from the data, its commands checked against the
// examples and the CI script. Run
//
//	go test ./internal/readme -update
//
// to rewrite the generated part after changing the data.
package readme
