package io.openoms.payment.gateway;

import java.util.Map;
import java.util.UUID;

import io.openoms.payment.application.FindPayments;
import io.openoms.payment.application.GatewayNotification;
import io.openoms.payment.application.PaymentNotFoundException;
import io.openoms.payment.application.SettleFromGateway;
import io.openoms.payment.domain.CaptureMethod;
import io.openoms.payment.domain.ChargeOutcome;
import io.openoms.payment.domain.Payment;
import io.openoms.payment.domain.PaymentKind;
import io.openoms.payment.domain.PaymentStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The simulated gateway's stand-in for a customer at the bank's 3-D Secure page: says
 * whether the customer of a charge that requires authentication passed it. The answer
 * takes the same path as Stripe's webhook ({@link SettleFromGateway}), so the local run
 * shows an asynchronous payment moving the order on. Exists only with the simulated
 * gateway.
 */
@RestController
@Tag(name = "Simulated gateway")
@ConditionalOnProperty(name = "oms.payment.gateway", havingValue = "simulated", matchIfMissing = true)
class SimulatedAuthenticationController {

	private final FindPayments payments;

	private final SettleFromGateway settle;

	SimulatedAuthenticationController(FindPayments payments, SettleFromGateway settle) {
		this.payments = payments;
		this.settle = settle;
	}

	@PostMapping("/api/simulated-gateway/payments/{paymentId}/authentication")
	@Operation(operationId = "simulateAuthentication",
			summary = "Say whether the customer passed 3-D Secure (simulated gateway only)")
	@ApiResponse(responseCode = "200", description = "The outcome was applied")
	Map<String, String> authenticate(@PathVariable UUID paymentId, @Valid @RequestBody Authentication authentication) {
		Payment charge = this.payments.byId(paymentId)
			.filter((payment) -> payment.kind() == PaymentKind.CHARGE && payment.gatewayReference() != null)
			.orElseThrow(() -> new PaymentNotFoundException(paymentId));
		String reference = charge.gatewayReference();
		ChargeOutcome outcome = switch (authentication.outcome()) {
			case SUCCEEDED -> (charge.captureMethod() == CaptureMethod.MANUAL) ? new ChargeOutcome.Authorized(reference)
					: new ChargeOutcome.Succeeded(reference);
			case FAILED ->
				new ChargeOutcome.Declined("authentication_failed", "The customer did not authenticate the payment.");
		};
		// One answer per charge, as a bank gives; asking again changes nothing.
		String notificationId = "sim_auth_" + paymentId;
		SettleFromGateway.Outcome result = this.settle.on(new GatewayNotification.ChargeSettled(notificationId,
				"simulated.authentication", reference, paymentId, outcome));
		PaymentStatus status = this.payments.byId(paymentId).map(Payment::status).orElseThrow();
		return Map.of("outcome", result.name(), "status", status.name());
	}

	/**
	 * The customer's answer at the bank.
	 *
	 * @param outcome whether the customer passed authentication
	 */
	record Authentication(@NotNull Result outcome) {

		enum Result {

			SUCCEEDED, FAILED

		}

	}

}
