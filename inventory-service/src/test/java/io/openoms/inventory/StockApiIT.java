package io.openoms.inventory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.openoms.testsupport.OpenApiDocumentCheck;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The operators' HTTP API over the real database. */
class StockApiIT extends InventoryTestContext {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void servesTheCheckedInOpenApiDocumentAndSwaggerUi() {
		OpenApiDocumentCheck.assertServedAndUpToDate("inventory-service", StockApiIT.class,
				"http://localhost:" + this.port);
	}

	@Test
	void demoStockIsThereFromTheFirstStart() throws Exception {
		HttpResponse<String> response = get("/api/stock/POSTER-LIMITED");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode poster = json.readTree(response.body());
		assertThat(poster.path("available").asInt()).isEqualTo(5);
		assertThat(poster.path("warehouses")).singleElement().satisfies((warehouse) -> {
			assertThat(warehouse.path("warehouse").asString()).isEqualTo("WH-BERLIN");
			assertThat(warehouse.path("onHand").asInt()).isEqualTo(5);
			assertThat(warehouse.path("reserved").asInt()).isZero();
		});
		JsonNode levels = json.readTree(get("/api/stock?sku=MUG-LOGO").body());
		assertThat(levels)
			.extracting((level) -> level.path("warehouse").asString() + "=" + level.path("onHand").asInt())
			.containsExactly("WH-BERLIN=10000", "WH-MADRID=5000");
		assertThat(json.readTree(get("/api/stock").body())).hasSizeGreaterThanOrEqualTo(13);
		assertLevelsEqualTheirMovements();
	}

	@Test
	void receiptAddsToOnHandAndIsRecordedAsAMovement() throws Exception {
		String sku = newSku("HOODIE");

		HttpResponse<String> created = post("/api/stock/" + sku + "/receipts",
				"{\"warehouse\":\"WH-MADRID\",\"quantity\":10,\"reference\":\"PO-1\"}");
		post("/api/stock/" + sku + "/receipts", "{\"warehouse\":\"WH-MADRID\",\"quantity\":5,\"reference\":\"PO-2\"}");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/api/stock/" + sku));
		assertThat(json.readTree(created.body()).path("onHand").asInt()).isEqualTo(10);
		JsonNode stock = json.readTree(get("/api/stock/" + sku).body());
		assertThat(stock.path("onHand").asInt()).isEqualTo(15);
		assertThat(stock.path("available").asInt()).isEqualTo(15);
		JsonNode movements = json.readTree(get("/api/stock/" + sku + "/movements").body());
		assertThat(movements)
			.extracting((movement) -> movement.path("type").asString() + " " + movement.path("quantity").asInt() + " "
					+ movement.path("reference").asString())
			.containsExactly("RECEIPT 5 PO-2", "RECEIPT 10 PO-1");
	}

