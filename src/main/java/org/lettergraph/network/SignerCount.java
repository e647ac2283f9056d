package org.lettergraph.network;

import org.lettergraph.actor.Actor;

/** An actor with the number of letters it signed or endorsed within some filters, and how many it led. */
public record SignerCount(Actor actor, int letters, int leads) {
}
