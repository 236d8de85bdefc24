package io.openoms.order.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.openoms.messaging.Causation;
import io.openoms.order.application.CancelOrder;
import io.openoms.order.application.FindOrders;
import io.openoms.order.application.PlaceOrder;
import io.openoms.order.domain.Order;
import io.openoms.order.domain.OrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Places and reads orders. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	static final String CORRELATION_HEADER = "X-Correlation-Id";

	private final PlaceOrder placeOrder;

	private final FindOrders findOrders;

	private final CancelOrder cancelOrder;

	OrderController(PlaceOrder placeOrder, FindOrders findOrders, CancelOrder cancelOrder) {
		this.placeOrder = placeOrder;
		this.findOrders = findOrders;
		this.cancelOrder = cancelOrder;
	}

	@PostMapping
	ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		Order order = this.placeOrder.place(request.toCommand(), causation(correlationId));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(order.id())
			.toUri();
		return ResponseEntity.created(location).body(OrderResponse.of(order));
	}

	/**
	 * Cancels until the parcel leaves; cancelling a cancelled order again answers the
	 * order unchanged.
	 */
	@PostMapping("/{orderId}/cancel")
	OrderResponse cancel(@PathVariable UUID orderId, @Valid @RequestBody CancelOrderRequest request,
			@RequestHeader(name = CORRELATION_HEADER, required = false) UUID correlationId) {
		return OrderResponse.of(this.cancelOrder.cancel(orderId, request.reason().strip(), causation(correlationId)));
	}

	@GetMapping("/{orderId}")
	OrderResponse get(@PathVariable UUID orderId) {
		return OrderResponse.of(this.findOrders.byId(orderId));
	}

	@GetMapping
	List<OrderResponse> search(@RequestParam(required = false) String customerId,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.findOrders.search(customerId, status, limit).stream().map(OrderResponse::of).toList();
	}

	private static Causation causation(UUID correlationId) {
		return Causation.newRequest((correlationId != null) ? correlationId : UUID.randomUUID());
	}

}
