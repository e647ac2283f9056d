/**
 * Who may do what: reads are open (or need a sign-in), every write needs the EDITOR role, and every write records
 * who made it.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {})
package org.lettergraph.security;

import org.springframework.modulith.ApplicationModule;
