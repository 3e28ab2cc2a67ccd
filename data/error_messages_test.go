package data_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// saysEachThingOnce fails when an error message repeats itself: a part
// that starts with the word a part before it ends with ("id: id \"x\"",
// "kind: kind \"svc\""), a part that repeats one before it ("no
// entries: no entries and ..."), or an empty part (": : key").
func saysEachThingOnce(t assert.TestingT, msg string) {
	parts := strings.Split(msg, ": ")
	for i, p := range parts {
		assert.NotEmpty(t, strings.TrimSpace(p), "an empty part in %q", msg)
		first, _, _ := strings.Cut(p, " ")
		for _, prev := range parts[:i] {
			assert.False(t, strings.HasPrefix(p, prev), "%q repeats %q in %q", p, prev, msg)
			last := prev[strings.LastIndexAny(prev, ". ")+1:] // "status.state" → "state"
			if j := strings.IndexByte(last, '['); j >= 0 {
				last = last[:j] // "related[0]" → "related"
			}
			assert.NotEqual(t, strings.ToLower(last), strings.ToLower(first), "%q says %q twice", msg, last)
		}
	}
}

// failures counts what saysEachThingOnce reports.
type failures int

func (f *failures) Errorf(string, ...any) { *f++ }

func TestErrorMessagesSayEachThingOnce(t *testing.T) {
	entry := func(extra string) string {
		return `{"id": "x", "name": "X", "reading": "엑스", "kind": "service", "categories": ["security"], "summary": "연습"` + extra + `}`
	}
	file := func(body string) fstest.MapFS { return fstest.MapFS{"services/a.json": {Data: []byte(body)}} }
	cases := map[string]fstest.MapFS{
		"no files":          {},
		"no entries":        file(`{"entries": []}`),
		"bad JSON":          file(`{"entries": [`),
		"unknown field":     file(`{"entries": [{"id": "x", "summery": "a"}]}`),
		"field case":        file(`{"entries": [{"ID": "x"}]}`),
		"top-level case":    file(`{"Entries": []}`),
		"key twice":         file(`{"entries": [{"id": "x", "id": "y"}]}`),
		"duplicate ID":      file(`{"entries": [` + entry("") + `,` + entry("") + `]}`),
		"built-in ID":       file(`{"entries": [` + strings.Replace(entry(""), `"x"`, `"s3"`, 1) + `]}`),
		"bad ID":            file(`{"entries": [` + strings.Replace(entry(""), `"x"`, `"Bad ID"`, 1) + `]}`),
		"dangling related":  file(`{"entries": [` + entry(`, "related": ["nope"]`) + `]}`),
		"unknown category":  file(`{"entries": [` + strings.Replace(entry(""), `"security"`, `"nope"`, 1) + `]}`),
		"bad kind":          file(`{"entries": [` + strings.Replace(entry(""), `"service"`, `"svc"`, 1) + `]}`),
		"bad state":         file(`{"entries": [` + entry(`, "status": {"state": "gone", "note": "없어짐"}`) + `]}`),
		"bad date":          file(`{"entries": [` + entry(`, "status": {"state": "retired", "note": "없어짐", "date": "2024/01/01"}`) + `]}`),
		"empty name":        file(`{"entries": [` + strings.Replace(entry(""), `"X"`, `""`, 1) + `]}`),
		"extend in Decode":  file(`{"extend": [{"id": "s3", "aliases": ["내 버킷"]}]}`),
		"extend nothing":    file(`{"extend": [{"id": "nope", "aliases": ["a"]}]}`),
		"unknown source":    file(`{"entries": [` + entry(`, "notes": [{"source": "zz", "section": "s", "heading": "h", "lines": [{"text": "t"}]}]`) + `]}`),
		"future schema":     {"meta.json": {Data: []byte(`{"schema": 99}`)}, "services/a.json": {Data: []byte(`{"entries": [` + entry("") + `]}`)}},
		"source not AWS":    file(`{"entries": [` + entry(`, "facts": [{"text": "사실", "source": "https://example.com/x"}]`) + `]}`),
		"source not https":  file(`{"entries": [` + entry(`, "sources": ["http://aws.amazon.com/s3/"]`) + `]}`),
		"duplicate aliases": file(`{"entries": [` + entry(`, "aliases": ["a", "a"]`) + `]}`),
	}
	base, err := data.Embedded()
	require.NoError(t, err)
	seen := 0
	for name, fsys := range cases {
		if _, err := data.Decode(fsys); err != nil {
			t.Run("Decode "+name, func(t *testing.T) { saysEachThingOnce(t, err.Error()) })
			seen++
		}
		if _, err := data.Overlay(base, fsys); err != nil {
			t.Run("Overlay "+name, func(t *testing.T) { saysEachThingOnce(t, err.Error()) })
			seen++
		}
	}
	assert.Greater(t, seen, 2*len(cases)-5, "nearly every case is an error for both")
}

func TestSaysEachThingOnceCatchesRepeats(t *testing.T) {
	for _, msg := range []string{
		`awsnotes data: .: no entries: no entries and no extensions in services/*.json`,
		`awsnotes data: a.json: entry "x": kind: invalid value: kind "svc" is not one of service`,
		`awsnotes data: a.json: entry "x": id: duplicate: id "x" is also used in b.json`,
		`awsnotes data: a.json: entry "x": status.state: invalid value: state "gone"`,
		`awsnotes data: a.json: malformed data file: : key "ID" must be spelt "id"`,
	} {
		var f failures
		saysEachThingOnce(&f, msg)
		assert.NotZero(t, int(f), msg)
	}
}
