package io.openoms.shipping.web;

import java.time.Instant;
import java.util.UUID;

import io.openoms.shipping.application.RecordTrackingUpdate;
import io.openoms.shipping.domain.Shipment;
import io.openoms.shipping.domain.TrackingStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where carriers push tracking updates. The body's signature is checked before it is read
 * ({@link SignedWebhookBodies}); each carrier event id is applied once, so a carrier may
 * send an update as often as it likes.
 */
@RestController
@Tag(name = "Carrier webhooks")
class CarrierWebhookController {

	static final String PATH = "/api/carriers/{carrier}/tracking";

	private final RecordTrackingUpdate recordTrackingUpdate;

	private final WebhookSignatures signatures;

	CarrierWebhookController(RecordTrackingUpdate recordTrackingUpdate, WebhookSignatures signatures) {
		this.recordTrackingUpdate = recordTrackingUpdate;
		this.signatures = signatures;
	}

	@PostMapping(PATH)
	@Operation(operationId = "trackingUpdate", summary = "A carrier reports a parcel's progress",
			description = "Signed: header `" + WebhookSignatures.HEADER + "` is `sha256=` and the hex HMAC-SHA256 of "
					+ "the body with the carrier's secret. Each event id is applied once.",
			parameters = @Parameter(name = WebhookSignatures.HEADER, in = ParameterIn.HEADER, required = true,
					description = "`sha256=<hex HMAC-SHA256 of the body>`"))
	@ApiResponse(responseCode = "200", description = "Applied, or a repeat of an applied event")
	@ApiResponse(responseCode = "401", description = "Missing or wrong signature (`invalid-signature`)")
	@ApiResponse(responseCode = "404", description = "Unknown carrier (`unknown-carrier`)")
	@ApiResponse(responseCode = "422", description = "No shipment has this tracking number (`unknown-shipment`)")
	TrackingUpdateResponse track(@PathVariable String carrier, @Valid @RequestBody TrackingUpdateRequest request) {
		String name = this.signatures.carrierNamed(carrier);
		RecordTrackingUpdate.Result result = this.recordTrackingUpdate.record(name, request.trackingNumber(),
				new Shipment.TrackingReport(request.eventId(), request.status(), request.description(),
						request.location(), request.occurredAt()));
		return new TrackingUpdateResponse(request.eventId(), result.shipmentId(), result.outcome().name());
	}

	/**
	 * A carrier's tracking update.
	 *
	 * @param eventId the carrier's id of this update; an update is applied once per id
	 * @param trackingNumber the parcel's tracking number
	 * @param status where the parcel is now
	 * @param occurredAt when, by the carrier's clock
	 * @param description the carrier's words, optional
	 * @param location where, optional
	 */
	record TrackingUpdateRequest(@NotBlank @Size(max = 200) String eventId,
			@NotBlank @Size(max = 100) String trackingNumber, @NotNull TrackingStatus status,
			@NotNull Instant occurredAt, @Size(max = 1000) String description, @Size(max = 200) String location) {
	}

	/**
	 * What became of the update: {@code APPLIED} (it moved the parcel on),
	 * {@code RECORDED} (kept in the history, but it was late or the journey had ended),
	 * or {@code DUPLICATE} (this event id was received before).
	 */
	record TrackingUpdateResponse(String eventId, UUID shipmentId, String result) {
	}

}
