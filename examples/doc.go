// Package examples holds no code of its own: each folder below it is a
// runnable program (quickstart, search, compare, browse, quiz, export), and
// the tests here build those programs and run the real binaries the way a
// learner would, with arguments, piped input and signals.
//
// Every program imports only the public packages of the module and
// well-kept libraries, so you can copy a folder into a module of your own
// (go mod tidy, then go build) and it builds; TestExamplesBuildWhenCopied
// checks that. What the programs need that your program would need too is
// public API or a library call, not a shared helper:
//
//   - the matched characters of a search result: awsnotes.Result.Highlight;
//   - Korean particles after a name (CloudTrail은, S3는): package josa;
//   - display width and padding of Hangul, by grapheme cluster:
//     github.com/rivo/uniseg (StringWidth);
//   - whether standard output or input is a terminal: golang.org/x/term
//     (IsTerminal).
//
// Flags among the arguments and comma-separated lists are a few lines of
// plain Go in each program, which is less to learn than another package.
package examples
