package org.lettergraph.letter;

import java.util.List;

import org.lettergraph.actor.Actor;
import org.lettergraph.source.Source;

/**
 * A lead, endorser, addressee or cc of a letter, with the title the letter gives, where a lead signed from, and the
 * sources.
 */
public record LetterParty(Actor actor, String role, Integer position, String title, String organization,
		String location, List<Source> sources) {
}
