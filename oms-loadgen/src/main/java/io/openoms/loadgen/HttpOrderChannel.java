package io.openoms.loadgen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/orders}, asynchronously, over a pool of HTTP/1.1 connections.
 */
final class HttpOrderChannel implements OrderChannel {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.executor(this.executor)
		.build();

	private final URI orders;

	HttpOrderChannel(String orderServiceUrl) {
		this.orders = URI.create(orderServiceUrl + "/api/orders");
	}

	@Override
	public CompletableFuture<Placement> place(OrderMix.PlannedOrder order) {
		HttpRequest request = HttpRequest.newBuilder(this.orders)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(order.json()))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.thenApply(HttpOrderChannel::placement)
			.exceptionally((ex) -> Placement.failed("no answer: " + ex.getCause()));
	}

	static Placement placement(HttpResponse<String> response) {
		if (response.statusCode() == 201) {
			Matcher id = ID.matcher(response.body());
			if (id.find()) {
				return Placement.accepted(id.group(1));
			}
		}
		return Placement.failed("HTTP " + response.statusCode());
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
