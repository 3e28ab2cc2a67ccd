//go:build !race

package awsnotes

const raceEnabled = false
