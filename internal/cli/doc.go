// Package cli holds the terminal helpers the example programs share: display
// width for Hangul, padding, highlighting matched characters, flags mixed
// with arguments, comma-separated lists and terminal detection. It is
// internal: the examples are the public face, this is their plumbing.
package cli
