package data

// Set is everything one data directory holds, decoded and validated.
type Set struct {
	Meta       Meta
	Categories []Category
	// Exam is the exam's domains and task statements, from exam.json (the
	// embedded one when the directory has none).
	Exam ExamFile
	// Entries in file order: files sorted by name, entries in the order each
	// file lists them.
	Entries []Entry
	// Files names the file each entry came from, by entry index.
	Files []string
	// Comparisons are the curated tables from comparisons/*.json, in file
	// order.
	Comparisons []Comparison
}

// Meta is meta.json: the schema and data versions and the seed notes.
type Meta struct {
	Schema  int      `json:"schema"`
	Version string   `json:"version"`
	Sources []Source `json:"sources"`
}

// Source is one of the note files the data was written from.
type Source struct {
	ID    string `json:"id"`    // "clf-notes"
	File  string `json:"file"`  // the seed file's name
	Title string `json:"title"` // a human title, in Korean
}

// CategoryFile is the shape of categories.json.
type CategoryFile struct {
	Categories []Category `json:"categories"`
}

// Category is one entry of the taxonomy.
type Category struct {
	ID      string   `json:"id"`
	Korean  string   `json:"korean"`
	English string   `json:"english"`
	AWS     string   `json:"aws"`               // AWS's own product category
	Aliases []string `json:"aliases,omitempty"` // other names learners use
	// Sections lists the headings of the seed notes filed under this
	// category.
	Sections []string `json:"sections,omitempty"`
}

// EntryFile is the shape of each services/*.json file.
type EntryFile struct {
	Entries []Entry `json:"entries"`
	// Extend adds to entries of the catalog a file extends (see Overlay);
	// only files read by Overlay may have it.
	Extend []Extension `json:"extend,omitempty"`
}

// Extension adds names, notes and study material to an entry that already
// exists, named by its ID. Every list is appended to the entry's own.
type Extension struct {
	ID          string     `json:"id"`                    // an existing entry's ID: "s3"
	Aliases     []string   `json:"aliases,omitempty"`     // more names it answers to
	Related     []string   `json:"related,omitempty"`     // more entry IDs to learn alongside
	Notes       []Note     `json:"notes,omitempty"`       // your notes; source defaults to OverlaySource
	Scenarios   []Scenario `json:"scenarios,omitempty"`   // situations that call for it
	Mnemonics   []Mnemonic `json:"mnemonics,omitempty"`   // memory aids
	Facts       []Fact     `json:"facts,omitempty"`       // fact lines, each with an https source
	Cases       []Case     `json:"cases,omitempty"`       // exam-voice situations it answers
	Confusables []string   `json:"confusables,omitempty"` // entry IDs mistaken for it
	Sources     []string   `json:"sources,omitempty"`     // https URLs it was checked against
}

// Entry is one service, feature, concept, program or team.
type Entry struct {
	ID      string `json:"id"`              // lower-case words joined by hyphens: "route-53"
	Name    string `json:"name"`            // AWS's official name: "Amazon Route 53"
	Short   string `json:"short,omitempty"` // the name to show: "Route 53"; optional
	Abbr    string `json:"abbr,omitempty"`  // abbreviation: "KMS"; optional
	Reading string `json:"reading"`         // the Korean reading: "라우트 53"
	// Aliases are other names the entry answers to: the notes' spellings,
	// former names, Korean names.
	Aliases []string `json:"aliases,omitempty"`
	Kind    string   `json:"kind"` // service, feature, concept, program or team
	// Categories are IDs from categories.json; the first is primary.
	Categories []string `json:"categories"`
	Summary    string   `json:"summary"`           // one Korean line
	Related    []string `json:"related,omitempty"` // entry IDs to learn alongside
	Status     *Status  `json:"status,omitempty"`  // nil while AWS offers it as described
	// Notes are the learner's notes on the entry, block by block; an entry
	// added beyond the notes has none.
	Notes     []Note     `json:"notes,omitempty"`
	Scenarios []Scenario `json:"scenarios,omitempty"` // situations the notes quote
	Mnemonics []Mnemonic `json:"mnemonics,omitempty"` // the notes' memory aids

	// What follows is added beyond the notes, each line with an AWS source.

	// Tasks are the exam's task statements the entry belongs to ("2.3"),
	// IDs from exam.json; the first is the main one.
	Tasks []string `json:"tasks,omitempty"`
	// Facts are Korean fact lines an exam writer would test.
	Facts []Fact `json:"facts,omitempty"`
	// Cases are situations in the exam's voice ("한 회사가 … 하려고
	// 합니다.") whose answer is this entry.
	Cases []Case `json:"cases,omitempty"`
	// Confusables are the entries most often mistaken for this one: good
	// distractors, never a second right answer to its cases.
	Confusables []string `json:"confusables,omitempty"`
	// Sources are the AWS documentation pages the entry was checked
	// against, as https URLs.
	Sources []string `json:"sources,omitempty"`
	// Corrections attach the current fact to note lines that are wrong or
	// dated; the note line itself stays as written.
	Corrections []Correction `json:"corrections,omitempty"`
	// Notice is a change AWS has announced for a later date.
	Notice *Notice `json:"notice,omitempty"`
}

