package main

import (
	"encoding/json"
	"github.com/cloudnotes-kr/awsnotes/quiz"
	"io"

	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/cloudnotes-kr/awsnotes/awsnotes"
	"github.com/cloudnotes-kr/awsnotes/compare"
)

func allEntryIDs() []string {
	var ids []string
	for _, s := range awsnotes.All() {
		ids = append(ids, s.ID.String())
	}
	return ids
}

func allTableIDs() []string {
	var ids []string
	for _, t := range compare.All() {
		ids = append(ids, t.ID)
	}
	return ids
}

// entrySample says what an entry holds, for tests that need an entry with
// some feature.
type entrySample struct {
	nested, highlighted, dated, corrected bool
}

func findEntry(want func(entrySample) bool) (string, bool) {
	for _, s := range awsnotes.All() {
		var e entrySample
		for _, n := range s.Notes {
			for _, l := range n.Lines {
				e.nested = e.nested || l.Depth > 0
				e.highlighted = e.highlighted || len(l.Highlights) > 0
			}
		}
		e.dated = s.Status.Date != ""
		e.corrected = len(s.Corrections) > 0
		if want(e) {
			return s.ID.String(), true
		}
	}
	return "", false
}

func httptestPost(h http.Handler, target, body, ctype string) *httptest.ResponseRecorder {
	if ctype == "" {
		ctype = "application/json"
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	h.ServeHTTP(rec, req)
	return rec
}

type sheetResponseSheet = quiz.Sheet

func jsonDecode(r io.Reader, v any) error { return json.NewDecoder(r).Decode(v) }
