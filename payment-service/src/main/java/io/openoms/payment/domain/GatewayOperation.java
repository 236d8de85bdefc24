package io.openoms.payment.domain;

/** The calls payment-service makes to the gateway; each is recorded as an attempt. */
public enum GatewayOperation {

	CHARGE, CAPTURE, CANCEL, REFUND

}
