package org.lettergraph.ingest.report;

import java.time.LocalDate;

/**
 * What the caller knows of a report besides its text; each field, when given, wins over what the document says.
 *
 * @param year     when only the year is known (an undated web copy): the source id starts with it, and relative
 *                 dates ("on Monday") stay unresolved
 * @param location where the document can be found (a URL, a file), as the bundled sources keep it
 * @param kind     NEWS_ARTICLE or PRESS_RELEASE; read from the document when absent
 */
public record ReportMetadata(String title, String publisher, LocalDate date, Integer year, String author,
		String location, String kind) {

	public static ReportMetadata none() {
		return new ReportMetadata(null, null, null, null, null, null, null);
	}
}
