//go:build awsnotes_notables

package data

// generated is nil when the package is built without its generated tables
// (as data/internal/gentables builds it), so the embedded files are decoded.
var generated *Set
