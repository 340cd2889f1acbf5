package party.wtp.crypto.ed25519;

/**
 * A point prepared for adding to others: (Y + X, Y - X, 2dT, 2Z) of its extended coordinates, which saves the
 * addition formula a multiplication and makes negation a swap.
 */
final class CachedPoint {
    final double[] yPlusX = Field25519.create();
    final double[] yMinusX = Field25519.create();
    final double[] t2d = Field25519.create();
    final double[] z2 = Field25519.create();
}
