package awsnotes_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/data"
)

const myEntry = `{"entries": [
  {"id": "my-bucket-policy", "name": "My Bucket Policy", "reading": "내 버킷 정책", "kind": "feature",
   "categories": ["storage"], "summary": "S3 버킷에 붙이는 리소스 기반 정책", "related": ["s3", "iam"],
   "confusables": ["iam"],
   "notes": [{"section": "내 노트", "heading": "버킷 정책", "lines": [{"text": "버킷 단위로 접근을 허용하거나 거부한다"}]}]}
],
"extend": [
  {"id": "s3", "aliases": ["버킷 저장소"], "related": ["my-bucket-policy"],
   "notes": [{"section": "내 노트", "heading": "S3", "lines": [{"text": "정적 웹 사이트도 호스팅할 수 있다"}]}],
   "mnemonics": [{"word": "S3", "meaning": "세 개의 S"}]}
]}`

func TestExtendAddsEntriesAndExtendsBuiltIns(t *testing.T) {
	c, err := awsnotes.Extend(fstest.MapFS{"services/mine.json": {Data: []byte(myEntry)}})
	require.NoError(t, err)

	mine, ok := c.Lookup("내 버킷 정책")
	require.True(t, ok)
	assert.Equal(t, awsnotes.ID("my-bucket-policy"), mine.ID)
	assert.Equal(t, []awsnotes.ID{"s3", "iam"}, mine.Related, "a new entry relates to built-in ones by ID")
	assert.Equal(t, awsnotes.OriginNotes, mine.Origin())
	assert.Equal(t, data.OverlaySource, mine.Notes[0].Source, "a note naming no source is the user's")

	s3, ok := c.Lookup("버킷 저장소")
	require.True(t, ok, "an alias added to a built-in entry resolves")
	assert.Equal(t, awsnotes.ID("s3"), s3.ID)
	assert.Contains(t, s3.Related, awsnotes.ID("my-bucket-policy"))
	assert.Equal(t, "정적 웹 사이트도 호스팅할 수 있다", s3.Notes[len(s3.Notes)-1].Lines[0].Text)
	assert.Contains(t, s3.Mnemonics, awsnotes.Mnemonic{Word: "S3", Meaning: "세 개의 S"})

	def, _ := awsnotes.Default()
	assert.Equal(t, def.Len()+1, c.Len())
	results := c.Search("버킷 정책", 3)
	require.NotEmpty(t, results)
	assert.Equal(t, awsnotes.ID("my-bucket-policy"), results[0].Service.ID)

	// The built-in catalog is left as it was.
	_, ok = awsnotes.Lookup("버킷 저장소")
	assert.False(t, ok)
	builtin, _ := awsnotes.Get("s3")
	assert.NotContains(t, builtin.Related, awsnotes.ID("my-bucket-policy"))
}

func TestExtendTwiceStacks(t *testing.T) {
	c, err := awsnotes.Extend(fstest.MapFS{"services/mine.json": {Data: []byte(myEntry)}})
	require.NoError(t, err)
	c2, err := c.Extend(fstest.MapFS{"more.json": {Data: []byte(`{"extend": [{"id": "my-bucket-policy", "aliases": ["버킷폴리시"]}]}`)}})
	require.NoError(t, err)
	s, ok := c2.Lookup("버킷폴리시")
	require.True(t, ok)
	assert.Equal(t, awsnotes.ID("my-bucket-policy"), s.ID)
	_, ok = c.Lookup("버킷폴리시")
	assert.False(t, ok, "extending a catalog leaves it as it was")
}

