package org.lettergraph.ingest.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One letter of the corpus under {@code letters/corpus/}: its lines (with the corpus's own mini-markup, see
 * {@link CorpusDocuments}) and the facts a careful reader takes from it ({@code NN-name.expected.yaml}).
 *
 * <p>The letters are written for this corpus: organizations are invented, officials and members of Congress are
 * real people named as facts. They are meant to look like letters people bring, not like what the parser expects.
 */
record CorpusLetter(String name, List<String> lines, Expected expected) {

	/** What a careful reader records from the letter. */
	record Expected(String layout, String render, boolean partial, LocalDate date, List<Addressee> addressees,
			String subject, int signerCount, List<String> signers, List<String> programs, String notes) {

		Expected {
			addressees = (addressees != null) ? List.copyOf(addressees) : List.of();
			signers = (signers != null) ? List.copyOf(signers) : List.of();
			programs = (programs != null) ? List.copyOf(programs) : List.of();
		}
	}

	/** An addressee: the name as recorded, the title the letter gives, and the id when the bundled graph knows them. */
	record Addressee(String name, String title, String id) {
	}

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	/** Every letter of the corpus, in file name order. */
	static List<CorpusLetter> all() {
		try {
			Resource[] texts = new PathMatchingResourcePatternResolver()
				.getResources("classpath:letters/corpus/*.txt");
			List<CorpusLetter> letters = new ArrayList<>();
			for (Resource text : texts) {
				String file = text.getFilename();
				String name = file.substring(0, file.length() - ".txt".length());
				Resource facts = text.createRelative(name + ".expected.yaml");
				Expected expected = YAML.readValue(facts.getContentAsString(StandardCharsets.UTF_8), Expected.class);
				List<String> lines = text.getContentAsString(StandardCharsets.UTF_8).lines().toList();
				letters.add(new CorpusLetter(name, lines, expected));
			}
			letters.sort(Comparator.comparing(CorpusLetter::name));
			return letters;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The letter as the bytes its render kind asks for. */
	CorpusDocuments.Rendered render() {
		return CorpusDocuments.render(this.name, this.lines, this.expected.render());
	}
}
