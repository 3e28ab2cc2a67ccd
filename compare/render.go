package compare

import (
	"bytes"
	"encoding/csv"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultCellWidth is the widest, in terminal columns, a cell of Text gets
// before its text wraps onto more lines: twelve Hangul syllables.
const DefaultCellWidth = 24

// DefaultTableWidth is the width, in terminal columns, that Text keeps a
// table with many columns within, where it can, by narrowing its cells.
const DefaultTableWidth = 100

// MinCellWidth is the narrowest Text makes cells to keep a table within
// DefaultTableWidth: seven Hangul syllables, so that most Korean words
// ("마이그레이션을") still fit on one line.
const MinCellWidth = 14

// TextOptions adjusts TextWith.
type TextOptions struct {
	// MaxCellWidth is the widest a column's text may be, in terminal
	// columns, before it wraps. 0 means DefaultCellWidth, narrowed for a
	// table with many columns to fit in DefaultTableWidth where it can,
	// but not below MinCellWidth. A single character wider than this
	// still gets a line of its own.
	MaxCellWidth int
	// AmbiguousWide counts East Asian ambiguous characters (→, ⇒, ①) as
	// two columns, as terminals in a CJK locale draw them.
	AmbiguousWide bool
}

// grid lays the table out as text: the header, the rows, then the picks
// (when there are any), each with len(Columns)+1 cells. Rows with too few
// cells get empty ones; extra cells are dropped; invalid UTF-8 becomes
// U+FFFD.
func (t Table) grid() [][]string {
	n := len(t.Columns)
	fit := func(aspect string, cells []string) []string {
		line := make([]string, n+1)
		line[0] = aspect
		copy(line[1:], cells)
		for i, c := range line {
			if !utf8.ValidString(c) {
				line[i] = strings.ToValidUTF8(c, "\uFFFD")
			}
		}
		return line
	}
	g := [][]string{fit(AspectHeader, t.Columns)}
	for _, r := range t.Rows {
		g = append(g, fit(r.Aspect, r.Cells))
	}
	for i, p := range t.Picks {
		if p != "" && i < n {
			g = append(g, fit(PickAspect, t.Picks))
			break
		}
	}
	return g
}

// Text draws the table for a terminal with ASCII borders, as TextWith with
// the zero TextOptions does: columns line up where Hangul and other East
// Asian wide characters take two columns, and cells wider than
// DefaultCellWidth (less for a table with many columns) wrap at spaces, or
// between characters (never inside a Hangul syllable or a multi-byte
// character) when a word is too long. The
// title heads the table and footnotes close it; every line has the same
// width and ends in a newline.
func (t Table) Text() string { return t.TextWith(TextOptions{}) }

// TextWith is Text with a different maximum cell width, or with East
// Asian ambiguous characters counted as wide.
func (t Table) TextWith(o TextOptions) string {
	amb := o.AmbiguousWide
	g := t.grid()
	ncol := len(g[0])
	maxW, aspectW := o.MaxCellWidth, o.MaxCellWidth
	if maxW <= 0 {
		maxW, aspectW = autoCellWidth(g, amb)
	}
	// cells[r][c] holds the wrapped lines of each cell, with their widths.
	type line struct {
		text  string
		width int
	}
	cells := make([][][]line, len(g))
	widths := make([]int, ncol)
	for c := range widths {
		widths[c] = 1
	}
	var wrapped []string
	var scratch []cluster
	for r, row := range g {
		cells[r] = make([][]line, ncol)
		for c, text := range row {
			wrapped = wrapped[:0]
			limit := maxW
			if c == 0 {
				limit = aspectW
			}
			for _, hl := range hardLines(text) {
				wrapped, scratch = wrapInto(wrapped, scratch, hl, limit, amb)
			}
			lines := make([]line, len(wrapped))
			for k, l := range wrapped {
				w := stringWidth(l, amb)
				lines[k] = line{l, w}
				widths[c] = max(widths[c], w)
			}
			cells[r][c] = lines
		}
	}
	// The title and footnote boxes span the table; widen the last column
	// if one of their characters (a long joined emoji sequence) would not
	// fit.
	need := widestCluster(t.Title, amb)
	for _, n := range t.Notes {
		need = max(need, widestCluster(n, amb)+2)
	}
	total := 1
	for _, w := range widths {
		total += w + 3
	}
	if total-4 < need {
		widths[ncol-1] += need - (total - 4)
		total = need + 4
	}
	inner := total - 4 // the text width of a box spanning the whole table

	var b strings.Builder
	b.Grow(total * 8 * len(g))
	rule := func(fill byte) {
		b.WriteByte('+')
		for _, w := range widths {
			repeat(&b, fill, w+2)
			b.WriteByte('+')
		}
		b.WriteByte('\n')
	}
	boxLine := func(l string) {
		b.WriteString("| ")
		b.WriteString(l)
		repeat(&b, ' ', inner-stringWidth(l, amb))
		b.WriteString(" |\n")
	}
	full := "+" + strings.Repeat("-", total-2) + "+\n"
	if t.Title != "" {
		b.WriteString(full)
		for _, hl := range hardLines(t.Title) {
			for _, l := range wrap(hl, inner, amb) {
				boxLine(l)
			}
		}
	}
	rule('-')
	for r := range cells {
		height := 1
		for _, lines := range cells[r] {
			height = max(height, len(lines))
		}
		for k := 0; k < height; k++ {
			b.WriteByte('|')
			for c, lines := range cells[r] {
				var l line
				if k < len(lines) {
					l = lines[k]
				}
				b.WriteByte(' ')
				b.WriteString(l.text)
				repeat(&b, ' ', widths[c]-l.width+1)
				b.WriteByte('|')
			}
			b.WriteByte('\n')
		}
		if r == 0 {
			rule('=')
		} else {
			rule('-')
		}
	}
	// Footnotes: a list with a hanging indent.
	for _, n := range t.Notes {
		bullet := "- "
		for _, hl := range hardLines(n) {
			for _, l := range wrap(hl, inner-2, amb) {
				boxLine(bullet + l)
				bullet = "  "
			}
		}
	}
	if len(t.Notes) > 0 {
		b.WriteString(full)
	}
	return b.String()
}

// repeat writes n copies of the ASCII byte c to b; nothing when n <= 0.
func repeat(b *strings.Builder, c byte, n int) {
	for ; n > 0; n-- {
		b.WriteByte(c)
	}
}

// autoCellWidth picks the cell width for a grid: DefaultCellWidth, or less
// (down to MinCellWidth) when the table would be wider than
// DefaultTableWidth; and the width the aspect column wraps at, narrower
// than the cells' when the cells are at MinCellWidth and the table would
// still be too wide (down to minAspectWidth).
func autoCellWidth(g [][]string, amb bool) (cell, aspectCol int) {
	n := len(g[0]) - 1 // the columns of cells
	if n == 0 {
		return DefaultCellWidth, DefaultCellWidth
	}
	aspect := 1
	for _, row := range g {
		for _, l := range hardLines(row[0]) {
			aspect = max(aspect, stringWidth(l, amb))
		}
	}
	aspect = min(aspect, DefaultCellWidth)
	// | aspect | c1 | ... | cn |: 1 + (aspect+3) + n*(w+3)
	w := (DefaultTableWidth - 1 - (aspect + 3) - 3*n) / n
	cell = min(DefaultCellWidth, max(MinCellWidth, w))
	left := DefaultTableWidth - 1 - 3 - n*(cell+3) // what the aspect column may take
	return cell, min(cell, max(minAspectWidth, left))
}

// minAspectWidth is the narrowest the aspect column wraps at: four Hangul
// syllables ("가용 영역").
const minAspectWidth = 8

// widestCluster is the width of the widest cluster of s.
func widestCluster(s string, amb bool) int {
	w := 0
	for _, hl := range hardLines(s) {
		for i := 0; i < len(hl); {
			end, cw := nextCluster(hl, i, amb)
			w = max(w, cw)
			i = end
		}
	}
	return w
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "|", `\|`, "<", "&lt;", "\r\n", "<br>", "\n", "<br>", "\r", "<br>")

// Markdown renders the table as a GitHub-flavoured Markdown table under a
// "###" heading, with the picks as a last row and footnotes as a list.
// In cells, "|" and backslashes are escaped and line breaks become "<br>",
// so every row stays on one line with one cell per column; everywhere,
// "<" is written "&lt;" so text is never taken for HTML, and invalid UTF-8
// becomes U+FFFD.
func (t Table) Markdown() string {
	var b strings.Builder
	if t.Title != "" {
		b.WriteString("### ")
		b.WriteString(oneLine(t.Title))
		b.WriteString("\n\n")
	}
	g := t.grid()
	for r, row := range g {
		b.WriteByte('|')
		for _, cell := range row {
			b.WriteByte(' ')
			b.WriteString(mdEscaper.Replace(cell))
			b.WriteString(" |")
		}
		b.WriteByte('\n')
		if r == 0 {
			b.WriteByte('|')
			for range row {
				b.WriteString(" --- |")
			}
			b.WriteByte('\n')
		}
	}
	if len(t.Notes) > 0 {
		b.WriteByte('\n')
		for _, n := range t.Notes {
			b.WriteString("- ")
			b.WriteString(oneLine(n))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// oneLine joins the lines of s with spaces, as valid UTF-8 with "<"
// written "&lt;", for the Markdown heading and footnotes.
func oneLine(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " "), "<", "&lt;")
}

// CSV renders the table as CSV (RFC 4180): a header row of AspectHeader
// and the columns, one record per row, and the picks as the last record.
// The title and footnotes are left out.
func (t Table) CSV() string {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, row := range t.grid() {
		_ = w.Write(row) // writing to a bytes.Buffer does not fail
	}
	w.Flush()
	return buf.String()
}

var htmlBreaks = strings.NewReplacer("\r\n", "<br>", "\n", "<br>", "\r", "<br>")

// HTML renders the table as an HTML <table> with the title as its
// caption, the picks as a last row and footnotes in a <tfoot>. Text is
// escaped; line breaks in cells become <br>.
func (t Table) HTML() string {
	esc := func(s string) string {
		return htmlBreaks.Replace(html.EscapeString(strings.ToValidUTF8(s, "\uFFFD")))
	}
	var b strings.Builder
	b.WriteString("<table>\n")
	if t.Title != "" {
		b.WriteString("<caption>" + esc(t.Title) + "</caption>\n")
	}
	g := t.grid()
	for r, row := range g {
		if r == 0 {
			b.WriteString("<thead>\n")
		} else if r == 1 {
			b.WriteString("<tbody>\n")
		}
		b.WriteString("<tr>")
		for c, cell := range row {
			tag := "td"
			if r == 0 {
				tag = "th scope=\"col\""
			} else if c == 0 {
				tag = "th scope=\"row\""
			}
			b.WriteString("<" + tag + ">" + esc(cell) + "</" + strings.Fields(tag)[0] + ">")
		}
		b.WriteString("</tr>\n")
		if r == 0 {
			b.WriteString("</thead>\n")
		}
	}
	if len(g) > 1 {
		b.WriteString("</tbody>\n")
	}
	if len(t.Notes) > 0 {
		b.WriteString("<tfoot>\n")
		for _, n := range t.Notes {
			b.WriteString("<tr><td colspan=\"" + strconv.Itoa(len(g[0])) + "\">" + esc(n) + "</td></tr>\n")
		}
		b.WriteString("</tfoot>\n")
	}
	b.WriteString("</table>\n")
	return b.String()
}
