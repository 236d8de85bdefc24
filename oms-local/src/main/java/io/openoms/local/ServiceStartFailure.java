package io.openoms.local;

/**
 * A service that exited or never got healthy while the local run was starting.
 */
final class ServiceStartFailure extends Exception {

	private final transient ServiceProcess service;

	ServiceStartFailure(String message, ServiceProcess service) {
		super(message);
		this.service = service;
	}

	ServiceProcess service() {
		return this.service;
	}

}
