// Package data holds the awsnotes study notes as embedded JSON files and the
// schema they are decoded into.
//
//	import "github.com/cloudnotes-kr/awsnotes/data"
//
// The files live next to this package: meta.json (schema version, data
// version and the seed notes they came from), categories.json (the category
// taxonomy), exam.json (the CLF-C02 exam's domains and task statements),
// services/*.json (one file per primary category, one entry per service or
// concept), comparisons/*.json (the curated comparison tables) and
// synonyms.json (words a learner uses for the same thing, for search).
// tables.go holds the same files decoded ahead of time, so a program's
// first call decodes no JSON: after editing a file, run go generate ./data
// (a test fails until the two match). They are meant to be edited by hand; Decode reads them strictly,
// so a misspelt field, a dangling reference or an empty required value is an
// error that names the file and the entry. Entry is the schema of one entry
// and Extension that of an addition to one (Overlay, awsnotes.Extend); the
// README's "Your own notes" shows a complete file of each.
//
// Most programs use the typed API in package awsnotes instead; reading the
// files directly looks like this:
//
//	set, err := data.Embedded()
//	if err != nil {
//		log.Fatal(err)
//	}
//	fmt.Println(len(set.Entries), "entries, schema", data.SchemaVersion)
package data
