package io.openoms.payment.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.payment.domain.GatewayAttempt;

/** The log of every call to the gateway. */
public interface GatewayAttempts {

	/** Records a call that is about to be made. */
	void started(GatewayAttempt attempt);

	/** Records what came back. */
	void finished(UUID attemptId, String result, String gatewayReference, Instant at);

	/** The order's calls, oldest first. */
	List<GatewayAttempt> ofOrder(UUID orderId);

}
