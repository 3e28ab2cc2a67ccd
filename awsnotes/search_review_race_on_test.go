//go:build race

package awsnotes_test

// reviewRace: under the race detector sync.Pool drops items at random, so
// allocation counts say nothing about the work a query causes.
const reviewRace = true
