package category

import (
	"slices"
	"sync"

	"github.com/cloudnotes-kr/awsnotes/data"
	"github.com/cloudnotes-kr/awsnotes/internal/textnorm"
)

// ID identifies a category. The zero value means "no category"; IDs are
// lower-case words joined by hyphens ("machine-learning").
type ID string

// The categories, in display order.
const (
	CloudConcepts    ID = "cloud-concepts"
	Compute          ID = "compute"
	Containers       ID = "containers"
	Storage          ID = "storage"
	Database         ID = "database"
	Networking       ID = "networking"
	Security         ID = "security"
	Management       ID = "management"
	Monitoring       ID = "monitoring"
	Cost             ID = "cost"
	Support          ID = "support"
	Deployment       ID = "deployment"
	DeveloperTools   ID = "developer-tools"
	Frontend         ID = "frontend"
	Migration        ID = "migration"
	Messaging        ID = "messaging"
	Analytics        ID = "analytics"
	MachineLearning  ID = "machine-learning"
	BusinessApps     ID = "business-applications"
	EndUserComputing ID = "end-user-computing"
	IoT              ID = "iot"
)

// String returns the ID itself.
func (id ID) String() string { return string(id) }

// MarshalText encodes the ID as itself.
func (id ID) MarshalText() ([]byte, error) { return []byte(id), nil }

// UnmarshalText accepts anything Lookup accepts (an ID, a Korean or English
// name or an alias) and stores the canonical ID. Empty text gives the zero
// ID; unknown text is an error wrapping ErrUnknown.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ""
		return nil
	}
	c, ok := Lookup(string(text))
	if !ok {
		return &UnknownError{Name: string(text)}
	}
	*id = c.ID
	return nil
}

// Valid reports whether the ID names a category of the taxonomy.
func (id ID) Valid() bool {
	_, ok := Get(id)
	return ok
}

// Korean returns the category's Korean name, or "" for an unknown ID.
func (id ID) Korean() string {
	c, _ := Get(id)
	return c.Korean
}

// Category is one category of the taxonomy.
type Category struct {
	ID      ID     `json:"id"`      // "machine-learning"
	Order   int    `json:"order"`   // position in All, from 0
	Korean  string `json:"korean"`  // "모니터링/상태 관리"
	English string `json:"english"` // "Monitoring & Observability"
	AWS     string `json:"aws"`     // AWS's own product category it maps onto
	// Aliases are other names learners use ("모니터링", "AI").
	Aliases []string `json:"aliases,omitempty"`
	// Sections are the seed notes' headings filed under it.
	Sections []string `json:"sections,omitempty"`
}

func (c Category) clone() Category {
	c.Aliases = slices.Clone(c.Aliases)
	c.Sections = slices.Clone(c.Sections)
	return c
}

type taxonomy struct {
	list  []Category
	byID  map[ID]int
	byKey map[string]int
}

var load = sync.OnceValue(func() *taxonomy {
	t := &taxonomy{byID: map[ID]int{}, byKey: map[string]int{}}
	set, err := data.Embedded()
	if err != nil {
		// The embedded data is checked by tests; an empty taxonomy is
		// the least surprising answer if it ever fails to decode.
		return t
	}
	for i, dc := range set.Categories {
		c := Category{ID: ID(dc.ID), Order: i, Korean: dc.Korean, English: dc.English, AWS: dc.AWS,
			Aliases: slices.Clone(dc.Aliases), Sections: slices.Clone(dc.Sections)}
		t.list = append(t.list, c)
		t.byID[c.ID] = i
		for _, name := range append([]string{dc.ID, dc.Korean, dc.English}, dc.Aliases...) {
			if _, taken := t.byKey[textnorm.Key(name)]; !taken {
				t.byKey[textnorm.Key(name)] = i
			}
		}
	}
	return t
})

// All returns every category in display order. The slice is the caller's.
func All() []Category {
	t := load()
	out := make([]Category, len(t.list))
	for i, c := range t.list {
		out[i] = c.clone()
	}
	return out
}

// Get returns the category with the given ID.
func Get(id ID) (Category, bool) {
	t := load()
	i, ok := t.byID[id]
	if !ok {
		return Category{}, false
	}
	return t.list[i].clone(), true
}

// Lookup finds a category by ID, Korean or English name or alias, ignoring
// case, width, spaces and hyphens: "security", "보안", "Machine Learning",
// "AI". It reports false for anything else.
func Lookup(name string) (Category, bool) {
	t := load()
	key := textnorm.Key(name)
	if key == "" {
		return Category{}, false
	}
	i, ok := t.byKey[key]
	if !ok {
		return Category{}, false
	}
	return t.list[i].clone(), true
}

// Compare orders two IDs by display order, unknown IDs last; it suits
// slices.SortFunc.
func Compare(a, b ID) int {
	t := load()
	ia, oka := t.byID[a]
	ib, okb := t.byID[b]
	if !oka {
		ia = len(t.list)
	}
	if !okb {
		ib = len(t.list)
	}
	return ia - ib
}
