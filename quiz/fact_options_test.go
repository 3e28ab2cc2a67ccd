package quiz

import (
	"strings"
	"testing"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWithoutSubject checks that a fact line loses its own entry's name at
// its head, and only there, so it can stand as an option.
func TestWithoutSubject(t *testing.T) {
	ix, err := loadIndex()
	require.NoError(t, err)
	for _, tt := range []struct {
		id, text, want string
	}{
		{"transfer-family", "Transfer Family는 구매하거나 설치할 인프라가 없어 바로 시작할 수 있다.", "구매하거나 설치할 인프라가 없어 바로 시작할 수 있다."},
		{"transfer-family", "AWS Transfer Family는 완전관리형이다.", "완전관리형이다."},
		{"migration-hub", "Migration Hub의 마이그레이션 작업은 상태가 있다.", "Migration Hub의 마이그레이션 작업은 상태가 있다."},
		{"dms", "DMS는 동종 이전을 지원한다.", "동종 이전을 지원한다."},
		// Not at the head, or no particle after it: kept whole.
		{"dms", "동종 이전에는 DMS를 쓴다.", "동종 이전에는 DMS를 쓴다."},
		{"dms", "DMS 콘솔에서 작업을 만든다.", "DMS 콘솔에서 작업을 만든다."},
		// Another entry's name at the head is that entry's subject.
		{"dms", "Snowball은 물리 장치다.", "Snowball은 물리 장치다."},
		// A tier or part of the entry keeps its name: its facts are not
		// the whole entry's.
		{"shield", "Shield Advanced는 유료 등급이다.", "Shield Advanced는 유료 등급이다."},
		{"shield", "Shield는 DDoS 공격을 막는다.", "DDoS 공격을 막는다."},
		// Nothing left after the name: kept whole.
		{"dms", "DMS는 ", "DMS는 "},
	} {
		e := ix.byID[awsnotes.ID(tt.id)]
		require.NotNil(t, e, tt.id)
		assert.Equal(t, tt.want, e.withoutSubject(tt.text), "%s: %q", tt.id, tt.text)
	}
}

// TestFactOptions checks every fact line of the embedded notes as an
// option: one that may stand as one names neither its entry nor the key,
// and says nothing of the exam guide.
func TestFactOptions(t *testing.T) {
	ix, err := loadIndex()
	require.NoError(t, err)
	n := 0
	for _, e := range ix.entries {
		for _, f := range e.facts() {
			if !f.optionFor(e, e) {
				continue
			}
			n++
			if e.s.ID != "aws" { // "AWS" names every entry and none
				assert.False(t, e.mentions(f.folded), "%s: option %q names its entry", e.s.ID, f.text)
			}
			assert.NotContains(t, f.text, "시험 가이드", "%s: %q is about the exam guide", e.s.ID, f.text)
			assert.True(t, slicesHasSuffix(e, f.text), "%s: %q is no fact line's tail", e.s.ID, f.text)
		}
	}
	assert.Greater(t, n, 500, "fact lines that can stand as options")
}

func slicesHasSuffix(e *entry, text string) bool {
	for _, f := range e.s.Facts {
		if strings.HasSuffix(f.Text, text) {
			return true
		}
	}
	return false
}
