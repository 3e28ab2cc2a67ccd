// Command export writes a quiz made from the AWS study notes, or the whole
// deck of questions they support, in a format study tools import: Anki plain
// text, Moodle GIFT, JSON or Markdown.
//
//	go run ./examples/export -format anki -n 20 -seed 1 -o aws.txt
//	go run ./examples/export -format gift -all -o aws.gift
//	go run ./examples/export -format markdown -n 5 -category 보안
package main
