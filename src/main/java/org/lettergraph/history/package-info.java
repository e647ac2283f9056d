/**
 * The history of corrections: every change to a letter or actor (an edit, a retraction, a rename, a merge and its
 * undoing) kept as who, when, what, before and after, listed newest first for the id it is about; and who created
 * and last changed each letter and actor.
 */
@ApplicationModule(displayName = "History", allowedDependencies = { "graph", "security" })
package org.lettergraph.history;

import org.springframework.modulith.ApplicationModule;
