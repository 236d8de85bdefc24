package io.openoms.contracts.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openoms.contracts.Money;
import io.openoms.contracts.Nullable;
import io.openoms.contracts.inventory.AllocatedLine;

/**
 * An order as an ERP needs it to book the order without calling the OMS: where it came
 * from, who ordered what at which price, where it goes, and what became of its payment,
 * stock and parcel so far. Carried by {@link OrderStatusChanged} since schema version 2
 * (ADR 0015). Every amount is in the order's currency.
 *
 * @param channel where the order came from: {@code api} for HTTP clients that name no
 * channel, or the upstream system, such as {@code webshop-de}
 * @param reference the upstream system's own order reference; null for orders placed over
 * HTTP
 * @param customerId who placed it
 * @param currency ISO 4217 code of every amount of the order
 * @param priority how urgently it is to be fulfilled
 * @param placedAt when it was placed
 * @param lines what was ordered, as priced when the order was placed, in order
 * @param totals the order's price as placed
 * @param shippingAddress where it goes
 * @param payment the payment that paid it; null until it is paid
 * @param allocation the stock reserved for it; null until it is allocated
 * @param shipment the parcel that shipped it; null until it is shipped
 * @param hold the operator's hold; null when it is not on hold
 * @param cancellationReason why it was cancelled; null unless it is cancelled
 */
public record OrderSnapshot(String channel, @Nullable String reference, String customerId, String currency,
		OrderPriority priority, Instant placedAt, List<Line> lines, Totals totals, ShippingAddress shippingAddress,
		@Nullable Payment payment, @Nullable Allocation allocation, @Nullable Shipment shipment, @Nullable Hold hold,
		@Nullable String cancellationReason) {

	/**
	 * One line as priced when the order was placed. Catalog prices include tax, so
	 * {@code total} is what the customer pays for the line and {@code tax} the part of it
	 * that is tax.
	 *
	 * @param sku the product
	 * @param quantity how many units
	 * @param unitListPrice the catalog's price of one unit, tax included
	 * @param listAmount unit list price times quantity
	 * @param discounts the line's own discounts, in the order they were applied
	 * @param orderDiscountShare the line's share of the order-level discounts
	 * @param tax the tax included in {@code total}; null for orders placed before pricing
	 * rules existed
	 * @param total list amount less all discounts, tax included
	 * @param unitWeightGrams the shipping weight of one unit; null when unknown
	 */
	public record Line(String sku, int quantity, Money unitListPrice, Money listAmount, List<Discount> discounts,
			Money orderDiscountShare, @Nullable Money tax, Money total, @Nullable Integer unitWeightGrams) {
	}

	/**
	 * A discount as it was applied.
	 *
	 * @param ruleId the pricing rule that granted it
	 * @param name the rule's name when the order was placed
	 * @param couponCode the coupon that unlocked it; null for an automatic rule
	 * @param amount how much it took off
	 */
	public record Discount(UUID ruleId, String name, @Nullable String couponCode, Money amount) {
	}

	/**
	 * The order's price as placed: {@code subtotal - discounts = total} and
	 * {@code net + tax = total}. There is no shipping charge: the OMS prices goods only.
	 *
	 * @param subtotal the sum of the lines' list amounts
	 * @param discounts every discount, line and order level
	 * @param orderDiscounts the order-level discounts, in the order they were applied
	 * @param couponCode the coupon the order was placed with; null if none
	 * @param net total less tax; null for orders placed before pricing rules existed
	 * @param tax the tax included in the total; null for orders placed before pricing
	 * rules existed
	 * @param taxCountry the destination whose tax rate applied; null for orders placed
	 * before pricing rules existed
	 * @param taxRateBasisPoints that rate in hundredths of a percent (1900 is 19 %); null
	 * for orders placed before pricing rules existed
	 * @param total what the customer pays
	 */
	public record Totals(Money subtotal, Money discounts, List<Discount> orderDiscounts, @Nullable String couponCode,
			@Nullable Money net, @Nullable Money tax, @Nullable String taxCountry, @Nullable Integer taxRateBasisPoints,
			Money total) {
	}

	/**
	 * The payment that paid the order.
	 *
	 * @param paymentId payment-service's id of the payment
	 * @param amount what was charged, or held on the card to be captured at shipment: the
	 * order total. Refunds of a cancelled order follow from the cancellation (ADR 0009)
	 * and are not status changes
	 */
	public record Payment(UUID paymentId, Money amount) {
	}

	/**
	 * The stock reserved for the order.
	 *
	 * @param allocationId inventory-service's id of the allocation
	 * @param warehouses every warehouse the order leaves from, the allocation's own first
	 * @param lines what is reserved where; empty when inventory-service reported no lines
	 * (one warehouse for everything); a line without a warehouse is in the first one
	 */
	public record Allocation(UUID allocationId, List<String> warehouses, List<AllocatedLine> lines) {
	}

	/**
	 * The parcel that shipped the order (the first one, when it leaves from several
	 * warehouses).
	 *
	 * @param shipmentId shipping-service's id of the shipment
	 * @param carrier the carrier's name
	 * @param trackingNumber the carrier's tracking number
	 */
	public record Shipment(UUID shipmentId, String carrier, String trackingNumber) {
	}

	/**
	 * An operator's hold: the order keeps its status, the next service waits.
	 *
	 * @param reason why, in the operator's words
	 * @param since when the order was put on hold
	 */
	public record Hold(String reason, Instant since) {
	}

}
