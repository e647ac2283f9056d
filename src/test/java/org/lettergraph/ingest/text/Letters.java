package org.lettergraph.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LegislatorsParser;

/** Test fixtures: letters written for these tests, and the small directory of invented members of Congress. */
final class Letters {

	private Letters() {
	}

	static String fixture(String name) {
		try (InputStream in = Letters.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static LawmakerDirectory smallDirectory() {
		return LawmakerDirectory.of(new LegislatorsParser().legislators(
				Letters.class.getResourceAsStream("/org/lettergraph/ingest/legislators/small-legislators.yaml"),
				"small-legislators.yaml"));
	}

	static List<Line> lines(String text) {
		return TextLines.read(text, new ArrayList<>());
	}
}
