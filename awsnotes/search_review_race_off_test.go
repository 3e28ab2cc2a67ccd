//go:build !race

package awsnotes_test

const reviewRace = false
