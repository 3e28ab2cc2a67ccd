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
	github.com/open-spaced-repetition/go-fsrs/v3 v3.3.1
	golang.org/x/sys v0.41.0
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
