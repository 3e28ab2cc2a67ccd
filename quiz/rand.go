package quiz

import (
	"math/bits"
	"math/rand/v2"
)

// rng is the quiz's only source of randomness: PCG from math/rand/v2, whose
// algorithm is specified and fixed, with our own bounded integers and
// shuffle, so a seed gives the same quiz on every Go version. (rand.Shuffle
// and Rand.IntN are free to change how they use the generator.)
type rng struct{ src *rand.PCG }

// newRNG returns the generator for a seed.
func newRNG(seed uint64) *rng {
	// The second word spreads neighbouring seeds over distant streams.
	return &rng{src: rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)}
}

// intn returns a uniform integer in [0, n), by Lemire's multiply-and-reject
// method; 0 when n <= 1.
func (r *rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	bound := uint64(n)
	hi, lo := bits.Mul64(r.src.Uint64(), bound)
	if lo < bound {
		threshold := -bound % bound
		for lo < threshold {
			hi, lo = bits.Mul64(r.src.Uint64(), bound)
		}
	}
	return int(hi)
}

// shuffle permutes s uniformly (Fisher–Yates).
func shuffle[T any](r *rng, s []T) {
	for i := len(s) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		s[i], s[j] = s[j], s[i]
	}
}
