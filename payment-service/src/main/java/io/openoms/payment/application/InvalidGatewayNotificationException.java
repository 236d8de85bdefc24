package io.openoms.payment.application;

/**
 * A webhook call that cannot be trusted: unsigned, signed with another secret, tampered
 * with, or too old (a replay). Nothing was applied.
 */
public class InvalidGatewayNotificationException extends RuntimeException {

	public InvalidGatewayNotificationException(String message, Throwable cause) {
		super(message, cause);
	}

}
