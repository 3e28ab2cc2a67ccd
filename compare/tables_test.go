package compare_test

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

func TestForAnExtendedCatalog(t *testing.T) {
	cat, err := awsnotes.Extend(fstest.MapFS{
		"services/mine.json": {Data: []byte(`{"entries": [
		  {"id": "my-cache", "name": "My Cache", "reading": "내 캐시", "kind": "concept", "categories": ["database"],
		   "summary": "자주 읽는 데이터를 메모리에 두는 방법", "related": ["elasticache"]}]}`)},
		"comparisons/mine.json": {Data: []byte(`{"comparisons": [
		  {"id": "my-cache-vs-dynamodb", "title": "내 캐시와 DynamoDB", "services": ["my-cache", "dynamodb"],
		   "rows": [{"aspect": "저장 위치", "cells": ["메모리", "관리형 NoSQL 테이블"]}],
		   "picks": ["밀리초보다 빨라야 할 때", "영구 저장이 필요할 때"]}]}`)},
	})
	require.NoError(t, err)
	tables, err := compare.For(cat)
	require.NoError(t, err)

	mine, ok := tables.Get("my-cache-vs-dynamodb")
	require.True(t, ok, "the catalog's own curated table")
	assert.Equal(t, []string{"My Cache", "DynamoDB"}, mine.Columns)
	assert.Len(t, tables.All(), len(compare.All())+1, "built-in tables and the user's")

	got, err := tables.Of("DynamoDB", "내 캐시")
	require.NoError(t, err)
	assert.Equal(t, "my-cache-vs-dynamodb", got.ID, "the curated table, in the caller's column order")
	assert.Equal(t, []awsnotes.ID{"dynamodb", "my-cache"}, got.IDs)

	built, err := tables.Of("내 캐시", "S3")
	require.NoError(t, err)
	assert.False(t, built.Curated())
	assert.Equal(t, []awsnotes.ID{"my-cache", "s3"}, built.IDs)

	_, ok = compare.Get("my-cache-vs-dynamodb")
	assert.False(t, ok, "the package-level tables are the embedded catalog's")
	_, err = compare.Of("내 캐시", "S3")
	assert.ErrorIs(t, err, compare.ErrUnknown)
}

func TestForNil(t *testing.T) {
	_, err := compare.For(nil)
	assert.ErrorIs(t, err, compare.ErrNoCatalog)
	var tables *compare.Tables
	assert.Nil(t, tables.All())
	_, err = tables.Of("s3", "ebs")
	assert.ErrorIs(t, err, compare.ErrNoCatalog)
}
