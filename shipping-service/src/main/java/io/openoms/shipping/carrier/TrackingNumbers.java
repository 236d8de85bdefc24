package io.openoms.shipping.carrier;

/**
 * Hands out the simulated carrier's tracking numbers: {@code SP} and twelve digits, never
 * the same twice.
 */
@FunctionalInterface
interface TrackingNumbers {

	String next();

	static String format(long serial) {
		if (serial < 1 || serial > 999_999_999_999L) {
			throw new IllegalStateException("SIMPOST tracking numbers are exhausted at serial " + serial);
		}
		return String.format("SP%012d", serial);
	}

}
