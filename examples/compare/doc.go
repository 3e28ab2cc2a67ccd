// Command compare prints a comparison table of two or more AWS services,
// named any way the notes know them: the notes' own table where there is
// one, else one built from the entries. One argument is a table ID, as
// compare -list prints them.
//
//	go run ./examples/compare ecs eks
//	go run ./examples/compare -markdown 클라우드트레일 x-ray
//	go run ./examples/compare -list
//	go run ./examples/compare ecs-vs-eks
//
// A name it does not know gets the nearest entry as a suggestion ("혹시
// ECS?"); a refused command says why in Korean before the usage text. It
// uses only the public packages, so it builds when copied into a module of
// your own.
package main
