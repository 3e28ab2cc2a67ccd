package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tags in a page: text is escaped, so every "<" followed by a letter starts
// a real tag.
var (
	scriptTag  = regexp.MustCompile(`<script[^>]*>`)
	anyTag     = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	inlineAttr = regexp.MustCompile(`\s(on[a-z]+|style)\s*=`)
)

var fixedNow = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)

func testServer() http.Handler {
	return newServer(options{Now: func() time.Time { return fixedNow }, Seed: func() uint64 { return 42 }})
}

// get serves one GET request and returns the status and body.
func get(t testing.TB, h http.Handler, target string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec.Code, rec.Body.String()
}

func TestPagesAnswer(t *testing.T) {
	h := testServer()
	for _, tt := range []struct {
		target string
		status int
		want   []string
	}{
		{"/", 200, []string{`<html lang="ko">`, `action="/search"`, "비교표"}},
		{"/search?q=" + url.QueryEscape("람다"), 200, []string{`href="/entry/lambda"`, "<mark>람다</mark>", `value="람다"`}},
		{"/search?q=" + url.QueryEscape("ㅋㄹㅇㄷㅌㄹㅇ"), 200, []string{`href="/entry/cloudtrail"`}},
		{"/search?q=fkaek", 200, []string{`href="/entry/lambda"`}},
		{"/search?q=", 200, []string{`id="q"`}},
		{"/search?q=" + url.QueryEscape("zzqqxxvv"), 200, []string{"맞는 항목이 없습니다"}},
		{"/entry/cloudtrail", 200, []string{"CloudTrail", "클라우드트레일", "시험 영역", "출처"}},
		{"/tables", 200, []string{`href="/tables/ecs-vs-eks"`}},
		{"/tables/ecs-vs-eks", 200, []string{"<table", "ECS", "EKS", "이럴 때"}},
		{"/compare?id=ecs&id=eks&id=lambda", 200, []string{"<table", "Lambda"}},
		{"/compare?id=" + url.QueryEscape("클라우드트레일") + "&id=x-ray", 200, []string{"CloudTrail", "X-Ray"}},
		{"/quiz", 200, []string{`action="/quiz/play"`, "모의고사", "보안"}},
		{"/quiz/play?mode=practice&count=3", 200, []string{`src="/static/quiz.js"`, "<noscript>"}},
		{"/quiz/play?mode=exam", 200, []string{"모의고사"}},
		{"/progress", 200, []string{`id="progress-download"`}},
		{"/static/app.css", 200, []string{"--accent"}},
		{"/static/app.js", 200, []string{"frag=1"}},
		{"/static/quiz.js", 200, []string{"/api/grade"}},
		{"/no/such/page", 404, []string{"찾는 페이지가 없습니다"}},
		{"/entry/no-such-entry", 404, []string{"노트에 없습니다"}},
		{"/tables/no-such-table", 404, []string{"비교표는 없습니다"}},
	} {
		t.Run(tt.target, func(t *testing.T) {
			code, body := get(t, h, tt.target)
			assert.Equal(t, tt.status, code)
			for _, w := range tt.want {
				assert.Contains(t, body, w)
			}
		})
	}
}

// Every entry and every curated table renders.
func TestEveryEntryAndTableRenders(t *testing.T) {
	h := testServer()
	for _, id := range allEntryIDs() {
		code, body := get(t, h, "/entry/"+id)
		require.Equal(t, 200, code, id)
		require.Contains(t, body, "<h1>", id)
	}
	for _, id := range allTableIDs() {
		code, _ := get(t, h, "/tables/"+id)
		require.Equal(t, 200, code, id)
	}
}

func TestQueryIsEscaped(t *testing.T) {
	h := testServer()
	for _, q := range []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `'><svg/onload=alert(1)>`} {
		for _, target := range []string{"/search?q=" + url.QueryEscape(q), "/search?frag=1&q=" + url.QueryEscape(q)} {
			code, body := get(t, h, target)
			require.Equal(t, 200, code)
			assert.NotContains(t, body, "<script>alert", target)
			assert.NotContains(t, body, "<img src=x", target)
			assert.NotContains(t, body, "<svg/onload", target)
		}
	}
	_, body := get(t, h, "/search?q="+url.QueryEscape("<script>"))
	assert.Contains(t, body, `value="&lt;script&gt;"`)
	_, body = get(t, h, "/compare?id="+url.QueryEscape("<script>")+"&id=ec2")
	assert.NotContains(t, body, "<script>\"")
	assert.Contains(t, body, "&lt;script&gt;")
}

