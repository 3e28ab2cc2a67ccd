package data_test

import (
	"errors"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/data"
)

const goodEntry = `{"id": "my-db", "name": "My DB", "reading": "마이 디비", "kind": "service",
  "categories": ["database"], "summary": "연습용 데이터베이스",
  "notes": [{"source": "mine", "section": "DB", "heading": "My DB", "lines": [{"text": "빠르다", "highlights": ["빠르"]}, {"text": "정말", "depth": 1}]}]}`

func entries(list ...string) string {
	s := `{"entries": [`
	for i, e := range list {
		if i > 0 {
			s += ","
		}
		s += e
	}
	return s + "]}"
}

func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, body := range files {
		m[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

func TestEmbeddedDecodes(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	assert.Equal(t, data.SchemaVersion, set.Meta.Schema)
	assert.NotEmpty(t, data.Version())
	assert.Len(t, set.Files, len(set.Entries))
	assert.GreaterOrEqual(t, len(set.Entries), 80)
	again, err := data.Embedded()
	require.NoError(t, err)
	assert.NotSame(t, set, again, "each call is the caller's copy")
	assert.Equal(t, set, again)
}

func TestEmbeddedEntriesAreComplete(t *testing.T) {
	set, err := data.Embedded()
	require.NoError(t, err)
	for _, e := range set.Entries {
		assert.NotEmpty(t, e.Name, e.ID)
		assert.NotEmpty(t, e.Kind, e.ID)
		assert.NotEmpty(t, e.Categories, e.ID)
		assert.NotEmpty(t, e.Summary, e.ID)
		assert.NotEmpty(t, e.Reading, e.ID)
	}
}

func TestDecodeOwnFiles(t *testing.T) {
	t.Run("services directory", func(t *testing.T) {
		set, err := data.Decode(mapFS(map[string]string{"services/a.json": entries(goodEntry)}))
		require.NoError(t, err)
		require.Len(t, set.Entries, 1)
		assert.Equal(t, "services/a.json", set.Files[0])
		assert.NotEmpty(t, set.Categories, "the embedded taxonomy applies")
	})
	t.Run("files at the root", func(t *testing.T) {
		set, err := data.Decode(mapFS(map[string]string{"notes.json": entries(goodEntry)}))
		require.NoError(t, err)
		assert.Equal(t, "my-db", set.Entries[0].ID)
	})
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		files   map[string]string
		want    error
		file    string
		entry   string
		message string
	}{
		{"unknown field", map[string]string{"services/x.json": entries(`{"id": "my-db", "nmae": "oops"}`)},
			data.ErrSyntax, "services/x.json", "my-db", `unknown field "nmae"`},
		{"unknown top-level field", map[string]string{"services/x.json": `{"entries": [], "extra": 1}`},
			data.ErrSyntax, "services/x.json", "", "extra"},
		{"trailing data", map[string]string{"services/x.json": entries(goodEntry) + `{}`},
			data.ErrSyntax, "services/x.json", "", "after the JSON value"},
		{"not JSON", map[string]string{"services/x.json": `entries: []`},
			data.ErrSyntax, "services/x.json", "", ""},
		{"invalid UTF-8", map[string]string{"services/x.json": "{\"entries\": [\"\xff\"]}"},
			data.ErrSyntax, "services/x.json", "", "UTF-8"},
		{"missing summary", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"]}`)},
			data.ErrInvalid, "services/x.json", "a", "summary"},
		{"entry without id", map[string]string{"services/x.json": entries(goodEntry, `{"name": "B"}`)},
			data.ErrInvalid, "services/x.json", "#1", "id"},
		{"bad kind", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "gadget", "categories": ["compute"], "summary": "요약"}`)},
			data.ErrInvalid, "services/x.json", "a", "kind"},
		{"padded text", map[string]string{"services/x.json": entries(`{"id": "a", "name": " A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약"}`)},
			data.ErrInvalid, "services/x.json", "a", "name"},
		{"NFD text", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "` + "\u1105\u1161\u11b7" + `", "kind": "service", "categories": ["compute"], "summary": "요약"}`)},
			data.ErrInvalid, "services/x.json", "a", "NFC"},
		{"no category", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": [], "summary": "요약"}`)},
			data.ErrInvalid, "services/x.json", "a", "categories"},
		{"unknown category", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["gaming"], "summary": "요약"}`)},
			data.ErrReference, "services/x.json", "a", "gaming"},
		{"dangling related", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약", "related": ["nowhere"]}`)},
			data.ErrReference, "services/x.json", "a", "nowhere"},
		{"duplicate id across files", map[string]string{"services/x.json": entries(goodEntry), "services/y.json": entries(goodEntry)},
			data.ErrDuplicate, "services/y.json", "my-db", "services/x.json"},
		{"duplicate alias", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약", "aliases": ["b", "b"]}`)},
			data.ErrDuplicate, "services/x.json", "a", "aliases"},
		{"highlight not in line", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약",
			"notes": [{"source": "s", "section": "S", "heading": "A", "lines": [{"text": "빠르다", "highlights": ["느리"]}]}]}`)},
			data.ErrInvalid, "services/x.json", "a", "highlight"},
		{"depth jumps", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약",
			"notes": [{"source": "s", "section": "S", "heading": "A", "lines": [{"text": "x", "depth": 2}]}]}`)},
			data.ErrInvalid, "services/x.json", "a", "depth"},
		{"unknown source", map[string]string{"meta.json": `{"schema": 1, "sources": [{"id": "mine", "file": "f.md", "title": "내 노트"}]}`,
			"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약",
			"notes": [{"source": "theirs", "section": "S", "heading": "A", "lines": [{"text": "x"}]}]}`)},
			data.ErrReference, "services/x.json", "a", "theirs"},
		{"wrong schema", map[string]string{"meta.json": `{"schema": 99}`, "services/x.json": entries(goodEntry)},
			data.ErrInvalid, "meta.json", "", "schema"},
		{"bad status", map[string]string{"services/x.json": entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약", "status": {"state": "dead", "note": "x"}}`)},
			data.ErrInvalid, "services/x.json", "a", "state"},
		{"no entries", map[string]string{"README.md": "hi"}, data.ErrNoEntries, ".", "", ""},
		{"bad comparison", map[string]string{"services/x.json": entries(goodEntry),
			"comparisons/c.json": `{"comparisons": [{"id": "c", "title": "T", "services": ["my-db", "ghost"], "rows": [{"aspect": "a", "cells": ["1", "2"]}], "picks": ["p", "q"]}]}`},
			data.ErrReference, "comparisons/c.json", "c", "ghost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := data.Decode(mapFS(tt.files))
			require.Error(t, err)
			assert.Nil(t, set)
			assert.ErrorIs(t, err, tt.want)
			var de *data.Error
			require.True(t, errors.As(err, &de), "error is a *data.Error: %v", err)
			assert.Equal(t, tt.file, de.File)
			assert.Equal(t, tt.entry, de.Entry)
			assert.Contains(t, err.Error(), tt.message)
			assert.Contains(t, err.Error(), tt.file)
		})
	}
}

