package org.lettergraph.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Out of the box there is no user and no password: writes are refused with a message that says how to add one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lettergraph.bundled-data=false", "lettergraph.security.users=", "lettergraph.security.tokens=" })
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@DirtiesContext
class NoEditorConfiguredTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void writesAreRefusedWithHowToConfigureAnEditor() {
		this.graphQl.document("mutation { addAlias(actorId: \"org:x\", alias: \"X\") { id } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("Writes are turned off: no editor is configured.")
					&& e.getMessage().contains("hash-password"))
			.verify();
		this.graphQl.document("{ stats { letters } }").execute().path("stats.letters").entity(Integer.class).isEqualTo(0);
	}
}
