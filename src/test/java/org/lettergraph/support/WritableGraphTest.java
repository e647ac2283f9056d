package org.lettergraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link GraphQlTestSupport}, but each annotated class gets a database of its own (with the bundled
 * dataset), which it may change; the context is closed after the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTestSupport
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = "lettergraph.test.writes=true")
public @interface WritableGraphTest {
}
