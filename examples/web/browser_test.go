package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cloudnotes-kr/awsnotes/quiz"
)

// screenshotDir is where the browser test writes a PNG of each screen:
// examples/web/testdata/screenshots (ignored by git), or $WEB_SCREENSHOTS.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("WEB_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("testdata", "screenshots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	abs, _ := filepath.Abs(dir)
	t.Logf("screenshots: %s", abs)
	return dir
}

// findBrowser returns a Chromium or Chrome to drive: $CHROME_PATH, or the
// first of the usual names on PATH.
func findBrowser() (string, bool) {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p, true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// serveLoopback serves the study page on 127.0.0.1 the way run does, with
// the test's clock.
func serveLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := newHTTPServer(newServer(options{Now: func() time.Time { return fixedNow }}))
	go srv.Serve(ln)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	})
	return "http://" + ln.Addr().String()
}

// TestInABrowser drives headless Chromium against the server on loopback
// at a phone's width (390 px): search as you type, a curated table and a
// picked comparison, an entry, a three-question quiz answered with the
// keyboard alone, and the progress kept across a reload. It writes a
// screenshot of each screen (see screenshotDir) and logs the bytes the
// first load transferred.
func TestInABrowser(t *testing.T) {
	browser, ok := findBrowser()
	if !ok {
		t.Skip("no Chromium or Chrome found (apt-get install chromium, as .ci/run does, or set CHROME_PATH): the browser test cannot run here")
	}
	base := serveLoopback(t)
	shots := screenshotDir(t)

	allocOpts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox, // CI runs as root
		chromedp.WindowSize(390, 844),
		chromedp.Flag("lang", "ko-KR"),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), allocOpts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(allocCtx, chromedp.WithErrorf(t.Logf))
	defer cancelCtx()
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTime()
	if err := chromedp.Run(ctx); err != nil {
		t.Skipf("could not start %s: %v", browser, err)
	}

	// Bytes transferred, for the page weight.
	var mu sync.Mutex
	transferred := map[string]float64{}
	requested := map[network.RequestID]string{}
	chromedp.ListenTarget(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			requested[e.RequestID] = e.Request.URL
		case *network.EventLoadingFinished:
			transferred[requested[e.RequestID]] += e.EncodedDataLength
		}
	})

	shot := func(name string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			var png []byte
			if err := chromedp.FullScreenshot(&png, 100).Do(ctx); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644)
		})
	}
	// view writes what the phone's screen shows, for pages longer than it.
	view := func(name string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			var png []byte
			if err := chromedp.CaptureScreenshot(&png).Do(ctx); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644)
		})
	}
	phone := chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2))

	// 1. The first load, and its weight.
	require.NoError(t, chromedp.Run(ctx, network.Enable(), phone,
		chromedp.Navigate(base+"/"), chromedp.WaitVisible("#q", chromedp.ByID), shot("01-home")))
	time.Sleep(200 * time.Millisecond) // the favicon's request ends after the load event
	mu.Lock()
	var total float64
	var parts []string
	for u, n := range transferred {
		total += n
		parts = append(parts, fmt.Sprintf("%s %.0f", strings.TrimPrefix(u, base), n))
	}
	mu.Unlock()
	t.Logf("first load of /: %.0f bytes transferred (%s)", total, strings.Join(parts, ", "))

	// 2. Search as you type: no form submit, the same page, results follow
	// the keys. "fkaek" is 람다 typed with the keyboard in English mode.
	var marker, href, loc string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Evaluate(`window.samePage = "yes"`, &marker),
		chromedp.SendKeys("#q", "fkaek", chromedp.ByID),
		chromedp.WaitVisible(`#results a[href="/entry/lambda"]`, chromedp.ByQuery),
		chromedp.Evaluate(`window.samePage`, &marker),
		chromedp.Location(&loc),
		shot("02-search-as-you-type"),
	))
	assert.Equal(t, "yes", marker, "the results came without a page load")
	assert.True(t, strings.HasSuffix(loc, "/search?q=fkaek"), "the address follows the query: %s", loc)

	// Korean typed straight in, and the arrow key takes the focus to the
	// first result; Enter opens it.
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Evaluate(`document.getElementById("q").value = ""`, nil),
		chromedp.SendKeys("#q", "클라우드트레일", chromedp.ByID),
		chromedp.WaitVisible(`#results a[href="/entry/cloudtrail"]`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.Evaluate(`document.activeElement.getAttribute("href")`, &href),
	))
	assert.Equal(t, "/entry/cloudtrail", href)
	require.NoError(t, chromedp.Run(ctx,
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`article.entry`, chromedp.ByQuery),
		view("03-entry"),
		shot("03-entry-full"),
	))
	// An entry whose notes nest bullets and mark phrases, scrolled to them.
	nested, ok := findEntry(func(s entrySample) bool { return s.nested && s.highlighted })
	require.True(t, ok)
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(base+"/entry/"+nested),
		chromedp.WaitVisible(`.lines .lines`, chromedp.ByQuery),
		chromedp.ScrollIntoView(`.note`, chromedp.ByQuery),
		view("03b-entry-nested-notes"),
	))

	// 3. A curated table, and two entries picked from a search.
	var caption string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(base+"/tables"),
		chromedp.Click(`a[href="/tables/ecs-vs-eks"]`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.compare`, chromedp.ByQuery),
		chromedp.Text(`h1`, &caption, chromedp.ByQuery),
		view("04-table"),
	))
	assert.Contains(t, caption, "ECS")
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(base+"/search?q=sqs+sns"),
		chromedp.WaitVisible(`#pick-sqs`, chromedp.ByID),
		chromedp.Click(`#pick-sqs`, chromedp.ByID),
		chromedp.Click(`#pick-sns`, chromedp.ByID),
		chromedp.Click(`.compare-button`, chromedp.ByQuery),
		chromedp.WaitVisible(`table.compare`, chromedp.ByQuery),
		chromedp.Location(&loc),
		shot("05-compare-picked"),
	))
	assert.Contains(t, loc, "/compare?id=sqs&id=sns")

	// 4. A three-question quiz with the keyboard alone: the first answered
	// right with a number key, the second right with a letter key, the
	// third wrong; Enter goes on each time.
	const play = "/quiz/play?mode=practice&count=3&seed=7"
	sheet := fetchSheetHTTP(t, base, "mode=practice&count=3&seed=7")
	qz, err := sheet.Quiz()
	require.NoError(t, err)
	right0 := qz.Questions[0].Answers
	right1 := qz.Questions[1].Answers
	wrong2 := (qz.Questions[2].Answers[0] + 1) % len(qz.Questions[2].Choices)
	require.Len(t, right0, 1, "the test answers single-answer questions")
	require.Len(t, right1, 1)
	var focused, score string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(base+play),
		chromedp.WaitVisible(`#prompt`, chromedp.ByID),
		chromedp.Evaluate(`document.activeElement.id`, &focused),
	))
	assert.Equal(t, "prompt", focused, "the question has the focus, so the keys answer it")
	require.NoError(t, chromedp.Run(ctx,
		chromedp.KeyEvent(fmt.Sprint(right0[0]+1)),
		chromedp.WaitVisible(fmt.Sprintf(`button[data-choice="%d"][aria-pressed="true"]`, right0[0]), chromedp.ByQuery),
		shot("06-quiz-question"),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`#prompt`, chromedp.ByID),
		chromedp.KeyEvent(strings.ToLower(quiz.Letter(right1[0]))),
		chromedp.WaitVisible(fmt.Sprintf(`button[data-choice="%d"][aria-pressed="true"]`, right1[0]), chromedp.ByQuery),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`#prompt`, chromedp.ByID),
		chromedp.KeyEvent(fmt.Sprint(wrong2+1)),
		chromedp.WaitVisible(fmt.Sprintf(`button[data-choice="%d"][aria-pressed="true"]`, wrong2), chromedp.ByQuery),
		chromedp.KeyEvent(kb.Enter),
		chromedp.WaitVisible(`#score`, chromedp.ByID),
		chromedp.Text(`#score`, &score, chromedp.ByID),
		shot("07-quiz-score"),
	))
	assert.Contains(t, score, "점수 2 / 3")

	// 5. Progress: kept in localStorage as package study's JSON, shown on
	// the progress page, and still there after a reload.
	var stored, summary string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Evaluate(`JSON.parse(localStorage.getItem("awsnotes-progress")).format`, &stored),
		chromedp.Navigate(base+"/progress"),
		chromedp.WaitVisible(`#progress-summary`, chromedp.ByID),
		chromedp.Reload(),
		chromedp.WaitVisible(`#progress-summary`, chromedp.ByID),
		chromedp.Text(`#progress-summary`, &summary, chromedp.ByID),
		shot("08-progress-after-reload"),
	))
	assert.Equal(t, "awsnotes-study-progress", stored)
	assert.Contains(t, summary, "3문제")
	assert.Contains(t, summary, "정답률 67%")

	// 6. The mock exam starts with its clock (a screenshot for the
	// reviewer; the httptest tests grade it).
	var clock string
	require.NoError(t, chromedp.Run(ctx,
		chromedp.Navigate(base+"/quiz/play?mode=exam&seed=3"),
		chromedp.WaitVisible(`#clock`, chromedp.ByID),
		chromedp.Text(`#clock`, &clock, chromedp.ByID),
		shot("09-mock-exam"),
	))
	assert.Regexp(t, `^남은 시간 (90:00|89:[0-5]\d)$`, clock)
}
