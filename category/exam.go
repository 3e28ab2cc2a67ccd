package category

import (
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/cloudnotes-kr/awsnotes/data"
)

// Domain is one of the four content domains of the AWS Certified Cloud
// Practitioner exam (CLF-C02), numbered as the exam guide numbers them. The
// zero value means "no domain".
type Domain int

// The exam's domains, from AWS's CLF-C02 exam guide.
const (
	DomainCloudConcepts Domain = 1 // 클라우드 개념, 24%
	DomainSecurity      Domain = 2 // 보안 및 규정 준수, 30%
	DomainTechnology    Domain = 3 // 클라우드 기술 및 서비스, 34%
	DomainBilling       Domain = 4 // 결제, 요금 및 지원, 12%
)

// String returns "domain N", or "domain 0" for the zero value.
func (d Domain) String() string { return "domain " + strconv.Itoa(int(d)) }

// MarshalText encodes the domain as its number: "2".
func (d Domain) MarshalText() ([]byte, error) { return []byte(strconv.Itoa(int(d))), nil }

// UnmarshalText reads a domain number ("2"). Empty text gives the zero
// Domain; anything else that is not a domain of the exam is an error
// wrapping ErrUnknown.
func (d *Domain) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = 0
		return nil
	}
	n, err := strconv.Atoi(string(text))
	if err != nil || !Domain(n).Valid() {
		return &UnknownError{Name: string(text)}
	}
	*d = Domain(n)
	return nil
}

// Valid reports whether d is one of the exam's domains.
func (d Domain) Valid() bool {
	_, ok := GetDomain(d)
	return ok
}

// DomainInfo describes a domain: its names and its weight in the exam.
type DomainInfo struct {
	Domain  Domain `json:"domain"`
	Korean  string `json:"korean"`  // "보안 및 규정 준수"
	English string `json:"english"` // "Security and Compliance"
	// Weight is the domain's share of the scored content, in percent (24,
	// 30, 34, 12); the four add up to 100.
	Weight int `json:"weight"`
	// Tasks are the domain's task statements, in the guide's order.
	Tasks []Task `json:"tasks"`
}

// Task is a task statement of the exam guide, written "D.N": the domain
// and the statement's number in it ("2.3", Identify AWS access management
// capabilities). The zero value means "no task statement".
type Task string

// String returns the task statement's ID: "2.3".
func (t Task) String() string { return string(t) }

// Domain returns the domain the task statement belongs to, or 0 for an
// unknown task statement.
func (t Task) Domain() Domain {
	info, ok := GetTask(t)
	if !ok {
		return 0
	}
	return info.Domain
}

// Valid reports whether t is a task statement of the exam guide.
func (t Task) Valid() bool {
	_, ok := GetTask(t)
	return ok
}

// MarshalText encodes the task statement as its ID.
func (t Task) MarshalText() ([]byte, error) { return []byte(t), nil }

// UnmarshalText reads a task statement ID ("2.3"). Empty text gives the
// zero Task; an ID the guide does not have is an error wrapping ErrUnknown.
func (t *Task) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*t = ""
		return nil
	}
	if !Task(text).Valid() {
		return &UnknownError{Name: string(text)}
	}
	*t = Task(text)
	return nil
}

// TaskInfo describes a task statement.
type TaskInfo struct {
	Task    Task   `json:"task"`
	Domain  Domain `json:"domain"`
	Korean  string `json:"korean"`  // "AWS 액세스 관리 기능 파악"
	English string `json:"english"` // "Identify AWS access management capabilities"
}

type exam struct {
	domains []DomainInfo
	tasks   []TaskInfo
}

var loadExam = sync.OnceValue(func() *exam {
	e := &exam{}
	set, err := data.Embedded()
	if err != nil {
		return e // the embedded data is checked by tests
	}
	for _, d := range set.Exam.Domains {
		e.domains = append(e.domains, DomainInfo{Domain: Domain(d.ID), Korean: d.Korean, English: d.English, Weight: d.Weight})
	}
	for _, t := range set.Exam.Tasks {
		ti := TaskInfo{Task: Task(t.ID), Domain: Domain(t.Domain()), Korean: t.Korean, English: t.English}
		e.tasks = append(e.tasks, ti)
		for i := range e.domains {
			if e.domains[i].Domain == ti.Domain {
				e.domains[i].Tasks = append(e.domains[i].Tasks, ti.Task)
			}
		}
	}
	return e
})

// Domains returns the exam's four domains in order, 1 to 4. The slice is
// the caller's.
func Domains() []DomainInfo {
	e := loadExam()
	out := make([]DomainInfo, len(e.domains))
	for i, d := range e.domains {
		d.Tasks = slices.Clone(d.Tasks)
		out[i] = d
	}
	return out
}

// GetDomain returns the domain numbered d.
func GetDomain(d Domain) (DomainInfo, bool) {
	e := loadExam()
	for _, info := range e.domains {
		if info.Domain == d {
			info.Tasks = slices.Clone(info.Tasks)
			return info, true
		}
	}
	return DomainInfo{}, false
}

// Tasks returns every task statement of the exam guide in order ("1.1" to
// "4.3"). The slice is the caller's.
func Tasks() []TaskInfo { return slices.Clone(loadExam().tasks) }

// GetTask returns the task statement t.
func GetTask(t Task) (TaskInfo, bool) {
	for _, info := range loadExam().tasks {
		if info.Task == t {
			return info, true
		}
	}
	return TaskInfo{}, false
}

// Label returns "2.3 AWS 액세스 관리 기능 파악", or the bare ID for an
// unknown task statement.
func (t Task) Label() string {
	info, ok := GetTask(t)
	if !ok {
		return string(t)
	}
	return fmt.Sprintf("%s %s", t, info.Korean)
}
