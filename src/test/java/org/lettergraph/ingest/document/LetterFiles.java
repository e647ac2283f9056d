package org.lettergraph.ingest.document;

import java.util.List;

import org.lettergraph.ingest.document.TestDocuments.Block;
import org.lettergraph.ingest.document.TestDocuments.Flow;
import org.lettergraph.ingest.document.TestDocuments.Layout;
import org.lettergraph.ingest.document.TestDocuments.Side;
import org.lettergraph.ingest.document.TestDocuments.Text;

/** One invented sign-on letter as a PDF, for the tests of the entry points that take files. */
public final class LetterFiles {

	public static final String TITLE = "End the county's immigration detention contract";

	public static final List<String> SIGNERS = List.of("Alder Valley Tenants Union", "Brookhaven Legal Aid",
			"Cedar Point Workers Center", "Dunmore Faith Network", "Elk Ridge Youth Alliance",
			"Fairhaven Housing Council", "Glen Arbor Food Bank", "Harrow Street Clinic", "Ivy Mill Parents Group",
			"Juniper Bay Day Laborers", "Kestrel Hill Mutual Aid", "Larchmont Immigrant Rights Project");

	private LetterFiles() {
	}

	/** The same letter as a Word file: paragraphs with line breaks, the signers in a table of three columns. */
	public static byte[] signOnDocx() {
		return TestDocuments.docx("Riverton Coalition for Fair Courts", "Page 1", List.of(
				TestDocuments.Paragraph.of("March 4, 2025"),
				TestDocuments.Paragraph.of("Commissioner Harlan Voss\nDepartment of Corrections\nRiverton County"),
				TestDocuments.Paragraph.bold("Re: " + TITLE),
				TestDocuments.Paragraph.of("Dear Commissioner Voss:"),
				TestDocuments.Paragraph.of("We, the undersigned organizations, ask the county to end its contract to hold "
						+ "people for immigration detention when it comes up for renewal this summer."),
				TestDocuments.Paragraph.of("Sincerely,"),
				TestDocuments.Table.grid(3, SIGNERS)));
	}

	/** Letterhead and date side by side, an address block, a subject, two paragraphs, signers in three columns. */
	public static byte[] signOnPdf() {
		List<Block> blocks = List.of(
				Side.of(List.of("Riverton Coalition for Fair Courts", "12 Alder Street", "Riverton, OR 97000"),
						List.of("", "", "March 4, 2025")),
				Text.of("", "Commissioner Harlan Voss", "Department of Corrections", "Riverton County", "",
						"Re: " + TITLE, "", "Dear Commissioner Voss:", "",
						"We, the undersigned organizations, ask the county to end its contract to hold people for immi-",
						"gration detention when it comes up for renewal this summer.", "",
						"Sincerely,", ""),
				new Flow(3, SIGNERS));
		return TestDocuments.pdf(Layout.PLAIN.withFooter("Riverton Coalition for Fair Courts").withPageNumbers("%d"),
				blocks);
	}
}
