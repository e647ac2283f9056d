package org.lettergraph.ingest.csv;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sign-on form's export does not say about the letter, and how to read its columns.
 *
 * @param title           the letter's subject; required
 * @param date            when the letter was sent; null records it as undated, with a warning
 * @param sourceId        the source the letter is cited by; defaults to {@code source:<date>-<slug of title>}
 * @param sourceTitle     defaults to the title
 * @param sourcePublisher defaults to the first lead, or the first signer
 * @param leads           who led the letter, by name, in order; they sign first whether or not they filled in the
 *                        form
 * @param nameColumn      the header of the column with the signing organization's name; found from headers such
 *                        as "Organization" or "Group" when null
 * @param cityColumn      the header of the city column; found from "City" or "Town" when null
 * @param stateColumn     the header of the state column; found from "State" when null
 */
public record CsvOptions(String title, LocalDate date, String sourceId, String sourceTitle, String sourcePublisher,
		List<String> leads, String nameColumn, String cityColumn, String stateColumn) {

	public CsvOptions {
		leads = (leads != null) ? List.copyOf(leads) : List.of();
	}

	/** The least a CSV needs: the letter's title and date; everything else found or defaulted. */
	public static CsvOptions of(String title, LocalDate date) {
		return new CsvOptions(title, date, null, null, null, null, null, null, null);
	}

	public CsvOptions withSource(String id, String title, String publisher) {
		return new CsvOptions(this.title, this.date, id, title, publisher, this.leads, this.nameColumn,
				this.cityColumn, this.stateColumn);
	}

	public CsvOptions withLeads(List<String> leads) {
		return new CsvOptions(this.title, this.date, this.sourceId, this.sourceTitle, this.sourcePublisher, leads,
				this.nameColumn, this.cityColumn, this.stateColumn);
	}

	/** Names the columns explicitly; a null keeps finding that column from its header. */
	public CsvOptions withColumns(String name, String city, String state) {
		return new CsvOptions(this.title, this.date, this.sourceId, this.sourceTitle, this.sourcePublisher,
				this.leads, name, city, state);
	}
}
