package main

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Limits on what a client sends, checked before anything reaches the
// library.
const (
	maxQueryRunes  = 200      // a search query: a pasted note line fits
	maxQueryBytes  = 1 << 10  // before counting runes
	maxValueBytes  = 64       // an ID, a kind, a category, a number
	maxCompare     = 5        // entries in one comparison
	maxFormValues  = 32       // values in one query string
	maxGradeBody   = 4 << 20  // a question sheet, the choices and the progress JSON
	maxSmallBody   = 64 << 10 // any other request body
	maxConcurrency = 8        // quiz requests worked on at once; more wait
	waitForSlot    = 5 * time.Second
)

// options configure a server; the zero value serves the embedded notes
// with the real clock and no log.
type options struct {
	Log *log.Logger
	// Now is the clock progress is recorded with; nil means time.Now.
	Now func() time.Time
	// Seed picks a new quiz's seed when the request names none; nil means
	// a random one.
	Seed func() uint64
}

type server struct {
	opts  options
	pages map[string]*template.Template
	mux   *http.ServeMux
	slots chan struct{} // bounds the quiz work done at once
}

// newServer returns the study page's handler: every route, wrapped in the
// security headers, a panic guard and the request limits.
func newServer(o options) http.Handler {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Seed == nil {
		o.Seed = randomSeed
	}
	s := &server{opts: o, mux: http.NewServeMux(), slots: make(chan struct{}, maxConcurrency)}
	s.pages = parsePages()
	static, err := fs.Sub(staticFS, "static")
	if err != nil {
		panic(err) // the embedded folder is there at build time
	}
	files := http.FileServerFS(static)
	s.mux.Handle("GET /static/", cacheFor(time.Hour, http.StripPrefix("/static/", files)))
	s.mux.HandleFunc("GET /{$}", s.home)
	s.mux.HandleFunc("GET /search", s.search)
	s.mux.HandleFunc("GET /entry/{id}", s.entry)
	s.mux.HandleFunc("GET /tables", s.tables)
	s.mux.HandleFunc("GET /tables/{id}", s.table)
	s.mux.HandleFunc("GET /compare", s.compare)
	s.mux.HandleFunc("GET /quiz", s.quizSetup)
	s.mux.HandleFunc("GET /quiz/play", s.quizPlay)
	s.mux.HandleFunc("GET /progress", s.progressPage)
	s.mux.Handle("GET /api/sheet", s.limited(http.HandlerFunc(s.apiSheet)))
	s.mux.Handle("POST /api/grade", s.limited(http.HandlerFunc(s.apiGrade)))
	s.mux.Handle("POST /api/stats", s.limited(http.HandlerFunc(s.apiStats)))
	s.mux.Handle("POST /api/merge", s.limited(http.HandlerFunc(s.apiMerge)))
	s.mux.HandleFunc("/", s.notFound)
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "+
		"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.logf("panic serving %s: %v\n%s", r.URL.Path, v, debug.Stack())
			s.fail(w, r, http.StatusInternalServerError, "서버에서 문제가 생겼습니다. 잠시 후 다시 시도하세요.")
		}
	}()
	if len(r.URL.RawQuery) > 4<<10 || strings.Count(r.URL.RawQuery, "&") >= maxFormValues {
		s.fail(w, r, http.StatusBadRequest, "주소의 검색 조건이 너무 깁니다.")
		return
	}
	limit := int64(maxSmallBody)
	if r.URL.Path == "/api/grade" || r.URL.Path == "/api/merge" {
		limit = maxGradeBody
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	s.mux.ServeHTTP(w, r)
}

// limited lets at most maxConcurrency quiz requests work at once; the rest
// wait up to waitForSlot, then get 503.
func (s *server) limited(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := time.NewTimer(waitForSlot)
		defer t.Stop()
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
			h.ServeHTTP(w, r)
		case <-t.C:
			w.Header().Set("Retry-After", "1")
			s.fail(w, r, http.StatusServiceUnavailable, "지금은 요청이 많습니다. 잠시 후 다시 시도하세요.")
		case <-r.Context().Done():
		}
	})
}

func cacheFor(d time.Duration, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(d.Seconds())))
		h.ServeHTTP(w, r)
	})
}

func (s *server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		s.opts.Log.Printf(format, args...)
	}
}

// errorPage is what a refused or failed request shows.
type errorPage struct {
	Status  int
	Message string
}

// fail answers with status and a Korean message: JSON for the API, a page
// otherwise.
func (s *server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeJSON(w, status, map[string]string{"error": msg})
		return
	}
	s.render(w, r, status, "error", "문제가 있습니다", errorPage{Status: status, Message: msg})
}

func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		s.fail(w, r, http.StatusMethodNotAllowed, "이 주소에는 그런 요청을 보낼 수 없습니다.")
		return
	}
	s.fail(w, r, http.StatusNotFound, "찾는 페이지가 없습니다.")
}

// page is what every template receives.
type page struct {
	Title string
	Nav   string // the section the page belongs to, for aria-current
	Data  any
}

var navOf = map[string]string{
	"home": "search", "search": "search", "entry": "search",
	"tables": "tables", "table": "tables", "compare": "tables",
	"quiz": "quiz", "play": "quiz", "progress": "progress",
}

// render executes a page template into a buffer first, so a template error
// never leaves half a page behind.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	t, ok := s.pages[name]
	if !ok {
		panic("no template " + name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", page{Title: title, Nav: navOf[name], Data: data}); err != nil {
		s.logf("template %s: %v", name, err)
		http.Error(w, "페이지를 만들지 못했습니다.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(buf.Bytes())
	}
}

// renderFragment executes one named template alone: the search results
// that the page's script swaps in as the learner types.
func (s *server) renderFragment(w http.ResponseWriter, name, block string, data any) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, block, data); err != nil {
		s.logf("template %s/%s: %v", name, block, err)
		http.Error(w, "페이지를 만들지 못했습니다.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

// parsePages parses each page template with the shared layout.
func parsePages() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html"))
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		panic(err)
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" {
			continue
		}
		pages[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, n))
	}
	return pages
}

// formValue returns one query value, refusing one that is too long or not
// UTF-8: ok is false and the message says why, in Korean.
func formValue(r *http.Request, key string, maxBytes int) (string, string) {
	v := r.URL.Query().Get(key)
	if len(v) > maxBytes {
		return "", fmt.Sprintf("%s 값이 너무 깁니다.", key)
	}
	if !utf8.ValidString(v) {
		return "", fmt.Sprintf("%s 값이 올바른 UTF-8 글자가 아닙니다.", key)
	}
	return strings.TrimSpace(v), ""
}
