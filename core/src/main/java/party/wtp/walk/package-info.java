/**
 * The mirror walk: finding one resource of a party across its mirrors, as pure logic that the browser client and the
 * health spider drive with their own transports and clocks. Start with {@link party.wtp.walk.MirrorWalk}.
 */
package party.wtp.walk;
