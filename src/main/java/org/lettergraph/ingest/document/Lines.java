package org.lettergraph.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Text put together line by line, as the readers of Word files and web pages produce it: words go on the current
 * line, a block ends it, a paragraph leaves one blank line after it (never two, never at the start).
 */
final class Lines {

	private final List<String> lines = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	/** Words onto the current line; runs of whitespace become one space. */
	void append(String text) {
		String collapsed = text.replace('\u00A0', ' ').replaceAll("[\\s\\u200B]+", " ");
		if (collapsed.isEmpty()) {
			return;
		}
		if (this.current.isEmpty() || this.current.charAt(this.current.length() - 1) == ' ') {
			collapsed = collapsed.stripLeading();
		}
		this.current.append(collapsed);
	}

	/** A wide gap on the current line (a tab stop, between two table cells): three spaces. */
	void gap() {
		if (!this.current.toString().isBlank()) {
			stripTrailing();
			this.current.append("   ");
		}
	}

	/** Ends the current line; nothing when it is empty. */
	void newline() {
		String line = this.current.toString().strip();
		this.current.setLength(0);
		if (!line.isEmpty()) {
			this.lines.add(line);
		}
	}

	/** Ends the current line even when it is empty (a {@code <br>} or a Word line break). */
	void lineBreak() {
		String line = this.current.toString().strip();
		this.current.setLength(0);
		if (!line.isEmpty()) {
			this.lines.add(line);
		}
		else if (!this.lines.isEmpty() && !this.lines.get(this.lines.size() - 1).isEmpty()) {
			this.lines.add("");
		}
	}

	/** Ends the current line and leaves a blank line after it. */
	void blank() {
		newline();
		if (!this.lines.isEmpty() && !this.lines.get(this.lines.size() - 1).isEmpty()) {
			this.lines.add("");
		}
	}

	/** Adds a whole line, ending the current one first. */
	void line(String line) {
		newline();
		String stripped = line.strip();
		if (!stripped.isEmpty()) {
			this.lines.add(stripped);
		}
	}

	@Override
	public String toString() {
		newline();
		List<String> out = new ArrayList<>(this.lines);
		while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
			out.remove(out.size() - 1);
		}
		return String.join("\n", out) + (out.isEmpty() ? "" : "\n");
	}

	private void stripTrailing() {
		int end = this.current.length();
		while (end > 0 && this.current.charAt(end - 1) == ' ') {
			end--;
		}
		this.current.setLength(end);
	}
}
