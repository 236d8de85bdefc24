package io.openoms.messaging;

/**
 * Marks an exception that means a dependency outside the service (a payment gateway, a
 * carrier) is unreachable or overloaded: like a database outage, the same delivery
 * succeeds once it is back, so the consumer retries it without limit instead of
 * dead-lettering it. Only for calls that are safe to repeat, such as those carrying an
 * idempotency key.
 */
public interface DependencyUnavailable {

}
