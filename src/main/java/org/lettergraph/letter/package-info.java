/**
 * Letters: who signed, led, endorsed and received them, listed and paged for analysts.
 */
package org.lettergraph.letter;
