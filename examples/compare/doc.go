// Command compare prints a comparison table of two or more AWS services,
// named any way the notes know them: the notes' own table where there is
// one, else one built from the entries.
//
//	go run ./examples/compare ecs eks
//	go run ./examples/compare -markdown 클라우드트레일 x-ray
//	go run ./examples/compare -list
package main
