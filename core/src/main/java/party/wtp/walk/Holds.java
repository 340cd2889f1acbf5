package party.wtp.walk;

/**
 * What a signed mirror list says about whether a mirror carries the walk's target. Partial mirrors declare what they hold,
 * so the walk goes straight to {@link #YES}, tries {@link #UNKNOWN} after those, and never asks a mirror that says {@link #NO}.
 */
public enum Holds {
    YES, NO, UNKNOWN;

    /** Combines two lists' answers about one mirror: any YES wins (a wasted try is cheap), then NO, else UNKNOWN. */
    static Holds merge(Holds a, Holds b) {
        if (a == YES || b == YES) {
            return YES;
        }
        if (a == NO || b == NO) {
            return NO;
        }
        return UNKNOWN;
    }
}
