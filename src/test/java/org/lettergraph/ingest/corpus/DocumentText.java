package org.lettergraph.ingest.corpus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one place the corpus tests turn a PDF, Word or HTML file into text. The project's reader
 * ({@code org.lettergraph.ingest.document.Documents.read(bytes, fileName, mediaType, limits)}) is being written on
 * another branch; until it is on this one, a stand-in does the job the way a first try would (PDFBox's text stripper
 * sorted by position, POI's extractor, jsoup's text), so the numbers show what a naive reader gets.
 *
 * <p>To measure the project's reader, replace the body of {@link #read} by the one commented line in it.
 */
final class DocumentText {

	/** Which reader the numbers are for: printed above the table. */
	static final String READER = "stand-in (PDFTextStripper sorted by position, XWPFWordExtractor, jsoup)";

	private DocumentText() {
	}

	static String read(CorpusDocuments.Rendered document) {
		if (document.isText()) {
			return document.text();
		}
		// return org.lettergraph.ingest.document.Documents.read(document.bytes(), document.fileName(), document.mediaType(), <limits>);
		return standIn(document);
	}

	private static String standIn(CorpusDocuments.Rendered document) {
		try {
			return switch (document.mediaType()) {
				case CorpusDocuments.PDF -> {
					try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
						PDFTextStripper stripper = new PDFTextStripper();
						stripper.setSortByPosition(true);
						yield stripper.getText(pdf);
					}
				}
				case CorpusDocuments.DOCX -> {
					try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(document.bytes()));
							XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
						yield extractor.getText();
					}
				}
				case CorpusDocuments.HTML -> {
					Document page = Jsoup.parse(new String(document.bytes(), StandardCharsets.UTF_8));
					page.select("br").after("\n");
					page.select("p, li, h1, h2, h3, div, nav, header, footer").after("\n\n");
					yield page.body().wholeText();
				}
				default -> throw new IllegalArgumentException("no reader for " + document.mediaType());
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
