package org.lettergraph.ingest.text;

/**
 * One line of a letter.
 *
 * @param number the 1-based line number in the input, for messages
 * @param raw    the line as written, trailing spaces removed: tabs and runs of spaces still separate columns
 * @param text   the line with markup removed and spaces collapsed
 */
record Line(int number, String raw, String text) {

	boolean blank() {
		return this.text.isEmpty();
	}
}