// Fact is one fact line added beyond the notes, in Korean, with the AWS
// page it was checked against.
type Fact struct {
	Text   string `json:"text"`
	Source string `json:"source"` // an https URL on AWS's documentation
}

// Case is an exam-style situation whose answer is the entry that holds it.
type Case struct {
	Stem string `json:"stem"` // "한 회사가 … 하려고 합니다." without the question
	// Explanation says why this entry fits and its confusables do not.
	Explanation string `json:"explanation"`
	Source      string `json:"source"` // an https URL on AWS's documentation
}

// Correction is the current fact for one note line that is wrong or dated.
type Correction struct {
	Line   string `json:"line"`   // the note line's text, exactly as carried
	Text   string `json:"text"`   // the correct or current fact, in Korean
	Source string `json:"source"` // an https URL on AWS's documentation
}

// Notice is a change AWS has announced but that has not yet happened.
type Notice struct {
	Date   string `json:"date"` // "2027-01-01"
	Text   string `json:"text"` // in Korean
	Source string `json:"source"`
}

// Status records that AWS retired, renamed or limited something.
type Status struct {
	State string `json:"state"` // "retired", "renamed" or "limited"
	Note  string `json:"note"`  // in Korean: what changed and what to use instead
	// Date is when the change took effect: "2024-11-12", or "2024-11"
	// where AWS gives only the month. Required by the exam data tests.
	Date string `json:"date,omitempty"`
	// Successor is the entry AWS points to instead, if it is one of ours.
	Successor string `json:"successor,omitempty"`
	Source    string `json:"source,omitempty"` // the AWS page that says so
}

// Note is one block of the seed notes: a heading and the bullets under it.
type Note struct {
	Source  string   `json:"source"`           // a Source ID
	Section string   `json:"section"`          // the seed heading it sits under
	Heading string   `json:"heading"`          // the entry's heading as the notes write it
	Remark  string   `json:"remark,omitempty"` // an aside on the heading line
	Lines   []Line   `json:"lines"`
	Images  []string `json:"images,omitempty"` // image paths the notes reference
	Links   []Link   `json:"links,omitempty"`
}

// Line is one bullet. Depth 0 is directly under the heading.
type Line struct {
	Text       string   `json:"text"`
	Depth      int      `json:"depth,omitempty"`
	Highlights []string `json:"highlights,omitempty"` // phrases of Text the notes marked
}

// Link is a hyperlink in the notes.
type Link struct {
	Title string `json:"title"`
	URL   string `json:"url"`
}

// Scenario is a situation the notes quote, with what it leads to.
type Scenario struct {
	Quote   string   `json:"quote"`
	Outcome string   `json:"outcome,omitempty"`
	Also    []string `json:"also,omitempty"` // other entries that fit the same scenario
}

// Mnemonic is a memory aid: the word and what it means.
type Mnemonic struct {
	Word    string `json:"word"`
	Meaning string `json:"meaning"`
}

// kinds lists the values Entry.Kind may take.
var kinds = []string{"service", "feature", "concept", "program", "team"}

// states lists the values Status.State may take.
var states = []string{"retired", "renamed", "limited"}
