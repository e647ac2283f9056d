package org.lettergraph.letter;

import java.util.List;

import org.lettergraph.program.Program;
import org.lettergraph.source.Source;

/** What one letter asks of one program. */
public record Concern(Program program, String ask, List<Source> sources) {
}
