/**
 * Pure text helpers every module may use: the normalised key two spellings of a name meet under, readable id
 * slugs, letter ids, and the acronyms inside a signatory's name. No Spring, no database.
 */
@ApplicationModule(displayName = "Names", allowedDependencies = {})
package org.lettergraph.names;

import org.springframework.modulith.ApplicationModule;
