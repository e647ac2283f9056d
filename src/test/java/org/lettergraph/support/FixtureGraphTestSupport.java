package org.lettergraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lettergraph.network.Fixtures;

import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link GraphQlTestSupport}, but the embedded database starts empty (no bundled dataset), so a test class can
 * write the small graph whose answers it worked out by hand. Test classes with this annotation share one Spring
 * context and its database: each must clear the graph before writing its fixture.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "lettergraph.bundled-data=false")
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@Import({ StatementCounterConfiguration.class, Fixtures.class })
public @interface FixtureGraphTestSupport {
}
