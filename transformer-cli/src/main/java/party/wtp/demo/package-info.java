/** {@code wtp demo}: a throw-away party of the bundled sample site, served on loopback, to try, show and break. */
package party.wtp.demo;