func TestBadInputGetsKorean400(t *testing.T) {
	h := testServer()
	long := strings.Repeat("람", maxQueryRunes+1)
	many := strings.Repeat("a=1&", maxFormValues+1)
	for _, tt := range []struct{ target, want string }{
		{"/search?q=" + url.QueryEscape(long), "200자까지"},
		{"/search?q=" + url.QueryEscape(strings.Repeat("a", maxQueryBytes+1)), "너무 깁니다"},
		{"/search?q=%ff%fe", "UTF-8"},
		{"/search?" + many + "q=ec2", "너무 깁니다"},
		{"/entry/Not_An_ID", "항목 ID"},
		{"/entry/" + strings.Repeat("a", 100), "항목 ID"},
		{"/compare?id=ec2", "2개에서 5개"},
		{"/compare?id=a&id=b&id=c&id=d&id=e&id=f", "2개에서 5개"},
		{"/compare?id=ec2&id=" + url.QueryEscape("이씨투"), "같은 항목"},
		{"/compare?id=ec2&id=nonesuch", "노트에 없습니다"},
		{"/quiz/play?kind=essay", "문제 유형"},
		{"/quiz/play?category=gaming", "분야"},
		{"/quiz/play?domain=9", "1에서 4"},
		{"/quiz/play?task=9.9", "시험 작업"},
		{"/quiz/play?count=999", "문제 수"},
		{"/quiz/play?count=3&count=4", "하나만"},
		{"/quiz/play?mode=party", "mode"},
		{"/api/sheet?seed=-1", "seed"},
		{"/api/sheet?kind=" + url.QueryEscape(strings.Repeat("x", 100)), "너무 길거나"},
	} {
		t.Run(tt.target[:min(len(tt.target), 60)], func(t *testing.T) {
			code, body := get(t, h, tt.target)
			assert.Equal(t, http.StatusBadRequest, code)
			assert.Contains(t, body, tt.want)
		})
	}
}

func TestSecurityHeadersAndNoInlineScript(t *testing.T) {
	h := testServer()
	for _, target := range []string{"/", "/search?q=ec2", "/entry/lambda", "/tables", "/tables/ecs-vs-eks", "/compare?id=sqs&id=sns", "/quiz", "/quiz/play", "/progress", "/nope"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
		csp := rec.Header().Get("Content-Security-Policy")
		assert.Contains(t, csp, "script-src 'self'", target)
		assert.NotContains(t, csp, "unsafe-inline", target)
		assert.Equal(t, "nosniff", rec.Header().Get("X-Content-Type-Options"))
		assert.Equal(t, "text/html; charset=utf-8", rec.Header().Get("Content-Type"), target)
		body := rec.Body.String()
		for _, tag := range scriptTag.FindAllString(body, -1) {
			assert.Contains(t, tag, ` src="/static/`, "%s: inline script %s", target, tag)
		}
		for _, tag := range anyTag.FindAllString(body, -1) {
			assert.NotRegexp(t, inlineAttr, tag, "%s: inline handler or style in %s", target, tag)
		}
		assert.NotContains(t, body, "<style", target)
	}
}

func TestSearchFragmentIsOnlyResults(t *testing.T) {
	code, body := get(t, testServer(), "/search?frag=1&q=ec2")
	require.Equal(t, 200, code)
	assert.NotContains(t, body, "<html")
	assert.Contains(t, body, `href="/entry/ec2"`)
	assert.True(t, strings.HasPrefix(strings.TrimSpace(body), `<form action="/compare"`), body[:min(len(body), 200)])
}

func TestEntryShowsNotesNestingHighlightsAndStatus(t *testing.T) {
	h := testServer()
	svc, ok := findEntry(func(s entrySample) bool { return s.nested && s.highlighted })
	require.True(t, ok, "some entry has nested, highlighted note lines")
	_, body := get(t, h, "/entry/"+svc)
	assert.Contains(t, body, `<ul class="lines"><li>`)
	assert.Regexp(t, regexp.MustCompile(`(?s)<li>[^<]*(<mark>[^<]*</mark>[^<]*)*<ul class="lines">`), body, "a nested list inside a bullet")
	assert.Contains(t, body, "<mark>")

	retired, ok := findEntry(func(s entrySample) bool { return s.dated })
	require.True(t, ok)
	_, body = get(t, h, "/entry/"+retired)
	assert.Regexp(t, `<time datetime="\d{4}-\d{2}(-\d{2})?">`, body)

	corrected, ok := findEntry(func(s entrySample) bool { return s.corrected })
	require.True(t, ok)
	_, body = get(t, h, "/entry/"+corrected)
	assert.Contains(t, body, `<p class="correction"><strong>정정</strong>`)
}

func TestLineTreeAndHighlights(t *testing.T) {
	assert.Equal(t, `a <mark>&lt;b&gt;</mark> c <mark>b c</mark>`, string(markHighlights("a <b> c b c", []string{"<b>", "b c"})))
	assert.Equal(t, `<mark>abc</mark>d`, string(markHighlights("abcd", []string{"ab", "abc", ""})))
	assert.Equal(t, `x &amp; y`, string(markHighlights("x & y", nil)))
}

func TestStaticFilesAreCached(t *testing.T) {
	rec := httptest.NewRecorder()
	testServer().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/static/app.js", nil))
	assert.Equal(t, 200, rec.Code)
	assert.Contains(t, rec.Header().Get("Content-Type"), "javascript")
	assert.Contains(t, rec.Header().Get("Cache-Control"), "max-age")
}

func TestPostToPageIsRefused(t *testing.T) {
	rec := httptest.NewRecorder()
	testServer().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/search?q=ec2", strings.NewReader("x")))
	assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)
}

// post serves one JSON POST.
func post(t *testing.T, h http.Handler, target string, body []byte) (int, []byte) {
	t.Helper()
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.Bytes()
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func readAll(t *testing.T, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	return string(b)
}
