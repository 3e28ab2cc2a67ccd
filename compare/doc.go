// Package compare builds comparison tables of the AWS study notes: the ones
// the notes draw ("ECS와 EKS의 차이"), the ones their entries imply (SQS/SNS
// vs Amazon MQ, KMS vs CloudHSM, ...), and one for any services you name.
//
//	import "github.com/cloudnotes-kr/awsnotes/compare"
//
//	t, err := compare.Of("CloudTrail", "엑스레이")
//	if err != nil {
//		log.Fatal(err) // errors.Is(err, compare.ErrUnknown), ...
//	}
//	fmt.Print(t.Text())     // a bordered table for a terminal
//	fmt.Print(t.Markdown()) // a GitHub-flavoured Markdown table
//
// All returns the curated tables, Get one by ID and Containing the ones
// that compare a given entry. Text lines columns up for terminals where
// Hangul takes two columns and wraps long cells between words (TextWith
// sets the width); CSV and HTML render the same table for spreadsheets and
// web pages.
//
// The curated tables live in the data package (comparisons/*.json) and are
// decoded on first use, never at init. Every Table returned is a copy;
// everything here is safe for concurrent use.
package compare
