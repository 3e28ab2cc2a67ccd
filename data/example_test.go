package data_test

import (
	"errors"
	"fmt"
	"testing/fstest"

	"github.com/cloudnotes-kr/awsnotes/data"
)

func ExampleDecode() {
	fsys := fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "my-db", "name": "My DB", "reading": "마이 디비", "kind": "service",
		 "categories": ["database"], "summary": "연습용 데이터베이스"}]}`)}}
	set, err := data.Decode(fsys)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(set.Entries[0].ID, set.Files[0], len(set.Categories) > 0)
	// Output: my-db services/mine.json true
}

func ExampleDecode_error() {
	fsys := fstest.MapFS{"services/mine.json": {Data: []byte(`{"entries": [
		{"id": "my-db", "name": "My DB", "reading": "마이 디비", "kind": "service",
		 "categories": ["database"], "summery": "연습용"}]}`)}}
	_, err := data.Decode(fsys)
	var de *data.Error
	if errors.As(err, &de) {
		fmt.Println(de.File, de.Entry, errors.Is(err, data.ErrSyntax))
	}
	// Output: services/mine.json my-db true
}

func ExampleEmbedded() {
	set, err := data.Embedded()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(set.Meta.Schema == data.SchemaVersion, len(set.Entries) > 80, data.Version() != "")
	// Output: true true true
}
