package io.openoms.order.application;

import java.util.List;
import java.util.stream.Collectors;

import io.openoms.contracts.EventEnvelope;
import io.openoms.contracts.upstream.OrderAccepted;
import io.openoms.contracts.upstream.OrderPlaced;
import io.openoms.contracts.upstream.OrderRejected;
import io.openoms.messaging.Causation;
import io.openoms.messaging.Outbox;
import io.openoms.messaging.RejectedEventException;
import io.openoms.order.domain.Fulfilment;
import org.springframework.stereotype.Component;

/**
 * Places the orders upstream systems hand over with {@code OrderPlaced}, through the same
 * {@link PlaceOrder} as HTTP, and answers each: {@code OrderAccepted} (again, with the
 * same order, when the event is repeated) or {@code OrderRejected} naming every field to
 * fix, while the event itself goes to the dead-letter topic with the reason.
 */
@Component
public class AcceptUpstreamOrder {

	private final PlaceOrder placeOrder;

	private final Outbox outbox;

	AcceptUpstreamOrder(PlaceOrder placeOrder, Outbox outbox) {
		this.placeOrder = placeOrder;
		this.outbox = outbox;
	}

	public void on(EventEnvelope<OrderPlaced> event) {
		OrderPlaced placed = event.payload();
		Causation causation = Causation.causedBy(event);
		PlaceOrder.Placed result;
		try {
			result = this.placeOrder.place(command(placed), OrderEntry.upstream(placed.channel(), placed.reference()),
					causation);
		}
		catch (InvalidOrderException ex) {
			List<OrderRejected.Reason> reasons = ex.violations()
				.stream()
				.map((violation) -> new OrderRejected.Reason(violation.field(), violation.message()))
				.toList();
			throw RejectedEventException.withReplies(
					"OrderPlaced " + placed.channel() + "/" + placed.reference() + " rejected: "
							+ reasons.stream()
								.map((reason) -> reason.field() + " " + reason.message())
								.collect(Collectors.joining("; ")),
					List.of(new OrderRejected(placed.channel(), placed.reference(), reasons)));
		}
		this.outbox.append(
				new OrderAccepted(placed.channel(), placed.reference(), result.order().id(), result.order().total()),
				causation);
	}

	private static PlaceOrderCommand command(OrderPlaced placed) {
		var address = placed.shippingAddress();
		return new PlaceOrderCommand(placed.customerId(),
				(placed.lines() != null) ? placed.lines()
					.stream()
					.map((line) -> (line != null) ? new PlaceOrderCommand.Line(line.sku(), line.quantity()) : null)
					.toList() : null,
				(address != null) ? new PlaceOrderCommand.Address(address.name(), address.line1(), address.line2(),
						address.postalCode(), address.city(), address.country()) : null,
				placed.paymentMethod(), new Fulfilment(placed.priority(), null, false));
	}

}
