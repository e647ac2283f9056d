package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.graph.SchemaMigrations;
import org.lettergraph.security.Authorship;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the facts of the five seed documents, shipped as records under {@code dataset/}, before the service takes
 * requests. Loading is idempotent; a checksum of the records kept in the database lets an unchanged dataset be
 * skipped at the next start, while a changed one is loaded again (adding what is new).
 * {@code lettergraph.bundled-data=false} starts with the schema only.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.bundled-data", havingValue = "true", matchIfMissing = true)
class BundledDataset implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

	private static final String NAME = "bundled";

	private final RecordReader reader;

	private final ReferenceWriter references;

	private final LetterWriter letters;

	private final Rows rows;

	private final GraphWrites writes;

	/** Takes {@code schema} so the dataset loads after the migrations. */
	BundledDataset(SchemaMigrations schema, RecordReader reader, ReferenceWriter references, LetterWriter letters,
			Rows rows, GraphWrites writes) {
		this.reader = reader;
		this.references = references;
		this.letters = letters;
		this.rows = rows;
		this.writes = writes;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		load(false);
	}

	/** The dataset's facts are written in the service's own name. */
	static final String AUTHOR = Authorship.SERVICE + " (bundled dataset)";

	/** Loads the dataset; unless {@code force}, only when it differs from the one last loaded. */
	void load(boolean force) throws IOException {
		long started = System.nanoTime();
		var resolver = new PathMatchingResourcePatternResolver();
		Resource reference = resolver.getResource("classpath:dataset/reference.yaml");
		Resource[] letterFiles = resolver.getResources("classpath:dataset/letters/*.yaml");
		Arrays.sort(letterFiles, Comparator.comparing(Resource::getFilename));
		List<Resource> all = new ArrayList<>(List.of(reference));
		all.addAll(List.of(letterFiles));
		String checksum = checksum(all);
		String loaded = this.rows.list("ingest/dataset-checksum", Map.of("name", NAME))
			.stream()
			.findFirst()
			.map(row -> Rows.string(row, "checksum"))
			.orElse(null);
		if (!force && checksum.equals(loaded)) {
			log.info("Bundled dataset unchanged since it was loaded; nothing to do");
			return;
		}
		if (loaded == null) {
			// The one start that takes noticeably longer: say why, so nobody wonders.
			log.info("First start: loading the bundled dataset ({} letters and their organizations, people and "
					+ "sources) into the database; later starts skip this", letterFiles.length);
		}
		String referenceText = reference.getContentAsString(StandardCharsets.UTF_8);
		Authorship.as(AUTHOR, () -> {
			this.references.write(this.reader.reference(referenceText, "dataset/reference.yaml"));
			return null;
		});
		for (Resource file : letterFiles) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			Authorship.as(AUTHOR, () -> this.letters.write(this.reader.letter(text, "dataset/letters/" + file.getFilename())));
		}
		Authorship.as(AUTHOR, () -> this.writes.transaction(
				stamp -> this.writes.update("ingest/dataset-loaded", Map.of("name", NAME, "checksum", checksum))));
		log.info("Bundled dataset loaded: {} letters in {} ms", letterFiles.length,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static String checksum(List<Resource> resources) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Resource resource : resources) {
				digest.update(resource.getContentAsByteArray());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
