package category_test

import (
	"errors"
	"fmt"
	"slices"

	"github.com/cloudnotes-kr/awsnotes/category"
)

func ExampleLookup() {
	for _, name := range []string{"보안", "Machine Learning", "상태 관리", "gaming"} {
		c, ok := category.Lookup(name)
		fmt.Println(name, "→", c.ID, ok)
	}
	// Output:
	// 보안 → security true
	// Machine Learning → machine-learning true
	// 상태 관리 → monitoring true
	// gaming →  false
}

func ExampleAll() {
	for _, c := range category.All()[:4] {
		fmt.Printf("%d %s (%s)\n", c.Order, c.Korean, c.English)
	}
	// Output:
	// 0 클라우드 개념 (Cloud Concepts)
	// 1 컴퓨팅 (Compute)
	// 2 컨테이너 (Containers)
	// 3 스토리지 (Storage)
}

func ExampleGet() {
	c, _ := category.Get(category.Messaging)
	fmt.Println(c.Korean, "/", c.English, "/", c.Sections)
	// Output: 메시지 / Application Integration / [메시지 관련 서비스]
}

func ExampleCompare() {
	ids := []category.ID{category.MachineLearning, "gaming", category.Compute, category.Security}
	slices.SortFunc(ids, category.Compare)
	fmt.Println(ids)
	// Output: [compute security machine-learning gaming]
}

func ExampleID_UnmarshalText() {
	var id category.ID
	fmt.Println(id.UnmarshalText([]byte("머신러닝")), id)
	err := id.UnmarshalText([]byte("gaming"))
	fmt.Println(errors.Is(err, category.ErrUnknown), err)
	// Output:
	// <nil> machine-learning
	// true category: "gaming": unknown category
}

// An ID knows its Korean name; the zero ID and unknown ones have none.
func ExampleID_Korean() {
	for _, id := range []category.ID{category.Security, category.MachineLearning, "", "gaming"} {
		fmt.Printf("%q %q %v\n", id, id.Korean(), id.Valid())
	}
	// Output:
	// "security" "보안" true
	// "machine-learning" "머신러닝" true
	// "" "" false
	// "gaming" "" false
}
