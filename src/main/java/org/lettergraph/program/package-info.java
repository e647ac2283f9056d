/**
 * Programs letters are about (287(g), Secure Communities, ICE detainers, detention contracts), who runs them and
 * what each letter asks of them.
 */
package org.lettergraph.program;