func TestExtendErrors(t *testing.T) {
	tests := []struct {
		name, file, body string
		want             error
		entry, field     string
	}{
		{"misspelt field", "services/a.json", `{"entries": [{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summery": "요약"}]}`,
			data.ErrSyntax, "x", ""},
		{"misspelt field in an extension", "services/a.json", `{"extend": [{"id": "s3", "aliasses": ["버킷"]}]}`,
			data.ErrSyntax, "s3", "extend"},
		{"extending an entry that does not exist", "services/a.json", `{"extend": [{"id": "no-such-entry", "aliases": ["없는 것"]}]}`,
			data.ErrReference, "no-such-entry", "id"},
		{"a built-in ID", "services/a.json", `{"entries": [{"id": "s3", "name": "My S3", "reading": "내 에스쓰리", "kind": "service", "categories": ["storage"], "summary": "요약"}]}`,
			data.ErrDuplicate, "s3", "id"},
		{"a reference to nothing", "services/a.json", `{"entries": [{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summary": "요약", "related": ["nothing-here"]}]}`,
			data.ErrReference, "x", "related[0]"},
		{"an extension's reference to nothing", "services/a.json", `{"extend": [{"id": "s3", "confusables": ["nothing-here"]}]}`,
			data.ErrReference, "s3", "confusables[0]"},
		{"an unknown category", "services/a.json", `{"entries": [{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["cooking"], "summary": "요약"}]}`,
			data.ErrReference, "x", "categories[0]"},
		{"an alias another entry has", "services/a.json", `{"extend": [{"id": "s3", "aliases": ["람다"]}]}`,
			awsnotes.ErrAmbiguousName, "s3", "aliases[0]"},
		{"a scenario's reference to nothing", "services/a.json", `{"extend": [{"id": "s3", "scenarios": [{"quote": "저장하고 싶어", "also": ["confg"]}]}]}`,
			data.ErrReference, "s3", "scenarios[0].also[0]"},
		{"a built-in ID for a new entry", "services/a.json", `{"entries": [{"id": "lambda", "name": "My Lambda", "reading": "내 람다", "kind": "service", "categories": ["compute"], "summary": "요약"}]}`,
			data.ErrDuplicate, "lambda", "id"},
		{"an alias repeated", "services/a.json", `{"extend": [{"id": "s3", "aliases": ["S3"]}]}`,
			nil, "s3", ""},
		{"an empty alias", "services/a.json", `{"extend": [{"id": "s3", "aliases": [""]}]}`,
			data.ErrInvalid, "s3", "aliases"},
		{"nothing", "services/a.json", `{"entries": []}`, data.ErrNoEntries, "", ""},
		{"not JSON", "services/a.json", `{"entries": [`, data.ErrSyntax, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := awsnotes.Extend(fstest.MapFS{tt.file: {Data: []byte(tt.body)}})
			if tt.want == nil {
				// "S3" is already a name of s3: an alias it has is harmless.
				require.NoError(t, err)
				require.NotNil(t, c)
				return
			}
			require.Error(t, err)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, tt.want)
			var de *data.Error
			require.True(t, errors.As(err, &de), "%v", err)
			if tt.want != data.ErrNoEntries {
				assert.Equal(t, tt.file, de.File, "%v", err)
			}
			assert.Equal(t, tt.entry, de.Entry, "%v", err)
			if tt.field != "" {
				assert.Contains(t, de.Field, tt.field, "%v", err)
			}
		})
	}
}

func TestExtendMissingFolder(t *testing.T) {
	_, err := awsnotes.Extend(os.DirFS(filepath.Join(t.TempDir(), "no-such-folder")))
	require.Error(t, err)
	assert.ErrorIs(t, err, fs.ErrNotExist, "a folder that is not there says so: %v", err)
}

func TestLoadRefusesExtend(t *testing.T) {
	_, err := awsnotes.Load(fstest.MapFS{"services/a.json": {Data: []byte(`{"entries": [{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summary": "요약"}], "extend": [{"id": "x", "aliases": ["엑스엑스"]}]}`)}})
	require.Error(t, err)
	assert.ErrorIs(t, err, data.ErrInvalid)
	assert.Contains(t, err.Error(), "Extend")
}
