package org.lettergraph.actor;

import java.util.List;

import org.lettergraph.source.Source;

/** A person or official working for, or holding office in, an organization. */
public record Affiliation(Actor member, Actor organization, String title, List<Source> sources) {
}
