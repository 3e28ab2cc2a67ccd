// Command quiz is an interactive terminal quiz made from the AWS study
// notes, shaped like the Cloud Practitioner exam.
//
//	go run ./examples/quiz -n 10 -seed 7
//	go run ./examples/quiz -n 5 -category 보안,모니터링 -kind scenario,cloze
//
// Answer with the option's number or letter ("2", "b"); for a choose-two
// question give both ("1 3", "a c"). Each answer is marked right or wrong
// and followed by the explanation from the notes; an empty answer skips the
// question and one that cannot be read is asked again. The quiz ends with a
// score per category at the last question, at the end of input (so answers
// can be piped in: printf '2\nb\n' | quiz -n 2) or on Ctrl-C, which prints
// the score so far and exits 130. Bad flags print the usage and exit 2.
package main
