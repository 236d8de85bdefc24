package io.openoms.systemtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The fault test's saboteur: at random moments it kills a service with {@code kill -9}
 * and starts it again after a short pause, and once it restarts the broker. Every service
 * is killed at least once; while the load lasts, further random kills follow. One fault
 * at a time: each is over (the service healthy, the broker answering) before the next
 * calm begins.
 */
final class ChaosFaults {

	/** One injected fault, with its time since the test's start. */
	record Fault(Duration at, String description) {

		@Override
		public String toString() {
			return String.format("+%6.1f s  %s", this.at.toMillis() / 1000.0, this.description);
		}

	}

	static final String BROKER = "broker";

	private final ServiceProcesses services;

	private final RestartableBroker broker;

	private final List<String> serviceNames;

	private final Random random;

	private final long startedNanos;

	private final List<Fault> faults = Collections.synchronizedList(new ArrayList<>());

	ChaosFaults(ServiceProcesses services, RestartableBroker broker, List<String> serviceNames, long seed,
			long startedNanos) {
		this.services = services;
		this.broker = broker;
		this.serviceNames = serviceNames;
		this.random = new Random(seed);
		this.startedNanos = startedNanos;
	}

	/**
	 * Injects the planned faults (each service once and the broker once, in a random
	 * order), then random kills for as long as {@code loadRunning} says so.
	 */
	void run(BooleanSupplier loadRunning) throws Exception {
		List<String> plan = new ArrayList<>(this.serviceNames);
		Collections.shuffle(plan, this.random);
		plan.add(this.random.nextInt(plan.size() + 1), BROKER);
		for (String target : plan) {
			calm();
			inject(target);
		}
		while (true) {
			calm();
			if (!loadRunning.getAsBoolean()) {
				return;
			}
			inject(this.serviceNames.get(this.random.nextInt(this.serviceNames.size())));
		}
	}

	List<Fault> faults() {
		synchronized (this.faults) {
			return List.copyOf(this.faults);
		}
	}

	private void inject(String target) throws Exception {
		if (BROKER.equals(target)) {
			restartBroker();
		}
		else {
			killAndRestart(target);
		}
	}

	private void killAndRestart(String service) throws Exception {
		Duration at = sinceStart();
		int exitCode = this.services.kill(service);
		Duration down = pause(500, 4000);
		long restarting = System.nanoTime();
		this.services.start(service);
		Duration startup = Duration.ofNanos(System.nanoTime() - restarting);
		record(at, String.format("kill -9 %s (exit %d), restarted after %.1f s, healthy %.1f s later", service,
				exitCode, seconds(down), seconds(startup)));
	}

	private void restartBroker() throws Exception {
		Duration at = sinceStart();
		this.broker.stop();
		Duration down = pause(2000, 5000);
		long restarting = System.nanoTime();
		this.broker.start();
		Duration startup = Duration.ofNanos(System.nanoTime() - restarting);
		record(at,
				String.format(
						"broker stopped, started again after %.1f s on the same data and ports, answering %.1f s later",
						seconds(down), seconds(startup)));
	}

	private void record(Duration at, String description) {
		Fault fault = new Fault(at, description);
		this.faults.add(fault);
		System.out.println("[chaos] " + fault);
	}

	/** Time between faults, so that the system is hit at random points of its work. */
	private void calm() throws InterruptedException {
		pause(1000, 6000);
	}

	/** A pause of the saboteur, not a wait for a condition. */
	private Duration pause(int minMillis, int maxMillis) throws InterruptedException {
		long millis = minMillis + this.random.nextInt(maxMillis - minMillis + 1);
		Thread.sleep(millis);
		return Duration.ofMillis(millis);
	}

	private Duration sinceStart() {
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
