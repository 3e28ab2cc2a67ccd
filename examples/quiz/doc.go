// Command quiz is a terminal study program made from the AWS study notes,
// shaped like the Cloud Practitioner exam, that remembers what you know.
//
//	go run ./examples/quiz                       # 10 questions, a fresh seed (printed)
//	go run ./examples/quiz -n 5 -seed 7 -category 보안 -kind scenario,exam-case
//	go run ./examples/quiz -review               # what is due today, and a few new ones
//	go run ./examples/quiz -exam -minutes 120    # a timed 65-question mock exam
//	go run ./examples/quiz -stats                # due counts, weak domains and tasks
//
// -review keeps your progress in awsnotes/progress.json in your config
// folder (or -progress FILE) and schedules each question with FSRS
// (package quiz/study): the questions you missed come back the next day,
// the ones you knew later and later. Every answer is saved as you give
// it, so Ctrl-C loses nothing; a progress file that cannot be read is
// reported and never overwritten. With -progress, a plain quiz or an exam
// is recorded too.
//
// -exam asks 65 questions drawn by the exam's domain weights, shows the
// time left with each one, reveals nothing until the end (or until the
// clock runs out: unanswered questions count as wrong), then prints the
// score per domain. -minutes 120 is the extra 30 minutes a non-native
// speaker may ask for.
//
// Answer with the option's number or letter ("2", "b"), as Korean
// learners type them too: "2번", "B.", "(b)", full-width "２", "②", or the
// Hangul the b key makes in Korean mode ("ㅠ"); for a choose-two question
// give both ("1 3", "1번과 3번", "ㅁ ㅊ"). A single-answer question given
// two options, or a choose-two given one, is asked again; an empty answer
// skips the question; one that cannot be read is asked again. At the end
// come the questions you got wrong, with their explanations, and an offer
// to retry them at once. Answers can be piped in (printf '2\nb\n' | quiz
// -n 2); Ctrl-C prints the score so far and exits 130. Text is wrapped to
// the terminal's width ($COLUMNS, else 80), never inside a word. Bad flags
// print the usage and exit 2.
package main