	@Test
	void invalidReceiptIsAProblemNamingEveryInvalidField() throws Exception {
		HttpResponse<String> response = post("/api/stock/MUG-LOGO/receipts", "{\"warehouse\":\"\",\"quantity\":0}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.path("type").asString()).isEqualTo("https://openoms.io/problems/invalid-input");
		assertThat(problem.path("errors")).extracting((error) -> error.path("field").asString())
			.containsExactlyInAnyOrder("warehouse", "quantity", "reference");
	}

	@Test
	void receiptForAnUnknownWarehouseIsRefusedNamingTheKnownOnes() throws Exception {
		HttpResponse<String> response = post("/api/stock/MUG-LOGO/receipts",
				"{\"warehouse\":\"WH-BERLN\",\"quantity\":1,\"reference\":\"PO-3\"}");

		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode error = json.readTree(response.body()).path("errors").get(0);
		assertThat(error.path("field").asString()).isEqualTo("warehouse");
		assertThat(error.path("message").asString()).contains("WH-BERLIN, WH-MADRID");
	}

	@Test
	void unknownSkuIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/stock/NO-SUCH-SKU");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/unknown-sku");
	}

	@Test
	void malformedSkuAndLimitAreProblemsNamingTheParameter() throws Exception {
		HttpResponse<String> response = get("/api/stock/MUG-LOGO/movements?limit=0");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json.readTree(response.body()).path("errors")).extracting((error) -> error.path("field").asString())
			.containsExactly("limit");
	}

	@Test
	void operatorManagesAProductsStockRecordAdjustmentsAndExpectedReceipts() throws Exception {
		String sku = newSku("CAP");
		post("/api/stock/" + sku + "/receipts", "{\"warehouse\":\"WH-BERLIN\",\"quantity\":10,\"reference\":\"PO-1\"}");

		HttpResponse<String> product = put("/api/stock/" + sku, "{\"backordersAllowed\":true,\"lowStockThreshold\":4}");
		HttpResponse<String> adjusted = post("/api/stock/" + sku + "/adjustments",
				"{\"warehouse\":\"WH-BERLIN\",\"quantity\":-3,\"reason\":\"stock count: 3 damaged\"}");
		HttpResponse<String> zero = post("/api/stock/" + sku + "/adjustments",
				"{\"warehouse\":\"WH-BERLIN\",\"quantity\":0,\"reason\":\"nothing\"}");
		HttpResponse<String> expected = post("/api/stock/" + sku + "/expected-receipts",
				"{\"warehouse\":\"WH-BERLIN\",\"quantity\":20,\"expectedOn\":\"2099-01-01\",\"reference\":\"PO-9\"}");

		assertThat(product.statusCode()).as(product.body()).isEqualTo(200);
		assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(201);
		assertThat(json.readTree(adjusted.body()).path("onHand").asInt()).isEqualTo(7);
		assertThat(zero.statusCode()).isEqualTo(400);
		assertThat(expected.statusCode()).as(expected.body()).isEqualTo(201);
		JsonNode stock = json.readTree(get("/api/stock/" + sku).body());
		assertThat(stock.path("backordersAllowed").asBoolean()).isTrue();
		assertThat(stock.path("lowStockThreshold").asInt()).isEqualTo(4);
		assertThat(stock.path("available").asInt()).isEqualTo(7);
		JsonNode atp = json.readTree(get("/api/stock/" + sku + "/available-to-promise").body());
		assertThat(atp.path("availableNow").asInt()).isEqualTo(7);
		assertThat(atp.path("timeline"))
			.extracting((day) -> day.path("from").asString() + "=" + day.path("promisable").asInt())
			.last()
			.isEqualTo("2099-01-01=27");
		assertThat(json.readTree(get("/api/stock/" + sku + "/movements").body()).get(0).path("reason").asString())
			.isEqualTo("stock count: 3 damaged");

		post("/api/stock/" + sku + "/receipts", "{\"warehouse\":\"WH-BERLIN\",\"quantity\":20,\"reference\":\"PO-9\"}");

		assertThat(json.readTree(get("/api/stock/" + sku + "/expected-receipts").body()))
			.extracting((receipt) -> receipt.path("received").asBoolean())
			.containsExactly(true);
		assertLevelsEqualTheirMovements();
	}

	@Test
	void adjustmentThatWouldTakeReservedUnitsIsRefused() throws Exception {
		String sku = newSku("MUG");
		receive(sku, "WH-BERLIN", 5);
		this.jdbc.sql("update stock_level set reserved = 4 where sku = ?").param(sku).update();

		HttpResponse<String> response = post("/api/stock/" + sku + "/adjustments",
				"{\"warehouse\":\"WH-BERLIN\",\"quantity\":-2,\"reason\":\"count\"}");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(json.readTree(response.body()).path("type").asString())
			.isEqualTo("https://openoms.io/problems/adjustment-refused");
		this.jdbc.sql("update stock_level set reserved = 0 where sku = ?").param(sku).update();
	}

	private HttpResponse<String> put(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
