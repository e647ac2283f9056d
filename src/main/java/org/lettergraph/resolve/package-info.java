/**
 * From names as documents spell them to actors: normalised keys, slugs for ids, and acronyms split from names.
 */
package org.lettergraph.resolve;
