module github.com/cloudnotes-kr/awsnotes

go 1.24.5

require golang.org/x/text v0.34.0
