package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Server-side time to a search result, as the page's script asks for it
// while the learner types (/search?frag=1&q=…): the request is routed,
// checked, searched and the results rendered, the notes already decoded.
//
//	go test -run '^$' -bench 'Search' -benchmem ./examples/web/
func BenchmarkSearchFragment(b *testing.B) {
	h := testServer()
	for _, q := range []string{"ec2", "람다", "ㅋㄹㅇㄷㅌㄹㅇ", "fkaek", "클라우ㄷ", "누가 무엇을 했는가", "<script>"} {
		target := "/search?frag=1&q=" + url.QueryEscape(q)
		get(b, h, target) // decode and index the notes before timing
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
				if rec.Code != 200 {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}

// The whole search page, as a learner without JavaScript gets it.
func BenchmarkSearchPage(b *testing.B) {
	h := testServer()
	target := "/search?q=" + url.QueryEscape("클라우드트레일")
	get(b, h, target)
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	}
}

// BenchmarkFirstSearchCold measures the first search a fresh server
// answers: the notes are decoded and indexed on that first call (never at
// init), so each run starts this test binary anew and times, inside it,
// the first /search request from arrival to rendered results. Reported as
// ms/first-search.
func BenchmarkFirstSearchCold(b *testing.B) {
	var total time.Duration
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperFirstSearch$", "-test.count=1")
		cmd.Env = append(os.Environ(), "WEB_FIRST_SEARCH=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("%v\n%s", err, out)
		}
		_, after, ok := strings.Cut(string(out), "first-search-ns=")
		if !ok {
			b.Fatalf("no timing in:\n%s", out)
		}
		ns, err := strconv.ParseInt(strings.Fields(after)[0], 10, 64)
		if err != nil {
			b.Fatal(err)
		}
		total += time.Duration(ns)
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "ms/first-search")
	b.ReportMetric(0, "ns/op")
}

// TestHelperFirstSearch is BenchmarkFirstSearchCold's child process.
func TestHelperFirstSearch(t *testing.T) {
	if os.Getenv("WEB_FIRST_SEARCH") != "1" {
		t.Skip("run by BenchmarkFirstSearchCold")
	}
	h := newServer(options{})
	start := time.Now()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/search?frag=1&q="+url.QueryEscape("람다"), nil))
	d := time.Since(start)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "/entry/lambda") {
		t.Fatalf("first search: %d", rec.Code)
	}
	fmt.Printf("first-search-ns=%d\n", d.Nanoseconds())
}
