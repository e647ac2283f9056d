package org.lettergraph.letter;

import org.lettergraph.source.Source;

/** One source's report of a letter, with the signer count it states. */
public record Report(Source source, Integer signerCount, String signerCountQualifier) {
}
