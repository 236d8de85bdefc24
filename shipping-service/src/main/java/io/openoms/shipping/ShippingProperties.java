package io.openoms.shipping;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Settings of shipping-service.
 *
 * @param carrier the carriers that ship parcels; {@code simulated} books labels and
 * reports tracking without leaving the machine
 * @param simulatedDeliveryDelay how long a simulated STANDARD parcel's journey takes from
 * dispatch to its end (delivered or returned); EXPRESS parcels take half. Its tracking
 * steps are spread evenly over it
 * @param deliveryPollInterval how often the simulated carriers look for tracking steps
 * that are due
 * @param deliveryBatchSize the most parcels moved on in one transaction
 * @param simulatedUnservedCountries ISO 3166-1 alpha-2 codes of the countries the
 * simulated carriers do not serve: they refuse to book parcels to them
 * @param simulatedFailedAttemptShare the share of simulated parcels (0 to 1) whose first
 * delivery attempt fails; they are delivered at the second
 * @param simulatedReturnShare the share of simulated parcels (0 to 1) that cannot be
 * delivered and are returned to sender
 * @param originCountry the country the warehouses ship from: parcels to it are DOMESTIC
 * on the rate card
 * @param webhookSecrets the shared secret per carrier (key: the carrier's name, such as
 * {@code SIMPOST}) that signs its tracking webhook calls; a carrier without one cannot
 * call the webhook
 */
@Validated
@ConfigurationProperties("oms.shipping")
public record ShippingProperties(@DefaultValue("simulated") @NotNull CarrierType carrier,
		@DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration simulatedDeliveryDelay,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 10) Duration deliveryPollInterval,
		@DefaultValue("100") @Min(1) @Max(1000) int deliveryBatchSize,
		@DefaultValue("AQ") @NotNull List<@Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as AQ") String> simulatedUnservedCountries,
		@DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double simulatedFailedAttemptShare,
		@DefaultValue("0") @DecimalMin("0") @DecimalMax("1") double simulatedReturnShare,
		@DefaultValue("DE") @NotNull @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166-1 alpha-2 code such as DE") String originCountry,
		@DefaultValue Map<String, @NotNull @Size(min = 16,
				message = "must be at least 16 characters long") String> webhookSecrets) {

	/** The carriers shipping-service can ship with. */
	public enum CarrierType {

		/**
		 * In-process: SIMPOST (parcels) and SIMFREIGHT (heavy goods) book labels at once
		 * and report each parcel's journey, ending after
		 * {@code simulated-delivery-delay}; they refuse the countries in
		 * {@code simulated-unserved-countries} and return parcels whose address line 1
		 * contains {@code UNDELIVERABLE}.
		 */
		SIMULATED

	}

	/**
	 * The shared webhook secret of a carrier, looked up by its name in any case.
	 * @param carrierName the carrier's name
	 * @return the secret, or null if the carrier has none
	 */
	public String webhookSecretOf(String carrierName) {
		return this.webhookSecrets.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(carrierName))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

}
