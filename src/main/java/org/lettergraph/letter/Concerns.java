package org.lettergraph.letter;

import java.util.List;

/** What one letter asks of each program, as one batched load returns it for {@code programs} and {@code concerns}. */
record Concerns(List<Concern> list) {
}
