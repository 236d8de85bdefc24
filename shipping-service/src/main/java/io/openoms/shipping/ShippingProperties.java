package io.openoms.shipping;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of shipping-service.
 *
 * @param carrier the carrier that ships parcels; {@code simulated} books labels and
 * delivers without leaving the machine
 * @param simulatedDeliveryDelay how long after dispatch the simulated carrier delivers
 * @param deliveryPollInterval how often due deliveries of the simulated carrier are
 * looked for
 * @param deliveryBatchSize the most deliveries recorded in one transaction
 */
@Validated
@ConfigurationProperties("oms.shipping")
public record ShippingProperties(@DefaultValue("simulated") @NotNull CarrierType carrier,
		@DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration simulatedDeliveryDelay,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 10) Duration deliveryPollInterval,
		@DefaultValue("100") @Min(1) @Max(1000) int deliveryBatchSize) {

	/** The carriers shipping-service can ship with. */
	public enum CarrierType {

		/**
		 * In-process: books SIMPOST labels and delivers after
		 * {@code simulated-delivery-delay}.
		 */
		SIMULATED

	}

}
