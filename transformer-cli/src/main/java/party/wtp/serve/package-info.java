/**
 * Serving a party's mirrors locally, each on its own loopback origin, as dumb static hosts would, with faults that can
 * be switched per mirror at runtime: {@link party.wtp.serve.PartyServer} is the entry point.
 */
package party.wtp.serve;
