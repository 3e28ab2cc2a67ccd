// Package category is the taxonomy the awsnotes entries are filed under:
// typed IDs, Korean and English names, AWS's own category names and a stable
// display order; and the exam guide's domains and task statements.
//
//	import "github.com/cloudnotes-kr/awsnotes/category"
//
// The taxonomy covers the section schemes of both seed notes (컨테이너 서비스,
// 상태 관리 서비스, 1. 컴퓨팅 서비스, 6. 분석 및 AI 서비스, ...) and maps each
// onto AWS's product categories.
//
//	c, ok := category.Lookup("보안")
//	if ok {
//		fmt.Println(c.ID, c.Korean, c.English) // security 보안 Security, Identity & Compliance
//	}
//	for _, c := range category.All() {
//		fmt.Println(c.Order, c.Korean)
//	}
package category
