package org.lettergraph.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A letter's signers as CSV (RFC 4180, header line first). Lists inside a cell (aliases, sources) are joined with
 * "; ". A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
 * leading apostrophe, so a name pasted into a letter can never become a formula on an analyst's machine.
 */
final class SignerCsv {

	static final List<String> HEADER = List.of("name", "kind", "role", "position", "aliases", "sources", "id");

	private SignerCsv() {
	}

	static String of(List<LetterSigner> signers) {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (LetterSigner signer : signers) {
				csv.printRecord(cell(signer.actor().name()), signer.actor().kind().name(), signer.role(),
						(signer.position() != null) ? signer.position().toString() : "",
						cell(String.join("; ", signer.actor().aliases())), cell(String.join("; ", signer.sourceIds())),
						cell(signer.actor().id()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}
}
