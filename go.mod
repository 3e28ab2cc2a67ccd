module github.com/cloudnotes-kr/awsnotes

go 1.24.5

require (
	github.com/sahilm/fuzzy v0.1.3
	golang.org/x/text v0.34.0
)

require (
	github.com/rivo/uniseg v0.4.7
	golang.org/x/term v0.40.0
)

require (
	github.com/chromedp/cdproto v0.0.0-20250724212937-08a3db8b4327
	github.com/chromedp/chromedp v0.14.2
	github.com/open-spaced-repetition/go-fsrs/v3 v3.3.1
	golang.org/x/sys v0.41.0
)

require (
	github.com/chromedp/sysutil v1.1.0 // indirect
	github.com/go-json-experiment/json v0.0.0-20250725192818-e39067aee2d2 // indirect
	github.com/gobwas/httphead v0.1.0 // indirect
	github.com/gobwas/pool v0.2.1 // indirect
	github.com/gobwas/ws v1.4.0 // indirect
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
