package org.lettergraph.letter;

import java.util.List;

/** The reports of one letter, as one batched load returns them for {@code sources} and {@code reports}. */
record Reports(List<Report> list) {
}
