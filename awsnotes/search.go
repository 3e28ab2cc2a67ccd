package awsnotes

// searchIndex holds what Search precomputes. Filled in by the search work.
type searchIndex struct{}

func buildSearchIndex([]Service) *searchIndex { return &searchIndex{} }
