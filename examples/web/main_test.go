package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListenAddr(t *testing.T) {
	for in, want := range map[string]string{
		"8080":           "127.0.0.1:8080",
		":8080":          "127.0.0.1:8080",
		"127.0.0.1:9000": "127.0.0.1:9000",
		"localhost:0":    "localhost:0",
		"0.0.0.0:8080":   "0.0.0.0:8080", // asked for by name
		"[::1]:8080":     "[::1]:8080",
	} {
		got, err := listenAddr(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"70000", "host", "1.2.3.4:port", ":99999", ""} {
		_, err := listenAddr(bad)
		assert.Error(t, err, bad)
	}
}

func TestFlags(t *testing.T) {
	var out, errb strings.Builder
	assert.Equal(t, 0, run(context.Background(), []string{"-h"}, &out, &errb))
	assert.Contains(t, errb.String(), "usage: web")
	for _, args := range [][]string{{"-bogus"}, {"extra"}, {"-addr", "nowhere"}} {
		out.Reset()
		errb.Reset()
		assert.Equal(t, 2, run(context.Background(), args, &out, &errb), args)
		assert.Contains(t, errb.String(), "usage: web")
		assert.Empty(t, out.String())
	}
}

// lineWriter hands each line written to a channel: the test reads the URL
// the server prints.
type lineWriter struct {
	mu sync.Mutex
	pw *io.PipeWriter
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.pw.Write(p)
}

// startRun starts the program on a free loopback port and returns its URL
// and a function that presses Ctrl-C and waits for the exit code.
func startRun(t *testing.T) (string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	code := make(chan int, 1)
	go func() {
		code <- run(ctx, []string{"-addr", "127.0.0.1:0"}, &lineWriter{pw: pw}, io.Discard)
		pw.Close()
	}()
	lines := bufio.NewScanner(pr)
	require.True(t, lines.Scan(), "the server prints its URL")
	first := lines.Text()
	i := strings.Index(first, "http://")
	require.GreaterOrEqual(t, i, 0, first)
	base := strings.TrimSuffix(strings.Fields(first[i:])[0], "/")
	go io.Copy(io.Discard, pr)
	stop := func() int {
		cancel()
		select {
		case c := <-code:
			return c
		case <-time.After(15 * time.Second):
			t.Fatal("the server did not stop within 15s of Ctrl-C")
			return -1
		}
	}
	return base, stop
}

func TestRunServesOnLoopbackAndStopsCleanly(t *testing.T) {
	base, stop := startRun(t)
	assert.True(t, strings.HasPrefix(base, "http://127.0.0.1:"), base)
	resp, err := http.Get(base + "/search?q=ec2")
	require.NoError(t, err)
	body := readAll(t, resp.Body)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, body, "/entry/ec2")

	assert.Equal(t, 0, stop())
	_, err = http.Get(base + "/")
	assert.Error(t, err, "nothing listens after the shutdown")
}

// The shutdown run does on Ctrl-C lets a request in flight finish: the
// handler is still working when Shutdown is called, and its answer arrives.
func TestShutdownLetsRequestsInFlightFinish(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	srv := newHTTPServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		io.WriteString(w, "done")
	}))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go srv.Serve(ln)
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- err.Error()
			return
		}
		defer resp.Body.Close()
		got <- readAll(t, resp.Body)
	}()
	<-entered
	shut := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		shut <- srv.Shutdown(ctx)
	}()
	time.Sleep(20 * time.Millisecond) // Shutdown is now waiting for the handler
	close(release)
	assert.Equal(t, "done", <-got)
	assert.NoError(t, <-shut)
}

// Many clients at once, on loopback only, bounded in number and time:
// every answer is right, and -race sees no race.
func TestManyClientsAtOnce(t *testing.T) {
	base, stop := startRun(t)
	defer stop()
	sheet := fetchSheetHTTP(t, base, "count=5&seed=21")
	gradeBody := string(mustJSON(t, gradeRequest{Sheet: sheet, Responses: [][]int{{0}, {1}}}))
	const clients, each = 24, 12
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	client := &http.Client{Timeout: 30 * time.Second}
	targets := []string{
		"/search?q=" + url.QueryEscape("람다"), "/search?frag=1&q=" + url.QueryEscape("ㅋㄹㅇㄷㅌㄹㅇ"), "/entry/cloudtrail",
		"/tables/ecs-vs-eks", "/compare?id=sqs&id=sns&id=mq", "/api/sheet?count=5", "/quiz", "/static/app.js",
	}
	var failures atomic.Int32
	var firstErr atomic.Value
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if ctx.Err() != nil {
					return
				}
				var req *http.Request
				if (c+i)%5 == 4 {
					req, _ = http.NewRequestWithContext(ctx, http.MethodPost, base+"/api/grade", strings.NewReader(gradeBody))
					req.Header.Set("Content-Type", "application/json")
				} else {
					req, _ = http.NewRequestWithContext(ctx, http.MethodGet, base+targets[(c+i)%len(targets)], nil)
				}
				resp, err := client.Do(req)
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("%s: %d", req.URL, resp.StatusCode))
				}
			}
		}()
	}
	wg.Wait()
	require.NoError(t, ctx.Err(), "all requests within the minute")
	assert.Zero(t, failures.Load(), "first failure: %v", firstErr.Load())
}

func fetchSheetHTTP(t *testing.T, base, query string) sheetResponseSheet {
	t.Helper()
	resp, err := http.Get(base + "/api/sheet?" + query)
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode)
	var r sheetResponse
	require.NoError(t, jsonDecode(resp.Body, &r))
	return r.Sheet
}
