// Package textnorm folds user text into comparable keys: Unicode NFC, full
// and half width folded, case folded, separators dropped and a leading "AWS"
// or "Amazon" removed. It never uses NFKC, which would turn compatibility
// jamo (ㄱ) into conjoining jamo and compose "ㄱㅏ" into "가".
package textnorm
