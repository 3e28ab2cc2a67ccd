// Package data holds the awsnotes study notes as embedded JSON files and the
// schema they are decoded into.
//
// The files live next to this package: meta.json (schema version, data
// version and the seed notes they came from), categories.json (the category
// taxonomy) and services/*.json (one file per primary category, one entry per
// service or concept). They are meant to be edited by hand; Decode reads them
// strictly, so a misspelt field, a dangling reference or an empty required
// value is an error that names the file and the entry.
//
// Most programs use the typed API in package awsnotes instead:
//
//	set, err := data.Embedded()
//	if err != nil {
//		log.Fatal(err)
//	}
//	fmt.Println(len(set.Entries), "entries, schema", data.SchemaVersion)
package data
