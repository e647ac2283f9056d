package org.lettergraph.network;

/** The co-signature network of the letters of one calendar year. */
record YearNetwork(int year, Network network) {
}
