package org.lettergraph.ingest.document;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.document.TestDocuments.Flow;
import org.lettergraph.ingest.document.TestDocuments.Layout;
import org.lettergraph.ingest.document.TestDocuments.PageBreak;
import org.lettergraph.ingest.document.TestDocuments.Side;
import org.lettergraph.ingest.document.TestDocuments.Text;
import org.lettergraph.ingest.record.IngestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PDFs made here with PDFBox, read back in reading order; the ones that cannot be letters refused in plain words. */
class PdfTextTest {

	private static final DocumentLimits LIMITS = new DocumentLimits(5L << 20, 100);

	@Test
	void twoAddressBlocksSideBySideAreReadBlockByBlock() {
		byte[] pdf = TestDocuments.pdf(List.of(Text.of("April 9, 2025", ""),
				Side.of(List.of("The Honorable Corinne Ashgrove", "Chair", "Committee on Rural Housing",
						"U.S. House of Representatives", "Washington, DC 20515"),
						List.of("The Honorable Desmond Pike", "Ranking Member", "Committee on Rural Housing",
								"U.S. House of Representatives")),
				Text.of("", "Dear Chair Ashgrove and Ranking Member Pike:", "",
						"We write about the farmworker housing program and its waiting lists.")));
		String text = read(pdf).text();
		assertThat(text).isEqualTo("""
				April 9, 2025

				The Honorable Corinne Ashgrove
				Chair
				Committee on Rural Housing
				U.S. House of Representatives
				Washington, DC 20515

				The Honorable Desmond Pike
				Ranking Member
				Committee on Rural Housing
				U.S. House of Representatives

				Dear Chair Ashgrove and Ranking Member Pike:

				We write about the farmworker housing program and its waiting lists.
				""");
	}

