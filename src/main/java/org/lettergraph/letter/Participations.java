package org.lettergraph.letter;

import java.util.List;

/** Every letter one actor took part in, as one batched load returns them. */
record Participations(List<Participation> list) {
}
