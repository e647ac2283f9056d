package org.lettergraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.lettergraph.embedded.EmbeddedNeo4j;
import org.lettergraph.ingest.LetterIngest;
import org.lettergraph.ingest.document.DocumentLimits;
import org.lettergraph.ingest.document.DocumentText;
import org.lettergraph.ingest.document.Documents;
import org.lettergraph.security.Authorship;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The document case ({@code bench --only document}): a sign-on letter as a {@value #PAGES}-page PDF, its
 * {@value #SIGNERS} signers in three columns from page 3 on, with a running footer and page numbers, generated here;
 * then read to text, parsed and written through the service's one ingest path ({@link LetterIngest#ingestDocument},
 * a real write into a fresh database under {@code --dir}/document). Times: generating the PDF, reading it to text
 * alone, and the whole ingest (reading, parsing and writing) as a user's upload costs.
 */
final class DocumentBench {

	static final int PAGES = 40;

	static final int SIGNERS = 1000;

	/** What one run measured. */
	record Result(int pages, int bytes, int signersExpected, int signersRead, boolean inOrder, double generateMillis,
			double readMillis, double coldIngestMillis, double ingestMillis, double coldCpuMillis, double cpuMillis,
			int created, int proposals, int statements, List<String> problems) {

		boolean ok() {
			return this.problems.isEmpty() && this.signersRead == this.signersExpected && this.inOrder;
		}
	}

	private DocumentBench() {
	}

	static Result run(Path dir, PrintStream log) {
		Path data = dir.resolve("document").resolve("service");
		try {
			FileSystemUtils.deleteRecursively(data.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> signers = signers(SIGNERS);
		long start = System.nanoTime();
		byte[] pdf = pdf(signers, "June 2, 2025");
		double generate = (System.nanoTime() - start) / 1e6;
		log.printf("document: %d-page PDF of %,d bytes with %,d signers generated in %.0f ms%n", PAGES, pdf.length,
				SIGNERS, generate);

		StatementCounter counter = new StatementCounter();
		ConfigurableApplicationContext context = BenchService.start(data, counter);
		QueryTimes queryTimes = new QueryTimes();
		context.getBean(EmbeddedNeo4j.class).addQueryMonitor(queryTimes);
		try {
			LetterIngest ingest = context.getBean(LetterIngest.class);
			DocumentLimits limits = new DocumentLimits(16L << 20, 100);
			// A first pass warms the code up; the second is timed.
			Documents.read(pdf, "bench-letter.pdf", "application/pdf", limits);
			start = System.nanoTime();
			DocumentText text = Documents.read(pdf, "bench-letter.pdf", "application/pdf", limits);
			double read = (System.nanoTime() - start) / 1e6;
			// The service's first upload pays for loading and compiling the write path; a running service has paid it
			// already. So a first letter (other signers, another date) is written and timed on its own, then the
			// letter measured.
			byte[] first = pdf(signers(SIGNERS, OTHER_PLACES), "May 5, 2025");
			double cpu = cpuMillis();
			start = System.nanoTime();
			Authorship.as(BenchSuite.EDITOR,
					() -> ingest.ingestDocument(first, "bench-first.pdf", "application/pdf", false, null));
			double cold = (System.nanoTime() - start) / 1e6;
			double coldCpu = cpuMillis() - cpu;
			log.printf("document: the first upload's statements, as the database timed them:%n%s", queryTimes.report());
			counter.reset();
			queryTimes.reset();
			cpu = cpuMillis();
			start = System.nanoTime();
			LetterIngest.Outcome outcome = Authorship.as(BenchSuite.EDITOR,
					() -> ingest.ingestDocument(pdf, "bench-letter.pdf", "application/pdf", false, null));
			double whole = (System.nanoTime() - start) / 1e6;
			double wholeCpu = cpuMillis() - cpu;
			int statements = counter.count();
			log.printf("document: the measured letter's statements, as the database timed them:%n%s",
					queryTimes.report());
			List<String> read0 = (outcome.parsed() != null)
					? outcome.parsed().record().signers().stream().map(p -> p.name()).toList()
					: List.of();
			boolean inOrder = read0.equals(signers);
			int created = (outcome.result() != null) ? outcome.result().created().size() : 0;
			int proposals = (outcome.result() != null) ? outcome.result().review().size() : 0;
			log.printf("document: read to text in %.0f ms (%d pages); the service's first upload read, parsed and "
					+ "written in %.0f ms (process CPU %.0f ms); the letter read, parsed and written in %.0f ms "
					+ "(process CPU %.0f ms, %d statements): %,d signers%s, %,d actors created, %,d review "
					+ "proposals%s%n", read, text.pages(), cold, coldCpu, whole, wholeCpu, statements, read0.size(),
					inOrder ? " in order" : " NOT in order", created, proposals,
					outcome.ok() ? "" : "; problems: " + outcome.problems());
			return new Result(text.pages(), pdf.length, SIGNERS, read0.size(), inOrder, generate, read, cold, whole,
					coldCpu, wholeCpu, created, proposals, statements, outcome.problems());
		}
		finally {
			context.close();
		}
	}

	/** The report's table. */
	static String report(Result r) {
		return String.format(Locale.ROOT, """
				| document | pages | bytes | signers read | in order | generate ms | read to text ms | first upload: read, parse and write ms (process CPU ms) | read, parse and write ms (process CPU ms) | statements | actors created | review proposals |
				|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|
				| PDF, three columns of signers | %d | %,d | %,d of %,d | %s | %.0f | %.0f | %.0f (%.0f) | %.0f (%.0f) | %d | %,d | %,d |
				""", r.pages(), r.bytes(), r.signersRead(), r.signersExpected(), r.inOrder() ? "yes" : "**NO**",
				r.generateMillis(), r.readMillis(), r.coldIngestMillis(), r.coldCpuMillis(), r.ingestMillis(),
				r.cpuMillis(), r.statements(), r.created(), r.proposals())
				+ (r.problems().isEmpty() ? "" : "\nProblems: " + String.join("; ", r.problems()) + "\n");
	}

	/**
	 * The CPU time this process has used, all its threads (the embedded database's included): on a machine shared
	 * with other work, what an upload costs apart from waiting for a core.
	 */
	private static double cpuMillis() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
	}

	/** Distinct organization names, made up: places, kinds and directions combined. */
	static List<String> signers(int n) {
		return signers(n, new String[] { "Alder Valley", "Brookhaven", "Cedar Point", "Dunmore", "Elk Ridge",
				"Fairhaven", "Glen Arbor", "Harrow", "Ivy Mill", "Juniper Bay", "Kestrel Hill", "Larchmont", "Maple Ford",
				"Northgate", "Oak Hollow", "Pine Shoal", "Quarry Town", "Red Fern", "Stone Creek", "Tidewater" });
	}

	/** Places for the first upload's signers, none like the measured letter's. */
	private static final String[] OTHER_PLACES = { "Ashcombe", "Bellwether", "Copperton", "Driftwood", "Emberly",
			"Foxglove", "Granite Falls", "Hazelmere", "Ironwood", "Jasper Flats", "Kingsbury", "Lindenwold",
			"Moss Landing", "Nettlebrook", "Orchard Rise", "Pebble Cove", "Quillan", "Rushmere", "Saltmarsh",
			"Thornbury" };

	private static List<String> signers(int n, String[] places) {
		String[] kinds = { "Tenants Union", "Legal Aid", "Workers Center", "Faith Network", "Youth Alliance",
				"Housing Council", "Food Bank", "Mutual Aid", "Parents Group", "Day Laborers" };
		String[] sides = { "", "North ", "South ", "East ", "West " };
		List<String> names = new ArrayList<>();
		for (int i = 0; names.size() < n; i++) {
			names.add(sides[(i / (places.length * kinds.length)) % sides.length] + places[i % places.length] + " "
					+ kinds[(i / places.length) % kinds.length]);
		}
		return names;
	}

	/** Pages 1 and 2 the letter, pages 3 to 40 the signers, newspaper style in three columns. */
	static byte[] pdf(List<String> signers, String date) {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDDocument document = new PDDocument()) {
			List<List<String[]>> pages = new ArrayList<>(); // per page: {x, y from top, text}
			List<String[]> first = new ArrayList<>();
			float y = 72;
			for (String line : List.of("Riverton Coalition for Fair Courts", "12 Alder Street, Riverton, OR 97000", "",
					date, "", "The Honorable Harlan Voss", "Commissioner", "Riverton County", "",
					"Re: End the county's immigration detention contract", "", "Dear Commissioner Voss:", "")) {
				first.add(new String[] { "72", Float.toString(y), line });
				y += 14;
			}
			List<String[]> second = new ArrayList<>();
			float y2 = 72;
			for (int p = 0; p < 60; p++) {
				String line = "We, the " + SIGNERS + " undersigned organizations, ask the county to end the contract; "
						+ "paragraph line " + (p + 1) + ".";
				if (p < 30) {
					first.add(new String[] { "72", Float.toString(y), line });
					y += 14;
				}
				else {
					second.add(new String[] { "72", Float.toString(y2), line });
					y2 += 14;
				}
			}
			second.add(new String[] { "72", Float.toString(y2 + 14), "Sincerely," });
			pages.add(first);
			pages.add(second);
			int signerPages = PAGES - 2;
			int perColumn = (signers.size() + 3 * signerPages - 1) / (3 * signerPages);
			int next = 0;
			for (int p = 0; p < signerPages; p++) {
				List<String[]> page = new ArrayList<>();
				for (int c = 0; c < 3 && next < signers.size(); c++) {
					for (int r = 0; r < perColumn && next < signers.size(); r++) {
						page.add(new String[] { Float.toString(72 + c * 170), Float.toString(72 + r * 14),
								signers.get(next++) });
					}
				}
				pages.add(page);
			}
			for (int p = 0; p < pages.size(); p++) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				float height = page.getMediaBox().getHeight();
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float size = (p < 2) ? 10 : 9; // signers a little smaller, as three columns need
					for (String[] line : pages.get(p)) {
						if (!line[2].isEmpty()) {
							show(content, font, size, Float.parseFloat(line[0]), height - Float.parseFloat(line[1]),
									line[2]);
						}
					}
					show(content, font, 8, 72, 40, "Sign-on letter to Commissioner Voss, June 2025");
					show(content, font, 8, 290, 26, "Page " + (p + 1) + " of " + pages.size());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}
}
