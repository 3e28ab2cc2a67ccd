// Package examples holds no code of its own: each folder below it is a
// runnable program (quickstart, search, compare, quiz, export), and the tests
// here build those programs and run the real binaries the way a learner
// would, with arguments, piped input and signals.
package examples
