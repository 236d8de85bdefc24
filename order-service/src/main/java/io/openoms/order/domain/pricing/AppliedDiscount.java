package io.openoms.order.domain.pricing;

import java.util.UUID;

import io.openoms.contracts.Money;

/**
 * A discount as applied to an order or one of its lines.
 *
 * @param ruleId the rule that granted it
 * @param name the rule's name when the order was placed
 * @param couponCode the coupon that unlocked it, null for an automatic rule
 * @param amount how much it took off
 */
public record AppliedDiscount(UUID ruleId, String name, String couponCode, Money amount) {
}
