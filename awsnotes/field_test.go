package awsnotes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
)

func TestFieldKorean(t *testing.T) {
	fields := []awsnotes.Field{awsnotes.FieldName, awsnotes.FieldShort, awsnotes.FieldAbbr, awsnotes.FieldReading,
		awsnotes.FieldAlias, awsnotes.FieldID, awsnotes.FieldHeading, awsnotes.FieldSummary, awsnotes.FieldNote,
		awsnotes.FieldHighlight, awsnotes.FieldRemark, awsnotes.FieldScenario, awsnotes.FieldMnemonic}
	seen := map[string]bool{}
	for _, f := range fields {
		k := f.Korean()
		assert.NotEqual(t, string(f), k, "every field has a Korean label")
		assert.False(t, seen[k], "labels are distinct: %s", k)
		seen[k] = true
	}
	assert.Equal(t, "other", awsnotes.Field("other").Korean())
}
