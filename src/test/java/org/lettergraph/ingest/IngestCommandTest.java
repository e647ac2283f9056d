package org.lettergraph.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lettergraph.support.CommandRun;
import org.lettergraph.embedded.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest command line, run in-process against an embedded data folder of its own. */
class IngestCommandTest {

	@Test
	void ingestsFilesReportsEachAndSaysWhatIsWrong(@TempDir Path dir) throws Exception {
		Path letter = dir.resolve("letter.yaml");
		Files.writeString(letter, IngestLetterTest.fixture("coalition-letter.yaml"));
		Path broken = dir.resolve("broken.yaml");
		Files.writeString(broken, "title: A letter\nsigners: [A]\nsignatoriez: [B]\n");
		Path binary = dir.resolve("binary.yaml");
		Files.write(binary, new byte[] { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF });
		Path pdf = dir.resolve("letter.pdf");
		Files.write(pdf, org.lettergraph.ingest.document.LetterFiles.signOnPdf());
		Path docx = dir.resolve("letter.docx");
		Files.write(docx, org.lettergraph.ingest.document.LetterFiles.signOnDocx());
		Path scan = dir.resolve("scan.pdf");
		Files.write(scan, org.lettergraph.ingest.document.TestDocuments.scan(1));

		CommandRun dryRun = run(concat(editor(dir), "ingest", letter.toString(), pdf.toString(), docx.toString(),
				"--dry-run", dataDir(dir)));
		assertThat(dryRun.code()).as(dryRun.out()).isZero();
		assertThat(dryRun.out()).contains("letter.pdf: would write letter:2025-03-04-")
			.contains("letter.docx: would write letter:2025-03-04-")
			.contains("13 created"); // 12 signers and the addressee
		assertThat(dryRun.out()).contains("would write letter:2025-03-03-restore-due-process-in-immigration-court: "
				+ "2 created, 3 matched, 1 held for review")
			.contains("review: Immigrant Legal Resources Center");

		CommandRun real = run(concat(editor(dir), "ingest", letter.toString(), broken.toString(), binary.toString(),
				scan.toString(), dataDir(dir)));
		assertThat(real.code()).isEqualTo(1);
		assertThat(real.out()).contains("scan.pdf: not ingested")
			.contains("This PDF has no text layer: it is a scan");
		assertThat(real.out()).contains("wrote letter:2025-03-03-restore-due-process-in-immigration-court")
			.contains("broken.yaml: not ingested")
			.contains("line 3: unknown field 'signatoriez'")
			.contains("binary.yaml: not ingested")
			.contains("not text in UTF-8");

		CommandRun again = run(concat(editor(dir), "ingest", letter.toString(), dataDir(dir)));
		assertThat(again.code()).isZero();
		assertThat(again.out()).contains("0 created, 5 matched");

		assertThat(run(concat(editor(dir), "ingest", dataDir(dir))).code()).isEqualTo(2);

		CommandRun anonymous = run("ingest", letter.toString(), dataDir(dir), "--spring.profiles.active=test");
		assertThat(anonymous.code()).isEqualTo(4);
		assertThat(anonymous.err()).contains("Writes need an editor");
	}

	@Test
	void aLetterFileAndItsSignersCsvGoInAsOneLetter(@TempDir Path dir) throws Exception {
		Path letter = dir.resolve("letter.yaml");
		Files.writeString(letter, """
				title: Restore legal orientation in Millbrook
				date: 2025-09-09
				sources: [source:2024-11-15-act-now-to-protect-immigrant-communities]
				leads: [Detention Watch Network]
				""");
		Path csv = dir.resolve("export.csv");
		Files.writeString(csv, """
				Organization,City,State,Email
				Millbrook Newcomer Network,Millbrook,NY,hello@millbrook.example.org
				Millbrook Newcomer Network,Millbrook,NY,again@millbrook.example.org
				""");
		CommandRun dryRun = run(concat(editor(dir), "ingest", letter.toString(), "--signers", csv.toString(),
				"--dry-run", dataDir(dir)));
		assertThat(dryRun.code()).isZero();
		assertThat(dryRun.out()).contains("would write letter:2025-09-09-restore-legal-orientation-in-millbrook: "
				+ "1 created, 1 matched")
			.contains("warning: signers CSV, line 3: 'Millbrook Newcomer Network' signed before, on line 2");

		assertThat(run(concat(editor(dir), "ingest", letter.toString(), letter.toString(), "--signers",
				csv.toString(), dataDir(dir))).code()).isEqualTo(2);
	}

	@Test
	void saysPlainlyWhenTheEmbeddedStoreIsLockedByARunningService(@TempDir Path dir) throws Exception {
		Path letter = dir.resolve("letter.yaml");
		Files.writeString(letter, IngestLetterTest.fixture("coalition-letter.yaml"));
		try (EmbeddedNeo4j running = EmbeddedNeo4j.start(dir.resolve("data"), 0)) {
			CommandRun locked = run(concat(editor(dir), "ingest", letter.toString(), dataDir(dir)));
			assertThat(locked.code()).isEqualTo(3);
			assertThat(locked.err()).contains("is in use by another lettergraph process");
		}
	}

	private static String dataDir(Path dir) {
		return "--lettergraph.embedded.data-dir=" + dir.resolve("data");
	}

	/** The editor's token, in a file as a script would keep it. */
	private static String[] editor(Path dir) throws java.io.IOException {
		Path token = dir.resolve("token");
		Files.writeString(token, org.lettergraph.support.Editors.EDITOR_TOKEN + "\n");
		return new String[] { "--token-file", token.toString(), "--spring.profiles.active=test" };
	}

	/** The command's own words first ("ingest", files, flags), then the sign-in and profile options. */
	private static String[] concat(String[] options, String... command) {
		String[] all = java.util.Arrays.copyOf(command, command.length + options.length);
		System.arraycopy(options, 0, all, command.length, options.length);
		return all;
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}
}
