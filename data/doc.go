// Package data holds the awsnotes study notes as embedded JSON files and the
// schema they are decoded into.
//
//	import "github.com/cloudnotes-kr/awsnotes/data"
//
// The files live next to this package: meta.json (schema version, data
// version and the seed notes they came from), categories.json (the category
// taxonomy), services/*.json (one file per primary category, one entry per
// service or concept) and comparisons/*.json (the curated comparison
// tables). They are meant to be edited by hand; Decode reads them strictly,
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
