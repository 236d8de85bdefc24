package io.openoms.order.application.customer;

import java.time.Instant;
import java.util.UUID;

import io.openoms.contracts.Money;

/** One order in a customer's history. */
public record CustomerOrder(UUID id, String status, Money total, int lines, String channel, Instant createdAt) {
}
