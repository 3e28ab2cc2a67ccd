package compare_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// withComparisons is the embedded data with comparisons/*.json replaced by
// the files given.
func withComparisons(t *testing.T, files map[string]string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(data.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "comparisons/") {
			return err
		}
		b, err := fs.ReadFile(data.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	require.NoError(t, err)
	for name, body := range files {
		m["comparisons/"+name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

// TestComparisonDecoding checks that the curated tables are decoded
// strictly: each broken file is an error naming the file, the table and
// the field, wrapping the right data.Err… value.
func TestComparisonDecoding(t *testing.T) {
	const good = `{"id": "kms-vs-acm", "title": "KMS와 ACM", "services": ["kms", "acm"],
		"rows": [{"aspect": "다루는 것", "cells": ["암호화 키", "SSL/TLS 인증서"]}],
		"picks": ["데이터를 암호화할 때", "인증서를 발급할 때"]}`
	file := func(tables ...string) string { return `{"comparisons": [` + strings.Join(tables, ",") + `]}` }
	edit := func(old, new string) string { return strings.Replace(good, old, new, 1) }
	tests := []struct {
		name  string
		files map[string]string
		want  error
		field string // the field the error names
	}{
		{"unknown field", map[string]string{"a.json": file(edit(`"title"`, `"note": "x", "title"`))}, data.ErrSyntax, ""},
		{"not JSON", map[string]string{"a.json": `{"comparisons": [`}, data.ErrSyntax, ""},
		{"trailing data", map[string]string{"a.json": file(good) + "{}"}, data.ErrSyntax, ""},
		{"bad id", map[string]string{"a.json": file(edit(`"kms-vs-acm"`, `"KMS vs ACM"`))}, data.ErrInvalid, "id"},
		{"duplicate id", map[string]string{"a.json": file(good), "b.json": file(edit(`["kms", "acm"]`, `["acm", "waf"]`))}, data.ErrDuplicate, "id"},
		{"same services", map[string]string{"a.json": file(good, edit(`"kms-vs-acm"`, `"acm-vs-kms"`))}, data.ErrDuplicate, "services"},
		{"same services reordered", map[string]string{"a.json": file(good, strings.NewReplacer(`"kms-vs-acm"`, `"acm-vs-kms"`, `["kms", "acm"]`, `["acm", "kms"]`).Replace(good))}, data.ErrDuplicate, "services"},
		{"one service", map[string]string{"a.json": file(edit(`["kms", "acm"]`, `["kms"]`))}, data.ErrInvalid, "services"},
		{"service twice", map[string]string{"a.json": file(edit(`["kms", "acm"]`, `["kms", "kms"]`))}, data.ErrDuplicate, "services"},
		{"unknown service", map[string]string{"a.json": file(edit(`"acm"]`, `"amc"]`))}, data.ErrReference, "services[1]"},
		{"empty title", map[string]string{"a.json": file(edit(`"KMS와 ACM"`, `""`))}, data.ErrInvalid, "title"},
		{"no rows", map[string]string{"a.json": file(edit(`[{"aspect": "다루는 것", "cells": ["암호화 키", "SSL/TLS 인증서"]}]`, `[]`))}, data.ErrInvalid, "rows"},
		{"too few cells", map[string]string{"a.json": file(edit(`["암호화 키", "SSL/TLS 인증서"]`, `["암호화 키"]`))}, data.ErrInvalid, "rows[0].cells"},
		{"empty cell", map[string]string{"a.json": file(edit(`"SSL/TLS 인증서"`, `""`))}, data.ErrInvalid, "rows[0].cells[1]"},
		{"padded cell", map[string]string{"a.json": file(edit(`"SSL/TLS 인증서"`, `" SSL/TLS 인증서"`))}, data.ErrInvalid, "rows[0].cells[1]"},
		{"empty aspect", map[string]string{"a.json": file(edit(`"다루는 것"`, `""`))}, data.ErrInvalid, "rows[0].aspect"},
		{"too few picks", map[string]string{"a.json": file(edit(`, "인증서를 발급할 때"`, ``))}, data.ErrInvalid, "picks"},
		{"empty pick", map[string]string{"a.json": file(edit(`"인증서를 발급할 때"`, `""`))}, data.ErrInvalid, "picks[1]"},
		{"section without source", map[string]string{"a.json": file(edit(`"picks"`, `"section": "보안 관련 서비스", "picks"`))}, data.ErrInvalid, "source"},
		{"unknown source", map[string]string{"a.json": file(edit(`"picks"`, `"section": "보안 관련 서비스", "source": "other-notes", "picks"`))}, data.ErrReference, "source"},
		{"section no note has", map[string]string{"a.json": file(edit(`"picks"`, `"section": "KMS와 ACM의 차이", "source": "clf-notes", "picks"`))}, data.ErrReference, "section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := data.Decode(withComparisons(t, tt.files))
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var de *data.Error
			require.True(t, errors.As(err, &de))
			assert.True(t, strings.HasPrefix(de.File, "comparisons/"), de.File)
			assert.Equal(t, tt.field, de.Field)
		})
	}

	// The good table, with a section its entries' notes do have, decodes.
	set, err := data.Decode(withComparisons(t, map[string]string{
		"a.json": file(good, strings.NewReplacer(`"kms-vs-acm"`, `"kms-vs-cloudhsm"`, `"acm"]`, `"cloudhsm"]`, `"picks"`, `"section": "보안 관련 서비스", "source": "clf-notes", "picks"`).Replace(good)),
	}))
	require.NoError(t, err)
	require.Len(t, set.Comparisons, 2)
	assert.Equal(t, "kms-vs-acm", set.Comparisons[0].ID)
	assert.Equal(t, "보안 관련 서비스", set.Comparisons[1].Section)

	// No comparisons at all is fine.
	set, err = data.Decode(withComparisons(t, nil))
	require.NoError(t, err)
	assert.Empty(t, set.Comparisons)
}