func TestDecodeNilFS(t *testing.T) {
	_, err := data.Decode(nil)
	assert.ErrorIs(t, err, data.ErrInvalid)
}

func TestFSIsReadOnlyView(t *testing.T) {
	b, err := data.FS().(interface {
		ReadFile(string) ([]byte, error)
	}).ReadFile("meta.json")
	require.NoError(t, err)
	for i := range b {
		b[i] = 0
	}
	set, err := data.Decode(data.FS())
	require.NoError(t, err, "changing a read copy does not change the embedded files")
	assert.NotEmpty(t, set.Meta.Version)
}

func FuzzDecode(f *testing.F) {
	f.Add(entries(goodEntry))
	f.Add(`{"entries": [{"id": "x"}]}`)
	f.Add(`{"entries": null}`)
	f.Fuzz(func(t *testing.T, body string) {
		set, err := data.Decode(mapFS(map[string]string{"services/f.json": body}))
		if err != nil {
			var de *data.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *data.Error", err)
			}
			return
		}
		if len(set.Entries) == 0 {
			t.Fatal("a set without entries decoded")
		}
	})
}

// TestEmbeddedIsACopy scribbles over everything Embedded returned, nested
// slices too, and checks the next call is untouched.
func TestEmbeddedIsACopy(t *testing.T) {
	before, err := data.Embedded()
	require.NoError(t, err)
	set, err := data.Embedded()
	require.NoError(t, err)
	set.Meta.Sources[0].Title = "x"
	set.Categories[0].Aliases[0] = "x"
	set.Categories[0].Sections[0] = "x"
	set.Files[0] = "x"
	for i := range set.Entries {
		e := &set.Entries[i]
		e.Name = "x"
		for j := range e.Aliases {
			e.Aliases[j] = "x"
		}
		e.Categories[0] = "x"
		for j := range e.Related {
			e.Related[j] = "x"
		}
		if e.Status != nil {
			e.Status.Note = "x"
		}
		for j := range e.Notes {
			for k := range e.Notes[j].Lines {
				e.Notes[j].Lines[k].Text = "x"
				for h := range e.Notes[j].Lines[k].Highlights {
					e.Notes[j].Lines[k].Highlights[h] = "x"
				}
			}
			for k := range e.Notes[j].Links {
				e.Notes[j].Links[k].URL = "x"
			}
		}
		for j := range e.Scenarios {
			for k := range e.Scenarios[j].Also {
				e.Scenarios[j].Also[k] = "x"
			}
		}
	}
	for i := range set.Comparisons {
		set.Comparisons[i].Services[0] = "x"
		set.Comparisons[i].Rows[0].Cells[0] = "x"
		set.Comparisons[i].Picks[0] = "x"
	}
	after, err := data.Embedded()
	require.NoError(t, err)
	assert.Equal(t, before, after)
	var nilSet *data.Set
	assert.Nil(t, nilSet.Clone())
}

func TestDecodeRejectsWhatJSONForgives(t *testing.T) {
	tests := map[string]struct{ body, message string }{
		"field in another case": {entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "Summary": "요약"}`), `"Summary" must be spelt "summary"`},
		"nested field in another case": {entries(`{"id": "a", "name": "A", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약",
			"notes": [{"source": "s", "section": "S", "heading": "A", "lines": [{"Text": "x"}]}]}`), `"Text" must be spelt "text"`},
		"key twice":           {entries(`{"id": "a", "name": "A", "name": "B", "reading": "에이", "kind": "service", "categories": ["compute"], "summary": "요약"}`), `key "name" appears twice`},
		"top-level key twice": {`{"entries": [], "entries": []}`, `appears twice`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := data.Decode(mapFS(map[string]string{"services/x.json": tt.body}))
			require.Error(t, err)
			assert.ErrorIs(t, err, data.ErrSyntax)
			assert.Contains(t, err.Error(), tt.message)
			assert.Contains(t, err.Error(), "services/x.json")
		})
	}
}
