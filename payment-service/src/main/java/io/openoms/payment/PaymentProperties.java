package io.openoms.payment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings of payment-service.
 *
 * @param gateway the payment gateway charges go to; {@code simulated} behaves like
 * Stripe's test payment methods without leaving the machine
 */
@Validated
@ConfigurationProperties("oms.payment")
public record PaymentProperties(@DefaultValue("simulated") @NotNull GatewayType gateway) {

	/** The gateways payment-service can charge through. */
	public enum GatewayType {

		/**
		 * In-process, answers like Stripe's test payment methods ({@code pm_card_visa},
		 * ...).
		 */
		SIMULATED

	}

}
