/**
 * The documents facts come from (news stories, press releases, the letters themselves, datasets), cited by title,
 * publisher and date, and the sources behind every edge.
 */
package org.lettergraph.source;
