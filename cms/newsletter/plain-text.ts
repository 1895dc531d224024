/** Plain-text mail lines: RFC 5322 recommends at most 78 characters; a word longer than that (a URL) keeps its own line. */
export const TEXT_WIDTH = 78

/** One paragraph's line, broken at spaces into lines of at most `width` characters. */
function wrapLine(line: string, width: number): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of line.split(/ +/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  return [...lines, current]
}

/** Text wrapped line by line; existing line breaks, blank lines and short lines (the signature's "-- ") stay. */
export const wrapText = (text: string, width = TEXT_WIDTH): string =>
  text
    .split('\n')
    .flatMap((line) => (line.length <= width ? [line] : wrapLine(line.trim(), width)))
    .join('\n')
