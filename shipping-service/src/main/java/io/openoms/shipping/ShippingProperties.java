package io.openoms.shipping;

import java.time.Duration;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Settings of shipping-service.
 *
 * @param carrier the carrier that ships parcels; {@code simulated} books labels and
 * delivers without leaving the machine
 * @param simulatedDeliveryDelay how long after dispatch the simulated carrier delivers
 * @param deliveryPollInterval how often due deliveries of the simulated carrier are
 * looked for
 * @param deliveryBatchSize the most deliveries recorded in one transaction
 * @param simulatedUnservedCountries ISO 3166-1 alpha-2 codes of the countries the
 * simulated carrier does not serve: it refuses to book parcels to them
 */
@Validated
@ConfigurationProperties("oms.shipping")
public record ShippingProperties(@DefaultValue("simulated") @NotNull CarrierType carrier,
		@DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration simulatedDeliveryDelay,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 10) Duration deliveryPollInterval,
		@DefaultValue("100") @Min(1) @Max(1000) int deliveryBatchSize,
		@DefaultValue("AQ") @NotNull List<@Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as AQ") String> simulatedUnservedCountries) {

	/** The carriers shipping-service can ship with. */
	public enum CarrierType {

		/**
		 * In-process: books SIMPOST labels and delivers after
		 * {@code simulated-delivery-delay}; refuses the countries in
		 * {@code simulated-unserved-countries} and returns parcels whose address line 1
		 * contains {@code UNDELIVERABLE}.
		 */
		SIMULATED

	}

}
