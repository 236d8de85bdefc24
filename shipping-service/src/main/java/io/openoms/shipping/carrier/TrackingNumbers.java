package io.openoms.shipping.carrier;

/**
 * Hands out the simulated carriers' tracking numbers: the carrier's two letters, an
 * eleven-digit serial and a Luhn check digit (so a mistyped number is recognised, as with
 * a real carrier's), never the same twice.
 */
@FunctionalInterface
interface TrackingNumbers {

	/**
	 * @param prefix the carrier's two letters, such as {@code SP}
	 * @return a tracking number never handed out before
	 */
	String next(String prefix);

	static String format(String prefix, long serial) {
		if (serial < 1 || serial > 99_999_999_999L) {
			throw new IllegalStateException("simulated tracking numbers are exhausted at serial " + serial);
		}
		String digits = String.format("%011d", serial);
		return prefix + digits + checkDigit(digits);
	}

	/** Whether the last digit of a formatted tracking number is its check digit. */
	static boolean isValid(String trackingNumber) {
		if (trackingNumber == null || !trackingNumber.matches("[A-Z]{2}\\d{12}")) {
			return false;
		}
		return checkDigit(trackingNumber.substring(2, 13)) == trackingNumber.charAt(13) - '0';
	}

	private static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return (10 - sum % 10) % 10;
	}

}
