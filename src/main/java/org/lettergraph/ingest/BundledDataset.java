package org.lettergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.lettergraph.graph.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the facts of the five seed documents, shipped as records under {@code dataset/}, before the service takes
 * requests. Loading is idempotent, so it simply runs at every start: an unchanged dataset changes nothing, and a
 * newer one brings its additions. {@code lettergraph.bundled-data=false} starts with the schema only.
 */
@Component
@ConditionalOnProperty(name = "lettergraph.bundled-data", havingValue = "true", matchIfMissing = true)
class BundledDataset implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(BundledDataset.class);

	private final RecordReader reader;

	private final ReferenceWriter references;

	private final LetterWriter letters;

	BundledDataset(SchemaMigrations schema, RecordReader reader, ReferenceWriter references, LetterWriter letters) {
		this.reader = reader;
		this.references = references;
		this.letters = letters;
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		long started = System.nanoTime();
		var resolver = new PathMatchingResourcePatternResolver();
		try (InputStream in = resolver.getResource("classpath:dataset/reference.yaml").getInputStream()) {
			this.references.write(this.reader.reference(in, "dataset/reference.yaml"));
		}
		Resource[] files = resolver.getResources("classpath:dataset/letters/*.yaml");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				this.letters.write(this.reader.letter(in, "dataset/letters/" + file.getFilename()));
			}
		}
		log.info("Bundled dataset loaded: {} letters in {} ms", files.length, (System.nanoTime() - started) / 1_000_000);
	}
}