	@Test
	void aThreeColumnSignatureListAcrossTwoPagesIsReadColumnByColumnInOrder() {
		List<String> signers = signers(220);
		byte[] pdf = TestDocuments.pdf(Layout.PLAIN.withPageNumbers("Page %d of %d").withFont(9, 11),
				List.of(Text.of("Sincerely,", ""), new Flow(3, signers)));
		DocumentText read = read(pdf);
		assertThat(read.pages()).isEqualTo(2);
		List<String> lines = read.text().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines.get(0)).isEqualTo("Sincerely,");
		assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(signers);
	}

	@Test
	void aNameTooLongForItsColumnGoesOnInAHangingIndentAndIsReadAsOneName() throws Exception {
		// three columns; a long name wraps with its second line set in 8 points, as sign-on PDFs print them
		List<List<String>> columns = List.of(
				List.of("Alder Valley Tenants Union", "Brookhaven Council of Faith", "\tCommunities", "Cedar Point Legal Aid"),
				List.of("Dunmore Workers Center", "Eastgate Coalition to Shut", "\tDown Detention", "Fairview Friends"),
				List.of("Glenrock Bail Fund", "Harlow Rapid Response", "Ironwood Legal Clinic", "Juniper Mutual Aid"));
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			doc.addPage(page);
			var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
					org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
			try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
				for (int row = 0; row < 4; row++) {
					for (int c = 0; c < 3; c++) {
						String cell = columns.get(c).get(row);
						float x = 72 + c * 162 + (cell.startsWith("\t") ? 8 : 0);
						content.beginText();
						content.setFont(font, 9);
						content.newLineAtOffset(x, 600 - row * 11);
						content.showText(cell.strip());
						content.endText();
					}
				}
			}
			doc.save(bytes);
		}
		List<String> lines = read(bytes.toByteArray()).text().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).containsExactly("Alder Valley Tenants Union", "Brookhaven Council of Faith Communities",
				"Cedar Point Legal Aid", "Dunmore Workers Center", "Eastgate Coalition to Shut Down Detention",
				"Fairview Friends", "Glenrock Bail Fund", "Harlow Rapid Response", "Ironwood Legal Clinic",
				"Juniper Mutual Aid");
	}

	@Test
	void aGridOfSignatureBlocksIsReadRowByRow() {
		byte[] pdf = TestDocuments.pdf(List.of(Text.of("Sincerely,", ""),
				Side.of(List.of("Corinne Ashgrove", "Member of Congress"), List.of("Desmond Pike", "Member of Congress"),
						List.of("Elena Marsh", "Member of Congress")),
				Text.of(""),
				Side.of(List.of("Farid Osei", "Member of Congress"), List.of("Gloria Tan", "Member of Congress"), List.of())));
		List<String> names = read(pdf).text().lines().filter(line -> !line.isBlank() && !line.startsWith("Member"))
			.toList();
		assertThat(names).containsExactly("Sincerely,", "Corinne Ashgrove", "Desmond Pike", "Elena Marsh", "Farid Osei",
				"Gloria Tan");
	}

	@Test
	void runningHeaderFooterAndPageNumbersAreLeftOut() {
		List<Text> paragraphs = new ArrayList<>();
		for (int i = 1; i <= 70; i++) {
			paragraphs.add(Text.of("Paragraph line " + i + " about county jail contracts and their renewal dates."));
		}
		List<TestDocuments.Block> blocks = new ArrayList<>(paragraphs);
		Layout layout = Layout.PLAIN.withHeader("Letter to the Board of Supervisors, May 2, 2025", false)
			.withFooter("Coalition for Fair Courts • 12 Alder Street • Riverton")
			.withPageNumbers("%d");
		DocumentText read = read(TestDocuments.pdf(layout, blocks));
		assertThat(read.pages()).isEqualTo(2);
		assertThat(read.text()).doesNotContain("Board of Supervisors", "Alder Street");
		List<String> lines = read.text().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).hasSize(70).allMatch(line -> line.startsWith("Paragraph line "));
		assertThat(read.warnings()).anyMatch(w -> w.contains("page header, footer and page number"));
	}

	@Test
	void aHeaderOnEveryPageIncludingTheFirstIsKeptOnceAsTheLetterhead() {
		List<TestDocuments.Block> blocks = List.of(Text.of("First page text."), new PageBreak(),
				Text.of("Second page text."), new PageBreak(), Text.of("Third page text."));
		Layout layout = Layout.PLAIN.withHeader("Alder Valley Tenants Union", true).withPageNumbers("Page %d of %d");
		String text = read(TestDocuments.pdf(layout, blocks)).text();
		assertThat(text).isEqualTo("Alder Valley Tenants Union\nFirst page text.\nSecond page text.\nThird page text.\n");
	}

	@Test
	void aWordHyphenatedAtALineEndIsJoined() {
		String text = read(TestDocuments.pdf(List.of(Text.of("The county's contract for immi-",
				"gration detention ends in June. Well-", "Known groups signed it.")))).text();
		assertThat(text).isEqualTo(
				"The county's contract for immigration\ndetention ends in June. Well-\nKnown groups signed it.\n");
	}

	@Test
	void aSuperscriptFootnoteMarkerIsLeftOutAndTheFootnoteKept() {
		String text = read(TestDocuments.pdf(List.of(Text.of("Detention rose by a third last year.^{1} We ask you to act.",
				"", "", "^{1} Figures from the county's own quarterly report.")))).text();
		assertThat(text).isEqualTo("""
				Detention rose by a third last year. We ask you to act.

				Figures from the county's own quarterly report.
				""");
	}

	@Test
	void aFooterSetSmallIsLeftOutEvenOnOnePageButAFootnoteAtTheFootIsKept() {
		List<TestDocuments.Block> blocks = new ArrayList<>();
		blocks.add(Text.of("Detention rose by a third last year.^{2}"));
		for (int i = 0; i < 44; i++) {
			blocks.add(Text.of(""));
		}
		Layout small = Layout.PLAIN.withFooter("Riverton Coalition for Fair Courts, 12 Alder Street");
		String text = read(TestDocuments.pdf(small, blocks)).text();
		assertThat(text).isEqualTo("Detention rose by a third last year.\n");
		blocks.add(Text.of("^{2} From the county's quarterly report."));
		text = read(TestDocuments.pdf(small.withFont(11, 14), blocks)).text();
		assertThat(text).isEqualTo("Detention rose by a third last year.\n\nFrom the county's quarterly report.\n");
	}

	@Test
	void paragraphsAreSeparatedByABlankLineAndABoldLineIsMarked() {
		String text = read(TestDocuments.pdf(List.of(Text.of("**Re: Ending the jail contract**", "",
				"First paragraph, first line", "and its second line.", "", "Second paragraph.")))).text();
		assertThat(text).isEqualTo("""
				**Re: Ending the jail contract**

				First paragraph, first line
				and its second line.

				Second paragraph.
				""");
	}

	@Test
	void aScanIsRefusedAsAScan() {
		assertThatThrownBy(() -> read(TestDocuments.scan(2))).isInstanceOf(IngestException.class)
			.hasMessage("This PDF has no text layer: it is a scan (images of pages). Run OCR on it first, or paste "
					+ "the letter's text.");
	}

	@Test
	void anEncryptedPdfIsRefused() {
		byte[] locked = TestDocuments.encrypted(TestDocuments.pdf(List.of(Text.of("A private draft."))), "s3cret");
		assertThatThrownBy(() -> read(locked)).isInstanceOf(IngestException.class)
			.hasMessageStartingWith("This PDF is encrypted with a password.");
	}

	@Test
	void aDamagedFileIsRefused() {
		byte[] pdf = TestDocuments.pdf(List.of(Text.of("A letter cut short in transfer.")));
		byte[] cut = java.util.Arrays.copyOf(pdf, 40);
		assertThatThrownBy(() -> read(cut)).isInstanceOf(IngestException.class)
			.hasMessageStartingWith("The file is not a PDF that can be read: it is damaged");
		byte[] garbage = "%PDF-1.7\nthis is not really a pdf at all\n".getBytes();
		assertThatThrownBy(() -> read(garbage)).isInstanceOf(IngestException.class)
			.hasMessageStartingWith("The file is not a PDF that can be read");
	}

	@Test
	void tooManyPagesAreRefusedBeforeAnyTextIsRead() {
		byte[] pdf = TestDocuments.manyPages(300);
		long start = System.nanoTime();
		assertThatThrownBy(() -> read(pdf)).isInstanceOf(IngestException.class)
			.hasMessage("This PDF has 300 pages; the limit is 100 (lettergraph.ingest.max-pages). Send one letter per "
					+ "file.");
		assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2000);
	}

	@Test
	void aFileOverTheByteLimitIsRefused() {
		byte[] pdf = TestDocuments.pdf(List.of(Text.of("Short letter.")));
		assertThatThrownBy(() -> Documents.read(pdf, "letter.pdf", "application/pdf", new DocumentLimits(100, 100)))
			.isInstanceOf(IngestException.class)
			.hasMessageContaining("the limit is 0.0 MB (lettergraph.ingest.max-document-size)");
	}

	static List<String> signers(int n) {
		String[] kinds = { "Tenants Union", "Legal Aid", "Workers Center", "Faith Network", "Youth Alliance" };
		String[] places = { "Alder Valley", "Brookhaven", "Cedar Point", "Dunmore", "Elk Ridge", "Fairhaven",
				"Glen Arbor" };
		List<String> names = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			names.add(places[i % places.length] + " " + kinds[(i / places.length) % kinds.length] + " " + (i + 1));
		}
		return names;
	}

	private static DocumentText read(byte[] pdf) {
		return Documents.read(pdf, "letter.pdf", "application/pdf", LIMITS);
	}
}
