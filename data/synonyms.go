package data

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// SynonymFile is the shape of synonyms.json: groups of words and phrases a
// learner uses for the same thing, reviewed by hand. Search treats every
// member of a group as the others when it looks in the notes' text: 비용 finds
// 요금, 가상 머신 finds 인스턴스.
type SynonymFile struct {
	Groups []SynonymGroup `json:"groups"`
}

// SynonymGroup is one set of words that mean the same thing to a learner.
type SynonymGroup struct {
	Words []string `json:"words"`          // two or more; spaces inside a phrase are allowed
	Note  string   `json:"note,omitempty"` // why they are grouped, for the reviewer
}

// synonymsFile is the embedded file's name.
const synonymsFile = "synonyms.json"

// synonymsJSON is embedded on its own, not in FS: it is search's table,
// not part of the notes' schema that Decode reads.
//
//go:embed synonyms.json
var synonymsJSON string

var synonyms = sync.OnceValues(func() ([][]string, error) { return DecodeSynonyms([]byte(synonymsJSON)) })

// Synonyms returns the embedded synonym groups (synonyms.json), decoded and
// checked on the first call. The slices are the caller's.
func Synonyms() ([][]string, error) {
	g, err := synonyms()
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(g))
	for i, words := range g {
		out[i] = slices.Clone(words)
	}
	return out, nil
}

// DecodeSynonyms decodes a synonyms.json file strictly: unknown fields, a
// group of fewer than two words, an empty word, space at either end of a
// word, control characters, and a word (ignoring case) in two groups or
// twice in one are errors of type *Error naming the group ("#3") and word.
func DecodeSynonyms(b []byte) ([][]string, error) {
	var f SynonymFile
	if err := strictUnmarshal(b, &f); err != nil {
		return nil, &Error{File: synonymsFile, Err: err}
	}
	if len(f.Groups) == 0 {
		return nil, &Error{File: synonymsFile, Field: "groups", Err: fmt.Errorf("%w: no groups", ErrInvalid)}
	}
	seen := map[string]int{}
	out := make([][]string, 0, len(f.Groups))
	for i, g := range f.Groups {
		at := fmt.Sprintf("#%d", i)
		if len(g.Words) < 2 {
			return nil, &Error{File: synonymsFile, Entry: at, Field: "words", Err: fmt.Errorf("%w: a group needs two words or more", ErrInvalid)}
		}
		for j, w := range g.Words {
			field := fmt.Sprintf("words[%d]", j)
			switch {
			case w == "" || strings.TrimSpace(w) != w:
				return nil, &Error{File: synonymsFile, Entry: at, Field: field, Err: fmt.Errorf("%w: %q: empty, or space at an end", ErrInvalid, w)}
			case !utf8.ValidString(w) || strings.ContainsFunc(w, unicode.IsControl):
				return nil, &Error{File: synonymsFile, Entry: at, Field: field, Err: fmt.Errorf("%w: %q: control character", ErrInvalid, w)}
			}
			key := strings.ToLower(w)
			if k, dup := seen[key]; dup {
				return nil, &Error{File: synonymsFile, Entry: at, Field: field, Err: fmt.Errorf("%w: %q is also in group #%d", ErrDuplicate, w, k)}
			}
			seen[key] = i
		}
		out = append(out, slices.Clone(g.Words))
	}
	return out, nil
}
