// Command browse lists the entries of the AWS study notes: all of them, one
// category, one exam domain or one task statement of the exam guide, each
// with its name, Korean reading, summary and lifecycle status (with the date
// AWS retired, renamed or limited it), and where it comes from: the
// learner's notes (노트) or added from AWS's documentation (추가).
//
//	go run ./examples/browse                    # every entry, by category
//	go run ./examples/browse -category 보안      # one category (Korean or English name)
//	go run ./examples/browse -domain 2          # one exam domain, by task statement
//	go run ./examples/browse -task 2.3          # one task statement
//	go run ./examples/browse -notes -category 컴퓨팅   # only what the notes describe
//	go run ./examples/browse -added -domain 4   # only what was added beyond them
//
// It exits 1 when no entry fits, and 2 with the reason (in Korean) and the
// usage on bad flags. It uses only the public packages, so it builds when
// copied into a module of your own.
package main
