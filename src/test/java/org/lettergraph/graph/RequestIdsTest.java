package org.lettergraph.graph;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@Test
	void newIdsAreRandomVersionFourUuids() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String id = RequestIds.newId();
			UUID uuid = UUID.fromString(id);
			assertThat(uuid.version()).as(id).isEqualTo(4);
			assertThat(uuid.variant()).as(id).isEqualTo(2);
			assertThat(id).hasSize(36).matches("[0-9a-f-]+");
			ids.add(id);
		}
		assertThat(ids).hasSize(10_000);
	}
}
