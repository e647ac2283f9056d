/**
 * Who may do what: reads are open (or need a sign-in), every write needs the EDITOR role, and every write records
 * who made it.
 */
package org.lettergraph.security;
