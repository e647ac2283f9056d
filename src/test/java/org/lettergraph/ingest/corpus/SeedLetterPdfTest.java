package org.lettergraph.ingest.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.SeedTexts;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.text.PlainTextLetterParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The November 2024 sign-on letter (193 organizations, from {@code ../shared/seeds}) rendered at test time as a PDF
 * whose signature list runs across pages, with a running header, footer and page numbers, must give through the text
 * path exactly the signers its plain text gives, in the same order. (In three narrow columns, the longer names wrap
 * onto a second line, which the reader still takes for a signer of its own: a known gap, measured by the corpus.) Nothing of the seed's text is
 * kept in the project: it is read from the seeds folder when the test runs, and skipped with the reason when absent.
 */
class SeedLetterPdfTest {

	@Test
	void theSeedLetterAsAPdfGivesIts193SignersInOrder() throws IOException {
		String seed = SeedTexts.novemberLetter();
		List<String> fromText = signers(seed);
		assertThat(fromText).hasSize(193);

		CorpusDocuments.Rendered pdf = CorpusDocuments.render("november-2024", withSignatureColumns(seed),
				"pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
			assertThat(doc.getNumberOfPages()).as("the signature list runs across pages").isGreaterThanOrEqualTo(3);
		}
		List<String> fromPdf = signers(DocumentText.read(pdf));
		assertThat(firstDifference(fromText, fromPdf)).as("the signers read from the PDF (by %s), %d of them",
				DocumentText.READER, fromPdf.size()).isNull();
	}

	/** Null when both lists name the same signers in the same order; else where they first differ. */
	static String firstDifference(List<String> expected, List<String> read) {
		for (int i = 0; i < Math.min(expected.size(), read.size()); i++) {
			if (!comparable(expected.get(i)).equals(comparable(read.get(i)))) {
				return "signer " + (i + 1) + ": '" + expected.get(i) + "' from the text, '" + read.get(i)
						+ "' from the PDF";
			}
		}
		return (expected.size() == read.size()) ? null
				: expected.size() + " signers from the text, " + read.size() + " from the PDF";
	}

	/**
	 * A name as compared here: case and punctuation aside, since a PDF's text may set a separator differently
	 * ("Justice | AAJC" comes back as "Justice, AAJC"), which still names the same signer.
	 */
	private static String comparable(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static List<String> signers(String text) {
		LetterRecord record = new PlainTextLetterParser().parse(text).record();
		List<String> names = new ArrayList<>();
		record.leads().stream().map(Participant::name).forEach(names::add);
		record.signers().stream().map(Participant::name).forEach(names::add);
		return names;
	}

	/** The seed's lines, with its signature list (between the closing and the cc line) marked for the columns. */
	static List<String> withSignatureColumns(String seed) {
		List<String> lines = seed.lines().map(String::strip).toList();
		int closing = -1;
		int cc = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			String l = lines.get(i).toLowerCase(java.util.Locale.ROOT);
			if (closing < 0 && l.matches("sincerely,?")) {
				closing = i;
			}
			else if (closing >= 0 && l.matches("cc:?")) {
				cc = i;
				break;
			}
		}
		assertThat(closing).as("the seed letter's closing").isNotNegative();
		List<String> out = new ArrayList<>();
		out.add("[[header]]Sign-on letter of November 15, 2024");
		out.add("[[footer]]Rendered for a test of the three-column reading order");
		out.addAll(lines.subList(0, closing + 1));
		out.add("");
		out.add("[[signers]]");
		lines.subList(closing + 1, cc).stream().filter(l -> !l.isBlank()).forEach(out::add);
		out.add("[[/signers]]");
		out.add("");
		out.addAll(lines.subList(cc, lines.size()));
		return out;
	}
}
