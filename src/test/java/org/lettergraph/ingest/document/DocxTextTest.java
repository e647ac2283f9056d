package org.lettergraph.ingest.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.document.TestDocuments.Paragraph;
import org.lettergraph.ingest.document.TestDocuments.Table;
import org.lettergraph.ingest.record.IngestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word files made here with POI, read back as text; a zip bomb and other files that are not .docx refused. */
class DocxTextTest {

	private static final DocumentLimits LIMITS = new DocumentLimits(5L << 20, 100);

	@Test
	void paragraphsLineBreaksAndTabsComeOutAsLinesAndBlocks() {
		byte[] docx = TestDocuments.docx("Draft: not for circulation", "Page 1", List.of(
				Paragraph.of("June 3, 2025"),
				Paragraph.of("The Honorable Mireille Tanaka\nMayor\nCity of Port Alder"),
				Paragraph.bold("Re: The city's agreement with the county jail"),
				Paragraph.of("Dear Mayor Tanaka:"),
				Paragraph.of("We ask the city to end the agreement.\tIt expires in August.")));
		String text = Documents.read(docx, "letter.docx", null, LIMITS).text();
		assertThat(text).isEqualTo("""
				June 3, 2025

				The Honorable Mireille Tanaka
				Mayor
				City of Port Alder

				**Re: The city's agreement with the county jail**

				Dear Mayor Tanaka:

				We ask the city to end the agreement.   It expires in August.
				""");
		assertThat(text).as("page header and footer are not the letter").doesNotContain("Draft", "Page 1");
	}

	@Test
	void aSignatureTableIsReadOneNamePerLineColumnByColumn() {
		List<String> names = List.of("Alder Valley Tenants Union", "Brookhaven Legal Aid", "Cedar Point Workers Center",
				"Dunmore Faith Network", "Elk Ridge Youth Alliance", "Fairhaven Housing Council", "Glen Arbor Food Bank");
		byte[] docx = TestDocuments.docx(List.of(Paragraph.of("Signed,"), Table.grid(3, names),
				Paragraph.of("cc: Office of the County Executive")));
		String text = Documents.read(docx, "letter.docx", null, LIMITS).text();
		List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).containsExactly("Signed,", "Alder Valley Tenants Union", "Brookhaven Legal Aid",
				"Cedar Point Workers Center", "Dunmore Faith Network", "Elk Ridge Youth Alliance",
				"Fairhaven Housing Council", "Glen Arbor Food Bank", "cc: Office of the County Executive");
	}

	@Test
	void aTableWithAHeaderRowIsReadRowByRow() {
		byte[] docx = TestDocuments.docx(List.of(Table.of(List.of("Name", "Organization", "City"),
				List.of("Rosa Linde", "Brookhaven Legal Aid", "Brookhaven"),
				List.of("Tomas Berg", "Dunmore Faith Network", "Dunmore"))));
		String text = Documents.read(docx, "signers.docx", null, LIMITS).text();
		assertThat(text).isEqualTo("""
				Name   Organization   City
				Rosa Linde   Brookhaven Legal Aid   Brookhaven
				Tomas Berg   Dunmore Faith Network   Dunmore
				""");
	}

	@Test
	void aWordFileThatExpandsTooFarIsRefusedAsAPossibleZipBomb() {
		// Words in no order, so the file compresses as a letter does, not as a bomb does.
		String[] words = { "county", "agreement", "detention", "contract", "board", "records", "families", "court" };
		java.util.Random random = new java.util.Random(12);
		StringBuilder paragraphs = new StringBuilder("We ask the county to end the agreement.");
		for (int i = 0; i < 20_000; i++) {
			paragraphs.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(1000));
		}
		byte[] docx = TestDocuments.docx(List.of(Paragraph.of(paragraphs.toString())));
		DocumentLimits tight = new DocumentLimits(5L << 20, 100, 64 * 1024);
		assertThatThrownBy(() -> Documents.read(docx, "letter.docx", null, tight)).isInstanceOf(IngestException.class)
			.hasMessage("The Word file expands to more than 64 KB: it is refused as a possible zip bomb.");
		// Under the ordinary limits the same file is read.
		assertThat(Documents.read(docx, "letter.docx", null, LIMITS).text()).startsWith("We ask the county");
	}

	@Test
	void aZipThatIsNotAWordFileAndAnOldDocAreRefusedInPlainWords() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes());
			zip.closeEntry();
		}
		assertThatThrownBy(() -> Documents.read(bytes.toByteArray(), "signers.docx", null, LIMITS))
			.hasMessageStartingWith("The file is a zip archive but not a Word .docx file");
		byte[] doc = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThatThrownBy(() -> Documents.read(doc, "letter.doc", null, LIMITS))
			.hasMessage("Word 97-2003 .doc files are not read; save it as .docx or PDF.");
		assertThatThrownBy(() -> Documents.read("PK\u0003\u0004 cut".getBytes(), "letter.docx", null, LIMITS))
			.isInstanceOf(IngestException.class)
			.hasMessageStartingWith("The file is a zip archive but not a Word .docx file");
	}
}
