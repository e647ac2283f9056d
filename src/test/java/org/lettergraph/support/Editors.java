package org.lettergraph.support;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The test profile's API tokens (application-test.properties holds only their hashes). */
public final class Editors {

	/** An editor's token, attributed as "test-bot". */
	public static final String EDITOR_TOKEN = "test-editor-token";

	/** A signed-in caller without the EDITOR role. */
	public static final String READER_TOKEN = "test-reader-token";

	private Editors() {
	}

	public static HttpGraphQlTester signedIn(HttpGraphQlTester tester) {
		return as(tester, EDITOR_TOKEN);
	}

	public static HttpGraphQlTester as(HttpGraphQlTester tester, String token) {
		return tester.mutate().header("Authorization", "Bearer " + token).build();
	}
}
